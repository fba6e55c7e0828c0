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
    assert article.value("original_outlet") == outlet and article.value("outlet") == ""  # a wire copy: site unnamed
    assert "dateline" in article.meta["original_outlet"].evidence and "dateline" in article.meta["outlet"].evidence


@pytest.mark.parametrize("line, reason", [
    ("(function(d, s, id) { var js = d.createElement(s); js.src = '//cdn.example/sdk.js'; })", debris.CODE),
    ("// run the widget once the page is ready.Site.modules.carousel.init('/feed?id=12');", debris.CODE),
    ("<div class=\"caption\"><p>Rescuers at the bridge.</p></div>", debris.CODE),
    ("close_panel", debris.CODE),
    ("weather", debris.NAVIGATION),
    ("Home | Valley | Politics | Sport | Search", debris.MENU),
    ("News / Valley News / Floods cut off six villages, officials say", debris.MENU),
    ("Jump to comments \u2193", debris.NAVIGATION),
    ("ENDS", debris.END_MARK),
    ("(This story was auto-generated from a syndicated feed and has not been edited by our staff.)",
     debris.SYNDICATION),
    ("BE PART OF THE CONVERSATION", debris.COMMENT_POLICY),
    ("The Ledger is committed to providing a forum for civil and constructive conversation.", debris.COMMENT_POLICY),
    ("Please keep your comments respectful. You can review our Community Guidelines here.", debris.COMMENT_POLICY),
    ("If you would like to share a story idea, please submit it here.", debris.COMMENT_POLICY),
    ("Get more Valley \u00bb", debris.PROMO),
    ("Try our new app for the valley's weather. Learn More", debris.PROMO),
    ("Advertisement - scroll to continue reading", debris.PROMO),
    ("View the original article here", debris.PROMO),
    ("For more details go to the Valley Ledger at https://ledger.example/floods", debris.PROMO),
    ("Are you getting our free morning briefing?", debris.PROMO),
    ("Reporters work on their own front line. Support the Ledger or become our patron!", debris.PROMO),
    ("Article Topic Follows: Valley News", debris.PROMO),
    ("No comments:", debris.PROMO),
    ("Source: a statement of the regional emergencies ministry on Telegram", debris.SOURCE_LINE),
    ("ByJana Kovic", debris.BYLINE),
    ("Ledger Web Desk", debris.BYLINE),
    ("Staff Reporter", debris.BYLINE),
    ("Last Updated IST", debris.DATE_LINE),
    ("Mar 4, 2024 10:10 AM IST", debris.DATE_LINE),
    ("The driver was pulled from the car outside the clinic (Valley Clinic (12 Main St)/Facebook)", debris.CAPTION),
    ("A trooper walks on the bridge over the flooded river in Lenz, May 4, 2019. REUTERS/Jana Kovic/Valley-Ledger",
     debris.CAPTION),
])
def test_page_widgets_menus_and_notices(line, reason):
    found = debris.classify_line(line)
    assert found is not None and found.reason == reason


@pytest.mark.parametrize("line", [
    "Prices | March 14, 2019 | by region",
    "The council said the road would reopen on Friday \u00bb and nobody believed it.",
    "He learned to read at 40 and now teaches others.",
    "The Google-run service, Google Translate, helped the men read the contract.",
    "Residents were told to keep their comments short at the hearing.",
    "Sources said the plan was approved.",
])
def test_story_lines_that_share_a_word_with_widgets_stay(line):
    assert debris.classify_line(line) is None


def test_a_bar_joined_header_gives_the_creation_date_and_the_agency():
    found = debris.classify_line("Reuters | Lenz | Updated: 05-03-2024 15:08 IST | Created: 04-03-2024 14:49 IST")
    assert (found.reason, found.given_date, found.given_outlet) == (debris.DATE_LINE, "04-03-2024", "Reuters")


@pytest.mark.parametrize("caption, credit", [
    ("Firefighters at the bridge.", "Credit: Valley Photo Agency"),
    ("Rescuers carry a dog out of the water", "Photo: AFP"),
])
def test_a_short_caption_over_its_credit_line_is_stripped(caption, credit):
    assert debris.classify_line(caption, next_line=credit, previous_line="Floods cut off villages").reason == \
        debris.CAPTION


def test_the_title_over_the_lead_picture_and_a_standfirst_over_a_bare_label_stay(write_corpus):
    page = ("Floods cut off the valley villages\n\nRescuers reach the farmsGetty Images\n\n" + STORY +
            "\nThree ways the river could be tamed\n\nEngineers disagree on what to build first\n\nImage:\n\n" + STORY)
    article = load_corpus(write_corpus({"002_floods.txt": page}))["002"]
    assert article.title == "Floods cut off the valley villages"
    kept = [p.text for p in article.paragraphs]
    assert "Engineers disagree on what to build first" in kept
    assert "Rescuers reach the farmsGetty Images" not in kept


def test_a_short_story_line_over_a_paragraph_stays():
    assert debris.classify_line("Firefighters at the bridge.", next_line=STORY.split("\n")[0]) is None


def test_a_caption_and_its_copy_with_the_agency_glued_on_are_stripped():
    caption = "The coach talks to his players"
    assert debris.classify_line(caption, next_line=caption + "AFP").reason == debris.CAPTION
    assert debris.classify_line(caption + "AFP", previous_line=caption).reason == debris.CAPTION


PAGE = """ADVERTISEMENT
Advertisement
Floods cut off villages
AFP
Rescuers search the flooded street
Rescuers search the flooded streetAFP
<div class="caption"><p>A rescuer in a boat.</p></div>
A rescuer in a boat.
Credit: Valley Photo Agency
""" + STORY + """Storms, Tarn valley, Weather
"""


def test_a_page_with_leaked_markup_ads_captions_and_tags(write_corpus):
    """One line of leaked markup does not make the page HTML; an advertisement label opens no link list (the
    headline after it stays the title); captions and their credits go; tags after the story go."""
    article = load_corpus(write_corpus({"001_floods.txt": PAGE}))["001"]
    assert article.title == "Floods cut off villages"
    assert [p.text for p in article.paragraphs] == STORY.strip().split("\n")
    reasons = {r.text: r.reason for r in article.removed}
    assert reasons["Rescuers search the flooded street"] == debris.CAPTION
    assert reasons["A rescuer in a boat."] == debris.CAPTION
    assert reasons['<div class="caption"><p>A rescuer in a boat.</p></div>'] == debris.CODE
    assert reasons["Storms, Tarn valley, Weather"] == debris.LINK_LIST
    assert "HTML markup" not in reasons.values()


def test_a_short_headline_right_above_the_text_is_the_title(write_corpus):
    article = load_corpus(write_corpus({"001_z.txt": "Storm units\n" + STORY}))["001"]
    assert article.title == "Storm units" and not article.removed


def test_a_list_of_names_inside_the_story_stays(write_corpus):
    text = STORY + "Lenz, Ostrel, Brovik\n" + STORY.split("\n")[1] + "\n"
    article = load_corpus(write_corpus({"001_v.txt": "Floods cut off villages\n" + text}))["001"]
    assert "Lenz, Ostrel, Brovik" in article.body


@pytest.mark.parametrize("line", [
    "Rescuers carry an injured woman from the clinic in Lenz, Valdoria, Wednesday, March 6, 2024.",
    "LENZ, VALDORIA - MARCH 6: Rescuers search the rubble of the clinic.",
    "Ukrainian servicemen attend a training session outside Lenz, Friday, March 8, 2024. (AP/Jana Kovic)",
    "3 of 8 Firefighters spray water on a burning house in Lenz.",
    "Jana Kovic, AP",
    "Pieter Haan/AP Show More Show Less",
])
def test_wire_captions_by_their_form(line):
    found = debris.classify_line(line)
    assert found is not None and found.reason == debris.CAPTION


@pytest.mark.parametrize("line", [
    "The clinic in Lenz was hit on Wednesday, March 6, 2024, officials said.",
    "Rescuers searched the rubble on Wednesday, March 6, 2024.",
    "3 of the 8 firefighters were injured in Lenz.",
])
def test_story_lines_with_dates_and_counts_stay(line):
    assert debris.classify_line(line) is None


def test_a_long_caption_without_a_full_stop_over_its_credit_is_stripped():
    caption = "The mayor greets rescuers at the town hall, where they had tea after three days of searching the rubble"
    above = "Floods cut off villages"
    assert debris.classify_line(caption, next_line="JANA KOVIC/REUTERS", previous_line=above).reason == debris.CAPTION
    paragraph = caption + "."  # a paragraph of the story, its picture's caption dropped with the picture
    assert debris.classify_line(paragraph, next_line="JANA KOVIC/REUTERS", previous_line=above) is None


@pytest.mark.parametrize("line, outlet", [
    ("Via AP news wire", "AP"),
    ("From Reuters", "Reuters"),
])
def test_a_wire_line_names_the_outlet(line, outlet):
    found = debris.classify_line(line)
    assert (found.reason, found.given_outlet) == (debris.BYLINE, outlet)


@pytest.mark.parametrize("line, reason", [
    ("\u2013 Go to https://ledger.example/floods for more coverage", debris.PROMO),
    ("Your support helps us to tell the story", debris.PROMO),
    ("Stay up to date with notifications from The Valley Ledger", debris.PROMO),
    ("Share with friends", debris.SHARE),
])
def test_more_promotion_and_sharing(line, reason):
    found = debris.classify_line(line)
    assert found is not None and found.reason == reason


NAME_PLACE = ("The river rose two metres overnight and cut the only road to the valley, officials said on Tuesday.\n"
              "Mayor Tomas Brill, Lenz\n"
              "Rescuers used boats to reach about 300 residents stranded in their homes, the fire service said.\n")


def test_a_name_and_place_alone_between_paragraphs_is_a_caption(write_corpus):
    article = load_corpus(write_corpus({"001_n.txt": "Floods cut off villages\n" + NAME_PLACE}))["001"]
    assert {r.text: r.reason for r in article.removed}["Mayor Tomas Brill, Lenz"] == debris.CAPTION


def test_a_subheading_between_paragraphs_stays(write_corpus):
    text = "Floods cut off villages\n" + NAME_PLACE.replace("Mayor Tomas Brill, Lenz", "A town without a road")
    article = load_corpus(write_corpus({"001_n.txt": text}))["001"]
    assert "A town without a road" in article.body and not article.removed


TOP = ("Floods cut off villages\n"
       "Six villages are cut off after a night of rain, and more storms are on the way\n"
       "By Jana Kovic\n"
       "March 6, 2024\n") + STORY + ("Rescuers said they expected to reach the last village by Thursday morning, "
                                    "weather permitting.\n")


def test_a_standfirst_between_headline_and_byline_is_stripped(write_corpus):
    article = load_corpus(write_corpus({"001_s.txt": TOP}))["001"]
    assert article.title == "Floods cut off villages"
    reasons = {r.text: r.reason for r in article.removed}
    assert reasons["Six villages are cut off after a night of rain, and more storms are on the way"] == \
        debris.STANDFIRST
    assert article.paragraphs[0].text.startswith("Floods cut off six mountain villages")


def test_a_byline_at_the_end_takes_no_lines_above_it(write_corpus):
    text = "Floods cut off villages\n" + STORY + "By Jana Kovic\n"
    article = load_corpus(write_corpus({"001_e.txt": text}))["001"]
    assert [p.text for p in article.paragraphs] == STORY.strip().split("\n")


