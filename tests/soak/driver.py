"""Telegram's side of a soak: posts each update to the webhook and, until it gets a 200,
posts it again with the same update_id after a short back-off, as Telegram does."""

from __future__ import annotations

import asyncio
import itertools
import json
import time
from collections import Counter
from dataclasses import dataclass
from http import HTTPStatus
from typing import Any

import httpx

from tests.bot_process import SECRET
from tests.fake_telegram import FakeTelegram
from tests.fake_telegram.validation import BadRequestError, check_reply_markup, checked_text
from tests.soak.balancer import SECRET_HEADER, TELEGRAM_TIMEOUT_SECONDS
from tests.soak.traffic import Offer, Readers

FIRST_BACKOFF_SECONDS = 0.5
MAX_BACKOFF_SECONDS = 5.0


@dataclass(frozen=True)
class InResponse:
    """A reply that rode in the webhook's HTTP response, as the update it answers."""

    update_id: int
    call: dict[str, Any]
    at: float


class Driver:
    def __init__(self, url: str, telegram: FakeTelegram, readers: Readers) -> None:
        self.url, self.telegram, self.readers = url, telegram, readers
        self.offers: dict[int, Offer] = {}
        self.offered_at: dict[int, float] = {}
        self.attempts: Counter[int] = Counter()
        self.in_responses: list[InResponse] = []
        self.refused: list[str] = []  # replies in responses that Telegram would refuse, and why
        self._update_ids = itertools.count(1)
        self._calls_seen = 0
        self._delivering: set[asyncio.Task[None]] = set()
        self._client = httpx.AsyncClient(
            timeout=TELEGRAM_TIMEOUT_SECONDS * 2, limits=httpx.Limits(max_keepalive_connections=0)
        )

    def offer_next(self) -> Offer:
        """The next update of the mix; readers may press any button the bot has sent so far."""
        for call in self.telegram.calls[self._calls_seen :]:
            if call.method == "sendMessage":
                self.readers.saw(call.params)
        self._calls_seen = len(self.telegram.calls)
        return self._offer(self.readers.next(next(self._update_ids)))

    def offer_publish(self, admin_id: int, alert_id: str) -> Offer:
        return self._offer(self.readers.publish(next(self._update_ids), admin_id, alert_id))

    @property
    def undelivered(self) -> int:
        return len(self._delivering)

    async def delivered(self, timeout: float) -> None:
        """Returns once every update offered got its 200, or when the time is up."""
        deadline = time.monotonic() + timeout
        while self._delivering and time.monotonic() < deadline:
            await asyncio.wait(self._delivering, timeout=deadline - time.monotonic())

    async def close(self) -> None:
        for task in self._delivering:
            task.cancel()
        await self._client.aclose()

    def _offer(self, offer: Offer) -> Offer:
        self.telegram.offered(offer.update)
        self.offers[offer.update_id] = offer
        self.offered_at[offer.update_id] = time.monotonic()
        task = asyncio.create_task(self._deliver(offer))
        self._delivering.add(task)
        task.add_done_callback(self._delivering.discard)
        return offer

    async def _deliver(self, offer: Offer) -> None:
        """Posts until the answer is 200; anything else (refused, reset, 5xx) is posted again."""
        body = json.dumps(offer.update).encode()
        backoff = FIRST_BACKOFF_SECONDS
        while True:
            self.attempts[offer.update_id] += 1
            if await self._post(offer.update_id, body):
                return
            await asyncio.sleep(backoff)
            backoff = min(backoff * 2, MAX_BACKOFF_SECONDS)

    async def _post(self, update_id: int, body: bytes) -> bool:
        headers = {"Content-Type": "application/json", SECRET_HEADER: SECRET}
        try:
            response = await self._client.post(self.url, content=body, headers=headers)
        except httpx.TransportError:
            return False
        if response.status_code != HTTPStatus.OK:
            return False
        if response.content:
            call = response.json()
            try:
                checked_text(call)
                check_reply_markup(call.get("reply_markup"))
            except BadRequestError as error:
                self.refused.append(str(error))
            self.in_responses.append(InResponse(update_id, call, time.monotonic()))
            self.readers.saw(call)
        return True
