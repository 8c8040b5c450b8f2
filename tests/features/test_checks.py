"""A reader checks a rumour: forwarded to the bot, /check in a group, or inline in any chat."""

from __future__ import annotations

import time
from urllib.parse import unquote

import pytest

from tests.fake_telegram import updates
from tests.words import said

PRIVATE = 111
GROUP = -100300


def to_chat(chat_id: int):
    return lambda call: int(call.params["chat_id"]) == chat_id


def buttons_of(call) -> list[dict]:
    return [button for row in call.params["reply_markup"]["inline_keyboard"] for button in row]


def forwarded(text: str) -> dict:
    origin = {"type": "hidden_user", "date": int(time.time()) - 60, "sender_user_name": "Uncle Bob"}
    return updates.message(text, chat_id=PRIVATE, forward_origin=origin)


@pytest.mark.usefixtures("running_bot")
async def test_a_forwarded_rumour_gets_a_verdict_with_the_quote_not_an_answer(telegram):
    telegram.push(message=forwarded("BREAKING: Xiaomi signed with BAIC ✅ share before it's deleted"))
    [reply] = await telegram.until("sendMessage", where=to_chat(PRIVATE))
    text = reply.params["text"]
    assert said("verdict-overstated") in text
    assert "Bloomberg" in text
    assert "<blockquote>" in text
    whatsapp = next(button["url"] for button in buttons_of(reply) if "url" in button)
    shared = unquote(whatsapp)
    assert said("verdict-overstated") in shared
    assert "Xiaomi signed with BAIC" in shared
    assert "https://t.me/" in shared
    telegram_share = next(button for button in buttons_of(reply) if "switch_inline_query" in button)
    assert telegram_share["switch_inline_query"].startswith("check ")


@pytest.mark.usefixtures("running_bot")
async def test_a_forwarded_italian_rumour_is_judged_in_italian(telegram):
    telegram.push(message=forwarded("Pare che Xiaomi abbia già ottenuto tutte le licenze per produrre auto"))
    [reply] = await telegram.until("sendMessage", where=to_chat(PRIVATE))
    assert said("verdict-contradicted", "it") in reply.params["text"]
    assert said("reason-not-yet", "it") in reply.params["text"]


@pytest.mark.usefixtures("running_bot")
async def test_a_forwarded_message_with_no_claim_gets_a_hint(telegram):
    telegram.push(message=forwarded("lol 😂😂"))
    [reply] = await telegram.until("sendMessage", where=to_chat(PRIVATE))
    assert reply.params["text"] == said("check-nothing")


@pytest.mark.usefixtures("running_bot")
async def test_check_in_reply_to_a_group_message_checks_that_message(telegram):
    rumour = updates.message(
        "Xiaomi is taking over a BAIC factory in Wuhan!!",
        chat_id=GROUP,
        chat_type="supergroup",
        sender=updates.user(222),
    )
    telegram.push(message=rumour)
    telegram.push(message=updates.message("/check", chat_id=GROUP, chat_type="supergroup", reply_to=rumour))
    [reply] = await telegram.until("sendMessage", where=to_chat(GROUP))
    text = reply.params["text"]
    assert said("verdict-contradicted") in text
    assert "Wuhan" in text
    assert "Qingdao" in text
    assert reply.params["reply_parameters"]["message_id"] != rumour["message_id"], "answers the /check message"


@pytest.mark.usefixtures("running_bot")
async def test_check_with_a_text_and_check_alone(telegram):
    telegram.send("/check Xiaomi's car has a 100 kWh battery", chat_id=PRIVATE)
    [verdict] = await telegram.until("sendMessage", where=to_chat(PRIVATE))
    assert said("verdict-not-in-articles") in verdict.params["text"]
    telegram.send("/check", chat_id=PRIVATE)
    *_, usage = await telegram.until("sendMessage", where=to_chat(PRIVATE), count=2)
    assert usage.params["text"] == said("check-usage")


@pytest.mark.usefixtures("running_bot")
async def test_inline_check_offers_the_verdict_to_post_in_the_group(telegram):
    telegram.push(inline_query=updates.inline_query("check IT'S OFFICIAL Xiaomi's car launches 11 November"))
    [call] = await telegram.until("answerInlineQuery")
    [result] = call.params["results"]
    assert result["title"] == said("verdict-overstated")
    assert "<blockquote>" in result["input_message_content"]["message_text"]
    posted_buttons = [button for row in result["reply_markup"]["inline_keyboard"] for button in row]
    assert not any("callback_data" in button for button in posted_buttons), "callback buttons cannot work there"


@pytest.mark.usefixtures("running_bot")
async def test_a_long_chain_letter_gets_one_line_per_claim_within_telegram_limits(telegram):
    chain = " ".join(
        [
            "FORWARDED MANY TIMES.",
            "Xiaomi is still waiting for its licence.",
            "BAIC confirmed everything yesterday.",
            "The car will have a 150 kWh battery.",
            "Xiaomi bought Hyundai's plant in Beijing, it's official.",
            "NIO teamed up with JAC.",
            "Xiaomi's car launches on 11 November for sure.",
            "Share with everyone!!!",
        ]
        * 3
    )
    telegram.push(message=forwarded(chain))
    [reply] = await telegram.until("sendMessage", where=to_chat(PRIVATE))
    text = reply.params["text"]
    verdicts = [said(f"verdict-{kind}") for kind in ("supported", "overstated", "contradicted", "not-in-articles")]
    assert sum(text.count(verdict) for verdict in verdicts) == 5
    assert len(text.encode("utf-16-le")) // 2 <= 4096
