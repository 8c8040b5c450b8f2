"""Plain, immutable data shared by the loader, the engine and the renderers."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from bot.yamlfile import Problem
from enum import StrEnum


class Status(StrEnum):
    """How sure a claim is, in the words of the article that carries it."""

    STATED = "stated"  # the article says it in its own voice
    REPORTED = "reported"  # a named outlet or agency reported it
    RUMOURED = "rumoured"  # unnamed rumours
    DENIED = "denied"  # the party concerned denied it
    NO_COMMENT = "no-comment"  # the party concerned would not confirm


class Slot(StrEnum):
    """A kind of information a question can ask for and a fact can give."""

    PRICE = "price"
    NUMBER = "number"
    DATE = "date"
    DURATION = "duration"
    PLACE = "place"
    PERSON = "person"
    NAME = "name"
    HOW_TO = "how-to"  # instructions for the reader; news never gives them
    STATEMENT = "statement"  # what a named party said; given by facts that party claims


@dataclass(frozen=True)
class Translations:
    """An entry's reader-facing texts in languages other than English."""

    texts: tuple[tuple[str, str, str], ...] = ()  # (language, field, text)

    def of(self, language: str) -> dict[str, str]:
        """The fields translated into a language: field -> text."""
        return {field: text for code, field, text in self.texts if code == language}

    def languages(self) -> frozenset[str]:
        return frozenset(code for code, _, _ in self.texts)


@dataclass(frozen=True)
class Article:
    id: str
    title: str
    author: str
    text: str
    published: date | None = None  # as the article gives it; None when unknown, never guessed
    url: str | None = None


@dataclass(frozen=True)
class Source:
    article: Article
    quote: str


@dataclass(frozen=True)
class Topic:
    id: str
    label: str
    description: str
    translations: Translations = Translations()


@dataclass(frozen=True)
class Fact:
    id: str
    topics: tuple[str, ...]
    questions: tuple[str, ...]
    answer: str
    claimed_by: str
    status: Status
    sources: tuple[Source, ...]
    provides: frozenset[Slot] = frozenset()
    keywords: tuple[str, ...] = ()
    disagreement: str = ""
    translations: Translations = Translations()  # answer, disagreement, question (the one shown on buttons)
    updates: str = ""  # the id of an older fact this one supersedes (a later report of the same thing)

    @property
    def headline(self) -> str:
        """The question shown for the fact on buttons: the editor's first, or its answer until it has one."""
        return self.questions[0] if self.questions else self.answer

    @property
    def articles(self) -> tuple[Article, ...]:
        """The distinct articles this fact cites, in citation order."""
        return tuple(dict.fromkeys(source.article for source in self.sources))


@dataclass(frozen=True)
class Alert:
    """A development of the story, pushed once to the subscribers of its topics."""

    id: str
    topics: tuple[str, ...]
    headline: str
    text: str
    claimed_by: str
    status: Status
    sources: tuple[Source, ...]
    publish_at: datetime | None = None  # published by the scheduler once this has passed
    translations: Translations = Translations()

    @property
    def articles(self) -> tuple[Article, ...]:
        return tuple(dict.fromkeys(source.article for source in self.sources))


@dataclass(frozen=True)
class KnowledgeBase:
    """The checked fact base; facts in the order of their first topic in topics.yaml."""

    articles: tuple[Article, ...]
    topics: tuple[Topic, ...]
    facts: tuple[Fact, ...]
    synonyms: tuple[tuple[str, tuple[str, ...]], ...] = ()
    alerts: tuple[Alert, ...] = ()
    version: str = ""  # a fingerprint of the files it was read from
    drafts: tuple[Problem, ...] = ()  # draft facts still to finish; the bot ignores them
    untranslated: tuple[Problem, ...] = ()  # texts still to translate; shown in English meanwhile

    def fact(self, fact_id: str) -> Fact | None:
        return next((fact for fact in self.facts if fact.id == fact_id), None)

    def latest(self, fact: Fact) -> Fact:
        """The newest fact superseding this one (following the chain), or the fact itself."""
        seen = {fact.id}
        while (
            newer := next((other for other in self.facts if other.updates == fact.id), None)
        ) and newer.id not in seen:
            seen.add(newer.id)
            fact = newer
        return fact

    def alert(self, alert_id: str) -> Alert | None:
        return next((alert for alert in self.alerts if alert.id == alert_id), None)

    @property
    def question_count(self) -> int:
        return sum(len(fact.questions) for fact in self.facts)


class AnswerKind(StrEnum):
    FACT = "fact"
    SUGGESTIONS = "suggestions"
    SMALLTALK = "smalltalk"
    UNKNOWN = "unknown"


@dataclass(frozen=True)
class Answer:
    """The engine's verdict on one question; renderers turn it into words."""

    question: str
    kind: AnswerKind
    score: float = 0.0
    fact: Fact | None = None
    suggestions: tuple[Fact, ...] = ()
    missing: Slot | None = None  # a kind of detail asked for that no fact gives
    small_talk: str | None = None
    asks_confirmation: bool = False  # the reader asked whether the claim is sure
    earlier: Fact | None = None  # the fact asked about, when a later one supersedes it: said as what changed

    @property
    def answered(self) -> bool:
        return self.kind is AnswerKind.FACT
