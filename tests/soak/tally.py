"""Counting a soak: each update's replies, answered once, twice or never, and the broadcast.

A reply belongs to the update whose reader's chat it went to, or whose callback or inline
query it answers (each update has its own). An update answered more than once is excused
only when one of its posts was inside a process at the moment it was killed: Telegram had
no 200 for it, so it came again, and the first attempt may have replied before dying.
"""

from __future__ import annotations

import statistics
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass

from tests.fake_telegram import Call
from tests.soak.balancer import Forwarding
from tests.soak.driver import InResponse
from tests.soak.traffic import Offer

REPLY_METHODS = ("sendMessage", "editMessageText", "answerCallbackQuery", "answerInlineQuery")
QUERY_KEYS = {"answerCallbackQuery": "callback_query_id", "answerInlineQuery": "inline_query_id"}


@dataclass(frozen=True)
class Reply:
    method: str
    text: str | None
    at: float


@dataclass(frozen=True)
class Kill:
    """One SIGKILL: which process, from the signal to its death, and the broadcast messages
    it had sent whose delivery it had not yet recorded (those may be sent again)."""

    port: int
    at: float
    dead_at: float
    unrecorded_chats: frozenset[int]


@dataclass(frozen=True)
class RssSample:
    at: float
    slot: int
    pid: int
    kilobytes: int


@dataclass(frozen=True)
class Minute:
    minute: int
    offered: int
    p50_ms: float | None
    p99_ms: float | None
    rss_mb: tuple[float | None, ...]  # per process, its last sample in that minute


@dataclass(frozen=True)
class Broadcast:
    recipients: int
    delivered: int
    missing: int
    repeated: int  # chats that got it more than once
    repeated_in_flight: int  # of those, chats whose message was unrecorded at a kill


@dataclass(frozen=True)
class Updates:
    offered: int
    exactly_once: int
    lost: tuple[int, ...]
    repeated_in_flight: int
    repeated_other: tuple[int, ...]
    redelivered: int  # updates posted more than once before their 200
    apologised: int  # updates whose reply was the apology for an error


def replies_by_update(
    offers: Iterable[Offer], in_responses: Iterable[InResponse], calls: Iterable[Call], broadcast_texts: set[str]
) -> dict[int, list[Reply]]:
    """Every reply to each update; broadcast messages to a reader's chat are not replies."""
    by_chat, by_query = {}, {}
    for offer in offers:
        by_chat[offer.chat_id] = offer.update_id
        if offer.query_id is not None:
            by_query[offer.query_id] = offer.update_id
    replies: dict[int, list[Reply]] = defaultdict(list)
    for answered in in_responses:
        replies[answered.update_id].append(Reply(answered.call["method"], answered.call.get("text"), answered.at))
    for call in calls:
        if call.method not in REPLY_METHODS or call.params.get("text") in broadcast_texts:
            continue
        query_key = QUERY_KEYS.get(call.method)
        owner = by_query.get(str(call.params[query_key])) if query_key else by_chat.get(int(call.params["chat_id"]))
        if owner is not None:
            replies[owner].append(Reply(call.method, call.params.get("text"), call.at))
    return replies


def times_answered(replies: list[Reply]) -> int:
    """How many times the update was handled: the most times any one reply of it arrived."""
    counts = Counter((reply.method, reply.text) for reply in replies)
    return max(counts.values(), default=0)


def in_flight_at_kills(forwardings: Iterable[Forwarding], kills: Iterable[Kill]) -> set[int]:
    """Updates with a post inside a process between its SIGKILL and its death."""
    kills = list(kills)
    return {
        forwarding.update_id
        for forwarding in forwardings
        for kill in kills
        if forwarding.backend == kill.port and forwarding.started <= kill.dead_at and forwarding.ended >= kill.at
    }


