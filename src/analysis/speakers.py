"""Speakers: who the names, descriptions and pronouns of one article stand for.

`Resolver` reads an article's parse in order and maps each mention of a source to one `Source`: a person by a
PERSON entity or a capitalised name run (role words and titles before it are no part of the name), an
organisation, an outlet, a group or a document. Pronouns ("he said") go to the nearest earlier person of the same
gender, descriptions ("the lawyer said") to the named person introduced with that description, else to an earlier
anonymous source of the same role, a leader's description ('the mercenary chief') to the named leader of that kind,
and an epithet ('the CEO', '"Putin's chef"') to the named person it stands for. `Cue` is one speech cue (a verb of
saying and its subject) as `analysis.sourcing` finds them; the speech vocabulary is here because both read it.
"""

from __future__ import annotations

import bisect
import re
from collections import defaultdict
from dataclasses import dataclass, field
from functools import lru_cache
from typing import TYPE_CHECKING, Callable

from rapidfuzz.distance import OSA

from . import nlp
from .metadata import canonical_outlet
from .quotes import QuoteSpan
from .source_types import (
    COMPANY, MUNICIPAL_NOUNS, TITLES, classify, clean_name, company_name, country_cues, country_in, country_referred_to, cue_matches,
    cue_words,
    first_names, generic_nouns, guess_gender, institution, name_noun_type, organisation_nouns, outlet_names, roles,
    speaks_itself, spelt_out, surname, translit_key, variant_table)

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from .corpus import Article, Sentence

TAG_ONLY_LEMMAS = {"begin", "share"}  # where in an exchange the words came, or a post, a cue only right after them
# ('"...," began anchor John Doe', '"...," the club's page shared'; not 'officials began recruiting', 'shared a photo')
# '"Why?" she asked' cues a quotation; "asked not to be named" is no claim; what a person promised ('promised them
# "plus a bonus"') is theirs when quoted, but a promise is no claim of fact
QUOTE_ONLY_LEMMAS = {"ask", "scoff", "sigh", "joke", "mutter", "snap", "sob", "yell", "scream", "plead", "wonder",
                     "laugh", "promise", "pledge",
                     # how the words were voiced ('"I don't want to die," one survivor cried out')
                     "cry", "bark", "holler", "gasp", "murmur", "grumble", "quip", "growl", "beg", "lament", "marvel",
                     "fume", "groan", "sneer", "stammer", "roar", "bellow", "shriek", "howl", "wail", "chuckle",
                     # what a person talks others into ('convinces recruits that they should be "proud" to go'): their
                     # words when quoted, no claim of fact
                     "convince", "persuade",
                     *TAG_ONLY_LEMMAS}
# verbs of public judgement: a statement of the one who condemns ('a practice deplored by rights groups')
CONDEMNING_LEMMAS = {"condemn", "denounce", "deplore", "decry", "criticize", "criticise"}
# verbs of siding with a claim: speech only with a claim as what is backed ('an account later supported by the fire
# chief', 'experts endorsed the finding'; not 'the bill was supported by 40 senators')
ENDORSING_LEMMAS = {"support", "back", "endorse", "echo", "corroborate"}
CLAIM_NOUNS = {"theory", "claim", "claims", "view", "assessment", "account", "finding", "findings", "conclusion",
               "allegation", "allegations", "version", "hypothesis", "assertion", "estimate", "suspicion"}
SPEECH_LEMMAS = {
    "say", "tell", "add", "write", "report", "state", "announce", "claim", "estimate", "deny", "explain", "note",
    "insist", "argue", "assume", "believe", "warn", "describe", "recall", "confirm", "admit", "complain",
    "acknowledge", "allege", "suggest", "conclude", "reply", "respond", "speak", "count", "publish", "testify",
    "stress", "emphasize", "predict", "declare", "assert", "contend", "maintain", "reveal", "inform", "recount",
    "accuse", "show", "indicate", "cite", "urge", "post", "comment", "quote", "reject", "dismiss", "concede",
    "observe", "remark", "remember", "whisper", "shout", "exclaim", "answer",
    "tweet", "forecast", "caution", "emphasise", "find", "ask", "detail", "disagree", "counter", "retort", "read",
    "vow", "boast", "mention", "assure", "opine", "alert", "express", "underscore", "highlight", "assess",
    "notify", "determine", "clarify", "specify", "stipulate", *CONDEMNING_LEMMAS, *ENDORSING_LEMMAS, *QUOTE_ONLY_LEMMAS,
}
# a relative clause with one of these verbs says what a person said ("who told reporters ..."), not who they are
REPORTED_SPEECH_LEMMAS = SPEECH_LEMMAS - {"write", "publish", "report", "post", "tweet", "count", "find", "show",
                                          "read", "detail", "indicate", "cite", "quote", "estimate", "forecast",
                                          *QUOTE_ONLY_LEMMAS}
RANK_ABBREVIATIONS = {"sgt", "lt", "col", "gen", "capt", "cpl", "det", "insp", "supt", "cmdr", "maj", "pvt", "sen", "rep",
                      "gov", "atty"}
# the offices those abbreviations stand for ('Gov. Ann Roe' ... 'the governor said')
ABBREVIATED_OFFICES = {"gov": "governor", "sen": "senator", "supt": "superintendent", "insp": "inspector",
                       "det": "detective", "atty": "attorney", "cmdr": "commander", "capt": "captain"}
# what speaks for the person who owns it ("Alder's office said", "Lowe's campaign said"): the person's words
SPEAKING_FOR_NOUNS = {"office", "campaign", "team", "staff", "camp"}
# the last word of a legal text's name ('the Geneva Conventions', 'the Hague Charter'): a document, no organisation
LEGAL_TEXTS = {"convention", "conventions", "charter", "treaty", "constitution", "covenant", "protocol", "statute",
               "act", "code", "accords", "declaration"}
REPORT_NOUNS = {"report", "investigation", "article", "story", "analysis"}
# texts that speak when they are a speech verb's subject ('The ruling says, "..."', 'the indictment alleges')
DOCUMENT_NOUNS = {"ruling", "verdict", "judgment", "judgement", "indictment", "lawsuit", "complaint", "filing",
                  "affidavit", "motion", "petition", "memo", "memorandum", "email", "e-mail", "notice", "directive",
                  "resolution", "guidance", "transcript", "manifesto", "warrant", "subpoena", "summons", "communique",
                  "communiqué", "dossier", "decision", "opinion", "order", "release", "letter", "decree", "document",
                  "statement", "message",
                  # a legal text ('The bill specifies that ...', 'the treaty stipulates')
                  *(LEGAL_TEXT_NOUNS := {"bill", "legislation", "amendment", "treaty", "contract", "regulation",
                                         "statute"})}
MEDIA_NOUNS = {"portal", "newspaper", "outlet", "publication", "agency", "channel", "broadcaster", "website", "site",
               "magazine", "paper", "tabloid", "daily", "network", "station"}
# media nouns that name nothing but an outlet: a name before one is the outlet's ('the Zorka Telegram channel'; not
# 'the United Nations health agency', 'US media outlets')
OUTLET_NOUNS = {"newspaper", "tabloid", "magazine", "channel", "broadcaster", "website", "portal", "publication"}
PLATFORMS = {"Telegram", "YouTube", "Facebook", "Instagram", "TikTok", "VK", "Twitter", "WhatsApp", "Viber"}  # a
# platform named before a media noun ('the Baza Telegram channel') is no part of the outlet's name
QUANTIFIERS = {"many", "some", "one", "two", "three", "several", "most", "few", "all", "both", "none", "each",
               "dozens", "hundreds", "thousands"}
NUMBER_SIGN = re.compile(r"(?:.*\s)?(?:No|Nr|Number|#)\.?\s*$", re.I)  # before an identifier: "order No. PRS-563"
SOURCE_NOUNS = {"source", "interlocutor"}  # "the source": the unnamed person who spoke before
# positions a text calls a person it has just named by name ('Musk said ... The CEO then vowed'); not relations to
# someone else ('the lawyer', 'the judge', 'the mother' are usually other people)
EPITHET_ROLES = {"ceo", "executive", "manager", "gaffer", "coach", "boss", "chairman", "chairwoman", "founder",
                 "co-founder", "governor", "mayor", "minister", "premier", "treasurer", "senator", "businessman",
                 "businesswoman", "entrepreneur", "striker", "midfielder", "goalkeeper", "footballer", "player",
                 "expert", "analyst", "economist", "activist",
                 # heads of a service or an office ('Police Chief Ana Ruiz' ... 'the chief said')
                 "chief", "sheriff", "commissioner", "superintendent", "director"}
SPOKESPERSONS = {"spokesman", "spokeswoman", "spokesperson"}  # offices held for an organisation the text must name
PAST_MODIFIERS = {"former", "ex", "onetime", "erstwhile"}  # an epithet of a post held before ('the former Lakeside coach')
# who speaks for an organisation: 'the Kremlin representative' is the person described before as its press secretary
SPEAKS_FOR = re.compile(r"\b(?:spokes(?:man|woman|person)|representative|press (?:secretary|officer|attach[eé])|"
                        r"mouthpiece)\b")
OFFICE_EPITHETS = {"president", "chancellor"}  # an epithet only for a person the text describes so
HEAD_OF_STATE = re.compile(r"the head of (?:the )?state", re.I)  # 'the head of state said': the president named before
EPITHET_CLASSES = {"official", "expert"}  # roles a person named before may hold besides the epithet's (a WHO
# representative is 'the expert')
DEFINITE_DESCRIPTION = re.compile(r"(?:the|this|that)\s|.*?\w['’]s?\s", re.I)  # 'the mayor', 'Ontario's premier'
# organisations whose names need not say what they are ('Lumex' is 'the company')
BRAND_NAMED_TYPES = {"company or business"}
# the verbs that give an unnamed person a hedged identity ('a man believed to be Pavel Dorin', 'thought to be'): one
# list for the speaker's name and for the type it takes from the person named
HEDGE_VERBS = r"believed|thought|said|understood|suspected|alleged|reported|presumed|likely|appears?|appearing|seems?|" \
              r"claimed"
HEDGED_IDENTITY = rf"(?:{HEDGE_VERBS}) to be"
BELIEVED_TO_BE = re.compile(rf"\s+(?:who is |who was )?{HEDGED_IDENTITY} "
                            r"(?-i:[A-Z][\w'’.-]+)(?: (?-i:[A-Z][\w'’.-]+)){0,3}")
REPLY_LEMMAS = {"reply", "respond", "retort", "answer", "counter"}  # a role that replies is the person spoken to
QUESTION_LEMMAS = {"ask", "question", "press", "quiz", "query", "interview"}  # the one asked answers the question
IT_SENTENCES = 3  # how many sentences back the organisation 'it said' stands for may have been a subject
# what a person is, not a post they hold, as a bare epithet for the person named just before ('the veteran said')
STATUS_EPITHETS = {"veteran", "champion", "titleholder", "winner", "youngster", "teenager", "rookie", "newcomer",
                   "skipper", "captain", "debutant", "finalist", "runner-up", "champ", "star", "superstar",
                   # a player's position: 'The defender, who suffered a cut, told the media' after the player was named
                   "defender", "midfielder", "goalkeeper", "goalie", "keeper", "winger", "full-back", "fullback",
                   "centre-back", "center-back", "playmaker", "quarterback", "linebacker", "pitcher", "shortstop",
                   "outfielder", "infielder", "batsman", "batter", "bowler", "all-rounder", "wicketkeeper",
                   "wicket-keeper", "netminder", "goaltender"}
# honorifics that give a person's gender, whatever their name's ending ('Datuk Ahmad', 'Tan Sri', 'Toh Puan')
HONORIFIC_GENDERS = {"datuk": "m", "dato": "m", "dato'": "m", "tan": "m", "tun": "m", "sir": "m", "lord": "m",
                     "datin": "f", "puan": "f", "dame": "f", "lady": "f"}
# a person's sex as a definite epithet ('the 115-pound woman said'): the person of that gender named just before, when
# the text introduced no unnamed woman (man) before it
GENDER_EPITHETS = {"woman": "f", "man": "m", "lady": "f", "gentleman": "m"}
EPITHET_SENTENCES = 4  # how many sentences back the person an epithet stands for may have been the subject
# a nationality as an epithet says who a person is, not a post ('the German', 'the 52-year-old Dutchman'): the
# person named just before, whether or not they have spoken yet
DEMONYM_PERSON = re.compile(r"([a-z]+?)(man|woman)", re.I)  # 'Dutchman', 'Frenchwoman' ('chairman' is no country)
# what a person who heads an organisation is called ('the founder of Wagner', 'the mercenary chief')
LEADER_NOUNS = {"founder", "co-founder", "head", "chief", "leader", "director", "owner", "boss", "chairman",
                "chairwoman", "financier", "commander"}
# verbs by which a person gives their own name ('who identified himself as Pavel Dunin', 'calling himself ...')
SELF_NAMING_LEMMAS = {"identify", "call", "introduce", "name", "give"}
REFLEXIVES = {"himself", "herself", "themselves"}
PERSONAL_PRONOUNS = {"he": "m", "him": "m", "his": "m", "she": "f", "her": "f", "hers": "f"}
# what a named person speaks through, which speaks for them ('Dolan's office', 'Brandt's team', 'Orlov's press
# service')
PERSON_ORGANS = {"office", "team", "campaign", "service", "administration", "camp", "spokesperson", "secretariat"}
PSEUDONYM = re.compile(  # right after a name: the name is not the person's own ("Dmitry (not his real name)",
    # "Jane – not her real name –", an editor's "Pavel [not his real name]")
    r"(?:\s*,\s*\d{1,3})?\s*[(\[,–—-]\s*(?:not (?:his|her|their) real names?|(?:whose |his |her |their )?(?:real |full )?names? "
    r"(?:(?:has|have|had|was|were|is) (?:been )?|\w+ (?:has|have|had) )?changed|a pseudonym|(?:who )?(?:asked|wished|"
    r"wanted|agreed|gave|giving) (?:to be |that (?:he|she|they) be )?(?:(?:identified|named|called|referred to) )?"
    r"(?:only )?(?:by )?(?:his|her|their) first names?(?! and)|(?:identified|named) (?:only )?by (?:his|her|their) "
    r"first names?)", re.I)

# last words that make a capitalised name an institution's, never a person's ("Lenz University said", "Lenz City
# Council said"); nouns that are also surnames ("Court", "Post", "Bank", "Carrier") are left out
INSTITUTION_ENDS = {"university", "institute", "council", "committee", "commission", "ministry", "department",
                    "agency", "police", "hospital", "clinic", "school", "academy", "association", "federation",
                    "foundation", "organisation", "organization", "authority", "bureau", "embassy", "consulate",
                    "parliament", "administration", "corporation", "company", "charity", "society", "league",
                    "office", "government", "infirmary", "regulator", "watchdog", "centre", "center", "group", "party"}


@dataclass
class Source:
    key: str  # canonical within the article
    kind: str  # 'person' | 'org' | 'outlet' | 'group' | 'document' | 'gpe'
    named: bool
    gender: str = ""
    descriptions: list[str] = field(default_factory=list)
    variants: set[str] = field(default_factory=set)
    roles: set[str] = field(default_factory=set)
    anonymous_reason: str = ""
    mentions: set[tuple[int, int]] = field(default_factory=set)
    source_type: str = ""
    identified: str = ""  # the key of the named person an unnamed one is identified with ('a man believed to be X')


@dataclass
class Cue:
    verb: Token
    start: int
    end: int
    source: str  # Source.key
    mention: str
    reason: str
    via: str
    paragraph: int
    sentence: tuple[int, int]
    outer: str = ""  # an outlet that reports this cue ("X said ..., The Guardian reported")
    nested: bool = False  # speech reported inside another source's speech ("she said he told her ...")
    relay: bool = False  # passes another cue's words on ("X said, according to Y"): no speaker for what follows
    lead: int = -1  # body offset where the cue's words begin (its subject's first word, or the verb)
    text: str = ""  # the cue as a reader would quote it (`_cue_text`), set once the article's cues are found


# what a plural subject of a verb of saying may be when it is no group of people ('figures show', 'polls suggest')
NON_PERSON_PLURALS = {"data", "figure", "number", "result", "record", "estimate", "poll", "survey", "study",
                      "statistic", "sign", "image", "photo", "picture", "video", "map", "test", "paper", "file",
                      "rule", "law", "term", "condition", "document", "report", "reading", "model", "projection"}
# verbs of saying whose plural subject is people ('critics said'), not texts that show or find
PEOPLE_SPEECH_LEMMAS = {"say", "tell", "add", "claim", "insist", "warn", "explain", "state", "argue", "complain",
                        "urge", "declare", "stress", "deny", "admit", "allege", "ask", "reply", "respond", "contend",
                        "maintain", "recall", "speak", "disagree", "comment", "remark", "insist", "concede",
                        "point", *CONDEMNING_LEMMAS}


def _people_speaking(token: Token) -> bool:
    """A plural common noun as the subject of a verb people say things with ('Critics said', 'Opponents argue'):
    a group of unnamed people, whatever the noun, unless it names texts, figures or an organisation."""
    lemma = token.lemma_.lower()
    verb = token.head if token.dep_ == "nsubj" else None
    if token.dep_ == "conj" and token.i + 1 < len(token.doc) and token.doc[token.i + 1].dep_ == "conj" and \
            token.doc[token.i + 1].pos_ == "VERB":
        verb = token.doc[token.i + 1]  # 'can issue pardons and critics point to ...', the subject parsed an object
    return token.tag_ == "NNS" and verb is not None and verb.lemma_.lower() in PEOPLE_SPEECH_LEMMAS and \
        lemma not in NON_PERSON_PLURALS | DOCUMENT_NOUNS | REPORT_NOUNS | MEDIA_NOUNS | SOURCE_NOUNS and \
        lemma not in organisation_nouns()


