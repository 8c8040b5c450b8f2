"""The fitted decision: more evidence, more confidence; a stale model is refused, not misread."""

from __future__ import annotations

import dataclasses

import pytest

from bot.answering import decision
from bot.answering.decision import FEATURES, DecisionModel, Evidence, FollowUpEvidence, bundled_model

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
    meaning=0.8,
    meaning_lead=0.1,
    nearest_in_meaning=1.0,
    first_ranked=1.0,
    second_score=0.5,
    other_language=0.0,
    precedent_right=0.9,
    precedent_wrong=0.3,
    precedent_out=0.4,
    neighbours_right=0.7,
    neighbours_wrong=0.0,
    neighbours_out=0.1,
)


def test_the_bundled_model_answers_a_clear_match_and_not_a_faint_one():
    model = bundled_model()
    faint = dataclasses.replace(
        CLEAR,
        score=0.3,
        margin=0.0,
        phrasing=0.2,
        explained=0.3,
        unknown=0.6,
        posterior=0.1,
        meaning=0.3,
        meaning_lead=-0.1,
        nearest_in_meaning=0.0,
        precedent_right=0.3,
        precedent_wrong=0.8,
        precedent_out=0.8,
        neighbours_right=0.0,
        neighbours_wrong=0.3,
        neighbours_out=0.7,
    )
    assert model.confidence(CLEAR) >= model.answer_at
    assert model.confidence(faint) < model.suggest_at <= model.answer_at


def test_evidence_not_known_weighs_as_the_average():
    """A fact no precedent mentions yet (a new one) is neither trusted nor doubted for it."""
    model = bundled_model()
    unknown = dataclasses.replace(CLEAR, precedent_right=float("nan"), precedent_wrong=float("nan"))
    means = dict(zip(FEATURES, model.answer.means, strict=True))
    average = dataclasses.replace(
        CLEAR, precedent_right=means["precedent_right"], precedent_wrong=means["precedent_wrong"]
    )
    assert model.confidence(unknown) == pytest.approx(model.confidence(average))


@pytest.fixture
def fitted() -> DecisionModel:
    return bundled_model()


@pytest.fixture
def model_file(tmp_path, monkeypatch):
    """Where the bundled model is read from, for one test; a test wanting the fitted one asks for it first."""
    path = tmp_path / "decision.yaml"
    monkeypatch.setattr(decision, "_MODEL_FILE", path)
    bundled_model.cache_clear()
    yield path
    bundled_model.cache_clear()


SCORE_ONLY_YAML = DecisionModel.score_only(answer_from=0.55, suggest_from=0.38).to_yaml("")


def test_a_written_model_reads_back_the_same(fitted, model_file):
    model_file.write_text(fitted.to_yaml("# test\n"), encoding="utf-8")
    read = bundled_model()
    assert read.confidence(CLEAR) == pytest.approx(fitted.confidence(CLEAR), abs=1e-4)
    again = FollowUpEvidence(
        confidence=0.8,
        repeats_last=1.0,
        own_terms=1.0,
        neighbours_right=0.6,
        neighbours_out=0.1,
        neighbours_alike=0.7,
        neighbours_following=0.5,
        alone_agrees=1.0,
        alone_confidence=0.9,
    )
    assert read.follow_up_confidence(again) == pytest.approx(fitted.follow_up_confidence(again), abs=1e-4)


@pytest.mark.parametrize(
    "written",
    [
        SCORE_ONLY_YAML.replace(f"- {FEATURES[0]}\n", "- retired_feature\n"),  # fitted on other features
        SCORE_ONLY_YAML.split("follow_up:")[0]
        + "answer_at: 0.5\nsuggest_at: 0.2\nfollow_up_at: 0.5\n",  # no follow-ups
    ],
)
def test_a_model_fitted_for_another_version_is_refused(model_file, written):
    model_file.write_text(written, encoding="utf-8")
    with pytest.raises(ValueError, match=r"tools/tune\.py"):
        bundled_model()
