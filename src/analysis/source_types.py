"""Source types: what kind of source a name or description is, and of which country.

The editable lexicons in `analysis/data` (`source_cues.csv`, `source_countries.csv`, `source_roles.csv`,
`source_organisations.csv`, `source_variants.csv`, `source_first_names.csv`, `outlets.csv`), the name helpers
(surnames, transliteration keys, gender from a first name) and `classify`, which `analysis.sourcing` uses to type
the sources it finds.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from functools import lru_cache
from importlib import resources
from typing import TYPE_CHECKING

import pandas as pd

from .gazetteer import dateline_country
from .metadata import canonical_outlet, outlet_aliases
from .textnorm import lookup_key

if TYPE_CHECKING:
    from spacy.tokens import Token

TITLES = {"mr", "ms", "mrs", "miss", "dr", "prof", "sir", "datuk", "dato", "datin", "tun", "alhaji", "president", "minister", "general", "colonel", "major",
          "captain", "sergeant", "lieutenant", "governor", "mayor", "senator", "judge", "father", "saint", "st"}

# ---------------------------------------------------------------- lexicons (editable CSVs in analysis/data)

def lexicon(name: str) -> pd.DataFrame:
    return pd.read_csv(resources.files("analysis") / "data" / name, dtype=str, keep_default_na=False)


@lru_cache(maxsize=1)
def variant_table() -> dict[str, tuple[str, str, bool]]:
    """lowercased variant -> (canonical, source_type, named by country)."""
    table = {}
    for row in lexicon("source_variants.csv").itertuples():
        for variant in row.variants.split("|"):
            table[variant.strip().lower()] = (row.canonical, row.source_type, row.by_country == "yes")
    return table


@lru_cache(maxsize=1)
def describing_words() -> frozenset[str]:
    """Lower-cased one-word variants of the rows marked `describes` ('kremlin', 'wagner'): written in any case in
    a person's description, they name the institution ('a Kremlin adviser', 'a wagner fighter'); other one-word
    variants ('Kyiv', 'Memorial') are too often a place or a word there."""
    return frozenset(v.strip().lower() for r in lexicon("source_variants.csv").itertuples() if r.describes == "yes"
                     for v in r.variants.split("|") if " " not in v.strip() and "." not in v)


@lru_cache(maxsize=1)
def acronyms() -> frozenset[str]:
    """Lower-cased one-word variants written in capitals in the variant table ('UN', 'WHO', 'FSB'): they name the
    institution only when written in capitals ('who' is no WHO)."""
    return frozenset(v.strip().lower() for r in lexicon("source_variants.csv").itertuples() for v in r.variants.split("|")
                     if v.strip().isupper() and len(v.strip()) > 1 and " " not in v.strip())


@lru_cache(maxsize=1)
def type_cues() -> list[tuple[str, str]]:
    return [(r.cue.lower(), r.source_type) for r in lexicon("source_cues.csv").itertuples()]


@lru_cache(maxsize=1)
def outlet_names() -> frozenset[str]:
    """The canonical names of data/outlets.csv."""
    return frozenset(outlet_aliases().values())


@lru_cache(maxsize=1)
def cue_words() -> frozenset[str]:
    return frozenset(cue for cue, _ in type_cues())


@lru_cache(maxsize=1)
def _cue_patterns() -> list[tuple[str, re.Pattern, str]]:
    """(cue, its pattern, type) for each row of data/source_cues.csv: a cue is a word's beginning ('mercenar'), but a
    cue of two letters is a whole word ('mp' is no 'mph')."""
    return [(cue, re.compile(r"\b" + re.escape(cue) + (r"\b" if len(cue) <= 2 else "")), source_type)
            for cue, source_type in type_cues()]


@lru_cache(maxsize=1)
def country_cues() -> dict[str, str]:
    return {r.cue.lower(): r.country for r in lexicon("source_countries.csv").itertuples()}


@lru_cache(maxsize=1)
def capitals_only_cues() -> frozenset[str]:
    """Country acronyms written in capitals in data/source_countries.csv ('PNG', 'UAE'): cues only in capitals."""
    return frozenset(r.cue.lower() for r in lexicon("source_countries.csv").itertuples() if r.cue.isupper())


@lru_cache(maxsize=1)
def western_countries() -> frozenset[str]:
    """Countries of data/source_countries.csv whose `bloc` is Western (and 'Western' itself: "NATO", "the West")."""
    return frozenset(r.country for r in lexicon("source_countries.csv").fillna("").itertuples() if r.bloc == WESTERN)


@lru_cache(maxsize=1)
def first_names() -> dict[str, str]:
    """First names whose gender the ending rules get wrong ('Nikita' m, 'Margaret' f): data/source_first_names.csv."""
    return {r.name.lower(): r.gender for r in lexicon("source_first_names.csv").itertuples()}


@lru_cache(maxsize=1)
def roles() -> dict[str, tuple[str, str]]:
    """role noun -> (role class, gender 'm'/'f'/'')."""
    return {r.word.lower(): (r.role, r.gender) for r in lexicon("source_roles.csv").itertuples()}


@lru_cache(maxsize=1)
def organisation_nouns() -> dict[str, str]:
    """Nouns that name an organisation (data/source_organisations.csv), the one list for: a word that keeps a
    name from being a person's ('World Health Organization'), the head of an organisation described, not named,
    that speaks for itself ('the union said'), and what a person speaks for ('a spokesman for the utility').
    noun -> the source type the noun alone gives ('company or business' for 'utility'), else ''."""
    return {r.noun.lower(): r.source_type for r in lexicon("source_organisations.csv").itertuples()}


def nouns_pattern(nouns) -> str:
    return "(" + "|".join(re.escape(n) for n in sorted(nouns, key=len, reverse=True)) + ")"


@lru_cache(maxsize=1)
def typed_organisation() -> re.Pattern:
    """'for the utility', 'of a regional airline', 'for Westbrook Medical Center', 'the company's president': a
    description naming what a person speaks for by an organisation noun that gives a type (group 1: the noun)."""
    typed = nouns_pattern(noun for noun, source_type in organisation_nouns().items() if source_type)
    ahead = "(?:" + typed[1:]  # the nouns again, no group
    return re.compile(r"(?:\b(?:for|of|at|with|from) (?:the|a|an|its) (?:[\w-]+ )?(?=" + ahead + r"\b)|"
                      r"\b(?:for|of|at|with|from) (?:the )?(?-i:[A-Z][\w'’.-]*)(?: (?-i:[A-Z][\w'’.-]*)){0,3} (?=" + ahead +
                      r"\b)|\b(?:the|a|an|its) (?:[\w-]+ )?(?=" + ahead + r"['’]s\b))" + typed + r"\b", re.I)


@lru_cache(maxsize=1)
def generic_nouns() -> frozenset[str]:
    """Organisation nouns marked `generic` in data/source_organisations.csv ('agency', 'ministry')."""
    return frozenset(r.noun.lower() for r in lexicon("source_organisations.csv").itertuples() if r.generic == "yes")


@lru_cache(maxsize=1)
def generic_organisation() -> re.Pattern:
    """'for the agency', 'the trust's chief nurse', 'its founder': a description pointing back to an organisation
    named elsewhere in the text, by a noun of data/source_organisations.csv marked `generic` (group 1, or group 2
    for the possessive: the noun)."""
    generic = [r.noun.lower() for r in lexicon("source_organisations.csv").itertuples() if r.generic == "yes"]
    return re.compile(r"\b(?:for|of|at|from|with) the " + nouns_pattern(generic) + r"\b|(?:^|\bthe )" +
                      nouns_pattern(generic) + r"['’]s? |"
                      r"\bits (?:founder|head|chief|leader|director|owner|spokes\w+|representative|commander)\b",
                      re.I)


WESTERN = "Western"
WESTERN_SECURITY = "Western government or intelligence"
GOVERNMENT_TYPE = {"Russian": "Russian government or official", "Ukrainian": "Ukrainian government",
                   WESTERN: WESTERN_SECURITY}
UNKNOWN_GOVERNMENT = "government or official (country unknown)"
# a defence, military or intelligence body: of a Western country, its assessments are the Western bucket's
_SECURITY = re.compile(r"\b(?:intelligence|defen[cs]e|military|army|armed forces|pentagon|navy|air force|"
                       r"general staff|security service)\b", re.I)


def government_type(country: str, *, security: bool = False) -> str:
    """The source type of a government body or official of `country` ('' when the text names none): a Western
    country's defence, military or intelligence body (`security`) is 'Western government or intelligence', its
    other officials (a judge, a central banker, a mayor) are '<Country> government or official'."""
    if not country:
        return UNKNOWN_GOVERNMENT
    if country in GOVERNMENT_TYPE:
        return GOVERNMENT_TYPE[country]
    if security and country in western_countries():
        return WESTERN_SECURITY
    return f"{country} government or official"


def is_government_type(source_type: str) -> bool:
    return source_type in GOVERNMENT_TYPE.values() or source_type.endswith(("government or official",
                                                                            "(country unknown)"))


# ---------------------------------------------------------------- names

# French and German habits of transliterating Russian, read back to the English ones before the key is made
# (not French 'ch' for sh nor 'j' for zh, nor German 'j' for y: English spellings use those letters otherwise)
FOREIGN_TRANSLITERATION = [
    (re.compile(r"tsch|tch"), "ch"),  # Tchaikovsky, Tschaikowski (German 'sch' alone is sh: below)
    (re.compile(r"gu(?=[eiy])"), "g"),  # Evgueni, Sergueï: French 'gu' is the g of Evgeni, Sergei
    (re.compile(r"g(?=[eiy])"), "zh"),  # Prigogine: a soft g is zh (Yevgeny and Evgeny alike become 'evzheni')
    (re.compile(r"ou"), "u"),  # Poutine, Choïgou
    (re.compile(r"(?<=[^aeiouy ])e\b"), ""),  # a silent final e: Prigogine, Poutine
]


@lru_cache(maxsize=8192)
def translit_key(name: str) -> str:
    """A spelling-insensitive key for a transliterated name: 'Yevgeny'/'Ievgeni'/'Evgeniy' -> same key, and so
    French and German transliterations of Russian: 'Prigogine'/'Prigozhin', 'Poutine'/'Putin', 'Evgueni',
    'Tschaikowski'/'Chaikovsky', 'Schoigu'/'Shoigu'."""
    text = unicodedata.normalize("NFKD", name.lower())
    text = "".join(c for c in text if c.isalpha() or c == " ")
    for pattern, replacement in FOREIGN_TRANSLITERATION:
        text = pattern.sub(replacement, text)
    for a, b in (("kh", "h"), ("ts", "c"), ("zh", "j"), ("sch", "sh"), ("ye", "e"), ("ie", "e"), ("yo", "e"),
                 ("y", "i"), ("j", "i"), ("w", "v"), ("ks", "x"), ("ii", "i"), ("iy", "i"), ("ei", "e")):
        text = text.replace(a, b)
    text = re.sub(r"(.)\1+", r"\1", text)
    return " ".join(w.rstrip("i") if len(w) > 4 else w for w in text.split())


GENERATION_SUFFIXES = {"jr", "sr", "ii", "iii", "iv"}


def surname(name: str) -> str:
    """The family name: the last word that is not a generation suffix ('John C. Smith Jr.' -> 'Smith')."""
    words = [w for w in name.split() if w.lower().strip(".,") not in GENERATION_SUFFIXES]
    return words[-1] if words else name


def guess_gender(name: str) -> str:
    """'f', 'm' or '' (unknown) from a name: a title (Mr., Ms.), the first names in data/source_first_names.csv
    that endings get wrong, a Slavic surname ending (-ova/-ov), a first name ending in -a (Anna, Oksana). A
    general heuristic, not a list of people; other names stay unknown, which any pronoun may refer to."""
    words = [w for w in re.split(r"\s+", name.strip()) if w]
    if not words:
        return ""
    title = words[0].lower().rstrip(".")
    if title in ("mr", "sir"):
        return "m"
    if title in ("ms", "mrs", "miss", "madam", "dame"):
        return "f"
    first, last = words[0].lower(), words[-1].lower()
    if first in first_names():
        return first_names()[first]
    if re.search(r"(ova|eva|ina|aya|skaya|tskaya)$", last) and len(last) > 4:
        return "f"
    if re.search(r"(ov|ev|in|sky|skiy|ski|enko|uk|ich)$", last) and len(last) > 4:
        return "m"
    if first.endswith("a") and (len(words) >= 2 or first == last):
        return "f"
    if len(words) >= 2 and not first.endswith(("e", "y", "h", "n")):
        return "m"  # Sergei, Michael, Mark; names ending in e/y/h/n (Alice, Emily, Sarah, Karen) stay unknown
    return ""


def speaks_itself(token: Token) -> bool:
    """The organisation noun is the speaker itself: the verb's subject or the object of "according to" (not "a
    nurse at the hospital" nor "Smith's office")."""
    subject = token.dep_ in ("nsubj", "nsubjpass") or token.dep_ == "pobj" and token.head.lower_ == "to"
    return subject and not any(c.dep_ == "poss" and c.ent_type_ == "PERSON" for c in token.children)


