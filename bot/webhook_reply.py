"""Answering an update in the webhook's HTTP response instead of with a second request.

The Bot API lets the response to a webhook carry one method call, which Telegram then
makes itself. That saves the bot an outgoing HTTPS request per reply, most of its CPU
per update. The webhook server opens a slot for the update it is handling; the first
reply sent while handling it goes into the slot; anything else is sent as usual.
"""

from __future__ import annotations

from contextvars import ContextVar
from typing import Any

_slot: ContextVar[dict[str, Any] | None] = ContextVar("webhook_reply", default=None)


def open_slot() -> dict[str, Any]:
    """Called by the webhook server for the update it is about to handle."""
    slot: dict[str, Any] = {}
    _slot.set(slot)
    return slot


def take(call: dict[str, Any]) -> bool:
    """Puts a method call into the response if there is a free slot; False if not."""
    slot = _slot.get()
    if slot is None or slot:
        return False
    slot.update(call)
    return True
