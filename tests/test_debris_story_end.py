"""The end of the story on invented pages: what a page lists under a header after the story's last long
paragraph (other stories' headlines, a comment thread), and the story's own short closing lines that stay."""

from __future__ import annotations

import pytest

from analysis import debris
from analysis.corpus import load_article

LEAD = ("The council of Lenz voted on Tuesday to spend 4 million crowns on barriers along the river, after two "
        "winters in which the old town flooded twice and shops stayed shut for weeks.")
SECOND = ("Mayor Tomas Brill said the work would start in March and last about a year, with the first section "
          "built next to the market square where the water rose highest.")


def _article(tmp_path, text):
    path = tmp_path / "001_page.txt"
    path.write_text(text, encoding="utf-8")
    return load_article(path, describe=False)


def test_short_closing_sentences_under_a_list_header_stay(tmp_path):
    closing = ["The council will vote again on the second section in June.",
               "Work on the old bridge has been delayed until the autumn."]
    article = _article(tmp_path, "\n".join(["Lenz council approves new flood barriers", LEAD, SECOND,
                                            "Related posts:"] + closing))
    assert [p.text for p in article.paragraphs] == [LEAD, SECOND] + closing


def test_a_blog_platform_comment_thread_under_its_count_header_goes(tmp_path):
    article = _article(tmp_path, "\n".join([
        "Lenz council approves new flood barriers", LEAD, SECOND,
        "2 thoughts on “Lenz council approves new flood barriers”", "1. riverwatcher says:",
        "About time, the market square floods every spring.", "2. Tarn Walker says:", "Shared this on tarnnotes.",
        "Leave a Reply", "This site uses Akismet to reduce spam. Learn how your comment data is processed."]))
    assert [p.text for p in article.paragraphs] == [LEAD, SECOND]
    assert {r.reason for r in article.removed} == {debris.READER_COMMENT}


def test_a_comment_form_notice_is_comment_box_text():
    found = debris.classify_line("This site uses Akismet to reduce spam. Learn how your comment data is processed.")
    assert found is not None and found.reason == debris.COMMENT_POLICY


def test_header_lines_a_dated_byline_an_empty_field_and_an_ad_countdown():
    for line in ["Tue, 4 Mar 2025 08:14:09 J K Correspondent Reuters", "3 March 2024 Jana Kovic Staff Reporter"]:
        found = debris.classify_line(line)
        assert found is not None and found.reason == debris.DATE_LINE and found.given_date
    for line in ["Author :", "Posted by:", "Filed under :"]:
        assert debris.classify_line(line).reason == debris.BYLINE
    for line in ["This ad will auto close in 5 seconds", "Skip Ad"]:
        assert debris.classify_line(line).reason == debris.NAVIGATION
    for line in ["21 July 2023 Was The Day Lenz Flooded Again", "Author: Jana Kovic", "Background:"]:
        assert debris.classify_line(line) is None


def test_the_headline_under_the_breadcrumb_is_the_title_not_a_site_header_line_above_it(tmp_path):
    article = _article(tmp_path, "\n".join([
        "ValleyPost | News you can use", "ValleyPost mobile banner", "close", "ads",
        "Banner slot below site menu on story page 3",
        "Home / Regional News / Lenz council approves new flood barriers", "TOP STORIES",
        "Lenz council approves new flood barriers", "Tue, 4 Mar 2025 08:14:09 J K Correspondent Reuters",
        LEAD, SECOND]))
    assert article.title == "Lenz council approves new flood barriers"
    assert [p.text for p in article.paragraphs] == [LEAD, SECOND]


def test_a_comment_count_header_naming_the_headline_without_quotation_marks_opens_the_thread(tmp_path):
    article = _article(tmp_path, "\n".join([
        "Lenz Council Approves Flood Barriers", LEAD, SECOND, "One Response to Lenz Council Approves Flood Barriers",
        "1. The barriers will not be ready before the spring floods, as usual.", "Leave a Reply",
        'You may use these HTML tags and attributes: <a href="" title=""> <b> <em>']))
    assert [p.text for p in article.paragraphs] == [LEAD, SECOND]


def test_a_subheading_like_a_comment_count_stays_when_it_names_no_headline(tmp_path):
    later = ("Shop owners in the old town said they would wait to see the first section before they decided whether "
             "to stay in the market square or move to the new mall.")
    article = _article(tmp_path, "\n".join([
        "Lenz council approves new flood barriers", LEAD, SECOND, "Two Responses To The Floods", later]))
    assert [p.text for p in article.paragraphs][-2:] == ["Two Responses To The Floods", later]


