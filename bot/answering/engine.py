"""The answer engine: question in, Answer out. Knows facts and matching, not Telegram."""

from __future__ import annotations

from dataclasses import replace

from bot.answering.article_answers import ArticleAnswers
from bot.answering.consideration import Consideration, clearly_unphrased, one_word_tie
from bot.answering.decision import DecisionModel, Evidence, FollowUpEvidence, bundled_model
from bot.answering.evidence import EvidenceReader
from bot.answering.fact_details import FactDetails
from bot.answering.follow_ups import FollowUps
from bot.answering.following import FollowingUp, follow_up_evidence
from bot.answering.in_conversation import ConversationAnswers
from bot.answering.matcher import Match, Matcher, phrasings
from bot.answering.meaning import MeaningIndex, TokenVectors, bundled_vectors
from bot.answering.names import story_names
from bot.answering.precedents import PrecedentIndex, bundled_precedents
from bot.answering.question import Question
from bot.answering.reader import QuestionReader
from bot.answering.text import Vocabulary, asked_sentences, bundled_frequencies
from bot.models import Answer, AnswerKind, Fact, KnowledgeBase, Slot

# The least match score worth showing a reader at all (inline results, "did you mean").
SUGGEST_THRESHOLD = 0.38
# A fact that gives the detail asked for ("when", "where") but scores this much below
# the best match is about something else: the question is about the best match.
FITTING_MARGIN = 0.08
# Of the facts that give what is asked, those within CLOSE_MARGIN of the first of them (at
# least CANDIDATES of them) are weighed, and the one the decision trusts most is the
# candidate: the one the question's words and its nearest labelled questions point at, not
# the one a phrasing sharing a stray word with the question lifts to the top. (Facts give
# what is asked within FITTING_MARGIN of the best, the same, so the floor of CANDIDATES
# matters where a statement or a follow-up widens that margin.)
CANDIDATES = 3
CLOSE_MARGIN = 0.08
# A fact with this share of the weight of the question's nearest labelled questions (the
# precedents it was the right answer to) is weighed too, however far below the best match
# its words put it among the ranked facts: readers' own wording may share few words with
# the fact's phrasings, and the decision weighs what the neighbours say.
VOTED = 0.5
# Votes equal to this many decimals are a tie, which the better-matched fact wins: their sums
# differ in the last bits from one numpy build to another.
VOTE_DIGITS = 6
# When the best match does not give the detail asked for ("why can't Xiaomi build its cars on its
# own?", best matched by its options), a fact giving it this far below is weighed too.
LACKING_MARGIN = 0.15
# A question naming a party and asking what it said is about that party's claim, even
# when facts about the party's other dealings match its words better.
STATEMENT_MARGIN = 0.3
MAX_SUGGESTIONS = 3
# "Did you mean" offers the facts scoring within this of the best.
SUGGESTION_WINDOW = 0.15
RANK_DEPTH = 8
# A message telling a story around its question ("My friend says it's delayed. Who reported
# that?") is answered as its asking sentences read alone when they are read this surely: the
# story's words are not weighed then, unless its one word fits several facts alike ("Jido
# Auto: con chi si è alleata?"). On the labelled questions this changed no verdict, and it
# spares most such messages a second reading, the slowest part of answering them.
SURE_FOCUSED = 0.98
# Words that ask about an article itself rather than about the story: "who wrote article 1?"
ABOUT_ARTICLES = "author article title"


