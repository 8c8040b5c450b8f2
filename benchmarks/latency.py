"""Matching latency and start-up time, on the real fact base and a synthetic large one.

Usage: python benchmarks/latency.py [--facts 10000] [--phrasings 10] [--queries 2000]

Measures Engine.ask (intent + matching + slot checks) per question, one core, and the
wall time of `python -m bot ask QUESTION` from process start to exit. A yardstick first
(a plain Python loop) tells how fast the machine runs Python alone, to set figures from
different machines side by side.
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import subprocess
import sys
import time
from collections.abc import Callable, Sequence
from pathlib import Path

import yaml
from rapidfuzz import fuzz, process

from bot.answering.engine import Engine
from bot.loader import load_knowledge
from bot.models import Article, Fact, KnowledgeBase, Source, Status, Topic

PROJECT = Path(__file__).resolve().parent.parent
QUESTION_SETS = [
    PROJECT.parent / "shared" / "eval" / "dev_questions.yaml",
    PROJECT.parent / "shared" / "eval" / "reader_sample_B.yaml",
    PROJECT / "benchmarks" / "heldout_questions.yaml",
    PROJECT / "benchmarks" / "questions" / "readers1.yaml",
    PROJECT / "benchmarks" / "questions" / "train_readers.yaml",
]
SYLLABLES = [consonant + vowel for consonant in "bklmnrst" for vowel in "aeiou"]
QUESTION_STARTS = ["what is", "why did", "who has", "where is", "how does", "is there", "tell me about", "did the"]


def percentile(samples: Sequence[float], share: float) -> float:
    ordered = sorted(samples)
    return ordered[min(len(ordered) - 1, int(share * len(ordered)))]


def time_each(ask: Callable[[str], object], questions: Sequence[str], rounds: int) -> list[float]:
    for question in questions:
        ask(question)  # warm caches the way a running bot has them
    samples = []
    for _ in range(rounds):
        for question in questions:
            started = time.perf_counter()
            ask(question)
            samples.append((time.perf_counter() - started) * 1000)
    return samples


def report(label: str, samples: Sequence[float]) -> None:
    p50, p99 = percentile(samples, 0.50), percentile(samples, 0.99)
    print(f"{label}: {len(samples)} questions, p50 {p50:.3f} ms, p99 {p99:.3f} ms, max {max(samples):.3f} ms")


def real_questions() -> list[str]:
    questions = []
    for path in QUESTION_SETS:
        if path.exists():
            questions += [case["q"] for case in yaml.safe_load(path.read_text(encoding="utf-8"))]
    return questions


def synthetic_base(fact_count: int, phrasings: int, rng: random.Random) -> KnowledgeBase:
    """Facts on made-up subjects: each has a few words of its own and shares common ones."""
    words = sorted({"".join(rng.choices(SYLLABLES, k=rng.randint(2, 4))) for _ in range(fact_count * 3)})
    common = words[:300]
    article = Article("synthetic", "Synthetic", "Benchmark", "text")
    facts = []
    for index in range(fact_count):
        own = rng.sample(words[300:], 4)
        questions = tuple(
            " ".join([rng.choice(QUESTION_STARTS), *rng.sample(own, rng.randint(2, 3)), *rng.sample(common, 2)])
            + f" {index}-{variant}"
            for variant in range(phrasings)
        )
        facts.append(
            Fact(
                id=f"fact-{index}",
                topics=("synthetic",),
                questions=questions,
                answer=" ".join(own),
                claimed_by="article",
                status=Status.STATED,
                sources=(Source(article, "text"),),
            )
        )
    return KnowledgeBase((article,), (Topic("synthetic", "Synthetic", "-"),), tuple(facts))


def synthetic_questions(knowledge: KnowledgeBase, count: int, rng: random.Random) -> list[tuple[str, str]]:
    """Phrasings as readers would type them (a word dropped, order changed, a typo), with their fact."""
    questions = []
    for fact in rng.sample(knowledge.facts, count):
        words = rng.choice(fact.questions).split()[:-1]
        rng.shuffle(words)
        words = words[: max(2, len(words) - 1)]
        position = rng.randrange(len(words))
        if len(words[position]) > 5:
            words[position] = words[position][:-2] + words[position][-1] + words[position][-2]
        questions.append((" ".join(words), fact.id))
    return questions


def compare_with_plain_scan(
    knowledge: KnowledgeBase, questions: Sequence[str], engine_samples: Sequence[float]
) -> None:
    """The same questions through rapidfuzz's extractOne(WRatio) over every phrasing."""
    phrasings = [question for fact in knowledge.facts for question in fact.questions]
    scan_samples = time_each(lambda question: process.extractOne(question, phrasings, scorer=fuzz.WRatio), questions, 1)
    report(f"plain extractOne(WRatio) over {len(phrasings)} phrasings", scan_samples)
    speedup = percentile(scan_samples, 0.99) / percentile(engine_samples, 0.99)
    print(f"engine p99 is {speedup:.0f}x faster than the plain scan's p99")


def startup_seconds(runs: int = 9) -> float:
    """Median wall time of `python -m bot ask`, as a deployment runs it: with Python's bytecode
    cache (a shell with PYTHONDONTWRITEBYTECODE set would recompile every module each time)."""
    environment = {name: value for name, value in os.environ.items() if name != "PYTHONDONTWRITEBYTECODE"}
    command = [sys.executable, "-m", "bot", "ask", "When is the launch?"]
    subprocess.run(command, cwd=PROJECT, capture_output=True, check=True, env=environment)  # writes the cache
    timings = []
    for _ in range(runs):
        started = time.perf_counter()
        subprocess.run(command, cwd=PROJECT, capture_output=True, check=True, env=environment)
        timings.append(time.perf_counter() - started)
    return statistics.median(timings)


def yardstick_seconds() -> float:
    """Seconds for 10^7 additions in a plain Python loop: how fast this machine runs Python
    alone (memory and numpy may be slower or faster still)."""
    started = time.perf_counter()
    total = 0
    for number in range(10**7):
        total += number
    return time.perf_counter() - started


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--facts", type=int, default=10_000)
    parser.add_argument("--phrasings", type=int, default=10)
    parser.add_argument("--queries", type=int, default=2_000)
    parser.add_argument("--scan-queries", type=int, default=200, help="questions for the slow plain scan")
    arguments = parser.parse_args()
    rng = random.Random(7)

    print(f"yardstick: 10^7 additions in a Python loop take {yardstick_seconds():.2f} s")
    real = Engine(load_knowledge(PROJECT / "knowledge"))
    report("real fact base", time_each(real.ask, real_questions(), rounds=20))

    knowledge = synthetic_base(arguments.facts, arguments.phrasings, rng)
    started = time.perf_counter()
    synthetic = Engine(knowledge)
    print(
        f"synthetic base: {arguments.facts} facts x {arguments.phrasings} phrasings, index built in "
        f"{time.perf_counter() - started:.1f} s"
    )
    cases = synthetic_questions(knowledge, arguments.queries, rng)
    questions = [question for question, _ in cases]
    engine_samples = time_each(synthetic.ask, questions, rounds=1)
    report("synthetic fact base", engine_samples)
    found = sum(synthetic.rank(question, limit=1)[0].fact.id == fact_id for question, fact_id in cases)
    print(f"synthetic fact base: the asked fact ranked first for {found}/{len(cases)} questions")
    compare_with_plain_scan(knowledge, questions[: arguments.scan_queries], engine_samples)
    print(f"start-up: `python -m bot ask` median {startup_seconds():.2f} s")


if __name__ == "__main__":
    main()
