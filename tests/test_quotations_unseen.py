"""Quotations and their speakers in patterns met on real pages the project had not seen (session 9), each on a
small invented article. The expected values are read from the invented texts."""

from __future__ import annotations

import pytest

from conftest import speaker_of


def test_the_last_paragraph_of_a_long_quotation_opening_with_an_ellipsis_continues_it(sourcing_of):
    result = sourcing_of("Harbour City drew 1-1 with Rovers on Saturday.\n\n"
                 "\u201cWell done to coach Petersen and his players. They deserved the point,\u201d Dlamini said.\n\n"
                 "\u201cThey have a lot of pace up front. So we knew the wide men would hurt us.\n\n"
                 "\u201c \u2026 And once more well done to coach Petersen and his staff.\u201d\n")
    assert speaker_of(result, "And once more") == "Dlamini"


@pytest.mark.parametrize("body", [
    "Harbour Bank reported a lower profit on Tuesday.\n\n"
    "\"The numbers look fine in every respect but one,'' said Ada Lund, an analyst at Fenwick Capital. "
    "\"The outlook is weaker than expected.''\n",
    "Harbour Bank reported a lower profit on Tuesday.\n\n"
    "``The numbers look fine in every respect but one,'' said Ada Lund, an analyst at Fenwick Capital. "
    "``The outlook is weaker than expected.''\n",
])
def test_two_apostrophes_written_for_a_double_mark_open_or_close_a_quotation(sourcing_of, body):
    result = sourcing_of(body)
    assert list(result.quotes.quote) == ["The numbers look fine in every respect but one,",
                                         "The outlook is weaker than expected."]
    assert speaker_of(result, "The outlook") == "Ada Lund"


@pytest.mark.parametrize("before", [
    "Dr. Anna Berg, who treated the victim, spoke to reporters. ",
    "Dr. Anna Berg, who treated the victim, spoke to reporters.\n\n",  # the quotation opens its paragraph
])
def test_according_to_in_the_next_sentence_is_no_cue_for_a_quotation_before_it(sourcing_of, before):
    result = sourcing_of("Three men were arrested after the stabbing in Lenz on Friday.\n\n" + before +
                 "\u201cHe was brought to us too late.\u201d According to the regional prosecutor\u2019s office, "
                 "the suspect had returned from the front in March.\n")
    assert speaker_of(result, "brought to us too late") == "Anna Berg"


def test_subjects_of_neither_nor_are_no_sources(sourcing_of):
    result = sourcing_of("The pardons were never published.\n\n"
                 "The Kestrel Times pointed out that neither the Attorney General, nor the Kremlin, nor the prison "
                 "service had ever explained how the pardons would be made legal.\n")
    assert set(result.sources.source) == {"Kestrel Times"}


@pytest.mark.parametrize("intro", [
    "Anna Berg has run the Lenz food bank for ten years. We asked Berg about the winter ahead.",
    "Reporter Tom Hale spoke with Anna Berg, who runs the Lenz food bank. Berg has run it for ten years.",
])
def test_the_lines_of_an_interview_transcript_are_the_interviewers_and_the_interviewees(sourcing_of, intro):
    result = sourcing_of(f"Lenz food bank braces for winter\n\n{intro}\n\n"
                 "Q: How many families do you feed?\n\n"
                 "A: About 300 a week, and the number is growing.\n\n"
                 "Q: What do you need most?\n\n"
                 "A: We need more volunteers on Saturdays.\n\n"
                 "Q: Will you stay on?\n\n"
                 "A: No idea.\n")
    assert speaker_of(result, "About 300 a week") == "Anna Berg"
    assert speaker_of(result, "more volunteers") == "Anna Berg"
    assert speaker_of(result, "How many families") == "interviewer"
    assert speaker_of(result, "No idea") == "Anna Berg"  # a short answer is no scare quote
    assert list(result.quotes.cue[:2]) == ["Q:", "A:"]


