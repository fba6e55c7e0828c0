"""Relations between articles: versions of the same story (copies, translations, rewrites).

In: the loaded articles. Out: one row per related pair with a document similarity, the sentences aligned
between them (index pairs with a score), the share of each article they cover, the character span of the
aligned overlap in each body, the kind of version and, where the texts tell, which one derives from the other.

How: candidate pairs are each article's few nearest, found twice: by the cosine of sparse TF-IDF vectors of the
whole texts (shared words), and by that of the mean sentence embedding of each article (shared meaning: a
paraphrased or reordered rewrite; `analysis.embeddings`). Up to EXACT_UP_TO articles the nearest are exact
(scikit-learn's brute search compares every pair: quadratic, 0.9 s at 2,000 articles, 20 s at 8,000); above, a
graph search (faiss's HNSW over a random projection, `_approximate_nearest`) proposes each article's
SEARCH_BREADTH nearest and their exact cosines pick the NEIGHBOURS nearest, so the work grows about linearly.
Only candidates are aligned sentence by sentence. Two sentences match when their words overlap closely (fuzzy
token matching, which survives the rewording of a translation) or, for paraphrases and sentences merged or split
by a rewriter, when the rare words they share weigh enough (TF-IDF cosine over crude word stems, with IDF from
every sentence of the candidate articles, of a sentence against the other's sentence or pair of sentences) or
when their sentence embeddings are close (cosine, same windows). What the alignment reads of an article is
prepared once (`_Prepared`), however many candidate pairs it is in.

Two independent reports of one event (one press conference, one audio message, one wire fact) align a few
sentences built around the quotation both carry. Quoted words are the speaker's, not evidence that one text was
made from the other: each aligned sentence counts towards a version only for the share of its words outside
quotation marks (`own_words`), unless the two texts follow each other sentence by sentence (`lockstep`, as a
translation of an interview made of quotations does). Such pairs are not versions and are not kept.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from difflib import SequenceMatcher
from typing import TYPE_CHECKING

import numpy as np
import pandas as pd
from rapidfuzz import fuzz, process
from scipy import sparse
from sklearn.feature_extraction.text import ENGLISH_STOP_WORDS, TfidfVectorizer
from sklearn.neighbors import NearestNeighbors
from sklearn.preprocessing import normalize
from sklearn.random_projection import SparseRandomProjection
from sklearn.utils.extmath import safe_sparse_dot

from . import embeddings, quotes
from .textnorm import fold

if TYPE_CHECKING:
    from .corpus import Article

CANDIDATE_COSINE = 0.15   # document cosine above which a nearest neighbour is aligned sentence by sentence
SENTENCE_MATCH = 55.0     # fuzzy score (0-100) for two sentences to count as the same sentence
PARAPHRASE_MATCH = 30.0   # stem TF-IDF cosine (0-100) for a sentence to count as a paraphrase of another
NEIGHBOURS = 5            # candidate partners per article (its nearest by cosine)
EXACT_UP_TO = 2000        # articles up to which their nearest are found exactly, comparing every pair (quadratic)
SEARCH_BREADTH = 20       # above: the nearest an approximate graph search finds, re-scored by their exact cosine,
SEARCH_DIMS = 256         # ... in a random projection to this many dimensions,
SEARCH_LINKS = 16         # ... with this many links per article in the graph (HNSW's M)
SEARCH_EFFORT = 128       # ... and this many nearest kept while building and searching it (efConstruction, efSearch)
RESCORED_AT_ONCE = 500    # articles whose found nearest are re-scored in one sparse product (memory: ~50 MB)
MIN_SHARED = 3            # aligned sentences needed to call two articles versions of one story
MIN_SHARE = 0.25          # ... and the share of the shorter article's sentences they must make up
ANCHOR_MATCH = 70.0       # ... one of them a close word match (fuzzy score) ...
ANCHOR_PARAPHRASE = 45.0  # ... or a strong paraphrase (stem TF-IDF cosine)
COPY_MATCH = 90.0         # mean fuzzy score of the aligned sentences of a copy ...
COPY_COVERAGE = 0.8       # ... and which covers this share of the shorter text's words (an excerpt is a copy)
EDITED_COPY_SHARE = 0.4   # or: most aligned sentences word for word, and this share of the shorter's sentences
KEPT_RUN = 4              # words in a row two aligned sentences share in order: a stretch an editor left as it was
KEPT_SHARE = 0.8          # ... a sentence kept so has this share of the shorter one's words in such stretches
KEPT_COPY = 2 / 3         # an edited copy (a wire story's update): this share of the aligned sentences kept so,
KEPT_SWAPS = 4            # ... and at most one word swapped for another per this many aligned sentences
MEANING_CANDIDATE = 0.7   # cosine of two articles' mean sentence embeddings for a nearest neighbour to be aligned
MEANING_MATCH = 0.5       # sentence-embedding cosine for a sentence to count as a paraphrase of another, when ...
MEANING_MARGIN = 1.2      # ... each is the other's nearest and it exceeds their MARGIN_K nearest's mean this much
MARGIN_K = 4
MEANING_ANCHOR = 1.3      # a margin that anchors a version, which must then align MEANING_SHARE of the shorter text
MEANING_SHARE = 0.5       # (a paraphrased rewrite retells most of the story; two stories on a subject share a few)
LOCKSTEP_MIN = 4          # a version in lockstep (sentence by sentence, as a machine translation is) aligns this many,
LOCKSTEP_SHARE = 0.6      # ... this share of the shorter text's sentences, ...
LOCKSTEP_SKIPS = 0.25     # ... leaves at most this share of them out inside the stretch (both sides together: a
                          # stray caption or link line), ...
LOCKSTEP_WORDS = 0.75     # ... matches this share by their words (not by meaning alone: a retelling) ...
LOCKSTEP_SLACK = 0.15     # ... and changes the numbers or much the length of at most this share of them
MOVED_WORDS = 6           # a sentence this long word for word out of order: moved by the page (a teaser), not retold
COPIED_RUN = 4            # sentences in a row copied word for word, one in the reporter's words: a copied stretch
STATEMENT_WORDS = 4        # a quotation this long is someone's statement; a shorter one is a term or a nickname
                          # ('so-called "special military operation"') in the reporter's own sentence
HEADLINE_WORDS = 6         # a headline this long printed on two pages: one story (excerpts of it may share no sentence)
HEADLINE_LINE_WORDS = 25   # ... in its title, or in a line of the body no longer than this (a headline printed twice)
SHARED_FIGURES = 2         # excerpts that name one outlet and share this many figures: one story
STORY_DAYS = 3             # ... unless the dates the two pages state lie further apart than this (another story)
FACT_QUOTE = 75.0          # a quotation both give (told beside the figures) matches this closely (token-set ratio)
COPY, TRANSLATION, REWRITE = "copy", "translation", "rewrite"
COLUMNS = ["a_id", "b_id", "kind", "similarity", "cosine", "shared_sentences", "a_coverage", "b_coverage",
           "a_start", "a_end", "b_start", "b_end", "alignment", "derived", "direction_evidence", "candidate_by",
           "meaning_cosine", "meaning_matches", "lockstep", "story_evidence"]
WORDS, MEANING, THROUGH_COPY, HEADLINE = "words", "meaning", "copy", "headline"


def _words(text: str) -> str:
    return " ".join(re.findall(r"[a-z0-9]+", text.lower()))


def _stems(text: str) -> str:
    """Content words cut to six letters, a crude stemmer that lets 'recruited' meet 'recruiting'."""
    return " ".join(w[:6] for w in re.findall(r"[a-z][a-z0-9-]+", text.lower())
                    if len(w) > 2 and w not in ENGLISH_STOP_WORDS)


def _long_sentences(article: Article) -> list:
    return [s for s in article.sentences if len(s.text.split()) >= 4]


def stem_vectors(texts: list[list[str]]) -> list[tuple] | None:
    """For each article (its sentence texts): the unit-length stem TF-IDF rows of each sentence stacked over
    those of it joined with its next sentence (a rewriter merges and splits sentences), and that stack
    transposed; IDF from every sentence of `texts`, so that a word rare in them weighs more. All transformed in
    one call (each row as alone); None when no sentence holds a content word."""
    stems = [_stems(t) for group in texts for t in group]
    if not any(stems):
        return None
    vectorizer = TfidfVectorizer(sublinear_tf=True).fit(stems)
    windows = [_stems(" ".join(group[i:i + 2])) for group in texts for i in range(len(group))]
    alone, joined = normalize(vectorizer.transform(stems)), normalize(vectorizer.transform(windows))
    ends = np.cumsum([0] + [len(group) for group in texts])
    stacks = [sparse.vstack([alone[start:end], joined[start:end]], format="csr")
              for start, end in zip(ends[:-1], ends[1:])]
    return [(stack, stack.T.tocsr()) for stack in stacks]


@dataclass
class _Prepared:
    """What the alignment reads of one article, computed once however many candidate pairs it is in."""
    article: Article
    sentences: list                 # its `_long_sentences`
    words: list[str]                # their `_words`
    sorted_words: list[str]         # the same words in alphabetical order (what a token-sort ratio compares)
    lengths: np.ndarray             # the characters of each of `words`
    stems: tuple | None             # its `stem_vectors` (None when no sentence holds a content word)
    quoted: list[tuple[int, int]]   # body spans of its quotations of STATEMENT_WORDS or more


def _prepare(article: Article, stems: tuple | None) -> _Prepared:
    sentences = _long_sentences(article)
    words = [_words(s.text) for s in sentences]
    quoted = [(q.start, q.end) for q in quotes.find_quotes(article)
              if len(article.body[q.start:q.end].split()) >= STATEMENT_WORDS]
    return _Prepared(article, sentences, words, [" ".join(sorted(w.split())) for w in words],
                     np.array([len(w) for w in words], float), stems, quoted)


def paraphrase_matrix(left: tuple, right: tuple) -> np.ndarray:
    """0-100 stem TF-IDF cosine of every sentence of one article against every sentence of another (their
    `stem_vectors`), taking the best of the sentence alone and of it joined with its next sentence on either
    side: one sparse product of the stacks (each cosine summed as it would be alone)."""
    product = safe_sparse_dot(left[0], right[1], dense_output=True)
    n, m = product.shape[0] // 2, product.shape[1] // 2
    return 100 * np.maximum.reduce([product[:n, :m], product[n:, :m], product[:n, m:]])


def meaning_matrix(a: np.ndarray, b: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Cosine (0-1) of every sentence embedding of `a` against every one of `b`, and its margin: the cosine over
    the mean cosine of either sentence's MARGIN_K nearest, as in bitext mining (sentences on one subject are all
    alike, a paraphrase stands out); the margin is 0 where the two are not each other's nearest."""
    cosine = a @ b.T
    if not cosine.size:
        return cosine, cosine
    row_k = np.sort(cosine, axis=1)[:, -min(MARGIN_K, cosine.shape[1]):].mean(axis=1)
    col_k = np.sort(cosine, axis=0)[-min(MARGIN_K, cosine.shape[0]):, :].mean(axis=0)
    margin = cosine / np.maximum((row_k[:, None] + col_k[None, :]) / 2, 1e-9)
    mutual = (cosine == cosine.max(axis=1, keepdims=True)) & (cosine == cosine.max(axis=0, keepdims=True))
    return cosine, np.where(mutual, margin, 0.0)


