"""The words readers see, from one Fluent catalog per language (bot/locales/<code>.ftl).

Messages are looked up by id with named placeholders; a message missing from a catalog
falls back to English and is logged, so a half-translated catalog never stops the bot.
`python -m bot check` lists what is missing (`problems()`).
"""

from __future__ import annotations

import hashlib
import logging
import re
from dataclasses import dataclass
from pathlib import Path

from fluent.runtime import FluentBundle, FluentResource
from fluent.syntax import ast, parse, parser

from bot.answering.text import DEFAULT_LANGUAGE, LANGUAGES
from bot.disk_cache import cached_pickle

ENGLISH = DEFAULT_LANGUAGE
# Each language named in itself, as the /language buttons show it.
LANGUAGE_NAMES = {"en": "English", "it": "Italiano", "es": "Español"}
LOCALES = Path(__file__).resolve().parent.parent / "locales"
_TAG = re.compile(r"</?([a-z]+)[^>]*>")

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class CatalogProblem:
    path: Path
    line: int
    message: str
    missing: bool = False  # only a translation still to write: English is shown meanwhile

    def __str__(self) -> str:
        return f"{self.path}:{self.line}: {self.message}"


class Catalog:
    """Every language's messages, read once at start-up."""

    def __init__(self, folder: Path = LOCALES) -> None:
        self.folder = folder
        self._bundles: dict[str, FluentBundle] = {}
        self._noted: set[tuple[str, str]] = set()  # missing messages already logged, once each

    def _bundle(self, language: str) -> FluentBundle:
        """A language's catalog, parsed when first needed: a terminal `ask` in English parses one."""
        if language not in self._bundles:
            bundle = FluentBundle([language], use_isolating=False)
            path = self.folder / f"{language}.ftl"
            if path.exists():
                bundle.add_resource(_resource(path))
            self._bundles[language] = bundle
        return self._bundles[language]

    def text(self, language: str, message_id: str, **arguments: object) -> str:
        """A message in a language, English when that language lacks it."""
        bundle = self._bundle(language if language in LANGUAGES else ENGLISH)
        if not bundle.has_message(message_id):
            if language != ENGLISH and (language, message_id) not in self._noted:
                self._noted.add((language, message_id))
                log.warning("message %s missing in %s; answering in English", message_id, language)
            bundle = self._bundle(ENGLISH)
        value, errors = bundle.format_pattern(bundle.get_message(message_id).value, arguments)
        if errors and language != ENGLISH:
            log.error("message %s in %s: %s; answering in English", message_id, language, errors[0])
            return self.text(ENGLISH, message_id, **arguments)
        if errors:
            raise ValueError(f"message {message_id}: {errors[0]}")
        return value

    @property
    def languages(self) -> tuple[str, ...]:
        return LANGUAGES

    def texts(self, language: str) -> Texts:
        return Texts(self, language if language in LANGUAGES else ENGLISH)

    def problems(self) -> list[CatalogProblem]:
        """Messages missing from a catalog, or whose placeholders or tags differ from English."""
        english, problems = _messages(self.folder / f"{ENGLISH}.ftl")
        for language in LANGUAGES[1:]:
            path = self.folder / f"{language}.ftl"
            found, broken = _messages(path) if path.exists() else ({}, [])
            problems.extend(broken)
            for message_id, (line, placeholders, tags) in found.items():
                if message_id not in english:
                    problems.append(CatalogProblem(path, line, f"{message_id} is not in {ENGLISH}.ftl"))
                elif placeholders != english[message_id][1]:
                    wanted = ", ".join(sorted(english[message_id][1])) or "none"
                    problems.append(CatalogProblem(path, line, f"{message_id} placeholders differ (English: {wanted})"))
                elif tags != english[message_id][2]:
                    problems.append(CatalogProblem(path, line, f"{message_id} HTML tags differ from English"))
            for message_id, (line, _, _) in english.items():
                if message_id not in found:
                    where = self.folder / f"{ENGLISH}.ftl"
                    problems.append(
                        CatalogProblem(path, 1, f"{message_id} missing ({where.name}:{line} has it)", missing=True)
                    )
        return problems


@dataclass(frozen=True)
class Texts:
    """The catalog in one language: what a renderer writes with."""

    catalog: Catalog
    language: str

    def __call__(self, message_id: str, **arguments: object) -> str:
        return self.catalog.text(self.language, message_id, **arguments)


def _resource(path: Path) -> ast.Resource:
    """A catalog parsed, kept on disk between runs: parsing the three is a tenth of a start-up."""
    source = path.read_bytes()
    parser_files = (Path(ast.__file__), Path(parser.__file__))
    versions = " ".join(f"{stat.st_size}:{stat.st_mtime_ns}" for stat in (file.stat() for file in parser_files))
    key = hashlib.sha256(versions.encode() + b"\0" + source).hexdigest()[:24]
    return cached_pickle(f"catalog-{path.stem}-", key, lambda: FluentResource(source.decode("utf-8")), ast.Resource)


def _messages(path: Path) -> tuple[dict[str, tuple[int, frozenset[str], tuple[str, ...]]], list[CatalogProblem]]:
    """Each message of a catalog (its line, placeholders and HTML tags in order), and what cannot be parsed."""
    source = path.read_text(encoding="utf-8")
    messages: dict[str, tuple[int, frozenset[str], tuple[str, ...]]] = {}
    broken = []
    for entry in parse(source).body:
        line = source.count("\n", 0, entry.span.start) + 1 if entry.span else 1
        if isinstance(entry, ast.Junk):
            broken.append(CatalogProblem(path, line, f"not valid Fluent: {entry.content.strip()[:60]!r}"))
        elif isinstance(entry, ast.Message) and entry.value is not None:
            placeholders = frozenset(
                element.expression.id.name
                for element in entry.value.elements
                if isinstance(element, ast.Placeable) and isinstance(element.expression, ast.VariableReference)
            )
            text = "".join(element.value for element in entry.value.elements if isinstance(element, ast.TextElement))
            messages[entry.id.name] = (line, placeholders, tuple(_TAG.findall(text)))
    return messages, broken
