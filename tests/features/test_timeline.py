"""A reader reads how the story developed, page by page."""

from __future__ import annotations

import pytest

from bot.render.telegram import MAX_MESSAGE, telegram_length
from tests.fake_telegram import updates
from tests.words import said

READER = 931


def to_reader(call) -> bool:
    return int(call.params["chat_id"]) == READER


@pytest.mark.usefixtures("running_bot")
async def test_the_timeline_pages_through_every_claim_with_its_date_and_status(telegram):
    telegram.send("/timeline", chat_id=READER)
    [first] = await telegram.until("sendMessage", where=to_reader)
    text = first.params["text"]
    assert text.startswith(said("timeline-heading", page=1, pages=3).split("(")[0])
    assert said("published-unknown") in text
    assert said("status-stated-both") in text
    assert telegram_length(text) <= MAX_MESSAGE
    [[later]] = first.params["reply_markup"]["inline_keyboard"]
    assert later["text"] == said("timeline-next")
    telegram.push(callback_query=updates.callback_query(later["callback_data"], updates.message("x", chat_id=READER)))
    pages = await telegram.until("sendMessage", count=2, where=to_reader)
    second = pages[1].params
    assert "(page 2 of " in second["text"]
    labels = [button["text"] for button in second["reply_markup"]["inline_keyboard"][0]]
    assert labels == [said("timeline-previous"), said("timeline-next")]
