"""Content fingerprints: what the analysis pass's tables were computed from, and what the build must redo.

In: files and folders (notebooks, the library, the corpus, data files) and parameter dicts.
Out: sha256 hex digests. Standard library only, so an up-to-date build finishes in about a second and a
notebook checks its tables without importing any analysis.
"""

from __future__ import annotations

import hashlib
import json
import os
from pathlib import Path

SKIPPED_PARTS = {"__pycache__", ".ipynb_checkpoints"}
LIBRARY = Path(__file__).resolve().parent  # src/analysis
SOURCE = LIBRARY.parent  # the folder holding this `analysis` package (src)
PRESENTATION = (LIBRARY / "report", LIBRARY / "templates", LIBRARY / "bench.py")  # not part of the analyses


def file_sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def tree_files(root: Path, *, exclude: tuple[Path, ...] = ()) -> list[Path]:
    """Every file under `root`, sorted, without caches and without anything under `exclude`."""
    excluded = [e.resolve() for e in exclude]
    files = []
    for path in sorted(root.rglob("*")):
        if not path.is_file() or SKIPPED_PARTS & set(path.parts) or path.suffix == ".pyc":
            continue
        if any(path.resolve().is_relative_to(e) for e in excluded):
            continue
        files.append(path)
    return files


def files_digest(files: list[Path], *, root: Path) -> str:
    """One digest over the names (relative to `root`) and contents of `files`."""
    digest = hashlib.sha256()
    for path in files:
        digest.update(f"{path.relative_to(root).as_posix()}\0{file_sha256(path)}\n".encode())
    return digest.hexdigest()


def corpus_digest(corpus: Path) -> str:
    """Digest of every file in the corpus folder (top level, as the corpus loader reads it), hidden ones too."""
    return files_digest(sorted(p for p in corpus.iterdir() if p.is_file()), root=corpus)


def value_digest(value: object) -> str:
    """Digest of a JSON-serialisable value (parameters, lists of digests)."""
    return hashlib.sha256(json.dumps(value, sort_keys=True, default=str).encode()).hexdigest()


def library_digest() -> str:
    """Digest of the analysis library (src/analysis without the report code, its templates and the benchmark)."""
    return files_digest(tree_files(LIBRARY, exclude=PRESENTATION), root=LIBRARY)


def library_first(pythonpath: str | None) -> str:
    """`pythonpath` with this library's source folder first, for a child process (the pass, a kernel, a build)
    that must import this library rather than an installed copy."""
    return os.pathsep.join(filter(None, [str(SOURCE), pythonpath]))
