"""An editor breaks the fact base in every way we can think of; check names file and line."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.loader import KnowledgeError, load_knowledge
from bot.models import Slot, Status
from tests.knowledge_builder import TOY_FACTS_YAML, write_toy_knowledge

ONE_FACT = """\
- id: debut
  topics: [plans]
  claimed_by: rumours
  status: rumoured
  answer: Rumours say the first scooter could debut on 3 March.
  questions:
    - When is the debut?
  sources:
    - article: acme
      quote: "Rumours say the first scooter could debut on 3 March."
"""


def problems_for(tmp_path: Path, replace: dict[str, str]) -> list[str]:
    folder = write_toy_knowledge(tmp_path / "knowledge", replace)
    with pytest.raises(KnowledgeError) as caught:
        load_knowledge(folder)
    return [str(problem) for problem in caught.value.problems]


def fact_with(old: str, new: str) -> dict[str, str]:
    assert old in ONE_FACT
    return {"facts/toy.yaml": ONE_FACT.replace(old, new)}


def test_the_bundled_fact_base_loads_with_both_articles_and_their_bylines(real_knowledge):
    authors = {article.author for article in real_knowledge.articles}
    assert authors == {"Gianluca Cobucci", "Elenor Kling"}
    assert len(real_knowledge.facts) >= 30
    assert all(fact.sources and fact.questions for fact in real_knowledge.facts)


def test_a_toy_base_loads_into_facts_with_sources_and_attribution(toy_folder):
    knowledge = load_knowledge(toy_folder)
    talks = knowledge.fact("zeta-talks")
    assert talks is not None
    assert talks.claimed_by == "Reuters"
    assert talks.status is Status.REPORTED
    assert talks.provides == {Slot.PLACE}
    assert talks.sources[0].article.title == "Acme wants scooters"


def test_broken_yaml_names_the_file_and_the_line(tmp_path):
    broken = ONE_FACT.replace("  questions:\n", "  questions: [unclosed\n")
    problems = problems_for(tmp_path, {"facts/toy.yaml": broken})
    assert len(problems) == 1
    assert "facts/toy.yaml:" in problems[0]
    assert "invalid YAML" in problems[0]


def test_an_unknown_field_is_reported_at_its_line(tmp_path):
    problems = problems_for(tmp_path, fact_with("  status: rumoured\n", "  status: rumoured\n  colour: red\n"))
    assert any("facts/toy.yaml:5:" in problem and "unknown field 'colour'" in problem for problem in problems)


def test_a_missing_field_is_reported_at_the_entry(tmp_path):
    problems = problems_for(tmp_path, fact_with("  claimed_by: rumours\n", ""))
    assert problems == [f"{tmp_path}/knowledge/facts/toy.yaml:1: fact: missing field 'claimed_by'"]


def test_a_duplicate_id_points_back_to_the_first_one(tmp_path):
    later_file = {"facts/zz-later.yaml": ONE_FACT.replace("id: debut", "id: zeta-talks")}
    problems = problems_for(tmp_path, later_file)
    assert any(
        "zz-later.yaml:1: duplicate id 'zeta-talks' (first used at" in problem and "toy.yaml:1)" in problem
        for problem in problems
    )


def test_an_unknown_topic_lists_the_known_ones(tmp_path):
    problems = problems_for(tmp_path, fact_with("topics: [plans]", "topics: [weather]"))
    assert any(
        "toy.yaml:2:" in problem and "unknown topic 'weather'" in problem and "plans" in problem for problem in problems
    )


def test_an_unknown_article_is_reported_at_the_source(tmp_path):
    problems = problems_for(tmp_path, fact_with("    - article: acme", "    - article: nowhere"))
    assert any("toy.yaml:9:" in problem and "unknown article 'nowhere'" in problem for problem in problems)


def test_a_quote_that_is_not_verbatim_is_reported_at_its_line(tmp_path):
    problems = problems_for(tmp_path, fact_with('could debut on 3 March."', 'might debut on 3 March."'))
    assert any("toy.yaml:10:" in problem and "quote not found word for word" in problem for problem in problems)


def test_quotes_may_differ_from_the_article_in_whitespace_only(tmp_path):
    folder = write_toy_knowledge(tmp_path / "knowledge", fact_with("first scooter could", "first   scooter\\n could"))
    assert load_knowledge(folder).fact("debut") is not None


def test_the_same_question_under_two_facts_is_reported(tmp_path):
    duplicate = TOY_FACTS_YAML.replace("    - Did Zeta confirm the talks?", "    - who is ACME talking to")
    problems = problems_for(tmp_path, {"facts/toy.yaml": duplicate})
    assert any("'who is ACME talking to' appears also under fact 'zeta-talks'" in problem for problem in problems)


def test_a_status_outside_the_list_is_reported_with_the_choices(tmp_path):
    problems = problems_for(tmp_path, fact_with("status: rumoured", "status: likely"))
    assert any(
        "toy.yaml:4:" in problem and "'likely' is not one of stated | reported" in problem for problem in problems
    )


def test_an_answer_that_hides_who_claims_it_is_refused(tmp_path):
    problems = problems_for(tmp_path, fact_with("answer: Rumours say the first", "answer: The first"))
    assert any("toy.yaml:5:" in problem and "name 'rumours'" in problem for problem in problems)


def test_an_unknown_kind_of_detail_is_refused(tmp_path):
    problems = problems_for(tmp_path, fact_with("  status: rumoured\n", "  status: rumoured\n  provides: [colour]\n"))
    assert any("toy.yaml:5:" in problem and "provides 'colour' is not one of" in problem for problem in problems)


def test_a_key_written_twice_in_one_entry_is_reported(tmp_path):
    problems = problems_for(tmp_path, fact_with("  status: rumoured\n", "  status: rumoured\n  status: stated\n"))
    assert any("toy.yaml:5:" in problem and "duplicate key 'status'" in problem for problem in problems)


def test_a_synonym_under_two_terms_is_reported(tmp_path):
    problems = problems_for(tmp_path, {"synonyms.yaml": "plant: [factory]\nscooter: [moped]\nmill: [Factory]\n"})
    assert any(
        "synonyms.yaml:3:" in problem and "'Factory' is listed under both 'plant' and 'mill'" in problem
        for problem in problems
    )


def test_every_problem_is_reported_in_one_run(tmp_path):
    broken = ONE_FACT.replace("topics: [plans]", "topics: [weather]").replace("status: rumoured", "status: likely")
    assert len(problems_for(tmp_path, {"facts/toy.yaml": broken})) == 2


def test_a_missing_article_text_is_reported_at_the_article(tmp_path):
    articles = "- id: acme\n  title: T\n  author: A\n- id: ghost\n  title: T\n  author: A\n"
    problems = problems_for(tmp_path, {"articles.yaml": articles})
    assert any(
        "articles.yaml:4:" in problem and "ghost" in problem and "cannot read" in problem for problem in problems
    )


def test_an_article_language_the_references_do_not_know_is_reported_at_its_line(tmp_path):
    articles = "- id: acme\n  title: T\n  author: A\n  language: klingon\n"
    problems = problems_for(tmp_path, {"articles.yaml": articles})
    assert any("articles.yaml:4:" in problem and "language must be one of" in problem for problem in problems)


def test_a_fact_file_that_is_not_a_list_is_reported(tmp_path):
    problems = problems_for(tmp_path, {"facts/toy.yaml": "id: lonely\nanswer: yes\n"})
    assert any("toy.yaml:1: expected a list of entries" in problem for problem in problems)


def test_a_missing_knowledge_folder_is_one_clear_problem(tmp_path):
    with pytest.raises(KnowledgeError, match="knowledge folder not found"):
        load_knowledge(tmp_path / "nowhere")


ONE_ALERT = """\
- id: zeta-talks
  topics: [partners]
  headline: Acme talks to Zeta
  text: According to Reuters, Acme is talking to Zeta Works.
  claimed_by: Reuters
  status: reported
  publish_at: 2026-03-01T09:00:00+01:00
  sources:
    - article: acme
      quote: "According to Reuters, Acme is in talks with Zeta Works to use its factory in Turin."
