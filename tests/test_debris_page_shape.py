"""Session 13: web debris read from the page's shape and from kinds of furniture that recur across sites (photo
counters, language links, reading times, archive notices, captions written as sentences), on invented pages and
lines; the rules of `analysis.page_shape` (other stories' headlines and cards, ...) are tested in test_page_shape.py."""

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


def test_a_caption_repeating_the_title_with_its_source_goes(tmp_path):
    title = "Lenz council approves new flood barriers"
    article = _article(tmp_path, "\n\n".join([title, f"{title}, according to the Valley Ledger.", LEAD, SECOND]))
    assert article.title == title
    assert [p.text for p in article.paragraphs] == [LEAD, SECOND]


def test_a_subheading_on_the_storys_subject_stays(tmp_path):
    heading = "Shops on the market square wait for the barriers"
    article = _article(tmp_path, "\n\n".join(["Lenz council approves new flood barriers", LEAD, heading, SECOND, THIRD]))
    assert [p.text for p in article.paragraphs] == [LEAD, heading, SECOND, THIRD]


def test_a_story_with_dated_entries_keeps_them(tmp_path):
    entries = ["The first barrier", "12 May, 2024", "Workers set the first steel panel into the river bed by the "
               "market square, where the water rose highest in both floods.", "The second barrier", "20 May, 2024",
               "The second panel went in a week later near the old mill, after a delay caused by the rain."]
    article = _article(tmp_path, "\n\n".join(["Lenz council approves new flood barriers", LEAD, SECOND, THIRD] + entries))
    assert [p.text for p in article.paragraphs][:3] == [LEAD, SECOND, THIRD]
    assert entries[2] in [p.text for p in article.paragraphs] and entries[5] in [p.text for p in article.paragraphs]


def test_the_story_going_on_under_subheadings_after_a_list_header_stays(tmp_path):
    rest = ["Shop owners said they had waited long enough for the barriers and asked the "
            "council to pay for the sandbags they bought.", "Work on the mill",
            "The second section near the old mill will follow in the autumn if the river stays low, the mayor said."]
    article = _article(tmp_path, "\n\n".join(["Lenz council approves new flood barriers", LEAD, SECOND, "RELATED",
                                              "Storm closes the port of Ostrel"] + rest))
    assert [p.text for p in article.paragraphs][-3:] == rest


@pytest.mark.parametrize("line", [
    "Police chief Jana Kovic, center, speaks about the fire Sunday at the Lenz station. Mayor Tomas Brill, to her "
    "right, also spoke.",
    "Jana Kovic, left, arriving at the court in Ostrel on Monday.",
    "Fishermen wading through the flooded harbour of Port Alder on Friday."])
def test_captions_placing_people_or_told_with_a_participle_are_captions(line):
    assert _reason(line) == debris.CAPTION


@pytest.mark.parametrize("line", [
    "Rescuers were wading through the flooded square of Lenz on Friday.",
    "Brill speaks to the council on Tuesday about the barriers. He expects a vote in May.",
    "Jana Kovic, center, arriving at court on Monday, said she would appeal."])
def test_story_sentences_with_a_participle_or_a_second_sentence_stay(line):
    assert debris.classify_line(line) is None


def test_a_name_and_a_participle_over_a_caption_is_its_alt_text(tmp_path):
    caption = "Mayor Tomas Brill at the opening of the Lenz dam on June 17, 2016. Pieter Haan/Getty Images"
    article = _article(tmp_path, "\n\n".join(["Lenz council approves new flood barriers", "Tomas Brill walking",
                                              caption, LEAD, SECOND]))
    assert [p.text for p in article.paragraphs] == [LEAD, SECOND]


def test_a_bloggers_intro_over_a_quoted_story_stays(tmp_path):
    intro = "We found this report on the Lenz floods worth reading in full, so here it is for our readers."
    title = "Lenz council approves new flood barriers after two winters of floods"
    article = _article(tmp_path, "\n\n".join([intro, title, "Jana Kovic", LEAD, SECOND, THIRD]))
    assert article.paragraphs[0].text == intro


@pytest.mark.parametrize("line, reason", [
    ("EditorLast Update :", debris.DATE_LINE), ("Click to enlarge", debris.NAVIGATION),
    ("Tap to view full-size image", debris.NAVIGATION), ("Court correspondent", debris.BYLINE),
    ("Political Editor", debris.BYLINE), ("Archive file 23359", debris.NAVIGATION), ("Story ID: 48211", debris.NAVIGATION),
    ("Read more at The Valley Ledger", debris.PROMO), ("Continue reading on Lenz Daily", debris.PROMO),
    ("A police officer wearing a gas mask", debris.CAPTION), ("Two women holding candles outside the court in Lenz",
                                                              debris.CAPTION)])
def test_header_fields_image_widgets_item_numbers_and_alt_texts(line, reason):
    assert _reason(line) == reason


def test_where_the_copy_was_printed_is_a_source_line_with_its_date():
    found = debris.classify_line("The Valley Ledger, Lenz, 10 June 2011, p.C14")
    assert found is not None and found.reason == debris.SOURCE_LINE and found.given_date == "10 June 2011"


