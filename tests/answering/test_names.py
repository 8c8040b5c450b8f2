"""The story's names: a question or a claim names companies, places and outlets the way readers write them."""

from __future__ import annotations

import pytest

from bot.answering.names import story_names
from bot.answering.text import fold


def test_places_are_found_by_any_name_they_go_by():
    found = story_names().find(fold("Is the plant in Pechino or in Qingdao?"))
    assert found == {("place", "Beijing"), ("place", "Qingdao")}


def test_a_writer_is_found_by_her_first_name_alone_even_beside_a_misspelt_surname():
    assert story_names().find(fold("elenor klign who is she")) == {("person", "Elenor Kling")}


def test_a_name_inside_a_longer_name_is_not_given_on_its_own():
    found = story_names().find(fold("Beijing Automotive Group is talking to Xiaomi"))
    assert ("company", "BAIC") in found
    assert ("place", "Beijing") not in found


def test_a_name_ruled_out_is_not_given():
    assert ("outlet", "Bloomberg") not in story_names().find(fold("Cailian reported it, not Bloomberg"))


@pytest.mark.parametrize(
    "question",
    ["lo stabilimento hyundai dove sta?? pechino?", "¿La planta de Hyundai está en Beijing o dónde?"],
)
def test_a_place_offered_as_a_guess_is_told_apart(question):
    assert story_names().guessed_places(question) == {"Beijing"}


@pytest.mark.parametrize(
    "question",
    ["Where in Beijing is the Hyundai plant?", "Where is BluePark, and is it ready?", "Sorry, where is BluePark?"],
)
def test_a_place_asked_about_is_no_guess(question):
    assert not story_names().guessed_places(question)


@pytest.mark.parametrize(
    ("question", "aside"),
    [
        ("Apart from BAIC, whose factory is Xiaomi eyeing?", {("company", "BAIC")}),
        ("Apart from BAIC, which companies did Bloomberg say Xiaomi approached?", {("company", "BAIC")}),
        ("Which Chinese city, besides Qingdao, comes up?", {("place", "Qingdao")}),
        ("Oltre all'impianto BAIC c'è un altro stabilimento?", {("company", "BAIC")}),
        ("¿Además de Bloomberg, quién lo cuenta?", {("outlet", "Bloomberg")}),
        ("Besides buying a factory outright, what else is Xiaomi weighing with BAIC?", set()),
        # What else Xiaomi makes is what the fact about its phones tells: products are not set aside.
        ("Besides phones, what does Xiaomi make?", set()),
    ],
)
def test_names_a_question_sets_aside_are_those_right_after_besides_or_apart_from(question, aside):
    assert story_names().set_aside(question) == aside


def test_what_a_text_is_about_before_all_else_is_its_first_name_of_each_kind():
    leading = story_names().leading(fold("BAIC's plant in Qingdao, in Shandong, and Hyundai's in Beijing"))
    assert leading == {("company", "BAIC"), ("place", "Qingdao")}
