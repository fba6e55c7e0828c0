"""Sourcing patterns met on real pages the project had not seen, each on a small invented article: who speaks a
quotation and what kind of source they are. The expected values are read from the invented texts."""

from __future__ import annotations

import pytest

from analysis import nlp, speakers
from conftest import source_types, speaker_of


def test_an_acronym_after_according_to_is_the_speaker(sourcing_of):
    result = sourcing_of("Shares of Lumex fell on Thursday after the company recalled 40,000 heaters.\n\n"
                 "The heater can overheat, Lumex said. The company offers free repairs.\n\n"
                 '"Owners should immediately stop using the recalled heaters and contact Lumex for a free repair," '
                 "according to the OPSC.\n")
    assert speaker_of(result, "Owners should") == "OPSC"  # the parser tags the acronym as a nationality


def test_a_quoted_word_after_described_as_is_the_describers(sourcing_of):
    result = sourcing_of('Harbour City coach Dan Morrow has described his side as desperately "unlucky" after two players '
                 "were injured on Sunday.\n")
    assert speaker_of(result, "unlucky") == "Dan Morrow"


def test_a_plea_after_a_quotation_is_no_speech_cue(sourcing_of):
    result = sourcing_of("Carl Denton took the stand on Wednesday and denied any knowledge of the plot. He said had he known, "
                 'he "would have never let it happen." His brother and mother have pleaded guilty in the case.\n')
    assert speaker_of(result, "never let it happen") == "Carl Denton"


def test_an_unnamed_youth_who_mentioned_is_the_speaker(sourcing_of):
    result = sourcing_of("Keeping his identity private, one of the five men told the Daily Lantern that the agent had tricked "
                 "others before.\n\n"
                 "The youth said that after landing, a man took them to a camp in the north.\n\n"
                 '"During the drive to the camp, we were told that we would guard warehouses," he said.\n\n'
                 'He also mentioned that the man "charged each one of them a fee" of $1,400.\n')
    assert speaker_of(result, "During the drive") == "youth"
    assert speaker_of(result, "charged each one") == "youth"


def test_a_persons_own_name_gives_no_type(sourcing_of):
    result = sourcing_of('"The water came up to the windows," said Ellen Mayor, a neighbour of the family.\n\n'
                 '"We had ten minutes to leave," Carl Wagner told reporters.\n')
    types = source_types(result)
    assert types == {"Ellen Mayor": "private person", "Carl Wagner": "private person"}


def test_international_organisations_have_a_type_of_their_own(sourcing_of):
    result = sourcing_of("Aid convoys reached the besieged town of Varna Hill on Sunday.\n\n"
                 '"That is good but it is far from enough," Lena Maartens, a spokesperson for the U.N. Office for the '
                 "Coordination of Humanitarian Affairs, told a briefing.\n\n"
                 '"We need safe passage now," said Ms. Oduya, who is also UN Emergency Relief Coordinator.\n\n'
                 '"Medicines ran out on Friday," said Omar Haddi, a WHO official in the region.\n')
    assert source_types(result) == {name: "international organisation" for name in ("Lena Maartens", "Oduya",
                                                                               "Omar Haddi")}


def test_coaches_and_players_are_sports_sources(sourcing_of):
    result = sourcing_of("Harbour City coach Dan Morrow said his side had been unlucky.\n\n"
                 '"I feel fine and I want to play," said midfielder Tessa Kane.\n')
    assert source_types(result) == {"Dan Morrow": "sports club, coach or athlete",
                                "Tessa Kane": "sports club, coach or athlete"}


def test_hospital_staff_are_medical_sources_but_a_patient_is_not(sourcing_of):
    result = sourcing_of("A car crashed into the emergency room of Lakeside General Hospital on Monday.\n\n"
                 "The facility's chief medical officer Dr. Ravi Mehta said the injured were treated at once.\n\n"
                 '"We heard a bang," said Joan Pike, a patient at the hospital.\n\n'
                 '"All patients are safe," said Ann Coles, a spokeswoman for the hospital.\n')
    assert source_types(result) == {"Ravi Mehta": "hospital or medical", "Joan Pike": "private person",
                                "Ann Coles": "hospital or medical"}


def test_a_rank_abbreviation_the_tokenizer_cuts_off_still_names_the_officer(sourcing_of):
    result = sourcing_of('"We do believe alcohol was involved," said Sgt. Luis Ortega.\n')
    assert source_types(result) == {"Luis Ortega": "government or official (country unknown)"}


def test_single_curly_marks_quote_in_an_article_without_double_ones(sourcing_of):
    result = sourcing_of("Dubbed \u2018Team-B\u2019 squads, the crews are sent to the worst docks, according to five workers.\n\n"
                 "\u2018Team-B crews, they\u2019re just bait,\u2019 said one worker from the harbour unit.\n\n"
                 "The worker, who requested anonymity, said the workers\u2019 families were never told: \u2018If the "
                 "bosses catch anyone late, they send them to the Team-B squads.\u2019\n")
    speaker = "one worker from the harbour unit"
    assert speaker_of(result, "they\u2019re just bait") == speaker
    assert speaker_of(result, "If the bosses catch") == speaker  # 'The worker, who requested anonymity, said
    assert "Team-B" in set(result.scare_quotes.quote)


def test_a_possessive_like_mark_closes_when_another_quotation_opens_before_the_next_close(sourcing_of):
    result = sourcing_of("In Norland \u2018coastal camps\u2019 workers are hired as \u2018harbour company staff\u2019, "
                 "the Norland labour office said.\n")
    assert set(result.scare_quotes.quote) == {"coastal camps", "harbour company staff"}


def test_a_quotation_nested_in_curly_marks_stays_inside_the_outer_one(sourcing_of):
    result = sourcing_of("\u201cIt was a quick convoy. They trained in two specialties \u2013 \u201cdivers\u201d and "
                 "\u201cspotters\u201d, but in quotation marks. This is a classic,\u201d says rights activist "
                 "Vera Lindqvist.\n")
    quotes = result.quotes[result.quotes.quote.str.startswith("It was a quick convoy")]
    assert list(quotes.speaker) == ["Vera Lindqvist"] and quotes.quote.iloc[0].endswith("This is a classic,")


def test_a_surname_misspelt_by_a_letter_is_the_same_person(sourcing_of):
    result = sourcing_of("Striker Omar Latif scored the only goal for the hosts on Saturday.\n\n"
                 'Latid said: "We will bounce back next week."\n')
    assert speaker_of(result, "bounce back") == "Omar Latif"
    assert ("Omar Latif", "Latid") in set(zip(result.variants.canonical, result.variants.variant))


def test_a_surname_close_to_two_people_joins_neither(sourcing_of):
    result = sourcing_of("Judge Karen Hansel and lawyer Mark Hanson met on Monday. Ruth Hanley was there too.\n\n"
                 '"This is over," Hansen said.\n')
    assert speaker_of(result, "This is over") == "Hansen"


def test_a_name_then_a_colon_labels_the_quotation(sourcing_of):
    result = sourcing_of("Two people were hurt when a truck hit a fence at Greenfield General Hospital on Monday.\n\n"
                 'Hospital spokesperson Nadia Korr: "Both patients are in stable condition."\n\n'
                 'Police chief Tom Abel, at the scene: "The driver had a seizure."\n')
    assert speaker_of(result, "Both patients") == "Nadia Korr"
    assert speaker_of(result, "The driver had") == "Tom Abel"
    assert source_types(result)["Nadia Korr"] == "hospital or medical"


def test_a_representative_of_a_national_body_speaks_for_that_country(sourcing_of):
    result = sourcing_of("Prisoners in the camp wake up to the anthem every morning.\n\n"
                 "A representative of the Kenyan coordination headquarters for prisoners of war, Petr Valen, says that "
                 "one prisoner mistook a portrait for a king.\n")
    assert source_types(result) == {"Petr Valen": "Kenyan government or official"}


def test_a_datelines_place_is_no_speaker(sourcing_of):
    result = sourcing_of("The truce did not hold.\n\n"
                 "Varna, Feb 9 2014 - A top regional official said she is deeply disappointed that the truce was "
                 "broken on Saturday.\n")
    assert list(result.sources.source) == ["top regional official"]


