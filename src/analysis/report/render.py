"""Render executed notebooks into one self-contained HTML report and its PDF.

In: executed notebooks (in order), the key findings, the methods text, the provenance record.
Out: HTML text (no code cells, no scripts, figures inlined as base64 PNG, section and figure/table numbers,
captions taken from the question heading above each output) and a PDF made from it by WeasyPrint.

Escaping: notebook tables and markdown outputs may carry article text, so every HTML or markdown output passes
an allow-list sanitiser (a `<script>` in an article shows as text); the page around them is a Jinja template
with autoescaping, so findings and provenance values are escaped too.
"""

from __future__ import annotations

import copy
import html
import re
from dataclasses import dataclass, field
from pathlib import Path

TEMPLATES = Path(__file__).resolve().parents[1] / "templates"
CELL_TEMPLATE = "report_cells"
PAGE_TEMPLATE = "report_page.html.j2"
STYLESHEET = "report.css"
MAX_NOTE = 200  # characters of the note under a heading carried into a caption
HIDDEN_TAGS = {"parameters", "injected-parameters", "remove-cell", "hide-in-report"}
CAVEAT_HEADING = re.compile(r"^(caveats?|limitations?)\b", re.IGNORECASE)
HEADING = re.compile(r"^(#{1,6})\s+(.*?)\s*#*\s*$")
FENCE = re.compile(r"^\s*(```|~~~)")
STYLE_BLOCK = re.compile(r"<style\b.*?</style\s*>", re.IGNORECASE | re.DOTALL)
OUTPUT_HEADING = re.compile(r"#{1,6}\s+([^\n]+)|\*\*([^*\n]+)\*\*")
ANCHOR_LINK = re.compile(r'<a class="anchor-link"[^>]*>.*?</a>', re.DOTALL)
STYLE_RULE = re.compile(r"([^{}<>]+)\{([^{}<>]*)\}")
ID_ATTRIBUTE = re.compile(r"""\sid=["']([^"'<>]+)["']""")
ALLOWED_CSS = ["background-color", "color", "font-weight", "font-style", "text-align", "text-decoration"]
ALLOWED_TAGS = {"a", "abbr", "b", "blockquote", "br", "caption", "code", "col", "colgroup", "dd", "del", "div",
                "dl", "dt", "em", "h1", "h2", "h3", "h4", "h5", "h6", "hr", "i", "ins", "li", "mark", "ol", "p",
                "pre", "q", "s", "small", "span", "strong", "sub", "sup", "table", "tbody", "td", "tfoot", "th",
                "thead", "tr", "u", "ul"}
ALLOWED_ATTRIBUTES = {"*": ["class", "title", "style"], "a": ["href"], "td": ["colspan", "rowspan"],
                      "th": ["colspan", "rowspan"]}


class PdfUnavailable(RuntimeError):
    """The PDF cannot be made on this machine (a system library is missing); the message says what to install."""


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
    text: str  # the question heading and the note under it
    anchor: str
    title: str  # the question heading (and subheading) alone, for the lists of figures and tables


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


@dataclass
class Counters:
    figure: int = 0
    table: int = 0


def sanitise(fragment: str) -> str:
    """Allow-listed HTML: tables, text markup, links and a few colour/weight styles stay; scripts, style
    sheets, event handlers, images and unknown tags are escaped or dropped."""
    import bleach
    from bleach.css_sanitizer import CSSSanitizer

    return bleach.clean(inline_styles(fragment), tags=ALLOWED_TAGS, attributes=ALLOWED_ATTRIBUTES,
                        protocols={"http", "https", "mailto"}, strip=False, strip_comments=True,
                        css_sanitizer=CSSSanitizer(allowed_css_properties=ALLOWED_CSS))


def inline_styles(fragment: str) -> str:
    """Move `#id {...}` rules of <style> blocks (as pandas' Styler writes them) onto the elements as style
    attributes, then drop the blocks and every id (Styler's ids are random: dropping them keeps builds
    identical)."""
    styles: dict[str, str] = {}
    for block in STYLE_BLOCK.findall(fragment):
        for selectors, declarations in STYLE_RULE.findall(block):
            for selector in selectors.split(","):
                if re.fullmatch(r"\s*#[\w-]+\s*", selector):
                    name = selector.strip()[1:]
                    styles[name] = styles.get(name, "") + " ".join(declarations.split())
    fragment = STYLE_BLOCK.sub("", fragment)
    return ID_ATTRIBUTE.sub(lambda m: f' style="{html.escape(styles[m.group(1)])}"' if m.group(1) in styles
                            else "", fragment)


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
            for output in cell["outputs"]:
                subheading = output_heading(output) or subheading
                caption_output(output, chapter, counters, question=question, note=note, subheading=subheading)
            note = ""
        kept.append(cell)
    nb["cells"] = kept
    return nb


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


