"""The editor's view of what readers asked."""

from __future__ import annotations

import pytest

from bot.reports import parse_since, top_facts, unanswered, usage_by_day
from bot.storage import AskedQuestion

DAY = 86_400.0


def asked(kind: str, text: str | None = None, fact_id: str | None = None, day: int = 0) -> AskedQuestion:
    return AskedQuestion(day * DAY + 60, kind, fact_id, 0.2, text)


def test_unanswered_questions_are_grouped_by_wording_most_frequent_first(real_engine):
    questions = [
        asked("unknown", "who is xiaomi ceo"),
        asked("unknown", "who is the ceo of xiaomi"),
        asked("unknown", "xiaomi ceo name"),
        asked("unknown", "price of the car"),
        asked("suggestions", "price of the car"),
        asked("fact", None, "debut-date"),
    ]
    groups = unanswered(questions, real_engine)
    assert [group.count for group in groups] == [3, 2]
    assert groups[0].example == "who is xiaomi ceo"
    assert set(groups[0].wordings) == {"who is xiaomi ceo", "who is the ceo of xiaomi", "xiaomi ceo name"}
    assert groups[1].nearest_fact is not None


def test_usage_counts_questions_and_answers_per_day_without_small_talk():
    questions = [
        asked("fact", fact_id="a"),
        asked("unknown", "x"),
        asked("smalltalk"),
        asked("fact", fact_id="a", day=1),
    ]
    days = usage_by_day(questions)
    assert [(day.day, day.questions, day.answered) for day in days] == [("1970-01-01", 2, 1), ("1970-01-02", 1, 1)]
    assert days[0].answer_rate == 0.5
    assert top_facts(questions) == [("a", 2)]


@pytest.mark.parametrize(("text", "seconds"), [("7d", 7 * DAY), ("24h", DAY), ("30m", 1_800)])
def test_since_reads_days_hours_and_minutes(text, seconds):
    assert parse_since(text) == seconds


def test_since_refuses_what_it_cannot_read():
    with pytest.raises(ValueError, match="like 7d"):
        parse_since("a week")


def test_checked_rumours_the_articles_do_not_cover_are_reported_but_are_not_questions(real_engine):
    questions = [
        asked("check-not-in-articles", "xiaomi car has a 100 kwh battery"),
        asked("check-not-in-articles", "the xiaomi car has a 100 kwh battery"),
        asked("check-supported", None, "licence-awaited"),
        asked("fact", fact_id="debut-date"),
    ]
    [group] = unanswered(questions, real_engine)
    assert group.count == 2
    assert [(day.questions, day.answered) for day in usage_by_day(questions)] == [(1, 1)]
    assert top_facts(questions) == [("debut-date", 1)]
