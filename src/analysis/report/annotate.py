"""The annotated reading: each article's text with its quotations coloured by speaker and its figures, time
expressions and translation errors marked, each mark carrying its resolution.

In: the data folder (paragraphs.csv for the text, quotes.csv, numbers.csv, number_flags.csv, timex.csv,
translation_issues.csv for the marks; every offset is a character offset in the article's cleaned body, as the
analyses write them). Out: one `Reading` per article, its paragraphs as escaped HTML: a mark is a `<mark>` element
whose `title` attribute holds the resolution (shown on hover). A mark whose resolution tells the reader something
the text does not (a flagged figure, a translation error, a figure's source or range, a relative date placed on the
calendar, the speaker of a quotation whose colour names nobody) also gets a numbered call (`<sup class="call">`)
and a note in `Reading.notes`, printed as run-in endnotes after the article (both hidden on screen); "12 March
2024" resolved to 2024-03-12 gets none. No scripts, every piece of article text escaped. Marks that cross one
another cannot nest: the one of lower rank (see `RANKS`) is left out and counted in `Reading.left_out` (every mark
is in its table anyway).
"""

from __future__ import annotations

import html
from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd

from .tables import read_table, shorten

SPEAKER_COLOURS = 8  # distinct colours for the most quoted speakers of an article (.speaker-0 ... -7); the rest grey
RANKS = {"quote": 0, "critical": 1, "major": 2, "flag": 3, "minor": 4, "neutral": 5, "figure": 6, "time": 7}
MAX_NOTE = 220  # characters of one resolution
MAX_SHORT = 110  # characters of one printed note
SMALL = 100  # figures below this, read from the text, get no printed note ("a dozen", "six months")


@dataclass(frozen=True)
class Mark:
    start: int
    end: int
    kind: str  # a key of RANKS
    note: str  # the resolution in full: hover text
    css: str  # extra class (speaker colour)
    short: str = ""  # the resolution in brief, printed as an endnote; "" when it adds nothing to the text


@dataclass
class Reading:
    article_id: str
    title: str
    paragraphs: list[str] = field(default_factory=list)  # HTML
    speakers: list[tuple[str, str]] = field(default_factory=list)  # (speaker, css class) for the legend
    counts: dict[str, int] = field(default_factory=dict)  # marks drawn, by kind
    left_out: int = 0
    anchors: set[str] = field(default_factory=set)  # ids of the marks, `at-<article>-<start>`
    notes: list[str] = field(default_factory=list)  # the print endnotes, numbered from 1 in reading order


def reading_ids(data: Path) -> list[str]:
    """The articles of paragraphs.csv (those a reading can be made of), in article order."""
    paragraphs = read_table(data, "paragraphs.csv", ("article_id", "start", "text"))
    return [] if paragraphs is None else sorted(set(paragraphs.article_id))


def readings(data: Path, ids: list[str] | None = None) -> list[Reading]:
    """One annotated reading per article of paragraphs.csv (or of those among `ids`), in article order; marks are
    built only for those articles."""
    paragraphs = read_table(data, "paragraphs.csv", ("article_id", "start", "text"))
    if paragraphs is None or paragraphs.empty:
        return []
    if ids is not None:
        paragraphs = paragraphs[paragraphs.article_id.isin(set(ids))]
    titles = read_table(data, "articles.csv", ("article_id", "title"))
    title_of = dict(zip(titles.article_id, titles.title)) if titles is not None else {}
    marks = all_marks(data, set(paragraphs.article_id))
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
        fragment = render(text, kept, offset=begin, article_id=article_id, anchors=result.anchors,
                          notes=result.notes)
        heading = getattr(row, "kind", "text") == "heading"
        result.paragraphs.append(f'<p class="heading">{fragment}</p>' if heading else f"<p>{fragment}</p>")
    return result


def nested(marks: list[Mark]) -> tuple[list[Mark], int]:
    """The marks that nest (each pair disjoint or one inside the other), taken by rank, then position, then in
    the order given (not a set's order, which changes with the hash seed from run to run); and how many cross
    a mark of higher rank or repeat a span and are left out. Empty marks are left out too."""
    kept: list[Mark] = []
    dropped = 0
    for mark in sorted(dict.fromkeys(marks), key=lambda m: (RANKS.get(m.kind, 9), m.start, -m.end)):
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


