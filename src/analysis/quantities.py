"""Quantities in a text: every figure it states, normalised to a value, a range, a unit and a kind.

In: a string (a sentence, a paragraph or a whole article body) and optionally its spaCy `Doc` (parsed when not
given). Out: a list of `Quantity`, each with its character span in that string, the value, a low-high range
(exact figures have low = high; vague words such as "dozens" take the conventional range listed in
`data/number_vague.csv`; hedges such as "nearly" or "up to" move the bounds as `data/number_hedges.csv` says,
an open bound is NaN), the unit (ISO currency code, "%", "fraction", a time unit), the kind (count, money,
percent, duration, age), the noun phrase it measures (`what`, from the spaCy parse) and the hedge.

Years, days of a month, times, ordinals ("sixth", "3rd") and names or addresses that contain digits ("IK-29",
"Su-25", "World War 2", "Vagner2022.org") are not quantities and are never returned; neither are telephone numbers
("+7 (495) 123-45-67", "8-800-100-22-33") nor a "one day" that means some day ("One day he left"; "for one day",
"one day of training" are durations), nor the "one" that brings an example or a moment ("In one case, ...", "at one
point"; "in two cases" is a count). A slash fraction is read only where it measures ("fell by 3/4", "2/3 of the
men"), since "3/4" alone may be a date; "odds of 1 to 10", "a ratio of 1:5" are one ratio (0.1, 0.2), not a range.
A hedged time unit is a duration of one ("less than a month": at most 1 month); a bare "a month" is not.
Digit groups are read in both styles: "1,600" and, in machine-translated text, "1.600 euros" (a dot followed by
three digits is a thousands separator when a unit or counted noun follows, when the digits end in zero, or when
the same text writes numbers that way elsewhere).
"""

from __future__ import annotations

import csv
import math
import re
from dataclasses import dataclass, replace
from functools import lru_cache
from importlib import resources

from spacy.tokens import Doc, Token

from . import nlp
from .textnorm import fold

KINDS = ("count", "money", "percent", "duration", "age")


@dataclass(frozen=True)
class Quantity:
    """One figure stated in a text; offsets are into the string that was searched."""

    start: int
    end: int
    text: str
    value: float
    low: float  # NaN when the text leaves that side open ("up to 20,000" has no low)
    high: float
    unit: str  # ISO currency code for money (USD, EUR, RUB ...), "%", "fraction", a time unit, "" for counts
    kind: str  # one of KINDS
    what: str  # the noun phrase measured ("Russian soldiers"), "" when the text names none
    approximate: bool
    hedge: str  # "about", "nearly", "up to", "about … or so", "" when none
    vague: bool = False  # a vague word ("dozens", "thousands") rather than a stated number
    noun: str = ""  # lemma of the head noun of `what`
    verb: str = ""  # lemma of the verb governing the figure ("kill", "recruit")
    scope: str = ""  # the measured noun with its modifiers and complements ("soldiers convicted of crimes")
    per: str = ""  # rate: "month" in "100.000 rubles a month"
    range_text: str = ""  # "from $2,150 to nearly $5,500" when this figure is one end of a stated range
    path: str = ""  # lemmas from the figure up to its verb and the verb's complements ("soldier kill wound"); for a
    # group's size, only when that verb is said of the group itself ("a unit of 120 fighters was killed")
    clause: str = ""  # lemmas of the clause the figure stands in (its verb's subtree, coordinated clauses cut)
    preposition: str = ""  # the preposition a count's noun is the object of ("in" for "recruited in 30 regions")
    size_of: str = ""  # the group whose size a count gives, as written ("unit" in "a unit of 120 fighters")
    own: str = ""  # for a sum: lemmas of its own words outside the figure ("for injuries" in "3 million for injuries")
    predicate: str = ""  # for a count whose noun is the subject or object of a verb: that verb, its complements and
    # the noun's adjectives ("prisoners ... have been pardoned": pardon); "" otherwise or when the verb is a purpose
    # ("battled to save 20 000 people": an attempt, not what happened to them)


# --------------------------------------------------------------------------------------------- vocabulary
SMALL = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
    "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16,
    "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50,
    "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
}
TENS = {"twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"}
SCALES = {"thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12,
          "lakh": 1e5, "lakhs": 1e5, "crore": 1e7, "crores": 1e7}  # Indian scales: "Rs 500 crore", "5 lakh"
PLURAL_SCALES = {"thousands": 1e3, "millions": 1e6, "billions": 1e9}
GLUED_SCALES = {"k": 1e3, "m": 1e6, "mln": 1e6, "mn": 1e6, "bn": 1e9, "b": 1e9, "bln": 1e9, "trln": 1e12}
FRACTIONS = {"half": 0.5, "third": 1 / 3, "quarter": 0.25, "fifth": 0.2, "thirds": 1 / 3, "quarters": 0.25,
             "fifths": 0.2, "tenth": 0.1, "tenths": 0.1}
CURRENCY_SYMBOLS = {"$": "USD", "€": "EUR", "£": "GBP", "₽": "RUB", "₴": "UAH", "¥": "JPY", "₹": "INR"}
# letters glued before "$" name another dollar: "US$3bn", "C$11.61", "A$3 billion"
DOLLAR_PREFIXES = {"us": "USD", "c": "CAD", "ca": "CAD", "can": "CAD", "a": "AUD", "au": "AUD", "nz": "NZD",
                   "hk": "HKD", "s": "SGD"}
# a country's adjective before "dollars": "3 million US dollars", "40 Canadian dollars"
DOLLAR_ADJECTIVES = {"us": "USD", "american": "USD", "canadian": "CAD", "australian": "AUD", "singapore": "SGD"}
CURRENCY_WORDS = {
    "dollar": "USD", "dollars": "USD", "usd": "USD", "euro": "EUR", "euros": "EUR", "eur": "EUR",
    "ruble": "RUB", "rubles": "RUB", "rouble": "RUB", "roubles": "RUB", "rub": "RUB", "hryvnia": "UAH",
    "hryvnias": "UAH", "hryvnas": "UAH", "hryvnya": "UAH", "uah": "UAH", "gbp": "GBP", "yen": "JPY", "yuan": "CNY",
    "renminbi": "CNY", "rupee": "INR", "rupees": "INR", "zloty": "PLN", "zlotys": "PLN", "lira": "TRY",
    "liras": "TRY", "tenge": "KZT", "rand": "ZAR", "naira": "NGN", "shekel": "ILS", "shekels": "ILS",
}
# "pounds" is money only after a scale word or before "sterling" ("50 million pounds"; "weighed 200 pounds")
POUND_WORDS = {"pound", "pounds"}
CURRENCY_CODES_BEFORE = {"usd": "USD", "eur": "EUR", "rub": "RUB", "uah": "UAH", "gbp": "GBP", "chf": "CHF",
                         "jpy": "JPY", "cny": "CNY", "inr": "INR", "cad": "CAD", "aud": "AUD", "pln": "PLN",
                         "rs": "INR"}  # written in capitals ("USD 3 million", "CHF 20 million"), and "Rs 500 crore"
# hundredths of a currency after a number: "84 cents a share" is 0.84 dollars (euro cents when the text's money
# before them is in euros), "50 pence" 0.50 pounds, "20 kopecks" 0.20 rubles
SUBUNIT_WORDS = {"cent": "USD", "cents": "USD", "pence": "GBP", "penny": "GBP", "kopeck": "RUB", "kopecks": "RUB",
                 "kopek": "RUB", "kopeks": "RUB", "kopiyka": "UAH", "kopiykas": "UAH", "kopiyok": "UAH"}
CENTS_CURRENCIES = {"USD", "EUR"}  # currencies whose hundredths are called cents
TIME_UNITS = {
    "second": "second", "seconds": "second", "minute": "minute", "minutes": "minute", "hour": "hour",
    "hours": "hour", "day": "day", "days": "day", "night": "night", "nights": "night",
    "week": "week", "weeks": "week", "fortnight": "fortnight", "month": "month", "months": "month",
    "year": "year", "years": "year", "decade": "decade", "decades": "decade", "century": "century",
    "centuries": "century",
}
PERCENT_WORDS = {"percent", "pct", "pc"}  # "pc" in lower case only ("2.5pc", "13 pc"; "5 PC games")
MONTHS = {
    "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
    "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
}
# a number right after one of these words is a label, not an amount ("Article 328", "Colony No. 2", "Channel One")
LABEL_WORDS = {
    "no", "nr", "number", "num", "article", "art", "part", "section", "paragraph", "chapter", "clause", "item",
    "colony", "camp", "unit", "brigade", "regiment", "division", "battalion", "corps", "flight", "route",
    "highway", "room", "building", "page", "pages", "volume", "vol", "episode", "season", "channel", "platform",
    "gate", "seat", "code", "protocol", "resolution", "decree", "ik", "sizo", "tier", "level", "grade", "category",
    "type", "model", "version", "phase", "stage", "block", "ward", "district", "zone", "sector", "point", "line",
    "floor", "exit", "junction", "terminal", "hall", "pier", "apartment", "suite",
}
# a number right after one of these verbs with nothing counted after it is a telephone number ("call 999")
CALL_WORDS = {"call", "calls", "calling", "called", "dial", "dials", "dialled", "dialed", "dialling", "dialing",
              "phone", "phoned", "ring", "text", "texting"}
# before a year, these words say it is a year even when a noun follows ("in 2022 prisoners ...")
YEAR_PREPOSITIONS = {"in", "since", "by", "until", "till", "from", "of", "before", "after", "during", "through",
                     "early", "late", "mid", "spring", "summer", "autumn", "fall", "winter", "year"}
YEAR_DETERMINERS = {"the", "a", "its", "his", "her", "their", "this", "that", "last", "next", "s"}
PEOPLE_NOUNS = {"men", "women", "people", "persons", "children", "boys", "girls", "those", "anyone", "volunteers",
                "recruits", "convicts", "prisoners", "inmates", "detainees", "citizens", "males", "females"}
SPEECH_VERBS = {"talk", "talks", "talked", "talking", "think", "thinks", "thought", "know", "knew", "care",
                "worry", "worried", "ask", "asked", "spoke", "speak", "speaks", "heard", "hear", "read", "wrote",
                "write", "writes", "complain", "complained", "joke", "joked", "learn", "learned"}
AGE_WORDS_BEFORE = {"aged", "age"}
DYING_WORDS = {"died", "dies", "die", "dying", "passed"}  # "died at 52": an age
AFTER_AN_AGE = {"", ".", ",", ";", ")", "of", "after", "in", "on", "from", "while", "when", "following", "and"}
PERSON_ROLES = {"man", "woman", "boy", "girl", "inmate", "prisoner", "convict", "detainee", "soldier", "recruit",
                "fighter", "mother", "father", "son", "daughter", "brother", "sister", "wife", "husband", "veteran",
                "volunteer", "mercenary", "lawyer", "activist", "resident", "relative", "widow", "teacher"}
# nouns that "in one", "at one", "on one" introduce as an example or a moment, not as a count of one
EXAMPLE_NOUNS = {"case", "instance", "point", "stage", "occasion", "moment", "time", "juncture"}
ANAPHORS = {"them", "those", "these", "us", "whom", "which"}  # "nearly 30,000 of them": measured by an earlier noun
GENERIC_NOUNS = {"equivalent", "sum", "amount", "total", "figure", "number", "range", "rate", "tally", "count",
                 "estimate", "level", "%", "percent"}
# nouns of a body of people: "a unit of 120 fighters" gives the unit's size, "units of 120 fighters" each one's
GROUP_NOUNS = {"unit", "group", "detachment", "squad", "platoon", "company", "battalion", "brigade", "regiment",
               "team", "crew", "contingent", "batch", "wave", "party", "column", "convoy", "formation", "cohort",
               "band", "gang", "busload", "train", "planeload", "shipment", "consignment", "side", "faction"}

