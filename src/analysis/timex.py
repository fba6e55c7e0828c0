"""Time expressions: find them in text and resolve them to inclusive calendar spans.

In: a text (use the quote/dash-folded view), then for each expression an anchor date (the publication date) and
the tense of the clause ('past', 'future', 'present' or ''). Out: `Timex` records (offsets, text, kind and the
parsed parts) and `Resolution` records (start, end, granularity, whether relative to the anchor, the reason).

Kinds: `absolute` (a year is written: "March 2024", "October 4, 2023", "24/02/2022"; or a day/month whose year
comes from the anchor, by its words or else the tense: "October 4", "last July", "July last year", "the new
year"; or a named era: "the Soviet era"), `partial` (part of a month, season, year or decade: "early August",
"the end of March", "in the spring", "spring this year", "the early 2000s", "the third quarter of 2022"; "the first
days / weeks / months of" = its first 7 days / 3 weeks / 3 months; "the 1990er years" = "the 1990s"),
`relative` (counted from the anchor: "last month", "this week", "on Friday", "six months ago", "the day before
yesterday"; "now" is the anchor day, "recently" the month before it; "the previous year/month/week" the calendar
period before the anchor's, "by year's end" = "by the end of the year"; both flagged `from_context`, so a caller
may count them from a date written before them instead), `event_relative` (counted from another
date: "three weeks later", "a year earlier", "later that year", "in March the following year": placed by
`resolve_from` once the caller finds that date, else no calendar span) and `duration` (a length not placed in
time: "a two-month training", "for six months": never given a span).
An `open` flag says "since", "until", "by" or "as of" came before the expression; "from July to September"
and "the summer and autumn of 2022" are one expression with a `range_end`.
A pure grammar of regular expressions: no corpus, no parser.
"""

from __future__ import annotations

import calendar
import re
import re._constants as _sre  # the parsed form of a pattern, to read its first characters
import re._parser as _sre_parse
from dataclasses import dataclass
from datetime import date, timedelta
from functools import lru_cache

from dateutil.relativedelta import relativedelta

MONTHS = {name: i for i, name in enumerate(calendar.month_name) if name}
MONTH_ABBR = {"Jan": 1, "Feb": 2, "Mar": 3, "Apr": 4, "Jun": 6, "Jul": 7, "Aug": 8, "Sep": 9, "Sept": 9,
              "Oct": 10, "Nov": 11, "Dec": 12}
WEEKDAYS = {name: i for i, name in enumerate(calendar.day_name)}
SEASONS = {"spring": (3, 5), "summer": (6, 8), "autumn": (9, 11), "fall": (9, 11), "winter": (12, 2)}
COUNT_WORDS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
               "ten": 10, "eleven": 11, "twelve": 12, "fifteen": 15, "eighteen": 18, "twenty": 20, "thirty": 30}
NUMBER_WORDS = {"a": 1, "an": 1, **COUNT_WORDS, "few": 3, "a few": 3, "several": 3, "a couple of": 2,
                "couple of": 2, "couple": 2}  # exact counts and the vague ones read as a count
NAMED_DAYS = {"new year": (1, 1), "new year's day": (1, 1), "new year's eve": (12, 31), "christmas": (12, 25),
              "christmas day": (12, 25), "christmas eve": (12, 24)}
ERAS = {"soviet_era": (date(1922, 12, 30), date(1991, 12, 26))}  # named periods: (first day, last day)
PRESENT_SCHEDULE_DAYS = 62  # a yearless date in a present-tense clause beginning this soon after the anchor is
#                             the coming one (a schedule), else the latest begun
SCHOOL_YEAR_START, SCHOOL_YEAR_END = (9, 1), (6, 30)  # a (northern) school year: 1 September to 30 June
WEEK_PARTS = {"early": (0, 2), "mid": (1, 3), "late": (3, 6), "end": (4, 6)}  # days of a week from Monday (0)
ORDINALS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8,
            "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12}

_MONTH = (r"(?P<month>" + "|".join(MONTHS) + "|(?:" + "|".join(sorted(MONTH_ABBR, key=len, reverse=True))
          + r")\.?(?!\w))(?!\w)")
_ONE_NUM = r"(?:(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+and\s+a\s+half|" \
    r"(?<![\d.,])\d+(?:\.\d+)?|a\s+few|a\s+couple\s+of|couple\s+of|one|two|three|four|five|six|seven|eight|nine|ten|eleven|" \
    r"twelve|fifteen|eighteen|twenty|thirty|several|few|an?)"
_NUM = _ONE_NUM + r"(?:\s+or\s+" + _ONE_NUM + r")?"  # "seven or eight": the larger
_UNIT = r"(?P<unit>day|week|month|year|decade)s?"
_PART = (r"(?P<part>(?i:early|mid|late|(?:the\s+)?(?:start|beginning|middle|end|turn)\s+of|"
         r"(?:the\s+)?(?:first|second|last)\s+half\s+of|"
         r"(?:the\s+)?(?:first|second|third|fourth|final|last)\s+quarter\s+of|"
         r"(?:the\s+)?(?:first|second|last)\s+(?:(?P<nweeks>two|three|four|2|3|4)\s+)?weeks?\s*\(?\s*of|"
         r"(?:the\s+)?(?:first|last|final)\s+(?:few\s+|(?:\d{1,2}|two|three|four|five|six|seven|eight|nine|ten|eleven)"
         r"\s+)?(?:days|months)\s+of|"
         r"(?:the\s+)?(?:early|earlier|later|latter|middle)\s+part\s+of))"
         r"(?:\s*-\s*|\s+(?:in\s+)?)")
_OPEN = r"(?:(?P<open>(?i:since|until|till|up\s+to|by|as\s+of|from|through))\s+)?"
_YEAR = r"(?P<year>(?:19|20)\d\d)(?![\d,.]\d|\.\w|-\d)"
_NOT_AFTER = r"(?<![\w$.,/])(?<!\d-)"
# more days of the same month: "July 26 and 27", "May 2-4", "June 15, 16 and 17" (not "June 14 and 15 protesters")
_DAY_AFTER = (r"(?:(?:\s*,\s*[0-3]?\d(?:st|nd|rd|th)?\b(?![.,]?\d))*\s*,?\s*(?:(?P<dash>-)|and|to|through)\s*(?P<day2>[0-3]?\d)(?:st|nd|rd|th)?\b(?![.,]?\d|\s*(?:%|percent|million|"
              r"thousand)|(?(dash)(?!)|\s+(?!(?:in|at|on|and|or|when|while|as|after|before|during|the|this|last|of|to|for|with|"
              r"from)\b)[a-z])))?")  # after a dash any word may follow ("talks on Sept. 12-13 failed")
_DAY_BEFORE = r"(?:(?<![\d,.])\b(?P<day0>[0-3]?\d)(?:st|nd|rd|th)?\s*(?:-|and|to|through)\s*)?"  # "3 and 4 March"
_YEAR_WORD = (r"|\s+(?:of\s+)?(?P<yrel>(?i:this|last|next))\s+year\b(?!\s*'s)"
              r"|\s+(?:of\s+)?(?i:the)\s+(?P<yev>(?i:following|next|previous|preceding))\s+(?i:year)\b(?!\s*'s)")


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
    part: str = ""  # early | mid | late | end | first_half | second_half | q1..q4 | first_2_weeks | last_2_weeks
    season: str = ""
    weekday: int | None = None
    unit: str = ""  # day | week | month | year | decade (relative and durations)
    offset: int | None = None  # -1 last, 0 this, +1 next (relative)
    amount: float | None = None  # N in "N months ago" / durations
    qualifier: str = ""  # more_than | nearly | about | earlier | later | recent | past
    open: str = ""  # since | until | by | as_of | from
    range_end: Timex | None = None  # "from July to September": the second end of a range
    year_offset: int | None = None  # "July last year": the year counted from the anchor's (-1, 0, +1)
    name: str = ""  # a named period ("soviet_era")
    from_context: bool = False  # "the previous year", "by the end of the year": the caller may count it from a
    #                             date written before it in its sentence ("in 2023 ... the previous year": 2022)


@dataclass(frozen=True)
class Resolution:
    """An inclusive calendar span for a `Timex` (ISO dates, '' when none) and how it was obtained."""

    start: str
    end: str
    granularity: str  # day | week | month_part | month | season | year_part | year | decade_part | decade | era
    #                   | range | ''
    relative: bool
    anchor: str
    reason: str


# ---------------------------------------------------------------------------------------------------- finding
def _num(word: str) -> float | None:
    word = re.sub(r"\s+", " ", word.lower().strip())
    if " or " in word:  # "seven or eight years": the larger count
        counts = [_num(part) for part in word.split(" or ")]
        return max(counts) if None not in counts else None
    if word.endswith(" and a half"):  # "two and a half years", "3 and a half months"
        whole = _num(word[:-len(" and a half")])
        return whole + 0.5 if whole is not None else None
    if re.fullmatch(r"\d+(?:\.\d+)?", word):  # "11.5 years"
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
    if "quarter" in raw:  # "the third quarter of 2022": q3
        return "q" + str({"first": 1, "second": 2, "third": 3}.get(raw.split()[0], 4))
    if "week" in raw:  # "the first weeks of": about three weeks
        n = int(_num(nweeks) or 1) if nweeks else 3 if "weeks" in raw else 1
        return f"{'first' if raw.startswith('first') else 'last'}_{n}_weeks"
    if raw.endswith(("days of", "months of")):  # "the first days of": seven days; "the first months of": three
        words = raw.split()
        count = _num(words[1]) if len(words) == 4 and words[1] != "few" else None  # "the first six months of"
        return f"{'first' if raw.startswith('first') else 'last'}_{f'{int(count)}_' if count else ''}" \
            f"{'days' if 'days' in raw else 'months'}"
    for key, value in (("early", "early"), ("earlier", "early"), ("start", "early"), ("beginning", "early"),
                       ("turn", "early"), ("mid", "mid"), ("middle", "mid"), ("late", "late"), ("later", "late"), ("latter", "late"),
                       ("end", "end")):
        if raw.startswith(key):
            return value
    return ""


