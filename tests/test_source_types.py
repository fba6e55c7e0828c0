"""What kind of source a speaker is, for patterns met on real pages (issue 15): an organisation's spokesperson or
executive takes the organisation's type, an acronym that speaks is an organisation, think tanks are analysts,
party politicians and a country's health officers are typed by their role. Each on a small invented article; the
expected types are read from the invented texts."""

from __future__ import annotations

import pytest

from analysis import nlp
from analysis.corpus import load_corpus
from analysis.source_types import article_country, classify, country_in
from analysis.source_typing import _story_setting
from analysis.source_typing import source_type
from analysis.sourcing import analyse
from analysis.speakers import Resolver

from conftest import source_types


@pytest.fixture
def types_of(write_corpus):
    def go(body: str) -> dict[str, str]:
        return source_types(analyse(load_corpus(write_corpus({"001_page.txt": body}))))
    return go


def quote_type(body: str, fragment: str, write_corpus) -> str:
    quotes = analyse(load_corpus(write_corpus({"001_page.txt": body}))).quotes
    rows = quotes[quotes.quote.str.contains(fragment, regex=False)]
    assert len(rows) == 1, list(quotes.quote)
    return rows.speaker_type.iloc[0]


def test_an_unnamed_spokesman_of_an_organisation_named_by_its_acronym_takes_its_type(types_of):
    types = types_of("Greyfield Valley Hospitals Trust (GVHT) runs the town's two hospitals.\n\n"
                     'A GVHT spokeswoman said: "We are sorry for the delays and we are reviewing every case."\n')
    assert types["GVHT spokeswoman"] == "hospital or medical"


def test_a_spokesperson_for_a_hospital_authority_speaks_for_hospitals(types_of):
    types = types_of("Four patients on a ward at Lakeside Hospital tested positive for the virus, according to a "
                     "spokesperson for the Riverside Hospital Authority.\n")
    assert types["spokesperson for the Riverside Hospital Authority"] == "hospital or medical"


def test_an_organisations_own_name_gives_its_type_before_the_cue_words(types_of):
    types = types_of("The Westmoor Ambulance Service says crews answered 1,900 calls on Monday.\n\n"
                     "Calder University Hospitals Trust said 200 patients were waiting to be discharged.\n")
    assert types["Westmoor Ambulance Service"] == "hospital or medical"
    assert types["Calder University Hospitals Trust"] == "hospital or medical"  # no university


def test_an_executive_takes_the_type_of_the_organisation_that_has_the_role(types_of):
    types = types_of("Calder University Hospitals Trust’s Chief Executive has apologised for cancelled "
                     "operations.\n\n"
                     'Speaking at a board meeting, Chief Executive Andrew Holt said: "I took advice from colleagues."\n\n'
                     'Tom Reed, chief executive of Ipswell and Corby hospitals, said: "The wards are full."\n\n'
                     '"We never hid anything," said Mina Lowe, chief executive of the Orbis Group, a software '
                     "company.\n")
    assert types["Andrew Holt"] == "hospital or medical"
    assert types["Tom Reed"] == "hospital or medical"
    assert types["Mina Lowe"] == "company or business"


def test_a_former_chief_executive_speaks_for_no_company(types_of):
    types = types_of("Former chief executive Gary Wilde said he was told to meet targets whatever the cost.\n")
    assert types["Gary Wilde"] == "private person"


def test_an_acronym_that_speaks_is_an_organisation(types_of):
    types = types_of("He was taken to hospital by MAST, the state ambulance service. \"He was stable,\" MAST told the "
                     "paper.\n")
    assert types["MAST"] == "other"  # an organisation of no known type, though the tagger calls MAST a person


def test_a_think_tanks_director_and_a_spelt_out_think_tank_are_analysts(types_of):
    types = types_of("Mark Olsen, Director of International Security Studies at a London think tank, said the army "
                     "fights with little regard to losses.\n\n"
                     "Its operations are “deeply connected” to the army, according to the Center for Strategic and "
                     "International Studies (CSIS).\n")
    assert types["Mark Olsen"] == "analyst or expert"
    assert types["Center for Strategic and International Studies"] == "analyst or expert"


def test_party_leaders_and_shadow_ministers_are_opposition_unless_they_govern(types_of):
    types = types_of('"We have a first-term plan," Labor Leader Tom Briggs says.\n\n'
                     'Shadow health secretary Wes Horton said the plan was "outrageous".\n\n'
                     'Anna Cole, Tory MP for Dunmore, said: "Advisers are running the show."\n')
    assert types["Tom Briggs"] == "opposition politician or party"
    assert types["Wes Horton"] == "opposition politician or party"
    assert types["Anna Cole"] == "government or official (country unknown)"  # an MP; the text names no country
    governs = types_of('"The budget is balanced," said Ruth Dale, the Conservative leader and prime minister of '
                       "Canada.\n")
    assert governs["Ruth Dale"] == "Canadian government or official"


def test_a_countrys_chief_medical_officer_and_the_surgeon_general_govern(types_of):
    types = types_of('"Cases are rising fast," said Prof Alan Ward, England’s chief medical officer.\n\n'
                     '"We ran out of beds," said Dr. Ravi Mehta, the prison’s chief medical officer.\n\n'
                     '"Preparations went on the whole time," Surgeon General Dana Pike told reporters.\n')
    assert types["Alan Ward"] == "British government or official"
    assert types["Ravi Mehta"] == "hospital or medical"
    assert types["Dana Pike"] == "U.S. government or official"


def test_a_company_traded_on_the_stock_market_is_a_company(types_of):
    types = types_of("Shares of Velorra (VLRA) fell 7% on Thursday after the company recalled 2 million bikes.\n\n"
                     "The fault is limited to the first model, Velorra said.\n")
    assert types["Velorra"] == "company or business"


def test_a_man_the_text_identifies_takes_the_type_of_the_man_named(write_corpus):
    body = ("In the footage, a man believed to be Oleg Marin, the head of the private military company Vostok, is "
            "seen talking to prisoners.\n\n"
            '"After six months you go home," the man says.\n')
    assert quote_type(body, "After six months", write_corpus) == "private military company"


@pytest.mark.parametrize("body, name, expected", [
    ('"We will build the line," said Premier Dana Kirk of Ontario, Canada.\n', "Dana Kirk",
     "Canadian government or official"),
    ('"The league is too long," said Ben Ashe, a Premier League striker.\n', "Ben Ashe",
     "sports club, coach or athlete"),
    ('"He showed no remorse," said Ian Pryce, the chief constable.\n', "Ian Pryce",
     "government or official (country unknown)"),
    ('"She was let down," the coroner, Mary Hale, said at the inquest.\n', "Mary Hale",
     "government or official (country unknown)"),
    ('Lena Fisk, prosecuting, told the court: "He planned the attack for weeks."\n', "Lena Fisk",
     "government or official (country unknown)"),
    ('"My client is innocent," said Tom Vale, his barrister.\n', "Tom Vale", "private person"),  # a client's
    ('"The ruling is unjust," said Tom Vale, a barrister with a legal aid group.\n', "Tom Vale",
     "human-rights or legal-aid group"),
    ('"Waiting lists are too long," said Dr Amy Rowe, a GP in the town.\n', "Amy Rowe", "hospital or medical"),
    ('"We will sell the stake," said Omar Reyes, the managing director.\n', "Omar Reyes", "company or business"),
    ('"The result was fair," said Omar Reyes of the Brookings Institution.\n', "Omar Reyes", "analyst or expert"),
    ('"The defence was poor," said Lee Hart, the Harbour FC boss.\n', "Lee Hart", "sports club, coach or athlete"),
])
def test_roles_of_government_courts_medicine_business_and_sport(types_of, body, name, expected):
    assert types_of(body)[name] == expected


def test_a_minister_of_a_text_about_auckland_is_a_new_zealand_minister(types_of):
    types = types_of("Health Minister Jon Cole said he first heard of the outbreak in Auckland on TV.\n\n"
                     "Labour's health spokesman David Clerk questioned Dr Cole about the delays.\n\n"
                     '"Nobody told me," Dr Cole said. "The Auckland public health unit has learnt lessons," he added.\n')
    assert types["Jon Cole"] == "New Zealand government or official"  # Auckland names its country


@pytest.mark.parametrize("description, expected", [
    ("Labour's health spokesman", "opposition politician or party"),
    ("Labour's health minister", "government or official (country unknown)"),
    ("Congress general secretary", "opposition politician or party"),
    ("KwaZulu-Natal MEC for Health", "South African government or official"),
])
def test_a_partys_roles_and_a_provinces_minister(description, expected):
    assert classify(description, is_person=True) == expected


def test_a_person_the_text_says_heads_an_organisation_takes_its_type(types_of):
    types = types_of("Lawmakers backed the new European Commission headed by Ilse Marten on Wednesday.\n\n"
                     '"We will stand by our neighbours," Ilse Marten said.\n')
    assert types["Ilse Marten"] == "international organisation"


@pytest.mark.parametrize("description, expected", [
    ("Congress’ media department head", "opposition politician or party"),
    ("White House trade adviser", "U.S. government or official"),
])
def test_a_partys_media_head_and_a_white_house_adviser(description, expected):
    assert classify(description, is_person=True) == expected


def test_officials_of_an_organisation_referred_back_to_take_its_type(types_of):
    types = types_of("Harlow Valley Hospitals NHS Trust cancelled 40 operations this week.\n\n"
                     '"We are sorry," the trust’s chief nurse said. "We are sorry too," the trust said.\n\n'
                     '"The wait is too long," said Jane Morrow, deputy chief executive of Harlow Valley Hospitals NHS '
                     "Trust.\n\n"
                     '"Prices will rise," a spokesperson for the utility said.\n')
    assert types["trust’s chief nurse"] == "hospital or medical"
    assert types["Harlow Valley Hospitals NHS Trust"] == "hospital or medical"  # 'the trust said': the one named
    assert types["Jane Morrow"] == "hospital or medical"  # 'deputy' is no government here
    assert types["spokesperson for the utility"] == "company or business"
    assert types_of('"It is a cut," the Conservative leader said.\n')["Conservative leader"] == \
        "opposition politician or party"


