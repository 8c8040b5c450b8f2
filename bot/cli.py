"""The command line: `python -m bot check | ask | verify | chat | run | alerts | report | add-article`."""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections.abc import Callable, Iterable, Sequence
from typing import TextIO

from bot import cli_alerts, cli_changes, cli_drafts, cli_editor, cli_report, messages
from bot.answering.engine import Engine
from bot.answering.precedents import PrecedentsError
from bot.checking.checker import Checker
from bot.conversations import Conversation
from bot.languages.catalog import LANGUAGES, Catalog, Texts
from bot.languages.choice import reply_language
from bot.languages.detection import LanguageDetector
from bot.loader import KnowledgeError, load_knowledge
from bot.models import Answer, KnowledgeBase
from bot.render.plain import check_record, check_text, json_record, plain_text, timeline_text
from bot.settings import Settings, SettingsError
from bot.storage import StorageError
from bot.timeline import developments


def main(argv: Sequence[str] | None = None) -> int:
    arguments = _parser().parse_args(argv)
    try:
        settings = Settings.from_env(os.environ)
        knowledge = load_knowledge(settings.knowledge_dir)
        return arguments.handler(arguments, settings, knowledge)
    except (SettingsError, StorageError, PrecedentsError) as error:
        print(f"error: {error}", file=sys.stderr)
        return 2
    except KnowledgeError as error:
        _print_problems(error, sys.stderr if arguments.command != "check" else sys.stdout)
        return 1
    except BrokenPipeError:
        # `python -m bot ask ... | head`: the reader stopped reading; nothing is wrong.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="python -m bot", description="Sourced answers about Xiaomi's car plans.")
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    check = commands.add_parser("check", help="validate the fact base and the message catalogs")
    check.add_argument("--strict", action="store_true", help="also fail on translations still to write")
    check.set_defaults(handler=_check)
    _add_batch_command(commands, "ask", "answer questions", "question", _ask)
    chat = commands.add_parser("chat", help="chat in the terminal with the same engine as the bot")
    chat.add_argument("--lang", choices=LANGUAGES, help="answer in this language, whatever the question's")
    chat.set_defaults(handler=_chat)
    _add_batch_command(commands, "verify", "check forwarded messages against the articles", "message", _verify)
    timeline = commands.add_parser("timeline", help="the story's developments in order, with dates and sources")
    timeline.add_argument("--lang", choices=LANGUAGES, default="en", help="the language to show them in")
    timeline.set_defaults(handler=_timeline)
    run_bot = commands.add_parser("run", help="run the Telegram bot (polling, or a webhook if WEBHOOK_URL is set)")
    mode = run_bot.add_mutually_exclusive_group()
    mode.add_argument("--polling", dest="mode", action="store_const", const="polling", help="long polling")
    mode.add_argument("--webhook", dest="mode", action="store_const", const="webhook", help="needs WEBHOOK_URL")
    run_bot.set_defaults(handler=_run)
    cli_alerts.add_commands(commands)
    cli_changes.add_commands(commands)
    cli_report.add_commands(commands)
    cli_editor.add_commands(commands)
    cli_drafts.add_commands(commands)
    return parser


def _add_batch_command(
    commands: argparse._SubParsersAction, name: str, help_text: str, item: str, handler: Callable[..., int]
) -> None:
    """A command that takes texts as arguments or one per stdin line, and may print JSON lines."""
    command = commands.add_parser(name, help=help_text)
    command.add_argument("--json", action="store_true", help="one JSON object per line")
    command.add_argument("--lang", choices=LANGUAGES, help=f"reply in this language, whatever the {item}'s")
    command.add_argument(
        f"{item}s", nargs="+", metavar=item.upper(), help=f'a {item}, or "-" to read one per line from stdin'
    )
    command.set_defaults(handler=handler)


def _print_problems(error: KnowledgeError, stream: TextIO) -> None:
    print(messages.CHECK_FAILED.format(count=len(error.problems)), file=stream)
    for problem in error.problems:
        print(f"  {problem}", file=stream)


def _check(arguments: argparse.Namespace, _settings: Settings, knowledge: KnowledgeBase) -> int:
    print(
        messages.CHECK_OK.format(
            articles=len(knowledge.articles),
            facts=len(knowledge.facts),
            questions=knowledge.question_count,
            topics=len(knowledge.topics),
            alerts=len(knowledge.alerts),
        )
    )
    if knowledge.drafts:
        print(messages.CHECK_DRAFTS.format(count=len(knowledge.drafts)))
        for note in knowledge.drafts:
            print(f"  {note}")
    catalog_problems = Catalog().problems()
    to_translate = [*knowledge.untranslated, *(problem for problem in catalog_problems if problem.missing)]
    if to_translate:
        print(messages.CHECK_TO_TRANSLATE.format(count=len(to_translate)))
        for note in to_translate:
            print(f"  {note}")
    errors = [problem for problem in catalog_problems if not problem.missing]
    if errors:
        print(messages.CHECK_CATALOG_FAILED.format(count=len(errors)))
        for problem in errors:
            print(f"  {problem}")
    return 1 if errors or (arguments.strict and to_translate) else 0


