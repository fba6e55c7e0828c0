"""Sentence alignment of a translation with its original, and the standard MT metrics on the aligned pairs.

In: two lists of sentence texts (translation first, original second). Out: a monotone list of `Bead`s, each
joining translation sentences to original sentences (1-1, or a split or merge 1-2, 2-1, 1-3, 3-1) or leaving one
sentence unaligned (an addition in the translation or an omission from it). The alignment is a Gale-Church-like
dynamic programme whose bead score is the chrF similarity (sacrebleu) of the joined texts above a floor,
weighted by the number of sentences the bead covers, minus a small penalty for merges; skipping a sentence
scores zero, so unrelated stretches (a truncated original, an added paragraph) stay unaligned. A merge counts
only when the joined texts are more alike than any of its parts, so a sentence dropped next to its neighbour is
not swallowed by the neighbour's bead.
`score_pair` gives sentence-level chrF, BLEU and TER; `score_corpus` the same over a whole aligned overlap.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from functools import lru_cache
from itertools import accumulate, count

import numpy as np
from rapidfuzz import fuzz
from rapidfuzz.process import cdist
from sacrebleu.metrics import BLEU, CHRF, TER
from scipy.sparse import csr_matrix

MOVES = ((1, 1), (1, 2), (2, 1), (1, 3), (3, 1), (1, 0), (0, 1))


@dataclass(frozen=True)
class Bead:
    """Sentence indices joined by the alignment (positions in the lists given), with their chrF (0-100)."""

    a: tuple[int, ...]
    b: tuple[int, ...]
    similarity: float = 0.0

    @property
    def kind(self) -> str:
        if not self.b:
            return "addition"
        if not self.a:
            return "omission"
        return f"{len(self.a)}-{len(self.b)}"

    @property
    def aligned(self) -> bool:
        return bool(self.a and self.b)


@lru_cache(maxsize=1)
def _metrics() -> tuple[CHRF, BLEU, TER]:
    return CHRF(), BLEU(effective_order=True), TER()


@lru_cache(maxsize=1)
def _corpus_metrics() -> tuple[CHRF, BLEU, TER]:
    return CHRF(), BLEU(), TER()


METRICS = ("chrf", "bleu", "ter")
SEGMENTS_KEPT = 3 * 4096  # segments' statistics kept: a pair's aligned beads are scored more than once


@lru_cache(maxsize=SEGMENTS_KEPT)
def segment_statistics(metric: int, hypothesis: str, reference: str) -> tuple:
    """sacrebleu's statistics of the `METRICS[metric]` of one sentence against its reference, counted once: a
    sentence score and a corpus score both add up these (`_aggregate_and_compute`), as sacrebleu's
    `sentence_score` and `corpus_score` do after counting them again."""
    return tuple(_metrics()[metric]._extract_corpus_statistics([hypothesis], [[reference]])[0])


def chrf(hypothesis: str, reference: str) -> float:
    """Sentence chrF (0-100) of a translation sentence against its original."""
    if not hypothesis.strip() or not reference.strip():
        return 0.0
    return _metrics()[0]._aggregate_and_compute([list(segment_statistics(0, hypothesis, reference))]).score


def _ngram_rows(texts: list[tuple[str, ...]]) -> tuple[csr_matrix, csr_matrix, np.ndarray]:
    """Each text's character n-gram counts as chrF counts them (sacrebleu's extraction with whitespace removed,
    orders 1 to `char_order`) as one sparse row over the n-grams of all `texts`; each text's number of n-grams of
    each order (text x order); which order each n-gram is (n-gram x order, 1 where it is). A text is the parts
    it joins with spaces: its n-grams are its parts' (each part's counted once) and those across their joints."""
    metric = _metrics()[0]
    orders = range(1, metric.char_order + 1)
    column_of: defaultdict[str, int] = defaultdict(count().__next__)  # n-gram -> its column, new ones appended
    part_columns: dict[str, list[int]] = {}

    columns, ends, totals = [], [0], []
    for parts in texts:
        lines = ["".join(part.split()) for part in parts]
        for line in lines:
            if line not in part_columns:
                part_columns[line] = [column_of[line[k:k + n]] for n in orders for k in range(len(line) - n + 1)]
            columns += part_columns[line]
        line = "".join(lines)
        joints = list(accumulate(len(part) for part in lines[:-1]))  # where one part ends and the next begins
        for n in orders:  # the n-grams that start in one part and end in another
            across = {k for joint in joints for k in range(max(joint - n + 1, 0), min(joint, len(line) - n + 1))}
            columns += [column_of[line[k:k + n]] for k in across]
        ends.append(len(columns))
        totals.append([max(len(line) - n + 1, 0) for n in orders])
    rows = csr_matrix((np.ones(len(columns), dtype=np.int64), np.array(columns, dtype=np.int32),
                       np.array(ends, dtype=np.int32)), shape=(len(texts), len(column_of)))
    rows.sum_duplicates()
    order_of = csr_matrix((np.ones(len(column_of), dtype=np.int64), [len(gram) - 1 for gram in column_of],
                           range(len(column_of) + 1)), shape=(len(column_of), len(orders)))
    return rows, order_of, np.array(totals, dtype=np.int64).reshape(-1, len(orders))


def similarities(text_pairs: list[tuple[tuple[str, ...], tuple[str, ...]]]) -> list[float]:
    """Symmetric chrF (0-100) of each pair of texts, each text given as the sentences it joins with spaces: the
    mean of both directions, so a bead that adds a whole sentence on one side loses as much as one that drops it
    (plain chrF weighs recall twice as much as precision), 0 when a text is blank. Both directions come from one
    count of the n-grams the texts share (swapping them swaps precision and recall): each sentence's n-grams are
    counted once, the shared counts of all pairs are taken at once (the smaller count of each n-gram, summed by
    order, on sparse rows), and sacrebleu's chrF scores them."""
    if not text_pairs:
        return []
    texts = list(dict.fromkeys(text for pair in text_pairs for text in pair))
    row_of = {text: k for k, text in enumerate(texts)}
    rows, order_of, totals = _ngram_rows(texts)
    a_rows = [row_of[a] for a, _ in text_pairs]
    b_rows = [row_of[b] for _, b in text_pairs]
    shared = (rows[a_rows].minimum(rows[b_rows]) @ order_of).toarray().tolist()
    metric = _metrics()[0]
    scores = []
    for a_row, b_row, counts in zip(a_rows, b_rows, shared):
        a_totals, b_totals = totals[a_row].tolist(), totals[b_row].tolist()
        if not a_totals[0] or not b_totals[0]:
            scores.append(0.0)
            continue
        forward, backward = [], []
        for a_total, b_total, both in zip(a_totals, b_totals, counts):
            forward += [a_total if b_total else 0, b_total, both]
            backward += [b_total if a_total else 0, a_total, both]
        scores.append((metric._compute_f_score(forward) + metric._compute_f_score(backward)) / 2)
    return scores


