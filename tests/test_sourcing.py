"""Sourcing: speakers of quotations, paraphrase attribution, names, types, anonymity, citations.

Invented articles exercise one attribution pattern each and assert the speaker, so they fail when attribution
is wrong; the seed checks were verified by reading the seed texts."""

from __future__ import annotations

import pytest

from analysis.corpus import load_corpus
from analysis.source_types import UNKNOWN_GOVERNMENT, article_country, classify, guess_gender, translit_key
from analysis.sourcing import ATTRIBUTION_COLUMNS, QUOTE_COLUMNS, SOURCE_COLUMNS, CITATION_COLUMNS, analyse, attributions

from conftest import source_types

INTRO = "Prison recruitment continued across Russia this summer, according to rights groups.\n\n"


@pytest.fixture
def run(write_corpus):
    def go(*bodies: str):
        files = {f"{i:03d}_article.txt": INTRO + body for i, body in enumerate(bodies)}
        return analyse(load_corpus(write_corpus(files)))
    return go


def speakers(result, fragment: str) -> list[str]:
    """Speakers of the quotation segments containing `fragment`."""
    rows = result.quotes[result.quotes.quote.str.contains(fragment, regex=False)]
    assert len(rows), f"no quotation containing {fragment!r}; quotes: {list(result.quotes.quote)}"
    return list(rows.speaker)


@pytest.mark.parametrize("text_in, fragment, expected", [
    # speaker after the quotation, inverted
    ('"We will not stop until the men come home," said Ivan Petrov, a lawyer with a legal aid group.',
     "We will not stop", "Ivan Petrov"),
    # speaker after the quotation, subject first
    ('"The numbers keep rising every week," Ivan Petrov said on Monday.', "numbers keep rising", "Ivan Petrov"),
    # speaker before the quotation with a colon
    ('Maria Sokolova, a researcher at a university in Berlin, said: "The numbers are rising fast."',
     "numbers are rising fast", "Maria Sokolova"),
    # speaker before, "told" with an outlet
    ('Maria Sokolova told the BBC that "nobody was allowed to leave the camp at night."',
     "nobody was allowed", "Maria Sokolova"),
    # pronoun cue resolved to the person named before
    ('Ivan Petrov runs a legal aid group in Kazan. "We get calls from families every day," he said.',
     "We get calls", "Ivan Petrov"),
    # pronoun with gender: she -> the woman, not the man mentioned after her
    ('Anna Volkova met the lawyer Ivan Petrov in May. "It was a shock for all of us," she said.',
     "It was a shock", "Anna Volkova"),
    # description cue resolved to the person introduced with it
    ('Ivan Petrov, a lawyer who represents inmates, spoke to reporters on Monday. '
     '"Nothing about this is legal at all," the lawyer said.', "Nothing about this", "Ivan Petrov"),
    # surname alone after a full name
    ('Ivan Petrov heads a legal aid group. "We file complaints every single day," Petrov said.',
     "We file complaints", "Ivan Petrov"),
    # a courtesy title without a full stop (British style)
    ('Ivan Petrov heads a legal aid group. "We file complaints every single day," Mr Petrov said.',
     "We file complaints", "Ivan Petrov"),
    # a closing mark with no opening one (machine translation): quotation from the sentence start
    ('Ivan Petrov described the camp. There was no food and no water for days," he said.',
     "There was no food", "Ivan Petrov"),
    # a question cued by "asked"
    ('Anna Volkova waited outside the colony for hours. "Where is my son now?" she asked.',
     "Where is my son", "Anna Volkova"),
    # no speech verb: the person who is the subject before the colon
    ('Ivan Petrov was blunt about it: "This is slavery, nothing else."', "This is slavery", "Ivan Petrov"),
    # a misparsed proper name taken for a place, introduced by "whose"
    ('Kateryna, whose brother is held in a Russian prison, asked that her surname not be published. '
     '"He wrote to me that they came twice," she said.', "He wrote to me", "Kateryna"),
    # a surname alone, the full name written where the parser missed it
    ('Natalia Ivanova last heard from her son in March. "They told him he would be a hero," Ivanova said.',
     "would be a hero", "Natalia Ivanova"),
    # a short whole sentence closing a split quotation is speech, not a scare quote
    ('"He said they were leaving for the front the next morning," Ivan Petrov said. "After that, silence."',
     "After that, silence", "Ivan Petrov"),
    # "they" -> the group named just before
    ('Human rights activists met the families in Perm. "Nobody has been paid for months," they said.',
     "Nobody has been paid", "human rights activists"),
    # a cue of another clause after the quotation does not take it
    ('Anna Volkova said the recruits "were never paid for their months at the front," and the Defense Ministry '
     "denied it.", "never paid", "Anna Volkova"),
    # a cue after a short trailing phrase still takes it
    ('But when it is complete, "then they will be able to start pulling prisoners indiscriminately" for military '
     "service, Ivan Petrov said.", "start pulling prisoners", "Ivan Petrov"),
    # a two-word answer cued right after it is speech, not a scare quote
    ('Sergei Orlov, a lawyer, said the contracts were never shown to relatives. "Not once," Orlov said.',
     "Not once", "Sergei Orlov"),
    # a second person takes over within the paragraph without a speech verb
    ('"They just disappear," Pavel Chikov said. Marina Litvinova, a lawyer in Perm, disagreed: "Most of them '
     'know exactly what they sign."', "Most of them know", "Marina Litvinova"),
    # a one-word Title Case answer that opens its sentence is speech, not a quoted name; 'scoffed' cues it
    ('Anna Volkova lost her son in May. "Heroes," scoffed Volkova. "They are dead."', "Heroes", "Anna Volkova"),
    # a person noun outside the old role list ('recruiter') is a source
    ('Ivan Petrov runs a legal aid group.\n\nOne recruiter, who spoke on condition of anonymity, said: "We take '
     'anyone who can walk."', "We take anyone", "one recruiter"),
    # the quotation is deep inside a clause: the sentence's own source, not a nested one
    ("The report states that letters from inmates show the despair of men caught in a system where "
     '"almost every trial ends in a conviction and nobody is ever acquitted."', "almost every trial",
     "report"),
])
def test_direct_quote_speaker(run, text_in, fragment, expected):
    assert speakers(run(text_in), fragment) == [expected]


