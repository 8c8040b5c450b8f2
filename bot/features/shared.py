"""What every feature needs from the application: its services, and a way to send a Reply."""

from __future__ import annotations

import asyncio
import time
from typing import Any

from telegram import Message, Update
from telegram.constants import ChatMemberStatus, ChatType, ParseMode
from telegram.ext import ContextTypes

from bot import webhook_reply
from bot.broadcaster import Broadcaster
from bot.conversations import Conversation
from bot.desk import Desk
from bot.languages.choice import reply_language
from bot.render.telegram import Reply, fact_shared_by
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
    """The language to answer this update in. In a private chat, a message that clearly says
    its language becomes the chat's (unless the reader chose one with /language), so that
    short follow-ups and alerts keep to it; a group keeps the language its members chose."""
    said = desk_of(context).language_said(text) if text else None
    chat = update.effective_chat
    store = store_of(context)
    chat_language = await asyncio.to_thread(store.chat_language, chat.id) if chat else None
    if said is not None and chat is not None and chat.type == ChatType.PRIVATE and said != chat_language:
        await asyncio.to_thread(store.note_chat_language, chat.id, said)
    user = update.effective_user
    return reply_language(said, chat_language, user.language_code if user else None)


def conversation_key(update: Update) -> str | None:
    """A private chat is one conversation; in a group, each member's exchange with the bot is."""
    chat, user = update.effective_chat, update.effective_user
    if chat is None:
        return None
    if chat.type == ChatType.PRIVATE or user is None:
        return str(chat.id)
    return f"{chat.id}:{user.id}"


async def conversation_of(update: Update, context: ContextTypes.DEFAULT_TYPE) -> Conversation:
    """What this conversation was last about, unless it has gone quiet for too long. A reply
    to one of the bot's answers is about that answer, whoever it was given to."""
    replied = update.effective_message.reply_to_message if update.effective_message else None
    if replied is not None and replied.from_user is not None and replied.from_user.id == context.bot.id:
        about = fact_shared_by(replied.reply_markup)
        if about is not None:
            return Conversation(about=about, at=time.time())
    key = conversation_key(update)
    found = await asyncio.to_thread(store_of(context).conversation, key) if key else None
    if found is None:
        return Conversation()
    conversation = Conversation(about=found[0], at=found[1], asked_source=found[2])
    lifetime = settings_of(context).conversation_minutes * 60
    return conversation if conversation.is_current(lifetime) else Conversation()


async def keep_conversation(update: Update, context: ContextTypes.DEFAULT_TYPE, conversation: Conversation) -> None:
    key = conversation_key(update)
    if key and conversation.about:
        await asyncio.to_thread(
            store_of(context).remember_conversation, key, conversation.about, conversation.at, conversation.asked_source
        )


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


async def may_change_chat(update: Update, context: ContextTypes.DEFAULT_TYPE) -> bool:
    """Whether this user may change what the chat follows: in a private chat, anyone; in a group, its admins."""
    chat = update.effective_chat
    if chat.type == ChatType.PRIVATE:
        return True
    member = await chat.get_member(update.effective_user.id)
    return member.status in (ChatMemberStatus.ADMINISTRATOR, ChatMemberStatus.OWNER)
