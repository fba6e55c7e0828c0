"""Shared fixtures: the seed corpus (loaded once), a helper to write small invented corpora and one to read their
sourcing, and `speaker_of` a quotation."""

from __future__ import annotations

from pathlib import Path

import pytest

from analysis.corpus import load_corpus
from analysis.sourcing import analyse

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


@pytest.fixture
def sourcing_of(write_corpus):
    """sourcing_of(body, ...) -> the `analysis.sourcing` result of invented pages, one file per body."""

    def go(*bodies: str):
        return analyse(load_corpus(write_corpus({f"{i:03d}_page.txt": body for i, body in enumerate(bodies)})))

    return go


def source_types(result) -> dict[str, str]:
    """Each source of a sourcing result -> its type."""
    return dict(zip(result.sources.source, result.sources.source_type))


def speaker_of(result, fragment: str) -> str:
    """The speaker of the one quotation holding `fragment`."""
    rows = result.quotes[result.quotes.quote.str.contains(fragment, regex=False)]
    assert len(rows) == 1, f"{fragment!r} in quotes: {list(result.quotes.quote)}; scare: {list(result.scare_quotes.quote)}"
    return rows.speaker.iloc[0]
