"""Put the report together: chapters from the executed notebooks, findings, methods, provenance.

In: the staging folder (executed notebooks in notebooks/, CSVs in data/), the corpus, the notebooks and their
parameters. Out: report.html and report.pdf written into the staging folder.
"""

from __future__ import annotations

import re
from pathlib import Path

import nbformat
from markupsafe import Markup

from . import provenance as prov
from .annotate import reading_ids, readings
from .findings import Finding, corpus_summary, key_findings, main_subject
from ..fingerprint import corpus_digest, file_sha256
from .render import page, render_cells, write_pdf
from .sanitise import markdown_html
from .settings import DEFAULT_ANNOTATED, shown_parameters
from .structure import Chapter, Counters, structure
from .tables import read_table

DEFAULT_TITLE = "News coverage analysis"
DATA_FILE = re.compile(r"\b([a-z][a-z0-9_]*\.csv)\b")
METHOD_PARAGRAPHS = 1  # paragraphs of each README methods section shown in the appendix
METHOD_CHARS = 700  # ... cut at the end of a sentence after this many characters (the README has the rest)
PRINT_ROWS = {"findings": 20, "files": 16, "reading": 8}  # key findings, input files and annotated articles
# printed; the HTML shows them all


def write_report(staging: Path, *, corpus: Path, out: Path, paths: list[Path], parameters: dict[str, dict],
                 page_settings: dict | None = None) -> None:
    """report.html and report.pdf in `staging`, from the executed notebooks and CSVs there. `page_settings` may
    give the `title` and `subtitle` (else: the corpus's most frequent subject and a summary of the corpus)."""
    from .pipeline import README

    page_settings = page_settings or {}
    data = staging / "data"
    chapters = notebook_chapters(staging / "notebooks", paths)
    readme = README.read_text(encoding="utf-8") if README.is_file() else ""
    statuses = article_statuses(data)
    built = prov.build_time()
    record = provenance_record(corpus=corpus, out=out, paths=paths, parameters=parameters, statuses=statuses)
    record["outputs"] = prov.data_files(data)
    record["build_time"] = built.strftime("%Y-%m-%d %H:%M:%S UTC")
    findings = key_findings(data)
    ids = reading_ids(data)
    chosen = annotated_selection(ids, findings, limit=int(page_settings.get("annotated_articles", DEFAULT_ANNOTATED)))
    reading = readings(data, chosen)  # marks only for the chosen articles
    for article in reading:  # built by annotate.render: the article text escaped, marks ours
        article.paragraphs = [Markup(paragraph) for paragraph in article.paragraphs]
    anchors = {anchor for r in reading for anchor in r.anchors}
    appendix_number = len(chapters) + 2
    tables = table_anchors(chapters)
    summary = corpus_summary(data)
    html_text = page({
        "title": page_settings.get("title") or default_title(data),
        "subtitle": page_settings.get("subtitle") or summary,
        "summary": summary,
        "provenance": record,
        "toc": contents(chapters, appendix_number=appendix_number, has_reading=bool(reading)),
        "findings": [finding_view(f, tables=tables, anchors=anchors) for f in findings],
        "chapters": chapters,
        "reading": reading,
        "not_annotated": [article_id for article_id in ids if article_id not in set(chosen)],
        "reading_number": appendix_number,
        "print_rows": PRINT_ROWS,
        **methods_context(readme, chapters),
    })
    (staging / "report.html").write_text(html_text, encoding="utf-8")
    write_pdf(html_text, staging / "report.pdf", epoch=int(built.timestamp()))


def annotated_selection(ids: list[str], findings: list[Finding], *, limit: int) -> list[str]:
    """At most `limit` of the articles `ids`, in article order: first the articles the key findings point to
    (most urgent finding first), then the others in article order."""
    pointed = [f.spot[0] for f in findings if f.spot] + [where.split(" (")[0] for f in findings for where, _ in f.evidence]
    order = {article_id: rank for rank, article_id in enumerate(dict.fromkeys(pointed))}
    ranked = sorted(range(len(ids)), key=lambda i: (order.get(ids[i], len(order)), i))
    chosen = set(ranked[:limit])
    return [article_id for i, article_id in enumerate(ids) if i in chosen]


def finding_view(finding: Finding, *, tables: dict[str, str], anchors: set[str]) -> dict:
    """A finding for the page: its text and its links (the table's chapter, the place in the annotated text)."""
    spot = f"at-{finding.spot[0]}-{finding.spot[1]}" if finding.spot else ""
    return {"kind": finding.kind, "sentence": finding.sentence, "evidence": finding.evidence,
            "detail": finding.detail, "table": finding.table, "table_anchor": tables.get(finding.table, ""),
            "spot": spot if spot in anchors else "", "urgent": finding.rank < 30}


