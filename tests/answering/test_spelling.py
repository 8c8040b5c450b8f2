"""Readers misspell; one slip should still find the word they meant, and nothing else."""

from __future__ import annotations

import pytest

from bot.answering.spelling import SpellingIndex

INDEX = SpellingIndex(["qingdao", "licence", "bluepark", "hyundai", "november", "partnership"])


@pytest.mark.parametrize(
    ("typed", "meant"),
    [
        ("qingdoa", "qingdao"),  # two letters swapped
        ("licnce", "licence"),  # a letter missing
        ("hyunndai", "hyundai"),  # a letter extra
        ("novenber", "november"),  # a letter wrong
        ("partnesrhip", "partnership"),  # long words may carry two slips
    ],
)
def test_a_misspelt_word_finds_the_word_meant(typed, meant):
    assert INDEX.correct(typed) == meant


@pytest.mark.parametrize("typed", ["pizza", "weather", "lic", "qngdoa"])
def test_a_word_that_is_not_a_slip_of_a_known_one_is_left_alone(typed):
    assert INDEX.correct(typed) is None
