"""Fits the answer decision (bot/answering/decision.yaml) on labelled reader questions.

For every labelled question the engine's best candidate is judged right or wrong with
the rule of benchmarks/accuracy.py (out-of-story questions: any answer is wrong); a
logistic model over the engine's evidence learns the chance that a candidate is right,
and the answer cut-off is the lowest one whose (smoothed) share of wrong answers stays
within WRONG_BUDGET, on 5-fold cross-validated predictions. The readers' sets written
blind and since looked at (readers1-36.yaml) are the data most like unseen readers, so
the cut-off follows them; the held-out sets
(benchmarks/questions/heldout_readers38-40.yaml) are never read here.

The meaning vectors' whitening (bot/answering/meaning.py) is fitted first, on every
labelled reader's message, and written to whitening.npz: the evidence below is read with it.

Among the evidence are the precedents (bot/answering/precedents.py): every labelled question
judged against every fact, written to bot/answering/precedents.json. Each set's questions
are weighed against the other sets' precedents only, as if unseen.

A follow-up read with the conversation's fact has its own small model (the answer model's
confidence, whether the candidate is the conversation's fact again, how many words of its
own the message has, how its nearest labelled follow-ups were judged, whether they stayed
on their conversation's fact, where the nearest follow-ups of the same fact went, and
whether the message read on its own finds the same candidate, and how surely),
fitted on the later turns of the labelled conversations, played as a reader would, each
set's against the other sets' follow-ups only; the fact most of those of the same fact
went to is the follow-up's candidate. Its cut-off is chosen the same way, by playing the
labelled conversations
(benchmarks/questions/dialogues_train*.yaml, dialogues_readers*.yaml and the shared sample)
end to end with each cut-off and judging their later turns; the held-out dialogues
(dialogues_heldout38-40.yaml) are never read here.

Usage: python tools/tune.py [--dry-run]
"""

from __future__ import annotations

import argparse
import math
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

import yaml

PROJECT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(PROJECT))
sys.path.insert(0, str(PROJECT / "benchmarks"))

from accuracy import is_correct  # noqa: E402

from bot.answering.consideration import Consideration, one_word_tie  # noqa: E402
from bot.answering.decision import (  # noqa: E402
    FEATURES,
    FOLLOW_UP_FEATURES,
    DecisionModel,
    Evidence,
    FollowUpEvidence,
    Logistic,
    bundled_model,
    logistic,
)
from bot.answering.engine import Engine  # noqa: E402
from bot.answering.meaning import Whitening, raw_vectors  # noqa: E402
from bot.answering.precedents import (  # noqa: E402
    PRECEDENTS_FILE,
    Precedent,
    PrecedentIndex,
    merged,
    precedents_json,
)
from bot.answering.question import Question  # noqa: E402
from bot.conversations import Conversation  # noqa: E402
from bot.languages.catalog import Catalog, Texts  # noqa: E402
from bot.loader import load_knowledge  # noqa: E402
from bot.models import Answer, AnswerKind, Fact  # noqa: E402
from bot.render.plain import json_record  # noqa: E402