def test_upper_case_question_and_answer_labels_are_read(sourcing_of):
    result = sourcing_of("Lenz food bank braces for winter\n\n"
                 "Anna Berg has run the Lenz food bank for ten years. We asked Berg about the winter ahead.\n\n"
                 "QUESTION: How many families do you feed?\n\n"
                 "ANSWER: About 300 a week, and the number is growing.\n")
    assert list(result.quotes.speaker) == ["interviewer", "Anna Berg"]


def test_answers_labelled_by_a_role_or_a_name_and_their_next_paragraphs_are_the_interviewees(sourcing_of):
    result = sourcing_of("The mayor on the floods\n\n"
                 "Mayor Jane Rook of Lenz spoke to the Valley Courier about the floods. Lars Holm, her deputy, joined "
                 "her.\n\n"
                 "QUESTION: How many homes were flooded?\n\n"
                 "THE MAYOR: About 400, most of them in the old town.\n\n"
                 "We will rebuild every one of them before the winter.\n\n"
                 "Q: Who pays for it?\n\n"
                 "Holm: The state pays half and the town the other half.\n")
    assert list(result.quotes.speaker) == ["interviewer", "Jane Rook", "Jane Rook", "interviewer", "Lars Holm"]


def test_a_transcript_whose_questions_are_labelled_me_is_read(sourcing_of):
    result = sourcing_of("Lenz food bank braces for winter\n\n"
                 "Anna Berg has run the Lenz food bank for ten years. I called her last week.\n\n"
                 "Me: How many families do you feed?\n\n"
                 "Berg: About 300 a week, and the number is growing.\n\n"
                 "Me: What do you need most?\n\n"
                 "Berg: We need more volunteers on Saturdays.\n")
    assert list(result.quotes.speaker) == ["interviewer", "Anna Berg", "interviewer", "Anna Berg"]


def test_an_answer_labelled_by_a_role_where_nobody_is_named_is_the_roles(sourcing_of):
    result = sourcing_of("The mayor on the floods\n\n"
                 "QUESTION: How many homes were flooded?\n\n"
                 "THE MAYOR: About 400, most of them in the old town.\n\n"
                 "We will rebuild every one of them before the winter.\n")
    assert list(result.quotes.speaker) == ["interviewer", "the mayor", "the mayor"]
    assert list(result.quotes.cue) == ["QUESTION:", "THE MAYOR:", "THE MAYOR:"]


def test_a_lone_a_colon_line_is_no_interview_answer(sourcing_of):
    result = sourcing_of("The council listed its options on Monday.\n\n"
                 "A: We close the pool in winter.\n\n"
                 "The mayor, Jane Rook, said no option had been chosen.\n")
    assert result.quotes.empty


def test_a_name_in_quotation_marks_after_a_media_noun_is_an_outlet(sourcing_of):
    result = sourcing_of("Lenz mourns a local hero\n\n"
                 "The death of Tomas Reid shocked the town of Lenz last week.\n\n"
                 "His death was confirmed by the local news website \u201cKVT\u201d and has caused shock in the "
                 "town.\n")
    assert result.sources.set_index("source").source_type["KVT"] == "media outlet"
    assert list(result.citations.cited) == ["KVT"]


def test_a_name_before_an_apposed_description_the_parser_made_the_subject_is_the_speaker(sourcing_of):
    result = sourcing_of("Coach denies report on new job\n\n"
                 "Harbour City's outgoing coach Ken Soon on Monday denied reports he had been offered a job with "
                 "Westland.\n\n"
                 "A panel will meet in Lenz on June 4 to choose a successor to Australian Greg Chappell, who quit "
                 "after the cup exit.\n\n"
                 'Soon, a Sri Lanka-born Australian, said he was "very interested" in the job. "It will be a logical '
                 'step," he said.\n')
    assert speaker_of(result, "very interested") == "Ken Soon"
    assert speaker_of(result, "logical step") == "Ken Soon"


@pytest.mark.parametrize("description", [
    "Retired teacher and member of the Lenz Town Council Maria Olsen",
    "Veteran journalist and member of the Regional Press Council Eva Lindqvist",
])
def test_a_person_named_after_a_description_without_an_article_is_the_speaker(sourcing_of, description):
    result = sourcing_of("School to close in Lenz\n\n"
                 f"{description} has told the Lenz Gazette that the school will close in June.\n")
    name = " ".join(description.split()[-2:])
    assert list(result.sources.source) == [name]