@lru_cache(maxsize=8192)
def clean_name(text: str) -> str:
    """A name or phrase without its article, courtesy title ('Mr', 'Ms.'), possessive and stray punctuation."""
    text = re.sub(r"^(?:the|a|an)\s+", "", text.strip(" ,.;:'\"’‘“”"), flags=re.I)
    text = re.sub(r"^(?:Mr|Ms|Mrs|Miss|Dr|Prof)\.?\s+(?=[A-Z])", "", text)
    text = re.sub(r"^(?:(?:Datuk|Dato['’]?|Datin|Tan Sri|Puan Sri|Tun|Toh Puan|Alhaji|Alhaja)\s+(?:Seri\s+)?)+"
                  r"(?=[A-Z])", "", text)  # honorifics of Malaysia and Nigeria: 'Datuk Lim Kah Wen
    text = re.sub(r"(?:'s|’s)$", "", text)
    return re.sub(r"\s+", " ", text).strip()


def institution(name: str, *, context: str = "", default_country: str = "") -> tuple[str, str] | None:
    """(canonical, source_type) for a name in the variant table; a ministry gets its country ('Russian Defense
    Ministry') from an adjective in the name or its context, else `default_country`, else none (country
    unknown)."""
    clean = clean_name(name)
    words = clean.split()
    for cut in range(min(len(words), 4)):
        if {w.lower() for w in words[:cut]} & {"of", "for", "at", "from", "with", "to", "by", "in", "close"}:
            break  # "representative of Russia Behind Bars" is a person, not the group
        if cut and _first_name_like(words[cut - 1]) and not any(
                " ".join(words[i:i + 2]).lower() in country_cues() for i in (cut - 2, cut - 1) if i >= 0):
            break  # "Carl Wagner" is a person, not the Wagner group (but "Sri Lankan Ministry of Defense" is a ministry)
        candidate = " ".join(words[cut:]).lower()
        if candidate in acronyms() and not words[-1].isupper():
            continue  # "who" is no WHO
        if candidate in variant_table():
            canonical, source_type, by_country = variant_table()[candidate]
            if not by_country:
                return canonical, source_type
            qualifiers = " ".join(words[:cut]) + " " + context
            country = country_in(qualifiers) or default_country
            prefix = f"{country} " if country else ""
            return f"{prefix}{canonical}", government_type(country, security=bool(_SECURITY.search(canonical)))
    return None


