"""The connection under the store: SQLite or PostgreSQL, transactions, and migrations.

SQL is written once with `?` placeholders; `_run` turns them into PostgreSQL's. Calls are
synchronous and thread-safe (one lock per connection).
"""

from __future__ import annotations

import sqlite3
import threading
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any, Self
from urllib.parse import urlsplit

from bot.storage.schema import MIGRATIONS


class StorageError(Exception):
    """The database cannot be used; the message is one line for the operator."""


class Database:
    """One connection, its lock, and the schema brought up to date on opening."""

    def __init__(self, connection: Any, postgres: bool) -> None:
        self._connection = connection
        self._postgres = postgres
        self._lock = threading.Lock()
        self._migrate()

    @classmethod
    def open(cls, url: str) -> Self:
        scheme = urlsplit(url).scheme
        if scheme == "sqlite":
            return cls(_open_sqlite(url), postgres=False)
        if scheme in ("postgres", "postgresql"):
            return cls(_open_postgres(url), postgres=True)
        raise StorageError(f"DATABASE_URL must start with sqlite:/// or postgresql://, not {scheme or url!r}")

    def close(self) -> None:
        with self._lock:
            self._connection.close()

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

    @property
    def shared(self) -> bool:
        """Whether several bot processes may use this database at once (PostgreSQL)."""
        return self._postgres


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
