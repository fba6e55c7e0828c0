"""Sourcing: who is quoted and cited in each article, with what standing.

In: a `Corpus` (its analysable articles and their spaCy parses from `analysis.nlp`). Out: a `SourcingResult`
with one table per question, each row carrying its evidence (body offsets, sentence, the reason of any
inference):
- `quotes`: every direct quotation segment with its speaker, the speaker's type and anonymity, the cue and
  the outlet the speaker talked to (`via`); quotation marks around a term, a slogan or a name are kept apart in
  `scare_quotes`;
- `sources`: one row per article and canonical source (named or anonymous) with counts of quotes and
  paraphrases;
- `citations`: who cites whom (publisher -> original outlet -> outlets and agencies they report);
- `attributions`: every attributed body span (a quotation, or the sentence of "according to X" / "X said that"),
  the table other analyses use to ask "who claims this";
- `hedges`: anonymity grants and verification hedges with whom they apply to;
- `variants`: the spellings merged into each canonical name and why.

How: speech cues are verbs of saying (and "according to") found with spaCy's parser; their grammatical subject
is the source, and `analysis.speakers` says who each name, description or pronoun stands for. Quotation spans
(from `analysis.quotes`) take the cue after them, before them, or the speaker of the paragraph they continue; a
short phrase in a clause governed by a person's speech verb is that person's partial quotation, a quoted name or
term is not a quotation. Names are merged by the editable `data/source_variants.csv`, by surname within an
article (a lone name only with a full name written before it, never when it is a pseudonym) and by a
transliteration key across articles; types come from `analysis.source_typing` (what the article says of the
source) and `analysis.source_types` (its editable lexicons).
"""

from __future__ import annotations

import bisect
import re
from collections import Counter, defaultdict
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING

import networkx as nx
import pandas as pd

from . import nlp
from .citations import citation_graph
from .metadata import OUTLET_NAME, canonical_outlet, cited_only, cited_outlets, cited_reports
from .quotes import DIALOGUE_DASH, QuoteSpan, find_quotes
from .speakers import (
    CLAIM_NOUNS, CONDEMNING_LEMMAS, CUE_LEMMAS, DOCUMENT_NOUNS, ENDORSING_LEMMAS, MEDIA_NOUNS, PERSONAL_PRONOUNS,
    PSEUDONYM, QUOTE_ONLY_LEMMAS,
    REPORT_NOUNS, SPEECH_LEMMAS, STATEMENT_LEMMAS, TAG_ONLY_LEMMAS, Cue, Resolver, Source, _age_epithet, in_quote,
    name_span, noun_phrase, path_up, token_lists)
from .source_typing import relative_of_named, source_type
from .source_types import (
    COMPANY, article_country, classify, clean_name, country_in, institution, name_noun_type, organisation_nouns,
    outlet_names, roles, surname, translit_key, type_rank, variant_table)
from .textnorm import fold

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from .corpus import Article, Corpus

QUOTE_COLUMNS = ["article_id", "paragraph", "start", "end", "quote", "speaker", "speaker_type", "anonymous", "cue",
                 "via"]
SOURCE_COLUMNS = ["article_id", "source", "source_type", "anonymous", "mentions", "quotes", "paraphrases", "evidence"]
CITATION_COLUMNS = ["article_id", "citing", "cited", "evidence"]
ATTRIBUTION_COLUMNS = ["article_id", "start", "end", "source", "source_type", "anonymous", "kind", "sentence"]

DOCUMENT_ONLY_LEMMAS = {"show", "indicate", "find", "detail", "read", "determine"}  # "documents show": a text, not a
# person; but a body that finds facts finds and determines them ('as the court found', 'what the medical examiner
# determined was an overdose')
FINDING_LEMMAS = {"find", "determine"}
FINDING_BODIES = {"court", "tribunal", "jury", "judge", "panel", "inquiry", "commission", "examiner", "coroner",
                  "investigator", "investigators", "auditor", "auditors", "inspector", "inspectors", "pathologist"}
ANONYMITY = re.compile(
    r"on (?:the )?condition of anonymity|on (?:the )?condition (?:that )?(?:he|she|they) (?:not be|remain) "
    r"(?:identified|named|anonymous)|(?:requested|request(?:ing)?|asked for|sought|was granted|were granted|granted) "
    r"anonymity|(?:asked|wished|wishing|wanted|wanting|preferred|chose|choosing|asking|requested|agreed) to (?:remain|stay|"
    r"be kept) anonymous|asked not to be (?:identified|named)|declined to be (?:identified|named)|"
    r"did not want to be (?:identified|named)|asked that (?:their|his|her) (?:last |full |family )?(?:sur)?name(?:s)? "
    r"(?:be withheld|not be (?:used|published|given|disclosed|revealed))|name(?:s)? (?:has|have|had) been changed|"
    r"not authori[sz]ed to (?:speak|discuss|comment|talk)|(?:speak|speaking|spoke|talk|talking|talked) anonymously|"
    r"(?:asked|asking|requested|requesting|wished|wanted|preferred)(?: not to| to not) be (?:identified|named)|"
    r"(?:refused|refusing|declining) to be (?:identified|named)|(?:asked|requested|condition) that (?:he|she|they) "
    r"not be (?:identified|named)|(?:asked|asking|requested|requesting)(?: that| for)? (?:their|his|her) (?:sur|last |"
    r"full |family )?names? (?:to )?be withheld|condition of not being (?:identified|named)|(?:would|did) (?:only give|"
    r"not give) (?:their|his|her) (?:first )?names?|only gave (?:their|his|her) first names?|insist\w* on anonymity|"
    r"(?:to )?remain unnamed|(?:speaking|spoke|speak) on background|under a pseudonym|"
    r"(?:asked|asking|requested|requesting) (?:for |to use |to be given )?a pseudonym|(?:was|were|been) given a pseudonym|"
    r"withheld (?:their|his|her) (?:sur)?name|"
    r"(?:gave|give|identified by|using) only (?:their|his|her|a) first name|only (?:their|his|her) first names? "
    r"(?:be|was|is|being) (?:used|published|given)|(?:identified|named|called|referred to) (?:only )?by (?:their|his|"
    r"her) first names?(?! and)|not (?:his|her|their) real names?|[(,] ?a pseudonym|names? (?:changed|\w+ (?:has|have|had) changed)|"
    r"(?:did not|didn't|declined to|refused to) (?:want to )?(?:give|reveal|disclose|share|provide|use|publish) "
    r"(?:their|his|her) "
    r"(?:sur|last |full |family )?name", re.I)
UNVERIFIED = re.compile(
    r"(?:cannot|can't|couldn't|(?:could|can|has|have|had|was|were) not|hasn't|haven't|wasn't|weren't)\s+"
    r"(?:be\s+|been\s+)?independently (?:verif|confirm)\w*|could not (?:independently )?(?:verify|confirm)\w*|"
    r"not (?:been )?independently (?:verified|confirmed)|unverified", re.I)
DENIAL = re.compile(r"\b(?:a claim|claims|an allegation|allegations)\s+(?:that\s+)?(?P<who>[^,.;]{2,60}?)\s+"
                    r"(?:denies|denied|has denied|rejects|rejected)\b", re.I)
NAMING_CUES = re.compile(
    r"\b(?:known as|called|dubbed|referred to as|nicknamed|named|so-called|titled|the term|the phrase|the word|"
    r"the words|slogans?|messages?|proclaim\w*|reads?|reading|introduced \w+ as|labell?ed|branded|as the|as|"
    r"(?:panel|conference|seminar|session|forum|round-?table|workshop|symposium|lecture|course|congress|summit|"
    r"debate|hearing|discussion|meeting)s? (?:on|about|entitled))"
    r"\s*[:,]?\s*$",
    re.I)


# ---------------------------------------------------------------- per-article model


@dataclass
class ArticleSourcing:
    article: Article
    sources: dict[str, Source]
    cues: list[Cue]
    quotes: list[dict]
    scare_quotes: list[dict]
    hedges: list[dict]
    citing: list[tuple[str, str, int]]  # (citing source, cited source, body offset) from "X, citing Y"
    reports: list[tuple[str, int]] = field(default_factory=list)  # (organisation, sentence start) of a report cited
    references: list[tuple[str, int]] = field(default_factory=list)  # (outlet, offset) of a dated source note


def _skipped_paragraphs(article: Article) -> set[int]:
    """Paragraphs that repeat an earlier one (the corpus layer flags them)."""
    return {para.index for para in article.paragraphs if para.is_duplicate}


def _paragraph_of(article: Article, offset: int) -> int:
    for para in article.paragraphs:
        if para.start <= offset < para.end:
            return para.index
    return -1


# ---------------------------------------------------------------- cues

# a participle of these after a clause ('unloaded on analysts, saying that ...') speaks for that clause's subject;
# not one of belief ('were expecting a visit, assuming ...')
PARTICIPLE_SPEECH_LEMMAS = {"say", "tell", "add", "claim", "insist", "warn", "explain", "note", "write", "state", "cite",
                            "announce", "argue", "complain", "accuse", "urge", "declare", "stress", "emphasize",
                            "emphasise", "deny", "admit", "allege"}


# verbs that make someone speak ('prompted Marsh to say'); not those that only ask it ('urged Marsh to say')
PROMPTING_LEMMAS = {"prompt", "lead", "cause", "force", "compel", "move", "spur", "drive", "inspire", "provoke", "push"}


def _subject_of(verb: Token, quotes: list[QuoteSpan]) -> list[Token]:
    """Grammatical subjects of a speech verb (conjoined subjects each), climbing to a coordinated or governing
    verb when the verb has none of its own ('... and added that', 'by telling him')."""
    current = verb
    saying = verb.tag_ == "VBG" and verb.lemma_.lower() in PARTICIPLE_SPEECH_LEMMAS  # '..., saying that'
    climbable = ("conj", "pcomp", "advcl") if saying else ("conj", "pcomp")
    reduced = _reduced_relative_subject(verb)
    if reduced is not None and not in_quote(quotes, reduced.idx):
        return [reduced]
    if verb.dep_ == "xcomp" and verb.head.lemma_.lower() in PROMPTING_LEMMAS and \
            not any(c.dep_ == "nsubj" for c in verb.children) and \
            (said_by := [c for c in verb.head.children if c.dep_ == "dobj" and c.i < verb.i]):
        return said_by[-1:]  # 'prompted Marsh to say', 'led the president to declare it': who is made to speak
    before = verb.doc[verb.i - 1] if verb.i else None
    if verb.dep_ == "conj" and verb.tag_ in ("VBP", "VBZ") and before is not None and before.dep_ == "conj" and \
            before.head.dep_ == "dobj" and before.pos_ == "NOUN" and \
            before.tag_ == ("NNS" if verb.tag_ == "VBP" else "NN") and \
            not any(c.dep_ == "nsubj" for c in verb.children) and not in_quote(quotes, before.idx):
        return [before]  # 'only the governor may grant clemency, and opponents point to ...': the parser made the subject of
        # the second clause an object of the first
    for _ in range(5):
        subjects = [c for c in current.children if c.dep_ == "nsubj" and not in_quote(quotes, c.idx)]
        if subjects:
            subject = min(subjects, key=lambda c: abs(c.i - current.i))  # "They ..., the lawyer said"
            if subject.lower_ in ("who", "that", "which") and current.dep_ == "relcl":
                subject = current.head
            out = [subject]
            out += [c for c in subject.children if c.dep_ == "conj" and c.pos_ in ("NOUN", "PROPN")]
            out += [c for a in subject.children if a.dep_ == "appos" and a.ent_type_ == "PERSON" for c in a.children
                    if c.dep_ == "conj" and c.tag_ == "NNS"]  # "Jon's mother, Ann Roe, and other relatives said"
            return out
        if current.dep_ in climbable and current.head.i != current.i:
            current = current.head
            if current.dep_ == "prep":
                current = current.head
            climbable = ("conj", "pcomp", "xcomp")  # 'trying to get out ... by telling him'
            continue
        break
    return []


def _reduced_relative_subject(verb: Token) -> Token | None:
    """The noun before a participle the parser made a clause of its own, right before a subjectless speech verb
    ('The people interviewed said ...', 'People interrogated stated ...': the people speak). None otherwise."""
    if verb.i < 2 or any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        return None
    participle, noun = verb.doc[verb.i - 1], verb.doc[verb.i - 2]
    if participle.head.i == verb.i and participle.tag_ in ("VBD", "VBN") and noun.dep_ == "nsubj" and \
            noun.head.i == participle.i and noun.pos_ in ("NOUN", "PROPN"):
        return noun
    return None


# verbs of saying whose object is the one who hears ("told CNN", "briefed the BBC"); the object of others is
# what is spoken of ("criticised the BBC", "condemned Kestrel News")
HEARER_OBJECT_VERBS = {"tell", "inform", "notify", "brief", "assure", "warn", "remind", "advise", "update", "email",
                       "text", "message", "ask", "answer"}


def _via(verb: Token) -> str:
    """Outlet the speaker talked to, named in the cue: 'told RFE/RL', 'told the newspaper Novaya Gazeta', 'spoke
    to CNN', 'in an interview with The Associated Press'."""
    candidates = [c for c in verb.children if c.dep_ in ("dative", "iobj") or
                  c.dep_ == "dobj" and verb.lemma_.lower() in HEARER_OBJECT_VERBS]
    if verb.lemma_.lower() in ("quote", "cite"):  # "Interfax quoted an official", "a source quoted by TASS",
        # "quoted telling X", "Mediazona cites convicts"
        candidates = [c for c in verb.children if c.dep_ == "nsubj"]
        candidates += [o for c in verb.children if c.dep_ == "agent" for o in c.children if o.dep_ == "pobj"]
        candidates += [o for c in verb.children if c.lemma_ in ("say", "tell") for o in c.children
                       if o.dep_ in ("dobj", "dative")]
    for prep in [c for c in verb.children if c.dep_ in ("prep", "dative")]:
        for obj in prep.children:
            if obj.dep_ != "pobj":
                continue
            if prep.lower_ in ("to", "with"):
                candidates.append(obj)
            candidates += [o for p in obj.children if p.dep_ == "prep" and p.lower_ in ("with", "to", "by")
                           for o in p.children if o.dep_ == "pobj"]  # "in an interview with X"
    for candidate in candidates:
        phrase = [t for t in candidate.subtree if not any(a.dep_ in ("relcl", "acl") for a in path_up(t, candidate))]
        if any(t.lemma_.lower() in MEDIA_NOUNS for t in phrase) and phrase[-1].pos_ == "PROPN":
            # "the Telegram channel Grey Zone", "the newspaper Novaya Gazeta": a named outlet not in outlets.csv
            names = [clean_name(candidate.doc[slice(*name_span(phrase[-1]))].text)]
            known = [canonical_outlet(n) for n in names if canonical_outlet(n) in outlet_names()]
            return known[0] if known else names[0]
        names = [clean_name("".join(t.text_with_ws for t in phrase))]
        names += [clean_name(candidate.doc[slice(*name_span(t))].text) for t in phrase if t.pos_ == "PROPN"]
        for name in names:
            outlet = canonical_outlet(name)
            if outlet in outlet_names():
                return outlet
    return ""


CUT_OFF_TAG = re.compile(r"""["\u201c][^"\u201c\u201d]{3,}[,?!]["\u201d]\s+[^\W\d]""")


def _heading(article: Article, paragraph: int) -> bool:
    """A heading of the corpus layer (short, no final punctuation), unless it is the page's last paragraph, cut off
    where the stored text ends, that opens with a quotation and its tag ('"That never happened," said the mayor,
    whose fami'): the story's last line, not a heading."""
    para = article.paragraphs[paragraph]
    if para.kind != "heading":
        return False
    return not (paragraph == len(article.paragraphs) - 1 and paragraph > 0 and
                CUT_OFF_TAG.match(article.body, para.start, para.end))


