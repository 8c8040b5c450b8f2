"""Facts, topics and alerts in the reader's language, from the translations in the YAML.

A field with no translation stays in English (and is logged once): a fact base half
translated still answers everyone. Quotes are never translated: they are the article's words.
"""

from __future__ import annotations

import dataclasses
import logging
from functools import cache
from typing import TypeVar

from bot.models import Alert, Fact, Topic

Entry = TypeVar("Entry", Fact, Topic, Alert)
log = logging.getLogger(__name__)


def in_language(entry: Entry, language: str) -> Entry:
    """The entry with its texts in a language; English where a translation is missing."""
    if language == "en":
        return entry
    texts = entry.translations.of(language)
    if not texts:
        _note_missing(type(entry).__name__, entry.id, language)
        return entry
    changes = {field: text for field, text in texts.items() if field != "question"}
    if isinstance(entry, Fact) and "question" in texts:
        changes["questions"] = (texts["question"], *entry.questions)
    return dataclasses.replace(entry, **changes)


@cache
def _note_missing(kind: str, entry_id: str, language: str) -> None:
    log.warning("%s %s has no %s translation; showing it in English", kind.lower(), entry_id, language)
