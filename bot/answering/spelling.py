"""Finds the known word a misspelt one was meant to be.

A word and every form of it with one letter deleted are indexed, so a typo of one edit
(a letter missing, extra, wrong or two letters swapped) finds its candidates with a few
dictionary lookups instead of a scan of the vocabulary; rapidfuzz's OSA distance then
confirms them. Long words may carry two edits; those fall back to a scan of the words of
similar length.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable

from rapidfuzz import process
from rapidfuzz.distance import OSA

MIN_LENGTH = 5  # shorter words are too easily another real word
MAX_LENGTH = 30  # longer "words" are noise, and their deletions grow with the square of the length
TWO_EDITS_FROM = 8  # words this long may carry two typos


def _deletions(word: str) -> set[str]:
    return {word[:position] + word[position + 1 :] for position in range(len(word))}


class SpellingIndex:
    def __init__(self, words: Iterable[str]) -> None:
        self._by_deletion: dict[str, list[str]] = defaultdict(list)
        self._by_length: dict[int, list[str]] = defaultdict(list)
        for word in sorted(set(words)):
            self._by_length[len(word)].append(word)
            for key in {word} | _deletions(word):
                self._by_deletion[key].append(word)

    def correct(self, word: str) -> str | None:
        """The known word within one edit (two for long words), or None."""
        if not MIN_LENGTH <= len(word) <= MAX_LENGTH:
            return None
        candidates = {known for key in {word} | _deletions(word) for known in self._by_deletion.get(key, ())}
        close = [known for known in sorted(candidates) if OSA.distance(word, known, score_cutoff=1) <= 1]
        if close:
            return close[0]
        if len(word) < TWO_EDITS_FROM:
            return None
        nearby = [known for length in range(len(word) - 2, len(word) + 3) for known in self._by_length.get(length, ())]
        best = process.extractOne(word, nearby, scorer=OSA.distance, score_cutoff=2)
        return best[0] if best else None