def _in_year_of_another_date(word: str, **fields) -> Timex:
    """A month or season in the year after ('following', 'next') or before ('previous', 'preceding') the year of
    another date: counted from that date, like "a year later"."""
    return Timex(kind="event_relative", unit="year", amount=1, qualifier="period_of",
                 offset=1 if word.lower() in {"following", "next"} else -1, **fields)


def _rel_offset(raw: str | None) -> int | None:
    """-1 / 0 / +1 for 'last' (and 'this past'), 'this', 'next'; None otherwise ("the following year" counts from
    another date, not from the anchor)."""
    raw = re.sub(r"\s+", " ", (raw or "").lower())
    return {"last": -1, "this": 0, "this past": -1, "next": 1}.get(raw)


@lru_cache(maxsize=64)
def _numeric_date_order(text: str) -> tuple[bool, str]:
    """Whether numeric dates in `text` put the day first, and why: a date whose first number exceeds 12 says
    day-first, one whose second does says month-first; failing that, written dates ('20 January' against
    'January 20'); failing that, dotted dates are day-first and others too (most of the world's usage)."""
    votes = {True: 0, False: 0}
    for m in re.finditer(r"(?<![\d.,/-])\b([0-3]?\d)([./-])([0-3]?\d)\2(?:19|20)\d\d\b", text):
        a, b = int(m.group(1)), int(m.group(3))
        if a > 12 >= b:
            votes[True] += 1
        elif b > 12 >= a:
            votes[False] += 1
    if votes[True] != votes[False]:
        return votes[True] > votes[False], "the text's unambiguous numeric dates"
    day_month = len(re.findall(r"\b[0-3]?\d\s+(?:" + "|".join(MONTHS) + r")\b", text))
    month_day = len(re.findall(r"\b(?:" + "|".join(MONTHS) + r"|" + "|".join(MONTH_ABBR) + r")\.?\s+[0-3]?\d\b(?!\d)",
                               text))
    if day_month != month_day:
        return day_month > month_day, "the text's written dates"
    return True, "no evidence in the text: day first"


def day_first(text: str, a: int, b: int) -> bool:
    """Read a numeric date a/b/yyyy day-first? Unambiguous when one number exceeds 12, else the text's style."""
    if a > 12 or b > 12:
        return a > 12
    return _numeric_date_order(text)[0]


def _open_of(raw: str | None) -> str:
    if not raw:
        return ""
    raw = re.sub(r"\s+", " ", raw.lower())
    return {"till": "until", "up to": "until", "through": "until", "as of": "as_of"}.get(raw, raw)


_CLASS_ESCAPES = {_sre.CATEGORY_DIGIT: r"\d", _sre.CATEGORY_WORD: r"\w", _sre.CATEGORY_SPACE: r"\s"}


def _first_chars(items) -> tuple[set[str] | None, bool]:
    """The characters (as character-class parts) a match of parsed regex `items` can start with, None when any
    character can, and whether the items can match the empty string."""
    parts: set[str] = set()
    for op, av in items:
        if op is _sre.LITERAL:
            return parts | {re.escape(chr(av))}, False
        if op is _sre.IN:
            for inner, value in av:
                if inner is _sre.LITERAL:
                    parts.add(re.escape(chr(value)))
                elif inner is _sre.RANGE:
                    parts.add(re.escape(chr(value[0])) + "-" + re.escape(chr(value[1])))
                elif inner is _sre.CATEGORY and value in _CLASS_ESCAPES:
                    parts.add(_CLASS_ESCAPES[value])
                else:
                    return None, False
            return parts, False
        if op in (_sre.AT, _sre.ASSERT, _sre.ASSERT_NOT):  # zero-width
            continue
        if op is _sre.BRANCH:
            branches = [_first_chars(branch) for branch in av[1]]
            empty = any(e for _, e in branches)
        elif op in (_sre.SUBPATTERN, _sre.ATOMIC_GROUP):
            branches = [_first_chars(av[-1] if op is _sre.SUBPATTERN else av)]
            empty = branches[0][1]
        elif op in (_sre.MAX_REPEAT, _sre.MIN_REPEAT, _sre.POSSESSIVE_REPEAT):
            branches = [_first_chars(av[2])]
            empty = branches[0][1] or av[0] == 0
        else:
            return None, False
        if any(chars is None for chars, _ in branches):
            return None, False
        parts = parts.union(*(chars for chars, _ in branches))
        if not empty:
            return parts, False
    return parts, True


def _rx(pattern: str, flags: int = 0) -> re.Pattern:
    """The compiled pattern, led by a look-ahead for the characters its matches can start with (the same matches:
    most positions of a text then fail at once instead of trying every optional word of the pattern)."""
    first, empty = _first_chars(_sre_parse.parse(pattern, flags))
    if first is None or empty:
        return re.compile(pattern, flags)
    return re.compile(f"(?=(?i:[{''.join(sorted(first))}]))" + pattern, flags)


