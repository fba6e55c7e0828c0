"""The build: decide what changed, run the analysis pass and those notebooks in a staging folder, render, then
move into place.

In: corpus folder, output folder, notebooks folder, settings per notebook. Out: OUT/report.html,
OUT/report.pdf, OUT/data/*.csv, OUT/notebooks/*.ipynb and OUT/.report-state.json (the fingerprints that make the
next build incremental). The analysis pass (`python -m analysis.run`, one process: load, parse and analyse the
corpus once, write every CSV) runs again only when the library (src/analysis, without the report code), the
corpus files or an analysis setting changed; a notebook (which reads those CSVs and draws, and writes none) only
when its own file, the library modules it imports, the corpus, its parameters or those CSVs changed. The notebooks that run, run
side by side, as many at a time as the build has workers (each in its own kernel).
Nothing under OUT is touched until every notebook has run and the report has rendered.
"""

from __future__ import annotations

import fcntl
import json
import os
import shutil
import subprocess
import sys
import time
from concurrent.futures import ProcessPoolExecutor, as_completed
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Iterator

from ..fingerprint import (corpus_digest, file_sha256, files_digest, imported_modules, library_digest, library_first,
                           module_files, tree_files, value_digest)
from ..run import RECORD, VERIFIED_INPUTS

LIBRARY = Path(__file__).resolve().parents[1]
ROOT = LIBRARY.parents[1]
NOTEBOOKS = ROOT / "notebooks"
README = ROOT / "README.md"
NOTEBOOK_PATTERN = "[0-9][0-9]_*.ipynb"
STATE = ".report-state.json"
STAGING = ".building"
LOCK = ".report-lock"
MANAGED = ("data", "notebooks", "report.html", "report.pdf")
ANALYSIS = "analysis"  # the state's record of the analysis pass


class BuildError(RuntimeError):
    """The build cannot start (bad folder, settings) or a notebook failed; the message says which and why."""


@dataclass
class BuildResult:
    html: Path
    pdf: Path
    up_to_date: bool = False
    ran: dict[str, float] = field(default_factory=dict)  # notebook (or "analysis", the pass) -> seconds
    reused: list[str] = field(default_factory=list)
    render_seconds: float = 0.0


def say(message: str) -> None:
    print(message, file=sys.stderr, flush=True)


def build(*, corpus: Path, out: Path, notebooks: Path = NOTEBOOKS, settings: dict[str, dict] | None = None,
          force: bool = False, log_output: bool = False, workers: int | None = None,
          echo: Callable[[str], None] = say) -> BuildResult:
    """Build (or bring up to date) the report for `corpus` in `out`; raises BuildError naming what failed.
    `workers`: processes at once, for the analysis pass and the notebooks (default: the usable cores)."""
    from ..parallel import usable_cores

    from .settings import SettingsError, declared_parameters, page_settings, resolve

    corpus, out, notebooks = Path(corpus).resolve(), Path(out).resolve(), Path(notebooks).resolve()
    if not corpus.is_dir():
        raise BuildError(f"corpus folder {corpus} does not exist or is not a folder")
    paths = sorted(notebooks.glob(NOTEBOOK_PATTERN))
    if not paths:
        raise BuildError(f"no notebooks matching {NOTEBOOK_PATTERN} in {notebooks}")
    try:
        parameters = (resolve(settings, {p.stem: declared_parameters(p) for p in paths}) if settings
                      else {p.stem: {} for p in paths})
        page = page_settings(settings or {})
        analysis_settings = analysis_settings_of(parameters)
    except SettingsError as error:
        raise BuildError(str(error)) from None
    out.mkdir(parents=True, exist_ok=True)
    workers = workers or usable_cores()
    with build_lock(out, echo=echo):
        return run_build(corpus=corpus, out=out, paths=paths, parameters=parameters, page=page,
                         analysis_settings=analysis_settings, force=force, log_output=log_output, workers=workers,
                         echo=echo)


def analysis_settings_of(parameters: dict[str, dict]) -> dict:
    """The analysis settings (`analysis.run.SETTINGS`) among the notebooks' parameters of this build."""
    from ..run import SETTINGS
    from .settings import SettingsError

    found: dict = {}
    for stem, values in parameters.items():
        for name, value in values.items():
            if name in SETTINGS:
                if name in found and found[name] != value:
                    raise SettingsError(f"analysis setting {name!r} is given two values ({found[name]!r}, {value!r})")
                found[name] = value
    return found