# spans of text that look like numbers but never are: dates, times, names and addresses with digits
_BLOCKED = re.compile(
    r"(?:https?://|www\.)\S+"
    r"|\S+@\S+\.\w+"
    r"|\b[A-Za-z0-9][\w-]*\.(?:com|org|net|ru|ua|info|io|gov|edu|uk|me|tv|eu|de|fr)\b(?:/\S*)?"
    r"|\b\d{4}[-/.]\d{1,2}[-/.]\d{1,2}\b|\b\d{1,2}[./]\d{1,2}[./]\d{2,4}\b|\b\d+/\d+\b"
    r"|\b\d{1,2}:\d{2}(?::\d{2})?(?!\d)|\b\d{1,2}(?:[.:]\d{2})?\s*(?:[ap]\.m\.|[ap]m\b|o'clock)"  # 2:30am, 2.30 pm
    r"|\b\d{1,4}\s*(?:GMT|UTC|MSK|CET|CEST|EET|EEST)\b"  # times
    r"|(?:(?<=\bat )|(?<=\bfrom )|(?<=\buntil )|(?<=\btill ))(?:[1-9]|1\d|2[0-3])\.[0-5]\d(?!\d)(?![.,]\d)"
    r"(?!\s*(?:%|pc\b|per\b|percent|million|billion|[a-z]*(?:euro|dollar|pound|rouble|ruble)))"  # "at 11.30 on"
    r"|\b(?:19|20)\d{2}[-/]\d{2}\b"  # 2022-23, 2022/23
    r"|\b\d{1,6}\s+(?:[NSEW]\.?\s+)?(?:[A-Z][\w'.-]*\s+){1,3}(?:Street|St|Avenue|Ave|Road|Rd|Boulevard|Blvd|"
    r"Expressway|Expy|Highway|Hwy|Lane|Ln|Drive|Parkway|Pkwy|Square|Place|Terrace)\b"  # 12 Harbour Road, 300 N. Elm St
    r"|\b[A-Za-z]+-?\d[\w-]*"  # IK17, IK-29, Su-25, COVID-19, MiG-29s
    r"|\b[A-Z]{2,}\.\d[\w.]*"  # a variant or version: BA.2, XBB.1.5
    r"|\b\d+-[A-Z]{1,4}\b"  # law 270-FZ, 9-A
    r"|\b\d+(?:st|nd|rd|th)\b"  # ordinals
    r"|\b\d+[A-Za-z][\w-]*"  # digits glued to letters (kept: 50K, 5bn; checked below)
    r"|'\d{2}\b"  # '22
    r"|(?<![\d.,])(?<!\d\s)0\d+(?![.,]?\d)"  # no amount is written with a leading zero: "03" in a date, "007", "0800"
    r"|\b\d+\s+block\s+of\b"  # an address: "the 1000 block of North Sherman Avenue"
    r"|(?m:^[ \t]*\d{1,2}[.)](?=\s+[A-Z]))"  # a numbered list item: "1. The first ..."
)
# a match's score after a word of winning or scoring, or before one: "won 2-1", "defeated Ajax by 1-0", "the
# score was 1-0", "a 3-0 win" (a vote's tally, "a 5-4 vote", "ruled 6-3", stays two counts)
_SCORE = re.compile(r"\b(?:won|wins?|beat|beats|beaten|lost|lose|loses|defeated|drew|draws?|led|leads?|trailed|"
                    r"trails?|score|scored|victory|defeat)\b[^.;:\d]{0,40}?\b(\d{1,2}-\d{1,2})(?![\d-])"
                    r"(?!\s*(?:vote|decision|ruling|majority|verdict))"
                    r"|\b(\d{1,2}-\d{1,2})\s+(?:win|wins|victory|defeat|loss|draw|lead|triumph|thrashing|rout)\b",
                    re.I)
_GLUED_OK = re.compile(r"\d+(?:[.,]\d+)?(?:k|K|m|M|mln|mn|bn|b|pc)\b")
# telephone numbers: "+7 (495) 123-45-67", "(812) 555 12 34", "8-800-100-22-33"; space-chained groups count only
# when they are not thousands ("1 000 000") -- see _is_phone
_PHONE = re.compile(
    r"(?<![\w+])\+\d{1,3}(?:[ -]?\(\d{1,5}\))?(?:[ -]\d{1,4}){2,}(?!\w)"
    r"|(?<![\w)])\(\d{3,5}\)[ -]?\d{2,4}(?:[ -]\d{2,4})+(?!\w)"
    r"|(?<![\w.,-])\d{1,4}(?:-\d{1,4}){2,}(?![\w-])"
    r"|(?<![\w.,])\d{1,4}(?: \d{2,4}){2,}(?![\w.,]?\d)"
    r"|(?<![\w.,])0\d{2,4}(?:[ -]\d{3,4})+(?![\w.,]?\d)"  # a trunk prefix "0": "0800 555 111", "020 7946 0000"
)
_SLASH_FRACTION = re.compile(r"(\d{1,3})/(\d{1,3})")
_CHANGE_WORDS = (r"fell|falls?|fallen|falling|dropped|drops?|declined?|declines|decreased?|shrank|shrunk|rose|rises?|"
                 r"risen|grew|grow[ns]?|increased?|increases|cut|reduced?|down")
_SHARE_NOUNS = r"share|proportion|reduction|drop|fall|decline|decrease|increase|rise|cut|loss|growth"
# "fell by 3/4", "3/4 of the inmates", "a drop of 1/4": a fraction; "by 3/4" alone or "on 3/4" is a date
_SLASH_FRACTION_BEFORE = re.compile(rf"\b(?:(?:{_CHANGE_WORDS})\s+(?:\w+\s+)?by|(?:{_SHARE_NOUNS})\s+of)\s+"
                                    r"(?:(?:about|almost|nearly|roughly|around|some|over|under)\s+)?$", re.I)
RATIO_WORDS = {"odds", "chance", "chances", "ratio", "ratios", "likelihood", "probability"}
_TOKEN = re.compile(r"(?P<num>(?<![\w.,])\.\d+(?![.,]\d)|\d+(?:(?:[.,]|[\u00a0\u202f\u2009])\d+)*)|(?P<word>[A-Za-z]+(?:'[A-Za-z]+)?)|(?P<sym>\S)")


@dataclass(frozen=True)
class _Tok:
    text: str
    low: str
    start: int
    end: int
    kind: str  # num | word | sym


@dataclass
class _Core:
    """A number before its context is read: token range [i, j) and value/range."""

    i: int
    j: int
    value: float
    low: float
    high: float
    vague: bool = False
    unit: str = ""
    kind: str = ""
    digits: bool = False


# --------------------------------------------------------------------------------------------- data tables
@lru_cache(maxsize=1)
def vague_phrases() -> dict[tuple[str, ...], dict]:
    """data/number_vague.csv as {phrase words: row}: conventional value and range of vague quantity words
    (`only_before`: the word that must follow, e.g. "of" for "scores of")."""
    text = resources.files("analysis").joinpath("data/number_vague.csv").read_text(encoding="utf-8")
    table = {}
    for row in csv.DictReader(text.splitlines()):
        table[tuple(row["phrase"].lower().split())] = {
            "value": float(row["value"]), "low": float(row["low"]), "high": float(row["high"]),
            "unit": row["unit"], "kind": row["kind"], "only_before": (row.get("only_before") or "").lower(),
        }
    return table


@lru_cache(maxsize=1)
def hedges() -> dict[str, tuple[str, str]]:
    """data/number_hedges.csv as {hedge: (position before|after, bound approx|below|at_most|at_least)}."""
    text = resources.files("analysis").joinpath("data/number_hedges.csv").read_text(encoding="utf-8")
    return {row["hedge"]: (row["position"], row["bound"]) for row in csv.DictReader(text.splitlines())}


@lru_cache(maxsize=1)
def _hedge_before_re() -> re.Pattern:
    words = sorted((h for h, (pos, _) in hedges().items() if pos == "before"), key=len, reverse=True)
    alternatives = "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in words)
    return re.compile(rf"(?<![a-z])({alternatives})\s+(?:(?:the|an?)\s+equivalent\s+of\s+)?$")


@lru_cache(maxsize=1)
def _hedge_after_re() -> re.Pattern:
    words = sorted((h for h, (pos, _) in hedges().items() if pos == "after"), key=len, reverse=True)
    alternatives = "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in words)
    return re.compile(rf"^\s*({alternatives})(?![a-z])")


# --------------------------------------------------------------------------------------------- entry point
def find_quantities(text: str, *, doc: Doc | None = None) -> list[Quantity]:
    """Every quantity stated in `text`, in text order; offsets are into `text`.

    `doc` is a spaCy parse of exactly `text` (e.g. `nlp.parse(article)` for an article body); parsed when None.
    """
    if not text.strip():
        return []
    if doc is None or nlp.text_of(doc) != text:
        doc = nlp.parse_text(text)
    folded = fold(text) if len(fold(text)) == len(text) else text
    tokens = _tokenize(folded)
    blocked = _blocked_mask(folded)
    dot_thousands = _writes_dot_thousands(folded)
    by_char = _token_index(doc)
    found: list[Quantity] = []
    i = 0
    while i < len(tokens):
        core = _read_core(tokens, i, folded, dot_thousands, by_char)
        if core is None:
            i += 1
            continue
        quantity = _read_quantity(core, tokens, text, folded, blocked, doc, by_char)
        if quantity is not None:
            found.append(quantity)
        i = core.j
    found = sorted(found + _decade_ages(text, folded, found, doc, by_char), key=lambda q: q.start)
    found = _share_following_unit(_link_ranges(_cents_currency(found), folded), folded)
    return _inherit_units(found, folded, by_char)


# "a man in his 40s", "in her mid-30s", "in their early twenties": an age given as a decade of life
_DECADE_AGE = re.compile(r"\bin\s+(?:his|her|their|my|your|our)\s+(?P<age>(?:(?P<part>early|mid|late)[\s-]*)?"
                         r"(?:(?P<tens>[1-9])0s|(?P<word>twenties|thirties|forties|fifties|sixties|seventies|eighties"
                         r"|nineties)))\b", re.I)
DECADE_WORDS = {"twenties": 2, "thirties": 3, "forties": 4, "fifties": 5, "sixties": 6, "seventies": 7,
                "eighties": 8, "nineties": 9}
DECADE_AGE_PARTS = {"": (0, 9), "early": (0, 3), "mid": (4, 6), "late": (7, 9)}


def _decade_ages(text: str, folded: str, found: list[Quantity], doc: Doc,
                 by_char: dict[int, Token]) -> list[Quantity]:
    """Ages given as a decade of life ("in his 40s": 40-49; "in her mid-30s": 34-36; "in their early
    twenties": 20-23), which no digit reading takes (the digits are glued to the "s")."""
    out = []
    for m in _DECADE_AGE.finditer(folded):
        start, end = m.span("age")
        if any(q.start < end and start < q.end for q in found):
            continue
        tens = 10 * (int(m.group("tens")) if m.group("tens") else DECADE_WORDS[m.group("word").lower()])
        first, last = DECADE_AGE_PARTS[(m.group("part") or "").lower()]
        low, high = tens + first, tens + last
        q = Quantity(start, end, text[start:end], float(math.floor((low + high) / 2 + 0.5)), float(low), float(high),
                     "year", "age", "",
                     True, "", vague=True)
        out.append(_describe(q, doc, by_char))
    return out


def _cents_currency(found: list[Quantity]) -> list[Quantity]:
    """Cents are hundredths of the currency the text last named among those with cents ("€2 ... 50 cents": euro
    cents), of dollars when it named none."""
    out, named = [], "USD"
    for q in found:
        if q.kind == "money" and q.text.lower().split()[-1] in {"cent", "cents"} and q.unit != named:
            q = replace(q, unit=named)
        elif q.kind == "money" and q.unit in CENTS_CURRENCIES:
            named = q.unit
        out.append(q)
    return out


