"""Telegram's rules for what a bot may send, enforced so that breaking them fails tests."""

from __future__ import annotations

import html
import re
from typing import Any

MAX_TEXT = 4096
MAX_CALLBACK_DATA = 64
MAX_CALLBACK_ANSWER = 200
ALLOWED_TAGS = {
    "b", "strong", "i", "em", "u", "ins", "s", "strike", "del", "span", "tg-spoiler",
    "a", "code", "pre", "blockquote", "tg-emoji",
}  # fmt: skip
_TAG = re.compile(r"<(/?)([a-zA-Z][a-zA-Z0-9-]*)((?:\s+[a-zA-Z-]+(?:=\"[^\"]*\"|='[^']*'|=[^\s>]+)?)*)\s*>")
_ENTITY = re.compile(r"&(?:#\d+|#x[0-9a-fA-F]+|lt|gt|amp|quot);")
_COMMAND = re.compile(r"^[a-z0-9_]{1,32}$")


class BadRequestError(Exception):
    """What Telegram answers with 400 Bad Request."""


def utf16_length(text: str) -> int:
    """Telegram counts lengths in UTF-16 code units."""
    return len(text.encode("utf-16-le")) // 2


def plain_text_of_html(text: str) -> str:
    """The text a reader sees, or BadRequestError the way Telegram words it for broken HTML."""
    plain: list[str] = []
    open_tags: list[str] = []
    position = 0
    while position < len(text):
        character = text[position]
        if character == "<":
            tag = _TAG.match(text, position)
            if tag is None:
                raise BadRequestError(f"can't parse entities: unexpected start of tag at byte offset {position}")
            closing, name = tag.group(1) == "/", tag.group(2).lower()
            if name not in ALLOWED_TAGS:
                raise BadRequestError(
                    f'can\'t parse entities: unsupported start tag "{name}" at byte offset {position}'
                )
            if closing:
                if not open_tags or open_tags.pop() != name:
                    raise BadRequestError(
                        f"can't parse entities: can't find start tag corresponding to end tag \"{name}\""
                    )
            else:
                open_tags.append(name)
            position = tag.end()
        elif character == "&":
            entity = _ENTITY.match(text, position)
            if entity is None:
                raise BadRequestError(f"can't parse entities: unsupported entity at byte offset {position}")
            plain.append(html.unescape(entity.group(0)))
            position = entity.end()
        elif character == ">":
            raise BadRequestError(f"can't parse entities: unescaped '>' at byte offset {position}")
        else:
            plain.append(character)
            position += 1
    if open_tags:
        raise BadRequestError(
            f"can't parse entities: can't find end tag corresponding to start tag \"{open_tags[-1]}\""
        )
    return "".join(plain)


def checked_text(params: dict[str, Any], key: str = "text") -> str:
    """The message text as shown, after the same checks Telegram makes."""
    text = params.get(key)
    if not isinstance(text, str) or not text.strip():
        raise BadRequestError("message text is empty")
    shown = plain_text_of_html(text) if str(params.get("parse_mode", "")).upper() == "HTML" else text
    if not shown.strip():
        raise BadRequestError("message text is empty")
    if utf16_length(shown) > MAX_TEXT:
        raise BadRequestError("message is too long")
    return shown


def check_reply_markup(markup: Any) -> None:
    if markup is None:
        return
    if not isinstance(markup, dict):
        raise BadRequestError("can't parse reply keyboard markup JSON object")
    rows = markup.get("inline_keyboard")
    if rows is None:
        return
    if not isinstance(rows, list) or not all(isinstance(row, list) for row in rows):
        raise BadRequestError('field "inline_keyboard" of the InlineKeyboardMarkup must be an Array of Arrays')
    for row in rows:
        for button in row:
            _check_button(button)


def _check_button(button: dict[str, Any]) -> None:
    if not str(button.get("text", "")).strip():
        raise BadRequestError("text buttons are unallowed in the inline keyboard")
    actions = [
        key
        for key in ("url", "callback_data", "switch_inline_query", "switch_inline_query_current_chat")
        if key in button
    ]
    if len(actions) != 1:
        raise BadRequestError("BUTTON_TYPE_INVALID")
    if "callback_data" in button:
        data = str(button["callback_data"]).encode()
        if not 1 <= len(data) <= MAX_CALLBACK_DATA:
            raise BadRequestError("BUTTON_DATA_INVALID")
    if "url" in button and not re.match(r"^(https?|tg)://\S+$", str(button["url"])):
        raise BadRequestError("BUTTON_URL_INVALID")


def check_commands(commands: Any) -> None:
    if not isinstance(commands, list) or len(commands) > 100:
        raise BadRequestError("commands must be a list of at most 100 BotCommand")
    for command in commands:
        if not _COMMAND.match(str(command.get("command", ""))):
            raise BadRequestError("BOT_COMMAND_INVALID")
        if not 1 <= len(str(command.get("description", ""))) <= 256:
            raise BadRequestError("BOT_COMMAND_DESCRIPTION_INVALID")


def check_inline_results(results: Any) -> None:
    if not isinstance(results, list) or len(results) > 50:
        raise BadRequestError("RESULTS_TOO_MUCH")
    ids = [str(result.get("id", "")) for result in results]
    if len(set(ids)) != len(ids):
        raise BadRequestError("RESULT_ID_DUPLICATE")
    for result in results:
        if not 1 <= len(str(result.get("id", "")).encode()) <= 64:
            raise BadRequestError("RESULT_ID_INVALID")
        if result.get("type") == "article":
            if not str(result.get("title", "")).strip():
                raise BadRequestError("RESULT_TITLE_EMPTY")
            checked_text(result.get("input_message_content") or {}, key="message_text")
        check_reply_markup(result.get("reply_markup"))