@pytest.mark.parametrize("text, name_end, dateline", [
    ("Nairobi - An official of the mine said the talks had failed.", 1, True),  # a place and a spaced dash
    ("Tomas Varga - a former miner - said the talks had failed.", 2, False),  # a person's name before a dash
])
def test_a_place_before_a_spaced_dash_opening_the_story_is_a_dateline(text, name_end, dateline):
    assert speakers._dateline(nlp.parse_text(text), (0, name_end)) is dateline


def test_an_intelligence_body_has_no_default_nationality(sourcing_of):
    result = sourcing_of("According to the Main Directorate of Intelligence, recruiters visited three camps in May.\n")
    assert source_types(result) == {"Main Directorate of Intelligence": "government or official (country unknown)"}


def test_an_acronym_takes_the_type_of_the_name_it_stands_for(sourcing_of):
    result = sourcing_of("In a joint statement with the Kenyan Product Safety Commission (KPSC), Lumex announced a recall.\n\n"
                 '"Owners should immediately stop using the recalled heaters," according to the KPSC.\n')
    assert source_types(result)["KPSC"] == "Kenyan government or official"


def test_a_one_word_variant_marked_describes_types_a_person_in_any_spelling_of_the_table(sourcing_of):
    result = sourcing_of('"We were sent forward without maps," said Oleg Marin, a former Vagner commander.\n\n'
                 '"The school stays shut," said Anna Berg, a Kyiv teacher.\n')
    types = source_types(result)
    assert types["Oleg Marin"] == "private military company"  # 'Vagner' is a variant of a row marked describes
    assert types["Anna Berg"] != "Ukrainian government"  # 'Kyiv' is a variant, but not one that describes


RUSSIA_LEAD = ("Russia has sent tens of thousands of prisoners to the front. Russian colonies emptied as Moscow "
               "offered pardons, and Russian courts stopped hearing appeals.\n\n")  # the article is about Russia


def test_a_role_written_before_a_name_in_capitals_is_no_part_of_the_name(sourcing_of):
    result = sourcing_of(RUSSIA_LEAD + '"The city will remember them," Kyiv Mayor Vitali Klitschko wrote on Telegram.\n\n'
                 '"Rates stay on hold," said Central Bank Governor Elvira Sobolina of Italy.\n')
    types = source_types(result)
    assert types["Vitali Klitschko"] == "Ukrainian government"  # not a private person named 'Kyiv Mayor ...'
    assert types["Elvira Sobolina"] == "Italian government or official"


def test_the_country_a_name_is_of_types_its_official(sourcing_of):
    result = sourcing_of(RUSSIA_LEAD + "Governor Elvira Sobolina of the Bank of Italy said rates would stay on hold.\n\n"
                 'Judge Amy Lowell of the U.S. District Court said the case "raises serious questions about who is '
                 'fighting".\n\n'
                 '"Nobody came back from the front," said Pavel Orlov, the mayor of a small Siberian town.\n')
    assert source_types(result) == {"Elvira Sobolina": "Italian government or official",
                                "Amy Lowell": "U.S. government or official",
                                "Pavel Orlov": "Russian government or official"}


def test_an_official_addressing_a_countrys_parliament_is_of_that_country(sourcing_of):
    result = sourcing_of(RUSSIA_LEAD + "Justice minister Carlo Nordio told the Italian parliament that prisons were safe.\n\n"
                 "Foreign minister Oleg Lavrin told the Italian newspaper Il Foglio that the men were volunteers.\n\n"
                 "Deputy minister Ivan Petrov said in Rome that the exchange would go ahead.\n")
    assert source_types(result) == {"Carlo Nordio": "Italian government or official",
                                "Oleg Lavrin": "Russian government or official",  # a newspaper is no state body
                                "Ivan Petrov": "Russian government or official"}  # a place is no addressee


def test_officials_of_countries_recruited_from_are_of_their_country(sourcing_of):
    result = sourcing_of(RUSSIA_LEAD + '"Twelve of our citizens have died," said Ram Thapa, a Nepali foreign ministry official.\n\n'
                 '"We warned them," said Lidija Horvat, a Croatian minister.\n\n'
                 '"Nobody asked us," said Marko Babic, a Croatian MEP.\n')
    assert source_types(result) == {"Ram Thapa": "Nepali government or official",
                                "Lidija Horvat": "Croatian government or official",
                                "Marko Babic": "international organisation"}


def test_central_banks_european_bodies_and_us_states_type_officials_in_an_article_about_russia(sourcing_of):
    result = sourcing_of(RUSSIA_LEAD + '"Inflation is too high," Federal Reserve Chair Jerome Powell said on Wednesday.\n\n'
                 '"We will act," ECB President Christine Lagarde told reporters.\n\n'
                 '"Russia must pay," said Senator Lindsey Graham, a Republican from South Carolina.\n')
    assert source_types(result) == {"Jerome Powell": "U.S. government or official",
                                "Christine Lagarde": "international organisation",
                                "Lindsey Graham": "U.S. government or official"}


def test_a_place_in_an_outlets_name_makes_no_country_of_the_article(sourcing_of):
    result = sourcing_of("Officials in Tula said 341 inmates had signed contracts, The New York Times reported.\n\n"
                 "The New York Times counted the graves in three cemeteries. The New York Times could not reach the "
                 "families.\n")
    assert source_types(result)["officials in Tula"] == "government or official (country unknown)"


def test_what_a_person_told_reporters_is_no_description_of_them(sourcing_of):
    result = sourcing_of('"I am proud of them," said Yevgeny Prigozhin, who told reporters the pardons were real.\n\n'
                 '"We were lied to," said Oleg Marin, who told journalists he had served near Bakhmut.\n')
    assert source_types(result) == {"Yevgeny Prigozhin": "private person", "Oleg Marin": "private person"}


def test_a_pronoun_after_a_quotation_skips_names_only_quoted(sourcing_of):
    result = sourcing_of("Dmitri Kovalev, a former inmate from Tver, was recruited in 2022.\n\n"
                 '"I signed because Yevgeny Prigozhin promised us a pardon," he said.\n\n'
                 "Igor Lebedev served with Kovalev near Bakhmut.\n\n"
                 '"We were promised that Sergei Volkov would lead us and that Andrei Smirnov would pay us," he told '
                 "reporters.\n")
    assert speaker_of(result, "I signed because") == "Dmitri Kovalev"
    assert speaker_of(result, "We were promised") == "Igor Lebedev"


def test_a_speaker_carries_over_to_a_later_quotation_when_nobody_else_speaks(sourcing_of):
    result = sourcing_of("Prisoners recruited by Wagner were promised pardons after six months.\n\n"
                 '"We were fed once a day," said Pavel Sokolov, who spent two years in the colony.\n\n'
                 "The colony lies in a swamp north of Perm. Guards rarely entered the barracks.\n\n"
                 'In the same colony, doctors were rare. "Nobody came when a man was sick for a week."\n\n'
                 "His lawyer, Irina Belova, said he would sue the colony.\n\n"
                 'The case will be heard in June. "The colony broke every rule in the book."\n')
    assert speaker_of(result, "Nobody came when") == "Pavel Sokolov"
    assert speaker_of(result, "The colony broke") == "Irina Belova"  # she spoke in between


def test_a_quotation_over_two_paragraphs_after_a_narrative_one_is_its_subjects(sourcing_of):
    result = sourcing_of("Prisoners recruited by Wagner were promised pardons after six months.\n\n"
                 "Pavel Sokolov spent eleven months at the front before he was wounded near Bakhmut.\n\n"
                 '"We drove for two days and nobody told us where we were going.\n\n'
                 '"Then the shelling began."\n\n'
                 "The colony did not answer questions.\n")
    assert speaker_of(result, "We drove for two days") == "Pavel Sokolov"
    assert speaker_of(result, "Then the shelling began") == "Pavel Sokolov"  # the rest of it, no scare quote
    assert result.scare_quotes.empty


def test_a_person_introduced_between_two_quotations_speaks_the_second(sourcing_of):
    result = sourcing_of('"We were fed once a day," said Pavel Sokolov, who spent two years in the colony.\n\n'
                 "Nina Sokolova, his mother, waited for him every day.\n\n"
                 '"My son came back thin and grey."\n')
    assert speaker_of(result, "My son came back") == "Nina Sokolova"


