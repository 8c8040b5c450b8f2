"""Text normalisation shared by the fact index and incoming questions.

Both sides go through the same steps, so "Licenses?", "licence" and "permesso" meet on
one term: fold (case, accents, punctuation), spell out chat shorthand ("rn", "govt"),
drop function words and question framing ("could you please tell me"), stem with the
Snowball stemmer of the text's language, and map the story's synonyms to one canonical
term. How common each word is in English, Italian and Spanish at large (from wordfreq)
tells the matcher how much a word the facts don't use says about the question.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from bisect import bisect_left
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache, cached_property, lru_cache
from pathlib import Path
from typing import Any

import Stemmer

from bot.disk_cache import cached_pickle
from bot.yamlfile import read_words

_LANGUAGE_DIR = Path(__file__).with_name("language")
_APOSTROPHES = str.maketrans({"’": "'", "‘": "'", "`": "'", "´": "'"})
_POSSESSIVE = re.compile(r"'s\b")
_NON_WORD = re.compile(r"[^a-z0-9]+")
_EDGE_PUNCTUATION = re.compile(r"^\W+|\W+$")
_SENTENCE_END = re.compile(r"(?<=[.!?…:])\s+(?!\d)")  # "plant No. 2" goes on
_PHRASE_END = ""  # the key marking, in a tree of phrases, that a phrase ends at that node

LANGUAGES = ("en", "it", "es")
DEFAULT_LANGUAGE = "en"
_STEMMER_NAMES = {"en": "english", "it": "italian", "es": "spanish"}
# Italian and Spanish join object pronouns to an infinitive or a gerund: "dársela",
# "adattarla", "comprándolo" are "dar", "adattar", "comprando" with "it" attached.
_CLITIC_LANGUAGES = ("it", "es")
_WITH_CLITIC = re.compile(r"^([a-z]+(?:ar|er|ir|ando|endo))(?:se|me|te|ce|glie)?(?:la|lo|las|los|le|les|li|ne)$")
_SHORT_VERBS = frozenset({"dar", "dir", "far", "ver"})  # "parla", "Carlo" and "perla" are not "par", "car", "per"
# A language is recognised when its words are this much more common in it than in the runner-up.
_LANGUAGE_MARGIN = 1.25
# A word counts as at most this much rarer than its family's commonest word (Zipf 1: ten times rarer).
FAMILY_DISCOUNT = 1.0
# Spelling only one of the languages uses: ¿ ¡ ñ for Spanish; "è", final grave accents and
# elisions such as "cos'è", "dell'" for Italian.
_SPANISH_SPELLING = re.compile(r"[¿¡ñÑ]")
_ITALIAN_SPELLING = re.compile(
    r"(?<!\w)è(?!\w)|\w[àìòù](?!\w)|\b(?:l|dell|all|dall|nell|sull|un|cos|dov|quest|quell|com|perch)['’]\w"
    r"|\bc['’](?:è|e\b|era)",
    re.IGNORECASE,
)


@lru_cache(maxsize=16384)
def fold(text: str) -> str:
    """Lowercase, strip accents and punctuation, and collapse spaces."""
    text = text.translate(_APOSTROPHES)
    if text.isascii():  # most texts: nothing to decompose
        plain = text.lower()
    else:
        decomposed = unicodedata.normalize("NFKD", text)
        plain = "".join(ch for ch in decomposed if not unicodedata.combining(ch)).lower()
    plain = _POSSESSIVE.sub("", plain)
    return _NON_WORD.sub(" ", plain).strip()


def _word_list(name: str) -> frozenset[str]:
    lines = (_LANGUAGE_DIR / name).read_text(encoding="utf-8").splitlines()
    return frozenset(word for line in lines if not line.startswith("#") for word in line.split())


@dataclass(frozen=True)
class Word:
    """One content word of a text: as typed (folded) and as the term the index uses."""

    typed: str
    term: str
    named: bool = False  # capitalised inside a sentence: a name ("Europe", "Tesla"), however common
    carried: bool = False  # not in the message: carried over from what the conversation was about


def named_words(text: str) -> frozenset[str]:
    """Folded words written with a capital inside a sentence, where English, Italian and Spanish capitalise names."""
    names = set()
    for sentence in _SENTENCE_END.split(text):
        for token in sentence.split()[1:]:
            word = _EDGE_PUNCTUATION.sub("", token)
            if len(word) > 1 and word[0].isupper():
                names.add(fold(word))
    return frozenset(names)


@dataclass(frozen=True)
class ReadTexts:
    """A fact base's texts as read: the terms it uses, each text's terms, every word as written."""

    anchors: frozenset[str]
    terms: dict[str, tuple[str, ...]]
    typed: tuple[str, ...]  # for typo repair


class WordFrequencies:
    """How common folded words are in English, Italian and Spanish (Zipf scale, 0 = rare)."""

    def __init__(self, rows: list[str]) -> None:
        # "word<TAB>zipf<TAB>zipf<TAB>zipf" lines sorted by word, searched by bisection: building
        # a dict of 82,000 words would cost a tenth of a second at every start.
        self._rows = rows
        self._row = lru_cache(maxsize=65536)(self._find_row)
        self.everyday_zipf = lru_cache(maxsize=65536)(self._everyday_zipf)

    @classmethod
    def bundled(cls) -> WordFrequencies:
        lines = (_LANGUAGE_DIR / "word_frequency.tsv").read_text(encoding="utf-8").split("\n")
        return cls([line for line in lines if line and not line.startswith("#")])

    def zipfs(self, word: str) -> tuple[float, ...]:
        """How common a word is in English, Italian and Spanish; () when rare in all three."""
        return _parse_zipfs(self._row(word)) if word else ()

    def _find_row(self, word: str) -> str:
        index = bisect_left(self._rows, word, key=_row_word)
        if index < len(self._rows) and _row_word(self._rows[index]) == word:
            return self._rows[index].split("\t", 1)[1]
        return ""

    def zipf(self, word: str) -> float:
        """How common a word is in the commonest of the three languages."""
        return max(self.zipfs(word), default=0.0)

    def _everyday_zipf(self, word: str) -> float:
        """How common a word or its family is: rare inflections of everyday words ("alleandosi",
        "costerebbero", "asociaron") are rare in the table or missing, yet they are no names; a
        word counts as a step rarer (FAMILY_DISCOUNT) than the commonest word of its stem."""
        family = max(
            self._families[column].get(stem(without_clitic(word, language), language), 0.0)
            for column, language in enumerate(LANGUAGES)
        )
        return max(self.zipf(word), family - FAMILY_DISCOUNT)

    @cached_property
    def _families(self) -> tuple[dict[str, float], ...]:
        """Per language, each stem's commonest word's Zipf; kept on disk (building it takes 0.4 s),
        under a key of the stemmer, this code (how words are stemmed) and the table."""
        digest = hashlib.sha256(f"{Stemmer.version()}\0".encode() + Path(__file__).read_bytes())
        digest.update("\n".join(self._rows).encode())
        return cached_pickle("families-", digest.hexdigest()[:24], self._family_table, tuple)

    def _family_table(self) -> tuple[dict[str, float], ...]:
        tables: tuple[dict[str, float], ...] = tuple({} for _ in LANGUAGES)
        for row in self._rows:
            word, zipfs = row.split("\t", 1)
            for column, zipf in enumerate(_parse_zipfs(zipfs)):
                family = stem(without_clitic(word, LANGUAGES[column]), LANGUAGES[column])
                if zipf > tables[column].get(family, 0.0):
                    tables[column][family] = zipf
        return tables

    def language(self, words: Iterable[str]) -> str | None:
        """The language whose everyday words these are, when one clearly leads."""
        leader, best, runner_up = self._ranking(words)
        return leader if best > 0 and best >= runner_up * _LANGUAGE_MARGIN else None

    def likeliest_language(self, words: Iterable[str]) -> str | None:
        """The language whose everyday words these most are, however narrowly; None with no known word."""
        leader, best, _ = self._ranking(words)
        return leader if best > 0 else None

    def _ranking(self, words: Iterable[str]) -> tuple[str, float, float]:
        """The leading language, its score and the runner-up's."""
        totals = [0.0] * len(LANGUAGES)
        for word in words:
            for column, zipf in enumerate(self.zipfs(word)):
                totals[column] += zipf
        ranked = sorted(range(len(LANGUAGES)), key=totals.__getitem__, reverse=True)
        return LANGUAGES[ranked[0]], totals[ranked[0]], totals[ranked[1]]


