"""Questions and answers: commands, private chats, groups, and the buttons under answers."""

from __future__ import annotations

from telegram import Message, MessageEntity, Update
from telegram.ext import ContextTypes

from bot import callbacks, messages
from bot.callbacks import Action
from bot.features.shared import desk_of, send
from bot.render.telegram import Reply, plain_reply


async def start(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Welcome; a deep link t.me/<bot>?start=<fact-id> opens that fact instead."""
    desk = desk_of(context)
    opened = desk.fact(context.args[0]) if context.args else None
    await send(update.effective_message, opened or desk.welcome())


async def help_command(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    await send(update.effective_message, desk_of(context).help())


async def sources(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    await send(update.effective_message, desk_of(context).sources())


async def topics(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    await send(update.effective_message, desk_of(context).topics())


async def ask(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    question = " ".join(context.args or ())
    reply = desk_of(context).ask(question) if question.strip() else plain_reply(messages.ASK_USAGE)
    await send(update.effective_message, reply)


async def private_text(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """In a private chat every text is a question."""
    await send(update.effective_message, desk_of(context).ask(update.effective_message.text or ""))


async def group_text(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """In groups, answer only when spoken to: a mention of the bot or a reply to it."""
    message = update.effective_message
    question = addressed_question(message, context.bot.username, context.bot.id)
    if question is not None:
        await send(message, desk_of(context).ask(question))


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
    reply = _reply_for_press(context, query.data)
    await query.answer(None if reply else messages.BUTTON_EXPIRED)
    if reply and query.message is not None:
        await query.message.chat.send_message(reply.text, reply_markup=reply.keyboard)


def _reply_for_press(context: ContextTypes.DEFAULT_TYPE, data: str | None) -> Reply | None:
    press = callbacks.decode(data)
    desk = desk_of(context)
    if press is None:
        return None
    if press.action is Action.FACT:
        return desk.fact(press.target)
    if press.action is Action.TOPIC:
        return desk.topic(press.target)
    return desk.sources()


async def not_text(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Stickers, photos, voice: say what the bot can read."""
    await send(update.effective_message, plain_reply(messages.NOT_TEXT))


async def unknown_command(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    await send(update.effective_message, plain_reply(messages.UNKNOWN_COMMAND))
