"""The engine answers what the story tells, declines what it doesn't, and never guesses."""

from __future__ import annotations

import pytest

from bot.answering.engine import SUGGEST_THRESHOLD, Engine
from bot.answering.meaning import bundled_vectors
from bot.answering.precedents import Precedent, PrecedentIndex
from bot.models import AnswerKind, Fact, Slot
from bot.render.words import reply_text


def test_a_question_the_story_answers_gets_the_fact(toy_engine):
    answer = toy_engine.ask("When does the first scooter debut?")
    assert answer.kind is AnswerKind.FACT
    assert answer.fact.id == "scooter-debut"
    assert answer.answered


def test_a_question_off_the_story_is_declined(toy_engine):
    answer = toy_engine.ask("What is the weather in Turin tomorrow?")
    assert answer.kind is AnswerKind.UNKNOWN
    assert not answer.answered


def test_a_near_miss_asking_a_price_the_story_never_gives_is_declined(toy_engine):
    answer = toy_engine.ask("How much is Acme paying Zeta Works?")
    assert answer.kind is AnswerKind.UNKNOWN
    assert answer.missing is Slot.PRICE
    assert {fact.id for fact in answer.suggestions} <= {"zeta-talks", "zeta-reply"}


@pytest.mark.parametrize("question", ["How much is Xiaomi paying Hyundai?", "How much will Xiaomi pay Hyundai?"])
def test_a_price_no_fact_gives_is_declined_as_missing_from_the_bundled_articles(real_engine, english, question):
    answer = real_engine.ask(question)
    assert not answer.answered
    assert answer.missing is Slot.PRICE
    assert "price" in reply_text(answer, english)


def test_a_date_question_about_a_fact_without_a_date_is_declined(toy_engine):
    answer = toy_engine.ask("When will Acme sign with Zeta Works?")
    assert not answer.answered
    assert answer.missing is Slot.DATE


@pytest.mark.parametrize("question", ["At what time does the launch event start?", "¿A qué hora es la presentación?"])
def test_the_hour_of_the_debut_is_not_in_its_date(real_engine, question):
    answer = real_engine.ask(question)
    assert not answer.answered
    assert answer.missing is Slot.TIME


def test_a_place_question_is_answered_by_a_fact_that_gives_the_place(toy_engine):
    answer = toy_engine.ask("Where would Zeta build the scooters?")
    assert answer.fact is not None
    assert answer.fact.id == "zeta-talks"


def test_what_a_party_said_comes_only_from_that_party(toy_engine):
    assert toy_engine.ask("What did Zeta Works say?").fact.id == "zeta-reply"
    refused = toy_engine.ask("What did Acme say about Zeta?")
    assert not refused.answered
    assert refused.missing is Slot.STATEMENT


@pytest.mark.parametrize(
    "question",
    ["What has Xiaomi said about its BAIC talks?", "¿Qué dijo Xiaomi sobre BAIC?", "Cosa ha detto Xiaomi su BAIC?"],
)
def test_what_one_party_said_about_another_is_not_the_others_statement(real_engine, question):
    """BAIC's "no information" is BAIC's word: asked what Xiaomi said of BAIC, the articles quote no one."""
    answer = real_engine.ask(question)
    assert not answer.answered
    assert answer.missing is Slot.STATEMENT


def test_what_a_party_said_about_another_is_that_partys_statement(real_engine):
    assert real_engine.ask("¿Qué dijo BAIC sobre Xiaomi?").fact.id == "baic-response"


def test_what_an_author_says_is_the_article_not_a_party_statement(toy_engine):
    told = toy_engine.ask("What does Lovelace say about the scooter debut?")
    assert told.fact is not None
    assert told.fact.id == "scooter-debut"
    assert not toy_engine.ask("What did Acme say about the scooter debut?").answered


@pytest.mark.parametrize(
    "question",
    [
        "Why does Hyundai want to sell part of its Beijing plant?",
        "¿Por qué Hyundai vendería parte de su planta de Pekín?",
    ],
)
def test_why_about_a_fact_that_gives_no_reason_is_declined_with_the_reason_missing(real_engine, question):
    answer = real_engine.ask(question)
    assert not answer.answered
    assert answer.missing is Slot.REASON


