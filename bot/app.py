"""The one place the Telegram application is wired: every handler, in the order it is tried."""

from __future__ import annotations

import asyncio
import logging
import re
import signal
import time

from telegram import BotCommand, LinkPreviewOptions, Update
from telegram.constants import ParseMode
from telegram.ext import (
    AIORateLimiter,
    Application,
    CallbackQueryHandler,
    CommandHandler,
    ContextTypes,
    Defaults,
    InlineQueryHandler,
    MessageHandler,
    TypeHandler,
    filters,
)

from bot.answering.engine import Engine
from bot.broadcaster import Broadcaster
from bot.callbacks import Action
from bot.chat_order import PerChatOrder
from bot.desk import Desk
from bot.features import admin, answers, checks, following, guards, inline, subscriptions
from bot.features.shared import BROADCASTER_KEY, DESK_KEY, SETTINGS_KEY, STORE_KEY
from bot.journal import QuestionLog
from bot.languages.catalog import Catalog
from bot.languages.detection import LanguageDetector
from bot.models import KnowledgeBase
from bot.settings import Settings
from bot.storage import Store

# The command menu, in this order; each command's description is `command-<name>` in the catalogs.
COMMANDS = (
    "start",
    "ask",
    "check",
    "topics",
    "sources",
    "subscribe",
    "unsubscribe",
    "subscriptions",
    "latest",
    "following",
    "unfollow",
    "timeline",
    "language",
    "help",
)
ALLOWED_UPDATES = [Update.MESSAGE, Update.CALLBACK_QUERY, Update.INLINE_QUERY]
CONCURRENT_UPDATES = 64
# httpcore checks every pooled connection on each request, so a large pool costs CPU on
# every message; a few keep-alive connections carry Telegram's rates easily. Alert sends
# (ALERT_IN_FLIGHT at once) never take more than half of it.
CONNECTION_POOL_SIZE = 8
# Telegram's limits: about 30 bulk messages per second (the broadcaster paces alerts at
# ALERT_RATE), 20 per minute per group (kept by AIORateLimiter, which also retries after
# 429 RetryAfter). Replies to readers are not bulk, so there is no overall cap on them.
ALERTS_EVERY_SECONDS = 10  # how often scheduled alerts are published and pending ones sent
JOURNAL_EVERY_SECONDS = 5  # how often the questions asked are written to the database
JOURNAL_KEY = "journal"


def build_application(settings: Settings, knowledge: KnowledgeBase, store: Store) -> Application:
    """The bot, ready to run with polling or a webhook; nothing is sent until it starts."""
    application = (
        Application.builder()
        .token(settings.require_token())
        .base_url(f"{settings.telegram_api_url}/bot")
        .base_file_url(f"{settings.telegram_api_url}/file/bot")
        .defaults(Defaults(parse_mode=ParseMode.HTML, link_preview_options=LinkPreviewOptions(is_disabled=True)))
        .rate_limiter(AIORateLimiter(overall_max_rate=0, max_retries=3))
        .concurrent_updates(PerChatOrder(CONCURRENT_UPDATES))
        .connection_pool_size(max(CONNECTION_POOL_SIZE, 2 * settings.alert_in_flight))
        .post_init(_post_init)
        .post_stop(_post_stop)
        .build()
    )
    application.bot_data[guards.FLOOD_KEY] = guards.flood_guard_for(store)
    application.bot_data[_ENGINE_KEY] = Engine(knowledge)
    application.bot_data[_CATALOG_KEY] = Catalog()
    application.bot_data[SETTINGS_KEY] = settings
    application.bot_data[STORE_KEY] = store
    _add_handlers(application)
    return application


_ENGINE_KEY = "engine"
_CATALOG_KEY = "catalog"
_MESSAGE = filters.UpdateType.MESSAGE
_PRIVATE = _MESSAGE & filters.ChatType.PRIVATE
_GROUPS = _MESSAGE & filters.ChatType.GROUPS


