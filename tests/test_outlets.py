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
    # a rewrite's journalism is the rewriting site's: the outlet it retells is kept apart, the original unknown
    article = load(write_corpus, "Floods cut off six villages on Friday, RIA said.\n" + STORY)
    assert article.value("original_outlet") == "" and article.value("retold_outlet") == "RIA Novosti"
    assert "rewrite of RIA Novosti" in article.meta["original_outlet"].evidence


@pytest.mark.parametrize("line, outlet", [
    ("Source: Meduza", "Meduza"),
    ("Source: Reuters, citing officials in the regional emergencies ministry and two rescuers", "Reuters"),
    ("Источник: TASS", "TASS"),
])
def test_a_source_line_names_the_original_outlet_and_no_publisher(write_corpus, line, outlet):
    article = load(write_corpus, "Floods cut off villages in the valley\n" + line + "\n" + STORY)
    assert article.value("original_outlet") == outlet and article.meta["original_outlet"].provenance == "given"
    assert article.value("outlet") == "" and line in article.meta["outlet"].evidence


@pytest.mark.parametrize("line", ["Source: Ministry of Emergencies of Valdoria", "Source: Lenz Regional Police"])
def test_a_source_line_naming_a_public_body_names_no_outlet(write_corpus, line):
    """A paper's source line naming its informant, a ministry or the police, gives no outlet whose story the
    page carries."""
    article = load(write_corpus, "Floods cut off villages in the valley\n" + line + "\n" + STORY)
    assert article.value("original_outlet") == "" and line not in article.meta["original_outlet"].evidence
    assert line not in article.meta["outlet"].evidence


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
    assert article.value("original_outlet") == "" and article.value("retold_outlet") == "Reuters"
    assert article.value("outlet") == "" and "third person" in article.meta["outlet"].evidence


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


def cited(write_corpus, text: str) -> dict[str, str]:
    """Cited outlet -> who cites it, in the sourcing's citations of a one-article corpus."""
    result = analyse(load_corpus(write_corpus({"001_p.txt": text})))
    return dict(zip(result.citations.cited, result.citations.citing))


@pytest.mark.parametrize("sentence, outlet", [
    ("The dam had not been inspected since 2019, per CNN.", "CNN"),
    ("The dam had not been inspected since 2019, according to a CNN report published on Sunday.", "CNN"),
    ("The dam's cracks were first reported by Newsweek in May.", "Newsweek"),
    ("Mediazona pointed out that the dam had not been inspected since 2019.", "Mediazona"),
    ("The Daily Beast's report said the dam had not been inspected since 2019.", "The Daily Beast"),
])
def test_more_ways_of_citing_an_outlet_are_citations(write_corpus, sentence, outlet):
    assert cited(write_corpus, STORY + sentence + "\n").get(outlet) == "article 001"


@pytest.mark.parametrize("sentence, outlet", [
    ("The death of the ranger was confirmed by the regional news website \u201cLenz Today\u201d on Friday.",
     "Lenz Today"),
    ("The newspaper Valley Ledger reported that the dam had not been inspected since 2019.", "Valley Ledger"),
    ("\"The water came at night,\" one farmer told Castelo Media on Friday.", "Castelo Media"),
])
def test_an_outlet_the_list_does_not_know_is_cited_when_the_text_says_what_it_is(write_corpus, sentence, outlet):
    assert outlet in cited(write_corpus, STORY + sentence + "\n")


def test_an_outlet_mention_with_two_cues_is_cited_once(write_corpus):
    text = STORY + "According to Agentstvo's report, 12 of the floods' victims were children.\n"
    article = load(write_corpus, text)
    assert article.value("original_outlet") == "" and "in passing" in article.meta["original_outlet"].evidence


def test_an_agency_dateline_without_a_page_line_leaves_the_publisher_unknown_and_is_cited(write_corpus):
    text = ("LENZ, Valdoria (Reuters) - Floods cut off six villages on Friday, officials said.\n\n"
            "\"The water came at night,\" one farmer told Reuters.\n")
    article = load(write_corpus, text)
    assert article.value("original_outlet") == "Reuters" and article.value("outlet") == ""
    assert "dateline" in article.meta["outlet"].evidence
    assert cited(write_corpus, text) == {"Reuters": "article 001"}


@pytest.mark.parametrize("lead, outlet", [
    ("Two rescuers told the British newspaper Daily Mirror how the dam broke at night.", "The Mirror"),
    ("On Thursday, the governor told Russian state media agency RIA Novosti that the dam had held.", "RIA Novosti"),
])
def test_an_outlet_introduced_by_what_it_is_is_cited_in_the_third_person(write_corpus, lead, outlet):
    article = load(write_corpus, lead + "\n" + STORY)
    assert article.value("original_outlet") == "" and article.value("retold_outlet") == outlet
    assert article.value("outlet") == ""
    assert cited(write_corpus, lead + "\n" + STORY) == {outlet: "article 001"}


