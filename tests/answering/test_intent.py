"""Reading what a question asks for, before knowing any fact."""

from __future__ import annotations

import pytest

from bot.answering.intent import SmallTalk, read_intent
from bot.models import Slot


@pytest.mark.parametrize(
    ("question", "slot"),
    [
        ("How much will it cost?", Slot.PRICE),
        ("Is it under 30,000 €?", Slot.PRICE),
        ("When does it come out", Slot.DATE),
        ("How long have they waited?", Slot.DURATION),
        ("Where is the plant?", Slot.PLACE),
        ("How many kWh is the battery", Slot.NUMBER),
        ("Who is the CEO", Slot.PERSON),
        ("What will it be called?", Slot.NAME),
        ("Who's supposed to give it to them?", Slot.NAME),
        ("Chi dovrebbe concederla?", Slot.NAME),
        ("Who makes the batteries?", Slot.NAME),
        ("¿Quién le hace las baterías?", Slot.NAME),
        ("¿Quién da la licencia?", Slot.NAME),
        ("How do I reset my phone?", Slot.HOW_TO),
        ("¿Cuándo sale?", Slot.DATE),
        ("Quanto costa?", Slot.PRICE),
        ("E quanto vale l'accordo?", Slot.PRICE),
        ("¿Cuánto vale la operación?", Slot.PRICE),
        ("What's Brilliance Auto's market value?", Slot.PRICE),
        ("which year though", Slot.YEAR),
        ("What is the name of the minister?", Slot.PERSON),
        ("Who heads it?", Slot.PERSON),
        ("¿De qué año es ese 11 de noviembre?", Slot.YEAR),
        ("¿En qué ciudad está la planta?", Slot.PLACE),
        ("Che percentuale dello stabilimento comprerebbe?", Slot.NUMBER),
        ("What share of the plant would it buy?", Slot.NUMBER),
        ("Who did Li Auto buy its factory from?", Slot.SELLER),
        ("¿A qué empresa le compró WM Motor su fábrica?", Slot.SELLER),
        ("Li Auto da chi l'ha comprata, la fabbrica?", Slot.SELLER),
        ("Who sold its factory to Li Auto?", Slot.SELLER),
        ("Who owns Brilliance Auto?", Slot.OWNER),
        ("¿De quién es la planta de Qingdao?", Slot.OWNER),
        ("Chi è il proprietario dello stabilimento?", Slot.OWNER),
        ("At what time does the launch event start?", Slot.TIME),
        ("¿A qué hora es la presentación?", Slot.TIME),
        ("A che ora inizia?", Slot.TIME),
        ("What's the exact date?", Slot.DAY),
        ("¿Cuál es la fecha exacta?", Slot.DAY),
        ("dov'è?", Slot.PLACE),
        ("quand'è?", Slot.DATE),
        ("What deadline did the ministry give Xiaomi?", Slot.DATE),
        ("Entro quando deve decidere il ministero?", Slot.DATE),
        ("Who founded Geely?", Slot.PERSON),
        ("what % of baic would xiaomi own", Slot.NUMBER),
        ("What charging power does it offer?", Slot.NUMBER),
        ("How large is the Qingdao plant?", Slot.NUMBER),
        ("superficie fábrica qingdao?", Slot.NUMBER),
        ("launch year?", Slot.YEAR),
        ("does the second article say when the car launches", Slot.DATE),
        ("tl;dr pls", Slot.SUMMARY),
        ("¿De qué trata el segundo artículo?", Slot.SUMMARY),
        ("What are these articles about?", Slot.SUMMARY),
    ],
)
def test_the_kind_of_detail_asked_for_is_recognised(question, slot):
    assert slot in read_intent(question).slots


@pytest.mark.parametrize(
    ("question", "slot"),
    [
        ("What did BAIC say when asked about the talks?", Slot.DATE),
        ("What did NIO do when it had no permit?", Slot.DATE),
        ("The first article mentions wireless charging, what is that about?", Slot.SUMMARY),
    ],
)
def test_words_that_only_look_like_asking_a_detail_do_not(question, slot):
    assert slot not in read_intent(question).slots


def test_the_hour_of_an_event_is_not_its_date():
    assert Slot.DATE not in read_intent("When, at what time, does the launch start?").slots


@pytest.mark.parametrize(
    "question",
    [
        "Licence from which agency?",
        "Da chi deve arrivare la licenza?",
        "Did Xiaomi buy the plant?",
        "¿A qué se debe que Xiaomi quiera comprar una planta?",
    ],
)
def test_asking_from_whom_without_a_purchase_or_a_purchase_without_from_whom_is_not_asking_for_a_seller(question):
    assert Slot.SELLER not in read_intent(question).slots


