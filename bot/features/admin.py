"""What only the bot's admins (ADMIN_IDS) may do, and the scheduled publishing of alerts."""

from __future__ import annotations

from telegram import Update
from telegram.ext import ContextTypes

from bot import messages
from bot.features.shared import broadcaster_of, desk_of, send, settings_of
from bot.render.telegram import escape, plain_reply


async def publish(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """/publish <alert-id>: queue the alert for its subscribers and start sending."""
    message = update.effective_message
    if update.effective_user.id not in settings_of(context).admin_ids:
        await send(message, plain_reply(messages.ADMINS_ONLY))
        return
    knowledge = desk_of(context).knowledge
    alert = knowledge.alert(context.args[0]) if context.args else None
    if alert is None:
        ids = ", ".join(alert.id for alert in knowledge.alerts)
        text = (
            messages.PUBLISH_UNKNOWN.format(alert_id=context.args[0])
            if context.args
            else messages.PUBLISH_USAGE.format(alerts=ids)
        )
        await send(message, plain_reply(escape(text)))
        return
    count = await broadcaster_of(context).publish(alert)
    if count is None:
        await send(message, plain_reply(escape(messages.PUBLISH_ALREADY.format(alert_id=alert.id))))
        return
    await send(message, plain_reply(escape(messages.PUBLISH_DONE.format(alert_id=alert.id, count=count))))
    context.job_queue.run_once(send_alerts, 0, name=f"publish-{alert.id}")


async def send_alerts(context: ContextTypes.DEFAULT_TYPE) -> None:
    """Scheduled: publish alerts whose time has come, then send whatever is pending."""
    broadcaster = broadcaster_of(context)
    await broadcaster.publish_due()
    await broadcaster.drain(wait_for_leases=False)