def _first_name_like(word: str) -> bool:
    """A capitalised word before a name that could be a first name: no country ('Russian'), possessive
    ('Moscow's'), title or organisation word, no abbreviation ('U.S.')."""
    low = word.lower().rstrip(".")
    return word[:1].isupper() and word.isalpha() and low not in country_cues() and low not in TITLES and \
        low not in organisation_nouns() and not word.isupper()


def country_in(text: str) -> str:
    """The country ('U.S.', 'Mexican'; 'Western' for "NATO", "the West") first named in a text by the cues of
    data/source_countries.csv."""
    found = country_mentions(text)
    return found[0][1] if found else ""


@lru_cache(maxsize=1)
def _country_pattern() -> re.Pattern:
    cues = sorted(country_cues(), key=len, reverse=True)
    # not inside a compound place name ('Maine-et-Loire' is in France, 'Stratford-upon-Avon' names no Avon)
    return re.compile(r"(?<![\w.])(?:" + "|".join(re.escape(c) for c in cues) + r")(?![\w])(?!-[a-z]+-)", re.I)


@lru_cache(maxsize=1)
def _outlets_with_places() -> re.Pattern:
    """The names of outlets (data/outlets.csv) that hold a country cue ('The New York Times', 'Kyiv Independent')."""
    named = sorted((a for a in outlet_aliases() if _country_pattern().search(a)), key=len, reverse=True)
    return re.compile(r"\b(?:" + "|".join(re.escape(a) for a in named) + r")\b" if named else r"(?!)", re.I)


_NEW_PLACE = re.compile(r"\bNew $")  # 'New Bern', 'New London': a town named after another place


_WATERS = re.compile(r" (?:Ocean|Sea|Gulf)\b")
_GULF_OF = re.compile(r"\bGulf of $")
# 'west' as a compass point: after another point ('north west of Harwick', 'south-west'), before 'of' ('west of the
# city', 'the west of England') or before a place ('West Yorkshire', 'western Ukraine'): no bloc
_COMPASS_BEFORE = re.compile(r"\b(?:north|south|mid|far|due)[\s-]$", re.I)
_NEXT_WORD = re.compile(r"\s+([\w.'’-]+)")


def _compass_point(text: str, match: re.Match) -> bool:
    """A 'west' or 'western' written as a compass point, which names no bloc (see `_COMPASS_BEFORE`)."""
    word = match.group(0).lower()
    if word not in ("west", "western"):
        return False
    if _COMPASS_BEFORE.search(text[max(0, match.start() - 6):match.start()]):
        return True
    after = _NEXT_WORD.match(text, match.end())
    if not after:
        return False
    following = after.group(1)
    place = country_cues().get(following.lower().strip("."), "")
    return following.lower() == "of" or word == "west" and following[:1].isupper() and place != WESTERN or \
        place not in ("", WESTERN)  # 'west of Harwick', 'West Yorkshire', 'western Ukraine'; not 'Western European'


# country cues that are common words when written in lower case ('guinea pigs', 'a turkey', 'fine china', 'to polish',
# 'the commons', 'lords'): those name no country; a country's name and adjective, and a parliament's short name
# ('the Commons', 'the Lords'), are written with their capital
COMMON_NOUN_COUNTRIES = frozenset({"guinea", "turkey", "china", "polish", "the commons", "the lords"})


def country_mentions(text: str) -> list[tuple[int, str]]:
    """(offset, country) of every country cue in a text; short upper-case cues ('US', 'UK') only as written in
    capitals, so the pronoun 'us' names no country, and none in an outlet's name ('The New York Times')."""
    found = []
    matches = [m for m in _country_pattern().finditer(text) if m.group(0) not in COMMON_NOUN_COUNTRIES]
    outlets = [m.span() for m in _outlets_with_places().finditer(text)] if matches else []
    for match in matches:
        word = match.group(0)
        if (len(word.strip(".")) <= 2 or lookup_key(word) in capitals_only_cues()) and not word.isupper() or \
                any(start <= match.start() < end for start, end in outlets) or \
                _NEW_PLACE.search(text[max(0, match.start() - 4):match.start()]) and \
                word[:4].lower() != country_cues()[lookup_key(word)][:4].lower() or \
                _WATERS.match(text, match.end()) or _GULF_OF.search(text[max(0, match.start() - 8):match.start()]) or \
                _compass_point(text, match):
            continue  # ... nor a town named after a capital or a city ('New Bern', 'New London'; 'New Zealand' and
            # 'New Mexico' are cues themselves, and 'New China' still names China), nor a sea ('the Indian Ocean
            # islands', 'the South China Sea', 'the Gulf of Mexico'), nor a compass point ('north west of Harwick')
        found.append((match.start(), country_cues()[lookup_key(word)]))
    return sorted(found)