def test_the_time_left_of_a_split_date_line_is_header_furniture_and_the_headline_stays_the_title(tmp_path):
    lead = "LENZ, Valdoria (AP) — " + LEAD
    article = _article(tmp_path, "\n".join([
        "Lenz council approves new flood barriers; work to start in March", "By The Associated Press",
        "Published: Jun. 4, 2024 at 09:12 AM CDT|Updated: 12 minutes ago", lead, SECOND]))
    assert article.title == "Lenz council approves new flood barriers; work to start in March"
    assert [p.text for p in article.paragraphs] == [lead, SECOND]
    assert debris.classify_line("11:05 AM") is None  # a live blog's time over its entry


def test_a_caption_dated_with_its_year_over_its_credit_line_is_stripped(tmp_path):
    caption = "A Valdoria Rescue Service sign is seen on a truck on March 3, 2024 in Ostrel, Valdoria."
    article = _article(tmp_path, "\n".join(["Lenz council approves new flood barriers", LEAD, caption,
                                            "Jana Kovic/Getty Images", SECOND]))
    assert [p.text for p in article.paragraphs] == [LEAD, SECOND]
    assert {r.text: r.reason for r in article.removed}[caption] == debris.CAPTION


def test_speakers_labels_repeated_in_a_transcript_stay(tmp_path):
    article = _article(tmp_path, "\n".join(["Lenz council approves new flood barriers", LEAD, "Tomas Brill",
                                            SECOND, "Jana Kovic", LEAD.replace("Tuesday", "Monday"), "Tomas Brill",
                                            SECOND.replace("March", "April")]))
    assert [p.text for p in article.paragraphs].count("Tomas Brill") == 2


def test_credits_for_agency_inputs_and_a_translated_copys_original():
    for line in ["With PTI inputs", "(With Reuters inputs)", "Edited translation from Valley Daily News",
                 "Translated from Russian"]:
        assert debris.classify_line(line).reason == debris.CREDITS
    assert debris.classify_line("A translation from the minister was read aloud.") is None


def test_items_a_closing_sentence_announces_stay_among_the_boxes(tmp_path):
    items = ["The council will close these streets during the works:", "Market Street", "Mill Lane"]
    article = _article(tmp_path, "\n".join(["Lenz council approves new flood barriers", LEAD, SECOND] + items +
                                           ["Tags", "Recommended for you", "Load comments"]))
    assert [p.text for p in article.paragraphs] == [LEAD, SECOND] + items


def test_a_button_between_the_headline_and_a_masthead_is_no_kicker(tmp_path):
    article = _article(tmp_path, "\n".join(["Lenz council approves new flood barriers", "Click to follow",
                                            "The Valley Ledger", LEAD, SECOND]))
    assert article.title == "Lenz council approves new flood barriers"
    assert [p.text for p in article.paragraphs] == [LEAD, SECOND]


def test_an_alt_text_and_an_uncredited_caption_under_the_headline_go(tmp_path):
    article = _article(tmp_path, "\n".join([
        "Page last updated at 10:12 GMT, Tuesday, 4 March 2025 11:12 UK", "Lenz council approves new flood barriers",
        "Flood barrier", "The old wall held back the river for a century", LEAD, SECOND]))
    assert article.title == "Lenz council approves new flood barriers"
    assert [p.text for p in article.paragraphs] == [LEAD, SECOND]
    reasons = {r.text: r.reason for r in article.removed}
    assert reasons["Flood barrier"] == reasons["The old wall held back the river for a century"] == debris.CAPTION
    assert reasons["Page last updated at 10:12 GMT, Tuesday, 4 March 2025 11:12 UK"] == debris.UPDATED_LINE


@pytest.mark.parametrize("line, reason", [
    ("Read more...", debris.PROMO), ("Related\u2026", debris.PROMO),
    ("Photograph from The Valley Ledger", debris.CAPTION), ("Pictures courtesy of Lenz Fire Brigade", debris.CAPTION),
    ("The new barrier on the river bank in Lenz last spring |", debris.CAPTION),
    ("There are no comments yet. Why not be the first to speak your mind.", debris.COMMENT_POLICY),
])
def test_more_headers_credits_caption_cells_and_comment_boxes(line, reason):
    found = debris.classify_line(line)
    assert found is not None and found.reason == reason


def test_a_linked_headline_under_a_read_more_header_between_paragraphs_goes(tmp_path):
    article = _article(tmp_path, "\n".join(["Lenz council approves new flood barriers", LEAD, "Read more...",
                                            "Tarn valley braces for a wet spring", SECOND]))
    assert [p.text for p in article.paragraphs] == [LEAD, SECOND]
    assert debris.classify_line("Pictures from the scene show the damage") is None


def test_another_storys_headline_under_a_kicker_in_capitals_between_paragraphs_is_a_promo():
    above = "He said the work would start in March."
    assert debris.classify_line("LOOK: Tarn valley braces for a wet spring", "", above).reason == debris.PROMO
    for line in ["UPDATE: Road reopened after the storm", "LOOK: Tarn valley braces for a wet spring."]:
        assert debris.classify_line(line, "", above) is None
    assert debris.classify_line("BREAKING: Lenz council approves new flood barriers") is None  # a headline
