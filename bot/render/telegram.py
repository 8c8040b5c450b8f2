"""Answers as Telegram messages: escaped HTML within 4096 characters, and their buttons."""

from __future__ import annotations

import html
import re
from collections.abc import Sequence
from dataclasses import dataclass
from urllib.parse import quote, unquote

from telegram import InlineKeyboardButton, InlineKeyboardMarkup

from bot import callbacks
from bot.callbacks import Action
from bot.languages.catalog import LANGUAGE_NAMES, Texts
from bot.languages.wording import in_language
from bot.models import Alert, Answer, AnswerKind, Article, Fact, Status, Topic
from bot.render.words import Claim, dated, question_of, reply_text, status_label, with_earlier_sources
from bot.timeline import Development

MAX_MESSAGE = 4096
MAX_BUTTON_TEXT = 60
MAX_SHARE_TEXT = 1500
TIMELINE_PAGE_LENGTH = 3500  # leaves room for the heading under Telegram's 4096
RUMOUR_MARK = "🗣 "
_START_PAYLOAD = re.compile(r"https://t\.me/\w+\?start=([a-z0-9_-]+)")


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


def answer_reply(answer: Answer, related: Sequence[Fact], bot_username: str, texts: Texts) -> Reply:
    """The reply to a question: the fact with its sources, or why there is none."""
    if answer.kind is AnswerKind.FACT and answer.fact:
        if answer.earlier:
            lead = reply_text(answer, texts)
            return fact_reply(answer.fact, related, bot_username, texts, lead=lead, earlier=answer.earlier)
        if answer.asks_confirmation or answer.asks_source or answer.absent_from:
            return fact_reply(answer.fact, related, bot_username, texts, lead=reply_text(answer, texts))
        return fact_reply(answer.fact, related, bot_username, texts)
    text = escape(reply_text(answer, texts))
    if not answer.suggestions:
        return Reply(text)
    if answer.kind is AnswerKind.UNKNOWN:
        text = f"{text}\n{escape(texts('related-intro'))}"
    return Reply(text, question_buttons(answer.suggestions, texts))


def fact_reply(
    fact: Fact,
    related: Sequence[Fact],
    bot_username: str,
    texts: Texts,
    lead: str = "",
    earlier: Fact | None = None,
) -> Reply:
    rows = question_buttons(related, texts).inline_keyboard if related else ()
    sources = InlineKeyboardButton(texts("sources-button"), callback_data=callbacks.encode(Action.SOURCES))
    follow = InlineKeyboardButton(texts("follow-button"), callback_data=callbacks.encode(Action.FOLLOW, fact.id))
    rows = (*rows, (sources, follow), share_buttons(fact, bot_username, texts))
    return Reply(fact_html(fact, texts, lead, earlier), InlineKeyboardMarkup(rows))


def shared_fact_reply(fact: Fact, bot_username: str, texts: Texts) -> Reply:
    """A fact sent into another chat through inline mode: only buttons that work there."""
    return Reply(fact_html(fact, texts), InlineKeyboardMarkup([share_buttons(fact, bot_username, texts)]))


def fact_html(fact: Fact, texts: Texts, lead: str = "", earlier: Fact | None = None) -> str:
    """The fact as a news desk writes it, with its sources (and those of the fact it
    superseded, if any); `lead` replaces the plain answer."""
    fact = in_language(fact, texts.language)
    mark = RUMOUR_MARK if fact.status is Status.RUMOURED else ""
    lines = [f"{mark}<b>{escape(lead or fact.answer)}</b>", f"<i>{escape(status_label(fact, texts))}</i>"]
    if fact.disagreement:
        lines.append(texts("disagreement-mark", note=escape(fact.disagreement)))
    return with_sources(lines, with_earlier_sources(fact, earlier), texts)


def alert_html(alert: Alert, texts: Texts) -> str:
    """An alert reads like an answer, under a headline."""
    alert = in_language(alert, texts.language)
    lead = [
        texts("alert-headline", headline=escape(alert.headline)),
        escape(alert.text),
        f"<i>{escape(status_label(alert, texts))}</i>",
    ]
    return with_sources(lead, alert, texts)


