"""The fact base's texts as read and indexed, kept on disk between runs, so `ask` starts fast.

Reading every phrasing (its language, its stems, the synonyms it meets) and indexing it is
most of what building an engine costs. The result depends only on the texts, the synonyms,
the reading and indexing code and data (text.py, index.py, likelihood.py, spelling.py and
language/), the stemmer and Unicode's tables, so it is stored under a key made of all of
them in the user's cache folder ($XDG_CACHE_HOME or ~/.cache), as a pickle only this
program writes there; any change to any of them makes a new key, and older files are
removed. A cache that can't be read or written is rebuilt in memory, never trusted
half-way. The meaning vectors (meaning.py) of the phrasings and of the precedents and
follow-up precedents (precedents.py) are kept the same way, under a key of the texts, the
vectors' version and the code that makes them; so are the precedents' indexes, under a key
of precedents.json, the vectors' version, the kinds a question can ask for and the code that
reads and indexes them.
"""

from __future__ import annotations

import hashlib
import sys
import unicodedata
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path
from typing import TypeVar

import numpy as np
import Stemmer

from bot.answering.index import MatcherIndex
from bot.disk_cache import cache_folder, cached_pickle, replace_file

_ANSWERING = Path(__file__).parent
_FORMAT = 4
_PREFIX = "index-"
_INDEXING_CODE = ("text.py", "index.py", "likelihood.py", "spelling.py")
_VECTORS_PREFIX = "vectors-"
_PRECEDENTS_PREFIX = "precedents-"
# How precedents become indexes: the code that reads them and makes their vectors.
_PRECEDENTS_CODE = ("precedents.py", "meaning.py", "intent.py")
_Indexes = TypeVar("_Indexes", bound=tuple)


def cached_index(
    texts_by_fact: Sequence[Sequence[str]],
    phrasings_by_fact: Sequence[Sequence[str]],
    synonyms: Iterable[tuple[str, Iterable[str]]],
    build: Callable[[], MatcherIndex],
) -> MatcherIndex:
    """The facts' index as `build` makes it, from the cache when the same base was indexed before."""
    return cached_pickle(_PREFIX, _key(texts_by_fact, phrasings_by_fact, synonyms), build, MatcherIndex)


def cached_precedents(contents: bytes, made_with: str, build: Callable[[], _Indexes]) -> _Indexes:
    """The precedents' indexes as `build` makes them from precedents.json's `contents`, from the
    cache when the same file was indexed before with the same `made_with`: the meaning vectors'
    version and the kinds a question can ask for, which give the indexes their columns."""
    digest = hashlib.sha256(f"{_versions()} {made_with}".encode())
    try:
        for source in _PRECEDENTS_CODE:
            digest.update((_ANSWERING / source).read_bytes())
    except OSError:
        return build()
    digest.update(contents)
    return cached_pickle(_PRECEDENTS_PREFIX, digest.hexdigest()[:24], build, tuple)


def _key(
    texts_by_fact: Sequence[Sequence[str]],
    phrasings_by_fact: Sequence[Sequence[str]],
    synonyms: Iterable[tuple[str, Iterable[str]]],
) -> str | None:
    digest = hashlib.sha256(_versions().encode())
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


def _versions() -> str:
    """The versions of what a pickled index depends on besides this program's code."""
    return f"{_FORMAT} {Stemmer.version()} {unicodedata.unidata_version} {sys.version_info[:2]} {np.__version__}"


def cached_vectors(texts: Iterable[str], version: str, embed: Callable[[], np.ndarray], kind: str) -> np.ndarray:
    """The texts' vectors as `embed` makes them, from the cache when the same texts were embedded
    before; each `kind` of text (phrasings, precedents, follow-ups) keeps one file."""
    folder = cache_folder()
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
    replace_file(path, prefix, lambda file: np.save(file, fresh, allow_pickle=False))
    return fresh