def _align(a: _Prepared, b: _Prepared, meaning: tuple[np.ndarray, np.ndarray] | None = None
           ) -> tuple[list[tuple[int, int, float]], str, dict[tuple[int, int], float]]:
    """Monotone best alignment of the two articles' sentences (index pairs with scores above the threshold):
    fuzzy matches first, then, for a sentence with no fuzzy match, paraphrase matches (shared rare word stems,
    or close sentence embeddings: `meaning` is the pair's `meaning_matrix` over their `_long_sentences`), scored
    SENTENCE_MATCH - 1 at most. Also returns the alignment's anchor ('words' for a close word match,
    ANCHOR_MATCH, or a strong stem paraphrase, ANCHOR_PARAPHRASE; else 'meaning' for an aligned pair whose
    embedding margin reaches MEANING_ANCHOR; '' for none: two stories on one subject share loose matches, not
    anchors), and the embedding cosine of the aligned pairs that only meaning matched."""
    sa, sb = a.sentences, b.sentences
    if not sa or not sb:
        return [], "", {}
    scores = score_matrix(a, b)
    stems = paraphrase_matrix(a.stems, b.stems) if a.stems is not None else None
    cosine, margin = meaning if meaning is not None else (None, None)
    pairs, strength, by_meaning = [], {}, {}
    for i, row in enumerate(scores):
        j = int(row.argmax())
        if row[j] >= SENTENCE_MATCH:
            pairs.append((sa[i].index, sb[j].index, round(float(row[j]), 1)))
            strength[pairs[-1][:2]] = WORDS if row[j] >= ANCHOR_MATCH or (
                stems is not None and stems[i, j] >= ANCHOR_PARAPHRASE) else _meaning_anchor(margin, i, j)
        elif stems is not None and stems[i].max() >= PARAPHRASE_MATCH:
            j = int(stems[i].argmax())  # scored below any word match, so that a word match wins the chain
            pairs.append((sa[i].index, sb[j].index, round(min(float(stems[i, j]), SENTENCE_MATCH - 1), 1)))
            strength[pairs[-1][:2]] = WORDS if stems[i, j] >= ANCHOR_PARAPHRASE else _meaning_anchor(margin, i, j)
        elif margin is not None and margin[i].max() >= MEANING_MARGIN and cosine[i, int(margin[i].argmax())] >= \
                MEANING_MATCH:
            j = int(margin[i].argmax())
            pairs.append((sa[i].index, sb[j].index, round(min(100 * float(cosine[i, j]) - 40, SENTENCE_MATCH - 1),
                                                          1)))
            strength[pairs[-1][:2]] = _meaning_anchor(margin, i, j)
            by_meaning[pairs[-1][:2]] = round(float(cosine[i, j]), 3)
    chain = _monotone(pairs)
    anchors = {strength[pair[:2]] for pair in chain}
    anchor = WORDS if WORDS in anchors else MEANING if MEANING in anchors else ""
    return chain, anchor, {p[:2]: by_meaning[p[:2]] for p in chain if p[:2] in by_meaning}