@contextmanager
def build_lock(out: Path, *, echo: Callable[[str], None]) -> Iterator[None]:
    """One build at a time per output folder (a second one waits), so two builds never share the staging."""
    with open(out / LOCK, "w") as handle:
        try:
            fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            echo(f"another build is writing {out}: waiting for it to finish ...")
            fcntl.flock(handle, fcntl.LOCK_EX)
        yield


def run_build(*, corpus: Path, out: Path, paths: list[Path], parameters: dict[str, dict], page: dict[str, str],
              analysis_settings: dict, force: bool, log_output: bool, workers: int,
              echo: Callable[[str], None]) -> BuildResult:
    """The build proper (see `build`), holding the output folder's lock."""
    from .execute import NotebookFailed

    result = BuildResult(html=out / "report.html", pdf=out / "report.pdf")
    state = {} if force else read_state(out / STATE)
    inputs = {"library": library_digest(), "corpus": corpus_digest(corpus)}
    analysis_key = value_digest({**inputs, "settings": analysis_settings})
    render_key = render_fingerprint(notebooks=paths, parameters=parameters | {"report": page})
    if up_to_date(state, out=out, paths=paths, parameters=parameters, inputs=inputs, render_key=render_key,
                  analysis_key=analysis_key):
        echo(f"report up to date: {result.html}")
        result.up_to_date = True
        return result

    staging = out / STAGING
    prepare_staging(staging, out=out, state=state, stems=[ANALYSIS] + [p.stem for p in paths])
    previous = state.get(ANALYSIS, {})
    if previous.get("fingerprint") == analysis_key and data_intact(staging, previous):
        echo("[analysis] unchanged, reused")
        analysis = previous
    else:
        forget(staging, ANALYSIS, previous)
        echo("[analysis] running the analysis pass ...")
        before = snapshot(staging / "data")
        started = time.perf_counter()
        stages = run_analysis(corpus, staging / "data", analysis_settings, workers=workers, echo=echo)
        seconds = time.perf_counter() - started
        written = written_files(staging / "data", before)
        analysis = {"fingerprint": analysis_key, "seconds": round(seconds, 1), "stages": stages,
                    "outputs": {name: file_sha256(staging / "data" / name) for name in written}}
        result.ran[ANALYSIS] = seconds
        echo(f"[analysis] done in {seconds:.1f} s ({len(written)} data files)")
    records: dict[str, dict] = {}
    to_run: dict[str, tuple[Path, str, str]] = {}  # stem -> (notebook, fingerprint, label)
    for position, notebook in enumerate(paths, start=1):
        stem = notebook.stem
        key = notebook_fingerprint(notebook, parameters[stem], inputs, analysis=analysis)
        previous = state.get("notebooks", {}).get(stem, {})
        label = f"[{position}/{len(paths)}] {notebook.name}"
        if previous.get("fingerprint") == key and outputs_intact(staging, stem, previous):
            echo(f"{label}: unchanged, reused")
            records[stem] = previous
            result.reused.append(stem)
            continue
        forget(staging, stem, previous)
        to_run[stem] = (notebook, key, label)
    before = snapshot(staging / "data")
    record = analysis.get("outputs", {}).get(RECORD, "")
    with ProcessPoolExecutor(max_workers=max(1, min(workers, len(to_run)))) as pool:  # notebooks side by side
        running = {}
        for stem, (notebook, key, label) in to_run.items():
            echo(f"{label}: running ...")
            running[pool.submit(run_notebook_in, staging, notebook, corpus=corpus, out=out,
                                parameters=parameters[stem], log_output=log_output, record=record)] = stem
        for done in as_completed(running):
            stem = running[done]
            notebook, key, label = to_run[stem]
            try:
                seconds = done.result()
            except NotebookFailed as error:
                for other in running:
                    other.cancel()
                raise BuildError(f"{error}\nthe previous report in {out} was left as it was") from None
            records[stem] = {"fingerprint": key, "seconds": round(seconds, 1)}
            result.ran[stem] = seconds
            echo(f"{label}: done in {seconds:.1f} s")
    if written := written_files(staging / "data", before):
        raise BuildError(f"notebooks wrote {', '.join(written)} into the data folder: a notebook reads the analysis "
                         "pass's tables and draws; a table belongs in the pass (analysis.run)")
    records = {p.stem: records[p.stem] for p in paths}

    started = time.perf_counter()
    echo("rendering report.html and report.pdf ...")
    from .assemble import write_report
    from .render import PdfUnavailable

    try:
        write_report(staging, corpus=corpus, out=out, paths=paths, parameters=parameters, page_settings=page)
    except PdfUnavailable as error:
        raise BuildError(f"{error}\nthe previous report in {out} was left as it was") from None
    result.render_seconds = time.perf_counter() - started
    echo(f"rendered in {result.render_seconds:.1f} s")
    move_into_place(staging, out)
    write_state(out / STATE, {ANALYSIS: analysis, "notebooks": records, "render": render_key, "inputs": inputs,
                              "render_seconds": round(result.render_seconds, 1)})
    shutil.rmtree(staging, ignore_errors=True)
    echo(f"report written: {result.html} and {result.pdf.name}")
    return result


