"""A message within a conversation, given what the last answer was about.

It is answered on its own, as a follow-up of the last fact ("who says so?", "and BAIC?",
"where?"), with what the other article says of that fact, with the reason the fact base
gives for it ("why?"), with what the fact base gives as done about it ("what's the
workaround?"), with the others it links to it ("who else?"), with the option an ordinal
names ("the second path?"), with the other article's list after one article's ("¿y el
segundo?"), with the writer it means, or with more of the last fact; one that stands on its
own, and surely, is answered on its own (from the other article, said so, when it asks what
only that one says); otherwise the surer of the two readings is. The engine reads and
decides; this chooses among its readings.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from bot.answering.follow_ups import SHORT_FOLLOW_UP_TERMS
from bot.answering.question import Question
from bot.models import Answer, AnswerKind, Fact, Slot

if TYPE_CHECKING:
    from bot.answering.engine import Engine

# A follow-up asking more of the last fact is answered with it unless this share of the
# labelled follow-ups asking much the same after that fact were ones the articles don't answer.
UNANSWERED_FOLLOWING = 0.5
# A message leaning on the conversation but naming its own subject is answered on its own when
# that reading is at least this sure; a less sure one ("is that the official word?", read
# alone about the talks) is weighed as a follow-up as well.
SURE_ALONE = 0.8
# A question asking what one article says is answered from the other only when no fact of its
# own comes within this of the best match's score.
ELSEWHERE_MARGIN = 0.05


class ConversationAnswers:
    """How one engine answers a message in a conversation; built with the engine."""

    def __init__(self, engine: Engine) -> None:
        self._engine = engine

    def answer(self, text: str, about: Fact | None = None, asked_source: bool = False) -> Answer:
        """The answer as read from the fact base; `about` is the fact the conversation was last
        about, if any; `asked_source`: the last question asked who wrote it or which article."""
        engine = self._engine
        last = about
        about = engine.followable(about)
        # A writer's own fact said who wrote an article, as "who wrote it?" would have.
        asked_source = asked_source or (about is not None and about.id in engine.article_answers.byline_ids)
        question = engine.read_in_conversation(text, about, asked_source)
        return self._standing_of(question, about, self._chosen(text, question, about, last, asked_source))

    def _chosen(
        self, text: str, question: Question, about: Fact | None, last: Fact | None, asked_source: bool
    ) -> Answer:
        """The answer among the readings; `last`: the conversation's fact before it was made followable."""
        engine = self._engine
        if question.intent.small_talk is not None:
            return Answer(text, AnswerKind.SMALLTALK, small_talk=question.intent.small_talk.value)
        listed = self._listed_in_the_other(question, last)
        if listed is not None:
            return question.answered_with(listed, 1.0)
        option = engine.follow_ups.option_meant(question, about) if about is not None else None
        if option is not None:
            return question.answered_with(engine.knowledge.fact(option) or about, 1.0)
        named = engine.article_answers.answer(question, about) or engine.article_answers.summary(question)
        if named is not None:
            return named
        if about is not None and engine.follow_ups.asks_its_writer(question):
            return question.answered_with(about, 1.0)  # with its article and writer first
        writer = (
            self._writer_named_alone(question)
            or self._writer_meant(question, about, asked_source)
            or self._writer_titled(question, about)
        )
        if writer is not None:
            return question.answered_with(writer, 1.0)
        names_its_subject = engine.follow_ups.names_its_subject(question)
        # "Elenor Kling background": about the writer herself, read alone without her name pointing at her article.
        about_a_writer = bool(question.named_writers) and names_its_subject
        alone_reading = engine.closest_reading(engine.read(text) if about_a_writer else question)
        alone, alone_confidence = engine.answer_seen(text, alone_reading)
        follow_up = engine.as_follow_up(question, about, alone.answered)
        # "What is this story about?" asks for the gist whatever the conversation was about.
        asks_gist = Slot.SUMMARY in question.intent.slots
        stands_alone = alone.answered and (asks_gist or (names_its_subject and alone_confidence >= SURE_ALONE))
        if about is not None and self._of_the_others(question, about):
            stands_alone = False  # "is that the only option?": its subject is what the others are
        if follow_up is None or about is None or stands_alone:
            return alone if alone.answered else self._said_elsewhere(question) or alone
        if question.articles - about.article_ids and not names_its_subject:
            # "Who wrote it?" "And the other article?", "e secondo Cobucci?": what that article says of it.
            counterpart = engine.counterpart(question if question.intent.asks_source else follow_up)
            if counterpart is not None:
                return counterpart
        reason = self._reason_for(question, about, follow_up, names_its_subject and alone.answered)
        if reason is not None:
            return question.answered_with(reason, 1.0)
        response = self._response_meant(question, about, follow_up)
        if response is not None:
            return question.answered_with(response, 1.0)
        others = self._others_meant(question, about, follow_up)
        if others is not None:
            return question.answered_with(others, 1.0)
        in_context, confidence = engine.answer_reading(follow_up, engine.following_up(question, about, alone_reading))
        if self._asks_more_of(question, about):
            return in_context if self._goes_further(question, in_context) else question.answered_with(about, 1.0)
        if self._known_terms(question) <= SHORT_FOLLOW_UP_TERMS or not alone.answered:
            return in_context
        return in_context if in_context.answered and confidence > alone_confidence else alone

    def _standing_of(self, question: Question, about: Fact | None, answer: Answer) -> Answer:
        """ "Has Xiaomi signed anything with Chery yet?", "e hanno firmato qualcosa?": how far what
        the answer tells has got, or the conversation's fact when the message names no one: the
        fact the editor linked as its standing (the talks are kept confidential, their outcome
        uncertain), when the message asks that and not who says it."""
        intent = question.intent
        if not intent.asks_standing or intent.asks_source or intent.asks_attribution:
            return answer
        told = answer.fact if answer.kind is AnswerKind.FACT else None
        if told is None or not told.standing:
            told = about if not question.names else None
        if told is None or not told.standing or (answer.fact is not None and answer.fact.id in told.standing):
            return answer
        standing = self._giving_asked(question, self._linked_ranked_first(question, told.standing))
        if standing is None:
            return answer  # "when will a deal be signed?": a date its standing does not give
        return question.answered_with(standing, answer.score if answer.answered else 1.0)

    def _listed_in_the_other(self, question: Question, last: Fact | None) -> Fact | None:
        """ "Which ministry does the first article name?" "¿Y el segundo?": the other's list."""
        listed = self._engine.article_answers.listed_in_the_other(last)
        if listed is None or last is None or not self._engine.follow_ups.asks_of_the_other(question, last):
            return None
        return listed

    def _said_elsewhere(self, question: Question) -> Answer | None:
        """ "Does the second article say when the car launches?": when only the other article says
        it, that answer, said as not in the one asked about; None when neither does, or it is
        not asked of one article's words but of who wrote it or which names it mentions."""
        if not question.articles or question.intent.asks_source or question.mention is not None:
            return None
        engine = self._engine
        seen = engine.consider(replace(question, articles=frozenset(), words=question.subject))
        answer, _ = engine.answer_seen(question.text, seen)
        if answer.fact is None or answer.fact.article_ids & question.articles or answer.fact.disagreement:
            return None  # "Article 2 blames the ministry, right?": it names another authority
        # "Does the second article say when the car launches?" asks of the debut alone: no fact of
        # the second article comes near it.
        near = [match for match in seen.matches if match.score >= seen.matches[0].score - ELSEWHERE_MARGIN]
        if any(match.fact.article_ids <= question.articles for match in near):
            return None
        absent = tuple(article for article in engine.knowledge.articles if article.id in question.articles)
        return replace(answer, absent_from=absent)

    def _asks_more_of(self, question: Question, about: Fact) -> bool:
        """ "Who says so?", "is that official?": more of the last fact, in its own article, unless
        most labelled follow-ups asking much the same after that fact asked what the articles don't say
        ("which one will they pick?" after Xiaomi's two options)."""
        if question.articles - about.article_ids or not self._engine.follow_ups.asks_more_of(question, about):
            return False
        return question.follow_up_precedents.unanswered_following(about.id) < UNANSWERED_FOLLOWING

    @staticmethod
    def _goes_further(question: Question, in_context: Answer) -> bool:
        """Whether a follow-up asking more of the last fact is better answered as its follow-up
        reading, sure of itself, has it: "is that confirmed?" after the Qingdao plant goes to what
        Bloomberg and BAIC say of the talks, "and the other one?" to the other article's word on it.
        One asking who wrote or reported it, or a detail the last fact gives ("¿en qué ciudad?"),
        keeps to the last fact."""
        intent = question.intent
        return in_context.answered and not (intent.asks_source or intent.asks_attribution or question.asked_details)

    def _reason_for(self, question: Question, about: Fact, follow_up: Question, own_subject: bool) -> Fact | None:
        """ "Why?" after a fact that does not say why (Xiaomi may buy part of Hyundai's plant): the
        fact the editor gave as its reason (it has no licence), the one the follow-up reading ranks
        first; none for a question with a subject of its own, answered alone, nor for one naming
        someone the reason does not ("why is Hyundai selling it?" asks Hyundai's reason)."""
        details = self._engine.details
        if own_subject or not about.reasons or Slot.REASON not in question.asked_details:
            return None
        if details.gives(about, Slot.REASON, question):
            return None
        reason = self._linked_ranked_first(follow_up, about.reasons)
        return reason if reason is not None and details.names_all(reason, question.names) else None

    def _response_meant(self, question: Question, about: Fact, follow_up: Question) -> Fact | None:
        """ "What's the workaround?" after the licence wait: what Xiaomi does about it, the fact
        the editor linked as its response that the follow-up reading ranks first; none when it
        asks a detail that fact does not give."""
        engine = self._engine
        if not engine.follow_ups.asks_for_response(question, about):
            return None
        return self._giving_asked(question, self._linked_ranked_first(follow_up, about.responses))

    def _giving_asked(self, question: Question, linked: Fact | None) -> Fact | None:
        """The linked fact, if it gives every detail the question asks for."""
        details = self._engine.details
        if linked is None or not all(details.gives(linked, slot, question) for slot in question.asked_details):
            return None
        return linked

    def _others_meant(self, question: Question, about: Fact, follow_up: Question) -> Fact | None:
        """ "Is Xiaomi the only one?" after its licence wait: the start-ups that waited too, the
        fact the editor linked as its others ("who else?", "what other options?") that the
        follow-up reading ranks first; none when it asks a detail that fact does not give."""
        if not self._engine.follow_ups.asks_of_others(question, about):
            return None
        return self._giving_asked(question, self._linked_ranked_first(follow_up, about.others))

    def _of_the_others(self, question: Question, about: Fact) -> bool:
        """ "Is that the only option?", "any other plant on the table?" after BAIC's plant: asking
        of the others the fact base links, in words those others use ("is that the only agency
        mentioned?" after the licence wait asks of no start-up)."""
        engine = self._engine
        if not engine.follow_ups.asks_of_others(question, about):
            return False
        others = [fact for fact in map(engine.knowledge.fact, about.others) if fact is not None]
        subject = engine.follow_ups.subject_terms(question)
        return all(any(engine.matcher.uses(other, term) for other in others) for term in subject)

    def _linked_ranked_first(self, follow_up: Question, linked: tuple[str, ...]) -> Fact | None:
        """Of the facts the fact base links (its reasons, responses or others), the one the follow-up
        reading ranks first."""
        ranked = [match.fact for match in self._engine.closest_reading(follow_up).matches if match.fact.id in linked]
        return ranked[0] if ranked else self._engine.knowledge.fact(linked[0])

    def _writer_meant(self, question: Question, about: Fact | None, asked_source: bool) -> Fact | None:
        """ "Who wrote the piece on Qingdao?" "What's her background?": her byline, unless the
        message asks what it does not give ("how old is she?", "does she cite sources?")."""
        if about is None:
            return None
        engine = self._engine
        # The last answer named a writer: it said who wrote it, or it was a writer's own fact.
        on_writer = asked_source or about.id in engine.article_answers.byline_ids
        article = engine.follow_ups.writer_meant(question, about, on_writer)
        byline = engine.article_answers.byline(article) if article is not None else None
        if byline is None or question.intent.asks_statement or question.intent.asks_attribution:
            return None
        gives_asked = all(engine.details.gives_now(byline, slot, question) for slot in question.asked_details)
        return byline if gives_asked else None

    def _writer_named_alone(self, question: Question) -> Fact | None:
        """ "Kling", "Elenor Kling?": a writer's name and nothing else asks who that is, whatever
        the conversation was about ("and Cobucci?" turns to what that writer's article says)."""
        if len(question.named_writers) != 1 or question.intent.turns_aside:
            return None
        engine = self._engine
        byline = engine.article_answers.byline(next(iter(question.named_writers)))
        if byline is None:
            return None
        name = frozenset(engine.matcher.terms(byline.articles[0].author))
        return byline if engine.follow_ups.own_terms(question) <= name else None

    def _writer_titled(self, question: Question, about: Fact | None) -> Fact | None:
        """ "Who wrote the piece on bureaucratic obstacles?" "And the one about Xiaomi having
        problems manufacturing?": the byline of the article named by its headline, in nothing but its words."""
        engine = self._engine
        titled = question.titled
        if about is None or titled is None or about.id not in engine.article_answers.byline_ids:
            return None
        own = engine.follow_ups.own_terms(question) - {
            word.term for word in question.words if set(word.typed.split()) <= titled.words
        }
        if any(not engine.matcher.story_wide(term) for term in own):
            return None
        return engine.article_answers.byline(titled.article)

    def _known_terms(self, question: Question) -> int:
        return sum(map(self._engine.matcher.knows, question.terms))