def _cue_tokens(doc: Doc, article: Article, skipped: set[int], quotes: list[QuoteSpan]) -> list[tuple[Token, list]]:
    out = []
    tokens = token_lists(doc)
    for i, lemma in enumerate(tokens.lemma):
        if tokens.lower[i] != "according" and lemma.lower() not in CUE_LEMMAS | PHRASAL_SPEECH.keys() | \
                PREPOSITIONAL_SPEECH.keys() | SPEECH_NOUNS:
            continue  # none of the cases below
        token = doc[i]
        paragraph = _paragraph_of(article, token.idx)
        if paragraph in skipped or paragraph < 0 or in_quote(quotes, token.idx):
            continue
        if _heading(article, paragraph):
            continue
        if lemma.lower() == "call" and _calls_it_quoted(token, quotes):
            root = token.sent.root  # 'Yuri Mal, the editor's deputy who left ..., called ...' parsed as a noun phrase
            out.append((token, _subject_of(token, quotes) or ([root] if root.pos_ == "PROPN" and root.i < token.i and
                                                              not in_quote(quotes, root.idx) else [])))
            # 'Yuri Mal called the verdict "a shame for the court"'
            continue
        if token.lemma_.lower() in SPEECH_NOUNS and token.pos_ == "NOUN":
            owners = [c for c in token.children if c.dep_ == "poss" and c.pos_ in ("PROPN", "NOUN") and
                      not in_quote(quotes, c.idx)]
            if owners:
                out.append((token, owners[:1]))  # "despite Putin's denial of any link": Putin denies it
            continue
        if token.tag_ == "VB" and token.dep_ in ("ccomp", "xcomp") and token.head.lemma_.lower() in PERCEPTION_LEMMAS:
            continue  # "to hear Prigozhin speak": an event seen or heard, not speech reported
        if token.lower_ == "according" and any(c.lower_ == "to" for c in token.children):
            to = next(c for c in token.children if c.lower_ == "to")
            named = [c for c in to.children if c.dep_ == "pobj"]
            named += [c for o in named for c in o.children if c.dep_ == "conj"]  # 'reports by analysts and videos'
            objects = [_report_author(c) for c in named]
            objects += [c for o in objects for c in o.children if c.dep_ == "conj" and c not in named]
            out.append((token, objects))
        elif token.lemma_.lower() in SPEECH_LEMMAS and token.dep_ == "acl" and token.head.dep_ == "ROOT" and \
                token.head.pos_ in ("NOUN", "PROPN") and any(c.dep_ == "ccomp" for c in token.children) and \
                token.i == token.head.i + 1:
            out.append((token, [token.head]))  # "The British intelligence service announced that ..." misparsed
        elif token.lemma_.lower() in SPEECH_LEMMAS and token.dep_ == "acl" and token.tag_ == "VBG" and \
                token.head.pos_ in ("NOUN", "PROPN") and token.i > 0 and doc[token.i - 1].text == "," and \
                any(c.dep_ == "ccomp" for c in token.children) and not in_quote(quotes, token.head.idx):
            out.append((token, [token.head]))  # "Halm, who was asked ..., unloaded on analysts, saying that ..."
        elif _speech_verb(token) and token.dep_ == "acl" and doc[token.i - 1].text == "," and (
                token.tag_ == "VBD" or token.tag_ == "VBN" and any(t.text == ":" for t in doc[token.i:token.i + 12])) \
                and token.head.i < token.i and token.head.pos_ in ("NOUN", "PROPN") and \
                not in_quote(quotes, token.head.idx) and \
                any(c.dep_ == "relcl" and token.head.i < c.i < token.i for c in token.head.children):
            out.append((token, [token.head]))  # 'The woman, who is not visible on camera, yelled from the car:
            # "..."': the parser hung the verb after the relative clause on the noun; the noun is its subject
        elif _speech_verb(token) and token.dep_ == "acl" and token.tag_ == "VBG" and \
                token.head.lemma_.lower() in DOCUMENT_NOUNS and not in_quote(quotes, token.head.idx):
            issuer = [c for c in token.head.head.children if c.dep_ == "nsubj" and not in_quote(quotes, c.idx)] \
                if token.head.dep_ == "dobj" and token.head.head.lemma_.lower() in WRITING_LEMMAS else []
            out.append((token, [_report_author(s) for s in issuer] or [token.head]))  # "X issued a statement saying
            # that ...": X says it; "a statement saying that ...": the statement
        elif token.lemma_.lower() in STATEMENT_LEMMAS and (agents := _passive_agents(token, quotes)) and \
                (token.lemma_.lower() not in ENDORSING_LEMMAS or _speech_verb(token)):
            out.append((token, agents))  # "This was stated by Dmitry Peskov"
        elif _puts_figure_at(token):
            out.append((token, _subject_of(token, quotes) or _subject_by_position(token, quotes)))
        elif _quoted_as_saying(token):
            continue  # the "saying" of "X quoted Y as saying": the cue is "quoted", its speaker Y
        elif token.lemma_.lower() in ("quote", "cite") and (quoted := _cited_after_quotation(token, quotes)):
            out.append((token, quoted))  # '"...," Mediazona's source cites Orlov': Orlov's words, passed on
        elif token.lemma_.lower() in RELAYING_LEMMAS and (relayed := _words_relayed(token, quotes)):
            out.append((token, relayed))  # '"...," the prisoner quotes from memory the speech of a man who ...'
        elif token.lemma_.lower() in ("quote", "cite") and (quoted := _quoted_speaker(token, quotes)):
            out.append((token, quoted))  # "Interfax quoted an official as saying", "an inmate was quoted telling",
            # "Novar cited a source in the prison service as saying"
        elif _speech_verb(token) and token.pos_ in ("VERB", "AUX") and token.dep_ not in (
                "amod", "acl") and not any(c.dep_ in ("auxpass", "neg") for c in token.children):
            if token.lemma_ in DOCUMENT_ONLY_LEMMAS:
                subjects = _subject_of(token, quotes)
                phrase = noun_phrase(subjects[0]) if subjects else ""
                textual = classify(phrase, is_person=False) in ("document or leaked correspondence", "media outlet") \
                    or any(c.dep_ == "appos" and c.lemma_.lower() in MEDIA_NOUNS for s in subjects[:1] for c in s.children)
                finder = token.lemma_ in FINDING_LEMMAS and bool(subjects) and \
                    subjects[0].lemma_.lower() in FINDING_BODIES | {b.rstrip("s") for b in FINDING_BODIES} and \
                    not any(t.lower_ in ("guilty", "innocent", "liable") for t in token.subtree)  # a verdict: an act
                if not subjects or not (textual or subjects[0].lemma_ in REPORT_NOUNS or finder):
                    continue
            if _generic_statement(token):
                continue  # 'The president declares a person forgiven': what an office does, not what was said
            if token.lemma_.lower() in ("speak", "talk") and not any(c.dep_ in ("ccomp", "dobj") for c in token.children) \
                    and (token.dep_ == "pcomp" and token.head.lower_ in ("after", "before", "while", "since", "without",
                                                                          "upon", "on") or
                         token.dep_ in ("advcl", "xcomp") and token.tag_ == "VB" and
                         any(c.dep_ == "aux" and c.lower_ == "to" for c in token.children)):
                continue  # 'overturned a penalty after talking to his assistant', 'walked on to speak to the referee':
                # a talk had or meant, nothing it said reported
            if token.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in HYPOTHETICAL_MARKS for c in token.children):
                continue  # 'If Brandt declares victory early, he added, ...': speech supposed, not reported
            subjects = _inverted_subject(token, quotes) or _subject_of(token, quotes) or \
                _subject_by_position(token, quotes)
            if any(_denied_subject(s) for s in subjects):
                continue  # 'neither the Kremlin nor the FSIN had explained': nobody said anything
            if token.lemma_.lower() == "report" and subjects and subjects[0].ent_type_ == "PERSON" and (outlet := next((
                    o for c in token.children if c.dep_ == "prep" and c.lower_ in ("in", "for") for o in c.children
                    if o.dep_ == "pobj" and o.pos_ == "PROPN" and _is_outlet_name(o)), None)) is not None:
                subjects = [outlet]  # 'Ann Roe reports in the Lenz Gazette:': a reporter's story is the outlet's
            if token.lemma_.lower() in ("speak", "talk") and subjects and subjects[0].pos_ == "PROPN" and \
                    _is_outlet_name(subjects[0]):
                subjects = [o for c in token.children if c.dep_ == "prep" and c.lower_ in ("to", "with")
                            for o in c.children if o.dep_ == "pobj" and not in_quote(quotes, o.idx)]
                # 'The Courier spoke to the widow of one miner': the widow is the source, the outlet her hearer
                if not subjects:
                    continue
            out.append((token, [_report_author(s) for s in subjects]))  # 'an update by the UK ministry confirmed'
    return out


# what a verb of saying takes when it says nothing: 'the storm claimed 59 lives', 'she claimed the title'
UNSPOKEN_OBJECTS = {"claim": {"life", "lives", "victim", "title", "prize", "medal", "trophy", "crown"},
                    # an act done by declaring it, no claim of fact: 'declared a state of emergency', 'declared war'
                    "declare": {"state", "emergency", "disaster", "war", "curfew", "holiday", "independence",
                                "mourning", "bankruptcy", "ceasefire", "truce", "amnesty"}}
REFUSING_LEMMAS = {"deny"}  # with a person it is done to ('denied him a rest', 'denied them bail'): a refusal
OBJECT_PRONOUNS = {"him", "them", "me", "us"}


def _tags_quotation(verb: Token) -> bool:
    """The verb follows a quotation's closing mark ('"...," began anchor John Doe'), or its subject does and it
    takes no object after it ('"...," the club's page shared'; not 'the page shared a photo')."""
    closing = ('"', "”", "''")
    if verb.i > 0 and verb.doc[verb.i - 1].text in closing:
        return True
    subjects = [c for c in verb.children if c.dep_ == "nsubj" and c.i < verb.i]
    return bool(subjects) and subjects[0].left_edge.i > 0 and verb.doc[subjects[0].left_edge.i - 1].text in closing \
        and not any(c.dep_ == "dobj" and c.i > verb.i for c in verb.children)


def _speech_verb(token: Token) -> bool:
    """A verb of saying: one of `SPEECH_LEMMAS`, or a phrasal one with its particle ('pointed out'), unless its
    object says it took something (`UNSPOKEN_OBJECTS`) or it refuses someone something (`REFUSING_LEMMAS`)."""
    lemma = token.lemma_.lower()
    if any(c.dep_ == "dobj" and c.lemma_.lower() in UNSPOKEN_OBJECTS.get(lemma, ()) for c in token.children):
        return False
    if lemma == "tell" and any(c.dep_ in ("dobj", "dative") for c in token.children) and \
            any(c.dep_ == "xcomp" and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
                for c in token.children) and not any(c.dep_ == "ccomp" for c in token.children):
        return False  # 'told students to stay away': an order, no claim of fact
    if lemma in ENDORSING_LEMMAS:  # what is backed is a claim: its object, or the noun a passive says it of
        backed = [c for c in token.children if c.dep_ in ("dobj", "nsubjpass")]
        backed += [token.head] if token.dep_ == "acl" else []
        return any(b.lemma_.lower() in CLAIM_NOUNS or b.lower_ in CLAIM_NOUNS for b in backed)
    if lemma in TAG_ONLY_LEMMAS and not _tags_quotation(token):
        return False  # 'officials began recruiting': no tag; '"...," began anchor John Doe': one
    if lemma in REFUSING_LEMMAS and any(c.dep_ in ("dative", "iobj") or c.lower_ in OBJECT_PRONOUNS or
                                        any(g.lower_ in OBJECT_PRONOUNS for g in c.children) for c in token.children):
        return False  # 'his boss denied him a rest': refused him something, said nothing
    if lemma in PHRASAL_SPEECH and any(c.dep_ == "prt" and c.lower_ == PHRASAL_SPEECH[lemma] for c in token.children):
        return True
    if lemma in POINTING_LEMMAS:  # 'critics point to the fact that ...', not 'pointed to the door'
        return any(c.dep_ == "prep" and c.lower_ == "to" and any(
            o.dep_ == "pobj" and (o.lemma_.lower() in POINTED_AT or any(g.dep_ in ("acl", "relcl", "ccomp")
                                                                       for g in o.children)) for o in c.children)
            for c in token.children)
    if lemma in PHRASAL_SPEECH:
        return False
    if lemma in PREPOSITIONAL_SPEECH:  # "the union called for a strike": urged it; not "call them up for duty"
        return any(c.dep_ == "prep" and c.lower_ == PREPOSITIONAL_SPEECH[lemma] for c in token.children) and \
            not any(c.dep_ in ("dobj", "prt", "dative", "oprd", "attr") for c in token.children)
    return lemma in SPEECH_LEMMAS


def _denied_subject(subject: Token) -> bool:
    """A subject the sentence says did not speak: one of 'neither X, nor Y' ('neither the Kremlin nor the prison
    service had explained')."""
    first = subject
    while first.dep_ == "conj" and first.head != first:
        first = first.head
    return any(c.dep_ == "preconj" and c.lower_ == "neither" for c in first.children) or \
        any(c.dep_ == "cc" and c.lower_ == "nor" for c in subject.children)


def _generic_statement(verb: Token) -> bool:
    """A speech verb in the simple present (not 'says', the reporting present) with a common noun as its subject
    that tells what is done in general: under a condition ('declares a state of emergency when ...'), or to an
    indefinite object ('declares a person officially forgiven', 'announces a pardon')."""
    if verb.tag_ not in ("VBZ", "VBP") or verb.lemma_.lower() == "say" or \
            not any(c.dep_ == "nsubj" and c.pos_ == "NOUN" for c in verb.children):
        return False
    conditional = any(c.dep_ == "advcl" and any(g.lower_ in GENERIC_CONDITIONS and g.dep_ in ("advmod", "mark")
                                                for g in c.children) for c in verb.children)
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    objects += [g for c in verb.children if c.dep_ in ("ccomp", "oprd") and c.tag_ == "VBN" and
                not any(a.dep_ in ("aux", "auxpass") for a in c.children) for g in c.children if g.dep_ == "nsubj"]
    return conditional or any(d.dep_ == "det" and d.lower_ in ("a", "an") for o in objects for d in o.children)


AUTHORED_NOUNS = REPORT_NOUNS | {"reporting", "data", "figure", "estimate", "update", "assessment", "statement",
                                 # research and recordings someone made ('a search of court records by Verstka
                                 # found', 'according to video by KTVB')
                                 "search", "review", "study", "survey", "poll", "tally", "count", "research",
                                 "audit", "video", "footage", "recording"}


def _report_author(token: Token) -> Token:
    """Who is behind a report that "according to" names ('according to a report by CNBC', 'according to new
    reporting out Saturday by the outlet Mediazona', 'according to data from the ministry'): the object of its
    first 'by' or 'from'; the token itself for anything else."""
    if not {token.lemma_.lower(), token.lower_} & AUTHORED_NOUNS or any(c.dep_ == "poss" for c in token.children):
        return token  # 'its research based on data from X': the owner's research
    authors = [o for t in token.subtree if t.dep_ in ("prep", "agent") and t.lower_ in ("by", "from")
               for o in t.children if o.dep_ == "pobj"]
    # ... or the outlet it is in ('according to a report in Time', 'a report in the Lenz Gazette'; not 'in March')
    authors += [o for t in token.children if t.dep_ == "prep" and t.lower_ == "in" for o in t.children
                if o.dep_ == "pobj" and o.pos_ == "PROPN" and _is_outlet_name(o)]
    return authors[0] if authors else token


HYPOTHETICAL_MARKS = {"if", "unless", "whether", "lest"}  # a speech verb in a clause they open says nothing yet


