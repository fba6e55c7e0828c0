"""Claim groups are general: what a figure counts and the event its sentence gives for it, on invented articles
of two subjects the lexicons were not written for (an earthquake, a carmaker's job cuts). Conflicting figures of
two articles land in one group, are flagged, and the key findings name them with who says which."""

from __future__ import annotations

import pytest

from analysis import nlp
from analysis import numbers as numbers_analysis
from analysis.corpus import load_corpus
from analysis.quantities import find_quantities
from analysis.report.findings import key_findings

QUAKE = {
    "e1_quake.txt": "Earthquake toll climbs in the north\n\n"
                    "HALDEN, March 4, 2024 — About 220 people died in the earthquake that struck the northern valley "
                    "on Sunday, said Marta Lind, head of the civil defence agency. Rescue teams were still searching "
                    "collapsed buildings in the old town.\n",
    "e2_quake.txt": "Quake: hospitals overwhelmed\n\n"
                    "HALDEN, March 4, 2024 — The death toll from Sunday's earthquake rose to about 2,200, the health "
                    "ministry said on Monday. Hospitals in the valley asked for blood donations.\n",
}
JOBS = {
    "j1_carmaker.txt": "Carmaker to shed staff\n\n"
                       "DETROIT, May 6, 2024 — The carmaker laid off about 11,000 employees in April, the company "
                       "said on Monday. The cuts fall mostly on its two assembly plants.\n",
    "j2_carmaker.txt": "Union disputes carmaker's figures\n\n"
                       "DETROIT, May 7, 2024 — The carmaker cut about 1,100 jobs in April, union leader Dana Ortiz "
                       "said. \"The company is exaggerating to scare the workforce,\" Ortiz said.\n",
}


def group_of(text: str, fragment: str) -> str | None:
    doc = nlp.parse_text(text)
    [q] = [q for q in find_quantities(text, doc=doc) if q.text == fragment]
    number = {"kind": q.kind, "_noun": q.noun, "_scope": q.scope, "what": q.what, "_path": q.path,
              "_clause": q.clause, "_preposition": q.preposition, "_size_of": q.size_of,
              "_predicate": q.predicate, "verb": q.verb, "_heads": numbers_analysis.head_words(doc, q.start, q.end)}
    return numbers_analysis.classify_claim(number, sentence_lemmas={t.lemma_.lower() for t in doc})


@pytest.mark.parametrize("text, fragment, group", [
    # one event, worded as a verb, a noun or a toll: one group
    ("At least 217 people died in the quake, officials said.", "217", "people killed"),
    ("The death toll rose to 225 on Tuesday.", "225", "people killed"),
    ("The number of dead climbed to 300.", "300", "people killed"),
    ("The company laid off 11,000 employees last year.", "11,000", "jobs cut"),
    ("The firm will cut 11,000 jobs by March.", "11,000", "jobs cut"),
    ("He said 450 workers would lose their jobs.", "450", "jobs cut"),
    ("The quake left 1,200 injured.", "1,200", "people wounded"),
    # the counted noun names the group, through its synonyms
    ("Police arrested 40 protesters on Friday.", "40", "protesters arrested"),
    ("About 3,000 residents were evacuated from the valley.", "3,000", "residents displaced or evacuated"),
    ("More than 500 troops were killed in the offensive.", "500", "soldiers killed"),
    ("In 2019, 1,400 people lost their lives on the roads.", "1,400", "people killed"),  # not jobs lost
    ("At least 3 people are missing after the flood.", "3", "people missing"),
    ("Officials said 12 people were injured and 3 killed.", "3", "people killed"),  # its own verb, not the first
    ("The fire destroyed 40 homes and displaced 120 families.", "40", "homes destroyed or damaged"),
    ("The fire destroyed 40 homes and displaced 120 families.", "120", "families displaced or evacuated"),
    # only where the counted noun and the verb say so
    ("The navy fired 84 missiles overnight.", "84", None),  # "fire" cuts jobs, not missiles
    ("The cannery puts about 300 jobs at risk.", "300", None),  # at risk is no event
    ("Volunteers moved 20,000 books back to the shelves.", "20,000", None),
    ("Reporters have seen at least four reports of people being evacuated.", "four", None),  # texts
    ("The city's population is 450,000.", "450,000", None),  # a population is no one held in custody
    ("More than 10,000 people have signed a petition against the closure.", "10,000", None),  # no enlisting
    ("Some 2,000 fans attended the funeral of the singer.", "2,000", None),
    # the noun counted must be what the group counts: places, occasions and texts are not the people recruited
    ("Wagner recruited prisoners in at least 20 regions.", "20", None),
    ("Recruiters visited at least 17 prisons, where they recruited inmates.", "17", None),
    ("Wagner recruited prisoners on at least four occasions.", "four", None),
    ("We have received at least four testimonies of prisoners recruited by Wagner.", "four", None),
    ("Some 40,000 prisoners were recruited in 30 regions.", "40,000", "prisoners recruited or enlisted"),
    # a group's size counts only what is said of that group itself
    ("The prisoners fought in units of 100-150 fighters that were often killed or wounded within days.", "100", None),
    ("Of a unit of 120 fighters, 80 were killed or wounded.", "120", None),
    ("Of a unit of 120 fighters, 80 were killed or wounded.", "80", "soldiers killed or wounded"),
    ("Most of the wounded came from a unit of 100-150 fighters.", "150", None),
    ("A unit of 100-150 fighters was killed or wounded in the assault.", "100", "soldiers killed or wounded"),
    ("Police arrested a group of 40 protesters.", "40", "protesters arrested"),
])
def test_claim_groups_come_from_the_counted_noun_and_the_event(text, fragment, group):
    assert group_of(text, fragment) == group


