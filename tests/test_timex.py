"""Time expressions: finding them, telling durations apart, resolving them against an anchor date and tense."""

from __future__ import annotations

from datetime import date

import pytest

from analysis import timex as tx
from analysis.timex import find_timexes, resolve


def only(text: str):
    found = [t for t in find_timexes(text)]
    assert len(found) == 1, found
    return found[0]


@pytest.mark.parametrize("text_in, anchor, tense, expected", [
    # absolute
    ("The minister spoke on October 4.", date(2023, 10, 7), "past", ("2023-10-04", "2023-10-04", "day")),
    ("He was released from prison on April 14 and sent east.", date(2023, 10, 7), "past",
     ("2023-04-14", "2023-04-14", "day")),
    ("Putin will seek reelection in March 2024.", date(2023, 10, 7), "future", ("2024-03-01", "2024-03-31", "month")),
    ("The invasion in February 2022 changed everything.", date(2023, 10, 7), "past",
     ("2022-02-01", "2022-02-28", "month")),
    ("He called on July 10 to ask for money.", date(2022, 8, 6), "past", ("2022-07-10", "2022-07-10", "day")),
    ("The group was founded in 2014.", date(2022, 8, 6), "past", ("2014-01-01", "2014-12-31", "year")),
    ("It happened on 3 May 2021 at dawn.", date(2022, 8, 6), "past", ("2021-05-03", "2021-05-03", "day")),
    # relative to the anchor (a Thursday)
    ("Prices rose last month.", date(2022, 8, 11), "past", ("2022-07-01", "2022-07-31", "month")),
    ("The army said this week that it had formed a corps.", date(2022, 8, 11), "past",
     ("2022-08-08", "2022-08-14", "week")),
    ("Earlier this week, a report was published.", date(2023, 10, 6), "past", ("2023-10-02", "2023-10-05", "range")),
    ("He said earlier this month that 24 had gone home.", date(2023, 1, 20), "past",
     ("2023-01-01", "2023-01-19", "range")),
    ("He will speak later this month.", date(2023, 1, 20), "future", ("2023-01-21", "2023-01-31", "range")),
    ("Sales fell this month.", date(2023, 1, 20), "past", ("2023-01-01", "2023-01-31", "month")),
    ("The plan was dropped last year.", date(2023, 1, 20), "past", ("2022-01-01", "2022-12-31", "year")),
    ("The spokesman told reporters on Friday that all was legal.", date(2023, 1, 18), "past",
     ("2023-01-13", "2023-01-13", "day")),
    ("More than six months ago the group began recruiting.", date(2023, 1, 20), "past",
     ("2022-06-01", "2022-07-31", "range")),
    ("Last week, he said the centre was closing.", date(2022, 8, 11), "past", ("2022-08-01", "2022-08-07", "week")),
    ("Recruitment has been under way in recent weeks.", date(2022, 8, 11), "past",  # "recent weeks": 4 weeks
     ("2022-07-14", "2022-08-11", "range")),
    # partial
    ("In early August, the lawyer received requests.", date(2022, 8, 11), "past",
     ("2022-08-01", "2022-08-10", "month_part")),
    ("In mid-July, the foundation reported it.", date(2022, 8, 11), "past", ("2022-07-11", "2022-07-20", "month_part")),
    ("The intelligence service announced at the end of March that they had gone.", date(2022, 8, 6), "past",
     ("2022-03-24", "2022-03-31", "month_part")),
    ("A man came to the prison in the first half of July.", date(2022, 8, 6), "past",
     ("2022-07-01", "2022-07-15", "month_part")),
    ("Reports began to surface in the spring.", date(2022, 8, 11), "past", ("2022-03-01", "2022-05-31", "season")),
    ("In late July, the foundation said so.", date(2022, 8, 11), "past", ("2022-07-21", "2022-07-31", "month_part")),
    # open spans
    ("Since July, some 40,000 detainees have joined.", date(2023, 1, 20), "past",
     ("2022-07-01", "2023-01-20", "range")),
    ("350,000 people had signed up since the start of the year.", date(2023, 10, 6), "past",
     ("2023-01-01", "2023-10-06", "range")),
    ("Until last year he denied it.", date(2023, 1, 20), "past", ("2022-01-01", "2022-12-31", "year")),
    ("Many had been killed as of mid-August.", date(2023, 10, 6), "past", ("2023-08-11", "2023-08-20", "month_part")),
    ("No decree has been issued since 2020.", date(2023, 1, 20), "past", ("2020-01-01", "2023-01-20", "range")),
])
def test_resolves_to_the_right_span(text_in, anchor, tense, expected):
    tx = only(text_in)
    r = resolve(tx, anchor, tense)
    assert (r.start, r.end, r.granularity) == expected
    assert r.anchor == anchor.isoformat() and r.reason