def run_analysis(corpus: Path, data: Path, settings: dict, *, workers: int, echo: Callable[[str], None]
                 ) -> list[dict]:
    """`python -m analysis.run` in its own process (this library first on its path), each of its progress
    lines echoed as it comes; returns its stages (name, seconds, items, unit, peak_mb, note); raises BuildError
    with its last lines when it fails."""
    timings = data.parent / "analysis-stages.json"  # beside the data folder: not a table, not in the record
    command = [sys.executable, "-m", "analysis.run", "--corpus", str(corpus), "--out", str(data),
               f"--workers={workers}", f"--timings={timings}"]
    command += [f"--set={name}={json.dumps(value)}" for name, value in sorted(settings.items())]
    env = os.environ | {"PYTHONPATH": library_first(os.environ.get("PYTHONPATH"))}
    lines: list[str] = []
    with subprocess.Popen(command, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True) as process:
        for line in process.stderr:
            lines.append(line.rstrip("\n"))
            if line.startswith("analysis: "):
                echo(line.rstrip("\n"))
    if process.returncode:
        tail = "\n".join(lines[-30:])
        raise BuildError(f"the analysis pass (python -m analysis.run) failed:\n{tail}")
    stages = json.loads(timings.read_text(encoding="utf-8"))
    timings.unlink()
    return stages


def run_notebook_in(staging: Path, notebook: Path, *, corpus: Path, out: Path, parameters: dict,
                    log_output: bool, record: str) -> float:
    """Run one notebook in the staging folder (in a process of the build's pool), telling its reader that this
    build checked the analysis pass whose record has the digest `record` (`analysis.run.VERIFIED_INPUTS`), so it
    does not hash the corpus and the library again; returns its seconds."""
    from .execute import run_notebook

    started = time.perf_counter()
    given = {"corpus_dir": str(corpus), "out_dir": str(staging)} | parameters
    shown = {"corpus_dir": str(corpus), "out_dir": str(out)} | parameters
    verified = json.dumps({"corpus": str(corpus), "record": record})
    run_notebook(notebook, staging / "notebooks" / notebook.name, parameters=given, cwd=notebook.parent,
                 log_output=log_output, shown_parameters=shown, environment={VERIFIED_INPUTS: verified})
    return time.perf_counter() - started


def notebook_fingerprint(notebook: Path, parameters: dict, inputs: dict, *, analysis: dict) -> str:
    """What a notebook's results depend on: itself, the library code it imports (`drawing_code`, not the
    analyses: their results are in the tables), the corpus, its parameters and the tables of the analysis pass
    (the only data it reads; not the pass's record, which names the library digest). A library change that
    leaves every table as it was runs no notebook again."""
    tables = {name: digest for name, digest in analysis.get("outputs", {}).items() if name != RECORD}
    return value_digest({"notebook": file_sha256(notebook), "parameters": parameters, "corpus": inputs["corpus"],
                         "code": drawing_code(notebook), "analysis": tables})


def drawing_code(notebook: Path) -> str:
    """Digest of the library modules a notebook's code cells import, with those they import in turn."""
    cells = json.loads(notebook.read_text(encoding="utf-8")).get("cells", [])
    source = "\n".join("".join(cell.get("source", "")) for cell in cells if cell.get("cell_type") == "code")
    source = "\n".join(line for line in source.splitlines() if not line.lstrip().startswith(("%", "!")))
    return files_digest(module_files(imported_modules(source)), root=LIBRARY)


