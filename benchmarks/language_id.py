"""Which language-identification library should tell English, Italian and Spanish reader questions apart?

Reader questions are short ("Qingdao?", "chi ha scritto l'articolo?"), so general benchmarks
on sentences say little. This script measures each candidate, restricted to en/it/es, on the
project's labelled questions (kind `lang-it` -> it, `lang-es` -> es, `in` -> en; `out` is
skipped, its language being unlabelled): accuracy overall, per language and on questions of
at most 3 words; time per call; the cost of importing and building the detector in a fresh
process (the bot must start in under 1 s in all); and the installed size. For detectors that
say how sure they are it also reports how often they are confident and how accurate they are
then and otherwise, and how often they are confident on texts that name things in no language
("BAIC BluePark"): the bot keeps the chat's language when a text does not clearly say its own.

Usage (from the project root, in its virtualenv):

    pip install lingua-language-detector py3langid langid   # the candidates; missing ones are skipped
    python benchmarks/language_id.py [--startup-runs 5] [--errors 20] [--only py3langid project]

Each detector's confidence is shown at every threshold of a sweep, and at the lowest threshold
whose confident guesses are right at least 99.5% of the time on reader questions and on short
ones while at most 10% of the neutral probes get a confident guess (see `choose_threshold`).
"""

from __future__ import annotations

import argparse
import gc
import importlib
import importlib.metadata
import importlib.util
import json
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from array import array
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TypeVar

import yaml

PROJECT = Path(__file__).resolve().parent.parent
QUESTION_SETS = [
    PROJECT / "benchmarks" / "questions" / "readers1.yaml",
    PROJECT / "benchmarks" / "questions" / "train_readers.yaml",
    PROJECT.parent / "shared" / "eval" / "reader_sample_B.yaml",
    PROJECT.parent / "shared" / "eval" / "reader_sample_lang.yaml",
    PROJECT.parent / "shared" / "eval" / "dev_questions.yaml",
]
LANGUAGE_OF_KIND = {"lang-it": "it", "lang-es": "es", "in": "en"}
LANGUAGES = ("it", "es", "en")
SHORT_WORDS = 3
PROBABILITIES = (0.5, 0.6, 0.7, 0.8, 0.85, 0.9, 0.95, 0.99)  # thresholds for the libraries' scores
MIN_ACCURACY_CONFIDENT = 0.995
MAX_NEUTRAL_CONFIDENT = 0.10
# Texts in no particular language: names, codes, numbers. A detector should not be confident on them.
NEUTRAL_PROBES = (
    "Qingdao?",
    "BAIC BluePark",
    "Xiaomi",
    "Xiaomi?",
    "Xiaomi SU7",
    "BAIC",
    "Chery?",
    "Brilliance",
    "Hyundai No. 2",
    "MIIT",
    "NDRC?",
    "Shandong",
    "Bloomberg",
    "Cailian",
    "Lei Jun",
    "Li Auto",
    "WM Motor",
    "NIO JAC",
    "Jido Auto Geely",
    "11/11",
    "2021?",
    "Xiaomi BAIC Qingdao",
    "ok",
    "??",
)
WARM_UP_TEXT = "Ciao, chi ha scritto l'articolo?"
T = TypeVar("T")


