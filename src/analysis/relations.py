"""Relations between articles: versions of the same story (near-duplicates, translations, rewrites).

In: the loaded articles. Out: one row per related pair with a document similarity, the sentences aligned
between them (index pairs with a score), the share of each article they cover and the character span of the
aligned overlap in each body. Candidate pairs come from TF-IDF cosine over the whole texts; each candidate is
then aligned sentence by sentence with fuzzy token matching, which survives the rewording of a translation.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

import pandas as pd
import numpy as np
from rapidfuzz import fuzz, process
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.metrics.pairwise import cosine_similarity

if TYPE_CHECKING:
    from .corpus import Article

CANDIDATE_COSINE = 0.25   # document cosine above which a pair is aligned sentence by sentence
SENTENCE_MATCH = 55.0     # fuzzy score (0-100) for two sentences to count as the same sentence
NEIGHBOURS = 5            # candidate partners per article (its nearest by cosine)
MIN_SHARED = 3            # aligned sentences needed to call two articles versions of one story
COLUMNS = ["a_id", "b_id", "kind", "similarity", "cosine", "shared_sentences", "a_coverage", "b_coverage",
           "a_start", "a_end", "b_start", "b_end", "alignment"]


def _words(text: str) -> str:
    return " ".join(re.findall(r"[a-z0-9]+", text.lower()))


def align_sentences(a: Article, b: Article) -> list[tuple[int, int, float]]:
    """Monotone best alignment of the two articles' sentences (index pairs with scores above the threshold)."""
    sa = [s for s in a.sentences if len(s.text.split()) >= 4]
    sb = [s for s in b.sentences if len(s.text.split()) >= 4]
    if not sa or not sb:
        return []
    scores = score_matrix([s.text for s in sa], [s.text for s in sb])
    pairs = []
    for i, row in enumerate(scores):
        j = int(row.argmax())
        if row[j] >= SENTENCE_MATCH:
            pairs.append((sa[i].index, sb[j].index, round(float(row[j]), 1)))
    return _monotone(pairs)


def score_matrix(left: list[str], right: list[str]) -> np.ndarray:
    """0-100 likeness of every pair of sentences: fuzzy token overlap (the lower of token-sort and token-set
    ratios), penalized when their lengths differ a lot."""
    a, b = [_words(t) for t in left], [_words(t) for t in right]
    fuzzy = np.minimum(process.cdist(a, b, scorer=fuzz.token_sort_ratio),
                       process.cdist(a, b, scorer=fuzz.token_set_ratio))
    la, lb = np.array([len(t) for t in a], float)[:, None], np.array([len(t) for t in b], float)[None, :]
    ratio = np.minimum(la, lb) / np.maximum(np.maximum(la, lb), 1)
    return fuzzy * (0.6 + 0.4 * ratio)


def _monotone(pairs: list[tuple[int, int, float]]) -> list[tuple[int, int, float]]:
    """Keep the heaviest chain of pairs that moves forward in both texts (a story keeps its order)."""
    if not pairs:
        return []
    best = [p[2] for p in pairs]
    back = [-1] * len(pairs)
    for i, (ai, bi, si) in enumerate(pairs):
        for j in range(i):
            aj, bj, _ = pairs[j]
            if aj < ai and bj < bi and best[j] + si > best[i]:
                best[i], back[i] = best[j] + si, j
    i = max(range(len(pairs)), key=best.__getitem__)
    chain = []
    while i != -1:
        chain.append(pairs[i])
        i = back[i]
    return chain[::-1]


def find_relations(articles: list[Article]) -> pd.DataFrame:
    """All pairs of articles that tell the same story, with their aligned overlap."""
    if len(articles) < 2:
        return pd.DataFrame(columns=COLUMNS)
    texts = [_words(a.body) for a in articles]
    matrix = TfidfVectorizer(ngram_range=(1, 2), sublinear_tf=True, min_df=1).fit_transform(texts)
    cosine = cosine_similarity(matrix)
    np.fill_diagonal(cosine, 0)
    candidates = set()
    for i, row in enumerate(cosine):  # each article's closest neighbours, so large corpora stay tractable
        for j in np.argsort(row)[::-1][:NEIGHBOURS]:
            if row[j] >= CANDIDATE_COSINE:
                candidates.add((min(i, int(j)), max(i, int(j))))
    rows = []
    for i, j in sorted(candidates):
        a, b = articles[i], articles[j]
        alignment = align_sentences(a, b)
        if len(alignment) >= MIN_SHARED:
            rows.append(_relation_row(a, b, alignment, float(cosine[i, j])))
    return pd.DataFrame(rows, columns=COLUMNS)


def _relation_row(a: Article, b: Article, alignment: list[tuple[int, int, float]], cosine: float) -> dict:
    a_cov = _coverage(a, [x for x, _, _ in alignment])
    b_cov = _coverage(b, [y for _, y, _ in alignment])
    mean = sum(s for _, _, s in alignment) / len(alignment) / 100
    similarity = round(mean * max(a_cov, b_cov), 3)
    kind = "near_duplicate" if mean >= 0.9 and min(a_cov, b_cov) >= 0.8 else "same_story"
    return {
        "a_id": a.article_id, "b_id": b.article_id, "kind": kind, "similarity": similarity,
        "cosine": round(cosine, 3), "shared_sentences": len(alignment), "a_coverage": round(a_cov, 3),
        "b_coverage": round(b_cov, 3),
        "a_start": a.sentences[alignment[0][0]].start, "a_end": a.sentences[alignment[-1][0]].end,
        "b_start": b.sentences[alignment[0][1]].start, "b_end": b.sentences[alignment[-1][1]].end,
        "alignment": alignment,
    }


def _coverage(article: Article, indices: list[int]) -> float:
    """Share of the article's words that sit in aligned sentences."""
    total = sum(len(s.text.split()) for s in article.sentences) or 1
    return sum(len(article.sentences[i].text.split()) for i in set(indices)) / total


def as_table(relations: pd.DataFrame) -> pd.DataFrame:
    """The relations for `relations.csv`: the alignment written as `a:b` index pairs."""
    table = relations.copy()
    table["alignment"] = [" ".join(f"{x}:{y}" for x, y, _ in pairs) for pairs in relations["alignment"]]
    return table
