"""Configuration read once from the environment at start-up and passed where needed.

Every problem is a SettingsError with a one-line message for the operator.
"""

from __future__ import annotations

import ipaddress
import logging
import re
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlsplit

DEFAULT_KNOWLEDGE_DIR = Path(__file__).resolve().parent.parent / "knowledge"
DEFAULT_API_URL = "https://api.telegram.org"
DEFAULT_DATABASE_URL = "sqlite:///data/bot.db"
DEFAULT_PORT = 8080
DEFAULT_ALERT_RATE = 25.0  # messages per second; Telegram allows about 30 without paid broadcasts
# Alert sends awaiting Telegram's answer at once: what a crash may repeat, as Telegram has
# no idempotency key. It must cover ALERT_RATE x the round trip to the Bot API.
DEFAULT_ALERT_IN_FLIGHT = 4
DEFAULT_ALERT_LEASE_SECONDS = 60.0
DEFAULT_CONVERSATION_MINUTES = 10.0  # after this long without a message, a follow-up starts afresh
# An update is a few kilobytes; a megabyte leaves room for the largest and refuses the rest unread.
DEFAULT_WEBHOOK_MAX_BODY_BYTES = 1_048_576
# Updates one process reads or handles at once; setWebhook's max_connections is set to it
# too (Telegram's own default is 40 and allows 1 to 100).
DEFAULT_WEBHOOK_MAX_IN_FLIGHT = 40
MAX_WEBHOOK_CONNECTIONS = 100
_SWITCH = {"1": True, "true": True, "yes": True, "on": True, "0": False, "false": False, "no": False, "off": False}
_TOKEN = re.compile(r"^\d+:[A-Za-z0-9_-]{20,}$")
_SECRET = re.compile(r"^[A-Za-z0-9_-]{1,256}$")


class SettingsError(Exception):
    """A setting is missing or wrong; the message is one line for the operator."""


@dataclass(frozen=True)
class Settings:
    knowledge_dir: Path
    telegram_token: str | None = None
    telegram_api_url: str = DEFAULT_API_URL
    database_url: str = DEFAULT_DATABASE_URL
    admin_ids: frozenset[int] = frozenset()
    webhook_url: str | None = None
    webhook_secret: str | None = None
    port: int = DEFAULT_PORT
    log_level: str = "INFO"
    alert_rate: float = DEFAULT_ALERT_RATE
    alert_in_flight: int = DEFAULT_ALERT_IN_FLIGHT
    alert_channel_id: int | None = None
    alert_lease_seconds: float = DEFAULT_ALERT_LEASE_SECONDS
    conversation_minutes: float = DEFAULT_CONVERSATION_MINUTES
    webhook_max_body_bytes: int = DEFAULT_WEBHOOK_MAX_BODY_BYTES
    webhook_max_in_flight: int = DEFAULT_WEBHOOK_MAX_IN_FLIGHT
    webhook_telegram_ips_only: bool = False
    webhook_trusted_proxies: tuple[ipaddress.IPv4Network | ipaddress.IPv6Network, ...] = ()

    @classmethod
    def from_env(cls, env: Mapping[str, str]) -> Settings:
        knowledge_dir = Path(env.get("KNOWLEDGE_DIR") or DEFAULT_KNOWLEDGE_DIR)
        if not knowledge_dir.is_dir():
            raise SettingsError(f"KNOWLEDGE_DIR={knowledge_dir} is not a folder; point it at the fact base")
        return cls(
            knowledge_dir=knowledge_dir,
            telegram_token=env.get("TELEGRAM_BOT_TOKEN") or None,
            telegram_api_url=_api_url(env.get("TELEGRAM_API_URL") or DEFAULT_API_URL),
            database_url=env.get("DATABASE_URL") or DEFAULT_DATABASE_URL,
            admin_ids=_admin_ids(env.get("ADMIN_IDS", "")),
            webhook_url=_webhook_url(env.get("WEBHOOK_URL") or None),
            webhook_secret=_webhook_secret(env.get("WEBHOOK_SECRET") or None),
            port=_port(env.get("PORT") or str(DEFAULT_PORT)),
            log_level=_log_level(env.get("LOG_LEVEL") or "INFO"),
            alert_rate=_positive_number("ALERT_RATE", env.get("ALERT_RATE") or str(DEFAULT_ALERT_RATE)),
            alert_in_flight=_positive_integer(
                "ALERT_IN_FLIGHT", env.get("ALERT_IN_FLIGHT") or str(DEFAULT_ALERT_IN_FLIGHT)
            ),
            alert_channel_id=_channel_id(env.get("ALERT_CHANNEL_ID") or None),
            alert_lease_seconds=_positive_number(
                "ALERT_LEASE_SECONDS", env.get("ALERT_LEASE_SECONDS") or str(DEFAULT_ALERT_LEASE_SECONDS)
            ),
            conversation_minutes=_positive_number(
                "CONVERSATION_MINUTES", env.get("CONVERSATION_MINUTES") or str(DEFAULT_CONVERSATION_MINUTES)
            ),
            webhook_max_body_bytes=_positive_integer(
                "WEBHOOK_MAX_BODY_BYTES", env.get("WEBHOOK_MAX_BODY_BYTES") or str(DEFAULT_WEBHOOK_MAX_BODY_BYTES)
            ),
            webhook_max_in_flight=_webhook_max_in_flight(
                env.get("WEBHOOK_MAX_IN_FLIGHT") or str(DEFAULT_WEBHOOK_MAX_IN_FLIGHT)
            ),
            webhook_telegram_ips_only=_switch("WEBHOOK_TELEGRAM_IPS_ONLY", env.get("WEBHOOK_TELEGRAM_IPS_ONLY") or "0"),
            webhook_trusted_proxies=_trusted_proxies(env.get("WEBHOOK_TRUSTED_PROXY", "")),
        )

    def require_token(self) -> str:
        """The bot token, or a SettingsError that says how to get one."""
        if not self.telegram_token:
            raise SettingsError(
                "TELEGRAM_BOT_TOKEN is not set: create a bot with @BotFather in Telegram and export its token, "
                "or try the bot without Telegram: python -m bot chat"
            )
        if not _TOKEN.match(self.telegram_token):
            raise SettingsError("TELEGRAM_BOT_TOKEN does not look like a token from @BotFather (123456:ABC...)")
        return self.telegram_token

    @property
    def webhook_path(self) -> str:
        """The path part of WEBHOOK_URL, where the webhook server listens."""
        return urlsplit(self.webhook_url or "").path.lstrip("/")


