"""The news desk: turns what a reader asks or presses into a reply, for any chat front end.

It joins the engine (what to answer) and the Telegram renderer (how it looks), and keeps
count of what is asked most. It knows nothing of updates or handlers: features call it.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from bot import update_log
from bot.answering.engine import SUGGEST_THRESHOLD, Engine
from bot.checking.checker import Checker
from bot.conversations import Conversation
from bot.journal import QuestionLog
from bot.languages.catalog import Catalog, Texts
from bot.languages.detection import LanguageDetector
from bot.languages.wording import in_language
from bot.models import AnswerKind, Fact, KnowledgeBase
from bot.render import checks as render_checks
from bot.render import telegram as render
from bot.render.telegram import Reply
from bot.render.words import verdict_label
from bot.storage import EVERYTHING
from bot.timeline import developments

RELATED_FACTS = 3
ALL_WORDS = frozenset({"all", "everything", "*", "tutto", "tutti", "tutte", "todo", "todos", "todas"})
INLINE_RESULTS = 10
WELCOME_EXAMPLES = 3


@dataclass(frozen=True)
class InlineResult:
    """One choice in inline mode: the fact it sends and the reply it sends as."""

    fact: Fact
    reply: Reply


@dataclass
class Desk:
    engine: Engine
    bot_username: str
    catalog: Catalog
    detector: LanguageDetector
    journal: QuestionLog | None = None
    asked: Counter[str] = field(default_factory=Counter)
    checker: Checker = field(init=False)

    def __post_init__(self) -> None:
        self.checker = Checker(self.engine)

    def switch(self, engine: Engine, checker: Checker) -> None:
        """Answers and checks from a new fact base from now on (both built off the event loop)."""
        self.engine, self.checker = engine, checker

    @property
    def knowledge(self) -> KnowledgeBase:
        return self.engine.knowledge

    def texts(self, language: str) -> Texts:
        return self.catalog.texts(language)

    def language_said(self, text: str) -> str | None:
        """The language a message is clearly written in; None for "Qingdao?" or a mix."""
        return self.detector.clear_language(text)

    def ask(self, question: str, language: str, conversation: Conversation | None = None) -> tuple[Reply, Conversation]:
        """The reply, and the conversation as it stands after it (for the next follow-up)."""
        conversation = conversation or Conversation()
        texts = self.texts(language)
        answer = self.engine.ask(question, self.knowledge.fact(conversation.about or ""), conversation.asked_source)
        update_log.note_answer(answer)
        if self.journal is not None:
            self.journal.note(answer)
        related: list[Fact] = []
        if answer.kind is AnswerKind.FACT and answer.fact:
            self.asked[answer.fact.id] += 1
            related = self.related(answer.fact)
        return render.answer_reply(answer, related, self.bot_username, texts), conversation.after(answer, language)

    def check(self, message: str, language: str) -> Reply:
        """The verdict on a forwarded message; rumours the articles don't cover go to the editor's journal."""
        check = self.checker.check(message)
        if self.journal is not None:
            self.journal.note_check(check)
        return render_checks.check_reply(check, self.bot_username, self.texts(language))

    def inline_check(self, message: str, language: str) -> tuple[str, Reply] | None:
        """For inline mode: the main verdict's label and the message to post; None with nothing to check."""
        check = self.checker.check(message)
        if check.main is None:
            return None
        texts = self.texts(language)
        return verdict_label(check.main, texts), render_checks.shared_check_reply(check, self.bot_username, texts)

    def fact(self, fact_id: str, language: str) -> Reply | None:
        """The reply for a fact chosen by button or deep link, or None if it is gone."""
        fact = self.knowledge.fact(fact_id)
        if fact is None:
            return None
        self.asked[fact.id] += 1
        return render.fact_reply(fact, self.related(fact), self.bot_username, self.texts(language))

    def related(self, fact: Fact) -> list[Fact]:
        """Other facts on the fact's first topic, for "ask next" buttons."""
        siblings = [other for other in self.knowledge.facts if other.id != fact.id and fact.topics[0] in other.topics]
        return siblings[:RELATED_FACTS]

    def welcome(self, language: str) -> Reply:
        return render.welcome_reply(self.examples(WELCOME_EXAMPLES), self.texts(language))

    def examples(self, count: int) -> list[Fact]:
        """The most asked fact of each topic, so the first questions shown cover the story."""
        per_topic: dict[str, Fact] = {}
        for fact in self.most_asked(len(self.knowledge.facts)):
            per_topic.setdefault(fact.topics[0], fact)
        return list(per_topic.values())[:count]

    def help(self, language: str) -> Reply:
        return render.help_reply(self.bot_username, self.texts(language))

    def topics(self, language: str) -> Reply:
        return render.topics_reply(self.knowledge.topics, self.texts(language))

    def languages(self, language: str) -> Reply:
        return render.language_reply(self.texts(language))

    def topic(self, topic_id: str, language: str) -> Reply | None:
        topic = next((topic for topic in self.knowledge.topics if topic.id == topic_id), None)
        if topic is None:
            return None
        facts = [fact for fact in self.knowledge.facts if topic_id in fact.topics]
        return render.topic_reply(topic, facts, self.texts(language))

    def timeline(self, page: int, language: str) -> Reply:
        texts = self.texts(language)
        return render.timeline_reply(render.timeline_pages(developments(self.knowledge), texts), page, texts)

    def sources(self, language: str) -> Reply:
        return render.sources_reply(self.knowledge.articles, self.texts(language))

    def most_asked(self, count: int) -> list[Fact]:
        """The most asked facts so far; the editor's order breaks ties and fills gaps."""
        order = {fact.id: index for index, fact in enumerate(self.knowledge.facts)}
        ranked = sorted(self.knowledge.facts, key=lambda fact: (-self.asked[fact.id], order[fact.id]))
        return ranked[:count]

    def inline(self, query: str, language: str) -> list[InlineResult]:
        """Choices for inline mode: best matches first; the most asked when the query is empty.

        A question the story does not answer gets no choices: sending a near miss into a
        chat would answer something else.
        """
        if not query.strip():
            facts = self.most_asked(INLINE_RESULTS)
        else:
            answer = self.engine.ask(query)
            if answer.kind not in (AnswerKind.FACT, AnswerKind.SUGGESTIONS):
                return []
            chosen = [answer.fact] if answer.fact else list(answer.suggestions)
            ranked = self.engine.rank(query, INLINE_RESULTS)
            chosen += [match.fact for match in ranked if match.score >= SUGGEST_THRESHOLD]
            facts = list(dict.fromkeys(chosen))
        texts = self.texts(language)
        return [
            InlineResult(in_language(fact, language), render.shared_fact_reply(fact, self.bot_username, texts))
            for fact in facts[:INLINE_RESULTS]
        ]

    def topics_named(self, words: Sequence[str]) -> tuple[list[str], list[str]]:
        """The topic ids the words name (by id or label in any language, or "all"), and the words that name none."""
        by_name = dict.fromkeys(ALL_WORDS, EVERYTHING)
        for topic in self.knowledge.topics:
            by_name[topic.id.lower()] = topic.id
            by_name[topic.label.lower()] = topic.id
            for language in topic.translations.languages():
                by_name[topic.translations.of(language).get("label", topic.id).lower()] = topic.id
        topics = [by_name[word.lower()] for word in words if word.lower() in by_name]
        unknown = [word for word in words if word.lower() not in by_name]
        return list(dict.fromkeys(topics)), unknown

    def topic_labels(self, topic_ids: Iterable[str], language: str) -> str:
        """How a set of followed topics reads: "Licence, Partners", or "everything"."""
        ids = set(topic_ids)
        if EVERYTHING in ids:
            return self.texts(language)("everything-label")
        labels = {topic.id: in_language(topic, language).label for topic in self.knowledge.topics}
        return ", ".join(labels.get(topic_id, topic_id) for topic_id in sorted(ids))

    def unknown_topics_text(self, unknown: Sequence[str], language: str) -> str:
        known = ", ".join(topic.id for topic in self.knowledge.topics)
        return self.texts(language)("unknown-topics", unknown=", ".join(unknown), known=known)
