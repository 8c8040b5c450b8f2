"""`python -m bot alerts ...` as an operator runs it, including being killed halfway."""

from __future__ import annotations

import os
import random
import re
import signal
import subprocess
import sys
from collections import Counter
from pathlib import Path

import pytest

from bot.storage import EVERYTHING, Store
from tests.fake_telegram import FakeTelegram
from tests.fake_telegram.server import TOKEN

PROJECT = Path(__file__).resolve().parent.parent
RATE = 40  # messages per second, so a broadcast lasts long enough to be shared
LEASE = 2  # seconds before rows a dead broadcaster claimed may be sent by another run
# The operator's crash: 400 subscribers at ALERT_RATE=100, killed at a random moment.
CRASH_SUBSCRIBERS = 400
CRASH_RATE = 100
IN_FLIGHT = 4  # ALERT_IN_FLIGHT: sends awaiting Telegram's answer at once, the most a crash may repeat
# Telegram 30 ms away, so that about three sends are awaiting their answer at any moment.
ANSWER_DELAY = 0.03


def alerts_command(*arguments: str) -> list[str]:
    return [sys.executable, "-m", "bot", "alerts", *arguments]


def alerts_environment(telegram: FakeTelegram, database_url: str, rate: float = RATE) -> dict[str, str]:
    return {
        **os.environ,
        "TELEGRAM_BOT_TOKEN": TOKEN,
        "TELEGRAM_API_URL": telegram.url,
        "DATABASE_URL": database_url,
        "ALERT_RATE": str(rate),
        "ALERT_IN_FLIGHT": str(IN_FLIGHT),
        "ALERT_LEASE_SECONDS": str(LEASE),
    }


def start(telegram: FakeTelegram, database_url: str, *arguments: str, rate: float = RATE) -> subprocess.Popen[str]:
    return subprocess.Popen(
        alerts_command(*arguments),
        cwd=PROJECT,
        env=alerts_environment(telegram, database_url, rate),
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def subscribe_many(database_url: str, count: int) -> list[int]:
    store = Store.open(database_url)
    chats = list(range(1000, 1000 + count))
    for chat_id in chats:
        store.subscribe(chat_id, "private", [EVERYTHING])
    store.close()
    return chats


def deliveries(telegram: FakeTelegram) -> Counter[int]:
    return Counter(int(call.params["chat_id"]) for call in telegram.calls if call.method == "sendMessage")


def test_list_and_status_read_the_ledger(telegram, database_url):
    subscribe_many(database_url, 3)
    environment = alerts_environment(telegram, database_url)
    run = {"cwd": PROJECT, "env": environment, "capture_output": True, "text": True, "timeout": 60, "check": True}
    assert "not published" in subprocess.run(alerts_command("status", "debut-rumour"), **run).stdout
    published = subprocess.run(alerts_command("publish", "debut-rumour"), **run)
    assert "this run delivered 3" in published.stdout
    again = subprocess.run(alerts_command("publish", "debut-rumour"), **run)
    assert "this run delivered 0" in again.stdout, "publishing twice sends nothing twice"
    listing = subprocess.run(alerts_command("list"), **run).stdout
    assert re.search(r"debut-rumour .* sent 3, pending 0, failed 0, blocked 0 \(of 3\)", listing)
    assert re.search(r"licence-delayed .* not published", listing)


@pytest.mark.parametrize("third", [1, 2, 3])
def test_a_broadcast_killed_at_a_random_moment_repeats_at_most_the_sends_in_flight(telegram, database_url, third):
    chats = subscribe_many(database_url, CRASH_SUBSCRIBERS)
    telegram.answer_delay = ANSWER_DELAY
    span = CRASH_SUBSCRIBERS // 3
    kill_after = random.randint((third - 1) * span + 1, third * span)  # a moment in that third of the broadcast
    first = start(telegram, database_url, "publish", "bloomberg-talks", rate=CRASH_RATE)
    telegram.wait_for("sendMessage", count=kill_after, timeout=30)
    first.kill()  # SIGKILL: no cleanup; answers on their way are lost
    first.communicate()
    assert first.returncode == -signal.SIGKILL, "killed mid-broadcast"

    second = start(telegram, database_url, "publish", "bloomberg-talks", rate=CRASH_RATE)
    output, errors = second.communicate(timeout=60)
    assert second.returncode == 0, errors

    received = deliveries(telegram)
    assert set(received) == set(chats), "no subscriber is skipped"
    repeats = sum(count - 1 for count in received.values())
    assert repeats <= IN_FLIGHT, f"killed after {kill_after} messages: {repeats} repeated"
    assert f"sent {CRASH_SUBSCRIBERS}, pending 0" in output


def test_two_processes_share_one_broadcast_on_postgresql_and_send_each_message_once(telegram, postgres_url):
    from tests.postgres_server import fresh_postgres_database

    database_url = fresh_postgres_database(postgres_url)
    chats = subscribe_many(database_url, 240)
    store = Store.open(database_url)
    store.publish("qingdao-plant", ["factories", "partners"])
    store.close()
    processes = [start(telegram, database_url, "publish", "qingdao-plant") for _ in range(2)]
    outputs = [process.communicate(timeout=60)[0] for process in processes]
    assert all(process.returncode == 0 for process in processes)
    received = deliveries(telegram)
    assert received == Counter(chats), "each subscriber exactly once"
    shares = [int(re.search(r"this run delivered (\d+)", output).group(1)) for output in outputs]
    assert sum(shares) == len(chats)
    assert min(shares) > 0, "both processes did part of the work"


def test_the_token_never_reaches_the_log_even_at_debug_level(telegram, database_url):
    subscribe_many(database_url, 2)
    environment = alerts_environment(telegram, database_url) | {"LOG_LEVEL": "DEBUG"}
    result = subprocess.run(
        alerts_command("publish", "hyundai-plant-option"),
        cwd=PROJECT,
        env=environment,
        capture_output=True,
        text=True,
        timeout=60,
        check=True,
    )
    assert "sendMessage" in result.stderr, "debug logging is on"
    assert TOKEN not in result.stdout + result.stderr
    assert TOKEN.split(":")[1] not in result.stdout + result.stderr


def test_preview_prints_the_message_and_its_audience_and_sends_nothing(telegram, database_url):
    store = Store.open(database_url)
    store.subscribe(11, "private", ["partners"])
    store.subscribe(12, "private", [EVERYTHING])
    store.close()
    result = subprocess.run(
        alerts_command("preview", "bloomberg-talks", "--lang", "es"),
        cwd=PROJECT,
        env=alerts_environment(telegram, database_url),
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("🔔 <b>")
    assert "Según Bloomberg" in result.stdout
    assert "chats following partners: 1" in result.stdout
    assert "chats following *: 1" in result.stdout
    assert not [call for call in telegram.calls if call.method == "sendMessage"]