# "the last three weeks of July" is a part of July (the month pattern's), not the weeks before the anchor; "the past
# 15 years of her life" are (a life, a career, a rule: "of" before a possessive)
_OF_PERIOD = r"of(?!\s+(?:his|her|their|its|my|our|your)\b)"
# (kind, compiled pattern, builder); patterns are tried everywhere, the longest leftmost match wins.
_WEEKDAY = r"(?P<weekday>" + "|".join(WEEKDAYS) + r")\b"
_I = re.IGNORECASE
_PATTERNS: list[tuple[str, re.Pattern]] = [
    ("iso", _rx(_OPEN + r"\b(?P<year>(?:19|20)\d\d)-(?P<mnum>[01]\d)-(?P<day>[0-3]\d)\b")),
    ("month_day", _rx(_OPEN + r"(?:(?i:on|an?)\s+)?(?:" + _WEEKDAY + r",?\s+)?" + _MONTH
                      + r"\s+(?P<day>[0-3]?\d)(?:st|nd|rd|th)?\b(?!\s*(?:%|percent|million|thousand|,\d))"
                      + _DAY_AFTER + r"(?:,?\s+" + _YEAR + r")?")),
    ("day_month", _rx(_OPEN + r"(?:(?:(?i:on)\s+)?" + _WEEKDAY + r",?\s+)?" + _DAY_BEFORE + r"\b(?P<day>[0-3]?\d)(?:st|nd|rd|th)?\s+(?:of\s+)?" + _MONTH
                      + r"(?:,?\s+" + _YEAR + r")?")),
    ("weekday_day", _rx(_OPEN + r"(?:(?i:on)\s+)?" + _WEEKDAY + r",?\s+(?:the\s+)?(?P<day>[0-3]?\d)(?:st|nd|rd|th)\b")),
    ("day_only", _rx(r"\b(?:(?P<open>(?i:since|until|till|by|from))|(?i:on))\s+the\s+(?P<day>[0-3]?\d)(?:st|nd|rd|th)\b"
                     r"(?=\s*[,.;:)]|\s+(?:and|when|at|after|before|in|as|with|while|but|or|to|he|she|they|it|we)\b)")),
    ("month", _rx(_OPEN + r"(?:(?P<inword>(?i:in|of|during|and|or|to|between))\s+)?(?:" + _PART
                  + r")?(?:(?P<rel>(?i:last|next|this(?:\s+past)?))\s+)?" + _MONTH + r"(?:,?\s+(?:of\s+)?" + _YEAR
                  + _YEAR_WORD + r")?(?!\s*[0-3]?\d\b)")),
    ("season", _rx(_OPEN + r"(?:(?:in|during|over)\s+)?(?:" + _PART + r")?(?:(?P<rel>this(?:\s+past)?|last|next|the)"
                   + r"\s+)?\b(?P<season>spring|summer|autumn|fall|winter)\b(?:\s+(?:of\s+)?"
                   + r"(?:(?P<wyear>(?:19|20)\d\d)\s*[-/]\s*(?:19|20)?\d\d\b|" + _YEAR + ")" + _YEAR_WORD
                   + r")?", _I)),
    ("quarter", _rx(_OPEN + r"(?:(?:in|of|during|for)\s+)?(?:the\s+)?(?<!fiscal )(?<!financial )(?:(?P<qord>(?i:first|"
                    r"second|third|fourth))(?:\s+|\s*-\s*)(?i:quarter)\b(?!\s+of\b|\s*-\s*(?i:century|final))"
                    r"|\bQ(?P<qnum>[1-4])\b(?!-))(?:\s+" + _YEAR + r")?")),  # "the second quarter", "Q3 2021"
    ("year_range", _rx(_OPEN + r"(?:(?:in|of|during|from)\s+)?(?:the\s+)?" + _NOT_AFTER + r"(?P<year>(?:19|20)\d\d)"
                       r"\s*[-/]\s*(?P<year2>(?:19|20)\d\d|\d\d)\b(?![-/.,]\d|\s*(?:%|percent))")),
    ("numeric_date", _rx(_OPEN + r"(?:on\s+)?(?<![\d.,/-])\b(?P<a>[0-3]?\d)(?P<sep>[./-])(?P<b>[0-3]?\d)(?P=sep)"
                         + r"(?P<year>(?:19|20)\d\d)\b(?![.,/-]?\d)")),
    ("named_day", _rx(_OPEN + r"(?:(?P<qual>around|about)\s+)?(?:the\s+)?(?P<name>"
                      + r"(?i:new\s+year(?:'s\s+(?:day|eve))?|christmas(?:\s+(?:day|eve))?))(?!\w|\s*-)")),
    ("era", _rx(_OPEN + r"(?:(?:in|during|under|of)\s+)?(?:the\s+)?(?P<name>Soviet\s+(?:era|times|period|days|years))"
                + r"\b")),
    ("year", _rx(_OPEN + r"(?:(?:in|of|during|from|through)\s+)?(?:" + _PART + r")?" + _NOT_AFTER + _YEAR
                 + r"(?![\w%])")),
    ("decade", _rx(_OPEN + r"(?:(?:in|of|during|from|through)\s+)?(?:the\s+)?(?:" + _PART + r")?(?:the\s+)?"
                   + r"(?:(?P<year>(?:19|20)\d0)(?:'?s|er\s+years|\s*-\s*ies)|'(?P<yy>\d0)s)\b")),
    ("rel_period", _rx(_OPEN + r"(?:(?:the|in|of)\s+)?(?:" + _PART + r")?(?:(?P<qual>earlier|later)\s+(?:in\s+)?)?"
                       + r"(?P<rel>this|last|next|past|previous|preceding|coming|the)\s+(?P<unit>week|weekend|month|year)\b"
                       + r"(?!\s*-)", _I)),
    ("the_week", _rx(r"\b(?:during|over|throughout)\s+the\s+week\b(?!\s*(?:-|'s|of|before|after|end|ending|that)\b)",
                     _I)),  # "during the week": the past week (or, in the future, the coming one)
    ("school_year", _rx(r"\b(?P<rel>this|last|next|the\s+(?:current|coming|next|past|previous|last))\s+"
                        r"(?:school|academic)\s+year\b(?!\s*-)", _I)),
    ("year_end", _rx(_OPEN + r"(?:(?:at|before|around)\s+)?(?:the\s+)?\byear(?:'s\s+|\s*-\s*|\s+)end\b(?!\s*-)", _I)),
    ("present_ref", _rx(r"(?<!-)\b(?:now|currently|at\s+present|at\s+the\s+moment|nowadays|these\s+days)\b(?!\s*-)", _I)),
    ("recently", _rx(r"\b(?:recently|lately|in\s+recent\s+times)\b", _I)),
    ("weekend", _rx(r"\b(?:over|during|at)\s+the\s+weekend\b", _I)),
    ("rel_day", _rx(_OPEN + r"\b(?P<word>today|yesterday|tomorrow|tonight|last\s+night|this\s+(?:morning|afternoon|"
                    r"evening)|(?:the\s+)?day\s+(?:before\s+yesterday|after\s+tomorrow))\b", _I)),
    ("overnight", _rx(r"\b(?i:overnight)\b(?=\s*[,.;:)!?]|\s*$|\s+(?:and|into|on|in|at|to|from|as|when|while|after|"
                      r"before|with|near|across|over|but|or|the|a|an)\b)")),  # adverbial, not "an overnight stay"
    ("weekday", _rx(_OPEN + r"(?:(?P<rel>(?i:last|next|this|on|late|early))\s+)?" + _WEEKDAY
                    + r"(?:\s+(?P<daypart>morning|afternoon|evening|night))?")),
    ("and_half", _rx(r"\b(?:(?P<prep>for|during|over|within|in|after|of)\s+)?(?:(?P<qual>more\s+than|over|nearly|almost|"
                     r"about|around|some|less\s+than|just)\s+)?\b(?P<n>an?|one|two|three|four|five|six|seven|eight|nine|"
                     r"ten|\d{1,2})\s+(?P<unit>day|week|month|year)s?\s+and\s+a\s+half\b(?P<ago>\s+ago\b)?", _I)),
    ("ago", _rx(r"(?:(?P<qual>more\s+than|over|nearly|almost|about|around|some|less\s+than|just)\s+)?"
                r"\b(?P<n>" + _NUM + r")\s+" + _UNIT + r"\s+ago\b", _I)),
    ("recent", _rx(r"\b(?:in|over|during|for)\s+(?:the\s+)?(?:(?P<rel>recent|past|last|previous|coming|next)\s+)"
                   r"(?:(?P<n>" + _NUM + r")\s+)?" + _UNIT + r"\b(?!\s+(?:" + _OF_PERIOD + r"|later|earlier|after|before)\b)",
                   _I)),
    ("recent_bare", _rx(r"\b(?:the\s+)?(?P<rel>past|last|previous)\s+(?P<n>" + _NUM + r")\s+" + _UNIT
                        + r"\b(?!\s+(?:" + _OF_PERIOD + r"|later|after|before)\b)", _I)),
    ("event_rel", _rx(r"\b(?:(?:in|over|during|within)\s+)?(?:the\s+)?(?:(?P<follow>following|next|ensuing|coming)\s+"
                      r"(?:(?P<n>" + _NUM + r")\s+)?" + _UNIT + r"\b|(?:days|weeks|months)\s+that\s+followed)"
                      r"|(?:(?P<qual>(?:less|more|fewer)\s+than|under|over|nearly|almost|about|around|some|just|"
                      r"only|barely|within)\s+)?\b(?P<n2>" + _NUM + r")\s+(?P<unit2>day|week|month|year)s?\s+"
                      r"(?P<dir>later|earlier|after|before|into)\b"
                      r"|(?:(?:just|only|mere|barely)\s+)?(?<!\bfor\s)\b(?P<unit5>days|weeks|months|years)\s+"
                      r"(?P<dir5>later|earlier|after|before)\b"  # "just days after", "weeks later": no count
                      r"|\b(?:(?P<within>earlier|later)\s+(?:(?:in|on)\s+)?that|(?:that|the)\s+same|that)\s+"
                      r"(?P<unit3>day|week|month|year)\b(?!\s*-|\s+(?:after|by)\s+(?P=unit3))"
                      r"|\bthe\s+(?:(?P<prev>previous|preceding)\s+(?P<unit4>day)|day\s+(?P<dir2>before|after))\b",
                      _I)),
    ("war_rel", _rx(r"\b(?:(?P<part>early|late|later)\s+in\s+the|(?P<open>since|from|at)\s+the\s+(?:very\s+)?(?:start|"
                    r"beginning|outset)\s+of\s+the|(?:(?:in|during|over)\s+)?the\s+(?:first|early)\s+(?:few\s+)?"
                    r"(?P<first>days|weeks|months)\s+of\s+the)"
                    r"\s+(?:full[- ]scale\s+)?(?P<what>war|invasion|conflict)\b"
                    r"|\b(?P<open2>since)\s+(?:(?:the|Russia's|Moscow's)\s+(?:full[- ]scale\s+)?(?:war|invasion)"
                    r"(?:\s+(?:began|started))?|Russia\s+(?:invaded|launched\s+(?:its|a)\s+(?:full[- ]scale\s+)?"
                    r"invasion\s+of)\s+Ukraine)\b(?!\s+(?:in|of|with|against)\s+(?!Ukraine|February|20\d\d)\w)"
                    r"(?![^.;]{0,30}\b(?:19\d\d|20(?!22)\d\d)\b)", _I)),
    ("duration", _rx(r"\b(?:(?P<prep>for|during|over|within|in|after|of)\s+)?(?:(?:more\s+than|nearly|almost|about|"
                     r"around|some|at\s+least|up\s+to|another|the)\s+)?(?P<n>" + _NUM + r"|another)(?:\s*-\s*|\s+)"
                     + r"(?P<unit>day|week|month|year|decade)s?(?:\s*-\s*long)?\b(?!\s*-\s*old|\s+old\b)", _I)),
    ("duration_bare", _rx(r"\b(?P<prep>for|over)\s+(?P<unit>day|week|month|year|decade)s\b(?!\s*(?:-|'|ago|later|"
                          r"earlier|after|before|of|to\s+come)\b)", _I)),  # "for weeks now": a length not counted
    ("duration_long", _rx(r"\b(?P<unit>day|week|month|year|decade)s?\s*-\s*long\b", _I)),
]
_DETERMINER_BEFORE = re.compile(r"(?:\b(?:the|its|their|his|her|our|this|last|next)|\w's)\s+$", re.IGNORECASE)
_TEMPORAL_PREPOSITION = re.compile(r"\b(?:at|over|after|before|in|on|during|around|about|since|until|by)\s+"
                                   r"(?:the\s+)?$", re.IGNORECASE)
_MAY_MARCH_CONTEXT = re.compile(r"(?:in|of|since|until|by|from|through|between|early|mid|late|end|start|beginning|half|"
                                r"during|last|this|next|and|or|to)\W*$", re.IGNORECASE)