def _calls_it_quoted(verb: Token, quotes: list[QuoteSpan]) -> bool:
    """'X called the verdict "a shame for the court"': the verb 'call' with an object and, right after it in the
    same clause, a quotation of more than three words, which is what the subject called it: their words. Not 'called
    for', 'called the police', nor a quoted term ('calls it a "special operation"')."""
    if verb.pos_ != "VERB" or not any(c.dep_ == "dobj" and c.i > verb.i for c in verb.children) or \
            any(c.dep_ == "auxpass" for c in verb.children):
        return False
    text = nlp.text_of(verb.doc)
    end = verb.idx + len(verb)
    return any(0 < q.start - end <= 80 and re.fullmatch(r"(?:[^.,;:!?\"“”‘’']|(?<=\w)['’](?=\w))+\s*[\"“‘']?\s*",
                                                text[end:q.start]) and
               len(text[q.start:q.end].split()) > 3 for q in quotes)


def _is_outlet_name(token: Token) -> bool:
    """The proper name `token` heads is an outlet of data/outlets.csv or named like one ('Lenz Gazette')."""
    name = " ".join(t.text for t in token.subtree if t.dep_ != "det")
    return canonical_outlet(name) in outlet_names() or bool(re.fullmatch(OUTLET_NAME, name))


GENERIC_CONDITIONS = {"when", "whenever", "if", "once"}  # a present-tense act under one is done in general
PERCEPTION_LEMMAS = {"hear", "see", "watch", "listen", "witness"}  # "heard him speak": no speech reported
PHRASAL_SPEECH = {"point": "out"}  # verbs of saying only with their particle: "Mediazona pointed out that ..."
# what a person said, named by a noun with the person as its owner ("Putin's denial of any link", "the
# ministry's warning that"): the owner speaks
SPEECH_NOUNS = {"denial", "denials", "claim", "claims", "warning", "warnings", "admission", "assertion", "assertions",
                "accusation", "accusations", "allegation", "allegations", "insistence", "announcement", "remarks",
                "comments", "testimony", "confession"}
POINTING_LEMMAS = {"point"}  # ... or 'to' a fact, a record, evidence, or anything a clause says ('point to the fact the
# Kremlin has not published ...')
POINTED_AT = {"fact", "evidence", "record", "records", "data", "figure", "figures", "report", "reports", "study"}
PREPOSITIONAL_SPEECH = {"call": "for"}  # ... or with their preposition: "the family called for a harsher sentence"


def _passive_agents(verb: Token, quotes: list[QuoteSpan]) -> list[Token]:
    """The speaker of a passive speech verb, named by its agent: "this was stated by Peskov", "was announced by
    the ministry", "as reported by the news agency UNIAN", "was reported in a statement from the X District and the
    Y Department" (each). [] without an agent ("was told", "is said to")."""
    passive = any(c.dep_ == "auxpass" for c in verb.children) or \
        verb.tag_ == "VBN" and any(c.dep_ == "mark" and c.lower_ == "as" for c in verb.children) or \
        verb.tag_ == "VBN" and verb.dep_ == "acl" and verb.lemma_.lower() in CONDEMNING_LEMMAS | ENDORSING_LEMMAS and \
        any(c.dep_ == "agent" for c in verb.children)  # 'a practice deplored by rights groups'
    if verb.pos_ != "VERB" or not passive or any(c.dep_ == "neg" for c in verb.children):
        return []
    agents = [o for c in verb.children if c.dep_ == "agent" for o in c.children
              if o.dep_ == "pobj" and not in_quote(quotes, o.idx)]
    # "was reported in a statement from the health district": the document's sender
    agents += [w for c in verb.children if c.dep_ == "prep" and c.lower_ == "in" for d in c.children
               if d.dep_ == "pobj" and d.lemma_.lower() in DOCUMENT_NOUNS for p in d.children
               if p.dep_ == "prep" and p.lower_ in ("from", "by") for w in p.children
               if w.dep_ == "pobj" and not in_quote(quotes, w.idx)]
    return agents + [c for a in agents for c in a.children if c.dep_ == "conj"]


ESTIMATE_NOUNS = {"toll", "number", "figure", "count", "total", "cost", "loss", "losses", "casualty", "damage"}


def _puts_figure_at(token: Token) -> bool:
    """"X put the death toll at 217": an estimate, attributed like a speech verb."""
    return token.lemma_.lower() in ("put", "place") and token.pos_ == "VERB" and \
        any(c.dep_ == "dobj" and c.lemma_.lower() in ESTIMATE_NOUNS for c in token.children) and \
        any(c.dep_ == "prep" and c.lower_ == "at" for c in token.children)


def _quoted_as_saying(token: Token) -> bool:
    head = token.head.head if token.head.lower_ == "as" else token.head
    return token.lemma_ in ("say", "tell") and token.dep_ in ("pcomp", "xcomp", "advcl") and \
        head.lemma_.lower() in ("quote", "cite")


def _cited_after_quotation(verb: Token, quotes: list[QuoteSpan]) -> list[Token]:
    """The person a source quotes or cites right after a quotation ('"...," Mediazona's source cites Orlov', '"...,"
    a guard quotes him'): the verb's object, whose words the quotation holds. [] for any other use ('the report
    cites figures', 'she quoted the decree')."""
    text = nlp.text_of(verb.doc)
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    if verb.tag_ not in ("VBZ", "VBD", "VBP") or not subjects or not any(
            0 <= subjects[0].left_edge.idx - q.end <= 4 and not re.search(r"\w", text[q.end:subjects[0].left_edge.idx])
            for q in quotes):
        return []
    return [c for c in verb.children if c.dep_ == "dobj" and c.i == verb.i + 1 and
            (c.pos_ == "PROPN" or c.lower_ in ("him", "her", "them"))]


RELAYING_LEMMAS = {"quote", "cite", "recall", "recount", "repeat", "relay", "paraphrase"}
WORDS_NOUNS = {"speech", "words", "word", "remarks", "address", "message", "statement", "phrase", "lecture", "pep"}


def _words_relayed(verb: Token, quotes: list[QuoteSpan]) -> list[Token]:
    """The person whose words a source passes on ('the prisoner quotes from memory the speech of a man who called
    himself Orlov', 'she recalls the words of her commander'): the owner of the speech or words the verb takes,
    written after 'of' or as a possessive; [] for any other object."""
    found = []
    for obj in (c for c in verb.children if c.dep_ == "dobj" and c.lemma_.lower() in WORDS_NOUNS):
        found += [g for c in obj.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children
                  if g.dep_ == "pobj" and not in_quote(quotes, g.idx)]
        found += [c for c in obj.children if c.dep_ == "poss" and c.pos_ in ("PROPN", "NOUN") and
                  not in_quote(quotes, c.idx)]
    return found


def _quoted_speaker(verb: Token, quotes: list[QuoteSpan]) -> list[Token]:
    """The person an outlet quotes: the object of "X quoted Y as saying", the subject of "Y was quoted (as)
    saying / telling", the noun "quoted by X" describes ("a police source quoted by TASS"). [] for any other
    use of the verb ("she quoted the decree")."""
    scope = verb.sent if verb.dep_ == "acl" else verb.subtree  # "a source quoted by TASS played it down, saying"
    says = any(t.lemma_ in ("say", "tell", "state", "add") and t.i > verb.i for t in scope)
    if not says:
        return []
    if any(c.dep_ == "auxpass" for c in verb.children):
        return [c for c in verb.children if c.dep_ == "nsubjpass" and not in_quote(quotes, c.idx)]
    if verb.dep_ == "acl" and verb.head.pos_ in ("NOUN", "PROPN"):
        return [verb.head]
    return [c for c in verb.children if c.dep_ == "dobj" and not in_quote(quotes, c.idx)]


def _inverted_subject(verb: Token, quotes: list[QuoteSpan]) -> list[Token]:
    """'"Heroes," scoffed Volkova': a verb right after a closing quotation mark, parsed with the quoted word as
    its subject and the speaker's name as an object; the name just after the verb speaks."""
    text = nlp.text_of(verb.doc)
    if verb.tag_ not in ("VBD", "VBZ", "VBP") or not any(
            0 <= verb.idx - q.end <= 4 and not re.search(r"\w", text[q.end:verb.idx]) for q in quotes):
        return []
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    if subjects and not any(q.start <= subjects[0].idx < q.end for q in quotes):
        return []
    after = [c for c in verb.rights if c.dep_ in ("dobj", "npadvmod", "attr", "appos", "dative", "oprd") and
             c.pos_ in ("PROPN", "NOUN")]
    following = verb.doc[verb.i + 1] if verb.i + 1 < len(verb.doc) else None
    if not after and not subjects and following is not None and following.pos_ == "PROPN" and \
            following.ent_type_ == "PERSON":
        # '"It was scary," said Irma Gonzalez, 59, whose flat is by the creek': the name the parser made the
        # subject of the clause after it
        while following.i + 1 < len(verb.doc) and verb.doc[following.i + 1].pos_ == "PROPN" and \
                verb.doc[following.i + 1].ent_type_ == "PERSON":
            following = verb.doc[following.i + 1]
        return [following]
    if not after or after[0].left_edge.i != verb.i + 1:
        return []
    following = verb.doc[after[0].right_edge.i + 1] if after[0].right_edge.i + 1 < len(verb.doc) else None
    return after[:1] if following is None or following.text in (".", ",", ";", "!") or \
        following.dep_ == "prep" and following.head.i == verb.i else []  # '..., writes a man in a chatroom.'


def _subject_by_position(verb: Token, quotes: list[QuoteSpan]) -> list[Token]:
    """When the parser gives a speech verb no subject, take it from the words before the verb: after a closing
    quotation mark ('"...," a representative of X told RFE/RL' misparsed), or the noun phrase just before a
    sentence-final verb ('..., human rights activists and legal experts say.')."""
    sentence = verb.sent
    ends = [q.end for q in quotes if sentence.start_char <= q.end <= verb.idx]
    if ends:
        lo = max(ends)
    elif _ends_clause(verb) and verb.i > 0 and verb.doc[verb.i - 1].pos_ in ("NOUN", "PROPN"):
        base = verb.doc[verb.i - 1]
        while base.dep_ == "pobj" and base.head.dep_ == "prep" and base.head.head.pos_ in ("NOUN", "PROPN") and \
                base.head.lower_ in ("of", "for", "at", "from", "with"):
            base = base.head.head  # "relatives of prisoners said" -> relatives; not "in the first half Coyle stated"
        return _with_conjuncts(base.head if base.dep_ == "conj" and base.head.pos_ in ("NOUN", "PROPN") else base)
    else:
        return []
    window = [t for t in sentence if lo <= t.idx < verb.idx and not in_quote(quotes, t.idx)]
    indices = {t.i for t in window}
    heads = [t for t in window if t.head.i not in indices and t.pos_ in ("NOUN", "PROPN", "PRON") or
             _age_epithet(t) is not None]  # '"...," the 31-year-old said': the parser finds no noun
    return _with_conjuncts(heads[0]) if heads else []


def _ends_clause(verb: Token) -> bool:
    """The verb is followed by a period, a comma or nothing (a parenthetical 'X said.')."""
    following = verb.doc[verb.i + 1] if verb.i + 1 < len(verb.doc) else None
    return following is None or following.text in (".", ",", ";", "\n\n") or following.is_space


def _comma_name(token: Token) -> tuple[int, int] | None:
    """(start, end) token range of an organisation's name holding commas that `token` is part of: capitalised
    words joined by commas and 'and', ending in an organisation noun ('Workers, Allied and General Union',
    'National Education, Health and Allied Workers' Union'), with no part a known institution or outlet
    ('Lumex, Tesla and General Motors Corporation' is three)."""
    doc = token.doc
    if not token.text[:1].isupper():
        return None

    def in_name(t: Token) -> bool:
        return t.text[:1].isupper() and t.is_alpha and t.pos_ != "DET" or t.text in (",", "and", "&", "'", "’") or \
            t.tag_ == "POS"

    start, end = token.i, token.i + 1
    while start > 0 and in_name(doc[start - 1]):
        start -= 1
    while end < len(doc) and in_name(doc[end]):
        end += 1
    while start < token.i and (not doc[start].is_alpha or doc[start].lower_ == "and"):
        start += 1
    while end > start and doc[end - 1].lower_ not in organisation_nouns():
        end -= 1
    words = doc[start:end]
    if end <= token.i or not any(t.text == "," for t in words):
        return None
    first = [t for t in words[:next(i for i, t in enumerate(words) if t.text == ",")] if t.is_alpha]
    if first and all(t.ent_type_ == "PERSON" for t in first):
        return None  # 'says Dana Holt, Lenz University professor': a person, then her post
    parts = re.split(r"\s*,\s*|\s+(?:and|&)\s+", words.text)
    if any(institution(part) or canonical_outlet(part) in outlet_names() for part in parts):
        return None  # ('..., Lenz Valley News reported': the outlet, not a name with commas)
    if any(t.ent_type_ in ("GPE", "LOC") for t in words if t.text != ",") and \
            all(t.ent_type_ in ("GPE", "LOC") for t in words[:next(i for i, t in enumerate(words) if t.text == ",")]):
        return None  # '20 miles east of Denton, Lenz Valley News reported': a place before the comma is no name's
    return start, end


def _with_conjuncts(token: Token) -> list[Token]:
    return [token] + [c for c in token.subtree if c.dep_ == "conj" and c.pos_ in ("NOUN", "PROPN")
                      and c.head.i in {token.i} | {x.i for x in token.subtree if x.dep_ == "conj"}]


def _sentence_bounds(article: Article, token: Token, paragraph: int) -> tuple[int, int]:
    para = article.paragraphs[paragraph]
    sentence = article.sentence_at(token.idx)
    if sentence is None:
        return para.start, para.end
    return max(sentence.start, para.start), min(sentence.end, para.end)


def _find_cues(article: Article, doc: Doc, resolver: Resolver, skipped: set[int],
               quotes: list[QuoteSpan]) -> list[Cue]:
    cues: list[Cue] = []
    found = _cue_tokens(doc, article, skipped, quotes)
    cue_verbs = {verb.i for verb, subjects in found if subjects}
    for verb, subjects in found:
        paragraph = _paragraph_of(article, verb.idx)
        bounds = _sentence_bounds(article, verb, paragraph)
        inside_other = verb.lower_ != "according" and any(
            a.i in cue_verbs and bounds[0] <= a.idx < bounds[1] for a in verb.ancestors)
        named_runs = set()
        for subject in subjects:
            run = _comma_name(subject)
            if run is not None and run in named_runs:
                continue  # the other words of an organisation's name with commas
            if run is not None:  # 'The Workers, Allied and General Union said': one organisation
                named_runs.add(run)
                officer = run[1]  # '... Allied Workers' Union provincial secretary Ayanda Zulu told': its officer
                if officer < len(doc) and doc[officer].pos_ in ("NOUN", "PROPN", "ADJ"):
                    while officer + 1 < len(doc) and doc[officer + 1].pos_ in ("NOUN", "PROPN", "ADJ"):
                        officer += 1
                    if any(s.i == officer for s in subjects):
                        continue
                    run, subject = None, doc[officer]
            resolved = resolver.resolve(subject) if run is None else resolver.name_organisation(*run)
            if resolved is None and subject.lower_ == "they" and _next_to_quote(verb, subject, quotes):
                resolved = resolver.resolve_they(subject)
            if resolved is None:
                continue
            key, mention, reason = resolved
            if not inside_other:
                resolver.speakers.add(key)
                resolver.last_speaker = key
            cue_end = verb.idx + len(verb) + (3 if verb.lower_ == "according" else 0)
            cues.append(Cue(verb=verb, start=verb.idx, end=cue_end, source=key, mention=mention, reason=reason,
                            via=_via(verb), paragraph=paragraph, sentence=_sentence_bounds(article, verb, paragraph),
                            lead=min(verb.idx, subject.left_edge.idx)))
    resolver.link_epithet_subjects()
    resolver.merge_offices_named(cues)
    resolver.merge_relatives_named(cues)
    resolver.merge_lead_description(cues, unnamed_on_purpose=ANONYMITY)
    resolver.name_from_headline(cues, _headline_persons(article, resolver))
    _mark_nested(cues, resolver)
    _link_reported_cues(cues, resolver)
    for cue in cues:
        cue.text = _cue_text(cue)
    return cues


