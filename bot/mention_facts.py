"""Facts made from the article texts themselves: which article names what.

Readers hold the two articles against each other ("Which article mentions Qingdao?", "Does
the Spanish one mention Chery?", "Which outlet do both cite?"). The editor's facts say what
the story is; these say where each name of answering/language/names.yaml stands in the
articles, quoting the sentence, so they are made when the fact base loads and never drift
from the texts. Their words come from the catalogs (mention-* messages).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from bot.answering.names import NameFinder
from bot.answering.text import fold
from bot.claim_reader import ARTICLE_VOICE
from bot.languages.catalog import Texts
from bot.models import Article, Fact, Source, Status, Translations

# The topic the facts about the articles themselves are filed under.
TOPIC = "sources"
# Sentences quoted per article for a list of names: enough to show where, short enough to read.
MAX_QUOTES = 3
_SENTENCES = re.compile(r"(?<=[.!?])\s+(?!\d)|\n+")  # "plant No. 2" goes on
_SLUG = re.compile(r"[^a-z0-9]+")
# The catalogs' words for where a name stands ("both articles", "the other one", "first",
# "second") are for a pair of articles; with more or fewer, each name lists its articles' authors.
PAIR = 2
# Which articles a list of names of a kind covers: one article (its position), or every one of them.
COMMON, ANY = "all", "any"

Named = dict[str, dict[tuple[str, str], tuple[str, ...]]]  # article id -> (kind, name) -> sentences naming it


def name_fact_id(name: str) -> str:
    return "named-" + _slug(name)


def absent_fact_id(name: str, position: int) -> str:
    """The fact that the article at `position` (1 for the first) does not name it, though another does."""
    return f"named-{_slug(name)}-not-{position}"


def kind_fact_id(kind: str, scope: str) -> str:
    """`scope`: an article's position ("1"), COMMON (what every article names) or ANY (what any names)."""
    return f"named-{kind}-{scope}"


def _slug(name: str) -> str:
    return _SLUG.sub("-", fold(name)).strip("-")[:40]


def mention_facts(articles: Sequence[Article], names: NameFinder, wordings: dict[str, Texts]) -> tuple[Fact, ...]:
    """Every fact about where the articles name things, worded in every language of `wordings`."""
    authors = {article.author for article in articles}
    writer = _Writer(articles, {article.id: _names_in(article, names, authors) for article in articles}, wordings)
    keys = list(dict.fromkeys(key for named in writer.named.values() for key in named))
    facts = []
    for key in keys:
        facts.append(writer.where_named(key))
        facts.extend(writer.absent(key, article) for article in articles if key not in writer.named[article.id])
    for kind in dict.fromkeys(kind for kind, _ in keys):
        of_kind = [key for key in keys if key[0] == kind]
        for article in articles:
            if listed := [key for key in of_kind if key in writer.named[article.id]]:
                facts.append(writer.kind_in(kind, article, listed))
        if len(articles) > 1:
            if common := [key for key in of_kind if all(key in writer.named[a.id] for a in articles)]:
                facts.append(writer.kind_everywhere(kind, common))
            facts.append(writer.kind_anywhere(kind, of_kind))
    return tuple(facts)


def _names_in(article: Article, names: NameFinder, authors: set[str]) -> dict[tuple[str, str], tuple[str, ...]]:
    """(kind, name) -> the sentences of the article naming it, in the article's order; the
    authors' bylines are not mentions."""
    named: dict[tuple[str, str], list[str]] = {}
    for sentence in (part.strip() for part in _SENTENCES.split(article.text)):
        for kind, name in sorted(names.find(fold(sentence))):
            if name not in authors:
                named.setdefault((kind, name), []).append(sentence)
    return {key: tuple(sentences) for key, sentences in named.items()}


