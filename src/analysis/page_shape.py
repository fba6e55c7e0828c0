"""Debris read from the page's shape, not from one line: rules that need the whole page after the line rules of
`debris` have run (the lines kept, in order, and the lines stripped with their reasons).

In: a page's kept lines as (line number, text) pairs and its stripped lines (objects with `line`, `text`, `reason`).
Out: the line numbers to strip (with their reasons where these differ), or what the page says of itself. The rules:
a label the page repeats between paragraphs; a site's promo block over the headline; other stories' headlines set
between the story's paragraphs, listed after it, or laid out as cards; a few lower-case keywords between paragraphs;
teasers over "Read more" buttons; what follows the story's last paragraph (a signature, buttons, tables, widgets,
the site's own channels); a gallery's captions between the paragraphs; the site's own name at the page's end
(copyright notice, "Read more on ...", "Article sourced from ..."); a site's clock over the headline that the story's
own dates contradict. `corpus` applies them; this module knows nothing of articles.
"""

from __future__ import annotations

import datetime
import re
from collections import Counter
from typing import NamedTuple, Protocol, Sequence

from . import dating, debris, metadata, timex
from .textnorm import fold


class Stripped(Protocol):
    """A line the debris rules stripped: its line number in the file (1-based), text and reason."""

    line: int
    text: str
    reason: str


# the shapes of lines every rule here reads (corpus reads them too)
LINK_WORDS = 20  # a linked headline listed under a related-stories header: words at most
PUNCTUATED = re.compile(r"[.!?:;,][\"'\u201d\u2019)\]]*\s*$")  # a line ending on punctuation, perhaps inside its quote
ENDS_SENTENCE = re.compile(r"[.!?:;\"\u201d\u2019')\]]\s*$")
ENDS_STOP = re.compile(r"[.!?][\"'\u201d\u2019)]*\s*$")  # a sentence's full stop, question or exclamation mark
SIGNATURE = re.compile(r"^[A-Z][a-z'\u2019-]+(?: [A-Z][a-z'\u2019.-]+){1,2}$")  # a name alone: "Jane Roe"
BOX_REASONS = {debris.PROMO, debris.NAVIGATION, debris.SHARE, debris.COMMENT_POLICY, debris.LINK_LIST,
               debris.COPYRIGHT}  # a box of the page, not of the story (a caption is the story's)


def is_full_paragraph(line: str) -> bool:
    """A paragraph of the story: 20 words or more, or 8 or more ending on a sentence's final mark."""
    words = len(line.split())
    return words >= 20 or (words >= 8 and line.rstrip('"\u201d\u2019\'').endswith((".", "!", "?")))


def opens_items(line: str) -> bool:
    """A sentence of the story announcing a list of items below it ("They should receive some papers:")."""
    return len(line.split()) >= 4 and line.rstrip().endswith(":") and line[:1].isupper()


def folded_line(line: str) -> str:
    """A line compared as text: case, spacing and curly marks aside."""
    return " ".join(fold(line).lower().split())


def repeated_labels(kept: list[tuple[int, str]], lines: list[tuple[int, str]]) -> set[int]:
    """The line numbers of a short label the page prints again and again between the story's paragraphs ("Article
    content", a widget's label): up to `REPEATED_WORDS` words without final punctuation and with a word in lower
    case (a name, a speaker's label or a headline in title case is none), printed twice or more on the page, once at
    least after the first full paragraph; a copy above the first full paragraph goes only when the page prints it
    three times or more (a short headline may be printed twice in the header)."""
    counts = Counter(line.strip() for _, line in lines)
    first_text = next((number for number, line in kept if is_full_paragraph(line)), None)
    if first_text is None:
        return set()
    found: set[int] = set()
    for number, line in kept:
        text = line.strip()
        if counts[text] < 2 or len(text.split()) > REPEATED_WORDS or PUNCTUATED.search(text) or \
                not re.search(r"\b[a-z]{2,}", text) or not re.search(r"[^\W\d_]", text):
            continue
        later = any(n > first_text and l.strip() == text for n, l in kept)
        if later and (number > first_text or counts[text] >= 3):
            found.add(number)
    return found


REPEATED_WORDS = 4  # a label the page repeats between paragraphs: words at most