# Readers' questions have almost none of at most 3 words, so these were written for this benchmark:
# the same 30 chat turns in each language, some without accents or the opening "¿", as typed in chats.
SHORT_QUESTIONS = {
    "en": (
        "license?",
        "and the license?",
        "when's it out?",
        "who wrote it?",
        "why?",
        "and BAIC?",
        "which factory?",
        "where is it?",
        "how much?",
        "is it confirmed?",
        "any news?",
        "who is Cobucci?",
        "what about Bloomberg?",
        "and Hyundai?",
        "which car?",
        "a sedan?",
        "which ministry?",
        "release date?",
        "thanks a lot",
        "I don't understand",
        "in English please",
        "and then?",
        "Xiaomi news?",
        "the source?",
        "who says so?",
        "just rumours?",
        "still nothing?",
        "how many months?",
        "why the delay?",
        "which plant?",
    ),
    "it": (
        "licenza?",
        "e la licenza?",
        "quando esce?",
        "chi l'ha scritto?",
        "perché?",
        "e BAIC?",
        "quale fabbrica?",
        "dove si trova?",
        "quanto costa?",
        "è confermato?",
        "ci sono novità?",
        "chi è Cobucci?",
        "cosa dice Bloomberg?",
        "e Hyundai?",
        "che auto è?",
        "una berlina?",
        "quale ministero?",
        "quando arriva?",
        "grazie mille",
        "non ho capito",
        "in italiano?",
        "e poi?",
        "notizie su Xiaomi?",
        "la fonte?",
        "chi lo dice?",
        "sono voci?",
        "ancora niente?",
        "quanti mesi?",
        "perche ritarda?",
        "quale stabilimento?",
    ),
    "es": (
        "¿licencia?",
        "¿y la licencia?",
        "¿cuándo sale?",
        "¿quién lo escribió?",
        "¿por qué?",
        "¿y BAIC?",
        "¿qué fábrica?",
        "donde esta?",
        "¿cuánto cuesta?",
        "¿está confirmado?",
        "hay novedades?",
        "¿quién es Cobucci?",
        "que dice Bloomberg?",
        "¿y Hyundai?",
        "¿qué coche es?",
        "un sedán?",
        "¿qué ministerio?",
        "cuando llega?",
        "muchas gracias",
        "no entendí",
        "en español",
        "¿y luego?",
        "noticias de Xiaomi?",
        "¿la fuente?",
        "quien lo dice?",
        "¿son rumores?",
        "todavia nada?",
        "¿cuántos meses?",
        "por que tarda?",
        "¿cuál planta?",
    ),
}


@dataclass(frozen=True)
class Sample:
    text: str
    language: str
    written: bool = False  # one of SHORT_QUESTIONS, not a reader's

    @property
    def short(self) -> bool:
        return len(self.text.split()) <= SHORT_WORDS


@dataclass(frozen=True)
class Detector:
    """A built detector: its guess for a text, and how sure it is (None when it cannot say)."""

    detect: Callable[[str], str | None]
    confidence: Callable[[str], float] | None
    thresholds: tuple[float, ...] = PROBABILITIES  # confidence values worth trying as "clearly says"


@dataclass(frozen=True)
class Candidate:
    name: str
    module: str  # imported (and timed) before `build`; its absence skips the candidate
    distribution: str | None  # the pip distribution whose installed files are measured
    build: Callable[[], Detector]
    note: str = ""
    data_file: Callable[[], Path] | None = None  # a file it needs beyond its distribution, counted in its size


def _lingua(low_accuracy: bool) -> Callable[[], Detector]:
    def build() -> Detector:
        from lingua import Language, LanguageDetectorBuilder

        builder = LanguageDetectorBuilder.from_languages(Language.ENGLISH, Language.ITALIAN, Language.SPANISH)
        if low_accuracy:
            builder = builder.with_low_accuracy_mode()
        detector = builder.build()

        def detect(text: str) -> str | None:
            language = detector.detect_language_of(text)
            return language.iso_code_639_1.name.lower() if language else None

        def confidence(text: str) -> float:
            values = detector.compute_language_confidence_values(text)
            return values[0].value if values else 0.0

        return Detector(detect, confidence)

    return build


def _langid_style(module: str) -> Callable[[], Detector]:
    def build() -> Detector:
        langid = importlib.import_module(module)
        if module == "py3langid.langid":
            identifier = langid.LanguageIdentifier.from_model_file(langid.MODEL_FILE, norm_probs=True)
        else:
            identifier = langid.LanguageIdentifier.from_modelstring(langid.model, norm_probs=True)
        identifier.set_languages(["en", "it", "es"])

        def detect(text: str) -> str | None:
            return identifier.classify(text)[0]

        def confidence(text: str) -> float:
            return float(identifier.classify(text)[1])

        return Detector(detect, confidence)

    return build


