"""Precedents: a question worded like one a fact answered right is evidence for that fact."""

from __future__ import annotations

import math
from pathlib import Path

import numpy as np
import pytest

from bot.answering.meaning import bundled_vectors
from bot.answering.precedents import (
    NEIGHBOURS,
    PRECEDENTS_FILE,
    Neighbours,
    Precedent,
    PrecedentIndex,
    PrecedentsError,
    bundled_precedents,
    merged,
    precedents_json,
    read_precedents,
)
from bot.loader import load_knowledge

KNOWLEDGE = Path(__file__).resolve().parents[2] / "knowledge"

ASKED_BEFORE = [
    Precedent("Which carmakers has Xiaomi been talking to?", ("set-a",), ("talks",), (), False),
    Precedent("Where is the BAIC factory Xiaomi might keep?", ("set-a",), ("plant",), ("talks",), False),
    Precedent("How much is Xiaomi paying for the factory?", ("set-b",), (), ("plant",), True),
]


@pytest.fixture(scope="module")
def index() -> PrecedentIndex:
    return PrecedentIndex.of(ASKED_BEFORE, bundled_vectors())


def nearness(index: PrecedentIndex, text: str, fact_id: str):
    return index.nearness(index.cosines(bundled_vectors().embed_one(text), ()), fact_id)


def test_of_two_questions_worded_alike_the_one_asking_the_same_kind_of_thing_is_nearer():
    """ "Who says Xiaomi talked to Chery?" is answered (Bloomberg); "what did Chery say about
    the talks?" is not (the articles don't say): their words alone hardly tell them apart."""
    worded = "Xiaomi talks with Chery: what about them?"
    judged = PrecedentIndex.of(
        [
            Precedent(worded, ("set-a",), (), (), True, asks=("statement",)),
            Precedent(worded, ("set-b",), ("talks",), (), False, asks=("attribution",)),
        ],
        bundled_vectors(),
    )
    vector = bundled_vectors().embed_one(worded)
    who_says = judged.nearness(judged.cosines(vector, ("attribution",)), "talks")
    assert who_says.neighbours_right > who_says.neighbours_out
    what_said = judged.nearness(judged.cosines(vector, ("statement",)), "talks")
    assert what_said.neighbours_out > what_said.neighbours_right


def test_a_question_worded_like_one_a_fact_answered_comes_near_it(index):
    reworded = nearness(index, "What car companies has Xiaomi been talking with?", "talks")
    assert reworded.right > reworded.wrong
    assert reworded.right > reworded.out


def test_a_price_asked_comes_nearer_the_question_the_articles_did_not_answer(index):
    priced = nearness(index, "How much will Xiaomi pay for the plant?", "plant")
    assert priced.out > priced.right
    assert priced.wrong == pytest.approx(priced.out)  # the plant was the wrong answer to it


def test_the_nearest_neighbours_vote_for_the_fact_they_were_answered_with(index):
    """Worded like the carmakers question, most of the neighbours' weight is with the talks."""
    reworded = nearness(index, "What car companies has Xiaomi been talking with?", "talks")
    assert reworded.neighbours_right > 0.5
    assert reworded.neighbours_right + reworded.neighbours_wrong + reworded.neighbours_out <= 1.0 + 1e-6


def test_a_price_asked_has_its_neighbours_among_questions_the_articles_did_not_answer(index):
    priced = nearness(index, "How much will Xiaomi pay for the plant?", "plant")
    assert priced.neighbours_out > priced.neighbours_right


def test_a_fact_no_precedent_mentions_has_no_evidence_either_way(index):
    """A fact added since the last tune, or another story's base: the decision weighs it as average."""
    new_fact = nearness(index, "Which carmakers has Xiaomi been talking to?", "a-fact-added-since")
    assert math.isnan(new_fact.right)
    assert math.isnan(new_fact.wrong)
    assert math.isnan(new_fact.out)
    assert math.isnan(new_fact.neighbours_right)


def test_a_kind_of_precedent_missing_is_not_known_rather_than_far():
    """A fact never the wrong answer, or no question the articles don't answer: no nearest
    cosine either way, where 0 would be far off anything the decision was fitted on; none of
    the neighbours is of that kind."""
    only_right = PrecedentIndex.of(ASKED_BEFORE[:1], bundled_vectors())
    never_wrong = nearness(only_right, "Which carmakers has Xiaomi been talking to?", "talks")
    assert never_wrong.right > 0.9
    assert math.isnan(never_wrong.wrong)
    assert math.isnan(never_wrong.out)
    assert never_wrong.neighbours_right == pytest.approx(1.0)
    assert never_wrong.neighbours_wrong == 0.0


def test_without_a_set_its_questions_are_no_longer_precedents(index):
    asked = "Which carmakers has Xiaomi been talking to?"
    assert nearness(index, asked, "talks").right == pytest.approx(1.0, abs=1e-5)
    unseen = nearness(index.without("set-a"), asked, "talks")
    assert math.isnan(unseen.right)