@lru_cache(maxsize=65536)
def _parse_zipfs(row: str) -> tuple[float, ...]:
    return tuple(int(zipf) / 10 for zipf in row.split("\t")) if row else ()


def _row_word(row: str) -> str:
    return row[: row.find("\t")]


@cache
def bundled_frequencies() -> WordFrequencies:
    """The word frequencies shipped in language/, read once per process."""
    return WordFrequencies.bundled()


@dataclass(frozen=True)
class _Phrasebook:
    """Word lists from language/: function words, question framing, chat shorthand."""

    stopwords: frozenset[str]
    framing: re.Pattern[str]
    shorthand: dict[str, str]
    asking: re.Pattern[str]


def phrase_alternatives(phrases: Iterable[str]) -> str:
    """A regex alternation of folded phrases, longest first so "could you tell me" beats "could".

    Written as a tree of their shared beginnings ("could(?: you(?: tell me)?)?"), so that the
    regex engine tries a phrase's letters once at each place in a message, not once per phrase:
    cue lists hold up to a hundred phrases, and the same matches cost about 40% less time."""
    tree: dict[str, dict] = {}
    for phrase in {fold(str(phrase)) for phrase in phrases}:
        node = tree
        for character in phrase:
            node = node.setdefault(character, {})
        node[_PHRASE_END] = {}
    return _alternatives_below(tree)