@pytest.mark.parametrize("text_in, expected_source", [
    ("The BBC's Russian service reported that 400 prisoners from one colony had been killed.", "BBC"),
    ("Documents seen by reporters show that 12,000 convicts were recruited in the autumn.", "Documents"),
    ("One former inmate, who gave only his first name, said he had been promised 200,000 roubles.",
     "one former inmate"),
    # speech an outlet's tag reports after it: the speaker is the judge, the outlet only cites her
    ("Judge Helen Berrigan told the court that the sentence was already below the minimum, the Wall Street "
     "Journal reported.", "Helen Berrigan"),
    # an estimate: "put the toll at"
    ("The head of the civil protection agency, Luis Puente, put the toll at 217 on Wednesday.", "Luis Puente"),
])
def test_paraphrase_sources(run, text_in, expected_source):
    table = run(text_in).attributions
    assert expected_source.lower() in [s.lower() for s in table[table.kind == "paraphrase"].source]


def test_negated_and_nested_speech_is_not_a_paraphrase(run):
    text = ("Ivan Petrov did not say how many men had left.\n\n"
            "Anna Volkova said her son told her that eight of the eleven volunteers had died.")
    table = run(text).attributions
    assert list(table[table.kind == "paraphrase"].source) == ["rights groups", "Anna Volkova"]


def test_split_quote_both_segments(run):
    text = ('Ivan Petrov is a lawyer in Kazan.\n\n"The men were taken away at night," Petrov said. '
            '"Nobody told the families where they went."')
    result = run(text)
    assert speakers(result, "taken away at night") == ["Ivan Petrov"]
    assert speakers(result, "Nobody told the families") == ["Ivan Petrov"]


def test_quote_left_open_mid_paragraph_runs_on_when_the_next_paragraph_reopens(run):
    result = run('Irina Volkova said the court was unfair. "They took my brother away. Nobody told us anything.\n\n'
                 '"We only learned it from the news," she told reporters.')
    quoted = " ".join(result.quotes.quote)
    assert "Nobody told us anything." in quoted
    assert speakers(result, "Nobody told us") == ["Irina Volkova"]


@pytest.mark.parametrize("text_in, fragment, expected", [
    ("— Nobody told us the truth, — one of the prisoners told the judge by video link.",
     "Nobody told us the truth", "prisoners"),  # 'one of the prisoners' is the group, as everywhere
    ("– We were promised a pardon, – Ivan Petrov said after the hearing.", "We were promised a pardon",
     "Ivan Petrov"),
])
def test_dash_introduced_quotes(run, text_in, fragment, expected):
    result = run(text_in)
    assert speakers(result, fragment) == [expected]
    assert not result.quotes.quote.str.contains("told the judge|said after", regex=True).any()


@pytest.mark.parametrize("text_in", [
    "— Ivan Petrov, a lawyer, said the files were lost.",  # a dash that opens a list item, no second dash
    "- The men - most of them convicts - were sent to the front, officials said.",  # an aside between dashes
])
def test_dashes_without_a_dialogue_are_no_quotes(run, text_in):
    assert run(text_in).quotes.empty


def test_quote_running_over_paragraphs(run):
    text = ('Anna Volkova, the mother of one recruit, said the men were scared.\n\n'
            '"The first group left in July and nobody came back.\n\n'
            '"Then the second group left in August," said Ivan Petrov, a lawyer for the families.')
    result = run(text)
    assert speakers(result, "first group left") == ["Ivan Petrov"]
    assert speakers(result, "second group left") == ["Ivan Petrov"]


@pytest.mark.parametrize("text_in, pseudonym, full_name", [
    # a first name given as a pseudonym is not the official with that first name named later
    ('One of them, Dmitry (not his real name), a 43-year-old from the Perm region who had been serving a sentence '
     'for theft, said he signed up in May.\n\n"They promised us money and a pardon," he said.\n\n'
     '"We were not soldiers," said Dmitry, "we were targets."\n\n'
     'Kremlin spokesman Dmitry Orlov said last week that the pardons were lawful.', "Dmitry", "Dmitry Orlov"),
    ('Marina, who asked to be identified only by her first name, said her son left in June.\n\n'
     '"They promised us money and a pardon," she said.\n\n"We were not soldiers," said Marina, "we were targets."'
     '\n\nMarina Zakharova, a ministry spokeswoman, said the pardons were lawful.', "Marina", "Marina Zakharova"),
    # no pseudonym frame, but a description of its own and the full name only later
    ('Sergei, a 40-year-old driver from Perm, said he signed up in May.\n\n'
     '"They promised us money and a pardon," he said.\n\n"We were not soldiers," said Sergei, "we were targets."'
     '\n\nDefence Minister Sergei Shoigu said the pardons were lawful.', "Sergei", "Sergei Shoigu"),
])
def test_lone_first_name_is_not_a_later_full_name(run, text_in, pseudonym, full_name):
    result = run(text_in)
    for fragment in ("promised us money", "not soldiers", "we were targets"):
        assert speakers(result, fragment) == [pseudonym]
    paraphrases = result.attributions[result.attributions.kind == "paraphrase"]
    assert full_name in set(paraphrases.source)


@pytest.mark.parametrize("frame", ["(not his real name)", "(name changed)", ", whose name we have changed,",
                                   ", 43, whose name has been changed,",
                                   ", who asked to be identified by his first name only,", ", a pseudonym,"])
def test_pseudonym_is_anonymous(run, frame):
    result = run(f'One of them, Dmitry {frame}{"," if frame.startswith("(") else ""} said he signed up in May. "They promised us money," he '
                 'said.\n\nKremlin spokesman Dmitry Peskov said the pardons were lawful.')
    assert speakers(result, "promised us money") == ["Dmitry"]
    assert result.quotes.iloc[0].anonymous


def test_full_name_the_parser_missed_is_still_a_mention(run):
    # the full name written unrecognised before its surname-only mention still counts as written before it
    result = run('Ivan (not his real name), 38, was serving a sentence near Perm.\n\n'
                 'Natalia Ivanova last heard from her son in August. "He sounded scared," she said.\n\n'
                 'Ms Ivanova added that she had written to the prosecutor.')
    assert speakers(result, "He sounded scared") == ["Natalia Ivanova"]


def test_lone_first_name_after_full_name_still_links(run):
    result = run('Ivan Petrov, a lawyer in Kazan, said the men were never paid. "They promised us money and a pardon," '
                 'said Ivan.')
    assert speakers(result, "promised us money") == ["Ivan Petrov"]


