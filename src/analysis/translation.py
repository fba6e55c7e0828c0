"""Translation quality: each machine translation set against its original, and every translation checked alone.

In: a loaded `Corpus`. Out: a `TranslationResult` with four tables.
- `alignment`: the sentence alignment of every translation pair the corpus layer found (relations of kind
  `translation`, pairs where one article is `translation_of` the other, and `same_story` pairs of a machine
  translation with an original), with sentence-level chrF, BLEU and TER (sacrebleu).
- `issues`: MQM-style divergences with a severity (critical: meaning reversed or a fact changed; major: meaning
  distorted; minor: wording or form; neutral: a sign, not an error), each with its span in the translation's
  body and, when there is one, in the original's body, and a one-line explanation. Pair checks: negation lost or
  added, a number changed, dropped or added, a named entity broken, changed, dropped or added, a term for an
  institution or process replaced by a different one (data lexicon `data/translation_terms.csv`), a sentence
  omitted or added, punctuation artifacts. Reference-free checks for every article flagged as a machine
  translation and for the part of a translation with no original: punctuation runs, sentence fragments,
  repeated paragraphs, broken idioms and garbled names (`data/translation_phrases.csv`), one institution named
  two ways, spelling variants of one name across the corpus, figures the numbers analysis flags as implausible,
  machine-translation disclaimers.
- `readability`: textstat indices per article (see `analysis.readability`).
- `scorecard`: one row per article: metrics against its original, issue counts by severity, readability, signs
  of machine translation.
"""

from __future__ import annotations

import csv
import math
import re
from bisect import bisect_left
from collections import Counter
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from typing import TYPE_CHECKING, Callable

import pandas as pd
from rapidfuzz import fuzz
from rapidfuzz.process import cdist

from . import nlp, numbers, relations
from .alignment import Bead, align, overlap, score_corpus, score_pair
from .numbers import Quantity, find_quantities
from .parallel import each
from .readability import INDICES, pronunciations, readability_table, text_scores
from .labels import SEVERITIES
from .metadata import punctuation_artifacts, unbalanced_quotes, with_next_text
from .textnorm import fold

if TYPE_CHECKING:
    from spacy.tokens import Span as SpacySpan

    from .corpus import Article, Corpus

ALIGNMENT_COLUMNS = ["pair", "a_id", "b_id", "a_index", "b_index", "a_text", "b_text", "chrf", "bleu",
                     "ter", "kind", "a_start", "a_end", "b_start", "b_end"]
ISSUE_COLUMNS = ["article_id", "reference_id", "category", "severity", "text", "reference_text", "start", "end",
                 "explanation", "reference_start", "reference_end", "check", "mqm"]
PAIR_COLUMNS = ["pair", "a_id", "b_id", "relation", "direction", "aligned_pairs", "omitted", "added",
                "chrf", "bleu", "ter", "a_start", "a_end", "b_start", "b_end"]
SCORECARD_COLUMNS = ["article_id", "role", "translation_status", "reference_id", "chrf", "bleu", "ter", *SEVERITIES,
                     "mt_signs", "flesch_reading_ease", "flesch_kincaid_grade"]
MQM = {"negation": "accuracy", "number": "accuracy", "entity": "accuracy", "term": "terminology",
       "omission": "accuracy", "addition": "accuracy", "punctuation": "fluency", "fragment": "fluency",
       "repeated_paragraph": "fluency", "broken_idiom": "fluency", "garbled_name": "fluency",
       "inconsistent_term": "terminology", "spelling_variant": "terminology",
       "implausible_number": "accuracy", "mt_disclaimer": "provenance"}
ENTITY_LABELS = {"PERSON", "ORG", "GPE", "LOC", "FAC", "NORP"}
NEGATORS = {"not", "n't", "never", "no", "nothing", "nobody", "none", "neither", "nor", "without", "cannot",
            "nowhere", "hardly", "barely"}
NEGATIVE_PREDICATES = {"refuse", "deny", "fail", "unable", "lack", "reject", "decline"}


@dataclass(frozen=True)
class Pair:
    """A translation and the original it was made from, as the corpus layer related them."""

    translation: Article
    original: Article
    relation: str      # the relation kind the pair came from
    direction: str     # why `translation` is taken to be the translation

    @property
    def name(self) -> str:
        return f"{self.translation.article_id}~{self.original.article_id}"


@dataclass
class TranslationResult:
    alignment: pd.DataFrame
    issues: pd.DataFrame
    readability: pd.DataFrame
    scorecard: pd.DataFrame
    pairs: pd.DataFrame = field(default_factory=lambda: pd.DataFrame(columns=PAIR_COLUMNS))
    pair_readability: pd.DataFrame = field(default_factory=pd.DataFrame)


# ---------------------------------------------------------------------------------------------- pairs

def translation_pairs(corpus: Corpus, *, include_same_story: bool = True) -> list[Pair]:
    """Pairs from `corpus.relations`: translations, `translation_of` links, and (optionally) same-story pairs
    of a rewrite with its original. The translation side is the one the relation says derives from the other
    (`derived`, decided once by the corpus layer); a pair whose direction is unknown is not compared (a machine
    rewrite's wording would be held up to its original). A rewrite that derives from several versions of its
    story is compared with the closest one (highest `similarity`), and not at all when it has a translation pair,
    and a machine translation with its `translation_of` only, not with the other sites' copies of that original:
    one original per text, not every telling it shares (each would report its errors again)."""
    by_id = {article.article_id: article for article in corpus.analysable}
    pairs, closest = [], {}  # closest: derived id -> (similarity, order, pair) of its best same-story original
    for order, row in enumerate(corpus.relations.itertuples()):
        direction = relations.oriented(row)
        if direction is None or direction[0] not in by_id or direction[1] not in by_id:
            continue  # which text is the original is unknown: no wording is held up as the right one
        if isinstance(evidence := getattr(row, "story_evidence", ""), str) and evidence:
            continue  # excerpts of one story, each a different stretch of it (`relations.story_evidence`): no
            # sentence of one stands for a sentence of the other
        translation, original = by_id[direction[0]], by_id[direction[1]]
        if (source := translation.value("translation_of")) in by_id and source != original.article_id:
            continue  # a copy of its original, or another version of its story: compared with the original only
        pair = Pair(translation, original, row.kind, f"relation: {row.direction_evidence}")
        if row.kind == "translation" or translation.value("translation_of") == original.article_id:
            pairs.append((order, pair))
        elif include_same_story and row.kind == "rewrite":
            best = closest.get(direction[0])
            if best is None or float(row.similarity) > best[0]:
                closest[direction[0]] = (float(row.similarity), order, pair)
    translated = {pair.translation.article_id for _, pair in pairs}
    pairs += [(order, pair) for derived, (_, order, pair) in closest.items() if derived not in translated]
    return [pair for _, pair in sorted(pairs, key=lambda chosen: chosen[0])]  # in the relations' order
def _sentences(article: Article) -> list:
    """Sentences outside repeated paragraphs (a repeat is reported once, not aligned twice)."""
    duplicates = {p.index for p in article.paragraphs if p.is_duplicate}
    return [s for s in article.sentences if s.paragraph not in duplicates]


def align_pair(pair: Pair) -> tuple[list, list, list[Bead]]:
    """The pair's sentences (translation, original) and their alignment beads."""
    a_sents, b_sents = _sentences(pair.translation), _sentences(pair.original)
    return a_sents, b_sents, align([s.text for s in a_sents], [s.text for s in b_sents])


