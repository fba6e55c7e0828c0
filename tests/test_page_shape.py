"""The page-shape rules (`analysis.page_shape`): debris and site names read from the whole page rather than one
line (other stories' headlines, cards and teasers, a site's promo over the headline, what follows the story, the
site's name at the page's end, the site's clock over the headline), on invented pages."""

from __future__ import annotations

import pytest

from analysis import debris
from analysis.corpus import load_article, load_corpus
from test_debris_page_shape import LEAD, SECOND, THIRD  # the same invented council story

STORY = ("Floods cut off six mountain villages in the south of the country on Friday, the emergencies ministry "
         "said, and rescuers used boats to reach stranded residents.\n"
         "Officials said the water would not fall before the weekend.\n")
LONG_STORY = STORY + ("Rescuers in boats reached two of the villages by Saturday evening and brought food, water and "
                      "medicine to the families who had stayed behind.\n"
                      "The mayor of Lenz said the bridge over the river would take at least a year to rebuild.\n")
HEADLINE = "Lenzia sends convicts to the front in new penal units"
WAR_LEAD = ("The Lenzian army has formed penal units from convicts and sent them to the front, the general staff of the "
            "neighbouring country said on Tuesday.\n\nThe units were set up in March and have lost most of their men "
            "in the fighting near the river, officials said.\n")


def _article(tmp_path, text):
    path = tmp_path / "001_page.txt"
    path.write_text(text, encoding="utf-8")
    return load_article(path, describe=False)


def load(write_corpus, text: str):
    return load_corpus(write_corpus({"001_p.txt": text}))["001"]


# other stories' headlines, cards and teasers; a site's promo over the headline; keywords between paragraphs


def test_another_storys_headline_between_paragraphs_goes(tmp_path):
    other = "Harbour strike in Port Alder enters its third week as talks collapse"
    article = _article(tmp_path, "\n\n".join(["Lenz council approves new flood barriers", LEAD, other, SECOND, THIRD]))
    assert [p.text for p in article.paragraphs] == [LEAD, SECOND, THIRD]
    assert {r.text: r.reason for r in article.removed}[other] == debris.LINK_LIST


def test_other_stories_cards_after_the_story_go(tmp_path):
    cards = ["Opinion", "Editorial", "Dry wells", "Updated 25 May, 2024", "Dry wells",
             "The drought in the south needs a plan that outlasts one season of rain.",
             "Port tolls", "24 May, 2024", "Port tolls",
             "IT seems, at best, a hasty measure and, at worst, a way to tax the harbour twice. A...",
             "Night trains", "23 May, 2024", "Night trains", "Valdoria's rail board has cut the last night tr"]
    article = _article(tmp_path, "\n\n".join(["Lenz council approves new flood barriers", LEAD, SECOND, THIRD] + cards))
    assert [p.text for p in article.paragraphs] == [LEAD, SECOND, THIRD]


def test_linked_headlines_and_their_teasers_under_a_list_header_go(tmp_path):
    teaser = ("A fire on Wednesday at a boatyard that builds ferries for the lake left six workers in hospital with "
              "burns and smoke injuries.")
    cards = ["RELATED", "Ladder drills for small crews", "Pump checks before the winter", "Boatyard fire in Ostrel",
             teaser, "After two deaths, Tarn asks drivers to stop parking on hydrants",
             "Twice this month fire crews in Tarn lost minutes to cars parked on hydrants, and the town now plans "
             "fines for drivers who do it again."]
    article = _article(tmp_path, "\n\n".join(["Lenz council approves new flood barriers", LEAD, SECOND, THIRD] + cards))
    assert [p.text for p in article.paragraphs] == [LEAD, SECOND, THIRD]


def test_a_promo_paragraph_of_the_site_over_the_headline_and_its_byline_goes(tmp_path):
    promo = "The Valley Fund was set up in response to the floods that hit the Tarn valley in the spring of 2022."
    title = "Lenz council approves new flood barriers after two winters of floods"
    article = _article(tmp_path, "\n\n".join([promo, title, "Jana Kovic", LEAD, SECOND, THIRD]))
    assert article.title == title
    assert [p.text for p in article.paragraphs] == [LEAD, SECOND, THIRD]


def test_a_few_lower_case_words_between_paragraphs_go(tmp_path):
    article = _article(tmp_path, "\n\n".join(["Lenz council approves new flood barriers", LEAD, "flood barriers lenz",
                                              SECOND, THIRD]))
    assert [p.text for p in article.paragraphs] == [LEAD, SECOND, THIRD]


# what follows the story


