"""Pushes published alerts to their subscribers: once each, at Telegram's pace, crash-safe.

The delivery ledger in the store is the source of truth: one row per (alert, chat), the
key any other kind of message to many chats can reuse. A broadcaster claims pending rows
half a second's worth at a time under a lease, and sends them at evenly spaced slots with
at most `in_flight` sends outstanding. Each row is settled in its own commit as soon as
Telegram answers, and only then may another send start. Killed at any moment, the next
run sends only the rows not yet settled: those never sent, and at most `in_flight` that
Telegram may have accepted without the answer reaching us. Telegram has no idempotency
key, so that floor cannot be zero. On PostgreSQL, processes claiming at once get
different rows (SKIP LOCKED), so they share the work.
"""

from __future__ import annotations

import asyncio
import logging
import math
import statistics
import time
from dataclasses import dataclass
from datetime import UTC, datetime

from telegram import Bot
from telegram.error import BadRequest, Forbidden, NetworkError, RetryAfter, TelegramError

from bot.changes import Change, changes, fingerprint, fingerprints, parse_delivery_id
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
# A slot missed by less than this is still used, so a busy event loop does not slow the
# pace; any second still holds at most 0.95 x 1.02 = 97% of the rate.
CATCH_UP_SECONDS = 0.02


@dataclass(frozen=True)
class Outcome:
    delivery: Delivery
    state: DeliveryState
    error: str | None = None
    retry_at: float | None = None


@dataclass(frozen=True)
class Settled:
    """One send, recorded: whether it arrived, and how long it held its in-flight place."""

    sent: bool
    seconds: float


