"""Article metadata: language, outlet and original outlet, and whether an article is a machine translation.

In: an `Article` whose body is built (and, for translations, the relations between articles). Out: fields in
`article.meta`, each a `Field(value, provenance, evidence)`: `given` when the file or the manifest states it,
`inferred` with the sentences that led to it, `unknown` with the reason.
"""

from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache
from importlib import resources
from itertools import combinations
from typing import TYPE_CHECKING

import pandas as pd
from langdetect import DetectorFactory, LangDetectException, detect_langs

from . import debris, translationese
from .textnorm import fold, lookup_key

if TYPE_CHECKING:
    from .corpus import Article, Sentence

TEXTS_CACHED = 65_536  # texts (sentences, bodies) whose outlet cues and signs are kept: pair rules ask per pair
DetectorFactory.seed = 0  # langdetect is random unless seeded

ORIGINAL, MACHINE_TRANSLATION, UNKNOWN = "original", "machine_translation", "unknown"


@lru_cache(maxsize=1)
def _outlet_table() -> pd.DataFrame:
    """The editable `data/outlets.csv`: canonical, alias ('|'-separated), kind."""
    return pd.read_csv(resources.files("analysis") / "data" / "outlets.csv", dtype=str)


@lru_cache(maxsize=1)
def outlet_aliases() -> dict[str, str]:
    """Alias -> canonical outlet name, from the editable `data/outlets.csv`."""
    return {alias.strip(): row.canonical for row in _outlet_table().itertuples() for alias in row.alias.split("|")}


@lru_cache(maxsize=1)
def outlet_kinds() -> dict[str, str]:
    """Canonical outlet name -> its kind in `data/outlets.csv` ('news agency', 'newspaper', ...)."""
    return dict(zip(_outlet_table().canonical, _outlet_table().kind))


# page lines that name where a copy came from, not who published it: a source line ("Source: RFERL"), a machine
# translation's notice of its original, a wire's end mark ("(END) Dow Jones Newswires")
_SOURCE_REASONS = {debris.SOURCE_LINE, debris.MT_DISCLAIMER, debris.END_MARK}
# page lines that credit a writer or an outlet: naming a news agency they credit the wire ("By AFP", "Reuters" alone
# under the date, "From the Associated Press"), as a page carrying the agency's copy does
_CREDIT_REASONS = {debris.BYLINE, debris.OUTLET_LINE, debris.DATE_LINE}


# a public body a source line may name ("Source: Ministry of Internal Affairs of Ukraine"): where the facts come
# from, not an outlet whose story the page carries
_PUBLIC_BODY = re.compile(r"\b(?:Ministry|Office|Police|Prosecutor|Administration|Government|Council|Committee|"
                          r"Department|General Staff|Armed Forces|Court|Embassy|Parliament|Kremlin)\b")


def _given_source(article: Article):
    """The page line naming the copy's source (`given_source`), unless it names a public body and no outlet of
    `data/outlets.csv`: Ukrainian and other papers name their informant so ('Source: Ministry of ...')."""
    given = article.meta.get("given_source")
    if given is not None and canonical_outlet(given.value) not in outlet_kinds() and _PUBLIC_BODY.search(given.value):
        return None
    return given


def given_outlet_field(found: debris.Debris, line: str) -> str:
    """The field a page line's outlet is given as: `given_source` when the line names the copy's source (a
    source line, an agency's credit), else `given_outlet`, the publisher (a masthead, a title's site name, a
    copyright line, the agency's own staff: "Reuters Staff")."""
    agency = outlet_kinds().get(canonical_outlet(found.given_outlet or "")) == "news agency"
    credit = found.reason in _CREDIT_REASONS and agency and not re.search(r"\bstaff\b", line, re.I)
    return "given_source" if found.reason in _SOURCE_REASONS or credit else "given_outlet"


@lru_cache(maxsize=1)
def _outlet_pattern() -> str:
    """Any known outlet, for case-insensitive matching: the aliases as one trie of alternatives, so a position
    that starts no alias fails at its first character (an alternation of 144 aliases tried each in turn cost
    5 s over 1,000 articles). At each branch the longer continuation is tried first, as the longest alias is."""
    return "(?:the )?(?P<outlet>" + _trie_pattern(sorted({a.lower() for a in outlet_aliases()})) + r")(?:'s)?\b"


@lru_cache(maxsize=1)
def _outlet_names() -> re.Pattern:
    """Whether a text names a known outlet as `_outlet_pattern` reads it: without its optional 'the ', so the
    search tries only positions that start an alias."""
    return re.compile(_outlet_pattern().removeprefix("(?:the )?"), re.I)


def _trie_pattern(words: list[str]) -> str:
    """A regex matching exactly `words` (sorted, distinct), sharing their common prefixes; where one word is a
    prefix of others, the longer ones are tried first."""
    branches: dict[str, list[str]] = {}
    ends = False
    for word in words:
        if word:
            branches.setdefault(word[0], []).append(word[1:])
        else:
            ends = True
    if not branches:
        return ""
    alternatives = [re.escape(first) + _trie_pattern(rests) for first, rests in branches.items()]
    body = alternatives[0] if len(alternatives) == 1 and not ends else "(?:" + "|".join(alternatives) + ")"
    return body + "?" if ends else body


@lru_cache(maxsize=1)
def _origin_cues() -> list[tuple[re.Pattern, int, str]]:
    return [(re.compile(cue.format(o=_outlet_pattern()), re.I), weight, reason) for cue, weight, reason in _ORIGIN_CUES]


def canonical_outlet(name: str) -> str:
    """Canonical outlet for a name as written ('RFERL' -> 'RFE/RL'); the name itself when unknown."""
    clean = re.sub(r"^the\s+", "", name.strip(" .\"'"), flags=re.I)
    lookup = _outlet_lookup()
    return lookup.get(clean.lower(), lookup.get(f"the {clean}".lower(), clean))


@lru_cache(maxsize=1)
def _outlet_lookup() -> dict[str, str]:
    return {a.lower(): c for a, c in outlet_aliases().items()}


# Cues by which an article shows which outlet did the reporting. Interview-type cues are the outlet's own
# reporting (weight 2); "X writes / reports" is also how a rewrite cites its source (weight 1).
_PHOTO_CREDIT = "the outlet's photo credit"
_INTERVIEW = "interview with the outlet"
_OWN_REPORTING = "the outlet's own reporting"
_ORIGIN_CUES: list[tuple[str, int, str]] = [
    # "LENZ (Reuters) -": a place (`_is_dateline_place`), the agency, a dash or its garbling ('\u00e2\u20ac\u201d');
    # "LENZ (BSS/AFP) -": a site's credit before the agency whose copy it carries
    (r"^(?:date \S+\s+)?(?P<place>[^\W_][\w .,:'/-]{{0,100}}?)?\(\s*(?:(?-i:[A-Z][\w&.-]{{1,20}})\s*/\s*)?{o}\s*\)\s*\.?"
     r"\s*(?:[-_:\u2013\u2014]|\u00e2\u20ac)", 3, "dateline"),
    # "Kiew (AFP) Ein Gericht ...": a place of up to four capitalized words, the agency, no dash
    (r"^(?-i:[A-Z][\w.'-]*(?:,? [A-Z][\w.'-]*){{0,3}}) \(\s*{o}\s*\)\s+(?=(?-i:[A-Z]))", 3, "dateline"),
    # "Lenz, May 19 (Jiji Press) The ...": a place and a date before the agency, no dash; "LENZ, March 3. /TASS/."
    (r"^(?:date \S+\s+)?(?-i:[A-Z][\w.'-]*(?:,? [A-Z][\w.'-]*){{0,3}},? (?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|"
     r"Nov|Dec)[a-z]*\.? \d{{1,2}}) \(\s*{o}\s*\)\s+(?=[\"'\w])", 3, "dateline"),
    (r"^(?-i:[A-Z][\w.'-]*(?:,? [A-Z][\w.'-]*){{0,3}},? (?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.? "
     r"\d{{1,2}})\.?\s*/\s*{o}\s*/", 3, "dateline"),
    # "LENZBURG, LNA- The ...", "Lenz, Valley News Agency - ...", "TEHRAN, Jan 23, IRNA -- ...": a place of up to three
    # capitalised words (no sentence's opening word: "In Lenz, Reuters - ..."), perhaps a date, a comma, the agency
    # and a dash, as agencies without brackets write their datelines
    (r"^(?:date \S+\s+)?(?P<place>(?!(?-i:In|On|At|From|For|The|As|By|After|Before|When|While|But|And|Also|Meanwhile)"
     r"\b)(?-i:[A-Z][\w.'-]*(?: [A-Z][\w.'-]*){{0,2}})),\s*(?:(?-i:(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)"
     r"[a-z]*\.? \d{{1,2}}),\s*)?{o}\s*(?:[-\u2013\u2014]|\u00e2\u20ac)", 3, "dateline"),
    # "MOSCOW (Valley News / Sputnik - 09th January, 2023) The ...": a site's name and the agency it carries, a date
    (r"^(?P<place>[^\W_][\w .,'-]{{0,60}}?)?\((?-i:[A-Z][\w .&-]{{0,40}}?)\s*/\s*{o}\s*(?:[-\u2013\u2014]\s*[\w ,.]{{1,30}})?"
     r"\)\s*(?=[\"'\w])", 3, "dateline"),
    (r"\b(?:told|spoke (?:to|with)|(?:talking|speaking) (?:to|with)|said (?:to|in an interview with)|in an interview with|contacted by|"
     r"interviewed by|seen by|obtained by|reviewed by|shared with|in (?:a|an emailed|a written) statement to)\s+"
     r"(?:(?:(?:the|an?)\s+)?(?:[\w-]+\s+){{0,3}}?(?:newspaper|tabloid|magazine|broadcaster|channel|news agency|agency|"
     r"news site|website|outlet)\s+)?{o}", 2, _INTERVIEW),  # "told the British newspaper Daily Mirror"
    (r"{o}\s+(?:spoke (?:to|with)|interviewed|saw|has seen|had access to|obtained|reviewed|contacted|"
     r"has learned|could not (?:independently |immediately )?(?:verify|confirm)|can (?:now )?reveal|reveals\b)", 2,
     _OWN_REPORTING),
    (r"\brequests? for comment from\s+{o}", 2, _OWN_REPORTING),
    # the outlet's own choices and staff: "The Washington Post is not naming the soldiers", "a group of Lenz Daily
    # journalists entered the room"
    (r"{o}\s+(?:is|was|has)\s+not\s+(?:showing|naming|identifying|publishing|disclosing|using|revealing)\b", 2,
     _OWN_REPORTING),
    (r"\b(?:a|an|the|two|three|four|several|a group of|a team of)\s+{o}\s+(?:journalists?|reporters?|"
     r"correspondents?|photographers?|reporting team|crew)\s+(?!said|says|wrote|reported)", 2,
     _OWN_REPORTING),
    (r"{o}\s+(?:is|was|became)\s+the\s+first\s+(?:[\w-]+\s+){{0,2}}(?:agency|organi[sz]ation|outlet|publication|"
     r"newspaper|broadcaster|media)\s+to\b", 2, _OWN_REPORTING),
    (r"{o}\s+(?:asked|requested|was (?:given|granted)|gained)\s+(?:for\s+)?access\b", 2, _OWN_REPORTING),
    # "Reuters managed to make contact with 11 of these men", "Reuters was able to identify and interview some"
    (r"{o}\s+(?:managed|was able|has been able|were able)\s+to\s+(?:identify|interview|reach|contact|make contact|"
     r"speak|confirm|verify|locate|review|obtain)", 2, _OWN_REPORTING),
    (r"\b(?:an?|the)\s+{o}\s+(?:review|analysis|investigation|tally|survey)\s+(?:of|found|showed)\b", 2,
     _OWN_REPORTING),
    (r"\bfollow\s+{o}\s+coverage", 2, "the outlet's coverage line"),
    (r"{o}\s+photo\b", 1, _PHOTO_CREDIT),
    (r"{o}\s+(?:news\s+agency\s+|agency\s+|newspaper\s+|outlet\s+|website\s+)?(?:writes|wrote|reports|reported|says|"
     r"said|notes|states)\b", 1, "the article cites the outlet"),
    (r"{o}\s+(?:news\s+agency|agency|newspaper|outlet|website)\s+(?:quoted|cited)\b", 1, "the article cites the outlet"),
    (r"\baccording to\s+{o}", 1, "the article cites the outlet"),
    (r"\b(?:reports|writes)\s+{o}", 1, "the article cites the outlet"),
    # "first reported by CNN", "per CNN", "according to a CNN report", "CNN's reporting", "Mediazona pointed out"
    (r"\b(?:(?:first|originally|also|earlier|previously) )?(?:reported|published|revealed) by\s+{o}", 1,
     "the article cites the outlet"),
    (r"\bper\s+{o}", 1, "the article cites the outlet"),
    (r"\b(?:according to|in|citing|cited in|quoted (?:in|by))\s+(?:a|an|the|one)\s+{o}\s+(?:report|story|article|"
     r"investigation|analysis|interview|documentary|piece)\b", 1, "the article cites the outlet"),
    (r"{o}\s+(?:(?:first|also|earlier|previously|originally)\s+)?(?:pointed out|points out|quoted|cited|"
     r"published|publishes|tweeted|revealed|reports that|learned)\b", 1, "the article cites the outlet"),
    (r"{o}\s+(?:report|reporting|story|findings|claims?|narrative)\b", 1, "the article cites the outlet"),
]
_PAGE_LINE_CUES = {"the outlet's coverage line", _PHOTO_CREDIT}  # also read on stripped lines
DATELINE_SENTENCES = 3  # a dateline among the story's first sentences signs it: that outlet is the original
DATELINE_WEIGHT = 3  # a dateline's weight among the cues
LEAD_SENTENCES = 2  # an outlet cited in the lead may be the one a rewrite retells
PASSING_SCORE = 2  # below this weight, an outlet cited only after the lead is cited in passing ("RIA said")
# an agency credited at the story's end: "... the ministry said. — AFP", "... said. /AFP/", "... said. (Reuters)";
# a line "(Reuters)" or "With AFP" the corpus layer stripped as a credit
_END_CREDITS = [r"[.!?\"')]\s*(?:-{{1,3}}|/)\s*{o}\s*/?\.?\s*$", r"[.!?\"')]\s*\(\s*(?:with\s+)?{o}\s*\)\.?\s*$"]
_CREDIT_LINE = r"^\(?\s*(?:with\s+)?{o}\s*\)?\.?$"
_SUMMARY_CUES = [r"{o}\s+(?:writes|wrote|reports|says|said|claims|notes|noted|points out|stressed|emphasi[sz]es)\b",
                 r"\b(?:reports|writes|says)\s+{o}", r"\baccording to\s+{o}",
                 r"{o}\s+news agency\b", r"\bnews agency,?\s+{o}",  # "told the Reuters news agency": third person
                 r"\bper\s+{o}", r"\b(?:according to|in|per) (?:a|an) {o}\s+(?:report|story|article|investigation)\b",
                 # "A report by AFP found ...", "an analysis from the BBC": the outlet's story named as another's
                 r"\b(?:[Aa]n?|[Tt]he) (?:[\w-]+ ){{0,2}}?(?:investigation|report|story|article|analysis) (?:from|by)\s+{o}",
                 r"\b(?:first|originally) reported by\s+{o}",
                 # "told the British newspaper Mirror", "the Guardian newspaper": an outlet introduced by what it is
                 r"\b(?:newspaper|tabloid|magazine|broadcaster|channel|agency|news site|website|outlet)\s+{o}",
                 r"{o}\s+(?:newspaper|tabloid|magazine|broadcaster|news site|website)\b"]


