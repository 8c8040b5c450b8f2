"""Reading a message as a follow-up of what the conversation was about.

"Who says so?", "is that official?", "which province is that in?" ask more of the last
fact; "and NIO?" or "how long have they waited?" are read again with the last fact's words
carried over at half weight. A message that names something the story never mentions, or
that points at nothing, stands on its own. "The other article" is the one the last answer
did not cite.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace

from bot.answering.fact_details import FactDetails
from bot.answering.intent import cue_words
from bot.answering.matcher import Matcher
from bot.answering.names import NameFinder
from bot.answering.question import Question
from bot.answering.text import (
    LANGUAGES,
    Vocabulary,
    Word,
    any_phrase,
    content_words,
    fold,
    reading_cues,
    stem,
    without_clitic,
)
from bot.claim_reader import ARTICLE_VOICE
from bot.models import Article, Fact

# A message with at most this many words the fact base knows cannot stand alone after
# a first question: "where is it?", "the whole plant?", "and NIO?".
SHORT_FOLLOW_UP_TERMS = 1
# "Which plant number?": a message this short in the last fact's own words asks more of it.
IN_ITS_WORDS = 3
# "E il secondo?", "and in the second one?": an ordinal alone points at an article only in a message this short.
ORDINAL_FOLLOW_UP_WORDS = 5


class FollowUps:
    """How one fact base reads follow-ups; built with the engine."""

    def __init__(
        self,
        matcher: Matcher,
        vocabulary: Vocabulary,
        names: NameFinder,
        details: FactDetails,
        articles: tuple[Article, ...],
        about_articles: frozenset[str],
    ) -> None:
        self._matcher = matcher
        self._vocabulary = vocabulary
        self._names = names
        self._details = details  # whether a fact gives a kind of detail (the engine's rule), whose statements exist
        self._article_ids = frozenset(article.id for article in articles)
        self._about_articles = about_articles  # the terms that ask about an article itself: author, title
        self._author_words = matcher.read("author", "en")  # "who wrote it?", said again of another article
        self._article_words = matcher.read("article", "en")
        reading = reading_cues()
        self._ordinal_terms = self._terms_of(word for ordinal in reading["article_ordinals"] for word in ordinal)
        self._pointing_terms = self._ordinal_terms | self._terms_of(reading["article_others"])
        self._other_words = frozenset(fold(str(word)) for word in reading["article_others"])
        self._ordinal_words = [
            frozenset(fold(str(word)) for word in ordinal) for ordinal in reading["article_ordinals"]
        ]
        self._option_nouns = frozenset(fold(str(word)) for word in reading["option_nouns"])
        self._other_leads = frozenset(fold(str(words)) for words in reading["article_other_leads"])
        self._person_pronouns = any_phrase(str(word) for word in reading["person_pronouns"])
        self._person_questions = any_phrase(str(words) for words in reading["person_questions"])
        self._verb_endings = {language: tuple(endings) for language, endings in reading["verb_endings"].items()}
        self._headlines: dict[str, tuple[tuple[Word, ...], frozenset[tuple[str, str]]]] = {}
        self._speaking: dict[str, tuple[tuple[Word, ...], frozenset[tuple[str, str]]]] = {}
        self._cue_terms = self._asking_terms()
        self._writer_terms = {article.id: self._terms_of(article.author.split()) for article in articles}

    def _asking_terms(self) -> frozenset[str]:
        """The terms of the words that ask about a claim, leaving out any the synonyms turn into
        a subject of the story ("agency" -> authority): those name what a message is about."""
        terms = set()
        for language in LANGUAGES:
            for word in cue_words():
                for term in self._vocabulary.terms(word, language):
                    if term == stem(fold(word), language):
                        terms.add(term)
        return frozenset(terms)

    def _terms_of(self, words: Iterable[object]) -> frozenset[str]:
        """The terms of some cue words, read in every language."""
        return frozenset(
            term for word in words for language in LANGUAGES for term in self._vocabulary.terms(str(word), language)
        )

    def pointed(self, question: Question, about: Fact | None, asked_source: bool) -> Question:
        """The article a message points at through the conversation: "the other article" is the
        one the last answer did not cite (when it cited both, or there was none, the words are
        read as any others), and after "who wrote it?" it asks the same of the other, as "and the
        one about Qingdao?" asks it of that one; "what does he say?" after an article's own words
        is that article."""
        if about is None:
            return _unpointed(question)
        if question.named_writers:
            # "E Cobucci?", "¿y Kling qué opina?": in a conversation a writer's name points at their article.
            question = self._pointing_at_writers(question)
        if asked_source and question.intent.turns_aside:
            # "Who wrote the piece on the talks?" "And the one about Qingdao?": who wrote that one.
            question = replace(question, intent=replace(question.intent, asks_source=True))
        asks_author = bool(question.terms & {word.term for word in self._author_words})
        names_the_other = self._names_the_other_alone(question)
        if names_the_other and (asked_source or asks_author):
            # "Who wrote the first article?" "And the other one?", or "and the other writer?":
            # who wrote the other article.
            question = replace(question, other_article=True)
            asked_source = True
        elif names_the_other and self._asks_in_the_other(question):
            # "E secondo l'altro?": its words only point.
            kept = tuple(word for word in question.words if word.term not in self._pointing_terms)
            question = replace(question, other_article=True, words=kept, subject=kept)
        if self._names_the_other_by_ordinal(question, about):
            # "E il secondo?" reads as "and the other article?".
            kept = tuple(word for word in question.words if word.term not in self._ordinal_terms)
            question = replace(question, other_article=True, words=(*kept, *self._article_words), subject=kept)
        if question.other_article:
            others = self._article_ids - about.article_ids
            if not others:
                return _unpointed(question)
            pointed = replace(question, articles=question.articles | others)
            if asked_source and not self.subject_terms(question) - self._about_articles:
                # "Who wrote the piece about Qingdao?" "And the other article?": who wrote that one.
                author = self._author_words
                intent = replace(question.intent, asks_source=True)
                return replace(pointed, words=(*question.words, *author), subject=author, intent=intent)
            return pointed
        voiced = about.claimed_by == ARTICLE_VOICE and len(about.article_ids) == 1
        if voiced and question.intent.asks_statement and not question.names_a_party:
            return replace(question, articles=question.articles | about.article_ids)
        if self._asks_another_party_the_same(question, about):
            # "BAIC says it has no information." "And Chery?": what Chery said.
            return replace(question, intent=replace(question.intent, asks_statement=True))
        return question

    def _pointing_at_writers(self, question: Question) -> Question:
        """The message pointed at the articles whose writers it names, its subject the rest."""
        writer_terms = frozenset().union(*(self._writer_terms[article_id] for article_id in question.named_writers))
        subject = tuple(word for word in question.words if word.term not in writer_terms)
        return replace(question, articles=question.articles | question.named_writers, subject=subject)

    def writer_meant(self, question: Question, about: Fact, on_writer: bool) -> str | None:
        """The article whose writer a short message means by "he" or "she" ("what's her
        background?"), or by no pronoun at all ("di cosa si occupa?"), when the last answer,
        about `about`, named a writer (`on_writer`). A message naming a person, or with words of
        its own beyond one ("which ministry does he say Xiaomi waits on?"), asks about something else."""
        if not on_writer or not about.sources or question.names_a_person:
            return None
        folded = fold(question.text)
        if not (self._person_pronouns.search(folded) or self._person_questions.search(folded)):
            return None
        short = len(self.own_terms(question)) <= SHORT_FOLLOW_UP_TERMS
        return about.sources[0].article.id if short else None

    def asks_its_writer(self, question: Question) -> bool:
        """ "¿Quién firma el artículo?", "who wrote the piece?" in a conversation: who wrote the
        article the last answer came from, when it names no article, name or "other" of its own."""
        mention = question.mention
        if mention is None or not mention.byline or mention.articles or mention.names or mention.kind:
            return False
        others = self._other_words.intersection(fold(question.text).split())
        return not (mention.common or question.other_article or question.by_ordinal or others)

    def _asks_another_party_the_same(self, question: Question, about: Fact) -> bool:
        """ "And Chery?" after what a company said: the same asked of another of its kind, in
        nothing but its name ("and Chery?" after what Bloomberg reported asks about Chery)."""
        claimant = self._details.claimant_names(about)
        if not claimant or not question.intent.turns_aside:
            return False
        kinds = {kind for kind, _ in claimant}
        others = [name for kind, name in question.names if kind in kinds and (kind, name) not in claimant]
        name_terms = {word.term for name in others for word in self._matcher.read(name, "en")}
        return bool(others) and self.own_terms(question) <= name_terms

    def option_meant(self, question: Question, about: Fact) -> str | None:
        """The option an ordinal asks of after a fact listing options in order (Xiaomi's two
        paths): "who took the second path?", "e il primo?"; None for "the first car", "the second article"."""
        if not about.options:
            return None
        words = fold(question.text).split()
        meant = {
            position
            for position, ordinal in enumerate(self._ordinal_words)
            for index, word in enumerate(words)
            if word in ordinal and (index + 1 == len(words) or words[index + 1] in self._option_nouns)
        }
        if len(meant) != 1 or min(meant) >= len(about.options):
            return None
        return about.options[min(meant)]

    def asks_of_the_other(self, question: Question, about: Fact) -> bool:
        """ "And the other one?", "¿y el segundo?": the last question asked again of the other
        article, in nothing but words pointing at it."""
        return self._names_the_other_alone(question) or self._names_the_other_by_ordinal(question, about)

    def _names_the_other_alone(self, question: Question) -> bool:
        """ "And the other one?", "¿y el otro?", "the other writer?": "other" and nothing of its
        own but words about an article itself, in a short message (its courtesies aside: "thank
        you kindly, and who wrote the other one, if I may ask?")."""
        words = fold(question.text).split()
        short = len(content_words(question.text)) <= ORDINAL_FOLLOW_UP_WORDS
        own = self.own_terms(question) - self._ordinal_terms  # "secondo l'altro": according to
        return short and bool(self._other_words.intersection(words)) and own <= self._about_articles

    def _asks_in_the_other(self, question: Question) -> bool:
        """ "And in the other one?", "e secondo l'altro?": what the other article says."""
        folded = f" {fold(question.text)} "
        return any(f" {lead} " in folded for lead in self._other_leads)

    def _names_the_other_by_ordinal(self, question: Question, about: Fact) -> bool:
        """ "And the second one?", after an answer from the first article alone: the other article."""
        short = len(question.text.split()) <= ORDINAL_FOLLOW_UP_WORDS
        cited_one = len(about.article_ids) == 1
        return short and cited_one and bool(question.by_ordinal) and not question.by_ordinal & about.article_ids

    def leans_on_context(self, question: Question, about: Fact, answered_alone: bool) -> bool:
        """Whether a message points back ("that", "and ...?"), asks in a word or two about
        something the story knows, has no word of its own, speaks in a few of the last
        fact's own words, or is not answered on its own; a name the story never mentions
        ("Paris", "BYD"), but not a word that only asks ("workaround"), makes it a question of its own."""
        if any(
            not self._matcher.knows(word.term)
            and self._matcher.is_rare(word)
            and word.term not in self._cue_terms
            and not self._is_a_verb(word, question.language)
            for word in question.words
        ):
            return False
        if not answered_alone:
            return True
        pointing = question.intent.points_back or bool(question.asked_details)
        # "¿De quién es?", "di chi è?": Italian and Spanish drop the pronoun, leaving no word of its own
        # (an emoji alone is no question).
        wordless = not question.words and any(character.isalpha() for character in question.text)
        own = len(self.own_terms(question))
        return pointing or wordless or 1 <= own <= SHORT_FOLLOW_UP_TERMS or self._in_its_words(question, about)

    def _in_its_words(self, question: Question, about: Fact) -> bool:
        """ "Which plant number?" after the Hyundai plant: a few words, all of them the last fact's
        (a single word, "autonomia?", is read as any short follow-up)."""
        own = self.own_terms(question)
        short = len(question.text.split()) <= IN_ITS_WORDS
        return short and len(own) > SHORT_FOLLOW_UP_TERMS and all(self._matcher.uses(about, term) for term in own)

    def asks_more_of(self, question: Question, about: Fact) -> bool:
        """Whether a follow-up asks about the last fact itself ("who says so?", "is that official?",
        "which province is that in?"): it points back, every word it shares with the base is the
        fact's, and the fact gives the kind of detail it asks for."""
        asked = question.asked_details
        # "With which company?" after BAIC's plant: a kind of name the fact gives (BAIC).
        kind_named = question.asked_for is not None and self._details.names_its_kind(about, question.asked_for)
        if not (question.intent.points_back or asked or kind_named or self._in_its_words(question, about)):
            return False
        if self._beyond(question, about):
            return False  # "is that the only option?" asks of the others
        if self._names_a_rare_subject(question):
            return False  # "where is BAIC?" names its subject ("why would Xiaomi bother?" only the story's)
        if not all(self._details.gives(about, slot, self._naming_its_places(question, about)) for slot in asked):
            return False
        if not asked and not self._details.explains_asked(about, question.asked_for):
            return False  # "e a che condizioni?": conditions the last fact never speaks of
        own = self.own_terms(question)
        asked_kind = question.asked_for.term if kind_named and question.asked_for is not None else None
        new = [
            word
            for word in question.words
            if word.term in own and not self._matcher.uses(about, word.term) and word.term != asked_kind
        ]
        # "¿en qué ciudad?", "which plant number": a detail the fact gives, asked in a common word.
        return not new or (bool(asked) and len(new) == 1 and not self._matcher.is_rare(new[0]))

    def asks_of_others(self, question: Question, about: Fact) -> bool:
        """ "Is Xiaomi the only one?", "what else are they looking at?": of the others the fact
        base links to the last fact, naming nothing of its own but the story's own subject
        ("what other plants does Hyundai have?" asks of Hyundai)."""
        if not about.others or not self._beyond(question, about) or self.asks_of_the_other(question, about):
            return False  # "and the other one?" asks of the other article
        return not self._names_a_rare_subject(question)

    def asks_for_response(self, question: Question, about: Fact) -> bool:
        """ "What's the workaround?", "e allora come fa?": what is done about the last fact, when
        the fact base links what is ("what's Hyundai doing about it?" names its own subject)."""
        if not about.responses or not question.intent.asks_response or self.asks_of_the_other(question, about):
            return False
        return not self._names_a_rare_subject(question)

    def _names_a_rare_subject(self, question: Question) -> bool:
        """Whether a message names something rare besides the story's own subject: "where is BAIC?"
        ("what's the workaround?" only asks)."""
        return any(
            self._matcher.is_rare(word)
            and not self._matcher.story_wide(word.term)
            and word.term not in self._cue_terms
            and not self._is_a_verb(word, question.language)
            for word in question.words
        )

    def _is_a_verb(self, word: Word, language: str) -> bool:
        """A rare word ending as Italian or Spanish verbs do ("converrebbe", "optaron"), not a name."""
        typed = without_clitic(word.typed, language)
        return not word.named and typed.endswith(self._verb_endings.get(language, ()))

    def _beyond(self, question: Question, about: Fact) -> bool:
        """ "What other options are there?", "is Xiaomi the only one?": something besides the last
        fact ("the other article" points at an article instead; "who else?" after the three
        carmakers Xiaomi talks to asks of the others that fact lists)."""
        if not question.intent.asks_beyond or question.other_article:
            return False
        return not self._details.lists(about, question.names)

    def subject_terms(self, question: Question) -> frozenset[str]:
        """Its own terms that say what it is about, not that it points at an article ("l'altro
        articolo", "the first one", "and according to Cobucci?"; "Kling?" alone asks about her)."""
        own = self.own_terms(question)
        if question.articles and question.intent.turns_aside:
            pointing_words = question.terms - {word.term for word in question.subject}
            return own - pointing_words - self._pointing_terms
        return own - self._pointing_terms if question.other_article or question.by_ordinal else own

    def names_its_subject(self, question: Question) -> bool:
        """Whether a message names what it is about: "Who wrote that article?", "e l'altro
        articolo?" name nothing of their own (article words only point), nor does "what does
        that mean for Xiaomi?" (only the story's own subject)."""
        subject_terms = self.subject_terms(question) - self._about_articles
        return any(not self._matcher.story_wide(term) for term in subject_terms)

    def own_terms(self, question: Question) -> frozenset[str]:
        """The words of a message that name what it is about: known to the base, not asking words."""
        asking = question.intent.attribution_words
        terms = {word.term for word in question.words if word.typed not in asking}
        return frozenset(term for term in terms - self._cue_terms if self._matcher.knows(term))

    def with_context(self, question: Question, about: Fact) -> Question:
        """The message with the words of the fact's question and first topic carried over, at less
        weight ("who has to give it?" after "Why is the car delayed?" is about the licence); "and
        BAIC?" asks the same of something else, so the last fact is not its answer. The places
        that question names come too: after "What is BluePark?", "where is it?" asks where
        BluePark is, which "at BluePark" does not answer."""
        carried = tuple(
            replace(word, carried=True) for word in self._headline(about)[0] if word.term not in question.terms
        )
        turns_aside = question.intent.turns_aside and bool(self.own_terms(question))
        turned_from = about.id if turns_aside or self._beyond(question, about) else None
        asked_of, companies = self._companies_asked_of(question, about)
        named = self._naming_its_places(question, about)
        return replace(
            named,
            words=(*question.words, *asked_of, *carried),
            subject=(*question.subject, *asked_of, *carried),
            turned_from=turned_from,
            names=named.names | companies,
            follows=about.id,
        )

    def _companies_asked_of(
        self, question: Question, about: Fact
    ) -> tuple[tuple[Word, ...], frozenset[tuple[str, str]]]:
        """ "Did any of them comment?": what someone said, asked of no one by name, is asked of the
        companies the last fact names whose statements the articles report, as if the reader had named them."""
        names_someone = question.names_a_party or any(self._matcher.is_rare(word) for word in question.words)
        if not question.intent.asks_statement or names_someone:  # "did Xiaomi itself comment?" names it
            return (), frozenset()
        return self._speakers(about)

    def _speakers(self, fact: Fact) -> tuple[tuple[Word, ...], frozenset[tuple[str, str]]]:
        """The words and names of the companies a fact names whose statements the articles
        report (BAIC in the talks with carmakers), read once per fact."""
        if fact.id not in self._speaking:
            companies = [name for name in sorted(self._names.find(fold(fact.answer))) if name[0] == "company"]
            words_of = {name: self._matcher.read(name[1], "en") for name in companies}
            speaking = [
                name for name in companies if self._details.names_a_claimant(frozenset(w.term for w in words_of[name]))
            ]
            words = tuple(word for name in speaking for word in words_of[name])
            self._speaking[fact.id] = (words, frozenset(speaking))
        return self._speaking[fact.id]

    def _naming_its_places(self, question: Question, about: Fact) -> Question:
        return replace(question, names=question.names | self._headline(about)[1])

    def _headline(self, fact: Fact) -> tuple[tuple[Word, ...], frozenset[tuple[str, str]]]:
        """The words of a fact's question and first topic, and the places the question names, read once per fact."""
        if fact.id not in self._headlines:
            places = frozenset(name for name in self._names.find(fold(fact.headline)) if name[0] == "place")
            words = self._matcher.read(" ".join((fact.headline, *fact.topics[:1])), "en")
            self._headlines[fact.id] = (words, places)
        return self._headlines[fact.id]


def _unpointed(question: Question) -> Question:
    """ "The other article" with no other to point at: its words are read as any others."""
    if not question.other_article or question.articles:
        return question
    return replace(question, subject=question.words)
