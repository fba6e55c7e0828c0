"""Publication dates: given date lines, and inference from the text's own dated clues."""

from __future__ import annotations

import pandas as pd
import pytest

from analysis.corpus import load_corpus
from analysis.dating import light_tense


def published(write_corpus, text: str):
    corpus = load_corpus(write_corpus({"100_x.txt": text}))
    return corpus["100"].published


def test_a_date_line_is_given(write_corpus):
    pub = published(write_corpus, "date 2022-08-11\nSomething happened in the city today, officials said.\n")
    assert (pub.best, pub.earliest, pub.latest, pub.provenance) == ("2022-08-11", "2022-08-11", "2022-08-11", "given")


def test_future_election_bounds_from_above_and_past_dates_from_below(write_corpus):
    text = ("The minister said on October 4, 2023 that no new call-up was planned. "
            "Putin is expected to seek reelection in March 2024, analysts said.\n\n"
            "The invasion began in February 2022 and the war has dragged on.\n")
    pub = published(write_corpus, text)
    assert pub.provenance == "inferred"
    assert pub.earliest == "2023-10-04"
    assert pub.latest <= "2024-03-31" and pub.latest >= "2023-10-04"
    assert "2023-10-04" <= pub.best <= "2023-10-31"
    assert any("March 2024" in c.text for c in pub.evidence)
    assert all(c.start >= 0 for c in pub.evidence if c.text)


def test_yearless_months_take_their_year_from_last_year_clue(write_corpus):
    text = ("Russia has tapped the prisons since last year after its invasion in February 2022.\n\n"
            "The convict was released on April 14 and was at the front by early May. "
            "The minister said on October 4 that there would be no mobilization.\n")
    pub = published(write_corpus, text)
    assert pub.earliest == "2023-10-04"
    assert pub.latest <= "2023-12-31"
    assert pub.best.startswith("2023-10")


def test_relative_to_a_reference_event(write_corpus):
    text = ("As Russia continues to suffer losses in its invasion of Ukraine, now approaching its sixth month, "
            "the Kremlin has refused to mobilize.\n\nIn early August, the lawyer said he received many requests.\n")
    pub = published(write_corpus, text)
    assert pub.earliest >= "2022-06-01" and pub.earliest <= "2022-08-10"
    assert pub.latest >= "2022-08-24" and pub.latest <= "2022-09-30"
    assert pub.best.startswith("2022-08")


def test_years_of_a_leader_rule_date_an_article(write_corpus):
    text = "The decision marks a watershed in Putin's 23-year rule, experts said. It was taken in November.\n"
    pub = published(write_corpus, text)
    assert "2022-06-01" <= pub.earliest and pub.latest <= "2024-03-31"


def test_a_length_of_rule_is_not_counted_from_a_war_named_elsewhere(write_corpus):
    text = ("The governor's decision on January 13, 2023 to bolster the faltering war effort marks a watershed in "
            "his 23-year rule, experts said.\n")
    pub = published(write_corpus, text)
    assert pub.earliest == "2023-01-13" and pub.best.startswith("2023-01")
    assert not pub.conflicts and "rule" not in " ".join(c.text for c in pub.evidence)


def test_no_clue_leaves_the_date_unknown_and_says_so(write_corpus):
    pub = published(write_corpus, "The prisoners said the food was bad and the guards were cruel.\n")
    assert (pub.best, pub.earliest, pub.latest, pub.provenance) == ("", "", "", "unknown")
    assert pub.evidence and pub.evidence[0].reason


@pytest.mark.parametrize("text_in", ["", "2022 2023 2024", "in in in since since by", "March March 2024 will was",
                                     "\x00\x01 ago ago 99999 months ago", "approaching its 1000th month of war"])
def test_odd_text_never_raises(write_corpus, text_in):
    published(write_corpus, text_in + "\n")


