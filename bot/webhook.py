"""Webhook mode: a small HTTP server that takes Telegram's updates and answers health checks.

python-telegram-bot's own webhook server serves only the update route, so this one (on
tornado, which python-telegram-bot's webhook support installs) does the same job and
adds GET /healthz for load balancers: the fact base version and whether the database
answers. Updates without the right X-Telegram-Bot-Api-Secret-Token get 403 and change
nothing. Each update is handled before the response is sent, so its reply can ride in
the response (bot/webhook_reply.py).
"""

from __future__ import annotations

import asyncio
import hmac
import json
import logging
import signal
from http import HTTPStatus

import tornado.httpserver
import tornado.web
from telegram import Update
from telegram.ext import Application

from bot import webhook_reply
from bot.features.shared import DESK_KEY, STORE_KEY
from bot.settings import Settings
from bot.storage import Store

SECRET_HEADER = "X-Telegram-Bot-Api-Secret-Token"
HEALTH_PATH = "/healthz"
logger = logging.getLogger(__name__)


class _Updates(tornado.web.RequestHandler):
    def initialize(self, bot_application: Application, secret: str) -> None:
        self.bot_application = bot_application
        self.secret = secret

    async def post(self) -> None:
        given = self.request.headers.get(SECRET_HEADER, "")
        if not hmac.compare_digest(given.encode(), self.secret.encode()):
            raise tornado.web.HTTPError(HTTPStatus.FORBIDDEN)
        try:
            update = Update.de_json(json.loads(self.request.body), self.bot_application.bot)
        except Exception as error:  # anything unreadable is a bad request, as PTB's own server says
            raise tornado.web.HTTPError(HTTPStatus.BAD_REQUEST) from error
        reply = webhook_reply.open_slot()
        application = self.bot_application
        await application.update_processor.process_update(update, application.process_update(update))
        if reply:
            self.set_header("Content-Type", "application/json")
            self.write(json.dumps(reply))

    def log_exception(self, *args: object) -> None:
        """Refused requests are expected traffic, not errors; tornado would log them loudly."""


class _Health(tornado.web.RequestHandler):
    def initialize(self, bot_application: Application) -> None:
        self.bot_application = bot_application

    async def get(self) -> None:
        store: Store = self.bot_application.bot_data[STORE_KEY]
        database = await asyncio.to_thread(store.ping)
        self.set_status(HTTPStatus.OK if database == "reachable" else HTTPStatus.SERVICE_UNAVAILABLE)
        self.write(
            {
                "ok": database == "reachable",
                "fact_base_version": self.bot_application.bot_data[DESK_KEY].knowledge.version,
                "database": database,
            }
        )


def _routes(application: Application, settings: Settings) -> tornado.web.Application:
    update_path = "/" + settings.webhook_path
    return tornado.web.Application(
        [
            (update_path, _Updates, {"bot_application": application, "secret": settings.webhook_secret or ""}),
            (HEALTH_PATH, _Health, {"bot_application": application}),
        ],
        log_function=lambda _handler: None,  # one line per update is logged by bot.update_log
    )


async def serve(application: Application, settings: Settings, allowed_updates: list[str]) -> None:
    """Runs the bot behind the webhook until SIGTERM or SIGINT, then stops cleanly."""
    stop = asyncio.Event()
    loop = asyncio.get_running_loop()
    for stop_signal in (signal.SIGTERM, signal.SIGINT):
        loop.add_signal_handler(stop_signal, stop.set)
    async with application:
        if application.post_init is not None:
            await application.post_init(application)
        await application.start()
        server = tornado.httpserver.HTTPServer(_routes(application, settings), xheaders=True)
        server.listen(settings.port, address="0.0.0.0")
        await application.bot.set_webhook(
            settings.webhook_url, secret_token=settings.webhook_secret, allowed_updates=allowed_updates
        )
        logger.info("webhook server listening on port %d", settings.port)
        await stop.wait()
        server.stop()
        await application.stop()
        if application.post_stop is not None:
            await application.post_stop(application)