@pytest.mark.parametrize("text_in, scare", [
    ('Billboards in several cities proclaim "Serve your country," urging men to sign up.', "Serve your country"),
    ('The regional units are known as "storm battalions" and recruit in prisons.', "storm battalions"),
    ('The Defense Ministry said it offered "huge cash bonuses" to volunteers.', "huge cash bonuses"),
    ('Ivan Petrov said the guards called the men "refuseniks" and beat them.', "refuseniks"),
    ('Ivan Petrov, a lawyer, said the men were sent to so-called "storm units" near Bakhmut.', "storm units"),
    ('Ivan Petrov, a lawyer, said the guards used the term "refusenik" for them.', "refusenik"),
    ('Anna Volkova said the men were sent to "assault" units near Avdiivka.', "assault"),
    ('According to Ivan Petrov, a lawyer, the units are known as "storm battalions" in the army.',
     "storm battalions"),
])
def test_scare_quotes_are_not_sources(run, text_in, scare):
    result = run(text_in)
    assert scare in " ".join(result.scare_quotes.quote)
    assert not result.quotes.quote.str.contains(scare, regex=False).any()


@pytest.mark.parametrize("text_in, fragment, expected", [
    # a phrase inside the clause a person's speech verb governs is that person's partial quotation
    ("A senior official in the Justice Ministry, speaking on condition of anonymity, said the policy of freeing "
     'violent convicts was "a disaster" for the country.', "a disaster", "senior official in the Justice Ministry"),
    ('Anna Volkova runs a legal aid group. "It is one in four of all men," she said, adding that the ministry had '
     'been recruiting "much more quietly" than before.', "much more quietly", "Anna Volkova"),
    # the speech verb governs the clause: the quotation is the speaker's, not the subject of that clause
    ('Irina Volkova lives in Tula. She said the local prosecutor "just shrugged" when she asked about her son.',
     "just shrugged", "Irina Volkova"),
    ('Anna Volkova said she had not heard from her son. She described the conditions as "hell".', "hell",
     "Anna Volkova"),
    ('Ivan Petrov, a lawyer in Kazan, called the scheme "legalised slavery".', "legalised slavery", "Ivan Petrov"),
    ('Kremlin spokesman Dmitry Peskov dismissed what he called "unfounded speculation" about the losses.',
     "unfounded speculation", "Dmitry Peskov"),
    ('According to Ivan Petrov, a lawyer, the recruits were promised "huge bonuses" and a pardon.', "huge bonuses",
     "Ivan Petrov"),
])
def test_partial_quotes_of_a_speaker(run, text_in, fragment, expected):
    result = run(text_in)
    assert fragment not in " ".join(result.scare_quotes.quote)
    assert speakers(result, fragment) == [expected]


@pytest.mark.parametrize("text_in, name", [
    ('Olga Romanova, the head of "Russia Behind Bars", told Reuters that the number of inmates fell.',
     "Russia Behind Bars"),
    ('Ivan Petrov, a lawyer with the group "Legal Shield," said the men were never paid.', "Legal Shield"),
    ('Ivan Petrov said the law "On Mobilisation" allows the army to call up convicts.', "On Mobilisation"),
    ('The programme "Come Back Home to Your Family and Friends," run by the army, received 900 applications.',
     "Come Back Home to Your Family and Friends"),
    ('The decree "On Additional Measures to Reward Volunteers," signed in May, pays bonuses to convicts.',
     "On Additional Measures to Reward Volunteers"),
])
def test_quoted_organisation_name_is_no_quotation(run, text_in, name):
    result = run(text_in)
    assert not result.quotes.quote.str.contains(name, regex=False).any()
    assert name in " ".join(result.scare_quotes.quote)


def test_patronymic_names_are_persons_whatever_the_tagger_says(run):
    result = run('Lawyer Alexei Nikolayevich Tarasov, who represents two families, said the files were never read. '
                 '"They took everyone," Tarasov said.\n\n'
                 "The victim's niece, Yevgenia Vladimirovna Kalinina, told the newspaper: \"Nobody listened to us.\" "
                 'She said the local police officer "only laughed" when she reported the threats.')
    assert speakers(result, "They took everyone") == ["Alexei Nikolayevich Tarasov"]
    assert speakers(result, "Nobody listened") == ["Yevgenia Vladimirovna Kalinina"]
    assert speakers(result, "only laughed") == ["Yevgenia Vladimirovna Kalinina"]
    names = set(result.sources.source)
    assert {"Alexei Nikolayevich Tarasov", "Yevgenia Vladimirovna Kalinina"} <= names
    assert not names & {"Nikolayevich Tarasov", "Lawyer Alexei Nikolayevich Tarasov", "Kalinina"}


def test_a_subject_inside_the_clause_of_a_speech_verb_is_not_the_speaker(run):
    result = run('She said the local police officer "only laughed" when she reported the threats.')
    assert "local police officer" not in set(result.quotes.speaker)


def test_an_organisation_described_as_ukraines_types_its_spokesperson_ukrainian(run):
    result = run("Ukraine's Coordination Headquarters for the Treatment of Prisoners of War said on Monday that it "
                 'holds 300 former convicts.\n\n"None of them expected to end up here," said Petro Yatsenko, '
                 "a spokesperson for the headquarters.")
    types = source_types(result)
    assert types["Petro Yatsenko"] == "Ukrainian government"


@pytest.mark.parametrize("text_in, fragment, expected", [
    # the article says who wrote the letter: the writer speaks through it
    ('Her son, Pavel Orlov, wrote to his mother in a letter last month. "The food is rotten," the letter said.',
     "The food is rotten", "Pavel Orlov"),
    ('Anna Volkova received a letter from Pavel Orlov in May. "We sleep in the mud," the letter says.',
     "We sleep in the mud", "Pavel Orlov"),
    # a company's statement speaks for the company that issued it
    ('Verdana Nutrition Inc said in a statement that it was not aware of any investigation. "We are cooperating '
     'fully with the authorities," the statement said.', "We are cooperating fully", "Verdana Nutrition Inc"),
    # nobody named as its author: the document stays the source
    ('The court ruled on Monday. "The defendant admitted his guilt," the statement said.',
     "The defendant admitted", "statement"),
])
def test_a_document_speaks_for_its_named_writer(run, text_in, fragment, expected):
    assert speakers(run(text_in), fragment) == [expected]


def test_an_organisation_named_after_a_person_is_no_person(run):
    result = run("The Boris Nemtsov Foundation said on Monday that 300 convicts had been recruited.")
    kinds = source_types(result)
    assert "Boris Nemtsov" not in kinds
    assert kinds.get("Boris Nemtsov Foundation") not in ("private person", "anonymous person")


def test_quote_inside_a_paragraph_takes_no_speaker_from_the_paragraph_before(run):
    result = run('"We do not comment on that," Kremlin spokesman Dmitry Peskov said.\n\n'
                 'The message on the posters was clear: "Join us or rot here."')
    assert "Join us or rot here." in " ".join(result.scare_quotes.quote)
    assert not result.quotes.quote.str.contains("Join us", regex=False).any()