def with_sources(lead: list[str], claim: Claim, texts: Texts) -> str:
    """The lead lines, then each article's title, author and quotes.

    Sources that would pass Telegram's limit are left out; the lead always fits, since
    the fact base check keeps answers and alerts short.
    """
    text = "\n".join(lead)
    for article in claim.articles:
        quotes = [
            f"<blockquote>{escape(source.quote)}</blockquote>" for source in claim.sources if source.article == article
        ]
        candidate = "\n\n".join([text, "\n".join([_attribution(article, texts), *quotes])])
        if telegram_length(candidate) > MAX_MESSAGE:
            break
        text = candidate
    return text


def change_reply(fact: Fact, latest: Fact, bot_username: str, texts: Texts) -> Reply:
    """An answer a chat follows, as it stands now, under a line saying it changed; a button to stop following."""
    earlier = fact if latest is not fact else None
    lead = reply_text(Answer(fact.headline, AnswerKind.FACT, fact=latest, earlier=earlier), texts)
    heading = texts("change-headline", question=escape(question_of(fact, texts)))
    stop = InlineKeyboardButton(texts("unfollow-button"), callback_data=callbacks.encode(Action.UNFOLLOW, fact.id))
    keyboard = InlineKeyboardMarkup([share_buttons(latest, bot_username, texts), (stop,)])
    return Reply(f"{heading}\n{fact_html(latest, texts, lead, earlier)}", keyboard)


def alert_reply(alert: Alert, bot_username: str, texts: Texts) -> Reply:
    shown = in_language(alert, texts.language)
    buttons = (
        InlineKeyboardButton(
            texts("share-whatsapp-button"), url=whatsapp_url(shown.text, shown, bot_username, "", texts)
        ),
        InlineKeyboardButton(texts("share-telegram-button"), switch_inline_query=shown.headline),
    )
    return Reply(alert_html(alert, texts), InlineKeyboardMarkup([buttons]))


def _attribution(article: Article, texts: Texts) -> str:
    return texts("source-attribution", title=escape(article.title), author=escape(article.author))


def question_buttons(facts: Sequence[Fact], texts: Texts) -> InlineKeyboardMarkup:
    """One button per fact, labelled with its question; a press answers it."""
    return InlineKeyboardMarkup(
        [
            [
                InlineKeyboardButton(
                    _button_text(question_of(fact, texts)), callback_data=callbacks.encode(Action.FACT, fact.id)
                )
            ]
            for fact in facts
        ]
    )


def share_buttons(fact: Fact, bot_username: str, texts: Texts) -> tuple[InlineKeyboardButton, ...]:
    """Pass the answer on: to WhatsApp as text with a link back, to any Telegram chat inline."""
    shown = in_language(fact, texts.language)
    return (
        InlineKeyboardButton(
            texts("share-whatsapp-button"), url=whatsapp_url(shown.answer, shown, bot_username, fact.id, texts)
        ),
        InlineKeyboardButton(texts("share-telegram-button"), switch_inline_query=question_of(fact, texts)),
    )


def whatsapp_url(text: str, claim: Claim, bot_username: str, start_payload: str, texts: Texts) -> str:
    """A wa.me link that opens WhatsApp with the text, its source and a link back to the bot."""
    article = claim.articles[0]
    source = texts("share-source", title=article.title, author=article.author)
    link = texts("share-more", link=deep_link(bot_username, start_payload))
    if len(text) > MAX_SHARE_TEXT:
        text = text[:MAX_SHARE_TEXT] + "…"
    return "https://wa.me/?text=" + quote("\n\n".join([text, source, link]), safe="")


def fact_shared_by(keyboard: InlineKeyboardMarkup | None) -> str | None:
    """The fact an answer of ours is about, read back from its share link (t.me/<bot>?start=<id>)."""
    for row in keyboard.inline_keyboard if keyboard else ():
        for button in row:
            found = _START_PAYLOAD.search(unquote(button.url or ""))
            if found:
                return found.group(1)
    return None


def deep_link(bot_username: str, payload: str) -> str:
    return f"https://t.me/{bot_username}?start={payload}" if payload else f"https://t.me/{bot_username}"


def following_reply(facts: Sequence[Fact], texts: Texts) -> Reply:
    """What a chat follows, each with a button to stop."""
    if not facts:
        return Reply(texts("following-none"))
    buttons = [
        [
            InlineKeyboardButton(
                _button_text(f"✖ {question_of(fact, texts)}"), callback_data=callbacks.encode(Action.UNFOLLOW, fact.id)
            )
        ]
        for fact in facts
    ]
    return Reply(texts("following-intro"), InlineKeyboardMarkup(buttons))


