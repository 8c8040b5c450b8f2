"""A local stand-in for the Telegram Bot API: same URLs, same errors, same limits."""

from tests.fake_telegram.server import ApiError, Call, FakeTelegram

__all__ = ["ApiError", "Call", "FakeTelegram"]