@pytest.mark.parametrize("line, day, outlet", [
    ("February 23, 2011 in Nation/World", "February 23, 2011", None),
    ("October 27, 2023US News", "October 27, 2023", None),
    ("Reuters October 25, 2016 06:06:56 IST", "October 25, 2016", "Reuters"),
    ("Tuesday 6 January 2015 11:05, UK", "6 January 2015", None),
])
def test_a_header_date_with_a_short_label_is_a_date_line(line, day, outlet):
    found = debris.classify_line(line)
    assert (found.reason, found.given_date, found.given_outlet) == (debris.DATE_LINE, day, outlet)


@pytest.mark.parametrize("line", [
    "March 3, 2021: The day the dam broke",  # a headline
    "October 4, 2023 was the day the dam broke",  # a sentence
    "May 2, 2020 Harbour reopens to ferries",
    "Tuesday 6 January 2015 was the day the dam broke",
])
def test_a_line_opening_with_a_date_and_saying_something_stays(line):
    assert debris.classify_line(line) is None


def test_a_labelled_header_date_dates_the_page(write_corpus):
    page = "Harbour reopens to ferries after the storm\nMarch 4, 2019 in Local/Coast\n" + STORY
    article = load_corpus(write_corpus({"003_harbour.txt": page}))["003"]
    assert article.published.best == "2019-03-04" and article.published.provenance == "given"
    assert "March 4, 2019 in Local/Coast" not in article.body


def test_the_headline_comes_after_the_site_menu(write_corpus):
    page = ("Valley Ledger has a free app for your phone\n"
            "Home | Valley | Politics | Sport | Search\n"
            "Floods cut off villages in the Tarn valley\n" + STORY)
    article = load_corpus(write_corpus({"001_m.txt": page}))["001"]
    assert article.title == "Floods cut off villages in the Tarn valley"
    reasons = {r.text: r.reason for r in article.removed}
    assert reasons["Home | Valley | Politics | Sport | Search"] == debris.MENU
    assert reasons["Valley Ledger has a free app for your phone"] == debris.SITE_HEADER


def test_an_agency_photo_credit_alone_names_no_original_outlet(write_corpus):
    """An agency's picture illustrates stories of any outlet: the credit counts only beside a cue in the text."""
    page = "Floods cut off villages\nRescuers at the bridge.\nCredit: Reuters Photo\n" + STORY
    article = load_corpus(write_corpus({"001_p.txt": page}))["001"]
    assert article.value("original_outlet") == "" and article.value("outlet") == ""
    told = page + "\u201cThe water came at night,\u201d a farmer told Reuters.\n"
    article = load_corpus(write_corpus({"002_p.txt": told}))["002"]
    assert article.value("original_outlet") == "Reuters"
    assert "photo credit" in article.meta["original_outlet"].evidence


def test_a_lead_paragraph_above_an_updated_line_stays(write_corpus):
    page = ("Floods cut off villages\n" + STORY.split("\n")[0] + "\nUpdated March 6, 2024\n" + STORY +
            "Rescuers said they expected to reach the last village by Thursday morning, weather permitting.\n")
    article = load_corpus(write_corpus({"001_u.txt": page}))["001"]
    assert article.paragraphs[0].text == STORY.split("\n")[0]


@pytest.mark.parametrize("line, reason", [
    ("Reklama", debris.NAVIGATION),
    ("Реклама", debris.NAVIGATION),
    ("Anzeige", debris.NAVIGATION),
    ("Читайте нас в Телеграме", debris.PROMO),
    ("Рассылка Леджера", debris.PROMO),
    ("Popular articles", debris.PROMO),
    ("More articles on the subject:", debris.PROMO),
    ("Similar News: you can also read stories like this one collected from other sources.", debris.PROMO),
    ("*Subscribe to the Valley Ledger digital edition and get a free tote bag", debris.PROMO),
    ("Join our Telegram channel", debris.PROMO),
    ("Leave a Reply Cancel reply", debris.PROMO),
    ("Post Comment", debris.PROMO),
    ("Name *", debris.COMMENT_POLICY),
    ("Save my name, email, and website in this browser for the next time I comment.", debris.COMMENT_POLICY),
    ("Thank you for your comment. It will be published after review.", debris.COMMENT_POLICY),
    ("Click to share on X (Opens in new window)", debris.NAVIGATION),
    ("WhatsApp", debris.SHARE),
    ("Tweet", debris.SHARE),
    ("floods-lenz-2024_A7xQ.jpg", debris.CODE),
    ("<image>data:image/png;base64,iVBORw0KGgo=</image>", debris.CODE),
    ("\u2022 - A A A +", debris.WIDGET_DATA),
    ("+3.15%", debris.WIDGET_DATA),
    ("opening:12.40", debris.WIDGET_DATA),
    ("\u20ac4.99/Month", debris.WIDGET_DATA),
    ("Write to Jana Kovic at jana.kovic@ledger.example", debris.CREDITS),
    ("Disclaimer: Trading carries risk. Nothing here is advice to buy or sell.", debris.DISCLAIMER),
])
def test_more_page_furniture_in_any_language(line, reason):
    found = debris.classify_line(line)
    assert found is not None and found.reason == reason


@pytest.mark.parametrize("line", [
    "Rescuers reached the last farm in Lenz on Friday. Credits Jana Kovic",
    "Rescuers carry a dog out of the flooded village of Lenz (Reuters)",
    "Rescuers carry a dog out of the flooded village of Lenz (Photo: AFP)",
])
def test_a_caption_with_a_credit_in_another_form_is_stripped(line):
    found = debris.classify_line(line)
    assert found is not None and found.reason == debris.CAPTION


@pytest.mark.parametrize("line", [
    "Shares rose 3.15% on Monday, the exchange said.",
    "The bank repaid the loan. Credit Suisse declined to comment.",
    "The river rose two metres overnight, officials told Reuters.",
    "Contact with the village was lost at night, the mayor said.",
    "Disclaimers were added to the adverts after the complaint, the regulator said.",
    "Name the streets after the victims, the residents asked the council.",
    "Join the march on Saturday, the organisers told supporters in Lenz.",
    "Reklama was the word printed on every billboard in the town.",
    "LENZ (Reuters) - Floods cut off six villages on Friday.",
])
def test_story_lines_like_the_new_furniture_stay(line):
    assert debris.classify_line(line) is None


def test_a_byline_glued_to_its_outlet_names_it():
    found = debris.classify_line("By Jana KovicReuters")
    assert (found.reason, found.given_outlet) == (debris.BYLINE, "Reuters")
    found = debris.classify_line("Jana KovicAssociated Press")
    assert (found.reason, found.given_outlet) == (debris.BYLINE, "Associated Press")


def test_the_wire_end_mark_names_the_wire():
    found = debris.classify_line("(END) Dow Jones Newswires")
    assert (found.reason, found.given_outlet) == (debris.END_MARK, "Dow Jones Newswires")


def test_a_site_date_header_with_the_weekday_inside_dates_the_page_and_is_no_title(write_corpus):
    page = "May, Friday 3, 2024\n\nFloods cut off villages in the Tarn valley\n\n" + STORY
    article = load_corpus(write_corpus({"001_d.txt": page}))["001"]
    assert article.title == "Floods cut off villages in the Tarn valley"
    assert article.published.best == "2024-05-03" and article.published.provenance == "given"


@pytest.mark.parametrize("header", ["January 6, 2015 / 11:05 AM / Updated 4 years ago",
                                    "Jan 6, 2015 / 11:05 AM / a year ago"])
def test_a_dated_time_line_with_its_age_is_no_title(write_corpus, header):
    page = header + "\nFloods cut off villages in the Tarn valley\n" + STORY
    article = load_corpus(write_corpus({"001_t.txt": page}))["001"]
    assert article.title == "Floods cut off villages in the Tarn valley"
    assert article.meta["given_date"].value.endswith("6, 2015")


def test_a_short_headline_after_a_date_label_is_the_title(write_corpus):
    page = " date 2024-03-05 Floods cut off six villages in the Tarn valley\n\n" + STORY
    article = load_corpus(write_corpus({"001_p.txt": page}))["001"]
    assert article.title == "Floods cut off six villages in the Tarn valley"
    assert article.meta["given_date"].value == "2024-03-05"


@pytest.mark.parametrize("headline, outlet", [
    ("Floods cut off villages in the valley | Valley Ledger", "Valley Ledger"),
    ("Floods cut off villages in the valley - Reuters", "Reuters"),
    ("Floods cut off villages in the valley \u00b7 Valley Voices", "Valley Voices"),
])
def test_a_headline_with_the_site_name_gives_title_and_outlet(write_corpus, headline, outlet):
    article = load_corpus(write_corpus({"001_h.txt": headline + "\n" + STORY}))["001"]
    assert article.title == "Floods cut off villages in the valley" and article.value("outlet") == outlet


def test_a_dash_in_a_headline_is_no_site_name(write_corpus):
    page = "Floods in the valley - the night the river rose\n" + STORY
    article = load_corpus(write_corpus({"001_h.txt": page}))["001"]
    assert article.title == "Floods in the valley - the night the river rose"


def test_a_line_of_keywords_above_the_headline_is_no_title(write_corpus):
    page = "floods valley rescue Lenz\n\nFloods cut off villages in the Tarn valley\n\n" + STORY
    article = load_corpus(write_corpus({"001_k.txt": page}))["001"]
    assert article.title == "Floods cut off villages in the Tarn valley"
    assert {r.text: r.reason for r in article.removed}["floods valley rescue Lenz"] == debris.SECTION_LABEL


@pytest.mark.parametrize("dateline, outlet", [
    ("Lenz, Oct 29 (IANS) ", "Indo-Asian News Service"),
    ("Castelo, May 19 (Jiji Press) ", "Jiji Press"),
    ("LENZ, March 3. /TASS/. ", "TASS"),
])
def test_a_wire_dateline_without_a_dash_names_the_outlet_and_keeps_the_lead(write_corpus, dateline, outlet):
    article = load_corpus(write_corpus({"001_w.txt": "Floods cut off villages\n" + dateline + STORY}))["001"]
    assert article.value("original_outlet") == outlet
    assert article.paragraphs[0].text.startswith(dateline.strip())
    assert "Floods cut off six mountain villages" in article.body


@pytest.mark.parametrize("line", [
    "\u2022 \U0001f4f0 ledgerdotexample",
    "\u2022 \u23f1 Reading Time:",
    "\u2022 46 sec. here",
    "\u2022 2 min. at publisher",
    "\u2022 Quality: 86%",
    "3 Months",
])
def test_an_aggregators_info_box_and_a_plan_are_widgets(line):
    assert debris.classify_line(line).reason == debris.WIDGET_DATA


@pytest.mark.parametrize("line", [
    "5 minutes later the roof of the school fell in.",
    "\u201cWe had 3 months to rebuild,\u201d the mayor said.",
    "Reuters said the talks would resume on Monday.",
])
def test_story_lines_with_times_and_outlets_stay(line):
    assert debris.classify_line(line) is None


def test_an_agency_and_a_place_are_a_byline():
    found = debris.classify_line("Press Trust of India Lenz")
    assert (found.reason, found.given_outlet) == (debris.BYLINE, "Press Trust of India")


def test_a_source_line_gives_the_known_outlet_it_names():
    assert debris.classify_line("Source: Valdorian news outlet Mediazona").given_outlet == "Mediazona"


def test_a_date_line_with_a_comments_link_dates_the_page():
    found = debris.classify_line("9:46 AM, Mar 11, 2013 | comments")
    assert (found.reason, found.given_date) == (debris.DATE_LINE, "Mar 11, 2013")


