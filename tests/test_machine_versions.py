"""Versions in one language that follow another sentence by sentence: a round trip through another language
(English -> German -> English) reads as fluent English and shows no machine-translation signs, but it is in
lockstep with its original, which an editorial rewrite is not. All articles invented."""

from __future__ import annotations

from analysis import translation
from analysis.corpus import load_corpus

ORIGINAL = """Ferry operator scraps winter sailings as fuel costs soar

The Northwind Ferry Company said on Thursday it would cut its winter crossings between Port Alder and Fenwick Island by a third, blaming a sharp rise in fuel costs.

The company, which carries about 4,200 passengers a week in the off-season, will run two daily sailings instead of three from November 14.

"We've held off as long as we could, but the numbers just don't add up any more," chief executive Ruth Calloway told reporters at the harbour.

Islanders reacted angrily to the news, saying the cuts would leave commuters stranded on stormy days.

"People here can't simply hop in a car and drive to the mainland," said Tom Avery, who chairs the Fenwick residents' association.

The regional transport board, which subsidises the route, said it had not been consulted and would review the contract.

Fuel accounts for nearly 40 percent of the operator's running costs, up from 25 percent two years ago, according to its annual report.

The company said it would bring back the full timetable in April if prices eased.
"""

# the ORIGINAL through German and back: synonyms swapped, literal phrasing, articles and prepositions changed,
# contractions spelled out, names and numbers kept, one sentence for one sentence; and one negation lost
ROUND_TRIP = """Ferry operator cancels winter trips as fuel costs rise sharply

The Northwind Ferry Company announced on Thursday that it will reduce its winter crossings between Port Alder and Fenwick Island by one third and blamed a sharp increase in fuel costs for this.

The company, which transports around 4,200 passengers per week in the low season, will operate two daily departures instead of three from November 14.

"We have waited as long as we could, but the numbers simply do not add up anymore," managing director Ruth Calloway told journalists at the port.

The island residents reacted angrily to the news and said that the cuts would leave commuters stuck on stormy days.

"People here cannot simply get into a car and drive to the mainland," said Tom Avery, who heads the Fenwick residents' association.

The regional transport authority, which subsidizes the route, said it had been consulted and would check the contract.

Fuel makes up almost 40 percent of the operating costs of the operator, compared to 25 percent two years ago, according to its annual report.

The company said it would reintroduce the complete timetable in April if the prices eased.
"""

# an editor's rewrite of the ORIGINAL: reordered, cut, with new sentences and quotes (and keeping two of the
# reporter's sentences: one quotation and loosely retold facts alone are what an independent report shares)
EDITORIAL = """Fenwick islanders fear isolation as ferry drops a daily sailing

Residents of Fenwick Island say they will be cut off on stormy days after the Northwind Ferry Company decided to drop one of its three daily winter sailings.

"People here can't simply hop in a car and drive to the mainland," said Tom Avery, who chairs the island's residents' association.

Mary Dunn, a nurse who commutes to Port Alder, said she would have to leave home at 5 a.m. to make her morning shift.

"I'll be spending more time waiting on the pier than at work," she said.

The regional transport board, which subsidises the route, said it had not been consulted and would now review the contract.

Northwind blamed fuel, which it says now makes up nearly 40 percent of its running costs.

The new timetable starts on November 14 and runs until April.

Local councillor Priya Shah called for an emergency meeting of the island council next week.
"""


def _kinds(corpus) -> dict[frozenset, tuple[str, str]]:
    return {frozenset((r.a_id, r.b_id)): (r.kind, r.derived) for r in corpus.relations.itertuples()}


def test_a_round_trip_is_a_machine_translation_of_its_original_and_an_editorial_rewrite_is_not(write_corpus):
    corpus = load_corpus(write_corpus({"001_ferry.txt": ORIGINAL, "002_round_trip.txt": ROUND_TRIP,
                                       "003_rewrite.txt": EDITORIAL}))
    kinds = _kinds(corpus)
    assert kinds[frozenset(("001", "002"))] == ("translation", "002")
    assert kinds[frozenset(("001", "003"))][0] == "rewrite"
    assert kinds.get(frozenset(("002", "003")), ("rewrite", ""))[0] == "rewrite"  # not a translation of 003
    status = corpus["002"].meta["translation_status"]
    assert status.value == "machine_translation" and corpus["002"].value("translation_of") == "001"
    assert "one to one in order" in status.evidence and "don't" in status.evidence  # why, and why this side
    assert corpus["001"].value("translation_status") == "original"
    assert corpus["003"].value("translation_status") == "original"
    row = corpus.relations[(corpus.relations.a_id == "001") & (corpus.relations.b_id == "003")].iloc[0]
    assert row.lockstep == ""