def render_fingerprint(*, notebooks: list[Path], parameters: dict) -> str:
    """What the rendering depends on besides the notebooks' results: the report code, the README (methods)
    and the notebooks folder. Not the git commit: a commit that changes none of the inputs leaves the report
    as it is, and its provenance names the commit it was built at."""
    code = tree_files(LIBRARY / "report") + tree_files(LIBRARY / "templates")
    return value_digest({"code": files_digest(code, root=LIBRARY), "parameters": parameters,
                         "readme": file_sha256(README) if README.is_file() else "",
                         "notebooks": [p.name for p in notebooks]})


def up_to_date(state: dict, *, out: Path, paths: list[Path], parameters: dict, inputs: dict, render_key: str,
               analysis_key: str) -> bool:
    """True when the analysis pass, every notebook and the rendering would be reused and every output is still
    in place."""
    if state.get("render") != render_key or set(state.get("notebooks", {})) != {p.stem for p in paths}:
        return False
    if not all((out / name).is_file() for name in ("report.html", "report.pdf")):
        return False
    analysis = state.get(ANALYSIS, {})
    if analysis.get("fingerprint") != analysis_key or not data_intact(out, analysis):
        return False
    for notebook in paths:
        record = state["notebooks"][notebook.stem]
        key = notebook_fingerprint(notebook, parameters[notebook.stem], inputs, analysis=analysis)
        if record.get("fingerprint") != key or not outputs_intact(out, notebook.stem, record):
            return False
    return True


def outputs_intact(folder: Path, stem: str, record: dict) -> bool:
    """The notebook's executed copy exists."""
    return bool(record) and (folder / "notebooks" / f"{stem}.ipynb").is_file()


def data_intact(folder: Path, record: dict) -> bool:
    """Every data file the analysis pass wrote is there, unchanged."""
    return bool(record) and all((folder / "data" / name).is_file() and file_sha256(folder / "data" / name) == digest
                                for name, digest in record.get("outputs", {}).items())


def prepare_staging(staging: Path, *, out: Path, state: dict, stems: list[str]) -> None:
    """An empty staging folder holding only what the previous build's analysis pass (its data files) and
    notebooks (their executed copies) wrote and is still present, so unchanged steps can be reused; stray or stale
    files are left out."""
    shutil.rmtree(staging, ignore_errors=True)
    (staging / "data").mkdir(parents=True)
    (staging / "notebooks").mkdir()
    for stem in stems:
        record = state.get(ANALYSIS, {}) if stem == ANALYSIS else state.get("notebooks", {}).get(stem, {})
        copies = [f"notebooks/{stem}.ipynb"] if stem != ANALYSIS else []
        names = copies + [f"data/{name}" for name in record.get("outputs", {})] if record else []
        for name in names:
            if (out / name).is_file():
                (staging / name).parent.mkdir(parents=True, exist_ok=True)
                shutil.copy2(out / name, staging / name)


def forget(staging: Path, stem: str, record: dict) -> None:
    """Remove a step's previous outputs (a notebook's executed copy, the pass's data files) before it runs again."""
    (staging / "notebooks" / f"{stem}.ipynb").unlink(missing_ok=True)
    for name in record.get("outputs", {}):
        (staging / "data" / name).unlink(missing_ok=True)


def snapshot(folder: Path) -> dict[str, tuple[int, int]]:
    return {p.relative_to(folder).as_posix(): (p.stat().st_mtime_ns, p.stat().st_size)
            for p in sorted(folder.rglob("*")) if p.is_file()}


def written_files(folder: Path, before: dict[str, tuple[int, int]]) -> list[str]:
    """Files of `folder` created or rewritten since `before` was taken."""
    return [name for name, stamp in snapshot(folder).items() if before.get(name) != stamp]


def move_into_place(staging: Path, out: Path) -> None:
    """Swap each finished output into OUT (one rename each); the replaced ones are deleted afterwards."""
    trash = staging / ".replaced"
    trash.mkdir()
    for name in MANAGED:
        new, current = staging / name, out / name
        if not new.exists():
            continue
        if current.exists():
            current.rename(trash / name)
        new.rename(current)
    shutil.rmtree(trash, ignore_errors=True)


def read_state(path: Path) -> dict:
    try:
        state = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return state if isinstance(state, dict) else {}


def write_state(path: Path, state: dict) -> None:
    tmp = path.with_suffix(".tmp")
    tmp.write_text(json.dumps(state, indent=1, sort_keys=True) + "\n", encoding="utf-8")
    tmp.replace(path)
