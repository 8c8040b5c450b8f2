"""Ranking facts: the right one first, typos forgiven, unknown subjects scored low."""

from __future__ import annotations

from bot.answering.engine import Engine


def top_fact(engine: Engine, question: str) -> str:
    return engine.rank(question)[0].fact.id


def test_a_paraphrase_finds_its_fact(toy_engine):
    assert top_fact(toy_engine, "which firm might make the scooters for acme") == "zeta-talks"


def test_a_synonym_finds_the_fact_written_with_another_word(toy_engine):
    assert top_fact(toy_engine, "where is zeta's works site") == "zeta-talks"


def test_typos_are_repaired_against_the_fact_base_vocabulary(toy_engine):
    assert toy_engine.matcher.terms("scootter debutt") == toy_engine.matcher.terms("scooter debut")
    assert top_fact(toy_engine, "wen is the scootter debutt") == "scooter-debut"


def test_a_dropped_g_is_read_as_the_word_not_as_the_nearest_known_one(real_engine):
    """ "tryin" is one letter from "train" too."""
    assert real_engine.matcher.terms("tryin waitin") == real_engine.matcher.terms("trying waiting")


def test_scores_fall_between_zero_and_one_and_are_ordered(toy_engine):
    scores = [match.score for match in toy_engine.rank("Zeta scooter talks")]
    assert scores == sorted(scores, reverse=True)
    assert all(0.0 <= score <= 1.0 for score in scores)


def test_a_question_on_an_unknown_subject_scores_far_below_a_known_one(toy_engine):
    known = toy_engine.rank("who is acme talking to")[0].score
    unknown = toy_engine.rank("acme pizza recipe")[0].score
    assert unknown < known / 2


def test_a_question_with_no_words_matches_nothing(toy_engine):
    assert toy_engine.rank("?!") == []


def test_the_story_s_own_subject_names_nothing_in_particular(real_engine, toy_engine):
    """Nearly every fact of the story speaks of Xiaomi; few of Qingdao. A base of a few
    facts is too small to tell."""
    assert real_engine.matcher.story_wide("xiaomi")
    assert not real_engine.matcher.story_wide("qingdao")
    assert not any(toy_engine.matcher.story_wide(term) for term in toy_engine.matcher.terms("Xiaomi electric car"))
