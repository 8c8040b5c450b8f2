"""How near a question comes in meaning to each fact's phrasings, from static word vectors.

The matcher weighs the words a question shares with a fact; readers who word it their own
way ("which automakers is Xiaomi teaming up with") share few. WordLlama (MIT, installed
from the package index with its vectors inside: nothing is downloaded) gives every token of
a multilingual tokenizer a vector learnt so that texts meaning alike lie close; a text's
vector is the mean of its tokens' vectors, cut to the first DIMENSIONS (the model is trained
so that a prefix keeps most of the meaning). The decision weighs the nearness as one more
piece of evidence (measured: more right answers for the same wrong ones, cross-validated).

Mean word vectors share a few directions whatever the text says (every question about the
story speaks of Xiaomi, asks "what", "which"), so raw cosines are all high and say little.
Whitening (Su et al., 2021, "Whitening Sentence Representations for Better Semantics and
Faster Retrieval") moves the vectors so that readers' questions average to nothing and vary
alike in every direction: what is left is what tells one question from another. The
transform is fitted by tools/tune.py on the labelled readers' messages and bundled
(whitening.npz). Measured with the decision refitted: in-story right 3,898 -> 3,981 of
4,825 cross-validated and wrong answers 138 -> 130 of 6,991 (right minus four times wrong
3,346 -> 3,461); follow-ups right 1,648 -> 1,744 of 2,084. Whitened, more dimensions say
more (right minus four times wrong: 64 dimensions 3,437, 128 3,479, 256 3,514); 128 keep
a question's cost small.

The files are read from the installed package, not through its Python API, whose import
costs half a second. Reading them adds about 0.2 s to start-up, most of it parsing the
tokenizer (a thread would not hide it: the parse holds Python's lock).
"""

from __future__ import annotations

import hashlib
import importlib.util
import math
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import cache, cached_property
from pathlib import Path

import numpy as np
from safetensors.numpy import load_file
from tokenizers import Tokenizer

from bot.answering.reading_cache import cached_vectors
from bot.models import Fact

PACKAGE = "wordllama"
TOKENIZER_FILE = Path("tokenizers") / "l2_supercat_tokenizer_config.json"
VECTORS_FILE = Path("weights") / "l2_supercat_256.safetensors"
DIMENSIONS = 128
WHITENING_FILE = Path(__file__).with_name("whitening.npz")
# Added to the variances before dividing by them: directions where questions hardly vary
# (noise) are stretched less. 1e-3 and 3e-3 scored alike (right minus four times wrong 3,479
# and 3,488); 3e-3 did it with fewer wrong answers.
WHITENING_FLOOR = 3e-3


@dataclass(frozen=True)
class Whitening:
    """A linear map under which the texts it was fitted on average to zero and vary alike in
    every direction."""

    mean: np.ndarray
    transform: np.ndarray

    @classmethod
    def fit(cls, rows: np.ndarray) -> Whitening:
        rows = rows.astype(np.float64)
        mean = rows.mean(axis=0)
        variances, directions = np.linalg.eigh(np.cov((rows - mean).T))
        transform = directions @ np.diag(1.0 / np.sqrt(variances + WHITENING_FLOOR)) @ directions.T
        return cls(mean.astype(np.float32), transform.astype(np.float32))

    @classmethod
    def read(cls, path: Path = WHITENING_FILE) -> Whitening:
        """The bundled transform; a file missing or damaged is one clear error."""
        try:
            with np.load(path) as stored:
                return cls(stored["mean"], stored["transform"])
        except (OSError, ValueError, KeyError) as error:
            raise RuntimeError(f"{path} can't be read ({error}); run tools/tune.py to write it again") from error

    def write(self, path: Path = WHITENING_FILE) -> None:
        np.savez(path, mean=self.mean, transform=self.transform)

    def apply_one(self, unit: np.ndarray) -> np.ndarray:
        """As apply, for one non-zero unit vector: a question's, where numpy's per-call cost
        outweighs the arithmetic."""
        moved = (unit - self.mean) @ self.transform
        norm = math.sqrt(float(moved @ moved))
        return moved / norm if norm else moved

    @property
    def digest(self) -> str:
        return hashlib.sha256(self.mean.tobytes() + self.transform.tobytes()).hexdigest()[:16]

    def apply(self, units: np.ndarray) -> np.ndarray:
        """Unit vectors (one, or one per row) whitened and made unit again; zeros stay zeros."""
        moved = (units - self.mean) @ self.transform
        norms = np.linalg.norm(moved, axis=-1, keepdims=True)
        kept = np.any(units != 0, axis=-1, keepdims=True) & (norms > 0)
        return np.divide(moved, norms, out=np.zeros_like(moved), where=kept)