_NAME_OF = re.compile(r"\b[A-Z][a-z]+ of (?:the )?$")  # "the Reserve Bank of India": a country in a name, no place
_PLACE_BEFORE = re.compile(r"\b(?:in|into|to|across|inside|throughout|over|of|from)\s+(?:the\s+)?$", re.I)


_THE_COUNTRYS = re.compile(r"\b(?:the|that|this) (?:country|nation)['’]s\s*$", re.I)


def named_not_as_place(text: str, country: str) -> bool:
    """The text names `country` at least once not as a place ('the Kremlin pardoned him', not only 'the war in Ukraine')."""
    return any(found == country and not _PLACE_BEFORE.search(text[max(0, offset - 12):offset])
               for offset, found in country_mentions(text))


def country_referred_to(body: str, offset: int) -> str:
    """The country 'the country's' right before `offset` points back to ('... the South African authorities logged
    40 reports ... The country's Foreign Ministry said'): the latest country the text names before, not as a place
    ('sons who travelled to Russia' names none); '' when no such phrase is there or no country is named."""
    if not _THE_COUNTRYS.search(body[max(0, offset - 20):offset]):
        return ""
    named = [country for at, country in country_mentions(body[:offset])
             if country != WESTERN and not _PLACE_BEFORE.search(body[max(0, at - 12):at])]
    return named[-1] if named else ""




_ADJECTIVE_BEFORE_NAME = re.compile(r"([A-Z][\w-]+) (?:[A-Z][\w'’-]+ )*(?:Office|Ministry|Commission|Department|Agency|Police|"
                                    r"Government|Parliament|Army|Navy|Court|Council|Service|Authority|Bureau)\b")


def _institution_adjective(text: str, offset: int) -> bool:
    """A country's adjective that begins an institution's name ('the ambit of the Fijian Elections Office'): the
    state's own institution, no place, even after 'of' or 'in'."""
    found = _ADJECTIVE_BEFORE_NAME.match(text, offset)
    return bool(found) and country_cues().get(found.group(1).lower(), "").lower() == found.group(1).lower()


# a country in "Paris-based", "Toronto-based": where an organisation is based, not where the story is
_BASED = re.compile(r"[\w.'’]+-based\b")


def article_country(text: str) -> tuple[str, str]:
    """(country, reason) the text is about, when one country's cues clearly outnumber every other's (at least
    three mentions and twice the next, a place after 'in', 'to', 'of'... not counted: the war "in Ukraine" is
    not Ukraine speaking), or when it is the only country the text names, at least once not as a place ('the
    Reserve Bank of India', 'the Northern Ireland Office'; not 'across Russia' alone; 'Western' names none), or
    when every mention not of a place names it inside an institution's name ('the Reserve Bank of Australia',
    other countries only as places: 'travels to the US'); ('', reason) otherwise. Used for an institution or official
    the text does not qualify ("the Defense Ministry", "an official")."""
    mentions = [(offset, country) for offset, country in country_mentions(text) if not _BASED.match(text, offset)]
    counts = Counter(country for offset, country in mentions
                     if not _PLACE_BEFORE.search(text[max(0, offset - 12):offset]) or _institution_adjective(text, offset))
    named = {country for _, country in mentions if country != WESTERN}
    own = [country for offset, country in mentions if country != WESTERN and (
        not _PLACE_BEFORE.search(text[max(0, offset - 12):offset]) or _NAME_OF.search(text[max(0, offset - 40):offset])
        or _institution_adjective(text, offset))]
    if len(named) == 1 and own:
        return own[0], f"{own[0]}: the only country the text names ({len(own)} mentions not of a place)"
    in_names = {country for offset, country in mentions if _NAME_OF.search(text[max(0, offset - 40):offset])}
    if len(set(own)) == 1 and set(own) == in_names:
        # 'the Reserve Bank of Australia ... travels to the US': the state whose institution the text names
        return own[0], f"{own[0]}: its institution is named ({len(own)} mentions), other countries only as places"
    if not counts:
        return "", "the text names no country"
    ranked = counts.most_common()
    best, n = ranked[0]
    runner = ranked[1][1] if len(ranked) > 1 else 0
    if n >= 3 and n >= 2 * runner:
        return best, f"{best}: {n} mentions, next {runner}"
    return "", "no country dominates the text (" + ", ".join(f"{c} {k}" for c, k in ranked[:3]) + ")"


PMC = "private military company"
INTERNATIONAL = "international organisation"
ANALYST = "analyst or expert"
MEDICAL = "hospital or medical"
SPORTS = "sports club, coach or athlete"
COMPANY = "company or business"
OPPOSITION = "opposition politician or party"
RIGHTS_GROUP = "human-rights or legal-aid group"
# a word that makes a description an organisation's ("a prisoner advocacy organization"), not a person's ("a lawyer")
ORGANISATION_WORD = re.compile(r"\b(?:organi[sz]ations?|groups?|charity|charities|ngos?|foundations?|associations?|"
                                r"societ(?:y|ies)|networks?|coalitions?|projects?)\b", re.I)
PARTY = "party"  # a cue of data/source_cues.csv: a party's leader or the party, opposition unless it governs
NO_TYPE = "none"  # a cue of data/source_cues.csv that gives no type, only hides a shorter cue inside it
GENERIC_OFFICIALS = {"spokesman", "spokeswoman", "spokesperson", "official", "deputy"}  # a party's as much as a state's
STATE_MEDICAL = "medical officer of state"  # a cue: a country's chief medical officer governs; a facility's is medical
PRIORITY = [PMC, INTERNATIONAL, "analyst or expert", "human-rights or legal-aid group",
            "media outlet", "document or leaked correspondence", OPPOSITION, WESTERN_SECURITY,
            "Ukrainian government", "Russian government or official"]
AFTER_GOVERNMENTS = [UNKNOWN_GOVERNMENT, MEDICAL, SPORTS, COMPANY]