def in_quote(quotes: list[QuoteSpan], offset: int) -> bool:
    """Inside quoted speech: a quotation of more than three words (a quoted name or term does not count)."""
    starts, ends = _quoted_stretches(quotes)
    i = bisect.bisect_right(starts, offset) - 1
    return i >= 0 and offset < ends[i]


_STRETCHES: dict[int, tuple[list[QuoteSpan], int, list[int], list[int]]] = {}  # id -> (list, length, starts, ends)


def _quoted_stretches(quotes: list[QuoteSpan]) -> tuple[list[int], list[int]]:
    """The stretches of text the quotations of more than three words cover, merged and in order, for bisection: a
    long page asks `in_quote` for tens of thousands of tokens (a scan of every quotation each time was quadratic).
    Kept for the last few lists asked about (a list is known by identity and length)."""
    known = _STRETCHES.get(id(quotes))
    if known is not None and known[0] is quotes and known[1] == len(quotes):
        return known[2], known[3]
    starts: list[int] = []
    ends: list[int] = []
    for start, end in sorted((q.start, q.end) for q in quotes if q.words > 3 and q.start < q.end):
        if starts and start <= ends[-1]:
            ends[-1] = max(ends[-1], end)
        else:
            starts.append(start)
            ends.append(end)
    if len(_STRETCHES) >= 8:
        _STRETCHES.pop(next(iter(_STRETCHES)))
    _STRETCHES[id(quotes)] = (quotes, len(quotes), starts, ends)
    return starts, ends


PATRONYMIC = re.compile(r"\w+(?:ovich|evich|ovna|evna|ichna|yevich|ievich|yevna|ievna)$", re.I)


class _Tokens:
    """Plain per-token lists of one parse (texts, tags, entities, sentence numbers) and its memoized name spans:
    indexing a spaCy Doc builds a new Token object each time, and a name is looked at many times."""

    def __init__(self, doc: Doc):
        self.doc = doc
        tokens = list(doc)
        self.text = [t.text for t in tokens]
        self.lower = [t.lower_ for t in tokens]
        self.lemma = [t.lemma_ for t in tokens]
        self.pos = [t.pos_ for t in tokens]
        self.tag = [t.tag_ for t in tokens]
        self.dep = [t.dep_ for t in tokens]
        self.head = [t.head.i for t in tokens]
        self.idx = [t.idx for t in tokens]
        self.ent_type = [t.ent_type_ for t in tokens]
        self.ent_iob = [t.ent_iob_ for t in tokens]
        self.sents = list(doc.sents)
        self.sent = [0] * len(tokens)
        for number, sentence in enumerate(self.sents):
            self.sent[sentence.start:sentence.end] = [number] * (sentence.end - sentence.start)
        self.ent: list = [None] * len(tokens)  # the entity holding each token
        for ent in doc.ents:
            self.ent[ent.start:ent.end] = [ent] * (ent.end - ent.start)
        self.known = [bool(PATRONYMIC.match(text)) or low in first_names() for text, low in zip(self.text, self.lower)]
        self.name_word = [  # a capitalised word that may be part of a person's name (its sentence aside)
            text[:1].isupper() and text.replace("-", "").isalpha() and low not in roles() and
            low.rstrip(".") not in TITLES and (pos == "PROPN" or known)
            for text, low, pos, known in zip(self.text, self.lower, self.pos, self.known)]
        self.positions: dict[str, list[int]] = defaultdict(list)  # token text -> its token indices
        for i, text in enumerate(self.text):
            self.positions[text].append(i)
        self.runs: dict[int, tuple[int, int] | None] = {}
        self.spans: dict[int, tuple[int, int]] = {}


@lru_cache(maxsize=2)
def token_lists(doc: Doc) -> _Tokens:
    """The token lists of the parse being read (only the latest parses are kept)."""
    return _Tokens(doc)


def _person_run(token: Token) -> tuple[int, int] | None:
    """Token range of a run of capitalized words around `token` that is a person's name whatever the tagger
    says: it holds a patronymic ('Yevgenia Vladimirovna Kalinina') or a known first name ('Tatyana'). Role
    words and titles before it are not part of it ('Lawyer Alexei ...'). None for any other run, and for an
    organisation named after a person ('the Boris Nemtsov Foundation')."""
    tokens = token_lists(token.doc)
    if token.i not in tokens.runs:
        tokens.runs[token.i] = _find_person_run(tokens, token.i)
    return tokens.runs[token.i]


def _find_person_run(tokens: _Tokens, i: int) -> tuple[int, int] | None:
    sentence, words = tokens.sent[i], tokens.name_word
    if not words[i]:
        return None
    start, end = i, i + 1
    while start > 0 and words[start - 1] and tokens.sent[start - 1] == sentence:
        start -= 1
    while end < len(words) and words[end] and tokens.sent[end] == sentence:
        end += 1
    if end - start > 4 or not any(tokens.known[start:end]) or \
            any(low in organisation_nouns() for low in tokens.lower[start:end]):
        return None
    return start, end


def name_span(token: Token) -> tuple[int, int]:
    """Token index range of the proper-name chain around `token` (compound PROPNs and flat names)."""
    tokens = token_lists(token.doc)
    if token.i not in tokens.spans:
        tokens.spans[token.i] = _find_name_span(tokens, token.i)
    return tokens.spans[token.i]


def _find_name_span(tokens: _Tokens, i: int) -> tuple[int, int]:
    run = _person_run(tokens.doc[i])
    if run is not None:
        return run
    lower, ent = tokens.lower, tokens.ent[i]
    if tokens.ent_type[i] and tokens.ent_iob[i] != "O" and ent is not None:
        start, end = ent.start, ent.end
        # a surname the tagger gave another label, the compound head of a person's first names ("Minister Oly
        # Ilunga Kalenga": PERSON 'Oly Ilunga', GPE 'Kalenga'): one name
        if ent.label_ == "PERSON" and end < len(lower) and tokens.dep[end - 1] == "compound" and \
                tokens.head[end - 1] == end and tokens.pos[end] == "PROPN" and tokens.ent_type[end] != "PERSON":
            end += 1
        elif ent.label_ != "PERSON" and start > 0 and tokens.ent_type[start - 1] == "PERSON" and \
                tokens.dep[start - 1] == "compound" and tokens.head[start - 1] == end - 1 and end - start == 1:
            first = tokens.ent[start - 1]
            return _after_role(tokens, first.start, end), end
        office = ent.label_ == "ORG" and lower[end - 1] in organisation_nouns()  # "Prosecutor General's Office"
        while start < end - 1 and (lower[start] in ("the", "a", "an") or lower[start] in roles() and not office or
                                   ent.label_ == "PERSON" and lower[start].rstrip(".") in TITLES):
            start += 1  # "Striker Omar Latif", "Judge Karen Hansel": the role is no part of the name
        while end > start and tokens.tag[end - 1] == "POS" or tokens.text[end - 1] in ("’", "'", "’s", "'s"):
            end -= 1
        owner = next((k for k in range(start + 1, end - 1) if tokens.text[k] in ("’s", "'s")), None)
        if owner is not None and ent.label_ == "ORG" and " ".join(lower[start:owner]) in country_cues():
            start = owner + 1  # "Norway’s Ministry of Transport" (one entity with a curly mark): its department
        elif owner is not None and ent.label_ == "PERSON" and end - owner > 2:
            start = owner + 1  # "Tarnwatch’s Ana Berg" in one entity: the person is Ana Berg, of Tarnwatch
        if ent.label_ in ("GPE", "LOC", "NORP", "FAC"):
            return start, end
        return _after_role(tokens, start, end), end
    start = i
    while start > 0 and tokens.pos[start - 1] == "PROPN" and tokens.head[start - 1] in (i, start) and \
            tokens.dep[start - 1] in ("compound", "flat", "nmod", "amod"):
        start -= 1
    return _after_role(tokens, start, i + 1), i + 1


def _after_role(tokens: _Tokens, start: int, end: int) -> int:
    """Where a person's name begins in a run of capitalised words that holds a role or title before the name
    ('Kyiv Mayor Vitali Klitschko', 'Central Bank Governor Elvira Sobolina' -> the words after the role); a role
    word at the end is a surname ('Mike Judge')."""
    for k in range(end - 2, start - 1, -1):
        low = tokens.lower[k].rstrip(".")
        if (low in roles() or low in TITLES) and all(t[:1].isupper() for t in tokens.text[k + 1:end]) and \
                not any(word in organisation_nouns() for word in tokens.lower[k + 1:end]):
            return k + 1  # not in "Soldiers' Mothers Committee"
    return start


def _dateline(doc: Doc, name_range: tuple[int, int]) -> bool:
    """The name opens its paragraph and a date follows it after a comma, an agency in brackets and a dash, or a
    spaced dash when the name is a place: a dateline's place ('Varna, Feb 9 2014 -', 'HARBOURTON (AP) —',
    'Varna - An official said')."""
    start, end = name_range
    opens = start == 0 or doc[start - 1].is_space and "\n" in doc[start - 1].text
    dated = end + 1 < len(doc) and doc[end].text == "," and (
        doc[end + 1].ent_type_ == "DATE" or bool(_MONTH.match(doc[end + 1].text)))
    closing = next((k for k in range(end + 1, min(end + 6, len(doc))) if doc[k].text == ")"), None)
    agency = end < len(doc) and doc[end].text == "(" and closing is not None and closing + 1 < len(doc) and \
        doc[closing + 1].text in ("—", "–", "-", "--")
    place = end + 1 < len(doc) and doc[end].text in ("—", "–", "-", "--") and doc[end - 1].whitespace_ and \
        doc[end + 1].is_title and all(t.ent_type_ in ("GPE", "LOC") for t in doc[start:end])
    return opens and (dated or agency or place)


_MONTH = re.compile(r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?$", re.I)


def noun_phrase(token: Token) -> str:
    """A short description phrase for a common-noun subject: modifiers, head and an 'of/at/for ...' complement
    without its clauses and appositions ('a representative of Russia Behind Bars')."""
    keep = [t for left in token.lefts if left.dep_ in ("det", "amod", "compound", "poss", "nummod", "quantmod",
                                                       "nmod", "case", "advmod") for t in left.subtree]
    keep += [token]
    for child in token.rights:
        if child.dep_ == "amod" and len(list(child.subtree)) <= 7:  # "a source close to the ministry"
            keep += [t for t in child.subtree if t.dep_ not in ("punct",)]
            break
        if child.dep_ == "prep" and child.lower_ in ("of", "at", "from", "for", "with", "in"):
            pruned = [t for t in child.subtree if not any(
                a.dep_ in ("relcl", "acl", "appos", "punct") for a in path_up(t, child))]
            if len(pruned) <= 6:
                keep += pruned
            break
    keep = sorted({t.i: t for t in keep}.values(), key=lambda t: t.i)
    dashes = [k for k, t in enumerate(keep) if t.i < token.i and t.text in ("-", "–", "—") and t.whitespace_ and
              t.i > 0 and t.doc[t.i - 1].whitespace_]
    if dashes:  # "Feb 9 2014 - A top official": a dateline glued to the phrase is no part of it
        keep = keep[dashes[-1] + 1:]
    text = " ".join(t.text for t in keep if t.dep_ != "punct" or t.text == "-")
    text = text.replace(" - ", "-").replace(" ’s", "’s").replace(" 's", "'s")
    text = re.sub(r"(?<=s) (['’])(?= |$)", r"\1", text)  # "prisoners ' rights group" -> "prisoners' rights group"
    return re.sub(r"\s+", " ", text).strip()


def path_up(token: Token, top: Token) -> list[Token]:
    """`token` and its heads up to (not including) `top`."""
    path = [token]
    while path[-1].i != top.i and path[-1].head.i != path[-1].i:
        path.append(path[-1].head)
    return [t for t in path if t.i != top.i]


def _its_antecedent(its: Token) -> str:
    """What 'its' stands for in a title before a name ('the work of the mercenary outfit in the east, its founder
    Dorin denying ...'): the last noun phrase of its sentence before it that names an organisation, by
    its noun or a cue of its type; '' if none."""
    chunks = [c for c in its.doc.noun_chunks if its.sent.start <= c.start and c.end <= its.i and
              c.root.ent_type_ != "PERSON" and (c.root.lemma_.lower() in organisation_nouns() or
                                                classify(c.text, is_person=False))]
    return chunks[-1].text if chunks else ""


# what someone writes or says, apposed to its writers by a misparse ("Statements by two firms – X and Y – were issued")
_WRITTEN_NOUNS = {"statement", "report", "comment", "remark", "letter", "document", "release", "communique", "reply",
                  "response", "message"}


def _descriptions(token: Token, name_range: tuple[int, int]) -> list[str]:
    """Words that describe a named mention: appositions, titles before the name, the noun it is apposed to."""
    doc = token.doc
    out = []
    for child in token.children:
        if child.dep_ == "relcl" and (not _said_of_the_name(child) or child.lemma_.lower() in REPORTED_SPEECH_LEMMAS):
            continue  # "whose parents were killed by Wagner", "who told reporters ...": not who the person is
        if child.dep_ in ("appos", "relcl") and not (name_range[0] <= child.i < name_range[1]):
            # an organisation an apposed noun's clause says the person dealt with is not theirs ('a rights activist
            # who has interviewed members of the Wagner Group': no Wagner member)
            done = {t.i for c in child.children if c.dep_ == "relcl" and child.dep_ == "appos" and
                    c.lemma_.lower() not in AFFILIATION_LEMMAS and any(t.pos_ == "PROPN" for t in c.subtree)
                    for t in c.subtree}
            words = [t for t in child.subtree if t.i not in done][:30]
            out.append("".join(t.text_with_ws for t in words))
    after = doc[name_range[1]] if name_range[1] < len(doc) else None
    if after is not None and after.dep_ == "prep" and after.lower_ in ("of", "from") and \
            name_range[0] <= after.head.i < name_range[1]:
        # 'Judge Amy Lowell of the U.S. District Court'; a long one by its head words ('Dr Ana Reyes of the
        # University's Institute for the Study of Science, Technology and ...')
        out.append(doc[after.i:min(after.right_edge.i + 1, after.i + AFFILIATION_WORDS)].text)
    titles = [t for t in doc[max(0, name_range[0] - 6):name_range[0]] if t.head.i in range(*name_range) or
              t.head.head.i in range(*name_range) or t.dep_ == "compound" and t.head.head.head.i in range(*name_range)]
    # ("State Department spokesman Ned Price": 'State' is three compounds away from the name)
    if titles:  # the words from the first title word to the name ('U.S. National Security Council spokesman')
        out.append(doc[titles[0].i:name_range[0]].text)
        if titles[0].lower_ == "its" and (owner := _its_antecedent(titles[0])):
            out.append(f"{doc[titles[0].i + 1:name_range[0]].text} of {owner}")  # 'its founder' of what
    first = titles[0].i if titles else name_range[0]
    before = doc[first - 1] if first > 0 else None
    if before is not None and before.tag_ == "NN" and before.head.i not in range(*name_range) and \
            first - before.left_edge.i <= 7 and (before.lemma_.lower() in roles() or cue_matches(f" {before.lower_} ")):
        # a role written right before the name that the parser did not attach to it ("the facility's chief
        # medical officer Dr. Ravi Mehta said", both parsed as subjects)
        out.append(doc[before.left_edge.i:first].text)
    described, writers = token.head, False
    if token.dep_ == "appos" and described.lemma_.lower() in _WRITTEN_NOUNS:
        # "Statements by two firms – Harrow Vale and ... –": the apposition names the writers, not what they wrote
        described = next((t for c in described.children if c.dep_ == "prep" and c.lower_ == "by"
                          for t in c.children if t.dep_ == "pobj"), None)
        writers = True
    if token.dep_ == "appos" and described is not None and described.pos_ in ("NOUN", "PROPN"):
        words = [t for t in described.subtree if not (name_range[0] <= t.i < name_range[1])]
        out.append("".join(t.text_with_ws for t in words)[:200])
        if writers and described.tag_ == "NNS":
            out.append(described.lemma_)  # one of "two firms": a firm
        if words and words[0].lower_ == "its" and (owner := _its_antecedent(words[0])):
            out.append(f"{''.join(t.text_with_ws for t in words[1:]).strip(' ,')} of {owner}")
    out += _predicated(token)
    if not (token.dep_ == "appos" and token.head.pos_ == "NOUN") and (set_off := _role_set_off_before(doc, name_range)):
        out.append(set_off)
    return [re.sub(r"\s+", " ", d).strip(" ,;:") for d in out if d.strip(" ,;:")]


# an indefinite or definite description right before a name set off by a comma: "a military commissar from Lenz,"
# (not after a preposition: "Asked about the reporting, Halden said")
_SET_OFF_ROLE = re.compile(r"(?<!\babout )(?<!\bon )(?<!\bin )(?<!\bfor )(?<!\bat )(?<!\bby )(?<!\bafter )"
                           r"\b(?:an?|the)\s+((?:[\w’'-]+\s+){0,3}?([a-z-]+)(?:\s+(?:from|of|in|at|for)\s+"
                           r"(?:the\s+)?[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*){0,3})?)\s*,\s*$")


def _role_set_off_before(doc: Doc, name_range: tuple[int, int]) -> str:
    """The description written right before a name and set off by a comma, which the parser joined to another
    word instead of apposing it ('talked to a military commissar from Lenz, Tarik Valeev, who ...': 'Valeev' a
    conjunct of 'Lenz'): kept when its noun is a role or a cue of data/source_cues.csv. '' when none."""
    start = name_range[0]
    if start < 2 or doc[start - 1].text != ",":
        return ""
    sentence = doc[start - 1].sent
    span = doc[max(sentence.start, start - 14):start]
    found = _SET_OFF_ROLE.search(span.text)
    if not found:
        return ""
    noun = found.group(2)
    head = doc.char_span(span.start_char + found.start(2), span.start_char + found.end(2))
    name = doc[name_range[1] - 1]
    if head is not None and name.dep_ in ("nsubj", "nsubjpass") and name.head in head[0].ancestors:
        return ""  # "After leaving the court, Varo greeted the fans": a phrase of the name's own verb, no role
    return found.group(1) if not noun.endswith("ing") and (noun in roles() or cue_matches(f" {noun} ")) else ""


# verbs that say, with their complements, what post a person holds: "works as an economist at Harbour Bank",
# "serves as the town's treasurer", "teaches law at the University of Lenz"
POST_LEMMAS = {"work", "serve", "act", "teach", "lecture"}
POST_PREPOSITIONS = {"serve": ("as",), "act": ("as",)}  # the prepositions that name the post ('serves as'), else
# as, at, for or in ('works at Harbour Bank', 'teaches at the University of Lenz')


def _predicated(token: Token) -> list[str]:
    """What the person's own clause says they are, when the name is its subject: the complement of a copula
    ("Dana Kells is the city's fire chief.") or the complements of a verb of POST_LEMMAS ("Omar Rudd works as an
    economist at Harbour Bank"), up to 12 words, not negated; nothing for a clause that reports speech."""
    verb = token.head
    if token.dep_ != "nsubj" or verb.i == token.i or any(c.dep_ == "neg" for c in verb.children):
        return []
    if verb.lemma_ == "be":
        parts = [c for c in verb.children if c.dep_ == "attr" and c.pos_ in ("NOUN", "PROPN") and c.i > verb.i and
                 not c.lower_.endswith("ing")]  # "was reporting", "is funding" name no post
    elif verb.lemma_ in POST_LEMMAS and verb.pos_ == "VERB":
        parts = [c for c in verb.children if c.dep_ in ("prep", "dobj") and c.i > verb.i]
        if not any(c.dep_ == "prep" and c.lower_ in POST_PREPOSITIONS.get(verb.lemma_, ("as", "at", "for", "in"))
                   for c in parts):
            return []  # "was serving time for theft" holds no post
        parts = [verb] + parts
    else:
        return []
    out = []
    for part in parts:
        words = [part] if part.i == verb.i else [t for t in part.subtree if not any(
            a.dep_ in ("relcl", "ccomp", "advcl") for a in path_up(t, part))]
        out.append("".join(t.text_with_ws for t in words[:12]).strip())
    text = " ".join(out)
    # only a post says who they are ('... is just noise' says nothing of them)
    return [text] if text and (cue_matches(f" {text.lower()} ") or any(
        w in roles() or w in organisation_nouns() for w in re.findall(r"[a-z-]+", text.lower()))) else []


EXPLETIVE_IT_LEMMAS = {"be", "seem", "appear", "feel", "look", "take", "remain"}  # 'said it was a hard year'


CONTRACTED_BE = {"'s", "’s"}  # "It’s fantastic": the tagger may leave the contraction's lemma unread


def _says_it(name: Token, quotes: list[QuoteSpan]) -> bool:
    """The name is the subject of a speech verb whose clause, outside quotation marks, refers back to it as 'it'
    before any personal pronoun ('Lumex said it would cut jobs', 'Tesla says it aims to produce ...'; not
    '"It’s fantastic that ...," Dlamini said', where 'it' is the speaker's own word)."""
    verb = name.head
    if name.dep_ != "nsubj" or verb.lemma_.lower() not in SPEECH_LEMMAS:
        return False
    for clause in (c for c in verb.children if c.dep_ in ("ccomp", "xcomp")):
        for token in clause.subtree:
            if token.lower_ in PERSONAL_PRONOUNS or token.lower_ in ("i", "we"):
                return False
            if in_quote(quotes, token.idx):
                continue
            if token.lower_ == "its" and token.dep_ == "poss" or token.lower_ == "it" and token.dep_ in (
                    "nsubj", "nsubjpass") and token.head.lemma_.lower() not in EXPLETIVE_IT_LEMMAS and \
                    token.head.lower_ not in CONTRACTED_BE:
                return True
    return False


def _in_reported_clause(token: Token) -> bool:
    """The token is inside the clause a speech verb governs ('said that the Russian military was moving ...')."""
    return any(a.dep_ in ("ccomp", "xcomp") and a.head.lemma_.lower() in CUE_LEMMAS for a in [token, *token.ancestors])


def _name_apposed_before(token: Token) -> Token | None:
    """The name before an indefinite description set off by commas that the parser made the subject in its place
    ('Whatmore, a Sri Lanka-born Australian, said': the name hangs from the verb as a modifier)."""
    doc, start, end = token.doc, token.left_edge.i, token.right_edge.i
    closed = doc[end].text == "," or end + 1 < len(doc) and doc[end + 1].text == ","
    if token.dep_ != "nsubj" or not any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in token.children) or \
            start < 2 or doc[start - 1].text != "," or not closed:
        return None
    name = doc[start - 2]  # tagged a proper noun, or not ('Whatmore' as an adverb)
    return name if name.text[:1].isupper() and name.is_alpha and name.pos_ not in ("PRON", "DET") and \
        name.head.i == token.head.i and name.dep_ != "nsubj" else None