def align(a_sentences: list[str], b_sentences: list[str], *, min_similarity: float = 25.0,
          merge_penalty: float = 4.0, candidate_overlap: float = 50.0) -> list[Bead]:
    """Best monotone alignment of translation sentences `a_sentences` with original sentences `b_sentences`.

    chrF is computed only for beads where some sentence pair shares enough words (rapidfuzz token-set ratio of
    at least `candidate_overlap`; unrelated sentences of these texts stay below 57, translations above 70), all
    at once before the dynamic programme, so long articles align in seconds. A bead's gain is its chrF less
    `min_similarity` (0-100), so a merge no more alike than one of its parts (scored 0) gains nothing."""
    n, m = len(a_sentences), len(b_sentences)
    related = _related_beads(a_sentences, b_sentences, candidate_overlap) if n and m else []
    scores = similarities([(tuple(a_sentences[i:i + di]), tuple(b_sentences[j:j + dj])) for i, di, j, dj in related])
    cache = dict(zip(related, scores))  # the other beads share too few words: 0

    def joined(i: int, di: int, j: int, dj: int) -> float:
        return cache.get((i, di, j, dj), 0.0)

    @lru_cache(maxsize=None)
    def best_part(i: int, di: int, j: int, dj: int) -> float:
        return max((max(joined(*part), best_part(*part)) for part in _parts(i, di, j, dj)), default=0.0)

    best = [[float("-inf")] * (m + 1) for _ in range(n + 1)]
    back: list[list[tuple[int, int] | None]] = [[None] * (m + 1) for _ in range(n + 1)]
    best[0][0] = 0.0
    for i in range(n + 1):
        for j in range(m + 1):
            if best[i][j] == float("-inf"):
                continue
            for di, dj in MOVES:
                if i + di > n or j + dj > m:
                    continue
                gain = 0.0
                if di and dj:
                    weight = (di + dj) / 2
                    score = joined(i, di, j, dj)
                    gain = weight * (score - min_similarity)
                    gain -= merge_penalty * (di + dj - 2)
                    if gain <= 0 or score <= best_part(i, di, j, dj):
                        continue  # a bead no more alike than one of its parts scores 0, below the floor
                if best[i][j] + gain > best[i + di][j + dj]:
                    best[i + di][j + dj] = best[i][j] + gain
                    back[i + di][j + dj] = (di, dj)
    beads: list[Bead] = []
    i, j = n, m
    while i or j:
        di, dj = back[i][j]
        i, j = i - di, j - dj
        score = chrf(" ".join(a_sentences[i:i + di]), " ".join(b_sentences[j:j + dj])) if di and dj else 0.0
        beads.append(Bead(tuple(range(i, i + di)), tuple(range(j, j + dj)), round(score, 1)))
    return beads[::-1]


