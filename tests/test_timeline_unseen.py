"""Time expressions as news pages outside the seed stories write them (read on real pages of business, weather,
local politics and the war; every article here is invented): date lines, coordinated days, quarters, seasons
placed by tense, forecasts told in the past, the "comes a day after" formula, parts of a week."""

from __future__ import annotations

from datetime import date

import pytest

from analysis import timeline
from analysis.corpus import load_corpus
from analysis.dating import light_tense
from analysis.timex import find_timexes, resolve


@pytest.fixture
def rows_of(write_corpus):
    """rows_of(text) -> the timex table of one invented article."""
    def run(text: str):
        return timeline.analyse(load_corpus(write_corpus({"100_x.txt": text}))).timex
    return run


def row_for(rows, text):
    found = rows[rows["text"] == text]
    assert len(found) == 1, list(rows["text"])
    return found.iloc[0]


@pytest.mark.parametrize("line, expected", [("Published March 3,2021", "2021-03-03"),
                                            ("Published October 12,2022", "2022-10-12")])
def test_a_date_line_whose_year_follows_the_comma_without_a_space_is_read(write_corpus, line, expected):
    text = line + "\nThe council met on Monday and voted to close the library.\n"
    published = load_corpus(write_corpus({"100_x.txt": text}))["100"].published
    assert (published.best, published.provenance) == (expected, "given")


@pytest.mark.parametrize("text_in, anchor, tense, expected", [
    ("The festival ran on June 14 and 15.", date(2023, 7, 1), "past", ("June 14 and 15", "2023-06-14", "2023-06-15")),
    ("Talks were held on 3 and 4 March 2021 in Vienna.", date(2023, 7, 1), "past",
     ("3 and 4 March 2021", "2021-03-03", "2021-03-04")),
    ("Strikes are planned for May 2-4.", date(2023, 4, 20), "future", ("May 2-4", "2023-05-02", "2023-05-04")),
])
def test_coordinated_days_of_one_month_are_one_span(text_in, anchor, tense, expected):
    found = find_timexes(text_in)
    assert len(found) == 1, found
    r = resolve(found[0], anchor, tense)
    assert (found[0].text, r.start, r.end) == expected


def test_a_day_followed_by_a_count_is_not_coordinated():
    assert [t.text for t in find_timexes("On June 14 and 15 protesters were detained.")] == ["June 14"]


@pytest.mark.parametrize("text_in, anchor, tense, expected", [
    ("Work is scheduled to start this spring.", date(2019, 11, 4), "future", ("2020-03-01", "2020-05-31")),
    ("The crop failed this spring.", date(2019, 11, 4), "past", ("2019-03-01", "2019-05-31")),
    ("The new line opens this March.", date(2019, 11, 4), "future", ("2020-03-01", "2020-03-31")),
])
def test_this_season_said_after_it_ended_and_in_the_future_is_the_next_one(text_in, anchor, tense, expected):
    found = find_timexes(text_in)
    r = resolve(found[0], anchor, tense)
    assert (r.start, r.end) == expected


def test_a_forecast_told_in_the_past_leaves_the_day_unclear(rows_of):
    rows = rows_of("date 2008-08-25\nThe storm was forecast to bring heavy rain to the coast Sunday.\n")
    row = row_for(rows, "Sunday")
    assert (row["start"], row["tense"]) == ("2008-08-24", "")


def test_an_expectation_told_in_the_past_leaves_the_day_unclear(rows_of):
    rows = rows_of("date 2021-03-10\nOfficials were expected to announce the results on Monday.\n")
    assert row_for(rows, "Monday")["start"] == "2021-03-08"


@pytest.mark.parametrize("text_in, anchor, tense, expected", [
    ("Profits fell in the second quarter.", date(2021, 8, 1), "past", ("second quarter", "2021-04-01", "2021-06-30")),
    ("Sales jumped in Q3 2021.", date(2022, 1, 5), "past", ("Q3 2021", "2021-07-01", "2021-09-30")),
    ("Fourth-quarter revenue rose.", date(2022, 2, 5), "past", ("Fourth-quarter", "2021-10-01", "2021-12-31")),
])
def test_quarters_without_a_year_or_as_an_adjective(text_in, anchor, tense, expected):
    found = find_timexes(text_in)
    assert len(found) == 1, found
    r = resolve(found[0], anchor, tense)
    assert (found[0].text, r.start, r.end) == expected


