"""Scores the engine on question sets, through the `ask --json -` contract.

Usage: python benchmarks/accuracy.py [QUESTIONS.yaml ...] [--show-misses]

With no files it scores ../shared/eval/dev_questions.yaml (the shared sample) and
benchmarks/heldout_questions.yaml (written by the team, never used for tuning). The rule
is the one written at the top of dev_questions.yaml: an `in`, `lang-it` or `lang-es`
question is correct when answered, every `expect` group has a term in the answer or its
quotes, and a source comes from the right article; an `out` question must be declined.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import yaml

PROJECT = Path(__file__).resolve().parent.parent
DEFAULT_SETS = [
    PROJECT.parent / "shared" / "eval" / "dev_questions.yaml",
    PROJECT / "benchmarks" / "heldout_questions.yaml",
]
ARTICLE_NUMBERS = {1: "000_68073c68289df6a5", 2: "002_29541d7ea7f6684e"}


def answer_all(questions: list[str]) -> list[dict[str, Any]]:
    result = subprocess.run(
        [sys.executable, "-m", "bot", "ask", "--json", "-"],
        input="\n".join(questions) + "\n",
        capture_output=True,
        text=True,
        cwd=PROJECT,
        check=True,
    )
    return [json.loads(line) for line in result.stdout.splitlines()]


def is_correct(case: dict[str, Any], record: dict[str, Any]) -> bool:
    if case["kind"] == "out":
        return not record["answered"]
    if not record["answered"]:
        return False
    text = " ".join([record["answer"], *(source["quote"] for source in record["sources"])]).lower()
    if not all(any(term.lower() in text for term in group) for group in case["expect"]):
        return False
    cited = {source["article"] for source in record["sources"]}
    return case["article"] == "both" or ARTICLE_NUMBERS[case["article"]] in cited


def score(path: Path, show_misses: bool) -> None:
    cases = yaml.safe_load(path.read_text(encoding="utf-8"))
    records = answer_all([case["q"] for case in cases])
    totals: dict[str, list[int]] = {}
    wrong_answers = 0
    for case, record in zip(cases, records, strict=True):
        correct = is_correct(case, record)
        totals.setdefault(case["kind"], [0, 0])
        totals[case["kind"]][0] += correct
        totals[case["kind"]][1] += 1
        wrong_answers += record["answered"] and not correct
        if show_misses and not correct:
            print(f"  MISS [{case['kind']}] {case['q']!r} -> {record['kind']} {record['fact_id']} ({record['score']})")
    print(f"{path.name}: {len(cases)} questions")
    for kind, (good, count) in sorted(totals.items()):
        label = "declined" if kind == "out" else "correct"
        print(f"  {kind:8} {good}/{count} {label} ({100 * good / count:.1f}%)")
    print(f"  wrong answers: {wrong_answers}/{len(cases)} ({100 * wrong_answers / len(cases):.1f}%)")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("files", nargs="*", type=Path)
    parser.add_argument("--show-misses", action="store_true")
    arguments = parser.parse_args()
    for path in arguments.files or [path for path in DEFAULT_SETS if path.exists()]:
        score(path, arguments.show_misses)


if __name__ == "__main__":
    main()