def caption_output(output: dict, chapter: Chapter, counters: Counters, *, question: str, note: str,
                   subheading: str = "") -> None:
    """Number and caption a figure or table output; sanitise HTML and markdown outputs in place."""
    data = output.get("data", {})
    if "text/markdown" in data and "text/html" not in data:
        data["text/html"] = markdown_html(data.pop("text/markdown"))
        data.pop("text/plain", None)
        return
    if "text/html" in data:
        fragment = data["text/html"]
        data["text/html"] = sanitise(fragment)
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
    text = title if not note or note == question else f"{title} {note}"
    caption = Caption(kind, number, text, f"{kind.lower()}-{number}", title)
    chapter.captions.append(caption)
    output.setdefault("metadata", {})["report_caption"] = caption.__dict__


def render_cells(nb: dict) -> str:
    """The cells of one prepared notebook as HTML (outputs only, no prompts)."""
    import nbformat
    from nbconvert import HTMLExporter

    exporter = HTMLExporter(extra_template_basedirs=[str(TEMPLATES)], template_name=CELL_TEMPLATE,
                            exclude_input=True, exclude_input_prompt=True, exclude_output_prompt=True)
    body, _ = exporter.from_notebook_node(nbformat.from_dict(nb))
    return body.strip()


def markdown_html(text: str) -> str:
    """Project prose (README sections, caveats) as sanitised HTML."""
    from nbconvert.filters import markdown2html

    return sanitise(ANCHOR_LINK.sub("", markdown2html(text)))


def readme_sections(readme: str, notebooks: list[str]) -> tuple[dict[str, str], str]:
    """({notebook stem: methods markdown}, limitations markdown) from the README: the level-2 section that
    names `notebooks/<stem>.ipynb`, without its data dictionary; placeholders are skipped."""
    parts = re.split(r"^## ", readme, flags=re.MULTILINE)[1:]
    methods, limitations = {}, ""
    for part in parts:
        heading, _, body = part.partition("\n")
        body = re.sub(r"^### Data dictionary.*?(?=^### |\Z)", "", body, flags=re.MULTILINE | re.DOTALL).strip()
        body = re.sub(r"^(#{3,5}) ", r"#\1 ", body, flags=re.MULTILINE)
        if not body or body.strip("() \n").lower() == "being written":
            continue
        if heading.strip().lower() == "limitations":
            limitations = body
        for stem in notebooks:
            if f"notebooks/{stem}.ipynb" in heading:
                methods[stem] = body
    return methods, limitations


def page(context: dict) -> str:
    """The whole report page from the template (autoescaped)."""
    import jinja2

    environment = jinja2.Environment(loader=jinja2.FileSystemLoader(TEMPLATES), autoescape=True,
                                     undefined=jinja2.StrictUndefined, trim_blocks=True, lstrip_blocks=True)
    css = (TEMPLATES / STYLESHEET).read_text(encoding="utf-8")
    return environment.get_template(PAGE_TEMPLATE).render(css=jinja2.utils.markupsafe.Markup(css), **context)


def write_pdf(html_text: str, target: Path) -> None:
    """A4 PDF of the report (WeasyPrint, no JavaScript). Same bytes for the same HTML when SOURCE_DATE_EPOCH
    is set."""
    import logging
    import warnings

    logging.getLogger("weasyprint").setLevel(logging.ERROR)
    logging.getLogger("fontTools").setLevel(logging.ERROR)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", DeprecationWarning)  # "HarfBuzz-Subset will be required": fonts still embed
        try:
            import weasyprint
        except OSError as error:  # the Python package is there, the system's Pango is not
            raise PdfUnavailable(f"WeasyPrint cannot load Pango ({error}); on Debian/Ubuntu: "
                                 "apt-get install libpango-1.0-0 libpangoft2-1.0-0 fonts-dejavu-core") from None
        weasyprint.HTML(string=html_text, base_url=str(TEMPLATES)).write_pdf(target)
