"""Render prepared notebooks and the report page to HTML, and the page to PDF.

In: notebooks prepared by `structure` and the page context (findings, chapters, methods, provenance).
Out: HTML text, one self-contained page (no code cells, no scripts, figures inlined as base64 PNG), and a PDF
made from it by WeasyPrint. The page is a Jinja template with autoescaping: every value it inserts is escaped.
"""

from __future__ import annotations

import os
from html.parser import HTMLParser
from pathlib import Path

TEMPLATES = Path(__file__).resolve().parents[1] / "templates"
CELL_TEMPLATE = "report_cells"
PAGE_TEMPLATE = "report_page.html.j2"
STYLESHEET = "report.css"


class PdfUnavailable(RuntimeError):
    """The PDF cannot be made on this machine (a system library is missing); the message says what to install."""


def render_cells(nb: dict) -> str:
    """The cells of one prepared notebook as HTML (outputs only, no prompts)."""
    import nbformat
    from nbconvert import HTMLExporter

    exporter = HTMLExporter(extra_template_basedirs=[str(TEMPLATES)], template_name=CELL_TEMPLATE,
                            exclude_input=True, exclude_input_prompt=True, exclude_output_prompt=True)
    body, _ = exporter.from_notebook_node(nbformat.from_dict(nb))
    return body.strip()


def page(context: dict) -> str:
    """The whole report page from the template (autoescaped)."""
    import jinja2

    environment = jinja2.Environment(loader=jinja2.FileSystemLoader(TEMPLATES), autoescape=True,
                                     undefined=jinja2.StrictUndefined, trim_blocks=True, lstrip_blocks=True)
    css = (TEMPLATES / STYLESHEET).read_text(encoding="utf-8")
    return environment.get_template(PAGE_TEMPLATE).render(css=jinja2.utils.markupsafe.Markup(css), **context)


VOID_ELEMENTS = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"}
SCREEN_ONLY = {"screen-only", "celltag_screen-only-section"}  # classes the print stylesheet hides


class _PrintCuts(HTMLParser):
    """The character spans of the elements print hides: `data-print-cut` or a screen-only class."""

    def __init__(self, text: str) -> None:
        super().__init__(convert_charrefs=False)
        self.line_starts = [0] + [i + 1 for i, c in enumerate(text) if c == "\n"]
        self.open: list[tuple[str, int | None]] = []  # (tag, start offset when it is cut)
        self.spans: list[tuple[int, int]] = []

    def position(self) -> int:
        line, column = self.getpos()
        return self.line_starts[line - 1] + column

    def handle_starttag(self, tag: str, attrs: list) -> None:
        if tag in VOID_ELEMENTS:
            return
        attributes = dict(attrs)
        cut = "data-print-cut" in attributes or bool(SCREEN_ONLY & set((attributes.get("class") or "").split()))
        self.open.append((tag, self.position() if cut else None))

    def handle_endtag(self, tag: str) -> None:
        while self.open:
            name, start = self.open.pop()
            if start is not None and not any(s is not None for _, s in self.open):  # outermost cut element
                end = self.rawdata.index(">", self.position()) + 1 if name == tag else self.position()
                self.spans.append((start, end))
            if name == tag:
                return


def print_html(html_text: str) -> str:
    """The page without what print hides (the HTML's extra rows, findings, articles and screen-only sections),
    so WeasyPrint neither parses nor styles them: the PDF is the same, made faster."""
    cuts = _PrintCuts(html_text)
    cuts.feed(html_text)
    cuts.close()
    kept, previous = [], 0
    for start, end in cuts.spans:
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
