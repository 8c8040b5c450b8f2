"""Following answers: the Follow button under an answer, /following and /unfollow. A changed
answer reaches its followers through the broadcaster (/publish changes, `python -m bot changes publish`)."""

from __future__ import annotations

import asyncio

from telegram import Update
from telegram.ext import ContextTypes

from bot import callbacks
from bot.changes import fingerprint
from bot.desk import ALL_WORDS
from bot.features.shared import desk_of, language_for, may_change_chat, send, store_of
from bot.render.telegram import following_reply, plain_reply


async def follow_button(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """🔔 Follow under an answer: the chat is told when that answer changes."""
    query = update.callback_query
    press = callbacks.decode(query.data)
    desk = desk_of(context)
    texts = desk.texts(await language_for(update, context))
    fact = desk.knowledge.fact(press.target) if press else None
    if fact is None:
        await query.answer(texts("button-expired"))
        return
    if not await may_change_chat(update, context):
        await query.answer(texts("group-admins-only"), show_alert=True)
        return
    told = fingerprint(desk.knowledge, fact)
    new = await asyncio.to_thread(store_of(context).follow, update.effective_chat.id, fact.id, told)
    await query.answer(texts("followed" if new else "already-followed"), show_alert=new)


async def unfollow_button(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    query = update.callback_query
    press = callbacks.decode(query.data)
    texts = desk_of(context).texts(await language_for(update, context))
    if not await may_change_chat(update, context):
        await query.answer(texts("group-admins-only"), show_alert=True)
        return
    if press is not None:
        await asyncio.to_thread(store_of(context).unfollow, update.effective_chat.id, press.target)
    await query.answer(texts("unfollowed"))


async def following(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """/following: the answers this chat follows, each with a button to stop."""
    desk = desk_of(context)
    fact_ids = await asyncio.to_thread(store_of(context).following, update.effective_chat.id)
    facts = [fact for fact_id in fact_ids if (fact := desk.knowledge.fact(fact_id)) is not None]
    await send(update.effective_message, following_reply(facts, desk.texts(await language_for(update, context))))


async def unfollow(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """/unfollow <fact-id> stops one; /unfollow or /unfollow all stops them all."""
    texts = desk_of(context).texts(await language_for(update, context))
    if not await may_change_chat(update, context):
        await send(update.effective_message, plain_reply(texts("group-admins-only")))
        return
    target = (context.args or ["all"])[0]
    everything = target.lower() in ALL_WORDS
    await asyncio.to_thread(store_of(context).unfollow, update.effective_chat.id, None if everything else target)
    await send(update.effective_message, plain_reply(texts("unfollowed-all" if everything else "unfollowed")))
