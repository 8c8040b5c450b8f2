"""Readers' questions already judged, as evidence for the decision: how near a new question
comes to questions the candidate fact answered right, to ones it answered wrongly, and to
ones the articles don't answer, and how its nearest neighbours among them were judged.

Readers word things their own way, and the next reader often words it like an earlier one:
a question near one that this fact answered right is likelier answered right too; near one
where it was the wrong answer, or one the articles don't answer, likelier wrong. The
precedents are the labelled reader questions `tools/tune.py` fits the decision on, each
with the facts judged right for it (by the rule of benchmarks/accuracy.py) and the fact the
engine ranked first when that one was wrong; tune writes them to precedents.json. Nearness is the
cosine of meaning vectors (meaning.py) joined with what each question asks for (a place, who
says so...), so one question costs one product with a small matrix, whatever the size of the
fact base. The nearest cosines say how alike the closest
precedents are; the neighbours say what the crowd around the question was: of its NEIGHBOURS
nearest precedents, weighed by nearness, the share the fact answered right, the share it was
wrong for, and the share the articles don't answer. A fact no precedent mentions (a new one, not yet
tuned on) has no evidence either way, and the decision weighs it as average.

Follow-ups have precedents of their own: the later turns of labelled conversations, each
judged as read with its conversation ("who reported it?" after the Qingdao plant). Their
neighbours, found by the follow-up's own words (not its conversation's), weigh a
follow-up's candidate in the follow-up decision; a follow-up's words alone are no match
for questions asked on their own, nor the other way round. Which fact answered a neighbour
depends on its own conversation, so the neighbours also say how follow-ups worded alike went
on: "which ones?" stayed on the fact its conversation was on, "and the other article?" moved
to another; a reading going on the same way is likelier right. Where a follow-up goes also
depends on what came before ("who else?" after the talks stays on them, after the start-ups
that bought factories it goes to NIO and JAC): the nearest follow-ups of the same fact vote
on its candidate. At run time a follow-up worded like one already labelled ("and NIO?")
finds its twin, which then outweighs the others; tune, judging each set without the texts
it holds, never meets such twins.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from dataclasses import asdict, dataclass, replace
from functools import cache, cached_property
from pathlib import Path

import numpy as np

from bot.answering.intent import ASKED_KINDS
from bot.answering.meaning import Nearness, TokenVectors
from bot.answering.reading_cache import cached_precedents, cached_vectors
from bot.answering.text import fold

PRECEDENTS_FILE = Path(__file__).with_name("precedents.json")
UNKNOWN = float("nan")  # no precedent of the kind: no evidence either way
# How many of the nearest precedents vote, and how sharply a nearer one outweighs a farther
# one (softmax temperature over cosines). Chosen by refitting the decision with each, held
# out set by set: from 5 to 40 neighbours and 0.02 to 0.1 it scores about alike.
NEIGHBOURS = 20
NEARNESS_TEMPERATURE = 0.1
# What a question asks for (Intent.asked_kinds) counts beside its words' meaning: mean word
# vectors can't tell "who says Xiaomi talked to Chery?" (Bloomberg) from "what did Chery say
# about the talks?" (the articles don't say). Each kind asked is one more dimension of the
# vectors, of this weight beside the unit meaning vector. Measured on the labelled questions,
# each set against the others: the nearest neighbours' first choice right for 92.9% -> 93.3%
# of in-story questions, out-of-story ones told apart by their neighbours' share 0.971 -> 0.978
# (area under the curve); a weight of 0.6 scored alike, 1.0 worse.
ASKED_WEIGHT = 0.3
# How many of the nearest follow-ups of the same fact vote on where a follow-up of it goes:
# "who else?" after the talks stays on the talks, after the start-ups that bought factories
# it goes to NIO and JAC.
FOLLOWING_NEIGHBOURS = 10
# Of those, the ones this near (cosine) ask much the same: "which one will it pick?" and
# "which one will they pick?", not "when was that?" and "what was the exact date?" (0.39).
ALIKE = 0.5


@dataclass(frozen=True)
class Precedent:
    """A labelled reader question and how each fact fared on it."""

    text: str
    sources: tuple[str, ...]  # the question sets that ask it so (several repeat a few questions)
    right: tuple[str, ...]  # ids of the facts whose answer was judged right
    wrong: tuple[str, ...]  # the fact the engine ranked first (answered, offered or not), when judged wrong
    out: bool  # the articles don't answer it
    asks: tuple[str, ...] = ()  # what it asks for (Intent.asked_kinds)
    # For a later turn of a labelled conversation, judged with its context: the fact the
    # conversation was on, which it was read with.
    follows: str | None = None

    @property
    def follow_up(self) -> bool:
        return self.follows is not None


@dataclass(frozen=True)
class PrecedentNearness:
    """How near a question comes to the precedents that bear on one candidate fact."""

    # The nearest of each kind, as a cosine; UNKNOWN where no precedent of the kind exists:
    # a cosine of 0 would be far off anything the decision was fitted on, and swing it.
    right: float  # nearest question the fact answered right
    wrong: float  # nearest question it was the wrong answer to
    out: float  # nearest question the articles don't answer, whatever the fact
    # Shares of the weight of the nearest precedents (0 where none is of the kind).
    neighbours_right: float  # those the fact answered right
    neighbours_wrong: float  # those it was the wrong answer to
    neighbours_out: float  # those the articles don't answer


NO_PRECEDENTS = PrecedentNearness(UNKNOWN, UNKNOWN, UNKNOWN, UNKNOWN, UNKNOWN, UNKNOWN)


class PrecedentIndex:
    """Every precedent's meaning vector, and which of them each fact answered right or wrongly."""

    def __init__(self, precedents: Sequence[Precedent], vectors: np.ndarray) -> None:
        self._precedents = tuple(precedents)
        # One column per precedent: a question's cosines are then one row times this, the
        # faster layout for a single vector (0.07 ms against 0.09 ms at 8,507 precedents).
        self._columns = np.ascontiguousarray(vectors.T)
        self._right = _kinds_by_fact((precedent.right for precedent in precedents), len(precedents))
        self._wrong = _kinds_by_fact((precedent.wrong for precedent in precedents), len(precedents))
        out = np.array([precedent.out for precedent in precedents], dtype=bool)
        self._out = Kind.of(out) if out.any() else None
        # Follow-ups answered right by the fact their conversation was on ("which ones?" after
        # the talks), and those answered right by another ("and the other article?").
        stayed = np.array([precedent.follows in precedent.right for precedent in precedents], dtype=bool)
        moved = np.array(
            [bool(precedent.right) and precedent.follows not in precedent.right for precedent in precedents]
        )
        self._stayed, self._moved = Kind.of(stayed), Kind.of(moved)
        # The follow-ups asked after each fact ("who else?" after the talks).
        follows = ((precedent.follows,) if precedent.follows else () for precedent in precedents)
        self._following = _kinds_by_fact(follows, len(precedents))
        # One row per precedent, one column per fact it was answered right with: the neighbours'
        # votes are then one small product.
        self._voted_facts = tuple(sorted({fact_id for precedent in precedents for fact_id in precedent.right}))
        column = {fact_id: index for index, fact_id in enumerate(self._voted_facts)}
        self._right_by_row = np.zeros((len(self._precedents), len(self._voted_facts)), dtype=np.float32)
        for row, precedent in enumerate(self._precedents):
            self._right_by_row[row, [column[fact_id] for fact_id in precedent.right]] = 1.0

    @classmethod
    def of(cls, precedents: Sequence[Precedent], vectors: TokenVectors, kind: str = "precedents") -> PrecedentIndex:
        """The index of some precedents; `kind` names their vectors' cache file (one per kind)."""
        if not precedents:
            return cls.empty()
        texts = [precedent.text for precedent in precedents]
        meanings = cached_vectors(texts, vectors.version, lambda: vectors.embed(texts), kind)
        return cls(precedents, _with_asked(meanings, [precedent.asks for precedent in precedents]))

    @classmethod
    def empty(cls) -> PrecedentIndex:
        """No precedents: every fact's evidence is unknown (what tune starts from)."""
        return cls((), np.zeros((0, 1), dtype=np.float32))

    def without(self, source: str) -> PrecedentIndex:
        """The index without one question set's precedents, nor the same questions where other
        sets repeat them: how tune judges that set as unseen."""
        return self.without_texts(precedent.text for precedent in self._precedents if source in precedent.sources)

    def without_texts(self, texts: Iterable[str]) -> PrecedentIndex:
        """The index without any precedent worded as one of these texts (folded alike)."""
        folded = {fold(text) for text in texts}
        kept = [row for row, precedent in enumerate(self._precedents) if fold(precedent.text) not in folded]
        rows = self._columns.T[np.array(kept, dtype=np.intp)]
        return PrecedentIndex([self._precedents[row] for row in kept], rows)

    def resemblance(self, meaning: Nearness, asks: tuple[str, ...]) -> Resemblance:
        """A question's nearness to the precedents, worked out when the decision first asks."""
        return Resemblance(self, meaning, asks)

    def cosines(self, meaning: np.ndarray, asks: tuple[str, ...]) -> np.ndarray:
        """A question's cosine to every precedent, in their order, from its meaning vector and
        what it asks for. A question asks for a few kinds at most: their rows are summed, and
        only the meaning's rows are multiplied, the product being bound by memory."""
        if not len(self._precedents):
            return np.zeros(0, dtype=np.float32)
        meaning = np.asarray(meaning, dtype=np.float32)
        kinds = _asked_columns(asks)
        norm = np.sqrt(np.dot(meaning, meaning) + len(kinds) * ASKED_WEIGHT**2)
        if norm == 0:
            return np.zeros(len(self._precedents), dtype=np.float32)
        cosines = meaning @ self._columns[: len(meaning)]
        for kind in kinds:
            cosines += ASKED_WEIGHT * self._columns[len(meaning) + kind]
        return cosines / norm

    def nearness(self, cosines: np.ndarray, fact_id: str) -> PrecedentNearness:
        """From a question's cosines to every precedent, how near it comes to those bearing on
        the fact; none for a fact no precedent names (a new fact, or another story's base)."""
        return self.nearness_among(cosines, Neighbours.of(cosines), self.nearest_out(cosines), fact_id)

    def nearest_out(self, cosines: np.ndarray) -> float:
        """The cosine of the nearest precedent the articles don't answer, whatever the fact."""
        return _nearest(cosines, self._out)

    def nearness_among(
        self, cosines: np.ndarray, neighbours: Neighbours, nearest_out: float, fact_id: str
    ) -> PrecedentNearness:
        """As nearness, with what does not depend on the fact already found for the question."""
        right, wrong = self._right.get(fact_id), self._wrong.get(fact_id)
        if right is None and wrong is None:
            return NO_PRECEDENTS
        return PrecedentNearness(
            _nearest(cosines, right),
            _nearest(cosines, wrong),
            nearest_out,
            neighbours.share(right),
            neighbours.share(wrong),
            neighbours.share(self._out),
        )

    def votes(self, neighbours: Neighbours) -> dict[str, float]:
        """For each fact, the weight of the neighbours it was the right answer to (as
        neighbours_right, read for every fact at once)."""
        if not len(neighbours.rows):
            return {}
        shares = neighbours.weights.astype(np.float32) @ self._right_by_row[neighbours.rows]
        return dict(zip(self._voted_facts, shares.tolist(), strict=True))

    def following(self, cosines: np.ndarray, fact_id: str, nearest_from: float = -1.0) -> Neighbours:
        """The nearest follow-ups of one fact only, those at least `nearest_from` near: where
        follow-ups worded alike went from there."""
        following = self._following.get(fact_id)
        if following is None:
            return Neighbours.weighed(cosines, np.zeros(0, dtype=np.intp))
        rows = following.rows[Neighbours.of(cosines[following.rows], FOLLOWING_NEIGHBOURS).rows]
        return Neighbours.weighed(cosines, rows[cosines[rows] >= nearest_from])

    def unanswered(self, neighbours: Neighbours) -> float:
        """The weight of the neighbours the articles don't answer (none without neighbours)."""
        return neighbours.share(self._out) if len(neighbours.rows) else 0.0

    def alike(self, neighbours: Neighbours, stays: bool) -> float:
        """The weight of the neighbouring follow-ups answered right as this reading answers: by
        the fact their conversation was on when it `stays` on its own, else by another."""
        return neighbours.share(self._stayed if stays else self._moved)

    @property
    def precedents(self) -> tuple[Precedent, ...]:
        return self._precedents


