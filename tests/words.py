"""What the bot says, looked up in its catalogs, so tests compare with the words readers get."""

from __future__ import annotations

from functools import cache

from bot.languages.catalog import Catalog


@cache
def _catalog() -> Catalog:
    return Catalog()


def said(message_id: str, language: str = "en", **arguments: object) -> str:
    return _catalog().text(language, message_id, **arguments)
