"""Scores the engine on question sets, through the `ask --json -` contract.

Usage: python benchmarks/accuracy.py [QUESTIONS.yaml ...] [--show-misses]

With no files it scores every set the README reports: the held-out readers
(benchmarks/questions/heldout_readers39.yaml and heldout_readers38.yaml, written from the
articles alone and never tuned on), the readers' sets written the same way and since tuned
on (readers1-36.yaml), the team's training readers (tools/tune.py fits on them all), and
the shared samples in ../shared/eval (seen: tuned on). The rule is the one of
../shared/eval/score.py:
an `in`, `lang-it` or `lang-es` question is correct when answered, every `expect` group
has a term in the answer or its quotes, and a source comes from the right article; it is
declined when not answered, and wrong otherwise. An `out` question must be declined.

The sets tuned on are among the precedents the decision weighs (bot/answering/precedents.py),
so each of their questions finds itself there; `--unseen` judges each set with its own
questions left out of them, as the README reports the seen sets.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
from collections import Counter
from pathlib import Path
from typing import Any

import yaml

PROJECT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(PROJECT))

from bot.cli import Terminal  # noqa: E402
from bot.loader import load_knowledge  # noqa: E402
from bot.render.plain import json_record  # noqa: E402

SHARED_EVAL = PROJECT.parent / "shared" / "eval"
QUESTIONS = PROJECT / "benchmarks" / "questions"
DEFAULT_SETS = [
    QUESTIONS / "heldout_readers39.yaml",
    QUESTIONS / "heldout_readers38.yaml",
    *(QUESTIONS / f"readers{number}.yaml" for number in range(1, 37)),
    QUESTIONS / "train_readers.yaml",
    PROJECT / "benchmarks" / "heldout_questions.yaml",
    SHARED_EVAL / "dev_questions.yaml",
    SHARED_EVAL / "reader_sample_B.yaml",
    SHARED_EVAL / "reader_sample_lang.yaml",
]
ARTICLE_NUMBERS = {1: "000_68073c68289df6a5", 2: "002_29541d7ea7f6684e"}
IN_STORY = ("in", "lang-it", "lang-es")


def answer_all(questions: list[str]) -> list[dict[str, Any]]:
    result = subprocess.run(
        [sys.executable, "-m", "bot", "ask", "--json", "-"],
        input="\n".join(question.replace("\n", " ") for question in questions) + "\n",
        capture_output=True,
        text=True,
        cwd=PROJECT,
        check=True,
    )
    return [json.loads(line) for line in result.stdout.splitlines()]


def answer_unseen(questions: list[str], question_set: str) -> list[dict[str, Any]]:
    """As `ask --json -` answers them, but in this process and with the set's own questions
    left out of the precedents: a set tuned on, judged as if its questions were new."""
    terminal = Terminal(load_knowledge(PROJECT / "knowledge"), None)
    terminal.engine.precedents = terminal.engine.precedents.without(question_set)
    return [json_record(*terminal.answer(question, None)) for question in questions]


def is_correct(case: dict[str, Any], record: dict[str, Any]) -> bool:
    if case["kind"] == "out":
        return not record["answered"]
    if not record["answered"]:
        return False
    text = " ".join([record["answer"], *(source["quote"] for source in record["sources"])]).lower()
    if not all(any(str(term).lower() in text for term in group) for group in case["expect"]):
        return False
    cited = {source["article"] for source in record["sources"]}
    return case["article"] == "both" or ARTICLE_NUMBERS[int(case["article"])] in cited


def verdict(case: dict[str, Any], record: dict[str, Any]) -> str:
    if is_correct(case, record):
        return "correct"
    return "wrong" if record["answered"] else "declined"


def by_field(field: str, cases: list[dict[str, Any]], records: list[dict[str, Any]]) -> None:
    """Correct share per value of a field the question sets carry (persona, asks)."""
    groups: dict[str, Counter[str]] = {}
    for case, record in zip(cases, records, strict=True):
        groups.setdefault(f"{case.get(field, '-')}", Counter())[verdict(case, record)] += 1
    for value, counts in sorted(groups.items(), key=lambda item: -item[1].total()):
        print(f"    {field} {value:14} {_share('correct', counts['correct'], counts.total())}, wrong {counts['wrong']}")


def score(path: Path, show_misses: bool, breakdown: str | None, unseen: bool) -> None:
    cases = yaml.safe_load(path.read_text(encoding="utf-8"))
    questions = [case["q"] for case in cases]
    records = answer_unseen(questions, path.name) if unseen else answer_all(questions)
    tally: dict[str, Counter[str]] = {}
    for case, record in zip(cases, records, strict=True):
        outcome = verdict(case, record)
        tally.setdefault(case["kind"], Counter())[outcome] += 1
        if show_misses and outcome != "correct":
            print(f"  {outcome.upper()} [{case['kind']}] {case['q']!r} -> {record['kind']} {record['fact_id']}")
    in_story = sum((tally.get(kind, Counter()) for kind in IN_STORY), Counter())
    wrong = sum(counts["wrong"] for counts in tally.values())
    parts = [_share("in-story correct", in_story["correct"], in_story.total())]
    parts.append(f"declined {in_story['declined']}, wrong {in_story['wrong']}")
    languages = [kind for kind in ("lang-it", "lang-es") if kind in tally]
    parts += [_share(kind, tally[kind]["correct"], tally[kind].total()) for kind in languages]
    for kind in languages:
        code = kind.removeprefix("lang-")
        replies = [record for case, record in zip(cases, records, strict=True) if case["kind"] == kind]
        parts.append(_share(f"replied in {code}", sum(record["language"] == code for record in replies), len(replies)))
    if "out" in tally:
        parts.append(_share("out-of-story declined", tally["out"]["correct"], tally["out"].total()))
    parts.append(_share("wrong answers", wrong, len(cases)))
    print(f"{path.name} ({len(cases)}): " + "; ".join(parts))
    if breakdown:
        by_field(breakdown, cases, records)


def _share(label: str, count: int, total: int) -> str:
    return f"{label} {count}/{total} ({100 * count / total:.1f}%)" if total else f"{label} -"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("files", nargs="*", type=Path)
    parser.add_argument("--show-misses", action="store_true")
    parser.add_argument("--by", choices=["persona", "asks", "kind"], help="also break each set down by this field")
    parser.add_argument(
        "--unseen", action="store_true", help="judge each set with its own questions left out of the precedents"
    )
    arguments = parser.parse_args()
    for path in arguments.files or [path for path in DEFAULT_SETS if path.exists()]:
        score(path, arguments.show_misses, arguments.by, arguments.unseen)


if __name__ == "__main__":
    main()
