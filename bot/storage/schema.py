"""The database's tables, as the migrations that build them; each runs once, in order."""

from __future__ import annotations

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
    (
        # Whether a conversation's last question asked who wrote it or which article: "and the
        # other article?" then asks the same of the other one.
        "ALTER TABLE conversations ADD COLUMN asked_source INTEGER NOT NULL DEFAULT 0",
    ),
)
