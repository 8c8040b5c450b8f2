"""The webhook under abuse, as an operator sees it: `python -m bot run --webhook` refuses
strangers and oversize bodies before reading them, caps the updates it has in flight, can
take updates from Telegram's addresses only, and keeps answering Telegram and /healthz."""

from __future__ import annotations

import itertools
import select
import socket
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

from tests.bot_process import (
    HTTP_SECONDS,
    SECRET,
    deliver_update,
    free_port,
    health_status,
    post_update,
    start_bot,
    wait_until_listening,
)
from tests.fake_telegram import FakeTelegram, updates
from tests.words import said

DECLARED = 90 * 1024 * 1024  # what the attacker's Content-Length claims; it never sends it
STREAMED = 32 * 1024 * 1024  # what a chunked attacker would send if nobody stopped it
TELEGRAM_ADDRESS = "149.154.167.99"
STRANGER_ADDRESS = "203.0.113.7"
_update_ids = itertools.count(1)


def webhook_bot(telegram: FakeTelegram, processes: list, tmp_path: Path, **settings: str) -> int:
    """Starts the bot in webhook mode and returns its port once it listens."""
    port = free_port()
    bot = start_bot(
        telegram,
        WEBHOOK_URL=f"http://127.0.0.1:{port}/telegram",
        WEBHOOK_SECRET=SECRET,
        PORT=str(port),
        DATABASE_URL=f"sqlite:///{tmp_path}/bot.db",
        **settings,
    )
    processes.append(bot)
    wait_until_listening(port, bot)
    return port


def question(chat_id: int = 77, text: str = "where is the qingdao plant?") -> dict:
    return {"update_id": next(_update_ids), "message": updates.message(text, chat_id=chat_id)}


def open_request(
    port: int, headers: dict[str, str], source: str = "127.0.0.1", first_bytes: bytes = b'{"update_id": 1, '
) -> socket.socket:
    """A POST whose headers and first bytes of body are sent, and the rest never is."""
    client = socket.create_connection(("127.0.0.1", port), timeout=HTTP_SECONDS, source_address=(source, 0))
    head = "".join(f"{name}: {value}\r\n" for name, value in headers.items())
    client.sendall(f"POST /telegram HTTP/1.1\r\nHost: bot\r\n{head}\r\n".encode() + first_bytes)
    return client


def status_of(client: socket.socket) -> int:
    """The status line's code; a socket timeout (the bot waiting for the body) fails the test."""
    with client, client.makefile("rb") as response:
        return int(response.readline().split()[1])


def answer_before_the_body(port: int, headers: dict[str, str], source: str = "127.0.0.1") -> int:
    return status_of(open_request(port, {"Content-Length": str(DECLARED), **headers}, source))


def stream_chunked(port: int) -> tuple[int, int]:
    """Streams a chunked body with the secret until the bot answers; returns its status and the bytes sent."""
    chunked = {"Transfer-Encoding": "chunked", "X-Telegram-Bot-Api-Secret-Token": SECRET}
    client = open_request(port, chunked, first_bytes=b"")
    chunk = b"x" * 65536
    sent = 0
    while sent < STREAMED and not select.select([client], [], [], 0)[0]:
        try:
            client.sendall(b"%x\r\n%s\r\n" % (len(chunk), chunk))
        except (BrokenPipeError, ConnectionResetError):  # the bot hung up; its answer is already on the way
            break
        sent += len(chunk)
    return status_of(client), sent


def test_strangers_and_oversize_bodies_are_refused_before_the_body_is_read(telegram, processes, tmp_path):
    port = webhook_bot(telegram, processes, tmp_path)
    assert answer_before_the_body(port, {}) == 403
    assert answer_before_the_body(port, {"X-Telegram-Bot-Api-Secret-Token": "wrong"}) == 403
    assert answer_before_the_body(port, {"Expect": "100-continue"}) == 403, "no 100 Continue invites the body"
    assert answer_before_the_body(port, {"X-Telegram-Bot-Api-Secret-Token": SECRET}) == 413
    status, sent = stream_chunked(port)
    assert status == 413
    assert sent < STREAMED, "a chunked body is cut off once it passes the limit, not read to its end"
    status, reply = deliver_update(port, question(), secret=SECRET)
    assert status == 200
    assert "Shandong" in reply["text"], "Telegram's updates are still answered"
    assert telegram.sent_to(77) == [], "nothing refused reached a reader"