def test_a_statement_to_an_outlet_in_the_lead_is_its_interview(write_corpus):
    article = load(write_corpus, "The governor said in a statement to Newsweek that the dam was safe.\n" + STORY)
    assert article.value("original_outlet") == "Newsweek"
    assert "interview with the outlet" in article.meta["original_outlet"].evidence


def test_an_outlet_able_to_reach_people_reports_its_own_findings(write_corpus):
    article = load(write_corpus, STORY + "Reuters managed to make contact with 11 of the stranded farmers.\n")
    assert article.value("original_outlet") == "Reuters"


def test_a_source_line_naming_an_outlet_before_more_words_names_the_original(write_corpus):
    note = "This article was originally published by Radio Free Europe/Radio Liberty and is reprinted with permission."
    article = load(write_corpus, note + "\n" + STORY)
    assert article.value("original_outlet") == "RFE/RL" and article.value("outlet") == ""


def test_a_dateline_naming_a_site_and_the_agency_it_carries_signs_the_story(write_corpus):
    text = "Floods cut off villages in the valley\nLENZ (Valley News / Sputnik - 09th January, 2023) " + STORY
    article = load(write_corpus, text)
    assert article.value("original_outlet") == "Sputnik"
    assert "dateline" in article.meta["original_outlet"].evidence


@pytest.mark.parametrize("sentence, outlet", [
    ("Talking to news.com.au after the vote, the governor said the dam was safe.", "news.com.au"),
    ("The dam had not been inspected since 2019, the Washington Post points out.", "The Washington Post"),
    ("Verstka publishes the story of a farmer whose house the water took.", "Verstka"),
])
def test_more_cues_in_the_lead_name_the_outlet_a_story_retells(write_corpus, sentence, outlet):
    article = load(write_corpus, sentence + "\n" + STORY)
    assert (article.value("original_outlet") or article.value("retold_outlet")) == outlet


def test_two_outlets_cited_as_much_leave_the_original_unknown_and_are_both_cited(write_corpus):
    text = ("Two rescuers told the regional news channel RT that the dam broke at night.\n" + STORY +
            "The governor later told BBC Newsnight that the dam had been inspected.\n")
    article = load(write_corpus, text)
    assert article.value("original_outlet") == "" and "cited as much" in article.meta["original_outlet"].evidence
    assert cited(write_corpus, text) == {"RT": "article 001", "BBC": "article 001"}


def test_an_outlet_that_could_not_confirm_a_report_it_relays_is_the_original(write_corpus):
    text = ("Floods cut off six villages in the south, the state news agency RIA Novosti reported.\n" + STORY +
            "The Associated Press could not immediately confirm the report. The ministry did not respond to requests "
            "for comment from the AP.\n")
    assert load(write_corpus, text).value("original_outlet") == "The Associated Press"


def test_a_company_whose_name_ends_in_an_outlet_name_is_no_outlet(write_corpus):
    text = ("Valley Reuters said it would buy back 5 million of its shares through private agreements.\n"
            "The company said the price would be at a discount to the market price in Lenz.\n" + STORY)
    article = load(write_corpus, text)
    assert article.value("original_outlet") == ""


@pytest.mark.parametrize("sentence, outlet", [
    ("Russian TASS reported that floods cut off six villages on Friday.", "TASS"),
    ("On Friday Reuters reported that floods cut off six villages.", "Reuters"),
])
def test_a_place_or_a_day_before_an_outlet_name_keeps_the_citation(write_corpus, sentence, outlet):
    article = load(write_corpus, sentence + "\n" + STORY)  # "X reported" in the lead: the story a rewrite retells
    assert article.value("original_outlet") == "" and article.value("retold_outlet") == outlet


def test_a_dateline_naming_an_unlisted_outlet_signs_the_story(write_corpus):
    page = "Floods cut off villages in the valley\nLENZ (Valdoria Ledger) \u2013 " + STORY + \
        "The water had risen fast, the agency VNA reported, and Reuters said more rain was coming.\n"
    article = load(write_corpus, page)
    assert article.value("original_outlet") == "Valdoria Ledger"
    assert "dateline" in article.meta["original_outlet"].evidence


def test_a_place_in_a_dateline_bracket_is_no_outlet(write_corpus):
    article = load(write_corpus, "Floods cut off villages in the valley\nLENZ (Germany) \u2013 " + STORY)
    assert article.value("original_outlet") == ""


def test_a_company_whose_name_ends_in_an_outlet_name_does_not_cite_it_in_the_third_person(write_corpus):
    from analysis.metadata import refers_to_itself_as_source

    company = load(write_corpus, "Valley Reuters said it would buy back 5 million of its shares.\n" + STORY)
    assert refers_to_itself_as_source(company, "Reuters") == ""
    retelling = load(write_corpus, "Floods cut off six villages on Friday, Reuters said.\n" + STORY)
    assert refers_to_itself_as_source(retelling, "Reuters").startswith("Floods cut off")


