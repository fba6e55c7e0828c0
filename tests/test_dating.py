"""Publication dates: given date lines, and inference from the text's own dated clues."""

from __future__ import annotations

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
])
def test_wire_dateline_gives_the_day(write_corpus, dateline, expected):
    text = (dateline + "Wagner has recruited up to 50,000 convicts since it began visiting prisons in July 2022, a "
            "rights group said on Friday.\nThe group said the figures came from relatives and prison staff.\n")
    published = load_corpus(write_corpus({"300_wire.txt": text}))["300"].published
    assert (published.best, published.earliest, published.latest) == (expected,) * 3
    assert "dateline" in published.evidence[0].reason


def test_updated_line_dates_a_page_that_states_no_publication_date(write_corpus):
    text = ("Updated 8:12 AM EST, Fri January 27, 2023\n"
            "Convicts recruited by Wagner last summer are returning home, officials said last week.\n"
            "Relatives said the men had been promised pardons after six months at the front in 2022.\n")
    published = load_corpus(write_corpus({"310_cnn.txt": text}))["310"].published
    assert (published.best, published.latest) == ("2023-01-27", "2023-01-27")
    assert published.earliest <= "2023-01-27"
    assert "update date" in published.evidence[0].reason
