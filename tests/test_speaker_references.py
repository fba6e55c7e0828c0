"""What a description, an epithet or a pronoun in a speech cue stands for (`analysis.speakers.Resolver`), each on a
small invented article; the expected speakers are read from the invented texts."""

from __future__ import annotations

import pytest

from conftest import speaker_of


COACH = ("Harbour City manager Tom Brandt described the winning goal as a \"lucky strike\" after the match on Sunday.\n\n"
         "Brandt, however, was not impressed and called the result unfair. \"We started well and pressed them early "
         "on,\" {epithet} said.\n")


@pytest.mark.parametrize("epithet", ["the former Lakeside coach", "the Harbour City coach"])
def test_an_epithet_with_a_name_before_it_is_the_person_who_spoke_before(sourcing_of, epithet):
    result = sourcing_of(COACH.format(epithet=epithet))
    assert speaker_of(result, "We started well") == "Tom Brandt"  # a former post, or the club he manages
    assert set(result.sources.source) == {"Tom Brandt"}


def test_an_epithet_naming_another_club_is_someone_else(sourcing_of):
    result = sourcing_of(COACH.format(epithet="the Lakeside coach"))
    assert speaker_of(result, "We started well") != "Tom Brandt"


def test_a_spokesman_described_before_his_name_is_the_named_spokesman(sourcing_of):
    result = sourcing_of('Convicts sent to the front are paying for their crimes "with sweat," the Kremlin\'s spokesman said '
                 "on Friday, answering questions about a pardon.\n\n"
                 "Kremlin spokesman Pavel Dorin defended the policy after reports that a convicted man had been freed.\n\n"
                 '"They are paying with sweat in the storm units," Dorin told reporters.\n')
    assert speaker_of(result, "with sweat,") == "Pavel Dorin"
    assert list(result.sources.source) == ["Pavel Dorin"]


def test_a_spokesman_of_another_body_stays_apart(sourcing_of):
    result = sourcing_of('Convicts sent to the front are paying for their crimes "with sweat," the ministry\'s spokesman said '
                 "on Friday.\n\n"
                 "Kremlin spokesman Pavel Dorin defended the policy after reports that a convicted man had been freed.\n")
    assert speaker_of(result, "with sweat,") != "Pavel Dorin"


@pytest.mark.parametrize("introduction, name", [
    ("said another soldier, who identified himself as Pavel Dunin", "Pavel Dunin"),
    ("said a man who called himself Oleg Sirov", "Oleg Sirov"),
    ("said a fighter who gave his name as Ivan Dorn", "Ivan Dorn"),
])
def test_a_description_whose_clause_gives_the_persons_name_is_that_person(sourcing_of, introduction, name):
    result = sourcing_of("Soldiers of a storm unit appealed to the president in a video on Friday. \"We had huge losses,\" "
                 "soldier Ivan Korov said in the video.\n\n"
                 f'"Our commanders are criminals. You cannot call it anything else," {introduction}.\n')
    assert speaker_of(result, "Our commanders") == name


def test_it_said_is_the_speaker_before_not_a_subject_it_reported(sourcing_of):
    result = sourcing_of("A video shared on social media shows convicts complaining to the defence minister.\n\n"
                 "Ukrainian intelligence said on June 15 that the Russian military was transferring the surviving "
                 "convicts from the storm units to a volunteer corps. It said the units had shown \"extremely low combat "
                 "value,\" adding that \"theft and desertion are flourishing\" among the troops.\n")
    assert speaker_of(result, "extremely low") == "Ukrainian intelligence"
    assert "Russian military" not in set(result.sources.source)


def test_it_said_takes_a_reported_subject_when_no_other_fits(sourcing_of):
    result = sourcing_of("The minister said on Monday that Harbour Bank would cut 300 jobs in the north. It said the cuts were "
                 "\"painful but needed for the bank to survive.\"\n")
    assert speaker_of(result, "painful but needed") == "Harbour Bank"


