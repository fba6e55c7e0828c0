"""Content fingerprints: what the analysis pass's tables were computed from, and what the build must redo.

In: files and folders (notebooks, the library, the corpus, data files) and parameter dicts.
Out: sha256 hex digests. Standard library only, so an up-to-date build finishes in about a second and a
notebook checks its tables without importing any analysis.
"""

from __future__ import annotations

import ast
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


def imported_modules(source: str) -> set[str]:
    """The modules of this library that Python `source` imports at its top level (`import analysis.x`,
    `from analysis import x`, `from analysis.x import y`, and inside the library `from . import x`, `from .x
    import y`), by name ('results'). An import inside a function is not counted: it runs only when called."""
    names = set()
    for node in ast.parse(source).body:
        if isinstance(node, ast.Import):
            names |= {alias.name.split(".")[1] for alias in node.names if alias.name.startswith(f"{LIBRARY.name}.")}
        elif isinstance(node, ast.ImportFrom):
            module = node.module.split(".") if node.module else []
            if node.level == 1 and not module or node.level == 0 and module == [LIBRARY.name]:
                names |= {alias.name for alias in node.names}  # from . import x / from analysis import x
            elif node.level == 1:
                names.add(module[0])  # from .x import y
            elif node.level == 0 and module[0] == LIBRARY.name:
                names.add(module[1])  # from analysis.x import y
    return {name for name in names if (LIBRARY / f"{name}.py").is_file()}


def module_files(names: set[str]) -> list[Path]:
    """The files of the library modules `names` and of those they import at their top level, transitively."""
    seen, todo = set(), set(names)
    while todo:
        name = todo.pop()
        seen.add(name)
        todo |= imported_modules((LIBRARY / f"{name}.py").read_text(encoding="utf-8")) - seen
    return sorted(LIBRARY / f"{name}.py" for name in seen)


def library_first(pythonpath: str | None) -> str:
    """`pythonpath` with this library's source folder first, for a child process (the pass, a kernel, a build)
    that must import this library rather than an installed copy."""
    return os.pathsep.join(filter(None, [str(SOURCE), pythonpath]))