def test_a_negation_lost_in_a_round_trip_is_caught(write_corpus):
    """Sentence embeddings ignore negation, so the pair is found whatever it says; the translation checks then
    compare the round trip with its original and find the lost 'not'."""
    corpus = load_corpus(write_corpus({"001_ferry.txt": ORIGINAL, "002_round_trip.txt": ROUND_TRIP}))
    issues = translation.analyse(corpus).issues
    negations = issues[(issues.category == "negation") & (issues.article_id == "002")]
    assert len(negations) == 1 and negations.iloc[0].severity == "critical"
    assert "had been consulted" in negations.iloc[0].text
    assert "had not been consulted" in negations.iloc[0].reference_text


PLAIN = ORIGINAL.replace("We've", "We have").replace("don't", "do not").replace("can't", "cannot")  # no contraction


def test_a_that_after_a_reporting_verb_tells_the_round_trip(write_corpus):
    """With no contraction to tell them apart: the translation back writes 'said that the cuts' where English
    news writes 'saying the cuts', and 'said that it had' where it writes 'said it had'; two such sentences
    tell, one does not (a writer's habit as often as a translation's: it once reversed a round trip)."""
    twice = ROUND_TRIP.replace("said it had been consulted", "said that it had been consulted")
    corpus = load_corpus(write_corpus({"001_ferry.txt": PLAIN, "002_round_trip.txt": twice}))
    status = corpus["002"].meta["translation_status"]
    assert status.value == "machine_translation" and "said that" in status.evidence
    assert corpus["001"].value("translation_status") == "original"
    corpus = load_corpus(write_corpus({"001_ferry.txt": PLAIN, "002_round_trip.txt": ROUND_TRIP}))
    assert corpus["002"].value("translation_status") == "unknown"
    assert _kinds(corpus)[frozenset(("001", "002"))] == ("rewrite", "")


def test_when_neither_text_tells_which_came_first_both_are_unknown(write_corpus):
    round_trip = ROUND_TRIP.replace("said that the cuts", "said the cuts")
    corpus = load_corpus(write_corpus({"001_ferry.txt": PLAIN, "002_round_trip.txt": round_trip}))
    for article_id in ("001", "002"):
        status = corpus[article_id].meta["translation_status"]
        assert status.value == "unknown" and "neither text tells" in status.evidence
    assert _kinds(corpus)[frozenset(("001", "002"))] == ("rewrite", "")


def test_the_later_stated_date_is_the_machine_version(write_corpus):
    round_trip = ROUND_TRIP.replace("said that the cuts", "said the cuts")
    corpus = load_corpus(write_corpus({
        "001_ferry.txt": PLAIN, "002_round_trip.txt": round_trip,
        "manifest.csv": "file,published\n001_ferry.txt,2024-03-07\n002_round_trip.txt,2024-03-09\n"}))
    assert corpus["002"].value("translation_status") == "machine_translation"
    assert "dated 2024-03-09, after 001" in corpus["002"].meta["translation_status"].evidence
    assert _kinds(corpus)[frozenset(("001", "002"))] == ("translation", "002")


def test_a_round_trip_page_with_stray_lines_between_its_paragraphs_is_still_in_lockstep(write_corpus):
    """A page leaves a related story's headline or an image's alt text between paragraphs: a few stray lines
    inside the shared stretch do not break the lockstep."""
    paragraphs = ROUND_TRIP.split("\n\n")
    paragraphs.insert(3, "Harbour master retires after forty years of service on the island")
    paragraphs.insert(7, "A ferry at the pier in Port Alder on a grey winter morning")
    corpus = load_corpus(write_corpus({"001_ferry.txt": ORIGINAL, "002_round_trip.txt": "\n\n".join(paragraphs)}))
    assert corpus["002"].value("translation_status") == "machine_translation"
    assert _kinds(corpus)[frozenset(("001", "002"))] == ("translation", "002")


def test_a_close_round_trip_is_no_edited_copy(write_corpus):
    """A round trip that changes only a word or two, but in nearly every sentence, matches closely enough to
    pass for a copy; an edited copy leaves most sentences word for word."""
    close = ORIGINAL
    for old, new in [("scraps", "cancels"), ("said on Thursday it", "said on Thursday that it"),
                     ("sharp rise", "sharp increase"), ("carries about", "carries around"), ("We've", "We have"),
                     ("don't", "do not"), ("told reporters", "told journalists"), ("Islanders", "The islanders"),
                     ("can't simply hop in", "cannot simply get in"), ("subsidises", "subsidizes"),
                     ("nearly 40", "almost 40"), ("bring back", "restore")]:
        close = close.replace(old, new)
    corpus = load_corpus(write_corpus({"001_ferry.txt": ORIGINAL, "002_close.txt": close}))
    assert _kinds(corpus)[frozenset(("001", "002"))] == ("translation", "002")
    assert corpus["002"].value("translation_status") == "machine_translation"
    edited = ORIGINAL.replace("sharp rise", "sharp increase").replace("nearly 40", "almost 40")
    corpus = load_corpus(write_corpus({"001_ferry.txt": ORIGINAL, "002_close.txt": edited}))
    assert _kinds(corpus)[frozenset(("001", "002"))][0] == "copy"
    assert corpus["002"].value("translation_status") == "original"