def describe(article: Article, given: dict[str, str]) -> None:
    """Set language, original outlet and the given fields of one freshly loaded article."""
    from .corpus import Field

    for name, value in given.items():
        article.meta[name] = Field(value, "given", "manifest.csv")
    if "title" in given:
        article.title = given["title"]
    article.meta.setdefault("language", _language(article.body or article.raw))
    if "given_outlet" not in article.meta and (named := _informing_site(article)):
        article.meta["given_outlet"] = Field(named[0], "given", f"the site names itself as it informs: "
                                                                f"\u201c{named[1]}\u201d")
    origin, retold = _original_outlet(article)
    article.meta.setdefault("original_outlet", origin)
    if retold is not None and article.meta["original_outlet"] is origin:
        article.meta["retold_outlet"] = retold


# the Ukrainian and Russian desks' formula by which a site names itself after the report it gives ("..., Valley.NET
# informs with reference to KR.LZ.", "..., Lenzinform informs.", a calque of "povidomlyaye ... z posylannyam na"):
# the site is the publisher, the outlet it refers to a source it cites; "reports/writes with reference to" closing
# the sentence is the same formula
_INFORMS = re.compile(r",\s+(?P<outlet>(?-i:[A-Z][\w.&'-]*(?: [A-Z][\w.&'-]*){0,3}))\s+(?:informs|(?:informs|reports|"
                      r"writes) with reference to\s+[^\n]{1,80}?)\.?\s*$")
INFORMS_PARAGRAPHS = 4  # the formula closes one of the story's first paragraphs


# ... and the same desks' formula by which a site recalls its own earlier report, in any paragraph (a calque of
# "yak ranishe povidomlyalo ..."): "As Lenzinform earlier reported, ...", "As was previously reported by Lenzinform"
_RECALLS = re.compile(r"^\W*as (?:(?P<outlet>(?-i:[A-Z][\w.&'-]*(?: [A-Z][\w.&'-]*){0,3})) (?:has )?(?:earlier|previously) "
                      r"reported|(?:was |it was )?(?:earlier|previously) reported by (?P<by>(?-i:[A-Z][\w.&'-]*"
                      r"(?: [A-Z][\w.&'-]*){0,3})))\b", re.I)


def _informing_site(article: Article) -> tuple[str, str] | None:
    """(site, sentence) of `_INFORMS` in one of the first paragraphs, or of `_RECALLS` in any, unless it names a
    public body, or None."""
    for number, paragraph in enumerate(article.paragraphs):
        for sentence in re.split(r"(?<=[.!?])\s+(?=[A-Z\"\u201c])", paragraph.text):
            match = _INFORMS.search(fold(sentence)) if number < INFORMS_PARAGRAPHS else None
            match = match or _RECALLS.search(fold(sentence))
            outlet = match and (match.group("outlet") or match.group("by"))
            if outlet and not _PUBLIC_BODY.search(outlet):
                return canonical_outlet(outlet), sentence
    return None


def _language(text: str):
    from .corpus import Field

    sample = text[:5000]
    words = re.findall(r"\w+", sample.lower())
    if len(words) < 3:
        return Field("", "unknown", "too little text to tell the language")
    from spacy.lang.en.stop_words import STOP_WORDS  # loads spaCy: not at import, for the notebooks

    english = sum(w in STOP_WORDS for w in words) / len(words)
    if english >= 0.25:  # short English texts can fool langdetect; function words cannot
        return Field("en", "inferred", f"{english:.0%} of the words are English function words")
    try:
        best = detect_langs(sample)[0]
    except LangDetectException:
        return Field("", "unknown", "no language could be detected")
    return Field(best.lang, "inferred", f"langdetect: {best.lang} with probability {best.prob:.2f}")


def _original_outlet(article: Article):
    """The outlet whose reporting the article carries, from how the text refers to outlets: a dateline that signs
    the story, else the page's source line or agency credit, else its publisher's line, else the cues' scores (an
    outlet cited once in passing is a source the story cites, not the one it carries; one the text cites in the
    third person is the one a rewrite retells: `retold_outlet`, the original outlet then unknown). Returns
    (original outlet, retold outlet or None)."""
    from .corpus import Field

    origin = _original_outlet_scored(article)
    if origin.provenance == "inferred" and origin.evidence.startswith("score ") and \
            (retelling := _retelling(article, origin.value)):
        return Field("", "unknown", f"a rewrite of {origin.value}'s story: the text speaks of {origin.value} in the "
                                    f"third person (\u201c{retelling}\u201d), and no dateline, credit or page line "
                                    f"signs it"), Field(origin.value, "inferred", origin.evidence)
    return origin, None


def _original_outlet_scored(article: Article):
    """`_original_outlet` before a retelling is read: the cues' best outlet (evidence 'score ...') or a signed one."""
    from .corpus import Field

    scores: Counter[str] = Counter()
    evidence: dict[str, list[str]] = {}
    cited_at: dict[str, list[tuple[int, int]]] = {}  # outlet -> (sentence index, weight) of its cues in the text
    signed = ""
    for index, sentence in enumerate(article.sentences):
        for outlet, weight, reason in _outlet_cues(sentence.text):
            scores[outlet] += weight
            evidence.setdefault(outlet, []).append(f"{reason}: \u201c{sentence.text}\u201d")
            cited_at.setdefault(outlet, []).append((index, weight))
            if reason == "dateline" and index < DATELINE_SENTENCES and not signed:
                signed = outlet
    if not signed and (found := _unlisted_dateline(article)):
        signed, index, line = found
        scores[signed] += DATELINE_WEIGHT
        evidence.setdefault(signed, []).append(f"dateline: \u201c{line}\u201d")
        cited_at.setdefault(signed, []).append((index, DATELINE_WEIGHT))
    for line in article.removed:
        if line.reason == debris.PROMO or line.reason == debris.CAPTION:
            for cue, weight, reason in (c for c in _origin_cues() if c[2] in _PAGE_LINE_CUES):
                if match := cue.search(fold(line.text)):
                    outlet = canonical_outlet(match.group("outlet"))
                    if reason == _PHOTO_CREDIT and outlet not in scores:
                        continue  # an agency's picture illustrates any outlet's story: it adds to a cue, alone it is none
                    scores[outlet] += weight
                    evidence.setdefault(outlet, []).append(f"{reason} (stripped line {line.line}): {line.text}")
                    cited_at.setdefault(outlet, []).append((-1, weight))
    given = _given_source(article) or _end_credit(article) or article.meta.get("given_outlet")
    publisher = given is not None and given is article.meta.get("given_outlet")
    if publisher and not signed and (wire := _wire_carried(article, canonical_outlet(given.value))):
        # "... told AFP" twice under "Copyright Valley Ledger": the site's copy of the agency's wire story
        return Field(wire, "inferred", f"the page ({given.evidence}) carries {wire}'s wire story, whose own "
                                       f"interviews it keeps; " + " | ".join(evidence[wire][:3]))
    if given is not None and (not signed or canonical_outlet(given.value) == signed):
        return Field(canonical_outlet(given.value), "given", given.evidence)
    if given is not None:  # "LENZ (AP) -" under the page's own name: the page carries the agency's story
        return Field(signed, "inferred", f"its dateline signs the story, which the page ({given.evidence}) "
                                         f"carries; " + " | ".join(evidence[signed][:3]))
    passing = {outlet: cues[0][0] for outlet, cues in cited_at.items() if scores[outlet] < PASSING_SCORE and
               all(index >= LEAD_SENTENCES for index, _ in cues)}
    for outlet in passing:
        del scores[outlet]
    if not scores and not passing and (own := _own_picture_credit(article)):
        return own
    if not scores:
        if passing:
            outlet, index = min(passing.items(), key=lambda kv: (kv[1], kv[0]))
            return Field("", "unknown", f"{outlet} is cited only in passing, after the lead (sentence {index + 1}: "
                                        f"{evidence[outlet][0]}): a source the story cites, not the outlet whose "
                                        f"reporting it carries")
        return Field("", "unknown", "the text names no outlet as the source of its reporting")
    (outlet, score), *others = sorted(scores.items(), key=lambda kv: (-kv[1], kv[0]))
    tied = [other for other, other_score in others if other_score == score]
    if tied and not signed:  # "told RT" and "told BBC Newsnight": a story relaying two outlets' interviews
        return Field("", "unknown", f"{outlet} and {', '.join(tied)} are cited as much (score {score}): no one outlet's "
                                    f"reporting is the one the story carries; " + " | ".join(evidence[outlet][:2]))
    if signed and signed != outlet:  # the story cites another outlet (its interviews, its reports) more often
        return Field(signed, "inferred", f"its dateline signs the story (score {scores[signed]} against {score} for "
                                         f"{outlet}, which it cites); " + " | ".join(evidence[signed][:3]))
    return Field(outlet, "inferred", f"score {score}; " + " | ".join(evidence[outlet][:3]))


# a caption's credit for the outlet's own picture or video ("... (Video: The Valley Post)"): a paper's or
# broadcaster's own footage comes with its own story, where an agency's picture illustrates anyone's
_OWN_PICTURE = r"\((?:video|photo|photograph|image|graphic|footage)s?\s*:\s*{o}\s*\)\W*$"


def _own_picture_credit(article: Article):
    """The original outlet a stripped caption's credit names (`_OWN_PICTURE`, an outlet of `data/outlets.csv` that is
    no news agency) when the text names none, or None."""
    from .corpus import Field

    cue = re.compile(_OWN_PICTURE.format(o=_outlet_pattern()), re.I)
    for line in article.removed:
        if line.reason == debris.CAPTION and (match := cue.search(fold(line.text))) and _is_outlet_mention(match):
            outlet = canonical_outlet(match.group("outlet"))
            if outlet in outlet_kinds() and outlet_kinds()[outlet] != "news agency":
                return Field(outlet, "inferred", f"the outlet's own picture credit (stripped line {line.line}): "
                                                 f"{line.text}; the text names no outlet")
        if line.reason == debris.CAPTION and (owned := _OWNED_PICTURE.match(fold(line.text).strip())):
            name = owned.group("name").strip(" .")  # "Photo: \u00a9 LENZ NEWS": a site's name by its form, no agency
            if re.fullmatch(OUTLET_NAME, name.title() if name.isupper() else name) and \
                    outlet_kinds().get(canonical_outlet(name)) != "news agency":
                return Field(name, "inferred", f"the site's copyright on its own picture (stripped line {line.line}): "
                                               f"{line.text}; the text names no outlet")
    return None


# a picture credit that claims the picture's copyright for a name: "Photo: \u00a9 Lenz News", "Photo \u00a9 LENZ NEWS"
_OWNED_PICTURE = re.compile(r"^\(?(?:photo|picture|image|video|footage)s?\s*:?\s*(?:\u00a9|\(c\)|copyright)\s*"
                            r"(?P<name>[^,;:/|()\u00a9]{2,40}?)\s*\)?$", re.I)


# A rewrite speaks of the outlet whose story it retells in the third person: "X writes", "according to X", "per a X
# report", an outlet introduced by what it is ("British newspaper X", "the outlet X"), or an anaphor of its kind right
# after naming it ("told the newspaper", "the outlet reported"). An outlet's own copy names itself so only for its own
# count or analysis ("according to Reuters calculations"), which is no retelling.
_OWN_COUNT = re.compile(r"^(?:'s)?\s+(?:calculations?|tally|count|data|analysis|estimates?|review|figures|"
                        r"reporters?|correspondents?|journalists?|staff)\b")
_ANAPHOR_NOUNS = {"outlet": "", "publication": "", "media outlet": "", "newspaper": "newspaper",
                  "paper": "newspaper", "daily": "newspaper", "tabloid": "newspaper", "magazine": "magazine",
                  "broadcaster": "broadcaster", "news agency": "news agency", "news site": "news site",
                  "website": "news site", "news website": "news site", "portal": "news site"}
_ANAPHOR = re.compile(r"(?:\b(?:told|to|by|with|according to)\s+the\s+(?P<object>" +
                      "|".join(sorted(_ANAPHOR_NOUNS, key=len, reverse=True)) + r")\b(?!'s|\s+(?:of|in|on|at)\b)|"
                      r"\b[Tt]he\s+(?P<subject>" + "|".join(sorted(_ANAPHOR_NOUNS, key=len, reverse=True)) +
                      r")\s+(?:said|says|reported|reports|wrote|writes|added|adds|noted|notes|claimed|claims|"
                      r"learned|learnt|found|stated|states|points out|pointed out|cited|quoted)\b)")


