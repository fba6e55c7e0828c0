"""The annotated reading: each article's text with its quotations coloured by speaker and its figures, time
expressions and translation errors marked, each mark carrying its resolution.

In: the data folder (paragraphs.csv for the text, quotes.csv, numbers.csv, number_flags.csv, timex.csv,
translation_issues.csv for the marks; every offset is a character offset in the article's cleaned body, as the
analyses write them). Out: one `Reading` per article, its paragraphs as escaped HTML: a mark is a `<mark>`
element whose `title` attribute holds the resolution (shown on hover) and whose `<span class="fn">` holds the
same text as a print footnote (the stylesheet floats it to the page foot in the PDF and hides it on screen).
No scripts, every piece of article text escaped. Marks that cross one another cannot nest: the one of lower
rank (see `RANKS`) is left out and counted in `Reading.left_out` (every mark is in its table anyway).
"""

from __future__ import annotations

import html
from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd

SPEAKER_COLOURS = 8  # distinct colours for the most quoted speakers of an article (.speaker-0 ... -7); the rest grey
RANKS = {"quote": 0, "critical": 1, "major": 2, "flag": 3, "minor": 4, "neutral": 5, "figure": 6, "time": 7}
MAX_NOTE = 220  # characters of one resolution


@dataclass(frozen=True)
class Mark:
    start: int
    end: int
    kind: str  # a key of RANKS
    note: str  # the resolution in full: hover text
    css: str  # extra class (speaker colour)
    short: str = ""  # the resolution in brief: print footnote (`note` when empty)


@dataclass
class Reading:
    article_id: str
    title: str
    paragraphs: list[str] = field(default_factory=list)  # HTML
    speakers: list[tuple[str, str]] = field(default_factory=list)  # (speaker, css class) for the legend
    counts: dict[str, int] = field(default_factory=dict)  # marks drawn, by kind
    left_out: int = 0
    anchors: set[str] = field(default_factory=set)  # ids of the marks, `at-<article>-<start>`


def read(data: Path, name: str) -> pd.DataFrame:
    """A CSV of the data folder as strings ('' for missing), or an empty table."""
    path = data / name
    if not path.is_file():
        return pd.DataFrame()
    try:
        return pd.read_csv(path, dtype=str, keep_default_na=False)
    except (pd.errors.EmptyDataError, pd.errors.ParserError, UnicodeDecodeError):
        return pd.DataFrame()


def readings(data: Path) -> list[Reading]:
    """One annotated reading per article of paragraphs.csv, in article order."""
    paragraphs = read(data, "paragraphs.csv")
    if paragraphs.empty or not {"article_id", "start", "text"} <= set(paragraphs.columns):
        return []
    titles = read(data, "articles.csv")
    title_of = dict(zip(titles.article_id, titles.title)) if {"article_id", "title"} <= set(titles.columns) else {}
    marks = all_marks(data)
    out = []
    for article_id, rows in paragraphs.groupby("article_id", sort=True):
        article_marks, speakers = marks.get(article_id, ([], []))
        out.append(reading(article_id, title_of.get(article_id, ""), rows, article_marks, speakers))
    return out


def reading(article_id: str, title: str, paragraphs: pd.DataFrame, marks: list[Mark],
            speakers: list[tuple[str, str]]) -> Reading:
    result = Reading(article_id, title, speakers=speakers)
    for row in paragraphs.itertuples():
        begin, text = int(row.start), row.text
        inside = [Mark(max(m.start, begin) - begin, min(m.end, begin + len(text)) - begin, m.kind, m.note, m.css,
                       m.short)
                  for m in marks if m.start < begin + len(text) and m.end > begin]
        kept, dropped = nested(inside)
        result.left_out += dropped
        for mark in kept:
            result.counts[mark.kind] = result.counts.get(mark.kind, 0) + 1
        fragment = render(text, kept, offset=begin, article_id=article_id, anchors=result.anchors)
        heading = getattr(row, "kind", "text") == "heading"
        result.paragraphs.append(f'<p class="heading">{fragment}</p>' if heading else f"<p>{fragment}</p>")
    return result


def nested(marks: list[Mark]) -> tuple[list[Mark], int]:
    """The marks that nest (each pair disjoint or one inside the other), taken by rank; and how many cross a
    mark of higher rank and are left out. Empty marks are left out too."""
    kept: list[Mark] = []
    dropped = 0
    for mark in sorted(set(marks), key=lambda m: (RANKS.get(m.kind, 9), m.start, -m.end)):
        crosses = any(m.start < mark.end and mark.start < m.end
                      and not (m.start <= mark.start and mark.end <= m.end)
                      and not (mark.start <= m.start and m.end <= mark.end) for m in kept)
        same = any(m.start == mark.start and m.end == mark.end and m.kind != "quote" and mark.kind != "quote"
                   for m in kept)
        if mark.end <= mark.start or crosses or same:
            dropped += 1
        else:
            kept.append(mark)
    return kept, dropped