# Near misses written per fact teach the model what a near miss looks like; they are
# left out when the cut-off is chosen, which should follow readers' own mix of questions.
QUESTIONS = PROJECT / "benchmarks" / "questions"
NEAR_MISSES = QUESTIONS / "near_misses.yaml"
TRAINING_SETS = [
    QUESTIONS / "train_readers.yaml",
    *(QUESTIONS / f"readers{number}.yaml" for number in range(1, 37)),
    NEAR_MISSES,
    PROJECT / "benchmarks" / "heldout_questions.yaml",
    PROJECT.parent / "shared" / "eval" / "dev_questions.yaml",
    PROJECT.parent / "shared" / "eval" / "reader_sample_B.yaml",
    PROJECT.parent / "shared" / "eval" / "reader_sample_lang.yaml",
]
# Conversations whose later turns lean on the earlier ones: they fit the follow-up model and
# its cut-off, and their later turns are the follow-up precedents.
DIALOGUE_SETS = [
    QUESTIONS / "dialogues_train.yaml",
    QUESTIONS / "dialogues_train2.yaml",
    *(QUESTIONS / f"dialogues_readers{number}.yaml" for number in range(2, 37)),
    PROJECT.parent / "shared" / "eval" / "dialogue_sample.yaml",
]
# Readers may get a wrong answer to at most 3% of their questions (issue #8): the answer
# cut-off keeps the cross-validated wrong answers within this share of the labelled
# questions, a margin below: held-out sets have come out above the cross-validated share
# (3.2% on the thirty-sixth at 2.25%), and a refit on the richer answers of the
# twenty-second session spent 2.25% at a cut-off of 0.56, where near misses the tests keep
# declined ("and on what conditions?" after the talks) got answered. Right minus four times
# wrong, the objective before, is flat near its top: refits picked 0.68 or 0.80, 170 right
# answers apart.
WRONG_BUDGET = 0.02
# The follow-up cut-off is the one, of those keeping the wrong answers within this share of
# the labelled later turns, with the most turns right net of those answered wrong: an answer
# is given when it is more likely right than wrong. Below the nineteenth session's cut-off
# (0.61) the right turns stay flat (3,170 to 3,179 of 3,508 down to 0.40) while the wrong
# ones grow (183 to 210), so the lowest cut-off within the share, the rule until the
# twentieth session, gave refits more wrong answers and no more right ones. A follow-up's
# words are few, so it is wrong more often than a question asked alone; at this share it
# answers "where is that?" after the Qingdao plant, and declines it after BAIC BluePark,
# whose place the articles don't give.
FOLLOW_UP_WRONG_BUDGET = 0.06
# Each cut-off's share of wrong answers (and net right follow-ups) is averaged with this many
# neighbours (0.01 apart) on each side.
SMOOTHING = 3
# Offered as "did you mean" from this confidence, when below the answer cut-off.
SUGGEST_AT = 0.25
RIDGE = 0.5
# How much a written near miss counts in the fit, against one reader question.
NEAR_MISS_WEIGHT = 0.3
FOLDS = 5


@dataclass(frozen=True)
class Sample:
    kind: str
    evidence: Evidence | None  # None: nothing matched, always declined
    answerable: bool  # the engine has a candidate giving what is asked
    right: bool  # that candidate is a right answer
    readers_mix: bool  # from a set with readers' own mix of questions (not the near-miss set)
    tie: bool  # a one-word question several facts answer alike: the engine offers a choice


def labelled_questions() -> list[tuple[str, dict[str, Any]]]:
    """Every labelled question of the training sets, with the name of its set."""
    return [
        (path.name, case)
        for path in TRAINING_SETS
        if path.exists()
        for case in yaml.safe_load(path.read_text(encoding="utf-8"))
    ]


def labelled_conversations() -> list[tuple[str, list[dict[str, Any]]]]:
    """Every labelled conversation's turns, with the name of its set."""
    return [
        (path.name, dialogue["turns"])
        for path in DIALOGUE_SETS
        if path.exists()
        for dialogue in yaml.safe_load(path.read_text(encoding="utf-8"))
    ]


def fitted_whitening(
    labelled: list[tuple[str, dict[str, Any]]], conversations: list[tuple[str, list[dict[str, Any]]]]
) -> Whitening:
    """The whitening of the meaning vectors (meaning.py), fitted on every labelled reader's message."""
    texts = [case["q"] for _, case in labelled]
    texts += [turn["q"] for _, turns in conversations for turn in turns]
    return Whitening.fit(raw_vectors().embed(texts))


def precedents(engine: Engine, labelled: list[tuple[str, dict[str, Any]]]) -> list[Precedent]:
    """Each labelled question with the facts whose answer is judged right for it, and the
    engine's candidate when judged wrong."""
    english = Catalog().texts("en")  # answers are judged on the English texts and quotes
    found = []
    for source, case in labelled:
        question = engine.read(case["q"])
        if question.intent.small_talk is not None or engine.article_answers.answer(question) is not None:
            continue  # answered without the decision
        found.append(_judged(engine, source, case, question, english))
    return found


def _judged(
    engine: Engine, source: str, case: dict[str, Any], reading: Question, english: Texts, follows: str | None = None
) -> Precedent:
    """A labelled question as read (alone, or with its conversation for a follow-up of the fact
    `follows`), with the facts judged right for it and the engine's candidate when that one is
    judged wrong. A fact ranked first that lacks the detail asked for is no candidate ("What did
    Chery say?" and the talks): it was never the answer, so it is not wrong for questions it
    does answer."""
    out = case["kind"] == "out"
    facts = engine.knowledge.facts
    right = () if out else tuple(fact.id for fact in facts if _judged_right(case, reading, fact, english))
    candidate = engine.closest_reading(reading).candidate
    wrong = (candidate.fact.id,) if candidate is not None and candidate.fact.id not in right else ()
    return Precedent(case["q"], (source,), right, wrong, out, reading.intent.asked_kinds, follows)


