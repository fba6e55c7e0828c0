"""Render prepared notebooks and the report page to HTML, and the page to PDF.

In: notebooks prepared by `structure` and the page context (findings, chapters, methods, provenance).
Out: HTML text, one self-contained page (no code cells, no scripts, figures inlined as base64 PNG), and a PDF
made from it by WeasyPrint. The page is a Jinja template with autoescaping: every value it inserts is escaped.
"""

from __future__ import annotations

import os
import re
from pathlib import Path

TEMPLATES = Path(__file__).resolve().parents[1] / "templates"
CELL_TEMPLATE = "report_cells"
PAGE_TEMPLATE = "report_page.html.j2"
STYLESHEET = "report.css"


class PdfUnavailable(RuntimeError):
    """The PDF cannot be made on this machine (a system library is missing); the message says what to install."""


def render_cells(nb: dict) -> str:
    """The cells of one prepared notebook as HTML (outputs only, no prompts).

    nbconvert's HTML exporter ends by parsing its whole output with BeautifulSoup to give images without `alt`
    a placeholder and the cells of a `.jp-Notebook` a `tabindex`, then writes it out again: our cell template
    gives every image its caption as `alt` and has no `.jp-Notebook`, so that pass changed nothing but the
    spelling of the markup, and cost about 3 s of CPU at 1,000 articles. The template is rendered
    with the exporter's own filters, without it."""
    import nbformat
    from nbconvert import HTMLExporter
    from nbconvert.exporters.templateexporter import TemplateExporter
    from nbconvert.filters.highlight import Highlight2HTML
    from nbconvert.filters.widgetsdatatypefilter import WidgetsDataTypeFilter

    exporter = HTMLExporter(extra_template_basedirs=[str(TEMPLATES)], template_name=CELL_TEMPLATE,
                            exclude_input=True, exclude_input_prompt=True, exclude_output_prompt=True)
    resources = exporter._init_resources(None)
    exporter.register_filter("highlight_code", Highlight2HTML(parent=exporter))  # named by the base template
    exporter.register_filter("filter_data_type", WidgetsDataTypeFilter(
        notebook_metadata=exporter._nb_metadata, parent=exporter, resources=resources))
    body, _ = TemplateExporter.from_notebook_node(exporter, nbformat.from_dict(nb), resources)
    return body.strip()


def page(context: dict) -> str:
    """The whole report page from the template (autoescaped)."""
    import jinja2

    environment = jinja2.Environment(loader=jinja2.FileSystemLoader(TEMPLATES), autoescape=True,
                                     undefined=jinja2.StrictUndefined, trim_blocks=True, lstrip_blocks=True)
    css = (TEMPLATES / STYLESHEET).read_text(encoding="utf-8")
    return environment.get_template(PAGE_TEMPLATE).render(css=jinja2.utils.markupsafe.Markup(css), **context)


VOID_ELEMENTS = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"}
RAW_TEXT = {"script", "style"}  # their content is text, not markup
SCREEN_ONLY = {"screen-only", "celltag_screen-only-section"}  # classes the print stylesheet hides
TAG = re.compile(r"""<!--.*?-->|<(/?)([a-zA-Z][^\s/>]*)((?:[^>"']|"[^"]*"|'[^']*')*)>""", re.DOTALL)
CLASS = re.compile(r"""\sclass\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+))""", re.IGNORECASE)
PRINT_CUT = re.compile(r"\sdata-print-cut(?=[\s=/]|$)", re.IGNORECASE)


def print_cuts(text: str) -> list[tuple[int, int]]:
    """The character spans of the elements print hides (`data-print-cut` or a screen-only class), outermost
    only. Tags are found by one regular expression, not a parser: the page is mostly base64 figures, which a
    parser reads character by character. An end tag closes the nearest open element of its name and those
    opened inside it."""
    opened: list[tuple[str, int | None]] = []  # (tag, start offset when it is cut)
    spans: list[tuple[int, int]] = []
    position = 0
    while found := TAG.search(text, position):
        position = found.end()
        closing, name, attributes = found.group(1), (found.group(2) or "").lower(), found.group(3) or ""
        if not name:  # a comment
            continue
        if not closing:
            if name in VOID_ELEMENTS:
                continue
            classes = CLASS.search(attributes)
            class_names = set(next(filter(None, classes.groups()), "").split()) if classes else set()
            cut = bool(PRINT_CUT.search(attributes) or SCREEN_ONLY & class_names)
            opened.append((name, found.start() if cut else None))
            if name in RAW_TEXT:
                close = re.compile(rf"</{name}\s*>", re.IGNORECASE).search(text, position)
                position = close.start() if close else len(text)
            continue
        if not any(tag == name for tag, _ in opened):
            continue  # a stray end tag closes nothing
        while opened:
            tag, start = opened.pop()
            if start is not None and not any(s is not None for _, s in opened):  # outermost cut element
                spans.append((start, found.end() if tag == name else found.start()))
            if tag == name:
                break
    return spans


def print_html(html_text: str) -> str:
    """The page without what print hides (the HTML's extra rows, findings, articles and screen-only sections),
    so WeasyPrint neither parses nor styles them: the PDF is the same, made faster."""
    kept, previous = [], 0
    for start, end in print_cuts(html_text):
        kept.append(html_text[previous:start])
        previous = end
    return "".join(kept) + html_text[previous:]


def write_pdf(html_text: str, target: Path, *, epoch: int) -> None:
    """A4 PDF of the report (WeasyPrint, no JavaScript), stamped with `epoch` (seconds): the same HTML and epoch
    give the same bytes."""
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
        previous = os.environ.get("SOURCE_DATE_EPOCH")
        os.environ["SOURCE_DATE_EPOCH"] = str(epoch)  # fontTools stamps font subsets with it
        try:
            weasyprint.HTML(string=print_html(html_text), base_url=str(TEMPLATES)).write_pdf(target)
        finally:
            if previous is None:
                os.environ.pop("SOURCE_DATE_EPOCH", None)
            else:
                os.environ["SOURCE_DATE_EPOCH"] = previous
