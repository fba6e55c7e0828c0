"""Session 15: lines of a page's template that no earlier rule told (consent notices, calls to click inside a promo,
a TV show's time slot, long tag lists in mixed case, a site's address alone, a byline naming a site, a writer's
field with the writer's post, an article template's labelled fields, a header's time and day), on invented lines
and pages."""

from __future__ import annotations

import pytest

from analysis import debris
from analysis.corpus import load_corpus

STORY = ("The council of Lenz voted on Tuesday to spend 4 million crowns on barriers along the river, after two "
         "winters in which the old town flooded twice and shops stayed shut for weeks.\n\n"
         "Mayor Tomas Brill said the work would start in March and last about a year, with the first section built "
         "next to the market square where the water rose highest.\n")


def _reason(line):
    found = debris.classify_line(line)
    return found.reason if found else None


@pytest.mark.parametrize("line", [
    "By continuing to browse this website, you agree to our Cookie Policy and Terms of Service.",
    "By using our site you consent to the use of cookies and accept our privacy rules.",
])
def test_a_consent_notice_is_navigation(line):
    assert _reason(line) == debris.NAVIGATION


@pytest.mark.parametrize("line", [
    "Valley Courier - your source for news from the valley and beyond, sport and weather. Click here to subscribe "
    "to our newsletter.",
    "==  Struggling with debt? Click here for advice ==",
    "Catch Anna Berg in the new season of Lake House Lives every Friday, 9/8c.",
    "Join the hosts of Morning Lenz every weekday at 7:30/6:30c",
])
def test_a_call_to_click_or_a_shows_time_slot_is_a_promo(line):
    assert _reason(line) == debris.PROMO


def test_a_story_sentence_telling_of_a_click_is_text():
    assert _reason("Officials said residents could click here and there on the old site but found nothing.") is None


def test_a_long_tag_list_in_mixed_case_is_a_tag_list_wherever_it_stands():
    assert _reason("Valdoria, floods, Lenz, river barriers, Lenz council, Valdoria's army, rescue teams, storms in "
                   "the north of Valdoria, climate") == debris.LINK_LIST
    assert _reason("Lenz, Port Alder, Brill, Castelo, Ostrava and Kel were flooded.") is None  # a sentence


def test_a_sites_address_alone_is_the_site(write_corpus):
    found = debris.classify_line("valleycourier.com")
    assert found.reason == debris.OUTLET_LINE and found.given_outlet == "valleycourier.com"
    assert debris.classify_line("Node.JS") is None
    text = "Rivers rise over Lenz as rain goes on\n\nBy Jane Roe\nvalleycourier.com\n\n" + STORY
    article = load_corpus(write_corpus({"001_a.txt": text}))["001"]
    assert "valleycourier.com" not in article.body


def test_a_byline_naming_a_site_in_lower_case_is_the_site():
    found = debris.classify_line("by lenz daily")
    assert found.reason == debris.BYLINE and found.given_outlet == "Lenz Daily"
    assert debris.classify_line("by sam roe") is None or debris.classify_line("by sam roe").given_outlet is None


@pytest.mark.parametrize("line", ["Author: Ilse Varga Editor of web resources", "Text: Ilse Varga, senior correspondent"])
def test_a_writers_field_with_the_writers_post_is_a_byline(line):
    assert _reason(line) == debris.BYLINE


def test_an_article_templates_date_and_subtitle_fields_are_header_lines():
    assert _reason("Date: May 4, 20XX") == debris.DATE_LINE
    assert _reason("Subtitle: Dams of Lenz hold as the river crests over the old town") == debris.STANDFIRST


@pytest.mark.parametrize("line", ["09:15 4 March Lenz, Valdoria", "21:40 12 October"])
def test_a_headers_time_and_day_without_the_year_is_a_date_line(line):
    assert _reason(line) == debris.DATE_LINE


def test_a_measure_is_no_time_slot_and_an_address_between_paragraphs_is_a_credit():
    assert _reason("Stir in 1/2 c of sugar and the lemon zest") is None
    found = debris.classify_line("valleycourier.com", "The council of Lenz voted on Tuesday to spend money on barriers.",
                                 "Mayor Tomas Brill said the work would start in March and last a year.")
    assert found.reason == debris.CAPTION and found.given_outlet is None
