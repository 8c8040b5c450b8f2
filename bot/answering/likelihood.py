"""A second opinion on which fact a question is about: naive Bayes over all its phrasings.

The matcher looks for the one phrasing closest to the question. A reader often mixes the
words of several phrasings of the same fact ("which BAIC site in Shandong could Xiaomi
keep?"), and no single phrasing then fits well. Counting how often each term, and each
pair of neighbouring terms, appears across a fact's phrasings gives the chance that the
question is about that fact given all of them at once. The decision weighs that chance
beside the matcher's score: when the two readings agree, the answer is far more often right.
"""

from __future__ import annotations

from collections.abc import Sequence
from itertools import pairwise

import numpy as np

# Additive smoothing: small, so that a term seen in one fact's phrasings only points at it.
SMOOTHING = 0.02


def features(terms: Sequence[str]) -> frozenset[str]:
    """A text's terms and its pairs of neighbouring terms, which carry some word order."""
    return frozenset(terms) | {f"{first} {second}" for first, second in pairwise(terms)}


class FactLikelihood:
    """Posterior over facts, from the terms of each fact's phrasings."""

    def __init__(self, phrasings_by_fact: Sequence[Sequence[Sequence[str]]]) -> None:
        fact_count = len(phrasings_by_fact)
        self._ids: dict[str, int] = {}
        seen_features: list[int] = []
        seen_facts: list[int] = []
        for index, phrasings in enumerate(phrasings_by_fact):
            for terms in phrasings:
                for feature in features(terms):
                    seen_features.append(self._ids.setdefault(feature, len(self._ids)))
                    seen_facts.append(index)
        # One row per (feature, fact) seen together, sorted by feature, with how often.
        pairs, counts = np.unique(
            np.array(seen_features, dtype=np.int64) * max(fact_count, 1) + np.array(seen_facts, dtype=np.int64),
            return_counts=True,
        )
        self._facts = pairs % max(fact_count, 1)
        self._gains = np.log((counts + SMOOTHING) / SMOOTHING)
        self._starts = np.searchsorted(pairs // max(fact_count, 1), np.arange(len(self._ids) + 1))
        sizes = np.array([max(len(phrasings), 1) for phrasings in phrasings_by_fact], dtype=float)
        self._prior = np.log(sizes / sizes.sum())
        # Each known feature costs a fact log(total + smoothing * vocabulary); those it has seen pay back.
        totals = np.bincount(self._facts, weights=counts, minlength=fact_count)
        self._cost = np.log(totals + SMOOTHING * max(len(self._ids), 1))

    def posteriors(self, terms: Sequence[str]) -> np.ndarray:
        """For each fact, the chance that a question with these terms is about it (the prior when no term is known)."""
        known = [self._ids[feature] for feature in features(terms) if feature in self._ids]
        scores = self._prior - len(known) * self._cost
        for feature in known:
            rows = slice(self._starts[feature], self._starts[feature + 1])
            scores[self._facts[rows]] += self._gains[rows]
        scores = np.exp(scores - scores.max())
        return scores / scores.sum()
