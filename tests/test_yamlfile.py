"""The bot's own word lists: a word YAML would read as something else is refused, naming the file."""

from __future__ import annotations

import pytest

from bot.yamlfile import read_words


def test_a_word_yaml_reads_as_a_boolean_is_refused_with_the_file_named(tmp_path):
    words = tmp_path / "words.yaml"
    words.write_text("shorthand:\n  nah: no\n  rn: right now\n", encoding="utf-8")
    with pytest.raises(ValueError, match=r"words\.yaml: quote these words.*False"):
        read_words(words)


def test_quoted_words_are_read_as_text(tmp_path):
    words = tmp_path / "words.yaml"
    words.write_text('shorthand:\n  nah: "no"\nordinals: [["1", first]]\n', encoding="utf-8")
    assert read_words(words) == {"shorthand": {"nah": "no"}, "ordinals": [["1", "first"]]}