def render(text: str, marks: list[Mark], *, offset: int, article_id: str, anchors: set[str],
           notes: list[str]) -> str:
    """`text` escaped, with the nesting `marks` (offsets within `text`) as <mark> elements; each mark with a
    `short` resolution gets the next note number, its text appended to `notes`."""
    ordered = sorted(marks, key=lambda m: (m.start, -m.end, RANKS.get(m.kind, 9)))
    out, cursor, stack = [], 0, []

    def close_until(position: int) -> None:
        nonlocal cursor
        while stack and stack[-1].end <= position:
            mark = stack.pop()
            out.append(html.escape(text[cursor:mark.end]))
            cursor = mark.end
            call = ""
            if mark.short:
                notes.append(mark.short)
                call = f'<sup class="call">{len(notes)}</sup>'
            out.append(f"{call}</mark>")

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


def first_sentence(text: str) -> str:
    """Up to the first '. ' (the rest of an explanation is on hover and in its table)."""
    cut = text.find(". ")
    return text[: cut + 1] if cut >= 0 else text


def note(*parts: str) -> str:
    return shorten("; ".join(str(p) for p in parts if str(p).strip()), MAX_NOTE)


def position(row, start: str = "start", end: str = "end") -> tuple[int, int] | None:
    try:
        return int(float(getattr(row, start))), int(float(getattr(row, end)))
    except (AttributeError, TypeError, ValueError):
        return None


def all_marks(data: Path, ids: set[str]) -> dict[str, tuple[list[Mark], list[tuple[str, str]]]]:
    """{article_id: (marks, [(speaker, css class)])} of the articles `ids` from every table that has spans."""
    marks: dict[str, list[Mark]] = {}
    speakers: dict[str, list[tuple[str, str]]] = {}

    def read(name: str, columns: tuple[str, ...]) -> pd.DataFrame | None:
        table = read_table(data, name, columns)
        return None if table is None else table[table.article_id.isin(ids)]

    def add(article_id: str, span: tuple[int, int] | None, kind: str, text: str, css: str = "",
            short: str = "") -> None:
        if span is not None:
            marks.setdefault(article_id, []).append(Mark(span[0], span[1], kind, text, css, short))

    quotes = read("quotes.csv", ("article_id", "start", "end", "speaker"))
    quoted: dict[str, list[tuple[int, int]]] = {}  # article -> quotation spans: their colour names the speaker
    for article_id, rows in (quotes.groupby("article_id", sort=True) if quotes is not None else []):
        names = rows.speaker.where(rows.speaker.str.strip() != "", "no speaker found")
        order = names.value_counts().sort_index().sort_values(ascending=False, kind="stable").index
        colour = {name: f"speaker-{i}" if i < SPEAKER_COLOURS and name != "no speaker found" else "speaker-other"
                  for i, name in enumerate(order)}
        speakers[article_id] = [(name, colour[name]) for name in order]
        for row, name in zip(rows.itertuples(), names):
            kind = f" ({row.speaker_type})" if getattr(row, "speaker_type", "") else ""
            span = position(row)
            add(article_id, span, "quote", note(f"Quotation: {name}{kind}", f"how: {getattr(row, 'reason', '')}"),
                colour[name], short=f"{name}{kind}" if colour[name] == "speaker-other" else "")
            if span is not None and colour[name] != "speaker-other":
                quoted.setdefault(article_id, []).append(span)
    flags = read("number_flags.csv", ("article_id", "start", "end", "flag"))
    flagged = set()
    for row in (flags.drop_duplicates(["article_id", "start", "end"]).itertuples() if flags is not None else []):
        flagged.add((row.article_id, row.start))
        explanation = str(getattr(row, "explanation", ""))
        add(row.article_id, position(row), "flag", note(f"Figure flagged ({row.flag.replace('_', ' ')})", explanation),
            short=shorten(f"flagged, {row.flag.replace('_', ' ')}: {first_sentence(explanation)}", MAX_SHORT))
    numbers = read("numbers.csv", ("article_id", "start", "end", "text"))
    for row in (numbers.itertuples() if numbers is not None else []):
        if (row.article_id, row.start) in flagged:
            continue
        source = f"source: {row.source}" if getattr(row, "source", "") else ""
        span = position(row)
        said_in_quote = span is not None and any(s <= span[0] and span[1] <= e
                                                 for s, e in quoted.get(row.article_id, []))
        shown_source = "" if said_in_quote else source
        add(row.article_id, span, "figure", note(f"Figure: {figure(row)}", source),
            short=note(figure(row), shown_source) if shown_source or figure_adds(row) else "")
    timex = read("timex.csv", ("article_id", "start_char", "end_char", "text"))
    for row in (timex.itertuples() if timex is not None else []):
        add(row.article_id, position(row, "start_char", "end_char"), "time",
            note(f"Time: {resolved(row)}", getattr(row, "reason", "")),
            short=calendar(row) if time_adds(row) else "")
    issues = read("translation_issues.csv", ("article_id", "start", "end", "severity"))
    for row in (issues.itertuples() if issues is not None else []):
        severity = row.severity if row.severity in RANKS else "minor"
        category = str(getattr(row, "category", "")).replace("_", " ")
        explanation = str(getattr(row, "explanation", ""))
        reference = str(getattr(row, "reference_id", "")).strip()
        reference_text = str(getattr(row, "reference_text", "")).strip()
        original = f"original {reference}: “{reference_text}”" if reference and reference_text else ""
        label = explanation.split(":")[0].strip() if original else first_sentence(explanation)
        add(row.article_id, position(row), severity, note(f"Translation, {row.severity}: {category}", original,
                                                          explanation),
            short=shorten(f"{row.severity}: {label or category}" + (f"; {reference} has “{reference_text}”"
                                                                     if original else ""), MAX_SHORT))
    return {article_id: (found, speakers.get(article_id, [])) for article_id, found in marks.items()} | {
        article_id: ([], names) for article_id, names in speakers.items() if article_id not in marks}