def test_two_round_trips_of_one_original_are_each_its_machine_translation(write_corpus):
    """Each round trip is closer to the original than to the other round trip: both are read as machine
    translations of the original, whatever the order of the files."""
    other = ROUND_TRIP
    for old, new in [("cancels winter trips", "stops winter services"), ("announced", "said"),
                     ("transports", "carries"), ("managing director", "chief executive"),
                     ("The island residents", "Islanders"), ("authority", "board"), ("makes up", "accounts for"),
                     ("reintroduce", "bring back"), ("do not add up", "don't add up")]:
        other = other.replace(old, new)
    corpus = load_corpus(write_corpus({"001_round_trip.txt": ROUND_TRIP, "002_round_trip.txt": other,
                                       "003_ferry.txt": ORIGINAL}))
    for article_id in ("001", "002"):
        assert corpus[article_id].value("translation_status") == "machine_translation"
        assert corpus[article_id].value("translation_of") == "003"
    assert corpus["003"].value("translation_status") == "original"


def test_two_round_trips_of_an_outlets_story_absent_from_the_corpus_derive_from_neither(write_corpus):
    """Two round trips of a CNN story, each citing CNN in the third person, without the story itself: neither is
    the other's source, so the pair is no translation and has no direction, and both are machine versions."""
    cited = ROUND_TRIP.replace("for this.", "for this, according to CNN.")
    other = cited
    for old, new in [("cancels winter trips", "stops winter services"), ("announced", "said"),
                     ("transports", "carries"), ("managing director", "chief executive"),
                     ("The island residents", "Islanders"), ("authority", "board"), ("makes up", "accounts for"),
                     ("reintroduce", "bring back")]:
        other = other.replace(old, new)
    corpus = load_corpus(write_corpus({"001_round_trip.txt": cited, "002_round_trip.txt": other}))
    assert _kinds(corpus)[frozenset(("001", "002"))] == ("rewrite", "")
    for article_id in ("001", "002"):
        status = corpus[article_id].meta["translation_status"]
        assert status.value == "machine_translation" and "retells CNN's story" in status.evidence
        assert corpus[article_id].value("translation_of") == ""


def _curly(text: str) -> str:
    """The text with curly quotation marks and apostrophes, as a news site sets it."""
    text = text.replace("'", "\u2019")
    return "".join(part if k % 2 == 0 else f"\u201c{part}\u201d" for k, part in enumerate(text.split('"')))


def test_a_garbled_copy_derives_from_the_clean_page(write_corpus):
    """A scraper that reads a page's UTF-8 with the wrong code page garbles every curly mark ('\u9225\u6de8e' for
    '\u201cWe'): the garbled copy derives from the clean page, and its garbling is no machine-translation sign."""
    clean = _curly(ORIGINAL)
    for codec in ("gbk", "cp1252"):
        garbled = clean.encode("utf-8").decode(codec, errors="replace")
        corpus = load_corpus(write_corpus({"001_ferry.txt": clean, "002_scraped.txt": garbled}))
        kind, derived = _kinds(corpus)[frozenset(("001", "002"))]
        assert (kind, derived) == ("copy", "002"), codec
        assert corpus["002"].value("translation_status") == "original"
        row = corpus.relations.iloc[0]
        assert "garbled by a wrong decoding" in row.direction_evidence


def test_a_machine_translation_of_a_third_text_is_no_translation_of_its_rewrite(write_corpus):
    """A machine translation (told by its wording: two news formulas and a slip, '40 %') and another outlet's
    rewrite of the same story both derive from a third text, the wire story in its own language: they are versions
    of each other by their text (a rewrite, not in lockstep), and neither derives from the other."""
    machine = EDITORIAL.replace("Residents of Fenwick Island say", "It is reported that residents of Fenwick "
                                "Island say").replace("Local councillor", "Within the framework of the review, "
                                                      "local councillor").replace("40 percent", "40 %")
    corpus = load_corpus(write_corpus({"001_ferry.txt": ORIGINAL, "002_machine.txt": machine}))
    assert corpus["002"].value("translation_status") == "machine_translation"
    assert _kinds(corpus)[frozenset(("001", "002"))] == ("rewrite", "")
    assert corpus["002"].value("translation_of") == ""


WIRE = """Port Alder council votes to close the old fish market

The Port Alder council voted on Tuesday to close the town's old fish market by the end of the year, citing repair costs of about 2 million pounds.

The market hall, which locals call the "Tin Cathedral", has stood on the harbour front since 1887 and houses 23 stalls.

Traders will be offered places in a new covered market on Mill Street, which is due to open in the spring.

Several traders said they had not been told about the vote until the morning of the meeting.

The council's finance committee had warned in March that the roof could not survive another winter without work.

A petition to save the building has gathered more than 4,000 signatures in two weeks.
"""

