"""Meaning vectors: a question in other words comes nearest the fact it means."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import numpy as np
import pytest

from bot.answering import meaning
from bot.answering.meaning import MeaningIndex, Whitening, bundled_vectors, raw_vectors
from bot.loader import load_knowledge
from bot.models import Fact

KNOWLEDGE = Path(__file__).resolve().parents[2] / "knowledge"


@pytest.fixture(scope="module")
def facts() -> tuple[Fact, ...]:
    return load_knowledge(KNOWLEDGE).facts


@pytest.fixture(scope="module")
def index(facts) -> MeaningIndex:
    return MeaningIndex(facts, {fact.id: fact.questions for fact in facts}, bundled_vectors())


def nearest(index: MeaningIndex, facts: tuple[Fact, ...], text: str) -> Fact:
    return max(facts, key=index.nearness(text).cosine)


def test_a_question_with_none_of_the_facts_words_comes_nearer_its_fact_than_another(index, facts):
    talks = nearest(index, facts, "Which carmakers has Xiaomi contacted?")
    launch = nearest(index, facts, "When will Xiaomi's first car debut?")
    reworded = index.nearness("Which automakers is the phone company teaming up with?")
    assert reworded.cosine(talks) > reworded.cosine(launch)


def test_the_lead_is_how_much_nearer_the_fact_comes_than_its_nearest_rival(index, facts):
    question = "When will Xiaomi's first car debut?"
    best = nearest(index, facts, question)
    other = next(fact for fact in facts if fact is not best)
    nearness = index.nearness(question)
    assert nearness.lead(best, facts)[1] > 0
    assert nearness.lead(other, facts)[1] == pytest.approx(nearness.cosine(other) - nearness.cosine(best))
    assert nearness.lead(best, [best]) == (nearness.cosine(best), nearness.cosine(best) + 1.0)


def test_a_text_without_tokens_is_near_nothing():
    assert not bundled_vectors().embed([""]).any()


def test_without_the_package_the_reason_is_one_line(monkeypatch):
    monkeypatch.setattr(importlib.util, "find_spec", lambda _name: None)
    with pytest.raises(RuntimeError, match="pip install"):
        meaning.raw_vectors()


def test_one_text_read_alone_gets_the_vector_it_gets_among_others():
    vectors = bundled_vectors()
    texts = ["Which carmakers has Xiaomi contacted?", "", "¿Dónde está la planta?"]
    for text, among_others in zip(texts, vectors.embed(texts), strict=True):
        assert vectors.embed_one(text) == pytest.approx(among_others, abs=1e-5)


def test_whitening_takes_away_what_every_question_shares():
    """Raw mean vectors of questions about one story all point much the same way; whitened,
    two questions about different things are no longer near just for speaking of Xiaomi."""
    texts = ["Which carmakers has Xiaomi contacted?", "When will Xiaomi's first car debut?"]
    raw = raw_vectors().embed(texts)
    whitened = bundled_vectors().embed(texts)
    assert float(whitened[0] @ whitened[1]) < float(raw[0] @ raw[1])


def test_the_fitted_whitening_leaves_its_texts_centred_and_alike_in_every_direction():
    rows = np.random.default_rng(7).normal(size=(2000, 4)) @ np.diag([3.0, 1.0, 0.5, 0.2]) + 5.0
    whitening = Whitening.fit(rows)
    moved = (rows - whitening.mean) @ whitening.transform
    assert np.abs(moved.mean(axis=0)).max() < 1e-3
    spreads = moved.std(axis=0)
    assert spreads.max() / spreads.min() < 1.1


def test_a_missing_whitening_file_is_one_clear_error(tmp_path):
    with pytest.raises(RuntimeError, match=r"whitening\.npz.*tools/tune\.py"):
        Whitening.read(tmp_path / "whitening.npz")


def test_the_whitening_tune_writes_is_the_one_read_back(tmp_path):
    fitted = Whitening.fit(np.random.default_rng(3).normal(size=(50, 3)))
    fitted.write(tmp_path / "whitening.npz")
    read = Whitening.read(tmp_path / "whitening.npz")
    assert read.digest == fitted.digest
