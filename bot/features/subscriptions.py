"""Following the story: subscribe to topics, stop, see what you follow and the latest alerts."""

from __future__ import annotations

import asyncio

from telegram import Chat, Update
from telegram.constants import ChatMemberStatus, ChatType
from telegram.ext import ContextTypes

from bot import callbacks, messages
from bot.features.shared import desk_of, send, store_of
from bot.render import telegram as render
from bot.render.telegram import plain_reply
from bot.storage import EVERYTHING

LATEST_COUNT = 3


async def subscribe(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """/subscribe shows topic buttons; /subscribe licence partners follows those topics."""
    message = update.effective_message
    if not await _may_change(update, context):
        await send(message, plain_reply(messages.GROUP_ADMINS_ONLY))
        return
    if not context.args:
        await send(message, render.subscribe_reply(desk_of(context).knowledge.topics))
        return
    topics, unknown = desk_of(context).topics_named(context.args)
    if unknown:
        await send(message, plain_reply(render.escape(desk_of(context).unknown_topics_text(unknown))))
        return
    following = await asyncio.to_thread(store_of(context).subscribe, message.chat_id, message.chat.type, topics)
    await send(
        message, plain_reply(render.escape(messages.SUBSCRIBED.format(topics=desk_of(context).topic_labels(following))))
    )


async def subscribe_button(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    query = update.callback_query
    press = callbacks.decode(query.data)
    topics, unknown = desk_of(context).topics_named([press.target] if press else [])
    if query.message is None or unknown or not topics:
        await query.answer(messages.BUTTON_EXPIRED)
        return
    if not await _may_change(update, context):
        await query.answer(messages.GROUP_ADMINS_ONLY, show_alert=True)
        return
    chat = query.message.chat
    following = await asyncio.to_thread(store_of(context).subscribe, chat.id, chat.type, topics)
    await query.answer(messages.SUBSCRIBED_SHORT.format(topics=desk_of(context).topic_labels(following))[:200])
    await chat.send_message(messages.SUBSCRIBED.format(topics=render.escape(desk_of(context).topic_labels(following))))


async def unsubscribe(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """/unsubscribe or /unsubscribe all stops everything; /unsubscribe launch stops one topic."""
    message = update.effective_message
    if not await _may_change(update, context):
        await send(message, plain_reply(messages.GROUP_ADMINS_ONLY))
        return
    words = [word.lower() for word in context.args or ()]
    if not words or EVERYTHING in desk_of(context).topics_named(words)[0]:
        await asyncio.to_thread(store_of(context).unsubscribe, message.chat_id)
        await send(message, plain_reply(messages.UNSUBSCRIBED))
        return
    topics, unknown = desk_of(context).topics_named(words)
    if unknown:
        await send(message, plain_reply(render.escape(desk_of(context).unknown_topics_text(unknown))))
        return
    remaining = await asyncio.to_thread(store_of(context).unsubscribe, message.chat_id, topics)
    text = messages.UNSUBSCRIBED_SOME.format(
        removed=desk_of(context).topic_labels(topics), topics=desk_of(context).topic_labels(remaining) or "-"
    )
    await send(message, plain_reply(render.escape(text)))


async def subscriptions(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    message = update.effective_message
    following = await asyncio.to_thread(store_of(context).subscriptions, message.chat_id)
    if not following:
        await send(message, plain_reply(messages.NOT_SUBSCRIBED))
        return
    await send(
        message, plain_reply(render.escape(messages.SUBSCRIBED.format(topics=desk_of(context).topic_labels(following))))
    )


async def latest(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """The last few published alerts, newest first, each as subscribers got it."""
    message = update.effective_message
    knowledge = desk_of(context).knowledge
    published = await asyncio.to_thread(store_of(context).published)
    alerts = [alert for alert_id, _ in published if (alert := knowledge.alert(alert_id)) is not None]
    if not alerts:
        await send(message, plain_reply(messages.NO_ALERTS_YET))
        return
    for alert in alerts[:LATEST_COUNT]:
        await send(message, render.alert_reply(alert, context.bot.username))


async def reactivate(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """/start from a chat that had blocked the bot: it gets alerts again."""
    await asyncio.to_thread(store_of(context).reactivate, update.effective_chat.id)


async def _may_change(update: Update, context: ContextTypes.DEFAULT_TYPE) -> bool:
    """In a private chat, anyone; in a group, only its admins."""
    chat: Chat = update.effective_chat
    if chat.type == ChatType.PRIVATE:
        return True
    member = await chat.get_member(update.effective_user.id)
    return member.status in (ChatMemberStatus.ADMINISTRATOR, ChatMemberStatus.OWNER)
