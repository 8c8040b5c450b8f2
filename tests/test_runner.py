"""`python -m bot run` as an operator starts it: a real process, real signals, real HTTP."""

from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import sys
import urllib.request

import pytest

from bot.loader import load_knowledge
from tests.bot_process import (
    PROJECT,
    SECRET,
    STOP_SECONDS,
    deliver_update,
    free_port,
    lines_of,
    post_update,
    start_bot,
    stop,
    wait_for_line,
    wait_until_listening,
)
from tests.fake_telegram import updates
from tests.fake_telegram.server import TOKEN
from tests.knowledge_builder import REAL_KNOWLEDGE, copy_real_knowledge


@pytest.mark.parametrize("signal_number", [signal.SIGTERM, signal.SIGINT])
def test_polling_answers_a_message_and_stops_cleanly_on_a_signal(telegram, processes, signal_number):
    bot = start_bot(telegram)
    processes.append(bot)
    telegram.wait_for("setMyCommands")
    telegram.send("who wrote the first article?", chat_id=42)
    [reply] = telegram.wait_for("sendMessage")
    assert "Cobucci" in reply.params["text"]
    log = stop(bot, signal_number)
    assert TOKEN not in log, "the token must never be logged"
    assert "stopped" in log


def test_webhook_mode_registers_its_secret_and_refuses_requests_without_it(telegram, processes):
    port = free_port()
    bot = start_bot(telegram, WEBHOOK_URL=f"http://127.0.0.1:{port}/telegram", WEBHOOK_SECRET=SECRET, PORT=str(port))
    processes.append(bot)
    [registered] = telegram.wait_for("setWebhook")
    assert registered.params["secret_token"] == SECRET
    wait_until_listening(port, bot)

    question = {"update_id": 1, "message": updates.message("where is the qingdao plant?", chat_id=77)}
    assert post_update(port, question, secret=None) == 403
    assert post_update(port, question | {"update_id": 2}, secret="wrong") == 403
    status, reply = deliver_update(port, question | {"update_id": 3}, secret=SECRET)
    assert status == 200
    assert reply["method"] == "sendMessage", "the answer rides in the webhook response"
    assert int(reply["chat_id"]) == 77
    assert "Shandong" in reply["text"]
    assert post_update(port, {"update_id": 4, "message": "not a message"}, secret=SECRET) == 400
    with urllib.request.urlopen(f"http://127.0.0.1:{port}/healthz", timeout=10) as response:
        health = json.load(response)
    assert health == {"ok": True, "fact_base_version": load_knowledge(REAL_KNOWLEDGE).version, "database": "reachable"}
    stop(bot)
    assert telegram.sent_to(77) == [], "the refused requests changed nothing"


def test_webhook_mode_without_a_secret_refuses_to_start_with_one_line(telegram):
    result = subprocess.run(
        [sys.executable, "-m", "bot", "run"],
        cwd=PROJECT,
        env={
            **os.environ,
            "TELEGRAM_BOT_TOKEN": TOKEN,
            "TELEGRAM_API_URL": telegram.url,
            "WEBHOOK_URL": "https://example.org/hook",
        },
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert result.returncode == 2
    assert result.stderr.strip().count("\n") == 0
    assert "WEBHOOK_SECRET" in result.stderr


def test_sighup_reloads_the_fact_base_and_a_broken_one_is_refused(telegram, processes, tmp_path):
    folder = copy_real_knowledge(tmp_path)
    bot = start_bot(telegram, KNOWLEDGE_DIR=str(folder), DATABASE_URL=f"sqlite:///{tmp_path}/bot.db")
    processes.append(bot)
    output = lines_of(bot)
    telegram.wait_for("setMyCommands")

    (folder / "facts" / "launch.yaml").write_text("- id: debut-date\n  topics: [launch\n")
    bot.send_signal(signal.SIGHUP)
    wait_for_line(output, "fact base reload refused")

    shutil.rmtree(folder)
    copy_real_knowledge(tmp_path)
    authors = folder / "facts" / "sources.yaml"
    authors.write_text(authors.read_text().replace("Gianluca Cobucci wrote", "The journalist Gianluca Cobucci wrote"))
    bot.send_signal(signal.SIGHUP)
    wait_for_line(output, "fact base reloaded")
    telegram.send("who wrote the first article?", chat_id=43)
    [reply] = telegram.wait_for("sendMessage", where=lambda call: int(call.params["chat_id"]) == 43)
    assert "The journalist Gianluca Cobucci" in reply.params["text"]
    bot.send_signal(signal.SIGTERM)
    bot.wait(timeout=STOP_SECONDS)
    assert bot.returncode == 0
