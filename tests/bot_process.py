"""Running `python -m bot run` as a real process, and talking to its webhook, for tests."""

from __future__ import annotations

import http.client
import json
import os
import queue
import signal
import socket
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.request
from http import HTTPStatus
from pathlib import Path
from typing import Any

from tests.fake_telegram import FakeTelegram
from tests.fake_telegram.server import TOKEN
from tests.fake_telegram.validation import check_reply_markup, checked_text

PROJECT = Path(__file__).resolve().parent.parent
SECRET = "s3cret-for-tests"
STOP_SECONDS = 10
HTTP_SECONDS = 10


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def lines_of(process: subprocess.Popen[str]) -> queue.Queue[str]:
    """The process's output, line by line, read in the background so a test can wait for one."""
    lines: queue.Queue[str] = queue.Queue()
    threading.Thread(target=lambda: [lines.put(line) for line in process.stdout], daemon=True).start()
    return lines


def wait_for_line(lines: queue.Queue[str], text: str, timeout: float = 15) -> str:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            line = lines.get(timeout=max(0.0, deadline - time.monotonic()))
        except queue.Empty:
            break
        if text in line:
            return line
    raise AssertionError(f"no line with {text!r} within {timeout}s")


def start_bot(telegram: FakeTelegram, **settings: str) -> subprocess.Popen[str]:
    environment = {
        **os.environ,
        "TELEGRAM_BOT_TOKEN": TOKEN,
        "TELEGRAM_API_URL": telegram.url,
        "LOG_LEVEL": "INFO",
        **settings,
    }
    return subprocess.Popen(
        [sys.executable, "-m", "bot", "run"],
        cwd=PROJECT,
        env=environment,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )


def stop(process: subprocess.Popen[str], signal_number: int = signal.SIGTERM) -> str:
    """Signals the bot and returns its log; fails if it does not exit cleanly in time."""
    process.send_signal(signal_number)
    output, _ = process.communicate(timeout=STOP_SECONDS)
    assert process.returncode == 0, output
    return output


def wait_until_listening(port: int, process: subprocess.Popen[str], timeout: float = 15) -> None:
    """Returns once the bot's webhook server accepts connections (retrying a refused connect)."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        assert process.poll() is None, "the bot exited before listening"
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=1):
                return
        except ConnectionRefusedError:
            time.sleep(0.05)
    raise AssertionError(f"nothing listening on port {port} after {timeout}s")


def post_update(port: int, update: dict, secret: str | None, **options: Any) -> int:
    """Delivers an update as Telegram does; returns the HTTP status."""
    return deliver_update(port, update, secret, **options)[0]


def deliver_update(
    port: int, update: dict, secret: str | None, headers: dict[str, str] | None = None, source: str = "127.0.0.1"
) -> tuple[int, dict | None]:
    """Delivers an update from `source` (an address on the loopback); returns the status
    and the method call the bot answered with, if any.

    Telegram makes that call itself, so it is checked against the same rules as the fake API.
    """
    sent_headers = {"Content-Type": "application/json", **(headers or {})}
    if secret is not None:
        sent_headers["X-Telegram-Bot-Api-Secret-Token"] = secret
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=HTTP_SECONDS, source_address=(source, 0))
    try:
        connection.request("POST", "/telegram", json.dumps(update).encode(), sent_headers)
        response = connection.getresponse()
        body = response.read()
    finally:
        connection.close()
    if response.status != HTTPStatus.OK or not body:
        return response.status, None
    call = json.loads(body)
    checked_text(call)
    check_reply_markup(call.get("reply_markup"))
    return response.status, call


def health_status(port: int) -> int:
    """What a load balancer's health check gets from GET /healthz."""
    try:
        with urllib.request.urlopen(f"http://127.0.0.1:{port}/healthz", timeout=HTTP_SECONDS) as response:
            return response.status
    except urllib.error.HTTPError as error:
        return error.code
