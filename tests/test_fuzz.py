"""Random and hostile text through the engine and the renderers: never an exception, and
every message is one Telegram accepts."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from bot.desk import Desk
from bot.languages.catalog import Catalog
from bot.languages.detection import LanguageDetector
from bot.render.plain import json_record, plain_text
from tests.fake_telegram.validation import check_reply_markup, checked_text

HOSTILE_PIECES = [
    "<b>",
    "</i>",
    "&",
    "&amp;",
    "&#x110000;",
    "<a href='javascript:alert(1)'>x</a>",
    "\u202e",  # right-to-left override
    "\u200b",  # zero-width space
    "\u200d",
    "\x00",
    "\x07",
    "\ufeff",
    "🙂",
    "👨‍👩‍👧",
    "مرحبا",
    "שלום",
    "xiaomi",
    "licence",
    "how much",
    "?",
    " ",
    "\n",
]
hostile_text = st.one_of(
    st.text(max_size=300),
    st.lists(st.sampled_from(HOSTILE_PIECES), max_size=40).map("".join),
    st.text(alphabet=st.characters(codec="utf-8"), min_size=4000, max_size=4096),
)
FUZZ = settings(
    max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture]
)


@FUZZ
@given(question=hostile_text)
def test_any_text_gets_an_answer_telegram_accepts(real_engine, question):
    reply, _ = Desk(real_engine, "xiaomi_story_bot", Catalog(), LanguageDetector()).ask(question, "en")
    checked_text({"text": reply.text, "parse_mode": "HTML"})
    check_reply_markup(reply.keyboard.to_dict() if reply.keyboard else None)


@FUZZ
@given(question=hostile_text)
def test_any_text_gets_a_terminal_answer_and_a_json_record(real_engine, english, question):
    answer = real_engine.ask(question)
    assert plain_text(answer, english)
    record = json_record(answer, english)
    assert record["answered"] == (record["kind"] == "fact")


@FUZZ
@given(query=hostile_text)
def test_any_inline_query_gets_valid_results(real_engine, query):
    for result in Desk(real_engine, "xiaomi_story_bot", Catalog(), LanguageDetector()).inline(query, "en"):
        checked_text({"text": result.reply.text, "parse_mode": "HTML"})
        check_reply_markup(result.reply.keyboard.to_dict())
