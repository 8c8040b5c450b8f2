"""Which article a question points at: "in the second article", "according to Kling".

A reference says where to look, not what the question is about: "What does the second
article say about the licence?" is a licence question answered from the second article.
The engine matches the rest of the question and prefers facts citing that article.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from bot.answering.text import fold
from bot.models import Article
from bot.yamlfile import read_data

_READING_FILE = Path(__file__).with_name("language") / "reading.yaml"


@dataclass(frozen=True)
class Reference:
    articles: frozenset[str]  # ids of the articles pointed at
    rest: str  # the folded question without the words that point


@cache
def _cue_words() -> tuple[tuple[str, ...], tuple[tuple[str, ...], ...]]:
    data = read_data(_READING_FILE)
    return tuple(data["article_nouns"]), tuple(tuple(map(str, words)) for words in data["article_ordinals"])


def _alternatives(words: Sequence[str]) -> str:
    return "|".join(re.escape(fold(word)) for word in sorted(words, key=len, reverse=True))


class ArticleReferences:
    """Finds references to the fact base's articles in questions."""

    def __init__(self, articles: Sequence[Article]) -> None:
        nouns, ordinals = _cue_words()
        noun = _alternatives(nouns)
        self._patterns: list[tuple[str, re.Pattern[str]]] = []
        for position, article in enumerate(articles):
            names = fold(article.author).split()
            cues = [rf"(?:{_alternatives([fold(article.author), *names])})"]
            if position < len(ordinals):
                ordinal = _alternatives(ordinals[position])
                cues.append(rf"(?:{ordinal})\s+(?:{noun})|(?:{noun})\s+(?:{ordinal})")
            self._patterns.append((article.id, re.compile(rf"(?<![a-z0-9])(?:{'|'.join(cues)})(?![a-z0-9])")))

    def find(self, text: str) -> Reference:
        rest = fold(text)
        pointed = set()
        for article_id, pattern in self._patterns:
            rest, count = pattern.subn(" ", rest)
            if count:
                pointed.add(article_id)
        return Reference(frozenset(pointed), " ".join(rest.split()))