def test_a_caption_repeated_with_its_credit_a_few_lines_below_is_stripped(write_corpus):
    caption = "The mayor visits the flooded school in Lenz on Monday"
    page = ("Floods cut off villages\n" + caption + "\n.\nView gallery\n" + caption + " (AFP Photo/Jana Kovic)\n" +
            STORY)
    article = load_corpus(write_corpus({"001_c.txt": page}))["001"]
    assert {r.text: r.reason for r in article.removed}[caption] == debris.CAPTION
    assert [p.text for p in article.paragraphs] == STORY.strip().split("\n")


@pytest.mark.parametrize("call", [
    "Connect With Us On Social Media",
    "Connect with us on Facebook, Twitter and Instagram",
    "Like us on Facebook",
    "Find us on Facebook",
    "Stay connected with us",
    "Follow Us On Facebook",
    "Stay Connected",
])
def test_a_call_to_follow_the_site_is_neither_title_nor_a_link_header(write_corpus, call):
    """A social box's call over the headline ("Connect With Us On Social Media") is page furniture: the
    headline below it is the title, not a link listed under a promo header."""
    page = call + "\nFloods cut off villages in the Tarn valley\n" + STORY
    article = load_corpus(write_corpus({"001_s.txt": page}))["001"]
    assert article.title == "Floods cut off villages in the Tarn valley"
    assert {r.text: r.reason for r in article.removed}[call] == debris.SHARE


@pytest.mark.parametrize("line", [
    "Join us in remembering the victims of the flood on Sunday.",
    "Follow the river road to reach Lenz",
    "Find us a way out, the mayor told the army.",
])
def test_story_lines_opening_with_a_social_verb_stay(line):
    assert debris.classify_line(line) is None


@pytest.mark.parametrize("line", [
    "Rescuers use boats to reach the villages cut off by the river [File: Jana Kovic/Reuters]",
    "Rescuers use boats to reach the villages on Friday [Reuters]",
    "Residents wait for boats on the roof of a school in Lenz [Jana Kovic/Valley Ledger]",
    "A rescuer carries a child [Handout/Lenz Civil Defence via Reuters]",
    "Rescuers use boats to reach the villages. \u00a9 Reuters",
    "Rescuers use boats to reach the villages. Image copyright: Jana Kovic",
])
def test_a_caption_closed_by_a_bracketed_or_copyright_credit_is_stripped(line):
    assert debris.classify_line(line).reason == debris.CAPTION


@pytest.mark.parametrize("line", [
    "The mayor said the money had gone to \u201cthe [regional] council\u201d and not to the villages.",
    "\u201cWe were never told,\u201d he wrote in a letter [to the court].",
    "Prices rose 5 per cent in a year, he said [Reuters].",
])
def test_story_lines_with_brackets_stay(line):
    assert debris.classify_line(line) is None


@pytest.mark.parametrize("furniture", [
    "Get the app",
    "Sign in to comment",
    "Log in or register",
    "We've noticed you're using an ad blocker",
    "Please disable your ad blocker to continue",
    "Your browser does not support the video tag.",
    "Get in touch",
    "Send us your story",
    "Share to Twitter",
    "This article is more than 2 years old",
    "Read our privacy notice",
    "About cookies on this site",
    # calls to act and boxes, not headers of a list of links: the headline below stays
    "Newsletter",
    "Listen to this article",
    "Enable notifications",
    "Join our WhatsApp channel",
    "Sign up for breaking news alerts",
    "Support our journalism",
    "Subscribe to our YouTube channel",
    "Sign up for free",
    "Video",
    "Watch: Rescuers reach the flooded villages",
    "WATCH | Rescuers reach the villages",
    "Story continues below advertisement",
    # more furniture that was kept
    "You are here: Home / News / World",
    "Print this page",
    "Text size A A A",
    "Font size: A- A+",
    "Listen 5 min",
    "Advertise with us",
    "Read in English",
    "See all photos",
    "Scroll to continue with content",
    "Article continues below this ad",
    "Translated from Russian",
    # a search box, a call to support the site, menu items glued together by the scraper
    "Hi, what are you looking for?",
    "Type and hit enter to search",
    "Support Us",
    "Support The Associated Press!",
    "HomeNews WorldPolitics BusinessMarkets Opinion",
])
def test_page_furniture_over_the_headline_is_stripped_and_the_headline_is_the_title(write_corpus, furniture):
    page = furniture + "\nFloods cut off villages in the Tarn valley\n" + STORY
    article = load_corpus(write_corpus({"001_f.txt": page}))["001"]
    assert article.title == "Floods cut off villages in the Tarn valley"
    assert furniture in {r.text for r in article.removed}


def test_a_list_header_over_the_headline_still_lists_links(write_corpus):
    page = "Related stories\nDam repairs begin in Lenz\n" + STORY
    article = load_corpus(write_corpus({"001_f.txt": page}))["001"]
    assert {r.text: r.reason for r in article.removed}["Dam repairs begin in Lenz"] == debris.LINK_LIST


@pytest.mark.parametrize("line", [
    "Get in touch with your local council if your home was flooded, the ministry said.",
    "The mayor urged residents to support the rescuers and to stay away from the river.",
    "Residents were told to sign up for alerts from the emergency service.",
    "The story continues below the dam, where the river meets the sea.",
    "Translated from Russian, the word means 'meat grinder'.",
])
def test_story_lines_like_calls_to_act_stay(line):
    assert debris.classify_line(line) is None


@pytest.mark.parametrize("line, reason", [
    ("Jana Kovic contributed reporting from Lenz.", debris.CREDITS),
    ("\u2014 With assistance from Jana Kovic", debris.CREDITS),
    ("With assistance from Jana Kovic and Ivan Petrov.", debris.CREDITS),
    ("Written by Jana Kovic; edited by Ivan Petrov", debris.CREDITS),
    ("With AFP", debris.CREDITS),
    ("(With inputs from PTI)", debris.CREDITS),
    ("With inputs from agencies", debris.CREDITS),
    ("This article was amended on 6 January 2015 to correct the name of the village.", debris.CORRECTION),
    ("Correction: An earlier version of this story misspelled the name of the village.", debris.CORRECTION),
])
def test_credits_and_correction_notes_closing_a_story(line, reason):
    assert debris.classify_line(line).reason == reason


@pytest.mark.parametrize("line", [
    "With assistance from the army, rescuers reached the last village on Sunday.",
    "With AFP cameras rolling, the mayor walked into the flooded school.",
    "The court ordered a correction of the prison records in March.",
])
def test_story_lines_like_credits_and_corrections_stay(line):
    assert debris.classify_line(line) is None


@pytest.mark.parametrize("tags", ["russia, ukraine, wagner group, prisoners", "russia ukraine war prisoners wagner"])
def test_a_line_of_lower_case_tags_after_the_story_is_stripped(write_corpus, tags):
    """Tags in lower case after the last paragraph are page furniture: kept, their 'russia' read as a name
    in lower case, a sign of machine translation."""
    article = load_corpus(write_corpus({"001_t.txt": "Floods cut off villages\n" + STORY + tags + "\n"}))["001"]
    assert {r.text: r.reason for r in article.removed}[tags] == debris.LINK_LIST
    assert article.value("translation_status") == "original"


def test_the_writers_names_under_the_headline_are_a_header_label(write_corpus):
    """Two writers' names without 'By' under the headline are the byline, not the lead paragraph."""
    page = "Floods cut off villages in the Tarn valley\nJana Kovic, Ivan Petrov\n3 Min Read\n" + STORY
    article = load_corpus(write_corpus({"001_n.txt": page}))["001"]
    assert "Jana Kovic, Ivan Petrov" in {r.text for r in article.removed}
    assert article.paragraphs[0].text.startswith("Floods cut off six mountain villages")


@pytest.mark.parametrize("line", ["2 minute read", "1 minute read", "Reading time: 4 minutes"])
def test_a_reading_time_in_any_form_is_a_widget(line):
    assert debris.classify_line(line).reason == debris.WIDGET_DATA


@pytest.mark.parametrize("line, reason", [
    ("ALSO READ | Prisoners sent to the front from Lenz", debris.PROMO),
    ("READ | Prisoners sent to the front from Lenz", debris.PROMO),
    ("WATCH | Rescuers reach the villages", debris.PROMO),
    ("Also Watch:", debris.PROMO),
    ("Trending Topics", debris.PROMO),
    ("Catch all the Business News, Breaking News Events and Latest News Updates on Valley Ledger.", debris.PROMO),
    ("Download The Valley Ledger News App to get Daily Market Updates.", debris.PROMO),
    ("Get real-time alerts and all the news on your phone with the all-new Valley Ledger app.", debris.PROMO),
    ("Published By: Jana Kovic", debris.CREDITS),
    ("Edited By: Jana Kovic", debris.CREDITS),
])
def test_a_news_sites_inline_promos_and_credits(line, reason):
    assert debris.classify_line(line).reason == reason


@pytest.mark.parametrize("line", [
    "Published by Valley Press in 2019, the book describes life in the colony.",
    "Read the letters and you will understand, she said, holding up a bundle.",
    "She tracked her son's unit with a messaging app.",
])
def test_story_lines_like_inline_promos_stay(line):
    assert debris.classify_line(line) is None


@pytest.mark.parametrize("line, outlet", [
    ("This story was originally published in Russian.", None),
    ("Originally published in Russian", None),
    ("This article was first published in Ukrainian on Ukrainska Pravda.", "Ukrainska Pravda"),
    ("Originally published by Meduza.", "Meduza"),
])
def test_a_source_line_naming_a_language_names_no_outlet(line, outlet):
    """'Originally published in Russian' says the language of the original, not an outlet called 'Russian'."""
    found = debris.classify_line(line)
    assert (found.reason, found.given_outlet) == (debris.SOURCE_LINE, outlet)


@pytest.mark.parametrize("line, reason, day", [
    ("16th June 2010, Comments 0 comments", debris.DATE_LINE, "16th June 2010"),
    ("June 16th, 2010", debris.DATE_LINE, "June 16th, 2010"),
    ("(Updates with details)", debris.VERSION_NOTE, None),
    ("(Adds comment from the mayor in paragraph 4)", debris.VERSION_NOTE, None),
    ("\u2026 we have a small favor to ask. As you may have heard, the Valley Ledger, an independent news source for "
     "over 30 years, has been declared a foreign agent", debris.PROMO, None),
])
def test_ordinal_dates_version_notes_and_donation_boxes(line, reason, day):
    found = debris.classify_line(line)
    assert (found.reason, found.given_date) == (reason, day)


@pytest.mark.parametrize("line", [
    "Support for the dam repairs grew after the floods, the mayor said.",
    "Support Ukraine!",
    "YouTube, PayPal and BlackRock join LinkedIn boycott",
    "(Adding to the damage, a second storm hit the valley on Sunday, officials said.)",
    "What are you looking for in a new mayor, voters in Lenz were asked on Friday.",
])
def test_story_lines_like_support_calls_menus_and_notes_stay(line):
    assert debris.classify_line(line) is None


def test_a_section_name_alone_above_the_text_is_no_headline(write_corpus):
    article = load_corpus(write_corpus({"001_s.txt": "World\n" + STORY}))["001"]
    assert article.title == ""
    assert {r.text: r.reason for r in article.removed}["World"] == debris.SECTION_LABEL


def test_the_first_line_of_a_hard_wrapped_text_is_no_headline(write_corpus):
    page = ("LENZ, March 3 Floods cut off six mountain villages on\nFriday, the emergencies ministry said, and "
            "rescuers used\nboats to reach stranded residents.\n")
    article = load_corpus(write_corpus({"001_w.txt": page}))["001"]
    assert article.title == ""
    assert [p.text for p in article.paragraphs] == [
        "LENZ, March 3 Floods cut off six mountain villages on Friday, the emergencies ministry said, and rescuers "
        "used boats to reach stranded residents."]