# --------------------------------------------------------------------------------------------- lexing
def _tokenize(folded: str) -> list[_Tok]:
    tokens = []
    for m in _TOKEN.finditer(folded):
        kind = m.lastgroup or "sym"
        tokens.append(_Tok(m.group(), m.group().lower(), m.start(), m.end(), kind))
    return _merge_space_groups(tokens, folded)


def _merge_space_groups(tokens: list[_Tok], folded: str) -> list[_Tok]:
    """Join "266 000" (space as thousands separator) into one number token unless a month is next to it."""
    merged: list[_Tok] = []
    k = 0
    while k < len(tokens):
        tok = tokens[k]
        if tok.kind == "num" and re.fullmatch(r"\d{1,3}", tok.text) and not (merged and merged[-1].low in MONTHS):
            m = k
            while (m + 1 < len(tokens) and tokens[m + 1].kind == "num" and re.fullmatch(r"\d{3}", tokens[m + 1].text)
                   and tokens[m + 1].start == tokens[m].end + 1 and folded[tokens[m].end] == " "):
                m += 1
            following = tokens[m + 1] if m + 1 < len(tokens) else None
            if m > k and (following is None or following.kind == "sym" or following.kind == "word"
                          and following.low not in MONTHS):
                text = folded[tok.start:tokens[m].end].replace(" ", "\u00a0")
                merged.append(_Tok(text, text, tok.start, tokens[m].end, "num"))
                k = m + 1
                continue
        merged.append(tok)
        k += 1
    return merged


def _blocked_mask(folded: str) -> list[bool]:
    mask = [False] * len(folded)
    for m in _BLOCKED.finditer(folded):
        if _GLUED_OK.fullmatch(m.group()) or _is_slash_fraction(folded, m.start(), m.end()) or \
                _is_ratio_colon(folded, m.start(), m.end()):
            continue
        for pos in range(m.start(), m.end()):
            mask[pos] = True
    for m in _SCORE.finditer(folded):
        group = 1 if m.group(1) else 2
        for pos in range(m.start(group), m.end(group)):
            mask[pos] = True
    for m in _PHONE.finditer(folded):
        if _is_phone(m.group()):
            for pos in range(m.start(), m.end()):
                mask[pos] = True
    return mask


def _is_phone(digits: str) -> bool:
    """A telephone number: a "+" country code, an area code in brackets, or three or more groups chained by hyphens
    or spaces (spaces only when the groups are not thousands, "1 000 000"), with at least six digits in all."""
    groups = re.findall(r"\d+", digits)
    if sum(len(g) for g in groups) < 6:
        return False
    if digits.startswith("(") and re.fullmatch(r"(?:19|20)\d\d", groups[0]):
        return False  # "the report (2022) 100 000 people": a year in brackets
    if digits.startswith(("+", "(", "0")) or "-" in digits:
        return True  # no amount is written with a leading zero: "0151 777 2263"
    return len(groups[-1]) == len(groups[-2]) == 2  # "8 800 100 22 33"; never thousands ("2022 15 000")


def _is_slash_fraction(folded: str, start: int, end: int) -> bool:
    """"fell by 3/4", "2/3 of the recruits", "a drop of 1/4": a proper fraction in a context that measures; anything
    else with a slash ("on 3/4", "due by 3/4", "3/4/2023") may be a date and stays blocked."""
    m = _SLASH_FRACTION.fullmatch(folded[start:end])
    if not m or not 0 < int(m.group(1)) < int(m.group(2)) or folded[end:end + 1] == "/":
        return False
    before = folded[max(0, start - 60):start]
    if _SLASH_FRACTION_BEFORE.search(before):
        return True
    on_a_date = re.search(r"\b(?:on|by|until|till|since|from|before|after)\s+$", before, re.I)
    return not on_a_date and bool(re.match(r"\s+of\b", folded[end:end + 5]))  # not "on 3/4 of last year"


def _ratio_context(folded: str, start: int) -> bool:
    """A word for odds or a ratio earlier in the same sentence, within 80 characters ("the chances stand at ...")."""
    before = re.split(r"[.!?;]\s", folded[max(0, start - 80):start])[-1].lower()
    return any(w in RATIO_WORDS for w in re.findall(r"[a-z]+", before))


def _is_ratio_colon(folded: str, start: int, end: int) -> bool:
    """"a ratio of 1:10" is a ratio, not ten past one."""
    return bool(re.fullmatch(r"\d{1,3}:\d{1,3}", folded[start:end])) and _ratio_context(folded, start) and \
        not re.match(r"\s*(?:[ap]\.?m\b|o'clock|GMT|UTC|MSK)", folded[end:end + 8], re.I)


def _writes_dot_thousands(folded: str) -> bool:
    """Does the text write thousands with dots ("100.000 rubles", "1.000.000")?"""
    if re.search(r"(?<![\d.,])\d{1,3}(?:\.\d{3}){2,}(?![\d.,]\d)", folded):
        return True
    return bool(re.search(r"(?<![\d.,])\d{1,3}\.\d{3}(?![\d])\s+(?:rubles|roubles|euros|dollars|hryvnias|people|"
                          r"men|soldiers|prisoners|inmates|troops|detainees|convicts)\b", folded, re.I))


def _token_index(doc: Doc) -> dict[int, Token]:
    index = {}
    for token in doc:
        for pos in range(token.idx, token.idx + len(token.text)):
            index[pos] = token
    return index


# --------------------------------------------------------------------------------------------- numbers
def parse_digits(digits: str, *, next_word: str = "", dot_thousands: bool = False) -> float | None:
    """Value of a digit string with separators: "1,600" -> 1600; "1.600" -> 1600 before "euros"; "2,5" -> 2.5;
    "2.333" -> 2.333 before "percent" (`next_word` "percent" for "%" and "per cent" too): a share is a decimal,
    never thousands, even in a text that writes thousands with dots."""
    s = re.sub(r"[\u00a0\u202f\u2009]", "", digits)
    if s.startswith("."):
        return _to_float("0" + s)  # ".75%": a decimal written without its leading zero
    if "," in s and "." in s:
        decimal = "." if s.rfind(".") > s.rfind(",") else ","
        thousands = "," if decimal == "." else "."
        s = s.replace(thousands, "").replace(decimal, ".")
        return _to_float(s)
    for sep in (",", "."):
        if sep not in s:
            continue
        groups = s.split(sep)
        if len(groups) > 2:
            return _to_float("".join(groups)) if all(len(g) == 3 for g in groups[1:]) else None
        head, tail = groups
        if len(tail) != 3:
            return _to_float(f"{head}.{tail}")
        if sep == ",":
            return _to_float(head + tail)
        # one dot followed by exactly three digits: thousands or decimals?
        if head == "0" or next_word in SCALES or next_word in GLUED_SCALES or next_word in PERCENT_WORDS:
            return _to_float(f"{head}.{tail}")
        if dot_thousands or tail.endswith("0") or next_word in CURRENCY_WORDS or next_word.isalpha() and \
                next_word not in {"percent", "per", "and", "or", "to", "in", "of", "on", "at", "a", "the"}:
            return _to_float(head + tail)
        return _to_float(f"{head}.{tail}")
    return _to_float(s)


def _to_float(s: str) -> float | None:
    try:
        return float(s)
    except ValueError:
        return None


def _word(tokens: list[_Tok], k: int) -> str:
    return tokens[k].low if 0 <= k < len(tokens) and tokens[k].kind == "word" else ""


def _read_core(tokens: list[_Tok], i: int, folded: str, dot_thousands: bool,
               by_char: dict[int, Token]) -> _Core | None:
    """The number starting at token i, if any: digits, number words, a vague phrase or a fraction."""
    candidates = [c for c in (_read_vague(tokens, i), _read_fraction(tokens, i), _read_half_unit(tokens, i),
                              _read_proportion(tokens, i, dot_thousands), _read_slash_fraction(tokens, i),
                              _read_hedged_unit(tokens, i, folded),
                              _read_ratio(tokens, i, folded, dot_thousands, by_char),
                              _read_number_words(tokens, i, dot_thousands)) if c is not None]
    return max(candidates, key=lambda c: c.j) if candidates else None  # the longest reading wins


@lru_cache(maxsize=1)
def _vague_by_first_word() -> dict[str, list[tuple[tuple[str, ...], dict]]]:
    """The vague phrases indexed by their first word, in file order."""
    index: dict[str, list] = {}
    for phrase, row in vague_phrases().items():
        if phrase:
            index.setdefault(phrase[0], []).append((phrase, row))
    return index


def _read_vague(tokens: list[_Tok], i: int) -> _Core | None:
    best = None
    for phrase, row in _vague_by_first_word().get(_word(tokens, i), ()):
        n = len(phrase)
        if tuple(_word(tokens, i + k) for k in range(n)) != phrase:
            continue
        if row["only_before"] and _word(tokens, i + n) != row["only_before"]:
            continue  # "scores of", "a couple of" only: "test scores", "the couple" are no amounts
        if best is None or n > best.j - i:
            best = _Core(i, i + n, row["value"], row["low"], row["high"], vague=row["low"] != row["high"],
                         unit=row["unit"], kind=row["kind"])
    return best


def _read_proportion(tokens: list[_Tok], i: int, dot_thousands: bool) -> _Core | None:
    """"one in four", "three in ten", "1 in 5", "one out of (every) ten", "one of every five": a share, not two
    counts. The second number must be larger and must not be a year or a span of time ("one in 2022", "three in
    five days")."""
    numerator = _read_number_words(tokens, i, dot_thousands)
    if numerator is None or numerator.j >= len(tokens):
        return None
    k = numerator.j
    if _word(tokens, k) == "in":
        k += 1
    elif _word(tokens, k) == "out" and _word(tokens, k + 1) == "of":
        k += 2
    elif _word(tokens, k) == "of" and _word(tokens, k + 1) == "every":
        k += 1  # "one of every five"; "one of five brothers" is one person
    else:
        return None
    every = _word(tokens, k) == "every"
    k += every
    if k >= len(tokens):
        return None
    denominator = _read_number_words(tokens, k, dot_thousands)
    if denominator is None or not 0 < numerator.value < denominator.value:
        return None
    if denominator.digits and re.fullmatch(r"\d{4}", tokens[k].text) and 1800 <= denominator.value <= 2100:
        return None
    after = _word(tokens, denominator.j)
    if after in TIME_UNITS or after in MONTHS or after in SCALES or after in CURRENCY_WORDS or \
            denominator.j < len(tokens) and tokens[denominator.j].text in {"%", "-"}:
        return None
    # "seven out of 40 people" states two counts; "one out of every ten", "one out of four" a share
    if tokens[numerator.j].low == "out" and not every and not (denominator.value <= 10 or
                                                               math.log10(denominator.value).is_integer()):
        return None
    value = _round(numerator.value / denominator.value)
    return _Core(i, denominator.j, value, value, value, unit="fraction", kind="percent", digits=numerator.digits)


def _read_hedged_unit(tokens: list[_Tok], i: int, folded: str) -> _Core | None:
    """"less than a month", "almost a decade", "more than a year": one time unit, measured because a hedge bounds
    it; a bare "a month" ("100,000 rubles a month", "a year ago") is a rate or a date, not a duration."""
    if _word(tokens, i) not in {"a", "an"} or _word(tokens, i + 1) not in TIME_UNITS or \
            tokens[i + 1].low.endswith("s") or _hedge_before(folded, tokens[i].start)[0] in {"", "some"}:
        return None
    return _Core(i, i + 2, 1.0, 1.0, 1.0, unit=TIME_UNITS[_word(tokens, i + 1)], kind="duration")


