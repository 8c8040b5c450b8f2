"""Checks one fact entry of a facts/*.yaml file and builds the Fact it describes."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from bot.fields import EntryChecker, squash_spaces
from bot.models import Article, Fact, Slot, Source, Status, Topic
from bot.text import fold
from bot.yamlfile import Mapping, Sequence

FACT_FIELDS = {
    "id": True,
    "topics": True,
    "claimed_by": True,
    "status": True,
    "answer": True,
    "questions": True,
    "sources": True,
    "provides": False,
    "keywords": False,
    "disagreement": False,
}
SOURCE_FIELDS = {"article": True, "quote": True}
ARTICLE_VOICE = "article"
MAX_ANSWER = 1000  # a Telegram message holds 4096, with room left for the sources
MAX_ID = 60  # fact ids travel in button data and deep links, which allow 64


class FactReader:
    """Checks one fact entry field by field and builds the Fact when all is well."""

    def __init__(
        self,
        checker: EntryChecker,
        path: Path,
        entry: Mapping,
        articles: dict[str, Article] | None,
        topics: dict[str, Topic] | None,
    ) -> None:
        self.checker, self.path, self.entry = checker, path, entry
        self.articles, self.topics = articles, topics
        self.what = "fact"
        self.ok = True

    def _complain(self, key: str, message: str) -> None:
        self.checker.complain(self.path, self.entry.line_of(key), f"{self.what}: {message}")
        self.ok = False

    def read(self, seen_ids: dict[str, tuple[Path, int]]) -> Fact | None:
        checker, path, entry = self.checker, self.path, self.entry
        self.ok = checker.fields_ok(path, entry, FACT_FIELDS, "fact")
        fact_id = checker.identifier(path, entry, "fact", seen_ids)
        self.what = f"fact {fact_id or entry.get('id')!r}"
        self.ok = self.ok and fact_id is not None
        if fact_id and len(fact_id) > MAX_ID:
            self._complain("id", f"id is {len(fact_id)} characters; keep it under {MAX_ID}")
        answer = checker.text(path, entry, "answer", self.what)
        if answer and len(answer) > MAX_ANSWER:
            self._complain("answer", f"answer is {len(answer)} characters; keep it under {MAX_ANSWER}")
        claimed_by = checker.text(path, entry, "claimed_by", self.what)
        fact = Fact(
            id=fact_id or "",
            topics=tuple(self._topics()),
            questions=tuple(self._questions()),
            answer=answer or "",
            claimed_by=self._claimant(claimed_by, answer),
            status=self._enum("status", Status),
            sources=tuple(self._sources()),
            provides=frozenset(self._slots()),
            keywords=tuple(checker.texts(path, entry, "keywords", self.what)),
            disagreement=self._optional_text("disagreement"),
        )
        return fact if self.ok and answer and claimed_by else None

    def _topics(self) -> list[str]:
        topics = self.checker.texts(self.path, self.entry, "topics", self.what)
        if "topics" in self.entry and not topics:
            self._complain("topics", "list at least one topic")
        for topic in topics:
            if self.topics is not None and topic not in self.topics:
                self._complain("topics", f"unknown topic {topic!r} (topics.yaml has: {', '.join(self.topics)})")
        return topics

    def _questions(self) -> list[str]:
        questions = self.checker.texts(self.path, self.entry, "questions", self.what)
        if "questions" in self.entry and not questions:
            self._complain("questions", "list at least one question")
        for question in questions:
            if not fold(question):
                self._complain("questions", f"question {question!r} has no words in it")
        return questions

    def _claimant(self, claimed_by: str | None, answer: str | None) -> str:
        if not claimed_by:
            return ""
        named = claimed_by.lower().rstrip("s")
        if claimed_by != ARTICLE_VOICE and answer and named not in answer.lower():
            self._complain("answer", f"the answer must say who claims it: name {claimed_by!r} in it")
        return claimed_by

    def _enum(self, key: str, kind: type[Status]) -> Status:
        value = self.entry.get(key)
        try:
            return kind(value)
        except ValueError:
            if key in self.entry:
                choices = " | ".join(member.value for member in kind)
                self._complain(key, f"{key} {value!r} is not one of {choices}")
            return Status.STATED

    def _slots(self) -> list[Slot]:
        slots = []
        choices = [slot.value for slot in Slot if slot not in (Slot.STATEMENT, Slot.HOW_TO)]
        for value in self.checker.texts(self.path, self.entry, "provides", self.what):
            if value in choices:
                slots.append(Slot(value))
            else:
                self._complain("provides", f"provides {value!r} is not one of {', '.join(choices)}")
        return slots

    def _optional_text(self, key: str) -> str:
        if key not in self.entry:
            return ""
        return self.checker.text(self.path, self.entry, key, self.what) or ""

    def _sources(self) -> list[Source]:
        value = self.entry.get("sources")
        if "sources" in self.entry and (not isinstance(value, Sequence) or not value):
            self._complain("sources", "sources must be a list of (article, quote) entries")
            return []
        sources = []
        for item, line in zip(value or [], getattr(value, "item_lines", []), strict=False):
            source = self._source(item, line)
            if source:
                sources.append(source)
        return sources

    def _source(self, item: Any, line: int) -> Source | None:
        checker, path = self.checker, self.path
        if not isinstance(item, Mapping):
            checker.complain(path, line, f"{self.what}: a source needs 'article:' and 'quote:'")
            self.ok = False
            return None
        if not checker.fields_ok(path, item, SOURCE_FIELDS, f"{self.what} source"):
            self.ok = False
            return None
        if self.articles is None:
            self.ok = False  # the articles file is broken; its problem is reported already
            return None
        article = self.articles.get(str(item["article"]))
        quote = checker.text(path, item, "quote", f"{self.what} source")
        if article is None:
            known = ", ".join(self.articles)
            checker.complain(
                path, item.line_of("article"), f"{self.what}: unknown article {item['article']!r} (known: {known})"
            )
        elif quote and quote not in squash_spaces(article.text):
            checker.complain(
                path,
                item.line_of("quote"),
                f"{self.what}: quote not found word for word in article {article.id}: {quote!r}",
            )
        else:
            return Source(article, quote) if quote else None
        self.ok = False
        return None