def test_a_single_quoted_quotation_left_open_continues_in_the_next_paragraph(sourcing_of):
    result = sourcing_of("Hundreds of inmates from the colony were sent to Ukraine last year.\n\n"
                 "\u2018They came in the spring and promised us everything,\u2019 said Andrei Volkov, who served near "
                 "Bakhmut. \u2018Nobody said we would die.\n\n"
                 "\u2018All lies.\u2019\n")
    assert speaker_of(result, "Nobody said we would die") == "Andrei Volkov"
    assert speaker_of(result, "All lies") == "Andrei Volkov"
    assert result.scare_quotes.empty


def test_who_declined_to_be_named_applies_to_the_head_of_the_phrase(sourcing_of):
    result = sourcing_of("A lawyer for several families, who declined to be named, said the contracts were illegal.\n")
    hedges = result.hedges[result.hedges.kind == "anonymity"]
    assert list(hedges.applies_to) == ["lawyer for several families"]


@pytest.mark.parametrize("phrase", ["who asked not to be named because he feared reprisals",
                                    "who asked to not be named", "who requested that his name be withheld",
                                    "who was not authorized to discuss the recruitment",
                                    "who would only give his first name", "who refused to be named",
                                    "who asked that he not be identified"])
def test_more_anonymity_wordings_make_the_speaker_anonymous(sourcing_of, phrase):
    result = sourcing_of(f'"The buses came at night," said Pavel, a guard at the colony {phrase}.\n')
    hedges = result.hedges[result.hedges.kind == "anonymity"]
    assert list(hedges.applies_to) == ["Pavel"] and bool(result.quotes.anonymous.iloc[0])


def test_people_familiar_with_a_matter_are_anonymous_sources_not_citations(sourcing_of):
    result = sourcing_of("Russia's prison service has sent thousands of inmates to the front, Reuters reported, citing 13 "
                 "people familiar with the situation.\n\n"
                 "The Moscow Times, citing two sources close to the defence ministry, said recruitment resumed in May.\n"
                 "\n"
                 "According to four people with knowledge of the plans, the ministry wants 10,000 more men, Bloomberg "
                 "reported.\n")
    assert set(result.citations.cited) <= {"Reuters", "The Moscow Times", "Bloomberg"}
    anonymous = result.sources[result.sources.anonymous.astype(bool)]
    assert {"13 people familiar with the situation", "two sources close to the defence ministry",
            "four people with knowledge of the plans"} <= set(anonymous.source)


def test_a_french_transliteration_joins_the_same_person_across_articles(sourcing_of):
    result = sourcing_of('"We will take the city," Yevgeny Prigozhin said in a video.\n',
                 'Wagner chief Yevgeny Prigogine said on Telegram that the prisoners had earned their freedom.\n\n'
                 '"They are heroes," Prigogine said.\n')
    assert len(set(result.quotes.speaker)) == 1  # one source, in either spelling
    assert ("Yevgeny Prigogine", "Yevgeny Prigozhin") in {tuple(sorted(pair)) for pair in zip(
        result.variants.canonical, result.variants.variant)}


@pytest.mark.parametrize("phrase", ["who, like other guards interviewed, asked for a pseudonym",
                                    "who has worked there for years and, like other guards interviewed, asked for a "
                                    "pseudonym for his safety",
                                    "who requested a pseudonym for his safety", "who was given a pseudonym"])
def test_a_pseudonym_asked_for_makes_the_speaker_anonymous(sourcing_of, phrase):
    result = sourcing_of(f'"The buses came at night," said Pavel, a guard at the colony {phrase}.\n')
    hedges = result.hedges[result.hedges.kind == "anonymity"]
    assert list(hedges.applies_to) == ["Pavel"] and bool(result.quotes.anonymous.iloc[0])
    assert result.quotes.speaker_type.iloc[0] == "anonymous person"


def test_british_judges_titles_and_a_council_speaker_are_government_roles(sourcing_of):
    result = sourcing_of("Two judges on Friday dismissed the tenants' challenge at the High Court.\n\n"
                 'Mr Justice Carrow said the council had shown "no good reason" for the delay.\n\n'
                 '"The duty is plain," said Lord Penfold, the Master of the Rolls.\n\n'
                 '"We will not stop building," Council Speaker Dana Whitlock said before the vote.\n\n'
                 'Sprint is owned by billionaire Masao Tanri. "We need scale," Tanri said.\n')
    types = source_types(result)
    assert types["Carrow"] == types["Lord Penfold"] == types["Dana Whitlock"] == \
        "government or official (country unknown)"
    assert types["Masao Tanri"] == "company or business"


def test_the_only_country_a_text_names_not_as_a_place_is_its_country(sourcing_of):
    result = sourcing_of("The Reserve Bank of India kept its key rate unchanged on Thursday.\n\n"
                 '"Inflation is easing," Governor Arun Mehta said.\n',
                 "The city council approved the plan after a hearing in London.\n\n"
                 '"This is a good day," said Mayor Tom Ash.\n',
                 "The council in Lyon and the court in Geneva both ruled on the case.\n\n"
                 '"We will appeal," said Mayor Ines Carro.\n',
                 "The Northern Ireland Office lost its appeal.\n\n"
                 '"The ruling is clear," said Judge Maeve Tully.\n')
    types = source_types(result)
    assert types["Maeve Tully"] == "British government or official"  # Northern Ireland is no Irish place
    assert types["Arun Mehta"] == "Indian government or official"
    assert types["Tom Ash"] == "British government or official"  # a mayor sits where the story is set
    assert types["Ines Carro"] == "government or official (country unknown)"  # two countries named: neither


def test_an_outlet_named_after_its_media_noun_and_one_that_reports_its_own_claim_are_sources(sourcing_of):
    result = sourcing_of("Wagner freed its first fighters in January.\n\n"
                 "On January 13, RT reported that a hundred prisoners had returned, with the channel claiming "
                 "they were pardoned.\n\n"
                 "Late last year, according to the independent Russian outlet Mediazona, recruiters began touring "
                 "the prisons again.\n\n"
                 "Guards were told to keep quiet, the Telegram channel Baza Seven wrote.\n")
    paraphrases = result.attributions[result.attributions.kind == "paraphrase"]
    assert dict(zip(paraphrases.source, paraphrases.source_type)) == {
        "RT": "media outlet", "Mediazona": "media outlet", "Baza Seven": "media outlet"}


def test_a_spokesperson_for_a_named_group_or_person_takes_their_type(sourcing_of):
    result = sourcing_of("Two campaign groups, Fair Papers and the Open Records Trust, lost their challenge at the High Court of "
                 "England on Friday.\n\n"
                 "A spokeswoman for the Open Records Trust said it would appeal.\n\n"
                 "Dominic Hale, the Attorney General, had used his veto. A spokesman for Mr Hale said: "
                 '"We are disappointed by the ruling."\n')
    types = source_types(result)
    assert types["spokeswoman for the Open Records Trust"] == "human-rights or legal-aid group"
    assert types["spokesman for Mr Hale"] == "British government or official"


def test_a_named_officer_of_a_described_group_takes_its_type(sourcing_of):
    result = sourcing_of("Two campaign groups, Fair Papers and the Open Records Trust, lost their challenge on Friday.\n\n"
                 'Lena Marsh, the Open Records Trust\'s legal director, added: "We will fight on."\n')
    assert source_types(result)["Lena Marsh"] == "human-rights or legal-aid group"


def test_unnamed_individuals_and_people_interviewed_are_anonymous_sources(sourcing_of):
    result = sourcing_of("Offenders have been sent into penal units, according to 13 individuals who know the situation.\n\n"
                 "People interrogated stated that the units also include convicts.\n\n"
                 "The guards interviewed said the squads were thrown into the deadliest sectors of the front.\n")
    paraphrases = result.attributions[result.attributions.kind == "paraphrase"]
    assert list(paraphrases.source) == ["13 individuals", "people", "guards"]
    assert paraphrases.anonymous.astype(bool).all()