@lru_cache(maxsize=None)
def _lead_report(outlet: str) -> tuple[re.Pattern, re.Pattern]:
    """The outlet as the subject of "reported" or "reported by" the outlet: in a story's lead, a rewrite's attribution
    of the whole story (an outlet's own copy never says so of its own lead; later, "Reuters reported last week" is
    its own earlier story)."""
    aliases, _ = _summary_cues(outlet)
    name = "(?:the )?(?P<outlet>" + "|".join(re.escape(a) for a in aliases) + ")"
    return (re.compile(name + r"\s+(?:(?:first|earlier|exclusively)\s+)?reported\b"),
            re.compile(r"\breported by\s+" + name))


def _retelling(article: Article, outlet: str) -> str:
    """The first sentence that speaks of `outlet` in the third person as a rewrite does, or ''."""
    sentences = tuple(s.text for s in article.sentences)
    aliases, cues = _summary_cues(outlet)
    kind = outlet_kinds().get(outlet, "")
    last = ""  # the outlet named last before the sentence's anaphor
    for index, sentence in enumerate(sentences):
        lead = list(_lead_report(outlet)) if index < LEAD_SENTENCES else []  # "..., Reuters reported on Monday."
        if any(alias in sentence for alias in aliases) and any(
                not _ends_longer_name(match) and not _OWN_COUNT.match(sentence[match.end():])
                for cue in cues + lead for match in cue.finditer(sentence)):
            return sentence
        for match in _ANAPHOR.finditer(sentence):
            before = [canonical_outlet(m.group("outlet")) for m in _outlet_names().finditer(fold(sentence[:match.start()]))
                      if _is_outlet_mention(m)]
            named = before[-1] if before else last
            noun = match.group("object") or match.group("subject")
            if named == outlet and _ANAPHOR_NOUNS[lookup_key(noun)] in ("", kind):
                return sentence
        names = [canonical_outlet(m.group("outlet")) for m in _outlet_names().finditer(fold(sentence))
                 if _is_outlet_mention(m)]
        last = names[-1] if names else last
    return ""


# "TAIPEI (Valley News) \u2013 ...": a place in capitals, then a name of up to four capitalised words in brackets and a
# dash: the dateline by which an outlet outside data/outlets.csv signs its story
_UNLISTED_DATELINE = re.compile(r"^(?:date \S+\s+)?(?-i:[A-Z]{2}[A-Z.'-]*(?: [A-Z]{2}[A-Z.'-]*)*)"
                                r"(?:, [\w .'-]{1,40}?)? \((?P<outlet>(?-i:[A-Z][\w&.'-]*(?: [A-Z][\w&.'-]*){0,3}))\)"
                                r"\s*(?:[-\u2013\u2014:]|\u00e2\u20ac)")


def _unlisted_dateline(article: Article) -> tuple[str, int, str] | None:
    """(outlet, sentence index, dateline) of an `_UNLISTED_DATELINE` among the first sentences, unless the bracket
    holds a place ('KYIV (Ukraine) -'), or None."""
    for index, sentence in enumerate(article.sentences[:DATELINE_SENTENCES]):
        if (match := _UNLISTED_DATELINE.match(sentence.text)) and \
                not set(match.group("outlet").lower().split()) <= _place_words():
            return canonical_outlet(match.group("outlet")), index, sentence.text[:match.end()]
    return None


def _end_credit(article: Article):
    """The agency a story credits at its end (`_END_CREDITS`, `_CREDIT_LINE`) as a given field, or None: the
    story is that agency's copy."""
    from .corpus import Field

    endings, credit_line = _end_credit_cues()
    last = article.paragraphs[-1].text if article.paragraphs else ""
    for cue in endings:
        if (match := cue.search(fold(last))) and _is_outlet_mention(match):
            return Field(match.group("outlet"), "given", f"the story's end credit: \u201c{last[match.start():].strip()}"
                                                         f"\u201d")
    for line in article.removed:
        if line.reason == debris.CREDITS and (match := credit_line.match(fold(line.text).strip())) and \
                _is_outlet_mention(match):
            return Field(match.group("outlet"), "given", f"line {line.line}: {line.text}")
    for line in article.removed:
        if line.reason != debris.CREDITS:
            continue
        text = fold(line.text).strip()
        if (match := _TRANSLATED_FROM.match(text)) and canonical_outlet(match.group("outlet")) in outlet_kinds():
            return Field(canonical_outlet(match.group("outlet")), "given",
                         f"a translation's credit naming its original, line {line.line}: {line.text}")
        for agency, sign_off in _AGENCY_SIGN_OFFS:
            if sign_off.search(text):
                return Field(agency, "given", f"{agency}'s sign-off, line {line.line}: {line.text}")
    return None


# a translated copy's credit naming the outlet it translates ("Translation from Meduza"; "Translated from Russian"
# names a language, no outlet)
_TRANSLATED_FROM = re.compile(r"^(?:edited |machine[- ]|unofficial )?translat(?:ion|ed) (?:and edited )?from "
                              r"(?:the )?(?P<outlet>(?-i:[A-Z])[\w'.-]*(?: (?-i:[A-Z])[\w'.-]*){0,4})\.?$", re.I)
# the lines by which a wire agency signs its own copy at the story's end, in its house style: Reuters' credits
# "(Reporting by ...)" or "Reporting by ...; Editing by ...", the AP's "Associated Press writer ... contributed",
# Bloomberg's "--With assistance from ..." and "To contact the reporter on this story", AFP's desk codes "bur-jm/sst"
_AGENCY_SIGN_OFFS = [
    ("Reuters", re.compile(r"^\((?:additional )?(?:reporting|writing) by\b[^()]*\)\.?$|"
                           r"^\(?(?:additional )?(?:reporting|writing) by\b[^;]*;\s*(?:[\w ]+;\s*)*"
                           r"(?:editing|writing|additional reporting) by\b", re.I)),
    ("The Associated Press", re.compile(r"^(?:the )?associated press (?:writers?|reporters?|correspondents?)\b.*"
                                        r"\bcontributed\b", re.I)),
    ("Bloomberg", re.compile(r"^-*\s*with assistance from\b|^to contact the (?:reporters?|editors?) "
                             r"(?:responsible for|on) this story\b", re.I)),
    ("Agence France-Presse", re.compile(r"^(?:bur|burs)?-?[a-z]{2,4}(?:/[a-z]{2,4})+$")),
]


@lru_cache(maxsize=1)
def _end_credit_cues() -> tuple[list[re.Pattern], re.Pattern]:
    """`_END_CREDITS` and `_CREDIT_LINE` compiled for the known outlets."""
    compiled = [re.compile(cue.format(o=_outlet_pattern()), re.I) for cue in _END_CREDITS + [_CREDIT_LINE]]
    return compiled[:-1], compiled[-1]


@lru_cache(maxsize=TEXTS_CACHED)
def _outlet_cues(sentence: str) -> tuple[tuple[str, int, str], ...]:
    """The cues of `_ORIGIN_CUES` in a sentence, in their order: (canonical outlet, weight, reason) of each match
    that is an outlet mention (read once per sentence: the original outlet and `_carries` both ask)."""
    text = fold(sentence)
    if not _outlet_names().search(text):
        return ()
    found, mentions = [], set()
    for cue, weight, reason in _origin_cues():
        for match in cue.finditer(text):
            if _is_outlet_mention(match) and (match.start("outlet"), reason) not in mentions:
                mentions.add((match.start("outlet"), reason))  # "according to Agentstvo's report": one citation
                found.append((canonical_outlet(match.group("outlet")), weight, reason))
    return tuple(found)


# cues by which a text cites an outlet's reporting or interview ("Interfax reported", "according to RIA", "told
# Mediazona"): the outlets it cites, whoever its reporter is
_CITING_REASONS = {"the article cites the outlet", _INTERVIEW}


# cues by which a text cites an outlet's work that are read for the citations only, not weighed for the original
# outlet (in a story's lead they would sign it): "a video verified by the BBC", "the clip was geolocated by Lenz
# News", "Lenz Radio broadcast the appeal", "Valley Daily confirmed on Tuesday"
_FOOTAGE_BY = (r"\b(?:video|videos|footage|images|pictures|photos|recording|livestream)\s+(?:(?:filmed|shot|aired|"
               r"broadcast|posted|published|obtained|released)\s+)?(?:by|from)\s+")
_CITATION_CUES = [
    r"\b(?:verified|geolocated|geotagged|authenticated|confirmed|filmed|analy[sz]ed|compiled|tallied|counted|quoted(?: as (?:saying|telling \w+))?|"
    r"cited|broadcast|aired|documented|identified) by\s+{o}",
    r"{o}\s+(?:news\s+agency\s+|agency\s+|newspaper\s+|daily\s+|radio\s+|television\s+|TV\s+|channel\s+)?"
    r"(?:broadcast|aired|confirmed|announced|documented|calculated|geolocated|verified|conducted)\b",
    # an appearance on a broadcaster: "joined Fox News by video", "speaking on BBC Radio 4", "on the air of"
    r"\b(?:joined|appeared on|appearing on|speaking on|spoke on|said on|in an appearance on|on the air of)\s+{o}",
    # an outlet's correspondent reporting ("Kestrel News' Ana Ruiz reported", "the Post's Moscow bureau chief wrote")
    r"{o}['\u2019]s?\s+(?:(?-i:[A-Z][\w.-]*|[a-z]+)\s+){{1,4}}(?:reported|reports|wrote|writes)\b",
    r"{o}\s+(?:correspondent|reporter|journalist|editor|anchor|host)\s+(?:(?-i:[A-Z][\w.-]*)\s+){{1,3}}"
    r"(?:reported|reports|wrote|writes)\b",
    # a writer's piece in an outlet ("Jan Holm reports in the Valley Post:", "writing in Lenz Daily")
    r"\b(?:reports|reported|reporting|writes|wrote|writing|argues|argued) in\s+{o}",
    # footage an outlet filmed or aired ("according to video by Lenz TV", "footage aired by KTVB": a U.S. station's
    # call sign alone names it after such words)
    _FOOTAGE_BY + "{o}",
    _FOOTAGE_BY + r"(?P<outlet>(?-i:[KW][A-Z]{{3}}))\b",
]


@lru_cache(maxsize=1)
def _citation_cues() -> list[re.Pattern]:
    """`_CITATION_CUES` compiled for the known outlets and for names that say they are outlets (`_OUTLET_NAMED`)."""
    return list({cue.format(o=outlet): re.compile(cue.format(o=outlet), re.I) for cue in _CITATION_CUES
                 for outlet in (_outlet_pattern(), _OUTLET_NAMED)}.values())


def cited_outlets(article: Article) -> list[tuple[str, Sentence]]:
    """(canonical outlet, sentence) for each sentence of the article that cites an outlet by a cue of
    `_CITING_REASONS`, `_CITATION_CUES` or of an outlet's own reporting ("AFP saw", "The Kestrel spoke to": the
    caller drops the outlet whose story it is), in the text's order; outlets outside `data/outlets.csv` count when
    the text says what they are (`_OUTLET_INTRODUCED`) or their name does (`_OUTLET_NAMED`)."""
    found = []
    for sentence in article.sentences:
        found += [(outlet, sentence) for outlet, _, reason in _outlet_cues(sentence.text)
                  if reason in _CITING_REASONS or reason == _OWN_REPORTING]
        found += [(outlet, sentence) for outlet in _introduced_outlets_cited(fold(sentence.text))]
        found += [(outlet, sentence) for outlet in _outlets_cited_by_cues(fold(sentence.text))]
    return found


@lru_cache(maxsize=TEXTS_CACHED)
def _outlets_cited_by_cues(sentence: str) -> tuple[str, ...]:
    """The outlets `_CITATION_CUES` find in a (folded) sentence: a listed one by its canonical name."""
    names = [_without_openers(m.group("outlet"), keep=("the",)) for cue in _citation_cues()
             for m in cue.finditer(sentence) if _is_outlet_mention(m)]
    return tuple(dict.fromkeys(canonical_outlet(name) for name in names if name))


def cited_only(article: Article, outlet: str) -> bool:
    """Whether `outlet` is the original outlet the cues' scores make of an outlet the text names only by citing it
    (`_CITING_REASONS`: "told CNBC", "In an interview with Der Spiegel", "according to RIA"), no page line, credit or
    dateline naming it: a repost that relays the outlet's interviews or reports, which it cites all the same."""
    field = article.meta.get("original_outlet")
    if field is None or field.provenance != "inferred" or field.value != outlet or \
            not field.evidence.startswith("score ") or "stripped line" in field.evidence:
        return False
    reasons = [reason for sentence in article.sentences for name, _, reason in _outlet_cues(sentence.text)
               if name == outlet]
    return bool(reasons) and all(reason in _CITING_REASONS for reason in reasons)


# an outlet data/outlets.csv does not list, introduced by what it is ("the South Ossetian news website “RES”",
# "the newspaper Valley Ledger"), after a word that makes the phrase a citation ("confirmed by", "told",
# "according to", "a statement by") or before a reporting verb
# (in lower case: "Lenz Daily News said" is a name, "an M.A. in Newspaper Journalism" no outlet)
_MEDIA_NOUN = (r"(?-i:news ?(?:site|website|portal|agency|outlet|channel)|newspaper|tabloid|magazine|journal|broadcaster|"
               r"portal|(?:wire|news) service|"
               r"(?:TV|[Tt]elevision|[Rr]adio|Telegram) (?:channel|station)|media outlet|outlet|publication|"
               r"daily|radio|television|(?:news |TV |television |radio )?network)")
# a site named by its address ("the 42.RU media outlet", "told lenta42.ru, a news site"): a label, a dot, its domain
_SITE_ADDRESS = r"(?-i:[a-z0-9][a-z0-9-]*\.[a-z]{2,6}|[A-Z0-9][A-Z0-9-]*\.[A-Z]{2,6})\b"
_OUTLET_NAME = r"[\"“«]?(?P<outlet>" + _SITE_ADDRESS + r"|(?-i:[A-Z][\w.&'-]*(?: (?:of |the |and )*[A-Z][\w.&'-]*){0,3}))[\"”»]?"
_CITING_WORD = r"\b(?:by|to|with|told|according to|citing|cited|quoted|from|in|per)\s+"
_CITING_WORDS = _CITING_WORD + r"(?:the\s+)?(?:[\w-]+\s+){0,3}?"
_REPORTING_VERBS = (r"(?:reported|reports|wrote|writes|said|says|published|revealed|quoted|cited|pointed out|noted|"
                    r"broadcast|aired|confirmed|documented|announced)\b")
