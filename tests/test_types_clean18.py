"""Source types of the families read on clean18's misses, each on a small invented article: a U.S. federal agency
known by its acronym, a police rank of the setting's force, a county office, a minister's title set off by commas
before the name, a minister of a story placed by its headline that names another country once, an older
newspaper's name."""

from __future__ import annotations

import pytest

from analysis import nlp
from analysis.corpus import load_corpus
from analysis.source_types import classify
from analysis.source_typing import source_type
from analysis.speakers import Resolver, Source

from conftest import source_types


def _typed(write_corpus, body: str, source: Source, default_country: str = "") -> str:
    article = load_corpus(write_corpus({"001_page.txt": body})).analysable[0]
    resolver = Resolver(article, nlp.parse(article), default_country=default_country, type_of=source_type)
    return source_type(source, resolver, default_country)


def test_a_us_federal_agency_known_by_its_acronym_is_the_us_s(sourcing_of):
    types = source_types(sourcing_of(
        "Tokyo-based Harumi Parts said it would replace 40,000 pumps made in Japan and sold in Japan and abroad.\n\n"
        '"We expect every owner to be reached by March," said FAA Deputy Administrator Carla Menotti.\n'))
    assert types["Carla Menotti"] == "U.S. government or official"


def test_a_police_rank_is_an_official_of_the_setting(sourcing_of):
    types = source_types(sourcing_of(
        "Ohio deer struck on highway\n\n"
        "A driver hit three deer near Dayton, Ohio, on Friday, and officers from Beijing and Shanghai were not "
        "involved, a Chinese visitor said.\n\n"
        "The animals were found on the shoulder, Det. Norma Petrakis told reporters.\n"))
    assert types["Norma Petrakis"] == "U.S. government or official"


@pytest.mark.parametrize("role, expected", [
    ("Det. Ana Ruiz", "Ukrainian government"),
    ("Sgt. Oleg Brin", "government or official (country unknown)"),  # an army's rank too: a soldier tried abroad
])
def test_a_police_rank_takes_the_setting_an_army_rank_does_not(role, expected):
    assert classify(role, is_person=True, setting="Ukrainian") == expected


def test_a_director_of_a_county_office_is_a_local_official(sourcing_of):
    types = source_types(sourcing_of(
        "Rain closed roads across Pell County, Tennessee, on Monday.\n\n"
        '"We have opened two shelters," said Ray Dunmore Jr., Director the Pell County Office of Readiness.\n'))
    assert next(t for k, t in types.items() if "Dunmore" in k) == "U.S. government or official"


def test_a_ministers_title_set_off_by_commas_before_the_name(write_corpus):
    # the parser may leave the appositive title out of the name's descriptions: the words before the name give it
    body = ("Spain summoned the Dutch ambassador over remarks made by Dutch Minister for Trade and Development, "
            "Eline Vos, on ties between the two countries.\n")
    start = body.index("Eline Vos")
    source = Source("Eline Vos", "person", True, mentions={(start, start + len("Eline Vos"))})
    assert _typed(write_corpus, body, source) == "Dutch government or official"


def test_a_list_of_people_after_a_title_gives_the_second_no_title(write_corpus):
    body = "Those present were Mayor Bob Kell, Dana Ruiz, and a priest.\n"
    start = body.index("Dana Ruiz")
    source = Source("Dana Ruiz", "person", True, mentions={(start, start + len("Dana Ruiz"))})
    assert _typed(write_corpus, body, source, "U.S.") == "private person"


def test_a_minister_of_a_story_placed_by_its_headline_naming_another_country_once(sourcing_of):
    types = source_types(sourcing_of(
        "No new cholera case in Abuja, says minister\n\n"
        "The Minister of Health, Prof. Adewale Okonjo, has dismissed reports of new cholera cases in Abuja.\n\n"
        "He urged Nigerians to ignore rumours, saying Nigeria had the outbreak under control. A Ghanaian trader was "
        "among those tested in Abuja.\n"))
    assert types["Adewale Okonjo"] == "Nigerian government or official"


def test_an_older_newspaper_s_name_after_a_place_is_a_media_outlet(sourcing_of):
    types = source_types(sourcing_of(
        "A youth match was abandoned after a brawl on Sunday.\n\n"
        "The Hartford Courant said the league would meet on Tuesday.\n"))
    assert types["Hartford Courant"] == "media outlet"


def test_the_head_of_a_rural_settlement_is_a_local_official(write_corpus):
    body = ("Wounded convicts are coming back to their villages in Russia, and Russian officials say little.\n\n"
            "\u201cHe came back with a leg wound,\u201d the head of the Lenivka rural settlement told a local site.\n")
    start = body.index("head of the Lenivka")
    source = Source("head of the Lenivka rural settlement", "person", False, roles={"head"},
                    mentions={(start, start + len("head of the Lenivka rural settlement"))})
    assert _typed(write_corpus, body, source, "Russian") == "Russian government or official"


def test_a_lawyer_s_nationality_is_no_client(sourcing_of):
    types = source_types(sourcing_of(
        "Russian forces detained two men in occupied towns of Ukraine, the Lenz Rights Group said.\n\n"
        "A Ukrainian lawyer acting for one of the detained men told the group that she knew of nine similar cases.\n"))
    assert types.get("Ukrainian lawyer", "anonymous person") in ("anonymous person", "private person")


def test_an_intelligence_official_is_of_the_one_country_whose_intelligence_the_text_names(write_corpus):
    body = ("Russia is sending recruits from its prisons to the front, according to Ukrainian intelligence.\n\n"
            "The intelligence official said the men would be sent to the hardest sectors. Russian officials in "
            "Moscow and Russian prisons did not comment.\n")
    start = body.index("intelligence official")
    source = Source("intelligence official", "person", False, roles={"official"},
                    mentions={(start, start + len("intelligence official"))})
    assert _typed(write_corpus, body, source, "Russian") == "Ukrainian government"


def test_videos_that_show_what_happened_are_a_record(sourcing_of):
    types = source_types(sourcing_of(
        "Floods swept through the old town of Marlow Falls on Sunday.\n\n"
        "Videos posted online showed water pouring down the high street and carrying cars away.\n"))
    assert types.get("Videos", "document or leaked correspondence") == "document or leaked correspondence"


def test_officials_named_by_a_club_s_short_name_speak_for_the_club(sourcing_of):
    types = source_types(sourcing_of(
        "A brawl ended a youth match between Marlow Rovers Juniors FC and Kettby Owls on Sunday.\n\n"
        "Rovers officials, however, said their players had been attacked by adult supporters.\n"))
    assert types["Rovers officials"] == "sports club, coach or athlete"


def test_the_ambassador_is_of_the_one_country_whose_ambassador_the_text_names(write_corpus):
    body = ("Chilean Ambassador to Norway Mara Holt met officials of the Norwegian Foreign Ministry in Oslo on "
            "Friday.\n\nThe ambassador said the meeting was \u201ccalm and useful.\u201d Norway did not comment.\n")
    start = body.index("ambassador said")
    source = Source("ambassador", "group", False,
                    mentions={(start, start + len("ambassador"))})
    assert _typed(write_corpus, body, source, "Norwegian") == "Chilean government or official"
