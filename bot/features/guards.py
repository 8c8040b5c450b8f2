"""Protection for everyone else: a flooding user is slowed down, and errors never go silent."""

from __future__ import annotations

import asyncio
import logging
import time
from collections import defaultdict, deque
from collections.abc import Callable
from enum import StrEnum

from telegram import Update
from telegram.error import TelegramError
from telegram.ext import ApplicationHandlerStop, ContextTypes

from bot.features.shared import DESK_KEY
from bot.languages.choice import reply_language
from bot.storage import Store

FLOOD_KEY = "flood"
MAX_TRACKED_USERS = 10_000
logger = logging.getLogger(__name__)


class Verdict(StrEnum):
    ALLOW = "allow"
    WARN = "warn"  # over the limit: tell the user once
    DROP = "drop"  # still over the limit: ignore quietly


class FloodGuard:
    """Allows each user `limit` updates per `window` seconds; the rest wait their turn."""

    def __init__(self, limit: int = 10, window: float = 10.0, clock: Callable[[], float] = time.monotonic) -> None:
        self.limit, self.window, self.clock = limit, window, clock
        self._recent: dict[int, deque[float]] = defaultdict(deque)
        self._warned: set[int] = set()

    async def check(self, user_id: int) -> Verdict:
        now = self.clock()
        if len(self._recent) > MAX_TRACKED_USERS:
            self._forget_quiet_users(now)
        recent = self._recent[user_id]
        while recent and now - recent[0] >= self.window:
            recent.popleft()
        if len(recent) < self.limit:
            recent.append(now)
            self._warned.discard(user_id)
            return Verdict.ALLOW
        if user_id in self._warned:
            return Verdict.DROP
        self._warned.add(user_id)
        return Verdict.WARN

    def _forget_quiet_users(self, now: float) -> None:
        """Drops users with nothing in the window, so memory follows activity, not audience."""
        quiet = [user for user, recent in self._recent.items() if not recent or now - recent[-1] >= self.window]
        for user in quiet:
            del self._recent[user]
            self._warned.discard(user)


class SharedFloodGuard:
    """The same limit kept in the database, for several bot processes behind one balancer.

    Counts are kept per fixed window; a window sliding to now is estimated from this
    window's count and the share of the last one it still covers, so a burst straddling
    two windows is stopped like any other.
    """

    def __init__(
        self, store: Store, limit: int = 10, window: float = 10.0, clock: Callable[[], float] = time.time
    ) -> None:
        self.store, self.limit, self.window, self.clock = store, limit, window, clock

    async def check(self, user_id: int) -> Verdict:
        now = self.clock()
        window_start = now // self.window * self.window
        count, before = await asyncio.to_thread(
            self.store.count_update, user_id, window_start, window_start - self.window
        )
        recent = count + before * (1 - (now - window_start) / self.window)
        if recent <= self.limit:
            return Verdict.ALLOW
        return Verdict.WARN if recent - 1 <= self.limit else Verdict.DROP


def flood_guard_for(store: Store) -> FloodGuard | SharedFloodGuard:
    """Per process on SQLite (one process); in the database on PostgreSQL (several)."""
    return SharedFloodGuard(store) if store.shared else FloodGuard()


async def flood_gate(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Runs before every handler; stops the update when its sender is flooding.

    Inline queries are not counted: Telegram sends one per keystroke while someone types.
    """
    user = update.effective_user
    if user is None or update.inline_query is not None:
        return
    verdict = await context.application.bot_data[FLOOD_KEY].check(user.id)
    if verdict is Verdict.ALLOW:
        return
    if update.callback_query is not None:
        await update.callback_query.answer(_quick_text(update, context, "flood-note"))
    elif verdict is Verdict.WARN and update.effective_message is not None:
        await update.effective_message.reply_text(_quick_text(update, context, "flood-note"))
    raise ApplicationHandlerStop


async def on_error(update: object, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Logs the failure with its update, and tells the user rather than leaving them waiting."""
    logger.error("error while handling update %s", _describe(update), exc_info=context.error)
    if not isinstance(update, Update):
        return
    try:
        if update.callback_query is not None:
            await update.callback_query.answer(_quick_text(update, context, "apology"))
        elif update.effective_message is not None:
            await update.effective_message.reply_text(_quick_text(update, context, "apology"))
    except TelegramError:
        logger.warning("could not send the apology for update %s", _describe(update))


def _quick_text(update: Update, context: ContextTypes.DEFAULT_TYPE, message_id: str) -> str:
    """A message in the language the reader's Telegram is set to: no database asked when
    something is wrong or someone floods."""
    user = update.effective_user
    language = reply_language(None, None, user.language_code if user else None)
    return context.application.bot_data[DESK_KEY].texts(language)(message_id)


def _describe(update: object) -> str:
    """Which update failed, without the message text (readers' words stay out of logs)."""
    if not isinstance(update, Update):
        return repr(type(update).__name__)
    chat = update.effective_chat
    return f"id={update.update_id} chat={chat.id if chat else None} type={chat.type if chat else None}"
