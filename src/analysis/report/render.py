"""Render prepared notebooks and the report page to HTML, and the page to PDF.

In: notebooks prepared by `structure` and the page context (findings, chapters, methods, provenance).
Out: HTML text, one self-contained page (no code cells, no scripts, figures inlined as base64 PNG), and a PDF
made from it by WeasyPrint. The page is a Jinja template with autoescaping: every value it inserts is escaped.
"""

from __future__ import annotations

import os
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
            weasyprint.HTML(string=html_text, base_url=str(TEMPLATES)).write_pdf(target)
        finally:
            if previous is None:
                os.environ.pop("SOURCE_DATE_EPOCH", None)
            else:
                os.environ["SOURCE_DATE_EPOCH"] = previous