PAYMENTS = "The army offers recruits about $1,500 a month, $20,000 per injury and $40,000 to be paid to their " \
           "families if they are killed."
FLOOD = "Boats set out on Monday to save up to 5,000 people stranded by a storm that killed at least 40."
RATES = "The central bank raised its benchmark interest rate to 6.25 percent from 6 percent on Thursday."
PRICES = "Inflation eased to 3 percent in June, but it climbed to 3.4 percent in July."


@pytest.mark.parametrize("text, fragment, group", [
    # each sum of a list of payments takes its own qualifier, not the sentence's death
    (PAYMENTS, "$1,500", "money paid"),
    (PAYMENTS, "$20,000", "money paid on injury"),
    (PAYMENTS, "$40,000", "money paid on death"),
    # the figure's noun phrase decides, not a clause under it that states a figure of its own
    (FLOOD, "5,000", "people stranded or trapped"),
    (FLOOD, "40", "people killed"),
    # the verb said of the counted noun comes before what its relative clause says of the same people
    ("More than 30 inmates who joined the militia last year have been pardoned, the governor said.", "30",
     "prisoners released or pardoned"),
    ("About 60 guards seeking to quit their posts were detained by the police.", "60", "guards arrested"),
    ("Twelve mercenaries recruited from local jails escaped from a camp on Friday.", "Twelve", None),
    # what the figure's own verb says: fighting, or handed over in an exchange
    ("The scheme saw as many as 8,000 inmates fight at the front, a charity estimated.", "8,000",
     "prisoners fighting or deployed"),
    ("The rebels handed over 50 prisoners on Sunday.", "50", "prisoners released or pardoned"),
    ("The feud deepened ties between two factional groups fighting at the front.", "two", None),  # no people
    ("Just because of one idiot, we are fighting each other.", "one", None),  # nor who fights
    ("It is said that 2 of the released soldiers decided not to return home.", "2", None),  # the part's verb
    ("The death toll was expected to climb past 75 with 300 people still missing.", "300", "people missing"),
    ("The storm killed 12 people and left more than 3,000 injured.", "3,000", "people wounded"),
    ("The firms plan to slash several thousand workers.", "several thousand", "jobs cut"),
    # a coordinated verb with an object of its own says nothing of the figure
    ("The river swept away hundreds of sheep and destroyed three bridges.", "hundreds", None),
    # a percentage of a named rate is grouped by that rate; a share of something else is not
    (RATES, "6.25 percent", "interest rate"),
    (RATES, "6 percent", "interest rate"),
    (PRICES, "3 percent", "inflation"),
    (PRICES, "3.4 percent", "inflation"),  # "it" stands for the rate the sentence names before
    ("Only 12 percent of the homes in the valley had flood insurance.", "12 percent", None),
    # weapons, buildings and cases counted beside an event of people are no count of those people
    ("The body of Lenz, who was hit by 6 bullets and died at the scene, was taken to the city hospital.", "6", None),
    ("The files included 14 cases of murder and robbery, among others.", "14", None),
    ("He had been jailed several times and was arrested carrying three knives.", "three", None),
])
def test_claim_groups_follow_the_figure_s_own_words_and_verb(text, fragment, group):
    assert group_of(text, fragment) == group


