"""Alerts reach every subscriber once, at the pace Telegram allows, even when it says slow down."""

from __future__ import annotations

import logging
import re
from collections import Counter
from dataclasses import replace
from datetime import UTC, datetime, timedelta

from bot import app
from bot.app import build_application
from bot.broadcaster import Broadcaster
from bot.languages.catalog import Catalog
from bot.loader import load_knowledge
from bot.storage import EVERYTHING, Store
from tests.conftest import running_application
from tests.fake_telegram import ApiError
from tests.knowledge_builder import write_toy_knowledge

ALERTS = """\
- id: {id}
  topics: [partners]
  headline: {headline}
  text: According to Reuters, Acme is talking to Zeta Works.
  claimed_by: Reuters
  status: reported
  publish_at: {publish_at}
  sources:
    - article: acme
      quote: "According to Reuters, Acme is in talks with Zeta Works to use its factory in Turin."
"""


def toy_knowledge_with_alerts(folder, *alerts: tuple[str, str, datetime]):
    text = "".join(
        ALERTS.format(id=alert_id, headline=headline, publish_at=when.isoformat())
        for alert_id, headline, when in alerts
    )
    return load_knowledge(write_toy_knowledge(folder, {"alerts.yaml": text}))


def alert_sends(telegram) -> list:
    return [call for call in telegram.calls if call.method == "sendMessage" and call.params["text"].startswith("🔔")]


async def test_too_many_requests_is_honoured_and_everyone_still_gets_it_once(telegram, bot_settings, tmp_path):
    knowledge = toy_knowledge_with_alerts(tmp_path / "k", ("talks", "Acme talks", datetime(2026, 1, 1, tzinfo=UTC)))
    store = Store.open(bot_settings.database_url)
    for chat_id in range(1, 21):
        store.subscribe(chat_id, "private", [EVERYTHING])
    telegram.messages_per_second = 5
    settings = replace(bot_settings, alert_rate=20)
    application = build_application(settings, knowledge, store)
    async with application:
        broadcaster = Broadcaster(store, application.bot, knowledge, Catalog(), rate=20, in_flight=4, lease_seconds=30)
        await broadcaster.publish(knowledge.alert("talks"))
        assert await broadcaster.drain("talks") == 20
    assert telegram.too_many_requests > 0
    assert store.status("talks").sent == 20
    successes = Counter(int(call.params["chat_id"]) for call in alert_sends(telegram)) - Counter(
        chat_id for _, chat_id in telegram.refusals
    )
    assert successes == Counter(range(1, 21)), "each subscriber got the alert exactly once"
    for refused_at, chat_id in telegram.refusals:
        retries = [
            call.at for call in alert_sends(telegram) if int(call.params["chat_id"]) == chat_id and call.at > refused_at
        ]
        assert min(retries) - refused_at >= 0.95, "the retry waited the retry_after Telegram asked for"
    store.close()


async def test_an_alert_whose_time_has_come_is_published_by_the_schedule(telegram, bot_settings, tmp_path):
    now = datetime.now(UTC)
    knowledge = toy_knowledge_with_alerts(
        tmp_path / "k",
        ("due", "Due now", now - timedelta(minutes=1)),
        ("later", "Not yet", now + timedelta(days=30)),
    )
    store = Store.open(bot_settings.database_url)
    store.subscribe(42, "private", ["partners"])
    store.close()
    async with running_application(bot_settings, knowledge):
        [alert] = await telegram.until("sendMessage", where=lambda call: call.params["text"].startswith("🔔"))
    assert "Due now" in alert.params["text"]
    assert all("Not yet" not in call.params["text"] for call in alert_sends(telegram))


