"""Checks the fields that facts and alerts share: topics, who claims it, status, sources."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from bot.fields import EntryChecker, squash_spaces
from bot.models import Article, Source, Status, Topic
from bot.yamlfile import Mapping, Problem, Sequence

SOURCE_FIELDS = {"article": True, "quote": True}
ARTICLE_VOICE = "article"
# Who claims what only rumours say.
RUMOURS = "rumours"
MAX_ID = 60  # ids travel in button data and deep links, which allow 64


def names_claimant(text: str, claimed_by: str) -> bool:
    """Whether a text says who claims it ("rumours" is named by "rumour"); the article's own voice needs no name."""
    return claimed_by == ARTICLE_VOICE or claimed_by.lower().rstrip("s") in text.lower()


class ClaimReader:
    """Reads one entry field by field, noting problems; subclasses build the object."""

    kind = "entry"
    claim_key = "answer"  # the field that must name who claims it

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
        self.what = self.kind
        self.ok = True
        self.untranslated: list[Problem] = []  # translations still to write: to-dos, not errors

    def _begin(self, fields: dict[str, bool], seen_ids: dict[str, tuple[Path, int]]) -> str | None:
        """Checks the entry's fields and id; names the entry in later complaints."""
        checker, path, entry = self.checker, self.path, self.entry
        self.ok = checker.fields_ok(path, entry, fields, self.kind)
        entry_id = checker.identifier(path, entry, self.kind, seen_ids)
        self.what = f"{self.kind} {entry_id or entry.get('id')!r}"
        self.ok = self.ok and entry_id is not None
        if entry_id and len(entry_id) > MAX_ID:
            self._complain("id", f"id is {len(entry_id)} characters; keep it under {MAX_ID}")
        return entry_id

    def _text(self, key: str, max_length: int) -> str | None:
        text = self.checker.text(self.path, self.entry, key, self.what)
        if text and len(text) > max_length:
            self._complain(key, f"{key} is {len(text)} characters; keep it under {max_length}")
        if text is None and key in self.entry:
            self.ok = False
        return text

    def _complain(self, key: str, message: str) -> None:
        self.checker.complain(self.path, self.entry.line_of(key), f"{self.what}: {message}")
        self.ok = False

    def _topics(self) -> list[str]:
        topics = self.checker.texts(self.path, self.entry, "topics", self.what)
        if "topics" in self.entry and not topics:
            self._complain("topics", "list at least one topic")
        for topic in topics:
            if self.topics is not None and topic not in self.topics:
                self._complain("topics", f"unknown topic {topic!r} (topics.yaml has: {', '.join(self.topics)})")
        return topics

    def _claimant(self, claimed_by: str | None, answer: str | None) -> str:
        if not claimed_by:
            return ""
        if answer and not names_claimant(answer, claimed_by):
            self._complain(self.claim_key, f"the {self.claim_key} must say who claims it: name {claimed_by!r} in it")
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