def test_updates_and_health_checks_are_answered_while_bodies_hang_half_sent(telegram, processes, tmp_path):
    port = webhook_bot(telegram, processes, tmp_path)
    secret = {"X-Telegram-Bot-Api-Secret-Token": SECRET, "Content-Length": "5000"}
    hanging = [open_request(port, secret) for _ in range(8)]
    refused = [open_request(port, {"Content-Length": str(DECLARED)}) for _ in range(8)]
    assert health_status(port) == 200
    status, reply = deliver_update(port, question(chat_id=78), secret=SECRET)
    assert status == 200
    assert "Shandong" in reply["text"]
    assert [status_of(client) for client in refused] == [403] * 8
    for client in hanging:
        client.close()


def test_updates_beyond_the_in_flight_cap_get_503_so_telegram_retries(telegram, processes, tmp_path):
    port = webhook_bot(telegram, processes, tmp_path, WEBHOOK_MAX_IN_FLIGHT="2")
    [registered] = telegram.wait_for("setWebhook")
    assert int(registered.params["max_connections"]) == 2, "Telegram opens no more connections than the bot takes"
    stalled = telegram.hold("getChatMember")  # a group /subscribe asks Telegram whether the sender is an admin

    def group_subscribe(group: int) -> tuple[int, dict | None]:
        update = {
            "update_id": next(_update_ids),
            "message": updates.message("/subscribe everything", chat_id=group, chat_type="supergroup"),
        }
        return deliver_update(port, update, secret=SECRET)

    with ThreadPoolExecutor(2) as pool:
        in_flight = [pool.submit(group_subscribe, group) for group in (-100_901, -100_902)]
        telegram.wait_for("getChatMember", count=2)
        assert post_update(port, question(), secret=SECRET) == 503
        assert health_status(port) == 200
        stalled.set()
        answers = [future.result() for future in in_flight]
    assert [status for status, _ in answers] == [200, 200]
    assert [reply["text"] for _, reply in answers] == [said("group-admins-only")] * 2
    assert post_update(port, question(), secret=SECRET) == 200, "answered updates free their places"


def test_by_default_telegram_may_use_its_usual_forty_connections(telegram, processes, tmp_path):
    webhook_bot(telegram, processes, tmp_path)
    [registered] = telegram.wait_for("setWebhook")
    assert int(registered.params["max_connections"]) == 40


def test_with_telegram_ips_only_updates_come_from_telegram_through_the_trusted_proxy(telegram, processes, tmp_path):
    port = webhook_bot(telegram, processes, tmp_path, WEBHOOK_TELEGRAM_IPS_ONLY="1", WEBHOOK_TRUSTED_PROXY="127.0.0.1")
    proxy, stranger = "127.0.0.1", "127.0.0.2"
    expected = {
        (proxy, ""): 403,  # the proxy itself is not Telegram
        (proxy, f"X-Forwarded-For: {TELEGRAM_ADDRESS}"): 200,
        (proxy, "X-Real-IP: 91.108.4.5"): 200,
        (proxy, f"X-Forwarded-For: {STRANGER_ADDRESS}"): 403,
        # A stranger wrote Telegram's address itself; the proxy appended the stranger's.
        (proxy, f"X-Forwarded-For: {TELEGRAM_ADDRESS}, {STRANGER_ADDRESS}"): 403,
        # Straight from a peer that is not the trusted proxy: its forwarded headers are forged.
        (stranger, f"X-Forwarded-For: {TELEGRAM_ADDRESS}"): 403,
        (stranger, f"X-Real-IP: {TELEGRAM_ADDRESS}"): 403,
    }
    statuses = {}
    for source, header in expected:
        headers = dict([header.split(": ")]) if header else {}
        statuses[source, header] = post_update(port, question(), secret=SECRET, headers=headers, source=source)
    assert statuses == expected
    forged = {"X-Telegram-Bot-Api-Secret-Token": SECRET, "X-Forwarded-For": TELEGRAM_ADDRESS}
    assert answer_before_the_body(port, forged, source=stranger) == 403, "refused before the body is read"