def _meaning_anchor(margin: np.ndarray | None, i: int, j: int) -> str:
    return MEANING if margin is not None and margin[i, j] >= MEANING_ANCHOR else ""


def score_matrix(a: _Prepared, b: _Prepared) -> np.ndarray:
    """0-100 likeness of every pair of sentences that reaches SENTENCE_MATCH (0 for the rest: below it a score
    counts for nothing): fuzzy token overlap (the lower of token-sort and token-set ratios), penalized when
    their lengths differ a lot. The token-sort ratio runs first over every pair, on words sorted once per
    article; the dearer token-set ratio only over the pairs it and the length penalty leave able to reach the
    threshold."""
    la, lb = a.lengths[:, None], b.lengths[None, :]
    penalty = 0.6 + 0.4 * (np.minimum(la, lb) / np.maximum(np.maximum(la, lb), 1))
    # a point below the threshold, so that no ratio the float32 result rounds up to it is cut off
    by_sort = process.cdist(a.sorted_words, b.sorted_words, scorer=fuzz.ratio, score_cutoff=SENTENCE_MATCH - 1)
    rows, cols = np.nonzero(by_sort * penalty >= SENTENCE_MATCH)
    scores = np.zeros(by_sort.shape)
    if len(rows):
        by_set = process.cpdist([a.words[i] for i in rows], [b.words[j] for j in cols], scorer=fuzz.token_set_ratio,
                                score_cutoff=SENTENCE_MATCH - 1)
        scores[rows, cols] = np.minimum(by_sort[rows, cols], by_set) * penalty[rows, cols]
    return scores


def _monotone(pairs: list[tuple[int, int, float]]) -> list[tuple[int, int, float]]:
    """Keep the heaviest chain of pairs that moves forward in both texts (a story keeps its order)."""
    if not pairs:
        return []
    firsts, seconds = [p[0] for p in pairs], [p[1] for p in pairs]
    best = [p[2] for p in pairs]
    back = [-1] * len(pairs)
    for i, (ai, bi, si) in enumerate(pairs):
        heaviest, before = best[i], -1
        for j in range(i):
            if firsts[j] < ai and seconds[j] < bi and best[j] + si > heaviest:
                heaviest, before = best[j] + si, j
        best[i], back[i] = heaviest, before
    i = max(range(len(pairs)), key=best.__getitem__)
    chain = []
    while i != -1:
        chain.append(pairs[i])
        i = back[i]
    return chain[::-1]


def candidate_pairs(articles: list[Article]) -> dict[tuple[int, int], float]:
    """Index pairs (i < j) of articles among each other's NEIGHBOURS nearest by TF-IDF cosine of their words and
    word pairs (`_nearest_pairs`), with their cosine, when it reaches CANDIDATE_COSINE."""
    texts = [_words(a.body) for a in articles]
    matrix = TfidfVectorizer(ngram_range=(1, 2), sublinear_tf=True, min_df=1).fit_transform(texts)
    return _nearest_pairs(matrix, CANDIDATE_COSINE)


def _nearest_pairs(rows, minimum: float, usable=lambda i, j: True) -> dict[tuple[int, int], float]:
    """Index pairs (i < j) among each other's NEIGHBOURS nearest rows by cosine, when it reaches `minimum`: an
    exact search over every pair up to EXACT_UP_TO rows, the approximate `_approximate_nearest` above."""
    if rows.shape[0] > EXACT_UP_TO:
        indices, cosines = _approximate_nearest(rows)
    else:
        search = NearestNeighbors(n_neighbors=min(NEIGHBOURS + 1, rows.shape[0]), metric="cosine", algorithm="brute")
        distances, indices = search.fit(rows).kneighbors(rows)
        cosines = 1 - distances
    found = {}
    for i, (row_cosines, row_indices) in enumerate(zip(cosines, indices)):
        for cosine, j in zip(row_cosines, row_indices):
            if int(j) != i and cosine >= minimum and usable(i, int(j)):
                found[(min(i, int(j)), max(i, int(j)))] = float(cosine)
    return found