def _name_given(token: Token) -> list[Token]:
    """The name a person described by `token` gives themselves in a clause on it ('a soldier, who identified himself
    as Pavel Dunin', 'a man calling himself Oleg Sirov', 'a fighter who gave his name as ...'), or is given by a
    participle right after the noun ('a man called Anton', 'a woman named Irina')."""
    names = []
    for clause in token.children:
        if clause.dep_ == "acl" and clause.tag_ == "VBN" and clause.lemma_.lower() in ("call", "name") and \
                token.pos_ == "NOUN" and clause.i == token.i + 1:  # 'a man called Anton', 'a woman named Irina'
            names += [n for n in clause.children if n.dep_ in ("oprd", "attr", "dobj") and n.pos_ == "PROPN"]
            continue
        if clause.dep_ not in ("relcl", "acl") or clause.lemma_.lower() not in SELF_NAMING_LEMMAS or not any(
                c.dep_ == "dobj" and (c.lower_ in REFLEXIVES or c.lower_ == "name" and any(
                    p.lower_ in PERSONAL_PRONOUNS for p in c.children)) for c in clause.children):
            continue
        names += [n for c in clause.children if c.dep_ == "oprd" or c.dep_ == "prep" and c.lower_ == "as"
                  for n in ([c] if c.dep_ == "oprd" else c.children) if n.pos_ == "PROPN"]
    return names


def _age_epithet(token: Token) -> str | None:
    """'the 31-year-old' (the parser leaves 'old' an adjective, or makes a noun after it the head: 'the 31-year-old
    striker' is a post, not an age alone): the phrase, else None."""
    doc, i = token.doc, token.i
    if token.lower_ != "old" or i < 4 or doc[i - 2].lower_ not in ("year", "years") or doc[i - 1].text != "-" or \
            doc[i - 3].text != "-" or not doc[i - 4].like_num or i + 1 < len(doc) and doc[i + 1].pos_ == "NOUN":
        return None
    start = i - 4
    if start > 0 and doc[start - 1].lower_ == "the":
        start -= 1
    else:
        return None
    return doc[start:i + 1].text


def _continues(verb: Token) -> bool:
    """A verb that says a speaker goes on speaking: 'continued', 'went on' (not a cue itself: 'He continued: "..."')."""
    lemma = verb.lemma_.lower()
    return lemma == "continue" and not any(c.dep_ in ("dobj", "xcomp") for c in verb.children) or \
        lemma == "go" and any(c.dep_ == "prt" and c.lower_ == "on" for c in verb.children)


def _media_noun_before(doc: Doc, name_range: tuple[int, int]) -> Token | None:
    """The media noun right before a name, past its quotation marks, that the name is the name of ('the Telegram
    channel Lenta Nine', 'the news website "KNB"'); None if there is none."""
    i = name_range[0] - 1
    while i >= 0 and doc[i].is_quote:
        i -= 1
    if i < 0 or doc[i].lemma_.lower() not in MEDIA_NOUNS:
        return None
    noun = doc[i]
    named = noun.head.i in range(*name_range) or any(
        doc[j].dep_ == "appos" and doc[j].head.i == noun.i for j in range(*name_range))
    return noun if named else None


def _word_before(phrase: str, noun: str) -> str:
    """The word right before `noun` at the end of a description ('The prime minister' -> 'prime'), '' after an
    article."""
    words = phrase.lower().split()
    word = words[-2] if len(words) > 1 and words[-1] == noun.lower() else ""
    return "" if word in ("a", "an", "the") or not word.isalpha() else word  # an owner's ('BNR’s governor'): ''


def _organisation_apposed(token: Token, name: str) -> bool:
    """A name set off by an organisation's noun with an article ('Brightwell, a logistics firm that leased the
    building'): an organisation, whatever the tagger says; not a person's name of two words or more, nor a caption's
    'James Wood, center,'."""
    return not (len(name.split()) > 1 and token.ent_type_ == "PERSON") and any(
        c.dep_ == "appos" and c.pos_ == "NOUN" and c.lemma_.lower() in organisation_nouns() and
        any(d.dep_ == "det" and d.lower_ in ("a", "an", "the") for d in c.children) for c in token.children)


def _media_noun_after(name: str, body: str) -> str:
    """The media noun the text puts right after a name, a platform between ('the Baza Telegram channel', 'The
    Harbour Ledger newspaper'): the name is an outlet's. '' when the text writes none."""
    found = re.search(r"\b(?:the|a) " + re.escape(name) + r"(?: [A-Z][\w-]*)? (" + "|".join(sorted(MEDIA_NOUNS)) +
                      r")\b", body, re.I)
    return found.group(1) if found and found.group(0).split()[1][:1].isupper() else ""


AFFILIATION_WORDS = 8  # the words of an "of" phrase after a name read as the person's affiliation
# verbs of a relative clause that say whom a person works for or what they are ('who heads', 'who was a judge')
AFFILIATION_LEMMAS = {"be", "head", "lead", "run", "found", "co-found", "work", "serve", "chair", "own", "represent",
                      "direct", "manage", "join", "command", "coach", "advise", "belong", "become", "teach", "hold",
                      "sit", "edit", "oversee", "act", "specialise", "specialize", "defend"}


def _said_of_the_name(clause: Token) -> bool:
    """A relative clause whose subject is the person it describes ("who heads the group", "who was a judge"),
    not one about someone else ("whose parents were killed by ...")."""
    return any(c.dep_ in ("nsubj", "nsubjpass") and c.lower_ in ("who", "that", "which") for c in clause.children)


class SourceTable(dict):
    """An article's sources by key. A source whose key changes while the text is read (a fuller spelling of a
    name, an unnamed office holder merged with the named one) stays reachable under its old key, so a cue or
    quotation resolved before the change still finds it; `canonical` gives the key it has now."""

    def __init__(self):
        super().__init__()
        self.renamed: dict[str, str] = {}  # old key -> the key it was given

    def __missing__(self, key: str) -> Source:
        if key in self.renamed:
            return self[self.renamed[key]]
        raise KeyError(key)

    def __contains__(self, key) -> bool:
        return super().__contains__(key) or key in self.renamed

    def canonical(self, key: str) -> str:
        while key in self.renamed and not super().__contains__(key):
            key = self.renamed[key]
        return key