# ... or named before what it is ("the Baza Telegram channel, which is linked to ..., reported", "Vazhnie Istorii, an
# independent Russian media outlet, reported"): words of places and peoples alone make no name ("the Russian newspaper")
_NAME_BEFORE = r"(?P<outlet>" + _SITE_ADDRESS + r"|(?-i:[A-Z][\w.&'-]*(?: [A-Z][\w.&'-]*){0,3}))"
_OUTLETS_SITE = r"'s\s+(?:[\w-]+\s+){0,2}?(?:channel|website|site|account|page|feed)\b"
_POSSESSOR = r"(?-i:[A-Z][\w.-]*(?: [A-Z][\w.-]*){0,2})'s\s+"  # "published by Prigozhin's Lenz Daily outlet"
_OUTLET_INTRODUCED = [re.compile(_CITING_WORDS + _MEDIA_NOUN + r"\s+" + _OUTLET_NAME, re.I),
                      re.compile(r"\b" + _MEDIA_NOUN + r"\s+" + _OUTLET_NAME + r",?\s+" + _REPORTING_VERBS, re.I),
                      re.compile(r"\bthe\s+(?:(?-i:[a-z][\w-]*)\s+){0,2}" + _NAME_BEFORE + r"\s+" + _MEDIA_NOUN +
                                 r"(?:,[^,.]{1,100},)?\s+" + _REPORTING_VERBS, re.I),
                      # "A local news site, Valley42, documented the hearings"
                      re.compile(r"\b(?:an?|the)\s+(?:(?-i:[a-z][\w-]*)\s+){0,3}" + _MEDIA_NOUN + r",\s+" +
                                 _OUTLET_NAME + r",\s+(?:(?-i:[a-z]+)\s+)?" + _REPORTING_VERBS, re.I),
                      # a country's public broadcaster ("according to Lenzian state television")
                      re.compile(_CITING_WORD + r"(?:the\s+)?(?P<outlet>(?-i:(?!The\b)[A-Z][a-z]+) "
                                 r"(?:state|public|state-run|state-owned|national) (?:television|TV|radio|broadcaster|"
                                 r"news agency))\b", re.I),
                      re.compile(r"\b(?P<outlet>(?-i:(?!The\b)[A-Z][a-z]+) (?:state|public|state-run|state-owned|"
                                 r"national) (?:television|TV|radio|broadcaster|news agency))\s+" + _REPORTING_VERBS,
                                 re.I),
                      re.compile(_CITING_WORD + r"(?:the\s+|" + _POSSESSOR + r")?" + _NAME_BEFORE + r"\s+" +
                                 _MEDIA_NOUN + r"\b(?!\s+[\"“«]?(?-i:[A-Z]))", re.I),
                      # the channel or site of an outlet named before what it is ("the Lenz radio station's Telegram
                      # channel reported", "on the Kestrel newspaper's website")
                      re.compile(r"\bthe\s+" + _NAME_BEFORE + r"\s+" + _MEDIA_NOUN + _OUTLETS_SITE + r"\s+" +
                                 _REPORTING_VERBS, re.I),
                      re.compile(r"(?:" + _CITING_WORD + r"|\bon\s+)the\s+" + _NAME_BEFORE + r"\s+" + _MEDIA_NOUN +
                                 _OUTLETS_SITE, re.I),
                      # a citing word, the name and what it is after it ("told lenta42.ru, a news site for the region")
                      re.compile(_CITING_WORD + r"(?:the\s+)?" + _NAME_BEFORE + r", (?:an?|the) (?:[\w-]+ ){0,3}"
                                 + _MEDIA_NOUN + r"\b", re.I),
                      # an appearance on an unlisted broadcaster ("said on the Kestrel Sport network")
                      re.compile(r"\b(?:said|spoke|speaking|appeared|appearing|interviewed) on the\s+" + _NAME_BEFORE +
                                 r"\s+(?:network|channel|radio|television|TV|station)\b", re.I),
                      re.compile(r"\b" + _NAME_BEFORE + r", (?:an?|the) (?:(?!(?:at|of|for|with|from|in) )[\w-]+ ){0,3}"
                                 + _MEDIA_NOUN + r",\s+" + _REPORTING_VERBS, re.I),
                      # "according to a report by Study Finds", "a report in the Valley Ledger", "first reported by"
                      re.compile(r"\b(?:an? (?-i:[a-z-]+ )?(?:report|article|story|investigation) (?:in|by|from)|"
                                 r"(?:first|originally|previously|earlier) reported by)\s+(?:the\s+)?" + _OUTLET_NAME,
                                 re.I)]
# words of a state body's or an organisation's name: "a report by the Justice Ministry" cites no outlet
_BODY_WORDS = re.compile(r"\b(?:Ministry|Council|Office|Department|Court|Committee|Commission|Service|Government|"
                         r"Parliament|Police|Army|Prosecutor|Agency|Bank|University|Institute|Watch|Fund|Group)\b")
# a name whose last word says it is an outlet ("Polygon Media", "Valley News"): capitalised words and that word
OUTLET_NAME = (r"(?-i:(?!The )[A-Z][\w&'-]*(?: [A-Z][\w&'-]*){0,2} (?:Media|News|Post|Times|Gazette|Herald|Journal|"
               r"Magazine|Monitor|Press|Wire|Tribune|Chronicle|Daily|TV|Radio|Courier|Examiner|Inquirer|Dispatch|Sentinel|Bulletin|Online|Weekly|"
               r"Telegraph|Observer|Star)(?:-[A-Z][a-z]+)?|[CKW][A-Z]{2,3}-(?:TV|FM|AM|DT)\d?)")
_OUTLET_NAMED = r"(?:the )?(?P<outlet>" + OUTLET_NAME + r")(?:'s)?\b"  # ... in a citing cue


# a named organisation whose report, study or survey a sentence cites ("a report by Amnesty International", "In a
# report published Tuesday, Human Rights Watch (HRW) said", "the Lenz Institute has released its annual Freedom
# Index", "a new World Health Organization report", "the Kestrel Institute, a think tank based in Lenz, reported"):
# the organisation is cited as the publication's author; a state body's report is no publication cited (below)
_REPORT_NOUN = (r"(?:report|study|survey|analysis|briefing|bulletin|paper|press release|assessment|review|"
                r"investigation|index|poll|audit|dossier|white paper)s?")
_ORG_NAME = r"(?P<org>(?-i:[A-Z][\w.&'-]*(?: (?:of |for |the |and |on |in )*[A-Z][\w.&'-]*){0,6}))"
_ABBREVIATION = r"(?: \((?-i:[A-Z][\w.&-]*)\))?"
_FEW_WORDS = r"(?:[\w'-]+ ){0,4}?"
_REPORT_CUES = [
    re.compile(r"\b" + _REPORT_NOUN + r" (?:(?:published|released|issued|compiled|prepared|produced|conducted|"
               r"carried out|commissioned|led|funded) " + _FEW_WORDS + r")?(?:by|from) (?:the )?" + _ORG_NAME, re.I),
    re.compile(r"\b" + _ORG_NAME + r"(?:'s|" + _ABBREVIATION + r"'s) " + _FEW_WORDS + _REPORT_NOUN + r"\b", re.I),
    re.compile(r"\b(?:an?|the|its) (?:(?:new|latest|annual|recent|\d{4}|first|second|third|fresh) )*" + _ORG_NAME +
               r" (?-i:" + _REPORT_NOUN + r")\b", re.I),  # "the annual World Report" is a title
    re.compile(r"\bin (?:an?|its|their|the) " + _FEW_WORDS + _REPORT_NOUN + r"\b[^.;:]{0,80}?, (?:the )?" + _ORG_NAME +
               _ABBREVIATION + r" (?:said|says|found|finds|wrote|writes|warned|warns|reported|reports|stated|states|"
               r"concluded|concludes|estimated|estimates|noted|notes|documented|documents)\b", re.I),
    re.compile(r"\b" + _ORG_NAME + _ABBREVIATION + r" (?:said|says|found|finds|wrote|writes|warned|warns|stated|"
               r"states|concluded|concludes|estimated|estimates|noted|notes) in (?:an?|its|their|the) " + _FEW_WORDS +
               _REPORT_NOUN + r"\b", re.I),
    re.compile(r"\b" + _ORG_NAME + _ABBREVIATION + r" (?:has |have |had )?(?:released|published|issued|unveiled|"
               r"launched|presented) (?:an?|its|their|the) " + _FEW_WORDS + _REPORT_NOUN + r"\b", re.I),
    re.compile(r"\b" + _ORG_NAME + _ABBREVIATION + r", an? (?:[\w-]+ ){0,3}?(?:think[ -]tank|research (?:group|"
               r"institute|centre|center|organi[sz]ation|firm)|monitoring group|monitor|watchdog|pollster|"
               r"polling (?:firm|agency|company))\b[^.;]{0,100}?, (?:reported|reports|found|finds|estimated|"
               r"estimates|published|documented|wrote|writes)\b", re.I),
]
# a state body's name (its reports are the state speaking, not a publication: "a report by the Justice Ministry")
_STATE_WORDS = re.compile(r"\b(?-i:Ministry|Ministries|Department|Government|Office|Prosecutor|Police|Army|Forces|"
                          r"Court|Kremlin|Parliament|Duma|Senate|Congress|Administration|Service|Pentagon|Cabinet|Navy|"
                          r"Guard|Cabinet|Presidency|Embassy|Treasury)\b")
# ... unless an international body's ("the U.N. Office of the High Commissioner for Human Rights", "the European
# Commission's Joint Research Centre")
_INTERNATIONAL = re.compile(r"(?-i:U\.?N\.?|United Nations|E\.?U\.?|European|World|International|NATO|OSCE)\b")
# words opening a capitalised run that are no part of the organisation's name ("On Tuesday Human Rights Watch ...")
_NAME_OPENERS = {"on", "in", "at", "the", "a", "an", "earlier", "later", "last", "this", "meanwhile", "also", "but",
                 "and", "yet", "now", "separately", "according", "by", "from", "its", "their", "when", "while", "as",
                 "after", "before", "if", "since", "though", "although", "because", "once", "until"}


@lru_cache(maxsize=TEXTS_CACHED)
def _reports_cited(sentence: str) -> tuple[str, ...]:
    """Organisations whose report a sentence cites (`_REPORT_CUES`), as written, without a state body, a place, a
    people, a time word or a report's own title word ('the Annual Report')."""
    names = []
    for cue in _REPORT_CUES:
        for match in cue.finditer(sentence):
            words = _without_openers(match.group("org").replace("\u2019", "'")).split()
            while words and words[-1].lower() in ("of", "for", "the", "and", "on", "in"):
                words = words[:-1]
            name = re.sub(r"'s$|(?<=[a-z])\.$", "", " ".join(words))
            if not name or _STATE_WORDS.search(name) and not _INTERNATIONAL.match(name) or re.search(_REPORT_NOUN + r"$", name, re.I) or \
                    set(name.lower().split()) <= _place_words() | _TIME_WORDS | {"new", "annual", "latest"}:
                continue
            names.append(name)
    return tuple(dict.fromkeys(names))


def cited_reports(article: Article) -> list[tuple[str, Sentence]]:
    """(organisation, sentence) for each sentence that cites a named organisation's report, study or survey
    (`_REPORT_CUES`), in the text's order."""
    return [(name, sentence) for sentence in article.sentences for name in _reports_cited(fold(sentence.text))]


@lru_cache(maxsize=TEXTS_CACHED)
def _introduced_outlets_cited(sentence: str) -> tuple[str, ...]:
    """Outlets a sentence cites and says what they are (`_OUTLET_INTRODUCED`: "by the Ukrainian news agency UNIAN",
    whose name data/outlets.csv may list or not), or whose name does (`_OUTLET_NAMED` in a citing cue of
    `_ORIGIN_CUES`, outside data/outlets.csv): a listed one by its canonical name, another as written."""
    names = [re.sub(r"(?<=[a-z])\.$|['’]s .*", "", m.group("outlet")) for cue in _OUTLET_INTRODUCED
             for m in cue.finditer(sentence) if not _BODY_WORDS.search(m.group("outlet"))]
    names += [m.group("outlet") for cue in _named_outlet_cues() for m in cue.finditer(sentence)]
    names = [_without_openers(n, keep=("the",)) for n in names]
    listed = outlet_aliases().values()
    return tuple(dict.fromkeys(canonical_outlet(n) if canonical_outlet(n) in listed else n for n in names
                               if n and not set(n.lower().split()) <= _place_words() | _TIME_WORDS))


def _without_openers(name: str, keep: tuple[str, ...] = ()) -> str:
    """A capitalised run without the sentence's opening words before the name (`_NAME_OPENERS` but `keep`: "When The
    Lenz Herald"), '' when nothing is left."""
    words = name.split()
    while words and words[0].lower() not in keep and \
            (words[0].lower() in _NAME_OPENERS or words[0].lower() in _TIME_WORDS):
        words = words[1:]
    return " ".join(words)


@lru_cache(maxsize=1)
def _named_outlet_cues() -> list[re.Pattern]:
    """The citing cues of `_ORIGIN_CUES` with `_OUTLET_NAMED` for the outlet."""
    return [re.compile(cue.format(o=_OUTLET_NAMED), re.I) for cue, _, reason in _ORIGIN_CUES
            if reason in _CITING_REASONS]


def _is_outlet_mention(match: re.Match) -> bool:
    """An outlet counts only when written as its alias is ("The Independent", not "the independent portal"), not
    as the end of a longer name (`_ends_longer_name`: "Thomson Reuters", a company), and an agency in brackets only
    after a dateline's place ("Lenz on Monday (AP) \u2014 and" is a sentence)."""
    name = match.group("outlet")
    return (name in outlet_aliases() or (name[:1].isupper() and name.lower() not in _COMMON_WORDS)) and \
        _is_dateline_place(match.groupdict().get("place")) and not _ends_longer_name(match)