def test_a_description_after_a_sentence_adverb_is_no_apposition(sourcing_of):
    result = sourcing_of("Lenz recruits prisoners\n\n"
                 "Earlier, an intelligence update by the British Defence Ministry confirmed Russia was recruiting "
                 "convicts for its units.\n")
    assert list(result.sources.source) == ["British Defense Ministry"]


def test_a_partial_quotation_closing_its_sentence_after_a_naming_participle_is_the_speakers(sourcing_of):
    result = sourcing_of("Lenz mayor calls emergency meeting\n\n"
                 "\u201cA disaster has happened. Everyone who may have helped him must be detained,\u201d the mayor "
                 "of the town declared at an emergency meeting, calling the murder a \u201chigh-profile case.\u201d\n")
    assert speaker_of(result, "high-profile case") == "mayor of the town"


def test_a_partial_quotation_in_a_sentence_closed_by_a_reporting_tag_is_the_taggers(sourcing_of):
    result = sourcing_of("Recruits sent to the front\n\n"
                 "Many inmates agree to go because of the high pay but soon after being deployed they realize they "
                 "are being sent into a \u201ctotal meat-grinder\u201d without weapons or training, one of the members "
                 "of the unit revealed.\n")
    assert speaker_of(result, "total meat-grinder") == "members of the unit"


def test_a_quoted_label_of_a_noun_in_a_sentence_closed_by_a_reporting_tag_stays_a_term(sourcing_of):
    result = sourcing_of("Recruits sent to the front\n\n"
                 "Hundreds of inmates have joined \u201cStorm-Z\u201d units since the spring, one of the members "
                 "of the unit revealed.\n")
    assert list(result.scare_quotes.quote) == ["Storm-Z"]


def test_unnamed_media_are_an_anonymous_source_and_no_citation(sourcing_of):
    result = sourcing_of("Suspect returned from the front\n\n"
                 "Three men were detained after the killing in Lenz on Friday.\n\n"
                 "According to some Telegram channels, \u201cthe suspect had recently returned from the front where he "
                 "served with a private army.\u201d According to the regional prosecutor\u2019s office, he entered the "
                 "region on March 27.\n")
    assert speaker_of(result, "recently returned") == "some Telegram channels"
    sources = result.sources.set_index("source")
    assert (sources.source_type["some Telegram channels"], sources.anonymous["some Telegram channels"]) == \
        ("media outlet", True)
    assert result.citations.empty


def test_a_role_in_an_offices_name_stays_in_it(sourcing_of):
    result = sourcing_of("Suspect returned from the front\n\n"
                 "Three men were detained after the killing in Lenz on Friday.\n\n"
                 "According to the Prosecutor General\u2019s Office, he entered the region on March 27.\n")
    assert list(result.sources.source) == ["Prosecutor General\u2019s Office"]


def test_an_outlet_unnamed_that_reports_another_is_no_citation(sourcing_of):
    result = sourcing_of("Election called\n\n"
                 "The prime minister visited the governor at her residence on Sunday, television networks showed, as "
                 "local media said he was set to call an election for May 21.\n")
    assert result.citations.empty


@pytest.mark.parametrize("sentence, fragment, speaker", [
    ("In his reaction to the budget, opposition leader Tom Hale slammed the plans as \u201cpapering over the "
     "cracks\u201d.", "papering over", "Tom Hale"),
    ('What Mayor Jane Rook heralded as a "historic budget" narrowly won council approval on Tuesday.',
     "historic budget", "Jane Rook"),
])
def test_what_a_person_judges_something_as_in_quotation_marks_is_their_partial_quotation(sourcing_of, sentence, fragment,
                                                                                        speaker):
    assert speaker_of(sourcing_of("Budget passes\n\n" + sentence + "\n"), fragment) == speaker


