"""What the store keeps about readers: subscriptions, chat languages, conversations, flood
counts and the questions journal."""

from __future__ import annotations

import time
from collections.abc import Iterable, Sequence

from bot.storage.database import Database
from bot.storage.records import AskedQuestion


class ReaderRecords(Database):
    """Subscribers and their topics, what each chat speaks and was last asking about, and
    what readers asked (never who)."""

    # Subscribers -------------------------------------------------------------------

    def subscribe(self, chat_id: int, chat_type: str, topics: Iterable[str]) -> set[str]:
        """Adds topics to what a chat follows (reactivating it); returns all it follows."""
        with self._transaction():
            self._run(
                "INSERT INTO subscribers (chat_id, chat_type, joined_at) VALUES (?, ?, ?)"
                " ON CONFLICT (chat_id) DO UPDATE SET active = 1, blocked_at = NULL",
                (chat_id, chat_type, time.time()),
            )
            for topic in topics:
                self._run(
                    "INSERT INTO subscriptions (chat_id, topic) VALUES (?, ?) ON CONFLICT DO NOTHING", (chat_id, topic)
                )
            return self._topics_of(chat_id)

    def unsubscribe(self, chat_id: int, topics: Iterable[str] | None = None) -> set[str]:
        """Removes topics (all when None); returns what the chat still follows."""
        with self._transaction():
            if topics is None:
                self._run("DELETE FROM subscriptions WHERE chat_id = ?", (chat_id,))
            for topic in topics or ():
                self._run("DELETE FROM subscriptions WHERE chat_id = ? AND topic = ?", (chat_id, topic))
            return self._topics_of(chat_id)

    def subscriptions(self, chat_id: int) -> set[str]:
        with self._transaction():
            return self._topics_of(chat_id)

    def _topics_of(self, chat_id: int) -> set[str]:
        return {row[0] for row in self._run("SELECT topic FROM subscriptions WHERE chat_id = ?", (chat_id,))}

    def reactivate(self, chat_id: int) -> bool:
        """A chat that blocked the bot came back (/start): deliver to it again."""
        with self._transaction():
            rows = self._run(
                "UPDATE subscribers SET active = 1, blocked_at = NULL"
                " WHERE chat_id = ? AND active = 0 RETURNING chat_id",
                (chat_id,),
            )
            return bool(rows)

    def is_active(self, chat_id: int) -> bool:
        with self._transaction():
            rows = self._run("SELECT active FROM subscribers WHERE chat_id = ?", (chat_id,))
            return bool(rows and rows[0][0])

    # Languages and conversations -------------------------------------------------------

    def chat_language(self, chat_id: int) -> str | None:
        with self._transaction():
            rows = self._run("SELECT language FROM chat_languages WHERE chat_id = ?", (chat_id,))
        return rows[0][0] if rows else None

    def choose_chat_language(self, chat_id: int, language: str) -> None:
        """The language a chat chose with /language: kept until it chooses another."""
        with self._transaction():
            self._run(
                "INSERT INTO chat_languages (chat_id, language, chosen) VALUES (?, ?, 1)"
                " ON CONFLICT (chat_id) DO UPDATE SET language = excluded.language, chosen = 1",
                (chat_id, language),
            )

    def note_chat_language(self, chat_id: int, language: str) -> None:
        """The language a chat was last clearly written in, unless it chose one."""
        with self._transaction():
            self._run(
                "INSERT INTO chat_languages (chat_id, language, chosen) VALUES (?, ?, 0)"
                " ON CONFLICT (chat_id) DO UPDATE SET language = excluded.language"
                " WHERE chat_languages.chosen = 0",
                (chat_id, language),
            )

    def conversation(self, key: str) -> tuple[str, float, bool] | None:
        """The fact a conversation was last about, when, and whether its last question asked for
        the source; None if it never was."""
        with self._transaction():
            rows = self._run(
                "SELECT fact_id, updated_at, asked_source FROM conversations WHERE conversation = ?", (key,)
            )
        return (rows[0][0], rows[0][1], bool(rows[0][2])) if rows else None

    def remember_conversation(self, key: str, fact_id: str, at: float, asked_source: bool = False) -> None:
        with self._transaction():
            self._run(
                "INSERT INTO conversations (conversation, fact_id, updated_at, asked_source) VALUES (?, ?, ?, ?)"
                " ON CONFLICT (conversation) DO UPDATE SET fact_id = excluded.fact_id,"
                " updated_at = excluded.updated_at, asked_source = excluded.asked_source",
                (key, fact_id, at, int(asked_source)),
            )

    def forget_conversation(self, key: str) -> None:
        with self._transaction():
            self._run("DELETE FROM conversations WHERE conversation = ?", (key,))

    def forget_conversations_before(self, moment: float) -> None:
        with self._transaction():
            self._run("DELETE FROM conversations WHERE updated_at < ?", (moment,))

    def languages_of(self, chat_ids: Sequence[int]) -> dict[int, str]:
        """The language of each of these chats that has one."""
        if not chat_ids:
            return {}
        marks = ", ".join("?" * len(chat_ids))
        with self._transaction():
            rows = self._run(f"SELECT chat_id, language FROM chat_languages WHERE chat_id IN ({marks})", chat_ids)
        return {row[0]: row[1] for row in rows}

    # Flood control ---------------------------------------------------------------------

    def count_update(self, user_id: int, window_start: float, previous_start: float) -> tuple[int, int]:
        """Counts one more update from a user in a time window; returns the window's count and
        the count of the window before it."""
        with self._transaction():
            rows = self._run(
                "INSERT INTO flood_counts (user_id, window_start, updates) VALUES (?, ?, 1)"
                " ON CONFLICT (user_id, window_start) DO UPDATE SET updates = flood_counts.updates + 1"
                " RETURNING updates",
                (user_id, window_start),
            )
            before = self._run(
                "SELECT updates FROM flood_counts WHERE user_id = ? AND window_start = ?", (user_id, previous_start)
            )
        return rows[0][0], before[0][0] if before else 0

    def forget_flood_before(self, moment: float) -> None:
        with self._transaction():
            self._run("DELETE FROM flood_counts WHERE window_start < ?", (moment,))

    # Questions journal ---------------------------------------------------------------

    def record_questions(self, questions: Sequence[AskedQuestion]) -> None:
        with self._transaction():
            for question in questions:
                self._run(
                    "INSERT INTO questions (asked_at, day, kind, fact_id, score, text) VALUES (?, ?, ?, ?, ?, ?)",
                    (
                        question.asked_at,
                        _day(question.asked_at),
                        question.kind,
                        question.fact_id,
                        question.score,
                        question.text,
                    ),
                )

    def questions_since(self, since: float) -> list[AskedQuestion]:
        with self._transaction():
            rows = self._run(
                "SELECT asked_at, kind, fact_id, score, text FROM questions WHERE asked_at >= ? ORDER BY asked_at",
                (since,),
            )
        return [AskedQuestion(*row) for row in rows]

    def subscribers_per_topic(self) -> dict[str, int]:
        with self._transaction():
            rows = self._run(
                "SELECT t.topic, COUNT(*) FROM subscriptions t JOIN subscribers s ON s.chat_id = t.chat_id"
                " WHERE s.active = 1 GROUP BY t.topic"
            )
        return dict(rows)


def _day(timestamp: float) -> str:
    return time.strftime("%Y-%m-%d", time.gmtime(timestamp))