def _build(kind: str, m: re.Match, text: str) -> Timex | None:
    g = m.groupdict()
    s, e = m.start(), m.end()
    # do not swallow a leading preposition into the expression text, but keep "since/until/by/as of"
    lead = re.match(r"(?:(?:in|on|of|during|over|an?|and|or|to|the|between)\s+)+", text[s:e], re.IGNORECASE)
    if kind == "duration":
        lead = re.match(r"(?:(?:in|of|during|over|within|after|the)\s+)+", text[s:e], re.IGNORECASE)
    if lead and not g.get("open") and kind not in {"recent", "event_rel", "rel_period", "ago", "weekend", "the_week"}:
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
        first, last = (int(g["day0"]), day) if g.get("day0") else (day, int(g["day2"])) if g.get("day2") \
            else (day, day)
        if last < first:
            return None  # "May 12-4": not two days of one month
        range_end = Timex(kind="absolute", year=year, month=month, day=last, start=e, end=e, text="") \
            if last > first else None
        return Timex(kind="absolute", year=year, month=month, day=first, weekday=weekday, range_end=range_end,
                     **base)
    if kind in {"weekday_day", "day_only"}:  # "Monday 26th", "on the 14th": a day of a month near the anchor
        day = int(g["day"])
        if not 1 <= day <= 31:
            return None
        if kind == "day_only":
            s = m.start("day") - len("the ")
            base = {**base, "start": s, "text": text[s:e]} if not g.get("open") else base
        return Timex(kind="absolute", day=day, weekday=WEEKDAYS[g["weekday"]] if g.get("weekday") else None, **base)
    if kind == "month":
        month = _month_number(g["month"])
        name = g["month"].rstrip(".")
        if name in {"May", "March"} and not (g.get("year") or g.get("part") or g.get("open") or g.get("rel")
                                             or g.get("yrel") or g.get("yev")):
            if not (g.get("inword") or _MAY_MARCH_CONTEXT.search(text[max(0, s - 12):s])):
                return None
        if name in MONTH_ABBR and name not in MONTHS and not g.get("year") and not m.group(0).endswith("."):
            return None
        part = _part_of(g.get("part"), g.get("nweeks"))
        year = int(g["year"]) if g.get("year") else None
        if g.get("yev"):  # "in March the following year": the year after another date's
            return _in_year_of_another_date(g["yev"], month=month, part=part, **base)
        kind = "relative" if g.get("yrel") else "partial" if part else "absolute"  # "July last year"
        return Timex(kind=kind, year=year, month=month, part=part,
                     offset=_rel_offset(g.get("rel")), year_offset=_rel_offset(g.get("yrel")), **base)
    if kind == "season":
        rel = re.sub(r"\s+", " ", (g.get("rel") or "").lower())
        word = g["season"].lower()
        if word == "fall" and not (rel or g.get("year") or g.get("part") or g.get("yrel") or g.get("yev")):
            return None
        if g.get("yev"):  # "in the spring of the following year"
            return _in_year_of_another_date(g["yev"], season=word, part=_part_of(g.get("part")), **base)
        year = g.get("year") or g.get("wyear")  # "the winter of 2022-23" is the winter beginning in 2022
        return Timex(kind="relative" if g.get("yrel") else "partial", season=word, year=int(year) if year else None,
                     part=_part_of(g.get("part")), offset=_rel_offset(rel), year_offset=_rel_offset(g.get("yrel")),
                     **base)
    if kind == "quarter":  # a year's quarter, its year written or taken like a yearless month's
        n = int(g["qnum"]) if g.get("qnum") else ORDINALS[g["qord"].lower()]
        return Timex(kind="partial", year=int(g["year"]) if g.get("year") else None, part=f"q{n}", **base)
    if kind == "year_range":  # "2022-2023", "2022-23", "2022/23": from the first year to the second
        first, second = int(g["year"]), int(g["year2"])
        second = second if second > 99 else first // 100 * 100 + second
        if not first < second <= first + 10:
            return None
        return Timex(kind="absolute", year=first, range_end=Timex(kind="absolute", year=second, start=e, end=e,
                                                                    text=""), **base)
    if kind == "numeric_date":  # 24/02/2022, 02/24/2022, 20.01.2023: the order is the text's (see day_first)
        a, b = int(g["a"]), int(g["b"])
        day, month = (a, b) if day_first(text, a, b) else (b, a)
        if not (1 <= month <= 12 and 1 <= day <= calendar.monthrange(int(g["year"]), month)[1]):
            return None
        return Timex(kind="absolute", year=int(g["year"]), month=month, day=day, **base)
    if kind == "named_day":  # "the new year" = 1 January, "Christmas" = 25 December (the year from the tense)
        name = re.sub(r"\s+", " ", g["name"].lower())
        month, day = NAMED_DAYS[name]
        if not (g.get("open") or g.get("qual") or name.endswith(("day", "eve"))
                or _TEMPORAL_PREPOSITION.search(text[max(0, s - 16):m.start("name")])):
            return None  # "New Year celebrations", "Christmas gifts": a holiday named, not a date
        qual = "about" if (g.get("qual") or "").lower() in {"around", "about"} else ""
        return Timex(kind="absolute", month=month, day=day, qualifier=qual, name=name, **base)
    if kind == "era":
        return Timex(kind="absolute", unit="era", name="soviet_era", **base)
    if kind == "year":
        part = _part_of(g.get("part"))
        if not (part or g.get("open")) and re.match(r"\s+[a-z]+s\b(?<!\bwas)", text[e:e + 30]) \
                and not _DETERMINER_BEFORE.search(text[max(0, m.start("year") - 20):m.start("year")]):
            return None  # "2022 volunteers": a count, not a year ("the 2014 elections", "Kenya's 2022 polls" are)
        return Timex(kind="partial" if part else "absolute", year=int(g["year"]), part=part, **base)
    if kind == "decade":  # "the 1990s", "the early 2000s", "the '90s" (a two-digit decade of 1930-2020)
        year = int(g["year"]) if g.get("year") else (1900 if int(g["yy"]) >= 30 else 2000) + int(g["yy"])
        part = _part_of(g.get("part"))  # "the 1990er years", "the 1990-ies" (translations) are "the 1990s"
        return Timex(kind="partial" if part else "absolute", year=year, unit="decade", part=part, **base)
    if kind == "rel_period":
        rel = g["rel"].lower()
        unit = g["unit"].lower()
        part = _part_of(g.get("part"))
        qual = (g.get("qual") or "").lower()
        if rel == "the":  # "the start of the year", "earlier in the year": the anchor's period (or the context's)
            if not (part or qual):
                return None
            rel, base["from_context"] = "this", True
        if rel in {"previous", "preceding"}:  # "the previous year": the calendar year before (not the past 12 months)
            return Timex(kind="relative", unit=unit, offset=-1, qualifier="previous", from_context=True, **base)
        if rel in {"past", "coming"} and unit == "weekend":  # "this past weekend": last week's; "the coming
            return Timex(kind="relative", unit=unit, offset=-1 if rel == "past" else 0, **base)  # weekend": this one
        if rel in {"past", "coming"}:
            return Timex(kind="relative", unit=unit, offset=-1 if rel != "coming" else 1, amount=1,
                         qualifier="past" if rel != "coming" else "coming", **base)
        offset = {"this": 0, "last": -1, "next": 1}[rel]
        if qual:
            part = "early" if qual == "earlier" else "late"
        return Timex(kind="relative", unit=unit, offset=offset, part=part, qualifier=qual, **base)
    if kind == "year_end":  # "by year's end", "by year-end": the end of the year (the anchor's or the context's)
        return Timex(kind="relative", unit="year", offset=0, part="end", from_context=True, **base)
    if kind == "the_week":
        return Timex(kind="relative", unit="week", amount=1, qualifier="the_week", **base)
    if kind == "school_year":  # "this school year": September to June, counted from the anchor
        rel = g["rel"].lower().split()[-1]
        offset = {"this": 0, "current": 0, "last": -1, "past": -1, "previous": -1}.get(rel, 1)
        return Timex(kind="relative", unit="school_year", offset=offset, **base)
    if kind == "present_ref":  # "now", "currently": the anchor itself
        return Timex(kind="relative", unit="now", offset=0, **base)
    if kind == "recently":  # "recently": the month before the anchor
        return Timex(kind="relative", unit="month", offset=-1, amount=1, qualifier="past", **base)
    if kind == "weekend":  # "over the weekend": the latest weekend (past) or the coming one (future)
        return Timex(kind="relative", unit="weekend", offset=None, **base)
    if kind == "rel_day":
        word = re.sub(r"\s+", " ", g["word"].lower())
        offset = {"today": 0, "tonight": 0, "yesterday": -1, "last night": -1, "tomorrow": 1}.get(word)
        offset = 0 if word.startswith("this ") else offset
        if offset is None:  # "the day before yesterday", "the day after tomorrow"
            offset = -2 if word.endswith("yesterday") else 2
        return Timex(kind="relative", unit="day", offset=offset, **base)
    if kind == "overnight":  # the night before the anchor (or, in the future, the one after it)
        return Timex(kind="relative", unit="overnight", offset=None, **base)
    if kind == "weekday":
        rel = (g.get("rel") or "").lower()
        offset = {"last": -1, "next": 1, "this": 0}.get(rel)
        return Timex(kind="relative", unit="weekday", weekday=WEEKDAYS[g["weekday"]], offset=offset, **base)
    if kind == "and_half":  # "a year and a half" (18 months), "two years and a half ago"
        amount = _num(g["n"]) + 0.5
        if g.get("ago"):
            qual = re.sub(r"\s+", "_", (g.get("qual") or "").lower())
            qual = {"over": "more_than", "almost": "nearly", "around": "about", "some": "about", "just": ""}.get(qual,
                                                                                                              qual)
            return Timex(kind="relative", unit=g["unit"].lower(), offset=-1, amount=amount, qualifier=qual,
                         **{**base, "start": m.start("qual") if g.get("qual") else m.start("n"),
                            "text": text[m.start("qual") if g.get("qual") else m.start("n"):e]})
        lead = m.start() if (g.get("prep") or "").lower() == "for" else m.start("qual") if g.get("qual") \
            else m.start("n")  # "for a year and a half", as "for six months"
        return Timex(kind="duration", unit=g["unit"].lower(), amount=amount,
                     **{**base, "start": lead, "text": text[lead:e]})
    if kind == "ago":
        qual = re.sub(r"\s+", "_", (g.get("qual") or "").lower())
        qual = {"over": "more_than", "almost": "nearly", "around": "about", "some": "about"}.get(qual, qual)
        return Timex(kind="relative", unit=g["unit"].lower(), offset=-1, amount=_num(g["n"]), qualifier=qual,
                     **base)
    if kind in {"recent", "recent_bare"}:
        rel = g["rel"].lower()
        n = _num(g["n"]) if g.get("n") else None
        future = rel in {"coming", "next"}
        if kind == "recent" and not n and rel in {"last", "next", "previous"} and g["unit"].lower() != "decade" \
                and not m.group(0).lower().rstrip().endswith("s"):
            return None  # "in last year", "in the previous year" are rel_period's
        return Timex(kind="relative", unit=g["unit"].lower(), offset=1 if future else -1, amount=n or 0,
                     qualifier="coming" if future else "recent", **base)
    if kind == "event_rel":  # "three weeks later", "a year earlier", "the next day": counted from another date
        if g.get("unit3"):  # "later that year", "the same day": within the period of the other date
            return Timex(kind="event_relative", unit=g["unit3"].lower(), amount=0,
                         qualifier=f"within_{(g.get('within') or 'same').lower()}", **base)
        if g.get("unit5"):  # "just days after", "weeks later": counted from another event, its length not given
            direction = g["dir5"].lower()
            return Timex(kind="event_relative", unit=g["unit5"].lower().rstrip("s"), amount=None,
                         offset=-1 if direction in {"earlier", "before"} else 1,
                         qualifier=direction if direction in {"after", "before"} else "", **base)
        unit = (g.get("unit") or g.get("unit2") or g.get("unit4") or "day").lower()
        direction = (g.get("dir") or g.get("dir2") or ("earlier" if g.get("prev") else "later")).lower()
        into = direction == "into"  # "two months into the war", "eleven days into October": from its start
        direction = "after" if into else direction
        single = (g.get("follow") and not m.group(0).rstrip().endswith("s")) or g.get("prev") or g.get("dir2")
        count = g.get("n2") or g.get("n") or ("1" if single else None)
        qual = re.sub(r"\s+", "_", (g.get("qual") or "").lower())
        qual = {"over": "more_than", "almost": "nearly", "around": "about", "some": "about", "under": "less_than",
                "fewer_than": "less_than", "within": "less_than", "barely": "less_than", "just": "",
                "only": ""}.get(qual, qual)
        if direction in {"after", "before"}:
            qual = f"{qual}+{direction}" if qual else "into+after" if into else direction  # "two days after ...":
            #                                                                    its object is the reference
        return Timex(kind="event_relative", unit=unit, offset=-1 if direction in {"earlier", "before"} else 1,
                     amount=_num(count) if count else None, qualifier=qual, **base)
    if kind == "war_rel":  # "early in the war", "since the beginning of the invasion": dated by the war's start
        part = (g.get("part") or "early").lower().replace("later", "late")
        part = f"first_{g['first'].lower()}" if g.get("first") else part  # "in the first days of the war"
        return Timex(kind="event_relative", unit="war", part=part if not (g.get("open") or g.get("open2")) else "",
                     qualifier="war", **{**base, "open": "since" if (g.get("open") or g.get("open2") or "").lower()
                                         in {"since", "from"} else ""})
    if kind == "duration":
        n = 1.0 if g["n"].lower() == "another" else _num(g["n"])  # "for another week"
        if g["n"].lower() in {"a", "an"} and not g.get("prep") and "-" not in m.group(0):
            return None  # "100,000 rubles a month" is a rate, not a duration
        return Timex(kind="duration", unit=g["unit"].lower(), amount=n, **base)
    if kind == "duration_bare":
        return Timex(kind="duration", unit=g["unit"].lower(), amount=None, **base)
    if kind == "duration_long":
        return Timex(kind="duration", unit=g["unit"].lower(), amount=1, **base)
    return None


