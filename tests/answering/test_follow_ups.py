"""Follow-ups are read with what the conversation was about; standalone questions are not."""

from __future__ import annotations

import pytest

from bot.models import Answer, AnswerKind, Fact, Slot


@pytest.fixture
def about(real_knowledge):
    return real_knowledge.fact


def offered(answer: Answer) -> Fact:
    """The fact an answer gives, or offers first as "did you mean": which one, not how sure, is what is tested."""
    return answer.fact or answer.suggestions[0]


def test_a_follow_up_asking_more_of_the_last_fact_gets_that_fact(real_engine, about):
    answer = real_engine.ask("which city is it in", about("qingdao-plant"))
    assert answer.fact.id == "qingdao-plant"
    assert real_engine.ask("which city is it in").fact is None


@pytest.mark.parametrize("question", ["who are the authors?", "Bylines?", "¿quién escribió los artículos?"])
def test_who_wrote_them_all_gets_every_byline_in_a_conversation_too(real_engine, about, question):
    answer = real_engine.ask(question, about("licence-ndrc"))
    assert {source.article.author for source in answer.fact.sources} == {"Gianluca Cobucci", "Elenor Kling"}


def test_conditions_the_last_fact_never_speaks_of_are_not_more_of_it(real_engine, about):
    """The talks say who and why, not on what terms."""
    assert not real_engine.ask("and on what conditions?", about("talks-with-carmakers")).answered


def test_where_is_it_after_a_place_the_last_fact_only_names_is_not_answered_with_that_name(real_engine, about):
    assert real_engine.ask("where is that?", about("qingdao-plant")).fact.id == "qingdao-plant"
    assert not real_engine.ask("where is it located?", about("bluepark")).answered


@pytest.mark.parametrize("question", ["which year?", "e di che anno parliamo?"])
def test_the_year_of_a_date_given_without_one_is_what_the_articles_do_not_say(real_engine, about, question):
    answer = real_engine.ask(question, about("debut-date"))
    assert not answer.answered
    assert answer.missing is Slot.YEAR


def test_how_many_months_after_for_months_is_a_figure_the_articles_do_not_give(real_engine, about):
    assert real_engine.ask("for how long?", about("licence-months")).fact.id == "licence-months"
    assert not real_engine.ask("exactly how many months?", about("licence-months")).answered


def test_is_that_official_answers_how_sure_the_last_claim_is(real_engine, about):
    answer = real_engine.ask("is that official?", about("debut-date"))
    assert answer.fact.id == "debut-date"
    assert answer.asks_confirmation


@pytest.mark.parametrize(
    "question",
    [
        "who wrote that?",
        "chi ha scritto quell'articolo?",
        "chi l'ha scritto?",
        "chi lo scrive?",
        "¿quién lo escribió?",
        "¿quién firma el artículo?",
    ],
)
def test_asking_who_wrote_it_gets_the_last_fact_with_its_article_first(real_engine, about, question):
    answer = real_engine.ask(question, about("hyundai-plant"))
    assert answer.fact.id == "hyundai-plant"
    assert answer.asks_source


@pytest.mark.parametrize("question", ["source?", "fonte?", "¿fuente?"])
def test_a_bare_source_asks_who_claims_the_last_fact(real_engine, about, question):
    assert real_engine.ask(question, about("debut-date")).fact.id == "debut-date"


@pytest.mark.parametrize(
    "question", ["who reported it?", "chi l'ha riportato?", "¿quién lo publicó?", "¿quién lo reportó?"]
)
def test_asking_who_reported_it_gets_the_last_claim_with_its_claimant(real_engine, about, question):
    """ "Reported" asks who claims it: it names nothing else the reader could be asking about."""
    answer = real_engine.ask(question, about("talks-with-carmakers"))
    assert answer.fact.id == "talks-with-carmakers"
    assert answer.fact.claimed_by == "Bloomberg"


@pytest.mark.parametrize("question", ["¿hay que adaptarla antes?", "bisogna adattarla prima?"])
def test_a_pronoun_joined_to_the_verb_points_at_the_last_fact(real_engine, about, question):
    assert offered(real_engine.ask(question, about("qingdao-plant"))).id == "plant-improvements"
    assert real_engine.read(question).intent.refers_back


