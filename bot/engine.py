"""The answer engine: question in, Answer out. Knows facts and matching, not Telegram."""

from __future__ import annotations

from bot.intent import Intent, read_intent
from bot.matcher import Match, Matcher
from bot.models import Answer, AnswerKind, Fact, KnowledgeBase, Slot
from bot.text import Vocabulary

# A fact scoring at least this is given as the answer.
ANSWER_THRESHOLD = 0.55
# Between this and the answer threshold the reader is offered "did you mean" choices.
SUGGEST_THRESHOLD = 0.38
# A fact that gives the detail asked for ("when", "where") but scores this much below
# the best match is about something else: the question is about the best match.
FITTING_MARGIN = 0.15
# Two facts scoring this close on a short question are a coin flip: offer both.
TIE_MARGIN = 0.02
SHORT_QUESTION_TERMS = 2
MAX_SUGGESTIONS = 3


class Engine:
    """Answers questions from one fact base; build a new Engine to switch bases."""

    def __init__(self, knowledge: KnowledgeBase) -> None:
        self.knowledge = knowledge
        self.matcher = Matcher(knowledge.facts, Vocabulary(knowledge.synonyms))

    def ask(self, question: str) -> Answer:
        intent = read_intent(question)
        if intent.small_talk is not None:
            return Answer(question, AnswerKind.SMALLTALK, small_talk=intent.small_talk.value)
        matches = self.matcher.rank(question, limit=8)
        if not matches or matches[0].score < SUGGEST_THRESHOLD:
            return Answer(question, AnswerKind.UNKNOWN, score=matches[0].score if matches else 0.0)
        asked = _asked_details(intent)
        question_terms = frozenset(self.matcher.terms(question))
        fitting = [
            match
            for match in matches
            if match.score >= matches[0].score - FITTING_MARGIN
            and all(self._gives(match.fact, slot, question_terms) for slot in asked)
        ]
        if fitting and fitting[0].score >= ANSWER_THRESHOLD and not _ambiguous(question_terms, fitting):
            return Answer(question, AnswerKind.FACT, score=fitting[0].score, fact=fitting[0].fact)
        top = matches[0]
        missing = next((slot for slot in asked if not self._gives(top.fact, slot, question_terms)), None)
        if missing is not None:
            return Answer(question, AnswerKind.UNKNOWN, score=top.score, missing=missing, suggestions=(top.fact,))
        suggestions = tuple(match.fact for match in fitting if match.score >= SUGGEST_THRESHOLD)
        return Answer(question, AnswerKind.SUGGESTIONS, score=top.score, suggestions=suggestions[:MAX_SUGGESTIONS])

    def _gives(self, fact: Fact, slot: Slot, question_terms: frozenset[str]) -> bool:
        """Whether a fact gives the kind of detail asked for; statements by their claimant."""
        if slot is Slot.STATEMENT:
            claimant = self.matcher.terms(fact.claimed_by)
            return bool(claimant) and set(claimant) <= question_terms
        return slot in fact.provides


def _ambiguous(question_terms: frozenset[str], fitting: list[Match]) -> bool:
    """A short question that two facts answer equally well."""
    if len(fitting) < 2 or fitting[0].score - fitting[1].score > TIE_MARGIN:
        return False
    return len(question_terms) <= SHORT_QUESTION_TERMS


def _asked_details(intent: Intent) -> list[Slot]:
    """The kinds of detail asked for, in a fixed order so answers are repeatable."""
    asked = set(intent.slots) | ({Slot.STATEMENT} if intent.asks_statement else set())
    return sorted(asked, key=list(Slot).index)