@pytest.mark.parametrize("line", ["He said it was on page 3 of the report.", "A city rebuilding after the floods",
                                  "A man wearing a mask robbed the bank in Lenz on Friday.",
                                  "Read more about the barriers in our earlier report."])
def test_story_lines_near_those_kinds_stay(line):
    assert debris.classify_line(line) is None


def test_the_headline_over_its_standfirst_and_byline_is_the_title(tmp_path):
    title = "Lenz council approves new flood barriers"
    article = _article(tmp_path, "\n\n".join([
        "Valley Archive - June 2011", title, "Shops on the square have waited two winters for the work to start",
        "By Jana Kovic", LEAD, SECOND]))
    assert article.title == title


HARBOUR = ("Dock workers in Port Alder walked out on Monday over a new shift system, leaving about forty ships waiting "
           "outside the harbour as talks with the port authority broke down.")
HARBOUR_2 = ("The union said the strike would go on until the authority dropped the plan, while shipping firms warned "
             "that fuel and grain deliveries to the valley could run short within days.")
TRAINS = ("Valdoria's rail board has cut the last night train between Lenz and Ostrel, saying fewer than twenty "
          "people a night used it during the winter months of this year.")
TRAINS_2 = ("Commuters' groups called the decision short-sighted and asked the board to try a cheaper service with "
            "fewer carriages before scrapping the route altogether.")


def test_lines_the_sites_unrelated_pages_all_print_are_furniture(write_corpus):
    from analysis.corpus import load_corpus

    box = "Before You Leave, Check This Out"
    corpus = load_corpus(write_corpus({
        "001_a.txt": "\n\n".join(["Lenz council approves new flood barriers", LEAD, SECOND, box]),
        "002_b.txt": "\n\n".join(["Harbour strike leaves forty ships waiting", HARBOUR, HARBOUR_2, box]),
        "003_c.txt": "\n\n".join(["Last night train between Lenz and Ostrel cut", TRAINS, TRAINS_2, box])}))
    for article_id in ("001", "002", "003"):
        assert box not in [p.text for p in corpus[article_id].paragraphs]
        assert {r.text: r.reason for r in corpus[article_id].removed}[box] == debris.SITE_FURNITURE


def test_a_subheading_two_versions_of_one_story_share_stays(write_corpus):
    from analysis.corpus import load_corpus

    heading = "Shops wait for the barriers"
    reworded = ("Lenz's council decided on Tuesday to put 4 million crowns into river barriers, after the old town "
                "flooded twice in two winters and shops were shut for weeks.")
    corpus = load_corpus(write_corpus({
        "001_a.txt": "\n\n".join(["Lenz council approves new flood barriers", LEAD, heading, SECOND]),
        "002_b.txt": "\n\n".join(["Lenz votes for flood barriers", reworded, heading, SECOND.replace("said", "says")])}))
    assert heading in [p.text for p in corpus["001"].paragraphs]
    assert heading in [p.text for p in corpus["002"].paragraphs]


def test_a_short_sentence_two_unrelated_stories_share_stays(write_corpus):
    from analysis.corpus import load_corpus

    line = "He declined to comment."
    corpus = load_corpus(write_corpus({
        "001_a.txt": "\n\n".join(["Lenz council approves new flood barriers", LEAD, SECOND, line]),
        "002_b.txt": "\n\n".join(["Harbour strike leaves forty ships waiting", HARBOUR, HARBOUR_2, line])}))
    assert line in [p.text for p in corpus["001"].paragraphs]


@pytest.mark.parametrize("line", ["Fishermen in Port Alder, Valdoria, on February 22, 2024.", "Rescuers in Lenz on May 5, 2024.",
                                  "Two ferries near Ostrel, 3 March 2024"])
def test_a_caption_without_a_verb_naming_place_and_day_is_a_caption(line):
    assert _reason(line) == debris.CAPTION


@pytest.mark.parametrize("line", ["Protests broke out in Lenz on February 22, 2024.",
                                  "The law took effect in Valdoria on January 1, 2024.",
                                  "Talks in Ostrel may resume on May 5, 2024."])
def test_a_story_sentence_with_its_verb_place_and_day_stays(line):
    assert debris.classify_line(line) is None


@pytest.mark.parametrize("line", ["Read in Google News!", "Читай у Google News!", "Follow us on Apple News",
                                  "Lee en Google News"])
def test_a_call_to_read_the_site_on_a_news_app_is_a_promo(line):
    assert _reason(line) == debris.PROMO


def test_a_story_line_on_a_news_app_stays():
    assert debris.classify_line("Google News changes how it ranks local stories") is None
    assert debris.classify_line("The ministry said its notices now run on Google News.") is None


@pytest.mark.parametrize("line", ["Valley Crimes: the podcast everyone in Lenz is talking about. Listen NOW.",
                                  "The Lenz floods documentary is out. Stream now!"])
