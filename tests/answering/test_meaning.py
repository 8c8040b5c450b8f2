"""Meaning vectors: a question in other words comes nearest the fact it means."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import numpy as np
import pytest

from bot.answering import meaning
from bot.answering.meaning import MeaningIndex, bundled_vectors
from bot.loader import load_knowledge

KNOWLEDGE = Path(__file__).resolve().parents[2] / "knowledge"


@pytest.fixture(scope="module")
def index() -> tuple[MeaningIndex, dict[str, int]]:
    facts = load_knowledge(KNOWLEDGE).facts
    return MeaningIndex(facts, {fact.id: fact.questions for fact in facts}, bundled_vectors()), {
        fact.id: position for position, fact in enumerate(facts)
    }


def nearest_fact(index: tuple[MeaningIndex, dict[str, int]], text: str) -> str:
    meanings, positions = index
    near = meanings.nearness(meanings.vector(text))
    return next(fact for fact, position in positions.items() if position == int(np.argmax(near)))


def test_a_question_with_none_of_the_facts_words_comes_nearest_its_fact(index):
    meanings, positions = index
    vector = meanings.vector("Which automakers is the phone company teaming up with?")
    near = meanings.nearness(vector)
    talks = near[positions[nearest_fact(index, "Which carmakers has Xiaomi contacted?")]]
    launch = near[positions[nearest_fact(index, "When will Xiaomi's first car debut?")]]
    assert talks > launch


def test_the_lead_is_how_much_nearer_the_fact_comes_than_any_other(index):
    meanings, _ = index
    vector = meanings.vector("When will Xiaomi's first car debut?")
    facts = load_knowledge(KNOWLEDGE).facts
    best = next(fact for fact in facts if fact.id == nearest_fact(index, "When will Xiaomi's first car debut?"))
    other = next(fact for fact in facts if fact is not best)
    nearness, lead = meanings.lead(vector, best)
    assert lead > 0
    assert nearness == pytest.approx(1.0, abs=0.2)
    assert meanings.lead(vector, other)[1] < 0


def test_a_text_without_tokens_is_near_nothing():
    assert not bundled_vectors().embed([""]).any()


def test_without_the_package_the_reason_is_one_line(monkeypatch):
    monkeypatch.setattr(importlib.util, "find_spec", lambda _name: None)
    with pytest.raises(RuntimeError, match="pip install"):
        meaning._load()
