"""Readers point at one article: "the second article", "article 1", "according to Kling"."""

from __future__ import annotations

from dataclasses import replace

import pytest

from bot.answering.references import ArticleReferences

FIRST, SECOND = "000_68073c68289df6a5", "002_29541d7ea7f6684e"


@pytest.fixture(scope="module")
def references(real_knowledge) -> ArticleReferences:
    return ArticleReferences(real_knowledge.articles)


@pytest.mark.parametrize(
    ("question", "article"),
    [
        ("What does the second article say about the licence?", SECOND),
        ("Who wrote article 1?", FIRST),
        ("According to Elenor Kling, who issues the licence?", SECOND),
        ("In Cobucci's piece, what is the obstacle?", FIRST),
        ("Cosa dice il primo articolo sulla licenza?", FIRST),
        ("¿Qué dice el segundo artículo de la licencia?", SECOND),
    ],
)
def test_a_reference_points_at_its_article_and_leaves_the_question(references, question, article):
    found = references.find(question)
    assert found.articles == {article}
    assert "licen" in found.rest or "obstacle" in found.rest or "wrote" in found.rest


@pytest.mark.parametrize(
    ("question", "article"),
    [
        ("Who is Elenor Kling?", SECOND),
        ("Tell me a bit about Gianluca Cobucci.", FIRST),
        ("¿Qué perfil tiene Elenor Kling?", SECOND),
    ],
)
def test_a_writer_named_without_being_pointed_at_is_what_the_question_is_about(references, question, article):
    found = references.find(question)
    assert not found.articles
    assert found.writers == {article}


@pytest.mark.parametrize(
    ("question", "article"),
    [
        ("What does Kling say about Qingdao?", SECOND),
        ("Quali costruttori nomina Cobucci nel suo pezzo?", FIRST),
        ("¿Según Cobucci, el futuro de estas negociaciones está claro?", FIRST),
    ],
)
def test_a_writer_named_with_words_saying_to_look_there_points_at_their_article(references, question, article):
    found = references.find(question)
    assert found.articles == {article}
    assert not found.writers


@pytest.mark.parametrize(
    ("question", "article"),
    [
        ("Who wrote the Spanish article?", SECOND),
        ("Chi ha scritto l'articolo spagnolo?", SECOND),
        ("What does the Italian piece say about the licence?", FIRST),
        ("who wrote the spanish one", SECOND),
        ("¿Y la italiana quién la escribió?", FIRST),
        ("E quella spagnola chi la firma?", SECOND),
        ("Who wrote the article that was translated from Italian?", FIRST),
        ("Chi ha firmato il pezzo tradotto dallo spagnolo?", SECOND),
    ],
)
def test_readers_name_an_article_by_the_language_it_was_first_written_in(references, question, article):
    assert references.find(question).articles == {article}


def test_a_language_two_articles_share_points_at_neither(real_knowledge):
    both_spanish = [replace(article, language="es") for article in real_knowledge.articles]
    assert not ArticleReferences(both_spanish).find("What does the Spanish article say?").articles


def test_the_first_car_is_not_the_first_article(references):
    found = references.find("When will the first car be shown?")
    assert not found.articles
    assert "first car" in found.rest


def test_who_reported_first_is_not_the_first_article(references):
    assert not references.find("How long ago did Bloomberg first report the delay?").articles


@pytest.mark.parametrize("question", ["And the other article?", "Cosa dice l'altro articolo?", "¿Y el otro artículo?"])
def test_the_other_article_is_noticed_and_left_to_the_conversation(references, question):
    found = references.find(question)
    assert found.other
    assert not found.articles


@pytest.mark.parametrize(
    "question",
    ["Do the two articles agree on the licence?", "I due articoli dicono la stessa cosa?", "one article says so"],
)
def test_a_number_before_the_noun_counts_the_articles_rather_than_pointing_at_one(references, question):
    assert references.find(question).articles == frozenset()
    assert references.find("y el artículo dos?").articles == {SECOND}
