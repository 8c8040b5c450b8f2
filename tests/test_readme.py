"""The README's chat transcripts are the front door: a reader who asks what it shows gets what it shows."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

import pytest

PROJECT = Path(__file__).resolve().parent.parent
TURN = re.compile(r"^👤 (?P<asked>.*)\n(?:\s*\n)*🤖 (?P<said>.*)$", re.MULTILINE)


def transcripts() -> list[list[tuple[str, str]]]:
    """Each fenced chat of the README: its questions and the first line of each reply, in order."""
    readme = (PROJECT / "README.md").read_text(encoding="utf-8")
    chats = []
    for block in readme.split("```")[1::2]:
        turns = [(found["asked"], found["said"]) for found in TURN.finditer(block)]
        asked = [(question, said) for question, said in turns if not question.startswith(("/", "(forwarded"))]
        if asked:
            chats.append(asked)
    return chats


def replies(chat: list[tuple[str, str]], chat_id: str) -> list[str]:
    lines = "".join(json.dumps({"chat": chat_id, "q": question}) + "\n" for question, _ in chat)
    result = subprocess.run(
        [sys.executable, "-m", "bot", "ask", "--json", "-"],
        input=lines,
        capture_output=True,
        text=True,
        cwd=PROJECT,
        check=True,
    )
    return [json.loads(line)["answer"] for line in result.stdout.splitlines()]


def test_the_readme_shows_chats_with_questions_and_replies():
    assert len(transcripts()) >= 3


@pytest.mark.parametrize("chat", transcripts(), ids=lambda chat: chat[0][0])
def test_each_reply_shown_in_the_readme_is_the_bots(chat):
    for (question, shown), given in zip(chat, replies(chat, chat[0][0]), strict=True):
        if shown.startswith("("):
            continue  # a note on the reply, not its words
        assert given.startswith(shown.rstrip(" …")), question
