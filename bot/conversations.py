"""What a conversation was last about, so that "who says so?" or "and BAIC?" can be read.

A conversation holds the fact it last got, whether its last question asked who wrote it
(so "and the other article?" asks the same), and when, never the reader's words; it
expires after a while of silence, and `/start` starts a new one. Telegram chats keep it
in the store, so that several bot processes see the same conversation.
"""

from __future__ import annotations

import time
from dataclasses import dataclass

from bot.models import Answer, AnswerKind


@dataclass(frozen=True)
class Conversation:
    about: str | None = None  # the id of the fact last given
    language: str | None = None  # the language last answered in
    at: float = 0.0  # when, in seconds since the epoch
    asked_source: bool = False  # its last question asked who wrote it or which article

    def after(self, answer: Answer, language: str, now: float | None = None) -> Conversation:
        """The conversation once this answer is given: about its fact, or the one it offered
        ("did you mean", "the articles don't say ... but they cover"), or still the last one."""
        about = self.about
        if answer.kind is AnswerKind.FACT and answer.fact:
            about = answer.fact.id
        elif answer.suggestions:
            about = answer.suggestions[0].id
        asked_source = answer.kind is AnswerKind.FACT and answer.asks_source
        return Conversation(about, language, time.time() if now is None else now, asked_source)

    def is_current(self, lifetime_seconds: float, now: float | None = None) -> bool:
        return (time.time() if now is None else now) - self.at <= lifetime_seconds
