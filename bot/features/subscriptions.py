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
ALL_WORDS = frozenset({"all", "everything", "*"})


async def subscribe(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """/subscribe shows topic buttons; /subscribe licence partners follows those topics."""
    message = update.effective_message
    if not await _may_change(update, context):
        await send(message, plain_reply(messages.GROUP_ADMINS_ONLY))
        return
    if not context.args:
        await send(message, render.subscribe_reply(desk_of(context).knowledge.topics))
        return
    topics, unknown = _topics_named(context, context.args)
    if unknown:
        await send(message, plain_reply(_unknown_topics_text(context, unknown)))
        return
    following = await asyncio.to_thread(store_of(context).subscribe, message.chat_id, message.chat.type, topics)
    await send(message, plain_reply(render.escape(messages.SUBSCRIBED.format(topics=_labels(context, following)))))


async def subscribe_button(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    query = update.callback_query
    press = callbacks.decode(query.data)
    topics, unknown = _topics_named(context, [press.target] if press else [])
    if query.message is None or unknown or not topics:
        await query.answer(messages.BUTTON_EXPIRED)
        return
    if not await _may_change(update, context):
        await query.answer(messages.GROUP_ADMINS_ONLY, show_alert=True)
        return
    chat = query.message.chat
    following = await asyncio.to_thread(store_of(context).subscribe, chat.id, chat.type, topics)
    await query.answer(messages.SUBSCRIBED_SHORT.format(topics=_labels(context, following))[:200])
    await chat.send_message(messages.SUBSCRIBED.format(topics=render.escape(_labels(context, following))))


async def unsubscribe(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """/unsubscribe or /unsubscribe all stops everything; /unsubscribe launch stops one topic."""
    message = update.effective_message
    if not await _may_change(update, context):
        await send(message, plain_reply(messages.GROUP_ADMINS_ONLY))
        return
    words = [word.lower() for word in context.args or ()]
    if not words or ALL_WORDS & set(words):
        await asyncio.to_thread(store_of(context).unsubscribe, message.chat_id)
        await send(message, plain_reply(messages.UNSUBSCRIBED))
        return
    topics, unknown = _topics_named(context, words)
    if unknown:
        await send(message, plain_reply(_unknown_topics_text(context, unknown)))
        return
    remaining = await asyncio.to_thread(store_of(context).unsubscribe, message.chat_id, topics)
    text = messages.UNSUBSCRIBED_SOME.format(
        removed=_labels(context, topics), topics=_labels(context, remaining) or "-"
    )
    await send(message, plain_reply(render.escape(text)))


async def subscriptions(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    message = update.effective_message
    following = await asyncio.to_thread(store_of(context).subscriptions, message.chat_id)
    if not following:
        await send(message, plain_reply(messages.NOT_SUBSCRIBED))
        return
    await send(message, plain_reply(render.escape(messages.SUBSCRIBED.format(topics=_labels(context, following)))))


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


def _topics_named(context: ContextTypes.DEFAULT_TYPE, words: list[str]) -> tuple[list[str], list[str]]:
    """The topic ids the words name (by id or label), and the words that name none."""
    by_name = {EVERYTHING: EVERYTHING, **dict.fromkeys(ALL_WORDS, EVERYTHING)}
    for topic in desk_of(context).knowledge.topics:
        by_name[topic.id.lower()] = topic.id
        by_name[topic.label.lower()] = topic.id
    topics = [by_name[word.lower()] for word in words if word.lower() in by_name]
    unknown = [word for word in words if word.lower() not in by_name]
    return list(dict.fromkeys(topics)), unknown


def _labels(context: ContextTypes.DEFAULT_TYPE, topic_ids: set[str] | list[str]) -> str:
    labels = {topic.id: topic.label for topic in desk_of(context).knowledge.topics}
    if EVERYTHING in topic_ids:
        return messages.EVERYTHING_LABEL
    return ", ".join(labels.get(topic_id, topic_id) for topic_id in sorted(topic_ids))


def _unknown_topics_text(context: ContextTypes.DEFAULT_TYPE, unknown: list[str]) -> str:
    known = ", ".join(topic.id for topic in desk_of(context).knowledge.topics)
    return render.escape(messages.UNKNOWN_TOPICS.format(unknown=", ".join(unknown), known=known))
