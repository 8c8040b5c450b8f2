"""The words of an answer, whatever the format it is shown in, in the reader's language."""

from __future__ import annotations

from typing import Protocol

from bot.languages.catalog import Texts
from bot.languages.wording import in_language
from bot.models import Answer, AnswerKind, Article, Fact, Source, Status


class Claim(Protocol):
    """What facts and alerts share: a claim, who makes it, how sure, and its sources."""

    claimed_by: str
    status: Status
    sources: tuple[Source, ...]

    @property
    def articles(self) -> tuple[Article, ...]: ...


def status_label(claim: Claim, texts: Texts) -> str:
    if claim.status is Status.STATED and len(claim.articles) > 1:
        return texts("status-stated-both")
    return texts(f"status-{claim.status.value}", claimant=claim.claimed_by)


def reply_text(answer: Answer, texts: Texts) -> str:
    """The reply itself, without its sources: what the bot says to the question."""
    if answer.kind is AnswerKind.FACT and answer.fact:
        fact = in_language(answer.fact, texts.language)
        if not answer.asks_confirmation or answer.fact.status is Status.STATED or "confirm" in answer.fact.answer:
            return fact.answer
        return f"{texts(f'confirm-{fact.status.value}', claimant=fact.claimed_by)} {fact.answer}"
    if answer.kind is AnswerKind.SMALLTALK and answer.small_talk:
        return texts(f"smalltalk-{answer.small_talk}")
    if answer.kind is AnswerKind.SUGGESTIONS:
        return texts("suggestions-intro")
    if answer.missing is not None:
        return texts(f"missing-{answer.missing.value}")
    return texts("unknown")


def question_of(fact: Fact, texts: Texts) -> str:
    """The question a fact answers, as shown on buttons: the editor's first, translated when it can be."""
    return in_language(fact, texts.language).headline
