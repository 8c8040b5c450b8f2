"""Readers type in every case, accent, language and spelling; the same question must come out the same."""

from __future__ import annotations

import pytest

from bot.answering.matcher import RARE_ZIPF
from bot.answering.text import Vocabulary, any_phrase, asked_sentences, bundled_frequencies, fold, stem

VOCABULARY = Vocabulary(
    [("licence", ["license", "permit", "approval", "licencia"]), ("partner", ["team up"])], bundled_frequencies()
)


@pytest.mark.parametrize(
    ("typed", "folded"),
    [
        ("WHY is Xiaomi's car DELAYED?!", "why is xiaomi car delayed"),
        ("¿Dónde está la fábrica?", "donde esta la fabrica"),
        ("perché   l’auto\tè in ritardo", "perche l auto e in ritardo"),
        ("<b>bold</b> & co", "b bold b co"),
    ],
)
def test_fold_ignores_case_accents_punctuation_and_spacing(typed, folded):
    assert fold(typed) == folded


@pytest.mark.parametrize(
    ("one", "other", "language"),
    [
        ("plants", "plant", "en"),
        ("making", "make", "en"),
        ("factories", "factory", "en"),
        ("fabbriche", "fabbrica", "it"),
        ("trattative", "trattativa", "it"),
        ("fabricas", "fabrica", "es"),
    ],
)
def test_stemming_in_the_text_language_makes_word_forms_agree(one, other, language):
    assert stem(one, language) == stem(other, language)


def test_synonyms_in_any_language_meet_on_one_term():
    assert VOCABULARY.terms("Permits?") == VOCABULARY.terms("approval") == VOCABULARY.terms("la licencia")


def test_working_on_something_is_no_factory():
    """ "Which part of Xiaomi is working on the cars?" asks for Xiaomi Auto, not a plant."""
    assert VOCABULARY.terms("working") != VOCABULARY.terms("factory")


def test_a_multiword_synonym_becomes_one_term():
    assert VOCABULARY.terms("Did they team up?") == VOCABULARY.terms("partners")


def test_function_words_carry_no_weight_in_terms():
    assert VOCABULARY.terms("what is the licence for") == ("licence",)


def test_polite_framing_leaves_only_what_the_question_is_about():
    framed = "Could you please tell me, I wonder, what the licence is for?"
    assert VOCABULARY.terms(framed) == VOCABULARY.terms("what is the licence for")


@pytest.mark.parametrize(
    ("with_pronoun", "verb", "language"),
    [("adaptarla", "adaptar", "es"), ("dársela", "dar", "es"), ("comprarlo", "comprare", "it")],
)
def test_a_pronoun_joined_to_a_verb_leaves_the_verb(with_pronoun, verb, language):
    assert VOCABULARY.terms(with_pronoun, language) == VOCABULARY.terms(verb, language)


@pytest.mark.parametrize(("word", "language"), [("parla", "it"), ("Carlo", "it"), ("planta", "es"), ("sola", "es")])
def test_words_that_only_end_like_a_pronoun_keep_their_meaning(word, language):
    assert VOCABULARY.terms(word, language) != VOCABULARY.terms(word[:-2], language)


@pytest.mark.parametrize(
    ("greeted", "plain", "language"),
    [
        ("Hello! What is the licence for? Thanks", "what is the licence for", "en"),
        ("Buongiorno, gentilmente: la licenza?", "la licenza?", "it"),
        ("Hola, buenas tardes. ¿Y la licencia? Muchas gracias", "¿y la licencia?", "es"),
        ("Perdone, ¿qué es exactamente Xiaomi Auto?", "¿qué es Xiaomi Auto?", "es"),
        ("What is the licence for, precisely?", "what is the licence for", "en"),
        ("lol why cant xiaomi make cars smh", "why can not xiaomi make cars", "en"),
        ("q provincia es qingdao jaja", "q provincia es qingdao", "es"),
        ("When is the car finally coming out?", "When is the car coming out?", "en"),
        ("Finalmente arriva la licenza?", "arriva la licenza?", "it"),
    ],
)
def test_greetings_thanks_and_hedges_around_a_question_carry_no_weight(greeted, plain, language):
    assert VOCABULARY.terms(greeted, language) == VOCABULARY.terms(plain, language)