def test_a_dialogue_of_dash_lines_is_an_interview_with_the_person_named_after_it(sourcing_of):
    result = sourcing_of("How the camps still send men to the front\n\n"
                 "By Olga Marsh and Peter Kline.\n\n"
                 "Men recruited in the camps now ask not to be sent back. Reporters spoke to some of them.\n\n"
                 "– Do you want to go back?\n\n"
                 "– No, never, they will shoot me the same day.\n\n"
                 "– Why are you so sure?\n\n"
                 "– I saw it happen to two friends of mine in the spring.\n\n"
                 "A thin man in a grey jacket sits across the table from the reporter.\n\n"
                 "The man is 31-year-old Ivan Orlov. He says he served four years for theft.\n")
    speakers = dict(zip(result.quotes.quote, result.quotes.speaker))
    assert speakers["Do you want to go back?"] == "interviewer"
    assert speakers["No, never, they will shoot me the same day."] == "Ivan Orlov"
    assert speakers["I saw it happen to two friends of mine in the spring."] == "Ivan Orlov"


# --- session 13: speakers the parser or the lexicons left without a cue -----------------------------------------

def test_a_surname_the_tagger_reads_as_a_plural_noun_is_the_person_named_before(sourcing_of):
    result = sourcing_of("Health campaign criticised\n\n"
                         "Opposition health spokeswoman Karen Innes said the rules must change.\n\n"
                         "\u201cThat is a weak reason. This is no village club short of money, this is the state of "
                         "Norland,\u201d Innes said. \u201cWe know a health campaign that works needs every family to "
                         "act.\u201d\n")
    assert speaker_of(result, "weak reason") == "Karen Innes"
    assert speaker_of(result, "every family") == "Karen Innes"


@pytest.mark.parametrize("tag", ["Harlow & Finch says, \u201c{}\u201d", "\u201c{},\u201d Harlow & Finch said."])
def test_a_firm_named_with_an_ampersand_speaks_as_a_company(sourcing_of, tag):
    result = sourcing_of("Pipe maker sues law firm\n\nA judge in Denver ruled against the pipe maker on Monday.\n\n"
                         "In an emailed statement, " + tag.format("The decision is wrong and we shall ask a higher court to hear it") + "\n")
    assert speaker_of(result, "higher court") == "Harlow & Finch"
    assert dict(zip(result.sources.source, result.sources.source_type))["Harlow & Finch"] == "company or business"


@pytest.mark.parametrize("sentence, speaker", [
    ("The ruling says, \u201cNo juror could have read the notice as a promise of safety.\u201d", "ruling"),
    ("The verdict stated: \u201cThe company is liable for the damage.\u201d", "verdict"),
    ("The indictment alleges that the men \u201cacted with intent to deceive the buyers.\u201d", "indictment"),
])
def test_a_court_text_as_the_subject_of_a_speech_verb_speaks_as_a_document(sourcing_of, sentence, speaker):
    result = sourcing_of(f"Pipe maker loses case\n\nA judge in Denver ruled against the pipe maker.\n\n{sentence}\n")
    quoted = result.quotes.quote.iloc[0][:12]
    assert speaker_of(result, quoted) == speaker
    assert result.quotes.speaker_type.iloc[0] == "document or leaked correspondence"


def test_a_document_released_in_the_paragraph_before_speaks_for_who_released_it(sourcing_of):
    result = sourcing_of("Candidate refuses to concede\n\n"
                         "The Lindqvist campaign released a statement on Thursday.\n\n"
                         "Election officials said the count was over.\n\n"
                         "\u201cIt is far too early to give up the count,\u201d stated the release.\n")
    assert speaker_of(result, "far too early") == "Lindqvist campaign"


@pytest.mark.parametrize("noun", ["Critics", "Opponents", "Observers"])
def test_a_plural_noun_saying_something_is_a_group_of_unnamed_people(sourcing_of, noun):
    result = sourcing_of(f"Town row grows\n\nThe council approved the plan on Monday.\n\n{noun} said the vote "
                         "left the notices \u201cgarbled and useless,\u201d and asked for a new one.\n")
    assert speaker_of(result, "garbled") == noun.lower()
    assert result.quotes.speaker_type.iloc[0] == "anonymous person"


