"""Typing @bot and a question in any chat offers answers to send there."""

from __future__ import annotations

import pytest

from tests.fake_telegram import updates


async def inline_answer(telegram, query: str) -> dict:
    telegram.push(inline_query=updates.inline_query(query))
    [call] = await telegram.until("answerInlineQuery")
    return call.params


@pytest.mark.usefixtures("running_bot")
async def test_an_inline_question_offers_the_sourced_answer_first(telegram):
    answer = await inline_answer(telegram, "where is the baic plant xiaomi might keep")
    results = answer["results"]
    assert 1 <= len(results) <= 10
    assert results[0]["id"] == "qingdao-plant"
    assert "Shandong" in results[0]["input_message_content"]["message_text"]
    assert results[0]["input_message_content"]["parse_mode"] == "HTML"
    buttons = [button for row in results[0]["reply_markup"]["inline_keyboard"] for button in row]
    assert not any("callback_data" in button for button in buttons), "callback buttons cannot work in other chats"


@pytest.mark.usefixtures("running_bot")
async def test_an_empty_inline_query_offers_the_most_asked_questions(telegram):
    telegram.send("what did BAIC say about the rumours?")
    await telegram.until("sendMessage")
    answer = await inline_answer(telegram, "")
    assert len(answer["results"]) == 10
    assert answer["results"][0]["id"] == "baic-response"


@pytest.mark.usefixtures("running_bot")
async def test_an_inline_question_the_story_cannot_answer_offers_nothing_to_send(telegram):
    answer = await inline_answer(telegram, "how much is xiaomi paying hyundai")
    assert answer["results"] == []
    assert answer["button"]["start_parameter"] == "help"