@pytest.mark.parametrize("sentence, phrase, expected", [
    ("He is expected to seek reelection in March 2024.", "March 2024", "future"),
    ("The minister said on October 4 that there will be no mobilization.", "October 4", "past"),
    ("In 2021, Putin granted pardons to six people.", "2021", "past"),
    ("There will be talks in May, officials said.", "May", "future"),
    ("Putin said in 2023 that he would run in 2024.", "2024", ""),
    ("Putin said in 2023 that he would run in 2024.", "2023", "past"),
    ("The bank has forecast inflation to increase further in 2019 and 2020.", "2019", "future"),
    ("The bank predicted in March 2019 that prices would rise.", "March 2019", "past"),
    ("The unit retreated due to heavy losses in May 2023.", "May 2023", "past"),  # causal, not a plan
    ("The court said he was due to report on Feb. 9.", "Feb. 9", ""),  # a plan told in the past
    ("She would have stayed in office until 2031 had the vote failed.", "2031", ""),  # a past that did not happen
    ("He served in the navy until 2015.", "2015", "past"),
    ("She estimated that 900 people would have signed up by March 2022.", "March 2022", "past"),  # no condition
    ("The last known case dates back to 9 March 2021 in the northern camp.", "9 March 2021", "past"),
])
def test_light_tense(sentence, phrase, expected):
    start = sentence.index(phrase)
    assert light_tense(sentence, start, start + len(phrase)) == expected


def test_seed_dates(seed_corpus):
    """Verified by reading: 001 states 2022-08-11; 000 is its translation; 002 speaks of the end of July and a
    nearly six-month invasion (Aug 2022); 003 quotes October 4 statements, 'since last year after ... February 2022'
    and a March 2024 election ahead (Oct 2023); 004 counts 'more than six months' since Wagner's prison recruiting
    began in early July and Putin's '23-year rule' (early 2023)."""
    pub = {a.article_id: a.published for a in seed_corpus.analysable}
    assert pub["001"].best == "2022-08-11" and pub["001"].provenance == "given"
    assert pub["000"].earliest >= "2022-08-01" and pub["000"].best.startswith("2022-08")
    assert pub["002"].best.startswith(("2022-07-2", "2022-07-3", "2022-08")) and pub["002"].latest <= "2022-08-31"
    assert pub["002"].earliest >= "2022-07-24"
    assert pub["003"].earliest == "2023-10-04" and pub["003"].best.startswith("2023-10")
    assert pub["003"].latest <= "2024-03-31"
    assert pub["004"].best.startswith(("2022-12", "2023-01", "2023-02")) and pub["004"].earliest >= "2022-11-01"


@pytest.mark.parametrize("text_in, earliest_at_least, latest_at_most", [
    ("Ukraine marked the first anniversary of the invasion on Friday, officials said.", "2023-01-20", "2023-03-31"),
    ("Six months ago, Russia invaded Ukraine, and the war goes on.", "2022-07-15", "2022-10-01"),
    ("A year into the war, the army is short of men.", "2022-08-15", "2023-09-30"),
])
def test_elapsed_time_counted_from_the_invasion(write_corpus, text_in, earliest_at_least, latest_at_most):
    pub = published(write_corpus, text_in + "\n")
    assert earliest_at_least <= pub.earliest and pub.latest <= latest_at_most


def test_weekday_and_date_pick_the_year(write_corpus):
    text = ("The war in Ukraine goes on. The minister said on Friday, October 4 that 300 men had signed up.\n\n"
            "Officials said in 2016 that the prisons were full.\n")
    pub = published(write_corpus, text)
    assert pub.best.startswith("2019-10")  # 4 October was a Friday in 2019 (and 2024): the first after 2016


def test_last_month_beside_a_month_sets_the_month(write_corpus):
    text = ("Russia invaded Ukraine in February 2022. Last month, in July, the ministry said it had recruited "
            "prisoners.\n\nThe campaign began in May.\n")
    pub = published(write_corpus, text)
    assert pub.earliest >= "2022-08-01" and pub.latest <= "2022-08-31"


def test_a_target_year_is_not_a_past_event(write_corpus):
    pub = published(write_corpus, "The ministry said in February 2023 that it aims to double recruitment by 2030.\n")
    assert pub.earliest == "2023-02-01" and pub.best < "2024-01-01"


@pytest.mark.parametrize("dateline, expected", [
    ("MOSCOW, Jan 20 (Reuters) - ", "2023-01-20"),
    ("KYIV, 20 January (AFP) \u2013 ", "2023-01-20"),
    ("LONDON, Jan. 20, 2023 (AP) - ", "2023-01-20"),
    ("KYIV, Ukraine, Jan. 20 (UPI) -- ", "2023-01-20"),
    ("Jan 20 (Reuters) - ", "2023-01-20"),
])
def test_wire_dateline_gives_the_day(write_corpus, dateline, expected):
    text = (dateline + "Wagner has recruited up to 50,000 convicts since it began visiting prisons in July 2022, a "
            "rights group said on Friday.\nThe group said the figures came from relatives and prison staff.\n")
    published = load_corpus(write_corpus({"300_wire.txt": text}))["300"].published
    assert published.best == expected
    assert (published.earliest, published.latest) == ("2023-01-19", "2023-01-22")  # time zones and copies
    assert "dateline" in published.evidence[0].reason
    assert published.confidence == ("high" if "2023" in dateline else "medium")


