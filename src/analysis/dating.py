"""Publication dates: the best, earliest and latest date an article can have been published, with evidence.

In: a loaded `Article`. Out: a `PublicationDate` (ISO dates as strings, '' when unknown) whose evidence lists
each clue: a date line or manifest value (`given`), or dates and time phrases in the text (`inferred`).

Inference without a date line: every clue in the body becomes a set of possible publication days with a weight,
and the days that satisfy the most weight win.
- A date with its year described in the past ("said October 4, 2023", "in February 2022") bounds the
  publication from below; one spoken of in the future ("is expected to seek reelection in March 2024") from above.
- A month or day without a year in the past ("in early August") was, news being news, less than eleven months
  before publication; in the future, less than eleven months after it.
- "last year" / "this year" in the same sentence as a past year Y puts publication in Y+1 / Y.
- Known dated events (`data/reference_events.csv`) date relative phrases: "the invasion, now approaching its
  sixth month", "the nearly six-month invasion", "his 23-year rule", "more than six months ago [Wagner] began
  recruiting prisoners"; and a past mention of an event ("the partial mobilization") bounds from below.
Tense comes from light regular expressions (no parser here: this runs inside `load_corpus`). The best day is
just after the latest dated past event inside the winning span. Nothing here raises on odd text.
"""

from __future__ import annotations

import csv
import re
from dataclasses import dataclass, field, replace
from datetime import date, timedelta
from functools import lru_cache
from importlib import resources
from typing import TYPE_CHECKING

import numpy as np
from dateutil import parser as dateparser
from dateutil.relativedelta import relativedelta

from . import debris
from . import timex as tx

if TYPE_CHECKING:
    import pandas as pd

    from .corpus import Article

BARE_MONTH_WINDOW_MONTHS = 11  # a month named without a year lies within this many months of publication
PUBLICATION_LAG_DAYS = 2  # best guess: published this many days after the latest dated past event
DOMAIN_YEARS_AFTER = 6  # candidate days run to this many years after the latest year the text names
FIRST_YEAR, LAST_YEAR = 1990, 2040  # publication years considered
UNCLEAR_TENSE_WEIGHT = 0.25  # a dated event in a clause of unclear tense bounds from below, weakly
FULL_DATE_WEIGHT = 1.5  # a past day with its year written out ("on October 4, 2023") weighs above other clues
RECENT_DAYS, RECENT_WEIGHT = (31, 92), 0.15  # publication is preferred within a month, then a season, after a
#                                              past full date
TIE_DAYS = 3  # candidate days whose yearless events are this close in age count as tied: the earliest wins
CONFLICT_WEIGHT = 1.0  # an unsatisfied clue of at least this weight is a conflict that widens the window
WIDEN_DAYS = 2 * 366  # a conflicting clue widens the window only when it lies within this many days of it
MIN_CONSISTENT = 3  # a lone clue gives way to at least this many clues that agree with each other
NARROW_DAYS = 62  # an inferred window at most this wide, with no conflict, is of medium confidence (else low)
MAX_EVIDENCE = 8


@dataclass(frozen=True)
class Clue:
    """One piece of evidence: the text it rests on, its offsets in the body (-1 when outside it), the reason."""

    text: str
    reason: str
    start: int = -1
    end: int = -1


@dataclass
class PublicationDate:
    best: str = ""
    earliest: str = ""
    latest: str = ""
    provenance: str = "unknown"  # given | inferred | unknown
    evidence: list[Clue] = field(default_factory=list)
    confidence: str = ""  # high | medium | low ('' when unknown)
    confidence_reason: str = ""
    conflicts: list[Clue] = field(default_factory=list)  # clues the chosen window does not satisfy

    def evidence_text(self) -> str:
        return " | ".join(f"{c.reason}: {c.text}" for c in self.evidence)

    def conflicts_text(self) -> str:
        return " | ".join(f"{c.reason}: {c.text}" if c.text else c.reason for c in self.conflicts)

    def rate(self, confidence: str, reason: str) -> PublicationDate:
        """Set the confidence and its reason (a date with no day gets none); returns self."""
        self.confidence, self.confidence_reason = (confidence, reason) if self.best else ("", "no date")
        return self

    def add_conflict(self, clue: Clue, *, at_most: str = "low") -> None:
        """List a clue that disagrees with the date, once (two checks may find the same one), and cap the
        confidence at `at_most`."""
        if not any(_same_clue(clue, listed) for listed in self.conflicts):
            self.conflicts.append(clue)
        if confidence_rank(self.confidence) > confidence_rank(at_most):
            self.confidence = at_most
            self.confidence_reason += f"; lowered to {at_most}: clues disagree ({clue.reason})"


CONFIDENCE_LEVELS = ("", "low", "medium", "high")  # '' = no date, so no confidence


def confidence_rank(confidence: str) -> int:
    """0 for no confidence, then low < medium < high."""
    return CONFIDENCE_LEVELS.index(confidence) if confidence in CONFIDENCE_LEVELS else 0


def _same_clue(a: Clue, b: Clue) -> bool:
    """The same piece of evidence: overlapping spans of the text, or (for clues outside the text, such as
    another article's date) the same wording."""
    if a.start >= 0 and b.start >= 0:
        return a.start < b.end and b.start < a.end
    return a.start == b.start and (a.text or a.reason) == (b.text or b.reason)


_NUMERIC_GIVEN = re.compile(r"^\s*([0-3]?\d)([./-])([0-3]?\d)\2((?:19|20)\d\d)\s*$")  # "07/05/2023"


def parse_given_date(value: str, text: str = "") -> date | None:
    """A date as written on a date line or in the manifest (ISO first; a numeric date in the order of the
    text's own dates, "07/05/2023" over "July 2, 2023" is month-first; then day-first free text)."""
    try:
        return date.fromisoformat(value.strip())
    except ValueError:
        pass
    if numeric := _NUMERIC_GIVEN.match(value):
        a, b, year = int(numeric.group(1)), int(numeric.group(3)), int(numeric.group(4))
        day, month = (a, b) if tx.day_first(text, a, b) else (b, a)
        try:
            return date(year, month, day)
        except ValueError:
            return None
    value = re.sub(r"(\d),(?=(?:19|20)\d\d\b)", r"\1, ", value)  # "October 12,2022": the year after a comma
    value = debris.in_english_months(value)  # "7 августа 2023", "3. März 2021"
    try:
        return dateparser.parse(value, dayfirst=True, fuzzy=True).date()
    except (ValueError, OverflowError, TypeError):
        return None


# a page's publication stamp in its header that the date-line rules leave: "Published 20.07.24, 06:24 PM", "Published
# Date - 01:00 PM, Fri - 28 July 23" (after an agency, a byline or a place), a site's label glued to a numeric date
# ("Lenz Daily30-04-2025")
_STAMP = re.compile(r"(?:^|\s)(?:published|posted|first published)(?:\s+(?:date|on|at))?\s*[:\-\u2013]?\s*(?P<date>.{6,45})$",
                    re.I)
_GLUED_STAMP = re.compile(r"^(?P<label>[A-Z][\w&.' -]{1,30}?[A-Za-z])(?P<date>[0-3]?\d[./-][01]?\d[./-](?:19|20)?\d\d)$")
_NUMERIC_SHORT = re.compile(r"\b([0-3]?\d)([./-])([01]?\d)\2((?:19|20)?\d\d)\b")
_DAY_MONTH_SHORT_YEAR = re.compile(r"\b([0-3]?\d)\s+([A-Z][a-z]{2,8})\.?,?\s+'?(\d\d)\b(?!\d|:)")


