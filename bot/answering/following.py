"""What a follow-up's reading is weighed with (decision.py's FollowUpEvidence): the fact the
conversation was on, the message's own words, how the message reads on its own, and the
labelled follow-ups nearest it. tools/tune.py fits the follow-up model on this evidence."""

from __future__ import annotations

from dataclasses import dataclass

from bot.answering.consideration import Consideration
from bot.answering.decision import FollowUpEvidence
from bot.answering.precedents import NO_PRECEDENTS, UNKNOWN
from bot.models import Fact


@dataclass(frozen=True)
class FollowingUp:
    """What a follow-up's reading is weighed with: the fact the conversation was on, the
    message's own words, and how the message reads on its own."""

    about: Fact
    own_terms: int
    alone: str | None  # the candidate of the message read on its own, if it has one
    alone_confidence: float


def follow_up_evidence(seen: Consideration, following: FollowingUp, confidence: float) -> FollowUpEvidence:
    """The evidence of a follow-up's reading `seen`; `confidence`: the answer model's in it."""
    about = following.about
    candidate = seen.candidate.fact.id if seen.candidate is not None else None
    repeats = candidate == about.id
    resemblance = seen.question.follow_up_precedents
    neighbours = resemblance.to(candidate) if candidate is not None else NO_PRECEDENTS
    votes = resemblance.votes_following(about.id)
    agrees = candidate is not None and candidate == following.alone
    return FollowUpEvidence(
        confidence,
        float(repeats),
        float(following.own_terms),
        neighbours.neighbours_right,
        neighbours.neighbours_out,
        resemblance.alike(repeats),
        votes.get(candidate, 0.0) if votes and candidate is not None else UNKNOWN,
        float(agrees),
        following.alone_confidence if agrees else 0.0,
    )
