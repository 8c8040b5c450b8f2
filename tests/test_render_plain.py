"""What a reader sees: the answer, who claims it, how sure it is, and the quoted source."""

from __future__ import annotations

from dataclasses import replace

from bot.render.plain import json_record, plain_text
from tests.words import said


def test_a_fact_reads_with_its_attribution_status_and_verbatim_quote(toy_engine, english):
    text = plain_text(toy_engine.ask("Who is Acme talking to?"), english)
    assert text.startswith("According to Reuters, Acme is talking to Zeta Works")
    assert "[Reported by Reuters; not confirmed by the companies]" in text
    assert '"Acme wants scooters", by Ada Lovelace' in text
    assert "> According to Reuters, Acme is in talks with Zeta Works to use its factory in Turin." in text


def test_a_reader_who_asks_who_wrote_it_is_told_the_article_first(toy_engine, english):
    answer = replace(toy_engine.ask("Who is Acme talking to?"), asks_source=True)
    assert plain_text(answer, english).startswith("From the article by Ada Lovelace, “Acme wants scooters”: According")


def test_an_answer_only_the_other_article_gives_says_so_first(real_engine, english):
    answer = real_engine.ask("does the second article say when the car launches")
    lead = said("absent-lead", absent="Elenor Kling", present="Gianluca Cobucci")
    assert json_record(answer, english)["answer"].startswith(f"{lead} ")
    assert plain_text(answer, english).startswith(lead)


def test_a_rumour_is_marked_as_one(toy_engine, english):
    assert "[Rumour; not confirmed]" in plain_text(toy_engine.ask("When does the scooter debut?"), english)


def test_a_disagreement_between_sources_is_said_plainly(real_engine, english):
    text = plain_text(real_engine.ask("Which authority grants the licence?"), english)
    assert "The sources disagree:" in text
    assert text.count("by Gianluca Cobucci") == 1
    assert text.count("by Elenor Kling") == 1


def test_a_declined_question_says_what_is_missing_and_what_is_covered(toy_engine, english):
    text = plain_text(toy_engine.ask("How much is Acme paying Zeta Works?"), english)
    assert text.startswith(said("missing-price"))
    assert said("related-intro") in text


def test_the_json_record_follows_the_contract(toy_engine, english):
    record = json_record(toy_engine.ask("Who is Acme talking to?"), english)
    fields = ["question", "answered", "kind", "fact_id", "answer", "score", "sources", "suggestions", "language"]
    assert list(record) == fields
    assert record["language"] == "en"
    assert record["answered"] is True
    assert record["kind"] == "fact"
    assert record["fact_id"] == "zeta-talks"
    assert record["sources"] == [
        {
            "article": "acme",
            "title": "Acme wants scooters",
            "author": "Ada Lovelace",
            "quote": "According to Reuters, Acme is in talks with Zeta Works to use its factory in Turin.",
        }
    ]
    assert record["suggestions"] == []


def test_suggestions_in_json_are_questions_a_reader_can_ask(toy_engine, english):
    record = json_record(toy_engine.ask("zeta?"), english)
    assert record["kind"] == "suggestions"
    assert record["answered"] is False
    assert record["fact_id"] is None
    assert record["sources"] == []
    assert set(record["suggestions"]) <= {"Who is Acme talking to?", "What did Zeta Works say?"}