def _read_slash_fraction(tokens: list[_Tok], i: int) -> _Core | None:
    """"3/4" as 0.75; whether it is a fraction or a date is decided by `_is_slash_fraction` (dates stay blocked)."""
    if i + 2 >= len(tokens) or tokens[i + 1].text != "/" or tokens[i].kind != "num" or tokens[i + 2].kind != "num" \
            or tokens[i + 1].start != tokens[i].end or tokens[i + 2].start != tokens[i + 1].end:
        return None
    m = _SLASH_FRACTION.fullmatch(tokens[i].text + "/" + tokens[i + 2].text)
    if not m or not 0 < int(m.group(1)) < int(m.group(2)):
        return None
    value = _round(int(m.group(1)) / int(m.group(2)))
    return _Core(i, i + 3, value, value, value, unit="fraction", kind="percent", digits=True)


def _read_ratio(tokens: list[_Tok], i: int, folded: str, dot_thousands: bool,
                by_char: dict[int, Token]) -> _Core | None:
    """"odds of 1 to 10", "at a ratio of 1:5", "the chances stand at about 1 to 10": one ratio (0.1), not a range.
    Needs a word for odds or ratio earlier in the sentence and one side 1 or both at most 10; "from 1 to 10", a
    unit or a counted noun after the second number ("chances are that 300 to 400 men died") keep the range."""
    if _word(tokens, i - 1) == "from":
        return None
    numerator = _read_number_words(tokens, i, dot_thousands)
    if numerator is None or numerator.j + 1 >= len(tokens) or not _ratio_context(folded, tokens[i].start):
        return None
    link = tokens[numerator.j]
    if not (link.low == "to" or link.text == ":" and link.start == tokens[numerator.j - 1].end
            and tokens[numerator.j + 1].start == link.end):
        return None
    denominator = _read_number_words(tokens, numerator.j + 1, dot_thousands)
    if denominator is None or denominator.value == 0:
        return None
    after = _word(tokens, denominator.j)
    following = by_char.get(tokens[denominator.j].start) if denominator.j < len(tokens) else None
    if after in TIME_UNITS or after in CURRENCY_WORDS or after in PERCENT_WORDS or after in SCALES or \
            denominator.j < len(tokens) and tokens[denominator.j].text == "%" or \
            following is not None and following.pos_ in {"NOUN", "PROPN"} and after not in RATIO_WORDS:
        return None
    if 1 not in (numerator.value, denominator.value) and max(numerator.value, denominator.value) > 10:
        return None
    value = _round(numerator.value / denominator.value)
    return _Core(i, denominator.j, value, value, value, unit="fraction", kind="percent", digits=numerator.digits)


HALF_UNITS = {"year": (6.0, "month"), "decade": (5.0, "year"), "century": (50.0, "year"), "day": (12.0, "hour"),
              "hour": (30.0, "minute")}


def _half_of(unit: str) -> tuple[float, str]:
    """Half a time unit in the next smaller unit when it is a whole number: half a year = 6 months."""
    return HALF_UNITS.get(unit, (0.5, unit))


def _read_half_unit(tokens: list[_Tok], i: int) -> _Core | None:
    """"half a year" (6 months), "half an hour", "a year and a half" (18 months): durations; "half a percent"."""
    if _word(tokens, i) == "half" and _word(tokens, i + 1) == "a" and \
            (_word(tokens, i + 2) == "percent" or [_word(tokens, i + 2), _word(tokens, i + 3)] == ["per", "cent"]):
        end = i + 3 if _word(tokens, i + 2) == "percent" else i + 4  # "half a percent": 0.5 %
        return _Core(i, end, 0.5, 0.5, 0.5, unit="%", kind="percent")
    if _word(tokens, i) == "half" and _word(tokens, i + 1) in {"a", "an"} and _word(tokens, i + 2) in TIME_UNITS:
        value, unit = _half_of(TIME_UNITS[_word(tokens, i + 2)])
        return _Core(i, i + 3, value, value, value, unit=unit, kind="duration")
    if _word(tokens, i) in {"a", "an", "one"} and _word(tokens, i + 1) in TIME_UNITS and \
            [_word(tokens, i + k) for k in (2, 3, 4)] == ["and", "a", "half"]:
        half, unit = _half_of(TIME_UNITS[_word(tokens, i + 1)])
        value = _round(half * 3)
        return _Core(i, i + 5, value, value, value, unit=unit, kind="duration")
    return None


# a fraction after one of these words measures a share even with no "of": "more than half died", "by a third"
FRACTION_BOUNDS = {"by", "than", "nearly", "almost", "about", "around", "roughly", "over", "some", "only", "just"}


def _read_fraction(tokens: list[_Tok], i: int) -> _Core | None:
    """"a third of", "two-thirds of", "half of", "more than half", "by a third" (not "the first half of July")."""
    first = _word(tokens, i)
    if first in {"a", "one"} and _word(tokens, i + 1) in {"third", "quarter", "fifth", "tenth", "half"}:
        name, j = _word(tokens, i + 1), i + 2
        numerator = 1.0
    elif first in {"one", "two", "three", "four"} and tokens[i + 1:i + 2] and tokens[i + 1].text == "-" \
            and _word(tokens, i + 2) in FRACTIONS:
        name, j = _word(tokens, i + 2), i + 3
        numerator = float(SMALL[first])
    elif first in {"two", "three", "four", "nine"} and _word(tokens, i + 1) in {"thirds", "quarters", "fifths",
                                                                               "tenths"}:
        name, j = _word(tokens, i + 1), i + 2  # "three quarters of the convicts", "two thirds of"
        numerator = float(SMALL[first])
    elif first == "half" and _word(tokens, i - 1) not in {"first", "second", "the", "latter", "other", "last"}:
        name, j = "half", i + 1
        numerator = 1.0
    else:
        return None
    # "a third of its strength", "half the prisoners"; not "the first half of July", "half of the year"
    linked = _word(tokens, j) == "of" or name == "half" and _word(tokens, j) in {"the", "its", "their", "his", "her"} \
        or _word(tokens, i - 1) in FRACTION_BOUNDS and _word(tokens, j) not in set(TIME_UNITS) | {"past", "time"} \
        and not (j < len(tokens) and tokens[j].text == "-")  # "more than half died", "fell by a third"; not "half-time"
    rest = j + 1 if _word(tokens, j) == "of" else j
    after = [_word(tokens, rest), _word(tokens, rest + 1)]
    if not linked or after[0] in MONTHS or after[0] == "the" and after[1] in set(TIME_UNITS) | MONTHS:
        return None
    value = _round(numerator * FRACTIONS[name])
    return _Core(i, j, value, value, value, unit="fraction", kind="percent")


# nouns counted in millions after a glued "m" ("3m jobs"); "400m hurdles" and "100m sprint" are distances
MILLION_NOUNS = PEOPLE_NOUNS | {"jobs", "homes", "households", "users", "customers", "subscribers", "viewers",
                                "voters", "votes", "residents", "workers", "employees", "patients", "refugees",
                                "migrants", "visitors", "passengers", "doses", "barrels", "tonnes", "tons"}


def _millions_counted(tokens: list[_Tok], k: int) -> bool:
    """Is the "m" glued to the digits before token k a million: digits with a decimal part ("1.2m people",
    "3.5m") or a noun counted in millions next ("3m jobs")?"""
    return bool(re.search(r"[.,]\d+$", tokens[k - 1].text)) or _word(tokens, k + 1) in MILLION_NOUNS


def _hyphenated_half(tokens: list[_Tok], k: int) -> int:
    """Tokens in "-and-a-half" or "-and-half" glued together from token k (a hyphen), 0 when none."""
    for words in (["-", "and", "-", "a", "-", "half"], ["-", "and", "-", "half"]):
        n = len(words)
        if [t.low for t in tokens[k:k + n]] == words and all(tokens[m].start == tokens[m - 1].end
                                                              for m in range(k, k + n)):
            return n
    return 0


def _read_number_words(tokens: list[_Tok], i: int, dot_thousands: bool) -> _Core | None:
    """Digits and/or number words: "1,500", "five million", "a dozen", "twenty-five", "1.5 billion", "50K"."""
    k = i
    total, current = 0.0, None
    digits = False
    if tokens[k].kind == "num":
        nxt = tokens[k + 1] if k + 1 < len(tokens) else None
        next_word = nxt.low if nxt is not None and nxt.kind == "word" else ""
        if nxt is not None and nxt.text == "%" or next_word == "per" and _word(tokens, k + 2) == "cent":
            next_word = "percent"
        value = parse_digits(tokens[k].text, next_word=next_word, dot_thousands=dot_thousands)
        if value is None:
            return None
        current, digits, k = value, True, k + 1
        if nxt is not None and nxt.kind == "word" and nxt.start == tokens[k - 1].end and nxt.low in GLUED_SCALES:
            if nxt.low in {"m", "b"} and not (i > 0 and tokens[i - 1].text in CURRENCY_SYMBOLS) and \
                    _word(tokens, i - 1) not in CURRENCY_CODES_BEFORE and \
                    _word(tokens, k + 1) not in CURRENCY_WORDS and not _millions_counted(tokens, k):
                return None  # "400m" without a currency is a distance, not 400 million ("1m roubles" is money)
            current *= GLUED_SCALES[nxt.low]
            k += 1
    elif _word(tokens, k) in {"a", "an"} and _word(tokens, k + 1) in {"hundred", "dozen"} | set(SCALES):
        current, k = 1.0, k + 1
    elif _word(tokens, k) not in SMALL:
        return None
    if digits and k + 1 < len(tokens) and tokens[k].text == "-" and _word(tokens, k + 1) in SCALES and \
            tokens[k].start == tokens[k - 1].end and tokens[k + 1].start == tokens[k].end:
        k += 1  # "a $1.5-billion contract": the scale after a hyphen
    last = "digits" if digits else ""
    while k < len(tokens):
        w = _word(tokens, k)
        if w in SMALL and last in {"", "hundred", "and", "scale"} and not (digits and last == ""):
            current = (current or 0) + SMALL[w]
            last = "tens" if w in TENS else "unit"
        elif w in SMALL and w not in TENS and SMALL[w] < 10 and last == "hyphen":
            current = (current or 0) + SMALL[w]
            last = "unit"
        elif tokens[k].text == "-" and last == "tens" and _word(tokens, k + 1) in SMALL and \
                tokens[k].start == tokens[k - 1].end:
            last = "hyphen"
        elif w == "hundred" and last in {"unit", "tens", "digits", ""}:
            current = (current if current is not None else 1.0) * 100
            last = "hundred"
        elif w == "dozen" and last in {"unit", "digits", ""}:
            current = (current if current is not None else 1.0) * 12
            last = "scale"
        elif w in SCALES and last in {"unit", "tens", "hundred", "digits", "", "scale", "half"} and \
                not (last == "scale" and SCALES[w] <= 1e3):
            total += (current if current is not None else 1.0) * SCALES[w]
            current = None
            last = "scale"
        elif w in PLURAL_SCALES and last in {"unit", "tens", "hundred", "digits", "half"} and current is not None:
            total += current * PLURAL_SCALES[w]  # machine translation: "200 thousands rubles", "1.5 millions"
            current = None
            last = "scale"
        elif w in {"bn", "mln", "mn", "bln", "trln"} and last == "digits":  # "2.5 bln euros", "4 trln rubles"
            total += (current or 0) * GLUED_SCALES[w]
            current = None
            last = "scale"
        elif w == "and" and last in {"unit", "tens", "digits"} and \
                [_word(tokens, k + 1), _word(tokens, k + 2)] == ["a", "half"]:
            current = (current or 0) + 0.5  # "two and a half years", "1 and a half million"
            last = "half"
            k += 2
        elif tokens[k].text == "-" and last in {"unit", "tens", "digits"} and _hyphenated_half(tokens, k):
            current = (current or 0) + 0.5  # "nine-and-a-half-year sentence", "four-and-half days"
            last = "half"
            k += _hyphenated_half(tokens, k) - 1
        elif w == "and" and last == "hundred" and _word(tokens, k + 1) in SMALL:
            last = "and"
        else:
            break
        k += 1
    if last in {"hyphen", "and"}:
        k -= 1
    if k == i:
        return None
    value = total + (current or 0)
    return _Core(i, k, value, value, value, digits=digits)