def header_block(removed: Sequence[Stripped], kept: list[tuple[int, str]]) -> int:
    """The index of the story's headline when the page opens with a full paragraph of the site's over it (a promo of
    the site's campaign, "The Valley Fund was set up in 2022 to ..."): a headline of `HEADER_HEADLINE_WORDS` under at
    most `HEADER_PROMO_LINES` lines, one of them a full paragraph, none of them in the first person (a blogger's own
    intro over the story it quotes), ending on a colon or longer than `HEADER_PROMO_WORDS` words, with its byline right
    under it
    (a writer's name alone, "Jane Roe", or a line stripped as a byline or date line) and two full paragraphs after;
    0 when the page opens otherwise."""
    texts = {**{r.line: (r.text, r.reason) for r in removed}, **{n: (l, None) for n, l in kept}}
    numbers = sorted(texts)
    for h in range(1, min(HEADER_PROMO_LINES, len(kept) - 1) + 1):
        above, (number, headline) = kept[:h], kept[h]
        if not any(is_full_paragraph(line) for _, line in above) or any(
                len(line.split()) > HEADER_PROMO_WORDS or _FIRST_PERSON.search(line) or line.rstrip().endswith(":")
                for _, line in above):
            continue
        if not (HEADER_HEADLINE_WORDS[0] <= len(headline.split()) <= HEADER_HEADLINE_WORDS[1]) or \
                not debris.looks_like_title(headline) or numbers.index(number) + 1 >= len(numbers):
            continue
        below, reason = texts[numbers[numbers.index(number) + 1]]
        byline = reason in (debris.BYLINE, debris.DATE_LINE, debris.UPDATED_LINE) or \
            (reason is None and bool(SIGNATURE.match(below)))
        after = [line for n, line in kept if n > numbers[numbers.index(number) + 1] and is_full_paragraph(line)]
        if byline and len(after) >= 2:
            return h
    return 0


HEADER_PROMO_LINES = 2  # the site's lines over the story's headline and byline: at most
HEADER_PROMO_WORDS = 40  # ... each of this many words at most
HEADER_HEADLINE_WORDS = (6, debris.TITLE_WORDS)  # the headline under them: words
_FIRST_PERSON = re.compile(r"\b(?:I|I'm|I've|me|my|we|we're|our|us)\b", re.IGNORECASE)


def other_headlines(body: list[tuple[int, str]], title: str | None) -> set[int]:
    """The line numbers of other stories' headlines set between the story's paragraphs: a line between two full
    paragraphs that reads as a headline (`OTHER_HEADLINE_WORDS`, a capital, no final punctuation) and shares next to
    none of its words with the story (at most one in `OTHER_HEADLINE_SHARE` of its content words, each compared by
    its first five letters): a subheading names what the story is about, a linked headline another story."""
    story = " ".join(line for _, line in body) + " " + (title or "")
    found = set()
    per_line: list[set[str]] | None = None  # each line's content stems, read once when a headline is a candidate
    line_at, at = {}, 0  # the offset of each line in `story`
    for _, other in body:
        line_at[at] = other
        at += len(other) + 1
    for i in range(1, len(body) - 1):
        number, line = body[i]
        words = line.split()
        if not (OTHER_HEADLINE_WORDS[0] <= len(words) <= OTHER_HEADLINE_WORDS[1]) or not line[:1].isupper() or \
                PUNCTUATED.search(line) or line.rstrip().endswith(("?", "!")) or \
                not (is_full_paragraph(body[i - 1][1]) and is_full_paragraph(body[i + 1][1])):
            continue
        own = content_stems(line)
        copies = sum(other == line for _, other in body)
        if _only_whole_lines(story, line, line_at) and line not in (title or ""):  # the line occurs only as whole
            # lines: the rest of the story is the other lines and the title (their stems read once, not per line)
            if per_line is None:
                per_line = [content_stems(other) for _, other in body] + [content_stems(title or "")]
                lines_with: Counter[str] = Counter(stem for stems in per_line for stem in stems)
            rest = {stem for stem in own if lines_with[stem] > copies}
        else:
            rest = content_stems(story.replace(line, " "))
        if len(own) >= OTHER_HEADLINE_CONTENT and len(own & rest) <= len(own) * OTHER_HEADLINE_SHARE:
            found.add(number)
    return found


