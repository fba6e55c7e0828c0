"""The report pipeline: run every notebook with papermill, render one HTML and one PDF report.

In: a corpus folder, an output folder, the notebooks folder and optional settings per notebook.
Out: OUT/notebooks/*.ipynb (executed copies), OUT/data/*.csv (written by the notebooks), OUT/report.html (one
self-contained file) and OUT/report.pdf. It imports no analysis module: notebooks analyse, the report renders
them and summarises their CSVs. Modules: `pipeline` (what to rerun, staging, moving into place), `execute`
(papermill), `settings` (parameters per notebook), `structure` (a notebook becomes a chapter), `sanitise`
(safe HTML), `render` and `assemble` (HTML and PDF), `findings` (key findings from the CSVs), `provenance`;
the fingerprints come from `analysis.fingerprint`. Command line: `python -m analysis.report --help`.
"""

from .pipeline import BuildError, BuildResult, build

__all__ = ["BuildError", "BuildResult", "build"]