_PRIORITY = {name: i for i, (name, _) in enumerate(_PATTERNS)}
_DIGIT = re.compile(r"\d")
_UNITS = ("day", "week", "month", "year", "decade")
# what every match of a pattern contains: a match of a regex (a digit, a month's name, a season word, a decade),
# or one of these words or word parts (casefolded). A pattern is run only over a text that holds one, which saves
# most of the scanning (a test checks the claim).
_MONTH_NAME = re.compile(_MONTH)  # a month's name as the patterns read it (capitalised)
_SEASON_WORD = re.compile(r"\b(?:" + "|".join(SEASONS) + r")\b", re.IGNORECASE)
_DECADE = re.compile(r"(?:19|20)\d0(?:'?s|er\s+years|\s*-\s*ies)|'\d0s")
_ANCHORS: dict[str, tuple[str, ...] | re.Pattern] = {
    "iso": _DIGIT, "weekday_day": ("day",), "day_only": _DIGIT, "month_day": _MONTH_NAME, "day_month": _MONTH_NAME, "month": _MONTH_NAME,
    "season": _SEASON_WORD, "quarter": re.compile(r"(?i:quarter)|Q[1-4]"), "year_range": _DIGIT, "numeric_date": _DIGIT, "named_day": ("year", "christmas"),
    "era": ("soviet",), "year": _DIGIT, "decade": _DECADE, "rel_period": ("week", "month", "year"),
    "the_week": ("week",), "school_year": ("school", "academic"), "year_end": ("year",), "present_ref": ("now", "current", "present", "moment", "days"),
    "recently": ("recent", "lately"), "weekend": ("weekend",),
    "overnight": ("overnight",), "rel_day": ("day", "tomorrow", "tonight", "night", "morning", "afternoon", "evening"), "weekday": ("day",),
    "ago": ("ago",), "and_half": ("half",), "recent": _UNITS, "recent_bare": _UNITS, "event_rel": _UNITS,
    "war_rel": ("war", "invasion", "conflict", "ukraine"), "duration": _UNITS, "duration_bare": _UNITS,
    "duration_long": _UNITS,
}


def _may_match(name: str, text: str, folded: str) -> bool:
    anchors = _ANCHORS[name]
    return bool(anchors.search(text)) if isinstance(anchors, re.Pattern) else any(a in folded for a in anchors)


def find_timexes(text: str) -> list[Timex]:
    """Every time expression of `text`, in order, without overlaps (the longest leftmost match wins)."""
    found: list[tuple[int, int, int, Timex]] = []
    folded = text.casefold()
    for name, pattern in _PATTERNS:
        if not _may_match(name, text, folded):
            continue
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
    return _month_of_the_context(_coordinate(_join_ranges(out, text), text), text)


def _month_of_the_context(found: list[Timex], text: str) -> list[Timex]:
    """A day written without its month ("was arrested on the 14th", "Monday 26th") takes the month (and year) of
    the last date before it in its paragraph ("in March ... on the 14th": 14 March); with none, the anchor
    places it (`_weekday_day`)."""
    out: list[Timex] = []
    for t in found:
        if t.kind == "absolute" and t.day and not t.month and not t.name:
            before = [p for p in out if p.month and p.range_end is None and "\n" not in text[p.end:t.start]]
            if before:
                p = before[-1]
                t = Timex(**{**t.__dict__, "month": p.month, "year": p.year, "year_offset": p.year_offset,
                             "offset": p.offset if p.kind == "relative" else None,
                             "kind": "relative" if p.kind == "relative" else "absolute"})
        out.append(t)
    return out


def _calendar_named(t: Timex) -> bool:
    """A date, month, season or year named in calendar terms (also "July last year", relative to the anchor)."""
    return t.kind in {"absolute", "partial"} or (t.kind == "relative" and bool(t.month or t.season))


_RANGE_JOIN = re.compile(r"\s*(?:-|\u2013|\u2014|to|until|till|through|and)\s*$", re.IGNORECASE)
# "moving the hearing from March 3 to April 19", "postponed the vote from March to June": two dates (the old and the new
# one of a move), not a range
MOVED_BEFORE = re.compile(r"\b(?:mov(?:e|es|ed|ing)|postpon\w*|delay\w*|reschedul\w*|shift\w*|defer\w*|"
                          r"(?:push|pull|bring|brought)\w*\s+(?:\w+\s+){0,3}?(?:back|forward|up|ahead))\b[^.;:!?]{0,40}$",
                          re.IGNORECASE)