def _headline_persons(article: Article, resolver: Resolver) -> set[str]:
    """The names the headline may give a person, parsed only when the body has an unnamed speaker to name: its
    PERSON entities and its runs of proper nouns that name no known institution, outlet or country (a headline
    is too short for the tagger: 'Lund press conference: ...')."""
    if not article.title or not any(not s.named and s.kind == "person" for s in resolver.sources.values()):
        return set()
    doc = nlp.parse_text(article.title)
    found = {clean_name(e.text) for e in doc.ents if e.label_ == "PERSON"}
    for token in doc:
        if token.pos_ == "PROPN" and token.text[:1].isupper() and not (token.i and doc[token.i - 1].pos_ == "PROPN"):
            end = token.i + 1
            while end < len(doc) and doc[end].pos_ == "PROPN" and doc[end].text[:1].isupper():
                end += 1
            name = clean_name(doc[token.i:end].text)
            if name and not (institution(name) or name_noun_type(name) or canonical_outlet(name) in outlet_names() or
                             country_in(name)):  # not 'South African Broadcasting Corporation'
                found.add(name)
    return found


def _next_to_quote(verb: Token, subject: Token, quotes: list[QuoteSpan]) -> bool:
    """The cue directly follows or introduces a quotation ('"...," they said' / 'they said: "..."'), or reports
    one later in its sentence ('They told the newspaper that they were promised "a new life ..."')."""
    start = min(verb.idx, subject.idx)
    end = max(verb.idx + len(verb), subject.idx + len(subject))
    return any(0 <= start - q.end <= 4 or 0 <= q.start - end <= 4 or
               end < q.start < verb.sent.end_char and subject.dep_ == "nsubj" and subject.head.i == verb.i
               for q in quotes)


def _coordinated(verb: Token, ancestor: Token) -> bool:
    """`verb` hangs from `ancestor` through conjuncts only: a clause joined to it, not one it reports."""
    token = verb
    while token.i != ancestor.i:
        if token.dep_ != "conj" or token.head.i == token.i:
            return False
        token = token.head
    return True


def _contrasted(verb: Token, ancestor: Token) -> bool:
    """`verb` opens a clause that 'while' or 'whereas' sets against what `ancestor` reports ('A said she bought
    them, while her son said they were sold'): the writer sets two sources side by side."""
    return verb.dep_ == "advcl" and verb.i != ancestor.i and \
        any(c.dep_ == "mark" and c.lower_ in ("while", "whereas") for c in verb.children)


def _mark_nested(cues: list[Cue], resolver: Resolver) -> None:
    """Speech reported inside another source's speech ('she said he told her ...'): the paraphrase belongs to
    the outer source, though a quotation still goes to its nearest speaker. An outlet named inside ('X said
    ..., The Guardian reported') is a citation and is not nested, nor is speech an outlet's tag reports after it ('the judge
    told the court ..., the Journal reported': the judge speaks, the outlet cites her). 'X said, according to Y'
    marks Y's cue a relay: a quotation after it goes on with X, not Y."""
    speakers = defaultdict(set)  # verb index -> kinds of the sources whose cue it is
    for cue in cues:
        speakers[cue.verb.i].add(resolver.sources[cue.source].kind)
    for cue in cues:
        outer = [a for a in cue.verb.ancestors if a.i in speakers and a.i != cue.verb.i and
                 cue.sentence[0] <= a.idx < cue.sentence[1] and not (speakers[a.i] == {"outlet"} and a.i > cue.verb.i)
                 and not _coordinated(cue.verb, a) and not _contrasted(cue.verb, a)]  # 'A condemned the trial, and B
        # said ...', '... A said she threw them away, while her son said ...': B and the son speak too
        aside = cue.verb.dep_ == "acl" and cue.verb.head.dep_ in ("appos", "dep", "npadvmod", "advcl") and \
            cue.verb.doc[cue.verb.head.left_edge.i - 1].text == ","  # '..., an account later supported by X': the
        # writer's aside after the reported clause, not part of it
        cue.nested = bool(outer) and resolver.sources[cue.source].kind != "outlet" and cue.verb.lower_ != "according" \
            and not aside
    for relay in cues:  # 'X said, according to Y': Y passes X's words on; the quotations after it go on with X
        relay.relay = relay.verb.lower_ == "according" and any(
            c.verb.i == relay.verb.head.i < relay.verb.i and c.source != relay.source for c in cues)


def _link_reported_cues(cues: list[Cue], resolver: Resolver) -> None:
    """'X said ..., The Guardian reported': the outlet's cue reports X's. Mark X's cue with the outlet."""
    for outer in cues:
        if resolver.sources[outer.source].kind != "outlet":
            continue
        for inner in cues:
            if inner is outer or inner.sentence != outer.sentence or inner.source == outer.source:
                continue  # 'RT reported ..., with the channel claiming ...': the outlet's own words
            reported_after = outer.verb.head.i == inner.verb.i and outer.verb.i > inner.verb.i
            related = reported_after or inner.verb in list(outer.verb.subtree)
            if related:
                inner.outer = outer.source
                if not inner.via:
                    inner.via = outer.source


# ---------------------------------------------------------------- quotes

def _words(text: str) -> int:
    return len(re.findall(r"[\w'’-]+", text))


NAMING_VERBS = {"call", "name", "dub", "know", "label", "brand", "term", "nickname", "refer", "title", "introduce",
                "proclaim", "read", "christen", "style"}
NAME_INTRODUCERS = re.compile(
    r"\b(?:of|by|from|with|at|for|the|group|organi[sz]ation|foundation|movement|project|initiative|fund|outlet|"
    r"newspaper|channel|website|magazine|company|unit|battalion|detachment|NGO|charity|law|decree|operation|"
    r"programme|program|campaign|film|book|song|motto|hashtag|article|bill|documentary|report|slogan)\s*$", re.I)
TITLE_NOUNS = re.compile(  # a noun that a title follows: the quoted title may be long
    r"\b(?:project|initiative|programme|program|campaign|law|decree|bill|operation|film|documentary|book|report|"
    r"song|slogan|motto|article|exhibition|play|series|novel|album|show|hotline)\s*$", re.I)
QUOTED_NAME = "a name in quotation marks"
SMALL_WORDS = {"of", "the", "and", "for", "in", "on", "at", "to", "a", "an", "de", "&"}


def _quoted_name(article: Article, doc: Doc, span: QuoteSpan) -> bool:
    """A proper name in quotation marks ('the head of "Russia Behind Bars"'): Title Case words, no sentence
    punctuation, after a word that introduces a name ('of', 'the group') or recognised as an organisation."""
    text = article.body[span.start:span.end].rstrip(",")
    words = text.split()
    para = article.paragraphs[span.paragraph]
    before = article.folded[max(para.start, span.start - 30):max(span.start - 1, para.start)]
    after_naming_noun = TITLE_NOUNS.search(before) is not None  # 'the project "I Want to Go to My Own"'
    if not 1 <= len(words) <= (15 if after_naming_noun else 6) or text.endswith((".", "!", "?", ":", ";")) or not words[0][:1].isupper() or \
            not all(w[:1].isupper() or w[:1].isdigit() or w.lower() in SMALL_WORDS for w in words):
        return False
    if NAME_INTRODUCERS.search(before):
        return True
    tokens = doc.char_span(span.start, span.end, alignment_mode="expand")
    if tokens is not None and len(words) <= 4 and tokens.root.dep_ in ("nsubj", "nsubjpass") and \
            tokens.root.pos_ == "PROPN" and not span.start <= tokens.root.head.idx < span.end:
        return True  # '"Pavel" says he was wounded': the subject of a verb outside the marks, a name (a pseudonym)
    sentence = article.sentence_at(span.start)
    if sentence is None or not article.folded[sentence.start:span.start - 1].strip():
        return False  # a sentence that opens with a quotation ('"Heroes," she scoffed') is speech
    organisation = any(e.label_ in ("ORG", "FAC", "WORK_OF_ART", "LAW", "EVENT", "PRODUCT") and e.start_char <= span.start + 1 and
                       e.end_char >= span.end - 1 for e in doc.ents)
    return organisation or text.lower() in variant_table() or canonical_outlet(text) in outlet_names()


def _governing_path(doc: Doc, span: QuoteSpan, top: Token) -> list[Token] | None:
    """Tokens from the quotation's root up to (not including) `top`, or None when `top` does not govern it."""
    tokens = doc.char_span(span.start, span.end, alignment_mode="expand")
    if tokens is None or not len(tokens):
        return None
    root = tokens.root
    path = path_up(root, top)
    return path if path and path[-1].head.i == top.i else None


def _partial_quote_cue(article: Article, doc: Doc, span: QuoteSpan, cue: Cue | None, cues: list[Cue],
                       resolver: Resolver) -> Cue | None:
    """The cue of a partial quotation: a phrase in the clause that a person's speech verb governs ('she said
    the practice was "a time bomb"', 'adding that the ministry recruits "much more quietly"', 'described the
    conditions as "hell"'), a phrase in a sentence a person's reporting tag closes ('..., one of the members
    revealed'), or the object of a person's naming verb ('Petrov called the scheme "slavery"', 'the mayor of the
    town declared ..., calling it a "high-profile case"'). None when a naming verb or another source's speech verb
    comes between (a term someone else uses)."""
    cue_verbs = {c.verb.i: c.source for c in cues}
    tokens = doc.char_span(span.start, span.end, alignment_mode="expand")
    if cue is None:
        cue = next((c for c in cues if not c.nested and article.sentence_at(c.start) == article.sentence_at(
            span.start) and _governing_path(doc, span, c.verb) is not None), None)
    if tokens is None or not len(tokens) or (tokens.root.dep_ in ("compound", "amod", "nmod") and
                                             tokens.root.head.pos_ in ("NOUN", "PROPN") and not (
            span.start <= tokens.root.head.idx < span.end) and not _judging_words(tokens)):
        return None  # a quoted modifier of a noun outside the quotation ('"Storm-Z" units') is a label
    tag = _reporting_tag(article, span, cues)
    if tag is not None and (cue is None or cue is tag) and resolver.sources[tag.source].kind in ("person", "group"):
        return tag  # '... sent into a "total meat-grinder" without weapons, one of the members revealed.'
    frame = _according_frame(article, span, cues)
    if frame is not None and (cue is None or cue is frame) and resolver.sources[frame.source].kind in ("person", "group"):
        return frame  # 'According to him, ...; ..., any "private trading" ... are banned.': every clause is his
    according = cue is not None and cue.verb.lower_ == "according"
    if cue is not None and cue_verbs.get(cue.verb.i) == cue.source and (
            according or cue.verb.lemma_.lower() in SPEECH_LEMMAS) and \
            (resolver.sources[cue.source].kind in SPEAKING_KINDS or resolver.sources[cue.source].roles or
             _predicated(tokens)) and article.sentence_at(cue.start) == article.sentence_at(span.start):
        top = cue.verb.head if according else cue.verb  # 'According to X, the men were "..."': the clause's verb
        path = [] if according and tokens.root.i == top.i else _governing_path(doc, span, top)
        if top.lemma_.lower() in NAMING_VERBS:
            path = None  # 'According to X, the units are known as "..."'
        outer = [cue_verbs[a.i] for a in top.ancestors if a.i in cue_verbs]
        para = article.paragraphs[span.paragraph]
        named_as = NAMING_CUES.search(article.folded[max(para.start, span.start - 45):max(span.start - 1, para.start)])
        as_word = next((t for t in path or [] if t.lower_ == "as"), None)
        if named_as and not (as_word is not None and (as_word.head.i == top.i or (
                as_word.head.dep_ == "dobj" and as_word.head.head.i == top.i))):
            path = None  # 'so-called "storm units"', 'the term "refusenik"': a term, unless 'described X as "..."'
        judging = _judging_words(tokens)
        manner = len(tokens) == 1 and tokens.root.pos_ == "ADV" and tokens.root.dep_ == "advmod" and tokens.root.is_lower
        if path and path[-1].dep_ == "dobj" and any(
                t.dep_ in ("relcl", "acl") and t.pos_ in ("VERB", "AUX") and t.lemma_.lower() not in SPEECH_LEMMAS and
                any(c.dep_ in ("nsubj", "nsubjpass") for c in t.children) and
                not any(c.dep_ == "mark" for c in t.children) for t in path[:-1]):
            path = None  # 'published a video in which a man gives a "pep talk"': a clause describing what the verb
            # acts on, with a subject of its own, says nothing in the cue's words ('suggested the possibility that
            # ...', a clause with 'that', is what was suggested)
        if path is not None and all(source == cue.source for source in outer) and not any(
                t.lemma_.lower() in NAMING_VERBS or cue_verbs.get(t.i, cue.source) != cue.source and not (
                    judging and k > 0 and path[k - 1].dep_ == "dobj" or manner and k == 1) for k, t in enumerate(path)):
            return cue  # another's verb between speaks the words, unless they only judge its object ('said X
            # published "false" material': the judge's word for it) or the way the other spoke ('assessed that X
            # "partly" admitted it': the assessor's word)
    naming = next((a for a in tokens.root.ancestors if a.pos_ == "VERB"), None)
    if naming is None or naming.lemma_.lower() not in ("call", "label", "brand", "dub") and \
            not _judged_as(tokens, naming):
        return None
    subjects = [c for c in naming.children if c.dep_ == "nsubj"]
    if not subjects and naming.dep_ in ("advcl", "xcomp", "conj") and naming.tag_ == "VBG":
        # "Ned Price condemned the practice, calling it a "barbaric tactic"": the governing verb's subject
        subjects = [c for c in naming.head.children if c.dep_ == "nsubj"]
    resolved = resolver.resolve(subjects[0]) if subjects else None
    if resolved is None or resolver.sources[resolved[0]].kind not in ("person", "group") or any(
            cue_verbs.get(a.i, resolved[0]) != resolved[0] for a in naming.ancestors):
        return None  # 'Petrov said the guards called ...': someone else's words (an organisation's stay terms)
    key, mention, reason = resolved
    return Cue(verb=naming, start=naming.idx, end=naming.idx + len(naming), source=key, mention=mention,
               reason=reason, via="", paragraph=span.paragraph,
               sentence=_sentence_bounds(article, naming, span.paragraph), lead=subjects[0].left_edge.idx)


def _predicated(tokens) -> bool:
    """The quoted words are what a clause says its subject is ('said the government was the "patron" of the
    company', '... were "unlawful"'): a judgement in the speaker's words, an organisation's too, not a term it uses
    for a thing ('said the "special operation" goes on')."""
    return tokens.root.dep_ in ("attr", "acomp") and tokens.root.head.lemma_ == "be" and \
        all(t.is_lower or not t.is_alpha for t in tokens)


JUDGING_LEMMAS = {"slam", "criticise", "criticize", "hail", "herald", "praise", "condemn", "denounce", "blast",
                  "decry", "lambast", "deride", "characterise", "characterize", "welcome", "attack", "brand",
                  "describe", "portray", "depict"}
SPEAKING_KINDS = {"person", "group", "document"}  # sources whose speech clause's quoted words are their own; an
# organisation's may be its terms ('the ministry said the "special operation" goes on')


def _judging_words(tokens) -> bool:
    """Quoted lower-case adjectives ('printed "untrue and deceptive" leaflets'): a judgement in someone's words,
    not a label as a quoted name or noun before a noun is ('"Storm-Z" units')."""
    words = [t for t in tokens if t.is_alpha]
    return bool(words) and all(t.is_lower for t in words) and tokens.root.pos_ == "ADJ"


def _judged_as(tokens, verb: Token) -> bool:
    """The quoted words are what a verb of judging calls its object ('slammed the plans as "papering over the
    cracks"', 'What the mayor heralded as a "historic budget"'): they hang from its 'as'."""
    if verb.lemma_.lower() not in JUDGING_LEMMAS:
        return False
    path = path_up(tokens.root, verb)
    return any(t.lower_ == "as" and t.dep_ == "prep" for t in path)


