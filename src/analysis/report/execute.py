"""Execute one notebook with papermill and make the executed copy reproducible.

In: a notebook file, its parameters, the folder to write the executed copy to.
Out: the executed notebook on disk, stripped of run-dependent metadata (timings, the random id of the
injected-parameters cell), or `NotebookFailed` naming the notebook, the failing cell and the error.
"""

from __future__ import annotations

import json
import os
import re
from pathlib import Path

DEFAULT_KERNEL = "python3"  # the project's kernel (make installs it into the venv)
INJECTED_TAG = "injected-parameters"
ERROR_TAG = "papermill-error-cell-tag"
TIMING_KEYS = ("start_time", "end_time", "duration")
KERNEL_ARGUMENTS = [  # quiet kernel; numpy's global generator seeded (random layouts, samples) so figures repeat
    "--IPKernelApp.log_level=CRITICAL",
    "--IPKernelApp.exec_lines=['import numpy', 'numpy.random.seed(0)']",
]
ANSI = re.compile(r"\x1b\[[0-9;]*m")
CELL_FRAME = re.compile(r"^Cell In\[\d*\], line \d+")
ARROW = re.compile(r"^-*>\s*(\d+)\s(.*)$")  # IPython marks the failing line of a cell: "----> 3 df.sum()"
MEMORY_ADDRESS = re.compile(r" at 0x[0-9a-f]{6,}>")
STYLER_ID = re.compile(r"\bT_([0-9a-f]{5})(?=[_\"'\s])")
KERNEL_START_RETRIES = 2  # a kernel that could not start (its port taken by another process meanwhile) is started again
KERNEL_START_FAILURE = re.compile(r"address already in use|kernel died before replying|kernel didn't respond", re.I)


class NotebookFailed(RuntimeError):
    """A notebook raised: the message names the notebook, the cell (1-based, as in the source notebook) and
    the error, and where the partially executed copy was written."""


def run_notebook(notebook: Path, target: Path, *, parameters: dict, cwd: Path, log_output: bool = False,
                 shown_parameters: dict | None = None, environment: dict[str, str] | None = None) -> None:
    """Execute `notebook` into `target` with `parameters`; `shown_parameters` replace them in the recorded
    copy (the build runs in a staging folder but the record names the final one). The kernel gets
    `environment` on top of this process's."""
    import papermill
    from papermill.exceptions import PapermillExecutionError

    from ..fingerprint import library_first

    target.parent.mkdir(parents=True, exist_ok=True)
    kernel_environment = (environment or {}) | {
        "PYTHONHASHSEED": "0",  # the kernel inherits it: set and dict-of-set orders repeat across runs
        "PYTHONPATH": library_first(os.environ.get("PYTHONPATH")),  # this library first
    }
    saved = {name: os.environ.get(name) for name in kernel_environment}
    os.environ.update(kernel_environment)
    try:
        for attempt in range(KERNEL_START_RETRIES + 1):
            try:
                papermill.execute_notebook(str(notebook), str(target), parameters=parameters, cwd=str(cwd),
                                           kernel_name=None if has_kernelspec(notebook) else DEFAULT_KERNEL,
                                           language="python", progress_bar=False, log_output=log_output,
                                           request_save_on_cell_execute=False, extra_arguments=KERNEL_ARGUMENTS)
                break
            except PapermillExecutionError as error:
                cell = source_cell_number(target, error.cell_index)
                raise NotebookFailed(
                    f"notebook {notebook.name} failed in cell {cell}, {failing_line(error.source, error.traceback)}: "
                    f"{error.ename}: {error.evalue}\n  partially executed copy: {target}") from None
            except Exception as error:  # kernel died, timeout, unreadable notebook...
                if attempt < KERNEL_START_RETRIES and KERNEL_START_FAILURE.search(str(error)):
                    continue
                raise NotebookFailed(f"notebook {notebook.name} could not be executed: "
                                     f"{type(error).__name__}: {error}") from error
    finally:
        for name, value in saved.items():
            if value is None:
                os.environ.pop(name, None)
            else:
                os.environ[name] = value
    normalise(target, shown_parameters=shown_parameters or parameters, source_name=notebook.name)