def test_updated_line_dates_a_page_that_states_no_publication_date(write_corpus):
    text = ("Updated 8:12 AM EST, Fri January 27, 2023\n"
            "Convicts recruited by Wagner last summer are returning home, officials said last week.\n"
            "Relatives said the men had been promised pardons after six months at the front in 2022.\n")
    published = load_corpus(write_corpus({"310_cnn.txt": text}))["310"].published
    assert (published.best, published.latest) == ("2023-01-27", "2023-01-27")
    assert published.earliest <= "2023-01-27"
    assert "update date" in published.evidence[0].reason


# ------------------------------------------------------------------ patterns seen on real pages (invented text)
def test_a_date_prefix_on_the_same_line_as_the_text_is_a_date_line(write_corpus):
    text = (" date 2021-05-14 Over a month-long campaign, the city council has tried to close the old bridge, "
            "residents said on Thursday, and the mayor will decide in June.\n"
            "Engineers said the bridge was built in 1931.\n")
    corpus = load_corpus(write_corpus({"400_x.txt": text}))
    article = corpus["400"]
    assert (article.published.best, article.published.provenance) == ("2021-05-14", "given")
    assert article.published.confidence == "high"
    assert article.body.startswith("Over a month-long campaign")  # the text is kept, the label removed
    assert any(r.text.startswith("date 2021-05-14") for r in article.removed)


def test_yearless_months_take_the_earliest_year_the_explicit_date_allows(write_corpus):
    text = ("The court ruled on December 20, 2023 that the factory must close.\n\n"
            "Workers had walked out in October, and the owners sold the site in November. "
            "In February the union had warned of job losses.\n")
    pub = published(write_corpus, text)
    assert "2023-12-20" <= pub.best <= "2023-12-31"  # not the same months a year later
    assert pub.earliest == "2023-12-20"


def test_a_date_planned_in_a_past_clause_is_no_publication_bound(write_corpus):
    text = ("A judge sentenced the former mayor in January 2019 to four years, and he was ordered to report to "
            "prison on Feb. 9.\n\nHis lawyers said they had appealed the ruling in January 2019.\n")
    pub = published(write_corpus, text)
    assert pub.earliest <= "2019-01-31"  # "on Feb. 9" is his reporting date, perhaps still ahead
    assert not any("Feb. 9" in c.text and "past" in c.reason for c in pub.evidence)


def test_a_counterfactual_past_is_no_publication_bound(write_corpus):
    text = ("The council pardoned the former treasurer in March 2021, his lawyer said.\n\n"
            "He would have stayed in prison until at least 2029 had the council refused.\n")
    pub = published(write_corpus, text)
    assert pub.earliest < "2022-01-01"  # 2029 is the end of a sentence he no longer serves, not a past year
    assert not any("2029" in c.text and "past" in c.reason for c in pub.evidence)


def test_a_wire_dateline_dates_a_copy_whose_page_date_is_later(write_corpus):
    text = ("date 2019-10-05\n"
            "LIMA, Oct 3 (Reuters) - Peru's congress voted on Thursday to suspend the president, deepening a "
            "political crisis in the Andean nation.\nLawmakers said the vote was final.\n")
    pub = load_corpus(write_corpus({"410_copy.txt": text}))["410"].published
    assert (pub.best, pub.earliest, pub.latest) == ("2019-10-03", "2019-10-03", "2019-10-05")
    assert pub.confidence == "medium" and "dateline" in pub.confidence_reason


def test_a_dateline_on_the_stated_day_keeps_the_date_given_and_high(write_corpus):
    text = ("date 2019-10-03\nLIMA, Oct 3 (Reuters) - Peru's congress voted to suspend the president.\n"
            "Lawmakers said the vote was final.\n")
    pub = load_corpus(write_corpus({"411_wire.txt": text}))["411"].published
    assert (pub.best, pub.provenance, pub.confidence) == ("2019-10-03", "given", "high")


def test_a_wire_dateline_without_a_place(write_corpus):
    text = ("Oct 3 (Reuters) - Peru's congress voted on Thursday to suspend the president, lawmakers said. "
            "The crisis began in September 2019.\nThe vote was final.\n")
    pub = load_corpus(write_corpus({"412_wire.txt": text}))["412"].published
    assert pub.best == "2019-10-03" and pub.earliest <= "2019-10-03" <= pub.latest


