"""Turn an executed notebook into a report chapter: numbered headings, captioned figures and tables, caveats.

In: an executed notebook (nbformat dict) and the chapter it becomes. Out: a copy ready for the cell template
(parameter cells and stderr dropped, headings numbered with anchors, HTML and markdown outputs sanitised,
captions in each figure's or table's metadata) and, on the chapter, its headings, captions and caveats.
A caption is the question heading above the output, the subheading it sits under (a level-3 heading or a
markdown output that is only a bold line) and the first sentence of the note under the heading.
"""

from __future__ import annotations

import copy
import html
import re
from dataclasses import astuple, dataclass, field, replace

from .sanitise import markdown_html, sanitise

MAX_MARKDOWN = 3_000  # characters of one markdown output shown in the report (under a page)
MAX_ROWS = 25  # rows of one table shown in the report (the executed notebook and the CSV hold them all)
PRINT_ROWS = 16  # ... and in the PDF, which points to the HTML report for the rest
TABLE_ROW = re.compile(r"<tr\b")
MAX_NOTE = 200  # characters of the note under a heading carried into a caption
HIDDEN_TAGS = {"parameters", "injected-parameters", "remove-cell", "hide-in-report"}
SCREEN_ONLY_TAG = "screen-only"  # outputs shown in the HTML, replaced by a pointer in the PDF (keeps it short)
CAVEAT_HEADING = re.compile(r"^(caveats?|limitations?)\b", re.IGNORECASE)
HEADING = re.compile(r"^(#{1,6})\s+(.*?)\s*#*\s*$")
FENCE = re.compile(r"^\s*(```|~~~)")
OUTPUT_HEADING = re.compile(r"#{1,6}\s+([^\n]+)|\*\*([^*\n]+)\*\*")


@dataclass
class Heading:
    level: int  # 1 chapter, 2 numbered section, 3+ unnumbered
    number: str
    title: str
    anchor: str


@dataclass
class Caption:
    kind: str  # "Figure" or "Table"
    number: int
    text: str  # the question heading (and subheading) and the first sentence of the note under it
    anchor: str
    title: str  # the question heading (and subheading) alone, for the lists of figures and tables
    question: str = ""  # the question heading alone, for the print pointers


@dataclass
class Chapter:
    """One notebook in the report."""

    number: int
    notebook: str
    title: str
    anchor: str
    headings: list[Heading] = field(default_factory=list)
    captions: list[Caption] = field(default_factory=list)
    caveats: list[str] = field(default_factory=list)  # markdown
    body: str = ""
    data_files: list[str] = field(default_factory=list)  # the CSVs its notebook names
    screen_sections: list[str] = field(default_factory=list)  # pointers of the sections left out of the PDF


@dataclass
class Counters:
    figure: int = 0
    table: int = 0
    titles: dict[str, int] = field(default_factory=dict)  # "kind title" -> times used, to keep captions unique


def inline_markdown(text: str) -> str:
    """A heading's text as HTML: escaped, with `code` and **bold** kept."""
    escaped = html.escape(text, quote=False)
    escaped = re.sub(r"`([^`]+)`", r"<code>\1</code>", escaped)
    return re.sub(r"\*\*([^*]+)\*\*", r"<strong>\1</strong>", escaped)


def plain(text: str) -> str:
    """Markdown text without its markers (for captions and the contents); `snake_case` words stay whole."""
    text = re.sub(r"(\*\*|__)(.+?)\1", r"\2", text.replace("`", ""))
    return re.sub(r"(?<![\w*])([*_])(?!\s)(.+?)(?<!\s)\1(?![\w*])", r"\2", text).strip()


def structure(nb: dict, chapter: Chapter, counters: Counters) -> dict:
    """A copy of the executed notebook ready for the cell template: hidden cells and stderr dropped, headings
    numbered with anchors, caveats moved to `chapter.caveats`, captions attached to figures and tables."""
    nb = copy.deepcopy(nb)
    kept, question, note, in_caveats, section = [], chapter.title, "", False, 0
    subheading = ""  # a level-3+ heading, or a markdown output that is only a heading or a bold line
    for cell in nb["cells"]:
        if HIDDEN_TAGS & set(cell.get("metadata", {}).get("tags", [])):
            continue
        source = cell["source"] if isinstance(cell["source"], str) else "".join(cell["source"])
        if cell["cell_type"] == "markdown":
            lines, fenced, prose = [], False, []
            for line in source.splitlines():
                fenced ^= bool(FENCE.match(line))
                found = None if fenced else HEADING.match(line)
                if not found:
                    lines.append(line)
                    prose.append(line)
                    continue
                level, title = len(found.group(1)), found.group(2)
                if level == 1 and not chapter.headings:
                    chapter.title = plain(title)
                    chapter.headings.append(Heading(1, str(chapter.number), chapter.title, chapter.anchor))
                    question = chapter.title
                    continue  # the chapter heading is written by the page template
                if level <= 2:
                    in_caveats = bool(CAVEAT_HEADING.match(plain(title)))
                    if in_caveats:
                        continue
                    section += 1
                    heading = Heading(2, f"{chapter.number}.{section}", plain(title),
                                      f"{chapter.anchor}-{section}")
                    question, note, subheading = heading.title, "", ""
                    lines.append(f'<h2 id="{heading.anchor}"><span class="number">{heading.number}</span> '
                                 f"{inline_markdown(title)}</h2>")
                else:
                    heading = Heading(3, "", plain(title), "")
                    subheading = heading.title
                    lines.append(f"<h{min(level + 1, 6)}>{inline_markdown(title)}</h{min(level + 1, 6)}>")
                chapter.headings.append(heading)
                prose = []
            if in_caveats:
                chapter.caveats.append("\n".join(lines).strip())
                continue
            text = " ".join(" ".join(prose).split())
            note = caption_note(text) if text and not text.startswith("<") else note
            cell["source"] = "\n".join(lines)
        elif cell["cell_type"] == "code":
            if in_caveats:
                continue
            cell["outputs"] = [out for out in cell.get("outputs", []) if keep_output(out)]
            captions_before = len(chapter.captions)
            for output in cell["outputs"]:
                subheading = output_heading(output) or subheading
                caption_output(output, chapter, counters, question=question, note=note, subheading=subheading)
            if SCREEN_ONLY_TAG in cell.get("metadata", {}).get("tags", []):
                screen_only(cell["outputs"], chapter.captions[captions_before:])
            note = ""
        kept.append(cell)
    nb["cells"] = kept
    chapter.screen_sections = screen_only_sections(kept)
    return nb


