"""Session 16 (metadata helper): page reading on invented pages written after the misses of an unseen set: browser
notices, comment forms in other languages, paywall and reading-list calls, a site's hashtag line, a garbled line,
and the title found under date lines, labels and a byline's paper."""

from __future__ import annotations

import pytest

from analysis import debris
from analysis.corpus import load_corpus

STORY = (
    "The river Tarn rose by two metres overnight and cut off six villages in the valley, the regional office "
    "said on Tuesday, as rescuers in boats reached the last families stranded on their roofs.\n"
    "Mayor Ivo Marek said the dam at Castelo had held but that the spillway had been opened to relieve it, and "
    "that the water would take at least a week to fall back to its usual level.\n"
    "Engineers from the valley authority inspected the walls of the dam on Wednesday morning and found no new "
    "cracks, according to a statement the authority published after the visit.\n"
)


@pytest.mark.parametrize("line, reason", [
    ("Internet Explorer 10 Not Supported", debris.NAVIGATION),
    ("For the best experience, we recommend Edge, Chrome or Opera.", debris.NAVIGATION),
    ("This site is best viewed in Firefox or Safari", debris.NAVIGATION),
    ("Votre navigateur est obsol\u00e8te", debris.NAVIGATION),
    ("Outdated browser detected", debris.NAVIGATION),
    ("This website is best viewed in Google Chrome.", debris.NAVIGATION),
    ("Su navegador no es compatible", debris.NAVIGATION),
    ("Deixe uma resposta", debris.COMMENT_POLICY),
    ("Lascia una risposta", debris.COMMENT_POLICY),
    ("Schreibe einen Kommentar", debris.COMMENT_POLICY),
    ("Keep reading\u2026", debris.PROMO),
    ("Suggested reading:", debris.PROMO),
    ("Register free to read this report", debris.PROMO),
    ("#ValleyRadioValley Radio fm", debris.LINK_LIST),
    ("\u00c2\u00e5\u00f1\u00fc \u00f2\u00e5\u00ea\u00f1\u00f2 \u00e0\u00f0\u00f5\u00b3\u00e2\u00f3", debris.GARBLED),
])
def test_notices_forms_calls_and_garbled_lines(line, reason):
    found = debris.classify_line(line)
    assert found is not None and found.reason == reason


@pytest.mark.parametrize("line", [
    "Analysts said Chrome and Firefox had gained users in Lenz, and we recommend neither.",
    "The caf\u00e9 on the square re\u00e7oit des \u00e9l\u00e8ves",
    "Register of voters opens in March for the valley's new towns and villages",
    "#1 in the region for the third year",
    "The old town is best viewed in the evening from the bridge over the Tarn.",
    "Back to school",
])
def test_story_lines_like_those_stay(line):
    assert debris.classify_line(line) is None


def _load(write_corpus, page):
    return load_corpus(write_corpus({"001_p.txt": page}))["001"]


def test_a_headline_about_automated_translation_is_no_disclaimer(write_corpus):
    head = "Valley Towns Try Automated Translation at Council Meetings"
    article = _load(write_corpus, head + "\n\n" + STORY)
    assert article.title == head
    assert debris.classify_line(head) is None
    assert debris.classify_line("This page was translated automatically").reason == debris.MT_DISCLAIMER


def test_a_blog_headline_ending_in_an_exclamation_under_its_date_line(write_corpus):
    page = "Tuesday, 4 March 2014\n\nLenz rovers beat Castelo 3-0 in the valley derby!\n\n" + STORY
    article = _load(write_corpus, page)
    assert article.title == "Lenz rovers beat Castelo 3-0 in the valley derby!"
    assert article.meta["given_date"].value.endswith("2014")


def test_a_paper_under_the_byline_is_no_title_and_names_the_outlet(write_corpus):
    page = ("Castelo council weighs new flood barriers for river homes\n\nMara Velden\nThe Castelo Evening Telegram\n\n"
            + STORY)
    article = _load(write_corpus, page)
    assert article.title == "Castelo council weighs new flood barriers for river homes"
    assert article.meta["given_outlet"].value == "The Castelo Evening Telegram"
    assert "Mara Velden" not in article.body and "Telegram" not in article.body


def test_a_headline_cut_off_on_its_date_label_gives_way_to_the_whole(write_corpus):
    page = (" date 2019-04-02 Rivers rise as storm Olga stalls over the\u2026\n\n"
            "Rivers rise as storm Olga stalls over the Tarn valley\n\n" + STORY)
    article = _load(write_corpus, page)
    assert article.title == "Rivers rise as storm Olga stalls over the Tarn valley"
    assert "\u2026" not in article.body


def test_a_headline_under_its_dek_and_section_label_over_its_agency_and_date(write_corpus):
    dek = ("Boats reached the last families in the Tarn valley on Tuesday, two days after the river cut off six "
           "villages.")
    page = dek + "\nValley\nRescuers reach cut-off villages as the Tarn falls\nAFP\nMarch 4, 2014\n" + STORY
    article = _load(write_corpus, page)
    assert article.title == "Rescuers reach cut-off villages as the Tarn falls"
    assert [p.text for p in article.paragraphs] == [dek] + STORY.strip().split("\n")


@pytest.mark.parametrize("line, next_line", [
    ("Screengrab/Courtesy Lenz Council", ""),
    ("Photo courtesy of the Castelo Fire Department", ""),
    ("Volunteers fill sandbags by the river. Screenshot from video posted by Lenz Police.", ""),
    ("Residents follow the council vote on a tablet. Image courtesy of Valley Council.", ""),
])
def test_courtesy_credits_and_captions_naming_where_the_picture_is_from(line, next_line):
    found = debris.classify_line(line, next_line, "A paragraph of the story ends here with its full stop.")
    assert found is not None and found.reason == debris.CAPTION


