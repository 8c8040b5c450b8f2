"""Hundreds of random updates, sensible and not, through the running bot: nothing breaks,
each private text gets exactly one reply, every button press and inline query an answer."""

from __future__ import annotations

import logging
import random
import string
from collections import Counter

import pytest

from tests.fake_telegram import updates
from tests.words import said

UPDATES = 300
ODD_TEXT = ["", " ", "🙂", "<b>&", "\u202e\u200b", "/", "/unknowncommand", "@", "a" * 4096, "\x00\x1f", "/start x" * 50]


def random_text(rng: random.Random) -> str:
    if rng.random() < 0.3:
        return rng.choice(ODD_TEXT) or "?"
    alphabet = string.printable + "àéìòùñ¿¡😀中文"
    return "".join(rng.choice(alphabet) for _ in range(rng.randint(1, 80))).strip() or "x"


def random_update(rng: random.Random, number: int) -> tuple[dict, str]:
    """An update and what the bot owes for it: a 'reply', a 'callback' or 'inline' answer, or 'nothing'."""
    chat_id = 50_000 + number
    kind = rng.choice(
        ["private_text", "private_text", "group_text", "sticker", "edited", "channel", "callback", "inline"]
    )
    if kind == "private_text":
        return {"message": updates.message(random_text(rng), chat_id=chat_id)}, "reply"
    if kind == "group_text":
        return {"message": updates.message(random_text(rng), chat_id=-chat_id, chat_type="group")}, "nothing"
    if kind == "sticker":
        sticker = {"file_id": "s", "file_unique_id": "u", "type": "regular", "width": 1, "height": 1}
        sticker |= {"is_animated": False, "is_video": False}
        return {"message": updates.message(None, chat_id=chat_id, sticker=sticker)}, "reply"
    if kind == "edited":
        return {"edited_message": updates.message(random_text(rng), chat_id=chat_id, edit_date=1)}, "nothing"
    if kind == "channel":
        post = updates.message(random_text(rng), chat_id=-chat_id, chat_type="channel")
        post.pop("from")
        return {"channel_post": post}, "nothing"
    sender = updates.user(chat_id)
    if kind == "callback":
        data = "".join(rng.choice(string.ascii_letters + ":+*-") for _ in range(rng.randint(0, 64)))
        return {
            "callback_query": updates.callback_query(data, updates.message("old", chat_id=chat_id), sender)
        }, "callback"
    return {"inline_query": updates.inline_query(random_text(rng), sender=sender)}, "inline"


@pytest.mark.usefixtures("running_bot")
async def test_random_updates_never_break_the_bot_and_each_gets_what_it_deserves(telegram, caplog):
    rng = random.Random(20261122)
    owed: Counter[str] = Counter()
    private_chats: set[int] = set()
    with caplog.at_level(logging.ERROR):
        for number in range(UPDATES):
            update, due = random_update(rng, number)
            telegram.push(**update)
            owed[due] += 1
            if due == "reply":
                private_chats.add(50_000 + number)
        await telegram.until(
            "sendMessage", count=owed["reply"], where=lambda call: int(call.params["chat_id"]) in private_chats
        )
        await telegram.until("answerCallbackQuery", count=owed["callback"])
        await telegram.until("answerInlineQuery", count=owed["inline"])
    replies = Counter(int(call.params["chat_id"]) for call in telegram.calls if call.method == "sendMessage")
    assert all(replies[chat] == 1 for chat in private_chats), "exactly one reply to each private message"
    assert not [record for record in caplog.records if record.levelno >= logging.ERROR], "no handler failed"
    apologies = [
        call for call in telegram.calls if call.method == "sendMessage" and call.params["text"] == said("apology")
    ]
    assert apologies == []
