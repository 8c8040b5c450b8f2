"""Logging set-up shared by every command: one format, and no secrets in any line.

Bot API URLs contain the bot token, and python-telegram-bot and httpx log URLs, so every
formatted line (tracebacks included) has the token, the webhook secret and the database
password replaced. httpx and httpcore, which log each request, are held at WARNING.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable
from urllib.parse import urlsplit

from bot.settings import Settings

_CHATTY_LOGGERS = ("httpx", "httpcore", "apscheduler")
_FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"
REDACTED = "[secret]"


class RedactingFormatter(logging.Formatter):
    def __init__(self, secrets: Iterable[str]) -> None:
        super().__init__(_FORMAT)
        self._secrets = sorted({secret for secret in secrets if secret}, key=len, reverse=True)

    def format(self, record: logging.LogRecord) -> str:
        line = super().format(record)
        for secret in self._secrets:
            line = line.replace(secret, REDACTED)
        return line


def secrets_of(settings: Settings) -> list[str]:
    """What must never be logged: the token, the webhook secret, the database password."""
    token = settings.telegram_token or ""
    return [
        token,
        token.partition(":")[2],
        settings.webhook_secret or "",
        urlsplit(settings.database_url).password or "",
    ]


def configure_logging(settings: Settings) -> None:
    handler = logging.StreamHandler()
    handler.setFormatter(RedactingFormatter(secrets_of(settings)))
    logging.basicConfig(level=settings.log_level, handlers=[handler], force=True)
    for name in _CHATTY_LOGGERS:
        logging.getLogger(name).setLevel(max(logging.WARNING, logging.getLevelName(settings.log_level)))
