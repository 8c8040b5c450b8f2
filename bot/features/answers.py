"""Questions and answers: commands, private chats, groups, and the buttons under answers."""

from __future__ import annotations

import asyncio
import time

from telegram import Message, MessageEntity, Update
from telegram.ext import ContextTypes

from bot import callbacks
from bot.callbacks import Action
from bot.conversations import Conversation
from bot.features.shared import (
    conversation_key,
    conversation_of,
    desk_of,
    keep_conversation,
    language_for,
    send,
    store_of,
)
from bot.render.telegram import Reply, plain_reply


async def start(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Welcome, and a new conversation; a deep link t.me/<bot>?start=<fact-id> opens that fact instead."""
    desk = desk_of(context)
    language = await language_for(update, context)
    key = conversation_key(update)
    if key:
        await asyncio.to_thread(store_of(context).forget_conversation, key)
    opened = desk.fact(context.args[0], language) if context.args else None
    await send(update.effective_message, opened or desk.welcome(language))
    if opened:
        await keep_conversation(update, context, Conversation(about=context.args[0], at=time.time()))


async def help_command(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    await send(update.effective_message, desk_of(context).help(await language_for(update, context)))


async def sources(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    await send(update.effective_message, desk_of(context).sources(await language_for(update, context)))


async def topics(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    await send(update.effective_message, desk_of(context).topics(await language_for(update, context)))


async def timeline(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """/timeline: the story's developments in order, a page at a time."""
    await send(update.effective_message, desk_of(context).timeline(1, await language_for(update, context)))


async def language(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """/language shows a button per language; /language it sets it at once."""
    desk = desk_of(context)
    chosen = (context.args or [""])[0].lower()
    if chosen in desk.catalog.languages:
        await asyncio.to_thread(store_of(context).choose_chat_language, update.effective_chat.id, chosen)
        await send(update.effective_message, plain_reply(desk.texts(chosen)("language-set")))
        return
    await send(update.effective_message, desk.languages(await language_for(update, context)))


async def ask(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    question = " ".join(context.args or ())
    if not question.strip():
        language = await language_for(update, context)
        await send(update.effective_message, plain_reply(desk_of(context).texts(language)("ask-usage")))
        return
    await _answer(update, context, question)


async def private_text(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """In a private chat every text is a question."""
    await _answer(update, context, update.effective_message.text or "")


async def _answer(update: Update, context: ContextTypes.DEFAULT_TYPE, question: str) -> None:
    """Answer a question in its conversation: a follow-up is read with what it follows."""
    language = await language_for(update, context, question)
    reply, conversation = desk_of(context).ask(question, language, await conversation_of(update, context))
    await send(update.effective_message, reply)
    await keep_conversation(update, context, conversation)


async def group_text(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """In groups, answer only when spoken to: a mention of the bot or a reply to it."""
    message = update.effective_message
    question = addressed_question(message, context.bot.username, context.bot.id)
    if question is not None:
        await _answer(update, context, question)


def addressed_question(message: Message, bot_username: str, bot_id: int) -> str | None:
    """The question in a group message meant for this bot, without the @mention; else None."""
    text = message.text or ""
    mention = f"@{bot_username}".lower()
    mentions = message.parse_entities([MessageEntity.MENTION]).values()
    if any(value.lower() == mention for value in mentions):
        return " ".join(word for word in text.split() if word.lower() != mention)
    replied = message.reply_to_message
    if replied is not None and replied.from_user is not None and replied.from_user.id == bot_id:
        return text
    return None


async def button(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """A press on a button under an answer. Always answered at once, even when stale."""
    query = update.callback_query
    press = callbacks.decode(query.data)
    if press is not None and press.action is Action.LANGUAGE and press.target in desk_of(context).catalog.languages:
        await asyncio.to_thread(store_of(context).choose_chat_language, update.effective_chat.id, press.target)
    language = await language_for(update, context)
    reply = _reply_for_press(context, press, language)
    await query.answer(None if reply else desk_of(context).texts(language)("button-expired"))
    if reply and query.message is not None:
        await query.message.chat.send_message(reply.text, reply_markup=reply.keyboard)
    if reply and press is not None and press.action is Action.FACT:
        await keep_conversation(update, context, Conversation(about=press.target, at=time.time()))


def _reply_for_press(context: ContextTypes.DEFAULT_TYPE, press: callbacks.Press | None, language: str) -> Reply | None:
    desk = desk_of(context)
    if press is None:
        return None
    if press.action is Action.FACT:
        return desk.fact(press.target, language)
    if press.action is Action.TOPIC:
        return desk.topic(press.target, language)
    if press.action is Action.LANGUAGE:
        return plain_reply(desk.texts(language)("language-set"))
    if press.action is Action.TIMELINE:
        return desk.timeline(int(press.target) if press.target.isdigit() else 1, language)
    return desk.sources(language)


async def not_text(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Stickers, photos, voice: say what the bot can read."""
    language = await language_for(update, context)
    await send(update.effective_message, plain_reply(desk_of(context).texts(language)("not-text")))


async def unknown_command(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    language = await language_for(update, context)
    await send(update.effective_message, plain_reply(desk_of(context).texts(language)("unknown-command")))
