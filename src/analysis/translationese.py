"""Signs of machine translation in the wording of one article, with no original to compare it with.

In: an `Article` (its sentences). Out: `Sign`s, each with its sentence, the span in that sentence and what it is,
weighed by how rarely clean English news shows it (`data/translationese.csv` for the phrase lexicon, weights
1 for never seen in the clean English originals at hand, below 1 for rare); `wording_signs` returns them as
'sign: evidence' texts only when their weights add up to `THRESHOLD`, so no one slip of an English original
counts. The signs: calques of Russian/German news formulas ('it is reported that', 'within the framework of'),
European number and punctuation habits ('150 %', '2,5 million', a space before '?', „...“, a lone « or »),
demonyms, countries, months and weekdays in lower case ('russian', 'ukraine', 'monday'), function words of the
source language left in Latin script in an English sentence ('und', 'och', lower-case 'del' outside a name), a
word of another script outside brackets and not fused to a Latin letter (mojibake), a capitalised function
word after a lower-case one mid-sentence ('increase draft To deal'), a name in another language's spelling
('Prigoschin', 'Bakhmout') or spelled both as English and as another language writes it ('Petrova' ...
'Petrowa', 'Zelensky' ... 'Zelenski', 'Banus' ... 'Baňus'), and
a paper's house style for ages and dates ('Prigozhin (61)', '24.02.2022'), which counts once.
Each sign is either a machine's error (untranslated words, wrong case, another language's punctuation or
spelling, a construction no editor keeps) or a phrasing (`Sign.phrasing`: a formula that English written by
newsrooms in Russia, Ukraine or Belarus keeps, 'This was stated by', 'According to him,', 'on the territory of',
lower-case 'russia'; a house style): phrasings alone never make a machine translation (`wording_signs`).
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import TYPE_CHECKING

import pandas as pd

from .textnorm import fold

if TYPE_CHECKING:
    from .corpus import Article

THRESHOLD = 1.5  # total weight of the signs of one article at which they count (see README: no original reaches it)
MAX_PER_PATTERN = 2  # one habit repeated is one writer's habit: it counts at most twice
TYPOGRAPHY = "typography"  # a site's house style ('„...“' on every quotation) is set once for the page: counts once
HOUSE_STYLE = "house style"  # a paper's conventions for ages and dates ('Prigozhin (61)'): all count as one sign
TRANSLITERATION = "transliteration"  # a name spelled as another language writes it: each spelling counts once
TWO_SPELLINGS = 1.0  # a name spelled as English and as German writes it weighs as a foreign spelling in the lexicon
PHRASING = "phrasing"  # the lexicon's `evidence` for a desk's formula, beside "error" for a machine's
# Ukrainian official and newsroom English writes the aggressor's names in lower case on purpose ('russia'): a
# phrasing, not the case slip of a translation ('ukraine', 'monday')
_DELIBERATE_LOWER = {"russia", "russian", "moscow"}


@dataclass(frozen=True)
class Sign:
    kind: str  # calque, number, punctuation, typography, case, foreign word, script
    sentence: str
    start: int  # span in `sentence`
    end: int
    what: str
    weight: float
    phrasing: bool = False  # a formula English-writing newsrooms of the region keep, not a machine's error

    def describe(self) -> str:
        return f"{self.kind} '{self.sentence[self.start:self.end]}' ({self.what}): \u201c{self.sentence}\u201d"


@lru_cache(maxsize=1)
def _lexicon() -> list[tuple[str, re.Pattern, float, str, bool]]:
    table = pd.read_csv(resources.files("analysis") / "data" / "translationese.csv", dtype=str)
    return [(row.kind, re.compile(row.pattern, re.I), float(row.weight), row.what, row.evidence == PHRASING)
            for row in table.itertuples()]


_NAMES = ("russian|ukrainian|german|french|spanish|italian|belarusian|georgian|chechen|iranian|persian|"
          "turkish|chinese|japanese|american|british|european|english|russia|ukraine|germany|france|spain|italy|"
          "poland|belarus|moscow|kyiv|kiev|berlin|paris|january|february|april|june|july|september|october|"
          "november|december|monday|tuesday|wednesday|thursday|friday|saturday|sunday")
_LOWER_NAME = re.compile(rf"(?<![\w@#/.\-])(?:{_NAMES})(?![\w@/.\-]\w)")
_SOURCE_WORDS = re.compile(r"(?<![\w'\-])(?:und|oder|nicht|auch|och|att|inte|avec|pour|dans|sont|ist|wird|mit)"
                           r"(?![\w'\-])")
# a lower-case word with a letter no English word has ('ogs\u00e5', 'i\u00e7in', 'wi\u0119cej'): a word of a Nordic,
# Turkish, Polish, Czech, Romanian or Hungarian source left in the English text; names are capitalised, and the
# accents English borrows ('caf\u00e9', 'fa\u00e7ade', 'na\u00efve', '\u00fcber') are not among these letters
_SOURCE_LETTERS = ("\u00e6\u00f8\u00e5\u00df\u0142\u0151\u0171\u015f\u011f\u0131\u021b\u0219\u011b\u0159\u016f"
                   "\u0105\u0119\u015b\u017a\u017c\u0107\u0111\u00fe\u00f0")
_SOURCE_LETTER_WORD = re.compile(rf"(?<![\w'\-])[^\W\d_]*[{_SOURCE_LETTERS}][^\W\d_]*(?![\w'\-])")
# not 'de' ('de facto'), 'la' ('a la carte'), 'van' (the vehicle), 'du' ('du jour')
_NAME_PARTICLES = re.compile(r"(?<![\w'\-])(?:del|der|von|los|las|des)(?![\w'\-])")
_ENGLISH_WORDS = re.compile(r"\b(?:the|a|an|of|to|and|in|on|at|is|are|was|were|for|with|that|this|his|her|their|"
                            r"it|he|she|they|we|you|by|from|has|have|had|be|not|or|as)\b", re.I)
_FUNCTION_WORDS = ("To|However|Is|Are|Was|Were|Which|Because|Although|Therefore|Also|Has|Have|Will|Would|Could|"
                   "Should|Their|Its|Into|From|With|For|About|After|Before|Than|Then|While|Following|According|"
                   "Despite|During|What|Who|Where|When|Why|How|She|They|We")  # not 'He', a Chinese surname
_CAPITAL_MID = re.compile(rf"(?<=[a-z,] )(?:{_FUNCTION_WORDS})(?=,? [a-z])")
_SCRIPT = r"\u0400-\u04ff\u0590-\u05ff\u0600-\u06ff\u0e00-\u0e7f\u3040-\u30ff\u4e00-\u9fff\uac00-\ud7af"  # Cyrillic...Hangul
_OTHER_SCRIPT = re.compile(rf"[{_SCRIPT}](?:[{_SCRIPT}\u200c\s.-]*[{_SCRIPT}])?")
# a language's name in its own script is a page's language switcher ('This text available in Русский'), no slip
_LANGUAGE_NAMES = {"русский", "русская версия", "по-русски", "українська", "українською", "беларуская", "қазақша",
                   "кыргызча", "тоҷикӣ", "ўзбекча", "עברית", "العربية", "فارسی", "한국어", "日本語"}
# a lone guillemet where a quotation closes (after its punctuation) or opens (before a sentence): not a
# breadcrumb's separator ('Home \u00bb World') nor a link's arrow ('\u00ab Previous')
_LONE_GUILLEMET = re.compile(r"(?<=[.!?,;:])\s?\u00bb|\u00ab(?=\s?\w[^\u00ab\u00bb]{20,}[.!?,]\s*$)")
# an opening curly mark glued to the word before it where a quotation closes ('the paper “Evening whistle“
# reports', 'she answered“ We will'): the marks of a quotation («...») turned the wrong way by the
# translation; a German closing mark („...“) is the page's typography, not this
_OPENING_AS_CLOSING = re.compile(r"(?<=[^\W\d_])\u201c(?=[\s.,;:!?)]|$)")
_DIALOGUE_DASH = re.compile(r"-\s+(?=[A-Z])")  # on the folded text: any dash
# the speaker after the quoted words of a paragraph opened by a dash ('..., says a farmer.', '...? he asked.')
_SPEAKER_AFTER = re.compile(r"[,!?]\s*\"?\s*(?:(?:he|she|they|(?:a|an|the) [a-z]+) (?:says|said|adds|added|notes|noted|"
                            r"explains|explained|asks|asked)|(?:says|said|adds|added|asks|asked) (?:a|an|the|one)\b)")
_FIRST_OR_SECOND_PERSON = re.compile(r"\b(?:I|we|you|my|our|your|us|me)\b", re.I)
_CAPITALISED = re.compile(r"(?<![\w-])[A-Z][a-z]{3,}(?![\w-])")
# English spellings of one Russian name vary in their endings and first 'Ye' ('Zelenskyy'/'Zelensky',
# 'Yevgeny'/'Evgeny': no sign, English pages do it), ...
_ENGLISH_VARIANTS = ((r"yy|iy$|ij$|(?<!sk)i$", "y"), (r"^ye", "e"))
# ... but not in the letters by which German and French spell what English writes v, kh, sh, y ('Petrowa'), nor
# in the '-ski' by which Polish and the South Slavic languages end what English ends '-sky' ('Zelenski')
_FOREIGN_LETTERS = ((r"tsch", "ch"), (r"sch", "sh"), (r"kh", "h"), (r"ch", "h"), (r"w", "v"), (r"j", "y"),
                    (r"ski$", "sky"))
# a name's last word (no capitalised word after it) in any alphabet: 'Baňus' and 'Banus' are one name
_NAME_WORD = re.compile(r"(?<![\w-])[A-Z][^\W\d_]{3,}(?![\w-])(?![\u2019']?s? [A-Z])")


def find_signs(sentences: list[str], paragraphs: list[int] | None = None) -> list[Sign]:
    """Every sign of machine-translated wording in these sentences (`paragraphs`: each one's paragraph, else each
    its own), each pattern counted at most `MAX_PER_PATTERN` times, a `TYPOGRAPHY` sign once, the `HOUSE_STYLE`
    signs once in all and a `TRANSLITERATION` once per name ('Bakhmout' ten times is one sign; 'Bakhmout' and
    'Prigojine' are two)."""
    found: list[Sign] = []
    counts: dict[str, int] = {}
    across = _spelled_two_ways(sentences)  # signs read across sentences, keyed by the sentence they stand in
    for sentence, sign in _dash_speech(sentences, paragraphs or list(range(len(sentences)))):
        across.setdefault(sentence, []).append(("dash speech", sign))
    for sentence, sign in _passive_attributions(sentences):
        across.setdefault(sentence, []).append(("passive attributions", sign))
    for sentence, sign in _label_sentences(sentences, paragraphs or list(range(len(sentences)))):
        across.setdefault(sentence, []).append(("label sentence", sign))
    # « in one sentence and » in a later one close one quotation of several sentences: no mark is alone
    guillemets_pair = sum(s.count("\u00ab") for s in sentences) == sum(s.count("\u00bb") for s in sentences)
    for sentence in sentences:
        for key, sign in [*_signs_in(sentence), *across.get(sentence, [])]:
            if key == "guillemet" and guillemets_pair:
                continue
            if sign.kind == TRANSLITERATION:
                key += sentence[sign.start:sign.end]
            elif sign.kind == HOUSE_STYLE:
                key = HOUSE_STYLE  # ages and dates set one way are one desk's conventions: one sign in all
            counts[key] = counts.get(key, 0) + 1
            if counts[key] <= (1 if sign.kind in (TYPOGRAPHY, HOUSE_STYLE, TRANSLITERATION) else MAX_PER_PATTERN):
                found.append(sign)
    return found


def _signs_in(sentence: str):
    text = fold(sentence)  # same length: straight quotes and apostrophes, spans stay valid
    for kind, pattern, weight, what, phrasing in _lexicon():
        for match in pattern.finditer(sentence):  # not folded: the lexicon tells „ from “
            yield pattern.pattern, Sign(kind, sentence, match.start(), match.end(), what, weight, phrasing)
    foreign_line = not _ENGLISH_WORDS.search(text)  # a line of another language (a page's furniture), no slip
    for match in () if foreign_line else _LOWER_NAME.finditer(text):  # nor in a line of tags, no sentence
        if _in_link_or_quote(text, match):
            continue
        if match.group() in _DELIBERATE_LOWER:
            yield "lower aggressor", Sign("case", sentence, match.start(), match.end(), "'russia' in lower case, as "
                                          "Ukrainian official and newsroom English writes it on purpose", 1.0, True)
            continue
        yield "case", Sign("case", sentence, match.start(), match.end(), "a name of a people, language, country, "
                           "capital, month or weekday in lower case, as Russian, Spanish or French write it", 1.0)
    for match in () if foreign_line else _SOURCE_WORDS.finditer(text):
        yield "source word", Sign("foreign word", sentence, match.start(), match.end(),
                                  "a function word of the source language left untranslated", 1.0)
    for match in () if foreign_line else _SOURCE_LETTER_WORD.finditer(text):
        if match.group().islower() and not (_bracketed(text, match) or _quoted(text, match)):
            yield "source letters", Sign("foreign word", sentence, match.start(), match.end(), "a word of the source "
                                         "language left untranslated, spelled with a letter no English word has", 1.0)
    for match in () if foreign_line else _NAME_PARTICLES.finditer(text):
        if _between_names(text, match):
            continue  # 'Lana del Rey', 'Ursula von der Leyen', 'Museo del Prado'
        yield "particle", Sign("foreign word", sentence, match.start(), match.end(),
                               "an article or preposition of the source language outside a name", 0.5)
    for match in () if foreign_line else _OTHER_SCRIPT.finditer(text):  # a menu's line in another language
        if _bracketed(text, match) or _fused_to_latin(text, match) or _quoted(text, match) or \
                match.group().lower() in _LANGUAGE_NAMES:
            continue  # an original name in brackets: '(Важные истории)'; a garbled decoding: '\u6de8t is'
        yield "script", Sign("script", sentence, match.start(), match.end(),
                             "words of another script left in the English text", 1.0)
    for match in _CAPITAL_MID.finditer(text):
        yield "capital", Sign("case", sentence, match.start(), match.end(), "a capitalised function word after a "
                              "lower-case word mid-sentence: a seam between two machine-translated chunks", 1.0)
    for match in () if "\u201e" in sentence else _OPENING_AS_CLOSING.finditer(sentence):
        yield "opening as closing", Sign("punctuation", sentence, match.start(), match.end(), "an opening quotation "
                                         "mark glued to the word before it, where a quotation closes: the marks "
                                         "turned the wrong way by the translation", 1.0)
    if (match := _DIALOGUE_DASH.match(text)) and _FIRST_OR_SECOND_PERSON.search(text):
        yield "dialogue", Sign("punctuation", sentence, match.start(), match.end(), "a line of dialogue opened by "
                               "a dash, as Russian and Ukrainian interviews set speech", 0.5)
    if ("\u00ab" in sentence) != ("\u00bb" in sentence) and (match := _LONE_GUILLEMET.search(sentence)):
        yield "guillemet", Sign("punctuation", sentence, match.start(), match.end(),
                                "a lone French/Russian quotation mark (\u00ab or \u00bb) left by the translation",
                                1.0)


# a statement attributed by an impersonal passive opening its sentence: 'It is emphasized that ...', 'It was also
# indicated that ...' (Russian 'Отмечается, что', 'Уточняется, что', 'Подчеркивается, что'); not the English
# hedges 'It is understood/thought/believed/expected that'
_PASSIVE_ATTRIBUTION = re.compile(r"^[\"'\u201c]?It (?:is|was|has been) (?:also |further )?(?:reported|noted|stated|"
                                  r"emphasi[sz]ed|indicated|specified|clarified|stressed|underlined|informed|"
                                  r"mentioned|pointed out|announced) that\b")


def _passive_attributions(sentences: list[str]):
    """(sentence, sign) for each sentence after the first of a text whose statements are attributed, one after
    another, by an impersonal passive ('It is reported that ...', 'It is emphasized that ...', 'It is indicated
    that ...'): a Russian agency's formulas rendered sentence by sentence. An English desk names who said it; one
    such sentence is a phrasing (the lexicon's), two are a machine's rendering: none of the 320 English pages of
    the development sets holds two."""
    opened = [(s, m) for s in sentences if (m := _PASSIVE_ATTRIBUTION.match(s))]
    if len(opened) < 2:
        return
    for sentence, match in opened[1:]:
        yield sentence, Sign("calque", sentence, match.start(), match.end(), "statements attributed one after "
                             "another by an impersonal passive ('It is emphasized that', 'It is indicated that'), "
                             "as Russian agency copy writes 'Отмечается, что', 'Уточняется, что': English names who "
                             "said it", 1.0)


# a paragraph's lead-in label ('Джерело.', 'Деталі.') rendered as a sentence of its own before the paragraph's text
_LABEL_SENTENCE = re.compile(r"^(?:Source|Details|Quote|Context|Background|Reminder)\.$")


def _label_sentences(sentences: list[str], paragraphs: list[int]):
    """(sentence, sign) for a one-word sentence that labels what follows it in its paragraph ('Source. The agency
    tells of it ...'): Ukrainian news sets such a label in bold before the paragraph's text, and a machine
    makes it a sentence; an English desk writes 'Source:' on a line of its own, or nothing."""
    for k, (sentence, paragraph) in enumerate(zip(sentences, paragraphs)):
        if (match := _LABEL_SENTENCE.match(sentence)) and k + 1 < len(sentences) and paragraphs[k + 1] == paragraph:
            yield sentence, Sign("punctuation", sentence, match.start(), match.end(), "a paragraph's label set as a "
                                 "sentence before its text ('Source. The agency tells ...'), as a machine renders "
                                 "the bold lead-in of Ukrainian news", 1.0)


def _dash_speech(sentences: list[str], paragraphs: list[int]):
    """(sentence, sign) for each paragraph opened by a dash whose quoted words end in their speaker ('\u2013 Nobody
    knows. It will be a hard winter, says a farmer.'): speech set as Russian, Ukrainian and the Nordic languages
    set it, where English opens a quotation mark. A list's items opened by dashes name no speaker after a comma."""
    opened = None
    for sentence, paragraph in zip(sentences, paragraphs):
        if paragraph != opened:
            opened = paragraph if _DIALOGUE_DASH.match(fold(sentence)) else None
        if opened is not None and (match := _SPEAKER_AFTER.search(fold(sentence))):
            yield sentence, Sign("punctuation", sentence, match.start(), match.end(), "speech opened by a dash, its "
                                 "speaker after the quoted words ('\u2013 ... , says a farmer'), as Russian, Ukrainian "
                                 "and the Nordic languages set a quotation", 1.0)
            opened = None  # one sign per paragraph


def _spelling_key(word: str, variants) -> str:
    key = word.lower()
    for pattern, replacement in variants:
        key = re.sub(pattern, replacement, key)
    return key


def _spelled_two_ways(sentences: list[str]) -> dict[str, list[tuple[str, Sign]]]:
    """A name the article spells both as English transliterates it and as German or French do ('Petrova' ...
    'Petrowa', 'Sukhanin' ... 'Suchanin'): the source's spelling left beside the translator's. Each
    later spelling is told against the first one, on the sentence where it stands (the signs keyed by sentence)."""
    first: dict[str, str] = {}  # the name's key with foreign letters folded -> its first spelling
    signs: dict[str, list[tuple[str, Sign]]] = {}
    for sentence, key, sign in [*_accents_dropped(sentences), *_first_name_from_two_languages(sentences)]:
        signs.setdefault(sentence, []).append((key, sign))
    for sentence in sentences:
        for match in _CAPITALISED.finditer(sentence):
            word = match.group()
            english = _spelling_key(word, _ENGLISH_VARIANTS)
            seen = first.setdefault(_spelling_key(english, _FOREIGN_LETTERS), word)
            if _spelling_key(seen, _ENGLISH_VARIANTS) != english:
                signs.setdefault(sentence, []).append((f"spelling {seen}", Sign(
                    TRANSLITERATION, sentence, match.start(), match.end(), f"a name spelled two ways, '{seen}' "
                    f"and '{word}', as English and as another language transliterate it", TWO_SPELLINGS)))
    return signs


# a first name and the surname after it ('Yevhen Prigozhin')
_FIRST_AND_LAST = re.compile(r"(?<![\w-])([A-Z][a-z]{2,})\s+([A-Z][a-z]{3,})(?![\w-])")


def _slavic_key(name: str) -> str:
    """A first name with the letters by which Ukrainian and Russian transliterations of one name differ folded:
    Ukrainian h for Russian g inside the name ('Yevhen'/'Yevgeny', 'Serhiy'/'Sergei', 'Olha'/'Olga'; a first
    letter is none: 'Hill' and 'Gill' are two words), y for i, the endings."""
    key = re.sub(r"(?<=[^kzscpt])h", "g", _spelling_key(name, _ENGLISH_VARIANTS))  # not a first h: 'Hill', 'Gill'
    return re.sub(r"[aeiouy]+$", "", key).replace("y", "i")


def _first_name_from_two_languages(sentences: list[str]):
    """(sentence, key, sign) for each person whose first name the article spells both as Russian and as Ukrainian
    give it, the Ukrainian h for the Russian g ('Evgeny Prigozhin' ... 'Yevhen Prigozhin'): a machine rendering a
    Ukrainian text names a Russian as Ukrainian spells him; English keeps one spelling. Only before one surname, and
    only the g/h pair: 'Maria' and 'Mario' Lopez, or 'Yuri' and 'Yuriy', are no sign."""
    first: dict[tuple[str, str], str] = {}
    for sentence in sentences:
        for match in _FIRST_AND_LAST.finditer(sentence):
            name, surname = match.groups()
            person = (_spelling_key(surname, _ENGLISH_VARIANTS), _slavic_key(name))
            seen = first.setdefault(person, name)
            one, other = (_spelling_key(n, _ENGLISH_VARIANTS) for n in (seen, name))
            if one != other and ("h" in one) != ("h" in other):
                yield sentence, f"spelling {seen}", Sign(
                    TRANSLITERATION, sentence, match.start(1), match.end(1), f"a first name spelled two ways, "
                    f"'{seen}' and '{name}', as Russian and as Ukrainian give it", TWO_SPELLINGS)


def _accents_dropped(sentences: list[str]):
    """(sentence, key, sign) for each later spelling of a name that the text also spells with the diacritics of
    another alphabet ('Baňus' ... 'Banus'): the source language's spelling left beside the translator's. Only a
    name's last word: two people may share a first name ('Péter' and 'Peter')."""
    first: dict[str, str] = {}
    for sentence in sentences:
        for match in _NAME_WORD.finditer(sentence):
            word = match.group()
            seen = first.setdefault(_without_accents(word).lower(), word)
            if seen != word and (_without_accents(seen) != seen or _without_accents(word) != word):
                yield sentence, f"spelling {seen}", Sign(
                    TRANSLITERATION, sentence, match.start(), match.end(), f"a name spelled two ways, '{seen}' and "
                    f"'{word}', with and without another alphabet's diacritics", TWO_SPELLINGS)


def _without_accents(word: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", word) if not unicodedata.combining(c))


def _in_link_or_quote(text: str, match: re.Match) -> bool:
    """A lower-case name inside an address, a handle or a quoted word ('russia.com', '"ukraine"')."""
    before, after = text[max(0, match.start() - 1):match.start()], text[match.end():match.end() + 1]
    return before in {'"', "'"} and after in {'"', "'"} or bool(re.search(r"\S*(?:www|https?:|\.com)\S*$",
                                                                          text[:match.start()]))


def _between_names(text: str, match: re.Match) -> bool:
    before = re.search(r"(\S+)\s+$", text[:match.start()])
    after = re.match(r"\s+(\S+)", text[match.end():])
    capital = [bool(part and part.group(1)[:1].isupper()) for part in (before, after)]
    return any(capital)


def _fused_to_latin(text: str, match: re.Match) -> bool:
    """Mojibake (UTF-8 read with the wrong code page), not a word left untranslated: another script's characters
    fused to a Latin letter ('\u6de8t is'), or one or two ideographs alone where a curly mark or dash stood
    ('to fight \u9225 and die')."""
    return bool(re.match(r"[A-Za-z]", text[match.end():match.end() + 1]) or
                re.search(r"[A-Za-z]$", text[:match.start()]) or
                re.fullmatch(r"[\u4e00-\u9fff]{1,2}", match.group()))


def _quoted(text: str, match: re.Match) -> bool:
    """Another script's words inside quotation marks (on the folded text, where \u00ab\u00bb and \u201c\u201d are '"'):
    the original's words quoted, as an English report quotes a slogan beside its English."""
    return bool(re.search(r"[\"']\s*$", text[:match.start()]) and re.match(r"[\s.,!?;:-]*[\"']", text[match.end():]))


def _bracketed(text: str, match: re.Match) -> bool:
    return text.rfind("(", 0, match.start()) > text.rfind(")", 0, match.start())


def article_signs(article: Article) -> list[Sign]:
    """The wording signs of one article's sentences."""
    return list(_signs_of(tuple(s.text for s in article.sentences), tuple(s.paragraph for s in article.sentences)))


@lru_cache(maxsize=2048)  # `wording_signs` and `phrasings_set_aside` read one article's signs in one pass
def _signs_of(sentences: tuple[str, ...], paragraphs: tuple[int, ...]) -> tuple[Sign, ...]:
    return tuple(find_signs(list(sentences), list(paragraphs)))


def wording_signs(article: Article, *, other_errors: int = 0) -> list[str]:
    """The article's wording signs as 'sign: evidence' texts, or none when their weights add up to less than
    `THRESHOLD` (an English original may show one rare habit, not several) or when all are phrasings and
    `other_errors` (the article's signs outside its wording: punctuation, quotation marks) is 0: English written
    in Kyiv or Moscow keeps 'This was stated by' and 'It is noted that' without a machine's error."""
    signs = article_signs(article)
    total = sum(s.weight for s in signs)
    if total < THRESHOLD or not (other_errors or any(not s.phrasing for s in signs)):
        return []
    return [f"wording of a machine translation (weight {s.weight:g} of {total:g}): {s.describe()}" for s in signs]


def phrasings_set_aside(article: Article) -> str:
    """Why an article whose phrasings reach `THRESHOLD` with no machine's error beside them stays an original
    ('' when they do not reach it): the rule and each phrasing with its sentence."""
    signs = article_signs(article)
    total = sum(s.weight for s in signs)
    if total < THRESHOLD or any(not s.phrasing for s in signs):
        return ""
    return (f"phrasings only (weight {total:g}), no machine's error beside them: a newsroom's English, not a "
            "machine's: " + " | ".join(s.describe() for s in signs))