def test_a_translation_is_published_no_earlier_than_its_original(write_corpus):
    original = ("date 2020-03-02\nThe storm destroyed hundreds of homes in the coastal province on Sunday, the "
                "governor said. Rescue teams reached the villages on Monday morning.\nThe governor said the "
                "damage was the worst since 1998. Schools will stay closed until the end of the month.\n"
                "Aid groups said they had sent food and tents to the region.\n")
    copy = ("Note: this article was machine translated.\n"
            "The storm destroyed hundreds of homes in the coastal province on Sunday, the governor said. Rescue "
            "teams reached the villages on Monday morning.\nThe governor said the damage was the worst since "
            "1998. Schools will stay closed until the end of the month.\nAid groups said they had sent food and "
            "tents to the region.\n")
    folder = write_corpus({"420_a.txt": original, "421_b.txt": copy,
                           "manifest.csv": "file,translation_of\n421_b.txt,420\n"})
    corpus = load_corpus(folder)
    pub = corpus["421"].published
    assert pub.earliest >= "2020-03-02" and pub.best >= "2020-03-02"
    assert pub.latest and pub.latest <= "2020-05-31"  # near its original, not open-ended


def test_one_slipped_year_does_not_beat_several_consistent_dates(write_corpus):
    text = ("The strike began on March 3, 2022, the union said. Talks failed on March 8, 2022 and again on "
            "March 10, 2022. The minister said on March 12, 2032 that a deal was close.\n\n"
            "A court is expected to rule in April 2022, lawyers said.\n")
    pub = published(write_corpus, text)
    assert pub.best.startswith("2022-03") and pub.earliest <= "2022-03-14"
    assert pub.confidence == "low" and any("2032" in c.text for c in pub.conflicts)


def test_conflicting_clues_are_listed_and_lower_the_confidence(write_corpus):
    text = ("The plant closed on May 4, 2021, officials said. The inquiry is expected to report in March 2021.\n")
    pub = published(write_corpus, text)
    assert pub.confidence == "low" and pub.conflicts
    assert pub.earliest <= "2021-03-31" or pub.latest >= "2021-05-04"


def test_an_inferred_date_is_never_high_confidence(write_corpus):
    pub = published(write_corpus, "The minister said on October 4, 2023 that no new call-up was planned.\n")
    assert pub.confidence in {"medium", "low"} and pub.confidence_reason


def test_a_place_dash_date_colon_dateline_in_the_second_paragraph(write_corpus):
    text = ("A former soldier is facing murder charges after a woman was found dead near the village on "
            "October 5.\n"
            "Northfield, Montana - March 12, 2021: The man, whose name was not released, confessed, police said. "
            "He had returned home in July.\n")
    pub = load_corpus(write_corpus({"430_x.txt": text}))["430"].published
    assert pub.best == "2021-03-12" and pub.confidence == "high"
    assert pub.earliest <= "2021-03-12" <= pub.latest


def test_a_dateline_below_title_lines_and_a_menu_is_read(write_corpus):
    text = ("Harbour News Online\n"
            "Sport | Business | Weather | Local | Search\n"
            "Ferry Service to Resume on the Northern Route\n"
            "Operators Promise New Boats by Summer\n"
            "Port Allen, Mar 3 2019 - The ferry operator said on Sunday that it would restore the northern route "
            "after a two-year pause, once its new boats arrive.\n"
            "The route closed in 2017 when the last boat failed an inspection.\n")
    pub = load_corpus(write_corpus({"431_x.txt": text}))["431"].published
    assert pub.best == "2019-03-03" and pub.confidence == "high"
    assert "dateline" in pub.evidence[0].reason


def test_a_dateline_after_three_paragraphs_of_prose_is_no_dateline(write_corpus):
    text = ("The ferry operator said it would restore the northern route after a two-year pause.\n"
            "The route closed in 2017 when the last boat failed an inspection.\n"
            "Residents had campaigned for its return since then.\n"
            "Port Allen, Mar 3 2019 - A public meeting on the timetable was held in the town hall.\n")
    pub = load_corpus(write_corpus({"432_x.txt": text}))["432"].published
    assert not any("dateline" in clue.reason for clue in pub.evidence)


def test_a_past_mention_of_a_known_death_bounds_from_below(write_corpus):
    text = ("In the summer of 2022 inmates heard rumours, and by October 2022 the recruiters had come.\n\n"
            "Even now, with Prigozhin dead and his group disbanded, inmates are still enlisting.\n")
    pub = published(write_corpus, text)
    assert pub.earliest >= "2023-08-23"


