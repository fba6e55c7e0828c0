"""Who published an article and whose reporting it carries: wire datelines, credit and source lines, outlets cited
in passing, and the outlets the sourcing's citations name (invented articles)."""

import pytest

from analysis.corpus import load_corpus
from analysis.sourcing import analyse

STORY = ("Floods cut off six mountain villages in the south of the country on Friday, the emergencies ministry "
         "said, and rescuers used boats to reach stranded residents.\n"
         "Officials said the water would not fall before the weekend.\n"
         "The regional governor said 300 people had been moved to schools in the valley town of Lenz.\n"
         "Farmers said the rain had ruined the autumn harvest across the plain.\n")


def load(write_corpus, text: str):
    return load_corpus(write_corpus({"001_p.txt": text}))["001"]


def test_an_outlet_cited_once_after_the_lead_is_a_source_not_the_original_outlet(write_corpus):
    text = STORY + "The ministry said the dam at Castelo held, RIA said, and engineers were checking it.\n"
    article = load(write_corpus, text)
    assert article.value("original_outlet") == "" and article.value("outlet") == ""
    assert "in passing" in article.meta["original_outlet"].evidence


def test_an_outlet_cited_in_the_lead_is_the_story_a_rewrite_retells(write_corpus):
    article = load(write_corpus, "Floods cut off six villages on Friday, RIA said.\n" + STORY)
    assert article.value("original_outlet") == "RIA Novosti"


@pytest.mark.parametrize("line, outlet", [
    ("Source: Meduza", "Meduza"),
    ("Source: Reuters, citing officials in the regional emergencies ministry and two rescuers", "Reuters"),
    ("Источник: TASS", "TASS"),
])
def test_a_source_line_names_the_original_outlet_and_no_publisher(write_corpus, line, outlet):
    article = load(write_corpus, "Floods cut off villages in the valley\n" + line + "\n" + STORY)
    assert article.value("original_outlet") == outlet and article.meta["original_outlet"].provenance == "given"
    assert article.value("outlet") == "" and line in article.meta["outlet"].evidence


@pytest.mark.parametrize("credit, outlet", [
    ("By AFP", "Agence France-Presse"),
    ("ASSOCIATED PRESS", "The Associated Press"),
    ("From the Associated Press", "The Associated Press"),
])
def test_an_agency_credit_names_the_source_of_a_copy_not_its_publisher(write_corpus, credit, outlet):
    article = load(write_corpus, "Floods cut off villages in the valley\n" + credit + "\n" + STORY)
    assert article.value("original_outlet") == outlet and article.value("outlet") == ""


def test_an_agency_staff_byline_is_the_agency_own_page(write_corpus):
    article = load(write_corpus, "Floods cut off villages in the valley\nReuters Staff\n" + STORY)
    assert article.value("original_outlet") == "Reuters" and article.value("outlet") == "Reuters"


def test_a_dateline_signs_the_story_a_site_carries_under_its_own_name(write_corpus):
    page = "Floods cut off villages in the valley | Valley Ledger\nLENZ, Valdoria (AP) \u2014 " + STORY
    article = load(write_corpus, page)
    assert article.value("original_outlet") == "The Associated Press"
    assert "dateline" in article.meta["original_outlet"].evidence
    assert article.value("outlet") == "Valley Ledger"


@pytest.mark.parametrize("dateline, outlet", [
    ("Lenz (AFP) ", "Agence France-Presse"),
    ("Lenz, 3 Mar (EFE).- ", "EFE"),
])
def test_more_wire_dateline_forms_sign_the_story(write_corpus, dateline, outlet):
    article = load(write_corpus, "Floods cut off villages in the valley\n" + dateline + STORY)
    assert article.value("original_outlet") == outlet
    assert "dateline" in article.meta["original_outlet"].evidence


@pytest.mark.parametrize("sentence, outlet", [
    ("Reuters is the first news organisation to compile an account of the floods, speaking to 13 rescuers.",
     "Reuters"),
    ("AFP asked for access to the shelters in Lenz.", "Agence France-Presse"),
    ("An Associated Press review of the ministry's records found 40 dams unchecked.", "The Associated Press"),
])
def test_an_outlet_reporting_its_own_findings_is_the_original_outlet(write_corpus, sentence, outlet):
    article = load(write_corpus, STORY + sentence + "\n")
    assert article.value("original_outlet") == outlet


def test_an_outlet_a_speaker_talked_to_is_cited(write_corpus):
    text = ("LENZ, Valdoria (AP) \u2014 Floods cut off six villages on Friday, officials said.\n\n"
            "\"The water came at night,\" one farmer told Mediazona. He said the dam had not been checked.\n\n"
            "Rescuers used boats to reach stranded residents, officials said.\n")
    result = analyse(load_corpus(write_corpus({"001_p.txt": text})))
    assert "Mediazona" in set(result.citations.cited)


