"""Checks one fact entry of a facts/*.yaml file and builds the Fact it describes."""

from __future__ import annotations

from pathlib import Path

from bot.claim_reader import ClaimReader
from bot.models import Fact, Slot, Status
from bot.translation_reader import read_translations

FACT_FIELDS = {
    "id": True,
    "topics": True,
    "claimed_by": True,
    "status": True,
    "answer": True,
    "questions": False,
    "sources": True,
    "provides": False,
    "keywords": False,
    "disagreement": False,
    "translations": False,
    "updates": False,
    "reasons": False,
    "options": False,
    "others": False,
    "responses": False,
    "standing": False,
}
MAX_ANSWER = 1000  # a Telegram message holds 4096, with room left for the sources


class FactReader(ClaimReader):
    kind = "fact"

    def read(self, seen_ids: dict[str, tuple[Path, int]]) -> Fact | None:
        fact_id = self._begin(FACT_FIELDS, seen_ids)
        answer = self._text("answer", MAX_ANSWER)
        claimed_by = self.checker.text(self.path, self.entry, "claimed_by", self.what)
        disagreement = self._optional_text("disagreement")
        wanted = {"question": False, "answer": True} | ({"disagreement": True} if disagreement else {})
        translations, self.untranslated = read_translations(
            self.checker, self.path, self.entry, self.what, wanted, MAX_ANSWER
        )
        fact = Fact(
            id=fact_id or "",
            topics=tuple(self._topics()),
            questions=tuple(self._questions()),
            answer=answer or "",
            claimed_by=self._claimant(claimed_by, answer),
            status=self._enum("status", Status),
            sources=tuple(self._sources()),
            provides=frozenset(self._slots()),
            keywords=tuple(self.checker.texts(self.path, self.entry, "keywords", self.what)),
            disagreement=disagreement,
            translations=translations,
            updates=self._optional_text("updates"),
            reasons=tuple(self.checker.texts(self.path, self.entry, "reasons", self.what)),
            options=tuple(self.checker.texts(self.path, self.entry, "options", self.what)),
            others=tuple(self.checker.texts(self.path, self.entry, "others", self.what)),
            responses=tuple(self.checker.texts(self.path, self.entry, "responses", self.what)),
            standing=tuple(self.checker.texts(self.path, self.entry, "standing", self.what)),
        )
        return fact if self.ok and answer and claimed_by else None

    def _questions(self) -> list[str]:
        questions = self.checker.texts(self.path, self.entry, "questions", self.what)
        for question in questions:
            if not any(character.isalnum() for character in question):
                self._complain("questions", f"question {question!r} has no words in it")
        return questions

    def _slots(self) -> list[Slot]:
        slots = []
        choices = [slot.value for slot in Slot if slot not in (Slot.STATEMENT, Slot.HOW_TO)]
        for value in self.checker.texts(self.path, self.entry, "provides", self.what):
            if value in choices:
                slots.append(Slot(value))
            else:
                self._complain("provides", f"provides {value!r} is not one of {', '.join(choices)}")
        return slots