def test_the_source_is_the_unnamed_person_who_spoke_before(sourcing_of):
    result = sourcing_of('"They came in October and took 300 men," a prisoner in the Urals told the Gazette.\n\n'
                 "According to the source, the first trip was headed by the founder himself.\n")
    paraphrases = result.attributions[result.attributions.kind == "paraphrase"]
    assert list(paraphrases.source) == ["prisoner in the Urals"]


def test_a_speaking_pronoun_is_nobody_named_in_what_it_says(sourcing_of):
    result = sourcing_of("A prisoner in the Urals told the Gazette about the first trip. Prigozhin told the men they would "
                 "be free.\n\n"
                 "For that first visit, he said, all of the prisoners gathered to hear Prigozhin speak.\n\n"
                 "He added that the recruiter wanted murderers.\n")
    paraphrases = result.attributions[result.attributions.kind == "paraphrase"]
    assert dict(zip(paraphrases.cue, paraphrases.source)) == {
        "A prisoner in the Urals told Gazette": "prisoner in the Urals", "Prigozhin told men": "Prigozhin",
        "he said": "prisoner in the Urals", "He added": "prisoner in the Urals"}


def test_an_unnamed_source_named_by_an_acronym_keeps_its_capitals(sourcing_of):
    result = sourcing_of("Shares fell after a tense call with analysts.\n\n"
                 "The CEO said the company would not change its targets.\n")
    assert "CEO" in set(result.sources.source)


def test_a_term_in_a_participle_calling_it_is_the_subjects(sourcing_of):
    result = sourcing_of("State Department spokesman Tom Reyes condemned the practice of recruiting convicted criminals, "
                 'calling it a "cruel trick."\n')
    assert speaker_of(result, "cruel trick") == "Tom Reyes"


def test_the_state_department_and_the_cdc_are_us_bodies_in_a_text_about_russia(sourcing_of):
    result = sourcing_of("Russia keeps sending convicts from Russian prisons to the front, and Russian courts pardon them.\n\n"
                 "State Department spokesman Tom Reyes said the practice was cruel.\n\n"
                 "Measles cases rose again, the Centers for Disease Control and Prevention (CDC) reported.\n")
    types = source_types(result)
    assert types["Tom Reyes"] == types["Centers for Disease Control and Prevention"] == "U.S. government or official"


def test_a_surname_tagged_as_a_place_stays_part_of_the_name_announced_by_its_role(sourcing_of):
    result = sourcing_of("Amid a rise in measles cases, DR Congo's health minister declared an epidemic. The U.S. counts "
                 "1,022 cases, U.S. officials said, and U.S. parents are worried.\n\n"
                 "Medical teams have confirmed 677 cases of measles among 87,000 suspected cases in 23 provinces, "
                 "Minister Oly Ilunga Kalenga said in a statement Monday.\n")
    types = source_types(result)
    assert types["Oly Ilunga Kalenga"] == "Congolese government or official"


def test_an_order_cited_by_its_number_is_a_document(sourcing_of):
    result = sourcing_of("According to Putin's order No. PRS-563, assault companies were formed from convicted persons.\n")
    paraphrases = result.attributions[result.attributions.kind == "paraphrase"]
    assert list(paraphrases.source_type) == ["document or leaked correspondence"]


def test_an_epithet_stands_for_the_person_who_spoke_just_before(sourcing_of):
    result = sourcing_of("Kurt Halm said sales of Lumex heaters fell. Halm met analysts on Friday.\n\n"
                 "The CEO then vowed to buy back stock.\n\n"
                 '"We will reward our shareholders," Halm assured the analysts.\n',
                 "Ivan Sokolov told the court he was innocent. The judge said the evidence was clear.\n\n"
                 "Dora Lenz said the law was unfair. The president said the law would stay.\n")
    types = source_types(result)
    assert types["Kurt Halm"] == "company or business"  # 'the CEO' is Halm
    assert "CEO" not in types
    assert speaker_of(result, "We will reward") == "Kurt Halm"
    assert {"judge", "president"} <= set(types)  # another person: the judge of a defendant, a head of state


def test_an_epithet_held_by_an_earlier_description_is_that_person(sourcing_of):
    result = sourcing_of("Addressing reporters, the central bank's governor, Arun Mehta, said rates would stay on hold.\n\n"
                 "The RBI governor said that growth had slowed before the reform.\n")
    assert set(result.sources.source) == {"Arun Mehta"}
    assert result.sources.paraphrases.iloc[0] == 2


def test_a_role_written_as_a_name_describes_an_unnamed_person(sourcing_of):
    result = sourcing_of('"Bonehead questions are not cool," Lumex CEO told an analyst on a call in May.\n')
    assert speaker_of(result, "Bonehead") == "Lumex CEO"
    assert source_types(result) == {"Lumex CEO": "company or business"}


def test_what_a_recruiter_promised_in_quotation_marks_is_his_but_a_promise_is_no_claim(sourcing_of):
    result = sourcing_of("For those who agree to fight, the recruiter promised 100,000 rubles a month \"plus a bonus of about "
                 "the same amount\", and in case of death the family will be paid.\n",
                 "Early in the war, President Ivo Dorn promised amnesty to veterans in prison.\n")
    assert speaker_of(result, "plus a bonus") == "recruiter"
    assert "Ivo Dorn" not in set(result.sources.source)


def test_declining_to_provide_a_last_name_is_anonymity(sourcing_of):
    result = sourcing_of('"He was not interested in politics," said Yana, who declined to provide her last name over fears '
                 "for her safety.\n")
    assert result.sources.set_index("source").anonymous["Yana"]


def test_a_spokesperson_for_a_hospital_authority_speaks_for_a_hospital(sourcing_of):
    result = sourcing_of("According to a spokesperson for the Hospital Authority, four patients fell ill on the ward.\n\n"
                 '"Safety is our top priority," the hospital spokesperson stated.\n')
    assert set(result.quotes.speaker_type) == {"hospital or medical"}


def test_a_court_and_a_mayor_take_the_country_of_their_setting_but_a_minister_does_not(sourcing_of):
    result = sourcing_of("Two judges dismissed the challenge after a hearing in London.\n\n"
                 "Lord Justice Harrow said the rules were clear.\n",
                 "At a summit in London, Minister Ivo Danet said the talks had gone well.\n")
    types = source_types(result)
    assert types["Harrow"] == "British government or official"
    assert types["Ivo Danet"] == "government or official (country unknown)"


def test_a_report_by_an_outlet_is_the_outlets(sourcing_of):
    result = sourcing_of("That is according to new reporting out Saturday by the independent outlet Vestnik, which counted "
                 "500 graves.\n",
                 "Sales fell by a third, according to data from the Lumex company.\n")
    assert set(result.sources.source) == {"Vestnik", "Lumex company"}


def test_a_quotation_after_a_colon_is_the_clause_subjects(sourcing_of):
    result = sourcing_of("Harbour City Mayor Ana Dorsey won a vote on Tuesday when the council approved zoning changes.\n\n"
                 "The changes passed by 40 votes to 2.\n\n"
                 'In a statement, the mayor praised the vote: "Harbour City is now one step closer to being a city '
                 'where everyone can live."\n\n'
                 "The two coaches met the press after the match.\n\n"
                 'Kiss Bence: "We played very well when it was eleven against eleven."\n')
    assert speaker_of(result, "one step closer") == "Ana Dorsey"
    assert speaker_of(result, "We played very well") == "Kiss Bence"


def test_a_participle_of_saying_speaks_for_its_clauses_subject(sourcing_of):
    result = sourcing_of('Halm Corp CEO Kurt Halm, who was asked about debt, unloaded on analysts, saying that some "can not '
                 'read numbers."\n',
                 "The inmates were expecting a visit from officials, assuming it would be an inspection.\n")
    assert speaker_of(result, "read numbers") == "Kurt Halm"
    assert "inmates" not in set(result.sources.source)  # a belief, not speech


def test_a_generic_description_of_an_organisation_is_the_one_named_before(sourcing_of):
    result = sourcing_of("Measles cases have tripled this year, the World Health Organization has warned.\n\n"
                 "According to new data by the United Nations health agency, 364,808 cases have been reported.\n")
    assert list(result.sources.source) == ["World Health Organization"]
    assert result.sources.paraphrases.iloc[0] == 2