def _judged_right(case: dict[str, Any], question: Question, fact: Fact, english: Texts) -> bool:
    return is_correct(case, json_record(_answered_with(case["q"], question, fact), english))


def samples(engine: Engine, labelled: list[tuple[str, dict[str, Any]]], index: PrecedentIndex) -> list[Sample]:
    """Every labelled question with the engine's evidence and verdict, each set's questions
    weighed against the precedents of the other sets, as if unseen."""
    english = Catalog().texts("en")
    found = []
    unseen_by = {source: index.without(source) for source in {source for source, _ in labelled}}
    for source, case in labelled:
        with weighing(engine, (unseen_by[source], engine.follow_up_precedents)):
            question = engine.read(case["q"])
            if question.intent.small_talk is not None or engine.article_answers.answer(question) is not None:
                continue  # answered without the decision
            seen = engine.closest_reading(question)
        right = False
        if seen.candidate is not None:
            right = is_correct(case, json_record(_as_answered(case["q"], seen), english))
        readers_mix = source != NEAR_MISSES.name
        found.append(
            Sample(case["kind"], seen.evidence, seen.candidate is not None, right, readers_mix, one_word_tie(seen))
        )
    return found


def _as_answered(text: str, seen: Consideration) -> Answer:
    """The answer the engine would give if it trusted its candidate, worded as the reader asked."""
    return _answered_with(text, seen.question, seen.candidate.fact if seen.candidate else None)


def _answered_with(text: str, question: Question, fact: Fact | None) -> Answer:
    intent = question.intent
    return Answer(
        text, AnswerKind.FACT, fact=fact, asks_confirmation=intent.asks_confirmation, asks_source=intent.asks_source
    )


def fit(
    rows: list[tuple[float, ...]], labels: list[int], weights: list[float]
) -> tuple[tuple[float, ...], tuple[float, ...], list[float]]:
    """Weighted, standardised ridge logistic regression by Newton's method; returns means, scales, [bias, *weights]."""
    width = len(rows[0])
    # A value not known (NaN: no precedent of the kind) counts as the mean, as Logistic.chance counts it.
    columns = [[row[j] for row in rows if not math.isnan(row[j])] or [0.0] for j in range(width)]
    means = tuple(sum(column) / len(column) for column in columns)
    scales = tuple(
        math.sqrt(sum((value - mean) ** 2 for value in column) / len(column)) or 1.0
        for column, mean in zip(columns, means, strict=True)
    )
    data = [[1.0, *map(_standardised, row, means, scales)] for row in rows]
    beta = [0.0] * (width + 1)
    for _ in range(30):
        gradient = [-RIDGE * b if j else 0.0 for j, b in enumerate(beta)]
        hessian = [[(RIDGE if i == j and i else 0.0) for j in range(width + 1)] for i in range(width + 1)]
        for x, y, weight in zip(data, labels, weights, strict=True):
            p = logistic(sum(b * v for b, v in zip(beta, x, strict=True)))
            for i in range(width + 1):
                gradient[i] += weight * (y - p) * x[i]
                for j in range(width + 1):
                    hessian[i][j] += weight * p * (1 - p) * x[i] * x[j]
        step = _solve(hessian, gradient)
        beta = [b + s for b, s in zip(beta, step, strict=True)]
        if max(map(abs, step)) < 1e-8:
            break
    return means, scales, beta


def _standardised(value: float, mean: float, scale: float) -> float:
    return 0.0 if math.isnan(value) else (value - mean) / scale


def _training_rows(chosen: list[Sample]) -> tuple[list[tuple[float, ...]], list[int], list[float]]:
    return (
        [sample.evidence.vector() for sample in chosen],
        [int(sample.right) for sample in chosen],
        [1.0 if sample.readers_mix else NEAR_MISS_WEIGHT for sample in chosen],
    )