def _approximate_nearest(rows) -> tuple[np.ndarray, np.ndarray]:
    """Each row's NEIGHBOURS + 1 nearest (itself among them) and their exact cosines, taken from the
    SEARCH_BREADTH nearest that a graph search finds (faiss's HNSW index, one thread, so that a corpus always
    gives the same graph). The graph holds the unit rows projected at random to SEARCH_DIMS dimensions (when they
    have more), less their mean: what every article shares (the words of one beat) would otherwise crowd the
    nearest together. Building and searching it grows about as n log n, where the exact search grows as n^2."""
    import faiss  # only for a large corpus

    unit = normalize(rows)
    space = SparseRandomProjection(n_components=SEARCH_DIMS, dense_output=True, random_state=0).fit_transform(unit) \
        if unit.shape[1] > SEARCH_DIMS else np.asarray(unit)
    space = np.ascontiguousarray(normalize(space - space.mean(axis=0)), dtype=np.float32)
    faiss.omp_set_num_threads(1)
    index = faiss.IndexHNSWFlat(space.shape[1], SEARCH_LINKS, faiss.METRIC_INNER_PRODUCT)
    index.hnsw.efConstruction, index.hnsw.efSearch = SEARCH_EFFORT, SEARCH_EFFORT
    index.add(space)
    _, nearest = index.search(space, min(SEARCH_BREADTH, len(space)))
    nearest = np.where(nearest < 0, np.arange(len(space))[:, None], nearest)  # -1: fewer found than asked
    cosines = np.vstack([_row_cosines(unit, nearest, start, start + RESCORED_AT_ONCE)
                         for start in range(0, len(space), RESCORED_AT_ONCE)])
    order = np.argsort(-cosines, axis=1, kind="stable")[:, :NEIGHBOURS + 1]
    return np.take_along_axis(nearest, order, axis=1), np.take_along_axis(cosines, order, axis=1)


def _row_cosines(unit, nearest: np.ndarray, start: int, end: int) -> np.ndarray:
    """Exact cosine of each unit row from `start` to `end` with each of its `nearest` (one row of them each)."""
    rows = np.repeat(np.arange(start, min(end, len(nearest))), nearest.shape[1])
    others = nearest[start:end].ravel()
    products = unit[rows].multiply(unit[others]) if sparse.issparse(unit) else unit[rows] * unit[others]
    return np.asarray(products.sum(axis=1)).reshape(-1, nearest.shape[1])


def sentence_vectors(articles: list[Article]) -> list[np.ndarray] | None:
    """The unit sentence embeddings of each article's `_long_sentences` (one matrix per article, all encoded in
    one call), or None when no embedding model is installed."""
    texts = [[s.text for s in _long_sentences(a)] for a in articles]
    flat = embeddings.encode([t for group in texts for t in group])
    if flat is None:
        return None
    ends = np.cumsum([len(group) for group in texts])
    return np.split(flat, ends[:-1]) if len(texts) else []


def meaning_candidates(vectors: list[np.ndarray]) -> dict[tuple[int, int], float]:
    """Index pairs (i < j) among each other's NEIGHBOURS nearest by the cosine of their mean sentence
    embeddings (a paraphrased or reordered version shares meaning, not words), when it reaches
    MEANING_CANDIDATE."""
    dims = next((v.shape[1] for v in vectors if v.size), 0)
    means = np.vstack([v.mean(axis=0) if len(v) else np.zeros(dims) for v in vectors]) if dims else None
    if means is None or len(means) < 2:
        return {}
    return _nearest_pairs(means, MEANING_CANDIDATE, lambda i, j: bool(len(vectors[i]) and len(vectors[j])))


def find_relations(articles: list[Article]) -> pd.DataFrame:
    """All pairs of articles that tell the same story, with their aligned overlap."""
    if len(articles) < 2:
        return pd.DataFrame(columns=COLUMNS)
    by_words = candidate_pairs(articles)
    vectors = sentence_vectors(articles)
    by_meaning = meaning_candidates(vectors) if vectors is not None else {}
    candidates = sorted(set(by_words) | set(by_meaning))
    paired = sorted({k for pair in candidates for k in pair})
    stems = stem_vectors([[s.text for s in _long_sentences(articles[k])] for k in paired]) if paired else None
    stems_of = dict(zip(paired, stems)) if stems is not None else {}
    prepared: dict[int, _Prepared] = {}  # article index -> what aligning reads of it, once however many pairs

    def side(k: int) -> _Prepared:
        if k not in prepared:
            prepared[k] = _prepare(articles[k], stems_of.get(k))
        return prepared[k]

    def compare(i: int, j: int, found_by: str) -> dict | None:
        meaning = meaning_matrix(vectors[i], vectors[j]) if vectors is not None else None
        if found_by == MEANING and not _may_retell(*meaning):
            return None  # proposed by meaning alone, but too few sentences stand out to align it: not worth it
        a, b = side(i), side(j)
        alignment, anchor, meant = _align(a, b, meaning)
        version = _in_order(a, b, alignment, anchor)
        if not version and (moved := _moved_up(a, b, alignment)):
            alignment, version = moved, True
        if not version and meaning is not None and (reordered := _retold(a, b, alignment, *meaning)):
            alignment, meant, version = reordered, meant | {(x, y): round((s + 40) / 100, 3) for x, y, s in reordered
                                                            if (x, y) not in {p[:2] for p in alignment}}, True
        if not version:
            return None
        mean_cosine = _mean_cosine(vectors[i], vectors[j]) if vectors else float("nan")
        row = _relation_row(a, b, alignment, by_words.get((i, j), 0.0), found_by, mean_cosine, meant)
        # two datelines of different days: a follow-up report, unless copied word for word
        return row if row["kind"] == COPY or not _dated_apart(articles[i], articles[j]) else None

    found = {}
    for i, j in candidates:
        found_by = "+".join(name for name, pairs in ((WORDS, by_words), (MEANING, by_meaning)) if (i, j) in pairs)
        if (row := compare(i, j, found_by)) is not None:
            found[(i, j)] = row
    for i, j in _through_copies(found, set(candidates)):
        if (row := compare(i, j, THROUGH_COPY)) is not None:
            found[(i, j)] = row
    _excerpts_of_one_story(articles, found, by_words, by_meaning, vectors)
    return pd.DataFrame([found[pair] for pair in sorted(found)], columns=COLUMNS)