def test_a_question_opening_the_page_is_its_headline(write_corpus):
    page = "Connect with us\nWho are the men the floods left behind in the Tarn valley?\n" + STORY
    article = load_corpus(write_corpus({"001_q.txt": page}))["001"]
    assert article.title == "Who are the men the floods left behind in the Tarn valley?"


def test_the_headline_printed_again_under_the_date_line_is_stripped(write_corpus):
    page = ("Floods cut off villages in the Tarn valley\nMonday, 6 March 2023, 12:16\n"
            "Floods cut off villages in the Tarn  valley\n" + STORY)
    article = load_corpus(write_corpus({"001_r.txt": page}))["001"]
    assert article.title == "Floods cut off villages in the Tarn valley"
    assert {r.line: r.reason for r in article.removed}[3] == debris.REPEATED_TITLE
    assert article.paragraphs[0].text.startswith("Floods cut off six mountain villages")


def test_a_teaser_the_lead_repeats_after_its_dateline_is_stripped(write_corpus):
    teaser = "Floods cut off six mountain villages in the south of the country on Friday."
    page = "Floods cut off villages\n" + teaser + "\n(AFP) - " + STORY
    article = load_corpus(write_corpus({"001_t.txt": page}))["001"]
    assert {r.text: r.reason for r in article.removed}[teaser] == debris.STANDFIRST
    assert article.paragraphs[0].text.startswith("(AFP) - Floods cut off")


def test_a_date_label_glued_to_a_caption_still_dates_the_page(write_corpus):
    page = (" date 2023-10-03 Rescuers wade through the flooded square of Lenz on Friday (Picture: Getty Images / "
            "Reuters)\n" + STORY)
    article = load_corpus(write_corpus({"001_c.txt": page}))["001"]
    assert article.meta["given_date"].value == "2023-10-03"
    assert debris.CAPTION in {r.reason for r in article.removed}
    assert article.paragraphs[0].text.startswith("Floods cut off six mountain villages")


@pytest.mark.parametrize("line", ["\u2022 USD89.07", "EUR95.15", "\u2022 OIL82.67", "\u2022 1836"])
def test_a_tickers_prices_and_counts_are_widget_data(line):
    assert debris.classify_line(line).reason == debris.WIDGET_DATA


@pytest.mark.parametrize("line", ["COVID-19", "G20", "2023", "\u2022 Olga Romanova: \u201cThese people simply don't exist\u201d"])
def test_story_lines_like_ticker_data_stay(line):
    assert debris.classify_line(line) is None


def test_a_check_also_box_lists_links(write_corpus):
    page = "Floods cut off villages\n" + STORY + "Check Also\nDam repairs begin in Lenz\n"
    article = load_corpus(write_corpus({"001_c.txt": page}))["001"]
    reasons = {r.text: r.reason for r in article.removed}
    assert (reasons["Check Also"], reasons["Dam repairs begin in Lenz"]) == (debris.PROMO, debris.LINK_LIST)


def test_a_long_headline_of_two_sentences_is_the_title(write_corpus):
    headline = ("Recruiters visited 17 colonies in the Tavra region in one month. Those who refused were sent to "
                "punishment cells, Lenz Daily reports")
    article = load_corpus(write_corpus({"001_h.txt": headline + "\n\n" + STORY}))["001"]
    assert article.title == headline
    assert article.paragraphs[0].text.startswith("Floods cut off six mountain villages")


@pytest.mark.parametrize("line, reason", [
    ("This article appeared in the Europe section of the print edition under the headline \u201cAfter the flood\u201d",
     debris.SYNDICATION),
    ("More news in the same category:", debris.PROMO),
    ("More Global News:", debris.PROMO),
    ("Source link", debris.PROMO),
    ("Pin It on Pinterest", debris.NAVIGATION),
])
def test_edition_notes_aggregator_boxes_and_pin_buttons(line, reason):
    assert debris.classify_line(line).reason == reason


@pytest.mark.parametrize("line, day", [
    ("Europe August 19th 2023", "August 19th 2023"),
    ("July 18, 2022 12:18 pmby The Lenz Daily news desk", "July 18, 2022"),
])
def test_a_date_after_a_section_name_or_before_a_glued_desk_byline_dates_the_page(line, day):
    found = debris.classify_line(line)
    assert (found.reason, found.given_date, found.given_outlet) == (debris.DATE_LINE, day, None)


@pytest.mark.parametrize("line", [
    "More than 300 people were rescued, the news desk of the ministry said.",
    "Europe August 19th 2023 was the hottest day of the summer in Lenz, officials said.",
])
def test_story_lines_like_desks_and_section_dates_stay(line):
    assert debris.classify_line(line) is None


def test_a_long_line_of_lower_case_tags_is_no_headline(write_corpus):
    page = ("April 27, 2025\neurope news Valdoria Lenz Jana Kovic Ivan Petrov World news\n"
            "Floods cut off villages in the Tarn valley\n" + STORY)
    article = load_corpus(write_corpus({"001_t.txt": page}))["001"]
    assert article.title == "Floods cut off villages in the Tarn valley"


def test_headlines_listed_after_the_story_are_links(write_corpus):
    """Long linked headlines under a related-stories header, and a bulleted list of headlines after the story."""
    related = ("Related posts\nDam repairs begin in Lenz as the river falls after the floods of "
               "March\nValley Ledger\n")
    bullets = "- Dam repairs begin in Lenz\n- Schools reopen in the Tarn valley\n- Rescuers praised by the mayor\n"
    article = load_corpus(write_corpus({"001_l.txt": "Floods cut off villages\n" + STORY + bullets + related}))["001"]
    reasons = {r.text: r.reason for r in article.removed}
    assert reasons["- Dam repairs begin in Lenz"] == reasons["- Rescuers praised by the mayor"] == debris.LINK_LIST
    assert reasons["Dam repairs begin in Lenz as the river falls after the floods of March"] == \
        debris.LINK_LIST
    assert [p.text for p in article.paragraphs] == STORY.splitlines()


@pytest.mark.parametrize("top", ["", "TAVRA\nstories\n"])
def test_a_headline_of_two_sentences_with_its_full_stop_opening_the_page_is_the_title(write_corpus, top):
    headline = "Valdoria pays convicts to dig dams. Many never come home."
    article = load_corpus(write_corpus({"001_h.txt": top + headline + "\n" + STORY}))["001"]
    assert article.title == headline
    assert article.paragraphs[0].text.startswith("Floods cut off six mountain villages")


def test_a_long_headline_quoting_someone_without_a_final_stop_is_the_title(write_corpus):
    headline = ('Jana Kovic: "A mayor must rebuild every bridge - that is the task at hand. But it does not happen '
                'that way"')
    article = load_corpus(write_corpus({"001_h.txt": headline + "\n" + STORY}))["001"]
    assert article.title == headline
    assert article.paragraphs[0].text.startswith("Floods cut off six mountain villages")


@pytest.mark.parametrize("lead", [
    "Floods cut off six villages on Friday. Rescuers used boats, officials said.",
    "Rescuers reached Lenz on Friday, and the mayor called the flood that cut off six villages \u201cthe worst in "
    "memory\u201d.",
    "Floods cut off six villages on Friday. The mayor told reporters it was the worst in memory.",
    "Rescuers reached Lenz on Friday after floods cut off six villages in the south of the country.",
    "\u201cWe lost everything. The water came at night.\u201d",
    "Valdoria has sent hundreds of convicts to the dams. Its colonies emptied as the ministry offered pardons, and "
    "courts stopped hearing appeals.",
])
def test_a_short_lead_opening_a_page_without_headline_stays_text(write_corpus, lead):
    article = load_corpus(write_corpus({"001_l.txt": lead + "\n" + STORY}))["001"]
    assert article.title == ""
    assert article.paragraphs[0].text == lead


def test_a_long_headline_opening_with_a_quotation_is_the_title(write_corpus):
    headline = ("\u201cI told him not to go, but they took him anyway.\u201d Mothers of the convicts who drowned "
                "digging the dams of the Tarn valley")
    article = load_corpus(write_corpus({"001_q.txt": "\u2022 USD89.07\n" + headline + "\n" + STORY}))["001"]
    assert article.title == headline


@pytest.mark.parametrize("line, reason", [
    ("I want to support the Valley Ledger", debris.PROMO),
    ("Our weekly newsletter contains a hand-picked selection of news, features and analysis from the Valley "
     "Ledger. You will receive it in your mailbox every Friday. Never miss the latest news from Lenz. Preview",
     debris.PROMO),
    ("Subscribers agree to the Privacy Policy", debris.PROMO),
    ("You will receive it in your mailbox every Friday. Never miss the latest news from Lenz.", debris.PROMO),
    ("$25/hr Starting at $25", debris.WIDGET_DATA),
    ("From \u20ac40 per hour", debris.WIDGET_DATA),
])
def test_newsletter_boxes_support_buttons_and_price_tags(line, reason):
    assert debris.classify_line(line).reason == reason


@pytest.mark.parametrize("line", [
    "I want to support my family, he said.",
    "The council paid $25 an hour to the diggers, starting at dawn.",
    "Our newsletter readers sent hundreds of letters about the floods in Lenz last spring, and the mayor answered "
    "every one of them.",
])
def test_story_lines_like_support_buttons_and_prices_stay(line):
    assert debris.classify_line(line) is None


@pytest.mark.parametrize("line, outlet", [
    ("LENZ - The Associated Press", "The Associated Press"),
    ("PORT ALDER \u2014 Reuters", "Reuters"),
])
def test_a_place_and_an_agency_joined_by_a_dash_is_a_byline(line, outlet):
    found = debris.classify_line(line)
    assert (found.reason, found.given_outlet) == (debris.BYLINE, outlet)


def test_the_picture_caption_between_the_date_line_and_the_dateline_is_stripped(write_corpus):
    caption = "Rescuers carry a boat through the flooded square of Lenz on March 3, 2024."
    page = ("Floods cut off villages in the Tarn valley\nBy Jana Kovic\nMarch 4, 2024 11:47 PM\n" + caption +
            "\nLENZ, VALDORIA - " + STORY)
    article = load_corpus(write_corpus({"001_c.txt": page}))["001"]
    assert {r.text: r.reason for r in article.removed}[caption] == debris.CAPTION
    assert article.paragraphs[0].text.startswith("LENZ, VALDORIA - Floods cut off")


def test_a_lead_paragraph_above_the_dateline_of_a_quoted_wire_story_stays(write_corpus):
    intro = "Here is what the agency reported from the valley on Friday, a day after the dams broke."
    page = "Floods cut off villages in the Tarn valley\n" + intro + "\nLENZ, VALDORIA - " + STORY
    article = load_corpus(write_corpus({"001_c.txt": page}))["001"]
    assert article.paragraphs[0].text == intro


def test_a_site_category_and_a_bilingual_site_name_are_no_headline(write_corpus):
    page = ("\u0414\u043e\u043b\u0438\u043d\u0430 \u041d\u043e\u0432\u0438\u043d\u0438 | Valley News Network\n"
            "Writing & Translation Articles & News\nFloods cut off villages in the Tarn valley\n" + STORY)
    article = load_corpus(write_corpus({"001_s.txt": page}))["001"]
    assert article.title == "Floods cut off villages in the Tarn valley"
    assert {r.text: r.reason for r in article.removed}["Writing & Translation Articles & News"] == \
        debris.SECTION_LABEL