def _alternatives_below(node: dict[str, dict]) -> str:
    """The branches below a node of the phrase tree; optional (greedy, so longest first) where a phrase ends there."""
    branches = [
        re.escape(character) + _alternatives_below(child) for character, child in sorted(node.items()) if character
    ]
    if not branches:
        return ""
    joined = branches[0] if len(branches) == 1 else f"(?:{'|'.join(branches)})"
    return f"(?:{joined})?" if _PHRASE_END in node else joined


def any_phrase(phrases: Iterable[str]) -> re.Pattern[str]:
    """A pattern finding any of the phrases as whole words in folded text."""
    return re.compile(rf"(?<![a-z0-9])(?:{phrase_alternatives(phrases)})(?![a-z0-9])")


@cache
def reading_cues() -> dict[str, Any]:
    """language/reading.yaml, read once: framing, shorthand, asking words, article references."""
    return read_words(_LANGUAGE_DIR / "reading.yaml")


@cache
def _phrasebook() -> _Phrasebook:
    data = reading_cues()
    return _Phrasebook(
        stopwords=_word_list("stopwords.txt"),
        framing=any_phrase(data["framing"]),
        shorthand={fold(short): fold(long) for short, long in data["shorthand"].items()},
        asking=re.compile(rf"(?<![a-z0-9])(?:{phrase_alternatives(data['asking_words'])})\s+(.*)"),
    )


def asked_sentences(text: str) -> str | None:
    """In a message of several sentences (or a lead-in and a colon), the ones that ask (end in "?"; else the last).

    Readers tell a story before they ask; the story's words should not drown the question.
    None when the message is one sentence, or when every sentence asks. An emoji or a mark
    after the question ("is it true? 😤") is no sentence of its own.
    """
    sentences = [sentence for sentence in _SENTENCE_END.split(text.strip()) if any(map(str.isalnum, sentence))]
    if len(sentences) < 2:
        return None
    asking = [sentence for sentence in sentences if "?" in sentence]
    if len(asking) == len(sentences):
        return None
    return " ".join(asking) if asking else sentences[-1]


def after_asking_word(text: str) -> str | None:
    """What follows the first "what"/"which" of a text, where the thing asked for is named."""
    found = _phrasebook().asking.search(" ".join(plain_words(text)))
    return found.group(1) if found else None


@cache
def _stemming_order(language: str) -> tuple[str, ...]:
    """English first (names are written as in English), then the text's own language, then the rest."""
    return tuple(dict.fromkeys((DEFAULT_LANGUAGE, language, *LANGUAGES)))


@cache
def _stemmer(language: str) -> Stemmer.Stemmer:
    return Stemmer.Stemmer(_STEMMER_NAMES[language])


def stem(word: str, language: str = DEFAULT_LANGUAGE) -> str:
    """The Snowball stem of a folded word, so 'makes', 'making' and 'make' agree."""
    return _stemmer(language).stemWord(word)


def without_clitic(word: str, language: str) -> str:
    """An Italian or Spanish verb without the pronoun joined to it: "adaptarla" -> "adaptar"."""
    if language not in _CLITIC_LANGUAGES:
        return word
    joined = _WITH_CLITIC.match(word)
    if joined is None or (len(joined.group(1)) < 4 and joined.group(1) not in _SHORT_VERBS):
        return word
    return joined.group(1)


def spelled_language(text: str) -> str | None:
    """Italian or Spanish when the text uses spelling only that language has, else None."""
    spanish, italian = bool(_SPANISH_SPELLING.search(text)), bool(_ITALIAN_SPELLING.search(text))
    if spanish == italian:
        return None
    return "es" if spanish else "it"


@lru_cache(maxsize=4096)
def plain_words(text: str) -> tuple[str, ...]:
    """A text's folded words, chat shorthand spelt out ("rn" -> "right now")."""
    shorthand = _phrasebook().shorthand
    return tuple(" ".join(shorthand.get(word, word) for word in fold(text).split()).split())


def content_words(text: str) -> tuple[str, ...]:
    """A text's plain words without the framing and function words around what it asks."""
    book = _phrasebook()
    plain = book.framing.sub(" ", " ".join(plain_words(text)))
    return tuple(token for token in plain.split() if token not in book.stopwords and not _elided(token))


