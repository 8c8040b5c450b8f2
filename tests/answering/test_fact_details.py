"""What a fact gives a reader, read from its answer, quotes and claimant."""

from __future__ import annotations

from bot.models import Slot


def test_a_place_is_given_only_when_it_is_not_the_place_asked_about(real_engine, real_knowledge):
    details, bluepark = real_engine.details, real_knowledge.fact("bluepark")
    assert details.gives(bluepark, Slot.PLACE, real_engine.read("Where would the cars be made?"))
    assert not details.gives(bluepark, Slot.PLACE, real_engine.read("Where is BluePark?"))


def test_not_yet_answers_when_it_happened_but_not_when_it_will(real_engine, real_knowledge):
    details, awaited = real_engine.details, real_knowledge.fact("licence-awaited")
    assert details.gives(awaited, Slot.DATE, real_engine.read("When did Xiaomi get the licence?"))
    assert not details.gives(awaited, Slot.DATE, real_engine.read("When will Xiaomi get the licence?"))


def test_a_statement_is_given_by_its_claimant_named_by_the_reader(real_engine, real_knowledge):
    details, reply = real_engine.details, real_knowledge.fact("baic-response")
    assert details.gives(reply, Slot.STATEMENT, real_engine.read("What did BAIC say?"))
    assert not details.gives(reply, Slot.STATEMENT, real_engine.read("What did Hyundai say?"))
    assert details.names_a_claimant(real_engine.read("What did BAIC say?").typed_terms)


def test_a_statement_asked_of_a_kind_of_party_is_given_by_a_claimant_of_that_kind(real_engine, real_knowledge):
    details, reply = real_engine.details, real_knowledge.fact("baic-response")
    assert details.gives(reply, Slot.STATEMENT, real_engine.read("Did any of the carmakers comment?"))
    assert details.gives(reply, Slot.STATEMENT, real_engine.read("Le aziende hanno detto qualcosa?"))
    assert not details.gives(reply, Slot.STATEMENT, real_engine.read("Did the regulator comment?"))
    assert not details.gives(reply, Slot.STATEMENT, real_engine.read("Did carmakers like Chery comment?"))


def test_what_a_writer_says_of_themselves_is_given_by_their_byline(real_engine, real_knowledge):
    details, cobucci = real_engine.details, real_knowledge.fact("author-cobucci")
    assert details.gives(cobucci, Slot.STATEMENT, real_engine.read("¿Qué dice Gianluca Cobucci de sí mismo?"))
    assert not details.gives(cobucci, Slot.STATEMENT, real_engine.read("What does Elenor Kling say about herself?"))
    assert not details.gives(cobucci, Slot.STATEMENT, real_engine.read("What did Cobucci say about BAIC?"))


def test_a_fact_calling_xiaomi_chinese_says_where_it_is_from(real_engine, real_knowledge):
    known_for = real_knowledge.fact("xiaomi-known-for")
    assert real_engine.details.gives(known_for, Slot.PLACE, real_engine.read("Which country is Xiaomi from?"))
    assert real_engine.ask("What country does Xiaomi come from?").fact == known_for
    assert real_engine.ask("¿De qué país es Xiaomi?").fact == known_for
