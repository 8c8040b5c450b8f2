"""Pushes updates through webhook mode and measures answered updates per second and latency.

Usage: python benchmarks/load.py [--updates 10000] [--concurrency 32] [--rate 0]

Starts `python -m bot run --webhook` against the fake Bot API (tests/fake_telegram) on
loopback, POSTs private-chat questions (from the shared dev set, each from its own user)
with the secret header, and times each from its POST to the bot's sendMessage reaching
the fake server. Bounded: it stops after --updates or --timeout seconds.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import socket
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import httpx
import yaml

PROJECT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(PROJECT))

from tests.fake_telegram import FakeTelegram, updates  # noqa: E402
from tests.fake_telegram.server import TOKEN  # noqa: E402
from tests.fake_telegram.validation import checked_text  # noqa: E402

SECRET = "load-test-secret"
QUESTIONS = PROJECT.parent / "shared" / "eval" / "dev_questions.yaml"
FIRST_CHAT = 10_000_000
LISTEN_SECONDS = 60


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def questions() -> list[str]:
    if QUESTIONS.exists():
        return [case["q"] for case in yaml.safe_load(QUESTIONS.read_text(encoding="utf-8"))]
    return ["why is xiaomi's car delayed?", "who is xiaomi talking to?", "when is the launch?"]


async def wait_until_listening(port: int, deadline: float) -> None:
    while time.monotonic() < deadline:
        try:
            _, writer = await asyncio.open_connection("127.0.0.1", port)
            writer.close()
            return
        except OSError:
            await asyncio.sleep(0.05)
    raise SystemExit("the bot never listened")


async def push(
    port: int, count: int, concurrency: int, rate: float, posted: dict[int, float], answered: dict[int, float]
) -> None:
    texts = questions()
    url = f"http://127.0.0.1:{port}/telegram"
    headers = {"X-Telegram-Bot-Api-Secret-Token": SECRET}
    queue: asyncio.Queue[int] = asyncio.Queue()
    for number in range(count):
        queue.put_nowait(number)

    started = time.monotonic()

    async def worker(client: httpx.AsyncClient) -> None:
        while not queue.empty():
            number = queue.get_nowait()
            if rate:
                await asyncio.sleep(max(0.0, started + number / rate - time.monotonic()))
            chat_id = FIRST_CHAT + number
            body = {"update_id": number + 1, "message": updates.message(texts[number % len(texts)], chat_id=chat_id)}
            posted[chat_id] = time.monotonic()
            response = await client.post(url, json=body, headers=headers)
            response.raise_for_status()
            if response.content:  # the reply rode in the webhook response, as Telegram allows
                call = response.json()
                checked_text(call)  # Telegram would refuse it otherwise
                answered[int(call["chat_id"])] = time.monotonic()

    async with httpx.AsyncClient(timeout=30) as client:
        await asyncio.gather(*(worker(client) for _ in range(concurrency)))


@contextmanager
def webhook_bot(secret: str) -> Iterator[tuple[FakeTelegram, int, subprocess.Popen[bytes]]]:
    """`python -m bot run --webhook` on loopback against the fake Bot API, on a fresh SQLite
    file, listening; yields the fake API, the bot's port and its process, and stops both after."""
    telegram = FakeTelegram().start()
    port = free_port()
    with tempfile.TemporaryDirectory() as folder:
        environment = {
            **os.environ,
            "TELEGRAM_BOT_TOKEN": TOKEN,
            "TELEGRAM_API_URL": telegram.url,
            "WEBHOOK_URL": f"http://127.0.0.1:{port}/telegram",
            "WEBHOOK_SECRET": secret,
            "PORT": str(port),
            "DATABASE_URL": f"sqlite:///{folder}/bot.db",
            "LOG_LEVEL": "WARNING",
        }
        bot = subprocess.Popen([sys.executable, "-m", "bot", "run", "--webhook"], cwd=PROJECT, env=environment)
        try:
            asyncio.run(wait_until_listening(port, time.monotonic() + LISTEN_SECONDS))
            yield telegram, port, bot
        finally:
            bot.terminate()
            bot.wait(timeout=30)
            telegram.stop()


def replies_so_far(telegram: FakeTelegram) -> int:
    return sum(call.method == "sendMessage" for call in telegram.calls)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--updates", type=int, default=10_000)
    parser.add_argument("--concurrency", type=int, default=32)
    parser.add_argument("--timeout", type=float, default=300)
    parser.add_argument("--rate", type=float, default=0, help="updates offered per second; 0: as fast as possible")
    arguments = parser.parse_args()

    with webhook_bot(SECRET) as (telegram, port, _bot):
        deadline = time.monotonic() + arguments.timeout
        posted: dict[int, float] = {}
        answered: dict[int, float] = {}
        asyncio.run(push(port, arguments.updates, arguments.concurrency, arguments.rate, posted, answered))
        while time.monotonic() < deadline and replies_so_far(telegram) + len(answered) < len(posted):
            time.sleep(0.2)

    replies = {int(call.params["chat_id"]): call.at for call in telegram.calls if call.method == "sendMessage"}
    replies |= answered
    latencies = sorted((replies[chat] - posted[chat]) * 1000 for chat in replies if chat in posted)
    span = max(replies.values()) - min(posted.values())
    print(f"updates posted {len(posted)}, answered {len(latencies)}, in {span:.1f} s")
    print(f"throughput {len(latencies) / span:.0f} answered updates/s")
    p50, p99 = latencies[len(latencies) // 2], latencies[int(len(latencies) * 0.99)]
    print(f"latency per update p50 {p50:.1f} ms, p99 {p99:.1f} ms")


if __name__ == "__main__":
    main()
