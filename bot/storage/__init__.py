"""Everything the bot keeps: subscribers, their topics, published alerts and the delivery ledger.

One small interface, `Store`, over SQLite (default, one machine) and PostgreSQL (several
bot processes). Calls are synchronous and thread-safe; async code runs them with
asyncio.to_thread. Inside: database.py (connection, transactions, migrations from
schema.py), readers.py (subscriptions, languages, conversations, flood counts, the
questions journal), deliveries.py (publications, follows and the delivery ledger) and
records.py (the plain values handed back).
"""

from __future__ import annotations

from bot.storage.database import StorageError
from bot.storage.deliveries import DeliveryRecords
from bot.storage.readers import ReaderRecords
from bot.storage.records import EVERYTHING, AskedQuestion, Delivery, DeliveryState, DeliveryStatus
from bot.storage.schema import MIGRATIONS


class Store(ReaderRecords, DeliveryRecords):
    """The bot's database. Open with Store.open(DATABASE_URL); close when done."""


__all__ = [
    "EVERYTHING",
    "MIGRATIONS",
    "AskedQuestion",
    "Delivery",
    "DeliveryState",
    "DeliveryStatus",
    "StorageError",
    "Store",
]
