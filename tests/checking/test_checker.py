"""A reader forwards what their group is saying; the checker says what the articles make of it."""

from __future__ import annotations

import pytest

from bot.models import Status, Verdict


def test_a_report_sold_as_signed_is_overstated_and_rests_on_the_report(checker):
    main = checker.check("BREAKING: Xiaomi signed with BAIC ✅").main
    assert main.verdict is Verdict.OVERSTATED
    assert main.fact.status is not Status.STATED


def test_the_same_report_passed_on_with_its_source_is_supported(checker):
    main = checker.check("Bloomberg says Xiaomi has been talking to Chery and Brilliance").main
    assert main.verdict is Verdict.SUPPORTED
    assert main.fact.claimed_by == "Bloomberg"


def test_a_rumour_is_supported_as_a_rumour_and_overstated_as_fact(checker):
    assert checker.check("Rumour has it Xiaomi's car debuts on 11 November").main.verdict is Verdict.SUPPORTED
    assert checker.check("IT'S OFFICIAL: Xiaomi's car debuts 11 November").main.verdict is Verdict.OVERSTATED


def test_another_place_contradicts_and_both_places_are_named(checker):
    main = checker.check("Xiaomi is about to take over a BAIC factory in Wuhan").main
    assert main.verdict is Verdict.CONTRADICTED
    assert main.detail.said == "Wuhan"
    assert "Qingdao" in main.detail.given


def test_another_date_contradicts(checker):
    main = checker.check("Xiaomi's first car debuts on 3 December").main
    assert main.verdict is Verdict.CONTRADICTED
    assert main.detail.kind == "date"


@pytest.mark.parametrize(
    "message", ["Xiaomi, known mainly for making trucks, wants to build cars", "Word is Xiaomi's first car is an SUV"]
)
def test_another_kind_of_product_contradicts(checker, message):
    main = checker.check(message).main
    assert main.verdict is Verdict.CONTRADICTED
    assert main.detail.kind == "product"


@pytest.mark.parametrize(
    "message",
    [
        "Xiaomi, the phone maker, is reportedly talking to BAIC",
        "Xiaomi, il colosso degli smartphone, starebbe trattando con BAIC",
    ],
)
def test_a_product_named_in_passing_does_not_pull_the_claim_off_its_subject(checker, message):
    main = checker.check(message).main
    assert main.verdict is Verdict.SUPPORTED
    assert "BAIC" in main.fact.answer


def test_words_that_hedge_a_claim_are_not_what_it_is_about(checker):
    main = checker.check("apparently Jido Auto did the same thing with Geely").main
    assert main.verdict is Verdict.SUPPORTED
    assert "Geely" in main.fact.answer


def test_companies_paired_the_wrong_way_contradict(checker):
    assert (
        checker.check("NIO got round the licence problem by teaming up with Geely").main.verdict is Verdict.CONTRADICTED
    )
    assert checker.check("NIO got round the licence problem by teaming up with JAC").main.verdict is Verdict.SUPPORTED


def test_a_detail_the_articles_never_give_is_not_in_the_articles(checker):
    main = checker.check("Xiaomi's car has a 100 kWh battery").main
    assert main.verdict is Verdict.NOT_IN_ARTICLES
    assert main.fact is None


@pytest.mark.parametrize(
    "message",
    ["El coche de Xiaomi tendrá asientos con masaje y nevera", "Xiaomi's sedan gets massage seats and a fridge"],
)
def test_a_claim_mostly_about_what_the_story_never_mentions_is_not_borne_out(checker, message):
    """It names Xiaomi's car, which the articles speak of; the seats and the fridge they never do."""
    assert checker.check(message).main.verdict is Verdict.NOT_IN_ARTICLES


def test_a_name_the_story_never_mentions_is_not_in_the_articles(checker):
    assert checker.check("Xiaomi's car uses CATL batteries").main.verdict is Verdict.NOT_IN_ARTICLES


def test_claims_in_italian_and_spanish_are_judged_alike(checker):
    assert checker.check("Secondo Bloomberg Xiaomi ha contattato Chery").main.verdict is Verdict.SUPPORTED
    assert checker.check("È ufficiale: Xiaomi ha comprato la fabbrica di Qingdao").main.verdict is Verdict.OVERSTATED
    assert checker.check("Xiaomi ya obtuvo la licencia para fabricar coches").main.verdict is Verdict.CONTRADICTED


def test_a_message_is_judged_by_its_most_serious_claim(checker):
    check = checker.check(
        "Xiaomi is still waiting for its licence. It has now bought BAIC's Qingdao plant, deal closed!"
    )
    assert [claim.verdict for claim in check.claims] == [Verdict.SUPPORTED, Verdict.OVERSTATED]
    assert check.main is check.claims[1]


def test_a_framing_sentence_lends_its_certainty_to_the_claim(checker):
    check = checker.check("It's official!!! Xiaomi will debut its car on 11 November.")
    assert len(check.claims) == 1
    assert check.main.verdict is Verdict.OVERSTATED


