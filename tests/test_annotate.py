"""The annotated reading on an invented article: marks with their resolutions, speakers' colours, escaping,
crossing marks left out and counted."""

from __future__ import annotations

import html
import re

import pandas as pd
import pytest

from analysis.report.annotate import Mark, nested, readings

TEXT = ('The cannery <b>closed</b> on Friday. "We lost 120 jobs," said Ann Lee. '
        '"Nobody was told," a worker said.')


def offsets(part: str) -> tuple[int, int]:
    start = TEXT.index(part)
    return start, start + len(part)


@pytest.fixture
def data(tmp_path):
    pd.DataFrame({"article_id": ["7"], "start": [0], "end": [len(TEXT)], "kind": ["text"], "text": [TEXT]}
                 ).to_csv(tmp_path / "paragraphs.csv", index=False)
    pd.DataFrame({"article_id": ["7"], "title": ["Harbour cannery shuts"]}).to_csv(tmp_path / "articles.csv",
                                                                                   index=False)
    quotes = [offsets("We lost 120 jobs,"), offsets("Nobody was told,")]
    pd.DataFrame({"article_id": ["7", "7"], "start": [q[0] for q in quotes], "end": [q[1] for q in quotes],
                  "speaker": ["Ann Lee", ""], "speaker_type": ["union", ""], "reason": ["name after the quote", ""]}
                 ).to_csv(tmp_path / "quotes.csv", index=False)
    start, end = offsets("120")
    pd.DataFrame({"article_id": ["7"], "start": [start], "end": [end], "text": ["120"], "value": [120.0],
                  "low": [120.0], "high": [120.0], "unit": [""], "what": ["jobs"], "source": ["Ann Lee"]}
                 ).to_csv(tmp_path / "numbers.csv", index=False)
    start, end = offsets("on Friday")
    pd.DataFrame({"article_id": ["7"], "start_char": [start], "end_char": [end], "text": ["on Friday"],
                  "start": ["2024-03-08"], "end": ["2024-03-08"], "granularity": ["day"],
                  "reason": ["the Friday before publication"]}).to_csv(tmp_path / "timex.csv", index=False)
    start, end = offsets("Nobody was")  # crosses nothing: inside the second quotation
    crossing = offsets("jobs,\" said")  # crosses the end of the first quotation
    pd.DataFrame({"article_id": ["7", "7"], "severity": ["critical", "minor"], "category": ["negation", "punctuation"],
                  "start": [start, crossing[0]], "end": [end, crossing[1]], "reference_id": ["6", ""],
                  "reference_text": ["Everybody was", ""], "explanation": ["negation added", "odd quote"]}
                 ).to_csv(tmp_path / "translation_issues.csv", index=False)
    return tmp_path


def test_each_mark_carries_its_resolution_as_title_and_the_useful_ones_as_numbered_notes(data):
    [reading] = readings(data)
    body = reading.paragraphs[0]
    assert reading.title == "Harbour cannery shuts"
    # said inside Ann Lee's quotation (her colour names her) and written in digits: nothing to add in print
    assert re.search(r'<mark id="at-7-\d+" class="m m-figure" title="Figure: 120 jobs; source: Ann Lee">120</mark>',
                     body)
    # a relative date placed on the calendar, an error with the original's wording, a quotation nobody is
    # named for (grey): numbered notes in reading order
    assert 'title="Time: 2024-03-08 (day); the Friday before publication">on Friday<sup class="call">1</sup>' in body
    assert 'class="m m-critical" title="Translation, critical: negation; original 6: “Everybody was”; negation added"' \
        in body
    assert reading.notes == ["2024-03-08", "critical: negation added; 6 has “Everybody was”", "no speaker found"]
    assert body.count('<sup class="call">') == 3


def test_quotations_are_coloured_by_speaker_and_listed(data):
    [reading] = readings(data)
    assert reading.speakers == [("Ann Lee", "speaker-0"), ("no speaker found", "speaker-other")]
    assert 'class="m m-quote speaker-0" title="Quotation: Ann Lee (union); how: name after the quote">We lost' \
        in reading.paragraphs[0]


def test_article_text_is_escaped_and_crossing_marks_are_counted(data):
    [reading] = readings(data)
    assert "&lt;b&gt;closed&lt;/b&gt;" in reading.paragraphs[0] and "<b>" not in reading.paragraphs[0]
    assert reading.left_out == 1 and "m-minor" not in reading.paragraphs[0]
    assert reading.counts == {"quote": 2, "critical": 1, "figure": 1, "time": 1}
    text = re.sub(r'<sup class="call">.*?</sup>|<[^>]+>', "", reading.paragraphs[0][3:-4])
    assert html.unescape(text) == TEXT  # every character of the article, once


@pytest.mark.parametrize("marks, kept", [
    ([Mark(0, 10, "quote", "", ""), Mark(2, 4, "figure", "", "")], 2),  # nested
    ([Mark(0, 10, "quote", "", ""), Mark(8, 12, "figure", "", "")], 1),  # crossing: the lower rank goes
    ([Mark(0, 4, "time", "", ""), Mark(5, 9, "figure", "", "")], 2),  # apart
    ([Mark(3, 3, "time", "", "")], 0),  # empty
])
def test_only_nesting_marks_are_drawn(marks, kept):
    assert len(nested(marks)[0]) == kept


@pytest.mark.parametrize("row, adds", [
    ({"text": "4,000 tonnes", "value": 4000.0, "low": 4000.0, "high": 4000.0}, False),  # as written
    ({"text": "about 4,000 tonnes", "value": 4000.0, "low": 3600.0, "high": 4400.0}, True),  # a range read in
    ({"text": "thousands of anglers", "value": 4472.0, "low": 2000.0, "high": 9999.0}, True),
    ({"text": "six weeks", "value": 6.0, "low": 6.0, "high": 6.0}, False),  # small: the words say it
    ({"text": "two million", "value": 2000000.0, "low": 2000000.0, "high": 2000000.0}, True),
])
def test_a_figure_gets_a_printed_note_only_when_its_resolution_adds_to_the_text(row, adds):
    from types import SimpleNamespace

    from analysis.report.annotate import figure_adds
    assert figure_adds(SimpleNamespace(**row)) is adds


@pytest.mark.parametrize("row, adds, shown", [
    ({"text": "12 March 2024", "kind": "absolute", "start": "2024-03-12", "end": "2024-03-12"}, False, "2024-03-12"),
    ({"text": "in May", "kind": "absolute", "start": "2024-05-01", "end": "2024-05-31"}, True, "2024-05"),
    ({"text": "last week", "kind": "relative", "start": "2024-03-04", "end": "2024-03-10"}, True,
     "2024-03-04 to 03-10"),
    ({"text": "for two years", "kind": "duration", "start": "", "end": ""}, False, ""),
])
def test_a_time_expression_gets_a_printed_note_only_when_the_calendar_adds_to_it(row, adds, shown):
    from types import SimpleNamespace

    from analysis.report.annotate import calendar, time_adds
    assert time_adds(SimpleNamespace(**row)) is adds
    assert calendar(SimpleNamespace(**row)) == shown


def test_only_the_chosen_articles_are_read(data):
    """The report annotates a few articles of a large corpus: marks are built for the chosen ones only."""
    from analysis.report.annotate import reading_ids

    assert reading_ids(data) == ["7"]
    assert readings(data, []) == []
    assert [r.article_id for r in readings(data, ["7"])] == ["7"]
    assert readings(data, ["7"])[0].paragraphs == readings(data)[0].paragraphs
