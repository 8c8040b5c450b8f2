"""The database, on SQLite and on PostgreSQL: the same behaviour, checked on both."""

from __future__ import annotations

import pytest

from bot.storage import (
    EVERYTHING,
    MIGRATIONS,
    AskedQuestion,
    Delivery,
    DeliveryState,
    DeliveryStatus,
    StorageError,
    Store,
)


def test_a_new_database_is_created_and_migrated(store):
    assert store.schema_version == len(MIGRATIONS)


def test_reopening_keeps_data_and_does_not_migrate_twice(database_url):
    first = Store.open(database_url)
    first.subscribe(1, "private", ["licence"])
    first.close()
    again = Store.open(database_url)
    assert again.subscriptions(1) == {"licence"}
    assert again.schema_version == len(MIGRATIONS)
    again.close()


def test_subscribing_adds_topics_and_unsubscribing_removes_them(store):
    assert store.subscribe(7, "private", ["licence", "launch"]) == {"licence", "launch"}
    assert store.subscribe(7, "private", ["licence"]) == {"licence", "launch"}
    assert store.unsubscribe(7, ["launch"]) == {"licence"}
    assert store.unsubscribe(7) == set()


def test_an_alert_goes_to_followers_of_its_topics_and_of_everything_once(store):
    store.subscribe(1, "private", ["licence"])
    store.subscribe(2, "private", [EVERYTHING])
    store.subscribe(3, "private", ["launch"])
    store.subscribe(4, "private", ["licence", "partners"])
    assert store.publish("a1", ["licence", "partners"]) == 3
    assert store.publish("a1", ["licence", "partners"]) is None
    claimed = store.claim(10, lease_seconds=60)
    assert sorted(delivery.chat_id for delivery in claimed) == [1, 2, 4]


def test_a_claimed_delivery_is_not_claimed_again_until_its_lease_runs_out(store):
    store.subscribe(1, "private", ["licence"])
    store.publish("a1", ["licence"])
    assert len(store.claim(10, lease_seconds=60)) == 1
    assert store.claim(10, lease_seconds=60) == []
    store.subscribe(2, "private", ["licence"])
    store.publish("a2", ["licence"])
    expired = store.claim(10, lease_seconds=-1)  # claimed by a broadcaster that died at once
    assert {delivery.alert_id for delivery in expired} == {"a2"}
    assert {delivery.alert_id for delivery in store.claim(10, lease_seconds=60)} == {"a2"}, (
        "the expired lease is reclaimed"
    )


def test_outcomes_are_counted_and_a_blocked_chat_is_marked_inactive(store):
    for chat_id in (1, 2, 3, 4):
        store.subscribe(chat_id, "private", ["licence"])
    store.publish("a1", ["licence"])
    one, two, three, _ = store.claim(10, lease_seconds=60)
    store.settle(one, DeliveryState.SENT)
    store.settle(two, DeliveryState.BLOCKED, error="Forbidden")
    store.settle(three, DeliveryState.FAILED, error="chat not found")
    assert store.status("a1") == DeliveryStatus(sent=1, pending=1, failed=1, blocked=1)
    assert not store.is_active(2)
    store.publish("a2", ["licence"])
    assert 2 not in {delivery.chat_id for delivery in store.claim(10, 60, alert_id="a2")}
    assert store.reactivate(2)
    assert store.is_active(2)


def test_a_retry_waits_until_its_time(store):
    store.subscribe(1, "private", ["licence"])
    store.publish("a1", ["licence"])
    [delivery] = store.claim(10, 60)
    store.settle(delivery, DeliveryState.PENDING, error="Too Many Requests", retry_at=4_000_000_000.0)
    assert store.claim(10, 60) == []
    assert store.next_wakeup("a1") == 4_000_000_000.0
    assert delivery == Delivery("a1", 1, attempts=1)


def test_an_extra_chat_such_as_a_channel_gets_every_alert(store):
    assert store.publish("a1", ["licence"], extra_chats=[-1001234]) == 1
    assert [delivery.chat_id for delivery in store.claim(10, 60)] == [-1001234]