# a capitalised word right before an outlet's name makes one longer name ("Thomson Reuters said", a company) unless
# it says where the outlet is from ("Russian TASS", `data/source_countries.csv`), when ("On Monday AP said"), or
# is a function word or one of `_TIME_WORDS` opening the sentence ("Meanwhile Reuters reported")
_WORD_BEFORE = re.compile(r"(?<![\w'.(/-])(?-i:[A-Z][a-z]+) $")
_TIME_WORDS = {"today", "yesterday", "earlier", "later", "separately", "previously", "recently", "monday", "tuesday",
               "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february", "march", "april", "may",
               "june", "july", "august", "september", "october", "november", "december"}


def _ends_longer_name(match: re.Match) -> bool:
    from spacy.lang.en.stop_words import STOP_WORDS

    before = _WORD_BEFORE.search(match.string[:match.start("outlet")])
    if before is None:
        return False
    word = before.group().strip().lower()
    return word not in STOP_WORDS and word not in _TIME_WORDS and word not in _place_words()


@lru_cache(maxsize=1)
def _place_words() -> frozenset[str]:
    """Countries, peoples and places of `data/source_countries.csv`, lower case ('russian', 'ukraine')."""
    table = pd.read_csv(resources.files("analysis") / "data" / "source_countries.csv", dtype=str)
    return frozenset(word for cue in table["cue"].str.lower() for word in cue.split())


def _is_dateline_place(place: str | None) -> bool:
    """The words before a dateline's agency: a place, after at most a date, a time and a byline glued to it
    ("KYIV, Ukraine", "BAKHMUT, Donetsk region, Ukraine", "By JANE ROE Updated 11:05 AM EST, January 6, 2015
    KYIV"), not a sentence: it opens with a capital or a figure, ends with a capitalized word or a figure, and
    holds at most two words in lower case."""
    words = re.findall(r"[^\W\d_][\w'.-]*|\d[\w:.-]*", place or "")
    return not words or (not words[0][0].islower() and not words[-1][0].islower() and
                         sum(w[0].islower() for w in words) <= 2)


_COMMON_WORDS = {"independent", "guardian", "insider", "economist", "politico", "times", "post", "mail", "sun",
                 "mirror", "express", "telegraph", "spiegel", "observer"}


def refers_to_itself_as_source(article: Article, outlet: str) -> str:
    """A sentence where the text cites `outlet` in the third person ("CNN writes"), as a rewrite does; else ''."""
    if not outlet:
        return ""
    return _third_person_citation(tuple(s.text for s in article.sentences), outlet)


@lru_cache(maxsize=TEXTS_CACHED)
def _third_person_citation(sentences: tuple[str, ...], outlet: str) -> str:
    """The first of the sentences that cites `outlet` by one of `_SUMMARY_CUES` (not as the end of a longer name:
    "Thomson Reuters said"), or ''."""
    aliases, cues = _summary_cues(outlet)
    return next((sentence for sentence in sentences if any(alias in sentence for alias in aliases)
                 and any(not _ends_longer_name(match) for cue in cues for match in cue.finditer(sentence))), "")


@lru_cache(maxsize=None)
def _summary_cues(outlet: str) -> tuple[list[str], list[re.Pattern]]:
    """The outlet's aliases (a sentence holding none cannot cite it) and `_SUMMARY_CUES` compiled for them."""
    aliases = [a for a, c in outlet_aliases().items() if c == outlet] or [outlet]
    pattern = "(?:the )?(?P<outlet>" + "|".join(re.escape(a) for a in aliases) + ")"
    return aliases, [re.compile(cue.format(o=pattern)) for cue in _SUMMARY_CUES]


# --- machine translation: the text's own signs (shared with the translation-quality checks) ------------

# "1.500 prisoners" (European thousands: a figure before what it counts) but not a decimal: "2.333 per cent",
# "1.125 million", "$1.250", "0.125", a rate before a preposition ("96.125 per dollar", "92.535 to the dollar",
# "4.125 on Friday")
_EURO_THOUSANDS = re.compile(
    r"(?<![$\u00a3\u20ac\d.,])\b[1-9]\d{0,2}(?:\.\d{3})+(?![.,]?\d)(?!\s*(?:%|per\s*cent|percent|pct|pc\b|"
    r"(?:per|to|on|at|in|from|against|a|an|the|and|or|than)\b|points?|"
    r"percentage|[mb]n\b|million|billion|trillion|thousand|times|fold|[kmc]?[mg]\b|k[gm]|tonnes?|tons?|litres?|"
    r"liters?|miles?|metres?|meters?|degrees?|seconds?|hours?|years?|ppm|ratio|rate))\s*(?:[a-z]+)", re.I)
ABBREVIATION = re.compile(r"\b(?:[A-Za-z]|St|Mr|Mrs|Ms|Dr|Jr|Sr|vs|etc|No|approx|Gen|Col|Lt|Sgt|Gov|Sen|Rep|Inc|Corp|Ltd|Co|"
                          r"Bros|Mt|Ft|Ave|Rd|Dept|Prof|Capt|Cmdr|Adm|Rev|Hon|Maj|Brig|Supt|[Gg]ovt|dept|[A-Z]{2,3}|"
                          r"Jan|Feb|Mar|Apr|Aug|Sept?|Oct|Nov|Dec|[a-z]\.[a-z])$")
_ABBREVIATION_BEFORE = re.compile(r"(?:\b[A-Z][A-Za-z]{0,3}|\bCalif|\b(?:[A-Za-z]\.)+[A-Za-z]|\betc|\bal|\b[ap]\.m|\bcorp|\bco)$")
PUNCTUATION_RUN = re.compile(r"(?<!\.)(?:[.,;:!?]\s*[,;:]|[,;:]\s*[.!?]|\.\s+\.\.?(?!\.)|\s[,;:](?=\s|$)|"
                             r"\w\s\.(?=\s|$))")
MID_SENTENCE_STOP = re.compile(r"(?<=\w)\.\s+(?=[a-z])")


def punctuation_artifacts(text: str, ends_paragraph: bool = False) -> list[tuple[int, int, str]]:
    """Stray punctuation in a text: runs like '. ,', ', .' or '. ..' (a full stop and a two-dot ellipsis; '. ...' is
    English's four-dot one), a space before a comma, and a full stop inside a
    sentence followed by a lowercase word ('school. help group', 'marathon. in May'); offsets into `text`. A
    space before the full stop that ends a paragraph is a link the scraper dropped ('supported by filmmakers .')."""
    found = []
    for match in PUNCTUATION_RUN.finditer(text):
        if match.group().startswith(".,") and _ABBREVIATION_BEFORE.search(text[:match.start()]):
            continue  # "Apple Inc., Amazon", "the U.S., Britain": an abbreviation's full stop before a comma
        if ends_paragraph and re.fullmatch(r"\w\s\.", match.group()) and not text[match.end():].strip():
            continue
        found.append((match.start(), match.end(), f"stray punctuation run '{match.group().strip()}'"))
    for match in MID_SENTENCE_STOP.finditer(text):
        before = text[:match.start()]
        if ABBREVIATION.search(before) or re.search(r"\.\w+$", before):
            continue  # an abbreviation (St., U.S.) or a domain (Gulagu.net)
        word_start = len(before) - len(re.search(r"\w*$", before).group())
        after = re.match(r"\.\s+\w+", text[match.start():]).group()
        found.append((word_start, match.start() + len(after),
                      f"full stop inside a sentence: '{text[word_start:match.start() + len(after)]}'"))
    return found


def unbalanced_quotes(text: str, one_glyph: bool = False) -> str:
    """A description of unbalanced quotation marks in a paragraph, or '': an odd number of double quotation
    marks of any style, or as many marks but more opening than closing curly ones ('\u201ca\u201c') unless the
    page sets one glyph for both (`one_glyph`: '\u201dWe left,\u201d he said', a site's house style). (A quotation
    running on into the next paragraph, which opens with a quotation mark, is the caller's exception.)"""
    marks = fold(text).count('"')
    if marks % 2:
        return f"an odd number ({marks}) of quotation marks: a quotation's boundary was lost"
    opening, closing = text.count("\u201c"), text.count("\u201d")
    # a page that lost the space between sentences ('money.\u201dRussia', 'releases.\u201dIf you') had its marks
    # curled with no space to tell: a mark glued between a full stop and a capital may open or close
    glued = len(_GLUED_MARK.findall(text))
    turned = (closing - opening) % 2 == 0 and 0 <= (closing - opening) // 2 <= glued
    if opening != closing and opening + closing == marks and not one_glyph and not turned:
        return f"{opening} opening vs {closing} closing quotation marks: a quotation's boundary was lost"
    return ""


_GLUED_MARK = re.compile(r"(?<=[a-z][.!?,])\u201d(?=[A-Z])")


def with_next_text(paragraphs: list) -> list[tuple]:
    """Each paragraph with the next paragraph of text after it (past subheadings and short kept lines: a quotation
    running over two paragraphs may have one between them), or None at the end."""
    pairs, following = [], None
    for paragraph in reversed(paragraphs):
        pairs.append((paragraph, following))
        if paragraph.kind != "heading":
            following = paragraph
    return pairs[::-1]


def _mark_lost_between(prose: list) -> set[int]:
    """The indexes of two paragraphs that one quotation runs over with the marks between them lost: the first
    ends inside a quotation it opens, the next's first mark closes it ('“After six months, you go home.' /
    'You have five minutes to decide.”'). Together they are balanced: no sign of a translation."""
    spanned = set()
    for paragraph, following in with_next_text(prose):
        if following is None or paragraph.kind == "heading":
            continue
        first, second = _QUOTE_MARK.findall(paragraph.text), _QUOTE_MARK.findall(following.text)
        if len(first) % 2 and len(second) % 2 and first[-1] != "”" and second[0] != "“":
            spanned |= {paragraph.index, following.index}
    return spanned


_QUOTE_MARK = re.compile(r'["“”]')
# a paragraph whose one mark closes a quotation its first words open, the speaker after it ('Today, nine
# countries ... consequences," the President said.'): the opening mark lost where the paragraph starts
_OPENING_LOST = re.compile(r'^[^"]+[,.!?]"\s[^"]+$')
# a paragraph that is one quotation, opened and never closed ('"Serve your term out there and the
# gates open. Nobody checks twice.'): its closing mark lost, as an opening mark is above, one habit of the page with it
_CLOSING_LOST = re.compile(r'^"[^"]+[.!?]$')
# the last quotation a paragraph opens, running to its end
_OPEN_AT_END = re.compile(r'(?:\u201c|(?<![^\s(\[])")[^"\u201c\u201d]*$')
_TEASER_CUT = re.compile(r"(?:\u2026|\.\.\.)\s*$")  # a paragraph ending in an ellipsis: an excerpt the site cut
PROSE_WORDS = 6  # a sentence shorter than this is a fragment of page furniture: its punctuation is no sign
_PROGRAM_CODE = re.compile(r"[{}]|\bfunction\s*\(|;\s*(?:var\s+)?[\w.]+\s*=[^=]")


def _runs_on_past_the_end(text: str, one_glyph: bool) -> bool:
    """The page's last paragraph opens a quotation it does not close, its marks before it balanced: the quotation
    runs on into the next paragraph, which the page (an opening excerpt) lost."""
    return bool(match := _OPEN_AT_END.search(text)) and not unbalanced_quotes(text[:match.start()], one_glyph)


def translation_signs(article: Article) -> list[str]:
    """Signs in the text that it is a machine translation, each as 'sign: evidence'. Only prose counts: a
    script left in a scraped page ('function(d, s) { var js = ...; }') is no sign, nor is a page's cut-off end."""
    signs = [f"disclaimer: {r.text}" for r in article.removed if r.reason == debris.MT_DISCLAIMER]
    prose = [p for p in article.paragraphs if not _PROGRAM_CODE.search(p.text)]
    spanned = _mark_lost_between(prose)
    one_glyph = ("\u201c" in article.body) != ("\u201d" in article.body)  # the page's house style
    opening_lost = 0
    for paragraph, following in with_next_text(prose):
        continued = paragraph.index in spanned or (following is not None and fold(following.text).startswith('"'))
        cut_off = (following is None and (not re.search(r"[.!?\"\u201d\u2019')\]]\s*$", paragraph.text) or
                                      _runs_on_past_the_end(paragraph.text, one_glyph))) or \
            bool(_TEASER_CUT.search(paragraph.text))  # a list's teaser the site cut: '... the remand prison …'
        if paragraph.kind != "heading" and not continued and not cut_off and \
                (problem := unbalanced_quotes(paragraph.text, one_glyph)):
            if (lost := _OPENING_LOST.match(fold(paragraph.text))) or _CLOSING_LOST.match(fold(paragraph.text)):
                opening_lost += 1
                if opening_lost > 1:
                    continue  # the page's habit (its marks dropped by the site or the scrape): one sign
                problem = ("a quotation's opening mark lost at the paragraph's start (counted once)" if lost else
                           f"{problem}, its closing mark lost at the paragraph's end (counted once)")
            signs.append(f"{problem}: \u201c{paragraph.text}\u201d")
    # \u00ab\u00bb around words of another script are the original's own marks on a quotation in its language
    quoted = re.findall(r"\u00ab[^\u00ab\u00bb]{1,200}\u00bb", article.body)
    if guillemets := [g for g in quoted if re.search(r"[A-Za-z]", g)]:
        signs.append(f"Russian/French quotation marks \u00ab\u00bb in English text: {guillemets[0]}")
    ends = {paragraph.end for paragraph in article.paragraphs}
    for sentence in article.sentences:
        text = sentence.text
        if _PROGRAM_CODE.search(text):
            continue
        for match in _EURO_THOUSANDS.finditer(text):
            signs.append(f"European thousands separator '{match.group(0)}' in English text: \u201c{text}\u201d")
        if len(text.split()) < PROSE_WORDS:
            continue  # a list item or widget line ('46 sec. here'), not prose
        for start, end, description in punctuation_artifacts(fold(text), sentence.end in ends):
            if "\u2026" not in text[start:end]:  # an ellipsis trailing off ('our first World Cup\u2026 the unity')
                signs.append(f"{description}: \u201c{text}\u201d")
    # the wording: calques, case, number habits; its phrasings count only beside an error of the text's own
    return signs + translationese.wording_signs(article, other_errors=len(signs))


