"""The key findings at the top of the report, written from the CSVs the notebooks leave in OUT/data.

In: the data folder. Out: a list of `Finding(topic, files, points)`, each point one plain-text sentence (the
page template escapes it). One finding per analysis whose CSVs exist: a missing file or column skips that
finding (or that sentence), so the report builds at every stage of the project and on any corpus.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd

TRUE_WORDS = {"true", "1", "yes"}
MAX_NAMES = 3
MAX_TEXT = 160


@dataclass
class Finding:
    topic: str
    files: list[str]
    points: list[str] = field(default_factory=list)


def key_findings(data: Path) -> list[Finding]:
    """Every finding the data supports, in the order of the analyses."""
    writers = (corpus_finding, sourcing_finding, numbers_finding, timeline_finding, translation_finding)
    return [finding for write in writers if (finding := write(data)) and finding.points]


def read_table(data: Path, name: str, columns: tuple[str, ...]) -> pd.DataFrame | None:
    """The CSV if it exists, parses and has `columns`; else None."""
    path = data / name
    if not path.is_file():
        return None
    try:
        table = pd.read_csv(path, dtype=str, keep_default_na=False)
    except (pd.errors.EmptyDataError, pd.errors.ParserError, UnicodeDecodeError):
        return None
    return table if set(columns) <= set(table.columns) else None


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


def shorten(text: str, limit: int = MAX_TEXT) -> str:
    text = " ".join(str(text).split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def plural(n: int, word: str, words: str | None = None) -> str:
    return f"{number(n)} {word if n == 1 else (words or word + 's')}"


def corpus_finding(data: Path) -> Finding | None:
    articles = read_table(data, "articles.csv", ("article_id", "status"))
    if articles is None:
        return None
    finding = Finding("The corpus", ["articles.csv"])
    ok = articles[articles.status == "ok"]
    words = f" ({number(pd.to_numeric(ok.words, errors='coerce').sum())} words)" if "words" in ok else ""
    others = articles[articles.status != "ok"]
    problems = f"; not analysed: {counted(others.status, limit=10)}" if len(others) else ""
    finding.points.append(f"{plural(len(articles), 'input file')}, {plural(len(ok), 'analysable article')}"
                          f"{words}{problems}.")
    if "outlet" in ok and len(ok):
        outlets = ok.outlet.where(ok.outlet.str.strip() != "", "unknown")
        finding.points.append(f"Publishers: {counted(outlets, limit=6)}.")
    if "published" in ok:
        dates = sorted(d for d in ok.published if d.strip())
        if dates:
            span = dates[0] if dates[0] == dates[-1] else f"{dates[0]} to {dates[-1]}"
            finding.points.append(f"Publication dates: {span} ({len(dates)} of {len(ok)} dated).")
    if {"translation_status", "translation_of"} <= set(ok.columns):
        translated = ok[ok.translation_status == "machine_translation"]
        if len(translated):
            pairs = ", ".join(f"{row.article_id}" + (f" (of {row.translation_of})" if row.translation_of else "")
                              for row in translated.itertuples())
            finding.points.append(f"{plural(len(translated), 'machine translation')}: {pairs}.")
    relations = read_table(data, "relations.csv", ("a_id", "b_id", "kind"))
    if relations is not None and len(relations):
        finding.files.append("relations.csv")
        finding.points.append(f"Related pairs of articles: {counted(relations.kind, limit=5)}.")
    return finding


def sourcing_finding(data: Path) -> Finding | None:
    finding = Finding("Sourcing", [])
    quotes = read_table(data, "quotes.csv", ("article_id", "speaker"))
    if quotes is not None:
        finding.files.append("quotes.csv")
        speakers = quotes.speaker.where(quotes.speaker.str.strip() != "", "unattributed")
        top = ", ".join(
            f"{name} ({plural(n, 'quote')} in {plural(quotes[speakers == name].article_id.nunique(), 'article')})"
            for name, n in speakers[speakers != "unattributed"].value_counts().head(MAX_NAMES).items())
        finding.points.append(f"{plural(len(quotes), 'direct quotation')} in "
                              f"{plural(quotes.article_id.nunique(), 'article')}"
                              + (f"; most quoted: {top}." if top else "."))
    sources = read_table(data, "sources.csv", ("article_id", "source"))
    if sources is not None and len(sources):
        finding.files.append("sources.csv")
        distinct = sources.source.nunique()
        point = f"{plural(distinct, 'distinct source')}"
        if "anonymous" in sources:
            anonymous = sources[truthy(sources.anonymous)].source.nunique()
            point += f", {number(anonymous)} of them anonymous ({anonymous / distinct:.0%})"
        if "source_type" in sources:
            point += f"; by type: {counted(sources.drop_duplicates('source').source_type, limit=5)}"
        finding.points.append(point + ".")
        spread = sources.groupby("source").article_id.nunique()
        shared = spread[spread > 1].sort_index().sort_values(ascending=False, kind="stable")
        if len(shared):
            names = ", ".join(f"{name} ({n} articles)" for name, n in shared.head(MAX_NAMES).items())
            finding.points.append(f"Sources heard in more than one article: {names}.")
    citations = read_table(data, "citations.csv", ("article_id", "cited"))
    if citations is not None and len(citations):
        finding.files.append("citations.csv")
        cited = citations.drop_duplicates(["article_id", "cited"]).cited
        finding.points.append(f"Outlets cited as a source: {counted(cited)}.")
    return finding


def numbers_finding(data: Path) -> Finding | None:
    finding = Finding("Numbers", [])
    numbers = read_table(data, "numbers.csv", ("article_id",))
    if numbers is not None:
        finding.files.append("numbers.csv")
        kinds = f" (by kind: {counted(numbers.kind, limit=5)})" if "kind" in numbers and len(numbers) else ""
        finding.points.append(f"{plural(len(numbers), 'quantity', 'quantities')} in "
                              f"{plural(numbers.article_id.nunique(), 'article')}{kinds}.")
    claims = read_table(data, "claims.csv", ("claim_group", "value"))
    if claims is not None and len(claims):
        finding.files.append("claims.csv")
        finding.points.append(f"{plural(claims.claim_group.nunique(), 'group')} of claims about the same quantity.")
        biggest = sorted(claims.groupby("claim_group"), key=lambda item: (-len(item[1]), str(item[0])))
        for group, rows in biggest[:MAX_NAMES]:
            values = pd.to_numeric(rows.value, errors="coerce")
            if values.notna().any():
                low, high = rows.loc[values.idxmin()], rows.loc[values.idxmax()]
                span = (claim_text(low) if values.min() == values.max()
                        else f"from {claim_text(low)} to {claim_text(high)}")
                finding.points.append(f"“{shorten(group, 80)}”: {span}, across {plural(len(rows), 'claim')}.")
    flags = read_table(data, "number_flags.csv", ("flag",))
    if flags is not None:
        finding.files.append("number_flags.csv")
        if len(flags):
            point = f"{plural(len(flags), 'flagged figure')}: {counted(flags.flag, limit=5)}"
            if "explanation" in flags:
                point += f". For example: {shorten(flags.explanation.iloc[0], 260)}"
            finding.points.append(point + ("" if point.endswith((".", "…")) else "."))
        else:
            finding.points.append("No figure was flagged as inconsistent.")
    return finding


def claim_text(row: pd.Series) -> str:
    """'1,500 (“about 1,500”, article 000, Vladimir Osechkin)' from a claims.csv row."""
    details = [f"“{shorten(row.text, 40)}”" if str(row.get("text", "")).strip() else "",
               f"article {row.article_id}", str(row.get("source", "")).strip()]
    return f"{number(float(row.value))} ({', '.join(d for d in details if d)})"


def timeline_finding(data: Path) -> Finding | None:
    finding = Finding("Timeline", [])
    timex = read_table(data, "timex.csv", ("article_id",))
    if timex is not None:
        finding.files.append("timex.csv")
        finding.points.append(f"{plural(len(timex), 'time expression')} in "
                              f"{plural(timex.article_id.nunique(), 'article')}.")
    timeline = read_table(data, "timeline.csv", ("start", "end", "event"))
    if timeline is not None and len(timeline):
        finding.files.append("timeline.csv")
        dated = timeline[timeline.start.str.strip() != ""].sort_values(["start", "end"], kind="stable")
        if len(dated):
            first, last = dated.iloc[0], dated.iloc[-1]
            finding.points.append(f"{plural(len(timeline), 'event')} from {first.start} to "
                                  f"{max(dated.end.max(), last.start)}; the earliest: "
                                  f"“{shorten(first.event, 120)}” ({first.start}).")
    return finding


def translation_finding(data: Path) -> Finding | None:
    finding = Finding("Translation quality", [])
    alignment = read_table(data, "alignment.csv", ("pair", "chrf"))
    if alignment is not None and len(alignment):
        finding.files.append("alignment.csv")
        for pair, rows in alignment.groupby("pair", sort=True):
            chrf = pd.to_numeric(rows.chrf, errors="coerce").mean()
            bleu = pd.to_numeric(rows.bleu, errors="coerce").mean() if "bleu" in rows else float("nan")
            scores = f"mean chrF {chrf:.1f}" + (f", mean BLEU {bleu:.1f}" if pd.notna(bleu) else "")
            finding.points.append(f"Pair {pair}: {plural(len(rows), 'aligned sentence')}, {scores}.")
    issues = read_table(data, "translation_issues.csv", ("article_id", "category"))
    if issues is not None:
        finding.files.append("translation_issues.csv")
        severity = f"; by severity: {counted(issues.severity, limit=5)}" if "severity" in issues and len(issues) else ""
        categories = f"; by category: {counted(issues.category, limit=4)}" if len(issues) else ""
        finding.points.append(f"{plural(len(issues), 'translation issue')}{severity}{categories}.")
    readability = read_table(data, "readability.csv", ("article_id",))
    if readability is not None and len(readability):
        finding.files.append("readability.csv")
        column = next((c for c in readability.columns if "flesch_reading" in c.lower()), None)
        if column is None:
            column = next((c for c in readability.columns if c != "article_id"
                           and pd.to_numeric(readability[c], errors="coerce").notna().all()), None)
        scores = pd.to_numeric(readability[column], errors="coerce") if column else pd.Series(dtype=float)
        if scores.notna().any():
            easiest, hardest = readability.article_id[scores.idxmax()], readability.article_id[scores.idxmin()]
            name = column.replace("_", " ").capitalize()
            finding.points.append(f"{name}: highest {number(scores.max())} (article {easiest}), lowest "
                                  f"{number(scores.min())} (article {hardest}).")
    return finding
