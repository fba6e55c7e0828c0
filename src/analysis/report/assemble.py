"""Put the report together: chapters from the executed notebooks, findings, methods, provenance.

In: the staging folder (executed notebooks in notebooks/, CSVs in data/), the corpus, the notebooks and their
parameters. Out: report.html and report.pdf written into the staging folder.
"""

from __future__ import annotations

import csv
import re
from pathlib import Path

import nbformat
from markupsafe import Markup

from . import provenance as prov
from .findings import key_findings
from .fingerprint import corpus_digest, file_sha256
from .render import page, render_cells, write_pdf
from .sanitise import markdown_html
from .settings import shown_parameters
from .structure import Chapter, Counters, structure


def write_report(staging: Path, *, corpus: Path, out: Path, paths: list[Path], parameters: dict[str, dict]) -> None:
    """report.html and report.pdf in `staging`, from the executed notebooks and CSVs there."""
    from .pipeline import DEFAULT_TITLE, README

    chapters = notebook_chapters(staging / "notebooks", paths)
    readme = README.read_text(encoding="utf-8") if README.is_file() else ""
    statuses = article_statuses(staging / "data" / "articles.csv")
    built = prov.build_time()
    record = provenance_record(corpus=corpus, out=out, paths=paths, parameters=parameters, statuses=statuses)
    record["outputs"] = prov.data_files(staging / "data")
    record["build_time"] = built.strftime("%Y-%m-%d %H:%M:%S UTC")
    analysable = sum(1 for status, _ in statuses.values() if status == "ok")
    methods_number = len(chapters) + 2
    html_text = page({
        "title": report_title(readme) or DEFAULT_TITLE,
        "subtitle": f"{len(record['files'])} input files, {analysable} analysable articles",
        "provenance": record,
        "toc": contents(chapters, methods_number=methods_number),
        "figures": [c for ch in chapters for c in ch.captions if c.kind == "Figure"],
        "tables": [c for ch in chapters for c in ch.captions if c.kind == "Table"],
        "findings": key_findings(staging / "data"),
        "chapters": chapters,
        "methods_number": methods_number,
        **methods_context(readme, chapters),
    })
    (staging / "report.html").write_text(html_text, encoding="utf-8")
    write_pdf(html_text, staging / "report.pdf", epoch=int(built.timestamp()))


def notebook_chapters(executed: Path, paths: list[Path]) -> list[Chapter]:
    """One chapter per executed notebook, numbered from 2 (1 is the key findings); figures and tables are
    numbered across the whole report."""
    counters, chapters = Counters(), []
    for number, notebook in enumerate(paths, start=2):
        nb = nbformat.read(executed / notebook.name, as_version=4)
        chapter = Chapter(number=number, notebook=notebook.stem, title=notebook.stem, anchor=f"nb-{notebook.stem}")
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
    """The methods chapter: each notebook's README section and caveats, and the README's general limitations."""
    methods, limitations = readme_sections(readme, [ch.notebook for ch in chapters])
    return {
        "methods": [{"title": f"{ch.number} {ch.title}", "notebook": ch.notebook,
                     "method": Markup(markdown_html(methods[ch.notebook])) if ch.notebook in methods else "",
                     "caveats": Markup(markdown_html("\n\n".join(ch.caveats))) if ch.caveats else ""}
                    for ch in chapters],
        "limitations": Markup(markdown_html(limitations)) if limitations else "",
    }


def article_statuses(path: Path) -> dict[str, tuple[str, str]]:
    """file name -> (status, message) from articles.csv, if the corpus notebook wrote it."""
    if not path.is_file():
        return {}
    with open(path, newline="", encoding="utf-8") as handle:
        return {row["file"]: (row.get("status", ""), row.get("message", "")) for row in csv.DictReader(handle)
                if "file" in row}


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


def report_title(readme: str) -> str:
    found = re.search(r"^# (.+)$", readme, flags=re.MULTILINE)
    return found.group(1).strip() if found else ""


def contents(chapters: list[Chapter], *, methods_number: int) -> list[dict]:
    entries = [{"level": 1, "number": "1", "title": "Key findings", "anchor": "findings"}]
    for chapter in chapters:
        entries += [{"level": h.level, "number": h.number, "title": h.title, "anchor": h.anchor}
                    for h in chapter.headings if h.level <= 2]
        if not chapter.headings:
            entries.append({"level": 1, "number": str(chapter.number), "title": chapter.title,
                            "anchor": chapter.anchor})
    entries.append({"level": 1, "number": str(methods_number), "title": "Methods and limitations",
                    "anchor": "methods"})
    entries.append({"level": 1, "number": "A", "title": "Provenance", "anchor": "provenance"})
    return entries