def test_he_continued_goes_on_with_the_speaker_before(sourcing_of):
    result = sourcing_of("A judge dismissed part of the lawsuit against Martin Hale on Wednesday.\n\n"
                 '"Nothing about today\'s ruling changes that the case is moving forward," Theodore Banks said.\n\n'
                 "Ashley Reed (left) and Martin Hale (right).\n\n"
                 'He continued: "The court made clear that it was not deciding whether the claims were true."\n')
    assert speaker_of(result, "The court made clear") == "Theodore Banks"


def test_a_description_set_off_after_a_name_is_that_person_whatever_the_parse(sourcing_of):
    result = sourcing_of("Bangladesh's outgoing coach Dav Whatmore on Monday denied reports he had been offered a job with "
                 "India.\n\n"
                 "A committee will meet on June 4 to choose a successor to Australian Greg Chappell, who quit after the "
                 "World Cup.\n\n"
                 'Whatmore, a Sri Lanka-born Australian, said he was "very interested" in coaching India. "It will be '
                 'a logical extension to bigger challenges," he said.\n')
    assert speaker_of(result, "very interested") == "Dav Whatmore"  # 'Australian' is not Greg Chappell's name
    assert speaker_of(result, "logical extension") == "Dav Whatmore"
    assert set(result.sources.source) == {"Dav Whatmore"}


@pytest.mark.parametrize("sentence, name", [
    ("Russian journalist and member of the Presidential Human Rights Council Eva Merkova has told RIA Novosti that "
     "convicts had been pardoned before leaving the colony.", "Eva Merkova"),
    ("Local resident and father of two Ivan Sokolov said the water came up to the windows within minutes.",
     "Ivan Sokolov"),
])
def test_titles_written_before_a_name_without_a_comma_are_that_persons(sourcing_of, sentence, name):
    result = sourcing_of(f"Floods and pardons were in the news on Monday.\n\n{sentence}\n")
    assert set(result.attributions.source) == {name}


def test_a_spokesman_for_a_named_person_is_not_that_person(sourcing_of):
    result = sourcing_of("The minister lost his appeal on Monday.\n\n"
                 'A spokesman for Mr Dominic Grey said: "We are very disappointed by the decision of the court."\n')
    assert "Dominic Grey" not in set(result.attributions.source)


def test_the_company_said_is_the_nearest_company_even_one_reported(sourcing_of):
    result = sourcing_of("Kestrel shut two plants in May and said it would sell a third.\n\n"
                 "On Monday the minister said that Lumex would cut 300 jobs in the north. The company said the cuts were "
                 "\"painful but needed to survive.\"\n")
    assert speaker_of(result, "painful but needed") == "Lumex"


def test_a_source_renamed_while_reading_stays_reachable_under_its_old_keys():
    """A cue resolved to 'Dubrov' before the text gave the fuller 'Ivan Dubrov' (and a later, fuller spelling
    still) finds the one source under any of its keys; `canonical` names the key it has now."""
    from analysis.speakers import Source, SourceTable

    table = SourceTable()
    table["Dubrov"] = Source(key="Dubrov", kind="person", named=True)
    for old, new in (("Dubrov", "Ivan Dubrov"), ("Ivan Dubrov", "Ivan Petrovich Dubrov")):
        table[new] = table.pop(old)
        table.renamed[old] = new
    assert table["Dubrov"] is table["Ivan Dubrov"] is table["Ivan Petrovich Dubrov"]
    assert "Dubrov" in table and "Ivan Dubrov" in table and "Petrov" not in table
    assert table.canonical("Dubrov") == "Ivan Petrovich Dubrov"
    assert list(table) == ["Ivan Petrovich Dubrov"]


def test_a_pronoun_opening_the_text_is_the_person_named_next(sourcing_of):
    result = sourcing_of("“I learned quickly how little I knew,” she told me.\n\n"
                         "The charity now helps families of prisoners. Halina Dorosh moved abroad in 2017 and runs "
                         "it from there.\n\n"
                         "“We answer every letter,” Dorosh said.\n")
    assert speaker_of(result, "I learned quickly") == "Halina Dorosh"


