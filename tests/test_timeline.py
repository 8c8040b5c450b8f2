"""The story's developments in the order the articles came."""

from __future__ import annotations

from bot.timeline import developments


def test_every_fact_appears_once_under_the_first_article_it_cites_articles_in_order(real_knowledge):
    items = developments(real_knowledge)
    assert sorted(item.fact.id for item in items) == sorted(fact.id for fact in real_knowledge.facts)
    order = [article.id for article in real_knowledge.articles]
    positions = [order.index(item.article.id) for item in items]
    assert positions == sorted(positions)
    assert all(item.article == item.fact.articles[0] for item in items)
