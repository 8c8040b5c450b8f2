"""Answering within a conversation: which reading of a message answers it, given the last fact."""

from __future__ import annotations

import pytest

from bot.answering.decision import FollowUpEvidence
from bot.answering.engine import Engine
from bot.answering.meaning import bundled_vectors
from bot.answering.precedents import Precedent, PrecedentIndex, bundled_precedents
from bot.models import Slot


def test_more_asked_of_the_last_fact_is_not_its_answer_when_readers_asking_alike_there_were_not_answered(
    real_knowledge,
):
    """ "Which one will they pick?" after Xiaomi's two options asks more of them, and was
    answered with them; had readers asking much the same there been told the articles don't
    say, it is not answered with them. "Who says so?" still is."""
    options = real_knowledge.fact("options-if-no-licence")
    asked_alone, _ = bundled_precedents(bundled_vectors())

    def engine(follow_ups: list[Precedent]) -> Engine:
        index = PrecedentIndex.of(follow_ups, bundled_vectors(), "follow-ups")
        return Engine(real_knowledge, precedents=(asked_alone, index))

    not_answered = [Precedent("which one will it pick?", ("set-a",), (), (options.id,), True, follows=options.id)]
    assert engine([]).ask("which one will they pick?", options).fact == options
    assert not engine(not_answered).ask("which one will they pick?", options).answered
    assert engine(not_answered).ask("who says so?", options).fact == options


@pytest.mark.parametrize(
    "question", ["What does that mean for Xiaomi?", "e cosa comporta per Xiaomi?", "¿y eso qué supone para Xiaomi?"]
)
def test_a_follow_up_naming_only_the_story_s_own_subject_still_leans_on_the_conversation(
    real_engine, real_knowledge, question
):
    """After the government limiting new licences, "what does that mean for Xiaomi?" asks what
    that limit means for it (alliances), not what the wait does to its production."""
    assert real_engine.ask(question, real_knowledge.fact("licence-limits")).fact.id == "policy-pushes-alliances"


@pytest.mark.parametrize("question", ["why would they do that?", "e perché?", "¿y por qué?"])
def test_why_after_a_fact_that_does_not_say_why_gets_the_reason_the_editor_gave(real_engine, real_knowledge, question):
    """Part of Hyundai's plant says nothing of why Xiaomi would buy it; the fact base gives the
    reason (it cannot build cars without a licence), and "why?" after it gets that."""
    hyundai = real_knowledge.fact("hyundai-plant")
    assert hyundai.reasons == ("licence-independent",)
    assert real_engine.ask(question, hyundai).fact.id == "licence-independent"


def test_why_after_a_pairing_of_start_ups_gets_why_newcomers_pair_up(real_engine, real_knowledge):
    """NIO teamed up with JAC; "perché?" after it gets the route new makers take, with an established carmaker."""
    assert real_engine.ask("perche", real_knowledge.fact("nio-jac")).fact.id == "partnership-route"


@pytest.mark.parametrize("question", ["¿y qué hicieron?", "E loro come hanno fatto?", "and what did they do?"])
def test_what_did_they_do_after_the_start_ups_asks_more_of_them(real_engine, real_knowledge, question):
    """Li Auto and WM Motor had the same licence problem; "what did they do?" asks what that fact says they did."""
    answer = real_engine.ask(question, real_knowledge.fact("startups-bought-factories"))
    assert answer.fact.id == "startups-bought-factories"


@pytest.mark.parametrize("question", ["with which company?", "con quale azienda?"])
def test_which_company_after_a_fact_naming_one_asks_more_of_it(real_engine, real_knowledge, question):
    """BAIC's plant would need improvements: "with which company?" is answered by the fact that names BAIC."""
    answer = real_engine.ask(question, real_knowledge.fact("plant-improvements"))
    assert answer.fact.id == "plant-improvements"
    assert "BAIC" in answer.fact.answer