def type_rank(source_type: str) -> int:
    """Position in PRIORITY; another country's government comes after the listed ones, then an unknown country's,
    then a hospital, a sports club and a company."""
    if source_type in PRIORITY:
        return PRIORITY.index(source_type)
    if source_type in AFTER_GOVERNMENTS:
        return len(PRIORITY) + 1 + AFTER_GOVERNMENTS.index(source_type)
    return len(PRIORITY)


# the capitalised name written right before an office ("Dover Fire Chief", "Sanliurfa Governor", "Fresno City
# Manager"): the place the office is bound to
_NAME_BEFORE = re.compile(r"((?:[A-Z][a-z'’-]+ ){1,2})(?:(?:City|Town|County|Fire|Police|Regional|Provincial|State) )?$")


def _office_place(text: str, offset: int) -> str:
    """The country of the town or province named right before an office at `offset` of `text` ('Dover Fire Chief':
    U.S.; 'Sanliurfa Governor': Turkish), by the gazetteer; '' when no place the gazetteer knows stands there, or
    one whose name is also a role, a title or an organisation's noun."""
    from .gazetteer import place_country
    found = _NAME_BEFORE.search(text[:max(0, offset)])
    if not found:
        return ""
    name = found.group(1).strip()
    words = name.lower().split()
    if any(w in cue_words() or w in organisation_nouns() or w.rstrip(".") in TITLES or w in roles() for w in words):
        return ""
    return place_country(name)


# government cues of offices bound to a place: with no country in their description they take the setting's
TERRITORIAL_CUES = {"mayor", "premier", "judge", "court", "bench", "prosecutor", "police", "sheriff", "governor", "councillor",
                    "council member", "municipal", "city hall", "district attorney", "state attorney",
                    "state's attorney", "public prosecutor", "fire department", "fire service", "fire and rescue", "fire chief", "fire marshal",
                    "fire commissioner", "fire captain", "fire lieutenant", "battalion chief", "fire inspector",
                    "fire investigator", "emergency services", "emergency management", "emergency operations",
                    "health department", "health district", "board of health", "public health unit",
                    "civil protection", "civil defence", "civil defense", "detective", "superintendent",
                    "lord justice", "lady justice", "mr justice", "mrs justice", "chief justice",
                    "supreme court justice", "master of the rolls", "council speaker", "councilor", "councilman",
                    "councilwoman", "councilmember", "alderman", "alderwoman", "assemblyman", "assemblywoman",
                    "assemblymember", "assembly member", "city staff", "town staff", "county staff", "city employee",
                    "city official", "town official", "county official", "county office", "county department", "county executive", "corporation counsel",
                    "city solicitor", "borough solicitor", "district council", "parish council", "shire council",
                    "community council", "school district", "school board", "board of education", "public schools",
                    "school system", "responder", "firefighter", "incident commander",
                    "coroner", "medical examiner", "trooper", "gov.",
                    # a police rank: of the force where the story is set ("Det. Ana Ruiz told ..."); not a rank an
                    # army shares ("Sgt.", "Cpl."), whose soldier may be a foreign one on trial there
                    "det.", "patrolman", "patrolwoman", "patrol officer",
                    # a region's, a province's, a district's or a town's own government and administration
                    "regional government", "provincial government", "regional administration",
                    "provincial administration", "district administration", "local government", "local authority",
                    "local authorities", "county government", "city government", "municipal government",
                    "state government",
                    *(f"{place} {office}" for place in ("city", "town", "county", "village", "borough")
                      for office in ("manager", "administrator", "clerk", "attorney", "engineer", "commissioner",
                                     "supervisor", "council"))}
# the last words of a company's name
_COMPANY_WORDS = (r"Asset Management|Capital|Securities|Partners|Bank|Holdings|Inc|Ltd|LLC|plc|PLC|Stockbrokers|"
                  r"Brokers|Brothers|Investments|Advisors|Advisers|Corp|Corporation|GmbH|AG|Foods|Motors|Industries|"
                  r"Technologies|Pharmaceuticals|Enterprises|Airways|Airlines|Energy|Logistics|Telecom|Mining|"
                  r"Petroleum")
# a role of an organisation named with a company word ("founder of Maple Row Capital", "chairman at Tarn Holdings Inc")
_COMPANY_NAMED = re.compile(r"\b(?:of|at) (?:the )?(?:[A-Z][\w&'’.-]* ){1,4}(?:Group|" + _COMPANY_WORDS + r")\b")
_STATE_BANK = re.compile(r"\b(?:Central|Reserve|National|Federal|World|State|People's|Development) Bank\b")  # no company
# a name that ends in a company word is a company's, not a person's ("Macquarie Capital downgraded ...", "Davy
# Stockbrokers", "Lehman Brothers"; no 'Group': "the Moscow Helsinki Group" is none)
_COMPANY_NAME = re.compile(r"^(?:[A-Z][\w&'’.-]* ){1,4}(?:" + _COMPANY_WORDS + r")\.?$")


_FIRM_NAME = re.compile(r"^(?:[A-Z][\w'’.-]*,? ){1,3}& (?:[A-Z][\w'’.-]*\s?){1,3}$")  # 'Harlow & Finch', 'Lee, Park & Co'


def company_name(name: str) -> bool:
    """A name that ends in a company word (`_COMPANY_NAME`) or joins names with an ampersand as firms do
    (`_FIRM_NAME`), not a state's bank nor an institution of the variant table."""
    firm = _FIRM_NAME.match(name) and not any(w.lower() in organisation_nouns() for w in name.split())
    return bool(_COMPANY_NAME.match(name) or firm) and not _STATE_BANK.search(name) and institution(name) is None


_FORMER = re.compile(r"\b(?:former|ex-|then-|retired|ousted|disgraced|late)\s*(?:[\w.'’-]+\s+){0,3}$|"
                     r"\bwho (?:had )?(?:once|formerly|previously|used to)\b[^,;]*$", re.I)  # 'who once drove for
# Governor X': a past role, or another person's title
FORMER_REACH = 300  # characters before a cue searched for _FORMER (its word and three words): searching all the text
# before each cue made a long page quadratic


BODY_ONLY_CUES = {"bench"}  # cues that type a body speaking ('the bench said'), never a person's description
# a capitalised name that stands for a state's government ('the Centre' in India), of the country the text names
GOVERNMENT_METONYMS = {"Centre", "Center"}