def figure(row) -> str:
    """'1,200 (1,080–1,320) anglers' for "about 1,200 anglers"."""
    try:
        value, low, high = (float(getattr(row, name, "") or "nan") for name in ("value", "low", "high"))
    except ValueError:
        return row.text
    shown = f"{value:,.0f}" if value == value else "?"
    span = f" ({low:,.0f}–{high:,.0f})" if low == low and high == high and (low, high) != (value, value) else ""
    what = " ".join(str(getattr(row, name, "")).strip() for name in ("unit", "what")).strip()
    return f"{shown}{span}" + (f" {what}" if what else "")


def figure_adds(row) -> bool:
    """Does the resolved figure tell more than its text: a range read into it ("around 75": 68–83) or a value
    the text does not write in digits ("a dozen" = 12)? "4,000 tonnes" resolved to 4,000 does not."""
    try:
        value, low, high = (float(getattr(row, name, "") or "nan") for name in ("value", "low", "high"))
    except ValueError:
        return False
    if value != value or value < SMALL:
        return False
    if low == low and high == high and (low, high) != (value, value):
        return True
    digits = str(getattr(row, "text", "")).replace(",", "").replace(" ", "")
    whole = f"{value:.0f}" if value == int(value) else f"{value:g}"
    return whole not in digits and str(int(value)) not in digits


def time_adds(row) -> bool:
    """Does the calendar span tell more than the expression: a relative or partial date placed on the calendar,
    a month or day given its year? An expression not placed on the calendar, or one that writes its own year
    ("12 March 2024"), gets no note."""
    start = str(getattr(row, "start", "")).strip()
    if not start:
        return False
    return str(getattr(row, "kind", "")).strip() != "absolute" or start[:4] not in str(getattr(row, "text", ""))


def calendar(row) -> str:
    """A calendar span in brief: '2022-08-11', '2022-07' (a whole month), '2022-07-11 to 08-11'."""
    start, end = str(getattr(row, "start", "")).strip(), str(getattr(row, "end", "")).strip()
    if end in ("", start):
        return start
    try:
        first, last = pd.Timestamp(start), pd.Timestamp(end)
    except ValueError:
        return f"{start} to {end}"
    if first.day == 1 and last == first + pd.offsets.MonthEnd(0):
        return start[:7]
    if first.month == 1 and first.day == 1 and last.month == 12 and last.day == 31 and first.year == last.year:
        return start[:4]
    return f"{start} to {end[5:] if end[:4] == start[:4] else end}"


def resolved(row) -> str:
    """'2022-07-01 to 2022-07-31 (month)' or 'not placed on the calendar'."""
    start, end = str(getattr(row, "start", "")).strip(), str(getattr(row, "end", "")).strip()
    if not start:
        return "not placed on the calendar"
    span = start if end in ("", start) else f"{start} to {end}"
    granularity = str(getattr(row, "granularity", "")).strip()
    return span + (f" ({granularity})" if granularity else "")