@pytest.mark.parametrize("text_in, anchor, tense, expected_start", [
    ("He was freed in December.", date(2023, 1, 10), "past", "2022-12-01"),  # year roll-over
    ("The vote will be held in December.", date(2023, 1, 10), "future", "2023-12-01"),
    ("The talks will resume in March.", date(2023, 10, 6), "future", "2024-03-01"),
    ("The talks resumed in March.", date(2023, 10, 6), "past", "2023-03-01"),
    ("He arrived in October.", date(2023, 10, 6), "past", "2023-10-01"),  # the anchor's own month
])
def test_tense_chooses_the_year_of_a_yearless_month(text_in, anchor, tense, expected_start):
    assert resolve(only(text_in), anchor, tense).start == expected_start


@pytest.mark.parametrize("text_in", [
    "Reservists were sent to a two-month training near the border.",
    "The number will rise as the six-month contracts expire.",
    "Prisoners are offered a pardon for six months of service.",
    "Those who accept go to two weeks of training.",
    "It marks a watershed in his 23-year rule.",
    "During the month-long investigation, reporters spoke to inmates.",
])
def test_durations_are_kept_apart_and_never_dated(text_in):
    found = find_timexes(text_in)
    assert found and all(t.kind == "duration" for t in found)
    assert all(resolve(t, date(2023, 1, 1), "past").start == "" for t in found)


@pytest.mark.parametrize("text_in", [
    "Some talk about 100,000 rubles a month.",
    "The 31-year-old convict had no training.",
    "You may also like this.",
    "They would march on the city.",
    "Monthly salaries of $2,150 were promised to 2022 volunteers at Vagner2022.org.",
    "Christmas gifts were handed out to the inmates.",
    "New Year celebrations were cancelled in the colony.",
    "The score was 12.05 at the end.",
])
def test_not_time_expressions(text_in):
    assert [t for t in find_timexes(text_in) if t.kind != "duration"] == []


@pytest.mark.parametrize("text_in, kind", [
    ("Over the following days, a dozen left the prison.", "event_relative"),
    ("She was called again a week later.", "event_relative"),
])
def test_event_relative_expressions_get_no_calendar_span(text_in, kind):
    tx = only(text_in)
    assert tx.kind == kind and resolve(tx, date(2022, 8, 1), "past").start == ""


def test_unknown_anchor_leaves_relative_expressions_unresolved_but_says_why():
    r = resolve(only("It happened last month."), None, "past")
    assert r.start == "" and "unknown" in r.reason
    assert resolve(only("It happened in March 2024."), None, "future").start == "2024-03-01"


def test_offsets_point_at_the_expression():
    text = "Bunyatov was released from prison on April 14 and was in the trenches by early May."
    for tx in find_timexes(text):
        assert text[tx.start:tx.end] == tx.text
    assert [t.text for t in find_timexes(text)] == ["April 14", "by early May"]