def test_without_a_set_the_same_question_in_another_set_goes_too():
    """Question sets repeat a few questions: judged as unseen, a set must not find its own in another."""
    repeated = [
        *ASKED_BEFORE,
        Precedent("which carmakers has Xiaomi been  talking to?", ("set-b",), ("talks",), (), False),
    ]
    unseen = PrecedentIndex.of(repeated, bundled_vectors()).without("set-a")
    assert math.isnan(nearness(unseen, "Which carmakers has Xiaomi been talking to?", "talks").right)


def test_a_question_several_sets_ask_alike_is_one_precedent_that_leaves_with_any_of_them():
    """Six sets asking "What did Chery say about the talks?" must not fill six of a new question's
    neighbours; judged as unseen, each of those sets must still not find it."""
    asked = "What did Chery say about the talks?"
    repeated = merged(
        [
            Precedent(asked, ("set-a",), (), (), True),
            Precedent("what did chery say about the talks", ("set-b",), (), (), True),
            Precedent("Who reported the talks with Chery?", ("set-c",), ("talks",), (), False),
        ]
    )
    assert [precedent.sources for precedent in repeated] == [("set-a", "set-b"), ("set-c",)]
    unseen = PrecedentIndex.of(repeated, bundled_vectors()).without("set-b")
    assert [precedent.sources for precedent in unseen.precedents] == [("set-c",)]


def test_a_follow_up_weighs_how_the_follow_ups_worded_like_it_went_on():
    """ "Which ones?" was answered by the fact its conversation was on, "and the other article?"
    by another: a follow-up worded like one of them is likelier right going on the same way."""
    follow_ups = PrecedentIndex.of(
        [
            Precedent("which ones?", ("set-a",), ("talks",), (), False, follows="talks"),
            Precedent("and the other article?", ("set-a",), ("licence-ndrc",), (), False, follows="licence-miit"),
        ],
        bundled_vectors(),
    )

    def alike(text: str, stays: bool) -> float:
        cosines = follow_ups.cosines(bundled_vectors().embed_one(text), ())
        return follow_ups.alike(Neighbours.of(cosines), stays)

    assert alike("which ones then?", stays=True) > alike("which ones then?", stays=False)
    assert alike("what about the other article?", stays=False) > alike("what about the other article?", stays=True)


def test_where_a_follow_up_went_is_voted_on_by_the_follow_ups_of_the_same_fact_only():
    """ "Who else?" stayed on the talks after the talks, and went to NIO and JAC after the
    start-ups that bought factories, and what will be picked the articles don't say: the same
    words vote by what came before them."""
    follow_ups = PrecedentIndex.of(
        [
            Precedent("who else?", ("set-a",), ("talks",), (), False, follows="talks"),
            Precedent("who else did?", ("set-b",), ("nio-jac",), (), False, follows="startups"),
            Precedent("which one will they pick?", ("set-c",), (), ("options",), True, follows="options"),
        ],
        bundled_vectors(),
    )
    cosines = follow_ups.cosines(bundled_vectors().embed_one("and who else?"), ())

    def voted(about: str) -> str:
        votes = follow_ups.votes(follow_ups.following(cosines, about))
        return max(votes, key=votes.__getitem__)

    assert voted("talks") == "talks"
    assert voted("startups") == "nio-jac"
    assert follow_ups.unanswered(follow_ups.following(cosines, "options")) == 1.0
    assert follow_ups.unanswered(follow_ups.following(cosines, "talks")) == 0.0
    assert follow_ups.votes(follow_ups.following(cosines, "plant")) == {}


def test_precedents_written_are_read_back_the_same(index, tmp_path):
    path = tmp_path / "precedents.json"
    path.write_text(precedents_json(index.precedents), encoding="utf-8")
    assert read_precedents(path) == ASKED_BEFORE


def test_the_bundled_precedents_name_only_facts_of_the_bundled_base():
    """A fact renamed or removed since tools/tune.py last ran leaves precedents about nothing."""
    facts = {fact.id for fact in load_knowledge(KNOWLEDGE).facts}
    named = {fact_id for precedent in read_precedents(PRECEDENTS_FILE) for fact_id in precedent.right + precedent.wrong}
    assert named <= facts


def test_follow_ups_are_weighed_only_against_follow_ups():
    """ "Who reported it?" means something after a fact; a question asked alone is no precedent for it."""
    asked_alone, follow_ups = bundled_precedents(bundled_vectors())
    assert follow_ups.precedents
    assert all(precedent.follow_up for precedent in follow_ups.precedents)
    assert not any(precedent.follow_up for precedent in asked_alone.precedents)


def test_a_damaged_precedents_file_is_one_clear_error(tmp_path):
    damaged = tmp_path / "precedents.json"
    damaged.write_text('[{"text": "half a line', encoding="utf-8")
    with pytest.raises(PrecedentsError, match=r"precedents\.json.*tools/tune\.py"):
        read_precedents(damaged)


@pytest.mark.parametrize("count", [1, 20, 200, 7_236])
def test_the_nearest_precedents_are_those_with_the_highest_cosines_however_many_there_are(count):
    cosines = np.random.default_rng(count).uniform(-1, 1, count).astype(np.float32)
    nearest = Neighbours.of(cosines)
    expected = np.sort(cosines)[::-1][: min(NEIGHBOURS, count)]
    assert sorted(cosines[nearest.rows].tolist(), reverse=True) == expected.tolist()
    assert nearest.weights.sum() == pytest.approx(1.0)