def _excerpts_of_one_story(articles: list[Article], found: dict[tuple[int, int], dict], by_words: dict,
                           by_meaning: dict, vectors: list[np.ndarray] | None) -> None:
    """Pairs that no alignment found but whose texts tell one story (`story_evidence`), added to `found` as
    versions with what tells it: pages that each keep a different stretch of one long story share few or no
    sentences. Two pages under one headline (`_headlines`, HEADLINE_WORDS or more, marks and case aside) that are
    one outlet's story (the original or retold outlet of both) are copies of it (a site's own text under a copied
    headline is no outlet's); a candidate pair (nearest by words or meaning) whose texts both name one outlet and
    share SHARED_FIGURES figures (`_shared_facts`) is a rewrite of it. Independent reports of one statement share
    its quotation but not the outlet. Pages whose stated dates lie more than STORY_DAYS apart are not paired so.
    Then a version of one of two excerpts under one headline is a version of the other (the same kind)."""
    heads = _headlines(articles)
    details: dict[int, _Details] = {}  # article index -> what the story tests read of it, once however many pairs

    def of(k: int) -> _Details:
        if k not in details:
            details[k] = _details(articles[k])
        return details[k]

    proposed = {pair: HEADLINE for pair in heads} | {pair: MEANING for pair in by_meaning} | \
        {pair: WORDS for pair in by_words}
    for (i, j), by in sorted(proposed.items()):
        if (i, j) in found:
            continue
        a, b = articles[i], articles[j]
        if _stated_apart(a, b):
            continue  # pages dated days apart: a story and a later one on its subject, whatever they share
        if (i, j) in heads and (outlets := of(i).own & of(j).own):
            # an outlet's headline over another text (a site's own article under a copied headline) is no copy
            evidence, kind = f"one headline on both pages, both naming {', '.join(sorted(outlets))}: " \
                             f"\u201c{heads[(i, j)]}\u201d", COPY
        elif (facts := _shared_facts(of(i), of(j))):
            evidence, kind = facts, REWRITE
        else:
            continue
        found[(i, j)] = _story_row(a, b, kind, by, evidence, vectors, i, j, by_words.get((i, j), 0.0))
    one_headline = {pair for pair in heads if pair in found and found[pair]["kind"] == COPY and
                    found[pair]["story_evidence"]}
    for i, j in sorted(one_headline):
        for (x, y), row in sorted(found.items()):
            if row["kind"] == COPY or {x, y} & {i, j} == set() or {x, y} == {i, j}:
                continue
            version = y if x in (i, j) else x
            excerpt = x if version == y else y
            other = j if excerpt == i else i
            pair = (min(version, other), max(version, other))
            if version != other and pair not in found:
                found[pair] = _story_row(articles[pair[0]], articles[pair[1]], row["kind"], THROUGH_COPY,
                                         f"a version of {articles[excerpt].article_id}, which prints "
                                         f"{articles[other].article_id}'s headline", vectors, *pair, 0.0)


def _story_row(a: Article, b: Article, kind: str, found_by: str, evidence: str, vectors, i: int, j: int,
               cosine: float) -> dict:
    """A relation row for two versions that no sentence alignment tells (`_excerpts_of_one_story`)."""
    mean_cosine = _mean_cosine(vectors[i], vectors[j]) if vectors is not None and len(vectors[i]) and \
        len(vectors[j]) else float("nan")
    return {"a_id": a.article_id, "b_id": b.article_id, "kind": kind, "similarity": 0.0, "cosine": round(cosine, 3),
            "shared_sentences": 0, "a_coverage": 0.0, "b_coverage": 0.0, "a_start": None, "a_end": None,
            "b_start": None, "b_end": None, "alignment": [], "derived": "", "direction_evidence": "",
            "candidate_by": found_by, "meaning_cosine": mean_cosine, "meaning_matches": "", "lockstep": "",
            "story_evidence": evidence}


def _stated_apart(a: Article, b: Article) -> bool:
    """Whether the two pages state publication dates more than STORY_DAYS apart."""
    from .metadata import _stated_date

    return bool((x := _stated_date(a)) and (y := _stated_date(b)) and abs((x[0] - y[0]).days) > STORY_DAYS)


def _headline_key(text: str) -> str:
    return " ".join(re.findall(r"[a-z0-9]+", fold(text).lower().replace("'", "")))


def _headlines(articles: list[Article]) -> dict[tuple[int, int], str]:
    """Index pairs (i < j) of articles one of whose headline (its title, HEADLINE_WORDS words or more) is the
    other's title or one of its short paragraphs (a headline printed in the body), marks and case aside; found
    through one dictionary of keys, not by comparing every pair."""
    titles: dict[str, set[int]] = {}
    lines: dict[str, set[int]] = {}
    for k, article in enumerate(articles):
        if len((key := _headline_key(article.title)).split()) >= HEADLINE_WORDS:
            titles.setdefault(key, set()).add(k)
        for paragraph in article.paragraphs:
            if len(paragraph.text.split()) <= HEADLINE_LINE_WORDS and \
                    len((key := _headline_key(paragraph.text)).split()) >= HEADLINE_WORDS:
                lines.setdefault(key, set()).add(k)
    pairs = {}
    for key, holders in titles.items():
        for i in holders:
            for j in holders | lines.get(key, set()):
                if i != j:
                    pairs.setdefault((min(i, j), max(i, j)), articles[i].title)
    return pairs


_FIGURE = re.compile(r"(?<![\d.,])\d{1,3}(?:,\d{3})+(?![\d,])|(?<![\d.,])\d{2,}(?![\d,])")


def _figures(article: Article) -> set[str]:
    """The figures of two digits or more in the text, as plain digits ('100,000' and '100000' one), years aside."""
    return {f for f in (m.group().replace(",", "") for m in _FIGURE.finditer(article.body))
            if not re.fullmatch(r"(?:19|20)\d\d", f)}


def _story_outlets(article: Article) -> set[str]:
    """The known outlets the text names (capitalised, as names)."""
    from .metadata import _outlet_names, canonical_outlet

    return {canonical_outlet(m.group("outlet")) for m in _outlet_names().finditer(article.body)
            if m.group("outlet")[:1].isupper()}


@dataclass
class _Details:
    """What the story tests read of one article: the outlets it names, the outlet whose story it is (its original
    or retold outlet), its figures, its quotations' words."""
    outlets: set[str]
    own: set[str]
    figures: set[str]
    quotations: list[str]


