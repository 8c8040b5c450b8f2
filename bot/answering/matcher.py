"""Ranks facts against a question.

Each fact is indexed twice: by each of its question phrasings, and by its whole bag of
words (phrasings, answer, keywords). A question scores against a phrasing by how much of
the question the phrasing explains and how much of the phrasing the question uses, both
weighted by how rare each term is; a word no fact knows weighs by how rare it is in the
language at large: "wonder" or "tell" say little, "Tesla" says the question is about
something the story never mentions. rapidfuzz repairs typos against the vocabulary and
re-ranks the closest phrasings by string similarity.
"""

from __future__ import annotations

import math
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from rapidfuzz import fuzz, process

from bot.answering.spelling import SpellingIndex
from bot.answering.text import Vocabulary, Word, plain_words
from bot.models import Fact

# How a fact's score is made: best phrasing, whole-fact coverage, string similarity.
PHRASING_WEIGHT = 0.55
BAG_WEIGHT = 0.30
FUZZY_WEIGHT = 0.15
# Recall counts more than precision: a short question may use a long phrasing partly.
RECALL_BIAS = 2.0
# Rarer query terms nominate candidates until there are this many; see _overlaps.
CANDIDATE_TARGET = 300
RERANK_DEPTH = 8
# A word the facts don't use weighs fully when rarer than RARE_ZIPF in the language at
# large (Zipf scale: 3 = once per million words), hardly at all from COMMON_ZIPF on.
RARE_ZIPF = 3.5
COMMON_ZIPF = 6.0
COMMON_FLOOR = 0.05
# A word at least this common is a real word, not a typo to repair.
REAL_WORD_ZIPF = 4.0


@dataclass(frozen=True)
class Match:
    fact: Fact
    score: float
    phrasing: float = 0.0  # how closely the fact's nearest phrasing fits the question
    explained: float = 0.0  # share of the question's weight the fact's words cover


@dataclass(frozen=True)
class _Phrasing:
    fact_index: int
    terms: frozenset[str]
    weight: float


