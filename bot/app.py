"""The one place the Telegram application is wired: every handler, in the order it is tried."""

from __future__ import annotations

from telegram import BotCommand, LinkPreviewOptions, Update
from telegram.constants import ParseMode
from telegram.ext import (
    AIORateLimiter,
    Application,
    CallbackQueryHandler,
    CommandHandler,
    Defaults,
    InlineQueryHandler,
    MessageHandler,
    TypeHandler,
    filters,
)

from bot import messages
from bot.desk import Desk
from bot.engine import Engine
from bot.features import answers, guards, inline
from bot.features.shared import DESK_KEY
from bot.models import KnowledgeBase
from bot.settings import Settings

ALLOWED_UPDATES = [Update.MESSAGE, Update.CALLBACK_QUERY, Update.INLINE_QUERY]
CONCURRENT_UPDATES = 16


def build_application(settings: Settings, knowledge: KnowledgeBase) -> Application:
    """The bot, ready to run with polling or a webhook; nothing is sent until it starts."""
    application = (
        Application.builder()
        .token(settings.require_token())
        .base_url(f"{settings.telegram_api_url}/bot")
        .base_file_url(f"{settings.telegram_api_url}/file/bot")
        .defaults(Defaults(parse_mode=ParseMode.HTML, link_preview_options=LinkPreviewOptions(is_disabled=True)))
        .rate_limiter(AIORateLimiter(max_retries=3))
        .concurrent_updates(CONCURRENT_UPDATES)
        .post_init(_post_init)
        .build()
    )
    application.bot_data[guards.FLOOD_KEY] = guards.FloodGuard()
    application.bot_data[_ENGINE_KEY] = Engine(knowledge)
    _add_handlers(application)
    return application


_ENGINE_KEY = "engine"
_MESSAGE = filters.UpdateType.MESSAGE
_PRIVATE = _MESSAGE & filters.ChatType.PRIVATE
_GROUPS = _MESSAGE & filters.ChatType.GROUPS


def _add_handlers(application: Application) -> None:
    application.add_handler(TypeHandler(Update, guards.flood_gate), group=-1)
    application.add_handler(CommandHandler("start", answers.start, filters=_MESSAGE))
    application.add_handler(CommandHandler("help", answers.help_command, filters=_MESSAGE))
    application.add_handler(CommandHandler("ask", answers.ask, filters=_MESSAGE))
    application.add_handler(CommandHandler("topics", answers.topics, filters=_MESSAGE))
    application.add_handler(CommandHandler("sources", answers.sources, filters=_MESSAGE))
    application.add_handler(CallbackQueryHandler(answers.button))
    application.add_handler(InlineQueryHandler(inline.inline_query))
    application.add_handler(MessageHandler(_PRIVATE & filters.TEXT & ~filters.COMMAND, answers.private_text))
    application.add_handler(MessageHandler(_GROUPS & filters.TEXT & ~filters.COMMAND, answers.group_text))
    application.add_handler(MessageHandler(_PRIVATE & filters.COMMAND, answers.unknown_command))
    application.add_handler(MessageHandler(_PRIVATE & ~filters.TEXT & ~filters.StatusUpdate.ALL, answers.not_text))
    application.add_error_handler(guards.on_error)


async def _post_init(application: Application) -> None:
    """Once the bot knows its own username: build the desk and publish the command menu."""
    application.bot_data[DESK_KEY] = Desk(application.bot_data.pop(_ENGINE_KEY), application.bot.username)
    commands = [BotCommand(command, description) for command, description in messages.COMMANDS.items()]
    await application.bot.set_my_commands(commands)
