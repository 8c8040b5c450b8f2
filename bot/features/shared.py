"""What every feature needs from the application: its services, and a way to send a Reply."""

from __future__ import annotations

from typing import Any

from telegram import Message
from telegram.constants import ChatType, ParseMode
from telegram.ext import ContextTypes

from bot import webhook_reply
from bot.broadcaster import Broadcaster
from bot.desk import Desk
from bot.render.telegram import Reply
from bot.settings import Settings
from bot.storage import Store

DESK_KEY = "desk"
STORE_KEY = "store"
SETTINGS_KEY = "settings"
BROADCASTER_KEY = "broadcaster"


def desk_of(context: ContextTypes.DEFAULT_TYPE) -> Desk:
    return context.application.bot_data[DESK_KEY]


def store_of(context: ContextTypes.DEFAULT_TYPE) -> Store:
    return context.application.bot_data[STORE_KEY]


def settings_of(context: ContextTypes.DEFAULT_TYPE) -> Settings:
    return context.application.bot_data[SETTINGS_KEY]


def broadcaster_of(context: ContextTypes.DEFAULT_TYPE) -> Broadcaster:
    return context.application.bot_data[BROADCASTER_KEY]


async def send(message: Message, reply: Reply) -> None:
    """Answer a message; in groups, as a reply to it so the thread stays readable.

    In webhook mode the answer rides in the webhook's HTTP response when it can.
    """
    in_group = message.chat.type != ChatType.PRIVATE
    call: dict[str, Any] = {
        "method": "sendMessage",
        "chat_id": message.chat_id,
        "text": reply.text,
        "parse_mode": ParseMode.HTML.value,
        "link_preview_options": {"is_disabled": True},
    }
    if reply.keyboard is not None:
        call["reply_markup"] = reply.keyboard.to_dict()
    if in_group:
        call["reply_parameters"] = {"message_id": message.message_id, "allow_sending_without_reply": True}
    if webhook_reply.take(call):
        return
    await message.reply_text(reply.text, reply_markup=reply.keyboard, do_quote=in_group)
