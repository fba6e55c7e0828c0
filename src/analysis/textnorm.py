"""Text normalization: Unicode NFC, consistent whitespace, a folded view for matching, sentence splitting.

In: raw decoded text. Out: normalized text whose characters are what readers see, a *folded* view of the
same length (curly quotes, dashes and odd spaces mapped to plain ASCII) so character offsets found in one
are valid in the other, and sentence spans with offsets.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

# Characters folded one-to-one so offsets stay valid between the display text and the folded view.
_FOLD = str.maketrans({
    "\u2018": "'", "\u2019": "'", "\u201a": "'", "\u201b": "'", "\u2032": "'", "\u00b4": "'", "`": "'",
    "\u201c": '"', "\u201d": '"', "\u201e": '"', "\u201f": '"', "\u2033": '"', "\u00ab": '"', "\u00bb": '"',
    "\u2010": "-", "\u2011": "-", "\u2012": "-", "\u2013": "-", "\u2014": "-", "\u2015": "-", "\u2212": "-",
    "\u2026": ".",
})
_SPACES = re.compile(r"[ \t\u00a0\u2000-\u200a\u202f\u205f\u3000]+")
_INVISIBLE = re.compile(r"[\u200b\u200c\u200d\u2060\ufeff\u00ad]")
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
# A low single mark (U+201A) written as a comma: right after a word, before a space and a word ("coach‚ and")
# or before a closing double mark ("staff‚” he said"). As a German opening quotation mark it stands before its
# word ("sagte ‚nein‘"), so it is left there.
_LOW_MARK_COMMA = re.compile(r"(?<=\w)\u201a(?= +[\w\u201c\u2018\"'(]|[\u201d\u201c\"])")


def normalize(text: str) -> str:
    """NFC, Unix newlines, no invisible or control characters, single spaces, no trailing blanks per line,
    a low single mark used as a comma written as one."""
    text = unicodedata.normalize("NFC", text)
    text = _LOW_MARK_COMMA.sub(",", text)
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\u2028", "\n").replace("\u2029", "\n\n")
    text = _INVISIBLE.sub("", text)
    text = _CONTROL.sub(" ", text)
    lines = [_SPACES.sub(" ", line).strip() for line in text.split("\n")]
    return "\n".join(lines)


def fold(text: str) -> str:
    """Same-length view for matching: straight quotes, ASCII hyphens, '.' for an ellipsis character."""
    return text.translate(_FOLD)


# letters a case-blind pattern matches to an ASCII letter whose lower case is another string ('İstanbul' matches
# 'istanbul' but lowers to 'i̇stanbul'; the dotless 'ı', the long 's', the Kelvin sign)
_CASE_BLIND_EXTRAS = str.maketrans({"\u0131": "i", "\u017f": "s"})


def lookup_key(word: str) -> str:
    """The lower-case key under which a lexicon holds a word a case-blind pattern found ('İstanbul' -> 'istanbul')."""
    return word.lower().replace("i\u0307", "i").translate(_CASE_BLIND_EXTRAS)


@dataclass(frozen=True)
class Span:
    """A piece of text with its [start, end) character offsets into the article body."""

    start: int
    end: int
    text: str


# A sentence ends at . ! ? (optionally followed by closing quotes/brackets) before whitespace and a
# character that can start a sentence, or at a full stop a page glued between a lower-case word and a capitalised
# one ('the attack.Thousands fled'; not 'U.S.Army', 'St.Petersburg', 'News.Az', 'North.Realities'). Abbreviations
# and initials are protected below.
_BOUNDARY = re.compile(r"""[.!?]+["'\u201d\u2019)\]]*(?=\s+["'\u201c\u2018(\[]?[A-Z0-9\u0400-\u04FF])"""
                       r"""|(?<=[a-z]{2})(?P<glued>\.)(?=[A-Z][a-z])""")
_LOWER_WORD_BEFORE = re.compile(r"(?<![^\W\d_])[a-z]+$")
_ABBREVIATIONS = {
    "mr", "mrs", "ms", "dr", "prof", "gen", "col", "lt", "sgt", "capt", "maj", "st", "sen", "rep", "gov",
    "pres", "jr", "sr", "inc", "ltd", "co", "corp", "no", "vs", "etc", "jan", "feb", "mar", "apr", "jun",
    "jul", "aug", "sep", "sept", "oct", "nov", "dec", "u.s", "u.k", "u.n", "e.g", "i.e", "mt", "ft", "approx",
}


def _is_abbreviation(text: str, dot: int) -> bool:
    """True when the period at `dot` closes an abbreviation or an initial, not a sentence."""
    word = re.search(r"([A-Za-z.]+)$", text[:dot])
    if not word:
        return False
    token = word.group(1).lower().strip(".")
    if token in _ABBREVIATIONS:
        return True
    return len(token) == 1 and text[dot - 1].isupper()  # an initial such as "J."


def split_sentences(text: str, offset: int = 0) -> list[Span]:
    """Split one paragraph into sentence spans; offsets are shifted by `offset` (the paragraph's start)."""
    spans: list[Span] = []
    start = 0
    for match in _BOUNDARY.finditer(text):
        if match.group(0).startswith(".") and len(match.group(0)) == 1 and _is_abbreviation(text, match.start()):
            continue
        if match["glued"] and not _LOWER_WORD_BEFORE.search(text, 0, match.start()):
            continue  # a name with a dot in it: 'News.Az', 'North.Realities'
        end = match.end()
        if text[start:end].strip():
            spans.append(_trimmed(text, start, end, offset))
        start = end
    if text[start:].strip():
        spans.append(_trimmed(text, start, len(text), offset))
    return spans


def _trimmed(text: str, start: int, end: int, offset: int) -> Span:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return Span(start + offset, end + offset, text[start:end])


def word_count(text: str) -> int:
    """Words as runs of letters/digits (apostrophes and hyphens inside a word keep it whole)."""
    return len(re.findall(r"\w+(?:['\u2019-]\w+)*", text))
