"""Hours of load with nothing lost: two webhook processes on one PostgreSQL, one killed now and then.

Usage: python benchmarks/soak.py [--minutes 20] [--kill-every 3] [--rate 8] [--subscribers 5000]

Starts a throwaway PostgreSQL server (tests/postgres_server.py), the fake Bot API, two
`python -m bot run` webhook processes behind a loopback balancer, and plays Telegram for
--minutes: questions in English, Italian and Spanish, presses on the buttons the bot sent,
inline queries, /subscribe and /unsubscribe, forwarded rumours, and one alert broadcast to
--subscribers chats, published by an admin. Every --kill-every minutes the second process
gets SIGKILL and is started again. An update without a 200 is posted again with the same
update_id, as Telegram does. Reports what was offered, answered once, lost and answered
twice (and whether each repeat was inside the killed process), latency and memory per
minute, and the broadcast's deliveries. See tests/soak/ for how replies are counted.
"""

from __future__ import annotations

import argparse
import asyncio
import sys
from pathlib import Path

PROJECT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(PROJECT))

from tests.postgres_server import fresh_postgres_database, postgres_server  # noqa: E402
from tests.soak.run import PROCESSES, VICTIM, SoakPlan, SoakReport, soak  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--minutes", type=float, default=20)
    parser.add_argument("--kill-every", type=float, default=3, help="minutes between kills")
    parser.add_argument("--rate", type=float, default=SoakPlan.rate, help="updates offered per second")
    parser.add_argument("--subscribers", type=int, default=SoakPlan.subscribers)
    parser.add_argument("--alert-rate", type=float, default=SoakPlan.alert_rate, help="ALERT_RATE of each process")
    arguments = parser.parse_args()
    plan = SoakPlan(
        seconds=arguments.minutes * 60,
        kill_every=arguments.kill_every * 60,
        rate=arguments.rate,
        subscribers=arguments.subscribers,
        alert_rate=arguments.alert_rate,
    )
    with postgres_server() as server:
        report = asyncio.run(soak(plan, fresh_postgres_database(server)))
    print("\n".join(describe(report)))


def describe(report: SoakReport) -> list[str]:
    updates, broadcast = report.updates, report.broadcast
    lines = [
        f"{report.plan.seconds / 60:g} minutes, {report.plan.rate:g} updates/s offered, {report.kills} kills"
        f" (SIGKILL every {report.plan.kill_every / 60:g} min)",
        f"updates offered {updates.offered}, answered exactly once {updates.exactly_once},"
        f" lost {len(updates.lost)}, answered more than once {updates.repeated_in_flight}"
        f" in flight at a kill + {len(updates.repeated_other)} others",
        f"posted again after no 200: {updates.redelivered}; answered with an apology: {updates.apologised};"
        f" replies Telegram would refuse: {report.refused}",
        f"answered (200) per process: {', '.join(map(str, report.answered_by))}",
        f"broadcast to {broadcast.recipients} chats: delivered {broadcast.delivered}, missing {broadcast.missing},"
        f" repeated {broadcast.repeated} ({broadcast.repeated_in_flight} unrecorded at a kill)",
        f"latency to the first reply over the whole soak: p50 {_ms(report.latency_ms[0])} ms,"
        f" p99 {_ms(report.latency_ms[1])} ms",
        *_memory(report),
        f"warnings and errors logged: {len(report.logged)}; stopped cleanly: {report.stopped_cleanly}",
        "",
        "minute  offered  p50 ms  p99 ms  " + "  ".join(f"RSS{slot + 1} MB" for slot in range(PROCESSES)),
    ]
    for minute in report.minutes:
        rss = "  ".join(f"{mb:8.0f}" if mb is not None else "       -" for mb in minute.rss_mb)
        lines.append(f"{minute.minute:6d}  {minute.offered:7d}  {_ms(minute.p50_ms)}  {_ms(minute.p99_ms)}  {rss}")
    lines += [f"(process {VICTIM + 1} is the one killed and restarted)", *report.logged[:10]]
    if updates.lost or updates.repeated_other:
        lines.append(f"lost: {list(updates.lost)[:20]}; repeated outside a kill: {list(updates.repeated_other)[:20]}")
    return lines


def _memory(report: SoakReport) -> list[str]:
    """The process never killed: RSS after a minute's warm-up, at the end, and the growth
    between; the one killed and started again: the range of its lives."""
    lines = []
    for slot in range(PROCESSES):
        sampled = [minute.rss_mb[slot] for minute in report.minutes[1:] if minute.rss_mb[slot] is not None]
        if not sampled:
            continue
        first, last = sampled[0], sampled[-1]
        growth = last / first - 1
        lines.append(
            f"RSS process {slot + 1}: {min(sampled):.0f}-{max(sampled):.0f} MB (started again at each kill)"
            if slot == VICTIM
            else f"RSS process {slot + 1}: {first:.0f} MB at minute 1, {last:.0f} MB at the end ({growth:+.1%})"
        )
    return lines


def _ms(value: float | None) -> str:
    return f"{value:6.1f}" if value is not None else "     -"


if __name__ == "__main__":
    main()