class Matcher:
    """An index over the facts' phrasings, built once per fact base."""

    def __init__(self, facts: Sequence[Fact], vocabulary: Vocabulary) -> None:
        self._facts = tuple(facts)
        self._vocabulary = vocabulary
        texts = {text for fact in self._facts for text in self._texts(fact)}
        languages = {text: vocabulary.language(text) for text in texts}
        self._anchors = frozenset(term for text in texts for term in vocabulary.terms(text, languages[text]))
        self._text_terms = {text: vocabulary.terms(text, languages[text], self._anchors) for text in texts}
        self._bag_sets = [self._bag(fact) for fact in self._facts]
        self._bag_by_fact = {fact.id: bag for fact, bag in zip(self._facts, self._bag_sets, strict=True)}
        document_frequency: dict[str, int] = defaultdict(int)
        for bag in self._bag_sets:
            for term in bag:
                document_frequency[term] += 1
        fact_count = max(len(self._facts), 1)
        self._idf = {term: math.log(1 + fact_count / count) for term, count in document_frequency.items()}
        self._unknown_weight = math.log(1 + fact_count)
        self._spelling = SpellingIndex(self._typed_words())
        self._phrasings: list[_Phrasing] = []
        self._fact_texts: list[list[str]] = []
        for index, fact in enumerate(self._facts):
            term_sets = {frozenset(self._text_terms[question]) for question in fact.questions}
            term_sets.discard(frozenset())
            self._phrasings.extend(_Phrasing(index, terms, self._weight(terms)) for terms in term_sets)
            self._fact_texts.append([" ".join(sorted(terms)) for terms in term_sets])
        self._phrasing_sets = [phrasing.terms for phrasing in self._phrasings]
        self._bag_postings = _postings(self._bag_sets)
        self._phrasing_postings = _postings(self._phrasing_sets)

    @staticmethod
    def _texts(fact: Fact) -> tuple[str, ...]:
        return (*fact.questions, fact.answer, *fact.keywords, fact.disagreement)

    def _bag(self, fact: Fact) -> frozenset[str]:
        """The fact's terms, each text stemmed in its own language and met on the base's anchors."""
        return frozenset(term for text in self._texts(fact) for term in self._text_terms[text])

    def _weight(self, terms: Iterable[str]) -> float:
        return sum(self._idf[term] for term in terms)

    def weigh(self, words: Iterable[Word]) -> dict[str, float]:
        """Each distinct term of a question with its weight: how much it says."""
        weights: dict[str, float] = {}
        for word in words:
            weights[word.term] = max(weights.get(word.term, 0.0), self._word_weight(word))
        return weights

    def _word_weight(self, word: Word) -> float:
        known = self._idf.get(word.term)
        if known is not None:
            return known
        if word.named:
            return self._unknown_weight
        zipf = self._vocabulary.frequencies.zipf(word.typed)
        rarity = (COMMON_ZIPF - zipf) / (COMMON_ZIPF - RARE_ZIPF)
        return self._unknown_weight * min(1.0, max(COMMON_FLOOR, rarity))

    def uses(self, fact: Fact, term: str) -> bool:
        """Whether a fact's phrasings, answer or keywords use this term."""
        return term in self._bag_by_fact.get(fact.id, frozenset())

    def knows(self, term: str) -> bool:
        """Whether any fact uses this term."""
        return term in self._idf

    def is_rare(self, word: Word) -> bool:
        """Whether a word is rare in the language at large: a name, a brand, a term of art."""
        return word.named or self._vocabulary.frequencies.zipf(word.typed) <= RARE_ZIPF

    def read(self, text: str, language: str | None = None) -> tuple[Word, ...]:
        """A text's words, with misspelt ones repaired against the fact base's vocabulary."""
        language = language or self._vocabulary.language(text)
        return tuple(self._repair(word, language) for word in self._vocabulary.words(text, language, self._anchors))

    def terms(self, text: str) -> tuple[str, ...]:
        return tuple(word.term for word in self.read(text))

    def _typed_words(self) -> list[str]:
        """Every word as written in the base's texts and synonyms: what a typo is repaired to."""
        texts = (text for fact in self._facts for text in (*fact.questions, fact.answer, *fact.keywords))
        return [*(word for text in texts for word in plain_words(text)), *self._vocabulary.known_words()]

    def _repair(self, word: Word, language: str) -> Word:
        """A word the base doesn't know, written as a known word with a typo, becomes that word."""
        typed = word.typed
        if word.term in self._idf or not typed.isalpha() or self._vocabulary.frequencies.zipf(typed) >= REAL_WORD_ZIPF:
            return word
        corrected = self._spelling.correct(typed)
        if corrected is None:
            return word
        return Word(typed, self._vocabulary.term(corrected, language, self._anchors), word.named)

    def rank(self, words: Sequence[Word], limit: int = 5) -> list[Match]:
        """The facts that best match a question's words, best first, with scores in 0..1."""
        weights = self.weigh(words)
        if not weights:
            return []
        query = frozenset(weights)
        query_weight = sum(weights.values())
        best_phrasing = self._best_phrasings(query, query_weight)
        bag_overlap = self._overlaps(query, self._bag_postings, self._bag_sets)
        scores = {
            index: PHRASING_WEIGHT * best_phrasing.get(index, 0.0)
            + BAG_WEIGHT * bag_overlap.get(index, 0.0) / query_weight
            for index in set(bag_overlap) | set(best_phrasing)
        }
        shortlist = sorted(scores, key=scores.__getitem__, reverse=True)[:RERANK_DEPTH]
        query_text = " ".join(sorted(query))
        for index in shortlist:
            # Both sides are sorted terms already: plain ratio is token_sort_ratio without re-sorting.
            closest = process.extractOne(query_text, self._fact_texts[index], scorer=fuzz.ratio)
            scores[index] += FUZZY_WEIGHT * (closest[1] / 100 if closest else 0.0)
        ranked = sorted(shortlist, key=scores.__getitem__, reverse=True)[:limit]
        return [
            Match(
                self._facts[index],
                min(scores[index], 1.0),
                phrasing=best_phrasing.get(index, 0.0),
                explained=bag_overlap.get(index, 0.0) / query_weight,
            )
            for index in ranked
        ]

    def _best_phrasings(self, query: frozenset[str], query_weight: float) -> dict[int, float]:
        """For each fact, the F-score of its phrasing closest to the query.

        With precision overlap/phrasing weight and recall overlap/query weight, the
        F-score simplifies to (1 + b^2) * overlap / (b^2 * query weight + phrasing weight).
        """
        best: dict[int, float] = {}
        beta_squared = RECALL_BIAS**2
        query_part = beta_squared * query_weight
        phrasings = self._phrasings
        for phrasing_index, overlap in self._overlaps(query, self._phrasing_postings, self._phrasing_sets).items():
            phrasing = phrasings[phrasing_index]
            score = overlap / (query_part + phrasing.weight)
            if score > best.get(phrasing.fact_index, 0.0):
                best[phrasing.fact_index] = score
        return {fact: (1 + beta_squared) * score for fact, score in best.items()}

    def _overlaps(
        self, query: frozenset[str], postings: dict[str, list[int]], sets: Sequence[frozenset[str]]
    ) -> dict[int, float]:
        """Weight of the query terms each candidate shares, by candidate index.

        The rarest terms nominate candidates; once there are enough, commoner terms only
        add their weight to those already found, instead of visiting most of the index.
        """
        overlap: dict[int, float] = defaultdict(float)
        for term in sorted(query, key=lambda term: len(postings.get(term, ()))):
            weight = self._idf.get(term, 0.0)
            if len(overlap) < CANDIDATE_TARGET:
                for index in postings.get(term, ()):
                    overlap[index] += weight
            else:
                for index in overlap:
                    if term in sets[index]:
                        overlap[index] += weight
        return overlap


def _postings(term_sets: Iterable[frozenset[str]]) -> dict[str, list[int]]:
    postings: dict[str, list[int]] = defaultdict(list)
    for index, term_set in enumerate(term_sets):
        for term in term_set:
            postings[term].append(index)
    return dict(postings)