def test_a_name_ending_in_a_role_in_capitals_is_a_description(types_of):
    types = types_of('"Boring, bonehead questions are not cool," Velorra CEO said.\n')
    assert types["Velorra CEO"] == "company or business"  # the tagger takes it for a person's name


@pytest.mark.parametrize("speaker, expected", [
    ("a hospital spokesperson", "hospital or medical"),
    ("a company spokesman", "company or business"),
    ("an airline spokeswoman", "company or business"),
    ("a police spokesman", "government or official (country unknown)"),
    ("a senior official", "anonymous person"),  # no organisation named
])
def test_an_unnamed_official_of_a_kind_of_organisation_takes_its_type(types_of, speaker, expected):
    types = types_of(f'"We are sorry for the delays," {speaker} said.\n')
    assert list(types.values()) == [expected]


def test_an_incorporated_name_a_hedge_fund_and_an_executive_chairman_are_business(types_of):
    types = types_of("Harlan Stores Inc. has a response to hedge fund Birch Point Capital, which issued a report.\n\n"
                     "Birch Point, a short seller, said the gains would not continue.\n\n"
                     'Harlan also said that its "statements are audited by an outside firm."\n\n'
                     'Executive Chairman Richard Dunn said the company faced "an unprecedented shift".\n')
    assert types["Harlan Stores Inc"] == "company or business"  # 'Harlan said': the company named in full before
    assert types["Birch Point Capital"] == "company or business"
    assert types["Richard Dunn"] == "company or business"


@pytest.mark.parametrize("sentence, speaker, expected", [
    ("The UK's transport secretary said the trains would run.", "UK's transport secretary",
     "British government or official"),
    ('"The queues are getting shorter," a senior UK trade official said.', "senior UK trade official",
     "British government or official"),
    ('"Nothing will change," a senior Peruvian official told reporters.', "senior Peruvian official",
     "Peruvian government or official"),
])
def test_an_unnamed_official_of_a_country_named_by_abbreviation_or_adjective_is_its_government(
        write_corpus, sentence, speaker, expected):
    sources = analyse(load_corpus(write_corpus({"001_page.txt": f"Ferries were late all week.\n\n{sentence}\n"}))).sources
    row = sources[sources.source == speaker]
    assert list(row.source_type) == [expected] and list(row.anonymous) == [True]  # anonymity is its own column


def test_a_role_of_a_named_company_in_a_city_is_the_companys(types_of):
    types = types_of("Shares in Dunmore Gold fell on Monday.\n\n"
                     '"Patient investors will buy," said Carl Ostrow, president of Birchwood Asset Management in '
                     "Calgary.\n\n"
                     "Lena Marsh, founder of Greyhill Capital in Montreal, said the sale was overdone.\n")
    assert types["Carl Ostrow"] == "company or business"
    assert types["Lena Marsh"] == "company or business"


@pytest.mark.parametrize("role", ["City Councilman", "Councilwoman", "Alderman", "Assemblywoman", "State Senator"])
def test_local_and_state_legislators_govern(types_of, role):
    types = types_of(f"The plan to close the depot drew anger.\n\n{role} Rita Okafor said the vote was rushed.\n")
    assert types == {"Rita Okafor": "government or official (country unknown)"}


def test_the_head_of_an_advocacy_organisation_speaks_for_a_rights_group(types_of):
    types = types_of("Hundreds of inmates were moved in the spring.\n\n"
                     '"They vanish without a trace," said the head of a Georgian prisoner advocacy organization.\n\n'
                     '"It is a cruel policy," a lawyer said.\n')
    assert types["head of a Georgian prisoner advocacy organization"] == "human-rights or legal-aid group"
    assert types["lawyer"] == "anonymous person"  # a person's role names no organisation


@pytest.mark.parametrize("marked", ["Marta – not her real name –", "Marta - not her real name -",
                                    "Marta (not her real name)", "Marta, whose name has been changed,"])
def test_a_pseudonym_between_dashes_or_brackets_is_an_anonymous_person(write_corpus, marked):
    body = (f"{marked} worked as a nurse in Tambov before the war.\n\n"
            '"My brother signed the contract in the colony and we never heard from him again," Marta said.\n')
    sources = analyse(load_corpus(write_corpus({"001_page.txt": body}))).sources
    assert sources[["source", "source_type", "anonymous"]].values.tolist() == [["Marta", "anonymous person", True]]


def test_a_surname_alone_after_the_full_name_is_that_person_typed_by_the_earlier_role(write_corpus):
    body = ("Ferry fares will rise again in the spring.\n\n"
            "Labour leader Keir Starmer slammed the government over the delays.\n\n"
            'Starmer said: "This is a scandal and the minister must answer for it."\n')
    quotes = analyse(load_corpus(write_corpus({"001_page.txt": body}))).quotes
    assert quotes[["speaker", "speaker_type", "anonymous"]].values.tolist() == [
        ["Keir Starmer", "opposition politician or party", False]]  # the minister he speaks of is someone else


@pytest.mark.parametrize("who, speaker", [("one commenter", "one commenter"), ("a reader", "reader"),
                                          ("one viewer", "one viewer"), ("a bystander", "bystander")])
def test_a_generic_person_who_writes_or_says_is_an_anonymous_speaker(write_corpus, who, speaker):
    body = ("Ferry fares will rise again in the spring.\n\n"
            '"We cannot afford it," said Rita Okafor, who runs a bakery on the quay.\n\n'
            f'"Nobody asked the islanders what they think," {who} wrote.\n')
    quotes = analyse(load_corpus(write_corpus({"001_page.txt": body}))).quotes
    assert quotes[["speaker", "speaker_type", "anonymous"]].values.tolist()[1:] == [[speaker, "anonymous person", True]]


def test_an_office_named_by_a_country_abbreviation_is_that_countrys_government(types_of):
    types = types_of("Ferry fares will rise again in the spring.\n\n"
                     "The U.K. Foreign Office said sanctions would follow.\n\n"
                     "Shares of U.S. Steel rose, the company said.\n")
    assert types["U.K. Foreign Office"] == "British government or official"


def test_an_official_granted_anonymity_still_speaks_for_the_country_named(types_of):
    types = types_of("Ferry fares will rise again in the spring.\n\n"
                     '"Our information shows the convoy left on Monday," a senior US defence official told '
                     "reporters on condition of anonymity.\n")
    assert types["senior US defence official"] in ("Western government or intelligence", "U.S. government or official")


def test_a_spokesman_for_an_organisation_named_after_the_role_takes_its_type(types_of):
    types = types_of("A woman waited nine hours for an ambulance after a fall.\n\n"
                     "In response, a spokesman for the Westmoor Ambulance Service NHS Trust (WAST) said: "
                     '"We received the call at 10.13am, when demand was very high."\n')
    assert types == {"spokesman": "hospital or medical"}


def test_a_spokeswoman_named_by_a_generic_noun_speaks_for_the_organisation_named_before(types_of):
    types = types_of("Waiting lists grew again at Calder Forest Hospitals NHS Trust, which runs two hospitals.\n\n"
                     'A trust spokeswoman said: "We are sorry that some patients have waited longer than we would '
                     'like."\n')
    assert types == {"trust spokeswoman": "hospital or medical"}


def test_an_nhs_foundation_trust_is_medical(types_of):
    types = types_of("Goldmere NHS Foundation Trust said 120 patients waited more than an hour.\n")
    assert types == {"Goldmere NHS Foundation Trust": "hospital or medical"}


def test_an_executive_of_the_organisation_referred_to_takes_its_type(types_of):
    types = types_of("Ashby and St Mary’s hospital trust in Kent declared it was on black alert this week.\n\n"
                     '"We also have 80 patients waiting to go home," said Vera Holt, the trust’s deputy chief '
                     "executive.\n")
    assert types["Vera Holt"] == "hospital or medical"


def test_officials_of_a_breakaway_region_are_not_the_only_other_country_named(types_of):
    types = types_of("A murder in Abkhazia has shaken the town of Sukhumi.\n\n"
                     'The Ministry of Internal Affairs reported that the victim "died in hospital."\n\n'
                     "One suspect had served a sentence in Russia and fought for a Russian paramilitary group "
                     "founded by a Russian businessman.\n\n"
                     'President Aslan Bzhania said: "Find the people who did this and punish them."\n')
    assert types["Aslan Bzhania"] != "Russian government or official"
    assert not any(t == "Russian government or official" for t in types.values()), types


def test_a_news_website_is_a_media_outlet(types_of):
    types = types_of("Three men were detained in Valmora on Friday.\n\n"
                     'According to the local news website “KLM”, “the men had returned from the front a week '
                     'before.”\n')
    assert types == {"KLM": "media outlet"}


def test_a_reserve_bank_is_its_countrys_government(types_of):
    types = types_of("The Reserve Bank of India kept its key rate at 6.5 per cent on Friday, as expected.\n\n"
                     "The Reserve Bank of India said inflation would ease later in the year.\n")
    assert types == {"Reserve Bank of India": "Indian government or official"}


def test_an_acronym_stands_for_the_capitalised_name_its_initials_spell(types_of):
    types = types_of("A bench presided over by Chief Justice of India D Y Verma heard the plea on Monday.\n\n"
                     'The CJI replied, "We did not hear arguments on this point."\n')
    assert types["CJI"] == "Indian government or official"


def test_an_acronym_the_text_defines_binds_to_its_definition_not_to_a_variant(write_corpus):
    body = ("Russia's defence ministry said the convoys left on Monday.\n\n"
            "The Russian army recruited the prisoners in the spring, and Russian courts freed them.\n\n"
            "The British Ministry of Defence (MoD) said the recruits' contracts were ending.\n\n"
            'The MoD said, "Thousands of convicts are likely to be pardoned in the coming weeks."\n')
    quotes = analyse(load_corpus(write_corpus({"001_page.txt": body}))).quotes
    assert quotes[["speaker", "speaker_type"]].values.tolist() == [
        ["British Defense Ministry", "Western government or intelligence"]]


