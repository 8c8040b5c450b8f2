"""Webhook mode: a small HTTP server that takes Telegram's updates and answers health checks.

python-telegram-bot's own webhook server serves only the update route, so this one (on
tornado, which python-telegram-bot's webhook support installs) does the same job and
adds GET /healthz for load balancers: the fact base version and whether the database
answers. A request is judged on its headers before its body is read (bot/webhook_guard.py):
from outside Telegram's addresses (with WEBHOOK_TELEGRAM_IPS_ONLY) or without the right
X-Telegram-Bot-Api-Secret-Token it gets 403, over WEBHOOK_MAX_BODY_BYTES 413, beyond
WEBHOOK_MAX_IN_FLIGHT updates at once 503, and none of them changes anything. Each
update is handled before the response is sent, so its reply can ride in the response
(bot/webhook_reply.py).
"""

from __future__ import annotations

import asyncio
import json
import logging
import signal
import sys
from http import HTTPStatus

import tornado.httpserver
import tornado.web
from telegram import Update
from telegram.ext import Application

from bot import webhook_reply
from bot.features.shared import DESK_KEY, STORE_KEY
from bot.settings import Settings
from bot.storage import Store
from bot.webhook_guard import InFlight, refusal

HEALTH_PATH = "/healthz"
UNCHECKED = sys.maxsize
# A body still arriving after this long is dropped, and its place among the updates in flight freed.
BODY_SECONDS = 30.0
logger = logging.getLogger(__name__)


@tornado.web.stream_request_body
class _Updates(tornado.web.RequestHandler):
    """Takes the body a chunk at a time, so a request is refused before it is read, or as
    soon as it grows past the limit, never after buffering it."""

    def initialize(self, bot_application: Application, settings: Settings, in_flight: InFlight) -> None:
        self.bot_application = bot_application
        self.bot_settings = settings
        self.in_flight = in_flight
        self.body = bytearray()
        self.holding = False  # counted in in_flight
        self.handling = False  # the body is read; the update is being handled

    def prepare(self) -> None:
        # This route judges sizes itself (413, below); tornado's own check would answer 400
        # after the refusal and log every refused request.
        self.request.connection.set_max_body_size(UNCHECKED)
        status = refusal(self.bot_settings, self.request.remote_ip or "", self.request.headers)
        if status is None and not self.in_flight.enter():
            logger.warning("%d updates in flight: answered 503, Telegram will retry", self.in_flight.limit)
            status = HTTPStatus.SERVICE_UNAVAILABLE
        if status is not None:
            self._refuse(status)
            return
        self.holding = True

    def data_received(self, chunk: bytes) -> None:
        if len(self.body) + len(chunk) > self.bot_settings.webhook_max_body_bytes:  # chunked: no header told
            self.body = bytearray()
            self._refuse(HTTPStatus.REQUEST_ENTITY_TOO_LARGE)
            return
        self.body += chunk

    async def post(self) -> None:
        self.handling = True
        try:
            update = Update.de_json(json.loads(self.body), self.bot_application.bot)
        except Exception as error:  # anything unreadable is a bad request, as PTB's own server says
            raise tornado.web.HTTPError(HTTPStatus.BAD_REQUEST) from error
        reply = webhook_reply.open_slot()
        application = self.bot_application
        await application.update_processor.process_update(update, application.process_update(update))
        if reply:
            self.set_header("Content-Type", "application/json")
            self.write(json.dumps(reply))

    def _refuse(self, status: HTTPStatus) -> None:
        """Answers at once and hangs up: tornado closes the connection rather than read the rest of the body."""
        self.set_status(status)
        self.set_header("Connection", "close")
        self.set_header("Content-Type", "text/plain")
        self.finish(f"{status.phrase}\n")

    def on_finish(self) -> None:
        self._release()

    def on_connection_close(self) -> None:
        """The sender hung up; an update already being handled keeps its place until it is answered."""
        super().on_connection_close()
        if not self.handling:
            self._release()

    def _release(self) -> None:
        if self.holding:
            self.holding = False
            self.in_flight.leave()

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
    in_flight = InFlight(settings.webhook_max_in_flight)
    return tornado.web.Application(
        [
            (update_path, _Updates, {"bot_application": application, "settings": settings, "in_flight": in_flight}),
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
        # No xheaders: X-Forwarded-For is believed only from WEBHOOK_TRUSTED_PROXY (bot/webhook_guard.py).
        # Bodies of other routes (GET /healthz, unknown paths) are buffered, so they get the same limit.
        server = tornado.httpserver.HTTPServer(
            _routes(application, settings), max_body_size=settings.webhook_max_body_bytes, body_timeout=BODY_SECONDS
        )
        server.listen(settings.port, address="0.0.0.0")
        await application.bot.set_webhook(
            settings.webhook_url,
            secret_token=settings.webhook_secret,
            allowed_updates=allowed_updates,
            max_connections=settings.webhook_max_in_flight,
        )
        logger.info("webhook server listening on port %d", settings.port)
        await stop.wait()
        server.stop()
        await application.stop()
        if application.post_stop is not None:
            await application.post_stop(application)