def test_a_letter_that_reads_speaks(run):
    result = run('Billboards read "Join the orchestra" in several cities.\n\n'
                 'A letter from the colony administration reads: "Your son has left for the special operation."')
    assert "Join the orchestra" in " ".join(result.scare_quotes.quote)
    assert speakers(result, "Your son has left") == ["letter from the colony administration"]


@pytest.mark.parametrize("text_in, expected_source, expected_type", [
    ("According to Memorial, about 300 men were recruited in July.", "Memorial", "human-rights or legal-aid group"),
    # the text names Russia once and no country for the ministry: no default nationality
    ("The Ministry of Defense denies that any mobilization is under way.", "Defense Ministry", UNKNOWN_GOVERNMENT),
    ("The British Ministry of Defence said on Friday that the units had suffered heavy losses.",
     "British Defense Ministry", "Western government or intelligence"),
    ("Ukrainian officials estimated that 20,000 convicts had been killed.", "Ukrainian officials",
     "Ukrainian government"),
    ("Military analyst Oleg Ivanov said the army lacks trained men.", "Oleg Ivanov", "analyst or expert"),
    ("Deputy Justice Minister Pavel Orlov said on Tuesday that 250,000 people are in prison.", "Pavel Orlov",
     UNKNOWN_GOVERNMENT),
    ("The Wagner Group says the fighters were pardoned.", "Wagner Group", "private military company"),
    ("Kommersant reported that 40 battalions had been formed.", "Kommersant", "media outlet"),
])
def test_paraphrase_source_and_type(run, text_in, expected_source, expected_type):
    table = run(text_in).attributions
    rows = table[(table.kind == "paraphrase") & (table.source == expected_source)]
    assert len(rows) == 1, table[["source", "source_type"]].to_dict("records")
    assert rows.iloc[0].source_type == expected_type


@pytest.mark.parametrize("text_in, expected_source, expected_type", [
    # "its founder": the organisation that is the clause's subject, not the country named after it
    ("The mercenary group Wagner has stopped sending convicts to fight in Ukraine, its founder Yevgeny Prigozhin "
     "said on Monday.", "Yevgeny Prigozhin", "private military company"),
    ("The rights group Memorial has stopped its work in Ukraine, its head Anna Volkova told reporters.",
     "Anna Volkova", "human-rights or legal-aid group"),
])
def test_its_leader_takes_the_subject_organisation(run, text_in, expected_source, expected_type):
    table = run(text_in).attributions
    rows = table[(table.kind == "paraphrase") & (table.source == expected_source)]
    assert list(rows.source_type) == [expected_type], table[["source", "source_type"]].to_dict("records")


@pytest.mark.parametrize("text_in, cue_fragment", [
    ("The founder of Wagner, Yevgeny Prigozhin, has said that convicts who survive are freed.", "has said"),
    ("Yevgeny Prigozhin, the head of the Wagner group, visited a prison. Wagner's founder said on Tuesday that the "
     "recruitment had ended.",
     "on Tuesday"),
    ("The mercenary group Wagner has stopped recruiting in prisons, its founder Yevgeny Prigozhin said.\n\n"
     "His feud with the ministry has grown, with the mercenary chief publicly accusing the army of stealing credit.",
     "stealing credit"),
])
def test_leader_description_is_the_named_leader(run, text_in, cue_fragment):
    table = run(text_in).attributions
    rows = table[(table.kind == "paraphrase") & table.sentence.str.contains(cue_fragment, regex=False)]
    assert list(rows.source) == ["Yevgeny Prigozhin"], table[["source", "sentence"]].to_dict("records")


def test_leader_of_another_organisation_is_not_the_named_leader(run):
    table = run("Olga Romanova, the head of Russia Behind Bars, said 100,000 men had gone.\n\n"
                "The head of the colony said that nobody was forced to sign.").attributions
    rows = table[table.sentence.str.contains("nobody was forced", regex=False)]
    assert list(rows.source) == ["head of the colony"] and rows.anonymous.all()


def test_leader_description_without_a_name_stays_a_description(run):
    table = run("Wagner's founder said on Tuesday that the recruitment had ended.").attributions
    rows = table[table.sentence.str.contains("on Tuesday", regex=False)]
    assert [s.lower() for s in rows.source] == ["wagner's founder"] and rows.anonymous.all()


def test_ministry_variants_are_one_source(run):
    text = ("The Defense Ministry said the recruits were volunteers.\n\n"
            "The Ministry of Defense denied that prisoners were sent to the front.\n\n"
            "A spokesman for the Department of Defense declined to comment, and the Defence Ministry said nothing.")
    sources = run(text).sources
    assert list(sources[sources.source.str.contains("Defense")].source.unique()) == ["Defense Ministry"]


def test_transliteration_variants_across_articles(run):
    result = run('"We need more men," Dmitry Sokolov said in Moscow.',
                 '"The war will go on," Dmitriy Sokolov told reporters.')
    assert set(result.quotes.speaker) == {"Dmitry Sokolov"} or set(result.quotes.speaker) == {"Dmitriy Sokolov"}


@pytest.mark.parametrize("text_in, who, reason_fragment", [
    ('A guard, who spoke on condition of anonymity, said: "The men left at night in two buses."', "guard",
     "condition of anonymity"),
    ('"I am afraid for him every day," said Marina, whose name has been changed for her safety.', "Marina",
     "name has been changed"),
    ('The mother of one inmate told the BBC that "he never called again." She asked not to be identified.',
     "mother of one inmate", "asked not to be identified"),
    ('Andrei, a convict who spoke on condition that only his first name be used, said: "You go forward or they '
     'shoot you."', "Andrei", "only his first name"),
    ('A guard, who requested anonymity because he feared losing his job, said: "The men left at night."', "guard",
     "requested anonymity"),
    ('"They took everyone who could walk," said a nurse at the hospital who wished to remain anonymous.',
     "nurse at the hospital",
     "wished to remain anonymous"),
])
def test_anonymity_applies_to_the_speaker(run, text_in, who, reason_fragment):
    result = run(text_in)
    quote = result.quotes.iloc[0]
    assert quote.speaker == who and bool(quote.anonymous)
    hedges = result.hedges[result.hedges.kind == "anonymity"]
    assert list(hedges.applies_to) == [who] and reason_fragment in hedges.iloc[0].evidence


