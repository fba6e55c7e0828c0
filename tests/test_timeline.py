"""Timeline: tense from the parse, events and actors, the consistency check, the merged timeline."""

from __future__ import annotations

import pandas as pd
import pytest

from analysis import timeline
from analysis.corpus import load_corpus
from analysis.dating import PublicationDate

AP_LIKE = ("date 2022-08-11\n"
           "The lawyer said he received many requests in early August. "
           "Officials will meet again in December. "
           "The minister was fired in December.\n\n"
           "Prisoners were offered a two-month training and six-month contracts.\n")


@pytest.fixture
def one_article(write_corpus):
    def run(text: str, name: str = "100_x.txt"):
        corpus = load_corpus(write_corpus({name: text}))
        return corpus, timeline.analyse(corpus)
    return run


def rows_for(result, text):
    return result.timex[result.timex["text"] == text]


def test_columns_come_first(one_article):
    _, result = one_article(AP_LIKE)
    assert list(result.timex.columns[:10]) == ["article_id", "start_char", "end_char", "text", "start", "end",
                                               "value", "mod", "length", "date_confidence"]
    assert list(result.timeline.columns[:5]) == ["start", "end", "event", "articles", "sources"]


def test_tense_from_the_parse_picks_past_or_future(one_article):
    _, result = one_article(AP_LIKE)
    december = result.timex[result.timex["text"] == "December"].sort_values("start_char")
    assert list(december["tense"]) == ["future", "past"]
    assert list(december["start"]) == ["2022-12-01", "2021-12-01"]
    august = rows_for(result, "early August").iloc[0]
    assert (august["start"], august["end"], august["anchor"]) == ("2022-08-01", "2022-08-10", "2022-08-11")


def test_a_date_after_a_parenthetical_speech_tag_takes_the_tags_tense(one_article):
    _, result = one_article("date 2023-05-20\nIt will serve as a tool the town can use for floods, he said, during a "
                            "board meeting May 3.\n")
    row = rows_for(result, "May 3").iloc[0]
    assert (row["tense"], row["start"]) == ("past", "2023-05-03")


def test_year_roll_over_in_a_january_article(one_article):
    _, result = one_article("date 2023-01-12\nThe prisoner was released in December and went home.\n")
    row = rows_for(result, "December").iloc[0]
    assert (row["start"], row["end"]) == ("2022-12-01", "2022-12-31")


def test_durations_have_no_span(one_article):
    _, result = one_article(AP_LIKE)
    durations = result.timex[result.timex["kind"] == "duration"]
    assert set(durations["text"]) == {"two-month", "six-month"}
    assert (durations["start"] == "").all()
    assert not result.timeline["expressions"].str.contains("month contracts|two-month").any()


def test_event_and_actor(one_article):
    _, result = one_article("date 2023-10-06\nThe Defense Ministry submitted a proposal last month.\n")
    row = rows_for(result, "last month").iloc[0]
    assert row["actor"] == "The Defense Ministry" and "submitted a proposal" in row["event"]
    assert (row["start"], row["end"], row["granularity"]) == ("2023-09-01", "2023-09-30", "month")


def test_consistency_moves_an_inferred_date_and_keeps_a_given_one(write_corpus):
    corpus = load_corpus(write_corpus({"100_x.txt": "The minister resigned in May 2023, officials said.\n",
                                       "101_y.txt": "date 2022-01-10\nThe minister resigned in May 2023, officials "
                                                    "said.\n"}))
    corpus["100"].published = PublicationDate("2022-06-01", "2022-01-01", "", "inferred", [])
    result = timeline.analyse(corpus)
    assert corpus["100"].published.earliest == "2023-05-01" and corpus["100"].published.best == "2023-05-01"
    assert any("consistency" in c.reason for c in corpus["100"].published.evidence)
    assert corpus["101"].published.best == "2022-01-10"
    actions = dict(zip(result.consistency["article_id"], result.consistency["action"]))
    assert "moved" in actions["100"] and "given" in actions["101"]


