"""Readers who write Italian or Spanish get the whole bot in their language, over the real HTTP stack."""

from __future__ import annotations

import pytest

from bot.render.telegram import MAX_MESSAGE, telegram_length
from tests.conftest import ADMIN_ID
from tests.fake_telegram import updates
from tests.words import said

QUESTIONS = {
    "it": ("Perché l'auto di Xiaomi è in ritardo?", "licenza"),
    "es": ("¿Por qué se retrasa el coche de Xiaomi?", "licencia"),
}


def to_chat(chat_id: int):
    return lambda call: int(call.params["chat_id"]) == chat_id


def reader(chat_id: int, language_code: str) -> dict:
    return updates.user(chat_id, language_code=language_code)


async def reply_to(telegram, chat_id: int, text: str, language_code: str = "en"):
    before = len(telegram.sent_to(chat_id))
    telegram.send(text, chat_id=chat_id, sender=reader(chat_id, language_code))
    calls = await telegram.until("sendMessage", count=before + 1, where=to_chat(chat_id))
    return calls[-1].params


@pytest.mark.parametrize("language", ["it", "es"])
@pytest.mark.usefixtures("running_bot")
async def test_a_reader_gets_welcome_answer_buttons_and_alerts_in_their_language(telegram, language):
    chat = 401 if language == "it" else 402
    question, word = QUESTIONS[language]

    welcome = await reply_to(telegram, chat, "/start", language_code=language)
    assert welcome["text"] == said("welcome", language)

    answer = await reply_to(telegram, chat, question)
    assert word in answer["text"].lower()
    assert said("status-stated-both", language) in answer["text"]
    assert telegram_length(answer["text"]) <= MAX_MESSAGE
    buttons = [button for row in answer["reply_markup"]["inline_keyboard"] for button in row]
    assert said("share-whatsapp-button", language) in {button["text"] for button in buttons}
    assert all(len(button.get("callback_data", "").encode()) <= 64 for button in buttons)

    related = next(button for button in buttons if button.get("callback_data", "").startswith("f:"))
    telegram.push(callback_query=updates.callback_query(related["callback_data"], updates.message("x", chat_id=chat)))
    pressed = (await telegram.until("sendMessage", count=3, where=to_chat(chat)))[-1].params
    assert said("sources-button", language) in str(pressed["reply_markup"])

    subscribed = await reply_to(telegram, chat, "/subscribe licence")
    assert subscribed["text"].startswith(said("subscribed", language, topics="X").split("X")[0])

    telegram.send("/publish licence-delayed", chat_id=ADMIN_ID)
    alerts = await telegram.until("sendMessage", where=lambda call: to_chat(chat)(call) and "🔔" in call.params["text"])
    assert said("share-telegram-button", language) in str(alerts[0].params["reply_markup"])
    assert said("status-stated", language) in alerts[0].params["text"]


@pytest.mark.usefixtures("running_bot")
async def test_a_short_follow_up_keeps_the_language_the_chat_was_speaking(telegram):
    await reply_to(telegram, 403, "¿Dónde está la fábrica de BAIC que Xiaomi podría quedarse?")
    short = await reply_to(telegram, 403, "Qingdao?")
    assert "Según Cailian" in short["text"]


@pytest.mark.usefixtures("running_bot")
async def test_a_reader_chooses_a_language_with_buttons_and_it_sticks(telegram):
    menu = await reply_to(telegram, 404, "/language")
    names = [button["text"] for row in menu["reply_markup"]["inline_keyboard"] for button in row]
    assert names == ["English", "Italiano", "Español"]
    italian = next(
        button for row in menu["reply_markup"]["inline_keyboard"] for button in row if button["text"] == "Italiano"
    )
    telegram.push(callback_query=updates.callback_query(italian["callback_data"], updates.message("x", chat_id=404)))
    calls = await telegram.until("sendMessage", count=2, where=to_chat(404))
    assert calls[1].params["text"] == said("language-set", "it")
    topics = await reply_to(telegram, 404, "/topics")
    assert topics["text"] == said("topics-intro", "it")
    english = await reply_to(telegram, 404, "Why is Xiaomi's car delayed?")
    assert said("status-stated-both") in english["text"], "a message clearly in English is answered in English"
    again = await reply_to(telegram, 404, "/topics")
    assert again["text"] == said("topics-intro", "it"), "and the language chosen stays the chat's"


@pytest.mark.usefixtures("running_bot")
async def test_an_inline_query_is_answered_in_its_language(telegram):
    telegram.push(inline_query=updates.inline_query("dove si trova la fabbrica di BAIC?"))
    [answer] = await telegram.until("answerInlineQuery")
    [first, *_] = answer.params["results"]
    assert "Secondo Cailian" in first["input_message_content"]["message_text"]