def _inputs(arguments: argparse.Namespace) -> Iterable[tuple[str | None, str]]:
    """(conversation, question) pairs: stdin lines may be {"chat": "id", "q": "question"}."""
    for line in _lines(arguments.questions):
        yield (None, line) if line in arguments.questions else _conversation_line(line)


def _conversation_line(line: str) -> tuple[str | None, str]:
    """A JSON object with "chat" and "q" is a turn of that conversation; anything else stands alone."""
    if line.lstrip().startswith("{"):
        try:
            turn = json.loads(line)
        except json.JSONDecodeError:
            return None, line
        if isinstance(turn, dict) and isinstance(turn.get("q"), str):
            return str(turn.get("chat", "")) or None, turn["q"]
    return None, line


class Terminal:
    """The engine and the catalog for terminal use: each conversation followed, each answer in its language."""

    def __init__(self, knowledge: KnowledgeBase, forced: str | None) -> None:
        self.engine = Engine(knowledge)
        self.catalog = Catalog()
        self.detector = LanguageDetector()
        self.forced = forced
        self.conversations: dict[str, Conversation] = {}

    def answer(self, question: str, chat: str | None) -> tuple[Answer, Texts]:
        """The answer and the words to say it with; a chat's turns are read with what came before."""
        conversation = self.conversations.get(chat, Conversation()) if chat is not None else Conversation()
        answer = self.engine.ask(
            question, self.engine.knowledge.fact(conversation.about or ""), conversation.asked_source
        )
        language = self.language(question, conversation.language)
        if chat is not None:
            self.conversations[chat] = conversation.after(answer, language)
        return answer, self.catalog.texts(language)

    def language(self, question: str, current: str | None) -> str:
        """The forced language; else as in Telegram, where the language the question leans to
        stands in for the reader's Telegram setting, which a terminal does not have."""
        if self.forced:
            return self.forced
        said = self.detector.clear_language(question)
        return reply_language(said, current, self.detector.likeliest_language(question))


def _ask(arguments: argparse.Namespace, _settings: Settings, knowledge: KnowledgeBase) -> int:
    terminal = Terminal(knowledge, arguments.lang)
    for chat, question in _inputs(arguments):
        answer, texts = terminal.answer(question, chat)
        if arguments.json:
            print(json.dumps(json_record(answer, texts), ensure_ascii=False), flush=True)
        else:
            print(plain_text(answer, texts), end="\n\n", flush=True)
    return 0


def _verify(arguments: argparse.Namespace, _settings: Settings, knowledge: KnowledgeBase) -> int:
    terminal = Terminal(knowledge, arguments.lang)
    checker = Checker(terminal.engine)
    for message in _lines(arguments.messages):
        check = checker.check(message)
        texts = terminal.catalog.texts(terminal.language(message, None))
        if arguments.json:
            print(json.dumps(check_record(check, texts), ensure_ascii=False), flush=True)
        else:
            print(check_text(check, texts), end="\n\n", flush=True)
    return 0


def _lines(arguments: Sequence[str]) -> Iterable[str]:
    """The arguments, with "-" standing for stdin's non-empty lines."""
    for argument in arguments:
        if argument != "-":
            yield argument
            continue
        yield from (line.rstrip("\n") for line in sys.stdin if line.strip())


def _chat(arguments: argparse.Namespace, _settings: Settings, knowledge: KnowledgeBase) -> int:
    terminal = Terminal(knowledge, arguments.lang)
    print(messages.CHAT_WELCOME)
    while True:
        try:
            question = input(messages.CHAT_PROMPT)
        except (EOFError, KeyboardInterrupt):
            print()
            return 0
        if not question.strip():
            return 0
        answer, texts = terminal.answer(question, "terminal")
        print(plain_text(answer, texts), end="\n\n", flush=True)


def _timeline(arguments: argparse.Namespace, _settings: Settings, knowledge: KnowledgeBase) -> int:
    print(timeline_text(developments(knowledge), Catalog().texts(arguments.lang)))
    return 0


def _run(arguments: argparse.Namespace, settings: Settings, knowledge: KnowledgeBase) -> int:
    from bot.runner import run  # the Telegram stack loads only when needed: `ask` starts fast

    settings.require_token()
    webhook = arguments.mode == "webhook" or (arguments.mode is None and settings.webhook_url is not None)
    run(settings, knowledge, webhook=webhook)
    return 0
