"""A reader talks to the bot in a private chat and in a group, over the real HTTP stack."""

from __future__ import annotations

from urllib.parse import unquote

import pytest

from bot import callbacks
from bot.callbacks import Action
from tests.fake_telegram import updates
from tests.fake_telegram.server import BOT_ID, BOT_USERNAME
from tests.words import said

PRIVATE = 111
GROUP = -100200


def to_chat(chat_id: int):
    return lambda call: int(call.params["chat_id"]) == chat_id


@pytest.mark.usefixtures("running_bot")
async def test_a_private_question_gets_a_sourced_answer_with_buttons(telegram):
    telegram.send("why is xiaomi's car delayed?", chat_id=PRIVATE)
    [reply] = await telegram.until("sendMessage", where=to_chat(PRIVATE))
    text = reply.params["text"]
    assert "licence" in text
    assert "<blockquote>" in text
    assert "Elenor Kling" in text or "Gianluca Cobucci" in text
    buttons = [button for row in reply.params["reply_markup"]["inline_keyboard"] for button in row]
    assert any(button.get("url", "").startswith("https://wa.me/?text=") for button in buttons)
    assert any("switch_inline_query" in button for button in buttons)
    assert any(button.get("callback_data") == "s:" for button in buttons)


@pytest.mark.usefixtures("running_bot")
async def test_the_command_menu_is_published_at_start_in_each_language(telegram):
    await telegram.until("setMyCommands", count=3)
    menus = {language: telegram.commands[language] for language in ("", "it", "es")}
    for commands in menus.values():
        assert {command["command"] for command in commands} >= {"start", "help", "ask", "topics", "language"}
    describe = {language: {c["command"]: c["description"] for c in menu} for language, menu in menus.items()}
    assert describe[""]["subscribe"] == said("command-subscribe")
    assert describe["it"]["subscribe"] == said("command-subscribe", "it") != describe[""]["subscribe"]
    assert describe["es"]["help"] == said("command-help", "es") != describe[""]["help"]


@pytest.mark.usefixtures("running_bot")
async def test_start_welcomes_with_example_questions(telegram):
    telegram.send("/start", chat_id=PRIVATE)
    [reply] = await telegram.until("sendMessage", where=to_chat(PRIVATE))
    assert reply.params["text"] == said("welcome")
    assert len(reply.params["reply_markup"]["inline_keyboard"]) == 3


@pytest.mark.usefixtures("running_bot")
async def test_which_article_names_something_is_answered_with_the_sentence_and_its_share_link_opens_it(telegram):
    telegram.send("¿En cuál de las dos notas aparece Qingdao?", chat_id=PRIVATE)
    [reply] = await telegram.until("sendMessage", where=to_chat(PRIVATE))
    assert reply.params["text"].startswith("<b>Solo el segundo artículo, de Elenor Kling, menciona Qingdao")
    assert "<blockquote>" in reply.params["text"]
    assert "Qingdao" in reply.params["text"].split("<blockquote>")[1]
    buttons = [button for row in reply.params["reply_markup"]["inline_keyboard"] for button in row]
    [whatsapp] = [button["url"] for button in buttons if button.get("url", "").startswith("https://wa.me/")]
    payload = unquote(whatsapp).rsplit("?start=", 1)[1].split()[0]
    telegram.send(f"/start {payload}", chat_id=PRIVATE)
    _, opened = await telegram.until("sendMessage", where=to_chat(PRIVATE), count=2)
    assert "Qingdao" in opened.params["text"]


@pytest.mark.usefixtures("running_bot")
async def test_a_deep_link_opens_its_fact(telegram):
    telegram.send("/start debut-date", chat_id=PRIVATE)
    [reply] = await telegram.until("sendMessage", where=to_chat(PRIVATE))
    assert "November" in reply.params["text"]


@pytest.mark.usefixtures("running_bot")
async def test_pressing_a_suggested_question_answers_it_and_the_press_is_acknowledged(telegram):
    telegram.send("/topics", chat_id=PRIVATE)
    [menu] = await telegram.until("sendMessage", where=to_chat(PRIVATE))
    topic_data = menu.params["reply_markup"]["inline_keyboard"][0][0]["callback_data"]
    telegram.push(callback_query=updates.callback_query(topic_data, updates.message("menu", chat_id=PRIVATE)))
    _, listing = await telegram.until("sendMessage", count=2, where=to_chat(PRIVATE))
    fact_data = listing.params["reply_markup"]["inline_keyboard"][0][0]["callback_data"]
    telegram.push(callback_query=updates.callback_query(fact_data, updates.message("list", chat_id=PRIVATE)))
    *_, answer = await telegram.until("sendMessage", count=3, where=to_chat(PRIVATE))
    assert "<blockquote>" in answer.params["text"]
    assert len(await telegram.until("answerCallbackQuery", count=2)) == 2


@pytest.mark.usefixtures("running_bot")
async def test_a_stale_button_is_answered_politely(telegram):
    stale = callbacks.encode(Action.FACT, "a-fact-removed-since")
    telegram.push(callback_query=updates.callback_query(stale, updates.message("old", chat_id=PRIVATE)))
    [answer] = await telegram.until("answerCallbackQuery")
    assert answer.params["text"] == said("button-expired")


@pytest.mark.usefixtures("running_bot")
async def test_in_a_group_the_bot_answers_ask_mentions_and_replies_and_is_quiet_otherwise(telegram):
    group = {"chat_id": GROUP, "chat_type": "supergroup"}
    telegram.send("what do you all think of the weather", **group)
    telegram.send("/ask who wrote the first article", **group)
    [first] = await telegram.until("sendMessage", where=to_chat(GROUP))
    assert "Cobucci" in first.params["text"]
    telegram.send(f"@{BOT_USERNAME} where is the qingdao plant?", **group)
    bot_message = {
        "message_id": 5,
        "date": 0,
        "chat": updates.chat(GROUP, "supergroup"),
        "from": {"id": BOT_ID, "is_bot": True, "first_name": "X"},
    }
    telegram.send("and what did BAIC say?", reply_to=bot_message, **group)
    replies = await telegram.until("sendMessage", count=3, where=to_chat(GROUP))
    texts = [reply.params["text"] for reply in replies[1:]]
    assert any("Shandong" in text for text in texts)
    assert any("no information" in text for text in texts)
    telegram.send("/start", chat_id=PRIVATE)
    await telegram.until("sendMessage", where=to_chat(PRIVATE))
    assert len(telegram.sent_to(GROUP)) == 3


@pytest.mark.usefixtures("running_bot")
async def test_a_sticker_in_private_gets_a_hint_and_an_edit_is_ignored(telegram):
    telegram.send(
        None,
        chat_id=PRIVATE,
        sticker={
            "file_id": "x",
            "file_unique_id": "y",
            "type": "regular",
            "width": 1,
            "height": 1,
            "is_animated": False,
            "is_video": False,
        },
    )
    [hint] = await telegram.until("sendMessage", where=to_chat(PRIVATE))
    assert hint.params["text"] == said("not-text")
    telegram.push(edited_message=updates.message("edited question", chat_id=PRIVATE, edit_date=1))
    telegram.send("/help", chat_id=PRIVATE)
    replies = await telegram.until("sendMessage", count=2, where=to_chat(PRIVATE))
    assert replies[1].params["text"].startswith("<b>How to use me</b>")
