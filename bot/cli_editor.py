"""`python -m bot add-article FILE --title ... --author ...`: a new article and its drafts."""

from __future__ import annotations

import argparse
import json
import re
import sys
from datetime import date
from pathlib import Path

from bot import messages
from bot.drafts import Draft, drafts_for
from bot.loader import KnowledgeError, load_knowledge
from bot.models import KnowledgeBase
from bot.settings import Settings

_ID = re.compile(r"^[a-z0-9][a-z0-9_-]*$")
DRAFTS_HEADER = """\
# Draft facts for article {article_id}, one per sentence, written by add-article.
# For each claim worth answering: check claimed_by and status (guessed from the wording),
# pick topics, write a short answer that names the claimant and the questions readers ask,
# then `python -m bot drafts accept ID` (or move the entry to facts/<topic>.yaml without its
# `draft: true` line). Delete drafts that carry no claim. The bot ignores this folder;
# `python -m bot check` lists what is left.
# Translations may wait: until they are written the bot shows English to Italian and
# Spanish readers, and `check` lists them (`check --strict` fails on them).
"""


def add_commands(commands: argparse._SubParsersAction) -> None:
    add = commands.add_parser("add-article", help="store a new article and write draft facts for it")
    add.add_argument("file", type=Path)
    add.add_argument("--title", required=True)
    add.add_argument("--author", required=True)
    add.add_argument("--id", dest="article_id", help="the article's id (default: the file name)")
    add.add_argument("--published", type=date.fromisoformat, help="its publication date, YYYY-MM-DD, if it gives one")
    add.add_argument("--url", help="where it was published")
    add.add_argument("--language", help='the language it was first written in (it, es...): "the Italian article"')
    add.set_defaults(handler=add_article)


def add_article(arguments: argparse.Namespace, settings: Settings, knowledge: KnowledgeBase) -> int:
    try:
        text = arguments.file.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as error:
        return _fail(messages.ADD_ARTICLE_UNREADABLE.format(file=arguments.file, error=error))
    article_id = arguments.article_id or arguments.file.stem.lower()
    if not _ID.match(article_id):
        return _fail(messages.ADD_ARTICLE_BAD_ID.format(article_id=article_id))
    if any(article.id == article_id for article in knowledge.articles):
        return _fail(messages.ADD_ARTICLE_EXISTS.format(article_id=article_id))
    folder = settings.knowledge_dir
    article_path = folder / "articles" / f"{article_id}.txt"
    drafts_path = folder / "drafts" / f"{article_id}.yaml"
    article_path.write_text(text, encoding="utf-8")
    with (folder / "articles.yaml").open("a", encoding="utf-8") as registry:
        registry.write(
            f"\n- id: {article_id}\n  title: {_quoted(arguments.title)}\n  author: {_quoted(arguments.author)}\n"
            + (f"  published: {arguments.published.isoformat()}\n" if arguments.published else "")
            + (f"  url: {_quoted(arguments.url)}\n" if arguments.url else "")
            + (f"  language: {_quoted(arguments.language)}\n" if arguments.language else "")
        )
    drafts = drafts_for(text)
    drafts_path.parent.mkdir(exist_ok=True)
    drafts_path.write_text(_drafts_yaml(article_id, drafts), encoding="utf-8")
    try:
        load_knowledge(folder)
    except KnowledgeError as error:
        print("\n".join(map(str, error.problems)), file=sys.stderr)
        return 1
    print(
        messages.ADDED_ARTICLE.format(article_id=article_id, path=article_path, count=len(drafts), drafts=drafts_path)
    )
    return 0


def _drafts_yaml(article_id: str, drafts: list[Draft]) -> str:
    entries = [DRAFTS_HEADER.format(article_id=article_id)]
    for number, draft in enumerate(drafts, start=1):
        entries.append(
            f"- id: {article_id}-{number:03d}\n"
            "  draft: true\n"
            "  topics: []\n"
            f"  claimed_by: {_quoted(draft.claimed_by)}\n"
            f"  status: {draft.status.value}\n"
            '  answer: ""\n'
            "  translations:\n"
            '    it: {question: "", answer: ""}\n'
            '    es: {question: "", answer: ""}\n'
            "  questions: []\n"
            "  sources:\n"
            f"    - article: {article_id}\n"
            f"      quote: {_quoted(draft.quote)}\n"
        )
    return "\n".join(entries)


def _quoted(text: str) -> str:
    """A YAML double-quoted scalar (JSON strings are valid YAML)."""
    return json.dumps(text, ensure_ascii=False)


def _fail(message: str) -> int:
    print(f"error: {message}", file=sys.stderr)
    return 2
