"""Relations between articles: candidate pairs (exact nearest, and the approximate graph search of large corpora)
and the versions found among them, on small invented articles."""

from __future__ import annotations

import pytest

from analysis import relations
from analysis.corpus import load_corpus

BRIDGE = """Old bridge in Marlow closed after cracks found

Engineers closed the old stone bridge over the Harrow river in Marlow on Monday after finding deep cracks in two of its arches.
Drivers heading to the market town must now take a twelve kilometre detour through Eastleigh, the county roads office said.
The bridge, built in 1887, carries about nine thousand vehicles a day and was last repaired in 2004.
Inspectors spotted the cracks during a routine check and judged that heavy lorries had weakened the masonry.
A temporary footbridge for pedestrians and cyclists will open next week, according to the mayor.
Repairs are expected to cost four million pounds and to take at least eighteen months.
"""

LAB = """Hillcrest school opens a science laboratory

Hillcrest secondary school opened a new science laboratory on Thursday, funded by a grant from the regional council.
The laboratory has twenty benches, a fume cupboard and a small greenhouse on its roof for biology lessons.
Headteacher Agnes Porter said pupils had waited six years for a room where they could run real experiments.
Chemistry teacher Samuel Okafor will lead an after-school club for students preparing for national competitions.
The council paid 650,000 pounds towards the building and the school raised the rest through a summer fair.
Parents were invited to a demonstration of the equipment on Saturday morning.
"""

LAB_REWRITE = """New lab for Hillcrest pupils

Pupils at Hillcrest secondary school have a new science laboratory, which opened on Thursday with money from the regional council.
Headteacher Agnes Porter said the pupils had been waiting six years for a room to run real experiments in.
The opening drew a crowd of former pupils, some of whom studied chemistry in a converted cloakroom.
Samuel Okafor, who teaches chemistry, is to run an after-school club for students preparing for national competitions.
The regional council contributed 650,000 pounds to the building, while a summer fair at the school raised the remainder.
Local businesses have offered to sponsor prizes for the club's best projects.
"""

OTHERS = {
    "003_coach.txt": """Rovers appoint a new head coach

Northgate Rovers named Dutch coach Pieter Vandam as their head coach on Wednesday on a three-year contract.
Vandam previously managed clubs in Eindhoven and Utrecht and won two cup finals with his youth sides.
Supporters gathered outside the stadium to greet him, waving orange scarves and chanting his name.
The club's chairman promised funds for at least four signings before the transfer window closes.
Rovers finished fourteenth last season and sacked their previous manager in April.
""",
    "004_bakery.txt": """Family bakery wins national bread award

A family bakery from the village of Thornby won the national sourdough award at a ceremony in Bristol.
The judges praised its rye loaf, baked in a wood-fired oven that the Ellison family built in 1962.
Grandmother Margaret Ellison still rises at four every morning to shape the dough by hand.
Orders from cafes across the county doubled within a day of the announcement.
The prize includes a trip to a baking school in Lyon next spring.
""",
    "005_maps.txt": """Museum shows centuries of hand-drawn maps

The city museum opened an exhibition of two hundred hand-drawn maps on Friday, some older than five centuries.
Curator Helena Voss spent three years borrowing charts from private collectors and monastery libraries.
Visitors can see a sailor's chart of the Baltic coast drawn on sealskin around 1540.
A digital room lets children zoom into scanned copies and trace forgotten trade routes.
The exhibition runs until January and entry is free on Sundays.
""",
    "006_strike.txt": """Rail workers announce a weekend strike

Train drivers on the western line will strike on Saturday and Sunday in a dispute over pay and rosters.
The union said talks with the operator collapsed after management refused a seven per cent raise.
Commuters were advised to travel on Friday evening or to use replacement coaches between the stations.
The operator called the walkout irresponsible and said it would run a skeleton timetable.
A previous strike in March cancelled nearly every service for two days.
""",
}


def _corpus_files() -> dict[str, str]:
    return {"001_bridge.txt": BRIDGE, "002_lab.txt": LAB, **OTHERS,
            "007_bridge_copy.txt": BRIDGE, "008_lab_rewrite.txt": LAB_REWRITE}


def _approximate(monkeypatch, breadth: int = 3) -> None:
    """The graph search of large corpora, on a small one, finding each article's `breadth` nearest."""
    monkeypatch.setattr(relations, "EXACT_UP_TO", 0)
    monkeypatch.setattr(relations, "SEARCH_BREADTH", breadth)


