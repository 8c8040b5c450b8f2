"""Two `python -m bot run --webhook` processes behind a balancer, sharing one PostgreSQL:
either answers any update, state is shared, and losing one loses nothing."""

from __future__ import annotations

import itertools

import psycopg

from bot import messages
from tests.bot_process import SECRET, free_port, post_update, start_bot, wait_until_listening
from tests.fake_telegram import updates
from tests.postgres_server import fresh_postgres_database
from tests.waiting import wait_until

FLOODER = 77_001


def test_two_processes_share_subscriptions_and_flood_control_and_survive_losing_one(telegram, processes, postgres_url):
    database_url = fresh_postgres_database(postgres_url)
    ports = [free_port(), free_port()]
    balancer_url = f"http://127.0.0.1:{ports[0]}/telegram"
    for port in ports:
        bot = start_bot(
            telegram, WEBHOOK_URL=balancer_url, WEBHOOK_SECRET=SECRET, PORT=str(port), DATABASE_URL=database_url
        )
        processes.append(bot)
        wait_until_listening(port, bot)
    update_ids = itertools.count(1)

    def deliver(port: int, text: str, chat_id: int) -> None:
        update = {"update_id": next(update_ids), "message": updates.message(text, chat_id=chat_id)}
        assert post_update(port, update, secret=SECRET) == 200

    def replies_to(chat_id: int, count: int) -> list[str]:
        calls = telegram.wait_for("sendMessage", count=count, where=lambda call: int(call.params["chat_id"]) == chat_id)
        return [call.params["text"] for call in calls]

    deliver(ports[0], "/subscribe launch", chat_id=501)
    replies_to(501, 1)
    deliver(ports[1], "/subscriptions", chat_id=501)
    assert "Launch" in replies_to(501, 2)[1], "a subscription made on one process is seen by the other"

    for number in range(20):
        deliver(ports[number % 2], f"flood question {number} about the licence", chat_id=FLOODER)
    replies_to(FLOODER, 11)
    with psycopg.connect(database_url, autocommit=True) as database:
        counted = "SELECT COALESCE(SUM(updates), 0) FROM flood_counts WHERE user_id = %s"
        wait_until(lambda: database.execute(counted, (FLOODER,)).fetchone()[0] == 20)
    deliver(ports[0], "who wrote the first article?", chat_id=502)
    deliver(ports[1], "who wrote the second article?", chat_id=503)
    replies_to(502, 1)
    replies_to(503, 1)
    to_flooder = [params["text"] for params in telegram.sent_to(FLOODER)]
    assert len(to_flooder) == 11, "ten answers and one note, counted across both processes"
    assert to_flooder.count(messages.FLOOD_NOTE) == 1

    processes[0].kill()
    processes[0].wait()
    deliver(ports[1], "/subscriptions", chat_id=501)
    assert "Launch" in replies_to(501, 3)[2], "nothing is lost when a process dies"
