"""Answers as plain text for the terminal and as JSON for other tools."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from bot.languages.catalog import Texts
from bot.languages.wording import in_language
from bot.models import Answer, AnswerKind
from bot.render.words import dated, question_of, reply_text, status_label, with_earlier_sources
from bot.timeline import Development


def plain_text(answer: Answer, texts: Texts) -> str:
    """The whole reply as a person reads it in a terminal."""
    lines = [reply_text(answer, texts)]
    if answer.kind is AnswerKind.FACT and answer.fact:
        lines.append(f"[{status_label(answer.fact, texts)}]")
        fact = in_language(with_earlier_sources(answer.fact, answer.earlier), texts.language)
        if fact.disagreement:
            lines.append(texts("disagreement", note=fact.disagreement))
        heading = texts("sources-heading-plural" if len(fact.articles) > 1 else "sources-heading")
        lines.append(f"{heading}:")
        for article in fact.articles:
            lines.append("  " + texts("source-line", title=article.title, author=article.author))
            lines.extend(f"    > {source.quote}" for source in fact.sources if source.article == article)
    elif answer.suggestions:
        if answer.kind is not AnswerKind.SUGGESTIONS:
            lines.append(texts("related-intro"))
        lines.extend(f"  - {question_of(fact, texts)}" for fact in answer.suggestions)
    return "\n".join(lines)


def timeline_text(items: Sequence[Development], texts: Texts) -> str:
    """The story's developments for the terminal: each article with its date, then its claims."""
    lines: list[str] = []
    article = None
    for development in items:
        if development.article != article:
            article = development.article
            lines.append(
                texts("source-line", title=article.title, author=article.author) + f" ({dated(article, texts)})"
            )
        fact = in_language(development.fact, texts.language)
        lines.append(f"  - {fact.answer} [{status_label(fact, texts)}]")
    return "\n".join(lines)


def json_record(answer: Answer, texts: Texts) -> dict[str, Any]:
    """The answer in the shape other tools rely on (see README: the CLI contract)."""
    fact = answer.fact if answer.kind is AnswerKind.FACT else None
    return {
        "question": answer.question,
        "answered": answer.answered,
        "kind": answer.kind.value,
        "fact_id": fact.id if fact else None,
        "answer": reply_text(answer, texts),
        "score": round(answer.score, 4),
        "sources": [
            {
                "article": source.article.id,
                "title": source.article.title,
                "author": source.article.author,
                "quote": source.quote,
            }
            for source in (with_earlier_sources(fact, answer.earlier).sources if fact else ())
        ],
        "suggestions": [question_of(fact, texts) for fact in answer.suggestions],
        "language": texts.language,
    }
