"""Two minutes of benchmarks/soak.py: two webhook processes on one PostgreSQL behind a
balancer, the readers' whole mix and an alert to 2,000 subscribers, one process killed
with SIGKILL every 40 seconds. Nothing is lost, and nothing is doubled but what a kill
caught in flight."""

from __future__ import annotations

from tests.fake_telegram import Call
from tests.postgres_server import fresh_postgres_database
from tests.soak.run import SoakPlan, soak
from tests.soak.tally import refused_calls
from tests.soak.traffic import Kind, Offer

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
    assert report.refused == 0, "the bot sent nothing Telegram would refuse, but answers a kill caught in flight"
    assert report.stopped_cleanly


def test_only_a_second_answer_to_a_query_a_kill_caught_in_flight_is_forgiven_a_refusal():
    offers = {update_id: Offer({"update_id": update_id}, Kind.INLINE, 1, f"q{update_id}") for update_id in (7, 8)}
    too_old = "query is too old and response timeout expired or query ID is invalid"
    rejected = [(Call("answerInlineQuery", {"inline_query_id": f"q{update_id}"}), too_old) for update_id in (7, 8)]
    refused = refused_calls(rejected, offers, in_flight={7})
    assert [call.params["inline_query_id"] for call, _ in refused] == ["q8"]
