"""A reader follows an answer and is told, once, when a later report changes it."""

from __future__ import annotations

import pytest

from bot import callbacks
from bot.callbacks import Action
from tests.conftest import ADMIN_ID
from tests.fake_telegram import updates
from tests.test_cli_changes import FOLLOWED, supersede
from tests.words import said

READER = 931
OTHER_READER = 932


def to_chat(chat_id: int):
    return lambda call: int(call.params["chat_id"]) == chat_id


async def reply_to(telegram, text: str, chat_id: int = READER):
    before = len(telegram.sent_to(chat_id))
    telegram.send(text, chat_id=chat_id)
    calls = await telegram.until("sendMessage", count=before + 1, where=to_chat(chat_id))
    return calls[-1]


async def press(telegram, data: str, on_message: dict, chat_id: int = READER) -> dict:
    telegram.push(callback_query=updates.callback_query(data, on_message, sender=updates.user(chat_id)))
    [answer] = await telegram.until("answerCallbackQuery", where=lambda call: call.params.get("text") is not None)
    return answer.params


def follow_button(reply) -> str:
    buttons = [button for row in reply.params["reply_markup"]["inline_keyboard"] for button in row]
    return next(button["callback_data"] for button in buttons if button.get("callback_data", "").startswith("w:"))


@pytest.mark.usefixtures("editable_bot")
async def test_a_reader_follows_an_answer_lists_it_and_stops(telegram):
    answer = await reply_to(telegram, "Where is the BAIC plant Xiaomi might keep?")
    data = follow_button(answer)
    assert data == callbacks.encode(Action.FOLLOW, FOLLOWED)
    message = updates.message("(the answer)", chat_id=READER)
    assert (await press(telegram, data, message))["text"] == said("followed")
    listing = await reply_to(telegram, "/following")
    assert listing.params["text"] == said("following-intro")
    [[stop]] = listing.params["reply_markup"]["inline_keyboard"]
    assert stop["callback_data"] == callbacks.encode(Action.UNFOLLOW, FOLLOWED)
    telegram.calls.clear()
    assert (await press(telegram, stop["callback_data"], message))["text"] == said("unfollowed")
    assert (await reply_to(telegram, "/following")).params["text"] == said("following-none")


async def test_followers_are_told_once_when_a_reload_changes_the_answer(telegram, editable_bot):
    answer = await reply_to(telegram, "Where is the BAIC plant Xiaomi might keep?")
    await press(telegram, follow_button(answer), updates.message("(the answer)", chat_id=READER))
    await reply_to(telegram, "Where is the BAIC plant Xiaomi might keep?", chat_id=OTHER_READER)  # asks, doesn't follow
    supersede(editable_bot)
    assert (await reply_to(telegram, "/reload", chat_id=ADMIN_ID)).params["text"].startswith("Fact base reloaded")
    published = await reply_to(telegram, "/publish changes", chat_id=ADMIN_ID)
    assert published.params["text"] == said("changes-done", chats=1, facts=1)
    told = await telegram.until("sendMessage", where=lambda call: "A fictional test update" in call.params["text"])
    assert [int(call.params["chat_id"]) for call in told] == [READER]
    assert told[0].params["text"].startswith("🔔 <b>")
    again = await reply_to(telegram, "/publish changes", chat_id=ADMIN_ID)
    assert again.params["text"] == said("changes-none")


@pytest.mark.usefixtures("editable_bot")
async def test_only_admins_publish_changes(telegram):
    assert (await reply_to(telegram, "/publish changes")).params["text"] == said("admins-only")
