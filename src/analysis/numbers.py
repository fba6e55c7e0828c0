"""The numbers analysis: every figure in every article, grouped into claims and compared across articles.

In: a `Corpus` (its analysable articles, their spaCy parses, their relations) and the table of attributed body
spans from the sourcing analysis (who claims what). Out (`analyse`): a `NumbersResult` with
- `numbers` (numbers.csv): every quantity found by `analysis.quantities.find_quantities`, with who claims it
  (the smallest attributed span that contains it) and its sentence;
- `claims` (claims.csv): the figures grouped by what they count and the event their sentence gives for it
  (`classify_claim`: "people killed", "jobs cut", "money paid", from the general lexicons
  `data/number_claim_groups.csv` and `data/number_counted_nouns.csv`), with the date they refer to and their
  source; figures in no group and figures in duplicate paragraphs are left out;
- `flags` (number_flags.csv): what an editor would check, each with an explanation: a figure orders of magnitude
  away from the same quantity elsewhere, a figure that differs between two versions of one story (a translation
  and its original, a copy and its source), and figures that differ because they come from different dates or
  sources.
"""

from __future__ import annotations

import csv
import math
import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING

import numpy as np
import pandas as pd

from . import nlp
from .quantities import GROUP_NOUNS, Quantity, find_quantities
from .relations import oriented
from .textnorm import lookup_key

if TYPE_CHECKING:
    from .corpus import Article, Corpus

__all__ = ["Quantity", "find_quantities", "analyse", "NumbersResult"]

NUMBER_COLUMNS = ["article_id", "start", "end", "text", "value", "low", "high", "unit", "kind", "what", "approximate",
                  "source", "sentence"]
NUMBER_EXTRAS = ["hedge", "vague", "per", "range_text", "verb", "source_type", "outlet", "paragraph",
                 "duplicate_paragraph"]
CLAIM_COLUMNS = ["claim_group", "article_id", "value", "low", "high", "refers_to_date", "source", "text"]
CLAIM_EXTRAS = ["unit", "kind", "what", "hedge", "date_basis", "outlet", "start", "end", "comparable", "range_text",
                "sentence", "per", "refers_to_confidence"]
FLAG_COLUMNS = ["flag", "article_id", "text", "value", "compared_with", "explanation"]
FLAG_EXTRAS = ["claim_group", "unit", "start", "end", "sentence"]

# nouns of texts and their makers: a figure counting them ("four reports", "two videos", "13 sources") is no
# count of the people a claim group is about, whatever the reports say
COUNTED_TEXTS = {"report", "article", "story", "video", "post", "publication", "investigation", "study", "survey",
                 "document", "message", "interview", "account", "source", "outlet", "media", "photo", "image",
                 "statement", "letter", "leak", "review", "request", "application", "complaint", "petition", "appeal",
                 "testimony", "allegation", "claim", "record", "file", "list", "tweet", "broadcast", "dispatch"}
# nouns of places, institutions and occasions: "recruited in 30 regions", "visited 17 prisons, where they
# recruited", "on four occasions" count where or when something happened, not the people it happened to
PLACES_AND_OCCASIONS = {"region", "oblast", "province", "republic", "district", "territory", "area", "zone", "country",
                        "state", "city", "town", "village", "settlement", "municipality", "county", "colony", "prison",
                        "jail", "penitentiary", "camp", "facility", "institution", "site", "base", "location",
                        "place", "occasion", "time", "instance", "incident", "attack", "raid", "visit",
                        "trip", "round", "hospital", "clinic", "school", "flight", "event", "game", "match", "meeting",
                        "session"}
# things counted beside an event of people ("20 cases of murder", "four knives", "eight bullets killed him"):
# weapons and munitions, buildings, cases and charges (vehicles and aircraft may be "deployed")
THINGS = {"weapon", "gun", "rifle", "pistol", "knife", "missile", "rocket", "shell", "bomb", "grenade", "bullet",
          "mine", "home", "house", "building", "apartment", "flat", "bridge", "road", "case", "crime", "offence",
          "offense", "charge", "count", "conviction", "sentence", "agreement", "deal", "order"}
# units of length, area, volume and weight: "1.5 million hectares burned", "300 km of road damaged" measure how
# far an event reached, and no count of the people or buildings it happened to
MEASURES = {"hectare", "acre", "kilometre", "kilometer", "km", "mile", "metre", "meter", "m", "foot", "feet",
            "inch", "yard", "centimetre", "centimeter", "cm", "millimetre", "millimeter", "mm", "sq", "square",
            "tonne", "ton", "kilogram", "kg", "gram", "pound", "lb", "litre", "liter", "gallon", "barrel",
            "cubic", "degree"}
# hazards and what causes harm: "dozens of fires were burning", "two fires destroyed 40 homes", "16 floods" count
# the events themselves, not what they destroyed or the people they hit
HAZARDS = {"fire", "blaze", "wildfire", "bushfire", "flood", "storm", "hurricane", "typhoon", "cyclone",
           "earthquake", "quake", "aftershock", "tremor", "landslide", "mudslide", "avalanche", "tornado",
           "explosion", "blast", "eruption", "wave", "outbreak"}
NOT_PEOPLE = PLACES_AND_OCCASIONS | GROUP_NOUNS | THINGS  # counted, they are no count of the people an event happens to
# prepositions whose object counts where, when or whence an event happened ("recruited in 30 regions", "from 17
# colonies", "on four occasions"), not who underwent it
CIRCUMSTANCE_PREPOSITIONS = {"in", "at", "on", "from", "across", "during", "within", "into", "inside", "throughout"}
LOCAL_SCOPE = {"prison", "colony", "camp", "unit", "detachment", "village", "hospital", "penitentiary", "cell",
               "boyfriend", "husband", "son", "brother"}
NATIONAL_SCOPE = {"across", "nationwide", "country", "all", "total", "overall"}
# verbs that say nothing of what happened to the people counted ("there are 50,000 prisoners recruited", "has
# 266,000 convicts behind bars"): the noun's own words still name the group
LIGHT_VERBS = {"be", "have", "include", "number", "total", "reach", "exceed", "become", "remain", "stand", "amount",
               "comprise", "count", "see", "get", "make", "say", "report", "estimate", "put", "give", "show", "leave"}
PRONOUNS = {"it", "they", "this", "that"}  # a rate's subject standing for a rate the sentence names before it
CHANGE_LEMMAS = {"fall", "drop", "rise", "increase", "decrease", "decline", "grow", "shrink", "down", "up", "reduce",
                 "cut", "plunge", "jump", "climb", "swell", "soar"}
