"""The story's developments in order: each article's claims, articles in the order they came.

Articles are listed as the editor added them to articles.yaml, which is the order the story
reached us; each shows its date when it gives one. Each fact appears once, under the first
article it cites.
"""

from __future__ import annotations

from dataclasses import dataclass

from bot.models import Article, Fact, KnowledgeBase


@dataclass(frozen=True)
class Development:
    article: Article
    fact: Fact


def developments(knowledge: KnowledgeBase) -> list[Development]:
    order = {article.id: index for index, article in enumerate(knowledge.articles)}
    placed = [Development(fact.articles[0], fact) for fact in knowledge.facts if fact.articles]
    return sorted(placed, key=lambda development: order.get(development.article.id, len(order)))
