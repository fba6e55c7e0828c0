"""The corpus layer: load a folder of `.txt` articles into per-article records and one table.

In: a folder of text files (and optionally a `manifest.csv` in it). Out: a `Corpus` whose `articles` hold, for
every input file whatever its state, the id, file, sha256, status with a message, raw text, the normalized
and debris-stripped body with its folded twin, title, paragraphs and sentences with character offsets into
the body, what was stripped and why, and metadata fields each marked `given` or `inferred` with evidence.
Bad files never stop the load: each gets a status (`ok`, `empty`, `binary`, `too_large`, `unreadable`,
`no_body`, `non_english`) and a message naming the file and the reason.
This module knows nothing of the analyses built on it.
"""

from __future__ import annotations

import bisect
import codecs
import hashlib
import html
import re
import warnings
from collections import Counter
from dataclasses import dataclass, field
from functools import lru_cache
from html.parser import HTMLParser
from pathlib import Path
from typing import Callable, Iterator

import pandas as pd
from rapidfuzz import fuzz

from . import dating, debris, metadata, page_shape
from .page_shape import (ENDS_SENTENCE, ENDS_STOP, LINK_WORDS, PUNCTUATED, SIGNATURE, folded_line, is_full_paragraph,
                         opens_items)
from .parallel import each
from .textnorm import Span, fold, normalize, split_sentences, word_count

MAX_BYTES = 5_000_000  # larger files are listed with status `too_large` and not analysed
MANIFEST = "manifest.csv"
# a line ending on one of these words breaks off inside its sentence ('... during' / '2002, when ...'): no headline,
# and in a hard-wrapped text it goes on in the next line
RUN_ON_WORDS = {"a", "an", "the", "of", "on", "in", "to", "and", "or", "for", "with", "at", "by", "from", "that",
                "during", "after", "before", "about", "over", "under", "into", "than", "as", "his", "her", "their",
                "its", "our", "who", "which", "is", "was", "are", "were", "has", "have", "had", "will", "would",
                "according"}
# a hard-wrapped line ending on a quotation's closing mark and its verb of saying ('... the attack," said' / 'Jane
# Roe, an analyst.'), after "said" or "told" its speaker's name begun there too ('... took place," said Amnesty' / 'International's
# Jane Roe'); a headline's "..., its founder says", '"...," says Activist's Mother' has none
_QUOTE_THEN_SAID = re.compile(r"[\"\u201d\u2019]\s+(?:(?:said|says|told|added)|(?:said|told)(?:\s+[A-Z][\w'\u2019.-]*){1,3})$")
# an item of a list the story announces with a colon ("passport", "Military Awards", "Confirmation of their stay in
# the shelter, as the town hall is called"): words at most
ITEM_WORDS = 20
DOUBLED_CAPTION_WORDS = 30  # a picture's caption printed twice in a row inside the story: words at most ...
DOUBLE_MIN_WORDS = 5  # ... and at least (its copy cut off at the page's end too)
ALT_TEXT_WORDS = 12  # a picture's alt text over its caption in the header ("A flooded street"): words at most
# a headline of two sentences written with its full stop ("Valdoria pays convicts to dig dams. Many never come
# home."): words at most in all (after a quoted kicker) and in its last sentence; a lead paragraph says more
HEADLINE_WORDS_WITH_STOP = 18
HEADLINE_LAST_SENTENCE_WORDS = 10
HEADLINE_EXCLAMATION_WORDS = 15  # a one-sentence exclamation opening the page is its headline: words at most
TEASER_OFFSET = 60  # characters: a dateline before the lead paragraph that repeats the teaser above it
OK = "ok"


@dataclass(frozen=True)
class Field:
    """One metadata value with where it came from: `given` (file or manifest), `inferred` or `unknown`."""

    value: str
    provenance: str
    evidence: str = ""


@dataclass(frozen=True)
class Paragraph:
    index: int
    start: int
    end: int
    text: str
    kind: str = "text"  # "text" or "heading"
    duplicate_of: int | None = None  # index of the earlier paragraph this one repeats

    @property
    def is_duplicate(self) -> bool:
        return self.duplicate_of is not None


@dataclass(frozen=True)
class Sentence:
    index: int
    paragraph: int
    start: int
    end: int
    text: str


@dataclass(frozen=True)
class Removed:
    """A line taken out of the body: its line number in the file (1-based), text and reason."""

    line: int
    text: str
    reason: str


@dataclass
class Article:
    article_id: str
    file: str
    path: Path
    sha256: str
    n_bytes: int
    status: str = OK
    message: str = ""
    encoding: str = ""
    raw: str = ""
    title: str = ""
    body: str = ""
    folded: str = ""
    paragraphs: list[Paragraph] = field(default_factory=list)
    sentences: list[Sentence] = field(default_factory=list)
    removed: list[Removed] = field(default_factory=list)
    meta: dict[str, Field] = field(default_factory=dict)
    published: dating.PublicationDate = field(default_factory=dating.PublicationDate)
    _starts: tuple[list[Sentence], list[int]] | None = field(default=None, init=False, repr=False, compare=False)

    @property
    def ok(self) -> bool:
        return self.status == OK

    @property
    def words(self) -> int:
        return word_count(self.body)

    def sentence_at(self, offset: int) -> Sentence | None:
        """The sentence containing body offset `offset` (found by bisection: the analyses ask for every cue and
        quotation, and a scan of every sentence made a long page's sourcing cubic)."""
        sentences = self.sentences
        if self._starts is None or self._starts[0] is not sentences or len(self._starts[1]) != len(sentences):
            self._starts = (sentences, [s.start for s in sentences])
        i = bisect.bisect_right(self._starts[1], offset) - 1
        if i >= 0 and sentences[i].start <= offset < sentences[i].end:
            return sentences[i]
        return None

    def value(self, name: str) -> str:
        """A metadata value, or '' when unknown."""
        return self.meta[name].value if name in self.meta else ""


@dataclass
class Corpus:
    folder: Path
    articles: list[Article]
    relations: pd.DataFrame

    @property
    def analysable(self) -> list[Article]:
        """Articles with status `ok`: the ones the analyses read."""
        return [a for a in self.articles if a.ok]

    def __getitem__(self, article_id: str) -> Article:
        for article in self.articles:
            if article.article_id == article_id:
                return article
        raise KeyError(f"no article {article_id!r} in {self.folder}")

    def table(self) -> pd.DataFrame:
        """One row per input file: the columns of `articles.csv`."""
        return pd.DataFrame([_article_row(a) for a in self.articles], columns=ARTICLE_COLUMNS)

    def paragraphs_table(self) -> pd.DataFrame:
        rows = [
            {"article_id": a.article_id, "index": p.index, "start": p.start, "end": p.end, "kind": p.kind,
             "text": p.text, "is_duplicate": p.is_duplicate,
             "duplicate_of": "" if p.duplicate_of is None else p.duplicate_of}
            for a in self.articles for p in a.paragraphs
        ]
        return pd.DataFrame(rows, columns=["article_id", "index", "start", "end", "kind", "text", "is_duplicate",
                                           "duplicate_of"])

    def removed_table(self) -> pd.DataFrame:
        rows = [{"article_id": a.article_id, "line": r.line, "reason": r.reason, "text": r.text}
                for a in self.articles for r in a.removed]
        return pd.DataFrame(rows, columns=["article_id", "line", "reason", "text"])

    def metadata_table(self) -> pd.DataFrame:
        """Every metadata field of every article with its provenance and evidence."""
        rows = [{"article_id": a.article_id, "field": name, "value": f.value, "provenance": f.provenance,
                 "evidence": f.evidence} for a in self.articles for name, f in a.meta.items()]
        return pd.DataFrame(rows, columns=["article_id", "field", "value", "provenance", "evidence"])

    def write_csvs(self, out_dir: str | Path) -> None:
        """Write articles.csv, paragraphs.csv, removed_lines.csv, metadata.csv and relations.csv."""
        data = Path(out_dir)
        data.mkdir(parents=True, exist_ok=True)
        self.table().to_csv(data / "articles.csv", index=False)
        self.paragraphs_table().to_csv(data / "paragraphs.csv", index=False)
        self.removed_table().to_csv(data / "removed_lines.csv", index=False)
        self.metadata_table().to_csv(data / "metadata.csv", index=False)
        from . import relations  # scikit-learn: imported only where the relations are found or written

        relations.as_table(self.relations).to_csv(data / "relations.csv", index=False)


ARTICLE_COLUMNS = [
    "article_id", "file", "status", "message", "title", "outlet", "original_outlet", "published",
    "published_earliest", "published_latest", "published_provenance", "published_evidence", "language",
    "translation_status", "translation_of", "translation_evidence", "encoding", "words", "paragraphs",
    "boilerplate_lines", "duplicate_paragraphs", "sha256",
]


def _article_row(a: Article) -> dict:
    pub = a.published
    return {
        "article_id": a.article_id, "file": a.file, "status": a.status, "message": a.message, "title": a.title,
        "outlet": a.value("outlet"), "original_outlet": a.value("original_outlet"),
        "published": pub.best, "published_earliest": pub.earliest, "published_latest": pub.latest,
        "published_provenance": pub.provenance, "published_evidence": pub.evidence_text(),
        "language": a.value("language"), "translation_status": a.value("translation_status") or "unknown",
        "translation_of": a.value("translation_of"),
        "translation_evidence": a.meta["translation_status"].evidence if "translation_status" in a.meta else "",
        "encoding": a.encoding, "words": a.words, "paragraphs": len(a.paragraphs),
        "boilerplate_lines": len(a.removed), "duplicate_paragraphs": sum(p.is_duplicate for p in a.paragraphs),
        "sha256": a.sha256,
    }