@pytest.mark.parametrize("question", ["e perché converrebbe?", "¿y por qué merecería la pena?"])
def test_a_verb_the_word_tables_rank_rare_is_no_new_subject(real_engine, about, question):
    """Conditionals like "converrebbe" are rare words, not names: the question is still about BluePark's upgrade."""
    assert offered(real_engine.ask(question, about("plant-improvements"))).id == "plant-improvements"


def test_how_much_they_would_pay_is_a_price_the_articles_do_not_give(real_engine, about):
    answer = real_engine.ask("¿cuánto pagaría?", about("hyundai-plant"))
    assert not answer.answered
    assert answer.missing is Slot.PRICE


@pytest.mark.parametrize("question", ["di cosa si occupa?", "¿y a qué se dedica?", "Come si descrive?"])
def test_a_question_about_the_writer_just_named_needs_no_pronoun(real_engine, about, question):
    assert offered(real_engine.ask(question, about("author-cobucci"))).id == "author-cobucci"


@pytest.mark.parametrize(
    "question", ["e l'altro pezzo?", "¿Y el otro?", "Thank you kindly. And who wrote the other one, if I may ask?"]
)
def test_the_other_one_after_a_writers_own_fact_is_the_other_writer(real_engine, about, question):
    """ "What's Cobucci into?" answered with his own fact, then "and the other one?": Kling."""
    assert offered(real_engine.ask(question, about("author-cobucci"))).id == "author-kling"


@pytest.mark.parametrize("question", ["¿de quién es?", "di chi è?"])
def test_a_question_with_its_pronoun_dropped_asks_about_the_last_fact(real_engine, about, question):
    assert offered(real_engine.ask(question, about("qingdao-plant"))).id == "qingdao-plant"


@pytest.mark.parametrize(
    ("last", "question"),
    [
        ("bloomberg-baic-partnership", "and did Chery confirm it?"),
        ("bloomberg-baic-partnership", "has Xiaomi itself said anything?"),
        # After what BAIC said, another company named alone is asked the same.
        ("baic-response", "and Chery?"),
        ("baic-response", "¿y Chery?"),
        ("baic-response", "e Hyundai?"),
    ],
)
def test_a_party_the_articles_never_quote_is_not_lent_the_last_claimant(real_engine, about, last, question):
    answer = real_engine.ask(question, about(last))
    assert not answer.answered
    assert answer.missing is Slot.STATEMENT


def test_a_company_named_after_an_outlets_report_asks_about_that_company(real_engine, about):
    assert real_engine.ask("and Chery?", about("talks-with-carmakers")).fact.id == "talks-with-carmakers"


def test_a_few_words_all_the_last_facts_own_ask_more_of_it(real_engine, about):
    assert real_engine.ask("which plant number?", about("hyundai-plant")).fact.id == "hyundai-plant"
    assert not real_engine.ask("autonomia?", about("first-car-details")).answered


@pytest.mark.parametrize("question", ["Did any of them comment?", "e le aziende hanno confermato?"])
def test_what_they_said_is_asked_of_the_companies_the_last_fact_names(real_engine, about, question):
    answer = real_engine.ask(question, about("talks-with-carmakers"))
    assert answer.fact.claimed_by == "BAIC"


def test_what_a_party_named_by_the_reader_said_is_not_asked_of_the_last_facts_companies(real_engine, about):
    assert not real_engine.ask("did xiaomi itself comment?", about("talks-with-carmakers")).answered


def test_and_the_one_about_something_else_after_who_wrote_it_asks_who_wrote_that_one(real_engine, about):
    answer = real_engine.ask("and the one about Qingdao?", about("talks-with-carmakers"), asked_source=True)
    assert answer.asks_source
    assert "Qingdao" in answer.fact.answer


@pytest.mark.parametrize("question", ["what's her background?", "lei di cosa si occupa?", "¿y a ella qué le interesa?"])
def test_she_after_an_answer_naming_a_writer_is_that_writer(real_engine, about, question):
    """After "who wrote the piece on Qingdao?" (the plant, with its article's byline first), "she"
    is Elenor Kling: her byline, not the fact about Xiaomi's background."""
    answer = real_engine.ask(question, about("qingdao-plant"), asked_source=True)
    assert "Elenor Kling" in answer.fact.answer
    assert real_engine.ask(question, about("author-kling")).fact == answer.fact


