"""`python -m bot run`: long polling by default, a webhook server when WEBHOOK_URL is set."""

from __future__ import annotations

import asyncio
import logging

from bot import webhook as webhook_server
from bot.app import ALLOWED_UPDATES, build_application
from bot.logs import configure_logging
from bot.models import KnowledgeBase
from bot.settings import Settings, SettingsError
from bot.storage import Store


def run(settings: Settings, knowledge: KnowledgeBase, *, webhook: bool) -> None:
    """Serve until SIGINT or SIGTERM, then stop cleanly."""
    if webhook and not settings.webhook_url:
        raise SettingsError("webhook mode needs WEBHOOK_URL, the public https URL Telegram should call")
    if webhook and not settings.webhook_secret:
        raise SettingsError("WEBHOOK_URL is set but WEBHOOK_SECRET is not: set a random secret (openssl rand -hex 32)")
    configure_logging(settings)
    store = Store.open(settings.database_url)
    application = build_application(settings, knowledge, store)
    logger = logging.getLogger(__name__)
    if webhook:
        logger.info("serving webhook on port %d, path /%s", settings.port, settings.webhook_path)
        asyncio.run(webhook_server.serve(application, settings, ALLOWED_UPDATES))
    else:
        logger.info("long polling %s", settings.telegram_api_url)
        application.run_polling(allowed_updates=ALLOWED_UPDATES)
    store.close()
    logger.info("stopped")
