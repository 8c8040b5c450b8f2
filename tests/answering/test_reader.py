"""A message is read once into the Question every later step shares."""

from __future__ import annotations

from bot.answering.reader import MAX_QUESTION_CHARS
from bot.models import Slot


def test_who_is_asked_to_have_said_something_is_the_name_next_to_the_asking_word(real_engine):
    assert real_engine.read("What did Xiaomi itself say about the BAIC talks?").speaker == {"xiaomi"}
    assert "baic" in real_engine.read("¿Qué dijo BAIC sobre el acuerdo?").speaker
    assert not real_engine.read("Has the company made any statement?").speaker


def test_a_message_longer_than_any_question_is_read_up_to_its_start(real_engine):
    question = real_engine.read("Where is the BAIC plant? " * 100)
    assert len(question.text) == MAX_QUESTION_CHARS
    assert "Qingdao" in real_engine.ask("Where is the BAIC plant? " * 100).fact.answer


def test_asking_for_the_gist_alone_asks_for_a_summary_but_naming_something_asks_about_it(real_engine):
    assert Slot.SUMMARY in real_engine.read("What is this story about?").intent.slots
    assert Slot.SUMMARY in real_engine.read("di cosa parla il primo articolo?").intent.slots
    assert (
        Slot.SUMMARY not in real_engine.read("The first article has a 'read also' link: what is it about?").intent.slots
    )
    assert Slot.SUMMARY not in real_engine.read("Could you summarise the two routes Xiaomi has left?").intent.slots
