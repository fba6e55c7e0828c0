"""The type of each source an article's resolver found, from what the article itself says of it.

A person's own words (an apposition, a title, "a spokesman for X", "X's chief executive") name what they are or
whom they speak for; an organisation's name, its description ("the news website RES"), what the text says it
does ("Tesla shares") or an acronym the text spells out give its kind; an official's country comes from the text
(an adjective, a country named with the office, the organisation's own country), else the setting's single
country. The lexicons and `classify` for a bare phrase are in `analysis.source_types`; this module reads the
parse and the `analysis.speakers.Resolver` of one article.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import replace
from functools import lru_cache
from typing import TYPE_CHECKING

from .debris import NEWSPAPER_WORDS
from .textnorm import lookup_key
from .metadata import OUTLET_NAME, cited_outlets, outlet_aliases
from .speakers import (
    HEDGE_VERBS, HEDGED_IDENTITY, LEADER_NOUNS, PERSON_ORGANS, Resolver, Source, noun_phrase, path_up)
from .source_types import (
    ANALYST, COMPANY, LOCAL_HEAD, OPPOSITION, ORGANISATION_WORD, PMC, RIGHTS_GROUP, SPORTS, TITLES, affiliations, by_own_noun,
    classify, clean_name, first_names, company_name, country_cues, country_in, country_mentions, court_seat,
    cue_matches, cue_words, generic_nouns, generic_organisation, government_metonym, government_type, institution,
    is_government_type, lexicon, name_noun_type, named_not_as_place, nouns_pattern, organisation_nouns,
    rank_and_file, roles, spelt_out, surname, typed_organisation, variant_table, _BASED, _country_pattern, WESTERN)
from .gazetteer import (
    DATELINE_WEIGHT, STRONG, TITLE_WEIGHT, BODY_WEIGHT, US_TOWN, Evidence, country_code, dateline_country, place_country, vote)

if TYPE_CHECKING:
    from spacy.tokens import Doc


def source_type(source: Source, resolver: Resolver, default_country: str) -> str:
    """The type of one resolved source (a label of `analysis.source_types`), or '' when nothing says it."""
    if source.kind == "outlet":
        return "media outlet"
    default_country = default_country or _local_country(resolver)
    if source.kind == "document" or re.sub(r"^(?:the|a|an|some|other|several) ", "", source.key.lower()) in _RECORDINGS:
        return "document or leaked correspondence"  # ... and "Videos posted online showed ...": a record, no speaker
    if source.named and not source.descriptions and source.key in _cited(resolver):
        return "media outlet"  # "the Baza Telegram channel ... reported" / "..., Baza reported"; not "a researcher"
    if source.named and source.kind in ("person", "org") and (_OUTLET_NAME.match(source.key) or (
            paper := _PAPER_OF_PLACE.match(source.key)) and place_country(paper.group(1))):
        return "media outlet"  # "The Lenz Gazette said": a name whose last word says it is a newspaper or channel
    if source.named and source.kind in ("person", "org") and _WEB_NAME.match(source.key) and \
            re.search(_REPORTS_FOR.format(re.escape(source.key)), resolver.article.body):
        return "media outlet"  # "..., the fire chief said, according to ValeNews": a site's name, no person's
    # a person's own name types nothing ('George Wagner' is no Wagner fighter); an unnamed one's key describes them
    # ... but a "name" that ends in a role written in capitals is a description ('Tesla CEO said')
    # ... nor one that holds a possessive before a role ("Ukraine's Human Rights Commissioner, Dmytro Lubinets, noted")
    named_person = source.kind == "person" and source.named and institution(source.key) is None and \
        not (source.key.split()[-1].isupper() and source.key.split()[-1].lower() in cue_words()) and \
        not _POSSESSIVE_ROLE.search(source.key)
    text = " ".join(_role_descriptions(source.descriptions) if named_person else
                    [source.key, *_role_descriptions(source.descriptions)])
    if source.kind == "person" and source.named and not source.descriptions and \
            (place := country_cues().get(source.key.lower())) and place.lower() != source.key.lower():
        return government_type(place)  # "Minsk said", "Lenzburg denies": a capital the tagger took for a person
    if named_person and (rank := POST_NOMINALS.get(source.key.split()[-1])):
        text = f"{text} {rank}"  # "Marcus Pell KC": a barrister; "Anna Ross MSP": a legislator
    if named_person and (title := _TITLE_IN_NAME.match(source.key)) and cue_matches(f" {title.group(1).lower()} "):
        text = f"{title.group(1)} {text}"  # "2019-05-02 Sheriff Ann Kroll ...", "Water Commissioner Dana Lowry": a
        # role the name kept before it
    if source.kind == "person" and source.named and _ACRONYM.match(source.key) and \
            source.key.lower() not in first_names():  # "OLEG HAD served four years": a first name in capitals
        return _organisation_type(source.key, resolver, default_country) or name_noun_type(text) or \
            classify(text, is_person=False, default_country=default_country) or "other"  # "MAST said": no person
    if source.kind in ("person", "org") and source.named and company_name(source.key):
        return COMPANY  # "Macquarie Capital downgraded the company, saying ..."
    if source.kind == "org" and _TRADE_GROUP.search(clean_name(source.key)):
        return COMPANY  # "Dolan's Lenzhof catering group said": a trade's group after its name is a company
    if (named_person or source.kind == "org" and source.named) and _traded(source.key, resolver.article.body):
        return COMPANY  # "Shares of Peloton (PTON) fell ..., Peloton said"
    if source.kind in ("person", "org") and source.named and not source.descriptions and \
            _reports_earnings(source.key, resolver.article.body):
        return COMPANY  # "Lenz Foods said it earned $18 million, or 12 cents a share"
    if clean_name(source.key) in MARKET_METONYMS:
        return ANALYST  # "Wall Street said": the market's analysts, no person
    if source.kind == "person" and (relative_of_named(source) or _relative_of_antecedent(source, resolver)):
        return "private person"  # "Orlova's mother": one relative of a named person, identifiable
    if source.kind == "person":
        hidden = not source.named or bool(source.anonymous_reason)
        principal = "" if source.named else _principal_type(source, resolver, default_country) or \
            _identified_type(source, resolver, default_country)
        if not source.named and principal in ("", "private person", "anonymous person"):
            principal = _self_described(source, resolver, default_country) or principal
        if not principal and not source.named:
            principal = _short_name_type(source, resolver)  # "a Marlow spokesman" after "Marlow Rovers FC"
        if principal:
            return principal  # "a spokesman for Mr Grieve", "a man believed to be Yevgeny Prigozhin"
        if state := _state_role_type(source, resolver, text):
            return state  # "the intelligence official" after "Lenzian intelligence says"
        if client := _client_type(source, resolver, default_country):
            if client == CLIENT_PERSON and (not source.named or source.anonymous_reason):
                return "anonymous person"  # "Lawyers defending her", "a lawyer for one inmate": unnamed people
            return client  # "an attorney for Tarnex", "Tarnex attorneys contend": the company's, no legal-aid group
        if not source.named and not source.anonymous_reason and \
                (any(roles().get(r, ("",))[0] == "official" for r in source.roles) or
                 generic_organisation().search(source.key)) and \
                (spoken_for := _organisation_named_after(source, resolver, default_country) or
                 _typed_organisation_of(described := replace(
                     source, descriptions=[source.key, *source.descriptions]), official=True) or
                 _organisation_referred_to(described, resolver, default_country)):
            return spoken_for  # "a spokesman for the Westmoor NHS Trust", "for the agency", "the trust's chief nurse"
        if not source.named and not source.anonymous_reason and \
                (of_kind := _organisation_kind(source, resolver, default_country)):
            return of_kind  # "a hospital spokesperson", "a company spokesman", "a trust spokeswoman"
        if hidden and not affiliations(text, default_country=default_country) and \
                not _employer_named(source, resolver.article.body):
            # a pseudonym's own role types nothing; an unnamed official granted anonymity still speaks for a state
            described = classify(text, is_person=True) if not (source.named and source.anonymous_reason) else ""
            if described == OPPOSITION:
                return OPPOSITION  # "the Conservative leader said": a party's, as "the Kremlin spokesman" the state's
            if is_government_type(described) and country_in(text) and \
                    any(roles().get(r, ("",))[0] == "official" for r in source.roles):
                return described  # "a senior UK defence official": that country's; anonymity is its own column
            if is_government_type(described) and not source.named and _bare_official(source.key) and \
                    any(roles().get(r, ("",))[0] == "official" for r in source.roles) and \
                    (local := classify(text, is_person=True, default_country=default_country,
                                       setting=_setting(resolver))) and is_government_type(local) and \
                    local != government_type(""):
                return local  # "an official read out the decree": the state's where the story is set
            if is_government_type(described) and not source.named and LOCAL_HEAD.search(source.key):
                return classify(text, is_person=True, default_country=default_country, setting=_setting(resolver))
                # "the head of the Lenivka rural settlement": the local administration's, of the setting's country
            if described == RIGHTS_GROUP and ORGANISATION_WORD.search(text):
                return RIGHTS_GROUP  # "the head of a prisoner advocacy organization": the group's, not a person's
            return "anonymous person"  # an unnamed individual speaks for no named institution
        # an academic title before the name ("Prof Chris Whitty") yields to a role ("England's chief medical officer")
        untitled = [d for d in source.descriptions if clean_name(d).lower().rstrip(".") not in ACADEMIC_TITLES]
        found = classify(" ".join(untitled), is_person=True, default_country=default_country,
                         setting=_setting(resolver), court=court_seat(resolver.article.body)) \
            if named_person and len(untitled) < len(source.descriptions) else ""
        found = found or classify(text, is_person=True, default_country=default_country, setting=_setting(resolver),
                                  court=court_seat(resolver.article.body))
        if found == COMPANY and named_person and _defendant(source, resolver.article.body) and \
                all(_PERSONAL_TRADE.fullmatch(_trade_words(d)) for d in source.descriptions if _trade_words(d)):
            return "private person"  # "property developer Karl Ostby was sentenced": a defendant, for himself
        if is_government_type(found) and (employer := _non_state_employer(source, resolver)) is not None:
            return employer or "other"  # "general secretary of the teachers' union", "Unite Wales secretary"
        if found and found == government_type(default_country) and not country_in(text):
            # 'justice minister Nordio told the Italian parliament'; 'DR Congo's health minister has declared ...
            # Minister Oly Ilunga Kalenga said'
            addressed = _addressed_country(source, resolver) or _announced_country(source, resolver)
            found = classify(text, is_person=True, default_country=addressed) if addressed else found
        if not found or is_government_type(found):
            # "a spokesman for the utility": the role speaks for a business, not a government; "a spokesperson
            # for the agency": the agency named before decides the type and the country
            spoken_for = _typed_organisation_of(source, official=bool(found)) or \
                _organisation_referred_to(source, resolver, default_country)
            if spoken_for:
                return spoken_for
        if found in ("", COMPANY) and (runs := _executive_organisation(source, resolver, default_country) or
                                       found and _noun_referred_to(source) and
                                       _organisation_referred_to(source, resolver, default_country) or
                                       found and _organisation_of_introduction(source, resolver)):
            return runs  # "chief executive of Ipswich and Colchester hospitals", "the trust's deputy chief executive"
        if found in ("", ANALYST) and named_person and (heads := _heads_organisation(source, resolver, default_country)):
            return heads  # "an expert on prisons ... as head of the Lenz Behind Walls organization", which "provides
            # legal assistance to inmates": the group's voice, not an analyst's
        if found:
            return found
        if named_person and (titled := _title_before_name(source, resolver, default_country)):
            return titled  # "Sky News' Kay Burley", "Marsh Hospital Infectious Disease Specialist Dr. Ana Ruiz"
        if named_person and (epithet := _lead_epithet(source, resolver, default_country)):
            return epithet  # "A leading surgeon has called for ..." / "Dr Ruth Kessler said ...": a surgeon's
        if named_person and _called_company(source, resolver):
            return COMPANY  # "Veltrix said it would appeal. The technology giant has ...": no person
        if named_person and len(source.key.split()) == 1 and _kind_named(source.key, resolver.article.body) == COMPANY:
            return COMPANY  # "logistics group Tarnline" ... "Tarnline said": one word the tagger took for a person
        if named_person and (rivals := _rival_of(source, resolver, default_country)):
            return rivals  # "Its rival Quorra said" after the company Veltrix: a company too
        if named_person and _manages_a_team(source, resolver):
            return SPORTS  # "United manager Louis van Gaal" in a match report
        if named_person and (chief := _bare_chief(source, resolver, default_country)):
            return chief  # '"Traffic will be diverted," Chief Varda said, thanking the police'
        if named_person and (employer := _non_state_employer(source, resolver)) is not None:
            return employer or "other"  # "a Teamsters union representative": a union's officer, no private person
        principal = _principal_type(source, resolver, default_country) or \
            _headed_type(source, resolver, default_country) if source.named else ""
        if principal:
            return principal  # "Gemma Abbott, the Good Law Project's legal director", "the Commission headed by"
        if source.named and (owner := _possessor_organisation(source, resolver, default_country)):
            return owner  # "Amnesty's Carla Venn said": the rights group's researcher
        if source.named and _own_company(source, resolver.article.body):
            return COMPANY  # '"We will pay," said Wu Lintao. Wu said his company had hired doctors'
        if source.named and _listed_company(source.key, resolver.article.body):
            return COMPANY  # "the dam is run by two foreign firms: Tarnvale Lingshi and a local builder"
        return "anonymous person" if hidden else "private person"
    if source.kind == "group" and (state := _state_role_type(source, resolver, text)):
        return state  # "The ambassador emphasized" after "the Lenzian Ambassador to Dorvia"
    if source.kind == "group" and not source.named and institution(source.key) is None and \
            (short := _short_name_type(source, resolver)):
        return short  # "Marlow officials said" after "Marlow Rovers Juniors FC": the club's
    if source.kind == "group" and (client := _client_type(source, resolver, default_country)):
        return "anonymous person" if client == CLIENT_PERSON else client  # "Tarnex attorneys contend", "lawyers for Brightwell Foods Inc. said": the company's
    found = institution(source.key, default_country=default_country)
    if found:
        return found[1]
    if source.kind == "org" and (organ_of := _organ_of_person(source, resolver, default_country)):
        return organ_of  # "Dolan's office said": the president's; "Brandt's team": the opposition leader's
    if government_metonym(source.key, resolver.article.body):  # 'the Centre has contended': India's government
        return government_type(default_country or _setting(resolver))
    full_name = spelt_out(source.key, resolver.article.body)
    found = classify(f"{text} {full_name}", is_person=False, default_country=default_country,
                     setting=_setting(resolver))
    if source.kind == "group" and found == PMC and rank_and_file(text):
        found = ""  # "two captured Wagner mercenaries": the rank and file, unnamed people, no company's voice
    if source.kind == "org":
        found = by_own_noun(source.key, found) if name_noun_type(source.key) else by_own_noun(full_name, found)
    if not found and source.kind == "org" and not source.named and (of := _of_after_mention(source, resolver)):
        # "the press service of the district administration said": whose, from the phrase after its name
        found = classify(f"{source.key} {of}", is_person=False, default_country=default_country,
                         setting=_setting(resolver))
    if not found and source.kind == "org" and source.named:
        # 'Brightwell, a logistics firm that leased the building': the noun the text calls it by, before its clause
        found = next((kind for d in source.descriptions if (kind := name_noun_type(_APPOSED_HEAD.split(d)[0]))), "")
    if found:
        return found
    owner = next((country_in(d) for d in source.descriptions if POSSESSIVE_COUNTRY.search(d) and country_in(d)), "")
    if owner and source.kind == "org":
        return government_type(owner)  # "Ukraine's Coordination Headquarters": an institution of that state
    if source.kind == "org" and (office := STATE_OFFICE.match(source.key)) and country_in(office.group(1)):
        return government_type(country_in(office.group(1)))  # "U.K. Foreign Office": that state's office
    if source.kind == "org" and (agency := STATE_AGENCY.match(source.key)) and country_in(agency.group(1)):
        return government_type(country_in(agency.group(1)))  # "the Philippine disaster agency said"
    if source.kind == "org" and not source.named and source.mentions and \
            (named := _named_before({source.key.lower()}, resolver, min(source.mentions)[0], default_country)):
        return named  # "the trust said": the trust named before
    if not source.named and source.roles:
        return "anonymous person"
    if source.named and source.kind == "org" and _called_company(source, resolver):
        return COMPANY  # "Veltrix said it would appeal. The technology giant has faced three fines"
    if source.named and source.kind in ("org", "gpe") and \
            (kind := _kind_named(source.key, resolver.article.body)):
        return kind  # "the case against property developer Flaxby Park ... Flaxby claimed": a company
    return "other"


_OF_AFTER = re.compile(r" (of (?:the |a |an )?(?:[\w'’-]+ ){0,3}?[\w'’-]+)(?=[,.;:!?)]| (?:said|says|announced|added|"
                       r"reported|stated|told|confirmed|has|had|was|is|on|in)\b)")


def _of_after_mention(source: Source, resolver: Resolver) -> str:
    """The 'of' phrase right after an unnamed organisation's name, where the text first writes one, up to five words
    ('the press service of the district administration said ... the press service added': 'of the district
    administration'); '' when none."""
    body = resolver.article.body
    for found in re.finditer(r"\b" + re.escape(source.key) + r"\b", body, re.I):
        if match := _OF_AFTER.match(body, found.end()):
            return match.group(1)
    return ""


# an organisation's name with its possessive before a person's name: "Amnesty's Carla Venn", "Lenzco's Ann Lee"
_POSSESSOR_NAME = re.compile(r"^((?:[A-Z][\w&.-]*|of|for|the)(?: (?:[A-Z][\w&.-]*|of|for|the)){0,4})['’]s? "
                             r"[A-Z][\w'’.-]+(?: [A-Z][\w'’.-]+){1,2}$")


_POSSESSIVE_ONLY = re.compile(r"^(?:the )?[A-Z][\w&.-]*(?: [A-Z][\w&.-]*){0,3}['’]s?$")


def _possessor_organisation(source: Source, resolver: Resolver, default_country: str) -> str:
    """The type of the organisation whose possessive the text writes before a person's name ("Amnesty's Carla
    Venn"): the variant table's, else its name's noun; '' for a person's or a country's possessive ("Britain's Ann
    Lee", who may be an athlete) and for a name that types nothing."""
    possessives = [f"{d.strip()} {source.key}" for d in source.descriptions if _POSSESSIVE_ONLY.match(d.strip())]
    for variant in sorted(source.variants | {source.key}) + possessives:  # "Amnesty's" parsed apart from the name
        match = _POSSESSOR_NAME.match(clean_name(variant))
        if not match or country_in(match.group(1)) or _person_named(match.group(1), resolver):
            continue
        known = institution(match.group(1), default_country=default_country)
        found = known[1] if known else name_noun_type(match.group(1))
        if found and not is_government_type(found):
            return found
    return ""


_OWN_COMPANY = r"\b{0}(?:['’]s|,? (?:said|says|added|explained|noted|insisted|told [\w ]{{1,30}}?)(?: that)? " \
               r"(?:his|her|their)) (?:company|firm|business|employer)\b"


def _own_company(source: Source, body: str) -> bool:
    """A named person whom the text makes speak of their company ("Wu said his company had hired two doctors",
    "Lee's company"): the company's voice, no private person's."""
    names = {source.key, surname(source.key), *source.variants}  # "Wu" of "Wu Lintao": a family name first
    return any(re.search(_OWN_COMPANY.format(re.escape(clean_name(name))), body) for name in names if name)


_COMPANY_PLURALS = r"(?:companies|firms|corporations|conglomerates|contractors|miners|manufacturers|carmakers|" \
                   r"automakers|retailers|insurers|lenders|airlines|carriers|utilities|developers)"


def _listed_company(name: str, body: str) -> bool:
    """A name the text lists right after a plural company noun in one sentence, set off by a dash, colon or comma
    ("the dam is run by two foreign firms: Tarnvale Lingshi and a local builder", "two firms, Orex and
    Tarnline"): a company, not a person the tagger saw."""
    return bool(re.search(r"\b" + _COMPANY_PLURALS + r"(?:\b(?:(?! (?:said|says|told|according)\b)[^.;!?\n]){0,60}?"
                          r"[–—:]|,(?: including| such as| namely)?) ?(?:(?:[\w'’-]+|and|or) ){0,4}?" +
                          re.escape(name) + r"(?=\s*(?:,|and\b|or\b|[–—)]))", body))


# what a person does in trade with no company named ("a businessman", "real estate developer", "a tycoon"): on trial,
# they speak for themselves
_PERSONAL_TRADE = re.compile(r"(?:(?:a|an|the|second|third|another|wealthy|prominent|local|former|\d+|[A-Z][\w-]*) )*"
                             r"(?:business(?:man|woman|men|women)|tycoon|billionaire|millionaire|entrepreneur|investor|"
                             r"(?:real estate|property|housing) developer|developer)s?(?:,? (?:a |an )?"
                             r"(?:business(?:man|woman)|tycoon|billionaire|entrepreneur|investor|(?:real estate|property|"
                             r"housing) developer|developer))*")
_DEFENDANT = r"\b{0}(?:,[^,.;]{{1,40}})?,? (?:was|is|has been|had been|will be) (?:\w+ )?(?:sentenced|convicted|" \
             r"jailed|imprisoned|found guilty|acquitted|indicted|charged|tried|on trial)\b|" \
             r"\b{0}(?:,[^,.;]{{1,40}})?,? (?:pleaded|pled|pleads|has pleaded) (?:not )?guilty\b|" \
             r"\b(?:sentenced|convicted|jailed|acquitted|indicted|defendants?) {0}\b"


def _trade_words(description: str) -> str:
    """A description as a trade to match, '' for one with no word (an age, '67')."""
    return clean_name(description).strip(" ,.") if re.search(r"[A-Za-z]", description) else ""


def _defendant(source: Source, body: str) -> bool:
    """A named person the text puts on trial ("Ostby was sentenced to six years", "Ivan Petrov, 52, pleaded not
    guilty", "jailed Ivan Petrov"), by their full name, surname or another variant."""
    names = {source.key, surname(source.key), *source.variants}
    return any(re.search(_DEFENDANT.format(re.escape(clean_name(n))), body) for n in names if len(clean_name(n)) > 2)


_ORGANISATION_PHRASE = re.compile(r"\b(?:with|at|of|for|from|in)\b")
NON_STATE_WORDS = {"party", "union", "school", "church", "club", "campaign", "movement", "team", "league"}


# recordings and pictures that show what happened, as a source ("Videos posted on social media showed ...")
_RECORDINGS = {"video", "videos", "footage", "video footage", "photo", "photos", "photograph", "photographs",
               "image", "images", "pictures", "recording", "recordings", "clip", "clips", "video clip", "video clips",
               "cctv footage", "surveillance footage", "dashcam footage", "bodycam footage", "body camera footage"}
# an unnamed official by a role that belongs to one state ('the intelligence official', 'the ambassador'), and that
# role's word written with a country: "Lenzian intelligence", "Lenzia's military intelligence", "the Main Intelligence
# Directorate of Lenzia's Defence Ministry", "the Lenzian ambassador", "Lenzian Ambassador to Dorvia"
_STATE_ROLE = re.compile(r"(intelligence|ambassador|envoy|consul)(?: (?:official|officials|officer|source|sources))?")
_STATE_ROLE_WORDS = {"intelligence": r"(?:military\s+|foreign\s+|defen[cs]e\s+)?[Ii]ntelligence",
                     "ambassador": "[Aa]mbassador", "envoy": "[Ee]nvoy", "consul": "[Cc]onsul"}


def _state_role_type(source: Source, resolver: Resolver, text: str) -> str:
    """The government type of an unnamed official known by a role that belongs to one state ("the intelligence
    official", "the ambassador"), when the text names that role with one country only and the role's own words name
    none: that country's; '' otherwise."""
    role = _STATE_ROLE.fullmatch(source.key.lower().removeprefix("the ")) if not source.named else None
    if not role or country_in(text) or not (state := _role_country(role.group(1), resolver.article.body)):
        return ""
    return government_type(state, security=role.group(1) == "intelligence")


@lru_cache(maxsize=256)
def _role_country(role: str, body: str) -> str:
    """The one country whose `role` ('intelligence', 'ambassador', ...) the text names ('' for none or several)."""
    word = _STATE_ROLE_WORDS[role]
    pattern = re.compile(r"((?:[A-Z][\w.'’-]*\s+){1,3})" + word + r"\b|\b" + word +
                         r"\s+(?:[A-Z]\w*\s+){0,3}(?:of|for)\s+(?:the\s+)?([A-Z][\w'’.-]*)")
    found = {country_in(m.group(1) or m.group(2)) for m in pattern.finditer(body)} - {""}
    return found.pop() if len(found) == 1 else ""


def _bare_official(key: str) -> bool:
    """An unnamed official described by nothing but the role and its rank or country ("an official", "a
    senior official", "a Moldovan reserve officer"): not one of a party, a union, a school or any organisation
    named with them ("a party official", "an official with the teachers' union", "an official at the school")."""
    words = re.findall(r"[a-z'’-]+", key.lower())
    return not _ORGANISATION_PHRASE.search(key.lower()) and \
        not any(w in NON_STATE_WORDS or w in organisation_nouns() for w in words)


def _kind_named(name: str, body: str) -> str:
    """The type of the organisation noun the text writes right before a name ("property developer Flaxby Park", "law
    firm Landmark Chambers", "carmaker Ostrana", "the utility Lenz Water"): what the name is; '' when no such noun
    comes before it."""
    first = name.split()[0] if name.split() else ""
    if not first[:1].isupper():
        return ""
    for match in re.finditer(r"\b([a-z][a-z-]*) " + re.escape(first) + r"\b", body):
        noun = match.group(1)
        if kind := organisation_nouns().get(noun, ""):
            return kind
        if re.fullmatch(r"developer|housebuilder|giant|\w+maker", noun):
            return COMPANY
    # ... a trade's group or conglomerate ("logistics group Tarnline", "the mining conglomerate Orex"): a company
    if re.search(r"\b(?:" + INDUSTRIES + r") (?:group|conglomerate|company) " + re.escape(first) + r"\b", body):
        return COMPANY
    return ""


# trades whose 'group' is a company's ("logistics group"), not a rights group's or a group of people's
INDUSTRIES = ("logistics|mining|steel|retail|energy|oil|shipping|insurance|banking|engineering|construction|chemicals?|"
              "telecoms?|telecommunications|food|drinks|luxury|hotel|travel|pharmaceutical|drugs|industrial|"
              "defen[cs]e|aerospace|property|investment|technology|tech|airline|freight|transport|utilities|utility|"
              "catering|restaurant|hospitality|automotive|textile|fashion|tobacco|timber|agribusiness|gaming|"
              "gambling|brewing|dairy|cement|chemical|media holding|holding")
# an organisation named with its trade's group after its name ("Prigozhin's Lenzhof catering group", "the Orex
# mining conglomerate")
_TRADE_GROUP = re.compile(r"\b[A-Z][\w'’.-]* (?:" + INDUSTRIES + r") (?:group|conglomerate|company|firm|holding)s?$")


_ITS_RIVAL = re.compile(r"^(?:its|their) (?:[\w-]+ )?(?:rival|competitor|competition)s?$", re.I)


def _rival_of(source: Source, resolver: Resolver, default_country: str) -> str:
    """The type of the organisation named before whose rival a name is ("Its rival Quorra said" after Veltrix, a
    company): a company's or a club's rival is one too; '' otherwise."""
    if not source.mentions or not any(_ITS_RIVAL.match(d.strip()) for d in source.descriptions):
        return ""
    first = min(source.mentions)[0]
    before = [(min(other.mentions)[0], other) for other in resolver.sources.values()
              if other is not source and other.kind == "org" and other.mentions and min(other.mentions)[0] < first]
    if not before:
        return ""
    kind = source_type(max(before, key=lambda pair: pair[0])[1], resolver, default_country)
    return kind if kind in (COMPANY, SPORTS) else ""


# what a text calls a company it names by a brand alone: "the technology giant", "the carmaker", "the firm"
# ("the group", "the bank" may be a rights group's or a state's)
COMPANY_EPITHETS = r"(?:giant|\w*maker|" + "|".join(sorted(
    ("company", "firm", "corporation", "business", "utility", "airline", "carrier", "manufacturer", "retailer",
     "insurer", "lender", "chain", "start-up", "startup", "conglomerate", "supermarket", "miner", "producer"))) + r")"
_TAG_VERB = re.compile(r"\s+(?:said|says|announced|added|confirmed|stated)\b")
_COMPANY_EPITHET = re.compile(r"\b[Tt]he (?:[\w-]+ ){0,2}?" + COMPANY_EPITHETS + r"\b(?![ -](?:of|for)\b)")


def _called_company(source: Source, resolver: Resolver) -> bool:
    """A one-word name with no description that the text calls a company right after naming it, before naming
    anyone else ("Veltrix said it would appeal. The technology giant has faced three fines", "Ostrana will close
    two plants, the carmaker said"): a brand the tagger took for a person or left untyped, not a person."""
    if " " in source.key or source.descriptions or not source.mentions:
        return False
    start, end = min(source.mentions)
    sentence = resolver.article.sentence_at(start)
    if not sentence:
        return False
    body = resolver.article.body
    if source.kind == "person":  # a surname too may be written alone: only the tag of its own sentence
        found = _COMPANY_EPITHET.search(body, end, sentence.end)
        if not found or sentence.start != start or not _TAG_VERB.match(body, found.end()):
            return False  # "Ostrana will close two plants, the carmaker said"; not "Petrov said the company ..."
    else:
        following = [s for s in resolver.article.sentences if s.index == sentence.index + 1]
        found = _COMPANY_EPITHET.search(body, end, (following or [sentence])[0].end)
        if not found:
            return False
    others = [m for key, other in resolver.sources.items() if other is not source and other.kind in ("person", "org")
              for m in other.mentions if end <= m[0] < found.start()]
    return not others


# a role word written with its capital that the name kept before a first name and a surname ("Sheriff Ann Kroll",
# where a date before it kept the parser from cutting it off)
_TITLE_IN_NAME = re.compile(r"^((?:[A-Z][a-z]+ ){0,2}[A-Z][a-z]+) (?=[A-Z][\w'’.-]+ [A-Z][\w'’.-]+$)")
# letters after a person's name that give their rank: senior counsel and members of a legislature (MP, MLA and MPP
# are cue words of data/source_cues.csv themselves)
POST_NOMINALS = {"KC": "king's counsel", "QC": "queen's counsel", "SC": "senior counsel", "SAN": "senior advocate",
                 "MSP": "legislator", "MNA": "legislator", "MHA": "legislator", "MPA": "legislator",
                 "MLC": "legislator", "TD": "legislator"}
# where an organisation's apposed noun phrase ends: its relative clause or participle ('a firm that leased ...')
_APPOSED_HEAD = re.compile(r",|\b(?:that|which|who|whose|where|based|founded|owned|run|set up|with)\b")
# "United manager", "Wolfsburg boss", "their Manager", "the club's manager"
_TEAM_MANAGER = re.compile(r"(?:(?:^|\s)[A-Z][\w.'’-]*|^(?:their|its|(?:the )?(?:club|team|side)['’]s?)) "
                           r"(?:manager|boss|Manager|Boss)$")
SPORTS_TEXT_CUES = 2  # sports cues of data/source_cues.csv ('coach', 'defender') that make a text a sports story


# a lead whose subject is an unnamed person introduced by a role: "A leading surgeon has called for ...", "A senior
# judge has warned ..."
_LEAD_EPITHET = re.compile(r"^(?:An?|One)\s+((?:[\w'’-]+\s+){0,4}?[a-z][\w-]*)\s+(?:has|have|had|is|was|says|said|"
                           r"warns|warned|calls|called|urges|urged|claims|claimed|criticised|criticized|attacked|"
                           r"insists|insisted|admits|admitted|defends|defended|\w+ed)\b")


def _lead_epithet(source: Source, resolver: Resolver, default_country: str) -> str:
    """The type of the role by which the lead introduces the person the next sentence names first ("A leading
    surgeon has called for a ban ..." / "Dr Ruth Kessler said ...", "A senior judge has warned ..." / "Sir Alan Brodie
    said ..."): the news style that gives the role before the name; '' when the person is named elsewhere first, the
    lead names someone or its subject types nothing."""
    sentences = resolver.article.sentences
    if len(sentences) < 2 or not source.mentions:
        return ""
    found = _LEAD_EPITHET.match(sentences[0].text)
    after, first = sentences[1], min(source.mentions)[0]
    if not found or found.group(1).split()[-1].lower() in organisation_nouns() or \
            not after.start <= first < after.end or \
            not all(w[:1].isupper() for w in resolver.article.body[after.start:first].split()):
        return ""  # "A Lenz court has sentenced ..." / "Ivan Petrov, 34, ...": the court is no person's role
    return classify(found.group(1), is_person=True, default_country=default_country, setting=_setting(resolver))


# the capitalised words written right before a name ("York Hospital Director of Patient Quality & Caregiver
# Experiences Matthew Bennett", "Sky News' Kay Burley", "the Tory MP Sir David Evenett"): a title the parser may have
# cut short or left out of the name's descriptions; 'of', 'for', 'and', '&' join its words
_TITLE_WORD = re.compile(r"(?:[A-Z][\w.&'’-]*|of|for|and|&)$")
def _lower_role(word: str, run: list[str]) -> bool:
    """An official's role in lower case between an organisation's name and the person's honorifics ("Lenz Fire and
    Rescue Department director Datuk Ali Omar"): part of the title run, once."""
    return word.islower() and roles().get(word, ("",))[0] == "official" and all(w[:1].isupper() for w in run)


_BRACKETED_ACRONYM = re.compile(r"\([A-Z][A-Z&.-]{1,9}\)")
_POSSESSIVE_END = re.compile(r"(?:['’]s?)$")
TITLE_RUN_WORDS = 10


def _title_before_name(source: Source, resolver: Resolver, default_country: str) -> str:
    """The type the capitalised title written right before a named person's name gives them: an outlet's name with
    its possessive ("Sky News' Kay Burley") is a media outlet's voice; else the title's cue words ("Tory MP"), else
    the organisation it names by its noun ("Marsh Hospital Infectious Disease Specialist Dr. Ana Ruiz": a hospital's);
    '' when no title stands there or it types nothing."""
    body = resolver.article.body
    for start, end in sorted(source.mentions):
        words = body[max(0, start - 200):start].rsplit("\n", 1)[-1].split()
        # ... or set off by commas before the name ("the Lenzland Minister for Trade and Industry, Ana Ruiz, said")
        appositive = bool(words) and words[-1].endswith(",") and body[end:end + 1] == ","
        if appositive:
            words[-1] = words[-1][:-1]
        run: list[str] = []
        for word in reversed(words[-TITLE_RUN_WORDS:]):
            if run and _BRACKETED_ACRONYM.fullmatch(word):
                continue  # "Lenz Fire and Rescue Department (LFRD) director Ali Omar": the acronym of the name before
            if not (_TITLE_WORD.match(word) or _lower_role(word, run)) or \
                    word.endswith((",", ":", ";", '"', "”", ")")) or \
                    word.endswith(".") and len(word.replace(".", "")) > 4:
                break  # a sentence's last word ("Thursday."), not a title's abbreviation ("Dr.", "U.S.")
            run.insert(0, word)
        while run and run[0] in ("of", "for", "and", "&"):
            run.pop(0)
        if not run or body[max(0, start - 1):start] not in (" ",) or \
                appositive and any(e.label_ == "PERSON" and e.start_char < start - 2 <= e.end_char
                                   for e in resolver.doc.ents):
            continue  # "Mayor Bob Kell, Dana Ruiz, ...": a list of people, no title of the second
        title = " ".join(run)
        if _POSSESSIVE_END.search(title):
            owner = _POSSESSIVE_END.sub("", title).removeprefix("The ")
            if owner in outlet_aliases() or re.fullmatch(OUTLET_NAME, owner):
                return "media outlet"  # "Sky News' Kay Burley": the presenter speaks in the outlet's name
            continue
        found = classify(title, is_person=True, default_country=default_country, setting=_setting(resolver))
        if found:
            return found
        # ... else an organisation's name and a role after it: its last typed noun, after a name of its own and
        # before the role ("Marsh Valley Hospital Infectious Disease Specialist"; not "Club Treasurer")
        words = [w for w in run if w.rstrip(".").lower() not in _NAME_TITLES]
        kind = next((kind for i in range(len(words) - 2, 0, -1)
                     if organisation_nouns().get(words[i].lower()) and (kind := name_noun_type(" ".join(words[:i + 1])))),
                    "")
        if kind:
            return kind
    return ""


_NAME_TITLES = {"dr", "mr", "mrs", "ms", "prof", "sir", "dame", "lord", "lady"}


def _setting(resolver: Resolver) -> str:
    """The country the story is set in (`story_setting`), else, when its places decide nothing, the headline's one
    country (`_headline_setting`), else the one country whose state bodies of the variant table the text names
    ('the FBI is helping', 'the Home Office said')."""
    country, _, weight = story_setting(resolver)
    about = resolver.default_country
    if country and weight < STRONG and about not in ("", country) and \
            sum(found == about for _, found in country_mentions(resolver.article.body)) >= STRONG:
        return about  # a place or two of another country ("Ukraine" once in a story about Britain) yield to the
        # country the article names three times or more (not to a demonym once: "56% of residents are Korean")
    return country or _headline_setting(resolver.article.title or "", resolver.article.body) or \
        _state_bodies_setting(resolver.article.body)


def _headline_setting(title: str, body: str) -> str:
    """The one country a headline names ('Lenz's spokesman on the pardon', 'Moldovan minister visits flooded
    villages'), when the body names it too, not only as a place: the story's, when its places decide nothing."""
    named = {country for _, country in country_mentions(title) if country != WESTERN}
    return named.pop() if len(named) == 1 and named_not_as_place(body, next(iter(named))) else ""


def story_setting(resolver: Resolver) -> tuple[str, str, float]:
    """(country, evidence, weight) of where the story is set: a vote of the places it names (`gazetteer.vote`), its
    dateline's place first (DATELINE_WEIGHT), then its headline's countries and places, then each place of the body:
    a country, region or city of `data/source_countries.csv` the parser takes for a place, a city or U.S. state of
    the gazetteer the parser tags as a place, a town named before its U.S. state's abbreviation ('Hattiesburg,
    Miss.'), an institution named after its town ('the Fresno City Council'), a U.S. county's office. A demonym
    ('Asian residents', 'a Chinese firm'), a state body ('the Kremlin') or a place in a name of something based
    elsewhere ('Paris-based') is no place."""
    doc = resolver.doc
    spans = tuple((e.start_char, e.end_char, e.label_) for e in doc.ents)
    return _story_setting(resolver.article.title or "", resolver.article.body, spans)


_PLACE_LABELS = ("GPE", "LOC", "FAC")


def _local_country(resolver: Resolver) -> str:
    """The setting's country for every official of a local story: one its dateline or headline puts in that
    country ('Fire kills eight at Turkish hospital', 'IPOH, May 3 —') and whose body names no other country ('Interior
    Minister X' at a factory fire in Konya is Turkey's), or names it three times and every other country once at
    most; '' otherwise ('across Russia' alone sets a story, not a
    minister's nationality)."""
    setting = story_setting(resolver)[0]
    if not setting:
        return ""
    body, title = resolver.article.body, resolver.article.title or ""
    counts = Counter(country for _, country in country_mentions(body) if country != WESTERN)
    placed = dateline_country(body)[0] == setting or setting in {country for _, country in country_mentions(title)}
    # ... or names another country once at most, and its own three times at least ('a Liberian was among them')
    alone = set(counts) <= {setting} or counts[setting] >= STRONG and all(
        n == 1 for country, n in counts.items() if country != setting)
    return setting if placed and alone else ""


@lru_cache(maxsize=64)
def _story_setting(title: str, body: str, spans: tuple[tuple[int, int, str], ...]) -> tuple[str, str, float]:
    evidence = []
    country, place = dateline_country(body)
    if country:
        evidence.append(Evidence(country, DATELINE_WEIGHT, f"dateline {place}", True))
    for offset, country in country_mentions(title):
        word = _mention_word(title, offset)
        if country != WESTERN:
            evidence.append(Evidence(country, TITLE_WEIGHT, f"headline {word}", _place_word(word)))
    taken = []
    for offset, country in country_mentions(body):
        word = _mention_word(body, offset)
        taken.append((offset, offset + len(word)))
        if country == WESTERN or _BASED.match(body, offset) or _WAR_IN.search(body[max(0, offset - 24):offset]):
            continue
        label = next((label for start, end, label in spans if start <= offset < end), "")
        place = not _demonym(word) and (label in _PLACE_LABELS or _place_word(word))
        evidence.append(Evidence(country, BODY_WEIGHT, word, place))
    for start, end, label in spans:
        if label not in _PLACE_LABELS or any(a < end and start < b for a, b in taken) or \
                _WAR_IN.search(body[max(0, start - 24):start]) or body[end:end + 1] == "-" or \
                body[max(0, start - 1):start] == "-":  # part of a compound name ('Maine-et-Loire'), no place
            continue
        name = _THE.sub("", body[start:end]).strip()
        if _plausible_place(name, body) and (country := place_country(name)):
            evidence.append(Evidence(country, BODY_WEIGHT, name, True))
    for found in US_TOWN.finditer(body):
        evidence.append(Evidence("U.S.", BODY_WEIGHT, found.group(0), True))
    for found in _TOWN_INSTITUTION.finditer(body):
        name = found.group(1)
        if not any(a <= found.start() < b for a, b in taken) and _plausible_place(name, body) and \
                (country := place_country(name)):
            evidence.append(Evidence(country, BODY_WEIGHT, found.group(0), True))
    for found in _US_COUNTY_OFFICE.finditer(body):
        evidence.append(Evidence("U.S.", BODY_WEIGHT, found.group(0), True))
    return vote(evidence)


_THE = re.compile(r"^the\s+", re.I)
# a place named as a war's theatre ('the war in Ukraine', 'sent to fight in Syria'): the story's war, not its scene
_WAR_IN = re.compile(r"\b(?:war|wars|fight|fighting|fought|front|frontline|front line|invasion|offensive) "
                     r"(?:in|on|of|against)\s+(?:the\s+)?$", re.I)
# an institution named after its town or county ('the Fresno City Council', 'Kedah Fire and Rescue Department')
_TOWN_INSTITUTION = re.compile(r"\b([A-Z][a-z]+(?: [A-Z][a-z]+)?) (?:City|Town|County|Village|Borough|Municipal|"
                               r"Shire|Police|Fire|Sheriff'?s?|District) (?:Council|Hall|Department|Office|Commission|"
                               r"Board|Service|Manager|Attorney|Police|and|Court|Government|Corporation)\b")
_US_COUNTY_OFFICE = re.compile(r"\b[A-Z][a-z]+ County (?:Sheriff|Board of|Commission|Courthouse|Circuit|Superior|"
                               r"District Attorney|Prosecutor|Attorney|Judge|Jail|Coroner|Clerk|Supervisors|Executive|"
                               r"Emergency|Health Department|Public Schools|School District|Fire)")
# the country names, acronyms and short names the gazetteer spells otherwise ('U.S.', 'Britain')
_COUNTRY_SHORT = {"u.s.", "us", "usa", "u.s.a.", "america", "uk", "u.k.", "britain", "great britain", "england",
                  "scotland", "wales", "northern ireland"}


def _mention_word(text: str, offset: int) -> str:
    found = _country_pattern().match(text, offset)
    return found.group(0) if found else text[offset:offset + 1]


def _place_word(word: str) -> bool:
    """A country cue that names a place (a country, capital, region or city), not a people or a state body."""
    return word.lower() in _COUNTRY_SHORT or bool(country_code(word)) and not _demonym(word)


def _demonym(word: str) -> bool:
    """A country cue that names a people ('Turkish', 'Americans'), whatever the parser tags it."""
    low = word.lower()
    return low not in _COUNTRY_SHORT and not country_code(word) and (low in (country_cues().get(low, "").lower(), country_cues().get(low, "").lower()
                                               + "s") or low.endswith(("an", "ans", "ish", "ese", "i", "is", "ch")))


def _plausible_place(name: str, body: str) -> bool:
    """A name the parser tags as a place that may be looked up in the gazetteer: capitalised, three letters at
    least, no stop word, title, role or organisation noun ('Police' is a Polish town, 'Of' a Turkish one), and
    never written in lower case in the same text (a common word: 'Mobile', 'Reading')."""
    from spacy.lang.en.stop_words import STOP_WORDS
    low = name.lower()
    return len(name) >= 3 and name[:1].isupper() and low not in STOP_WORDS and low not in cue_words() and \
        low not in organisation_nouns() and low.rstrip(".") not in TITLES and \
        not re.search(r"(?<![\w.])" + re.escape(low) + r"(?!\w)", body)


@lru_cache(maxsize=64)
def _state_bodies_setting(body: str) -> str:
    """The one country whose state bodies of the variant table a text names ("the FBI is helping", "the Home Office
    said": that state's story), or ''."""
    owned = {kind[:-len(_OF_STATE)] for kind in affiliations(body, default_country="")
             if kind.endswith(_OF_STATE) and not kind.startswith("government")}
    return owned.pop() if len(owned) == 1 else ""


_OF_STATE = " government or official"


def _manages_a_team(source: Source, resolver: Resolver) -> bool:
    """A manager or boss of a named side ('United manager Louis van Gaal') in a text that the cue lexicon's
    sports words (at least SPORTS_TEXT_CUES) make a sports story; a fund manager or a Tesla boss elsewhere is
    no coach."""
    if not any(_TEAM_MANAGER.search(d) for d in source.descriptions):
        return False
    return _sports_cues(resolver) >= SPORTS_TEXT_CUES


def _cited(resolver: Resolver) -> set[str]:
    """The outlets the article cites (`metadata.cited_outlets`), found once per article, not once per source."""
    if getattr(resolver, "_cited_outlets", None) is None:
        resolver._cited_outlets = {outlet for outlet, _ in cited_outlets(resolver.article)}
    return resolver._cited_outlets


def _sports_cues(resolver: Resolver) -> int:
    """The sports words of the cue lexicon in the article, counted once per article (every manager of a long page
    counted them again)."""
    if getattr(resolver, "_sports_cues", None) is None:
        low = f" {resolver.article.body.lower()} "
        resolver._sports_cues = sum(kind == SPORTS for *_, kind in cue_matches(low))
    return resolver._sports_cues


_SERVICE = re.compile(r"\b(police|fire)\b", re.I)


def _bare_chief(source: Source, resolver: Resolver, default_country: str) -> str:
    """A person titled only 'Chief' ('Chief Varda said at a briefing') heads the police or the fire service the
    sentence that introduces them names ('..., where she thanked the police'): that office's type. '' when another
    description types them, or the sentence names neither service or both."""
    if not source.mentions or any(clean_name(d).lower().rstrip(".") != "chief" for d in source.descriptions) or \
            not source.descriptions:
        return ""
    sentence = resolver.article.sentence_at(min(source.mentions)[0])
    services = {m.group(1).lower() for m in _SERVICE.finditer(sentence.text)} if sentence else set()
    return classify(f"{services.pop()} chief", is_person=True, default_country=default_country,
                    setting=_setting(resolver)) if len(services) == 1 else ""


_PERSONS_ORGAN = re.compile(r"^(?:the )?([A-Z][\w.’'-]*(?: [A-Z][\w.’'-]*){0,3})['’]s? (?:press |campaign |)(?:"
                            + "|".join(sorted(PERSON_ORGANS)) + r")$")


def _organ_of_person(source: Source, resolver: Resolver, default_country: str) -> str:
    """The type of the named person whose office, team or press service speaks ('Dolan's office said' after
    'Lenzian President Marek Dolan'); '' when the name is no person the text introduces."""
    for variant in sorted(source.variants):
        found = _PERSONS_ORGAN.match(variant.strip())
        if not found or not source.mentions:
            continue
        person = resolver.person_key_for(found.group(1), offset=min(source.mentions)[0])
        if person and person != source.key and resolver.sources[person].kind == "person":
            return source_type(resolver.sources[person], resolver, default_country)
    return ""


def _organisation_of_introduction(source: Source, resolver: Resolver) -> str:
    """The type of the one organisation, named by a typed noun ('of the NHS trust'), in the sentence that
    introduces a person given a bare executive role ('... emerged at a board meeting of the NHS trust that runs
    two hospitals, and were branded "unacceptable" by chief executive Simon Constable'): whose executive they are.
    '' when the descriptions name an organisation, or the sentence none or several kinds."""
    if not source.mentions or any(len(clean_name(d).split()) > 2 for d in source.descriptions):
        return ""  # 'chief executive of a software company': the description says whose
    sentence = resolver.article.sentence_at(min(source.mentions)[0])
    kinds = {organisation_nouns()[lookup_key(m.group(1))] for m in typed_organisation().finditer(sentence.text)} \
        if sentence else set()
    return kinds.pop() if len(kinds) == 1 and COMPANY not in kinds else ""


_POSSESSIVE_ROLE = re.compile(r"\w['’]s (?:[A-Z][\w-]* )*[A-Z][\w-]*$")  # "Ukraine's Human Rights Commissioner"
# verbs of a relative clause that say what a person is or does in a role ("who heads the legal aid group", "who
# fought for Wagner"), as stems; a clause with another verb says what they did to others ("who has interviewed
# former members of the Wagner Group", "who often repeats UK judges' comments") and types nothing
ROLE_VERBS = {"serve", "head", "lead", "led", "run", "ran", "chair", "found", "co-found", "own", "direct", "manage",
              "work", "represent", "sit", "sat", "teach", "taught", "research", "study", "studi", "specialis",
              "specializ", "advis", "fight", "fought", "command", "belong", "join", "coordinat", "oversee", "oversaw",
              "campaign", "cover", "write", "wrote", "report", "edit", "host", "present", "advocat", "defend",
              "govern", "rule", "hold", "held", "become", "became", "act", "monitor", "track", "investigat"}
_RELATIVE_VERB = re.compile(r"\b(?:who|which)\s+((?:(?:has|have|had|also|often|now|still|once|previously|recently|"
                            r"regularly|frequently|since|would|will|can|could|does|did|do)\s+)*)([a-z-]+)")
BE_FORMS = {"is", "was", "are", "were", "been", "be", "being"}
_DONE_BY = re.compile(r"\s+(?:(?:also|then|later|first|being)\s+)?([a-z]+(?:ed|en|ld|ht|wn))\s+(?:[a-z]+\s+)?by\b")
_GIVEN_ROLE = ("appoint", "elect", "nominat", "hired", "employ", "commission", "name", "chosen", "select", "promot",
               "sworn", "assign", "deploy", "post", "train")


# a person's relation to another, whose roles are the other's: "a close associate of Russian President Vladimir
# Putin", "the wife of Governor Ann Kroll", "President Dolan's longtime friend"
RELATION_NOUNS = r"(?:associates?|ally|allies|friends?|confidant|confidante|crony|cronies|prot[eé]g[eé]e?|" \
                 r"rival|critic|" \
                 r"opponent|foe|enemy|admirer|wife|husband|widow|widower|sons?|daughters?|mother|father|brother|" \
                 r"sister|cousin|nephew|niece|uncle|aunt|grand(?:son|daughter|mother|father)|(?:son|daughter)-in-law|" \
                 r"girlfriend|boyfriend|fianc[eé]e?|neighbou?r|classmate|cellmate)"
_RELATION_OF = re.compile(r"(?<!founding )\b" + RELATION_NOUNS + r"\s+(?:of|to)\s", re.I)  # not "founding father of"
# a place in another person's circle: "a member of Ivan Dolan's inner circle", "part of the president's entourage"
_CIRCLE_OF = re.compile(r"\b(?:members?|part|one) of (?:[\w.'’-]+ ){1,4}?(?:inner |close |closest |trusted )?"
                        r"(?:circle|entourage|clan|coterie)\b", re.I)
_POSSESSOR_RELATION = re.compile(r"^.*?['’]s?\s+(?=(?:(?:close|closest|longtime|long-time|old|former|estranged)\s+)?"
                                 + RELATION_NOUNS + r"\b)", re.I)


# one relative of a named person ("Orlova's mother", "Ivan Dolan's widow"): identifiable, no anonymous voice;
# relatives in the plural and a family ("Dolan's family", "the relatives") stay unnamed people
RELATIVE_NOUNS = r"(?:wife|husband|widow|widower|son|daughter|mother|father|brother|sister|cousin|nephew|niece|uncle|" \
                 r"aunt|grand(?:son|daughter|mother|father)|(?:son|daughter|mother|father|brother|sister)-in-law|" \
                 r"girlfriend|boyfriend|fianc[eé]e?|stepmother|stepfather|stepson|stepdaughter|mum|mom|dad|twin|family|parents)"
_RELATIVE_OF_NAMED = re.compile(r"^(?:the )?([A-Z][\w.-]+(?: [A-Z][\w.-]+){0,2})['’]s? (?:(?:late|elder|older|younger|"
                                r"eldest|oldest|youngest|twin|only|adult|teenage|grieving|estranged) )?" +
                                RELATIVE_NOUNS + r"$")


# a person's description as the head or founder of a named organisation ("as head of the Lenz Behind Walls organization")
_HEAD_OF = re.compile(r"\b(?:head|founder|co-founder|director|leader|chair|chairman|chairwoman|president) of (?:the )?"
                      r"((?:[A-Z][\w'’.-]*\s?)+)")
# what a group does that makes it a rights or legal-aid group ("X provides legal and charitable assistance to ...",
# "X defends the rights of migrants")
_DOES_RIGHTS = r"(?:\s+\w+){0,3}?\s+(?:(?:provides?|offers?|gives?)(?:\s+\w+){0,3}?\s+(?:legal|charitable|humanitarian)\b|" \
               r"(?:defends?|protects?|champions?|campaigns? for|advocates? for|fights? for)(?:\s+\w+){0,3}?\s+rights\b)"


def _heads_organisation(source: Source, resolver: Resolver, default_country: str) -> str:
    """The type of the organisation a named person's description makes them head or founder of: its own type, else
    a rights or legal-aid group's when the text says the organisation gives legal or charitable help or defends
    rights ('Lenz Behind Walls provides legal and charitable assistance to inmates'); '' otherwise."""
    body = resolver.article.body
    for description in source.descriptions:
        for match in _HEAD_OF.finditer(description):
            name = match.group(1).strip()
            if not name or name.lower() in country_cues():
                continue
            kind = _organisation_type(name, resolver, default_country)
            if kind and kind not in (ANALYST, "document or leaked correspondence") and not is_government_type(kind):
                return kind
            if re.search(re.escape(name) + _DOES_RIGHTS, body):
                return RIGHTS_GROUP
    return ""


_POSSESSIVE_RELATIVE = re.compile(r"^(his|her) (" + RELATIVE_NOUNS + r")$", re.I)
ANTECEDENT_REACH = 400  # characters back to the named person a possessive pronoun may refer to


def _relative_of_antecedent(source: Source, resolver: Resolver) -> bool:
    """An unnamed relative named by a possessive pronoun whose antecedent is the named person last mentioned before
    it, of a gender the pronoun allows ("Tom Ebo was arrested ... His family said ..."): that person's relative, so
    identifiable; recorded as a variant ("Ebo's family") that `relative_of_named` reads."""
    match = _POSSESSIVE_RELATIVE.match(source.key)
    if source.named or source.anonymous_reason or source.kind != "person" or not match or not source.mentions:
        return False
    start = min(source.mentions)[0]
    for offset, key, _ in reversed(resolver.persons):
        if offset >= start or key == source.key:
            continue
        if offset < start - ANTECEDENT_REACH:
            return False
        person = resolver.sources.get(resolver.sources.canonical(key))
        if person is None or not person.named or person.kind != "person":
            continue
        gender = "m" if match.group(1).lower() == "his" else "f"
        between = re.findall(r"[a-z]+", resolver.article.body[offset:start])
        if person.gender not in ("", gender) or any(roles().get(w, ("", ""))[1] == gender for w in between):
            return False  # the pronoun points past them to someone else ("Oksana said ... the mother ... her son")
        source.variants.add(f"{surname(person.key)}'s {match.group(2).lower()}")
        return True
    return False


def relative_of_named(source: Source) -> bool:
    """An unnamed source who is one relative of a person the text names ("Orlova's mother", as the text writes
    it): identifiable, so a private person and not anonymous; not a country's or an organisation's."""
    if source.named or source.anonymous_reason or source.kind != "person":
        return False
    for variant in [*source.variants, source.key]:
        match = _RELATIVE_OF_NAMED.match(clean_name(variant))
        if match and not country_in(match.group(1)) and \
                not any(w.lower() in organisation_nouns() for w in match.group(1).split()):
            return True
    return False


# a person named with others of a kind ("Orlov and two other former inmates were given medals", the parse
# joining what came before the name to it): the kind is theirs, what came before is not
_AND_OTHERS = re.compile(r"(?:^|,? )and (?:\w+ )?other ((?:[\w'’-]+ ){0,3}[\w'’-]+)$")


def _role_descriptions(descriptions: list[str]) -> list[str]:
    """The descriptions cut before a relative clause whose verb is no role verb (ROLE_VERBS) nor a form of 'be', and
    at a relation to another person, whose roles are theirs ("a close associate of Russian President Vladimir Putin":
    'a close associate'; "Governor Kroll's husband": 'husband')."""
    out = []
    for description in descriptions:
        if others := _AND_OTHERS.search(description):
            description = others.group(1)  # "Orlov and two other former inmates": one of the former inmates
        if relation := _RELATION_OF.search(description):
            description = description[:relation.end()].rstrip()
        if circle := _CIRCLE_OF.search(description):
            description = description[:circle.start()].rstrip(" ,")
        description = _POSSESSOR_RELATION.sub("", description)
        for match in _RELATIVE_VERB.finditer(description):
            verb = match.group(2)
            if verb not in BE_FORMS and not verb.startswith(tuple(ROLE_VERBS)) or \
                    verb in BE_FORMS and (done := _DONE_BY.match(description, match.end())) and \
                    not done.group(1).startswith(_GIVEN_ROLE):
                # ... and a passive one with its agent ("who was awakened by firefighters"): what others did to
                # them, whose roles are the others' (not "who was appointed by the council", a role given)
                description = description[:match.start()].rstrip(" ,")
                break
        out.append(description)
    return out


# organisations no state runs, whose officers (a secretary, a president, a chairman) hold no government role
NON_STATE_NOUNS = r"(?:trade union|union|association|federation|league|society|guild|syndicate|co-?operative|" \
                  r"chamber of commerce|church|diocese|archdiocese|parish|mosque|synagogue)"
_OFFICER_OF = re.compile(r"\b(?:of|for|at|with|from) (?:the|a|an|its) ((?:[\w'’-]+ ){0,3})(" + NON_STATE_NOUNS +
                         r")\b(?![ -]?[A-Z])", re.I)


# a role written after the noun of an organisation no state runs: "union representative", "the association's president"
# (the noun in lower case: "a European Union representative" is the EU's)
_NON_STATE_ROLE = re.compile(r"\b(" + NON_STATE_NOUNS + r")(?:['’]s?)? (?:[a-z-]+ ){0,2}([a-z-]+)$")


def _non_state_employer(source: Source, resolver: Resolver) -> str | None:
    """The type of the organisation no state runs that a person's role is of ('general secretary of the teachers'
    union', 'president of the farmers' association'; 'Unite Wales secretary' where the text writes 'the union Unite'):
    its noun's type in data/source_organisations.csv, '' when the noun has none; None when the role is of no such
    organisation ('President of the Russian Federation' is a state's)."""
    for description in source.descriptions:
        for match in _OFFICER_OF.finditer(description):
            if not country_in(match.group(1)) and institution(match.group(0).split(" ", 1)[1]) is None:
                return organisation_nouns().get(match.group(2).lower(), "")
        if (officer := _NON_STATE_ROLE.search(description)) and \
                roles().get(officer.group(2).lower(), ("",))[0] == "official":
            return organisation_nouns().get(officer.group(1).lower(), "")  # "a Teamsters union representative"
        named = re.match(r"(?:the )?([A-Z][\w'’&-]+)(?: [A-Z][\w'’-]+)* [a-z-]+$", description)
        name = re.escape(named.group(1)) if named and not country_in(named.group(1)) else ""
        if name and (called := re.search(r"\b(" + NON_STATE_NOUNS + r"),? " + name + r"\b|\b" + name +
                                          r",? (?:the |a |an )?(?:[\w'’-]+ ){0,2}(" + NON_STATE_NOUNS + r")\b",
                                          resolver.article.body, re.I)):
            return organisation_nouns().get((called.group(1) or called.group(2)).lower(), "")
    return None


def _noun_referred_to(source: Source) -> bool:
    """A description points back to an organisation by its noun ('the trust's deputy chief executive', 'for the
    agency'), not by 'its' alone ('Dan Moss, its chief executive', whose company the text may name by no noun)."""
    return any(m.group(1) or m.group(2) for d in source.descriptions for m in generic_organisation().finditer(d))


_APOSTROPHES = re.compile(r"[’‘`]")


def _employer_named(source: Source, body: str = "") -> bool:
    """An unnamed person described by a role after an organisation's name ('Tesla CEO', 'a Lumex spokesman', 'Lumex
    executives', 'Lumex's chief financial officer', as the text writes it: the key may be lower-cased): capitalised
    words before the role words that name no country, title or role."""
    if source.named or source.anonymous_reason:
        return False
    key = clean_name(source.key)
    written = [body[end - len(key):end] for _, end in sorted(source.mentions)
               if _APOSTROPHES.sub("'", body[max(0, end - len(key)):end].lower()) == _APOSTROPHES.sub("'", key.lower())]
    words = re.sub(r"['’]s?(?= )", "", clean_name(written[0]) if written else key).split()
    cut = len(words)
    while cut > 0 and words[cut - 1][:1].islower():
        cut -= 1  # the role: the words in lower case at the end ('chief financial officer')
    cut = min(cut, len(words) - 1)  # ... else the last word ('Velorra CEO')
    role_words = [w.lower() for w in words[cut:]]
    in_roles = bool(role_words) and (role_words[-1] in roles() or role_words[-1].rstrip("s") in roles() or
                                     " ".join(role_words) in cue_words())
    return cut > 0 and in_roles and any(
        w[:1].isupper() and w.lower().strip(".'’s") not in country_cues() and w.lower() not in roles() and
        w.lower().rstrip(".") not in TITLES for w in words[:cut])


# an unnamed official's role for a named person or organisation: "spokeswoman for the Good Law Project" (role,
# courtesy title, name)
_NAME = r"[A-Z][\w'’.-]*(?: (?:of |for |and |the )*[A-Z][\w'’.-]*)*"
_SPEAKS_FOR = re.compile(r"\b([a-z-]+) (?:for|of) (?:the )?((?:Mr|Mrs|Ms|Miss|Dr)\.? )?(" + _NAME + ")")
_OWN_ROLE = re.compile(r"(?:^|\b(?:the|a|an) )(" + _NAME + r")['’]s? (?:[a-z-]+ ){0,2}?([a-z-]+)$")  # "the Good Law
# Project's legal director": (organisation, role)
_NAME_ROLE = re.compile(r"^(?:(?:the|a|an) )?(" + _NAME + r") ([a-z-]+)$")  # "a ULHT spokesman", "NHS Fife spokeswoman"
ACADEMIC_TITLES = {"professor", "prof"}  # written before a name, a title that a role in another description outranks
# a source's name that names a newspaper or channel ("Lenz Gazette", "Valley News"; not a state body's "Press Office")
_OUTLET_NAME = re.compile(r"^(?:the )?" + OUTLET_NAME + "$")
# ... or ends in a newspaper's word of a masthead (`debris.NEWSPAPER_WORDS`) after a place of the gazetteer ('the
# Lenzburg Mercury', 'the Dunmore Advertiser'; not 'Freddie Mercury')
_PAPER_OF_PLACE = re.compile(r"^(?:the )?(?-i:(?!The )([A-Z][\w&'-]*)(?: [A-Z][\w&'-]*){0,2} "
                        r"(?:" + "|".join(NEWSPAPER_WORDS) + r"))$")
# one word with a capital inside after a word of three letters or more ('RioPulse', 'TechCrunch'; not 'McDonald',
# 'MacArthur', 'DeWine', 'LaGuardia', 'VanDyke'), as web outlets write their names
_WEB_NAME = re.compile(r"^(?!Mac|Van|Von|De[lns]|Dal|Der|La[s]|Los|San|Fitz)[A-Z][a-z]{2,}[A-Z][A-Za-z]+$")
# ... that the text makes relay someone's words ('said, according to ValeNews', 'told ValeNews', 'ValeNews reported')
_REPORTS_FOR = r"\b(?:said|says|told|added),? according to {0}\b|\btold {0}\b|\b{0} reported\b|" \
               r"\b(?:interview|speaking) with {0}\b"
_ACRONYM = re.compile(r"^[A-Z]{2,8}$")  # a name in capitals that speaks ("NEAS said") is an organisation
# a name the text trades or incorporates: "shares of Peloton", "Peloton (PTON)", "Tesla shares", "Tesla’s market
# shares", "Burlington Stores Inc."
_TICKER = r"(?:shares of {0}\b|\b{0}(?:['’]s?)? (?:market )?(?:shares|stock|share price)\b|" \
          r"\b{0} \((?:[A-Z]+: ?)?[A-Z]{{2,5}}\)|\b{0}(?: [A-Z][\w&]*){{0,3}},? (?:Inc|Corp|Ltd|LLC|PLC|plc|Co)\b)"


# a name that reports a company's results ("Lenz Foods said it earned $18 million, or 12 cents a share", "Lenz
# reported earnings of 60 cents a share", "Lenz's quarterly profit"; not "Lenz posted on Facebook about the loss")
_RESULTS = r"(?:earnings|profits?|revenues?|net income|(?:net |operating |pre-tax )?loss(?:es)?)"
_REPORTS_EARNINGS = r"\b{0} (?:said it |also )?(?:earned|made|lost) \$[\d.,]+ ?(?:million|billion|bn|m)\b[^.;!?]{{0,60}}" \
    r"\b(?:per|a) share\b|\b{0} (?:said it |also )?(?:reported|posted|booked) (?:a |an |its |their )?" \
    r"(?:[\w$.,%-]+ ){{0,3}}?" + _RESULTS + r"\b|\b{0}['’]s (?:\w+[- ]quarter|quarterly|full-year|half-year|fiscal) " \
    r"(?:\w+ )?" + _RESULTS + r"\b"
# the market named by its street: its analysts and traders speak
MARKET_METONYMS = {"Wall Street", "Dalal Street"}


def _reports_earnings(name: str, body: str) -> bool:
    """A name the text makes report a company's results (`_REPORTS_EARNINGS`): a company, whatever the tagger
    calls it."""
    return bool(re.search(_REPORTS_EARNINGS.format(re.escape(name)), body))


def _traded(name: str, body: str) -> bool:
    """A one-word name the text trades on the stock market or incorporates ('shares of Peloton', 'Peloton
    (PTON)', 'Tesla's stock', 'Burlington Stores Inc.'): a company, whatever the tagger calls it."""
    return " " not in name and bool(re.search(_TICKER.format(re.escape(name)), body))


_LAWYER = r"(?:lawyers?|attorneys?|counsel|barristers?|solicitors?|legal team)"
_LAWYER_FOR = re.compile(r"\b" + _LAWYER + r",? (?:for|of|representing|acting for|retained by|defending) (?:the )?(" +
                         _NAME + r"|[a-z-]+)")
_CLIENTS_LAWYER = re.compile(r"^(?:the |a |an )?(" + _NAME + r"|his|her|their)(?:['’]s?)? (?:[a-z-]+ )?" + _LAWYER +
                             r"$")
# a lawyer of the defence, whose client is the person on trial: 'defense attorney', 'defence counsel'
_DEFENCE_LAWYER = re.compile(r"\bdefen[cs]e " + _LAWYER + r"\b", re.I)
# a lawyer who acts for someone, named by a clause: 'who represents Tomas Brell', 'representing the parents'
_REPRESENTS = re.compile(r"(?:^|\bwho )(?:represents|represented|defends|defended|representing|defending|acting for|"
                         r"acts for) (?:the )?(" + _NAME + r"|[a-z-]+)")  # 'him': his client
# what a lawyer may act for that is a state's: 'a lawyer for the city'
_STATE_CLIENTS = {"city", "town", "village", "county", "borough", "municipality", "district", "state", "government",
                  "ministry", "department", "council", "prosecution", "crown"}
_CLIENT_AFTER = re.compile(r",? ((?:representing|defending|acting for) [^,.;:]+)")
CLIENT_PERSON = "private person"  # a lawyer for a person or people: a private person, an anonymous one if unnamed
_LAWYER_WORDS = re.compile(r"\b(?:lawyers?|attorneys?|counsel|barristers?|solicitors?|legal team)\b", re.I)
LAWYER_RANKS = {"KC", "QC", "SC", "SAN"}  # letters after a barrister's name


def _client_type(source: Source, resolver: Resolver, default_country: str) -> str:
    """The type of whom a lawyer acts for ('an attorney for Tarnex' where the text writes 'Tarnex Corp.', 'Tarnex
    attorneys contend', 'lawyers for Brightwell Foods Inc.', 'a lawyer for the city'): a company's lawyers speak for
    the company, a city's for its government; a lawyer for a person or people ('a lawyer representing Ivan Petrov',
    "Petrov's lawyer", 'his lawyer', 'a lawyer for the families', 'who represents Ivan Petrov', 'defence counsel')
    speaks as a private person (CLIENT_PERSON), unless the text makes them a rights or legal-aid group's ('a lawyer
    with a legal aid group', 'a human rights lawyer'). '' for a lawyer of no one named."""
    texts = [source.key, *source.descriptions]
    # "said Marcus Pell KC, representing the parents", "Lawyers defending him said": a clause right after a mention
    # that the parse gave no description
    body = resolver.article.body
    texts += [m.group(1) for start, end in sorted(source.mentions)
              if (m := _CLIENT_AFTER.match(body, end))]
    lawyer = any(_LAWYER_WORDS.search(t) for t in texts) or \
        source.named and source.key.split()[-1] in LAWYER_RANKS
    if not lawyer:
        return ""
    for text in texts:
        match = _LAWYER_FOR.search(text) or _CLIENTS_LAWYER.search(text) or _REPRESENTS.search(text)
        if not match:
            if _DEFENCE_LAWYER.search(text):
                return _lawyer_of_people(source, default_country)
            continue
        name = clean_name(match.group(1))
        if match.re is _CLIENTS_LAWYER and name.lower() in country_cues() and _demonym(name):
            continue  # "a Ukrainian lawyer", "the Lenzish attorney": the lawyer's nationality, no client
        if name in ("his", "her", "their"):
            return _lawyer_of_people(source, default_country)
        if name[:1].islower():
            if name in _STATE_CLIENTS:
                return government_type(default_country or _setting(resolver))
            if kind := organisation_nouns().get(name, ""):
                return kind  # 'a lawyer for the company', 'for the utility'
            if match.re is _LAWYER_FOR or match.re is _REPRESENTS:
                return _lawyer_of_people(source, default_country)  # 'a lawyer for the families'
            continue
        first = min(source.mentions)[0] if source.mentions else 0
        person = resolver.person_key_for(name, offset=first)
        if person and person != source.key and resolver.sources[person].kind == "person":
            return _lawyer_of_people(source, default_country)
        if company_name(name) or _traded(name, resolver.article.body):
            return COMPANY
        found = _organisation_type(name, resolver, default_country,
                                   described=_organisation_descriptions(resolver, name))
        if found and found not in (RIGHTS_GROUP, "private person", "anonymous person"):
            return found
        if not found and not ORGANISATION_WORD.search(name) and name not in organisation_nouns() and \
                not any(other.kind not in ("person", "group") and name in {key, *other.variants}
                        for key, other in resolver.sources.items()):
            return _lawyer_of_people(source, default_country)  # "Brell's lawyer": a person's
    return ""


def _lawyer_of_people(source: Source, default_country: str) -> str:
    """CLIENT_PERSON for a lawyer whose own words name no rights or legal-aid group ('a lawyer with a legal aid
    group', 'a human rights lawyer' stay the group's), else ''."""
    own = " ".join([source.key, *source.descriptions])
    if classify(_LAWYER_WORDS.sub(" ", own), is_person=True, default_country=default_country) == RIGHTS_GROUP:
        return ""
    return CLIENT_PERSON


# an unnamed person the text identifies with a named one: "a man believed to be Yevgeny Prigozhin", "a man closely
# resembling ...", "the man, who appears to be ..." (up to three words between the verb and the name)
_IDENTIFIED = re.compile(r"(?:" + HEDGED_IDENTITY + r"|(?:closely )?resembling|identified as|"
                         r"with (?:the|a|an) (?:(?:voice|face|features|looks|likeness)(?:,? and |, )?)+ of|"
                         r"(?:bearing |with )?(?:a |an )?(?:strong |striking |close |uncanny )?resemblance to|"
                         r"who (?:looks|looked|sounds|sounded) (?:just |very much )?like)\s+((?:[\w’'-]+\s+){0,3}?"
                         + _NAME + ")")  # "a man with the face and voice of X", "bearing a striking resemblance to X"


# ... and the verb of a hedged identity: "man believed to be X"
_POSTMODIFIER = re.compile(rf"\s(?:in|on|at|of|from|with|behind|who|whose|that|{HEDGE_VERBS})\s")


# what a person says they are: "The man in the video introduces himself as a member of the Granit group"
_SELF_DESCRIBED = re.compile(r"\b(?:introduc|describ|present|identifi|call)\w* (?:himself|herself|themselves) as "
                            r"(?:an? |the )?([^.;:!?]+)", re.I)


def _self_described(source: Source, resolver: Resolver, default_country: str) -> str:
    """The type of what an unnamed person calls themselves in a sentence where they are named first ("The man in the
    video introduces himself as a member of the Granit private military group", "He describes himself as a
    representative of the Granit group"): the role they claim types the voice they speak with; '' when they claim
    none, or one that types nothing."""
    for start, end in sorted(source.mentions):
        sentence = resolver.article.sentence_at(start)
        if not sentence:
            continue
        found = _SELF_DESCRIBED.search(resolver.article.body, start, sentence.end)
        if found and not re.search(r"[.;!?]", resolver.article.body[end:found.start()]):
            kind = classify(found.group(1), is_person=True, default_country=default_country)
            if kind:
                return kind
    return ""


def _identified_type(source: Source, resolver: Resolver, default_country: str) -> str:
    """The type of the named person an unnamed one is identified with where the text first introduces them by
    the same noun ('In the footage, a man believed to be Yevgeny Prigozhin, the alleged head of the private
    military company Wagner Group, ...' / '"...," the man says'): the identification types the speaker, the
    speaker stays unnamed. '' when the text identifies no one."""
    head = _POSTMODIFIER.split(source.key.lower())[0].split()  # "man in the video": the man
    noun = head[-1] if head else ""
    if not noun or roles().get(noun, ("",))[0] != "person":
        return ""
    for match in re.finditer(r"\b(?:an?|the)\s+" + re.escape(noun) + r"\b,?\s*(?:who\s+(?:is\s+|was\s+)?)?",
                             resolver.article.body, re.I):
        found = _IDENTIFIED.match(resolver.article.body, match.end())
        for name in re.finditer(_NAME, found.group(1)) if found else []:
            person = resolver.person_key_for(name.group(0), offset=found.start(1) + name.start())
            if person and person != source.key:
                source.identified = person  # another article may type the person better (sourcing._unify_types)
                return source_type(resolver.sources[person], resolver, default_country)
    return ""


_HEADED_BY = re.compile(r"\b(?:headed|led|chaired|run|founded|owned|financed) by\s+")


def _headed_type(source: Source, resolver: Resolver, default_country: str) -> str:
    """The type of an organisation the text says a named person heads, founded or owns, when they have no role of
    their own ('the second European Commission headed by Ursula von der Leyen', 'a company owned by X'): the last
    name or organisation noun before the verb in that sentence. '' when none."""
    body = resolver.article.body
    names = tuple(n for n in {source.key, *source.variants, surname(source.key)} if n)
    if getattr(resolver, "_headed_by", None) is None:  # the verbs found once per article, not once per source
        resolver._headed_by = list(_HEADED_BY.finditer(body))
    for verb in resolver._headed_by:
        if not body.startswith(names, verb.end()):
            continue
        clause = re.split(r"[.;:!?]\s", body[max(0, verb.start() - 120):verb.start()])[-1]
        headed = [m.group(0) for m in re.finditer(_NAME, clause)]
        found = _organisation_type(headed[-1], resolver, default_country) if headed else ""
        if found := found or name_noun_type(clause[-40:]):
            return found
    return ""


def _principal_type(source: Source, resolver: Resolver, default_country: str) -> str:
    """The type of the named person or organisation an official speaks for ('a spokesman for Mr Grieve':
    Grieve's, the Attorney General's; 'a spokeswoman for the Good Law Project', 'the Good Law Project's legal
    director': the project's, from its own descriptions, 'two campaign groups, All the Citizens and the Good Law
    Project'). '' when the source speaks for no one named, or their type is not known."""
    for text in [source.key, *source.descriptions]:
        if _PAST_ROLE.search(text) or _CIRCLE_OF.search(text) or LOCAL_HEAD.search(text):
            continue  # "who once drove for Governor X", "a member of Governor X's inner circle": no official of X;
            # "head of the Lenivka rural settlement": a place's head, not Lenivka's spokesman
        match = _SPEAKS_FOR.search(text)
        role, name, title = (match.group(1), match.group(3), match.group(2)) if match else ("", "", "")
        if (own := _OWN_ROLE.search(text) or _NAME_ROLE.search(text)) and not match:
            role, name, title = own.group(2), own.group(1), ""
            if name.lower() in country_cues():
                continue  # "a Ukrainian official" is described by nationality, not by whom they speak for
        if roles().get(role, ("",))[0] != "official":
            continue
        name, first = clean_name(name), min(source.mentions)[0] if source.mentions else 0
        person = resolver.person_key_for(name, offset=first)
        if person and person != source.key:
            return source_type(resolver.sources[person], resolver, default_country)
        if title:
            continue  # a courtesy title names a person the article does not introduce
        found = _organisation_type(name, resolver, default_country,
                                   described=_organisation_descriptions(resolver, name)) or \
            _kind_named(name, resolver.article.body)
        if found:
            return found
    return ""


def _short_name_type(source: Source, resolver: Resolver) -> str:
    """The type of the organisation an unnamed official's key names by a short name ("Marlow officials", "a Marlow
    spokesman") that the text writes in full elsewhere, with a noun that types it ("Marlow Rovers Juniors FC": a
    club); '' when no such fuller name, or several of different types."""
    match = _NAME_ROLE.match(source.key)
    if not match or (roles().get(match.group(2)) or roles().get(match.group(2).removesuffix("s")) or ("",))[0] != \
            "official" or match.group(1).lower() in country_cues():
        return ""
    name = match.group(1)
    fuller = re.finditer(r"(?:[A-Z][\w'’&.-]*\s+){0,3}" + re.escape(name) + r"(?:\s+[A-Z][\w'’&.-]*){1,3}|"
                         r"(?:[A-Z][\w'’&.-]*\s+){1,3}" + re.escape(name) + r"\b", resolver.article.body)
    kinds = {kind for m in fuller if (kind := name_noun_type(m.group(0)))}
    return kinds.pop() if len(kinds) == 1 else ""


_PAST_ROLE = re.compile(r"\bwho (?:had )?(?:once|formerly|previously|used to)\b", re.I)
_OF_ORGANISATION = re.compile(r"\b(?:of|at|for) (?:the )?([A-Z][^,;:()]*)")  # "chief executive of Ipswich hospitals"
# ... and one named after what it is: "chief executive of the umbrella body Lenzvol"
_OF_KIND_NAMED = re.compile(r"\b(?:of|at|for) (?:the |a |an )?((?:[a-z-]+ ){1,3}[A-Z][^,;:()]*)")


def _executive_organisation(source: Source, resolver: Resolver, default_country: str) -> str:
    """The type of the organisation a person with an official's or an executive's role runs or speaks for, when
    it is not a company: named in their description ('chief executive of Ipswich and Colchester hospitals',
    'Director of Research at Chatham House'), else, for a bare role ('Chief Executive Anthony May'), the one
    organisation the text gives that role ('Nottingham University Hospitals Trust's Chief Executive'). '' when
    none, or when the text gives the role to organisations of different types."""
    if not any(roles().get(r, ("",))[0] == "official" for r in source.roles) and \
            not any(kind == COMPANY for d in source.descriptions for *_, kind in cue_matches(f" {d.lower()} ")):
        return ""
    for pattern in (_OF_ORGANISATION, _OF_KIND_NAMED):
        for description in source.descriptions:
            if _PAST_ROLE.search(description):
                continue  # "who once drove for Governor X": no organisation they run now
            for match in pattern.finditer(description):
                if match.group(1).split()[0].lower().rstrip(".") in TITLES:
                    continue  # "for President X", "of Governor Y": a person, no organisation
                if _person_named(match.group(1), resolver):
                    continue  # "a member of Ivan Dolan's inner circle": a person's circle, no organisation
                runs = _organisation_type(match.group(1), resolver, default_country)
                if runs and runs != "document or leaked correspondence":  # "for Ostara Foods in a statement"
                    return runs
    for description in source.descriptions:
        if runs := _organisation_before_role(description, source, resolver, default_country):
            return runs
    found = set()
    for description in source.descriptions:
        role = clean_name(description)
        if len(role.split()) < 2 or not cue_matches(f" {role.lower()} "):
            continue  # a bare role of two words or more, such as 'Chief Executive'
        for match in re.finditer(r"(" + _NAME + r")['’]s? (?i:" + re.escape(role) + r")\b", resolver.article.body):
            found.add(_organisation_type(match.group(1), resolver, default_country))
    return found.pop() if len(found) == 1 and COMPANY not in found else ""


def _person_named(name: str, resolver: Resolver) -> bool:
    """A name of two words or more that the article registers as a person's ('Ivan Dolan'), no organisation."""
    clean = clean_name(name).strip()
    return len(clean.split()) > 1 and clean in resolver.sources and resolver.sources[clean].kind == "person" and \
        resolver.sources[clean].named


# an organisation's name written before an executive's or an official's role in a description: "Lenz Medical
# Centre's chief executive", "Authority chief executive" (organisation, role)
_ORGANISATION_ROLE = re.compile(r"^(?:(?:the|a|an) )?(" + _NAME + r")(?:['’]s?)? ((?:[a-z-]+ ){0,3}[a-z-]+)$")


def _organisation_before_role(description: str, source: Source, resolver: Resolver, default_country: str) -> str:
    """The type of the organisation a description names before the person's role ('Lenz Medical Centre's chief
    executive': medical; 'Authority chief executive', an organisation's noun alone, is the organisation named
    before with that noun, 'the Harbour Health Authority'), when the role is an executive's or an official's.
    '' when the name types nothing (a place: 'Ipswich chief executive') or names a country."""
    match = _ORGANISATION_ROLE.match(clean_name(description))
    if not match or country_in(match.group(1)) or match.group(1).lower().rstrip(".") in TITLES:
        return ""
    role = match.group(2)
    if not (roles().get(role.split()[-1], ("",))[0] == "official" or
            any(kind == COMPANY for *_, kind in cue_matches(f" {role} "))):
        return ""
    name = match.group(1)
    if " " not in name and name.lower() not in organisation_nouns() and \
            (name.lower() in roles() or cue_matches(f" {name.lower()} ")):
        return ""  # 'Activist hedge fund manager': a description's first word written with its capital, no name
    if " " not in name and name.lower() in organisation_nouns() and source.mentions:
        return _named_before({name.lower()}, resolver, min(source.mentions)[0], default_country)
    runs = _organisation_type(name, resolver, default_country, described=_organisation_descriptions(resolver, name))
    return "" if runs == "document or leaked correspondence" else runs  # "the Open Records Trust's legal director"


def _organisation_type(name: str, resolver: Resolver, default_country: str, *, described: list[str] = ()) -> str:
    """The type of an organisation by its name: the variant table, else an organisation noun of its name or of the
    name an acronym stands for ('ULHT': 'United Lincolnshire Hospital Trust'), else the cue lexicon on the name and
    what the text calls it (`described`: 'Two campaign groups, Fair Papers and the Open Records Trust')."""
    known = institution(name, default_country=default_country)
    if known:
        return known[1]
    full_name = spelt_out(clean_name(name), resolver.article.body)
    found = classify(" ".join([name, full_name, *described]), is_person=False, default_country=default_country)
    return by_own_noun(name, found) if name_noun_type(name) else by_own_noun(full_name, found)


def _organisation_descriptions(resolver: Resolver, name: str) -> list[str]:
    """The noun phrases an organisation's first mention is apposed to ('Two campaign groups, All the Citizens and
    the Good Law Project' -> 'Two campaign groups'), or that are apposed to it."""
    start = resolver.article.folded.find(name)
    span = resolver.doc.char_span(start, start + len(name), alignment_mode="expand") if start >= 0 else None
    if span is None:
        return []
    root = span.root
    while root.dep_ == "conj" and root.head.i != root.i:
        root = root.head
    out = [noun_phrase(c) for c in root.children if c.dep_ == "appos" and c.pos_ == "NOUN"]
    if root.dep_ == "appos" and root.head.pos_ == "NOUN":
        out.append(noun_phrase(root.head))
    return out


def _announced_country(source: Source, resolver: Resolver) -> str:
    """The country of the one unnamed official introduced before a named person by the same role word ('DR
    Congo's health minister has declared an epidemic' ... 'Minister Oly Ilunga Kalenga said'): the name
    announced. '' when none, or more than one, fits."""
    if not source.named or not source.mentions:
        return ""
    first = min(source.mentions)[0]
    words = {d.lower().split()[-1] for d in source.descriptions if d.split()}
    countries = {country_in(s.key) for s in resolver.sources.values() if s.kind in ("person", "group") and
                 not s.named and s.key.split() and s.key.lower().split()[-1] in words and s.mentions and
                 min(s.mentions)[0] < first}
    return countries.pop() if len(countries) == 1 and "" not in countries else ""


def _addressed_country(source: Source, resolver: Resolver) -> str:
    """The country of a government body a person addresses as the subject of a verb ('told the Italian
    parliament', 'addressed Polish lawmakers'): an official speaks to their own country's institutions. '' when
    none."""
    for start, _ in sorted(source.mentions):
        found = resolver.doc.char_span(start, start + 1, alignment_mode="expand")
        if found is None or found[0].dep_ not in ("nsubj", "compound", "flat"):
            continue
        verb = found[0].head if found[0].dep_ == "nsubj" else found[0].head.head
        if verb.pos_ != "VERB":
            continue
        addressees = [c for c in verb.children if c.dep_ in ("dobj", "dative")]
        addressees += [o for c in verb.children if c.dep_ == "prep" and c.lower_ in ("to", "before")
                       for o in c.children if o.dep_ == "pobj"]
        for addressee in addressees:
            phrase = resolver.doc[addressee.left_edge.i:addressee.i + 1].text
            if any(kind == "government" for *_, kind in cue_matches(f" {phrase.lower()} ")) and country_in(phrase):
                return country_in(phrase)
    return ""


# an organisation named by a country and a state office ("U.K. Foreign Office", "UK Home Office"; no "U.S. Steel")
STATE_OFFICE = re.compile(r"(?:the )?((?:[A-Z]\.){2,}|[A-Z]{2,3}|[A-Z][a-z]+) (?:[A-Z][a-z]+ )?"
                          r"(?:Office|Ministry|Department|Embassy|Treasury|Cabinet)$")
# ... or by a country and a public agency ("the Philippine disaster agency", "Japan's Meteorological Agency"; not
# "a Russian recruitment agency", a company)
STATE_AGENCY = re.compile(r"(?:the )?([A-Z][a-z]+)(?:['’]s)? (?i:(?:civil |national |state )?(?:disaster|emergency|"
                          r"emergencies|meteorological|weather|space|nuclear|health|environment(?:al)?|statistics?|"
                          r"statistical|aviation|food safety|medicines?|drugs?|border|customs|tax|water|forestry|"
                          r"election|electoral|anti-corruption|prisons?|penitentiary|migration|immigration|road|"
                          r"transport|energy|geological|seismological|fire|rescue)(?: management)? (?:agency|authority|"
                          r"commission|administration|directorate|inspectorate|service|ministry|office|bureau))$")
POSSESSIVE_COUNTRY = re.compile(r"^\W*[A-Z][\w.]*['’]s?\W*$")  # a description that is only "Ukraine's"


def _typed_organisation_of(source: Source, *, official: bool) -> str:
    """The type of the organisation a person speaks for, named by its noun alone ('a spokesman for the utility' ->
    company or business, 'an official at the hospital' -> hospital or medical), when the person holds a role
    there (`official`: a government cue such as 'spokesman' or 'official', or an official's role noun such as
    'director'); a patient 'at the hospital' speaks for none. '' when none."""
    if not official and not any(roles().get(r, ("",))[0] == "official" for r in source.roles):
        return ""
    for description in source.descriptions:
        for match in typed_organisation().finditer(description):
            return organisation_nouns()[lookup_key(match.group(1))]
    for description in source.descriptions:  # 'a representative of the Ukrainian coordination headquarters'
        for match in _national_organisation().finditer(description):
            if country := country_in(match.group(1)):
                return government_type(country)
    return ""


@lru_cache(maxsize=1)
def _national_organisation() -> re.Pattern:
    """'of the Ukrainian coordination headquarters', 'for the Kenyan agency': a generic organisation noun with
    words before it that may name its country (group 1)."""
    generic = [r.noun.lower() for r in lexicon("source_organisations.csv").itertuples() if r.generic == "yes"]
    return re.compile(r"\b(?:for|of|at|from|with) the ((?:[\w'.-]+ ){1,3})" + nouns_pattern(generic) + r"\b", re.I)


def _organisation_referred_to(source: Source, resolver: Resolver, default_country: str) -> str:
    """Type of the organisation a description points back to ('a spokesperson for the agency', 'its founder'):
    the organisation that is the subject of the person's clause ('Wagner has stopped ..., its founder said'),
    else the latest one before the person whose name holds the description's noun ('for the headquarters'),
    else the latest one mentioned before the person. A founder, head or chief leads an organisation, not a
    country: places are passed over for them."""
    if not source.mentions or not any(generic_organisation().search(d) for d in [source.key, *source.descriptions]):
        return ""
    first = min(source.mentions)[0]
    subject = _subject_organisation(resolver, first, default_country)
    if subject:
        return subject
    leader = any(w in LEADER_NOUNS for d in source.descriptions for w in re.findall(r"[a-z-]+", d.lower()))
    nouns = {(m.group(1) or m.group(2)).lower() for d in [source.key, *source.descriptions]
             for m in generic_organisation().finditer(d) if m.group(1) or m.group(2)}
    orgs = [s for s in resolver.sources.values() if s.kind == "org" and any(m[0] < first for m in s.mentions)]
    same_noun = [s for s in orgs if nouns & set(s.key.lower().split())]  # 'for the headquarters'
    if same_noun:
        return source_type(max(same_noun, key=lambda s: max(m[0] for m in s.mentions if m[0] < first)), resolver,
                            default_country)
    if named := _named_before(nouns, resolver, first, default_country):
        return named  # 'the trust's chief nurse': 'Harlow Valley Hospitals NHS Trust', which did not speak
    before = [(max(m[0] for m in s.mentions if m[0] < first), s.source_type or source_type(
        s, resolver, default_country)) for s in orgs]
    text = resolver.article.folded[:first].lower()
    for variant in variant_table():  # institutions named before, whether or not they spoke
        position = text.rfind(variant)
        if len(variant) > 3 and position >= 0 and re.match(r"\W", text[position - 1:position] or " "):
            if leader and _is_place(resolver.doc, position):
                continue
            known = institution(variant, context=text[max(0, position - 40):position + len(variant)],
                                default_country=default_country)
            if known:
                before.append((position, known[1]))
    return max(before, key=lambda pair: pair[0])[1] if before else ""


def _organisation_kind(source: Source, resolver: Resolver, default_country: str) -> str:
    """The type of the kind of organisation an unnamed official's key names before the role ('a hospital
    spokesperson', 'a company spokesman', 'a police spokesman', 'an airline spokeswoman'): an organisation noun of
    data/source_organisations.csv, typed by itself or by the cue lexicon, else, for a generic noun ('a trust
    spokeswoman'), the organisation named before with that noun ('Sherwood Vale Hospitals NHS Trust'). '' for any
    other ('a senior official', 'a Western official': no organisation)."""
    words = source.key.lower().split()
    if len(words) < 2 or roles().get(words[-1], ("",))[0] != "official" or \
            not set(words[:-1]) & set(organisation_nouns()):
        return ""
    kind = " ".join(words[:-1])
    generic = set(words[:-1]) & generic_nouns()
    return name_noun_type(kind) or classify(kind, is_person=False, default_country=default_country) or \
        (_named_before(generic, resolver, min(source.mentions)[0], default_country)
         if generic and source.mentions else "")


# an official's organisation written right after the role: "a spokesman for the Westmoor Ambulance Service NHS Trust"
_FOR_NAME = re.compile(r"\s+(?:for|of|at|from) (?:the )?(" + _NAME + ")")


def _organisation_named_after(source: Source, resolver: Resolver, default_country: str) -> str:
    """The type of the organisation an unnamed official's mention is followed by ('a spokesman for the Lewisham
    NHS Trust said', where the description kept only 'spokesman'). '' when none is named there or it is not
    typed."""
    if not any(roles().get(r, ("",))[0] == "official" for r in source.roles):
        return ""
    for _, end in sorted(source.mentions):
        found = _FOR_NAME.match(resolver.article.body, end)
        if found and (kind := _organisation_type(found.group(1), resolver, default_country)):
            return kind
    # ... or inside the mention itself: "a press officer at Westland's Lenz Mining Copper"
    if (found := _FOR_NAME.search(" " + source.key)) and not country_in(found.group(1)) and \
            (kind := name_noun_type(clean_name(found.group(1)))):
        return kind
    return ""


def _named_before(nouns: set[str], resolver: Resolver, offset: int, default_country: str) -> str:
    """The type of the latest organisation named before `offset` whose capitalised name ends in one of `nouns`
    ('Harlow Valley Hospitals NHS Trust' for 'the trust'), whether or not it spoke; '' when none is typed."""
    found = [m for noun in nouns for m in re.finditer(r"\b((?:[A-Z][\w'’&.-]* (?:of |for |and |the )*){1,6}" +
                                                      re.escape(noun.title()) + r")\b", resolver.article.body[:offset])]
    return _organisation_type(max(found, key=lambda m: m.start()).group(1), resolver, default_country) if found else ""


def _is_place(doc: Doc, offset: int) -> bool:
    found = doc.char_span(offset, offset + 1, alignment_mode="expand")
    return found is not None and found[0].ent_type_ in ("GPE", "LOC")


def _subject_organisation(resolver: Resolver, offset: int, default_country: str) -> str:
    """Type of a known organisation that is the subject of a clause before 'its' in the sentence at `offset`
    ('The mercenary group Wagner has stopped recruiting ..., its founder Yevgeny Prigozhin said')."""
    found = resolver.doc.char_span(offset, offset + 1, alignment_mode="expand")
    if found is None:
        return ""
    sentence = found[0].sent
    its = [t for t in sentence if t.lower_ == "its" and t.idx < offset + 1]
    if not its:
        return ""
    for token in sentence:
        if token.i >= its[-1].i or token.dep_ not in ("nsubj", "nsubjpass") or token.ent_type_ in ("GPE", "LOC"):
            continue
        phrase = " ".join(t.text for t in token.subtree if t.i < its[-1].i and not any(
            a.dep_ in ("relcl", "acl", "appos") for a in path_up(t, token)))
        known = institution(phrase, context=sentence.text[:200], default_country=default_country)
        if known:
            return known[1]
        if token.ent_type_ == "ORG" or token.lemma_.lower() in organisation_nouns():
            kind = classify(phrase, is_person=False, default_country=default_country)
            if kind:
                return kind
    return ""