async def test_a_broadcast_outlasting_the_schedules_beats_logs_no_skipped_runs_and_sends_once(
    telegram, bot_settings, tmp_path, caplog, monkeypatch
):
    """The soak's logs had a scheduler warning every ten seconds of a long broadcast."""
    monkeypatch.setattr(app, "ALERTS_EVERY_SECONDS", 0.2)
    knowledge = toy_knowledge_with_alerts(tmp_path / "k", ("due", "Due now", datetime.now(UTC) - timedelta(minutes=1)))
    store = Store.open(bot_settings.database_url)
    for chat_id in range(1, 31):
        store.subscribe(chat_id, "private", ["partners"])
    store.close()
    with caplog.at_level(logging.WARNING):
        async with running_application(replace(bot_settings, alert_rate=20), knowledge):  # 30 chats: 1.6 s, 8 beats
            await telegram.until("sendMessage", count=30, where=lambda call: call.params["text"].startswith("🔔"))
    assert Counter(int(call.params["chat_id"]) for call in alert_sends(telegram)) == Counter(range(1, 31))
    assert [record.getMessage() for record in caplog.records if record.name.startswith("apscheduler")] == []


async def test_publishing_twice_sends_nothing_twice(telegram, bot_settings, tmp_path):
    knowledge = toy_knowledge_with_alerts(tmp_path / "k", ("talks", "Acme talks", datetime(2026, 1, 1, tzinfo=UTC)))
    store = Store.open(bot_settings.database_url)
    store.subscribe(7, "private", ["partners"])
    application = build_application(bot_settings, knowledge, store)
    async with application:
        broadcaster = Broadcaster(store, application.bot, knowledge, Catalog(), rate=10, in_flight=4, lease_seconds=30)
        results = [await broadcaster.publish(knowledge.alert("talks")) for _ in range(2)]
        await broadcaster.drain()
    assert results == [1, None]
    assert len(alert_sends(telegram)) == 1
    store.close()


async def test_a_network_failure_is_retried_after_a_pause_and_delivered_once(telegram, bot_settings, tmp_path):
    knowledge = toy_knowledge_with_alerts(tmp_path / "k", ("talks", "Acme talks", datetime(2026, 1, 1, tzinfo=UTC)))
    store = Store.open(bot_settings.database_url)
    store.subscribe(9, "private", ["partners"])
    telegram.fail_next("sendMessage", ApiError(502, "Bad Gateway"))
    application = build_application(bot_settings, knowledge, store)
    async with application:
        broadcaster = Broadcaster(store, application.bot, knowledge, Catalog(), rate=10, in_flight=4, lease_seconds=30)
        await broadcaster.publish(knowledge.alert("talks"))
        assert await broadcaster.drain("talks") == 1
    failed, delivered = alert_sends(telegram)
    assert delivered.at - failed.at >= 0.95, "backed off before retrying"
    assert store.status("talks").sent == 1
    store.close()


async def test_a_slow_bot_api_never_has_more_than_the_in_flight_limit_unanswered_and_the_log_says_what_would_keep_pace(
    telegram, bot_settings, tmp_path, caplog
):
    knowledge = toy_knowledge_with_alerts(tmp_path / "k", ("talks", "Acme talks", datetime(2026, 1, 1, tzinfo=UTC)))
    store = Store.open(bot_settings.database_url)
    for chat_id in range(1, 31):
        store.subscribe(chat_id, "private", [EVERYTHING])
    telegram.answer_delay = 0.1  # a Bot API 100 ms away: at 2 in flight, 20 messages/s at most
    application = build_application(bot_settings, knowledge, store)
    async with application:
        broadcaster = Broadcaster(store, application.bot, knowledge, Catalog(), rate=100, in_flight=2, lease_seconds=30)
        await broadcaster.publish(knowledge.alert("talks"))
        with caplog.at_level(logging.WARNING, logger="bot.broadcaster"):
            assert await broadcaster.drain("talks") == 30
    arrivals = [call.at for call in alert_sends(telegram)]
    # A place is free again only once its answer is back, so no 0.09 s holds more than two sends.
    assert max(sum(start <= at < start + 0.09 for at in arrivals) for start in arrivals) <= 2
    [warning] = [record.getMessage() for record in caplog.records if "ALERT_IN_FLIGHT" in record.getMessage()]
    assert "ALERT_IN_FLIGHT=2 carries only" in warning
    assert int(re.search(r"set ALERT_IN_FLIGHT=(\d+)", warning).group(1)) >= 10, "100 ms x 95/s: 10 places"
    store.close()