# --------------------------------------------------------------------------------------------- context
def _read_quantity(core: _Core, tokens: list[_Tok], text: str, folded: str, blocked: list[bool], doc: Doc,
                   by_char: dict[int, Token]) -> Quantity | None:
    """Read the unit, kind and hedge around a number; None when it is a year, date, label or name."""
    first, last = tokens[core.i], tokens[core.j - 1]
    start, end = first.start, last.end
    if core.digits and any(blocked[first.start:first.end]):
        return None
    if _is_label_or_name(core, tokens, by_char):
        return None
    if core.digits and (_is_year(core, tokens, by_char) or _is_day_of_month(core, tokens)):
        return None
    if not core.digits and not core.vague and core.unit != "fraction" and not _is_counting_word(core, tokens, by_char):
        return None
    unit, kind = core.unit, core.kind or "count"
    j = core.j
    # currency, percent or time unit after the number
    after = _word(tokens, j)
    nxt = tokens[j] if j < len(tokens) else None
    currency_start = None
    if kind == "count":
        sym_before = tokens[core.i - 1] if core.i > 0 else None
        if sym_before is not None and sym_before.text in CURRENCY_SYMBOLS and sym_before.end >= start - 1:
            unit, kind, currency_start = CURRENCY_SYMBOLS[sym_before.text], "money", sym_before.start
            prefix = _word(tokens, core.i - 2)
            if sym_before.text == "$" and prefix in DOLLAR_PREFIXES and tokens[core.i - 2].end == sym_before.start \
                    and tokens[core.i - 2].text[0].isupper():
                unit, currency_start = DOLLAR_PREFIXES[prefix], tokens[core.i - 2].start  # "US$3bn", "C$11.61"
        elif (code := _currency_code_before(tokens, core.i)) is not None:
            unit, kind, currency_start = CURRENCY_CODES_BEFORE[code.low], "money", code.start
        if kind == "money":
            start = currency_start
        elif nxt is not None and nxt.text in CURRENCY_SYMBOLS and nxt.start <= last.end + 1:
            unit, kind, end, j = CURRENCY_SYMBOLS[nxt.text], "money", nxt.end, j + 1  # "1.600 €"
        elif after in CURRENCY_WORDS:
            unit, kind, end, j = CURRENCY_WORDS[after], "money", nxt.end, j + 1
        elif after in DOLLAR_ADJECTIVES and _word(tokens, j + 1) in {"dollar", "dollars"}:
            unit, kind, end, j = DOLLAR_ADJECTIVES[after], "money", tokens[j + 1].end, j + 2  # "3 million US dollars"
        elif after in POUND_WORDS and (_word(tokens, j - 1) in SCALES or _word(tokens, j + 1) == "sterling"):
            unit, kind, end, j = "GBP", "money", nxt.end, j + 1  # "50 million pounds"
        elif after in SUBUNIT_WORDS:
            unit, kind, end, j = SUBUNIT_WORDS[after], "money", nxt.end, j + 1
            core = replace(core, value=core.value / 100, low=core.low / 100, high=core.high / 100)
        elif nxt is not None and nxt.text == "-" and nxt.start == last.end and _word(tokens, j + 1) in CURRENCY_WORDS:
            # "a 100,000-rouble bonus"
            unit, kind, end, j = CURRENCY_WORDS[_word(tokens, j + 1)], "money", tokens[j + 1].end, j + 2
        elif core.vague and after == "of" and _word(tokens, j + 1) in CURRENCY_WORDS:
            unit, kind = CURRENCY_WORDS[_word(tokens, j + 1)], "money"  # "millions of rubles"
        elif after == "of" and _word(tokens, j + 1) in CURRENCY_WORDS and _word(tokens, j - 1) in SCALES:
            # machine translation: "5 million of rubles"
            unit, kind, end, j = CURRENCY_WORDS[_word(tokens, j + 1)], "money", tokens[j + 1].end, j + 2
        elif core.vague and after == "of" and _word(tokens, j + 1) in TIME_UNITS:
            # "a couple of weeks", "dozens of years"
            unit, kind, end, j = TIME_UNITS[_word(tokens, j + 1)], "duration", tokens[j + 1].end, j + 2
        elif nxt is not None and nxt.text == "%":
            unit, kind, end, j = "%", "percent", nxt.end, j + 1
        elif after in PERCENT_WORDS and (after != "pc" or nxt.text == "pc") or \
                after == "per" and _word(tokens, j + 1) == "cent" or \
                after == "percentage" and _word(tokens, j + 1) in {"point", "points"}:
            extra = 2 if after in {"per", "percentage"} else 1  # "0.2 percentage points": a share too
            unit, kind, end, j = "%", "percent", tokens[j + extra - 1].end, j + extra
        else:
            age = _read_age(core, tokens, by_char)
            if age is not None:
                unit, kind, end, j = "year", "age", tokens[age - 1].end if age > core.j else end, max(age, j)
            else:
                k = j + 1 if nxt is not None and nxt.text == "-" and nxt.start == last.end else j
                unit_word = _word(tokens, k).removesuffix("'s")  # "one day's training"
                ordinal = unit_word == "second" and k + 1 < len(tokens) and tokens[k + 1].text == "-" and \
                    tokens[k + 1].start == tokens[k].end  # "one second-half goal"
                if unit_word in TIME_UNITS and not ordinal:
                    unit, kind, end, j = TIME_UNITS[unit_word], "duration", tokens[k].end, k + 1
                    if unit == "day" and not core.digits and core.value == 1 and k == core.j and \
                            unit_word == _word(tokens, k) and not _measures_one_day(tokens, core.i, j):
                        return None  # "one day" = some day: "One day he did not come back"
    hedge_text, bound = _hedge_before(folded, start)
    post = _hedge_after_re().match(folded[end:end + 12].lower())
    post_hedge, post_bound = ("", "")
    if post:
        post_hedge = post.group(1)
        post_bound = hedges()[post_hedge][1]
        if post_hedge in {"+", "-odd"} and post.start(1) != 0:
            post_hedge, post_bound = "", ""
    hedge_text_all = " … ".join(h for h in (hedge_text, post_hedge) if h)
    low, high = _apply_hedge(core.low, core.high, bound or post_bound)
    if bound and post_bound and post_bound != bound:
        low, high = _apply_hedge(low, high, post_bound)
    per = _rate(folded, end)
    q = Quantity(start=start, end=end, text=text[start:end], value=_round(core.value), low=low, high=high,
                 unit=unit, kind=kind, what="", approximate=bool(hedge_text_all) or core.vague,
                 hedge=hedge_text_all, vague=core.vague, per=per)
    return _describe(q, doc, by_char)


ONE_DAY_BEFORE = {"for", "in", "within", "of", "than", "only", "just", "over", "after", "before", "per", "every",
                  "least", "most", "about", "around", "nearly", "almost", "spent", "spend", "spends", "lasted", "last",
                  "lasts", "took", "take", "takes", "served", "serve", "waited", "wait", "single", "one", "by"}
ONE_DAY_AFTER = {"of", "later", "ago", "earlier", "before", "after", "long", "a", "per", "each", "every"}


def _measures_one_day(tokens: list[_Tok], i: int, j: int) -> bool:
    """"for one day", "in one day", "one day of training", "one day later": a length of time; a bare "one day"
    ("One day he left", "to screen it 'one day'") means some day and measures nothing."""
    return _word(tokens, i - 1) in ONE_DAY_BEFORE or _word(tokens, j) in ONE_DAY_AFTER


def _currency_code_before(tokens: list[_Tok], i: int) -> _Tok | None:
    """The currency code written before the number at token i ("USD 3 million", "Rs 500 crore", "Rs. 500")."""
    k = i - 2 if i >= 2 and tokens[i - 1].text == "." else i - 1
    code = tokens[k] if k >= 0 and tokens[k].kind == "word" else None
    if code is None or code.low not in CURRENCY_CODES_BEFORE or not (code.text.isupper() or code.text == "Rs"):
        return None
    return code


def _is_counting_word(core: _Core, tokens: list[_Tok], by_char: dict[int, Token]) -> bool:
    """Number words count something unless they are "one" used as a pronoun or a capitalized name part."""
    first = tokens[core.i]
    following = tokens[core.j] if core.j < len(tokens) else None
    title_case = following is not None and following.kind == "word" and following.text[0].isupper()
    if first.text[0].isupper() and core.i > 0 and tokens[core.i - 1].kind == "word" and not title_case and \
            (tokens[core.i - 1].text[0].isupper() or tokens[core.i - 1].low in {"of", "the"}) and \
            not _sentence_start(first.start, by_char):
        return False  # Channel One, Formula One, the Group of Seven
    if core.j - core.i == 1 and first.low == "one":
        nxt = by_char.get(tokens[core.j].start) if core.j < len(tokens) else None
        if _word(tokens, core.i - 1) in {"in", "at", "on"} and _word(tokens, core.j) in EXAMPLE_NOUNS:
            return False  # "In one case, ...", "at one point": an example or a moment, not a count of one
        if core.j + 1 < len(tokens) and tokens[core.j].text == "-" and _word(tokens, core.j + 1) in TIME_UNITS:
            return True  # "a one-year contract"
        return nxt is not None and (nxt.pos_ == "NOUN" and nxt.lower_ not in {"another"}
                                    or nxt.lower_ in TIME_UNITS or nxt.lower_ in CURRENCY_WORDS)
    return True


def _sentence_start(pos: int, by_char: dict[int, Token]) -> bool:
    token = by_char.get(pos)
    return token is None or token.is_sent_start or token.i == token.sent.start


def _is_label_or_name(core: _Core, tokens: list[_Tok], by_char: dict[int, Token]) -> bool:
    k = core.i - 1
    if k >= 0 and tokens[k].text in {".", "#"} and tokens[k].end == tokens[core.i].start - (tokens[k].text == "."):
        k -= 1
    before = tokens[k] if k >= 0 else None
    if before is not None and tokens[core.i - 1].text == "#":
        return True
    if before is not None and before.kind == "word" and before.low in LABEL_WORDS and \
            (before.text[0].isupper() or before.low in {"no", "nr", "number"} or _nothing_counted(core, tokens, by_char)) \
            and not (before.low == "number" and _word(tokens, core.i - 2) in {"a", "the"} and before.text.islower()):
        return True  # "Article 328", "Colony No. 2", "military unit 12345", "number one"
    if before is not None and before.low in CALL_WORDS and core.digits and _nothing_counted(core, tokens, by_char):
        return True  # "call 999 if", "dial 112"; but "called 20 witnesses"
    if not core.digits:
        return False
    # a proper noun right before the digits names a thing: "World War 2", "Formula 1"
    prev = tokens[core.i - 1] if core.i > 0 else None
    if prev is not None and prev.kind == "word" and re.fullmatch(r"[a-z]+[A-Z]\w*", prev.text) and \
            prev.end == tokens[core.i].start - 1:
        return True  # a brand written in camel case names a model: "iPhone 15", "eVTOL 2"
    if prev is not None and prev.kind == "word" and prev.text[0].isupper() and prev.end == tokens[core.i].start - 1 \
            and prev.low not in MONTHS and prev.low not in hedges() and prev.low not in CURRENCY_CODES_BEFORE:
        token = by_char.get(prev.start)
        following = by_char.get(tokens[core.j].start) if core.j < len(tokens) else None
        after = _word(tokens, core.j)
        counted = following is not None and following.tag_ in {"NNS", "NNPS"} or after in CURRENCY_WORDS or \
            after in TIME_UNITS or after in PERCENT_WORDS or re.search(r"[,.]", tokens[core.i].text)
        if token is not None and token.pos_ == "PROPN" and not token.is_sent_start and not counted:
            return True  # "Nord Stream 2 pipeline", "Windows 10"; but "in Bakhmut 300 prisoners"
    return False


