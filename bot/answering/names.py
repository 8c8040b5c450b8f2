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


@dataclass(frozen=True)
class NameFinder:
    """Each known name as (kind, name, the pattern of the words it goes by)."""

    patterns: tuple[tuple[str, str, re.Pattern[str]], ...]
    kind_words: dict[str, str]  # a folded word that asks for a name of a kind ("carmaker") -> that kind

    def find(self, folded: str) -> frozenset[tuple[str, str]]:
        """The (kind, name) pairs a folded text gives, except those it rules out ("Cailian, not
        Bloomberg") and those inside a longer name ("Beijing" in "Beijing Automotive")."""
        found = [
            (match.start(), match.end(), kind, name)
            for kind, name, pattern in self.patterns
            for match in pattern.finditer(folded)
            if not _RULED_OUT.search(folded[: match.start()])
        ]
        return frozenset(
            (kind, name)
            for start, end, kind, name in found
            if not any(s <= start and end <= e and (e - s) > (end - start) for s, e, _, _ in found)
        )

    def places(self, folded: str) -> frozenset[str]:
        return frozenset(name for kind, name in self.find(folded) if kind == "place")

    def kinds(self, folded: str) -> frozenset[str]:
        """The kinds of name a folded text gives: company, place, outlet..."""
        return frozenset(kind for kind, _ in self.find(folded))


@cache
def story_names() -> NameFinder:
    """language/names.yaml, read once."""
    data = read_words(_NAMES_FILE)
    return NameFinder(
        tuple(
            (kind, str(name), any_phrase(aliases))
            for kind, names in data["names"].items()
            for name, aliases in names.items()
        ),
        {fold(word): kind for kind, words in data["kind_words"].items() for word in words},
    )
