"""Which article a question points at: "in the second article", "article 2", "according to Kling",
"the Spanish article", or "the other article" (the one the conversation was not about).
A writer's name points only beside words that say to look there ("according to Kling",
"Kling says"): "Who is Elenor Kling?" is about her, and the reader says so (`writers`).

A reference says where to look, not what the question is about: "What does the second
article say about the licence?" is a licence question answered from the second article.
The engine matches the rest of the question and prefers facts citing that article.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

from bot.answering.text import fold, phrase_alternatives, reading_cues
from bot.models import Article


@dataclass(frozen=True)
class Reference:
    articles: frozenset[str]  # ids of the articles pointed at
    rest: str  # the folded question without the words that point
    other: bool = False  # "the other article": the one the conversation's last answer did not cite
    by_ordinal: frozenset[str] = frozenset()  # "and the second one?": an article only in a conversation about the other
    writers: frozenset[str] = frozenset()  # "Who is Elenor Kling?": articles whose writer is named, not pointed by


class ArticleReferences:
    """Finds references to the fact base's articles in questions."""

    def __init__(self, articles: Sequence[Article]) -> None:
        reading = reading_cues()
        noun = phrase_alternatives(reading["article_nouns"])
        ordinals = reading["article_ordinals"]
        numbers = reading["article_numbers"]
        languages = Counter(article.language for article in articles)
        self._patterns: list[tuple[str, re.Pattern[str]]] = []
        self._writers: list[tuple[str, re.Pattern[str], re.Pattern[str]]] = []
        before = phrase_alternatives(reading["writer_pointers_before"])
        after = phrase_alternatives(reading["writer_pointers_after"])
        for position, article in enumerate(articles):
            if article.author:
                writer = phrase_alternatives([article.author, *fold(article.author).split()])
                framed = rf"(?:{before})\s+(?:{writer})|(?:{writer})\s+(?:{after})"
                self._writers.append((article.id, _whole_words(writer), _whole_words(framed)))
            cues = []
            if position < len(ordinals):
                cues.append(_beside(noun, ordinals[position]))
            if position < len(numbers):
                cues.append(rf"(?:{noun})\s+(?:{phrase_alternatives(numbers[position])})")
            if article.language and languages[article.language] == 1:
                language = reading["article_languages"][article.language]
                cues.append(_beside(noun, language))
                pronouns, determiners = reading["article_pronouns"], reading["article_pronoun_determiners"]
                cues.append(rf"(?:{phrase_alternatives(language)})\s+(?:{phrase_alternatives(pronouns)})")
                cues.append(rf"(?:{phrase_alternatives(determiners)})\s+(?:{phrase_alternatives(language)})")
                translated = phrase_alternatives(reading["article_translated"])
                cues.append(rf"(?:{translated})\s+(?:{phrase_alternatives(language)})")
            if cues:
                self._patterns.append((article.id, _whole_words("|".join(cues))))
        self._other = _whole_words(_beside(noun, reading["article_others"]))
        determiners = phrase_alternatives(reading["ordinal_determiners"])
        self._ordinals = [
            (article.id, _whole_words(rf"(?:{determiners})\s+(?:{phrase_alternatives(words)})"))
            for article, words in zip(articles, ordinals, strict=False)
        ]

    def find(self, text: str) -> Reference:
        folded = fold(text)
        rest = folded
        pointed, named = set(), set()
        for article_id, writer, framed in self._writers:
            if framed.search(folded):
                rest = writer.sub(" ", rest)
                pointed.add(article_id)
            elif writer.search(folded):
                named.add(article_id)
        for article_id, pattern in self._patterns:
            rest, count = pattern.subn(" ", rest)
            if count:
                pointed.add(article_id)
        rest, others = self._other.subn(" ", rest)
        by_ordinal = frozenset(article_id for article_id, pattern in self._ordinals if pattern.search(rest))
        return Reference(
            frozenset(pointed),
            " ".join(rest.split()),
            other=bool(others),
            by_ordinal=by_ordinal,
            writers=frozenset(named) - pointed,
        )


def _whole_words(pattern: str) -> re.Pattern[str]:
    return re.compile(rf"(?<![a-z0-9])(?:{pattern})(?![a-z0-9])")


def _beside(noun: str, words: Sequence[str]) -> str:
    """One of the words right before or after an article noun: "the second article", "articolo italiano"."""
    word = phrase_alternatives(words)
    return rf"(?:{word})\s+(?:{noun})|(?:{noun})\s+(?:{word})"