@pytest.mark.parametrize("sentence, outlet", [
    ("The dam had not been inspected since 2019, as reported by the Ukrainian news agency UNIAN.", "UNIAN"),
    ("On Friday, the Lenz Telegram channel, which is close to the police, reported that two men drowned.", "Lenz"),
    ("On 4 July, Valley Stories, an independent media outlet, reported that two men drowned.", "Valley Stories"),
    ("Two men drowned, according to the Kestrel newspaper.", "Kestrel"),
])
def test_an_outlet_named_before_or_after_what_it_is_is_cited(write_corpus, sentence, outlet):
    assert outlet in cited(write_corpus, STORY + sentence + "\n")


@pytest.mark.parametrize("sentence", ["The Russian newspaper reported that two men drowned.",
                                      "Ivan Petrov, a former newspaper editor, said two men drowned."])
def test_a_people_or_a_journalist_is_no_outlet_cited(write_corpus, sentence):
    assert cited(write_corpus, STORY + sentence + "\n") == {}


def test_a_source_the_text_introduces_as_an_outlet_is_a_media_outlet(sourcing_of):
    result = sourcing_of(STORY + "On Friday, the Lenz Telegram channel, which is close to the police, reported that "
                                 "two men drowned.\n\n\u201cThey were swept away,\u201d Lenz reported.\n")
    assert dict(result.sources[["source", "source_type"]].values)["Lenz"] == "media outlet"


@pytest.mark.parametrize("sentence, outlet", [
    ("The dam had cracked, according to a report in the Valley Ledger.", "Valley Ledger"),
    ("The dam had cracked, as first reported by the Valley Ledger.", "Valley Ledger"),
    ("According to a report by Study Lens, the dam had cracked.", "Study Lens"),
    ("The dam had cracked, Interfax news agency quoted the mayor as saying.", "Interfax"),
])
def test_a_report_in_or_by_a_publication_cites_it(write_corpus, sentence, outlet):
    assert outlet in cited(write_corpus, STORY + sentence + "\n")


def test_a_report_by_a_state_body_cites_no_outlet(write_corpus):
    assert cited(write_corpus, STORY + "A report by the Justice Ministry said the dam had cracked.\n") == {}


def test_an_outlet_name_ending_a_sentence_is_cited_without_the_full_stop(write_corpus):
    assert set(cited(write_corpus, STORY + "The dam had cracked, according to local outlet Valley Stories.\n")) == \
        {"Valley Stories"}


@pytest.mark.parametrize("sentence", ["Two men drowned, according to a CNN report by Tim Lister published Sunday.",
                                      "The story, originally reported by CNN\u2019s Jim Sciutto, told of two men."])
def test_the_reporters_of_an_outlets_story_are_no_outlet_cited(write_corpus, sentence):
    assert set(cited(write_corpus, STORY + sentence + "\n")) == {"CNN"}


@pytest.mark.parametrize("sentence, outlet", [
    ("Two men drowned, the Lenz Courier reported.", "Lenz Courier"),
    ("Two men drowned, the regional portal Lenz Online reported.", "Lenz Online"),
])
def test_more_forms_of_citing_an_outlet_are_citations(write_corpus, sentence, outlet):
    assert outlet in cited(write_corpus, STORY + sentence + "\n")


@pytest.mark.parametrize("sentence, outlets", [
    ("Two men drowned, Lenz Daily News said.", {"Lenz Daily News"}),
    ("She has an M.A. in Newspaper Journalism from Lenz University.", set()),
])
def test_a_capitalised_media_word_is_part_of_a_name(write_corpus, sentence, outlets):
    assert set(cited(write_corpus, STORY + sentence + "\n")) == outlets


@pytest.mark.parametrize("sentence, organisation", [
    ("According to a new report by Oxfam Relief International, two men drowned.", "Oxfam Relief International"),
    ("In a report published Monday, the Lenz Rivers Trust (LRT) said the dam had cracked.", "Lenz Rivers Trust"),
    ("The Valley Policy Institute has released its annual Water Index, which rates the dam as unsafe.",
     "Valley Policy Institute"),
    ("The dam had cracked, a new Global Dam Watch report found.", "Global Dam Watch"),
    ("The Centre for River Studies, a think tank based in Lenz, reported that the dam had cracked.",
     "Centre for River Studies"),
    ("A study from Kestrel University found the dam had cracked in 2019.", "Kestrel University"),
])
def test_a_report_or_study_of_a_named_organisation_cites_it(write_corpus, sentence, organisation):
    assert cited(write_corpus, STORY + sentence + "\n").get(organisation) == "article 001"


@pytest.mark.parametrize("sentence", ["A report by the Justice Ministry said the dam had cracked.",
                                      "Two men drowned, according to a CNN report by Tim Lister published Sunday.",
                                      "The Lenz Institute has released its annual World Report on dams.",
                                      "Two men drowned, according to a report by CNN's Tim Lister."])
