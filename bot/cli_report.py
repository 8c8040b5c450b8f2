"""`python -m bot report unanswered [--since 7d] | usage [--since 30d]`: for the editor."""

from __future__ import annotations

import argparse
import sys
import time

from bot import messages, reports
from bot.answering.engine import Engine
from bot.models import KnowledgeBase
from bot.settings import Settings
from bot.storage import AskedQuestion, Store


def add_commands(commands: argparse._SubParsersAction) -> None:
    report = commands.add_parser("report", help="what readers asked: unanswered questions, usage")
    kinds = report.add_subparsers(dest="report", required=True, metavar="REPORT")
    unanswered = kinds.add_parser("unanswered", help="declined questions grouped, most frequent first")
    unanswered.add_argument("--since", default="7d", help="how far back: 7d, 24h, 30m (default 7d)")
    unanswered.set_defaults(handler=report_unanswered)
    usage = kinds.add_parser("usage", help="questions per day, answer rate, top facts, subscribers per topic")
    usage.add_argument("--since", default="30d", help="how far back (default 30d)")
    usage.set_defaults(handler=report_usage)


def _questions(arguments: argparse.Namespace, store: Store) -> list[AskedQuestion] | None:
    try:
        since = time.time() - reports.parse_since(arguments.since)
    except ValueError as error:
        print(f"error: {error}", file=sys.stderr)
        return None
    return store.questions_since(since)


def report_unanswered(arguments: argparse.Namespace, settings: Settings, knowledge: KnowledgeBase) -> int:
    store = Store.open(settings.database_url)
    questions = _questions(arguments, store)
    store.close()
    if questions is None:
        return 2
    groups = reports.unanswered(questions, Engine(knowledge))
    if not groups:
        print(messages.REPORT_NOTHING_UNANSWERED.format(since=arguments.since))
    for group in groups:
        print(messages.REPORT_GROUP.format(count=group.count, example=group.example))
        for wording in group.wordings[1:]:
            print(messages.REPORT_WORDING.format(wording=wording))
        print(messages.REPORT_NEAREST.format(fact=group.nearest_fact or "-", score=group.nearest_score))
    return 0


def report_usage(arguments: argparse.Namespace, settings: Settings, knowledge: KnowledgeBase) -> int:
    store = Store.open(settings.database_url)
    questions = _questions(arguments, store)
    subscribers = store.subscribers_per_topic()
    store.close()
    if questions is None:
        return 2
    print(messages.REPORT_DAYS_HEADING)
    for day in reports.usage_by_day(questions):
        print(
            messages.REPORT_DAY.format(
                day=day.day, questions=day.questions, answered=day.answered, rate=day.answer_rate
            )
        )
    print(messages.REPORT_FACTS_HEADING)
    for fact_id, count in reports.top_facts(questions):
        print(messages.REPORT_FACT.format(fact=fact_id, count=count))
    print(messages.REPORT_SUBSCRIBERS_HEADING)
    for topic in [messages.REPORT_EVERYTHING, *(topic.id for topic in knowledge.topics)]:
        count = subscribers.get("*" if topic == messages.REPORT_EVERYTHING else topic, 0)
        print(messages.REPORT_TOPIC.format(topic=topic, count=count))
    return 0