@pytest.mark.parametrize("text_in, expected", [
    ("From July to September they left.", ("From July to September", "2022-07-01", "2022-09-30")),
    ("Between May and July they left.", ("Between May and July", "2022-05-01", "2022-07-31")),
    ("From November to February they left.", ("From November to February", "2022-11-01", "2023-02-28")),
    ("In mid-2022 they left.", ("mid-2022", "2022-05-01", "2022-08-31")),
    ("Last Friday they left.", ("Last Friday", "2023-03-10", "2023-03-10")),
    ("Over the weekend they left.", ("Over the weekend", "2023-03-11", "2023-03-12")),
    ("In the summer of 2022 they left.", ("summer of 2022", "2022-06-01", "2022-08-31")),
    ("On Sept. 21, 2022, Putin spoke.", ("Sept. 21, 2022", "2022-09-21", "2022-09-21")),
    ("It was built late last year.", ("late last year", "2022-09-01", "2022-12-31")),
])
def test_ranges_and_other_news_phrasings(text_in, expected):
    tx = only(text_in)
    r = resolve(tx, date(2023, 3, 15), "past")  # a Wednesday
    assert (tx.text, r.start, r.end) == expected


@pytest.mark.parametrize("text_in, expected", [
    ("Now, he added, many volunteers want out.", ("Now", "2023-01-20", "2023-01-20")),
    ("Russia currently has 266,000 convicts.", ("currently", "2023-01-20", "2023-01-20")),
    ("Recently, the group advertised the benefits.", ("Recently", "2022-12-20", "2023-01-20")),
])
def test_present_and_recent_references(text_in, expected):
    tx = only(text_in)
    r = resolve(tx, date(2023, 1, 20), "present")
    assert (tx.text, r.start, r.end) == expected


@pytest.mark.parametrize("text_in, anchor, expected", [
    # a month or season placed by 'last' / 'next' / 'this year' / 'last year'
    ("Wagner has recruited 40,000 men since last July, a group said.", date(2023, 1, 20),
     ("since last July", "2022-07-01", "2023-01-20")),
    ("Wagner has recruited 40,000 men since July last year , a group said.", date(2023, 1, 20),
     ("since July last year", "2022-07-01", "2023-01-20")),
    ("The law was passed last July.", date(2023, 8, 15), ("last July", "2023-07-01", "2023-07-31")),
    ("The law was passed last July.", date(2023, 7, 15), ("last July", "2022-07-01", "2022-07-31")),
    ("He was jailed last May.", date(2023, 7, 15), ("last May", "2023-05-01", "2023-05-31")),
    ("Units were created by the army in spring this year.", date(2023, 11, 14),
     ("spring this year", "2023-03-01", "2023-05-31")),
    ("He was jailed last summer.", date(2023, 11, 14), ("last summer", "2023-06-01", "2023-08-31")),
    # the new year and other named days
    ("Since around the new year, fewer men have left.", date(2023, 2, 9),
     ("Since around the new year", "2023-01-01", "2023-02-09")),
    ("Nothing has changed since the new year.", date(2024, 3, 1), ("since the new year", "2024-01-01", "2024-03-01")),
    ("He was freed on New Year's Eve.", date(2023, 1, 10), ("New Year's Eve", "2022-12-31", "2022-12-31")),
    # parts of decades: early = the first four years, mid = the middle four, late = the last three
    ("There were a million prisoners in the early 2000s.", date(2023, 1, 20),
     ("early 2000s", "2000-01-01", "2003-12-31")),
    ("There were a million prisoners at the beginning of the 2000s.", date(2023, 1, 20),
     ("beginning of the 2000s", "2000-01-01", "2003-12-31")),
    ("Crime soared in the late 1990s.", date(2023, 1, 20), ("late 1990s", "1997-01-01", "1999-12-31")),
    ("Crime soared in the 1990s.", date(2023, 1, 20), ("1990s", "1990-01-01", "1999-12-31")),
    # coordinated months and seasons that follow each other: one span
    ("He toured colonies in the summer and autumn of 2022.", date(2023, 1, 20),
     ("summer and autumn of 2022", "2022-06-01", "2022-11-30")),
    ("He toured colonies in July and August 2022.", date(2023, 1, 20),
     ("July and August 2022", "2022-07-01", "2022-08-31")),
    ("The number fell by 23,000 in September and October alone.", date(2023, 1, 20),
     ("September and October", "2022-09-01", "2022-10-31")),
    # days counted from the anchor, numeric dates, a year ago, named eras
    ("He called the day before yesterday.", date(2023, 1, 20), ("day before yesterday", "2023-01-18", "2023-01-18")),
    ("The decree was signed on 24/02/2022.", date(2023, 1, 20), ("24/02/2022", "2022-02-24", "2022-02-24")),
    ("The decree was signed on 02/24/2022.", date(2023, 1, 20), ("02/24/2022", "2022-02-24", "2022-02-24")),
    ("He arrived at the colony a year ago.", date(2023, 1, 20), ("a year ago", "2022-01-01", "2022-01-31")),
    ("He served his sentence in the Soviet era.", date(2023, 1, 20), ("Soviet era", "1922-12-30", "1991-12-26")),
    ("Earlier in the year, he left.", date(2023, 10, 6), ("Earlier in the year", "2023-01-01", "2023-10-05")),
    ("He was arrested last night.", date(2023, 10, 6), ("last night", "2023-10-05", "2023-10-05")),
    ("Recruitment peaked in the third quarter of 2022.", date(2023, 10, 6),
     ("third quarter of 2022", "2022-07-01", "2022-09-30")),
    # ranges written with a dash
    ("In January-February 2023, 10,000 men left.", date(2023, 10, 6),
     ("January-February 2023", "2023-01-01", "2023-02-28")),
    ("In March - June 2022, 10,000 men left.", date(2023, 10, 6), ("March - June 2022", "2022-03-01", "2022-06-30")),
    ("Spending rose in 2022-23.", date(2023, 10, 6), ("2022-23", "2022-01-01", "2023-12-31")),
    ("Men froze in the winter of 2022-23.", date(2023, 10, 6), ("winter of 2022-23", "2022-12-01", "2023-02-28")),
])
def test_news_phrasings_resolve_to_the_right_span(text_in, anchor, expected):
    tx = only(text_in)
    r = resolve(tx, anchor, "past")
    assert (tx.text, r.start, r.end) == expected and r.reason