def test_a_state_bodys_report_a_reporter_or_a_reports_title_is_no_organisation_cited(write_corpus, sentence):
    assert not set(cited(write_corpus, STORY + sentence + "\n")) & {"Justice Ministry", "Tim Lister", "World",
                                                                    "CNN's Tim Lister"}


@pytest.mark.parametrize("sentence, outlet", [
    ("\u201cThe water came at night,\u201d the Lenz radio station\u2019s telegram channel reports.", "Lenz"),
    ("The dam had cracked, according to the Kestrel newspaper's website.", "Kestrel"),
    ("In a video published by Orlov\u2019s Valley Nine media outlet, two rescuers were handed medals.", "Valley Nine"),
])
def test_an_outlet_owning_a_channel_or_owned_by_someone_is_cited(write_corpus, sentence, outlet):
    assert outlet in cited(write_corpus, STORY + sentence + "\n")


def test_a_platform_written_in_lower_case_is_no_outlet_cited(write_corpus):
    text = STORY + "\u201cThe water came at night,\u201d the Lenz radio station\u2019s telegram channel reports.\n"
    assert "telegram" not in cited(write_corpus, text)


@pytest.mark.parametrize("sentence, outlet", [
    ("A new survey found the dam had cracked in 2019, Kestrel Magazine reported.", "Kestrel Magazine"),
    ("Two men drowned, according to the Valley Monitor.", "Valley Monitor"),
])
def test_a_magazine_or_monitor_the_list_does_not_know_is_cited(write_corpus, sentence, outlet):
    assert outlet in cited(write_corpus, STORY + sentence + "\n")


def test_a_repost_of_an_outlets_interview_still_cites_the_outlet(write_corpus):
    text = ("In an interview with Der Spiegel published Thursday, the mayor of Lenz was asked why the dam had "
            "cracked.\n\u201cNobody inspected it for years,\u201d he replied.\n")
    assert cited(write_corpus, text).get("Der Spiegel") == "article 001"


def test_a_report_by_an_international_body_named_as_an_office_cites_it(write_corpus):
    text = STORY + "Two men drowned, according to a report published Monday by the U.N. Office for River Safety.\n"
    assert cited(write_corpus, text).get("U.N. Office for River Safety") == "article 001"


@pytest.mark.parametrize("sentence, journal", [
    ("The findings were published in the journal Valley Medicine on Monday.", "Valley Medicine"),
    ("A study in the medical journal Lenz Health found the water was unsafe.", "Lenz Health"),
    ("The results appeared in the Kestrel Reviews journal this week.", "Kestrel Reviews"),
])
def test_a_journal_a_study_is_published_in_is_cited(write_corpus, sentence, journal):
    assert journal in cited(write_corpus, STORY + sentence + "\n")


def test_an_outlet_known_by_its_initials_is_cited(write_corpus):
    assert cited(write_corpus, STORY + "\u201cThe water came at night,\u201d one farmer told RFA on Friday.\n").get(
        "Radio Free Asia") == "article 001"


# --- a rewrite speaks of the outlet whose story it retells in the third person: not that outlet's copy -----------

@pytest.mark.parametrize("text, outlet", [
    # "as per a X report" attributes the whole story to the outlet
    ("Lenzia has sent 9,000 convicts to the front since March, as per a Newsweek report.\n"
     "A rights activist told Newsweek that the men were promised pardons.\n" + STORY, "Newsweek"),
    # an anaphor of the outlet's kind right after its name: "told the newspaper"
    ("Two rescuers told The Guardian how the dam at Castelo broke at night.\n"
     "\u201cWe heard the wall go,\u201d one of them told the newspaper.\n" + STORY, "The Guardian"),
    ("Eleven convicts from the Orsk colony were sent to the front, a relative told Meduza.\n"
     "The outlet reported that recruiters came twice in a month.\n" + STORY, "Meduza"),
])
def test_a_rewrite_that_speaks_of_the_outlet_in_the_third_person_is_not_its_copy(write_corpus, text, outlet):
    article = load(write_corpus, text)
    assert article.value("original_outlet") == "" and article.value("retold_outlet") == outlet
    assert "rewrite of " + outlet in article.meta["original_outlet"].evidence
    assert article.value("outlet") == ""


def test_an_anaphor_after_another_outlet_and_an_own_count_leave_the_outlet_copy(write_corpus):
    text = ("Two rescuers told The Guardian how the dam at Castelo broke at night.\n"
            "At least 40 homes were lost, according to Guardian calculations.\n"
            "Le Monde, which first described the cracks, said the mayor told the newspaper in May they were safe.\n"
            + STORY + "A farmer told The Guardian the water rose in minutes.\n")
    article = load(write_corpus, text)
    assert article.value("original_outlet") == "The Guardian" and article.value("retold_outlet") == ""