@dataclass(frozen=True)
class _Writer:
    articles: Sequence[Article]
    named: Named
    wordings: dict[str, Texts]  # language -> its catalog

    def where_named(self, key: tuple[str, str]) -> Fact:
        _, name = key
        naming = self._naming(key)

        def answer(words: Texts) -> str:
            if len(naming) == len(self.articles) == PAIR:
                return words("mention-all", name=_shown(name, words))
            if len(naming) == 1 and len(self.articles) == PAIR:
                article = naming[0]
                return words(
                    "mention-one", name=_shown(name, words), position=self._position(article), author=article.author
                )
            return words("mention-some", name=_shown(name, words), authors=_listed([a.author for a in naming], words))

        def question(words: Texts) -> str:
            return words("mention-question", name=_shown(name, words))

        return self._fact(name_fact_id(name), self._first_sentences([key], naming), answer, question)

    def absent(self, key: tuple[str, str], article: Article) -> Fact:
        """ "Does the second article mention Chery?" "No: ... the first does. Instead it names
        these companies: ...": the article asked about is cited for what it names instead."""
        kind, name = key
        naming = self._naming(key)
        position = self._position(article)
        instead = [other for other in self.named[article.id] if other[0] == kind]

        def answer(words: Texts) -> str:
            others = _listed([a.author for a in naming], words)
            said = words(
                "mention-not", name=_shown(name, words), position=position, author=article.author, authors=others
            )
            if not instead:
                return said
            names = _listed([_shown(other, words) for _, other in instead], words)
            return f"{said} {words('mention-instead', kind=kind, names=names)}"

        def question(words: Texts) -> str:
            return words("mention-not-question", name=_shown(name, words), position=position)

        asked = self._first_sentences(instead, [article]) or (Source(article, article.title),)
        return self._fact(
            absent_fact_id(name, position), (*asked, *self._first_sentences([key], naming)), answer, question
        )

    def kind_in(self, kind: str, article: Article, listed: list[tuple[str, str]]) -> Fact:
        position = self._position(article)

        def answer(words: Texts) -> str:
            names = _listed([_shown(name, words) for _, name in listed], words)
            return words("mention-kind-one", kind=kind, names=names, position=position, author=article.author)

        def question(words: Texts) -> str:
            return words("mention-kind-question-one", kind=kind, position=position)

        return self._fact(kind_fact_id(kind, str(position)), self._first_sentences(listed, [article]), answer, question)

    def kind_everywhere(self, kind: str, listed: list[tuple[str, str]]) -> Fact:
        def answer(words: Texts) -> str:
            return words(
                "mention-kind-all", kind=kind, names=_listed([_shown(name, words) for _, name in listed], words)
            )

        def question(words: Texts) -> str:
            return words("mention-kind-question-all", kind=kind)

        return self._fact(kind_fact_id(kind, COMMON), self._first_sentences(listed, self.articles), answer, question)

    def kind_anywhere(self, kind: str, listed: list[tuple[str, str]]) -> Fact:
        """ "Which outlets do the two articles cite?": each name with where it stands."""

        def answer(words: Texts) -> str:
            return words(
                "mention-kind-any", kind=kind, names=_listed([self._placed(key, words) for key in listed], words)
            )

        def question(words: Texts) -> str:
            return words("mention-kind-question-any", kind=kind)

        return self._fact(kind_fact_id(kind, ANY), self._first_sentences(listed, self.articles), answer, question)

    def _placed(self, key: tuple[str, str], words: Texts) -> str:
        """ "Bloomberg (in both)", "Cailian (only in the second, by Elenor Kling)"."""
        name = _shown(key[1], words)
        naming = self._naming(key)
        if len(naming) == len(self.articles) == PAIR:
            return words("mention-in-all", name=name)
        if len(naming) == 1 and len(self.articles) == PAIR:
            return words("mention-in-one", name=name, position=self._position(naming[0]), author=naming[0].author)
        return words("mention-in-some", name=name, authors=_listed([a.author for a in naming], words))

    def _naming(self, key: tuple[str, str]) -> list[Article]:
        return [article for article in self.articles if key in self.named[article.id]]

    def _position(self, article: Article) -> int:
        return list(self.articles).index(article) + 1

    def _first_sentences(self, keys: list[tuple[str, str]], articles: Sequence[Article]) -> tuple[Source, ...]:
        """Where each article first names each of the keys, a sentence once, at most MAX_QUOTES an article."""
        return tuple(
            Source(article, sentence)
            for article in articles
            for sentence in list(
                dict.fromkeys(self.named[article.id][key][0] for key in keys if key in self.named[article.id])
            )[:MAX_QUOTES]
        )

    def _fact(
        self,
        fact_id: str,
        sources: tuple[Source, ...],
        answer: Callable[[Texts], str],
        question: Callable[[Texts], str],
    ) -> Fact:
        translations = tuple(
            (language, field, write(words))
            for language, words in self.wordings.items()
            if language != "en"
            for field, write in (("answer", answer), ("question", question))
        )
        english = self.wordings["en"]
        return Fact(
            fact_id,
            (TOPIC,),
            (question(english),),
            answer(english),
            ARTICLE_VOICE,
            Status.STATED,
            sources,
            translations=Translations(translations),
        )


def _shown(name: str, words: Texts) -> str:
    """A name as a reply in the reader's language writes it: names.yaml's "the" is English."""
    return name.removeprefix("the ") if words.language != "en" else name


def _listed(items: Sequence[str], words: Texts) -> str:
    """ "A, B and C" in the reader's language."""
    if len(items) == 1:
        return items[0]
    return f"{', '.join(items[:-1])} {words('list-and')} {items[-1]}"
