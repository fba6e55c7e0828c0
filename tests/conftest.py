"""Shared fixtures: the seed corpus (loaded once) and a helper to write small invented corpora."""

from __future__ import annotations

from pathlib import Path

import pytest

from analysis.corpus import load_corpus

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT / "seeds"


@pytest.fixture(scope="session")
def seed_corpus():
    return load_corpus(SEEDS)


@pytest.fixture
def write_corpus(tmp_path):
    """write_corpus({"001_x.txt": "text" or b"bytes", ...}) -> folder holding those files."""

    def write(files: dict[str, str | bytes]) -> Path:
        folder = tmp_path / "corpus"
        folder.mkdir(exist_ok=True)
        for name, content in files.items():
            path = folder / name
            if isinstance(content, bytes):
                path.write_bytes(content)
            else:
                path.write_text(content, encoding="utf-8")
        return folder

    return write