def test_an_it_inside_the_quotation_makes_no_organisation_of_its_speaker(write_corpus):
    # the page writes its commas as U+201A low marks; "It’s fantastic" is the speaker's own words
    body = ("“First‚ let us give congratulations to the coach and his team. It’s fantastic that the league can "
            "recruit coaches of his calibre‚ with his staff‚” Dlamini said after the match.\n\n"
            "“We knew we had to play very strong‚ and keep compact.”\n")
    quotes = analyse(load_corpus(write_corpus({"001_page.txt": body}))).quotes
    assert set(quotes.speaker_type) == {"private person"}, quotes[["speaker", "speaker_type", "reason"]]


def test_the_treasurer_written_as_a_title_is_the_person_named_before_and_governs(write_corpus):
    body = ("Jim Calder says it “remains to be seen” by how much more the central bank tightens interest rates.\n"
            "The central bank on Tuesday lifted the cash rate by 0.25 to 2.6 per cent.\n"
            "The increase was slightly lower than expected.\n"
            "Asked if he was worried about the decision, the Treasurer said he didn’t “second guess” the central "
            "bank’s decisions.\n\n"
            "“They’ve made it clear in their own statement today that there is more work to be done,” Dr Calder "
            "told reporters.\n")
    quotes = analyse(load_corpus(write_corpus({"001_page.txt": body}))).quotes
    assert quotes[["speaker", "speaker_type"]].drop_duplicates().values.tolist() == [
        ["Jim Calder", "government or official (country unknown)"]]


def test_a_club_treasurer_in_lower_case_is_no_office(types_of):
    types = types_of("The club’s annual dinner was cancelled.\n\n"
                     "“We could not find a venue,” club treasurer Jane Roe said.\n\n"
                     "“We are sorry,” Club Treasurer Tom Bell added.\n")
    assert types == {"Jane Roe": "private person", "Tom Bell": "private person"}


@pytest.mark.parametrize("noun", ["Ministry", "ministry"])
def test_the_ministry_capitalised_or_not_is_the_ministry_named_before(write_corpus, noun):
    body = ("Wagner has registered as a company in St Petersburg, Russian officials said.\n\n"
            "According to the U.K. Ministry of Defence, “Wagner now commands up to 50,000 fighters in Ukraine and "
            "has become a key part of the Russian campaign.”\n\n"
            f"“The registration likely aims to maximise the commercial gain of its owner,” the {noun} warned.\n")
    quotes = analyse(load_corpus(write_corpus({"001_page.txt": body}))).quotes
    assert quotes[["speaker", "speaker_type"]].drop_duplicates().values.tolist() == [
        ["British Defense Ministry", "Western government or intelligence"]]


def test_the_centre_and_the_bench_are_the_government_and_the_court_of_the_country_named(types_of):
    types = types_of("The Centre has told the Supreme Court of India that it does not want to hand the capital to "
                     "anarchy.\n\n"
                     "The bench said the reference had to be argued at the outset.\n")
    assert types == {"Centre": "Indian government or official", "bench": "Indian government or official"}


def test_a_name_whose_market_shares_the_text_trades_is_a_company(types_of):
    types = types_of("Kestrel shares surge after Dan Moss apologises for losses\n\n"
                     "Well, now we know Kestrel’s Dan Moss can apologise. Kestrel’s market shares are generally "
                     "considered to be sensitive to such calls.\n\n"
                     "Kestrel says it aims to produce 6,000 cars per week, a tempo it expects to reach by June.\n")
    assert types == {"Kestrel": "company or business"}


def test_a_south_african_mec_is_a_member_of_a_provincial_government(types_of):
    types = types_of("Nine cases were confirmed at Lakeside Hospital on Sunday.\n\n"
                     "Health MEC Thandi Mkhize said: “We can confirm nine positive cases.”\n")
    assert types == {"Thandi Mkhize": "government or official (country unknown)"}


@pytest.mark.parametrize("named", ["a report by the Centre for Housing Studies found",
                                   "according to the Westbury Centre, a think tank"])
def test_the_centre_short_for_a_centre_the_text_names_is_no_government(types_of, named):
    types = types_of(f"Rents rose again in London, {named}.\n\n"
                     "The Centre said rents would keep rising until more homes are built.\n")
    assert not any("government" in t for t in types.values()), types


def test_a_player_who_came_off_the_bench_is_no_court(types_of):
    types = types_of("Rovers beat City 2-1 on Saturday.\n\n"
                     "“It was a great feeling to score,” said striker Tom Bell, who came off the bench in the second "
                     "half.\n\n"
                     "“We never gave up,” said Sam Reed, a substitute who sat on the bench for an hour.\n")
    assert not any("government" in t for t in types.values()), types


def test_its_chief_executive_speaks_for_a_company_not_for_the_body_named_before(types_of):
    types = types_of("The Securities Commission sued Kestrel Motors on Monday, the commission said.\n\n"
                     "“We will fight this in court,” said Dan Moss, its chief executive.\n")
    assert types["Dan Moss"] == "company or business"



def test_a_name_ending_in_a_company_word_is_a_company(types_of):
    types = types_of("Shares of Corvane fell 9 per cent after Thornbury Capital downgraded the software maker, "
                     'saying the stock had risen "too far, too fast."\n\n'
                     'Lisle Securities said in a note that demand was "still strong."\n')
    assert types["Thornbury Capital"] == "company or business"
    assert types["Lisle Securities"] == "company or business"


def test_a_treasurer_is_of_the_country_whose_central_bank_the_text_names(types_of):
    types = types_of("Treasurer Dan Pelham says it is too early to judge how far the Reserve Bank of Australia "
                     "will lift rates.\n\n"
                     '"We will not second guess the bank," Mr Pelham told reporters before he travels to the US.\n')
    assert types["Dan Pelham"] == "Australian government or official"


def test_what_a_persons_description_says_they_did_is_not_whom_they_speak_for(types_of):
    types = types_of("Ivan Lesko, a Russian human rights activist who has interviewed former members of the Wagner "
                     "Group, told reporters that 30,000 prisoners had been recruited.\n\n"
                     "Olga Marten, a lawyer who heads the Wagner Group's legal department, said the figure was false.\n")
    assert types["Ivan Lesko"] == "human-rights or legal-aid group"
    assert types["Olga Marten"] == "private military company"


def test_a_sides_manager_in_a_match_report_is_a_coach(types_of):
    body = ("Harbour City manager Tom Brandt called the winner lucky. The defender who scored had been booked, and "
            "the former Lakeside coach said the referee missed a foul.\n\n"
            '"We have to improve a lot," said Harbour City manager Ray Osei.\n')
    assert types_of(body)["Ray Osei"] == "sports club, coach or athlete"


def test_a_companys_manager_in_a_business_story_is_no_coach(types_of):
    body = '"Orders rose in every region," said Corvane manager Ray Osei, whose firm makes pumps.\n'
    assert types_of(body)["Ray Osei"] != "sports club, coach or athlete"


def test_a_long_affiliation_after_a_name_types_by_its_head_words(types_of):
    body = ("Dr Marco Bellini of the University's Institute for the Study of Science, Technology and Innovation, who led "
            'the study, said: "Journals are rejecting more negative results."\n')
    assert types_of(body)["Marco Bellini"] == "analyst or expert"


def test_a_bare_chief_executive_is_of_the_organisation_the_introducing_sentence_names(types_of):
    types = types_of("The figures emerged at a board meeting of the NHS trust that runs two county hospitals, and "
                     'were branded "unacceptable" by chief executive Simon Cole.\n\n'
                     'Mr Cole said: "There has been a significant improvement."\n')
    assert types["Simon Cole"] == "hospital or medical"


def test_a_name_ending_inc_is_registered_as_no_person(write_corpus):
    article = load_corpus(write_corpus({"001_page.txt": "Shares of Viacom Inc fell on Monday.\n"})).analysable[0]
    doc = nlp.parse(article)
    resolver = Resolver(article, doc, default_country="", type_of=source_type)
    inc = next(t for t in doc if t.text == "Inc")
    assert resolver.register_name(inc) == "" and "Viacom Inc" not in resolver.sources


@pytest.mark.parametrize("role, expected", [
    ("the country's ombudsman", "government or official (country unknown)"),
    ("Valdoria's Human Rights Commissioner", "government or official (country unknown)"),
    ("district collector of the area", "government or official (country unknown)"),
    ("head of the regional education department", "government or official (country unknown)"),
    ("director of the provincial department for agriculture", "government or official (country unknown)"),
    ("head of the regional administration", "government or official (country unknown)"),
])
def test_state_offices_of_any_country_govern(types_of, role, expected):
    types = types_of(f"Floods cut off six villages on Monday.\n\n\u201cThe roads are closed,\u201d said Ana Lopes, {role}.\n")
    assert types == {"Ana Lopes": expected}


def test_a_title_with_a_possessive_before_the_name_is_a_role(types_of):
    types = types_of("Forty prisoners came home on Friday.\n\n"
                     "Valdoria\u2019s Human Rights Commissioner, Ana Lopes, noted that the oldest is 60.\n")
    assert "government or official (country unknown)" in types.values() and "private person" not in types.values()


@pytest.mark.parametrize("role", ["general secretary of the teachers' union", "president of the farmers' association"])
def test_an_officer_of_a_union_or_an_association_does_not_govern(types_of, role):
    types = types_of(f"Schools closed on Monday.\n\n\u201cWe will strike,\u201d said Ann Cole, {role}.\n")
    assert types == {"Ann Cole": "other"}


def test_a_secretary_named_after_a_union_does_not_govern(types_of):
    types = types_of("The plant may close, according to the union Forge, which represents workers there.\n\n"
                     "Forge Lenz secretary Tom Abel said: \u201cThis is a body blow to the town.\u201d\n")
    assert types["Tom Abel"] == "other"


def test_the_president_of_a_states_federation_governs(types_of):
    types = types_of("\u201cWe will rebuild,\u201d said Ivan Dorin, President of the Russian Federation.\n")
    assert types == {"Ivan Dorin": "Russian government or official"}


@pytest.mark.parametrize("clause, expected", [
    ("who often repeats UK judges' comments in his podcasts", "private person"),
    ("a comedian who has interviewed former members of the Wagner group", "private person"),
    ("who represents Lenz in parliament as an MP", "government or official (country unknown)"),
])
def test_a_relative_clause_types_a_person_only_by_a_role_verb(types_of, clause, expected):
    types = types_of(f"Tom Abel, {clause}, said: \u201cThe sentence was brilliant.\u201d\n")
    assert types == {"Tom Abel": expected}