MONTHS = {m: k for k, m in enumerate(["january", "february", "march", "april", "may", "june", "july", "august",
                                      "september", "october", "november", "december"], start=1)}


@dataclass
class NumbersResult:
    numbers: pd.DataFrame
    claims: pd.DataFrame
    flags: pd.DataFrame

    def write_csvs(self, out_dir: str | Path) -> None:
        """numbers.csv, claims.csv and number_flags.csv into `out_dir`."""
        folder = Path(out_dir)
        folder.mkdir(parents=True, exist_ok=True)
        self.numbers.to_csv(folder / "numbers.csv", index=False)
        self.claims.to_csv(folder / "claims.csv", index=False)
        self.flags.to_csv(folder / "number_flags.csv", index=False)


@dataclass(frozen=True)
class ClaimEvent:
    """One row of data/number_claim_groups.csv: an event (or a state) that figures count."""

    name: str  # "killed", "cut", "money paid": the end of the group's name
    kinds: frozenset[str]
    terms: tuple[frozenset[str], ...]  # each a set of lemmas that must all be present ("kill+wound")
    context_scope: str  # where a term must stand: own (the noun's phrase and verb) | phrase | clause | sentence
    counted_as: str  # what a generic or event noun ("people", "casualties", "toll") counts: the group's start
    counted: frozenset[str]  # nouns this event counts as `counted_as` ("employee", "job" for jobs cut)
    only_counted: bool  # the event counts only those nouns ("lose" counts jobs, not missiles)
    exclude: frozenset[str]  # terms in the sentence that rule it out
    clause_exclude: frozenset[str]  # terms in the figure's own clause that rule it out ("remain" for recruited)
    description: str


def _terms(cell: str) -> frozenset[str]:
    return frozenset(t.strip() for t in cell.split("|") if t.strip())


@lru_cache(maxsize=1)
def claim_events() -> list[ClaimEvent]:
    """data/number_claim_groups.csv, in priority order (the first event whose rules match takes the figure)."""
    text = resources.files("analysis").joinpath("data/number_claim_groups.csv").read_text(encoding="utf-8")
    return [ClaimEvent(row["event"], _terms(row["kinds"]),
                       tuple(frozenset(term.split("+")) for term in _terms(row["terms"])),
                       row["context_scope"] or "phrase", row["counted_as"], _terms(row["counted"]),
                       row["only_counted"].strip().lower() == "yes", _terms(row["exclude_terms"]),
                       _terms(row["clause_exclude_terms"]), row["description"])
            for row in csv.DictReader(text.splitlines())]


@lru_cache(maxsize=1)
def counted_nouns() -> dict[str, str]:
    """data/number_counted_nouns.csv: {noun lemma: what it counts} ("troop" -> "soldiers", "person" -> "people")."""
    text = resources.files("analysis").joinpath("data/number_counted_nouns.csv").read_text(encoding="utf-8")
    return {row["noun"].strip().lower(): row["counted_as"].strip() for row in csv.DictReader(text.splitlines())}


# --------------------------------------------------------------------------------------------- entry point
def analyse(corpus: Corpus, *, attributions: pd.DataFrame | None = None, magnitude_factor: float = 100.0,
            min_alignment_score: float = 60.0) -> NumbersResult:
    """Numbers, claims and flags for a corpus.

    `attributions`: the sourcing analysis's table (article_id, start, end, source, source_type, ...); computed
    with `analysis.sourcing.attributions(corpus)` when None. `magnitude_factor`: how many times larger or smaller
    than the same quantity elsewhere a figure must be to be flagged as a likely error. `min_alignment_score`:
    aligned sentences of a translation pair (score 0-100) whose figures are compared.
    """
    if attributions is None:
        from . import sourcing

        attributions = sourcing.attributions(corpus)
    numbers = numbers_table(corpus, attributions=attributions)
    claims = claims_table(corpus, numbers)
    flags = pd.concat([magnitude_flags(claims, factor=magnitude_factor),
                       version_flags(corpus, numbers, min_score=min_alignment_score),
                       difference_flags(claims, related=related_pairs(corpus), factor=magnitude_factor)],
                      ignore_index=True)
    flags = flags if len(flags) else pd.DataFrame(columns=FLAG_COLUMNS + FLAG_EXTRAS)
    return NumbersResult(numbers=public_numbers(numbers), claims=claims, flags=flags[FLAG_COLUMNS + FLAG_EXTRAS])


def related_pairs(corpus: Corpus) -> set[frozenset[str]]:
    """Pairs of articles that are versions of one story (translation, near-duplicate, same story)."""
    relations = corpus.relations
    if relations is None or relations.empty:
        return set()
    return {frozenset((a, b)) for a, b in zip(relations["a_id"], relations["b_id"])}


# --------------------------------------------------------------------------------------------- numbers.csv
def numbers_table(corpus: Corpus, *, attributions: pd.DataFrame) -> pd.DataFrame:
    """One row per quantity in every analysable article (duplicate paragraphs included and marked)."""
    rows = []
    spans_of = _attribution_spans(attributions)
    for article in corpus.analysable:
        spans = spans_of.get(article.article_id, [])
        doc = nlp.parse(article)
        for q in find_quantities(article.body, doc=doc):
            sentence = article.sentence_at(q.start)
            paragraph = _paragraph_at(article, q.start)
            source, source_type = _claimed_by(spans, q.start, q.end)
            rows.append({
                "article_id": article.article_id, "start": q.start, "end": q.end, "text": q.text,
                "value": q.value, "low": q.low, "high": q.high, "unit": q.unit, "kind": q.kind, "what": q.what,
                "approximate": q.approximate, "source": source,
                "sentence": sentence.text if sentence else "",
                "hedge": q.hedge, "vague": q.vague, "per": q.per, "range_text": q.range_text, "verb": q.verb,
                "source_type": source_type, "outlet": article.value("outlet") or article.value("original_outlet") or
                article.value("retold_outlet"),  # a rewrite's figures: the outlet whose story it retells
                "paragraph": paragraph.index if paragraph else -1,
                "duplicate_paragraph": bool(paragraph and paragraph.is_duplicate),
                # kept for claim grouping, dropped from the CSV
                "_noun": q.noun, "_scope": q.scope, "_path": q.path, "_clause": q.clause,
                "_preposition": q.preposition, "_size_of": q.size_of, "_predicate": q.predicate, "_own": q.own,
                "_sentence_index": sentence.index if sentence else -1,
            })
    columns = NUMBER_COLUMNS + NUMBER_EXTRAS + ["_noun", "_scope", "_path", "_clause", "_preposition", "_size_of",
                                                "_predicate", "_own", "_sentence_index"]
    return pd.DataFrame(rows, columns=columns)