def test_unverified_and_denial_hedges(run):
    text = ("Western intelligence agencies estimated that 20,000 convicts had died, a claim the Kremlin denies.\n\n"
            "Anna Volkova said her son was never paid. Her account could not be independently verified.")
    hedges = run(text).hedges
    denial = hedges[hedges.kind == "denial"].iloc[0]
    assert denial.by == "Kremlin" and denial.applies_to == "Western intelligence"
    assert list(hedges[hedges.kind == "unverified"].applies_to) == ["Anna Volkova"]


def test_a_positive_verification_is_no_hedge(run):
    hedges = run("Ivan Petrov said 300 men had died. Reuters could independently verify the figures.").hedges
    assert hedges[hedges.kind == "unverified"].empty


@pytest.mark.parametrize("text_in, via", [
    ('"We were lied to," Ivan Petrov told the BBC.', "BBC"),
    ('"We were lied to," Ivan Petrov said in an interview with The Associated Press.', "The Associated Press"),
    ('"We were lied to," Ivan Petrov told RFE/RL.', "RFE/RL"),
    ('Ivan Petrov told the Telegram channel Grey Zone: "We were lied to."', "Grey Zone"),
])
def test_via_names_the_outlet_spoken_to(run, text_in, via):
    quote = run(text_in).quotes.iloc[0]
    assert quote.speaker == "Ivan Petrov" and quote.via == via


def test_citation_chain(run):
    text = ("CNN writes that prisoners are being recruited across Russia.\n\n"
            '"Wagner is lowering its standards," the British Ministry of Defence said last week, The Guardian '
            "reported.")
    result = run(text)
    edges = set(zip(result.citations.citing, result.citations.cited))
    assert ("The Guardian", "British Defense Ministry") in edges
    assert speakers(result, "lowering its standards") == ["British Defense Ministry"]
    graph = result.citation_graph()
    assert graph.has_edge("The Guardian", "British Defense Ministry")


def test_citing_and_outlet_descriptions(run):
    text = ("The Russian authorities keep recruiting convicts, reports the independent outlet Meduza. According to "
            "the outlet, 20,000 prisoners were recruited.\n\n"
            "The Guardian, citing British intelligence, reported that most of them were killed within weeks.")
    result = run(text)
    edges = set(zip(result.citations.citing, result.citations.cited))
    assert ("The Guardian", "British intelligence") in edges
    paraphrases = result.attributions[result.attributions.kind == "paraphrase"]
    outlet_rows = paraphrases[paraphrases.sentence.str.startswith("According to the outlet")]
    assert list(outlet_rows.source) == ["Meduza"]


def test_columns_and_attributions_entry_point(write_corpus):
    corpus = load_corpus(write_corpus({"001_a.txt": INTRO + '"It is over," Ivan Petrov said.'}))
    result = analyse(corpus)
    assert list(result.quotes.columns[:len(QUOTE_COLUMNS)]) == QUOTE_COLUMNS
    assert list(result.sources.columns[:len(SOURCE_COLUMNS)]) == SOURCE_COLUMNS
    assert list(result.citations.columns[:len(CITATION_COLUMNS)]) == CITATION_COLUMNS
    table = attributions(corpus)
    assert list(table.columns[:len(ATTRIBUTION_COLUMNS)]) == ATTRIBUTION_COLUMNS
    row = table[table.kind == "quote"].iloc[0]
    assert corpus.analysable[0].body[row.start:row.end] == "It is over,"


def test_empty_and_binary_files_do_not_crash(write_corpus):
    corpus = load_corpus(write_corpus({"001_empty.txt": "", "002_bin.txt": b"\x00\x01\x02" * 50}))
    result = analyse(corpus)
    assert result.quotes.empty and result.sources.empty and list(result.quotes.columns) == QUOTE_COLUMNS


@pytest.mark.parametrize("text_in, expected", [
    ("military analyst at the Carnegie Endowment", "analyst or expert"),
    ("Deputy Justice Minister", UNKNOWN_GOVERNMENT),
    ("Russian Deputy Justice Minister", "Russian government or official"),
    ("founder of the prisoner rights group", "human-rights or legal-aid group"),
    ("Ukrainian President", "Ukrainian government"),
    ("U.S. intelligence", "Western government or intelligence"),
    ("Wagner's manager and financier", "private military company"),
])
def test_classify(text_in, expected):
    assert classify(text_in, is_person=True) == expected


@pytest.mark.parametrize("text_in, expected", [
    # government roles of any country; the country only when the words name it
    ("Mayor", UNKNOWN_GOVERNMENT),
    ("the city's mayor", UNKNOWN_GOVERNMENT),
    # an official of a Western country is typed by role and country; its defence and intelligence bodies and
    # "NATO", "the West" make the Western bucket
    ("U.S. District Judge", "U.S. government or official"),
    ("Reserve Bank of Australia governor", "Australian government or official"),
    ("a German state prosecutor", "German government or official"),
    ("British army spokesman", "Western government or intelligence"),
    ("NATO officials", "Western government or intelligence"),
    ("Turkish central bank governor", "Turkish government or official"),
    ("Mexico's civil protection chief", "Mexican government or official"),
    ("Zimbabwe's finance minister", "Zimbabwean government or official"),
    ("education undersecretary", UNKNOWN_GOVERNMENT),
    ("police spokesman", UNKNOWN_GOVERNMENT),
    # a cue inside a longer one counts as the longer one: a prosecutor is no legal-aid lawyer
    ("Assistant U.S. Attorney", "U.S. government or official"),
    ("a member of Russia's Human Rights Council", "Russian government or official"),
    # a role held no longer is no government voice
    ("former mayor of the city", ""),
    ("the company's chief executive", "company or business"),
    ("a lawyer for the family", "human-rights or legal-aid group"),
    ("opposition leader", "opposition politician or party"),
])
def test_classify_roles_of_any_country(text_in, expected):
    assert classify(text_in, is_person=True) == expected


@pytest.mark.parametrize("text_in, expected", [
    ("Russia said on Monday. The Kremlin denied it. Moscow insists. Fighting in Ukraine went on.", "Russian"),
    ("The mayor said the city would rebuild. Residents helped us clear the road.", ""),  # 'us' is no country
    ("Mexican rescuers worked on. Mexico's president spoke. Mexico City residents waited in Mexico.", "Mexican"),
    ("Russia and Ukraine traded blame. Kyiv and Moscow each said the other fired first.", ""),
    # a country named only inside its institution's name, another only as a place: the institution's
    ("The Treasurer said the Reserve Bank of Australia would act. He flies to the US next week.", "Australian"),
    ("The Reserve Bank of Australia met. The US Treasury said rates in Britain would rise.", ""),
])
def test_article_country(text_in, expected):
    assert article_country(text_in)[0] == expected


