"""Inline mode: @bot question in any chat offers sourced answers to send there."""

from __future__ import annotations

from telegram import InlineQueryResultArticle, InlineQueryResultsButton, InputTextMessageContent, Update
from telegram.constants import ParseMode
from telegram.ext import ContextTypes

from bot.features.shared import desk_of, language_for

DESCRIPTION_LENGTH = 120
CACHE_SECONDS = 30


async def inline_query(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    query = update.inline_query
    language = await language_for(update, context, query.query)
    desk = desk_of(context)
    results = [
        InlineQueryResultArticle(
            id=result.fact.id,
            title=result.fact.headline,
            description=result.fact.answer[:DESCRIPTION_LENGTH],
            input_message_content=InputTextMessageContent(result.reply.text, parse_mode=ParseMode.HTML),
            reply_markup=result.reply.keyboard,
        )
        for result in desk.inline(query.query, language)
    ]
    nothing = desk.texts(language)("inline-nothing")
    button = None if results else InlineQueryResultsButton(text=nothing, start_parameter="help")
    await query.answer(results, cache_time=CACHE_SECONDS, button=button)