class Engine:
    """Answers questions from one fact base; build a new Engine to switch bases."""

    def __init__(
        self,
        knowledge: KnowledgeBase,
        model: DecisionModel | None = None,
        vectors: TokenVectors | None = None,
        precedents: tuple[PrecedentIndex, PrecedentIndex] | None = None,
    ) -> None:
        """`precedents`: those of questions asked alone and those of follow-ups (precedents.py);
        the bundled ones by default."""
        self.knowledge = knowledge
        self.vocabulary = Vocabulary(knowledge.synonyms, bundled_frequencies())
        self.matcher = Matcher(knowledge.facts, self.vocabulary)
        facts = knowledge.facts
        vectors = vectors or bundled_vectors()
        self.meanings = MeaningIndex(facts, {fact.id: phrasings(fact) for fact in facts}, vectors)
        self.precedents, self.follow_up_precedents = precedents or bundled_precedents(vectors)
        self.model = model or bundled_model()
        self._about_articles = frozenset(self.vocabulary.terms(ABOUT_ARTICLES, "en"))
        self._names = story_names()
        self.reader = QuestionReader(self.vocabulary, self.matcher, self.meanings, knowledge.articles, self._names)
        self.details = FactDetails(knowledge, self.matcher, self._names)
        self.evidence = EvidenceReader(self.matcher, self.details)
        self.article_answers = ArticleAnswers(knowledge, self.details)
        self._story_facts = frozenset(fact.id for fact in knowledge.facts)
        self.follow_ups = FollowUps(
            self.matcher, self.vocabulary, self._names, self.details, knowledge.articles, self._about_articles
        )
        self.conversation = ConversationAnswers(self)

    def read(self, text: str) -> Question:
        """A message read once, against the precedents the engine weighs now (tune swaps them)."""
        return self.reader.read(text, self.precedents, self.follow_up_precedents)

    def speaks_of_articles(self, question: Question) -> bool:
        """Whether a message is about the articles themselves: who wrote them, their titles."""
        return bool(question.terms & self._about_articles)

    def _asks_of_writers(self, question: Question) -> bool:
        """Whether a question may be about who wrote the articles: it speaks of an article or its
        writer, names one, asks for a person, or follows up an answer that named them. A byline's
        phrasings hold the story's words ("who wrote the piece on why Xiaomi can't build cars?"),
        which are no reason to answer "why can't Xiaomi build cars?" with the byline."""
        return (
            question.in_context
            or question.intent.asks_source
            or bool(question.articles)
            or question.mention is not None
            or self.speaks_of_articles(question)
            or Slot.PERSON in question.asked_details
            or question.names_a_person
        )

    def rank(self, text: str, limit: int = 5) -> list[Match]:
        """The facts nearest a text, best first, whatever the decision would be."""
        return list(self._ranked(self.read(text), max(limit, RANK_DEPTH))[:limit])

    def _ranked(self, question: Question, limit: int) -> tuple[Match, ...]:
        """Facts by score; of those nearly as good as the best, the ones citing the article pointed at first."""
        story_terms = {word.term for word in question.subject} - self._about_articles
        about_story = any(map(self.matcher.knows, story_terms))
        words = question.subject if about_story else question.words
        if question.intent.asks_source and about_story:
            # "Who wrote the piece about Qingdao?": the Qingdao fact, its article's byline first.
            words = tuple(word for word in words if word.term not in self._about_articles)
        matches = tuple(self.matcher.rank(words, limit=limit))
        if not self._asks_of_writers(question):
            matches = tuple(match for match in matches if match.fact.id not in self.article_answers.byline_ids)
        if not question.articles or not matches:
            return matches
        near = [match for match in matches if match.score >= matches[0].score - FITTING_MARGIN]
        # Facts from the pointed article alone before those it shares with the other.
        preferred = sorted(
            (match for match in near if question.articles & match.fact.article_ids),
            key=lambda match: not match.fact.article_ids <= question.articles,
        )
        return (*preferred, *(match for match in matches if match not in preferred))

    def consider(self, question: Question) -> Consideration:
        """The candidate and the evidence the decision weighs (tools/tune.py fits the model on
        these); the candidate is chosen with the decision's own confidence."""
        matches = tuple(match for match in self._ranked(question, RANK_DEPTH) if match.fact.id != question.turned_from)
        if question.set_aside:
            # "Apart from BAIC, whose factory...?": not a fact about BAIC before all else, when another is ranked.
            others = tuple(match for match in matches if not question.set_aside & self.details.leading(match.fact))
            matches = others or matches
        if not matches:
            return Consideration(question, matches, None, None, None)
        asked = question.asked_details
        if question.articles and not self.details.names_a_claimant(question.typed_terms):
            # "What does Kling say about Qingdao?": the article's own voice, not a party's statement.
            asked = [slot for slot in asked if slot is not Slot.STATEMENT]
        # A follow-up's carried words lift the last fact: another that gives what is asked may be further down.
        follows_up = any(word.carried for word in question.words)
        missing = next((slot for slot in asked if not self.details.gives_now(matches[0].fact, slot, question)), None)
        if Slot.STATEMENT in asked or follows_up:
            margin = STATEMENT_MARGIN
        else:
            margin = LACKING_MARGIN if missing is not None else FITTING_MARGIN
        giving = [
            match
            for match in matches
            if all(self.details.gives_now(match.fact, slot, question) for slot in asked)
            and (not question.articles or question.articles & match.fact.article_ids)
        ]
        fitting = [match for match in giving if match.score >= matches[0].score - margin]
        if not fitting:
            evidence = self.evidence.of(question, matches, matches[0], self.evidence.words_weighed(question))
            return Consideration(question, matches, None, missing, evidence)
        close = [match for match in fitting if match.score >= fitting[0].score - CLOSE_MARGIN]
        considered = fitting[: max(CANDIDATES, len(close))]
        voted = self._voted(question, giving)
        if voted is not None and voted not in considered:
            considered.append(voted)
        if question.articles:
            # "Who wrote article 2?": that article's own facts before those covering both.
            considered = [match for match in considered if match.fact.article_ids <= question.articles] or considered
        elif Slot.SUMMARY in asked:
            # "What is this story about?": the summary of the whole story, not of one article.
            considered = [match for match in considered if len(match.fact.article_ids) > 1] or considered
        words = self.evidence.words_weighed(question)
        weighed = [(match, self.evidence.of(question, matches, match, words)) for match in considered]
        candidate, evidence = self._chosen(question, weighed, voted)
        far = margin == LACKING_MARGIN and candidate.score < matches[0].score - FITTING_MARGIN
        return Consideration(question, matches, candidate, missing, evidence, far)

    def _chosen(
        self, question: Question, weighed: list[tuple[Match, Evidence]], voted: Match | None
    ) -> tuple[Match, Evidence]:
        """The candidate the decision trusts most. A follow-up's is the fact most labelled
        follow-ups of the same fact, worded alike, went to, when there is one: the answer model,
        fitted on questions asked alone, can't tell where "who else?" goes from there."""
        if question.in_context:
            for match, evidence in weighed:
                if match is voted:
                    return match, evidence
        return max(weighed, key=lambda weighed_match: self.model.confidence(weighed_match[1]))

    def _voted(self, question: Question, giving: list[Match]) -> Match | None:
        """The ranked fact most of the question's nearest labelled questions were answered
        right with, when it holds VOTED of their weight. A follow-up's are the labelled
        follow-ups of the same fact: its words, read with the last fact's, are no match for
        questions asked on their own, and where "who else?" goes depends on what came before."""
        votes = self._following_votes(question) if question.in_context else question.precedents.votes
        match = max(giving, key=lambda match: round(votes.get(match.fact.id, 0.0), VOTE_DIGITS), default=None)
        return match if match is not None and votes.get(match.fact.id, 0.0) >= VOTED else None

    def ask(self, text: str, about: Fact | None = None, asked_source: bool = False) -> Answer:
        """The answer to a message, with the newest claim first when a later report superseded it.
        `about`: the fact the conversation was last about, if any (in_conversation.py chooses
        among the readings); `asked_source`: its last question asked who wrote it or which article."""
        answer = self.conversation.answer(text, about, asked_source)
        if answer.kind is AnswerKind.FACT and answer.fact is not None:
            latest = self.knowledge.latest(answer.fact)
            if latest is not answer.fact:
                return replace(answer, fact=latest, earlier=answer.fact)
        return answer

    def counterpart(self, reading: Question) -> Answer | None:
        """ "And the other article?": what it says of the same thing, when it says something; the
        decision would doubt it, since the last fact's own words (its names) are not the other's."""
        seen = self.closest_reading(reading)
        # The last fact's own words lift it first: what the other article says comes after it.
        top = next((match for match in seen.matches if match.fact.article_ids & reading.articles), None)
        if seen.candidate is None or top is None or top.score < SUGGEST_THRESHOLD:
            return None
        # The first match citing the other article alone is what that article says, whichever fact both cite.
        if seen.candidate is not top and not top.fact.article_ids <= reading.articles:
            return None
        return reading.answered_with(top.fact, top.score)

    def followable(self, about: Fact | None) -> Fact | None:
        """The fact a conversation's next message may follow up: none after an answer about the
        articles themselves ("which article mentions Qingdao?"), which has nothing to follow."""
        return about if about is not None and about.id in self._story_facts else None

    def read_in_conversation(self, text: str, about: Fact | None, asked_source: bool) -> Question:
        """A message read with the article the conversation points it at, if any."""
        question = self.follow_ups.pointed(self.read(text), about, asked_source)
        if question.other_article and question.articles and question.mention is None:
            return replace(question, mention=self.reader.mention_in(question, question.articles))
        return question

    def as_follow_up(self, question: Question, about: Fact | None, answered_alone: bool) -> Question | None:
        """The message read with the conversation's fact, when it leans on it or cannot be
        answered alone ("what does that mean for newcomers like Xiaomi?"); else None."""
        if about is None or not self.follow_ups.leans_on_context(question, about, answered_alone):
            return None
        return self.follow_ups.with_context(question, about)

    def answers_alone(self, question: Question) -> bool:
        """Whether a message is answered on its own, whatever the conversation."""
        return self.answer_reading(question)[0].answered

    def answer_reading(self, question: Question, following: FollowingUp | None = None) -> tuple[Answer, float]:
        """The answer and the confidence in its reading; `following`: what a follow-up, read
        with the conversation's fact, is weighed with."""
        return self.answer_seen(question.text, self.closest_reading(question), following)

    def answer_seen(self, text: str, seen: Consideration, following: FollowingUp | None = None) -> tuple[Answer, float]:
        """The answer to a message of that text, as the reading `seen` decides it."""
        if seen.evidence is None:
            return Answer(text, AnswerKind.UNKNOWN), 0.0
        top = seen.matches[0]
        confidence = self._confidence(seen)
        sure = self._sure(seen, confidence, following) or clearly_unphrased(seen)
        if seen.candidate is not None and sure and not one_word_tie(seen):
            return seen.question.answered_with(seen.candidate.fact, seen.candidate.score, text), confidence
        # A question asking for what its best match does not give ("why would Hyundai sell?",
        # "how much would it cost them?") is declined with what is missing, however unsure
        # the rest of its reading, when every word of it is known to the fact base or it
        # follows up the fact it lacks, or no fact gives what it asks of a party or place of the
        # story ("how much is Xiaomi paying Hyundai?"): the reader learns the articles don't say.
        # One about something the story never mentions ("who is Apple's CEO?", "how much does a
        # Tesla cost?") is simply off the story.
        follows_up_top = following is not None and top.fact.id == following.about.id
        known_words = seen.evidence.unknown == 0.0
        never_given = (
            seen.missing is not None
            and self.details.never_given(seen.missing)
            and self.details.of_the_story(seen.question)
        )
        # A fact giving it that is too unsure to answer with ("what model would BluePark build?":
        # the first car's) leaves the best match lacking it all the same.
        unsure = confidence < min(self.model.suggest_at, self.model.answer_at)
        lacks_asked = (
            (seen.fitting is None or unsure)
            and seen.missing is not None
            and (known_words or follows_up_top or never_given)
        )
        if (unsure and not lacks_asked) or top.score < SUGGEST_THRESHOLD:
            return Answer(text, AnswerKind.UNKNOWN, score=top.score), confidence
        if seen.fitting is None or lacks_asked:
            answer = Answer(text, AnswerKind.UNKNOWN, score=top.score, missing=seen.missing, suggestions=(top.fact,))
            return answer, confidence
        floor = max(SUGGEST_THRESHOLD, top.score - SUGGESTION_WINDOW)
        nearby = tuple(match.fact for match in seen.matches if match.score >= floor)[:MAX_SUGGESTIONS]
        return Answer(text, AnswerKind.SUGGESTIONS, score=top.score, suggestions=nearby), confidence

    def _sure(self, seen: Consideration, confidence: float, following: FollowingUp | None) -> bool:
        if following is None:
            return confidence >= self.model.answer_at
        evidence = follow_up_evidence(seen, following, confidence)
        return self.model.follow_up_confidence(evidence) >= self.model.follow_up_at

    def following_up(self, question: Question, about: Fact, alone: Consideration) -> FollowingUp:
        """What a message's reading as a follow-up of `about` is weighed with; `alone`: its reading on its own."""
        candidate = alone.candidate.fact.id if alone.candidate is not None else None
        return FollowingUp(about, len(self.follow_ups.own_terms(question)), candidate, self._confidence(alone))

    def follow_up_evidence(self, seen: Consideration, following: FollowingUp) -> FollowUpEvidence:
        """What the follow-up model weighs; tools/tune.py fits it on these."""
        return follow_up_evidence(seen, following, self._confidence(seen))

    def _following_votes(self, question: Question) -> dict[str, float]:
        """Where the labelled follow-ups of the conversation's fact worded like this one went."""
        if question.follows is None:
            return {}
        return question.follow_up_precedents.votes_following(question.follows)

    def closest_reading(self, question: Question) -> Consideration:
        """The whole message, or only the sentences that ask when they make more sense alone."""
        asked = asked_sentences(question.text)
        if asked is None:
            return self.consider(question)
        focused = self.consider(self.read(asked))
        focused_confidence = self._confidence(focused)
        if focused.candidate is not None and focused_confidence >= SURE_FOCUSED and not one_word_tie(focused):
            return focused
        whole = self.consider(question)
        return focused if focused_confidence > self._confidence(whole) else whole

    def _confidence(self, seen: Consideration) -> float:
        return self.model.confidence(seen.evidence) if seen.evidence is not None else 0.0