def test_coordinated_periods_each_get_the_shared_year():
    text = "He toured colonies in spring and autumn of 2022, and in March and October 2021."
    found = find_timexes(text)
    assert [t.text for t in found] == ["spring", "autumn of 2022", "March", "October 2021"]
    assert [resolve(t, date(2023, 5, 1), "past").start for t in found] == ["2022-03-01", "2022-09-01",
                                                                            "2021-03-01", "2021-10-01"]


@pytest.mark.parametrize("text_in, expected_start", [
    ("On 05/03/2022 he left. He had come on March 9, 2022.", "2022-05-03"),  # the text writes month first
    ("On 05/03/2022 he left. He had come on 9 March 2022.", "2022-03-05"),  # the text writes day first
    ("On 05/03/2022 he left; on 25/03/2022 he came back.", "2022-03-05"),  # an unambiguous date decides
    ("On 05.03.2022 he left.", "2022-03-05"),  # no evidence: day first
])
def test_ambiguous_numeric_dates_follow_the_texts_style(text_in, expected_start):
    first = find_timexes(text_in)[0]
    assert resolve(first, date(2023, 1, 1), "past").start == expected_start


@pytest.mark.parametrize("text_in, expected", [
    ("Since the invasion, thousands of convicts have died.", "since"),
    ("The prison population has fallen since Russia invaded Ukraine.", "since"),
    ("Nothing has been the same since the war in Syria.", None),  # another war: not dated
])
def test_since_the_invasion_is_an_open_span_from_the_war(text_in, expected):
    found = [t for t in find_timexes(text_in) if t.unit == "war"]
    assert [t.open for t in found] == ([expected] if expected else [])


def test_a_list_of_months_shares_the_year_written_after_the_last():
    found = find_timexes("Colonies emptied in July, August and September 2022.")
    assert [resolve(t, date(2023, 6, 1), "past").start[:4] for t in found] == ["2022", "2022"]