@pytest.mark.parametrize("question", ["Who is the CEO of Apple?", "How much does a Tesla cost?"])
def test_a_detail_asked_about_something_the_story_never_mentions_is_off_the_story(real_engine, question):
    """No "the articles don't name anyone" with a button to an unrelated fact: it is not about the story."""
    answer = real_engine.ask(question)
    assert not answer.answered
    assert answer.missing is None
    assert not answer.suggestions


def test_why_is_answered_by_a_fact_that_says_why(real_engine):
    answer = real_engine.ask("Why is Xiaomi talking to other carmakers?")
    assert answer.answered
    assert Slot.REASON in answer.fact.provides


@pytest.mark.parametrize(
    "question",
    [
        "Why can't Xiaomi just go ahead and build the cars itself? What's stopping it?",
        "Would you kindly explain why Xiaomi can't simply build its cars on its own?",
    ],
)
def test_why_is_answered_by_the_fact_that_says_why_when_a_closer_one_only_matches_its_words(real_engine, question):
    """The closest matches (BluePark, Xiaomi's options) say what, not why: the licence it lacks says why."""
    answer = real_engine.ask(question)
    assert answer.answered
    assert Slot.REASON in answer.fact.provides
    assert "licen" in answer.fact.answer


@pytest.mark.parametrize("question", ["Who mentions the ministry?", "Chi cita la Commissione nazionale?"])
def test_who_mentions_something_is_answered_with_the_article_that_does_first(real_engine, question):
    answer = real_engine.ask(question)
    assert answer.answered
    assert answer.asks_source


def test_a_party_turned_to_is_asked_for_its_statement_and_the_articles_are_not(real_engine):
    assert real_engine.read("and Chery, did they say anything about it?").intent.asks_statement
    assert not real_engine.read("And what do they say about the licence?").intent.asks_statement


def test_whom_a_factory_was_bought_from_is_answered_only_where_the_articles_name_the_seller(real_engine):
    precedent = real_engine.ask("From which company did Li Auto buy its factory?")
    assert not precedent.answered
    assert precedent.missing is Slot.SELLER
    option = real_engine.ask("Aparte de BAIC, ¿a qué otra marca podría comprarle Xiaomi una fábrica?")
    assert option.answered
    assert "Hyundai" in option.fact.answer


def test_whose_a_plant_or_a_company_is_is_answered_only_where_the_articles_say(real_engine):
    """Bloomberg names Brilliance among the carmakers Xiaomi talked to; whose it is, no article says."""
    assert not real_engine.ask("Who owns Brilliance Auto?").answered
    assert "BAIC" in real_engine.ask("Who owns the Qingdao plant?").fact.answer


def test_which_model_is_answered_only_where_the_articles_name_one(real_engine):
    """The first car is rumoured to be a sedan; what BluePark would build, no article says."""
    plant = real_engine.ask("What model would be built at BluePark?")
    assert not plant.answered
    assert plant.missing is Slot.MODEL
    assert "sedan" in real_engine.ask("What model is Xiaomi's first car?").fact.answer


def test_who_leaked_it_is_answered_only_where_a_source_is_named(real_engine):
    """The debut date is an unsourced rumour: who leaked it, no article says; Bloomberg is
    named as the source of the talks with Brilliance and Chery."""
    rumour = real_engine.ask("Who leaked the November date?")
    assert not rumour.answered
    assert rumour.missing is Slot.INFORMANT
    assert real_engine.ask("quien filtró lo de Brilliance y Chery?").fact.claimed_by == "Bloomberg"


def test_where_a_named_place_is_is_not_answered_by_that_place_but_a_guessed_one_is(real_engine):
    assert not real_engine.ask("Where exactly is BAIC BluePark?").answered
    guessed = real_engine.ask("lo stabilimento hyundai dove sta? pechino?")
    assert guessed.answered
    assert "Beijing" in guessed.fact.answer
    located = real_engine.ask("Which province is Qingdao in?")
    assert located.answered
    assert "Shandong" in located.fact.answer


