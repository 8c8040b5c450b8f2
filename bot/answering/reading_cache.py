"""The fact base's texts as read, kept on disk between runs, so `ask` starts fast.

Reading every phrasing (its language, its stems, the synonyms it meets) is most of what
building an engine costs. The result depends only on the texts, the synonyms, the reading
code and data (text.py and language/), the stemmer and Unicode's tables, so it is stored
under a key made of all of them in the user's cache folder ($XDG_CACHE_HOME or ~/.cache);
any change to any of them makes a new key, and older files are removed. A cache that
can't be read or written is rebuilt in memory, never trusted half-way. The phrasings'
meaning vectors (meaning.py) are kept the same way, under a key of the texts, the
vectors' version and the code that makes them.
"""

from __future__ import annotations

import hashlib
import json
import os
import sys
import tempfile
import unicodedata
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import IO, Any

import numpy as np
import Stemmer

from bot.answering.text import ReadTexts

_ANSWERING = Path(__file__).parent
_FORMAT = 3
_PREFIX = "reading-"
_VECTORS_PREFIX = "vectors-"


def cached_reading(
    texts: Iterable[str], synonyms: Iterable[tuple[str, Iterable[str]]], read: Callable[[], ReadTexts]
) -> ReadTexts:
    """The texts as `read` reads them, from the cache when the same texts were read before."""
    folder = _cache_folder()
    key = _key(texts, synonyms)
    if folder is None or key is None:
        return read()
    path = folder / f"{_PREFIX}{key}.json"
    cached = _load(path)
    if cached is not None:
        return cached
    fresh = read()
    _store(path, fresh)
    return fresh


def _cache_folder() -> Path | None:
    base = Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache")
    return base / "xiaomi-story-bot" if base.is_absolute() else None


def _key(texts: Iterable[str], synonyms: Iterable[tuple[str, Iterable[str]]]) -> str | None:
    versions = f"{_FORMAT} {Stemmer.version()} {unicodedata.unidata_version} {sys.version_info[:2]}"
    digest = hashlib.sha256(versions.encode())
    try:
        for source in (_ANSWERING / "text.py", *sorted((_ANSWERING / "language").glob("*.*"))):
            digest.update(source.read_bytes())
    except OSError:
        return None
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


def cached_vectors(texts: Iterable[str], version: str, embed: Callable[[], np.ndarray]) -> np.ndarray:
    """The texts' vectors as `embed` makes them, from the cache when the same texts were embedded before."""
    folder = _cache_folder()
    if folder is None:
        return embed()
    digest = hashlib.sha256(f"{_FORMAT} {version}".encode())
    try:
        digest.update((_ANSWERING / "meaning.py").read_bytes())  # how texts become vectors
    except OSError:
        return embed()
    for text in texts:
        digest.update(text.encode() + b"\0")
    path = folder / f"{_VECTORS_PREFIX}{digest.hexdigest()[:24]}.npy"
    try:
        return np.load(path, allow_pickle=False)
    except (OSError, ValueError):
        pass
    fresh = embed()
    _replace(path, _VECTORS_PREFIX, lambda file: np.save(file, fresh, allow_pickle=False), binary=True)
    return fresh


def _store(path: Path, read: ReadTexts) -> None:
    data = {
        "anchors": sorted(read.anchors),
        "terms": {text: list(terms) for text, terms in read.terms.items()},
        "typed": list(read.typed),
    }
    _replace(path, _PREFIX, lambda file: json.dump(data, file, ensure_ascii=False))


def _replace(path: Path, prefix: str, write: Callable[[IO[Any]], object], binary: bool = False) -> None:
    """Written to a temporary file and renamed, so a reader never sees half a cache; older caches go."""
    temporary: Path | None = None
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        mode, encoding = ("wb", None) if binary else ("w", "utf-8")
        with tempfile.NamedTemporaryFile(mode, encoding=encoding, dir=path.parent, delete=False, suffix=".tmp") as file:
            temporary = Path(file.name)
            write(file)
        temporary.replace(path)
        for older in path.parent.glob(f"{prefix}*{path.suffix}"):
            if older != path:
                older.unlink(missing_ok=True)
    except OSError:
        if temporary is not None:
            temporary.unlink(missing_ok=True)