def test_the_financier_of_a_private_army_is_of_a_private_military_company(sourcing_of):
    result = sourcing_of("Yevgeny Prigozhin, the financier of the Russian private army, visited the colony in July.\n\n"
                 '"I only need stormtroopers," Prigozhin said.\n')
    assert source_types(result) == {"Yevgeny Prigozhin": "private military company"}


def test_an_epithet_with_the_possessor_of_an_earlier_description_is_that_person(sourcing_of):
    result = sourcing_of("Around 150 inmates volunteered after a talk by Evgeny Prigozhin, Putin's close ally and co-owner "
                 "of the Wagner PMC.\n\n"
                 '"I only need stormtroopers. Those who move forward survive better," said "Putin\'s chef."\n\n'
                 "Putin's mother said nothing about it.\n")
    assert speaker_of(result, "stormtroopers") == "Evgeny Prigozhin"
    assert "putin's mother" in set(result.sources.source)  # a relation to the possessor is someone else


def test_a_coach_called_the_manager_and_the_gaffer_is_a_sports_source(sourcing_of):
    result = sourcing_of("Harbour FC lost 4-2 at home on Thursday.\n\n"
                 'When asked about his team\'s performance in the first half Owen Dale stated, "They are a very strong '
                 'side and we should have had more of the ball."\n\n'
                 "The manager revealed what he said in the dressing room at half-time.\n\n"
                 'He said, "The break was very important. We needed the next goal." The Gaffer opined, "I knew the '
                 'game would be open again when we scored."\n')
    assert speaker_of(result, "very strong side") == "Owen Dale"
    assert speaker_of(result, "open again") == "Owen Dale"
    assert source_types(result) == {"Owen Dale": "sports club, coach or athlete"}


def test_a_provincial_premier_called_so_later_is_of_the_provinces_country(sourcing_of):
    result = sourcing_of("Premier Dana Holt of Manitoba met reporters on Tuesday.\n\n"
                 "The Manitoba premier said he had learned to choose his words carefully.\n\n"
                 '"I am pretty direct," he said.\n',
                 "Alan Brook said he remains engaged and in charge of the province.\n\n"
                 '"I am driving the bus," Brook said at a school in Coquitlam, British Columbia.\n\n'
                 "The premier took questions from journalists at a photo-op.\n")
    types = source_types(result)
    assert types == {"Dana Holt": "Canadian government or official", "Alan Brook": "Canadian government or official"}


def test_an_update_by_a_ministry_is_the_ministrys(sourcing_of):
    result = sourcing_of("Earlier, an intelligence update by the UK Defence Ministry confirmed Russia was recruiting convicts.\n")
    assert source_types(result) == {
        "British Defense Ministry": "Western government or intelligence"}


def test_one_broker_is_an_unnamed_source(sourcing_of):
    result = sourcing_of('Although unexpected, one broker said that the statement was "not a massive surprise given the current '
                 'circumstances".\n')
    assert speaker_of(result, "massive surprise") == "one broker"


def test_a_name_whose_words_are_said_of_it_is_an_organisation(sourcing_of):
    result = sourcing_of("Lumex said it would cut 300 jobs. Tesla says it aims to produce 6,000 cars a week.\n")
    assert source_types(result) == {"Lumex": "other", "Tesla": "other"}


def test_it_said_is_the_organisation_named_before(sourcing_of):
    result = sourcing_of("Harbour Bank cut its main rate on Tuesday after inflation slowed for a third month.\n\n"
                 '"Price pressures have eased more than we expected," it said in a statement.\n\n'
                 "Dr Nina Vale, an economist at the Kettle Institute, expects another cut. The bank added that "
                 '"further easing is likely this year."\n\n'
                 "Lumex withdrew 40,000 heaters on Thursday after three fires. It added that no one had been hurt.\n")
    assert speaker_of(result, "Price pressures") == "Harbour Bank"
    assert speaker_of(result, "further easing") == "Harbour Bank"
    paraphrases = result.sources.set_index("source").paraphrases
    assert paraphrases.get("Lumex") == 1 and "Nina Vale" not in paraphrases


def test_the_company_said_is_the_company_named_before(sourcing_of):
    result = sourcing_of("Carmaker shuts plants\n\n"
                 "Kestrel Motors shut two plants on Monday. The ministry of labour called the closures regrettable.\n\n"
                 '"We had no other choice," the company said in a statement.\n')
    assert speaker_of(result, "no other choice") == "Kestrel Motors"


def test_an_office_described_before_its_holder_is_named_is_one_source(sourcing_of):
    result = sourcing_of("Westland's premier says he has had a busy summer behind the scenes.\n\n"
                 'Dan Ferro defended his record at a school in Eastport on Monday. "I am driving the bus," he said.\n\n'
                 "The premier took questions from journalists.\n",
                 'The mayor said the bridge would reopen in May. "We owe people an apology," she said.\n\n'
                 "The mayor, Jane Rook, took office last year. A minister said the money was there.\n")
    sources = result.sources
    assert sorted(sources.source) == ["Dan Ferro", "Jane Rook", "minister"]
    assert speaker_of(result, "owe people") == "Jane Rook"


def test_the_bank_said_is_the_bank_named_before_not_a_company_of_no_type(sourcing_of):
    result = sourcing_of("Kestrel Motors shut two plants on Monday. The Central Bank of Westland kept its rate unchanged. "
                 "The bank said inflation was falling.\n",
                 "Harlow Foods cut 200 jobs at its bakery in Eastport. The ministry said the cuts were regrettable.\n")
    speakers = sorted(result.sources.source)
    assert speakers == ["Central Bank of Westland", "ministry"]  # no company is a ministry


def test_what_an_office_does_in_general_is_no_source_speaking(sourcing_of):
    result = sourcing_of("Few powers lie so wholly with the president as the power to pardon. The president declares a person "
                 "officially forgiven, and it is so. The president declares a state of emergency when a flood is "
                 "coming.\n\n"
                 "President Ann Pike declared a state of emergency on Monday. The ministry says the dams are safe.\n")
    # declaring a state of emergency is an act, no claim of fact (clean13 and clean17 gold leave such governors out)
    assert sorted(result.sources.source) == ["ministry"]


def test_an_organisation_name_with_commas_is_one_source(sourcing_of):
    result = sourcing_of("Nine nurses tested positive on Monday.\n\n"
                 "National Education, Health and Allied Workers’ Union provincial secretary Ayanda Zulu told reporters "
                 "the staff had no masks. The Workers, Allied and General Union said it would strike.\n")
    assert sorted(result.sources.source) == ["Ayanda Zulu", "Workers, Allied and General Union"]


def test_partial_quotations_in_single_marks_in_an_article_quoting_with_double_ones(sourcing_of):
    result = sourcing_of('"We were never told," said Ada Brill, a nurse at the clinic.\n\n'
                 "The minister, Tom Hale, said the closure was 'a disaster for the town' and that the nurses' union "
                 "had been 'kept in the dark'. Brill's colleagues don't agree. The clinic's 'Blue' ward stays open.\n\n"
                 '"It was \u2018a betrayal\u2019 of every patient," Brill said.\n')
    assert speaker_of(result, "a disaster for the town") == "Tom Hale"
    assert speaker_of(result, "kept in the dark") == "Tom Hale"
    assert speaker_of(result, "It was") == "Ada Brill"
    assert not result.quotes.quote.str.contains("Blue|union|agree").any()


def test_a_name_and_a_colon_without_quotation_marks_label_what_that_person_said(sourcing_of):
    result = sourcing_of("The two coaches spoke to the press after the final whistle.\n\n"
                 "Piet Brandt: I am disappointed in the players who did not fight as they should have.\n\n"
                 "Photo Credit: Harbour City FC\n")
    assert speaker_of(result, "I am disappointed") == "Piet Brandt"
    assert "Harbour City FC" not in " ".join(result.quotes.quote)