RATE_STORIES = {
    "r1_bank.txt": "Bank lifts rates\n\nOSLO, May 2, 2024 — The central bank raised its key interest rate to "
                   "4.5 percent on Thursday, the governor said.\n",
    "r2_bank.txt": "Rates: analysts surprised\n\nOSLO, May 3, 2024 — The central bank has lifted its key "
                   "interest rate to 5.5 percent, an economist at a Swedish bank wrote in a note.\n",
}


def test_rates_of_two_articles_form_one_group(write_corpus):
    """Two articles that state a named rate differently land in one group, so the rates are compared."""
    claims = numbers_analysis.analyse(load_corpus(write_corpus(RATE_STORIES))).claims
    assert sorted(zip(claims.article_id, claims.claim_group, claims.value)) == [
        ("r1", "interest rate", 4.5), ("r2", "interest rate", 5.5)]
    assert claims.comparable.all()


@pytest.mark.parametrize("files, group, low, high, sources", [
    (QUAKE, "people killed", ("e1", "about 220"), ("e2", "about 2,200"), ("Marta Lind", "health ministry")),
    (JOBS, "jobs cut", ("j2", "about 1,100"), ("j1", "about 11,000"), ("Dana Ortiz", "carmaker")),
])
def test_conflicting_figures_of_two_articles_are_grouped_flagged_and_named_with_who_says_which(
        write_corpus, tmp_path, files, group, low, high, sources):
    result = numbers_analysis.analyse(load_corpus(write_corpus(files)))
    grouped = result.claims[result.claims.claim_group == group]
    assert sorted(grouped.article_id) == sorted({low[0], high[0]})
    flags = result.flags[result.flags.claim_group == group]
    assert flags.flag.tolist() == ["differs_by_source"] * 2  # same date, two sources: a row for each figure
    data = tmp_path / "data"
    result.write_csvs(data)
    [finding] = [f for f in key_findings(data) if group in f.sentence]
    assert finding.kind == "figures disagree" and finding.rank < 30  # an editor checks it first
    for (article, text), source in zip((low, high), sources):
        assert f"“{text}” in {article} ({source}" in finding.sentence


UNITS = {
    "w1_units.txt": "Convicts sent to the front in waves\n\n"
                    "MOSCOW, March 4, 2023 — Gulagu.net has received at least four reports of prisoners being "
                    "recruited in 12 regions. Wagner sends the convicts into battle in units of 100-150 fighters, which "
                    "are killed or wounded within days. Of a unit of 120 fighters, 80 were killed or wounded in a "
                    "single assault, a former inmate said. Recruits are promised 100.000 rubles a month. Only 2.333 "
                    "per cent of them have come home.\n",
}


def test_a_group_counts_only_what_it_names_in_an_article(write_corpus):
    """Reports, regions and the size of a unit are no count of the prisoners recruited or of the fighters killed
    or wounded; the 80 killed or wounded are; a share written with a dot is a decimal even where thousands are."""
    result = numbers_analysis.analyse(load_corpus(write_corpus(UNITS)))
    grouped = sorted(zip(result.claims.text, result.claims.claim_group))
    assert grouped == [("100.000 rubles", "money paid"), ("80", "soldiers killed or wounded")]
    [share] = result.numbers[result.numbers.kind == "percent"].itertuples()
    assert (share.text, share.value) == ("2.333 per cent", 2.333)


