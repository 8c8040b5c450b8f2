"""No secret reaches a log line, whatever logs it."""

from __future__ import annotations

import logging

from bot.logs import REDACTED, RedactingFormatter, secrets_of
from bot.settings import Settings

SETTINGS = Settings.from_env(
    {
        "TELEGRAM_BOT_TOKEN": "123456:AAbbCCddEEffGGhhIIjjKKll",
        "WEBHOOK_SECRET": "hook-secret-42",
        "DATABASE_URL": "postgresql://bot:pa55word@db.internal/bot",
    }
)


def formatted(message: str, *args: object, exc: BaseException | None = None) -> str:
    record = logging.LogRecord("x", logging.ERROR, __file__, 1, message, args, (type(exc), exc, None) if exc else None)
    return RedactingFormatter(secrets_of(SETTINGS)).format(record)


def test_the_token_webhook_secret_and_database_password_are_redacted():
    line = formatted(
        "GET https://api.telegram.org/bot%s/getMe secret=%s dsn=%s",
        SETTINGS.telegram_token,
        "hook-secret-42",
        SETTINGS.database_url,
    )
    assert "AAbbCCddEEffGGhhIIjjKKll" not in line
    assert "hook-secret-42" not in line
    assert "pa55word" not in line
    assert line.count(REDACTED) == 3


def test_a_traceback_is_redacted_too():
    line = formatted("request failed", exc=RuntimeError("POST /bot123456:AAbbCCddEEffGGhhIIjjKKll/sendMessage"))
    assert "AAbbCCddEEffGGhhIIjjKKll" not in line
    assert "RuntimeError" in line
