"""Who said it: a claim credited to an article, an outlet or a party the articles do not credit.

"Cobucci writes that the NDRC...", where only the other article names the NDRC; "Bloomberg
says BAIC has no information", where BAIC said so; "BAIC confirmed the deal", where BAIC
would not comment. Each is a contradiction of who said what, not of what was said.
"""

from __future__ import annotations

import re
from typing import Any

from bot.answering.engine import Engine
from bot.answering.text import fold, phrase_alternatives
from bot.checking.claims import ClaimText, credited_part
from bot.checking.details import DetailReader, differences
from bot.claim_reader import ARTICLE_VOICE, RUMOURS, names_claimant
from bot.models import Difference, Fact, Status

SILENT = (Status.NO_COMMENT, Status.DENIED)
# Kinds of name a claim credited to one article may get wrong there.
NAMED_KINDS = frozenset({"company", "outlet", "place", "person", "authority"})
# Words that join a party to what it is said to have done: "BAIC has officially confirmed", "confermato da BAIC".
_AUXILIARIES = (
    "has|have|had|ha|hanno|aveva|habia|han|officially|ufficialmente|oficialmente|just|finally|now|already|gia|ya"
)
_NEAR = rf"(?: (?:{_AUXILIARIES})){{0,3}} "
_BY = r" (?:by|da|dal|dalla|dai|por|de|del|dalle)(?: [a-z0-9]+){0,2} "


class Attribution:
    """Checks who a claim is credited to, against the facts of one fact base."""

    def __init__(self, engine: Engine, details: DetailReader, cues: dict[str, Any]) -> None:
        self._engine = engine
        self._details = details
        stance = phrase_alternatives(cues["stance"])
        # Each party that would not comment, with the pattern of a claim making it take a stand.
        self._silent_parties = [
            (fact, re.compile(rf"{party}{_NEAR}(?:{stance})|(?:{stance}){_BY}{party}"))
            for fact in engine.knowledge.facts
            if fact.status in SILENT and fact.claimed_by != ARTICLE_VOICE
            for party in [re.escape(fold(fact.claimed_by))]
        ]

    def misattributed(self, claim: ClaimText, fact: Fact) -> Difference | None:
        """What is wrong with crediting a claim to one article ("Cobucci writes that the NDRC..."):
        only the other article says it, or the credited one names another company, place or authority."""
        credited = claim.question.articles
        if not credited:
            return None
        cited = fact.article_ids
        if not credited & cited:
            return Difference("source", self._authors(credited), self._authors(cited))
        if cited <= credited:
            return None
        theirs = self._details.read(" ".join(source.quote for source in fact.sources if source.article.id in credited))
        conflicts, _ = differences(claim.details, theirs)
        return next((conflict for conflict in conflicts if conflict.kind in NAMED_KINDS), None)

    def _authors(self, article_ids: frozenset[str]) -> str:
        return ", ".join(article.author for article in self._engine.knowledge.articles if article.id in article_ids)

    def other_claimant(self, claim: ClaimText, fact: Fact) -> Difference | None:
        """A party's own statement credited to an outlet: "Bloomberg says BAIC has no information"
        (BAIC said so, Bloomberg reported talks)."""
        if fact.claimed_by in (ARTICLE_VOICE, RUMOURS) or fact.status in (Status.REPORTED, Status.RUMOURED):
            return None
        outlets = sorted(name for kind, name in self._details.read(credited_part(claim.text)).names if kind == "outlet")
        if not outlets or names_claimant(" ".join(outlets), fact.claimed_by):
            return None
        return Difference("claimant", ", ".join(outlets), fact.claimed_by)

    def silent_party(self, claim: ClaimText) -> Fact | None:
        """A party said to have confirmed, announced or denied something the articles say it would not comment on."""
        said = claim.markers
        if said.negated or said.doubted or not said.stance:
            return None
        folded = fold(claim.text)
        return next((fact for fact, stands in self._silent_parties if stands.search(folded)), None)