def test_quoted_judging_adjectives_before_a_noun_are_the_speakers_words(sourcing_of):
    result = sourcing_of("Judge criticises carmaker\n\nA senior judge has attacked the carmaker Voltra.\n\n"
                         "Dame Alice Marsh said Voltra had printed \"untrue and deceptive\" leaflets.\n\n"
                         "The \"Storm-Z\" units were sent forward, she added.\n")
    assert speaker_of(result, "untrue and deceptive") == "Alice Marsh"
    assert list(result.scare_quotes.quote) == ["Storm-Z"]


def test_a_story_sentence_about_machine_translation_is_no_disclaimer(sourcing_of):
    result = sourcing_of("Translation errors anger officials\n\n"
                         "Health notices were translated by a machine, documents show.\n\n"
                         "Priya Nair, head of the Council of Migrant Groups, said machine translation has no place on "
                         "a ministry's pages.\n")
    assert "Priya Nair" in set(result.sources.source)


@pytest.mark.parametrize("sentence", [
    "The Lenz Water Company released a statement saying the supply was \u201ccompletely safe to drink at all times.\u201d",
    "The Lenz Water Company issued a statement explaining that the supply was \u201ccompletely safe to drink.\u201d",
])
def test_a_statement_saying_something_speaks_for_whoever_issued_it(sourcing_of, sentence):
    result = sourcing_of(f"Water supply questioned\n\nResidents of Lenz complained about the taste of tap water.\n\n{sentence}\n")
    assert speaker_of(result, "completely safe") == "Lenz Water Company"


def test_a_feeling_expressed_in_quoted_words_is_the_speakers(sourcing_of):
    result = sourcing_of("Carmaker rebuked\n\nA court in Leeds heard the case on Monday.\n\n"
                         "Appeal judges expressed \"astonishment\" that the firm needed a month.\n")
    assert speaker_of(result, "astonishment") == "appeal judges"


def test_dated_source_notes_in_parentheses_are_citations(sourcing_of):
    result = sourcing_of("Depot burns after shelling\n\nA fire destroyed the fuel depot of the volunteer battalion "
                         "(Lenzfront.ua, August 14). About 40 trucks were reportedly lost (Harbour News, "
                         "August 15; Bbc.com/russian, 16 August 2023).\n\n"
                         "The mayor spoke in the town (Kyiv, May 3). A study found the same (Smith, 2020).\n")
    assert sorted(result.citations.cited) == ["BBC", "Harbour News", "Lenzfront.ua"]


def test_a_role_that_replies_is_the_person_the_speaker_before_spoke_to(sourcing_of):
    result = sourcing_of("Council row\n\nOpposition leader Mara Holm accused the mayor of hiding the costs.\n\n"
                         "Holm said to Peter Lind during the council meeting: \u201cThe mayor also hid the cost of the "
                         "bridge.\u201d\n\nThe mayor replied, \u201cThat claim is simply untrue\u201d, and asked "
                         "Holm to \u201ctake her words back at once.\u201d\n")
    assert speaker_of(result, "simply untrue") == "Peter Lind"
    assert speaker_of(result, "cost of the bridge") == "Mara Holm"


@pytest.mark.parametrize("apostrophe", ["'", "\u2019"])
def test_a_countrys_department_is_its_government_whichever_apostrophe(sourcing_of, apostrophe):
    result = sourcing_of(f"Ministry responds\n\nDocuments have revealed Canada{apostrophe}s Department of Home "
                         "Affairs paid for a free app.\n\nThe Department said it chose the app to \u201creach "
                         "every household in its own language within a day.\u201d\n")
    assert dict(zip(result.sources.source, result.sources.source_type))["Department of Home Affairs"] == \
        "Canadian government or official"