def public_numbers(numbers: pd.DataFrame) -> pd.DataFrame:
    """numbers.csv as written: the working columns (leading underscore) dropped."""
    return numbers[[c for c in numbers.columns if not c.startswith("_")]]


def _attribution_spans(attributions: pd.DataFrame) -> dict[str, list[tuple[int, int, str, str]]]:
    """The attributed spans (start, end, source, source type) of each article, in one pass over the table."""
    spans: dict[str, list[tuple[int, int, str, str]]] = {}
    if attributions is None or attributions.empty:
        return spans
    source_types = attributions["source_type"] if "source_type" in attributions else [""] * len(attributions)
    for article_id, s, e, src, t in zip(attributions["article_id"], attributions["start"], attributions["end"],
                                        attributions["source"], source_types):
        spans.setdefault(article_id, []).append((int(s), int(e), str(src), str(t)))
    return spans


def _claimed_by(spans: list[tuple[int, int, str, str]], start: int, end: int) -> tuple[str, str]:
    """The source of the smallest attributed span containing [start, end)."""
    containing = [s for s in spans if s[0] <= start and end <= s[1]]
    if not containing:
        return "", ""
    best = min(containing, key=lambda s: s[1] - s[0])
    return best[2], best[3]


def _paragraph_at(article: Article, offset: int):
    for paragraph in article.paragraphs:
        if paragraph.start <= offset < paragraph.end:
            return paragraph
    return None


# --------------------------------------------------------------------------------------------- claims.csv
def claims_table(corpus: Corpus, numbers: pd.DataFrame) -> pd.DataFrame:
    """Figures that measure one of the claim groups, with the date they refer to and their source."""
    rows = []
    by_article = {a.article_id: a for a in corpus.analysable}
    for row in numbers.to_dict("records"):
        if row["duplicate_paragraph"] or row["article_id"] not in by_article:
            continue
        article = by_article[row["article_id"]]
        doc = nlp.parse(article)
        sentence = article.sentence_at(row["start"])
        group = classify_claim({**row, "_heads": head_words(doc, row["start"], row["end"])},
                               sentence_lemmas=_lemmas_of(doc, sentence))
        if group is None:
            continue
        refers_to, basis = refers_to_date(row["sentence"], published=article.published.best,
                                          figure_span=(row["start"] - sentence.start, row["end"] - sentence.start)
                                          if sentence else None)
        rows.append({
            "claim_group": group, **{k: row[k] for k in ("article_id", "value", "low", "high")},
            "refers_to_date": refers_to, **{k: row[k] for k in ("source", "text", "unit", "kind", "what", "hedge")},
            "date_basis": basis, **{k: row[k] for k in ("outlet", "start", "end")},
            "comparable": is_comparable(row, _sentence_tokens(doc, sentence)),
            "range_text": row["range_text"], "sentence": row["sentence"], "per": row["per"],
            "refers_to_confidence": refers_to_confidence(refers_to, basis, article.published.confidence),
        })
    claims = pd.DataFrame(rows, columns=CLAIM_COLUMNS + CLAIM_EXTRAS)
    return _one_row_per_range(claims)


def _lemmas_of(doc, span) -> set[str]:
    if span is None:
        return set()
    chars = doc.char_span(span.start, span.end, alignment_mode="expand")
    if chars is None:
        return set()
    # the words as written and their cheap stems too: the parser's lemma is sometimes wrong ("fined" -> "fin")
    # or too coarse ("damages" -> "damage", which the fines row must tell from harm done)
    return {t.lemma_.lower() for t in chars} | _lemma_set({t.lower_ for t in chars if t.is_alpha})


