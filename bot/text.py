"""Text normalisation shared by the fact index and incoming questions.

Both sides go through the same steps, so "Licenses?", "licence" and "permesso" meet on
one term: fold (case, accents, punctuation), drop function words (English, Italian,
Spanish), strip common endings, and map the story's synonyms to one canonical term.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from functools import lru_cache
from pathlib import Path

_LANGUAGE_DIR = Path(__file__).with_name("language")
_APOSTROPHES = str.maketrans({"’": "'", "‘": "'", "`": "'", "´": "'"})
_POSSESSIVE = re.compile(r"'s\b")
_NON_WORD = re.compile(r"[^a-z0-9]+")
_SUFFIX_RULES = (("ies", 4, "y"), ("ing", 5, ""), ("ed", 4, ""), ("es", 5, ""), ("s", 3, ""))


@lru_cache(maxsize=65536)
def fold(text: str) -> str:
    """Lowercase, strip accents and punctuation, and collapse spaces."""
    decomposed = unicodedata.normalize("NFKD", text.translate(_APOSTROPHES))
    plain = "".join(ch for ch in decomposed if not unicodedata.combining(ch)).lower()
    plain = _POSSESSIVE.sub("", plain)
    return _NON_WORD.sub(" ", plain).strip()


def stem(word: str) -> str:
    """Strip a plural or verb ending, so 'makes', 'making' and 'make' agree."""
    if word.endswith(("ss", "us", "is")):
        return word
    for suffix, min_length, replacement in _SUFFIX_RULES:
        if len(word) > min_length and word.endswith(suffix):
            word = word[: -len(suffix)] + replacement
            break
    return word[:-1] if len(word) > 3 and word.endswith("e") else word


def _word_list(name: str) -> frozenset[str]:
    lines = (_LANGUAGE_DIR / name).read_text(encoding="utf-8").splitlines()
    return frozenset(word for line in lines if not line.startswith("#") for word in line.split())


STOPWORDS = _word_list("stopwords.txt")
GENERIC_WORDS = frozenset(map(stem, _word_list("generic_words.txt")))


class Vocabulary:
    """The story's synonyms, compiled: turns any text into canonical content terms."""

    def __init__(self, synonyms: Iterable[tuple[str, Iterable[str]]]) -> None:
        phrases: dict[str, str] = {}
        self._words: dict[str, str] = {}
        for term, variants in synonyms:
            for variant in (term, *variants):
                folded = fold(variant)
                if " " in folded:
                    phrases[folded] = term
                else:
                    self._words[stem(folded)] = term
        self._phrases = phrases
        alternatives = "|".join(map(re.escape, sorted(phrases, key=len, reverse=True)))
        self._phrase_pattern = re.compile(rf"\b({alternatives})\b") if phrases else None

    def content_words(self, text: str) -> tuple[str, ...]:
        """The stemmed content words of a text, multi-word synonyms already merged."""
        folded = fold(text)
        if self._phrase_pattern is not None:
            folded = self._phrase_pattern.sub(lambda match: self._phrases[match.group(1)], folded)
        return tuple(stem(word) for word in folded.split() if word not in STOPWORDS)

    def canonical(self, word: str) -> str | None:
        """The canonical term for a stemmed word the synonyms know, else None."""
        return self._words.get(word)

    def known_words(self) -> tuple[str, ...]:
        """Every stemmed word the synonyms know, for typo repair."""
        return tuple(self._words)

    def terms(self, text: str) -> tuple[str, ...]:
        """The content terms of a text: no function words, stemmed, synonyms merged."""
        return tuple(self._words.get(word, word) for word in self.content_words(text))
