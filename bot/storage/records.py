"""The plain values the store hands back: deliveries, their states and the questions journal."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

EVERYTHING = "*"  # the topic that means every topic


class DeliveryState(StrEnum):
    PENDING = "pending"  # to send, possibly not before `not_before`
    SENDING = "sending"  # claimed by a broadcaster until `lease_until`
    SENT = "sent"
    FAILED = "failed"  # Telegram refused it for good
    BLOCKED = "blocked"  # the chat blocked the bot


@dataclass(frozen=True)
class Delivery:
    alert_id: str
    chat_id: int
    attempts: int


@dataclass(frozen=True)
class AskedQuestion:
    """One question as the journal keeps it: what kind of reply it got, never who asked."""

    asked_at: float
    kind: str
    fact_id: str | None
    score: float
    text: str | None


@dataclass(frozen=True)
class DeliveryStatus:
    sent: int = 0
    pending: int = 0
    failed: int = 0
    blocked: int = 0

    @property
    def total(self) -> int:
        return self.sent + self.pending + self.failed + self.blocked
