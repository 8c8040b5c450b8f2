"""Inline mode: `@bot question` in any chat offers sourced answers to send there, and
`@bot check <text>` the verdict on a rumour."""

from __future__ import annotations

import hashlib

from telegram import InlineQueryResultArticle, InlineQueryResultsButton, InputTextMessageContent, Update
from telegram.constants import ParseMode
from telegram.ext import ContextTypes

from bot.desk import Desk
from bot.features.shared import desk_of, language_for
from bot.render.checks import inline_check_text

DESCRIPTION_LENGTH = 120
CACHE_SECONDS = 30


async def inline_query(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    query = update.inline_query
    language = await language_for(update, context, query.query)
    desk = desk_of(context)
    claim = inline_check_text(query.query)
    if claim is not None:
        await _offer_verdict(update, desk, claim, language)
        return
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


async def _offer_verdict(update: Update, desk: Desk, claim: str, language: str) -> None:
    """`@bot check <text>`: the verdict, ready to post in the chat the rumour is going round."""
    query = update.inline_query
    verdict = desk.inline_check(claim, language)
    if verdict is None:
        hint = InlineQueryResultsButton(text=desk.texts(language)("inline-check-hint"), start_parameter="help")
        await query.answer([], cache_time=CACHE_SECONDS, button=hint)
        return
    label, reply = verdict
    result = InlineQueryResultArticle(
        id="check-" + hashlib.sha1(claim.encode()).hexdigest()[:20],
        title=label,
        description=claim[:DESCRIPTION_LENGTH],
        input_message_content=InputTextMessageContent(reply.text, parse_mode=ParseMode.HTML),
        reply_markup=reply.keyboard,
    )
    await query.answer([result], cache_time=CACHE_SECONDS)