@pytest.mark.parametrize("text_in, fragment, speaker, via", [
    ('The fans carried knives "which showed they planned violence," Interfax quoted an official as saying.',
     "which showed", "official", "Interfax"),
    ('"They only want murderers and robbers," one inmate was quoted telling Mediazona.', "only want murderers",
     "inmate", "Mediazona"),
    ('Another police source quoted by TASS played down the arrests, saying "sixty detentions is fewer than usual."',
     "sixty detentions", "police source", "TASS"),
])
def test_an_outlet_quoting_someone_is_not_the_speaker(run, text_in, fragment, speaker, via):
    result = run(text_in)
    row = result.quotes[result.quotes.quote.str.contains(fragment)].iloc[0]
    assert speaker in row.speaker and row.via == via and bool(row.anonymous)


def test_an_unqualified_ministry_has_no_default_nationality(write_corpus):
    body = ("Flood waters rose again overnight in the river valley, officials said.\n\n"
            "The Defense Ministry said 200 soldiers had been sent to help residents leave their homes.\n\n"
            '"We will stay as long as we are needed," said Mayor Anna Field.\n')
    result = analyse(load_corpus(write_corpus({"001_flood.txt": body})))
    types = source_types(result)
    assert types["Defense Ministry"] == UNKNOWN_GOVERNMENT
    assert types["Anna Field"] == UNKNOWN_GOVERNMENT


def test_an_unqualified_ministry_takes_the_country_the_article_is_about(write_corpus):
    body = ("Russia has moved more troops to the border, Russian officials said.\n\n"
            "The Defense Ministry said the Russian units were on exercises ordered by the Kremlin.\n")
    result = analyse(load_corpus(write_corpus({"001_troops.txt": body})))
    assert "Russian Defense Ministry" in set(result.sources.source)


@pytest.mark.parametrize("text_in, expected", [("Anna Volkova", "f"), ("Ivan Petrov", "m"), ("Oksana", "f"),
                                               ("Nikita Orlov", "m"), ("Olga Romanova", "f"),
                                               ("Margaret Martin", "f"), ("Alice Smith", ""), ("Mark Galeotti", "m")])
def test_guess_gender(text_in, expected):
    assert guess_gender(text_in) == expected


@pytest.mark.parametrize("a, b", [("Yevgeny", "Evgeniy"), ("Dmitry", "Dmitri"), ("Zelenskyy", "Zelensky"),
                                  ("Prigogine", "Prigozhin"), ("Poutine", "Putin"), ("Evgueni", "Yevgeny"),
                                  ("Tschaikowski", "Chaikovsky"), ("Schoigu", "Shoigu")])
def test_translit_key(a, b):
    assert translit_key(a) == translit_key(b)


# ------------------------------------------------------------------ seeds (expected values read in the texts)

@pytest.fixture(scope="module")
def seeds(request):
    return analyse(request.getfixturevalue("seed_corpus"))


@pytest.mark.parametrize("article_id, fragment, expected", [
    ("000", "I get messages every day", "Alexandra Garmazhapova"),
    ("000", "In the conditions of hostilities", "Alexei Tabalov"),  # "But he added:" after Tabalov
    ("000", "And the Department of Defense is digging", "Alexei Tabalov"),  # split quote, second part
    ("000", "But in the end there isn", "Michael Kofman"),  # only a closing mark
    ("002", "There are no guarantees", "Vladimir Osechkin"),  # "he said"
    ("002", "In my case", "inmate"),  # "said the prisoner" -> the inmate who spoke to CNN
    ("002", "They are the least protected", "Oksana"),  # not CNN of the next sentence
    ("003", "They probably calculate", "Dara Massicot"),  # "she told RFE/RL"
    ("003", "This scheme is a limitless", "representative of Russia Behind Bars"),  # "the representative said"
    ("004", "There are open decrees", "Dmitri Peskov"),  # "he said" after Peskov
    ("004", "I liked everything there", "Andrei Iastrebov"),
])
def test_seed_speakers(seeds, article_id, fragment, expected):
    quotes = seeds.quotes[seeds.quotes.article_id == article_id]
    rows = quotes[quotes.quote.str.contains(fragment, regex=False)]
    assert list(rows.speaker) == [expected]


@pytest.mark.parametrize("article_id, scare", [("000", "volunteer battalions"), ("000", "This is the job"),
                                               ("000", "Putin’s chef"), ("002", "Homeland, honor"),
                                               ("002", "cashier"), ("001", "mobilization activities")])
def test_seed_scare_quotes(seeds, article_id, scare):
    quotes = seeds.quotes[seeds.quotes.article_id == article_id]
    assert not quotes.quote.str.contains(scare, regex=False).any()


def test_seed_citation_chain_and_anonymity(seeds):
    edges = set(zip(seeds.citations.citing, seeds.citations.cited))
    # seed 002 retells CNN's story (a rewrite: its reporter is the article, which cites CNN and the Guardian)
    assert ("article 002", "CNN") in edges and ("article 002", "The Guardian") in edges
    assert ("The Guardian", "British Defense Ministry") in edges
    quotes = seeds.quotes[seeds.quotes.article_id == "003"]
    rep = quotes[quotes.speaker == "representative of Russia Behind Bars"]
    assert len(rep) == 3 and rep.anonymous.all()


def test_quotation_and_speaker_changes_between_versions_are_divergences(write_corpus):
    original = (
        "Storm units take heavy losses\n\n"
        "Russia's defence ministry has been sending convicts to Storm-Z units in eastern Ukraine, soldiers said.\n\n"
        "\u201cStorm fighters, they are just meat for the guns,\u201d said Ivan Petrov, who served in one unit.\n\n"
        "The units are often sent forward without armour or support, according to the soldiers.\n\n"
        "\u201cWe were told nobody would come back for the wounded,\u201d said Oleg Smirnov, a former inmate.\n\n"
        "Commanders punish drunkenness by sending men to the storm units, the soldiers said.\n")
    rewrite = (
        "Convicts thrown into Storm-Z units\n\n"
        "Russia's defence ministry keeps sending convicts to Storm-Z units in eastern Ukraine, soldiers said.\n\n"
        "\u201cStorm fighters, they are just meat for the guns,\u201d said Oleg Smirnov, a former inmate.\n\n"
        "The units are often sent forward without armour or support, according to the soldiers.\n\n"
        "\u201cWe were told that no one would ever return for the wounded men,\u201d Smirnov said.\n\n"
        "Commanders punish drunkenness by sending men to the storm units, the soldiers said.\n")
    result = analyse(load_corpus(write_corpus({"001_orig.txt": original, "002_rewrite.txt": rewrite})))
    changes = {(r.change, r.original_speaker, r.version_speaker) for r in result.version_quotes.itertuples()}
    assert ("speaker_changed", "Ivan Petrov", "Oleg Smirnov") in changes
    assert ("quotation_reworded", "Oleg Smirnov", "Oleg Smirnov") in changes