def test_a_pronoun_after_a_person_named_keeps_the_person_before(sourcing_of):
    result = sourcing_of("Pavel Ostrov runs a shelter in the port.\n\n"
                         "“We are full every night,” he said.\n\n"
                         "Marko Lind, a volunteer, said the shelter needed beds.\n")
    assert speaker_of(result, "We are full") == "Pavel Ostrov"


def test_a_description_the_lexicon_lacks_is_the_person_introduced_by_it(sourcing_of):
    result = sourcing_of("Viktor Orlov, a Russian oligarch, toured two prisons last month.\n\n"
                         "The oligarch also said he “served a sentence in the North back in the day.”\n")
    assert speaker_of(result, "served a sentence") == "Viktor Orlov"


LEAD = ("An NHS chief executive said patients need to know hospitals \"are not safe places\".\n\n"
        "Tom Reddin was speaking at a board meeting when he said there needed to be a \"change in the narrative\".\n\n"
        "\"{second}\" {cue}\n")


def test_the_person_a_lead_introduces_by_a_role_is_the_person_named_next(sourcing_of):
    result = sourcing_of(LEAD.format(second="The food is rubbish,", cue="he said."))
    assert speaker_of(result, "are not safe places") == "Tom Reddin"
    assert list(result.sources.source) == ["Tom Reddin"]
    assert result.sources.source_type.iloc[0] == "hospital or medical"  # the role the lead gives him


@pytest.mark.parametrize("lead", [
    "CHELYABINSK (The Harbour Ledger) — A source close to the ministry said the families were not told.",
    "CHELYABINSK (The Harbour Ledger) — An official said on condition of anonymity that the families were not told.",
])
def test_a_lead_speaker_unnamed_on_purpose_is_not_the_person_named_next(sourcing_of, lead):
    result = sourcing_of("Convicts vanish at the front\n\n" + lead +
                         "\n\nThe first group of recruits left Omsk on August 2, according to Ivan Sokolov.\n")
    rows = result.sources.set_index("source")
    assert not rows.loc["Ivan Sokolov", "anonymous"] and len(rows) == 2


def test_a_person_named_next_with_another_role_is_someone_else(sourcing_of):
    body = ("A witness said she heard \"three loud bangs\" after midnight.\n\n"
            "Police chief Jo Reed said officers \"arrived within minutes\".\n")
    result = sourcing_of(body)
    assert speaker_of(result, "three loud bangs") != "Jo Reed"


def test_a_pronoun_is_the_subject_of_its_own_sentence_before_an_earlier_speaker(sourcing_of):
    body = ("Former minister Steve Barlow said the advisers were \"running the show\".\n\n"
            "Joy Lark, MP for Elmbridge, deleted a tweet in which she said: "
            "\"The advisers should defer to Parliament.\"\n")
    assert speaker_of(sourcing_of(body), "should defer") == "Joy Lark"


def test_a_possessor_in_the_pronouns_sentence_is_no_subject(sourcing_of):
    body = ("Analyst Ben Carter said the float was small.\n\n"
            "Tom Hale's fund bought 300 shares on Monday, and \"coverage came without guidance,\" he said.\n")
    assert speaker_of(sourcing_of(body), "coverage came without") == "Ben Carter"


def test_a_capitalised_title_with_the_name_apposed_is_that_person(sourcing_of):
    result = sourcing_of("Lenz's Children's Commissioner, Maria Ostrova, said the shelters were full.\n\n"
                         "\"We need two more buildings,\" Ostrova said.\n")
    assert list(result.sources.source) == ["Maria Ostrova"]
    assert "Commissioner" in result.sources.descriptions.iloc[0]


def test_a_chair_named_after_someone_is_no_person(sourcing_of):
    result = sourcing_of("\"The birds learn the song before they hatch,\" says study author Ann Berg, the John "
                         "Smith Professor of Zoology, in a university release. \"We did not expect that.\"\n")
    assert list(result.quotes.speaker) == ["Ann Berg", "Ann Berg"]
    assert "John Smith Professor" not in set(result.sources.source)


HEADLINED = ("{title}\n\n"
             "After the win at Harbour Park, the coach of Harbour City spoke to the press. \"I never doubted my "
             "players,\" said the Swedish manager.\n\n"
             "\"We will be ready for the cup final,\" he added.\n")