def _solve(matrix: list[list[float]], vector: list[float]) -> list[float]:
    size = len(vector)
    augmented = [[*row, value] for row, value in zip(matrix, vector, strict=True)]
    for column in range(size):
        pivot = max(range(column, size), key=lambda row: abs(augmented[row][column]))
        augmented[column], augmented[pivot] = augmented[pivot], augmented[column]
        for row in range(size):
            if row != column:
                factor = augmented[row][column] / augmented[column][column]
                augmented[row] = [a - factor * b for a, b in zip(augmented[row], augmented[column], strict=True)]
    return [augmented[row][size] / augmented[row][row] for row in range(size)]


def model_of(
    answer: Logistic, answer_at: float, follow_up: Logistic | None = None, follow_up_at: float = 0.5
) -> DecisionModel:
    """The decision with a fitted answer model; until the follow-up one is fitted, follow-ups go as questions do."""
    follow_up = follow_up or Logistic.step(len(FOLLOW_UP_FEATURES), answer_at)
    return DecisionModel(answer, follow_up, answer_at, min(SUGGEST_AT, answer_at), follow_up_at)


@dataclass(frozen=True)
class Dialogues:
    """The labelled conversations, each with the name of its set, and for each set the
    precedents it is played against: those of questions asked alone and of follow-ups,
    without its own texts (as if unseen)."""

    conversations: list[tuple[str, list[dict[str, Any]]]]
    unseen: dict[str, tuple[PrecedentIndex, PrecedentIndex]]

    @classmethod
    def of(
        cls,
        questions: PrecedentIndex,
        follow_ups: PrecedentIndex,
        conversations: list[tuple[str, list[dict[str, Any]]]] | None = None,
    ) -> Dialogues:
        """`conversations`: the labelled conversations, if already read."""
        conversations = labelled_conversations() if conversations is None else conversations
        texts: dict[str, list[str]] = {}
        for source, turns in conversations:
            texts.setdefault(source, []).extend(turn["q"] for turn in turns)
        unseen = {source: (questions.without_texts(own), follow_ups.without(source)) for source, own in texts.items()}
        return cls(conversations, unseen)


@contextmanager
def weighing(engine: Engine, precedents: tuple[PrecedentIndex, PrecedentIndex]) -> Iterator[None]:
    """The engine weighing other precedents for a while, as it was afterwards."""
    kept = engine.precedents, engine.follow_up_precedents
    engine.precedents, engine.follow_up_precedents = precedents
    try:
        yield
    finally:
        engine.precedents, engine.follow_up_precedents = kept


@dataclass(frozen=True)
class Turn:
    """A later turn of a labelled conversation, as played: the conversation's fact and the answer given."""

    source: str  # the set of conversations it comes from
    case: dict[str, Any]
    about: Fact | None
    asked_source: bool
    answer: Answer


def played(engine: Engine, dialogues: Dialogues) -> list[Turn]:
    """Plays every conversation in order, as a reader would, each set's against the
    precedents without its own texts; returns their later turns."""
    later = []
    for source, turns in dialogues.conversations:
        with weighing(engine, dialogues.unseen[source]):
            conversation = Conversation()
            for position, turn in enumerate(turns):
                about = engine.followable(engine.knowledge.fact(conversation.about or ""))
                answer = engine.ask(turn["q"], about, conversation.asked_source)
                if position:
                    later.append(Turn(source, turn, about, conversation.asked_source, answer))
                conversation = conversation.after(answer, "en")
    return later


def follow_up_outcome(engine: Engine, dialogues: Dialogues) -> tuple[int, int, int]:
    """The later turns judged: those right (a turn declined where the articles don't say is
    right), those answered wrong, and the later turns in all."""
    english = Catalog().texts("en")
    right = wrong = 0
    turns = played(engine, dialogues)
    for turn in turns:
        correct = is_correct(turn.case, json_record(turn.answer, english))
        right += correct
        wrong += turn.answer.answered and not correct
    return right, wrong, len(turns)


def follow_up_precedents(engine: Engine, dialogues: Dialogues) -> list[Precedent]:
    """Each later turn of the labelled conversations read as a follow-up, with the facts
    judged right for it as read with its conversation, and that reading's first choice (its
    candidate, else the fact it ranks first) when judged wrong."""
    english = Catalog().texts("en")
    found = []
    for turn in played(engine, dialogues):
        with weighing(engine, dialogues.unseen[turn.source]):
            question = engine.read_in_conversation(turn.case["q"], turn.about, turn.asked_source)
            reading = engine.as_follow_up(question, turn.about, engine.answers_alone(question))
            if reading is None or question.intent.small_talk is not None:
                continue
            if engine.article_answers.answer(question, turn.about) is not None:
                continue
            found.append(_judged(engine, turn.source, turn.case, reading, english, turn.about.id))
    return found