def test_where_the_articles_disagree_asks_on_what_not_for_a_place():
    assert Slot.PLACE not in read_intent("Where do the two articles disagree on the regulator?").slots


@pytest.mark.parametrize(
    ("question", "language"),
    [("¿Por qué era conocida Xiaomi antes de los coches?", "es"), ("What was Xiaomi famous for before cars?", "en")],
)
def test_what_something_is_known_for_is_not_a_reason(question, language):
    assert Slot.REASON not in read_intent(question, language).slots


def test_asking_whether_a_reason_is_known_is_still_a_reason():
    assert Slot.REASON in read_intent("Is it known why Hyundai is selling the plant?").slots


@pytest.mark.parametrize(
    ("question", "language"),
    [
        ("how long would the refit take?", "en"),
        ("how long until they get it?", "en"),
        ("e quanto tempo ci vorrebbe?", "it"),
        ("¿cuánto tardarían esas obras?", "es"),
    ],
)
def test_how_long_something_will_take_is_not_how_long_it_has_lasted(question, language):
    assert read_intent(question, language).slots == {Slot.TIME_TO}


@pytest.mark.parametrize(
    ("question", "language"),
    [
        ("which website does he write for", "en"),
        ("Su quale sito è uscito l'articolo di Cobucci?", "it"),
        ("¿Para quién escribe Elenor Kling?", "es"),
    ],
)
def test_where_an_article_ran_asks_for_its_publisher(question, language):
    assert Slot.PUBLISHER in read_intent(question, language).slots


@pytest.mark.parametrize(
    ("question", "language"),
    [("did it work out for them?", "en"), ("e ha funzionato?", "it"), ("¿y les salió bien?", "es")],
)
def test_how_something_turned_out_asks_for_its_outcome(question, language):
    assert Slot.OUTCOME in read_intent(question, language).slots


@pytest.mark.parametrize(
    ("question", "language"),
    [("Which plant did Li Auto buy?", "en"), ("quale stabilimento?", "it"), ("¿qué fábricas compraron?", "es")],
)
def test_which_factory_asks_for_a_plant(question, language):
    assert Slot.PLANT in read_intent(question, language).slots


@pytest.mark.parametrize(
    ("question", "language"),
    [("Which models does Brilliance make?", "en"), ("che modello sarà?", "it"), ("¿Qué modelo fabrica Hyundai?", "es")],
)
def test_which_model_asks_for_a_model(question, language):
    assert Slot.MODEL in read_intent(question, language).slots


@pytest.mark.parametrize(
    ("question", "language"),
    [
        ("What does the Qingdao plant currently produce?", "en"),
        ("Cosa produce attualmente lo stabilimento?", "it"),
        ("¿Qué fabrica actualmente la planta de Hyundai?", "es"),
    ],
)
def test_what_a_plant_makes_now_asks_for_a_model(question, language):
    assert Slot.MODEL in read_intent(question, language).slots


@pytest.mark.parametrize(
    ("question", "language"),
    [
        ("¿Cuál sería la vía rápida para fabricar cuanto antes?", "es"),
        ("Il ritardo è grosso rispetto a quanto previsto?", "it"),
        ("¿En qué se diferencian en cuanto a posibles socios?", "es"),
        ("What day should I keep free for the debut?", "en"),
    ],
)
def test_an_idiom_holding_a_cue_word_asks_for_no_number_nor_price(question, language):
    assert not read_intent(question, language).slots & {Slot.NUMBER, Slot.PRICE}


def test_a_cue_word_outside_an_idiom_still_asks():
    assert Slot.TIME_TO in read_intent("¿En cuánto tiempo?", "es").slots
    assert Slot.DURATION in read_intent("per quanto tempo?", "it").slots


@pytest.mark.parametrize(
    ("question", "language"),
    [
        ("Who leaked the November date?", "en"),
        ("chi ha fatto trapelare la data?", "it"),
        ("¿Quién filtró la fecha?", "es"),
    ],
)
def test_who_leaked_it_asks_for_an_informant(question, language):
    assert Slot.INFORMANT in read_intent(question, language).slots


def test_what_leaked_asks_for_no_informant():
    assert Slot.INFORMANT not in read_intent("What's different about the sedan version that leaked?").slots