@pytest.mark.parametrize(
    "question", ["Which automaker's factory in Qingdao is Xiaomi after?", "¿Qué empresa tiene la planta de Qingdao?"]
)
def test_asking_which_carmaker_is_answered_by_a_fact_naming_one(real_engine, question):
    """Not declined for want of a name: the fact naming the carmaker is given, or offered first."""
    answer = real_engine.ask(question)
    offered = answer.fact or answer.suggestions[0]
    assert "BAIC" in offered.answer


@pytest.mark.parametrize(
    "question",
    [
        "Apart from BAIC, whose factory is Xiaomi eyeing?",
        "Which Chinese city, besides Qingdao, comes up as a possible production location?",
        "Oltre all'impianto BAIC c'è un altro stabilimento che Xiaomi potrebbe rilevare?",
    ],
)
def test_a_plant_besides_the_one_named_is_the_other_plant(real_engine, question):
    assert real_engine.ask(question).fact.id == "hyundai-plant"


def test_the_companies_besides_one_are_still_those_named_with_it(real_engine):
    answer = real_engine.ask("Apart from BAIC, which companies did Bloomberg say Xiaomi approached?")
    assert {"Chery", "Brilliance"} <= set(answer.fact.answer.replace(",", " ").split())


def test_the_headline_of_the_article_about_something_opens_with_that_articles_byline(real_engine, english):
    answer = real_engine.ask("What's the headline of the story on Qingdao?")
    assert answer.asks_source
    assert "Qingdao" in answer.fact.answer
    article = answer.fact.sources[0].article
    assert reply_text(answer, english).startswith(f"From the article by {article.author}, “{article.title}”")


@pytest.mark.parametrize(
    ("question", "position"),
    [
        ("Summarise the second article", 2),
        ("tl;dr of article one pls", 1),
        ("di cosa parla il primo articolo?", 1),
        ("¿De qué trata el segundo artículo?", 2),
        ("Give me the gist of the second article, please.", 2),
    ],
)
def test_a_reader_asking_for_the_gist_of_one_article_gets_that_article_summed_up(real_engine, question, position):
    answer = real_engine.ask(question)
    assert Slot.SUMMARY in answer.fact.provides
    assert answer.fact.articles == (real_engine.knowledge.articles[position - 1],)


def test_what_a_link_in_an_article_is_about_is_that_link_not_the_article_summed_up(real_engine):
    answer = real_engine.ask("The first article has a 'Read also' link. What is it about?")
    assert Slot.SUMMARY not in answer.fact.provides
    assert "links to a related story" in answer.fact.answer


def test_a_reader_asking_for_the_section_headings_gets_them_quoted(real_engine):
    answer = real_engine.ask("which section titles does the first article use?")
    assert answer.answered
    assert "When will the brand's first electric car be released?" in {source.quote for source in answer.fact.sources}


@pytest.mark.parametrize(
    ("question", "follows"),
    [
        ("Who says the Chinese government is limiting new licences?", None),
        ("who says so?", "Why is China limiting new EV licences?"),
    ],
)
def test_who_says_what_an_article_says_itself_is_that_articles_author(real_engine, english, question, follows):
    last = real_engine.ask(follows).fact if follows else None
    answer = real_engine.ask(question, last)
    article = answer.fact.sources[0].article
    assert answer.fact.claimed_by == "article"
    assert reply_text(answer, english).startswith(f"From the article by {article.author}, “{article.title}”")


def test_who_says_what_an_outlet_reported_is_answered_by_the_outlet_not_a_byline(real_engine, english):
    answer = real_engine.ask("who reported that Xiaomi talked to Chery?")
    assert reply_text(answer, english).startswith("According to Bloomberg")