def test_a_duration_beside_a_named_era_stays_a_duration():
    found = find_timexes("He spent nine years in prison in the Soviet era.")
    assert [(t.text, t.kind) for t in found] == [("nine years", "duration"), ("Soviet era", "absolute")]
    assert resolve(found[0], date(2023, 1, 1), "past").start == ""


@pytest.mark.parametrize("text_in, kind", [
    ("He was jailed in July last year.", "relative"),  # its year is counted from the anchor's
    ("He was jailed in spring this year.", "relative"),
    ("He was jailed from July to September last year.", "relative"),
    ("He was jailed in July 2022.", "absolute"),
])
def test_a_month_whose_year_is_counted_from_the_anchor_is_relative(text_in, kind):
    assert only(text_in).kind == kind


@pytest.mark.parametrize("text_in, anchor, expected", [
    # the end of the year, however written: the anchor's year, its last two months, like "by the end of July"
    ("The number could double by year's end.", date(2023, 1, 27), ("by year's end", "2023-11-01", "2023-12-31")),
    ("The fund will be empty by year-end, officials said.", date(2023, 5, 3), ("by year-end", "2023-11-01", "2023-12-31")),
    ("It will fall below 400,000 by the end of the year.", date(2023, 2, 15),
     ("by the end of the year", "2023-11-01", "2023-12-31")),
    # 'the previous' week / month / year: the calendar period before the anchor's; 'the past year' stays rolling
    ("The army counted 90 cases in the previous year.", date(2024, 10, 11), ("the previous year", "2023-01-01",
                                                                           "2023-12-31")),
    ("Fewer men signed up the previous month.", date(2024, 10, 11), ("the previous month", "2024-09-01", "2024-09-30")),
    ("He said the previous week had been quiet.", date(2024, 10, 11), ("the previous week", "2024-09-30",
                                                                      "2024-10-06")),
    ("Crime rose over the past year.", date(2024, 10, 11), ("over the past year", "2023-10-11", "2024-10-11")),
    # the first days (7), weeks (3) or months (3) of a month or year
    ("He was sent to the front in the first days of January.", date(2024, 3, 14),
     ("first days of January", "2024-01-01", "2024-01-07")),
    ("Units were formed in the first weeks of March 2023.", date(2024, 3, 14),
     ("first weeks of March 2023", "2023-03-01", "2023-03-21")),
    ("Recruiting slowed in the first months of 2022.", date(2024, 3, 14),
     ("first months of 2022", "2022-01-01", "2022-03-31")),
    ("He was freed in the last days of June 2023.", date(2024, 3, 14), ("last days of June 2023", "2023-06-24",
                                                                       "2023-06-30")),
    # decades as machine translation from German writes them
    ("It is the first time since the 1990er years.", date(2023, 2, 15),
     ("since the 1990er years", "1990-01-01", "2023-02-15")),
    ("Crime soared in the 1990-ies.", date(2023, 2, 15), ("1990-ies", "1990-01-01", "1999-12-31")),
])
def test_year_ends_previous_periods_first_days_and_translated_decades(text_in, anchor, expected):
    tx = only(text_in)
    r = resolve(tx, anchor, "past")
    assert (tx.text, r.start, r.end) == expected and r.reason


def test_the_previous_year_says_it_is_the_calendar_year_before():
    r = resolve(only("Sales doubled in the previous year."), date(2024, 10, 11), "past")
    assert "calendar year before" in r.reason and r.granularity == "year"