RETOLD = """Anger as Port Alder shuts its Victorian fish market

Fishmongers in Port Alder are angry after the council decided to shut the harbour market they have worked in for decades.

The council voted on Tuesday to close the old fish market by the end of the year, saying repairs would cost about 2 million pounds.

The market hall, known locally as the "Tin Cathedral", has stood on the harbour front since 1887 and has 23 stalls.

Stallholders will be offered places at a new covered market on Mill Street, due to open in the spring.

One trader, Jean Morrow, has run her stall for 31 years and says she will retire rather than move.

Campaigners plan a march along the seafront on Saturday.
"""


def test_a_term_in_quotation_marks_is_the_reporters_own_sentence(write_corpus):
    """A name or term in quotation marks ('the "Tin Cathedral"') sits in the reporter's own sentence: a retelling
    that shares it is a version, as much as one sharing any other sentence (a quoted statement is the speaker's)."""
    corpus = load_corpus(write_corpus({"001_wire.txt": WIRE, "002_retold.txt": RETOLD}))
    assert _kinds(corpus)[frozenset(("001", "002"))][0] == "rewrite"


def test_a_retelling_that_keeps_told_reuters_derives_from_the_signed_wire_story(write_corpus):
    """'told Reuters' is in the agency's own story and in every retelling of it: of two versions carrying it,
    the one signed by the agency's dateline is the original."""
    wire = ORIGINAL.replace("The Northwind Ferry Company said on Thursday it", "PORT ALDER (Reuters) - The Northwind "
                            "Ferry Company told Reuters on Thursday it").replace("told reporters at", "told Reuters at")
    retold = wire.replace("PORT ALDER (Reuters) - ", "").replace(
        "The company said it would bring back", "Councillor Priya Shah said the island would ask to bring back")
    corpus = load_corpus(write_corpus({"001_retold.txt": retold, "002_wire.txt": wire}))
    assert corpus["001"].value("original_outlet") == corpus["002"].value("original_outlet") == "Reuters"
    _, derived = _kinds(corpus)[frozenset(("001", "002"))]
    assert derived == "001"
    assert "PORT ALDER (Reuters)" in corpus.relations.iloc[0].direction_evidence


def test_a_retelling_signed_by_another_agency_derives_from_the_wire_story_it_cites(write_corpus):
    """A retelling under another agency's dateline is that agency's story; it keeps 'told Reuters' from the
    Reuters story it retells, which Reuters signs: it derives from that story."""
    wire = ORIGINAL.replace("The Northwind Ferry Company said on Thursday it", "PORT ALDER (Reuters) - The Northwind "
                            "Ferry Company told Reuters on Thursday it").replace("told reporters at", "told Reuters at")
    retold = wire.replace("PORT ALDER (Reuters) - ", "FENWICK (AFP) - ").replace(
        "The company said it would bring back", "Councillor Priya Shah said the island would ask to bring back")
    corpus = load_corpus(write_corpus({"001_retold.txt": retold, "002_wire.txt": wire}))
    assert corpus["001"].value("original_outlet") == "Agence France-Presse"
    _, derived = _kinds(corpus)[frozenset(("001", "002"))]
    assert derived == "001"
    assert "PORT ALDER (Reuters)" in corpus.relations.iloc[0].direction_evidence


def test_no_original_derives_from_a_machine_translation_signed_by_the_wire(write_corpus):
    """A machine translation (its signs: 'the past Thursday', '40 %') of the agency's story keeps the agency's
    dateline; two English copies of the story only cite the agency ('told Reuters'). The translation derives from
    one copy, and neither copy derives from the translation: an outlet does not print a machine's English as its
    own."""
    cited = ORIGINAL.replace("told reporters at", "told Reuters at")
    copy = cited.replace("Ferry operator scraps winter sailings as fuel costs soar",
                         "Northwind ferry scraps winter sailings as fuel costs soar")
    translated = ROUND_TRIP.replace("The Northwind Ferry Company announced", "PORT ALDER (Reuters) - The Northwind "
                                    "Ferry Company announced").replace("told journalists at", "told Reuters at")
    translated = translated.replace("on Thursday that", "the past Thursday that").replace("40 percent", "40 %")
    corpus = load_corpus(write_corpus({"001_cited.txt": cited, "002_copy.txt": copy, "003_translated.txt": translated}))
    kinds = _kinds(corpus)
    assert {kinds[frozenset((english, "003"))][1] for english in ("001", "002")} <= {"003", ""}
    assert "003" in {kinds[frozenset((english, "003"))][1] for english in ("001", "002")}


TRAM_WIRE = """Lenz council approves tram extension

The Lenz city council approved on Tuesday a plan to extend the tram line to the northern suburb of Halden, a project estimated at 120 million euros.
The vote passed with 31 councillors in favour and 14 against, after a debate that lasted more than five hours.
Construction is expected to begin in the spring of 2025 and the first trams should reach Halden in 2028.
Opponents argued that buses would serve the suburb at a fraction of the cost.
The regional government has promised to cover 40 percent of the bill.
"""

