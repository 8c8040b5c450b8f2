"""The names, dates and figures a claim gives, read the same way from claims and facts."""

from __future__ import annotations

import pytest

from bot.checking.claims import cue_data
from bot.checking.details import DetailReader, differences


@pytest.fixture(scope="module")
def reader() -> DetailReader:
    return DetailReader(cue_data())


def test_names_are_read_in_any_of_the_three_languages(reader):
    assert ("place", "Beijing") in reader.read("la planta de Hyundai en Pekín").names
    assert ("company", "Hyundai") in reader.read("lo stabilimento Hyundai a Pechino").names


def test_a_place_inside_a_company_name_is_not_a_place(reader):
    assert reader.read("talks with the Beijing Automotive Group").names == {("company", "BAIC")}


def test_a_name_the_claim_rules_out_is_not_one_it_gives(reader):
    names = reader.read("It was Cailian, not Bloomberg, that reported it").names
    assert ("outlet", "Cailian") in names
    assert ("outlet", "Bloomberg") not in names


def test_dates_in_words_and_figures_agree(reader):
    assert reader.read("the 11th of November").dates == reader.read("on 11/11").dates == {(11, 11)}


def test_a_figure_with_a_unit_is_a_quantity_and_no_fact_giving_none_contradicts_it(reader):
    claim = reader.read("a 100 kWh battery")
    conflicts, unsaid = differences(claim, reader.read("a sedan with more powerful batteries"))
    assert conflicts == []
    assert [detail.said for detail in unsaid] == ["100"]


def test_six_months_ago_is_not_almost_a_month_ago(reader):
    fact = reader.read("Bloomberg gave some details almost a month ago")
    [conflict], _ = differences(reader.read("Bloomberg reported it 6 months ago"), fact)
    assert conflict.kind == "span"
    assert differences(reader.read("Bloomberg wrote about it a month ago"), fact) == ([], [])


@pytest.mark.parametrize(
    "claim", ["Hyundai wants $500 million for plant No. 2", "Hyundai chiede 800 milioni per lo stabilimento n. 2"]
)
def test_a_price_where_the_fact_gives_only_a_plant_number_is_news_to_it_not_another_figure(reader, claim):
    fact = reader.read("buy a part of Hyundai's No. 2 production plant in Beijing")
    conflicts, unsaid = differences(reader.read(claim), fact)
    assert not conflicts
    assert unsaid


def test_another_plant_number_still_contradicts(reader):
    fact = reader.read("buy a part of Hyundai's No. 2 production plant in Beijing")
    conflicts, _ = differences(reader.read("Xiaomi buys Hyundai's plant No. 3"), fact)
    assert [conflict.kind for conflict in conflicts] == ["number"]


def test_all_of_it_where_the_fact_says_part_of_it_contradicts(reader):
    fact = reader.read("buy a part of Hyundai's No. 2 production plant in Beijing")
    conflicts, _ = differences(reader.read("Xiaomi compra toda la planta n.º 2 de Hyundai"), fact)
    assert [conflict.kind for conflict in conflicts] == ["scope"]


def test_all_three_tallies_the_companies_named_rather_than_giving_a_figure(reader):
    tallied = reader.read("Xiaomi signed with Brilliance, Chery and BAIC, all three")
    assert not tallied.numbers | tallied.quantities
    counted = reader.read("Xiaomi talked to three carmakers")
    assert "3" in counted.numbers | counted.quantities


def test_a_length_of_time_where_the_fact_gives_none_is_news_to_it(reader):
    fact = reader.read("Bloomberg reported the talks with Chery, Brilliance and BAIC")
    _, unsaid = differences(reader.read("Bloomberg ya habló de esto hace un año"), fact)
    assert [item.kind for item in unsaid] == ["span"]


@pytest.mark.parametrize(
    "text", ["the world of four wheels", "il mondo delle quattro ruote", "el mundo de las cuatro ruedas"]
)
def test_the_world_of_four_wheels_is_the_car_industry_not_a_figure(reader, text):
    assert not reader.read(text).numbers
    assert reader.read("two paths").numbers == {"2"}
