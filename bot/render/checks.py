"""Verdicts on forwarded messages as Telegram messages: a line per claim, what the articles
say, their quotes, and buttons to post the verdict back where the rumour came from."""

from __future__ import annotations

from urllib.parse import quote

from telegram import InlineKeyboardButton, InlineKeyboardMarkup

from bot.languages.catalog import Texts
from bot.languages.wording import in_language
from bot.models import Check, ClaimCheck, Fact
from bot.render.telegram import (
    MAX_MESSAGE,
    MAX_SHARE_TEXT,
    Reply,
    deep_link,
    escape,
    plain_reply,
    question_buttons,
    telegram_length,
    with_sources,
)
from bot.render.words import status_label, verdict_label, verdict_reason, verdict_text

MAX_CLAIM_SHOWN = 200  # a forwarded chain letter is quoted back only in part
INLINE_CHECK_WORDS = ("check", "verifica", "comprueba", "verify", "fact check", "factcheck")


def check_reply(check: Check, bot_username: str, texts: Texts) -> Reply:
    """The verdict on each claim, then what the articles say with their quotes; share buttons under it,
    and the closest thing the articles do say for claims they don't make."""
    if check.main is None:
        return plain_reply(texts("check-nothing"))
    nearest = [claim.nearest for claim in check.claims if claim.fact is None and claim.nearest is not None]
    rows = list(question_buttons(list(dict.fromkeys(nearest)), texts).inline_keyboard) if nearest else []
    rows.append(share_check_buttons(check, check.main, bot_username, texts))
    return Reply(_check_html(check, texts), InlineKeyboardMarkup(rows))


def shared_check_reply(check: Check, bot_username: str, texts: Texts) -> Reply:
    """A verdict sent into another chat through inline mode: only buttons that work there."""
    if check.main is None:
        return plain_reply(texts("check-nothing"))
    buttons = InlineKeyboardMarkup([share_check_buttons(check, check.main, bot_username, texts)])
    return Reply(_check_html(check, texts), buttons)


def _check_html(check: Check, texts: Texts) -> str:
    lines = [_claim_line(claim, texts, numbered=len(check.claims) > 1) for claim in check.claims]
    facts = list(dict.fromkeys(claim.fact for claim in check.claims if claim.fact is not None))
    if facts:
        lines.append(f"\n<b>{escape(texts('check-articles-say'))}</b>")
        lines.extend(_fact_line(fact, texts) for fact in facts)
    text = "\n".join(lines)
    for fact in facts:
        text = with_sources([text], fact, texts)
    return _fitted(text)


def inline_check_text(query: str) -> str | None:
    """The message to check in an inline query "check <text>", or None for a question."""
    lowered = query.lower().lstrip()
    for word in INLINE_CHECK_WORDS:
        if lowered.startswith(word + " ") or lowered.startswith(word + ":"):
            return query.lstrip()[len(word) + 1 :].strip() or None
    return None


def share_check_buttons(
    check: Check, main: ClaimCheck, bot_username: str, texts: Texts
) -> tuple[InlineKeyboardButton, ...]:
    """Post the verdict back: to WhatsApp with its quote and a link, to any Telegram chat inline."""
    parts = [f"“{_shown_claim(main.text)}”", verdict_text(check, texts)]
    if main.fact is not None and main.fact.sources:
        source = main.fact.sources[0]
        parts.append(
            f"«{source.quote}» ({texts('share-source', title=source.article.title, author=source.article.author)})"
        )
    parts.append(texts("share-more", link=deep_link(bot_username, main.fact.id if main.fact else "")))
    shared = "\n\n".join(parts)
    if len(shared) > MAX_SHARE_TEXT:
        shared = shared[:MAX_SHARE_TEXT] + "…"
    return (
        InlineKeyboardButton(texts("share-whatsapp-button"), url="https://wa.me/?text=" + quote(shared, safe="")),
        InlineKeyboardButton(texts("share-telegram-button"), switch_inline_query=f"check {_shown_claim(main.text)}"),
    )


def _claim_line(claim: ClaimCheck, texts: Texts, numbered: bool) -> str:
    verdict = f"<b>{escape(verdict_label(claim, texts))}</b>"
    said = f" “{escape(_shown_claim(claim.text))}”" if numbered else ""
    return f"{verdict}{said}\n{escape(verdict_reason(claim, texts))}"


def _fact_line(fact: Fact, texts: Texts) -> str:
    shown = in_language(fact, texts.language)
    return f"• {escape(shown.answer)} <i>({escape(status_label(shown, texts))})</i>"


def _shown_claim(text: str) -> str:
    return text if len(text) <= MAX_CLAIM_SHOWN else text[: MAX_CLAIM_SHOWN - 1] + "…"


def _fitted(text: str) -> str:
    """Never over Telegram's limit: the verdict lines come first, so only what the articles say is cut."""
    while telegram_length(text) > MAX_MESSAGE:
        text = text[: text.rfind("\n")]
    return text
