"""The fact base's texts as terms, kept on disk between runs, so `ask` starts fast.

Reading every phrasing (its language, its stems, the synonyms it meets) is most of what
building an engine costs. The result depends only on the texts, the synonyms and the
reading code and data, so it is stored under a key made of all of them in the user's
cache folder ($XDG_CACHE_HOME or ~/.cache); any change to any of them makes a new key.
A cache that can't be read or written is rebuilt in memory, never trusted half-way.
"""

from __future__ import annotations

import hashlib
import json
import os
import tempfile
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path

import Stemmer

_ANSWERING = Path(__file__).parent
_READING_SOURCES = (_ANSWERING / "text.py", *sorted((_ANSWERING / "language").iterdir()))
_FORMAT = 2


@dataclass(frozen=True)
class ReadTexts:
    """What the matcher needs of its texts: the terms the base uses, each text's terms, its words."""

    anchors: frozenset[str]
    terms: dict[str, tuple[str, ...]]
    typed: tuple[str, ...]  # every word as written, for typo repair


def cached_reading(
    texts: Iterable[str], synonyms: Iterable[tuple[str, Iterable[str]]], read: Callable[[], ReadTexts]
) -> ReadTexts:
    """The texts as read by `read`, from the cache when the same texts were read before."""
    path = _cache_folder() / f"reading-{_key(texts, synonyms)}.json"
    cached = _load(path)
    if cached is not None:
        return cached
    fresh = read()
    _store(path, fresh)
    return fresh


def _cache_folder() -> Path:
    base = os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache"
    return Path(base) / "xiaomi-story-bot"


def _key(texts: Iterable[str], synonyms: Iterable[tuple[str, Iterable[str]]]) -> str:
    digest = hashlib.sha256(f"{_FORMAT} {Stemmer.version()}".encode())
    for source in _READING_SOURCES:
        digest.update(source.read_bytes())
    for text in sorted(texts):
        digest.update(text.encode() + b"\0")
    for term, variants in synonyms:
        digest.update("\1".join((term, *variants)).encode() + b"\0")
    return digest.hexdigest()[:24]


def _load(path: Path) -> ReadTexts | None:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        terms = {text: tuple(terms) for text, terms in data["terms"].items()}
        return ReadTexts(frozenset(data["anchors"]), terms, tuple(data["typed"]))
    except (OSError, ValueError, KeyError, TypeError, AttributeError):
        return None


def _store(path: Path, read: ReadTexts) -> None:
    """Written to a temporary file and renamed, so a reader never sees half a cache."""
    data = {
        "anchors": sorted(read.anchors),
        "terms": {text: list(terms) for text, terms in read.terms.items()},
        "typed": list(read.typed),
    }
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        with tempfile.NamedTemporaryFile("w", encoding="utf-8", dir=path.parent, delete=False, suffix=".tmp") as file:
            json.dump(data, file, ensure_ascii=False)
        Path(file.name).replace(path)
    except OSError:
        return