@pytest.mark.parametrize(
    ("question", "last"),
    [("how long would that take?", "plant-improvements"), ("how long until they get it?", "licence-ndrc")],
)
def test_how_long_something_will_take_is_not_answered_with_how_long_it_has_waited(
    real_engine, real_knowledge, question, last
):
    """Xiaomi has waited months for its licence; how long the refit or the rest of the wait will take, nobody says."""
    answer = real_engine.ask(question, real_knowledge.fact(last))
    assert not answer.answered
    assert answer.missing == Slot.TIME_TO


def test_how_a_partnership_turned_out_is_what_the_articles_do_not_say(real_engine, real_knowledge):
    """NIO teamed up with JAC; whether that went well, the articles don't tell."""
    answer = real_engine.ask("did it work out for them?", real_knowledge.fact("nio-jac"))
    assert not answer.answered
    assert answer.missing == Slot.OUTCOME


def test_which_factory_after_a_fact_naming_none_is_what_the_articles_do_not_say(real_engine, real_knowledge):
    """Li Auto and WM Motor bought factories; which ones, the articles don't name."""
    answer = real_engine.ask("which factory did li auto buy?", real_knowledge.fact("startups-bought-factories"))
    assert not answer.answered
    assert answer.missing == Slot.PLANT


def test_whether_the_licence_came_through_is_answered_by_not_yet(real_engine):
    answer = real_engine.ask("Was Xiaomi successful in getting its licence?")
    assert answer.answered
    assert "waiting" in answer.fact.answer


@pytest.mark.parametrize(
    "question",
    ["and the one about Xiaomi having problems manufacturing its car?", "e quello sui problemi di produzione?"],
)
def test_after_a_byline_another_headline_asks_who_wrote_that_one(real_engine, real_knowledge, question):
    assert real_engine.ask(question, real_knowledge.fact("author-cobucci")).fact.id == "author-kling"


def test_why_asked_of_someone_the_reason_does_not_name_is_not_answered_with_it(real_engine, real_knowledge):
    """The reason is Xiaomi's; why Hyundai would sell, the articles don't say."""
    answer = real_engine.ask("Why is Hyundai selling it?", real_knowledge.fact("hyundai-plant"))
    assert answer.fact is None or answer.fact.id != "licence-independent"


@pytest.mark.parametrize(
    ("question", "last", "meant"),
    [
        ("is Xiaomi the only one?", "licence-months", "startups-bought-factories"),
        ("¿alguien más está en la misma situación?", "licence-awaited", "startups-bought-factories"),
        ("what else are they looking at?", "qingdao-plant", "hyundai-plant"),
        ("is that the only option?", "hyundai-plant", "qingdao-plant"),
        ("e gli altri cosa hanno fatto?", "startups-bought-factories", "partnership-route"),
    ],
)
def test_who_else_after_a_fact_gets_the_others_the_editor_linked_to_it(
    real_engine, real_knowledge, question, last, meant
):
    """Xiaomi's licence wait says nothing of anyone else; the fact base links the start-ups
    that went through it too, and "is Xiaomi the only one?" after it gets them."""
    assert meant in real_knowledge.fact(last).others
    assert real_engine.ask(question, real_knowledge.fact(last)).fact.id == meant


@pytest.mark.parametrize(
    ("question", "last"),
    [
        ("and what's the workaround?", "licence-miit"),
        ("so what are they doing about it?", "licence-awaited"),
        ("e allora come fa?", "licence-months"),
        ("¿y qué puede hacer?", "licence-ndrc"),
    ],
)
def test_what_is_done_about_a_fact_gets_a_response_the_editor_linked_to_it(real_engine, real_knowledge, question, last):
    """The licence wait says nothing of what Xiaomi does about it; the fact base links the talks
    with carmakers and the two paths, and "what's the workaround?" after it gets one of them."""
    answer = real_engine.ask(question, real_knowledge.fact(last))
    assert answer.fact is not None
    assert answer.fact.id in real_knowledge.fact(last).responses