def infer_translations(articles: list[Article], relations: pd.DataFrame) -> None:
    """Set translation_status, translation_of and outlet for every article from its signs and relations."""
    from .corpus import Field

    signs = {a.article_id: translation_signs(a) for a in articles if a.ok}
    for article in articles:
        if not article.ok:
            continue
        found = signs[article.article_id]
        if "translation_status" in article.meta:  # given in the manifest
            pass
        elif any(s.startswith("disclaimer") for s in found):
            article.meta["translation_status"] = Field(MACHINE_TRANSLATION, "given", found[0])
        elif len(found) >= 2:
            article.meta["translation_status"] = Field(
                MACHINE_TRANSLATION, "inferred", f"{len(found)} signs: " + " | ".join(found[:4]))
        elif found:
            article.meta["translation_status"] = Field(UNKNOWN, "inferred", f"one sign only: {found[0]}")
        else:
            article.meta["translation_status"] = Field(ORIGINAL, "inferred", translationese.phrasings_set_aside(
                article) or "no translation disclaimer and no machine-translation signs in the text")
    by_id = {a.article_id: a for a in articles}
    for row in relations.itertuples():
        if row.kind == "rewrite" and row.lockstep:
            _machine_version(by_id[row.a_id], by_id[row.b_id], row, signs)
    for row in relations.itertuples():
        if row.kind == "rewrite":
            _retranslation(by_id[row.a_id], by_id[row.b_id], row, signs, relations)
    # a translation's source: a version in lockstep with it, the closest first; a looser version of a machine
    # translation retells it, or both derive from a third text (one wire story): the kind stays the text's own
    copies = _copy_pairs(relations)
    rows = sorted(relations.itertuples(), key=lambda r: (not r.lockstep, -r.similarity, r.Index))
    for row in rows:
        if row.kind == "copy":
            _copy_is_no_translation(by_id[row.a_id], by_id[row.b_id], row)  # a copy stays a translation only
            # where it says it is one
        _translation_source(relations, row, by_id, signs, copies, of_machine_version=False)
    for row in rows:  # only then a machine version with fewer signs: the other round trip of one original is
        _translation_source(relations, row, by_id, signs, copies, of_machine_version=True)  # no source of this one
    # excerpts of one story that no sentence aligns (`relations.story_evidence`): beside a machine translation,
    # an English version of its story is its original's version in the original language (no looser retelling
    # can be told from a translation where no sentence aligns)
    for row in relations.itertuples():
        if row.kind == "rewrite" and getattr(row, "story_evidence", "") and \
                _machine_translated(by_id[row.a_id]) != _machine_translated(by_id[row.b_id]):
            relations.loc[row.Index, "kind"] = "translation"
    for article in articles:
        if article.ok and "outlet" not in article.meta:
            article.meta["outlet"] = _publishing_outlet(article)
    copies = _copy_pairs(relations)
    directions = _retellings([_direction(by_id[a], by_id[b], copies)
                              for a, b in zip(relations["a_id"], relations["b_id"])], relations, by_id)
    directions = _through_copies(directions, relations)
    if directions:  # set once: a `.loc` assignment per relation costs more than finding the direction
        relations["derived"] = [derived for derived, _ in directions]
        relations["direction_evidence"] = [evidence for _, evidence in directions]


def _translation_source(relations: pd.DataFrame, row, by_id: dict[str, Article], signs: dict[str, list[str]],
                        copies: set[frozenset[str]], of_machine_version: bool) -> None:
    """Pair a machine translation with its source in the relation `row` when the two are in lockstep: the source
    is no machine translation (or, `of_machine_version`, one with fewer signs and no disclaimer)."""
    from .corpus import Field

    a, b = by_id[row.a_id], by_id[row.b_id]
    for copy, source in ((a, b), (b, a)):
        if copy.value("translation_status") != MACHINE_TRANSLATION or source.value("translation_of") == \
                copy.article_id or _retold_by_both(a, b):
            continue
        if not row.lockstep:  # an excerpt or a cut copy of its original is its original too, in lockstep or not
            if of_machine_version and row.kind == "rewrite" and _copy_of_source(copy, source, copies):
                relations.loc[row.Index, "kind"] = "translation"
            continue
        if (source.value("translation_status") != MACHINE_TRANSLATION) if not of_machine_version else (
                source.value("translation_status") == MACHINE_TRANSLATION
                and len(signs[source.article_id]) < len(signs[copy.article_id])
                and not any(s.startswith("disclaimer") for s in signs[source.article_id])):
            if "translation_of" in copy.meta:
                # a translation of an earlier pair's original: a copy of that original is its original too;
                # another version in lockstep with it (a second round trip of the story, a rewrite of it that
                # keeps its order) derives from the original as it does: the kind stays the text's own
                if _copy_of_source(copy, source, copies):
                    relations.loc[row.Index, "kind"] = "translation"
                continue
            relations.loc[row.Index, "kind"] = "translation"
            copy.meta["translation_of"] = Field(
                source.article_id, "inferred",
                f"same story (similarity {row.similarity:.2f}, {row.shared_sentences} aligned sentences"
                + (f"; in lockstep: {row.lockstep}" if row.lockstep else "") + f"); {copy.article_id} shows "
                f"{len(signs[copy.article_id])} machine-translation signs, {source.article_id} shows "
                f"{len(signs[source.article_id])}")


def _through_copies(directions: list[tuple[str, str]], relations: pd.DataFrame) -> list[tuple[str, str]]:
    """The directions with each untold one told where the two texts are not copies of one another and one of
    them derives from a copy of the other: a version made from a story derives from every copy of that story
    (a rewrite that cites the agency whose dateline one site keeps, set beside another site's copy without it)."""
    from .relations import COPY

    rows = list(zip(relations["a_id"], relations["b_id"], relations["kind"]))
    copies = {frozenset((a, b)) for a, b, kind in rows if kind == COPY}
    derived_from: dict[str, dict[str, str]] = {}
    for (a, b, _), (derived, _) in zip(rows, directions):
        if derived:
            derived_from.setdefault(derived, {})[b if derived == a else a] = derived
    told = list(directions)
    for k, ((a, b, kind), (derived, _)) in enumerate(zip(rows, directions)):
        if derived or kind == COPY:
            continue
        for made, other in ((a, b), (b, a)):
            source = next((s for s in sorted(derived_from.get(made, {})) if frozenset((s, other)) in copies), "")
            if source and made not in derived_from.get(other, {}):
                told[k] = (made, f"{made} derives from {source} (as that pair's direction says), of which {other} "
                                 f"is a copy")
                break
    return told


def _copy_pairs(relations: pd.DataFrame) -> set[frozenset[str]]:
    """The pairs of versions that are copies of one another (`relations.kind` copy)."""
    from .relations import COPY

    return {frozenset((a, b)) for a, b, kind in zip(relations["a_id"], relations["b_id"], relations["kind"])
            if kind == COPY}


def _copy_of_source(translation: Article, other: Article, copies: set[frozenset[str]]) -> str:
    """The original of the machine translation `translation` when `other` is a copy of it (not itself a machine
    translation: one wire story republished by several sites, one of them translated), else ''."""
    source = translation.value("translation_of")
    if source and source != other.article_id and frozenset((source, other.article_id)) in copies and \
            not _machine_translated(other):
        return source
    return ""


def _copy_is_no_translation(a: Article, b: Article, row) -> None:
    """A copy word for word of another article is not a machine translation, whatever stray signs it shows
    (a translation rewords): an inferred `machine_translation` status of either side becomes `original`."""
    from .corpus import Field

    for copy, other in ((a, b), (b, a)):
        status = copy.meta.get("translation_status")
        if status is not None and status.value == MACHINE_TRANSLATION and status.provenance == "inferred" and \
                other.value("translation_status") != MACHINE_TRANSLATION:
            copy.meta["translation_status"] = Field(
                ORIGINAL, "inferred", f"a copy of article {other.article_id} ({row.shared_sentences} sentences "
                                      f"matching almost word for word), so not a machine translation; "
                                      f"its signs: {status.evidence}")


# lockstep over fewer sentences tells no round trip: a desk rewriting a short wire story (its lead and five or six
# paragraphs) keeps the order of its paragraphs as a machine does (the round trips read: 9 to 16 sentences)
ROUND_TRIP_SENTENCES = 8
# a round trip swaps a word for a synonym in nearly every sentence (the development sets' round trips: one swap
# for every two sentences or more); a desk keeping the story's order rewrites clauses and swaps fewer than one in
# this many sentences
ROUND_TRIP_SWAPS = 3


def _machine_version(a: Article, b: Article, row, signs: dict[str, list[str]]) -> None:
    """Two texts in one language in lockstep (`relations.lockstep`: sentence by sentence, words swapped, numbers
    and length kept) over at least `ROUND_TRIP_SENTENCES` sentences are a machine translation and its original: a
    round trip through another language reads as fluent English and shows no signs of its own. The derived one,
    when the texts tell which, becomes a `machine_translation`; when they do not, both are `unknown`."""
    from .corpus import Field

    statuses = [x.meta.get("translation_status") for x in (a, b)]
    if any(s is None or s.provenance == "given" or s.value == MACHINE_TRANSLATION for s in statuses) or \
            a.value("language") != b.value("language") or row.shared_sentences < ROUND_TRIP_SENTENCES:
        return  # a stated status stands; a machine translation found by its signs is paired by the caller
    if outlet := _retold_by_both(a, b):
        for article, other in ((a, b), (b, a)):
            article.meta["translation_status"] = Field(
                MACHINE_TRANSLATION, "inferred", f"it and article {other.article_id} are in lockstep ({row.lockstep}) "
                f"and each retells {outlet}'s story in the third person (\u201c"
                f"{refers_to_itself_as_source(article, outlet)}\u201d): two machine versions of that story (round "
                f"trips), neither the other's source")
        return
    if (kept := _quotations_kept(a, b, row.alignment)) is not None:
        for article, other in ((a, b), (b, a)):  # the statuses of their own signs stand: 'original' for both here
            status = article.meta["translation_status"]
            article.meta["translation_status"] = Field(
                status.value, status.provenance, f"{status.evidence}; in lockstep with article {other.article_id}, "
                                                 f"but {kept}: a desk's rewrite, not a machine translation")
        return
    from .relations import swapped_words

    if (swapped := swapped_words(a, b, row.alignment)) < len(row.alignment) / ROUND_TRIP_SWAPS:
        for article, other in ((a, b), (b, a)):  # the statuses of their own signs stand
            status = article.meta["translation_status"]
            article.meta["translation_status"] = Field(
                status.value, status.provenance, f"{status.evidence}; in lockstep with article {other.article_id}, "
                f"but only {swapped} words of {len(row.alignment)} aligned sentences swapped one for another: a "
                f"desk's rewrite in the story's order, not a round trip")
        return
    derived, why = _machine_direction(a, b, signs, row.alignment)
    if not derived:
        for article, other in ((a, b), (b, a)):
            article.meta["translation_status"] = Field(
                UNKNOWN, "inferred", f"it and article {other.article_id} are in lockstep ({row.lockstep}), as a "
                                     f"machine translation and its original are; {why}")
        return
    copy, source = (a, b) if derived == a.article_id else (b, a)
    copy.meta["translation_status"] = Field(
        MACHINE_TRANSLATION, "inferred", f"a machine version of article {source.article_id}: in lockstep with it "
                                         f"({row.lockstep}), and {why}")


RETRANSLATION_SENTENCES = 4  # sentences two versions share in order, each reworded, that can tell a translation
NUMBERS_KEPT = 0.8  # the share of the figures of the original's aligned sentences a translation gives too
_FIGURES = re.compile(r"\d+(?:[.,]\d+)*")


_NUMBER_WORDS = {w: str(n) for n, w in enumerate(
    "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen "
    "eighteen nineteen twenty".split()) if n >= 2}  # not 'one': 'no one', 'one of them'


def _figures(text: str) -> set[str]:
    """The figures of a text, its numbers written as words up to twenty among them ('six' and '6' are one)."""
    words = {_NUMBER_WORDS[w] for w in re.findall(r"[a-z]+", text.lower()) if w in _NUMBER_WORDS}
    return {f.replace(",", "") for f in _FIGURES.findall(text)} | words


def _retranslation(a: Article, b: Article, row, signs: dict[str, list[str]], relations: pd.DataFrame) -> None:
    """A machine translation of another text of the corpus that `_machine_version` cannot tell from a desk's
    rewrite (the pair is not in lockstep: the translating site added or cut paragraphs; or it is over fewer than
    `ROUND_TRIP_SENTENCES` sentences), told by the pair itself, weighed over all its aligned sentences: at least
    `RETRANSLATION_SENTENCES` of them, covering `relations.LOCKSTEP_SHARE` of one text (a translation translates
    the story; a desk retelling half of it is a rewrite), in the same order, each reworded (none word for word), `NUMBERS_KEPT` of
    the figures of the original's aligned sentences in the other's, and the quotations reworded as everything else is (one at least,
    none kept word for word: a desk or a language model rewriting a story keeps what people said, or drops it;
    a translation there and back rewords it), and the direction told by the texts (`_machine_direction`: a
    contraction of one text spelled out in the sentence aligned with it, ...). The derived one becomes a
    `machine_translation` of the other (kind `translation`); when nothing tells which, nothing changes."""
    from .corpus import Field

    statuses = [x.meta.get("translation_status") for x in (a, b)]
    if any(s is None or s.provenance == "given" or s.value == MACHINE_TRANSLATION for s in statuses) or \
            a.value("language") != b.value("language") or _retold_by_both(a, b) or \
            (row.lockstep and row.shared_sentences >= ROUND_TRIP_SENTENCES):
        return  # a stated status stands; a machine translation found by its signs or by `_machine_version` too
    from .relations import LOCKSTEP_SHARE

    alignment = list(row.alignment)
    if len(alignment) < RETRANSLATION_SENTENCES or max(row.a_coverage, row.b_coverage) < LOCKSTEP_SHARE or \
            any(i2 <= i1 or j2 <= j1 for (i1, j1, _), (i2, j2, _) in zip(alignment, alignment[1:])):
        return
    sentences = [(a.sentences[i].text, b.sentences[j].text) for i, j, _ in alignment]
    if any(_plain(x) == _plain(y) for x, y in sentences):
        return
    kept, reworded, _ = _quotation_counts(a, b, alignment)
    if kept or not reworded:
        return
    derived, why = _machine_direction(a, b, signs, alignment)
    if not derived:
        return
    copy, source = (a, b) if derived == a.article_id else (b, a)
    figures = {x.article_id: _figures(" ".join(pair[k] for pair in sentences)) for k, x in enumerate((a, b))}
    same = len(figures[source.article_id] & figures[copy.article_id])
    if same < NUMBERS_KEPT * len(figures[source.article_id]):
        return  # a translation keeps the figures of what it translates (it may add a conversion); a rewrite drops some
    copy.meta["translation_status"] = Field(
        MACHINE_TRANSLATION, "inferred",
        f"a machine version of article {source.article_id}: {len(alignment)} sentences aligned in order, each "
        f"reworded, {same} of its {len(figures[source.article_id])} figures kept, quotations reworded ({reworded // 2 or 1}, none "
        f"kept word for word), and {why}")
    copy.meta["translation_of"] = Field(
        source.article_id, "inferred", f"same story (similarity {row.similarity:.2f}, {row.shared_sentences} aligned "
                                       f"sentences, in order, each reworded); {why}")
    relations.loc[row.Index, "kind"] = "translation"