def _reporting_tag(article: Article, span: QuoteSpan, cues: list[Cue]) -> Cue | None:
    """A cue that closes the quotation's sentence after a comma and reports nothing of its own ('..., one of the
    members revealed.'): it reports the whole sentence, whatever clause the parser hangs it from; None if there
    is none or a naming word introduces the quotation ('the so-called "..."')."""
    sentence = article.sentence_at(span.start)
    para = article.paragraphs[span.paragraph]
    if sentence is None or NAMING_CUES.search(article.folded[max(para.start, span.start - 45):span.start]):
        return None
    for cue in cues:
        lead = cue.lead if cue.lead >= 0 else cue.start
        if not cue.nested and span.end < lead < sentence.end and _bare_cue(cue) and \
                article.folded[sentence.start:lead].rstrip().endswith(",") and \
                not article.folded[cue.end:sentence.end].strip(" .!?\"'"):
            return cue
    return None


def _according_frame(article: Article, span: QuoteSpan, cues: list[Cue]) -> Cue | None:
    """An 'According to X,' that opens the quotation's sentence before it: it frames every clause of the sentence
    ('According to him, recruits sign for a year; ...; any "private trading" ... is banned'), whatever clause the
    parser hangs it from; None if another cue of the sentence comes between or a naming word introduces the
    quotation."""
    sentence = article.sentence_at(span.start)
    para = article.paragraphs[span.paragraph]
    if sentence is None or NAMING_CUES.search(article.folded[max(para.start, span.start - 45):max(span.start - 1,
                                                                                                 para.start)]):
        return None  # 'According to X, ... considered them as "just meat"': the naming word's term
    opening = article.folded[sentence.start:span.start].lstrip(" \"'([\u2014\u2013-")
    frames = [c for c in cues if not c.nested and c.verb.lower_ == "according" and
              sentence.start <= c.start < span.start and opening.lower().startswith("according to")]
    if not frames or any(c is not frames[0] and sentence.start <= c.start < span.end and c.source != frames[0].source
                         for c in cues):
        return None
    rest = article.folded[frames[0].end:span.start]
    return frames[0] if "," in rest else None


def _is_scare(article: Article, doc: Doc, span: QuoteSpan, cue: Cue | None, cue_kind: str = "") -> str:
    """Why a quotation is a term/slogan/name rather than someone speaking; '' when it is speech. `cue_kind` is
    the kind of the cue's source: a document that 'reads: "..."' speaks, a billboard does not."""
    para = article.paragraphs[span.paragraph]
    if _heading(article, span.paragraph):
        return "heading"
    if span.continues_previous or span.closing in INTERVIEW_CLOSINGS:
        return ""  # the rest of a quotation left open in the paragraph before ('"Then the shelling began."')
    if _quoted_name(article, doc, span):
        return QUOTED_NAME
    text = article.body[span.start:span.end]
    before = article.folded[max(para.start, span.start - 45):max(span.start - 1, para.start)]
    document_reads = cue_kind == "document" and cue is not None and cue.start < span.start and \
        article.sentence_at(cue.start) == article.sentence_at(span.start)
    if NAMING_CUES.search(before) and _words(text) <= 12 and not document_reads:
        return "term or slogan (introduced by a naming word)"
    tokens = [t for t in doc.char_span(span.start, span.end, alignment_mode="expand") or []]
    has_verb = any(t.pos_ in ("VERB", "AUX") for t in tokens)
    whole_sentence = text[:1].isupper() and text.rstrip().endswith((".", "!", "?"))
    after = article.folded[span.end + 1:span.end + 3]
    spoken = cue is not None and span.end <= cue.start <= span.end + 40 and (
        text.rstrip().endswith((",", ".", "!", "?")) or after.startswith(","))  # '"Not once," Orlov said.'
    if _words(text) <= 3 and not has_verb and not whole_sentence and not spoken:
        return "short phrase without a verb"
    if cue is None and _words(text) <= 6:
        return "short phrase with no speaker"
    return ""


def _cue_for_quote(article: Article, span: QuoteSpan, cues: list[Cue], spans: list[QuoteSpan],
                   previous: dict | None, resolver: Resolver) -> tuple[Cue | None, str]:
    """The cue that attributes a quotation, and how it was chosen: with none in its paragraph, a quotation that
    opens its paragraph or is a sentence of its own takes the speaker of the previous quotation or attribution
    (two paragraphs back at most) when nobody else has been a subject since, outside quotation marks."""
    para = article.paragraphs[span.paragraph]
    if span.closing == "block_quote":  # its speaker is named in the paragraph that introduces it
        introducing = [c for c in cues if c.paragraph == span.paragraph - 1 and not c.nested]
        if introducing:
            return introducing[-1], "cue of the paragraph that introduces the block quotation"
        return None, "block quotation: no speech verb in the paragraph that introduces it"
    same_para = [c for c in cues if c.paragraph == span.paragraph]
    sentence_start = article.sentence_at(span.start)
    sentence_end = article.sentence_at(max(span.end - 1, span.start))
    lo = max(para.start, sentence_start.start if sentence_start else para.start)
    hi = min(para.end, sentence_end.end if sentence_end else para.end)
    after_end = min(para.end, hi + 1)
    # the cue right after the quote, before the next quotation opens: '"...," X said.'
    next_quote = min([s.start for s in spans if s.paragraph == span.paragraph and s.start > span.end] + [para.end])
    after = [c for c in same_para if span.end <= c.start < next_quote and (
        (c.start < after_end and _adjacent(article, span, c)) or (_bare_cue(c) and c.start - span.end <= 120))]
    if after:
        return after[0], "cue after the quotation"
    if (split := _split_tag(article, span, cues)) is not None:
        return split, "cue opening the next paragraph (the quotation's tag was split off)"
    before = [c for c in same_para if lo <= c.start < span.start]
    if before:
        nearest = [c for c in before if c.verb.i == before[-1].verb.i][0]  # first of conjoined subjects
        if span.start - nearest.end <= 40 or not any(not c.nested for c in before):
            return nearest, "cue before the quotation in the same sentence"
        # a quotation deep inside a clause goes to the sentence's own (outer) source, not to a nested cue
        return [c for c in before if not c.nested][-1], "cue before the quotation in the same sentence (outer)"
    if span.continues_previous and previous is not None:
        return previous["cue"], "continues the quotation of the previous paragraph"
    earlier = [c for c in same_para if c.start < span.start]
    if earlier:
        return earlier[-1], "speaker of the previous attribution in the paragraph"
    # 'According to X, he entered ...' in a later sentence attributes only its own
    later = [c for c in same_para if c.start >= span.end and not (c.verb.lower_ == "according" and c.start >= hi)]
    if later and not text_between_has_quote(article, span, later[0]):
        return later[0], "attribution later in the paragraph"
    if previous is None or previous["cue"] is None or previous["paragraph"] < span.paragraph - 2 or \
            _other_subject_between(resolver, previous["cue"], span):
        return None, "no cue found"
    if _opens_paragraph(article, span):
        return previous["cue"], "speaker of the previous quotation or attribution (quotation opens the paragraph)"
    if _opens_sentence(article, span):
        return previous["cue"], "speaker of the previous quotation or attribution (nobody else is a subject since)"
    return None, "no cue found"


CAPTIONED = "person named at the start of the paragraph after the quotation"


def _caption_after(article: Article, span: QuoteSpan, resolver: Resolver) -> Cue | None:
    """A quotation that is a paragraph of its own, with no speaker found, followed by a paragraph without
    quotation marks that opens with a person's name, perhaps after a role ('"..."' / 'Harbour City coach Tom
    Brandt after the defeat on Sunday.': a round-up of quotes, a caption): that person."""
    para = article.paragraphs[span.paragraph]
    text = article.folded
    if re.search(r"\w", text[para.start:span.start]) or re.search(r"\w", text[span.end:para.end]) or \
            span.paragraph + 1 >= len(article.paragraphs):
        return None
    following = article.paragraphs[span.paragraph + 1]
    if '"' in text[following.start:following.end]:
        return None
    for offset, key, _ in resolver.persons:
        if following.start <= offset < following.start + CAPTION_REACH and \
                re.fullmatch(r"\s*(?:[\w'’.-]+\s+){0,5}", text[following.start:offset]) and \
                not any(t.pos_ in ("VERB", "AUX") for t in resolver.doc.char_span(
                    following.start, offset, alignment_mode="expand") or ()):
            found = resolver.doc.char_span(offset, offset + 1, alignment_mode="expand")
            if found is None:
                return None
            token = found[0]
            return Cue(verb=token.head, start=offset, end=offset + len(token), source=key, mention=token.text,
                       reason=f"{key} is named after the quotation", via="", paragraph=span.paragraph + 1,
                       sentence=_sentence_bounds(article, token, span.paragraph + 1))
        if offset >= following.start + CAPTION_REACH:
            break
    return None


CAPTION_REACH = 60  # characters from a paragraph's start within which the name of a caption begins


def _split_tag(article: Article, span: QuoteSpan, cues: list[Cue]) -> Cue | None:
    """A quotation that ends its paragraph with a comma and a paragraph after it that opens in lower case with a
    cue ('"...,"' / 'said retired captain Olaf Brenner.': a page that broke the tag off): that cue."""
    para = article.paragraphs[span.paragraph]
    if re.search(r"\w", article.folded[span.end:para.end]) or \
            not re.search(r",\W{0,3}$", article.folded[span.start:span.end]) or \
            span.paragraph + 1 >= len(article.paragraphs):
        return None
    following = article.paragraphs[span.paragraph + 1]
    opening = article.folded[following.start:following.end].lstrip()
    if not opening[:1].islower():
        return None
    first = following.start + len(article.folded[following.start:following.end]) - len(opening)
    return next((c for c in cues if c.paragraph == span.paragraph + 1 and c.start == first), None)


def _adjacent(article: Article, span: QuoteSpan, cue: Cue) -> bool:
    """Only punctuation between the quotation and the cue's first word ('...," Petrov, the lawyer, said' /
    '...," said X'), not another clause ('she said the men "were never paid," and the ministry denied it')."""
    lead = cue.lead if cue.lead >= 0 else cue.start
    if lead < span.end:
        return False
    gap = article.folded[span.end:lead]
    if not re.search(r"\w", gap):
        return True
    # '"...pulling [prisoners] indiscriminately" for military service, the representative said'
    return len(gap) <= 60 and gap.rstrip().endswith(",") and "," not in gap.rstrip()[1:-1] and \
        not re.match(r"\W*(?:and|but|while|as|because|although|though|whereas)\b", gap, re.I)


def _bare_cue(cue: Cue) -> bool:
    """A cue that reports nothing of its own ('Kofman said.', 'he added'): it can attribute the quotation that
    ends just before its sentence. A verb with a complement ('his brother has pleaded guilty') says something else."""
    if cue.verb.lower_ == "according":
        return False  # 'According to X, he entered ...': it attributes its own sentence
    return not any(c.dep_ in ("ccomp", "xcomp", "dobj", "acomp", "attr", "oprd") for c in cue.verb.children)


def text_between_has_quote(article: Article, span: QuoteSpan, cue: Cue) -> bool:
    return '"' in article.folded[span.end + 1:cue.start]


def _quotes(article: Article, doc: Doc, spans: list[QuoteSpan], cues: list[Cue], skipped: set[int],
            resolver: Resolver) -> tuple[list[dict], list[dict]]:
    """Quotation rows (with their cue) and scare-quote rows of one article."""
    kept = [s for s in spans if s.paragraph not in skipped]
    chosen: list[tuple[Cue | None, str]] = []
    previous: dict | None = None
    captioned = False  # the quotation before was attributed by the name written after it
    for span in kept:
        # the last attribution before this quotation's paragraph (for quotations opening a paragraph)
        earlier = [c for c in cues if c.start < article.paragraphs[span.paragraph].start and not c.nested and
                   not c.relay]
        if span.closing in INTERVIEW_CLOSINGS:
            answers = [c for s, (c, _) in zip(kept, chosen) if s.closing == "interview_answer" and c is not None]
            chosen.append(_interview_cue(article, span, kept, resolver, answers[-1] if answers else None))
            continue
        context = previous
        if earlier and (previous is None or earlier[-1].start > previous["start"]):
            context = {"cue": earlier[-1], "paragraph": earlier[-1].paragraph, "start": earlier[-1].start}
        cue, how = _cue_for_quote(article, span, cues, spans, context, resolver)
        governed = _speech_clause(doc, span)
        if cue is not None and governed and governed[0] <= cue.start < governed[1]:
            cue, how = None, "no speaker: the speech verb governing the quotation has no resolved subject"
        if not how.startswith("cue"):
            cue, how = _person_before(article, span, resolver, cue, how)
        if (cue is None or captioned and not how.startswith("cue")) and \
                (caption := _caption_after(article, span, resolver)) is not None:
            cue, how = caption, CAPTIONED
        captioned = how == CAPTIONED
        writer = _document_writer(article, resolver, cue) if cue is not None else None
        if writer is not None:
            cue = replace(cue, source=writer[0], reason=f"{cue.reason}; {writer[1]}")
        chosen.append((cue, how))
        if cue:
            previous = {"cue": cue, "paragraph": span.paragraph, "start": span.start}
    # a quotation left open at a paragraph end is attributed where it continues ('"...\n\n"...," X said.')
    for i in range(len(kept) - 2, -1, -1):
        if (kept[i].closing == "runs_to_paragraph_end" and kept[i + 1].continues_previous or
                _broken_off(article, kept[i], kept[i + 1])) and \
                not chosen[i][1].startswith("cue") and chosen[i + 1][0] is not None:
            chosen[i] = (chosen[i + 1][0], "the quotation continues in the next paragraph and is attributed there")
    quotes, scare = [], []
    for span, (cue, how) in zip(kept, chosen):
        row = {"article_id": article.article_id, "paragraph": span.paragraph, "start": span.start, "end": span.end,
               "quote": article.body[span.start:span.end]}
        why_scare = _is_scare(article, doc, span, cue, resolver.sources[cue.source].kind if cue else "") or \
            _unspoken_fragment(article, span, how)
        partial = _partial_quote_cue(article, doc, span, cue, cues, resolver) if why_scare not in (
            "", "heading", QUOTED_NAME) else None
        if partial is not None:
            cue, how, why_scare = partial, f"partial quotation in the clause of '{_cue_text(partial)}'", ""
        if why_scare:
            scare.append({**row, "reason": why_scare})
            continue
        source = resolver.sources[cue.source] if cue else None
        quotes.append({**row, "speaker": cue.source if cue else "", "cue": _cue_text(cue) if cue else "",
                       "via": _paragraph_via(cue, cues) if cue else "", "mention": cue.mention if cue else "",
                       "reason": f"{how}; {cue.reason}" if cue else how, "closing": span.closing,
                       "cue_start": cue.start if cue else -1, "_source": source})
    return quotes, scare


# the reasons of a speaker found outside any speech verb of the quotation's own sentence
INFERRED_SPEAKER = ("speaker of the previous attribution in the paragraph",
                    "person named as the subject before the quotation (no speech verb)",
                    "speaker of the previous quotation or attribution")
UNSPOKEN_FRAGMENT = "short phrase in a sentence without a speech verb"


def _unspoken_fragment(article: Article, span: QuoteSpan, how: str) -> str:
    """A quoted word or two inside a sentence that no speech verb of its own attributes ('The inmates were
    "mobilized" to the unit', 'thanked the police for "protecting" the staff'), whose speaker would only be
    inferred from the sentences around it: a term the writer keeps at a distance, not a quotation (the partial
    quotation rules may still find a speaker's clause for it). '' otherwise."""
    text = article.body[span.start:span.end]
    if span.continues_previous or not how.startswith(INFERRED_SPEAKER) or _words(text) > 3 or \
            text[:1].isupper() and text.rstrip().endswith((".", "!", "?")) or _opens_sentence(article, span):
        return ""
    return UNSPOKEN_FRAGMENT


