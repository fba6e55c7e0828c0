"""Time expressions: find them in text and resolve them to inclusive calendar spans.

In: a text (use the quote/dash-folded view), then for each expression an anchor date (the publication date) and
the tense of the clause ('past', 'future', 'present' or ''). Out: `Timex` records (offsets, text, kind and the
parsed parts) and `Resolution` records (start, end, granularity, whether relative to the anchor, the reason).

Kinds: `absolute` (a year is written: "March 2024", "October 4, 2023"; or a day/month whose year comes from the
anchor: "October 4"), `partial` (part of a month, season or year: "early August", "the end of March", "in the
spring"), `relative` (counted from the anchor: "last month", "this week", "on Friday", "six months ago"; "now"
is the anchor day, "recently" the month before it),
`event_relative` (counted from another event: "the following days", "a week later": no calendar span) and
`duration` (a length not placed in time: "a two-month training", "for six months": never given a span).
An `open` flag says "since", "until", "by" or "as of" came before the expression; "from July to September"
is one expression with a `range_end`.
A pure grammar of regular expressions: no corpus, no parser.
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date, timedelta

from dateutil.relativedelta import relativedelta

MONTHS = {name: i for i, name in enumerate(calendar.month_name) if name}
MONTH_ABBR = {"Jan": 1, "Feb": 2, "Mar": 3, "Apr": 4, "Jun": 6, "Jul": 7, "Aug": 8, "Sep": 9, "Sept": 9,
              "Oct": 10, "Nov": 11, "Dec": 12}
WEEKDAYS = {name: i for i, name in enumerate(calendar.day_name)}
SEASONS = {"spring": (3, 5), "summer": (6, 8), "autumn": (9, 11), "fall": (9, 11), "winter": (12, 2)}
NUMBER_WORDS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
                "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "fifteen": 15, "eighteen": 18,
                "twenty": 20, "thirty": 30, "few": 3, "a few": 3, "several": 3, "a couple of": 2, "couple of": 2,
                "couple": 2}
ORDINALS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8,
            "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12}

_MONTH = (r"(?P<month>" + "|".join(MONTHS) + "|(?:" + "|".join(sorted(MONTH_ABBR, key=len, reverse=True))
          + r")\.?(?!\w))(?!\w)")
_NUM = r"(?:\d+|a\s+few|a\s+couple\s+of|couple\s+of|one|two|three|four|five|six|seven|eight|nine|ten|eleven|" \
       r"twelve|fifteen|eighteen|twenty|thirty|several|few|an?)"
_UNIT = r"(?P<unit>day|week|month|year|decade)s?"
_PART = (r"(?P<part>(?i:early|mid|late|(?:the\s+)?(?:start|beginning|middle|end|turn)\s+of|"
         r"(?:the\s+)?(?:first|second|last)\s+half\s+of|"
         r"(?:the\s+)?(?:first|second|last)\s+(?:(?P<nweeks>two|three|four|2|3|4)\s+)?weeks?\s*\(?\s*of))"
         r"(?:\s*-\s*|\s+(?:in\s+)?)")
_OPEN = r"(?:(?P<open>(?i:since|until|till|up\s+to|by|as\s+of|from|through))\s+)?"
_YEAR = r"(?P<year>(?:19|20)\d\d)(?![\d,.]\d|\.\w|-\d)"
_NOT_AFTER = r"(?<![\w$.,/])(?<!\d-)"


@dataclass(frozen=True)
class Timex:
    """One time expression; offsets are into the text it was found in."""

    start: int
    end: int
    text: str
    kind: str  # absolute | partial | relative | event_relative | duration
    year: int | None = None
    month: int | None = None
    day: int | None = None
    part: str = ""  # early | mid | late | start | end | first_half | second_half | last_2_weeks ...
    season: str = ""
    weekday: int | None = None
    unit: str = ""  # day | week | month | year | decade (relative and durations)
    offset: int | None = None  # -1 last, 0 this, +1 next (relative)
    amount: float | None = None  # N in "N months ago" / durations
    qualifier: str = ""  # more_than | nearly | about | earlier | later | recent | past
    open: str = ""  # since | until | by | as_of | from
    range_end: Timex | None = None  # "from July to September": the second end of a range


@dataclass(frozen=True)
class Resolution:
    """An inclusive calendar span for a `Timex` (ISO dates, '' when none) and how it was obtained."""

    start: str
    end: str
    granularity: str  # day | week | month_part | month | season | year_part | year | decade | range | ''
    relative: bool
    anchor: str
    reason: str


# ---------------------------------------------------------------------------------------------------- finding
def _num(word: str) -> float | None:
    word = re.sub(r"\s+", " ", word.lower().strip())
    if word.isdigit():
        return float(word)
    return NUMBER_WORDS.get(word)


def _month_number(name: str) -> int:
    name = name.rstrip(".")
    return MONTHS.get(name) or MONTH_ABBR.get(name, 0)


def _part_of(raw: str | None, nweeks: str | None = None) -> str:
    if not raw:
        return ""
    raw = re.sub(r"\s+", " ", raw.lower()).strip(" -")
    raw = re.sub(r"^the |\(| in$", "", raw).strip()
    if "half" in raw:
        return "first_half" if raw.startswith("first") else "second_half"
    if "week" in raw:
        n = int(_num(nweeks) or 1) if nweeks else 1
        return f"{'first' if raw.startswith('first') else 'last'}_{n}_weeks"
    for key, value in (("early", "early"), ("earlier", "early"), ("start", "early"), ("beginning", "early"),
                       ("turn", "early"), ("mid", "mid"), ("middle", "mid"), ("late", "late"), ("later", "late"),
                       ("end", "end")):
        if raw.startswith(key):
            return value
    return ""


def _open_of(raw: str | None) -> str:
    if not raw:
        return ""
    raw = re.sub(r"\s+", " ", raw.lower())
    return {"till": "until", "up to": "until", "through": "until", "as of": "as_of"}.get(raw, raw)


def _rx(pattern: str, flags: int = 0) -> re.Pattern:
    return re.compile(pattern, flags)


# (kind, compiled pattern, builder); patterns are tried everywhere, the longest leftmost match wins.
_WEEKDAY = r"(?P<weekday>" + "|".join(WEEKDAYS) + r")\b"
_I = re.IGNORECASE
_PATTERNS: list[tuple[str, re.Pattern]] = [
    ("iso", _rx(_OPEN + r"\b(?P<year>(?:19|20)\d\d)-(?P<mnum>[01]\d)-(?P<day>[0-3]\d)\b")),
    ("month_day", _rx(_OPEN + r"(?:(?:on|an?)\s+)?(?:" + _WEEKDAY + r",?\s+)?" + _MONTH
                      + r"\s+(?P<day>[0-3]?\d)(?:st|nd|rd|th)?\b(?!\s*(?:%|percent|million|thousand|,\d))"
                      + r"(?:,?\s+" + _YEAR + r")?")),
    ("day_month", _rx(_OPEN + r"\b(?P<day>[0-3]?\d)(?:st|nd|rd|th)?\s+(?:of\s+)?" + _MONTH
                      + r"(?:,?\s+" + _YEAR + r")?")),
    ("month", _rx(_OPEN + r"(?:(?P<inword>(?i:in|of|during|and|or|to|between))\s+)?(?:" + _PART
                  + r")?" + _MONTH + r"(?:,?\s+(?:of\s+)?" + _YEAR + r")?(?!\s*[0-3]?\d\b)")),
    ("season", _rx(_OPEN + r"(?:(?:in|during|over)\s+)?(?:" + _PART + r")?(?:(?P<rel>this|last|next|the|)\s*)"
                   + r"(?P<season>spring|summer|autumn|fall|winter)\b(?:\s+(?:of\s+)?" + _YEAR + r")?", _I)),
    ("year", _rx(_OPEN + r"(?:(?:in|of|during|from|through)\s+)?(?:" + _PART + r")?" + _NOT_AFTER + _YEAR
                 + r"(?![\w%])")),
    ("decade", _rx(r"(?:the\s+)?(?P<year>(?:19|20)\d0)'?s\b")),
    ("rel_period", _rx(_OPEN + r"(?:(?:the|in|of)\s+)?(?:" + _PART + r")?(?:(?P<qual>earlier|later)\s+)?"
                       + r"(?P<rel>this|last|next|past|previous|coming|the)\s+(?P<unit>week|weekend|month|year)\b"
                       + r"(?!\s*-)", _I)),
    ("present_ref", _rx(r"(?<!-)\b(?:now|currently|at\s+present|at\s+the\s+moment|nowadays|these\s+days)\b(?!\s*-)", _I)),
    ("recently", _rx(r"\b(?:recently|lately|in\s+recent\s+times)\b", _I)),
    ("weekend", _rx(r"\b(?:over|during|at)\s+the\s+weekend\b", _I)),
    ("rel_day", _rx(_OPEN + r"\b(?P<word>today|yesterday|tomorrow|tonight)\b", _I)),
    ("weekday", _rx(_OPEN + r"(?:(?P<rel>(?i:last|next|this|on|late|early))\s+)?" + _WEEKDAY
                    + r"(?:\s+(?P<daypart>morning|afternoon|evening|night))?")),
    ("ago", _rx(r"(?:(?P<qual>more\s+than|over|nearly|almost|about|around|some|less\s+than|just)\s+)?"
                r"\b(?P<n>" + _NUM + r")\s+" + _UNIT + r"\s+ago\b", _I)),
    ("recent", _rx(r"\b(?:in|over|during|for)\s+(?:the\s+)?(?:(?P<rel>recent|past|last|previous|coming|next)\s+)"
                   r"(?:(?P<n>" + _NUM + r")\s+)?" + _UNIT + r"(?!\s+(?:of|later|earlier|after|before)\b)", _I)),
    ("recent_bare", _rx(r"\b(?:the\s+)?(?P<rel>past|last|previous)\s+(?P<n>" + _NUM + r")\s+" + _UNIT
                        + r"(?!\s+(?:of|later|after|before)\b)", _I)),
    ("event_rel", _rx(r"\b(?:(?:in|over|during|within)\s+)?(?:the\s+)?(?:(?:following|next|ensuing|coming)\s+"
                      r"(?:(?P<n>" + _NUM + r")\s+)?" + _UNIT + r"|(?:days|weeks|months)\s+that\s+followed)"
                      r"|\b(?P<n2>" + _NUM + r")\s+(?P<unit2>day|week|month|year)s?\s+(?:later|earlier|after|before)"
                      r"\b", _I)),
    ("war_rel", _rx(r"\b(?:(?P<part>early|late|later)\s+in\s+the|(?P<open>since|from|at)\s+the\s+(?:very\s+)?(?:start|"
                    r"beginning|outset)\s+of\s+the|in\s+the\s+(?:first|early)\s+(?:days|weeks|months)\s+of\s+the)"
                    r"\s+(?:full[- ]scale\s+)?(?P<what>war|invasion|conflict)\b", _I)),
    ("duration", _rx(r"\b(?:(?P<prep>for|during|over|within|in|after|of)\s+)?(?:(?:more\s+than|nearly|almost|about|"
                     r"around|some|at\s+least|up\s+to|another|the)\s+)?(?P<n>" + _NUM + r")(?:\s*-\s*|\s+)"
                     + r"(?P<unit>day|week|month|year|decade)s?(?:\s*-\s*long)?\b(?!\s*-\s*old|\s+old\b)", _I)),
    ("duration_long", _rx(r"\b(?P<unit>day|week|month|year|decade)s?\s*-\s*long\b", _I)),
]
_MAY_MARCH_CONTEXT = re.compile(r"(?:in|of|since|until|by|from|through|between|early|mid|late|end|start|beginning|half|"
                                r"during|last|this|next|and|or|to)\W*$", re.IGNORECASE)


def _build(kind: str, m: re.Match, text: str) -> Timex | None:
    g = m.groupdict()
    s, e = m.start(), m.end()
    # do not swallow a leading preposition into the expression text, but keep "since/until/by/as of"
    lead = re.match(r"(?:(?:in|on|of|during|over|an?|and|or|to|the|between)\s+)+", text[s:e], re.IGNORECASE)
    if kind == "duration":
        lead = re.match(r"(?:(?:in|of|during|over|within|after|the)\s+)+", text[s:e], re.IGNORECASE)
    if lead and not g.get("open") and kind not in {"recent", "event_rel", "rel_period", "ago", "weekend"}:
        s += lead.end()
    if text.count("(", s, e) > text.count(")", s, e) and text[e:e + 1] == ")":
        e += 1  # "the last three weeks (of July)"
    base = {"start": s, "end": e, "text": text[s:e], "open": _open_of(g.get("open"))}
    if kind in {"iso", "month_day", "day_month"}:
        month = int(g["mnum"]) if g.get("mnum") else _month_number(g["month"])
        day = int(g["day"])
        if not month or not 1 <= day <= 31:
            return None
        year = int(g["year"]) if g.get("year") else None
        weekday = WEEKDAYS[g["weekday"]] if g.get("weekday") else None  # "Friday, October 4": a clue to the year
        return Timex(kind="absolute", year=year, month=month, day=day, weekday=weekday, **base)
    if kind == "month":
        month = _month_number(g["month"])
        name = g["month"].rstrip(".")
        if name in {"May", "March"} and not g.get("year") and not g.get("part") and not g.get("open"):
            if not (g.get("inword") or _MAY_MARCH_CONTEXT.search(text[max(0, s - 12):s])):
                return None
        if name in MONTH_ABBR and name not in MONTHS and not g.get("year") and not m.group(0).endswith("."):
            return None
        part = _part_of(g.get("part"), g.get("nweeks"))
        year = int(g["year"]) if g.get("year") else None
        return Timex(kind="partial" if part else "absolute", year=year, month=month, part=part, **base)
    if kind == "season":
        rel = (g.get("rel") or "").lower()
        word = g["season"].lower()
        if word == "fall" and not (rel or g.get("year") or g.get("part")):
            return None
        offset = {"this": 0, "last": -1, "next": 1}.get(rel)
        return Timex(kind="partial", season=word, year=int(g["year"]) if g.get("year") else None,
                     part=_part_of(g.get("part")), offset=offset, **base)
    if kind == "year":
        part = _part_of(g.get("part"))
        if not (part or g.get("open")) and re.match(r"\s+[a-z]+s\b(?<!\bwas)", text[e:e + 30]):
            return None  # "2022 volunteers": a count, not a year
        return Timex(kind="partial" if part else "absolute", year=int(g["year"]), part=part, **base)
    if kind == "decade":
        return Timex(kind="absolute", year=int(g["year"]), unit="decade", **base)
    if kind == "rel_period":
        rel = g["rel"].lower()
        unit = g["unit"].lower()
        part = _part_of(g.get("part"))
        qual = (g.get("qual") or "").lower()
        if rel == "the":  # "the start of the year", "the end of the month": the anchor's period
            if not part:
                return None
            rel = "this"
        if rel in {"past", "previous", "coming"}:
            return Timex(kind="relative", unit=unit, offset=-1 if rel != "coming" else 1, amount=1,
                         qualifier="past" if rel != "coming" else "coming", **base)
        offset = {"this": 0, "last": -1, "next": 1}[rel]
        if qual:
            part = "early" if qual == "earlier" else "late"
        return Timex(kind="relative", unit=unit, offset=offset, part=part, qualifier=qual, **base)
    if kind == "present_ref":  # "now", "currently": the anchor itself
        return Timex(kind="relative", unit="now", offset=0, **base)
    if kind == "recently":  # "recently": the month before the anchor
        return Timex(kind="relative", unit="month", offset=-1, amount=1, qualifier="past", **base)
    if kind == "weekend":  # "over the weekend": the latest weekend (past) or the coming one (future)
        return Timex(kind="relative", unit="weekend", offset=None, **base)
    if kind == "rel_day":
        word = g["word"].lower()
        offset = {"today": 0, "tonight": 0, "yesterday": -1, "tomorrow": 1}[word]
        return Timex(kind="relative", unit="day", offset=offset, **base)
    if kind == "weekday":
        rel = (g.get("rel") or "").lower()
        offset = {"last": -1, "next": 1, "this": 0}.get(rel)
        return Timex(kind="relative", unit="weekday", weekday=WEEKDAYS[g["weekday"]], offset=offset, **base)
    if kind == "ago":
        qual = re.sub(r"\s+", "_", (g.get("qual") or "").lower())
        qual = {"over": "more_than", "almost": "nearly", "around": "about", "some": "about"}.get(qual, qual)
        return Timex(kind="relative", unit=g["unit"].lower(), offset=-1, amount=_num(g["n"]), qualifier=qual,
                     **base)
    if kind in {"recent", "recent_bare"}:
        rel = g["rel"].lower()
        n = _num(g["n"]) if g.get("n") else None
        future = rel in {"coming", "next"}
        if kind == "recent" and not n and rel in {"last", "next"} and not m.group(0).lower().rstrip().endswith("s"):
            return None  # "in last year" is rel_period's
        return Timex(kind="relative", unit=g["unit"].lower(), offset=1 if future else -1, amount=n or 0,
                     qualifier="coming" if future else "recent", **base)
    if kind == "event_rel":
        unit = (g.get("unit") or g.get("unit2") or "day").lower()
        return Timex(kind="event_relative", unit=unit, **base)
    if kind == "war_rel":  # "early in the war", "since the beginning of the invasion": dated by the war's start
        part = (g.get("part") or "early").lower().replace("later", "late")
        return Timex(kind="event_relative", unit="war", part=part if not g.get("open") else "",
                     qualifier="war", **{**base, "open": "since" if (g.get("open") or "").lower() in {"since", "from"}
                                         else ""})
    if kind == "duration":
        n = _num(g["n"])
        if g["n"].lower() in {"a", "an"} and not g.get("prep") and "-" not in m.group(0):
            return None  # "100,000 rubles a month" is a rate, not a duration
        return Timex(kind="duration", unit=g["unit"].lower(), amount=n, **base)
    if kind == "duration_long":
        return Timex(kind="duration", unit=g["unit"].lower(), amount=1, **base)
    return None


_PRIORITY = {name: i for i, (name, _) in enumerate(_PATTERNS)}


def find_timexes(text: str) -> list[Timex]:
    """Every time expression of `text`, in order, without overlaps (the longest leftmost match wins)."""
    found: list[tuple[int, int, int, Timex]] = []
    for name, pattern in _PATTERNS:
        for m in pattern.finditer(text):
            if m.end() == m.start():
                continue
            try:
                tx = _build(name, m, text)
            except (ValueError, KeyError, TypeError):
                tx = None
            if tx is not None and tx.text.strip():
                found.append((m.start(), -(m.end() - m.start()), _PRIORITY[name], tx))
    found.sort(key=lambda t: (t[0], t[1], t[2]))
    out: list[Timex] = []
    last_end = -1
    for _, _, _, tx in found:
        if tx.start >= last_end:
            out.append(tx)
            last_end = tx.end
    return _join_ranges(out, text)


_RANGE_JOIN = re.compile(r"\s*(?:-|to|until|till|through|and)\s*$", re.IGNORECASE)
_RANGE_START = re.compile(r"\b(?:from|between)\s+$", re.IGNORECASE)


def _join_ranges(found: list[Timex], text: str) -> list[Timex]:
    """'from July to September', 'between May and July': one expression spanning both."""
    out: list[Timex] = []
    for tx in found:
        prev = out[-1] if out else None
        if (prev is not None and prev.range_end is None and prev.kind in {"absolute", "partial"}
                and tx.kind in {"absolute", "partial"} and _RANGE_JOIN.match(text[prev.end:tx.start])
                and (prev.open == "from" or _RANGE_START.search(text[max(0, prev.start - 9):prev.start]))):
            start = prev.start if prev.open == "from" else _RANGE_START.search(
                text[max(0, prev.start - 9):prev.start]).start() + max(0, prev.start - 9)
            joined = Timex(**{**prev.__dict__, "start": start, "end": tx.end, "text": text[start:tx.end],
                              "open": "", "range_end": tx})
            if joined.year is None and tx.year is not None:
                joined = Timex(**{**joined.__dict__, "year": tx.year if not prev.month or prev.month <= (tx.month or 12)
                                  else tx.year - 1})
            out[-1] = joined
            continue
        out.append(tx)
    return out


# -------------------------------------------------------------------------------------------------- resolving
def _month_end(year: int, month: int) -> date:
    return date(year, month, calendar.monthrange(year, month)[1])


def month_part_span(year: int, month: int, part: str) -> tuple[date, date, str]:
    """The days of a month a part names: early = 1-10, mid = 11-20, late = 21-end, end = 24-end, halves."""
    last = calendar.monthrange(year, month)[1]
    bounds = {"": (1, last), "early": (1, 10), "mid": (11, 20), "late": (21, last), "end": (min(24, last), last),
              "first_half": (1, 15), "second_half": (16, last)}
    if part.startswith(("first_", "last_")) and part.endswith("_weeks"):
        n = int(part.split("_")[1])
        bounds[part] = (1, min(last, 7 * n)) if part.startswith("first") else (max(1, last - 7 * n + 1), last)
    lo, hi = bounds.get(part, (1, last))
    return date(year, month, lo), date(year, month, hi), "month" if not part else "month_part"


def year_part_span(year: int, part: str) -> tuple[date, date, str]:
    months = {"": (1, 12), "early": (1, 4), "mid": (5, 8), "late": (9, 12), "end": (11, 12),
              "first_half": (1, 6), "second_half": (7, 12)}.get(part, (1, 12))
    return date(year, months[0], 1), _month_end(year, months[1]), "year" if not part else "year_part"


def season_span(year: int, season: str, part: str = "") -> tuple[date, date, str]:
    """Northern meteorological seasons; winter of year Y runs December Y to February Y+1."""
    first, last = SEASONS[season]
    start = date(year, first, 1)
    end = _month_end(year + 1 if last < first else year, last)
    if part in {"early", "mid", "late", "end"}:
        months = [(start + relativedelta(months=i)) for i in range(3)]
        pick = {"early": months[0], "mid": months[1], "late": months[2], "end": months[2]}[part]
        return pick, _month_end(pick.year, pick.month), "month"
    return start, end, "season"


def _choose_year(span_for_year, anchor: date, tense: str) -> tuple[date, date, str, str]:
    """Pick the year of a yearless span: latest before the anchor (past), next after it (future), else nearest."""
    candidates = [span_for_year(anchor.year + dy) for dy in (-2, -1, 0, 1)]
    if tense == "past":
        ok = [c for c in candidates if c[0] <= anchor]
        pick = ok[-1]
        return (*pick, "past tense: the latest such period that began by the anchor")
    if tense == "future":
        ok = [c for c in candidates if c[1] >= anchor]
        pick = ok[0]
        return (*pick, "future tense: the next such period not over at the anchor")
    pick = min(candidates, key=lambda c: abs((c[0] + (c[1] - c[0]) / 2 - anchor).days))
    return (*pick, "no clear tense: the nearest such period to the anchor")


def _iso(d: date | None) -> str:
    return d.isoformat() if d else ""


def _week_start(d: date) -> date:
    return d - timedelta(days=d.weekday())


def resolve(tx: Timex, anchor: date | None, tense: str = "") -> Resolution:
    """The inclusive calendar span of `tx` given the anchor (publication) date and the clause's tense."""
    anchor_iso = _iso(anchor)
    if tx.kind == "duration":
        return Resolution("", "", "", False, anchor_iso, "a duration, not placed in calendar time")
    if tx.kind == "event_relative":
        return Resolution("", "", "", False, anchor_iso, "counted from another event, not from the anchor")
    try:
        start, end, gran, relative, reason = _resolve(tx, anchor, tense)
        if tx.range_end is not None and start is not None:
            second = _resolve(tx.range_end, anchor, tense)
            if second[0] is not None and second[1] >= start:
                end, gran, relative = second[1], "range", relative or second[3]
                reason += "; a range up to the second date"
            elif second[0] is not None and tx.range_end.year is None:  # "from November to February": next year
                end = second[1] + relativedelta(years=1)
                gran, reason = "range", reason + "; a range up to the second date, in the following year"
    except (ValueError, OverflowError, IndexError):
        return Resolution("", "", "", False, anchor_iso, "could not resolve")
    if start is None:
        return Resolution("", "", "", relative, anchor_iso, reason)
    if tx.open == "since" and anchor and anchor >= start:
        end, gran = anchor, "range"
        reason += "; 'since': open span up to the anchor"
    elif tx.open in {"until", "by", "as_of"}:
        reason += f"; '{tx.open.replace('_', ' ')}': the boundary period"
    return Resolution(_iso(start), _iso(end), gran, relative, anchor_iso, reason)


