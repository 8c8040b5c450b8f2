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

# Said first when a reader asks whether a claim that is not the article's own is sure.
CONFIRMATION_LEADS: dict[Status, str] = {
    Status.REPORTED: "Not confirmed: this is reported by {claimant}, not confirmed by the companies.",
    Status.RUMOURED: "Not confirmed: this is only a rumour.",
    Status.DENIED: "No: {claimant} denied it.",
    Status.NO_COMMENT: "Not confirmed: {claimant} would not confirm it.",
}

STATED_BY_BOTH = "Stated by both articles"
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

ALERT_NOT_PUBLISHED = "not published"
ALERT_LIST_LINE = "{alert_id:24} {schedule:26} {state:52} {headline}"
ALERT_STATUS_LINE = "sent {sent}, pending {pending}, failed {failed}, blocked {blocked} (of {total})"
ALERT_UNKNOWN = "error: no alert {alert_id!r} in alerts.yaml (alerts: {known})"
ALERT_THIS_RUN = "this run delivered {delivered}; in all: {status}"
ALERT_RESUMING = "{alert_id} was published before: sending what is still pending"

REPORT_NOTHING_UNANSWERED = "Nothing went unanswered in the last {since}."
REPORT_GROUP = "{count:5}  {example}"
REPORT_WORDING = "       also: {wording}"
REPORT_NEAREST = "       nearest fact: {fact} (score {score:.2f})"
REPORT_DAYS_HEADING = "Questions per day (answered):"
REPORT_DAY = "  {day}  {questions:6}  {answered:6}  {rate:.0%}"
REPORT_FACTS_HEADING = "Most asked facts:"
REPORT_FACT = "  {count:6}  {fact}"
REPORT_SUBSCRIBERS_HEADING = "Subscribers per topic:"
REPORT_TOPIC = "  {count:6}  {topic}"

CHAT_WELCOME = "Ask about the Xiaomi electric-car story. Empty line or Ctrl-D to leave."
CHAT_PROMPT = "you> "

CHECK_OK = "OK: {articles} articles, {facts} facts, {questions} questions, {topics} topics, {alerts} alerts"
CHECK_DRAFTS = "{count} draft(s) to finish (the bot ignores them until they move to facts/):"
ADD_ARTICLE_UNREADABLE = "cannot read {file}: {error}"
ADD_ARTICLE_BAD_ID = "{article_id!r} is not a usable id; give one with --id (lowercase letters, digits, - and _)"
ADD_ARTICLE_EXISTS = "an article {article_id!r} is already in the fact base"
ADDED_ARTICLE = "Added article {article_id} ({path}) with {count} draft facts in {drafts}"
CHECK_FAILED = "{count} problem(s) in the fact base:"

# Telegram ---------------------------------------------------------------------------

WELCOME = (
    "<b>Xiaomi's electric car, explained.</b>\n"
    "Xiaomi wants to build cars but is still waiting for a government licence, so it is talking to "
    "established carmakers. Ask me anything about it: every answer comes with its source and a quote.\n\n"
    "Try one of these, or type your own question."
)
HELP = (
    "<b>How to use me</b>\n"
    "• Just type a question in this chat, e.g. <i>Who is Xiaomi talking to?</i>\n"
    "• In groups: /ask your question, mention me, or reply to my message.\n"
    "• In any chat: type @{username} and a question.\n\n"
    "/topics browse by topic · /sources the articles I answer from\n"
    "/subscribe get an alert when the story moves\n"
    "I only answer from two news articles; if they don't say, I tell you so."
)
ASK_USAGE = "Ask me like this: /ask Why is Xiaomi's car delayed?"
NOT_TEXT = "I can only read text. Type your question about Xiaomi's car plans."
UNKNOWN_COMMAND = "I don't know that command. /help shows what I can do."
FLOOD_NOTE = "You're asking faster than I can read. I'll answer again in a few seconds."
APOLOGY = "Sorry, something went wrong on my side. Please try again in a moment."
BUTTON_EXPIRED = "This button no longer works. Ask me again."
TOPICS_INTRO = "<b>Topics</b>: pick one to see what you can ask."
TOPIC_HEADING = "<b>{label}</b>: {description}"
SOURCES_INTRO = "<b>I answer from these articles:</b>"
SOURCE_ITEM = "• <b>{title}</b>, by {author}"
SOURCE_ATTRIBUTION = "📰 <b>{title}</b>, by {author}"
DISAGREEMENT_MARK = "⚠️ <b>The sources disagree:</b> {note}"
RUMOUR_MARK = "🗣 "
ALERT_HEADLINE = "🔔 <b>{headline}</b>"
SOURCES_BUTTON = "📚 Sources"
SHARE_WHATSAPP_BUTTON = "Share on WhatsApp"
SHARE_TELEGRAM_BUTTON = "Share in Telegram"
SHARE_SOURCE = "Source: {title}, by {author}"
SHARE_MORE = "More answers: {link}"
INLINE_NOTHING = "Not in the articles: ask me in private"

SUBSCRIBE_INTRO = "<b>Get an alert when the story moves.</b> What do you want to follow?"
EVERYTHING_BUTTON = "Everything"
EVERYTHING_LABEL = "everything"
SUBSCRIBED = "You'll get alerts about: {topics}. /unsubscribe to stop."
SUBSCRIBED_SHORT = "Following: {topics}"
UNSUBSCRIBED = "Done: no more alerts."
UNSUBSCRIBED_SOME = "Stopped {removed}. Still following: {topics}."
NOT_SUBSCRIBED = "You don't follow anything yet. /subscribe to get alerts when the story moves."
UNKNOWN_TOPICS = "I don't know the topic {unknown}. Topics: {known}, or all."
GROUP_ADMINS_ONLY = "Only the group's admins can change its alerts."
NO_ALERTS_YET = "No alerts yet. /subscribe to get the next one."
PUBLISH_USAGE = "Publish like this: /publish <alert-id>. Alerts: {alerts}"
PUBLISH_UNKNOWN = "There is no alert {alert_id!r} in alerts.yaml."
PUBLISH_DONE = "Publishing {alert_id!r} to {count} chats now."
PUBLISH_ALREADY = "{alert_id!r} was published before; nobody gets it twice."
RELOADED = "Fact base reloaded: version {version}, {facts} facts, {alerts} alerts."
RELOAD_REFUSED = "The fact base failed its check ({count} problem(s)); still serving the previous one.\n{problems}"
ADMINS_ONLY = "Only the bot's admins can do that."

COMMANDS: dict[str, str] = {
    "start": "Welcome and example questions",
    "ask": "Ask a question about the story",
    "topics": "Browse questions by topic",
    "sources": "The articles I answer from",
    "subscribe": "Get alerts when the story moves",
    "unsubscribe": "Stop alerts (a topic, or all)",
    "subscriptions": "What you follow",
    "latest": "The latest alerts",
    "help": "How to use this bot",
}
