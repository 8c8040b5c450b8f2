"""Answers as Telegram messages: escaped HTML within 4096 characters, and their buttons."""

from __future__ import annotations

import html
from collections.abc import Sequence
from dataclasses import dataclass
from urllib.parse import quote

from telegram import InlineKeyboardButton, InlineKeyboardMarkup

from bot import callbacks, messages
from bot.callbacks import Action
from bot.models import Alert, Answer, AnswerKind, Article, Fact, Status, Topic
from bot.render.words import Claim, question_of, reply_text, status_label

MAX_MESSAGE = 4096
MAX_BUTTON_TEXT = 60
MAX_SHARE_TEXT = 1500


@dataclass(frozen=True)
class Reply:
    """A message ready to send: HTML text and its buttons."""

    text: str
    keyboard: InlineKeyboardMarkup | None = None


def telegram_length(text: str) -> int:
    """Length as Telegram counts it, in UTF-16 code units."""
    return len(text.encode("utf-16-le")) // 2


def escape(text: str) -> str:
    return html.escape(text, quote=False)


def answer_reply(answer: Answer, related: Sequence[Fact], bot_username: str) -> Reply:
    """The reply to a question: the fact with its sources, or why there is none."""
    if answer.kind is AnswerKind.FACT and answer.fact:
        return fact_reply(answer.fact, related, bot_username)
    text = escape(reply_text(answer))
    if not answer.suggestions:
        return Reply(text)
    if answer.kind is AnswerKind.UNKNOWN:
        text = f"{text}\n{escape(messages.RELATED_INTRO)}"
    return Reply(text, question_buttons(answer.suggestions))


def fact_reply(fact: Fact, related: Sequence[Fact], bot_username: str) -> Reply:
    rows = question_buttons(related).inline_keyboard if related else ()
    rows = (*rows, (InlineKeyboardButton(messages.SOURCES_BUTTON, callback_data=callbacks.encode(Action.SOURCES)),))
    rows = (*rows, share_buttons(fact, bot_username))
    return Reply(fact_html(fact), InlineKeyboardMarkup(rows))


def shared_fact_reply(fact: Fact, bot_username: str) -> Reply:
    """A fact sent into another chat through inline mode: only buttons that work there."""
    return Reply(fact_html(fact), InlineKeyboardMarkup([share_buttons(fact, bot_username)]))


def fact_html(fact: Fact) -> str:
    """The fact as a news desk writes it, with its sources."""
    mark = messages.RUMOUR_MARK if fact.status is Status.RUMOURED else ""
    lead = [f"{mark}<b>{escape(fact.answer)}</b>", f"<i>{escape(status_label(fact))}</i>"]
    if fact.disagreement:
        lead.append(messages.DISAGREEMENT_MARK.format(note=escape(fact.disagreement)))
    return with_sources(lead, fact)


def alert_html(alert: Alert) -> str:
    """An alert reads like an answer, under a headline."""
    lead = [
        messages.ALERT_HEADLINE.format(headline=escape(alert.headline)),
        escape(alert.text),
        f"<i>{escape(status_label(alert))}</i>",
    ]
    return with_sources(lead, alert)


def with_sources(lead: list[str], claim: Claim) -> str:
    """The lead lines, then each article's title, author and quotes.

    Sources that would pass Telegram's limit are left out; the lead always fits, since
    the fact base check keeps answers and alerts short.
    """
    text = "\n".join(lead)
    for article in claim.articles:
        quotes = [
            f"<blockquote>{escape(source.quote)}</blockquote>" for source in claim.sources if source.article == article
        ]
        candidate = "\n\n".join([text, "\n".join([_attribution(article), *quotes])])
        if telegram_length(candidate) > MAX_MESSAGE:
            break
        text = candidate
    return text


def alert_reply(alert: Alert, bot_username: str) -> Reply:
    buttons = (
        InlineKeyboardButton(messages.SHARE_WHATSAPP_BUTTON, url=whatsapp_url(alert.text, alert, bot_username, "")),
        InlineKeyboardButton(messages.SHARE_TELEGRAM_BUTTON, switch_inline_query=alert.headline),
    )
    return Reply(alert_html(alert), InlineKeyboardMarkup([buttons]))