def _only_whole_lines(story: str, line: str, line_at: dict[int, str]) -> bool:
    """Whether every occurrence of `line` that `story.replace(line, ...)` would replace is a whole line of the story."""
    at = story.find(line)
    while at != -1:
        if line_at.get(at) != line:
            return False
        at = story.find(line, at + len(line))
    return True


OTHER_HEADLINE_WORDS = (6, 20)  # another story's headline between paragraphs: words
OTHER_HEADLINE_CONTENT = 4  # ... its content words at least
OTHER_HEADLINE_SHARE = 0.15  # ... the share of them found in the story, at most
_STOPWORDS = frozenset("""a an the of on in to and or for with at by from that this these those is are was were be been
being has have had will would can could may might must shall should as its it his her their our your my we you they he
she them him not no but if then than so after before over under into out up down about against between during without
within more most less new says say said also just how why what when where who whom which while amid""".split())


def content_stems(text: str) -> set[str]:
    """The content words of a text (not its function words), each by its first five letters, in lower case."""
    return {word[:5] for word in re.findall(r"[^\W\d_]{3,}", fold(text).lower()) if word not in _STOPWORDS}


def keywords_between_paragraphs(body: list[tuple[int, str]]) -> set[int]:
    """The line numbers of a few words in lower case without punctuation between two paragraphs ("flood barriers"): a
    picture's alt text or a tag, not the story's (a line breaking off inside its sentence was joined to its paragraph,
    and a list's items follow a line announcing them)."""
    return {number for (_, above), (number, line), (_, below) in zip(body, body[1:], body[2:])
            if _LOWER_WORDS.fullmatch(line) and ENDS_STOP.search(above) and not above.rstrip().endswith(":") and
            re.match(r"[\"'\u201c\u2018]?[A-Z]", below)}


_LOWER_WORDS = re.compile(r"[a-z][a-z'-]*(?: [a-z][a-z'-]*){1,3}")  # two to four words in lower case


def teasers(removed: Sequence[Stripped], kept: list[tuple[int, str]]) -> set[int]:
    """The line numbers of teasers of other stories, each right above its "Read more" button, two buttons or more in
    a run (one line between them), and the page's last line after the last button (a teaser cut off)."""
    buttons = sorted(r.line for r in removed if debris.is_read_more(r.text))
    numbers = [number for number, _ in kept]
    found: set[int] = set()
    for first, second in zip(buttons, buttons[1:]):
        between = [n for n in numbers if first < n < second]
        above = [n for n in numbers if n < first]
        if len(between) == 1 and above and not any(above[-1] < r.line < second and r.line != first for r in removed):
            found.update([above[-1], between[0]])
    if found:
        found.update(n for n in numbers if n > buttons[-1] and n == numbers[-1])
    return found


def links_after_story(removed: Sequence[Stripped], body: list[tuple[int, str]]) -> set[int]:
    """Other stories' headlines listed under a list header ("Related posts:", "Next Story") below the story's last
    long paragraph, to the page's end: every line kept there is a headline's length (`LINK_WORDS` at most), and one
    of them, not the page's last line (which may be cut off), has no final punctuation, as a headline has none. A
    headline written as a sentence ("Lenz says its water is safe.", "Why do dams fail?") then goes with the list,
    where alone it reads as a short paragraph and ended the list. When the list opens with `LISTED_LINKS` linked
    headlines the page strips, a teaser of up to `TEASER_WORDS` words right under a headline goes with it too (a
    card: headline and teaser); a paragraph longer than that ends the story above the header."""
    last_long = max((number for number, line in body if len(line.split()) > LINK_WORDS), default=0)
    last_story = max((number for number, line in body if len(line.split()) > TEASER_WORDS), default=0)
    first_long = min((number for number, line in body if len(line.split()) > LINK_WORDS), default=0)
    headers = sorted(r.line for r in removed if r.line > max(last_story, first_long) and
                     debris.opens_link_list(r.text))
    texts = {**{r.line: r.text for r in removed}, **dict(body)}
    numbers = sorted(texts)
    links = {r.line for r in removed if r.reason == debris.LINK_LIST}

    def under_headline(number: int) -> bool:  # a teaser right under a linked headline (kept or stripped)
        above = texts[numbers[numbers.index(number) - 1]] if numbers.index(number) else ""
        return 0 < len(above.split()) <= LINK_WORDS and not PUNCTUATED.search(above)

    for header in headers if last_long else []:
        run = [(number, line) for number, line in body if number > header]
        listed = numbers[numbers.index(header) + 1:numbers.index(header) + 1 + LISTED_LINKS]
        teasers = len(listed) == LISTED_LINKS and set(listed) <= links  # a list the page's links open: its teasers too
        if run and any(not PUNCTUATED.search(line) for _, line in run[:-1]) and (header > last_long or teasers) and \
                all(len(line.split()) <= LINK_WORDS or (teasers and len(line.split()) <= TEASER_WORDS and
                                                       under_headline(number)) for number, line in run):
            return {number for number, _ in run}
    return set()