_FULL_DATE = re.compile(r"\b(?:(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*\.?,?\s+)?(?:"
                        r"[A-Z][a-z]{2,8}\.? [0-3]?\d(?:st|nd|rd|th)?,? (?:19|20)\d\d|"
                        r"[0-3]?\d(?:st|nd|rd|th)? [A-Z][a-z]{2,8}\.?,? (?:19|20)\d\d|"
                        r"(?:19|20)\d\d[-/.][01]?\d[-/.][0-3]?\d)\b")
_TIME = re.compile(r"\b(?:at\s+)?[0-2]?\d[:.][0-5]\d(?::[0-5]\d)?\s*(?:[ap]\.?m\.?)?(?:\s+[A-Z]{2,4}T?\b)?", re.I)
_HEADER_WORDS = {"by", "and", "at", "on", "the", "of", "staff", "writer", "reporter", "correspondent", "desk",
                 "news", "editor", "published", "posted", "date"}
HEADER_NAME_WORDS = 8  # a header line's words besides its date and time: a byline, a desk's name


def parse_header_date(line: str) -> tuple[date, str] | None:
    """(date, as written) of a header line that holds a full date and otherwise only a byline, a desk's name or a
    site's (capitalised words, "Staff Writer"), a time and separators ("Jane Roe, Staff Writer Oct 3, 2023", "Lenz
    Daily News Desk | October 3, 2023 | 2:05 pm", "2023/10/03"), or None; an update's line is none."""
    if re.search(r"\b(?:updated|modified|edited)\b", line, re.I) or not (found := _FULL_DATE.search(line)) or \
            re.search(r"\b(?:on|in|since|until|from|before|after|of|to)\s*$", line[:found.start()], re.I):
        return None  # "Storm Hits Valley On March 3, 2024": a headline in title case
    rest = _TIME.sub(" ", line[:found.start()] + " " + line[found.end():])
    words = re.findall(r"[^\W\d_][\w.'-]*", rest)
    if len(words) > HEADER_NAME_WORDS or any(w[:1].islower() and w.lower() not in _HEADER_WORDS for w in words) or \
            re.search(r"[.!?]\s*$", rest.strip()) and words:
        return None
    written = found.group(0)
    numeric = re.fullmatch(r"((?:19|20)\d\d)[-/.]([01]?\d)[-/.]([0-3]?\d)", written)
    try:
        day = date(int(numeric.group(1)), int(numeric.group(2)), int(numeric.group(3))) if numeric else \
            parse_given_date(re.sub(r"(?<=\d)(?:st|nd|rd|th)\b", "", written))
    except ValueError:
        return None
    return (day, written) if day else None


def parse_stamp(line: str, text: str = "") -> tuple[date, str] | None:
    """(date, the stamp as written) of a header line that stamps the page's publication (`_STAMP`,
    `_GLUED_STAMP`), or None. A numeric stamp is read day first unless the text writes its dates month first; a
    two-digit year is of this century."""
    match = _STAMP.search(line.strip()) or _GLUED_STAMP.match(line.strip())
    if not match:
        return parse_header_date(line)
    written = match.group("date").strip()
    if numeric := _NUMERIC_SHORT.search(written):
        a, b, year = int(numeric.group(1)), int(numeric.group(3)), int(numeric.group(4))
        year += 2000 if year < 100 else 0
        day, month = (a, b) if tx.day_first(text, a, b) or len(numeric.group(4)) == 2 else (b, a)
    elif short := _DAY_MONTH_SHORT_YEAR.search(written):
        name = short.group(2)
        day, year = int(short.group(1)), 2000 + int(short.group(3))
        month = tx.MONTHS.get(name) or tx.MONTH_ABBR.get(name[:4] if name.startswith("Sept") else name[:3]) or 0
    else:
        found = re.search(r"(?:[A-Z][a-z]{2,8}\.? \d{1,2},? \d{4}|\d{1,2} [A-Z][a-z]{2,8},? \d{4}|\d{4}-\d\d-\d\d)",
                          written)
        parsed = parse_given_date(found.group(0), text) if found else None
        return (parsed, written) if parsed else None
    try:
        return date(year, month, day), written
    except ValueError:
        return None


# ------------------------------------------------------------------------------------------------ tense (light)
_FUTURE = re.compile(r"\b(?:will|won't|shall|is|are) (?:\w+ )?(?:expected|due|scheduled|set|slated|going) to\b|"
                     r"\b(?:will|won't|shall)\b|'ll\b|\bahead of\b|\bupcoming\b|\bforthcoming\b|\bplans? to\b",
                     re.IGNORECASE)
_PAST = re.compile(r"\b(?:was|were|had|did|said|told|wrote|began|came|went|made|took|saw|left|sent|"
                   r"found|gave|got|led|met|ran|rose|fell|spoke|knew|thought|brought|announced|since|ago|"
                   r"dat(?:es|e|ing) back to|\w{3,}ed)\b", re.IGNORECASE)
_PRESENT = re.compile(r"\b(?:is|are|am|says|aims|seeks|wants|hopes|remains|continues|expects|intends|needs)\b",
                      re.IGNORECASE)
_ADJECTIVE_BEFORE = re.compile(r"\b(?:a|an|the|his|her|its|their|our|my|your|this|that|these|those)\s+$",
                               re.IGNORECASE)  # "his delayed address": an -ed word after these is an adjective
_MODAL = re.compile(r"\b(?:would|could|might|may|should)\b")
_PRESENT_PERFECT = re.compile(r"\b(?:has|have)\s+(?:\w+\s+)?(?:been|\w+ed|\w+en)\b", re.IGNORECASE)
# "would have served until 2030 had he not been pardoned": a past that did not happen, its date unclear (a
# "would have" with no condition is a reported future perfect: "estimated that 1,500 would have applied by July")
_MODAL_PERFECT = re.compile(r"\b(?:would|could|might|should)(?:\s+not|n't)?\s+have\s+(?:\w+\s+)?"
                            r"(?:been|\w+ed|\w+en)\b", re.IGNORECASE)
_UNREAL_CONDITION = re.compile(r"\bhad\s+(?:\w+\s+){1,3}?not\b|\bhad\s+(?:he|she|it|they|we|i|you|the|a|an|his|her|its|"
                               r"their|our)\s+(?:\w+\s+){0,2}?\w+(?:ed|en)\b|\bif\s+(?:\w+\s+){1,4}?had\b|"
                               r"\bbut\s+for\b|\bwere\s+it\s+not\b|\botherwise\b", re.IGNORECASE)
_FORECAST = re.compile(r"\b(?:forecasts?|forecasted|projects?|projected|predicts?|predicted|expects?|"
                       r"estimates?|estimated)\s+(?:\w+\s+){0,4}?to\s+(?!the\b|a\b|an\b)[a-z]+", re.IGNORECASE)
_PLANNED = re.compile(r"\b(?:(?:ordered|scheduled|expected|told|asked|planned|required|summoned|called|invited|"
                      r"going|supposed|slated|poised|agreed|promised|vowed|pledged|threatened|decided|intended|"
                      r"wanted|hoped|sentenced|was|were)\s+to\s+(?!the\b|a\b|an\b)[a-z]+|"
                      r"(?:due|set)\s+to\s+(?:be|take|begin|start|open|close|end|face|appear|report|return|hold|"
                      r"meet|vote|leave|arrive|stand|go)\b)", re.IGNORECASE)  # not the causal "due to heavy losses"