def render(text: str, marks: list[Mark], *, offset: int, article_id: str, anchors: set[str]) -> str:
    """`text` escaped, with the nesting `marks` (offsets within `text`) as <mark> elements."""
    ordered = sorted(marks, key=lambda m: (m.start, -m.end, RANKS.get(m.kind, 9)))
    out, cursor, stack = [], 0, []

    def close_until(position: int) -> None:
        nonlocal cursor
        while stack and stack[-1].end <= position:
            mark = stack.pop()
            out.append(html.escape(text[cursor:mark.end]))
            cursor = mark.end
            out.append(f'<span class="fn">{html.escape(mark.short or mark.note)}</span></mark>')

    for mark in ordered:
        close_until(mark.start)
        out.append(html.escape(text[cursor:mark.start]))
        cursor = mark.start
        anchor = f"at-{article_id}-{offset + mark.start}"
        id_attribute = "" if anchor in anchors else f' id="{anchor}"'
        anchors.add(anchor)
        classes = f"m m-{mark.kind}" + (f" {mark.css}" if mark.css else "")
        out.append(f'<mark{id_attribute} class="{classes}" title="{html.escape(mark.note, quote=True)}">')
        stack.append(mark)
    close_until(len(text) + 1)
    out.append(html.escape(text[cursor:]))
    return "".join(out)


def note(*parts: str) -> str:
    text = "; ".join(" ".join(str(p).split()) for p in parts if str(p).strip())
    return text if len(text) <= MAX_NOTE else text[: MAX_NOTE - 1].rstrip() + "…"


def position(row, start: str = "start", end: str = "end") -> tuple[int, int] | None:
    try:
        return int(float(getattr(row, start))), int(float(getattr(row, end)))
    except (AttributeError, TypeError, ValueError):
        return None


def all_marks(data: Path) -> dict[str, tuple[list[Mark], list[tuple[str, str]]]]:
    """{article_id: (marks, [(speaker, css class)])} from every table that has spans."""
    marks: dict[str, list[Mark]] = {}
    speakers: dict[str, list[tuple[str, str]]] = {}

    def add(article_id: str, span: tuple[int, int] | None, kind: str, text: str, css: str = "", short: str = "") -> None:
        if span is not None:
            marks.setdefault(article_id, []).append(Mark(span[0], span[1], kind, text, css, short))

    quotes = read(data, "quotes.csv")
    if {"article_id", "start", "end", "speaker"} <= set(quotes.columns):
        for article_id, rows in quotes.groupby("article_id", sort=True):
            names = rows.speaker.where(rows.speaker.str.strip() != "", "no speaker found")
            order = names.value_counts().sort_index().sort_values(ascending=False, kind="stable").index
            colour = {name: f"speaker-{i}" if i < SPEAKER_COLOURS and name != "no speaker found" else "speaker-other"
                      for i, name in enumerate(order)}
            speakers[article_id] = [(name, colour[name]) for name in order]
            for row, name in zip(rows.itertuples(), names):
                kind = f" ({row.speaker_type})" if getattr(row, "speaker_type", "") else ""
                add(article_id, position(row), "quote", note(f"Quotation: {name}{kind}",
                                                              f"how: {getattr(row, 'reason', '')}"), colour[name],
                    short=f"{name}{kind}")
    flags = read(data, "number_flags.csv")
    flagged = set()
    if {"article_id", "start", "end", "flag"} <= set(flags.columns):
        for row in flags.drop_duplicates(["article_id", "start", "end"]).itertuples():
            flagged.add((row.article_id, row.start))
            add(row.article_id, position(row), "flag",
                note(f"Figure flagged ({row.flag.replace('_', ' ')})", getattr(row, "explanation", "")))
    numbers = read(data, "numbers.csv")
    if {"article_id", "start", "end", "text"} <= set(numbers.columns):
        for row in numbers.itertuples():
            if (row.article_id, row.start) in flagged:
                continue
            source = f"source: {row.source}" if getattr(row, "source", "") else ""
            add(row.article_id, position(row), "figure", note(f"Figure: {figure(row)}", source),
                short=note(figure(row), source))
    timex = read(data, "timex.csv")
    if {"article_id", "start_char", "end_char", "text"} <= set(timex.columns):
        for row in timex.itertuples():
            add(row.article_id, position(row, "start_char", "end_char"), "time",
                note(f"Time: {resolved(row)}", getattr(row, "reason", "")), short=resolved(row))
    issues = read(data, "translation_issues.csv")
    if {"article_id", "start", "end", "severity"} <= set(issues.columns):
        for row in issues.itertuples():
            severity = row.severity if row.severity in RANKS else "minor"
            original = f"original {row.reference_id}: “{row.reference_text}”" \
                if getattr(row, "reference_text", "") and getattr(row, "reference_id", "") else ""
            add(row.article_id, position(row), severity,
                note(f"Translation, {row.severity}: {getattr(row, 'category', '').replace('_', ' ')}", original,
                     getattr(row, "explanation", "")))
    return {article_id: (found, speakers.get(article_id, [])) for article_id, found in marks.items()} | {
        article_id: ([], names) for article_id, names in speakers.items() if article_id not in marks}


def figure(row) -> str:
    """'about 1,500 = 1,500 (1,350–1,650) prisoners'."""
    try:
        value, low, high = (float(getattr(row, name, "") or "nan") for name in ("value", "low", "high"))
    except ValueError:
        return row.text
    shown = f"{value:,.0f}" if value == value else "?"
    span = f" ({low:,.0f}–{high:,.0f})" if low == low and high == high and (low, high) != (value, value) else ""
    what = " ".join(str(getattr(row, name, "")).strip() for name in ("unit", "what")).strip()
    return f"{shown}{span}" + (f" {what}" if what else "")


def resolved(row) -> str:
    """'2022-07-01 to 2022-07-31 (month)' or 'not placed on the calendar'."""
    start, end = str(getattr(row, "start", "")).strip(), str(getattr(row, "end", "")).strip()
    if not start:
        return "not placed on the calendar"
    span = start if end in ("", start) else f"{start} to {end}"
    granularity = str(getattr(row, "granularity", "")).strip()
    return span + (f" ({granularity})" if granularity else "")
