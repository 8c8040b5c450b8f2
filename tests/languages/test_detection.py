"""Telling which language a reader wrote in, and when a message does not say."""

from __future__ import annotations

import pytest

from bot.languages.detection import LanguageDetector


@pytest.fixture(scope="module")
def detector() -> LanguageDetector:
    return LanguageDetector()


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Why is Xiaomi's car delayed?", "en"),
        ("Perché l'auto di Xiaomi è in ritardo?", "it"),
        ("chi ha scritto l'articolo?", "it"),
        ("¿Dónde está la planta de BAIC?", "es"),
        ("xiaomi ya tiene la licencia o no", "es"),
    ],
)
def test_a_question_in_a_language_is_read_as_that_language(detector, text, language):
    assert detector.clear_language(text) == language


@pytest.mark.parametrize("text", ["Qingdao?", "BAIC BluePark", "11/11", "🚗"])
def test_names_and_symbols_say_no_language(detector, text):
    assert detector.clear_language(text) is None


def test_spelling_only_one_language_uses_settles_a_near_tie(detector):
    assert detector.clear_language("Cos'è Xiaomi Auto?") == "it"
    assert detector.clear_language("¿Xiaomi Auto?") == "es"


def test_a_narrow_lean_is_still_a_guess_for_when_nothing_else_says(detector):
    assert detector.likeliest_language("xiaomi compra tutto lo stabilimento o solo una parte") == "it"