@pytest.mark.parametrize(
    "question",
    [
        "Who is the author of the piece about the Qingdao factory?",
        "quien firma el articulo de la planta de qingdao",
        "And the one that cites Cailian, who wrote that?",
    ],
)
def test_who_wrote_the_article_naming_something_is_that_articles_author(real_engine, english, question):
    qingdao_article = real_engine.ask("Which article mentions Qingdao?").fact.articles[0]
    answer = real_engine.ask(question)
    assert answer.fact.articles == (qingdao_article,)
    assert reply_text(answer, english).startswith(qingdao_article.author)


def test_of_facts_scoring_about_the_same_the_one_the_decision_trusts_most_is_the_answer(real_engine):
    """ "Before" is the question: the earlier report, not the talks that share "Bloomberg" and score higher."""
    seen = real_engine.consider(real_engine.read("Had Bloomberg reported on this before?"))
    assert seen.candidate.fact != seen.matches[0].fact
    answer = real_engine.ask("Had Bloomberg reported on this before?")
    assert answer.answered
    assert any("almost a month ago" in source.quote for source in answer.fact.sources)


def test_the_kind_of_thing_asked_for_is_read_past_the_names_before_it(real_engine):
    question = real_engine.read("Which Hyundai models come out of the No. 2 plant in Beijing?")
    assert question.asked_for.term == real_engine.read("models").words[0].term
    assert real_engine.consider(question).evidence.asked_unexplained == 1.0  # no fact speaks of models


def test_when_it_happened_is_answered_by_not_yet_but_when_it_will_is_not(real_engine):
    done = real_engine.ask("When did Xiaomi get its licence?")
    assert done.answered
    assert "yet" in done.fact.answer
    will = real_engine.ask("When will Xiaomi get its licence?")
    assert not will.answered
    assert will.missing is Slot.DATE


@pytest.mark.parametrize("question", ["¿Quién da la licencia?", "chi dà il permesso?"])
def test_a_one_word_question_asking_a_detail_only_one_fact_gives_is_answered(real_engine, question):
    """ "Licence?" alone could be any of the licence facts; who grants it is one of them."""
    answer = real_engine.ask(question)
    assert answer.answered
    assert "Ministry" in answer.fact.answer or "Commission" in answer.fact.answer


def test_who_makes_a_part_the_articles_name_no_maker_for_is_declined(real_engine):
    answer = real_engine.ask("Who makes the batteries for Xiaomi's car?")
    assert not answer.answered
    assert answer.missing is Slot.NAME


def test_a_vague_question_gets_did_you_mean_choices_not_a_guess(real_engine):
    answer = real_engine.ask("baic?")
    assert answer.kind is AnswerKind.SUGGESTIONS
    assert not answer.answered
    assert answer.score >= SUGGEST_THRESHOLD
    assert len(answer.suggestions) >= 2
    assert all("BAIC" in fact.answer for fact in answer.suggestions)


def test_polite_framing_does_not_sink_a_clear_question(real_engine):
    plain = real_engine.ask("Where is the BAIC factory Xiaomi might keep?")
    framed = real_engine.ask(
        "I would be grateful if you could tell me where the BAIC factory that Xiaomi might keep is located."
    )
    assert plain.answered
    assert framed.answered
    assert framed.fact == plain.fact


def test_asking_to_explain_in_spanish_is_framing_too(real_engine):
    plain = real_engine.ask("¿Por qué Xiaomi no puede fabricar coches por su cuenta?")
    framed = real_engine.ask("¿Me podría explicar, por favor, por qué Xiaomi no puede fabricar coches por su cuenta?")
    assert plain.answered
    assert framed.fact == plain.fact


@pytest.mark.parametrize("text", ["texto", "artículo", "nota"])
def test_an_article_is_also_a_text(real_engine, text):
    answer = real_engine.ask(f"¿Cuál es el título del {text} de Elenor Kling?")
    assert answer.answered
    assert answer.fact.id == "author-kling"


@pytest.mark.parametrize("message", ["hello", "thank you!", "ok cool"])
def test_small_talk_gets_a_reply_that_is_not_a_fact(toy_engine, message):
    answer = toy_engine.ask(message)
    assert answer.kind is AnswerKind.SMALLTALK
    assert not answer.answered