class Resemblance:
    """One question's cosines to every precedent, made once (a message that never reaches the
    decision costs nothing), then read for each candidate fact."""

    def __init__(self, index: PrecedentIndex, meaning: Nearness, asks: tuple[str, ...]) -> None:
        self._index = index
        self._meaning = meaning
        self._asks = asks
        self._votes_following: dict[str, dict[str, float]] = {}

    @cached_property
    def _cosines(self) -> np.ndarray:
        return self._index.cosines(self._meaning.vector, self._asks)

    @cached_property
    def _neighbours(self) -> Neighbours:
        return Neighbours.of(self._cosines)

    @cached_property
    def _nearest_out(self) -> float:
        return self._index.nearest_out(self._cosines)

    def to(self, fact_id: str) -> PrecedentNearness:
        return self._index.nearness_among(self._cosines, self._neighbours, self._nearest_out, fact_id)

    def alike(self, stays: bool) -> float:
        """The weight of the nearest follow-ups that stayed on their conversation's fact, or
        moved to another, as this reading does (PrecedentIndex.alike)."""
        return self._index.alike(self._neighbours, stays)

    @cached_property
    def votes(self) -> dict[str, float]:
        """For each fact, the share of the weight of the nearest precedents it was the right answer to."""
        return self._index.votes(self._neighbours)

    def votes_following(self, fact_id: str) -> dict[str, float]:
        """As votes, among the nearest follow-ups of one fact (PrecedentIndex.following)."""
        if fact_id not in self._votes_following:
            self._votes_following[fact_id] = self._index.votes(self._index.following(self._cosines, fact_id))
        return self._votes_following[fact_id]

    def unanswered_following(self, fact_id: str) -> float:
        """The weight of the follow-ups of one fact asking much the same that the articles don't answer."""
        return self._index.unanswered(self._index.following(self._cosines, fact_id, ALIKE))


