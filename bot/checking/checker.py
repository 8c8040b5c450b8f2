"""Checks a forwarded message against the articles: a verdict per claim, with the fact behind it.

Each claim is matched like a question (the same engine), then weighed as a claim: its
details against the fact's, its certainty against the fact's status, its negations and
reversals against the fact's wording. Errors lean safe: a claim is called supported only
when nothing in it is surer than, or absent from, what the articles say.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from bot.answering.engine import SUGGEST_THRESHOLD, Engine
from bot.answering.matcher import Match
from bot.answering.question import Question
from bot.answering.text import fold, named_words
from bot.checking.attribution import SILENT, Attribution
from bot.checking.claims import ClaimText, cue_data, markers_of, read_claims
from bot.checking.details import DetailReader, Details, differences
from bot.checking.reversals import Reversals, tentative
from bot.claim_reader import names_claimant
from bot.models import Check, ClaimCheck, Difference, Fact, Reason, Slot, Status, Verdict

# A claim is about a fact only when the engine would be this sure answering it as a question.
ABOUT_AT = 0.38
# A claim naming what the nearest fact names (a company, a place, the month) needs this much less.
NAMED_EASE = 0.1
# A claim that the story has moved on ("got its licence", "scrapped its EV plans") is about where
# the story stands, whatever its other words: it needs this much less.
STANDING_EASE = 0.25
# Details a claim may give that, when no fact gives them, make it one the articles don't make:
# money ("Xiaomi is paying BAIC 2 billion") and people ("Chery's CEO said").
UNGIVEN_DETAILS = (Slot.PRICE, Slot.PERSON)
# The cue lists that mark a claim rather than name something in it.
MARKER_LISTS = (
    "instead",
    "certainty",
    "doubt",
    "settled",
    "hedges",
    "reversal",
    "stance",
    "obtained",
    "negation",
    "filler",
    "pending",
)
# Kinds of name that, never mentioned in the story, make a claim news to it rather than wrong.
# An authority is not one of them: the articles say who must grant the licence.
STRANGER_KINDS = frozenset({"company", "outlet", "place", "person"})
# Kinds of name a claim may give in passing ("Xiaomi, the phone maker, ..."): a fact that does
# not name one is not the worse fit for it.
PASSING_KINDS = frozenset({"product"})
# Facts about the articles themselves (who wrote them, what each covers) hold a claim only when
# it speaks of the articles or the outlets they cite: "Xiaomi has solved its production problems"
# is not borne out by the title of an article about those problems.
ARTICLES_TOPIC = "sources"
# A fact naming more than this many companies, outlets, places..., or crediting several
# outlets, is a round-up ("what each source reported"): it fits any claim, so a claim is
# held against a more specific fact first.
ROUNDUP_NAMES = 5
# A round-up leading the best specific fact by less than this leaves the claim to the specific facts.
ROUNDUP_LEAD = 0.2
# A claim that does not name Xiaomi is supported only when the fact uses this share of its other
# words, leaving out everyday ones ("had", "same": Zipf 5.5 and up, about once in 3,000 words).
EXPLAINED_SHARE = 0.5
# A claim this much of whose weight (names aside) is in words the story never uses is not borne out by it.
NEW_WORDS_SHARE = 0.45
EVERYDAY_ZIPF = 5.5
# A fact naming this many companies names others in Xiaomi's case: "only Xiaomi..." contradicts it.
MANY_OTHERS = 2
# Facts scoring within this of the best are weighed by how well their details fit the claim.
DETAIL_WINDOW = 0.12
# A capitalised word rarer than this in all three languages, that the story never uses, is a
# name the articles don't know ("CATL", "Lei Jun"): a claim about it is not in the articles.
UNKNOWN_NAME_ZIPF = 3.0


class Checker:
    """Gives verdicts on messages from one fact base, through its answer engine."""

    def __init__(self, engine: Engine) -> None:
        self.engine = engine
        cues = cue_data()
        self.details = DetailReader(cues)
        facts = engine.knowledge.facts
        self._fact_details = {fact.id: self.details.of_fact(fact) for fact in facts}
        self._answer_markers = {fact.id: markers_of(fact.answer) for fact in facts}
        quote_markers = {fact.id: markers_of(" ".join(source.quote for source in fact.sources)) for fact in facts}
        self.reversals = Reversals(engine, cues, self._answer_markers, quote_markers)
        self.attribution = Attribution(engine, self.details, cues)
        story = " ".join(article.text for article in engine.knowledge.articles)
        self._story_names = self.details.read(story).names.union(*(d.names for d in self._fact_details.values()))
        self._story_pairings = frozenset().union(*(details.pairings for details in self._fact_details.values()))
        self._cue_words = frozenset(fold(" ".join(word for name in MARKER_LISTS for word in cues[name])).split())

    def check(self, message: str) -> Check:
        """A verdict per claim; small talk around them ("Good morning family!"), near nothing in
        the story and naming nothing, is left out when the message has claims of substance."""
        claims = read_claims(message, self.details, self.engine.read, self.engine.matcher.knows)
        checked = [self._check_claim(claim) for claim in claims]
        substantial = [claim for claim in checked if not _chatter(claim)]
        return Check(message, tuple(substantial or checked))

    def _check_claim(self, claim: ClaimText) -> ClaimCheck:
        question = claim.question
        seen = self.engine.consider(question)
        nearest = seen.matches[0].fact if seen.matches and seen.matches[0].score >= SUGGEST_THRESHOLD else None
        near = [match.fact for match in _within_reach(seen.matches)] if nearest else []
        # "BAIC confirmed the deal": a party the articles say would not comment, taking a stand,
        # whatever else the claim's words are near.
        silent = self.attribution.silent_party(claim)
        if silent is not None:
            return ClaimCheck(claim.text, Verdict.CONTRADICTED, Reason.NO_COMMENT, silent)
        if seen.evidence is None or self.engine.model.confidence(seen.evidence) < self._about_at(claim, near):
            return ClaimCheck(claim.text, Verdict.NOT_IN_ARTICLES, Reason.UNSAID, nearest=nearest)
        # A claim is held against what the story says now: a later report's fact, when one superseded it.
        matches = tuple(
            replace(match, fact=self.engine.knowledge.latest(match.fact))
            for match in seen.matches
            if self._may_bear_out(claim, match.fact)
        )
        if not matches:
            return ClaimCheck(claim.text, Verdict.NOT_IN_ARTICLES, Reason.UNSAID, nearest=nearest)
        awaited = self.reversals.still_awaited(claim, _within_reach(matches))
        if awaited is not None:
            return ClaimCheck(claim.text, Verdict.CONTRADICTED, Reason.NOT_YET, awaited)
        unknown = self._unknown_name(claim.text, question)
        if unknown is not None:
            return ClaimCheck(claim.text, Verdict.NOT_IN_ARTICLES, Reason.UNSAID_DETAIL, None, unknown, nearest)
        if seen.missing in UNGIVEN_DETAILS and seen.candidate is None:
            return ClaimCheck(claim.text, Verdict.NOT_IN_ARTICLES, Reason.UNSAID, nearest=nearest)
        match, conflicts, unsaid = self._best_fitting(claim.details, matches)
        alike = None if conflicts or unsaid else self._others_alike(claim, matches)
        if alike is not None:
            return ClaimCheck(claim.text, Verdict.CONTRADICTED, Reason.OTHER_DETAIL, *alike)
        misattributed = self.attribution.misattributed(claim, match.fact) or self.attribution.other_claimant(
            claim, match.fact
        )
        if misattributed is not None:
            return ClaimCheck(claim.text, Verdict.CONTRADICTED, Reason.OTHER_DETAIL, match.fact, misattributed)
        shares_name = bool(claim.details.names & self._fact_details[match.fact.id].names)
        strangers = [item for item in conflicts if not shares_name and self._stranger(item)]
        if strangers:
            conflicts, unsaid = [item for item in conflicts if item not in strangers], strangers + unsaid
        silent = [
            other.fact
            for other in matches
            if other.score >= match.score - DETAIL_WINDOW and other.fact.status in SILENT
        ]
        return self._weigh(claim, match.fact, [match.fact, *silent], conflicts, unsaid)

    def _others_alike(self, claim: ClaimText, matches: tuple[Match, ...]) -> tuple[Fact, Difference] | None:
        """ "Only Xiaomi has this problem", where a fact about as near names others in the same case."""
        if not (claim.markers.exclusive and claim.details.subject) or claim.details.companies:
            return None
        for match in _within_reach(matches):
            others = self._fact_details[match.fact.id].companies
            if len(others) >= MANY_OTHERS:
                return match.fact, Difference("also", "Xiaomi", ", ".join(sorted(others)))
        return None

    def _may_bear_out(self, claim: ClaimText, fact: Fact) -> bool:
        """Whether a fact may hold the claim: one about the articles themselves only a claim about them."""
        if ARTICLES_TOPIC not in fact.topics:
            return True
        names_outlet = any(kind == "outlet" for kind, _ in claim.details.names)
        return names_outlet or self.engine.speaks_of_articles(claim.question)

    def _stranger(self, detail: Difference) -> bool:
        """A name the story never mentions: in a claim sharing no name with its fact, it is news
        to the articles ("Huawei is helping Xiaomi"), not a contradiction of them."""
        return detail.kind in STRANGER_KINDS and (detail.kind, detail.said) not in self._story_names

    def _about_at(self, claim: ClaimText, near: list[Fact]) -> float:
        """How sure the engine must be that a claim is about the story; less if it names what one
        of the nearest facts names, or says the story has moved on."""
        if not near:
            return ABOUT_AT
        if claim.markers.obtained or claim.markers.reversed:
            return ABOUT_AT - STANDING_EASE
        return ABOUT_AT - NAMED_EASE if any(self._shares_a_detail(claim, fact) for fact in near) else ABOUT_AT

    def _shares_a_detail(self, claim: ClaimText, fact: Fact) -> bool:
        """Whether a claim names what the fact names (a company, a place) or its month."""
        theirs = self._fact_details[fact.id]
        months = {month for _, month in claim.details.dates} & {month for _, month in theirs.dates}
        return bool(claim.details.names & theirs.names or months)

    def _unknown_name(self, text: str, question: Question) -> Difference | None:
        """A name the claim gives that appears nowhere in the story: what it says of it, the articles don't."""
        frequencies = self.engine.vocabulary.frequencies
        known = {word.typed for word in question.words if self.engine.matcher.knows(word.term)}
        for name in sorted(named_words(text) - known - self._cue_words):
            rare = len(name) > 2 and not name.isdigit() and frequencies.zipf(name) < UNKNOWN_NAME_ZIPF
            if rare and not self.details.read(name).names:
                return Difference("name", name.upper() if len(name) <= 4 else name.title(), "")
        return None

    def _best_fitting(
        self, details: Details, matches: tuple[Match, ...]
    ) -> tuple[Match, list[Difference], list[Difference]]:
        """Of the facts nearly as good as the best, the one whose details fit the claim best: the
        fewest details at odds, unsaid or of a kind the fact never gives (and facts about other
        companies than any the claim names count as at odds); then the one giving most
        of the claim's kinds of detail (a claim about "Toyota's plant in Beijing" is about
        Hyundai's plant in Beijing); then the one all the claim's words point at most (the naive
        Bayes posterior: one phrasing sharing a stray word with the claim does not decide it)."""
        specific = [match for match in matches if not _roundup(self._fact_details[match.fact.id])]
        # A round-up scores high on any claim naming what it names ("the Qingdao plant is
        # Hyundai's"): the specific facts are weighed from the best of them, if it is near enough.
        if specific and specific[0].score >= matches[0].score - ROUNDUP_LEAD:
            near = _within_reach(specific)
        else:
            near = _within_reach(matches)
        weighed = []
        for match in near:
            theirs = self._fact_details[match.fact.id]
            conflicts, unsaid = differences(details, theirs)
            conflicts += self._story_pairing_conflicts(details, theirs)
            unsaid = [item for item in unsaid if (item.kind, item.said) not in self._story_names]
            common = len(details.kinds() & theirs.kinds())
            others = bool(theirs.companies) and not details.companies  # a fact about other companies
            missing_kinds = details.kinds() - theirs.kinds() - PASSING_KINDS
            at_odds = len(conflicts) + len(unsaid) + len(missing_kinds) + others
            weighed.append((at_odds, -common, -match.posterior, match, conflicts, unsaid))
        *_, match, conflicts, unsaid = min(weighed, key=lambda item: item[:3])
        return match, conflicts, unsaid

    def _story_pairing_conflicts(self, details: Details, theirs: Details) -> list[Difference]:
        """Companies paired as the story never pairs them, where it pairs one of them with another:
        joined by "with", or the only two companies a claim names ("NIO ran to Geely")."""
        pairings = set(details.pairings) - set(theirs.pairings if theirs.pairings else ())
        if len(details.companies) == 2:
            pairings.add(details.companies)
        return [
            Difference("pairing", " + ".join(sorted(pairing)), "")
            for pairing in pairings
            if pairing not in self._story_pairings and any(pairing & paired for paired in self._story_pairings)
        ]

    def _weigh(
        self, claim: ClaimText, fact: Fact, near: Sequence[Fact], conflicts: list[Difference], unsaid: list[Difference]
    ) -> ClaimCheck:
        said, text = claim.markers, claim.text
        if conflicts:
            return ClaimCheck(text, Verdict.CONTRADICTED, Reason.OTHER_DETAIL, fact, conflicts[0])
        left_out = self._fact_details[fact.id].companies - claim.details.companies
        if said.exclusive and claim.details.companies and left_out and not said.negated:
            named = ", ".join(sorted(claim.details.companies))
            return ClaimCheck(
                text,
                Verdict.CONTRADICTED,
                Reason.OTHER_DETAIL,
                fact,
                Difference("company", named, ", ".join(sorted(left_out))),
            )
        if unsaid:
            return ClaimCheck(text, Verdict.NOT_IN_ARTICLES, Reason.UNSAID_DETAIL, None, unsaid[0], nearest=fact)
        reversal = self.reversals.reversal(claim, fact, near)
        if reversal is not None:
            return ClaimCheck(text, Verdict.CONTRADICTED, reversal, fact)
        credited_doubt = said.hedged and not said.settled and names_claimant(claim.text, fact.claimed_by)
        if (
            (said.certain or said.settled)
            and tentative(fact)
            and not self._as_reported(claim, fact)
            and not credited_doubt
        ):
            return ClaimCheck(text, Verdict.OVERSTATED, Reason.SURER_THAN_SOURCE, fact)
        if fact.status is Status.RUMOURED and not said.hedged and not claim.asks:
            return ClaimCheck(text, Verdict.OVERSTATED, Reason.SURER_THAN_SOURCE, fact)
        if not claim.details.subject and not self._explains(fact, claim):
            return ClaimCheck(text, Verdict.NOT_IN_ARTICLES, Reason.UNSAID, nearest=fact)
        if self._mostly_new(claim):
            return ClaimCheck(text, Verdict.NOT_IN_ARTICLES, Reason.UNSAID, nearest=fact)
        return ClaimCheck(text, Verdict.SUPPORTED, Reason.AS_SAID, fact)

    def _mostly_new(self, claim: ClaimText) -> bool:
        """Whether words the story never uses carry much of a claim ("a hydrogen version", "massage
        seats and a fridge"): its names aside, the articles cannot bear it out."""
        matcher = self.engine.matcher
        words = [word for word in claim.question.words if not word.named and word.typed not in self._cue_words]
        weights = matcher.weigh(words)
        total = sum(weights.values())
        new = sum(weight for term, weight in weights.items() if not matcher.knows(term))
        return total > 0 and new / total >= NEW_WORDS_SHARE

    def _explains(self, fact: Fact, claim: ClaimText) -> bool:
        """Whether a fact accounts for most of what a claim says besides its names: a claim about
        another company ("WM Motor has gone bankrupt") is not supported by a fact that merely names it."""
        named = {word for _, name in claim.details.names for word in fold(name).split()}
        frequencies = self.engine.vocabulary.frequencies
        words = [
            word
            for word in claim.question.words
            if word.typed not in named | self._cue_words and frequencies.zipf(word.typed) < EVERYDAY_ZIPF
        ]
        used = [word for word in words if self.engine.matcher.uses(fact, word.term)]
        return not words or len(used) / len(words) >= EXPLAINED_SHARE

    def _as_reported(self, claim: ClaimText, fact: Fact) -> bool:
        """A claim credited to the fact's own source, as sure as that source is: "Reuters: they signed"."""
        answer = self._answer_markers[fact.id]
        credited = fact.status is Status.REPORTED and names_claimant(claim.text, fact.claimed_by)
        return credited and (answer.settled or answer.certain) and not answer.negated


def _within_reach(matches: Sequence[Match]) -> list[Match]:
    """The matches scoring within DETAIL_WINDOW of the best."""
    return [match for match in matches if match.score >= matches[0].score - DETAIL_WINDOW]


def _chatter(claim: ClaimCheck) -> bool:
    return claim.reason is Reason.UNSAID and claim.nearest is None


def _roundup(details: Details) -> bool:
    outlets = [name for kind, name in details.names if kind == "outlet"]
    return len(details.names) > ROUNDUP_NAMES or len(outlets) > 1
