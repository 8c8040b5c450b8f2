"""An editor tells the readers who follow an answer that it changed, from a shell, even if killed halfway."""

from __future__ import annotations

import random
import signal
import subprocess
import sys
from collections import Counter
from pathlib import Path

import pytest

from bot.changes import fingerprint
from bot.loader import load_knowledge
from bot.storage import Store
from tests.knowledge_builder import copy_real_knowledge
from tests.test_cli_alerts import ANSWER_DELAY, CRASH_RATE, IN_FLIGHT, PROJECT, alerts_environment, deliveries

FOLLOWED = "qingdao-plant"
LATER_REPORT = """
- id: qingdao-deal-fiction
  topics: [factories]
  claimed_by: article
  status: stated
  answer: "A fictional test update: Xiaomi is now said to have bought BAIC's Qingdao plant."
  updates: qingdao-plant
  sources:
    - article: 002_29541d7ea7f6684e
      quote: "Xiaomi could have decided to keep the BAIC production plant in Qingdao"
"""


def follow(database_url: str, knowledge: Path, chats: range) -> None:
    base = load_knowledge(knowledge)
    told = fingerprint(base, base.fact(FOLLOWED))
    store = Store.open(database_url)
    for chat_id in chats:
        store.follow(chat_id, FOLLOWED, told)
    store.close()


def supersede(knowledge: Path) -> None:
    factories = knowledge / "facts" / "factories.yaml"
    factories.write_text(factories.read_text() + LATER_REPORT)


def changes_command(*arguments: str) -> list[str]:
    return [sys.executable, "-m", "bot", "changes", *arguments]


def environment(telegram, database_url: str, knowledge: Path) -> dict[str, str]:
    return alerts_environment(telegram, database_url, CRASH_RATE) | {"KNOWLEDGE_DIR": str(knowledge)}


def run(telegram, database_url: str, knowledge: Path, *arguments: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        changes_command(*arguments),
        cwd=PROJECT,
        env=environment(telegram, database_url, knowledge),
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


def test_changes_lists_a_superseded_answer_and_publish_tells_each_follower_once(telegram, database_url, tmp_path):
    knowledge = copy_real_knowledge(tmp_path)
    follow(database_url, knowledge, range(500, 503))
    assert run(telegram, database_url, knowledge).stdout.startswith("No answer anyone follows has changed")
    supersede(knowledge)
    listing = run(telegram, database_url, knowledge).stdout
    assert f"{FOLLOWED}: 3 chat(s) to tell" in listing
    assert "answered now by qingdao-deal-fiction" in listing
    published = run(telegram, database_url, knowledge, "publish")
    assert published.returncode == 0, published.stderr
    assert "sent 3, pending 0" in published.stdout
    assert deliveries(telegram) == Counter({500: 1, 501: 1, 502: 1})
    told = [call.params["text"] for call in telegram.calls if call.method == "sendMessage"]
    assert all("A fictional test update" in text and "Earlier, the article by" in text for text in told)
    again = run(telegram, database_url, knowledge, "publish")
    assert "this run: 0" in again.stdout.lower()
    assert sum(deliveries(telegram).values()) == 3, "nobody is told twice"


@pytest.mark.parametrize("third", [1, 3])
def test_corrections_killed_halfway_reach_everyone_repeating_at_most_the_sends_in_flight(
    telegram, database_url, tmp_path, third
):
    knowledge = copy_real_knowledge(tmp_path)
    followers = range(2000, 2300)
    follow(database_url, knowledge, followers)
    supersede(knowledge)
    telegram.answer_delay = ANSWER_DELAY
    span = len(followers) // 3
    kill_after = random.randint((third - 1) * span + 1, third * span)
    command = changes_command("publish")
    options = {"cwd": PROJECT, "env": environment(telegram, database_url, knowledge), "text": True}
    first = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, **options)
    telegram.wait_for("sendMessage", count=kill_after, timeout=30)
    first.kill()
    first.communicate()
    assert first.returncode == -signal.SIGKILL
    second = subprocess.run(command, capture_output=True, timeout=120, check=False, **options)
    assert second.returncode == 0, second.stderr
    received = deliveries(telegram)
    assert set(received) == set(followers), "no follower is missed"
    assert sum(count - 1 for count in received.values()) <= IN_FLIGHT