@pytest.mark.parametrize("name", ["Harbour Capital", "Keswick Stockbrokers", "Tarn Brothers"])
def test_a_name_ending_in_a_company_word_is_a_company_whatever_the_word(types_of, name):
    types = types_of(f"Shares of Lumex fell 13 per cent after {name} downgraded the company, saying the stock had "
                     "gone \u201ctoo far, too fast.\u201d\n")
    assert types == {name: "company or business"}


@pytest.mark.parametrize("role", ["who led the study", "the study's lead author"])
def test_the_author_of_a_study_is_an_analyst(types_of, role):
    types = types_of(f"Mice dream before birth, a study found.\n\n\u201cIt makes sense,\u201d said Ana Lopes, {role}.\n")
    assert types["Ana Lopes"] == "analyst or expert"


@pytest.mark.parametrize("role, expected", [
    ("director of the Yen Bai provincial department for agriculture", "Vietnamese government or official"),
    ("the chief minister of Assam", "Indian government or official"),
    ("head of the Sichuan emergency office", "Chinese government or official"),
])
def test_a_province_or_state_names_its_country(types_of, role, expected):
    types = types_of(f"Floods cut off six villages on Monday.\n\n\u201cThe roads are closed,\u201d said Ana Lopes, {role}.\n")
    assert types == {"Ana Lopes": expected}


def test_a_countrys_public_agency_is_its_government(types_of):
    types = types_of("Floods cut off six villages on Monday.\n\n"
                     "Ten people died and 300 were moved to schools, the Philippine disaster agency said.\n")
    assert types == {"Philippine disaster agency": "Philippine government or official"}


@pytest.mark.parametrize("role, expected", [
    ("president of Keswick Foods", "company or business"),
    ("the company's president", "company or business"),
    ("a member of the city council", "government or official (country unknown)"),
    ("a spokesman for the diocese", "other"),
])
def test_roles_of_companies_councils_and_churches(types_of, role, expected):
    types = types_of(f"A plant closed in the town on Monday.\n\n\u201cWe are sad,\u201d said Jane Roe, {role}.\n")
    assert types == {"Jane Roe": expected}


def test_a_source_named_like_a_newspaper_is_a_media_outlet(sourcing_of):
    result = sourcing_of(
        "Recruiters visited three penal colonies in the Lenz region last month, local officials said on Tuesday.\n"
        "The Lenz Gazette said the recruiters returned in May and signed up about 40 inmates.\n"
        "The regional Press Office said it had no information about the visits.\n")
    types = source_types(result)
    assert types["Lenz Gazette"] == "media outlet"
    assert types.get("Press Office", "") != "media outlet"


def test_a_name_ending_in_an_institution_s_noun_is_no_person(sourcing_of):
    result = sourcing_of(
        "Floods cut off three villages in the Lenz valley on Sunday, and rescuers worked through the night.\n"
        "Lenz University said the river had risen faster than at any time in a century.\n"
        "Lenz City Council said schools would stay closed on Monday.\n"
        "Farmer Tom Birch said he had lost his whole herd.\n")
    types = source_types(result)
    assert types["Lenz University"] == "analyst or expert"
    assert types["Lenz City Council"] == "government or official (country unknown)"
    assert types["Tom Birch"] == "private person"


def test_aid_groups_and_agencies_are_found_and_are_no_media(sourcing_of):
    result = sourcing_of(
        "Floods cut off three villages in the Lenz valley on Sunday, and rescuers worked through the night.\n"
        "Aid groups said food was running short in the camps.\n"
        "Aid agencies warned of disease in the camps, where 2,000 people sleep in tents.\n"
        "Some news agencies said the dam had burst, which officials denied.\n")
    types = dict(zip(result.sources.source.str.lower(), result.sources.source_type))
    assert types["aid groups"] == types["aid agencies"] == "human-rights or legal-aid group"
    assert types["some news agencies"] == "media outlet"


def test_an_executive_of_an_organisation_named_before_the_role_takes_its_type(sourcing_of):
    result = sourcing_of(
        "Regional Health Authority bosses apologised on Monday after a patient waited six hours outside Lenz "
        "General.\n\n"
        "Authority chief executive Mira Olsen said staff must help anyone in need at the door.\n\n"
        "Brookvale Medical Centre's chief executive Tom Haller said the clinic would review its rules.\n")
    types = source_types(result)
    assert types["Mira Olsen"] == "hospital or medical"
    assert types["Tom Haller"] == "hospital or medical"


def test_a_vice_president_of_government_affairs_speaks_for_the_company(sourcing_of):
    result = sourcing_of(
        "Ostara Foods will close its cannery in Marlow, the company announced on Tuesday.\n\n"
        "\u201cThis was a hard decision,\u201d said Ruth Calloway, vice president of public and government "
        "affairs for Ostara Foods.\n")
    types = source_types(result)
    assert types["Ruth Calloway"] == "company or business"


def test_an_education_officer_governs_and_a_union_representative_is_no_private_person(sourcing_of):
    result = sourcing_of(
        "A probe was ordered into a village school on Friday.\n\n"
        "\u201cThe inquiry will report within a week,\u201d District Education Officer Imran Qadir said.\n\n"
        "Lena Brecht, a Teamsters union representative, said the drivers were angry.\n")
    types = source_types(result)
    assert types["Imran Qadir"] == "government or official (country unknown)"
    assert types["Lena Brecht"] == "other"


def test_their_manager_in_a_match_report_is_sports(sourcing_of):
    result = sourcing_of(
        "Harwick Town were relegated on Saturday after a 2-1 defeat, and their Manager Owen Pike spoke to the "
        "press after the game.\n\n"
        "\u201cOur goalkeeper was superb and the striker scored a fine goal, but the referee missed a foul,\u201d "
        "Pike said.\n")
    types = source_types(result)
    assert types["Owen Pike"] == "sports club, coach or athlete"


def test_us_federal_agencies_are_us_government(sourcing_of):
    result = sourcing_of(
        "A gunman was arrested in Dalton on Tuesday after a two-day search.\n\n"
        "The FBI said it had worked with police in three states.\n")
    types = source_types(result)
    assert "U.S. government or official" in types.values(), types


def test_a_place_or_an_outlet_before_a_comma_makes_no_name_with_commas(sourcing_of):
    result = sourcing_of(
        "Floodwater closed the bridge at Pell Creek, 20 miles east of Denton, Lenz Valley News reported.\n\n"
        "The sheriff said the road would reopen on Friday.\n")
    assert "Lenz Valley News" in set(result.sources.source), list(result.sources.source)


def test_a_post_the_persons_own_clause_gives_types_them(sourcing_of):
    result = sourcing_of(
        "A fire destroyed a grain store in the port of Selby Cove on Sunday night.\n\n"
        "Nora Quist is the town's fire chief. \u201cWe were lucky nobody was inside,\u201d Quist said.\n\n"
        "Elias Varga works as an economist at Tarnfield Bank. The damage could run into millions, Varga said.\n\n"
        "Ivo Marek was serving time for theft. He said the store had been empty for weeks.\n\n"
        "The economist said grain prices would rise.\n")
    types = source_types(result)
    assert types["Nora Quist"] == "government or official (country unknown)"
    assert types["Elias Varga"] == "analyst or expert"
    assert types["Ivo Marek"] == "private person"
    assert "The Economist" not in types


def test_an_organisation_the_text_calls_a_firm_is_a_company(sourcing_of):
    result = sourcing_of(
        "A fire destroyed a grain store in the port of Selby Cove on Sunday night.\n\n"
        "Dunmore, a haulage firm that rented the store, said it would rebuild. Dunmore said insurance would cover "
        "most of the loss.\n")
    types = source_types(result)
    assert types["Dunmore"] == "company or business"


def test_a_us_state_abbreviation_in_a_dateline_gives_a_sheriff_his_country(sourcing_of):
    result = sourcing_of(
        "PRYOR CREEK, Okla. \u2014 Mays County Sheriff Dale Birch opened a new substation on Tuesday.\n\n"
        "\u201cIt will cut response times in the north,\u201d Birch said.\n")
    types = source_types(result)
    assert types["Dale Birch"] == "U.S. government or official"


def test_a_name_after_a_daily_is_an_outlet_and_a_role_set_off_before_a_name_describes_it(sourcing_of):
    result = sourcing_of(
        "On Monday, Lenz daily Courier reported that new barracks had been built.\n\n"
        "Reporters reached a military commissar from Lenzia, Tarik Valeev, who signs up recruits in the region.\n\n"
        "Tarik Valeev: Send me your documents and I will see what can be done.\n\n"
        "Valeev said the recruits would be sent to the front within a month.\n")
    types = source_types(result)
    assert types.get("Courier") == "media outlet", types
    assert types["Tarik Valeev"].endswith("government or official") or \
        types["Tarik Valeev"] == "government or official (country unknown)", types


def test_an_honorific_before_a_name_is_no_part_of_it_and_news_partners_are_an_outlet(sourcing_of):
    result = sourcing_of(
        "Officials met on Monday in the capital.\n\n"
        "Rahim disputed Health Minister Datuk Lim Kok Wah\u2019s figures on smoking.\n\n"
        "Lim said the survey had been flawed.\n\n"
        "According to our news partners at the Marlow Ledger, nine clinics have shut since May.\n")
    types = source_types(result)
    assert types["Lim Kok Wah"] == "government or official (country unknown)", types
    assert "media outlet" in {t for s, t in types.items() if "Ledger" in s}, types


def test_a_ministry_of_a_two_word_country_a_national_bank_and_the_countrys_ministry(sourcing_of):
    result = sourcing_of(
        "South Africa is looking into job offers that took its citizens to the front.\n\n"
        "The South African Ministry of Defence warned that veterans were being approached online.\n\n"
        "Earlier, the South African authorities logged 40 reports from families whose sons travelled to "
        "Russia.\n\n"
        "The country's Foreign Ministry said envoys would fly to Moscow in June.\n\n"
        "The National Bank of Romania said the rouble's fall had no effect on its reserves.\n")
    types = source_types(result)
    assert types["South African Defense Ministry"] == "South African government or official", types
    assert types["South African Foreign Ministry"] == "South African government or official", types
    assert types["National Bank of Romania"] == "Romanian government or official", types