@pytest.mark.parametrize(
    ("question", "language"),
    [
        ("and on what conditions?", "en"),
        ("What are the terms of the Xiaomi-BAIC deal?", "en"),
        ("e a che condizioni?", "it"),
        ("Quali sono i termini dell'accordo con BAIC?", "it"),
        ("¿En qué condiciones?", "es"),
        ("¿Condiciones del acuerdo con Chery?", "es"),
    ],
)
def test_the_conditions_of_a_deal_are_asked_for_as_its_terms(question, language):
    assert Slot.TERMS in read_intent(question, language).slots


@pytest.mark.parametrize(
    "question",
    [
        "Could you explain, in simple terms, what obstacle Xiaomi ran into?",
        "What did Xiaomi show in terms of charging?",
    ],
)
def test_in_simple_terms_asks_for_no_terms(question):
    assert Slot.TERMS not in read_intent(question).slots


def test_a_production_site_is_not_a_website():
    assert Slot.PUBLISHER not in read_intent("In quale sito verrebbero fatte le auto?", "it").slots


def test_how_long_asks_for_a_duration_and_how_many_months_for_a_count_of_them():
    assert read_intent("how long has it been").slots == {Slot.DURATION}
    assert read_intent("¿cuánto lleva Xiaomi esperando la licencia?", "es").slots == {Slot.DURATION}
    assert read_intent("how many months has it been").slots == {Slot.DURATION, Slot.NUMBER}


def test_doing_it_on_its_own_is_not_asking_for_a_cars_range():
    assert Slot.NUMBER in read_intent("Quanta autonomia avrà l'auto?", "it").slots
    assert Slot.NUMBER not in read_intent("Xiaomi può produrre auto in autonomia?", "it").slots


@pytest.mark.parametrize(
    ("question", "language"),
    [("When did they get it?", "en"), ("Quando ha ottenuto la licenza?", "it"), ("¿Cuándo obtuvo la licencia?", "es")],
)
def test_asking_when_something_already_happened_is_noticed(question, language):
    assert read_intent(question, language).asks_when_done
    assert not read_intent("When will they get it?", language).asks_when_done


@pytest.mark.parametrize(
    ("question", "language"),
    [("When did they apply for it?", "en"), ("Quando l'hanno chiesta?", "it"), ("¿Cuándo la pidió?", "es")],
)
def test_asking_when_something_other_than_getting_it_happened_is_not_answered_by_not_yet(question, language):
    """The facts say the licence has not come: that answers when it came, not when it was asked for."""
    assert not read_intent(question, language).asks_when_done


@pytest.mark.parametrize(
    "question", ["is that the only option?", "any others?", "¿qué otras opciones tiene?", "e l'alternativa?"]
)
def test_asking_for_something_besides_the_last_answer_is_noticed(question):
    assert read_intent(question).asks_beyond
    assert not read_intent("where is it?").asks_beyond


@pytest.mark.parametrize(
    ("question", "language"),
    [
        ("what's the workaround?", "en"),
        ("so what's their plan b", "en"),
        ("e allora come fa?", "it"),
        ("¿y qué puede hacer?", "es"),
    ],
)
def test_asking_what_is_done_about_it_is_noticed(question, language):
    assert read_intent(question, language).asks_response
    assert not read_intent("Which ministry is Xiaomi waiting on?").asks_response


def test_a_question_about_the_story_asks_for_no_particular_detail():
    assert read_intent("Is the project stuck?").slots == frozenset()


@pytest.mark.parametrize(
    ("question", "language"),
    [
        ("Why is the project stuck?", "en"),
        ("Perché il progetto è fermo?", "it"),
        ("¿Por qué está parado?", "es"),
        ("xke xiaomi nn fa le auto da sola?", "it"),
        ("xq xiaomi no puede hacer coches?", "es"),
        ("y porq?", "es"),
        ("E a che scopo?", "it"),
        ("¿Con qué fin habla con ellos?", "es"),
        ("What's the point of buying a plant?", "en"),
    ],
)
def test_why_asks_for_a_reason(question, language):
    assert read_intent(question, language).slots == {Slot.REASON}


def test_what_a_party_said_is_a_statement_but_what_the_article_says_is_not():
    assert read_intent("What did the carmaker say?").asks_statement
    assert not read_intent("What does the article say about the carmaker?").asks_statement
    assert read_intent("Brilliance ha risposto?").asks_statement
    assert read_intent("¿Brilliance Auto ya le contestó a Xiaomi?").asks_statement
    assert read_intent("What did the NDRC tell reporters?").asks_statement
    assert not read_intent("Can you tell me what the NDRC does?").asks_statement


