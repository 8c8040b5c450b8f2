"""What readers asked, kept for the editor: buffered in memory, written to the store in batches.

No user or chat is recorded. The text, folded, is kept only for questions the bot could
not answer (declined, or "did you mean"), which is what the editor needs to add facts.
"""

from __future__ import annotations

import asyncio
import time

from bot.answering.text import fold
from bot.models import Answer, AnswerKind
from bot.storage import AskedQuestion, Store

MAX_TEXT = 300
_KEEP_TEXT = (AnswerKind.UNKNOWN, AnswerKind.SUGGESTIONS)


class QuestionLog:
    def __init__(self, store: Store) -> None:
        self._store = store
        self._pending: list[AskedQuestion] = []

    def note(self, answer: Answer) -> None:
        """Remembers one answered question; cheap, so it can run on every message."""
        text = fold(answer.question)[:MAX_TEXT] if answer.kind in _KEEP_TEXT else None
        fact_id = answer.fact.id if answer.fact is not None else None
        self._pending.append(AskedQuestion(time.time(), answer.kind.value, fact_id, answer.score, text or None))

    async def flush(self) -> None:
        """Writes what was noted since the last flush, off the event loop."""
        batch, self._pending = self._pending, []
        if batch:
            await asyncio.to_thread(self._store.record_questions, batch)
