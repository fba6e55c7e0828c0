"""Source types of session 16's families, each on a small invented article: a title kept in a name, a passive
relative clause, a state's national body named with what it is of, a trade's group, a rights group's head, a named
man's family."""

from __future__ import annotations

from analysis import nlp
from analysis.corpus import load_corpus
from analysis.source_typing import source_type
from analysis.speakers import Resolver, Source

from conftest import source_types


def _typed(write_corpus, body: str, source: Source, default_country: str = "") -> str:
    article = load_corpus(write_corpus({"001_page.txt": body})).analysable[0]
    resolver = Resolver(article, nlp.parse(article), default_country=default_country, type_of=source_type)
    return source_type(source, resolver, default_country)


def test_a_title_of_several_words_kept_in_a_person_s_name_types_them(write_corpus):
    body = "Parks Commissioner Dana Lowry said the trails would reopen in May.\n"
    source = Source("Parks Commissioner Dana Lowry", "person", True, mentions={(0, 29)})
    assert _typed(write_corpus, body, source, "U.S.") == "U.S. government or official"


def test_a_passive_relative_clause_gives_no_role(sourcing_of):
    types = source_types(sourcing_of(
        "DERRY CREEK, Vt. \u2013 Floods cut roads across the state.\n\n"
        '"The water came up to the door," said Omar Pike, who was woken by firefighters at dawn and told to leave.\n'))
    assert types["Omar Pike"] == "private person"


def test_a_federal_bureau_of_something_is_its_state_s(sourcing_of):
    types = source_types(sourcing_of(
        "Tom Reyes, 58, died on Sunday at a prison hospital in Rochester, Minnesota, according to the Federal Bureau "
        "of Prisons.\n"))
    assert types["Federal Bureau of Prisons"] == "U.S. government or official"


def test_a_trade_s_group_after_its_name_is_a_company(sourcing_of):
    types = source_types(sourcing_of(
        "On Monday, Dolan\u2019s Lenzhof catering group said the driver had been hired by a subcontractor.\n"))
    assert types["Dolan\u2019s Lenzhof catering group"] == "company or business"


def test_an_official_s_role_between_a_fire_and_rescue_department_and_honorifics(sourcing_of):
    types = source_types(sourcing_of(
        "IPOH, May 3 \u2014 A blaze destroyed four shops in the old town today.\n\n"
        "Perak Fire and Rescue Department (PFRD) director Datuk Ali Omar said the fire began in a kitchen.\n"))
    assert types["Ali Omar"] == "Malaysian government or official"


def test_a_named_man_s_family_named_by_his_pronoun_is_a_private_person(sourcing_of):
    result = sourcing_of(
        "Police said they found cash in a bag Tomas Ebo was carrying. His family said he had no idea what was "
        "inside.\n")
    rows = result.sources[result.sources.source == "his family"]
    assert list(rows.source_type) == ["private person"]
    assert not rows.anonymous.iloc[0]


def test_the_head_of_a_group_that_gives_legal_aid_speaks_for_a_rights_group(sourcing_of):
    types = source_types(sourcing_of(
        "Transfers of inmates to the front resumed this week.\n\n"
        '"The transfers are illegal," said Irena Valk, an expert on jails who has spent years as head of the Walls '
        "Down organization.\n\n"
        "Walls Down provides legal and charitable assistance to inmates and their families.\n"))
    assert types["Irena Valk"] == "human-rights or legal-aid group"


def test_a_possessive_pronoun_that_points_past_the_named_person_names_no_relative(sourcing_of):
    result = sourcing_of(
        "Lena Dorn said her cousin had been moved to a camp.\n\n"
        "In August, the mother got a text in which her son said that he was well and would call soon.\n")
    rows = result.sources[result.sources.source == "her son"]
    assert list(rows.source_type) == ["anonymous person"]


def test_a_country_geonames_writes_with_the_takes_its_adjective(sourcing_of):
    types = source_types(sourcing_of(
        "Tram crash hurts two in Eindhoven\n\nEINDHOVEN - A tram crash left two people hurt on Monday.\n\n"
        '"It was a terrible morning for our city," mayor Pieter Aalders told reporters.\n'))
    assert types["Pieter Aalders"] == "Dutch government or official"