def _clause_before(sentence: str, start: int) -> str:
    """The words of the clause before offset `start` of `sentence`."""
    clause_start = max(sentence.rfind(sep, 0, start) for sep in (";", ":", " but ", " while ", " although ",
                                                                  " that "))
    return sentence[max(clause_start, 0):start]


def _counterfactual(sentence: str, start: int) -> bool:
    """True when the clause before offset `start` tells a past that did not happen ("would have served until 2030
    had he not been pardoned")."""
    if not _UNREAL_CONDITION.search(sentence):
        return False
    before = _clause_before(sentence, start)
    last = None
    for last in _MODAL_PERFECT.finditer(before):
        pass
    return last is not None and not _PAST.search(before, last.end())


def light_tense(sentence: str, start: int, end: int) -> str:
    """'future', 'past', 'present' or '' for the clause around [start, end) of `sentence` (offsets within it)."""
    before = _clause_before(sentence, start)
    present = [m.end() for m in _PRESENT.finditer(before)]
    counterfactual = [m.span() for m in _MODAL_PERFECT.finditer(before)] if _UNREAL_CONDITION.search(sentence) else []
    modal = [m.end() for m in _MODAL.finditer(before)] + [e for _, e in counterfactual]
    after = sentence[end:]
    after = after[len(after) - len(after.lstrip(" ,;:-")):]
    cut = re.search(r"[;,]| that | but ", after)
    after = after[:cut.start()] if cut else after
    future_before = [m.end() for m in _FUTURE.finditer(before)]
    past_before = [m.end() for m in _PAST.finditer(before) if not _ADJECTIVE_BEFORE.search(before, 0, m.start())
                   or not m.group().lower().endswith("ed")] + [m.end() for m in _PRESENT_PERFECT.finditer(before)]
    past_before = [e for e in past_before if not any(s < e <= t for s, t in counterfactual)]
    forecast = [m for m in _FORECAST.finditer(before)]
    if forecast and forecast[-1].end() > max(past_before + present + modal, default=-1):
        if re.search(r"\b(?:was|were)\s+$", before[:forecast[-1].start()], re.IGNORECASE):
            return ""  # "its remnants were forecast to dump rain Sunday": a forecast told in the past, date unclear
        return "future"  # "has forecast inflation to increase ... in 2019 and 2020": what a forecast is about
    if future_before or past_before or present or modal:
        last = max((max(found, default=-1), tense) for found, tense in
                   ((future_before, "future"), (past_before, "past"), (present, "present"), (modal, "")))
        planned = [m.end() for m in _PLANNED.finditer(before)]
        if last[1] == "past" and planned and max(planned) >= last[0]:
            return ""  # "was ordered to report to prison on Feb. 9": a plan told in the past, its date unclear
        return last[1]  # "he said he would run in 2024": after a modal the time is unclear
    if _FUTURE.search(after):
        return "future"
    if _PAST.search(after) or _PRESENT_PERFECT.search(after):
        return "past"
    return ""


# ------------------------------------------------------------------------------------------- reference events
@dataclass(frozen=True)
class ReferenceEvent:
    event_id: str
    start: date
    end: date
    description: str
    mention: re.Pattern | None  # a mention of the event itself
    elapsed_anchor: re.Pattern | None  # words that, next to an elapsed-time phrase, count from the event


@lru_cache(maxsize=1)
def reference_events() -> tuple[ReferenceEvent, ...]:
    """General, well-known dated events (`data/reference_events.csv`)."""
    text = resources.files("analysis").joinpath("data/reference_events.csv").read_text(encoding="utf-8")
    events = []
    for row in csv.DictReader(text.splitlines()):
        events.append(ReferenceEvent(
            row["event_id"], date.fromisoformat(row["start"]), date.fromisoformat(row["end"]), row["description"],
            re.compile(row["mention"], re.IGNORECASE) if row.get("mention") else None,
            re.compile(row["elapsed_anchor"], re.IGNORECASE) if row.get("elapsed_anchor") else None))
    return tuple(events)


_NUM = r"(?P<n>\d+|a|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|eighteen|twenty|" \
       r"thirty)"
_ORD = r"(?P<ord>" + "|".join(tx.ORDINALS) + r"|\d+(?:st|nd|rd|th))"
_QUAL = r"(?:(?P<q>nearly|almost|approaching|nearing|close to|more than|over|about|around|some|just over)\s+)?"
_ELAPSED = [
    ("ordinal", re.compile(r"\b(?P<q>approaching|nearing|entering|enters|entered|in|into|reaching)\s+(?:its|their|"
                           r"the|the\s+(?:war|invasion|conflict)'s)\s+" + _ORD + r"\s+(?P<unit>week|month|year)\b",
                           re.IGNORECASE)),
    ("anniversary", re.compile(r"\b(?:(?P<ord>" + "|".join(tx.ORDINALS) + r"|\d+(?:st|nd|rd|th))|(?P<n>one|two|three|"
                               r"four|five|\d+)[- ]year)\s+anniversary\b(?P<unit>)(?P<q>)", re.IGNORECASE)),
    ("length", re.compile(r"\b" + _QUAL + _NUM + r"[- ](?P<unit>week|month|year)(?:s)?(?:[- ](?:old|long))?\s+"
                          r"(?:\w+\s+){0,2}?(?:war|invasion|conflict|rule|reign|presidency|offensive)\b",
                          re.IGNORECASE)),
    ("into", re.compile(r"\b" + _QUAL + _NUM + r"\s+(?P<unit>week|month|year)s?\s+(?:into|of|since the start of)\s+"
                        r"(?:the\s+|its\s+|Russia's\s+)?(?:full[- ]scale\s+)?(?:war|invasion|conflict|fighting)\b",
                        re.IGNORECASE)),
    ("ago", re.compile(r"\b" + _QUAL + _NUM + r"\s+(?P<unit>week|month|year)s?\s+ago\b", re.IGNORECASE)),
    ("for", re.compile(r"\b(?:for|in|over)\s+(?:the\s+(?:past|last)\s+)?" + _QUAL + _NUM
                       + r"\s+(?P<unit>week|month|year)s?\b(?=[^.;]{0,80}?\b(?:ha(?:s|ve)|'ve)\s+(?:been\s+)?\w+(?:ed|ing)\b)",
                       re.IGNORECASE)),  # "For over two years, the authorities have been recruiting prisoners"
]

_FIGURE = re.compile(r"\d")  # a year is written in figures
_ELAPSED_WORDS = ("week", "month", "year", "anniversary")  # every match of _ELAPSED holds one: a sentence with
#                                                             none is not scanned


def _count(word: str) -> float:
    word = word.lower()
    if word[:1].isdigit():
        return float(re.match(r"\d+", word).group(0))
    return float(tx.ORDINALS.get(word) or tx.NUMBER_WORDS.get(word) or 0)


def _elapsed_window(kind: str, qual: str, n: float, unit: str) -> tuple[float, float]:
    """Elapsed units since the event, as a (low, high) interval, from how the text counts them."""
    qual = (qual or "").lower()
    if kind == "anniversary":  # written in the weeks around it
        return n - 1 / 12, n + 1 / 12
    if kind == "ordinal":  # "in its sixth month": 5 to 6 months have passed; "approaching" is used loosely
        return (n - 2, n + 0.5) if qual in {"approaching", "nearing", "reaching"} else (n - 1.5, n)
    if qual in {"nearly", "almost", "approaching", "nearing", "close to"}:
        return n - 1, n
    if qual in {"more than", "over", "just over"}:
        return n, n + max(1.0, n / 2)
    if unit == "year":  # "his 23-year rule": rounded years
        return n - 0.5, n + (1 if n > 3 else 0.5)
    return n * 0.9 - 0.5, n * 1.1 + 0.5  # "six months into the war": a rounded count of months or weeks