TEASER_WORDS = 45  # a linked story's teaser under its headline in a list after the story: words at most
LISTED_LINKS = 3  # ... when the list opens with this many linked headlines the page strips


def story_cards(removed: Sequence[Stripped], body: list[tuple[int, str]]) -> set[int]:
    """The line numbers of other stories' cards after the story, to the page's end: each a headline over its date
    line ("Dry wells" over "Updated 25 May, 2024") and perhaps a teaser, two such headlines at least, the page
    printing a headline twice or cutting a teaser off ("... a way to tax the harbour twice. A..."), every line kept
    there of a teaser's length, after `STORY_CARD_PARAGRAPHS` full paragraphs of the story; and the short labels
    right above the first card ("Opinion", "Editorial"). A story told in dated entries prints no headline twice
    and cuts nothing off."""
    kept = dict(body)
    texts = {**{r.line: r.text for r in removed}, **kept}
    numbers = sorted(texts)
    dates = [r.line for r in removed if r.reason in (debris.DATE_LINE, debris.UPDATED_LINE)]

    def headline(number: int) -> bool:
        line = texts[number]
        return 0 < len(line.split()) <= LINK_WORDS and not PUNCTUATED.search(line) and line[:1].isupper()

    for date in sorted(dates):
        at = numbers.index(date)
        if at == 0 or not headline(numbers[at - 1]):
            continue
        start = numbers[at - 1]
        if sum(is_full_paragraph(line) for number, line in body if number < start) < STORY_CARD_PARAGRAPHS:
            continue
        run = [n for n in numbers if n >= start]
        dated = [n for i, n in enumerate(run) if n in dates and i and headline(run[i - 1])]
        folded = [folded_line(texts[n]) for n in run]
        cut = any(texts[n].rstrip().endswith(("...", "\u2026")) for n in run if n in kept)  # a teaser cut off
        if len(dated) < 2 or not (len(set(folded)) < len(folded) or cut) or \
                any(len(kept[n].split()) > TEASER_WORDS for n in run if n in kept):
            continue
        labels = []
        for number, line in reversed([(n, l) for n, l in body if n < start]):
            if len(line.split()) > 3 or PUNCTUATED.search(line) or line.rstrip().endswith(("?", "!")):
                break
            labels.append(number)
        return {n for n in run if n in kept} | set(labels)
    return set()


STORY_CARD_PARAGRAPHS = 2  # full paragraphs of the story above other stories' cards, at least


TAIL_BOXES = 2  # boxes of the page (links, promos, comments, buttons) after the story, at least, ...
TAIL_LABEL_WORDS = 6  # ... for the short labels left among them to go too ("Recipe of the Day"): words at most


def _table_rows(tail: list[tuple[int, str]]) -> set[int]:
    """The line numbers of a table after the story: `TABLE_ROWS` lines or more in a run with one shape of numbers
    and words ("1 Lenz Rooks 21 49" over "2 Port Alder 21 43": number, words, number, number), two numbers a row at
    least, and up to `TABLE_HEADINGS` short lines right above them without final punctuation (its title and column
    heads)."""
    shapes = [_row_shape(line) for _, line in tail]
    found: set[int] = set()
    start = 0
    for end in range(1, len(tail) + 1):
        if end < len(tail) and shapes[end] and shapes[end] == shapes[start]:
            continue
        if shapes[start] and end - start >= TABLE_ROWS:
            found.update(number for number, _ in tail[start:end])
            heads = start
            while heads > 0 and start - heads < TABLE_HEADINGS and len(tail[heads - 1][1].split()) <= \
                    TABLE_HEADING_WORDS and not ENDS_SENTENCE.search(tail[heads - 1][1]):
                heads -= 1
            found.update(number for number, _ in tail[heads:start])
        start = end
    return found