def government_metonym(name: str, body: str) -> bool:
    """'the Centre has contended': a name of GOVERNMENT_METONYMS, in a text that names no organisation holding
    the word ('the Westbury Centre', 'the Centre for Housing Studies', whose short name it would be)."""
    word = re.escape(name)
    return name in GOVERNMENT_METONYMS and not re.search(
        r"\b(?!The\b)[A-Z][\w'’-]* " + word + r"\b|\b" + word + r" (?:for|of|on) [A-Z]", body)
# offices that govern only when written as a title ('the Treasurer', 'Treasurer Ann Lowe'), not 'club treasurer'
CAPITALISED_OFFICES = re.compile(r"\b(?:Treasurer|Comptroller)\b")


def capitalised_offices(text: str) -> list[tuple[int, int, str]]:
    """(start, end, 'government') of the offices of CAPITALISED_OFFICES written with a capital in `text`, not
    after an organisation's noun ('Club Treasurer', 'the party's Treasurer')."""
    found = []
    for match in CAPITALISED_OFFICES.finditer(text):
        before = text[:match.start()].split()[-1:]
        if before and re.sub(r"['’]s?$", "", before[0]).lower() in organisation_nouns():
            continue
        found.append((match.start(), match.end(), "government"))
    return found


def cue_matches(low: str) -> list[tuple[int, int, str]]:
    """(start, end, type) of the cue words of data/source_cues.csv in a lower-cased text; a cue inside a longer
    one that matched is dropped ('attorney' in 'U.S. attorney', 'human rights' in 'human rights council'), and a
    government or company role held no longer ('former mayor', 'ex-minister', 'former chief executive') is no
    voice of the government or the company."""
    found = []
    for cue, pattern, source_type in _cue_patterns():
        if cue not in low:
            continue
        for match in pattern.finditer(low):
            if source_type in ("government", COMPANY) and _FORMER.search(low, max(0, match.start() - FORMER_REACH),
                                                                         match.start()):  # no copy of the text before
                continue
            found.append((match.start(), match.end(), source_type))
    return [m for m in found if not any(o[0] <= m[0] and m[1] <= o[1] and (o[1] - o[0]) > (m[1] - m[0])
                                        for o in found)]


@lru_cache(maxsize=1)
def _variant_patterns() -> list[tuple[str, str, re.Pattern | None, bool, re.Pattern]]:
    """For each variant of the variant table: the variant, in capitals, the pattern of an acronym written in
    capitals (None for no acronym), whether it names the institution in any case (several words, an
    abbreviation, a describing word) and its pattern as a whole word."""
    return [(variant, variant.upper(), re.compile(r"(?<![\w.])" + re.escape(variant.upper()) + r"(?![\w])")
             if variant in acronyms() else None,
             len(variant.split()) >= 2 or "." in variant or variant in describing_words(),
             re.compile(r"(?<!\w)" + re.escape(variant) + r"(?!\w)")) for variant in variant_table()]


def affiliations(text: str, *, default_country: str) -> set[str]:
    """Types of the well-known institutions (variant table) named in a text, e.g. a person's description."""
    low = f" {text.lower()} "
    found = set()
    for variant, capitals, acronym, anywhere, pattern in _variant_patterns():
        if acronym is not None and capitals in text and acronym.search(text) or \
                anywhere and variant in low and pattern.search(low):
            known = institution(variant.upper() if variant in acronyms() else variant, context=text,
                                default_country=default_country)
            if known:
                found.add(known[1])
    return found


# what a president presides: "president of the Lenz Rowing Club", "president & CEO", "Silgan president"
_PRESIDES = re.compile(r"\bpresident\s*(?:&|and)\s*(?:ceo|chief executive)\b|\bpresident\s+of\s+(?:the\s+)?"
                       r"(?P<of>(?-i:[A-Z][\w&'’.-]*)(?:\s+(?-i:[A-Z][\w&'’.-]*|of|and|&)){0,5})", re.I)


def _presides_no_state(text: str) -> bool:
    """A president's description names what they preside and it is no state: a company's or a club's president
    ("president & CEO", "president of Silgan", "president of the Lenz Rowing Club"); not "President of Russia", "the
    president of the European Commission" (an institution of the variant table types them) or a state's body."""
    match = _PRESIDES.search(text)
    return bool(match) and not _of_state(match.group("of"))


def _of_state(of: str | None) -> bool:
    """What a president presides, as `_PRESIDES` reads it, is a state or a state's body ('Russia', 'the Supreme
    Court', 'the European Commission')."""
    return bool(of) and bool(country_in(of) or affiliations(of, default_country="") or re.search(
        r"\b(?:Republic|State|States|Federation|Council|Commission|Assembly|Parliament|Senate|Court|Government)\b", of))


_VICE = re.compile(r"\bvice\s*[-\u2010\u2011\u2013]\s*(?=[a-z])", re.I)  # "vice-president", "vice - chairman"


# a national or federal body of a state, by its name ("the National Weather Service", "the U.S. National Security
# Council", "the Federal Aviation Administration", "the U.S. Census Bureau"; not "the National Council for Voluntary
# Organisations", "the National Rifle Association", "the American Farm Bureau Federation")
# ... an office's noun may take what it is of ("the Federal Bureau of Prisons", "the National Bureau of Statistics"; not
# a council's or an association's: "the National Council of Churches")
_STATE_BODY = re.compile(r"\b(?P<first>[A-Z][\w.]*) (?:(?:[A-Z][\w-]*|and) ){0,4}(?:(?:Service|Agency|Bureau|"
                         r"Administration|Directorate) of (?:the )?[A-Z][\w-]*|(?:Service|Agency|Bureau|"
                         r"Administration|Council|Commission|Authority|Board|Directorate|Guard|Survey)\b"
                         r"(?! (?:of|for|on)\b))(?! (?!The\b)[A-Z])")


def _state_body(text: str) -> re.Match | None:
    """The first name in `text` of a national, federal or state body, or of one a country's name or adjective opens
    ('the U.S. Census Bureau', 'the Australian Maritime Safety Authority', 'the State Emergency Service'; see
    `_STATE_BODY`)."""
    for match in _STATE_BODY.finditer(text):
        first = match.group("first")
        if first in ("National", "Federal", "State") or country_cues().get(first.lower()) not in (None, WESTERN):
            return match
    return None
_WORKS_AT = re.compile(r"\b(?:with|at|of|for|from|in) (?:the )?(?:[A-Z][\w.]* )?$")  # a person's role at the body


_DOTTED_ACRONYM = re.compile(r"(?<![\w.])(?:[A-Z]\.){2,3}(?!\w)")  # 'U.N.', 'E.U.', 'U.S.'


