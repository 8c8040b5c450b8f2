"""Reads the fact base from `knowledge/` and checks everything an editor can get wrong.

Every problem is reported with its file and line, all at once, so one run of
`python -m bot check` gives the editor the full list of what to fix.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from datetime import date, datetime
from pathlib import Path
from typing import TypeVar

from bot.alert_reader import AlertReader
from bot.answering.names import story_names
from bot.answering.text import LANGUAGES, fold, reading_cues
from bot.draft_reader import DraftReader
from bot.fact_reader import FactReader
from bot.fields import EntryChecker
from bot.languages.catalog import Catalog
from bot.mention_facts import mention_facts
from bot.models import Alert, Article, Fact, KnowledgeBase, Topic
from bot.translation_reader import read_translations
from bot.yamlfile import Mapping, Problem

ARTICLE_FIELDS = {"id": True, "title": True, "author": True, "published": False, "url": False, "language": False}
TOPIC_FIELDS = {"id": True, "label": True, "description": True, "translations": False}
MAX_TOPIC_TEXT = 200
T = TypeVar("T")


class KnowledgeError(Exception):
    """The fact base failed its check; `problems` says where and why."""

    def __init__(self, problems: list[Problem]) -> None:
        super().__init__("\n".join(map(str, problems)))
        self.problems = problems


def load_knowledge(directory: Path) -> KnowledgeBase:
    """The checked fact base, or KnowledgeError listing every problem found."""
    return _Reader(directory).read()


def _mentions(articles: tuple[Article, ...]) -> tuple[Fact, ...]:
    """Which article names what, worded in every language readers use."""
    catalog = Catalog()
    return mention_facts(articles, story_names(), {language: catalog.texts(language) for language in LANGUAGES})


class _Reader:
    def __init__(self, directory: Path) -> None:
        self.directory = directory
        self.checker = EntryChecker()
        self.untranslated: list[Problem] = []

    def read(self) -> KnowledgeBase:
        if not self.directory.is_dir():
            raise KnowledgeError([Problem(self.directory, 0, "knowledge folder not found")])
        articles = self._unless_broken(lambda: {article.id: article for article in self._read_articles()})
        topics = self._unless_broken(lambda: {topic.id: topic for topic in self._read_topics()})
        synonyms = self._read_synonyms()
        facts = self._read_facts(articles, topics)
        alerts = self._read_alerts(articles, topics)
        drafts = self._read_drafts(articles, topics)
        if self.checker.problems or articles is None or topics is None:
            raise KnowledgeError(self.checker.problems)
        topic_order = list(topics)
        facts.sort(key=lambda fact: topic_order.index(fact.topics[0]))
        return KnowledgeBase(
            tuple(articles.values()),
            tuple(topics.values()),
            tuple(facts),
            synonyms,
            tuple(alerts),
            self._version(),
            tuple(drafts),
            tuple(self.untranslated),
            _mentions(tuple(articles.values())),
        )

    def _version(self) -> str:
        """A short fingerprint of every file read, to tell which fact base is being served."""
        digest = hashlib.sha256()
        for path in sorted(self.directory.rglob("*")):
            if path.is_file() and path.suffix in (".yaml", ".txt"):
                digest.update(str(path.relative_to(self.directory)).encode())
                digest.update(path.read_bytes())
        return digest.hexdigest()[:12]

    def _unless_broken(self, read: Callable[[], dict[str, T]]) -> dict[str, T] | None:
        """What `read` returns, or None if it found problems: facts are then not checked
        against it, so one broken file gives one complaint, not one per fact."""
        problems_before = len(self.checker.problems)
        result = read()
        return result if len(self.checker.problems) == problems_before else None

    def _read_articles(self) -> list[Article]:
        path = self.directory / "articles.yaml"
        articles: list[Article] = []
        seen: dict[str, tuple[Path, int]] = {}
        for entry in self.checker.entries(path):
            ok = self.checker.fields_ok(path, entry, ARTICLE_FIELDS, "article")
            article_id = self.checker.identifier(path, entry, "article", seen)
            title = self.checker.text(path, entry, "title", f"article {article_id}")
            author = self.checker.text(path, entry, "author", f"article {article_id}")
            if not (ok and article_id and title and author):
                continue
            text_path = self.directory / "articles" / f"{article_id}.txt"
            try:
                text = text_path.read_text(encoding="utf-8")
            except (OSError, UnicodeDecodeError) as error:
                self.checker.complain(
                    path, entry.line_of("id"), f"article {article_id}: cannot read {text_path}: {error}"
                )
                continue
            published, url = self._article_date(path, entry, article_id), self._article_url(path, entry, article_id)
            language = self._article_language(path, entry, article_id)
            articles.append(Article(article_id, title, author, text, published, url, language))
        if not articles and not self.checker.problems:
            self.checker.complain(path, 1, "no articles listed")
        return articles

    def _article_date(self, path: Path, entry: Mapping, article_id: str) -> date | None:
        """The publication date as the article gives it (YYYY-MM-DD), or None: never guessed."""
        value = entry.get("published")
        if value is None:
            return None
        if isinstance(value, date) and not isinstance(value, datetime):
            return value
        try:
            return date.fromisoformat(str(value))
        except ValueError:
            self.checker.complain(
                path, entry.line_of("published"), f"article {article_id}: published must be a date like 2023-09-12"
            )
            return None

    def _article_url(self, path: Path, entry: Mapping, article_id: str) -> str | None:
        value = entry.get("url")
        if value is None:
            return None
        if not str(value).startswith(("https://", "http://")):
            self.checker.complain(path, entry.line_of("url"), f"article {article_id}: url must start with https://")
            return None
        return str(value)

    def _article_language(self, path: Path, entry: Mapping, article_id: str) -> str | None:
        value = entry.get("language")
        if value is None:
            return None
        languages = reading_cues()["article_languages"]
        if str(value) not in languages:
            known = ", ".join(sorted(languages))
            self.checker.complain(
                path, entry.line_of("language"), f"article {article_id}: language must be one of {known}"
            )
            return None
        return str(value)

    def _read_topics(self) -> list[Topic]:
        path = self.directory / "topics.yaml"
        topics: list[Topic] = []
        seen: dict[str, tuple[Path, int]] = {}
        for entry in self.checker.entries(path):
            ok = self.checker.fields_ok(path, entry, TOPIC_FIELDS, "topic")
            topic_id = self.checker.identifier(path, entry, "topic", seen)
            label = self.checker.text(path, entry, "label", f"topic {topic_id}")
            description = self.checker.text(path, entry, "description", f"topic {topic_id}")
            wanted = {"label": True, "description": True}
            what = f"topic {topic_id}"
            translations, todo = read_translations(self.checker, path, entry, what, wanted, MAX_TOPIC_TEXT)
            self.untranslated.extend(todo)
            if ok and topic_id and label and description:
                topics.append(Topic(topic_id, label, description, translations))
        return topics

    def _read_synonyms(self) -> tuple[tuple[str, tuple[str, ...]], ...]:
        path = self.directory / "synonyms.yaml"
        if not path.exists():
            return ()
        data = self.checker.document(path)
        if data is None:
            return ()
        if not isinstance(data, Mapping):
            self.checker.complain(path, getattr(data, "line", 1), "expected 'term: [variant, variant, ...]' lines")
            return ()
        synonyms = []
        owner: dict[str, str] = {}
        for term in data:
            line = data.line_of(term)
            variants = self.checker.texts(path, data, term, f"synonyms of {term!r}")
            for variant in (str(term), *variants):
                key = fold(variant)
                if owner.setdefault(key, str(term)) != term:
                    self.checker.complain(path, line, f"{variant!r} is listed under both {owner[key]!r} and {term!r}")
            synonyms.append((str(term), tuple(variants)))
        return tuple(synonyms)

    def _read_facts(self, articles: dict[str, Article], topics: dict[str, Topic]) -> list[Fact]:
        fact_files = sorted((self.directory / "facts").glob("*.yaml"))
        if not fact_files:
            self.checker.complain(self.directory / "facts", 0, "no fact files (*.yaml) found")
        facts: list[Fact] = []
        seen_ids: dict[str, tuple[Path, int]] = {}
        seen_questions: dict[str, tuple[str, Path, int]] = {}
        for path in fact_files:
            for entry in self.checker.entries(path):
                reader = FactReader(self.checker, path, entry, articles, topics)
                fact = reader.read(seen_ids)
                self.untranslated.extend(reader.untranslated)
                if fact is None:
                    continue
                self._check_questions_unique(path, entry, fact, seen_questions)
                facts.append(fact)
        known = {fact.id for fact in facts}
        for fact in facts:
            if fact.updates and (fact.updates not in known or fact.updates == fact.id):
                path, line = seen_ids[fact.id]
                self.checker.complain(
                    path, line, f"fact {fact.id}: updates {fact.updates!r}, which is not another fact"
                )
            for field in ("reasons", "options", "others", "responses", "standing"):
                for other in getattr(fact, field):
                    if other not in known or other == fact.id:
                        path, line = seen_ids[fact.id]
                        self.checker.complain(
                            path, line, f"fact {fact.id}: {field} {other!r}, which is not another fact"
                        )
        return facts

    def _read_alerts(self, articles: dict[str, Article] | None, topics: dict[str, Topic] | None) -> list[Alert]:
        path = self.directory / "alerts.yaml"
        if not path.exists():
            return []
        seen_ids: dict[str, tuple[Path, int]] = {}
        alerts = []
        for entry in self.checker.entries(path):
            reader = AlertReader(self.checker, path, entry, articles, topics)
            alert = reader.read(seen_ids)
            self.untranslated.extend(reader.untranslated)
            if alert is not None:
                alerts.append(alert)
        return alerts

    def _read_drafts(self, articles: dict[str, Article] | None, topics: dict[str, Topic] | None) -> list[Problem]:
        seen_ids: dict[str, tuple[Path, int]] = {}
        notes = []
        for path in sorted((self.directory / "drafts").glob("*.yaml")):
            for entry in self.checker.entries(path):
                note = DraftReader(self.checker, path, entry, articles, topics).read(seen_ids)
                if note is not None:
                    notes.append(note)
        return notes

    def _check_questions_unique(
        self, path: Path, entry: Mapping, fact: Fact, seen: dict[str, tuple[str, Path, int]]
    ) -> None:
        for question in fact.questions:
            key = fold(question)
            if key in seen:
                other, other_path, other_line = seen[key]
                where = (
                    "twice in this fact"
                    if other == fact.id
                    else f"also under fact {other!r} ({other_path}:{other_line})"
                )
                self.checker.complain(
                    path, entry.line_of("questions"), f"fact {fact.id}: question {question!r} appears {where}"
                )
            else:
                seen[key] = (fact.id, path, entry.line_of("questions"))
