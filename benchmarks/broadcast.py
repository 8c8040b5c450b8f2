"""Broadcast one alert to many subscribers against a fake Bot API that enforces a rate limit.

Usage: python benchmarks/broadcast.py [--subscribers 10000] [--rate 300]

The fake Telegram server (tests/fake_telegram) answers 429 Too Many Requests above
--rate messages per second; the broadcaster runs as `python -m bot alerts publish` with
ALERT_RATE set to the same rate, on a fresh SQLite file. Reports the achieved rate as a
share of the limit, 429s received, duplicates, and the broadcaster's peak memory.
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
from pathlib import Path

PROJECT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(PROJECT))

from bot.storage import EVERYTHING, Store  # noqa: E402
from tests.fake_telegram import FakeTelegram  # noqa: E402
from tests.fake_telegram.server import TOKEN  # noqa: E402

ALERT_ID = "bloomberg-talks"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--subscribers", type=int, default=10_000)
    parser.add_argument("--rate", type=float, default=300)
    arguments = parser.parse_args()

    with tempfile.TemporaryDirectory() as folder:
        database_url = f"sqlite:///{folder}/bot.db"
        store = Store.open(database_url)
        for chat_id in range(1, arguments.subscribers + 1):
            store.subscribe(chat_id, "private", [EVERYTHING])
        store.close()

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
        started = time.monotonic()
        subprocess.run(
            [sys.executable, "-m", "bot", "alerts", "publish", ALERT_ID], cwd=PROJECT, env=environment, check=True
        )
        elapsed = time.monotonic() - started
        telegram.stop()

    sends = [call for call in telegram.calls if call.method == "sendMessage"]
    refused = telegram.too_many_requests
    delivered = Counter(int(call.params["chat_id"]) for call in sends) - Counter(chat for _, chat in telegram.refusals)
    span = sends[-1].at - sends[0].at
    achieved = (len(sends) - refused) / span
    peak_mb = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    print(f"subscribers {arguments.subscribers}, limit R = {arguments.rate:.0f}/s, ALERT_RATE = R")
    total = sum(delivered.values())
    print(f"delivered {total} to {len(delivered)} chats in {span:.1f} s of sending ({elapsed:.1f} s in all)")
    print(f"achieved {achieved:.1f}/s = {achieved / arguments.rate:.3f} of R")
    print(f"429 Too Many Requests received: {refused}")
    print(f"duplicates: {sum(count - 1 for count in delivered.values() if count > 1)}")
    print(f"broadcaster peak memory (max RSS): {peak_mb:.0f} MB")


if __name__ == "__main__":
    main()