@pytest.mark.parametrize("search", ["exact", "approximate"])
def test_candidates_hold_the_copy_and_the_rewrite_not_the_unrelated(write_corpus, monkeypatch, search):
    if search == "approximate":
        _approximate(monkeypatch)
    articles = load_corpus(write_corpus(_corpus_files())).analysable
    ids = [a.article_id for a in articles]
    pairs = {(ids[i], ids[j]): cosine for (i, j), cosine in relations.candidate_pairs(articles).items()}
    assert pairs[("001", "007")] == pytest.approx(1.0)  # the copy: the same words
    assert 0.3 < pairs[("002", "008")] < 0.95  # the rewrite: many words in common, not all
    assert set(pairs) == {("001", "007"), ("002", "008")}  # stories on other subjects share too few words


@pytest.mark.parametrize("search", ["exact", "approximate"])
def test_the_copy_and_the_rewrite_are_versions_and_nothing_else(write_corpus, monkeypatch, search):
    if search == "approximate":
        _approximate(monkeypatch)
    found = load_corpus(write_corpus(_corpus_files())).relations
    kinds = {(r.a_id, r.b_id): r.kind for r in found.itertuples()}
    assert kinds == {("001", "007"): "copy", ("002", "008"): "rewrite"}
    rewrite = found[found.b_id == "008"].iloc[0]
    aligned = [pair.split(":") for pair in relations.as_table(found[found.b_id == "008"]).alignment.iloc[0].split()]
    # the lab story's opening, headteacher, teacher and money sentences (the rewrite's added lines align with none)
    assert len(aligned) >= 4 and rewrite.candidate_by.startswith("words")


def test_the_approximate_search_finds_what_the_exact_one_finds_where_versions_stand_out(write_corpus, monkeypatch):
    """A copy or a rewrite stands far above stories on other subjects: the graph search's few nearest hold it."""
    articles = load_corpus(write_corpus(_corpus_files())).analysable
    exact = relations.candidate_pairs(articles)
    _approximate(monkeypatch, breadth=2)
    approximate = relations.candidate_pairs(articles)
    assert set(approximate) == set(exact)
    assert all(approximate[pair] == pytest.approx(exact[pair]) for pair in exact)


# --- which version derives: a retelling holds no detail its original lacks ---------------------------------

MINE = """Flooded mine in Dornach reopens after two years

The copper mine at Dornach reopened on Tuesday, two years after the Selva river flooded its lower galleries.
About 340 miners returned to work on the first shift, the operator Kessler Metals said in a statement.
The pumps installed by engineers from Linz cost 18 million euros and drained 600,000 cubic metres of water.
Union leader Hanna Voss said the miners had feared the pit would never open again.
The mine supplies a third of the copper smelted at the Brenner works in Innsbruck.
Kessler Metals expects to reach full output by March, when a second shift of 150 miners will start.
"""
MINE_RETOLD = """Dornach copper mine back in business

Two years after floodwater from the Selva filled its deepest tunnels, the Dornach copper mine opened again on Tuesday.
Some 340 miners went back underground for the opening shift, according to a statement from Kessler Metals.
Hanna Voss, who leads the miners' union, said workers had worried that the pit was closed for good.
A second shift is planned once the mine gets back to full production, the company said.
"""
MINE_OTHER_RETELLING = """Copper mine at Dornach working again

The Dornach copper mine opened again on Tuesday, two years after floodwater from the river filled its deepest tunnels.
Some 340 miners went down for the opening shift, said the operator, which was fined 2 million euros after the flood.
The union, led by Hanna Voss, said workers had worried that the pit was closed for good, mayor Peter Lind recalled.
The pumps, built by engineers from Graz, drained the water over eleven months.
"""


def _direction(folder) -> tuple[str, str]:
    row = load_corpus(folder).relations.iloc[0]
    return row.derived, row.direction_evidence


def test_a_retelling_that_holds_no_figure_or_name_its_original_lacks_derives_from_it(write_corpus):
    """A rewrite in other words (none of its sentences word for word) that never names its source: every figure
    and name it gives is in the other text, which gives several it leaves out (18 million, Linz, 600,000,
    Innsbruck, March, 150): it retells the other."""
    derived, why = _direction(write_corpus({"001_mine.txt": MINE, "002_retold.txt": MINE_RETOLD}))
    assert derived == "002" and "a retelling of 001" in why and "Linz" in why


