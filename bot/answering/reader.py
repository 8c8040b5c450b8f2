"""Reading a message once: the Question that intent, matching and the conversation share."""

from __future__ import annotations

from dataclasses import replace

from bot.answering.intent import Intent, read_intent, summary_cues
from bot.answering.matcher import Matcher
from bot.answering.meaning import MeaningIndex
from bot.answering.mentions import MentionQuestion, MentionReader, Titled
from bot.answering.names import NameFinder
from bot.answering.precedents import PrecedentIndex
from bot.answering.question import PARTY_KINDS, Question, names_a_party
from bot.answering.references import ArticleReferences
from bot.answering.text import Vocabulary, Word, after_asking_word, fold, named_words
from bot.models import Article, Slot

# Longer messages are read up to here: a question is never this long, and reading is quadratic in places.
MAX_QUESTION_CHARS = 1000
# A message names an article by its headline with this many of the headline's words.
TITLE_WORDS = 2


class QuestionReader:
    """Reads messages against one fact base: its words, names, articles and meanings."""

    def __init__(
        self,
        vocabulary: Vocabulary,
        matcher: Matcher,
        meanings: MeaningIndex,
        articles: tuple[Article, ...],
        names: NameFinder,
    ) -> None:
        self._vocabulary = vocabulary
        self._matcher = matcher
        self._meanings = meanings
        self._references = ArticleReferences(articles)
        self._names = names
        self._mentions = MentionReader(names)
        self._title_terms = {
            article.id: frozenset(
                word.term for word in matcher.read(article.title, "en") if not matcher.story_wide(word.term)
            )
            for article in articles
        }
        self._summary_terms = frozenset(term for phrase in summary_cues() for term in matcher.terms(phrase))

    def read(self, text: str, precedents: PrecedentIndex, follow_up_precedents: PrecedentIndex) -> Question:
        """The message as one Question, its nearness to the `precedents` (of questions asked
        alone, and of follow-ups) worked out when asked."""
        text = text[:MAX_QUESTION_CHARS]
        language = self._vocabulary.language(text)
        words = self._matcher.read(text, language)
        capitalised = named_words(text)
        reference = self._references.find(text)
        pointing = reference.articles or reference.other
        subject = self._matcher.read(reference.rest, language, capitalised) if pointing else words
        asked = after_asking_word(text)
        asked_words = self._matcher.read(asked, language) if asked else ()
        meaning = self._meanings.nearness(text)
        folded = fold(text)
        names = self._names.find(folded)
        titled = self._titled(words)
        intent = read_intent(text, language)
        if intent.statement_by_pronoun and names_a_party(names):
            # "and Chery, did they say anything?": they are Chery, not the articles.
            intent = replace(intent, asks_statement=True)
        if Slot.SUMMARY in intent.slots and not self._asks_only_gist(subject):
            # "Summarise the two routes", "the 'read also' link: what is it about?": what it names answers it.
            intent = replace(intent, slots=intent.slots - {Slot.SUMMARY})
        return Question(
            text,
            language,
            words,
            intent,
            reference.articles,
            subject,
            next((word for word in asked_words if not self._matcher.is_rare(word)), None),
            other_article=reference.other,
            by_ordinal=reference.by_ordinal,
            names=names,
            guessed_places=self._names.guessed_places(text),
            set_aside=self._names.set_aside(text),
            named_writers=reference.writers,
            speaker=self._speaker(intent, language, capitalised),
            mention=self._mentions.read(folded, names, reference.articles, reference.rest, titled),
            titled=titled,
            meaning=meaning,
            precedents=precedents.resemblance(meaning, intent.asked_kinds),
            follow_up_precedents=follow_up_precedents.resemblance(meaning, intent.asked_kinds),
        )

    def mention_in(self, question: Question, articles: frozenset[str]) -> MentionQuestion | None:
        """What a message asks of where the articles name something, once the conversation has
        told which article "the other article" is ("does the other one mention Hyundai?")."""
        reference = self._references.find(question.text)
        return self._mentions.read(fold(question.text), question.names, articles, reference.rest, question.titled)

    def _asks_only_gist(self, subject: tuple[Word, ...]) -> bool:
        """Whether a message asking for a summary names nothing of the story but the story itself."""
        return all(word.term in self._summary_terms or self._matcher.story_wide(word.term) for word in subject)

    def _titled(self, words: tuple[Word, ...]) -> Titled | None:
        """The article a message names by its headline's words ("the piece about bureaucratic
        obstacles"): two or more of them, one that no other headline has, and more than of any
        other headline."""
        terms = {word.term for word in words}
        hits = {article_id: terms & title for article_id, title in self._title_terms.items()}
        ranked = sorted(hits, key=lambda article_id: len(hits[article_id]), reverse=True)
        if not ranked or len(hits[ranked[0]]) < TITLE_WORDS:
            return None
        best = ranked[0]
        others = frozenset().union(*(title for article_id, title in self._title_terms.items() if article_id != best))
        if any(len(hits[other]) >= len(hits[best]) for other in ranked[1:]) or not hits[best] - others:
            return None
        typed = (word.typed.split() for word in words if word.term in hits[best])  # "electric car" is two words
        return Titled(best, frozenset(part for parts in typed for part in parts))

    def _speaker(self, intent: Intent, language: str, capitalised: frozenset[str]) -> frozenset[str]:
        """Who a question asks to have said something: the names (words rare in the language at
        large) just before the word asking it ("what did Xiaomi itself say?"), else just after
        ("¿qué dijo BAIC?"). None: it asks no one by name ("did the company comment?").
        `capitalised`: the words the message writes with a capital."""
        for side in intent.speaker_words:
            window = " ".join(side)
            rare = {
                word.term for word in self._matcher.read(window, language, capitalised) if self._matcher.is_rare(word)
            }
            parties = [name for kind, name in self._names.find(window) if kind in PARTY_KINDS]
            named = rare | {word.term for name in parties for word in self._matcher.read(name, "en")}
            if named:
                return frozenset(named)
        return frozenset()