@pytest.mark.parametrize("line, reason", [
    ("Team @ ValleyLedger", debris.BYLINE),
    ("jroe reblogged this from valleyledger", debris.SHARE),
    ("jroe liked this", debris.SHARE),
    ("valleyledger posted this", debris.SHARE),
    ("Sign in or get an account to comment.", debris.NAVIGATION),
    ("on", debris.DATE_LINE),
])
def test_author_handles_blog_notes_and_sign_in_calls(line, reason):
    assert debris.classify_line(line).reason == reason


@pytest.mark.parametrize("line", [
    "Reporters can reach the mayor @ the town hall on Fridays, his office said.",
    "The mayor liked this idea and posted it on the council's site.",
])
def test_story_lines_like_handles_and_blog_notes_stay(line):
    assert debris.classify_line(line) is None


def test_a_date_with_its_byline_after_it_dates_the_page():
    found = debris.classify_line("September 7, 2021 by Jana Kovic")
    assert (found.reason, found.given_date) == (debris.DATE_LINE, "September 7, 2021")


def test_a_headline_over_a_published_label_without_its_date(write_corpus):
    page = "Courts\n\n3 villages cut off by the floods\n\nPublished\n\non\n\n" + STORY
    article = load_corpus(write_corpus({"001_p.txt": page}))["001"]
    assert article.title == "3 villages cut off by the floods"


def test_a_masthead_a_kicker_and_a_dash_byline_are_no_headline(write_corpus):
    standfirst = "The mayor of Lenz will open the dams on Monday."
    page = ("Valley Evening Sentinel\n\nIn the spotlight\n\nLenz to open its dams\n\n" + standfirst +
            "\n\n- Jana Kovic\n\n" + STORY)
    article = load_corpus(write_corpus({"001_m.txt": page}))["001"]
    assert article.title == "Lenz to open its dams"
    reasons = {r.text: r.reason for r in article.removed}
    assert reasons["- Jana Kovic"] == debris.BYLINE
    assert reasons[standfirst] == debris.STANDFIRST
    assert {reasons["Valley Evening Sentinel"], reasons["In the spotlight"]} <= {
        debris.OUTLET_LINE, debris.SECTION_LABEL}


def test_a_short_headline_over_its_standfirst_stays_the_title(write_corpus):
    page = "Floods hit Lenz\n\nSix villages cut off as the river burst its banks\n\n" + STORY
    article = load_corpus(write_corpus({"001_s.txt": page}))["001"]
    assert article.title == "Floods hit Lenz"


@pytest.mark.parametrize("line", [
    "You've reached your limit of one free article.",
    "Get unlimited access to the Valley Ledger",
    "You can cancel anytime .",
    "Ad-free experience NEW",
    "Annual Access BEST VALUE",
    "4 daily & weekly Newsletters",
    "Access to Valley Ledger archives",
    "Free trial",
    "30-days free access, then $2.90",
    "per month.",
    "$19.90 per year, save $14.90 compared to monthly billing.",
    "Stay up-to-date with the latest on the floods, with our exclusive coverage.",
    "!ADVERTISEMENT!",
])
def test_a_paywall_box_and_its_offers_are_promotion(line):
    assert debris.classify_line(line).reason in (debris.PROMO, debris.NAVIGATION)


@pytest.mark.parametrize("line", [
    "Residents can cancel anytime before the deadline, the council said.",
    "The new trial opens on Monday in Lenz.",
    "Rescuers reached the village per month of work, a rate the mayor called too slow.",
])
def test_story_lines_like_paywall_offers_stay(line):
    assert debris.classify_line(line) is None


def test_an_alt_text_its_caption_and_credit_are_stripped(write_corpus):
    page = ("Floods cut off villages in the Tarn valley\n" + STORY +
            "Photo of rescuers wading through the flooded square of Lenz, Valdoria\n"
            "Rescuers in the flooded square of Lenz, Valdoria\nJana Kovic\n" + STORY.replace("Floods", "Storms"))
    article = load_corpus(write_corpus({"001_a.txt": page}))["001"]
    reasons = {r.text: r.reason for r in article.removed}
    assert reasons["Photo of rescuers wading through the flooded square of Lenz, Valdoria"] == debris.CAPTION
    assert reasons["Rescuers in the flooded square of Lenz, Valdoria"] == debris.CAPTION
    assert reasons["Jana Kovic"] == debris.CAPTION
    assert len(article.paragraphs) == 4


def test_a_sites_tagline_and_paywall_box_above_the_headline_are_stripped(write_corpus):
    page = ("When the river rises.\n\nWe keep you dry.\n\nAlready a subscriber? Log in .\n\nExclusive Valley news "
            "coverage\n\nSubscribe to the Valley Ledger\n\nFloods cut off villages in the Tarn valley\n\n" + STORY)
    article = load_corpus(write_corpus({"001_t.txt": page}))["001"]
    assert article.title == "Floods cut off villages in the Tarn valley"
    assert {r.text: r.reason for r in article.removed}["We keep you dry."] == debris.SITE_HEADER
    assert article.paragraphs[0].text.startswith("Floods cut off six mountain villages")


def test_a_story_paragraph_over_a_single_read_more_button_stays(write_corpus):
    page = "Floods cut off villages in the Tarn valley\n" + STORY + "Read more \u00bb\n"
    article = load_corpus(write_corpus({"001_r.txt": page}))["001"]
    assert [p.text for p in article.paragraphs] == STORY.splitlines()


def test_a_headline_of_a_statement_and_a_question_is_the_title(write_corpus):
    headline = "Convicts dug the dams. Will Lenz honour them as heroes?"
    article = load_corpus(write_corpus({"001_q.txt": headline + "\n" + STORY}))["001"]
    assert article.title == headline


def test_a_reposts_credit_with_its_source_link_is_stripped():
    assert debris.classify_line("Jana Kovic \u2013 [source]").reason == debris.SOURCE_LINE


@pytest.mark.parametrize("last", ["Officials said the", "The UK Ministry"])
def test_a_story_cut_off_at_the_pages_end_keeps_its_last_words(write_corpus, last):
    page = "Floods cut off villages in the Tarn valley\n" + STORY + last + "\n"
    article = load_corpus(write_corpus({"001_c.txt": page}))["001"]
    assert article.paragraphs[-1].text == last


def test_a_story_cut_off_after_a_caption_keeps_its_last_words(write_corpus):
    page = ("Floods cut off villages in the Tarn valley\n" + STORY +
            "Rescuers in the square of Lenz on Friday. REUTERS/Jana Kovic\nThe UK Ministry\n")
    article = load_corpus(write_corpus({"001_c.txt": page}))["001"]
    assert article.paragraphs[-1].text == "The UK Ministry"


def test_a_photos_slug_and_its_credit_with_file_are_stripped(write_corpus):
    caption = ("In this image from video released by the town hall of Lenz on May 20, 2023, the mayor speaks in "
               "front of the flooded square.")
    page = ("Floods cut off villages in the Tarn valley\n" + STORY + "Valdoria floods\n" + caption +
            "\nLenz town hall via AP, file\n" + STORY.replace("Floods", "Storms"))
    article = load_corpus(write_corpus({"001_s.txt": page}))["001"]
    reasons = {r.text: r.reason for r in article.removed}
    assert reasons["Valdoria floods"] == reasons[caption] == reasons["Lenz town hall via AP, file"] == debris.CAPTION


def test_a_masthead_alone_over_the_lead_is_no_headline(write_corpus):
    article = load_corpus(write_corpus({"001_m.txt": "Valley Courant\nLENZ (AP) \u2014 " + STORY}))["001"]
    assert article.title == ""
    assert {r.text: r.reason for r in article.removed}["Valley Courant"] == debris.OUTLET_LINE


def test_a_print_replicas_byline_of_two_writers_and_its_deck(write_corpus):
    page = ("Valley Courant\n\nLenz to open its dams\n\nCouncil bets on repairs before winter\n\n"
            "- By Jana Kovic and Ivan Petrov\n\n" + STORY)
    article = load_corpus(write_corpus({"001_p.txt": page}))["001"]
    reasons = {r.text: r.reason for r in article.removed}
    assert article.title == "Lenz to open its dams"
    assert reasons["- By Jana Kovic and Ivan Petrov"] == debris.BYLINE
    assert reasons["Council bets on repairs before winter"] == debris.STANDFIRST


def test_a_labelled_header_line_ending_in_its_date_dates_the_page():
    found = debris.classify_line("Publication Type: Announcement 07/05/2023")
    assert (found.reason, found.given_date) == (debris.DATE_LINE, "07/05/2023")


@pytest.mark.parametrize("top", [
    "Site icon Valley News\n\n",
    "Subscribe to Our Newsletter\n\nSuccess! Now Check Your Email\n\nOk, Thanks\n\n",
    "logo\n#\n\nLatest news with #Lenz\n\n",
])
def test_the_headline_printed_again_is_the_title_over_the_sites_lines(write_corpus, top):
    headline = "Floods cut off villages in the Tarn valley"
    page = top + headline + "\n\nby Valley News Foundation\n" + headline + "\n\n" + STORY
    article = load_corpus(write_corpus({"001_r.txt": page}))["001"]
    assert article.title == headline
    assert article.paragraphs[0].text.startswith("Floods cut off six mountain villages")


@pytest.mark.parametrize("top", ["Latest Stories World\n\n", "Best of the Ledger \u2014 First Prize\n\nLatest\n\n"])
def test_the_headline_under_a_kicker_is_the_title(write_corpus, top):
    page = top + "Floods cut off villages in the Tarn valley\n\n" + STORY
    article = load_corpus(write_corpus({"001_k.txt": page}))["001"]
    assert article.title == "Floods cut off villages in the Tarn valley"


@pytest.mark.parametrize("line, reason", [
    ("This website uses cookies to improve your experience. We'll assume you're ok with this, but you can opt-out if "
     "you wish. Accept Read More", debris.NAVIGATION),
    ("Privacy & Cookies Policy", debris.PROMO),
    ("OTHER NEWS", debris.PROMO),
    ("Copied to clipboard", debris.NAVIGATION),
    ("#floods #lenz #valdoria", debris.LINK_LIST),
    ("time3 days ago", debris.DATE_LINE),
    ("Valley News Foundation profile image", debris.CAPTION),
    ("by Improve the Valley Foundation", debris.BYLINE),
])
def test_cookie_notices_hashtags_and_profile_images(line, reason):
    assert debris.classify_line(line).reason == reason


def test_a_date_written_with_full_stops_dates_the_page():
    found = debris.classify_line("October 22. 2024. \u2013 02:18 PM")
    assert (found.reason, found.given_date) == (debris.DATE_LINE, "October 22. 2024")


@pytest.mark.parametrize("line", [
    "We use cookies in the bakery of Lenz, the mayor joked, and the town laughed at the opening of the fair on Friday.",
    "By the end of the week the river had fallen.",
    "#1 on the list was the dam.",
])
def test_story_lines_like_cookie_notices_and_hashtags_stay(line):
    assert debris.classify_line(line) is None


def test_long_headlines_under_an_other_news_header_are_links(write_corpus):
    links = ["Mayor of Lenz says the town has a sufficient stockpile of sandbags as the river rises",
             "Why repairing the dams of the Tarn valley before winter matters to the farmers"]
    page = "Floods cut off villages in the Tarn valley\n" + STORY + "OTHER NEWS\n" + "\n".join(links) + "\n"
    article = load_corpus(write_corpus({"001_o.txt": page}))["001"]
    reasons = {r.text: r.reason for r in article.removed}
    assert [reasons.get(link) for link in links] == [debris.LINK_LIST] * 2