# a desk's rewrite of the short wire story: every sentence reworded in British spelling, in the wire's order
TRAM_REWRITE = """Tram line to reach Halden after council vote

On Tuesday the city council of Lenz gave its approval to a plan extending the tram line to Halden, a northern suburb, at an estimated cost of 120 million euros.
Councillors backed the plan by 31 votes to 14 following a debate of more than five hours.
Work is due to start in the spring of 2025, with the first trams scheduled to arrive in Halden in 2028.
Critics of the scheme said that buses could serve the suburb for a fraction of the cost.
The regional government has pledged to meet 40 percent of the bill.
"""


def test_a_short_rewrite_in_the_order_of_its_wire_story_is_no_machine_translation(write_corpus):
    """Five sentences reworded in the wire's order are how a desk rewrites a short wire story: lockstep over so
    few sentences tells no round trip, and neither version is a machine translation."""
    corpus = load_corpus(write_corpus({"001_wire.txt": TRAM_WIRE, "002_rewrite.txt": TRAM_REWRITE}))
    assert [corpus[i].value("translation_status") for i in ("001", "002")] == ["original", "original"]


def test_the_version_that_runs_words_together_across_punctuation_is_the_machine_version(write_corpus):
    """A round trip that lost a comma between two words ('commuters, pensioners' printed 'commuterspensioners')
    derives from the text that keeps them apart; nothing else tells here (same contractions, no 'said that')."""
    original = ORIGINAL.replace("leave commuters stranded", "leave commuters, pensioners and pupils stranded")
    round_trip = ROUND_TRIP.replace("leave commuters stuck", "leave commuterspensioners and pupils stuck").replace(
        "We have waited", "We've waited").replace("simply do not add", "simply don't add").replace(
        "cannot simply", "can't simply").replace("announced on Thursday that it", "announced on Thursday it").replace(
        "and said that the cuts", "and said the cuts")
    corpus = load_corpus(write_corpus({"001_ferry.txt": original, "002_round_trip.txt": round_trip}))
    assert _kinds(corpus)[frozenset(("001", "002"))] == ("translation", "002")
    status = corpus["002"].meta["translation_status"]
    assert status.value == "machine_translation" and "commuterspensioners" in status.evidence
    assert corpus["001"].value("translation_status") == "original"


def test_words_apart_across_a_space_or_hyphen_are_a_spelling_not_a_lost_mark():
    from analysis.metadata import _fused_words
    assert _fused_words("the healthcare of the nonprofit", "the health care of the non-profit in 2022 the") == []
    assert _fused_words("Martin Luther King Jr spoke", "Martin Luther King J.R. spoke") == []
    assert _fused_words("executions and deathsbeatings", "executions and deaths, beatings") == ["deathsbeatings"]


def test_a_round_trip_derives_from_every_copy_of_its_original(write_corpus):
    """One wire story on two sites (one page cut short, with a caption) and a round trip of it: the round trip
    is in lockstep with both and is the machine translation of the closer one; the other page is a copy of that
    original, so the round trip derives from it too."""
    paragraphs = ORIGINAL.split("\n\n")
    cut = "\n\n".join(paragraphs[:2] + ["Passengers queue for the morning ferry at Port Alder."] + paragraphs[2:-1])
    corpus = load_corpus(write_corpus({"001_ferry.txt": ORIGINAL, "002_repost.txt": cut,
                                       "003_round_trip.txt": ROUND_TRIP}))
    kinds = _kinds(corpus)
    assert kinds[frozenset(("001", "002"))] == ("copy", "")
    assert corpus["003"].value("translation_of") == "001"
    assert kinds[frozenset(("001", "003"))] == ("translation", "003")
    assert kinds[frozenset(("002", "003"))] == ("translation", "003")
    row = corpus.relations[(corpus.relations.a_id == "002") & (corpus.relations.b_id == "003")].iloc[0]
    assert "003 is a machine translation of 001, of which 002 is a copy" in row.direction_evidence


def test_two_round_trips_of_one_original_are_no_translation_of_one_another(write_corpus):
    """Two round trips of one story follow each other sentence by sentence, but each derives from the original,
    not from the other: their pair is a rewrite with no direction; and a rewrite of the original that keeps its
    order is no original of a round trip either."""
    other = ROUND_TRIP
    for old, new in [("cancels winter trips", "stops winter services"), ("announced", "said"),
                     ("transports", "carries"), ("managing director", "chief executive"),
                     ("The island residents", "Islanders"), ("authority", "board"), ("makes up", "accounts for"),
                     ("reintroduce", "bring back"), ("do not add up", "don't add up"),
                     ('"People here', 'People here')]:  # and loses a quotation mark: a sign the other lacks
        other = other.replace(old, new)
    corpus = load_corpus(write_corpus({"001_round_trip.txt": ROUND_TRIP, "002_round_trip.txt": other,
                                       "003_ferry.txt": ORIGINAL}))
    kinds = _kinds(corpus)
    assert kinds[frozenset(("001", "003"))] == ("translation", "001")
    assert kinds[frozenset(("002", "003"))] == ("translation", "002")
    assert kinds[frozenset(("001", "002"))] == ("rewrite", "")


