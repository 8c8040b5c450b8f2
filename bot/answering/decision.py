"""Whether to answer, offer "did you mean", or decline: fitted on readers' questions.

The matcher ranks facts; how far to trust its first choice depends on more than its
score: how far ahead of the next fact it is, how much of the question it explains, and
how much of the question is about things no fact mentions. A logistic model over those
signals, fitted on labelled reader questions by `tools/tune.py` (cross-validated), turns
them into the chance that the first choice is a right answer. decision.yaml holds the
coefficients, the fitted answer cut-off and the "did you mean" cut-off (set, not fitted:
below the answer cut-off, a suggestion costs the reader one tap).
"""

from __future__ import annotations

import math
from dataclasses import dataclass, fields
from functools import cache
from pathlib import Path

import yaml

from bot.yamlfile import read_data

_MODEL_FILE = Path(__file__).with_name("decision.yaml")


@dataclass(frozen=True)
class Evidence:
    """What the engine knows about its best candidate for one question."""

    score: float  # the matcher's score of the candidate, 0..1
    margin: float  # its lead over the next fact with another answer (one quoting other words)
    phrasing: float  # how closely its nearest phrasing fits the question, 0..1
    explained: float  # share of the question's weight the fact's words cover
    unknown: float  # share of the question's weight in words no fact uses
    rare_unknown: float  # words no fact uses that are rare in the language at large (names, brands)
    terms: float  # how many content terms the question has
    posterior: float  # the chance naive Bayes over all the fact's phrasings gives it
    asked_unexplained: float  # 1 when the kind of thing asked for ("what terms") is a word the fact never uses

    def vector(self) -> tuple[float, ...]:
        return tuple(getattr(self, field.name) for field in fields(self))


FEATURES = tuple(field.name for field in fields(Evidence))


def logistic(z: float) -> float:
    """The logistic function, clipped so that no evidence overflows it."""
    return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))


@dataclass(frozen=True)
class DecisionModel:
    means: tuple[float, ...]
    scales: tuple[float, ...]
    weights: tuple[float, ...]
    bias: float
    answer_at: float  # confidence from which the candidate is given as the answer
    suggest_at: float  # confidence from which it is offered as "did you mean"
    follow_up_at: float  # the answer cut-off for a follow-up read with the conversation's fact

    @classmethod
    def score_only(cls, answer_from: float, suggest_from: float) -> DecisionModel:
        """A decision anyone can follow, on the match score alone: for toy bases, and to fit a new model from."""
        steepness = 20.0
        return cls(
            means=(0.0,) * len(FEATURES),
            scales=(1.0,) * len(FEATURES),
            weights=(steepness,) + (0.0,) * (len(FEATURES) - 1),
            bias=-steepness * answer_from,
            answer_at=0.5,
            suggest_at=logistic(steepness * (suggest_from - answer_from)),
            follow_up_at=0.5,
        )

    def confidence(self, evidence: Evidence) -> float:
        """The chance, as fitted, that the candidate is a right answer."""
        values = evidence.vector()
        z = self.bias + sum(
            weight * (value - mean) / scale
            for weight, value, mean, scale in zip(self.weights, values, self.means, self.scales, strict=True)
        )
        return logistic(z)

    def to_yaml(self, header: str) -> str:
        data = {
            "features": list(FEATURES),
            "means": [round(value, 6) for value in self.means],
            "scales": [round(value, 6) for value in self.scales],
            "weights": [round(value, 6) for value in self.weights],
            "bias": round(self.bias, 6),
            "answer_at": round(self.answer_at, 4),
            "suggest_at": round(self.suggest_at, 4),
            "follow_up_at": round(self.follow_up_at, 4),
        }
        return header + yaml.safe_dump(data, sort_keys=False)


@cache
def bundled_model() -> DecisionModel:
    """The model fitted by tools/tune.py, read once per process."""
    data = read_data(_MODEL_FILE)
    sizes = {len(data[field]) for field in ("features", "means", "scales", "weights")}
    if tuple(data["features"]) != FEATURES or sizes != {len(FEATURES)}:
        raise ValueError(f"{_MODEL_FILE} was fitted on other features; run tools/tune.py")
    return DecisionModel(
        means=tuple(data["means"]),
        scales=tuple(data["scales"]),
        weights=tuple(data["weights"]),
        bias=data["bias"],
        answer_at=data["answer_at"],
        suggest_at=data["suggest_at"],
        follow_up_at=data["follow_up_at"],
    )
