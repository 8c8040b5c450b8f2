"""A reader follows the story: subscribes, gets each development once, and can stop."""

from __future__ import annotations

import pytest

from bot.storage import Store
from tests.conftest import ADMIN_ID
from tests.fake_telegram import updates
from tests.waiting import eventually
from tests.words import said

READER = 301
GROUP = -100300


def to_chat(chat_id: int):
    return lambda call: int(call.params["chat_id"]) == chat_id


def alerts_to(telegram, chat_id: int) -> list[str]:
    return [params["text"] for params in telegram.sent_to(chat_id) if params["text"].startswith("🔔")]


async def publish(telegram, alert_id: str) -> str:
    telegram.send(f"/publish {alert_id}", chat_id=ADMIN_ID)
    count = len(telegram.sent_to(ADMIN_ID)) + 1
    calls = await telegram.until("sendMessage", count=count, where=to_chat(ADMIN_ID))
    return calls[-1].params["text"]


@pytest.mark.usefixtures("running_bot")
async def test_subscribing_with_a_button_then_listing_what_you_follow(telegram):
    telegram.send("/subscribe", chat_id=READER)
    [menu] = await telegram.until("sendMessage", where=to_chat(READER))
    rows = menu.params["reply_markup"]["inline_keyboard"]
    assert rows[0][0]["text"] == said("everything-button")
    licence = next(row[0] for row in rows if row[0]["text"] == "Licence")
    telegram.push(
        callback_query=updates.callback_query(licence["callback_data"], updates.message("menu", chat_id=READER))
    )
    [acknowledged] = await telegram.until("answerCallbackQuery")
    assert "Licence" in acknowledged.params["text"]
    telegram.send("/subscriptions", chat_id=READER)
    replies = await telegram.until("sendMessage", count=3, where=to_chat(READER))
    assert "Licence" in replies[-1].params["text"]


@pytest.mark.usefixtures("running_bot")
async def test_subscribe_by_name_then_stop_one_topic_then_everything(telegram):
    for command in ("/subscribe licence partners", "/unsubscribe partners", "/unsubscribe", "/subscriptions"):
        telegram.send(command, chat_id=READER)
    replies = await telegram.until("sendMessage", count=4, where=to_chat(READER))
    texts = [reply.params["text"] for reply in replies]
    assert texts[0] == said("subscribed", topics="Licence, Partners")
    assert "Still following: Licence" in texts[1]
    assert texts[2] == said("unsubscribed")
    assert texts[3] == said("not-subscribed")


@pytest.mark.usefixtures("running_bot")
async def test_an_unknown_topic_is_named_with_the_choices(telegram):
    telegram.send("/subscribe weather", chat_id=READER)
    [reply] = await telegram.until("sendMessage", where=to_chat(READER))
    assert "weather" in reply.params["text"]
    assert "licence" in reply.params["text"]


@pytest.mark.usefixtures("running_bot")
async def test_only_a_groups_admins_may_subscribe_it(telegram):
    telegram.chat_admins[GROUP] = {77}
    group = {"chat_id": GROUP, "chat_type": "supergroup"}
    telegram.send("/subscribe everything", sender=updates.user(76), **group)
    [refused] = await telegram.until("sendMessage", where=to_chat(GROUP))
    assert refused.params["text"] == said("group-admins-only")
    telegram.send("/subscribe everything", sender=updates.user(77), **group)
    replies = await telegram.until("sendMessage", count=2, where=to_chat(GROUP))
    assert replies[1].params["text"] == said("subscribed", topics="everything")


@pytest.mark.usefixtures("running_bot")
async def test_an_alert_reaches_followers_of_its_topics_once_even_if_published_twice(telegram):
    telegram.send("/subscribe partners", chat_id=401)
    telegram.send("/subscribe launch", chat_id=402)
    telegram.send("/subscribe everything", chat_id=403)
    await telegram.until("sendMessage", count=3)
    assert "to 2 chats" in await publish(telegram, "bloomberg-talks")
    await telegram.until("sendMessage", where=lambda call: call.params["text"].startswith("🔔"), count=2)
    assert "published before" in await publish(telegram, "bloomberg-talks")
    telegram.send("/latest", chat_id=402)
    [latest] = await telegram.until(
        "sendMessage", where=lambda call: to_chat(402)(call) and "Bloomberg" in call.params["text"]
    )
    assert "Brilliance Auto" in latest.params["text"]
    assert len(alerts_to(telegram, 401)) == 1
    assert len(alerts_to(telegram, 403)) == 1
    assert len(alerts_to(telegram, 402)) == 1, "only through /latest"
    alert_text = alerts_to(telegram, 401)[0]
    assert "<blockquote>" in alert_text
    assert "Reported by Bloomberg" in alert_text


@pytest.mark.usefixtures("running_bot")
async def test_only_admins_may_publish(telegram):
    telegram.send("/publish bloomberg-talks", chat_id=READER)
    [reply] = await telegram.until("sendMessage", where=to_chat(READER))
    assert reply.params["text"] == said("admins-only")


@pytest.mark.usefixtures("running_bot")
async def test_a_reader_who_blocked_the_bot_is_not_retried_until_they_start_again(telegram, bot_settings):
    telegram.send("/subscribe everything", chat_id=501)
    await telegram.until("sendMessage", where=to_chat(501))
    telegram.blocked_chats.add(501)
    await publish(telegram, "licence-delayed")
    await telegram.until("sendMessage", where=lambda call: to_chat(501)(call) and "🔔" in call.params["text"])
    store = Store.open(bot_settings.database_url)
    await eventually(lambda: store.status("licence-delayed").blocked == 1)
    assert not store.is_active(501)
    await publish(telegram, "bloomberg-talks")
    telegram.blocked_chats.clear()
    telegram.send("/start", chat_id=501)
    await eventually(lambda: store.is_active(501))
    await publish(telegram, "qingdao-plant")
    await telegram.until("sendMessage", where=lambda call: to_chat(501)(call) and "Qingdao" in call.params["text"])
    attempts = [
        call
        for call in telegram.calls
        if call.method == "sendMessage" and to_chat(501)(call) and "🔔" in call.params["text"]
    ]
    assert len(attempts) == 2, "one refused alert, none while blocked, one after /start"
    store.close()


@pytest.mark.usefixtures("running_bot")
async def test_an_admin_previews_an_alert_and_no_subscriber_gets_it(telegram):
    telegram.send("/subscribe partners", chat_id=READER)
    await telegram.until("sendMessage", where=to_chat(READER))
    telegram.send("/preview bloomberg-talks", chat_id=ADMIN_ID)
    [preview] = await telegram.until("sendMessage", where=to_chat(ADMIN_ID))
    assert preview.params["text"].startswith("🔔 <b>")
    assert said("share-whatsapp-button") in str(preview.params["reply_markup"])
    telegram.send("/preview", chat_id=READER)
    calls = await telegram.until("sendMessage", count=2, where=to_chat(READER))
    assert calls[-1].params["text"] == said("admins-only")
    assert alerts_to(telegram, READER) == []
