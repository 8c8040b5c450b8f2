"""Readers point at one article: "the second article", "article 1", "according to Kling"."""

from __future__ import annotations

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


def test_the_first_car_is_not_the_first_article(references):
    found = references.find("When will the first car be shown?")
    assert not found.articles
    assert "first car" in found.rest