def test_headlines_written_as_sentences_under_a_list_header_after_the_story_go(tmp_path):
    article = _article(tmp_path, "\n".join([
        "Lenz council approves new flood barriers", LEAD, SECOND, "Related posts:",
        "Storm closes the port of Ostrel for a second day",
        "Valdoria says its grain stores are safe after the warehouse fire.",
        "Farmers in Tarn count losses after the hail",
        "Why do old dams fail in spring in the Tarn valley?"]))
    assert [p.text for p in article.paragraphs] == [LEAD, SECOND]
    reasons = {r.text: r.reason for r in article.removed}
    assert reasons["Valdoria says its grain stores are safe after the warehouse fire."] == debris.LINK_LIST
    assert reasons["Why do old dams fail in spring in the Tarn valley?"] == debris.LINK_LIST


def test_a_link_to_the_copys_origin_after_the_story_is_a_source_line(tmp_path):
    closing = "Residents can read the plans at www.lenz-council.net before the vote."
    article = _article(tmp_path, "\n".join([
        "Lenz council approves new flood barriers", LEAD, SECOND, closing, "Article source: valleypost.net",
        "from Lenz Wire Feed Records Found 200 https://ift.tt/abc123"]))
    assert [p.text for p in article.paragraphs] == [LEAD, SECOND, closing]
    assert {r.reason for r in article.removed} == {debris.SOURCE_LINE}


def test_a_label_the_page_prints_again_and_again_between_paragraphs_goes(tmp_path):
    third = ("The town's engineers said the barriers would be tested against the highest flood on record before "
             "the council paid the last part of the bill next year.")
    article = _article(tmp_path, "\n".join(["Lenz council approves new flood barriers", "Page body", LEAD,
                                            "Page body", SECOND, "Page body", third]))
    assert [p.text for p in article.paragraphs] == [LEAD, SECOND, third]


def test_a_short_label_among_the_boxes_after_the_story_goes(tmp_path):
    article = _article(tmp_path, "\n".join(["Lenz council approves new flood barriers", LEAD, SECOND,
                                            "Dish of the week", "Tags", "Recommended for you", "Load comments"]))
    assert [p.text for p in article.paragraphs] == [LEAD, SECOND]


# what follows the story: signatures, buttons, tables, widgets, teasers


def test_tags_a_signature_and_a_cut_off_box_after_the_story_are_stripped(write_corpus):
    page = ("Floods cut off villages in the Tarn valley\n" + STORY + "They will not forget. Never.\nJana Kovic\n"
            "Floods, Valdoria\nSign up for our free weekly newsletter\nA Message fro\n")
    article = load_corpus(write_corpus({"001_t.txt": page}))["001"]
    reasons = {r.text: r.reason for r in article.removed}
    assert reasons["Jana Kovic"] == debris.BYLINE
    assert reasons["Floods, Valdoria"] == debris.LINK_LIST
    assert reasons["A Message fro"] == debris.FRAGMENT
    assert article.paragraphs[-1].text == "They will not forget. Never."


def test_teasers_each_over_a_read_more_button_are_links(write_corpus):
    teasers = ["Dam repairs begin in LenzThe council voted on Friday to repair the two dams before the winter, "
               "the mayor said after the meeting.",
               "Schools reopen in the Tarn valleyPupils returned to class on Monday after two weeks at home.",
               "Rescuers praised by the mayor of"]
    page = ("Floods cut off villages in the Tarn valley\n" + STORY + "Similar News:\n" + teasers[0] +
            "\nRead more \u00bb\n" + teasers[1] + "\nRead more \u00bb\n" + teasers[2] + "\n")
    article = load_corpus(write_corpus({"001_r.txt": page}))["001"]
    reasons = {r.text: r.reason for r in article.removed}
    assert [reasons.get(t) for t in teasers] == [debris.LINK_LIST] * 3
    assert [p.text for p in article.paragraphs] == STORY.splitlines()


def test_a_lone_word_after_the_story_is_furniture(write_corpus):
    page = "Floods cut off villages\n" + STORY + "Source\nX\n"
    article = load_corpus(write_corpus({"001_s.txt": page}))["001"]
    assert [p.text for p in article.paragraphs] == STORY.strip().split("\n")
    assert {r.text for r in article.removed} == {"Source", "X"}


def test_a_table_of_results_after_the_story_is_stripped_with_its_heads(write_corpus):
    rows = "\n".join(f"{rank} {team} 21 {points}" for rank, team, points in [
        (1, "Lenz Rooks", 49), (2, "Valdor", 43), (3, "Port Alder", 41), (4, "Old Mill", 35)])
    text = "Floods cut off six villages\n" + LONG_STORY + "Regional League\nTeam M Pts\n" + rows + "\n"
    article = load_corpus(write_corpus({"001_a.txt": text}))["001"]
    assert [r.reason for r in article.removed] == [debris.WIDGET_DATA] * 6
    assert article.body.endswith("at least a year to rebuild.")