def _nothing_counted(core: _Core, tokens: list[_Tok], by_char: dict[int, Token]) -> bool:
    """No noun, unit or currency right after the number ("unit 12345 in Rostov")."""
    if core.j >= len(tokens):
        return True
    following = by_char.get(tokens[core.j].start)
    after = _word(tokens, core.j)
    return not (after in CURRENCY_WORDS or after in TIME_UNITS or after in PERCENT_WORDS or tokens[core.j].text == "%"
                or following is not None and following.pos_ in {"NOUN", "ADJ"})


def _is_year(core: _Core, tokens: list[_Tok], by_char: dict[int, Token]) -> bool:
    tok = tokens[core.i]
    if not re.fullmatch(r"\d{4}", tok.text) or not 1800 <= core.value <= 2100 or core.j - core.i > 1:
        return False
    before = _word(tokens, core.i - 1)
    if before in MONTHS or before in YEAR_PREPOSITIONS or before in YEAR_DETERMINERS:
        return True  # "in 2014", "March 2024", "the 2018 elections", "last year's 2022 budget"
    following = by_char.get(tokens[core.j].start) if core.j < len(tokens) else None
    after = _word(tokens, core.j)
    counted = after in CURRENCY_WORDS or after in PERCENT_WORDS or (core.j < len(tokens) and tokens[core.j].text == "%") \
        or (following is not None and following.tag_ in {"NNS", "NNPS"} and after not in MONTHS)
    return not counted


def _is_day_of_month(core: _Core, tokens: list[_Tok]) -> bool:
    tok = tokens[core.i]
    if not re.fullmatch(r"\d{1,2}", tok.text) or not 1 <= core.value <= 31:
        return False
    before = tokens[core.i - 1] if core.i > 0 else None
    if before is not None and before.kind == "word" and before.low in MONTHS and \
            (before.text[0].isupper() or before.low not in {"may", "march"}):
        return True
    if before is not None and before.text == "." and _word(tokens, core.i - 2) in MONTHS:
        return True  # "Oct. 4"
    after = _word(tokens, core.j)
    if after in MONTHS and tokens[core.j].text[0].isupper():
        return True
    if core.j + 2 < len(tokens) and (tokens[core.j].text == "-" or after in {"to", "and"}) and \
            re.fullmatch(r"\d{1,2}", tokens[core.j + 1].text) and _word(tokens, core.j + 2) in MONTHS and \
            (tokens[core.j + 2].text[0].isupper() or tokens[core.j + 2].low not in {"may", "march"}):
        return True  # "the night of 23-24 June", "from 1 to 5 June"; not "between 18 and 60 may not leave"
    return after == "of" and _word(tokens, core.j + 1) in MONTHS


AGE_COPULAS = {"is", "was", "are", "were", "be", "remains", "remained"}


def _age_is(core: _Core, tokens: list[_Tok]) -> bool:
    """A bare number stated as what an age is ("the minimum age for a recruit is 21", "the maximum age is
    meant to be 57"): a copula right before it, the word "age" a few words before that in the same sentence,
    and nothing after it but a stop, a comma, "and" or "or" ("40 years" stays a duration)."""
    if _word(tokens, core.i - 1) not in AGE_COPULAS or core.value >= 125:
        return False
    after = tokens[core.j] if core.j < len(tokens) else None
    if after is not None and not (after.kind == "sym" or after.low in {"and", "or", "but"}):
        return False
    for k in range(core.i - 2, max(-1, core.i - 16), -1):
        if tokens[k].kind == "num" or tokens[k].text in {".", ";", "!", "?"}:
            return False
        if tokens[k].low == "age":
            return True
    return False


def _read_age(core: _Core, tokens: list[_Tok], by_char: dict[int, Token]) -> int | None:
    """Token index just past an age phrase ("31-year-old", "45 years old", "aged 45", "Sokolov, 22,")."""
    if core.value != int(core.value) or core.value <= 0:
        return None
    j = core.j
    words = [tokens[k].low.removesuffix("'s") for k in range(j, min(j + 5, len(tokens)))]  # "the 21-year-old's"
    if words[:4] in (["-", "year", "-", "old"], ["-", "years", "-", "old"], ["-", "year", "-", "olds"]):
        return j + 4  # a person's age, or a firm's: "the 156-year-old company"
    if core.value >= 125:
        return None
    if words[:2] in (["year", "old"], ["years", "old"]) or words[:3] == ["years", "of", "age"]:
        return j + (2 if words[1] == "old" else 3)
    in_months = _word(tokens, j) == "and" and _word(tokens, j + 2) in TIME_UNITS and \
        TIME_UNITS[_word(tokens, j + 2)] != "year"  # "aged between six and 59 months": left to the range's unit
    if _word(tokens, core.i - 1) in AGE_WORDS_BEFORE or not in_months and \
            _word(tokens, core.i - 1) in {"of", "between"} and _word(tokens, core.i - 2) in {"age", "aged"}:
        return j  # "aged 45", "the age of 60", "men aged between 18 and 60"
    if _age_is(core, tokens):
        return j  # "the minimum age for recruits is 21", "the upper age limit is meant to be 57"
    if not core.digits:
        return None
    if _word(tokens, core.i - 1) == "at" and any(_word(tokens, k) in DYING_WORDS for k in range(core.i - 6, core.i - 1)) \
            and _word(tokens, j) in AFTER_AN_AGE:
        return j  # "died Feb. 7 at 52 of heart failure": his age, no count of the dead
    # "Sokolov, 22, had been ..." : a person's name, a comma, a bare number and a comma or full stop
    closed = j < len(tokens) and (tokens[j].text in {",", ".", ")", ";"} or  # a spaced dash: "Sofonov, 37 -- on"
                                  tokens[j].text == "-" and tokens[j].start > tokens[j - 1].end)
    if core.i >= 2 and tokens[core.i - 1].text == "," and closed:
        k = core.i - 2
        if tokens[k].text == ")":  # "Ivan (not his real name), 38,"
            opening = next((m for m in range(k - 1, max(-1, k - 12), -1) if tokens[m].text == "("), None)
            k = opening - 1 if opening is not None and opening > 0 else k
        name = by_char.get(tokens[k].start)
        if name is not None and (name.ent_type_ == "PERSON" or name.pos_ == "PROPN" and name.text[0].isupper()
                                 or name.lower_ in PERSON_ROLES):
            return j  # "Sokolov, 22,", "The inmate, 35, said"
    # "men under 50 who ...": a people noun, under/over, a number with nothing counted after it
    if _word(tokens, core.i - 1) in {"under", "over", "above", "below"} and \
            _word(tokens, core.i - 2) in PEOPLE_NOUNS and 14 <= core.value <= 90:
        following = by_char.get(tokens[j].start) if j < len(tokens) else None
        if following is None or following.pos_ not in {"NOUN", "PROPN"}:
            return j
    return None


def _hedge_before(folded: str, start: int) -> tuple[str, str]:
    """The hedge word(s) right before a figure and their bound kind, or ("", "")."""
    prefix = folded[max(0, start - 40):start].lower()
    m = _hedge_before_re().search(prefix)
    if not m:
        return "", ""
    hedge = re.sub(r"\s+", " ", m.group(1))
    if hedge == "some" and not prefix.endswith("some "):
        return "", ""
    before = prefix[:m.start(1)].split()
    if hedge == "about" and before and before[-1] in SPEECH_VERBS:
        return "", ""  # "talk about 100.000 rubles": a preposition, not a hedge
    if hedge in {"over", "under"} and before and before[-1] in {"taken", "take", "took", "control", "power"}:
        return "", ""
    return hedge, hedges()[hedge][1]


def _apply_hedge(low: float, high: float, bound: str) -> tuple[float, float]:
    """Conventional bounds of a hedged figure (see data/number_hedges.csv)."""
    if bound == "approx":
        return _round(low * 0.9), _round(high * 1.1)
    if bound == "below":
        return _round(low * 0.9), high
    if bound == "at_most":
        return math.nan, high
    if bound == "at_least":
        return low, math.nan
    return low, high


def _rate(folded: str, end: int) -> str:
    m = re.match(r"\s*(?:\)\s*)?(?:\([^)]{0,40}\)\s*)?(?:a|per|each|every)\s+(month|year|week|day|share)\b"
                 r"(?!\s+(?:ago|later|earlier|before|after|previously)\b)", folded[end:end + 60], re.I)
    return m.group(1).lower() if m else ""


def _round(x: float) -> float:
    if x is None or math.isnan(x) or x == 0:
        return x
    return round(x, max(0, 6 - int(math.floor(math.log10(abs(x)))) - 1))


# --------------------------------------------------------------------------------------------- what is measured
UNIT_LEMMAS = set(CURRENCY_WORDS) | set(TIME_UNITS) | PERCENT_WORDS | {"%", "cent", "year", "old"}
NUMBER_LEMMAS = set(SMALL) | set(SCALES) | {"hundred", "dozen", "dozens", "hundreds", "thousands", "millions",
                                            "tens", "scores", "half", "third", "quarter", "thirds"}


def _describe(q: Quantity, doc: Doc, by_char: dict[int, Token]) -> Quantity:
    """Fill `what`, `noun`, `scope` and `verb` from the dependency parse (`by_char`: the token at each character)."""
    tokens: list[Token] = []
    for pos in range(q.start, q.end):  # the tokens the figure overlaps, in order
        token = by_char.get(pos)
        if token is not None and (not tokens or tokens[-1].i != token.i):
            tokens.append(token)
    if not tokens:
        return q
    inside = {t.i for t in tokens}
    anchor = _anchor(tokens, inside)
    noun = _measured_noun(anchor, inside, q.kind)
    if noun is None and q.unit == "fraction":  # "one in five prisoners", "one in four of all men"
        noun = next((n for n in (_measured_noun(t, inside, q.kind) for t in reversed(tokens)) if n is not None), None)
    if noun is None and q.kind == "count":
        noun = _noun_after(tokens[-1])
    verb, path = _governing_verb(noun if noun is not None else anchor)
    predicate = ""
    if noun is not None and q.kind == "count":
        part = noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.i in inside  # "2 of the soldiers"
        predicate = " ".join(_predicate(anchor, _governing_verb(anchor)[1][1:]) if part else _predicate(noun, path[1:]))
    path = " ".join([t.lemma_.lower() for t in tokens] + path)
    if noun is None and q.kind == "age":
        noun = _person_before(tokens[0])
    clause_tokens = _clause(anchor)
    # a sum's own words (also a bare figure that takes a currency later: "5 million rubles ... and 3 million for
    # injuries")
    own = " ".join(t.lemma_.lower() for t in _own_words(anchor, inside) if t.i not in inside)
    if q.kind == "money":
        clause_tokens = _without_other_sums(clause_tokens, inside)
    clause = " ".join(t.lemma_.lower() for t in clause_tokens)
    if noun is None:
        return replace(q, verb=verb, path=path, clause=clause, own=own)
    last = _hyphenated_end(noun)
    group = _group_of(noun) if q.kind == "count" else None
    if group is not None and not _said_of_group(group):  # the path stops at the group: nothing is said of it
        path = " ".join([t.lemma_.lower() for t in tokens] + [noun.lemma_.lower(), "of", group.lemma_.lower()])
    return replace(q, what=_noun_phrase(noun, inside) + doc[noun.i + 1:last.i + 1].text, noun=last.lemma_.lower(),
                   verb=verb,
                   scope=_noun_phrase(noun, inside) if _partitive(noun, inside) else _scope(noun, inside), path=path,
                   per=q.per or _rate_of_noun(noun, q.end), clause=clause,
                   preposition=noun.head.lower_ if q.kind == "count" and noun.dep_ == "pobj" else "",
                   size_of=group.lower_ if group is not None else "", predicate=predicate, own=own)


