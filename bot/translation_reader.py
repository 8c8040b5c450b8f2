"""Checks an entry's `translations:` block: the texts readers see, in Italian and Spanish.

A malformed block (an unknown language or field, a text that is not text) is a problem
the fact base check refuses. A missing translation, or one left "" as add-article drafts
it, is only a to-do: the bot shows English meanwhile, `python -m bot check` lists it, and
`check --strict` fails on it.
"""

from __future__ import annotations

from pathlib import Path

from bot.fields import EntryChecker
from bot.languages.catalog import ENGLISH, LANGUAGES
from bot.models import Translations
from bot.yamlfile import Mapping, Problem

TRANSLATED = tuple(language for language in LANGUAGES if language != ENGLISH)


def read_translations(
    checker: EntryChecker, path: Path, entry: Mapping, what: str, wanted: dict[str, bool], max_length: int
) -> tuple[Translations, list[Problem]]:
    """The entry's translations, and a to-do note per language or field still missing.

    `wanted` maps each translatable field to whether a translation must be given for it.
    """
    if "translations" not in entry:
        return Translations(), [_to_translate(path, entry.line, what, language, wanted) for language in TRANSLATED]
    block = entry["translations"]
    if not isinstance(block, Mapping):
        checker.complain(path, entry.line_of("translations"), f"{what}: translations must be 'it:' and 'es:' blocks")
        return Translations(), []
    texts: list[tuple[str, str, str]] = []
    todo: list[Problem] = []
    for language in block:
        if language not in TRANSLATED:
            known = ", ".join(TRANSLATED)
            checker.complain(path, block.line_of(language), f"{what}: unknown language {language!r} (known: {known})")
    for language in TRANSLATED:
        fields = block.get(language)
        if fields is None:
            todo.append(
                Problem(path, entry.line, f"{what}: translate into {language} ({', '.join(_required(wanted))})")
            )
            continue
        if not isinstance(fields, Mapping):
            checker.complain(path, block.line_of(language), f"{what}: translations.{language} must hold field: text")
            continue
        label = f"{what} ({language})"
        if checker.fields_ok(path, fields, dict.fromkeys(wanted, False), label):
            for field in (field for field in fields if not _left_blank(fields[field])):
                text = checker.text(path, fields, field, label)
                if text and len(text) > max_length:
                    checker.complain(path, fields.line_of(field), f"{label}: {field} is over {max_length} characters")
                elif text:
                    texts.append((language, field, text))
        missing = [field for field in _required(wanted) if _left_blank(fields.get(field))]
        if missing:
            todo.append(Problem(path, fields.line, f"{what}: translate {', '.join(missing)} into {language}"))
    return Translations(tuple(texts)), todo


def _left_blank(value: object) -> bool:
    """A field absent or written as "" (as add-article drafts it): still to translate."""
    return value is None or value == ""


def _to_translate(path: Path, line: int, what: str, language: str, wanted: dict[str, bool]) -> Problem:
    return Problem(path, line, f"{what}: translate into {language} ({', '.join(_required(wanted))})")


def _required(wanted: dict[str, bool]) -> list[str]:
    return [field for field, required in wanted.items() if required]