def test_a_fiscal_quarter_is_not_a_calendar_quarter():
    assert find_timexes("Revenue rose in the fiscal second quarter.") == []


def test_the_period_a_figure_covers_is_the_nearest_whatever_the_tense(rows_of):
    rows = rows_of("date 2021-07-08\nSecond-quarter earnings are projected to be up 60% from a year earlier. "
                   "Banks are expected to report strong results for the April-June quarter.\n")
    assert tuple(row_for(rows, "Second-quarter")[["start", "end"]]) == ("2021-04-01", "2021-06-30")
    assert tuple(row_for(rows, "a year earlier")[["start", "end"]]) == ("2020-04-01", "2020-06-30")
    assert tuple(row_for(rows, "April-June")[["start", "end"]]) == ("2021-04-01", "2021-06-30")


def test_a_date_scheduled_for_keeps_its_future(rows_of):
    rows = rows_of("date 2023-07-01\nThe vote is scheduled for March 5.\n")
    assert row_for(rows, "March 5")["start"] == "2024-03-05"


def test_what_comes_a_day_after_an_event_is_the_present(rows_of):
    rows = rows_of("date 2022-09-21\nThe decree comes a day after regional leaders announced votes.\n")
    row = row_for(rows, "a day after")
    assert (row["start"], row["end"]) == ("2022-09-21", "2022-09-21") and "comes" in row["reason"]


def test_what_came_a_day_after_an_undated_event_stays_unplaced(rows_of):
    rows = rows_of("date 2022-09-21\nThe decree came a day after regional leaders announced votes.\n")
    assert row_for(rows, "a day after")["start"] == ""


def test_another_week_is_a_duration():
    found = find_timexes("Roads will stay closed for another week or more.")
    assert [(t.text, t.kind, t.amount) for t in found] == [("for another week", "duration", 1)]


@pytest.mark.parametrize("text_in, anchor, tense, expected", [
    ("Rivers will stay high through the early part of the week.", date(2018, 9, 24), "future",
     ("2018-09-24", "2018-09-26")),
    ("Prices rose in the latter part of 2022.", date(2023, 3, 1), "past", ("2022-09-01", "2022-12-31")),
    ("Prices rose in the early part of July.", date(2023, 8, 1), "past", ("2023-07-01", "2023-07-10")),
])
def test_the_early_or_latter_part_of_a_period(text_in, anchor, tense, expected):
    found = find_timexes(text_in)
    assert len(found) == 1, found
    r = resolve(found[0], anchor, tense)
    assert (r.start, r.end) == expected


@pytest.mark.parametrize("text_in, expected", [
    ("date 2021-07-08\nThe reporting season kicks off on Tuesday when the big banks issue results.\n", "2021-07-13"),
    ("date 2021-07-08\nThe trial opens Thursday in Denver.\n", "2021-07-08"),
    ("date 2021-07-08\nTuesday's vote is the first since the war.\n", "2021-07-06"),  # an event named by its day
    ("date 2019-01-07\nTowns were under an evacuation warning Sunday.\n", "2019-01-06"),  # a participle's weekday
])
def test_a_weekday_in_a_present_tense_clause_is_scheduled_ahead(rows_of, text_in, expected):
    rows = rows_of(text_in)
    assert rows[rows["kind"] == "relative"].iloc[0]["start"] == expected


@pytest.mark.parametrize("text_in, tense, expected", [
    ("During the week, the army recruited 50 women.", "past", ("2023-01-28", "2023-02-04")),
    ("Talks will continue during the week.", "future", ("2023-02-04", "2023-02-11")),
])
def test_during_the_week_is_the_week_up_to_or_after_the_anchor(text_in, tense, expected):
    found = find_timexes(text_in)
    assert len(found) == 1, found
    r = resolve(found[0], date(2023, 2, 4), tense)
    assert (r.start, r.end) == expected


