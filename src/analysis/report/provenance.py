"""What a report was built from: the code version, the software, each input file and the build time.

In: the project root, the corpus folder, the notebooks run and their parameters. Out: plain dicts and lists
for the report's provenance appendix (the page template escapes every value).
"""

from __future__ import annotations

import os
import platform
import re
import subprocess
from datetime import datetime, timezone
from importlib import metadata
from pathlib import Path

from ..fingerprint import file_sha256

PROJECT = "prisoner-recruitment-news"
EXTRA_PACKAGES = ("papermill", "nbconvert", "weasyprint", "jinja2", "numpy", "pytest")


def build_time() -> datetime:
    """Now in UTC, or SOURCE_DATE_EPOCH when set (reproducible builds)."""
    epoch = os.environ.get("SOURCE_DATE_EPOCH")
    if epoch:
        return datetime.fromtimestamp(int(epoch), tz=timezone.utc)
    return datetime.now(tz=timezone.utc).replace(microsecond=0)


def git_commit(root: Path) -> str:
    """`<sha>` of HEAD, with ` (uncommitted changes)` when the code or notebooks differ from it; or 'unknown'."""
    def git(*args: str) -> str:
        return subprocess.run(["git", "-C", str(root), *args], capture_output=True, text=True, check=True,
                              timeout=20).stdout.strip()
    try:
        sha = git("rev-parse", "HEAD")
        dirty = git("status", "--porcelain", "--untracked-files=no", "--", "src", "notebooks", "pyproject.toml")
    except (OSError, subprocess.SubprocessError):
        return "unknown (not a git checkout)"
    return sha + (" (uncommitted changes)" if dirty else "")


def package_versions() -> list[tuple[str, str]]:
    """(package, version) for Python, the project's declared dependencies and the build tools, sorted."""
    try:
        requirements = metadata.requires(PROJECT) or []
    except metadata.PackageNotFoundError:
        requirements = []
    names = {re.split(r"[\s;<>=!~\[(]", req, maxsplit=1)[0] for req in requirements if "extra ==" not in req}
    versions = []
    for name in sorted(names | set(EXTRA_PACKAGES), key=str.lower):
        try:
            versions.append((name, metadata.version(name)))
        except metadata.PackageNotFoundError:
            versions.append((name, "not installed"))
    return [("python", platform.python_version())] + versions


def input_files(corpus: Path, statuses: dict[str, tuple[str, str]]) -> list[dict]:
    """Every file of the corpus folder: name, bytes, sha256 and the loader's (status, message) when known."""
    rows = []
    for path in sorted(p for p in corpus.iterdir() if p.is_file()):
        status, message = statuses.get(path.name, ("not an article file", ""))
        rows.append({"file": path.name, "bytes": path.stat().st_size, "sha256": file_sha256(path),
                     "status": status, "message": message})
    return rows


def data_files(folder: Path) -> list[dict]:
    """Every file the notebooks wrote to the data folder: name, bytes and sha256."""
    return [{"file": path.relative_to(folder).as_posix(), "bytes": path.stat().st_size, "sha256": file_sha256(path)}
            for path in sorted(folder.rglob("*")) if path.is_file()]


def display_path(path: Path, *, root: Path) -> str:
    """The path relative to the project root when inside it, else absolute."""
    path = path.resolve()
    return path.relative_to(root).as_posix() if path.is_relative_to(root) else str(path)