def test_a_bare_chief_heads_the_service_the_sentence_names_and_a_report_in_an_outlet_is_its(sourcing_of):
    result = sourcing_of(
        "A water main burst in Dunmore on Monday.\n\n"
        "\u201cTraffic will be diverted for a week,\u201d Chief Varda said at a briefing, where she thanked the police "
        "for their patience.\n\n"
        "According to a report in Time, such bursts have doubled since 2019.\n")
    types = source_types(result)
    assert types["Varda"] == "government or official (country unknown)", types
    assert types["Time"] == "media outlet", types


def test_a_pseudonym_in_square_brackets_is_the_named_persons_not_the_speakers(sourcing_of):
    result = sourcing_of(
        "Recruiters came to the colony in April, a prisoner's sister said.\n\n"
        "Marina said her brother Pavel [not his real name] had been moved to another colony.\n")
    rows = result.sources.set_index("source")
    assert rows.loc["Marina", "source_type"] == "private person"
    assert not bool(rows.loc["Marina", "anonymous"])


def test_a_citys_staff_speak_for_its_government(sourcing_of):
    result = sourcing_of(
        "A water main burst in Dunmore on Monday.\n\n"
        "City staff said two shelters would open on Friday.\n")
    types = dict(zip(result.sources.source.str.lower(), result.sources.source_type))
    assert types["city staff"] == "government or official (country unknown)", types


def test_a_name_ending_in_a_sector_is_a_company_but_not_a_department_of_it(sourcing_of):
    result = sourcing_of(
        "A storm cut power to 40,000 homes in Dunmore on Tuesday.\n\n"
        "A spokesperson for Tarn Energy said crews were working around the clock.\n\n"
        "The Department of Energy said it would send generators.\n")
    types = source_types(result)
    assert types["spokesperson for Tarn Energy"] == "company or business", types
    assert types["Department of Energy"] != "company or business", types


def test_a_named_persons_office_or_team_speaks_for_them(sourcing_of):
    result = sourcing_of(
        "Missiles struck the capital overnight.\n\n"
        "Lenzian President Marek Dolan visited the front on Monday.\n\n"
        "Opposition leader Ivo Brandt is in prison. Brandt's team said he had been moved to another colony.\n")
    types = source_types(result)
    assert types == {"Ivo Brandt": "opposition politician or party"}  # the team speaks for him


@pytest.mark.parametrize("sentence, name, expected", [
    ('The basement was flooding by noon, said Dana Harlan of the Marlow County emergency operations center. '
     '"We moved the patients upstairs first," Harlan said.', "Dana Harlan", "government or official (country unknown)"),
    ('Prosecution officer Anke Veld said the fire "was set on purpose, we believe".', "Anke Veld",
     "government or official (country unknown)"),
    ('"The claim never had any merit," said Helen Mott, spokeswoman for Westbrook Medical Center.', "Helen Mott",
     "hospital or medical"),
    ('Activist hedge fund manager William Tarrant called the retailer "a house of cards" on Tuesday.', "William Tarrant",
     "company or business"),
])
def test_a_persons_body_emergency_office_prosecution_hospital_or_fund_types_them(types_of, sentence, name, expected):
    assert types_of(sentence + "\n")[name] == expected


def test_an_unnamed_official_introduced_before_takes_the_country_of_that_introduction(types_of):
    found = types_of("In May the governor received a petition from a regional lawmaker in the Kursk region. "
                     "The lawmaker said forty inmates had volunteered to serve as drivers.\n")
    assert found == {"lawmaker": "Russian government or official"}


@pytest.mark.parametrize("place, country", [("the Belgorod region", "Russian"), ("Zaporizhzhia", "Ukrainian")])
def test_the_regions_and_cities_of_russia_and_ukraine_name_their_country(place, country):
    assert classify(f"the governor of {place}", is_person=True) == f"{country} government or official" \
        if country == "Russian" else "Ukrainian government"


def _setting_of(write_corpus, text: str) -> str:
    article = load_corpus(write_corpus({"001_page.txt": text})).analysable[0]
    spans = tuple((e.start_char, e.end_char, e.label_) for e in nlp.parse(article).ents)
    return _story_setting(article.title or "", article.body, spans)[0]


def test_the_setting_is_the_country_a_text_names_most_when_it_names_another_once(write_corpus):
    text = ("Rescuers in New Zealand searched the rubble on Tuesday. New Zealand's police said two people died. "
            "Aftershocks rattled Christchurch, New Zealand, overnight. A U.S. agency measured the quake.\n")
    assert _setting_of(write_corpus, text) == "New Zealand"
    assert _setting_of(write_corpus, "Rescuers in New Zealand searched the rubble. A U.S. agency measured the "
                                     "quake.\n") == ""


def test_a_compound_place_name_names_no_country_of_its_parts(write_corpus):
    assert _setting_of(write_corpus, "Councillors of Challes, a small town in Maine-et-Loire, fled the hall.\n") == ""
    assert _setting_of(write_corpus, "Police in Augusta, Maine, said two people were hurt.\n") == "U.S."


@pytest.mark.parametrize("text, expected", [
    ("senior researcher on Valdoria at Human Rights Watch", "human-rights or legal-aid group"),  # the employer's
    ("an analyst at Amnesty International", "human-rights or legal-aid group"),
    ("a researcher at the Kremlin-backed think tank", "analyst or expert"),  # a state named as an adjective
    ("military analyst", "analyst or expert"),
    ("Town Supervisor", "government or official (country unknown)"),
])
def test_a_profession_at_a_named_institution_speaks_for_it_and_a_town_supervisor_governs(text, expected):
    assert classify(text, is_person=True) == expected


@pytest.mark.parametrize("text, expected", [
    ("president & CEO", "company or business"),
    ("president of the Lenz Rowing Club", ""),  # a club's president: no head of state
    ("president of Tarnex", ""),
    ("President of Russia", "Russian government or official"),
    ("president of the Supreme Court", "government or official (country unknown)"),
    ("president", "government or official (country unknown)"),
])
def test_a_president_of_a_company_or_a_club_is_no_head_of_state(text, expected):
    assert classify(text, is_person=True) == expected


def test_a_state_named_only_in_the_headline_sets_a_local_story(sourcing_of):
    types = source_types(sourcing_of(
        "Oregon Mayor Vows to Reopen Pool After Lifeguards Quit\n\n"
        "Mayor Dana Whitfield said on Tuesday she wants the Millbrook pool open again by July.\n\n"
        '"We owe the families of this town a summer," said Whitfield.\n\n'
        "Deputy Fire Chief Omar Bates said the building was safe."))
    assert types["Dana Whitfield"] == "U.S. government or official"
    assert types["Omar Bates"] == "U.S. government or official"


def test_letters_after_a_name_give_a_rank(sourcing_of):
    types = source_types(sourcing_of(
        "The hearing in the Fenwick case resumed on Monday.\n\n"
        '"The board ignored every warning," said Marcus Pell KC, representing the parents.\n\n'
        '"We will press for answers," said Ailsa Grant MSP, who sits on the health committee.'))
    assert types["Marcus Pell KC"] == "private person"  # a barrister for people speaks as a private person
    assert types["Ailsa Grant MSP"] == "government or official (country unknown)"


@pytest.mark.parametrize("text, expected", [
    ("senior vice-president of global affairs", "company or business"),  # no head of state
    ("senior vice - president of global affairs", "company or business"),
    ("vice-president of Tarnex", "company or business"),
    ("Vice-President of Ghana", "Ghanaian government or official"),  # a state's, no company's
    ("vice president of Ghana", "Ghanaian government or official"),
    ("Vice-President of the European Commission", "international organisation"),
])
def test_a_vice_president_written_with_a_hyphen_is_read_as_one(text, expected):
    assert classify(text, is_person=True) == expected


def test_an_unnamed_person_with_a_phrase_after_the_noun_takes_the_type_of_the_person_identified(sourcing_of):
    types = source_types(sourcing_of(
        "A video shared on Sunday shows a man who appears to be Viktor Harlan, the founder of the private military "
        "company Granit Group, speaking to convicts in a prison yard.\n\n"
        "The man in the video says that recruits will be paid every month.\n\n"
        "Anyone who deserts will be punished, the man in the video says."))
    assert types["man in the video"] == "private military company"


def test_a_relation_to_another_person_gives_no_role_of_theirs(sourcing_of):
    types = source_types(sourcing_of(
        "Dmitri Volkov, a close associate of Lenzian President Ivan Dolan, said on Monday that the plan would fail.\n\n"
        '"Nobody believes these numbers," Volkov said.\n\n'
        "Marta Ilves, Governor Ivo Brandt's sister, said she had not been told."))
    assert types["Dmitri Volkov"] == "private person"  # the president is Dolan, not his associate
    assert types["Marta Ilves"] == "private person"


def test_a_founding_father_is_no_relation(sourcing_of):
    types = source_types(sourcing_of(
        "Viktor Harlan, the founding father of the Granit Group, a private military company, said on Monday that "
        "recruits would be paid."))
    assert types["Viktor Harlan"] == "private military company"


def test_a_lawyer_speaks_for_the_organisation_they_act_for(sourcing_of):
    types = source_types(sourcing_of(
        "Tarnex Corp. lost its bid on Friday to stop a rival from selling a cheaper pump in Ohio.\n\n"
        '"The ruling ignores years of our engineering work," said Dana Holt, an attorney for Tarnex.\n\n'
        "Tarnex attorneys contend that the patent covers every pump of its kind.\n\n"
        "Lawyers for Brightwell Foods Inc. said the company would comply.\n\n"
        "Ed Marks, a lawyer for the families of the workers, said the case was not over.\n\n"
        '"My client was never paid," said Ruth Vance, a lawyer representing Ivan Petrov.\n\n'
        "A lawyer for the city said the contract was void."))
    assert types["Dana Holt"] == "company or business"  # the company's lawyer, no legal-aid group
    assert types["Tarnex attorneys"] == "company or business"
    assert types["lawyers for Brightwell Foods Inc"] == "company or business"
    assert types["lawyer for the city"] == "U.S. government or official"
    assert types["Ed Marks"] == "private person"  # people's lawyers speak as private persons (the lead's rule)
    assert types["Ruth Vance"] == "private person"


