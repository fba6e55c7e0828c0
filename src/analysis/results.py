"""The analyses' results, read back from the CSVs of one analysis pass (`analysis.run`) for the notebooks.

In: the corpus folder, the report folder (tables in `out_dir/data`) and the settings a notebook cares about.
Out: `Results` holding the corpus tables and each analysis's result object, built from the CSVs with their
recorded column types (text stays text: an empty cell is '', an id '007' stays '007').

When the tables are missing or stale (the corpus, the library or one of the given settings changed since they
were written), the pass runs first, so a notebook opened alone in JupyterLab still works:

    results = read_results(corpus_dir, out_dir, default_country=default_country)
    results.sourcing.quotes, results.corpus.table(), results.corpus["003"].body
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd

from . import run as analysis_run
from .numbers import NumbersResult
from .sourcing import SourcingResult
from .timeline import TimelineResult
from .translation import TranslationResult


@dataclass
class CorpusTables:
    """The corpus layer's tables, with the accessors of `analysis.corpus.Corpus` the notebooks use."""

    folder: Path
    articles: pd.DataFrame
    paragraphs: pd.DataFrame
    removed: pd.DataFrame
    metadata: pd.DataFrame
    relations: pd.DataFrame  # as in relations.csv (the alignment written as `a:b` index pairs)
    _loaded: dict = field(default_factory=dict, repr=False)

    def table(self) -> pd.DataFrame:
        return self.articles

    def paragraphs_table(self) -> pd.DataFrame:
        return self.paragraphs

    def removed_table(self) -> pd.DataFrame:
        return self.removed

    def metadata_table(self) -> pd.DataFrame:
        return self.metadata

    @property
    def analysable(self) -> pd.DataFrame:
        """The rows of `articles.csv` with status `ok`."""
        return self.articles[self.articles.status == "ok"]

    def __getitem__(self, article_id: str):
        """The `Article` (body, paragraphs, sentences) read again from its file; an error if the file changed
        since the tables were written (its offsets would no longer hold)."""
        if article_id not in self._loaded:
            from .corpus import load_article

            rows = self.articles[self.articles.article_id == article_id]
            if rows.empty:
                raise KeyError(f"no article {article_id!r} in {self.folder}")
            row = rows.iloc[0]
            article = load_article(self.folder / row.file)
            if article.sha256 != row.sha256:
                raise ValueError(f"{self.folder / row.file} changed after the analysis run: run it again")
            article.article_id = article_id
            self._loaded[article_id] = article
        return self._loaded[article_id]


@dataclass
class Results:
    corpus: CorpusTables
    sourcing: SourcingResult
    numbers: NumbersResult
    timeline: TimelineResult
    translation: TranslationResult


def read_results(corpus_dir: str | Path, out_dir: str | Path, **settings) -> Results:
    """Every table of the analysis pass in `out_dir/data`, after running the pass when they are missing or
    stale (see the module docstring). `settings` are the analysis settings the caller depends on."""
    corpus, data = Path(corpus_dir), Path(out_dir) / "data"
    record = fresh_record(corpus, data, settings)
    if record is None:
        known = read_record(data)
        previous = known.get("inputs", {}).get("settings", {}) if known else {}
        analysis_run.run(corpus, data, settings={**previous, **settings})
        record = read_record(data)
    return Results(
        corpus=CorpusTables(corpus, *(read_table(data, record, name) for name in (
            "articles", "paragraphs", "removed_lines", "metadata", "relations"))),
        sourcing=SourcingResult(*(read_table(data, record, name) for name in (
            "quotes", "sources", "citations", "attributions", "scare_quotes", "hedges", "name_variants",
            "version_quotes"))),
        numbers=NumbersResult(*(read_table(data, record, name) for name in ("numbers", "claims", "number_flags"))),
        timeline=TimelineResult(*(read_table(data, record, name) for name in (
            "timex", "timeline", "timeline_consistency", "publication_dates"))),
        translation=TranslationResult(*(read_table(data, record, name) for name in (
            "alignment", "translation_issues", "readability", "scorecard", "translation_pairs",
            "translation_readability"))),
    )


def read_record(data: Path) -> dict | None:
    try:
        return json.loads((data / analysis_run.RECORD).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None


def fresh_record(corpus: Path, data: Path, settings: dict) -> dict | None:
    """The record of the pass in `data` when its tables are all there and were computed from this corpus, this
    library and these settings (the ones given; others keep the values they ran with); else None."""
    record = read_record(data)
    if record is None or not all((data / f"{name}.csv").is_file() for name in record.get("tables", {})):
        return None
    ran = record.get("inputs", {})
    current = analysis_run.inputs(corpus, analysis_run.complete({**ran.get("settings", {}), **settings}))
    return record if json.loads(json.dumps(current, default=str)) == ran else None


def read_table(data: Path, record: dict, name: str) -> pd.DataFrame:
    """One CSV with the column types it was written with."""
    types = record["tables"][name]
    if not types:
        return pd.DataFrame()
    return pd.read_csv(data / f"{name}.csv", keep_default_na=False,
                       dtype={c: str if t == "str" else t for c, t in types.items()},
                       na_values={c: [""] for c, t in types.items() if t != "str"})
