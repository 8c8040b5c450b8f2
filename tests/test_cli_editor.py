"""An editor adds the two articles as if they were new: drafts cover every claim in them."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import yaml

from bot.drafts import claims
from bot.loader import load_knowledge
from tests.knowledge_builder import REAL_KNOWLEDGE, write_toy_knowledge

PROJECT = Path(__file__).resolve().parent.parent
ARTICLES = {
    "first": ("000_68073c68289df6a5", "Xiaomi Auto: bureaucratic obstacles", "Gianluca Cobucci"),
    "second": ("002_29541d7ea7f6684e", "Xiaomi is having problems", "Elenor Kling"),
}


def add_article(knowledge: Path, file: Path, *options: str) -> subprocess.CompletedProcess[str]:
    return bot_command(knowledge, "add-article", str(file), *options)


def bot_command(knowledge: Path, *arguments: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "bot", *arguments],
        cwd=PROJECT,
        env={**os.environ, "KNOWLEDGE_DIR": str(knowledge)},
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )


def test_adding_both_articles_drafts_every_claim_with_its_attribution(tmp_path):
    knowledge = write_toy_knowledge(tmp_path / "knowledge")
    for name, (source, title, author) in ARTICLES.items():
        result = add_article(
            knowledge, REAL_KNOWLEDGE / "articles" / f"{source}.txt", "--id", name, "--title", title, "--author", author
        )
        assert result.returncode == 0, result.stderr
    loaded = load_knowledge(knowledge)
    assert {article.author for article in loaded.articles} >= {"Gianluca Cobucci", "Elenor Kling"}
    assert len(loaded.facts) == 3, "drafts are not facts: the bot ignores them"

    drafts = {name: yaml.safe_load((knowledge / "drafts" / f"{name}.yaml").read_text()) for name in ARTICLES}
    for name, (source, _, _) in ARTICLES.items():
        quotes = [draft["sources"][0]["quote"] for draft in drafts[name]]
        assert quotes == claims((REAL_KNOWLEDGE / "articles" / f"{source}.txt").read_text())
    assert len(loaded.drafts) == sum(len(entries) for entries in drafts.values()), "check lists every draft"

    def attribution(name: str, words: str) -> tuple[str, str]:
        draft = next(draft for draft in drafts[name] if words in draft["sources"][0]["quote"])
        return draft["claimed_by"], draft["status"]

    assert attribution("first", "Brilliance Auto, Chery") == ("Bloomberg", "reported")
    assert attribution("first", "official debut") == ("rumours", "rumoured")
    assert attribution("first", "Chinese context") == ("article", "stated")
    assert attribution("second", "keep the BAIC production plant in Qingdao") == ("Cailian", "reported")
    assert attribution("second", "no information about it") == ("BAIC", "no-comment")
    assert attribution("second", "almost a month ago") == ("Bloomberg", "reported")


def test_check_lists_the_drafts_still_to_finish(tmp_path):
    knowledge = write_toy_knowledge(tmp_path / "knowledge")
    article = tmp_path / "acme-news.txt"
    article.write_text("According to Reuters, Acme is in talks with Zeta Works about scooters.\n")
    assert add_article(knowledge, article, "--title", "Acme news", "--author", "Ada").returncode == 0
    check = bot_command(knowledge, "check")
    assert check.returncode == 0, check.stdout
    assert "1 draft(s) to finish" in check.stdout
    drafts = (knowledge / "drafts" / "acme-news.yaml").read_text().splitlines()
    line = drafts.index("- id: acme-news-001") + 1
    assert f"{knowledge}/drafts/acme-news.yaml:{line}: draft acme-news-001" in check.stdout


def test_an_article_already_in_the_base_is_refused(tmp_path):
    knowledge = write_toy_knowledge(tmp_path / "knowledge")
    result = add_article(knowledge, knowledge / "articles" / "acme.txt", "--title", "Again", "--author", "Ada")
    assert result.returncode == 2
    assert "already in the fact base" in result.stderr