def article_id_of(path: Path) -> str:
    """The file name up to the first `_` (`000_abc.txt` -> `000`); the whole stem when there is none."""
    return path.stem.split("_", 1)[0] or path.stem


def load_corpus(folder: str | Path, *, max_bytes: int = MAX_BYTES, map_each: Callable = each,
                loaded: Callable[[list[Article]], None] | None = None) -> Corpus:
    """Load every article file of `folder` (sorted by name), infer metadata and relations between articles.
    `map_each(function, items)` runs the steps that need one file or article only (e.g. over several
    processes: `analysis.parallel`); it returns the results in order. `loaded(articles)` is told the articles
    once their files are read and cleaned, before the corpus-wide steps (e.g. to start parsing them)."""
    folder = Path(folder)
    if not folder.is_dir():
        raise FileNotFoundError(f"corpus folder {folder} does not exist or is not a folder")
    manifest = _read_manifest(folder)
    files = article_files(folder)
    for name in sorted(set(manifest) - {p.name for p in files}):
        warnings.warn(f"{folder / MANIFEST}: names {name!r}, which is not a file of the corpus folder", stacklevel=2)
    furniture = shared_furniture(files, max_bytes=max_bytes)
    articles = map_each(lambda path: load_article(path, max_bytes=max_bytes, given=manifest.get(path.name, {}),
                                                  furniture=furniture), files)
    _make_ids_unique(articles)
    if loaded is not None:
        loaded(articles)
    from . import relations  # scikit-learn: `load_article` alone (a notebook reading one body) does without

    found = relations.find_relations([a for a in articles if a.ok])
    metadata.infer_translations(articles, found)
    analysable = [article for article in articles if article.ok]
    for article, published in zip(analysable, map_each(dating.infer_publication_date, analysable)):
        article.published = published
    dating.propagate_across_versions(articles, found)
    return Corpus(folder=folder, articles=articles, relations=found)


def article_files(folder: Path) -> list[Path]:
    """Every visible file of the folder, sorted, except the manifest and a README: nothing is skipped silently."""
    return sorted(p for p in folder.iterdir() if p.is_file() and not p.name.startswith(".")
                  and p.name != MANIFEST and not p.name.lower().startswith("readme"))


def load_article(path: Path, *, max_bytes: int = MAX_BYTES, given: dict[str, str] | None = None,
                 describe: bool = True, furniture: frozenset[str] = frozenset()) -> Article:
    """Read, decode, clean and describe one file. Never raises for bad content: the status says what went wrong.
    `describe=False` leaves out the metadata (language, outlet, ...): the text only, for a reader that has the
    metadata in its tables (telling the language loads spaCy). `furniture`: short lines the corpus's other pages
    print too (`shared_furniture`), stripped wherever no other rule tells what they are."""
    given = given or {}
    article = Article(article_id=article_id_of(path), file=path.name, path=path, sha256="", n_bytes=0)
    try:
        data = path.read_bytes()
    except OSError as error:
        return _fail(article, "unreadable", f"cannot read the file ({error.strerror or error})")
    article.sha256 = hashlib.sha256(data).hexdigest()
    article.n_bytes = len(data)
    if not data.strip():
        return _fail(article, "empty", "the file is empty" if not data else "the file holds only whitespace")
    if len(data) > max_bytes:
        return _fail(article, "too_large", f"{len(data):,} bytes is over the {max_bytes:,}-byte limit for one "
                                           "article (load_corpus(max_bytes=...)); not analysed")
    if _looks_binary(data) and not _wide_encoding(data):
        return _fail(article, "binary", "the file is binary (NUL or control bytes), not text")
    text, article.encoding = decode(data)
    notes = [] if article.encoding == "utf-8" else [_decoded_note(data, article.encoding)]
    article.raw = text
    text = normalize(text)
    if _looks_like_html(text):
        text, stated = html_to_text(text)
        notes.append("HTML markup removed")
        article.removed.append(Removed(0, "", "HTML markup"))
        for name, value in stated.items():  # the manifest, read later, wins over the page's own tags
            article.meta[name] = Field(value, "given", f"the page's HTML <{'title' if name == 'title' else 'meta'}> tag")
    _build_body(article, text, furniture)
    if not article.title and "title" in article.meta:
        article.title = article.meta["title"].value
    if describe:
        metadata.describe(article, given)
    language = article.meta["language"].value if describe else ""
    if language not in ("en", ""):  # before `no_body`: a page in a script without spaces (Japanese, Chinese,
        # Thai) has its lines stripped as one-word labels, yet its language is what stops it
        return _fail(article, "non_english", f"the text is in '{language}', not English; the analyses read "
                                             "English only", notes)
    if not article.paragraphs:
        return _fail(article, "no_body", "no article text is left once web debris is removed", notes)
    article.message = f"{article.file}: " + "; ".join(notes) if notes else ""
    return article


def page_lines(path: Path, *, max_bytes: int = MAX_BYTES) -> list[str]:
    """The text lines of one file as `load_article` reads them (decoded, normalized, HTML reduced to its text), or
    none when it is no text file."""
    try:
        data = path.read_bytes()
    except OSError:
        return []
    if not data.strip() or len(data) > max_bytes or (_looks_binary(data) and not _wide_encoding(data)):
        return []
    text = normalize(decode(data)[0])
    if _looks_like_html(text):
        text = html_to_text(text)[0]
    return [line.strip() for line in text.split("\n") if line.strip()]


def shared_furniture(paths: list[Path], *, max_bytes: int = MAX_BYTES) -> frozenset[str]:
    """Short lines that pages of the corpus print on unrelated stories: a site's own furniture ("Support The Valley
    Ledger!", "Before You Leave, Check This Out"), found by its repetition across a site's pages, whatever its words.
    A line counts when at least two pages that share no long line (`FURNITURE_STORY_WORDS` words or more: so not two
    copies or versions of one story, which share their subheadings too, nor two that share `FURNITURE_SHARED_WORDS` of
    their content words: retellings of one story) print it; it has at most `FURNITURE_WORDS` words and ends on no full
    stop or question mark (two stories may both say "He declined to comment."); a line of one or two words or a
    headline of `FURNITURE_HEADLINE_WORDS` words or more needs three such pages, and a line opening a page (its
    headline, most often) is none."""
    read = [page_lines(path, max_bytes=max_bytes) for path in paths]
    pages = [set(lines) for lines in read]
    openings = {lines[0] for lines in read if lines}  # a page's first line: its headline, most often
    long_lines = [{line for line in page if len(line.split()) >= FURNITURE_STORY_WORDS} for page in pages]
    stems = [page_shape.content_stems(" ".join(page)) for page in pages]

    def related(i: int, j: int) -> bool:  # copies or versions of one story: a long line or most words shared
        return bool(long_lines[i] & long_lines[j]) or \
            len(stems[i] & stems[j]) >= FURNITURE_SHARED_WORDS * min(len(stems[i]), len(stems[j]))

    where: dict[str, list[int]] = {}
    for i, page in enumerate(pages):
        for line in page:
            words = len(line.split())
            if words <= FURNITURE_WORDS and not line.endswith((".", "?", "\u2026")) and re.search(r"[^\W\d_]", line):
                where.setdefault(line, []).append(i)
    found = set()
    for line, places in where.items():
        if len(places) < 2 or line in openings:  # a page's headline, however many pages share it
            continue
        headline = debris.looks_like_title(line) and len(line.split()) >= FURNITURE_HEADLINE_WORDS
        need = FURNITURE_PAGES_SHORT if len(line.split()) <= 2 or headline else 2
        unrelated: set[int] = set()
        for at, i in enumerate(places[:FURNITURE_PAGES_COMPARED]):  # enough pages to tell, not every pair
            unrelated.update(k for j in places[at + 1:FURNITURE_PAGES_COMPARED] if not related(i, j) for k in (i, j))
            if len(unrelated) >= need:
                found.add(line)
                break
    return frozenset(found)


FURNITURE_WORDS = 12  # a line repeated across the corpus's pages as furniture: words at most
FURNITURE_STORY_WORDS = 12  # a line this long shared by two pages makes them copies or versions of one story
FURNITURE_PAGES_SHORT = 3  # unrelated pages printing a line of one or two words, or a headline, at least
FURNITURE_HEADLINE_WORDS = 5  # ... or a headline of this many words (two stories may share one)
FURNITURE_SHARED_WORDS = 0.4  # two pages sharing this share of the shorter one's content words tell one story
FURNITURE_PAGES_COMPARED = 40  # pages printing a line compared pairwise, at most (the first ones)


def _fail(article: Article, status: str, reason: str, notes: list[str] | None = None) -> Article:
    article.status = status
    article.message = f"{article.file}: " + "; ".join([reason, *(notes or [])])
    return article


def _looks_binary(data: bytes) -> bool:
    sample = data[:8192]
    if b"\x00" in sample:
        return True
    control = sum(1 for b in sample if b < 32 and b not in (9, 10, 12, 13))
    return control / len(sample) > 0.05