@pytest.mark.parametrize("line, outlet", [
    ("(Reporting by Anna Lenz in Castelo; Editing by Tom Roe)", "Reuters"),
    ("(Reporting by Anna Lenz)", "Reuters"),
    ("Writing by Tom Roe; Additional reporting by Anna Lenz; Editing by Sam Poe", "Reuters"),
    ("Associated Press writer Mara Quist in Castelo contributed to this report.", "The Associated Press"),
    ("--With assistance from Anna Lenz.", "Bloomberg"),
    ("Translation from Meduza", "Meduza"),
])
def test_an_agency_sign_off_or_a_translation_credit_names_the_original_outlet(write_corpus, line, outlet):
    article = load(write_corpus, STORY + line + "\n")
    assert article.value("original_outlet") == outlet and article.meta["original_outlet"].provenance == "given"


@pytest.mark.parametrize("line", ["Translated from Russian", "The Associated Press contributed to this report.",
                                  "Additional reporting by Anna Lenz"])
def test_a_language_or_an_agency_contribution_names_no_original_outlet(write_corpus, line):
    assert load(write_corpus, STORY + line + "\n").value("original_outlet") == ""


# --- the page naming its own site, and the headline under the site's header -----------------------------------

HEADLINE = "Lenzia sends convicts to the front in new penal units"
LEAD = ("The Lenzian army has formed penal units from convicts and sent them to the front, the general staff of the "
        "neighbouring country said on Tuesday.\n\nThe units were set up in March and have lost most of their men in "
        "the fighting near the river, officials said.\n")


@pytest.mark.parametrize("header, outlet", [
    ("The Valley Ledger\nHome\nThe Valley Ledger\n", "The Valley Ledger"),  # the name printed twice over the menu
    ("Marsh County Courier\n", "Marsh County Courier"),  # a newspaper's masthead alone
    ("The GuardianNews you can trust since 1821\n", "The Guardian"),  # a known outlet's logo glued to its slogan
    ("Serving the valley since 1904\nThe Valley Ledger\nSign up for our newsletter!\nServing the valley since 1904\n"
     "The Valley Ledger\n", "The Valley Ledger"),  # a tagline printed twice in the header is no headline
])
def test_the_site_name_over_the_headline_is_the_publisher_and_no_title(write_corpus, header, outlet):
    article = load(write_corpus, header + HEADLINE + "\n\n" + LEAD)
    assert article.title == HEADLINE
    assert canonical(article.value("outlet")) == canonical(outlet)


def test_read_more_on_a_topic_names_no_site(write_corpus):
    assert load(write_corpus, HEADLINE + "\n\n" + LEAD + "\nRead more on Lenzia\n").value("outlet") == ""


def test_a_wire_story_under_a_site_copyright_is_the_agency_copy(write_corpus):
    text = (HEADLINE + "\n\nThe Lenzian army has formed penal units from convicts, a general told AFP on Tuesday.\n\n"
            "Two soldiers told AFP by phone that most men of their unit had died near the river.\n\n"
            "Copyright \u00a9 2024 Valley Ledger. All Rights Reserved.\n")
    article = load(write_corpus, text)
    assert article.value("original_outlet") == "Agence France-Presse" and article.value("outlet") == "Valley Ledger"


def test_a_byline_with_a_wire_dateline_is_no_headline(write_corpus):
    text = ("July 13, 2024\n\nBy Jane Roe and John Doe LENZ, Oct 3 (Reuters) - Drunk recruits. Insubordinate "
            "soldiers. Convicts.\n\n" + LEAD)
    article = load(write_corpus, text)
    assert article.title == "" and article.value("original_outlet") == "Reuters"


def test_a_caption_with_the_site_picture_label_is_no_headline(write_corpus):
    text = "Penal units of the Lenzian army near the river /Collage Valley Channel\n\n" + HEADLINE + "\n\n" + LEAD
    article = load(write_corpus, text)
    assert article.title == HEADLINE


def canonical(name: str) -> str:
    return name.removeprefix("The ").strip()


@pytest.mark.parametrize("stamp, day, source", [
    ("PTI Castelo (LZ) Published 20.07.24, 06:24 PM", "2024-07-20", "Press Trust of India"),
    ("By IANS Published Date - 01:00 PM, Fri - 28 July 23", "2023-07-28", "Indo-Asian News Service"),
    ("Lenz Daily30-04-2025", "2025-04-30", ""),
])
def test_a_header_publication_stamp_dates_the_page_and_an_agency_opening_it_is_the_source(write_corpus, stamp, day,
                                                                                          source):
    from analysis.dating import infer_publication_date

    article = load(write_corpus, HEADLINE + "\n\n" + stamp + "\n\n" + LEAD)
    assert infer_publication_date(article).best == day
    assert article.value("original_outlet") == source and stamp not in article.body


