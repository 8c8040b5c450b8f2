"""The words of an answer, whatever the format it is shown in."""

from __future__ import annotations

from typing import Protocol

from bot import messages
from bot.models import Answer, AnswerKind, Article, Fact, Source, Status


class Claim(Protocol):
    """What facts and alerts share: a claim, who makes it, how sure, and its sources."""

    claimed_by: str
    status: Status
    sources: tuple[Source, ...]

    @property
    def articles(self) -> tuple[Article, ...]: ...


def status_label(claim: Claim) -> str:
    if claim.status is Status.STATED and len(claim.articles) > 1:
        return messages.STATED_BY_BOTH
    return messages.STATUS_LABELS[claim.status].format(claimant=claim.claimed_by)


def reply_text(answer: Answer) -> str:
    """The reply itself, without its sources: what the bot says to the question."""
    if answer.kind is AnswerKind.FACT and answer.fact:
        lead = messages.CONFIRMATION_LEADS.get(answer.fact.status) if answer.asks_confirmation else None
        if lead is None or "confirm" in answer.fact.answer:
            return answer.fact.answer
        return f"{lead.format(claimant=answer.fact.claimed_by)} {answer.fact.answer}"
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
