"""A reader's message, read once: its language, its words and what it asks for.

Intent, matching and the decision all look at this one value instead of each re-reading
the raw text.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from bot.answering.intent import Intent
from bot.answering.meaning import Nearness
from bot.answering.mentions import MentionQuestion, Titled
from bot.answering.precedents import Resemblance
from bot.answering.text import Word
from bot.claim_reader import ARTICLE_VOICE
from bot.models import Answer, AnswerKind, Fact, Slot

PARTY_KINDS = frozenset({"company", "outlet", "authority", "person"})


@dataclass(frozen=True)
class Question:
    text: str
    language: str  # en, it or es
    words: tuple[Word, ...]  # content words, typos repaired, synonyms merged
    intent: Intent
    articles: frozenset[str]  # articles the question points at ("the second article")
    subject: tuple[Word, ...]  # its words without those that point at an article
    asked_for: Word | None  # the kind of thing asked for: "terms" in "what were the terms of..."
    meaning: Nearness = field(compare=False, repr=False)  # how near its meaning comes to each fact (meaning.py)
    precedents: Resemblance = field(compare=False, repr=False)  # how near it comes to questions judged (precedents.py)
    follow_up_precedents: Resemblance = field(compare=False, repr=False)  # the same, to follow-ups judged
    turned_from: str | None = None  # the fact a follow-up turns away from ("and BAIC?"): not its answer
    other_article: bool = False  # "the other article": the one the conversation's last answer did not cite
    by_ordinal: frozenset[str] = frozenset()  # "and the second one?": the articles a bare ordinal may mean
    names: frozenset[tuple[str, str]] = frozenset()  # the (kind, name) of the companies, places... it names
    guessed_places: frozenset[str] = frozenset()  # places offered as a guess: "where is it? Beijing?"
    set_aside: frozenset[tuple[str, str]] = frozenset()  # the names it sets aside: "apart from BAIC, ..."
    named_writers: frozenset[str] = frozenset()  # "Who is Elenor Kling?": articles whose writer it is about
    speaker: frozenset[str] = frozenset()  # the terms naming who it asks to have said something
    follows: str | None = None  # a follow-up's conversation's last fact, read with it (follow_ups.with_context)
    mention: MentionQuestion | None = None  # "which article mentions Qingdao?": asked of the article texts
    titled: Titled | None = None  # "the piece about bureaucratic obstacles": the article its headline's words name

    def answered_with(self, fact: Fact, score: float, text: str | None = None) -> Answer:
        """The fact as the answer, worded as the question asks: whether it is sure, who wrote it.
        "Who says so?" of what an article says itself is answered by who wrote it, and where."""
        intent = self.intent
        return Answer(
            self.text if text is None else text,
            AnswerKind.FACT,
            score=score,
            fact=fact,
            asks_confirmation=intent.asks_confirmation,
            asks_source=intent.asks_source or (intent.asks_attribution and fact.claimed_by == ARTICLE_VOICE),
        )

    @property
    def in_context(self) -> bool:
        """Whether it is a follow-up read with the conversation's last fact."""
        return self.follows is not None

    @property
    def places(self) -> frozenset[str]:
        """The places it asks about: "Where is BluePark?" asks where BluePark is; "where is the
        plant? Beijing?" asks where the plant is, and Beijing is only a guess."""
        return frozenset(name for kind, name in self.names if kind == "place") - self.guessed_places

    @property
    def names_a_party(self) -> bool:
        return names_a_party(self.names)

    @property
    def names_a_person(self) -> bool:
        return any(kind == "person" for kind, _ in self.names)

    @property
    def terms(self) -> frozenset[str]:
        return frozenset(word.term for word in self.words)

    @property
    def typed_terms(self) -> frozenset[str]:
        """The terms of the words the reader typed, without those carried from the conversation."""
        return frozenset(word.term for word in self.words if not word.carried)

    @property
    def asked_details(self) -> list[Slot]:
        """The kinds of detail asked for, in a fixed order so answers are repeatable."""
        asked = set(self.intent.slots) | ({Slot.STATEMENT} if self.intent.asks_statement else set())
        return sorted(asked, key=list(Slot).index)


def names_a_party(names: frozenset[tuple[str, str]]) -> bool:
    """Whether the names include someone who could make a statement: a company, an outlet, an authority, a person."""
    return any(kind in PARTY_KINDS for kind, _ in names)