def screen_only_sections(cells: list[dict]) -> list[str]:
    """Tag `screen-only-section` on every cell of a numbered section whose outputs are all screen-only: in
    print such a section would be a heading over a one-line pointer. Returns their pointers, which the page
    prints once at the end of the chapter."""
    sections: list[list[dict]] = []
    for cell in cells:
        source = cell["source"] if isinstance(cell["source"], str) else "".join(cell["source"])
        if cell["cell_type"] == "markdown" and '<h2 id="' in source or not sections:
            sections.append([])
        sections[-1].append(cell)
    pointers = []
    for section in sections[1:] if sections and not section_heading(sections[0]) else sections:
        shown = [cell for cell in section if cell["cell_type"] == "code" and any(
            o.get("output_type") in ("display_data", "execute_result") for o in cell.get("outputs", []))]
        if not shown or not all(SCREEN_ONLY_TAG in cell.get("metadata", {}).get("tags", []) for cell in shown):
            continue
        for cell in section:
            cell.setdefault("metadata", {}).setdefault("tags", []).append("screen-only-section")
            for output in cell.get("outputs", []):
                output.get("metadata", {}).pop("report_pointer", None)
                names = output.get("metadata", {}).pop("report_pointer_names", None)
                if names:
                    pointers.append(Pointer(*names))
    return merged(pointers)


@dataclass(frozen=True)
class Pointer:
    """Where the PDF points to outputs shown in the HTML only: 'Tables 14–21 (Which figures agree?)'."""

    kind: str  # "Table" or "Figure"
    first: int
    last: int
    question: str

    def __str__(self) -> str:
        if self.last > self.first:
            return f"{self.kind}s {self.first}–{self.last} ({self.question})"
        return f"{self.kind} {self.first} ({self.question})"

    def sentence(self) -> str:
        return f"{self} {'are' if self.last > self.first else 'is'} in the HTML report."


def merged(pointers: list[Pointer]) -> list[str]:
    """'Table 32 (Q)', 'Table 33 (Q)' -> 'Tables 32–33 (Q)': consecutive pointers under one question as one."""
    out: list[Pointer] = []
    for pointer in pointers:
        if out and (out[-1].kind, out[-1].question, out[-1].last + 1) == (pointer.kind, pointer.question,
                                                                          pointer.first):
            out[-1] = replace(out[-1], last=pointer.last)
        else:
            out.append(pointer)
    return [str(pointer) for pointer in out]


def section_heading(cells: list[dict]) -> bool:
    """Does this run of cells start with a numbered section heading?"""
    source = cells[0]["source"] if isinstance(cells[0]["source"], str) else "".join(cells[0]["source"])
    return cells[0]["cell_type"] == "markdown" and '<h2 id="' in source


def screen_only(outputs: list[dict], captions: list[Caption]) -> None:
    """Mark a cell's outputs for the screen only; the first carries one print pointer naming their captions
    ('Tables 14-21 (Which figures measure the same thing?) are in the HTML report')."""
    shown = [o for o in outputs if o.get("output_type") in ("display_data", "execute_result")]
    for output in shown:
        output.setdefault("metadata", {})["report_screen_only"] = True
    if not shown or not captions:
        return
    pointer = Pointer(captions[0].kind, captions[0].number, captions[-1].number,
                      captions[0].question or captions[0].title)
    shown[0]["metadata"]["report_pointer"] = pointer.sentence()
    shown[0]["metadata"]["report_pointer_names"] = list(astuple(pointer))


def caption_note(prose: str) -> str:
    """The first sentence of the prose under a heading, for a caption; '' when it is long (the text is right
    above the output anyway)."""
    first = re.match(r"(.+?[.!?])(\s|$)", prose)
    sentence = plain(first.group(1) if first else prose)
    return sentence if len(sentence) <= MAX_NOTE else ""


