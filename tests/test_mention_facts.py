"""The facts made from the article texts: where each name stands, in the articles' own words."""

from __future__ import annotations

from bot.languages.wording import in_language


def test_every_quote_is_the_articles_own_words(real_knowledge):
    texts = {article.id: article.text for article in real_knowledge.articles}
    assert real_knowledge.mentions
    for fact in real_knowledge.mentions:
        assert all(source.quote in texts[source.article.id] for source in fact.sources), fact.id


def test_every_fact_reads_in_each_language_with_the_names_as_the_articles_give_them(real_knowledge):
    for fact in real_knowledge.mentions:
        for language in ("it", "es"):
            translated = in_language(fact, language)
            assert translated.answer != fact.answer, (fact.id, language)
            assert "Ministry of Industry" not in fact.answer or "the Ministry" not in translated.answer


def test_the_question_each_fact_shows_on_its_buttons_is_answered_with_it(real_engine, real_knowledge):
    from bot.languages.wording import in_language as worded

    missed = [
        (fact.id, language)
        for fact in real_knowledge.mentions
        for language in ("en", "it", "es")
        if real_engine.ask(worded(fact, language).headline).fact != fact
    ]
    assert len(missed) <= len(real_knowledge.mentions) // 10, missed