def _broken_off(article: Article, span: QuoteSpan, following: QuoteSpan) -> bool:
    """A quotation never closed that breaks off at its paragraph's end inside its sentence (no final punctuation:
    a line the page wrapped, '"There is clear evidence that the firm' / 'has denied it for years," said ...') and
    the next paragraph opens with the rest, closed there with no opening mark: one quotation, attributed where it
    ends."""
    para = article.paragraphs[span.paragraph]
    return span.closing == "ends_with_sentence" and following.closing == "opened_at_sentence_start" and \
        following.paragraph == span.paragraph + 1 and span.end >= para.end - 1 and \
        following.start <= article.paragraphs[following.paragraph].start + 1 and \
        not article.body[span.start:para.end].rstrip()[-1:] in ".!?;:"


INTERVIEW_CLOSINGS = ("interview_question", "interview_answer")
INTERVIEWER = "interviewer"  # the unnamed source of a transcript's questions
DIALOGUE_AFTER = 2  # paragraphs after a dash dialogue in which the person who answers in it is named


def _interview_cue(article: Article, span: QuoteSpan, spans: list[QuoteSpan], resolver: Resolver,
                   answer_before: Cue | None) -> tuple[Cue | None, str]:
    """The speaker of a transcript line ('Q: ...' / 'A: ...'): a question is the interviewer's, an unnamed source;
    an answer is the person its label names ('Putin:' after 'Vladimir Putin'), else, without a label, the speaker
    of the answer it goes on with (`answer_before`), else the interviewee: the person named before the first line
    of the transcript most often (the earliest of equals)."""
    label = article.body[article.paragraphs[span.paragraph].start:span.start].strip()
    name = label.rstrip(":").strip()
    if span.closing == "interview_question":
        source = resolver.sources.setdefault(INTERVIEWER, Source(key=INTERVIEWER, kind="person", named=False))
        source.mentions.add((span.start, span.start))
        key, why, reason = INTERVIEWER, "a question in a transcript", "the interviewer"
    elif name.lower() not in ("", "a", "answer") and (named := resolver.person_key_for(name, offset=span.start)):
        key, why, reason = named, "an answer in a transcript", f"the label names {named}"
    elif not label and answer_before is not None:
        key, why, reason = answer_before.source, "an answer in a transcript, going on", answer_before.reason
        label = answer_before.text
    else:
        first = min(article.paragraphs[s.paragraph].start for s in spans if s.closing in INTERVIEW_CLOSINGS)
        named = defaultdict(list)  # person -> offsets of their mentions before the transcript
        for offset, person, _ in resolver.persons:
            if offset < first and resolver.sources.get(person, Source(person, "", False)).named:
                named[person].append(offset)
        if DIALOGUE_DASH.match(article.folded, article.paragraphs[span.paragraph].start) is not None:
            # a dialogue excerpt is followed by who speaks in it ('– ...' / 'The man is 26-year-old Ivan Orlov.'):
            # the first person named in the DIALOGUE_AFTER paragraphs after its last line
            last = max(s.paragraph for s in spans if s.closing in INTERVIEW_CLOSINGS and s.paragraph >= span.paragraph
                       and all(t.closing in INTERVIEW_CLOSINGS for t in spans
                               if span.paragraph <= t.paragraph <= s.paragraph))
            after = [p for p in article.paragraphs[last + 1:last + 1 + DIALOGUE_AFTER]]
            if after:
                hit = [(offset, person) for offset, person, _ in resolver.persons
                       if after[0].start <= offset < after[-1].end and not in_quote(resolver.quotes, offset)
                       and resolver.sources.get(person, Source(person, "", False)).named]
                if hit:
                    named = {min(hit)[1]: [-1]}
        if named:
            key = max(named, key=lambda k: (len(named[k]), -named[k][0]))
            why, reason = "an answer in a transcript", f"{key} is named before the transcript most often" \
                if named[key] != [-1] else f"{key} is named right after the dialogue"
        elif name.lower() not in ("", "a", "answer"):  # 'THE PRESIDENT:' where nobody is named: the role
            key = name.lower()
            source = resolver.sources.setdefault(key, Source(key=key, kind="person", named=False))
            source.mentions.add((span.start, span.start))
            why, reason = "an answer in a transcript", "the label, nobody being named before the transcript"
        else:
            return None, "an answer in a transcript: nobody named before it"
    first = resolver.doc.char_span(span.start, span.end, alignment_mode="expand")
    return Cue(verb=first[0] if first else resolver.doc[0], start=span.start, end=span.start, source=key,
               mention=name, reason=reason, via="", paragraph=span.paragraph, sentence=(span.start, span.end),
               text=label), why


WRITING_LEMMAS = SPEECH_LEMMAS | {"write", "send", "pen", "post", "smuggle", "dictate", "sign", "address", "release",
                                  "issue", "file"}
WRITER_PARAGRAPHS = 2  # paragraphs before a document's cue in which the verb it is named for may tell its writer


def _nothing_before(article: Article, span: QuoteSpan, start: int) -> bool:
    """Only spaces between `start` and the quotation's opening mark."""
    return not article.folded[start:max(start, span.start - 1)].strip()


def _opens_paragraph(article: Article, span: QuoteSpan) -> bool:
    return _nothing_before(article, span, article.paragraphs[span.paragraph].start)


def _opens_sentence(article: Article, span: QuoteSpan) -> bool:
    """The quotation is a sentence of its own ('... were rare. "Nobody came ..."'), not part of a sentence that
    introduces it as something else's words ('The message was clear: "Join us"')."""
    sentence = article.sentence_at(span.start)
    return _nothing_before(article, span, sentence.start) if sentence else _opens_paragraph(article, span)


def _other_subject_between(resolver: Resolver, cue: Cue, span: QuoteSpan) -> bool:
    """Someone other than the cue's source is the subject of a sentence between the cue and the quotation, outside
    quotation marks: the quotation may be theirs, so the cue's speaker does not carry over to it."""
    return any(is_subject and key != cue.source and cue.end <= offset < span.start and
               not in_quote(resolver.quotes, offset) for offset, key, is_subject in resolver.persons)


def _document_writer(article: Article, resolver: Resolver, cue: Cue) -> tuple[str, str] | None:
    """(source key, reason) for a document that speaks ('"...," the letter said') when its paragraph names the person
    or organisation who wrote or sent it before the cue: 'X told his family in a letter', 'X wrote a letter', 'a
    letter from X', 'the letter, sent by X', 'Herbal Corp said in a statement'. None when no writer is named: the
    document stays the source."""
    if resolver.sources[cue.source].kind != "document":
        return None
    nouns = [c for c in cue.verb.children if c.pos_ == "NOUN" and (c.dep_ in ("nsubj", "nsubjpass") or c.dep_ == "dobj"
                                                                   and c.i > cue.verb.i)]  # 'stated the release'
    if cue.verb.dep_ == "acl" and cue.verb.head.pos_ == "NOUN":
        nouns = [cue.verb.head]  # 'a statement saying that ...'
    if not nouns:
        return None
    noun = nouns[0]
    floor = article.paragraphs[cue.paragraph].start
    released = article.paragraphs[max(cue.paragraph - WRITER_PARAGRAPHS, 0)].start
    # the document named before in its paragraph, or shortly before: named for its verb ('X released a statement'
    # ... 'the release said') or as what its writer spoke in ('In a joint statement, the newspaper said')
    mentions = [noun] + [t for t in resolver.doc if t.lemma_ == noun.lemma_ and t.i != noun.i and t.idx < cue.start and
                         (floor <= t.idx or released <= t.idx and (t.pos_ == "VERB" or _spoken_in(t)))][::-1]
    for mention in mentions:
        writers = [g for c in mention.children if c.dep_ == "prep" and c.lower_ in ("from", "by")
                   for g in c.children if g.dep_ == "pobj"]  # 'a letter from X'
        writers += [g for a in mention.children if a.dep_ == "acl" for c in a.children if c.dep_ == "agent"
                    for g in c.children if g.dep_ == "pobj"]  # 'a letter sent by X'
        verb = mention if mention.pos_ == "VERB" else mention.sent.root if _opens_with_in(mention) else \
            next((a for a in mention.ancestors if a.pos_ == "VERB"), None)  # 'In a joint statement, X said'
        if verb is not None and verb.i != cue.verb.i and verb.lemma_.lower() in WRITING_LEMMAS:
            subjects = [c for c in verb.children if c.dep_ == "nsubj"]  # 'X told his family in a letter'
            if _opens_with_in(mention) and subjects:  # 'In a joint statement, X, along with Y, said': the first
                subjects = [next(t for t in verb.doc[mention.i:verb.i] if t.dep_ == "nsubj")]  # subject written
            writers += subjects
        for writer in writers:
            resolved = resolver.resolve(writer)
            if resolved and resolver.sources[resolved[0]].kind in ("person", "org", "outlet"):  # a company's too
                return resolved[0], f"the {noun.lower_} speaks for its writer, {resolved[0]}: " \
                    f"'{resolver.doc[mention.sent.start:mention.sent.end].text[:100]}'"
    return None


def _spoken_in(noun: Token) -> bool:
    """The document is what a verb of saying was spoken in ('In a joint statement, the union said', 'X said in a
    letter'), whatever the parser hangs a sentence-opening 'In ...,' from."""
    return noun.dep_ == "pobj" and noun.head.lower_ == "in" and (noun.head.head.lemma_.lower() in SPEECH_LEMMAS or
                                                                  _opens_with_in(noun))


def _opens_with_in(noun: Token) -> bool:
    """The noun is the object of an 'In' that opens a sentence whose main verb is a verb of saying, set off by a
    comma ('In a joint statement, the newspaper, along with ..., said')."""
    head = noun.head
    return noun.dep_ == "pobj" and head.lower_ == "in" and head.i == noun.sent.start and \
        noun.i + 1 < len(noun.doc) and noun.doc[noun.i + 1].text == "," and \
        noun.sent.root.lemma_.lower() in SPEECH_LEMMAS


def _paragraph_via(cue: Cue, cues: list[Cue]) -> str:
    """The outlet named in this cue, else in another cue of the same speaker in the same paragraph ('"...," she
    said. ... she told CNN.')."""
    if cue.via:
        return cue.via
    return next((c.via for c in cues if c.paragraph == cue.paragraph and c.source == cue.source and c.via), "")


def _speech_clause(doc: Doc, span: QuoteSpan) -> tuple[int, int] | None:
    """Character range of the clause that a speech verb before the quotation governs, when the quotation is in
    it ('She said the officer "only laughed" when ...'): a subject or a cue there is reported, not the speaker."""
    tokens = doc.char_span(span.start, span.end, alignment_mode="expand")
    if tokens is None or not len(tokens):
        return None
    for verb in tokens.root.ancestors:
        if verb.pos_ in ("VERB", "AUX") and verb.lemma_.lower() in SPEECH_LEMMAS and verb.idx < span.start:
            clause = [c for c in verb.children if c.dep_ in ("ccomp", "xcomp") and c.idx < span.end]
            if clause:
                last = clause[0].right_edge
                return clause[0].left_edge.idx, last.idx + len(last)
    return None


def _person_before(article: Article, span: QuoteSpan, resolver: Resolver, cue: Cue | None,
                   how: str) -> tuple[Cue | None, str]:
    """With no speech cue in the quotation's paragraph before it, a person who is the subject of a sentence
    there ('Petrov was blunt: "..."'), or for a block quotation in the paragraph that introduces it, is a better
    speaker than one carried over from elsewhere; a quotation that opens its paragraph with no speaker found
    looks in the paragraph before too when that one quotes nobody ('Petrov spent a year at the front.' /
    '"We drove for two days ...'')."""
    para = article.paragraphs[span.paragraph]
    floor = article.paragraphs[span.paragraph - 1].start if span.closing == "block_quote" or (
        cue is None and span.paragraph > 0 and _introduced_by_narrative(article, span)) else para.start
    if cue is not None and cue.paragraph == span.paragraph and cue.start < span.start:
        floor = cue.end  # a person who became the subject after that cue ('"A," said X. Y disagreed: "B"')
    governed = _speech_clause(resolver.doc, span)
    _resolve_colon_subject(article, span, resolver)
    subjects = [(offset, key) for offset, key, is_subject in resolver.persons
                if is_subject and floor <= offset < span.start and not _inside(offset, article, span)
                and (cue is None or key != cue.source) and not (governed and governed[0] <= offset < span.start)]
    labels = [(start, key) for key, source in resolver.sources.items() if source.kind == "person"
              for start, end in source.mentions if floor <= start < span.start and
              SPEAKER_LABEL.fullmatch(article.folded, end, max(end, span.start - 1)) and
              not _addressed(resolver.doc, start)]
    if labels:  # 'Hospital spokesperson Nadia Korr: "Both patients are stable."'
        subjects, why, role = [max(labels)], "person named before the colon that introduces the quotation", "named"
    else:
        why, role = "person named as the subject before the quotation (no speech verb)", "the subject of a sentence"
    if not subjects:
        return cue, how
    offset, key = subjects[-1]
    found = resolver.doc.char_span(offset, offset + 1, alignment_mode="expand")
    if found is None:
        return cue, how
    token = found[0]
    person = Cue(verb=token.head, start=offset, end=offset + len(token), source=key, mention=token.text,
                 reason=f"{key} is {role} before the quotation", via="",
                 paragraph=span.paragraph, sentence=_sentence_bounds(article, token, span.paragraph))
    return person, why


def _addressed(doc: Doc, offset: int) -> bool:
    """The name written at `offset` is the object of its clause, not a label ('A thought went to his rival,
    Tomas Berg: "..."': Berg is spoken to, not speaking)."""
    found = doc.char_span(offset, offset + 1, alignment_mode="expand")
    token = found[0] if found is not None and len(found) else None
    if token is None:
        return False
    if token.i >= 2 and doc[token.i - 1].text == "," and doc[token.i - 2].pos_ == "NOUN" and \
            doc[token.i - 2].dep_ in OBJECTS:  # the name set off after the object noun ('to her rival, Tomas Berg')
        return True
    while token.dep_ in ("compound", "flat", "appos") and token.head is not token:
        token = token.head
    return token.dep_ in OBJECTS


OBJECTS = ("pobj", "dobj", "dative", "iobj")


def _resolve_colon_subject(article: Article, span: QuoteSpan, resolver: Resolver) -> None:
    """Resolve the subject of the clause a colon ends right before the quotation ('the mayor praised the
    Council's vote: "..."', or a comma after 'continued' or 'went on'), or the name the colon follows ('Kiss Bence: "..."'), so that a person described or
    named there whom no cue names is the subject or label before it."""
    start = article.paragraphs[span.paragraph].start
    before = article.folded[start:max(span.start - 1, start)].rstrip()
    if not before.endswith(":") and not _GOES_ON.search(before):
        return
    colon = start + len(before) - 1
    found = resolver.doc.char_span(colon, colon + 1, alignment_mode="expand")
    if found is None or not len(found):
        return
    verb = found[0].head
    if verb.pos_ == "PROPN" and verb.dep_ == "ROOT":
        resolver.resolve(verb)  # 'Kiss Bence: "..."': a name that labels the quotation
        return
    while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
        verb = verb.head
    for subject in verb.children:
        if subject.dep_ == "nsubj" and not in_quote(resolver.quotes, subject.idx):
            resolver.resolve(subject)


_GOES_ON = re.compile(r"\b(?:continued|went on)\s*,$", re.I)  # 'And he continued, "..."': a colon's work done by a comma


def _introduced_by_narrative(article: Article, span: QuoteSpan) -> bool:
    """The quotation opens its paragraph and the paragraph before is narrative without quotation marks."""
    before = article.paragraphs[span.paragraph - 1]
    return _opens_paragraph(article, span) and before.kind == "text" and \
        not before.is_duplicate and '"' not in article.folded[before.start:before.end]


SPEAKER_LABEL = re.compile(r'(?:,[^:"\n]{0,80})?\s*:\s*')  # what may follow a name that labels a quotation


def _inside(offset: int, article: Article, span: QuoteSpan) -> bool:
    return span.start <= offset < span.end


