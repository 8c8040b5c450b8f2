"""Everything the bot keeps: subscribers, their topics, published alerts and the delivery ledger.

One small interface over SQLite (default, one machine) and PostgreSQL (several bot
processes). SQL is written once with `?` placeholders; only claiming deliveries differs
(PostgreSQL's FOR UPDATE SKIP LOCKED lets processes share a broadcast).
Calls are synchronous and thread-safe; async code runs them with asyncio.to_thread.
"""

from __future__ import annotations

import sqlite3
import threading
import time
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from bot.changes import CHANGE_PREFIX

EVERYTHING = "*"  # the topic that means every topic

MIGRATIONS: tuple[tuple[str, ...], ...] = (
    (
        """CREATE TABLE subscribers (
            chat_id BIGINT PRIMARY KEY,
            chat_type TEXT NOT NULL,
            active INTEGER NOT NULL DEFAULT 1,
            joined_at DOUBLE PRECISION NOT NULL,
            blocked_at DOUBLE PRECISION
        )""",
        """CREATE TABLE subscriptions (
            chat_id BIGINT NOT NULL REFERENCES subscribers (chat_id) ON DELETE CASCADE,
            topic TEXT NOT NULL,
            PRIMARY KEY (chat_id, topic)
        )""",
        """CREATE TABLE publications (
            alert_id TEXT PRIMARY KEY,
            published_at DOUBLE PRECISION NOT NULL,
            recipients INTEGER NOT NULL DEFAULT 0
        )""",
        """CREATE TABLE deliveries (
            alert_id TEXT NOT NULL REFERENCES publications (alert_id),
            chat_id BIGINT NOT NULL,
            state TEXT NOT NULL,
            attempts INTEGER NOT NULL DEFAULT 0,
            lease_until DOUBLE PRECISION,
            not_before DOUBLE PRECISION,
            updated_at DOUBLE PRECISION NOT NULL,
            error TEXT,
            PRIMARY KEY (alert_id, chat_id)
        )""",
        "CREATE INDEX deliveries_by_state ON deliveries (state, alert_id)",
    ),
    (
        # What readers asked: no user or chat ids; the text (folded) only for questions
        # the bot declined or answered with suggestions, for the editor's report.
        """CREATE TABLE questions (
            asked_at DOUBLE PRECISION NOT NULL,
            day TEXT NOT NULL,
            kind TEXT NOT NULL,
            fact_id TEXT,
            score DOUBLE PRECISION NOT NULL,
            text TEXT
        )""",
        "CREATE INDEX questions_by_time ON questions (asked_at)",
    ),
    (
        # Updates per user per time window, so several bot processes limit a flood together.
        """CREATE TABLE flood_counts (
            user_id BIGINT NOT NULL,
            window_start DOUBLE PRECISION NOT NULL,
            updates INTEGER NOT NULL,
            PRIMARY KEY (user_id, window_start)
        )""",
    ),
    (
        # The language a chat is answered in when its message does not say (chosen with
        # /language, or the last language it clearly wrote in); alerts go out in it.
        """CREATE TABLE chat_languages (
            chat_id BIGINT PRIMARY KEY,
            language TEXT NOT NULL
        )""",
    ),
    (
        # What each conversation was last about: a fact id and when, never the reader's words.
        # Key: the chat in private chats, "chat:user" in groups.
        """CREATE TABLE conversations (
            conversation TEXT PRIMARY KEY,
            fact_id TEXT NOT NULL,
            updated_at DOUBLE PRECISION NOT NULL
        )""",
        "CREATE INDEX conversations_by_time ON conversations (updated_at)",
    ),
    (
        # A language chosen with /language is kept; one only inferred from messages is not.
        "ALTER TABLE chat_languages ADD COLUMN chosen INTEGER NOT NULL DEFAULT 0",
    ),
    (
        # Answers a chat asked to be told about when they change ("Follow"), with the
        # fingerprint of the answer it was last given (bot/changes.py).
        """CREATE TABLE follows (
            chat_id BIGINT NOT NULL,
            fact_id TEXT NOT NULL,
            told TEXT NOT NULL,
            followed_at DOUBLE PRECISION NOT NULL,
            PRIMARY KEY (chat_id, fact_id)
        )""",
        "CREATE INDEX follows_by_fact ON follows (fact_id)",
    ),
)