def test_quotation_marks_lost_in_either_version_of_an_undirected_pair_are_a_divergence(write_corpus):
    """Two copies of one story with nothing to tell which came first: the one that lost a quotation's marks
    may be either, so the pair is read both ways."""
    with_marks = (
        "Inmates wait for exchange\n\n"
        "Pavel was serving a sentence for theft in the Tver region when recruiters offered him a salary and a "
        "clean record in exchange for six months at the front.\n\n"
        "\u201cIf I had known what the front was like, I would have stayed in my cell,\u201d he says quietly.\n\n"
        "He now waits in a camp near the border, hoping to be exchanged before the winter.\n\n"
        "Visitors to the camp are asked not to reveal where it is, the guards said.\n")
    without_marks = with_marks.replace("\u201c", "").replace("\u201d", "")
    corpus = load_corpus(write_corpus({"001_plain.txt": without_marks, "002_marked.txt": with_marks}))
    result = analyse(corpus)
    assert not corpus.relations.empty and not (corpus.relations.derived.fillna("") != "").any()
    rows = result.version_quotes
    assert list(zip(rows.original_id, rows.version_id, rows.change)) == [("002", "001", "quotation_paraphrased")]
    assert rows.version_quote.iloc[0].startswith("If I had known")


def test_a_quotation_whose_first_sentence_the_version_turns_round_is_reworded(write_corpus):
    """A translation that inverts a quotation's first sentence is not aligned there; the quotation's next
    sentence, carried over, still finds the version's quotation, and its changed words are reported."""
    story = (
        "Volunteers leave the colony\n\n"
        "Dozens of inmates left the penal colony near Perm this spring, their relatives said on Monday.\n\n"
        "A video posted by the recruiters shows several of them thanking the company for the chance to serve.\n\n"
        "\u201c{quote}\u201d one volunteer says in the video.\n\n"
        "The company did not answer questions about how many of the men have since been killed.\n\n"
        "Relatives say that letters from the front stopped arriving after the first few weeks.\n")
    original = story.format(quote="We are not only fighting for some land far away. We are fighting for our "
                                  "children and, of course, for our wives, for the money,")
    version = story.format(quote="Nobody here fights for anything at all. We are fighting for our children, "
                                 "and for our wives, and for the money,")
    corpus = load_corpus(write_corpus({"001_original.txt": original, "002_version.txt": version,
                                       "manifest.csv": "file,translation_of\n002_version.txt,001\n"}))
    rows = analyse(corpus).version_quotes
    assert list(zip(rows.original_id, rows.version_id, rows.change)) == [("001", "002", "quotation_reworded")]
    assert rows.version_quote.iloc[0].startswith("Nobody here fights")


@pytest.mark.parametrize("version_speaker, expected", [
    ("An inmate", ["quotation_reworded"]),  # 'one inmate' = 'an inmate'
    ("Ivan Petrov, an inmate,", ["speaker_changed", "quotation_reworded"]),  # both changes, not only the first
])
def test_speaker_and_wording_changes_of_one_quotation(write_corpus, version_speaker, expected):
    """'One inmate' in one version and 'an inmate' in the other are the same speaker; a quotation given to
    another speaker with other words is reported both ways."""
    story = (
        "Recruiters visit the colony\n\n"
        "{who} spoke to reporters from his cell in the Saratov region, using a phone smuggled into the prison.\n\n"
        "\u201c{quote},\u201d he said.\n\n"
        "The prison service did not answer questions about the visits by the recruiters this summer.\n\n"
        "Relatives of several inmates said the men had been promised a pardon after six months of service.\n")
    original = story.format(who="One inmate", quote="They will take murderers but not rapists or terrorists, "
                                                    "and the pardon comes after six months")
    version = story.format(who=version_speaker, quote="They take murderers but not rapists or terrorists, and the "
                                                  "pardon will be given in six months")
    corpus = load_corpus(write_corpus({"001_original.txt": original, "002_version.txt": version,
                                       "manifest.csv": "file,translation_of\n002_version.txt,001\n"}))
    rows = analyse(corpus).version_quotes
    assert list(rows.change) == expected


def test_a_lost_opening_mark_before_first_person_sentences_opens_the_paragraph(run):
    """A machine translation drops the opening mark of a paragraph-long quotation; sentences in the first or
    second person before the closing mark are the speaker's own words."""
    text = ("The ministry defended the pardons on Friday.\n\n"
            "You know that some decrees are open and some are secret. That is why I cannot say more about them, "
            "but the procedure is lawful,\u201d said the spokesman Ivan Petrov.")
    result = run(text)
    row = result.quotes[result.quotes.quote.str.contains("That is why")].iloc[0]
    assert row.quote.startswith("You know that") and row.speaker == "Ivan Petrov"


def test_a_passive_statement_names_its_speaker_by_the_agent(run):
    table = run("The pardons were lawful. This was stated on Friday by the spokesman Ivan Petrov.").attributions
    assert "Ivan Petrov" in set(table[table.kind == "paraphrase"].source)


def test_a_block_quotation_after_a_colon_speaks_for_the_introduced_person(run):
    """A paragraph in the first person without quotation marks after one ending with a colon is the words of
    the person who introduces it, up to the quotation it quotes itself."""
    result = run("Anna Petrova, a lawyer in Kazan, described what happened to one of her clients:\n\n"
                 "My client could not believe it. He had been arrested for a protest, and now they wanted him at "
                 "the front. He told the investigator, \"You must be joking.\" Nobody laughed.\n\n"
                 "The ministry did not reply to a request for comment.\n")
    assert speakers(result, "My client could not believe it") == ["Anna Petrova"]
    row = result.quotes[result.quotes.quote.str.contains("My client", regex=False)].iloc[0]
    assert row.closing == "block_quote" and "You must be joking" not in row.quote


def test_a_first_person_paragraph_after_a_narrative_with_a_speech_verb_is_a_block_quotation(run):
    """Meduza style, without a colon: the narrative says who speaks ('Andrei says ...'), the next paragraph opens
    in the first person without quotation marks."""
    result = run("Recruiters came to the colony in Kopeisk in July.\n\n"
                 "Andrei Volkov, who served four years there, says the offer sounded like a way out.\n\n"
                 "We were taken to a training camp at night. Nobody told us where we were going.\n")
    assert speakers(result, "We were taken to a training camp") == ["Andrei Volkov"]