def _py3langid_file() -> Path:
    """py3langid's model restricted to en/it/es and stored uncompressed, written once to the temp dir.

    The shipped model is LZMA-compressed: unpacking it is most of py3langid's start-up.
    """
    import numpy as np
    from py3langid import __version__
    from py3langid.langid import MODEL_DIR, MODEL_FILE
    from py3langid.modelio import load_model

    path = Path(tempfile.gettempdir()) / f"py3langid-{__version__}-en-it-es.npz"
    if not path.exists():
        ptc, pc, classes, nextmove, row, output = load_model(MODEL_DIR / MODEL_FILE)
        keep = [index for index, language in enumerate(classes) if language in ("en", "it", "es")]
        partial = path.with_suffix(".partial.npz")
        np.savez(
            partial,
            ptc=np.ascontiguousarray(ptc[:, keep]),
            pc=pc[keep],
            classes=np.array([classes[index] for index in keep]),
            nextmove=np.asarray(nextmove),
            row=np.asarray(row),
            output=np.asarray(output, dtype=np.int32),
        )
        partial.replace(path)
    return path


def _py3langid_unpacked() -> Detector:
    import numpy as np
    from py3langid.langid import LanguageIdentifier

    def as_array(values: np.ndarray) -> array:
        typed = array(values.dtype.char)
        typed.frombytes(values.tobytes())
        return typed

    with np.load(_py3langid_file()) as data:
        identifier = LanguageIdentifier(
            data["ptc"],
            data["pc"],
            data["classes"].tolist(),
            as_array(data["nextmove"]),
            data["output"].tolist(),
            norm_probs=True,
            tk_row=as_array(data["row"]),
        )
    return Detector(lambda text: identifier.classify(text)[0], lambda text: float(identifier.classify(text)[1]))


def _project_detector() -> Detector:
    """The bot's own (bot/languages/detection.py): sure or not, no probability to sweep."""
    from bot.languages.detection import LanguageDetector

    detector = LanguageDetector()
    return Detector(
        lambda text: detector.likeliest_language(text) or "en",
        lambda text: float(detector.clear_language(text) is not None),
        (1.0,),
    )


CANDIDATES = (
    Candidate("lingua", "lingua", "lingua-language-detector", _lingua(low_accuracy=False), "high-accuracy mode"),
    Candidate("lingua-low", "lingua", "lingua-language-detector", _lingua(low_accuracy=True), "low-accuracy mode"),
    Candidate("py3langid", "py3langid.langid", "py3langid", _langid_style("py3langid.langid"), "norm_probs=True"),
    Candidate(
        "py3langid-npz",
        "py3langid.langid",
        "py3langid",
        _py3langid_unpacked,
        "same model, en/it/es only, stored uncompressed",
        _py3langid_file,
    ),
    Candidate("langid", "langid.langid", "langid", _langid_style("langid.langid"), "norm_probs=True"),
    Candidate("project", "bot.languages.detection", None, _project_detector, "word frequencies + spelling"),
)


def load_samples(paths: Sequence[Path]) -> list[Sample]:
    """Labelled questions of all sets, each text once (the sets overlap)."""
    samples: dict[str, Sample] = {}
    for path in paths:
        if not path.exists():
            print(f"note: {path} not found, skipped")
            continue
        for item in yaml.safe_load(path.read_text(encoding="utf-8")) or []:
            language = LANGUAGE_OF_KIND.get(item.get("kind"))
            if language and item["q"] not in samples:
                samples[item["q"]] = Sample(item["q"], language)
    return list(samples.values())


def short_samples() -> list[Sample]:
    return [Sample(text, language, written=True) for language, texts in SHORT_QUESTIONS.items() for text in texts]


def percentile(values: Sequence[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(share * (len(ordered) - 1)))]


def accuracy(hits: Sequence[bool]) -> float | None:
    return sum(hits) / len(hits) if hits else None


def timed_calls(function: Callable[[str], T], texts: Sequence[str]) -> tuple[list[T], list[float]]:
    """Each text once (a new question is new to any cache), timed alone, in microseconds."""
    results: list[T] = []
    micros: list[float] = []
    gc.disable()
    try:
        for text in texts:
            start = time.perf_counter_ns()
            result = function(text)
            micros.append((time.perf_counter_ns() - start) / 1000)
            results.append(result)
    finally:
        gc.enable()
    return results, micros


