"""Every sentence a reader sees, in one place, so wording is edited here and only here."""

from __future__ import annotations

from bot.models import Slot, Status

STATUS_LABELS: dict[Status, str] = {
    Status.STATED: "Stated by the article",
    Status.REPORTED: "Reported by {claimant}; not confirmed by the companies",
    Status.RUMOURED: "Rumour; not confirmed",
    Status.DENIED: "Denied by {claimant}",
    Status.NO_COMMENT: "{claimant} would not confirm it",
}

DISAGREEMENT = "The sources disagree: {note}"
SOURCE_LINE = '"{title}", by {author}'
SOURCES_HEADING = "Source"
SOURCES_HEADING_PLURAL = "Sources"

UNKNOWN = (
    "I don't know: the two articles about Xiaomi's car plans don't cover that. "
    "I only answer from what they report, to avoid guessing."
)
MISSING_DETAIL: dict[Slot, str] = {
    Slot.PRICE: "The articles don't say: they give no price, cost or amount of money for that.",
    Slot.NUMBER: "The articles don't say: they give no figures for that.",
    Slot.DATE: "The articles don't say when: they give no date for that.",
    Slot.DURATION: "The articles don't say how long.",
    Slot.PLACE: "The articles don't say where.",
    Slot.PERSON: "The articles don't name anyone for that.",
    Slot.NAME: "The articles don't give a name for that.",
    Slot.HOW_TO: "The articles report news; they don't give instructions for that.",
    Slot.STATEMENT: "The articles don't report any statement from them on that.",
}
RELATED_INTRO = "What they do cover:"
SUGGESTIONS_INTRO = "I'm not sure what you mean. Did you mean:"

SMALL_TALK: dict[str, str] = {
    "greeting": "Hello! Ask me anything about Xiaomi's electric-car plans and its licence wait, for example: "
    '"Why is Xiaomi\'s car delayed?"',
    "thanks": "You're welcome! Ask me anything else about the story.",
    "help": "I answer questions about Xiaomi's electric-car plans from two news articles, always with the "
    'source and a quote. Try "Who is Xiaomi talking to?" or "When is the launch?".',
    "goodbye": "Bye! Come back when the story moves.",
    "acknowledgement": "Anything else you'd like to know about the story?",
    "wellbeing": "All good, thanks! Ask me anything about Xiaomi's car plans.",
}

CHAT_WELCOME = "Ask about the Xiaomi electric-car story. Empty line or Ctrl-D to leave."
CHAT_PROMPT = "you> "

CHECK_OK = "OK: {articles} articles, {facts} facts, {questions} questions, {topics} topics"
CHECK_FAILED = "{count} problem(s) in the fact base:"
