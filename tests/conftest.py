from __future__ import annotations

from collections.abc import AsyncIterator, Iterator
from pathlib import Path

import pytest
from telegram.ext import Application

from bot.app import ALLOWED_UPDATES, build_application
from bot.engine import Engine
from bot.loader import load_knowledge
from bot.models import KnowledgeBase
from bot.settings import Settings
from tests.fake_telegram import FakeTelegram
from tests.fake_telegram.server import TOKEN
from tests.knowledge_builder import REAL_KNOWLEDGE, write_toy_knowledge


@pytest.fixture(scope="session")
def real_knowledge() -> KnowledgeBase:
    return load_knowledge(REAL_KNOWLEDGE)


@pytest.fixture(scope="session")
def real_engine(real_knowledge: KnowledgeBase) -> Engine:
    return Engine(real_knowledge)


@pytest.fixture
def toy_folder(tmp_path: Path) -> Path:
    return write_toy_knowledge(tmp_path / "knowledge")


@pytest.fixture
def toy_engine(toy_folder: Path) -> Engine:
    return Engine(load_knowledge(toy_folder))


@pytest.fixture
def telegram() -> Iterator[FakeTelegram]:
    server = FakeTelegram().start()
    yield server
    server.stop()


@pytest.fixture
def bot_settings(telegram: FakeTelegram) -> Settings:
    return Settings(knowledge_dir=REAL_KNOWLEDGE, telegram_token=TOKEN, telegram_api_url=telegram.url)


@pytest.fixture
async def running_bot(
    telegram: FakeTelegram, bot_settings: Settings, real_knowledge: KnowledgeBase
) -> AsyncIterator[Application]:
    """The real application, long polling the fake Bot API, as `python -m bot run` does."""
    application = build_application(bot_settings, real_knowledge)
    async with application:
        await application.post_init(application)  # as run_polling does after initialize()
        await application.start()
        await application.updater.start_polling(poll_interval=0, timeout=1, allowed_updates=ALLOWED_UPDATES)
        yield application
        await application.updater.stop()
        await application.stop()
    assert [reason for _, reason in telegram.rejected] == [], "the bot sent what Telegram refuses"
