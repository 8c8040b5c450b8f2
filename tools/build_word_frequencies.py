"""Writes bot/answering/language/word_frequency.tsv from wordfreq: how common each word is in English,
Italian and Spanish at large.

The bot reads the table to weigh words a question uses that no fact knows: "could",
"tell" and "wonder" are everywhere and say little, "Tesla" or "bitcoin" say the question
is about something else. wordfreq (https://github.com/rspeer/wordfreq, data CC BY-SA 4.0)
is 57 MB installed, so the bot ships this derived table instead of the library.

Usage: pip install wordfreq && python tools/build_word_frequencies.py
"""

from __future__ import annotations

import sys
from pathlib import Path

from wordfreq import get_frequency_dict, zipf_frequency

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from bot.answering.text import fold

LANGUAGES = ("en", "it", "es")
# Words rarer than this (Zipf 3: once per million words) are left out: to the bot, a word
# missing from the table is rare.
MIN_ZIPF = 3.0
TARGET = Path(__file__).resolve().parent.parent / "bot" / "answering" / "language" / "word_frequency.tsv"


def table() -> dict[str, list[int]]:
    """Folded word -> Zipf frequency x 10 per language (the largest spelling wins)."""
    rows: dict[str, list[int]] = {}
    for column, language in enumerate(LANGUAGES):
        for word in get_frequency_dict(language, wordlist="best"):
            zipf = zipf_frequency(word, language)
            if zipf < MIN_ZIPF:
                continue
            folded = fold(word)
            if not folded.isalnum():
                continue
            row = rows.setdefault(folded, [0] * len(LANGUAGES))
            row[column] = max(row[column], round(zipf * 10))
    return rows


def main() -> None:
    lines = [
        "# Zipf frequency x 10 (log10 of uses per billion words) in en, it, es; from wordfreq",
        "# (CC BY-SA 4.0), built by tools/build_word_frequencies.py. Do not edit by hand.",
    ]
    lines += ["\t".join([word, *map(str, zipfs)]) for word, zipfs in sorted(table().items())]
    TARGET.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"{TARGET}: {len(lines) - 2} words")


if __name__ == "__main__":
    main()