# a place that speaks is its local government: "the city", "the county of Lenz" (not "Gaza City", a place's name)
MUNICIPAL_NOUNS = ("city", "town", "county", "village", "municipality", "borough")  # places whose government speaks
_LOCAL_GOVERNMENT = re.compile(r"(?:the\s+)?(?:" + "|".join(MUNICIPAL_NOUNS) + r")"
                               r"(?P<of>\s+of\s+[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)*)?", re.IGNORECASE)


# judicial offices: they sit where their court does, which the text may name ('a Vilnius court', a dateline) apart from
# the country it is about
JUDICIAL_CUES = {"judge", "court", "bench", "prosecutor", "public prosecutor", "lord justice", "lady justice",
                 "mr justice", "mrs justice", "chief justice", "supreme court justice"}
_COURT_SEAT = re.compile(r"\b(?:(?P<before>[A-Z][\w'’-]+(?: [A-Z][\w'’-]+)?)(?:['’]s?)? (?:(?:[a-z-]+|[A-Z][a-z]+) ){0,2}"
                         r"[Cc]ourt|[Cc]ourt (?:in|of) (?P<after>[A-Z][\w'’-]+(?: [A-Z][\w'’-]+)?))\b")


@lru_cache(maxsize=64)
def court_seat(body: str) -> str:
    """The country of the courts a text names by their place ('A Vilnius court on Friday ...', 'the court in
    Lenzburg'), when they are of one country, else of its dateline's place ('KYIV, Ukraine (AP) —'); '' when neither
    says."""
    named = {country_in(m.group("before") or m.group("after")) for m in _COURT_SEAT.finditer(body)} - {"", WESTERN}
    if len(named) == 1:
        return named.pop()
    return "" if named else dateline_country(body)[0]


# who serves in a private army without speaking for it, and who speaks for it
_RANK_AND_FILE = re.compile(r"\b(?:fighters?|mercenar(?:y|ies)|militants?|recruits?|convicts?|prisoners?|inmates?|"
                            r"soldiers?|veterans?|gunm[ae]n|volunteers?|assault troopers?|stormtroopers?)\b"
                            r"(?! (?:military|group|company|army|force|outfit|firm|organi[sz]ation|unit)\b)")
_SPEAKS_FOR_FORCE = re.compile(r"\b(?:founder|co-founder|founding|head|chief|leader|owner|boss|commander|spokes(?:man|woman|"
                               r"person)|press|financier|manager|director|chairman|ceo|representative|official)\b")


def rank_and_file(text: str) -> bool:
    """Fighters, mercenaries, recruits, convicts ... whom nothing makes a force's founder, head or spokesman ("two
    captured Wagner mercenaries"): they speak for themselves, not for their company."""
    low = text.lower()
    return bool(_RANK_AND_FILE.search(low)) and not _SPEAKS_FOR_FORCE.search(low)


# the head of a local unit of government, named or not ('head of the Lenivka rural settlement', 'head of the district')
LOCAL_HEAD = re.compile(r"\b(?i:head|chief|leader)\s+of\s+(?:the\s+)?(?:[A-Z][\w'’-]*\s+){0,3}"
                         r"(?i:rural settlement|urban settlement|settlement|village|municipality|district|raion|"
                         r"commune|township|oblast|region|province)(?=\s*$|[,.;:)]|\s(?:of|in|near|administration)\b)")


def classify(text: str, *, is_person: bool, default_country: str = "", setting: str = "", court: str = "") -> str:
    """Source type from a name plus its descriptions: named institutions first, then the cue lexicon; the
    first type in PRIORITY order wins (a 'military analyst' is an analyst, a lawyer of a rights group a
    rights group). A government role takes the country its text names, else for a judicial office (JUDICIAL_CUES)
    the `court` country, else `default_country`, else for an office bound to a place (TERRITORIAL_CUES) the
    `setting` country. A dotted acronym is read without its dots
    ('U.N. Office' as 'UN Office', 'E.U. official')."""
    if not is_person and (place := _LOCAL_GOVERNMENT.fullmatch(text.strip())):  # "the city said": its government
        return government_type(country_in(place.group("of") or "") or setting or default_country)
    text = _VICE.sub("vice ", text)  # "senior vice-president": the cue "senior vice president", no head of state
    text = _DOTTED_ACRONYM.sub(lambda m: m.group(0).replace(".", ""), text)
    low = f" {text.lower()} "
    if not is_person and canonical_outlet(clean_name(text)) in outlet_names():
        return "media outlet"
    found = affiliations(text, default_country=default_country)
    named = set(found)  # the institutions the text names: a researcher at a rights group speaks for it (not a
    # state's: "a researcher at the Kremlin-backed think tank" is an analyst)
    # a role at a named government body ("State Department spokesman") is of that body's country, not the article's
    body = min((t for t in found if is_government_type(t)), key=type_rank, default="")
    party, governs = False, bool(body)
    titles = [(start + 1, end + 1, kind) for start, end, kind in capitalised_offices(text)]  # offsets in `low`
    for start, end, source_type in cue_matches(low) + titles:
        if is_person and low[start:end] in BODY_ONLY_CUES:
            continue  # "a striker who came off the bench" holds no seat on a court's bench
        if low[start:end].strip() == "president" and _presides_no_state(text):
            continue  # "president of Silgan", "president of the Lenz Rowing Club", "president & CEO": no head of state
        if low[start:end].endswith(" manager") and text[max(0, start - 1):end - 1].endswith(" manager") and \
                re.search(r"[A-Z][\w'’.-]*\s+$", text[:max(0, start - 1)]):
            continue  # "Harbour City manager", "Derby County manager": a team's, no city's manager
        if low[start:end].strip() == "vice president of" and (match := _PRESIDES.search(text)) and \
                _of_state(match.group("of")):
            source_type = "government"  # "Vice-President of Ghana", of the United States: a state's, no company's
        if source_type in ("government", STATE_MEDICAL) and low[start:end] not in GENERIC_OFFICIALS:
            governs = True  # a minister, an MP; not a spokesman, whom a party has as much as a state
        if source_type == STATE_MEDICAL:  # "England's chief medical officer": the state's; a facility's: medical
            source_type = government_type(country_in(text)) if country_in(text) else MEDICAL
        if source_type == "government" and body and not country_in(text):
            source_type = body
        elif source_type == "government":
            local = (_office_place(text, start - 1) or setting) if low[start:end] in TERRITORIAL_CUES else ""
            seat = court if low[start:end].strip() in JUDICIAL_CUES else ""  # 'judge X' of a Vilnius court in a story
            source_type = government_type(country_in(text) or seat or local or default_country,  # about Russia
                                          security=bool(_SECURITY.search(low[start:end])))
        elif source_type == WESTERN_SECURITY:  # "intelligence": of the country named, else the article's
            source_type = government_type(country_in(text) or default_country, security=True)
        elif source_type == PARTY:
            party = True
            continue
        elif source_type == NO_TYPE:
            continue  # "media department head": a role that masks the shorter cue ('media') and gives no type
        found.add(source_type)
    if is_person:
        found.discard("document or leaked correspondence")
    if (company := _COMPANY_NAMED.search(text)) and not _STATE_BANK.search(company.group(0)) and \
            not affiliations(company.group(0), default_country=""):
        # "president of Keswick Asset Management in Toronto": the company's president, no government's
        found = {t for t in found if not is_government_type(t)} | {COMPANY}
    if party and not governs:  # "Labor leader Anthony Albanese", "Labour's health spokesman"
        found = {t for t in found if not is_government_type(t)} | {OPPOSITION}  # "... and prime minister" governs
    if is_person and ANALYST in found and any(t != ANALYST and not is_government_type(t) for t in named):
        found.discard(ANALYST)  # "senior researcher at Human Rights Watch": the institution's, not a profession's
    if is_person and PMC in found and _RANK_AND_FILE.search(low) and not _SPEAKS_FOR_FORCE.search(low):
        found.discard(PMC)  # "Viktor, a convicted murderer and Wagner mercenary": his own voice, not the company's
    if is_person and not found and LOCAL_HEAD.search(text):
        # "the head of the Lenivka rural settlement", "chief of Marsa village": a local administration's head
        return government_type(country_in(text) or setting or default_country)
    if not found and (body := _state_body(text)) and not _FORMER.search(low[:body.start() + 1]) and \
            (not is_person or _WORKS_AT.search(text[:body.start()])):
        # "the National Weather Service said", "an adviser at the U.S. National Security Council": a state's
        return government_type(country_in(text) or default_country or setting)
    if found:
        return min(found, key=type_rank)
    if not is_person and country_in(text) and len(text.split()) <= 2 and "-based" not in text:
        return government_type(country_in(text))  # "Ukraine says", "Moscow denies"; not "Denver-based Lenzco"
    return ""


