"""The details a claim can get wrong: names (companies, outlets, places, authorities,
people), dates, numbers and sums of money, lengths of time, and how much of a thing (part
of a plant, or all of it), read the same way from a claim and from a fact."""

from __future__ import annotations

import dataclasses
import re
from dataclasses import dataclass
from typing import Any

from bot.answering.names import story_names
from bot.answering.text import any_phrase, fold, phrase_alternatives
from bot.models import Difference, Fact

_NUMBER = re.compile(r"(?<![a-z0-9])(\d+(?: \d{3})*)(?: ([a-z]+))?")
_DAY_MONTH = re.compile(r"(?<!\d)(\d{1,2})/(\d{1,2})(?![\d/])")
_ALL_OF_IT = re.compile(r"100\s*%")  # "100%" is certainty, not a figure
# "The world of four wheels" is the car industry, not a figure.
_FOUR_WHEELS = re.compile(r"\b(?:four|4|quattro|cuatro)\s+(?:wheels|ruote|ruedas)\b", re.IGNORECASE)
# "NIO with JAC", "Jido Auto con Geely": the words that pair one company with another.
_WITH = re.compile(r"(?<![a-z0-9])(?:with|con|insieme a|junto a)(?![a-z0-9])")
# How far a paired company may stand from "with": "NIO got round the licence problem by teaming up with JAC".
_PAIR_REACH = 70
_YEAR = re.compile(r"^(19|20)\d\d$")
# Sums of money: a figure after a currency sign, or before a word of cues.yaml's money_words.
_CURRENCY = re.compile(r"[$€£¥]\s?(\d+(?:[ ,.]\d{3})*)")
# Large counts written as words: "over a million cars" gives a figure the articles may not.
_LARGE = re.compile(
    r"\b(?:hundreds?|thousands?|millions?|billions?|centinaia|migliaia|milion[ie]|miliard[io]|cientos|miles|millon(?:es)?)\b"
)
_ONLY_ONE = re.compile(
    r"\b(?:only one|just one|a single|un solo|una sola|un unico|una unica|uno solo|solo un|solo una|solamente un)\b"
)
# "all three", "tutti e tre", "todos los tres": a tally of what the claim names, not a figure.
_TALLY = re.compile(
    r"\b(?:all|tutti e|tutte e|todos los|todas las)\s+"
    r"(?:two|three|four|five|due|tre|quattro|cinque|dos|tres|cuatro|cinco)\b"
)
_ORDINAL = re.compile(r"\b(\d{1,2})(?:st|nd|rd|th|o|a)\b")  # "11th", "11º" (folded to "11o")
# Counts the articles write in words ("two paths"): read as the figures a claim may use.
_NUMBER_WORDS = {
    word: str(value)
    for value, words in enumerate(
        [
            (),
            (),
            ("two", "due", "dos"),
            ("three", "tre", "tres"),
            ("four", "quattro", "cuatro"),
            ("five", "cinque", "cinco"),
            ("six", "sei", "seis"),
            ("seven", "sette", "siete"),
            ("eight", "otto", "ocho"),
            ("nine", "nove", "nueve"),
            ("ten", "dieci", "diez"),
        ]
    )
    for word in words
}
# Month words that are also common words ("may", "mar"): a date only next to a day's number.
_AMBIGUOUS_MONTHS = frozenset(
    {"may", "mar", "jan", "feb", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec"}
)


@dataclass(frozen=True)
class Details:
    """Names by kind ("place" -> {"Qingdao"}), dates as (day or 0, month), numbers as written."""

    names: frozenset[tuple[str, str]] = frozenset()
    dates: frozenset[tuple[int, int]] = frozenset()
    numbers: frozenset[str] = frozenset()  # bare figures, as in "plant No. 2" or "two paths"
    quantities: frozenset[str] = frozenset()  # figures with a unit: "100 kWh", "3,000 workers"
    money: frozenset[str] = frozenset()  # those that are sums of money: "$500 million"
    years: frozenset[str] = frozenset()
    spans: frozenset[str] = frozenset()  # lengths of time by unit: "month", "year"
    counted_spans: frozenset[tuple[int, str]] = frozenset()  # with their count: (6, "month"), (1, "month")
    pairings: frozenset[frozenset[str]] = frozenset()  # companies paired by "with": {NIO, JAC}
    scope: frozenset[str] = frozenset()  # "part" (part of a plant), "whole" (the entire plant)
    subject: bool = False  # names the story's subject (Xiaomi)

    def __bool__(self) -> bool:
        return bool(self.names or self.dates or self.numbers or self.quantities or self.years)

    @property
    def companies(self) -> frozenset[str]:
        return frozenset(name for kind, name in self.names if kind == "company")

    def kinds(self) -> frozenset[str]:
        """The kinds of detail given: company, place, ..., date, number, span."""
        given = {"date": self.dates, "number": self.numbers | self.quantities, "span": self.spans}
        return frozenset(kind for kind, _ in self.names) | {kind for kind, values in given.items() if values}


class DetailReader:
    """Finds the names (answering/language/names.yaml), dates and numbers (cues.yaml) in a text."""

    def __init__(self, cues: dict[str, Any]) -> None:
        self._finder = story_names()
        self._subject = any_phrase(cues["subject"])
        self._months = {fold(word): int(month) for month, words in cues["months"].items() for word in words}
        self._month_pattern = any_phrase(self._months)
        self._units = {fold(word): unit for unit, words in cues["time_units"].items() for word in words}
        self._unit_pattern = any_phrase(self._units)
        self._counted_unit = re.compile(
            rf"(?<![a-z0-9])(\d+|a|an|one|un|una|uno)\s+({phrase_alternatives(self._units)})(?![a-z0-9])"
        )
        self._joining = frozenset(fold(word) for word in cues["joining_words"])
        self._money_words = frozenset(fold(word) for word in cues["money_words"])
        self._scopes = {scope: any_phrase(words) for scope, words in cues["scope"].items()}

    def read(self, text: str) -> Details:
        text = _FOUR_WHEELS.sub(" ", _ALL_OF_IT.sub(" ", text))
        subject = bool(self._subject.search(fold(text)))
        folded = _ORDINAL.sub(r"\1", self._subject.sub(" ", fold(text)))
        names = self._finder.find(folded)
        dates, days = self._dates(folded)
        dates |= {(int(day), int(month)) for day, month in _DAY_MONTH.findall(text) if 0 < int(month) <= 12}
        tallied = _TALLY.sub(" ", text.lower())
        figures = " ".join(_NUMBER_WORDS.get(word, word) for word in _DAY_MONTH.sub(" ", tallied).split())
        figures = _ONLY_ONE.sub(" 1 ", fold(figures))
        numbers, quantities, years = set(), set(), set()
        money = {re.sub(r"\D", "", found) for found in _CURRENCY.findall(text)}
        for found in _NUMBER.finditer(_ORDINAL.sub(r"\1", figures.replace(",", "").replace(".", ""))):
            number, unit = found.group(1), fold(found.group(2) or "")
            if _YEAR.match(number):
                years.add(number)
            elif number in days or unit in self._units:
                continue
            elif unit and unit not in self._joining:
                quantities.add(number)
                if unit in self._money_words:
                    money.add(number)
            else:
                numbers.add(number)
        large = set(_LARGE.findall(folded))
        quantities.update(large)
        if money:
            money.update(large)  # "$500 million": the million is the sum's
        spans = frozenset(self._units[found] for found in self._unit_pattern.findall(folded))
        counted = frozenset((_count(count), self._units[unit]) for count, unit in self._counted_unit.findall(figures))
        return Details(
            names=names,
            dates=frozenset(dates),
            numbers=frozenset(numbers),
            quantities=frozenset(quantities | money),
            money=frozenset(money),
            years=frozenset(years),
            spans=spans,
            counted_spans=counted,
            pairings=self._pairings(folded),
            scope=frozenset(scope for scope, pattern in self._scopes.items() if pattern.search(folded)),
            subject=subject,
        )

    def _pairings(self, folded: str) -> frozenset[frozenset[str]]:
        """Companies joined by "with" ("con", "insieme a"): the nearest before it and the first after."""
        spans = [(start, end, name) for start, end, kind, name in self._finder.spans(folded) if kind == "company"]
        pairs = set()
        for joint in _WITH.finditer(folded):
            before = [name for start, end, name in spans if joint.start() - _PAIR_REACH < end <= joint.start()]
            after = [name for start, _, name in spans if joint.end() <= start < joint.end() + _PAIR_REACH // 3]
            if before and after and before[-1] != after[0]:
                pairs.add(frozenset((before[-1], after[0])))
        return frozenset(pairs)

    def of_fact(self, fact: Fact) -> Details:
        """A fact's details, from its answer, its disagreement note and its quotes; the outlet
        behind a reported fact is its claimant alone (a claim crediting it to another contradicts it)."""
        details = self.read(" ".join([fact.answer, fact.disagreement, *(source.quote for source in fact.sources)]))
        claimant = {name for name in self._finder.find(fold(fact.claimed_by)) if name[0] == "outlet"}
        if not claimant:
            return details
        others = {name for name in details.names if name[0] == "outlet"} - claimant
        return dataclasses.replace(details, names=(details.names - others) | claimant)

    def _dates(self, folded: str) -> tuple[set[tuple[int, int]], set[str]]:
        """Dates as (day, month), a month alone as (0, month); and the numbers used as days."""
        dates, days = set(), set()
        words = folded.split()
        for index, word in enumerate(words):
            month = self._months.get(word)
            if month is None:
                continue
            near = [w for w in words[max(0, index - 2) : index + 2] if w.isdigit() and len(w) <= 2]
            if not near and word in _AMBIGUOUS_MONTHS:
                continue
            dates.add((int(near[0]) if near else 0, month))
            days.update(near[:1])
        return dates, days


def differences(claim: Details, fact: Details) -> tuple[list[Difference], list[Difference]]:
    """The claim's details that the fact contradicts (it gives another of the kind) and
    those it does not give at all."""
    conflicts: list[Difference] = []
    unsaid: list[Difference] = []
    for kind, name in sorted(claim.names - fact.names):
        given = sorted(other for other_kind, other in fact.names if other_kind == kind)
        (conflicts if given else unsaid).append(Difference(kind, name, ", ".join(given)))
    for day, month in sorted(claim.dates):
        same_month = [date for date in fact.dates if date[1] == month]
        if any(day in (0, other_day) for other_day, _ in same_month):
            continue
        given = ", ".join(_date_words(date) for date in sorted(fact.dates))
        (conflicts if fact.dates else unsaid).append(Difference("date", _date_words((day, month)), given))
    figures = fact.numbers | fact.quantities
    given = ", ".join(sorted(figures))
    # A figure where the fact gives another contradicts it; where it gives none, it is news to it.
    for number in sorted((claim.numbers | claim.quantities) - figures):
        compared = figures if number not in claim.money else fact.money  # a price is no plant number
        (conflicts if compared else unsaid).append(Difference("number", number, given))
    if not claim.dates:
        unsaid.extend(Difference("year", year, "") for year in sorted(claim.years - fact.years))
    if fact.spans and claim.spans and not claim.spans & fact.spans:
        conflicts.append(Difference("span", ", ".join(sorted(claim.spans)), ", ".join(sorted(fact.spans))))
    elif claim.counted_spans and not fact.spans:
        unsaid.append(
            Difference("span", ", ".join(f"{count} {unit}" for count, unit in sorted(claim.counted_spans)), "")
        )
    for count, unit in sorted(claim.counted_spans - fact.counted_spans):
        given = sorted(theirs for theirs, their_unit in fact.counted_spans if their_unit == unit)
        if given and unit in fact.spans:
            conflicts.append(Difference("span", f"{count} {unit}", ", ".join(f"{other} {unit}" for other in given)))
    for pairing in claim.pairings:
        if fact.pairings and not any(pairing <= theirs for theirs in fact.pairings):
            conflicts.append(Difference("pairing", " + ".join(sorted(pairing)), ""))
    if claim.scope == {"whole"} and fact.scope == {"part"}:
        conflicts.append(Difference("scope", "whole", "part"))
    return conflicts, unsaid


def _count(word: str) -> int:
    return int(word) if word.isdigit() else 1


def _date_words(date: tuple[int, int]) -> str:
    day, month = date
    return f"{day}/{month}" if day else f"-/{month}"
