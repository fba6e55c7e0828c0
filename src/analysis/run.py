"""One analysis pass: load the corpus once, parse it once, run each analysis once, write every CSV.

In: a corpus folder, an output folder and the analyses' settings. Out: every table of the analyses as
`OUT/<name>.csv` and `OUT/analysis_run.json` (what they were computed from: corpus and library digests,
settings, and each table's column types so `analysis.results` reads them back exactly).

The stages run in order, each handed what the ones before it found:
corpus (load, clean, metadata, relations) -> parse (spaCy `nlp.pipe` over every body, cached on disk) ->
sourcing -> numbers (given the sourcing attributions) -> timeline (given the attributions) -> translation (given
the number flags). Each stage prints one line to stderr with its counts, seconds and rate.

    python -m analysis.run --corpus seeds --out reports/data [--workers 2] [--set default_country=Russian]

With `--workers N` (default: the cores this process may use) the per-file and per-article steps of the corpus
stage, the parse (begun in a forked process while the corpus-wide steps run) and the comparison of translation
pairs run over N processes, and the timeline beside the numbers (`analysis.parallel`); the tables are the same
for any N.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import sys
import time
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Callable

import yaml

from .fingerprint import corpus_digest, library_digest
from .parallel import beside, fork_map, usable_cores

RECORD = "analysis_run.json"
MIN_ITEMS_PER_WORKER = 8  # files, articles or pairs per process below which a map stays in this process
THREAD_LIMITS = ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS")  # the libraries' thread pools:
# one thread each, as the pass's parallelism is processes (threads would compete for the same cores, and OpenMP's
# pool does not survive a fork)
VERIFIED_INPUTS = "ANALYSIS_VERIFIED_INPUTS"  # env: JSON {"corpus": folder, "record": sha256 of a checked RECORD}
SETTINGS = {  # the analyses' settings and their defaults (each notebook declares the ones it is about)
    "default_country": "",  # sourcing: country of an unqualified ministry or official ("": unknown)
    "magnitude_factor": 100.0,  # numbers: a figure this many times off the same quantity elsewhere is flagged
    "min_alignment_score": 60.0,  # numbers: aligned translation sentences (0-100) whose figures are compared
    "min_event_similarity": 60,  # timeline: wording similarity (0-100) for two reports to count as one event
    "include_same_story": True,  # translation: also pair a translation with an original it shares a story with
}
TABLES = {  # each stage's tables: {CSV name (without .csv): field of its result}; `analysis.results` reads them back
    "corpus": {"articles": "articles", "paragraphs": "paragraphs", "removed_lines": "removed", "metadata": "metadata",
               "relations": "relations"},
    "sourcing": {"quotes": "quotes", "sources": "sources", "citations": "citations", "attributions": "attributions",
                 "scare_quotes": "scare_quotes", "hedges": "hedges", "name_variants": "variants",
                 "version_quotes": "version_quotes"},
    "numbers": {"numbers": "numbers", "claims": "claims", "number_flags": "flags"},
    "timeline": {"timex": "timex", "timeline": "timeline", "timeline_consistency": "consistency",
                 "publication_dates": "publication"},
    "translation": {"alignment": "alignment", "translation_issues": "issues", "readability": "readability",
                    "scorecard": "scorecard", "translation_pairs": "pairs", "translation_readability": "pair_readability"},
}


@dataclass
class Stage:
    name: str
    seconds: float
    items: int
    unit: str
    peak_mb: float
    cpu_seconds: float  # of this process and its workers (a busy machine stretches `seconds`, not this)
    note: str = ""


@dataclass
class Run:
    """What a pass wrote and what each stage cost."""

    out: Path
    tables: dict[str, Path] = field(default_factory=dict)
    stages: list[Stage] = field(default_factory=list)


def say(message: str) -> None:
    print(message, file=sys.stderr, flush=True)


def cpu_seconds() -> float:
    """CPU seconds of this process and of its finished worker processes so far."""
    return sum(resource.getrusage(who).ru_utime + resource.getrusage(who).ru_stime
               for who in (resource.RUSAGE_SELF, resource.RUSAGE_CHILDREN))


def peak_mb() -> float:
    """Peak resident memory of this process so far, in MB (Linux reports kilobytes)."""
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def input_digests(corpus: Path) -> dict:
    """The digests of the corpus files and of the library code the tables depend on."""
    return {"corpus": corpus_digest(corpus), "library": library_digest()}


def inputs(corpus: Path, settings: dict) -> dict:
    """What the tables depend on: the corpus files, the library code and the settings."""
    return {**input_digests(corpus), "settings": settings}


def complete(settings: dict) -> dict:
    """The defaults with `settings` on top; an unknown name is an error."""
    unknown = sorted(set(settings) - set(SETTINGS))
    if unknown:
        raise ValueError(f"unknown analysis settings {unknown}; known: {sorted(SETTINGS)}")
    return SETTINGS | settings


def run(corpus: str | Path, out: str | Path, *, settings: dict | None = None, workers: int = 1,
        echo: Callable[[str], None] = say) -> Run:
    """The whole pass over `corpus`, writing every table into `out` (see the module docstring)."""
    import pandas as pd

    from . import nlp, numbers, sourcing, timeline, translation
    from .corpus import load_corpus

    corpus, out = Path(corpus), Path(out)
    settings = complete(settings or {})
    result = Run(out=out)

    def stage(name: str, action: Callable[[], object], *, items: Callable[[object], int], unit: str,
              note: Callable[[object], str] = lambda value: "", since: float | None = None) -> object:
        started, cpu = since or time.perf_counter(), cpu_seconds()
        value = action()
        seconds, cpu = time.perf_counter() - started, cpu_seconds() - cpu
        count = items(value)
        record = Stage(name, round(seconds, 2), count, unit, round(peak_mb()), round(cpu, 2), note(value))
        result.stages.append(record)
        echo(progress_line(record))
        return value

    def map_each(function: Callable, items: list) -> list:
        return fork_map(function, items, workers=workers, min_items=MIN_ITEMS_PER_WORKER)

    early_parse: list[nlp.ParseBeside] = []

    def parse_beside(articles: list) -> None:  # the parse starts while the corpus-wide steps run here
        bodies = [article.body for article in articles if article.ok]
        if nlp.processes_for(len(bodies), n_process=workers) > 1:
            early_parse.append(nlp.ParseBeside(bodies))

    loaded = stage("corpus", lambda: load_corpus(corpus, map_each=map_each, loaded=parse_beside),
                   items=lambda c: len(c.articles), unit="files",
                   note=lambda c: f"{len(c.analysable)} analysable, {len(c.relations)} related pairs")
    bodies = [a.body for a in loaded.analysable]
    started = time.perf_counter()

    def parsing(done: int, total: int) -> None:  # a line at every tenth of a long parse
        if total >= 100 and done % (total // 10) == 0 and done < total:
            seconds = time.perf_counter() - started
            echo(f"analysis: parse       {done:>8,}/{total:,} articles {seconds:8.1f} s  "
                 f"{done / seconds:>10,.1f} articles/s")

    def parse() -> tuple[int, int, int]:  # (parsed here, found in the cache, of which parsed beside)
        early = sum(parser.stop() for parser in early_parse)
        return *nlp.parse_all(bodies, n_process=workers, progress=parsing), early

    stage("parse", parse, items=lambda counts: counts[0] + counts[1], unit="articles",
          note=lambda counts: f"{counts[1]} from the parse cache ({counts[2]} parsed during the corpus stage), "
          f"{nlp.processes_for(counts[0], n_process=workers)} process(es)")
    n = len(bodies)
    found = stage("sourcing", lambda: sourcing.analyse(loaded, default_country=settings["default_country"]),
                  items=lambda _: n, unit="articles", note=lambda r: f"{len(r.attributions)} attributions")

    def dating() -> tuple:  # the timeline, and the publication dates its checks correct (so a process beside can)
        dated = timeline.analyse(loaded, min_event_similarity=settings["min_event_similarity"],
                                 attributions=found.attributions)
        return dated, {article.article_id: article.published for article in loaded.analysable}

    dating_started = time.perf_counter()  # with workers, the timeline runs beside the numbers (neither needs the other)
    dated_later = beside(dating, name="the timeline stage") if workers > 1 else dating
    counted = stage("numbers", lambda: numbers.analyse(
        loaded, attributions=found.attributions, magnitude_factor=settings["magnitude_factor"],
        min_alignment_score=settings["min_alignment_score"]), items=lambda _: n, unit="articles",
        note=lambda r: f"{len(r.numbers)} quantities, {len(r.flags)} flags")
    dated, published = stage("timeline", dated_later, items=lambda _: n, unit="articles",
                             since=dating_started if workers > 1 else None,
                             note=lambda r: f"{len(r[0].timex)} expressions, {len(r[0].timeline)} events"
                             + (", beside the numbers" if workers > 1 else ""))
    for article in loaded.analysable:
        article.published = published[article.article_id]
    figures = timeline.check_figures(counted.claims.astype(object), dated.publication)  # dated after the article
    dated.consistency = pd.concat([dated.consistency, figures], ignore_index=True)
    compared = stage("translation", lambda: translation.analyse(
        loaded, include_same_story=settings["include_same_story"], number_flags=counted.flags, map_each=map_each),
        items=lambda _: n, unit="articles", note=lambda r: f"{len(r.pairs)} pairs, {len(r.issues)} issues")

    fields = {"corpus": corpus_tables(loaded)} | {group: vars(value) for group, value in (
        ("sourcing", found), ("numbers", counted), ("timeline", dated), ("translation", compared))}
    tables = {name: fields[group][field] for group, named in TABLES.items() for name, field in named.items()}
    stage("write", lambda: write_tables(tables, out, inputs=inputs(corpus, settings), result=result),
          items=lambda _: len(tables), unit="tables", note=lambda _: f"into {out}")
    return result


def limit_threads() -> None:
    """One thread for each library's own pool (`THREAD_LIMITS`) unless the environment says otherwise; call it
    before numpy, scikit-learn or faiss are imported."""
    for name in THREAD_LIMITS:
        os.environ.setdefault(name, "1")


class _NoTorch:
    """An import finder (`sys.meta_path`, PEP 451) that refuses torch, as if it were not installed."""

    def find_spec(self, name: str, path=None, target=None) -> None:
        if name == "torch" or name.startswith("torch."):
            raise ModuleNotFoundError("torch is kept out of the analysis pass", name=name)
        return None


def without_torch() -> None:
    """Keep torch out of this process: thinc (under spaCy) imports it whenever it is installed, about 2 s of CPU
    per process, and the pass never uses it (torch is installed for the setup step `analysis.offline_data` only).
    An import finder refuses it, so thinc's `import torch` fails as on a machine without torch (and libraries that
    look for torch in `sys.modules`, as scipy does, find none). Call it before spaCy is imported."""
    if "torch" not in sys.modules and not any(isinstance(finder, _NoTorch) for finder in sys.meta_path):
        sys.meta_path.insert(0, _NoTorch())


def progress_line(stage: Stage) -> str:
    """'analysis: numbers    1,000 articles   41.2 s   24.3 articles/s  peak 880 MB; 13,400 quantities'."""
    rate = f"{stage.items / stage.seconds:,.1f} {stage.unit}/s" if stage.seconds > 0 else "-"
    extra = f"; {stage.note}" if stage.note else ""
    return (f"analysis: {stage.name:<11} {stage.items:>8,} {stage.unit:<8} {stage.seconds:8.1f} s  {rate:>18}  "
            f"peak {stage.peak_mb:,.0f} MB{extra}")


def corpus_tables(loaded) -> dict:
    """The corpus layer's tables by their `TABLES["corpus"]` fields."""
    from . import relations

    return {"articles": loaded.table(), "paragraphs": loaded.paragraphs_table(), "removed": loaded.removed_table(),
            "metadata": loaded.metadata_table(), "relations": relations.as_table(loaded.relations)}


