"""Timeline: every time expression of the corpus resolved to a calendar span, and one merged timeline of events.

In: a `Corpus` (its analysable articles, their publication dates from `analysis.dating`, their spaCy parses
from `analysis.nlp`, and, when available, who claims each span from `analysis.sourcing.attributions`).
Out: a `TimelineResult` with
- `timex`: one row per expression (`article_id, start_char, end_char, text, start, end, granularity, relative,
  anchor, sentence, event`, then kind, open, tense, reason, actor, source, verb, duplicate);
- `timeline`: one row per event (`start, end, event, articles, sources`, then granularity, reports, expressions),
  the same event reported by several articles merged into one entry, ordered by date, vague dates as spans;
- `consistency`: the consistency checks, one row per problem (`check` says which): expressions an article
  describes as past although they resolve after its publication date (and what the check did about it), and
  versions of one story whose dates disagree; `check_figures` adds figures whose refers-to date falls after
  publication;
- `publication`: each article's publication date (best, earliest, latest) and how it was inferred.

How: expressions come from the grammar in `analysis.timex`; the tense of the governing verb (spaCy morphology,
"will" / "is expected to") picks past or future for a yearless month; the event is the clause of that verb
(its dependency subtree), its actor the verb's subject, its source the attribution span that contains it.
"The previous year" and "by the end of the year" count from a date with its year written earlier in their sentence
("in 2023 ... the previous year": 2022), else from the publication date.
Consistency feeds back: a past event with its year written out that starts after the publication date moves the
article's earliest (and best) date to that start, and relative expressions are then resolved against it; a
stated date is kept and the event listed among its conflicts. Each expression carries a TIMEX3-style value
(`analysis.timex.normalized_value`) and the confidence of its date: high when its year is written, else that of
the publication date it was counted from.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta

import pandas as pd
from rapidfuzz import fuzz

from . import dating, nlp
from . import relations as relations_module
from . import timex as tx
from .corpus import Article, Corpus
from .dating import Clue, light_tense, reference_events
from .labels import FIGURE_AFTER_PUBLICATION, PAST_AFTER_PUBLICATION, VERSIONS_DISAGREE

try:  # the sourcing analysis comes before this one when it is installed
    from . import sourcing
except ImportError:  # pragma: no cover
    sourcing = None

TIMEX_COLUMNS = ["article_id", "start_char", "end_char", "text", "start", "end", "value", "mod", "length",
                 "date_confidence", "granularity", "relative", "anchor", "sentence", "event", "kind", "open", "tense",
                 "reason", "actor", "source", "verb", "duplicate"]
TIMELINE_COLUMNS = ["start", "end", "event", "articles", "sources", "granularity", "reports", "expressions",
                    "confidence"]
CONSISTENCY_COLUMNS = ["article_id", "text", "start", "end", "tense", "published", "action", "sentence", "check",
                       "other"]
PUBLICATION_COLUMNS = ["article_id", "title", "published", "earliest", "latest", "provenance", "evidence", "confidence",
                       "confidence_reason", "conflicts"]
FUTURE_GOVERNORS = {"expect", "plan", "schedule", "slate", "due", "set", "intend", "hope", "aim", "promise",
                    "threaten"}
PERFECT_AUXILIARIES = {"has", "have", "had", "having", "'ve", "'d", "\u2019ve", "\u2019d"}  # "has been sent": past
DATED_KINDS = {"absolute", "partial", "relative", "event_relative"}
GRANULARITIES = ["day", "week", "month_part", "month", "range", "season", "year_part", "year", "decade_part", "decade",
                 "era"]  # fine first
# what "N units later" counts from: one period, not an open span, a range, a decade or an era
REFERENCE_GRANULARITIES = {"day", "week", "month_part", "month", "season", "year_part", "year"}
PRESENT_WORDS = {"now", "currently", "at present", "at the moment", "nowadays", "these days"}  # states, not events
MIN_OVERLAP = 0.3  # two reports of one event share at least this part of the longer span ("mid-July" in "July")
_WAR_OBJECT = re.compile(r"\s*(?:the\s+(?:(?:start|beginning)\s+of\s+the\s+)?|Russia's\s+|Moscow's\s+)"
                         r"(?:full[- ]scale\s+)?(?:war|invasion)\b(?!\s+(?:in|of|with|against)\s+(?!Ukraine)\w)",
                         re.IGNORECASE)  # the object of "two months after / into ...": Russia's full-scale war
WAR_EVENT = "russia_full_scale_invasion"  # the war "early in the war" counts from (data/reference_events.csv)


@dataclass
class TimelineResult:
    timex: pd.DataFrame
    timeline: pd.DataFrame
    consistency: pd.DataFrame
    publication: pd.DataFrame


# ------------------------------------------------------------------------------------------ grammar of a clause
def governing_verb(span):
    """The verb an expression hangs on: climb from the span's root to the first verb (or the sentence root); an
    expression after a parenthetical tag ("it will open soon, he said, at a meeting May 3") hangs on the tag, which
    the parser often leaves as a side clause of the verb before it."""
    token = span.root
    while token.pos_ not in {"VERB", "AUX"} and token.head.i != token.i:
        token = token.head
    tags = [c for c in token.children if c.dep_ == "parataxis" and token.i < c.i < span.start
            and any(g.dep_ in {"nsubj", "nsubjpass"} for g in c.children)]
    if tags:
        return tags[-1]
    return _content_of_a_parenthetical_tag(token, span) or token


SPEECH_VERBS = {"say", "tell", "add", "write", "note", "explain", "warn", "insist", "claim", "argue", "predict"}


def _content_of_a_parenthetical_tag(verb, span):
    """'On Friday and beyond, he said, "changes will make ..."': a date before a speech tag set off by commas
    belongs to what is said (the tag's clausal complement after it), not to the saying."""
    if verb.lemma_ not in SPEECH_VERBS or span.end > verb.i:
        return None
    doc = verb.doc
    subjects = [c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"} and span.end <= c.i < verb.i]
    if not subjects or verb.i + 1 >= len(doc) or doc[verb.i + 1].text != ",":
        return None
    first = min(t.i for t in subjects[0].subtree)
    if first < 1 or doc[first - 1].text != ",":
        return None
    content = [c for c in verb.children if c.dep_ == "ccomp" and c.i > verb.i]
    if not content and verb.dep_ == "parataxis" and verb.head.i > verb.i:  # the tag parsed as a side clause
        content = [verb.head]
    return content[0] if content else None


def tense_of(verb, *, fallback: str = "") -> str:
    """'future', 'past', 'present' or '' from the verb, its auxiliaries and a governing 'expected to'."""
    auxes = [c for c in verb.children if c.dep_ in {"aux", "auxpass"}]
    words = {c.lower_ for c in auxes}
    if words & {"will", "shall", "'ll", "wo"} or (verb.lower_ == "going" and any(c.dep_ == "xcomp" for c in
                                                                               verb.children)):
        return "future"
    head = verb
    while head.dep_ in {"xcomp", "ccomp"} and head.head.i != head.i:
        if head.dep_ == "xcomp" and head.head.lemma_ in FUTURE_GOVERNORS:
            return "" if _told_in_the_past(head.head) else "future"
        if head.dep_ == "xcomp":
            head = head.head
            continue
        break
    if verb.lemma_ in FUTURE_GOVERNORS and any(c.dep_ == "xcomp" for c in verb.children):
        return "" if _told_in_the_past(verb) else "future"
    if verb.lemma_ in FUTURE_GOVERNORS and verb.tag_ == "VBN" and words & {"is", "are", "was", "were"}:
        return "future" if words & {"is", "are"} else ""  # "the vote is scheduled for March 5"; "was set for": unclear
    tokens = [verb, *auxes]
    if verb.tag_ == "VBN" and auxes and not words & PERFECT_AUXILIARIES:
        tokens = auxes  # a passive: its auxiliaries' tense ("are being pushed back"), not the participle's
    tenses = [t for tok in tokens for t in tok.morph.get("Tense")]
    if "Past" in tenses or verb.tag_ in {"VBD"} or (words & {"has", "have", "had"} and verb.tag_ == "VBN"):
        return "past"
    if words & {"would", "could"}:
        return "past"
    if "Pres" in tenses or verb.tag_ in {"VBZ", "VBP"}:
        return "present"
    return fallback


def _told_in_the_past(governor) -> bool:
    """'were expected to', 'was planned to': a plan or expectation told in the past, whose date may lie on either
    side of the anchor (as for publication dates: `analysis.dating.light_tense`)."""
    auxes = [c for c in governor.children if c.dep_ in {"aux", "auxpass"}]
    return governor.tag_ == "VBD" or any("Past" in a.morph.get("Tense") for a in auxes)


def clause_of(verb, start_char: int, end_char: int) -> str:
    """The verb's clause: its dependency subtree, kept inside the sentence [start_char, end_char)."""
    tokens = [t for t in verb.subtree if start_char <= t.idx < end_char]
    if not tokens:
        return nlp.text_of(verb.doc)[start_char:end_char]
    return verb.doc[tokens[0].i:tokens[-1].i + 1].text


def actor_of(verb) -> str:
    """The verb's grammatical subject (with its compounds and modifiers), '' when there is none; a relative
    pronoun ("who", "which") stands for the noun its clause describes."""
    for child in verb.children:
        if child.dep_ in {"nsubj", "nsubjpass"}:
            if child.tag_ in {"WP", "WDT"} and verb.dep_ == "relcl":
                child = verb.head
            left = min(t.i for t in child.subtree if t.i <= child.i and t.sent.start == child.sent.start)
            words = child.doc[left:child.i + 1].text
            return re.sub(r"\s+", " ", words.rsplit("\n", 1)[-1]).strip()
    if verb.dep_ in {"conj", "xcomp", "advcl"} and verb.head.i != verb.i:
        return actor_of(verb.head)
    return ""


# ------------------------------------------------------------------------------------------------ per article
def _anchor(article: Article) -> date | None:
    try:
        return date.fromisoformat(article.published.best) if article.published.best else None
    except ValueError:
        return None


def attributed_spans(corpus: Corpus, frame: pd.DataFrame | None = None) -> dict[str, list[tuple[int, int, str]]]:
    """Per article, the (start, end, source) spans of `frame` (`analysis.sourcing.attributions`, computed when
    None), narrowest first."""
    if frame is None and (sourcing is None or not hasattr(sourcing, "attributions")):
        return {}
    try:
        frame = sourcing.attributions(corpus) if frame is None else frame
    except Exception:  # noqa: BLE001 -- a failing neighbour analysis must not stop the timeline
        return {}
    spans: dict[str, list[tuple[int, int, str]]] = {}
    for row in frame[["article_id", "start", "end", "source"]].itertuples(index=False):
        spans.setdefault(str(row.article_id), []).append((int(row.start), int(row.end), str(row.source or "")))
    for rows in spans.values():
        rows.sort(key=lambda r: r[1] - r[0])
    return spans


def _source_at(spans: list[tuple[int, int, str]], offset: int) -> str:
    return next((source for start, end, source in spans if start <= offset < end), "")


def _duplicate_ranges(article: Article) -> list[tuple[int, int]]:
    return [(p.start, p.end) for p in article.paragraphs if p.is_duplicate]


def article_expressions(article: Article) -> list[dict]:
    """The time expressions of one article with their grammar (tense, clause, actor), not yet resolved."""
    doc = nlp.parse(article)
    text = article.folded or article.body
    duplicates = _duplicate_ranges(article)
    rows = []
    for t in tx.find_timexes(text):
        span = doc.char_span(t.start, t.end, alignment_mode="expand")
        sentence = article.sentence_at(t.start)
        sent_text = sentence.text if sentence else ""
        fallback = light_tense(text[sentence.start:sentence.end], t.start - sentence.start,
                               t.end - sentence.start) if sentence else ""
        bounds = (sentence.start, sentence.end) if sentence else (t.start, t.end)
        finite_present = False
        if span is None or len(span) == 0:
            verb, tense, event, actor = None, fallback, sent_text, ""
        else:
            verb = governing_verb(span)
            if not bounds[0] <= verb.idx < bounds[1]:  # the parser ran across a paragraph break
                verb = span.root
            tense = tense_of(verb, fallback=fallback)
            finite_present = verb.tag_ in {"VBZ", "VBP"} or any(
                c.dep_ in {"aux", "auxpass"} and c.lower_ in {"is", "are", "am"} for c in verb.children)
            is_verb = verb.pos_ in {"VERB", "AUX"}
            event = clause_of(verb, *bounds) if is_verb else sent_text
            actor = actor_of(verb) if is_verb else ""
        if t.open in {"since", "as_of"} and tense in {"present", ""}:
            tense = "past"  # "has been ... since July": the start lies in the past
        rows.append({"timex": t, "sentence_index": sentence.index if sentence else -1,
                     "paragraph": sentence.paragraph if sentence else -1,
                     "sentence_start": sentence.start if sentence else t.start,
                     "article_id": article.article_id, "start_char": t.start, "end_char": t.end,
                     "text": article.body[t.start:t.end], "sentence": sent_text, "event": event.strip(),
                     "kind": t.kind, "open": t.open, "tense": tense, "actor": actor,
                     "verb": verb.lemma_ if verb is not None else "", "finite_present": finite_present,
                     "duplicate": any(a <= t.start < b for a, b in duplicates)})
    return rows


def _war_start() -> tuple[date, date] | None:
    events = {e.event_id: e for e in reference_events()}
    event = events.get(WAR_EVENT)
    return (event.start, event.end) if event else None


def _resolve_war_relative(t: tx.Timex, anchor: date | None) -> tx.Resolution | None:
    """'early in the war', 'since the beginning of the invasion': counted from the war's start (reference events)."""
    war = _war_start()
    if war is None or t.unit != "war":
        return None
    start, _ = war
    why = f"counted from the reference event {WAR_EVENT} ({start})"
    if t.open == "since":
        end = anchor or start
        return tx.Resolution(start.isoformat(), end.isoformat(), "range", True, anchor.isoformat() if anchor else "",
                             why + "; 'since': open span up to the anchor")
    stretch = tx.leading_stretch(start, None, t.part)  # "in the first days of the war": its first 7 days
    if stretch:
        return tx.Resolution(start.isoformat(), stretch[1].isoformat(), "range", False,
                             anchor.isoformat() if anchor else "",
                             why + f"; its {t.part.replace('_', ' ')} (days: 7, weeks: 3, months: 3)")
    weeks = {"early": 8, "late": None}.get(t.part, 8)
    if weeks is None:
        return None
    return tx.Resolution(start.isoformat(), (start + timedelta(weeks=weeks)).isoformat(), "range", False,
                         anchor.isoformat() if anchor else "", why + "; its first weeks")


def _resolution_tense(row: dict) -> str:
    """The tense used to place an expression (a yearless date in a present-tense clause is the coming one only
    when it begins soon: `analysis.timex`, PRESENT_SCHEDULE_DAYS); the period a figure covers
    ("second-quarter earnings", "results for the April-June quarter") is the nearest such period whatever the
    clause says of the figure; a weekday goes ahead of the anchor only under a finite present verb ("the season
    kicks off on Tuesday"), not when it names an event ("Tuesday's vote") or hangs on a participle."""
    t = row["timex"]
    if t.kind in {"absolute", "partial"} and t.year is None and t.year_offset is None and t.offset is None \
            and (t.month or t.season or t.part.startswith("q")) \
            and (_MEASURE_AFTER.match(_text_after(row)) or _MEASURE_BEFORE.search(_text_before(row))):
        return ""
    if t.kind in {"absolute", "partial"} and t.year is None and t.year_offset is None and t.offset is None \
            and (_MOVED_FROM_TO.search(_text_before(row))
                 or (t.open == "from" and tx.MOVED_BEFORE.search(_text_before(row)))):
        return ""  # "moving the hearing from March 3 to April 19": both ends of a move, told in any tense: the nearest
    if t.kind in {"absolute", "partial"} and t.year is None and _NEW_DATE_BEFORE.search(_text_before(row)):
        return "future"  # "pushed back to June 22", "postponed until May 20", "are being slated for June 22"
    if t.unit == "weekday" and (_text_after(row).startswith("'s") or not row.get("finite_present")) \
            and row["tense"] == "present":
        return ""  # "Tuesday's vote", "an evacuation warning Sunday": an event named, not one scheduled
    return row["tense"]


_MEASURES = r"(?:results|earnings|figures|data|sales|revenues?|growth|profits?|loss(?:es)?|statistics|output|GDP|" \
    r"inflation|exports|imports|turnover)"  # figures that cover a period
_MEASURE_AFTER = re.compile(rf"\s*(?:\w+\s+)?{_MEASURES}\b", re.IGNORECASE)  # "second-quarter (revenue) growth"
_MEASURE_BEFORE = re.compile(rf"\b{_MEASURES}\s+(?:for|in|of)\s+(?:the\s+)?$", re.IGNORECASE)  # "results for the"
_NEW_DATE_BEFORE = re.compile(r"(?:\b(?:pushed|put|moved)\s+(?:back|off)\s+|\b(?:postponed|delayed|rescheduled|"
                              r"deferred|adjourned)\s+|\b(?:is|are|being)\s+(?:slated|scheduled|set)\s+)"
                              r"(?:(?:to|until|till|for|into)\s+(?:the\s+)?)?$", re.IGNORECASE)  # a postponement's
#                                                                                          or a schedule's new date
_MOVED_FROM_TO = re.compile(tx.MOVED_BEFORE.pattern[:-1] + r"(?:from\s+(?:the\s+)?|(?<=\s)[^.;:!?]{0,40}"
                            r"\bfrom\s+[^.;:!?]{1,30}?\s+to\s+(?:the\s+)?)$", re.IGNORECASE)
CONTEXT_GRANULARITIES = {"year": {"day", "week", "month_part", "month", "season", "year_part", "year"},
                         "month": {"day", "month_part", "month"}, "week": {"day"}}


def _resolve_in_context(row: dict, earlier: list[dict], anchor: date | None) -> tx.Resolution | None:
    """'In 2023 ... the previous year', 'in 2022 ... by the end of the year': counted from the last date with its
    year written out before it in its sentence (fine enough for its unit), not from the anchor; None when none."""
    t: tx.Timex = row["timex"]
    context = [r for r in earlier if r["sentence_index"] == row["sentence_index"] and r["start"] and not r["open"]
               and r["timex"].year is not None and r["kind"] in {"absolute", "partial"}
               and r["granularity"] in CONTEXT_GRANULARITIES.get(t.unit, set())]
    if not t.from_context or not context:
        return None
    reference = context[-1]
    if row["tense"] == "future" and anchor and reference["end"] < anchor.isoformat() \
            and re.search(r"\b(?:will|shall)\b|'ll\b", row["event"], re.IGNORECASE):
        return None  # "recruited 50,000 in 2022 and will double that by the end of the year": the anchor's year
    #                  (but "in 2022 the army planned to recruit 50,000 by the end of the year" is 2022)
    res = tx.resolve(t, date.fromisoformat(reference["start"]), _resolution_tense(row))
    if not res.start:
        return None
    return tx.Resolution(res.start, res.end, res.granularity, res.relative, anchor.isoformat() if anchor else "",
                         res.reason.replace("the anchor's", f"that of '{reference['text']}'")
                         + f"; counted from '{reference['text']}' earlier in its sentence, not from the anchor")


def _resolve_rows(rows: list[dict], anchor: date | None) -> None:
    for i, row in enumerate(rows):
        res = _resolve_war_relative(row["timex"], anchor) if row["kind"] == "event_relative" else None
        res = res or _resolve_in_context(row, rows[:i], anchor)
        res = res or tx.resolve(row["timex"], anchor, _resolution_tense(row))
        row.update(start=res.start, end=res.end, granularity=res.granularity, relative=res.relative,
                   anchor=res.anchor, reason=res.reason)
    for row in rows:
        if row["kind"] == "event_relative" and not row["start"]:
            res = _resolve_from_reference(row, rows)
            row.update(start=res.start, end=res.end, granularity=res.granularity, relative=res.relative,
                       reason=res.reason)


def _annotate(rows: list[dict], anchor_confidence: str) -> None:
    """Each row's TIMEX3-style value, mod and length (`analysis.timex.normalized_value`), and the confidence of
    its date: 'high' when the expression writes its year out, else that of the publication date it was counted
    from (a yearless month, "last week"), '' when it has no span."""
    for row in rows:
        res = tx.Resolution(row["start"], row["end"], row["granularity"], row["relative"], row["anchor"], "")
        row["value"], row["mod"] = tx.normalized_value(row["timex"], res)
        row["length"] = tx.duration_length(row["timex"])
        row["date_confidence"] = "" if not row["start"] else anchor_confidence if row["relative"] else "high"


def _can_be_reference(row: dict) -> bool:
    """A date another expression can count from: placed in the calendar (also by counting from another date),
    one period (not a range, a decade or an era, nor a span open since it: "by February", "until May" and "as of
    June" are that period itself), not 'now', not the object of 'two days after'."""
    return (bool(row["start"]) and row["kind"] in {"absolute", "partial", "relative", "event_relative"}
            and row["open"] in {"", "by", "until", "as_of"} and row["granularity"] in REFERENCE_GRANULARITIES
            and row["text"].lower() not in PRESENT_WORDS and not row.get("counted_from"))


_COMES = re.compile(r"\bcomes?\s+$", re.IGNORECASE)  # "the decree comes a day after ...": the present event


def _text_before(row: dict) -> str:
    """The sentence up to the expression."""
    return row["sentence"][:row["start_char"] - row["sentence_start"]]


def _text_after(row: dict) -> str:
    """The rest of the sentence after the expression."""
    offset = row["end_char"] - row["sentence_start"]
    return row["sentence"][offset:]


def _resolve_from_reference(row: dict, rows: list[dict]) -> tx.Resolution:
    """'three weeks later', 'a year earlier': counted from the nearest date before it in its sentence, else the
    last date of the previous sentence of its paragraph; 'two days after X': from X when X is a date written right after,
    else (X an event: "a month after returning home") from the last date of the sentence before, the reason saying
    so (at the end of a clause, 'the day before' counts back like 'earlier'). Otherwise no span, and the reason
    says why."""
    t: tx.Timex = row["timex"]

    def unplaced(why: str) -> tx.Resolution:
        return tx.Resolution("", "", "", False, row["anchor"], f"{row['reason']}; {why}")

    if t.amount is None:
        return unplaced("no length to count")
    candidates = [r for r in rows if r is not row and _can_be_reference(r) and r["sentence_index"] >= 0]
    ends_clause = bool(re.match(r"\s*(?:[,.;:!?)]|$)", _text_after(row)))  # "the day before." is an adverb
    approximate = ""
    if t.qualifier.endswith(("after", "before")) and not ends_clause:  # "two days after the vote": its object
        following = [r for r in candidates if r["sentence_index"] == row["sentence_index"]
                     and 0 <= r["start_char"] - row["end_char"] <= 5]
        war = _war_start()
        war_object = _WAR_OBJECT.match(_text_after(row))
        if not following and war and war_object:  # "two months into the war": the expression takes in its object
            row["end_char"] += war_object.end()
            row["text"] = row["sentence"][row["start_char"] - row["sentence_start"]:
                                          row["end_char"] - row["sentence_start"]]
            ref = tx.Resolution(war[0].isoformat(), war[0].isoformat(), "day", False, row["anchor"], "")
            return tx.resolve_from(t, ref, WAR_EVENT)
        if following:
            reference = following[0]
            reference["counted_from"] = True  # "two days after March 5": March 5 is not the sentence's own date
        elif t.qualifier.endswith("after") and row["anchor"] and _COMES.search(_text_before(row)):
            return tx.Resolution(row["anchor"], row["anchor"], "day", True, row["anchor"],
                                 f"{row['reason']}; 'comes ... after' an event: the news formula for what happens "
                                 f"now, the anchor day")
        elif t.qualifier.endswith("after"):  # "a month after returning home": that event taken as the date told
            approximate = "; what follows it is not a date: counted instead from the date of the sentence before"
        else:
            return unplaced("counted from what follows it, which is not a date")
    if not t.qualifier.endswith(("after", "before")) or ends_clause or approximate:
        same = [r for r in candidates if r["sentence_index"] == row["sentence_index"]
                and r["end_char"] <= row["start_char"]]
        previous = [r for r in candidates if r["sentence_index"] == row["sentence_index"] - 1
                    and r["paragraph"] == row["paragraph"]]
        same = [] if approximate else same  # a date in its own sentence dates its clause, not the event after it
        if row["sentence_index"] < 0 or not (same or previous):
            return unplaced(("counted from what follows it, which is not a date, and " if approximate else "")
                            + "no date in its sentence or the one before (in its paragraph) to count from")
        reference = (same or previous)[-1]
    ref = tx.Resolution(reference["start"], reference["end"], reference["granularity"], reference["relative"],
                        reference["anchor"], reference["reason"])
    res = tx.resolve_from(t, ref, reference["text"])
    return tx.Resolution(res.start, res.end, res.granularity, res.relative, res.anchor, res.reason + approximate)


def check_consistency(article: Article, rows: list[dict]) -> list[dict]:
    """Past-tense expressions with their year written out that start after the publication date.

    Feeds back: the article's earliest date (and best, when earlier) moves up to the latest such start."""
    pub = article.published
    found = []
    for row in rows:
        t = row["timex"]
        if row["tense"] != "past" or t.kind not in {"absolute", "partial"} or t.year is None or not row["start"]:
            continue
        if row["duplicate"] or not pub.best or row["start"] <= pub.best:
            continue
        action = "none (given date kept)"
        if pub.provenance == "given":
            pub.add_conflict(Clue(row["text"], f"described in the past but dated {row['start']}, after the stated "
                                  "date", row["start_char"], row["end_char"]), at_most="medium")
            action = "given date kept; listed as a conflict"
        elif not pub.latest or row["start"] <= pub.latest:
            pub.earliest = max(pub.earliest, row["start"])
            pub.best = max(pub.best, row["start"])
            pub.evidence.append(Clue(row["text"], "timeline consistency: described in the past, so published "
                                     f"on or after {row['start']}", row["start_char"], row["end_char"]))
            action = f"earliest and best moved to {row['start']}"
        else:
            pub.add_conflict(Clue(row["text"], f"described in the past but dated {row['start']}, after the window",
                                  row["start_char"], row["end_char"]))
            action = "window kept; listed as a conflict"
        found.append({"article_id": article.article_id, "text": row["text"], "start": row["start"],
                      "end": row["end"], "tense": row["tense"], "published": pub.best, "action": action,
                      "sentence": row["sentence"], "check": PAST_AFTER_PUBLICATION, "other": ""})
    return found


def check_versions(corpus: Corpus) -> list[dict]:
    """Versions of one story (`corpus.relations`) whose publication windows do not overlap, or a copy or
    translation dated before its original: one row per pair, and a conflict on each inferred date."""
    by_id = {a.article_id: a for a in corpus.analysable}
    found = []
    relations = corpus.relations if corpus.relations is not None else pd.DataFrame()
    for row in relations.to_dict("records"):
        a, b = by_id.get(row["a_id"]), by_id.get(row["b_id"])
        if a is None or b is None or not (a.published.best and b.published.best):
            continue
        pa, pb = a.published, b.published
        disjoint = pa.latest and pb.latest and (pa.latest < pb.earliest or pb.latest < pa.earliest)
        copy_first = ""
        if (direction := relations_module.oriented(row)) is not None:
            copy, other = by_id[direction[0]], by_id[direction[1]]
            if copy.published.best < other.published.earliest:
                copy_first = f"the {row['kind']} {copy.article_id} is dated before its original {other.article_id}"
        if not (disjoint or copy_first):
            continue
        why = copy_first or (f"{a.article_id} {pa.earliest}..{pa.latest} and {b.article_id} "
                             f"{pb.earliest}..{pb.latest} do not overlap")
        for mine, other in ((a, b), (b, a)):
            mine.published.add_conflict(Clue(f"article {other.article_id} published {other.published.best}",
                                             f"a version of the same story ({row['kind']}): {why}"),
                                        at_most="medium" if mine.published.provenance == "given" else "low")
        found.append({"article_id": a.article_id, "text": why, "start": pa.best, "end": pb.best, "tense": "",
                      "published": pa.best, "action": "listed as a conflict on both dates", "sentence": "",
                      "check": VERSIONS_DISAGREE, "other": b.article_id})
    return found


def check_figures(claims: pd.DataFrame, publication: pd.DataFrame) -> pd.DataFrame:
    """Figures (`claims.csv` of `analysis.numbers`) whose refers-to date begins after their article's
    publication date: a count cannot be dated after the report that gives it."""
    published = dict(zip(publication["article_id"].astype(str), publication["published"].fillna("").astype(str)))
    rows = []
    for claim in claims.fillna("").to_dict("records"):
        refers, pub = str(claim.get("refers_to_date", "")), published.get(str(claim["article_id"]), "")
        first_day = {4: "-01-01", 7: "-01"}.get(len(refers), "")
        if not refers or not pub or refers + first_day <= pub:
            continue
        rows.append({"article_id": str(claim["article_id"]), "text": claim["text"], "start": refers, "end": "",
                     "tense": "", "published": pub, "action": "listed", "sentence": claim.get("sentence", ""),
                     "check": FIGURE_AFTER_PUBLICATION, "other": claim.get("claim_group", "")})
    return pd.DataFrame(rows, columns=CONSISTENCY_COLUMNS)


# ------------------------------------------------------------------------------------------------------ merge
def _overlap_share(a: dict, b: dict) -> float:
    """The share of the longer span that the two spans have in common (1.0: the same span)."""
    common = min(a["_hi"], b["_hi"]) - max(a["_lo"], b["_lo"]) + 1
    longer = max(a["_hi"] - a["_lo"], b["_hi"] - b["_lo"]) + 1
    return max(common, 0) / longer


def _same_event(a: dict, b: dict, *, min_similarity: int) -> bool:
    """Two dated expressions report one event: their spans mostly overlap and their clauses (or sentences) read
    alike; within one article only near-identical wording in another sentence counts (a repeated passage)."""
    if _overlap_share(a, b) < MIN_OVERLAP:
        return False
    if a["article_id"] == b["article_id"] and a["sentence"] == b["sentence"]:
        return False  # two expressions of one sentence date two things
    return _similarity(a, b) >= (min_similarity if a["article_id"] != b["article_id"] else 90)


def _similarity(a: dict, b: dict) -> float:
    """0-100: how alike the two reports' clauses (or whole sentences) read."""
    return max(fuzz.token_sort_ratio(a["event"].lower(), b["event"].lower()),
               fuzz.token_sort_ratio(a["sentence"].lower(), b["sentence"].lower()))


def merge_events(rows: pd.DataFrame, *, min_similarity: int = 60) -> pd.DataFrame:
    """One entry per event: expressions whose spans overlap and whose clauses read alike are one event.

    Each expression joins the most similar event whose first report (its leader) it matches, so a chain of
    pairwise resemblances cannot glue different events together."""
    dated = rows[(rows["start"] != "") & rows["kind"].isin(DATED_KINDS) & ~rows["duplicate"]
                 & ~rows["text"].str.lower().isin(PRESENT_WORDS)]
    dated = dated.sort_values(["start", "end", "article_id", "start_char"]).to_dict("records")
    for row in dated:
        row["_lo"], row["_hi"] = _match_interval(row)
    dated.sort(key=lambda r: (r["_lo"], r["_hi"], r["article_id"], r["start_char"]))
    groups: list[list[dict]] = []
    active: list[int] = []  # groups whose leader can still overlap what comes next
    for row in dated:
        active = [g for g in active if groups[g][0]["_hi"] >= row["_lo"]]
        scored = [(_similarity(groups[g][0], row), g) for g in active
                  if _same_event(groups[g][0], row, min_similarity=min_similarity)]
        if scored:
            groups[max(scored)[1]].append(row)
        else:
            groups.append([row])
            active.append(len(groups) - 1)
    frame = pd.DataFrame([_entry(group) for group in groups], columns=TIMELINE_COLUMNS)
    return frame.sort_values(["start", "end", "event"], kind="stable").reset_index(drop=True)


def _match_interval(row: dict) -> tuple[int, int]:
    """The days an expression is matched on: its span, but for "since X" only the start (about a month), since
    the span's end is each article's own publication date."""
    lo, hi = date.fromisoformat(row["start"]).toordinal(), date.fromisoformat(row["end"]).toordinal()
    if row["open"] == "since":
        hi = min(hi, lo + 27)
    return lo, hi


def _granularity_rank(granularity: str) -> int:
    return GRANULARITIES.index(granularity) if granularity in GRANULARITIES else len(GRANULARITIES)


def _entry(group: list[dict]) -> dict:
    """One timeline row from the reports of one event: their common span, the first report's clause."""
    starts, ends = [r["start"] for r in group], [r["end"] for r in group]
    start, end = (max(starts), min(ends)) if max(starts) <= min(ends) else (min(starts), max(ends))
    representative = min(group, key=lambda r: (r["article_id"], r["start_char"]))
    granularity = min((r["granularity"] for r in group), key=_granularity_rank)
    return {"start": start, "end": end, "event": representative["event"],
            "articles": ";".join(sorted({r["article_id"] for r in group})),
            "sources": ";".join(sorted({r["source"] for r in group if r["source"]})),
            "granularity": granularity,
            "reports": ";".join(f"{r['article_id']}:{r['start_char']}-{r['end_char']}" for r in group),
            "expressions": ";".join(dict.fromkeys(r["text"] for r in group)),
            "confidence": max((r["date_confidence"] for r in group), key=dating.confidence_rank)}


# ---------------------------------------------------------------------------------------------- entry point
def analyse(corpus: Corpus, *, min_event_similarity: int = 60, check_dates: bool = True,
            attributions: pd.DataFrame | None = None) -> TimelineResult:
    """Every time expression resolved, the merged timeline, the consistency check and the publication dates.

    `attributions`: the sourcing analysis's table, to name each expression's source; computed when None."""
    attributions = attributed_spans(corpus, attributions)
    all_rows: list[dict] = []
    problems: list[dict] = []
    for article in corpus.analysable:
        rows = article_expressions(article)
        _resolve_rows(rows, _anchor(article))
        if check_dates:
            found = check_consistency(article, rows)
            if found:
                problems.extend(found)
                _resolve_rows(rows, _anchor(article))
        _annotate(rows, article.published.confidence)
        for row in rows:
            row["source"] = _source_at(attributions.get(article.article_id, []), row["start_char"])
        all_rows.extend(rows)
    if check_dates:
        problems.extend(check_versions(corpus))
    timex_frame = pd.DataFrame([{k: r[k] for k in TIMEX_COLUMNS} for r in all_rows], columns=TIMEX_COLUMNS)
    timex_frame = timex_frame.astype({"start_char": "int64", "end_char": "int64"}) if len(timex_frame) else timex_frame
    timeline = merge_events(timex_frame, min_similarity=min_event_similarity) if len(timex_frame) else \
        pd.DataFrame(columns=TIMELINE_COLUMNS)
    return TimelineResult(timex_frame, timeline, pd.DataFrame(problems, columns=CONSISTENCY_COLUMNS),
                          publication_table(corpus))


def publication_table(corpus: Corpus) -> pd.DataFrame:
    """Each analysable article's publication date and the clues it rests on."""
    rows = [{"article_id": a.article_id, "title": a.title, "published": a.published.best,
             "earliest": a.published.earliest, "latest": a.published.latest,
             "provenance": a.published.provenance, "evidence": a.published.evidence_text(),
             "confidence": a.published.confidence, "confidence_reason": a.published.confidence_reason,
             "conflicts": a.published.conflicts_text()}
            for a in corpus.analysable]
    return pd.DataFrame(rows, columns=PUBLICATION_COLUMNS)

