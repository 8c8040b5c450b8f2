"""Two `python -m bot run --webhook` processes behind a balancer, sharing one PostgreSQL:
either answers any update, state (subscriptions, flood counts, conversations) is shared,
and losing one loses nothing."""

from __future__ import annotations

import itertools
from collections import defaultdict

from tests.bot_process import SECRET, deliver_update, free_port, start_bot, wait_until_listening
from tests.fake_telegram import updates
from tests.postgres_server import fresh_postgres_database
from tests.words import said

FLOODER = 77_001


def test_two_processes_share_subscriptions_conversations_and_flood_control_and_survive_losing_one(
    telegram, processes, postgres_url
):
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

    answered_in_response: dict[int, list[str]] = defaultdict(list)

    def deliver(port: int, text: str, chat_id: int) -> None:
        update = {"update_id": next(update_ids), "message": updates.message(text, chat_id=chat_id)}
        status, reply = deliver_update(port, update, secret=SECRET)
        assert status == 200
        if reply is not None:
            answered_in_response[chat_id].append(reply["text"])

    def replies_to(chat_id: int) -> list[str]:
        """Every reply to a chat: in webhook responses, or sent through the Bot API."""
        return answered_in_response[chat_id] + [params["text"] for params in telegram.sent_to(chat_id)]

    deliver(ports[0], "what factory might xiaomi keep", chat_id=502)
    deliver(ports[1], "which province is that in", chat_id=502)
    assert "Shandong" in replies_to(502)[1], "a follow-up on the other process is read with the first turn"

    deliver(ports[0], "/subscribe launch", chat_id=501)
    deliver(ports[1], "/subscriptions", chat_id=501)
    assert "Launch" in replies_to(501)[1], "a subscription made on one process is seen by the other"

    for number in range(20):
        deliver(ports[number % 2], f"flood question {number} about the licence", chat_id=FLOODER)
    telegram.wait_for("sendMessage", where=lambda call: call.params["text"] == said("flood-note"))
    to_flooder = replies_to(FLOODER)
    assert len(to_flooder) == 11, "ten answers and one note, counted across both processes"
    assert to_flooder.count(said("flood-note")) == 1

    processes[0].kill()
    processes[0].wait()
    deliver(ports[1], "/subscriptions", chat_id=501)
    assert "Launch" in replies_to(501)[2], "nothing is lost when a process dies"