CAPTIONED = """Ambulance
Paramedics load a stretcher into an ambulance outside the clinic in Lenz (Jana Kovic/PA)
Paramedics load a stretcher into an ambulance outside
"""


@pytest.mark.parametrize("line", [
    "Paramedics load a stretcher into an ambulance outside the clinic in Lenz (Jana Kovic/PA)",
    "Rescuers search the rubble of the clinic in Lenz \u00a9 dpa/pa",
    "Rescuers search the rubble of the clinic in Lenz \u00a9 Uncredited/dpa",
    "Jana Kovic / Valley News Agency",
    "Photo credit www.valleyledger.com",
])
def test_a_caption_ending_in_an_agency_credit_and_a_credit_alone_are_stripped(line):
    found = debris.classify_line(line)
    assert found is not None and found.reason == debris.CAPTION


def test_a_caption_printed_twice_and_its_label_are_stripped(write_corpus):
    """The label over a caption and the caption's second copy, cut off, go with it; the story stays."""
    paragraphs = STORY.strip().split("\n")
    page = "Floods cut off villages\n" + paragraphs[0] + "\n" + CAPTIONED + "\n".join(paragraphs[1:]) + "\n"
    article = load_corpus(write_corpus({"001_c.txt": page}))["001"]
    assert [p.text for p in article.paragraphs] == paragraphs
    assert {r.text: r.reason for r in article.removed} == dict.fromkeys(CAPTIONED.strip().split("\n"), debris.CAPTION)


def test_donation_and_ad_free_appeals_around_the_story_are_no_title_nor_text(write_corpus):
    top = "Enjoying ad-free content?\nWe have disabled all ads on our site.\nYour support can help us\n"
    bottom = "Our journalism is banned in Valdoria. We need your help\nSupport us\n"
    page = top + "Floods cut off villages\n" + STORY + bottom
    article = load_corpus(write_corpus({"001_d.txt": page}))["001"]
    assert article.title == "Floods cut off villages"
    assert [p.text for p in article.paragraphs] == STORY.strip().split("\n")
    assert {r.text for r in article.removed if r.reason == debris.PROMO} == set((top + bottom).strip().split("\n"))


def test_a_quoted_editor_on_a_ban_stays():
    assert debris.classify_line('"Our website is blocked in Valdoria," the editor said.') is None


def test_items_of_a_list_the_story_announces_stay(write_corpus):
    """Lone words listed under a sentence ending in a colon are the story's items, not a menu's links."""
    items = "Before they could be sent home, they should receive some papers:\nMilitary Awards\npassport\nwork book\n"
    article = load_corpus(write_corpus({"001_l.txt": "Convicts sent home without papers\n" + STORY + items +
                                        STORY.split("\n")[1] + "\n"}))["001"]
    assert "passport" in article.body and "Military Awards" in article.body and not article.removed


def test_items_closing_the_story_stay(write_corpus):
    page = "Floods cut off villages\n" + STORY + "Rescuers asked residents to bring:\nBlankets\nwater\n"
    article = load_corpus(write_corpus({"001_s.txt": page}))["001"]
    assert "Blankets" in article.body and "water" in article.body


def test_notification_widgets_taglines_and_a_byline_glued_to_its_date(write_corpus):
    """The widgets over the page are no title; the headline under them is; the byline glued to its date gives the
    date; the print edition's line goes."""
    top = ("Current information about Valdoria's foreign policy and foreign relations.\n"
           "Do you want to clear all the notifications from your inbox?\nSettings X\nFor Daily Alerts\n")
    page = top + "Floods cut off villages\nJana Kovic Published January 09, 2023 | 03:20 PM\n" + STORY + \
        "First print: January 10, 2023\n"
    article = load_corpus(write_corpus({"001_w.txt": page}))["001"]
    assert article.title == "Floods cut off villages"
    assert [p.text for p in article.paragraphs] == STORY.strip().split("\n")
    assert article.meta["given_date"].value == "January 09, 2023"
    assert len(article.removed) == 6


def test_a_kicker_under_the_headline_leaves_the_headline_the_title(write_corpus):
    """A site's "EXCLUSIVE:" line under the headline, over hard-wrapped text: the headline stays the title and the
    first line of the text stays text."""
    page = ("\u2018No Way Back\u2019: Valdoria Looks to Its Jails to Bolster Dam Force\n\nLEDGER EXCLUSIVE:\n"
            "Andrei had been serving his second term in St\n"
            "Lenz for theft when he was released and sent to the dams.The 22-year-old is one of many.\n\n" + STORY)
    article = load_corpus(write_corpus({"001_k.txt": page}))["001"]
    assert article.title == "\u2018No Way Back\u2019: Valdoria Looks to Its Jails to Bolster Dam Force"
    assert "Andrei had been serving his second term in St" in article.body
    assert {r.text: r.reason for r in article.removed}["LEDGER EXCLUSIVE:"] == debris.SECTION_LABEL


def test_a_headline_over_a_credit_alone_stays_the_title(write_corpus):
    """A lead picture's credit right under the headline makes no caption of the headline."""
    page = ("Enjoying ad-free content?\nYour support can help us fill the gap.\nSupport us\n\n"
            "Video Shows Recruiters in Valdoria's Colonies\n\nJana Kovic / Valley News Agency\n\n" + STORY)
    article = load_corpus(write_corpus({"001_h.txt": page}))["001"]
    assert article.title == "Video Shows Recruiters in Valdoria's Colonies"
    assert "Jana Kovic / Valley News Agency" in {r.text for r in article.removed}


def test_a_live_headline_is_no_tagline(write_corpus):
    article = load_corpus(write_corpus({"001_t.txt": "Latest updates on the floods in Lenz\n" + STORY}))["001"]
    assert article.title == "Latest updates on the floods in Lenz"


@pytest.mark.parametrize("line, reason", [
    ("Valley Media uses cookies for personalization, to customize its online advertisements, and for other purposes. "
     "Learn more or change your cookie preferences.", debris.NAVIGATION),
    ("Sorry we are not currently accepting comments on this article.", debris.COMMENT_POLICY),
    ("Comments are closed for this story.", debris.COMMENT_POLICY),
    ("Valley Media is committed to maintaining a lively but civil forum for discussion and encourage all readers to "
     "share their views on our articles. Comments may take up to an hour for moderation before appearing on the "
     "site. We ask you to keep your comments relevant and respectful. Visit our Community Guidelines for more "
     "information on how to adjust your email settings, and read our rules on what may be said.",
     debris.COMMENT_POLICY),
    ("File photo of rescuers in the flooded streets of Lenz.", debris.CAPTION),
    ("Representative image", debris.CAPTION),
    ("Representational photo", debris.CAPTION),
    ("Valley Dam Authority chief Jana Kovic. Illustration by Pieter Haan.", debris.CAPTION),
])
def test_named_cookie_banners_closed_comment_boxes_and_plain_captions(line, reason):
    found = debris.classify_line(line)
    assert found is not None and found.reason == reason


@pytest.mark.parametrize("line", [
    "The file photo of the mayor, taken in 2019, was shown at the trial on Monday.",
    "Representative images of the dam were shown to the council.",
    "Readers were not accepting the mayor's comments on the floods, the poll found.",
    "An illustration by Pieter Haan of the dam hangs in the town hall of Lenz, where the council met on Friday.",
])
def test_story_lines_like_captions_and_comment_boxes_stay(line):
    assert debris.classify_line(line) is None


@pytest.mark.parametrize("line, reason", [
    ("Dam chief Jana Kovic at a March 2 news conference (Valley News photo)", debris.CAPTION),
    ("Rescuers in Lenz on Friday (AP Photo)", debris.CAPTION),
    ("Police lights with wording, generic file photo", debris.CAPTION),
    ("A flooded street in Lenz (stock image)", debris.CAPTION),
    ("I am Jane Roe, a professional writer and journalist for the Valley Ledger. I cover courts and floods, where I "
     "bring to light stories that affect us all.", debris.AUTHOR_BLURB),
    ("I'm Tom Brill, the Ledger's court reporter.", debris.AUTHOR_BLURB),
    ("Editor in chief \u2014 Jane Roe. Terms of use. Privacy policy.", debris.NAVIGATION),
    ("Editor: Jane Roe. About us. Contact us. Privacy Policy.", debris.NAVIGATION),
    ("Dear reader,", debris.PROMO),
    ("Our site is free to read, because we believe in open information. Therefore, to continue our work, we ask "
     "for the support of our readers. Become a member of the Valley Ledger to help us.", debris.PROMO),
])
def test_credits_in_brackets_first_person_blurbs_footers_and_appeals(line, reason):
    found = debris.classify_line(line)
    assert found is not None and found.reason == reason


@pytest.mark.parametrize("line", [
    "The photo (taken by a neighbour) showed the flooded street, the court heard.",
    "I am Jane Roe, a mother of three, and I lost my home in the flood.",
    "The firm changed its terms of service and privacy policy after the fine, regulators said.",
    "\u201cWe need your support,\u201d the mayor told the council, and residents lined up to donate.",
    "Dear readers of the Ledger will remember the floods of 2019, when the dam broke.",
])
def test_story_lines_like_credits_footers_and_appeals_stay(line):
    assert debris.classify_line(line) is None


def test_a_headline_reused_as_the_picture_caption_stays_the_title(write_corpus):
    """A site's sponsor line and a glued breadcrumb above the headline; the lead picture's alt text and its caption,
    the headline again with a credit, below it: the headline is the title, the rest goes."""
    head = "Head of Valley Dam Authority Filmed Recruiting in Lenz Prison"
    page = ("Valley Bank Supports Lenz\nLedgerNews.comEurope" + head + "\n\n" + head + "\n\n"
            "Dam Chief Recruits Convicts for flood work\n" + head + " Credit: Video Screenshot / YouTube\n\n" + STORY)
    article = load_corpus(write_corpus({"001_c.txt": page}))["001"]
    assert article.title == head
    assert [p.text for p in article.paragraphs] == STORY.strip().split("\n")


def test_a_caption_twin_behind_an_icon_label_goes(write_corpus):
    """The lead paragraph printed as the picture's alt text, and again in its caption after an icon's label."""
    lead = STORY.split("\n")[0]
    page = ("Floods cut off villages\n\nJana Kovic\n" + lead + "\nCamera Icon" + lead +
            "  Credit: JANA KOVIC/VALLEYIMAGE\n\n" + STORY)
    article = load_corpus(write_corpus({"001_i.txt": page}))["001"]
    assert article.title == "Floods cut off villages"
    assert [p.text for p in article.paragraphs] == STORY.strip().split("\n")


def test_an_alt_text_over_the_lead_caption_goes(write_corpus):
    """Under the headline, a picture's short alt text over its credited caption."""
    page = ("Floods cut off villages in the Tarn valley\n\n"
            "A flooded street\nRescuers wade through a flooded street of Lenz on Friday. Photograph: Jana Kovic/AP\n\n"
            + STORY)
    article = load_corpus(write_corpus({"001_a.txt": page}))["001"]
    assert article.title == "Floods cut off villages in the Tarn valley"
    assert "A flooded street" in {r.text for r in article.removed}
    assert [p.text for p in article.paragraphs] == STORY.strip().split("\n")