def _row_shape(line: str) -> tuple[str, ...]:
    """A short line as numbers and runs of words ("2 Port Alder 21 43" -> N W N N), when it holds two numbers."""
    tokens = line.split()
    numbers = [bool(_NUMBER_TOKEN.match(token)) for token in tokens]
    if len(tokens) > TABLE_ROW_TOKENS or sum(numbers) < 2:
        return ()
    shape: list[str] = []
    for number in numbers:
        if number or not shape or shape[-1] != "W":
            shape.append("N" if number else "W")
    return tuple(shape)


def _in_latin(text: str) -> bool:
    """Written mostly in the Latin script, or in no letters at all."""
    if text.isascii():
        return True
    letters = [c for c in text if c.isalpha()]
    return sum(c < "\u0250" for c in letters) * 2 >= len(letters)


# a web address or a site's domain: "https://t.co/x1", "www.site.com", "ndtv.com" (a line after the story naming one
# and no sentence links to where the copy came from)
_LINK_LINE = re.compile(r"\bhttps?://\S+|\bwww\.[\w-]+\.\w|\b[\w-]{2,}\.(?:com|net|org|in|co|uk|info|news|io)\b(?![.\w])")
LINK_LINE_WORDS = 12  # such a link line: words at most
TABLE_ROWS = 3  # rows of one shape in a run, at least, to make a table
TABLE_ROW_TOKENS = 8  # a table's row: numbers and words at most
TABLE_HEADINGS = 2  # short lines over a table taken with it (its title, its column heads), at most
TABLE_HEADING_WORDS = 4  # words of such a line, at most
_NUMBER_TOKEN = re.compile(r"^[+\-\u2212$\u20ac\u00a3]?\d[\d.,:%/]*$")  # "21", "-3", "4.5%", "$25"
_BARE_COUNT = re.compile(r"^\d{1,6}$")  # a number alone: "0", "2"


def page_tail(removed: Sequence[Stripped], tail: list[tuple[int, str]], body: list[tuple[int, str]]) -> dict[int, str]:
    """What follows the last full paragraph and is no text: the writer's name alone when no sentence follows it
    ("Jane Roe", a blog's signature), a lone word ("Source", "X": a link or a button, not an item of a list the
    story announces with a colon), and the page's last line cut off right after a box (a newsletter, comment or
    link box: "A Message fro", up to four words without final punctuation; after a line of text or a caption it is
    the story cut off); a table of results or prices (three rows or more of one shape of numbers and words, "3 Lenz
    Rooks 21 43", with up to two short lines over them: "Regional League", "Team M Pts"), and on a page whose story is
    in the Latin script a line in another script or a bare number (a payment widget's "Close" in Russian, "2").
    When the page prints `TAIL_BOXES` boxes or more after the story (links, promos, comments, buttons) and every
    other line left there is a short label without final punctuation ("Recipe of the Day" over "Tags" over
    "Recommended for you"), those labels go too: a label among the boxes is one more box's heading."""
    announced = next((i for i, (_, line) in enumerate(tail) if opens_items(line) and _in_latin(line)), len(tail))
    found = dict.fromkeys(_table_rows(tail[:announced]), debris.WIDGET_DATA)  # not the items the story lists
    widgets = [number for number, line in tail[:announced]
               if number not in found and (not _in_latin(line) or _BARE_COUNT.match(line))]
    if widgets and _in_latin(" ".join(line for _, line in body if is_full_paragraph(line))):
        found.update(dict.fromkeys(widgets, debris.WIDGET_DATA))
    for i, (number, line) in enumerate(tail):
        if number in found:
            continue
        if SIGNATURE.match(line) and i < announced and \
                not any(ENDS_SENTENCE.search(later) for _, later in tail[i + 1:]):
            found[number] = debris.BYLINE
        elif re.fullmatch(r"[^\W\d_]+", line) and not any(opens_items(above) for _, above in tail[:i]):
            found[number] = debris.NAVIGATION  # a lone word after the story ("Source", "X"): a link or a button
        elif _LINK_LINE.search(line) and len(line.split()) <= LINK_LINE_WORDS and not ENDS_STOP.search(line) and \
                not any(opens_items(above) for _, above in tail[:i]):
            found[number] = debris.SOURCE_LINE  # a link to the copy's origin: "Article source: site.com", "via ..."
    story_end = max((number for number, line in body if is_full_paragraph(line) and number < tail[0][0]),
                    default=0) if tail else 0
    boxes_after = [r for r in removed if r.line > story_end and r.reason in BOX_REASONS]
    rest = [(number, line) for number, line in tail[:announced] if number not in found]
    if story_end and len(boxes_after) >= TAIL_BOXES and len(rest) == len(tail) - len(found) and \
            all(len(line.split()) <= TAIL_LABEL_WORDS and not PUNCTUATED.search(line) for _, line in rest):
        found.update(dict.fromkeys((number for number, _ in rest), debris.NAVIGATION))  # labels among the boxes
    if tail and tail[-1][0] not in found:
        number, line = tail[-1]
        boxes = {r.line for r in removed if r.reason in BOX_REASONS}
        above = max((n for n in [r.line for r in removed] + [n for n, _ in body] if n < number), default=0)
        if len(line.split()) <= 4 and not ENDS_SENTENCE.search(line) and above in boxes:
            found[number] = debris.FRAGMENT
    return found