@pytest.mark.parametrize("cue", ["Meduza's source cites Orlov", "a guard from the camp quotes Orlov"])
def test_the_person_a_source_cites_after_a_quotation_is_its_speaker(sourcing_of, cue):
    result = sourcing_of("Viktor Orlov, the owner of a private military company, toured two prisons last month.\n\n"
                         f"“You will leave as free men or not at all,” {cue}.\n")
    assert speaker_of(result, "You will leave") == "Viktor Orlov"
    if cue.startswith("Meduza"):
        row = result.quotes[result.quotes.quote.str.contains("You will leave")].iloc[0]
        assert row.via == "Meduza"  # the outlet whose source passes the words on


def test_an_office_named_by_its_holders_title_is_no_anonymous_source(sourcing_of):
    result = sourcing_of("Police responded to a report of a stabbing on Mill Road, according to a statement from the "
                         "Harbour County District Attorney’s office.\n")
    row = result.sources[result.sources.source.str.contains("District Attorney")].iloc[0]
    assert not row.anonymous


def test_as_reported_by_an_outlet_cites_it(sourcing_of):
    result = sourcing_of("Prisoners are being recruited in four penal colonies, says Lindhaven's military intelligence.\n\n"
                         "The reason is the high losses among regular soldiers, as reported by the Ukrainian news "
                         "agency UNIAN.\n")
    assert "UNIAN" in set(result.citations.cited)


def test_a_name_the_text_gives_a_media_noun_after_is_an_outlet(sourcing_of):
    result = sourcing_of("A former fighter was detained on suspicion of murder, the Zorka Telegram channel, which is "
                         "close to the police, reported.\n\n"
                         "“During the searches, they found a canister,” Zorka reported.\n\n"
                         "The Harbour Ledger newspaper reported that he had fled. Ledger added that he was caught.\n")
    kinds = source_types(result)
    assert speaker_of(result, "During the searches") == "Zorka"
    assert kinds["Zorka"] == "media outlet" and kinds["Harbour Ledger"] == "media outlet"
    assert "Ledger" not in kinds


def test_a_name_before_an_agency_or_a_plural_media_noun_is_no_outlet(sourcing_of):
    result = sourcing_of("According to new data by the United Nations health agency, 3,000 measles cases were found "
                         "this year, according to US media outlets.\n")
    kinds = source_types(result)
    assert kinds.get("United Nations") != "media outlet" and "US" not in kinds


def test_a_person_named_before_a_post_at_an_organisation_with_a_comma_is_the_speaker(sourcing_of):
    result = sourcing_of("Doctors disagree about coffee.\n\n\u201cTrials in people matter most,\u201d stresses Dana "
                         "Holt, Lenz Science Press Package executive director at the Valley Association for Research.\n")
    assert list(result.quotes.speaker) == ["Dana Holt"]


def test_it_said_after_a_report_that_was_a_clause_subject_is_the_report(sourcing_of):
    result = sourcing_of("Lenz Rivers Trust has released its annual Water Report.\n\nThe trust chair, Dana Holt, "
                         "launched the report in Lenz after a long delay.\n\nThe 400-page Water Report reviews dams in "
                         "some 30 regions.\n\nThe report criticized the regional government for ignoring cracks in old "
                         "dams.\n\n\"The government failed to inspect the dams, often built by private firms, on rivers "
                         "and other vulnerable sites,\" it said.\n")
    assert list(result.quotes.speaker) == ["report"]


def test_speech_supposed_in_an_if_clause_is_no_cue_and_he_added_goes_on_with_the_speaker(sourcing_of):
    result = sourcing_of("Officials in Lenz warned on Monday against pressure from mayor Hugo Brandt to call the vote "
                         "early.\n\n\u201cWe count every ballot,\u201d Omar Latif, the county clerk, said at a "
                         "briefing.\n\n\u201cWe may know tonight, or we may not,\u201d he said.\n\nIf Brandt "
                         "declares victory prematurely, he added, \u201cit would change nothing at all.\u201d\n")
    assert list(result.quotes.speaker) == ["Omar Latif"] * 3


def test_he_added_after_a_sentence_whose_subject_quotes_is_that_subject(sourcing_of):
    result = sourcing_of("\u201cWe count every ballot,\u201d Omar Latif, the county clerk, said at a briefing.\n\n"
                         "Hugo Brandt called the count a \u201crigged show.\u201d\n\nBut, he added, \u201cI will accept "
                         "the result if the judges do.\u201d\n")
    speakers = dict(zip(result.quotes.quote.str[:10], result.quotes.speaker))
    assert speakers["I will acc"] == "Hugo Brandt"


def test_titles_closed_by_a_name_before_a_relative_clause_are_that_person(sourcing_of):
    result = sourcing_of("The chairman of the Lenz Regional Council Ivan Sokolov, who resigned on Monday, said that "
                         "the dam had not been inspected for years.\n")
    assert list(result.sources.source) == ["Ivan Sokolov"]


def test_an_inverted_speaker_the_parser_made_subject_of_a_relative_clause_speaks(sourcing_of):
    result = sourcing_of("Water from the Lenz river flooded 300 homes on Monday.\n\n\u201cIt was frightening,\u201d said "
                         "Irma Delgado, 59, whose two-story apartment complex is alongside the canal. She was woken at 3 "
                         "a.m. by police knocking on her door.\n")
    assert list(result.quotes.speaker) == ["Irma Delgado"]


def test_the_relative_of_a_named_person_speaks_not_the_person(sourcing_of):
    result = sourcing_of("Recruiters visited a penal colony near Rostov in July.\n\nThe mother of inmate Ivan Petrov "
                         "said her son had signed a contract in the yard.\n")
    assert len(result.sources) == 1 and result.sources.source[0].startswith("mother") and result.sources.anonymous[0]


def test_an_unnamed_relative_is_the_relative_the_text_names_later(sourcing_of):
    result = sourcing_of("The wife of the jailed Chinese civil rights engineer Chen Bao has described her husband as a "
                         "\u201cbroken man\u201d after she was allowed to see him.\n\nChen was held for two years and "
                         "officials denied requests by his wife, Zhou Lin, to see him.\n\n\u201cHe could not remember "
                         "our street,\u201d she said.\n")
    assert dict(zip(result.quotes.quote, result.quotes.speaker))["broken man"] == "Zhou Lin"


def test_a_verb_after_the_quotation_takes_its_object_before_a_place_phrase(sourcing_of):
    result = sourcing_of("The army no longer keeps its old promises to recruits from the camps, a reporter has found.\n\n"
                 '"If you join today, expect to be killed," writes a volunteer on Tuesday in a chatroom for former '
                 "inmates.\n")
    assert speaker_of(result, "expect to be killed") == "volunteer"


def test_a_man_called_by_a_name_is_that_person(sourcing_of):
    result = sourcing_of("The army no longer keeps its old promises to recruits from the camps, a reporter has found.\n\n"
                 '"If you join today, expect to be killed," writes a man called Dmitri in a chatroom for former '
                 "inmates.\n\n"
                 "He says that since March he has served in a new kind of unit.\n\n"
                 '"Before, you could get through three months. Now, you must stay until the very end," he writes.\n')
    assert speaker_of(result, "expect to be killed") == "Dmitri"
    assert speaker_of(result, "three months") == "Dmitri"


def test_a_pronoun_with_nobody_named_before_is_the_person_described(sourcing_of):
    result = sourcing_of("A stubborn manager made news on Sunday after a protest on the touchline.\n\n"
                 "The manager's behaviour drew a booking from the referee, but he stayed defiant. "
                 '"For us, it was a fair penalty," he said in the press conference. "I did nothing wrong."\n')
    assert speaker_of(result, "fair penalty") == "manager"
    assert speaker_of(result, "nothing wrong") == "manager"


def test_a_verb_of_voicing_cues_the_quotation_before_it(sourcing_of):
    result = sourcing_of("Hundreds of villagers ran for the ridge on Monday when the dam above Kelso began to crack.\n\n"
                 '"Leave the cattle!" shouted a police officer.\n\n'
                 '"My children are still down there," one mother cried out, her hands over her face.\n')
    assert speaker_of(result, "My children") == "one mother"


def test_a_persons_office_speaks_for_the_person(sourcing_of):
    result = sourcing_of("Senator Ruth Alder, D-Ore., along with Senator Tom Beck, R-Utah, added a clause to the farm "
                 "bill, which President Lowe signed into law on Friday.\n\n"
                 '"The new clause ends a long fight for the growers of the valley," Alder\'s office said in an e-mail '
                 'statement. "We kept our word to them."\n')
    assert speaker_of(result, "long fight") == "Ruth Alder"
    assert speaker_of(result, "our word") == "Ruth Alder"


