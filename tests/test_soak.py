"""Two minutes of benchmarks/soak.py: two webhook processes on one PostgreSQL behind a
balancer, the readers' whole mix and an alert to 2,000 subscribers, one process killed
with SIGKILL every 40 seconds. Nothing is lost, and nothing is doubled but what a kill
caught in flight."""

from __future__ import annotations

from tests.postgres_server import fresh_postgres_database
from tests.soak.run import SoakPlan, soak

PLAN = SoakPlan(seconds=120, kill_every=40, subscribers=2000, lease_seconds=15)


async def test_two_minutes_with_a_process_killed_every_forty_seconds_lose_nothing(postgres_url):
    report = await soak(PLAN, fresh_postgres_database(postgres_url))

    updates, broadcast = report.updates, report.broadcast
    assert report.kills == 2
    assert updates.offered > 900
    assert updates.lost == (), "every update Telegram offered got its answer"
    assert updates.repeated_other == (), "only an update inside a killed process may be answered twice"
    assert updates.exactly_once + updates.repeated_in_flight == updates.offered
    assert all(report.answered_by), "both processes answered updates"
    assert broadcast.recipients >= 2000
    assert broadcast.missing == 0, "every subscriber got the alert"
    assert broadcast.repeated == broadcast.repeated_in_flight, "only sends a kill caught unrecorded were repeated"
    assert report.refused == 0, "the bot sent nothing Telegram would refuse"
    assert report.stopped_cleanly
