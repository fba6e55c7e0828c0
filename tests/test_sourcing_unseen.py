"""Sourcing patterns met on real pages the project had not seen, each on a small invented article: who speaks a
quotation and what kind of source they are. The expected values are read from the invented texts."""

from __future__ import annotations

import pytest

from analysis.corpus import load_corpus
from analysis.sourcing import analyse


@pytest.fixture
def run(write_corpus):
    def go(*bodies: str):
        return analyse(load_corpus(write_corpus({f"{i:03d}_page.txt": body for i, body in enumerate(bodies)})))
    return go


def speaker_of(result, fragment: str) -> str:
    rows = result.quotes[result.quotes.quote.str.contains(fragment, regex=False)]
    assert len(rows) == 1, f"{fragment!r} in quotes: {list(result.quotes.quote)}; scare: {list(result.scare_quotes.quote)}"
    return rows.speaker.iloc[0]


def test_an_acronym_after_according_to_is_the_speaker(run):
    result = run("Shares of Lumex fell on Thursday after the company recalled 40,000 heaters.\n\n"
                 "The heater can overheat, Lumex said. The company offers free repairs.\n\n"
                 '"Owners should immediately stop using the recalled heaters and contact Lumex for a free repair," '
                 "according to the OPSC.\n")
    assert speaker_of(result, "Owners should") == "OPSC"  # the parser tags the acronym as a nationality


def test_a_quoted_word_after_described_as_is_the_describers(run):
    result = run('Harbour City coach Dan Morrow has described his side as desperately "unlucky" after two players '
                 "were injured on Sunday.\n")
    assert speaker_of(result, "unlucky") == "Dan Morrow"


def test_a_plea_after_a_quotation_is_no_speech_cue(run):
    result = run("Carl Denton took the stand on Wednesday and denied any knowledge of the plot. He said had he known, "
                 'he "would have never let it happen." His brother and mother have pleaded guilty in the case.\n')
    assert speaker_of(result, "never let it happen") == "Carl Denton"


def test_an_unnamed_youth_who_mentioned_is_the_speaker(run):
    result = run("Keeping his identity private, one of the five men told the Daily Lantern that the agent had tricked "
                 "others before.\n\n"
                 "The youth said that after landing, a man took them to a camp in the north.\n\n"
                 '"During the drive to the camp, we were told that we would guard warehouses," he said.\n\n'
                 'He also mentioned that the man "charged each one of them a fee" of $1,400.\n')
    assert speaker_of(result, "During the drive") == "youth"
    assert speaker_of(result, "charged each one") == "youth"


def test_a_persons_own_name_gives_no_type(run):
    result = run('"The water came up to the windows," said Ellen Mayor, a neighbour of the family.\n\n'
                 '"We had ten minutes to leave," Carl Wagner told reporters.\n')
    types = dict(result.sources[["source", "source_type"]].values)
    assert types == {"Ellen Mayor": "private person", "Carl Wagner": "private person"}