def test_a_tag_split_off_into_the_next_paragraph_names_the_speaker(sourcing_of):
    result = sourcing_of("The city council voted on Monday to close the old ferry pier after forty years.\n\n"
                 '"It was the heart of the harbour for my father and for me, and now it is simply gone,"\n\n'
                 "said retired captain Olaf Brenner.\n\n"
                 "Brenner said he would keep his boat at a private dock.\n")
    assert speaker_of(result, "heart of the harbour") == "Olaf Brenner"


def test_a_round_up_of_quotations_names_each_speaker_after_the_quotation(sourcing_of):
    result = sourcing_of("WORDS OF THE WEEK\n\n"
                 '"We lost, and it hurts. But we will train harder than ever this week and come back stronger for the '
                 'last games of the season."\n\n'
                 "Harbour City coach Tom Brandt after the 2-0 defeat by Lakeside on Sunday.\n\n"
                 '"I have never been prouder of a group of players. They fought for every ball and deserved the cup '
                 'more than anyone."\n\n'
                 "Mira Solberg after her Lakeside side won the final on Saturday.\n\n"
                 '"People join us for the city and the fans, not for me. What happens next is up to them."\n\n'
                 "Lakeside chairman Ivo Marek plays down his role in signing the young striker Pavel Ruud.\n")
    assert speaker_of(result, "We lost") == "Tom Brandt"
    assert speaker_of(result, "never been prouder") == "Mira Solberg"
    assert speaker_of(result, "People join us") == "Ivo Marek"


def test_a_person_spoken_to_before_a_colon_is_no_speaker(sourcing_of):
    result = sourcing_of("Marta Lind beat Tomas Berg in the final on Sunday to win her first title. Lind said she had "
                 'waited ten years for it. A thought went to her rival, Tomas Berg: "I want to congratulate Tomas: he '
                 'played a wonderful week and he will win this title one day."\n')
    assert speaker_of(result, "congratulate Tomas") == "Marta Lind"


def test_an_age_or_a_status_as_epithet_is_the_person_named_just_before(sourcing_of):
    result = sourcing_of("Marta Lind beat Tomas Berg in three sets on Sunday to win her first title at the Harbour Open.\n\n"
                 '"I have waited ten years for this day," Lind said after the match.\n\n'
                 'Lind will now rest for two weeks. "My body needs a break," the 29-year-old said.\n\n'
                 'Berg, who had won the title twice before, was gracious in defeat. "She was simply better today," the '
                 "veteran said.\n")
    assert speaker_of(result, "My body") == "Marta Lind"
    assert speaker_of(result, "simply better") == "Tomas Berg"


def test_an_age_epithet_after_an_unnamed_person_of_that_age_stays_unnamed(sourcing_of):
    result = sourcing_of("Inmates speak of the offer\n\n"
                 "Nadia Roth, a lawyer, visited the camp in May. A 45-year-old inmate met her there.\n\n"
                 '"We were promised a pardon," the 45-year-old said.\n')
    assert speaker_of(result, "promised a pardon") == "45-year-old inmate"


def test_an_outlet_that_relays_a_tag_does_not_take_the_next_quotation(sourcing_of):
    result = sourcing_of("Storms flooded Harwick, Tenn., overnight.\n\n"
                         "“We pulled four people from their cars,” Harwick Fire Captain Lee Ortega said, according to "
                         "RioPulse.\n\n"
                         "“It is always harder at night, and the rain makes it worse for our crews.”\n")
    assert speaker_of(result, "always harder at night") == "Lee Ortega"


def test_a_man_with_the_likeness_of_a_named_person_takes_their_type(sourcing_of):
    result = sourcing_of("Oleg Marin, founder of the private military company Granit, toured a prison camp in May.\n",
                         "A video shows Oleg Marin, a businessman, at a prison camp.\n\n"
                         "The footage shows a man with the face and voice of Marin addressing a large group of "
                         "inmates.\n\n"
                         "“You will be free in six months,” the man in the video tells the prisoners.\n")
    types = dict(zip(zip(result.sources.article_id, result.sources.source), result.sources.source_type))
    assert types[("001", "man in the video")] == "private military company"


def test_according_to_at_a_sentence_start_frames_its_every_clause(sourcing_of):
    result = sourcing_of("Marek Kovalenko, a former guard, described the rules of the camp to reporters.\n\n"
                 "According to him, recruits sign for a year; if a recruit is younger than 20, a parent must sign too; "
                 'while on duty, gambling, leaving the base at night and any "private trading" with villagers are '
                 "all banned.\n")
    assert speaker_of(result, "private trading") == "Marek Kovalenko"
    assert "private trading" not in set(result.scare_quotes.quote)


def test_a_quoted_phrase_in_a_clause_describing_the_object_of_a_cue_is_a_term(sourcing_of):
    result = sourcing_of("The blog of the activist Ruben Castell posted a clip in which a man resembling the mayor "
                 'delivers a "pep talk" to a group of cadets.\n')
    assert "pep talk" in set(result.scare_quotes.quote)


def test_a_quoted_word_in_the_content_of_a_suggestion_stays_the_speakers(sourcing_of):
    result = sourcing_of("In her question, Ms Orlina had suggested the possibility that candidates close to the cabinet "
                 'could evade the rule and court voters at "informal" meetings.\n')
    assert speaker_of(result, "informal") == "Orlina"


def test_a_quoted_word_in_what_a_person_convinces_others_of_is_theirs(sourcing_of):
    result = sourcing_of("The volunteer brigade was founded by Oleg Varin last year. Varin convinces the farmers of the "
                 'region that young men should be "proud" to join it.\n')
    assert speaker_of(result, "proud") == "Oleg Varin"


def test_a_quoted_adverb_on_anothers_admission_is_the_assessors(sourcing_of):
    result = sourcing_of("Dmitri Valk stood trial in Tomsk last spring. A court reporter, Lena Marsh, followed the "
                 'hearings and assessed that Valk "grudgingly" admitted the charges.\n')
    assert speaker_of(result, "grudgingly") == "Lena Marsh"


def test_a_firm_the_tagger_takes_for_a_person_is_the_it_that_answers_a_report(sourcing_of):
    result = sourcing_of("Statements by two firms in the project – the state-backed Harrow Vale and its former partner, "
                 "Dunmore Ltd – were issued after the rights group Tarnwatch International published a report on "
                 "Monday.\n\n"
                 "Harrow Vale answered the Tarnwatch findings in a written reply. “We consider the findings baseless "
                 "and reject every claim of abuse,” it said.\n\n"
                 "Harrow Vale faulted the rights group's fieldwork, saying its researchers met only a handful of "
                 "farmers and never visited the firm's offices.\n\n"
                 "“Had Tarnwatch asked us, it would have heard a different story,” it said.\n")
    assert speaker_of(result, "We consider the findings") == "Harrow Vale"  # before, the rights group
    assert speaker_of(result, "Had Tarnwatch asked us") == "Harrow Vale"


def test_a_pronoun_opening_the_story_is_the_person_the_headline_says_spoke(sourcing_of):
    result = sourcing_of("Governor's aide Lund commented on the release of Ivan Orlov, the killer of nurse Olga Petrova\n\n"
                 '"There is a set procedure for release. It is a petition, a review by the board, then a decision by '
                 'the governor. This is one way," he said.\n\n'
                 "Ivan Orlov killed nurse Olga Petrova in March 2019. In May 2021, Orlov received 15 years in prison.\n")
    assert speaker_of(result, "There is a set procedure") == "Lund"  # before, Ivan Orlov, named after it


def test_a_legal_text_according_to_which_is_a_document_that_speaks(sourcing_of):
    result = sourcing_of("Captured soldiers shown on television\n\n"
                 "The treatment of captured sailors is governed by the Hague Charter, according to which captured "
                 "sailors must not be exposed to “public scorn” or, for example, put in danger at home.\n")
    assert speaker_of(result, "public scorn") == "Hague Charter"  # before, a scare quote and no source
    assert source_types(result)["Hague Charter"] == "document or leaked correspondence"


