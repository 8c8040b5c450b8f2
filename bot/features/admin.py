"""What only the bot's admins (ADMIN_IDS) may do, and the scheduled publishing of alerts."""

from __future__ import annotations

import asyncio
import logging

from telegram import Update
from telegram.ext import Application, ContextTypes

from bot.answering.engine import Engine
from bot.checking.checker import Checker
from bot.features.shared import (
    BROADCASTER_KEY,
    DESK_KEY,
    SETTINGS_KEY,
    broadcaster_of,
    desk_of,
    language_for,
    send,
    settings_of,
)
from bot.languages.catalog import Texts
from bot.loader import KnowledgeError, load_knowledge
from bot.render.telegram import alert_reply, escape, plain_reply

MAX_PROBLEMS_SHOWN = 5
logger = logging.getLogger(__name__)


async def publish(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """/publish <alert-id>: queue the alert for its subscribers and start sending; /publish changes, changed answers."""
    message = update.effective_message
    texts = desk_of(context).texts(await language_for(update, context))
    if update.effective_user.id not in settings_of(context).admin_ids:
        await send(message, plain_reply(texts("admins-only")))
        return
    if context.args and context.args[0].lower() == "changes":
        await _publish_changes(update, context, texts)
        return
    knowledge = desk_of(context).knowledge
    alert = knowledge.alert(context.args[0]) if context.args else None
    if alert is None:
        ids = ", ".join(alert.id for alert in knowledge.alerts)
        text = (
            texts("publish-unknown", alert_id=context.args[0]) if context.args else texts("publish-usage", alerts=ids)
        )
        await send(message, plain_reply(escape(text)))
        return
    count = await broadcaster_of(context).publish(alert)
    if count is None:
        await send(message, plain_reply(escape(texts("publish-already", alert_id=alert.id))))
        return
    await send(message, plain_reply(escape(texts("publish-done", alert_id=alert.id, count=count))))
    context.job_queue.run_once(send_alerts, 0, name=f"publish-{alert.id}")


async def _publish_changes(update: Update, context: ContextTypes.DEFAULT_TYPE, texts: Texts) -> None:
    """/publish changes: tell the followers of every changed answer, once each."""
    queued = await broadcaster_of(context).publish_changes()
    chats = sum(count for _, count in queued)
    reply = texts("changes-done", chats=chats, facts=len(queued)) if chats else texts("changes-none")
    await send(update.effective_message, plain_reply(escape(reply)))
    if chats:
        context.job_queue.run_once(send_alerts, 0, name="publish-changes")


async def preview(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """/preview <alert-id>: the alert as subscribers will get it, sent to this admin only."""
    message = update.effective_message
    desk = desk_of(context)
    texts = desk.texts(await language_for(update, context))
    if update.effective_user.id not in settings_of(context).admin_ids:
        await send(message, plain_reply(texts("admins-only")))
        return
    alert = desk.knowledge.alert(context.args[0]) if context.args else None
    if alert is None:
        ids = ", ".join(alert.id for alert in desk.knowledge.alerts)
        unknown = texts("publish-unknown", alert_id=context.args[0]) if context.args else None
        await send(message, plain_reply(escape(unknown or texts("preview-usage", alerts=ids))))
        return
    await send(message, alert_reply(alert, context.bot.username, texts))


async def send_alerts(context: ContextTypes.DEFAULT_TYPE) -> None:
    """Scheduled: publish alerts whose time has come, then send whatever is pending, unless
    this process is sending already: that drain claims what is pending as it goes."""
    broadcaster = broadcaster_of(context)
    await broadcaster.publish_due()
    if not broadcaster.draining:
        await broadcaster.drain(wait_for_leases=False)


async def reload(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """/reload: read the fact base again; one that fails the check is refused."""
    message = update.effective_message
    texts = desk_of(context).texts(await language_for(update, context))
    if update.effective_user.id not in settings_of(context).admin_ids:
        await send(message, plain_reply(texts("admins-only")))
        return
    await send(message, plain_reply(escape(await reload_knowledge(context.application, texts))))


async def reload_knowledge(application: Application, texts: Texts) -> str:
    """Swaps in the fact base from disk if it passes the check; says what happened.

    Questions keep being answered from the old base while the new one loads, and forever
    if the new one is broken.
    """
    directory = application.bot_data[SETTINGS_KEY].knowledge_dir
    try:
        knowledge = await asyncio.to_thread(load_knowledge, directory)
    except KnowledgeError as error:
        shown = "\n".join(str(problem) for problem in error.problems[:MAX_PROBLEMS_SHOWN])
        logger.warning("fact base reload refused: %d problem(s)", len(error.problems))
        return texts("reload-refused", count=len(error.problems), problems=shown)
    engine = await asyncio.to_thread(Engine, knowledge)
    checker = await asyncio.to_thread(Checker, engine)
    application.bot_data[DESK_KEY].switch(engine, checker)
    application.bot_data[BROADCASTER_KEY].knowledge = knowledge
    logger.info("fact base reloaded: version %s, %d facts", knowledge.version, len(knowledge.facts))
    return texts("reloaded", version=knowledge.version, facts=len(knowledge.facts), alerts=len(knowledge.alerts))
