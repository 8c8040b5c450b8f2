"""A claim that turns the articles around: done where they say awaited, granted where still waited for."""

from __future__ import annotations

import pytest

from bot.models import Reason, Verdict


@pytest.mark.parametrize(
    "message",
    [
        "Great news, Xiaomi finally got its licence to build cars",
        "Xiaomi ha avuto la licenza",
    ],
)
def test_a_licence_said_granted_while_the_articles_say_awaited_is_contradicted(checker, message):
    """ "Had" is Italian for got: the start-ups that had licence trouble are not what it is about."""
    main = checker.check(message).main
    assert main.verdict is Verdict.CONTRADICTED
    assert main.reason is Reason.NOT_YET


def test_still_waiting_for_the_licence_is_supported_and_never_applying_is_not(checker):
    assert checker.check("Xiaomi still hasn't got its licence, right?").main.verdict is Verdict.SUPPORTED
    assert checker.check("Xiaomi scrapped its EV plans").main.verdict is Verdict.CONTRADICTED


@pytest.mark.parametrize(
    "message",
    [
        "Xiaomi's EV licence was REVOKED by the NDRC",
        "La licenza di Xiaomi è stata RIFIUTATA dal governo cinese",
        "La licencia de Xiaomi fue rechazada por el gobierno chino",
    ],
)
def test_a_licence_said_revoked_or_refused_while_the_articles_say_awaited_is_contradicted(checker, message):
    assert checker.check(message).main.verdict is Verdict.CONTRADICTED


def test_a_licence_said_granted_last_week_is_held_against_what_the_articles_say_of_the_licence(checker):
    main = checker.check("Xiaomi got its licence last week, it can build cars by itself now").main
    assert main.verdict is Verdict.CONTRADICTED
    assert "licence" in main.fact.answer


def test_a_problem_said_to_be_solved_where_the_articles_say_still_waiting_is_contradicted(checker):
    main = checker.check("Xiaomi has solved its licence problem").main
    assert main.verdict is Verdict.CONTRADICTED
    assert main.reason is Reason.NOT_YET


@pytest.mark.parametrize(
    "message",
    [
        "Xiaomi is a traditional carmaker that has been building cars for decades",
        "Xiaomi era conocida por fabricar coches",
    ],
)
def test_a_phone_maker_new_to_cars_said_to_be_an_old_carmaker_is_contradicted(checker, message):
    assert checker.check(message).main.verdict is Verdict.CONTRADICTED


def test_a_plant_said_to_need_no_work_where_the_articles_say_it_needs_improvements_is_contradicted(checker):
    main = checker.check("La planta BluePark no necesita ninguna mejora para hacer coches eléctricos").main
    assert (main.verdict, main.fact.id) == (Verdict.CONTRADICTED, "plant-improvements")
    assert (
        checker.check("le trattative sono riservate, nessuno sa come andrà a finire").main.verdict is Verdict.SUPPORTED
    )
