"""What the decision weighs of one question and one candidate fact (decision.py's Evidence).

The engine gathers it for each candidate it considers; tools/tune.py fits the decision on
it. A question's own words weigh the same whatever the candidate, so they are read once
(WordsWeighed) and shared by all its candidates.
"""

from __future__ import annotations

from dataclasses import dataclass

from bot.answering.decision import Evidence
from bot.answering.fact_details import FactDetails
from bot.answering.matcher import Match, Matcher
from bot.answering.precedents import NO_PRECEDENTS
from bot.answering.question import Question
from bot.answering.text import DEFAULT_LANGUAGE


@dataclass(frozen=True)
class WordsWeighed:
    """The evidence of a question's own words, read once for all its candidates."""

    unknown: float  # share of their weight that no fact knows
    rare_unknown: float  # rare words no fact knows (a name, a brand), at most 3
    terms: float  # content terms, at most 12


class EvidenceReader:
    """Reads the evidence for one fact base's matcher and fact details."""

    def __init__(self, matcher: Matcher, details: FactDetails) -> None:
        self._matcher = matcher
        self._details = details

    def words_weighed(self, question: Question) -> WordsWeighed:
        """What the decision weighs of a question's own words, the same whatever the candidate."""
        matcher = self._matcher
        weights = matcher.weigh(question.words)
        total = sum(weights.values()) or 1.0
        # Words that point at an article ("the Spanish article") are understood, known to the facts or not.
        pointing = question.terms - {word.term for word in question.subject} if question.articles else frozenset()
        unknown = sum(weight for term, weight in weights.items() if not matcher.knows(term) and term not in pointing)
        rare_unknown = {
            word.term
            for word in question.words
            if not matcher.knows(word.term) and matcher.is_rare(word) and word.term not in pointing
        }
        return WordsWeighed(unknown / total, float(min(len(rare_unknown), 3)), float(min(len(weights), 12)))

    def of(self, question: Question, matches: tuple[Match, ...], candidate: Match, words: WordsWeighed) -> Evidence:
        """The evidence for one candidate among the question's ranked matches."""
        meaning, meaning_lead = question.meaning.lead(candidate.fact, (match.fact for match in matches))
        # Precedents are questions asked on their own: a follow-up's words alone ("where is it?") are no match for them.
        precedents = NO_PRECEDENTS if question.in_context else question.precedents.to(candidate.fact.id)
        return Evidence(
            score=candidate.score,
            margin=candidate.score - _runner_up(matches, candidate),
            phrasing=candidate.phrasing,
            explained=candidate.explained,
            unknown=words.unknown,
            rare_unknown=words.rare_unknown,
            terms=words.terms,
            posterior=candidate.posterior,
            asked_unexplained=float(not self._details.explains_asked(candidate.fact, question.asked_for)),
            meaning=meaning,
            meaning_lead=meaning_lead,
            nearest_in_meaning=float(meaning_lead >= 0),
            first_ranked=float(candidate is matches[0]),
            second_score=max((match.score for match in matches if match is not candidate), default=0.0),
            other_language=float(question.language != DEFAULT_LANGUAGE),
            precedent_right=precedents.right,
            precedent_wrong=precedents.wrong,
            precedent_out=precedents.out,
            neighbours_right=precedents.neighbours_right,
            neighbours_wrong=precedents.neighbours_wrong,
            neighbours_out=precedents.neighbours_out,
        )


def _runner_up(matches: tuple[Match, ...], candidate: Match) -> float:
    """The best score of another answer: a fact quoting the same words is the same answer,
    unless it ranks above the candidate (a summary quoting every fact's words, "the two
    articles compared", leads none of them)."""
    quotes = {source.quote for source in candidate.fact.sources}
    position = matches.index(candidate)
    return max(
        (
            match.score
            for rank, match in enumerate(matches)
            if rank != position and (rank < position or not quotes & {source.quote for source in match.fact.sources})
        ),
        default=0.0,
    )
