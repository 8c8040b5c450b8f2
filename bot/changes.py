"""What changed in the answers readers follow: each followed fact is fingerprinted by what
answers it now (the newest claim superseding it, that claim's words, who makes it and how
sure it is), so a reload that changes any of these is a change to tell its followers.

Changes travel through the same delivery ledger as alerts, keyed "change:<fact>:<fingerprint>",
so they get the same pacing and crash safety; a follower is told of each state once.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass

from bot.models import Fact, KnowledgeBase

CHANGE_PREFIX = "change:"


@dataclass(frozen=True)
class Change:
    """A followed fact whose answer is not what its followers were last told."""

    fact: Fact  # the fact readers follow
    latest: Fact  # what answers it now: itself, or the newest fact superseding it
    fingerprint: str
    followers: int  # chats still to tell

    @property
    def delivery_id(self) -> str:
        return f"{CHANGE_PREFIX}{self.fact.id}:{self.fingerprint}"


def fingerprint(knowledge: KnowledgeBase, fact: Fact) -> str:
    """A short digest of what answers a fact now; it changes when the answer a reader gets does."""
    latest = knowledge.latest(fact)
    said = "\n".join([latest.id, latest.answer, latest.status.value, latest.claimed_by])
    return hashlib.sha256(said.encode()).hexdigest()[:12]


def fingerprints(knowledge: KnowledgeBase) -> dict[str, str]:
    return {fact.id: fingerprint(knowledge, fact) for fact in knowledge.facts}


def changes(knowledge: KnowledgeBase, untold: dict[str, int]) -> list[Change]:
    """The changes to tell, from how many followers of each fact were told something else."""
    found = []
    for fact_id, followers in sorted(untold.items()):
        fact = knowledge.fact(fact_id)
        if fact is not None and followers:
            found.append(Change(fact, knowledge.latest(fact), fingerprint(knowledge, fact), followers))
    return found


def parse_delivery_id(delivery_id: str) -> tuple[str, str] | None:
    """(fact id, fingerprint) of a change's ledger key, or None for an alert's."""
    if not delivery_id.startswith(CHANGE_PREFIX):
        return None
    fact_id, _, fingerprint_told = delivery_id.removeprefix(CHANGE_PREFIX).rpartition(":")
    return (fact_id, fingerprint_told) if fact_id else None