ARGUMENT_DEPS = {"nsubj", "nsubjpass", "dobj"}  # a noun the verb is said of: its subject or object


def _predicate(noun: Token, verb_path: list[str]) -> list[str]:
    """What the verb of a counted noun says of it, when the noun is that verb's subject or object (for a part,
    "2 of the released soldiers decided ...", the part's verb): the verb, its complements (`verb_path`, from
    `_governing_verb`), particle and other object, and the noun's adjectives ("six wounded fighters were
    evacuated": wound, evacuate). Empty for a noun under a preposition or another figure ("of the 50,000
    convicts he recruited, 20,000 were killed": the verb is said of the 20,000) and for the object of a verb of
    purpose ("battled to save 20 000 people", "in hopes of rescuing thousands"), which says what was tried, not
    done ("with 300 people still missing" is no purpose)."""
    verb = noun.head
    if noun.dep_ not in ARGUMENT_DEPS or verb.pos_ not in {"VERB", "AUX"} or verb.i == noun.i:
        return []
    purpose = verb.dep_ in {"advcl", "xcomp", "pcomp"} and \
        any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children) or verb.dep_ == "pcomp" and noun.dep_ == "dobj"
    if purpose:
        return []
    adjectives = [c.lemma_.lower() for c in noun.children if c.dep_ == "amod"]
    # "handed over", "lost their lives": the verb's particle and its other object or complement
    complements = [c.lemma_.lower() for c in verb.children if c.dep_ in {"prt", "dobj", "attr", "acomp"}
                   and c.i != noun.i and not any(t.like_num for t in c.subtree)]
    # where the verb sends them: "50,000 prisoners were sent to the front", "2,300 people sent to hospital"
    complements += [o.lemma_.lower() for p in verb.children if p.dep_ == "prep" and p.lower_ == "to"
                    for o in p.children if o.dep_ == "pobj" and not any(t.like_num for t in o.subtree)]
    return adjectives + verb_path + complements


NUMBER_PARTS = {"compound", "nummod", "quantmod"}  # "5" in "5 million": a part of the number its head ends


def _without_other_sums(clause: list[Token], inside: set[int]) -> list[Token]:
    """A sum's clause without the words of the other figures listed in it ("lavish payments – about $2,000 a
    month, $31,000 per injury and $47,000 to be paid ... if he dies": the death is said of the $52,000, the
    injury of the $31,000, neither of the $2,000)."""
    cut: set[int] = set()
    for token in clause:
        if token.like_num and token.i not in inside and not (token.head.like_num and token.dep_ in NUMBER_PARTS):
            cut.update(t.i for t in _own_words(token, {token.i}) if t.i not in inside)
    return [t for t in clause if t.i not in cut]


def _own_words(anchor: Token, inside: set[int]) -> list[Token]:
    """A figure's own words: its subtree without the figures coordinated or set beside it, nor any part that
    holds another figure."""
    cut: set[int] = set()
    for child in anchor.children:
        if child.i in inside:
            continue
        part = list(child.subtree)
        if child.dep_ in {"conj", "appos"} or any(t.like_num and t.i not in inside for t in part):
            cut.update(t.i for t in part)
    return [t for t in anchor.subtree if t.i not in cut]


def _group_of(noun: Token) -> Token | None:
    """The body of people whose size a count gives: "unit" in "a unit of 100-150 fighters"."""
    head = noun.head
    if noun.dep_ == "pobj" and head.lower_ == "of" and head.head.lemma_.lower() in GROUP_NOUNS:
        return head.head
    return None


def _said_of_group(group: Token) -> bool:
    """Is the verb of a group's clause said of that one group as a whole, its subject or object ("a unit of 120
    fighters was killed or wounded", "recruited a unit of 120 inmates")? Not of several groups ("units of
    100-150 fighters": each one's size, no total) nor where a preposition puts the group ("in a unit of ...")."""
    return group.tag_ == "NN" and group.dep_ in {"nsubj", "nsubjpass", "dobj"} and group.head.pos_ in {"VERB", "AUX"}


ADJECTIVE_RATES = {"monthly": "month", "weekly": "week", "daily": "day", "annual": "year", "yearly": "year"}


def _rate_of_noun(noun: Token, figure_end: int) -> str:
    """The rate stated after the counted noun ("1,500 men a week") or by its adjective ("monthly salaries")."""
    for child in noun.lefts:
        if child.dep_ == "amod" and child.lower_ in ADJECTIVE_RATES:
            return ADJECTIVE_RATES[child.lower_]
    if noun.idx < figure_end or noun.idx - figure_end > 40:
        return ""
    return _rate(nlp.text_of(noun.doc), noun.idx + len(noun.text))


def _clause(token: Token) -> list[Token]:
    """The clause a figure stands in: the subtree of its nearest verb, without the clauses coordinated with it
    ("..., and that families of those killed will receive ...") or reported by it, and without the subordinate
    clauses that state figures of their own ("49,000 were recruited, of whom 10,000 remain")."""
    head = token
    for _ in range(10):
        if head.pos_ in {"VERB", "AUX"} and head.dep_ not in {"aux", "auxpass", "amod", "acl"} or head.head.i == head.i:
            break
        head = head.head
    cut: set[int] = set()
    for clause in head.subtree:
        if clause.pos_ not in {"VERB", "AUX"} or clause.i == head.i or clause.i in cut:
            continue
        inside = {t.i for t in clause.subtree}
        if token.i in inside:
            continue
        coordinated = clause.head.i == head.i and clause.dep_ in {"conj", "ccomp", "parataxis"}
        own_figure = clause.dep_ in {"relcl", "advcl", "conj", "ccomp"} and \
            any(t.like_num for t in clause.subtree)
        if coordinated or own_figure:
            cut |= inside
    return [t for t in head.subtree if t.i not in cut]


def _person_before(first: Token) -> Token | None:
    """The person an age is given for: "Sokolov, 22", "men under 50", "Ivan (not his real name), 38"."""
    k = first.i - 1
    while k >= 0 and (first.doc[k].is_punct or first.doc[k].lower_ in {"under", "over", "above", "below", "aged"}):
        k -= 1
    if k >= 0 and first.doc[k + 1].text == ")":
        opening = next((m for m in range(k, max(-1, k - 12), -1) if first.doc[m].text == "("), None)
        k = opening - 1 if opening is not None else -1
    elif first.i - k > 3:
        return None
    if k < 0:
        return None
    token = first.doc[k]
    return token if token.pos_ in {"PROPN", "NOUN"} else None


def _anchor(tokens: list[Token], inside: set[int]) -> Token:
    """The token of the quantity whose head lies outside it (the syntactic head of the number phrase)."""
    for token in tokens:
        if token.head.i not in inside or token.head.i == token.i:
            return token
    return tokens[-1]


def _of_object(token: Token) -> Token | None:
    for child in token.children:
        if child.dep_ == "prep" and child.lower_ == "of":
            objects = [c for c in child.children if c.dep_ == "pobj"]
            if objects:
                return objects[0]
    return None


def _measured_noun(anchor: Token, inside: set[int], kind: str) -> Token | None:
    # "tens of thousands of inmates", "a third of its combat strength", "two weeks of training"
    token = anchor
    for _ in range(3):
        obj = _of_object(token)
        if obj is None:
            break
        if obj.lower_ in NUMBER_LEMMAS or obj.i in inside:
            token = obj
            continue
        if obj.pos_ in {"NOUN", "PROPN"} and obj.lower_ not in GENERIC_NOUNS | MONTHS | UNIT_LEMMAS \
                or obj.lower_ in ANAPHORS:
            return obj
        break
    head = anchor.head
    if anchor.dep_ in {"nummod", "quantmod", "compound", "amod", "nmod", "npadvmod", "predet"} and \
            head.i != anchor.i and \
            head.pos_ in {"NOUN", "PROPN"} and head.lower_ not in UNIT_LEMMAS and head.lower_ not in GENERIC_NOUNS:
        return head
    if kind in {"money", "duration", "percent"}:
        # "salaries ranging from the equivalent of $2,150": climb prepositions and participles to a noun
        token = anchor
        for _ in range(5):
            if token.dep_ not in {"pobj", "prep", "acl", "dobj", "npadvmod", "nummod", "compound"} or token.head.i == token.i:
                break
            token = token.head
            if token.pos_ in {"NOUN", "PROPN"} and token.i not in inside and token.lower_ not in GENERIC_NOUNS \
                    and token.lower_ not in UNIT_LEMMAS:
                return token
            if token.pos_ in {"VERB", "AUX"} and token.dep_ != "acl":
                break
    return None


COUNTED_NOUN_REACH = 6  # tokens after a figure searched for the noun it counts when the parse gives none


def _noun_after(last: Token) -> Token | None:
    """The noun right after a count that the parse left without one ("six or seven wounded Storm-Z fighters",
    split at "or"): past the other end of a range ("or", "to"), adjectives and compound words only, never across
    anything else ("3 to 1 and 200 fans": the score counts no fans); a unit or a generic noun counts nothing."""
    for token in last.doc[last.i + 1:last.i + 1 + COUNTED_NOUN_REACH]:
        if token.pos_ == "NOUN" and token.dep_ != "compound":
            return None if token.lower_ in UNIT_LEMMAS | GENERIC_NOUNS else token
        if not (token.pos_ in {"NUM", "ADJ"} or token.dep_ in {"amod", "compound"} or token.lower_ in {"-", "or", "to"}):
            return None
    return None


def _partitive(noun: Token, inside: set[int]) -> bool:
    """"20,000 of the 50,000 convicts he recruited": the figure is a part, so what is said of the whole (its
    relative clause) is not said of the figure."""
    via_of = noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.i in inside
    determined = any(c.dep_ in {"det", "poss", "nummod"} for c in noun.children if c.i not in inside)
    return via_of and determined


def _hyphenated_end(noun: Token) -> Token:
    """The last part of a hyphenated word the parser split at its hyphens ("ex-convicts", "sub-districts"): the
    figure attaches to the first part, the word counted is the whole."""
    doc, k = noun.doc, noun.i
    while k + 2 < len(doc) and not doc[k].whitespace_ and doc[k + 1].text == "-" and not doc[k + 1].whitespace_ \
            and doc[k + 2].is_alpha:
        k += 2
    return doc[k]


def _noun_phrase(noun: Token, inside: set[int]) -> str:
    modifiers = [t for t in noun.lefts if t.dep_ in {"amod", "compound", "nmod", "poss"} and t.i not in inside]
    start = noun.i
    for modifier in modifiers:
        left = min(t.i for t in modifier.subtree)
        if not any(k in inside for k in range(left, noun.i)):
            start = min(start, left)
    return noun.doc[start:noun.i + 1].text


def _scope(noun: Token, inside: set[int]) -> str:
    """The counted noun with its modifiers and complements, without the clauses under it that state a figure of
    their own ("20 000 people marooned by floods that killed at least 125": the killing is said of the 125; "1,849
    deaths of inmates, and 300 injuries among soldiers": the injuries are counted by the 300) and
    without the nouns that name a kind of it ("volunteer firefighters", "death row inmates")."""
    cut: set[int] = set()
    for figure in noun.subtree:
        if not figure.like_num or figure.i in inside:
            continue
        clause = next((a for a in [figure, *_ancestors_until(figure, noun)]
                       if a.dep_ in {"relcl", "acl", "advcl", "conj", "appos"}),
                      None)  # the nearest clause, or noun coordinated with this one, holding the other figure
        if clause is not None:
            cut.update(t.i for t in clause.subtree)
    for kind in noun.children:  # "70,000 volunteer firefighters", "50 death row inmates": a kind of the noun,
        if kind.dep_ == "compound" and kind.pos_ == "NOUN" and kind.i < noun.i and \
                not kind.lemma_.lower().endswith("ee"):  # no event said of them; "refugee families" are refugees
            cut.update(t.i for t in kind.subtree)
    span = [t for t in noun.subtree if t.i not in inside and t.i not in cut]
    if not span:
        return noun.text
    text = "".join(t.text_with_ws for t in span).strip() if cut else noun.doc[span[0].i:span[-1].i + 1].text
    return text[:160]