def _likely_elapsed(kind: str, qual: str, n: float) -> float:
    """The most likely count of elapsed units behind a phrase ("approaching its sixth month": 5.5 months)."""
    qual = (qual or "").lower()
    if kind == "ordinal" or qual in {"approaching", "nearing"}:
        return n - 0.5
    if qual in {"nearly", "almost", "close to"}:
        return n - 0.25
    if qual in {"more than", "over", "just over"}:
        return n + 0.5
    return n


def _add(d: date, unit: str, amount: float) -> date:
    days = {"week": 7, "month": 30.44, "year": 365.25}[unit] * amount
    return d + timedelta(days=round(days))


# ------------------------------------------------------------------------------------------------ the solver
@dataclass(frozen=True)
class _Constraint:
    clue: Clue
    weight: float
    intervals: tuple[tuple[date, date], ...]  # publication lies in one of these (inclusive)
    past_end: date | None = None  # the end of a past event (to place the best day just after it)
    likely: date | None = None  # the most likely publication day by this clue alone (elapsed-time phrases)
    year_evidence: bool = True
    bare: tx.Timex | None = None  # a past month or day without a year (placed once the span is known)
    starts: tuple[date, ...] = ()  # the possible start days of that past month or day, one per year
    soft: bool = False  # a preference (news reports recent events), not shown as evidence or conflict


def _sentence_constraints(sentence: str, offset: int) -> list[_Constraint]:
    out: list[_Constraint] = []
    found = tx.find_timexes(sentence)
    for t in found:
        if t.kind not in {"absolute", "partial"} or not (t.month or t.year or t.season):
            continue
        tense = "past" if t.open in {"since", "as_of"} else light_tense(sentence, t.start, t.end)
        if not tense and _counterfactual(sentence, t.start):
            continue  # "would have served until 2030": no bound either way
        clue_text, s, e = t.text, offset + t.start, offset + t.end
        if t.year and t.unit != "decade":
            res = tx.resolve(t, None, tense)
            if not res.start:
                continue
            start, end = date.fromisoformat(res.start), date.fromisoformat(res.end)
            if tense == "future":
                out.append(_Constraint(Clue(clue_text, f"spoken of in the future: published by {end}", s, e), 1.0,
                                       ((date.min, end),)))
            elif tense == "past" or t.open not in {"by", "until"}:  # "by 2030" with no tense is a target
                weight = (FULL_DATE_WEIGHT if t.day else 1.0) if tense == "past" else UNCLEAR_TENSE_WEIGHT
                why = "described in the past" if tense == "past" else "dated event (tense unclear)"
                out.append(_Constraint(Clue(clue_text, f"{why}: published on or after {start}", s, e), weight,
                                       ((start, date.max),), past_end=end))
                if t.day and tense == "past":  # news reports recent events: prefer days soon after a dated one
                    out.extend(_Constraint(Clue(clue_text, "a recent dated event", s, e), RECENT_WEIGHT,
                                           ((start, start + timedelta(days=days)),), soft=True)
                               for days in RECENT_DAYS)
        elif t.month and tense in {"past", "future"}:
            out.extend(_bare_month_constraint(t, tense, clue_text, s, e))
        if t.day and t.month and t.weekday is not None and not t.year:
            out.append(_weekday_date_constraint(t, tense, clue_text, s, e))
    out.extend(_month_word_constraints(sentence, offset, found))
    out.extend(_year_word_constraints(sentence, offset, found))
    out.extend(_reference_constraints(sentence, offset, found))
    out.extend(_counted_from_a_year(sentence, offset))
    return out


_FROM_A_YEAR = re.compile(
    r"\b(?:(?P<ord>" + "|".join(tx.ORDINALS) + r"|\d{1,3}(?:st|nd|rd|th))\s+anniversary\s+of|"
    r"(?P<n>\d{1,3}|" + "|".join(tx.COUNT_WORDS) + r")\s+years\s+"
    r"(?:after|since))\s+(?:the\s+|its\s+|their\s+)?(?:[\w-]+\s+){0,3}?(?P<year>(?:19|20)\d\d)\b(?![-/]\d)",
    re.IGNORECASE)


def _counted_from_a_year(sentence: str, offset: int) -> list[_Constraint]:
    """'the 32nd anniversary of the 1985 quake': published in 2017; 'ten years after the 2008 crisis': around
    2018 (half a year either way, the day in the year being unknown)."""
    out = []
    for m in _FROM_A_YEAR.finditer(sentence):
        year = int(m.group("year"))
        if m.group("ord"):
            n = int(_count(m.group("ord")))
            span = (date(year + n, 1, 1), date(year + n, 12, 31))
            why = f"the {m.group('ord')} anniversary of a {year} event: published in {year + n}"
        else:
            n = int(_count(m.group("n")))
            span = (date(year + n, 1, 1) - relativedelta(months=6), date(year + n, 12, 31) + relativedelta(months=6))
            why = f"{n} years after a {year} event: published {span[0]} to {span[1]}"
        if n and FIRST_YEAR <= year + n <= LAST_YEAR:
            out.append(_Constraint(Clue(m.group(0), why, offset + m.start(), offset + m.end()), 1.0, (span,)))
    return out


def _year_word_constraints(sentence: str, offset: int, found: list[tx.Timex]) -> list[_Constraint]:
    """'since last year after its invasion in February 2022': 'last year' / 'this year' beside one past year."""
    out = []
    years_here = [t for t in found if t.year and t.kind in {"absolute", "partial"} and not t.day]
    past_years = {t.year for t in years_here if light_tense(sentence, t.start, t.end) != "future"}
    if len(past_years) != 1:
        return out
    named = past_years.pop()
    for m in re.finditer(r"\b(last|this) year\b", sentence, re.IGNORECASE):
        year = named + (1 if m.group(1).lower() == "last" else 0)
        why = f"'{m.group(0)}' beside the past year {named} in one sentence: published in {year}"
        out.append(_Constraint(Clue(m.group(0), why, offset + m.start(), offset + m.end()), 1.0,
                               ((date(year, 1, 1), date(year, 12, 31)),)))
    return out


def _bare_month_constraint(t: tx.Timex, tense: str, text: str, s: int, e: int) -> list[_Constraint]:
    intervals, starts = _bare_month_intervals(replace(t, start=0, end=0, text="", open=""), tense)
    if tense == "past":
        why = f"no year, described in the past: published within {BARE_MONTH_WINDOW_MONTHS} months after it"
        return [_Constraint(Clue(text, why, s, e), 0.5, intervals, year_evidence=False, bare=t, starts=starts)]
    why = f"no year, spoken of in the future: published within {BARE_MONTH_WINDOW_MONTHS} months before it"
    return [_Constraint(Clue(text, why, s, e), 0.5, intervals, year_evidence=False)]


