"""Readers hold the articles against each other: "Which article mentions Qingdao?", "Do both cite Bloomberg?"."""

from __future__ import annotations

import pytest

from bot.languages.catalog import Catalog
from bot.models import AnswerKind
from bot.render.plain import json_record

FIRST, SECOND = "000_68073c68289df6a5", "002_29541d7ea7f6684e"


def _cited(answer) -> set[str]:
    return {source.article.id for source in answer.fact.sources}


@pytest.mark.parametrize(
    ("question", "name", "article"),
    [
        ("Which article mentions Qingdao?", "Qingdao", SECOND),
        ("Which of the two pieces mentions Geely?", "Geely", SECOND),
        ("¿En cuál de las dos notas aparece Cailian?", "Cailian", SECOND),
        ("Quale dei due articoli tira in ballo Hyundai?", "Hyundai", SECOND),
        ("Which author mentions Brilliance Auto?", "Brilliance", FIRST),
    ],
)
def test_which_article_names_something_is_answered_from_the_article_that_does(real_engine, question, name, article):
    answer = real_engine.ask(question)
    assert answer.kind is AnswerKind.FACT
    assert _cited(answer) == {article}
    assert all(name in source.quote for source in answer.fact.sources)


@pytest.mark.parametrize(
    ("question", "name", "asked", "naming"),
    [
        ("Does the Spanish article mention Chery?", "Chery", SECOND, FIRST),
        ("Il primo articolo parla di Hyundai?", "Hyundai", FIRST, SECOND),
    ],
)
def test_an_article_that_does_not_name_it_is_said_so_with_the_one_that_does(real_engine, question, name, asked, naming):
    answer = real_engine.ask(question)
    assert answer.fact.answer.startswith("No:")
    assert _cited(answer) == {asked, naming}
    assert any(name in source.quote for source in answer.fact.sources if source.article.id == naming)


def test_a_name_both_articles_give_is_quoted_from_both(real_engine):
    answer = real_engine.ask("Do both articles cite Bloomberg?")
    assert _cited(answer) == {FIRST, SECOND}
    assert "Both articles" in answer.fact.answer


def test_a_name_neither_article_gives_is_not_in_the_articles(real_engine):
    assert not real_engine.ask("Does either article mention Tesla?").answered


@pytest.mark.parametrize(
    ("question", "names", "articles"),
    [
        ("Which carmaker shows up in both articles?", ["BAIC"], {FIRST, SECOND}),
        ("Which news source do both articles cite?", ["Bloomberg"], {FIRST, SECOND}),
        ("Which news source do both articles have in common?", ["Bloomberg"], {FIRST, SECOND}),
        ("What news outlets are cited across the two articles?", ["Bloomberg", "Cailian"], {FIRST, SECOND}),
        ("Besides Cailian, which other source does the second article cite?", ["Bloomberg"], {SECOND}),
        ("¿Qué ministerio nombra el primer artículo?", ["Ministry of Industry"], {FIRST}),
    ],
)
def test_a_kind_of_name_is_listed_from_the_articles_asked_about(real_engine, question, names, articles):
    answer = real_engine.ask(question)
    assert answer.kind is AnswerKind.FACT
    assert _cited(answer) == articles
    assert all(name in answer.fact.answer for name in names)


@pytest.mark.parametrize(
    "question",
    [
        "In which article does BAIC deny the talks?",
        "What does the second article say about Hyundai?",
        "Which company does the first article say Xiaomi is talking to?",
        "Is Xiaomi talking to BAIC according to the second article?",
        "Does the first article mention BAIC denying?",
        "Does the first article name BAIC as the buyer?",
        "Which company does the second article name as the seller?",
        "Does BAIC appear worried in the second article?",
        "¿Sale caro BAIC en el segundo artículo?",
    ],
)
def test_a_question_about_the_story_in_an_article_is_not_asked_of_its_names(real_engine, question):
    answer = real_engine.ask(question)
    assert answer.fact is None or not answer.fact.id.startswith("named-")


def test_the_reply_is_in_the_readers_language_with_the_name_kept(real_engine):
    answer = real_engine.ask("¿Qué medio chino cita el segundo artículo?")
    record = json_record(answer, Catalog().texts("es"))
    assert record["answer"].startswith("Medios mencionados en el segundo artículo")
    assert "Cailian" in record["answer"]
    assert "Bloomberg" in record["answer"]


def test_an_answer_about_names_can_be_opened_again_by_its_id(real_engine, real_knowledge):
    answer = real_engine.ask("Which article mentions Qingdao?")
    assert real_knowledge.fact(answer.fact.id) == answer.fact