def test_the_headline_printed_again_with_its_date_goes(write_corpus):
    page = ("Floods cut off villages in the Tarn valley\n\n26.07.2024: Floods cut off villages in the Tarn valley\n\n"
            + STORY)
    article = load_corpus(write_corpus({"001_d.txt": page}))["001"]
    assert [p.text for p in article.paragraphs] == STORY.strip().split("\n")
    assert article.meta["given_date"].value == "26.07.2024"


def test_a_long_item_of_an_announced_list_keeps_a_lone_word_below_it(write_corpus):
    """A list the story announces with a colon: items of a clause each, then a lone lower-case item."""
    page = ("Floods cut off villages\n\n" + STORY + "Before they go home, the villagers get:\n\n"
            "Confirmation of their stay in the shelter at Lenz, as the town hall is called in the valley\n\n"
            "passport\n\nMedical certificates\n\nThe river fell on Sunday, officials said, and the roads reopened.\n")
    article = load_corpus(write_corpus({"001_l.txt": page}))["001"]
    assert "passport" in [p.text for p in article.paragraphs]


@pytest.mark.parametrize("second", ["Mayor Jana Kovic at her victory party with her supporters in Lenz.",
                                    "Mayor Jana Kovic at her victory party with"])
def test_a_caption_printed_twice_in_a_row_goes(write_corpus, second):
    """Inside the story, a picture's alt text and its caption one under the other (the copy whole, or cut off at the
    page's end); the story's short paragraph before it stays."""
    page = ("Floods cut off villages\n\n" + STORY + "\nThat won't be happening.\n\n"
            "Mayor Jana Kovic at her victory party with her supporters in Lenz.\n" + second + "\n")
    article = load_corpus(write_corpus({"001_p.txt": page}))["001"]
    assert [p.text for p in article.paragraphs] == STORY.strip().split("\n") + ["That won't be happening."]


def test_a_paragraph_printed_twice_apart_stays(write_corpus):
    page = "Floods cut off villages\n\n" + STORY + "\nThe river fell on Sunday.\n\nThe river fell on Sunday.\n"
    article = load_corpus(write_corpus({"001_q.txt": page}))["001"]
    assert [p.text for p in article.paragraphs][-2:] == ["The river fell on Sunday."] * 2


def test_a_headline_under_a_promo_header_that_the_page_prints_again_is_no_link(write_corpus):
    """A menu of promo headers over the headline ("Don't Miss"); the page prints the headline again inside the
    story: it is the title, not a linked story, and its copy goes."""
    head = "Why did the minister choose a private clinic over the Lenz hospital: Jana Kovic"
    lead, rest = STORY.strip().split("\n")
    page = ("Trending Floods Dam Repairs Valdoria vs Tarn Election\nJust In\n\nDon't Miss\n\n" + head + "\n\nBy PTI\n"
            + lead + "\n\n" + head + "\n\n" + rest + "\n")
    article = load_corpus(write_corpus({"001_m.txt": page}))["001"]
    assert article.title == head
    assert [p.text for p in article.paragraphs] == [lead, rest]


def test_a_breadcrumb_glued_to_the_headline_is_cut_off_the_title(write_corpus):
    page = " date 2023-03-25 Home World More than 5,000 villagers have left the Tarn valley, the mayor says\n" + STORY
    article = load_corpus(write_corpus({"001_b.txt": page}))["001"]
    assert article.title == "More than 5,000 villagers have left the Tarn valley, the mayor says"
    assert (1, "Home World", debris.MENU) in {(r.line, r.text, r.reason) for r in article.removed}


@pytest.mark.parametrize("title", ["Home Office says the Tarn valley dams are safe", "Home World Lenz",
                                   "Homes in Lenz flooded after the dam broke"])
def test_a_headline_opening_with_home_stays_whole(title):
    assert debris.split_breadcrumb(title) is None


@pytest.mark.parametrize("line, following, reason", [
    ("Interested in Lenz floods?", "Add Lenz floods as an interest to stay up to date on the latest news.", debris.PROMO),
    ("Add Lenz floods as an interest to stay up to date on the latest Lenz floods news from the Ledger.", "",
     debris.PROMO),
    ("Add Interest", "", debris.NAVIGATION),
    ("Search This Blog", "", debris.NAVIGATION),
    ("Read on", "", debris.NAVIGATION),
    ("Get the Ledger app", "", debris.PROMO),
    ("See also  Floods in the valley - News - Ledger - News", "", debris.PROMO),
    ("- 32 reads.", "", debris.COUNTER),
    ("Quelle: Valley Defence Ministry Press Service", "", debris.CAPTION),
    ("Fuente: EFE", "", debris.CAPTION),
    ("Bild: Jana Kovic", "", debris.CAPTION),
    ("\u0179r\u00f3d\u0142o: PAP", "", debris.CAPTION),
    ("Mayor Jana Kovic (left) with rescuers at the Lenz dam", "", debris.CAPTION),
    ("RRelated Posts", "", debris.PROMO),
])
def test_follow_widgets_app_promos_foreign_credits_and_placed_captions(line, following, reason):
    found = debris.classify_line(line, following)
    assert found is not None and found.reason == reason


@pytest.mark.parametrize("line, following", [
    ("Interested in the dam?", "The mayor asked the crowd, and nobody answered for a long time."),
    ("See also the report the ministry published on Friday.", ""),
    ("Mayor Jana Kovic (left) and her deputy inspected the dam on Friday.", ""),
    ("LENZ \u2014 Rescuers reached the six villages on Friday", ""),
    ("Read on to find out why the dam broke.", ""),
    ("- Jana Kovic (pictured) was elected mayor of Lenz in 2019", ""),
    ("Get the boats out, the mayor shouted.", ""),
])
def test_story_lines_like_those_widgets_stay(line, following):
    assert debris.classify_line(line, following) is None


def test_the_app_promo_names_the_site():
    assert debris.classify_line("Get the Ledger app").given_outlet == "Ledger"
    assert debris.classify_line("Download our free app").given_outlet is None


def test_a_byline_with_its_outlet_and_time_gives_both():
    found = debris.classify_line("By Jana Kovic, The Canadian Press May 29, 2013 4:40 PM")
    assert (found.reason, found.given_date, found.given_outlet) == (debris.BYLINE, "May 29, 2013",
                                                                    "The Canadian Press")


def test_a_place_and_date_line_dates_the_page_and_the_headline_under_it_is_the_title(write_corpus):
    page = "LENZ \u2014 Mar 4, 2024, 2:05 PM ET\n\nFloods cut off villages in the Tarn valley\n\n" + STORY
    article = load_corpus(write_corpus({"001_p.txt": page}))["001"]
    assert article.title == "Floods cut off villages in the Tarn valley"
    assert article.meta["given_date"].value == "Mar 4, 2024"


def test_a_blog_search_box_is_no_title(write_corpus):
    page = "Search This Blog\n\nMonday, March 4, 2024\n\nFloods cut off villages in the Tarn valley\n\n" + STORY
    article = load_corpus(write_corpus({"001_s.txt": page}))["001"]
    assert article.title == "Floods cut off villages in the Tarn valley"


def test_a_reader_comment_thread_and_the_breadcrumb_over_it_go(write_corpus):
    head = "Floods cut off villages in the Tarn valley"
    page = (head + "\n\n" + STORY + "\nNews - " + head + "\n\nRelated Posts\n\n  \u2022 Rosa77\n\n"
            "    I was there, the water came so fast that we lost the car and the dog.\n\n  \u2022 DamWatcher\n\n"
            "    Why did nobody warn us?\n\n    The siren never sounded.\n\n  \u2022 Rosa77\n\n    The mayor should resign.\n")
    article = load_corpus(write_corpus({"001_c.txt": page}))["001"]
    assert [p.text for p in article.paragraphs] == STORY.strip().split("\n")
    assert sum(r.reason == debris.READER_COMMENT for r in article.removed) == 7


def test_a_list_of_places_each_with_its_text_stays(write_corpus):
    """Bulleted names over a text each, with no user name's form (digit, capital inside) and none given twice."""
    items = ("\u2022 Lenz\n\nThe town lost its bridge and the road to the dam.\n\n\u2022 Tarn\n\n"
             "The village was cut off for three days.\n")
    article = load_corpus(write_corpus({"001_l.txt": "Floods cut off villages\n\n" + STORY + items}))["001"]
    assert [p.text for p in article.paragraphs][-4:] == [line for line in items.split("\n") if line]


def test_the_headline_again_after_a_section_breadcrumb_goes(write_corpus):
    head = "Floods cut off villages in the Tarn valley"
    page = head + "\n\n" + STORY + "\nNews - " + head + "\n"
    article = load_corpus(write_corpus({"001_n.txt": page}))["001"]
    assert [p.text for p in article.paragraphs] == STORY.strip().split("\n")


def test_a_page_opening_with_placed_captions_has_no_title(write_corpus):
    page = ("Mayor Jana Kovic (left) was among the rescuers who reached the villages by boat\n"
            "Mayor Jana Kovic (left) at the Lenz dam\n\n" + STORY)
    article = load_corpus(write_corpus({"001_t.txt": page}))["001"]
    assert article.title == ""
    assert [p.text for p in article.paragraphs] == STORY.strip().split("\n")


@pytest.mark.parametrize("line, reason", [
    ("Home / World", debris.MENU),
    ("Home \u203a Business", debris.MENU),
    ("[ad_1]", debris.CODE),
    ("[/caption]", debris.CODE),
    ("Post Comments (Atom)", debris.NAVIGATION),
    ("Article content continued", debris.NAVIGATION),
    ("IE 11 is not supported. For an optimal experience visit our site on another browser.", debris.NAVIGATION),
    ("Your browser is out of date. Please update your browser to read the Ledger.", debris.NAVIGATION),
    ("\u0427\u0438\u0442\u0430\u0442\u044c \u043d\u0430 \u0440\u0443\u0441\u0441\u043a\u043e\u043c \u044f\u0437\u044b\u043a\u0435",
     debris.NAVIGATION),  # "read in Russian"
])
def test_breadcrumbs_shortcodes_feed_links_and_browser_notices(line, reason):
    found = debris.classify_line(line)
    assert found is not None and found.reason == reason


def test_the_browsers_a_notice_offers_are_stripped_with_it():
    notice = "Your browser is out of date. Please install one of these:"
    assert debris.classify_line("Google Chrome Firefox Safari", "", notice).reason == debris.NAVIGATION
    assert debris.classify_line("Google Chrome Firefox Safari") is None  # a story's subheading, say


def test_a_source_line_after_a_slash_names_the_outlet():
    found = debris.classify_line("/ Source: The Associated Press")
    assert found.reason == debris.SOURCE_LINE and found.given_outlet == "The Associated Press"


@pytest.mark.parametrize("line", [
    "Microsoft said Internet Explorer 11 is no longer supported from June, and the bank urged clients to switch.",
    "Home prices in Lenz rose again",
    "The ad [sic] ran twice.",
    "Experts advise users to use a different browser for banking.",
])
def test_story_lines_like_breadcrumbs_and_browser_notices_stay(line):
    assert debris.classify_line(line) is None


def test_a_breadcrumb_of_two_items_over_the_headline_is_no_title(write_corpus):
    text = "Home / World\nFloods cut off six villages\n" + STORY
    article = load_corpus(write_corpus({"001_a.txt": text}))["001"]
    assert article.title == "Floods cut off six villages"


def test_a_browser_notice_opening_the_page_is_no_title(write_corpus):
    text = ("IE 11 is not supported. For an optimal experience visit our site on another browser.\n"
            "Floods cut off six villages\n" + STORY)
    article = load_corpus(write_corpus({"001_a.txt": text}))["001"]
    assert article.title == "Floods cut off six villages"
    assert "IE 11" not in article.body