@dataclass(frozen=True)
class Neighbours:
    """A question's nearest precedents (rows of the index) and their weights, summing to 1."""

    rows: np.ndarray
    weights: np.ndarray

    @classmethod
    def of(cls, cosines: np.ndarray, count: int = NEIGHBOURS) -> Neighbours:
        count = min(count, len(cosines))
        if not count:
            return cls(np.zeros(0, dtype=np.intp), np.zeros(0))
        return cls.weighed(cosines, _top(cosines, count))

    @classmethod
    def weighed(cls, cosines: np.ndarray, rows: np.ndarray) -> Neighbours:
        """Some rows as neighbours, the nearer weighing more."""
        if not len(rows):
            return cls(np.zeros(0, dtype=np.intp), np.zeros(0))
        nearness = np.exp((cosines[rows] - cosines[rows].max()) / NEARNESS_TEMPERATURE)
        return cls(rows, nearness / nearness.sum())

    def share(self, of_kind: Kind | None) -> float:
        """The weight of the neighbours among the precedents of a kind (None where there are
        none of the kind)."""
        if not len(self.rows):
            return UNKNOWN
        return float(self.weights[of_kind.mask[self.rows]].sum()) if of_kind is not None else 0.0


@dataclass(frozen=True)
class Kind:
    """The precedents of one kind (those a fact answered right, say): as a mask over all of
    them, to weigh a question's neighbours, and as their rows, to find the nearest without
    reading every cosine."""

    mask: np.ndarray
    rows: np.ndarray

    @classmethod
    def of(cls, mask: np.ndarray) -> Kind:
        return cls(mask, np.flatnonzero(mask))