COPIES = {  # one wire story twice, the second copy changing the rate
    "c1_wire.txt": "Central bank lifts key rate\n\nLISBON, May 2, 2024 (Newswire) - The central bank said on Thursday it "
                   "had raised its key interest rate to 4.75 percent from 4.5 percent to ease inflation pressures, "
                   "the second rise in six months.\n\nInflation slowed to 5 percent in March, its lowest level in two "
                   "years, but it rose again to 5.2 percent in April.\n\nThe bank does not target a particular "
                   "inflation rate, its governor told reporters in March.\n",
    "c2_portal.txt": "Central bank lifts key rate\n\nLISBON, May 2, 2024 (Newswire) - The central bank said on Thursday "
                     "it had raised its key interest rate to 4.25 percent from 4.5 percent to ease inflation "
                     "pressures, the second rise in six months.\n\nInflation slowed to 5 percent in March, its lowest "
                     "level in two years, but it rose again to 5.2 percent in April.\n\nThe bank does not target a "
                     "particular inflation rate, its governor told reporters in March.\n",
}


def test_two_copies_that_differ_on_a_rate_are_compared(write_corpus):
    """Copies of one story are left out of the difference flags (they are one source), so their aligned
    sentences are compared figure by figure, as a translation's are."""
    corpus = load_corpus(write_corpus(COPIES))
    assert corpus.relations.kind.tolist() == ["copy"]
    flags = numbers_analysis.analyse(corpus).flags
    [flag] = flags.itertuples()  # one row: the two rates set against each other
    assert flag.flag == "copy_differs"
    assert {flag.text, flag.compared_with.split("'")[1]} == {"4.75 percent", "4.25 percent"}


@pytest.mark.parametrize("text, fragment", [
    ("Four hikers died and more than 2.4 million hectares burned across the highlands.", "2.4 million"),
    ("Four hikers died and more than 2.4 million hectares (5.9 million acres) burned.", "5.9 million"),
    ("Dozens of blazes were still burning on Friday, including 47 in the west.", "Dozens"),
    ("Two wildfires destroyed the old mill on Tuesday.", "Two"),
    ("The storm damaged 80 km of coastal road.", "80"),
])
def test_an_extent_or_the_hazards_themselves_are_no_count_of_what_was_destroyed(text, fragment):
    assert group_of(text, fragment) is None


def test_what_the_hazard_destroyed_is_still_counted():
    assert group_of("Two wildfires destroyed 40 homes on Tuesday.", "40") == "homes destroyed or damaged"


@pytest.mark.parametrize("text, fragment, group", [
    ("Excluding $900 million to pay bonuses to staff, the bank said it earned $3.15 a share.", "$3.15", None),
    ("Analysts had expected adjusted earnings of $3.02 per share, while wages paid rose.", "$3.02", None),
    ("Excluding $900 million to pay bonuses to staff, the bank said it earned $3.15 a share.", "$900 million",
     "money paid"),
])
def test_a_sum_per_share_is_no_money_paid(text, fragment, group):
    doc = nlp.parse_text(text)
    [q] = [q for q in find_quantities(text, doc=doc) if q.text == fragment]
    number = {"kind": q.kind, "_noun": q.noun, "_scope": q.scope, "what": q.what, "_path": q.path, "per": q.per,
              "_clause": q.clause, "_preposition": q.preposition, "_size_of": q.size_of,
              "_predicate": q.predicate, "verb": q.verb, "_heads": numbers_analysis.head_words(doc, q.start, q.end)}
    assert numbers_analysis.classify_claim(number, sentence_lemmas={t.lemma_.lower() for t in doc}) == group


@pytest.mark.parametrize("text, fragment, group", [
    ("The ministry said 38,500 people sit in pretrial detention centres.", "38,500",
     "people held in custody"),
    ("Officials said 540,000 people are in jail, a 40% drop from the 900,000 inmates held in the country's "
     "prisons in 2005.", "900,000", "prisoners held in custody"),  # people under "from" are still counted
    ("The gang recruited fighters in 30 prisons.", "30", None),  # places under "in" are not
])
def test_custody_said_as_detention_and_people_after_from(text, fragment, group):
    assert group_of(text, fragment) == group