# the page naming its site at the story's end: a copyright notice ("\u00a9 2024 Valley Ledger. All rights reserved.",
# "Copyright Valley Ledger 2024"), a link to the site ("Read more on Valley Ledger"), or to the original a syndicated
# copy comes from ("Read the original article on Valley Ledger": the copy's source)
_SITE = r"(?P<name>(?-i:[A-Z][\w&'-]*)(?:[ .](?!\d{4}\b)(?-i:[A-Z0-9][\w&'-]*)){0,4}|[\w-]+\.(?:com|net|org|news|info|[a-z]{2}))"
_COPYRIGHT_SITE = re.compile(r"^(?:copyright\s*)?(?:\u00a9|\(c\)|copyright)\s*(?:\d{4}(?:\s*[-\u2013]\s*\d{4})?,?\s*)?"
                             r"(?:by\s+)?" + _SITE + r"\s*(?:[-,.|/]\s*(?:\d{4}\s*[.,]?\s*)?(?:all rights reserved\b.*)?|"
                             r"\d{4}\.?|all rights reserved\b.*)?$", re.I)
_READ_MORE_SITE = re.compile(r"^(?:read|see|find) (?:more|more stories|more news|the full (?:story|article)) (?:on|at) "
                             + _SITE + r"\W*$", re.I)
_READ_ORIGINAL = re.compile(r"^read the original (?:article|story|post) (?:on|at) " + _SITE + r"\W*$", re.I)
_SOURCED_FROM = re.compile(r"^(?:this |the )?(?:article|story|post|content|news|report)\s+(?:was |is )?(?:sourced|taken|"
                           r"republished|reproduced|syndicated|posted|curated|adapted)\s+(?:from|by)\s+" + _SITE +
                           r"(?:\s*[,.;:(-].{0,80})?$", re.I)
_NO_SITE = {"all", "all rights reserved", "the", "this", "our", "us", "we"}


def _names_a_site(name: str) -> bool:
    """A name a link line gives as a site's ("Read more on Valley Courier"), not a topic ("Read more on Ukraine"): a
    known outlet, a web address or a name ending in a media word (`metadata.OUTLET_NAME`)."""
    return metadata.canonical_outlet(name) in metadata.outlet_kinds() or bool(re.search(r"\.[a-z]{2,}$", name)) or \
        bool(re.fullmatch(metadata.OUTLET_NAME, name.strip(" .")))


class SiteNames(NamedTuple):
    """What the page's end says of its site: metadata fields (name, value, evidence), each set only when not set
    before, and lines to strip (line number, text, reason)."""

    fields: list[tuple[str, str, str]]
    stripped: list[tuple[int, str, str]]


