"""The analyses' results, read back from the CSVs of one analysis pass (`analysis.run`) for the notebooks.

In: the corpus folder, the report folder (tables in `out_dir/data`) and the settings a notebook cares about.
Out: `Results` holding the corpus tables and each analysis's tables (the fields of its result object, e.g.
`results.sourcing.quotes`), read from the CSVs with their recorded column types (text stays text: an empty cell
is '', an id '007' stays '007') when first used, so a notebook reads only the tables it draws.

This module imports pandas and the standard library only: a notebook that reads and draws pays no spaCy or
scikit-learn import. When the tables are missing or stale (the corpus, the library or one of the given
settings changed since they were written), the pass runs first, so a notebook opened alone in JupyterLab still
works. A build that has just checked the pass names its record in the environment (`analysis.run.VERIFIED_INPUTS`),
so its notebooks do not hash the corpus and the library again:

    results = read_results(corpus_dir, out_dir, default_country=default_country)
    results.sourcing.quotes, results.corpus.table(), results.corpus["003"].body
"""

from __future__ import annotations

import json
import os
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path

import pandas as pd

from . import run as analysis_run
from .fingerprint import file_sha256

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
    _furniture: frozenset | None = field(default=None, repr=False)

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
            if self._furniture is None:  # the lines the corpus's pages share, as `load_corpus` found them
                from .corpus import article_files, shared_furniture

                self._furniture = shared_furniture(article_files(self.folder))
            article = load_article(self.folder / row.file, describe=False, furniture=self._furniture)
            if article.sha256 != row.sha256:
                raise ValueError(f"{self.folder / row.file} changed after the analysis run: run it again")
            article.article_id = article_id
            self._loaded[article_id] = article
        return self._loaded[article_id]


@dataclass
class SourcingTables:
    """The fields of `analysis.sourcing.SourcingResult`."""

    quotes: pd.DataFrame
    sources: pd.DataFrame
    citations: pd.DataFrame
    attributions: pd.DataFrame
    scare_quotes: pd.DataFrame
    hedges: pd.DataFrame
    variants: pd.DataFrame
    version_quotes: pd.DataFrame

    def citation_graph(self):
        """Citing -> cited, edges weighted by how often and labelled with the articles (networkx)."""
        from .citations import citation_graph

        return citation_graph(self.citations)


@dataclass
class NumbersTables:
    """The fields of `analysis.numbers.NumbersResult`."""

    numbers: pd.DataFrame
    claims: pd.DataFrame
    flags: pd.DataFrame


@dataclass
class TimelineTables:
    """The fields of `analysis.timeline.TimelineResult`."""

    timex: pd.DataFrame
    timeline: pd.DataFrame
    consistency: pd.DataFrame
    publication: pd.DataFrame


@dataclass
class TranslationTables:
    """The fields of `analysis.translation.TranslationResult`."""

    alignment: pd.DataFrame
    issues: pd.DataFrame
    readability: pd.DataFrame
    scorecard: pd.DataFrame
    pairs: pd.DataFrame
    pair_readability: pd.DataFrame


class Results:
    """The tables of one pass, each group read when first used."""

    def __init__(self, corpus: Path, data: Path, record: dict) -> None:
        self._folder, self._data, self._record = corpus, data, record

    def _read(self, group: str) -> dict[str, pd.DataFrame]:
        """The group's tables by field (`analysis.run.TABLES`)."""
        return {field: read_table(self._data, self._record, name)
                for name, field in analysis_run.TABLES[group].items()}

    @cached_property
    def corpus(self) -> CorpusTables:
        return CorpusTables(self._folder, **self._read("corpus"))

    @cached_property
    def sourcing(self) -> SourcingTables:
        return SourcingTables(**self._read("sourcing"))

    @cached_property
    def numbers(self) -> NumbersTables:
        return NumbersTables(**self._read("numbers"))

    @cached_property
    def timeline(self) -> TimelineTables:
        return TimelineTables(**self._read("timeline"))

    @cached_property
    def translation(self) -> TranslationTables:
        return TranslationTables(**self._read("translation"))


def read_results(corpus_dir: str | Path, out_dir: str | Path, **settings) -> Results:
    """The tables of the analysis pass in `out_dir/data`, after running the pass when they are missing or
    stale (see the module docstring). `settings` are the analysis settings the caller depends on."""
    corpus, data = Path(corpus_dir), Path(out_dir) / "data"
    record = fresh_record(corpus, data, settings)
    if record is None:
        known = read_record(data)
        previous = known.get("inputs", {}).get("settings", {}) if known else {}
        analysis_run.run(corpus, data, settings={**previous, **settings})
        record = read_record(data)
    return Results(corpus, data, record)


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
    settings = analysis_run.complete({**ran.get("settings", {}), **settings})
    digests = ({name: ran.get(name) for name in ("corpus", "library")} if verified_by_build(corpus, data)
               else analysis_run.input_digests(corpus))
    return record if json.loads(json.dumps({**digests, "settings": settings}, default=str)) == ran else None


def verified_by_build(corpus: Path, data: Path) -> bool:
    """A build that has just checked this pass against this corpus folder and the library names its record's
    digest in `analysis.run.VERIFIED_INPUTS`: the record is trusted without hashing them again."""
    try:
        given = json.loads(os.environ.get(analysis_run.VERIFIED_INPUTS, ""))
        return (Path(given["corpus"]).resolve() == corpus.resolve()
                and given["record"] == file_sha256(data / analysis_run.RECORD))
    except (ValueError, KeyError, TypeError, OSError):
        return False


def read_table(data: Path, record: dict, name: str) -> pd.DataFrame:
    """One CSV with the column types it was written with."""
    types = record["tables"][name]
    if not types:
        return pd.DataFrame()
    return pd.read_csv(data / f"{name}.csv", keep_default_na=False,
                       dtype={c: str if t == "str" else t for c, t in types.items()},
                       na_values={c: [""] for c, t in types.items() if t != "str"})
