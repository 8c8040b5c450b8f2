"""What readers asked, kept for the editor: buffered in memory, written to the store in batches.

No user or chat is recorded. The text, folded, is kept only for questions the bot could
not answer (declined, or "did you mean") and for checked claims the articles say nothing
about: what the editor needs to add facts, and to see which rumours are going round.
"""

from __future__ import annotations

import asyncio
import time

from bot.answering.text import fold
from bot.models import Answer, AnswerKind, Check, Verdict
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

    def note_check(self, check: Check) -> None:
        """Remembers a checked message; claims the articles don't cover keep their text: the rumours going round."""
        for claim in check.claims:
            unsaid = claim.verdict is Verdict.NOT_IN_ARTICLES
            text = fold(claim.text)[:MAX_TEXT] if unsaid else None
            fact_id = claim.fact.id if claim.fact is not None else None
            self._pending.append(AskedQuestion(time.time(), f"check-{claim.verdict.value}", fact_id, 0.0, text))

    async def flush(self) -> None:
        """Writes what was noted since the last flush, off the event loop."""
        batch, self._pending = self._pending, []
        if batch:
            await asyncio.to_thread(self._store.record_questions, batch)
