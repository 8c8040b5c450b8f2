"""Facts, topics and alerts shown in the reader's language."""

from __future__ import annotations

from bot.languages.wording import in_language


def test_a_translated_fact_reads_in_the_language_with_its_button_question(real_knowledge):
    fact = real_knowledge.fact("qingdao-plant")
    italian = in_language(fact, "it")
    assert italian.answer.startswith("Secondo Cailian")
    assert italian.questions[0] != fact.questions[0]
    assert italian.sources == fact.sources


def test_english_or_a_missing_translation_leaves_the_entry_as_written(toy_engine):
    fact = toy_engine.knowledge.facts[0]
    assert in_language(fact, "en") is fact
    assert in_language(fact, "es") is fact
