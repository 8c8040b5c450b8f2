"""A small HTTP balancer on loopback, as a platform puts in front of webhook processes.

POSTs go round-robin to the backends. A refused connection is tried on the next backend
(nothing reached the refused one) and that backend is left alone for a moment; a reset or
a broken answer comes back as 502, so Telegram's side sees "no 200" and delivers again.
Every forwarding is recorded, so a soak can tell which updates were inside a process
when it was killed.
"""

from __future__ import annotations

import json
import time
from collections import Counter
from dataclasses import dataclass
from http import HTTPStatus

import httpx
import tornado.httpserver
import tornado.web

from tests.bot_process import free_port

SECRET_HEADER = "X-Telegram-Bot-Api-Secret-Token"
REST_SECONDS = 0.5  # a backend that refused a connection is skipped this long
TELEGRAM_TIMEOUT_SECONDS = 60  # how long Telegram waits for a webhook's answer


@dataclass(frozen=True)
class Forwarding:
    """One update sent to one backend: when, and what came back (0: no HTTP answer)."""

    update_id: int
    backend: int
    started: float
    ended: float
    status: int


class Balancer:
    def __init__(self, backends: list[int]) -> None:
        self.backends = backends
        self.port = free_port()
        self.forwardings: list[Forwarding] = []
        self._open: Counter[int] = Counter()  # posts awaiting each backend's answer
        self._next = 0
        self._resting_until: dict[int, float] = {}
        self._client = httpx.AsyncClient(
            timeout=TELEGRAM_TIMEOUT_SECONDS, limits=httpx.Limits(max_keepalive_connections=0)
        )
        routes = [(r"/.*", _Front, {"balancer": self})]
        self._server = tornado.httpserver.HTTPServer(tornado.web.Application(routes, log_function=lambda _: None))

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}/telegram"

    def start(self) -> None:
        """Listens on the running event loop."""
        self._server.listen(self.port, address="127.0.0.1")

    async def stop(self) -> None:
        self._server.stop()
        await self._client.aclose()

    async def forward(self, path: str, body: bytes, secret: str) -> tuple[int, bytes]:
        """The backend's status and body, or 502 when no backend gave an HTTP answer."""
        update_id = int(json.loads(body).get("update_id", 0))
        for backend in self._in_turn():
            started = time.monotonic()
            self._open[backend] += 1
            try:
                response = await self._client.post(
                    f"http://127.0.0.1:{backend}{path}",
                    content=body,
                    headers={"Content-Type": "application/json", SECRET_HEADER: secret},
                )
            except httpx.ConnectError:
                self._resting_until[backend] = time.monotonic() + REST_SECONDS
                continue
            except httpx.TransportError:
                self._resting_until[backend] = time.monotonic() + REST_SECONDS
                self.forwardings.append(Forwarding(update_id, backend, started, time.monotonic(), 0))
                return HTTPStatus.BAD_GATEWAY, b""
            finally:
                self._open[backend] -= 1
            self.forwardings.append(Forwarding(update_id, backend, started, time.monotonic(), response.status_code))
            return response.status_code, response.content
        return HTTPStatus.BAD_GATEWAY, b""

    def busy(self, backend: int) -> bool:
        """Whether a post to that backend is awaiting its answer."""
        return self._open[backend] > 0

    def _in_turn(self) -> list[int]:
        """Every backend, starting with the next in turn; those resting after a refusal last."""
        self._next = (self._next + 1) % len(self.backends)
        turn = self.backends[self._next :] + self.backends[: self._next]
        now = time.monotonic()
        return sorted(turn, key=lambda backend: self._resting_until.get(backend, 0) > now)


class _Front(tornado.web.RequestHandler):
    def initialize(self, balancer: Balancer) -> None:
        self.balancer = balancer

    async def post(self) -> None:
        secret = self.request.headers.get(SECRET_HEADER, "")
        status, body = await self.balancer.forward(self.request.path, self.request.body, secret)
        self.set_status(status)
        if body:
            self.set_header("Content-Type", "application/json")
            self.write(body)