@pytest.mark.parametrize("header", [
    "Storm warning for the coast Bus fares by town Register to vote now\nOnly $3.99 per month\n",  # over an offer
    "Arrow icon It indicates an expandable section or menu, or sometimes previous / next navigation options. Home\n",
])
def test_the_site_header_over_an_offer_or_an_icon_text_is_no_title(write_corpus, header):
    article = load(write_corpus, header + "\n" + HEADLINE + "\n\nJane Roe\n\n" + LEAD)
    assert article.title == HEADLINE


def test_an_outlet_reported_in_the_lead_is_a_rewrite_and_later_its_own_earlier_story(write_corpus):
    lead = "Lenzia has sent 9,000 convicts to the front since March, Newsweek reported on Monday.\n"
    article = load(write_corpus, lead + "A rights activist told Newsweek the men were promised pardons.\n" + STORY)
    assert article.value("original_outlet") == "" and article.value("retold_outlet") == "Newsweek"
    own = load(write_corpus, "A rights activist told Newsweek the men were promised pardons.\n" + STORY +
               "Newsweek reported last week that 9,000 convicts had been sent.\n"
               "A second activist told Newsweek that the colony was emptied.\n")
    assert own.value("original_outlet") == "Newsweek"


def test_a_known_outlet_edition_after_a_dash_is_the_site_name(write_corpus):
    article = load(write_corpus, HEADLINE + " \u2013 Al Jazeera English\n\n" + LEAD)
    assert article.title == HEADLINE and article.value("outlet") == "Al Jazeera English"


@pytest.mark.parametrize("sentence", [
    "The Washington Post is not naming the convicts to protect them from reprisal.",
    "Three of the men spoke after a group of Washington Post journalists entered the room.",
])
def test_the_outlet_own_choices_and_staff_are_its_own_reporting(write_corpus, sentence):
    assert load(write_corpus, STORY + sentence + "\n").value("original_outlet") == "The Washington Post"


@pytest.mark.parametrize("line, day", [
    ("Jane Roe, Staff Writer Oct 3, 2023", "2023-10-03"),
    ("Jane Roe Tuesday 3 October 2023 at 14:05", "2023-10-03"),
    ("Lenz Daily News Desk | October 3, 2023 | 2:05 pm", "2023-10-03"),
    ("2023/10/03", "2023-10-03"),
])
def test_a_header_line_of_a_byline_or_desk_and_a_full_date_dates_the_page(write_corpus, line, day):
    from analysis.dating import infer_publication_date

    article = load(write_corpus, HEADLINE + "\n\n" + line + "\n\n" + LEAD)
    assert infer_publication_date(article).best == day and line not in article.body


def test_a_title_case_headline_with_a_date_is_no_date_line(write_corpus):
    headline = "Storm Hits Lenz Valley On March 3, 2024"
    assert load(write_corpus, headline + "\n\n" + LEAD).title == headline


def test_a_section_name_printed_twice_is_no_site_name(write_corpus):
    article = load(write_corpus, "The Latest\nHome\nThe Latest\n" + HEADLINE + "\n\n" + LEAD)
    assert article.title == HEADLINE and article.value("outlet") == ""


def test_a_title_label_is_cut_off_the_headline(write_corpus):
    assert load(write_corpus, "Title: " + HEADLINE + "\n\n" + LEAD).title == HEADLINE


def test_a_logo_text_names_the_publisher_and_a_headline_over_a_photo_credit_stays_the_title(write_corpus):
    text = ("World\n\n" + HEADLINE + "\n\n(Photo by Jane Roe /Lenz Pictures)\n\nValley Courier News Foundation logo\n"
            "Sam Poe Contributor\n\n" + LEAD)
    article = load(write_corpus, text)
    assert article.title == HEADLINE and article.value("outlet") == "Valley Courier News Foundation"


def test_a_known_outlet_alone_under_the_headline_is_the_credited_source(write_corpus):
    article = load(write_corpus, HEADLINE + "\n\nNew York Times\n\n" + LEAD)
    assert article.value("original_outlet") == "The New York Times"


def test_a_story_written_in_capitals_is_read_in_linear_time(write_corpus):
    # the unlisted-dateline pattern backtracked exponentially over words in capitals (8 long words: 30 s)
    import time

    text = HEADLINE + "\n\n" + " ".join(["COUNCILLORS"] * 40) + " VOTED TO ADVANCE THE BUDGET.\n\n" + LEAD
    start = time.perf_counter()
    load(write_corpus, text)
    assert time.perf_counter() - start < 5


# Session 14, the corpus layer's metadata (read from the misses of clean15; invented pages)

@pytest.mark.parametrize("dateline, outlet", [
    ("CASTELO, IRNA- ", "IRNA"),
    ("Castelo, Xinhua \u2013 ", "Xinhua"),
    ("LENZ, Mar 3, IRNA -- ", "IRNA"),
])
def test_a_dateline_with_the_agency_after_a_comma_signs_the_story(write_corpus, dateline, outlet):
    # an agency that writes its name after the place without brackets, "CITY, AGENCY-": its dateline signs the
    # story over a source line naming another agency at the page's end (the story the dateline's agency retold)
    article = load(write_corpus, HEADLINE + "\n\n" + dateline + LEAD + "Source: TASS\n")
    assert article.value("original_outlet") == outlet
    assert "dateline" in article.meta["original_outlet"].evidence


