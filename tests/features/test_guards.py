"""One reader flooding or a failure inside the bot must not spoil the chat for anyone."""

from __future__ import annotations

import logging

import pytest

from bot.features.guards import FloodGuard, SharedFloodGuard, Verdict
from tests.fake_telegram import ApiError, updates
from tests.waiting import eventually
from tests.words import said


class Clock:
    def __init__(self) -> None:
        self.now = 0.0

    def __call__(self) -> float:
        return self.now


async def test_the_flood_guard_warns_once_then_drops_until_the_window_passes():
    clock = Clock()
    guard = FloodGuard(limit=3, window=10, clock=clock)
    assert [await guard.check(1) for _ in range(5)] == [Verdict.ALLOW] * 3 + [Verdict.WARN, Verdict.DROP]
    assert await guard.check(2) is Verdict.ALLOW
    clock.now = 10.0
    assert await guard.check(1) is Verdict.ALLOW


async def test_the_flood_guard_forgets_quiet_users_instead_of_growing_forever(monkeypatch):
    monkeypatch.setattr("bot.features.guards.MAX_TRACKED_USERS", 3)
    clock = Clock()
    guard = FloodGuard(limit=3, window=10, clock=clock)
    for user in range(4):
        await guard.check(user)
    clock.now = 20.0
    await guard.check(99)
    assert len(guard._recent) == 1


async def test_the_shared_flood_guard_counts_in_the_database(store):
    clock = Clock()
    guard = SharedFloodGuard(store, limit=3, window=10, clock=clock)
    other_process = SharedFloodGuard(store, limit=3, window=10, clock=clock)
    verdicts = [await (guard if number % 2 else other_process).check(1) for number in range(5)]
    assert verdicts == [Verdict.ALLOW] * 3 + [Verdict.WARN, Verdict.DROP]
    assert await guard.check(2) is Verdict.ALLOW


async def test_a_burst_straddling_two_windows_is_stopped_like_any_other(store):
    clock = Clock()
    guard = SharedFloodGuard(store, limit=10, window=10, clock=clock)
    clock.now = 9.5
    before = [await guard.check(1) for _ in range(6)]
    clock.now = 10.2
    after = [await guard.check(1) for _ in range(6)]
    assert before + after == [Verdict.ALLOW] * 10 + [Verdict.WARN, Verdict.DROP]
    clock.now = 30.0
    assert await guard.check(1) is Verdict.ALLOW


@pytest.mark.usefixtures("running_bot")
async def test_a_flooding_user_is_slowed_down_and_others_are_still_answered(telegram):
    flooder, other = 501, 502
    for number in range(20):
        telegram.send(f"question number {number} about the licence", chat_id=flooder)
    telegram.send("who wrote the first article?", chat_id=other)
    [answer] = await telegram.until("sendMessage", where=lambda call: int(call.params["chat_id"]) == other)
    assert "Cobucci" in answer.params["text"]
    await telegram.until("sendMessage", count=11, where=lambda call: int(call.params["chat_id"]) == flooder)
    telegram.send("/help", chat_id=other)
    await telegram.until("sendMessage", count=2, where=lambda call: int(call.params["chat_id"]) == other)
    to_flooder = [params["text"] for params in telegram.sent_to(flooder)]
    assert len(to_flooder) == 11
    assert to_flooder.count(said("flood-note")) == 1


@pytest.mark.usefixtures("running_bot")
async def test_typing_an_inline_query_letter_by_letter_is_not_a_flood(telegram):
    typed = "where is the baic plant"
    for length in range(1, len(typed) + 1):
        telegram.push(inline_query=updates.inline_query(typed[:length], sender=updates.user(503)))
    await telegram.until("answerInlineQuery", count=len(typed))
    telegram.send("who wrote the first article?", chat_id=503)
    [answer] = await telegram.until("sendMessage", where=lambda call: int(call.params["chat_id"]) == 503)
    assert "Cobucci" in answer.params["text"]


@pytest.mark.usefixtures("running_bot")
async def test_a_failure_while_answering_is_logged_and_the_user_gets_an_apology(telegram, caplog):
    telegram.fail_next("sendMessage", ApiError(500, "Internal Server Error"))
    with caplog.at_level(logging.ERROR, logger="bot.features.guards"):
        telegram.send("why is xiaomi's car delayed?", chat_id=601)
        calls = await telegram.until("sendMessage", count=2, where=lambda call: int(call.params["chat_id"]) == 601)
    assert calls[1].params["text"] == said("apology")
    assert any(
        "error while handling update" in record.message and "chat=601" in record.message for record in caplog.records
    )
    assert not any("delayed" in record.message for record in caplog.records), "readers' words stay out of logs"


@pytest.mark.usefixtures("running_bot")
async def test_odd_text_gets_a_valid_reply(telegram):
    odd = ["a" * 4096, "🙂🙂🙂", "<b>&amp; bold & </i>", "\u202eevil\u200b\x07", "?"]
    for text in odd:
        telegram.send(text, chat_id=701)
    replies = await telegram.until("sendMessage", count=len(odd), where=lambda call: int(call.params["chat_id"]) == 701)
    assert all(reply.params["text"] != said("apology") for reply in replies)


@pytest.mark.usefixtures("running_bot")
async def test_each_update_is_logged_in_one_line_with_latency_and_match_but_not_its_text(telegram, caplog):
    with caplog.at_level(logging.INFO, logger="bot.updates"):
        telegram.send("when is the launch?", chat_id=711)
        await telegram.until("sendMessage", where=lambda call: int(call.params["chat_id"]) == 711)
        await eventually(lambda: any(record.name == "bot.updates" for record in caplog.records))
    [line] = [record.getMessage() for record in caplog.records if record.name == "bot.updates"]
    assert "type=message chat_type=private" in line
    assert "latency_ms=" in line
    assert "kind=fact fact=debut-date score=" in line
    assert "launch" not in line, "the reader's words stay out of the log"