@pytest.mark.parametrize("text_in, anchor, expected", [
    ("Enrollment fell this school year.", date(2024, 10, 22), ("2024-09-01", "2025-06-30")),
    ("Enrollment fell last school year.", date(2024, 3, 5), ("2022-09-01", "2023-06-30")),
    ("Fees rise next academic year.", date(2024, 3, 5), ("2024-09-01", "2025-06-30")),
])
def test_a_school_year_runs_from_september_to_june(text_in, anchor, expected):
    found = find_timexes(text_in)
    assert len(found) == 1, found
    r = resolve(found[0], anchor, "past")
    assert (r.start, r.end) == expected


def test_a_count_given_as_two_numbers_takes_the_larger():
    found = find_timexes("Enrollment has fallen over the last seven or eight years.")
    assert [t.text for t in found] == ["over the last seven or eight years"]
    r = resolve(found[0], date(2021, 8, 11), "past")
    assert (r.start, r.end) == ("2013-08-11", "2021-08-11")


def test_days_into_a_month_count_from_its_first_day(rows_of):
    rows = rows_of("date 2013-11-08\nEleven days into October the club sacked its manager.\n")
    row = row_for(rows, "Eleven days into")
    assert (row["start"], row["end"]) == ("2013-10-12", "2013-10-12")


@pytest.mark.parametrize("text_in, expected", [
    ("date 2019-12-07\nWhen does early voting for the Dec. 14 runoff election end?\n", ("Dec. 14", "2019-12-14")),
    ("date 2021-08-11\nThere always are adjustments after that in October, he said.\n", ("October", "2021-10-01")),
    ("date 2017-09-02\nThis is up from eight minutes in February.\n", ("February", "2017-02-01")),
    ("date 2023-01-12\nThe pardon decree of July 6 is not the only one.\n", ("July 6", "2022-07-06")),
])
def test_a_yearless_date_in_a_present_clause_is_the_coming_one_only_when_it_is_near(rows_of, text_in, expected):
    rows = rows_of(text_in)
    assert row_for(rows, expected[0])["start"] == expected[1]


@pytest.mark.parametrize("text_in, expected", [
    ("The town has been the site of fighting for weeks now.", ("for weeks", "week")),
    ("Sometimes for months over a single house.", ("for months", "month")),
])
def test_a_bare_plural_unit_after_for_is_a_duration(text_in, expected):
    found = [t for t in find_timexes(text_in) if t.kind == "duration"]
    assert [(t.text, t.unit) for t in found] == [expected]


def test_the_last_decade_is_the_ten_years_up_to_the_anchor():
    found = find_timexes("The list has tripled over the last decade.")
    assert len(found) == 1, found
    r = resolve(found[0], date(2024, 6, 20), "past")
    assert (r.start, r.end) == ("2014-06-20", "2024-06-20")


@pytest.mark.parametrize("sentence, phrase, expected", [
    ("Putin is scheduled to deliver his delayed annual address to parliament on February 21.", "February 21",
     "future"),  # "his delayed address": an adjective, not a past verb
    ("The planned vote on March 3 was cancelled.", "March 3", "past"),
])
def test_an_ed_word_after_a_determiner_is_no_past_tense(sentence, phrase, expected):
    start = sentence.index(phrase)
    assert light_tense(sentence, start, start + len(phrase)) == expected


def test_a_list_of_days_of_one_month_is_one_span():
    found = find_timexes("Trials are being pushed back to June 15, 16 and 17.")
    assert [t.text for t in found] == ["June 15, 16 and 17"]
    r = resolve(found[0], date(2020, 4, 18), "future")
    assert (r.start, r.end) == ("2020-06-15", "2020-06-17")


@pytest.mark.parametrize("text_in, text, expected", [
    ("date 2020-04-18\nTrials set for April 6 are being pushed back to June 22.\n", "June 22", "2020-06-22"),
    ("date 2021-01-10\nThe hearing was postponed until May 20, the court said.\n", "until May 20", "2021-05-20"),
    ("date 2020-04-18\nCriminal trials have been rescheduled into the summer months.\n", "summer", "2020-06-01"),
    ("date 2020-04-18\nThose trials are being slated for June 22.\n", "June 22", "2020-06-22"),
    ("date 2023-02-28\nHis original trial date was set for the end of April.\n", "end of April", "2023-04-24"),
])
def test_the_new_date_of_a_postponement_or_a_plan_is_not_placed_in_the_past(rows_of, text_in, text, expected):
    rows = rows_of(text_in)
    assert row_for(rows, text)["start"] == expected
