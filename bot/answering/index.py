"""What the matcher builds from the fact base's texts, once per version of them.

Reading every text (its language, its stems, the synonyms it meets) and counting its terms
is most of what building an engine costs, and the result depends only on the texts, the
synonyms and the reading code: reading_cache.py keeps it on disk between runs.
"""

from __future__ import annotations

import math
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

from bot.answering.likelihood import FactLikelihood
from bot.answering.spelling import SpellingIndex
from bot.answering.text import Vocabulary


@dataclass(frozen=True)
class Postings:
    """Which rows (phrasings, or facts) hold each term, as arrays numpy can add into."""

    rows: int
    by_term: dict[str, np.ndarray]

    @classmethod
    def of(cls, term_sets: Sequence[frozenset[str]]) -> Postings:
        lists: dict[str, list[int]] = defaultdict(list)
        for row, term_set in enumerate(term_sets):
            for term in term_set:
                lists[term].append(row)
        return cls(len(term_sets), {term: np.array(rows, dtype=np.intp) for term, rows in lists.items()})

    def overlaps(self, weights: dict[str, float]) -> np.ndarray:
        """For each row, the summed weight of the query terms it holds."""
        overlap = np.zeros(self.rows)
        for term, weight in weights.items():
            rows = self.by_term.get(term)
            if rows is not None:
                overlap[rows] += weight
        return overlap


@dataclass(frozen=True)
class MatcherIndex:
    anchors: frozenset[str]  # the terms the base uses, that a word in any language may meet
    bags: tuple[frozenset[str], ...]  # per fact, every term of everything it is found by
    idf: dict[str, float]
    unknown_weight: float  # what a term no fact uses weighs at most
    spelling: SpellingIndex
    likelihood: FactLikelihood
    phrasing_weights: np.ndarray
    fact_of_phrasing: np.ndarray
    phrasing_postings: Postings
    bag_postings: Postings
    fact_texts: tuple[tuple[str, ...], ...]  # per fact, each phrasing's sorted terms, for rapidfuzz


def build_index(
    texts_by_fact: Sequence[Sequence[str]], phrasings_by_fact: Sequence[Sequence[str]], vocabulary: Vocabulary
) -> MatcherIndex:
    """`texts_by_fact`: everything each fact is found by; `phrasings_by_fact`: its questions."""
    texts = {text for texts in texts_by_fact for text in texts}
    read = vocabulary.read_texts(texts)
    bags = tuple(frozenset(term for text in texts for term in read.terms[text]) for texts in texts_by_fact)
    document_frequency: dict[str, int] = defaultdict(int)
    for bag in bags:
        for term in bag:
            document_frequency[term] += 1
    fact_count = max(len(bags), 1)
    idf = {term: math.log(1 + fact_count / count) for term, count in document_frequency.items()}
    phrasing_sets: list[frozenset[str]] = []
    fact_of_phrasing: list[int] = []
    fact_texts: list[tuple[str, ...]] = []
    for index, phrasings in enumerate(phrasings_by_fact):
        term_sets = sorted({frozenset(read.terms[question]) for question in phrasings} - {frozenset()}, key=sorted)
        phrasing_sets.extend(term_sets)
        fact_of_phrasing.extend([index] * len(term_sets))
        fact_texts.append(tuple(" ".join(sorted(terms)) for terms in term_sets))
    return MatcherIndex(
        anchors=read.anchors,
        bags=bags,
        idf=idf,
        unknown_weight=math.log(1 + fact_count),
        spelling=SpellingIndex([*read.typed, *vocabulary.known_words()]),
        likelihood=FactLikelihood([[read.terms[text] for text in phrasings] for phrasings in phrasings_by_fact]),
        phrasing_weights=np.array([sum(idf[term] for term in terms) for terms in phrasing_sets]),
        fact_of_phrasing=np.array(fact_of_phrasing, dtype=np.intp),
        phrasing_postings=Postings.of(phrasing_sets),
        bag_postings=Postings.of(bags),
        fact_texts=tuple(fact_texts),
    )
