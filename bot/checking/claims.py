"""A forwarded message, read as claims: what each says, and how sure it sounds.

A question is read for what it asks; a claim also for what it asserts about certainty
("official", "signed"), for words that reverse the story ("refused", "cancelled"), for a
step said to be done ("got the licence") and for the names, dates and numbers it gives.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import astuple, dataclass
from functools import cache
from pathlib import Path
from typing import Any

from bot.answering.question import Question
from bot.answering.text import any_phrase, fold, phrase_alternatives
from bot.checking.details import DetailReader, Details
from bot.yamlfile import read_words

_CUES_FILE = Path(__file__).with_name("cues.yaml")
# A claim ends at a full stop, except in "No. 2", "n. 2" or before a figure; or at a line break.
_CLAIM_END = re.compile(r"(?<=[.!?…;])(?<!\bNo\.)(?<!\bno\.)(?<!\bn\.)(?<!\bNr\.)\s+(?!\d)|\n+")
_ALL_CERTAIN = re.compile(r"100\s*%|💯|✅|✔️")
_QUESTION = re.compile(r"\?\s*$")
# "Taxi driver here: ...", "Correction:": up to eight words before a colon frame the claim.
_FRAME = re.compile(r"^((?:\S+\s+){0,7}?\S+)\s*:\s+(.+)$")
_LINK = re.compile(r"https?://\S+|www\.\S+")
# "Xiaomi, the phone maker, is talking to BAIC": what a name is, said in passing.
_APPOSITIVE = re.compile(r"\b([A-Z][\w-]*),\s+(?:the|an?|il|lo|la|l'|un[ao]?|el|los|las|gli|le)\s+[^,.;:!?]{1,40},\s")
# "According to Bloomberg, ...", "secondo Cailian ...": the words after it may name who a claim is credited to.
_ACCORDING = re.compile(r"^(?:according to|as per|secondo|stando a|segun|de acuerdo con)\s+((?:\S+\s+){0,2}\S+)")
# "confermatissima", "segurísimo": the superlative says the same as its word, louder.
_SUPERLATIVE = re.compile(r"\b(\w{3,}?)(?:issim|isim)([oaie]s?)\b")
_CONTRACTION = re.compile(r"\b(\w+)n t\b")  # "hasn't" folds to "hasn t"; the cue lists write "hasnt"
MAX_CLAIMS = 5
# A sentence with fewer content words than this, naming nothing, only frames the claims around it.
MIN_CLAIM_WORDS = 2


@dataclass(frozen=True)
class Markers:
    """What a text signals beyond its content."""

    certain: bool = False  # sold as settled: "official", "signed", "100%"
    settled: bool = False  # a step said to be done: "bought", "will build"
    hedged: bool = False  # attributed or hedged: "reportedly", "Bloomberg says"
    reversed: bool = False  # "refused", "cancelled", "no problems"
    stance: bool = False  # a party said to confirm, announce or deny
    obtained: bool = False  # "got the licence", "approved"
    negated: bool = False  # "not", "never", "still no"
    doubted: bool = False  # "not confirmed", "unconfirmed"
    tagged: bool = False  # ends in a question tag: "..., didn't it?", "right?"
    exclusive: bool = False  # "only with Chery", "nobody else"

    def __or__(self, other: Markers) -> Markers:
        return Markers(*(mine or theirs for mine, theirs in zip(astuple(self), astuple(other), strict=True)))


@dataclass(frozen=True)
class ClaimText:
    """One claim of a message: its words, its markers (with the message's frame) and its details."""

    text: str
    core: str  # the claim without filler and certainty words: what is matched against the facts
    markers: Markers
    details: Details
    asks: bool  # written as a question: "is it true that ...?"
    question: Question  # the core, read once by the engine: what matching and weighing share


class _Cues:
    def __init__(self, data: dict[str, Any]) -> None:
        self.certainty = any_phrase(data["certainty"])
        self.settled = any_phrase(data["settled"])
        self.hedges = any_phrase(data["hedges"])
        self.reversal = any_phrase(data["reversal"])
        self.stance = any_phrase(data["stance"])
        self.obtained = any_phrase(data["obtained"])
        self.negation = any_phrase(data["negation"])
        self.doubt = any_phrase(data["doubt"])
        self.exclusive = any_phrase(data["exclusive"])
        self.shared = any_phrase(data["shared"])
        self.tag = re.compile(rf"(?:^|\s)(?:{phrase_alternatives(data['tags'])})$")
        self.filler = any_phrase([*data["filler"], *data["certainty"]])
        self.hearsay = re.compile(
            rf"^(.{{0,80}}?)(?<![a-z0-9])(?:{phrase_alternatives(data['hearsay'])})(?: that| che| que)?\s+(.+)$"
        )


@cache
def cue_data() -> dict[str, Any]:
    """cues.yaml, read once."""
    return read_words(_CUES_FILE)


@cache
def _cues() -> _Cues:
    return _Cues(cue_data())


def markers_of(text: str) -> Markers:
    """The certainty, hedging, reversal and negation a text carries."""
    cues, folded = _cues(), _SUPERLATIVE.sub(r"\1\2", _CONTRACTION.sub(r"\1nt", fold(text)))
    tagged = ("?" in text or "," in text[-20:]) and bool(cues.tag.search(folded))
    if tagged:
        folded = cues.tag.sub("", folded)
    doubted = bool(cues.doubt.search(folded))
    return Markers(
        certain=not doubted and bool(cues.certainty.search(folded) or _ALL_CERTAIN.search(text)),
        settled=bool(cues.settled.search(folded)),
        hedged=doubted or bool(cues.hedges.search(cues.certainty.sub(" ", folded))),  # not "no more rumours"
        reversed=bool(cues.reversal.search(folded)),
        stance=bool(cues.stance.search(folded)),
        obtained=bool(cues.obtained.search(folded)),
        # Filler has certainty; "not only Xiaomi" denies that Xiaomi is alone, not the claim.
        negated=bool(cues.negation.search(cues.filler.sub(" ", cues.doubt.sub(" ", cues.shared.sub(" ", folded))))),
        doubted=doubted,
        tagged=tagged,
        exclusive=bool(cues.exclusive.search(folded)) and not cues.shared.search(folded),
    )


def credited_part(text: str) -> str:
    """The folded words a claim is credited to: "bloomberg" in "Bloomberg says ..." or "According
    to Bloomberg, ..."; "" when it credits no one."""
    folded = fold(text)
    found = _ACCORDING.match(folded) or _cues().hearsay.match(folded)
    return found.group(1) if found else ""


def without_filler(text: str, names_in: Callable[[str], bool]) -> str:
    """What is left to match of a claim: without "BREAKING", "share this", "official" and the
    like, and without who passed it on ("my mate at the pub says ...", "Taxi driver here:")
    unless they are part of the story ("BAIC says ..."), nor what a name is, said in passing
    ("Xiaomi, the phone maker, is talking to BAIC"), when the rest names another party."""
    cues = _cues()
    plain = _APPOSITIVE.sub(r"\1 ", text)
    if plain != text and names_in(plain):
        # The claim is what the name did with another party, not what the name is.
        text = plain
    folded = fold(text)
    framed = _FRAME.match(text)
    if framed and not names_in(framed.group(1)):
        folded = fold(framed.group(2))
    told = cues.hearsay.match(folded)
    if told and not names_in(told.group(1)):
        folded = told.group(2)
    return " ".join(cues.filler.sub(" ", folded).split())


def read_claims(
    message: str, details: DetailReader, read: Callable[[str], Question], knows: Callable[[str], bool]
) -> tuple[ClaimText, ...]:
    """The message's claims, at most MAX_CLAIMS, each read once by the engine (`read`).

    A sentence that names nothing and has fewer than MIN_CLAIM_WORDS words the story
    knows ("BREAKING!!", "It's official.", "Not confirmed tho") only frames the claims
    around it: it lends them its certainty, or its doubt.
    """
    sentences = [sentence.strip() for sentence in _CLAIM_END.split(_LINK.sub(" ", message)) if sentence.strip()]
    claims, frame = [], Markers()
    for sentence in sentences:
        core = without_filler(sentence, lambda text: bool(details.read(text).names))
        found = details.read(sentence)
        question = read(core or sentence)
        known = sum(knows(word.term) for word in question.words) if core else 0
        if known < MIN_CLAIM_WORDS and not found:
            frame |= _framing(markers_of(sentence))
            continue
        claims.append((sentence, core, found, question))
    claim_texts = []
    for text, core, found, question in claims[:MAX_CLAIMS]:
        markers = markers_of(text)
        asks = markers.tagged or bool(_QUESTION.search(text))
        claim_texts.append(ClaimText(text, core, markers | frame, found, asks, question))
    return tuple(claim_texts)


def _framing(markers: Markers) -> Markers:
    """What a framing sentence lends its claims: "It's official!" certainty; "not confirmed" doubt."""
    if markers.negated:
        return Markers(hedged=markers.certain or markers.hedged)
    return Markers(certain=markers.certain, hedged=markers.hedged)