@lru_cache(maxsize=1024)
def _bare_month_intervals(t: tx.Timex, tense: str) -> tuple[tuple[tuple[date, date], ...], tuple[date, ...]]:
    """A yearless month or day in every year considered: the publication windows after it (past tense) or
    before it, and its first days (cached: texts name the same months again and again)."""
    years = range(FIRST_YEAR, LAST_YEAR + 1)
    spans = [tx.resolve(tx.Timex(**{**t.__dict__, "year": y}), None, tense) for y in years]
    spans = [(date.fromisoformat(r.start), date.fromisoformat(r.end)) for r in spans if r.start]
    window = relativedelta(months=BARE_MONTH_WINDOW_MONTHS)
    if tense == "past":
        return tuple((a, a + window) for a, _ in spans), tuple(a for a, _ in spans)
    return tuple((b - window, b) for _, b in spans), ()


def _weekday_date_constraint(t: tx.Timex, tense: str, text: str, s: int, e: int) -> _Constraint:
    """'Friday, October 4': only some years have that weekday on that day."""
    window = relativedelta(months=BARE_MONTH_WINDOW_MONTHS)
    days = [date(y, t.month, t.day) for y in range(FIRST_YEAR, LAST_YEAR + 1) if _valid_day(y, t.month, t.day)]
    days = [d for d in days if d.weekday() == t.weekday]
    intervals = tuple((d - window, d) if tense == "future" else (d, d + window) for d in days)
    why = "weekday and date without a year: only years where they agree (" \
          + ", ".join(str(d.year) for d in days[-4:]) + ", ...)"
    return _Constraint(Clue(text, why, s, e), 1.0, intervals, year_evidence=False)


def _valid_day(year: int, month: int, day: int) -> bool:
    try:
        date(year, month, day)
    except ValueError:
        return False
    return True


def _month_word_constraints(sentence: str, offset: int, found: list[tx.Timex]) -> list[_Constraint]:
    """'last month' / 'this month' beside a yearless month in one sentence: publication in the next / that month."""
    months = [t for t in found if t.month and not t.year and t.kind in {"absolute", "partial"}]
    out = []
    for t in found:
        if t.kind != "relative" or t.unit != "month" or t.offset not in {-1, 0} or t.qualifier or len(months) != 1:
            continue
        month = months[0].month
        target = month % 12 + 1 if t.offset == -1 else month
        intervals = tuple((date(y, target, 1), tx.month_part_span(y, target, "")[1])
                          for y in range(FIRST_YEAR, LAST_YEAR + 1))
        why = f"'{t.text}' beside {months[0].text} in one sentence: published in {_month_name(target)}"
        out.append(_Constraint(Clue(t.text, why, offset + t.start, offset + t.end), 1.0, intervals,
                               year_evidence=False))
    return out


def _month_name(month: int) -> str:
    return date(2000, month, 1).strftime("%B")


def _closest_event(sentence: str, elapsed: re.Match, *, within_phrase: bool = False) -> ReferenceEvent | None:
    """The reference event whose words stand nearest to an elapsed-time phrase in the sentence; with
    `within_phrase`, only an event whose words overlap the phrase ('his 23-year rule' counts from a ruler's
    accession, never from a war named elsewhere in the sentence)."""
    best, best_distance = None, len(sentence) + 1
    for event in reference_events():
        if event.elapsed_anchor is None:
            continue
        for m in event.elapsed_anchor.finditer(sentence):
            distance = max(m.start() - elapsed.end(), elapsed.start() - m.end(), 0)
            if within_phrase and (m.end() <= elapsed.start() or m.start() >= elapsed.end()):
                continue
            if distance < best_distance:
                best, best_distance = event, distance
    return best


def _reference_constraints(sentence: str, offset: int, found: list[tx.Timex]) -> list[_Constraint]:
    out: list[_Constraint] = []
    years = [t.year for t in found if t.year]
    folded = sentence.casefold()
    elapsed = _ELAPSED if any(word in folded for word in _ELAPSED_WORDS) else []
    for kind, pattern in elapsed:
        for m in pattern.finditer(sentence):
            n = _count(m.groupdict().get("ord") or m.groupdict().get("n") or "")
            event = _closest_event(sentence, m, within_phrase=kind == "length")
            if not n or event is None:
                continue
            unit = m.group("unit").lower() or "year"
            low, high = _elapsed_window(kind, m.group("q"), n, unit)
            span = (_add(event.start, unit, low), _add(event.end, unit, high))
            middle = event.start + (event.end - event.start) / 2
            likely = _add(middle, unit, _likely_elapsed(kind, m.group("q"), n))
            why = f"{m.group(0).strip()!r} counted from {event.description} ({event.start}): published {span[0]} to " \
                  f"{span[1]}"
            out.append(_Constraint(Clue(m.group(0), why, offset + m.start(), offset + m.end()), 1.0, (span,),
                                   likely=likely))
    for event in reference_events():
        # a year in the sentence may date the mention itself, unless it is before the event ('convicted over the
        # 2006 murder ... pardoned after fighting in Ukraine')
        if event.mention is not None and all(year < event.start.year for year in years):
            for m in event.mention.finditer(sentence):
                tense = light_tense(sentence, m.start(), m.end())
                if tense == "future":
                    why = f"{event.description} ({event.start}) spoken of in the future: published by {event.end}"
                    out.append(_Constraint(Clue(m.group(0), why, offset + m.start(), offset + m.end()), 0.5,
                                           ((date.min, event.end),)))
                elif tense == "past" or event.start < date(2023, 1, 1):
                    why = f"mentions {event.description} ({event.start}): published on or after {event.start}"
                    out.append(_Constraint(Clue(m.group(0), why, offset + m.start(), offset + m.end()), 0.5,
                                           ((event.start, date.max),), past_end=event.end))
                break
    return out


def text_constraints(article: Article, *, full_dates_only: bool = False) -> list[_Constraint]:
    """Every dating clue of the article body, sentence by sentence; with `full_dates_only`, those of the sentences
    that write out a day with its year (`_writes_full_date`) only, the others left unread."""
    folded = article.folded or article.body
    sentences = article.sentences or []
    out: list[_Constraint] = []
    for sentence in sentences:
        text = folded[sentence.start:sentence.end]
        try:
            if not full_dates_only or _writes_full_date(text):
                out.extend(_sentence_constraints(text, sentence.start))
        except (ValueError, OverflowError, KeyError, IndexError, AttributeError):
            continue
    return out


def _writes_full_date(sentence: str) -> bool:
    """Whether the sentence names a day with its year, the only clue weighing FULL_DATE_WEIGHT (a year is written
    in figures: a sentence without one has none)."""
    return bool(_FIGURE.search(sentence)) and any(t.day and t.year and t.kind in {"absolute", "partial"} and
                                                  t.unit != "decade" for t in tx.find_timexes(sentence))


def solve(constraints: list[_Constraint]) -> PublicationDate:
    """The best-supported date, unless one lone clue sets a bound against the others: then, when leaving that
    clue out satisfies every other clue (at least MIN_CONSISTENT of them), the others' date is the best guess,
    the window spans both readings, the confidence is low and the lone clue is listed as a conflict."""
    found = _solve(constraints)
    if not found.conflicts or not found.earliest:
        return found
    earliest, latest = found.earliest, found.latest
    binding = [c for c in constraints if c.weight >= CONFLICT_WEIGHT and any(
        a.isoformat() == earliest or b.isoformat() == latest for a, b in c.intervals)]
    if len(binding) != 1 or sum(c.intervals == binding[0].intervals for c in constraints) != 1:
        return found  # several clues set the bound, or the date is written more than once: no slip
    lone = binding[0]
    rest = [c for c in constraints if c is not lone]
    others = _solve(rest)
    if others.conflicts or not others.best or sum(_satisfied(c, date.fromisoformat(others.best))
                                                  for c in rest if c.weight >= 0.5) < MIN_CONSISTENT:
        return found
    others.earliest, others.latest = min(others.earliest, earliest), max(others.latest, latest)
    others.rate("low", "one clue disagrees with all the others: the others' date is the best guess, and the "
                       "window spans both readings")
    others.conflicts.append(Clue(lone.clue.text, f"{lone.clue.reason} (alone against {MIN_CONSISTENT} or more "
                                                 "consistent clues: perhaps a slip)", lone.clue.start, lone.clue.end))
    return others


