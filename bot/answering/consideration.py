"""The engine's reading of a question before it decides, and what it says on its own: a
one-word question several facts answer alike is the reader's choice; a fact not yet given
phrasings that the question finds clearly first is the answer."""

from __future__ import annotations

from dataclasses import dataclass

from bot.answering.decision import Evidence
from bot.answering.matcher import Match
from bot.answering.question import Question
from bot.models import Slot

# A fact with no phrasings yet is answered when it leads every other fact by this much.
UNPHRASED_MARGIN = 0.15
# A one-word question ("baic?") that several facts match this closely is a choice for the reader.
ONE_WORD_TIE_MARGIN = 0.12


@dataclass(frozen=True)
class Consideration:
    """The engine's reading of a question before it decides: its best candidate and why."""

    question: Question
    matches: tuple[Match, ...]
    candidate: Match | None  # the match giving every detail asked for that the decision trusts most
    missing: Slot | None  # a detail asked for that the best match does not give
    evidence: Evidence | None
    far: bool = False  # the candidate gives what the best match lacks, from further down than a fitting one

    @property
    def fitting(self) -> Match | None:
        """The candidate, when it is near enough the best match to stand for the question when unsure."""
        return None if self.far else self.candidate


def clearly_unphrased(seen: Consideration) -> bool:
    """A fact from a new article, not yet given phrasings, that the question finds clearly first:
    the decision was fitted on facts with phrasings, and would leave it as "did you mean"."""
    candidate = seen.candidate
    return (
        candidate is not None
        and not candidate.fact.questions
        and candidate is seen.matches[0]
        and seen.evidence is not None
        and seen.evidence.margin >= UNPHRASED_MARGIN
    )


def one_word_tie(seen: Consideration) -> bool:
    """A one-word question several facts answer about as well: the reader chooses, unless it
    asks for a detail only the candidate gives ("¿quién da la licencia?": who grants it)."""
    question = seen.question
    if len(question.terms) != 1 or seen.evidence is None or seen.evidence.margin >= ONE_WORD_TIE_MARGIN:
        return False
    return not question.asked_details or seen.missing is None
