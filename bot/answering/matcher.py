"""Ranks facts against a question.

Each fact is indexed twice: by each of its question phrasings, and by its whole bag of
words (phrasings, answer, keywords). A question scores against a phrasing by how much of
the question the phrasing explains and how much of the phrasing the question uses, both
weighted by how rare each term is; a word no fact knows weighs by how rare it is in the
language at large: "wonder" or "tell" say little, "Tesla" says the question is about
something the story never mentions. rapidfuzz repairs typos against the vocabulary and
re-ranks the closest phrasings by string similarity. The overlaps are summed with numpy,
a term's postings at a time, so a question costs the same on 3,000 phrasings or 100,000.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache

import numpy as np
from rapidfuzz import fuzz, process

from bot.answering.index import build_index
from bot.answering.reading_cache import cached_index
from bot.answering.text import Vocabulary, Word
from bot.models import Fact, Slot

# How a fact's score is made: best phrasing, whole-fact coverage, string similarity.
PHRASING_WEIGHT = 0.55
BAG_WEIGHT = 0.30
FUZZY_WEIGHT = 0.15
# Recall counts more than precision: a short question may use a long phrasing partly.
RECALL_BIAS = 2.0
RERANK_DEPTH = 8
# A word the facts don't use weighs fully when rarer than RARE_ZIPF in the language at
# large (Zipf scale: 3 = once per million words), hardly at all from COMMON_ZIPF on.
RARE_ZIPF = 3.5
COMMON_ZIPF = 6.0
COMMON_FLOOR = 0.05
# A word at least this common is a real word, not a typo to repair.
REAL_WORD_ZIPF = 4.0
# Corrections remembered: a long word no fact knows costs a scan of the vocabulary to repair.
CORRECTIONS_KEPT = 16384
# Words carried over from the conversation weigh less than the message's own: "and NIO?"
# after a question about start-ups is about NIO first.
CARRIED_WEIGHT = 0.5
# A term nearly every fact uses ("Xiaomi") is the story's own subject: it names nothing in
# particular. Only in a base of at least STORY_WIDE_FACTS facts: in a small one, every term is.
STORY_WIDE_SHARE = 0.9
STORY_WIDE_FACTS = 10


@dataclass(frozen=True)
class Match:
    fact: Fact
    score: float
    phrasing: float  # how closely the fact's nearest phrasing fits the question
    explained: float  # share of the question's weight the fact's words cover
    posterior: float  # the chance the question is about this fact, read from all its phrasings at once


class Matcher:
    """An index over the facts' phrasings, built once per fact base."""

    def __init__(self, facts: Sequence[Fact], vocabulary: Vocabulary) -> None:
        self._facts = tuple(facts)
        self._vocabulary = vocabulary
        texts_by_fact = [self._texts(fact) for fact in self._facts]
        phrasings_by_fact = [phrasings(fact) for fact in self._facts]
        index = cached_index(
            texts_by_fact,
            phrasings_by_fact,
            vocabulary.synonyms,
            lambda: build_index(texts_by_fact, phrasings_by_fact, vocabulary),
        )
        self._index = index
        self._bag_by_fact = {fact.id: bag for fact, bag in zip(self._facts, index.bags, strict=True)}
        # A summary uses the story's words by design: it tells nothing of how widely they spread.
        spread = [bag for fact, bag in zip(self._facts, index.bags, strict=True) if Slot.SUMMARY not in fact.provides]
        uses = Counter(term for bag in spread for term in bag)
        least = STORY_WIDE_SHARE * max(len(spread), STORY_WIDE_FACTS)
        self._story_wide = frozenset(term for term, count in uses.items() if count >= least)
        # Each fact's phrasings are side by side: where each run starts, and whose it is.
        owners = index.fact_of_phrasing
        self._phrasing_runs = np.flatnonzero(np.diff(owners, prepend=-1)) if len(owners) else owners
        self._run_owners = owners[self._phrasing_runs]
        self._correction = lru_cache(maxsize=CORRECTIONS_KEPT)(self._find_correction)

    @staticmethod
    def _texts(fact: Fact) -> tuple[str, ...]:
        """Everything a fact is found by: its phrasings, answer, keywords and disagreement note."""
        translated = (text for _, _, text in fact.translations.texts)
        return (*fact.questions, fact.answer, *fact.keywords, fact.disagreement, *translated)

    def weigh(self, words: Iterable[Word]) -> dict[str, float]:
        """Each distinct term of a question with its weight: how much it says."""
        weights: dict[str, float] = {}
        for word in words:
            weights[word.term] = max(weights.get(word.term, 0.0), self._word_weight(word))
        return weights

    def _word_weight(self, word: Word) -> float:
        return self._own_weight(word) * (CARRIED_WEIGHT if word.carried else 1.0)

    def _own_weight(self, word: Word) -> float:
        known = self._index.idf.get(word.term)
        if known is not None:
            return known
        if word.named:
            return self._index.unknown_weight
        zipf = self._vocabulary.frequencies.everyday_zipf(word.typed)
        rarity = (COMMON_ZIPF - zipf) / (COMMON_ZIPF - RARE_ZIPF)
        return self._index.unknown_weight * min(1.0, max(COMMON_FLOOR, rarity))

    def uses(self, fact: Fact, term: str) -> bool:
        """Whether a fact's phrasings, answer or keywords use this term."""
        return term in self._bag_by_fact.get(fact.id, frozenset())

    def knows(self, term: str) -> bool:
        """Whether any fact uses this term."""
        return term in self._index.idf

    def story_wide(self, term: str) -> bool:
        """Whether nearly every fact uses the term: the story's own subject, naming nothing in particular."""
        return term in self._story_wide

    def is_rare(self, word: Word) -> bool:
        """Whether a word is rare in the language at large: a name, a brand, a term of art."""
        return word.named or self._vocabulary.frequencies.everyday_zipf(word.typed) <= RARE_ZIPF

    def read(self, text: str, language: str | None = None, names: frozenset[str] | None = None) -> tuple[Word, ...]:
        """A text's words, with misspelt ones repaired against the fact base's vocabulary."""
        language = language or self._vocabulary.language(text)
        words = self._vocabulary.words(text, language, self._index.anchors, names)
        return tuple(self._repair(word, language) for word in words)

    def terms(self, text: str) -> tuple[str, ...]:
        return tuple(word.term for word in self.read(text))

    def _repair(self, word: Word, language: str) -> Word:
        """A word the base doesn't know, written as a known word with a typo, becomes that word."""
        typed = word.typed
        if (
            word.term in self._index.idf
            or not typed.isalpha()
            or self._vocabulary.frequencies.zipf(typed) >= REAL_WORD_ZIPF
        ):
            return word
        corrected = self._correction(typed)
        if corrected is None:
            return word
        return Word(typed, self._vocabulary.term(corrected, language, self._index.anchors), word.named)

    def _find_correction(self, typed: str) -> str | None:
        """The word a typed one no fact knows was meant to be, if it is near enough one."""
        return self._dropped_g(typed) or self._index.spelling.correct(typed)

    def _dropped_g(self, typed: str) -> str | None:
        """Chat spelling drops the g of -ing ("tryin", "waitin"): the word it stands for, when that
        is a real word; a typo's nearest known word may be another ("tryin" is one letter from "train")."""
        spelt = f"{typed}g"
        return spelt if typed.endswith("in") and self._vocabulary.frequencies.zipf(spelt) >= REAL_WORD_ZIPF else None

    def rank(self, words: Sequence[Word], limit: int = 5) -> list[Match]:
        """The facts that best match a question's words, best first, with scores in 0..1."""
        weights = self.weigh(words)
        if not weights:
            return []
        query_weight = sum(weights.values())
        best_phrasing = self._best_phrasings(weights, query_weight)
        bag_overlap = self._index.bag_postings.overlaps(weights) / query_weight
        combined = PHRASING_WEIGHT * best_phrasing + BAG_WEIGHT * bag_overlap
        scores = {int(index): float(combined[index]) for index in np.flatnonzero(combined)}
        shortlist = sorted(scores, key=scores.__getitem__, reverse=True)[: max(limit, RERANK_DEPTH)]
        query_text = " ".join(sorted(weights))
        for index in shortlist:
            # Both sides are sorted terms already: plain ratio is token_sort_ratio without re-sorting.
            closest = process.extractOne(query_text, self._index.fact_texts[index], scorer=fuzz.ratio)
            scores[index] += FUZZY_WEIGHT * (closest[1] / 100 if closest else 0.0)
        ranked = sorted(shortlist, key=scores.__getitem__, reverse=True)[:limit]
        posteriors = self._index.likelihood.posteriors([word.term for word in words])
        return [
            Match(
                self._facts[index],
                min(scores[index], 1.0),
                phrasing=float(best_phrasing[index]),
                explained=float(bag_overlap[index]),
                posterior=float(posteriors[index]),
            )
            for index in ranked
        ]

    def _best_phrasings(self, weights: dict[str, float], query_weight: float) -> np.ndarray:
        """For each fact, the F-score of its phrasing closest to the query.

        With precision overlap/phrasing weight and recall overlap/query weight, the
        F-score simplifies to (1 + b^2) * overlap / (b^2 * query weight + phrasing weight).
        """
        beta_squared = RECALL_BIAS**2
        overlap = self._index.phrasing_postings.overlaps(weights)
        scores = (1 + beta_squared) * overlap / (beta_squared * query_weight + self._index.phrasing_weights)
        best = np.zeros(len(self._facts))
        if len(scores):
            best[self._run_owners] = np.maximum.reduceat(scores, self._phrasing_runs)
        return best


def phrasings(fact: Fact) -> tuple[str, ...]:
    """The questions a fact answers: the editor's, and their button question in each language;
    a fact accepted from a draft before anyone wrote its questions is found by its answer."""
    translated = (text for _, field, text in fact.translations.texts if field == "question")
    return (*(fact.questions or (fact.answer,)), *translated)
