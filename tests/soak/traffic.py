"""What readers send during a soak: questions in English, Italian and Spanish, presses on
buttons the bot sent, inline queries, /subscribe and /unsubscribe, forwarded rumours.

Each update comes from its own reader in their own private chat, and a press or an inline
query has its own id, so every reply the bot makes belongs to exactly one update.
"""

from __future__ import annotations

import random
import time
from collections import deque
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

import yaml

from tests.bot_process import PROJECT
from tests.fake_telegram import updates
from tests.fake_telegram.server import BOT_ID, BOT_USERNAME

QUESTION_FILES = sorted((PROJECT.parent / "shared" / "eval").glob("*.yaml")) + sorted(
    (PROJECT / "benchmarks" / "questions").glob("*.yaml")
)
TOPICS = ("licence", "partners", "factories", "launch", "precedents", "policy", "company", "sources")
MAX_INLINE_QUERY = 256
BUTTONS_KEPT = 500


class Kind(StrEnum):
    QUESTION = "question"
    PRESS = "press"
    INLINE = "inline"
    SUBSCRIBE = "subscribe"
    UNSUBSCRIBE = "unsubscribe"
    FORWARD = "forward"
    PUBLISH = "publish"


# How often each kind is sent, out of 100 (a press falls back to a question until buttons exist).
MIX = {
    Kind.QUESTION: 40,
    Kind.PRESS: 15,
    Kind.INLINE: 15,
    Kind.FORWARD: 15,
    Kind.SUBSCRIBE: 8,
    Kind.UNSUBSCRIBE: 7,
}


@dataclass(frozen=True)
class Said:
    text: str
    language: str


@dataclass(frozen=True)
class Offer:
    """An update as Telegram posts it, and what its replies are recognised by."""

    update: dict[str, Any]
    kind: Kind
    chat_id: int
    query_id: str | None = None

    @property
    def update_id(self) -> int:
        return self.update["update_id"]


def readers_words() -> tuple[list[Said], list[Said]]:
    """Questions and forwarded messages from the team's and the shared question sets."""
    questions: list[Said] = []
    rumours: list[Said] = []
    for path in QUESTION_FILES:
        for entry in yaml.safe_load(path.read_text(encoding="utf-8")) or []:
            kind = str(entry.get("kind", ""))
            if "q" in entry:
                questions.append(Said(entry["q"], kind.removeprefix("lang-") if kind.startswith("lang-") else "en"))
            if "msg" in entry:
                rumours.append(Said(entry["msg"], entry.get("lang", "en")))
    return questions, rumours


class Readers:
    """Makes the next update of the mix; remembers buttons the bot sent so readers press them."""

    def __init__(self, first_chat: int, seed: int) -> None:
        self._random = random.Random(seed)
        self._questions, self._rumours = readers_words()
        self._next_chat = first_chat
        self._buttons: deque[tuple[dict[str, Any], str]] = deque(maxlen=BUTTONS_KEPT)
        self._kinds, self._weights = zip(*MIX.items(), strict=True)

    def saw(self, call: dict[str, Any]) -> None:
        """A message the bot sent: its buttons can be pressed from now on."""
        markup = call.get("reply_markup")
        rows = markup.get("inline_keyboard", []) if isinstance(markup, dict) else []
        for button in (button for row in rows for button in row if "callback_data" in button):
            self._buttons.append((markup, button["callback_data"]))

    def next(self, update_id: int) -> Offer:
        kind = self._random.choices(self._kinds, self._weights)[0]
        if kind is Kind.PRESS and not self._buttons:
            kind = Kind.QUESTION
        chat_id = self._next_chat
        self._next_chat += 1
        return self._make(kind, update_id, chat_id)

    def publish(self, update_id: int, admin_id: int, alert_id: str) -> Offer:
        """The editor's /publish of an alert, from an admin's private chat."""
        message = updates.message(f"/publish {alert_id}", chat_id=admin_id)
        return Offer({"update_id": update_id, "message": message}, Kind.PUBLISH, admin_id)

    def _make(self, kind: Kind, update_id: int, chat_id: int) -> Offer:
        said = self._random.choice(self._rumours if kind is Kind.FORWARD else self._questions)
        reader = updates.user(chat_id, language_code=said.language)
        if kind is Kind.PRESS:
            query = updates.callback_query(*self._press(chat_id), sender=reader)
            return Offer({"update_id": update_id, "callback_query": query}, kind, chat_id, query["id"])
        if kind is Kind.INLINE:
            text = said.text if self._random.random() < 0.7 else f"check {self._random.choice(self._rumours).text}"
            query = updates.inline_query(text[:MAX_INLINE_QUERY], sender=reader)
            return Offer({"update_id": update_id, "inline_query": query}, kind, chat_id, query["id"])
        extra: dict[str, Any] = {}
        text = said.text
        if kind is Kind.FORWARD:
            origin = updates.user(chat_id + 1, first_name="Bob", username=None)
            extra["forward_origin"] = {"type": "user", "date": int(time.time()) - 60, "sender_user": origin}
        elif kind in (Kind.SUBSCRIBE, Kind.UNSUBSCRIBE):
            text = f"/{kind} {' '.join(self._random.sample(TOPICS, self._random.randint(0, 2)))}".strip()
        message = updates.message(text, chat_id=chat_id, sender=reader, **extra)
        return Offer({"update_id": update_id, "message": message}, kind, chat_id)

    def _press(self, chat_id: int) -> tuple[str, dict[str, Any]]:
        """A button the bot sent, pressed under a copy of its message in the presser's chat."""
        markup, data = self._random.choice(self._buttons)
        bot = {"id": BOT_ID, "is_bot": True, "first_name": "Xiaomi Story", "username": BOT_USERNAME}
        message = {
            "message_id": self._random.randint(1, 1_000_000),
            "date": int(time.time()),
            "chat": updates.chat(chat_id),
            "from": bot,
            "text": "…",
            "reply_markup": markup,
        }
        return data, message
