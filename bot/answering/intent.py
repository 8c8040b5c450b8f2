"""What a question asks for, read from its words before any fact is matched.

A question can match a fact on its keywords and still ask for something the fact does
not give: "How much is Xiaomi paying Hyundai?" matches the Hyundai plant, but asks for
a price. Spotting the kind of detail asked for lets the engine say the articles don't
tell, instead of answering something else. The cue phrases live in language/intents.yaml.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import StrEnum
from functools import cache
from pathlib import Path
from typing import Any

from bot.answering.text import (
    DEFAULT_LANGUAGE,
    LANGUAGES,
    WordFrequencies,
    any_phrase,
    asked_sentences,
    bundled_frequencies,
    fold,
    plain_words,
    stem,
    without_clitic,
)
from bot.models import Slot
from bot.yamlfile import read_words

_CUES_FILE = Path(__file__).with_name("language") / "intents.yaml"
_CURRENCY_SIGN = re.compile(r"[$€£¥]")
# "Did Chery confirm it?", "has Hyundai commented?": a party taking a stand is a statement of
# theirs; "has it been confirmed?" and "has anyone confirmed?" ask how sure a claim is.
# Who is asked to have said something is named this many words before the word asking it
# ("has Xiaomi officially commented?"), or after it in Italian and Spanish ("¿qué dijo Xiaomi?").
SPEAKER_REACH_BEFORE = 3
SPEAKER_REACH_AFTER = 2
# An Italian or Spanish question with no question word asks yes or no from this many words
# on: shorter, it asks the same again of something else ("e Chery?", "¿y la otra?").
YES_NO_MIN_WORDS = 3
_PARTY_STANCE = re.compile(
    r"\b(?:did|has|have|had)\s+(?!(?:it|this|that|anyone|anybody|someone|somebody|been|they|he|she)\b)"
    r"(?:[a-z]+\s+){1,3}?(?:confirm|confirmed|deny|denied|comment|commented|respond|responded)\b"
)
# "Who is say that...", "who first reported it?": who is behind a claim, however it is worded.
_WHO_SAYS = re.compile(r"\bwho\s+(?:[a-z]+\s+)?(?:say|says|said|saying|report|reports|reported|claim|claims|claimed)\b")
# "What is this story about?", "what's the first article about?": the gist of it ("what's
# that about?" asks of the last answer instead).
_WHAT_ABOUT = re.compile(
    r"\bwhat(?:\s+[a-z0-9]+){0,4}\s+(?:story|stories|article|articles|piece|pieces|news|text|texts)"
    r"(?:\s+[a-z0-9]+){0,2}\s+about$"
)
_MAX_SMALL_TALK_WORDS = 12
# Italian and Spanish verbs have too many forms to list: their one-word cues match by stem.
_INFLECTED_LANGUAGES = ("it", "es")
_MIN_CUE_STEM = 4
# A message this short with a back-pointing word ("where is that?", "¿hay que adaptarla?")
# leans on the conversation; a longer one stands on its own however many "it" and "that" it holds.
_FOLLOW_UP_WORDS = 6


class SmallTalk(StrEnum):
    HELP = "help"
    WELLBEING = "wellbeing"
    GREETING = "greeting"
    THANKS = "thanks"
    GOODBYE = "goodbye"
    ACKNOWLEDGEMENT = "acknowledgement"


@dataclass(frozen=True)
class Intent:
    """What a question asks for, independent of any fact."""

    slots: frozenset[Slot]
    asks_statement: bool
    small_talk: SmallTalk | None
    asks_confirmation: bool  # "is it confirmed?": how sure the claim is comes first
    refers_back: bool  # "who says so?", "and BAIC?": it points at what the conversation was about
    asks_source: bool  # "who wrote that?", "which article says so?": the article comes first
    turns_aside: bool  # "and BAIC?", "what about Hyundai?": it asks the same of something else
    asks_when_done: bool = False  # "when did it get...?": "not yet" answers it
    asks_attribution: bool = False  # "who says so?", "source?": who claims it
    statement_by_pronoun: bool = False  # "and Chery, did they say anything?": a statement if a party is named
    asks_beyond: bool = False  # "any others?", "is it only Xiaomi?": something besides what was said
    asks_response: bool = False  # "what's the workaround?", "e allora come fa?": what is done about it
    asks_standing: bool = False  # "signed yet?", "is it confirmed?", "¿cómo van?": how far it has got
    asks_yes_no: bool = False  # "is it the NDRC?", "Xiaomi ha già la licenza?": answered yes or no
    # The words asking who claims it ("who reported", "chi l'ha riportato"): they name nothing it is about.
    attribution_words: frozenset[str] = frozenset()
    # The words that may name who is asked to have said something: those just before the word
    # asking it ("what did Xiaomi itself say..."), and in Italian and Spanish just after ("¿qué dijo BAIC?").
    speaker_words: tuple[tuple[str, ...], tuple[str, ...]] = ((), ())

    @property
    def asked_kinds(self) -> tuple[str, ...]:
        """What it asks for, as names (of ASKED_KINDS): the details and the kinds of answer ("who
        says", "is it confirmed", "what did they say"), for comparing with questions judged before."""
        flags = {
            "statement": self.asks_statement,
            "source": self.asks_source,
            "attribution": self.asks_attribution,
            "confirmation": self.asks_confirmation,
            "yes-no": self.asks_yes_no,
        }
        return tuple(sorted({slot.name.lower() for slot in self.slots} | {kind for kind, on in flags.items() if on}))

    @property
    def points_back(self) -> bool:
        """Whether it asks about a claim rather than naming one: after an answer, about that answer."""
        return self.refers_back or self.asks_confirmation or self.asks_source or self.asks_attribution


# Every name Intent.asked_kinds gives ("statement" is a slot's too).
ASKED_KINDS = (*(slot.name.lower() for slot in Slot), "source", "attribution", "confirmation", "yes-no")


@dataclass(frozen=True)
class _Cues:
    details: tuple[tuple[Slot, re.Pattern[str]], ...]
    detail_stems: dict[str, dict[str, Slot]]  # language -> stem of a one-word cue -> its slot
    statement: re.Pattern[str]
    story_voice: re.Pattern[str]
    pronoun_voice: re.Pattern[str]
    seller_buying: re.Pattern[str]
    seller_asking: re.Pattern[str]
    disagreement: re.Pattern[str]
    known_for: re.Pattern[str]
    not_asking: re.Pattern[str]
    not_said: re.Pattern[str]
    hearsay: re.Pattern[str]
    attribution: re.Pattern[str]
    confirmation: re.Pattern[str]
    when_done: re.Pattern[str]
    obtaining: re.Pattern[str]
    source: re.Pattern[str]
    follow_up: re.Pattern[str]
    follow_up_leads: re.Pattern[str]
    beyond: re.Pattern[str]
    response: re.Pattern[str]
    standing: re.Pattern[str]
    when_words: frozenset[str]
    when_openers: frozenset[str]
    when_verbs: frozenset[str]
    when_telling: frozenset[str]
    yes_no_verbs: frozenset[str]
    question_words: frozenset[str]
    opening_question_words: frozenset[str]
    small_talk: dict[tuple[str, ...], SmallTalk]
    small_talk_filler: frozenset[str]


@cache
def _cue_lists() -> dict[str, Any]:
    """language/intents.yaml, read once for the cues and the asking words."""
    return read_words(_CUES_FILE)


@cache
def _cues() -> _Cues:
    data = _cue_lists()
    voice = any_phrase(data["story_voice"]).pattern
    statement = any_phrase(data["statement"]).pattern
    return _Cues(
        details=tuple((Slot(name), any_phrase(phrases)) for name, phrases in data["details"].items()),
        detail_stems=_cue_stems(data["details"]),
        statement=re.compile(statement),
        story_voice=re.compile(rf"{voice}\s+{statement}"),
        pronoun_voice=re.compile(rf"{any_phrase(data['pronoun_voice']).pattern}\s+{statement}"),
        seller_buying=any_phrase(data["seller_buying"]),
        seller_asking=any_phrase(data["seller_asking"]),
        disagreement=any_phrase(data["disagreement"]),
        known_for=any_phrase(data["known_for"]),
        not_asking=any_phrase(data["not_asking"]),
        not_said=any_phrase(data["not_said"]),
        hearsay=any_phrase(data["hearsay"]),
        attribution=any_phrase(data["attribution"]),
        confirmation=any_phrase(data["confirmation"]),
        when_done=any_phrase(data["asked_when_done"]),
        obtaining=any_phrase(data["obtaining"]),
        source=any_phrase(data["source"]),
        follow_up=any_phrase(data["follow_up"]),
        follow_up_leads=re.compile(r"^(?:" + any_phrase(data["follow_up_leads"]).pattern + r")"),
        beyond=any_phrase(data["beyond"]),
        response=any_phrase(data["response"]),
        standing=any_phrase(data["standing"]),
        when_words=frozenset(data["when_words"]),
        when_openers=frozenset(data["when_openers"]),
        when_verbs=frozenset(data["when_verbs"]),
        when_telling=frozenset(data["when_telling"]),
        yes_no_verbs=frozenset(data["yes_no_verbs"]),
        question_words=frozenset(data["question_words"]),
        opening_question_words=frozenset(data["opening_question_words"]),
        small_talk={
            tuple(fold(phrase).split()): SmallTalk(kind)
            for kind, phrases in reversed(data["small_talk"].items())
            for phrase in phrases
        },
        small_talk_filler=frozenset(data["small_talk_filler"]),
    )


def _word_of(word: str, language: str, frequencies: WordFrequencies) -> bool:
    """Whether a cue word is a word of the language: used in it, or in none the frequencies know."""
    zipfs = frequencies.zipfs(word)
    return not zipfs or zipfs[LANGUAGES.index(language)] > 0


def _cue_stems(details: dict[str, list[str]]) -> dict[str, dict[str, Slot]]:
    """Stems of the one-word cues, per language; stems too short to be telling are left out.

    English cues list their forms; Italian and Spanish verbs have too many to list.
    """
    stems: dict[str, dict[str, Slot]] = {language: {} for language in _INFLECTED_LANGUAGES}
    frequencies = bundled_frequencies()
    for name, phrases in reversed(details.items()):
        for phrase in phrases:
            word = fold(phrase)
            if " " not in word:
                for language in _INFLECTED_LANGUAGES:
                    if not _word_of(word, language, frequencies):
                        continue  # "reporter" is no Spanish word: its stem would find "reportó", who reported it
                    cue_stem = stem(word, language)
                    if len(cue_stem) >= _MIN_CUE_STEM:
                        stems[language][cue_stem] = Slot(name)
    return stems


@cache
def not_yet() -> re.Pattern[str]:
    """The words with which a fact's answer says something has not happened yet."""
    return any_phrase(_cue_lists()["not_yet"])


@cache
def cue_words() -> frozenset[str]:
    """The words that ask about a claim rather than name its subject: who says, is it
    confirmed, who wrote it, what's the workaround, signed yet, that/it/and. A follow-up made only of them
    (and of the last fact's own words) asks more about the last fact."""
    data = _cue_lists()
    single = [
        fold(str(phrase)) for name in ("attribution", "confirmation", "response", "standing") for phrase in data[name]
    ]
    pointing = [fold(str(phrase)) for name in ("follow_up", "follow_up_leads", "source") for phrase in data[name]]
    return frozenset(word for word in single if " " not in word) | {
        word for phrase in pointing for word in phrase.split()
    }


def summary_cues() -> tuple[str, ...]:
    """The phrases that ask for the gist of the story or of one article: "summarise", "di cosa parla"."""
    return tuple(str(phrase) for phrase in _cue_lists()["details"][Slot.SUMMARY.value])


_ENDS_WITH_FROM = re.compile(r"\bfrom$")  # "who did Li Auto buy it from?"
_COUNTING = re.compile(r"\b(?:how many|quanti|quante|cuantos|cuantas)\b")


def _without_telling_when(folded: str, cues: _Cues) -> str:
    """The text without the "when" that only tells when something happened."""
    words = folded.split()
    kept = [
        word for position, word in enumerate(words) if word not in cues.when_words or _asks_when(words, position, cues)
    ]
    return " ".join(kept)


def _asks_when(words: list[str], position: int, cues: _Cues) -> bool:
    """Whether the "when" at `position` opens a clause asking when, or comes before a verb."""
    following = words[position + 1] if position + 1 < len(words) else ""
    if position == 0 or following in cues.when_verbs:
        return True
    return words[position - 1] in cues.when_openers and following not in cues.when_telling


def read_intent(question: str, language: str = DEFAULT_LANGUAGE) -> Intent:
    folded = _spelt_out(question)
    cues = _cues()
    # "My friend says it's delayed. What's the holdup?": the story told around a question
    # decides nothing of what it asks for, nor a "when" that only tells when.
    asking = _without_telling_when(_spelt_out(asked_sentences(question) or question), cues)
    attribution = [found.group() for found in cues.attribution.finditer(folded)]
    asks_attribution = bool(attribution or _WHO_SAYS.search(folded))
    turns_aside = bool(cues.follow_up_leads.search(folded))
    statement = cues.statement.search(cues.not_said.sub(" ", asking))
    said = bool(statement or _PARTY_STANCE.search(asking))
    said_by_no_party = bool(cues.story_voice.search(asking) or cues.hearsay.search(asking)) or asks_attribution
    said_by_pronoun = bool(cues.pronoun_voice.search(asking))
    asks_statement = said and not said_by_no_party and not said_by_pronoun
    return Intent(
        slots=frozenset(_asked_slots(question, folded, asking, language, cues, asks_attribution)),
        asks_statement=asks_statement,
        small_talk=_small_talk(folded, cues),
        asks_confirmation=bool(cues.confirmation.search(folded)),
        refers_back=turns_aside or _points_back(folded, language, cues),
        asks_source=bool(cues.source.search(folded)),
        turns_aside=turns_aside,
        asks_when_done=bool(cues.when_done.search(asking) and cues.obtaining.search(asking)),
        asks_attribution=asks_attribution,
        statement_by_pronoun=said and not said_by_no_party and said_by_pronoun and turns_aside,
        asks_beyond=bool(cues.beyond.search(folded)),
        asks_response=bool(cues.response.search(asking)),
        asks_standing=bool(cues.standing.search(asking)),
        asks_yes_no=_yes_no(asking, language, cues),
        attribution_words=frozenset(word for phrase in attribution for word in phrase.split()),
        speaker_words=_next_to(asking, statement, language) if statement and asks_statement else ((), ()),
    )


def _next_to(folded: str, statement: re.Match[str], language: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """The words just before a statement word and, in Italian and Spanish, just after it: who
    is asked to have said it. After it in English is what was said ("the piece that says
    Xiaomi is late")."""
    before = folded[: statement.start()].split()[-SPEAKER_REACH_BEFORE:]
    after = folded[statement.end() :].split()[:SPEAKER_REACH_AFTER] if language != DEFAULT_LANGUAGE else []
    return tuple(before), tuple(after)


def _yes_no(folded: str, language: str, cues: _Cues) -> bool:
    """Whether a question is answered yes or no: no word asks what, who, when..., and in
    English a verb opens it ("Is it confirmed?", not "Xiaomi plant location?"); in Italian and
    Spanish it says more than "y BAIC?", which asks the same again of BAIC."""
    words = folded.split()
    # Words that may open a clause before its verb ("and", "so", "ok") are passed over.
    kept = [word for word in words if word not in cues.when_openers]
    if cues.question_words & set(words) or cues.opening_question_words & set(kept[:1]):
        return False
    if language == DEFAULT_LANGUAGE:
        return bool(cues.yes_no_verbs & set(kept[:1]))
    return len(kept) >= YES_NO_MIN_WORDS


def _spelt_out(text: str) -> str:
    """Folded, with chat shorthand spelt out: "xke" asks why as "perché" does, "whens" when."""
    return " ".join(plain_words(text))


def _asked_slots(
    question: str, folded: str, asking: str, language: str, cues: _Cues, asks_attribution: bool
) -> set[Slot]:
    """The kinds of detail the asking sentences ask for, idioms that ask for none aside."""
    asking = cues.not_asking.sub(" ", asking)
    slots = {slot for slot, pattern in cues.details if pattern.search(asking)}
    by_stem = cues.detail_stems.get(language, {})
    if by_stem:
        slots |= {by_stem[word_stem] for word in asking.split() if (word_stem := stem(word, language)) in by_stem}
    if cues.seller_buying.search(asking) and (cues.seller_asking.search(asking) or _ENDS_WITH_FROM.search(asking)):
        slots.add(Slot.SELLER)
    if _CURRENCY_SIGN.search(question):
        slots.add(Slot.PRICE)
    if _WHAT_ABOUT.search(asking.strip()):
        slots.add(Slot.SUMMARY)
    if "%" in question:
        slots.add(Slot.NUMBER)  # "what % of BAIC would Xiaomi own?": a share, which folding drops
    if Slot.TIME in slots or Slot.DAY in slots:
        slots.discard(Slot.DATE)  # "when, at what time?", "the exact date?": the hour or the day is what is missing
    if Slot.TIME_TO in slots:
        slots -= {Slot.DURATION, Slot.DATE}  # "how long until they get it?": not the wait so far, nor a date
    if slots & {Slot.DURATION, Slot.TIME_TO}:
        # "How long?" is answered by "for months"; "how many months?" asks for a count of them.
        slots -= {Slot.PRICE, Slot.DATE} | (set() if _COUNTING.search(folded) else {Slot.NUMBER})
    if asks_attribution or cues.disagreement.search(asking):
        slots.discard(Slot.PLACE)  # "where does this come from?", "where do they disagree?": not a place
    if cues.known_for.search(asking):
        slots.discard(Slot.REASON)
    return slots


def _points_back(folded: str, language: str, cues: _Cues) -> bool:
    """Whether a short message points at what the conversation was about."""
    words = folded.split()
    if len(words) > _FOLLOW_UP_WORDS:
        return False
    return bool(cues.follow_up.search(folded)) or any(without_clitic(word, language) != word for word in words)


def _small_talk(folded: str, cues: _Cues) -> SmallTalk | None:
    """The kind of small talk, when the whole message is small talk and nothing else."""
    words = folded.split()
    if not words or len(words) > _MAX_SMALL_TALK_WORDS:
        return None
    longest = max(map(len, cues.small_talk))
    kinds: set[SmallTalk] = set()
    position = 0
    while position < len(words):
        for length in range(min(longest, len(words) - position), 0, -1):
            kind = cues.small_talk.get(tuple(words[position : position + length]))
            if kind is not None:
                kinds.add(kind)
                position += length
                break
        else:
            if words[position] not in cues.small_talk_filler:
                return None
            position += 1
    return min(kinds, key=list(SmallTalk).index) if kinds else None
