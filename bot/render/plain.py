"""Answers as plain text for the terminal and as JSON for other tools."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from bot.languages.catalog import Texts
from bot.languages.wording import in_language
from bot.models import Answer, AnswerKind, Check, Fact, Source, Verdict
from bot.render.words import (
    dated,
    question_of,
    reply_text,
    status_label,
    verdict_label,
    verdict_reason,
    verdict_text,
    with_earlier_sources,
)
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
            _source_record(source) for source in (with_earlier_sources(fact, answer.earlier).sources if fact else ())
        ],
        "suggestions": [question_of(fact, texts) for fact in answer.suggestions],
        "language": texts.language,
    }


def check_text(check: Check, texts: Texts) -> str:
    """A forwarded message's verdicts as a person reads them in a terminal: a line per claim, then the sources."""
    if check.main is None:
        return texts("check-nothing")
    lines = []
    for claim in check.claims:
        lines.append(f"{verdict_label(claim, texts)}: “{claim.text}”")
        lines.append(f"  {verdict_reason(claim, texts)}")
        shown = claim.fact or claim.nearest
        if shown is not None:
            fact = in_language(shown, texts.language)
            lead = texts("check-articles-say" if claim.fact else "check-nearest")
            lines.append(f"  {lead} {fact.answer} [{status_label(fact, texts)}]")
    for fact in _checked_facts(check):
        for article in fact.articles:
            lines.append(texts("source-line", title=article.title, author=article.author))
            lines.extend(f"  > {source.quote}" for source in fact.sources if source.article == article)
    return "\n".join(lines)


def check_record(check: Check, texts: Texts) -> dict[str, Any]:
    """The verdict in the shape other tools rely on (see README: the CLI contract); the main claim's at the top."""
    main = check.main
    fact = main.fact if main else None
    return {
        "message": check.message,
        "verdict": (main.verdict if main else Verdict.NOT_IN_ARTICLES).value,
        "fact_id": fact.id if fact else None,
        "answer": verdict_text(check, texts),
        "sources": [_source_record(source) for source in (fact.sources if fact else ())],
        "language": texts.language,
        "claims": [
            {"text": claim.text, "verdict": claim.verdict.value, "fact_id": claim.fact.id if claim.fact else None}
            for claim in check.claims
        ],
    }


def _checked_facts(check: Check) -> list[Fact]:
    """The facts the verdicts rest on, each once, in claim order."""
    return list(dict.fromkeys(claim.fact for claim in check.claims if claim.fact is not None))


def _source_record(source: Source) -> dict[str, str]:
    return {
        "article": source.article.id,
        "title": source.article.title,
        "author": source.article.author,
        "quote": source.quote,
    }