def test_the_outlet_a_story_signs_does_not_cite_itself(write_corpus):
    text = ("LENZ, Valdoria (Reuters) - Floods cut off six villages on Friday, officials said.\n\n"
            "\"The water came at night,\" one farmer told Reuters.\n")
    result = analyse(load_corpus(write_corpus({"001_p.txt": text})))
    assert "Reuters" not in set(result.citations.cited)


@pytest.mark.parametrize("ending", [
    "Farmers said the rain had ruined the harvest. \u2014 AFP\n",
    "Farmers said the rain had ruined the harvest.\n(AFP)\n",
    "Farmers said the rain had ruined the harvest.\nWith AFP\n",
])
def test_an_agency_credited_at_the_story_end_is_its_original_outlet(write_corpus, ending):
    article = load(write_corpus, "Floods cut off villages in the valley\n" + STORY + ending)
    assert article.value("original_outlet") == "Agence France-Presse" and article.value("outlet") == ""


def test_several_agencies_credited_at_the_end_name_no_original_outlet(write_corpus):
    article = load(write_corpus, "Floods cut off villages in the valley\n" + STORY + "mkg/hc (Reuters, AFP, dpa)\n")
    assert article.value("original_outlet") == ""


@pytest.mark.parametrize("dateline, outlet", [
    ("KYIV. Dec 7 (Interfax-Ukraine) - ", "Interfax-Ukraine"),
    ("MINSK, Dec 7 (BelTA) - ", "BelTA"),
    ("ISLAMABAD, Sep 27 (APP): ", "Associated Press of Pakistan"),
    ("KABUL, (AFP) \u2013 ", "Agence France-Presse"),
])
def test_datelines_of_more_agencies_sign_the_story(write_corpus, dateline, outlet):
    article = load(write_corpus, "Floods cut off villages in the valley\n" + dateline + STORY)
    assert article.value("original_outlet") == outlet


@pytest.mark.parametrize("note, outlet", [
    ("The post Floods cut off villages in the valley appeared first on Valley Ledger.", "Valley Ledger"),
    ("Republished with permission from Meduza.", "Meduza"),
    ("Originally published at Mediazona", "Mediazona"),
])
def test_a_copy_note_naming_where_the_story_ran_first_is_its_source(write_corpus, note, outlet):
    article = load(write_corpus, "Floods cut off villages in the valley\n" + STORY + note + "\n")
    assert article.value("original_outlet") == outlet and article.value("outlet") == ""
    assert note not in article.body


def test_a_retelling_that_says_the_outlet_said_is_not_the_outlet_own_page(write_corpus):
    text = ("Recruiters visited 17 prison colonies in July and promised pardons, Reuters said on Friday.\n"
            "One inmate told Reuters that 40 men from his colony had signed contracts.\n"
            "The prison service did not respond to a request for comment.\n")
    article = load(write_corpus, text)
    assert article.value("original_outlet") == "Reuters" and article.value("outlet") == ""
    assert "third person" in article.meta["outlet"].evidence


def test_people_an_outlet_cites_are_no_outlet_cited(write_corpus):
    text = ("Reuters news agency published an investigation into the penal units on Tuesday.\n\n"
            "Reuters cited 13 people familiar with the situation in these units. All of them wished to remain "
            "anonymous.\n\n"
            "\"They are just meat,\" a soldier told Reuters.\n")
    result = analyse(load_corpus(write_corpus({"001_p.txt": text})))
    assert not any("familiar" in cited for cited in result.citations.cited)


def test_an_agency_a_story_reports_through_is_cited(write_corpus):
    text = ("LENZ, Valdoria (Reuters) - Floods cut off two small towns in the south and the area around a dam, the "
            "Interfax news agency reported on Monday, but rescuers reached the villages by boat.\n\n"
            "Officials said the water would not fall before the weekend.\n")
    result = analyse(load_corpus(write_corpus({"001_p.txt": text})))
    rows = result.citations[result.citations.cited == "Interfax"]
    assert list(rows.citing) == ["Reuters"] and "Interfax news agency reported" in rows.evidence.iloc[0]


def test_a_copyright_note_reserving_the_article_to_an_outlet_names_its_source(write_corpus):
    note = "All copyrights for this article are reserved to bbc world"
    article = load(write_corpus, "Floods cut off villages in the valley\n" + STORY + note + "\n")
    assert article.value("original_outlet") == "BBC" and article.value("outlet") == ""
    assert note not in article.body
