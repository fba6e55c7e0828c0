"""Readable notebook tables on invented rows: headers, no index, whole text, blanks for missing values."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

from analysis.display import cell, header, table

LONG = "The council said the cannery would close in June, and " * 4  # longer than pandas' 50-character default


def test_table_keeps_text_whole_escaped_without_index_and_with_human_headers():
    frame = pd.DataFrame({"article_id": ["7", "8"], "source_type": ["union", "official"], "evidence": [LONG, "<b>"],
                          "chrf": [74.25, np.nan]}, index=[10, 11])
    rendered = table(frame)._repr_html_()
    assert "<th>Article</th><th>Source type</th><th>Evidence</th><th>chrF</th>" in rendered
    assert LONG in rendered and "&lt;b&gt;" in rendered and "<b>" not in rendered
    assert ">10<" not in rendered and ">11<" not in rendered  # no index column
    assert '<td class="num"></td>' in rendered and "nan" not in rendered.lower()


def test_table_shows_the_chosen_columns_under_the_given_headers():
    frame = pd.DataFrame({"a": [1], "b": [2], "c": [3]})
    rendered = table(frame, {"c": "Third", "a": "First"})._repr_html_()
    assert "<th>Third</th><th>First</th></tr>" in rendered and "<td class=\"num\">3</td><td class=\"num\">1</td>" \
        in rendered


@pytest.mark.parametrize("value, expected", [
    (None, ""), (float("nan"), ""), (pd.NA, ""), (np.int64(45000), "45,000"), (12.0, "12"), (45000.0, "45,000"),
    (74.25, "74.2"), (0.391, "0.391"), (True, "yes"), (np.bool_(False), "no"), ("text", "text"),
])
def test_cell_values(value, expected):
    assert cell(value) == expected


@pytest.mark.parametrize("name, expected", [("source_type", "Source type"), ("chrf", "chrF"), ("words", "Words")])
def test_headers(name, expected):
    assert header(name) == expected


def test_plain_text_form_shows_first_and_last_rows_and_the_html_every_row():
    frame = pd.DataFrame({"article_id": [f"a{i}" for i in range(100)], "note": [f"line {i}" for i in range(100)]})
    shown = table(frame)
    plain = repr(shown).splitlines()
    assert "a0" in plain[1] and "a99" in plain[-1] and not any("a50 " in line for line in plain)
    assert len(plain) <= 1 + 20 + 1  # header, first and last rows, the '...' row
    assert shown._repr_html_().count("<tr>") == 1 + 100  # the header row and every row
    assert "a3" in repr(table(frame.head(4))).splitlines()[-1]  # a short table whole
