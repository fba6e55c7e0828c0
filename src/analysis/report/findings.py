"""The key findings at the top of the report: what an editor must check first, written from the CSVs in OUT/data.

In: the data folder. Out: `Finding`s ordered by `rank` (lower = check first), each one plain-text sentence with
its evidence (the sentence or sentences of the articles it rests on), the CSV it comes from and, where it points
at one place in an article, that place (`article_id`, character offset) so the page can link the annotated
reading. General rules over the tables, never keyed to one corpus:

1. critical, then major translation errors with both wordings (translation_issues.csv, alignment.csv);
2. figures for the same quantity that contradict each other, with who says which (number_flags.csv, claims.csv):
   orders of magnitude apart first (two figures flagged against each other told once), then the same source and
   date disagreeing, then two sources disagreeing about the same date; counts of the same thing (numbers.csv's
   `what`) five times apart or more in two articles, among figures no claim group holds; and, further down, the
   pairs that differ by date (and source), the first three named;
3. dates that conflict: an event told as past after the article's own date, versions of one story dated apart, a
   figure dated after its article (timeline_consistency.csv), clues against a publication date (publication_dates.csv);
4. the sources the coverage rests on, the share of anonymous ones and the outlets it is taken from
   (sources.csv, citations.csv);
5. low-confidence inferences: publication dates of low confidence (or, without that column, a span of two weeks
   or more), machine-translation status inferred from the text, quotations attributed through a pronoun or left
   without a speaker.

A missing file or column skips that rule, so the report builds at every stage and on any corpus. `corpus_summary`
gives the one-line description of the corpus shown above the findings.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd

from .tables import read_table, shorten

TRUE_WORDS = {"true", "1", "yes"}
MAX_NAMES = 3
MAX_MAJOR = 4  # major translation errors of one article named one by one; the rest are counted
MAX_FLAGS = 3  # same-source discrepancies named one by one
MAX_CRITICAL = 5  # critical translation errors told one by one; the rest are counted
MAX_ARTICLES = 3  # articles named one finding each (major translation errors, contradicted dates); the rest counted
WIDE_DATE_SPAN = 14  # days between the earliest and latest possible publication date worth a warning
SEVERITY_RANK = {"critical": 0, "major": 1}


@dataclass
class Finding:
    rank: int  # lower = to check first
    kind: str  # short label ("Translation error", "Figures disagree", ...)
    sentence: str
    evidence: list[tuple[str, str]] = field(default_factory=list)  # (where: article id, sentence whole)
    detail: str = ""  # the analysis' own explanation, shown in smaller print
    table: str = ""  # the CSV the finding comes from
    spot: tuple[str, int] | None = None  # (article_id, character offset) in the article's body
    spots: tuple[tuple[str, int], ...] = ()  # every place it names, when more than its `spot`


def key_findings(data: Path) -> list[Finding]:
    """Every finding the data supports, most urgent first (stable within a rank)."""
    paragraphs = by_article(read_table(data, "paragraphs.csv", ("article_id", "start", "text")))
    found = sorted([*translation_errors(data, paragraphs), *contradicting_figures(data, paragraphs),
                    *same_thing_far_apart(data), *conflicting_dates(data), *sources_relied_on(data),
                    *low_confidence_inferences(data)], key=lambda f: f.rank)
    kept, told = [], set()
    for finding in found:  # a finding whose every place an earlier one names says it again ("75" out of scale)
        places = set(finding.spots) or ({finding.spot} if finding.spot else set())
        if finding.spots and places <= told:
            continue
        told |= places
        kept.append(finding)
    return kept


def number(value: float) -> str:
    value = float(value)
    return f"{value:,.0f}" if value == int(value) else f"{value:,.1f}"


def counted(series: pd.Series, *, limit: int = MAX_NAMES) -> str:
    """'a (3), b (2), c (1)' for the most frequent non-empty values."""
    counts = series[series.str.strip() != ""].value_counts()
    counts = counts.sort_index(kind="stable").sort_values(ascending=False, kind="stable")
    return ", ".join(f"{name} ({n})" for name, n in counts.head(limit).items())


def truthy(series: pd.Series) -> pd.Series:
    return series.str.strip().str.lower().isin(TRUE_WORDS)


def plural(n: int, word: str, words: str | None = None) -> str:
    return f"{number(n)} {word if n == 1 else (words or word + 's')}"


LISTED_MOST = 8  # items one finding names; the rest are counted ("and 12 more") and stay in its table


def listing(items: list[str]) -> str:
    """'a', 'a and b', 'a, b and c'; past LISTED_MOST items, 'a, b, ... and 12 more'."""
    if len(items) > LISTED_MOST:
        items = [*items[:LISTED_MOST], f"{len(items) - LISTED_MOST} more"]
    return items[0] if len(items) == 1 else f"{', '.join(items[:-1])} and {items[-1]}" if items else ""


def offset(value: str) -> int | None:
    try:
        return int(float(value))
    except (TypeError, ValueError):
        return None


def located(article_id: str, sentence: str) -> list[tuple[str, str]]:
    return [(article_id, sentence)] if sentence.strip() else []


def by_article(paragraphs: pd.DataFrame | None) -> dict[str, pd.DataFrame]:
    """paragraphs.csv split by article once (a finding looks up one article's paragraphs)."""
    return {} if paragraphs is None else dict(tuple(paragraphs.groupby("article_id", sort=False)))


def sentence_at(paragraphs: dict[str, pd.DataFrame], article_id: str, start: int | None) -> str:
    """The sentence of paragraphs.csv (split by article by `key_findings`) around `start` (split at '. ', '? ',
    '! '), or ''."""
    if article_id not in paragraphs or start is None:
        return ""
    for row in paragraphs[article_id].itertuples():
        begin = int(row.start)
        if begin <= start < begin + len(row.text):
            at = start - begin
            cut = max(row.text.rfind(mark, 0, at) for mark in (". ", "? ", "! ", ".” ", "?” "))
            left = cut + (3 if row.text[cut + 1: cut + 2] == "”" else 2) if cut >= 0 else 0
            ends = [e for e in (row.text.find(mark, at) for mark in (". ", "? ", "! ")) if e >= 0]
            right = min(ends) + 1 if ends else len(row.text)
            return row.text[left:right].strip()
    return ""


def corpus_summary(data: Path) -> str:
    """'3 analysable articles (1,204 words) from 2 publishers (Coast Herald, Valley Post), published 2024-03-08
    to 2024-03-12; 1 machine translation.'"""
    articles = read_table(data, "articles.csv", ("article_id", "status"))
    if articles is None:
        return ""
    ok = articles[articles.status == "ok"]
    parts = [plural(len(ok), "analysable article")]
    if "words" in ok and len(ok):
        parts[0] += f" ({number(pd.to_numeric(ok.words, errors='coerce').sum())} words)"
    if len(articles) > len(ok):
        parts[0] += f" of {plural(len(articles), 'input file')}"
    outlets = [o for o in (ok.get("original_outlet", ok.get("outlet", pd.Series(dtype=str)))) if str(o).strip()]
    if outlets:
        parts.append(f"from {plural(len(set(outlets)), 'publisher')} ({', '.join(sorted(set(outlets)))})")
    dates = sorted(d for d in ok.get("published", []) if str(d).strip())
    if dates:
        parts.append(f"published {dates[0]}" + (f" to {dates[-1]}" if dates[-1] != dates[0] else ""))
    text = " ".join(parts[:2]) + (", " + parts[2] if len(parts) > 2 else "")
    if "translation_status" in ok:
        translated = (ok.translation_status == "machine_translation").sum()
        if translated:
            text += f"; {plural(translated, 'machine translation')}"
    return text + "."


SUBJECT_SHARE = 1 / 3  # a subject is one that at least this share of the articles (and two at least) report


def main_subject(data: Path) -> str:
    """The corpus's most frequent subject, from its own tables: the group of claims about one quantity that the
    most articles report, else the word that the most articles' titles (or first paragraphs, for articles
    without a title) share, else the capitalised name written in the most articles; each in two articles at
    least and in `SUBJECT_SHARE` of them (a folder of unrelated stories has no subject). '' if none."""
    claims = read_table(data, "claims.csv", ("claim_group", "article_id"))
    paragraphs = read_table(data, "paragraphs.csv", ("article_id", "text"))
    articles_in = paragraphs.article_id.nunique() if paragraphs is not None and len(paragraphs) else \
        claims.article_id.nunique() if claims is not None and len(claims) else 0
    enough = max(2, math.ceil(SUBJECT_SHARE * articles_in))
    if claims is not None and len(claims):
        spread = claims[claims.claim_group.str.strip() != ""].groupby("claim_group").article_id.nunique()
        spread = spread.sort_index().sort_values(ascending=False, kind="stable")
        if len(spread) and spread.iloc[0] >= enough:
            return str(spread.index[0])
    if paragraphs is None or paragraphs.empty:
        return ""
    articles = read_table(data, "articles.csv", ("article_id", "title"))
    titles = dict(zip(articles.article_id, articles.title)) if articles is not None else {}
    leads = paragraphs.drop_duplicates("article_id").set_index("article_id").text
    words: dict[str, set[str]] = {}
    names: dict[str, set[str]] = {}
    for article_id, lead in leads.items():
        for word in re.findall(r"[A-Za-z][a-z]{3,}", titles.get(article_id, "").strip() or lead):
            if word.lower() not in COMMON_WORDS:
                words.setdefault(word.lower(), set()).add(article_id)
    for row in paragraphs.itertuples():
        for found in NAME.finditer(row.text):
            names.setdefault(found.group(0), set()).add(row.article_id)
    for found in (words, names):
        ranked = sorted(found.items(), key=lambda item: (-len(item[1]), -len(item[0]), item[0]))
        if ranked and len(ranked[0][1]) >= enough:
            return ranked[0][0]
    return ""


NAME = re.compile(r"(?<=[a-z,;] )[A-Z][a-z]+(?: (?:of |the )?[A-Z][a-z]+)+")  # capitalised run, not sentence-initial
COMMON_WORDS = set("""about after again against also among amid another around because been before being below
between both could does doing down during each even every from further have having here into just keep like made
make many more most much must near never news next only other over said same says should since some still such
than that their them then there these they this those through under until very want were what when where which
while whom will with within without would year years week weeks month months today yesterday tomorrow
monday tuesday wednesday thursday friday saturday sunday january february march april june july august september
october november december live update updates report reports new""".split())


# 1. Translation errors ------------------------------------------------------------------------------------------

def translation_errors(data: Path, paragraphs: dict[str, pd.DataFrame] | None = None) -> list[Finding]:
    """Each critical error on its own with both aligned sentences; the major ones of an article in one finding."""
    issues = read_table(data, "translation_issues.csv", ("article_id", "severity", "category", "text"))
    if issues is None:
        return []
    serious = issues[issues.severity.isin(SEVERITY_RANK)].copy()
    if serious.empty:
        return []
    serious["paired"] = serious.get("reference_text", pd.Series("", index=serious.index)).str.strip() != ""
    serious = serious.sort_values(["paired", "article_id"], ascending=[False, True], kind="stable")
    alignment = aligned_pairs(read_table(data, "alignment.csv", ("a_id", "b_id", "a_start", "a_end", "a_text",
                                                                 "b_text")))
    findings = []
    critical = serious[serious.severity == "critical"]
    for row in critical.head(MAX_CRITICAL).itertuples():
        start = offset(getattr(row, "start", ""))
        reference = str(getattr(row, "reference_id", "")).strip()
        what = issue_label(row)
        if row.paired and reference:
            sentence = (f"{row.article_id} reads “{shorten(row.text, 80)}” where its original {reference} says "
                        f"“{shorten(row.reference_text, 80)}” ({what}).")
        else:
            sentence = f"{row.article_id}: “{shorten(row.text, 80)}” ({what})."
        evidence = (aligned_sentences(alignment, row.article_id, reference, start) if reference else []) or \
            located(row.article_id, sentence_at(paragraphs or {}, row.article_id, start))
        findings.append(Finding(rank=0, kind="critical translation error", sentence=sentence, evidence=evidence,
                                table="translation_issues.csv",
                                spot=(row.article_id, start) if start is not None else None))
    if len(critical) > MAX_CRITICAL:
        findings.append(Finding(rank=1, kind="critical translation error", table="translation_issues.csv",
                                sentence=f"{plural(len(critical) - MAX_CRITICAL, 'more critical translation error')}"
                                         f" in the translation chapter."))
    major = serious[serious.severity == "major"]
    by_count = major.groupby("article_id", sort=True).size().sort_values(ascending=False, kind="stable")
    for article_id in sorted(by_count.index[:MAX_ARTICLES]):
        rows = major[major.article_id == article_id]
        named = [f"“{shorten(r.text, 50)}” for “{shorten(r.reference_text, 50)}” ({issue_label(r)})" if r.paired
                 else f"“{shorten(r.text, 50)}” ({issue_label(r)})" for r in rows.head(MAX_MAJOR).itertuples()]
        more = f"; {len(rows) - MAX_MAJOR} more in the translation chapter" if len(rows) > MAX_MAJOR else ""
        first = offset(rows.start.iloc[0]) if "start" in rows else None
        findings.append(Finding(rank=30, kind="major translation errors", table="translation_issues.csv",
                                sentence=f"{plural(len(rows), 'major translation error')} in {article_id}: "
                                         f"{'; '.join(named)}{more}.",
                                spot=(article_id, first) if first is not None else None,
                                spots=tuple((article_id, o) for o in map(offset, rows.get("start", []))
                                            if o is not None)))
    if len(by_count) > MAX_ARTICLES:
        rest = by_count.iloc[MAX_ARTICLES:]
        findings.append(Finding(rank=31, kind="major translation errors", table="translation_issues.csv",
                                sentence=f"{plural(int(rest.sum()), 'more major translation error')} in "
                                         f"{plural(len(rest), 'more article')}: {listing(sorted(rest.index))}."))
    return findings


def issue_label(row) -> str:
    """The short reason of a translation issue: its explanation up to the first ':' (the rest repeats the
    wordings), else its category."""
    explanation = str(getattr(row, "explanation", "")).strip()
    label = explanation.split(":")[0].strip() if explanation else ""
    return label if 0 < len(label) <= 80 else str(row.category).replace("_", " ")


def aligned_pairs(alignment: pd.DataFrame | None) -> dict[tuple[str, str], list[tuple[int, int, str, str]]]:
    """{(translation, original): [(start, end, sentence, original's sentence)]} of alignment.csv's beads with a
    translation side, in the table's order (read once, not filtered per finding)."""
    pairs: dict[tuple[str, str], list[tuple[int, int, str, str]]] = {}
    for row in ([] if alignment is None else alignment.itertuples()):
        a_start, a_end = offset(row.a_start), offset(row.a_end)
        if a_start is not None and a_end is not None:
            pairs.setdefault((row.a_id, row.b_id), []).append((a_start, a_end, row.a_text, row.b_text))
    return pairs


def aligned_sentences(alignment: dict[tuple[str, str], list[tuple[int, int, str, str]]], article_id: str,
                      reference: str, start: int | None) -> list[tuple[str, str]]:
    """The translation's sentence holding `start` and its original's, from alignment.csv (`aligned_pairs`)."""
    if start is None:
        return []
    for a_start, a_end, a_text, b_text in alignment.get((article_id, reference), []):
        if a_start <= start < a_end:
            return [(article_id, a_text), (f"{reference} (original)", b_text)]
    return []


# 2. Figures that contradict each other --------------------------------------------------------------------------

FLAG_RANK = {"order_of_magnitude": 10, "same_date_and_source_differ": 20, "differs_by_source": 22}
FAR_APART = 5  # counts of one thing this many times apart in two articles are worth a look
PEOPLE_AT_LARGE = {"people", "person", "man", "men", "woman", "women", "other", "one", "those", "them"}  # say too
# little of who is counted for two counts of them to be the same thing
FLAG_KIND = {"order_of_magnitude": "figure out of scale", "same_date_and_source_differ": "figures disagree",
             "differs_by_source": "figures disagree"}


def contradicting_figures(data: Path, paragraphs: dict[str, pd.DataFrame] | None = None) -> list[Finding]:
    """Figures for one quantity orders of magnitude apart, one source disagreeing with itself, and sources that
    disagree about the same date, each with who says which; then the pairs that differ by date (and source)."""
    flags = read_table(data, "number_flags.csv", ("flag", "article_id", "text"))
    if flags is None or flags.empty:
        return []
    claims = read_table(data, "claims.csv", ("claim_group", "article_id", "start", "source"))
    findings, told = [], set()
    for kind in FLAG_RANK:
        rows = flags[flags.flag == kind].drop_duplicates(["article_id", "text", "claim_group"]
                                                         if "claim_group" in flags else ["article_id", "text"])
        for row in rows.itertuples():
            others = str(getattr(row, "compared_with", "")).strip()
            partners = {(m["article"].strip(), m["text"]) for m in COMPARED.finditer(others)}
            pair = frozenset(partners | {(row.article_id, row.text)})
            if pair in told:
                continue  # two figures flagged against each other: told once
            told.add(pair)
            if len([f for f in findings if f.rank == FLAG_RANK[kind]]) >= MAX_FLAGS:
                break
            group = str(getattr(row, "claim_group", "")).strip()
            about = f" for “{group}”" if group else ""
            facts = sourced(*claim_facts(claims, row.article_id, getattr(row, "start", "")))
            mine = f"“{row.text}” in {row.article_id}{facts}"
            mutual = len(partners) == 1 and any(
                ((flags.flag == kind) & (flags.article_id == a) & (flags.text == t)).any() for a, t in partners)
            against = compared(others) or "the other figures for it"
            if kind == "order_of_magnitude" and mutual:
                sentence = (f"Figures{about} are orders of magnitude apart: {mine} against {against}; one of them "
                            f"is likely a translation or typing error, or counts something narrower.")
            elif kind == "order_of_magnitude":
                sentence = f"{row.article_id} gives “{row.text}”{about}{facts}, against {against}."
            elif kind == "same_date_and_source_differ":
                sentence = f"The same source disagrees with itself{about}: {mine} against {against}."
            else:
                sentence = f"Sources disagree{about} for the same date: {mine} against {against}; check which is right."
            detail = str(getattr(row, "explanation", "")).strip()
            start = offset(getattr(row, "start", ""))
            evidence = located(row.article_id, str(getattr(row, "sentence", "")).strip()
                               or sentence_at(paragraphs or {}, row.article_id, start))
            findings.append(Finding(rank=FLAG_RANK[kind], kind=FLAG_KIND[kind], sentence=sentence,
                                    evidence=evidence, detail=detail, table="number_flags.csv",
                                    spot=(row.article_id, start) if start is not None else None))
    spread = flags[flags.flag.str.startswith("differs_by") & ~flags.flag.isin(FLAG_RANK)]
    if len(spread) and "claim_group" in spread:
        pairs = [f"“{row.claim_group}”: “{row.text}” in {row.article_id}"
                 f"{sourced(*claim_facts(claims, row.article_id, getattr(row, 'start', '')))} against "
                 f"{compared(row.compared_with)}" for row in spread.head(MAX_FLAGS).itertuples()]
        more = f"; and {plural(len(spread) - MAX_FLAGS, 'more figure')}" if len(spread) > MAX_FLAGS else ""
        findings.append(Finding(rank=40, kind="figures differ", table="number_flags.csv",  # a row per figure
                                sentence=f"{plural(len(spread), 'figure')} for the same quantity "
                                         f"{'does' if len(spread) == 1 else 'do'} not overlap others but refer to different dates (and sources): {'; '.join(pairs)}"
                                         f"{more}. Check that the coverage does not set them against each other."))
    return findings


def sourced(source: str, date: str) -> str:
    """' (Western intelligence, 2022-08-10)': who gives a figure and the date it refers to, or ''."""
    facts = ", ".join(f for f in (source, date) if f)
    return f" ({facts})" if facts else ""


COMPARED = re.compile(r"(?P<article>[^:;]+): '(?P<text>[^']*)' \((?P<value>[^;()]*); (?P<date>[^;()]*); "
                      r"(?P<source>[^;]*?)\)(?=; |$)")


def compared(text: str) -> str:
    """number_flags.csv's `compared_with` ("b2: 'nearly 9,000' (9,000; 2024-03; the port authority); ...")
    as prose: "“nearly 9,000” in b2 (the port authority, 2024-03)"; the text as it is if it has another form."""
    found = list(COMPARED.finditer(text))
    if not found:
        return text
    parts = []
    for match in found:
        facts = ", ".join(f for f in (match["source"].strip(), match["date"].strip()) if f)
        parts.append(f"“{match['text']}” in {match['article'].strip()}" + (f" ({facts})" if facts else ""))
    return listing(parts)


def described(name: str) -> str:
    """A source's name as a phrase: 'woman' (an unnamed source's description) becomes 'a woman'."""
    if not name[:1].islower() or name.split()[0] in ("a", "an", "the", "his", "her", "their", "its"):
        return name
    return ("an " if name[0] in "aeiou" else "a ") + name


def same_thing_far_apart(data: Path) -> list[Finding]:
    """Counts of the same thing (numbers.csv's `what`, singular, lower case) in different articles that are
    `FAR_APART` times apart or more, among the figures no claim group holds (claims.csv and number_flags.csv
    compare those): a second look for a corpus whose subject the claim-group lexicon does not cover."""
    numbers = read_table(data, "numbers.csv", ("article_id", "start", "text", "value", "what"))
    if numbers is None or numbers.empty:
        return []
    claims = read_table(data, "claims.csv", ("article_id", "start"))
    grouped = set(zip(claims.article_id, claims.start)) if claims is not None else set()
    counts = numbers[(numbers.get("kind", "count") == "count") & (numbers.what.str.strip() != "")].copy()
    counts = counts[[(a, s) not in grouped for a, s in zip(counts.article_id, counts.start)]]
    counts["number"] = pd.to_numeric(counts.value, errors="coerce")
    counts = counts[counts.number > 0]
    counts["thing"] = [singular(what) for what in counts.what]
    counts = counts[~counts.thing.isin(PEOPLE_AT_LARGE)]
    findings = []
    for thing, rows in sorted(counts.groupby("thing"), key=lambda item: item[0]):
        if rows.article_id.nunique() < 2:
            continue
        low, high = rows.loc[rows.number.idxmin()], rows.loc[rows.number.idxmax()]
        if low.article_id == high.article_id or high.number < FAR_APART * low.number:
            continue
        def said(row) -> str:
            source = str(row.get("source", "")).strip()
            return f"{row.article_id} says “{row.text}” {row.what}" + (f" ({source})" if source else "")
        findings.append(Finding(
            rank=15, kind="figures far apart", table="numbers.csv",
            sentence=f"Figures for {low.what} differ {high.number / low.number:.0f}-fold across articles: "
                     f"{said(high)}, {said(low)}; no rule groups them, so check that they count the same thing.",
            evidence=[(row.article_id, str(row.get("sentence", "")).strip()) for row in (high, low)
                      if str(row.get("sentence", "")).strip()],
            spot=(low.article_id, offset(low.start)) if offset(low.start) is not None else None))
    return findings[:MAX_FLAGS]


def singular(phrase: str) -> str:
    """A noun phrase lower-cased with its last word singular: 'casualties' -> 'casualty', 'boxes' -> 'box',
    'Trucks' -> 'truck'; words in -ss, -us, -is stay ('press', 'census', 'crisis')."""
    words = phrase.lower().split()
    if not words:
        return ""
    last = words[-1]
    if last.endswith("ies") and len(last) > 4:
        last = last[:-3] + "y"
    elif re.search(r"(ss|x|z|ch|sh)es$", last):
        last = last[:-2]
    elif last.endswith("s") and not re.search(r"(ss|us|is)$", last) and len(last) > 3:
        last = last[:-1]
    return " ".join(words[:-1] + [last])


def claim_facts(claims: pd.DataFrame | None, article_id: str, start) -> tuple[str, str]:
    """(who gives the figure at `start` in `article_id`, the date it refers to) from claims.csv; '' if unknown."""
    if claims is None:
        return "", ""
    rows = claims[(claims.article_id == article_id) & (claims.start == str(start))]
    source = next((s.strip() for s in rows.source if s.strip()), "")
    dates = rows.refers_to_date if "refers_to_date" in rows else []
    return source, next((d.strip() for d in dates if d.strip()), "")


# 3. Dates that conflict -----------------------------------------------------------------------------------------

def conflicting_dates(data: Path) -> list[Finding]:
    """Rows of timeline_consistency.csv (an event told as past dated after its article, versions of one story
    whose dates disagree, a figure dated after its article) and publication dates whose clues conflict."""
    findings = []
    table = read_table(data, "timeline_consistency.csv", ("article_id", "text"))
    for row in (table.head(MAX_FLAGS).itertuples() if table is not None else []):
        check = str(getattr(row, "check", "")).strip() or "event described as past, dated after publication"
        when = str(getattr(row, "start", "")).strip()
        published = str(getattr(row, "published", "")).strip()
        other = str(getattr(row, "other", "")).strip()
        if str(getattr(row, "action", "")).startswith("earliest and best moved"):  # the check set the date itself
            sentence = (f"The inferred publication date of {row.article_id} moved to {published}: "
                        f"“{shorten(row.text, 120)}” is told as past.")
        else:
            sentence = (f"Date conflict in {row.article_id} ({check}): “{shorten(row.text, 120)}”"
                        + (f" dated {when}" if when and when not in row.text else "")
                        + (f", article published {published}" if published else "")
                        + (f"; see also {other}" if other else "") + ".")
        findings.append(Finding(rank=25, kind="dates conflict", sentence=sentence, table="timeline_consistency.csv",
                                evidence=located(row.article_id, str(getattr(row, "sentence", "")).strip())))
    if table is not None and len(table) > MAX_FLAGS:
        findings.append(Finding(rank=26, kind="dates conflict", table="timeline_consistency.csv",
                                sentence=f"{plural(len(table) - MAX_FLAGS, 'more date conflict')} in the timeline "
                                         f"chapter."))
    dates = read_table(data, "publication_dates.csv", ("article_id", "published", "conflicts"))
    contradicted = [] if dates is None else sorted(
        ((row, [c.strip() for c in row.conflicts.split(" | ") if c.strip()])
         for row in dates[dates.conflicts.str.strip() != ""].itertuples()), key=lambda item: -len(item[1]))
    for row, clues in sorted(contradicted[:MAX_ARTICLES], key=lambda item: item[0].article_id):
        findings.append(Finding(rank=27, kind="dates conflict", table="publication_dates.csv",
                                sentence=f"The publication date of {row.article_id} ({row.published or 'undated'}) "
                                         f"is contradicted by {plural(len(clues), 'clue')} in the text.",
                                detail=" | ".join(shorten(c, 200) for c in clues[:MAX_FLAGS])))
    if len(contradicted) > MAX_ARTICLES:
        rest = sorted(row.article_id for row, _ in contradicted[MAX_ARTICLES:])
        findings.append(Finding(rank=28, kind="dates conflict", table="publication_dates.csv",
                                sentence=f"The publication dates of {plural(len(rest), 'more article')} are "
                                         f"contradicted by clues in their text: {listing(rest)}."))
    return findings


# 4. The sources the coverage rests on ---------------------------------------------------------------------------

def sources_relied_on(data: Path) -> list[Finding]:
    sources = read_table(data, "sources.csv", ("article_id", "source"))
    findings = []
    if sources is not None and len(sources):
        weight = sum(pd.to_numeric(sources[c], errors="coerce").fillna(0) for c in ("quotes", "paraphrases")
                     if c in sources)
        sources = sources.assign(weight=weight if not isinstance(weight, int) else 1)
        total = sources.weight.sum()
        by = (sources.groupby("source").agg(weight=("weight", "sum"), articles=("article_id", "nunique"),
                                            kind=("source_type", "first") if "source_type" in sources
                                            else ("source", "first"))
              .sort_index().sort_values(["weight", "articles"], ascending=False, kind="stable"))
        top = by.head(MAX_NAMES)
        named = listing([f"{described(name)} ({kind + ', ' if 'source_type' in sources and kind else ''}"
                         f"{plural(row_weight, 'statement')} in {plural(n, 'article')})"
                         for name, row_weight, n, kind in zip(top.index, top.weight, top.articles, top.kind)])
        if len(by) > len(top):
            share = top.weight.sum() / total if total else 0
            sentence = (f"The coverage rests on {named}: {share:.0%} of the {number(total)} attributed statements "
                        f"come from these {plural(len(top), 'source')} of {number(len(by))}.")
        else:
            sentence = f"The coverage rests on {named}, the only {plural(len(by), 'source')} it attributes."
        if "anonymous" in sources:
            anonymous = sources[truthy(sources.anonymous)].weight.sum()
            if total:
                sentence += (f" {anonymous / total:.0%} of the statements are from anonymous sources." if anonymous
                             else " None is from an anonymous source.")
        evidence = []
        if "evidence" in sources:
            first = sources[(sources.source == top.index[0]) & (sources.evidence.str.strip() != "")]
            evidence = located(first.article_id.iloc[0], first.evidence.iloc[0]) if len(first) else []
        findings.append(Finding(rank=35, kind="sources", sentence=sentence, evidence=evidence, table="sources.csv"))
    citations = read_table(data, "citations.csv", ("article_id", "citing", "cited"))
    if citations is not None and len(citations) and "reason" in citations:
        taken = citations[citations.reason.str.contains("translation or summary", case=False)]
        if len(taken):
            outlets = taken.groupby("cited").article_id.apply(lambda ids: ", ".join(sorted(set(ids))))
            articles = read_table(data, "articles.csv", ("article_id", "status"))
            n = len(articles[articles.status == "ok"]) if articles is not None else None
            listed = listing([f"{outlet} ({ids})" for outlet, ids in outlets.items()])
            findings.append(Finding(
                rank=36, kind="sources", table="citations.csv",
                sentence=f"{plural(taken.article_id.nunique(), 'article')}" + (f" of {n}" if n else "")
                         + f" are translations or summaries of another outlet's reporting: {listed}; their "
                           f"sources are that outlet's."))
    return findings


# 5. Low-confidence inferences -----------------------------------------------------------------------------------

def low_confidence_inferences(data: Path) -> list[Finding]:
    findings = []
    dates = read_table(data, "publication_dates.csv", ("article_id", "published", "earliest", "latest", "provenance"))
    if dates is not None:
        unsure = []
        for row in dates[dates.provenance != "given"].itertuples():
            confidence = str(getattr(row, "confidence", "")).strip()
            try:
                span = pd.Timestamp(row.latest) - pd.Timestamp(row.earliest)  # NaT when either end is blank
            except ValueError:
                span = pd.NaT
            days = None if pd.isna(span) else span.days
            if confidence == "low" or not row.published.strip() or (not confidence and (days is None or
                                                                                         days >= WIDE_DATE_SPAN)):
                unsure.append(f"{row.article_id} ({row.published or 'undated'}; possible {row.earliest or '?'} to "
                              f"{row.latest or '?'})")
        if unsure:
            findings.append(Finding(rank=50, kind="inferred date", table="publication_dates.csv",
                                    sentence=f"Publication dates inferred from the text with low confidence: "
                                             f"{listing(unsure)}; the relative dates in these articles move with "
                                             f"them."))
    metadata = read_table(data, "metadata.csv", ("article_id", "field", "value", "provenance"))
    if metadata is not None:
        guessed = metadata[(metadata.field == "translation_status") & (metadata.provenance == "inferred")
                           & (metadata.value == "machine_translation")]
        if len(guessed):
            findings.append(Finding(rank=55, kind="inferred translation", table="metadata.csv",
                                    sentence=f"Machine translation inferred from signs in the text, not stated: "
                                             f"{', '.join(sorted(guessed.article_id))}."))
    quotes = read_table(data, "quotes.csv", ("article_id", "speaker"))
    if quotes is not None and len(quotes):
        unattributed = quotes[quotes.speaker.str.strip() == ""]
        pronoun = quotes[quotes.get("reason", pd.Series("", index=quotes.index)).str.contains("pronoun")]
        parts = []
        if len(pronoun):
            parts.append(f"{plural(len(pronoun), 'quotation')} attributed through a pronoun "
                         f"(speaker guessed as the nearest person named before)")
        if len(unattributed):
            parts.append(f"{plural(len(unattributed), 'quotation')} with no speaker found")
        if parts:
            findings.append(Finding(rank=60, kind="inferred speaker", table="quotes.csv",
                                    sentence=f"Of {plural(len(quotes), 'quotation')}: {'; '.join(parts)}."))
    return findings