def keep_output(output: dict) -> bool:
    """Warnings and other stderr are for the executed notebook, not for the reader."""
    return not (output.get("output_type") == "stream" and output.get("name") == "stderr")


def output_heading(output: dict) -> str:
    """The text of a markdown output that is only a heading or a bold line (`**pay offered**`), else ''."""
    found = OUTPUT_HEADING.fullmatch(output.get("data", {}).get("text/markdown", "").strip())
    return plain(found.group(1) or found.group(2)) if found else ""


def shortened(markdown: str, *, notebook: str) -> str:
    """Markdown cut at a line break before MAX_MARKDOWN characters, saying how much is left out (a listing that
    grows with the corpus must not fill hundreds of pages; the executed notebook keeps it all)."""
    if len(markdown) <= MAX_MARKDOWN:
        return markdown
    cut = markdown.rfind("\n", 0, MAX_MARKDOWN)
    kept = markdown[: cut if cut > 0 else MAX_MARKDOWN].rstrip()
    left = markdown[len(kept):].strip().count("\n") + 1
    return (f"{kept}\n\n*… {left} more lines not shown here: see `notebooks/{notebook}.ipynb` and the tables in "
            f"`data/`.*")


def clean_table(fragment: str, *, notebook: str) -> str:
    """`shortened_table(sanitise(fragment))`, but a long single table is cut to MAX_ROWS + 1 rows before it is
    sanitised (sanitising every row of a corpus-sized table was most of the rendering at 1,000 articles), its
    notes counting every row; when the cut fragment does not sanitise to that many rows, the whole is sanitised."""
    rows = [found.start() for found in TABLE_ROW.finditer(fragment)]
    end, keep = fragment.rfind("</tbody>"), MAX_ROWS + 1
    if len(rows) > keep and fragment.count("<table") == 1 and end >= rows[keep]:
        head = sanitise(fragment[: rows[keep]] + fragment[end:])
        if len(TABLE_ROW.findall(head)) == keep:
            return shortened_table(head, notebook=notebook, rows_in=len(rows))
    return shortened_table(sanitise(fragment), notebook=notebook)


def shortened_table(fragment: str, *, notebook: str, rows_in: int | None = None) -> str:
    """A single table cut after MAX_ROWS rows, saying how many are left out (pandas shortens long DataFrames
    itself, but not styled ones); in print, rows after PRINT_ROWS are hidden (`data-print-cut`) with a pointer
    to the HTML report. `rows_in`: the rows of the table `fragment` was cut from (default: its own)."""
    rows = [found.start() for found in TABLE_ROW.finditer(fragment)]
    total = rows_in or len(rows)
    end = fragment.rfind("</tbody>")
    if len(rows) <= PRINT_ROWS or fragment.count("<table") != 1 or end < rows[PRINT_ROWS]:
        return fragment
    cut = len(rows) > MAX_ROWS and end >= rows[MAX_ROWS]
    shown = rows[:MAX_ROWS] if cut else rows
    kept = fragment[: rows[MAX_ROWS]] + fragment[end:] if cut else fragment
    kept = kept[: shown[PRINT_ROWS]] + kept[shown[PRINT_ROWS]:].replace("<tr", "<tr data-print-cut")
    where = f"<code>notebooks/{notebook}.ipynb</code> and the tables in <code>data/</code>"
    screen = f'<p class="cut screen-only">… {total - MAX_ROWS} more rows not shown here: see {where}.</p>' \
        if cut else ""
    return (f'{kept}{screen}<p class="cut print-only">… {total - PRINT_ROWS} more rows in the HTML report'
            f"{' and ' + where if cut else ''}.</p>")


def caption_output(output: dict, chapter: Chapter, counters: Counters, *, question: str, note: str,
                   subheading: str = "") -> None:
    """Number and caption a figure or table output; sanitise HTML and markdown outputs in place."""
    data = output.get("data", {})
    if "text/markdown" in data and "text/html" not in data:
        data["text/html"] = markdown_html(shortened(data.pop("text/markdown"), notebook=chapter.notebook))
        data.pop("text/plain", None)
        return
    if "text/html" in data:
        fragment = data["text/html"]
        data["text/html"] = clean_table(fragment, notebook=chapter.notebook)
        if "<table" not in fragment:
            return
        counters.table += 1
        kind, number = "Table", counters.table
    elif "image/png" in data:
        counters.figure += 1
        kind, number = "Figure", counters.figure
    else:
        return
    title = f"{question} ({subheading})" if subheading else question
    seen = counters.titles[f"{kind} {title}"] = counters.titles.get(f"{kind} {title}", 0) + 1
    if seen > 1:  # a second table (or figure) under the same heading
        title = f"{title} (part {seen})"
    text = title if not note or note == question else f"{title} {note}"
    caption = Caption(kind, number, text, f"{kind.lower()}-{number}", title, question)
    chapter.captions.append(caption)
    output.setdefault("metadata", {})["report_caption"] = caption.__dict__