def _solve(constraints: list[_Constraint]) -> PublicationDate:
    """The span of days satisfying the most clue weight, a best day within it, and a confidence.

    Among tied days the ones after which the yearless past events are most recent win, and of those the
    earliest (the earliest consistent year, not the most recent). A clue of weight >= CONFLICT_WEIGHT that the
    span does not satisfy is listed as a conflict and widens the window to reach it (when it lies near)."""
    if not any(c.year_evidence for c in constraints):
        clues = [c.clue for c in constraints][:MAX_EVIDENCE]
        return PublicationDate(evidence=[Clue("", "no dated clue with a year in the text")] + clues)
    years = [d.year for c in constraints if c.year_evidence for iv in c.intervals for d in iv
             if d not in (date.min, date.max) and FIRST_YEAR <= d.year <= LAST_YEAR]
    if not years:
        return PublicationDate(evidence=[Clue("", f"no dated clue between {FIRST_YEAR} and {LAST_YEAR}")])
    constraints = _recent_after_the_latest_event(constraints)
    lo, hi = date(max(FIRST_YEAR, min(years) - 1), 1, 1), date(min(LAST_YEAR, max(years) + DOMAIN_YEARS_AFTER), 12, 31)
    n_days = (hi - lo).days + 1
    score = np.zeros(n_days)
    for c in constraints:
        score += c.weight * _hits(c, lo, n_days)
    top = score.max()
    candidates = np.flatnonzero(score >= top - 1e-9)
    runs = np.split(candidates, np.flatnonzero(np.diff(candidates) > 1) + 1)
    # Among the days that satisfy the most clues, prefer the one after which the yearless past events named in
    # the text are the most recent (the oldest of them the youngest): news reports what just happened. Ages
    # within TIE_DAYS of the best are ties (leap years shift them by a day), and the earliest tied day wins.
    ages = _ages_of_yearless_events(constraints, lo, n_days)
    tied = candidates[ages[candidates] <= ages[candidates].min() + TIE_DAYS]
    chosen = int(tied[0])
    run = next(r for r in runs if r[0] <= chosen <= r[-1])
    earliest, latest = lo + timedelta(days=int(run[0])), lo + timedelta(days=int(run[-1]))
    pick = lo + timedelta(days=chosen)
    evidence: list[Clue] = []
    unbounded = latest == hi
    if unbounded:
        latest = max(pick, earliest) + timedelta(days=365)  # for placing the best day only
        evidence.append(Clue("", f"no clue bounds it from above: the window stays open (latest: the end of "
                                 f"{LAST_YEAR}, the last year considered)"))
    past_ends = [c.past_end for c in constraints if c.past_end and earliest <= c.past_end <= latest]
    for c in constraints:
        if c.bare is not None:
            placed = tx.resolve(c.bare, pick, "past")
            if placed.start and placed.start <= pick.isoformat():
                earliest = max(earliest, date.fromisoformat(placed.start))
            if placed.end and placed.end <= latest.isoformat():
                past_ends.append(date.fromisoformat(placed.end))
    best = min(max([pick, *past_ends]) + timedelta(days=PUBLICATION_LAG_DAYS), latest)
    likely = [c.likely for c in constraints if c.likely and earliest <= c.likely <= latest and _satisfied(c, best)]
    if likely:  # elapsed-time phrases ("now approaching its sixth month") pull the best day to their middle (all
        #        the way when no dated past event sets it)
        centre = min(likely) + (max(likely) - min(likely)) / 2
        best = min(max(best + (centre - best) / (2 if past_ends else 1), earliest), latest)
    binding = [c for c in constraints if _satisfied(c, best) and not c.soft]
    binding.sort(key=lambda c: (-_tightness(c, earliest, latest), c.clue.start))
    evidence = [c.clue for c in binding[:MAX_EVIDENCE]] + evidence
    found = PublicationDate(best.isoformat(), earliest.isoformat(), latest.isoformat(), "inferred", evidence)
    _rate_inferred(found, constraints, best, unbounded)
    if unbounded:
        found.latest = max(found.latest, date(LAST_YEAR, 12, 31).isoformat())
    return found


def _recent_after_the_latest_event(constraints: list[_Constraint]) -> list[_Constraint]:
    """The constraints without the preference for days soon after a dated event (soft) that ends before another
    event the text describes in the past happened: news reports its latest events ("the first case on 1 July 2022
    ... the last dates back to 7 February 2023" prefers days after February 2023, not after July 2022). A date of
    unclear tense (weight below 1) may be a plan: it drops no preference."""
    latest_start = max((c.intervals[0][0] for c in constraints if c.past_end and not c.soft and c.weight >= 1.0),
                       default=date.min)
    return [c for c in constraints if not c.soft or not c.intervals or c.intervals[-1][1] >= latest_start]


def _hits(c: _Constraint, lo: date, n_days: int) -> np.ndarray:
    hit = np.zeros(n_days, dtype=bool)
    for a, b in c.intervals:
        i = max((a - lo).days if a != date.min else 0, 0)
        j = min((b - lo).days if b != date.max else n_days, n_days)
        if j >= 0 and i < n_days:
            hit[i:j + 1] = True
    return hit


def _rate_inferred(found: PublicationDate, constraints: list[_Constraint], best: date, unbounded: bool) -> None:
    """Confidence of a date inferred from the text (never high: no clue states it). Conflicting clues are
    listed; a near one widens the window to take in the reading it allows (the whole of a bounded one), so the
    window never rests on one side of a conflict."""
    earliest, latest = date.fromisoformat(found.earliest), date.fromisoformat(found.latest)
    width = (latest - earliest).days
    if unbounded:
        found.rate("low", "no clue bounds the date from above")
    elif width <= NARROW_DAYS:
        found.rate("medium", f"inferred from the text's clues; window of {width + 1} days")
    else:
        found.rate("low", f"inferred from the text's clues; window of {width + 1} days")
    for c in constraints:
        if c.weight < CONFLICT_WEIGHT or _satisfied(c, best):
            continue
        # the nearest reading the clue allows: taken in whole when bounded (a lower bound: its first day)
        gaps = [((a - latest).days, "latest", min(b, a + timedelta(days=WIDEN_DAYS)) if b != date.max else a)
                if a > latest else ((earliest - b).days, "earliest", a if a != date.min else b)
                for a, b in c.intervals if a > latest or b < earliest]
        gap, side, day = min(gaps, default=(WIDEN_DAYS + 1, "", None))
        widened = ""
        if gap <= WIDEN_DAYS:
            earliest, latest = (min(day, earliest), latest) if side == "earliest" else (earliest, max(day, latest))
            widened = f"; window widened to {earliest}..{latest}"
        found.add_conflict(Clue(c.clue.text, f"{c.clue.reason} (not met by {best}{widened})", c.clue.start,
                                c.clue.end))
    found.earliest, found.latest = earliest.isoformat(), latest.isoformat()


