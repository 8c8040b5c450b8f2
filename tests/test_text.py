"""Readers type in every case, accent and spelling; the same question must come out the same."""

from __future__ import annotations

import pytest

from bot.text import Vocabulary, fold, stem

VOCABULARY = Vocabulary([("licence", ["license", "permit", "approval", "licencia"]), ("partner", ["team up"])])


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


@pytest.mark.parametrize(("one", "other"), [("plants", "plant"), ("making", "make"), ("factories", "factory")])
def test_stemming_makes_word_forms_agree(one, other):
    assert stem(one) == stem(other)


def test_synonyms_in_any_language_meet_on_one_term():
    assert VOCABULARY.terms("Permits?") == VOCABULARY.terms("approval") == VOCABULARY.terms("la licencia")


def test_a_multiword_synonym_becomes_one_term():
    assert VOCABULARY.terms("Did they team up?") == VOCABULARY.terms("partners")


def test_function_words_carry_no_weight_in_terms():
    assert VOCABULARY.terms("what is the licence for") == ("licence",)


def test_text_without_words_has_no_terms():
    assert VOCABULARY.terms("🙂 ?! ...") == ()