def translation_like(beads: list[Bead], *, min_aligned: int = 3, min_median_chrf: float = 50.0) -> bool:
    """An alignment that looks like a translation rather than two tellings of one story: at least
    `min_aligned` aligned beads whose median chrF reaches `min_median_chrf` (a translation pair of the seeds:
    77; two different articles on one subject: about 35)."""
    scores = sorted(bead.similarity for bead in beads if bead.aligned)
    return len(scores) >= min_aligned and scores[len(scores) // 2] >= min_median_chrf


# ---------------------------------------------------------------------------------------------- records

@dataclass(frozen=True)
class BeadView:
    """One bead with its sentences' texts and body spans on both sides (None for an empty side)."""

    bead: Bead
    a_sents: tuple
    b_sents: tuple

    @property
    def a_span(self) -> tuple[int, int] | None:
        return (self.a_sents[0].start, self.a_sents[-1].end) if self.a_sents else None

    @property
    def b_span(self) -> tuple[int, int] | None:
        return (self.b_sents[0].start, self.b_sents[-1].end) if self.b_sents else None


def _views(a_sents: list, b_sents: list, beads: list[Bead]) -> list[BeadView]:
    return [BeadView(bead, tuple(a_sents[i] for i in bead.a), tuple(b_sents[j] for j in bead.b))
            for bead in beads]


def _issue(article: Article, reference: Article | None, category: str, severity: str,
           span: tuple[int, int] | None, reference_span: tuple[int, int] | None, explanation: str,
           *, check: str) -> dict:
    return {
        "article_id": article.article_id,
        "reference_id": reference.article_id if reference is not None else "",
        "category": category, "severity": severity,
        "text": article.body[span[0]:span[1]] if span else "",
        "reference_text": reference.body[reference_span[0]:reference_span[1]]
        if reference is not None and reference_span else "",
        "start": span[0] if span else None, "end": span[1] if span else None,
        "explanation": explanation,
        "reference_start": reference_span[0] if reference_span else None,
        "reference_end": reference_span[1] if reference_span else None,
        "check": check, "mqm": MQM.get(category, ""),
    }


def _doc_span(article: Article, span: tuple[int, int]) -> SpacySpan:
    """The parsed tokens covering a body span (an empty span when no token falls inside it)."""
    doc = nlp.parse(article)
    return doc.char_span(span[0], span[1], alignment_mode="expand") or doc[0:0]


# ---------------------------------------------------------------------------------------------- negation

NEGATIVE_PREFIX = re.compile(r"^(?:un|non-?)(?P<root>[a-z]{4,})$")
# in-/im-/il-/ir-/dis- make too many false roots ('instead', 'inside', 'intense'): only these count
NEGATIVE_ADJECTIVES = {"impossible": "possible", "illegal": "legal", "incorrect": "correct",
                       "inaccurate": "accurate", "insufficient": "sufficient", "inadequate": "adequate",
                       "incapable": "capable", "irrelevant": "relevant", "dishonest": "honest",
                       "invisible": "visible", "inability": "ability"}


def _negative_root(token) -> str:
    """The root of an adjective or adverb made negative by a prefix ('unclear' -> 'clear', 'impossible' ->
    'possible'), or '': 'not clear' and 'unclear' say the same."""
    if token.pos_ not in ("ADJ", "ADV", "NOUN"):
        return ""
    if token.lower_ in NEGATIVE_ADJECTIVES:
        return NEGATIVE_ADJECTIVES[token.lower_]
    match = NEGATIVE_PREFIX.match(token.lower_)
    return match["root"] if match and token.pos_ != "NOUN" and match["root"] in pronunciations() else ""


def _negating_no(token) -> bool:
    """'no' as a negation, not an interjection ('No, he said') nor a number label ('Colony No. 2', 'No 2')."""
    following = token.nbor(1) if token.i + 1 < len(token.doc) else None
    label = following is not None and (following.text.startswith(".") or following.like_num)
    return token.dep_ != "intj" and not label


PREDICATE_COMPLEMENTS = {"xcomp", "ccomp", "dobj", "auxpass", "nsubjpass"}  # the first three after the verb


def _negative_predicate(token) -> bool:
    """A word of NEGATIVE_PREDICATES used as a predicate: a verb with a complement or in the passive ('declined
    to comment', 'denied that...', 'refused the offer', 'was denied'), or an adjective not in front of a noun
    ('was unable to'). A noun ('a decline', 'a lack of') or a verb of change with no complement ('numbers
    declined', 'the plan failed') negates nothing."""
    if token.lemma_.lower() not in NEGATIVE_PREDICATES:
        return False
    if token.pos_ == "ADJ":
        return token.dep_ != "amod"
    return token.pos_ == "VERB" and any(child.dep_ in PREDICATE_COMPLEMENTS and (child.i > token.i or "pass" in child.dep_)
                                        for child in token.children)


def _negations(span: SpacySpan) -> Counter:
    """Negation cues per governing lemma: `not`/`never`/`no`... counted under their head's lemma; negative
    predicates (refuse, deny...) and negatively prefixed adjectives (unclear) under their own (the root's)."""
    cues: Counter = Counter()
    for token in span:
        lower = token.lower_.replace("\u2019", "'")
        if token.dep_ == "neg" or lower in NEGATORS - {"no"} or (lower == "no" and _negating_no(token)):
            cues[token.head.lemma_.lower()] += 1
        elif _negative_predicate(token):
            cues[token.lemma_.lower()] += 1
        elif root := _negative_root(token):
            cues[root] += 1
    return cues


def _negation_cue_span(span: SpacySpan, lemma: str) -> tuple[int, int] | None:
    """Characters from the first auxiliary or negation cue of the word `lemma` to that word."""
    tokens = [t for t in span if t.lemma_.lower() == lemma]
    if not tokens:
        return None
    head = tokens[0]
    cues = [t for t in head.children if t.i < head.i and (t.dep_ in ("aux", "auxpass", "neg")
                                                           or t.lower_.replace("\u2019", "'") in NEGATORS)]
    first = min([head] + cues, key=lambda t: t.i)
    return first.idx, head.idx + len(head.text)


def negation_issues(pair: Pair, view: BeadView) -> list[dict]:
    """A negation present on one side of an aligned pair and absent on the other: meaning reversed."""
    a_span, b_span = _doc_span(pair.translation, view.a_span), _doc_span(pair.original, view.b_span)
    in_a, in_b = _negations(a_span), _negations(b_span)
    total = sum(in_a.values()) - sum(in_b.values())
    if total == 0:
        return []
    issues = []
    richer, poorer = (in_b, in_a) if total < 0 else (in_a, in_b)
    lemmas = [lemma for lemma in richer if richer[lemma] > poorer.get(lemma, 0)] or ["?"]
    for lemma in lemmas[:abs(total)]:
        a_cue = _negation_cue_span(a_span, lemma) or view.a_span
        b_cue = _negation_cue_span(b_span, lemma) or view.b_span
        verb = f" on '{lemma}'" if lemma != "?" else ""
        what = "lost in the translation" if total < 0 else "added by the translation"
        explanation = (f"negation{verb} {what}: original '{pair.original.body[b_cue[0]:b_cue[1]]}' vs "
                       f"translation '{pair.translation.body[a_cue[0]:a_cue[1]]}' (meaning reversed)")
        issues.append(_issue(pair.translation, pair.original, "negation", "critical", a_cue, b_cue,
                             explanation, check="pair"))
    return issues


# ---------------------------------------------------------------------------------------------- numbers

_quantity_cache: dict[str, list] = {}


def _quantities_in(article: Article, span: tuple[int, int]) -> list[Quantity]:
    """Quantities (`analysis.numbers.find_quantities` over the whole body, once per text) inside a body span."""
    if article.sha256 not in _quantity_cache:
        _quantity_cache[article.sha256] = find_quantities(article.body, doc=nlp.parse(article))
    return [q for q in _quantity_cache[article.sha256] if span[0] <= q.start and q.end <= span[1]]


DAYS = {"year": 365.0, "month": 30.4, "week": 7.0, "day": 1.0, "hour": 1 / 24}


def _same_number(x: Quantity, y: Quantity) -> bool:
    """Two figures that state the same amount: equal values, the same duration in other units ('six months',
    '26 weeks'), or overlapping ranges when both are vague ('dozens', 'scores')."""
    if math.isclose(x.value, y.value, rel_tol=1e-9):
        return True
    if x.kind == y.kind == "duration" and x.unit in DAYS and y.unit in DAYS:
        return math.isclose(x.value * DAYS[x.unit], y.value * DAYS[y.unit], rel_tol=0.05)
    return x.vague and y.vague and _ranges_meet(x, y)


def _ranges_meet(x: Quantity, y: Quantity) -> bool:
    return not (x.high < y.low or y.high < x.low)


def _blurred(only_b: list[Quantity], only_a: list[Quantity]) -> list[tuple[Quantity, Quantity]]:
    """Pairs (original, translation) where one side states a figure and the other a vague word whose range
    holds it ('six regions' / 'several regions'): the amount kept, its precision lost or made up."""
    pairs, free = [], list(only_a)
    for q in only_b:
        p = next((p for p in free if p.vague != q.vague and _ranges_meet(p, q)), None)
        if p is not None:
            pairs.append((q, p))
            free.remove(p)
    return pairs


def number_issues(pair: Pair, view: BeadView) -> list[dict]:
    """Numbers of the original missing from the translation (changed when the translation has another number
    in its place, dropped otherwise) and numbers the translation adds."""
    in_a = _quantities_in(pair.translation, view.a_span)
    in_b = _quantities_in(pair.original, view.b_span)
    only_b = [q for q in in_b if not any(_same_number(q, p) for p in in_a)]
    only_a = [q for q in in_a if not any(_same_number(q, p) for p in in_b)]
    if not (only_a and only_b):  # 'one inmate' / 'an inmate' is no number dropped
        only_b = [q for q in only_b if q.text.lower() != "one"]
        only_a = [q for q in only_a if q.text.lower() != "one"]
    issues = []
    for q, p in _blurred(only_b, only_a):
        only_b.remove(q)
        only_a.remove(p)
        what = "made vague" if p.vague else "made precise"
        issues.append(_issue(pair.translation, pair.original, "number", "major", (p.start, p.end),
                             (q.start, q.end), f"number {what}: original '{q.text}' vs translation '{p.text}'",
                             check="pair"))
    for k, q in enumerate(only_b):
        if k < len(only_a):
            p = only_a[k]
            issues.append(_issue(pair.translation, pair.original, "number", "critical", (p.start, p.end),
                                 (q.start, q.end), f"number changed: original '{q.text}' ({q.value:g}) vs "
                                 f"translation '{p.text}' ({p.value:g})", check="pair"))
        else:
            issues.append(_issue(pair.translation, pair.original, "number", "major", view.a_span,
                                 (q.start, q.end), f"number dropped: '{q.text}' of the original is not in the "
                                 "translation", check="pair"))
    for p in only_a[len(only_b):]:
        issues.append(_issue(pair.translation, pair.original, "number", "major", (p.start, p.end),
                             view.b_span, f"number added: '{p.text}' is not in the original", check="pair"))
    return issues


# ---------------------------------------------------------------------------------------------- entities

def _plain(text: str) -> str:
    """Lowercase letters and digits, everything else a space: same length as `text`, so offsets carry over."""
    return re.sub(r"[^a-z0-9]", " ", text.lower())


DOTTED_ABBREVIATION = re.compile(r"\b(?:[A-Za-z]\.){2,}")


def _abbreviations_joined(text: str) -> str:
    """Dotted abbreviations written as one word ('U.S.' -> 'US', 'U.K.' -> 'UK'), as they are also spelled."""
    return DOTTED_ABBREVIATION.sub(lambda match: match.group().replace(".", ""), text)


def _entity_key(text: str) -> str:
    """A name reduced for comparison: lowercase words, dotted abbreviations whole, no leading 'the' nor
    possessive 's'."""
    words = _plain(_abbreviations_joined(text)).split()
    if words and words[0] == "the":
        words = words[1:]
    return " ".join(w for w in words if w != "s")


# spelling pairs that transliterations of one name swap ('Aleksei'/'Alexei', 'Prigozhin'/'Prigojine',
# 'Kharkiv'/'Harkiv', 'Olha'/'Olga'), folded before a name's consonants are compared
TRANSLITERATION_FOLDS = (("x", "ks"), ("zh", "j"), ("kh", "h"), ("h", "g"), ("w", "v"), ("ph", "f"), ("ck", "k"))


def _consonants(word: str) -> str:
    """A word's consonant skeleton once transliteration pairs are folded: 'Volodymyr' and 'Vladimir' -> 'vldmr'."""
    folded = word.lower()
    for spelling, common in TRANSLITERATION_FOLDS:
        folded = folded.replace(spelling, common)
    return re.sub(r"(.)\1+", r"\1", re.sub(r"[aeiouy]", "", folded))


def _respelled_in(name: str, article: Article, span: tuple[int, int]) -> tuple[int, int] | None:
    """The span of the words that spell each capitalized word of `name` another way inside a body span, or None.
    A counterpart is a capitalized word with the same consonants up to transliteration ('Volodymyr Zelenskyy' for
    'Vladimir Zelensky') or the same first five letters ('Ukraine' for 'Ukrainian')."""
    others = [m for m in re.finditer(r"[^\W\d_]+", article.body[span[0]:span[1]]) if m.group()[0].isupper()]
    found = []
    for word in (w for w in re.findall(r"[^\W\d_]+", name) if w[0].isupper()):
        skeleton = _consonants(word)
        match = next((m for m in others if len(skeleton) >= 2 and _consonants(m.group()) == skeleton
                      or len(word) >= 5 and m.group()[:5].lower() == word[:5].lower()), None)
        if match is None:
            return None
        found.append(match)
    if not found:
        return None
    return span[0] + min(m.start() for m in found), span[0] + max(m.end() for m in found)


@dataclass(frozen=True)
class Name:
    """A name in a body: a spaCy entity or a run of capitalized words the model did not tag."""

    text: str
    label: str
    start_char: int
    end_char: int


DATELINE_REACH = 300  # an agency credit this near the body's start belongs to its dateline
_CREDIT_CLOSE = re.compile(r"[^)\n]{0,12}\)\s*[-\u2013\u2014:]")  # the credit's closing bracket and the dash after
CAPITALIZED_RUN = re.compile(r"\b[A-Z][\w.-]*(?:(?:'s|')?(?: +(?:of|for|and|the|de|al))* +[A-Z][\w.-]*)+")


_starts_cache: dict[str, list[int]] = {}  # body -> the character offset of each token of its parse


def _token_starts(article: Article) -> list[int]:
    """Each token's character offset in the article's parse (in order), to find a stretch's tokens by bisection."""
    if article.body not in _starts_cache:
        _starts_cache[article.body] = [t.idx for t in nlp.parse(article)]
    return _starts_cache[article.body]


def _entities(article: Article, span: tuple[int, int]) -> list[Name]:
    """Names inside a body span: spaCy entities of the name labels, plus runs of two or more capitalized words
    the small model missed ('Prisoners' Rights Foundation')."""
    doc_span = _doc_span(article, span)
    names = [Name(e.text, e.label_, e.start_char, e.end_char) for e in doc_span.ents
             if e.label_ in ENTITY_LABELS and _entity_key(e.text)]
    tagged = [(e.start_char, e.end_char) for e in doc_span.ents]
    folded = article.folded[span[0]:span[1]]
    headings = [(p.start, p.end) for p in article.paragraphs if p.kind == "heading"]
    doc, starts = doc_span.doc, _token_starts(article)
    for match in CAPITALIZED_RUN.finditer(folded):
        start, end = span[0] + match.start(), span[0] + match.end()
        if any(s <= start < e for s, e in headings):
            continue  # headings are in title case: capitals there say nothing of names
        first = bisect_left(starts, start, doc_span.start, doc_span.end)
        words = (doc[k] for k in range(first, bisect_left(starts, end, first, doc_span.end)))
        # a capital that only starts the sentence ('Then Prigozhin', 'In May') is no part of the name
        word = next((t for t in words if not t.is_stop and t.pos_ in ("PROPN", "NOUN", "ADJ")), None)
        if word is None:
            continue
        start = word.idx
        if " " not in article.body[start:end] or any(s < end and start < e for s, e in tagged):
            continue
        names.append(Name(article.body[start:end], "NAME", start, end))
    return names


def _find_name(key: str, article: Article, span: tuple[int, int]) -> tuple[float, tuple[int, int]]:
    """Best fuzzy occurrence of a name key inside a body span: score 0-100 and its body span."""
    haystack = _plain(article.folded[span[0]:span[1]])
    if not key or not haystack.strip():
        return 0.0, span
    found = fuzz.partial_ratio_alignment(key, haystack)
    if found is None:
        return 0.0, span
    start, end = span[0] + found.dest_start, span[0] + found.dest_end
    body = article.body
    while start > span[0] and body[start - 1].isalnum():
        start -= 1
    if start < end < span[1] and body[end - 1].isalnum() and body[end].isalnum():
        # the match ends inside a word: finish it, or drop that last word when much of it is missing
        word_end = end + len(re.match(r"\w*", body[end:span[1]]).group())
        last_gap = re.search(r"\s\S*$", body[start:end])  # the whitespace before the match's last word
        end = word_end if word_end - end <= 3 or last_gap is None else start + last_gap.start()
    key_words = key.split()
    words = [m for m in re.finditer(r"\w+", body[start:end])
             if max(fuzz.ratio(m.group().lower(), k) for k in key_words) >= 60]
    if words:  # keep the words that resemble the name's words ('fund', not the 'said' after it)
        start, end = start + words[0].start(), start + words[-1].end()
    return found.score, (start, end)


def _is_capitalized(text: str) -> bool:
    return any(w[:1].isupper() for w in re.findall(r"[^\W\d_]+", text))


def _same_stems(key: str, matched: str) -> bool:
    """Every word of a name has a word in the match with the same first five letters (or the whole word when
    shorter): an inflection of the name ('Ukrainian'/'Ukraine's'), not a different or broken one."""
    words = _entity_key(matched).split()
    return all(any(w[:5] == k[:5] for w in words) for k in key.split() if len(k) >= 3)


@lru_cache(maxsize=64)
def _name_words(folded: str) -> str:
    """A folded body as name keys read it: its lowercase words and digits, one space apart and around."""
    return " " + " ".join(_plain(_abbreviations_joined(folded)).split()) + " "


def _known_to(article: Article, key: str) -> bool:
    """The name occurs somewhere in the article (so its absence from one sentence changes no fact)."""
    return f" {key} " in _name_words(article.folded)


def entity_issues(pair: Pair, view: BeadView, *, broken_at: float = 70.0, respelled_at: float = 85.0,
                  same_at: float = 92.0) -> list[dict]:
    """Names of the original broken, changed or dropped in the translation, and names it adds.

    A name is kept when it is found verbatim (case aside) in the translation sentence, equals a translation
    entity up to word order ('Defense Ministry' / 'Ministry of Defense') or differs only by inflection. A close
    but unequal match (fuzzy score from `broken_at`), or a close match that lost its capitals (a proper name
    turned into common words) or gained punctuation, is a broken name (major); a match from `respelled_at`
    that kept its capitals is the name spelled another way (minor: 'Aleksei' for 'Alexei'), and so is a name
    whose every word has a counterpart spelled alike up to transliteration ('Vladimir Zelensky' as 'Volodymyr
    Zelenskyy'); a translation name so spelled in the original is no name added. A name missing
    altogether is major when the other article never names it (a fact changed), minor when it does (a pronoun
    or rewording in this sentence). A name dropped and another of a like kind added in one sentence are one
    finding, the name replaced ('Justice Ministry' rendered as 'Justice Department'); an agency's credit in a
    dateline ('KYIV (AP) -') is provenance, not wording, and is not compared."""
    issues, dropped = [], []
    a_entities = _entities(pair.translation, view.a_span)
    b_entities = _entities(pair.original, view.b_span)
    for ent in b_entities:
        key = _entity_key(ent.text)
        if any(fuzz.token_set_ratio(key, _entity_key(e.text)) >= same_at for e in a_entities):
            continue
        score, found = _find_name(key, pair.translation, view.a_span)
        matched = pair.translation.body[found[0]:found[1]]
        reference = (ent.start_char, ent.end_char)
        capitals_lost = _is_capitalized(ent.text) and not _is_capitalized(matched)
        if score >= broken_at and not capitals_lost and (score >= same_at or _same_stems(key, matched)):
            continue
        respelled = not capitals_lost and score >= respelled_at and not re.search(r"[.,;:]", matched)
        if not respelled and (other_spelling := _respelled_in(ent.text, pair.translation, view.a_span)):
            found, matched, respelled = other_spelling, pair.translation.body[slice(*other_spelling)], True
            if _same_stems(key, matched):
                continue  # inflected ('Ukrainian' / 'Ukraine'), not spelled another way
        if respelled:
            issues.append(_issue(pair.translation, pair.original, "entity", "minor", found, reference,
                                 f"name spelled differently: {ent.label} '{ent.text}' as '{matched}' "
                                 "(transliteration or typo)", check="pair"))
        elif score >= broken_at:
            issues.append(_issue(pair.translation, pair.original, "entity", "major", found, reference,
                                 f"name broken: {ent.label} '{ent.text}' rendered as '{matched}'"
                                 + (" (capitals lost: read as common words)" if capitals_lost else ""),
                                 check="pair"))
        else:
            dropped.append(ent)
    added = []
    for ent in a_entities:
        if ent.label == "NAME":
            continue  # a capitalized run of the translation may be a machine translation's stray capitals
        key = _entity_key(ent.text)
        if any(fuzz.token_set_ratio(key, _entity_key(e.text)) >= same_at for e in b_entities):
            continue
        score, found = _find_name(key, pair.original, view.b_span)
        if score < broken_at and not _respelled_in(ent.text, pair.original, view.b_span):
            added.append(ent)
    dropped = [e for e in dropped if not _dateline_credit(pair.original, e)]
    added = [e for e in added if not _dateline_credit(pair.translation, e)]
    replacements = _replacements(dropped, added)
    for old, new in replacements:
        known = _known_to(pair.translation, _entity_key(old.text)) and _known_to(pair.original, _entity_key(new.text))
        issues.append(_issue(pair.translation, pair.original, "entity", "minor" if known else "major",
                             (new.start_char, new.end_char), (old.start_char, old.end_char),
                             f"name replaced: {old.label} '{old.text}' rendered as {new.label} '{new.text}'"
                             + (" (both named elsewhere in the other text)" if known else ""), check="pair"))
    replaced = {id(e) for both in replacements for e in both}
    for ent in (e for e in dropped if id(e) not in replaced):
        known = _known_to(pair.translation, _entity_key(ent.text))
        issues.append(_issue(pair.translation, pair.original, "entity", "minor" if known else "major",
                             view.a_span, (ent.start_char, ent.end_char),
                             f"name dropped: {ent.label} '{ent.text}' not in this sentence of the "
                             f"translation{' (named elsewhere in it)' if known else ' nor anywhere in it'}",
                             check="pair"))
    for ent in (e for e in added if id(e) not in replaced):
        known = _known_to(pair.original, _entity_key(ent.text))
        issues.append(_issue(pair.translation, pair.original, "entity", "minor" if known else "major",
                             (ent.start_char, ent.end_char), view.b_span,
                             f"name added: {ent.label} '{ent.text}' is not in this sentence of the "
                             f"original{' (named elsewhere in it)' if known else ' nor anywhere in it'}",
                             check="pair"))
    return issues


def _dateline_credit(article: Article, name: Name) -> bool:
    """The name is an agency's credit in a dateline near the body's start: 'KYIV, Ukraine (AP) -', '(AFP/dpa):'."""
    before = article.body[max(0, name.start_char - 2):name.start_char]
    after = article.body[name.end_char:name.end_char + 16]
    return name.start_char < DATELINE_REACH and before.rstrip().endswith("(") and \
        bool(_CREDIT_CLOSE.match(after))


def _replacements(dropped: list[Name], added: list[Name]) -> list[tuple[Name, Name]]:
    """Pairs (dropped, added) of names of a like kind, in their order in the sentence: each name in one pair at
    most. A capitalized run the parser gave no label ('NAME') pairs with any label."""
    pairs, free = [], list(added)
    for old in dropped:
        new = next((e for e in free if _like_kinds(old.label, e.label)), None)
        if new is not None:
            pairs.append((old, new))
            free.remove(new)
    return pairs


def _like_kinds(x: str, y: str) -> bool:
    return x == y or "NAME" in (x, y) or {x, y} <= {"GPE", "LOC"}


# ---------------------------------------------------------------------------------------------- terms

@dataclass(frozen=True)
class Term:
    term: str
    group: str
    kind: str
    often_mistaken_for: str


@lru_cache(maxsize=1)
def term_lexicon() -> tuple[Term, ...]:
    """The confusable-terms lexicon `data/translation_terms.csv` (term, group, class, often_mistaken_for):
    terms of one group are synonyms; two groups of one class name different institutions or processes."""
    with resources.files("analysis.data").joinpath("translation_terms.csv").open(encoding="utf-8") as f:
        return tuple(Term(r["term"].lower(), r["group"], r["class"], r["often_mistaken_for"])
                     for r in csv.DictReader(f))


@lru_cache(maxsize=1)
def _term_pattern() -> re.Pattern:
    terms = sorted({t.term for t in term_lexicon()}, key=len, reverse=True)
    alternatives = "|".join(re.escape(t).replace(r"\ ", r"\s+") for t in terms)
    return re.compile(rf"\b(?:{alternatives})(?:s|es)?\b", re.IGNORECASE)


@dataclass(frozen=True)
class TermHit:
    term: Term
    start: int
    end: int


def find_terms(text: str, *, offset: int = 0) -> list[TermHit]:
    """Lexicon terms in a text (longest match first, plural allowed), with offsets shifted by `offset`."""
    by_term = {t.term: t for t in term_lexicon()}
    hits = []
    for match in _term_pattern().finditer(text):
        word = re.sub(r"\s+", " ", match.group().lower())
        term = by_term.get(word) or by_term.get(re.sub(r"e?s$", "", word)) or by_term.get(word[:-1])
        if term is not None:
            hits.append(TermHit(term, match.start() + offset, match.end() + offset))
    return hits


def _surplus(hits: list[TermHit], others: list[TermHit]) -> list[TermHit]:
    """The hits of each group beyond the number of that group's hits in `others` (the last ones)."""
    have = Counter(h.term.group for h in others)
    seen: Counter = Counter()
    surplus = []
    for hit in hits:
        seen[hit.term.group] += 1
        if seen[hit.term.group] > have[hit.term.group]:
            surplus.append(hit)
    return surplus


def _term_hits(article: Article, span: tuple[int, int]) -> list[TermHit]:
    """Lexicon terms in a body span that name something themselves: a term whose last word is used as an
    adjective in front of another noun ('military' in 'private military group' or 'military analysts') is part
    of a longer phrase and names no institution."""
    doc = nlp.parse(article)
    hits = []
    for hit in find_terms(article.folded[span[0]:span[1]], offset=span[0]):
        tokens = doc.char_span(hit.start, hit.end, alignment_mode="expand")
        if tokens is not None and len(tokens) and tokens[-1].pos_ == "ADJ" and tokens[-1].dep_ == "amod":
            continue
        hits.append(hit)
    return hits


def term_issues(pair: Pair, view: BeadView) -> list[dict]:
    """A term of the original whose group is missing from the translation while the translation has a term of
    another group of the same class not in the original: one institution or process put for another."""
    a_hits = _term_hits(pair.translation, view.a_span)
    b_hits = _term_hits(pair.original, view.b_span)
    lost, gained = _surplus(b_hits, a_hits), _surplus(a_hits, b_hits)
    issues, used = [], set()
    for b_hit in lost:
        for k, a_hit in enumerate(gained):
            if k in used or a_hit.term.kind != b_hit.term.kind:
                continue
            used.add(k)
            issues.append(_issue(
                pair.translation, pair.original, "term", "major", (a_hit.start, a_hit.end),
                (b_hit.start, b_hit.end),
                f"term mistranslated ({b_hit.term.kind}): original '{pair.original.body[b_hit.start:b_hit.end]}'"
                f" ({b_hit.term.group}) rendered as '{pair.translation.body[a_hit.start:a_hit.end]}' "
                f"({a_hit.term.group})", check="pair"))
            break
    return issues


def _lexicon_group(lemma: str) -> Term | None:
    return next((t for t in term_lexicon() if t.term == lemma), None)


@dataclass(frozen=True)
class Chunk:
    """A noun chunk headed by a common noun: its tokens, its slot (governing lemma, relation), its head's lemma."""

    start: int       # token positions in the doc
    end: int
    slot: tuple[str, str]
    head: str
    start_char: int
    end_char: int
    text: str


_chunk_cache: dict[str, list[Chunk]] = {}  # body -> its chunks


def _noun_chunks(article: Article, tokens: SpacySpan) -> list[Chunk]:
    """The noun chunks headed by a common noun inside a span of the article's parse (spaCy's `Span.noun_chunks`,
    whose chunks of the whole doc are found once per text here, not once per span)."""
    if article.body not in _chunk_cache:
        _chunk_cache[article.body] = [
            Chunk(c.start, c.end, (c.root.head.lemma_.lower(), c.root.dep_), c.root.lemma_.lower(), c.start_char,
                  c.end_char, c.text) for c in nlp.parse(article).noun_chunks if c.root.pos_ == "NOUN"]
    return [c for c in _chunk_cache[article.body] if c.start >= tokens.start and c.end <= tokens.end]


def head_noun_issues(pair: Pair, view: BeadView) -> list[dict]:
    """Noun phrases in the same grammatical slot (same governing word, same relation) whose head nouns differ
    and are not synonyms by the lexicon, when neither head occurs anywhere in the other sentence: wording
    changed (a minor term issue); two institutions or processes of the lexicon are a major one (`term_issues`)."""
    a_span, b_span = _doc_span(pair.translation, view.a_span), _doc_span(pair.original, view.b_span)
    a_lemmas = {t.lemma_.lower() for t in a_span}
    b_lemmas = {t.lemma_.lower() for t in b_span}
    a_slots = {c.slot: c for c in _noun_chunks(pair.translation, a_span)}
    issues = []
    for chunk in _noun_chunks(pair.original, b_span):
        other = a_slots.get(chunk.slot)
        if other is None:
            continue
        b_head, a_head = chunk.head, other.head
        if b_head in a_lemmas or a_head in b_lemmas or _near_word(a_head, b_head) \
                or a_head.startswith(b_head) or b_head.startswith(a_head):
            continue  # the same word, a spelling or a clipping of it ('ad'/'advertisement')
        b_term, a_term = _lexicon_group(b_head), _lexicon_group(a_head)
        if b_term and a_term and (b_term.group == a_term.group or b_term.kind == a_term.kind):
            continue  # synonyms, or a term error `term_issues` reports
        issues.append(_issue(pair.translation, pair.original, "term", "minor",
                             (other.start_char, other.end_char), (chunk.start_char, chunk.end_char),
                             f"head noun changed: '{chunk.text}' rendered as '{other.text}'", check="pair"))
    return issues


# ---------------------------------------------------------------------------------------------- punctuation

def punctuation_issues(pair: Pair, view: BeadView) -> list[dict]:
    """Punctuation artifacts of the translation sentence that its original does not have."""
    a_text = pair.translation.folded[view.a_span[0]:view.a_span[1]]
    b_text = pair.original.folded[view.b_span[0]:view.b_span[1]]
    in_b = {description.split(":")[0] for _, _, description in punctuation_artifacts(b_text)}
    issues = []
    for start, end, description in punctuation_artifacts(a_text):
        if description.split(":")[0] in in_b and "run" in description:
            continue
        issues.append(_issue(pair.translation, pair.original, "punctuation", "minor",
                             (view.a_span[0] + start, view.a_span[0] + end), view.b_span,
                             f"{description} (not in the original)", check="pair"))
    return issues


# ---------------------------------------------------------------------------------------------- omissions

def content_issues(pair: Pair, view: BeadView, *, partial_ratio: float = 0.6, min_words: int = 6) -> list[dict]:
    """Whole sentences omitted or added inside the shared stretch, and aligned pairs where one side is much
    shorter (a clause left out or made up)."""
    bead = view.bead
    if bead.kind == "omission":
        return [_issue(pair.translation, pair.original, "omission", "major", None, view.b_span,
                       "sentence of the original left out of the translation", check="pair")]
    if bead.kind == "addition":
        return [_issue(pair.translation, pair.original, "addition", "major", view.a_span, None,
                       "sentence of the translation with no counterpart in the original", check="pair")]
    a_words = len(pair.translation.body[view.a_span[0]:view.a_span[1]].split())
    b_words = len(pair.original.body[view.b_span[0]:view.b_span[1]].split())
    if a_words < partial_ratio * b_words and b_words - a_words >= min_words:
        return [_issue(pair.translation, pair.original, "omission", "major", view.a_span, view.b_span,
                       f"part of the sentence left out: {a_words} words for the original's {b_words}",
                       check="pair")]
    if b_words < partial_ratio * a_words and a_words - b_words >= min_words:
        return [_issue(pair.translation, pair.original, "addition", "major", view.a_span, view.b_span,
                       f"content added: {a_words} words for the original's {b_words}", check="pair")]
    return dropped_phrase_issues(pair, view)


CONTENT_POS = {"NOUN", "PROPN", "VERB", "ADJ", "NUM", "ADV"}


def _unmatched_content(span: SpacySpan, other: SpacySpan) -> list:
    """Content words of `span` whose lemma occurs nowhere in `other`."""
    lemmas = {t.lemma_.lower() for t in other}
    return [t for t in span if t.pos_ in CONTENT_POS and not t.is_stop and t.lemma_.lower() not in lemmas]


def _lone_runs(span: SpacySpan, other: SpacySpan, *, min_run: int, min_net: int) -> list[tuple[int, int]]:
    """Character spans of runs of at least `min_run` content words of `span` that `other` lacks altogether
    (function words may sit between them, no content word `other` has), when `span` lacks at least `min_net`
    more content words than `other` does."""
    lone = _unmatched_content(span, other)
    if len(lone) - len(_unmatched_content(other, span)) < min_net:
        return []
    lone_at = {t.i for t in lone}
    runs, run = [], []
    for token in span:
        if token.i in lone_at:
            run.append(token)
        elif (token.pos_ in CONTENT_POS and not token.is_stop) or (token.is_sent_start and run):
            runs.append(run)
            run = []
    runs.append(run)
    return [(r[0].idx, r[-1].idx + len(r[-1].text)) for r in runs if len(r) >= min_run]


def dropped_phrase_issues(pair: Pair, view: BeadView, *, min_run: int = 3, min_net: int = 2) -> list[dict]:
    """A phrase of the original left out of an aligned sentence, or one the translation adds: a run of content
    words the other side lacks altogether, when that side lacks clearly more content words than it adds (see
    `_lone_runs`). A paraphrase swaps about as many words each way ('pulling out all the stops' / 'doing
    everything they can'); a dropped clause ('according to the wife of one inmate') leaves nothing in
    exchange."""
    a_span, b_span = _doc_span(pair.translation, view.a_span), _doc_span(pair.original, view.b_span)
    issues = []
    for start, end in _lone_runs(b_span, a_span, min_run=min_run, min_net=min_net):
        issues.append(_issue(pair.translation, pair.original, "omission", "major", view.a_span, (start, end),
                             f"phrase of the original left out: '{pair.original.body[start:end]}' has no "
                             "counterpart in the translation", check="pair"))
    for start, end in _lone_runs(a_span, b_span, min_run=min_run, min_net=min_net):
        issues.append(_issue(pair.translation, pair.original, "addition", "major", (start, end), view.b_span,
                             f"phrase added by the translation: '{pair.translation.body[start:end]}' has no "
                             "counterpart in the original", check="pair"))
    return issues


# ---------------------------------------------------------------------------------------------- pair

def _overlaps(x: dict, y: dict, side: str) -> bool:
    start, end = ("start", "end") if side == "a" else ("reference_start", "reference_end")
    if x[start] is None or y[start] is None:
        return False
    return x[start] < y[end] and y[start] < x[end]


def pair_issues(pair: Pair, views: list[BeadView]) -> list[dict]:
    """All divergences of a pair over its shared stretch (terms take precedence over the entity check when
    both point at the same words)."""
    issues: list[dict] = []
    for view in views:
        issues += content_issues(pair, view)
        if not view.bead.aligned:
            continue
        terms = term_issues(pair, view)
        entities = [e for e in entity_issues(pair, view)
                    if not any(_overlaps(e, t, "a") or _overlaps(e, t, "b") for t in terms)]
        issues += negation_issues(pair, view) + number_issues(pair, view) + terms + entities
        issues += [w for w in head_noun_issues(pair, view)
                   if not any(_overlaps(w, t, "a") or _overlaps(w, t, "b") for t in terms)]
        issues += punctuation_issues(pair, view)
    return issues


def alignment_rows(pair: Pair, views: list[BeadView]) -> list[dict]:
    rows = []
    for view in views:
        a_text = " ".join(s.text for s in view.a_sents)
        b_text = " ".join(s.text for s in view.b_sents)
        scores = score_pair(a_text, b_text) if view.bead.aligned else {"chrf": None, "bleu": None, "ter": None}
        rows.append({
            "pair": pair.name, "a_id": pair.translation.article_id, "b_id": pair.original.article_id,
            "a_index": "+".join(str(s.index) for s in view.a_sents),
            "b_index": "+".join(str(s.index) for s in view.b_sents),
            "a_text": a_text, "b_text": b_text, **scores, "kind": view.bead.kind,
            "a_start": view.a_span[0] if view.a_span else None, "a_end": view.a_span[1] if view.a_span else None,
            "b_start": view.b_span[0] if view.b_span else None, "b_end": view.b_span[1] if view.b_span else None,
        })
    return rows


# ---------------------------------------------------------------------------------------------- reference-free

@lru_cache(maxsize=1)
def phrase_list() -> tuple[tuple[str, str], ...]:
    """Fixed phrases (`data/translation_phrases.csv`: phrase, kind 'idiom', 'name' or 'person') whose near
    misses betray a machine translation ('mud through' for 'muddle through', 'Center for Naval Analyzes')."""
    with resources.files("analysis.data").joinpath("translation_phrases.csv").open(encoding="utf-8") as f:
        return tuple((r["phrase"], r["kind"]) for r in csv.DictReader(f))


def _words_with_spans(text: str) -> list[tuple[str, int, int]]:
    return [(m.group().lower(), m.start(), m.end()) for m in re.finditer(r"[\w'.]*\w", text)]


def _inflection(x: str, y: str) -> bool:
    """Two words that differ only by an English inflection (pull/pulled, line/lines, dig/digging)."""
    short, long = sorted((x, y), key=len)
    if not long.startswith(short[:-1] if short.endswith("e") else short):
        return False
    rest = long[len(short):] if long.startswith(short) else long[len(short) - 1:]
    return rest in ("", "s", "es", "d", "ed", "ing", "'s") or (rest[:1] == short[-1:] and rest[1:] in ("ed", "ing"))


def _near_word(x: str, y: str) -> bool:
    """A word that could be a garbled form of another: close spelling or a cut-off of it ('mud'/'muddle')."""
    if min(len(x), len(y)) >= 3 and (x.startswith(y) or y.startswith(x)):
        return True
    return fuzz.ratio(x, y) >= 70


def broken_phrases(text: str, *, min_score: float = 80.0) -> list[tuple[int, int, str, str]]:
    """Near misses of listed idioms and names: word n-grams as long as the phrase that match it closely but
    differ in a word that is not an inflection of the phrase's word. (start, end, phrase, kind)."""
    words = _words_with_spans(text)
    at_initial: dict[str, list[int]] = {}  # first letter -> positions of the words starting with it
    for k, (word, _, _) in enumerate(words):
        at_initial.setdefault(word[0], []).append(k)
    found = []
    for phrase, kind in phrase_list():
        target = [w.lower() for w in re.findall(r"[\w'.]*\w", phrase)]
        n = len(target)
        if n < 2 and kind == "idiom":
            continue
        last = len(words) - n  # the last window's start
        # windows whose first word starts like the phrase's first word, or whose last like its last
        starts = {k for k in at_initial.get(target[0][0], []) if k <= last}
        starts.update(k - n + 1 for k in at_initial.get(target[-1][0], []) if 0 <= k - n + 1 <= last)
        for k in sorted(starts):
            window = words[k:k + n]
            grams = [w for w, _, _ in window]
            if all(_inflection(g, t) for g, t in zip(grams, target)):
                continue
            if fuzz.ratio(" ".join(grams), " ".join(target)) < min_score:
                continue
            differing = [(g, t) for g, t in zip(grams, target) if not _inflection(g, t)]
            if len(differing) > 1 or not all(_near_word(g, t) for g, t in differing):
                continue
            found.append((window[0][1], window[-1][2], phrase, kind))
    return found


def _person_variant(x: str, y: str) -> bool:
    """Two person names that look like transliterations of one name (same surname up to spelling)."""
    xs, ys = x.split(), y.split()
    if x == y or not xs or not ys:
        return False
    last = fuzz.ratio(xs[-1], ys[-1])
    if len(xs) > 1 and len(ys) > 1:
        return last >= 80 and xs[-1][0] == ys[-1][0] and fuzz.ratio(xs[0], ys[0]) >= 60
    return 80 <= last < 100 and xs[-1][0] == ys[-1][0] and min(len(xs[-1]), len(ys[-1])) >= 5


def _place_variant(x: str, y: str) -> bool:
    if x == y or x.startswith(y) or y.startswith(x) or min(len(x), len(y)) < 5:
        return False
    return fuzz.ratio(x, y) >= 80 and x[0] == y[0]


def _organisation_variant(x: str, y: str) -> bool:
    """Two organisation names one or two letters apart ('Center for Naval Analyses' / 'Analyzes')."""
    if x == y or min(len(x), len(y)) < 8 or x.startswith(y) or y.startswith(x):
        return False
    return fuzz.ratio(x, y) >= 90 and len(x.split()) == len(y.split())


def spelling_variants(corpus: Corpus) -> list[dict]:
    """Names spelled differently across the corpus (transliteration variants): PERSON names with the same
    surname up to spelling, GPE/LOC names one or two letters apart, ORG names of as many words 90% alike.
    One record per article and spelling as written: article, span (its first occurrence), the spelling, and the
    other spellings (as first written) with the articles that use them."""
    spellings: dict[tuple[str, str], list[tuple[Article, int, int, str]]] = {}
    for article in corpus.analysable:
        for ent in nlp.parse(article).ents:
            label = {"PERSON": "PERSON", "GPE": "PLACE", "LOC": "PLACE", "ORG": "ORG"}.get(ent.label_)
            if label is None:
                continue
            key = _entity_key(ent.text)
            if label == "PERSON" and key.endswith(" s"):
                key = key[:-2]
            if key:
                spellings.setdefault((label, key), []).append((article, ent.start_char, ent.end_char, ent.text))
    close = _close_spellings(sorted(spellings))
    own = _versions_own_spellings(spellings, close, relations.originals(corpus.relations))
    records: dict[tuple[str, str], dict] = {}  # (article id, spelling as written) -> its record
    for label_x, x, y in close:
        for mine, other in ((x, y), (y, x)):
            where = sorted({a.article_id for a, *_ in spellings[(label_x, other)]} - own.get((label_x, other), set()))
            if not where:
                continue  # the other spelling is only a version's departure from its original: not a reference
            written = spellings[(label_x, other)][0][3]
            for article, start, end, text in spellings[(label_x, mine)]:
                record = records.setdefault((article.article_id, text), {
                    "article": article, "span": (start, end), "text": text, "others": []})
                if written not in (o for o, _ in record["others"]):
                    record["others"].append((written, where))
    return list(records.values())


def _where(article_ids: list[str], article: Article) -> str:
    """Where another spelling occurs, this article named as such: 'here, 004', 'in 002'."""
    others = [a for a in article_ids if a != article.article_id]
    return ", ".join((["here"] if article.article_id in article_ids else []) + (
        [f"in {', '.join(others)}"] if others else []))


def _versions_own_spellings(spellings: dict, close: list[tuple[str, str, str]],
                            derived_from: dict[str, tuple[str, str]]) -> dict[tuple[str, str], set[str]]:
    """(label, spelling) -> the versions that spell a name so where their original spells it otherwise (one of
    its close variants, never this one): the version's own departure, reported in the version itself but never
    offered to another article as the name's other spelling."""
    keys_of: dict[str, set[tuple[str, str]]] = {}
    for name, hits in spellings.items():
        for article, *_ in hits:
            keys_of.setdefault(article.article_id, set()).add(name)
    variants_of: dict[tuple[str, str], set[tuple[str, str]]] = {}
    for label, x, y in close:
        variants_of.setdefault((label, x), set()).add((label, y))
        variants_of.setdefault((label, y), set()).add((label, x))
    own: dict[tuple[str, str], set[str]] = {}
    for name, variants in variants_of.items():
        for article, *_ in spellings[name]:
            original = derived_from.get(article.article_id, ("",))[0]
            theirs = keys_of.get(original, set())
            if name not in theirs and variants & theirs:
                own.setdefault(name, set()).add(article.article_id)
    return own


def _close_spellings(keys: list[tuple[str, str]], *, prefilter: float = 50.0) -> list[tuple[str, str, str]]:
    """Pairs of names of one label that pass the label's variant test; a fast fuzzy ratio (rapidfuzz `cdist`)
    first leaves out the pairs too different to be variants, so large corpora stay quick."""
    close = []
    for label in sorted({label for label, _ in keys}):
        names = [key for lab, key in keys if lab == label]
        if len(names) < 2:
            continue
        test = {"PERSON": _person_variant, "PLACE": _place_variant}.get(label, _organisation_variant)
        ratios = cdist(names, names, scorer=fuzz.ratio, score_cutoff=prefilter)
        for i, j in zip(*ratios.nonzero()):
            if i < j and test(names[i], names[j]):
                close.append((label, names[i], names[j]))
    return close


TIME_WORDS = {"day", "week", "month", "year"}


def bare_time_words(article: Article) -> list:
    """Singular time nouns used as adverbs or objects with nothing to fix them ('a statement his
    representatives sent month released'): English needs 'last month', 'this week', 'a year'. Repetitions
    ('day by day', 'month after month') and compounds ('month-long') are fine."""
    doc = nlp.parse(article)
    found = []
    for token in doc:
        if token.lemma_.lower() not in TIME_WORDS or token.tag_ != "NN" or token.dep_ not in ("npadvmod", "dobj"):
            continue
        following = doc[token.i + 1] if token.i + 1 < len(doc) else None
        if any(True for _ in token.children) or (following is not None and (
                following.text == "-" or following.lower_ in ("after", "by", "to", "over", "-long"))):
            continue
        found.append(token)
    return found


PHRASE_FINDING = {"idiom": ("broken_idiom", "minor", "broken idiom"),
                  "name": ("garbled_name", "major", "garbled name"),
                  "person": ("spelling_variant", "minor", "unusual spelling of a name")}


def capitalized_names(corpus: Corpus) -> dict[str, tuple[str, str]]:
    """Names of two or more words written with capitals somewhere in the corpus: key -> (spelling, article)."""
    names: dict[str, tuple[str, str]] = {}
    for article in corpus.analysable:
        for name in _entities(article, (0, len(article.body))):
            key = _entity_key(name.text)
            if len(key.split()) >= 2 and all(len(w) >= 3 for w in key.split()) and _is_capitalized(name.text):
                names.setdefault(key, (name.text, article.article_id))
    return names


def lowercased_names(article: Article, names: dict[str, tuple[str, str]]) -> list[tuple[int, int, str, str]]:
    """Places where the article writes a corpus name without any capital ('the conscript school' where another
    article has 'the Conscript's School'): a name turned into common words. (start, end, spelling, article)."""
    plain = _plain(article.folded)
    present = set(plain.split())  # a key matches only where each of its words stands whole
    generic = {_entity_key(t.term) for t in term_lexicon()}  # 'defense ministry' may be written in lowercase
    found = []
    for key, (spelling, where) in names.items():
        if key in generic or not present.issuperset(key.split()):
            continue
        pattern = r"\b" + r"\s+".join(re.escape(w) for w in key.split()) + r"\b"
        for match in re.finditer(pattern, plain):
            if not _is_capitalized(article.body[match.start():match.end()]):
                found.append((match.start(), match.end(), spelling, where))
    return found


def reference_free_issues(article: Article, *, variants: list[dict],
                          names: dict[str, tuple[str, str]]) -> list[dict]:
    """Signs of machine translation readable without an original, anywhere in the article."""
    issues = []
    body, folded = article.body, article.folded
    heading_paragraphs = {p.index for p in article.paragraphs if p.kind == "heading"}
    for sentence in article.sentences:
        if sentence.paragraph in heading_paragraphs:
            continue
        text = folded[sentence.start:sentence.end]
        for start, end, description in punctuation_artifacts(text):
            issues.append(_issue(article, None, "punctuation", "minor",
                                 (sentence.start + start, sentence.start + end), None, description,
                                 check="reference-free"))
        first = re.search(r"[^\W_]", text)
        if first and first.group().islower() and not re.match(r"[a-z]+[A-Z]", text[first.start():]):
            issues.append(_issue(article, None, "fragment", "minor", (sentence.start, sentence.end), None,
                                 "sentence fragment: starts with a lowercase word (a stray full stop before it)",
                                 check="reference-free"))
    for token in bare_time_words(article):
        issues.append(_issue(article, None, "fragment", "minor", (token.idx, token.idx + len(token.text)), None,
                             f"'{token.text}' stands bare, with no 'last', 'this' or 'a': a word was probably "
                             f"dropped ('...{body[max(0, token.idx - 30):token.idx + len(token.text) + 10]}...')",
                             check="reference-free"))
    for paragraph, following in with_next_text(article.paragraphs):
        continued = following is not None and fold(following.text)[:1] == '"'
        if paragraph.is_duplicate:
            issues.append(_issue(article, None, "repeated_paragraph", "minor", (paragraph.start, paragraph.end),
                                 None, f"paragraph repeats paragraph {paragraph.duplicate_of}",
                                 check="reference-free"))
        elif paragraph.kind != "heading" and not continued and (problem := unbalanced_quotes(paragraph.text)):
            issues.append(_issue(article, None, "punctuation", "minor", (paragraph.start, paragraph.end), None,
                                 problem, check="reference-free"))
    for start, end, phrase, kind in broken_phrases(folded):
        category, severity, what = PHRASE_FINDING[kind]
        issues.append(_issue(article, None, category, severity, (start, end), None,
                             f"{what}: '{body[start:end]}' for '{phrase}'", check="reference-free"))
    for start, end, spelling, where in lowercased_names(article, names):
        issues.append(_issue(article, None, "garbled_name", "minor", (start, end), None,
                             f"name written as common words: '{body[start:end]}' for '{spelling}' "
                             f"(so written in {where})", check="reference-free"))
    issues += _inconsistent_terms(article)
    for variant in variants:
        if variant["article"] is article:
            issues.append(_issue(article, None, "spelling_variant", "minor", variant["span"], None,
                                 f"'{variant['text']}' is also spelled " + ", ".join(
                                     f"'{other}' ({_where(where, article)})" for other, where in variant["others"]),
                                 check="reference-free"))
    for removed in getattr(article, "removed", []):
        if removed.reason == "machine-translation disclaimer":
            issues.append(_issue(article, None, "mt_disclaimer", "neutral", None, None,
                                 f"line {removed.line} says the text is machine translated: '{removed.text}'",
                                 check="reference-free"))
    return issues


def _inconsistent_terms(article: Article) -> list[dict]:
    """A term the lexicon knows as a frequent mistranslation of another used in an article that also uses
    that other term: one institution named two ways ('Defense Department' beside 'Ministry of Defense')."""
    hits = _term_hits(article, (0, len(article.body)))
    groups = {h.term.group for h in hits}
    issues = []
    for hit in hits:
        target = hit.term.often_mistaken_for
        if target and target in groups:
            issues.append(_issue(article, None, "inconsistent_term", "major", (hit.start, hit.end), None,
                                 f"'{article.body[hit.start:hit.end]}' ({hit.term.group}) used in an article that "
                                 f"also says {target}: likely a mistranslation of it", check="reference-free"))
    return issues


# ---------------------------------------------------------------------------------------------- entry point

PAIR_CATEGORY = {"inconsistent_term": "term", "garbled_name": "entity", "spelling_variant": "entity"}


def _keep_reference_free(issue: dict, pair_found: list[dict]) -> bool:
    """Drop a reference-free finding already made on the same words by a pair check."""
    category = PAIR_CATEGORY.get(issue["category"], issue["category"])
    return not any(other["article_id"] == issue["article_id"] and other["category"] == category
                   and _overlaps(issue, other, "a") for other in pair_found)


NUMBER_FLAG_SEVERITY = {"order_of_magnitude": "major", "same_date_and_source_differ": "minor"}


def implausible_number_issues(article: Article, number_flags: pd.DataFrame) -> list[dict]:
    """The numbers analysis's flags on this article that point at an error rather than a difference of date or
    source: a figure orders of magnitude off the same quantity elsewhere (major), or one that disagrees with
    the same source at the same date (minor)."""
    if number_flags.empty:
        return []
    mine = number_flags[(number_flags["article_id"] == article.article_id)
                        & number_flags["flag"].isin(list(NUMBER_FLAG_SEVERITY))]
    mine = mine.drop_duplicates(subset=["flag", "start", "end"])
    return [_issue(article, None, "implausible_number", NUMBER_FLAG_SEVERITY[row.flag],
                   (int(row.start), int(row.end)) if pd.notna(row.start) else None, None,
                   f"{row.flag.replace('_', ' ')}: {row.explanation}", check="reference-free")
            for row in mine.itertuples()]


def analyse(corpus: Corpus, *, include_same_story: bool = True,
            number_flags: pd.DataFrame | None = None, map_each: Callable = each) -> TranslationResult:
    """Align every translation pair, find divergences, run the reference-free checks, score readability.

    `number_flags`: the numbers analysis's flags (`analysis.numbers.analyse(corpus).flags`), computed when None.
    `map_each(function, items)` compares the pairs, each on its own (e.g. over several processes:
    `analysis.parallel`), returning the results in order.
    """
    if number_flags is None:
        number_flags = numbers.analyse(corpus).flags
    pairs = translation_pairs(corpus, include_same_story=include_same_story)
    alignment, issues, pair_rows = [], [], []
    shared: dict[str, list[tuple[int, int]]] = {}
    for pair, compared in zip(pairs, map_each(compare_pair, pairs)):
        if compared is None:
            continue
        rows, found, pair_row, span = compared
        alignment += rows
        issues += found
        pair_rows.append(pair_row)
        if span is not None:
            shared.setdefault(pair.translation.article_id, []).append(span)
    variants, names = spelling_variants(corpus), capitalized_names(corpus)
    translated_ids = {p.translation.article_id for p in pairs}
    pair_found: dict[str, list[dict]] = {}  # article -> the pair checks' findings on it
    for issue in issues:
        pair_found.setdefault(issue["article_id"], []).append(issue)
    flags_of = _by_value(number_flags, "article_id")
    for article in corpus.analysable:
        flagged = article.value("translation_status") == "machine_translation"
        if not flagged and article.article_id not in translated_ids:
            continue
        found = reference_free_issues(article, variants=variants, names=names)
        found += implausible_number_issues(article, flags_of.get(article.article_id, number_flags.iloc[:0]))
        if not flagged:  # a translation not flagged as machine-made: only the part with no original
            found = [i for i in found if i["start"] is None or not any(
                s <= i["start"] < e for s, e in shared.get(article.article_id, []))]
        issues += [i for i in found if _keep_reference_free(i, pair_found.get(article.article_id, []))]
    issues_table = _issues_table(issues)
    alignment_table = pd.DataFrame(alignment, columns=ALIGNMENT_COLUMNS)
    pairs_table = pd.DataFrame(pair_rows, columns=PAIR_COLUMNS)
    readability = readability_table(corpus)
    scorecard = scorecard_table(corpus, pairs_table, issues_table, readability)
    return TranslationResult(alignment_table, issues_table, readability, scorecard, pairs_table,
                             pair_readability_table(corpus, pairs_table))


def compare_pair(pair: Pair) -> tuple[list[dict], list[dict], dict, tuple[int, int] | None] | None:
    """One pair aligned and compared: its alignment rows, its issues, its row of `pairs` and the stretch of the
    translation it shares with the original; None for a rewrite that is not translation-like (the same story
    told twice, not one text translated: nothing to compare sentence by sentence)."""
    a_sents, b_sents, beads = align_pair(pair)
    if pair.relation == "rewrite" and not translation_like(beads):
        return None
    views = _views(a_sents, b_sents, overlap(beads))
    spans = [v.a_span for v in views if v.a_span]
    return (alignment_rows(pair, views), pair_issues(pair, views), _pair_row(pair, views),
            (spans[0][0], spans[-1][1]) if views else None)


def pair_readability_table(corpus: Corpus, pairs: pd.DataFrame) -> pd.DataFrame:
    """Readability of the stretch each pair shares, original beside translation (a truncated original is not
    compared with a whole translation): one row per pair and index."""
    rows = []
    for pair in pairs.dropna(subset=["a_start", "b_start"]).itertuples():
        original = text_scores(corpus[pair.b_id].body[int(pair.b_start):int(pair.b_end)])
        translated = text_scores(corpus[pair.a_id].body[int(pair.a_start):int(pair.a_end)])
        for index in [*INDICES, "words", "sentences", "syllables_per_word"]:
            rows.append({"pair": pair.pair, "index": index, "original": original[index],
                         "translation": translated[index],
                         "difference": round(translated[index] - original[index], 2)})
    return pd.DataFrame(rows, columns=["pair", "index", "original", "translation", "difference"])


def _pair_row(pair: Pair, views: list[BeadView]) -> dict:
    aligned = [v for v in views if v.bead.aligned]
    hypotheses = [" ".join(s.text for s in v.a_sents) for v in aligned]
    references = [" ".join(s.text for s in v.b_sents) for v in aligned]
    a_spans = [v.a_span for v in views if v.a_span]
    b_spans = [v.b_span for v in views if v.b_span]
    return {
        "pair": pair.name, "a_id": pair.translation.article_id, "b_id": pair.original.article_id,
        "relation": pair.relation, "direction": pair.direction, "aligned_pairs": len(aligned),
        "omitted": sum(v.bead.kind == "omission" for v in views),
        "added": sum(v.bead.kind == "addition" for v in views),
        **score_corpus(hypotheses, references),
        "a_start": a_spans[0][0] if a_spans else None, "a_end": a_spans[-1][1] if a_spans else None,
        "b_start": b_spans[0][0] if b_spans else None, "b_end": b_spans[-1][1] if b_spans else None,
    }


def _issues_table(issues: list[dict]) -> pd.DataFrame:
    table = pd.DataFrame(issues, columns=ISSUE_COLUMNS)
    if table.empty:
        return table
    table = table.drop_duplicates(subset=["article_id", "reference_id", "category", "start", "end",
                                          "reference_start", "reference_end"])
    for column in ("start", "end", "reference_start", "reference_end"):
        table[column] = table[column].astype("Int64")
    rank = {s: k for k, s in enumerate(SEVERITIES)}
    table = table.assign(_rank=table["severity"].map(rank)).sort_values(
        ["article_id", "reference_id", "start", "_rank"], na_position="last", kind="stable")
    return table.drop(columns="_rank").reset_index(drop=True)


def scorecard_table(corpus: Corpus, pairs: pd.DataFrame, issues: pd.DataFrame,
                    readability: pd.DataFrame) -> pd.DataFrame:
    """One row per analysable article: its role, metrics against its original, issue counts by severity,
    reference-free signs of machine translation, and two readability indices."""
    as_translation, as_original = _by_value(pairs, "a_id"), _by_value(pairs, "b_id")
    issues_of, read_of = _by_value(issues, "article_id"), _by_value(readability, "article_id")
    rows = []
    for article in corpus.analysable:
        aid = article.article_id
        mine = issues_of.get(aid)
        counts = Counter(mine["severity"]) if mine is not None else Counter()
        signs = int((mine["check"] == "reference-free").sum()) if mine is not None else 0
        read = read_of.get(aid)
        first = as_translation[aid].iloc[0] if aid in as_translation else None
        originals = as_original.get(aid)
        role = "translation" if first is not None else "original" if originals is not None else "unpaired"
        rows.append({
            "article_id": aid, "role": role, "translation_status": article.value("translation_status"),
            "reference_id": first["b_id"] if first is not None else
            ", ".join(originals["a_id"]) if originals is not None else "",
            "chrf": first["chrf"] if first is not None else None,
            "bleu": first["bleu"] if first is not None else None,
            "ter": first["ter"] if first is not None else None,
            **{s: counts.get(s, 0) for s in SEVERITIES},
            "mt_signs": signs,
            "flesch_reading_ease": read["flesch_reading_ease"].iloc[0] if read is not None else None,
            "flesch_kincaid_grade": read["flesch_kincaid_grade"].iloc[0] if read is not None else None,
        })
    return pd.DataFrame(rows, columns=SCORECARD_COLUMNS)


def _by_value(table: pd.DataFrame, column: str) -> dict[str, pd.DataFrame]:
    """The rows of `table` split by the value of `column`, in their order (split once, not filtered per value)."""
    if table.empty:
        return {}
    return {value: rows for value, rows in table.groupby(column, sort=False)}