def _resolve(tx: Timex, anchor: date | None, tense: str):
    need_anchor = (None, None, "", True, "anchor (publication date) unknown")
    if tx.unit == "decade" and tx.kind == "absolute":
        return date(tx.year, 1, 1), date(tx.year + 9, 12, 31), "decade", False, "decade written out"
    if tx.kind in {"absolute", "partial"} and tx.season:
        if tx.year:
            s, e, g = season_span(tx.year, tx.season, tx.part)
            return s, e, g, False, "season with its year"
        if anchor is None:
            return need_anchor
        if tx.offset is not None:
            base = anchor.year + tx.offset if not (tx.season == "winter" and anchor.month <= 2) else \
                anchor.year - 1 + tx.offset
            s, e, g = season_span(base, tx.season, tx.part)
            return s, e, g, True, f"'{['last', 'this', 'next'][tx.offset + 1]}' season from the anchor"
        s, e, g, why = _choose_year(lambda y: season_span(y, tx.season, tx.part), anchor, tense)
        return s, e, g, True, f"season without a year; {why}"
    if tx.kind in {"absolute", "partial"} and tx.month:
        if tx.day:
            def span(y: int):
                d = date(y, tx.month, min(tx.day, calendar.monthrange(y, tx.month)[1]))
                return d, d, "day"
        else:
            def span(y: int):
                return month_part_span(y, tx.month, tx.part)
        if tx.year:
            s, e, g = span(tx.year)
            return s, e, g, False, "date with its year"
        if anchor is None:
            return need_anchor
        s, e, g, why = _choose_year(span, anchor, tense)
        return s, e, g, True, f"{'day' if tx.day else 'month'} without a year; {why}"
    if tx.kind in {"absolute", "partial"} and tx.year:
        s, e, g = year_part_span(tx.year, tx.part)
        return s, e, g, False, "year written out"
    if tx.kind != "relative":
        return None, None, "", False, "not resolvable"
    if anchor is None:
        return need_anchor
    return _resolve_relative(tx, anchor, tense)