def _cue_text(cue: Cue) -> str:
    """The cue as a reader would quote it: 'Petrov said', 'she told RFE/RL', 'according to Volkova', a
    transcript's 'A:'."""
    if cue.text:
        return cue.text
    if cue.verb.lower_ == "according":
        return f"according to {cue.mention}"
    objects = [c for c in cue.verb.children if c.dep_ in ("dobj", "dative", "prt") and c.i > cue.verb.i][:1]
    words = [cue.verb.text] + [cue.verb.doc[slice(*name_span(o))].text if o.pos_ == "PROPN" else o.text
                               for o in objects]
    return f"{cue.mention} {' '.join(words)}"


# ---------------------------------------------------------------- hedges

def _hedges(article: Article, doc: Doc, resolver: Resolver, cues: list[Cue], skipped: set[int]) -> list[dict]:
    rows = []
    for kind, pattern in (("anonymity", ANONYMITY), ("unverified", UNVERIFIED), ("denial", DENIAL)):
        for match in pattern.finditer(article.folded):
            paragraph = _paragraph_of(article, match.start())
            if paragraph in skipped or paragraph < 0:
                continue
            applies_to, reason = _hedge_target(article, doc, resolver, cues, match, kind)
            sentence = article.sentence_at(match.start())
            rows.append({"article_id": article.article_id, "start": match.start(), "end": match.end(),
                         "kind": kind, "applies_to": applies_to,
                         "by": clean_name(match.group("who")) if kind == "denial" else "",
                         "evidence": sentence.text if sentence else match.group(0), "reason": reason})
            if kind == "anonymity" and applies_to in resolver.sources:
                resolver.sources[applies_to].anonymous_reason = match.group(0)
    return rows


def _mark_quoted_first_names(article: Article, resolver: Resolver) -> None:
    """A person known by one name that the text first writes in quotation marks ('“Andrei” says he was
    wounded') goes by a name the reporter gave: granted anonymity, with that reason."""
    for source in resolver.sources.values():
        if source.kind != "person" or not source.named or source.anonymous_reason or " " in source.key or \
                not source.mentions:
            continue
        start, end = min(source.mentions)
        before, after = article.body[max(0, start - 1):start], article.body[end:end + 1]
        if before in ('"', "\u201c", "\u00ab") and after in ('"', "\u201d", "\u00bb"):
            source.anonymous_reason = f"a name first written in quotation marks: {before}{source.key}{after}"


def _pseudonymous_name(doc: Doc, offset: int) -> Token | None:
    """The name just before a pseudonym phrase starting near `offset` ('Dmitry (not his real name)')."""
    text, tokens = nlp.text_of(doc), token_lists(doc)
    for i, start in enumerate(tokens.idx):
        if start >= offset:
            break
        if tokens.pos[i] == "PROPN" and (match := PSEUDONYM.match(text, start + len(tokens.text[i]))) and \
                match.end() > offset:
            return doc[i]
    return None


def _hedge_target(article: Article, doc: Doc, resolver: Resolver, cues: list[Cue], match: re.Match,
                  kind: str) -> tuple[str, str]:
    span = doc.char_span(match.start(), match.end(), alignment_mode="expand")
    if span is None:
        return "", "no parse"
    token = span[0]
    if kind == "anonymity":
        named = _pseudonymous_name(doc, match.start())
        if named is not None and (resolved := resolver.resolve(named)):
            return resolved[0], f"a name that is not the person's own: {resolved[1]}"
    if kind == "anonymity" and "changed" in match.group(0):
        for t in token.sent:
            if t.dep_ == "poss" and t.head.lower_ in ("name", "names") and t.i < token.i:
                resolved = resolver.resolve(t)
                if resolved:
                    return resolved[0], f"whose name was changed: {resolved[1]}"
    if kind in ("unverified",):
        for t in token.sent:
            if t.dep_ == "poss" and t.i < token.i and t.lower_ in PERSONAL_PRONOUNS:
                key = resolver.antecedent(t.idx, PERSONAL_PRONOUNS[t.lower_])
                if key:
                    return key, f"'{t.text} account' -> {key}"
    # walk up from the phrase to the clause's subject, or to the noun a relative clause describes
    current = token
    for _ in range(10):
        if current.dep_ in ("relcl", "acl") and current.head.pos_ in ("NOUN", "PROPN"):
            head = current.head
            if head.dep_ == "appos" and head.head.pos_ == "PROPN":
                head = head.head  # "Andrei, a convict who spoke on condition ..." -> Andrei
            if head.dep_ == "pobj" and head.head.lower_ == "like" and head.head.head.pos_ in ("NOUN", "PROPN"):
                head = head.head.head  # "Ivan, who, like other inmates interviewed, asked for a pseudonym" -> Ivan
            while head.dep_ == "pobj" and (
                    head.head.lower_ == "of" and head.head.head.pos_ in ("NOUN", "PRON", "NUM") or
                    head.head.dep_ == "prep" and head.head.head.lemma_.lower() in roles() and
                    doc[current.left_edge.i - 1].text == ","):
                # "the mother of one of the prisoners, who asked ..." -> the mother; "a lawyer for several
                # families, who declined to be named" -> the lawyer (a role set apart by the comma)
                head = head.head.head
            resolved = resolver.resolve(head)
            if resolved:
                return resolved[0], f"relative clause on {resolved[1]}"
        subjects = [c for c in current.children if c.dep_ in ("nsubj", "nsubjpass")]
        if any(c.dep_ == "mark" and c.lower_ == "like" for c in current.children):
            subjects = []  # "like other guards interviewed, asked for a pseudonym": a comparison, not the grantee
        if subjects and subjects[0].lower_ not in ("who", "that", "which"):
            if kind == "anonymity" or subjects[0].pos_ in ("PRON", "PROPN") or subjects[0].lower_ in roles():
                resolved = resolver.resolve(subjects[0])
                if resolved and not (kind == "unverified" and resolver.sources[resolved[0]].kind == "outlet"):
                    return resolved[0], f"subject {resolved[1]}"
            if kind != "anonymity" or subjects[0].pos_ in ("PROPN", "PRON") or subjects[0].lower_ in roles():
                break
        if current.head.i == current.i:
            break
        current = current.head
    sentence = article.sentence_at(match.start())
    lo = sentence.start if sentence else match.start()
    prior = [c for c in cues if lo - 400 <= c.start < match.start() and not c.nested and
             resolver.sources[c.source].kind != "outlet"]
    if prior:
        return prior[-1].source, "nearest earlier attribution"
    return "", "no source found"


# ---------------------------------------------------------------- per article

def analyse_article(article: Article, *, default_country: str = "") -> ArticleSourcing:
    """Sources, cues, quotations and hedges of one article (names canonical within the article only).
    An institution or official the text does not qualify ("the Defense Ministry") is of the country the article
    is about (`article_country`), else of `default_country`, else of no country (type `government or official
    (country unknown)`)."""
    doc = nlp.parse(article)
    default_country = article_country(article.body)[0] or default_country
    skipped = _skipped_paragraphs(article)
    spans = find_quotes(article)
    resolver = Resolver(article, doc, default_country=default_country, quotes=spans, type_of=source_type)
    cues = _find_cues(article, doc, resolver, skipped, spans)
    hedges = _hedges(article, doc, resolver, cues, skipped)
    _mark_quoted_first_names(article, resolver)
    quotes, scare = _quotes(article, doc, spans, cues, skipped, resolver)
    citing = []
    for citer, cited, verb in _citing(article, doc, resolver, skipped):
        if _is_anonymous(resolver.sources[cited]):
            bisect.insort(cues, _cited_cue(article, resolver, citer, cited, verb), key=lambda cue: cue.start)
        else:
            citing.append((citer, cited, verb.idx))
    for source in resolver.sources.values():
        source.source_type = source.source_type or source_type(source, resolver, default_country)
    _canonical_keys(resolver, cues, quotes, hedges)
    citing = [(resolver.sources.canonical(a), resolver.sources.canonical(b), at) for a, b, at in citing]
    return ArticleSourcing(article, resolver.sources, cues, quotes, scare, hedges, citing,
                           _organisation_reports(article, doc, skipped), _dated_references(article, doc, skipped))


_MONTHS = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?"
# a source note in parentheses: a name and the day it published ('(Lenz Daily, August 14)', '(Kyivnews.ua, 3 May
# 2023; Baza, May 4)'), as analysts' briefs cite their sources
_DATED_REFERENCE = re.compile(rf"^(?P<name>[A-Z][\w.&'’/-]*(?: [A-Z][\w.&'’/-]*){{0,4}}),\s*(?:{_MONTHS}\s+\d{{1,2}}|"
                              rf"\d{{1,2}}\s+{_MONTHS})(?:,?\s+\d{{4}})?$")


def _dated_references(article: Article, doc: Doc, skipped: set[int]) -> list[tuple[str, int]]:
    """(outlet, offset) of each dated source note in parentheses (`_DATED_REFERENCE`); a place with a date
    ('(Kyiv, May 3)') is a dateline, no source. A web address names its site ('Bbc.com/russian': BBC, which the
    outlet list knows)."""
    found = []
    for match in re.finditer(r"\(([^()\n]{4,300})\)", article.body):
        if _paragraph_of(article, match.start()) in skipped:
            continue
        offset = match.start(1)
        for item in match.group(1).split(";"):
            note = _DATED_REFERENCE.match(item.strip())
            at = offset + len(item) - len(item.lstrip())
            offset += len(item) + 1
            if note is None:
                continue
            span = doc.char_span(at, at + len(note.group("name")), alignment_mode="expand")
            if span is not None and any(ent.label_ in ("GPE", "LOC", "PERSON") for ent in span.ents):
                continue
            name = note.group("name")
            site = re.sub(r"(?:\.[a-z]{2,6})+$", "", name.split("/")[0].lower())  # 'Bbc.com/russian' -> 'bbc'
            found.append((canonical_outlet(site) if canonical_outlet(site) in outlet_names() else
                          canonical_outlet(name), at))
    return found


def _organisation_reports(article: Article, doc: Doc, skipped: set[int]) -> list[tuple[str, int]]:
    """(organisation, sentence start) of each report, study or survey of a named organisation a sentence cites
    (`metadata.cited_reports`), unless the parser takes the name for a person's ('a CNN report by Tim Lister': the
    outlet's reporter, no author of a publication; "a report by CNN's Tim Lister" is CNN's)."""
    found = []
    for name, sentence in cited_reports(article):
        if _paragraph_of(article, sentence.start) in skipped:
            continue
        at = fold(sentence.text).find(name)
        span = doc.char_span(sentence.start + at, sentence.start + at + len(name), alignment_mode="expand") \
            if at >= 0 else None
        if span is not None and any(ent.label_ == "PERSON" for ent in span.ents):
            owner = name.split("'s ")[0]
            if owner == name and not any(ent.label_ in ("ORG", "NORP", "GPE") for ent in span.ents):
                continue
            name = owner  # "a report by CNN's Tim Lister": the outlet's, whose reporter wrote it
        found.append((name, sentence.start))
    return found


def _canonical_keys(resolver: Resolver, cues: list[Cue], quotes: list[dict], hedges: list[dict]) -> None:
    """Cues, quotations and hedges resolved before a source's key changed name it by the key it has now."""
    canonical = resolver.sources.canonical
    for cue in cues:
        cue.source, cue.via = canonical(cue.source), canonical(cue.via)
    for quote in quotes:
        quote["speaker"] = canonical(quote["speaker"])
    for hedge in hedges:
        hedge["applies_to"] = canonical(hedge["applies_to"])


def _citing(article: Article, doc: Doc, resolver: Resolver, skipped: set[int]) -> list[tuple[str, str, Token]]:
    """'X reported, citing Y', 'Meduza, which cited sources in the ministry': (X, Y, the verb 'cite') when either
    side is an outlet."""
    found = []
    tokens = token_lists(doc)
    for i in [i for i, lemma in enumerate(tokens.lemma) if lemma == "cite"]:
        token = doc[i]
        if token.pos_ != "VERB" or _paragraph_of(article, token.idx) in skipped:
            continue
        subjects = [c for c in token.children if c.dep_ == "nsubj" and c.lower_ not in ("who", "which", "that")]
        if subjects:
            citing = subjects[0]
        elif token.dep_ in ("relcl", "acl") or token.head.pos_ in ("PROPN", "NOUN"):
            citing = token.head
        else:
            citing = next((c for c in token.head.children if c.dep_ == "nsubj"), None)
        cited = [c for c in token.children if c.dep_ == "dobj"]
        cited += [c for o in cited for c in o.children if c.dep_ == "conj"]
        citer = resolver.resolve(citing) if citing is not None else None
        for obj in cited:
            target = resolver.resolve(obj)
            if citer and target and citer[0] != target[0] and "outlet" in (
                    resolver.sources[citer[0]].kind, resolver.sources[target[0]].kind):
                found.append((citer[0], target[0], token))
    return found


def _cited_cue(article: Article, resolver: Resolver, citer: str, cited: str, verb: Token) -> Cue:
    """The attribution an outlet makes to the anonymous sources it cites ('Reuters reported, citing 13 people
    familiar with the situation'): they speak, via the outlet; they are no outlet the text cites."""
    paragraph = _paragraph_of(article, verb.idx)
    mention = next(iter(sorted(resolver.sources[cited].variants, key=len, reverse=True)), cited)
    return Cue(verb=verb, start=verb.idx, end=verb.idx + len(verb), source=cited, mention=mention,
               reason=f"anonymous sources cited by {citer}", via=citer, paragraph=paragraph,
               sentence=_sentence_bounds(article, verb, paragraph), outer=citer, lead=verb.idx,
               text=f"{citer}, {verb.text} {mention}")


def _is_anonymous(source: Source) -> bool:
    """Granted anonymity, or never named (a person, a group or an outlet described, not named: "a woman",
    "officials", "some Telegram channels"), unless one relative of a named person ("Dolan's mother")."""
    return bool(source.anonymous_reason) or (not source.named and source.kind in ("person", "group", "outlet") and
                                             not relative_of_named(source))  # "Orlova's mother": identifiable


# ---------------------------------------------------------------- corpus level

@dataclass
class SourcingResult:
    quotes: pd.DataFrame
    sources: pd.DataFrame
    citations: pd.DataFrame
    attributions: pd.DataFrame
    scare_quotes: pd.DataFrame
    hedges: pd.DataFrame
    variants: pd.DataFrame
    version_quotes: pd.DataFrame = field(default_factory=lambda: pd.DataFrame(columns=VERSION_QUOTE_COLUMNS))

    def citation_graph(self) -> nx.DiGraph:
        """Citing -> cited, edges weighted by how often and labelled with the articles."""
        return citation_graph(self.citations)


def _corpus_names(parts: list[ArticleSourcing]) -> dict[str, str]:
    """Person key -> corpus-wide canonical name: same transliterated surname and compatible first name."""
    names = Counter()
    articles: dict[str, set[str]] = defaultdict(set)
    originals = set()
    for part in parts:
        for source in part.sources.values():
            if source.kind == "person" and source.named:
                names[source.key] += len(source.mentions)
                articles[source.key].add(part.article.article_id)
                if part.article.value("translation_status") == "original":
                    originals.add(source.key)
    groups: dict[str, list[str]] = defaultdict(list)
    for name in names:
        if name.split():
            groups[translit_key(surname(name))].append(name)
    mapping = {}
    for members in groups.values():
        full = [m for m in members if len(m.split()) > 1]
        for member in members:
            first = translit_key(member.split()[0]) if len(member.split()) > 1 else ""
            compatible = [f for f in full if not first or translit_key(f.split()[0])[:3] == first[:3]]
            if not compatible:
                mapping[member] = member
                continue
            best = max(compatible, key=lambda f: (f in originals, len(articles[f]), names[f], len(f)))
            firsts = {translit_key(f.split()[0])[:3] for f in compatible}
            mapping[member] = best if len(firsts) == 1 or first else member
    return mapping


