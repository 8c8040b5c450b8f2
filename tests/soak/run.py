"""Running a soak: the processes, the readers' traffic, the kills, and the tally at the end.

The second process is the one killed (SIGKILL) every `kill_every` seconds and started again
on its port; the first runs throughout, so its memory shows whether anything leaks. The
alert is published by an admin's /publish so that the first kill falls mid-broadcast.
"""

from __future__ import annotations

import asyncio
import time
from collections import Counter
from dataclasses import dataclass
from http import HTTPStatus

import psycopg

from bot.broadcaster import RATE_MARGIN
from bot.languages.catalog import Catalog
from bot.loader import load_knowledge
from bot.render import telegram as render
from bot.storage import EVERYTHING, Store
from tests.bot_process import SECRET, free_port
from tests.fake_telegram import FakeTelegram
from tests.fake_telegram.server import BOT_USERNAME
from tests.knowledge_builder import REAL_KNOWLEDGE
from tests.soak.balancer import Balancer
from tests.soak.driver import Driver
from tests.soak.processes import Processes, rss_kilobytes
from tests.soak.tally import (
    Broadcast,
    Kill,
    Minute,
    RssSample,
    Updates,
    broadcast_sends,
    in_flight_at_kills,
    latencies_ms,
    minutes,
    p50_p99,
    refused_calls,
    replies_by_update,
    tally_broadcast,
    tally_updates,
)
from tests.soak.traffic import Readers

ADMIN_ID = 9001
ALERT_ID = "bloomberg-talks"
FIRST_SUBSCRIBER = 1_000_000
FIRST_READER = 20_000_000
PROCESSES = 2
VICTIM = 1
RSS_EVERY_SECONDS = 10
BUSY_WAIT_SECONDS = 5  # a due kill waits at most this long for the victim to be handling an update
BUSY_POLL_SECONDS = 0.002
SETTLE_SECONDS = 150  # after the traffic stops: Telegram's timeout, twice over


@dataclass(frozen=True)
class SoakPlan:
    seconds: float = 20 * 60
    kill_every: float = 180
    rate: float = 8  # updates offered per second
    subscribers: int = 5000
    alert_rate: float = 50  # ALERT_RATE of each process
    lease_seconds: float = 60  # ALERT_LEASE_SECONDS
    seed: int = 14

    @property
    def publish_at(self) -> float:
        """Seconds in: the first kill then falls halfway through the broadcast."""
        sending = self.subscribers / (PROCESSES * self.alert_rate * RATE_MARGIN)
        return max(5.0, self.kill_every - sending / 2)


@dataclass(frozen=True)
class SoakReport:
    plan: SoakPlan
    updates: Updates
    broadcast: Broadcast
    minutes: tuple[Minute, ...]
    latency_ms: tuple[float | None, float | None]  # p50 and p99 over the whole soak
    answered_by: tuple[int, ...]  # 200s per process
    kills: int
    refused: int  # replies Telegram would have refused
    logged: tuple[str, ...]  # WARNING and ERROR lines in the processes' logs
    stopped_cleanly: bool


async def soak(plan: SoakPlan, database_url: str) -> SoakReport:
    """Runs the plan against a fresh database on a PostgreSQL server, and counts."""
    await asyncio.to_thread(_subscribe, database_url, plan.subscribers)
    broadcast_texts, apologies = _texts()
    telegram = FakeTelegram().start()
    balancer = Balancer([free_port() for _ in range(PROCESSES)])
    balancer.start()
    processes = Processes(telegram, balancer.backends, _settings(plan, balancer.url, database_url))
    driver = Driver(balancer.url, telegram, Readers(FIRST_READER, plan.seed))
    samples: list[RssSample] = []
    sampling = asyncio.create_task(_sample_memory(processes, samples))
    killing: asyncio.Task[list[Kill]] | None = None
    try:
        await processes.start()
        started = time.monotonic()
        killing = asyncio.create_task(_kill_now_and_then(processes, balancer, plan, started, broadcast_texts))
        await _offer(driver, plan, started)
        kills = await killing
        await driver.delivered(SETTLE_SECONDS)
        await _broadcast_sent(database_url, plan.lease_seconds + SETTLE_SECONDS)
    finally:
        for task in (sampling, killing):
            if task is not None:
                task.cancel()
        await driver.close()
        stopped_cleanly = processes.stop()
        await balancer.stop()
        telegram.stop()
    calls = list(telegram.calls)
    replies = replies_by_update(driver.offers.values(), driver.in_responses, calls, broadcast_texts)
    in_flight = in_flight_at_kills(balancer.forwardings, kills)
    answered = Counter(f.backend for f in balancer.forwardings if f.status == HTTPStatus.OK)
    recipients = await asyncio.to_thread(_recipients, database_url)
    return SoakReport(
        plan=plan,
        updates=tally_updates(driver.offers, replies, in_flight, driver.attempts, apologies),
        broadcast=tally_broadcast(recipients, calls, broadcast_texts, kills),
        minutes=tuple(minutes(driver.offered_at, replies, samples, started, PROCESSES)),
        latency_ms=p50_p99(list(latencies_ms(driver.offered_at, replies).values())),
        answered_by=tuple(answered[port] for port in balancer.backends),
        kills=len(kills),
        refused=len(refused_calls(telegram.rejected, driver.offers, in_flight)) + len(driver.refused),
        logged=tuple(line.strip() for line in processes.log if " WARNING " in line or " ERROR " in line),
        stopped_cleanly=stopped_cleanly,
    )