def _add_handlers(application: Application) -> None:
    application.add_handler(TypeHandler(Update, guards.flood_gate), group=-1)
    application.add_handler(CommandHandler("start", answers.start, filters=_MESSAGE))
    application.add_handler(CommandHandler("help", answers.help_command, filters=_MESSAGE))
    application.add_handler(CommandHandler("ask", answers.ask, filters=_MESSAGE))
    application.add_handler(CommandHandler("check", checks.check_command, filters=_MESSAGE))
    application.add_handler(CommandHandler("topics", answers.topics, filters=_MESSAGE))
    application.add_handler(CommandHandler("sources", answers.sources, filters=_MESSAGE))
    application.add_handler(CommandHandler("language", answers.language, filters=_MESSAGE))
    application.add_handler(CommandHandler("timeline", answers.timeline, filters=_MESSAGE))
    application.add_handler(CommandHandler("subscribe", subscriptions.subscribe, filters=_MESSAGE))
    application.add_handler(CommandHandler("unsubscribe", subscriptions.unsubscribe, filters=_MESSAGE))
    application.add_handler(CommandHandler("subscriptions", subscriptions.subscriptions, filters=_MESSAGE))
    application.add_handler(CommandHandler("latest", subscriptions.latest, filters=_MESSAGE))
    application.add_handler(CommandHandler("following", following.following, filters=_MESSAGE))
    application.add_handler(CommandHandler("unfollow", following.unfollow, filters=_MESSAGE))
    application.add_handler(CommandHandler("publish", admin.publish, filters=_MESSAGE))
    application.add_handler(CommandHandler("preview", admin.preview, filters=_MESSAGE))
    application.add_handler(CommandHandler("reload", admin.reload, filters=_MESSAGE))
    application.add_handler(
        CallbackQueryHandler(subscriptions.subscribe_button, pattern=f"^{re.escape(Action.SUBSCRIBE)}:")
    )
    application.add_handler(CallbackQueryHandler(following.follow_button, pattern=f"^{re.escape(Action.FOLLOW)}:"))
    application.add_handler(CallbackQueryHandler(following.unfollow_button, pattern=f"^{re.escape(Action.UNFOLLOW)}:"))
    application.add_handler(CallbackQueryHandler(answers.button))
    application.add_handler(InlineQueryHandler(inline.inline_query))
    application.add_handler(
        MessageHandler(_PRIVATE & filters.FORWARDED & (filters.TEXT | filters.CAPTION), checks.forwarded)
    )
    application.add_handler(MessageHandler(_PRIVATE & filters.TEXT & ~filters.COMMAND, answers.private_text))
    application.add_handler(MessageHandler(_GROUPS & filters.TEXT & ~filters.COMMAND, answers.group_text))
    application.add_handler(MessageHandler(_PRIVATE & filters.COMMAND, answers.unknown_command))
    application.add_handler(MessageHandler(_PRIVATE & ~filters.TEXT & ~filters.StatusUpdate.ALL, answers.not_text))
    application.add_handler(CommandHandler("start", subscriptions.reactivate, filters=_MESSAGE), group=1)
    application.add_error_handler(guards.on_error)


async def _post_init(application: Application) -> None:
    """Once the bot knows its own username: build the desk and broadcaster, publish the
    command menu, and start the alerts schedule."""
    _reload_on_sighup(application)
    engine: Engine = application.bot_data.pop(_ENGINE_KEY)
    settings: Settings = application.bot_data[SETTINGS_KEY]
    journal = QuestionLog(application.bot_data[STORE_KEY])
    application.bot_data[JOURNAL_KEY] = journal
    catalog: Catalog = application.bot_data.pop(_CATALOG_KEY)
    application.bot_data[DESK_KEY] = Desk(engine, application.bot.username, catalog, LanguageDetector(), journal)
    application.bot_data[BROADCASTER_KEY] = build_broadcaster(
        application, engine.knowledge, application.bot_data[STORE_KEY], settings, catalog
    )
    await _publish_command_menus(application, catalog)
    # A broadcast outlasts many beats; a beat during one returns at once (admin.send_alerts)
    # rather than being skipped by the scheduler with a warning every ten seconds.
    application.job_queue.run_repeating(
        admin.send_alerts, interval=ALERTS_EVERY_SECONDS, first=1, name="alerts", job_kwargs={"max_instances": 2}
    )
    application.job_queue.run_repeating(_write_journal, interval=JOURNAL_EVERY_SECONDS, name="journal")


async def _publish_command_menus(application: Application, catalog: Catalog) -> None:
    """The command menu in each language; readers whose Telegram speaks none of them get English."""
    for language in catalog.languages:
        texts = catalog.texts(language)
        commands = [BotCommand(command, texts(f"command-{command}")) for command in COMMANDS]
        await application.bot.set_my_commands(commands, language_code=None if language == "en" else language)


def _reload_on_sighup(application: Application) -> None:
    """`kill -HUP <pid>` re-reads the fact base, like /reload."""
    loop = asyncio.get_running_loop()
    try:
        loop.add_signal_handler(signal.SIGHUP, lambda: application.create_task(_reload(application)))
    except (NotImplementedError, RuntimeError):
        logging.getLogger(__name__).warning("SIGHUP cannot be handled here; use /reload")


async def _reload(application: Application) -> None:
    desk: Desk = application.bot_data[DESK_KEY]
    await admin.reload_knowledge(application, desk.texts("en"))


async def _write_journal(context: ContextTypes.DEFAULT_TYPE) -> None:
    """Also forgets flood counts older than a minute and conversations gone quiet: housekeeping on the same beat."""
    await context.application.bot_data[JOURNAL_KEY].flush()
    store: Store = context.application.bot_data[STORE_KEY]
    await asyncio.to_thread(store.forget_flood_before, time.time() - 60)
    lifetime = context.application.bot_data[SETTINGS_KEY].conversation_minutes * 60
    await asyncio.to_thread(store.forget_conversations_before, time.time() - lifetime)


async def _post_stop(application: Application) -> None:
    """Nothing noted is lost on a clean stop."""
    journal: QuestionLog | None = application.bot_data.get(JOURNAL_KEY)
    if journal is not None:
        await journal.flush()


def build_broadcaster(
    application: Application, knowledge: KnowledgeBase, store: Store, settings: Settings, catalog: Catalog
) -> Broadcaster:
    """The broadcaster for this application's bot, paced and configured by the settings."""
    return Broadcaster(
        store,
        application.bot,
        knowledge,
        catalog,
        rate=settings.alert_rate,
        in_flight=settings.alert_in_flight,
        lease_seconds=settings.alert_lease_seconds,
        channel_id=settings.alert_channel_id,
    )