def test_a_retelling_of_the_wire_story_derives_from_every_copy_of_it(write_corpus):
    """The agency's story signed by its dateline, another site's copy of it without the dateline (and cut), and
    an editor's rewrite that cites the agency: the rewrite derives from the signed story, as it says; the copy
    names no outlet, but it is a copy of that story, so the rewrite derives from it too."""
    wire = ORIGINAL.replace("The Northwind Ferry Company said on Thursday it",
                            "PORT ALDER (Reuters) - The Northwind Ferry Company said on Thursday it")
    copy = "\n\n".join(ORIGINAL.split("\n\n")[:-1])
    retold = EDITORIAL.replace("daily winter sailings.", "daily winter sailings, according to Reuters.")
    corpus = load_corpus(write_corpus({"001_wire.txt": wire, "002_copy.txt": copy, "003_retold.txt": retold}))
    kinds = _kinds(corpus)
    assert kinds[frozenset(("001", "002"))][0] == "copy"
    assert kinds[frozenset(("001", "003"))] == ("rewrite", "003")
    assert kinds[frozenset(("002", "003"))] == ("rewrite", "003")
    row = corpus.relations[(corpus.relations.a_id == "002") & (corpus.relations.b_id == "003")].iloc[0]
    assert "003 derives from 001" in row.direction_evidence and "002 is a copy" in row.direction_evidence


def test_a_version_of_a_story_on_many_sites_pairs_with_every_copy(write_corpus):
    """One story republished by seven sites (each with its own caption line) and a round trip of it: each copy's
    nearest are the other copies, and the round trip's nearest are only five of them; a version of one copy is a
    version of every copy, so the round trip is paired with all seven, as their machine translation."""
    paragraphs = ORIGINAL.split("\n\n")
    places = ["Port Alder", "Fenwick", "Lenz Bay", "Marrow Point", "Kestrel Sound", "Holm Quay", "Dunmore"]
    files = {f"00{k + 1}_copy.txt": "\n\n".join(paragraphs[:2] + [f"A ferry leaves the pier at {place}."]
                                                + paragraphs[2:]) for k, place in enumerate(places)}
    files["008_round_trip.txt"] = ROUND_TRIP
    corpus = load_corpus(write_corpus(files))
    kinds = _kinds(corpus)
    for k in range(1, 8):
        assert kinds[frozenset((f"00{k}", "008"))] == ("translation", "008"), k
    assert "copy" in set(corpus.relations.candidate_by)


def test_a_round_trip_is_compared_with_its_original_only_not_with_each_copy_of_it(write_corpus):
    """The round trip derives from the original and from the other site's copy of it, but its errors are
    reported once: the translation checks compare it with its `translation_of` only."""
    paragraphs = ORIGINAL.split("\n\n")
    cut = "\n\n".join(paragraphs[:2] + ["Passengers queue for the morning ferry at Port Alder."] + paragraphs[2:-1])
    corpus = load_corpus(write_corpus({"001_ferry.txt": ORIGINAL, "002_repost.txt": cut,
                                       "003_round_trip.txt": ROUND_TRIP}))
    pairs = translation.translation_pairs(corpus)
    assert [(p.translation.article_id, p.original.article_id) for p in pairs] == [("003", "001")]
    issues = translation.analyse(corpus).issues
    assert len(issues[(issues.category == "negation") & (issues.article_id == "003")]) == 1


def test_a_round_trip_is_the_machine_translation_of_an_excerpt_of_its_original(write_corpus):
    """A site that prints the story without three paragraphs from its middle (an excerpt: a copy) beside a round
    trip of the whole story: the two do not follow each other sentence by sentence, but the excerpt is the round
    trip's original as much as the full story is: `translation`, the round trip derived."""
    paragraphs = ORIGINAL.split("\n\n")
    excerpt = "\n\n".join(paragraphs[:3] + paragraphs[6:])
    corpus = load_corpus(write_corpus({"001_ferry.txt": ORIGINAL, "002_excerpt.txt": excerpt,
                                       "003_round_trip.txt": ROUND_TRIP}))
    kinds = _kinds(corpus)
    assert kinds[frozenset(("001", "002"))][0] == "copy"
    assert kinds[frozenset(("001", "003"))] == ("translation", "003")
    row = corpus.relations[(corpus.relations.a_id == "002") & (corpus.relations.b_id == "003")].iloc[0]
    assert row.lockstep == "" and (row.kind, row.derived) == ("translation", "003")


