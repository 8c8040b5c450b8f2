"""Who said it: a claim credited to the wrong article, outlet or party is contradicted."""

from __future__ import annotations

import pytest

from bot.models import Reason, Status, Verdict


def test_a_party_said_to_confirm_what_it_would_not_comment_on_is_contradicted(checker):
    main = checker.check("BAIC confirmed the partnership with Xiaomi this morning").main
    assert main.verdict is Verdict.CONTRADICTED
    assert main.reason is Reason.NO_COMMENT
    assert main.fact.status is Status.NO_COMMENT


@pytest.mark.parametrize(
    ("message", "kind"),
    [
        ("Gianluca Cobucci writes that the NDRC must grant the licence", "authority"),
        ("Elenor Kling writes that Bloomberg reported talks with Chery and Brilliance", "source"),
        ("According to Bloomberg, BAIC has no information about a deal", "claimant"),
    ],
)
def test_a_claim_credited_to_an_article_or_party_that_says_otherwise_is_contradicted(checker, message, kind):
    main = checker.check(message).main
    assert main.verdict is Verdict.CONTRADICTED
    assert main.detail.kind == kind