def test_a_letter_left_by_an_apostrophe_is_no_word():
    assert VOCABULARY.terms("l'altro articolo, qual è?", "it") == VOCABULARY.terms("altro articolo", "it")


def test_chat_shorthand_is_spelt_out():
    spelt_out = VOCABULARY.terms("why no licence right now before government")
    assert VOCABULARY.terms("why no licence rn b4 govt ok") == spelt_out


def test_text_without_words_has_no_terms():
    assert VOCABULARY.terms("🙂 ?! ...") == ()


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Why is the car delayed?", "en"),
        ("Perché l'auto è in ritardo?", "it"),
        ("¿Por qué se retrasa el coche?", "es"),
        ("Qingdao?", "en"),
        # Mostly names and loanwords, but the elision and the "¿" are Italian and Spanish only.
        ("Con BAIC Group Xiaomi punta a una partnership o a comprare l'impianto?", "it"),
        ("¿Xiaomi y BAIC Group, partnership?", "es"),
    ],
)
def test_the_language_of_a_text_is_recognised_or_english_when_unclear(text, language):
    assert VOCABULARY.language(text) == language


def test_a_name_in_an_italian_question_keeps_the_form_the_english_side_knows():
    anchors = frozenset(VOCABULARY.terms("Xiaomi talks", "en"))
    assert "xiaomi" in VOCABULARY.terms("Con chi parla Xiaomi?", "it", anchors)


def test_common_words_are_common_and_names_rare():
    frequencies = bundled_frequencies()
    assert frequencies.zipf("could") > frequencies.zipf("licence") > frequencies.zipf("qingdao")


@pytest.mark.parametrize("inflection", ["alleandosi", "costerebbero", "asociaron", "contactados"])
def test_a_rare_inflection_of_an_everyday_word_is_everyday_and_a_name_stays_rare(inflection):
    """Readers conjugate: "¿cuáles se asociaron?" names nothing the story never mentions."""
    frequencies = bundled_frequencies()
    assert frequencies.zipf(inflection) < RARE_ZIPF <= frequencies.everyday_zipf(inflection)
    assert frequencies.everyday_zipf("geely") == frequencies.everyday_zipf("stellantis") == 0.0


def test_a_capitalised_word_inside_a_sentence_is_a_name():
    words = VOCABULARY.words("Will Xiaomi sell in Europe? Maybe.")
    assert {word.typed for word in words if word.named} == {"xiaomi", "europe"}


def test_capitalised_names_are_found_in_any_script_and_after_any_spacing():
    words = VOCABULARY.words("We drove to Zürich.  Tesla was there, and Ángel too")
    assert {word.typed for word in words if word.named} == {"zurich", "angel"}


def test_a_stem_two_synonym_groups_share_stands_for_neither_only_their_listed_words_do():
    vocabulary = Vocabulary([("author", ["autore", "autori"]), ("authority", ["autorita"])], bundled_frequencies())
    assert vocabulary.terms("autori", "it") == ("author",)
    assert vocabulary.terms("autorità", "it") == ("authority",)
    assert vocabulary.terms("autoria", "it") not in {("author",), ("authority",)}


@pytest.mark.parametrize(
    ("message", "asked"),
    [
        ("My friend says it's delayed. What's the holdup?", "What's the holdup?"),
        ("Qingdao plant: which carmaker owns it?", "which carmaker owns it?"),
        ("Did Xiaomi really chat with Brilliance Auto? 👀", None),
        ("Is it true?? 😤 Asking for a friend.", "Is it true??"),
    ],
)
def test_the_sentences_that_ask_are_told_from_the_story_around_them_and_an_emoji_is_no_sentence(message, asked):
    assert asked_sentences(message) == asked


@pytest.mark.parametrize(
    ("message", "found"),
    [
        ("could you tell me where it is", ["could you tell me"]),
        ("could you tell mehow", ["could"]),
        ("can you, could we?", ["can you", "could"]),
        ("scouldn't", []),
    ],
)
def test_a_cue_list_finds_its_longest_phrase_that_ends_a_word(message, found):
    """A reader's "could you tell me" is one framing, not "could" and leftovers; a phrase inside
    a longer word is none."""
    cues = any_phrase(["could", "could you tell me", "can you", "can"])
    assert [match.group() for match in cues.finditer(fold(message))] == found