def test_for_n_years_of_an_ongoing_recruitment_counts_from_its_start(write_corpus):
    text = ("For over two years, the authorities have been recruiting prisoners to fight in Ukraine, lawyers "
            "said. In 2023 a law allowed the recruitment of suspects.\n")
    pub = published(write_corpus, text)
    assert pub.earliest >= "2024-06-01"


def test_an_elapsed_time_phrase_alone_sets_the_best_day(write_corpus):
    pub = published(write_corpus, "The invasion, now nearing its sixth month, has cost thousands of lives.\n")
    assert "2022-08-01" <= pub.best <= "2022-08-20"  # five and a half months after 24 February 2022


def test_a_past_mention_of_prison_recruiting_bounds_yearless_months(write_corpus):
    text = ("Prigozhin began touring prisons to recruit inmates, rights groups said. He visited a colony on "
            "July 2 and another at the end of July.\n")
    pub = published(write_corpus, text)
    assert pub.earliest >= "2022-07-01" and pub.best.startswith("2022-08") and pub.confidence == "low"


BRIDGE = ("The council voted on May 12 to close the old bridge, the mayor said. Engineers had warned in 2019 that "
          "its pillars were cracking.\nTraffic will be diverted to the ring road for at least a year. Shop owners "
          "said they feared losing customers.\nThe mayor said a new bridge could open within three years. Residents "
          "have collected signatures against the closure.\n")


def test_an_undated_version_is_reconciled_with_a_surely_dated_one(write_corpus):
    corpus = load_corpus(write_corpus({"440_a.txt": "date 2021-05-14\n" + BRIDGE, "441_b.txt": BRIDGE}))
    assert len(corpus.relations) == 1
    pub = corpus["441"].published
    # alone, "May 12" after "in 2019" would be May 2020, the earliest consistent year; its version says 2021
    assert pub.earliest <= "2021-05-14" <= pub.latest and pub.best.startswith("2021-05")
    assert any("version of the same story" in c.reason for c in pub.evidence)


def test_a_version_open_ended_by_its_own_clues_is_dated_near_a_surely_dated_one(write_corpus):
    open_ended = BRIDGE.replace("Engineers had warned in 2019", "Engineers had warned years ago").replace(
        "The council voted on May 12", "The council voted in 2014")
    corpus = load_corpus(write_corpus({"442_a.txt": "date 2021-05-14\n" + BRIDGE, "443_b.txt": open_ended}))
    assert len(corpus.relations) == 1
    pub = corpus["443"].published
    # alone: on or after 2014, nothing bounding it from above; its version says May 2021
    assert pub.earliest <= "2021-05-14" <= pub.latest < "2040-12-31" and pub.best.startswith("2021")


def test_a_known_event_bounds_a_sentence_whose_year_is_older(write_corpus):
    text = ("One of the men convicted over the 2009 killing of a Lenz reporter has been pardoned after fighting in "
            "Ukraine, his lawyer says.\n\nHe was jailed for 18 years at a trial in 2015.\n")
    pub = published(write_corpus, text)
    assert pub.earliest >= "2022-07-01"  # a pardon for fighting in Ukraine: the prison recruitment began in 2022


def test_a_version_is_not_moved_against_its_own_clues(write_corpus):
    later = BRIDGE.replace("in 2019", "on March 3, 2024")
    corpus = load_corpus(write_corpus({"440_a.txt": "date 2021-05-14\n" + BRIDGE, "441_b.txt": later}))
    pub = corpus["441"].published
    assert pub.earliest >= "2024-03-03"  # its own full date says 2024: it keeps it (the pair is then listed)


def test_a_full_date_against_an_elapsed_time_phrase_spans_both_readings(write_corpus):
    text = ("The nearly six-month invasion has cost Russia dearly, officials said. In early August the ministry sent "
            "recruiters to three colonies, and in late July it had opened new centres.\n"
            "On August 9, 2023, the ministry said 300 men had signed up.\n")
    pub = published(write_corpus, text)
    assert pub.confidence == "low" and "six-month" in pub.conflicts_text()
    assert pub.earliest <= "2022-07-26" and pub.latest >= "2023-08-09"  # 2022 by the invasion, 2023 by the date