def _resolve_relative(tx: Timex, anchor: date, tense: str):
    unit, off = tx.unit, tx.offset
    if unit == "now":
        return anchor, anchor, "day", True, "the present: the anchor day"
    if unit == "day":
        d = anchor + timedelta(days=off or 0)
        return d, d, "day", True, "counted in days from the anchor"
    if unit == "weekend" and off is None:
        saturday = anchor - timedelta(days=(anchor.weekday() - 5) % 7)
        if tense == "future":
            saturday = anchor + timedelta(days=(5 - anchor.weekday()) % 7)
        return saturday, saturday + timedelta(days=1), "day", True, "the weekend nearest the anchor in the tense's direction"
    if unit == "weekday":
        delta = (anchor.weekday() - tx.weekday) % 7
        if off == 1 or (off is None and tense == "future"):
            d = anchor + timedelta(days=(tx.weekday - anchor.weekday()) % 7 or 7)
            why = "the next such weekday after the anchor"
        elif off == -1:
            d = anchor - timedelta(days=delta or 7)
            why = "'last': the previous such weekday"
        else:
            d = anchor - timedelta(days=delta)
            why = "the latest such weekday on or before the anchor (past or present tense)"
        return d, d, "day", True, why
    if tx.qualifier in {"recent", "coming", "past"}:
        n = tx.amount or (3 if unit in {"day", "week", "month"} else 1)
        length = relativedelta(**{f"{unit}s" if unit != "decade" else "years": n * (10 if unit == "decade" else 1)})
        if tx.qualifier == "coming":
            return anchor, anchor + length, "range", True, f"the coming {n:g} {unit}(s) after the anchor"
        return anchor - length, anchor, "range", True, f"the past {n:g} {unit}(s) up to the anchor"
    if tx.amount is not None and off == -1 and unit in {"day", "week", "month", "year", "decade"}:  # N units ago
        n = tx.amount * (10 if unit == "decade" else 1)
        key = "years" if unit == "decade" else f"{unit}s"
        point = anchor - relativedelta(**{key: n})
        gran = {"day": "day", "week": "week", "month": "month", "year": "year", "decade": "year"}[unit]
        s, e = _unit_span(point, gran)
        if tx.qualifier == "more_than":
            s = _unit_span(anchor - relativedelta(**{key: n + 1}), gran)[0]
            return s, e, "range", True, f"more than {n:g} {key} before the anchor"
        if tx.qualifier in {"nearly", "less_than"}:
            e = _unit_span(anchor - relativedelta(**{key: max(n - 1, 0)}), gran)[1]
            return s, e, "range", True, f"nearly {n:g} {key} before the anchor"
        return s, e, gran, True, f"{n:g} {key} before the anchor"
    if unit in {"week", "weekend", "month", "year"}:
        shift = {"week": relativedelta(weeks=off), "weekend": relativedelta(weeks=off),
                 "month": relativedelta(months=off), "year": relativedelta(years=off)}[unit]
        point = anchor + shift
        gran = "week" if unit in {"week", "weekend"} else unit
        s, e = _unit_span(point, gran)
        if unit == "weekend":
            s = s + timedelta(days=5)
        word = ["last", "this", "next"][off + 1]
        if tx.part and off == 0 and tx.qualifier == "earlier":
            return s, min(e, anchor), "range", True, f"earlier this {unit}: from its start to the anchor"
        if tx.part and off == 0 and tx.qualifier == "later":
            return max(s, anchor), e, "range", True, f"later this {unit}: from the anchor to its end"
        if tx.part and gran == "month":
            s, e, g = month_part_span(s.year, s.month, tx.part)
            return s, e, g, True, f"part of {word} month"
        if tx.part and gran == "year":
            s, e, g = year_part_span(s.year, tx.part)
            if tx.part == "early" and tx.open == "since":
                e = s  # "since the start of the year"
            return s, e, g, True, f"part of {word} year"
        return s, e, gran, True, f"'{word} {unit}' from the anchor"
    return None, None, "", True, "relative expression not understood"


def _unit_span(point: date, gran: str) -> tuple[date, date]:
    if gran == "day":
        return point, point
    if gran == "week":
        s = _week_start(point)
        return s, s + timedelta(days=6)
    if gran == "month":
        return date(point.year, point.month, 1), _month_end(point.year, point.month)
    return date(point.year, 1, 1), date(point.year, 12, 31)