def test_what_a_writers_byline_does_not_give_is_not_answered_with_it(real_engine, about):
    assert not real_engine.ask("how old is she?", about("author-kling")).answered
    answer = real_engine.ask("which ministry does he say Xiaomi is waiting on?", about("author-cobucci"))
    assert answer.fact is None or "Cobucci wrote" not in answer.fact.answer


@pytest.mark.parametrize("question", ["and BAIC?", "e BAIC?", "¿y BAIC?"])
def test_and_another_company_asks_the_same_of_it_not_of_the_last_fact(real_engine, about, question):
    """After Hyundai's plant, "and BAIC?" asks of BAIC's plant, in Qingdao."""
    answer = offered(real_engine.ask(question, about("hyundai-plant")))
    assert answer.id != "hyundai-plant"
    assert "Qingdao" in answer.answer


def test_a_bare_why_asks_more_of_the_last_fact(real_engine, about):
    assert real_engine.ask("why?", about("licence-limits")).fact.id == "licence-limits"
    assert not real_engine.ask("why?").answered


def test_naming_the_storys_own_subject_still_asks_more_of_the_last_fact(real_engine, about):
    """ "Why would Xiaomi bother?" after the plant's improvements: the fast track the fact gives;
    "why would BAIC bother?" names a subject of its own."""
    follow_ups, plant = real_engine.follow_ups, about("plant-improvements")
    reading = real_engine.read_in_conversation("and why would Xiaomi bother with that?", plant, False)
    assert follow_ups.asks_more_of(reading, plant)
    reading = real_engine.read_in_conversation("and why would BAIC bother with that?", plant, False)
    assert not follow_ups.asks_more_of(reading, plant)


@pytest.mark.parametrize("question", ["why?", "e perché?", "¿y por qué?"])
def test_why_after_a_fact_that_gives_no_reason_is_what_the_articles_do_not_say(real_engine, about, question):
    """Why the debut might be on 11 November, neither article says, nor does the fact base link a reason."""
    assert about("debut-date").reasons == ()
    answer = real_engine.ask(question, about("debut-date"))
    assert not answer.answered
    assert answer.missing is Slot.REASON


def test_a_follow_up_asking_what_the_articles_do_not_say_is_declined_with_what_is_missing(real_engine, about):
    answer = real_engine.ask("how much would it cost them", about("qingdao-plant"))
    assert answer.kind is AnswerKind.UNKNOWN
    assert answer.missing is not None


def test_a_follow_up_in_italian_reads_the_conversation_too(real_engine, about):
    answer = real_engine.ask("e dove si trova?", about("hyundai-plant"))
    assert answer.fact.id == "hyundai-plant"


def test_a_question_that_stands_on_its_own_gets_the_same_answer_in_any_conversation(real_engine, about):
    for question in ("When could Xiaomi's first car debut?", "Who wrote the second article?"):
        alone = real_engine.ask(question)
        assert alone.answered
        for fact_id in ("qingdao-plant", "baic-response", "licence-authority"):
            assert real_engine.ask(question, about(fact_id)).fact == alone.fact


@pytest.mark.parametrize("fact_id", ["qingdao-plant", "licence-authority", "debut-date"])
def test_the_phrasings_answered_alone_get_the_same_fact_in_a_conversation_about_another(
    real_engine, real_knowledge, fact_id
):
    """Except who wrote "the article": in a conversation, the one the last answer came from."""
    changed = []
    for fact in real_knowledge.facts:
        for question in fact.questions[::5]:
            alone = real_engine.ask(question)
            if real_engine.follow_ups.asks_its_writer(real_engine.read(question)):
                continue
            if alone.answered and real_engine.ask(question, real_knowledge.fact(fact_id)).fact != alone.fact:
                changed.append(question)
    assert len(changed) <= 2, changed


def test_off_topic_messages_and_names_the_story_never_mentions_are_not_follow_ups(real_engine, about):
    for message in ("what's the weather in Paris?", "tell me a joke", "👍", "Is Xiaomi also in talks with BYD?"):
        assert not real_engine.ask(message, about("qingdao-plant")).answered