def test_two_retellings_that_each_give_details_the_other_lacks_tell_no_direction(write_corpus):
    """Two retellings of one story, each with details the other lacks (the fine, the mayor, Graz against Linz and
    Innsbruck): both may derive from a third text, so neither is the other's original."""
    derived, why = _direction(write_corpus({"001_mine.txt": MINE, "002_other.txt": MINE_OTHER_RETELLING}))
    assert derived == "" and "neither text" in why

MINE_SIBLING = """Miners return to the Dornach pit

Two years after the Selva burst its banks and flooded the galleries, the Dornach copper mine reopened on Tuesday.
Around 340 miners went back to work on the first shift, Kessler Metals said, after the operator paid a fine of 2 million euros for the flood.
Hanna Voss, the head of the miners' union, said many had feared that the mine would stay shut for ever.
Mayor Peter Lind said the town had waited for this day since the water rose, and thanked pump engineers from Graz.
"""


def test_a_retelling_that_holds_less_than_two_fuller_versions_may_retell_either(write_corpus):
    """One story retold by many: the shortest retelling holds no detail that either of two fuller versions lacks,
    while each of those gives details the other lacks. It may derive from either, or from a text both retell."""
    corpus = load_corpus(write_corpus({"001_mine.txt": MINE, "002_retold.txt": MINE_RETOLD,
                                       "003_sibling.txt": MINE_SIBLING}))
    rows = {frozenset((r.a_id, r.b_id)): r for r in corpus.relations.itertuples()}
    for source in ("001", "003"):
        row = rows[frozenset(("002", source))]
        assert row.derived == "" and "may retell either" in row.direction_evidence

RELEASE = """Kessler Metals to reopen the Dornach copper mine

LENZ, March 3, 2021 - Kessler Metals (LSE: KSM), a mining group with pits in four countries, today announced that it will reopen the Dornach copper mine on 1 April, two years after a flood closed its galleries.
About 340 miners will return to work on the first shift, and the company expects to hire 60 more by the end of the year.
The reopening follows repairs to the pumps and the drainage tunnels that cost 18 million euros.
The mine is expected to produce 25,000 tonnes of copper a year once it runs at full capacity.
Decisions on a second shaft will be based on copper prices and on the results of drilling in the eastern field.
"""

RELEASE_STORY = """Kessler Metals says it will reopen Dornach mine

Kessler Metals said it will reopen its Dornach copper mine on 1 April, two years after a flood closed the galleries.
About 340 miners are to go back to work on the first shift, and the group plans to hire 60 more by the end of the year, it said.
A flood from the Selva river closed the mine in 2019, and the town of Dornach lost its largest employer overnight.
The company said repairs to the pumps and the drainage tunnels cost 18 million euros.
The mine should produce 25,000 tonnes of copper a year at full capacity, the company said.
Shares in Kessler Metals rose 4 per cent in London on the news, to 312 pence.
"""


def test_a_story_written_from_a_press_release_derives_from_it(write_corpus):
    """A press release (a dateline with the year, the issuer's 'today announced') and a story that reports it
    with details of its own (the flood's year, the shares): the story derives from the release."""
    derived, why = _direction(write_corpus({"001_story.txt": RELEASE_STORY, "002_release.txt": RELEASE}))
    assert derived == "001" and "press release" in why


DAM = """Dam operator warns of release as river nears record

RIVERTON, March 3 (Wirepress) - The operator of the Kessel dam said on Friday it would open its spillways within 48 hours as the Ardent river rose to within 30 cm of its record level.
"We have no choice but to release water now, before the rain comes," chief engineer Tomas Ruud told Wirepress by telephone.
About 4,000 residents of low-lying villages downstream have been told to prepare to leave, the regional emergency office said.
The river peaked at 7.2 metres in 1998, when floods killed 11 people and destroyed more than 600 homes.
Farmers in the valley said they had moved livestock to higher ground. "We have seen this before and we know what it costs," said Ilse Berg, who keeps 80 cows near the village of Lunde.
The emergency office said shelters had been opened in two schools.
"""