_DAYS_JOIN = re.compile(r"\s*(?:-|\u2013|\u2014|through)\s*$", re.IGNORECASE)  # two dated days: a dash is a range
_RANGE_START = re.compile(r"\b(?:from|between)\s+$", re.IGNORECASE)


def _join_ranges(found: list[Timex], text: str) -> list[Timex]:
    """'from July to September', 'between May and July': one expression spanning both."""
    out: list[Timex] = []
    for tx in found:
        prev = out[-1] if out else None
        two_days = (prev is not None and prev.day and prev.month and tx.day and tx.month and not tx.open
                    and _DAYS_JOIN.match(text[prev.end:tx.start]))  # "26th Sept - 4th Oct": one stretch
        moved = prev is not None and MOVED_BEFORE.search(text[max(0, prev.start - 60):prev.start])
        until = prev is not None and prev.open == "from" and tx.open in {"until", "through"} \
            and not text[prev.end:tx.start].strip()  # "from 2014 until 2016": the second keeps its 'until'
        if (prev is not None and prev.range_end is None and _calendar_named(prev) and not moved
                and _calendar_named(tx) and (until or _RANGE_JOIN.match(text[prev.end:tx.start]))
                and (two_days or prev.open == "from" or _RANGE_START.search(text[max(0, prev.start - 9):prev.start]))):
            start = prev.start if prev.open == "from" or not _RANGE_START.search(
                text[max(0, prev.start - 9):prev.start]) else _RANGE_START.search(
                text[max(0, prev.start - 9):prev.start]).start() + max(0, prev.start - 9)
            joined = Timex(**{**prev.__dict__, "start": start, "end": tx.end, "text": text[start:tx.end],
                              "open": "", "range_end": tx})
            if joined.year is None and joined.year_offset is None and tx.year_offset is not None:
                joined = Timex(**{**joined.__dict__, "kind": tx.kind, "year_offset": tx.year_offset - (
                    0 if not prev.month or prev.month <= (tx.month or 12) else 1)})
            if joined.year is None and tx.year is not None:
                joined = Timex(**{**joined.__dict__, "year": tx.year if not prev.month or prev.month <= (tx.month or 12)
                                  else tx.year - 1})
            out[-1] = joined
            continue
        out.append(tx)
    return out


_COORDINATION = re.compile(r"\s*(?:,\s*)?(?:(?:and|or)\s+|,\s*|-\s*)(?:(?:in|during)\s+)?(?:the\s+)?$",
                           re.IGNORECASE)


def _is_period(t: Timex) -> bool:
    return _calendar_named(t) and t.day is None and t.range_end is None and bool(t.month or t.season)


def _follows(a: Timex, b: Timex) -> bool:
    """b is the month or season right after a ("September and October", "summer and autumn")."""
    if a.month and b.month:
        return b.month == a.month % 12 + 1
    if a.season and b.season:
        return SEASONS[b.season][0] == SEASONS[a.season][1] % 12 + 1
    return False


def _coordinate(found: list[Timex], text: str) -> list[Timex]:
    """Coordinated months or seasons: "July, August and September 2022" share the year written after the last
    one; two that follow each other joined by 'and' ("in September and October", "the summer and autumn of
    2022"), or any two joined by a dash ("March-June 2022"), become one expression spanning both."""
    found = list(found)
    for i in range(len(found) - 2, -1, -1):  # right to left, so a year travels back along a list
        a, b = found[i], found[i + 1]
        if _coordinated(a, b, text) and a.year is None and a.year_offset is None and a.offset is None:
            later = (a.month or SEASONS.get(a.season, (0,))[0]) <= (b.month or SEASONS.get(b.season, (0,))[0])
            found[i] = Timex(**{**a.__dict__, "offset": b.offset, "kind": b.kind if b.year_offset is not None
                                else a.kind,
                                "year": b.year - (0 if later else 1) if b.year else None,
                                "year_offset": b.year_offset - (0 if later else 1) if b.year_offset is not None
                                else None})
    out: list[Timex] = []
    for t in found:
        prev = out[-1] if out else None
        dash = prev is not None and "-" in text[prev.end:t.start]  # "March-June 2022": a range
        if prev is not None and _coordinated(prev, t, text) and (_follows(prev, t) or dash) and not t.open \
                and (re.search(r"\band\b", text[prev.end:t.start], re.IGNORECASE) or "-" in text[prev.end:t.start]):
            out[-1] = Timex(**{**prev.__dict__, "end": t.end, "text": text[prev.start:t.end], "range_end": t})
            continue
        out.append(t)
    return out


def _coordinated(a: Timex, b: Timex, text: str) -> bool:
    """Two months (or two seasons) joined by 'and', 'or', a comma or a dash."""
    return _is_period(a) and _is_period(b) and bool(a.month) == bool(b.month) \
        and bool(_COORDINATION.match(text[a.end:b.start]))


# -------------------------------------------------------------------------------------------------- resolving
def _month_end(year: int, month: int) -> date:
    return date(year, month, calendar.monthrange(year, month)[1])


LEADING_PARTS = {"days": relativedelta(days=7), "weeks": relativedelta(weeks=3), "months": relativedelta(months=3)}


def leading_stretch(start: date, end: date | None, part: str) -> tuple[date, date] | None:
    """The first or last days, weeks or months of a period [start, end] (no end: counted from the start only):
    "the first days of" = its first 7 days, "the first weeks of" = its first 3 weeks, "the first months of" = its
    first 3 months, "the last ..." the same from its end; None when `part` names no such stretch."""
    m = re.fullmatch(r"(first|last)_(?:(\d+)_)?(days|weeks|months)", part)  # "first_6_months": a count given
    if not m or m.group(3) not in LEADING_PARTS or (m.group(1) == "last" and end is None):
        return None
    which, unit = m.group(1), m.group(3)
    length = relativedelta(**{unit: int(m.group(2))}) if m.group(2) else LEADING_PARTS[unit]
    if which == "first":
        stop = start + length - timedelta(days=1)
        return start, min(stop, end) if end else stop
    return max(start, end - length + timedelta(days=1)), end


def month_part_span(year: int, month: int, part: str) -> tuple[date, date, str]:
    """The days of a month a part names: early = 1-10, mid = 11-20, late = 21-end, end = 24-end, halves."""
    last = calendar.monthrange(year, month)[1]
    bounds = {"": (1, last), "early": (1, 10), "mid": (11, 20), "late": (21, last), "end": (min(24, last), last),
              "first_half": (1, 15), "second_half": (16, last)}
    if part.startswith(("first_", "last_")) and part.endswith("_weeks"):
        n = int(part.split("_")[1])
        bounds[part] = (1, min(last, 7 * n)) if part.startswith("first") else (max(1, last - 7 * n + 1), last)
    stretch = leading_stretch(date(year, month, 1), _month_end(year, month), part)
    if stretch:
        return stretch[0], stretch[1], "month_part"
    lo, hi = bounds.get(part, (1, last))
    return date(year, month, lo), date(year, month, hi), "month" if not part else "month_part"


def year_part_span(year: int, part: str) -> tuple[date, date, str]:
    stretch = leading_stretch(date(year, 1, 1), date(year, 12, 31), part)
    if stretch:
        return stretch[0], stretch[1], "year_part"
    months = {"": (1, 12), "early": (1, 4), "mid": (5, 8), "late": (9, 12), "end": (11, 12),
              "first_half": (1, 6), "second_half": (7, 12), "q1": (1, 3), "q2": (4, 6), "q3": (7, 9),
              "q4": (10, 12)}.get(part, (1, 12))
    return date(year, months[0], 1), _month_end(year, months[1]), "year" if not part else "year_part"


def season_span(year: int, season: str, part: str = "") -> tuple[date, date, str]:
    """Northern meteorological seasons; winter of year Y runs December Y to February Y+1."""
    first, last = SEASONS[season]
    start = date(year, first, 1)
    end = _month_end(year + 1 if last < first else year, last)
    stretch = leading_stretch(start, end, part)
    if stretch:
        return stretch[0], stretch[1], "season"
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
    if tense == "present":  # "the Dec. 14 runoff", said on 7 December: scheduled; "the decree of July 6": past
        coming = next(c for c in candidates if c[0] > anchor)
        if (coming[0] - anchor).days <= PRESENT_SCHEDULE_DAYS:
            return (*coming, f"present tense: the coming one, which begins within {PRESENT_SCHEDULE_DAYS} days")
        pick = [c for c in candidates if c[0] <= anchor][-1]
        return (*pick, "present tense: the latest such period that began by the anchor")
    pick = min(candidates, key=lambda c: abs((c[0] + (c[1] - c[0]) / 2 - anchor).days))
    return (*pick, "no clear tense: the nearest such period to the anchor")