def _wide_encoding(data: bytes) -> str | None:
    """The codec of a UTF-32 or UTF-16 text (a Windows "Unicode" text file), by its byte-order mark or, without
    one, by the NUL byte beside each ASCII letter; None for any other file or one that does not decode."""
    boms = ((codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"), (codecs.BOM_UTF16_LE, "utf-16"),
            (codecs.BOM_UTF16_BE, "utf-16"))
    codec = next((name for bom, name in boms if data.startswith(bom)), None)
    sample = data[:8192] if len(data) % 2 == 0 else b""
    if codec is None and len(sample) >= 16:
        even, odd = sample[0::2], sample[1::2]
        if odd.count(0) >= 0.5 * len(odd) and 0 not in even:
            codec = "utf-16-le"
        elif even.count(0) >= 0.5 * len(even) and 0 not in odd:
            codec = "utf-16-be"
    if codec is None:
        return None
    try:
        text = data.decode(codec)
    except UnicodeDecodeError:
        return None
    sample = text[:4096]  # and reads as text: no NUL, hardly any control character (16-bit binary data decodes too)
    control = sum(1 for c in sample if c < " " and c not in "\t\n\r\f")
    return None if "\x00" in text or control > 0.05 * len(sample) else codec


def _decoded_note(data: bytes, encoding: str) -> str:
    if encoding == UTF8_REPAIRED:
        bad = data.decode("utf-8", errors="replace").count("\ufffd") - data.count("\ufffd".encode())
        return f"{bad} byte sequence(s) not valid UTF-8, replaced (U+FFFD); the rest decoded as UTF-8"
    return f"not valid UTF-8; decoded as {encoding}"


UTF8_REPAIRED = "utf-8 (repaired)"  # the `encoding` of a UTF-8 text holding a few invalid bytes (a character cut
# off at the end of a copied page, a stray Latin-1 letter)


def decode(data: bytes) -> tuple[str, str]:
    """Decode as UTF-8 (or UTF-16/32, by their marks); a UTF-8 text with a few invalid bytes among more valid
    multibyte characters as UTF-8 with those bytes replaced; otherwise as cp1251 when the non-ASCII bytes read as
    Cyrillic words, else as cp1252."""
    if wide := _wide_encoding(data):  # first: an ASCII text in UTF-16 is valid UTF-8 too, NULs and all
        return data.decode(wide).lstrip("\ufeff"), wide
    try:
        return data.decode("utf-8-sig"), "utf-8"
    except UnicodeDecodeError:
        pass
    repaired = data.decode("utf-8", errors="replace")
    bad = repaired.count("\ufffd") - data.count("\ufffd".encode())
    if sum(ord(c) > 127 and c != "\ufffd" for c in repaired) > bad:  # valid multibyte characters outnumber the
        # invalid bytes: a UTF-8 text with damage, not a one-byte code page (whose letters are rarely valid UTF-8)
        return repaired.lstrip("\ufeff"), UTF8_REPAIRED
    cyrillic = data.decode("cp1251", errors="replace")
    high = [c for c in cyrillic if ord(c) > 127]
    if high and sum("\u0400" <= c <= "\u04ff" for c in high) / len(high) > 0.8 and re.search(
            r"[\u0430-\u044f]{3,}", cyrillic):
        return cyrillic, "cp1251"
    return data.decode("cp1252", errors="replace").replace("\ufffd", "?"), "cp1252"


_HTML_TAG = re.compile(r"</?(?:html|head|body|p|div|br|span|a|h[1-6]|li|ul|ol|table|tr|td|article|section|em|strong|b|i)\b[^>]*>", re.I)


def _looks_like_html(text: str) -> bool:
    """A page of markup: three or more tags, on three or more lines, or in lines holding most of the text, or a
    document tag (a text page with one line of leaked markup is text, and that line debris)."""
    if len(_HTML_TAG.findall(text)) < 3:
        return False
    tagged = [line for line in text.split("\n") if _HTML_TAG.search(line)]
    return len(tagged) >= 3 or sum(map(len, tagged)) > len(text) / 2 or bool(
        re.search(r"<(?:!doctype|html|head|body)\b", text, re.I))


class _TextExtractor(HTMLParser):
    """Collects the visible article text of an HTML page, one line per block element, and its metadata tags."""

    BLOCKS = {"p", "div", "br", "li", "tr", "h1", "h2", "h3", "h4", "h5", "h6", "article", "section", "header",
              "footer", "title", "figcaption", "blockquote", "table", "ul", "ol"}
    HIDDEN = {"script", "style", "noscript", "head", "template", "svg", "nav", "aside", "footer", "form", "button",
              "figure", "iframe"}
    META = {"article:published_time": "published", "datepublished": "published", "date": "published",
            "pubdate": "published", "og:site_name": "outlet", "og:title": "title"}

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.hidden = 0
        self.meta: dict[str, str] = {}
        self.in_title = False

    def handle_starttag(self, tag: str, attrs: list) -> None:
        if tag == "meta":
            attributes = dict(attrs)
            key = (attributes.get("property") or attributes.get("name") or attributes.get("itemprop") or "").lower()
            if key in self.META and attributes.get("content"):
                self.meta.setdefault(self.META[key], attributes["content"].strip())
        self.in_title = tag == "title"
        if tag in self.HIDDEN:
            self.hidden += 1
        if tag in self.BLOCKS:
            self.parts.append("\n")

    def handle_endtag(self, tag: str) -> None:
        self.in_title = False
        if tag in self.HIDDEN and self.hidden:
            self.hidden -= 1
        if tag in self.BLOCKS:
            self.parts.append("\n")

    def handle_data(self, data: str) -> None:
        if self.in_title:
            self.meta.setdefault("title", data.strip())
        elif not self.hidden:
            self.parts.append(data)


def html_to_text(text: str) -> tuple[str, dict[str, str]]:
    """The visible text of an HTML page (scripts, navigation, asides and figures dropped, entities decoded)
    and what its tags state: title, published (date) and outlet (site name)."""
    extractor = _TextExtractor()
    extractor.feed(text)
    extractor.close()
    found = {k: html.unescape(v) for k, v in extractor.meta.items() if v}
    if "published" in found:
        found["published"] = found["published"][:10] if re.match(r"\d{4}-\d{2}-\d{2}", found["published"]) \
            else found["published"]
    return normalize(html.unescape("".join(extractor.parts))), found


def _build_body(article: Article, text: str, furniture: frozenset[str] = frozenset()) -> None:
    """Strip debris line by line, find the title, and lay out paragraphs and sentences in the body; a line the
    corpus's other pages print too (`furniture`) is the site's when no rule tells what it is."""
    lines = text.split("\n")
    kept: list[tuple[int, str]] = []
    previous, previous_number, in_link_list, seen_text, in_items = "", 0, False, False, False
    numbered = [(number, line) for number, line in enumerate(lines, start=1) if line]
    thread, appeal, shares = debris.comment_thread(numbered), debris.appeal_box(numbered), debris.share_list(numbered)
    for number, line in enumerate(lines, start=1):
        if not line:
            continue
        if number in thread:  # readers' comments ending the page
            article.removed.append(Removed(number, line, debris.READER_COMMENT))
            continue
        if number in appeal:  # a donation box ending the page
            article.removed.append(Removed(number, line, debris.PROMO))
            continue
        if number in shares:  # a bulleted list of sharing buttons
            article.removed.append(Removed(number, line, debris.SHARE))
            continue
        if prefix := debris.split_date_prefix(line):  # "date 2022-08-10 Over a month-long ...": keep the text
            article.removed.append(Removed(number, prefix[1], debris.DATE_LINE))
            article.meta.setdefault("given_date", Field(prefix[0], "given", f"line {number}: {prefix[1]}"))
            line = prefix[2]
        following = next((l for l in lines[number:] if l), "")
        found = debris.classify_line(line, following, previous)
        if found is None and line.strip() in furniture:
            found = debris.Debris(debris.SITE_FURNITURE)  # printed on the corpus's other pages too
        if found is None and article.removed and article.removed[-1].line == previous_number and \
                article.removed[-1].reason == debris.CAPTION and SIGNATURE.match(line):
            found = debris.Debris(debris.CAPTION)  # the picture's credit under its caption: "Jane Roe"
        if found is None and ((seen_text and _doubled(line, lines, number)) or _alt_and_caption(line, lines, number)):
            found = debris.Debris(debris.CAPTION)  # a picture's alt text and caption, printed one under the other
        if found and found.reason == debris.PROMO and not kept and _LIVE_HEADLINE.match(line.strip()) and \
                line.strip() in (later.strip() for later in lines[number:number + LIVE_HEADLINE_REPEAT]):
            found = None  # a live blog's headline ("Live updates: Storm nears Lenz") printed again right below it
        if found and found.reason == debris.NAVIGATION and in_items and len(line.split()) == 1:
            found = None  # an item of a list the story announces ("... some papers:" over "passport"), no menu link
        in_items = found is None and (opens_items(line) or (in_items and len(line.split()) <= ITEM_WORDS and
                                                             not ENDS_SENTENCE.search(line)))
        previous, previous_number = line, number
        if found is None and in_link_list and not is_full_paragraph(line) and len(line.split()) <= LINK_WORDS and \
                (seen_text or line not in lines[number:]):  # above the story, the headline the page prints again
            found = debris.Debris(debris.LINK_LIST)
        if found is None:
            in_link_list, seen_text = False, seen_text or is_full_paragraph(line)
        elif debris.opens_link_list(line) and (seen_text or not debris.is_section_name(line)):
            in_link_list = True  # above the story a section's name ("Latest") is a kicker over the headline
        if found:
            article.removed.append(Removed(number, line, found.reason))
            if found.given_date:
                name = "given_updated" if found.reason == debris.UPDATED_LINE else "given_date"
                article.meta.setdefault(name, Field(found.given_date, "given", f"line {number}: {line}"))
            if found.given_outlet:
                article.meta.setdefault(metadata.given_outlet_field(found, line),
                                        Field(found.given_outlet, "given", f"line {number}: {line}"))
        else:
            kept.append((number, line))
    pictures = _alt_over_caption(article, kept)  # an alt text describing the shot over its caption
    article.removed.extend(Removed(number, line, debris.CAPTION) for number, line in kept if number in pictures)
    kept = [(number, line) for number, line in kept if number not in pictures]
    cut = _cut_copies(kept)  # "Floods cut off six villages in…" over the headline whole
    article.removed.extend(Removed(number, line, debris.REPEATED_TITLE) for number, line in kept if number in cut)
    kept = [(number, line) for number, line in kept if number not in cut]
    repeated = page_shape.repeated_labels(kept, numbered)
    article.removed.extend(Removed(number, line, debris.NAVIGATION) for number, line in kept if number in repeated)
    kept = [(number, line) for number, line in kept if number not in repeated]
    first_text = next((number for number, line in kept if is_full_paragraph(line)), 0)
    twins = debris.caption_twins(kept, [(r.line, r.text) for r in article.removed if r.reason == debris.CAPTION],
                                 first_text=first_text)
    article.removed.extend(Removed(number, line, debris.CAPTION) for number, line in kept if number in twins)
    kept = _header_stamps(article, _join_wrapped([(number, line) for number, line in kept if number not in twins]))
    kept = _take_header(article, kept)
    teasers = page_shape.teasers(article.removed, kept)  # other stories' teasers over "Read more" buttons
    article.removed.extend(Removed(number, line, debris.LINK_LIST) for number, line in kept if number in teasers)
    kept = [(number, line) for number, line in kept if number not in teasers]
    site = page_shape.site_names(article.removed, kept)  # the site's name at the page's end
    for name, value, evidence in site.fields:
        article.meta.setdefault(name, Field(value, "given", evidence))
    article.removed.extend(Removed(*line) for line in site.stripped)
    kept = [(number, line) for number, line in kept if number not in {line[0] for line in site.stripped}]
    article.removed.sort(key=lambda r: r.line)
    pieces: list[str] = []
    offset = 0
    for number, line in kept:
        start = offset
        end = start + len(line)
        kind = "heading" if debris.looks_like_heading(line) else "text"
        article.paragraphs.append(Paragraph(len(article.paragraphs), start, end, line, kind))
        pieces.append(line)
        offset = end + 2
    article.body = "\n\n".join(pieces)
    article.folded = fold(article.body)
    _flag_duplicates(article)
    for paragraph in article.paragraphs:
        for span in split_sentences(paragraph.text, paragraph.start):
            article.sentences.append(Sentence(len(article.sentences), paragraph.index, span.start, span.end, span.text))


def _alt_over_caption(article: Article, kept: list[tuple[int, str]]) -> set[int]:
    """The line numbers of a picture's alt text describing the shot right over a stripped caption ("Wide shot
    of two men pushing a car through a flooded street ..." over "Residents follow the meeting on their phones. Photo
    courtesy of Lenz.")."""
    captions = {r.line for r in article.removed if r.reason == debris.CAPTION}
    return {number for number, line in kept if number + 1 in captions and debris.is_shot_description(line)}


CUT_COPY_WORDS = 4  # a line cut off with an ellipsis over its whole: words before the ellipsis at least


def _cut_copies(kept: list[tuple[int, str]]) -> set[int]:
    """The line numbers of lines cut off with an ellipsis right over the line they open, printed whole ("Floods cut
    off six villages in\u2026" over "Floods cut off six villages in the Tarn valley"): a headline's short copy on a
    date label or a teaser, the whole line the one to keep."""
    found = set()
    for (number, line), (_, following) in zip(kept, kept[1:]):
        text = line.strip()
        stem = re.sub(r"\s*(?:\u2026|\.\.\.)$", "", text)
        if stem != text and len(stem.split()) >= CUT_COPY_WORDS and len(text.split()) <= debris.TITLE_WORDS and \
                following.strip().startswith(stem) and len(following.strip()) > len(stem):
            found.add(number)
    return found


def _take_header(article: Article, kept: list[tuple[int, str]]) -> list[tuple[int, str]]:
    """Take the title and header labels from the lines above the first full paragraph of text, a standfirst
    between the title and a byline or date line, and topic tags after the last full paragraph."""
    captions = frozenset(r.line for r in article.removed if r.reason == debris.CAPTION)
    kept = _drop_page_title(article, kept, _first_text(kept, captions))
    if header_at := page_shape.header_block(article.removed, kept):  # a site's promo over the headline and byline
        article.removed.extend(Removed(number, line, debris.SITE_HEADER) for number, line in kept[:header_at])
        kept = kept[header_at:]
    first_text, opening = _first_text(kept, captions), _opening_headline(kept, captions)
    body: list[tuple[int, str]] = []
    title_line = 0
    lines_by_number = dict(kept)
    menus = [r.line for r in article.removed if r.reason == debris.MENU and r.line < kept[first_text - 1][0]] \
        if 0 < first_text < len(kept) else []
    after_menu = max(menus, default=0)  # the site's menu or breadcrumb stands above the headline
    if 0 < first_text < len(kept):  # so does a subscription offer, with a headline-like line under it
        offers = [r.line for r in article.removed if r.line < kept[first_text - 1][0] and _OFFER.search(r.text) and
                  any(n > r.line and debris.looks_like_title(line) for n, line in kept[:first_text])]
        after_menu = max([after_menu] + offers)
    icons = {i for i, (_, line) in enumerate(kept[:first_text]) if _ICON_TEXT.search(line)}
    mastheads = _site_names_over_headline(kept[:first_text])
    over_headline = _labels_over_headline(kept[:first_text]) | set(mastheads)
    # a masthead or label stands over the headline: lines above it are the site's header, as above its menu bar
    after_menu = max([after_menu] + [kept[i][0] for i in over_headline])
    preferred = _preferred_title(article, kept, first_text, after_menu)
    if (rescued := _headline_over_credit(article, kept, first_text, after_menu)) is not None:
        article.title, title_line = rescued
        lines_by_number[title_line] = article.title
        article.removed = [r for r in article.removed if r.line != title_line]  # the headline, no caption
    for i, (number, line) in enumerate(kept):
        if i in over_headline:
            masthead = i in mastheads or debris.is_masthead(line)
            article.removed.append(Removed(number, line, debris.OUTLET_LINE if masthead else debris.SECTION_LABEL))
            if masthead:  # the site's own name over its headline: the publisher
                article.meta.setdefault("given_outlet", Field(mastheads.get(i) or line.strip(), "given",
                                                              f"the masthead, line {number}: {line}"))
        elif i in icons:  # "Chevron icon It indicates an expandable section or menu": an icon's text for readers
            article.removed.append(Removed(number, line, debris.SITE_HEADER))
        elif i < first_text and (logo := _LOGO.match(line.strip())):  # "Valley Ledger logo": the logo's text
            article.removed.append(Removed(number, line, debris.OUTLET_LINE))
            article.meta.setdefault("given_outlet", Field(logo.group("name"), "given", f"the site's logo, line "
                                                                                      f"{number}: {line}"))
        elif i < first_text and debris.picture_label(line):  # "... /Collage Valley Channel", over or under the headline
            article.removed.append(Removed(number, line, debris.CAPTION))
        elif i < first_text and article.title and (byline := debris.LOWER_BYLINE.match(line.strip())) and \
                len(byline.group("name").split()) <= 2:  # "by sam" under the headline
            article.removed.append(Removed(number, line, debris.BYLINE))
        elif i < first_text and not article.title and i + 1 < len(kept) and number > after_menu and \
                preferred in (None, i) and not _dateline_of_line(line) and \
                not debris.is_section_name(line) and (not line[:1].islower() or debris.split_site_name(line)) and \
                not _runs_on(line, _next_in_paragraph(number, kept[i + 1])) and (
                debris.looks_like_title(line) or (i + 1 == first_text and debris.is_kicker(line)) or i == opening):
            article.title, title_line = line, number  # a short line right above the text is the headline
        elif i < first_text and number < after_menu:
            article.removed.append(Removed(number, line, debris.SITE_HEADER))  # a tagline or promo of the site
        elif i < first_text and article.title and debris.is_masthead(line):
            article.removed.append(Removed(number, line, debris.OUTLET_LINE))  # the paper's name under the byline
            article.meta.setdefault("given_outlet", Field(line.strip(), "given", f"the paper's name under the "
                                                                              f"headline, line {number}: {line}"))
        elif i < first_text and (debris.is_section_label(line) if article.title else debris.is_kicker(line) or
                                 debris.is_section_name(line)):
            article.removed.append(Removed(number, line, debris.SECTION_LABEL))
        else:
            body.append((number, line))
    under_title = 0  # the line of a headline found under a dek, which stays in the text
    if not article.title and (under := _headline_under_dek(article, body)) is not None:
        # a dek and a section's label over the headline, its byline or date lines under it: "Few live to tell."
        # over "Valley" over "Rescuers reach cut-off villages" over "AFP" over "March 4, 2014"
        title_line, article.title = body[under]
        under_title = title_line
        lines_by_number[title_line] = article.title
        deks = [(number, line) for number, line in body[:under] if is_full_paragraph(line)]  # the story's own words
        article.removed.extend(Removed(number, line, debris.SECTION_LABEL) for number, line in body[:under]
                               if (number, line) not in deks)
        body = deks + body[under + 1:]
    above_title = [(number, line) for number, line in body if number < title_line and not (
        title_line == under_title and is_full_paragraph(line))]
    article.removed.extend(Removed(number, line, debris.SITE_HEADER) for number, line in above_title)  # a tagline
    body = [item for item in body if item not in above_title]
    if title_line and (label := _TITLE_LABEL.match(article.title)):  # "Title: Floods cut off villages"
        article.title = article.title[label.end():].strip()
    if title_line:  # a known outlet's name alone under the headline: the source the page credits
        credit = next((r for r in article.removed if r.reason == debris.CAPTION and r.line > title_line and
                       r.line < (body[0][0] if body else 1 << 30) and
                       metadata.canonical_outlet(r.text.strip()) in metadata.outlet_kinds()), None)
        if credit is not None:
            article.meta.setdefault("given_source", Field(metadata.canonical_outlet(credit.text.strip()), "given",
                                                          f"the outlet credited under the headline, line "
                                                          f"{credit.line}: {credit.text}"))
    if title_line and (named := debris.split_site_name(article.title) or _split_outlet_edition(article.title)) and \
            not _headline_attribution(article.title, named, body):
        # "Floods cut off villages | Valley Ledger", "... - Lenz Daily English"
        article.meta.setdefault("given_outlet", Field(named[1], "given", f"line {title_line}: {article.title}"))
        article.title = named[0]
    if title_line and _DANGLING_SEPARATOR.search(article.title):  # "Floods cut off villages -": the site's name cut off
        article.title = _DANGLING_SEPARATOR.sub("", article.title)
    if title_line and (crumbs := debris.split_breadcrumb(article.title)):  # "Home World More than 5,000 ..."
        article.removed.append(Removed(title_line, crumbs[0], debris.MENU))
        article.title = crumbs[1]
    if title_line:  # the headline printed again under the date line or the standfirst, perhaps after its date
        headline = folded_line(lines_by_number[title_line])
        dated = {number: label for number, line in body if (label := debris.date_label(line))}
        lead = next((number for number, line in body if is_full_paragraph(line)), 0)
        repeats = [(number, line) for number, line in body
                   if headline in (folded_line(line), folded_line(dated.get(number, ("", ""))[1])) or
                   debris.repeats_headline_after_crumb(folded_line(line), headline) or
                   _headline_and_source(folded_line(line), headline) or
                   (title_line < number < lead and _TITLE_LABEL.match(line))]  # "Title: ...": a template's field
        for number, line in repeats:
            if number in dated:  # the headline's own date label dates the page
                article.meta.setdefault("given_date", Field(dated[number][0], "given", f"line {number}: {line}"))
        article.removed.extend(Removed(number, line, debris.REPEATED_TITLE) for number, line in repeats)
        body = [item for item in body if item not in repeats]
    others = page_shape.links_after_story(article.removed, body) | page_shape.story_cards(article.removed, body)
    drop = dict.fromkeys(others, debris.LINK_LIST)
    last_text = max((i for i, (number, line) in enumerate(body) if is_full_paragraph(line) and number not in drop),
                    default=len(body))
    drop.update(dict.fromkeys(_standfirst(article, body, title_line), debris.STANDFIRST))
    header = {r.line for r in article.removed if r.reason in _HEADER_REASONS}
    drop.update(dict.fromkeys(_teaser_repeated(body, header), debris.STANDFIRST))
    drop.update(dict.fromkeys(_caption_over_dateline(article, body, title_line), debris.CAPTION))
    drop.update(dict.fromkeys(_alt_text_over_caption(article, body, title_line), debris.CAPTION))
    drop.update(dict.fromkeys(_kickers_under_title(body, title_line), debris.SECTION_LABEL))
    if title_line:  # "Lenzia forms penal units /": the page's title again, the site's name after it cut off
        drop.update((number, debris.PAGE_TITLE) for number, line in body
                    if (cut := _CUT_PAGE_TITLE.match(line)) and debris.looks_like_title(cut.group("head")))
    drop.update(dict.fromkeys(page_shape.other_headlines(body, article.title), debris.LINK_LIST))
    drop.update(dict.fromkeys(page_shape.keywords_between_paragraphs(body), debris.CAPTION))
    drop.update((number, debris.LINK_LIST) for number, line in body[last_text + 1:] if debris.is_tag_list(line))
    drop.update(dict.fromkeys(debris.bullet_links(body[last_text + 1:]), debris.LINK_LIST))
    tail = [item for item in body[last_text + 1:] if item[0] not in drop]
    drop.update(page_shape.page_tail(article.removed, tail, body))
    drop.update(dict.fromkeys(page_shape.site_channels([item for item in tail if item[0] not in drop], body),
                              debris.NAVIGATION))
    drop.update(dict.fromkeys(page_shape.caption_series(body), debris.CAPTION))
    article.removed.extend(Removed(number, line, drop[number]) for number, line in body if number in drop)
    body = [(number, line) for number, line in body if number not in drop]
    given = article.meta.get("given_date")
    if title_line and given is not None and \
            (contradiction := page_shape.site_clock(given.value, given.evidence, title_line, body)):
        article.meta["site_date"] = Field(given.value, "given", f"{given.evidence}: the site's date over the "
                                          f"headline, which the story's \u201c{contradiction}\u201d contradicts")
        del article.meta["given_date"]
    return body


# a headline and a slash or bar with nothing after it: a page title whose site's name was cut off
_CUT_PAGE_TITLE = re.compile(r"^(?P<head>\S.*?\S)\s+[/|]\s*$")
_DANGLING_SEPARATOR = re.compile(r"\s+[-|\u2013\u2014\u00bb\u203a]+\s*$")  # a title's separator with nothing after it


def _headline_and_source(line: str, headline: str) -> bool:
    """A caption repeating the headline with where it comes from ("Floods cut off villages, according to the Valley
    Ledger."), both as folded text; a headline of five words at least."""
    return len(headline.split()) >= 5 and line.startswith(headline) and \
        bool(_SOURCE_TAIL.fullmatch(line[len(headline):].strip()))


_SOURCE_TAIL = re.compile(r",?\s*(?:according to|as reported by|via|photo:?|source:?)\s+[^.!?]{2,60}[.]?")


STAMP_WORDS = 14  # a header line stamping the page's publication has at most this many words
_AGENCY_OPENING = re.compile(r"^(?:[Bb]y\s+)?(?P<outlet>[A-Z][\w&.-]*(?: [A-Z][\w&.-]*){0,3}?)(?=\s|$)")


def _header_stamps(article: Article, kept: list[tuple[int, str]]) -> list[tuple[int, str]]:
    """Header lines above the first paragraph that stamp the page's publication and that the date-line rules left
    (`dating.parse_stamp`: "PTI Castelo (LZ) Published 20.07.24, 06:24 PM", "By IANS Published Date - 01:00 PM,
    Fri - 28 July 23", "Lenz Daily30-04-2025"): stripped as date lines, their date the page's, and a news agency
    opening them ("PTI ...", "By IANS ...") the copy's source, as an agency's credit is."""
    first_text = _first_text(kept)
    stamps = []
    for number, line in kept[:first_text]:
        if len(line.split()) > STAMP_WORDS or not (found := dating.parse_stamp(line, "")):
            continue
        stamps.append(number)
        article.removed.append(Removed(number, line, debris.DATE_LINE))
        article.meta.setdefault("given_date", Field(found[0].isoformat(), "given", f"line {number}: {line}"))
        if (opening := _AGENCY_OPENING.match(line.strip())) and metadata.outlet_kinds().get(
                metadata.canonical_outlet(opening.group("outlet"))) == "news agency":
            article.meta.setdefault("given_source", Field(metadata.canonical_outlet(opening.group("outlet")), "given",
                                                          f"the agency's credit, line {number}: {line}"))
    if stamps:
        article.removed.sort(key=lambda r: r.line)
    return [(number, line) for number, line in kept if number not in stamps]


DEK_WORDS = 60  # a dek over the headline: words at most
_HEADER_UNDER_HEADLINE = {debris.BYLINE, debris.DATE_LINE, debris.UPDATED_LINE, debris.OUTLET_LINE, debris.SOURCE_LINE}


def _headline_under_dek(article: Article, body: list[tuple[int, str]]) -> int | None:
    """The index in `body` of a headline under a dek, when the page opens with the story's summary as a full
    paragraph: a headline-like line under at most one dek (of up to `DEK_WORDS` words) and short section labels,
    right over the story's byline, outlet or date lines (stripped) and then a full paragraph. None when no such line
    stands there."""
    numbers = sorted(r.line for r in article.removed)
    reasons: dict[int, set[str]] = {}
    for r in article.removed:
        reasons.setdefault(r.line, set()).add(r.reason)
    for k, (number, line) in enumerate(body[:4]):
        above = body[:k]
        if not k or k + 1 >= len(body) or not debris.looks_like_title(line) or is_full_paragraph(line):
            continue
        deks = [text for _, text in above if is_full_paragraph(text)]
        if len(deks) > 1 or any(len(text.split()) > DEK_WORDS for text in deks) or not all(
                is_full_paragraph(text) or debris.is_section_label(text) or debris.is_section_name(text)
                for _, text in above):
            return None
        under = [n for n in numbers if number < n < body[k + 1][0]]
        if under and any(reasons[n] & _HEADER_UNDER_HEADLINE for n in under) and is_full_paragraph(body[k + 1][1]):
            return k
    return None


def _preferred_title(article: Article, kept: list[tuple[int, str]], first_text: int,
                     after_menu: int = 0) -> int | None:
    """The index of the headline when lines above it look like one too: the headline printed again further down
    (the page prints it over the story as well, or as the lead picture's caption with a credit), else the
    headline right under a kicker with a headline-like line above the kicker ("Best of the Ledger \u2014 First
    Prize" over "Latest" over the headline; the kicker kept, or stripped as a label of up to three capitalised
    words: a button's "Click to follow" or a picture's label "Petrol pump" between them is no kicker). Only
    lines below the site's menu bar or breadcrumb (line `after_menu`) are candidates: above it stand the site's
    own header lines, which may look like headlines too."""
    folded = [folded_line(line) for _, line in kept]
    candidates = [i for i in range(first_text) if debris.looks_like_title(kept[i][1]) and kept[i][0] > after_menu]
    captions = [(r.line, folded_line(r.text)) for r in article.removed if r.reason == debris.CAPTION]
    for i in candidates:
        if folded[i] in folded[i + 1:] or any(n > kept[i][0] and text.startswith(folded[i]) for n, text in captions):
            return i
    if (over_byline := _over_byline(article, kept, candidates)) is not None:
        return over_byline
    labels = {r.line for r in article.removed if len(r.text.split()) <= 3 and r.reason in (
        debris.PROMO, debris.NAVIGATION, debris.SECTION_LABEL) and debris.is_section_label(r.text)}  # "Latest"
    for i in candidates:
        kicker = kept[i + 1][1] if i + 1 < len(kept) else ""
        if i + 2 < first_text and debris.is_kicker(kicker) and i + 2 in candidates and \
                (debris.is_section_label(kicker) or len(kicker.split()) > 3) and \
                not debris.is_masthead(kept[i + 2][1]):  # "Latest", or a line of keywords; not a writer over a paper
            return i + 2
        if i + 1 in candidates and any(kept[i][0] < n < kept[i + 1][0] for n in labels):
            return i + 1
    return None


def _over_byline(article: Article, kept: list[tuple[int, str]], candidates: list[int]) -> int | None:
    """The index of the headline standing right over its byline ("By Jane Roe"), or over a standfirst longer than it
    that stands over the byline ("Burglar gets 7 years" over "He took goods worth $620,000 from homes" over "By Jane
    Roe"), when another headline-like line stands above it (an archive's or a section's label, "Judicial CP - June
    2011"); None when the first candidate is that line already, or no byline follows a candidate."""
    bylines = {r.line for r in article.removed if r.reason == debris.BYLINE}
    lines = sorted({number for number, _ in kept} | {r.line for r in article.removed})
    for i in candidates:
        number = kept[i][0]
        at = lines.index(number)
        if at + 1 < len(lines) and lines[at + 1] in bylines:
            above = i - 1
            if above in candidates and lines[at - 1] == kept[above][0] and \
                    len(kept[above][1].split()) >= 4 and len(kept[i][1].split()) > len(kept[above][1].split()):
                i = above  # the headline over its standfirst
            return i if i != candidates[0] else None
    return None


# a subscription offer in the site's header ("Only $4.99 per month", "Subscribe for 99p a week")
_OFFER = re.compile(r"[$\u00a3\u20ac]\s?\d+(?:[.,]\d\d)?p?\s*(?:/|per|a|an)\s*(?:month|week|year|mo|wk)\b|"
                    r"\b\d+p\s*(?:/|per|a)\s*(?:month|week)\b|^subscribe\b", re.I)
# an icon's description for screen readers ("Chevron icon It indicates an expandable section or menu, ...")
_ICON_TEXT = re.compile(r"\bicon\.?\s+(?:It|This)\s+(?:indicates|denotes|means|represents)\b|"
                        r"\ban icon (?:in the shape of|of)\b", re.I)


_TITLE_LABEL = re.compile(r"^(?:title|headline)\s*:\s*(?=\S)", re.I)
# a logo's text for readers: the site's name and "logo" ("Valley Ledger logo", "Valley Ledger News Foundation logo")
_LOGO = re.compile(r"^(?P<name>(?-i:[A-Z][\w&.'-]*)(?: (?-i:[A-Z][\w&.'-]*)){0,5})\s+logo$", re.I)
_EDITION = re.compile(r"^(?P<head>.{10,}?)\s[\u2013\u2014-]\s(?P<site>[^|\u2013\u2014-]{2,40})$")


# a picture's credit line ("(Photo by Jane Roe /Getty Images)", "Photo: Lenz Daily")
_PHOTO_CREDIT_LINE = re.compile(r"^\(?\s*(?:photo|picture|image)s?\s*(?:by|:|credit)", re.I)
HEADLINE_WORDS_MIN = 5  # a headline-like line of this many words under a caption is the headline, not the caption


def _headline_over_credit(article: Article, kept: list[tuple[int, str]], first_text: int,
                          after_menu: int) -> tuple[str, int] | None:
    """(headline, line) of a headline the caption rules took for a picture's caption because a photo credit follows
    it ("Violent convicts return home" over "(Photo by Jane Roe /Getty Images)"), when it opens the page under at
    most its labels and menus and no headline-like line of `HEADLINE_WORDS_MIN` words or more stands between it and
    the story's first full paragraph (only a byline, labels, a standfirst or date lines): else None."""
    if not 0 < first_text <= len(kept):
        return None
    top = kept[first_text][0] if first_text < len(kept) else kept[first_text - 1][0]  # the first paragraph's line
    removed = sorted((r for r in article.removed if r.line < top), key=lambda r: r.line)
    for k, r in enumerate(removed):
        if r.reason != debris.CAPTION or r.line <= after_menu:
            continue
        if any(n < r.line and not debris.is_section_name(line) for n, line in kept[:first_text]) or \
                not debris.looks_like_title(r.text):
            return None  # a kept line above it, no section's name ("World"): the page does not open with it
        following = removed[k + 1] if k + 1 < len(removed) else None
        if following is None or not _PHOTO_CREDIT_LINE.match(following.text.strip()) or \
                any(r.line < n < following.line for n, _ in kept[:first_text]):
            return None
        if any(n > r.line and debris.looks_like_title(line) and len(line.split()) >= HEADLINE_WORDS_MIN and
               not _LOGO.match(line.strip()) for n, line in kept[:first_text]):
            return None
        return r.text.strip(), r.line
    return None


def _headline_attribution(title: str, named: tuple[str, str], body: list[tuple[int, str]]) -> bool:
    """Whether the outlet after a headline's dash is the headline's own attribution, not the site's name ("The dam
    was never inspected \u2013 NYT" over a retelling that speaks of "The New York Times"): the story names that
    outlet (any of its aliases) and no dateline of it signs the story ("LENZ (Reuters) -" under "... - Reuters" is
    the agency's copy, the tag its site's)."""
    if title[len(named[0]):].strip()[:1] not in "-\u2013\u2014":
        return False
    outlet = metadata.canonical_outlet(named[1])
    aliases = {named[1]} | {alias for alias, canonical in metadata.outlet_aliases().items() if canonical == outlet}
    text = "\n".join(line for _, line in body)
    if not any(re.search(rf"(?<![\w.]){re.escape(alias)}(?![\w.])", text) for alias in aliases if len(alias) > 1):
        return False
    return not any(found == outlet and reason == "dateline" for _, line in body[:metadata.DATELINE_SENTENCES]
                   for found, _, reason in metadata._outlet_cues(line))


def _split_outlet_edition(title: str) -> tuple[str, str] | None:
    """A headline with a known outlet's edition after a dash ("Floods cut off villages - Al Jazeera English", "... -
    Reuters UK"): a known outlet's name and one or two capitalised words: the headline and the site."""
    if not (match := _EDITION.match(title.strip())):
        return None
    site = match.group("site").strip()
    words = site.split()
    for cut in (1, 2):
        known = " ".join(words[:-cut])
        if known and metadata.canonical_outlet(known) in metadata.outlet_kinds() and \
                all(w[:1].isupper() for w in words[-cut:]):
            return match.group("head").strip(), site
    return None


def _dateline_of_line(line: str) -> bool:
    """Whether a line holds a wire dateline ("By Jane Roe LENZ, Oct 3 (Reuters) - Drunk recruits."): the story's
    first paragraph under its byline, never its headline."""
    return any(reason == "dateline" for _, _, reason in metadata._outlet_cues(line))


# a name line printed again and again in the page's header ("The Valley Ledger" over the menu and over the
# headline), of up to four capitalised words opening with "The"; a known outlet's name glued to the site's slogan
# ("The Valley LedgerNews you can trust"), from its logo's text
_NAME_LINE = re.compile(r"^The(?: (?:[A-Z][\w&'.-]*|\d+)){1,3}$")


# a section's name opening with "The" ("The Latest", "The Big Read", "The Morning Briefing"): no site's name
_SECTION_AFTER_THE = {"latest", "big", "long", "briefing", "morning", "evening", "weekend", "week", "day", "best",
                      "top", "interview", "explainer", "debate", "world", "news", "daily", "brief", "digest", "lead"}


def _site_names_over_headline(header: list[tuple[int, str]]) -> dict[int, str]:
    """Index -> the site's name, for the lines of the page header that name the site (`_NAME_LINE`, printed twice
    or more above the first paragraph; a known outlet glued to its slogan) with a headline-like line below them."""
    counts = Counter(line.strip() for _, line in header)
    found: dict[int, str] = {}
    for i, (_, line) in enumerate(header):
        text = line.strip()
        if counts[text] >= 2 and _NAME_LINE.match(text) and not debris.is_section_name(text) and \
                text.split()[1].lower() not in _SECTION_AFTER_THE:
            found[i] = text
        elif glued := _glued_outlet(text):
            found[i] = glued
    last_headline = max((i for i, (_, line) in enumerate(header) if i not in found and debris.looks_like_title(line)
                         and not debris.picture_label(line)), default=-1)
    return {i: name for i, name in found.items() if i < last_headline}


def _glued_outlet(text: str) -> str:
    """A known outlet's name opening the line, glued to a capitalised word ("The Valley LedgerNews since 1821"), or
    ''."""
    if not (match := _glued_alias().match(text)):
        return ""
    return metadata.canonical_outlet(match.group("alias"))


@lru_cache(maxsize=1)
def _glued_alias() -> re.Pattern:
    """A known outlet's alias of four letters or more, longest first, glued to a capitalised word."""
    aliases = sorted((a for a in metadata.outlet_aliases() if len(a) >= 4), key=len, reverse=True)
    return re.compile(r"(?P<alias>" + "|".join(re.escape(a) for a in aliases) + r")(?=[A-Z][a-z])")


def _labels_over_headline(header: list[tuple[int, str]]) -> set[int]:
    """The indexes of a newspaper's masthead and of labels such as "In the spotlight" above a headline, and of a
    masthead alone over the first paragraph."""
    def over(line: str) -> bool:
        return debris.is_masthead(line) or debris.is_label(line)

    labels = {i for i, (_, line) in enumerate(header) if over(line) and any(
        debris.looks_like_title(later) and not over(later) for _, later in header[i + 1:])}
    return labels | ({0} if len(header) == 1 and debris.is_masthead(header[0][1]) else set())


def _first_text(kept: list[tuple[int, str]], captions: frozenset[int] = frozenset()) -> int:
    """The index of the first full paragraph; a headline opening the page that reads like one is not (see
    `_opening_headline`)."""
    opening = _opening_headline(kept, captions)
    start = 0 if opening is None else opening + 1
    return next((i for i, (_, line) in enumerate(kept) if i >= start and is_full_paragraph(line)), len(kept))


def _opening_headline(kept: list[tuple[int, str]], captions: frozenset[int] = frozenset()) -> int | None:
    """The index of a headline opening the page, under at most its kickers, that reads like a paragraph: a question
    of one sentence ("Who are the men freed to fight?") or a short exclamation ("Lenz FC stuns the champions 3-0!"), a long headline without a final stop ("Recruiters visited
    17 colonies. Those who refused were punished, Lenz Daily reports", or a quotation without one: 'Jane Roe: "A
    mayor must rebuild. But it does not happen that way"'), or two short sentences with their full stop
    or question mark, the last one shorter, and no one's words ("Valdoria pays convicts to dig dams. Many never come
    home."), or one such sentence right over the lead picture's caption (line numbers `captions`: "Only one in five
    of the dam's workers stays a year." over a caption and the story) or over a subheading in title case over the
    story ("Valdoria sends convicts to dig its dams." over "Convict Crews Sent to the Dams")."""
    start = next((i for i, (_, line) in enumerate(kept) if not debris.is_kicker(line)), len(kept))
    if start + 1 >= len(kept):
        return None
    line = kept[start][1]
    words = line.split()
    question = (line.rstrip().endswith("?") or (line.rstrip().endswith("!") and len(words) <= HEADLINE_EXCLAMATION_WORDS)) \
        and not re.search(r"[.!?]\s", line)  # one sentence: a question, or a short exclamation (a blog's headline)
    unfinished = not ENDS_SENTENCE.search(line) or bool(_OPEN_QUOTE_END.search(line))
    core = line[kicker.end() - 1:] if (kicker := _QUOTED_KICKER.match(line)) else line
    sentences = re.split(r"(?<=[.!?])[\"'\u2019\u201d]?\s+(?=[\"'\u2018\u201c]?[A-Z])", core)
    two_sentences = line.rstrip().endswith((".", "?")) and len(sentences) >= 2 and \
        len(core.split()) <= HEADLINE_WORDS_WITH_STOP and len(sentences[-1].split()) <= HEADLINE_LAST_SENTENCE_WORDS \
        and not _REPORTED.search(line)
    over_picture = any(kept[start][0] < number < kept[start + 1][0] for number in captions)
    # ... or right over a subheading in title case, the story under it ("Russian Penal Units Sent to the Front")
    over_heading = start + 2 < len(kept) and debris.is_title_case(kept[start + 1][1]) and \
        debris.looks_like_title(kept[start + 1][1]) and not is_full_paragraph(kept[start + 1][1]) and \
        is_full_paragraph(kept[start + 2][1])
    one_sentence = (over_picture or over_heading) and line.rstrip().endswith(".") and len(sentences) == 1 and \
        len(core.split()) <= HEADLINE_WORDS_WITH_STOP and not _REPORTED.search(line)
    capital = line[:1].isupper() or bool(_QUOTED_KICKER.match(line))
    return start if len(words) <= debris.TITLE_WORDS and capital and (question or unfinished or two_sentences or
                                                                       one_sentence) else None


# a quotation that opens a headline and closes before it goes on ("\u2018They were told fairy tales\u2019 Russia ...")
_QUOTED_KICKER = re.compile(r"^[\"'\u2018\u201c][^\"\u2018\u201c\u201d]{2,120}?[\"'\u2019\u201d]\s+[A-Z]")
# a quotation closed with no stop before or after its mark: a headline's style ('Jane Roe: "We will rebuild it"');
# a paragraph ends its quotation with one ('... rebuild it."' or '... rebuild it".')
_OPEN_QUOTE_END = re.compile(r"[^\s.!?,;:][\"\u201d]\s*$")
# someone's words reported: "officials said", "told Reuters" (not "were told fairy tales")
_REPORTED = re.compile(r"\b(?:said|says|say|reported|reports|according to|added|announced|"
                       r"(?:told|tells) (?:[A-Z]|reporters|journalists))")


def _next_in_paragraph(number: int, following: tuple[int, str]) -> str:
    """The line after line `number` when it could go on with its sentence: right below it and no byline ("by
    Jane Roe" in a blog's lower case under its headline); '' after a blank line (a new paragraph)."""
    return following[1] if following[0] == number + 1 and not re.match(r"by\s+\w", following[1]) else ""


def _runs_on(line: str, following: str) -> bool:
    """A line that breaks off inside a sentence (a hard-wrapped text): it ends on a function word, a comma or a
    quotation's verb of saying, or the next line goes on in lower case."""
    last = line.split()[-1].lower() if line.split() else ""
    return last in RUN_ON_WORDS or last.endswith(",") or bool(_QUOTE_THEN_SAID.search(line)) or \
        following[:1].islower()


def _join_wrapped(kept: list[tuple[int, str]]) -> list[tuple[int, str]]:
    """Lines of a hard-wrapped text joined into their paragraphs: a line with no final punctuation that breaks off
    inside its sentence joins the line right below it (the paragraph keeps the first line's number)."""
    joined: list[tuple[int, str]] = []
    last_number = 0
    for number, line in kept:
        if joined and number == last_number + 1 and not ENDS_SENTENCE.search(joined[-1][1]) and \
                _runs_on(joined[-1][1], line):
            joined[-1] = (joined[-1][0], joined[-1][1] + " " + line)
        else:
            joined.append((number, line))
        last_number = number
    return joined


def _teaser_repeated(body: list[tuple[int, str]], header: set[int]) -> set[int]:
    """The line numbers of a teaser at the top that the lead paragraph repeats after its dateline ("Floods cut off
    six villages." over "LENZ (AP) - Floods cut off six villages. Rescuers ..."): one of the first two lines, of
    eight words or more, found near the start of one of the three lines after it, which says more; or the first
    line, repeated word for word by the lead under a byline, source or date line (`header`, line numbers) between
    them (a standfirst over "/ Source: The Associated Press")."""
    found = set()
    for i, (number, line) in enumerate(body[:2]):
        core = folded_line(line).rstrip(" .")
        if len(core.split()) < 8:
            continue
        for later_number, later in body[i + 1:i + 4]:
            at = folded_line(later).find(core)
            over_header = i == 0 and later == line and any(number < n < later_number for n in header)
            if 0 <= at <= TEASER_OFFSET and (len(later) > len(line) or over_header):
                found.add(number)
                break
    return found


def _drop_page_title(article: Article, kept: list[tuple[int, str]], first_text: int) -> list[tuple[int, str]]:
    """A page's own title over its headline ("Floods cut off villages - Valley Ledger" above "Floods cut off
    six villages"): the headline with the site's name after a dash or bar is debris when the headline follows."""
    header = kept[:first_text]
    for i, (number, line) in enumerate(header):
        match = re.match(r"^(?P<head>.{10,}?)\s[-|\u2013\u2014]\s(?P<site>[^-|\u2013\u2014]{2,40})$", line)
        if match and any(fuzz.token_set_ratio(match.group("head"), later) >= 80 for _, later in header[i + 1:]):
            article.removed.append(Removed(number, line, debris.PAGE_TITLE))
            return kept[:i] + kept[i + 1:]
    return kept


def _caption_over_dateline(article: Article, body: list[tuple[int, str]], title_line: int) -> set[int]:
    """The line number of the lead picture's caption: the one line between the header's byline or date line and
    the lead paragraph opened by its dateline ("Sailors sit in a court in Lenz on July 17, 2019." over "LENZ,
    VALDORIA - ...")."""
    lead = next((i for i, (_, line) in enumerate(body[:4]) if debris.opens_with_dateline(line)), 0)
    if not lead or body[lead - 1][0] <= title_line:
        return set()
    number, line = body[lead - 1]
    header = {r.line for r in article.removed if r.reason in (debris.BYLINE, debris.DATE_LINE, debris.UPDATED_LINE)}
    right_above = max((r.line for r in article.removed if r.line < number), default=0)
    return {number} if right_above in header and right_above > title_line and len(line.split()) <= 45 and \
        (lead < 2 or body[lead - 2][0] < right_above) else set()


def _doubled(line: str, lines: list[str], number: int) -> bool:
    """A short line printed twice in a row with no blank line between, the second copy whole or cut off at the
    page's end: a picture's alt text and its caption ("Mayor Jane Roe at her victory party in Lenz." twice).
    `number` is the line's 1-based number in `lines`."""
    if not DOUBLE_MIN_WORDS <= len(line.split()) <= DOUBLED_CAPTION_WORDS:
        return False
    above = lines[number - 2].strip() if number >= 2 else ""
    below = lines[number].strip() if number < len(lines) else ""
    text = line.strip()

    def copy(first: str, second: str, at: int) -> bool:  # `second` (line `at`) repeats `first`, or is cut off last
        return len(second.split()) >= DOUBLE_MIN_WORDS and (
            second == first or (first.startswith(second) and not any(lines[at:])))

    return copy(text, below, number + 1) or copy(above, text, number)


_LIVE_HEADLINE = re.compile(r"^live(?: updates?| blog| coverage)?\s*:\s*\S", re.I)  # a live blog's headline...
LIVE_HEADLINE_REPEAT = 3  # ... opening the page and printed again within these lines (else a box's link)


def _alt_and_caption(line: str, lines: list[str], number: int) -> bool:
    """A picture's alt text right over its caption, the same words with the caption's full stop ("Rescuers search
    the rubble in Lenz" over "Rescuers search the rubble in Lenz."), above the story too: a headline printed twice
    is the same line twice. `number` is the line's 1-based number in `lines`."""
    if not DOUBLE_MIN_WORDS <= len(line.split()) <= DOUBLED_CAPTION_WORDS:
        return False
    text = line.strip()
    above = lines[number - 2].strip() if number >= 2 else ""
    below = lines[number].strip() if number < len(lines) else ""
    return (not text.endswith(".") and below == text + ".") or (text.endswith(".") and above + "." == text and
                                                                 not above.endswith("."))


def _kickers_under_title(body: list[tuple[int, str]], title_line: int) -> set[int]:
    """The line numbers of kickers in capitals between the title and the first full paragraph ("LEDGER
    EXCLUSIVE:"); taken after the title is found, so the first line of a hard-wrapped text never becomes it."""
    found = set()
    for number, line in body:
        if is_full_paragraph(line):
            break
        if title_line and number > title_line and debris.is_caps_kicker(line):
            found.add(number)
    return found


def _alt_text_over_caption(article: Article, body: list[tuple[int, str]], title_line: int) -> set[int]:
    """The line numbers of pictures' alt texts between the title and the first full paragraph: a short line without
    final punctuation right above a line stripped as a caption ("A flooded street" over "Rescuers wade through a
    flooded street of Lenz. Photograph: Jane Roe/AP"); and when they are the only two lines there, one under the
    other, an alt text of two to four words in sentence case over a line without a full stop are the lead picture's
    alt text and its uncredited caption ("Petrol pump" over "One group condemned the rise as 'madness' ...")."""
    captions = {r.line for r in article.removed if r.reason == debris.CAPTION}
    found = set()
    between: list[tuple[int, str]] = []
    for number, line in body:
        if is_full_paragraph(line):
            break
        if title_line and number > title_line:
            between.append((number, line))
        if title_line and number > title_line and number + 1 in captions and \
                len(line.split()) <= ALT_TEXT_WORDS and not ENDS_SENTENCE.search(line):
            found.add(number)
    if len(between) == 2 and between[1][0] == between[0][0] + 1:
        (alt_number, alt), (caption_number, caption) = between
        if 2 <= len(alt.split()) <= 4 and re.search(r"\b[a-z]", alt) and not PUNCTUATED.search(alt) and \
                len(caption.split()) <= ALT_TEXT_CAPTION_WORDS and not ENDS_STOP.search(caption):
            found.update([alt_number, caption_number])
    return found


ALT_TEXT_CAPTION_WORDS = 30  # the uncredited caption under an alt text below the title: words at most


_HEADER_REASONS = {debris.BYLINE, debris.SOURCE_LINE, debris.DATE_LINE, debris.UPDATED_LINE}  # a story's header


def _standfirst(article: Article, body: list[tuple[int, str]], title_line: int) -> set[int]:
    """The line numbers of a standfirst: one or two lines between the title and a byline or date line at the
    top, with the story's paragraphs after that line (a byline at the end of a page takes nothing above it)."""
    tops = [r for r in article.removed if r.line > title_line and r.reason in (
        debris.BYLINE, debris.DATE_LINE, debris.UPDATED_LINE)]
    if not article.title or not tops:
        return set()
    top = min(tops, key=lambda r: r.line)
    between = [(number, line) for number, line in body if title_line < number < top.line]
    after = [line for number, line in body if number > top.line and is_full_paragraph(line)]
    # over a byline any short summary; over a date line only one without a full stop (a lead paragraph may sit
    # above an "Updated ..." line)
    fits = [len(line.split()) <= 60 and (top.reason == debris.BYLINE or not line.rstrip('"\u201d\u2019\'').endswith(
        (".", "!", "?"))) for _, line in between]
    return {number for number, _ in between} if 1 <= len(between) <= 2 and len(after) >= 2 and all(fits) else set()


def _flag_duplicates(article: Article) -> None:
    """Mark a paragraph repeated within the article, exactly, nearly, or as a truncated copy.

    Of two matching paragraphs the one that adds nothing is flagged: the shorter, or the later when they are
    equally long; `duplicate_of` names the one kept.
    """
    keys = [_match_key(p.text) if p.kind == "text" else "" for p in article.paragraphs]
    vocab = [set(k.split()) for k in keys]
    for i, j in _duplicate_candidates(keys, vocab):
        a, b = keys[i], keys[j]
        small = min(vocab[i], vocab[j], key=len)
        if len(a.split()) < 6 or len(b.split()) < 6 or len(vocab[i] & vocab[j]) < 0.8 * len(small):
            continue  # too short, or too few shared words to be a copy
        if a == b or fuzz.ratio(a, b) >= 92 or _contained(*sorted((a, b), key=len)):
            dup, kept = (i, j) if len(a) < len(b) else (j, i)
            if not article.paragraphs[dup].is_duplicate and not article.paragraphs[kept].is_duplicate:
                p = article.paragraphs[dup]
                article.paragraphs[dup] = Paragraph(p.index, p.start, p.end, p.text, p.kind, duplicate_of=kept)


def _duplicate_candidates(keys: list[str], vocab: list[set[str]]) -> Iterator[tuple[int, int]]:
    """The pairs (i, j), i < j, in the order `_flag_duplicates` reads them (by j, then i), that may share 0.8 of the
    smaller one's words, both of six words or more: a pair that does shares one of the smaller's rarest
    len - ceil(0.8 len) + 1 words (prefix filtering), so only pairs found through those words are read. Reading
    every pair made a page of thousands of lines take minutes (a 40,000-line page: 23 minutes)."""
    long_enough = [i for i, key in enumerate(keys) if len(key.split()) >= 6]
    frequency = Counter(word for i in long_enough for word in vocab[i])
    postings: dict[str, list[int]] = {}  # word -> the paragraphs holding it
    prefixes: dict[str, list[int]] = {}  # word -> the paragraphs holding it among their rarest words
    prefix: dict[int, list[str]] = {}
    for i in long_enough:
        size = len(vocab[i])
        need = int(0.8 * size)
        need += need < 0.8 * size  # the fewest shared words that pass `_flag_duplicates`'s test
        prefix[i] = sorted(vocab[i], key=lambda w: (frequency[w], w))[:size - need + 1]
        for word in vocab[i]:
            postings.setdefault(word, []).append(i)
        for word in prefix[i]:
            prefixes.setdefault(word, []).append(i)
    for j in long_enough:
        size = len(vocab[j])
        found = {i for word in prefix[j] for i in postings[word] if i < j and len(vocab[i]) >= size}  # j the smaller
        found.update(i for word in vocab[j] for i in prefixes.get(word, ()) if i < j and len(vocab[i]) <= size)
        yield from ((i, j) for i in sorted(found))


def _contained(shorter: str, longer: str) -> bool:
    """A paragraph of 12+ words copied verbatim inside a longer one, or reworded within one half its size."""
    if len(shorter.split()) < 12:
        return False
    return fuzz.partial_ratio(shorter, longer) >= 95 or (
        len(shorter) >= len(longer) / 2 and fuzz.token_set_ratio(shorter, longer) >= 95)


def _match_key(text: str) -> str:
    return re.sub(r"\s+", " ", re.sub(r"[^\w\s]", "", fold(text).lower())).strip()


def _make_ids_unique(articles: list[Article]) -> None:
    """Two files with the same prefix keep distinct ids: the later ones get the whole file stem."""
    seen: set[str] = set()
    for article in articles:
        if article.article_id in seen:
            article.article_id = article.path.stem
        seen.add(article.article_id)


def _read_manifest(folder: Path) -> dict[str, dict[str, str]]:
    """Optional `manifest.csv` (column `file`, plus any of title, outlet, published, language, translation_of)."""
    path = folder / MANIFEST
    if not path.exists():
        return {}
    table = pd.read_csv(path, dtype=str, keep_default_na=False)
    if "file" not in table.columns:
        raise ValueError(f"{path}: a manifest needs a 'file' column naming each article's file")
    return {row["file"]: {k: v for k, v in row.items() if k != "file" and v} for row in table.to_dict("records")}