def test_same_event_in_two_articles_is_one_entry(write_corpus):
    corpus = load_corpus(write_corpus({
        "201_a.txt": "date 2022-08-11\nIn mid-July, the foundation reported that 150 men had left the army.\n",
        "202_b.txt": "date 2022-08-12\nThe foundation reported in mid-July that about 150 men left the army.\n\n"
                     "Separately, the governor resigned in mid-July after a scandal over roads.\n",
    }))
    result = timeline.analyse(corpus)
    july = result.timeline[result.timeline["start"] == "2022-07-11"]
    assert sorted(july["articles"]) == ["201;202", "202"]


def test_seed_expressions(seed_corpus):
    """Checked by reading the seeds against the publication dates inferred for them (003: October 2023)."""
    result = timeline.analyse(seed_corpus)
    frame = result.timex
    get = lambda aid, text: frame[(frame["article_id"] == aid) & (frame["text"] == text)].iloc[0]  # noqa: E731
    assert (get("003", "March 2024")["start"], get("003", "March 2024")["end"]) == ("2024-03-01", "2024-03-31")
    assert get("003", "April 14")["start"] == "2023-04-14"
    assert get("003", "last month")["start"] == "2023-09-01"
    assert get("003", "as of mid-August")["start"] == "2023-08-11"
    assert get("002", "first half of July")[["start", "end"]].tolist() == ["2022-07-01", "2022-07-15"]
    assert get("004", "23-year")["kind"] == "duration"
    assert get("000", "two-month")["start"] == ""
    assert len(result.publication) == len(seed_corpus.analysable)


def test_reports_do_not_chain_into_one_event(write_corpus):
    corpus = load_corpus(write_corpus({
        "301_a.txt": "date 2022-08-11\nIn July, the governor of Perm resigned after a scandal over roads.\n",
        "302_b.txt": "date 2022-08-11\nIn July, the governor of Perm resigned after a scandal over prisons and "
                     "wages.\n",
        "303_c.txt": "date 2022-08-11\nIn July, prisons and wages in Omsk were the subject of a long report.\n",
    }))
    july = timeline.analyse(corpus).timeline
    assert "303" not in ";".join(july[july["articles"].str.contains("301")]["articles"])


@pytest.mark.parametrize("text_in, expected", [
    ("date 2023-01-20\nHer brother left a colony in November and was killed less than three weeks later.\n",
     ("less than three weeks later", "2022-11-01", "2022-12-21")),
    ("date 2023-02-09\nThe prison population was 433,000 on 1 January, down by 10% compared with a year earlier.\n",
     ("a year earlier", "2022-01-01", "2022-01-01")),
    ("date 2023-05-20\nHe was freed on 3 May. Two days later he was sent to the front.\n",
     ("Two days later", "2023-05-05", "2023-05-05")),
    ("date 2023-05-20\nHe was sent to the front on May 12. His mother had last heard from him the day before.\n",
     ("the day before", "2023-05-11", "2023-05-11")),
    ("date 2023-05-20\nHe left two days after May 12, his lawyer said.\n",
     ("two days after", "2023-05-14", "2023-05-14")),
    ("date 2023-11-20\nHe was recruited in March. Later that year, he was killed.\n",
     ("Later that year", "2023-03-01", "2023-12-31")),
    ("date 2023-06-14\nHe was jailed in 2019 and freed in March the following year.\n",
     ("March the following year", "2020-03-01", "2020-03-31")),
    ("date 2023-06-14\nTwo months into the war, he was recruited.\n",  # the reference event of the war
     ("Two months into the war", "2022-04-24", "2022-04-24")),
    ("date 2024-10-11\nHe was pardoned in the spring of 2023. Less than a month after returning home, he killed a "
     "woman.\n", ("Less than a month after", "2023-03-01", "2023-06-30")),  # the event after it: the date before
    ("date 2023-11-20\nBy April, the convict had finished his contract and gone home. That month he robbed a shop.\n",
     ("That month", "2023-04-01", "2023-04-30")),  # "by April" is April itself: a date to count from
    ("date 2023-11-20\nThe unit held the village until June. Two weeks later it fell.\n",
     ("Two weeks later", "2023-06-15", "2023-07-14")),
])
def test_expressions_counted_from_a_date_in_the_same_or_previous_sentence(one_article, text_in, expected):
    _, result = one_article(text_in)
    row = rows_for(result, expected[0]).iloc[0]
    assert (row["text"], row["start"], row["end"]) == expected and "reference date" in row["reason"]