def _details(article: Article) -> _Details:
    own = {v for name in ("original_outlet", "retold_outlet") if (v := article.value(name))}
    return _Details(_story_outlets(article) | own, own, _figures(article),
                    [_words(article.body[q.start:q.end]) for q in quotes.find_quotes(article)
                     if len(article.body[q.start:q.end].split()) >= STATEMENT_WORDS])


def _shared_facts(a: _Details, b: _Details) -> str:
    """What two texts that both name one outlet share of the story's details, when they share SHARED_FIGURES
    figures (a quotation, STATEMENT_WORDS or more matched by FACT_QUOTE, is told beside them: reports of one
    statement share it, and a beat's stock quotations recur); '' otherwise."""
    outlets = a.outlets & b.outlets
    figures = sorted(a.figures & b.figures, key=lambda f: (len(f), f))
    if not outlets or len(figures) < SHARED_FIGURES:
        return ""
    shared = [x for x in a.quotations if any(fuzz.token_set_ratio(x, y) >= FACT_QUOTE for y in b.quotations)]
    told = [f"figures {', '.join(figures)}"] if figures else []
    told += [f"the quotation \u201c{shared[0]}\u201d"] if shared else []
    return f"both name {', '.join(sorted(outlets))} as the story's source and share " + " and ".join(told)


def _through_copies(found: dict[tuple[int, int], dict], compared: set[tuple[int, int]]) -> list[tuple[int, int]]:
    """Index pairs (i < j) not yet compared where one article is a version (not a copy: copies of copies would
    make every pair of a much copied story) of a copy of the other: a story republished by many sites has more
    versions than an article's NEIGHBOURS nearest, and a version of one copy is a version of every copy (an
    excerpt beside a round trip of the story it copies)."""
    copies: dict[int, set[int]] = {}
    for (i, j), row in found.items():
        if row["kind"] == COPY:
            copies.setdefault(i, set()).add(j)
            copies.setdefault(j, set()).add(i)
    proposed = set()
    for (i, j), row in found.items():
        if row["kind"] == COPY:
            continue
        for version, copied in ((i, j), (j, i)):
            for other in copies.get(copied, ()):
                pair = (min(version, other), max(version, other))
                if other != version and pair not in found and pair not in compared:
                    proposed.add(pair)
    return sorted(proposed)


def _in_order(a: _Prepared, b: _Prepared, alignment: list[tuple[int, int, float]], anchor: str) -> bool:
    """The monotone alignment makes the two versions of one story: MIN_SHARED sentences and a share of the
    shorter text (MIN_SHARE with a word anchor, MEANING_SHARE with a meaning one) in the reporters' own words, or
    the two in lockstep, or a copied stretch, or the whole of the shorter text copied (a short excerpt whose
    sentences are mostly quoted words: every sentence aligned, COPY_MATCH on average)."""
    shorter = min(len(a.sentences), len(b.sentences)) or 1
    share = MIN_SHARE if anchor == WORDS else MEANING_SHARE
    return bool(anchor and len(alignment) >= MIN_SHARED and len(alignment) / shorter >= share and (
        (own := own_words(a.article, b.article, alignment, a.quoted, b.quoted)) >= MIN_SHARED and
        own / shorter >= share or lockstep(a, b, alignment) or copied_stretch(a, b, alignment) or
        len(alignment) >= shorter and sum(score for _, _, score in alignment) / len(alignment) >= COPY_MATCH))


def _retold(a: _Prepared, b: _Prepared, alignment: list[tuple[int, int, float]], cosine: np.ndarray,
            margin: np.ndarray) -> list[tuple[int, int, float]]:
    """A retelling in another order ('Thousands were told to get ready to leave' leading what the original gives
    fourth): the monotone alignment, plus the sentence pairs that stand out by meaning (each the other's nearest by
    MEANING_MARGIN, cosine MEANING_MATCH; scored as `_align` scores them) among the sentences it left, in the first
    text's order, when one reaches MEANING_ANCHOR and they make up MEANING_SHARE of the shorter text in the
    reporters' own words; else []."""
    at_a = {s.index: k for k, s in enumerate(a.sentences)}
    at_b = {s.index: k for k, s in enumerate(b.sentences)}
    used_a, used_b = {at_a[x] for x, _, _ in alignment}, {at_b[y] for _, y, _ in alignment}
    standing = [(i, j) for i, j in zip(*np.nonzero((margin >= MEANING_MARGIN) & (cosine >= MEANING_MATCH)))
                if i not in used_a and j not in used_b]
    if not standing or max(margin[i, j] for i, j in standing) < MEANING_ANCHOR:
        return []
    pairs = sorted(alignment + [(a.sentences[i].index, b.sentences[j].index,
                                 round(min(100 * float(cosine[i, j]) - 40, SENTENCE_MATCH - 1), 1))
                                for i, j in standing])
    shorter = min(len(a.sentences), len(b.sentences)) or 1
    own = own_words(a.article, b.article, pairs, a.quoted, b.quoted)
    return pairs if len(pairs) >= MIN_SHARED and own >= MIN_SHARED and own / shorter >= MEANING_SHARE else []


def _moved_up(a: _Prepared, b: _Prepared, alignment: list[tuple[int, int, float]]) -> list[tuple[int, int, float]]:
    """A short story copied whole by a page that also moved one of its sentences (a teaser or standfirst above the
    story: 'Police had earlier said ...' set first): the in-order alignment plus the sentences it left that stand
    word for word in the other text (MOVED_WORDS words or more, each sentence once), in the first text's order,
    when with them every sentence of the shorter text is aligned, COPY_MATCH on average; else []."""
    used_a, used_b = {x for x, _, _ in alignment}, {y for _, y, _ in alignment}
    added = []
    for sa, wa in zip(a.sentences, a.words):
        if sa.index in used_a or len(wa.split()) < MOVED_WORDS:
            continue
        for sb, wb in zip(b.sentences, b.words):
            if sb.index not in used_b and wa == wb:
                added.append((sa.index, sb.index, 100.0))
                used_b.add(sb.index)
                break
    pairs = sorted(alignment + added)
    shorter = min(len(a.sentences), len(b.sentences))
    whole = len(pairs) >= max(MIN_SHARED, shorter) and sum(score for _, _, score in pairs) / len(pairs) >= COPY_MATCH
    return pairs if added and whole else []