def test_the_one_person_a_headline_names_is_the_epithet_speaker_the_body_never_names(sourcing_of):
    result = sourcing_of(HEADLINED.format(title="Ferretti press conference: a night to remember"))
    assert list(result.quotes.speaker) == ["Ferretti", "Ferretti"]
    assert list(result.sources.anonymous) == [False]


def test_a_headline_naming_two_persons_names_no_epithet_speaker(sourcing_of):
    result = sourcing_of(HEADLINED.format(title="Ferretti and Henrik Lund meet the press after the win"))
    assert not {"Ferretti", "Henrik Lund"} & set(result.quotes.speaker)


def test_a_surname_written_alone_before_the_full_name_is_that_person(sourcing_of):
    result = sourcing_of("Convicts are again being offered pardons, Marchetti said on Tuesday.\n\n"
                         '"They come to the colonies every week," Marchetti told reporters in Genoa.\n\n'
                         "Paolo Marchetti, a lawyer who represents several inmates, said the contracts were signed "
                         "without witnesses.\n\n"
                         '"Nobody reads what they sign," he added.\n')
    assert list(result.sources.source) == ["Paolo Marchetti"]  # one source, not the surname and the name apart
    row = result.sources.iloc[0]
    # a lawyer who represents inmates speaks as a private person (session 15, the lead's rule on lawyers)
    assert (row.quotes, row.paraphrases, row.source_type) == (2, 2, "private person")
    assert speaker_of(result, "They come to") == speaker_of(result, "Nobody reads") == "Paolo Marchetti"


def test_a_surname_alone_before_two_full_names_sharing_it_stays_apart(sourcing_of):
    result = sourcing_of('"We were not told," Marchetti said on Tuesday.\n\n'
                         "Paolo Marchetti, a lawyer, and his sister Anna Marchetti, a nurse, both spoke at the hearing. "
                         "Anna Marchetti said the ward was full.\n")
    assert speaker_of(result, "We were not told") == "Marchetti"  # which Marchetti is not said


@pytest.mark.parametrize("epithet", ["The German", "The 52-year-old German"])
def test_an_epithet_of_nationality_is_the_person_named_just_before(sourcing_of, epithet):
    result = sourcing_of("Rovers coach Hans Vogel was full of praise for his team after the derby.\n\n"
                         f'{epithet} said after the match: "It was a hard night, but we stayed together."\n')
    assert speaker_of(result, "It was a hard night") == "Hans Vogel"


def test_a_demonym_in_man_is_the_person_named_just_before(sourcing_of):
    result = sourcing_of("Pieter Smit, the club's top scorer, has signed a new three-year contract with Northgate.\n\n"
                         '"I am very happy here and my family loves the city," the Dutchman said on Tuesday.\n')
    assert speaker_of(result, "I am very happy") == "Pieter Smit"
    assert set(result.sources.source) == {"Pieter Smit"}  # no organisation called 'Dutchman'


def test_an_epithet_of_another_nationality_is_not_the_person_named_just_before(sourcing_of):
    result = sourcing_of("Ukrainian defence minister Oleh Marko visited the front on Monday.\n\n"
                         'The Russian said later: "We will not give up the city."\n')
    assert speaker_of(result, "We will not give up") != "Oleh Marko"


def test_a_nationality_epithet_fits_a_person_the_text_gives_that_country(sourcing_of):
    result = sourcing_of("Germany's coach Hans Vogel was full of praise for his team after the derby.\n\n"
                         'The German said after the match: "It was a hard night."\n')
    assert speaker_of(result, "It was a hard night") == "Hans Vogel"


def test_he_continued_with_a_comma_goes_on_with_the_speaker_before(sourcing_of):
    result = sourcing_of('Rovers manager Tom Brandt said his side had lacked energy. "We were tired and it showed," he '
                         'said.\n\nAnd he continued, "The fans were patient with us and we thank them for it."\n')
    assert speaker_of(result, "The fans were patient") == "Tom Brandt"