QUOTATIONS_KEPT = 2  # quotations two versions in lockstep share word for word that make them a desk's rewrite


def _quotations_kept(a: Article, b: Article, alignment) -> str | None:
    """Why two texts in lockstep are a desk's rewrite, not a machine translation, or None: the quotations of
    their aligned sentences (of `relations.STATEMENT_WORDS` words or more) stand word for word in the other at
    least `QUOTATIONS_KEPT` times and none is reworded, while the reporter's sentences around them are (a round trip
    through another language rewords a quotation as it rewords everything else; a reporter may not)."""
    kept, reworded, example = _quotation_counts(a, b, alignment)
    if kept >= 2 * QUOTATIONS_KEPT and not reworded:  # each kept quotation is counted from both sides
        return f"the quotations they share stand word for word ({kept // 2}, \u201c{example[:80]}\u201d) " \
               f"while the reporter's sentences are reworded"
    return None


def _plain(text: str) -> str:
    return re.sub(r"\s+", " ", re.sub(r"[^\w\s]", " ", fold(text).lower())).strip()


def _quotation_counts(a: Article, b: Article, alignment) -> tuple[int, int, str]:
    """How often a quotation (of `relations.STATEMENT_WORDS` words or more) in an aligned sentence stands word for
    word in the sentence aligned with it, counted from both sides, how often it does not, and a kept one."""
    from .quotes import find_quotes
    from .relations import STATEMENT_WORDS

    plain = _plain
    spans = {x.article_id: [(q.start, q.end) for q in find_quotes(x)
                            if len(x.body[q.start:q.end].split()) >= STATEMENT_WORDS] for x in (a, b)}
    kept, reworded, example = 0, 0, ""
    for i, j, _ in alignment:
        for this, other, k, m in ((a, b, i, j), (b, a, j, i)):
            sentence, there = this.sentences[k], plain(other.sentences[m].text)
            for start, end in spans[this.article_id]:  # a quotation's part in this sentence (it may run on)
                start, end = max(start, sentence.start), min(end, sentence.end)
                if len(this.body[start:end].split()) >= STATEMENT_WORDS:
                    quoted = plain(this.body[start:end])
                    if quoted in there:
                        kept, example = kept + 1, example or this.body[start:end]
                    else:
                        reworded += 1
    return kept, reworded, example


# a contraction: "n't", "'re", "'ve", "'ll", "'m", "'d", and "'s" after a pronoun ("that's", "it's"; elsewhere it is
# also a possessive)
_CONTRACTION = re.compile(r"\b(?:\w+(?:n't|'(?:re|ve|ll|m|d))|(?:it|that|there|here|he|she|what|who|let)'s)\b",
                          re.I)
_THAT_AFTER_SAYING = re.compile(r"\b(?:said|says|say|added|announced|stated|explained|reported|noted|claimed|"
                                r"believes?|believed|thinks?|thought)\s+that\b", re.I)
THAT_MARGIN = 2  # a "that" after a reporting verb is a writer's habit as often as a translation's: one tells nothing


def _machine_direction(a: Article, b: Article, signs: dict[str, list[str]], alignment=()) -> tuple[str, str]:
    """Which of two texts in lockstep is the machine version of the other, and why ('' when the texts do not
    tell): the one the texts say derives (`_stated_direction`), else the one with more machine-translation signs,
    else the one whose words run together where the other's are apart (`_run_together`), else the one that spells
    names of its aligned sentences as another language transliterates them (`_respelled_names`), else the one
    that spells out what the other leaves implicit in the sentences aligned with each other (`_spelled_out`), else the later
    of two stated dates (a page may be a later repost, so this comes last)."""
    rules = (_stated_direction, lambda x, y: _more_signs(x, y, signs), _run_together,
             lambda x, y: _respelled_names(x, y, alignment), lambda x, y: _spelled_out(x, y, alignment), _later_date)
    return next((found for rule in rules if (found := rule(a, b))), ("", "neither text tells which is the original"))


def _more_signs(a: Article, b: Article, signs: dict[str, list[str]]) -> tuple[str, str] | None:
    counts = {x.article_id: len(signs.get(x.article_id, [])) for x in (a, b)}
    if counts[a.article_id] == counts[b.article_id]:
        return None
    copy, source = (a, b) if counts[a.article_id] > counts[b.article_id] else (b, a)
    return copy.article_id, f"it shows more machine-translation signs ({counts[copy.article_id]} against " \
                            f"{counts[source.article_id]}): {signs[copy.article_id][0]}"


_FOREIGN_SPELLING = re.compile(r"tsch|sch|w|j|ski$")  # how German, Polish or French write a Russian name's letters


def _respelled_names(a: Article, b: Article, alignment) -> tuple[str, str] | None:
    """The text that spells a name of its aligned sentence as German, Polish or French transliterate it where the
    sentence aligned with it spells it as English does ('Lichovo', 'Petrowa', 'Orlowski' beside 'Likhovo',
    'Petrova', 'Orlovsky'): a translation back into English through that language keeps the intermediate spelling;
    told only when no name goes the other way."""
    from .translationese import _CAPITALISED, _ENGLISH_VARIANTS, _FOREIGN_LETTERS, _spelling_key

    def foreign(word: str, other: str) -> int:
        word, other = word.lower(), other.lower()
        return len(_FOREIGN_SPELLING.findall(word)) + ("ch" in word and "kh" in other)

    respelled = {a.article_id: [], b.article_id: []}
    for i, j, _ in alignment:
        words = {x.article_id: set(_CAPITALISED.findall(s.text)) for x, s in ((a, a.sentences[i]), (b, b.sentences[j]))}
        for word in words[a.article_id] - words[b.article_id]:
            key = _spelling_key(_spelling_key(word, _ENGLISH_VARIANTS), _FOREIGN_LETTERS)
            for other in words[b.article_id] - words[a.article_id]:
                if _spelling_key(_spelling_key(other, _ENGLISH_VARIANTS), _FOREIGN_LETTERS) != key or \
                        _spelling_key(other, _ENGLISH_VARIANTS) == _spelling_key(word, _ENGLISH_VARIANTS):
                    continue
                if foreign(word, other) > foreign(other, word):
                    respelled[a.article_id].append(f"{word} for {other}")
                elif foreign(other, word) > foreign(word, other):
                    respelled[b.article_id].append(f"{other} for {word}")
    for copy, source in ((a, b), (b, a)):
        if respelled[copy.article_id] and not respelled[source.article_id]:
            return copy.article_id, f"it spells names as another language transliterates them where its original " \
                                    f"spells them as English does ({', '.join(respelled[copy.article_id][:3])})"
    return None


def _spelled_out(a: Article, b: Article, alignment) -> tuple[str, str] | None:
    """The text that spells out what the other leaves implicit, as a translation back into English does, weighed
    over the sentences `alignment` pairs (a sentence only one text has tells nothing: a cut copy lost it, or the
    other added it): contractions ("do not" where its aligned sentence says "don't"), then "that" after a
    reporting verb ("said that the cuts" for "said the cuts"), which only tells by `THAT_MARGIN` pairs or more.
    Idiomatic English news contracts in quotations and drops the "that"."""
    surplus = {x.article_id: [0, 0, [], []] for x in (a, b)}  # contractions, "that"s beyond the aligned sentence's,
    # an example of each
    for i, j, _ in alignment:
        this, other = a.sentences[i].text, b.sentences[j].text
        for pattern, slot in ((_CONTRACTION, 0), (_THAT_AFTER_SAYING, 1)):
            found = {a.article_id: pattern.findall(fold(this)), b.article_id: pattern.findall(fold(other))}
            for x, y in ((a, b), (b, a)):
                more = len(found[x.article_id]) - len(found[y.article_id])
                if more > 0:
                    surplus[x.article_id][slot] += more
                    surplus[x.article_id][2 + slot] += found[x.article_id][:more]
    contracted = {key: value[0] for key, value in surplus.items()}
    for copy, source in ((a, b), (b, a)):
        if contracted[source.article_id] > contracted[copy.article_id]:
            return copy.article_id, f"it spells out contractions its original uses in the sentences they share " \
                                    f"({contracted[copy.article_id]} against {contracted[source.article_id]}: " \
                                    f"{', '.join(surplus[source.article_id][2][:3])})"
    explicit = {key: value[1] for key, value in surplus.items()}
    for copy, source in ((a, b), (b, a)):
        if explicit[copy.article_id] >= explicit[source.article_id] + THAT_MARGIN:
            return copy.article_id, f"it writes 'that' after a reporting verb where its original leaves it out, " \
                                    f"in the sentences they share ({explicit[copy.article_id]} against " \
                                    f"{explicit[source.article_id]}: {surplus[copy.article_id][3][0]})"
    return None


def _later_date(a: Article, b: Article) -> tuple[str, str] | None:
    dates = {x.article_id: _stated_date(x) for x in (a, b)}
    for copy, source in ((a, b), (b, a)):
        if dates[copy.article_id] and dates[source.article_id] and \
                dates[copy.article_id][0] > dates[source.article_id][0]:
            return copy.article_id, f"it is dated {dates[copy.article_id][1]}, after {source.article_id} " \
                                    f"({dates[source.article_id][1]})"
    return None


def _direction(a: Article, b: Article, copies: set[frozenset[str]] = frozenset()) -> tuple[str, str]:
    """Which of two versions derives from the other ('' when the texts do not tell), and why: a translation
    from its original, and from a copy of its original (`copies`: the pairs of versions that are copies of one
    another); else as the texts state it (`_stated_direction`; a machine translation of a third text
    and a version of its story may both derive from that text); else the clean page of a garbled copy. Where
    none tells, `_retellings` may still. Decided here once: every later stage reads it from the relation
    (`relations.oriented`)."""
    for copy, source in ((a, b), (b, a)):
        if copy.value("translation_of") == source.article_id:
            return copy.article_id, f"{copy.article_id} is a machine translation of {source.article_id}"
    for copy, other in ((a, b), (b, a)):
        if source := _copy_of_source(copy, other, copies):
            return copy.article_id, f"{copy.article_id} is a machine translation of {source}, of which " \
                                    f"{other.article_id} is a copy"
    stated = _stated_direction(a, b)
    if stated is not None:
        source = b if stated[0] == a.article_id else a
        copy = a if source is b else b
        if _machine_translated(source) and not _machine_translated(copy):
            return "", f"neither text says which came first: {stated[1]}; but {source.article_id} is a machine " \
                       f"translation, which no outlet prints as its own English"
    return stated or _press_release_first(a, b) or _garbled_copy(a, b) or _run_together(a, b) or \
        ("", "neither text says which came first")


# a press release opens in its issuer's voice: a dateline giving the year ('NEW YORK, August 25, 2015 -', 'LENZ,
# 3 March 2021 /PRNewswire/ --'), then the issuer 'today announced' (a reporter writes the day: 'said on Tuesday')
_RELEASE_DATELINE = re.compile(
    r"^(?-i:[A-Z][\w.'-]*(?:,? [A-Z][\w.'-]*){0,4}),\s+(?:(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?"
    r"\s+\d{1,2},?|\d{1,2}\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?,?)\s+(?:19|20)\d\d\b"
    r"[^\n]{0,40}?[-\u2013\u2014]")
_ISSUER_TODAY = re.compile(r"\b(?:today\s+(?:announced|reported|said|unveiled|launched|released|confirmed)|"
                           r"(?:announced|reported|unveiled|launched|released)\s+today)\b", re.I)


def _press_release(article: Article) -> str:
    """The lead of a press release (`_RELEASE_DATELINE` and `_ISSUER_TODAY` in its first sentences), or ''."""
    lead = " ".join(s.text for s in article.sentences[:DATELINE_SENTENCES])
    dateline = _RELEASE_DATELINE.match(lead)
    return lead[:300] if dateline and _ISSUER_TODAY.search(lead) else ""


def _press_release_first(a: Article, b: Article) -> tuple[str, str] | None:
    """Of two versions of one announcement, the one that is not the issuer's press release derives from the one
    that is: a story is written from a release, a release never from a story."""
    releases = {x.article_id: _press_release(x) for x in (a, b)}
    for copy, source in ((a, b), (b, a)):
        if releases[source.article_id] and not releases[copy.article_id]:
            return copy.article_id, f"{source.article_id} is the press release, in its issuer's voice with a " \
                                    f"dated dateline (\u201c{releases[source.article_id]}\u201d); " \
                                    f"{copy.article_id} reports it"
    return None


def _machine_translated(article: Article) -> bool:
    return article.value("translation_status") == "machine_translation" or bool(article.value("translation_of"))