def _dated_apart(a: Article, b: Article) -> bool:
    return bool((day := _dateline_day(a)) and (other := _dateline_day(b)) and day != other)


def _dateline_day(article: Article) -> str:
    """The day a dateline opening the story states ("PORT ALDER, March 4, 2024 —": 'march 4 2024'), or ''."""
    match = _DATED_DATELINE.match(article.paragraphs[0].text) if article.paragraphs else None
    return " ".join(re.findall(r"\w+", match.group("day").lower())) if match else ""


_MONTH = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?"
_DATED_DATELINE = re.compile(rf"^(?-i:[A-Z][\w.'-]*(?:,? [A-Z][\w.'-]*){{0,3}}),\s*(?P<day>{_MONTH} \d{{1,2}},? \d{{4}}|"
                             rf"\d{{1,2}} {_MONTH},? \d{{4}})\s*(?:\([^)]{{2,40}}\)\s*)?[-\u2013\u2014]")


def own_words(a: Article, b: Article, alignment: list[tuple[int, int, float]], quoted_a: list[tuple[int, int]],
              quoted_b: list[tuple[int, int]]) -> float:
    """The aligned sentences counted by the share of them outside quotation marks (the larger quoted share of
    the two sides; `quoted_a`, `quoted_b` are body spans of quotations): what two texts share in their own words.
    Two reports of one statement share the statement; a version shares the reporter's sentences too."""
    return sum(1 - max(_quoted_share(a.sentences[x], quoted_a), _quoted_share(b.sentences[y], quoted_b))
               for x, y, _ in alignment)


def copied_stretch(left: _Prepared, right: _Prepared, alignment: list[tuple[int, int, float]]) -> int:
    """The longest run of sentences that follow one another in both texts word for word, when it reaches
    COPIED_RUN and holds a sentence mostly in the reporter's own words (else 0): a copied stretch of a story,
    however much of it is quoted. Two reports of one statement may quote the same sentences, each between
    sentences of its own."""
    at_a = {s.index: k for k, s in enumerate(left.sentences)}
    at_b = {s.index: k for k, s in enumerate(right.sentences)}
    best, run, last = 0, [], None
    for x, y, _ in alignment:
        i, j = at_a[x], at_b[y]
        if left.words[i] != right.words[j]:
            run, last = [], None
            continue
        run = run + [(x, y)] if last == (i - 1, j - 1) else [(x, y)]
        last = (i, j)
        own = any(_quoted_share(left.article.sentences[x], left.quoted) < 0.5 for x, _ in run)
        best = max(best, len(run) if own else 0)
    return best if best >= COPIED_RUN else 0


def _quoted_share(sentence, spans: list[tuple[int, int]]) -> float:
    inside = sum(max(0, min(sentence.end, end) - max(sentence.start, start)) for start, end in spans)
    return min(1.0, inside / max(1, sentence.end - sentence.start))


def _may_retell(cosine: np.ndarray, margin: np.ndarray) -> bool:
    """Enough sentence pairs stand out by meaning (MIN_SHARED mutual nearest with a margin of MEANING_MARGIN, one
    of MEANING_ANCHOR; `meaning_matrix`) for a pair that shares few words to be a version: a cheap test before
    aligning it."""
    standing = margin[(margin >= MEANING_MARGIN) & (cosine >= MEANING_MATCH)]
    return len(standing) >= MIN_SHARED and standing.max() >= MEANING_ANCHOR


def _mean_cosine(a: np.ndarray, b: np.ndarray) -> float:
    ma, mb = a.mean(axis=0), b.mean(axis=0)
    return round(float(ma @ mb / max(np.linalg.norm(ma) * np.linalg.norm(mb), 1e-9)), 3)


def _relation_row(left: _Prepared, right: _Prepared, alignment: list[tuple[int, int, float]], cosine: float,
                  found_by: str, mean_cosine: float, meant: dict[tuple[int, int], float]) -> dict:
    a, b = left.article, right.article
    a_cov = _coverage(a, [x for x, _, _ in alignment])
    b_cov = _coverage(b, [y for _, y, _ in alignment])
    mean = sum(s for _, _, s in alignment) / len(alignment) / 100
    similarity = round(mean * max(a_cov, b_cov), 3)
    verbatim = sum(score >= COPY_MATCH for _, _, score in alignment)
    shorter = min(len(left.sentences), len(right.sentences)) or 1
    copied = (mean * 100 >= COPY_MATCH and max(a_cov, b_cov) >= COPY_COVERAGE) or (
        verbatim >= MIN_SHARED and verbatim >= len(alignment) / 2 and verbatim >= EDITED_COPY_SHARE * shorter)
    kept = _kept(left, right, alignment)
    edited = kept >= MIN_SHARED and kept >= KEPT_COPY * len(alignment) and kept >= EDITED_COPY_SHARE * shorter
    in_lockstep = lockstep(left, right, alignment)
    if in_lockstep and _identical(left, right, alignment) <= len(alignment) / 3 and not edited:
        copied = False  # a word or two changed in nearly every sentence: a close round trip, not an edited copy
    copied = copied or edited  # a wire story's update: a word changed here and there, long stretches left as they were
    kind = COPY if copied else REWRITE
    return {
        "a_id": a.article_id, "b_id": b.article_id, "kind": kind, "similarity": similarity,
        "cosine": round(cosine, 3), "shared_sentences": len(alignment), "a_coverage": round(a_cov, 3),
        "b_coverage": round(b_cov, 3),
        "a_start": a.sentences[alignment[0][0]].start, "a_end": a.sentences[alignment[-1][0]].end,
        "b_start": min(b.sentences[y].start for _, y, _ in alignment),  # a retelling may reorder the second text
        "b_end": max(b.sentences[y].end for _, y, _ in alignment),
        "alignment": alignment, "derived": "", "direction_evidence": "", "candidate_by": found_by,
        "meaning_cosine": mean_cosine, "meaning_matches": " ".join(f"{x}:{y}={c:.2f}" for (x, y), c in meant.items()),
        "lockstep": in_lockstep, "story_evidence": "",
    }