@pytest.mark.parametrize(
    "question", ["and who wrote the other article?", "¿y el otro artículo quién lo escribió?", "e l'altro articolo?"]
)
def test_the_other_article_is_the_one_the_last_answer_did_not_cite(real_engine, about, question):
    last = about("author-kling")
    cited = {source.article.id for source in offered(real_engine.ask(question, last)).sources}
    assert cited - {source.article.id for source in last.sources}


def test_the_other_article_after_an_answer_from_both_is_read_as_any_words(real_engine, about):
    both = about("licence-authority")
    assert len({source.article.id for source in both.sources}) == 2
    assert real_engine.ask("and what does the other article say?", both).answered


def test_what_the_author_says_is_read_from_her_article_not_as_a_party_statement(real_engine, about):
    last = about("author-kling")
    answer = real_engine.ask("and what authority does she say Xiaomi needs the licence from?", last)
    assert answer.answered
    assert {source.article.id for source in last.sources} <= {source.article.id for source in answer.fact.sources}
    assert not real_engine.ask("Hyundai ha confermato?", about("hyundai-plant")).answered


@pytest.mark.parametrize(
    "question",
    [
        "and the other article?",
        "what about the other article?",
        "e l'altro articolo?",
        "e il primo?",
        "and the other one?",
        "¿y el otro?",
    ],
)
def test_and_the_other_article_after_who_wrote_it_asks_who_wrote_that_one(real_engine, about, question):
    last = about("qingdao-plant")
    answer = real_engine.ask(question, last, asked_source=True)
    assert answer.asks_source
    cited = {source.article.id for source in offered(answer).sources}
    assert cited.isdisjoint(source.article.id for source in last.sources)


@pytest.mark.parametrize("question", ["and the other writer?", "e l'altro autore?", "¿y el otro autor?"])
def test_the_other_writer_is_the_author_of_the_other_article(real_engine, about, question):
    last = about("author-cobucci")
    answer = real_engine.ask(question, last)
    assert answer.answered
    assert answer.fact.id != last.id
    assert {source.article.id for source in answer.fact.sources}.isdisjoint(
        source.article.id for source in last.sources
    )


@pytest.mark.parametrize("question", ["And according to Cobucci?", "E secondo Cobucci?", "¿Y según Cobucci?"])
def test_naming_the_other_articles_author_asks_what_that_article_says_of_it(real_engine, about, question):
    last = about("licence-ndrc")
    answer = real_engine.ask(question, last)
    cited = {source.article.id for source in answer.fact.sources}
    assert cited.isdisjoint(source.article.id for source in last.sources)
    assert answer.fact.provides == last.provides


@pytest.mark.parametrize("question", ["¿y el segundo?", "and in the second one?"])
def test_the_second_one_after_an_answer_from_the_first_article_is_what_the_second_says(real_engine, about, question):
    answer = real_engine.ask(question, about("licence-miit"))
    assert answer.fact.id == "licence-ndrc"


def test_an_ordinal_that_is_not_an_article_points_at_none(real_engine, about):
    assert not real_engine.read_in_conversation("serve qualche lavoro prima?", about("bluepark"), False).other_article


@pytest.mark.parametrize("question", ["who's supposed to grant it?", "chi deve darla?", "¿quién tiene que dársela?"])
def test_it_after_a_delay_the_licence_explains_is_the_licence(real_engine, about, question):
    """ "Why is the car delayed?" is filed under the licence: "who grants it?" asks who grants the licence."""
    answer = real_engine.ask(question, about("licence-awaited"))
    assert any(name in offered(answer).answer for name in ("Ministry", "National Development"))


def test_a_follow_up_is_weighed_against_the_labelled_follow_ups_like_it(real_engine, about):
    """ "Who reported it?" after the Qingdao plant: earlier readers' follow-ups worded like it
    are evidence for the fact it is answered with."""
    last = about("qingdao-plant")
    question = real_engine.read_in_conversation("who reported it?", last, False)
    seen = real_engine.closest_reading(real_engine.as_follow_up(question, last, answered_alone=True))
    evidence = real_engine.follow_up_evidence(
        seen, real_engine.following_up(question, last, real_engine.closest_reading(question))
    )
    assert 0.0 < evidence.neighbours_right <= 1.0
    assert 0.0 <= evidence.neighbours_out < 1.0


