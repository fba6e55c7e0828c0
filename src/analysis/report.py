"""Build the report: execute every notebook with papermill, then render them with nbconvert.

In: a corpus folder and an output folder. Out: OUT/notebooks/*.ipynb (executed), OUT/data/*.csv (written by
the notebooks) and OUT/report.html.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

import nbformat
import papermill
from nbconvert import HTMLExporter

NOTEBOOKS = Path(__file__).resolve().parents[2] / "notebooks"


def build(corpus: Path, out: Path) -> Path:
    (out / "notebooks").mkdir(parents=True, exist_ok=True)
    executed = []
    for notebook in sorted(NOTEBOOKS.glob("[0-9]*.ipynb")):
        target = out / "notebooks" / notebook.name
        print(f"running {notebook.name}", flush=True)
        papermill.execute_notebook(str(notebook), str(target), cwd=str(NOTEBOOKS), progress_bar=False,
                                   parameters={"corpus_dir": str(corpus.resolve()), "out_dir": str(out.resolve())})
        executed.append(nbformat.read(target, as_version=4))
    merged = executed[0]
    for nb in executed[1:]:
        merged.cells.extend(nb.cells)
    html, _ = HTMLExporter(template_name="lab", exclude_input=True).from_notebook_node(merged)
    path = out / "report.html"
    path.write_text(html, encoding="utf-8")
    return path


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--corpus", type=Path, default=Path("seeds"))
    parser.add_argument("--out", type=Path, default=Path("reports"))
    args = parser.parse_args(argv)
    print(f"report written to {build(args.corpus, args.out)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