def _retellings(directions: list[tuple[str, str]], relations: pd.DataFrame, by_id: dict[str, Article]
                ) -> list[tuple[str, str]]:
    """The directions with each untold one told where a version retells the other (`_retold_with_less`), unless
    the retelling holds less than two or more versions that are not copies of one another: one story retold by
    many, the shortest retelling holds less than every fuller one, and may derive from any of them or from the
    text they all retell."""
    from .relations import COPY

    rows = list(relations.itertuples())
    found = [None if derived else _retold_with_less(by_id[row.a_id], by_id[row.b_id], row)
             for row, (derived, _) in zip(rows, directions)]
    sources: dict[str, list[str]] = {}
    for retelling in filter(None, found):
        sources.setdefault(retelling[0], []).append(retelling[2])
    copies = {frozenset((row.a_id, row.b_id)) for row in rows if row.kind == COPY}
    told = list(directions)
    for k, retelling in enumerate(found):
        if retelling is None:
            continue
        fuller = sources[retelling[0]]
        if all(frozenset(pair) in copies for pair in combinations(fuller, 2)):
            told[k] = retelling[:2]
        else:
            told[k] = ("", f"{retelling[0]} holds no figure or name that {' or '.join(fuller)} lack: it may retell "
                           f"either, or a text they both retell")
    return told


SPECIFICS_MIN = 4    # figures and names a retelling must give for the comparison of details to tell anything,
SPECIFICS_SLIP = 1   # ... of which at most this many may be missing from its original (a slip, a place added),
SPECIFICS_DROPPED = 3  # ... while the original gives at least this many the retelling leaves out
# a figure, or a capitalised word inside a sentence (not after a full stop, nor after one closing a quotation)
_SPECIFIC = re.compile(r"\d[\d,.]*\d|\d|(?<![.!?][\"'] )(?<=[\w,;:)\"'] )(?-i:[A-Z][\w-]+)")
_NO_SPECIFIC = {"The", "A", "An", "I", "In", "On", "At", "It", "He", "She", "They", "We", "But", "And", "This", "That",
                "His", "Her", "Their", "Its", "As", "For", "Of", "To", "By", "With", "From", "If", "When", "While"}


def _retold_with_less(a: Article, b: Article, row) -> tuple[str, str, str] | None:
    """Of two versions that reword every sentence they share (a `rewrite`, not in lockstep, none of its aligned
    sentences word for word: a paraphrasing rewriter's or a language model's retelling, which need not name its
    source), the one whose figures and names are all in the other, while the other gives several it lacks,
    retells the other: a retelling drops details and adds none. Two retellings of a third text each keep some
    details the other drops, and a cut wire copy keeps sentences word for word: neither tells. Returns the
    retelling's id, why, and the other's id."""
    from .relations import COPY_MATCH, REWRITE

    if row.kind != REWRITE or row.lockstep or any(score >= COPY_MATCH for _, _, score in row.alignment):
        return None
    for copy, source in ((a, b), (b, a)):
        given = _specifics(copy.body)
        kept = [item for item in given if item in _tokens(source.body)]
        dropped = [item for item in _specifics(source.body) if item not in _tokens(copy.body)]
        if len(given) >= SPECIFICS_MIN and len(given) - len(kept) <= SPECIFICS_SLIP and \
                len(dropped) >= SPECIFICS_DROPPED:
            return copy.article_id, f"{copy.article_id} rewords every sentence it shares with {source.article_id} " \
                                    f"and gives {len(kept)} of its {len(given)} figures and names as " \
                                    f"{source.article_id} does, which gives {len(dropped)} it lacks " \
                                    f"({', '.join(dropped[:5])}): a retelling of {source.article_id}", \
                source.article_id
    return None


@lru_cache(maxsize=TEXTS_CACHED)
def _specifics(body: str) -> tuple[str, ...]:
    """The figures ('5,000' as '5000') and capitalised words inside sentences ('Bakhmut', 'Putin' of
    'Putin's') of a text, each once, in order."""
    found = (re.sub(r"'s?$", "", match.group().replace(",", "")) for match in _SPECIFIC.finditer(fold(body)))
    return tuple(dict.fromkeys(item for item in found if item not in _NO_SPECIFIC))


@lru_cache(maxsize=TEXTS_CACHED)
def _tokens(body: str) -> frozenset[str]:
    """Every figure and word of a text, as `_specifics` writes them, wherever it stands."""
    return frozenset(match.group().replace(",", "") for match in re.finditer(r"\d[\d,.]*\d|\d|[\w-]+", fold(body)))


# text decoded with the wrong code page: UTF-8 read as cp1252 ('\u00e2\u20ac\u2122' for an apostrophe, '\u00c3\u00a9'
# for '\u00e9') or as GBK (an ideograph fused to a Latin letter: '\u6de8t is' for '\u201cIt is')
_MOJIBAKE = re.compile(r"\u00e2\u20ac|\u00c3[\u0080-\u00bf]|[\u4e00-\u9fff](?=[A-Za-z])|(?<=[A-Za-z])[\u4e00-\u9fff]")
FUSED_PART = 3  # letters of each word two versions' words run together from ('deaths, beatings'; not 'J.R.')
MOJIBAKE_MIN = 3  # garbled characters that make a text a garbled copy


def _garbled_copy(a: Article, b: Article) -> tuple[str, str] | None:
    """Of two versions, the one garbled by a wrong decoding where the other is clean derives from it: a scraper
    re-read the page; no outlet garbles its own text."""
    found = {x.article_id: _mojibake(x.body) for x in (a, b)}
    for copy, source in ((a, b), (b, a)):
        if len(found[copy.article_id]) >= MOJIBAKE_MIN and not found[source.article_id]:
            return copy.article_id, f"{copy.article_id} is garbled by a wrong decoding " \
                                    f"({len(found[copy.article_id])} characters such as " \
                                    f"'{found[copy.article_id][0]}'), {source.article_id} is clean"
    return None


def _run_together(a: Article, b: Article) -> tuple[str, str] | None:
    """Of two versions, the one with words run together that the other keeps apart across punctuation ('deaths,
    beatings' printed 'deathsbeatings') derives from it: a copy (a scrape, a spinner, a round trip) lost the mark
    between them; no writer fuses two words across a comma or dash of their own. Words apart across a space only
    ('health care', 'healthcare') are a spelling, no sign."""
    fused = {x.article_id: _fused_words(x.body, y.body) for x, y in ((a, b), (b, a))}
    for copy, source in ((a, b), (b, a)):
        if fused[copy.article_id] and not fused[source.article_id]:
            return copy.article_id, f"{copy.article_id} runs words together that {source.article_id} keeps apart " \
                                    f"across punctuation ('{fused[copy.article_id][0]}')"
    return None


def _fused_words(body: str, other: str) -> list[str]:
    """Words of `body` that `other` does not hold but writes as two words with punctuation between them (each of
    FUSED_PART letters or more: 'J.R.' and 'Jr' are initials)."""
    words = re.findall(r"[a-z]+", fold(body).lower())
    other_words = re.findall(r"[a-z]+|[^a-z\s]+", fold(other).lower())
    apart = {first + second for first, mark, second in zip(other_words, other_words[1:], other_words[2:])
             if len(first) >= FUSED_PART and len(second) >= FUSED_PART and first.isalpha() and second.isalpha() and
             re.fullmatch(r"[^\w\s'-]+", mark)}
    known = set(other_words)
    return sorted({w for w in words if w in apart and w not in known})


@lru_cache(maxsize=TEXTS_CACHED)
def _mojibake(body: str) -> list[str]:
    return _MOJIBAKE.findall(body)


def _retold_by_both(a: Article, b: Article) -> str:
    """The outlet whose story both texts retell, citing it in the third person ('according to CNN') and signed
    by neither, or '': two retellings of one story, neither the other's source."""
    outlet = _story_outlet(a)
    if not outlet or outlet != _story_outlet(b):
        return ""
    retold = all(refers_to_itself_as_source(x, outlet) and not _signed(x, outlet) for x in (a, b))
    return outlet if retold else ""


def _stated_direction(a: Article, b: Article) -> tuple[str, str] | None:
    """The version that derives from the other as the texts state it, and why; None when they do not: a text
    that cites the other's outlet in the third person ("says BBC", "according to Reuters"; unless the other cites
    it so too and is not published by it: two retellings of that outlet's story), that names the
    other's outlet as its original outlet, or that only cites the outlet ("told Reuters") whose dateline the other
    carries (itself unsigned, or signed by another outlet and carrying that outlet's reporting: `_carries`)."""
    for copy, source in ((a, b), (b, a)):
        outlet = source.value("outlet") or source.value("original_outlet")
        if outlet and outlet != copy.value("outlet") and (cited := refers_to_itself_as_source(copy, outlet)) and \
                (source.value("outlet") == outlet or not refers_to_itself_as_source(source, outlet)):
            return copy.article_id, f"{copy.article_id} cites {outlet}, the outlet of {source.article_id}: " \
                                    f"\u201c{cited}\u201d"
    for copy, source in ((a, b), (b, a)):
        cited = _story_outlet(copy)
        if cited and cited != copy.value("outlet") and cited == source.value("outlet") and \
                not _dateline_of(copy, cited):  # a wire copy its dateline signs is the outlet's story, not a copy
            return copy.article_id, f"{copy.article_id} names {cited}, the outlet of {source.article_id}, as its " \
                                    f"original outlet"
    retold = []  # each text retelling the other's signed story: both (each carries the other's) tell nothing
    for copy, source in ((a, b), (b, a)):
        outlet = source.value("original_outlet")
        if outlet and (line := _signed(source, outlet)) and not _signed(copy, outlet) and \
                (outlet == copy.value("original_outlet") or _carries(copy, outlet)):
            cited = next((x.text for x in copy.sentences if outlet.lower() in x.text.lower()), "")
            retold.append((copy.article_id, f"both carry {outlet}'s reporting; {source.article_id} is signed by it "
                                            f"(\u201c{line}\u201d), {copy.article_id} only cites it, as a retelling "
                                            f"keeps the outlet's interview: \u201c{cited}\u201d"))
    return retold[0] if len(retold) == 1 else None


def _wire_carried(article: Article, publisher: str) -> str:
    """The news agency whose wire story a page of another publisher carries, or '': the agency's own cues ("told
    AFP", "AFP could not verify") weigh as much as a dateline and more than any other outlet's, and the text never
    speaks of it in the third person (a rewrite's)."""
    scores = _cue_scores(tuple(s.text for s in article.sentences))
    for outlet in scores:
        if outlet != publisher and outlet_kinds().get(outlet) == "news agency" and _carries(article, outlet) and \
                not _retelling(article, outlet):
            return outlet
    return ""


def _story_outlet(article: Article) -> str:
    """The outlet whose story the article carries: its original outlet, else the one a rewrite retells."""
    return article.value("original_outlet") or article.value("retold_outlet")


def _carries(article: Article, outlet: str) -> bool:
    """Whether the article carries `outlet`'s reporting whatever outlet signs it: its cues for `outlet` ('told
    Reuters', 'according to Reuters') weigh as much as a dateline and more than those for any other outlet (one
    'told Reuters' in another agency's story is a quotation of its interview, not its story retold)."""
    scores = _cue_scores(tuple(s.text for s in article.sentences))
    return scores[outlet] >= DATELINE_WEIGHT and all(scores[outlet] >= score for score in scores.values())


@lru_cache(maxsize=TEXTS_CACHED)
def _cue_scores(sentences: tuple[str, ...]) -> Counter[str]:
    """Each outlet's weight of cues other than a dateline in the sentences (not to be changed by the caller)."""
    scores: Counter[str] = Counter()
    for sentence in sentences:
        for outlet, weight, reason in _outlet_cues(sentence):
            if reason != "dateline":
                scores[outlet] += weight
    return scores


def _signed(article: Article, outlet: str) -> str:
    """The dateline or page line by which `outlet` signs the article ('LONDON (Reuters) -', 'By ... | AP'), or ''."""
    for given in (article.meta.get("given_outlet"), _given_source(article), _end_credit(article)):
        if given is not None and canonical_outlet(given.value) == outlet:
            return given.evidence
    return _dateline_of(article, outlet)


def _dateline_of(article: Article, outlet: str) -> str:
    """The dateline by which `outlet` signs the article among its first sentences ('LONDON (Reuters) -'), or ''."""
    datelines = [cue for cue, _, reason in _origin_cues() if reason == "dateline"]
    for sentence in article.sentences[:DATELINE_SENTENCES]:
        for cue in datelines:
            if (match := cue.search(fold(sentence.text))) and canonical_outlet(match.group("outlet")) == outlet \
                    and _is_dateline_place(match.groupdict().get("place")):
                return sentence.text[:match.end()]
    return ""


def _stated_date(article: Article):
    """The publication date the file or the manifest states (date, as written), or None."""
    from .dating import parse_given_date

    for name in ("published", "given_date"):
        if name in article.meta and article.meta[name].provenance == "given" and \
                (day := parse_given_date(article.meta[name].value, article.body)):
            return day, article.meta[name].value
    return None


def _publishing_outlet(article: Article):
    """The outlet that published this copy: the original outlet unless the copy is a rewrite or translation."""
    from .corpus import Field

    origin = article.meta["original_outlet"]
    if "given_outlet" not in article.meta and (line := _given_source(article) or _end_credit(article)):
        return Field("", "unknown", f"a copy of {canonical_outlet(line.value)}'s story, as its page line says "
                                    f"({line.evidence}); the publisher is not named")
    if "given_outlet" in article.meta:
        line = article.meta["given_outlet"]
        if article.value("translation_status") == MACHINE_TRANSLATION:
            return Field("", "unknown", f"a machine translation of {origin.value} ({line.evidence}); the publisher "
                                        "is not named")
        return Field(canonical_outlet(line.value), "given", line.evidence)
    if not origin.value and (retold := article.value("retold_outlet")):
        return Field("", "unknown", f"a rewrite of {retold}'s story, which the text cites in the third person; the "
                                    f"publisher is not named")
    if not origin.value:
        return Field("", "unknown", "no outlet is named or implied")
    if outlet_kinds().get(origin.value) == "news agency" and (dateline := _dateline_of(article, origin.value)):
        return Field("", "unknown", f"a copy of {origin.value}'s wire story, as its dateline says (\u201c{dateline}"
                                    f"\u201d); the publisher is not named")
    summary = refers_to_itself_as_source(article, origin.value)
    if summary:
        return Field("", "unknown", f"the text cites {origin.value} in the third person, as a rewrite does: "
                                    f"\u201c{summary}\u201d; the publisher is not named")
    if article.value("translation_status") == MACHINE_TRANSLATION:
        return Field("", "unknown", f"a machine translation of {origin.value} reporting; the publisher is not named")
    return Field(origin.value, "inferred", f"the article's own reporting: {origin.evidence}")