def refused_calls(
    rejected: Iterable[tuple[Call, str]], offers: dict[int, Offer], in_flight: set[int]
) -> list[tuple[Call, str]]:
    """Calls Telegram refused, but for a second answer to a query whose update a kill caught in
    flight: answered before the kill and again after it, like the repeats allowed above, and
    refused by Telegram as it would refuse it ("query is too old")."""
    answered_before_a_kill = {offers[update_id].query_id for update_id in in_flight if update_id in offers} - {None}
    return [
        (call, error)
        for call, error in rejected
        if not (_query_id(call) in answered_before_a_kill and "query is too old" in error)
    ]


def _query_id(call: Call) -> str | None:
    query_id = call.params.get("inline_query_id") or call.params.get("callback_query_id")
    return None if query_id is None else str(query_id)


def tally_updates(
    offers: dict[int, Offer],
    replies: dict[int, list[Reply]],
    in_flight: set[int],
    attempts: Counter[int],
    apologies: set[str],
) -> Updates:
    answered = {update_id: times_answered(replies.get(update_id, [])) for update_id in offers}
    repeated = {update_id for update_id, times in answered.items() if times > 1}
    return Updates(
        offered=len(offers),
        exactly_once=sum(times == 1 for times in answered.values()),
        lost=tuple(sorted(update_id for update_id, times in answered.items() if times == 0)),
        repeated_in_flight=len(repeated & in_flight),
        repeated_other=tuple(sorted(repeated - in_flight)),
        redelivered=sum(count > 1 for count in attempts.values()),
        apologised=sum(any(reply.text in apologies for reply in replies.get(update_id, [])) for update_id in offers),
    )


def tally_broadcast(
    recipients: set[int], calls: Iterable[Call], broadcast_texts: set[str], kills: list[Kill]
) -> Broadcast:
    sent = broadcast_sends(calls, broadcast_texts)
    repeated = {chat for chat, count in sent.items() if count > 1}
    unrecorded = set().union(*(kill.unrecorded_chats for kill in kills))
    return Broadcast(
        recipients=len(recipients),
        delivered=len(recipients & set(sent)),
        missing=len(recipients - set(sent)),
        repeated=len(repeated),
        repeated_in_flight=len(repeated & unrecorded),
    )


def broadcast_sends(calls: Iterable[Call], broadcast_texts: set[str]) -> Counter[int]:
    """How many times the alert reached each chat."""
    return Counter(
        int(call.params["chat_id"])
        for call in calls
        if call.method == "sendMessage" and call.params.get("text") in broadcast_texts
    )


def minutes(
    offered_at: dict[int, float], replies: dict[int, list[Reply]], samples: list[RssSample], started: float, slots: int
) -> list[Minute]:
    """Per minute of the soak: updates offered, latency to their first reply, memory per process."""
    latency = latencies_ms(offered_at, replies)
    by_minute: dict[int, list[float]] = defaultdict(list)
    offered: Counter[int] = Counter()
    for update_id, at in offered_at.items():
        minute = int((at - started) // 60)
        offered[minute] += 1
        if update_id in latency:
            by_minute[minute].append(latency[update_id])
    rss: dict[tuple[int, int], float] = {}
    for sample in sorted(samples, key=lambda sample: sample.at):
        rss[int((sample.at - started) // 60), sample.slot] = sample.kilobytes / 1024
    return [
        Minute(minute, offered[minute], *p50_p99(by_minute[minute]), tuple(rss.get((minute, s)) for s in range(slots)))
        for minute in sorted(offered)
    ]


def latencies_ms(offered_at: dict[int, float], replies: dict[int, list[Reply]]) -> dict[int, float]:
    """Each answered update's time from its first post to its first reply."""
    return {
        update_id: (min(reply.at for reply in replies[update_id]) - at) * 1000
        for update_id, at in offered_at.items()
        if replies.get(update_id)
    }


def p50_p99(values: list[float]) -> tuple[float | None, float | None]:
    if len(values) < 2:
        return (values[0], values[0]) if values else (None, None)
    cuts = statistics.quantiles(values, n=100, method="inclusive")
    return cuts[49], cuts[98]
