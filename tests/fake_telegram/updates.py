"""Builds Update objects the way Telegram sends them, for tests to push to the bot."""

from __future__ import annotations

import itertools
import time
from typing import Any

_ids = itertools.count(1000)


def user(
    user_id: int = 111, first_name: str = "Ana", username: str | None = "ana", language_code: str = "en"
) -> dict[str, Any]:
    person: dict[str, Any] = {"id": user_id, "is_bot": False, "first_name": first_name, "language_code": language_code}
    if username:
        person["username"] = username
    return person


def chat(chat_id: int, chat_type: str = "private", title: str = "Readers") -> dict[str, Any]:
    if chat_type == "private":
        return {"id": chat_id, "type": "private", "first_name": "Ana"}
    return {"id": chat_id, "type": chat_type, "title": title}


def message(
    text: str | None = None,
    *,
    chat_id: int = 111,
    chat_type: str = "private",
    sender: dict[str, Any] | None = None,
    reply_to: dict[str, Any] | None = None,
    **extra: Any,
) -> dict[str, Any]:
    """A message; text starting with '/' is marked as a bot command, '@name' as a mention."""
    body: dict[str, Any] = {
        "message_id": next(_ids),
        "date": int(time.time()),
        "chat": chat(chat_id, chat_type),
        "from": sender or user(chat_id if chat_type == "private" else 111),
        **extra,
    }
    if text is not None:
        body["text"] = text
        entities = _entities(text)
        if entities:
            body["entities"] = entities
    if reply_to is not None:
        body["reply_to_message"] = reply_to
    return body


def _entities(text: str) -> list[dict[str, Any]]:
    entities = []
    offset = 0
    for word in text.split(" "):
        length = len(word.encode("utf-16-le")) // 2
        if word.startswith("/") and offset == 0 and len(word) > 1:
            entities.append({"type": "bot_command", "offset": 0, "length": length})
        elif word.startswith("@") and len(word) > 1:
            entities.append({"type": "mention", "offset": offset, "length": length})
        offset += length + 1
    return entities


def callback_query(data: str, on_message: dict[str, Any], sender: dict[str, Any] | None = None) -> dict[str, Any]:
    return {
        "id": str(next(_ids)),
        "from": sender or user(),
        "chat_instance": "42",
        "data": data,
        "message": on_message,
    }


def inline_query(query: str, sender: dict[str, Any] | None = None) -> dict[str, Any]:
    return {"id": str(next(_ids)), "from": sender or user(), "query": query, "offset": ""}
