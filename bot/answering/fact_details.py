"""What each fact gives a reader: the kinds of detail, whose statement it is, the places and
kinds of name it names. The engine asks it whether a fact answers what a question asks for:
"How much?" needs a price, "What did BAIC say?" a statement BAIC made, "Where is BluePark?"
a place other than BluePark, "When did it get the licence?" a date or a "not yet".
"""

from __future__ import annotations

from collections import Counter

from bot.answering.intent import not_yet
from bot.answering.matcher import Matcher
from bot.answering.names import NameFinder
from bot.answering.question import Question
from bot.answering.text import Word, fold
from bot.claim_reader import ARTICLE_VOICE, RUMOURS
from bot.models import Fact, KnowledgeBase, Slot

# A fact naming this many of a kind (companies, places) lists them: "who else?" asks of the rest.
LISTED_NAMES = 3
# Details some facts give without saying so in `provides` (see FactDetails.gives).
_GIVEN_OTHERWISE = frozenset({Slot.STATEMENT, Slot.DATE, Slot.INFORMANT, Slot.OUTCOME})


class FactDetails:
    """Read once per fact base, from the facts' answers, quotes and claimants."""

    def __init__(self, knowledge: KnowledgeBase, matcher: Matcher, names: NameFinder) -> None:
        self._knowledge = knowledge
        self._matcher = matcher
        self._names = names
        facts = knowledge.facts
        self._claimants = {fact.id: frozenset(matcher.terms(fact.claimed_by)) for fact in facts}
        self._parties = frozenset(self._claimants[fact.id] for fact in facts if fact.claimed_by != ARTICLE_VOICE) - {
            frozenset()
        }
        # The (kind, name) of each party's claim: "did any of the carmakers comment?" asks BAIC too.
        self._claimant_names = {
            fact.id: names.find(fold(fact.claimed_by)) for fact in facts if fact.claimed_by != ARTICLE_VOICE
        }
        named = {fact.id: names.find(fold(_said(fact))) for fact in facts}
        self._named = named
        self._places = {
            fact_id: frozenset(name for kind, name in found if kind == "place") for fact_id, found in named.items()
        }
        self._name_kinds = {fact_id: frozenset(kind for kind, _ in found) for fact_id, found in named.items()}
        self._not_yet = frozenset(fact.id for fact in facts if not_yet().search(fold(fact.answer)))
        self._leading = {fact.id: names.leading(fold(fact.answer)) for fact in facts}
        self._story_names = frozenset(name for found in named.values() for name in found)
        given = {slot for fact in facts for slot in fact.provides}
        self._never_given = frozenset(slot for slot in Slot if slot not in given and slot not in _GIVEN_OTHERWISE)

    def never_given(self, slot: Slot) -> bool:
        """Whether no fact of the base gives this kind of detail: "how much?" when none tells a price."""
        return slot in self._never_given

    def of_the_story(self, question: Question) -> bool:
        """Whether the question names parties or places, and only those the facts name (Hyundai, not Tesla)."""
        return bool(question.names) and question.names <= self._story_names

    def gives_now(self, fact: Fact, slot: Slot, question: Question) -> bool:
        """Whether the fact, or the later report that superseded it, gives the detail asked for."""
        latest = self._knowledge.latest(fact)
        return self.gives(fact, slot, question) or self.gives(latest, slot, question)

    def gives(self, fact: Fact, slot: Slot, question: Question) -> bool:
        """Whether a fact gives the kind of detail asked for: statements by their claimant (named
        in the reader's own words, not those carried from the conversation, or asked of its kind:
        "the carmakers"); a place other than
        those the question names ("Where is BluePark?" is not answered by "at BluePark"); a date,
        or a "not yet" when the question asks when something already happened or how it turned out."""
        if slot is Slot.STATEMENT:
            if self._of_the_person_asked(fact, question):
                return True  # "Cosa dice di sé Cobucci?": a writer's words about themselves
            claimant = self._claimants.get(fact.id, frozenset())
            if not claimant or self._asked_of_its_kind(fact, question):
                return bool(claimant)
            # "What did Xiaomi say about the BAIC talks?" asks Xiaomi, not BAIC.
            return bool(question.speaker & claimant) if question.speaker else claimant <= question.typed_terms
        if slot is Slot.PLACE and self._places[fact.id] and self._places[fact.id] <= question.places:
            return False
        if slot is Slot.DATE and question.intent.asks_when_done and fact.id in self._not_yet:
            return True  # "When did Xiaomi get its licence?" "Not yet."
        if slot is Slot.INFORMANT:
            return fact.claimed_by != RUMOURS  # "who leaked it?": a named outlet, or the article, says it
        if slot is Slot.OUTCOME and fact.id in self._not_yet:
            return True  # "Did Xiaomi succeed in getting a licence?" "Not yet."
        return slot in fact.provides

    def _of_the_person_asked(self, fact: Fact, question: Question) -> bool:
        """Whether the fact is about a person (a writer) the question names, and only people."""
        persons = frozenset(name for name in question.names if name[0] == "person")
        return (
            bool(persons)
            and persons == question.names
            and Slot.PERSON in fact.provides
            and self.names_all(fact, persons)
        )

    def _asked_of_its_kind(self, fact: Fact, question: Question) -> bool:
        """Whether the question asks a kind of party ("the carmakers", "le aziende") that the
        fact's claimant is, naming none of that kind itself."""
        kinds = {kind for kind, _ in self.claimant_names(fact)}
        asked = {self._names.kind_words.get(word.typed) for word in question.words if not word.carried}
        named = {kind for kind, _ in question.names}
        return bool(kinds & asked) and not kinds & named

    def claimant_names(self, fact: Fact) -> frozenset[tuple[str, str]]:
        """The (kind, name) of the party whose claim the fact is: ("company", "BAIC"); none for the articles' own."""
        return self._claimant_names.get(fact.id, frozenset())

    def names_all(self, fact: Fact, names: frozenset[tuple[str, str]]) -> bool:
        """Whether the fact's answer or quotes name every one of these (kind, name)."""
        return names <= self._named[fact.id]

    def lists(self, fact: Fact, names: frozenset[tuple[str, str]]) -> bool:
        """Whether the fact lists several names of a kind (the three carmakers Xiaomi talks to),
        and every one of these among its names."""
        kinds = Counter(kind for kind, _ in self._named[fact.id])
        return any(count >= LISTED_NAMES for count in kinds.values()) and self.names_all(fact, names)

    def leading(self, fact: Fact) -> frozenset[tuple[str, str]]:
        """The first name of each kind its answer gives: what it is about before all else."""
        return self._leading.get(fact.id, frozenset())

    def explains_asked(self, fact: Fact, asked_for: Word | None) -> bool:
        """Whether a fact speaks of the kind of thing asked for ("what terms", "which carmaker"): it
        uses the word, or names something of that kind (a carmaker: BAIC)."""
        if asked_for is None or self._matcher.uses(fact, asked_for.term):
            return True
        return self.names_its_kind(fact, asked_for)

    def names_its_kind(self, fact: Fact, asked_for: Word) -> bool:
        """Whether a fact names something of the kind a word asks for ("which company": BAIC)."""
        return self._names.kind_words.get(asked_for.typed) in self._name_kinds[fact.id]

    def names_a_claimant(self, question_terms: frozenset[str]) -> bool:
        """Whether a question names a party whose statement a fact reports (BAIC, Bloomberg)."""
        return any(party <= question_terms for party in self._parties)


def _said(fact: Fact) -> str:
    """What the articles say of a fact: its answer and its quotes."""
    return " ".join([fact.answer, *(source.quote for source in fact.sources)])
