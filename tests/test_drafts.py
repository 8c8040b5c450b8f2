"""Splitting an article into claims and guessing who makes each."""

from __future__ import annotations

import pytest

from bot.drafts import claims, guess_attribution
from bot.models import Status


def test_claims_are_sentences_word_for_word_without_headings_or_furniture():
    text = (
        "Big news\nAcme wants to build scooters in Turin. It bought part of the No. 2 plant in Milan today.\nShare this"
    )
    assert claims(text) == [
        "Acme wants to build scooters in Turin.",
        "It bought part of the No. 2 plant in Milan today.",
    ]


@pytest.mark.parametrize(
    ("sentence", "claimant", "status"),
    [
        ("According to Reuters, Acme is talking to Zeta.", "Reuters", Status.REPORTED),
        ("Bloomberg reported that the talks had stalled for now.", "Bloomberg", Status.REPORTED),
        ("Zeta said it had no information about it at all.", "Zeta", Status.NO_COMMENT),
        ("Acme denied the reports in a short statement.", "Acme", Status.DENIED),
        ("Rumours say the scooter will debut in March.", "rumours", Status.RUMOURED),
        ("The market for scooters is maturing fast in Europe.", "article", Status.STATED),
    ],
)
def test_attribution_is_guessed_from_the_wording(sentence, claimant, status):
    assert guess_attribution(sentence) == (claimant, status)