def test_a_standfirst_the_lead_repeats_word_for_word_is_stripped_once(write_corpus):
    lead = STORY.split("\n")[0]
    text = "Floods cut off six villages\n" + lead + "\n/ Source: The Associated Press\n" + STORY
    article = load_corpus(write_corpus({"001_a.txt": text}))["001"]
    assert article.title == "Floods cut off six villages"
    assert article.body.count(lead) == 1 and article.body.startswith(lead)
    assert {(r.line, r.reason) for r in article.removed} >= {(2, debris.STANDFIRST), (3, debris.SOURCE_LINE)}


LONG_STORY = STORY + ("Rescuers in boats reached two of the villages by Saturday evening and brought food, water and "
                      "medicine to the families who had stayed behind.\n"
                      "The mayor of Lenz said the bridge over the river would take at least a year to rebuild.\n")


def test_a_donation_box_ending_the_page_is_stripped_from_its_heading(write_corpus):
    box = ("A Message from the Valley Ledger:\nDear readers,\nWe are facing hard times. The authorities have named the "
           "Ledger a foreign agent, putting our staff at risk.\nThese steps are meant to silence independent news in "
           "the valley\n")
    article = load_corpus(write_corpus({"001_a.txt": "Floods cut off six villages\n" + LONG_STORY + box}))["001"]
    assert [r.reason for r in article.removed] == [debris.PROMO] * 4
    assert article.body.endswith("at least a year to rebuild.")


def test_a_letter_the_story_quotes_at_its_end_stays(write_corpus):
    letter = "The editor's last column read:\nDear readers,\nWe are closing the paper after 50 years in the valley.\n"
    article = load_corpus(write_corpus({"001_a.txt": "Floods cut off six villages\n" + LONG_STORY + letter}))["001"]
    assert "We are closing the paper" in article.body


@pytest.mark.parametrize("tail", [
    "The ministry listed the villages cut off:\nLenz 1200 3\nOrt 800 2\nTarn 450 1\n",  # a table the story announces
    "Officials gave the toll by village:\n2\n3\n",
])
def test_tables_and_numbers_the_story_announces_stay(write_corpus, tail):
    article = load_corpus(write_corpus({"001_a.txt": "Floods cut off six villages\n" + LONG_STORY + tail}))["001"]
    assert not article.removed


def test_a_russian_story_keeps_its_short_last_lines(write_corpus):
    story = ("\u041d\u0430\u0432\u043e\u0434\u043d\u0435\u043d\u0438\u0435 \u043e\u0442\u0440\u0435\u0437\u0430\u043b"
             "\u043e \u0448\u0435\u0441\u0442\u044c \u0433\u043e\u0440\u043d\u044b\u0445 \u0441\u0451\u043b \u043d\u0430 "
             "\u044e\u0433\u0435 \u0441\u0442\u0440\u0430\u043d\u044b \u0432 \u043f\u044f\u0442\u043d\u0438\u0446\u0443, "
             "\u0441\u043e\u043e\u0431\u0449\u0438\u043b\u043e \u043c\u0438\u043d\u0438\u0441\u0442\u0435\u0440\u0441\u0442"
             "\u0432\u043e.\n")
    text = "Floods\n" + story * 3 + "\u0418\u0432\u0430\u043d \u041f\u0435\u0442\u0440\u043e\u0432\n"
    article = load_corpus(write_corpus({"001_a.txt": text}))["001"]
    assert not any(r.reason == debris.WIDGET_DATA for r in article.removed)


@pytest.mark.parametrize("line, is_caption", [
    ("APA man rowing a boat near his flooded home in Lenz. Officials fear disease.", True),  # "AP" + "A man ..."
    ("AFPRescuers wading through a flooded street in Lenz.", True),
    ("APEC leaders meeting in Lima agreed on trade rules.", False),
    ("AP reporters covering the floods were moved to safety.", False),
    ("Reuters reporting from Lenz showed the water rising.", False),
])
def test_a_caption_opened_by_its_agency_glued_on_is_stripped(line, is_caption):
    found = debris.classify_line(line)
    assert (found is not None and found.reason == debris.CAPTION) == is_caption


@pytest.mark.parametrize("line, day", [
    ("Jan.12 - 2024 1:34 PM CET", "Jan.12 - 2024"),
    ("Mar.3, 2024", "Mar.3, 2024"),
])
def test_a_date_line_with_its_month_glued_or_a_dash_before_the_year_dates_the_page(line, day):
    found = debris.classify_line(line)
    assert found.reason == debris.DATE_LINE and found.given_date == day


def test_a_date_line_in_another_language_dates_the_page(write_corpus):
    text = ("Published 14 сентября 2023, 09:05\n"
            "Modified 15 сентября 2023, 10:40\n"
            "Former convicts who fought in Ukraine are returning to their home towns, the regional governor said.\n"
            "Relatives said the men had been promised pardons after six months at the front.\n")
    article = load_corpus(write_corpus({"500_mt.txt": text}))["500"]
    assert article.published.best == "2023-09-14"
    assert [r.reason for r in article.removed] == [debris.DATE_LINE, debris.UPDATED_LINE]
    assert article.body.startswith("Former convicts")


def test_a_bulleted_list_of_sharing_buttons_is_stripped(write_corpus):
    text = ("Shares of the toy maker fell 8 percent on Tuesday after it cut its forecast for the year.\n"
            "Analysts said demand for its games had weakened in the spring and would not recover soon.\n"
            "- Link this\n- Share this\n- Digg this\n- Email\n- Reprints\n")
    article = load_corpus(write_corpus({"501_blog.txt": text}))["501"]
    assert [r.text for r in article.removed if r.reason == debris.SHARE] == [
        "- Link this", "- Share this", "- Digg this", "- Email", "- Reprints"]
    assert article.body.endswith("would not recover soon.")


def test_a_bulleted_list_of_short_items_in_the_story_stays(write_corpus):
    text = ("The city of Lenz will close two libraries and dim its street lights from January, its council said.\n"
            "The council listed the services it will cut next year to save money on its budget:\n"
            "- Libraries\n- Street lights\n- Email newsletters\n"
            "The mayor said the cuts were painful but that the city had no other choice this year.\n")
    article = load_corpus(write_corpus({"502_city.txt": text}))["502"]
    assert "- Street lights" in article.body and "- Email newsletters" in article.body


@pytest.mark.parametrize("line, is_credit", [("(jh)", True), ("(mkg/hc)", True), ("(AP)", True),
                                             ("(see below)", False), ("(jh) said the mayor", False)])
def test_editors_initials_in_brackets_are_a_credit(line, is_credit):
    found = debris.classify_line(line)
    assert (found is not None and found.reason == debris.CREDITS) == is_credit


NOTICED_PAGE = """Police arrest tram shooting suspect

Content warning: this story contains descriptions of violence against children.

Police in Lenzburg arrested a man on Monday after a shooting on a tram that wounded two people, officials said.

The suspect was arrested near the central station. Police earlier published his photo.
\u2014 Lenzburg Police (@PolizeiLenz) March 18, 2024

The mayor said the city's trams would run again on Tuesday, and that extra officers would ride them all week.

(This is an unedited, auto-generated story from a Syndicated News feed; the Valley Times desk may not have modified its text)
"""


def test_a_content_warning_an_embedded_post_and_a_feed_notice_are_no_text(write_corpus):
    article = load_corpus(write_corpus({"001_tram.txt": NOTICED_PAGE}))["001"]
    reasons = {r.text[:20]: r.reason for r in article.removed}
    assert reasons["Content warning: thi"] == debris.DISCLAIMER
    assert reasons["The suspect was arre"] == reasons["\u2014 Lenzburg Police (@"] == debris.EMBEDDED_POST
    assert reasons["(This is an unedited"] == debris.SYNDICATION
    assert "The mayor said the city's trams" in article.body and "Police in Lenzburg arrested" in article.body


@pytest.mark.parametrize("line", ["Warning: the smoke was visible for miles, residents said.",
                                  "Content of the report was leaked to a newspaper in May."])
def test_a_sentence_opening_with_warning_or_content_stays(line):
    assert debris.classify_line(line) is None


@pytest.mark.parametrize("line, reason", [
    ("Reader Comments(0)", debris.COUNTER),
    ("by Reads (1,959)", debris.COUNTER),
    ("\u00ab Prev Post", debris.NAVIGATION),
    ("Advertisment", debris.NAVIGATION),  # as misspelt on a page
    ("Watch video below.", debris.NAVIGATION),
    ("Thank you for your patience while we verify access.", debris.PROMO),
    ("Want all of The Valley Times? Subscribe.", debris.PROMO),
    ("Representational image. File picture", debris.CAPTION),
    ("Photo Credits: Ann Lind (1), Lenz Zoo (2)", debris.CAPTION),
    ("Lion cub_with Asha_5-12-14_(2)_Ann Lind Lenz Zoo_sm", debris.CAPTION),  # a picture's file name as its caption
])
def test_counters_post_navigation_paywall_notes_and_picture_notes_are_debris(line, reason):
    assert debris.classify_line(line).reason == reason


@pytest.mark.parametrize("line", ["Next, the council will vote on the plan.", "The file photo showed the plant.",
                                  "He named the files report_final and report_old in the archive.",
                                  "Comments (3) were made by the minister on Monday."])
def test_sentences_near_those_notes_stay(line):
    assert debris.classify_line(line) is None


# Session 14 (metadata helper): page lines read from the misses of clean15, written anew
@pytest.mark.parametrize("line, reason", [
    ("Mayor Ivo Marek speaks to reporters outside the town hall in Lenz. [Source: Valley TV]", debris.CAPTION),
    ("\u203a Subscribe", debris.NAVIGATION),
    ("\u00bb Home", debris.NAVIGATION),
    ("Please enter your comment!", debris.COMMENT_POLICY),
    ("Please enter your name here", debris.COMMENT_POLICY),
    ("You have entered an incorrect email address!", debris.COMMENT_POLICY),
    ("Comment on this story", debris.NAVIGATION),
])
def test_a_bracketed_caption_credit_an_arrowed_link_and_a_comment_form(line, reason):
    found = debris.classify_line(line)
    assert found is not None and found.reason == reason


def test_a_sentence_citing_its_source_in_brackets_stays_text():
    line = ("The council approved the budget for the dam after a long debate on Tuesday, and the mayor said work "
            "would begin in spring once the engineers had checked the old walls along the river and the bridge "
            "at Castelo. [Source: Valley Council]")
    assert debris.classify_line(line) is None


@pytest.mark.parametrize("line, next_line", [
    ("Web Notifications", ""),
    ("Lenzdaily.com would like to send you notifications for breaking news alerts.", ""),
    ("Activate notifications?", ""),
    ('Watch on YouTube: "Valley weather for March 3 | Lenz Daily"', ""),
    ("Valley weather for March 3 | Lenz Daily", 'Watch on YouTube: "Valley weather for March 3 | Lenz Daily"'),
])
def test_a_push_notification_prompt_and_a_video_embed_label(line, next_line):
    found = debris.classify_line(line, next_line)
    assert found is not None and found.reason == debris.PROMO


def test_an_outlets_newsroom_line_is_a_byline_naming_the_outlet(write_corpus):
    found = debris.classify_line("VNN Newsroom")
    assert (found.reason, found.given_outlet) == (debris.BYLINE, "VNN")
    article = load_corpus(write_corpus({"001_n.txt": "VNN Newsroom\n" + STORY}))["001"]
    assert article.title == "" and article.value("outlet") == "VNN"