DAM_RETOLD = """Villagers told to be ready to leave as Kessel dam prepares to open spillways

Thousands of people living below the Kessel dam were told on Friday to get ready to evacuate, after the dam's operator announced it would release water within two days.
The Ardent river is only 30 centimetres short of the record it set in 1998, a flood that left 11 dead and wrecked over 600 houses, according to the Wirepress news agency.
Chief engineer Tomas Ruud told the agency the operator had "no choice" but to release water before more rain arrived.
Around 4,000 villagers are affected, according to regional emergency officials, who have opened shelters in two schools.
Ilse Berg, a dairy farmer near Lunde, said she had already moved her herd uphill.
"""

DAM_OTHER_REPORT = """Heavy rain expected across the Ardent valley

Forecasters expect up to 80 millimetres of rain in the Ardent valley over the weekend, the weather service said on Friday.
Schools in three districts will close early and bus services may be cut, local councils said.
The operator of the Kessel dam has not said when it will open its spillways.
Residents were advised to keep torches, water and medicines at hand and to follow the council's alerts.
"""


def test_a_retelling_in_another_order_is_a_version_and_another_report_of_the_day_is_not(write_corpus):
    found = load_corpus(write_corpus({"001_dam.txt": DAM, "002_retold.txt": DAM_RETOLD, "003_rain.txt": DAM_OTHER_REPORT,
                                      **OTHERS})).relations
    assert {(r.a_id, r.b_id): r.kind for r in found.itertuples()} == {("001", "002"): "rewrite"}
    aligned = dict(pair.split(":") for pair in relations.as_table(found).alignment.iloc[0].split())
    assert aligned["3"] == "1"  # the record of 1998, fourth in the original, second in the retelling


SHORT_WIRE = """Police arrest tram shooting suspect

LENZBURG, Valdoria, March 18, 2024 (VNA/AFP) \u2013 Police on Monday arrested the suspect in a shooting on a tram in which two people were wounded, a police chief said.
"We can confirm that a man has been detained and is being questioned," police chief Anton Brel told reporters.
Police had earlier said they were searching for a 37-year-old man and published "a photo of the main suspect" on their website.
"""

SHORT_WIRE_COPY = """Tram shooting: suspect arrested
Lenzburg, March 18: Police on Monday arrested the suspect in a shooting on a tram in which two people were wounded, a police chief said. "We can confirm that a man has been detained and is being questioned," police chief Anton Brel told reporters.
Police had earlier said they were searching for a 37-year-old man and published "a photo of the main suspect" on their website. The mayor said trams would run again on Tuesday.
"""


def test_a_short_wire_story_copied_whole_is_a_copy_however_much_of_it_is_quoted(write_corpus):
    found = load_corpus(write_corpus({"001_wire.txt": SHORT_WIRE, "002_copy.txt": SHORT_WIRE_COPY, **OTHERS})).relations
    assert {(r.a_id, r.b_id): r.kind for r in found.itertuples()} == {("001", "002"): "copy"}


SHORT_AGENCY = """GRANHOLT, May 9 (Agency) - Divers on Thursday found the wreck of a fishing boat that sank off Granholt in a storm last week, with all four of its crew missing, the coast guard said.

"The wreck lies on its side at a depth of forty metres," coast guard commander Lisa Torvik told reporters.

Families of the crew had earlier asked the navy to send a second search ship to the area.
"""

# a site's copy of it, with the agency's last sentence set above the story as a teaser and two sentences more
TEASER_COPY = """Wreck of missing fishing boat found off Granholt
Families of the crew had earlier asked the navy to send a second search ship to the area.
GRANHOLT - Divers on Thursday found the wreck of a fishing boat that sank off Granholt in a storm last week, with all four of its crew missing, the coast guard said.
"The wreck lies on its side at a depth of forty metres," coast guard commander Lisa Torvik told reporters.
The boat had left the harbour at dawn despite warnings of gale-force winds.
Its owner said he would pay for the salvage.
"""


def test_a_short_story_copied_whole_with_a_sentence_moved_up_as_a_teaser_is_a_copy(write_corpus):
    """A page that sets one of the story's sentences above it (a teaser or standfirst) keeps every sentence of the
    short agency story word for word, one out of order: a copy, though the in-order alignment holds two."""
    found = load_corpus(write_corpus({"001_agency.txt": SHORT_AGENCY, "002_site.txt": TEASER_COPY,
                                      **OTHERS})).relations
    assert {(r.a_id, r.b_id): r.kind for r in found.itertuples()} == {("001", "002"): "copy"}


