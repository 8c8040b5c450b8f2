"""Answers about the articles themselves, from the facts made of their texts (bot/mention_facts.py)
and the editor's bylines and summaries: which article names what, who wrote it, what it says in short.

The questions are told apart by mentions.py; this answers them, or gives them back (None)
to matching when the story's facts answer better.
"""

from __future__ import annotations

from dataclasses import replace
from itertools import pairwise

from bot.answering.fact_details import FactDetails
from bot.answering.mentions import MentionQuestion
from bot.answering.question import Question
from bot.mention_facts import ANY, COMMON, absent_fact_id, kind_fact_id, name_fact_id
from bot.models import Answer, AnswerKind, Fact, KnowledgeBase, Slot


class ArticleAnswers:
    """Where the articles name things and who wrote them, for one fact base."""

    def __init__(self, knowledge: KnowledgeBase, details: FactDetails) -> None:
        self._mentioned = {fact.id: fact for fact in knowledge.mentions}
        self._positions = {article.id: position for position, article in enumerate(knowledge.articles, start=1)}
        self._bylines = _bylines(knowledge)
        self._summaries = _summaries(knowledge)
        self._details = details
        self.byline_ids = frozenset(fact.id for fact in self._bylines.values())  # the editor's "who wrote it" facts

    def byline(self, article_id: str) -> Fact | None:
        """The editor's fact saying who wrote one article, if there is one."""
        return self._bylines.get(frozenset({article_id}))

    def summary(self, question: Question) -> Answer | None:
        """ "Summarise article 2", "di cosa parla il primo articolo?": the editor's summary of the
        one article pointed at; None when the question asks no summary, or of no single article."""
        if Slot.SUMMARY not in question.intent.slots or len(question.articles) != 1:
            return None
        summary = self._summaries.get(question.articles)
        return question.answered_with(summary, 1.0) if summary is not None else None

    def listed_in_the_other(self, about: Fact | None) -> Fact | None:
        """After "which ministry does the first article name?", the same list of the other article
        ("¿y el segundo?"), when the last answer was such a list and the other names any."""
        if about is None or len(about.article_ids) != 1:
            return None
        prefix, _, position = about.id.rpartition("-")
        kind = prefix.removeprefix("named-")
        if about.id != kind_fact_id(kind, position) or kind_fact_id(kind, ANY) not in self._mentioned:
            return None
        others = [str(place) for article, place in self._positions.items() if article not in about.article_ids]
        return self._mentioned.get(kind_fact_id(kind, others[0])) if len(others) == 1 else None

    def answer(self, question: Question, about: Fact | None = None) -> Answer | None:
        """Which article names what or who wrote it, from the article texts (bot/mention_facts.py);
        that none names it is the articles not saying. None: not such a question, one the
        story's facts answer better ("which one names Qingdao, and which Chery?"), or one about
        the conversation's fact (`about`): "who wrote that?", "and the other writer?"."""
        mention = question.mention
        if mention is None:
            return None
        about_its_own = mention.articles or mention.names or mention.kind or mention.common
        if not about_its_own and (about is not None or question.other_article):
            return None
        if mention.byline:
            return self._byline(question, mention)
        text = question.text
        asked = next(iter(mention.articles)) if len(mention.articles) == 1 else None
        if mention.kind is not None:
            scope = str(self._positions[asked]) if asked else COMMON if mention.common else ANY
            return self._named_answer(self._mentioned.get(kind_fact_id(mention.kind, scope)), text)
        found = [(name, fact) for name in mention.names if (fact := self._mentioned.get(name_fact_id(name)))]
        if not found:
            return Answer(text, AnswerKind.UNKNOWN)
        # "Which piece mentions BAIC BluePark?": names whose articles nest are told apart by the
        # fewest; "which names Qingdao, and which Chery?" asks two things, left to the story's facts.
        found.sort(key=lambda named: len(named[1].article_ids))
        if any(not small.article_ids <= large.article_ids for (_, small), (_, large) in pairwise(found)):
            return None
        name, fact = found[0]
        if asked and asked not in fact.article_ids:
            # "Does the first article mention Hyundai?" "No: ... only the second does."
            return self._named_answer(self._mentioned.get(absent_fact_id(name, self._positions[asked])), text)
        return self._named_answer(fact, text)

    def _byline(self, question: Question, mention: MentionQuestion) -> Answer | None:
        """Who wrote the article asked about, the one article naming every name asked about, or
        all of them; None when the question asks a detail the byline does not give ("how old is he?")."""
        articles = mention.articles if len(mention.articles) == 1 else frozenset(self._positions)
        if mention.names:
            naming = [self._mentioned.get(name_fact_id(name)) for name in mention.names]
            if None in naming:
                return None
            articles = frozenset.intersection(*(fact.article_ids for fact in naming if fact is not None))
            if len(articles) != 1:
                return None
        byline = self._bylines.get(articles)
        if byline is None or not all(
            self._details.gives_now(byline, slot, question) for slot in question.asked_details
        ):
            return None
        return replace(self._named_answer(byline, question.text), asks_source=question.intent.asks_source)

    @staticmethod
    def _named_answer(fact: Fact | None, text: str) -> Answer:
        if fact is None:
            return Answer(text, AnswerKind.UNKNOWN)
        return Answer(text, AnswerKind.FACT, score=1.0, fact=fact)


def _summaries(knowledge: KnowledgeBase) -> dict[frozenset[str], Fact]:
    """The id of one article -> the editor's fact summing up that article alone."""
    return {
        frozenset({article.id}): fact
        for article in knowledge.articles
        for fact in knowledge.facts
        if fact.article_ids == {article.id} and Slot.SUMMARY in fact.provides
    }


def _bylines(knowledge: KnowledgeBase) -> dict[frozenset[str], Fact]:
    """The ids of one article, or of them all -> the editor's fact saying who wrote them: the
    one citing those articles alone that gives a person and names their authors."""
    scopes = [[article] for article in knowledge.articles] + [list(knowledge.articles)]
    return {
        frozenset(article.id for article in scope): fact
        for scope in scopes
        for fact in knowledge.facts
        if fact.article_ids == {article.id for article in scope}
        and Slot.PERSON in fact.provides
        and all(article.author in fact.answer for article in scope)
    }
