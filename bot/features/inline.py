"""Inline mode: @bot question in any chat offers sourced answers to send there."""

from __future__ import annotations

from telegram import InlineQueryResultArticle, InlineQueryResultsButton, InputTextMessageContent, Update
from telegram.constants import ParseMode
from telegram.ext import ContextTypes

from bot import messages
from bot.features.shared import desk_of
from bot.render.words import question_of

DESCRIPTION_LENGTH = 120
CACHE_SECONDS = 30


async def inline_query(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    query = update.inline_query
    results = [
        InlineQueryResultArticle(
            id=result.fact.id,
            title=question_of(result.fact),
            description=result.fact.answer[:DESCRIPTION_LENGTH],
            input_message_content=InputTextMessageContent(result.reply.text, parse_mode=ParseMode.HTML),
            reply_markup=result.reply.keyboard,
        )
        for result in desk_of(context).inline(query.query)
    ]
    button = None if results else InlineQueryResultsButton(text=messages.INLINE_NOTHING, start_parameter="help")
    await query.answer(results, cache_time=CACHE_SECONDS, button=button)