def column_types(frame) -> dict[str, str]:
    """Column -> the pandas dtype name ('int64', 'float64', 'bool'), 'float64' for an object column holding only
    numbers and blanks (None, NaN) or only blanks, else 'str' (text and mixed columns; '' is text)."""
    import pandas as pd

    def kind(column) -> str:
        dtype = frame[column].dtype
        if dtype != object and dtype.name not in ("category", "string"):
            return dtype.name
        values = frame[column].dropna()
        if len(frame) and values.empty:
            return "float64"
        numeric = len(values) and all(isinstance(v, (int, float)) and not isinstance(v, bool) for v in values)
        return "float64" if numeric and pd.api.types.is_numeric_dtype(pd.Series(list(values))) else "str"

    return {str(column): kind(column) for column in frame.columns}


def write_tables(tables: dict, out: Path, *, inputs: dict, result: Run) -> None:
    """Every table as OUT/<name>.csv, then the record of what they were computed from (written last, so a
    folder with a record holds a complete pass)."""
    out.mkdir(parents=True, exist_ok=True)
    (out / RECORD).unlink(missing_ok=True)
    columns = {}
    for name, frame in tables.items():
        path = out / f"{name}.csv"
        frame.to_csv(path, index=False)
        result.tables[name] = path
        columns[name] = column_types(frame)
    record = {"inputs": inputs, "tables": columns}
    (out / RECORD).write_text(json.dumps(record, indent=1, sort_keys=True, default=str) + "\n", encoding="utf-8")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m analysis.run", description=__doc__.split("\n\n")[0])
    parser.add_argument("--corpus", type=Path, default=Path("seeds"), help="folder of article files (default seeds)")
    parser.add_argument("--out", type=Path, default=Path("reports/data"), help="folder for the CSVs")
    parser.add_argument("--workers", type=int, default=usable_cores(),
                        help="processes for the corpus stage, the parse, the timeline (beside the numbers) and the "
                             "translation pairs (default: the "
                             f"cores this process may use, {usable_cores()} here; 1 runs everything in this process)")
    parser.add_argument("--timings", type=Path, help="also write each stage's seconds, count and peak memory "
                        "as JSON into this file")
    parser.add_argument("--set", dest="settings", action="append", default=[], metavar="NAME=VALUE",
                        help=f"an analysis setting, repeatable; names: {', '.join(SETTINGS)}")
    args = parser.parse_args(argv)
    settings = {}
    for assignment in args.settings:
        name, eq, value = assignment.partition("=")
        if not eq:
            parser.error(f"--set {assignment!r}: expected NAME=VALUE")
        settings[name.strip()] = yaml.safe_load(value)
    if args.workers < 1:
        parser.error("--workers must be 1 or more")
    try:
        settings = complete(settings)
        if not args.corpus.is_dir():
            raise FileNotFoundError(f"corpus folder {args.corpus} does not exist or is not a folder")
    except (ValueError, FileNotFoundError) as error:
        print(f"analysis: {error}", file=sys.stderr)
        return 2
    started = time.perf_counter()
    limit_threads()
    without_torch()
    done = run(args.corpus, args.out, settings=settings, workers=args.workers)
    if args.timings is not None:
        args.timings.write_text(json.dumps([asdict(stage) for stage in done.stages], indent=1) + "\n",
                                encoding="utf-8")
    say(f"analysis: done in {time.perf_counter() - started:.1f} s, peak memory {peak_mb():,.0f} MB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