class Resolver:
    """Names, descriptions and pronouns of one article mapped to its sources, in reading order."""

    def __init__(self, article: Article, doc: Doc, *, default_country: str, quotes: list[QuoteSpan] = (),
                 type_of: Callable[[Source, Resolver, str], str]):
        self.article, self.doc, self.default_country = article, doc, default_country
        self.type_of = type_of  # a source's type (`analysis.sourcing` gives its rules, which read this resolver)
        self.quotes = list(quotes)  # the article's quotations: a name only quoted is no pronoun's antecedent
        self.sources = SourceTable()
        self.persons: list[tuple[int, str, bool]] = []  # (offset, key, is the clause subject) of person mentions
        self._memo: dict[int, tuple[str, str, str] | None] = {}
        self._no_persons: set[str] = set()  # names introduced as an outlet or an organisation, whatever the tagger says
        self.speakers: set[str] = set()  # keys that have been the subject of a speech cue
        self.last_speaker = ""  # the key of the latest speech cue's subject, in reading order
        self._organisations: list[tuple[int, str]] | None = None  # (offset, clean name) of the doc's ORG/FAC entities
        self._organisation_roots: list[tuple[int, str, int]] | None = None  # the same with each one's root token
        self._sentence_ends: list[int] | None = None  # the end of each sentence of the article, in order
        self._token_starts: list[int] | None = None  # the offset of each token of the doc, in order
        self._collect_names()

    def _note(self, token: Token, key: str) -> None:
        bisect.insort_right(self.persons, (token.idx, key, token.dep_ in ("nsubj", "nsubjpass") or
                                           token.head.dep_ == "nsubj"), key=lambda p: p[0])  # after equal offsets,
        # as the stable sort of the list with it appended placed it (a sort at each mention was quadratic)

    def _sentence_before(self, sentence: Sentence) -> Sentence | None:
        """The last sentence of the article ending at or before `sentence` begins (by bisection: a scan of every
        sentence at each pronoun made a long transcript quadratic)."""
        if self._sentence_ends is None:
            self._sentence_ends = [s.end for s in self.article.sentences]
        i = bisect.bisect_right(self._sentence_ends, sentence.start) - 1
        return self.article.sentences[i] if i >= 0 else None

    def _first_token_from(self, offset: int) -> int:
        """The index of the doc's first token at or after character `offset`."""
        if self._token_starts is None:
            self._token_starts = [t.idx for t in self.doc]
        return bisect.bisect_left(self._token_starts, offset)

    # names ---------------------------------------------------------------------------------------------
    def _collect_names(self) -> None:
        """Persons: PERSON entities, and proper names apposed to a role noun ('his mother, Larisa')."""
        tokens = token_lists(self.doc)
        for i, pos in enumerate(tokens.pos):
            person = tokens.ent_type[i] == "PERSON" and tokens.ent_iob[i] == "B"
            if not (person or pos == "PROPN" or tokens.name_word[i]):
                continue  # none of the cases below
            token = self.doc[i]
            if person:
                ent = tokens.ent[i]
                name = clean_name(ent.text)
                is_outlet = canonical_outlet(name) in outlet_names()
                if not any(w in organisation_nouns() for w in name.lower().split()) and not is_outlet and \
                        name.lower() not in variant_table():
                    self.register_name(ent.root)
            elif token.pos_ == "PROPN" and token.dep_ == "appos" and token.head.lemma_.lower() in roles():
                self.register_name(token)
            elif token.pos_ == "PROPN" and any(c.dep_ == "relcl" and any(g.lower_ in ("who", "whose") for g in
                                                                         c.subtree) for c in token.children):
                self.register_name(token)  # "Kateryna, whose brother is held ..."
            elif token.pos_ == "PROPN" and not _dateline(self.doc, name_span(token)) and any(
                    c.dep_ == "appos" and c.lemma_.lower() in roles() for c in token.children):
                self.register_name(token)
            elif token.pos_ == "PROPN" and token.dep_ != "compound" and any(
                    c.dep_ == "compound" and c.pos_ == "NOUN" and c.lemma_.lower() in roles() and c.i < token.i and
                    all(t.pos_ == "PROPN" for t in self.doc[c.i + 1:token.i]) for c in token.children):
                self.register_name(token)  # "Hospital spokesperson Nadia Korr": a role written before a name
            elif token.pos_ == "PROPN" and token.text[:1].isupper() and token.text.isalpha() and \
                    PSEUDONYM.match(self.article.folded, token.idx + len(token)):
                self.register_name(token)  # "Dmitry (not his real name)", whatever entity the tagger gave it
            elif (run := _person_run(token)) is not None and run[0] == token.i:
                self.register_name(token)  # "Alexei Nikolayevich Tarasov", "Tatyana", whatever the tagger says
        for i, pos in enumerate(tokens.pos):  # other mentions of those persons ("Prigozhin's prison visits")
            if pos != "PROPN" or tokens.ent_type[i] == "PERSON":
                continue
            token = self.doc[i]
            name_range = name_span(token)
            if clean_name(self.doc[name_range[0]:name_range[1]].text) in self.sources or self.person_key_for(
                    token.text, offset=token.idx, own_introduction=self._introduced_alone(token, name_range)):
                self.register_name(token)

    def _sentence_end(self, offset: int) -> int:
        sentence = self.article.sentence_at(offset)
        return sentence.end if sentence else offset + 1

    def _introduced_alone(self, token: Token, name_range: tuple[int, int]) -> bool:
        """A one-word name introduced as a person of its own: a pseudonym ('Dmitry (not his real name)') or a
        description of its own ('Sergei, a 40-year-old driver'), so it is not someone else's first name."""
        if name_range[1] - name_range[0] != 1:
            return False
        end = token.doc[name_range[1] - 1].idx + len(token.doc[name_range[1] - 1])
        return bool(PSEUDONYM.match(self.article.folded, end)) or any(
            c.dep_ in ("appos", "relcl") and c.i >= name_range[1] for c in token.doc[name_range[0]].children)

    def person_key_for(self, text: str, *, offset: int, own_introduction: bool = False) -> str | None:
        """An already registered person this name (full, surname or first name) refers to: only a person named
        before `offset` or in its sentence (a lone 'Dmitry' is not the 'Dmitry Peskov' introduced later), and a
        lone first name with an introduction of its own (`own_introduction`) is nobody's first name."""
        clean = clean_name(text)
        if clean in self.sources and self.sources[clean].kind == "person":
            return clean
        words = clean.split()
        if not words:
            return None
        horizon = self._sentence_end(offset)
        own_surname, own_initial = translit_key(surname(clean)), translit_key(words[0])[:1]
        matches = []
        for key, source in self.sources.items():
            if source.kind != "person" or not source.named or not source.mentions:
                continue
            names = key.split()
            if len(words) == 1:
                same = words[0] in names and not (own_introduction and len(names) > 1 and names[0] == words[0])
            else:  # 'Nikolayevich Tarasov', the same transliterated surname and initial, or a surname written
                # alone before ('Marchetti said' in the lead, 'Paolo Marchetti, a lawyer' later) when the text
                # gives that surname to no one else
                same = names[-len(words):] == words or translit_key(surname(key)) == own_surname and (
                    translit_key(names[0])[:1] == own_initial if len(names) > 1 else
                    self._full_names_with(key) <= {clean})
            if same and (len(words) > 1 or min(source.mentions)[0] < horizon or
                         self.article.body.find(key, 0, horizon) >= 0):
                matches.append(key)
        if len(matches) == 1:
            return matches[0]
        return None

    def _full_names_with(self, last: str) -> set[str]:
        """The full names of persons (parser entities) in the whole text that end in the surname `last`."""
        return {clean_name(e.text) for e in self.doc.ents if e.label_ == "PERSON" and len(e) > 1 and
                e[-1].text == last}

    def _misspelt(self, name: str) -> str | None:
        """The one full name registered before whose surname this name's misspells by a letter ('Latid said' after
        'Omar Latif'): surnames of five letters or more with the same first letter, one edit apart, and the first
        names the same when this name has one. None when no person, or more than one, is that close."""
        words, last = name.split(), surname(name)
        if len(last) < 5:
            return None
        close = [key for key, source in self.sources.items() if source.kind == "person" and source.named and
                 len(key.split()) > 1 and len(other := surname(key)) >= 5 and other != last and
                 other[0].lower() == last[0].lower() and OSA.distance(other.lower(), last.lower()) == 1 and
                 (len(words) == 1 or translit_key(words[0]) == translit_key(key.split()[0]))]
        return close[0] if len(close) == 1 else None

    def _fuller_name(self, name: str, *, offset: int) -> str:
        """A surname written alone, expanded to 'First Surname' when the article writes that before `offset` (or
        in its sentence) and the parser missed it ('Natalia Ivanova last heard ...' then 'Ivanova, 52, said')."""
        if " " in name:
            return name
        horizon = self._sentence_end(offset)
        tokens = token_lists(self.doc)
        for i in tokens.positions.get(name, ()):
            if tokens.idx[i] >= horizon:
                break
            before = i - 1
            text, low, entity = tokens.text[before], tokens.lower[before], tokens.ent_type[before]
            if i and tokens.pos[before] == "PROPN" and text[:1].isupper() and text.isalpha() and \
                    low not in roles() and low not in TITLES and low not in cue_words() and (
                        entity not in ("GPE", "ORG", "NORP", "LOC", "DATE") or
                        (tokens.dep[before] == "compound" and tokens.head[before] == i and entity != "DATE")):
                return f"{text} {name}"
        return name

    def _organisation_named_in_full(self, name_range: tuple[int, int]) -> str | None:
        """The organisation named earlier whose full name is this name (with a title before it, 'St.') and then
        an organisation noun or a company's ending ('St. Anselm' after 'St. Anselm Medical Center', 'Lenz Pipes'
        after 'Lenz Pipes Ltd'); None if there is none."""
        doc = self.doc
        start = name_range[0] - 1 if name_range[0] > 0 and doc[name_range[0] - 1].lower_.rstrip(".") in TITLES \
            else name_range[0]
        written = clean_name(doc[start:name_range[1]].text)
        if self._organisations is None:  # the doc's organisations once (`doc.ents` rebuilds its list at each call)
            self._organisations = [(ent.start_char, clean_name(ent.text)) for ent in doc.ents
                                   if ent.label_ in ("ORG", "FAC")]
        for start_char, full in self._organisations:
            if start_char >= doc[start].idx:
                return None
            if full.startswith(f"{written} ") and (full.split()[-1].lower() in organisation_nouns() or
                                                   company_name(full)):
                return full
        return None

    def _add_person(self, name: str, token: Token, name_range: tuple[int, int]) -> str:
        offset = self.doc[name_range[0]].idx
        if name in self._no_persons:  # an outlet or organisation the text introduced as one ('the daily Herald')
            start, end = self.doc[name_range[0]].idx, self.doc[name_range[1] - 1].idx + len(self.doc[name_range[1] - 1])
            return self._add_other(name, self.sources[name].kind, named=True, span=(start, end), variant=name)
        written, name = name, self._fuller_name(name, offset=offset)
        key = self.person_key_for(name, offset=offset, own_introduction=self._introduced_alone(token, name_range)) \
            or self._misspelt(name)
        if key is None:
            key = name
            self.sources[key] = Source(key=key, kind="person", named=True, gender=guess_gender(name))
        elif len(name.split()) > len(key.split()):  # a fuller spelling becomes the key
            source = self.sources.pop(key)
            source.key = name
            source.variants.add(key)
            self.sources[name] = source
            self._rekey(key, name)
            key = name
        source = self.sources[key]
        source.variants.update({name, written})
        title = self.doc[name_range[0] - 1].text.rstrip(".").lower() if name_range[0] else ""
        if title in ("mr", "ms", "mrs", "miss"):
            source.gender = "m" if title == "mr" else "f"
        elif honorific := self._honorific_before(name_range[0]):
            source.gender = HONORIFIC_GENDERS[honorific]  # 'Datuk Ahmad Rosli' is a man, whatever the ending
        source.descriptions += _descriptions(token, name_range)
        for description in source.descriptions:
            words = [w for w in re.findall(r"[a-z-]+", description.lower()) if w in roles()]
            for word in words:
                source.roles.add(word)
                if not source.gender and roles()[word][1]:
                    source.gender = roles()[word][1]
            if words and roles()[words[0]][1] and title not in ("mr", "ms", "mrs", "miss") and \
                    not re.search(re.escape(words[0]) + r"['\u2019]s\b", description.lower()):
                source.gender = roles()[words[0]][1]  # 'his wife, Li Wenzu': her role, whatever the name's ending
        start = self.doc[name_range[0]].idx
        end = self.doc[name_range[1] - 1].idx + len(self.doc[name_range[1] - 1])
        source.mentions.add((start, end))
        self._note(token, key)
        return key

    def _honorific_before(self, start: int) -> str:
        """The gendered honorific written right before the name starting at token `start` ('Datuk', 'Tan Sri',
        'Datin Seri Dr', 'Sir', 'Dame'; a 'Dr', 'Seri' or 'Sri' between is passed over), lower-cased; '' if none."""
        i = start - 1
        while i >= 0 and self.doc[i].text.rstrip(".").lower() in ("dr", "seri", "sri", "prof"):
            i -= 1
        word = self.doc[i].text.rstrip(".").lower() if i >= 0 else ""
        if word == "tan" and not (i + 1 < len(self.doc) and self.doc[i + 1].text in ("Sri", "Seri")):
            return ""  # 'Tan' alone is a surname; 'Tan Sri' a title
        return word if word in HONORIFIC_GENDERS and self.doc[i].text[:1].isupper() else ""

    def register_name(self, token: Token) -> str:
        name_range = name_span(token)
        while name_range[1] - name_range[0] > 2 and (self.doc[name_range[0]].ent_type_ == "GPE" or
                                                    self.doc[name_range[0]].lower_ in country_cues()) and \
                self.doc[name_range[0]:name_range[1]].text.lower() not in variant_table() and \
                (self.doc[name_range[0] + 1].ent_type_ == "PERSON" or self.doc[name_range[0]].ent_type_ == "NORP" or
                 self.doc[name_range[0] + 1].lower_ in first_names()):
            name_range = (name_range[0] + 1, name_range[1])  # "President of Russia Dmitry Peskov", "Australian Greg
            # Chappell": no part of the name
        name = clean_name(self.doc[name_range[0]:name_range[1]].text)
        if name_noun_type(name) == COMPANY or name.split()[-1].lower() in INSTITUTION_ENDS:
            return ""  # 'Twitter Inc', 'Thornbury Capital', 'Lenz University': an organisation, whatever the tagger says
        if name_range[0] and self.doc[name_range[0] - 1].lower_ == "the" and name.split()[-1].lower() in roles():
            return ""  # 'Ann Berg, the John Smith Professor of Physics': a chair named after someone, no person
        kind = "outlet" if _media_noun_before(self.doc, name_range) else \
            "org" if _organisation_apposed(self.doc[name_range[1] - 1], name) else ""
        if kind:  # 'the Lenz daily Courier', 'Dunmore, a haulage firm that ...': an outlet, an organisation
            span = self.doc[name_range[0]:name_range[1]]
            self._no_persons.add(name)
            key = self._add_other(name, kind, named=True, span=(span.start_char, span.end_char), variant=name)
            self.sources[key].kind = kind
            return key
        return self._add_person(name, token, name_range) if re.search(r"[^\W\d]", name) else ""

    def name_organisation(self, start: int, end: int) -> tuple[str, str, str]:
        """The organisation whose name holds commas, tokens `start` to `end` (see `_comma_name`)."""
        span = self.doc[start:end]
        name = clean_name(span.text)
        return self._add_other(name, "org", named=True, span=(span.start_char, span.end_char), variant=name), name, \
            "organisation name (with commas)"

    def _add_other(self, key: str, kind: str, *, named: bool, span: tuple[int, int], variant: str,
                   source_type: str = "", description: str = "") -> str:
        source = self.sources.setdefault(key, Source(key=key, kind=kind, named=named, source_type=source_type))
        source.variants.add(variant)
        source.mentions.add(span)
        if description:
            source.descriptions.append(description)
        return key

    # subjects ------------------------------------------------------------------------------------------
    def resolve(self, token: Token) -> tuple[str, str, str] | None:
        """(source key, mention as written, reason) for a subject token, or None if it is not source-like.
        A token is resolved once; later questions about it get the same answer."""
        if token.i not in self._memo:
            self._memo[token.i] = self._resolve(token)
        return self._memo[token.i]

    def _resolve(self, token: Token) -> tuple[str, str, str] | None:
        doc = self.doc
        low = token.lower_
        char = (token.idx, token.idx + len(token))
        of_object = [g for c in token.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children
                     if g.dep_ == "pobj"]
        if low in QUANTIFIERS and of_object:  # 'many of those volunteers', 'one of the officials'
            return self._resolve(of_object[0])
        if low in ("which", "whom") and token.i >= 4 and [t.lower_ for t in doc[token.i - 3:token.i]] == \
                [",", "according", "to"] and doc[token.i - 4].pos_ in ("NOUN", "PROPN"):
            # 'set out in the Hague Charter, according to which captives must not ...': the noun before the comma
            return self.resolve(doc[token.i - 4])
        named = _name_apposed_before(token)
        if named is not None and (resolved := self._resolve_name(named)) and \
                self.sources[resolved[0]].kind == "person":  # 'Whatmore, a Sri Lanka-born Australian, said'
            self.sources[resolved[0]].descriptions.append(noun_phrase(token))
            self._note(token, resolved[0])  # the person is the clause's subject
            return resolved[0], resolved[1], f"{resolved[2]} (the description after it was parsed as the subject)"
        titled = self._name_closing_titles(token)
        if titled:  # 'Writer and member of the Harbour Council Ada Lund has told the Courier'
            return titled
        if low == "it" and token.dep_ == "nsubj" and token.head.lemma_.lower() in CUE_LEMMAS:
            key = self._organisation_subject_before(token)
            if key:
                self.sources[key].mentions.add(char)
                return key, token.text, f"'{token.text}' -> the organisation named before as a subject, {key}"
            return None
        if token.pos_ == "PRON" or low in PERSONAL_PRONOUNS:
            if low in PERSONAL_PRONOUNS:
                exclude = self._named_after(token)
                key = self.antecedent(token.idx, PERSONAL_PRONOUNS[low], exclude=exclude)
                last = self.sources.get(self.last_speaker)
                if token.dep_ == "nsubj" and token.head.lemma_.lower() == "add" and last is not None and \
                        key != last.key and last.kind == "person" and last.gender in ("", PERSONAL_PRONOUNS[low]) \
                        and last.key not in exclude and not self._quoting_subject_before(token, key):
                    # "he added" goes on with the speaker before
                    last.mentions.add(char)
                    self._note(token, last.key)
                    return last.key, token.text, f"'{token.text} added' -> the speaker before, {last.key}"
                if token.dep_ == "nsubj" and _continues(token.head) and \
                        (speaker := self._speaker_before(token, PERSONAL_PRONOUNS[low], exclude=exclude)) and \
                        speaker != key:  # 'He continued: "..."' goes on with the person who spoke before
                    self.sources[speaker].mentions.add(char)
                    self._note(token, speaker)
                    return speaker, token.text, f"'{token.text} {token.head.text}' -> the speaker before, {speaker}"
                if key:
                    after = all(position > token.idx for position, k, _ in self.persons if k == key)
                    headline = not any(k == key for _, k, _ in self.persons)
                    self.sources[key].mentions.add(char)
                    self._note(token, key)
                    return key, token.text, f"pronoun '{token.text}' -> " + \
                        ("the person the headline says spoke" if headline else "the first person named after it"
                         if after else "nearest earlier person") + f": {key}"
                described = self._described_person_before(token, PERSONAL_PRONOUNS[low])
                if described is not None and (resolved := self.resolve(described)) is not None and \
                        self.sources[resolved[0]].kind == "person":
                    self.sources[resolved[0]].mentions.add(char)
                    self._note(token, resolved[0])
                    return resolved[0], token.text, f"pronoun '{token.text}' -> the unnamed person described " \
                        f"before as '{resolved[1]}': {resolved[0]}"
            return None
        if (reply := self._reply_of_addressee(token)) is not None:
            return reply
        if (epithet := self._personal_epithet(token)) is not None:
            return epithet
        if token.pos_ == "PROPN" and token.ent_type_ != "PERSON" and (low in roles() or cue_matches(low)) and \
                (named := [c for c in token.children if c.dep_ == "appos" and c.pos_ == "PROPN" and c.i > token.i]) \
                and (resolved := self._resolve_name(named[0])) and self.sources[resolved[0]].kind == "person":
            # "Ukraine's Human Rights Commissioner, Dmytro Lubinets, noted": the person a capitalised title names
            self.sources[resolved[0]].descriptions.append(noun_phrase(token))
            return resolved
        if token.pos_ == "PROPN" or (token.ent_type_ in ("PERSON", "ORG", "GPE", "NORP") and token.pos_ != "NOUN"):
            return self._resolve_name(token)
        if token.pos_ == "NOUN" and token.text[:1].isupper() and self.person_key_for(token.text, offset=token.idx):
            return self._resolve_name(token)  # "Innes said" after "Karen Innes": a surname tagged as a (plural) noun
        if token.pos_ == "NOUN" or (token.pos_ == "ADJ" and token.dep_ in ("nsubj", "pobj")):  # tagger slips
            named = doc[token.i + 1] if token.i + 1 < len(doc) else None
            if token.lemma_.lower() in MEDIA_NOUNS and named is not None and named.pos_ == "PROPN":
                # "according to the independent Russian outlet Mediazona": the name the media noun is given
                last = named
                while last.dep_ in ("compound", "flat") and last.head.pos_ == "PROPN" and last.head.i > last.i:
                    last = last.head
                span = doc[token.i + 1:max(name_span(last)[1], last.i + 1)]
                written = clean_name(span.text)
                if written and not in_quote(self.quotes, named.idx):
                    outlet = canonical_outlet(written)
                    known = outlet in outlet_names()
                    return self._add_other(outlet if known else written, "outlet", named=True,
                                           span=(span.start_char, span.end_char), variant=written), written, \
                        "outlets.csv" if known else f"the {token.text} named {written}"
            owner = next((c for c in token.children if c.dep_ == "poss" and c.pos_ == "PROPN"), None)
            if token.lemma_.lower() in SPEAKING_FOR_NOUNS and token.tag_ == "NN" and owner is not None and \
                    (resolved := self._resolve_name(owner)) and self.sources[resolved[0]].kind == "person":
                # "Alder's office said in a statement": the office speaks for the person who holds it
                self.sources[resolved[0]].mentions.add(char)
                return resolved[0], noun_phrase(token), f"'{noun_phrase(token)}' speaks for {resolved[0]}"
            owners = [c for c in token.children if c.dep_ == "compound" and c.pos_ == "PROPN" and c.i < token.i and
                      c.lower_ not in {p.lower() for p in PLATFORMS} and c.lower_ not in country_cues()]
            if token.lower_ in OUTLET_NOUNS and owners and not in_quote(self.quotes, token.idx):
                # "the Baza Telegram channel", "The Harbour Ledger newspaper": the outlet named before the noun
                span = doc[owners[0].left_edge.i:owners[-1].i + 1]
                written = clean_name(span.text)
                outlet = canonical_outlet(written)
                known = outlet in outlet_names()
                return self._add_other(outlet if known else written, "outlet", named=True,
                                       span=(span.start_char, span.end_char), variant=written), written, \
                    "outlets.csv" if known else f"the {token.text} named {written}"
            appos = [c for c in token.children if c.dep_ == "appos" and c.pos_ == "PROPN" and
                     not NUMBER_SIGN.match(doc[max(0, c.left_edge.i - 2):c.i].text)]  # not "order No. PRS-563"
            if roles().get(token.lemma_.lower(), ("",))[0] == "relative":  # 'the mother of inmate Ivan Petrov': his
                appos = [c for c in appos if not any(p.dep_ == "prep" and token.i < p.i < c.i for p in token.children)
                         or doc[c.left_edge.i - 1].text == ","]
            appos += [g for c in token.children if c.dep_ == "prep" and c.lower_ == "of" for o in c.children
                      if o.dep_ == "pobj" and not (o.pos_ == "NOUN" and o.lemma_.lower() not in organisation_nouns())
                      for g in o.children if g.dep_ == "appos" and g.ent_type_ == "PERSON" and
                      token.lemma_.lower() in LEADER_NOUNS | set(roles())]  # 'The founder of Wagner, Evgeny P.,'
            # (not 'the mother of one convict, Andrei': a name apposed to a noun other than an organisation's is its
            # own, the convict's)
            appos += [g for c in token.children if c.dep_ == "prep" for o in c.children
                      if o.dep_ == "pobj" and o.ent_type_ in ("GPE", "LOC") for g in o.children
                      if g.dep_ == "appos" and g.ent_type_ == "PERSON"]  # 'the investigator in Oslo, Ann Berg,'
            appos += _name_given(token)  # 'another soldier, who identified himself as Pavel Dunin,'
            if appos:
                resolved = self._resolve_name(appos[0])
                if resolved and self.sources[resolved[0]].kind == "person":
                    self.sources[resolved[0]].descriptions.append(noun_phrase(token))
                return resolved
            compound_names = [c for c in token.children if c.dep_ == "compound" and c.pos_ == "PROPN"]
            phrase = noun_phrase(token)
            for owner in token.children:  # "the BBC's Russian service", "a CNN reporter"
                if owner.dep_ in ("poss", "compound") and owner.pos_ == "PROPN":
                    outlet = canonical_outlet(clean_name(doc[slice(*name_span(owner))].text))
                    if outlet in outlet_names():
                        return self._add_other(outlet, "outlet", named=True, span=char, variant=phrase), phrase, \
                            f"'{phrase}' belongs to the outlet"
                names = [c for c in owner.children if c.dep_ == "compound" and c.pos_ == "PROPN" and c.i < owner.i]
                if owner.dep_ == "poss" and owner.lemma_.lower() in MEDIA_NOUNS and names and \
                        token.lower_ in OUTLET_NOUNS | {"account", "page", "feed", "site"}:
                    # "the Lenz radio station's Telegram channel": the channel of the outlet the names before name
                    written = clean_name(doc[names[0].left_edge.i:names[-1].i + 1].text)
                    outlet = canonical_outlet(written)
                    outlet = outlet if outlet in outlet_names() else written
                    return self._add_other(outlet, "outlet", named=True, span=char, variant=written), phrase, \
                        f"'{phrase}' belongs to the {owner.text} named {written}"
            known = self._defined_institution(phrase) or \
                institution(phrase, context=self._context(token), default_country=self.default_country)
            if known:
                return self._add_other(known[0], "org", named=True, span=char, variant=phrase,
                                       source_type=known[1]), phrase, "variant table"
            outlet = canonical_outlet(clean_name(phrase))
            if outlet in outlet_names() and clean_name(phrase)[:1].isupper():  # "the economist said" is no Economist
                return self._add_other(outlet, "outlet", named=True, span=char, variant=phrase), phrase, "outlets.csv"
            if compound_names and clean_name(phrase).lower().split()[-1] in organisation_nouns():
                same = self._organisation_of_kind(token, phrase) if doc[token.left_edge.i].lower_ == "the" else []
                if same:
                    self.sources[same[-1]].mentions.add(char)
                    return same[-1], phrase, f"description '{phrase}' -> {same[-1]}, named before"
                return self._add_other(clean_name(phrase), "org", named=True, span=char, variant=phrase), phrase, \
                    "organisation name"
            return self._resolve_description(token, phrase)
        return None

    def _name_closing_titles(self, token: Token) -> tuple[str, str, str] | None:
        """A run of titles written before a name with no comma, which the parser made the subject ('Russian
        writer and member of the Harbour Council Ada Lund has told ...', 'Local resident and father
        of two Ivan Sokolov said'): the subject phrase (of the first conjunct, for 'member') ends in a person's first
        name and surname right before its verb, in the complement of an 'of' the parser hung the name in. The person,
        with the titles as their description."""
        first = token
        while first.dep_ == "conj" and first.head.pos_ == "NOUN":
            first = first.head
        if first.dep_ != "nsubj" or token.pos_ != "NOUN" or token.lemma_.lower() not in roles():
            return None
        if roles().get(first.lemma_.lower(), ("",))[0] == "relative":
            return None  # 'The mother of inmate Ivan Petrov said': the name is her son's; she speaks, unnamed
        doc, end = self.doc, first.right_edge.i
        verb = first.head
        if end < 2 or not all(t.head.i == verb.i and t.dep_ in ("aux", "neg") for t in doc[end + 1:verb.i]) or \
                any(t.is_punct for t in doc[first.left_edge.i:end + 1]):
            # 'The chairman of the Lenz Regional Council Ivan Sokolov, who resigned on Monday, said': the name
            # closes the titles before the comma that opens a clause about the person
            named = [t for t in first.subtree if t.dep_ in ("appos", "pobj") and t.pos_ == "PROPN" and
                     t.i > first.i and t.i + 1 < verb.i and doc[t.i + 1].text == "," and t.head.i < t.i]
            if not named or any(t.is_punct for t in doc[first.left_edge.i:named[0].i + 1]):
                return None
            end = named[0].i
        given, last = doc[end - 1], doc[end]
        name = f"{given.text} {last.text}"
        if not any(t.dep_ == "prep" and t.lower_ == "of" for t in path_up(last, first)) or \
                doc[end - 2].pos_ in ("ADP", "DET") or given.lower_.rstrip(".") in TITLES:
            return None  # 'a spokesman for Mr Grieve said', 'his lawyer Alexei Mikhalchik': not a run of titles
        if not all(t.pos_ == "PROPN" and t.is_alpha and t.text[:1].isupper() and t.lower_ not in organisation_nouns()
                   for t in (given, last)) or not (last.ent_type_ == "PERSON" or guess_gender(name) or
                                                   self.person_key_for(last.text, offset=last.idx)):
            return None  # a person's name: tagged so, gendered by its endings ('Eva Merkova'), or named elsewhere
        key = self._add_person(name, last, (end - 1, end + 1))
        source = self.sources[key]
        titles = doc[first.left_edge.i:end - 1].text
        if titles not in source.descriptions:
            source.descriptions.append(titles)
        self._note(first, key)
        return key, name, f"name after the titles '{titles}' (parsed as the subject)"

    def _organisation_subject_before(self, token: Token, noun: str = "", kind: str = "") -> str | None:
        """What 'it said' or 'the company said' stands for: the nearest clause subject outside quotation marks
        before `token` (within IT_SENTENCES sentences for 'it') that is an organisation, an outlet or a document, or
        for a description an organisation whose name holds its `noun` or, for a `kind` of BRAND_NAMED_TYPES, whose
        type is that or unknown ('Harbour Bank cut its rate ... "...," it said', 'The Reserve Bank of India kept
        ... The bank said'). A capitalised name taken for a person with nothing personal about it (no description,
        and the tagger's organisation label or, for 'it', no gender) that is the answer becomes an organisation
        ('Lumex withdrew 40,000 heaters. It added that ...'). For 'it', a subject inside what a speech verb reports
        is taken only when no other fits ('Ukrainian intelligence said that the Russian military was moving troops.
        It said ...' is the intelligence)."""
        starts = [s.start for s in self.article.sentences]
        here = bisect.bisect_right(starts, token.idx) - 1
        floor = starts[max(0, here - IT_SENTENCES)] if starts and not noun else 0
        near = starts[max(0, here - 1)] if starts else 0  # the start of the sentence before 'it'
        found: Source | None = None  # the nearest fitting subject (for 'it', one outside a reported clause if any)
        for candidate in reversed(self.doc[:token.i]):
            if candidate.idx < floor:
                break
            if candidate.dep_ not in ("nsubj", "nsubjpass") or candidate.ent_type_ == "PERSON" and noun or \
                    candidate.pos_ == "PRON" and candidate.i not in self._memo or in_quote(self.quotes, candidate.idx):
                continue
            if candidate.pos_ not in ("PROPN", "PRON") and candidate.lemma_.lower() not in organisation_nouns() and \
                    (noun or candidate.lemma_.lower() not in REPORT_NOUNS | {"study", "survey"}):
                continue  # 'The report criticized the government ... "...," it said': the report
            resolved = self.resolve(candidate)
            source = self.sources.get(resolved[0]) if resolved else None
            if source is None:
                continue
            brand = source.kind == "person" and source.named and not any(  # 'Lenzcom was a flop': no role
                w in roles() for d in source.descriptions for w in re.findall(r"[a-z]+", d.lower())) and \
                candidate.pos_ == "PROPN" and (candidate.ent_type_ == "ORG" or not source.gender and not noun)
            if candidate.ent_type_ == "PERSON" and source.kind == "person":
                if not (candidate.idx >= near and source.key.split()[0].lower() not in first_names() and
                        candidate.head.dep_ == "ROOT" and not _in_reported_clause(candidate) and
                        not any(w in roles() for w in re.findall(r"[a-z]+", source.key.lower()))):
                    continue  # a name the tagger took for a person's is 'it' only as the main subject of the
                    # sentence before and with nothing personal in the name ('Harrow Vale rebutted the report.
                    # "...," it said')
                brand = True
            if not (brand and (not noun or kind in BRAND_NAMED_TYPES) or not noun and source.kind in (
                    "org", "outlet", "document") or source.kind == "org" and (
                    noun in source.key.lower().split() or kind in BRAND_NAMED_TYPES and (source.source_type or classify(
                        source.key, is_person=False, default_country=self.default_country)) in (kind, ""))):
                continue
            if noun or not _in_reported_clause(candidate):  # 'the company said' is the nearest one
                found = source
                break
            found = found or source
        if found is not None and found.kind == "person":
            found.kind = "org"  # 'Lumex withdrew heaters. It added ...': no person is 'it'
            if noun:
                found.descriptions.append(f"the {noun}")  # 'Lenzcom reported ... the company said': typed so
        return found.key if found is not None else None

    def _defined_institution(self, name: str) -> tuple[str, str] | None:
        """The variant table's institution an acronym stands for where the text defines it ('the British Ministry
        of Defence (MoD)' ... 'the MoD said': British, whatever the article's country); None for any other name."""
        defined = spelt_out(clean_name(name), self.article.body, defined_only=True)
        return institution(defined, default_country=self.default_country) if defined else None

    def _context(self, token: Token) -> str:
        tokens = token_lists(self.doc)
        return tokens.sents[tokens.sent[token.i]].text[:200]

    def _resolve_name(self, token: Token) -> tuple[str, str, str] | None:
        doc = self.doc
        if token.lower_ in RANK_ABBREVIATIONS and token.i + 2 < len(doc) and doc[token.i + 1].text == "." and \
                doc[token.i + 2].ent_type_ == "PERSON":
            # "said Sgt. Luis Ortega": the tokenizer ends a sentence at the rank's full stop
            name = doc[token.i + 2]
            while name.head.i != name.i and name.head.ent_type_ == "PERSON" and name.head.i > name.i:
                name = name.head
            resolved = self._resolve_name(name)
            if resolved and self.sources[resolved[0]].kind == "person":
                self.sources[resolved[0]].descriptions.append(f"{token.text}.")
            return resolved
        name_range = name_span(token)
        span = doc[name_range[0]:name_range[1]]
        written = clean_name(span.text)
        if not written:
            return None
        char = (span.start_char, span.end_char)
        words = written.split()
        registered = self.person_key_for(written, offset=span.start_char)
        role_named = words[-1].lower() in roles() and (len(words) == 1 or words[-1].isupper())
        the_role = token.lower_ in roles() and token.i > 0 and doc[token.i - 1].lower_ == "the"
        if (role_named or the_role) and (registered is None or registered.lower() in roles()):
            # 'The CEO', 'The Gaffer', 'Tesla CEO' tagged as names: a role described, not a name (but 'Mike Judge')
            if the_role:
                return self._resolve_description(token, f"{doc[token.i - 1].text} {token.text}", definite=True)
            determiner = doc[name_range[0] - 1].lower_ if name_range[0] > 0 else ""
            return self._resolve_description(doc[name_range[1] - 1], " ".join(t.text for t in span),
                                             definite=determiner in ("the", "this", "that"))
        if len(words) == 1 and written.lower() in generic_nouns() and token.i > 0 and doc[token.i - 1].lower_ == "the":
            # 'the Ministry warned': the ministry named before, as 'the ministry' is, not an organisation named Ministry
            return self._resolve_description(token, f"{doc[token.i - 1].text} {token.text}", definite=True)
        following = doc[name_range[1]] if name_range[1] < len(doc) else None
        if following is not None and following.pos_ == "NOUN" and following.lemma_.lower() in roles() and (
                following.head.i in range(*name_range) or any(c.i in range(*name_range) for c in following.children)):
            # 'the Russia Behind Bars representative told ...' parsed with the name as subject
            determiner = doc[name_range[0] - 1].lower_ if name_range[0] > 0 else ""
            return self._resolve_description(following, f"{written} {following.text}",
                                             definite=determiner in ("the", "this", "that"))
        full_np = " ".join(t.text for t in doc[max(name_range[0] - 3, 0):name_range[1]] if t.i >= name_range[0] or
                           t.head.i in range(*name_range))
        # "The country's Foreign Ministry said": the country named before, not one the sentence names after
        context = country_referred_to(self.article.body, span.start_char) or self._context(token)
        known = self._defined_institution(written) or \
            institution(full_np, context=context, default_country=self.default_country) or \
            institution(written, context=context, default_country=self.default_country)
        if known:
            return self._add_other(known[0], "org", named=True, span=char, variant=written,
                                   source_type=known[1]), written, "variant table"
        outlet = canonical_outlet(written)
        if outlet in outlet_names():
            return self._add_other(outlet, "outlet", named=True, span=char, variant=written), written, "outlets.csv"
        if before := _media_noun_before(doc, name_range):  # "the Telegram channel Lenta Nine", 'the site "KNB"'
            key = self._add_other(written, "outlet", named=True, span=char, variant=written)
            self.sources[key].kind = "outlet"  # 'the Lenz daily Courier', whatever the tagger made of the name
            self._no_persons.add(key)
            return key, written, f"the {before.text} named {written}"
        if after := _media_noun_after(written, self.article.body):  # "the Baza Telegram channel ... Baza reported"
            return self._add_other(written, "outlet", named=True, span=char, variant=written), written, \
                f"the {after} the text names {written}"
        if shortened := next((k for k, s in self.sources.items() if s.kind == "outlet" and k != written and
                              k.endswith(f" {written}")), None):  # 'The Harbour Ledger newspaper' ... 'Ledger said'
            return self._add_other(shortened, "outlet", named=True, span=char, variant=written), written, \
                f"the outlet {shortened} named before"
        described = [c for c in token.children if c.dep_ == "appos" and c.pos_ == "NOUN" and c.lemma_.lower() in roles()]
        if described and _dateline(doc, name_range):
            return self.resolve(described[0])  # "New York, Feb 9 2014 - A top official said": a dateline's place
        words = written.lower().split()
        if any(c.dep_ == "appos" and c.pos_ == "NOUN" and c.lemma_.lower() in OUTLET_NOUNS for c in token.children) \
                and not (len(words) > 1 and token.ent_type_ == "PERSON"):
            # 'Lenzwatch, a Russian web newspaper that works from exile, found': an outlet, whatever the tagger says
            key = self._add_other(written, "outlet", named=True, span=char, variant=written)
            self.sources[key].kind = "outlet"
            self._no_persons.add(key)
            return key, written, "outlet name (an outlet's noun apposed)"
        if _organisation_apposed(token, written):  # 'Brightwell, a logistics firm that leased the building, said'
            key = self._add_other(written, "org", named=True, span=char, variant=written,
                                  description=" ".join(_descriptions(token, name_range)))
            self.sources[key].kind = "org"  # whatever the tagger made of the name
            self._no_persons.add(key)
            return key, written, "organisation name (an organisation's noun apposed)"
        if fuller := self._organisation_named_in_full(name_range):  # 'St. Anselm said' after 'St. Anselm
            # Medical Center': the centre, by its short name
            return self._add_other(fuller, "org", named=True, span=char, variant=written), written, \
                f"short name of {fuller}, named before"
        person = self.person_key_for(written, offset=span.start_char,
                                     own_introduction=self._introduced_alone(token, name_range))
        if person:
            key = self._add_person(written, token, name_range)
            reason = "name" if key == written else f"same person as {key} (partial name)"
            return key, written, reason
        person_evidence = any(c.dep_ == "relcl" and any(g.lower_ in ("who", "whose") for g in c.subtree)
                              for c in token.children) or any(
            c.dep_ == "appos" and c.lemma_.lower() in roles() for c in token.children)
        if person_evidence:
            key = self._add_person(written, token, name_range)
            return key, written, "name (a person: 'who'/'whose' clause or a role apposed)"
        if span.label_ == "GPE" or token.ent_type_ == "GPE":
            return self._add_other(written, "gpe", named=True, span=char, variant=written), written, "place name"
        if token.ent_type_ == "NORP" and not (written.isupper() and len(written) > 1):
            return None  # "Russians said"; an acronym tagged so ("according to the CPSC") is an organisation
        definite = doc[name_range[0]].lower_ == "the" or name_range[0] > 0 and doc[name_range[0] - 1].lower_ == "the"
        if len(words) > 1 and words[-1] in LEGAL_TEXTS and not any(w in organisation_nouns() for w in words):
            # 'the Geneva Conventions', 'the Hague Charter', 'the Patriot Act': a text, which speaks as a document
            key = self._add_other(written, "document", named=True, span=char, variant=written)
            return key, written, "the name of a legal text"
        if any(w in organisation_nouns() for w in words) or (token.ent_type_ == "ORG" and written.isupper()) or \
                definite or name_noun_type(written) == COMPANY or company_name(written):
            # "The Herald-Mail reported": a person's name takes no article
            return self._add_other(written, "org", named=True, span=char, variant=written,
                                   description=" ".join(_descriptions(token, name_range))), written, \
                "organisation name"
        if _says_it(token, self.quotes):  # 'Lumex said it would cut 300 jobs': a company, not a person
            return self._add_other(written, "org", named=True, span=char, variant=written), written, \
                "organisation name (what it says is said of 'it')"
        if self.sources.get(written) is not None and self.sources[written].kind == "org":
            return self._add_other(written, "org", named=True, span=char, variant=written), written, \
                "organisation name (named so before)"  # 'Brightwell said ...' after 'Brightwell, a logistics firm'
        if len(words) <= 4 and all(w[:1].isupper() for w in written.split()):
            key = self._add_person(written, token, name_range)
            return key, written, "name (taken as a person: capitalised, no organisation word)"
        return None

    def _resolve_description(self, token: Token, phrase: str, *, definite: bool = False) -> tuple[str, str, str] | None:
        """A common-noun subject: a definite description of someone introduced earlier ('the lawyer',
        'his mother', 'the foundation'), else a new unnamed source ('a woman whose boyfriend ...'); a description
        'known as' a name is that name ('the volunteer first responders known as the White Helmets')."""
        known_as = [o for c in token.children if c.dep_ == "acl" and c.lower_ == "known" for p in c.children
                    if p.dep_ == "prep" and p.lower_ == "as" for o in p.children
                    if o.dep_ == "pobj" and o.pos_ == "PROPN"]
        if known_as and (named := self._resolve_name(known_as[0])) is not None:
            return named
        lemma = token.lemma_.lower()
        role = roles().get(lemma) or roles().get(token.lower_)
        determiners = {c.lower_ for c in token.children if c.dep_ in ("det", "poss")}
        definite = definite or bool(determiners & {"the", "this", "that", "his", "her"})
        has_complement = any(c.dep_ == "prep" and c.lower_ == "of" for c in token.children)
        plural = token.tag_ in ("NNS", "NNPS")
        char = (token.idx, token.idx + len(token))
        outlet = self.article.value("original_outlet") or self.article.value("retold_outlet") or \
            self.article.value("outlet")  # a rewrite's 'the report states': the report of the outlet it retells
        if definite and lemma in REPORT_NOUNS and not has_complement and outlet:
            # "the report states", "the investigation found": the story this article carries
            key = self._add_other(canonical_outlet(outlet), "outlet", named=True, span=char, variant=phrase)
            return key, phrase, f"'{phrase}' -> the reporting outlet {key}"
        earlier = {k: s for k, s in self.sources.items() if s.mentions and min(s.mentions)[0] < token.idx}
        outlets_before = [k for k, s in earlier.items() if s.kind == "outlet"]
        if definite and lemma in MEDIA_NOUNS and not has_complement and outlets_before:
            key = max(outlets_before, key=lambda k: max(m for m in self.sources[k].mentions if m[0] < token.idx))
            self.sources[key].mentions.add(char)
            return key, phrase, f"'{phrase}' -> the outlet named before, {key}"
        if definite and lemma in MEDIA_NOUNS and not has_complement and not plural and (named := next((
                t for t in reversed(self.doc[:token.i]) if t.lemma_ == token.lemma_ and not in_quote(self.quotes, t.idx)
                and any(c.dep_ == "compound" and c.pos_ == "PROPN" for c in t.children)), None)) is not None and \
                (resolved := self.resolve(named)) is not None and self.sources[resolved[0]].kind == "outlet":
            # 'her reporting for the Tarnovo Courier newspaper ... the newspaper said': the outlet named with the
            # noun, though it had not spoken
            self.sources[resolved[0]].mentions.add(char)
            return resolved[0], phrase, f"'{phrase}' -> the {token.lower_} named before, {resolved[0]}"
        if HEAD_OF_STATE.fullmatch(phrase) and (president := self._epithet_of(token, "president", {"the"})):
            self.sources[president].mentions.add(char)
            self._note(token, president)
            return president, phrase, f"'{phrase}' -> {president}, the president the text names"
        if definite and (voice := self._voice_of(token, determiners)):
            self.sources[voice].mentions.add(char)
            self._note(token, voice)
            return voice, phrase, f"description '{phrase}' -> {voice}, described before as speaking for it"
        leader = self._leader_described(token, phrase, definite=definite)
        if leader:
            self.sources[leader].mentions.add(char)
            self._note(token, leader)
            return leader, phrase, f"description '{phrase}' -> {leader}, the named leader of the same kind"
        if leader := self._leader_in_context(token, determiners):
            self.sources[leader].mentions.add(char)
            self.sources[leader].descriptions.append(phrase)
            self._note(token, leader)
            return leader, phrase, f"description '{phrase}' -> {leader}, the speaker just before, named with it"
        holder = self._possessed_epithet_of(token, role, earlier) if not plural else None
        if holder:
            self.sources[holder].mentions.add(char)
            self.sources[holder].descriptions.append(phrase)
            self._note(token, holder)
            return holder, phrase, f"epithet '{phrase}' -> {holder}, described as {phrase.split()[0]} before"
        if definite and not has_complement and not plural:
            if role:
                for offset, key, _ in reversed(self.persons):
                    source = self.sources[key]
                    if offset < token.idx and (lemma in source.roles or token.lower_ in source.roles):
                        source.mentions.add(char)
                        self._note(token, key)
                        return key, phrase, f"description '{phrase}' -> {key}, introduced as {lemma}"
                if lemma in SOURCE_NOUNS:  # "According to the source" after 'a prisoner in the Urals told Mediazona'
                    unnamed = [k for k, s in earlier.items() if s.kind == "person" and k in self.speakers and
                               (not s.named or s.anonymous_reason)]
                    if unnamed:
                        key = max(unnamed, key=lambda k: max(m for m in self.sources[k].mentions if m[0] < token.idx))
                        self.sources[key].mentions.add(char)
                        self._note(token, key)
                        return key, phrase, f"description '{phrase}' -> the unnamed source who spoke before, {key}"
                same_role = [k for k, s in earlier.items() if not s.named and s.kind == "person" and s.roles and
                             role[0] in {roles().get(r, ("",))[0] for r in s.roles} and
                             (not role[1] or s.gender in ("", role[1])) and  # 'the man' is no woman before
                             (role[0] != "relative" or lemma in s.roles)]  # nor 'his family' 'his father'
                if same_role:
                    key = max(same_role, key=lambda k: max(self.sources[k].mentions))
                    self.sources[key].mentions.add(char)
                    self._note(token, key)
                    return key, phrase, f"description '{phrase}' -> earlier unnamed source '{key}' (same role)"
            if not role and lemma not in organisation_nouns() and (key := self._introduced_as(token, lemma)):
                self.sources[key].mentions.add(char)
                self._note(token, key)
                return key, phrase, f"description '{phrase}' -> {key}, introduced as {lemma}"
            topic = self._epithet_of(token, lemma, determiners or {"the"})
            if topic:
                source = self.sources[topic]
                source.mentions.add(char)
                source.descriptions.append(phrase)
                source.roles.add(lemma)
                self._note(token, topic)
                return topic, phrase, f"epithet '{phrase}' -> {topic}, the person who spoke just before"
            organisations = [k for k, s in earlier.items() if s.kind == "org" and k.lower().split()[-1] == lemma] \
                or self._organisation_of_kind(token, phrase) or self._organisation_named_with(token)
            if organisations:
                key = organisations[-1]
                self.sources[key].mentions.add(char)
                return key, phrase, f"description '{phrase}' -> {key}"
            kind = classify(phrase, is_person=False, default_country=self.default_country)
            if lemma in organisation_nouns() and (key := self._organisation_subject_before(token, lemma, kind)):
                self.sources[key].mentions.add(char)
                return key, phrase, f"description '{phrase}' -> {key}, the organisation named before as a subject"
        if lemma == "police" and not determiners and (named := self._organisation_named_with(token)):
            # 'Police believe ...' after 'the Millbrook Police Department': that police force
            self.sources[named[-1]].mentions.add(char)
            return named[-1], phrase, f"'{phrase}' -> the police named before, {named[-1]}"
        organisation = lemma in organisation_nouns() and (not plural or lemma == "police") and (
            speaks_itself(token) or any(c.dep_ == "poss" and c.pos_ == "PROPN" and c.ent_type_ != "PERSON"
                                        for c in token.children))  # 'a statement from the District Attorney's office'
        # a named person's own organ speaks on the record for them: 'Dolan's office said', 'Brandt's team said'
        organisation = organisation or lemma in PERSON_ORGANS and not plural and any(
            c.dep_ == "poss" and c.pos_ == "PROPN" for c in token.children)
        # a place that speaks is its local government: 'the city said' (not 'Gaza City', a place's name)
        organisation = organisation or lemma in MUNICIPAL_NOUNS and definite and not plural and \
            token.dep_ in ("nsubj", "pobj") and not any(c.dep_ == "compound" for c in token.children)
        # 'the state says' (its government; in a trial, the prosecution): bare, with no word of its own
        organisation = organisation or token.lower_ == "state" and determiners == {"the"} and \
            token.dep_ == "nsubj" and all(c.dep_ == "det" for c in token.children)
        typed = classify(phrase, is_person=False, default_country=self.default_country)
        unnamed_outlet = lemma in MEDIA_NOUNS and not definite and typed in ("", "media outlet")  # 'according to
        # some Telegram channels'; not 'aid agencies warned', whose cue types them
        # "The ruling says", "stated the release"
        document = lemma in DOCUMENT_NOUNS and not plural and token.dep_ in ("nsubj", "pobj", "dobj")
        people = not role and not typed and _people_speaking(token)
        if not role and not organisation and not unnamed_outlet and not typed and not document and not people:
            if token.ent_type_ not in ("ORG", "NORP", "PERSON"):
                return None
        key = clean_name(phrase)
        if not re.search(r"[^\W\d]", key):
            return None
        if not (doc_first := self._first_token(token, key)).pos_ in ("PROPN",) and \
                doc_first.ent_type_ not in ("NORP", "GPE", "ORG", "PERSON") and \
                not re.sub(r"['’]s$", "", key.split()[0]).isupper():
            key = key[0].lower() + key[1:]  # "Human rights activists" and "human rights activists" are one key
            # (an acronym stays as written, possessive too: "The CEO", "the UK's", not "cEO", "uK's")
        if role and not plural and (believed := BELIEVED_TO_BE.match(self.article.body, token.idx + len(token))):
            key = f"{key} {clean_name(believed.group(0))}"  # 'a man believed to be Yevgeny P.': who, hedged
        if role or people:
            kind = "group" if plural else "person"
        elif organisation:
            kind = "org"  # an institution speaking on the record, not an anonymous source
        elif unnamed_outlet:
            kind = "outlet"
        else:
            kind = "document" if document and not typed or \
                classify(phrase, is_person=False) == "document or leaked correspondence" else "group"
        if kind == "document" and definite and not plural and lemma in LEGAL_TEXT_NOUNS and \
                (text := [k for k, s in earlier.items() if s.kind == "document" and not s.named and
                          k.split()[-1].lower() in LEGAL_TEXT_NOUNS]):
            key = text[0]  # 'The legislation stipulates ...' then 'The bill specifies ...': the one text the article
            # is about, under the words it first spoke in
        source = self.sources.get(key) or Source(key=key, kind=kind, named=False, gender=(role[1] if role else ""))
        self.sources[key] = source
        if kind == "person" and definite and not source.descriptions and (introduced := self._introduced_before(token)):
            source.descriptions.append(introduced)  # 'a regional lawmaker in the Kursk region' ... 'The lawmaker said'
        source.variants.add(phrase)
        source.mentions.add(char)
        if role or people:
            source.roles.add(lemma if lemma in roles() or people else token.lower_)
        if kind == "person":
            self._note(token, key)
        return key, phrase, "organisation described, not named" if organisation else "description (unnamed source)"

    def link_epithet_subjects(self) -> None:
        """Epithets that are the subject of a clause with no speech verb ('The premier took questions from
        journalists') describe the person they stand for, who is typed by them; not in a quotation, where the
        speaker's 'the minister' is someone else."""
        for token in self.doc:
            if token.dep_ in ("nsubj", "nsubjpass") and token.i not in self._memo and \
                    not in_quote(self.quotes, token.idx) and \
                    token.lemma_.lower() in EPITHET_ROLES | OFFICE_EPITHETS and \
                    (holder := self._epithet_of(token, token.lemma_.lower(), {
                        c.lower_ for c in token.children if c.dep_ in ("det", "poss")})):
                self.sources[holder].descriptions.append(noun_phrase(token))

    def merge_relatives_named(self, cues: list[Cue]) -> None:
        """An unnamed relative ('the wife of the jailed lawyer Wang Quanzhang said') is the one person the text names
        with that relation to someone ('requests by his wife, Li Wenzu', "Wang's wife Li Wenzu"): one source, not
        two."""
        for key, source in list(self.sources.items()):
            if source.kind != "person" or source.named or source.anonymous_reason:
                continue
            kin = [r for r in source.roles if roles().get(r, ("",))[0] == "relative"]
            if len(kin) != 1:
                continue
            pattern = re.compile(r"\b(?:his|her|their|[A-Z][\w'\u2019-]*['\u2019]s)\s+" + re.escape(kin[0]) +
                                 r",?\s+(?P<name>[A-Z][\w'\u2019-]+(?:\s+[A-Z][\w'\u2019-]+){1,2})")
            holders = set()
            for match in pattern.finditer(self.article.body):
                span = self.doc.char_span(match.start("name"), match.end("name"), alignment_mode="expand")
                resolved = self._resolve_name(span[-1]) if span is not None and len(span) else None
                if resolved and self.sources[resolved[0]].kind == "person" and self.sources[resolved[0]].named:
                    holders.add(resolved[0])
            if len(holders) != 1:
                continue
            holder = self.sources[holders.pop()]
            if source.gender and holder.gender and source.gender != holder.gender:
                continue
            holder.descriptions += sorted(source.variants)
            holder.roles |= source.roles
            holder.gender = holder.gender or source.gender
            self._merge_into(key, holder.key, cues, f"the {kin[0]} the text names")

    def merge_offices_named(self, cues: list[Cue]) -> None:
        """An unnamed holder of an office ('British Columbia's premier says ...', 'the mayor said') is the one named
        person the text gives that office ('John Horgan ... The premier took questions', 'The mayor, Jane Rook,'),
        when no other named person holds it and their countries agree: one source, not two. Not 'the president',
        which may be the office rather than its holder ('The president declares a person forgiven'). A spokesperson
        is merged only with one of the same organisation ('the Kremlin's spokesman said' / 'Kremlin spokesman Pavel
        Dorin')."""
        for key, source in list(self.sources.items()):
            offices = {v.lower().split()[-1] for v in source.variants}
            if source.kind not in ("person", "group") or source.named or source.anonymous_reason or \
                    len(offices) != 1 or not offices <= EPITHET_ROLES | SPOKESPERSONS or \
                    not all(DEFINITE_DESCRIPTION.match(v) for v in source.variants):
                continue
            office = offices.pop()
            countries = {w for v in source.variants for w in re.findall(r"[a-z]+", v.lower()) if w in country_cues()}
            organisation = {w for v in source.variants for w in re.findall(r"[a-z-]+", re.sub(
                r"['’]s\b", "", v.lower()))[:-1] if w not in ("the", "this", "that")}
            if office in SPOKESPERSONS and not organisation:
                continue  # 'the spokesman said': of which organisation the text does not say
            # 'the cabinet minister' is no 'prime minister': the words before the office must be the holder's too
            kinds = {f"{word} {office}" for v in source.variants
                     if (word := _word_before(v, office)) and word not in country_cues()}
            holders = [k for k, s in self.sources.items() if s.kind == "person" and s.named and office in (
                described := re.findall(r"[a-z-]+", " ".join(s.descriptions).lower())) and
                self._same_country(k, countries) and (office not in SPOKESPERSONS or organisation <= set(described))
                and (office in SPOKESPERSONS or all(kind in " ".join(described) for kind in kinds)) and
                # 'the deputy superintendent' holds another post than 'the park's superintendent'
                all(_word_before(d, office) in ("", *(k.split()[0] for k in kinds)) or
                    _word_before(d, office) in country_cues() for d in s.descriptions)]
            if len(holders) != 1:
                continue
            self.sources[holders[0]].descriptions += sorted(source.variants)
            self.sources[holders[0]].roles.add(office)
            self._merge_into(key, holders[0], cues, f"the one {office} the text names")

    def merge_lead_description(self, cues: list[Cue], *, unnamed_on_purpose: re.Pattern) -> None:
        """The unnamed person a story's lead introduces by a role ('An NHS chief executive said hospitals "are not
        safe places"') is the first person the text names, in the next paragraph, as a speaker ('Nick Hulme was
        speaking at a board meeting when he said ...'), when the lead names no one, their genders agree and the
        text gives the named person no other role: one source, not two ('A witness said ...' then 'Police chief
        Jo Reed said' stay apart). Not a source ('a source close to the ministry') nor anyone the lead says is
        unnamed on purpose (`unnamed_on_purpose`: 'said on condition of anonymity')."""
        paragraphs = [p for p in self.article.paragraphs if p.kind == "text"]
        if len(paragraphs) < 2:
            return
        lead, following = paragraphs[0], paragraphs[1]
        if unnamed_on_purpose.search(self.article.body, lead.start, lead.end):
            return
        named = sorted((o, k) for o, k, _ in self.persons if self.sources[k].named and k in self.sources)
        if not named or named[0][0] < following.start or named[0][0] >= following.end:
            return
        holder = self.sources[named[0][1]]
        described = [(key, s) for key, s in self.sources.items() if s.kind == "person" and not s.named and
                     not s.anonymous_reason and s.roles and not s.roles & SOURCE_NOUNS and s.mentions and
                     lead.start <= min(s.mentions)[0] < lead.end and key in self.speakers and
                     all(re.match(r"(?:an?|one)\s", v, re.I) for v in s.variants)]
        holder_roles = {w for d in holder.descriptions for w in re.findall(r"[a-z-]+", d.lower()) if w in roles()}
        if len(described) != 1 or holder.key not in self.speakers or holder.kind != "person" or \
                holder_roles - described[0][1].roles or described[0][1].gender not in ("", holder.gender) and \
                holder.gender:
            return
        key, source = described[0]
        holder.descriptions += sorted(source.variants)
        holder.roles |= source.roles
        self._merge_into(key, holder.key, cues, "the person the lead introduces, named next")

    def name_from_headline(self, cues: list[Cue], headline_persons: set[str]) -> None:
        """The subject of a story named only in its headline ('Lund press conference: ...' over 'the coach of
        Harbour City ... said the Swedish manager'): when the headline names one person, whom the body never names,
        the one unnamed speaker the body calls by a definite epithet ('the Swedish manager', 'the president') is
        that person."""
        if len(headline_persons) != 1:
            return
        name = next(iter(headline_persons))
        if re.search(r"(?<!\w)" + re.escape(surname(name)) + r"(?!\w)", self.article.body):
            return  # the body names them: its own reading stands
        described = [s for s in self.sources.values() if s.kind == "person" and not s.named and
                     not s.anonymous_reason and s.key in self.speakers and s.variants and
                     all(DEFINITE_DESCRIPTION.match(v) for v in s.variants) and
                     s.roles and s.roles <= EPITHET_ROLES | OFFICE_EPITHETS]
        if len(described) != 1 or described[0].gender not in ("", guess_gender(name) or described[0].gender):
            return
        source = self.sources.pop(described[0].key)
        old, source.key, source.named = source.key, name, True
        source.descriptions += sorted(source.variants)
        source.variants.add(name)
        self.sources[name] = source
        for cue in cues:
            if cue.source == old:
                cue.source = name
                cue.reason += f" -> {name}, the one person the headline names"
        self._rekey(old, name)

    def _merge_into(self, key: str, holder_key: str, cues: list[Cue], why: str) -> None:
        """Merge the unnamed source `key` into the named person `holder_key`: its mentions, cues, memos and turns
        as a speaker (the caller adds what it describes)."""
        source, holder = self.sources.pop(key), self.sources[holder_key]
        holder.mentions |= source.mentions
        for cue in cues:
            if cue.source == key:
                cue.source = holder.key
                cue.reason += f" -> {holder.key}, {why}"
        self._rekey(key, holder.key)

    def _rekey(self, old: str, new: str) -> None:
        """The source known as `old` is now `new`: every record of the reading so far follows it."""
        self.sources.renamed[old] = new
        self.persons = [(o, new if k == old else k, s) for o, k, s in self.persons]
        self._memo = {i: (new, *r[1:]) if r and r[0] == old else r for i, r in self._memo.items()}
        if old in self.speakers:
            self.speakers = self.speakers - {old} | {new}
        if self.last_speaker == old:
            self.last_speaker = new

    def _possessed_epithet_of(self, token: Token, role: tuple[str, str] | None, earlier: dict[str, Source]) -> str:
        """The one named person described before with the same possessor as this description ('said "Putin's
        chef"' after 'Evgeny Prigozhin, Putin's close ally'), unless the noun is a relation to the possessor
        ('Putin's mother', 'his lawyer': another person); '' otherwise."""
        owners = [c for c in token.children if c.dep_ == "poss" and c.pos_ == "PROPN"]
        if not owners or role and role[0] not in EPITHET_CLASSES:
            return ""
        mark = re.compile(r"(?<!\w)" + re.escape(owners[0].text.lower()) + r"['’]s?(?!\w)")
        holders = [k for k, s in earlier.items() if s.kind == "person" and s.named and not s.anonymous_reason and
                   any(mark.search(d.lower()) for d in s.descriptions)]
        return holders[0] if len(holders) == 1 else ""

    def _same_country(self, key: str, countries: set[str]) -> bool:
        """The country words of an epithet ('the Manitoba premier') are in the person's descriptions, or those
        name no country at all (not 'the Russian president' for 'Ukrainian President Zelensky')."""
        described = " ".join(self.sources[key].descriptions)
        return countries <= set(described.lower().split()) or not country_in(described)

    def _organisation_named_with(self, token: Token) -> list[str]:
        """The organisation the text named before `token`, outside quotation marks, whose name ends with the
        description's noun and holds its modifiers ('the department', 'the police department' after 'the Millbrook
        Police Department', which had not spoken), or for a bare 'police' whose name holds 'Police'; [] for none, a
        noun no organisation's, or a description with an owner ('his department')."""
        lemma = token.lemma_.lower()
        if lemma not in organisation_nouns() or any(c.dep_ in ("poss", "nmod") or c.dep_ == "amod" and
                                                    c.lower_ not in ("police",) for c in token.children):
            return []
        modifiers = {c.lower_ for c in token.children if c.dep_ == "compound"}
        if self._organisation_roots is None:  # (offset, clean name, root token index) of the ORG/FAC entities
            self._organisation_roots = [(ent.start_char, clean_name(ent.text), ent.root.i) for ent in self.doc.ents
                                        if ent.label_ in ("ORG", "FAC")]
        for start_char, name, root in reversed(self._organisation_roots):
            words = name.lower().split()
            if start_char >= token.idx or in_quote(self.quotes, start_char) or len(words) < 2 or \
                    not modifiers <= set(words) or (words[-1] != lemma if lemma != "police" else "police" not in words):
                continue
            resolved = self.resolve(self.doc[root]) if root != token.i else None
            return [resolved[0]] if resolved is not None and self.sources[resolved[0]].kind == "org" else []
        return []

    def _organisation_of_kind(self, token: Token, phrase: str) -> list[str]:
        """Organisations named before `token` of the type a generic description gives ('the United Nations health
        agency' after 'the World Health Organization'), in order of their first mention; [] for other nouns."""
        if token.lemma_.lower() not in generic_nouns():
            return []
        kind = classify(phrase, is_person=False, default_country=self.default_country)
        return [k for k, s in self.sources.items() if kind and s.kind == "org" and s.mentions and
                min(s.mentions)[0] < token.idx and (s.source_type or classify(
                    k, is_person=False, default_country=self.default_country)) == kind]

    def _introduced_as(self, token: Token, noun: str) -> str | None:
        """The one named person introduced before `token` by a description headed by `noun`, a word the role
        lexicon lacks ('Viktor Orlov, a Russian oligarch, ...' then 'The oligarch said'); None when none or
        several are."""
        introduced = re.compile(r"(?:^|\band )(?:a|an|the) (?:([\w-]+) )?(?:[\w-]+ )??" + re.escape(noun) + r"\b",
                                re.I)
        before = token.doc[token.i - 1].lower_ if token.i > 0 else ""
        modifier = before if before.isalpha() and before not in ("the", "a", "an", "this", "that") and \
            before not in country_cues() else ""  # 'the cabinet minister' is no 'prime minister'
        found = {key for offset, key, _ in self.persons if offset < token.idx and self.sources[key].named and
                 any((m := introduced.search(d)) and (not modifier or _word_before(m.group(0), noun) in ("", modifier))
                     for d in self.sources[key].descriptions)}
        return found.pop() if len(found) == 1 else None

    def _personal_epithet(self, token: Token) -> tuple[str, str, str] | None:
        """A singular definite epithet of nationality ('The German', 'the 52-year-old Dutchman') is the nearest named
        person who was the subject of a sentence outside quotation marks within EPITHET_SENTENCES
        sentences, when their gender and country fit; None for any other subject."""
        phrase = noun_phrase(token)
        age = _age_epithet(token)
        if age is not None and (before := list(re.finditer(r"\b(?:an?|one)\s+\d+-years?-old\b\s*(\w*)",
                                                          self.article.folded[:token.idx], re.I))):
            # 'a 45-year-old inmate ... the 45-year-old said': the unnamed person introduced so
            found = self.doc.char_span(before[-1].start(1), before[-1].end(1), alignment_mode="expand")
            if found is None or not len(found) or found[0].pos_ != "NOUN" or found[0].i == token.i:
                return None
            resolved = self.resolve(found[0])
            if resolved is not None:
                self.sources[resolved[0]].mentions.add((token.idx, token.idx + len(token)))
            return resolved
        if age is not None:
            phrase = age
        elif token.tag_ in ("NNS", "NNPS") or not phrase.lower().startswith("the "):
            return None
        elif token.lemma_.lower() in STATUS_EPITHETS and not any(
                c.dep_ in ("compound", "amod", "poss") for c in token.children) and \
                not re.search(rf"\b(?:an?|one)\s+(?:\w+\s+)?{re.escape(token.lower_)}\b",
                              self.article.folded[:token.idx], re.I):
            age = phrase  # 'the veteran said', 'the champion said' with no unnamed veteran or champion before
        if age is not None:
            return self._subject_just_before(token, phrase, "", "")
        if (gender := GENDER_EPITHETS.get(token.lower_)) and phrase.lower().startswith("the ") and \
                not any(c.dep_ == "poss" or c.dep_ in ("compound", "nmod") and (c.pos_ == "PROPN" or c.pos_ == "NOUN"
                        and not any(n.dep_ == "nummod" for n in c.children)) or  # '115-pound' is no owner
                        c.dep_ in ("relcl", "acl", "prep") for c in token.children) and \
                not re.search(rf"\b(?:an?|one|another)\s+(?:[\w,-]+\s+){{0,3}}{re.escape(token.lower_)}\b",
                              self.article.folded[:token.idx], re.I):
            # 'the slightly-built, 115-pound woman said' with no unnamed woman before: the woman named just before
            return self._subject_just_before(token, phrase, gender, "") or self._one_person_just_before(
                token, phrase, gender)
        demonym = DEMONYM_PERSON.fullmatch(token.text)
        if demonym and demonym.group(1).lower() not in country_cues():
            demonym = None  # 'German', 'chairman'
        stem = (demonym.group(1) if demonym else token.text).lower()
        gender = {"man": "m", "woman": "f"}.get(demonym.group(2).lower(), "") if demonym else ""
        if not (token.text[:1].isupper() and stem in country_cues() and (demonym or token.ent_type_ == "NORP")) or \
                any(c.dep_ in ("compound", "amod") and c.pos_ in ("NOUN", "PROPN") for c in token.children):
            return None
        return self._subject_just_before(token, phrase, gender, country_cues()[stem])

    def _reply_of_addressee(self, token: Token) -> tuple[str, str, str] | None:
        """'The mayor replied' after 'Holm said to Peter Lind:': the person spoken to replies, whatever epithet
        the text gives them (it may never say Lind is the mayor)."""
        if token.pos_ != "NOUN" or token.dep_ != "nsubj" or token.head.lemma_.lower() not in REPLY_LEMMAS or \
                not (token.lemma_.lower() in roles() or cue_matches(token.lower_)) or \
                not any(c.dep_ == "det" and c.lower_ == "the" for c in token.children):
            return None
        addressee = self._addressee_before(token)
        if addressee is None:
            return None
        phrase = noun_phrase(token)
        self.sources[addressee].mentions.add((token.idx, token.idx + len(token)))
        self.sources[addressee].descriptions.append(phrase)
        self._note(token, addressee)
        return addressee, phrase, f"'{phrase} {token.head.text}' -> {addressee}, to whom the speaker before spoke"

    def _addressee_before(self, token: Token) -> str | None:
        """The named person the last speech cue within EPITHET_SENTENCES sentences before `token` spoke to ('said
        to Brandt:', 'asked Brandt', 'told Brandt'), for a role that replies ('The mayor replied'); None if none."""
        floor = self._epithet_floor(token)
        for verb in reversed(self.doc[:token.i]):
            if verb.idx < floor:
                return None
            if verb.lemma_.lower() not in SPEECH_LEMMAS or verb.pos_ not in ("VERB", "AUX") or \
                    in_quote(self.quotes, verb.idx):
                continue
            addressed = [c for c in verb.children if c.dep_ in ("dobj", "dative") and c.pos_ == "PROPN"]
            addressed += [o for c in verb.children if c.dep_ in ("prep", "dative") and c.lower_ == "to"
                          for o in c.children if o.dep_ == "pobj" and o.pos_ == "PROPN"]
            for person in addressed:
                resolved = self._resolve_name(person)
                if resolved and self.sources[resolved[0]].kind == "person":
                    return resolved[0]
        return None

    def _epithet_floor(self, token: Token) -> int:
        """The body offset EPITHET_SENTENCES sentences before `token`'s: how far back an epithet may look."""
        starts = [s.start for s in self.article.sentences]
        here = bisect.bisect_right(starts, token.idx) - 1
        return starts[max(0, here - EPITHET_SENTENCES)] if starts else 0

    def _subject_just_before(self, token: Token, phrase: str, gender: str, country: str) -> tuple[str, str, str] | None:
        """The named person who was the subject of a sentence outside quotation marks within EPITHET_SENTENCES
        sentences before `token`, when the gender and country fit (none asked: ''), for an epithet that says who
        they are rather than a post they hold."""
        floor = self._epithet_floor(token)
        for offset, key, is_subject in reversed(self.persons):
            if offset >= token.idx or not is_subject or in_quote(self.quotes, offset):
                continue
            source = self.sources[key]
            if offset < floor or not (source.kind == "person" and source.named and not source.anonymous_reason and
                                      source.gender in ("", gender or source.gender) and
                                      (not country or country_in(" ".join(source.descriptions)) in ("", country))):
                return None
            char = (token.idx, token.idx + len(token))
            source.mentions.add(char)
            source.descriptions.append(phrase)
            self._note(token, key)
            return key, phrase, f"epithet '{phrase}' -> {key}, the person named just before"
        return None

    def _one_person_just_before(self, token: Token, phrase: str, gender: str) -> tuple[str, str, str] | None:
        """The one named person of a fitting gender mentioned outside quotation marks within EPITHET_SENTENCES
        sentences before `token`, as subject or not ('As the water swallowed Ann Roe's home, she ...' / 'the
        115-pound woman said'); None when there are none or several."""
        floor = self._epithet_floor(token)
        found = {key for offset, key, _ in self.persons if floor <= offset < token.idx and
                 not in_quote(self.quotes, offset) and (source := self.sources[key]).kind == "person" and
                 source.named and not source.anonymous_reason and source.gender in ("", gender)}
        if len(found) != 1:
            return None
        key = found.pop()
        source = self.sources[key]
        source.mentions.add((token.idx, token.idx + len(token)))
        source.descriptions.append(phrase)
        self._note(token, key)
        return key, phrase, f"epithet '{phrase}' -> {key}, the one person of that gender named just before"

    def _introduced_before(self, token: Token) -> str:
        """The phrase of the latest indefinite mention of the same noun, singular and outside quotation marks, in
        the EPITHET_SENTENCES sentences before a definite description that opens a new source: what the text said
        of that person when it introduced them without letting them speak; '' when there is none."""
        floor = self._epithet_floor(token)
        for earlier in reversed(token.doc[:token.i]):
            if earlier.idx < floor:
                break
            if earlier.lemma_.lower() == token.lemma_.lower() and earlier.tag_ == token.tag_ == "NN" and \
                    any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in earlier.children) and \
                    not in_quote(self.quotes, earlier.idx):
                return noun_phrase(earlier)
        return ""

    def _voice_of(self, token: Token, determiners: set[str]) -> str | None:
        """'the Kremlin representative', 'the ministry's spokeswoman': the one named person described before as
        speaking for an organisation of that name (SPEAKS_FOR and every word naming it)."""
        phrase = " ".join(t.lower_ for t in token.subtree if t.i <= token.i)
        if determiners != {"the"} or not SPEAKS_FOR.search(phrase):
            return None
        owners = {c.lower_ for c in token.children if c.dep_ in ("compound", "nmod", "poss", "amod") and
                  c.pos_ in ("PROPN", "NOUN") and c.lower_ != "press"}
        if not owners:
            return None
        described = {key for offset, key, _ in self.persons if offset < token.idx and self.sources[key].named and
                     (words := " ".join(self.sources[key].descriptions).lower()) and SPEAKS_FOR.search(words) and
                     owners <= set(re.findall(r"[\w-]+", words))}
        return described.pop() if len(described) == 1 else None

    def _epithet_of(self, token: Token, lemma: str, determiners: set[str]) -> str | None:
        """The named person an epithet ('the' and a position of EPITHET_ROLES or OFFICE_EPITHETS) stands for: the
        latest one whose descriptions hold the position and who is a subject somewhere ('the RBI governor' after
        'the apex bank's governor, Urjit Patel, said'); else, for a bare epithet of EPITHET_ROLES (no name or
        country before it), the nearest earlier subject outside quotation marks within EPITHET_SENTENCES
        sentences, when that is a named person who has spoken, whom only positions describe (no relation such as
        'prisoner' or 'mother') and whose gender fits ('Musk said ... The CEO then vowed'). None otherwise ('his lawyer', 'the Russian president',
        a judge after a defendant: other people)."""
        if lemma not in EPITHET_ROLES | OFFICE_EPITHETS or determiners != {"the"}:
            return None
        modifiers = [c for c in token.children if c.dep_ in ("compound", "amod", "nmod", "poss")]
        countries = {c.lower_ for c in modifiers if c.lower_ in country_cues()}
        subjects = {key for _, key, is_subject in self.persons if is_subject}
        # a common word before the position must be in the descriptions too ('the cabinet minister' is no one
        # described as 'the prime minister')
        qualifiers = {c.lower_ for c in modifiers if c.pos_ in ("NOUN", "ADJ") and c.dep_ != "poss" and
                      c.lower_ not in country_cues()}  # not an owner: 'the central bank's governor'
        described = [key for offset, key, _ in reversed(self.persons) if offset < token.idx and
                     self.sources[key].named and key in subjects and {lemma, *qualifiers} <= {
                         ABBREVIATED_OFFICES.get(w, w) for w in re.findall(  # 'Gov.' is a governor
                             r"[a-z-]+", " ".join(self.sources[key].descriptions).lower())} and
                     self._same_country(key, countries)]
        if described:
            return described[0]  # 'the RBI governor' after 'the apex bank's governor, Urjit Patel'
        if lemma in OFFICE_EPITHETS or any(c.lower_ in country_cues() for c in modifiers):
            return None  # 'the president' alone is the office, or a head of state the text has not named
        past = any(c.lower_ in PAST_MODIFIERS for c in token.children)
        # a name before the epithet must be in the person's descriptions ('the Lakeside coach' after 'Lakeside
        # manager Tom Brandt'), unless the post is a former one, which the text need not have given before
        names = [] if past else [" ".join(t.text for t in c.subtree).lower() for c in modifiers if c.pos_ == "PROPN"]
        floor = self._epithet_floor(token)
        for offset, key, is_subject in reversed(self.persons):
            if offset >= token.idx or not is_subject or in_quote(self.quotes, offset):
                continue
            if offset < floor:
                return None
            source = self.sources[key]
            gender = roles().get(lemma, ("", ""))[1]
            fits = source.kind == "person" and source.named and not source.anonymous_reason and \
                key in self.speakers and all(r == lemma or r in EPITHET_ROLES or roles().get(r, ("",))[0] in
                                             EPITHET_CLASSES for r in source.roles) and \
                (not gender or source.gender in ("", gender)) and \
                all(name in " ".join(source.descriptions).lower() for name in names) and \
                all(_word_before(d, lemma) in ("", *qualifiers) for d in source.descriptions)  # no other office
            return key if fits else None
        return None

    def _leader_described(self, token: Token, phrase: str, *, definite: bool) -> str | None:
        """The named person a leader's description refers to ('Wagner's founder', 'the founder of Wagner', 'the
        mercenary chief'): the one person described as a founder, head, chief ... of the same organisation (its
        name in their descriptions, or the same type: a private military company for 'mercenary'). The same
        leader noun may point to a person named later in the article; another one only to one named before."""
        lemma = token.lemma_.lower()
        owners = [c for c in token.children if c.dep_ == "poss" and c.pos_ in ("PROPN", "NOUN")]
        owners += [o for c in token.children if c.dep_ == "prep" and c.lower_ == "of" for o in c.children
                   if o.dep_ == "pobj"]
        if lemma not in LEADER_NOUNS or token.tag_ in ("NNS", "NNPS") or not (definite or owners):
            return None
        owner_words = {w.lower() for o in owners for w in re.findall(r"[^\W\d]{3,}", noun_phrase(o))} - {"the"}
        wanted = classify(phrase, is_person=True, default_country=self.default_country)
        candidates = []
        for key, source in self.sources.items():
            if source.kind != "person" or not source.named or source.anonymous_reason or not source.mentions:
                continue
            text = " ".join([key, *source.descriptions]).lower()
            words = set(re.findall(r"[a-z-]+", text))
            if not words & LEADER_NOUNS:
                continue
            # the source's type only when its words do not settle it (typing every source at every leader noun
            # made a long page's sourcing quadratic)
            if ((owner_words and not owner_words <= words) or (not owner_words and lemma not in words)) and not (
                    wanted and self.type_of(source, self, self.default_country) == wanted):
                continue
            if lemma in words or min(source.mentions)[0] < token.idx:
                candidates.append((lemma in words, key))
        exact = [key for same, key in candidates if same]
        chosen = exact if exact else [key for _, key in candidates]
        return chosen[0] if len(chosen) == 1 else None

    def _leader_in_context(self, token: Token, determiners: set[str]) -> str | None:
        """'The Lenz Group leader promised ...' when no one is described as its leader: the named person who was
        the subject nearest before it (within EPITHET_SENTENCES sentences, outside quotation marks), has spoken,
        fits the leader noun's gender and is written in a sentence that names the organisation ('a video showed
        Ivan Dorn recruiting men to serve with the Lenz Group command. It shows Dorn promising "..."'); None
        otherwise (a relation or an office of someone else is no leader's epithet)."""
        lemma = token.lemma_.lower()
        owners = [c for c in token.children if c.dep_ == "compound" and c.pos_ == "PROPN"]
        if lemma not in LEADER_NOUNS or determiners != {"the"} or token.tag_ in ("NNS", "NNPS") or len(owners) != 1 \
                or any(c.dep_ in ("amod", "compound") and c.lower_ in PAST_MODIFIERS for c in token.children):
            return None
        owner = " ".join(t.text for t in owners[0].subtree)
        floor = self._epithet_floor(token)
        for offset, key, is_subject in reversed(self.persons):
            if offset >= token.idx or not is_subject or in_quote(self.quotes, offset):
                continue
            source = self.sources[key]
            gender = roles().get(lemma, ("", ""))[1]
            if offset < floor or source.kind != "person" or not source.named or source.anonymous_reason or \
                    key not in self.speakers or gender and source.gender not in ("", gender):
                return None
            sentences = {self.article.sentence_at(start) for start, _ in source.mentions if start < token.idx}
            if any(s is not None and re.search(r"(?<!\w)" + re.escape(owner) + r"(?!\w)", self.article.body[s.start:s.end])
                   for s in sentences):
                return key
            return None
        return None

    def _first_token(self, head: Token, key: str) -> Token:
        """The token of `head`'s phrase where `key` (the cleaned phrase) begins."""
        first_word = key.split()[0]
        return next((t for t in head.subtree if t.text == first_word), head)

    def resolve_they(self, token: Token) -> tuple[str, str, str] | None:
        """'"...," they said': the plural subject (a group of people) of this or the previous sentence."""
        sentence = self.article.sentence_at(token.idx)
        previous = self._sentence_before(sentence) if sentence else None
        window_start = previous.start if previous else (sentence.start if sentence else 0)
        window = self.doc[self._first_token_from(window_start):token.i]
        plural = [t for t in window if t.idx < token.idx and
                  t.dep_ == "nsubj" and t.tag_ in ("NNS", "NNPS") and t.lemma_.lower() in roles()]
        plural += [o for t in window if t.idx < token.idx and t.dep_ == "nsubj" and t.lower_ in QUANTIFIERS - {"one"}
                   for p in t.children if p.dep_ == "prep" and p.lower_ == "of" for o in p.children
                   if o.dep_ == "pobj" and o.tag_ in ("NNS", "NNPS") and o.lemma_.lower() in roles()]
        plural.sort(key=lambda t: t.i)  # 'Each of the detained mercenaries is ... They told ...': the mercenaries
        for candidate in reversed(plural):
            resolved = self.resolve(candidate)
            if resolved:
                self.sources[resolved[0]].mentions.add((token.idx, token.idx + len(token)))
                return resolved[0], token.text, f"pronoun 'they' -> the group named before: {resolved[0]}"
        return None

    def _named_after(self, token: Token) -> set[str]:
        """Persons named later in the sentence of a pronoun that is the subject of a speech verb: none of them
        is the pronoun ('For that visit, he said, the prisoners gathered to hear Prigozhin speak': he is not
        Prigozhin; 'He added that the recruiter ...': not the recruiter)."""
        if token.dep_ != "nsubj" or token.head.lemma_.lower() not in CUE_LEMMAS:
            return set()
        named = set()
        for later in token.doc[token.i + 1:token.sent.end]:
            if later.pos_ == "PROPN" and (key := self.person_key_for(later.text, offset=later.idx)):
                named.add(key)
        return named

    def _speaker_before(self, token: Token, gender: str, *, exclude: set[str]) -> str | None:
        """The nearest person of a compatible gender mentioned before `token` as a clause subject outside quotation
        marks who is the subject of a speech cue (in `speakers`)."""
        for offset, key, is_subject in reversed(self.persons):
            source = self.sources[key]
            if offset < token.idx and is_subject and key in self.speakers and key not in exclude and \
                    source.kind == "person" and source.gender in ("", gender) and not in_quote(self.quotes, offset):
                return key
        return None

    def _quoting_subject_before(self, token: Token, key: str | None) -> bool:
        """Whether person `key` is a clause subject of the sentence right before `token`'s, outside quotation
        marks, and that sentence quotes words ('Trump called the claim a "false report." But, he added, ...': he
        is Trump, whoever spoke before)."""
        sentence = self.article.sentence_at(token.idx)
        before = self._sentence_before(sentence) if sentence is not None else None
        if not key or before is None:
            return False
        return any(before.start <= q.start < before.end for q in self.quotes) and any(
            before.start <= position < before.end and k == key and is_subject and not in_quote(self.quotes, position)
            for position, k, is_subject in self.persons)

    def antecedent(self, offset: int, gender: str, *, exclude: set[str] = frozenset()) -> str | None:
        """Nearest earlier person of a compatible gender: a clause subject (not its possessor) earlier in the
        pronoun's own sentence, else preferring a clause subject among the mentions of the last two sentences
        ('Prigozhin, known as "Putin's chef" ..., brushed aside ... he denies' -> Prigozhin).
        A pronoun outside quotation marks passes over names written only inside a quotation ('"I signed because
        Prigozhin promised," he said': he is the speaker introduced before, not Prigozhin)."""
        outside = not in_quote(self.quotes, offset)
        candidates = []
        for position, key, is_subject in reversed(self.persons):
            if position >= offset or outside and in_quote(self.quotes, position):
                continue
            source = self.sources[key]
            if source.kind != "person" or (source.gender and gender and source.gender != gender) or key in exclude:
                continue
            candidates.append((position, key, is_subject))
        if not candidates:
            return self._headline_speaker(offset, gender, exclude=exclude) or \
                self._named_next(offset, gender, exclude=exclude, outside=outside)
        sentence = self.article.sentence_at(offset)
        if sentence is not None and (own := [c for c in candidates if c[2] and c[0] >= sentence.start and
                                             not self._possessor(c[0])]):
            if self._main_subject(offset):  # 'Berg said Lumex lied and she added ...': the main clause's subject
                own = [c for c in own if self._main_subject(c[0])] or own
            return own[0][1]  # 'Joy Lark, an MP, deleted a tweet in which she said': the subject of her sentence
        if sentence is not None and (asked := [c for c in candidates if c[0] >= sentence.start and
                                               self._asked(c[0])]):
            return asked[0][1]  # 'When reporters asked Lenz about it, he said': the one asked answers
        window_start = 0
        if sentence is not None:
            previous = self._sentence_before(sentence)
            window_start = previous.start if previous else sentence.start
        recent = [c for c in candidates if c[0] >= window_start]
        if recent and all(not c[2] or self._listed_as_present(c[0]) for c in recent) and \
                any(self._listed_as_present(c[0]) for c in recent) and (speaker := next((
                    key for position, key, is_subject in candidates if is_subject and key in self.speakers and
                    position >= self._epithet_floor_at(offset) and self.sources[key].named and
                    not self._listed_as_present(position)), None)):
            return speaker  # 'Also present were A and B. He said ...': the one who spoke before, not those listed
        for wanted in (lambda c: c[2] and c[1] in self.speakers and self.sources[c[1]].named and
                       self._main_subject(c[0]),
                       lambda c: c[2] and c[1] in self.speakers, lambda c: c[2], lambda c: True):
            for position, key, is_subject in recent:
                if wanted((position, key, is_subject)):
                    return key
        speakers = [c for c in candidates if c[1] in self.speakers]
        return (speakers or candidates)[0][1]

    def _name_head_at(self, offset: int) -> Token | None:
        """The head token of the name starting at `offset` (past its compounds: 'Ana' of 'Ana Ruiz' to 'Ruiz')."""
        found = self.doc.char_span(offset, offset + 1, alignment_mode="expand")
        if found is None:
            return None
        token = found[0]
        while token.dep_ in ("compound", "flat") and token.head.i != token.i:
            token = token.head
        return token

    def _listed_as_present(self, offset: int) -> bool:
        """The name at `offset` is a subject of 'be' with no verb of its own ('Also present were A and B', 'B was
        also there'): listed among those present, not someone the story follows."""
        token = self._name_head_at(offset)
        if token is None:
            return False
        while token.dep_ == "conj" and token.head.i != token.i:
            token = token.head
        return token.dep_ == "nsubj" and token.head.lemma_ == "be" and \
            not any(c.dep_ == "attr" for c in token.head.children)  # 'A is the mayor' says who A is

    def _epithet_floor_at(self, offset: int) -> int:
        """The body offset EPITHET_SENTENCES sentences before the one holding `offset`."""
        starts = [s.start for s in self.article.sentences]
        here = bisect.bisect_right(starts, offset) - 1
        return starts[max(0, here - EPITHET_SENTENCES)] if starts else 0

    def _main_subject(self, offset: int) -> bool:
        """The name at `offset` is the subject of its sentence's main clause ('Tanaka said Raju liked to make loose
        claims': Tanaka, not Raju, whom he speaks of)."""
        token = self._name_head_at(offset)
        if token is None:
            return False
        verb = token.head.head if token.head.dep_ == "conj" else token.head
        return token.dep_ in ("nsubj", "nsubjpass") and verb.dep_ == "ROOT"

    def _described_person_before(self, token: Token, gender: str) -> Token | None:
        """A pronoun with no named person before it ('A fiery coach made headlines ... The coach's protest drew a
        booking, but he stayed defiant. "...," he said'): the nearest earlier singular role noun outside quotation
        marks that is a clause subject or a subject's possessor, of a compatible gender, within
        DESCRIBED_REACH characters."""
        for earlier in reversed(self.doc[:token.i]):
            if earlier.idx < token.idx - DESCRIBED_REACH:
                return None
            if earlier.pos_ != "NOUN" or earlier.tag_ != "NN" or in_quote(self.quotes, earlier.idx):
                continue
            role = roles().get(earlier.lemma_.lower()) or roles().get(earlier.lower_)
            subject = earlier.dep_ in ("nsubj", "nsubjpass") or earlier.dep_ == "poss" and \
                earlier.head.dep_ in ("nsubj", "nsubjpass")
            if role and subject and (not gender or not role[1] or role[1] == gender):
                return earlier
        return None

    def _asked(self, offset: int) -> bool:
        """The name written at `offset` is the object of a question ("When reporters asked Lenz about ...")."""
        span = self.doc.char_span(offset, offset + 1, alignment_mode="expand")
        token = span[0] if span is not None and len(span) else None
        while token is not None and token.dep_ in ("compound", "flat") and token.head is not token:
            token = token.head
        return token is not None and token.dep_ == "dobj" and token.head.lemma_.lower() in QUESTION_LEMMAS

    def _possessor(self, offset: int) -> bool:
        """The name written at `offset` owns a noun rather than acting ("Twitter's IPO had ...", "Tom Hale's fund
        bought ...")."""
        span = self.doc.char_span(offset, offset + 1, alignment_mode="expand")
        token = span[0] if span is not None and len(span) else None
        while token is not None and token.dep_ in ("compound", "flat") and token.head is not token:
            token = token.head
        return token is not None and token.dep_ == "poss"

    def _headline_speaker(self, offset: int, gender: str, *, exclude: set[str]) -> str | None:
        """A pronoun that speaks before the body names anyone ('"...," he said' opening the story) under a headline
        that makes one person the subject of a verb of saying ('Mayor's aide Lund comments on the vote of Ivan
        Orlov'): that person, a source of the article (before, the first person the body named after it, whom the
        headline speaks of). None when the pronoun is no subject of a speech verb, or the headline gives no such
        person, or more than one, or one of another gender."""
        found = self.doc.char_span(offset, offset + 1, alignment_mode="expand")
        token = found[0] if found is not None and len(found) else None
        if token is None or token.dep_ != "nsubj" or token.head.lemma_.lower() not in CUE_LEMMAS or \
                in_quote(self.quotes, offset) or not self.article.title:
            return None
        headline = nlp.parse_text(self.article.title)
        names = set()
        for verb in headline:
            if verb.pos_ != "VERB" or verb.lemma_.lower() not in SPEECH_LEMMAS:
                continue
            for subject in verb.children:
                if subject.dep_ != "nsubj" or subject.pos_ != "PROPN":
                    continue
                start, end = name_span(subject)
                name = clean_name(headline[start:end].text)
                if name and not country_in(name) and institution(name) is None and \
                        canonical_outlet(name) not in outlet_names():
                    names.add((name, start))
        if len(names) != 1:
            return None
        name, start = next(iter(names))
        key = self.person_key_for(name, offset=len(self.article.body)) or name
        if key in exclude:
            return None
        source = self.sources.get(key) or Source(key=key, kind="person", named=True, gender=guess_gender(name))
        if source.kind != "person" or source.gender and gender and source.gender != gender:
            return None
        if key not in self.sources:  # described as the headline describes them ('Mayor's aide Lund')
            self.sources[key] = source
            source.variants.add(name)
            source.descriptions += _descriptions(headline[start], (start, name_span(headline[start])[1]))
            for description in source.descriptions:
                source.roles.update(w for w in re.findall(r"[a-z-]+", description.lower()) if w in roles())
        return key

    def _named_next(self, offset: int, gender: str, *, exclude: set[str], outside: bool) -> str | None:
        """A pronoun before any person is named ('"I knew nothing," she told me.' opening a page, 'Romanova' named
        in the next paragraph): the first person of a compatible gender named after it, within CATAPHORA_REACH
        characters; None when anyone is named before it or no one fits."""
        if any(position < offset for position, _, _ in self.persons):
            return None
        for token in self.doc:  # names the tagger left untyped, as clause subjects ('Romanova moved to Germany')
            if offset < token.idx <= offset + CATAPHORA_REACH and token.dep_ in ("nsubj", "nsubjpass") and \
                    token.pos_ == "PROPN" and not in_quote(self.quotes, token.idx):
                self.resolve(token)
        for position, key, _ in self.persons:
            if position > offset + CATAPHORA_REACH:
                return None
            source = self.sources[key]
            if position > offset and not (outside and in_quote(self.quotes, position)) and \
                    source.kind == "person" and key not in exclude and \
                    not (source.gender and gender and source.gender != gender):
                return key
        return None


DESCRIBED_REACH = 600  # characters before a pronoun within which an unnamed person described is its antecedent
CATAPHORA_REACH = 800  # characters after a pronoun opening a text within which the person it stands for is named

STATEMENT_LEMMAS = {"state", "announce", "report", "claim", "confirm", "declare", "say", "write", "publish", "deny",
                    *CONDEMNING_LEMMAS, *ENDORSING_LEMMAS}
CUE_LEMMAS = SPEECH_LEMMAS | STATEMENT_LEMMAS | {"put", "place"}  # the lemmas of every cue (and "according to")
