"""Following the story: subscribe to topics, stop, see what you follow and the latest alerts."""

from __future__ import annotations

import asyncio

from telegram import Update
from telegram.ext import ContextTypes

from bot import callbacks
from bot.features.shared import desk_of, language_for, may_change_chat, send, store_of
from bot.render import telegram as render
from bot.render.telegram import plain_reply
from bot.storage import EVERYTHING

LATEST_COUNT = 3


async def subscribe(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """/subscribe shows topic buttons; /subscribe licence partners follows those topics."""
    message = update.effective_message
    desk = desk_of(context)
    language = await language_for(update, context)
    texts = desk.texts(language)
    if not await may_change_chat(update, context):
        await send(message, plain_reply(texts("group-admins-only")))
        return
    if not context.args:
        await send(message, render.subscribe_reply(desk.knowledge.topics, texts))
        return
    topics, unknown = desk.topics_named(context.args)
    if unknown:
        await send(message, plain_reply(render.escape(desk.unknown_topics_text(unknown, language))))
        return
    following = await _subscribe(context, message.chat_id, message.chat.type, topics, language)
    await send(message, plain_reply(render.escape(texts("subscribed", topics=desk.topic_labels(following, language)))))


async def subscribe_button(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    query = update.callback_query
    press = callbacks.decode(query.data)
    desk = desk_of(context)
    language = await language_for(update, context)
    texts = desk.texts(language)
    topics, unknown = desk.topics_named([press.target] if press else [])
    if query.message is None or unknown or not topics:
        await query.answer(texts("button-expired"))
        return
    if not await may_change_chat(update, context):
        await query.answer(texts("group-admins-only"), show_alert=True)
        return
    chat = query.message.chat
    following = await _subscribe(context, chat.id, chat.type, topics, language)
    labels = desk.topic_labels(following, language)
    await query.answer(texts("subscribed-short", topics=labels)[:200])
    await chat.send_message(texts("subscribed", topics=render.escape(labels)))


async def unsubscribe(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """/unsubscribe or /unsubscribe all stops everything; /unsubscribe launch stops one topic."""
    message = update.effective_message
    desk = desk_of(context)
    language = await language_for(update, context)
    texts = desk.texts(language)
    if not await may_change_chat(update, context):
        await send(message, plain_reply(texts("group-admins-only")))
        return
    words = [word.lower() for word in context.args or ()]
    if not words or EVERYTHING in desk.topics_named(words)[0]:
        await asyncio.to_thread(store_of(context).unsubscribe, message.chat_id)
        await send(message, plain_reply(texts("unsubscribed")))
        return
    topics, unknown = desk.topics_named(words)
    if unknown:
        await send(message, plain_reply(render.escape(desk.unknown_topics_text(unknown, language))))
        return
    remaining = await asyncio.to_thread(store_of(context).unsubscribe, message.chat_id, topics)
    text = texts(
        "unsubscribed-some",
        removed=desk.topic_labels(topics, language),
        topics=desk.topic_labels(remaining, language) or "-",
    )
    await send(message, plain_reply(render.escape(text)))


async def subscriptions(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    message = update.effective_message
    desk = desk_of(context)
    language = await language_for(update, context)
    texts = desk.texts(language)
    following = await asyncio.to_thread(store_of(context).subscriptions, message.chat_id)
    if not following:
        await send(message, plain_reply(texts("not-subscribed")))
        return
    await send(message, plain_reply(render.escape(texts("subscribed", topics=desk.topic_labels(following, language)))))


async def latest(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """The last few published alerts, newest first, each as subscribers got it."""
    message = update.effective_message
    desk = desk_of(context)
    texts = desk.texts(await language_for(update, context))
    published = await asyncio.to_thread(store_of(context).published)
    alerts = [alert for alert_id, _ in published if (alert := desk.knowledge.alert(alert_id)) is not None]
    if not alerts:
        await send(message, plain_reply(texts("no-alerts-yet")))
        return
    for alert in alerts[:LATEST_COUNT]:
        await send(message, render.alert_reply(alert, context.bot.username, texts))


async def reactivate(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """/start from a chat that had blocked the bot: it gets alerts again."""
    await asyncio.to_thread(store_of(context).reactivate, update.effective_chat.id)


async def _subscribe(
    context: ContextTypes.DEFAULT_TYPE, chat_id: int, chat_type: str, topics: list[str], language: str
) -> set[str]:
    """Follow the topics; alerts will come in the language the chat was answered in."""
    store = store_of(context)
    following = await asyncio.to_thread(store.subscribe, chat_id, chat_type, topics)
    if await asyncio.to_thread(store.chat_language, chat_id) is None:
        await asyncio.to_thread(store.note_chat_language, chat_id, language)
    return following
