"""Tables as the notebooks' readers see them: human headers, no index column, text whole, missing values blank.

In: a DataFrame and, optionally, the columns to show with their headers. Out: an HTML table object for
`display()` (the report wraps long cells; the CSVs keep everything). One place for pandas' display settings, so
no notebook cuts evidence at pandas' default 50 characters. Its plain-text form (the fallback Jupyter stores
beside the HTML, which no reader sees) shows the first and last rows only, as pandas does.
"""

from __future__ import annotations

import html
import math
import numbers

import numpy as np
import pandas as pd

PLAIN_ROWS = 20  # rows of a table's plain-text form (first and last); its HTML has every row
HEADERS = {  # column names whose plain rewriting would read badly
    "article_id": "Article", "a_id": "Article A", "b_id": "Article B", "reference_id": "Original",
    "chrf": "chrF", "bleu": "BLEU", "ter": "TER", "mt_signs": "MT signs", "mqm": "MQM category",
    "url": "URL", "sha256": "SHA-256",
}


def setup() -> None:
    """pandas shows every column and every character of a cell (the report wraps them)."""
    pd.set_option("display.max_colwidth", None)
    pd.set_option("display.max_columns", None)
    pd.set_option("display.width", None)


def header(name: str) -> str:
    """'source_type' -> 'Source type'; known abbreviations kept ('chrf' -> 'chrF')."""
    if name in HEADERS:
        return HEADERS[name]
    text = str(name).replace("_", " ").strip()
    return text[:1].upper() + text[1:]


def cell(value) -> str:
    """A value as text: '' for missing, integers without '.0', other numbers to one decimal."""
    if value is None or value is pd.NA or value is pd.NaT or (isinstance(value, float) and math.isnan(value)):
        return ""
    if is_bool(value):
        return "yes" if value else "no"
    if isinstance(value, numbers.Integral):
        return f"{int(value):,}" if abs(value) >= 10000 else str(int(value))
    if isinstance(value, numbers.Real):
        value = float(value)
        if value.is_integer():
            return f"{value:,.0f}" if abs(value) >= 10000 else f"{value:.0f}"
        return f"{value:,.1f}" if abs(value) >= 10 else f"{value:.3g}"
    return str(value)


def is_bool(value) -> bool:
    return isinstance(value, (bool, np.bool_))  # numpy's bool is no Python bool


class Table:
    """An HTML table for `display()`; `_repr_html_` is what Jupyter and the report render."""

    def __init__(self, frame: pd.DataFrame, columns: dict[str, str] | list[str] | None = None):
        if isinstance(columns, dict):
            frame, names = frame[list(columns)], list(columns.values())
        else:
            frame = frame[list(columns)] if columns is not None else frame
            names = [header(c) for c in frame.columns]
        self.frame, self.names = frame, names

    def _repr_html_(self) -> str:
        head = "".join(f"<th>{html.escape(name)}</th>" for name in self.names)
        rows = []
        for values in self.frame.itertuples(index=False):
            cells = []
            for value in values:
                text = cell(value)
                numeric = isinstance(value, numbers.Real) and not is_bool(value)
                cells.append(f'<td class="num">{html.escape(text)}</td>' if numeric
                             else f"<td>{html.escape(text)}</td>")
            rows.append(f"<tr>{''.join(cells)}</tr>")
        return (f'<table class="dataframe readable"><thead><tr>{head}</tr></thead>'
                f"<tbody>{''.join(rows)}</tbody></table>")

    def __repr__(self) -> str:
        return self.frame.to_string(index=False, header=self.names, max_rows=PLAIN_ROWS)


def table(frame: pd.DataFrame, columns: dict[str, str] | list[str] | None = None) -> Table:
    """`frame` (or its `columns`, renamed when a dict {column: header}) as a readable table without its index."""
    return Table(frame, columns)


def none_found(what: str) -> None:
    """An italic 'None found: <what>.' line in place of an empty table or figure."""
    from IPython.display import Markdown, display

    display(Markdown(f"*None found: {what}.*"))