def site_names(removed: Sequence[Stripped], kept: list[tuple[int, str]]) -> SiteNames:
    """The site's own name from a copyright notice the debris rules stripped without a known outlet in it, and
    from a last line linking to the site or to the syndicated copy's original (stripped)."""
    fields: list[tuple[str, str, str]] = []
    stripped: list[tuple[int, str, str]] = []
    for line in removed:
        if line.reason == debris.COPYRIGHT and (match := _COPYRIGHT_SITE.match(line.text.strip())) and \
                match.group("name").strip(" .").lower() not in _NO_SITE:
            fields.append(("given_outlet", match.group("name").strip(" ."), f"copyright line {line.line}: {line.text}"))
    for number, line in kept:  # "Article sourced from Valley Courier, read in full using the link above."
        if (match := _SOURCED_FROM.match(line.strip())) and _names_a_site(match.group("name")):
            fields.append(("given_source", metadata.canonical_outlet(match.group("name").strip(" .")),
                           f"line {number}: {line}"))
            stripped.append((number, line, debris.SOURCE_LINE))
            kept = [(n, l) for n, l in kept if n != number]
            break
    last = kept[-1][0] if kept else 0
    ending = [(r.line, r.text) for r in removed if r.reason == debris.PROMO and r.line > last]
    for number, line in kept[-1:] + ending:
        for pattern, field_name in ((_READ_MORE_SITE, "given_outlet"), (_READ_ORIGINAL, "given_source")):
            if (match := pattern.match(line.strip())) and _names_a_site(match.group("name")):
                fields.append((field_name, match.group("name").strip(" ."), f"line {number}: {line}"))
                if number == last:
                    stripped.append((number, line, debris.PROMO))
                    kept = kept[:-1]
    return SiteNames(fields, stripped)


# a day named with its weekday and no year in the story ("on Sunday May 8", "on Friday, 3 March"): a recent day
_WEEKDAY_DATE = re.compile(r"\b(?P<weekday>Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s+(?:the\s+)?(?:(?P<d1>\d{1,2})"
                           r"(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<m1>[A-Z][a-z]+)|(?P<m2>[A-Z][a-z]+)\.?\s+(?P<d2>\d{1,2})"
                           r"(?:st|nd|rd|th)?)\b(?!,?\s*\d{4})")
_WEEKDAY_NAME = re.compile(r"\b(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b", re.I)
SITE_CLOCK_DAYS = (14, 7)  # a story's weekday-dated day lies at most this many days before / after its page's date


def site_clock(stated_date: str, evidence: str, title_line: int, body: list[tuple[int, str]]) -> str | None:
    """A date line with its weekday above the headline ("Friday, October 7, 2022") that the story contradicts is
    the site's clock (the day the page was scraped), not the story's date: no day the story names with its weekday
    ("on Sunday May 8") lies within `SITE_CLOCK_DAYS` of it, in its year or the year before. The stated date is
    then dropped (kept as `site_date`) and the date is inferred from the text. `stated_date` is the page's stated
    date (ISO) and `evidence` where it was read ("line 3: Friday, October 7, 2022"); the result is the story's words
    that contradict it ("Sunday May 8"), None when nothing does."""
    line = re.match(r"line (\d+): (.*)", evidence)
    if line is None or int(line.group(1)) >= title_line or not _WEEKDAY_NAME.search(line.group(2)) or \
            not (stated := dating.parse_given_date(stated_date, "")):
        return None
    named = []
    for _, text in body:
        for match in _WEEKDAY_DATE.finditer(text):
            name = match.group("m1") or match.group("m2")
            if month := timex.MONTHS.get(name) or timex.MONTH_ABBR.get(name):
                day = int(match.group("d1") or match.group("d2"))
                named.append((timex.WEEKDAYS[match.group("weekday") + "day"], month, day, match.group(0)))
    if not named:
        return None
    for weekday, month, day, _ in named:
        for year in (stated.year, stated.year - 1):
            try:
                when = datetime.date(year, month, day)
            except ValueError:
                continue
            if when.weekday() == weekday and -SITE_CLOCK_DAYS[0] <= (when - stated).days <= SITE_CLOCK_DAYS[1]:
                return None
    return named[0][3]


CHANNEL_LINE_WORDS = 12  # a line naming one of the site's channels after the story: words at most
CHANNEL_LINES = 3  # ... lines naming one name the story never uses, at least
_LABEL_ENDS = {"from", "on", "at", "by", "with", "of", "in", "to", "for"}  # "More from": a label whose logo is gone
_WORD = re.compile(r"[^\W_][\w'-]*")


