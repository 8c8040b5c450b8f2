"""The evidence the decision weighs: a candidate's lead over the facts that answer otherwise."""

from bot.answering.engine import Engine


def ranked(engine: Engine, text: str) -> dict[str, tuple[float, float]]:
    """Each ranked fact's score and margin, as the decision would weigh it."""
    question = engine.read(text)
    matches = engine.consider(question).matches
    words = engine.evidence.words_weighed(question)
    return {
        match.fact.id: (match.score, engine.evidence.of(question, matches, match, words).margin) for match in matches
    }


def test_a_fact_quoting_the_same_words_below_the_first_is_no_rival_to_it(real_engine):
    # "Which authority?" ranks the licence authority first, then the NDRC fact quoting its words:
    # the same answer, so the first leads by its distance to the licence limits, ranked third.
    facts = ranked(real_engine, "which authority gives the licence?")
    score, margin = facts["licence-authority"]
    assert list(facts)[:3] == ["licence-authority", "licence-ndrc", "licence-limits"]
    assert margin == score - facts["licence-limits"][0]


def test_a_summary_quoting_every_facts_words_does_not_lead_the_fact_ranked_above_it(real_engine):
    # The two articles compared quote the talks with the carmakers, yet rank below them for "and Chery?".
    facts = ranked(real_engine, "and Chery?")
    assert facts["talks-with-carmakers"][1] > 0
    assert facts["articles-compared"][1] < 0
    assert real_engine.ask("and Chery?").fact.id == "talks-with-carmakers"