class Broadcaster:
    def __init__(
        self,
        store: Store,
        bot: Bot,
        knowledge: KnowledgeBase,
        catalog: Catalog,
        *,
        rate: float,
        in_flight: int,
        lease_seconds: float,
        channel_id: int | None = None,
    ) -> None:
        self.store, self.bot, self.knowledge, self.catalog = store, bot, knowledge, catalog
        self.rate, self.in_flight = rate, in_flight
        self.lease_seconds = lease_seconds
        self.channel_id = channel_id
        # Claiming is batched (half a second's worth): a claimed row not yet sent is simply
        # sent after a crash, so only the in-flight limit bounds what can be repeated.
        self.batch_size = max(1, round(rate / 2))
        self._interval = 1.0 / (rate * RATE_MARGIN)
        self._next_slot = 0.0
        self._places = asyncio.Semaphore(in_flight)  # shared by all drains of this process
        self._recording = asyncio.Lock()
        self._unrecorded: list[Outcome] = []
        self._drains = 0
        # Keyed by ledger key, fact base version and language: a reload renders afresh.
        self._replies: dict[tuple[str, str, str], render.Reply] = {}

    async def publish(self, alert: Alert) -> int | None:
        """Queues the alert for its subscribers; None if it was published before."""
        extra = [self.channel_id] if self.channel_id is not None else []
        recipients = await asyncio.to_thread(self.store.publish, alert.id, alert.topics, extra)
        if recipients is not None:
            logger.info("alert %s published to %d chats", alert.id, recipients)
        return recipients

    async def publish_changes(self) -> list[tuple[Change, int]]:
        """Queues every followed answer that changed for the followers not yet told, once each."""
        current = fingerprints(self.knowledge)
        untold = await asyncio.to_thread(self.store.untold, current)
        queued = []
        for change in changes(self.knowledge, untold):
            count = await asyncio.to_thread(
                self.store.publish_change, change.fact.id, change.fingerprint, change.delivery_id
            )
            queued.append((change, count))
            logger.info("change to %s published to %d chats", change.fact.id, count)
        return queued

    async def publish_due(self, now: datetime | None = None) -> list[str]:
        """Publishes every alert whose publish_at has passed; returns those new this time."""
        moment = now or datetime.now(UTC)
        due = [alert for alert in self.knowledge.alerts if alert.publish_at is not None and alert.publish_at <= moment]
        return [alert.id for alert in due if await self.publish(alert) is not None]

    @property
    def draining(self) -> bool:
        """Whether a drain is running in this process."""
        return self._drains > 0

    async def drain(self, alert_id: str | None = None, *, wait_for_leases: bool = True) -> int:
        """Sends until nothing is left to send (for one alert, or all of them).

        With wait_for_leases, deliveries leased by a broadcaster that died, or waiting for
        a retry, are waited for and sent; without, the run ends when nothing is claimable.
        Returns how many messages this run delivered.
        """
        self._drains += 1
        try:
            return await self._drain(alert_id, wait_for_leases)
        finally:
            self._drains -= 1

    async def _drain(self, alert_id: str | None, wait_for_leases: bool) -> int:
        started = last_report = time.monotonic()
        sending: set[asyncio.Task[Settled]] = set()
        settled: list[Settled] = []
        while True:
            claimed = await asyncio.to_thread(self.store.claim, self.batch_size, self.lease_seconds, alert_id)
            if not claimed and sending:
                settled += await asyncio.gather(*sending)  # the last sends may leave retries behind
                sending.clear()
                continue
            if not claimed:
                wake_at = await asyncio.to_thread(self.store.next_wakeup, alert_id)
                if wake_at is None or not wait_for_leases:
                    break
                await asyncio.sleep(max(0.0, wake_at - time.time()) + 0.05)
                continue
            languages = await asyncio.to_thread(self.store.languages_of, [delivery.chat_id for delivery in claimed])
            for delivery in claimed:
                sending.add(await self._start(delivery, languages.get(delivery.chat_id, ENGLISH)))
            settled += _collect(sending)
            if alert_id is not None and time.monotonic() - last_report >= PROGRESS_EVERY_SECONDS:
                _log_progress(
                    alert_id, await asyncio.to_thread(self.store.status, alert_id), time.monotonic() - started
                )
                last_report = time.monotonic()
        if alert_id is not None:
            _log_progress(alert_id, await asyncio.to_thread(self.store.status, alert_id), time.monotonic() - started)
        self._warn_if_held_back(settled)
        return sum(one.sent for one in settled)

    async def _start(self, delivery: Delivery, language: str) -> asyncio.Task[Settled]:
        """Waits for a free in-flight place and the next slot, then sends in the background."""
        await self._places.acquire()
        try:
            await self._slot()
        except BaseException:
            self._places.release()
            raise
        return asyncio.create_task(self._send_and_settle(delivery, language))

    async def _slot(self) -> None:
        """Waits for the next sending slot; slots are evenly spaced and shared by all drains."""
        now = time.monotonic()
        slot = max(self._next_slot, now - CATCH_UP_SECONDS)
        self._next_slot = slot + self._interval
        if slot > now:
            await asyncio.sleep(slot - now)

    async def _send_and_settle(self, delivery: Delivery, language: str) -> Settled:
        """Sends one message and records its outcome at once; only then is its place freed."""
        started = time.monotonic()
        try:
            outcome = await self._deliver(delivery, language)
            await self._record(outcome)
        finally:
            self._places.release()
        return Settled(outcome.state is DeliveryState.SENT, time.monotonic() - started)

    async def _record(self, outcome: Outcome) -> None:
        """Returns once the outcome is committed. Outcomes that finish while a commit is under
        way share the next one (at most `in_flight` rows): one thread hop, not one each."""
        self._unrecorded.append(outcome)
        async with self._recording:
            if not any(waiting is outcome for waiting in self._unrecorded):
                return  # committed with the group before
            group, self._unrecorded = self._unrecorded, []
            try:
                await asyncio.to_thread(self.store.settle_many, [_ledger_row(one) for one in group])
            except BaseException:
                self._unrecorded = group + self._unrecorded  # the next holder tries them again
                raise

    def _warn_if_held_back(self, settled: list[Settled]) -> None:
        """Says so when Telegram answers too slowly for `in_flight` sends to keep the rate."""
        if len(settled) <= self.in_flight:
            return
        seconds = statistics.median(one.seconds for one in settled)
        needed = math.ceil(seconds / self._interval)
        if needed > self.in_flight:
            logger.warning(
                "each send took %.0f ms to be answered and recorded, so ALERT_IN_FLIGHT=%d carries only %.0f"
                " messages/s, less than ALERT_RATE=%g: set ALERT_IN_FLIGHT=%d to keep the pace, unless this"
                " process is short of CPU (a crash may then repeat up to that many messages)",
                seconds * 1000,
                self.in_flight,
                self.in_flight / seconds,
                self.rate,
                needed,
            )

    def _message_for(self, delivery: Delivery, language: str) -> render.Reply | None:
        """What a ledger row sends: an alert, or a changed answer to its followers; None when
        there is nothing to send any more (gone from the base, or changed again since)."""
        key = (delivery.alert_id, self.knowledge.version, language)
        if key not in self._replies:
            texts = self.catalog.texts(language)
            change = parse_delivery_id(delivery.alert_id)
            if change is not None:
                fact = self.knowledge.fact(change[0])
                if fact is None or fingerprint(self.knowledge, fact) != change[1]:
                    return None
                reply = render.change_reply(fact, self.knowledge.latest(fact), self.bot.username, texts)
            else:
                alert = self.knowledge.alert(delivery.alert_id)
                if alert is None:
                    return None
                reply = render.alert_reply(alert, self.bot.username, texts)
            self._replies[key] = reply
        return self._replies[key]

    async def _deliver(self, delivery: Delivery, language: str) -> Outcome:
        reply = self._message_for(delivery, language)
        if reply is None:
            return Outcome(
                delivery, DeliveryState.FAILED, "nothing to send: gone from the knowledge base, or changed since"
            )
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


def _ledger_row(outcome: Outcome) -> tuple[Delivery, DeliveryState, str | None, float | None]:
    return outcome.delivery, outcome.state, outcome.error, outcome.retry_at


def _collect(sending: set[asyncio.Task[Settled]]) -> list[Settled]:
    """Takes the sends that are done out of `sending`; a store error in one is raised here."""
    done = {task for task in sending if task.done()}
    sending -= done
    return [task.result() for task in done]


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
