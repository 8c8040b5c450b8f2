"""The fitted decision: more evidence, more confidence; a stale model is refused, not misread."""

from __future__ import annotations

import dataclasses

import pytest

from bot.answering import decision
from bot.answering.decision import FEATURES, DecisionModel, Evidence, bundled_model

CLEAR = Evidence(
    score=0.95,
    margin=0.4,
    phrasing=0.9,
    explained=1.0,
    unknown=0.0,
    rare_unknown=0.0,
    terms=4,
    posterior=0.9,
    asked_unexplained=0,
)


def test_the_bundled_model_answers_a_clear_match_and_not_a_faint_one():
    model = bundled_model()
    faint = dataclasses.replace(CLEAR, score=0.3, margin=0.0, phrasing=0.2, explained=0.3, unknown=0.6, posterior=0.1)
    assert model.confidence(CLEAR) >= model.answer_at
    assert model.confidence(faint) < model.suggest_at <= model.answer_at


def test_a_written_model_reads_back_the_same(tmp_path, monkeypatch):
    model = bundled_model()
    path = tmp_path / "decision.yaml"
    path.write_text(model.to_yaml("# test\n"), encoding="utf-8")
    monkeypatch.setattr(decision, "_MODEL_FILE", path)
    bundled_model.cache_clear()
    try:
        assert bundled_model().confidence(CLEAR) == pytest.approx(model.confidence(CLEAR), abs=1e-4)
    finally:
        bundled_model.cache_clear()


def test_a_model_fitted_on_other_features_is_refused(tmp_path, monkeypatch):
    stale = DecisionModel((0.0,), (1.0,), (1.0,), 0.0, 0.5, 0.25, 0.5).to_yaml("")
    path = tmp_path / "decision.yaml"
    path.write_text(stale.replace(f"- {FEATURES[0]}\n", "- retired_feature\n"), encoding="utf-8")
    monkeypatch.setattr(decision, "_MODEL_FILE", path)
    bundled_model.cache_clear()
    try:
        with pytest.raises(ValueError, match=r"tools/tune\.py"):
            bundled_model()
    finally:
        bundled_model.cache_clear()
