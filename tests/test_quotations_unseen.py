"""Quotations and their speakers in patterns met on real pages the project had not seen (session 9), each on a
small invented article. The expected values are read from the invented texts."""

from __future__ import annotations

import pytest

from analysis.corpus import load_corpus
from analysis.sourcing import analyse


@pytest.fixture
def run(write_corpus):
    def go(*bodies: str):
        return analyse(load_corpus(write_corpus({f"{i:03d}_page.txt": body for i, body in enumerate(bodies)})))
    return go


def speaker_of(result, fragment: str) -> str:
    rows = result.quotes[result.quotes.quote.str.contains(fragment, regex=False)]
    assert len(rows) == 1, f"{fragment!r} in quotes: {list(result.quotes.quote)}; scare: {list(result.scare_quotes.quote)}"
    return rows.speaker.iloc[0]


def test_the_last_paragraph_of_a_long_quotation_opening_with_an_ellipsis_continues_it(run):
    result = run("Harbour City drew 1-1 with Rovers on Saturday.\n\n"
                 "\u201cWell done to coach Petersen and his players. They deserved the point,\u201d Dlamini said.\n\n"
                 "\u201cThey have a lot of pace up front. So we knew the wide men would hurt us.\n\n"
                 "\u201c \u2026 And once more well done to coach Petersen and his staff.\u201d\n")
    assert speaker_of(result, "And once more") == "Dlamini"


@pytest.mark.parametrize("body", [
    "Harbour Bank reported a lower profit on Tuesday.\n\n"
    "\"The numbers look fine in every respect but one,'' said Ada Lund, an analyst at Fenwick Capital. "
    "\"The outlook is weaker than expected.''\n",
    "Harbour Bank reported a lower profit on Tuesday.\n\n"
    "``The numbers look fine in every respect but one,'' said Ada Lund, an analyst at Fenwick Capital. "
    "``The outlook is weaker than expected.''\n",
])
def test_two_apostrophes_written_for_a_double_mark_open_or_close_a_quotation(run, body):
    result = run(body)
    assert list(result.quotes.quote) == ["The numbers look fine in every respect but one,",
                                         "The outlook is weaker than expected."]
    assert speaker_of(result, "The outlook") == "Ada Lund"


@pytest.mark.parametrize("before", [
    "Dr. Anna Berg, who treated the victim, spoke to reporters. ",
    "Dr. Anna Berg, who treated the victim, spoke to reporters.\n\n",  # the quotation opens its paragraph
])
def test_according_to_in_the_next_sentence_is_no_cue_for_a_quotation_before_it(run, before):
    result = run("Three men were arrested after the stabbing in Lenz on Friday.\n\n" + before +
                 "\u201cHe was brought to us too late.\u201d According to the regional prosecutor\u2019s office, "
                 "the suspect had returned from the front in March.\n")
    assert speaker_of(result, "brought to us too late") == "Anna Berg"


def test_subjects_of_neither_nor_are_no_sources(run):
    result = run("The pardons were never published.\n\n"
                 "The Kestrel Times pointed out that neither the Attorney General, nor the Kremlin, nor the prison "
                 "service had ever explained how the pardons would be made legal.\n")
    assert set(result.sources.source) == {"Kestrel Times"}


@pytest.mark.parametrize("intro", [
    "Anna Berg has run the Lenz food bank for ten years. We asked Berg about the winter ahead.",
    "Reporter Tom Hale spoke with Anna Berg, who runs the Lenz food bank. Berg has run it for ten years.",
])
def test_the_lines_of_an_interview_transcript_are_the_interviewers_and_the_interviewees(run, intro):
    result = run(f"Lenz food bank braces for winter\n\n{intro}\n\n"
                 "Q: How many families do you feed?\n\n"
                 "A: About 300 a week, and the number is growing.\n\n"
                 "Q: What do you need most?\n\n"
                 "A: We need more volunteers on Saturdays.\n\n"
                 "Q: Will you stay on?\n\n"
                 "A: No idea.\n")
    assert speaker_of(result, "About 300 a week") == "Anna Berg"
    assert speaker_of(result, "more volunteers") == "Anna Berg"
    assert speaker_of(result, "How many families") == "interviewer"
    assert speaker_of(result, "No idea") == "Anna Berg"  # a short answer is no scare quote
    assert list(result.quotes.cue[:2]) == ["Q:", "A:"]


def test_a_lone_a_colon_line_is_no_interview_answer(run):
    result = run("The council listed its options on Monday.\n\n"
                 "A: We close the pool in winter.\n\n"
                 "The mayor, Jane Rook, said no option had been chosen.\n")
    assert result.quotes.empty