"""


def test_alerts_load_with_their_schedule(tmp_path):
    knowledge = load_knowledge(write_toy_knowledge(tmp_path / "knowledge", {"alerts.yaml": ONE_ALERT}))
    alert = knowledge.alert("zeta-talks")
    assert alert.headline == "Acme talks to Zeta"
    assert alert.publish_at.isoformat() == "2026-03-01T09:00:00+01:00"
    assert alert.sources[0].article.author == "Ada Lovelace"


@pytest.mark.parametrize(
    ("old", "new", "line", "complaint"),
    [
        ("2026-03-01T09:00:00+01:00", "2026-03-01T09:00:00", 7, "publish_at needs a timezone"),
        ("2026-03-01T09:00:00+01:00", "next tuesday", 7, "publish_at must be a date and time"),
        ("text: According to Reuters, Acme", "text: Acme", 4, "the text must say who claims it"),
        ("topics: [partners]", "topics: [gossip]", 2, "unknown topic 'gossip'"),
        ("to use its factory in Turin.", "to use its plant in Turin.", 10, "quote not found word for word"),
    ],
)
def test_a_broken_alert_is_reported_at_its_line(tmp_path, old, new, line, complaint):
    problems = problems_for(tmp_path, {"alerts.yaml": ONE_ALERT.replace(old, new)})
    assert any(f"alerts.yaml:{line}:" in problem and complaint in problem for problem in problems), problems


TRANSLATED = """  translations:
    it:
      answer: Secondo alcune voci il primo scooter potrebbe debuttare il 3 marzo.
    es:
      answer: Según rumores, el primer scooter podría debutar el 3 de marzo.
