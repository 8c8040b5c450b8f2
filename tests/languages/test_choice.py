"""Which language the bot answers in."""

from __future__ import annotations

from bot.languages.choice import reply_language, telegram_language


def test_a_message_that_says_its_language_is_answered_in_it_whatever_the_chat_spoke():
    assert reply_language("es", "it", "en") == "es"


def test_an_unclear_message_keeps_the_chats_language_then_telegrams_then_english():
    assert reply_language(None, "it", "es") == "it"
    assert reply_language(None, None, "es-419") == "es"
    assert reply_language(None, None, "de") == "en"
    assert reply_language(None, None, None) == "en"


def test_telegram_language_tags_are_read_by_their_primary_language():
    assert telegram_language("it-IT") == "it"
    assert telegram_language("pt-br") is None
    assert telegram_language("") is None