def _ages_of_yearless_events(constraints: list[_Constraint], lo: date, n_days: int) -> np.ndarray:
    """For each candidate day, the age in days of the oldest yearless past month or day named (each taken in its
    latest year before that day), the summed ages breaking ties: the smaller, the more recent the whole story."""
    days = np.arange(n_days)
    total, oldest = np.zeros(n_days), np.zeros(n_days)
    for c in constraints:
        if not c.starts:
            continue
        starts = np.array(sorted((d - lo).days for d in c.starts))
        index = np.searchsorted(starts, days, side="right") - 1
        age = np.where(index >= 0, days - starts[np.clip(index, 0, None)], 366)
        total += age
        oldest = np.maximum(oldest, age)
    return oldest + total / 1000


def _satisfied(c: _Constraint, day: date) -> bool:
    return any(a <= day <= b for a, b in c.intervals)


def _tightness(c: _Constraint, earliest: date, latest: date) -> float:
    """How much a clue pins the span: 2 when it sets a bound, else its weight."""
    sets_bound = any(a == earliest or b == latest for a, b in c.intervals)
    return 2 * c.weight + (2 if sets_bound else 0)


def infer_publication_date(article: Article) -> PublicationDate:
    """The publication date of one article, with its confidence: a stated date when there is one (checked
    against a wire dateline and the text's dated past events), else inferred from the text."""
    try:
        stated = _stated_date(article)
        if stated is not None:
            return stated
        inferred = solve(text_constraints(article))
        return _dateline_date(article, inferred) or _updated_date(article, inferred) or inferred
    except (ValueError, OverflowError, IndexError, KeyError, AttributeError, TypeError) as error:
        return PublicationDate(evidence=[Clue("", f"date inference failed ({type(error).__name__})")])


def _stated_date(article: Article) -> PublicationDate | None:
    """The date stated in the manifest or the file (date line, HTML tag). A wire dateline of an earlier day in
    the text dates the story a copying page carries: the window runs from it to the page's date, with the
    dateline's day as the best guess. A past event with its full date written after the stated date is
    listed as a conflict."""
    for name in ("published", "given_date"):
        if name not in article.meta or not (day := parse_given_date(article.meta[name].value, article.body)):
            continue
        in_file = name == "given_date" or "HTML" in article.meta[name].evidence
        clue = Clue(article.meta[name].evidence, f"stated {'in the file' if in_file else 'in the manifest'}")
        found = PublicationDate(day.isoformat(), day.isoformat(), day.isoformat(), "given", [clue])
        found.rate("high", clue.reason)
        if not in_file:
            return found  # the user's manifest is not second-guessed
        line = _dateline(article, day)
        if line is not None:
            wire, match = line
            wire_clue = Clue(match.group(0).strip(), f"wire dateline: the story is dated {wire}", match.start(),
                             match.end())
            if abs((wire - day).days) <= 1:
                found.evidence.append(wire_clue)
            elif wire < day and (day - wire).days <= COPY_MAX_DAYS:
                found = PublicationDate(wire.isoformat(), wire.isoformat(), day.isoformat(), "inferred",
                                        [wire_clue, Clue(clue.text, f"{clue.reason}: a copy's page date, the window's "
                                                                    "latest day")])
                found.rate("medium", "the wire dateline is earlier than the page's stated date: dated by the "
                                     "dateline, the page date kept as the latest")
            else:
                found.add_conflict(Clue(wire_clue.text, f"{wire_clue.reason}, far from the stated date",
                                        wire_clue.start, wire_clue.end), at_most="medium")
        for c in text_constraints(article, full_dates_only=True):  # a past day and year after the stated date
            if c.weight >= FULL_DATE_WEIGHT and c.past_end is not None and not _satisfied(c, day):
                found.add_conflict(Clue(c.clue.text, f"{c.clue.reason} (after the stated date)", c.clue.start,
                                        c.clue.end), at_most="medium")
        return found
    return None


def _updated_date(article: Article, inferred: PublicationDate) -> PublicationDate | None:
    """A page's "Updated ..." date when it states no publication date: the article appeared on or before it,
    most likely that day (news pages are updated within hours or days)."""
    field_ = article.meta.get("given_updated")
    updated = parse_given_date(field_.value, article.body) if field_ else None
    if not updated:
        return None
    earliest = inferred.earliest if inferred.earliest and inferred.earliest <= updated.isoformat() else updated.isoformat()
    clue = Clue(field_.evidence, "the page's update date: published on or before it, most likely that day")
    found = PublicationDate(updated.isoformat(), earliest, updated.isoformat(), "inferred",
                            [clue, *inferred.evidence])
    return found.rate("medium", "the page states only when it was updated: published on or before that day")


DATELINE_PARAGRAPHS = 8  # a dateline is looked for this far down a page, past its title lines
_SENTENCE_END = re.compile(r"[.!?][\"'\u201d\u2019)]*\s*$")
COPY_MAX_DAYS = 400  # a page date at most this long after a wire dateline is a later copy of the wire story
DATELINE_SLACK_DAYS = (1, 2)  # a dateline's day in local time: the window runs from a day before to two after
_DATELINE_DATE = (r"(?:(?P<m1>[A-Z][a-z]{2,8})\.? (?P<d1>\d{1,2})|(?P<d2>\d{1,2}) (?P<m2>[A-Z][a-z]{2,8}))"
                  r"(?:,? (?P<y>\d{4}))?")
_DATELINE = re.compile(
    r"^(?:(?P<place>[A-Z][A-Za-z .'/-]{1,40}(?:,\s*[A-Z][A-Za-z.'-]+(?:\s[A-Z][A-Za-z.'-]+)?)?),\s*" + _DATELINE_DATE + r"\s*(?:\([^)]{2,40}\)\s*)?"
    r"|" + _DATELINE_DATE.replace("?P<", "?P<x") + r"\s*\((?P<agency>[^)]{2,40})\)\s*)-"
    r"|^(?P<zplace>[A-Z][A-Za-z .'/-]{1,40}(?:,\s*[A-Z][A-Za-z .'-]{1,30})?)\s+-\s+"
    + _DATELINE_DATE.replace("?P<", "?P<z").replace(r"(?:,? (?P<zy>\d{4}))?", r",? (?P<zy>\d{4})") + r"\s*[:-]")


def _dateline(article: Article, near: date | None, inferred: PublicationDate | None = None
              ) -> tuple[date, re.Match] | None:
    """A wire dateline at the start of one of the first three paragraphs of prose ("MOSCOW, Jan 20 (Reuters) -",
    "Oct 3 (Reuters) -", "Lima, Peru - October 3, 2019:"); headings and page lines before them, which end with no
    sentence mark, are passed over. Its day, and its year when written, else the year that puts it on or just
    before `near`, else the one the inferred window allows (nearest its best guess)."""
    text = article.folded or article.body
    prose = 0
    for paragraph in article.paragraphs[:DATELINE_PARAGRAPHS]:
        match = _DATELINE.match(text[paragraph.start:paragraph.start + 120])
        if match:
            break
        prose += bool(_SENTENCE_END.search(text[paragraph.start:paragraph.end]))
        if prose == 3:
            return None
    else:
        return None
    g = {k.lstrip("xz"): v for k, v in match.groupdict().items() if v}
    name = (g.get("m1") or g.get("m2") or "").capitalize()
    month = tx.MONTHS.get(name) or tx.MONTH_ABBR.get(name[:4] if name.startswith("Sept") else name[:3])
    day = int(g.get("d1") or g.get("d2") or 0)
    if not month or not day:
        return None
    if g.get("y"):
        years = [int(g["y"])]
    elif near is not None:
        years = [y for y in (near.year + 1, near.year, near.year - 1) if _valid_day(y, month, day)
                 and date(y, month, day) <= near + timedelta(days=1)][:1]
    elif inferred is not None and inferred.best:
        best = date.fromisoformat(inferred.best)
        years = sorted((best.year - 1, best.year, best.year + 1),
                       key=lambda y: abs((date(y, month, min(day, 28)) - best).days))
        lo, hi = date.fromisoformat(inferred.earliest), date.fromisoformat(inferred.latest)
        years = [y for y in years if _valid_day(y, month, day) and lo <= date(y, month, day) <= hi] or years[:1]
    else:
        return None
    if not years or not _valid_day(years[0], month, day):
        return None
    shifted = _Match(match, paragraph.start)
    return date(years[0], month, day), shifted