def test_a_desk_rewrite_in_lockstep_that_keeps_the_quotations_word_for_word_is_no_round_trip(write_corpus):
    """A desk rewording a wire story paragraph by paragraph follows it sentence by sentence as a round trip does,
    but keeps what people said word for word; a round trip through another language rewords the quotations as it
    rewords everything else. The rewrite stays a rewrite, and neither text a machine translation."""
    desk = ROUND_TRIP.replace(
        '"We have waited as long as we could, but the numbers simply do not add up anymore,"',
        '"We\'ve held off as long as we could, but the numbers just don\'t add up any more,"').replace(
        '"People here cannot simply get into a car and drive to the mainland,"',
        '"People here can\'t simply hop in a car and drive to the mainland,"')
    corpus = load_corpus(write_corpus({"001_ferry.txt": ORIGINAL, "002_desk.txt": desk}))
    row = corpus.relations.iloc[0]
    assert row.lockstep and (row.kind, row.derived) == ("rewrite", "")
    for article_id in ("001", "002"):
        status = corpus[article_id].meta["translation_status"]
        assert status.value == "original"
    assert "word for word" in corpus["002"].meta["translation_status"].evidence
    # (the round trip itself, its quotations reworded, is still read as one: the first test above)


# a story, and a foreign site's translation of it translated back into English: in the story's order, every
# sentence reworded, the quotations too, the figures kept, a contraction spelled out; the site added paragraphs of
# its own inside it, so the two are not in lockstep
STORY = """Mine rescuers reach trapped workers after two days underground

Rescue teams on Saturday reached 14 miners who had been trapped for two days after a tunnel collapsed at a coal mine near Dunmore Ridge, officials said.

The men were found alive in a ventilation chamber about 300 metres below the surface, where they had sheltered after the roof gave way on Thursday morning.

"They're exhausted and cold, but every one of them walked to the lift on his own feet," regional safety chief Alan Brierly told reporters at the pithead.

Crews had drilled a narrow shaft through 40 metres of rock to pass water and oxygen to the group before widening it overnight.

Relatives who had waited at the gate since Thursday broke into applause as the first ambulance pulled away.

"We never stopped believing they would come back to us," said Carol Henning, whose son was among the trapped men.

The mine's owner, Ridgeway Coal, said it would suspend work at the site until inspectors had examined every tunnel.

An inquiry into the cause of the collapse is expected to begin next week.
"""

RETRANSLATED = """Rescuers reached miners trapped underground for two days

Rescue teams reached on Saturday 14 miners who were trapped for two days after the collapse of a tunnel in a coal mine near Dunmore Ridge, officials reported.

The men were found alive in a ventilation chamber approximately 300 metres under the surface, where they had taken shelter after the ceiling collapsed on Thursday morning.

"They are exhausted and cold, but each of them walked to the elevator on his own feet," the regional security chief Alan Brierly told journalists at the mine entrance.

Mining accidents remain frequent in the region, where many pits date from the last century.

Last year, a gas explosion at another mine in the same district claimed several lives.

Teams drilled a narrow shaft through 40 metres of rock to deliver water and oxygen to the group before expanding it during the night.

Relatives who had been waiting at the gate since Thursday applauded when the first ambulance drove away.

Our correspondent reports that the atmosphere at the site was tense for both days.

"We never stopped believing that they would return to us," said Carol Henning, whose son was among the trapped men.

The owner of the mine, Ridgeway Coal, announced that it will suspend work at the site until inspectors have examined every tunnel.

An investigation into the cause of the collapse is expected to start next week.
"""

# a desk's rewrite of the STORY: in its order too, reworded, but what people said kept word for word
DESK = """Fourteen miners found alive after two days trapped near Dunmore Ridge

Rescue crews on Saturday got through to 14 miners trapped for two days by a tunnel collapse at a coal mine near Dunmore Ridge, according to officials.

The workers had taken refuge in a ventilation chamber some 300 metres down after the roof fell in on Thursday morning.

"They're exhausted and cold, but every one of them walked to the lift on his own feet," regional safety chief Alan Brierly said.

Rescuers first drilled a narrow shaft through 40 metres of rock to send down water and oxygen, then widened it overnight.

Families who had kept vigil at the gate since Thursday cheered as the first ambulance left.

"We never stopped believing they would come back to us," said Carol Henning, whose son was one of the 14.

Ridgeway Coal, which owns the mine, is halting work there until inspectors have checked every tunnel.

An inquiry into what caused the collapse should open next week.
"""


def test_a_translation_back_into_english_with_paragraphs_added_is_told_by_the_pair_itself(write_corpus):
    """Not in lockstep (the translating site added three paragraphs inside the story), neither text showing a
    sign: the pair still tells a machine translation, weighed over its aligned sentences: all in order, each
    reworded, the figures kept, the quotations reworded as everything else ("They're" spelled out); a desk's
    rewrite of the same story that keeps the quotations word for word stays a rewrite."""
    corpus = load_corpus(write_corpus({"001_mine.txt": STORY, "002_back.txt": RETRANSLATED, "003_desk.txt": DESK}))
    kinds = _kinds(corpus)
    row = corpus.relations[(corpus.relations.a_id == "001") & (corpus.relations.b_id == "002")].iloc[0]
    assert row.lockstep == ""
    assert kinds[frozenset(("001", "002"))] == ("translation", "002")
    status = corpus["002"].meta["translation_status"]
    assert status.value == "machine_translation" and corpus["002"].value("translation_of") == "001"
    assert "quotations reworded" in status.evidence and "They're" in status.evidence
    assert corpus["001"].value("translation_status") == "original"
    assert kinds[frozenset(("001", "003"))][0] == "rewrite"
    assert corpus["003"].value("translation_status") == "original"


