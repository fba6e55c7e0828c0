"""Relations between articles: versions of the same story (copies, translations, rewrites).

In: the loaded articles. Out: one row per related pair with a document similarity, the sentences aligned
between them (index pairs with a score), the share of each article they cover, the character span of the
aligned overlap in each body, the kind of version and, where the texts tell, which one derives from the other.

How: candidate pairs are blocked with scikit-learn's sparse nearest neighbours over TF-IDF vectors of the whole
texts (each article's few nearest, so the work grows with the number of articles, not with the number of pairs);
only candidates are aligned sentence by sentence. Two sentences match when their words overlap closely (fuzzy
token matching, which survives the rewording of a translation) or, for paraphrases and sentences merged or split
by a rewriter, when the rare words they share weigh enough: TF-IDF cosine over crude word stems, with IDF from
every sentence of the candidate articles, of a sentence against the other's sentence or pair of sentences.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

import numpy as np
import pandas as pd
from rapidfuzz import fuzz, process
from sklearn.feature_extraction.text import ENGLISH_STOP_WORDS, TfidfVectorizer
from sklearn.metrics.pairwise import cosine_similarity
from sklearn.neighbors import NearestNeighbors

if TYPE_CHECKING:
    from .corpus import Article

CANDIDATE_COSINE = 0.15   # document cosine above which a nearest neighbour is aligned sentence by sentence
SENTENCE_MATCH = 55.0     # fuzzy score (0-100) for two sentences to count as the same sentence
PARAPHRASE_MATCH = 30.0   # stem TF-IDF cosine (0-100) for a sentence to count as a paraphrase of another
NEIGHBOURS = 5            # candidate partners per article (its nearest by cosine)
MIN_SHARED = 3            # aligned sentences needed to call two articles versions of one story
MIN_SHARE = 0.25          # ... and the share of the shorter article's sentences they must make up
ANCHOR_MATCH = 70.0       # ... one of them a close word match (fuzzy score) ...
ANCHOR_PARAPHRASE = 45.0  # ... or a strong paraphrase (stem TF-IDF cosine)
COPY_MATCH = 90.0         # mean fuzzy score of the aligned sentences of a copy ...
COPY_COVERAGE = 0.8       # ... and which covers this share of the shorter text's words (an excerpt is a copy)
EDITED_COPY_SHARE = 0.4   # or: most aligned sentences word for word, and this share of the shorter's sentences
COPY, TRANSLATION, REWRITE = "copy", "translation", "rewrite"
COLUMNS = ["a_id", "b_id", "kind", "similarity", "cosine", "shared_sentences", "a_coverage", "b_coverage",
           "a_start", "a_end", "b_start", "b_end", "alignment", "derived", "direction_evidence"]


def _words(text: str) -> str:
    return " ".join(re.findall(r"[a-z0-9]+", text.lower()))


def _stems(text: str) -> str:
    """Content words cut to six letters, a crude stemmer that lets 'recruited' meet 'recruiting'."""
    return " ".join(w[:6] for w in re.findall(r"[a-z][a-z0-9-]+", text.lower())
                    if len(w) > 2 and w not in ENGLISH_STOP_WORDS)


def _long_sentences(article: Article) -> list:
    return [s for s in article.sentences if len(s.text.split()) >= 4]


def sentence_vectorizer(articles: list[Article]) -> TfidfVectorizer | None:
    """TF-IDF over the stems of every sentence of `articles`, so that a word rare in them weighs more."""
    stems = [_stems(s.text) for a in articles for s in _long_sentences(a)]
    if not any(stems):
        return None
    return TfidfVectorizer(sublinear_tf=True).fit(stems)


def paraphrase_matrix(left: list[str], right: list[str], vectorizer: TfidfVectorizer) -> np.ndarray:
    """0-100 stem TF-IDF cosine of every sentence of `left` against every sentence of `right`, taking the best
    of the sentence alone and of it joined with its next sentence on either side (a rewriter merges and splits
    sentences)."""
    def windows(texts):
        return [_stems(" ".join(texts[i:i + 2])) for i in range(len(texts))]

    a, b = vectorizer.transform([_stems(t) for t in left]), vectorizer.transform([_stems(t) for t in right])
    return 100 * np.maximum.reduce([cosine_similarity(a, b), cosine_similarity(vectorizer.transform(windows(left)), b),
                                    cosine_similarity(a, vectorizer.transform(windows(right)))])


def align_sentences(a: Article, b: Article, vectorizer: TfidfVectorizer | None = None
                    ) -> list[tuple[int, int, float]]:
    """Monotone best alignment of the two articles' sentences (index pairs with scores above the threshold):
    fuzzy matches first, paraphrase matches (with `vectorizer`) for a sentence with no fuzzy match, scored
    SENTENCE_MATCH - 1 at most."""
    return _align(a, b, vectorizer)[0]


def _align(a: Article, b: Article, vectorizer: TfidfVectorizer | None) -> tuple[list[tuple[int, int, float]], bool]:
    """The alignment, and whether one of its pairs is an anchor: a close word match (ANCHOR_MATCH) or a strong
    paraphrase (ANCHOR_PARAPHRASE). Two stories on one subject share loose matches, not anchors."""
    sa, sb = _long_sentences(a), _long_sentences(b)
    if not sa or not sb:
        return [], False
    scores = score_matrix([s.text for s in sa], [s.text for s in sb])
    meaning = paraphrase_matrix([s.text for s in sa], [s.text for s in sb], vectorizer) if vectorizer else None
    pairs, strength = [], {}
    for i, row in enumerate(scores):
        j = int(row.argmax())
        if row[j] >= SENTENCE_MATCH:
            pairs.append((sa[i].index, sb[j].index, round(float(row[j]), 1)))
        elif meaning is not None and meaning[i].max() >= PARAPHRASE_MATCH:
            j = int(meaning[i].argmax())  # scored below any word match, so that a word match wins the chain
            pairs.append((sa[i].index, sb[j].index, round(min(float(meaning[i, j]), SENTENCE_MATCH - 1), 1)))
        else:
            continue
        strength[pairs[-1][:2]] = row[j] >= ANCHOR_MATCH or (meaning is not None and
                                                             meaning[i, j] >= ANCHOR_PARAPHRASE)
    chain = _monotone(pairs)
    return chain, any(strength[pair[:2]] for pair in chain)


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


def candidate_pairs(articles: list[Article]) -> dict[tuple[int, int], float]:
    """Index pairs (i < j) of articles among each other's NEIGHBOURS nearest by TF-IDF cosine (sparse nearest
    neighbours: no matrix of every pair is built), with their cosine, when it reaches CANDIDATE_COSINE."""
    texts = [_words(a.body) for a in articles]
    matrix = TfidfVectorizer(ngram_range=(1, 2), sublinear_tf=True, min_df=1).fit_transform(texts)
    search = NearestNeighbors(n_neighbors=min(NEIGHBOURS + 1, len(articles)), metric="cosine", algorithm="brute")
    distances, indices = search.fit(matrix).kneighbors(matrix)
    candidates = {}
    for i, (row_distances, row_indices) in enumerate(zip(distances, indices)):
        for distance, j in zip(row_distances, row_indices):
            cosine = 1 - float(distance)
            if int(j) != i and cosine >= CANDIDATE_COSINE:
                candidates[(min(i, int(j)), max(i, int(j)))] = cosine
    return candidates


def find_relations(articles: list[Article]) -> pd.DataFrame:
    """All pairs of articles that tell the same story, with their aligned overlap."""
    if len(articles) < 2:
        return pd.DataFrame(columns=COLUMNS)
    candidates = candidate_pairs(articles)
    paired = sorted({k for pair in candidates for k in pair})
    vectorizer = sentence_vectorizer([articles[k] for k in paired]) if paired else None
    rows = []
    for (i, j), cosine in sorted(candidates.items()):
        a, b = articles[i], articles[j]
        alignment, anchored = _align(a, b, vectorizer)
        shorter = min(len(_long_sentences(a)), len(_long_sentences(b))) or 1
        if anchored and len(alignment) >= MIN_SHARED and len(alignment) / shorter >= MIN_SHARE:
            rows.append(_relation_row(a, b, alignment, cosine))
    return pd.DataFrame(rows, columns=COLUMNS)


def _relation_row(a: Article, b: Article, alignment: list[tuple[int, int, float]], cosine: float) -> dict:
    a_cov = _coverage(a, [x for x, _, _ in alignment])
    b_cov = _coverage(b, [y for _, y, _ in alignment])
    mean = sum(s for _, _, s in alignment) / len(alignment) / 100
    similarity = round(mean * max(a_cov, b_cov), 3)
    verbatim = sum(score >= COPY_MATCH for _, _, score in alignment)
    shorter = min(len(_long_sentences(a)), len(_long_sentences(b))) or 1
    copied = (mean * 100 >= COPY_MATCH and max(a_cov, b_cov) >= COPY_COVERAGE) or (
        verbatim >= MIN_SHARED and verbatim >= len(alignment) / 2 and verbatim >= EDITED_COPY_SHARE * shorter)
    kind = COPY if copied else REWRITE
    return {
        "a_id": a.article_id, "b_id": b.article_id, "kind": kind, "similarity": similarity,
        "cosine": round(cosine, 3), "shared_sentences": len(alignment), "a_coverage": round(a_cov, 3),
        "b_coverage": round(b_cov, 3),
        "a_start": a.sentences[alignment[0][0]].start, "a_end": a.sentences[alignment[-1][0]].end,
        "b_start": b.sentences[alignment[0][1]].start, "b_end": b.sentences[alignment[-1][1]].end,
        "alignment": alignment, "derived": "", "direction_evidence": "",
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
