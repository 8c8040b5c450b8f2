"""The words of an answer, whatever the format it is shown in."""

from __future__ import annotations

from bot import messages
from bot.models import Answer, AnswerKind, Fact, Status


def status_label(fact: Fact) -> str:
    if fact.status is Status.STATED and len(fact.articles) > 1:
        return messages.STATED_BY_BOTH
    return messages.STATUS_LABELS[fact.status].format(claimant=fact.claimed_by)


def reply_text(answer: Answer) -> str:
    """The reply itself, without its sources: what the bot says to the question."""
    if answer.kind is AnswerKind.FACT and answer.fact:
        return answer.fact.answer
    if answer.kind is AnswerKind.SMALLTALK and answer.small_talk:
        return messages.SMALL_TALK[answer.small_talk]
    if answer.kind is AnswerKind.SUGGESTIONS:
        return messages.SUGGESTIONS_INTRO
    if answer.missing is not None:
        return messages.MISSING_DETAIL[answer.missing]
    return messages.UNKNOWN


def question_of(fact: Fact) -> str:
    """The question a fact answers, worded the way the editor first wrote it."""
    return fact.questions[0]