# --- excerpts of one long story (session 16) ------------------------------------------------------------------
# Invented: five pages on penal squads of an invented army. Pages 1 and 2 print one Reuters headline, each over a
# different stretch of the story (no sentence in common); page 3 retells it ("Reuters tells of it"), sharing
# its figures (80-120 men, 14 people) but no sentence; page 4 reports the same commander's statement with the same
# figures but names no outlet (an independent report); page 5 prints page 1's headline over a text of its own that
# names no outlet.
HEADLINE = "'We were sent to die': Ostrinia fills penal squads with deserters and prisoners"
EXCERPT_ONE = (HEADLINE + "\n\nReuters\n\n"
               "The squads, each about 80-120 strong, are attached to regular brigades along the Varna river and "
               "have been thrown into the deadliest sectors of the line, according to 14 people who spoke to Reuters.\n"
               "The first recruits were deserters, a former officer said, and prisoners followed in "
               "the spring.\n"
               "A medic in the 12th brigade said wounded squad members were often left where they fell.\n")
EXCERPT_TWO = (HEADLINE + "\n\nLENZ, May 4 (Reuters) - Penal squads have fought near the town of Kresk since "
               "March, two relatives of fighters said.\n"
               "One mother said her son called her from a trench and asked her to pray for him.\n"
               "The defence ministry of Ostrinia did not answer written questions about the units.\n")
RETELLING = ("Ostrinia's penal squads are filled with deserters, Reuters says\n\n"
             "Source. Reuters tells of it, having spoken to 14 soldiers and chaplains.\n\n"
             "Penal squads of the Ostrinian army, from 80 to 120 people each, are attached to regular brigades "
             "along the Varna river, the agency notes.\n\n"
             "Deserters and prisoners are thrown into the deadliest sectors of the line and rarely come back, "
             "Reuters writes.\n")
OWN_REPORT = ("Commander defends penal units\n\n"
              "The commander of the Varna front said on Monday that squads of 80 to 120 men had been formed from "
              "volunteers, and that 14 of them had been decorated.\n"
              "He denied that wounded men were abandoned and called such claims lies.\n"
              "Rights groups in the capital say the units are made up of convicts who had no real choice.\n")
SAME_HEADLINE_OWN_TEXT = (HEADLINE + "\n\nA blogger's view: the war is changing the army beyond recognition, and "
                          "every reader should ask what kind of country sends its prisoners to the front.\n"
                          "I have written about this for years and will keep doing so, whatever the cost to me.\n")


def test_excerpts_of_one_long_story_are_versions_and_independent_reports_are_not(write_corpus):
    corpus = load_corpus(write_corpus({"101_one.txt": EXCERPT_ONE, "102_two.txt": EXCERPT_TWO,
                                       "103_retold.txt": RETELLING, "104_own.txt": OWN_REPORT,
                                       "105_blog.txt": SAME_HEADLINE_OWN_TEXT}))
    found = {(r.a_id, r.b_id): r for r in corpus.relations.itertuples()}
    assert set(found) == {("101", "102"), ("101", "103"), ("102", "103")}, corpus.relations
    assert found[("101", "102")].kind == "copy" and "one headline" in found[("101", "102")].story_evidence
    assert "80, 120" in found[("101", "103")].story_evidence  # the shared figures are its evidence
    assert found[("101", "103")].derived == "103" and found[("102", "103")].derived == "103"


def test_pages_under_one_headline_dated_weeks_apart_are_not_excerpts_of_one_story(write_corpus):
    """One outlet's headline reused three weeks later over a new stretch of reporting: a later story."""
    first = EXCERPT_ONE.replace("\n\nReuters\n\n", "\n\nReuters\n\nMay 4, 2024\n\n")
    later = EXCERPT_TWO.replace("LENZ, May 4 (Reuters)", "LENZ (Reuters)").replace(HEADLINE + "\n\n",
                                                                                   HEADLINE + "\n\nMay 27, 2024\n\n")
    corpus = load_corpus(write_corpus({"111_first.txt": first, "112_later.txt": later}))
    assert corpus.relations.empty, corpus.relations
    same_day = later.replace("May 27, 2024", "May 4, 2024")
    corpus = load_corpus(write_corpus({"111_first.txt": first, "112_later.txt": same_day}))
    assert len(corpus.relations) == 1 and corpus.relations.iloc[0]["kind"] == "copy"