def test_the_activist_is_the_activist_who_spoke_just_before(sourcing_of):
    result = sourcing_of("Olga Marek, who heads the prisoners' rights group Open Doors, said recruiters had returned to "
                         'three colonies.\n\n"They promise pardons and money," Marek wrote on Telegram. The rights '
                         'activist said she knew of cases in several detention centres and believed the practice "is '
                         'now routine."\n')
    assert speaker_of(result, "is now routine") == "Olga Marek"
    assert set(result.sources.source) == {"Olga Marek"}


def test_the_head_of_state_is_the_president_the_text_names(sourcing_of):
    result = sourcing_of("Lenzian President Marek Dolan met war correspondents on Tuesday and spoke about the pardons.\n\n"
                         '"They fought for their country, and I sign the pardon decrees," the head of state said.\n')
    assert speaker_of(result, "They fought for their country") == "Marek Dolan"


def test_the_head_of_state_is_no_one_when_the_text_names_no_president(sourcing_of):
    result = sourcing_of("Marek Dolan, a lawyer, met war correspondents on Tuesday.\n\n"
                         '"The decrees are signed in secret," the head of state said.\n')
    assert speaker_of(result, "The decrees are signed") != "Marek Dolan"


def test_an_organisations_leader_is_the_speaker_just_before_named_with_it(sourcing_of):
    result = sourcing_of("Convicts recruited with sick inmates\n\n"
                 "In May, a leaked video showed Ivan Dorn recruiting men in a colony, promising them a pardon if they "
                 'served a year with the Granit command. The clip, verified by reporters, shows Dorn telling the '
                 'prisoners "If you serve a year, you go home," adding, "if you run, you will be shot".\n'
                 'The Granit leader promised that "nobody returns to a cell" if they survive.\n')
    assert speaker_of(result, "nobody returns to a cell") == "Ivan Dorn"  # before, an unnamed 'Granit leader'


def test_an_organisations_possessive_is_no_part_of_its_researchers_name(sourcing_of):
    result = sourcing_of("Families evicted from mine site\n\n"
                 "Police burned homes near the Lenz gold mine, Amnesty International said in a report.\n\n"
                 "“The officers who should have guarded these families set fire to their sheds and fields instead,” "
                 "Amnesty’s Orla Pennick said.\n")
    assert speaker_of(result, "The officers who should") == "Orla Pennick"  # before, "Amnesty’s Orla Pennick"


def test_the_newspaper_is_the_outlet_named_with_that_noun_before(sourcing_of):
    result = sourcing_of("Killer of reporter pardoned after fighting in Ukraine\n\n"
                 "A man jailed for the killing of reporter Irina Lebed walked free this week after a tour at the front.\n\n"
                 "Ms Lebed's reporting for the Tarnovo Courier newspaper exposed graft in the port of Lenz.\n\n"
                 "In a joint statement, the newspaper, along with Ms Lebed's brother Oleg, said it learnt of the "
                 "release from a court clerk.\n\n"
                 "“Freedom bought with a uniform is not justice,” the statement said.\n")
    assert speaker_of(result, "Freedom bought with") == "Tarnovo Courier"  # before, the statement, its writer unknown


def test_words_a_source_passes_on_are_the_owners_of_the_speech(sourcing_of):
    result = sourcing_of("Recruiter visits colony\n\n"
                 "An inmate of a camp near Lenz said a visitor came in the spring. A tall man in a grey coat gave "
                 "his name as Oleg Marin.\n\n"
                 '"Sign today and the gates open in a year. Stay, and you rot here," the inmate quotes from memory '
                 'the speech of a man who called himself Marin.\n')
    assert speaker_of(result, "Sign today and the gates") == "Oleg Marin"  # before, the inmate who passed it on