def has_kernelspec(notebook: Path) -> bool:
    """A notebook converted by jupytext without --set-kernel has none (papermill would refuse to run it)."""
    try:
        return bool(json.loads(notebook.read_text(encoding="utf-8"))["metadata"]["kernelspec"]["name"])
    except (OSError, ValueError, KeyError, TypeError):
        return False


def failing_line(source: str, traceback: list[str]) -> str:
    """'line 3 (`df["x"].sum()`)': the arrow IPython puts under the last `Cell In[n]` frame of the traceback
    (chained exceptions print library frames first); else the cell's first line."""
    found, in_cell = "", False
    for line in ANSI.sub("", "\n".join(traceback)).splitlines():
        if CELL_FRAME.match(line):
            in_cell = True
        elif in_cell and (arrow := ARROW.match(line)):
            found, in_cell = f"line {arrow.group(1)} (`{arrow.group(2).strip()[:100]}`)", False
        elif line.startswith("File "):
            in_cell = False
    first = next((line for line in source.splitlines() if line.strip()), "").strip()
    return found or f"which starts `{first[:100]}`"


def source_cell_number(executed: Path, cell_index: int) -> int:
    """1-based number of the executed cell `cell_index` in the source notebook (without the injected cell)."""
    try:
        cells = json.loads(executed.read_text(encoding="utf-8"))["cells"]
    except (OSError, ValueError, KeyError):
        return cell_index + 1
    cells = [c for c in cells if ERROR_TAG not in c.get("metadata", {}).get("tags", [])]  # papermill's banners
    injected_before = sum(INJECTED_TAG in c.get("metadata", {}).get("tags", []) for c in cells[:cell_index])
    return cell_index - injected_before + 1


def normalise(path: Path, *, shown_parameters: dict, source_name: str) -> None:
    """Drop timing metadata, fix the injected cell's id and record the shown parameters, so two runs on the
    same inputs write the same bytes."""
    nb = json.loads(path.read_text(encoding="utf-8"))
    record = nb.get("metadata", {}).get("papermill", {})
    for key in TIMING_KEYS:
        record.pop(key, None)
    record.update(input_path=source_name, output_path=source_name, parameters=shown_parameters)
    for cell in nb["cells"]:
        metadata = cell.setdefault("metadata", {})
        metadata.pop("execution", None)
        for key in TIMING_KEYS:
            metadata.get("papermill", {}).pop(key, None)
        if INJECTED_TAG in metadata.get("tags", []):
            cell["id"] = INJECTED_TAG
            cell["source"] = injected_source(shown_parameters)
        for output in cell.get("outputs", []):
            data = output.get("data", {})
            if "text/html" in data:
                data["text/html"] = fixed_styler_ids("".join(data["text/html"]))
            if "text/plain" in data:  # `<Styler at 0x7f...>`: the address changes every run
                data["text/plain"] = MEMORY_ADDRESS.sub(" at 0x0>", "".join(data["text/plain"]))
    path.write_text(json.dumps(nb, indent=1, sort_keys=True, ensure_ascii=False) + "\n", encoding="utf-8")


def fixed_styler_ids(html: str) -> str:
    """pandas' Styler names its table and cells `T_<5 random hex>_...`: number them in order instead."""
    found = list(dict.fromkeys(STYLER_ID.findall(html)))
    mapping = {uid: f"{index:05d}" for index, uid in enumerate(found)}
    return STYLER_ID.sub(lambda m: f"T_{mapping[m.group(1)]}", html) if found and "<style" in html else html


def injected_source(parameters: dict) -> str:
    """The injected-parameters cell as papermill writes it, for the parameters shown in the record."""
    lines = ["# Parameters"] + [f"{name} = {value!r}" for name, value in parameters.items()]
    return "\n".join(lines) + "\n"