@dataclass(frozen=True)
class _Match:
    """A regex match moved to body offsets."""

    match: re.Match
    offset: int

    def group(self, i: int | str = 0) -> str:
        return self.match.group(i)

    def start(self) -> int:
        return self.match.start() + self.offset

    def end(self) -> int:
        return self.match.end() + self.offset


def _dateline_date(article: Article, inferred: PublicationDate) -> PublicationDate | None:
    """A wire dateline gives the day (a yearless one takes its year from the span the other clues allow)."""
    found = _dateline(article, None, inferred)
    if found is None:
        return None
    day, match = found
    has_year = bool(match.group("y") or match.group("xy") or match.group("zy"))
    why = "the dateline gives the day" + ("" if has_year else "; the year is the one the other clues allow")
    clue = Clue(match.group(0).strip(), why, match.start(), match.end())
    before, after = DATELINE_SLACK_DAYS
    result = PublicationDate(day.isoformat(), (day - timedelta(days=before)).isoformat(),
                             (day + timedelta(days=after)).isoformat(), "inferred", [clue, *inferred.evidence])
    if has_year:
        return result.rate("high", "a wire dateline states the day and year (a day either way for time zones "
                                   "and copies)")
    result.rate("medium", "a wire dateline states the day; its year comes from the other clues")
    if inferred.latest and inferred.earliest and not inferred.earliest <= day.isoformat() <= inferred.latest:
        result.add_conflict(Clue("", f"the other clues put the date in {inferred.earliest}..{inferred.latest}"))
    return result


VERSION_NEAR_DAYS = 60  # a translation or copy with no firmer bound appears within this many days of its original


def propagate_across_versions(articles: list[Article], relations: pd.DataFrame) -> None:
    """A translation or copy appears no earlier than its original (and, with no firmer bound, within
    VERSION_NEAR_DAYS of it); a stated date before its original's is listed as a conflict."""
    from . import relations as relations_module  # scikit-learn: not for a reader that only loads an article

    by_id = {a.article_id: a for a in articles if a.ok}
    originals = relations_module.originals(relations)  # derived id -> (original id, kind), in one pass
    for article in sorted(by_id.values(), key=lambda a: _hops_to_first_original(a.article_id, originals)):
        source_id, kind = originals.get(article.article_id, ("", ""))
        if source_id not in by_id:
            continue
        original = by_id[source_id].published
        mine = article.published
        if not original.earliest:
            continue
        what = f"a {kind} appears no earlier than its original"
        if mine.provenance == "given":
            if mine.best < original.earliest:
                mine.add_conflict(Clue(f"article {source_id} published {original.best or original.earliest}",
                                       f"{what}, but the stated date is earlier"), at_most="medium")
            continue
        if original.earliest and (not mine.earliest or mine.earliest < original.earliest):
            mine.earliest = original.earliest
            mine.evidence.append(Clue(f"article {source_id} published {original.best or original.earliest}", what))
            if not mine.best or mine.best < mine.earliest:
                mine.best = original.best or original.earliest
            if mine.latest and mine.latest < mine.earliest:
                mine.add_conflict(Clue(f"article {source_id} published {original.best or original.earliest}",
                                       f"{what}, but the text's own clues end the window on {mine.latest}"))
                mine.latest = ""  # the text's own clues contradict the original's date: keep the stronger bound
            mine.provenance = "inferred"
        near = (date.fromisoformat(original.latest or original.earliest) + timedelta(days=VERSION_NEAR_DAYS))
        if mine.confidence in {"low", ""} and (not mine.latest or mine.latest > near.isoformat()):
            mine.latest = max(near.isoformat(), mine.earliest)
            mine.evidence.append(Clue(f"article {source_id}", f"a {kind} appears within {VERSION_NEAR_DAYS} days of "
                                                              "its original"))
        if mine.confidence in {"low", ""} and not mine.conflicts:
            mine.rate("medium" if original.confidence == "high" else "low",
                      f"dated by its original (article {source_id}, confidence {original.confidence or 'none'})")
    _reconcile_versions(by_id, relations)


def _hops_to_first_original(article_id: str, originals: dict[str, tuple[str, str]]) -> int:
    """How many versions lie between an article and the first original of its chain (a copy of a copy: 2), so
    each is dated after the one it was made from."""
    seen = {article_id}
    while (article_id := originals.get(article_id, ("", ""))[0]) and article_id not in seen:
        seen.add(article_id)
    return len(seen) - 1


VERSION_WEIGHT = 2.0  # "published near a more surely dated version" outweighs any one clue of the text


def _reconcile_versions(by_id: dict[str, Article], relations: pd.DataFrame) -> None:
    """Versions of one story appear near each other: an article dated less surely than a version of it (or not
    at all), whose window misses that version's or is open-ended (nothing of its own bounds it from above), is
    solved again with "within VERSION_NEAR_DAYS of the version" as one more clue; the new date is kept when the
    article's own clues all agree with it."""
    if relations is None or not len(relations):
        return
    for row in relations.itertuples(index=False):
        a, b = by_id.get(row.a_id), by_id.get(row.b_id)
        if a is None or b is None:
            continue
        weak, strong = sorted((a, b), key=lambda x: (_rank(x.published), x.article_id))
        mine, theirs = weak.published, strong.published
        if _rank(mine) >= _rank(theirs) or mine.provenance == "given" or not theirs.best:
            continue
        open_ended = mine.latest >= date(LAST_YEAR, 12, 31).isoformat()  # no clue of its own bounds it from above
        if mine.best and mine.latest and not open_ended and not (
                mine.latest < theirs.earliest or (theirs.latest or theirs.earliest) < mine.earliest):
            continue  # the windows meet: nothing to reconcile
        near = timedelta(days=VERSION_NEAR_DAYS)
        span = (date.fromisoformat(theirs.earliest) - near, date.fromisoformat(theirs.latest or theirs.earliest) + near)
        clue = Clue(f"article {strong.article_id} published {theirs.best}",
                    f"a version of the same story ({row.kind}): published within {VERSION_NEAR_DAYS} days of it")
        again = solve([*text_constraints(weak), _Constraint(clue, VERSION_WEIGHT, (span,),
                                                             likely=date.fromisoformat(theirs.best))])
        if not again.best or again.conflicts:
            continue  # its own clues disagree with the version: the consistency check lists the pair
        weak.published = again


def _rank(published: PublicationDate) -> int:
    return 4 if published.provenance == "given" else confidence_rank(published.confidence)
