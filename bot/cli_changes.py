"""`python -m bot changes [publish]`: the answers readers follow that a reload changed, and
telling their followers, through the alerts' ledger (same pacing, resumes after a crash)."""

from __future__ import annotations

import argparse

from bot import messages
from bot.changes import CHANGE_PREFIX, changes, fingerprints
from bot.cli_alerts import status_line
from bot.logs import configure_logging
from bot.models import KnowledgeBase
from bot.render.words import status_label
from bot.settings import Settings
from bot.storage import Store


def add_commands(commands: argparse._SubParsersAction) -> None:
    command = commands.add_parser("changes", help="followed answers that changed since their followers were told")
    actions = command.add_subparsers(dest="action", metavar="ACTION")
    actions.add_parser("publish", help="tell their followers, once each (resumes an interrupted send)").set_defaults(
        handler=publish_changes
    )
    command.set_defaults(handler=list_changes)


def list_changes(_arguments: argparse.Namespace, settings: Settings, knowledge: KnowledgeBase) -> int:
    from bot.languages.catalog import Catalog

    store = Store.open(settings.database_url)
    untold = store.untold(fingerprints(knowledge))
    store.close()
    found = changes(knowledge, untold)
    if not found:
        print(messages.CHANGES_NONE)
    texts = Catalog().texts("en")
    for change in found:
        latest = change.latest
        print(
            messages.CHANGE_LINE.format(
                fact_id=change.fact.id,
                followers=change.followers,
                question=change.fact.headline,
                answer=latest.answer,
                status=status_label(latest, texts),
            )
        )
        if latest is not change.fact:
            print(messages.CHANGE_SUPERSEDED.format(latest_id=latest.id, article=latest.articles[0].title))
    return 0


def publish_changes(_arguments: argparse.Namespace, settings: Settings, knowledge: KnowledgeBase) -> int:
    settings.require_token()
    configure_logging(settings)
    store = Store.open(settings.database_url)
    try:
        import asyncio  # only when sending

        delivered = asyncio.run(_publish_and_send(settings, knowledge, store))
        print(messages.CHANGES_SENT.format(delivered=delivered, status=status_line(store, f"{CHANGE_PREFIX}%")))
    finally:
        store.close()
    return 0


async def _publish_and_send(settings: Settings, knowledge: KnowledgeBase, store: Store) -> int:
    from bot.app import build_application, build_broadcaster  # the Telegram stack, only when sending
    from bot.languages.catalog import Catalog

    application = build_application(settings, knowledge, store)
    async with application:
        broadcaster = build_broadcaster(application, knowledge, store, settings, Catalog())
        queued = await broadcaster.publish_changes()
        print(messages.CHANGES_QUEUED.format(chats=sum(count for _, count in queued), facts=len(queued)))
        delivered = 0
        for delivery_id in store.unsent_changes():
            delivered += await broadcaster.drain(delivery_id)
        return delivered
