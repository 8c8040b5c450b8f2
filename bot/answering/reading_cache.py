"""The fact base's texts as read and indexed, kept on disk between runs, so `ask` starts fast.

Reading every phrasing (its language, its stems, the synonyms it meets) and indexing it is
most of what building an engine costs. The result depends only on the texts, the synonyms,
the reading and indexing code and data (text.py, index.py, likelihood.py, spelling.py and
language/), the stemmer and Unicode's tables, so it is stored under a key made of all of
them in the user's cache folder ($XDG_CACHE_HOME or ~/.cache), as a pickle only this
program writes there; any change to any of them makes a new key, and older files are
removed. A cache that can't be read or written is rebuilt in memory, never trusted
half-way. The meaning vectors (meaning.py) of the phrasings and of the precedents and
follow-up precedents (precedents.py) are kept the same way, under a key of the texts, the vectors' version and
the code that makes them.
"""

from __future__ import annotations

import hashlib
import os
import pickle
import sys
import tempfile
import unicodedata
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path
from typing import IO, Any

import numpy as np
import Stemmer

from bot.answering.index import MatcherIndex

_ANSWERING = Path(__file__).parent
_FORMAT = 4
_PREFIX = "index-"
_INDEXING_CODE = ("text.py", "index.py", "likelihood.py", "spelling.py")
_VECTORS_PREFIX = "vectors-"


def cached_index(
    texts_by_fact: Sequence[Sequence[str]],
    phrasings_by_fact: Sequence[Sequence[str]],
    synonyms: Iterable[tuple[str, Iterable[str]]],
    build: Callable[[], MatcherIndex],
) -> MatcherIndex:
    """The facts' index as `build` makes it, from the cache when the same base was indexed before."""
    folder = _cache_folder()
    key = _key(texts_by_fact, phrasings_by_fact, synonyms)
    if folder is None or key is None:
        return build()
    path = folder / f"{_PREFIX}{key}.pickle"
    cached = _load(path)
    if cached is not None:
        return cached
    fresh = build()
    _replace(path, _PREFIX, lambda file: pickle.dump(fresh, file, protocol=pickle.HIGHEST_PROTOCOL), binary=True)
    return fresh


def _cache_folder() -> Path | None:
    base = Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache")
    return base / "xiaomi-story-bot" if base.is_absolute() else None


def _key(
    texts_by_fact: Sequence[Sequence[str]],
    phrasings_by_fact: Sequence[Sequence[str]],
    synonyms: Iterable[tuple[str, Iterable[str]]],
) -> str | None:
    versions = f"{_FORMAT} {Stemmer.version()} {unicodedata.unidata_version} {sys.version_info[:2]} {np.__version__}"
    digest = hashlib.sha256(versions.encode())
    try:
        for source in (*(_ANSWERING / name for name in _INDEXING_CODE), *sorted((_ANSWERING / "language").glob("*.*"))):
            digest.update(source.read_bytes())
    except OSError:
        return None
    # In order, fact by fact: which fact a text belongs to is part of the index.
    for texts, phrasings in zip(texts_by_fact, phrasings_by_fact, strict=True):
        digest.update("\1".join(texts).encode() + b"\2" + "\1".join(phrasings).encode() + b"\0")
    for term, variants in synonyms:
        digest.update("\1".join((term, *variants)).encode() + b"\0")
    return digest.hexdigest()[:24]


def _load(path: Path) -> MatcherIndex | None:
    try:
        with path.open("rb") as file:
            index = pickle.load(file)
    except Exception:  # a damaged pickle can raise almost anything: it is rebuilt
        return None
    return index if isinstance(index, MatcherIndex) else None


def cached_vectors(texts: Iterable[str], version: str, embed: Callable[[], np.ndarray], kind: str) -> np.ndarray:
    """The texts' vectors as `embed` makes them, from the cache when the same texts were embedded
    before; each `kind` of text (phrasings, precedents, follow-ups) keeps one file."""
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
    prefix = f"{_VECTORS_PREFIX}{kind}-"
    path = folder / f"{prefix}{digest.hexdigest()[:24]}.npy"
    try:
        return np.load(path, allow_pickle=False)
    except (OSError, ValueError):
        pass
    fresh = embed()
    _replace(path, prefix, lambda file: np.save(file, fresh, allow_pickle=False), binary=True)
    return fresh


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