def test_a_large_us_city_sets_a_local_story_and_a_city_manager_governs(sourcing_of):
    types = source_types(sourcing_of(
        "Police chief fired after news conference\n\n"
        "SEATTLE — Police Chief Maria Lund was fired on Thursday, hours after she demanded a new contract.\n\n"
        'City Manager Paul Greer said the decision was not about her record. "She disobeyed an order," Greer said.\n\n'
        "City Councilman Ray Ortiz said the council had not been told."))
    assert types["Paul Greer"] == "U.S. government or official"
    assert types["Ray Ortiz"] == "U.S. government or official"


def test_an_unnamed_person_is_typed_by_what_they_call_themselves(sourcing_of):
    types = source_types(sourcing_of(
        "A video shared on Sunday shows a man speaking to convicts in a prison yard somewhere in the Lenz region.\n\n"
        "The man in the video introduces himself as a member of the Granit private military company and promises "
        "them pay.\n\n"
        '"Nobody goes back behind bars," the man in the video says.'))
    assert types["man in the video"] == "private military company"


def test_a_role_the_lead_gives_before_the_name_types_the_person_named_next(sourcing_of):
    types = source_types(sourcing_of(
        "A leading surgeon has called for a ban on the sale of fireworks to children.\n\n"
        "Dr Ruth Kessler said she had treated four boys with burns in a single week.\n\n"
        '"Every one of those injuries was avoidable," she said.',
        "A regional court has sentenced a former mayor to six years in prison for taking bribes.\n\n"
        "Ivan Petrov, 54, said he would appeal the verdict."))
    assert types["Ruth Kessler"] == "hospital or medical"
    assert types["Ivan Petrov"] == "private person"  # a court is no person's role


def test_a_brand_the_text_calls_a_company_is_one(sourcing_of):
    types = source_types(sourcing_of(
        "Regulators in Brussels fined Veltrix 1.2 billion euros on Wednesday for favouring its own shopping "
        "service.\n\nVeltrix said it would appeal. The technology giant has faced three such fines in two years.\n\n"
        'Its rival Quorra said the ruling was overdue. "Consumers have paid for this for a decade," Quorra said.',
        "Ostrana will close two plants in the Midlands next year, the carmaker said on Monday.\n\n"
        '"This was a difficult decision," Ostrana said, adding that 900 jobs would go.',
        "Memorial said on Monday that it had recorded 300 new cases. The group has documented abuses since 1989.\n\n"
        "Petrov said the plant would close. The company denied this on Tuesday."))
    assert types["Veltrix"] == "company or business"  # before, other
    assert types["Quorra"] == "company or business"  # its rival's kind; before, a private person
    assert types["Ostrana"] == "company or business"
    assert types["Petrov"] == "private person"  # a surname before "the company": no company
    assert types["Memorial"] == "human-rights or legal-aid group"


def test_a_town_with_its_state_abbreviation_or_a_county_office_sets_a_story_that_names_no_country(sourcing_of):
    types = source_types(sourcing_of(
        "Water restored after main break\n\n"
        "Crews restored water to most homes in Hattiesburg, Miss., on Friday after a main broke under a busy street.\n\n"
        'Mayor Lena Corbin said the city would review its pipes. "We were lucky," Corbin said.',
        "Deputies search for escaped inmate\n\n"
        "Deputies with the Forrest County Sheriff's Department searched the woods on Friday for a man who escaped "
        "from a work crew.\n\nPolice Chief Ray Dunn said residents should lock their doors.",
        "Council approves budget\n\n"
        "The Derby County manager watched from the stands as the council met in Lenzton on Friday.\n\n"
        "Mayor Ola Brandt said the budget was balanced."))
    assert types["Lena Corbin"] == "U.S. government or official"
    assert types["Ray Dunn"] == "U.S. government or official"
    assert types["Ola Brandt"] == "government or official (country unknown)"  # a club's name sets no country


def test_the_head_of_a_federation_of_community_groups_speaks_for_no_company(sourcing_of):
    types = source_types(sourcing_of(
        "Funding for volunteer centres in the Lenz valley will be cut by a third next year.\n\n"
        '"This will close doors across the valley," said Jane Roe, chief executive of the Lenz Federation of '
        "Community Groups.\n\n"
        "Tom Hale, chief executive of the Valley Council for Voluntary Service, said the cuts were short-sighted.\n\n"
        "Mia Lund, chief executive of the umbrella body Lenzvol, said members would protest."))
    assert types["Jane Roe"] == "human-rights or legal-aid group"  # before, a company's chief executive
    assert types["Tom Hale"] == "human-rights or legal-aid group"
    assert types["Mia Lund"] == "human-rights or legal-aid group"


def test_a_role_the_name_kept_before_it_types_the_person(sourcing_of):
    types = source_types(sourcing_of(
        "Sheriff thanks community\n\n"
        "2021-04-12 Sheriff Ann Kroll wishes to thank those who reached out to her office after a crash this past "
        "week.\n\n"
        "\u201cSince the crash both my staff and I have received many kind messages from the public,\u201d Sheriff Kroll "
        "noted. \u201cWe are lucky to serve such a town.\u201d\n\n"
        "\u201cThe deputy is healing well,\u201d Sheriff Kroll stated."))
    assert types["Sheriff Ann Kroll"] == "government or official (country unknown)"  # before, a private person


def test_a_borough_council_governs_and_a_name_after_an_organisation_noun_is_that_organisation(sourcing_of):
    types = source_types(sourcing_of(
        "Lenzford Borough Council has refused to say how much it spent on the case against property developer "
        "Harrow Vale.\n\n"
        "The council said the fees were private. A spokesperson for Harrow Vale said the sum was large.\n\n"
        "Harrow Vale claimed the council's choice of site was flawed."))
    assert types["Lenzford Borough Council"] == "government or official (country unknown)"  # before, other
    assert types["Harrow Vale"] == "company or business"  # before, a private person
    assert types["spokesperson for Harrow Vale"] == "company or business"


def test_a_state_body_sets_a_story_that_names_no_country(sourcing_of):
    types = source_types(sourcing_of(
        "Two men were arrested on Friday after a robbery at a jewellery shop in Brackton.\n\n"
        "The FBI is helping with the search for a third man, Police Chief Nora Quist said.\n\n"
        "Mayor Tim Hale said the shop would reopen next week."))
    assert types["Nora Quist"] == "U.S. government or official"  # before, of no known country
    assert types["Tim Hale"] == "U.S. government or official"


def test_the_chief_executive_of_a_company_based_in_a_city_is_no_official(types_of):
    types = types_of("Paint maker cuts jobs\n\nLenzco will close two plants next year.\n\n"
                     '"Orders have fallen for three quarters in a row," said Dirk Jansen, chairman and chief executive '
                     "of Cincinnati-based Lenzco.\n")
    assert types["Dirk Jansen"] == "company or business"


def test_a_capitalised_title_before_a_name_types_the_person_by_its_organisation(types_of):
    types = types_of("Flu cases rose at the care unit this week.\n\n"
                     "Marsh Valley Hospital Infectious Disease Specialist Dr. Omar Preel said the risk to visitors was low.\n\n"
                     '"We test every patient twice a week," Preel said.\n')
    assert types["Omar Preel"] == "hospital or medical"


def test_a_presenter_named_after_an_outlet_s_possessive_speaks_for_the_outlet(types_of):
    types = types_of("The minister was pressed on the rail budget on Thursday.\n\n"
                     "River News’ Ada Holloway replied: \"Are you saying the figures are wrong?\"\n\n"
                     '"That is a fair question," anchor Tom Brack said on the evening show.\n')
    assert types["Ada Holloway"] == "media outlet"
    assert types["Tom Brack"] == "media outlet"


def test_a_sentence_s_last_word_is_no_title_of_the_next_name(types_of):
    types = types_of("The clinic reopened on Monday at Delford General Hospital.\n\n"
                     'Nadia Orme said: "We waited three hours for a bed."\n')
    assert types["Nadia Orme"] == "private person"


def test_a_town_named_after_a_capital_names_no_country(types_of):
    types = types_of("Floodwater cut off New Bern, Oregon, on Friday, and New Bern stayed closed on Saturday.\n\n"
                     "The storm is heading north, the Oregon emergency office said.\n\n"
                     '"Nobody should drive tonight," said Dunmore Police Chief Alan Tarr.\n')
    assert types["Alan Tarr"] == "U.S. government or official"


def test_a_fire_captain_governs_where_the_story_is_set(types_of):
    types = types_of("A brush fire burned 40 acres near Fresno, California, on Monday.\n\n"
                     '"Crews held the line overnight," Fresno Fire Captain Lena Ortiz said.\n')
    assert types["Lena Ortiz"] == "U.S. government or official"


def test_the_small_states_name_their_country(types_of):
    types = types_of("Prime Minister Sione Latu rejected claims that the last vote in Tonga was rigged.\n\n"
                     '"Show us the proof," Mr Latu said.\n\n'
                     "Supervisor of Elections Mele Taufa said the Tongan Elections Office had received no complaint.\n")
    assert types["Sione Latu"] == "Tongan government or official"
    assert types["Mele Taufa"] == "Tongan government or official"


def test_a_sea_names_no_country(types_of):
    types = types_of("Police broke up a rally on the Indian Ocean islands of Seychelles overnight, and the Indian Ocean "
                     "ferries stopped.\n\n"
                     '"Forty people were held," police spokesman Marc Hoareau said.\n')
    assert types["Marc Hoareau"] == "Seychellois government or official"


def test_a_country_s_adjective_in_an_institution_s_name_is_no_place(types_of):
    types = types_of("Prime Minister Ilai Vuki said the vote was fair.\n\n"
                     '"There was no fraud," Mr Vuki said.\n\n'
                     "Complaints fall within the remit of the Samoan Electoral Office, he added.\n")
    assert types["Ilai Vuki"] == "Samoan government or official"


def test_a_public_health_district_governs_where_the_story_is_set(types_of):
    types = types_of("Two care homes in Tacoma, Washington, reported new cases on Tuesday.\n\n"
                     "Marlin Public Health District said it was testing every resident.\n")
    assert types["Marlin Public Health District"] == "U.S. government or official"


