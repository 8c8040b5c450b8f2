"""The editor changes the fact base and reloads it, without the bot going quiet."""

from __future__ import annotations

import re

import pytest

from tests.conftest import ADMIN_ID
from tests.words import said

READER = 901


def to_chat(chat_id: int):
    return lambda call: int(call.params["chat_id"]) == chat_id


async def ask(telegram, text: str, chat_id: int = READER) -> str:
    before = len(telegram.sent_to(chat_id))
    telegram.send(text, chat_id=chat_id)
    calls = await telegram.until("sendMessage", count=before + 1, where=to_chat(chat_id))
    return calls[-1].params["text"]


async def test_an_admin_reloads_an_edited_fact_base_and_readers_get_the_new_answer(telegram, editable_bot):
    launch = editable_bot / "facts" / "launch.yaml"
    launch.write_text(re.sub(r"It is(\s+)not confirmed", r"Still\1not confirmed", launch.read_text(), count=1))
    assert "It is not confirmed" in await ask(telegram, "when is the launch?")
    reply = await ask(telegram, "/reload", chat_id=ADMIN_ID)
    assert reply.startswith("Fact base reloaded: version ")
    assert "Still not confirmed" in await ask(telegram, "when is the launch?")


async def test_a_broken_fact_base_is_refused_and_the_old_one_keeps_answering(telegram, editable_bot):
    (editable_bot / "facts" / "launch.yaml").write_text("- id: debut-date\n  topics: [launch\n")
    reply = await ask(telegram, "/reload", chat_id=ADMIN_ID)
    assert reply.startswith("The fact base failed its check (1 problem(s)); still serving the previous one.")
    assert "launch.yaml:3: invalid YAML" in reply
    assert "November" in await ask(telegram, "when is the launch?")


@pytest.mark.usefixtures("editable_bot")
async def test_only_admins_may_reload(telegram):
    assert await ask(telegram, "/reload") == said("admins-only")


async def test_a_superseding_fact_is_answered_first_with_what_changed_after_a_reload(telegram, editable_bot):
    licence = editable_bot / "facts" / "licence.yaml"
    licence.write_text(
        licence.read_text()
        + """
- id: licence-granted-fiction
  topics: [licence]
  claimed_by: article
  status: stated
  answer: "A fictional test update: the licence is now said to be granted."
  updates: licence-ndrc
  sources:
    - article: 002_29541d7ea7f6684e
      quote: "they need to obtain a  license from the National Development and Reform Commission"
"""
    )
    assert (await ask(telegram, "/reload", chat_id=ADMIN_ID)).startswith("Fact base reloaded")
    reply = await ask(telegram, "Which commission must give Xiaomi its licence?")
    assert reply.startswith("<b>Update, per Elenor Kling (a later article): A fictional test update")
    assert "Earlier, the article by Elenor Kling said:" in reply
    checked = await ask(telegram, "/check Xiaomi is still waiting for its licence from the NDRC")
    assert said("verdict-supported") not in checked, "checked against the newest report, not the one it replaced"
    assert "A fictional test update" in checked
