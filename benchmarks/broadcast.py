"""Broadcast one alert to many subscribers against a fake Bot API that enforces a rate limit.

Usage: python benchmarks/broadcast.py [--subscribers 10000] [--rate 100] [--database sqlite|postgresql]

The fake Telegram server (tests/fake_telegram) answers 429 Too Many Requests above
--rate messages per second; the broadcaster runs as `python -m bot alerts publish` with
ALERT_RATE set to the same rate (and ALERT_IN_FLIGHT as in the environment, 4 by default),
on a fresh SQLite file or a fresh database on a throwaway PostgreSQL server
(tests/postgres_server.py). Reports the achieved rate as a share of the limit, 429s
received, duplicates, and the broadcaster's CPU time and peak memory.
"""

from __future__ import annotations

import argparse
import os
import resource
import subprocess
import sys
import tempfile
import time
from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

PROJECT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(PROJECT))

from bot.settings import DEFAULT_ALERT_IN_FLIGHT  # noqa: E402
from bot.storage import EVERYTHING, Store  # noqa: E402
from tests.fake_telegram import FakeTelegram  # noqa: E402
from tests.fake_telegram.server import TOKEN  # noqa: E402
from tests.postgres_server import fresh_postgres_database, postgres_server  # noqa: E402

ALERT_ID = "bloomberg-talks"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--subscribers", type=int, default=10_000)
    parser.add_argument("--rate", type=float, default=100)
    parser.add_argument("--database", choices=["sqlite", "postgresql"], default="sqlite")
    arguments = parser.parse_args()
    if arguments.subscribers < 2:
        parser.error("--subscribers must be at least 2: the pace is measured from the first send to the last")

    with subscribed_database(arguments.database, arguments.subscribers) as database_url:
        telegram = FakeTelegram().start()
        telegram.messages_per_second = arguments.rate
        environment = {
            **os.environ,
            "TELEGRAM_BOT_TOKEN": TOKEN,
            "TELEGRAM_API_URL": telegram.url,
            "DATABASE_URL": database_url,
            "ALERT_RATE": str(arguments.rate),
            "LOG_LEVEL": "WARNING",
        }
        started, cpu_before = time.monotonic(), _children_cpu()
        subprocess.run(
            [sys.executable, "-m", "bot", "alerts", "publish", ALERT_ID], cwd=PROJECT, env=environment, check=True
        )
        elapsed, cpu = time.monotonic() - started, _children_cpu() - cpu_before
        telegram.stop()

    sends = [call for call in telegram.calls if call.method == "sendMessage"]
    refused = telegram.too_many_requests
    delivered = Counter(int(call.params["chat_id"]) for call in sends) - Counter(chat for _, chat in telegram.refusals)
    span = sends[-1].at - sends[0].at
    achieved = (len(sends) - refused) / span
    total = sum(delivered.values())
    in_flight = os.environ.get("ALERT_IN_FLIGHT") or DEFAULT_ALERT_IN_FLIGHT
    print(f"subscribers {arguments.subscribers} on {arguments.database}, limit R = {arguments.rate:.0f}/s")
    print(f"ALERT_RATE = R, ALERT_IN_FLIGHT = {in_flight}")
    print(f"delivered {total} to {len(delivered)} chats in {span:.1f} s of sending ({elapsed:.1f} s in all)")
    print(f"achieved {achieved:.1f}/s = {achieved / arguments.rate:.3f} of R")
    print(f"429 Too Many Requests received: {refused}")
    print(f"duplicates: {sum(count - 1 for count in delivered.values() if count > 1)}")
    print(f"broadcaster CPU: {cpu:.1f} s, {cpu / total * 1000:.1f} ms per message with start-up")
    peak_mb = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    print(f"broadcaster peak memory (max RSS): {peak_mb:.0f} MB")


def _children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


@contextmanager
def subscribed_database(kind: str, subscribers: int) -> Iterator[str]:
    """A fresh database of that kind with `subscribers` chats following everything."""
    with tempfile.TemporaryDirectory() as folder, _server(kind) as server:
        database_url = f"sqlite:///{folder}/bot.db" if server is None else fresh_postgres_database(server)
        store = Store.open(database_url)
        for chat_id in range(1, subscribers + 1):
            store.subscribe(chat_id, "private", [EVERYTHING])
        store.close()
        yield database_url


@contextmanager
def _server(kind: str) -> Iterator[str | None]:
    if kind == "sqlite":
        yield None
        return
    with postgres_server() as server:
        yield server


if __name__ == "__main__":
    main()