def test_he_said_after_a_speaker_who_spoke_of_someone_is_the_speaker(sourcing_of):
    result = sourcing_of("Leader challenged\n\nPrime Minister Voro Tanaka has challenged party leader Sami Raju to "
                         "provide evidence of fraud.\n\n\u201cI will name the member next week, when the house sits "
                         "again,\u201d Mr Raju said.\n\nMr Tanaka said Mr Raju liked to make loose claims in "
                         "Parliament.\n\n\u201cLet him bring his papers to the house and show us the ballots,\u201d "
                         "he said.\n")
    assert speaker_of(result, "bring his papers") == "Voro Tanaka"


def test_a_fact_reported_in_a_statement_from_offices_is_theirs(sourcing_of):
    result = sourcing_of("Outbreak at hospital\n\nA dozen cases have been found at the Lenz Medical Center.\n\n"
                         "The count was announced on Sunday in a statement from the Harbour Public Health "
                         "District and the Lenz County Health Office.\n")
    assert {"Harbour Public Health District", "Lenz County Health Office"} <= set(result.sources.source)


def test_a_dateline_place_is_nobody_and_denying_someone_something_says_nothing(sourcing_of):
    result = sourcing_of("HARBOURTON (AP) \u2014 A Harbourton man who fell asleep at the wheel after his boss denied him "
                         "a rest was cleared Tuesday.\n\n\"Justice was done today,\" Bishop told reporters on the steps.\n")
    assert list(result.sources.source) == ["Bishop"]


def test_an_organisation_by_its_short_name_is_the_one_named_in_full_before(sourcing_of):
    result = sourcing_of("Ward closed\n\nA dozen infections have been reported from St. Anselm Medical Center in "
                         "Lenz.\n\nSt. Anselm in a notice on its website said the staff were \u201ctesting "
                         "every patient twice a day.\u201d\n")
    assert speaker_of(result, "every patient") == "St. Anselm Medical Center"
    assert result.quotes.speaker_type.iloc[0] == "hospital or medical"


def test_the_company_described_is_the_brand_named_before_though_the_text_said_what_it_was(sourcing_of):
    result = sourcing_of("Router maker slumps\n\nLenzcom was a flop with traders on Tuesday. Shares of the router "
                         "maker lost a third of their value.\n\nThe Harbourton, Calif.-based company reported early "
                         "results for the quarter.\n\nThe company said orders were slow.\n")
    assert dict(zip(result.sources.source, result.sources.source_type)) == {"Lenzcom": "company or business"}


def test_a_rewrites_report_states_is_the_retold_outlets_and_the_outlet_is_cited(sourcing_of):
    result = sourcing_of("Prisoners offered freedom to fight\n\nThe Guardian writes that recruiters visited "
                         "three colonies in the spring.\n\nThe report states that the men were promised \u201ca pardon "
                         "after six months at the front.\u201d\n")
    assert speaker_of(result, "a pardon") == "The Guardian"
    assert "The Guardian" in set(result.citations.cited)


def test_an_anchor_who_began_the_exchange_speaks_but_officials_who_began_recruiting_do_not(sourcing_of):
    result = sourcing_of("Mayor speaks from flooded town hall\n\nThe mayor of Lenz, Teresa Holm, joined Channel 9 on "
                         "Wednesday from her flooded office.\n\n\u201cThe pictures from your street look frightening "
                         "this morning,\u201d began anchor Tom Rourke.\n\nOfficials began moving residents on Monday. "
                         "\u201cThe water is still rising,\u201d Holm said.\n")
    assert speaker_of(result, "look frightening") == "Tom Rourke"
    assert speaker_of(result, "still rising") == "Teresa Holm"
    assert "officials" not in " ".join(result.sources.source).lower()


def test_a_man_believed_to_be_someone_is_named_with_the_hedge(sourcing_of):
    result = sourcing_of("Leaked video shows recruiter\n\nIn the footage, a man believed to be Pavel Dorin, the head "
                         "of the private military company Lenz Group, is seen talking to prisoners.\n\n"
                         "\u201cServe one year and your record is wiped,\u201d he says.\n")
    assert speaker_of(result, "one year") == "man believed to be Pavel Dorin"


