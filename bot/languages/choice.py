"""Which language to answer in: the message's own when it clearly has one, else the chat's."""

from __future__ import annotations

from bot.languages.catalog import ENGLISH, LANGUAGES


def telegram_language(code: str | None) -> str | None:
    """A language the bot speaks from Telegram's IETF tag for the user ("it", "es-419"), if any."""
    primary = (code or "").split("-")[0].lower()
    return primary if primary in LANGUAGES else None


def reply_language(said: str | None, chat_language: str | None, telegram_code: str | None) -> str:
    """The message's clear language; else the chat's (chosen with /language, or the last one
    it clearly wrote in); else the one the reader's Telegram is set to; else English."""
    return said or chat_language or telegram_language(telegram_code) or ENGLISH
