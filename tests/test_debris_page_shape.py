"""Session 13: web debris read from the page's shape and from kinds of furniture that recur across sites (photo
counters, language links, reading times, archive notices, captions written as sentences, other stories' headlines
and cards), on invented pages and lines."""

from __future__ import annotations

import pytest

from analysis import debris
from analysis.corpus import load_article

LEAD = ("The council of Lenz voted on Tuesday to spend 4 million crowns on barriers along the river, after two "
        "winters in which the old town flooded twice and shops stayed shut for weeks.")
SECOND = ("Mayor Tomas Brill said the work would start in March and last about a year, with the first section "
          "built next to the market square where the water rose highest.")
THIRD = ("Shop owners on the square said they had waited long enough, and several asked the council to pay for the "
         "sandbags they had bought themselves during the last two floods.")


def _article(tmp_path, text):
    path = tmp_path / "001_page.txt"
    path.write_text(text, encoding="utf-8")
    return load_article(path, describe=False)


def _reason(line, next_line="", previous_line=""):
    found = debris.classify_line(line, next_line, previous_line)
    return found.reason if found else None


@pytest.mark.parametrize("line", ["9 photos", "12 Photos", "View 24 photos", "Gallery: 7 images", "3 videos"])
def test_photo_counters_are_counters(line):
    assert _reason(line) == debris.COUNTER


@pytest.mark.parametrize("line", ["Leer en español", "Lire en français", "Auf Deutsch lesen", "Ler em português",
                                  "Leggi in italiano", "Czytaj po polsku", "Читати українською", "En español",
                                  "Versión en español", "English version", "Deutsch"])
def test_a_link_to_the_page_in_another_language_is_navigation(line):
    assert _reason(line) == debris.NAVIGATION


@pytest.mark.parametrize("line", ["Estimated read time: 4-5 minutes", "Reading time: 6 minutes", "Politics2 min read",
                                  "World · 3 min read", "4 minute read", "Lenz Valley 5-minute read"])
def test_reading_times_are_widget_data(line):
    assert _reason(line) == debris.WIDGET_DATA


@pytest.mark.parametrize("line", [
    "This archived news story is available only for your personal, non-commercial use. Information in the story may "
    "be outdated or superseded by additional information.",
    "This is an archived article and the information in the article may be outdated. Please look at the time stamp "
    "on the story to see when it was last updated.",
    "This story is from our archives and may not reflect current guidance."])
def test_archive_notices_are_site_disclaimers(line):
    assert _reason(line) == debris.DISCLAIMER


@pytest.mark.parametrize("line", [
    "Mayor Tomas Brill speaks at a news conference in Lenz on Tuesday.",
    "Jana Kovic gestures during a council meeting in Ostrel, March 3, 2024.",
    "A rescuer holds a child on the flooded square of Lenz on Friday.",
    "Volunteers fill sandbags by the river on Tuesday. (Pieter Haan/for The Valley Ledger)",
    "A tug pulls a barge past the old dam on Friday. ((Anna Berg/Lenz Press Agency))",
    "Farmers gather at the market hall on Sunday. (Photo: Anna Berg / Valley Ledger)"])
def test_captions_written_as_sentences_are_captions(line):
    assert _reason(line) == debris.CAPTION


@pytest.mark.parametrize("line", [
    "Mayor Tomas Brill speaks for many in Lenz when he says the river can no longer be trusted.",
    "The mayor said on Tuesday that work would start in March.",
    "Brill travels to Ostrel on Tuesday to sign the contract, his office said.",
    "The dam holds about 3 million cubic metres of water (Lenz/Ostrel).",
    "She holds a degree in hydrology from the university in Ostrel."])
def test_story_sentences_like_captions_stay(line):
    assert debris.classify_line(line) is None


def test_a_caption_closed_by_where_its_picture_is_from_is_a_caption():
    assert _reason("Volunteers fill sandbags by the river in Lenz Photo from the council video") == debris.CAPTION
    assert _reason("Volunteers fill sandbags by the river in Lenz, as a photo from the council shows.") is None


def test_an_icons_description_is_navigation():
    assert _reason("Chevron icon It indicates an expandable section or menu, or a next page. Homepage") == \
        debris.NAVIGATION
    assert _reason("Close icon") == debris.NAVIGATION
    assert _reason("Fashion icon Jana Kovic died in Lenz on Tuesday at the age of 81.") is None


@pytest.mark.parametrize("line", ["Â", "Â Â", "â€‹"])
def test_a_line_of_garbled_no_break_spaces_is_a_separator(line):
    assert _reason(line) == debris.SEPARATOR


def test_an_empty_attribution_and_a_note_that_the_text_is_rewritten_are_debris():
    assert _reason("According to") == debris.BYLINE
    assert _reason("The material in this article is written on the basis of another article.") == debris.SYNDICATION
    assert _reason("This post is based on an article published by the Valley Ledger.") == debris.SYNDICATION
    assert debris.classify_line("According to the council, the work will take a year.") is None


def test_a_link_label_over_a_bare_address_is_a_source_line():
    assert _reason("Content Original Link:", "https://valleyledger.example/lenz-floods/") == debris.SOURCE_LINE
    assert debris.classify_line("The council listed three reasons:", "https://lenz.example/report") is None


def test_a_section_glued_to_the_headline_printed_again_below_is_a_breadcrumb(tmp_path):
    article = _article(tmp_path, "\n\n".join([
        "NewsLenz council approves new flood barriers", "Lenz council approves new flood barriers", LEAD, SECOND]))
    assert article.title == "Lenz council approves new flood barriers"
    assert [p.text for p in article.paragraphs] == [LEAD, SECOND]

