"""The names the story and its readers use: companies, outlets, places, authorities, products, people.

The engine asks which places a question and a fact name: "Where is BluePark?" names the
place it asks about, so a fact that only says BluePark is where the cars would be made
does not answer it. The checker compares the names a claim gives with a fact's.
The lists live in language/names.yaml.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from bot.answering.text import any_phrase, fold
from bot.yamlfile import read_words

_NAMES_FILE = Path(__file__).with_name("language") / "names.yaml"
# "Cailian, not Bloomberg": a name right after a "not" is ruled out, not given.
_RULED_OUT = re.compile(r"(?:^|\s)(?:not|non|no|ni|nor)\s+(?:the\s+|il\s+|la\s+|el\s+)?$")
# "Where is it? Beijing?", "is it in Beijing or where?": a place offered as a guess, not asked about.
_FRAGMENT_END = re.compile(r"[,;?!]+")
_OR_WHERE = re.compile(r"\s+(?:or|o|oppure)\s+(?:where|dove|donde|elsewhere|altrove|en otro lado)\b")
_GUESS_FILLER = frozenset({"in", "at", "a", "en", "nel", "nella", "maybe", "forse", "quizas", "or", "o"})
# "Apart from the Qingdao plant, ...": the names this many words after a word that sets them aside.
ASIDE_REACH = 5
# The kinds of name a question sets aside: parties and places. "Besides phones, what does Xiaomi
# make?" asks what else Xiaomi makes, which the fact about its phones tells.
ASIDE_KINDS = frozenset({"company", "outlet", "authority", "person", "place"})


@dataclass(frozen=True)
class NameFinder:
    """Every known name, by the folded words it goes by, found in one pass over a text."""

    pattern: re.Pattern[str]  # any of the words any name goes by, longest first
    named: dict[str, tuple[str, str]]  # those words -> (kind, name)
    kind_words: dict[str, str]  # a folded word that asks for a name of a kind ("carmaker") -> that kind
    aside: re.Pattern[str]  # a word that sets aside the names after it ("apart from BAIC"), and those words

    def spans(self, folded: str) -> list[tuple[int, int, str, str]]:
        """Where each name stands in a folded text, as (start, end, kind, name); the longest
        words win, so "Beijing Automotive" is BAIC and not the city."""
        return [(found.start(), found.end(), *self.named[found.group(0)]) for found in self.pattern.finditer(folded)]

    def find(self, folded: str) -> frozenset[tuple[str, str]]:
        """The (kind, name) pairs a folded text gives, except those it rules out ("Cailian, not Bloomberg")."""
        return frozenset(
            (kind, name) for start, _, kind, name in self.spans(folded) if not _RULED_OUT.search(folded[:start])
        )

    def set_aside(self, text: str) -> frozenset[tuple[str, str]]:
        """The (kind, name) pairs a question sets aside: "apart from BAIC, whose factory is Xiaomi
        eyeing?" asks about another company, "besides Qingdao, which city?" another place. What
        is set aside ends with its clause: "apart from BAIC, which companies did Bloomberg
        name?" still asks what Bloomberg said."""
        return frozenset(
            (kind, name)
            for clause in _FRAGMENT_END.split(text)
            for found in self.aside.finditer(fold(clause))
            for kind, name in self.find(found.group(1))
            if kind in ASIDE_KINDS
        )

    def leading(self, folded: str) -> frozenset[tuple[str, str]]:
        """The first name of each kind a folded text gives: what it is about before all else
        ("BAIC's plant in Qingdao, in Shandong" is about BAIC and Qingdao)."""
        first: dict[str, str] = {}
        for _, _, kind, name in self.spans(folded):
            first.setdefault(kind, name)
        return frozenset(first.items())

    def guessed_places(self, text: str) -> frozenset[str]:
        """The places a reader offers as a guess: a last fragment that is just a place ("where
        is the plant? Beijing?"), or a place before "or where" ("in Beijing or where?"). It
        reads the raw text: the question marks and commas are what set a guess apart."""
        return self._guessed_alone(text) | self._guessed_before_or_where(fold(text))

    def _guessed_alone(self, text: str) -> frozenset[str]:
        fragments = [folded for fragment in _FRAGMENT_END.split(text) if (folded := fold(fragment))]
        if len(fragments) < 2:
            return frozenset()
        last = fragments[-1]
        spans = self.spans(last)
        leftover = last
        for start, end, _, _ in reversed(spans):
            leftover = leftover[:start] + " " + leftover[end:]
        if not spans or any(kind != "place" for _, _, kind, _ in spans) or set(leftover.split()) - _GUESS_FILLER:
            return frozenset()
        return frozenset(name for _, _, _, name in spans)

    def _guessed_before_or_where(self, folded: str) -> frozenset[str]:
        guesses: set[str] = set()
        for alternative in _OR_WHERE.finditer(folded):
            before = [span for span in self.spans(folded[: alternative.start()]) if span[1] == alternative.start()]
            guesses |= {name for _, _, kind, name in before if kind == "place"}
        return frozenset(guesses)


@cache
def story_names() -> NameFinder:
    """language/names.yaml, read once."""
    data = read_words(_NAMES_FILE)
    named = {
        fold(alias): (kind, str(name))
        for kind, names in data["names"].items()
        for name, aliases in names.items()
        for alias in aliases
    }
    words_after = rf"\s+((?:\S+\s+){{0,{ASIDE_REACH - 1}}}\S+)"
    return NameFinder(
        any_phrase(named),
        named,
        {fold(word): kind for kind, words in data["kind_words"].items() for word in words},
        re.compile(any_phrase(data["aside_leads"]).pattern + words_after),
    )