def site_channels(tail: list[tuple[int, str]], body: list[tuple[int, str]]) -> set[int]:
    """The line numbers of the site's own channels listed after the story ("Valley1 on Twitter", "Valley1 News
    Replay", "Check out Valley1 polls on Pollbox"): lines of up to `CHANNEL_LINE_WORDS` words after the last full
    paragraph, `CHANNEL_LINES` or more of which name one capitalised word (or one with a digit) that the story's
    paragraphs never use: the site's name, learnt from the page. With them goes a label of up to three words
    ending on a preposition ("More from": the site's name after it was its logo). Not the items of a list the story
    announces with a colon."""
    announced = next((i for i, (_, line) in enumerate(tail) if opens_items(line)), len(tail))
    short = [(number, line) for number, line in tail[:announced] if len(line.split()) <= CHANNEL_LINE_WORDS]
    story = {word.lower() for _, line in body if is_full_paragraph(line) for word in _WORD.findall(line)}
    counts = Counter(word for _, line in short for word in set(_WORD.findall(line))
                     if (word[:1].isupper() or any(c.isdigit() for c in word)) and word.lower() not in _STOPWORDS)
    names = {word for word, count in counts.items() if count >= CHANNEL_LINES and word.lower() not in story}
    if not names:
        return set()
    found = {number for number, line in short if names & set(_WORD.findall(line))}
    found.update(number for number, line in short if len(line.split()) <= 3 and not PUNCTUATED.search(line) and
                 line.split()[-1].lower() in _LABEL_ENDS)
    return found


SERIES_RUN = 8  # words: a run two captions of a series share, at least ...
SERIES_SHARE = 0.5  # ... such runs covering this share of a caption's words, at least
SERIES_LINES = 3  # captions in a series, at least
SERIES_WORDS = 12  # a caption of a series: words at least
_REPORTED_WORDS = re.compile(r"[\"\u201c\u201d]|\b(?:said|says|say|told|tells|according to|stated|states|added|adds)\b",
                             re.I)


def caption_series(body: list[tuple[int, str]]) -> set[int]:
    """The line numbers of a gallery's captions printed between the story's paragraphs: `SERIES_LINES` lines or more,
    each sharing runs of `SERIES_RUN` words or more with another of them that cover `SERIES_SHARE` of its words
    ("Two porters of the Lenz clinic wheel a bed up the stairs as the water rises in the ward ..." and
    "A porter of the Lenz clinic carries an oxygen tank up the stairs as the water rises in the ward ..."), none of
    them a copy of another (a repeated paragraph is flagged, not stripped), each right under a line that is not one
    of them (a paragraph rewritten right below itself makes no series), none quoting or reporting anyone's words (a
    story told in paragraphs of one pattern, "... said Jane Roe, a volunteer", is no gallery)."""
    words = [folded_line(line).split() if not _REPORTED_WORDS.search(line) else [] for _, line in body]
    runs: dict[tuple[str, ...], set[int]] = {}
    for i, tokens in enumerate(words):
        if len(tokens) >= SERIES_WORDS:
            for at in range(len(tokens) - SERIES_RUN + 1):
                runs.setdefault(tuple(tokens[at:at + SERIES_RUN]), set()).add(i)
    linked: dict[int, set[int]] = {}
    for i, tokens in enumerate(words):
        if len(tokens) < SERIES_WORDS:
            continue
        others: set[int] = set()
        for at in range(len(tokens) - SERIES_RUN + 1):
            others |= runs.get(tuple(tokens[at:at + SERIES_RUN]), set())
        for j in others - {i}:
            if words[j] == tokens:
                continue
            covered = set()
            for at in range(len(tokens) - SERIES_RUN + 1):
                if j in runs.get(tuple(tokens[at:at + SERIES_RUN]), ()):
                    covered.update(range(at, at + SERIES_RUN))
            if len(covered) >= SERIES_SHARE * len(tokens):
                linked.setdefault(i, set()).add(j)
    if any(words[i] == words[j] for i in linked for j in range(len(words)) if j != i):
        return set()  # a caption printed twice: the copy rules tell it
    found: set[int] = set()
    seen: set[int] = set()
    for start in linked:  # the series: lines linked to one another, directly or through others
        if start in seen:
            continue
        group, todo = set(), [start]
        while todo:
            i = todo.pop()
            if i not in group:
                group.add(i)
                todo.extend(linked.get(i, ()))
        seen |= group
        if len(group) >= SERIES_LINES and all(i > 0 and i - 1 not in group for i in group):
            found.update(body[i][0] for i in group)
    return found