def test_a_name_spelled_as_another_language_transliterates_it_tells_the_translation(write_corpus):
    """No contraction either way: the translation back through German keeps the German spelling of a place
    ('Zacharowka') where the original spells it as English does ('Zakharovka')."""
    story = STORY.replace("They're", "They are").replace("Dunmore Ridge", "Zakharovka")
    back = RETRANSLATED.replace("Dunmore Ridge", "Zacharowka")
    corpus = load_corpus(write_corpus({"001_mine.txt": story, "002_back.txt": back}))
    assert _kinds(corpus)[frozenset(("001", "002"))] == ("translation", "002")
    assert "Zacharowka for Zakharovka" in corpus["002"].meta["translation_status"].evidence


WIRE_FIRST = """Mudslide buries homes in hillside town

BRENNA VALE (Wire) — A mudslide after two days of heavy rain buried a row of homes in the hillside town of Brenna Vale, killing at least five people.
Rescuers say that’s possibly because the slope above the houses gave way when a drainage channel overflowed overnight.
A video posted by the regional civil protection office showed bulldozers clearing mud from the main road as neighbours dug with shovels.
Regional governor Ilse Martens said the army had sent two helicopters and a field kitchen to the town.
About 300 residents spent the night in the town's sports hall, the governor's office said in a statement.
"""

# the same wire story updated an hour later, as another site kept it: a sentence touched here and there (a tense,
# a detail put in, a typo), no sentence left word for word, long stretches of every one as they were
WIRE_UPDATE = """Mudslide buries homes in hillside town

BRENNA VALE, Norland (Wire) — A mudslide after two days of heavy rain buried a row of homes in the hillside town of Brenna Vale, killing at least five people.
Rescuers say the deaths on Tuesday were possibly because the slope above the houses gave way when a drainage channel overflowed overnight.
A video posted by the regional civil protection office shows bulldozers clearing mud from the main road as neighbours dug with shovels.
Regional governor Ilse Martens says the army had sent two helicopters and a field kitchen to the town.
About 300 residents spent the night in the town's sports hall, the governor's office said in a statment.
"""


def test_a_wire_story_and_its_update_are_copies_not_a_round_trip(write_corpus):
    """Two copies of one wire story, one of them updated (every sentence touched by a word or two, none word for
    word) are in lockstep as a round trip is, but keep long stretches of every sentence and swap no word for a
    synonym: an edited copy, and neither is a machine translation."""
    corpus = load_corpus(write_corpus({"001_first.txt": WIRE_FIRST, "002_update.txt": WIRE_UPDATE}))
    kind, derived = _kinds(corpus)[frozenset(("001", "002"))]
    assert kind == "copy"
    assert corpus["001"].value("translation_status") == "original"
    assert corpus["002"].value("translation_status") == "original"


# an editor's rewrite of the ORIGINAL that keeps its order sentence by sentence: clauses moved, few words swapped
# one for another (a round trip swaps a synonym in nearly every sentence), its quotations rearranged
DESK_IN_ORDER = """Ferry operator scraps winter sailings as fuel costs soar

Blaming a sharp rise in fuel costs, the Northwind Ferry Company said on Thursday it would cut its winter crossings between Port Alder and Fenwick Island by a third.

From November 14 the company, which carries about 4,200 passengers a week in the off-season, will run two daily sailings instead of three.

Chief executive Ruth Calloway told reporters at the harbour: "We've held off for as long as we could, and the numbers just don't add up any more."

Saying the cuts would leave commuters stranded on stormy days, islanders reacted angrily to the news.

Tom Avery, who chairs the Fenwick residents' association, said: "People here simply can't hop in a car and drive to the mainland."

It had not been consulted and would review the contract, said the regional transport board, which subsidises the route.

According to its annual report, fuel accounts for nearly 40 percent of the operator's running costs, up from 25 percent two years ago.

If prices eased, the company said, it would bring back the full timetable in April.
"""


def test_a_desk_rewrite_in_the_storys_order_that_swaps_few_words_is_no_round_trip(write_corpus):
    """In lockstep over eight sentences, but its sentences rebuilt around the same words (clauses moved, a
    quotation introduced by a colon) with hardly a word swapped for a synonym: a desk's rewrite, neither text a
    machine translation."""
    corpus = load_corpus(write_corpus({"001_ferry.txt": ORIGINAL, "002_desk.txt": DESK_IN_ORDER}))
    assert _kinds(corpus)[frozenset(("001", "002"))] == ("rewrite", "")
    assert corpus["001"].value("translation_status") == "original"
    assert corpus["002"].value("translation_status") == "original"