@pytest.mark.parametrize("noise", ["", "?", "🙂", "qwertyuiop", "\x00\x07", "a" * 4096])
def test_noise_is_declined(toy_engine, noise):
    assert not toy_engine.ask(noise).answered


def test_the_bundled_base_names_both_authorities_where_the_articles_disagree(real_engine):
    answer = real_engine.ask("Which authority has to grant Xiaomi its licence?")
    assert answer.fact is not None
    assert answer.fact.disagreement
    assert "Ministry of Industry" in answer.fact.answer
    assert "National Development" in answer.fact.answer
    assert len(answer.fact.articles) == 2


def test_the_bundled_base_answers_in_italian_and_spanish(real_engine):
    assert real_engine.ask("Quando esce la macchina di Xiaomi?").answered
    assert real_engine.ask("¿Con qué fabricantes de coches habla Xiaomi?").answered


@pytest.mark.parametrize(
    ("question", "author_fact"),
    [
        ("Chi ha scritto il primo articolo?", "author-cobucci"),
        ("Who wrote article 2?", "author-kling"),
        ("Qual è il titolo del secondo articolo?", "author-kling"),
    ],
)
def test_a_reader_pointing_at_one_article_gets_that_article(real_engine, question, author_fact):
    assert real_engine.ask(question).fact.id == author_fact


def test_a_question_pointing_at_an_article_is_answered_from_it(real_engine):
    answer = real_engine.ask("Which authority issues the licence according to the second article?")
    assert answer.fact is not None
    assert "002_29541d7ea7f6684e" in {article.id for article in answer.fact.articles}


@pytest.mark.parametrize(
    "question",
    ["¿Qué dice Cobucci de la fábrica de Hyundai?", "What does the first article say about the Hyundai plant?"],
)
def test_a_question_pointing_at_one_article_is_never_answered_from_the_other_as_if_it_said_it(real_engine, question):
    """Cobucci never mentions Hyundai: the answer is Kling's, said as absent from his article."""
    pointed = real_engine.read(question).articles
    answer = real_engine.ask(question)
    cited = {article.id for article in answer.fact.articles} if answer.fact else set()
    assert answer.fact is None or pointed & cited or {article.id for article in answer.absent_from} == pointed


def test_who_reported_a_claim_is_answered_by_the_claim_not_declined(real_engine):
    answer = real_engine.ask("Who says Xiaomi talked to Chery?")
    assert answer.answered
    assert "Bloomberg" in answer.fact.answer


def test_asking_whether_a_report_is_confirmed_says_first_that_it_is_not(real_engine, english):
    answer = real_engine.ask("Is it confirmed that Xiaomi could keep BAIC's Qingdao plant?")
    assert answer.answered
    assert reply_text(answer, english).startswith("Not confirmed")
    assert "Cailian" in reply_text(answer, english)


def test_a_place_the_story_never_mentions_counts_against_the_match(real_engine):
    assert not real_engine.ask("Will Xiaomi sell the car in Europe?").answered


def test_a_story_told_before_the_question_does_not_drown_it(real_engine):
    told = real_engine.ask(
        "So I was reading the news on the train this morning, something about phones and cars, "
        "honestly I got lost. Which carmakers is Xiaomi talking to?"
    )
    alone = real_engine.ask("Which carmakers is Xiaomi talking to?")
    assert told.answered
    assert told.fact == alone.fact


def test_a_story_around_a_question_read_surely_alone_is_not_weighed(real_engine):
    """ "Jido Auto: con chi si è alleata?" needs its lead-in; a question read surely on its own does not."""
    told = real_engine.ask("My cousin sells cars in Bologna and loves Italian brands. Who reported the Qingdao plant?")
    alone = real_engine.ask("Who reported the Qingdao plant?")
    assert told.answered
    assert told.fact == alone.fact
    assert real_engine.ask("Jido Auto: con chi si è alleata?").fact.id == "jido-geely"


