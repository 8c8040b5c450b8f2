"""The delivery ledger: alerts and changed answers queued for chats, claimed, sent and settled.

Only claiming differs between databases: PostgreSQL's FOR UPDATE SKIP LOCKED lets
several processes share one broadcast.
"""

from __future__ import annotations

import time
from collections.abc import Iterable, Sequence

from bot.changes import CHANGE_PREFIX
from bot.storage.database import Database
from bot.storage.records import EVERYTHING, Delivery, DeliveryState, DeliveryStatus

_UNSETTLED = f"state = '{DeliveryState.PENDING}' OR state = '{DeliveryState.SENDING}'"
_CLAIMABLE = (
    f"(state = '{DeliveryState.PENDING}' AND COALESCE(not_before, 0) <= ?)"
    f" OR (state = '{DeliveryState.SENDING}' AND lease_until < ?)"
)


class DeliveryRecords(Database):
    """Publications, follows and the deliveries they queue."""

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