def follow_up_samples(engine: Engine, dialogues: Dialogues) -> tuple[list[FollowUpEvidence], list[bool]]:
    """Every later turn read as a follow-up of the conversation's fact, with its follow-up
    evidence (against the precedents without its set's texts) and whether that reading's
    candidate is a right answer."""
    english = Catalog().texts("en")
    evidence, right = [], []
    for turn in played(engine, dialogues):
        with weighing(engine, dialogues.unseen[turn.source]):
            question = engine.read_in_conversation(turn.case["q"], turn.about, turn.asked_source)
            alone = engine.closest_reading(question)
            answered_alone = engine.answer_seen(question.text, alone)[0].answered
            follow_up = engine.as_follow_up(question, turn.about, answered_alone)
            if engine.article_answers.answer(question, turn.about) is not None:
                continue  # answered without the decision
            seen = engine.closest_reading(follow_up) if follow_up is not None else None
            if seen is None or seen.candidate is None or seen.evidence is None:
                continue
            evidence.append(engine.follow_up_evidence(seen, engine.following_up(question, turn.about, alone)))
        right.append(is_correct(turn.case, json_record(_as_answered(turn.case["q"], seen), english)))
    return evidence, right


def follow_up_cut(engine: Engine, model: DecisionModel, cuts: list[float], dialogues: Dialogues) -> float:
    """The follow-up cut-off, of those within FOLLOW_UP_WRONG_BUDGET, with the most later turns
    right net of those answered wrong, on the conversations played end to end with each
    cut-off (the engine's decision is swapped for each, then put back); ties go to the higher."""
    kept = engine.model
    outcomes = []
    try:
        for cut in cuts:
            engine.model = replace(model, follow_up_at=cut)
            outcomes.append(follow_up_outcome(engine, dialogues))
    finally:
        engine.model = kept
    wrong_share = _smoothed([wrong / turns for _, wrong, turns in outcomes])
    net_right = _smoothed([right - wrong for right, wrong, _ in outcomes])
    within = [position for position, share in enumerate(wrong_share) if share <= FOLLOW_UP_WRONG_BUDGET]
    if not within:
        return cuts[-1]
    return cuts[max(within, key=lambda position: (net_right[position], cuts[position]))]


def lowest_within_budget(cuts: list[float], wrong_share: Callable[[float], float], budget: float) -> float:
    """The lowest cut-off whose share of wrong answers, averaged over its neighbours (SMOOTHING
    on each side: noise would otherwise pick among near equals), is within `budget`: as many
    answers as readers can have at the rate of wrong ones they accept (the highest cut-off
    when none is)."""
    smoothed = _smoothed([wrong_share(cut) for cut in cuts])
    return next((cut for cut, share in zip(cuts, smoothed, strict=True) if share <= budget), cuts[-1])


def _smoothed(values: list[float]) -> list[float]:
    """Each value as the mean over its neighbours, SMOOTHING on each side (fewer at the ends)."""
    return [sum(near := values[max(0, i - SMOOTHING) : i + SMOOTHING + 1]) / len(near) for i in range(len(values))]


def cross_validated(usable: list[Sample]) -> list[float]:
    """Each sample's confidence from a model fitted without its fold."""
    confidences = [0.0] * len(usable)
    for fold in range(FOLDS):
        train = [s for i, s in enumerate(usable) if i % FOLDS != fold]
        model = model_of(_logistic(*fit(*_training_rows(train))), 0.5)
        for i, sample in enumerate(usable):
            if i % FOLDS == fold:
                confidences[i] = model.confidence(sample.evidence)
    return confidences