def test_a_name_after_a_trade_s_group_is_a_company(types_of):
    types = types_of("Dock workers at the freight and logistics group Tarnline walked out on Monday.\n\n"
                     "Tarnline said talks would resume on Friday.\n")
    assert types["Tarnline"] == "company or business"


@pytest.mark.parametrize("name", ["U.N. Office", "E.U. official"])
def test_a_dotted_acronym_of_an_international_body_is_read_without_its_dots(name):
    assert classify(name, is_person=False) == "international organisation"


@pytest.mark.parametrize("noun", ["city", "county", "town"])
def test_a_city_that_speaks_is_its_local_government_but_a_citys_name_is_a_place(sourcing_of, noun):
    result = sourcing_of(f"Dam fears\n\nRain kept falling in Harbourton, Ohio, on Monday.\n\nEarly on Tuesday, the "
                         f"{noun} said people near the Lenz River should \u201cleave at once\u201d as a precaution.\n\n"
                         "HARBOURTON CITY, Ohio (AP) \u2013 The state army said troops were on their way.\n")
    assert "HARBOURTON CITY" not in " ".join(result.sources.source)
    quote = result.quotes[result.quotes.quote.str.contains("leave at once")].iloc[0]
    assert (quote.speaker, quote.speaker_type) == (noun, "U.S. government or official")


@pytest.mark.parametrize("text, country", [("PNG Prime Minister Ari Vanu", "Papua New Guinean"),
                                           ("a UAE foreign ministry official", "Emirati"),
                                           ("the DPRK defence minister", "North Korean"),
                                           ("a minister in New Guinea", "Papua New Guinean")])
def test_a_country_written_as_its_acronym_gives_its_government(text, country):
    assert classify(text, is_person=True) == f"{country} government or official"


def test_a_country_acronym_counts_only_in_capitals():
    assert country_in("the logo.png file and a png image") == ""


def test_west_as_a_compass_point_names_no_bloc(types_of):
    types = types_of("Rivers burst their banks in Harwick overnight.\n\n"
                     "Mayor Dale Prentiss in Harwick, about 25 miles south west of Chicago, told residents to stay "
                     "indoors as the water rose.\n\n"
                     '"Stay off the roads," Prentiss said.\n')
    assert types["Dale Prentiss"] == "U.S. government or official"


def test_a_national_body_of_a_state_governs(types_of):
    types = types_of("Storms flooded streets in Harwick, Tenn., on Friday.\n\n"
                     "The National Weather Service said more rain was due by Sunday.\n\n"
                     "That is according to Mara Quint, a policy adviser at the U.S. National Security "
                     "Council.\n\n"
                     "The National Council for Voluntary Organisations said it would send volunteers.\n")
    assert types["National Weather Service"] == "U.S. government or official"
    assert types["Mara Quint"] == "U.S. government or official"
    assert types["National Council for Voluntary Organisations"] != "U.S. government or official"


def test_a_public_school_district_and_first_responders_govern_where_the_story_is_set(types_of):
    types = types_of("Flash floods hit Harwick, Tenn., on Friday.\n\n"
                     "Officials with the Harwick Unified School District said classes would end at noon.\n\n"
                     "First responders in the county said they had pulled six people from cars.\n")
    assert types["officials with the Harwick Unified School District"] == "U.S. government or official"
    assert types["responders in the county"] == "U.S. government or official"


def test_a_company_s_officers_and_executives_speak_for_it(types_of):
    types = types_of("Orbana Systems said quarterly profit fell 12%, the first fall in six years.\n\n"
                     "Orbana's chief operating officer said tablet sales had slowed in August.\n\n"
                     "Orbana executives said they expected a rebound once the new model ships.\n")
    assert [kind for name, kind in types.items() if "chief operating officer" in name] == ["company or business"]
    assert types["Orbana executives"] == "company or business"


def test_a_name_that_reports_earnings_is_a_company_and_the_street_is_the_market(types_of):
    types = types_of("Not enough growth in cereals, Wall Street said, and the snack maker's shares fell 3%.\n\n"
                     "In the quarter to May 2, Hollis Crisps said it earned $84 million, or 28 cents per share.\n")
    assert types["Hollis Crisps"] == "company or business"
    assert types["Wall Street"] == "analyst or expert"


def test_a_judge_and_a_prosecutor_sit_where_their_court_is(types_of):
    types = types_of("Lithuania jails Belarusian soldier\n\n"
                     "A Vilnius court on Friday found a Belarusian soldier guilty of looting and gave him nine years. "
                     "Belarus condemned the trial; Belarusian officials said Belarus would not recognise it, and "
                     "Belarusian state media called it a show.\n\n"
                     '"The defendant is guilty," judge Rasa Kaliene said.\n\n'
                     "But prosecutor Tomas Varnas said the sentence was too mild.\n")
    assert types["Rasa Kaliene"] == "Lithuanian government or official"
    assert types["Tomas Varnas"] == "Lithuanian government or official"


def test_a_dateline_seats_the_court_of_a_trial(types_of):
    types = types_of("VILNIUS, Lithuania (AP) — A Belarusian soldier was jailed for nine years on Friday. Belarus "
                     "condemned the trial; Belarusian officials said Belarus would not recognise it.\n\n"
                     "Judge Rasa Kaliene said the evidence was clear.\n")
    assert types["Rasa Kaliene"] == "Lithuanian government or official"


def test_bar_associations_and_civil_liberties_groups_are_legal_and_rights_groups(types_of):
    types = types_of("Thefts rose by a third in Belarus last year, according to the country's bar association.\n\n"
                     "Olga Dranko of the Minsk Centre for Civil Liberties said that the courts were overloaded.\n")
    assert [kind for name, kind in types.items() if "bar association" in name] == ["human-rights or legal-aid group"]
    assert types["Olga Dranko"] == "human-rights or legal-aid group"


def test_a_capital_the_tagger_takes_for_a_person_is_its_government(types_of):
    types = types_of("A Vilnius court on Friday found a Belarusian soldier guilty. Belarus condemned the trial, and Minsk "
                     "said Belarus would not recognise it.\n")
    assert types.get("Minsk") == "Belarusian government or official"


@pytest.mark.parametrize("clause", ["served as a driver for Governor Ann Kroll",
                                    "served in a ceremonial guard for President Ann Kroll"])
def test_a_role_a_person_once_held_for_another_types_them_not(types_of, clause):
    types = types_of("Harlan, a Korea veteran, was buried at the national cemetery in 2003. At the time he was serving "
                     "a life sentence for killing an elderly couple in Dover, Del.\n\n"
                     "Carl T. Boone, the couple's son, asked Congress to remove the remains.\n\n"
                     '"We want him gone," Boone said.\n\n'
                     f"Boone, who once {clause}, said he could not believe it.\n")
    assert types["Carl T. Boone"] == "private person"


def test_a_web_outlet_s_one_word_name_that_relays_words_is_an_outlet(types_of):
    types = types_of("Storms flooded Harwick, Tenn., overnight.\n\n"
                     "“We pulled four people from their cars,” Harwick Fire Captain Lee Ortega said, according to "
                     "RioPulse.\n\n"
                     "Mayor Ann DeWitt told RioPulse the city would help.\n")
    assert types["RioPulse"] == "media outlet"
    assert types["Ann DeWitt"] == "U.S. government or official"


def test_a_seat_of_government_names_its_country(types_of):
    types = types_of("Ministers met on Monday to discuss aid to Moldova.\n\n"
                     "Downing Street said the talks had been useful.\n\n"
                     "Sir Alan Pryce, an MP who sits in the House of Commons, said the aid was overdue.\n")
    assert types["Downing Street"] == "British government or official"
    assert types["Alan Pryce"] == "British government or official"


def test_an_incident_commander_and_firefighters_govern_and_medics_are_medical(types_of):
    types = types_of("A grass fire forced 900 people from Harwick, Tenn., on Sunday.\n\n"
                     '"The wind turned on us," Lou Brandt, the incident commander in charge of the crews, said in a '
                     "statement.\n\n"
                     "Firefighters said the blaze was half contained.\n\n"
                     "Officials and medics said four people were treated for smoke.\n")
    assert types["Lou Brandt"] == "U.S. government or official"
    assert types["firefighters"] == "U.S. government or official"
    assert types["medics"] == "hospital or medical"


@pytest.mark.parametrize("name, kind", [("the U.S. Census Bureau", "U.S. government or official"),
                                        ("the Australian Maritime Safety Authority", "Australian government or official"),
                                        ("the American Farm Bureau Federation", ""),
                                        ("the National Rifle Association", "")])
def test_a_state_body_a_country_opens_governs(name, kind):
    assert classify(name, is_person=False) == kind


@pytest.mark.parametrize("text, countries", [("north west of Toronto", ["Canadian"]), ("western Ukraine", ["Ukrainian"]),
                                             ("West Yorkshire police", []), ("Western European diplomats",
                                                                             ["Western", "Western"]),
                                             ("the West warned", ["Western"])])
def test_west_names_the_bloc_only_when_no_compass_point(text, countries):
    from analysis.source_types import country_mentions
    assert [country for _, country in country_mentions(text)] == countries


@pytest.mark.parametrize("body, country", [("KYIV (Reuters) — A judge said ...", "Ukrainian"),
                                           ("MOSCOW, Aug 3 (Reuters) - A judge said ...", "Russian"),
                                           ("A Vilnius court on Friday ... Belarus said ...", "Lithuanian"),
                                           ("BREAKING - A judge said ...", "")])
def test_a_court_s_seat_from_its_place_or_the_dateline(body, country):
    from analysis.source_types import court_seat
    assert court_seat(body) == country


@pytest.mark.parametrize("role, kind", [("plant manager", "company or business"),
                                        ("chief supply chain officer", "company or business"),
                                        ("coroner", "U.S. government or official"),
                                        ("state medical examiner", "U.S. government or official"),
                                        ("state trooper", "U.S. government or official"),
                                        ("Gov.", "U.S. government or official")])
def test_company_officers_and_local_officials_complete_their_families(role, kind):
    assert classify(role, is_person=True, setting="U.S.") == kind