@pytest.mark.parametrize("text_in, text, why", [
    ("date 2023-05-20\nHe was freed. Two days later he was sent to the front.\n", "Two days later", "no date"),
    ("date 2023-05-20\nHe joined a unit on 3 May. They met. Two days later he was sent east.\n",
     "Two days later", "no date"),  # the date is two sentences back: too far to count from
    ("date 2023-05-20\nHe was freed on 3 May.\n\nTwo days later the colony was closed.\n",
     "Two days later", "no date"),  # the sentence before is in another paragraph
    ("date 2023-05-20\nOn 3 May he was sent to the front two days after the vote.\n", "two days after", "not a date"),
    ("date 2023-05-20\nHe left Aleppo a year after the war in Syria began.\n", "a year after", "not a date"),
])
def test_expressions_counted_from_an_event_without_a_date_stay_unplaced(one_article, text_in, text, why):
    _, result = one_article(text_in)
    row = rows_for(result, text).iloc[0]
    assert row["start"] == "" and why in row["reason"] and row["kind"] == "event_relative"


@pytest.mark.parametrize("text_in, expected", [
    # a year, month or week before 'the previous ...' / 'the end of the year' in its sentence is what it counts from
    ("date 2024-10-11\nThe agency counted 242 cases in 2023, compared with 190 in the previous year.\n",
     ("the previous year", "2022-01-01", "2022-12-31")),
    ("date 2024-10-11\nIn March 2023 the colony sent 40 men, twice as many as in the previous month.\n",
     ("the previous month", "2023-02-01", "2023-02-28")),
    ("date 2024-10-11\nIn 2022 the army planned to recruit 50,000 men by the end of the year.\n",
     ("by the end of the year", "2022-11-01", "2022-12-31")),
    ("date 2024-10-11\nThe agency counted 190 cases in the previous year.\n",  # no year written: the anchor's
     ("the previous year", "2023-01-01", "2023-12-31")),
    ("date 2024-10-11\nThe army recruited 50,000 men in 2022 and will double that by the end of the year.\n",
     ("by the end of the year", "2024-11-01", "2024-12-31")),  # a future event is not in a past year
])
def test_the_previous_year_counts_from_the_year_in_its_sentence(one_article, text_in, expected):
    _, result = one_article(text_in)
    row = rows_for(result, expected[0]).iloc[0]
    assert (row["text"], row["start"], row["end"]) == expected


def test_the_first_days_of_the_war_are_its_first_week(one_article):
    _, result = one_article("date 2024-10-11\nThe lawyer said the problem began in the first days of the war.\n")
    row = result.timex[result.timex["text"].str.contains("first days of the war")].iloc[0]
    assert (row["start"], row["end"]) == ("2022-02-24", "2022-03-02") and "first days" in row["reason"]


def test_expressions_inherit_the_confidence_of_their_anchor(one_article):
    text = ("The minister said on October 4, 2023 that no new call-up was planned. Talks broke down last week, "
            "officials said.\n\nPutin is expected to seek reelection in March 2024.\n")
    corpus, result = one_article(text)
    assert corpus["100"].published.confidence in {"medium", "low"}
    written = rows_for(result, "October 4, 2023").iloc[0]
    relative = rows_for(result, "last week").iloc[0]
    assert (written["date_confidence"], written["value"]) == ("high", "2023-10-04")
    assert relative["date_confidence"] == corpus["100"].published.confidence
    assert relative["anchor"] == corpus["100"].published.best and relative["value"].startswith("2023-W")
    assert set(result.timeline["confidence"]) <= {"high", "medium", "low"}