"""


def test_translations_load_with_the_fact_and_a_missing_one_is_a_to_do_not_an_error(tmp_path):
    translated = ONE_FACT.replace("  questions:\n", TRANSLATED + "  questions:\n")
    knowledge = load_knowledge(write_toy_knowledge(tmp_path / "knowledge", {"facts/toy.yaml": translated}))
    fact = knowledge.fact("debut")
    assert fact.translations.of("it")["answer"].startswith("Secondo alcune voci")
    notes = [str(note) for note in knowledge.untranslated]
    assert not any("fact 'debut'" in note for note in notes)
    assert any(note.endswith("topic plans: translate into it (label, description)") for note in notes)


def test_a_translation_into_a_language_the_bot_does_not_speak_is_reported_at_its_line(tmp_path):
    translated = ONE_FACT.replace("  questions:\n", TRANSLATED.replace("    es:", "    fr:") + "  questions:\n")
    [problem] = problems_for(tmp_path, {"facts/toy.yaml": translated})
    assert problem.endswith("toy.yaml:9: fact 'debut': unknown language 'fr' (known: it, es)")


def test_a_translation_left_blank_as_add_article_drafts_it_is_a_to_do(tmp_path):
    blank = '  translations:\n    it: {question: "", answer: ""}\n'
    translated = ONE_FACT.replace("  questions:\n", blank + "  questions:\n")
    knowledge = load_knowledge(write_toy_knowledge(tmp_path / "knowledge", {"facts/toy.yaml": translated}))
    assert knowledge.fact("debut").translations.of("it") == {}
    notes = [str(note) for note in knowledge.untranslated if "fact 'debut'" in str(note)]
    assert notes[0].endswith("toy.yaml:7: fact 'debut': translate answer into it")
    assert notes[1].endswith("fact 'debut': translate into es (answer)")


def test_a_fact_updating_one_that_does_not_exist_is_reported_at_the_fact(tmp_path):
    [problem] = problems_for(tmp_path, fact_with("  sources:\n", "  updates: no-such-fact\n  sources:\n"))
    assert problem.endswith("toy.yaml:1: fact debut: updates 'no-such-fact', which is not another fact")


@pytest.mark.parametrize("field", ["reasons", "options", "others", "responses", "standing"])
def test_a_reason_option_or_other_that_is_not_another_fact_is_reported_at_the_fact(tmp_path, field):
    [problem] = problems_for(tmp_path, fact_with("  sources:\n", f"  {field}: [no-such-fact]\n  sources:\n"))
    assert problem.endswith(f"toy.yaml:1: fact debut: {field} 'no-such-fact', which is not another fact")
