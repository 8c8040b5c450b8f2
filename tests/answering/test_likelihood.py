from bot.answering.likelihood import FactLikelihood

PLANT = [("baic", "plant", "qingdao"), ("factory", "shandong", "keep")]
DEBUT = [("debut", "date", "november"), ("launch", "car", "when")]


def test_a_question_mixing_two_phrasings_of_a_fact_points_at_that_fact():
    likelihood = FactLikelihood([PLANT, DEBUT])
    posteriors = likelihood.posteriors(["qingdao", "factory", "keep"])
    assert posteriors[0] > 0.9
    assert abs(posteriors.sum() - 1.0) < 1e-9


def test_words_no_phrasing_uses_leave_the_facts_as_likely_as_their_share_of_phrasings():
    likelihood = FactLikelihood([PLANT, [*DEBUT, ("launch", "sedan")]])
    posteriors = likelihood.posteriors(["pizza", "recipe"])
    assert posteriors[1] > posteriors[0]
    assert abs(posteriors[1] - 0.6) < 1e-9


def test_word_order_counts_through_neighbouring_pairs():
    likelihood = FactLikelihood([[("plant", "baic"), ("baic",)], [("baic", "plant"), ("plant",)]])
    assert likelihood.posteriors(["baic", "plant"])[1] > likelihood.posteriors(["plant", "baic"])[1]