def _placed_by_words(span_for_year, tx: Timex, anchor: date, tense: str, what: str):
    """A yearless month, day or season placed by its words, else by tense: 'July last year' (the anchor's year
    minus one), 'last July' (the latest July over before the anchor), 'next July' (the first one begun after it),
    'this July' (the anchor's year)."""
    if tx.year_offset is not None:
        year = anchor.year + tx.year_offset
        if tx.season == "winter" and anchor.month <= 2:
            year -= 1  # the winter of the anchor's year began in December of the year before
        s, e, g = span_for_year(year)
        which = ["the year before the anchor's", "the anchor's year", "the year after the anchor's"]
        return s, e, g, True, f"{what} of {which[tx.year_offset + 1]}"
    candidates = [span_for_year(anchor.year + dy) for dy in (-2, -1, 0, 1, 2)]
    if tx.offset == -1:
        s, e, g = [c for c in candidates if c[1] < anchor][-1]
        return s, e, g, True, f"'last' {what}: the latest one over before the anchor"
    if tx.offset == 1:
        s, e, g = next(c for c in candidates if c[0] > anchor)
        return s, e, g, True, f"'next' {what}: the first one begun after the anchor"
    if tx.offset == 0:
        year = anchor.year - (1 if tx.season == "winter" and anchor.month <= 2 else 0)
        s, e, g = span_for_year(year)
        if tense == "future" and e < anchor:  # "work starts this spring", said in November: the coming spring
            s, e, g = span_for_year(year + 1)
            return s, e, g, True, f"'this' {what} spoken of in the future after the anchor's was over: the next one"
        if tense == "past" and s > anchor:  # "the bridge opened this autumn", said in January: the one before
            s, e, g = span_for_year(year - 1)
            return s, e, g, True, f"'this' {what} told in the past before the anchor's began: the one before"
        return s, e, g, True, f"'this' {what}: the anchor's year"
    s, e, g, why = _choose_year(span_for_year, anchor, tense)
    return s, e, g, True, f"{what} without a year; {why}"


def decade_span(year: int, part: str = "") -> tuple[date, date, str]:
    """A decade, or a part of it: early = its first four years (2000-2003), mid = the middle four (2003-2006),
    late = the last three (2007-2009), end = the last two, halves = five years each."""
    years = {"": (0, 9), "early": (0, 3), "mid": (3, 6), "late": (7, 9), "end": (8, 9), "first_half": (0, 4),
             "second_half": (5, 9)}.get(part, (0, 9))
    return date(year + years[0], 1, 1), date(year + years[1], 12, 31), "decade" if not part else "decade_part"


def resolve_from(tx: Timex, reference: Resolution, reference_text: str = "") -> Resolution:
    """An expression counted from another date ("three weeks later", "a year earlier", "the next day") placed
    from the span of that reference: the reference shifted by the amount ('less than' and 'within' cover the
    whole stretch from the reference; 'more than' leaves one more unit of room). "Later that year" runs from the
    reference to the end of its year, "earlier that month" from the start of its month to it, "the same day" is
    the reference's day. No amount or no reference: no span, with the reason."""
    if tx.kind != "event_relative" or tx.amount is None or tx.unit not in {"day", "week", "month", "year"} \
            or not reference.start:
        return Resolution("", "", "", False, reference.anchor, "counted from another event, not from the anchor")
    ref_start, ref_end = date.fromisoformat(reference.start), date.fromisoformat(reference.end)
    source = f"the reference date '{reference_text}' ({reference.start}..{reference.end})"
    if tx.qualifier == "period_of":  # "in March the following year": that month of the next year
        year = ref_start.year + (tx.offset or 1)
        start, end, gran = season_span(year, tx.season, tx.part) if tx.season else \
            month_part_span(year, tx.month, tx.part)
        return Resolution(_iso(start), _iso(end), gran, True, reference.anchor,
                          f"in the year {'after' if (tx.offset or 1) > 0 else 'before'} that of {source}")
    if tx.qualifier.startswith("within_"):
        period_start, period_end = _unit_span(ref_start, tx.unit)
        start, end = {"within_earlier": (period_start, ref_end), "within_later": (ref_start, _unit_span(
            ref_end, tx.unit)[1]), "within_same": (period_start, _unit_span(ref_end, tx.unit)[1])}[tx.qualifier]
        gran = tx.unit if tx.qualifier == "within_same" else "range"
        return Resolution(_iso(start), _iso(end), gran, True, reference.anchor,
                          f"{tx.qualifier.split('_')[1]} in the {tx.unit} of {source}")
    sign = tx.offset or 1
    shift = _delta(f"{tx.unit}s", tx.amount)
    if tx.qualifier == "into+after" and reference.granularity != "day":  # "eleven days into October": one day
        day = ref_start + shift
        return Resolution(_iso(day), _iso(day), "day", True, reference.anchor,
                          f"{tx.amount:g} {tx.unit}(s) into {source}, counted from its start")
    start, end = (ref_start + shift, ref_end + shift) if sign > 0 else (ref_start - shift, ref_end - shift)
    qual = tx.qualifier.split("+")[0] if tx.qualifier not in {"after", "before", "into+after"} else ""
    if qual == "less_than":
        start, end = (ref_start, end) if sign > 0 else (start, ref_end)
    elif qual == "more_than":
        one = relativedelta(**{f"{tx.unit}s": 1})
        start, end = (start, end + one) if sign > 0 else (start - one, end)
    keeps_shape = reference.granularity == "day" or (tx.unit in {"month", "year"} and reference.granularity in
                                                      {"month", "year"})
    gran = reference.granularity if keeps_shape and qual not in {"less_than", "more_than"} else "range"
    why = f"{qual.replace('_', ' ') + ' ' if qual else ''}{tx.amount:g} {tx.unit}(s) " \
          f"{'after' if sign > 0 else 'before'} {source}"
    return Resolution(_iso(start), _iso(end), gran, True, reference.anchor, why)


def _delta(key: str, n: float) -> relativedelta:
    """A length of n units ('years', 'months', 'weeks', 'days'); a fractional count in the next smaller unit
    ("two and a half years": 30 months)."""
    if n == int(n):
        return relativedelta(**{key: int(n)})
    smaller = {"years": ("months", 12), "months": ("days", 30.44), "weeks": ("days", 7), "days": ("days", 1)}
    unit, factor = smaller[key]
    return relativedelta(**{unit: round(n * factor)})


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
    except (ValueError, OverflowError, IndexError, TypeError, KeyError):  # one odd expression must not stop a run
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
    if tx.unit == "decade" and tx.kind in {"absolute", "partial"}:
        s, e, g = decade_span(tx.year, tx.part)
        return s, e, g, False, "decade written out" + (f" ({tx.part}: {s.year}-{e.year})" if tx.part else "")
    if tx.unit == "era" and tx.name in ERAS:
        s, e = ERAS[tx.name]
        return s, e, "era", False, f"a named period ({tx.name.replace('_', ' ')}: {s} to {e})"
    if _calendar_named(tx) and tx.season:
        if tx.year:
            s, e, g = season_span(tx.year, tx.season, tx.part)
            return s, e, g, False, "season with its year"
        if anchor is None:
            return need_anchor
        return _placed_by_words(lambda y: season_span(y, tx.season, tx.part), tx, anchor, tense, "season")
    if _calendar_named(tx) and tx.month:
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
        what = f"{tx.name} (day {tx.day} of month {tx.month}" + (", about" if tx.qualifier == "about" else "") + ")" \
            if tx.name else ("day" if tx.day else "month")
        return _placed_by_words(span, tx, anchor, tense, what)
    if tx.kind == "absolute" and tx.day and not tx.month and not tx.year and not tx.name:  # "Monday 26th", "the 14th"
        if anchor is None:
            return need_anchor
        return _weekday_day(tx, anchor, tense)
    if tx.kind in {"absolute", "partial"} and tx.year:
        s, e, g = year_part_span(tx.year, tx.part)
        return s, e, g, False, "year written out"
    if tx.kind == "partial" and tx.part.startswith("q") and not tx.unit:  # "the second quarter": its year by tense
        if anchor is None:
            return need_anchor
        return _placed_by_words(lambda y: year_part_span(y, tx.part), tx, anchor, tense, "quarter")
    if tx.kind != "relative":
        return None, None, "", False, "not resolvable"
    if anchor is None:
        return need_anchor
    return _resolve_relative(tx, anchor, tense)


def _weekday_day(tx: Timex, anchor: date, tense: str):
    """A day of the month named without its month ("Monday 26th", "on the 14th"): of the months around the
    anchor, those that have that day (on that weekday, when one is named); the latest on or before the anchor
    (past), the first on or after it (future or present), else the nearest."""
    days = []
    for k in range(-14, 15):
        first = date(anchor.year, anchor.month, 1) + relativedelta(months=k)
        if tx.day <= calendar.monthrange(first.year, first.month)[1]:
            d = first.replace(day=tx.day)
            if tx.weekday is None or d.weekday() == tx.weekday:
                days.append(d)
    before, after = [d for d in days if d <= anchor], [d for d in days if d >= anchor]
    if tense == "past" and before:
        d, why = before[-1], "past tense: the latest such day on or before the anchor"
    elif tense in {"future", "present"} and after:
        d, why = after[0], f"{tense} tense: the first such day on or after the anchor"
    elif days:
        d = min(days, key=lambda x: abs((x - anchor).days))
        why = "no clear tense: the nearest such day to the anchor"
    else:
        return None, None, "", True, "no month near the anchor has that weekday on that day"
    on = f" on a {calendar.day_name[tx.weekday]}" if tx.weekday is not None else ""
    return d, d, "day", True, f"day {tx.day}{on} without a month; {why}"


