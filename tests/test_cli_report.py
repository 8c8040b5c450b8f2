"""Readers ask; the editor runs `python -m bot report` and sees what to add."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

from bot.storage import Store
from tests.waiting import eventually

PROJECT = Path(__file__).resolve().parent.parent


def report(database_url: str, *arguments: str) -> str:
    result = subprocess.run(
        [sys.executable, "-m", "bot", "report", *arguments],
        cwd=PROJECT,
        env={**os.environ, "DATABASE_URL": database_url},
        capture_output=True,
        text=True,
        timeout=60,
        check=True,
    )
    return result.stdout


@pytest.mark.usefixtures("running_bot")
async def test_questions_the_bot_declined_reach_the_editors_report_without_who_asked(telegram, bot_settings):
    for count, (chat_id, text) in enumerate(
        [(801, "Who is Xiaomi's CEO?"), (802, "who is the CEO of xiaomi"), (803, "when is the launch?")], start=1
    ):
        telegram.send(text, chat_id=chat_id)
        await telegram.until("sendMessage", count=count)
    store = Store.open(bot_settings.database_url)
    await eventually(lambda: len(store.questions_since(0)) == 3)
    store.close()

    unanswered = report(bot_settings.database_url, "unanswered", "--since", "1d")
    assert unanswered.splitlines()[0].split() == ["2", "who", "is", "xiaomi", "ceo"]
    assert "launch" not in unanswered, "answered questions are not listed"
    assert "801" not in unanswered
    assert "802" not in unanswered

    usage = report(bot_settings.database_url, "usage").splitlines()
    today = time.strftime("%Y-%m-%d", time.gmtime())
    assert [line.split() for line in usage if today in line] == [[today, "3", "1", "33%"]]
    assert any(line.split() == ["1", "debut-date"] for line in usage)