# the last word of a company's name, written with its capital ('Thornbury Capital', 'Lisle Securities Inc')
# ... and the sectors a company's name may end in, which a state's body may end in too after 'of' ('Lenz Energy',
# not 'the Department of Energy')
SECTOR_NAME_ENDS = {"Airlines", "Energy", "Logistics", "Telecom", "Mining", "Petroleum", "Copper", "Gold", "Steel",
                    "Cement", "Coal", "Minerals", "Metals"}
COMPANY_NAME_ENDS = {"Capital", "Securities", "Partners", "Holdings", "Investments", "Ventures", "Advisors",
                     "Advisers", "Inc", "Ltd", "LLC", "plc", "PLC", "Corp"} | SECTOR_NAME_ENDS


def name_noun_type(name: str) -> str:
    """The type an organisation's own name gives by the last organisation noun of data/source_organisations.csv
    in it that has a type ('North East Ambulance Service': hospital or medical; 'Peloton Corporation': company),
    or by a company's last word ('Thornbury Capital'); '' when none."""
    if name.split() and name.split()[-1].rstrip(".") in COMPANY_NAME_ENDS and len(name.split()) > 1 and \
            (name.split()[-1] not in SECTOR_NAME_ENDS or all(w[:1].isupper() for w in name.split())):
        return COMPANY  # 'Thornbury Capital', 'Lenz Energy'; not 'Department of Energy'
    found = [(m.start(), organisation_nouns()[lookup_key(m.group(1))]) for m in _typed_noun().finditer(name)]
    return max(found)[1] if found else ""


def by_own_noun(name: str, found: str) -> str:
    """An organisation's type given its name and the type `found` by the variant table and the cue lexicon: the
    type of its own organisation noun ('North East Ambulance Service': hospital or medical) outranks a cue that
    is itself an organisation noun ('Calder University Hospitals Trust' is a hospital, not a university), not a
    cue that qualifies the noun ('a private military company', 'Orbis Television Company') nor an institution named
    in it ('a Kremlin-backed company')."""
    own = name_noun_type(name)
    if not own or not found:
        return own or found
    low = f" {name.lower()} "
    qualifiers = [low[start:end] for start, end, kind in cue_matches(low) if kind not in (own, "government")]
    nouns_only = all(q in organisation_nouns() for q in qualifiers) and \
        not affiliations(name, default_country="") - {own}  # 'Goldmere NHS Foundation Trust': the NHS is medical too
    return own if nouns_only else min(own, found, key=type_rank)


@lru_cache(maxsize=1)
def _typed_noun() -> re.Pattern:
    typed = [noun for noun, source_type in organisation_nouns().items() if source_type]
    return re.compile(r"\b" + nouns_pattern(typed) + r"\b", re.I)


ACRONYM_SMALL_WORDS = {"of", "for", "and", "on", "the"}  # words an acronym skips: 'Chief Justice of India' (CJI)
_CAPITALISED_RUN = re.compile(r"[A-Z][\w.'’-]*(?:\s+(?:(?:of|for|and|on|the)\s+)*[A-Z][\w.'’-]*)+")


def spelt_out(name: str, body: str, *, defined_only: bool = False) -> str:
    """The full name an acronym stands for where the text defines it ('the U.S. Consumer Product Safety
    Commission (CPSC)' for 'CPSC', 'the British Ministry of Defence (MoD)' for 'MoD'), else (unless
    `defined_only`) a run of capitalised words the text writes whose initials spell an acronym in capitals ('Chief
    Justice of India' for 'CJI'); '' for any other name or when the text spells it out nowhere."""
    if not (name.isalpha() and 2 <= len(name) <= 8 and name[0].isupper() and sum(c.isupper() for c in name) >= 2):
        return ""
    found = re.search(r"((?:[A-Z][\w.'-]*\s+(?:(?:of|for|and|on|the)\s+)*){1,8})\(" + re.escape(name) + r"\)", body)
    if found or defined_only or not name.isupper():
        return found.group(1).strip() if found else ""
    for run in _CAPITALISED_RUN.finditer(body):
        words = run.group(0).split()
        for first in range(len(words)):
            initials, last = "", first
            for last in range(first, len(words)):
                if words[last] not in ACRONYM_SMALL_WORDS:
                    initials += words[last][0]
                if not name.startswith(initials):
                    break
                if initials == name and words[last] not in ACRONYM_SMALL_WORDS and last > first:
                    return " ".join(words[first:last + 1])
    return ""

