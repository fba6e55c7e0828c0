"""Web debris and wire furniture on invented pages: captions ending in a credit, author blurbs, comment and
newsletter boxes, wire datelines and agency bylines; and the article lines that look like them but stay."""

from __future__ import annotations

import pytest

from analysis import debris
from analysis.corpus import load_corpus


@pytest.mark.parametrize("line", [
    "Firefighters walk past a burned bus in Ostrel, Valdoria, May 4, 2024. REUTERS/Jana Kovic",
    "A rescuer carries a dog out of the flooded village of Lenz. Photograph: Pieter Haan/AP",
    "Mayor Tomas Brill at a rally in Castelo. Ivan Morel / TASS",
    "Ruined houses on the edge of Brovik. Photograph: Civil Defence/Handout via Reuters",
    "Protesters gather outside the court in Tarn on Monday. Anna Ruiz/Pool via REUTERS",
    "epa01234567 Soldiers rest near a checkpoint outside Lenz.",
    "Credit...Marta Solis for The Valley Ledger",
    "Picture: Getty",
    "Mayor Tomas Brill, who was elected in March, has said little about the floods, but on Tuesday he visited "
    "the worst-hit streets of Ostrel, where residents had spent two nights on their roofs waiting for boats to "
    "reach them Picture: Getty",
])
def test_a_caption_ending_in_a_credit_is_stripped(line):
    found = debris.classify_line(line)
    assert found is not None and found.reason == debris.CAPTION


@pytest.mark.parametrize("line", [
    "The statement was sent to journalists via Reuters.",
    "A poll by AP/NORC found support for the plan fell.",
    "The minister flew on to Paris/Berlin",
    "\u201cWe sent the pictures via Reuters,\u201d the mayor said.",
])
def test_sentences_naming_agencies_and_slashes_stay(line):
    assert debris.classify_line(line) is None


@pytest.mark.parametrize("line, reason", [
    ("Jane Roe is a reporter at the Valley Ledger covering courts and crime.", debris.AUTHOR_BLURB),
    ("Tom Brill is a senior correspondent based in Castelo. Follow him on X @tbrill.", debris.AUTHOR_BLURB),
    ("About the author", debris.PROMO),
    ("Leave a Reply", debris.PROMO),
    ("Your email address will not be published. Required fields are marked *", debris.PROMO),
    ("Join the conversation", debris.PROMO),
    ("Comments (12)", debris.PROMO),
    ("Most viewed", debris.PROMO),
    ("Related coverage", debris.PROMO),
    ("Tags: floods, Tarn valley, weather", debris.PROMO),
    ("MORE: Valley towns brace for a second storm", debris.PROMO),
    ("Get the morning briefing delivered to your inbox.", debris.PROMO),
    ("Support independent journalism. Donate today.", debris.PROMO),
    ("Already a subscriber? Log in", debris.PROMO),
    ("Link copied to clipboard", debris.NAVIGATION),
    ("Listen to article", debris.NAVIGATION),
    ("1 / 42", debris.NAVIGATION),
])
def test_blurbs_comment_and_newsletter_furniture(line, reason):
    found = debris.classify_line(line)
    assert found is not None and found.reason == reason


@pytest.mark.parametrize("line", [
    "Anna Berg is a journalist who was detained in March by the police.",
    "Olga Roe is a lawyer covering the cases of inmates, she said.",
    "Anna Berg, a reporter at the Valley Ledger covering courts, said the judge had left.",
    "The company changed its privacy policy in March after the leak.",
    "More than 200 people were evacuated, officials said.",
    "Comments from residents were mostly angry, the mayor said.",
    "Related to the floods, the council also voted on a new barrier.",
])
def test_lines_of_the_story_that_look_like_furniture_stay(line):
    assert debris.classify_line(line) is None


@pytest.mark.parametrize("line, outlet", [
    ("From the Associated Press", "Associated Press"),
    ("BY JANE ROE from the Associated Press", "Associated Press"),
])
def test_an_agency_byline_names_the_outlet(line, outlet):
    found = debris.classify_line(line)
    assert (found.reason, found.given_outlet) == (debris.BYLINE, outlet)


def test_from_a_place_is_no_byline():
    assert debris.classify_line("From Moscow") is None


STORY = ("Floods cut off six mountain villages in the south of the country on Friday, the emergencies ministry "
         "said, and rescuers used boats to reach stranded residents.\n"
         "Officials said the water would not fall before the weekend.\n")


@pytest.mark.parametrize("dateline, outlet", [
    ("(AFP) - ", "Agence France-Presse"),
    ("LENZ, March 3 (Xinhua) -- ", "Xinhua"),
    ("SÃO TOMÉ (Reuters) - ", "Reuters"),
    ("CASTELO, Valdoria (dpa) - ", "Deutsche Presse-Agentur"),
])
def test_a_wire_dateline_of_any_major_agency_names_the_outlet(write_corpus, dateline, outlet):
    article = load_corpus(write_corpus({"001_f.txt": "Floods cut off villages\n" + dateline + STORY}))["001"]
    assert article.value("original_outlet") == outlet and article.value("outlet") == outlet
    assert "dateline" in article.meta["original_outlet"].evidence