def table_anchors(chapters: list[Chapter]) -> dict[str, str]:
    """{csv name: anchor of the chapter whose notebook writes or names it}."""
    found: dict[str, str] = {}
    for chapter in chapters:
        for name in chapter.data_files:
            found.setdefault(name, chapter.anchor)
    return found


def default_title(data: Path) -> str:
    subject = main_subject(data)
    return f"News coverage: {subject}" if subject else DEFAULT_TITLE


def notebook_chapters(executed: Path, paths: list[Path]) -> list[Chapter]:
    """One chapter per executed notebook, numbered from 2 (1 is the key findings); figures and tables are
    numbered across the whole report."""
    counters, chapters = Counters(), []
    for number, notebook in enumerate(paths, start=2):
        nb = nbformat.read(executed / notebook.name, as_version=4)
        chapter = Chapter(number=number, notebook=notebook.stem, title=notebook.stem, anchor=f"nb-{notebook.stem}")
        chapter.data_files = sorted(set(DATA_FILE.findall(" ".join(
            c.source if isinstance(c.source, str) else "".join(c.source) for c in nb.cells))))
        chapter.body = Markup(render_cells(structure(nb, chapter, counters)))
        chapters.append(chapter)
    return chapters


def provenance_record(*, corpus: Path, out: Path, paths: list[Path], parameters: dict[str, dict],
                      statuses: dict[str, tuple[str, str]]) -> dict:
    from .pipeline import ROOT, library_digest

    shown = {"corpus_dir": repr(prov.display_path(corpus, root=ROOT)),
             "out_dir": repr(prov.display_path(out, root=ROOT))}
    return {
        "commit": prov.git_commit(ROOT),
        "corpus": prov.display_path(corpus, root=ROOT),
        "corpus_digest": corpus_digest(corpus)[:16],
        "library_digest": library_digest()[:16],
        "notebooks": [{"name": p.name, "sha256": file_sha256(p),
                       "parameters": shown_parameters(p, parameters[p.stem]) | shown} for p in paths],
        "files": prov.input_files(corpus, statuses),
        "packages": prov.package_versions(),
    }


def methods_context(readme: str, chapters: list[Chapter]) -> dict:
    """The methods appendix in brief: each notebook's first README paragraph (the README holds the rest) and
    its caveats, and the README's general limitations."""
    methods, limitations = readme_sections(readme, [ch.notebook for ch in chapters])
    return {
        "methods": [{"title": f"{ch.number} {ch.title}", "notebook": ch.notebook,
                     "method": Markup(markdown_html(first_paragraphs(methods[ch.notebook])))
                     if ch.notebook in methods else "",
                     "caveats": Markup(markdown_html("\n\n".join(ch.caveats))) if ch.caveats else ""}
                    for ch in chapters],
        "limitations": Markup(markdown_html(limitations)) if limitations else "",
    }


def first_paragraphs(markdown: str, count: int = METHOD_PARAGRAPHS, limit: int = METHOD_CHARS) -> str:
    """The first `count` prose paragraphs of a markdown section (headings, lists and tables skipped), cut at
    the first sentence end after `limit` characters with a pointer to the README."""
    blocks = [b.strip() for b in re.split(r"\n\s*\n", markdown) if b.strip()]
    prose = [b for b in blocks if not b.startswith(("#", "|", "-", "*", "```", "<"))]
    text = "\n\n".join(prose[:count])
    end = re.compile(r"[.!?](?=\s+[A-Z(`*])").search(text, limit)
    return text[: end.end()] + " *(More in the README.)*" if end else text


def article_statuses(data: Path) -> dict[str, tuple[str, str]]:
    """file name -> (status, message) from articles.csv, if the analysis pass wrote it."""
    articles = read_table(data, "articles.csv", ("file",))
    if articles is None:
        return {}
    return {row["file"]: (row.get("status", ""), row.get("message", "")) for row in articles.to_dict("records")}


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


def contents(chapters: list[Chapter], *, appendix_number: int, has_reading: bool) -> list[dict]:
    entries = [{"level": 1, "number": "1", "title": "Key findings", "anchor": "findings"}]
    for chapter in chapters:
        entries += [{"level": h.level, "number": h.number, "title": h.title, "anchor": h.anchor}
                    for h in chapter.headings if h.level <= 2]
        if not chapter.headings:
            entries.append({"level": 1, "number": str(chapter.number), "title": chapter.title,
                            "anchor": chapter.anchor})
    if has_reading:
        entries.append({"level": 1, "number": str(appendix_number), "title": "Annotated reading of each article",
                        "anchor": "reading"})
    entries.append({"level": 1, "number": "A", "title": "Methods in brief", "anchor": "methods"})
    entries.append({"level": 1, "number": "B", "title": "Provenance", "anchor": "provenance"})
    return entries