@pytest.mark.parametrize("question", ["e hanno firmato qualcosa?", "¿y ya firmaron algo?", "so have they signed yet?"])
def test_whether_it_is_signed_after_the_talks_gets_how_far_they_have_got(real_engine, real_knowledge, question):
    """The talks say nothing of a signature; the fact base links them to their standing
    (confidential, outcome uncertain), and "signed yet?" after them gets it."""
    talks = real_knowledge.fact("talks-with-carmakers")
    answer = real_engine.ask(question, talks)
    assert answer.fact is not None
    assert answer.fact.id in talks.standing


def test_who_says_they_signed_still_asks_who_claims_the_talks(real_engine, real_knowledge):
    talks = real_knowledge.fact("talks-with-carmakers")
    assert real_engine.ask("who says they signed?", talks).fact == talks


def test_when_a_deal_will_be_signed_is_not_answered_with_how_far_the_talks_have_got(real_engine, real_knowledge):
    """Their standing gives no date: "when will a deal be signed?" is what the articles don't say."""
    assert not real_engine.ask("when will a deal be signed?", real_knowledge.fact("talks-with-carmakers")).answered


def test_what_someone_else_does_about_it_is_not_xiaomis_response(real_engine, real_knowledge):
    answer = real_engine.ask("what is Hyundai doing about it?", real_knowledge.fact("licence-awaited"))
    assert answer.fact is None or answer.fact.id not in real_knowledge.fact("licence-awaited").responses


def test_asking_for_another_kind_of_thing_than_the_others_linked_is_not_asking_for_them(real_engine, real_knowledge):
    """The start-ups that also waited are the licence wait's others; "the only agency?" asks of agencies."""
    answer = real_engine.ask("is that the only agency mentioned?", real_knowledge.fact("licence-miit"))
    assert answer.fact is None or answer.fact.id not in real_knowledge.fact("licence-miit").others


def test_the_other_one_after_a_fact_with_others_still_asks_of_the_other_article(real_engine, real_knowledge):
    answer = real_engine.ask("and the other one?", real_knowledge.fact("licence-ndrc"))
    assert answer.fact.id not in real_knowledge.fact("licence-ndrc").others


@pytest.mark.parametrize(
    ("question", "last", "meant"),
    [
        ("is that the official word", "debut-date", "debut-date"),
        ("Who says Xiaomi approached them?", "talks-with-carmakers", "talks-with-carmakers"),
        ("e a che punto siamo?", "talks-with-carmakers", "talks-confidential"),
    ],
)
def test_a_follow_up_read_alone_only_unsurely_is_weighed_with_the_conversation(
    real_engine, real_knowledge, question, last, meant
):
    """Asked out of the blue, "is that the official word?" might be about the secret talks;
    after the debut date, it is about the date."""
    alone = real_engine.ask(question)
    assert alone.fact is None or alone.fact.id != meant
    assert real_engine.ask(question, real_knowledge.fact(last)).fact.id == meant


def test_a_follow_up_both_readings_agree_on_is_weighed_as_such(real_engine, real_knowledge):
    """ "Where is the Qingdao plant?" after the Qingdao plant finds it read alone too; "who is
    after it?" alone is about Xiaomi looking for partners."""
    last = real_knowledge.fact("qingdao-plant")

    def evidence(text: str) -> FollowUpEvidence:
        question = real_engine.read_in_conversation(text, last, False)
        seen = real_engine.closest_reading(real_engine.as_follow_up(question, last, answered_alone=True))
        return real_engine.follow_up_evidence(
            seen, real_engine.following_up(question, last, real_engine.closest_reading(question))
        )

    agreed = evidence("where is the Qingdao plant?")
    assert agreed.alone_agrees == 1.0
    assert agreed.alone_confidence > 0.5
    disagreed = evidence("who is after it?")
    assert disagreed.alone_agrees == 0.0
    assert disagreed.alone_confidence == 0.0