class Vocabulary:
    """The story's synonyms, compiled: turns any text into canonical content terms."""

    def __init__(self, synonyms: Iterable[tuple[str, Iterable[str]]], frequencies: WordFrequencies) -> None:
        self.frequencies = frequencies
        self.synonyms = tuple((term, tuple(variants)) for term, variants in synonyms)
        phrases: dict[str, str] = {}
        self._words: dict[str, str] = {}
        claims: dict[str, set[str]] = defaultdict(set)
        for term, variants in self.synonyms:
            for variant in (term, *variants):
                folded = fold(variant)
                if " " in folded:
                    phrases[folded] = term
                else:
                    self._words[folded] = term
                    for language in LANGUAGES:
                        claims[stem(folded, language)].add(term)
        # A stem two groups share ("autor": autore and autorità) says neither: the word itself must.
        self._stems = {word_stem: terms.pop() for word_stem, terms in claims.items() if len(terms) == 1}
        self._phrases = phrases
        alternatives = "|".join(map(re.escape, sorted(phrases, key=len, reverse=True)))
        self._phrase_pattern = re.compile(rf"\b({alternatives})\b") if phrases else None
        self._tokens = lru_cache(maxsize=4096)(self._split)

    def language(self, text: str) -> str:
        """The text's language among English, Italian and Spanish; English when unclear."""
        return spelled_language(text) or self.frequencies.language(plain_words(text)) or DEFAULT_LANGUAGE

    def words(
        self,
        text: str,
        language: str | None = None,
        anchors: frozenset[str] = frozenset(),
        names: frozenset[str] | None = None,
    ) -> tuple[Word, ...]:
        """A text's content words, framing and function words dropped, synonyms merged.

        A word takes the first of its stems (English, its own language's, the others')
        that is one of `anchors`, the terms the fact base already uses: so names
        (Xiaomi, Qingdao) and cognates (province, provincia) meet on one term whatever
        the language they are typed in.
        """
        return self._read(text, language, anchors, named_words(text) if names is None else names)

    def _read(
        self, text: str, language: str | None, anchors: frozenset[str], names: frozenset[str]
    ) -> tuple[Word, ...]:
        language = language or self.language(text)
        words = []
        for token in self._tokens(text):
            if token.startswith(_PHRASE_MARK):
                phrase = token[1:].replace(_PHRASE_JOIN, " ")
                words.append(Word(phrase, self._phrases[phrase]))
            else:
                words.append(Word(token, self.term(token, language, anchors), token in names))
        return tuple(words)

    def read_texts(self, texts: Iterable[str]) -> ReadTexts:
        """The base's texts, each stemmed in its own language, then met on the terms the base uses."""
        texts = set(texts)
        languages = {text: self.language(text) for text in texts}
        anchors = frozenset(term for text in texts for term in self.terms(text, languages[text]))
        terms = {text: self.terms(text, languages[text], anchors) for text in texts}
        typed = sorted({word for text in texts for word in plain_words(text)})
        return ReadTexts(anchors, terms, tuple(typed))

    def _split(self, text: str) -> tuple[str, ...]:
        """A text's plain words without framing and function words, multi-word synonyms marked."""
        book = _phrasebook()
        plain = book.framing.sub(" ", " ".join(plain_words(text)))
        if self._phrase_pattern is not None:
            plain = self._phrase_pattern.sub(_mark_phrase, plain)
        return tuple(token for token in plain.split() if token not in book.stopwords and not _elided(token))

    def term(self, word: str, language: str, anchors: frozenset[str]) -> str:
        """The term a folded word stands for: a synonym's canonical term, or a stem the base uses."""
        known = self._words.get(word)
        if known:
            return known
        bare = without_clitic(word, language)
        if bare != word:
            return self.term(bare, language, anchors)
        stemmed = stem(word, language)
        if stemmed in self._stems:
            return self._stems[stemmed]
        if anchors:
            for other in _stemming_order(language):
                candidate = stem(word, other)
                if candidate in anchors:
                    return candidate
        return stemmed

    def known_words(self) -> tuple[str, ...]:
        """Every single-word synonym as written, for typo repair."""
        return tuple(self._words)

    def terms(self, text: str, language: str | None = None, anchors: frozenset[str] = frozenset()) -> tuple[str, ...]:
        """The content terms of a text: no function words, stemmed, synonyms merged."""
        return tuple(word.term for word in self._read(text, language, anchors, frozenset()))


# Multi-word synonyms are marked and joined while the text is split into words.
_PHRASE_MARK = "~"
_PHRASE_JOIN = "_"


def _mark_phrase(match: re.Match[str]) -> str:
    return f" {_PHRASE_MARK}{match.group(1).replace(' ', _PHRASE_JOIN)} "


def _elided(token: str) -> bool:
    """A lone letter left by an apostrophe ("l'altro", "c'è", "don't"): a piece of a function word."""
    return len(token) == 1 and token.isalpha()