def test_a_version_named_derived_is_published_no_earlier_than_its_original(write_corpus):
    from analysis.dating import infer_publication_date, propagate_across_versions
    corpus = load_corpus(write_corpus({"440_a.txt": "date 2021-05-14\n" + BRIDGE, "441_b.txt": BRIDGE}))
    corpus.relations.loc[0, "derived"] = "441"  # as the corpus layer sets it when a text says it copies
    copy = corpus["441"]
    copy.published = infer_publication_date(copy)
    assert copy.published.earliest < "2021-05-14"  # its own clues alone allow May 2019 onwards
    propagate_across_versions(corpus.articles, corpus.relations)
    assert copy.published.earliest >= "2021-05-14" and copy.published.best >= "2021-05-14"
    assert any("no earlier than its original" in c.reason for c in copy.published.evidence)


def test_a_copy_of_a_copy_is_dated_through_the_chain_whatever_the_file_order(write_corpus):
    from analysis.dating import infer_publication_date, propagate_across_versions
    corpus = load_corpus(write_corpus({"442_c.txt": BRIDGE, "443_b.txt": BRIDGE, "444_a.txt": "date 2021-05-14\n" + BRIDGE}))
    chain = pd.DataFrame([{"a_id": "442", "b_id": "443", "kind": "copy", "derived": "442"},
                          {"a_id": "443", "b_id": "444", "kind": "copy", "derived": "443"}])
    for article_id in ("442", "443"):
        corpus[article_id].published = infer_publication_date(corpus[article_id])
    propagate_across_versions(corpus.articles, chain)
    assert corpus["443"].published.earliest >= "2021-05-14"
    assert corpus["442"].published.earliest >= "2021-05-14"  # its original was dated first


@pytest.mark.parametrize("sentence, earliest, latest", [
    ("The quake struck on the 32nd anniversary of the 1985 earthquake that devastated the capital.",
     "2017-01-01", "2017-12-31"),
    ("Ten years after the 2008 financial crisis, banks are lending again, analysts said.", "2017-07-01",
     "2019-06-30"),
])
def test_counted_from_a_written_year(write_corpus, sentence, earliest, latest):
    pub = published(write_corpus, sentence + "\n")
    assert pub.earliest >= earliest and pub.latest <= latest


def test_a_window_no_clue_bounds_from_above_stays_open(write_corpus):
    pub = published(write_corpus, "The company, founded in 2004, has cut 11,000 jobs, its chief executive said.\n")
    assert (pub.earliest, pub.latest, pub.confidence) == ("2004-01-01", "2040-12-31", "low")  # not 2005
    assert any("stays open" in c.reason for c in pub.evidence)


def test_a_stated_date_is_checked_against_later_full_dates_only(write_corpus):
    text = ("date 2022-03-01\nThe bridge over the river collapsed on October 4, 2023, the regional governor said.\n"
            "Repairs were planned for March 2024, months after the war began in February 2022.\n"
            "Residents said the crossing had been unsafe for years.\n")
    pub = published(write_corpus, text)
    assert (pub.best, pub.provenance, pub.confidence) == ("2022-03-01", "given", "medium")
    assert [c.text for c in pub.conflicts] == ["October 4, 2023"]


@pytest.mark.parametrize("written, best", [("On July 2, 2023,", "2023-07-05"), ("On 2 July 2023,", "2023-05-07")])
def test_a_numeric_date_line_is_read_in_the_order_of_the_texts_dates(write_corpus, written, best):
    """A header's "07/05/2023" is 5 July on a page that writes "July 2, 2023", 7 May on one that writes "2 July
    2023"."""
    page = ("Evacuation orders lifted in Lenz\nPublication Type: Notice 07/05/2023\n" + written +
            " all evacuation orders in the Tarn valley were lifted, officials said, and residents went home.\n")
    assert published(write_corpus, page).best == best


def test_news_is_taken_to_be_soon_after_its_latest_past_event_not_its_first(write_corpus):
    text = ("The first transfer of convicts took place on 2 June 2021 at a camp near Lenz.\n\n"
            "Guards later handed out tokens to the men who signed.\n\n"
            "The last known transfer dates back to 9 March 2022, the camp's records show.\n")
    pub = published(write_corpus, text)
    assert pub.earliest >= "2022-03-09" and "2022-03-09" <= pub.best <= "2022-06-30"


def test_a_date_of_unclear_tense_keeps_the_preference_for_the_latest_past_event(write_corpus):
    text = ("The convicts were moved to the camp on 2 June 2021, guards said.\n\n"
            "A review of the camp is on the agenda for 9 March 2022.\n")
    assert published(write_corpus, text).best < "2021-10-01"