def _own_clause(verb: Token, top: Token) -> bool:
    """A coordinated verb with a subject of its own starts another clause ("... is sent forward, and many are
    killed"): what it says is not said of the figure."""
    return any(a.dep_ == "conj" and any(c.dep_ in {"nsubj", "nsubjpass", "expl"} for c in a.children)
               for a in [verb, *_ancestors_until(verb, top)])


def _own_object(verb: Token, top: Token) -> bool:
    """A coordinated verb with an object of its own (not a pronoun for the figure's noun) says something of that
    object, not of the figure ("swept away hundreds of livestock and destroyed property")."""
    return any(a.dep_ == "conj" and any(c.dep_ == "dobj" and c.pos_ != "PRON" for c in a.children)
               for a in [verb, *_ancestors_until(verb, top)])


GOING_VERBS = {"go", "come", "return", "rush", "flock", "queue", "line", "travel", "head", "turn"}


def _governing_verb(token: Token) -> tuple[str, list[str]]:
    """The verb a figure depends on ("kill/wound" for "were killed or wounded") and the lemmas on the way to it
    and below it (its open complements and coordinated verbs: "were able to terminate"; in the lemmas, not a
    coordinated verb with an object of its own, and the state it leaves its object in: "left 12,000 injured")."""
    path: list[str] = []
    for _ in range(8):
        if token.pos_ == "VERB" or token.pos_ == "AUX" and token.dep_ not in {"aux", "auxpass"}:
            below = [t for t in token.subtree if t.dep_ in {"xcomp", "conj", "acomp"} and t.pos_ in {"VERB", "ADJ"}
                     and all(a.dep_ in {"xcomp", "conj", "acomp"} for a in _ancestors_until(t, token))
                     and not _own_clause(t, token)]
            # "200 people went to sign up": after a verb of going, the infinitive says what they went to do
            errand = [t for t in token.children if token.lemma_.lower() in GOING_VERBS and t.dep_ == "advcl"
                      and t.pos_ == "VERB" and any(c.dep_ == "aux" and c.lower_ == "to" for c in t.children)]
            below += errand + [c for t in errand for c in t.children if c.dep_ == "prt"]
            verbs = [token.lemma_.lower()] + [t.lemma_.lower() for t in below if t.pos_ == "VERB"]
            states = [t.lemma_.lower() for t in token.children if t.dep_ == "oprd"]  # "left 12,000 injured"
            path = path + [token.lemma_.lower()] + [t.lemma_.lower() for t in below if not _own_object(t, token)] \
                + states
            climb = token
            for _ in range(3):  # "casualties estimated to be in the hundreds of thousands"
                if climb.dep_ not in {"xcomp", "acl"}:
                    break
                climb = climb.head
                path.append(climb.lemma_.lower())
            return "/".join(dict.fromkeys(verbs)), path
        path.append(token.lemma_.lower())
        if token.head.i == token.i:
            break
        token = token.head
    return "", path


def _ancestors_until(token: Token, top: Token) -> list[Token]:
    chain = []
    while token.i != top.i and token.head.i != token.i:
        chain.append(token)
        token = token.head
    return chain


# --------------------------------------------------------------------------------------------- ranges
_RANGE_BETWEEN = re.compile(r"^\s*(?:to|-|and|or|-to-)\s*$")  # "-to-": "a two-to-three per cent target"


# before the first of two figures joined by "to", these words make it a change and the second a level when the
# second is at least CHANGE_RATIO times the first: "raised the rate by 0.25 to 2.6 per cent", "unemployment fell
# 0.2 percentage points to 4.1 percent"; "sales fell 10 to 20 percent", "lost 5,000 to 6,000 troops" are ranges
CHANGE_RATIO = 4
_CHANGE_BEFORE = re.compile(rf"(?:\bby|\b(?:{_CHANGE_WORDS}|climbed|jumped|slipped|gained|lost|surged|plunged|soared|"
                            r"tumbled|slid|edged\s+(?:up|down)|up)(?:\s+by)?)"
                            r"(?:\s+(?:about|around|some|nearly|almost|roughly|more\s+than|over|just))?\s+$")


def _link_ranges(found: list[Quantity], folded: str) -> list[Quantity]:
    """Join "from $2,150 to nearly $5,500", "20-30 people", "between 10 and 20", "two or three weeks"."""
    out = list(found)
    for k in range(len(out) - 1):
        a, b = out[k], out[k + 1]
        gap = folded[a.end:b.start].lower()
        hedge_b = b.hedge.split(" … ")[0] if b.hedge else ""
        if hedge_b and gap.rstrip().endswith(hedge_b):
            gap = gap.rstrip()[:-len(hedge_b)]
        if not _RANGE_BETWEEN.match(gap):
            continue
        word = gap.strip()
        lead = folded[max(0, a.start - 40):a.start].lower()
        if word == "and" and not re.search(r"between\s+(?:\S+\s+){0,3}$", lead):
            continue
        if word == "or" and a.unit and (a.unit != b.unit or a.kind != b.kind or a.value >= b.value):
            continue  # "100,000 rubles or $1,200" are two sums; "20% or 30%" one range
        if a.kind != b.kind and a.kind != "count" and b.kind != "count":
            continue
        if word == "to" and _CHANGE_BEFORE.search(lead) and b.value >= CHANGE_RATIO * _in_subunits(a, b).value:
            if not a.unit and b.unit:  # "lifted the rate by 0.25 to 2.6 per cent": a change, then a level
                out[k] = replace(_in_subunits(a, b), unit=b.unit, kind=b.kind)
            continue
        unit, kind = (b.unit, b.kind) if not a.unit else (a.unit, a.kind)
        what = a.what or b.what
        a = _in_subunits(_share_scale(a, b), b)
        if a.value >= b.value:
            continue  # a range runs upwards: "a 5-4 vote", "the score was 1-0", "from 27 to 25" are none
        low = min(x for x in (a.low, b.low, a.value) if not math.isnan(x))
        high = max(x for x in (a.high, b.high, b.value) if not math.isnan(x))
        start = a.start
        m = re.search(r"(from|between)\s+(?:the\s+equivalent\s+of\s+)?$", lead)
        if m:
            start = a.start - (len(lead) - m.start(1))
        range_text = folded[start:b.end]
        per, noun, scope = a.per or b.per, a.noun or b.noun, a.scope or b.scope
        shared = {"preposition": a.preposition or b.preposition, "size_of": a.size_of or b.size_of,
                  "predicate": a.predicate or b.predicate}
        out[k] = replace(a, unit=unit, kind=kind, what=what, low=low, high=high, range_text=range_text, per=per,
                         noun=noun, scope=scope, **shared)
        out[k + 1] = replace(b, unit=unit, kind=kind, what=what or b.what, low=low, high=high,
                             range_text=range_text, per=per, noun=noun, scope=scope, **shared)
    return out


_LISTED_BEFORE = re.compile(r"^\s*(?:,\s*(?:and\s+|or\s+)?|and\s+|or\s+)$")


def _share_following_unit(found: list[Quantity], folded: str) -> list[Quantity]:
    """A bare number listed before a figure with a unit written after it takes that unit: "sentenced to 14 and
    12 years", "8, 10 and 12 years", "3 and 4 percent", "5 and 10 cents" (not "5 and $10",
    nor a scale: "2 and 3 million")."""
    out = list(found)
    for k in range(len(out) - 2, -1, -1):
        q, r = out[k], out[k + 1]
        if q.kind != "count" or q.unit or q.vague or r.kind not in {"duration", "percent", "money"} or not r.unit \
                or not r.text[:1].isalnum() or _SCALE_IN_TEXT.search(r.text) or \
                not _LISTED_BEFORE.match(folded[q.end:r.start]):
            continue
        if q.noun and q.noun not in UNIT_LEMMAS and q.noun != r.noun:
            continue  # "5 soldiers and 3 weeks": a count of its own
        out[k] = replace(_in_subunits(q, r), unit=r.unit, kind=r.kind, what=q.what or r.what,
                         noun=q.noun or r.noun, per=q.per or r.per)
    return out


def _in_subunits(bare: Quantity, written: Quantity) -> Quantity:
    """A bare number read in the cents (pence, kopecks) written after the next figure: "between 84 and 89 cents"."""
    if bare.unit or written.kind != "money" or written.text.lower().split()[-1] not in SUBUNIT_WORDS:
        return bare
    return replace(bare, value=_round(bare.value / 100), low=_round(bare.low / 100), high=_round(bare.high / 100))


_SCALE_IN_TEXT = re.compile(r"\b(thousand|million|billion|trillion|mln|mn|bn|bln|trln)\b|\d(k|m|bn|mln|bln)\b", re.I)


def _share_scale(a: Quantity, b: Quantity) -> Quantity:
    """"from 2 to 3 million": the first end takes the scale word of the second (2 million), when that keeps the
    range running from low to high."""
    m = _SCALE_IN_TEXT.search(b.text)
    if not m or _SCALE_IN_TEXT.search(a.text) or not a.text.replace(",", "").replace(".", "").isdigit():
        return a
    word = (m.group(1) or m.group(2)).lower()
    scale = SCALES.get(word) or GLUED_SCALES[word]
    if a.value * scale > b.value:
        return a
    return replace(a, value=_round(a.value * scale), low=_round(a.low * scale), high=_round(a.high * scale))


def _inherit_units(found: list[Quantity], folded: str, by_char: dict[int, Token]) -> list[Quantity]:
    """A bare number takes the unit or noun of the figure before it in the same sentence:
    "100.000 rubles a month or 200.000", "of the 11 volunteers, eight died", "50 inmates ... 400 had applied"."""
    out = list(found)
    for k, q in enumerate(out):
        anaphor = q.what.lower() in ANAPHORS
        if q.kind != "count" or (q.what and not anaphor) or q.vague or k == 0:
            continue
        sentence = by_char[q.start].sent if q.start in by_char else None
        for prev in reversed(out[:k]):
            if sentence is None or "\n\n" in folded[prev.end:q.start]:
                break
            if prev.start < sentence.start_char and not (anaphor and q.start - prev.end < 300):
                break
            gap = folded[prev.end:q.start]
            if ")" in gap and "(" not in gap:
                continue  # a conversion in brackets: "100.000 rubles (about 1.600 euros) a month or 200.000"
            lead = folded[max(0, prev.start - 30):prev.start].lower()
            if re.match(r"\s*(?:[\w-]+\s+){0,3}?[\w-]*\s*,", gap) and re.search(r"\b(?:including|among them|of whom|of them)\s+(?:\S+\s+){0,2}$",
                                                           lead):
                continue  # a part set aside: "killed 14 people, including three children, and injured 60"
            if prev.kind == "money" and len(gap) <= 60 and re.search(r"\b(?:or|and|to)\b", gap):
                out[k] = replace(q, unit=prev.unit, kind="money", what=prev.what, noun=prev.noun,
                                 scope=prev.scope, per=q.per or prev.per)
                break
            if prev.kind == "count" and prev.what:  # the noun, not what the earlier figure's clauses say
                out[k] = replace(q, what=prev.what, noun=prev.noun, scope=prev.what)
                break
    return out