@pytest.mark.parametrize("text, fragment, group", [
    # what the people counted went to do, or volunteered to do, is what their verb says of them
    ("At least 240 men of the colony went to enlist, the warden said.", "240",
     "people recruited or enlisted"),  # was "held in custody", from "colony"
    ("Around 120 inmates serving sentences in a colony near Kazan volunteered to go to the front.", "120",
     "prisoners recruited or enlisted"),
    ("Some 40 residents came to protest outside the town hall.", "40", "residents protesting"),
    # a noun naming a kind of the people counted is no event said of them
    ("There are 70,000 volunteer firefighters in the state.", "70,000", None),
    ("Officials said 12 recruitment officers were on duty.", "12", None),
    ("The district has 12,000 refugee families.", "12,000", "families displaced or evacuated"),  # a state kept
    ("Six volunteers were killed by shelling.", "Six", "volunteers killed"),
])
def test_the_errand_of_a_verb_of_going_and_kinds_of_people(text, fragment, group):
    assert group_of(text, fragment) == group


@pytest.mark.parametrize("text, fragment, group", [
    ("Among those killed were 9 pupils when the mudslide hit the school.", "9", "pupils killed"),
    ("Among the injured were 4 firefighters.", "4", "firefighters wounded"),
    ("More than 700 houses in the delta were flooded and two bridges were destroyed.", "700",
     "houses destroyed or damaged"),
])
def test_who_they_are_among_and_flooded_homes(text, fragment, group):
    assert group_of(text, fragment) == group


@pytest.mark.parametrize("text, fragment, group", [
    # the figure's own words and verb come before what the parse hangs it from
    ("The toll climbed to 31, with 140 injured and 6 missing.", "140", "people wounded"),
    ("Rescuers said 31 people died, with 140 injured.", "140", "people wounded"),
    ("Rescuers said 31 people died, with 140 injured.", "31", "people killed"),
    # losing one's home is no lost job
    ("About 260 villagers lost their homes in the blaze.", "260", None),
    ("The mill said 320 workers would lose their jobs.", "320", "jobs cut"),
])
def test_own_words_before_heads_and_losses_that_are_no_jobs(text, fragment, group):
    assert group_of(text, fragment) == group


@pytest.mark.parametrize("text, fragment, group", [
    ("The battalion lost 80 men in a single week.", "80", None),  # was "jobs cut": men lost are no jobs
    ("The brigade lost over 300 fighters per day during the assault.", "300", None),
    ("The shipyard lost 2,400 jobs last year.", "2,400", "jobs cut"),
    ("Some 900 jobs were lost at the smelter.", "900", "jobs cut"),
])
def test_lost_men_are_no_lost_jobs(text, fragment, group):
    assert group_of(text, fragment) == group


def _group_in_pipeline(text: str, fragment: str) -> str | None:
    """The group as claims_table computes it: the sentence's lemmas and its words as written."""
    doc = nlp.parse_text(text)
    [q] = [q for q in find_quantities(text, doc=doc) if q.text == fragment]
    number = {"kind": q.kind, "_noun": q.noun, "_scope": q.scope, "what": q.what, "_path": q.path, "per": q.per,
              "_clause": q.clause, "_preposition": q.preposition, "_size_of": q.size_of,
              "_predicate": q.predicate, "verb": q.verb, "_heads": numbers_analysis.head_words(doc, q.start, q.end)}

    class Span:
        start, end = 0, len(text)
    return numbers_analysis.classify_claim(number, sentence_lemmas=numbers_analysis._lemmas_of(doc, Span()))


@pytest.mark.parametrize("text, fragment, group", [
    ("The council was fined $2.5 million for the spill.", "$2.5 million", "fines or damages"),  # "fined" -> "fin"
    ("A judge ordered the clinic to pay $450,000 in damages.", "$450,000", "fines or damages"),  # was money paid
    ("Guards earn about 60,000 rubles a month.", "60,000 rubles", "money paid"),
    ("The flood caused an estimated $3 billion in damage.", "$3 billion", "money lost"),
])
def test_fines_and_damages_as_written(text, fragment, group):
    assert _group_in_pipeline(text, fragment) == group


