"""The fake Bot API itself, where it must behave as Telegram does for the tests to mean anything."""

from __future__ import annotations

import socket
from urllib.parse import urlsplit

from tests.fake_telegram.server import TOKEN


def test_a_request_cut_off_by_a_dying_bot_is_never_made(telegram):
    """A bot killed while sending leaves half a request behind; Telegram sends nothing for it."""
    body = b"text=hello&chat_id=42"
    head = (
        f"POST /bot{TOKEN}/sendMessage HTTP/1.1\r\nHost: api\r\n"
        f"Content-Type: application/x-www-form-urlencoded\r\nContent-Length: {len(body)}\r\n\r\n"
    )
    address = urlsplit(telegram.url)
    with socket.create_connection((address.hostname, address.port)) as connection:
        connection.sendall(head.encode() + body[:8])
        connection.shutdown(socket.SHUT_WR)
        answer = connection.recv(1024)  # returns once the server has dealt with the request and hung up

    assert answer == b""
    assert telegram.calls == []