def test_a_womans_description_is_the_woman_named_just_before(sourcing_of):
    result = sourcing_of("Storm floods river towns\n\n"
                 "As the river rose around Dana Whitfield's farmhouse, she climbed onto the roof with her cat and a "
                 "flashlight.\n\n"
                 '"I just held on to the chimney and prayed all night," the tiny, 70-year-old woman said.\n\n'
                 "Near the bridge, two men pulled a boy from a school bus, according to KTVB news. The boy, who is "
                 'not initially seen on the video, yelled from inside the bus: "Oh, my God, we are stuck."\n')
    assert speaker_of(result, "held on to the chimney") == "Dana Whitfield"  # before, an unnamed woman
    # the verb after the relative clause, which the parser hangs on the noun, is the boy's; before, the outlet's
    assert speaker_of(result, "we are stuck") == "boy"


def test_the_man_is_no_unnamed_woman_who_spoke_before(sourcing_of):
    result = sourcing_of("Floods hit the valley\n\n"
                 'A woman in a red coat waded through the water to reach her car. "I have lost everything," the '
                 "woman said.\n\n"
                 "Near the bridge, a man was pulled from a truck by a rescue crew. The man shouted from the cab: "
                 '"Get me out of here, please."\n')
    assert speaker_of(result, "Get me out") == "man"  # before, the woman (the same role, 'person')


def test_the_chief_before_the_name_is_the_one_chief_the_text_names(sourcing_of):
    result = sourcing_of("Police raised the number of injured to nine. The chief said others may have been hurt but "
                 "not yet come forward.\n\n"
                 '"I cannot say there is no further danger, because the suspect is still at large," the chief said '
                 "at a briefing on Sunday.\n\n"
                 "Chief Dolores Marquez said officers used the trauma kits they carry to help the wounded.\n")
    assert speaker_of(result, "no further danger") == "Dolores Marquez"  # before, an unnamed chief


def test_a_gendered_honorific_outranks_the_ending_of_the_name(sourcing_of):
    result = sourcing_of("Fire guts clinic ward\n\n"
                 "State fire department director Datuk Razila Hamid said the cause was being investigated, as "
                 "hospital director Kamal Noor looked on.\n\n"
                 '"We will hand the report to the police once it is done," he told reporters.\n')
    assert speaker_of(result, "hand the report") == "Razila Hamid"  # before, a woman by the name's ending


def test_people_listed_as_present_do_not_take_the_next_pronoun(sourcing_of):
    result = sourcing_of("Fire guts clinic ward\n\n"
                 "State fire department director Omar Hamid said the cause was being investigated.\n\n"
                 '"We will hand the report to the police once it is done," he told reporters at the site.\n\n'
                 "Also present were Deputy Minister Dr Ivan Sorel and state health director Dr Imran Sani.\n\n"
                 "He said 40 firefighters from three stations were sent to the scene.\n\n"
                 '"We arrived within five minutes and the fire was out by four," he said.\n')
    assert speaker_of(result, "arrived within five") == "Omar Hamid"  # before, the last one listed as present


def test_his_family_is_no_relative_of_another_kind_who_spoke_before(sourcing_of):
    result = sourcing_of("Student killed in war\n\n"
                 "Oleg Marin, 23, died in May. His father said he had been jailed for theft. His family said it was "
                 "unclear how he was recruited.\n")
    assert {"his father", "his family"} <= set(result.sources.source)  # before, the family was the father


def test_a_tagged_quotation_cut_off_at_the_pages_end_is_no_heading(sourcing_of):
    result = sourcing_of("Floods close the valley road\n\n"
                 'Gov. Ruth Calder declared a disaster, calling the floods "historic." She and her staff were forced '
                 "from the Governor's Residence when water filled the cellar.\n\n"
                 '"Nothing like it has happened here," said the governor, who lost her garden in the flo')
    assert speaker_of(result, "Nothing like it has happened") == "Ruth Calder"  # before, a heading's scare quote


def test_an_outlet_citing_a_source_as_saying_passes_on_the_sources_words(sourcing_of):
    result = sourcing_of("A man jailed for the arson of a warehouse has been freed to join the army, state news agency "
                 "Novar reported on Monday.\n\n"
                 '"Petrov signed a contract with the army in May, was pardoned and then left the colony," Novar cited '
                 "a source in the prison service as saying.\n")
    assert speaker_of(result, "Petrov signed") == "source in the prison service"