def outcome(all_samples: list[Sample], usable: list[Sample], confidences: list[float], cut: float) -> dict[str, int]:
    counts = {"in": 0, "in_right": 0, "out": 0, "out_declined": 0, "wrong": 0}
    answered = {id(s): c >= cut and not s.tie for s, c in zip(usable, confidences, strict=True)}
    for sample in (sample for sample in all_samples if sample.readers_mix):
        given = answered.get(id(sample), False)
        if sample.kind == "out":
            counts["out"] += 1
            counts["out_declined"] += not given
        else:
            counts["in"] += 1
            counts["in_right"] += given and sample.right
        counts["wrong"] += given and not sample.right
    return counts


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument(
        "--dry-run",
        action="store_true",
        help="report, but don't write bot/answering/decision.yaml, precedents.json nor whitening.npz",
    )
    arguments = parser.parse_args()
    nothing = PrecedentIndex.empty()
    labelled = labelled_questions()
    conversations_read = labelled_conversations()
    whitening = fitted_whitening(labelled, conversations_read)
    vectors = raw_vectors().whitened(whitening)
    engine = Engine(load_knowledge(PROJECT / "knowledge"), _current_model(), vectors, (nothing, nothing))
    index = PrecedentIndex.of(merged(precedents(engine, labelled)), vectors)
    all_samples = samples(engine, labelled, index)
    usable = [s for s in all_samples if s.evidence is not None and s.answerable]
    confidences = cross_validated(usable)
    cuts = [i / 100 for i in range(20, 96)]
    best = lowest_within_budget(
        cuts, lambda cut: _wrong_share(outcome(all_samples, usable, confidences, cut)), WRONG_BUDGET
    )
    counts = outcome(all_samples, usable, confidences, best)
    summary = (
        f"in-story right {counts['in_right']}/{counts['in']}, out-of-story declined "
        f"{counts['out_declined']}/{counts['out']}, wrong {counts['wrong']}/{counts['in'] + counts['out']}"
    )
    print(f"{len(all_samples)} labelled questions; cross-validated at cut-off {best:.2f}: {summary}")
    answer = _logistic(*fit(*_training_rows(usable)))
    engine.model = model_of(answer, best)
    engine.precedents = index
    labelled_turns = follow_up_precedents(engine, Dialogues.of(index, PrecedentIndex.empty(), conversations_read))
    follow_up_index = PrecedentIndex.of(merged(labelled_turns), vectors, "follow-ups")
    engine.follow_up_precedents = follow_up_index
    conversations = Dialogues.of(index, follow_up_index, conversations_read)
    evidence, right_ones = follow_up_samples(engine, conversations)
    follow_up = _logistic(*fit([item.vector() for item in evidence], list(map(int, right_ones)), [1.0] * len(evidence)))
    follow_up_at = follow_up_cut(engine, model_of(answer, best, follow_up), cuts, conversations)
    model = model_of(answer, best, follow_up, follow_up_at)
    engine.model = model
    right, _, later = follow_up_outcome(engine, conversations)
    print(f"{later} later turns of labelled conversations; follow-up cut-off {follow_up_at:.2f}: {right} right")
    print(f"weights: {_weights(FEATURES, answer)}")
    print(f"follow-up weights ({len(evidence)} turns): {_weights(FOLLOW_UP_FEATURES, follow_up)}")
    if not arguments.dry_run:
        header = f"# Fitted by tools/tune.py on labelled questions; do not edit.\n# Cross-validated: {summary}.\n"
        (PROJECT / "bot" / "answering" / "decision.yaml").write_text(model.to_yaml(header), encoding="utf-8")
        PRECEDENTS_FILE.write_text(precedents_json((*index.precedents, *follow_up_index.precedents)), encoding="utf-8")
        whitening.write()


def _current_model() -> DecisionModel:
    """The bundled model picks each question's candidate and which sentences of a long message
    to read; a score-only one when its features changed (then run tune again: the model it
    writes picks other candidates than the one it was fitted with)."""
    try:
        return bundled_model()
    except ValueError:
        return DecisionModel.score_only(answer_from=0.55, suggest_from=0.38)


def _weights(features: tuple[str, ...], model: Logistic) -> str:
    return ", ".join(f"{name} {weight:+.2f}" for name, weight in zip(features, model.weights, strict=True))


def _logistic(means: tuple[float, ...], scales: tuple[float, ...], beta: list[float]) -> Logistic:
    return Logistic(tuple(means), tuple(scales), tuple(beta[1:]), beta[0])


def _wrong_share(counts: dict[str, int]) -> float:
    return counts["wrong"] / max(counts["in"] + counts["out"], 1)


if __name__ == "__main__":
    main()
