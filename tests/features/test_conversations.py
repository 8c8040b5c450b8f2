"""A reader asks follow-ups the way they would ask a person, in a private chat and in a group."""

from __future__ import annotations

import pytest

from tests.fake_telegram import updates
from tests.fake_telegram.server import BOT_ID, BOT_USERNAME

PRIVATE = 611
GROUP = -100611


def to_chat(chat_id: int):
    return lambda call: int(call.params["chat_id"]) == chat_id


async def turn(telegram, chat_id: int, text: str, **options) -> dict:
    before = len(telegram.sent_to(chat_id))
    telegram.send(text, chat_id=chat_id, **options)
    calls = await telegram.until("sendMessage", count=before + 1, where=to_chat(chat_id))
    return calls[-1].params


@pytest.mark.usefixtures("running_bot")
async def test_a_follow_up_in_a_private_chat_is_read_with_the_question_before(telegram):
    first = await turn(telegram, PRIVATE, "what factory might xiaomi keep")
    assert "Qingdao" in first["text"]
    follow_up = await turn(telegram, PRIVATE, "which province is that in")
    assert "Shandong" in follow_up["text"]
    near_miss = await turn(telegram, PRIVATE, "how much would it cost them")
    assert "price" in near_miss["text"]


@pytest.mark.usefixtures("running_bot")
async def test_start_begins_a_new_conversation(telegram):
    await turn(telegram, PRIVATE + 1, "Is there another plant option besides BAIC's?")
    assert "Beijing" in (await turn(telegram, PRIVATE + 1, "where is it"))["text"]
    await turn(telegram, PRIVATE + 1, "/start")
    assert "Beijing" not in (await turn(telegram, PRIVATE + 1, "where is it"))["text"]


@pytest.mark.usefixtures("running_bot")
async def test_a_pressed_question_is_what_the_conversation_is_about(telegram):
    telegram.send("/start debut-date", chat_id=PRIVATE + 2)
    await telegram.until("sendMessage", where=to_chat(PRIVATE + 2))
    confirmed = await turn(telegram, PRIVATE + 2, "is that official?")
    assert "rumour" in confirmed["text"].lower()


@pytest.mark.usefixtures("running_bot")
async def test_in_a_group_each_member_follows_up_on_their_own_question_or_on_the_answer_they_reply_to(telegram):
    ana, ben = updates.user(701, "Ana"), updates.user(702, "Ben")

    async def in_group(sender: dict, text: str, **options) -> dict:
        return await turn(telegram, GROUP, text, chat_type="supergroup", sender=sender, **options)

    mention = f"@{BOT_USERNAME}"
    answer_to_ana = await in_group(ana, f"{mention} what factory might xiaomi keep")
    await in_group(ben, f"{mention} when is the first xiaomi car coming out")
    assert "Shandong" in (await in_group(ana, f"{mention} which province is that in"))["text"]
    assert "rumour" in (await in_group(ben, f"{mention} is that official?"))["text"].lower()
    replied = {
        "message_id": 1,
        "date": 0,
        "chat": updates.chat(GROUP, "supergroup"),
        "from": {"id": BOT_ID, "is_bot": True, "first_name": "bot", "username": BOT_USERNAME},
        "text": answer_to_ana["text"],
        "reply_markup": answer_to_ana["reply_markup"],
    }
    ben_on_anas_answer = await in_group(ben, "who says so?", reply_to=replied)
    assert "Cailian" in ben_on_anas_answer["text"], "a reply to the bot's answer is about that answer"