def test_a_stated_date_gives_its_relative_expressions_high_confidence(one_article):
    _, result = one_article(AP_LIKE)
    august = rows_for(result, "early August").iloc[0]
    assert (august["value"], august["mod"], august["date_confidence"]) == ("2022-08", "START", "high")
    contracts = rows_for(result, "six-month").iloc[0]
    assert (contracts["kind"], contracts["length"], contracts["date_confidence"]) == ("duration", "P6M", "")


STORY = ("The storm destroyed hundreds of homes in the coastal province on Sunday, the governor said. Rescue teams "
         "reached the villages on Monday morning.\nThe governor said the damage was the worst in decades. Schools "
         "will stay closed until the end of the month.\nAid groups said they had sent food and tents to the region. "
         "Roads to the north remain blocked by mud.\n")


def test_versions_of_one_story_whose_dates_disagree_are_listed(write_corpus):
    corpus = load_corpus(write_corpus({"501_a.txt": "date 2020-03-02\n" + STORY,
                                       "502_b.txt": "date 2021-06-01\n" + STORY}))
    assert len(corpus.relations) == 1
    result = timeline.analyse(corpus)
    rows = result.consistency[result.consistency["check"] == timeline.VERSIONS_DISAGREE]
    assert rows[["article_id", "other"]].values.tolist() == [["501", "502"]]
    for aid in ("501", "502"):
        assert corpus[aid].published.conflicts and corpus[aid].published.confidence == "medium"
    assert result.publication.set_index("article_id").loc["501", "conflicts"]


def test_versions_with_overlapping_dates_are_not_listed(write_corpus):
    corpus = load_corpus(write_corpus({"501_a.txt": "date 2020-03-02\n" + STORY,
                                       "502_b.txt": "date 2020-03-02\n" + STORY}))
    result = timeline.analyse(corpus)
    assert (result.consistency["check"] != timeline.VERSIONS_DISAGREE).all()


def test_a_past_event_after_a_stated_date_lowers_its_confidence(write_corpus):
    corpus = load_corpus(write_corpus({"101_y.txt": "date 2022-01-10\nThe minister resigned in May 2023, "
                                                    "officials said.\n"}))
    result = timeline.analyse(corpus)
    pub = corpus["101"].published
    assert (pub.best, pub.confidence) == ("2022-01-10", "medium") and "May 2023" in pub.conflicts_text()
    assert result.consistency["check"].tolist() == [timeline.PAST_AFTER_PUBLICATION]


def test_figures_dated_after_publication_are_listed():
    claims = pd.DataFrame([
        {"claim_group": "recruits", "article_id": "100", "text": "50,000", "refers_to_date": "2023-03",
         "sentence": "By March 2023, 50,000 had signed up."},
        {"claim_group": "recruits", "article_id": "100", "text": "20,000", "refers_to_date": "2022-07",
         "sentence": "In July, 20,000 had signed up."},
        {"claim_group": "deaths", "article_id": "101", "text": "400", "refers_to_date": "2023",
         "sentence": "400 died in 2023."},
    ])
    publication = pd.DataFrame({"article_id": ["100", "101"], "published": ["2022-08-11", "2023-02-01"]})
    found = timeline.check_figures(claims, publication)
    assert found["text"].tolist() == ["50,000"]  # a month after publication; 2023 is under way on 2023-02-01
    assert found["check"].tolist() == [timeline.FIGURE_AFTER_PUBLICATION]


@pytest.mark.parametrize("refers, basis, published, expected", [
    ("2022-07", "sentence, year of publication: 'July'", "low", "low"),
    ("2021", "sentence: 'in 2021'", "low", "high"),
    ("2022-08-11", "publication date", "medium", "medium"),
    ("", "no date in the sentence and publication date unknown", "", ""),
])
def test_a_figures_refers_to_date_inherits_the_publication_confidence(refers, basis, published, expected):
    from analysis.numbers import refers_to_confidence
    assert refers_to_confidence(refers, basis, published) == expected