@pytest.mark.parametrize("text, anchor, value, mod", [
    ("The talks took place last week.", date(2022, 8, 3), "2022-W30", ""),  # 25-31 July 2022 is ISO week 30
    ("The lawyer said he received requests in early August.", date(2022, 8, 11), "2022-08", "START"),
    ("The plant closed in the summer of 2022.", None, "2022-SU", ""),
    ("Output fell in the third quarter of 2022.", None, "2022-Q3", ""),
    ("Prices rose in the 1990s.", None, "199", ""),
    ("He was freed on October 4, 2023.", None, "2023-10-04", ""),
    ("He was freed in July.", None, "XXXX-07", ""),  # no anchor: the year is unknown
    ("He was freed on October 4.", None, "XXXX-10-04", ""),
    ("They signed six-month contracts.", None, "P6M", ""),
    ("It ends his 23-year rule.", None, "P23Y", ""),
    ("He is now at home.", date(2022, 8, 11), "PRESENT_REF", ""),
    ("He has been held since July.", date(2022, 8, 11), "2022-07-01/2022-08-11", ""),
    ("It happened more than six months ago.", date(2022, 8, 11), "2022-01-01/2022-02-28", "MORE_THAN"),
])
def test_timex3_style_values(text, anchor, value, mod):
    t = tx.find_timexes(text)[0]
    res = tx.resolve(t, anchor, "past")
    assert tx.normalized_value(t, res) == (value, mod)


def test_duration_length_only_for_durations():
    t = tx.find_timexes("a two-week course in March 2022")
    assert [tx.duration_length(x) for x in t] == ["P2W", ""]


def test_every_match_holds_an_anchor_of_its_pattern():
    """find_timexes runs a pattern only over a text holding one of its anchors (a digit, or words such as
    'week' or 'jan'): every match of every pattern, over the seeds and invented sentences, must hold one, or
    the shortcut would lose expressions."""
    from analysis.corpus import load_corpus
    from conftest import SEEDS

    texts = [a.folded or a.body for a in load_corpus(SEEDS).analysable] + [
        "Since the start of the full-scale invasion, men left on Christmas Eve, the day before yesterday, "
        "in the Soviet era, nowadays, at the moment, recently, over the weekend, two weeks ago, in recent months, "
        "the past three years, a decade-long war, three days later, tonight, this morning, on Monday, in late "
        "Sept. 2022, 24.02.2022, the 1990s, 2022-23, in the autumn, since Russia invaded Ukraine."]
    checked = 0
    for text in texts:
        for name, pattern in tx._PATTERNS:
            anchors = tx._ANCHORS[name]
            for m in pattern.finditer(text):
                if m.end() > m.start():
                    found = m.group(0)
                    assert (anchors.search(found) if hasattr(anchors, "search")
                            else any(a in found.casefold() for a in anchors)), (name, found)
                    checked += 1
    assert checked > 100


def test_the_first_character_look_ahead_keeps_every_match():
    """Each pattern is led by a look-ahead for the characters its matches can start with: over invented text
    with every kind of expression, it finds exactly what the pattern alone finds."""
    import re

    text = ("Until mid-March 2023, and since the start of the war, 1,200 men were sent; in the autumn of 2022, "
            "three weeks later, on Friday, last year's end, the 1990s, 2022-23, 24.02.2022, 2023-05-01, over the "
            "weekend, recently, now, in the Soviet era, around Christmas, five years ago, by the end of the year.")
    for name, pattern in tx._PATTERNS:
        plain = re.compile(pattern.pattern.split("]))", 1)[1], pattern.flags) if pattern.pattern.startswith(
            "(?=(?i:[") else pattern
        assert [m.span() for m in pattern.finditer(text)] == [m.span() for m in plain.finditer(text)], name
    assert tx._PATTERNS[0][1].pattern.startswith("(?=(?i:[")


@pytest.mark.parametrize("text_in, expected", [
    ("On Friday, March 3, the court in Lenz ruled.", ("Friday, March 3", 3, 3, 4)),  # a capital "On" before it
    ("On Friday, 3 March, the court in Lenz ruled.", ("Friday, 3 March", 3, 3, 4)),  # day first
    ("The court met on Tuesday 14 May 2024 in Lenz.", ("Tuesday 14 May 2024", 14, 5, 1)),
])
def test_a_weekday_before_a_date_is_one_expression_either_order(text_in, expected):
    t = only(text_in)
    assert (t.text, t.day, t.month, t.weekday) == expected and t.kind == "absolute"