def _unify_types(parts: list[ArticleSourcing], canon) -> None:
    """A named source whose type one article leaves vague ('private person', 'other') takes the most specific
    type another article gives the same canonical name (Prigozhin is 'Wagner's financier' in one text only), and
    so does an unnamed source identified with a named one ('a man with the face and voice of Oleg Marin')."""
    known: dict[str, set[str]] = defaultdict(set)
    for part in parts:
        for key, source in part.sources.items():
            if source.named and not source.anonymous_reason:
                known[canon(key)].add(source.source_type)
    for part in parts:
        for key, source in part.sources.items():
            if (source.named or source.identified) and source.source_type in ("private person", "other", "", COMPANY):
                # ... and so does an unnamed one identified with a named one ('a man with the likeness of X')
                better = sorted((t for t in known[canon(source.identified or key)] if t not in (
                    "private person", "other", "", "anonymous person")), key=type_rank)
                if better and type_rank(better[0]) < type_rank(source.source_type or "other"):
                    source.source_type = better[0]


def _evidence(article: Article, offset: int) -> str:
    sentence = article.sentence_at(offset)
    return sentence.text if sentence else ""


def attributions(corpus: Corpus, *, default_country: str = "") -> pd.DataFrame:
    """Every attributed body span with its canonical source: columns ATTRIBUTION_COLUMNS, then cue, via,
    mention, reason, paragraph. kind is 'quote' (a quotation span) or 'paraphrase' (a sentence)."""
    return analyse(corpus, default_country=default_country).attributions


def analyse(corpus: Corpus, *, default_country: str = "") -> SourcingResult:
    """The sourcing tables of every analysable article (see the module docstring)."""
    parts = [analyse_article(a, default_country=default_country) for a in corpus.analysable]
    names = _corpus_names(parts)
    canon = lambda key: names.get(key, key)  # noqa: E731
    _unify_types(parts, canon)
    quote_rows, source_rows, attribution_rows, scare_rows, hedge_rows, variant_rows, citation_rows = \
        [], [], [], [], [], [], []
    for part in parts:
        article, sources = part.article, part.sources
        counts = Counter()
        for quote in part.quotes:
            source = quote.pop("_source")
            speaker = canon(quote["speaker"]) if quote["speaker"] else ""
            quote_rows.append({**quote, "speaker": speaker,
                               "speaker_type": source.source_type if source else "",
                               "anonymous": _is_anonymous(source) if source else False,
                               "sentence": _evidence(article, quote["start"])})
            if source:
                counts[(source.key, "quote")] += 1
                attribution_rows.append({
                    "article_id": article.article_id, "start": quote["start"], "end": quote["end"],
                    "source": speaker, "source_type": source.source_type, "anonymous": _is_anonymous(source),
                    "kind": "quote", "sentence": _evidence(article, quote["start"]), "cue": quote["cue"],
                    "via": quote["via"], "mention": quote["mention"], "reason": quote["reason"],
                    "paragraph": quote["paragraph"]})
        quoted_sentences = {(q["cue_start"]) for q in part.quotes}
        seen = set()
        for cue in part.cues:
            if cue.nested or cue.start in quoted_sentences or (cue.sentence, cue.source) in seen or \
                    cue.verb.lemma_ in QUOTE_ONLY_LEMMAS:
                continue
            seen.add((cue.sentence, cue.source))
            if sources[cue.source].kind == "outlet" and any(
                    c.outer == cue.source and c.sentence == cue.sentence and not c.nested for c in part.cues):
                continue  # the outlet only reports the inner attribution; it shows in citations
            source = sources[cue.source]
            counts[(source.key, "paraphrase")] += 1
            attribution_rows.append({
                "article_id": article.article_id, "start": cue.sentence[0], "end": cue.sentence[1],
                "source": canon(cue.source), "source_type": source.source_type, "anonymous": _is_anonymous(source),
                "kind": "paraphrase", "sentence": article.body[cue.sentence[0]:cue.sentence[1]],
                "cue": cue.text, "via": cue.via, "mention": cue.mention, "reason": cue.reason,
                "paragraph": cue.paragraph})
        for key, source in sources.items():
            if not (counts[(key, "quote")] or counts[(key, "paraphrase")]):
                continue
            first = min(source.mentions) if source.mentions else (0, 0)
            source_rows.append({
                "article_id": article.article_id, "source": canon(key), "source_type": source.source_type,
                "anonymous": _is_anonymous(source), "mentions": len(source.mentions),
                "quotes": counts[(key, "quote")], "paraphrases": counts[(key, "paraphrase")],
                "evidence": _evidence(article, first[0]), "named": source.named,
                "variants": "|".join(sorted(source.variants)),
                "anonymity": source.anonymous_reason, "descriptions": " | ".join(dict.fromkeys(source.descriptions))})
            for variant in sorted(source.variants):
                if clean_name(variant).lower() != canon(key).lower():  # not "a woman" for "woman"
                    variant_rows.append({"article_id": article.article_id, "canonical": canon(key),
                                         "variant": variant, "reason": "same source in the article"
                                         if canon(key) == key else "corpus-wide transliteration/surname match"})
        for scare in part.scare_quotes:
            scare_rows.append(scare)
        for hedge in part.hedges:
            hedge_rows.append({**hedge, "applies_to": canon(hedge["applies_to"]) if hedge["applies_to"] else ""})
        citation_rows += _citations(part, canon)
    result = SourcingResult(
        quotes=_frame(quote_rows, QUOTE_COLUMNS),
        sources=_frame(source_rows, SOURCE_COLUMNS),
        citations=_frame(citation_rows, CITATION_COLUMNS),
        attributions=_frame(attribution_rows, ATTRIBUTION_COLUMNS).sort_values(
            ["article_id", "start"], kind="stable").reset_index(drop=True) if attribution_rows else
        _frame([], ATTRIBUTION_COLUMNS),
        scare_quotes=_frame(scare_rows, ["article_id", "paragraph", "start", "end", "quote", "reason"]),
        hedges=_frame(hedge_rows, ["article_id", "start", "end", "kind", "applies_to", "by", "evidence", "reason"]),
        variants=_frame(variant_rows, ["article_id", "canonical", "variant", "reason"]).drop_duplicates()
        if variant_rows else _frame([], ["article_id", "canonical", "variant", "reason"]),
    )
    result.version_quotes = version_quote_changes(corpus, result.quotes)
    return result


VERSION_QUOTE_COLUMNS = ["original_id", "version_id", "relation", "change", "original_quote", "version_quote",
                         "original_speaker", "version_speaker", "original_start", "original_end", "version_start",
                         "version_end", "explanation"]
SAME_QUOTATION = 85.0   # token-set likeness (0-100) of two quotations that are one quotation ...
SAME_WORDING = 90.0     # ... and plain likeness at which its wording is unchanged
SPEAKER_DETERMINER = re.compile(r"^(?:one|an?|the)\s+", re.I)  # before a description: the same speaker either way


def version_quote_changes(corpus: Corpus, quotes: pd.DataFrame) -> pd.DataFrame:
    """Quotations that change between versions of one story (`corpus.relations`): the same quotation given to
    another speaker (`speaker_changed`), its words changed (`quotation_reworded`), or said in the other version
    without quotation marks in the sentence aligned with it (`quotation_paraphrased`). Each pair is read from
    the original to the version that derives from it (the relation's `derived`), else both ways (either text
    may be the one that lost or changed a quotation), a change found both ways reported once; a quotation of
    fewer than four words, or one the other version does not carry at all, is not compared."""
    rows = []
    relations = corpus.relations if corpus.relations is not None else pd.DataFrame()
    by_id = {a.article_id: a for a in corpus.analysable}
    quotes_of = {article_id: [(q, fold(q.quote).lower()) for q in group.itertuples()]  # once, not per pair
                 for article_id, group in quotes.groupby("article_id", sort=False)}
    from .relations import oriented  # here: the relations module loads scikit-learn

    for rel in relations.to_dict("records"):
        directed = oriented(rel)  # (derived, original)
        readings = [directed[::-1]] if directed else [(rel["a_id"], rel["b_id"]), (rel["b_id"], rel["a_id"])]
        if any(article_id not in by_id for article_id in readings[0]):
            continue
        reported = set()  # each change (its kind, the two quotations) already read the other way
        for a_id, b_id in readings:  # a: the original, b: its version
            rows += _version_changes(rel, by_id[a_id], by_id[b_id], quotes_of, reported)
    frame = pd.DataFrame(rows, columns=VERSION_QUOTE_COLUMNS)
    return frame.drop_duplicates(subset=["original_id", "version_id", "change", "original_start", "version_start"])


def _version_changes(rel: dict, original: Article, version: Article, quotes_of: dict, reported: set) -> list[dict]:
    """The changes of `version_quote_changes` read from `original` to `version`; `reported` holds each change
    already found (its kind and the two quotations' article and start), and takes this reading's."""
    from rapidfuzz import fuzz

    rows = []
    a_id, b_id = original.article_id, version.article_id
    pairs = rel["alignment"] if rel["a_id"] == a_id else [(y, x, s) for x, y, s in rel["alignment"]]
    aligned = {x: y for x, y, _ in pairs}
    theirs = quotes_of.get(b_id, [])
    for mine, key in quotes_of.get(a_id, []):
        if len(mine.quote.split()) < 4:
            continue
        scored = [(fuzz.token_set_ratio(key, folded), q) for q, folded in theirs]
        score, match = max(scored, key=lambda pair: pair[0], default=(0.0, None))
        if score < SAME_QUOTATION:  # the quotation's first sentence the version carries, else its next one ...
            targets = [aligned[s.index] for s in original.sentences
                       if s.start < mine.end and mine.start < s.end and s.index in aligned]
            if not targets:
                continue  # the version does not carry this passage
            span = version.sentences[targets[0]]
            inside = [q for q, _ in theirs if q.start < span.end and span.start < q.end]  # ... and what quotes it
            if inside:
                match = inside[0]
            else:
                rows.append(_version_row(rel, mine, None, "quotation_paraphrased", span=(span.start, span.end),
                                         text=span.text, explanation="the version says it without quotation "
                                         "marks: its words cannot be checked against the speaker's"))
                continue
        if match.speaker and mine.speaker and _speaker_key(match.speaker) != _speaker_key(mine.speaker):
            rows.append(_version_row(rel, mine, match, "speaker_changed",
                                     explanation=f"the quotation is given to {match.speaker} in the "
                                                 f"version, to {mine.speaker} in the original"))
        if fuzz.ratio(key, fold(match.quote).lower()) < SAME_WORDING:
            rows.append(_version_row(rel, mine, match, "quotation_reworded",
                                     explanation="the words inside the quotation marks differ: a quotation "
                                                 "should not be reworded"))
    fresh = []
    for row in rows:
        key = (row["change"], frozenset([(row["original_id"], row["original_start"]),
                                         (row["version_id"], row["version_start"])]))
        if key not in reported:
            reported.add(key)
            fresh.append(row)
    return fresh


def _speaker_key(speaker: str) -> str:
    """A speaker's name or description without the article or 'one' before it ('one inmate' = 'an inmate')."""
    return SPEAKER_DETERMINER.sub("", speaker).lower()


def _version_row(rel: dict, mine, theirs, change: str, *, span: tuple[int, int] | None = None, text: str = "",
                 explanation: str) -> dict:
    version_id = rel["b_id"] if mine.article_id == rel["a_id"] else rel["a_id"]
    return {"original_id": mine.article_id, "version_id": version_id, "relation": rel["kind"], "change": change,
            "original_quote": mine.quote, "version_quote": theirs.quote if theirs is not None else text,
            "original_speaker": mine.speaker, "version_speaker": theirs.speaker if theirs is not None else "",
            "original_start": mine.start, "original_end": mine.end,
            "version_start": theirs.start if theirs is not None else span[0],
            "version_end": theirs.end if theirs is not None else span[1], "explanation": explanation}


def _frame(rows: list[dict], columns: list[str]) -> pd.DataFrame:
    frame = pd.DataFrame(rows)
    if frame.empty:
        return pd.DataFrame(columns=columns)
    extra = [c for c in frame.columns if c not in columns]
    return frame[columns + extra]


def _citations(part: ArticleSourcing, canon) -> list[dict]:
    """Publisher -> original outlet -> outlets (and what they report) named in the article."""
    article = part.article
    publisher = article.value("outlet") or f"article {article.article_id}"
    original = article.value("original_outlet")
    rows = []
    reporter = original or publisher
    if original and original != publisher:
        evidence = article.meta["original_outlet"].evidence if "original_outlet" in article.meta else ""
        rows.append({"article_id": article.article_id, "citing": publisher, "cited": original,
                     "evidence": evidence, "start": -1, "end": -1,
                     "reason": "translation or summary of the original outlet"})
    for cue in part.cues:
        source = part.sources[cue.source]
        evidence = article.body[cue.sentence[0]:cue.sentence[1]]
        if source.kind == "outlet" and source.named and canon(cue.source) != reporter:  # not 'some Telegram channels'
            rows.append({"article_id": article.article_id, "citing": reporter, "cited": canon(cue.source),
                         "evidence": evidence, "start": cue.sentence[0], "end": cue.sentence[1],
                         "reason": f"cue: {cue.text}"})
        if cue.via and canon(cue.via) not in (reporter, canon(cue.source)) and \
                (cue.via not in part.sources or part.sources[cue.via].named):  # "told Mediazona", not "TV networks"
            rows.append({"article_id": article.article_id, "citing": reporter, "cited": canon(cue.via),
                         "evidence": evidence, "start": cue.sentence[0], "end": cue.sentence[1],
                         "reason": f"interview with the outlet: {cue.text}"})
        if cue.outer and cue.outer != cue.source and canon(cue.outer) != reporter and not _is_anonymous(source):
            rows.append({"article_id": article.article_id, "citing": cue.outer, "cited": canon(cue.source),
                         "evidence": evidence, "start": cue.sentence[0], "end": cue.sentence[1],
                         "reason": "attribution reported by the outlet"})
    for outlet, sentence in cited_outlets(article):  # "..., the Interfax news agency reported on Monday, but ..."
        if outlet not in (reporter, publisher):
            rows.append({"article_id": article.article_id, "citing": reporter, "cited": outlet,
                         "evidence": sentence.text, "start": sentence.start, "end": sentence.end,
                         "reason": "the article cites the outlet"})
    if cited_only(article, reporter):  # "told CNBC" in a page that names no publisher: the outlet is still cited
        for outlet, sentence in cited_outlets(article):
            if outlet == reporter:
                rows.append({"article_id": article.article_id, "citing": f"article {article.article_id}",
                             "cited": outlet, "evidence": sentence.text, "start": sentence.start, "end": sentence.end,
                             "reason": "the article cites the outlet whose reporting it is taken to carry"})
    for name, offset in part.references:  # "(Lenz Daily, August 14)"
        sentence = article.sentence_at(offset)
        if canon(name) not in (reporter, publisher):
            rows.append({"article_id": article.article_id, "citing": reporter, "cited": canon(name),
                         "evidence": sentence.text if sentence else "", "start": sentence.start if sentence else -1,
                         "end": sentence.end if sentence else -1, "reason": "a dated source note in parentheses"})
    for name, offset in part.reports:  # "a report by Amnesty International", "In a report, HRW said"
        sentence = article.sentence_at(offset)
        if canon(name) not in (reporter, publisher):
            rows.append({"article_id": article.article_id, "citing": reporter, "cited": canon(name),
                         "evidence": sentence.text if sentence else "", "start": sentence.start if sentence else -1,
                         "end": sentence.end if sentence else -1,
                         "reason": "the article cites the organisation's report"})
    for citer, cited, offset in part.citing:
        sentence = article.sentence_at(offset)
        rows.append({"article_id": article.article_id, "citing": canon(citer), "cited": canon(cited),
                     "evidence": sentence.text if sentence else "", "start": sentence.start if sentence else -1,
                     "end": sentence.end if sentence else -1, "reason": "citing"})
    retold = article.value("retold_outlet")
    if retold and retold != publisher and retold not in {row["cited"] for row in rows}:
        rows.append({"article_id": article.article_id, "citing": publisher, "cited": retold,
                     "evidence": article.meta["retold_outlet"].evidence, "start": -1, "end": -1,
                     "reason": "rewrite of the outlet's story"})
    unique = {}
    for row in rows:
        unique.setdefault((row["citing"], row["cited"]), row)
    return list(unique.values())