def _asked_columns(asked: Sequence[str]) -> list[int]:
    """The columns, after the meaning's, of the kinds of detail a text asks for."""
    return sorted({ASKED_KINDS.index(kind) for kind in asked if kind in ASKED_KINDS})


def _with_asked(meanings: np.ndarray, asks: Sequence[Sequence[str]]) -> np.ndarray:
    """Meaning vectors (one per row) joined with what each asks for, made unit again; a row
    of zeros (a text without tokens) asking nothing stays zeros."""
    kinds = np.zeros((len(asks), len(ASKED_KINDS)), dtype=np.float32)
    for row, asked in enumerate(asks):
        kinds[row, _asked_columns(asked)] = ASKED_WEIGHT
    joined = np.hstack([meanings.astype(np.float32), kinds])
    norms = np.linalg.norm(joined, axis=1, keepdims=True)
    return np.divide(joined, norms, out=np.zeros_like(joined), where=norms > 0)


def _top(cosines: np.ndarray, count: int) -> np.ndarray:
    """The rows of the `count` highest cosines. Partitioning every cosine would cost most of a
    question's time with the precedents: the `count`-th highest of every eighth cosine bounds
    the answer from below, and only the few cosines above it are partitioned."""
    sample = cosines[::8]
    if len(sample) < count:
        return np.argpartition(-cosines, count - 1)[:count]
    above = np.flatnonzero(cosines >= np.partition(sample, -count)[-count])
    return above[np.argpartition(-cosines[above], count - 1)[:count]]