def _related_beads(a_sentences: list[str], b_sentences: list[str],
                   candidate_overlap: float) -> list[tuple[int, int, int, int]]:
    """The joining beads (i, di, j, dj) inside both texts where some sentence pair reaches `candidate_overlap`
    (rapidfuzz token-set ratio of the lowercased sentences)."""
    n, m = len(a_sentences), len(b_sentences)
    overlap_of = cdist([x.lower() for x in a_sentences], [y.lower() for y in b_sentences],
                       scorer=fuzz.token_set_ratio)
    beads = []
    for di, dj in MOVES:
        if not (di and dj) or di > n or dj > m:
            continue
        rows = overlap_of[:n - di + 1]  # the best sentence pair of each bead of this shape: rows, then columns
        for k in range(1, di):
            rows = np.maximum(rows, overlap_of[k:n - di + 1 + k])
        best = rows[:, :m - dj + 1]
        for k in range(1, dj):
            best = np.maximum(best, rows[:, k:m - dj + 1 + k])
        starts = np.nonzero(best >= candidate_overlap)
        beads += [(i, di, j, dj) for i, j in zip(starts[0].tolist(), starts[1].tolist())]
    return beads


def _parts(i: int, di: int, j: int, dj: int) -> list[tuple[int, int, int, int]]:
    """The beads a merge contains with one sentence fewer on its merged side (the first or the last left out).
    A merge is taken only when it is more similar than each bead it contains: a sentence that shares nothing
    with the other side lowers the joined similarity and stays out, as an omission or an addition."""
    if di > 1:
        return [(i, di - 1, j, dj), (i + 1, di - 1, j, dj)]
    if dj > 1:
        return [(i, di, j, dj - 1), (i, di, j + 1, dj - 1)]
    return []


def overlap(beads: list[Bead]) -> list[Bead]:
    """The beads from the first aligned bead to the last: the stretch both texts share."""
    positions = [k for k, bead in enumerate(beads) if bead.aligned]
    if not positions:
        return []
    return beads[positions[0]:positions[-1] + 1]


def score_pair(hypothesis: str, reference: str) -> dict[str, float]:
    """Sentence-level chrF, BLEU and TER of one aligned pair."""
    return {name: round(metric._aggregate_and_compute([list(segment_statistics(k, hypothesis, reference))]).score, 1)
            for k, (name, metric) in enumerate(zip(METRICS, _metrics()))}


def score_corpus(hypotheses: list[str], references: list[str]) -> dict[str, float]:
    """Corpus-level chrF, BLEU and TER over aligned pairs (empty input gives NaN)."""
    if not hypotheses:
        return {name: float("nan") for name in METRICS}
    return {name: round(metric._aggregate_and_compute(
        [list(segment_statistics(k, h, r)) for h, r in zip(hypotheses, references)]).score, 1)
        for k, (name, metric) in enumerate(zip(METRICS, _corpus_metrics()))}