class StorageError(Exception):
    """The database cannot be used; the message is one line for the operator."""


class DeliveryState(StrEnum):
    PENDING = "pending"  # to send, possibly not before `not_before`
    SENDING = "sending"  # claimed by a broadcaster until `lease_until`
    SENT = "sent"
    FAILED = "failed"  # Telegram refused it for good
    BLOCKED = "blocked"  # the chat blocked the bot


@dataclass(frozen=True)
class Delivery:
    alert_id: str
    chat_id: int
    attempts: int


@dataclass(frozen=True)
class AskedQuestion:
    """One question as the journal keeps it: what kind of reply it got, never who asked."""

    asked_at: float
    kind: str
    fact_id: str | None
    score: float
    text: str | None


@dataclass(frozen=True)
class DeliveryStatus:
    sent: int = 0
    pending: int = 0
    failed: int = 0
    blocked: int = 0

    @property
    def total(self) -> int:
        return self.sent + self.pending + self.failed + self.blocked


_UNSETTLED = f"state = '{DeliveryState.PENDING}' OR state = '{DeliveryState.SENDING}'"
_CLAIMABLE = (
    f"(state = '{DeliveryState.PENDING}' AND COALESCE(not_before, 0) <= ?)"
    f" OR (state = '{DeliveryState.SENDING}' AND lease_until < ?)"
)