@pytest.mark.parametrize("text_in, anchor, tense, expected", [
    # a weekday with a day of the month but no month: the month whose day has that weekday
    ("The club was calm up until Thursday 14th, when the coach left.", date(2019, 3, 20), "past",
     ("until Thursday 14th", "2019-03-14", "2019-03-14")),
    ("The hearing opens on Friday the 5th in Arnsby.", date(2021, 2, 24), "future",
     ("Friday the 5th", "2021-03-05", "2021-03-05")),
    # two dated days joined by a dash, each with its month: one stretch
    ("In one hectic stretch (29th Jan - 5th Feb) four coaches were fired.", date(2019, 2, 10), "past",
     ("29th Jan - 5th Feb", "2019-01-29", "2019-02-05")),
    ("The fair ran Dec. 28 \u2013 Jan. 3 in Velden.", date(2023, 1, 10), "past",
     ("Dec. 28 \u2013 Jan. 3", "2022-12-28", "2023-01-03")),
    # "this weekend" told in the past, said early in the week: the weekend just gone
    ("The strain showed this weekend when the militia marched on the capital.", date(2021, 5, 11), "past",
     ("this weekend", "2021-05-08", "2021-05-09")),
    # a stretch of days counted from the anchor, not one day
    ("Shelling has eased in recent days.", date(2021, 5, 11), "past",
     ("in recent days", "2021-05-08", "2021-05-11")),
    ("More storms will hit over the coming few days.", date(2021, 5, 11), "future",
     ("over the coming few days", "2021-05-11", "2021-05-14")),
])
def test_weekday_days_day_ranges_weekends_and_stretches_of_days(text_in, anchor, tense, expected):
    t = only(text_in)
    r = resolve(t, anchor, tense)
    assert (t.text, r.start, r.end) == expected


def test_a_year_after_a_determiner_before_a_plural_noun_is_a_year():
    """'the 2016 elections', 'Chile's 2019 protests' name a year; '2022 volunteers' alone is a count."""
    found = find_timexes("The party skipped the 2016 elections and Chile's 2019 protests, but 2022 volunteers came.")
    assert [t.text for t in found] == ["2016", "2019"]


@pytest.mark.parametrize("text_in, expected", [
    ("She has given the past 12 years of her life to the shelter.", "past 12 years"),  # a life: the years up to now
    ("Prices have risen in recent years of her reign.", "in recent years"),
    ("He spent the last two weeks of May abroad.", "last two weeks of May"),  # a part of May
])
def test_a_count_of_years_before_of_keeps_its_whole_unit(text_in, expected):
    assert only(text_in).text == expected


@pytest.mark.parametrize("text_in, expected", [
    ("The court gave the smuggler 11.5 years in a colony.", ("11.5 years", "P11.5Y")),  # was "5 years"
    ("She served two and a half years in Kolpino.", ("two and a half years", "P2.5Y")),
    ("He won a 3.5-year contract.", ("3.5-year", "P3.5Y")),
])
def test_durations_with_a_fraction_keep_their_whole_count(text_in, expected):
    t = only(text_in)
    assert (t.text, tx.duration_length(t)) == expected and t.kind == "duration"


@pytest.mark.parametrize("text_in, anchor, tense, expected", [
    ("The ferry sank this past weekend off Varna.", date(2023, 6, 14), "past",
     ("past weekend", "2023-06-10", "2023-06-11")),  # was a crash
    ("Storms are due over the coming weekend.", date(2023, 6, 14), "future",
     ("the coming weekend", "2023-06-17", "2023-06-18")),  # was "over the coming week", counted from an event
    ("He fled two and a half years ago.", date(2023, 6, 14), "past",
     ("two and a half years ago", "2020-01-01", "2020-12-31")),
])
def test_past_and_coming_weekends_and_fractional_counts_ago(text_in, anchor, tense, expected):
    t = only(text_in)
    r = resolve(t, anchor, tense)
    assert (t.text, r.start, r.end) == expected


