"""The words of an answer, whatever the format it is shown in, in the reader's language."""

from __future__ import annotations

from dataclasses import replace
from typing import Protocol

from bot.claim_reader import ARTICLE_VOICE
from bot.languages.catalog import Texts
from bot.languages.wording import in_language
from bot.models import Answer, AnswerKind, Article, Check, ClaimCheck, Fact, Reason, Source, Status


class Claim(Protocol):
    """What facts and alerts share: a claim, who makes it, how sure, and its sources."""

    claimed_by: str
    status: Status
    sources: tuple[Source, ...]

    @property
    def articles(self) -> tuple[Article, ...]: ...


def status_label(claim: Claim, texts: Texts) -> str:
    if claim.status is Status.STATED and len(claim.articles) > 1:
        return texts("status-stated-both")
    return texts(f"status-{claim.status.value}", claimant=claim.claimed_by)


def reply_text(answer: Answer, texts: Texts) -> str:
    """The reply itself, without its sources: what the bot says to the question."""
    if answer.kind is AnswerKind.FACT and answer.fact and answer.earlier:
        return _update_text(
            in_language(answer.fact, texts.language), in_language(answer.earlier, texts.language), texts
        )
    if answer.kind is AnswerKind.FACT and answer.fact:
        fact = in_language(answer.fact, texts.language)
        text = fact.answer
        if answer.asks_confirmation and fact.status is not Status.STATED and "confirm" not in answer.fact.answer:
            text = f"{texts(f'confirm-{fact.status.value}', claimant=fact.claimed_by)} {text}"
        if answer.absent_from:
            return f"{_absent_lead(answer.absent_from, fact, texts)} {text}"
        return f"{source_lead(fact, texts)} {text}" if answer.asks_source and not _names_its_authors(fact) else text
    if answer.kind is AnswerKind.SMALLTALK and answer.small_talk:
        return texts(f"smalltalk-{answer.small_talk}")
    if answer.kind is AnswerKind.SUGGESTIONS:
        return texts("suggestions-intro")
    if answer.missing is not None:
        return texts(f"missing-{answer.missing.value}")
    return texts("unknown")


def source_lead(fact: Fact, texts: Texts) -> str:
    """ "From the article by X, "title":" for a reader who asked where a claim comes from."""
    articles = fact.articles
    if len(articles) > 1:
        return texts("source-lead-both", first=articles[0].author, second=articles[1].author)
    return texts("source-lead-one", author=articles[0].author, title=articles[0].title)


def _absent_lead(absent_from: tuple[Article, ...], fact: Fact, texts: Texts) -> str:
    """ "Not in the article by Elenor Kling: only the one by Gianluca Cobucci says it." """
    absent = ", ".join(article.author for article in absent_from)
    present = ", ".join(article.author for article in fact.articles)
    return texts("absent-lead", absent=absent, present=present)


def _names_its_authors(fact: Fact) -> bool:
    """A byline ("Elenor Kling wrote the second article...") already says who wrote it."""
    return all(article.author in fact.answer for article in fact.articles)


def _update_text(latest: Fact, earlier: Fact, texts: Texts) -> str:
    """ "Update, per X (article of <date>): ... Earlier, the article by Y said: ..."."""
    article = latest.articles[0]
    claimant = article.author if latest.claimed_by == ARTICLE_VOICE else latest.claimed_by
    when = (
        texts("update-when-dated", date=article.published.isoformat())
        if article.published
        else texts("update-when-undated")
    )
    lead = texts("update-lead", claimant=claimant, when=when)
    before = texts("earlier-lead", author=earlier.articles[0].author)
    return f"{lead} {latest.answer} {before} {earlier.answer}"


def with_earlier_sources(fact: Fact, earlier: Fact | None) -> Fact:
    """The fact with the sources of the one it superseded after its own: both are quoted."""
    return replace(fact, sources=(*fact.sources, *earlier.sources)) if earlier else fact


def dated(article: Article, texts: Texts) -> str:
    """When an article was published, or that it does not say: a date is never guessed."""
    if article.published is None:
        return texts("published-unknown")
    return texts("published-on", date=article.published.isoformat())


def question_of(fact: Fact, texts: Texts) -> str:
    """The question a fact answers, as shown on buttons: the editor's first, translated when it can be."""
    return in_language(fact, texts.language).headline


# Details a reason cannot name in the reader's language: it says what kind of detail differs.
UNNAMED_DETAILS = {
    "date": "date",
    "year": "date",
    "number": "number",
    "span": "span",
    "pairing": "pairing",
    "product": "product",
    "scope": "scope",
}


# Details a reason names: who said it, when a claim credits the wrong article ("source") or
# party ("claimant"); who else is in the same case, when it says "only Xiaomi" ("also").
NAMED_IN_REASON = frozenset({"source", "claimant", "also"})


def verdict_label(claim: ClaimCheck, texts: Texts) -> str:
    return texts(f"verdict-{claim.verdict.value}")


def verdict_reason(claim: ClaimCheck, texts: Texts) -> str:
    """Why the claim got its verdict, in one sentence."""
    detail = claim.detail
    if claim.reason is Reason.OTHER_DETAIL and detail is not None and detail.kind in UNNAMED_DETAILS:
        return texts(f"reason-other-{UNNAMED_DETAILS[detail.kind]}")
    if claim.reason is Reason.OTHER_DETAIL and detail is not None and detail.kind in NAMED_IN_REASON:
        return texts(f"reason-other-{detail.kind}", said=detail.said, given=detail.given)
    if claim.reason is Reason.UNSAID_DETAIL and detail is not None and detail.kind == "span":
        return texts("reason-unsaid-span")  # "a year ago": the words are the reader's, the unit ours
    if claim.reason is Reason.NO_COMMENT and claim.fact is not None:
        return texts("reason-no-comment", claimant=claim.fact.claimed_by)
    if detail is not None:
        return texts(f"reason-{claim.reason.value}", said=detail.said, given=detail.given)
    return texts(f"reason-{claim.reason.value}")


def verdict_text(check: Check, texts: Texts) -> str:
    """The verdict on a message's main claim as one paragraph: verdict, why, and what the articles say."""
    main = check.main
    if main is None:
        return texts("check-nothing")
    words = [f"{verdict_label(main, texts)}: {verdict_reason(main, texts)}"]
    if main.fact is not None:
        words.append(f"{texts('check-articles-say')} {in_language(main.fact, texts.language).answer}")
    return " ".join(words)
