"""Updates from one chat are handled in the order sent; different chats run side by side.
Each update's handling is logged in one line (bot/update_log.py).

A reader who sends "/subscribe licence" then "/unsubscribe" expects that order, while a
busy group must not hold up anyone else.
"""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable
from typing import Any
from weakref import WeakValueDictionary

from telegram import Update
from telegram.ext import BaseUpdateProcessor

from bot import update_log


class PerChatOrder(BaseUpdateProcessor):
    def __init__(self, max_concurrent_updates: int) -> None:
        super().__init__(max_concurrent_updates)
        self._locks: WeakValueDictionary[int, asyncio.Lock] = WeakValueDictionary()

    async def process_update(self, update: object, coroutine: Awaitable[Any]) -> None:
        """Waits for the chat's earlier updates first, so waiting holds no concurrency slot."""
        lock = self._lock_for(update)
        if lock is None:
            await super().process_update(update, coroutine)
            return
        async with lock:
            await super().process_update(update, coroutine)

    async def do_process_update(self, update: object, coroutine: Awaitable[Any]) -> None:
        with update_log.logged(update):
            await coroutine

    async def initialize(self) -> None:
        """Nothing to set up."""

    async def shutdown(self) -> None:
        """Nothing to tear down."""

    def _lock_for(self, update: object) -> asyncio.Lock | None:
        if not isinstance(update, Update):
            return None
        chat, user = update.effective_chat, update.effective_user
        key = chat.id if chat is not None else user.id if user is not None else None
        if key is None:
            return None
        lock = self._locks.get(key)
        if lock is None:
            lock = asyncio.Lock()
            self._locks[key] = lock
        return lock
