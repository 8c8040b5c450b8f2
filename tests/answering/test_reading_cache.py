"""Start-up reads the base's texts once per version: the cache never changes an answer."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from bot.answering import precedents
from bot.answering.engine import Engine
from bot.answering.meaning import bundled_vectors
from bot.answering.precedents import bundled_precedents
from bot.answering.reading_cache import cached_vectors
from bot.loader import load_knowledge
from tests.knowledge_builder import write_toy_knowledge


@pytest.fixture
def cache_folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    return tmp_path / "cache" / "xiaomi-story-bot"


def ranking(engine: Engine, question: str) -> list[tuple[str, float]]:
    return [(match.fact.id, round(match.score, 9)) for match in engine.rank(question)]


def test_a_second_start_reads_the_cache_and_answers_the_same(toy_folder, cache_folder):
    first = Engine(load_knowledge(toy_folder))
    assert len(list(cache_folder.glob("index-*.pickle"))) == 1
    second = Engine(load_knowledge(toy_folder))
    for question in ("who is acme talking to", "wen is the scootter debutt", "Zeta?"):
        assert ranking(second, question) == ranking(first, question)


def test_an_edited_phrasing_is_read_afresh(tmp_path, cache_folder):
    folder = write_toy_knowledge(tmp_path / "knowledge")
    Engine(load_knowledge(folder))
    (before,) = cache_folder.glob("index-*.pickle")
    facts = folder / "facts" / "toy.yaml"
    facts.write_text(facts.read_text().replace("Who is Acme talking to?", "Which partner builds the mopeds?"))
    engine = Engine(load_knowledge(folder))
    assert engine.rank("which partner builds the mopeds")[0].fact.id == "zeta-talks"
    assert [path.name for path in cache_folder.glob("index-*.pickle")] != [before.name]


@pytest.mark.usefixtures("cache_folder")
def test_a_phrasing_moved_to_another_fact_is_indexed_afresh(tmp_path):
    folder = write_toy_knowledge(tmp_path / "knowledge")
    assert Engine(load_knowledge(folder)).rank("did zeta confirm the talks")[0].fact.id == "zeta-reply"
    facts = folder / "facts" / "toy.yaml"
    moved = facts.read_text().replace("    - Did Zeta confirm the talks?\n", "")
    moved = moved.replace(
        "    - Who is Acme talking to?\n", "    - Who is Acme talking to?\n    - Did Zeta confirm the talks?\n"
    )
    facts.write_text(moved)
    assert Engine(load_knowledge(folder)).rank("did zeta confirm the talks")[0].fact.id == "zeta-talks"


def test_a_damaged_cache_is_rebuilt_not_trusted(toy_folder, cache_folder):
    expected = ranking(Engine(load_knowledge(toy_folder)), "who is acme talking to")
    (damaged,) = cache_folder.glob("index-*.pickle")
    damaged.write_bytes(b"\x80\x05half a pickle")
    assert ranking(Engine(load_knowledge(toy_folder)), "who is acme talking to") == expected


def test_the_phrasings_meaning_vectors_are_kept_and_a_damaged_file_is_rebuilt(toy_folder, cache_folder):
    question = "which partner is acme negotiating with"
    first = Engine(load_knowledge(toy_folder))
    expected = first.closest_reading(first.read(question)).evidence.vector()
    (kept,) = cache_folder.glob("vectors-phrasings-*.npy")
    again = Engine(load_knowledge(toy_folder))
    assert np.allclose(again.closest_reading(again.read(question)).evidence.vector(), expected, equal_nan=True)
    kept.write_bytes(b"\x93NUMPY half a file")
    rebuilt = Engine(load_knowledge(toy_folder))
    assert np.allclose(rebuilt.closest_reading(rebuilt.read(question)).evidence.vector(), expected, equal_nan=True)


def test_each_kind_of_text_keeps_its_own_vectors_file(cache_folder):
    """The phrasings' vectors and the precedents' are cached side by side; neither evicts the other."""
    vectors = bundled_vectors()
    for kind, texts in (("phrasings", ["where is the plant"]), ("precedents", ["who wrote it"])):
        cached_vectors(texts, vectors.version, lambda texts=texts: vectors.embed(texts), kind)
    assert len(list(cache_folder.glob("vectors-phrasings-*.npy"))) == 1
    assert len(list(cache_folder.glob("vectors-precedents-*.npy"))) == 1


def test_the_precedents_indexes_are_kept_and_a_damaged_file_is_rebuilt(cache_folder):
    """Indexing the precedents is most of a start-up: the second start reads them, weighing a question alike."""
    vectors = bundled_vectors()
    question = vectors.embed(["who reported the talks with chery"])[0]

    def weighed() -> list[float]:
        bundled_precedents.cache_clear()
        asked_alone, follow_ups = bundled_precedents(vectors)
        return [*asked_alone.cosines(question, ("source",)), *follow_ups.cosines(question, ())]

    first = weighed()
    (kept,) = cache_folder.glob("precedents-*.pickle")
    assert weighed() == first
    kept.write_bytes(b"\x80\x05half a pickle")
    assert weighed() == first
    bundled_precedents.cache_clear()


def test_a_new_kind_of_detail_to_ask_for_indexes_the_precedents_afresh(cache_folder, monkeypatch):
    """What a question asks for is part of each precedent's row: a kind added since the last start
    (a new slot) must not meet an index kept without it."""
    vectors = bundled_vectors()
    question = vectors.embed(["which website does he write for"])[0]
    bundled_precedents.cache_clear()
    bundled_precedents(vectors)
    monkeypatch.setattr(precedents, "ASKED_KINDS", (*precedents.ASKED_KINDS, "mood"))
    bundled_precedents.cache_clear()
    asked_alone, _ = bundled_precedents(vectors)
    assert len(asked_alone.cosines(question, ("mood",))) == len(asked_alone.precedents)
    assert len(list(cache_folder.glob("precedents-*.pickle"))) == 1
    bundled_precedents.cache_clear()