@pytest.mark.parametrize(
    "question",
    ["What are the terms of the Xiaomi-BAIC partnership?", "¿Qué condiciones tiene el acuerdo entre Xiaomi y BAIC?"],
)
def test_the_terms_of_a_deal_are_what_the_articles_do_not_say(real_engine, question):
    answer = real_engine.ask(question)
    assert not answer.answered
    assert answer.missing is Slot.TERMS


def test_a_numbered_plant_does_not_cut_the_question_in_two(real_engine):
    answer = real_engine.ask("What did Hyundai say about selling part of its No. 2 plant?")
    assert not answer.answered
    assert answer.missing is Slot.STATEMENT


def test_typos_in_words_the_base_uses_are_repaired(real_engine):
    typed = real_engine.read("xiomi licnse delayed why")
    assert typed.terms == real_engine.read("xiaomi licence delayed why").terms


def test_pointing_at_an_article_never_hides_a_much_better_answer(real_engine):
    answer = real_engine.ask("What does the first article say about the Hyundai plant?")
    plain = real_engine.ask("What about the Hyundai plant?")
    offered = answer.fact or answer.suggestions[0]
    assert offered == plain.fact


def test_a_very_long_message_is_read_without_running_away(real_engine):
    answer = real_engine.ask("Qingdao " + "x" * 100_000)
    assert not answer.answered or answer.fact.id == "qingdao-plant"


@pytest.mark.parametrize(
    ("question", "byline"),
    [
        ("Why might an alliance solve Xiaomi's problem?", False),
        ("Who wrote the first article?", True),
        ("Who is Elenor Kling?", True),
        ("Elenor Kling chi è? un esperto di auto?", True),
        ("¿Qué le apasiona a Gianluca Cobucci?", True),
        ("Tell me a bit about Gianluca Cobucci.", True),
    ],
)
def test_a_byline_answers_only_questions_about_the_articles_or_their_writers(real_engine, question, byline):
    """A byline's phrasings hold story words ("who wrote the piece on Xiaomi's problem?"): a
    question about the problem itself is not answered with who wrote about it."""
    answer = real_engine.ask(question)
    assert answer.answered
    assert answer.fact.id.startswith("author-") is byline


def test_a_fact_readers_asking_alike_were_answered_with_is_weighed_though_its_words_match_less(real_knowledge):
    """The matcher puts the facts of the first car first for "what is going on with the cars?";
    had the readers who asked so been answered right with the story's summary, the summary
    is weighed too, and the nearest labelled questions tell for it."""
    question = "What is going on with the cars?"

    def candidate(precedents: list[Precedent]) -> str:
        engine = Engine(
            real_knowledge, precedents=(PrecedentIndex.of(precedents, bundled_vectors()), PrecedentIndex.empty())
        )
        return engine.consider(engine.read(question)).candidate.fact.id

    asked_before = [Precedent(question, (f"set-{number}",), ("story-summary",), (), False) for number in range(3)]
    assert candidate([]) == "first-car-details"
    assert candidate(asked_before) == "story-summary"


def test_a_follow_up_goes_where_readers_asking_alike_after_the_same_fact_went(real_knowledge):
    """After "which start-ups bought factories?", "who else did that?" reads as the partnership
    route; had the readers who asked so there been answered right with NIO and JAC, it is NIO
    and JAC. After another fact those readers say nothing of where it goes."""
    question = "who else did that?"
    startups, talks = (
        real_knowledge.fact(fact_id) for fact_id in ("startups-bought-factories", "talks-with-carmakers")
    )

    def answered(follow_ups: list[Precedent], about: Fact) -> str:
        engine = Engine(
            real_knowledge,
            precedents=(PrecedentIndex.empty(), PrecedentIndex.of(follow_ups, bundled_vectors(), "follow-ups")),
        )
        reading = engine.as_follow_up(engine.read(question), about, answered_alone=False)
        return engine.consider(reading).candidate.fact.id

    asked_after_startups = [
        Precedent(question, (f"set-{number}",), ("nio-jac",), (), False, follows=startups.id) for number in range(3)
    ]
    assert answered([], startups) == "partnership-route"
    assert answered(asked_after_startups, startups) == "nio-jac"
    assert answered(asked_after_startups, talks) == answered([], talks)