def test_a_first_person_column_has_no_block_quotations(run):
    result = run("I went to the colony in Kopeisk in July.\n\n"
                 "The warden told me the offer sounded like a way out.\n\n"
                 "We were taken to a training camp at night. Nobody told us where we were going.\n")
    assert not result.quotes.quote.str.contains("We were taken", regex=False).any()


def test_a_paragraph_after_a_colon_that_does_not_speak_in_the_first_person_is_no_quotation(run):
    result = run("The ministry gave three reasons for the delay:\n\n"
                 "The recruits lacked training, the trucks had broken down and the roads were closed by snow.\n")
    assert not result.quotes.quote.str.contains("recruits lacked", regex=False).any()


def test_a_country_before_a_persons_name_is_no_part_of_it(run):
    """'the President of Russia Dmitry Peskov': the parser chains the country into the name; it is one person,
    Dmitry Peskov, whichever way the text writes it."""
    result = run("The pardons are legal, the Kremlin said on Tuesday. This was stated by the speaker of the "
                 "President of Russia Dmitry Peskov.\n\nDmitry Peskov, commenting on the reports, said that the "
                 "pardons are carried out by presidential decree. Most recruits were pardoned within six months, "
                 "according to Russia Behind Bars.\n")
    assert {"Dmitry Peskov", "Russia Behind Bars"} <= set(result.sources.source)
    assert not result.sources.source.str.contains("Russia Dmitry").any()


def test_an_organisation_described_not_named_is_a_source_on_the_record(write_corpus):
    body = ("At least 40 people were killed when the quake struck on Sunday, the civil defence agency said on "
            "Monday.\n\n"
            "About 2,000 workers will lose their jobs, according to the union.\n\n"
            "The factory will close next year, the company said in a statement.\n\n"
            "Officials said the death toll could rise. Police said three people were missing.\n\n"
            "The World Health Organization warned that disease could spread.\n")
    frame = attributions(load_corpus(write_corpus({"001_quake.txt": body})))
    by_source = {row.source: row for row in frame.itertuples()}
    named = ("civil defence agency", "union", "company", "police", "World Health Organization", "officials")
    assert set(named) <= set(by_source)
    assert [by_source[s].anonymous for s in named] == [False] * 5 + [True]  # institutions speak on the record
    assert by_source["World Health Organization"].source_type != "private person"  # an organisation's name
    assert by_source["civil defence agency"].source_type == UNKNOWN_GOVERNMENT


@pytest.mark.parametrize("speaker", ["meteorologists", "scientists", "seismologists"])
def test_scientists_who_speak_are_experts(write_corpus, speaker):
    body = f"The storm was the worst in a decade, {speaker} said on Monday.\n"
    frame = attributions(load_corpus(write_corpus({"001_storm.txt": body})))
    assert frame[["source", "source_type"]].values.tolist() == [[speaker, "analyst or expert"]]


def test_a_relative_clause_about_someone_else_gives_no_type(write_corpus):
    body = ('"I am satisfied at last," said Tom Hale, whose brother was shot by the police in 2004.\n\n'
            '"We did our job," said Ruth Olsen, who leads the police union.\n')
    types = dict(attributions(load_corpus(write_corpus({"001_case.txt": body})))[["source", "source_type"]].values)
    assert types["Tom Hale"] == "private person"  # what befell his brother says nothing of who he is
    assert types["Ruth Olsen"] != "private person"  # "who leads ..." does


def test_a_generation_suffix_is_no_surname(write_corpus):
    corpus = load_corpus(write_corpus({
        "001_museum.txt": "The museum will reopen in May, John A. Reed Jr., its director, said on Tuesday.\n",
        "002_court.txt": "The verdict will be appealed, John B. Cole Jr. said after the hearing.\n"}))
    assert set(attributions(corpus)["source"]) == {"John A. Reed Jr", "John B. Cole Jr"}


def test_an_investigator_is_an_official(write_corpus):
    body = '"We know who will be released," said the chief investigator, Anna Berg, in an interview.\n'
    types = dict(attributions(load_corpus(write_corpus({"001_police.txt": body})))[["source", "source_type"]].values)
    assert types == {"Anna Berg": UNKNOWN_GOVERNMENT}


def test_a_name_with_the_article_is_no_person(write_corpus):
    body = ("The bridge was closed after The Valley Ledger reported that its pillars were cracking.\n\n"
            "The work will take a year, Tom Reed said.\n")
    frame = attributions(load_corpus(write_corpus({"001_bridge.txt": body})))
    types = dict(frame[["source", "source_type"]].values)
    assert types["Tom Reed"] == "private person" and types["Valley Ledger"] != "private person"


def test_a_name_apposed_after_a_place_names_the_described_speaker(write_corpus):
    body = ('"We know who will be released," explains the chief investigator in St. Petersburg, Yuri Yashkov, in '
            'an interview.\n')
    frame = attributions(load_corpus(write_corpus({"001_city.txt": body})))
    assert frame[["source", "source_type", "anonymous"]].values.tolist() == [["Yuri Yashkov", UNKNOWN_GOVERNMENT,
                                                                              False]]


def test_a_superintendent_is_an_official(write_corpus):
    body = ("The park will reopen next week, the park's superintendent said on Tuesday.\n\n"
            "Ann Ray, the deputy superintendent, said the trails were repaired in June.\n")
    frame = attributions(load_corpus(write_corpus({"001_park.txt": body})))
    assert frame[["source", "source_type"]].values.tolist() == [["park's superintendent", "anonymous person"],
                                                                 ["Ann Ray", UNKNOWN_GOVERNMENT]]


def test_a_spokesperson_for_a_business_speaks_for_a_company(write_corpus):
    body = ('"The damage is extensive," John Harris, a spokesman for the utility, told reporters.\n\n'
            '"We expect to reopen on Monday," said Kate Moss, a spokeswoman for the airline.\n\n'
            '"Help is on the way," said Ed Cole, a spokesman for the ministry.\n')
    types = dict(attributions(load_corpus(write_corpus({"001_storm.txt": body})))[["source", "source_type"]].values)
    assert types == {"John Harris": "company or business", "Kate Moss": "company or business",
                     "Ed Cole": UNKNOWN_GOVERNMENT}


def test_a_storm_that_claimed_lives_said_nothing(run):
    result = run("Eight people died last week on the islands before the storm reached the coast, and then claimed "
                 "at least 59 lives in the delta.\n\n"
                 "Relief workers said the roads were still closed.\n")
    assert "eight people" not in set(result.sources.source.str.lower())
    assert "relief workers" in set(result.sources.source.str.lower())