def classify_claim(number: dict, *, sentence_lemmas: set[str]) -> str | None:
    """The claim group of a figure: what it counts and the event its sentence gives for it ("people killed",
    "jobs cut", "soldiers recruited or enlisted", "money paid"), or None when no event of
    data/number_claim_groups.csv is said of it.

    The event is the first row whose kind matches and one of whose terms (lemmas; "kill+wound" needs both)
    stands where the row's `context_scope` says: on the path from the figure to its verb or in its noun phrase
    (`phrase`; a figure with no noun of its own: that path, its clause or the words the parse hangs it from, as
    "the death toll rose to 225"), in the figure's own clause (`clause`: "paid 100,000 a month, and families of
    those killed will receive 5 million" puts only the second figure in a clause about death), or anywhere in
    the sentence (`sentence`); and no exclude term is in the sentence, and no clause exclude term ("remain",
    "alive") in the figure's clause. What the figure counts is its noun as data/number_counted_nouns.csv names
    it ("troops" -> soldiers), the event's own subject for a generic or event noun ("217 people died", "the
    death toll" -> people; "11,000 employees laid off", "cut 11,000 jobs" -> jobs), else the noun itself in the
    plural; money is named by its event alone. The noun counted must be what the group counts: a figure counting
    texts or their makers ("four reports") joins no group, nor one counting where or when ("recruited in 30
    regions": its noun the object of CIRCUMSTANCE_PREPOSITIONS), and places and occasions are no count of people
    ("17 prisons" are not recruited). A group's size ("a unit of 100-150 fighters") counts only what its path
    says of that group itself ("a unit of 120 fighters was killed or wounded"; see `Quantity.path`), not what
    the rest of the sentence says of its members. The verb of which the counted noun is the subject or object
    (`Quantity.predicate`) is read first; unless it is one of LIGHT_VERBS, an event it does not name is not taken
    from the noun's phrase ("mercenaries recruited from jails escaped"). A percentage is grouped by the rate it
    measures ("interest rate", "inflation"); a pronoun subject ("it rose to 5.2 percent") takes the sentence's.
    """
    noun = str(number.get("_noun", "")).lower()
    if str(number.get("_scope", "")).startswith("-") and noun not in counted_nouns():
        return None  # "a seven-mile stretch", "a two-story home": the figure measures the noun it is glued to
    if _lemma_set({noun}) & COUNTED_TEXTS:
        return None  # "at least four reports of prisoners being recruited" counts reports, not prisoners
    if number["kind"] == "money" and number.get("per") == "share":
        return None  # "earned $2.32 a share": a company's earnings or a stock's price, no sum paid or spent
    if number["kind"] == "count" and _lemma_set({noun}) & (MEASURES | HAZARDS):
        return None  # "1.5 million hectares burned", "dozens of fires were burning": an extent or the hazards
    if number["kind"] == "count" and number.get("_preposition", "") in CIRCUMSTANCE_PREPOSITIONS and \
            not (noun in counted_nouns() and not _lemma_set({noun}) & NOT_PEOPLE):
        return None  # "recruited in 30 regions" counts regions, not the people recruited there; "a drop from
        # the 1.06 million inmates held in 2001" still counts inmates
    path = set(_words(number.get("_path", "")))
    clause = set(_words(number.get("_clause", "")))
    heads = set(_words(number.get("_heads", "")))
    group_size = bool(number.get("_size_of", ""))
    # with no noun of its own ("casualties estimated to be in the hundreds of thousands") the words on the way
    # from the figure to its verb, and what that verb is said of, say what it measures
    scope = _lemma_set(set(_words(number.get("_scope", ""))) | {noun}) \
        if noun else path | heads
    events = [e for e in claim_events() if number["kind"] in e.kinds and not e.exclude & sentence_lemmas
              and not e.clause_exclude & clause and not _stray_noun(noun, e)]
    # what the verb says of its subject or object ("prisoners who joined ... have been pardoned"): a verb that
    # says something else ("recruited mercenaries escaped") leaves the figure out of the noun's events
    predicate = set(_words(number.get("_predicate", ""))) if not group_size else set()
    for event in events if predicate else ():
        # a term of two words may take the noun as one ("lost 11,000 jobs": lose+job), not a single word
        # ("200 recruits escaped" were not recruited by escaping)
        counted = counted_subject(noun, event) if any(term <= predicate or len(term) > 1 and term <= predicate | {noun}
                                                      for term in event.terms) else None
        if counted is not None:
            return f"{counted} {event.name}".strip()
    if predicate and str(number.get("verb", "")).split("/")[0] not in LIGHT_VERBS:
        events = [e for e in events if e.context_scope not in {"phrase", "own"}]
    if number["kind"] == "percent" and not noun and heads & PRONOUNS:
        heads = heads | sentence_lemmas  # "inflation slowed to 5 percent, but it rose to 5.2 percent"
    # what the noun phrase itself says ("the 50,000 convicts he recruited") comes before the verb it depends on
    for event in events if noun and noun in path and not group_size else ():  # its own noun, not one it takes
        if event.context_scope in {"phrase", "own"} and frozenset({noun}) in event.terms:  # "300 injuries"
            counted = counted_subject(noun, event)
            if counted is not None:
                return f"{counted} {event.name}".strip()
    own = set(_words(number.get("_own", "")))
    for event in events if number["kind"] == "money" and own else ():
        if any(term <= own for term in event.terms):  # a sum's own words first: "... and 3 million for injuries"
            return f"{counted_subject(noun, event)} {event.name}".strip()
    # the noun's own words, then the path to its verb, and only then what the parse hangs it from: "the toll rose
    # to 56, with 230 injured" and "56 people died, with 230 injured" count the injured, not the dead
    for stage in ("own", "path", "heads"):
        own_words_only = stage == "own"
        for event in events:
            if group_size:
                context = path - _lemma_set({noun})  # "a unit of 120 fighters was killed": said of the unit
            elif event.context_scope == "own":  # "prisoners fighting in Ukraine", not "fighting because of one"
                context = scope - _lemma_set({noun}) if noun else set()
            elif event.context_scope == "sentence" or not clause and (event.context_scope == "clause" or not noun):
                context = sentence_lemmas
            elif event.context_scope == "clause":
                context = clause
            elif not noun or noun not in path:  # no noun, or one taken from an earlier figure ("and 10.6 million
                # fell ill"): its clause says what happened to them
                context = path | clause if stage != "heads" else path | clause | heads
            else:
                context = scope - _lemma_set({noun}) if own_words_only else \
                    path | scope if stage == "path" else path | scope | heads
            if not any(term <= context for term in event.terms):
                continue
            counted = counted_subject(noun, event)
            if counted is not None:
                return f"{counted} {event.name}".strip()
    return None


def _stray_noun(noun: str, event: ClaimEvent) -> bool:
    """A noun a sentence-wide event cannot count: the event's word may stand anywhere in the sentence ("in
    custody"), so only a figure counting people or no noun at all takes it, not "the eight murders" or "this one
    area" of the same sentence."""
    return event.context_scope == "sentence" and event.counted_as == "people" and bool(noun) and \
        noun not in counted_nouns() and noun not in event.counted


def counted_subject(noun: str, event: ClaimEvent) -> str | None:
    """What a figure whose counted noun is `noun` (a lemma, '' for none) counts for `event`; None when the event
    counts only certain nouns and this is not one."""
    if not event.counted_as:
        return ""  # money and rates are named by their event alone
    event_words = frozenset().union(*event.terms)
    if noun in event.counted:
        return event.counted_as
    if event.only_counted or event.counted_as == "people" and _lemma_set({noun}) & NOT_PEOPLE:
        return None  # "colonies recruited", "two groups fighting": places and bodies are not the people counted
    named = counted_nouns().get(noun)
    if named is not None and event.counted_as != "people":
        return None  # "20 000 people trapped by the floods" are no buildings flooded
    if not noun or named == "people" or _lemma_set({noun}) & event_words:
        return event.counted_as or "people"
    return named or plural(noun)


def plural(noun: str) -> str:
    """'protester' -> 'protesters', 'casualty' -> 'casualties', 'box' -> 'boxes'; a plural the parser left as its
    lemma stays ('ukrainians', not 'ukrainianses')."""
    if re.search(r"[^su]s$", noun) and len(noun) > 3 and not noun.endswith("is"):
        return noun
    if re.search(r"[^aeiou]y$", noun):
        return noun[:-1] + "ies"
    if re.search(r"(s|x|z|ch|sh)$", noun):
        return noun + "es"
    return noun + "s"


