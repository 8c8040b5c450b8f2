"""An editor adds a later report and turns its drafts into facts with two commands."""

from __future__ import annotations

import json
from pathlib import Path

from bot.loader import load_knowledge
from tests.knowledge_builder import copy_real_knowledge
from tests.test_cli_editor import add_article, bot_command

LATER_REPORT = Path(__file__).resolve().parent / "fixtures" / "later_report.txt"


def added(tmp_path: Path) -> Path:
    knowledge = copy_real_knowledge(tmp_path)
    result = add_article(
        knowledge,
        LATER_REPORT,
        "--title",
        "Xiaomi signs (fiction)",
        "--author",
        "Test Writer",
        "--id",
        "later",
        "--published",
        "2026-11-20",
        "--url",
        "https://example.org/later",
        "--language",
        "en",
    )
    assert result.returncode == 0, result.stderr
    return knowledge


def test_the_new_article_keeps_its_date_address_and_language(tmp_path):
    later = load_knowledge(added(tmp_path)).articles[-1]
    assert later.published.isoformat() == "2026-11-20"
    assert later.url == "https://example.org/later"
    assert later.language == "en"


def test_drafts_list_names_the_existing_facts_a_draft_may_update(tmp_path):
    listing = bot_command(added(tmp_path), "drafts", "list")
    assert listing.returncode == 0
    assert "later-002  (Reuters; later.yaml)" in listing.stdout
    assert "may update or contradict: licence-ndrc" in listing.stdout


def test_accepting_every_draft_passes_the_check_and_the_new_claims_are_found(tmp_path):
    knowledge = added(tmp_path)
    accepted = bot_command(knowledge, "drafts", "accept", "--all")
    assert accepted.returncode == 0, accepted.stderr
    assert not list((knowledge / "drafts").glob("*.yaml"))
    assert bot_command(knowledge, "check").returncode == 0
    asked = bot_command(knowledge, "ask", "--json", "how much will the first car cost?")
    record = json.loads(asked.stdout)
    assert record["fact_id"] == "later-003", "found by its answer before anyone wrote questions"
    assert "300,000 yuan" in record["answer"]
    old = json.loads(bot_command(knowledge, "ask", "--json", "Where is the BAIC plant Xiaomi might keep?").stdout)
    assert old["fact_id"] == "qingdao-plant", "questions about the old articles keep their answers"


def test_accepting_a_draft_that_does_not_exist_changes_nothing_it_should_not(tmp_path):
    knowledge = added(tmp_path)
    result = bot_command(knowledge, "drafts", "accept", "later-002", "no-such-draft")
    assert result.returncode == 1
    assert "no draft with id: no-such-draft" in result.stderr
    kept = load_knowledge(knowledge)
    assert kept.fact("later-002") is not None
    assert [note for note in kept.drafts if "later-002" in str(note)] == []


def test_a_draft_accepted_as_an_update_is_said_first_with_what_it_replaces_and_both_quotes(tmp_path):
    knowledge = added(tmp_path)
    accepted = bot_command(knowledge, "drafts", "accept", "later-004", "--updates", "licence-ndrc")
    assert accepted.returncode == 0, accepted.stderr
    asked = bot_command(knowledge, "ask", "--json", "Which commission must give Xiaomi its licence?")
    record = json.loads(asked.stdout)
    assert record["fact_id"] == "later-004"
    assert record["answer"].startswith("Update, per Test Writer (article of 2026-11-20): The licence")
    assert "Earlier, the article by Elenor Kling said:" in record["answer"]
    assert {source["article"] for source in record["sources"]} == {"later", "002_29541d7ea7f6684e"}


def test_an_update_of_a_fact_that_does_not_exist_is_refused(tmp_path):
    result = bot_command(added(tmp_path), "drafts", "accept", "later-004", "--updates", "no-such-fact")
    assert result.returncode == 2
    assert "no fact 'no-such-fact'" in result.stderr


def test_an_accepted_draft_gives_the_kinds_of_detail_its_quote_names(tmp_path):
    knowledge = added(tmp_path)
    assert bot_command(knowledge, "drafts", "accept", "--all").returncode == 0
    accepted = load_knowledge(knowledge)
    signed = accepted.fact("later-002")  # "... with BAIC ... at the Qingdao plant from March"
    assert {slot.value for slot in signed.provides} >= {"place", "date", "name"}
    assert "price" in {slot.value for slot in accepted.fact("later-003").provides}  # "less than 300,000 yuan"


def test_a_rumour_matching_the_new_report_is_checked_against_it_with_its_source(tmp_path):
    knowledge = added(tmp_path)
    assert bot_command(knowledge, "drafts", "accept", "--all").returncode == 0
    credited, uncredited = (
        json.loads(line)
        for line in bot_command(
            knowledge,
            "verify",
            "--json",
            "Reuters says Xiaomi signed with BAIC to build its first cars in Qingdao from March",
            "BREAKING: Xiaomi signed with BAIC to build its first cars in Qingdao from March",
        ).stdout.splitlines()
    )
    assert credited["verdict"] == "supported"
    assert credited["fact_id"] == "later-002"
    assert credited["sources"][0]["article"] == "later"
    assert uncredited["verdict"] == "overstated", "Reuters reported it; nobody confirmed it"