class TokenVectors:
    """Texts to unit vectors: the mean of their tokens' vectors, whitened."""

    def __init__(self, tokenizer: Tokenizer, table: np.ndarray, version: str, whitening: Whitening | None) -> None:
        self._tokenizer = tokenizer
        self._table = table
        self._raw_version = version
        # What the vectors depend on: texts embedded by another version differ.
        self.version = version if whitening is None else f"{version} whitened {whitening.digest}"
        self._whitening = whitening

    def whitened(self, whitening: Whitening) -> TokenVectors:
        """The same vectors under another whitening (tools/tune.py fits one on the raw vectors)."""
        return TokenVectors(self._tokenizer, self._table, self._raw_version, whitening)

    def embed_one(self, text: str) -> np.ndarray:
        """One text's unit vector; the quick way for a question, read while the reader waits."""
        ids = self._tokenizer.encode(text, add_special_tokens=False).ids
        if not ids:
            return np.zeros(self._table.shape[1], dtype=np.float32)
        summed = self._table[ids].sum(axis=0)
        norm = math.sqrt(float(summed @ summed))
        if not norm:
            return summed
        unit = summed / norm
        return unit if self._whitening is None else self._whitening.apply_one(unit)

    def embed(self, texts: Sequence[str]) -> np.ndarray:
        """One row per text; a text with no tokens gets a row of zeros, near nothing."""
        if not texts:
            return np.zeros((0, self._table.shape[1]), dtype=np.float32)
        encoded = self._tokenizer.encode_batch(list(texts), add_special_tokens=False)
        lengths = np.array([len(encoding.ids) for encoding in encoded])
        sums = np.zeros((len(texts), self._table.shape[1]), dtype=np.float32)
        tokened = lengths > 0
        if tokened.any():
            ids = np.array([token for encoding in encoded for token in encoding.ids], dtype=np.intp)
            starts = np.concatenate(([0], np.cumsum(lengths)[:-1]))[tokened]
            sums[tokened] = np.add.reduceat(self._table[ids], starts, axis=0)
        norms = np.linalg.norm(sums, axis=1, keepdims=True)
        return self._finished(np.divide(sums, norms, out=np.zeros_like(sums), where=norms > 0))

    def _finished(self, units: np.ndarray) -> np.ndarray:
        return units if self._whitening is None else self._whitening.apply(units)


class MeaningIndex:
    """Every phrasing of every fact as a vector, to find how near a question comes to a fact."""

    def __init__(self, facts: Sequence[Fact], phrasings_of: dict[str, tuple[str, ...]], vectors: TokenVectors) -> None:
        self._vectors = vectors
        texts = sorted({text for fact in facts for text in phrasings_of[fact.id]})
        row_of = {text: row for row, text in enumerate(texts)}
        vectors_of_texts = cached_vectors(texts, vectors.version, lambda: vectors.embed(texts), "phrasings")
        # Each fact's phrasings side by side: a fact's vectors are one slice.
        rows = [row_of[text] for fact in facts for text in phrasings_of[fact.id]]
        self._phrasings = vectors_of_texts[np.array(rows, dtype=np.intp)]
        ends = np.cumsum([len(phrasings_of[fact.id]) for fact in facts])
        self._slice_of = {
            fact.id: slice(int(end) - len(phrasings_of[fact.id]), int(end))
            for fact, end in zip(facts, ends, strict=True)
        }

    def nearness(self, text: str) -> Nearness:
        """How near the text comes to the facts the decision asks about, worked out as it asks."""
        return Nearness(self, text)

    def cosine(self, vector: np.ndarray, fact: Fact) -> float:
        """The cosine of the fact's phrasing nearest the vector (-1 for a fact with none)."""
        phrasings = self._phrasings[self._slice_of[fact.id]]
        return float((phrasings @ vector).max()) if len(phrasings) else -1.0

    def vector(self, text: str) -> np.ndarray:
        return self._vectors.embed_one(text)


class Nearness:
    """One text's nearness to facts, its vector made when the decision first asks (a message
    that never reaches the decision costs nothing), each fact's cosine worked out once."""

    def __init__(self, index: MeaningIndex, text: str) -> None:
        self._index = index
        self._text = text
        self._cosines: dict[str, float] = {}

    @cached_property
    def vector(self) -> np.ndarray:
        return self._index.vector(self._text)

    def cosine(self, fact: Fact) -> float:
        if fact.id not in self._cosines:
            self._cosines[fact.id] = self._index.cosine(self.vector, fact)
        return self._cosines[fact.id]

    def lead(self, fact: Fact, rivals: Iterable[Fact]) -> tuple[float, float]:
        """How near the text comes to the fact, and by how much nearer than to the nearest of its
        rivals (the other facts the matcher ranks near it: the cost does not grow with the base)."""
        nearest_rival = max((self.cosine(rival) for rival in rivals if rival.id != fact.id), default=-1.0)
        return self.cosine(fact), self.cosine(fact) - nearest_rival


@cache
def bundled_vectors() -> TokenVectors:
    """The vectors, whitened as tools/tune.py fitted, read once per process (about 0.2 s,
    most of it parsing the tokenizer)."""
    return raw_vectors().whitened(Whitening.read())


def raw_vectors() -> TokenVectors:
    """The vectors as the package has them, not whitened: what tools/tune.py fits the whitening on."""
    spec = importlib.util.find_spec(PACKAGE)
    if spec is None or not spec.submodule_search_locations:
        raise RuntimeError(f"the {PACKAGE} package is not installed: run pip install -e .")
    root = Path(spec.submodule_search_locations[0])
    tokenizer = Tokenizer.from_file(str(root / TOKENIZER_FILE))
    tokenizer.no_padding()
    tokenizer.no_truncation()
    table = load_file(str(root / VECTORS_FILE))["embedding.weight"][:, :DIMENSIONS].astype(np.float32)
    files = (root / TOKENIZER_FILE).stat(), (root / VECTORS_FILE).stat()
    # Which files the vectors come from (importlib.metadata would cost 0.07 s of start-up).
    version = f"{PACKAGE} {DIMENSIONS} " + " ".join(f"{stat.st_size}:{stat.st_mtime_ns}" for stat in files)
    return TokenVectors(tokenizer, table, version, None)
