"""Publication dates: the best, earliest and latest date an article can have been published, with evidence.

In: a loaded `Article`. Out: a `PublicationDate` (ISO dates as strings, '' when unknown) whose evidence lists
each clue: a date line or manifest value (`given`), or dates and time phrases in the text (`inferred`).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import TYPE_CHECKING

from dateutil import parser as dateparser

if TYPE_CHECKING:
    import pandas as pd

    from .corpus import Article


@dataclass(frozen=True)
class Clue:
    """One piece of evidence: the text it rests on, its offsets in the body (-1 when outside it), the reason."""

    text: str
    reason: str
    start: int = -1
    end: int = -1


@dataclass
class PublicationDate:
    best: str = ""
    earliest: str = ""
    latest: str = ""
    provenance: str = "unknown"  # given | inferred | unknown
    evidence: list[Clue] = field(default_factory=list)

    def evidence_text(self) -> str:
        return " | ".join(f"{c.reason}: {c.text}" for c in self.evidence)


def parse_given_date(value: str) -> date | None:
    """A date as written on a date line or in the manifest (ISO first, then day-first free text)."""
    try:
        return date.fromisoformat(value.strip())
    except ValueError:
        pass
    try:
        return dateparser.parse(value, dayfirst=True, fuzzy=True).date()
    except (ValueError, OverflowError):
        return None


def infer_publication_date(article: Article) -> PublicationDate:
    """The publication date of one article from what the file states."""
    for name in ("published", "given_date"):
        if name in article.meta and (day := parse_given_date(article.meta[name].value)):
            clue = Clue(article.meta[name].evidence, f"stated {'in the manifest' if name == 'published' else 'in the file'}")
            return PublicationDate(day.isoformat(), day.isoformat(), day.isoformat(), "given", [clue])
    return PublicationDate(evidence=[Clue("", "no date line and no dated clue in the text")])


def propagate_across_versions(articles: list[Article], relations: pd.DataFrame) -> None:
    """A translation appears no earlier than its original: bound an undated translation by its original's date."""
    by_id = {a.article_id: a for a in articles}
    for article in articles:
        source_id = article.value("translation_of")
        if not source_id or source_id not in by_id:
            continue
        original = by_id[source_id].published
        mine = article.published
        if original.earliest and (not mine.earliest or mine.earliest < original.earliest):
            mine.earliest = original.earliest
            mine.evidence.append(Clue(f"article {source_id} published {original.best or original.earliest}",
                                      "a translation appears no earlier than its original"))
            if not mine.best or mine.best < mine.earliest:
                mine.best = original.best or original.earliest
                mine.provenance = "inferred"