@pytest.mark.parametrize("line", [
    "Photos from the scene show the bridge under water.",
    "Courtesy of the mayor, every family got sandbags on Tuesday.",
])
def test_sentences_on_pictures_and_courtesy_stay(line):
    assert debris.classify_line(line) is None


def test_an_alt_text_describing_the_shot_over_its_caption_and_credit(write_corpus):
    alt = ("Wide shot of a flooded street where two men push a car through brown water (the houses behind them are "
           "dark). A woman watches from a balcony above them.")
    page = ("Tarn floods cut off six villages\n\n" + alt + "\nMen push a stalled car in Lenz. Photo courtesy of Lenz "
            "Police.\nCourtesy Lenz Police\n" + STORY)
    article = _load(write_corpus, page)
    assert article.title == "Tarn floods cut off six villages"
    assert [p.text for p in article.paragraphs] == STORY.strip().split("\n")


def test_a_one_sentence_headline_over_a_subheading_in_title_case(write_corpus):
    page = "Valdoria sends convict crews to dig its dams.\nConvict Crews Sent to the Valley Dams\n" + STORY
    article = _load(write_corpus, page)
    assert article.title == "Valdoria sends convict crews to dig its dams."


def test_a_short_first_paragraph_over_a_lower_case_crosshead_stays(write_corpus):
    page = "The river rose again on Tuesday in Lenz.\nWhat the mayor said\n" + STORY
    article = _load(write_corpus, page)
    assert article.title == ""


def test_a_post_and_name_alone_between_paragraphs_naming_the_person_is_a_caption():
    before = "\u201cWe will rebuild every bridge before the winter,\u201d Varga said at the council meeting on Monday."
    after = "The council is expected to vote on the plan for the bridges in Lenz at its next meeting in March."
    found = debris.classify_line("Castelo Town Supervisor Mila Varga", after, before)
    assert found is not None and found.reason == debris.CAPTION
    assert debris.classify_line("The Governor Steps Down", after, before) is None  # a crosshead
    assert debris.classify_line("Town Supervisor Mila Varga", after, "The council met on Monday to hear the plan.") \
        is None  # the paragraphs round it do not name her: perhaps a crosshead


@pytest.mark.parametrize("line, reason", [
    ("Search or enter a story's address...Enter keyword...", debris.NAVIGATION),
    ("Enter keywords to find stories", debris.NAVIGATION),
    ("Key Takeaways", debris.WIDGET_DATA),
    ("AI-generated summary", debris.WIDGET_DATA),
    ("9c2e41b7+2", debris.CODE),
    ("Updated Mar 4, 10:15 am est", debris.UPDATED_LINE),
    ("Posted: Sunday, June 2 at 7:40 PM", debris.DATE_LINE),
    ("Updated: Mar 4", debris.UPDATED_LINE),  # its time left out
])
def test_an_aggregators_search_box_summary_labels_hash_and_yearless_stamp(line, reason):
    found = debris.classify_line(line)
    assert found is not None and found.reason == reason


@pytest.mark.parametrize("line", ["Search teams found two more survivors in Lenz on Tuesday.", "Key points of the plan",
                                  "Updated maps of the valley were shared with the council.", "Posted May 4 tickets"])
def test_story_lines_like_an_aggregators_labels_stay(line):
    assert debris.classify_line(line) is None


def test_a_headline_under_an_aggregators_search_box(write_corpus):
    page = ("Search or enter a story's address...Enter keyword or address...\nRegion\n"
            "Tarn Floods Cut Off Six Villages\nKey Takeaways\nAI Generated\nUpdated Mar 4, 10:15 am est\n" + STORY)
    article = _load(write_corpus, page)
    assert article.title == "Tarn Floods Cut Off Six Villages"
    assert [p.text for p in article.paragraphs] == STORY.strip().split("\n")


@pytest.mark.parametrize("line, reason", [
    ("- Advertisement -", debris.NAVIGATION),
    ("\u2014 ADVERTISEMENT \u2014", debris.NAVIGATION),
    ("\u00ab Valley News Home", debris.NAVIGATION),
    ("\u2190 Back to Weather", debris.NAVIGATION),
    ("Other stories of interest", debris.PROMO),
    ("Don't miss a story", debris.PROMO),
    ("Phone: 555.010.1234 \u2022 Fax: 555.010.1299", debris.NAVIGATION),
    ("12 Mill Street. Lenz, OH 44503", debris.NAVIGATION),
])
def test_a_local_papers_wrapped_ad_label_back_link_promo_headers_and_contact_lines(line, reason):
    found = debris.classify_line(line)
    assert found is not None and found.reason == reason


def test_a_blog_paragraph_ending_in_a_call_to_click_stays_a_short_call_does_not():
    paragraph = ("The river rose again overnight. Six villages are cut off. Boats reach them twice a day. You can "
                 "give to the relief fund of the valley online or by phone. Click here to find out how.")
    assert debris.classify_line(paragraph) is None
    assert debris.classify_line("Need help? Click here for help.").reason == debris.PROMO


def test_a_blog_platforms_comment_thread_ending_the_page(write_corpus):
    page = ("Tarn floods cut off six villages\n\n" + STORY + "\n2 comments:\n\nMara V said...\n\nSo sad to read this, "
            "my aunt lives in Castelo.\n\nAnonymous said...\n\nThank you for writing about the valley.\n")
    article = _load(write_corpus, page)
    assert [p.text for p in article.paragraphs] == STORY.strip().split("\n")
    assert any(r.reason == debris.READER_COMMENT and "Mara V said" in r.text for r in article.removed)