def test_a_promo_ending_in_a_call_to_act_is_a_promo(line):
    assert _reason(line) == debris.PROMO


def test_an_embedded_post_with_its_signature_on_one_line_goes():
    line = ("Crews reached the last village on the river tonight. Thank you for your patience. pic.twitter.com/ab12 — "
            "Lenz Police (@LenzPolice) March 18, 2024")
    assert _reason(line) == debris.EMBEDDED_POST
    assert debris.classify_line("Police said on March 18, 2024 that the last village on the river was reached.") is None


@pytest.mark.parametrize("line, reason", [
    ("By JANA KOVIC, PIETER HAAN and ANNA BERG (Associated Press)", debris.BYLINE),
    ("Art: Pieter Haan / Valley Ledger", debris.CAPTION),
    ("Jana Kovic, Pieter Haan, Anna Berg and Tomas Brill – [source]", debris.SOURCE_LINE),
    ("Laisser un commentaire", debris.COMMENT_POLICY), ("Votre adresse e-mail ne sera pas publiée.", debris.COMMENT_POLICY),
    ("Tu dirección de correo electrónico no será publicada.", debris.COMMENT_POLICY),
    ("Deine E-Mail-Adresse wird nicht veröffentlicht. Erforderliche Felder sind mit * markiert", debris.COMMENT_POLICY)])
def test_bylines_art_credits_repost_credits_and_comment_forms_in_other_languages(line, reason):
    assert _reason(line) == reason


def test_a_headline_with_a_newspapers_name_after_a_dash_gives_the_title_without_it(tmp_path):
    article = _article(tmp_path, "\n\n".join(["Lenz council approves new flood barriers – The Valley Post", LEAD, SECOND]))
    assert article.title == "Lenz council approves new flood barriers"


def test_story_lines_like_those_kinds_stay():
    assert debris.classify_line("By the end of the week, the council (and the mayor) had agreed.") is None
    assert debris.classify_line("Art and music classes will resume in Lenz in the autumn, the school said.") is None


def test_an_aggregators_item_header_and_its_link_to_the_original_are_debris():
    found = debris.classify_line("Dam repairs begin in Lenz – Valley Ledger - January 3, 2021 by Site Editor")
    assert found is not None and found.reason == debris.DATE_LINE and found.given_date == "January 3, 2021"
    assert _reason("Read the original here:") == debris.PROMO
    assert debris.classify_line("The vote was held on Friday - January 3, 2021 by the council.") is None


def test_one_sentence_over_the_lead_pictures_caption_is_the_headline(tmp_path):
    title = "Only one in five of the dam's workers stays in Lenz for a year."
    caption = "Workers on the Lenz dam in March. Photo: Pieter Haan/Valley Ledger"
    article = _article(tmp_path, "\n\n".join([title, caption, LEAD, SECOND]))
    assert article.title == title
    assert [p.text for p in article.paragraphs] == [LEAD, SECOND]


def test_a_lead_sentence_without_a_picture_under_it_stays_text(tmp_path):
    first = "Only one in five of the dam's workers stays in Lenz for a year."
    article = _article(tmp_path, "\n\n".join([first, LEAD, SECOND]))
    assert article.paragraphs[0].text == first


def test_a_title_left_with_the_dash_of_a_site_name_cut_off_loses_the_dash(tmp_path):
    article = _article(tmp_path, "\n\n".join(["Lenz council approves new flood barriers -", LEAD, SECOND]))
    assert article.title == "Lenz council approves new flood barriers"


@pytest.mark.parametrize("line, reason", [
    ("Loading Video…", debris.NAVIGATION), ("This browser does not support the Video element.", debris.NAVIGATION),
    ("This is a developing news story. More information will be posted as it becomes available.", debris.DISCLAIMER),
    ("This story will be updated.", debris.DISCLAIMER), ("Check back for updates.", debris.DISCLAIMER),
    ("SOURCE (NSS)", debris.SOURCE_LINE)])
def test_player_text_developing_story_notices_and_a_source_in_brackets(line, reason):
    assert _reason(line) == reason


def test_a_story_sentence_about_updates_stays():
    assert debris.classify_line("The council said the flood maps will be updated next spring.") is None
    assert debris.classify_line("Officials said more information would be released on Friday.") is None


def test_breadcrumbs_glued_to_the_headline_printed_again_below(tmp_path):
    article = _article(tmp_path, "\n\n".join([
        "HomeValdoriaLenz council approves new flood barriers", "Lenz council approves new flood barriers", LEAD, SECOND]))
    assert article.title == "Lenz council approves new flood barriers"
    assert [p.text for p in article.paragraphs] == [LEAD, SECOND]


def test_the_papers_name_under_the_writers_name_is_no_title(tmp_path):
    title = "Lenz council approves new flood barriers"
    article = _article(tmp_path, "\n\n".join(["LOCAL", title, "Jana Kovic", "Lenz Valley Record News", LEAD, SECOND]))
    assert article.title == title
    assert [p.text for p in article.paragraphs] == [LEAD, SECOND]