def test_is_it_confirmed_after_a_reported_plant_deal_gets_what_the_parties_said(real_engine, real_knowledge):
    """After Cailian's report that Xiaomi could keep BAIC's Qingdao plant, readers asking whether
    that is confirmed were answered with what Bloomberg reported and BAIC said of the talks."""
    answer = real_engine.ask("is it confirmed?", real_knowledge.fact("qingdao-plant"))
    assert answer.asks_confirmation
    assert "no information" in answer.fact.answer


def test_who_reported_it_keeps_to_the_last_fact_whatever_other_readers_were_answered(real_engine, real_knowledge):
    answer = real_engine.ask("who reported it?", real_knowledge.fact("qingdao-plant"))
    assert answer.fact.id == "qingdao-plant"


def test_what_a_party_the_articles_never_quote_thinks_of_the_last_fact_is_not_that_fact(real_engine, real_knowledge):
    """After Hyundai's plant, "is Hyundai ok with that?" asks Hyundai's own word, which neither article reports."""
    hyundai = real_knowledge.fact("hyundai-plant")
    for question in ("is Hyundai ok with that?", "Hyundai che ne pensa?"):
        assert not real_engine.ask(question, hyundai).answered


@pytest.mark.parametrize(
    "question",
    [
        "does the second article say when the car launches",
        "Il secondo articolo dice quando esce la macchina?",
        "¿El segundo artículo dice cuándo sale el coche?",
    ],
)
def test_what_only_the_other_article_says_is_answered_from_it_as_absent_from_the_one_asked(real_engine, question):
    """Only the first article carries the 11 November rumour: asked of the second, the reader
    learns it is not there and what the first says."""
    answer = real_engine.ask(question)
    assert answer.fact.id == "debut-date"
    assert [article.author for article in answer.absent_from] == ["Elenor Kling"]


def test_what_neither_article_says_stays_declined_when_asked_of_one(real_engine):
    assert not real_engine.ask("Does the first article say how much the plant costs?").answered


def test_where_the_articles_disagree_one_is_not_said_to_be_silent(real_engine):
    """The second article names another authority: it is not silent on who grants the licence."""
    answer = real_engine.ask("Il secondo articolo parla del Ministero dell Industria?")
    assert not answer.absent_from


@pytest.mark.parametrize(
    ("last", "question", "expected"),
    [
        ("named-authority-1", "¿y el segundo?", "named-authority-2"),
        ("named-authority-1", "and the other article?", "named-authority-2"),
        ("named-outlet-2", "e il primo?", "named-outlet-1"),
    ],
)
def test_the_other_article_after_a_list_of_what_one_names_gets_the_others_list(
    real_engine, real_knowledge, last, question, expected
):
    """ "Which ministry does the first article name?" "And the second?": the second's authorities."""
    assert real_engine.ask(question, real_knowledge.fact(last)).fact.id == expected


def test_a_message_of_its_own_after_a_list_of_what_one_article_names_is_read_as_any(real_engine, real_knowledge):
    answer = real_engine.ask("and what about Hyundai?", real_knowledge.fact("named-company-1"))
    assert not answer.fact.id.startswith("named-company")


def test_asking_what_the_story_is_about_mid_conversation_sums_up_the_whole_story(real_engine, real_knowledge):
    answer = real_engine.ask("What is this story about?", real_knowledge.fact("qingdao-plant"))
    assert Slot.SUMMARY in answer.fact.provides
    assert len(answer.fact.articles) == len(real_knowledge.articles)


@pytest.mark.parametrize("message", ["Kling", "Elenor Kling?"])
def test_a_writers_name_alone_mid_conversation_asks_who_that_is(real_engine, real_knowledge, message):
    answer = real_engine.ask(message, real_knowledge.fact("licence-authority"))
    assert answer.fact.id in real_engine.article_answers.byline_ids
    assert "Elenor Kling" in answer.fact.answer