def test_a_sentence_opening_with_a_place_and_an_agency_is_no_dateline(write_corpus):
    text = (HEADLINE + "\n\nIn Castelo, Reuters \u2014 whose crew reached the dam first \u2014 counted 40 boats.\n\n" +
            LEAD)
    assert load(write_corpus, text).value("original_outlet") != "Reuters"


@pytest.mark.parametrize("first_line, title, outlet", [
    ("the mayor of Lenz opens the new bridge over the river \u2014 UNIAN",
     "the mayor of Lenz opens the new bridge over the river", "UNIAN"),
    ("Lenzia sends convicts to the front - Valley Post", "Lenzia sends convicts to the front", "Valley Post"),
    ("Lenzia sends convicts to the front \u2013 Lenzpress.com", "Lenzia sends convicts to the front", "Lenzpress.com"),
])
def test_a_headline_with_the_site_name_after_a_dash_gives_title_and_publisher(write_corpus, first_line, title, outlet):
    # the page's title "Headline - Site": a headline opening in lower case (a site's own style) is still the title
    article = load(write_corpus, first_line + "\n\n" + LEAD)
    assert article.title == title and article.value("outlet") == outlet


def test_a_headline_ending_in_a_dash_and_its_source_keeps_it(write_corpus):
    # "... - region's head", "- officials": the headline's attribution, no site's name
    first = "No dam broke in the valley overnight \u2013 region\u2019s head"
    assert load(write_corpus, first + "\n\n" + LEAD).title == first


@pytest.mark.parametrize("sentence, publisher", [
    ("The regional governor said so on local television, Valley.NET informs with reference to KR.LZ.", "Valley.NET"),
    ("Three ferries stopped running on Monday, Lenzinform informs.", "Lenzinform"),
])
def test_the_site_that_informs_with_reference_to_another_is_the_publisher(write_corpus, sentence, publisher):
    # the Ukrainian and Russian desks' formula ("informs", "with reference to"): the site names itself, and the
    # source it names is cited, not a story it retells
    article = load(write_corpus, HEADLINE + "\n\n" + sentence + "\n\n" + LEAD)
    assert article.value("original_outlet") == publisher and article.value("outlet") == publisher


def test_an_outlet_after_the_dash_that_the_story_retells_stays_in_the_headline(write_corpus):
    # "... - NYT" over a retelling of The New York Times's story: the headline's attribution, not the site's name;
    # and a blog's byline in lower case under the headline ("by sam") is no sentence running on
    text = ("The dam at Castelo was never inspected \u2013 NYT\n\nby sam\n\nReporters of The New York Times went "
            "through two years of the roads office's inspection records for the dam.\n\n" + LEAD)
    article = load(write_corpus, text)
    assert article.title == "The dam at Castelo was never inspected \u2013 NYT"
    assert article.value("outlet") != "The New York Times" and "by sam" not in article.body


def test_an_agency_after_the_dash_over_its_own_dateline_is_the_site_tag(write_corpus):
    text = "Lenzia sends convicts to the front - Reuters\n\nLENZ, March 3 (Reuters) - " + LEAD
    article = load(write_corpus, text)
    assert article.title == "Lenzia sends convicts to the front" and article.value("original_outlet") == "Reuters"


@pytest.mark.parametrize("credit, outlet", [
    ("(Video: The Washington Post)", "The Washington Post"),
    ("(Photo: Reuters)", ""),  # an agency's picture illustrates anyone's story
])
def test_a_paper_own_video_credit_names_the_original_outlet_when_nothing_else_does(write_corpus, credit, outlet):
    text = (HEADLINE + "\n\n" + LEAD + "Soldiers walk along a trench near the river on Monday. " + credit + "\n\n"
            "The units were sent to the hardest part of the front, officials said.\n")
    assert load(write_corpus, text).value("original_outlet") == outlet


@pytest.mark.parametrize("sentence, outlet", [
    ("The video of the dam, verified by the BBC, shows water pouring over the wall.", "BBC"),
    ("The clip was geolocated by Kestrel News to a village north of Lenz.", "Kestrel News"),
    ("Kestrel Radio broadcast the mayor's appeal on Friday.", "Kestrel Radio"),
    ("The mayor of Lenz joined Fox News by video late on Friday.", "Fox News"),
    ("The coach said on the Kestrel Sport network after the match that the pitch was flooded.", "Kestrel Sport"),
    ("Mira Holt reports in the Kestrel Post:", "Kestrel Post"),
    ("Two boys were lifted from a roof, according to video by KWLN.", "KWLN"),
    ("Footage aired by Kestrel News showed the roof collapsing.", "Kestrel News"),
    ('"Most of them will die there," Petrenko was quoted as saying by Ukrinform.', "Ukrinform"),
    ("Record heat was measured across the valley, Kestrel News\u2019 Dana Ortiz reported.", "Kestrel News"),
    ("Record heat was measured across the valley, Kestrel News correspondent Dana Ortiz reported.", "Kestrel News"),
])
def test_an_outlet_that_verified_saw_or_broadcast_something_is_cited(write_corpus, sentence, outlet):
    assert outlet in cited(write_corpus, STORY + sentence + "\n")