def test_a_private_armys_fighter_speaks_for_himself_and_its_commander_for_the_army(sourcing_of):
    result = sourcing_of("Fighters speak\n\n\u201cWe were sent to die,\u201d said Viktor Orlov, a convicted murderer "
                         "and Wagner mercenary.\n\n\u201cNobody asked us,\u201d a Wagner fighter told reporters.\n\n"
                         "\u201cThe recruiters lied,\u201d said Ivan Lenz, a Wagner commander.\n")
    assert source_types(result) == {"Viktor Orlov": "private person", "Wagner fighter": "anonymous person",
                                    "Ivan Lenz": "private military company"}


def test_a_countrys_head_of_state_is_its_government():
    assert classify("the Lenzian head of state", is_person=True) == "government or official (country unknown)"
    assert classify("the French head of state", is_person=True) == "French government or official"


def test_a_lawyer_for_a_person_is_a_private_person_and_a_rights_groups_lawyer_stays_the_groups(sourcing_of):
    types = source_types(sourcing_of(
        "Tomas Brell, a grain trader, was jailed for six years on Thursday by a court in Harwick.\n\n"
        '"My client did nothing wrong," said Nina Koss, an attorney who represents Tomas Brell.\n\n'
        "Pavel Aron, Brell's lawyer, said they would appeal.\n\n"
        "Olek Dunn, a defence attorney, said the sentence was too harsh.\n\n"
        "Lawyers defending him said the evidence was weak.\n\n"
        "Vera Lind, a lawyer with the Harwick Legal Aid Society, said such trials were unfair.\n\n"
        "Ivo Sand, a human rights lawyer, said the case was political."))
    assert types["Nina Koss"] == "private person"  # was a legal-aid group's
    assert types["Pavel Aron"] == "private person"
    assert types["Olek Dunn"] == "private person"
    assert types["lawyers"] == "anonymous person"  # "Lawyers defending him": unnamed
    assert types["Vera Lind"] == "human-rights or legal-aid group"  # a legal-aid group's lawyer
    assert types["Ivo Sand"] == "human-rights or legal-aid group"


def test_one_relative_of_a_named_person_is_an_identifiable_private_person(sourcing_of):
    result = sourcing_of(
        "Karin Orlova drowned at Lake Tarnsk in 2021 when no lifeguard was on duty.\n\n"
        "Last spring, Orlova's mother said the town had never paid for a second guard.\n\n"
        "Relatives said they would sue.")
    rows = result.sources.set_index("source")
    assert rows.loc["orlova's mother", "source_type"] == "private person"  # was an anonymous person
    assert not rows.loc["orlova's mother", "anonymous"]
    assert rows.loc["relatives", "anonymous"]  # relatives in the plural stay unnamed


def test_a_member_of_a_persons_circle_holds_no_role_of_that_person(sourcing_of):
    types = source_types(sourcing_of(
        "Boris Talkin, a member of Ivan Dolan's inner circle, said on Monday that the colonies would be emptied by "
        "May. Dolan is Lenzia's president.\n\n"
        '"Sign today and you fly out tomorrow," Talkin told the inmates.'))
    assert types["Boris Talkin"] == "private person"  # was Lenzian government, Dolan's role


def test_a_domestic_office_takes_the_country_the_headline_names_when_none_dominates_the_body(sourcing_of):
    types = source_types(sourcing_of(
        "Moldovan minister visits flooded villages\n\n"
        "Rain from Romania and Ukraine swelled the river last week, Moldovan media reported.\n\n"
        "The prosecutor's office said it had opened an inquiry into the owner of the dam."))
    assert types["prosecutor's office"] == "Moldovan government or official"  # was of no known country


def test_an_unnamed_office_is_typed_by_the_of_phrase_after_its_name(sourcing_of):
    types = source_types(sourcing_of(
        "Bridges closed in Almaty region\n\n"
        " date 2023-04-02 ALMATY. LENZINFORM The number of bridges closed by floods across Kazakhstan\u2019s Almaty "
        "region has risen to nine, including two rail bridges, the press office of the district administration "
        "announced on Sunday.\n\n"
        "\u00abTwo more bridges were closed overnight. Nine are shut,\u00bb the press office stated, Lenzinform reports."))
    assert types["press office"] == "Kazakh government or official"  # was other


def test_a_company_named_as_a_speaker_and_its_officers_speak_for_it(sourcing_of):
    types = source_types(sourcing_of(
        "Guards fire on villagers at a copper mine\n\n"
        "The dam is run by two foreign firms: Tarnvale Lingshi and a local builder.\n\n"
        '"We reject these claims," Tarnvale Lingshi said in a statement.\n\n'
        "The fence will stay, a press officer from Lenz Orvik Copper told reporters.\n\n"
        '"We will pay for the treatment of the wounded," Wu Lintao said on Tuesday. Wu said his company had hired '
        "two doctors.\n\n"
        "Amnesty's Carla Venn said the guards had fired first."))
    assert types["Tarnvale Lingshi"] == "company or business"  # listed as one of the companies; was a person
    assert types["Wu Lintao"] == "company or business"  # speaks of his company; was a private person
    assert types["press officer from Lenz Orvik Copper"] == "company or business"  # was an anonymous person
    assert types["Carla Venn"] == "human-rights or legal-aid group"  # the group's possessive


def test_an_unnamed_officer_or_official_speaks_for_the_state(sourcing_of):
    types = source_types(sourcing_of(
        "Pardons for the wounded\n\n"
        "Russia has opened a new bridge over the Volga, Russian state media said. At the ceremony in a Russian "
        "town, an official read out a message from Moscow.\n\n"
        '"The bridge will carry 40,000 cars a day," the official told the crowd.\n\n'
        "A Moldovan reserve officer said the bridge could carry tanks too."))
    assert types["official"] == "Russian government or official"  # was an anonymous person
    assert types["Moldovan reserve officer"] == "Moldovan government or official"  # was an anonymous person


def test_an_unnamed_official_of_a_party_or_a_union_speaks_for_no_state(sourcing_of):
    types = source_types(sourcing_of(
        "Strike goes on\n\n"
        "Teachers in Kenya went on strike on Monday, Kenyan media said. The Kenyan government said talks would resume."
        "\n\nAn official with the teachers' union said the strike would go on.\n\n"
        "A party official said the opposition backed the teachers.\n\n"
        "A senior official said the talks had failed."))
    assert types["official with the teachers' union"] == "anonymous person"
    assert types["party official"] == "anonymous person"
    assert types["senior official"] == "Kenyan government or official"  # a bare official: the state's


def test_a_country_name_written_as_a_common_noun_names_no_country(sourcing_of):
    types = source_types(sourcing_of(
        "Protest over coal mine\n\n"
        "Critics said the farmers of Tarnpur were treated like guinea pigs in a trial of the new pesticide.\n\n"
        "The committee said it would go on with the protest."))
    assert types["committee"] != "Guinean government or official"  # 'guinea pigs' names no Guinea


def test_a_businessman_on_trial_speaks_for_himself(sourcing_of):
    types = source_types(sourcing_of(
        "Two businessmen sentenced\n\n"
        "Karl Ostby, a property developer, pleaded guilty on Friday to tax fraud.\n\n"
        "Ostby said he would repay the money.\n\n"
        "Mira Dunne, a tycoon who owns Dunne Holdings, said the verdict was fair."))
    assert types["Karl Ostby"] == "private person"  # a defendant; was a company
    assert types["Mira Dunne"] == "company or business"  # not on trial: her business


def test_a_country_in_a_based_compound_is_where_an_organisation_sits_not_the_story(sourcing_of):
    types = source_types(sourcing_of(
        "Evictions near a gold mine\n\n"
        "Fijian police cleared a squatter camp beside a nickel mine, the Paris-based watchdog Terra Juris said.\n\n"
        "The Toronto-based operator Orvik Nickel said it had not been told. The government said it would investigate."))
    assert types["government"] == "Fijian government or official"  # was of no known country


def test_a_first_name_written_in_capitals_is_a_person_not_an_acronym(sourcing_of):
    types = source_types(sourcing_of(
        "The prisoner who went to war\n\n"
        "OLEG HAD served four years of a sentence for theft, and the recruiters offered him a contract.\n\n"
        "He said they promised a pardon.\n"))
    assert types["OLEG"] == "private person"  # was other, an organisation's acronym


def test_a_person_named_with_others_of_a_kind_is_one_of_them():
    from analysis import source_typing
    # "On a clip shown on Dolan's Vesti Lenz channel, Orlov and two other former inmates were given medals": the parse
    # joins the phrase before the name to it; the kind after 'other' is Orlov's
    described = source_typing._role_descriptions(["Dolan's Vesti Lenz channel, and two other former inmates"])
    assert described == ["former inmates"]
    assert classify(" ".join(described), is_person=True) == ""  # was a media outlet; a convict speaks for himself


def test_the_rank_and_file_in_the_plural_speak_for_themselves(sourcing_of):
    types = source_types(sourcing_of(
        "Captured fighters speak\n\n"
        "Two captured Granit Group mercenaries said on video that their pay had stopped in March. The Granit Group "
        "is a private military company.\n\n"
        "The Granit Group said the men were deserters."))
    assert types["two captured Granit Group mercenaries"] == "anonymous person"  # was the company's voice


def test_a_lawyer_of_an_organisation_the_text_names_is_not_a_persons(sourcing_of):
    types = source_types(sourcing_of(
        "Mine fined\n\n"
        "Orvane, the mining company, was fined on Monday. Orvane said it would appeal.\n\n"
        "Orvane's lawyer, Pia Lund, said the fine was unlawful."))
    assert types["Pia Lund"] != "private person"  # the company's lawyer, no private person's


@pytest.mark.parametrize("text_in, expected", [
    # a parliament's short name and its sessions name their country, written with their capital
    ("The minister spoke during PMQs. She was asked about it at the despatch box and during PMQs on Friday.",
     "British"),
    ("The Sejm voted on Friday to delay the bill.", "Polish"),
    ("Farmers grazed their sheep on the commons. They sold a turkey.", ""),  # common nouns, no country
])
def test_a_parliaments_short_name_names_its_country(text_in, expected):
    assert article_country(text_in)[0] == expected
