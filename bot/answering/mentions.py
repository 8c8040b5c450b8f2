"""Questions about where the articles name something: "Which article mentions Qingdao?", "Do
both articles cite Bloomberg?", "Which carmaker shows up in both articles?", and who wrote them.

They are asked of the article texts, not matched against the story's facts: the answers
are the facts bot/mention_facts.py makes from the texts. This module only tells such a
question from one about the story in an article ("What does the second article say about
Hyundai?"); its cues live in language/reading.yaml (`mentions`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from bot.answering.names import NameFinder
from bot.answering.text import any_phrase, content_words, fold, phrase_alternatives, reading_cues

# "Which Chinese outlet does the second article cite?": a word of its own beside the verb
# when a kind of name is asked for; more ("...and which one talks about the launch date?"),
# or any beside a name ("does the first article mention BAIC denying?"), asks about the story.
_MAX_OWN_WORDS = 1
# "Is the author of the Spanish article into cars?", "Who wrote about the Qingdao plant?":
# who wrote an article, with a few words of its own about the author or what the article names.
_MAX_BYLINE_WORDS = 2
_MAX_BYLINE_WORDS_BY_NAME = 3


@dataclass(frozen=True)
class MentionQuestion:
    """What a question about where the articles name something asks."""

    names: tuple[str, ...]  # the names asked about, as they stand in the question
    kind: str | None = None  # the kind of name asked for ("Which carmaker is in both articles?")
    articles: frozenset[str] = frozenset()  # the articles it asks about ("Does the first article...?")
    common: bool = False  # every article: of a kind, what all of them name ("both articles"), not what any does
    byline: bool = False  # who wrote the article asked about, or the one that names `names`


@dataclass(frozen=True)
class Titled:
    """An article a message names by words of its headline, and those words as typed."""

    article: str
    words: frozenset[str]


class MentionReader:
    """Tells a question about where the articles name something from one about the story."""

    def __init__(self, names: NameFinder) -> None:
        cues = reading_cues()["mentions"]
        asking = phrase_alternatives(cues["asking"])
        nouns = phrase_alternatives(cues["nouns"])
        determiners = phrase_alternatives(cues["determiners"])
        kinds = dict(names.kind_words) | {fold(word): "outlet" for word in cues["sources"]}
        both, together = phrase_alternatives(cues["both"]), phrase_alternatives(cues["together"])
        self._names = names
        self._kinds = kinds
        self._which_article = _words(
            rf"(?:{asking})\s+(?:(?:{phrase_alternatives(cues['of_the_two'])})\s+)?(?:{nouns})"
        )
        # "Which Chinese outlet...", "is another source quoted?": a kind of name asked for.
        asking_kind = rf"{asking}|{phrase_alternatives(cues['besides'])}"
        self._which_kind = _words(rf"(?:{asking_kind})\s+(?:[a-z]+\s+){{0,2}}?({phrase_alternatives(kinds)})")
        self._both = re.compile(
            rf"(?<![a-z0-9])(?:(?:{both})\s+(?:(?:{determiners})\s+)?(?:{nouns})(?![a-z0-9])"
            rf"|(?:in|en|nel|negli)\s+(?:{both})\s*$|{any_phrase(cues['in_common']).pattern})"
        )
        self._together = re.compile(
            rf"(?<![a-z0-9])(?:(?:{together})\s+(?:(?:{determiners})\s+)?(?:{nouns})(?![a-z0-9])"
            rf"|(?:in|en|nei|negli)\s+(?:{together})\s*$"
            rf"|(?:in|en|nei|negli|across)\s+(?:(?:{determiners})\s+)?(?:{phrase_alternatives(cues['plural_nouns'])})(?![a-z0-9]))"
        )
        self._together_marker = any_phrase(cues["together_markers"])
        self._verb = any_phrase(cues["verbs"])
        self._name_noun = any_phrase(cues["name_nouns"])
        self._wh = any_phrase(cues["wh"])
        self._turning = any_phrase(cues["turning"])
        self._citing = any_phrase(cues["citing"])
        self._besides = any_phrase(cues["besides"])
        # "Does it name BAIC as the buyer?": a role, which the story's facts tell.
        self._as_role = re.compile(rf"(?<![a-z0-9])(?:{phrase_alternatives(cues['as_role'])})\s+([a-z]+)")
        self._byline = any_phrase(cues["byline"])
        self._author_noun = any_phrase(cues["author_nouns"])
        self._every_author = any_phrase(cues["every_author"])
        self._outlet_staff = any_phrase(cues["outlet_staff"])
        self._about_author = any_phrase(cues["about_author"])
        self._cue_words = frozenset(
            word
            for group in (
                "asking",
                "nouns",
                "both",
                "together",
                "determiners",
                "of_the_two",
                "filler",
                "sources",
                "besides",
                "in_common",
            )
            for phrase in cues[group]
            for word in fold(phrase).split()
        ) | frozenset(kinds)

    def read(
        self,
        folded: str,
        given: frozenset[tuple[str, str]],
        pointed: frozenset[str],
        rest: str,
        titled: Titled | None = None,
    ) -> MentionQuestion | None:
        """The mention question a folded message asks, or None; `given`: the (kind, name) pairs it
        gives, `pointed`: the articles it points at ("the first article", "Kling's piece"),
        `rest`: the folded message without the words that point; `titled`: the article it names
        by its headline's words, which point only when it asks who wrote it ("who wrote the piece
        about bureaucratic obstacles?": not "what are Xiaomi's bureaucratic obstacles?")."""
        named = [name for _, _, kind, name in self._names.spans(folded) if (kind, name) in given]
        mentions = self._verb.search(self._name_noun.sub(" ", folded)) is not None  # "mention", "cite", "parla di"...
        if titled is not None and not pointed and not named:
            untitled = " ".join(word for word in rest.split() if word not in titled.words)
            byline = self._asks_byline(folded, untitled, frozenset({titled.article}), given, named, mentions)
            if byline is not None:
                return byline
        byline = self._asks_byline(folded, rest, pointed, given, named, mentions)
        if byline is not None:
            return byline
        common = self._both.search(folded) is not None and self._together_marker.search(folded) is None
        scoped = bool(pointed) or common or self._together.search(folded) is not None
        which_article = self._which_article.search(folded) is not None
        kind = self._which_kind.search(folded)
        if not (scoped or which_article or kind):
            return None
        own_words = len(self._own_words(rest))
        if own_words > (_MAX_OWN_WORDS if mentions else 0) or self._names_a_role(folded):
            return None
        # "Which sources are cited?": the articles' own, though it names none.
        cited = kind is not None and self._kinds[kind.group(1)] == "outlet" and mentions
        if kind and (scoped or cited) and (not named or self._besides.search(folded)):
            return MentionQuestion((), self._kinds[kind.group(1)], pointed, common and not pointed)
        # "What does the other one cite?": its sources, when it names no kind ("the regulator cited").
        kind_named = any(word in self._kinds for word in folded.split())
        if scoped and not (kind_named or named or own_words) and self._citing.search(folded):
            return MentionQuestion((), "outlet", pointed, common and not pointed)
        # "Does Kling's piece name Chery?": an author's name points at her article, it is not asked about.
        things = [name for name in named if not (pointed and ("person", name) in given)]
        asks_wh = self._wh.search(self._turning.sub(" ", folded)) is not None
        if things and own_words == 0 and (which_article or (scoped and not asks_wh)):
            return MentionQuestion(tuple(dict.fromkeys(things)), articles=pointed)
        return None

    def _asks_byline(
        self,
        folded: str,
        rest: str,
        pointed: frozenset[str],
        given: frozenset[tuple[str, str]],
        named: list[str],
        mentions: bool,
    ) -> MentionQuestion | None:
        """ "Who wrote the Spanish one?", "Who is Elenor Kling?", "¿Quién escribió la nota sobre BluePark?"."""
        # "The journalist of the first article?": its author, unless an outlet's own staff is meant.
        outlet = any(kind == "outlet" for kind, _ in given)
        writer = self._author_noun.search(folded) or (pointed and not outlet and self._outlet_staff.search(folded))
        asks_author = bool(writer) and not mentions
        if self._byline.search(folded) is None and not asks_author:
            # "How is Elenor Kling described?": about an author named, and nothing else.
            about_author = self._about_author.search(folded) is not None and not mentions
            names_author = any(kind == "person" for kind, _ in given)
            if (
                about_author
                and names_author
                and len(pointed) == 1
                and not self._own_words(self._about_author.sub(" ", rest))
            ):
                return MentionQuestion((), articles=pointed, byline=True)
            return None
        asking_of_a_writer = (self._byline, self._about_author, self._author_noun, self._outlet_staff)
        own_words = len(self._own_words(_without(rest, asking_of_a_writer)))
        if len(pointed) == 1 and own_words <= _MAX_BYLINE_WORDS:
            return MentionQuestion((), articles=pointed, byline=True)
        if len(pointed) > 1 and own_words == 0:
            return MentionQuestion((), common=True, byline=True)  # "Who wrote article 1 and who article 2?"
        # An outlet's report has a writer of its own: "Who wrote the Cailian report?", unlike
        # "the one that cites Cailian, who wrote it?".
        reported = outlet and (not mentions or self._outlet_staff.search(folded) is not None)
        if not pointed and named and not reported and own_words <= _MAX_BYLINE_WORDS_BY_NAME:
            return MentionQuestion(tuple(dict.fromkeys(named)), byline=True)
        if not pointed and not named and own_words == 0:
            # "Who are the authors?", "of the two articles": every byline.
            every = any(cue.search(folded) for cue in (self._both, self._together, self._every_author))
            return MentionQuestion((), common=every, byline=True)
        return None

    def _names_a_role(self, folded: str) -> bool:
        """ "...name BAIC as the buyer?", not "...cite Bloomberg as a source?"."""
        return any(found.group(1) not in self._cue_words for found in self._as_role.finditer(folded))

    def _own_words(self, folded: str) -> list[str]:
        """The words that say more than "which article names X"."""
        bare = self._verb.sub(" ", folded)
        for start, end, _, _ in reversed(self._names.spans(bare)):
            bare = bare[:start] + " " + bare[end:]
        return [word for word in content_words(bare) if word not in self._cue_words]


def _without(text: str, cues: tuple[re.Pattern[str], ...]) -> str:
    """The text with every phrase of these cues blanked out, one cue after the other."""
    for cue in cues:
        text = cue.sub(" ", text)
    return text


def _words(pattern: str) -> re.Pattern[str]:
    return re.compile(rf"(?<![a-z0-9])(?:{pattern})(?![a-z0-9])")
