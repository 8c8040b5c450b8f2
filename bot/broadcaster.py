"""Pushes published alerts to their subscribers: once each, at Telegram's pace, crash-safe.

The delivery ledger in the store is the source of truth. A broadcaster claims a batch of
pending deliveries under a lease, sends them, and settles the outcome of the whole batch
in one transaction. If the process dies mid-batch the lease runs out and another run
sends those again: at most one batch can ever be repeated, no one is skipped. On
PostgreSQL, processes claiming at once get different rows (SKIP LOCKED), so they share
the work.
"""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime

from telegram import Bot
from telegram.error import BadRequest, Forbidden, NetworkError, RetryAfter, TelegramError

from bot.languages.catalog import ENGLISH, Catalog
from bot.models import Alert, KnowledgeBase
from bot.render import telegram as render
from bot.storage import Delivery, DeliveryState, DeliveryStatus, Store

logger = logging.getLogger(__name__)

MAX_ATTEMPTS = 5
MAX_BACKOFF_SECONDS = 60.0
PROGRESS_EVERY_SECONDS = 5.0
# Messages are spaced evenly at this share of the configured rate: no second ever holds more
# than the rate, even with network jitter bunching requests together.
RATE_MARGIN = 0.95


@dataclass(frozen=True)
class Outcome:
    delivery: Delivery
    state: DeliveryState
    error: str | None = None
    retry_at: float | None = None


class Broadcaster:
    def __init__(
        self,
        store: Store,
        bot: Bot,
        knowledge: KnowledgeBase,
        catalog: Catalog,
        *,
        rate: float,
        lease_seconds: float,
        channel_id: int | None = None,
    ) -> None:
        self.store, self.bot, self.knowledge, self.catalog = store, bot, knowledge, catalog
        self.lease_seconds = lease_seconds
        self.channel_id = channel_id
        # Two batches are in flight at most (one settling while the next is sent), so after
        # a crash at most one second's worth of messages can be repeated.
        self.batch_size = max(1, round(rate / 2))
        self._interval = 1.0 / (rate * RATE_MARGIN)
        self._next_slot = 0.0
        # Keyed by content and language: a reload renders afresh.
        self._replies: dict[tuple[Alert, str], render.Reply] = {}

    async def publish(self, alert: Alert) -> int | None:
        """Queues the alert for its subscribers; None if it was published before."""
        extra = [self.channel_id] if self.channel_id is not None else []
        recipients = await asyncio.to_thread(self.store.publish, alert.id, alert.topics, extra)
        if recipients is not None:
            logger.info("alert %s published to %d chats", alert.id, recipients)
        return recipients

    async def publish_due(self, now: datetime | None = None) -> list[str]:
        """Publishes every alert whose publish_at has passed; returns those new this time."""
        moment = now or datetime.now(UTC)
        due = [alert for alert in self.knowledge.alerts if alert.publish_at is not None and alert.publish_at <= moment]
        return [alert.id for alert in due if await self.publish(alert) is not None]

    async def drain(self, alert_id: str | None = None, *, wait_for_leases: bool = True) -> int:
        """Sends until nothing is left to send (for one alert, or all of them).

        With wait_for_leases, deliveries leased by a broadcaster that died, or waiting for
        a retry, are waited for and sent; without, the run ends when nothing is claimable.
        Returns how many messages this run delivered.
        """
        started = last_report = time.monotonic()
        delivered = 0
        settling: asyncio.Task[int] | None = None
        while True:
            claimed = await asyncio.to_thread(self.store.claim, self.batch_size, self.lease_seconds, alert_id)
            if not claimed and settling is not None:
                delivered += await settling  # the last batch may leave retries behind
                settling = None
                continue
            if not claimed:
                wake_at = await asyncio.to_thread(self.store.next_wakeup, alert_id)
                if wake_at is None or not wait_for_leases:
                    break
                await asyncio.sleep(max(0.0, wake_at - time.time()) + 0.05)
                continue
            languages = await asyncio.to_thread(self.store.languages_of, [delivery.chat_id for delivery in claimed])
            sending = [
                asyncio.create_task(self._deliver(delivery, languages.get(delivery.chat_id, ENGLISH)))
                for delivery in claimed
                if await self._slot()
            ]
            if settling is not None:
                delivered += await settling
            settling = asyncio.create_task(self._settle(sending))
            if alert_id is not None and time.monotonic() - last_report >= PROGRESS_EVERY_SECONDS:
                _log_progress(
                    alert_id, await asyncio.to_thread(self.store.status, alert_id), time.monotonic() - started
                )
                last_report = time.monotonic()
        if alert_id is not None:
            _log_progress(alert_id, await asyncio.to_thread(self.store.status, alert_id), time.monotonic() - started)
        return delivered

    async def _slot(self) -> bool:
        """Waits for the next free sending slot; slots are evenly spaced and shared by all drains."""
        now = time.monotonic()
        slot = max(self._next_slot, now)
        self._next_slot = slot + self._interval
        if slot > now:
            await asyncio.sleep(slot - now)
        return True

    async def _settle(self, sending: Sequence[asyncio.Task[Outcome]]) -> int:
        """Waits for a batch's sends, records them in one transaction, returns how many arrived."""
        outcomes = await asyncio.gather(*sending)
        rows = [(outcome.delivery, outcome.state, outcome.error, outcome.retry_at) for outcome in outcomes]
        await asyncio.to_thread(self.store.settle_many, rows)
        return sum(outcome.state is DeliveryState.SENT for outcome in outcomes)

    def _reply_for(self, alert: Alert, language: str) -> render.Reply:
        if (alert, language) not in self._replies:
            self._replies[alert, language] = render.alert_reply(alert, self.bot.username, self.catalog.texts(language))
        return self._replies[alert, language]

    async def _deliver(self, delivery: Delivery, language: str) -> Outcome:
        alert = self.knowledge.alert(delivery.alert_id)
        if alert is None:
            return Outcome(delivery, DeliveryState.FAILED, "alert no longer in alerts.yaml")
        reply = self._reply_for(alert, language)
        try:
            await self.bot.send_message(delivery.chat_id, reply.text, reply_markup=reply.keyboard)
        except Forbidden as error:
            return Outcome(delivery, DeliveryState.BLOCKED, error.message)
        except RetryAfter as error:
            retry_after = error.retry_after
            seconds = retry_after if isinstance(retry_after, int | float) else retry_after.total_seconds()
            return Outcome(delivery, DeliveryState.PENDING, error.message, time.time() + seconds)
        except BadRequest as error:
            return Outcome(delivery, DeliveryState.FAILED, error.message)
        except NetworkError as error:
            return self._retry_later(delivery, error)
        except TelegramError as error:
            return Outcome(delivery, DeliveryState.FAILED, error.message)
        return Outcome(delivery, DeliveryState.SENT)

    def _retry_later(self, delivery: Delivery, error: TelegramError) -> Outcome:
        """A transient failure: back off exponentially, and give up after MAX_ATTEMPTS."""
        if delivery.attempts >= MAX_ATTEMPTS:
            return Outcome(delivery, DeliveryState.FAILED, error.message)
        backoff = min(2.0 ** (delivery.attempts - 1), MAX_BACKOFF_SECONDS)
        return Outcome(delivery, DeliveryState.PENDING, error.message, time.time() + backoff)


def _log_progress(alert_id: str, status: DeliveryStatus, elapsed: float) -> None:
    logger.info(
        "alert %s: %d/%d sent, %d blocked, %d failed, %d pending (%.0f s)",
        alert_id,
        status.sent,
        status.total,
        status.blocked,
        status.failed,
        status.pending,
        elapsed,
    )
