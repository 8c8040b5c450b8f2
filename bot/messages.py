"""What the command line says to operators and editors, in English.

Readers' words (answers, Telegram messages, buttons, alerts) are in the Fluent catalogs,
bot/locales/<language>.ftl, one per language.
"""

from __future__ import annotations

ALERT_NOT_PUBLISHED = "not published"
ALERT_LIST_LINE = "{alert_id:24} {schedule:26} {state:52} {headline}"
ALERT_STATUS_LINE = "sent {sent}, pending {pending}, failed {failed}, blocked {blocked} (of {total})"
ALERT_UNKNOWN = "error: no alert {alert_id!r} in alerts.yaml (alerts: {known})"
ALERT_THIS_RUN = "this run delivered {delivered}; in all: {status}"
ALERT_RESUMING = "{alert_id} was published before: sending what is still pending"
ALERT_PREVIEW_AUDIENCE = "chats following {topic}: {count}"

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
REPORT_EVERYTHING = "everything"

CHAT_WELCOME = "Ask about the Xiaomi electric-car story. Empty line or Ctrl-D to leave."
CHAT_PROMPT = "you> "

CHECK_OK = "OK: {articles} articles, {facts} facts, {questions} questions, {topics} topics, {alerts} alerts"
CHECK_DRAFTS = "{count} draft(s) to finish (the bot ignores them until they move to facts/):"
ADD_ARTICLE_UNREADABLE = "cannot read {file}: {error}"
ADD_ARTICLE_BAD_ID = "{article_id!r} is not a usable id; give one with --id (lowercase letters, digits, - and _)"
ADD_ARTICLE_EXISTS = "an article {article_id!r} is already in the fact base"
ADDED_ARTICLE = "Added article {article_id} ({path}) with {count} draft facts in {drafts}"
CHECK_FAILED = "{count} problem(s) in the fact base:"
DRAFT_LINE = "{draft_id}  ({claimed_by}; {path})"
DRAFT_QUOTE = "    > {quote}"
DRAFT_NEAREST = "    may update or contradict: {fact} (score {score:.2f})"
DRAFTS_ACCEPT_USAGE = "say which drafts: python -m bot drafts accept ID [ID ...], or --all"
DRAFTS_UNKNOWN = "no draft with id: {ids}"
DRAFTS_UNKNOWN_FACT = "no fact {fact_id!r} to update in facts/"
DRAFTS_REFUSED = "not accepted: the fact base would fail its check with {count} problem(s); nothing was changed"
DRAFTS_ACCEPTED = "Accepted {count} draft(s) into facts/: {ids}. Run `python -m bot check`, then /reload."
CHECK_TO_TRANSLATE = "{count} text(s) to translate (English is shown meanwhile; check --strict fails on these):"
CHECK_CATALOG_FAILED = "{count} problem(s) in the message catalogs (bot/locales):"

# python -m bot changes
CHANGES_NONE = "No answer anyone follows has changed since they were told."
CHANGE_LINE = "{fact_id}: {followers} chat(s) to tell\n  followed: {question}\n  now: {answer} [{status}]"
CHANGE_SUPERSEDED = "  (answered now by {latest_id}, from {article})"
CHANGES_SENT = "This run: {delivered} change message(s) delivered. {status}"
CHANGES_QUEUED = "Queued {chats} chat(s) for {facts} changed answer(s)."