def test_a_conflict_two_checks_find_is_listed_once(write_corpus):
    # the date check (a full past date after the stated date) and the timeline's consistency check both see
    # "May 3, 2023": one clue, so one conflict
    corpus = load_corpus(write_corpus({"102_z.txt": "date 2022-01-10\nThe minister resigned on May 3, 2023, "
                                                    "officials said. Prices rose in March.\n"}))
    timeline.analyse(corpus)
    conflicts = corpus["102"].published.conflicts
    assert len(conflicts) == 1 and "May 3, 2023" in conflicts[0].text


def test_a_copy_dated_before_its_original_is_one_conflict(write_corpus):
    # dating's version rule and the timeline's versions check both see 502 (the copy) dated before 501
    from analysis.dating import propagate_across_versions
    corpus = load_corpus(write_corpus({"501_a.txt": "date 2021-06-01\n" + STORY,
                                       "502_b.txt": "date 2020-03-02\n" + STORY}))
    corpus.relations.loc[0, "derived"] = "502"  # as the corpus layer sets it when a text says it copies
    propagate_across_versions(corpus.articles, corpus.relations)
    timeline.analyse(corpus)
    conflicts = corpus["502"].published.conflicts
    assert [c.text for c in conflicts] == ["article 501 published 2021-06-01"]


@pytest.mark.parametrize("text_in, expected", [
    # a move "from X to Y": two dates, the old and the new, each the nearest such day (said before or after)
    ("date 2021-02-10\nThe council voted to move the referendum from April 18 to June 6, officials said.\n",
     [("from April 18", "2021-04-18", "2021-04-18"), ("June 6", "2021-06-06", "2021-06-06")]),
    ("date 2021-09-10\nThe festival had been postponed from May 2 to July 11 because of the floods.\n",
     [("from May 2", "2021-05-02", "2021-05-02"), ("July 11", "2021-07-11", "2021-07-11")]),
    # no move: a range
    ("date 2021-09-10\nThe exhibition ran from May 2 to July 11 in the old mill.\n",
     [("from May 2 to July 11", "2021-05-02", "2021-07-11")]),
])
def test_a_move_from_one_date_to_another_is_two_dates_not_a_range(one_article, text_in, expected):
    _, result = one_article(text_in)
    got = [(r["text"], r["start"], r["end"]) for _, r in result.timex.iterrows()]
    assert got == expected


@pytest.mark.parametrize("text_in, expected", [
    # a date before a speech tag set off by commas belongs to what is said
    ('date 2018-09-13\nOn Saturday and beyond, the forecaster said, "small shifts in the winds will decide where the '
     'storm lands."\n', ("Saturday", "2018-09-15")),
    ("date 2018-09-13\nOn Saturday the forecaster said the storm had stalled.\n", ("Saturday", "2018-09-08")),
    # a weekday said on that weekday, in the future, is that day; with no clear tense the nearest one
    ("date 2022-09-29\nCrews will finish the levee Thursday, the mayor's office said.\n", ("Thursday", "2022-09-29")),
    ("date 2022-09-29\nThe worry is Friday's high tide around noon.\n", ("Friday", "2022-09-30")),
])
def test_weekdays_before_a_parenthetical_tag_and_in_the_future_or_no_clear_tense(one_article, text_in, expected):
    _, result = one_article(text_in)
    row = rows_for(result, expected[0]).iloc[0]
    assert (row["text"], row["start"]) == expected


@pytest.mark.parametrize("text_in, text", [
    ("date 2023-06-19\nThe decree came just days after the governor resigned.\n", "just days after"),
    ("date 2023-06-19\nHe was freed in March. Weeks later he was arrested again.\n", "Weeks later"),
])
def test_days_or_weeks_after_without_a_count_are_found_and_left_unplaced(one_article, text_in, text):
    _, result = one_article(text_in)
    row = rows_for(result, text).iloc[0]
    assert row["kind"] == "event_relative" and row["start"] == "" and "no length" in row["reason"]
