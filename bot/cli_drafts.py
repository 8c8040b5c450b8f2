"""`python -m bot drafts list | accept ID... | accept --all`: from an article's drafts to facts.

A draft accepted as it is still answers: its answer is the quote, attributed to whoever
the draft says claims it, and it is found by that answer until the editor writes the
questions readers ask.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

import yaml

from bot import messages
from bot.answering.engine import SUGGEST_THRESHOLD, Engine
from bot.answering.intent import read_intent
from bot.checking.claims import cue_data
from bot.checking.details import DetailReader
from bot.claim_reader import ARTICLE_VOICE, names_claimant
from bot.loader import KnowledgeError, load_knowledge
from bot.models import KnowledgeBase, Slot
from bot.settings import Settings

NEAREST_SHOWN = 2
# The kind of detail a fact gives when its quote names something of this kind.
DETAIL_SLOTS = {
    "place": Slot.PLACE,
    "date": Slot.DATE,
    "number": Slot.NUMBER,
    "company": Slot.NAME,
    "authority": Slot.NAME,
    "person": Slot.PERSON,
    "span": Slot.DURATION,
}


def add_commands(commands: argparse._SubParsersAction) -> None:
    drafts = commands.add_parser("drafts", help="list the draft facts, or accept them into facts/")
    actions = drafts.add_subparsers(dest="action", required=True, metavar="ACTION")
    listing = actions.add_parser("list", help="each draft, and the existing facts it may update or contradict")
    listing.set_defaults(handler=list_drafts)
    accept = actions.add_parser("accept", help="turn drafts into facts (edit them first, or accept them as they are)")
    accept.add_argument("draft_ids", nargs="*", metavar="ID")
    accept.add_argument("--all", action="store_true", help="every draft")
    accept.add_argument("--updates", metavar="FACT_ID", help="the older fact the accepted drafts supersede")
    accept.set_defaults(handler=accept_drafts)


def list_drafts(_arguments: argparse.Namespace, settings: Settings, knowledge: KnowledgeBase) -> int:
    engine = Engine(knowledge)
    for path, entries in _draft_files(settings.knowledge_dir):
        for entry in entries:
            quote = _quote(entry)
            print(messages.DRAFT_LINE.format(draft_id=entry["id"], claimed_by=entry.get("claimed_by"), path=path.name))
            print(messages.DRAFT_QUOTE.format(quote=quote))
            for match in engine.rank(quote, NEAREST_SHOWN):
                if match.score >= SUGGEST_THRESHOLD:
                    print(messages.DRAFT_NEAREST.format(fact=match.fact.id, score=match.score))
    return 0


def accept_drafts(arguments: argparse.Namespace, settings: Settings, knowledge: KnowledgeBase) -> int:
    wanted = set(arguments.draft_ids)
    if not wanted and not arguments.all:
        print(messages.DRAFTS_ACCEPT_USAGE, file=sys.stderr)
        return 2
    if arguments.updates and knowledge.fact(arguments.updates) is None:
        print(messages.DRAFTS_UNKNOWN_FACT.format(fact_id=arguments.updates), file=sys.stderr)
        return 2
    folder = settings.knowledge_dir
    engine = Engine(knowledge)
    before = {path: path.read_text(encoding="utf-8") for path in _touched_files(folder)}
    accepted = []
    for path, entries in _draft_files(folder):
        keep = []
        for entry in entries:
            if arguments.all or entry["id"] in wanted:
                fact = _as_fact(entry, engine, knowledge) | (
                    {"updates": arguments.updates} if arguments.updates else {}
                )
                _append(folder / "facts" / f"{fact['topics'][0]}.yaml", fact)
                accepted.append(fact["id"])
            else:
                keep.append(entry)
        _rewrite_drafts(path, keep)
    unknown = wanted - set(accepted)
    if unknown:
        print(messages.DRAFTS_UNKNOWN.format(ids=", ".join(sorted(unknown))), file=sys.stderr)
    try:
        load_knowledge(folder)
    except KnowledgeError as error:
        _restore(folder, before)
        print(messages.DRAFTS_REFUSED.format(count=len(error.problems)), file=sys.stderr)
        print("\n".join(f"  {problem}" for problem in error.problems), file=sys.stderr)
        return 1
    print(messages.DRAFTS_ACCEPTED.format(count=len(accepted), ids=", ".join(accepted) or "-"))
    return 1 if unknown else 0


def _as_fact(draft: dict[str, Any], engine: Engine, knowledge: KnowledgeBase) -> dict[str, Any]:
    """The draft as a fact: what the editor wrote, and for what they left blank, the quote as
    the answer (naming who claims it), the topic of the nearest existing fact, and the kinds
    of detail the quote's words give."""
    quote = _quote(draft)
    claimed_by = str(draft.get("claimed_by") or ARTICLE_VOICE)
    nearest = engine.rank(quote, 1)
    topics = draft.get("topics") or list((nearest[0].fact.topics if nearest else (knowledge.topics[0].id,))[:1])
    answer = draft.get("answer") or (
        quote if names_claimant(quote, claimed_by) else f"According to {claimed_by}: {quote}"
    )
    fact = {
        "id": draft["id"],
        "topics": topics,
        "claimed_by": claimed_by,
        "status": draft.get("status", "stated"),
        "answer": answer,
        "questions": draft.get("questions") or [],
        "sources": draft["sources"],
    }
    provides = sorted(slot.value for slot in _details_given(quote))
    if provides:
        fact["provides"] = provides  # "cost less than 300,000 yuan" gives a price, "the Qingdao plant" a place
    if draft.get("translations"):
        fact["translations"] = draft["translations"]
    return fact


def _details_given(quote: str) -> set[Slot]:
    """The kinds of detail a quote gives: from its cue words ("cost") and the names, dates and figures in it."""
    given = {slot for slot in read_intent(quote).slots if slot not in (Slot.STATEMENT, Slot.HOW_TO)}
    details = DetailReader(cue_data()).read(quote)
    given |= {DETAIL_SLOTS[kind] for kind in details.kinds() if kind in DETAIL_SLOTS}
    return given


def _quote(draft: dict[str, Any]) -> str:
    return str(draft["sources"][0]["quote"])


def _draft_files(folder: Path) -> list[tuple[Path, list[dict[str, Any]]]]:
    files = sorted((folder / "drafts").glob("*.yaml"))
    return [(path, yaml.safe_load(path.read_text(encoding="utf-8")) or []) for path in files]


def _touched_files(folder: Path) -> list[Path]:
    return [*(folder / "drafts").glob("*.yaml"), *(folder / "facts").glob("*.yaml")]


def _append(path: Path, fact: dict[str, Any]) -> None:
    entry = yaml.safe_dump([fact], sort_keys=False, allow_unicode=True, width=100)
    existing = path.read_text(encoding="utf-8") if path.exists() else ""
    path.write_text(existing.rstrip("\n") + ("\n\n" if existing else "") + entry, encoding="utf-8")


def _rewrite_drafts(path: Path, remaining: list[dict[str, Any]]) -> None:
    if not remaining:
        path.unlink()
        return
    header = "".join(line + "\n" for line in path.read_text(encoding="utf-8").splitlines() if line.startswith("#"))
    body = yaml.safe_dump(remaining, sort_keys=False, allow_unicode=True, width=100)
    path.write_text(header + "\n" + body, encoding="utf-8")


def _restore(folder: Path, before: dict[Path, str]) -> None:
    """Puts every drafts and facts file back as it was, removing files this run created."""
    for path in _touched_files(folder):
        if path not in before:
            path.unlink()
    for path, text in before.items():
        path.write_text(text, encoding="utf-8")
