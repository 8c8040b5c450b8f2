"""What the editor learns from the questions journal: what went unanswered, and usage."""

from __future__ import annotations

import time
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

from rapidfuzz import fuzz

from bot.answering.engine import Engine
from bot.storage import AskedQuestion

SIMILAR = 75  # rapidfuzz token_set_ratio at which two questions are the same question
NOT_ANSWERED = ("unknown", "suggestions")
# Checked claims the articles say nothing about: the rumours going round, for the editor.
UNCOVERED_CLAIM = "check-not-in-articles"
CHECKED = "check-"  # journal kinds of checked messages start so; they are not questions
TOP_FACTS = 10


@dataclass(frozen=True)
class UnansweredGroup:
    count: int
    example: str  # the most frequent wording
    wordings: tuple[str, ...]
    nearest_fact: str | None
    nearest_score: float


@dataclass(frozen=True)
class DayUsage:
    day: str
    questions: int
    answered: int

    @property
    def answer_rate(self) -> float:
        return self.answered / self.questions if self.questions else 0.0


def unanswered(questions: Sequence[AskedQuestion], engine: Engine) -> list[UnansweredGroup]:
    """Declined questions and uncovered rumours grouped by similar wording, most frequent
    first, each with the fact it came closest to, so the editor can add a phrasing there or a new fact."""
    counts = Counter(
        question.text for question in questions if question.kind in (*NOT_ANSWERED, UNCOVERED_CLAIM) and question.text
    )
    groups: list[list[str]] = []
    for text, _ in counts.most_common():
        home = next((group for group in groups if fuzz.token_set_ratio(text, group[0]) >= SIMILAR), None)
        if home is None:
            groups.append([text])
        else:
            home.append(text)
    report = []
    for group in groups:
        nearest = engine.rank(group[0], limit=1)
        report.append(
            UnansweredGroup(
                count=sum(counts[text] for text in group),
                example=group[0],
                wordings=tuple(group),
                nearest_fact=nearest[0].fact.id if nearest else None,
                nearest_score=nearest[0].score if nearest else 0.0,
            )
        )
    return sorted(report, key=lambda group: -group.count)


def usage_by_day(questions: Sequence[AskedQuestion]) -> list[DayUsage]:
    """Questions per day (small talk and checked messages left out) and how many got a fact."""
    asked: Counter[str] = Counter()
    answered: Counter[str] = Counter()
    for question in questions:
        if question.kind == "smalltalk" or question.kind.startswith(CHECKED):
            continue
        day = time.strftime("%Y-%m-%d", time.gmtime(question.asked_at))
        asked[day] += 1
        answered[day] += question.kind == "fact"
    return [DayUsage(day, asked[day], answered[day]) for day in sorted(asked)]


def top_facts(questions: Sequence[AskedQuestion], count: int = TOP_FACTS) -> list[tuple[str, int]]:
    """The facts most asked about (checked messages left out: they are not questions)."""
    asked = (question.fact_id for question in questions if question.fact_id and not question.kind.startswith(CHECKED))
    return Counter(asked).most_common(count)


def parse_since(value: str) -> float:
    """'7d', '24h', '30m' -> that many seconds; raises ValueError otherwise."""
    units = {"d": 86_400, "h": 3_600, "m": 60}
    number, unit = value[:-1], value[-1:]
    if unit not in units or not number.isdigit():
        raise ValueError(f"--since {value!r}: use a number and d, h or m, like 7d")
    return int(number) * units[unit]
