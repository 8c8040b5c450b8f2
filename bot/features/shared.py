"""What every feature needs from the application: the desk, and a way to send a Reply."""

from __future__ import annotations

from telegram import Message
from telegram.constants import ChatType
from telegram.ext import ContextTypes

from bot.desk import Desk
from bot.render.telegram import Reply

DESK_KEY = "desk"


def desk_of(context: ContextTypes.DEFAULT_TYPE) -> Desk:
    return context.application.bot_data[DESK_KEY]


async def send(message: Message, reply: Reply) -> None:
    """Answer a message; in groups, as a reply to it so the thread stays readable."""
    await message.reply_text(reply.text, reply_markup=reply.keyboard, do_quote=message.chat.type != ChatType.PRIVATE)