def _settings(plan: SoakPlan, balancer_url: str, database_url: str) -> dict[str, str]:
    """Each process's environment: behind the balancer, on the shared database, with an admin."""
    return {
        "WEBHOOK_URL": balancer_url,
        "WEBHOOK_SECRET": SECRET,
        "DATABASE_URL": database_url,
        "ADMIN_IDS": str(ADMIN_ID),
        "ALERT_RATE": str(plan.alert_rate),
        "ALERT_LEASE_SECONDS": str(plan.lease_seconds),
        "LOG_LEVEL": "WARNING",
    }


async def _offer(driver: Driver, plan: SoakPlan, started: float) -> None:
    """Offers updates evenly at the plan's rate, and the admin's /publish when its time comes."""
    published = False
    number = 0
    while (due := started + number / plan.rate) < started + plan.seconds:
        await asyncio.sleep(max(0.0, due - time.monotonic()))
        if not published and due - started >= plan.publish_at:
            driver.offer_publish(ADMIN_ID, ALERT_ID)
            published = True
        driver.offer_next()
        number += 1


async def _kill_now_and_then(
    processes: Processes, balancer: Balancer, plan: SoakPlan, started: float, broadcast_texts: set[str]
) -> list[Kill]:
    """Kills the victim when due, preferably while it is handling an update: the harsh case."""
    kills: list[Kill] = []
    database_url = processes.settings["DATABASE_URL"]
    while (due := started + (len(kills) + 1) * plan.kill_every) < started + plan.seconds:
        await asyncio.sleep(max(0.0, due - time.monotonic()))
        await _until_busy(balancer, processes.ports[VICTIM], BUSY_WAIT_SECONDS)
        killed_at, dead_at = await processes.kill(VICTIM)
        unrecorded = await asyncio.to_thread(_unrecorded, processes.telegram, database_url, broadcast_texts)
        kills.append(Kill(processes.ports[VICTIM], killed_at, dead_at, unrecorded))
        await processes.restart(VICTIM)
    return kills


async def _until_busy(balancer: Balancer, backend: int, timeout: float) -> None:
    deadline = time.monotonic() + timeout
    while not balancer.busy(backend) and time.monotonic() < deadline:
        await asyncio.sleep(BUSY_POLL_SECONDS)


async def _sample_memory(processes: Processes, samples: list[RssSample]) -> None:
    while True:
        for slot, process in enumerate(processes.running):
            kilobytes = rss_kilobytes(process.pid)
            if kilobytes is not None:
                samples.append(RssSample(time.monotonic(), slot, process.pid, kilobytes))
        await asyncio.sleep(RSS_EVERY_SECONDS)


def _subscribe(database_url: str, subscribers: int) -> None:
    store = Store.open(database_url)
    for chat_id in range(FIRST_SUBSCRIBER, FIRST_SUBSCRIBER + subscribers):
        store.subscribe(chat_id, "private", [EVERYTHING])
    store.close()


def _texts() -> tuple[set[str], set[str]]:
    """The alert as each language's subscribers get it, and the apology for an error."""
    alert = load_knowledge(REAL_KNOWLEDGE).alert(ALERT_ID)
    catalog = Catalog()
    languages = [catalog.texts(language) for language in catalog.languages]
    return {render.alert_reply(alert, BOT_USERNAME, texts).text for texts in languages}, {
        texts("apology") for texts in languages
    }


def _unrecorded(telegram: FakeTelegram, database_url: str, broadcast_texts: set[str]) -> frozenset[int]:
    """Chats the alert reached whose delivery the ledger has not recorded: after a kill, the
    killed process's in-flight sends (and any the live one is just recording)."""
    reached = set(broadcast_sends(list(telegram.calls), broadcast_texts))
    with psycopg.connect(database_url) as connection:
        rows = connection.execute(
            "SELECT chat_id FROM deliveries WHERE alert_id = %s AND state = 'sent'", (ALERT_ID,)
        ).fetchall()
    return frozenset(reached - {row[0] for row in rows})


async def _broadcast_sent(database_url: str, timeout: float) -> None:
    """Returns once no delivery of the alert is pending, or when the time is up."""
    store = Store.open(database_url)
    deadline = time.monotonic() + timeout
    try:
        while time.monotonic() < deadline:
            status = await asyncio.to_thread(store.status, ALERT_ID)
            if not status.pending:
                return
            await asyncio.sleep(1)
    finally:
        store.close()


def _recipients(database_url: str) -> set[int]:
    with psycopg.connect(database_url) as connection:
        rows = connection.execute("SELECT chat_id FROM deliveries WHERE alert_id = %s", (ALERT_ID,)).fetchall()
    return {row[0] for row in rows}