@pytest.mark.parametrize(
    ("question", "language"),
    [
        ("What did Xiaomi do in response to the licence delay?", "en"),
        ("Cosa ha fatto Xiaomi in risposta al ritardo?", "it"),
        ("¿Qué hizo Xiaomi en respuesta al retraso?", "es"),
    ],
)
def test_what_a_party_did_in_response_asks_for_no_statement(question, language):
    assert not read_intent(question, language).asks_statement
    assert read_intent("How did BAIC respond to the reports?").asks_statement


@pytest.mark.parametrize(
    ("message", "kind"),
    [
        ("hello", SmallTalk.GREETING),
        ("Thanks a lot, bot!", SmallTalk.THANKS),
        ("hi, what can you do?", SmallTalk.HELP),
        ("ok cool", SmallTalk.ACKNOWLEDGEMENT),
        ("ciao", SmallTalk.GREETING),
        ("gracias", SmallTalk.THANKS),
    ],
)
def test_small_talk_is_recognised(message, kind):
    assert read_intent(message).small_talk is kind


@pytest.mark.parametrize("message", ["hello, when is the launch?", "thanks but who pays?", "ok " * 50, "🙂", ""])
def test_a_real_question_or_noise_is_not_small_talk(message):
    assert read_intent(message).small_talk is None


@pytest.mark.parametrize(
    ("question", "language"),
    [("Quanto pagherà Xiaomi per la fabbrica?", "it"), ("¿Cuánto costará el coche?", "es")],
)
def test_a_price_asked_with_a_future_tense_is_still_a_price(question, language):
    assert Slot.PRICE in read_intent(question, language).slots


@pytest.mark.parametrize(
    "question",
    ["Who says Xiaomi talked to Chery?", "Which outlet reported it?", "Who is say that Xiaomi will keep Qingdao?"],
)
def test_asking_who_made_a_claim_is_not_asking_for_a_statement(question):
    intent = read_intent(question)
    assert intent.asks_attribution
    assert not intent.asks_statement


@pytest.mark.parametrize(
    "question",
    [
        "My friend says it's delayed because of red tape. What's the holdup exactly?",
        "u said li auto had the same problem? what did they do",
        "Is it fair to say the licence is late?",
        "Which carmakers is Xiaomi said to have approached?",
        "Sull'ente che deve dare il via libera i due pezzi dicono la stessa cosa?",
        "¿Por qué las negociaciones son secretas? ¿Nadie dice nada?",
        "my friend said xiaomi is buying part of a hyundai factory, true??",
        "Un amico mi ha detto che Xiaomi compra una fabbrica, è vero?",
        "Me dijeron que Xiaomi ya tiene fábrica, ¿es así?",
    ],
)
def test_someone_saying_something_around_the_question_is_not_asking_for_a_statement(question):
    assert not read_intent(question).asks_statement


def test_a_detail_named_in_the_readers_story_is_not_what_the_question_asks_for():
    question = "I read somewhere it was about money. Is the red tape the reason Xiaomi wants partners?"
    assert Slot.PRICE not in read_intent(question).slots
    assert Slot.PRICE in read_intent("It's about money, right? How much is Xiaomi paying?").slots


@pytest.mark.parametrize(
    ("question", "language"),
    [
        ("What did NIO do when it couldn't get a permit?", "en"),
        ("How did BAIC respond when asked about Xiaomi?", "en"),
        ("Cosa ha fatto NIO quando non ha avuto la licenza?", "it"),
    ],
)
def test_when_that_only_tells_when_something_happened_asks_for_no_date(question, language):
    assert Slot.DATE not in read_intent(question, language).slots


@pytest.mark.parametrize(
    ("question", "language"),
    [
        ("when xiaomi car out?", "en"),
        ("So when will it launch?", "en"),
        ("Do you know when it comes out?", "en"),
        ("the car, when will it come?", "en"),
        ("e quando?", "it"),
        ("¿Y cuándo sale?", "es"),
        ("Entro quando arriverà la licenza?", "it"),
        ("¿Hasta cuándo tendrá que esperar?", "es"),
    ],
)
def test_when_that_opens_a_question_asks_for_a_date(question, language):
    assert Slot.DATE in read_intent(question, language).slots


def test_how_much_time_asks_how_long_not_a_price():
    assert read_intent("For how much time is Xiaomi waiting for the license?").slots == {Slot.DURATION}


@pytest.mark.parametrize(
    "question",
    [
        "Did Chery confirm it?",
        "Has Hyundai commented?",
        "Hyundai ha confermato?",
        "Has Hyundai agreed to it?",
        "¿Hyundai está de acuerdo?",
        "is Hyundai on board with that?",
        "Hyundai che ne pensa?",
        "¿Qué opina Hyundai?",
    ],
)
def test_a_party_taking_a_stand_is_asked_for_its_statement(question):
    assert read_intent(question).asks_statement