@pytest.mark.parametrize("question", ["is that the only option?", "¿qué otras opciones tiene?", "e l'alternativa?"])
def test_a_follow_up_asking_for_the_others_is_not_answered_with_the_last_fact(real_engine, about, question):
    """After the Hyundai plant, "is that the only option?" asks about the other options."""
    answer = real_engine.ask(question, about("hyundai-plant"))
    assert answer.answered or answer.suggestions
    assert offered(answer).id != "hyundai-plant"


@pytest.mark.parametrize("question", ["who else?", "altre?", "¿y las otras?"])
def test_asking_for_the_others_after_a_fact_that_lists_them_is_answered_with_it(real_engine, about, question):
    """The talks fact names all three carmakers: after it, "who else?" asks of the ones it lists."""
    assert real_engine.ask(question, about("talks-with-carmakers")).fact.id == "talks-with-carmakers"


def test_dov_e_asks_where_the_last_fact_is(real_engine, about):
    assert real_engine.ask("dov'è?", about("qingdao-plant")).fact.id == "qingdao-plant"


@pytest.mark.parametrize("question", ["e secondo l'altro?", "¿y en el otro?", "and in the other one?"])
def test_and_in_the_other_one_asks_what_the_other_article_says(real_engine, about, question):
    """The Ministry is the first article's; the second names the NDRC."""
    assert real_engine.ask(question, about("licence-miit")).fact.id == "licence-ndrc"


def test_a_message_not_answered_alone_is_read_with_the_conversation(real_engine, about):
    """ "So what does all of this mean for a company like Xiaomi in the end?" is too long to lean
    on "this", but alone it finds nothing sure; after the government's policy, it asks what the
    policy means for Xiaomi."""
    question = "So what does all of this mean for a company like Xiaomi in the end?"
    assert not real_engine.ask(question).answered
    assert real_engine.ask(question, about("licence-limits")).fact.id == "policy-pushes-alliances"


def test_the_exact_date_of_something_said_only_roughly_is_not_given(real_engine, about):
    """Bloomberg reported "almost a month" earlier: that says when, but not on what day."""
    assert real_engine.ask("when was that?", about("licence-bloomberg-earlier")).fact.id == "licence-bloomberg-earlier"
    assert not real_engine.ask("what's the exact date of that report?", about("licence-bloomberg-earlier")).answered


@pytest.mark.parametrize("question", ["and Cobucci?", "e Cobucci?", "¿y Cobucci?"])
def test_a_writer_named_after_the_other_articles_claim_asks_what_their_article_says(real_engine, about, question):
    """Alone, "Cobucci?" asks who he is; after the second article's regulator, what the first says of it."""
    answer = real_engine.ask(question, about("licence-ndrc"))
    assert answer.fact.id == "licence-miit"


@pytest.mark.parametrize(
    ("question", "option"),
    [
        ("and the first path, who did that?", "startups-bought-factories"),
        ("any examples of the second path?", "partnership-route"),
        ("¿quién más tomó el segundo camino?", "partnership-route"),
        ("e il primo?", "startups-bought-factories"),
    ],
)
def test_an_ordinal_after_a_fact_listing_options_asks_of_that_option(real_engine, about, question, option):
    """Xiaomi's two paths: buying a plant with its permits (as Li Auto did), or partnering (as NIO did)."""
    assert real_engine.ask(question, about("options-if-no-licence")).fact.id == option


@pytest.mark.parametrize("question", ["What's the first car?", "what does the second article say?"])
def test_an_ordinal_before_something_else_is_no_option(real_engine, about, question):
    options = about("options-if-no-licence")
    assert real_engine.follow_ups.option_meant(real_engine.read(question), options) is None


@pytest.mark.parametrize("question", ["¿y esa planta está lista?", "esta lista la planta?", "ed è pronta?"])
def test_asking_whether_the_plant_is_ready_gets_what_it_still_needs(real_engine, about, question):
    """ "Lista" is ready here, not a list of names."""
    answer = real_engine.ask(question, about("bluepark"))
    assert "improvements" in answer.fact.answer
