"""Claims that turn the articles around: refused where they say delayed, done where they say
awaited or possible, never where they say so ("Xiaomi got its licence last week", "the talks
collapsed", "Xiaomi built its own plant instead of buying one")."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

from bot.answering.engine import Engine
from bot.answering.matcher import Match
from bot.answering.text import any_phrase, fold, phrase_alternatives
from bot.checking.claims import ClaimText, Markers
from bot.models import Fact, Reason, Status

TENTATIVE_WORDS = frozenset(
    {
        "could",
        "may",
        "might",
        "would",
        "option",
        "options",
        "possible",
        "possibly",
        "appears",
        "seems",
        "unless",
        "uncertain",
    }
)
UNSURE = (Status.REPORTED, Status.RUMOURED, Status.NO_COMMENT, Status.DENIED)


class Reversals:
    """Reads, for one fact base, whether a claim reverses what a fact says."""

    def __init__(
        self,
        engine: Engine,
        cues: dict[str, Any],
        answer_markers: dict[str, Markers],
        quote_markers: dict[str, Markers],
    ) -> None:
        self._engine = engine
        self._answer_markers = answer_markers  # by fact id: the markers of its answer
        self._quote_markers = quote_markers  # and of its quotes
        self._pending = any_phrase(cues["pending"])
        self._instead = re.compile(rf"(?<![a-z0-9])(?:{phrase_alternatives(cues['instead'])})\s+(.+)$")

    def still_awaited(self, claim: ClaimText, near: Sequence[Match]) -> Fact | None:
        """A step said to be done ("got its licence") where a fact about as near says it is still awaited."""
        said = claim.markers
        if not said.obtained or said.negated:
            return None
        # The one all the claim's words point at most: "got its licence last week" is about the licence.
        likeliest = sorted(near, key=lambda match: -match.posterior)
        return next((match.fact for match in likeliest if self._pending.search(fold(match.fact.answer))), None)

    def reversal(self, claim: ClaimText, fact: Fact, near: Sequence[Fact]) -> Reason | None:
        """Why a claim turns the fact around, if it does: refused where delayed, done where
        awaited, never where so (unless a party as near would not comment: "BAIC has no information")."""
        said = claim.markers
        if said.reversed and not self._quote_markers[fact.id].reversed:
            return Reason.REVERSED
        if said.negated and not claim.asks and not any(map(self._says_not, near)):
            return Reason.REVERSED
        if (
            self._pending.search(fold(claim.text))
            and self._answer_markers[fact.id].obtained
            and not self._says_not(fact)
        ):
            return Reason.REVERSED  # "still waiting", where the story has it granted
        if self._denies_what_was_done(claim, fact):
            return Reason.REVERSED
        return None

    def _denies_what_was_done(self, claim: ClaimText, fact: Fact) -> bool:
        """ "X instead of Y", where the articles say Y was done (not merely that it could be)."""
        instead = self._instead.search(fold(claim.text))
        if instead is None or tentative(fact):
            return False
        matcher = self._engine.matcher
        rejected = {word.term for word in self._engine.read(instead.group(1)).words}
        return any(matcher.uses(fact, term) for term in rejected if matcher.knows(term))

    def _says_not(self, fact: Fact) -> bool:
        """Whether the articles word a fact with a "not", or as still awaited."""
        return self._quote_markers[fact.id].negated or bool(self._pending.search(fold(fact.answer)))


def tentative(fact: Fact) -> bool:
    """Whether the articles give the fact as less than settled: reported, rumoured, an option, a possibility."""
    return fact.status in UNSURE or bool(TENTATIVE_WORDS & set(fold(fact.answer).split()))