def test_another_outlets_own_reporting_in_an_agencys_story_is_cited(write_corpus):
    text = "LENZ (Reuters) - " + STORY + "AFP saw rescuers recover one body from the mud.\n"
    assert cited(write_corpus, text).get("Agence France-Presse") == "Reuters"


@pytest.mark.parametrize("sentence, outlet", [
    ("A local news site, Valley42, documented the hearings.", "Valley42"),
    ("The Lenzian news agency DHA broadcast the rescue live.", "DHA"),
    ("The state-run Kestrel Herald daily confirmed on Friday that two fishermen had drowned.", "Kestrel Herald"),
    ("His words are quoted by Kestrel radio.", "Kestrel"),
    ("According to Lenzian public television, more than 1,000 families were affected.", "Lenzian public television"),
    ("Two patients died, WKRP-TV reported.", "WKRP-TV"),
    ("A nurse told the Kestrel Herald-Mail that the ward was closed.", "Kestrel Herald-Mail"),
    ("He was sent to the front after the war began, the 42.RU media outlet reported.", "42.RU"),
    ('"He came back injured," the village head told lenta42.ru, a news site for the region.', "lenta42.ru"),
    ('"He came back," the village head told Valley42, a Lenzian news site.', "Valley42"),
])
def test_an_outlet_the_list_does_not_know_is_cited_by_what_it_is_or_its_call_sign(write_corpus, sentence, outlet):
    assert outlet in cited(write_corpus, STORY + sentence + "\n")


@pytest.mark.parametrize("sentence, wrong", [
    ("In an interview with Lenzian state television Thursday, the minister said the dam held.", "Thursday"),
    ("When The Kestrel Herald reported in August that the dam leaked, officials denied it.", "When The Kestrel Herald"),
    ("The minister said on Twitter that help was coming.", "Twitter"),
])
def test_a_day_or_a_sentence_opening_is_no_part_of_an_outlet_cited(write_corpus, sentence, wrong):
    assert wrong not in cited(write_corpus, STORY + sentence + "\n")


def test_four_capitals_cite_a_station_only_as_the_maker_of_footage(write_corpus):
    assert "WKLN" not in cited(write_corpus, STORY + "The WKLN group met the mayor on Friday.\n")


# session 15: the site names itself as it recalls its own earlier report; a site's copyright on its own picture


def test_a_site_recalling_its_own_earlier_report_names_itself(write_corpus):
    text = (HEADLINE + "\n\n" + LEAD + "\nAs Lenz Wire Service earlier reported, the first penal unit was formed in "
            "the spring from convicts of two colonies near the border.\n")
    article = load(write_corpus, text)
    assert article.value("outlet") == "Lenz Wire Service" and article.value("original_outlet") == "Lenz Wire Service"


def test_a_story_citing_another_outlet_in_passing_is_no_recall(write_corpus):
    text = (HEADLINE + "\n\n" + LEAD + "\nThe Valley Courier reported earlier that the first unit was formed in the "
            "spring.\n")
    assert load(write_corpus, text).value("outlet") == ""


def test_a_sites_copyright_on_its_own_picture_names_it_when_the_text_names_no_outlet(write_corpus):
    text = (HEADLINE + "\n\n" + LEAD + "\nrescuers\nPhoto: \u00a9 LENZ NEWS\n\nThe units were sent to the river "
            "crossing within a week of their forming, the general staff said.\n")
    assert load(write_corpus, text).value("original_outlet") == "LENZ NEWS"


def test_an_agencys_copyright_on_a_picture_names_no_outlet(write_corpus):
    text = (HEADLINE + "\n\n" + LEAD + "\nPhoto: \u00a9 Reuters\n\nThe units were sent to the river crossing within "
            "a week of their forming, the general staff said.\n")
    assert load(write_corpus, text).value("original_outlet") == ""


def test_a_person_or_an_abbreviation_is_no_site_address(write_corpus):
    assert cited(write_corpus, STORY + '"He came back," the mayor told Ivan Petrov, a local journalist, at 5 p.m.\n') == {}


def test_an_outlet_spoken_of_is_no_outlet_spoken_to(write_corpus):
    sentence = ("The minister said the mayor was wrong when he accused the governor of criticising the BBC over its "
                "flood coverage.\n")
    assert "BBC" not in cited(write_corpus, STORY + sentence)
    assert "BBC" in cited(write_corpus, STORY + '"We will rebuild," the mayor told the BBC on Friday.\n')
