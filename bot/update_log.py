"""One log line per update: what kind, how long it took, and what the engine matched.

The line is written when the update has been handled; the engine's verdict reaches it
through a context variable, so no handler has to pass it along. Message texts are never
logged: only ids, kinds, the fact matched and its score.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar

from telegram import Update

from bot.models import Answer

logger = logging.getLogger("bot.updates")
_outcome: ContextVar[dict[str, object] | None] = ContextVar("update_outcome", default=None)
_KINDS = ("message", "edited_message", "callback_query", "inline_query", "channel_post", "my_chat_member")


def note_answer(answer: Answer) -> None:
    """Called by the desk: remembers the verdict for the update being handled, if any."""
    outcome = _outcome.get()
    if outcome is not None:
        outcome.update(
            kind=answer.kind.value, fact=answer.fact.id if answer.fact else "-", score=round(answer.score, 3)
        )


@contextmanager
def logged(update: object) -> Iterator[None]:
    outcome: dict[str, object] = {}
    token = _outcome.set(outcome)
    started = time.perf_counter()
    try:
        yield
    finally:
        _outcome.reset(token)
        milliseconds = (time.perf_counter() - started) * 1000
        logger.info("update %s latency_ms=%.1f %s", _describe(update), milliseconds, _pairs(outcome))


def _describe(update: object) -> str:
    if not isinstance(update, Update):
        return f"type={type(update).__name__}"
    kind = next((name for name in _KINDS if getattr(update, name, None) is not None), "other")
    chat = update.effective_chat
    return f"id={update.update_id} type={kind} chat_type={chat.type if chat else '-'}"


def _pairs(outcome: dict[str, object]) -> str:
    return " ".join(f"{key}={value}" for key, value in outcome.items()) or "kind=-"