def _resolve_relative(tx: Timex, anchor: date, tense: str):
    unit, off = tx.unit, tx.offset
    if unit == "now":
        return anchor, anchor, "day", True, "the present: the anchor day"
    if unit == "day" and tx.qualifier not in {"recent", "coming", "past"}:  # not "in recent days": a stretch
        d = anchor + timedelta(days=off or 0)
        return d, d, "day", True, "counted in days from the anchor"
    if unit == "overnight":
        if tense == "future":
            return anchor, anchor + timedelta(days=1), "range", True, "overnight, in the future: the coming night"
        return anchor - timedelta(days=1), anchor, "range", True, "overnight: the night before the anchor"
    if unit == "weekend" and off is None:
        saturday = anchor - timedelta(days=(anchor.weekday() - 5) % 7)
        if tense == "future":
            saturday = anchor + timedelta(days=(5 - anchor.weekday()) % 7)
        return saturday, saturday + timedelta(days=1), "day", True, "the weekend nearest the anchor in the tense's direction"
    if unit == "weekday":
        delta = (anchor.weekday() - tx.weekday) % 7
        ahead = (tx.weekday - anchor.weekday()) % 7
        if off == 1:
            d = anchor + timedelta(days=ahead or 7)
            why = "the next such weekday after the anchor"
        elif off == -1:
            d = anchor - timedelta(days=delta or 7)
            why = "'last': the previous such weekday"
        elif tense in {"future", "present"}:  # "will meet Thursday", said on a Thursday: that day; "the season
            d = anchor + timedelta(days=ahead)  # kicks off on Tuesday": what is scheduled
            why = f"{tense} tense: the next such weekday on or after the anchor"
        elif tense == "past":
            d = anchor - timedelta(days=delta)
            why = "the latest such weekday on or before the anchor"
        else:  # "Friday's high tide", said on a Thursday: tomorrow; "Tuesday's vote", said on a Thursday: two days ago
            d = anchor + timedelta(days=ahead) if ahead < delta else anchor - timedelta(days=delta)
            why = "no clear tense: the nearest such weekday to the anchor"
        return d, d, "day", True, why
    if unit == "school_year":  # the one running at the anchor (from July: the one about to begin), or before or after
        first = anchor.year - (anchor.month < SCHOOL_YEAR_START[0]) + (off or 0)
        start, end = date(first, *SCHOOL_YEAR_START), date(first + 1, *SCHOOL_YEAR_END)
        return start, end, "range", True, f"a school year ({SCHOOL_YEAR_START[0]}/{SCHOOL_YEAR_START[1]} to " \
            f"{SCHOOL_YEAR_END[0]}/{SCHOOL_YEAR_END[1]}) counted from the anchor's"
    qualifier = tx.qualifier
    if qualifier == "the_week":  # "during the week": the week up to the anchor, or in the future the coming one
        qualifier = "coming" if tense == "future" else "recent"
    if qualifier in {"recent", "coming", "past"}:
        n = tx.amount or {"day": 3, "week": 4, "month": 3}.get(unit, 1)  # "in recent weeks": about a month
        length = _delta(f"{unit}s" if unit != "decade" else "years", n * (10 if unit == "decade" else 1))
        if qualifier == "coming":
            return anchor, anchor + length, "range", True, f"the coming {n:g} {unit}(s) after the anchor"
        return anchor - length, anchor, "range", True, f"the past {n:g} {unit}(s) up to the anchor"
    if tx.amount is not None and off == -1 and unit in {"day", "week", "month", "year", "decade"}:  # N units ago
        n = tx.amount * (10 if unit == "decade" else 1)
        key = "years" if unit == "decade" else f"{unit}s"
        point = anchor - _delta(key, n)
        gran = {"day": "day", "week": "week", "month": "month", "year": "year", "decade": "year"}[unit]
        if unit == "year" and n == 1 and not tx.qualifier:
            gran = "month"  # "a year ago": the anchor's month a year back, not the whole calendar year
        s, e = _unit_span(point, gran)
        if tx.qualifier == "more_than":
            s = _unit_span(anchor - _delta(key, n + 1), gran)[0]
            return s, e, "range", True, f"more than {n:g} {key} before the anchor"
        if tx.qualifier in {"nearly", "less_than"}:
            e = _unit_span(anchor - _delta(key, max(n - 1, 0)), gran)[1]
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
            if off == 0 and tense == "past" and s > anchor:  # "as was evident this weekend", said on a Tuesday
                s, e = s - timedelta(weeks=1), e - timedelta(weeks=1)
                return s, e, gran, True, "'this weekend' told in the past before the anchor's began: the one before"
        word = ["last", "this", "next"][off + 1]
        if tx.part and off == 0 and tx.qualifier == "earlier":  # before the anchor day (unless it is the first)
            return s, max(s, min(e, anchor - timedelta(days=1))), "range", True, \
                f"earlier this {unit}: from its start to the day before the anchor"
        if tx.part and off == 0 and tx.qualifier == "later":
            return min(e, max(s, anchor + timedelta(days=1))), e, "range", True, \
                f"later this {unit}: from the day after the anchor to its end"
        if tx.part and gran == "week" and tx.part in WEEK_PARTS:  # "the early part of the week"
            first, last = WEEK_PARTS[tx.part]
            return s + timedelta(days=first), s + timedelta(days=last), "range", True, f"part of {word} week"
        if tx.part and gran == "month":
            s, e, g = month_part_span(s.year, s.month, tx.part)
            return s, e, g, True, f"part of {word} month"
        if tx.part and gran == "year":
            s, e, g = year_part_span(s.year, tx.part)
            if tx.part == "early" and tx.open == "since":
                e = s  # "since the start of the year"
            return s, e, g, True, f"part of {word} year"
        if tx.qualifier == "previous":
            return s, e, gran, True, f"'the previous {unit}': the calendar {unit} before the anchor's"
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


# ------------------------------------------------------------------------------------- TIMEX3-style values
SEASON_CODES = {"spring": "SP", "summer": "SU", "autumn": "FA", "fall": "FA", "winter": "WI"}
PART_MODS = {"early": "START", "first_half": "START", "first_days": "START", "first_months": "START",
             "mid": "MID", "late": "END", "end": "END", "second_half": "END", "last_days": "END",
             "last_months": "END"}
QUALIFIER_MODS = {"more_than": "MORE_THAN", "less_than": "LESS_THAN", "nearly": "APPROX", "about": "APPROX"}
_UNIT_CODES = {"day": "D", "week": "W", "month": "M", "year": "Y"}


def duration_length(t: Timex) -> str:
    """The ISO 8601 length of a duration ("a two-month training": P2M, "his 23-year rule": P23Y, "a decade":
    P10Y); 'X' for a count the text does not give ("for years": PXY); '' for other kinds."""
    if t.kind != "duration" or t.unit not in {*_UNIT_CODES, "decade"}:
        return ""
    amount = t.amount
    if t.unit == "decade":
        return f"P{amount * 10:g}Y" if amount else "PXY"
    return f"P{amount:g}{_UNIT_CODES[t.unit]}" if amount else f"PX{_UNIT_CODES[t.unit]}"


def normalized_value(t: Timex, res: Resolution) -> tuple[str, str]:
    """A TIMEX3-style value and mod, as HeidelTime and SUTime give them: '2022-08-10', '2022-W31', '2022-08',
    '2022-SU', '2022-Q3', '2022-H1', '2022', '199' (the 1990s), an interval 'start/end' for ranges, open spans
    and eras, 'PRESENT_REF' for "now", 'P6M' for a duration, and, for a month, day or season whose year is
    unknown, 'XXXX-07', 'XXXX-07-04', 'XXXX-SU'. The mod says START / MID / END for parts of a period and
    MORE_THAN / LESS_THAN / APPROX for qualified counts. ('', '') when nothing can be said."""
    mod = PART_MODS.get(t.part, "") or ("START" if re.match(r"first_\d+_(?:days|months)$", t.part) else "END"
                                        if re.match(r"last_\d+_(?:days|months)$", t.part) else "") \
        or QUALIFIER_MODS.get(t.qualifier.split("+")[0], "")
    if t.kind == "duration":
        return duration_length(t), mod
    if t.kind == "relative" and t.unit == "now":
        return "PRESENT_REF", ""
    if not res.start:
        if t.year is None and t.kind in {"absolute", "partial"} and (t.month or t.season):
            if t.season:
                return f"XXXX-{SEASON_CODES[t.season]}", mod
            return (f"XXXX-{t.month:02d}" + (f"-{t.day:02d}" if t.day else "")), mod
        return "", ""
    start, end = date.fromisoformat(res.start), date.fromisoformat(res.end)
    gran = res.granularity
    if t.open == "since" or gran in {"range", "era"}:
        return f"{res.start}/{res.end}", mod
    if gran == "day":
        return res.start, mod
    if gran == "week":
        year, week, _ = start.isocalendar()
        return f"{year}-W{week:02d}", mod
    if gran in {"month", "month_part"}:
        return res.start[:7], mod
    if gran == "season":
        return f"{start.year}-{SEASON_CODES.get(t.season, 'XX')}", mod
    if gran == "year_part" and t.part.startswith("q"):
        return f"{start.year}-Q{t.part[1:]}", ""
    if gran == "year_part" and t.part in {"first_half", "second_half"}:
        return f"{start.year}-H{1 if t.part == 'first_half' else 2}", ""
    if gran in {"year", "year_part"}:
        return str(start.year), mod
    if gran in {"decade", "decade_part"}:
        return str(start.year)[:3], mod if gran == "decade_part" else ""
    return f"{res.start}/{res.end}", mod
