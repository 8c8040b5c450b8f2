"""What every feature needs from the application: its services, and a way to send a Reply."""

from __future__ import annotations

import asyncio
from typing import Any

from telegram import Message, Update
from telegram.constants import ChatType, ParseMode
from telegram.ext import ContextTypes

from bot import webhook_reply
from bot.broadcaster import Broadcaster
from bot.desk import Desk
from bot.languages.choice import reply_language
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


async def language_for(update: Update, context: ContextTypes.DEFAULT_TYPE, text: str = "") -> str:
    """The language to answer this update in; a message that clearly says its language
    becomes the chat's language, so that short follow-ups and alerts keep to it."""
    said = desk_of(context).language_said(text) if text else None
    chat = update.effective_chat
    store = store_of(context)
    chat_language = await asyncio.to_thread(store.chat_language, chat.id) if chat else None
    if said is not None and chat is not None and said != chat_language:
        await asyncio.to_thread(store.set_chat_language, chat.id, said)
    user = update.effective_user
    return reply_language(said, chat_language, user.language_code if user else None)


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