def installed_mb(candidate: Candidate) -> float | None:
    """Size on disk of a distribution's installed files (its RECORD) and data file, or the project's frequency table."""
    if candidate.distribution is None:
        table = PROJECT / "bot" / "answering" / "language" / "word_frequency.tsv"
        return table.stat().st_size / 1e6 if table.exists() else None
    files = importlib.metadata.distribution(candidate.distribution).files or []
    paths = [Path(str(file.locate())) for file in files]
    if candidate.data_file is not None:
        paths.append(candidate.data_file())
    return sum(path.stat().st_size for path in paths if path.exists()) / 1e6


def peak_rss_mb() -> float:
    """This process's peak resident memory. Not ru_maxrss: Linux carries that over from the parent through exec."""
    try:
        status = Path("/proc/self/status").read_text()
    except OSError:
        return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    kilobytes = next(line.split()[1] for line in status.splitlines() if line.startswith("VmHWM:"))
    return int(kilobytes) / 1024


def startup(name: str) -> dict[str, float]:
    """In this (fresh) process: time to import, build, and answer once; memory it added."""
    candidate = next(candidate for candidate in CANDIDATES if candidate.name == name)
    rss_before = peak_rss_mb()
    start = time.perf_counter()
    importlib.import_module(candidate.module)
    imported = time.perf_counter()
    detector = candidate.build()
    built = time.perf_counter()
    detector.detect(WARM_UP_TEXT)  # lingua loads its models lazily, on the first text
    answered = time.perf_counter()
    rss_after = peak_rss_mb()
    return {
        "import_ms": (imported - start) * 1000,
        "build_ms": (built - imported) * 1000,
        "first_ms": (answered - built) * 1000,
        "rss_mb": rss_after - rss_before,
    }


def measure_startup(name: str, runs: int) -> dict[str, float]:
    """Median over fresh interpreters, after one unmeasured run that writes bytecode caches."""
    command = [sys.executable, str(Path(__file__).resolve()), "--startup", name]
    reports = []
    for run in range(runs + 1):
        done = subprocess.run(command, cwd=PROJECT, capture_output=True, text=True, check=True)
        if run:
            reports.append(json.loads(done.stdout.strip().splitlines()[-1]))
    return {key: statistics.median(report[key] for report in reports) for key in reports[0]}


@dataclass
class Result:
    candidate: Candidate
    correct: list[bool]
    micros: list[float]
    confidences: list[float] | None
    neutral_confidences: list[float] | None
    confidence_micros: list[float] | None
    thresholds: tuple[float, ...]
    start: dict[str, float]
    size_mb: float | None
    guesses: list[str | None]


def evaluate(candidate: Candidate, samples: Sequence[Sample], startup_runs: int) -> Result:
    detector = candidate.build()
    for text in NEUTRAL_PROBES:  # warm up: models loaded, code paths hot
        detector.detect(text)
    texts = [sample.text for sample in samples]
    guesses, micros = timed_calls(detector.detect, texts)
    correct = [guess == sample.language for guess, sample in zip(guesses, samples, strict=True)]
    confidences = neutral = confidence_micros = None
    if detector.confidence is not None:
        values, confidence_micros = timed_calls(detector.confidence, texts)
        confidences = [float(value) for value in values]
        neutral = [detector.confidence(text) for text in NEUTRAL_PROBES]
    return Result(
        candidate,
        correct,
        micros,
        confidences,
        neutral,
        confidence_micros,
        detector.thresholds,
        measure_startup(candidate.name, startup_runs),
        installed_mb(candidate),
        guesses,
    )


def percent(value: float | None) -> str:
    return "-" if value is None else f"{100 * value:.1f}%"


def print_table(header: Sequence[str], rows: Sequence[Sequence[str]]) -> None:
    widths = [max(len(str(cell)) for cell in column) for column in zip(header, *rows, strict=True)]
    for row in (header, ["-" * width for width in widths], *rows):
        print("| " + " | ".join(str(cell).ljust(width) for cell, width in zip(row, widths, strict=True)) + " |")


def accuracy_in(
    result: Result, samples: Sequence[Sample], keep: Callable[[Sample], bool], language: str | None = None
) -> str:
    """Accuracy, as a percentage, on the samples kept (and of that language, if given)."""
    hits = [
        hit
        for hit, sample in zip(result.correct, samples, strict=True)
        if keep(sample) and language in (None, sample.language)
    ]
    return percent(accuracy(hits))


