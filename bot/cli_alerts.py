"""`python -m bot alerts list | publish ID | status ID`: alerts from a shell."""

from __future__ import annotations

import argparse
import sys

from bot import messages
from bot.languages.catalog import LANGUAGES, Catalog
from bot.logs import configure_logging
from bot.models import Alert, KnowledgeBase
from bot.settings import Settings
from bot.storage import EVERYTHING, Store

PREVIEW_BOT_NAME = "<bot>"


def add_commands(commands: argparse._SubParsersAction) -> None:
    alerts = commands.add_parser("alerts", help="list, publish and follow alerts")
    actions = alerts.add_subparsers(dest="action", required=True, metavar="ACTION")
    actions.add_parser("list", help="every alert and whether it was published").set_defaults(handler=list_alerts)
    publish = actions.add_parser("publish", help="publish an alert and send it (resumes an interrupted send)")
    publish.add_argument("alert_id")
    publish.set_defaults(handler=publish_alert)
    status = actions.add_parser("status", help="sent / pending / failed / blocked counts, live")
    status.add_argument("alert_id")
    status.set_defaults(handler=alert_status)
    preview = actions.add_parser(
        "preview", help="the message subscribers will get, and how many chats follow its topics"
    )
    preview.add_argument("alert_id")
    preview.add_argument("--lang", choices=LANGUAGES, default="en", help="the language to show it in")
    preview.set_defaults(handler=preview_alert)


def list_alerts(_arguments: argparse.Namespace, settings: Settings, knowledge: KnowledgeBase) -> int:
    store = Store.open(settings.database_url)
    published = dict(store.published())
    for alert in knowledge.alerts:
        schedule = alert.publish_at.isoformat() if alert.publish_at else "-"
        state = status_line(store, alert.id) if alert.id in published else messages.ALERT_NOT_PUBLISHED
        print(
            messages.ALERT_LIST_LINE.format(alert_id=alert.id, schedule=schedule, state=state, headline=alert.headline)
        )
    store.close()
    return 0


def preview_alert(arguments: argparse.Namespace, settings: Settings, knowledge: KnowledgeBase) -> int:
    """Exactly the text and buttons a subscriber will get (the bot's name left as <bot>), and the audience."""
    from bot.render.telegram import alert_reply  # the Telegram types, only for this command

    alert = _known_alert(arguments.alert_id, knowledge)
    if alert is None:
        return 1
    reply = alert_reply(alert, PREVIEW_BOT_NAME, Catalog().texts(arguments.lang))
    print(reply.text)
    for row in reply.keyboard.inline_keyboard if reply.keyboard else ():
        print("  " + "  ".join(f"[{button.text}]" for button in row))
    store = Store.open(settings.database_url)
    followers = store.subscribers_per_topic()
    store.close()
    for topic in (*alert.topics, EVERYTHING):
        print(messages.ALERT_PREVIEW_AUDIENCE.format(topic=topic, count=followers.get(topic, 0)))
    return 0


def alert_status(arguments: argparse.Namespace, settings: Settings, knowledge: KnowledgeBase) -> int:
    if _known_alert(arguments.alert_id, knowledge) is None:
        return 1
    store = Store.open(settings.database_url)
    published = dict(store.published())
    print(status_line(store, arguments.alert_id) if arguments.alert_id in published else messages.ALERT_NOT_PUBLISHED)
    store.close()
    return 0


def publish_alert(arguments: argparse.Namespace, settings: Settings, knowledge: KnowledgeBase) -> int:
    alert = _known_alert(arguments.alert_id, knowledge)
    if alert is None:
        return 1
    settings.require_token()
    configure_logging(settings)
    store = Store.open(settings.database_url)
    try:
        import asyncio  # only when sending: `ask` starts without the event loop machinery

        delivered = asyncio.run(_publish_and_send(alert, settings, knowledge, store))
        print(messages.ALERT_THIS_RUN.format(delivered=delivered, status=status_line(store, alert.id)))
    finally:
        store.close()
    return 0


async def _publish_and_send(alert: Alert, settings: Settings, knowledge: KnowledgeBase, store: Store) -> int:
    from bot.app import build_application, build_broadcaster  # the Telegram stack, only when sending
    from bot.languages.catalog import Catalog

    application = build_application(settings, knowledge, store)
    async with application:
        broadcaster = build_broadcaster(application, knowledge, store, settings, Catalog())
        if await broadcaster.publish(alert) is None:
            print(messages.ALERT_RESUMING.format(alert_id=alert.id), file=sys.stderr)
        return await broadcaster.drain(alert.id)


def _known_alert(alert_id: str, knowledge: KnowledgeBase) -> Alert | None:
    alert = knowledge.alert(alert_id)
    if alert is None:
        known = ", ".join(alert.id for alert in knowledge.alerts)
        print(messages.ALERT_UNKNOWN.format(alert_id=alert_id, known=known), file=sys.stderr)
    return alert


def status_line(store: Store, alert_id: str) -> str:
    """An alert's deliveries by state (or, for an id ending in "%", those of every id with that start)."""
    status = store.status(alert_id)
    return messages.ALERT_STATUS_LINE.format(
        sent=status.sent, pending=status.pending, failed=status.failed, blocked=status.blocked, total=status.total
    )
