"""Make notebook output safe to put in the report page: an allow-list HTML sanitiser.

In: an HTML or markdown fragment from a notebook output or from project prose. Out: HTML in which tables, text
markup, links and a few colour/weight styles stay, while scripts, style sheets, event handlers, images and
unknown tags are escaped (shown as text) or dropped: an article containing `<script>` shows that text.
"""

from __future__ import annotations

import html
import re

STYLE_BLOCK = re.compile(r"<style\b.*?</style\s*>", re.IGNORECASE | re.DOTALL)
STYLE_RULE = re.compile(r"([^{}<>]+)\{([^{}<>]*)\}")
ID_ATTRIBUTE = re.compile(r"""\sid=["']([^"'<>]+)["']""")
ANCHOR_LINK = re.compile(r'<a class="anchor-link"[^>]*>.*?</a>', re.DOTALL)
ALLOWED_CSS = ["background-color", "color", "font-weight", "font-style", "text-align", "text-decoration"]
ALLOWED_TAGS = {"a", "abbr", "b", "blockquote", "br", "caption", "code", "col", "colgroup", "dd", "del", "div",
                "dl", "dt", "em", "h1", "h2", "h3", "h4", "h5", "h6", "hr", "i", "ins", "li", "mark", "ol", "p",
                "pre", "q", "s", "small", "span", "strong", "sub", "sup", "table", "tbody", "td", "tfoot", "th",
                "thead", "tr", "u", "ul"}
ALLOWED_ATTRIBUTES = {"*": ["class", "title", "style"], "a": ["href"], "td": ["colspan", "rowspan"],
                      "th": ["colspan", "rowspan"]}
TABLE_TAG = re.compile(r'<(/?)(table|thead|tbody|tr|th|td)(?: class="[\w -]*")?>')  # the tags of a plain table
ENTITY = re.compile(r"&(?:[a-zA-Z]+|#[0-9]+|#x[0-9a-fA-F]+);")  # an escaped character
TABLE_PARENTS = {"table": {None}, "thead": {"table"}, "tbody": {"table"}, "tr": {"thead", "tbody"},
                 "th": {"tr"}, "td": {"tr"}}  # the only nesting a plain table has


def sanitise(fragment: str) -> str:
    """Allow-listed HTML: tables, text markup, links and a few colour/weight styles stay; scripts, style
    sheets, event handlers, images and unknown tags are escaped or dropped. A plain table (`plain_table`) is
    safe as it is and is returned unchanged."""
    return fragment if plain_table(fragment) else bleach_clean(fragment)


def bleach_clean(fragment: str) -> str:
    """The allow-list sanitiser (bleach) over any fragment."""
    import bleach
    from bleach.css_sanitizer import CSSSanitizer

    return bleach.clean(inline_styles(fragment), tags=ALLOWED_TAGS, attributes=ALLOWED_ATTRIBUTES,
                        protocols={"http", "https", "mailto"}, strip=False, strip_comments=True,
                        css_sanitizer=CSSSanitizer(allowed_css_properties=ALLOWED_CSS))


def plain_table(fragment: str) -> bool:
    """Is the fragment one table of escaped text, as `analysis.display.table` writes it: only table, thead,
    tbody, tr, th and td tags, with at most a class, properly nested and closed, text only in cells, without
    '<' or '>' and with every '&' an entity? The sanitiser would keep all of it (reading such tables took most
    of its time at 1,000 articles)."""
    tags = list(TABLE_TAG.finditer(fragment))
    if not tags or fragment[:tags[0].start()].strip() or fragment[tags[-1].end():].strip():
        return False
    stack: list[str] = []
    position = 0
    for found in tags:
        text = fragment[position:found.start()]
        in_cell = bool(stack) and stack[-1] in ("th", "td")
        if not (plain_text(text) if in_cell else not text.strip()):
            return False
        position = found.end()
        closing, name = found.group(1), found.group(2)
        if closing:
            if not stack or stack.pop() != name:
                return False
        elif (stack[-1] if stack else None) not in TABLE_PARENTS[name]:
            return False
        else:
            stack.append(name)
        if not stack and found is not tags[-1]:
            return False  # a second table, or text after the first
    return not stack


def plain_text(text: str) -> bool:
    """Text without markup: no '<' or '>', and every '&' starts an entity."""
    return "<" not in text and ">" not in text and text.count("&") == len(ENTITY.findall(text))


def inline_styles(fragment: str) -> str:
    """Move `#id {...}` rules of <style> blocks (as pandas' Styler writes them) onto the elements as style
    attributes, then drop the blocks and every id (Styler's ids are random: dropping them keeps builds
    identical)."""
    styles: dict[str, str] = {}
    for block in STYLE_BLOCK.findall(fragment):
        for selectors, declarations in STYLE_RULE.findall(block):
            for selector in selectors.split(","):
                if re.fullmatch(r"\s*#[\w-]+\s*", selector):
                    name = selector.strip()[1:]
                    styles[name] = styles.get(name, "") + " ".join(declarations.split())
    fragment = STYLE_BLOCK.sub("", fragment)
    return ID_ATTRIBUTE.sub(lambda m: f' style="{html.escape(styles[m.group(1)])}"' if m.group(1) in styles
                            else "", fragment)


def markdown_html(text: str) -> str:
    """Project prose (README sections, caveats) as sanitised HTML."""
    from nbconvert.filters import markdown2html

    return sanitise(ANCHOR_LINK.sub("", markdown2html(text)))
