"""Checks one alert entry of alerts.yaml and builds the Alert it describes."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from bot.claim_reader import ClaimReader
from bot.models import Alert, Status
from bot.translation_reader import read_translations

ALERT_FIELDS = {
    "id": True,
    "topics": True,
    "headline": True,
    "text": True,
    "claimed_by": True,
    "status": True,
    "sources": True,
    "publish_at": False,
    "translations": False,
}
MAX_HEADLINE = 120
MAX_TEXT = 1000


class AlertReader(ClaimReader):
    kind = "alert"
    claim_key = "text"

    def read(self, seen_ids: dict[str, tuple[Path, int]]) -> Alert | None:
        alert_id = self._begin(ALERT_FIELDS, seen_ids)
        headline = self._text("headline", MAX_HEADLINE)
        text = self._text("text", MAX_TEXT)
        claimed_by = self.checker.text(self.path, self.entry, "claimed_by", self.what)
        translations, self.untranslated = read_translations(
            self.checker, self.path, self.entry, self.what, {"headline": True, "text": True}, MAX_TEXT
        )
        alert = Alert(
            id=alert_id or "",
            topics=tuple(self._topics()),
            headline=headline or "",
            text=text or "",
            claimed_by=self._claimant(claimed_by, text),
            status=self._enum("status", Status),
            sources=tuple(self._sources()),
            publish_at=self._publish_at(),
            translations=translations,
        )
        return alert if self.ok and headline and text and claimed_by else None

    def _publish_at(self) -> datetime | None:
        """An ISO date and time with its timezone, e.g. 2026-11-11T09:00:00+08:00."""
        value = self.entry.get("publish_at")
        if value is None:
            return None
        if isinstance(value, str):
            try:
                value = datetime.fromisoformat(value)
            except ValueError:
                value = None
        if not isinstance(value, datetime):
            self._complain("publish_at", "publish_at must be a date and time like 2026-11-11T09:00:00+08:00")
            return None
        if value.tzinfo is None:
            self._complain("publish_at", "publish_at needs a timezone, like +08:00 or Z")
            return None
        return value
