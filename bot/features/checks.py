"""Checking what readers forward: a forwarded message in a private chat, /check <text>, or
/check in reply to someone's message in a group. Inline `check <text>` is in inline.py."""

from __future__ import annotations

from telegram import Update
from telegram.ext import ContextTypes

from bot.features.shared import desk_of, language_for, send
from bot.render.telegram import plain_reply


async def forwarded(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """A message forwarded into a private chat is a claim to check, not a question."""
    message = update.effective_message
    await _check(update, context, message.text or message.caption or "")


async def check_command(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """/check <text>, or /check in reply to a message: that message is checked."""
    message = update.effective_message
    text = " ".join(context.args or ())
    replied = message.reply_to_message
    if not text.strip() and replied is not None:
        text = replied.text or replied.caption or ""
    if not text.strip():
        language = await language_for(update, context)
        await send(message, plain_reply(desk_of(context).texts(language)("check-usage")))
        return
    await _check(update, context, text)


async def _check(update: Update, context: ContextTypes.DEFAULT_TYPE, text: str) -> None:
    language = await language_for(update, context, text)
    await send(update.effective_message, desk_of(context).check(text, language))
