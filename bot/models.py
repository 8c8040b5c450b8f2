"""Plain, immutable data shared by the loader, the engine and the renderers."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from functools import cached_property
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
    YEAR = "year"  # a date without one ("11 November") does not give it
    TIME = "time"  # the hour: "at what time does the launch start?"; a date does not give it
    DAY = "day"  # the exact calendar day: "what's the exact date?"; "almost a month ago" does not give it
    DURATION = "duration"
    TIME_TO = "time-to"  # how long something will take or until it happens: "for months" so far does not give it
    PLACE = "place"
    PERSON = "person"
    NAME = "name"
    SELLER = "seller"  # whom something was bought from: "who did Li Auto buy its factory from?"
    OWNER = "owner"  # whose something is: "who owns the Qingdao plant?", "who owns Brilliance?"
    PLANT = "plant"  # which factory: "which plant did Li Auto buy?" is given only by a fact naming one
    MODEL = "model"  # which car model: "what model is built at BluePark?" is given only by a fact naming one
    OUTCOME = "outcome"  # how something turned out: "did it work out for NIO?"; the articles tell of none
    INFORMANT = "informant"  # who leaked it: "who leaked the November date?"; unnamed rumours do not give it
    TERMS = "terms"  # the conditions of a deal: "on what terms?"; the articles give none
    PUBLISHER = "publisher"  # the website an article ran on, or its author writes for: the articles never name theirs
    REASON = "reason"  # why, or what for: "why would Xiaomi want the plant?"
    HOW_TO = "how-to"  # instructions for the reader; news never gives them
    SUMMARY = "summary"  # the gist of the story or of one article: "what is this story about?", "tl;dr"
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
    language: str | None = None  # the language it was first written in: readers say "the Italian article"


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
    reasons: tuple[str, ...] = ()  # the ids of facts that say why this one is so
    options: tuple[str, ...] = ()  # the ids of facts telling of each option this one lists, in its order
    others: tuple[str, ...] = ()  # the ids of facts telling of others besides this one ("who else?")
    responses: tuple[str, ...] = ()  # the ids of facts telling what is done about it ("what's the workaround?")
    standing: tuple[str, ...] = ()  # the ids of facts telling how far it has got ("signed yet?", "confirmed?")

    @property
    def headline(self) -> str:
        """The question shown for the fact on buttons: the editor's first, or its answer until it has one."""
        return self.questions[0] if self.questions else self.answer

    @property
    def articles(self) -> tuple[Article, ...]:
        """The distinct articles this fact cites, in citation order."""
        return tuple(dict.fromkeys(source.article for source in self.sources))

    @property
    def article_ids(self) -> frozenset[str]:
        """The ids of the articles this fact cites: "the second article" points at facts by them."""
        return frozenset(source.article.id for source in self.sources)


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
    mentions: tuple[Fact, ...] = ()  # which article names what, made from the article texts (mention_facts.py)

    def fact(self, fact_id: str) -> Fact | None:
        return next((fact for fact in (*self.facts, *self.mentions) if fact.id == fact_id), None)

    def latest(self, fact: Fact) -> Fact:
        """The newest fact superseding this one (following the chain), or the fact itself."""
        seen = {fact.id}
        while (newer := self._successors.get(fact.id)) is not None and newer.id not in seen:
            seen.add(newer.id)
            fact = newer
        return fact

    @cached_property
    def _successors(self) -> dict[str, Fact]:
        """Each superseded fact's id -> the first fact that updates it; asked on every question."""
        successors: dict[str, Fact] = {}
        for fact in self.facts:
            if fact.updates:
                successors.setdefault(fact.updates, fact)
        return successors

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
    asks_source: bool = False  # the reader asked which article says it, or who wrote it
    earlier: Fact | None = None  # the fact asked about, when a later one supersedes it: said as what changed
    absent_from: tuple[Article, ...] = ()  # the articles asked about, when only the other one says it

    @property
    def answered(self) -> bool:
        return self.kind is AnswerKind.FACT


class Verdict(StrEnum):
    """What the articles make of a claim someone forwarded."""

    SUPPORTED = "supported"  # they state or report it, no less surely than the message
    OVERSTATED = "overstated"  # they report it only as a report, rumour, talks or option
    CONTRADICTED = "contradicted"  # they say something incompatible
    NOT_IN_ARTICLES = "not-in-articles"  # they say nothing either way


class Reason(StrEnum):
    """Why a claim got its verdict: each has its own sentence in the catalogs."""

    AS_SAID = "as-said"
    SURER_THAN_SOURCE = "surer-than-source"
    OTHER_DETAIL = "other-detail"  # another name, date or number than the articles give
    NO_COMMENT = "no-comment"  # the party would not confirm or deny, the message says it did
    REVERSED = "reversed"  # refused, cancelled, never: where the articles say otherwise
    NOT_YET = "not-yet"  # said to be done (licence granted) where the articles say it is awaited
    UNSAID = "unsaid"
    UNSAID_DETAIL = "unsaid-detail"  # about a fact, but with a detail the articles never give


@dataclass(frozen=True)
class Difference:
    """A detail of a claim set against the fact it is about."""

    kind: str  # company, outlet, place, authority, person, date, number, year
    said: str  # as the claim gives it
    given: str  # as the fact gives it; empty when the fact gives none of that kind


# Most serious first: a message's main claim is its most serious one, so a rumour riding
# on a true sentence is not passed off as supported.
SERIOUSNESS = (Verdict.CONTRADICTED, Verdict.OVERSTATED, Verdict.NOT_IN_ARTICLES, Verdict.SUPPORTED)


@dataclass(frozen=True)
class ClaimCheck:
    """One claim of a forwarded message and its verdict; `fact` is what the articles say about it."""

    text: str
    verdict: Verdict
    reason: Reason
    fact: Fact | None = None
    detail: Difference | None = None  # the detail that decided it, when one did
    nearest: Fact | None = None  # for claims the articles don't make: the closest thing they do say


@dataclass(frozen=True)
class Check:
    """A forwarded message's claims, each with its verdict."""

    message: str
    claims: tuple[ClaimCheck, ...]

    @property
    def main(self) -> ClaimCheck | None:
        """The claim the message stands or falls by: its most serious one, first among equals."""
        if not self.claims:
            return None
        return min(self.claims, key=lambda claim: (SERIOUSNESS.index(claim.verdict), self.claims.index(claim)))