def test_who_is_asked_to_have_said_something_is_named_next_to_the_word_asking_it():
    assert read_intent("What did Xiaomi itself say about the talks?").speaker_words == (("did", "xiaomi", "itself"), ())
    assert read_intent("¿Qué dijo BAIC sobre el acuerdo?", "es").speaker_words[1][0] == "baic"
    # After the word, English says what was said, not who said it.
    assert read_intent("What did the piece say Xiaomi is doing?").speaker_words[1] == ()


def test_agreeing_to_do_something_is_an_act_not_a_statement():
    assert not read_intent("Has Xiaomi agreed to buy the plant?").asks_statement
    assert read_intent("Has Hyundai agreed to it?").asks_statement


def test_they_who_say_something_are_the_articles_unless_the_reader_turns_to_a_party():
    assert not read_intent("What do they say about the licence?").asks_statement
    assert not read_intent("And what do they say about the licence?").asks_statement
    assert read_intent("and Chery, did they say anything about it?").statement_by_pronoun


@pytest.mark.parametrize("question", ["Has it been confirmed?", "Has anyone confirmed the deal?"])
def test_asking_whether_anything_was_confirmed_is_not_asking_for_a_statement(question):
    intent = read_intent(question)
    assert intent.asks_confirmation
    assert not intent.asks_statement


@pytest.mark.parametrize("question", ["Is the Qingdao deal confirmed?", "è vero che Xiaomi compra?", "¿Es oficial?"])
def test_asking_whether_a_claim_is_sure_is_noticed(question):
    assert read_intent(question).asks_confirmation


@pytest.mark.parametrize(
    "question",
    [
        "Who wrote that?",
        "Which article says so?",
        "Chi ha scritto quell'articolo?",
        "¿Quién lo escribió?",
        "Chi firma il pezzo?",
        "E il pezzo spagnolo chi lo firma?",
        "What's the headline?",
    ],
)
def test_asking_which_article_or_who_wrote_it_is_noticed(question):
    assert read_intent(question).asks_source


@pytest.mark.parametrize("question", ["why?", "what is he into?", "tutta la fabbrica?", "¿y ella?"])
def test_a_short_message_with_a_pronoun_or_a_bare_why_points_back(question):
    assert read_intent(question).refers_back


def test_a_ministry_is_not_a_minister_in_any_language():
    assert Slot.PERSON not in read_intent("quale ministero deve approvare la produzione?", "it").slots


def test_an_official_asked_for_is_a_person_but_an_official_date_is_not():
    assert Slot.PERSON in read_intent("Who is the official at the ministry handling Xiaomi's application?").slots
    assert Slot.PERSON in read_intent("¿Qué funcionario lleva el expediente?", "es").slots
    assert Slot.PERSON not in read_intent("Is 11 November an official date or just a rumour?").slots


@pytest.mark.parametrize(
    ("question", "language"),
    [
        ("Is it the NDRC that has to grant Xiaomi the licence?", "en"),
        ("So did Li Auto buy a factory?", "en"),
        ("Xiaomi ha già la licenza?", "it"),
        ("¿Es cierto que Xiaomi habla con BAIC?", "es"),
    ],
)
def test_a_question_answered_yes_or_no_is_told_from_one_asking_a_detail(question, language):
    assert "yes-no" in read_intent(question, language).asked_kinds


@pytest.mark.parametrize(
    ("question", "language"),
    [
        ("When will the NDRC grant it?", "en"),
        ("Do you know which carmakers Xiaomi called?", "en"),
        ("xiaomi plant location?", "en"),
        ("¿Qué dijo BAIC?", "es"),
        ("y BAIC?", "es"),
        ("Che cosa fa Xiaomi?", "it"),
    ],
)
def test_a_question_asking_what_who_or_when_or_the_same_again_is_not_yes_or_no(question, language):
    assert not read_intent(question, language).asks_yes_no


@pytest.mark.parametrize(
    ("question", "language"),
    [
        ("¿Qué declaró Xiaomi sobre los rumores de BAIC?", "es"),
        ("Xiaomi ha fatto qualche dichiarazione sulla trattativa?", "it"),
        ("Has Xiaomi put out a press release about BAIC?", "en"),
    ],
)
def test_a_declaration_or_a_press_release_asks_for_a_statement(question, language):
    assert read_intent(question, language).asks_statement