def subscribe_reply(topics: Sequence[Topic], texts: Texts) -> Reply:
    """Topic buttons to follow, and one to follow everything."""
    buttons = [
        [InlineKeyboardButton(_label(topic, texts), callback_data=callbacks.encode(Action.SUBSCRIBE, topic.id))]
        for topic in topics
    ]
    everything = InlineKeyboardButton(texts("everything-button"), callback_data=callbacks.encode(Action.SUBSCRIBE, "*"))
    return Reply(texts("subscribe-intro"), InlineKeyboardMarkup([[everything], *buttons]))


def topics_reply(topics: Sequence[Topic], texts: Texts) -> Reply:
    buttons = [
        [InlineKeyboardButton(_label(topic, texts), callback_data=callbacks.encode(Action.TOPIC, topic.id))]
        for topic in topics
    ]
    return Reply(texts("topics-intro"), InlineKeyboardMarkup(buttons))


def topic_reply(topic: Topic, facts: Sequence[Fact], texts: Texts) -> Reply:
    shown = in_language(topic, texts.language)
    heading = texts("topic-heading", label=escape(shown.label), description=escape(shown.description))
    return Reply(heading, question_buttons(facts, texts))


def sources_reply(articles: Sequence[Article], texts: Texts) -> Reply:
    """Each article with its byline, its date when it gives one, and a link when there is one."""
    items = []
    for article in articles:
        parts = [texts("source-item", title=escape(article.title), author=escape(article.author))]
        parts.append(dated(article, texts))
        if article.url:
            parts.append(f'<a href="{html.escape(article.url)}">{texts("read-article")}</a>')
        items.append(" · ".join(parts))
    return Reply("\n".join([texts("sources-intro"), *items]))


def timeline_pages(items: Sequence[Development], texts: Texts) -> list[list[str]]:
    """The story's developments as pages of message lines, as many as fit in one message each:
    each article's byline and date, then its claims and how sure they are."""
    pages: list[list[str]] = [[]]
    article = None
    for development in items:
        lines = []
        if development.article != article or not pages[-1]:
            article = development.article
            lines.append("\n" + _attribution(article, texts) + f" · {dated(article, texts)}")
        fact = in_language(development.fact, texts.language)
        lines.append(f"• {escape(fact.answer)} <i>({escape(status_label(fact, texts))})</i>")
        if pages[-1] and telegram_length("\n".join([*pages[-1], *lines])) > TIMELINE_PAGE_LENGTH:
            pages.append([])
            if not lines[0].startswith("\n"):
                lines.insert(0, "\n" + _attribution(article, texts))
        pages[-1].extend(lines)
    return pages


def timeline_reply(pages: Sequence[Sequence[str]], page: int, texts: Texts) -> Reply:
    """One page of the timeline, with buttons to the pages before and after it."""
    page = min(max(page, 1), len(pages))
    heading = texts("timeline-heading", page=page, pages=len(pages))
    buttons = []
    if page > 1:
        earlier = callbacks.encode(Action.TIMELINE, str(page - 1))
        buttons.append(InlineKeyboardButton(texts("timeline-previous"), callback_data=earlier))
    if page < len(pages):
        later = callbacks.encode(Action.TIMELINE, str(page + 1))
        buttons.append(InlineKeyboardButton(texts("timeline-next"), callback_data=later))
    return Reply("\n".join([heading, *pages[page - 1]]), InlineKeyboardMarkup([buttons]) if buttons else None)


def welcome_reply(examples: Sequence[Fact], texts: Texts) -> Reply:
    return Reply(texts("welcome"), question_buttons(examples, texts))


def help_reply(bot_username: str, texts: Texts) -> Reply:
    return Reply(texts("help", username=escape(bot_username)))


def language_reply(texts: Texts) -> Reply:
    """A button per language the bot speaks, each named in its own language."""
    buttons = [
        InlineKeyboardButton(name, callback_data=callbacks.encode(Action.LANGUAGE, code))
        for code, name in LANGUAGE_NAMES.items()
    ]
    return Reply(texts("language-intro"), InlineKeyboardMarkup([buttons]))


def plain_reply(text: str) -> Reply:
    """A short message from the catalog; those are written as Telegram HTML already."""
    return Reply(text)


def _label(topic: Topic, texts: Texts) -> str:
    return in_language(topic, texts.language).label


def _button_text(text: str) -> str:
    return text if len(text) <= MAX_BUTTON_TEXT else text[: MAX_BUTTON_TEXT - 1] + "…"
