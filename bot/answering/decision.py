"""Whether to answer, offer "did you mean", or decline: fitted on readers' questions.

The matcher ranks facts; how far to trust its first choice depends on more than its
score: how far ahead of the next fact it is, how much of the question it explains, and
how much of the question is about things no fact mentions, how near its meaning comes
to the fact's phrasings whatever the words (meaning.py). A logistic model over those
signals, fitted on labelled reader questions by `tools/tune.py` (cross-validated), turns
them into the chance that the first choice is a right answer. A follow-up read with the
conversation's fact has a second, small model, fitted on labelled conversations: a
follow-up answered with the very fact the last answer gave is often asking for something
that fact does not say ("has Hyundai agreed to it?"). decision.yaml holds the
coefficients, the fitted cut-offs and the "did you mean" cut-off (set, not fitted: below
the answer cut-off, a suggestion costs the reader one tap).
"""

from __future__ import annotations

import math
from dataclasses import dataclass, fields
from functools import cache
from operator import attrgetter
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
    meaning: float  # how near in meaning the question comes to its nearest phrasing (cosine)
    meaning_lead: float  # how much nearer that is than the nearest phrasing of the other facts ranked
    nearest_in_meaning: float  # 1 when none of the other facts ranked comes nearer in meaning
    first_ranked: float  # 1 when it is the matcher's first choice, not one lifted from just behind it
    second_score: float  # the best score of the other facts ranked, whatever their answer
    other_language: float  # 1 for Italian or Spanish: fewer phrasings share its words, so a match says more
    precedent_right: float  # how near the nearest labelled question the fact answered right comes (precedents.py)
    precedent_wrong: float  # how near the nearest one it was the wrong answer to comes
    precedent_out: float  # how near the nearest one the articles don't answer comes
    neighbours_right: float  # share of the question's nearest precedents the fact answered right
    neighbours_wrong: float  # share it was the wrong answer to
    neighbours_out: float  # share the articles don't answer

    def vector(self) -> tuple[float, ...]:
        return _evidence_values(self)


FEATURES = tuple(field.name for field in fields(Evidence))
_evidence_values = attrgetter(*FEATURES)


@dataclass(frozen=True)
class FollowUpEvidence:
    """What a follow-up's reading adds to the answer model's confidence in its candidate."""

    confidence: float  # the answer model's confidence, read with the conversation's fact
    repeats_last: float  # 1 when the candidate is the fact the conversation was about
    own_terms: float  # the message's own words that the fact base knows ("and BAIC?": one)
    neighbours_right: float  # share of its nearest labelled follow-ups the candidate answered right
    neighbours_out: float  # share of them the articles don't answer
    # Share of them answered right by the fact their conversation was on, when the candidate is
    # that fact again; by another fact, when it is another: "which ones?" stays, "and Chery?" moves.
    neighbours_alike: float
    # Share of the nearest labelled follow-ups of the same fact the candidate answered right:
    # "who else?" after the talks stays on them, after the start-ups goes to NIO and JAC.
    neighbours_following: float
    # Whether the message read on its own has the same candidate, and the answer model's
    # confidence in that reading when it has: a follow-up both readings agree on is surer,
    # unless the message alone says little ("and then?" finds any fact, weakly).
    alone_agrees: float
    alone_confidence: float

    def vector(self) -> tuple[float, ...]:
        return _follow_up_values(self)


FOLLOW_UP_FEATURES = tuple(field.name for field in fields(FollowUpEvidence))
_follow_up_values = attrgetter(*FOLLOW_UP_FEATURES)


def logistic(z: float) -> float:
    """The logistic function, clipped so that no evidence overflows it."""
    return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))


@dataclass(frozen=True)
class Logistic:
    """A fitted logistic model over standardised features."""

    means: tuple[float, ...]
    scales: tuple[float, ...]
    weights: tuple[float, ...]
    bias: float

    @classmethod
    def step(cls, width: int, at: float) -> Logistic:
        """A steep step on the first feature alone, at `at`: a decision anyone can follow."""
        steepness = 20.0
        return cls((0.0,) * width, (1.0,) * width, (steepness,) + (0.0,) * (width - 1), -steepness * at)

    def chance(self, values: tuple[float, ...]) -> float:
        """The fitted chance; a value that is not known (NaN) counts as the average, weighing nothing."""
        z = self.bias + sum(
            weight * (value - mean) / scale
            for weight, value, mean, scale in zip(self.weights, values, self.means, self.scales, strict=True)
            if not math.isnan(value)
        )
        return logistic(z)

    def to_data(self, features: tuple[str, ...]) -> dict[str, object]:
        return {
            "features": list(features),
            "means": [round(value, 6) for value in self.means],
            "scales": [round(value, 6) for value in self.scales],
            "weights": [round(value, 6) for value in self.weights],
            "bias": round(self.bias, 6),
        }

    @classmethod
    def from_data(cls, data: dict[str, list[float] | float], features: tuple[str, ...]) -> Logistic:
        sizes = {len(data[field]) for field in ("features", "means", "scales", "weights")}
        if tuple(data["features"]) != features or sizes != {len(features)}:
            raise ValueError(f"{_MODEL_FILE} was fitted on other features; run tools/tune.py")
        return cls(tuple(data["means"]), tuple(data["scales"]), tuple(data["weights"]), data["bias"])


@dataclass(frozen=True)
class DecisionModel:
    answer: Logistic  # over Evidence
    follow_up: Logistic  # over FollowUpEvidence
    answer_at: float  # confidence from which the candidate is given as the answer
    suggest_at: float  # confidence from which it is offered as "did you mean"
    follow_up_at: float  # follow-up confidence from which a follow-up's candidate is the answer

    @classmethod
    def score_only(cls, answer_from: float, suggest_from: float) -> DecisionModel:
        """A decision anyone can follow, on the match score alone: for toy bases, and to fit a new model from."""
        answer = Logistic.step(len(FEATURES), answer_from)
        return cls(
            answer=answer,
            follow_up=Logistic.step(len(FOLLOW_UP_FEATURES), 0.5),
            answer_at=0.5,
            suggest_at=answer.chance((suggest_from,) + (0.0,) * (len(FEATURES) - 1)),
            follow_up_at=0.5,
        )

    def confidence(self, evidence: Evidence) -> float:
        """The chance, as fitted, that the candidate is a right answer."""
        return self.answer.chance(evidence.vector())

    def follow_up_confidence(self, evidence: FollowUpEvidence) -> float:
        """The chance, as fitted on conversations, that a follow-up's candidate is a right answer."""
        return self.follow_up.chance(evidence.vector())

    def to_yaml(self, header: str) -> str:
        data = {
            **self.answer.to_data(FEATURES),
            "follow_up": self.follow_up.to_data(FOLLOW_UP_FEATURES),
            "answer_at": round(self.answer_at, 4),
            "suggest_at": round(self.suggest_at, 4),
            "follow_up_at": round(self.follow_up_at, 4),
        }
        return header + yaml.safe_dump(data, sort_keys=False)


@cache
def bundled_model() -> DecisionModel:
    """The model fitted by tools/tune.py, read once per process."""
    data = read_data(_MODEL_FILE)
    if "follow_up" not in data:
        raise ValueError(f"{_MODEL_FILE} has no follow-up model; run tools/tune.py")
    return DecisionModel(
        answer=Logistic.from_data(data, FEATURES),
        follow_up=Logistic.from_data(data["follow_up"], FOLLOW_UP_FEATURES),
        answer_at=data["answer_at"],
        suggest_at=data["suggest_at"],
        follow_up_at=data["follow_up_at"],
    )