def test_published_alerts_are_listed_newest_first(store):
    store.publish("old", ["licence"])
    store.publish("new", ["licence"])
    published = store.published()
    assert {alert_id for alert_id, _ in published} == {"old", "new"}
    times = [published_at for _, published_at in published]
    assert times == sorted(times, reverse=True)


@pytest.mark.parametrize("url", ["mysql://db/bot", "sqlite://", "postgresql://nobody@127.0.0.1:1/none"])
def test_an_unusable_database_url_is_one_clear_line(url):
    with pytest.raises(StorageError) as caught:
        Store.open(url)
    assert "\n" not in str(caught.value)


def test_the_questions_journal_keeps_kinds_and_texts_but_no_one_who_asked(store):
    store.record_questions(
        [
            AskedQuestion(1_000.0, "fact", "debut-date", 0.9, None),
            AskedQuestion(2_000.0, "unknown", None, 0.1, "who is the ceo"),
        ]
    )
    assert store.questions_since(1_500.0) == [AskedQuestion(2_000.0, "unknown", None, 0.1, "who is the ceo")]
    assert len(store.questions_since(0)) == 2


def test_subscribers_are_counted_per_topic_without_blocked_chats(store):
    store.subscribe(1, "private", ["licence", EVERYTHING])
    store.subscribe(2, "private", ["licence"])
    store.subscribe(3, "private", ["launch"])
    store.publish("a", ["launch"])
    launch_reader = next(delivery for delivery in store.claim(10, 60) if delivery.chat_id == 3)
    store.settle(launch_reader, DeliveryState.BLOCKED)
    assert store.subscribers_per_topic() == {"licence": 2, EVERYTHING: 1}


def test_a_conversation_keeps_only_its_fact_and_time_and_quiet_ones_are_forgotten(store):
    store.remember_conversation("42", "qingdao-plant", 1000.0)
    store.remember_conversation("-100:7", "debut-date", 2000.0)
    store.remember_conversation("42", "hyundai-plant", 3000.0, asked_source=True)
    assert store.conversation("42") == ("hyundai-plant", 3000.0, True)
    store.forget_conversations_before(2500.0)
    assert store.conversation("-100:7") is None
    store.forget_conversation("42")
    assert store.conversation("42") is None


def test_a_chosen_language_is_kept_and_an_inferred_one_follows_the_chat(store):
    store.note_chat_language(42, "it")
    store.note_chat_language(42, "es")
    assert store.chat_language(42) == "es"
    store.choose_chat_language(43, "it")
    store.note_chat_language(43, "en")
    assert store.chat_language(43) == "it"
    store.choose_chat_language(43, "es")
    assert store.languages_of([42, 43, 44]) == {42: "es", 43: "es"}


def test_a_chat_follows_answers_and_stops(store):
    assert store.follow(1, "qingdao-plant", "aaa")
    assert not store.follow(1, "qingdao-plant", "aaa"), "following twice is one follow"
    store.follow(1, "debut-date", "bbb")
    assert store.following(1) == ["qingdao-plant", "debut-date"]
    assert store.unfollow(1, "debut-date") == 1
    assert store.unfollow(1) == 1
    assert store.following(1) == []


def test_a_changed_answer_is_queued_once_for_the_followers_not_yet_told(store):
    for chat_id in (1, 2, 3):
        store.follow(chat_id, "qingdao-plant", "old")
    store.follow(3, "debut-date", "same")
    assert store.untold({"qingdao-plant": "new", "debut-date": "same"}) == {"qingdao-plant": 3}
    assert store.publish_change("qingdao-plant", "new", "change:qingdao-plant:new") == 3
    assert store.publish_change("qingdao-plant", "new", "change:qingdao-plant:new") == 0, "nobody twice"
    assert store.untold({"qingdao-plant": "new", "debut-date": "same"}) == {}
    assert store.unsent_changes() == ["change:qingdao-plant:new"]
    assert store.status("change:%").pending == 3
    assert store.published() == [], "changes are not alerts"
