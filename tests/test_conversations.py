"""What a conversation remembers between turns."""

from __future__ import annotations

from bot.conversations import Conversation
from bot.models import Answer, AnswerKind


def test_an_answer_moves_the_conversation_to_its_fact(real_knowledge):
    fact = real_knowledge.fact("qingdao-plant")
    after = Conversation().after(Answer("q", AnswerKind.FACT, fact=fact), "it", now=10.0)
    assert (after.about, after.language, after.at) == ("qingdao-plant", "it", 10.0)


def test_a_decline_keeps_the_last_fact_and_a_near_miss_points_at_what_it_offered(real_knowledge):
    talking = Conversation(about="qingdao-plant", at=1.0)
    assert talking.after(Answer("q", AnswerKind.UNKNOWN), "en").about == "qingdao-plant"
    offered = (real_knowledge.fact("hyundai-plant"),)
    near_miss = Answer("how much?", AnswerKind.UNKNOWN, suggestions=offered)
    assert talking.after(near_miss, "en").about == "hyundai-plant"


def test_a_conversation_remembers_whether_its_last_question_asked_who_wrote_it(real_knowledge):
    fact = real_knowledge.fact("qingdao-plant")
    asked = Conversation().after(Answer("who wrote that?", AnswerKind.FACT, fact=fact, asks_source=True), "en")
    assert asked.asked_source
    assert not asked.after(Answer("and BAIC?", AnswerKind.FACT, fact=fact), "en").asked_source


def test_a_conversation_goes_stale_after_its_lifetime():
    conversation = Conversation(about="debut-date", at=100.0)
    assert conversation.is_current(600, now=700.0)
    assert not conversation.is_current(600, now=701.0)