def _kinds_by_fact(fact_ids_per_row: Iterable[tuple[str, ...]], size: int) -> dict[str, Kind]:
    """For each fact named, the precedents naming it."""
    masks: dict[str, np.ndarray] = {}
    for row, fact_ids in enumerate(fact_ids_per_row):
        for fact_id in fact_ids:
            masks.setdefault(fact_id, np.zeros(size, dtype=bool))[row] = True
    return {fact_id: Kind.of(mask) for fact_id, mask in masks.items()}


def _nearest(cosines: np.ndarray, of_kind: Kind | None) -> float:
    return float(cosines[of_kind.rows].max()) if of_kind is not None else UNKNOWN


def merged(precedents: Iterable[Precedent]) -> list[Precedent]:
    """One precedent per wording and verdict, with every set that asks it so: a question six sets
    repeat word for word ("What did Chery say about the talks?") would otherwise fill six of a
    new question's NEIGHBOURS, and outvote differently worded ones nearer in meaning
    ("who reported that Xiaomi talked to Chery?")."""
    kept: dict[tuple[object, ...], Precedent] = {}
    for precedent in precedents:
        key = (fold(precedent.text), precedent.right, precedent.wrong, precedent.out, precedent.asks, precedent.follows)
        first = kept.setdefault(key, precedent)
        if first is not precedent:
            kept[key] = replace(first, sources=(*first.sources, *precedent.sources))
    return list(kept.values())


def precedents_json(precedents: Iterable[Precedent]) -> str:
    """One precedent per line, so that a refit reads as a diff."""
    lines = (json.dumps(asdict(precedent), ensure_ascii=False) for precedent in precedents)
    return "[\n" + ",\n".join(lines) + "\n]\n"


def read_precedents(path: Path = PRECEDENTS_FILE) -> list[Precedent]:
    """The precedents tools/tune.py wrote; a file missing or damaged is one clear error."""
    return _parsed(_contents(path), path)


def _contents(path: Path) -> bytes:
    try:
        return path.read_bytes()
    except OSError as error:
        raise PrecedentsError(f"{path} can't be read ({error}); run tools/tune.py to write it again") from error


def _parsed(contents: bytes, path: Path) -> list[Precedent]:
    try:
        return [
            Precedent(
                item["text"],
                tuple(item["sources"]),
                tuple(item["right"]),
                tuple(item["wrong"]),
                bool(item["out"]),
                tuple(item["asks"]),
                item["follows"],
            )
            for item in json.loads(contents.decode("utf-8"))
        ]
    except (ValueError, KeyError, TypeError) as error:
        raise PrecedentsError(f"{path} can't be read ({error}); run tools/tune.py to write it again") from error


class PrecedentsError(Exception):
    """The bundled precedents are missing or damaged: the install is broken, not the fact base."""


@cache
def bundled_precedents(vectors: TokenVectors) -> tuple[PrecedentIndex, PrecedentIndex]:
    """The precedents tools/tune.py wrote, read once per process and set of vectors: those
    of questions asked on their own, and those of follow-ups. Indexing them is most of a
    start-up's work, so the indexes are kept on disk between runs (reading_cache.py)."""
    path = PRECEDENTS_FILE
    contents = _contents(path)

    def index() -> tuple[PrecedentIndex, PrecedentIndex]:
        precedents = _parsed(contents, path)
        return (
            PrecedentIndex.of([precedent for precedent in precedents if not precedent.follow_up], vectors),
            PrecedentIndex.of([precedent for precedent in precedents if precedent.follow_up], vectors, "follow-ups"),
        )

    return cached_precedents(contents, f"{vectors.version} {' '.join(ASKED_KINDS)}", index)