class Store:
    """The bot's database. Open with Store.open(DATABASE_URL); close when done."""

    def __init__(self, connection: Any, postgres: bool) -> None:
        self._connection = connection
        self._postgres = postgres
        self._lock = threading.Lock()
        self._migrate()

    @classmethod
    def open(cls, url: str) -> Store:
        scheme = urlsplit(url).scheme
        if scheme == "sqlite":
            return cls(_open_sqlite(url), postgres=False)
        if scheme in ("postgres", "postgresql"):
            return cls(_open_postgres(url), postgres=True)
        raise StorageError(f"DATABASE_URL must start with sqlite:/// or postgresql://, not {scheme or url!r}")

    def close(self) -> None:
        with self._lock:
            self._connection.close()

    # Plumbing ----------------------------------------------------------------------

    @contextmanager
    def _transaction(self) -> Iterator[None]:
        with self._lock:
            if self._postgres:
                with self._connection.transaction():
                    yield
                return
            self._connection.execute("BEGIN IMMEDIATE")
            try:
                yield
            except BaseException:
                self._connection.execute("ROLLBACK")
                raise
            self._connection.execute("COMMIT")

    def _run(self, sql: str, parameters: Sequence[Any] = ()) -> list[tuple[Any, ...]]:
        """Runs one statement and returns its rows: inside a transaction, or under the lock
        alone, where it commits by itself (both connections are in autocommit mode)."""
        if self._postgres:
            sql = sql.replace("?", "%s")
        cursor = self._connection.execute(sql, tuple(parameters))
        return list(cursor.fetchall()) if cursor.description else []

    def _migrate(self) -> None:
        with self._transaction():
            if self._postgres:
                self._run("SELECT pg_advisory_xact_lock(7316)")  # one process migrates at a time
            self._run("CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL)")
            rows = self._run("SELECT MAX(version) FROM schema_version")
            current = rows[0][0] or 0
            for version, statements in enumerate(MIGRATIONS, start=1):
                if version > current:
                    for statement in statements:
                        self._run(statement)
                    self._run("INSERT INTO schema_version (version) VALUES (?)", (version,))

    def ping(self) -> str:
        """'reachable', or why the database cannot be used right now (for health checks)."""
        try:
            with self._transaction():
                self._run("SELECT 1")
        except Exception as error:
            return f"unreachable: {type(error).__name__}"
        return "reachable"

    @property
    def schema_version(self) -> int:
        with self._transaction():
            return self._run("SELECT MAX(version) FROM schema_version")[0][0]

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

    @property
    def shared(self) -> bool:
        """Whether several bot processes may use this database at once (PostgreSQL)."""
        return self._postgres

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

    def conversation(self, key: str) -> tuple[str, float] | None:
        """The fact a conversation was last about, and when; None if it never was."""
        with self._transaction():
            rows = self._run("SELECT fact_id, updated_at FROM conversations WHERE conversation = ?", (key,))
        return (rows[0][0], rows[0][1]) if rows else None

    def remember_conversation(self, key: str, fact_id: str, at: float) -> None:
        with self._transaction():
            self._run(
                "INSERT INTO conversations (conversation, fact_id, updated_at) VALUES (?, ?, ?)"
                " ON CONFLICT (conversation)"
                " DO UPDATE SET fact_id = excluded.fact_id, updated_at = excluded.updated_at",
                (key, fact_id, at),
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

    def count_update(self, user_id: int, window_start: float) -> int:
        """Counts one more update from a user in a time window; returns the window's count."""
        with self._transaction():
            rows = self._run(
                "INSERT INTO flood_counts (user_id, window_start, updates) VALUES (?, ?, 1)"
                " ON CONFLICT (user_id, window_start) DO UPDATE SET updates = flood_counts.updates + 1"
                " RETURNING updates",
                (user_id, window_start),
            )
        return rows[0][0]

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

    # Publishing and delivery ---------------------------------------------------------

    def publish(self, alert_id: str, topics: Iterable[str], extra_chats: Iterable[int] = ()) -> int | None:
        """Queues an alert for every active chat following one of its topics, once.

        Returns the number of recipients, or None if the alert was published before.
        """
        topic_list = [EVERYTHING, *topics]
        now = time.time()
        with self._transaction():
            created = self._run(
                "INSERT INTO publications (alert_id, published_at) VALUES (?, ?)"
                " ON CONFLICT DO NOTHING RETURNING alert_id",
                (alert_id, now),
            )
            if not created:
                return None
            marks = ", ".join("?" * len(topic_list))
            self._run(
                "INSERT INTO deliveries (alert_id, chat_id, state, updated_at)"
                f" SELECT DISTINCT ?, s.chat_id, '{DeliveryState.PENDING}', ? FROM subscribers s"
                f" JOIN subscriptions t ON t.chat_id = s.chat_id WHERE s.active = 1 AND t.topic IN ({marks})",
                (alert_id, now, *topic_list),
            )
            for chat_id in extra_chats:
                self._run(
                    "INSERT INTO deliveries (alert_id, chat_id, state, updated_at) VALUES (?, ?, ?, ?)"
                    " ON CONFLICT DO NOTHING",
                    (alert_id, chat_id, DeliveryState.PENDING.value, now),
                )
            count = self._run("SELECT COUNT(*) FROM deliveries WHERE alert_id = ?", (alert_id,))[0][0]
            self._run("UPDATE publications SET recipients = ? WHERE alert_id = ?", (count, alert_id))
            return count

    def published(self) -> list[tuple[str, float]]:
        """(alert id, published at) of every published alert, newest first; changes told to followers are not alerts."""
        with self._transaction():
            rows = self._run(
                "SELECT alert_id, published_at FROM publications WHERE alert_id NOT LIKE ?"
                " ORDER BY published_at DESC, alert_id",
                (f"{CHANGE_PREFIX}%",),
            )
            return [(row[0], row[1]) for row in rows]

    def unsent_changes(self) -> list[str]:
        """The ledger keys of changes some follower is still to be sent (to resume after a crash)."""
        with self._transaction():
            rows = self._run(
                f"SELECT DISTINCT alert_id FROM deliveries WHERE ({_UNSETTLED}) AND alert_id LIKE ? ORDER BY alert_id",
                (f"{CHANGE_PREFIX}%",),
            )
            return [row[0] for row in rows]

    def follow(self, chat_id: int, fact_id: str, told: str) -> bool:
        """Follows a fact's answer, as last told (its fingerprint); False if the chat already did."""
        with self._transaction():
            known = self._run("SELECT 1 FROM follows WHERE chat_id = ? AND fact_id = ?", (chat_id, fact_id))
            self._run(
                "INSERT INTO follows (chat_id, fact_id, told, followed_at) VALUES (?, ?, ?, ?)"
                " ON CONFLICT (chat_id, fact_id) DO UPDATE SET told = excluded.told",
                (chat_id, fact_id, told, time.time()),
            )
            return not known

    def unfollow(self, chat_id: int, fact_id: str | None = None) -> int:
        """Stops following one fact, or every fact when none is named; how many were dropped."""
        with self._transaction():
            if fact_id is None:
                dropped = self._run("DELETE FROM follows WHERE chat_id = ? RETURNING fact_id", (chat_id,))
            else:
                dropped = self._run(
                    "DELETE FROM follows WHERE chat_id = ? AND fact_id = ? RETURNING fact_id", (chat_id, fact_id)
                )
            return len(dropped)

    def following(self, chat_id: int) -> list[str]:
        """The facts a chat follows, in the order it followed them."""
        with self._transaction():
            rows = self._run("SELECT fact_id FROM follows WHERE chat_id = ? ORDER BY followed_at, fact_id", (chat_id,))
            return [row[0] for row in rows]

    def untold(self, current: dict[str, str]) -> dict[str, int]:
        """Per followed fact, how many followers were last told something else than its answer now."""
        with self._transaction():
            rows = self._run("SELECT fact_id, told, COUNT(*) FROM follows GROUP BY fact_id, told")
        counts: dict[str, int] = {}
        for fact_id, told, followers in rows:
            if fact_id in current and told != current[fact_id]:
                counts[fact_id] = counts.get(fact_id, 0) + followers
        return counts

    def publish_change(self, fact_id: str, told: str, delivery_id: str) -> int:
        """Queues a changed answer for every follower not yet told it, and marks them told, at
        once: publishing again, or from another process, queues nobody twice."""
        now = time.time()
        with self._transaction():
            self._run(
                "INSERT INTO publications (alert_id, published_at) VALUES (?, ?) ON CONFLICT DO NOTHING",
                (delivery_id, now),
            )
            queued = self._run(
                "INSERT INTO deliveries (alert_id, chat_id, state, updated_at)"
                f" SELECT ?, chat_id, '{DeliveryState.PENDING}', ? FROM follows WHERE fact_id = ? AND told <> ?"
                " ON CONFLICT DO NOTHING RETURNING chat_id",
                (delivery_id, now, fact_id, told),
            )
            self._run("UPDATE follows SET told = ? WHERE fact_id = ? AND told <> ?", (told, fact_id, told))
            self._run(
                "UPDATE publications SET recipients = recipients + ? WHERE alert_id = ?", (len(queued), delivery_id)
            )
            return len(queued)

    def claim(self, limit: int, lease_seconds: float, alert_id: str | None = None) -> list[Delivery]:
        """Takes up to `limit` deliveries to send, leased to the caller for `lease_seconds`.

        A delivery whose lease ran out (its broadcaster died mid-send) is claimable again.
        """
        now = time.time()
        scope = "" if alert_id is None else " AND alert_id = ?"
        scope_values = () if alert_id is None else (alert_id,)
        lock = " FOR UPDATE SKIP LOCKED" if self._postgres else ""
        with self._transaction():
            rows = self._run(
                f"UPDATE deliveries SET state = '{DeliveryState.SENDING}', lease_until = ?, attempts = attempts + 1,"
                " updated_at = ? WHERE (alert_id, chat_id) IN (SELECT alert_id, chat_id FROM deliveries"
                f" WHERE ({_CLAIMABLE}){scope} ORDER BY alert_id, chat_id LIMIT ?{lock})"
                " RETURNING alert_id, chat_id, attempts",
                (now + lease_seconds, now, now, now, *scope_values, limit),
            )
        return [Delivery(row[0], row[1], row[2]) for row in rows]

    def settle(
        self, delivery: Delivery, state: DeliveryState, error: str | None = None, retry_at: float | None = None
    ) -> None:
        """Records how a claimed delivery ended; PENDING with retry_at schedules another try."""
        self.settle_many([(delivery, state, error, retry_at)])

    def settle_many(self, outcomes: Sequence[tuple[Delivery, DeliveryState, str | None, float | None]]) -> None:
        """settle() for a few deliveries, committed before returning: a crash after it never
        sends them again. One that did not block the bot, alone, is a single statement that
        commits by itself (one round trip; the driver prepares it once)."""
        now = time.time()
        if len(outcomes) == 1 and outcomes[0][1] is not DeliveryState.BLOCKED:
            with self._lock:
                self._settle_one(now, *outcomes[0])
            return
        with self._transaction():
            for outcome in outcomes:
                self._settle_one(now, *outcome)

    def _settle_one(
        self, now: float, delivery: Delivery, state: DeliveryState, error: str | None, retry_at: float | None
    ) -> None:
        self._run(
            "UPDATE deliveries SET state = ?, lease_until = NULL, not_before = ?, error = ?, updated_at = ?"
            " WHERE alert_id = ? AND chat_id = ?",
            (state.value, retry_at, error, now, delivery.alert_id, delivery.chat_id),
        )
        if state is DeliveryState.BLOCKED:
            self._run("UPDATE subscribers SET active = 0, blocked_at = ? WHERE chat_id = ?", (now, delivery.chat_id))

    def status(self, alert_id: str) -> DeliveryStatus:
        """Deliveries of one alert (or, given a prefix ending in "%", of all alerts with that prefix) by state."""
        operator = "LIKE" if alert_id.endswith("%") else "="
        with self._transaction():
            rows = self._run(
                f"SELECT state, COUNT(*) FROM deliveries WHERE alert_id {operator} ? GROUP BY state", (alert_id,)
            )
        counts = dict(rows)
        return DeliveryStatus(
            sent=counts.get(DeliveryState.SENT, 0),
            pending=counts.get(DeliveryState.PENDING, 0) + counts.get(DeliveryState.SENDING, 0),
            failed=counts.get(DeliveryState.FAILED, 0),
            blocked=counts.get(DeliveryState.BLOCKED, 0),
        )

    def next_wakeup(self, alert_id: str | None = None) -> float | None:
        """When the earliest unsettled delivery becomes claimable, or None if all are settled."""
        scope = "" if alert_id is None else " AND alert_id = ?"
        with self._transaction():
            rows = self._run(
                f"SELECT MIN(COALESCE(lease_until, not_before, 0)) FROM deliveries WHERE ({_UNSETTLED}){scope}",
                () if alert_id is None else (alert_id,),
            )
        return rows[0][0] if rows and rows[0][0] is not None else None


def _day(timestamp: float) -> str:
    return time.strftime("%Y-%m-%d", time.gmtime(timestamp))


def _open_sqlite(url: str) -> sqlite3.Connection:
    path = Path(urlsplit(url).path[1:] if url.startswith("sqlite:///") else "")
    if not str(path) or str(path) == ".":
        raise StorageError(f"DATABASE_URL={url!r}: give a file, e.g. sqlite:///data/bot.db")
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        connection = sqlite3.connect(path, isolation_level=None, check_same_thread=False, timeout=30)
        connection.execute("PRAGMA journal_mode = WAL")
        connection.execute("PRAGMA synchronous = NORMAL")  # durable with WAL, without an fsync per commit
        connection.execute("PRAGMA foreign_keys = ON")
    except (OSError, sqlite3.Error) as error:
        raise StorageError(f"cannot open the SQLite database {path}: {error}") from error
    return connection


def _open_postgres(url: str) -> Any:
    import psycopg  # only deployments on PostgreSQL need it loaded

    try:
        return psycopg.connect(url, autocommit=True)
    except psycopg.Error as error:
        host = urlsplit(url).hostname
        raise StorageError(f"cannot connect to PostgreSQL at {host}: {str(error).splitlines()[0]}") from error