def _api_url(value: str) -> str:
    parts = urlsplit(value)
    if parts.scheme not in ("http", "https") or not parts.netloc:
        raise SettingsError(f"TELEGRAM_API_URL={value!r} must be an http(s) URL such as {DEFAULT_API_URL}")
    return value.rstrip("/")


def _admin_ids(value: str) -> frozenset[int]:
    items = [item.strip() for item in value.split(",") if item.strip()]
    if not all(re.fullmatch(r"-?\d+", item) for item in items):
        raise SettingsError(f"ADMIN_IDS={value!r} must be comma-separated numeric Telegram user ids")
    return frozenset(int(item) for item in items)


def _webhook_url(value: str | None) -> str | None:
    if value is None:
        return None
    parts = urlsplit(value)
    if parts.scheme not in ("http", "https") or not parts.netloc:
        raise SettingsError(f"WEBHOOK_URL={value!r} must be the public https URL Telegram should call")
    return value


def _webhook_secret(value: str | None) -> str | None:
    if value is not None and not _SECRET.match(value):
        raise SettingsError("WEBHOOK_SECRET must be 1-256 characters of A-Z, a-z, 0-9, _ and -")
    return value


def _port(value: str) -> int:
    if not value.isdigit() or not 0 < int(value) < 65536:
        raise SettingsError(f"PORT={value!r} must be a number between 1 and 65535")
    return int(value)


def _log_level(value: str) -> str:
    level = value.upper()
    if not isinstance(logging.getLevelName(level), int):
        raise SettingsError(f"LOG_LEVEL={value!r} must be one of DEBUG, INFO, WARNING, ERROR")
    return level


def _positive_number(name: str, value: str) -> float:
    try:
        number = float(value)
    except ValueError:
        number = 0.0
    if number <= 0:
        raise SettingsError(f"{name}={value!r} must be a positive number")
    return number


def _positive_integer(name: str, value: str) -> int:
    if not value.isdigit() or int(value) == 0:
        raise SettingsError(f"{name}={value!r} must be a whole number of at least 1")
    return int(value)


def _channel_id(value: str | None) -> int | None:
    if value is None:
        return None
    if not re.fullmatch(r"-?\d+", value):
        raise SettingsError(f"ALERT_CHANNEL_ID={value!r} must be the channel's numeric id, like -1001234567890")
    return int(value)


def _webhook_max_in_flight(value: str) -> int:
    if not value.isdigit() or not 0 < int(value) <= MAX_WEBHOOK_CONNECTIONS:
        raise SettingsError(
            f"WEBHOOK_MAX_IN_FLIGHT={value!r} must be a whole number from 1 to {MAX_WEBHOOK_CONNECTIONS}, "
            "as Telegram's max_connections"
        )
    return int(value)


def _switch(name: str, value: str) -> bool:
    if value.lower() not in _SWITCH:
        raise SettingsError(f"{name}={value!r} must be 1 (on) or 0 (off)")
    return _SWITCH[value.lower()]


def _trusted_proxies(value: str) -> tuple[ipaddress.IPv4Network | ipaddress.IPv6Network, ...]:
    try:
        return tuple(ipaddress.ip_network(item.strip(), strict=False) for item in value.split(",") if item.strip())
    except ValueError:
        raise SettingsError(
            f"WEBHOOK_TRUSTED_PROXY={value!r} must be comma-separated IP addresses or networks, like 10.0.0.0/8"
        ) from None