def reader(sample: Sample) -> bool:
    return not sample.written


def short(sample: Sample) -> bool:
    return sample.short


@dataclass(frozen=True)
class Split:
    """How a confidence threshold splits some texts: share confident, accuracy when confident and when not."""

    confident: float | None
    accurate_confident: float | None
    accurate_unsure: float | None

    @classmethod
    def of(cls, result: Result, samples: Sequence[Sample], keep: Callable[[Sample], bool], threshold: float) -> Split:
        rows = [
            (hit, value)
            for hit, value, sample in zip(result.correct, result.confidences or [], samples, strict=True)
            if keep(sample)
        ]
        sure = [hit for hit, value in rows if value >= threshold]
        unsure = [hit for hit, value in rows if value < threshold]
        return cls(len(sure) / len(rows) if rows else None, accuracy(sure), accuracy(unsure))


def neutral_confident(result: Result, threshold: float) -> float:
    values = result.neutral_confidences or []
    return sum(value >= threshold for value in values) / max(1, len(values))


def confidence_row(result: Result, samples: Sequence[Sample], threshold: float) -> list[str]:
    readers = Split.of(result, samples, reader, threshold)
    shorts = Split.of(result, samples, short, threshold)
    by_language = [
        Split.of(
            result, samples, lambda sample, language=language: reader(sample) and sample.language == language, threshold
        ).confident
        for language in LANGUAGES
    ]
    return [
        percent(readers.confident),
        " / ".join(f"{100 * share:.0f}" if share is not None else "-" for share in by_language),
        percent(readers.accurate_confident),
        percent(readers.accurate_unsure),
        percent(shorts.confident),
        percent(shorts.accurate_confident),
        percent(shorts.accurate_unsure),
        percent(neutral_confident(result, threshold)),
    ]


CONFIDENCE_HEADER = [
    "confident",
    "conf % " + "/".join(LANGUAGES),
    "acc if conf",
    "acc if not",
    "short conf",
    "short acc if conf",
    "short acc if not",
    "neutral conf",
]


def choose_threshold(result: Result, samples: Sequence[Sample]) -> float | None:
    """The lowest threshold whose confident guesses are right on readers and short texts, neutral ones mostly unsure."""
    for threshold in result.thresholds:
        readers = Split.of(result, samples, reader, threshold)
        shorts = Split.of(result, samples, short, threshold)
        if (
            (readers.accurate_confident or 0) >= MIN_ACCURACY_CONFIDENT
            and (shorts.accurate_confident or 0) >= MIN_ACCURACY_CONFIDENT
            and neutral_confident(result, threshold) <= MAX_NEUTRAL_CONFIDENT
        ):
            return threshold
    return None