@pytest.mark.parametrize("position", ["defender", "goalkeeper", "winger"])
def test_a_players_position_as_epithet_is_the_player_named_just_before(sourcing_of, position):
    result = sourcing_of("Members of the visiting team tried to calm their fans but were attacked by riot police, with "
                 "Diego Ferrari being struck on the arm, while Tomas Ibarra took a blow from a baton to his face.\n\n"
                 f'The {position}, who needed stitches above his eye, told reporters: "The officer hit me with his '
                 'baton for no reason at all."\n')
    assert speaker_of(result, "The officer hit me") == "Tomas Ibarra"


def test_a_description_of_an_organisation_named_before_without_speaking_is_that_organisation(sourcing_of):
    result = sourcing_of("A driver bought a loaf of bread on Sunday at a store near Dover, and was later arrested by the "
                 "Millbrook Police Department. The department says the driver threw the bread to lure pigeons.\n\n"
                 '"Officers found a dozen dead pigeons near the bakery," the police department said in an online '
                 "statement.\n\n"
                 "The driver fled, according to the department. Police believe it happened at noon.\n")
    assert speaker_of(result, "Officers found") == "Millbrook Police Department"
    assert list(result.sources.source) == ["Millbrook Police Department"]


def test_the_people_an_outlet_spoke_to_are_its_sources_and_a_name_after_of_is_its_own_nouns(sourcing_of):
    result = sourcing_of("Hundreds of miners were sent underground without training, the union said on Monday.\n\n"
                 "The Harbour Courier spoke to the widow of one miner, Pavel, who was killed in a collapse in March. "
                 "She said the company had ignored every warning.\n")
    assert "widow of one miner" in set(result.sources.source)  # the widow, not the miner Pavel
    assert "Pavel" not in set(result.sources.source)
    assert "Harbour Courier" not in set(result.sources.source)  # the outlet heard them


def test_what_a_person_called_something_in_quotation_marks_is_their_words(sourcing_of):
    # the long description makes the parser hang 'called' on the last noun, with no subject: the sentence's name
    result = sourcing_of("A man convicted of the attack on a newspaper office was released on Friday, the court said.\n\n"
                 "Lena Orlova, Markov's long-time adviser who was freed last month in a large prisoner swap between "
                 "Poland, Latvia, Canada and several Asian countries, called Petrov's pardon \"an insult to the memory "
                 "of my murdered colleague.\"\n")
    assert speaker_of(result, "an insult to the memory") == "Lena Orlova"


def test_a_chamber_that_clarifies_and_a_bill_that_specifies_are_sources_and_the_bill_is_one_text(sourcing_of):
    result = sourcing_of("The Harbour Assembly has passed a bill that lets fishermen sell part of their catch at the "
                 "quay without a licence.\n\n"
                 "The Harbour Assembly clarified that the rule would not apply to boats longer than twelve metres. "
                 "The legislation stipulates that each sale must be recorded in a logbook.\n\n"
                 "The bill specifies that inspectors may check the logbooks at any time.\n")
    sources = list(result.sources.source)
    assert "Harbour Assembly" in sources
    assert len([s for s in sources if s in ("bill", "legislation")]) == 1


def test_they_after_each_of_a_group_reporting_a_quotation_later_in_the_sentence_is_that_group(sourcing_of):
    result = sourcing_of("Five captured fighters of a rebel militia were interviewed by reporters in a prison in the north."
                 "\n\nEach of the detained fighters, as they are known, belongs to a unit led by the warlord Osman. They "
                 "told the newspaper that they were promised \"a new life with a clean record after serving.\"\n")
    assert speaker_of(result, "a new life") == "detained fighters"


def test_a_talk_had_or_meant_with_nothing_said_is_no_attribution(sourcing_of):
    result = sourcing_of("A youth league has opened an inquiry into a weekend match.\n\n"
                 "It is claimed that five minutes before the end of the Harbour and District Youth League game, which "
                 "Millbrook were winning 3-0, the Eastfield coach allegedly walked onto the field to speak to the "
                 "referee, who had overturned a penalty after talking to his assistant.\n")
    assert "referee" not in set(result.sources.source)
