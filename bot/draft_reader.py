"""Checks a draft fact (knowledge/drafts/*.yaml): only what add-article filled in must hold."""

from __future__ import annotations

from pathlib import Path

from bot.claim_reader import ClaimReader
from bot.yamlfile import Problem

DRAFT_FIELDS = {
    "id": True,
    "draft": True,
    "topics": False,
    "claimed_by": False,
    "status": False,
    "answer": False,
    "translations": False,
    "questions": False,
    "sources": True,
}


class DraftReader(ClaimReader):
    kind = "draft"

    def read(self, seen_ids: dict[str, tuple[Path, int]]) -> Problem | None:
        """A to-do note pointing at the draft, or None (with problems noted) if it is broken."""
        draft_id = self._begin(DRAFT_FIELDS, seen_ids)
        if self.entry.get("draft") is not True:
            self._complain("draft", "a file in drafts/ holds drafts only: keep 'draft: true', or move it to facts/")
        self._sources()
        if not self.ok or draft_id is None:
            return None
        return Problem(
            self.path, self.entry.line, f"draft {draft_id}: write its answer and questions, then move it to facts/"
        )