def lockstep(left: _Prepared, right: _Prepared, alignment: list[tuple[int, int, float]]) -> str:
    """Why `right` follows `left` sentence by sentence, as a machine translation (or a round trip through another
    language) follows its original, or '' when it does not: nearly every sentence of the stretch they share
    aligned one to one in order, most by their words, each keeping its numbers and about its length. An
    editorial rewrite reorders, cuts, merges and adds sentences and quotes; a retelling matches by meaning."""
    a, b, size = left.article, right.article, len(alignment)
    long_a, long_b = [s.index for s in left.sentences], [s.index for s in right.sentences]
    if size < LOCKSTEP_MIN or size < LOCKSTEP_SHARE * min(len(long_a), len(long_b)):
        return ""
    skipped = sum(alignment[0][0] <= k <= alignment[-1][0] for k in long_a) + \
        sum(alignment[0][1] <= k <= alignment[-1][1] for k in long_b) - 2 * size
    by_words = sum(score >= SENTENCE_MATCH for _, _, score in alignment)
    changed = [(x, y) for x, y, _ in alignment if _numbers(a.sentences[x].text) != _numbers(b.sentences[y].text)]
    resized = [(x, y) for x, y, _ in alignment if not 2 / 3 <= _length(a, x) / _length(b, y) <= 3 / 2]
    if skipped > LOCKSTEP_SKIPS * size or by_words < LOCKSTEP_WORDS * size or \
            len(changed) > max(1, LOCKSTEP_SLACK * size) or len(resized) > max(1, LOCKSTEP_SLACK * size):
        return ""
    return (f"{size} sentences aligned one to one in order, {skipped} left out inside the shared stretch, "
            f"{by_words} matched by their words, {_identical(left, right, alignment)} word for word; numbers kept in "
            f"{size - len(changed)}, the length in {size - len(resized)}")


def _identical(left: _Prepared, right: _Prepared, alignment: list[tuple[int, int, float]]) -> int:
    """Aligned sentences with the same words in the same order (punctuation and case aside)."""
    a_words = {s.index: w for s, w in zip(left.sentences, left.words)}
    b_words = {s.index: w for s, w in zip(right.sentences, right.words)}
    return sum(a_words[x] == b_words[y] for x, y, _ in alignment)


def _kept(left: _Prepared, right: _Prepared, alignment: list[tuple[int, int, float]]) -> int:
    """Aligned sentences in the reporter's own words (less than half quoted: two versions of a story quote the
    same people word for word) whose shorter side has KEPT_SHARE of its words in stretches of KEPT_RUN words or
    more that the other sentence has in the same order; 0 when the aligned sentences swap more than one word for
    another (a different word, not 'said' made 'says') per KEPT_SWAPS of them. An editor updating a wire story
    touches a sentence here and there ('the deaths Tuesday' put in, 'showed' made 'shows') and leaves long
    stretches as they were; a round trip through another language swaps a word for a synonym in nearly every
    sentence ('army' for 'military', 'posted' for 'published')."""
    a_words = {s.index: w.split() for s, w in zip(left.sentences, left.words)}
    b_words = {s.index: w.split() for s, w in zip(right.sentences, right.words)}
    kept = swaps = 0
    for x, y, _ in alignment:
        wa, wb = a_words[x], b_words[y]
        matcher = SequenceMatcher(None, wa, wb, autojunk=False)
        swaps += _swapped(matcher, wa, wb)
        own = _quoted_share(left.article.sentences[x], left.quoted) < 0.5 and \
            _quoted_share(right.article.sentences[y], right.quoted) < 0.5
        run = sum(b.size for b in matcher.get_matching_blocks() if b.size >= KEPT_RUN)
        kept += own and run >= KEPT_SHARE * max(1, min(len(wa), len(wb)))
    return kept if swaps <= len(alignment) / KEPT_SWAPS else 0


def _swapped(matcher: SequenceMatcher, wa: list[str], wb: list[str]) -> int:
    """Words of one sentence swapped one for one for a different word in the other ('army' for 'military'; not
    'said' for 'says', which share their first letters)."""
    return sum(op == "replace" and i2 - i1 == 1 and j2 - j1 == 1 and wa[i1][:2] != wb[j1][:2]
               for op, i1, i2, j1, j2 in matcher.get_opcodes())


def swapped_words(a: Article, b: Article, alignment: list[tuple[int, int, float]]) -> int:
    """Over the aligned sentences of two articles, the words swapped one for one for a different word: a round
    trip through another language swaps a synonym in nearly every sentence, an editor or a desk rewriting a
    story in order rewrites whole clauses and swaps few."""
    total = 0
    for x, y, _ in alignment:
        wa, wb = _words(a.sentences[x].text).split(), _words(b.sentences[y].text).split()
        total += _swapped(SequenceMatcher(None, wa, wb, autojunk=False), wa, wb)
    return total


def _numbers(text: str) -> list[str]:
    return sorted(re.findall(r"\d+", text))


def _length(article: Article, index: int) -> int:
    return len(article.sentences[index].text.split()) or 1


def _coverage(article: Article, indices: list[int]) -> float:
    """Share of the article's words that sit in aligned sentences."""
    total = sum(len(s.text.split()) for s in article.sentences) or 1
    return sum(len(article.sentences[i].text.split()) for i in set(indices)) / total


def oriented(row) -> tuple[str, str] | None:
    """(derived id, original id) of a relation row (a tuple or a dict) whose `derived` names one side (set by
    `metadata.infer_translations`, the one place that decides it); None when the texts do not tell."""
    get = row.get if isinstance(row, dict) else lambda key, default="": getattr(row, key, default)
    derived, a_id, b_id = str(get("derived", "") or ""), get("a_id"), get("b_id")
    if derived and derived == a_id:
        return a_id, b_id
    if derived and derived == b_id:
        return b_id, a_id
    return None


def originals(relations: pd.DataFrame | None) -> dict[str, tuple[str, str]]:
    """Derived version id -> (original id, kind) for every relation that names its direction, in one pass."""
    found: dict[str, tuple[str, str]] = {}
    for row in relations.itertuples(index=False) if relations is not None else ():
        if (direction := oriented(row)) is not None:
            found.setdefault(direction[0], (direction[1], str(row.kind)))
    return found


def as_table(relations: pd.DataFrame) -> pd.DataFrame:
    """The relations for `relations.csv`: the alignment written as `a:b` index pairs."""
    table = relations.copy()
    table["alignment"] = [" ".join(f"{x}:{y}" for x, y, _ in pairs) for pairs in relations["alignment"]]
    return table
