"""A followed answer changes when what answers it does: a later report, its status, its words."""

from __future__ import annotations

from dataclasses import replace

from bot.changes import changes, fingerprint, fingerprints, parse_delivery_id
from bot.models import Status


def test_an_unchanged_base_has_the_same_fingerprints(real_knowledge):
    assert fingerprints(real_knowledge) == fingerprints(replace(real_knowledge, version="another"))


def test_a_status_change_a_new_wording_or_a_superseding_fact_changes_the_fingerprint(real_knowledge):
    fact = real_knowledge.fact("qingdao-plant")
    before = fingerprint(real_knowledge, fact)
    confirmed = replace(fact, status=Status.STATED)
    assert fingerprint(replace(real_knowledge, facts=(confirmed,)), confirmed) != before
    reworded = replace(fact, answer=fact.answer + " (corrected)")
    assert fingerprint(replace(real_knowledge, facts=(reworded,)), reworded) != before
    later = replace(fact, id="qingdao-later", updates="qingdao-plant")
    assert fingerprint(replace(real_knowledge, facts=(*real_knowledge.facts, later)), fact) != before


def test_only_facts_with_followers_still_to_tell_are_changes(real_knowledge):
    found = changes(real_knowledge, {"qingdao-plant": 3, "debut-date": 0, "no-such-fact": 5})
    assert [(change.fact.id, change.followers) for change in found] == [("qingdao-plant", 3)]
    assert parse_delivery_id(found[0].delivery_id) == ("qingdao-plant", found[0].fingerprint)
    assert parse_delivery_id("bloomberg-talks") is None