@pytest.mark.parametrize("text, fragment, group", [
    ("More than 2,300 firefighters were battling the blazes.", "2,300", "firefighters fighting or deployed"),
    ("Divers battled to reach 9 000 people trapped by the floods.", "9 000", "people stranded or trapped"),
    ("Rescuers battled to save 9 000 people trapped by the floods.", "9 000", "people stranded or trapped"),
    ("The two sides battled over 12 villages.", "two", None),  # sides are bodies of people, no count of them
])
def test_battling_and_people_trapped_by_floods(text, fragment, group):
    assert group_of(text, fragment) == group


def test_a_sums_own_words_come_first():
    text = "The agency promised 4 million rubles to relatives of those who die and 2 million for injuries."
    doc = nlp.parse_text(text)
    [q] = [q for q in find_quantities(text, doc=doc) if q.text == "2 million"]
    number = {"kind": q.kind, "_noun": q.noun, "_scope": q.scope, "what": q.what, "_path": q.path, "per": q.per,
              "_clause": q.clause, "_preposition": q.preposition, "_size_of": q.size_of, "_own": q.own,
              "_predicate": q.predicate, "verb": q.verb, "_heads": numbers_analysis.head_words(doc, q.start, q.end)}
    assert q.kind == "money"
    assert numbers_analysis.classify_claim(number, sentence_lemmas={t.lemma_.lower() for t in doc}) == \
        "money paid on injury"  # was "on death": the parse hangs it from "die"


@pytest.mark.parametrize("text, fragment, group", [
    # a noun of the event itself is counted by it, and a coordinated noun with a figure of its own is not its words
    ("The monitors counted 2,310 deaths of former convicts, and 420 injuries among guards.", "420", "people wounded"),
    ("The monitors counted 2,310 deaths of former convicts, and 420 injuries among guards.", "2,310", "people killed"),
    ("Of the 300 recruits, 40 died.", "300", "people recruited or enlisted"),  # was "recruits killed"
    ("There were 300 protesters outside, and 40 were detained.", "40", "protesters arrested"),
])
def test_event_nouns_count_their_own_event(text, fragment, group):
    assert group_of(text, fragment) == group


def test_a_plural_left_as_its_lemma_is_not_pluralised_again():
    assert group_of("Since the war began, 1,200 Moldovans have been killed by mines.", "1,200") == "moldovans killed"
    assert numbers_analysis.plural("witness") == "witnesses" and numbers_analysis.plural("bus") == "buses"


@pytest.mark.parametrize("text, fragment, group", [
    ("The fever killed 3,100 people last year, and 48,000 fell ill.", "48,000", "people infected or in hospital"),
    ("The carrier cancelled 900 flights on Monday.", "900", None),  # was "flights who quit or refused"
    ("About 300 soldiers have terminated their contracts.", "300", "soldiers who quit or refused"),
    ("There are 40 hospitals in the province.", "40", None),
    ("The clinic has 300 beds.", "300", None),
])
def test_a_taken_noun_reads_its_clause_and_things_that_quit(text, fragment, group):
    assert group_of(text, fragment) == group


@pytest.mark.parametrize("text, fragment, group", [
    ("Monitors estimate that about 38,000 convicts were sent to the front last year.", "38,000",
     "prisoners fighting or deployed"),
    ("About 90 thousand prisoners were sent to war.", "90 thousand", "prisoners fighting or deployed"),
    ("The smog sent 1,700 people to hospital.", "1,700", "people infected or in hospital"),
    ("The army sent 5,000 troops to the border.", "5,000", None),
])
def test_where_the_verb_sends_them(text, fragment, group):
    assert group_of(text, fragment) == group


def test_signed_contracts_still_count_recruits():
    assert group_of("Of the 1,500 inmates, 600 signed contracts.", "600") == "people recruited or enlisted"