def test_an_outlet_set_off_by_its_noun_finds_and_a_group_known_as_a_name_is_that_name(sourcing_of):
    result = sourcing_of("Pardons rise\n\nLenzwatch, a Russian web newspaper run by exiled editors, "
                         "went through court records and found that more convicts were freed.\n\n"
                         "The volunteers known as the Blue Vests said on Twitter that the toll would rise.\n\n"
                         "Conflict Research Team, a group of volunteer analysts, underscores the losses of the units.\n")
    sources = dict(zip(result.sources.source, result.sources.source_type))
    assert sources["Lenzwatch"] == "media outlet"
    assert "Blue Vests" in sources and "Conflict Research Team" in sources


def test_the_cabinet_minister_is_not_the_person_described_as_prime_minister(sourcing_of):
    result = sourcing_of("Minister accuses opposition leader\n\nThe education secretary claimed Mara Holm misled "
                         "parliament.\n\nHolm said to Peter Lind: \u201cThe prime minister hid the costs.\u201d\n\n"
                         "The prime minister replied, \u201cI said nothing of the kind.\u201d\n\n"
                         "The cabinet minister said: \u201cShe probably got overexcited.\u201d\n")
    assert speaker_of(result, "nothing of the kind") == "Peter Lind"
    assert speaker_of(result, "overexcited") != "Peter Lind"


def test_a_quotation_glued_to_the_comma_before_it_keeps_its_speaker_whole(sourcing_of):
    result = sourcing_of("Floods hit the north\n\nAccording to Lenzian public television,\"some 2,000 homes "
                         "are under water\" in the valley.\n")
    assert speaker_of(result, "2,000 homes") == "Lenzian public television"


def test_relatives_conjoined_to_a_named_mother_and_a_family_that_called_for_something_are_sources(sourcing_of):
    result = sourcing_of("Driver jailed\n\nTomas\u2019s mother, Irma Vance, and other relatives said they were "
                         "relieved by the sentence.\n\nThe union had called for a national strike.\n\n"
                         "The law forbids the army to call them up for duty.\n")
    assert set(result.sources.source) == {"Irma Vance", "other relatives", "union"}


def test_its_founder_is_the_founder_of_the_organisation_named_before_in_the_sentence(sourcing_of):
    result = sourcing_of("Army takes over fighters\n\nFor years the army kept quiet about the work of the "
                         "mercenary outfit in the east, its founder Pavel Dorin even denying that it existed, until "
                         "the ministry took it over.\n")
    assert dict(zip(result.sources.source, result.sources.source_type))["Pavel Dorin"] == "private military company"


def test_the_person_a_question_was_put_to_answers_it(sourcing_of):
    result = sourcing_of("Release stirs anger\n\nCity spokesman Oleg Marin commented on the release of Ivan Dorn, "
                         "who was convicted of theft.\n\nIn March, the court confirmed that Governor Pavel Lenz had "
                         "signed the order.\n\nWhen reporters asked Marin about the release, he called \u201ca second "
                         "chance for the young\u201d the reason for it.\n")
    assert speaker_of(result, "second chance") == "Oleg Marin"


def test_the_organisations_representative_is_the_person_described_as_its_spokeswoman(sourcing_of):
    result = sourcing_of("Talks stall\n\nHarbour ministry spokeswoman Ana Dorn said talks had stalled.\n\n"
                         "Governor Pavel Lenz was not available.\n\n"
                         "\u201cThere is no date yet,\u201d said the ministry representative.\n")
    assert speaker_of(result, "no date yet") == "Ana Dorn"


def test_the_statement_speaks_for_whoever_spoke_in_it_a_paragraph_before(sourcing_of):
    result = sourcing_of("Appeal planned\n\nIn a joint statement, the Lenz Teachers Union said it would appeal the "
                         "ruling.\n\n\u201cWe will not give up on our members,\u201d the statement said.\n")
    assert speaker_of(result, "give up") == "Lenz Teachers Union"