def _attribution(article: Article) -> str:
    return messages.SOURCE_ATTRIBUTION.format(title=escape(article.title), author=escape(article.author))


def question_buttons(facts: Sequence[Fact]) -> InlineKeyboardMarkup:
    """One button per fact, labelled with its question; a press answers it."""
    return InlineKeyboardMarkup(
        [
            [
                InlineKeyboardButton(
                    _button_text(question_of(fact)), callback_data=callbacks.encode(Action.FACT, fact.id)
                )
            ]
            for fact in facts
        ]
    )


def share_buttons(fact: Fact, bot_username: str) -> tuple[InlineKeyboardButton, ...]:
    """Pass the answer on: to WhatsApp as text with a link back, to any Telegram chat inline."""
    return (
        InlineKeyboardButton(
            messages.SHARE_WHATSAPP_BUTTON, url=whatsapp_url(fact.answer, fact, bot_username, fact.id)
        ),
        InlineKeyboardButton(messages.SHARE_TELEGRAM_BUTTON, switch_inline_query=question_of(fact)),
    )


def whatsapp_url(text: str, claim: Claim, bot_username: str, start_payload: str) -> str:
    """A wa.me link that opens WhatsApp with the text, its source and a link back to the bot."""
    article = claim.articles[0]
    source = messages.SHARE_SOURCE.format(title=article.title, author=article.author)
    link = messages.SHARE_MORE.format(link=deep_link(bot_username, start_payload))
    if len(text) > MAX_SHARE_TEXT:
        text = text[:MAX_SHARE_TEXT] + "…"
    return "https://wa.me/?text=" + quote("\n\n".join([text, source, link]), safe="")


def deep_link(bot_username: str, payload: str) -> str:
    return f"https://t.me/{bot_username}?start={payload}" if payload else f"https://t.me/{bot_username}"


def subscribe_reply(topics: Sequence[Topic]) -> Reply:
    """Topic buttons to follow, and one to follow everything."""
    buttons = [
        [InlineKeyboardButton(topic.label, callback_data=callbacks.encode(Action.SUBSCRIBE, topic.id))]
        for topic in topics
    ]
    everything = InlineKeyboardButton(messages.EVERYTHING_BUTTON, callback_data=callbacks.encode(Action.SUBSCRIBE, "*"))
    return Reply(messages.SUBSCRIBE_INTRO, InlineKeyboardMarkup([[everything], *buttons]))


def topics_reply(topics: Sequence[Topic]) -> Reply:
    buttons = [
        [InlineKeyboardButton(topic.label, callback_data=callbacks.encode(Action.TOPIC, topic.id))] for topic in topics
    ]
    return Reply(messages.TOPICS_INTRO, InlineKeyboardMarkup(buttons))


def topic_reply(topic: Topic, facts: Sequence[Fact]) -> Reply:
    heading = messages.TOPIC_HEADING.format(label=escape(topic.label), description=escape(topic.description))
    return Reply(heading, question_buttons(facts))


def sources_reply(articles: Sequence[Article]) -> Reply:
    items = [
        messages.SOURCE_ITEM.format(title=escape(article.title), author=escape(article.author)) for article in articles
    ]
    return Reply("\n".join([messages.SOURCES_INTRO, *items]))


def welcome_reply(examples: Sequence[Fact]) -> Reply:
    return Reply(messages.WELCOME, question_buttons(examples))


def help_reply(bot_username: str) -> Reply:
    return Reply(messages.HELP.format(username=escape(bot_username)))


def plain_reply(text: str) -> Reply:
    """A short message from messages.py; those are written as Telegram HTML already."""
    return Reply(text)


def _button_text(text: str) -> str:
    return text if len(text) <= MAX_BUTTON_TEXT else text[: MAX_BUTTON_TEXT - 1] + "…"
