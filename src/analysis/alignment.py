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

from collections import Counter
from dataclasses import dataclass
from functools import lru_cache

from rapidfuzz import fuzz
from rapidfuzz.process import cdist
from sacrebleu.metrics import BLEU, CHRF, TER
from sacrebleu.metrics.helpers import extract_all_char_ngrams

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


def char_ngrams(text: str) -> list[tuple[Counter, int, set]]:
    """The character n-gram counts chrF compares (sacrebleu's extraction, with its settings), each order with
    its total and the n-grams that occur more than once."""
    metric = _metrics()[0]
    return [(grams, sum(grams.values()), {gram for gram, count in grams.items() if count > 1})
            for grams in extract_all_char_ngrams(text, metric.char_order, metric.whitespace)]


def similarity_of(a_text: str, b_text: str, *, ngrams=char_ngrams) -> float:
    """Symmetric chrF (0-100): the mean of both directions, so a bead that adds a whole sentence on one side
    loses as much as one that drops it (plain chrF weighs recall twice as much as precision). Both directions
    come from one count of the n-grams the texts share (swapping them swaps precision and recall: the shared
    count is the distinct n-grams in both, plus what those repeated in both repeat), scored by sacrebleu's
    chrF; `ngrams` may be a cached `char_ngrams`."""
    if not a_text.strip() or not b_text.strip():
        return 0.0
    forward, backward = [], []
    for (a, a_total, a_repeated), (b, b_total, b_repeated) in zip(ngrams(a_text), ngrams(b_text)):
        shared = len(a.keys() & b.keys()) + sum(min(a[gram], b[gram]) - 1 for gram in a_repeated & b_repeated)
        forward += [a_total if b else 0, b_total, shared]
        backward += [b_total if a else 0, a_total, shared]
    metric = _metrics()[0]
    return (metric._compute_f_score(forward) + metric._compute_f_score(backward)) / 2


def align(a_sentences: list[str], b_sentences: list[str], *, min_similarity: float = 25.0,
          merge_penalty: float = 4.0, candidate_overlap: float = 50.0) -> list[Bead]:
    """Best monotone alignment of translation sentences `a_sentences` with original sentences `b_sentences`.

    chrF is computed only for beads where some sentence pair shares enough words (rapidfuzz token-set ratio of
    at least `candidate_overlap`; unrelated sentences of these texts stay below 57, translations above 70), so
    long articles align in seconds."""
    n, m = len(a_sentences), len(b_sentences)
    cache: dict[tuple[int, int, int, int], float] = {}
    ngrams = lru_cache(maxsize=None)(char_ngrams)  # each joined text's n-grams once, for this pair only
    overlap_of = cdist([x.lower() for x in a_sentences], [y.lower() for y in b_sentences],
                       scorer=fuzz.token_set_ratio) if n and m else None

    def joined(i: int, di: int, j: int, dj: int) -> float:
        key = (i, di, j, dj)
        if key not in cache:
            related = overlap_of[i:i + di, j:j + dj].max() >= candidate_overlap
            cache[key] = similarity_of(" ".join(a_sentences[i:i + di]), " ".join(b_sentences[j:j + dj]),
                                       ngrams=ngrams) if related else 0.0
        return cache[key]

    @lru_cache(maxsize=None)
    def best_part(i: int, di: int, j: int, dj: int) -> float:
        return max((max(joined(*part), best_part(*part)) for part in _parts(i, di, j, dj)), default=0.0)

    def similarity(i: int, di: int, j: int, dj: int) -> float:
        score = joined(i, di, j, dj)
        return score if score > best_part(i, di, j, dj) else 0.0

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
                    gain = weight * (similarity(i, di, j, dj) - min_similarity)
                    gain -= merge_penalty * (di + dj - 2)
                    if gain <= 0:
                        continue
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