def test_a_hard_wrapped_tag_that_breaks_inside_the_speakers_name_is_joined(sourcing_of):
    result = sourcing_of('A mining firm has "lied" about the demolition\n'
                 "of hundreds of homes near its quarry in the north,\n"
                 "Greenwatch International says. New evidence showed a Tarn Mining\n"
                 "subsidiary lent the trucks that cleared the houses by the quarry,\n"
                 "it said. Tarn Mining, which has denied any part in the demolitions\n"
                 'in 2011, should pay compensation, Greenwatch said. "Satellite pictures\n'
                 "now prove that the clearances that Tarn Mining always\n"
                 'disputed did happen in the spring," said Greenwatch\n'
                 "International's Maria Olsen in a statement.\n"
                 "A local prosecutor investigated the demolitions and\n"
                 "tried to bring charges against those responsible, but was told\n"
                 "by officials not to do so, Greenwatch said in its report.\n")
    assert speaker_of(result, "Satellite pictures") == "Maria Olsen"  # before, Greenwatch, its tag cut in two


def test_a_quotation_broken_off_by_a_wrapped_line_is_attributed_where_it_ends(sourcing_of):
    result = sourcing_of("Rights group slams quarry firm\n\n"
                 'Tarn Mining lied about the demolition of homes, Greenwatch said. "Satellite pictures now prove that the '
                 "clearances that Lenz Quarry\n"
                 'Holdings always disputed did happen in the spring," said Greenwatch\'s Maria Olsen in a statement.\n')
    assert speaker_of(result, "Satellite pictures now prove") == "Maria Olsen"  # before, Greenwatch


def test_a_place_left_in_an_opening_phrase_is_no_role_of_the_named_subject(sourcing_of):
    result = sourcing_of("Champion savours revenge\n\n"
                         "Lenz Varo beat Tomas Brill in the final on Sunday, becoming the first Italian to win the title. "
                         'After leaving the court, Varo greeted the Italian fans, saying, "You are the ones who carried '
                         'me."\n')
    assert source_types(result) == {"Lenz Varo": "private person"}  # before, the court made him Italy's government


def test_writers_apposed_to_their_statements_are_described_by_what_they_are(sourcing_of):
    result = sourcing_of("Statements by two firms in the project – the state-backed Harrow Vale and its former partner, "
                         "Dunmore Ltd – were issued after the rights group Tarnwatch published a report on Monday.\n\n"
                         'Harrow Vale answered the findings in a written reply. "We consider the findings baseless," it '
                         "said.\n")
    assert source_types(result)["Harrow Vale"] == "company or business"  # before, a document (the statements)


def test_a_first_name_first_written_in_quotation_marks_is_a_pseudonym(sourcing_of):
    result = sourcing_of("Captured soldiers speak\n\n"
                         "\u201cPavel\u201d says he was wounded near the border two days after he arrived. He was taken "
                         "prisoner a week later.\n\n"
                         "\u2013 The officers ran and left us behind, says Pavel.\n")
    row = result.sources.set_index("source").loc["Pavel"]
    assert row.source_type == "anonymous person" and bool(row.anonymous)  # before, a private person, named


def test_research_by_someone_is_theirs_and_a_reporters_story_is_the_outlets(sourcing_of):
    result = sourcing_of("Permits under scrutiny\n\n"
                 "A review of county land records by the Harbour Ledger found that 40 permits went to one firm.\n",
                 "Permits under scrutiny\n\nIvan Dorn reports in the Lenz Gazette: the firm's owner is a cousin of "
                 "the mayor.\n",
                 "Sailor died at sea\n\nNorway previously notified Chile that the sailor had died at sea.\n\n"
                 "The practice is deplored by rights groups and even some members of the ruling party.\n\n"
                 'The council banned the firm last week, citing its "repeated breaches of the building code."\n')
    sources = set(result.sources.source)
    assert {"Harbour Ledger", "Lenz Gazette", "Norway"} <= sources  # before, none of them
    assert "Ivan Dorn" not in sources and not any(s.startswith("review") for s in sources)
    assert any("rights groups" in s for s in sources) and any("members" in s for s in sources)
    assert "council" in speaker_of(result, "repeated breaches")  # before, no speaker (a scare quote)


def test_the_state_that_says_something_is_a_source(sourcing_of):
    result = sourcing_of("Trial of the farmer\n\n"
                 "Agents took the receipt to the store, where they saw Ann Lowe buying the boots; boots that the state "
                 "says left prints at the scene.\n\nThe state claims she also forged the papers.\n")
    assert "state" in set(result.sources.source)  # before, no source (the prosecution of a U.S. trial)


def test_people_who_point_to_a_fact_are_a_source(sourcing_of):
    result = sourcing_of("Pardons in secret\n\n"
                 "Under the statute, only the governor may grant clemency, and opponents point to the fact the office "
                 "has not printed such orders since 2016.\n\nThe guard pointed to the door.\n")
    # before, none; the parser makes the opponents an object of 'issue'; the guard who points at a door is none
    assert list(result.sources.source) == ["opponents"]


def test_an_order_or_a_declared_emergency_is_no_claim_and_gov_is_a_governor(sourcing_of):
    result = sourcing_of("Floods close the valley\n\n"
                 "Gov. Ruth Calder declared a state of emergency on Sunday and called in the National Guard. Lenz "
                 "State College canceled classes and told students to stay away. Fire officials said the river "
                 "crested at noon.\n\n"
                 '"We have never seen water like this in the valley," said the governor.\n')
    assert set(result.sources.source) == {"fire officials", "Ruth Calder"}  # before, the college too
    assert speaker_of(result, "never seen water") == "Ruth Calder"  # 'Gov.' describes a governor


def test_a_claim_backed_by_someone_is_theirs(sourcing_of):
    result = sourcing_of("Hospital fire\n\n"
                 "A loose cable started the fire, an account later supported by the town's fire chief, "
                 "Omar Kaya. The bill was supported by 40 senators.\n")
    assert list(result.sources.source) == ["Omar Kaya"]  # before, no source; the senators back no claim


def test_a_body_that_finds_facts_is_a_source(sourcing_of):
    result = sourcing_of("Killer freed\n\n"
                 "Dorn, as the court found, stabbed a neighbour in 2017. He died of what the state medical "
                 "examiner determined was heart failure.\n\nA Lenz court found his cousin guilty of fraud.\n")
    assert set(result.sources.source) == {"court", "state medical examiner"}  # before, neither; a verdict is none


def test_the_owner_of_a_denial_or_a_warning_speaks(sourcing_of):
    result = sourcing_of("Granit denies links\n\n"
                 "Despite Oleg Marin's denial of any link with the group, its men fought in the north. The ministry's "
                 "warning that the dam could fail went unheeded.\n")
    assert set(result.sources.source) == {"Oleg Marin", "ministry"}  # before, no source


def test_a_writers_aside_after_a_reported_clause_is_not_inside_it(sourcing_of):
    result = sourcing_of("Hospital fire\n\n"
                 "The governor, Ali Demir, said the fire probably began in the laundry room with a "
                 "loose cable, an account later supported by the town's fire chief, Omar Kaya.\n")
    assert set(result.sources.source) == {"Ali Demir", "Omar Kaya"}  # before, Kaya's words were inside Demir's


def test_a_clause_joined_to_a_speech_verb_is_not_inside_its_speech(sourcing_of):
    result = sourcing_of("Verdict abroad\n\n"
                 "A Lenz court found a Harbourian sailor guilty. An outside lawyer said the trial was fair, but a local "
                 "rights advocate said the sentence was harsh.\n")
    assert {"outside lawyer", "local rights advocate"} <= set(result.sources.source)  # before, the advocate's
    # words were nested inside the lawyer's


def test_a_source_set_against_another_by_while_is_not_inside_its_speech(sourcing_of):
    result = sourcing_of("Trial of the farmer\n\n"
                 "Later, Ann Lowe admitted ordering the jackets, saying that she meant them as gifts but gave them "
                 "away because they were too small, while her son, Tom, said they were sold at a market.\n")
    assert "Tom" in set(result.sources.source)  # before, his words were nested inside his mother's