def test_a_widget_in_another_script_after_an_english_story_is_stripped(write_corpus):
    widget = ("\u041f\u043e\u043f\u043e\u043b\u043d\u0435\u043d\u0438\u0435 \u0441\u0447\u0435\u0442\u0430\n1\n"
              "\u0421\u0443\u043c\u043c\u0430 \u043a \u043e\u043f\u043b\u0430\u0442\u0435 (\u0433\u0440\u043d):\n"
              "2\n\u0417\u0430\u043a\u0440\u044b\u0442\u044c\n")  # "Top up", "Sum to pay (UAH):", "Close"
    article = load_corpus(write_corpus({"001_a.txt": "Floods cut off six villages\n" + LONG_STORY + widget}))["001"]
    assert [r.reason for r in article.removed] == [debris.WIDGET_DATA] * 5
    assert article.body.endswith("at least a year to rebuild.")


# the site's name at the page's end


@pytest.mark.parametrize("footer, outlet", [
    ("\u00a9 2024 Valley Ledger. All rights reserved.", "Valley Ledger"),
    ("Copyright Valley Ledger 2024", "Valley Ledger"),
    ("Read more on Valley Courier", "Valley Courier"),
])
def test_a_copyright_or_read_more_line_names_the_publisher(write_corpus, footer, outlet):
    article = load(write_corpus, HEADLINE + "\n\n" + WAR_LEAD + "\n" + footer + "\n")
    assert article.value("outlet") == outlet and article.value("original_outlet") == outlet
    assert footer not in article.body


def test_read_the_original_article_names_the_copy_source(write_corpus):
    article = load(write_corpus, HEADLINE + "\n\n" + WAR_LEAD + "\nRead the original article on Valley Courier\n")
    assert article.value("original_outlet") == "Valley Courier" and article.value("outlet") == ""


def test_an_article_sourced_from_line_names_the_source(write_corpus):
    text = HEADLINE + "\n\n" + WAR_LEAD + "\nArticle sourced from Valley Courier, read in full using the link above.\n"
    article = load(write_corpus, text)
    assert article.value("original_outlet") == "Valley Courier" and "sourced" not in article.body


# the site's clock over the headline


@pytest.mark.parametrize("story_day, stated", [
    ("on Tuesday March 4", ""),  # months before the date over the headline: the site's clock
    ("on Tuesday, October 10", "2023-10-13"),  # three days before it: the story's date
])
def test_a_date_line_over_the_headline_that_the_story_contradicts_is_the_site_clock(write_corpus, story_day, stated):
    text = ("Friday, October 13, 2023\n\nCastelo bridge reopens after two years of repairs\n\nThe bridge over the "
            f"Lenz river at Castelo reopened to traffic {story_day}, the regional roads office said in a statement.\n\n"
            "Lorries will have to wait until the spring, when the last checks of the old piers are done.\n")
    article = load_corpus(write_corpus({"001_p.txt": text}))["001"]
    given = article.meta.get("given_date")
    assert (given.value if given else "") == ("October 13, 2023" if stated else "")
    assert article.title == "Castelo bridge reopens after two years of repairs"


# the site's own channels after the story; a gallery's captions between the paragraphs (session 15)


def test_the_sites_own_channels_after_the_story_go_with_the_label_over_them(tmp_path):
    text = "\n\n".join(["Lenz votes for river barriers", LEAD, SECOND, THIRD, "More from", "LNZ7 Weather Cams",
                        "LNZ7 on Instagram", "LNZ7 Morning Show Replay", "Vote in the LNZ7 reader polls on Pollbox"])
    article = _article(tmp_path, text)
    assert article.paragraphs[-1].text == THIRD and "LNZ7" not in article.body and "More from" not in article.body


def test_a_list_the_story_announces_after_it_stays(tmp_path):
    text = "\n\n".join(["Lenz votes for river barriers", LEAD, SECOND, THIRD,
                        "The council named the teams that will build it:", "Brill Works North", "Brill Works South",
                        "Brill Works Harbour"])
    article = _article(tmp_path, text)
    assert "Brill Works Harbour" in article.body


def test_a_gallerys_captions_between_the_paragraphs_go(tmp_path):
    tail = (", in the old town of Lenz north of the capital, after the river flooded the market square with mud. "
            "Some shops were moved to higher floors, but others still stood in the water.")
    captions = ["A nurse of the clinic of Lenz carries a monitor" + tail,
                "Workers of the clinic of Lenz carry a patient's bed" + tail,
                "Workers of the clinic of Lenz carry an incubator" + tail]
    text = "\n".join(["Lenz clinic flooded after storm", LEAD, captions[0], SECOND, captions[1], THIRD, captions[2]])
    article = _article(tmp_path, text)
    assert [p.text for p in article.paragraphs] == [LEAD, SECOND, THIRD]


def test_a_paragraph_rewritten_below_itself_is_no_gallery(tmp_path):
    twice = [LEAD, LEAD.replace("voted on Tuesday", "voted late on Tuesday"),
             LEAD.replace("voted on Tuesday", "finally voted on Tuesday")]
    article = _article(tmp_path, "\n".join(["Lenz votes for river barriers"] + twice + [SECOND]))
    assert len(article.paragraphs) == 4
