"""The command line as editors and other tools use it, run as real processes."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from bot import cli
from bot.answering import precedents
from tests.knowledge_builder import REAL_KNOWLEDGE, write_toy_knowledge

PROJECT = Path(__file__).resolve().parent.parent
CONSOLE_SCRIPT = Path(sys.executable).with_name("xiaomi-story-bot")


def run(
    *arguments: str, knowledge: Path = REAL_KNOWLEDGE, stdin: str = "", environment: dict[str, str] | None = None
) -> subprocess.CompletedProcess[str]:
    environment = {**os.environ, "KNOWLEDGE_DIR": str(knowledge), "WEBHOOK_URL": "", **(environment or {})}
    return subprocess.run(
        [sys.executable, "-m", "bot", *arguments],
        input=stdin,
        capture_output=True,
        text=True,
        env=environment,
        cwd=PROJECT,
        timeout=60,
        check=False,
    )


def test_check_passes_on_the_bundled_fact_base_with_a_one_line_summary():
    result = run("check")
    assert result.returncode == 0, result.stdout + result.stderr
    [line] = result.stdout.splitlines()
    assert line.startswith("OK: 2 articles, ")
    assert " facts, " in line
    assert line.endswith(" alerts")


def test_check_fails_with_file_and_line_on_a_broken_base(tmp_path):
    folder = write_toy_knowledge(tmp_path / "knowledge", {"topics.yaml": "- id: plans\n  label: [oops\n"})
    result = run("check", knowledge=folder)
    assert result.returncode == 1
    assert f"{folder}/topics.yaml:3: invalid YAML" in result.stdout
    assert "1 problem(s)" in result.stdout
    assert "Traceback" not in result.stdout + result.stderr


def test_the_bot_refuses_to_answer_from_a_base_that_fails_the_check(tmp_path):
    folder = write_toy_knowledge(tmp_path / "knowledge", {"facts/toy.yaml": "- id: x\n"})
    result = run("ask", "anything", knowledge=folder)
    assert result.returncode == 1
    assert "missing field" in result.stderr
    assert result.stdout == ""


def test_a_missing_knowledge_folder_is_one_line_not_a_traceback(tmp_path):
    result = run("check", knowledge=tmp_path / "nowhere")
    assert result.returncode == 2
    assert result.stderr.count("\n") == 1
    assert "KNOWLEDGE_DIR" in result.stderr


def test_damaged_precedents_are_one_line_not_a_traceback(tmp_path, monkeypatch, capsys):
    """precedents.json ships with the bot; if an install breaks it, the operator is told what to run."""
    damaged = tmp_path / "precedents.json"
    damaged.write_text("[", encoding="utf-8")
    monkeypatch.setattr(precedents, "PRECEDENTS_FILE", damaged)
    monkeypatch.setenv("KNOWLEDGE_DIR", str(REAL_KNOWLEDGE))
    monkeypatch.setenv("WEBHOOK_URL", "")
    precedents.bundled_precedents.cache_clear()
    try:
        assert cli.main(["ask", "Who wrote the first article?"]) == 2
    finally:
        precedents.bundled_precedents.cache_clear()
    error = capsys.readouterr().err
    assert error.count("\n") == 1
    assert "precedents.json" in error
    assert "tools/tune.py" in error


def test_ask_prints_the_answer_with_its_source(tmp_path):
    result = run("ask", "When does the first scooter debut?", knowledge=write_toy_knowledge(tmp_path / "k"))
    assert result.returncode == 0
    assert "Rumours say the first scooter could debut on 3 March." in result.stdout
    assert '"Acme wants scooters", by Ada Lovelace' in result.stdout


def test_ask_json_answers_each_argument_in_order(tmp_path):
    questions = ["When does the first scooter debut?", "best pizza in Naples?", "hello"]
    result = run("ask", "--json", *questions, knowledge=write_toy_knowledge(tmp_path / "k"))
    records = [json.loads(line) for line in result.stdout.splitlines()]
    assert [record["question"] for record in records] == questions
    assert [record["kind"] for record in records] == ["fact", "unknown", "smalltalk"]
    assert [record["answered"] for record in records] == [True, False, False]
    assert all(isinstance(record["score"], float) for record in records)


def test_ask_json_reads_one_question_per_line_from_stdin():
    questions = ["Why is Xiaomi's car delayed?", "Who is Xiaomi's CEO?", "¿Dónde está la fábrica de BAIC?"]
    result = run("ask", "--json", "-", stdin="\n".join(questions) + "\n")
    records = [json.loads(line) for line in result.stdout.splitlines()]
    assert [record["question"] for record in records] == questions
    assert records[0]["answered"]
    assert records[0]["sources"]
    assert not records[1]["answered"]
    assert "Qingdao" in records[2]["answer"]


def test_a_reader_who_stops_reading_the_output_gets_no_traceback():
    questions = "\n".join(["Why is Xiaomi's car delayed?"] * 1000) + "\n"
    process = subprocess.Popen(
        [sys.executable, "-m", "bot", "ask", "--json", "-"],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env={**os.environ, "KNOWLEDGE_DIR": str(REAL_KNOWLEDGE)},
        cwd=PROJECT,
        text=True,
    )
    process.stdin.write(questions)
    process.stdin.close()
    assert process.stdout.readline().startswith("{")
    process.stdout.close()
    assert process.wait(timeout=60) == 0
    assert "Traceback" not in process.stderr.read()


def test_chat_answers_until_the_reader_leaves():
    result = run("chat", stdin="hello\nWhat did BAIC say?\n\n")
    assert result.returncode == 0
    assert "no information about it" in result.stdout
    assert result.stdout.count("you> ") == 3


@pytest.mark.skipif(not CONSOLE_SCRIPT.exists(), reason="package not installed with pip")
def test_the_console_script_does_what_python_m_bot_does():
    result = subprocess.run([CONSOLE_SCRIPT, "check"], capture_output=True, text=True, timeout=60, check=False)
    assert result.returncode == 0
    assert result.stdout.startswith("OK: 2 articles")


def test_run_without_a_token_says_how_to_get_one_in_one_line():
    result = run("run", environment={"TELEGRAM_BOT_TOKEN": ""})
    assert result.returncode == 2
    [line] = result.stderr.splitlines()
    assert "@BotFather" in line
    assert "python -m bot chat" in line


def test_the_webhook_line_of_the_procfile_needs_a_webhook_url():
    result = run("run", "--webhook", environment={"TELEGRAM_BOT_TOKEN": "123456:abcdefghijklmnopqrstuvwxyz"})
    assert result.returncode == 2
    [line] = result.stderr.splitlines()
    assert "WEBHOOK_URL" in line


def test_check_lists_what_is_left_to_translate_and_strict_fails_on_it(tmp_path):
    folder = write_toy_knowledge(tmp_path / "knowledge")
    relaxed = run("check", knowledge=folder)
    assert relaxed.returncode == 0
    assert "text(s) to translate" in relaxed.stdout
    assert f"{folder}/facts/toy.yaml:1: fact 'zeta-talks': translate into it (answer)" in relaxed.stdout
    assert run("check", "--strict", knowledge=folder).returncode == 1
    assert run("check", "--strict").returncode == 0


def test_ask_answers_in_the_questions_language_or_the_one_forced():
    italian = json.loads(run("ask", "--json", "Perché l'auto di Xiaomi è in ritardo?").stdout)
    assert italian["language"] == "it"
    assert "licenza" in italian["answer"]
    forced = json.loads(run("ask", "--json", "--lang", "es", "Why is Xiaomi's car delayed?").stdout)
    assert forced["language"] == "es"
    assert "licencia" in forced["answer"]
    assert forced["fact_id"] == italian["fact_id"]


def test_ask_reads_conversations_from_json_lines_and_plain_lines_alone():
    lines = [
        json.dumps({"chat": "a", "q": "what factory might xiaomi keep"}),
        json.dumps({"chat": "b", "q": "when is the first xiaomi car coming out"}),
        json.dumps({"chat": "a", "q": "which city is it in"}),
        "which city is it in",
        json.dumps({"chat": "b", "q": "is that official?"}),
    ]
    result = run("ask", "--json", "-", stdin="\n".join(lines) + "\n")
    records = [json.loads(line) for line in result.stdout.splitlines()]
    assert len(records) == 5
    assert "Qingdao" in records[2]["answer"]
    assert records[3]["fact_id"] is None, "a plain line stands alone"
    assert records[4]["fact_id"] == "debut-date"
    assert records[2]["question"] == "which city is it in"


def test_the_timeline_lists_each_article_with_its_claims_in_the_language_asked():
    english = run("timeline")
    assert english.returncode == 0
    assert english.stdout.count("(publication date not given)") == 2
    assert "[Reported by Cailian; not confirmed by the companies]" in english.stdout
    assert "(data di pubblicazione non indicata)" in run("timeline", "--lang", "it").stdout


def test_verify_reads_one_message_per_line_and_prints_one_verdict_each_in_order():
    messages = [
        "BREAKING: Xiaomi signed with BAIC ✅",
        "Secondo Bloomberg Xiaomi ha contattato Chery e Brilliance Auto",
        "Xiaomi's car has a 100 kWh battery",
        "lol",
    ]
    result = run("verify", "--json", "-", stdin="\n".join(messages) + "\n")
    assert result.returncode == 0, result.stderr
    records = [json.loads(line) for line in result.stdout.splitlines()]
    assert [record["message"] for record in records] == messages
    assert [record["verdict"] for record in records] == [
        "overstated",
        "supported",
        "not-in-articles",
        "not-in-articles",
    ]
    assert {"message", "verdict", "fact_id", "answer", "sources", "language", "claims"} <= set(records[0])
    assert records[0]["sources"]
    assert all(source["quote"] for source in records[0]["sources"])
    assert records[1]["language"] == "it"
    assert records[2]["fact_id"] is None
    assert records[2]["sources"] == []
    assert records[3]["claims"] == []


def test_verify_prints_a_verdict_per_claim_as_a_person_reads_it():
    result = run("verify", "Xiaomi is still waiting for its licence. BAIC confirmed the deal this morning!")
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert lines[0].startswith("✅ ")
    assert "still waiting" in lines[0]
    assert any(line.startswith("❌ ") and "BAIC confirmed" in line for line in lines)
    assert any(line.strip().startswith("> ") for line in lines), "the articles are quoted"
