"""Draft facts for a new article: one per claim, quote filled in, attribution guessed.

The editor turns each draft into a fact by writing its answer and questions; until then
the bot ignores it and `check` lists it as work to do.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from bot.models import Status

MIN_WORDS = 6  # shorter lines are headings, bylines, captions or page furniture
_SENTENCE_END = re.compile(r"(?<![Nn]o\.)(?<=[.!?…])\s+(?=[\"“”A-Z])")
_RUMOUR = re.compile(r"\brumou?rs?\b|\brumou?red\b", re.IGNORECASE)
_NO_COMMENT = re.compile(r"no information|declined to comment|did not comment|no comment", re.IGNORECASE)
_DENIED = re.compile(r"\bden(?:y|ied|ies)\b", re.IGNORECASE)
_VERBS = (
    r"(?:reported|reports|said|says|assures|assure|told|confirmed|stated|revealed|wrote|gave|announced|denied|denies)"
)
_CLAIMANT_PATTERNS = (
    re.compile(r"[Aa]ccording\s+to\s+(?:a\s+(?:\w+\s+){0,2}(?:of|di|de|from|by)\s+)?(?:the\s+)?([A-Z][\w&-]+)"),
    re.compile(r"\bIn\s+([A-Z][\w&-]+)\s+they\s+(?:report|say|said)"),
    re.compile(r"\bFrom\s+([A-Z][\w&-]+)\s+they\s+(?:assure|say|said)"),
    re.compile(rf"\b([A-Z][\w&-]+)\s+(?:also\s+|has\s+|have\s+)?{_VERBS}\b"),
    re.compile(r"\b([A-Z][\w&-]+)\s+they\s+assure\b"),
)
_NOT_CLAIMANTS = frozenset({"It", "This", "They", "We", "He", "She", "The", "A", "An", "And", "But", "So"})


@dataclass(frozen=True)
class Draft:
    quote: str
    claimed_by: str
    status: Status


def claims(text: str) -> list[str]:
    """Each sentence of the article that could carry a claim, word for word."""
    sentences = []
    for paragraph in text.splitlines():
        for sentence in _SENTENCE_END.split(paragraph.strip()):
            sentence = sentence.strip()
            if len(sentence.split()) >= MIN_WORDS:
                sentences.append(sentence)
    return sentences


def guess_attribution(sentence: str) -> tuple[str, Status]:
    """Who claims it and how sure, from "according to X", "X reported", "rumours" ..."""
    if _RUMOUR.search(sentence):
        return "rumours", Status.RUMOURED
    claimant = next(
        (
            match.group(1)
            for pattern in _CLAIMANT_PATTERNS
            for match in pattern.finditer(sentence)
            if match.group(1) not in _NOT_CLAIMANTS
        ),
        None,
    )
    if claimant is None:
        return "article", Status.STATED
    if _NO_COMMENT.search(sentence):
        return claimant, Status.NO_COMMENT
    if _DENIED.search(sentence):
        return claimant, Status.DENIED
    return claimant, Status.REPORTED


def drafts_for(text: str) -> list[Draft]:
    return [Draft(sentence, *guess_attribution(sentence)) for sentence in claims(text)]