def test_a_message_without_a_claim_has_nothing_to_check(checker):
    for message in ("lol", "BREAKING!!!", "👍", "https://example.com"):
        assert checker.check(message).main is None


def test_at_most_five_claims_are_checked(checker):
    message = " ".join(["Xiaomi is waiting for its licence."] * 8)
    assert len(checker.check(message).claims) == 5


def test_who_passed_the_claim_on_is_not_part_of_it(checker):
    main = checker.check("My mate at the pub says Xiaomi has been talking to Chery, Brilliance and BAIC").main
    assert main.verdict is Verdict.SUPPORTED
    assert main.fact.claimed_by == "Bloomberg"


def test_a_claim_that_only_one_company_was_contacted_contradicts_a_longer_list(checker):
    main = checker.check("According to Bloomberg, Xiaomi only talked to Chery and nobody else").main
    assert main.verdict is Verdict.CONTRADICTED
    assert "BAIC" in main.detail.given


def test_a_superlative_is_as_sure_as_its_word(checker):
    assert checker.check("la data dell'11 novembre è confermatissima").main.verdict is Verdict.OVERSTATED


@pytest.mark.parametrize(
    "message",
    [
        "Las conversaciones de Xiaomi con las automotrices terminaron, todo decidido",
        "Xiaomi's talks with the carmakers are concluded, everything is decided",
    ],
)
def test_talks_said_to_be_concluded_are_never_confirmed(checker, message):
    assert checker.check(message).main.verdict is not Verdict.SUPPORTED


@pytest.mark.parametrize(
    "message",
    ["The purchase of the Qingdao plant has gone through", "Xiaomi ya es dueña de la planta de Qingdao"],
)
def test_a_deal_said_to_be_done_in_other_words_is_never_confirmed(checker, message):
    assert checker.check(message).main.verdict is not Verdict.SUPPORTED


@pytest.mark.parametrize(
    "message",
    [
        "Xiaomi wants to buy ALL of Hyundai's Beijing plant No. 2",
        "Xiaomi quiere comprar TODA la planta n.º 2 de Hyundai",
        "Xiaomi vuole comprare l'intera fabbrica Hyundai di Pechino",
    ],
)
def test_the_whole_plant_where_the_articles_say_part_of_it_is_contradicted(checker, message):
    main = checker.check(message).main
    assert main.verdict is Verdict.CONTRADICTED
    assert main.detail.kind == "scope"
    assert checker.check("Xiaomi could buy part of Hyundai's No. 2 plant in Beijing").main.verdict is Verdict.SUPPORTED


def test_an_articles_title_does_not_bear_out_a_claim_about_the_story(checker):
    main = checker.check("Xiaomi ha risolto i suoi problemi di produzione").main
    assert main.verdict is not Verdict.SUPPORTED
    assert "sources" not in main.fact.topics
    byline = checker.check("Elenor Kling wrote the article about Xiaomi's manufacturing problems").main
    assert (byline.verdict, byline.fact.id) == (Verdict.SUPPORTED, "author-kling")


def test_a_claim_naming_what_a_near_fact_names_is_about_the_story_even_when_another_fact_leads(checker):
    main = checker.check("Xiaomi has picked BAIC as its manufacturing partner, the search is over").main
    assert main.verdict is Verdict.OVERSTATED


@pytest.mark.parametrize(
    "message", ["Xiaomi will give buyers a year of free charging", "La ricarica sarà gratis per chi compra la Xiaomi"]
)
def test_something_given_free_is_a_price_the_articles_never_give(checker, message):
    assert checker.check(message).main.verdict is Verdict.NOT_IN_ARTICLES


def test_everyday_words_do_not_keep_a_claim_about_another_company_from_its_fact(checker):
    main = checker.check("Anche NIO aveva lo stesso problema con le licenze e si è alleata con JAC").main
    assert (main.verdict, main.fact.id) == (Verdict.SUPPORTED, "nio-jac")


def test_only_xiaomi_where_the_articles_name_others_in_its_case_is_contradicted_and_not_only_is_supported(checker):
    alone = checker.check("The licence delay only affects Xiaomi, no other EV maker has had this problem").main
    assert (alone.verdict, alone.detail.kind) == (Verdict.CONTRADICTED, "also")
    assert "Li Auto" in alone.detail.given
    shared = checker.check("It's not only Xiaomi: other new EV brands in China had the same licence trouble").main
    assert shared.verdict is Verdict.SUPPORTED


@pytest.mark.parametrize(
    "message",
    ["The Qingdao plant Xiaomi is after belongs to Hyundai", "La fabbrica di Qingdao è di Hyundai, non di BAIC"],
)
def test_a_round_up_naming_everything_does_not_bear_out_a_mix_of_its_parts(checker, message):
    """The options Xiaomi explores name Qingdao and Hyundai together; the plant in Qingdao is BAIC's."""
    main = checker.check(message).main
    assert main.verdict is Verdict.CONTRADICTED
    assert main.fact.id != "options-explored"