def head_words(doc, start: int, end: int) -> str:
    """Lemmas of what the parse hangs a figure from: its heads up to the clause it stands in (not past "said" or
    into a coordinated clause), and the subjects, objects and complements of those heads with their compounds
    ("the death toll rose to 225": rise, toll, death; "casualties estimated to be in the hundreds": be,
    estimate, casualty; "3 people are missing": miss; "among those killed were 11 children": those, kill)."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or not len(span):
        return ""
    inside = {t.i for t in span}
    node = next((t for t in span if t.head.i not in inside or t.head.i == t.i), span[-1])
    words = []
    for _ in range(5):
        if node.head.i == node.i or node.dep_ in {"ccomp", "parataxis"} or \
                node.pos_ in {"VERB", "AUX"} and node.dep_ in {"conj", "advcl", "relcl"}:
            break  # not past what reports it, nor into another clause
        node = node.head
        words.append(node.lemma_.lower())
        for child in node.children:
            if child.dep_ in {"nsubj", "nsubjpass", "dobj", "attr", "prt", "acomp"} and child.i not in inside and \
                    not any(t.like_num for t in child.subtree):
                words.append(child.lemma_.lower())
                words += [c.lemma_.lower() for c in child.children if c.dep_ in {"compound", "amod"}]
                of = _of_objects(child)
                words += [t.lemma_.lower() for t in of]
        for among in _among_objects(node, inside):  # "Among those killed were 11 children": who they are among
            words += [among.lemma_.lower()] + [c.lemma_.lower() for c in among.children if c.dep_ in {"acl", "amod"}]
    return " ".join(words)


def _among_objects(token, inside: set[int]) -> list:
    """'Among the dead were 11 children': the objects of 'among' under a verb, with no figure of their own."""
    return [obj for prep in token.children if prep.dep_ == "prep" and prep.lower_ == "among"
            for obj in prep.children if obj.dep_ == "pobj" and obj.i not in inside
            and not any(t.like_num for t in obj.subtree)]


def _of_objects(token) -> list:
    """'the number of dead': the objects of 'of' under a noun."""
    return [obj for prep in token.children if prep.dep_ == "prep" and prep.lower_ == "of"
            for obj in prep.children if obj.dep_ in {"pobj", "amod"}]


def _words(text) -> list[str]:
    return re.findall(r"[a-z]+", str(text).lower())


def _lemma_set(words: set[str]) -> set[str]:
    """Cheap singular and stem forms so "soldiers", "convicted", "fighting" match "soldier", "convict", "fight"."""
    out = set(words)
    for w in words:
        if w.endswith("ies"):
            out.add(w[:-3] + "y")
        if w.endswith("s"):
            out.add(w[:-1])
        if w.endswith("ed"):
            out.update({w[:-2], w[:-1]})
            if len(w) > 5 and w[-3] == w[-4]:
                out.add(w[:-3])  # "trapped", "stopped": a doubled consonant
        if w.endswith("ing"):
            out.add(w[:-3])  # "prisoners fighting in Ukraine"
        if w == "men":
            out.add("man")
    return out


def _sentence_tokens(doc, span) -> list:
    if span is None:
        return []
    chars = doc.char_span(span.start, span.end, alignment_mode="expand")
    return list(chars) if chars is not None else []


def is_change(number: dict) -> bool:
    """Does the figure state a change rather than a level: "fell by 23,000", "grew by some 5,000 men"?"""
    path = set(_words(number.get("_path", "")))
    return "by" in path and bool(path & CHANGE_LEMMAS)


def is_comparable(number: dict, sentence_tokens: list) -> bool:
    """Is this figure an estimate of a whole (compared across articles) rather than an anecdote about one place?

    Local anecdotes ("about a dozen left prison", "ten volunteers had left IK17 prison") name one prison, unit or
    relative (a singular noun) or state an exact small number; estimates are hedged, vague or round. A change
    ("fell by 23,000") is not compared with levels ("about 49,000 recruited").
    """
    if is_change(number):
        return False
    lemmas = {t.lemma_.lower() for t in sentence_tokens}
    one_place = any(t.lemma_.lower() in LOCAL_SCOPE and t.tag_ == "NN" for t in sentence_tokens)
    local = one_place and not lemmas & NATIONAL_SCOPE
    value = float(number["value"])
    estimate = bool(number["approximate"]) or (value >= 1000 and value % 100 == 0) or number["kind"] == "percent"
    return estimate and not local


def _one_row_per_range(claims: pd.DataFrame) -> pd.DataFrame:
    """The two ends of "from $2,150 to nearly $5,500" are one claim (low-high), kept once (its first end)."""
    if claims.empty:
        return claims
    is_second_end = claims.duplicated(["article_id", "claim_group", "start"], keep="first") | \
        (claims["range_text"].ne("") & claims.duplicated(["article_id", "claim_group", "range_text", "sentence"]))
    return claims[~is_second_end].reset_index(drop=True)


# --------------------------------------------------------------------------------------------- dates
_DATE = re.compile(
    r"\b(?:(?P<part>early|mid|late|end of|beginning of|start of|the end of|the beginning of|the start of)[\s-]+)?"
    r"(?P<month>January|February|March|April|May|June|July|August|September|October|November|December)"
    r"(?:\s+(?P<day>\d{1,2})\b)?(?:,?\s+(?P<year>(?:19|20)\d{2})\b)?")
_YEAR = re.compile(r"\b(?:in|by|of|during|from)\s+(?P<year>(?:19|20)\d{2})\b")
_DECADE = re.compile(r"\b(?:(?P<part>early|mid|late)[\s-]+)?(?P<decade>(?:19|20)\d0)s\b", re.I)
DECADE_PARTS = {"early": 0, "mid": 4, "late": 7}


def refers_to_date(sentence: str, *, published: str = "",
                   figure_span: tuple[int, int] | None = None) -> tuple[str, str]:
    """The date a figure refers to: an explicit month (and day/year) in its sentence, resolved against the
    publication year, else a year or decade ("from 2021", "the early 2000s"); else the publication date; else
    ''. With `figure_span` (the figure's offsets in the sentence) the date mention nearest to it (fewest commas
    between, then fewest characters) is taken
    ("420,000 in 2021, down from over one million in the early 2000s"). Returns (ISO date, month or year, basis).
    """
    months = _month_mentions(sentence, published)
    if months and isinstance(months[0], str):
        return "", months[0]
    years = [(m.start(), m.end(), m.group("year"), f"sentence: '{m.group(0)}'") for m in _YEAR.finditer(sentence)]
    years += [(m.start(), m.end(), str(int(m.group("decade")) + DECADE_PARTS.get((m.group("part") or "").lower(), 0)),
               f"sentence (decade): '{m.group(0)}'") for m in _DECADE.finditer(sentence)]
    mentions = months if figure_span is None and months else sorted(months + years)
    if mentions:
        if figure_span is None:
            chosen = mentions[0]
        else:
            start, end = figure_span

            def remoteness(mention: tuple) -> tuple[int, int]:  # commas between first, then characters
                between = sentence[end:mention[0]] if mention[0] >= end else sentence[mention[1]:start]
                return between.count(",") + between.count(";"), len(between)

            chosen = min(mentions, key=remoteness)
        return chosen[2], chosen[3]
    if published:
        return published, "publication date"
    return "", "no date in the sentence and publication date unknown"


def refers_to_confidence(refers_to: str, basis: str, published_confidence: str) -> str:
    """How sure the refers-to date is: 'high' when its sentence writes the year out, else that of the publication
    date it leans on ("year of publication", "publication date"); '' when there is no date."""
    if not refers_to:
        return ""
    return published_confidence if "publication" in basis else "high"


def _month_mentions(sentence: str, published: str) -> list:
    """(start, end, ISO month or day, basis) for each month named in a sentence that can be the date of a
    figure; or [basis] alone when a month is named but its year is unknown."""
    pub_year, pub_month = (int(published[:4]), int(published[5:7])) if re.match(r"\d{4}-\d{2}", published) \
        else (None, None)
    mentions = []
    for m in _DATE.finditer(sentence):
        if m.group("month") == "May" and not (m.group("day") or m.group("year") or m.group("part")) and \
                not re.search(r"\b(?:in|since|by|of|until|from)\s+$", sentence[:m.start()]):
            continue  # the modal verb "may"
        if re.search(r"\b(?:since|from)\s+(?:the\s+|last\s+|this\s+)?$", sentence[:m.start()], re.I):
            continue  # "since (last) July": the start of a period that runs to the date of the report
        month = MONTHS[lookup_key(m.group("month"))]
        year = int(m.group("year")) if m.group("year") else None
        if year is None and pub_year is not None:
            year = pub_year if month <= pub_month else pub_year - 1
        if year is None:
            return [f"sentence names '{m.group(0)}' but its year is unknown"]
        day = f"-{int(m.group('day')):02d}" if m.group("day") else ""
        date = f"{year}-{month:02d}{day}"
        if published and date[:7] > published[:7]:
            continue  # a later date ("an election in March 2024") is not when the figure was counted
        basis = "sentence" if m.group("year") else "sentence, year of publication"
        mentions.append((m.start(), m.end(), date, f"{basis}: '{m.group(0)}'"))
    return mentions


# --------------------------------------------------------------------------------------------- flags
def _comparable_groups(claims: pd.DataFrame):
    """Comparable claims by group and unit; a count per week or month is compared only with counts per the same
    period ("1,000 men a week" is no total of recruits). Money keeps one group: pay is often stated per month
    without saying so."""
    usable = claims[claims["comparable"]] if len(claims) else claims
    period = usable["per"].where(usable["kind"] == "count", "") if len(usable) else usable.get("per")
    for (group, unit, _), rows in usable.assign(_period=period).groupby(["claim_group", "unit", "_period"],
                                                                        sort=True):
        yield group, unit, rows.drop(columns="_period")


def _describe_claim(row) -> str:
    date = row.refers_to_date or "date unknown"
    source = row.source or (f"{row.outlet} itself" if row.outlet else "unattributed")
    return f"{row.article_id}: '{_hedged(row)}' ({_fmt(row.value)}; {date}; {source})"


def _hedged(row) -> str:
    return f"{row.hedge} {row.text}" if row.hedge and "…" not in row.hedge else row.text


def _fmt(x: float) -> str:
    if x is None or (isinstance(x, float) and math.isnan(x)):
        return "?"
    return f"{x:,.0f}" if abs(x) >= 10 or x == int(x) else f"{x:.3g}"


def magnitude_flags(claims: pd.DataFrame, *, factor: float = 100.0) -> pd.DataFrame:
    """Figures `factor` times (or more) smaller or larger than the median of the other figures for the same
    quantity; the allowed factor grows with the time between them (x(1 + years apart)), since counts such as
    recruits and losses grow. The medians without each figure come from the group's values sorted once (a
    figure's own rows taken out by their positions), so a group costs n log n, not n^2."""
    rows = []
    for group, unit, rows_group in _comparable_groups(claims):
        if rows_group["article_id"].nunique() < 2:
            continue
        values = rows_group["value"].to_numpy(dtype=float)
        years_of = np.array([np.nan if (y := _year_fraction(d)) is None else y for d in rows_group["refers_to_date"]])
        (sorted_values, value_rank), (sorted_years, year_rank) = _sorted_ranks(values), _sorted_ranks(years_of)
        own: dict[tuple, list[int]] = {}  # a figure's rows: its article and start (a range's two ends are one)
        for k, key in enumerate(zip(rows_group["article_id"], rows_group["start"])):
            own.setdefault(key, []).append(k)
        described = None
        for k, row in enumerate(rows_group.itertuples(index=False)):
            mine = own[(row.article_id, row.start)]
            if len(mine) == len(values) or row.value <= 0:
                continue
            median = _median_without(sorted_values, _positions(value_rank, mine))
            ratio = median / row.value if median >= row.value else row.value / median
            removed = _positions(year_rank, mine)
            there = len(sorted_years) - len(removed)
            years = abs(years_of[k] - _nth_without(sorted_years, removed, there // 2)) \
                if there and not np.isnan(years_of[k]) else 0.0
            if ratio < factor * (1 + years):
                continue
            described = described or [_describe_claim(o) for o in rows_group.itertuples()]
            direction = "smaller" if row.value < median else "larger"
            hint = ""
            if direction == "smaller" and median / 10 <= row.value * 1000 <= median * 10:
                hint = f" {_fmt(row.value * 1000)} would be within one order of magnitude of the others: " \
                       f"a dropped 'thousand' is a likely cause."
            timing = f" The others refer to dates about {years:.1f} years away." if years >= 0.25 else ""
            rows.append({
                "flag": "order_of_magnitude", "article_id": row.article_id, "text": _hedged(row),
                "value": row.value, "compared_with": "; ".join(d for j, d in enumerate(described) if j not in mine),
                "explanation": f"'{_hedged(row)}' ({group}) is about {math.log10(ratio):.1f} orders of magnitude "
                               f"{direction} than the other figures for the same quantity (median {_fmt(median)}): "
                               f"likely a translation or typing error, or a figure for a much narrower scope."
                               f"{timing}{hint}",
                "claim_group": group, "unit": unit, "start": row.start, "end": row.end, "sentence": row.sentence,
            })
    return pd.DataFrame(rows, columns=FLAG_COLUMNS + FLAG_EXTRAS)


def _sorted_ranks(x: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """The known (not NaN) values of `x` in ascending order, and each element's position among them (-1: NaN)."""
    known = np.flatnonzero(~np.isnan(x))
    order = known[np.argsort(x[known], kind="stable")]
    rank = np.full(len(x), -1)
    rank[order] = np.arange(len(order))
    return x[order], rank


def _positions(rank: np.ndarray, rows: list[int]) -> list[int]:
    """The sorted positions (`_sorted_ranks`) of the known values of `rows`."""
    return sorted(int(rank[k]) for k in rows if rank[k] >= 0)


def _nth_without(ordered: np.ndarray, removed: list[int], n: int) -> float:
    """The n-th smallest (from 0) of `ordered` once the positions `removed` (ascending) are taken out."""
    for position in removed:
        if position > n:
            break
        n += 1
    return ordered[n]


def _median_without(ordered: np.ndarray, removed: list[int]) -> float:
    """`np.median` of `ordered` without the positions `removed` (ascending); NaN when none is left."""
    left = len(ordered) - len(removed)
    if not left:
        return math.nan
    if left % 2:
        return float(_nth_without(ordered, removed, left // 2))
    return float((_nth_without(ordered, removed, left // 2 - 1) + _nth_without(ordered, removed, left // 2)) / 2)


def _year_fraction(date: str) -> float | None:
    m = re.match(r"(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?", date or "")
    if not m:
        return None
    return int(m.group(1)) + (int(m.group(2) or 7) - 1) / 12 + (int(m.group(3) or 15) - 1) / 365


MAX_COMPARED = 3  # disagreeing figures named in a difference flag: the nearest in value


def difference_flags(claims: pd.DataFrame, *, related: set[frozenset[str]] = frozenset(), factor: float = 100.0,
                     min_ratio: float = 2.0) -> pd.DataFrame:
    """Figures for the same quantity in two unrelated articles whose ranges do not overlap and differ at least
    `min_ratio` times (but less than `factor`, which is an order-of-magnitude flag), one row per figure and kind,
    set against the MAX_COMPARED nearest in value of the figures it differs from, with how many they are, so the
    table grows with the figures, not with the pairs. Figures for the same date are `same_date_and_source_differ`
    (the same source: a real discrepancy) or `differs_by_source`; figures for other dates are explained by their
    dates and sources (growth over time, a different counter) rather than called contradictions:
    `differs_by_date`, or `differs_by_date_and_source` when some of them come from another source. Versions of
    one story (`related` pairs: translations, near-duplicates) are compared by the translation flags instead."""
    rows = []
    versions = _versions_of(related)
    for group, unit, rows_group in _comparable_groups(claims):
        figures = list(rows_group.itertuples(index=False))
        articles, names = pd.factorize(rows_group["article_id"])  # codes: integers compare faster than texts
        values = rows_group["value"].to_numpy(dtype=float)
        lows = rows_group["low"].fillna(0.0).to_numpy(dtype=float)
        highs = rows_group["high"].fillna(math.inf).to_numpy(dtype=float)
        dates = _codes(rows_group["refers_to_date"].to_numpy(dtype=object))
        sources = _codes(np.array([f.source or f.outlet for f in figures], dtype=object))
        distance = np.abs(np.log(np.maximum(values, 1e-9)))  # nearness in value: |log a - log b|
        code_of = {name: code for code, name in enumerate(names)}
        version_codes = {name: [code_of[v] for v in versions.get(name, ()) if v in code_of] for name in names}
        for k, row in enumerate(figures):
            ratio = np.maximum(values, values[k]) / np.maximum(np.minimum(values, values[k]), 1e-9)
            differing = (((highs < lows[k]) | (lows > highs[k])) & (articles != articles[k])
                         & (min_ratio <= ratio) & (ratio < factor))
            if version_codes[row.article_id]:
                differing &= ~np.isin(articles, version_codes[row.article_id], kind="table")
            other_date = (dates != dates[k]) | (dates[k] < 0) | (not row.refers_to_date)
            other_source = (sources != sources[k]) | (sources[k] < 0)
            same_date = differing & ~other_date
            for kind, members in (("same_date_and_source_differ", same_date & ~other_source),
                                  ("differs_by_source", same_date & other_source),
                                  ("differs_by_date", differing & other_date)):
                found = np.flatnonzero(members)
                if not len(found):
                    continue
                nearest = [figures[j] for j in _nearest(found, np.abs(distance[found] - distance[k]))]
                by_source = other_source[found]
                if kind == "differs_by_date" and by_source.any():
                    kind = "differs_by_date_and_source"
                rows.append(_difference_row(group, unit, row, nearest, kind, _spread_explanation(
                    group, row, nearest, len(found), kind, all_sources=bool(by_source.all()))))
    return pd.DataFrame(rows, columns=FLAG_COLUMNS + FLAG_EXTRAS)


def _codes(values: np.ndarray) -> np.ndarray:
    """An integer per distinct value, equal where the values are equal (-1 for a blank, equal to nothing)."""
    return pd.factorize(values)[0]


def _nearest(found: np.ndarray, gaps: np.ndarray) -> np.ndarray:
    """The MAX_COMPARED of `found` with the smallest `gaps`, ties in their order (a stable sort's first ones),
    sorting only those within the MAX_COMPARED-th smallest gap."""
    if len(found) > MAX_COMPARED:
        within = gaps <= np.partition(gaps, MAX_COMPARED - 1)[MAX_COMPARED - 1]
        found, gaps = found[within], gaps[within]
    return found[np.argsort(gaps, kind="stable")[:MAX_COMPARED]]


def _versions_of(related: set[frozenset[str]]) -> dict[str, list[str]]:
    """{article: the articles it shares a story with}, in one pass over the related pairs."""
    versions: dict[str, set[str]] = {}
    for pair in related:
        for a in pair:
            versions.setdefault(a, set()).update(pair - {a})
    return {a: sorted(others) for a, others in versions.items()}


def _difference_row(group: str, unit: str, row, others: list, kind: str, explanation: str) -> dict:
    return {"flag": kind, "article_id": row.article_id, "text": _hedged(row), "value": row.value,
            "compared_with": "; ".join(_describe_claim(o) for o in others), "explanation": explanation,
            "claim_group": group, "unit": unit, "start": row.start, "end": row.end, "sentence": row.sentence}


def _spread_explanation(group: str, row, nearest: list, count: int, kind: str, *, all_sources: bool) -> str:
    """Why a figure differs from `count` others (`nearest` named): for the same date, a discrepancy to check when
    they come from its own source, else their sources; for other dates, their dates, and their sources when some
    (or, `all_sources`, all) come from another source."""
    same_date = kind in {"same_date_and_source_differ", "differs_by_source"}
    lead = (f"{group}: '{_hedged(row)}' ({_fmt(row.low)}-{_fmt(row.high)}) does not overlap "
            f"{count} figure{'s' if count != 1 else ''} for the same quantity{' and date' if same_date else ''} "
            f"in other, unrelated articles (the nearest in value: {', '.join(repr(_hedged(o)) for o in nearest)}).")
    if kind == "same_date_and_source_differ":
        return f"{lead} Same date and source: a real discrepancy to check."
    source = row.source or f"{row.outlet or 'article ' + row.article_id} itself"
    if kind == "differs_by_source":
        return f"{lead} Not necessarily a contradiction: they come from other sources (this one: {source})."
    why = f"they refer to other or unknown dates (this one: {row.refers_to_date or 'an unknown date'})"
    if kind == "differs_by_date_and_source":
        why += f" and {'' if all_sources else 'some '}come from other sources (this one: {source})"
    return f"{lead} Not necessarily a contradiction: {why}."


# versions of one story compared figure by figure in their aligned sentences: relation kind -> the flag, and what
# the derived version and its source are called
COMPARED_VERSIONS = {"translation": ("translation_differs", "translation", "original"),
                     "copy": ("copy_differs", "copy", "source")}


def version_flags(corpus: Corpus, numbers: pd.DataFrame, *, min_score: float = 60.0) -> pd.DataFrame:
    """Figures that differ between two versions of one story (a translation and its original, a copy and its
    source: COMPARED_VERSIONS), sentence by aligned sentence. Versions are left out of the difference flags,
    so a copy that changes a figure ("4.75 percent" for "4.5 percent") is caught here."""
    rows = []
    relations = corpus.relations
    if relations is None or relations.empty or numbers.empty:
        return pd.DataFrame(rows, columns=FLAG_COLUMNS + FLAG_EXTRAS)
    by_id = {a.article_id: a for a in corpus.analysable}
    pairs = relations[relations["kind"].isin(list(COMPARED_VERSIONS))]
    # each sentence's figures, split once (filtering the whole table per aligned sentence grows as n^2)
    figures = {key: found for key, found in numbers.groupby(["article_id", "_sentence_index"], sort=False)} \
        if len(pairs) else {}
    for rel in pairs.itertuples(index=False):
        if rel.a_id not in by_id or rel.b_id not in by_id:
            continue
        names = COMPARED_VERSIONS[rel.kind]
        if rel.kind == "translation":
            derived, source = (rel.a_id, rel.b_id) if by_id[rel.a_id].value("translation_of") == rel.b_id \
                else (rel.b_id, rel.a_id)
        elif (direction := oriented(rel)) is not None:
            derived, source = direction
        else:  # neither text says which came first
            (derived, source), names = (rel.a_id, rel.b_id), (names[0], "version", "other version")
        for a_index, b_index, score in rel.alignment:
            if score < min_score:
                continue
            d_index, s_index = (a_index, b_index) if derived == rel.a_id else (b_index, a_index)
            d_rows, s_rows = (figures.get(key, numbers.iloc[:0]) for key in ((derived, d_index), (source, s_index)))
            rows.extend(_compare_sentences(d_rows, s_rows, by_id, (derived, d_index), (source, s_index), names))
    return pd.DataFrame(rows, columns=FLAG_COLUMNS + FLAG_EXTRAS)


def _same_value(a: float, b: float) -> bool:
    return abs(a - b) <= 0.01 * max(abs(a), abs(b), 1e-9)


def _compare_sentences(t_rows: pd.DataFrame, o_rows: pd.DataFrame, by_id: dict[str, Article],
                       derived: tuple[str, int], source: tuple[str, int], names: tuple[str, str, str]) -> list[dict]:
    """One flag per figure of the derived version's sentence (`t_rows`; `derived`: its article and sentence
    index) with no equal figure in its source's aligned sentence (`o_rows`; set against the source's unmatched
    figures), and one per source figure the derived version drops. A vague word with no figure at all facing it
    ("several regions" for "various regions") is not flagged. `names`: the flag and what the two are called."""
    (translation, t_index), (original, o_index), (flag, this, that) = derived, source, names
    t_missing = [r for r in t_rows.itertuples(index=False) if not any(_same_value(r.value, v) for v in o_rows["value"])]
    o_missing = [r for r in o_rows.itertuples(index=False) if not any(_same_value(r.value, v) for v in t_rows["value"])]
    # a vague word facing no figure at all ("several regions" for "various regions") is wording, not a number
    t_missing, o_missing = ([r for r in t_missing if o_missing or not r.vague],
                            [r for r in o_missing if t_missing or not r.vague])
    original_sentence = by_id[original].sentences[o_index].text
    out = []
    for row in t_missing:
        other = ", ".join(f"'{r.text}' ({_fmt(r.value)})" for r in o_missing) or "no such figure"
        hint = _typo_hint(row.value, [r.value for r in o_missing])
        out.append({
            "flag": flag, "article_id": translation, "text": row.text, "value": row.value,
            "compared_with": f"{original}: {other}",
            "explanation": f"The {this} {translation} says '{row.text}' ({_fmt(row.value)}) where the aligned "
                           f"sentence of its {that} {original} has {other}.{hint} {that.capitalize()}: "
                           f"\"{original_sentence[:200]}\"",
            "claim_group": "", "unit": row.unit, "start": row.start, "end": row.end, "sentence": row.sentence,
        })
    if not t_missing:
        for row in o_missing:
            out.append({
                "flag": flag, "article_id": original, "text": row.text, "value": row.value,
                "compared_with": f"{translation}: no such figure",
                "explanation": f"'{row.text}' ({_fmt(row.value)}) in the {that} {original} is missing from the "
                               f"aligned sentence of its {this} {translation}: \""
                               f"{by_id[translation].sentences[t_index].text[:200]}\"",
                "claim_group": "", "unit": row.unit, "start": row.start, "end": row.end, "sentence": row.sentence,
            })
    return out


def _typo_hint(value: float, others: list[float]) -> str:
    for other in others:
        if value > 0 and other > 0:
            ratio = math.log10(max(value, other) / min(value, other))
            if ratio >= 0.99 and abs(ratio - round(ratio)) < 0.01:
                return f" They differ by a factor of {10 ** round(ratio):,}: a digit or a 'thousand' lost or added."
    return ""