def test_a_quotation_after_words_said_according_to_an_outlet_goes_on_with_the_speaker(sourcing_of):
    result = sourcing_of("Floods hit\n\n\u201cWe had to send our trucks to reach people,\u201d Harbourton Fire Chief "
                         "Ivo Marsh said, according to LenzNews.\n\n\u201cIt is always harder at night, and the rain "
                         "makes it very hard for our crews.\u201d\n\nIn all, crews rescued eight people.\n")
    assert speaker_of(result, "harder at night") == "Ivo Marsh"


def test_a_page_that_shared_a_quotation_is_its_speaker_but_shared_a_photo_says_nothing(sourcing_of):
    result = sourcing_of("Floods hit\n\nHarbourton Fire Chief Ivo Marsh said crews rescued eight people.\n\n"
                         "\u201cPerfect timing,\u201d the city of Harbourton\u2019s Facebook page shared.\n\n"
                         "The mayor shared a photo of the crews.\n")
    assert "city of Harbourton" in speaker_of(result, "Perfect timing")
    assert "mayor" not in set(result.sources.source)


def test_a_pronoun_after_and_in_the_main_clause_is_its_subject_not_the_one_spoken_of(sourcing_of):
    result = sourcing_of("Court ruling\n\nSir Ivan Dorn said Tarnex published \"false and misleading\" material and "
                         "he suggested that bosses showed a \"lack of integrity\" by saying staff would need two weeks "
                         "to make \"minor changes\" to the company website. He made his criticisms after the Court of "
                         "Appeal heard details of the dispute.\n")
    assert speaker_of(result, "lack of integrity") == "Ivan Dorn"


def test_the_one_a_remark_prompted_to_speak_is_the_speaker(sourcing_of):
    result = sourcing_of("Row in parliament\n\nHowever, Dorn\u2019s call for Lenz to apologise prompted Marsh to say "
                         "\u201cPot kettle black\u201d this morning.\n")
    assert speaker_of(result, "Pot kettle black") == "Marsh"


def test_a_quoted_name_that_is_the_subject_of_its_own_verb_is_a_name(sourcing_of):
    result = sourcing_of("Inmates sent to the front\n\n"
                 "“Pavel”, a former inmate from Tver, asked that his real name not be used. “Pavel” says he was "
                 "wounded near Bakhmut in the spring.\n\n"
                 "“We were sent forward without cover,” he said.\n")
    assert "Pavel" not in set(result.quotes.quote)  # before, a quotation of his own
    assert "Pavel" in set(result.scare_quotes.quote)


def test_the_title_of_a_seminar_is_no_quotation(sourcing_of):
    result = sourcing_of("Prison numbers fall\n\n"
                 '"Five years ago we held 90,000 people, now we hold about 40,000," Deputy Minister Karl Brenner said '
                 'on Monday, speaking at a seminar on "the return of former inmates to working life."\n')
    assert "the return of former inmates to working life." in set(result.scare_quotes.quote)


@pytest.mark.parametrize("text_in, fragment", [
    ("Inmates recruited\n\nOn Monday, the regional ombudsman's office reported that 80 inmates had been recruited. "
     "The prisoners were “drafted” to the unit from a colony near Perm, Russia.\n", "drafted"),
    ("Minister and union trade blame\n\nThe mine's chief executive, Tom Voss, who met the minister at his office, also "
     "thanked the police for ‘guarding’ the staff at the site.\n\n‘They are responsible for the violence,’ the minister "
     "said.\n", "guarding"),
])
def test_a_quoted_word_in_a_sentence_without_a_speech_verb_is_a_term(sourcing_of, text_in, fragment):
    result = sourcing_of(text_in)
    assert fragment not in set(result.quotes.quote)  # before, the quotation of a speaker from around it
    assert fragment in set(result.scare_quotes.quote)


def test_a_quoted_predicate_in_an_organisations_clause_is_its_word(sourcing_of):
    result = sourcing_of("Minister and union trade blame over quarry deaths\n\n"
                 "The union, however, said that the council including the mayor was the “sponsor” of the quarry firm "
                 "and that the council was solely responsible for the deaths.\n")
    assert speaker_of(result, "sponsor") == "union"  # before, a scare quote
