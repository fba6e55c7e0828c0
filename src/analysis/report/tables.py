"""The one reader of the analysis CSVs for the report code (findings, annotated reading, provenance).

In: the data folder, a file name and the columns the caller needs. Out: the table with every value as text
('' for a blank), or None when the file is missing, unreadable or lacks a needed column, so each part of the
report that needs it is left out rather than failing the build.
"""

from __future__ import annotations

from pathlib import Path

import pandas as pd


def read_table(data: Path, name: str, columns: tuple[str, ...] = ()) -> pd.DataFrame | None:
    """data/`name` as strings if it exists, parses and has `columns`; else None."""
    path = data / name
    if not path.is_file():
        return None
    try:
        table = pd.read_csv(path, dtype=str, keep_default_na=False)
    except (pd.errors.EmptyDataError, pd.errors.ParserError, UnicodeDecodeError):
        return None
    return table if set(columns) <= set(table.columns) else None


def shorten(text: str, limit: int) -> str:
    """The text on one line, cut at `limit` characters with an ellipsis."""
    text = " ".join(str(text).split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"