def report(results: Sequence[Result], samples: Sequence[Sample], show_errors: int) -> None:
    readers = [sample for sample in samples if reader(sample)]
    shorts = [sample for sample in samples if short(sample)]

    def counts(some: Sequence[Sample]) -> str:
        return ", ".join(f"{language} {sum(s.language == language for s in some)}" for language in LANGUAGES)

    print(
        f"\n{len(readers)} distinct reader questions ({counts(readers)}), {sum(map(short, readers))} of them "
        f"of at most {SHORT_WORDS} words; short = those + {len(samples) - len(readers)} written short questions "
        f"= {len(shorts)} ({counts(shorts)}); {len(NEUTRAL_PROBES)} neutral probes (names, codes).\n"
    )
    rows = []
    for result in results:
        start = result.start
        rows.append(
            [
                result.candidate.name,
                accuracy_in(result, samples, reader),
                *(accuracy_in(result, samples, reader, language) for language in LANGUAGES),
                accuracy_in(result, samples, short),
                *(accuracy_in(result, samples, short, language) for language in LANGUAGES),
                f"{statistics.median(result.micros):.0f}",
                f"{percentile(result.micros, 0.99):.0f}",
                f"{start['import_ms'] + start['build_ms'] + start['first_ms']:.0f}",
                f"{start['import_ms']:.0f}/{start['build_ms']:.0f}/{start['first_ms']:.0f}",
                f"{start['rss_mb']:.0f}",
                "-" if result.size_mb is None else f"{result.size_mb:.1f}",
            ]
        )
    print_table(
        [
            "candidate",
            "readers",
            *LANGUAGES,
            "short",
            *(f"short {language}" for language in LANGUAGES),
            "median µs",
            "p99 µs",
            "start ms",
            "import/build/1st ms",
            "+RSS MB",
            "size MB",
        ],
        rows,
    )
    print(
        "\nAccuracy: readers = all reader questions; short = texts of at most 3 words. µs: one detect call."
        "\nstart ms: fresh interpreter, import + build + first detection (lingua loads models lazily), median;"
        " +RSS MB: peak memory added by it."
        "\nsize MB: installed files of the pip distribution (+ the unpacked model for py3langid-npz);"
        " for `project`, its word_frequency.tsv (already shipped)."
    )

    with_confidence = [result for result in results if result.confidences is not None]
    if not with_confidence:
        return
    print(
        f"\nConfidence at each detector's chosen threshold: the lowest of its sweep with confident guesses right"
        f" >= {100 * MIN_ACCURACY_CONFIDENT:.1f}% on readers and on short texts and <= "
        f"{100 * MAX_NEUTRAL_CONFIDENT:.0f}% of neutral probes confident.\n"
    )
    rows = []
    for result in with_confidence:
        chosen = choose_threshold(result, samples)
        cells = confidence_row(result, samples, chosen) if chosen is not None else ["-"] * len(CONFIDENCE_HEADER)
        median = statistics.median(result.confidence_micros or [0])
        rows.append([result.candidate.name, "none" if chosen is None else str(chosen), *cells, f"{median:.0f}"])
    print_table(["candidate", "threshold", *CONFIDENCE_HEADER, "conf call µs"], rows)
    print(
        "\nlibraries: threshold on the top language's probability; project: sure (1) or not (0), as"
        " bot/languages/detection.py decides (a lead of a quarter in word frequencies, or one language's spelling)."
        "\nconf % it/es/en: share of reader questions in each language with a confident guess."
        "\nneutral conf: share of the neutral probes with a confident guess (lower is better)."
        "\n\nThreshold sweep:\n"
    )
    rows = [
        [result.candidate.name, str(value), *confidence_row(result, samples, value)]
        for result in with_confidence
        for value in result.thresholds
    ]
    print_table(["candidate", "threshold", *CONFIDENCE_HEADER], rows)

    if show_errors:
        for result in results:
            errors = [
                (sample, guess, result.confidences[index] if result.confidences else None)
                for index, (sample, guess, hit) in enumerate(zip(samples, result.guesses, result.correct, strict=True))
                if not hit
            ]
            print(f"\n{result.candidate.name}: {len(errors)} wrong, the first {show_errors}:")
            for sample, guess, confidence in errors[:show_errors]:
                sure = "" if confidence is None else f" ({confidence:.2f})"
                print(f"  {sample.language} -> {guess}{sure}: {sample.text}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--startup-runs", type=int, default=5, help="fresh interpreters timed per candidate")
    parser.add_argument("--errors", type=int, default=0, help="print this many wrong guesses per candidate")
    parser.add_argument("--only", nargs="*", help="candidate names to run (default: all)")
    parser.add_argument("--startup", help=argparse.SUPPRESS)  # internal: one start-up measurement
    args = parser.parse_args()

    if str(PROJECT) not in sys.path:
        sys.path.insert(0, str(PROJECT))  # so `bot` imports when run from anywhere
    if args.startup:
        print(json.dumps(startup(args.startup)))
        return

    samples = load_samples(QUESTION_SETS) + short_samples()
    results = []
    for candidate in CANDIDATES:
        if args.only and candidate.name not in args.only:
            continue
        try:
            found = importlib.util.find_spec(candidate.module) is not None
        except ModuleNotFoundError:
            found = False
        if not found:
            print(f"note: {candidate.name} skipped: {candidate.module} is not installed")
            continue
        print(f"measuring {candidate.name} ({candidate.note})...", flush=True)
        try:
            results.append(evaluate(candidate, samples, args.startup_runs))
        except Exception as error:  # a broken install or a changed API should not stop the others
            print(f"note: {candidate.name} skipped: {type(error).__name__}: {error}")
    report(results, samples, args.errors)


if __name__ == "__main__":
    main()