@pytest.mark.parametrize("text_in, anchor, tense, expected", [
    # a day without its month: the month of the last date before it in its paragraph, else the anchor's nearest
    ("The ferryman reached Tulcea on April 3 and was detained on the 11th.", date(2022, 9, 1), "past",
     [("April 3", "2022-04-03"), ("the 11th", "2022-04-11")]),
    ("In May 2019 she moved to Brno; on the 20th she was arrested.", date(2022, 9, 1), "past",
     [("May 2019", "2019-05-01"), ("the 20th", "2019-05-20")]),
    ("The mayor was questioned on the 28th, the court said.", date(2022, 9, 1), "past", [("the 28th", "2022-08-28")]),
    ("The runoff is due on the 18th.", date(2022, 9, 1), "future", [("the 18th", "2022-09-18")]),
    ("He lives on the 26th floor of the tower.", date(2022, 9, 1), "past", []),  # an ordinal of something else
])
def test_a_day_without_its_month_takes_the_month_before_it_or_the_anchors(text_in, anchor, tense, expected):
    assert [(t.text, resolve(t, anchor, tense).start) for t in find_timexes(text_in)] == expected


@pytest.mark.parametrize("text_in, anchor, expected", [
    ("Exports rose in the first six months of 2021.", date(2021, 9, 1),
     ("first six months of 2021", "2021-01-01", "2021-06-30")),  # was "six months" (a duration) and "2021"
    ("Arrests doubled in the last three months of 2020.", date(2021, 9, 1),
     ("last three months of 2020", "2020-10-01", "2020-12-31")),
    ("He hid in Narva in the first ten days of March.", date(2021, 9, 1),
     ("first ten days of March", "2021-03-01", "2021-03-10")),
])
def test_the_first_or_last_n_days_or_months_of_a_period(text_in, anchor, expected):
    t = only(text_in)
    r = resolve(t, anchor, "past")
    assert (t.text, r.start, r.end) == expected


@pytest.mark.parametrize("text_in, anchor, expected", [
    ("The shelling on Oct. 5-6 cut the power.", date(2022, 11, 2), ("Oct. 5-6", "2022-10-05", "2022-10-06")),
    ("He was held from 2011 until 2015 in Perm.", date(2022, 11, 2), ("from 2011 until 2015", "2011-01-01",
                                                                       "2015-12-31")),
    ("A year and a half ago the plant closed.", date(2022, 11, 2), ("A year and a half ago", "2021-01-01",
                                                                     "2021-12-31")),
])
def test_day_ranges_before_any_word_from_until_and_a_year_and_a_half(text_in, anchor, expected):
    t = only(text_in)
    r = resolve(t, anchor, "past")
    assert (t.text, r.start, r.end) == expected


def test_a_year_and_a_half_is_a_duration():
    t = only("The smuggler was given a year and a half in a colony.")
    assert (t.text, t.kind, tx.duration_length(t)) == ("a year and a half", "duration", "P1.5Y")


@pytest.mark.parametrize("text_in, tense, expected", [
    ("The river crested overnight near Selby.", "past", [("overnight", "2021-02-09", "2021-02-10")]),
    ("Overnight, drones struck two depots.", "past", [("Overnight", "2021-02-09", "2021-02-10")]),
    ("Snow will fall overnight across the hills.", "future", [("overnight", "2021-02-10", "2021-02-11")]),
    ("Guests paid for an overnight stay.", "past", []),  # an adjective, not a time
])
def test_overnight_is_the_night_before_the_anchor_or_the_coming_one(text_in, tense, expected):
    anchor = date(2021, 2, 10)
    assert [(t.text, resolve(t, anchor, tense).start, resolve(t, anchor, tense).end)
            for t in find_timexes(text_in)] == expected


def test_an_expression_that_cannot_be_resolved_does_not_stop_the_run():
    """A shape no rule resolves (here the old 'this past weekend': a stretch counted in 'weekends') gives no span
    and says so, instead of raising."""
    odd = tx.Timex(start=0, end=12, text="past weekend", kind="relative", unit="weekend", offset=-1, amount=1,
                   qualifier="past")
    r = resolve(odd, date(2023, 6, 14), "past")
    assert (r.start, r.end, r.reason) == ("", "", "could not resolve")
