"""The desk between the engine and any chat front end."""

from __future__ import annotations

import pytest

from bot.desk import INLINE_RESULTS, Desk
from bot.languages.catalog import Catalog
from bot.languages.detection import LanguageDetector


@pytest.fixture
def desk(real_engine) -> Desk:
    return Desk(real_engine, "xiaomi_story_bot", Catalog(), LanguageDetector())


def test_what_is_asked_most_comes_first_in_the_welcome_and_inline(desk):
    for _ in range(2):
        desk.ask("what did BAIC say about the rumours?", "en")
    desk.ask("When will Xiaomi unveil its first car?", "en")
    assert [fact.id for fact in desk.most_asked(2)] == ["baic-response", "debut-date"]
    assert len(desk.inline("", "en")) == INLINE_RESULTS


def test_related_questions_share_a_topic_and_exclude_the_fact_itself(desk, real_knowledge):
    fact = real_knowledge.fact("hyundai-plant")
    related = desk.related(fact)
    assert 1 <= len(related) <= 3
    assert fact not in related
    assert all("factories" in other.topics for other in related)


def test_a_removed_fact_or_topic_gives_no_reply(desk):
    assert desk.fact("no-such-fact", "en") is None
    assert desk.topic("no-such-topic", "en") is None


def test_the_welcome_examples_come_from_different_topics(desk):
    topics = [fact.topics[0] for fact in desk.examples(3)]
    assert len(set(topics)) == 3
