"""Every message the bot can send is valid Telegram HTML, within limits, and cannot be injected."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from urllib.parse import parse_qs, urlsplit

import pytest

from bot.languages.catalog import LANGUAGES, Catalog
from bot.loader import load_knowledge
from bot.models import Answer, AnswerKind
from bot.render.telegram import (
    alert_reply,
    answer_reply,
    fact_reply,
    fact_shared_by,
    shared_fact_reply,
    sources_reply,
    topics_reply,
    welcome_reply,
)
from tests.fake_telegram.validation import BadRequestError, check_reply_markup, checked_text, plain_text_of_html
from tests.knowledge_builder import TOY_FACTS_YAML, write_toy_knowledge


def assert_telegram_accepts(text: str, keyboard) -> None:
    checked_text({"text": text, "parse_mode": "HTML"})
    check_reply_markup(keyboard.to_dict() if keyboard else None)


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_fact_and_alert_renders_as_a_message_telegram_accepts_in_every_language(real_knowledge, language):
    texts = Catalog().texts(language)
    for fact in real_knowledge.facts:
        reply = fact_reply(fact, real_knowledge.facts[:3], "xiaomi_story_bot", texts)
        assert_telegram_accepts(reply.text, reply.keyboard)
        shared = shared_fact_reply(fact, "xiaomi_story_bot", texts)
        assert_telegram_accepts(shared.text, shared.keyboard)
    for alert in real_knowledge.alerts:
        reply = alert_reply(alert, "xiaomi_story_bot", texts)
        assert_telegram_accepts(reply.text, reply.keyboard)
    for reply in (topics_reply(real_knowledge.topics, texts), welcome_reply(real_knowledge.facts[:3], texts)):
        assert_telegram_accepts(reply.text, reply.keyboard)


def test_a_fact_shows_answer_status_source_and_quote(real_knowledge, english):
    reply = fact_reply(real_knowledge.fact("baic-response"), (), "xiaomi_story_bot", english)
    shown = plain_text_of_html(reply.text)
    assert shown.startswith("BAIC neither confirmed nor denied it")
    assert "BAIC would not confirm it" in shown
    assert "Xiaomi is having problems manufacturing its electric car, by Elenor Kling" in shown
    assert "<blockquote>From BAIC they assure that" in reply.text


def test_the_whatsapp_button_carries_the_answer_and_a_link_back_to_the_fact(real_knowledge, english):
    reply = fact_reply(real_knowledge.fact("debut-date"), (), "xiaomi_story_bot", english)
    urls = [button.url for row in reply.keyboard.inline_keyboard for button in row if button.url]
    [shared] = parse_qs(urlsplit(urls[0]).query)["text"]
    assert "11 November" in shared
    assert "https://t.me/xiaomi_story_bot?start=debut-date" in shared


def test_text_from_the_fact_base_cannot_inject_markup(tmp_path, english):
    hostile = TOY_FACTS_YAML.replace(
        "answer: According to Reuters, Acme is talking",
        "answer: According to Reuters <b>& <a href='x'>co</a>, Acme is talking",
    )
    knowledge = load_knowledge(write_toy_knowledge(tmp_path / "k", {"facts/toy.yaml": hostile}))
    reply = fact_reply(knowledge.fact("zeta-talks"), (), "bot", english)
    assert_telegram_accepts(reply.text, reply.keyboard)
    assert "According to Reuters <b>& <a href='x'>co</a>" in plain_text_of_html(reply.text)


def test_the_fake_server_refuses_what_telegram_refuses():
    with pytest.raises(BadRequestError, match="end tag"):
        checked_text({"text": "<b>open", "parse_mode": "HTML"})
    with pytest.raises(BadRequestError, match="too long"):
        checked_text({"text": "a" * 4097})
    with pytest.raises(BadRequestError, match="BUTTON_DATA_INVALID"):
        check_reply_markup({"inline_keyboard": [[{"text": "x", "callback_data": "x" * 65}]]})


def test_declines_suggestions_topics_and_welcome_are_valid_too(real_knowledge, english):
    unknown = answer_reply(Answer("?", AnswerKind.UNKNOWN), (), "bot", english)
    suggestions = answer_reply(
        Answer("?", AnswerKind.SUGGESTIONS, suggestions=real_knowledge.facts[:3]), (), "bot", english
    )
    for reply in (
        unknown,
        suggestions,
        topics_reply(real_knowledge.topics, english),
        welcome_reply(real_knowledge.facts[:3], english),
    ):
        assert_telegram_accepts(reply.text, reply.keyboard)


def test_a_fact_whose_sources_would_pass_4096_characters_keeps_its_answer(tmp_path, english):
    article = "Acme grew. " + "Acme grew a lot more than anyone expected. " * 200
    long_quote = "Acme grew a lot more than anyone expected. " * 90
    facts = f"""\
- id: growth
  topics: [plans]
  claimed_by: article
  status: stated
  answer: Acme grew.
  questions: [did acme grow]
  sources:
    - article: acme
      quote: "Acme grew."
    - article: acme
      quote: "{long_quote.strip()}"
"""
    knowledge = load_knowledge(
        write_toy_knowledge(tmp_path / "k", {"facts/toy.yaml": facts, "articles/acme.txt": article})
    )
    reply = fact_reply(knowledge.fact("growth"), (), "bot", english)
    assert_telegram_accepts(reply.text, reply.keyboard)
    assert "Acme grew." in reply.text


def test_the_fact_of_an_answer_is_read_back_from_its_share_link(real_knowledge, english):
    reply = fact_reply(real_knowledge.fact("qingdao-plant"), (), "xiaomi_story_bot", english)
    assert fact_shared_by(reply.keyboard) == "qingdao-plant"
    assert fact_shared_by(None) is None


def test_sources_give_each_articles_date_or_say_it_is_not_given(real_knowledge, english):
    undated = sources_reply(real_knowledge.articles, english).text
    assert undated.count(english("published-unknown")) == 2
    dated = replace(real_knowledge.articles[0], published=date(2026, 11, 20), url="https://example.org/a?b=1&c=2")
    text = sources_reply([dated], english).text
    assert english("published-on", date="2026-11-20") in text
    assert 'href="https://example.org/a?b=1&amp;c=2"' in text
    assert_telegram_accepts(text, None)