@pytest.mark.parametrize(
    ("question", "authors"),
    [
        ("who wrote the spanish one", ["Elenor Kling"]),
        ("E l'articolo sulla fabbrica di Qingdao, da chi è firmato?", ["Elenor Kling"]),
        ("Who wrote article 1 and who wrote article 2?", ["Gianluca Cobucci", "Elenor Kling"]),
        ("Hola, ¿me podrían decir quién es el autor del artículo italiano?", ["Gianluca Cobucci"]),
        ("Mi saprebbe dire chi ha firmato l'articolo su Qingdao, per cortesia?", ["Elenor Kling"]),
        ("The journalist of the first article, what is his name?", ["Gianluca Cobucci"]),
        ("name of the journalist of the second article?", ["Elenor Kling"]),
        ("who did write the first article?", ["Gianluca Cobucci"]),
        ("¿Cómo se llama el periodista del segundo artículo?", ["Elenor Kling"]),
    ],
)
def test_who_wrote_an_article_is_answered_with_its_byline(real_engine, question, authors):
    answer = real_engine.ask(question)
    assert answer.kind is AnswerKind.FACT
    assert all(author in answer.fact.answer for author in authors)


@pytest.mark.parametrize(
    ("question", "author", "other"),
    [
        ("Who wrote the piece about Xiaomi's bureaucratic obstacles?", "Gianluca Cobucci", "Elenor Kling"),
        ("¿Quién firma la nota sobre los obstáculos burocráticos?", "Gianluca Cobucci", "Elenor Kling"),
        (
            "Who wrote the article about Xiaomi having problems manufacturing its car?",
            "Elenor Kling",
            "Gianluca Cobucci",
        ),
        ("Chi ha scritto il pezzo sui problemi di produzione dell'auto Xiaomi?", "Elenor Kling", "Gianluca Cobucci"),
    ],
)
def test_an_article_named_by_its_headline_has_its_writer_answered(real_engine, question, author, other):
    """Readers recall a headline, not a number: the piece about bureaucratic obstacles is Cobucci's alone."""
    answer = real_engine.ask(question)
    assert author in answer.fact.answer
    assert other not in answer.fact.answer


def test_a_headline_asked_in_phone_shorthand_is_that_articles(real_engine, real_knowledge):
    answer = real_engine.ask("wats the title of the cobucci one")
    assert real_knowledge.articles[0].title in answer.fact.answer


def test_an_outlets_journalist_is_not_an_articles_author(real_engine):
    answer = real_engine.ask("Which Bloomberg journalist in the second article reported the talks?")
    assert not (answer.answered and "Elenor Kling" in answer.fact.answer)


def test_headline_words_in_a_question_about_the_story_point_at_no_writer(real_engine, real_knowledge):
    answer = real_engine.ask("What are Xiaomi's bureaucratic obstacles?")
    assert answer.fact.id not in {real_knowledge.fact("author-cobucci").id, real_knowledge.fact("author-kling").id}


def test_a_detail_the_byline_does_not_give_is_not_answered_with_it(real_engine):
    assert not real_engine.ask("How old is the author Gianluca Cobucci?").answered


@pytest.mark.parametrize("follow_up", ["where?", "who wrote that?", "e dove?", "¿y Chery?"])
def test_a_follow_up_after_an_answer_about_the_articles_is_read_on_its_own(real_engine, real_knowledge, follow_up):
    about = real_engine.ask("Which article mentions Qingdao?").fact
    in_conversation = real_engine.ask(follow_up, real_knowledge.fact(about.id))
    alone = real_engine.ask(follow_up)
    assert (in_conversation.kind, in_conversation.fact) == (alone.kind, alone.fact)


@pytest.mark.parametrize(
    ("last", "question", "name", "said"),
    [
        ("qingdao-plant", "does the other article mention Hyundai?", "Hyundai", "No:"),
        ("baic-response", "What about the other article, does it mention BAIC too?", "BAIC", "Both articles"),
    ],
)
def test_whether_the_other_article_names_something_is_asked_of_that_article(
    real_engine, real_knowledge, last, question, name, said
):
    """After the second article's news, "the other article" is the first: it never names Hyundai, but BAIC."""
    answer = real_engine.ask(question, real_knowledge.fact(last))
    assert answer.fact.answer.startswith(said)
    assert FIRST in _cited(answer)
    assert any(name in source.quote for source in answer.fact.sources)


def test_what_the_other_article_cites_is_its_news_sources(real_engine, real_knowledge):
    answer = real_engine.ask("and what does the other article cite?", real_knowledge.fact("qingdao-plant"))
    assert _cited(answer) == {FIRST}
    assert "Bloomberg" in answer.fact.answer
    assert "Cailian" not in answer.fact.answer
