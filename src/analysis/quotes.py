"""Direct quotations: where quoted text begins and ends in an article body.

In: an `Article` (its `folded` text, so curly and straight marks are alike, and its paragraphs). Out: a list of
`QuoteSpan`s with body offsets of the quoted text (marks excluded), the paragraph, and how the span was closed.
Pure text work, no speaker: `analysis.sourcing` attributes each span. Robust to what machine translations
and careless copying leave behind: a quote opened at a paragraph start and never closed runs to the paragraph
end (and, by the newspaper convention, is continued by a next paragraph that opens with a mark), and so does one
opened mid-paragraph when the next paragraph opens with a mark; any other quote never closed ends with its
sentence; a closing mark with no opening one closes a quote that began at the start of its sentence. A paragraph
that opens with a dash and closes the quoted words with a second dash before a speech verb ('- We were lied to,
- he said') is a quotation too (dialogue in translations from Russian). Single quotes inside double ones are part of
the quotation, and so is a curly double pair nested in another; an article with no double marks quotes with its
single curly ones, and one of those left open runs on when the next paragraph opens with a mark; in an article
that quotes with double marks, a pair of single ones outside them around two words or more is a partial quotation.
A paragraph without quotation marks that opens with a name and a colon and speaks in the first person ('José
Gomes: I am disappointed ...') is a quotation labelled as in a transcript.
A paragraph that speaks in the first person without quotation marks right after a paragraph that ends with a colon
('Timofey, a lawyer, told the story of a client:' / 'My client laughed at it. ...') is a block quotation.
In an interview transcript the paragraphs opening 'Q:' and 'A:' are the interviewer's and the interviewee's words.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from .textnorm import lookup_key

if TYPE_CHECKING:
    from .corpus import Article

MARK = '"'
_FIRST_PERSON = re.compile(r"\b(?:I|[Ww]e|[Yy]ou|[Mm]y|[Oo]ur|[Mm]e|[Uu]s)\b")  # a speaker's own words
WORD = re.compile(r"\w+(?:['-]\w+)*")
_OPENERS_BEFORE = set(" \n\t([{-/:;,")  # a mark after these (or at the start) opens a quotation
_CLOSERS_AFTER = set(" \n\t)]}.,;:!?-/")  # a mark before these (or at the end) closes one
SINGLE_OPENERS_BEFORE = set(" \n\t([-\u2013\u2014")  # a single mark after these may open a partial quotation


@dataclass(frozen=True)
class QuoteSpan:
    start: int  # body offset of the first quoted character (after the mark)
    end: int  # body offset just past the last quoted character (before the mark)
    paragraph: int
    closing: str  # 'paired' | 'runs_to_paragraph_end' | 'ends_with_sentence' | 'opened_at_sentence_start' |
    # 'dash_dialogue' | 'block_quote' | 'speaker_label' | 'interview_question' | 'interview_answer'
    continues_previous: bool = False  # this paragraph continues a quotation left open in the one before
    words: int = 0  # number of words quoted


def _mark_role(text: str, i: int) -> str:
    """'open', 'close' or 'either' for the quotation mark at text[i], from the characters around it."""
    before = text[i - 1] if i > 0 else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    opens = before in _OPENERS_BEFORE and after not in " \n\t"
    closes = before not in " \n\t" and after in _CLOSERS_AFTER
    if opens and not closes:
        return "open"
    if closes and not opens:
        return "close"
    return "either"


def _sentence_start(article: Article, offset: int, floor: int) -> int:
    sentence = article.sentence_at(offset)
    start = sentence.start if sentence else floor
    return max(start, floor)


def _sentence_end(article: Article, offset: int, ceiling: int) -> int:
    sentence = article.sentence_at(offset)
    end = sentence.end if sentence else ceiling
    return min(end, ceiling)


def _strip(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start] in " \n\t":
        start += 1
    while end > start and text[end - 1] in " \n\t":
        end -= 1
    return start, end


def _next_paragraph_reopens(article: Article, paragraph_index: int, text: str) -> bool:
    """The next paragraph opens with a quotation mark: by the newspaper convention the quotation left open at
    the end of this one runs to its end and continues there."""
    if paragraph_index + 1 >= len(article.paragraphs):
        return False
    following = article.paragraphs[paragraph_index + 1]
    return following.kind == "text" and text[following.start:following.end].lstrip().startswith(MARK)


def paragraph_quotes(article: Article, paragraph_index: int, text: str, *, left_open: bool = False) -> list[QuoteSpan]:
    """Quotation spans in one paragraph of `text` (the article's `marked` text). `left_open`: the previous
    paragraph ended inside a quotation."""
    para = article.paragraphs[paragraph_index]
    marks = [i for i in range(para.start, para.end) if text[i] == MARK]
    spans: list[QuoteSpan] = []
    open_at: int | None = None
    for i in marks:
        role = _mark_role(text, i)
        if open_at is None:
            if role == "close":
                start = _sentence_start(article, i - 1, para.start)
                if not spans and _FIRST_PERSON.search(text, para.start, start):
                    start = para.start  # the sentences before speak in the first person: the lost mark opened them
                spans.append(QuoteSpan(*_strip(text, start, i), para.index, "opened_at_sentence_start"))
            else:
                open_at = i
        elif role == "open" and _mark_role(text, open_at) == "open" and _sentence_end(
                article, open_at + 1, para.end) <= i:
            # two openers in a row: the first quotation was never closed; it ends with its sentence
            end = _sentence_end(article, open_at + 1, i)
            spans.append(QuoteSpan(*_strip(text, open_at + 1, end), para.index, "ends_with_sentence"))
            open_at = i
        else:
            spans.append(QuoteSpan(*_strip(text, open_at + 1, i), para.index, "paired"))
            open_at = None
    if open_at is not None:
        at_paragraph_start = not text[para.start:open_at].strip()
        if at_paragraph_start or _next_paragraph_reopens(article, paragraph_index, text):
            spans.append(QuoteSpan(*_strip(text, open_at + 1, para.end), para.index, "runs_to_paragraph_end"))
        else:
            end = _sentence_end(article, open_at + 1, para.end)
            spans.append(QuoteSpan(*_strip(text, open_at + 1, end), para.index, "ends_with_sentence"))
    if left_open and spans and text[para.start:spans[0].start].strip() in ("", MARK):  # '" ... And once more
        first = spans[0]
        spans[0] = replace(first, continues_previous=True)
    return [replace(s, words=len(WORD.findall(text, s.start, s.end))) for s in spans if s.end > s.start]


DASH_DIALOGUE = re.compile(  # '- We were lied to, - one of the convicts told the court' (Russian-style dialogue)
    r"\s*-\s+(?P<quote>[^\n]+?[,!?])\s+-\s+(?P<cue>(?:[\w'.-]+\s+){0,5}?)"
    r"(?:said|says|told|tells|added|adds|explained|explains|recalled|recalls|wrote|writes|asked|asks|replied|"
    r"answered|admitted|complained|insisted|shouted)\b")


def dash_quote(article: Article, paragraph_index: int, text: str) -> QuoteSpan | None:
    """The quotation of a paragraph that opens with a dash and closes it with a second dash followed within a
    few words by a speech verb ('- We were lied to, - he told the court'); None for any other paragraph."""
    para = article.paragraphs[paragraph_index]
    if para.kind != "text" or MARK in text[para.start:para.end]:
        return None
    found = DASH_DIALOGUE.match(text, para.start, para.end)
    if found is None:
        return None
    start, end = _strip(text, found.start("quote"), found.end("quote"))
    return QuoteSpan(start, end, para.index, "dash_dialogue", words=len(WORD.findall(text, start, end)))


def block_quote(article: Article, paragraph_index: int, text: str) -> QuoteSpan | None:
    """The block quotation a paragraph makes: the paragraph before ends with a colon and this one opens without a
    quotation mark and speaks in the first person in its first sentence ('My client laughed at it.'). It runs to
    the paragraph's end, or to the sentence before a quotation the block itself quotes; None otherwise."""
    if paragraph_index == 0:
        return None
    para, before = article.paragraphs[paragraph_index], article.paragraphs[paragraph_index - 1]
    if para.kind != "text" or before.kind != "text" or not (
            text[before.start:before.end].rstrip().endswith(":") or _introduces_speaker(article, para, before, text)):
        return None
    first = article.sentence_at(para.start)
    first_end = min(first.end, para.end) if first else para.end
    if text[para.start:para.end].lstrip().startswith(MARK) or not _FIRST_PERSON.search(text, para.start, first_end):
        return None
    mark = text.find(MARK, para.start, para.end)
    end = para.end if mark < 0 else _sentence_start(article, mark, para.start)
    start, end = _strip(text, para.start, end)
    if end <= start:
        return None
    return QuoteSpan(start, end, para.index, "block_quote", words=len(WORD.findall(text, start, end)))


# a paragraph that opens in the first person: 'We were taken to the camp at night.'
_OPENS_FIRST_PERSON = re.compile(r"\s*(?:I|We|My|Our)\b(?!['’]d\b)")
# a speech verb in the last sentence of a narrative paragraph: 'Andrei says the recruiters came in July.'
_TELLS = re.compile(r"\b(?:says|said|recalls|recalled|remembers|remembered|tells|told|explains|explained|adds|added|"
                    r"describes|described)\b")


def _introduces_speaker(article: Article, para, before, text: str) -> bool:
    """A paragraph without a colon that introduces the next one as someone's words (Meduza style: 'Andrei says
    the recruiters came in July.' / 'We were taken to the camp at night. ...'): this paragraph opens in the first
    person, the one before speaks of someone in the third person with a speech verb in its last sentence, and the
    story's lead is in the third person (a first-person column is its writer's own words)."""
    lead = next((p for p in article.paragraphs if p.kind == "text"), None)
    last = article.sentence_at(max(before.start, before.end - 2))
    return bool(_OPENS_FIRST_PERSON.match(text, para.start, para.end)) and lead is not None and \
        not _FIRST_PERSON.search(_unquoted(text, before)) and not _FIRST_PERSON.search(_unquoted(text, lead)) and \
        last is not None and bool(_TELLS.search(_unquoted(text, before), max(0, last.start - before.start)))


def _unquoted(text: str, para) -> str:
    """A paragraph's text with its quotations blanked, same length."""
    return re.sub(MARK + r"[^" + MARK + r"]*(?:" + MARK + r"|$)", lambda m: " " * len(m.group(0)),
                  text[para.start:para.end])


# a name of two to four capitalised words and a colon opening a paragraph: 'José Gomes: '
NAME_LABEL = re.compile(r"\s*(?:[A-Z][\w'’.-]*\s){1,3}?[A-Z][\w'’.-]*:\s+(?=\S)")


def label_quote(article: Article, paragraph_index: int, text: str) -> QuoteSpan | None:
    """The words of a paragraph without quotation marks that opens with a name of two to four capitalised words
    and a colon, when they speak in the first person ('José Gomes: I am disappointed in the players'): what that
    speaker said, labelled as in a transcript; None for any other paragraph ('Photo: Reuters')."""
    para = article.paragraphs[paragraph_index]
    if para.kind != "text" or MARK in text[para.start:para.end]:
        return None
    label = NAME_LABEL.match(text, para.start, para.end)
    if label is None:
        return None
    start, end = _strip(text, label.end(), para.end)
    first = article.sentence_at(start)
    if not _FIRST_PERSON.search(text, start, min(first.end, end) if first else end):
        return None
    return QuoteSpan(start, end, para.index, "speaker_label", words=len(WORD.findall(text, start, end)))


# a transcript's line label: 'Q:', 'A:', 'Question:', 'ANSWER:', 'Interviewer:', the writer's 'Me:' opening a
# paragraph
INTERVIEW_LABEL = re.compile(r"\s*(?P<label>Q|A|Me|ME|(?i:question|answer|interviewer))\s?:\s+(?=\S)")
_INTERVIEW_CLOSING = {"q": "interview_question", "question": "interview_question", "me": "interview_question",
                      "interviewer": "interview_question", "a": "interview_answer", "answer": "interview_answer"}
# a speaker's label of one to four capitalised words opening an answer: 'THE PRESIDENT:', 'Prime Minister:', 'JK:'
ANSWER_LABEL = re.compile(r"\s*(?:[A-Z][\w'’./-]*\s){0,3}[A-Z][\w'’./-]*\s?:\s+(?=\S)")


def interview_quotes(article: Article, text: str) -> dict[int, QuoteSpan]:
    """The lines of an interview transcript, by paragraph index: paragraphs that open with 'Q:', 'Question:',
    'Interviewer:' or 'Me:' (the interviewer's words), and the answers: a paragraph opening 'A:' or 'Answer:', one
    opening with another speaker's label right after a question or an answer ('THE PRESIDENT: ...'), and one without a
    label right after an answer (the answer goes on). Read only in an article that has both questions and answers,
    so that a lone 'A: ...' item is no answer."""
    lines = _dash_dialogue(article, text)
    previous = ""  # the kind of line the paragraph before is
    for para in article.paragraphs:
        if para.index in lines:
            previous = ""  # a line of dialogue: a paragraph after it goes on with no answer
            continue
        label = INTERVIEW_LABEL.match(text, para.start, para.end) if para.kind == "text" else None
        speaker = ANSWER_LABEL.match(text, para.start, para.end) if para.kind == "text" and previous else None
        if label is not None:
            kind, start = _INTERVIEW_CLOSING[lookup_key(label.group("label"))], label.end()
        elif speaker is not None:
            kind, start = "interview_answer", speaker.end()
        elif previous == "interview_answer" and para.kind == "text":
            kind, start = "interview_answer", para.start
        else:
            previous = ""
            continue
        start, end = _strip(text, start, para.end)
        lines[para.index] = QuoteSpan(start, end, para.index, kind, words=len(WORD.findall(text, start, end)))
        previous = kind
    kinds = {span.closing for span in lines.values()}
    return lines if kinds == {"interview_question", "interview_answer"} else {}


DIALOGUE_DASH = re.compile(r"\s*[–—-]\s+(?=\S)")  # a line of dialogue in the Russian way: '– Why do you say that?'
DIALOGUE_LINES = 3  # consecutive dash lines, a question and an answer among them, that make a dialogue


def _dash_dialogue(article: Article, text: str) -> dict[int, QuoteSpan]:
    """A run of DIALOGUE_LINES paragraphs or more that open with a dash, questions (ending with '?') and answers
    ('– Don't you want to go home?' / '– No, I don't.'), none of them a dash quotation with its speech verb after a
    second dash: the lines of an interview, as 'Q:' and 'A:' ones."""
    found, run = {}, []
    for para in [*article.paragraphs, None]:
        dash = DIALOGUE_DASH.match(text, para.start, para.end) if para is not None and para.kind == "text" else None
        if dash is not None and dash_quote(article, para.index, text) is None:
            start, end = _strip(text, dash.end(), para.end)
            kind = "interview_question" if text[start:end].rstrip().endswith("?") else "interview_answer"
            run.append(QuoteSpan(start, end, para.index, kind, words=len(WORD.findall(text, start, end))))
            continue
        if len(run) >= DIALOGUE_LINES and {s.closing for s in run} == {"interview_question", "interview_answer"}:
            found.update({s.paragraph: s for s in run})
        run = []
    return found


_OPEN_SINGLE, _CLOSE_SINGLE, _OPEN_DOUBLE, _CLOSE_DOUBLE = "\u2018", "\u2019", "\u201c", "\u201d"


def marked(article: Article) -> str:
    """The folded text with `MARK` at the quotation marks and nowhere else, same length: a pair of curly double
    marks nested inside another in a paragraph whose curly marks balance ('"It was ... "attack aircraft" and
    ... a classic," says X') becomes single marks, part of the outer quotation; an article with no double marks
    that quotes with single curly ones (the British style: 'Storm fighters, they're just meat,' said a soldier)
    has its single pairs read as quotation marks, and one that quotes with double marks its partial quotations in
    single ones outside them ('called it 'a disaster for the town''). Two apostrophes written for a double mark
    ('"The numbers look fine,'' said X') are one."""
    chars = list(article.folded)
    body = article.body
    _double_apostrophes(body, chars)
    for para in article.paragraphs:
        curly = [i for i in range(para.start, para.end) if body[i] in (_OPEN_DOUBLE, _CLOSE_DOUBLE)]
        opening = sum(body[i] == _OPEN_DOUBLE for i in curly)
        if not curly or MARK in body[para.start:para.end] or 2 * opening != len(curly):
            continue  # no curly marks, some straight ones, or unbalanced: left as they are
        depth = 0
        for i in curly:
            depth += body[i] == _OPEN_DOUBLE
            if depth > 1:
                chars[i] = "'"  # a nested pair
            depth -= body[i] == _CLOSE_DOUBLE
    if not any(MARK in chars[p.start:p.end] for p in article.paragraphs if p.kind == "text"):
        for para, following in zip(article.paragraphs, [*article.paragraphs[1:], None]):
            continued = following is not None and following.kind == "text" and \
                body[following.start:following.end].lstrip().startswith(_OPEN_SINGLE)
            for start, end in _single_pairs(body, para.start, para.end, continued=continued):
                chars[start] = MARK
                if end is not None:
                    chars[end] = MARK
        return "".join(chars)
    text = "".join(chars)
    for para in article.paragraphs:
        doubles = [i for i in range(para.start, para.end) if chars[i] == MARK]
        if para.kind != "text" or len(doubles) % 2:
            continue  # an unbalanced paragraph: which single marks stand outside its quotations is unclear
        for start, end in _partial_single_pairs(text, para.start, para.end):
            if not any(a < start < b for a, b in zip(doubles[::2], doubles[1::2])):
                chars[start] = chars[end] = MARK
    return "".join(chars)


# two straight apostrophes (or backticks) written as one double mark: 'fine,'' said X', ``Well ...''; curly
# ones are left alone, a plural possessive may close a single quotation (‘the soldiers’’)
_DOUBLE_APOSTROPHE = re.compile(r"(?<!['`])['`]{2}(?!['`])")


def _double_apostrophes(body: str, chars: list[str]) -> None:
    """Make each pair of straight apostrophes that stands for a double mark one `MARK`, on the side the quotation
    is (the first of a closing pair after a word, the second of an opening one), and the other a space."""
    for found in _DOUBLE_APOSTROPHE.finditer(body):
        i = found.start()
        closes = i > 0 and not body[i - 1].isspace()
        chars[i], chars[i + 1] = (MARK, " ") if closes else (" ", MARK)


def _partial_single_pairs(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """(opening, closing) offsets of partial quotations in single marks in text[start:end] (folded: one mark for
    apostrophes and single quotation marks) of an article that quotes with double ones ('called it 'a disaster
    for the town''): an opening mark at the paragraph start or after a space, a bracket or a dash, before a
    letter; closed by the first mark after it that a non-space precedes and no letter or digit follows, other
    than a plural possessive ('the workers' union'), with two words or more between them."""
    pairs = []
    i = start
    while (i := text.find("'", i, end)) >= 0:
        if not (i == start or text[i - 1] in SINGLE_OPENERS_BEFORE) or i + 1 >= end or not text[i + 1].isalpha():
            i += 1
            continue
        j, close = i + 1, -1
        while (j := text.find("'", j, end)) >= 0:
            after = text[j + 1:j + 3]
            if not text[j - 1].isspace() and not after[:1].isalnum() and not (
                    text[j - 1] == "s" and len(after) == 2 and after[0] == " " and after[1].islower()):
                close = j
                break
            j += 1
        if close < 0:
            break
        if len(WORD.findall(text, i + 1, close)) >= 2 and MARK not in text[i:close]:
            pairs.append((i, close))
        i = close + 1
    return pairs


def _single_pairs(body: str, start: int, end: int, *, continued: bool = False) -> list[tuple[int, int | None]]:
    """(opening, closing) offsets of single curly quotation marks in body[start:end]: an opening mark at a word's
    start, closed by the first closing mark after it that no letter follows and that is not a plural possessive
    ('the soldiers' families': an s before it, a lower-case word after it), unless another quotation opens
    before the next closing mark ('In 'penal colonies' prisoners are recruited as 'employees''). An opening mark
    never closed is (opening, None) when the next paragraph opens with a mark (`continued`: by the newspaper
    convention the quotation runs on there), else no quotation."""
    pairs = []
    i = start
    while (i := body.find(_OPEN_SINGLE, i, end)) >= 0:
        before = body[i - 1] if i > start else " "
        if before.isalnum() or i + 1 >= end or body[i + 1].isspace():
            i += 1
            continue
        j = i + 1
        close = possessive = -1
        while (j := body.find(_CLOSE_SINGLE, j, end)) >= 0:
            after = body[j + 1:j + 3]
            if body[j - 1] == "s" and len(after) == 2 and after[0] == " " and after[1].islower():
                possessive = j if possessive < 0 else possessive
            elif not after[:1].isalpha():
                close = j
                break
            j += 1
        if possessive >= 0 and re.search(r"(?<!\w)" + _OPEN_SINGLE, body[possessive:close if close >= 0 else end]):
            close = possessive  # another quotation opens before the next closing mark: the possessive-like one closes
        if close < 0:
            if continued:
                pairs.append((i, None))
            break
        pairs.append((i, close))
        i = close + 1
    return pairs


def find_quotes(article: Article) -> list[QuoteSpan]:
    """All quotation spans of an article, in body order."""
    spans: list[QuoteSpan] = []
    left_open = False
    text = marked(article)
    interview = interview_quotes(article, text)
    for para in article.paragraphs:
        dashed = interview.get(para.index) or dash_quote(article, para.index, text) or \
            label_quote(article, para.index, text)
        found = [dashed] if dashed else paragraph_quotes(article, para.index, text, left_open=left_open)
        if not dashed and not left_open and (block := block_quote(article, para.index, text)):
            found = [block] + [s for s in found if s.start >= block.end]
        spans.extend(found)
        left_open = bool(found) and found[-1].closing == "runs_to_paragraph_end"
    return spans
