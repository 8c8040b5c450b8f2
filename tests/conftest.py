from __future__ import annotations

import os
import subprocess
from collections.abc import AsyncIterator, Iterator
from contextlib import asynccontextmanager
from dataclasses import replace
from pathlib import Path

import pytest
from telegram.ext import Application

from bot.answering.decision import DecisionModel
from bot.answering.engine import Engine
from bot.app import ALLOWED_UPDATES, build_application
from bot.languages.catalog import Catalog, Texts
from bot.loader import load_knowledge
from bot.models import KnowledgeBase
from bot.settings import Settings
from bot.storage import Store
from tests.fake_telegram import FakeTelegram
from tests.fake_telegram.server import TOKEN
from tests.knowledge_builder import REAL_KNOWLEDGE, copy_real_knowledge, write_toy_knowledge
from tests.postgres_server import PostgresUnavailableError, fresh_postgres_database, postgres_server


@pytest.fixture(scope="session", autouse=True)
def _reading_cache_in_a_temporary_folder(tmp_path_factory: pytest.TempPathFactory) -> Iterator[None]:
    """The engine's reading cache goes to a folder of the test run's, not the user's ~/.cache."""
    previous = os.environ.get("XDG_CACHE_HOME")
    os.environ["XDG_CACHE_HOME"] = str(tmp_path_factory.mktemp("cache"))
    yield
    if previous is None:
        del os.environ["XDG_CACHE_HOME"]
    else:
        os.environ["XDG_CACHE_HOME"] = previous


@pytest.fixture(scope="session")
def real_knowledge() -> KnowledgeBase:
    return load_knowledge(REAL_KNOWLEDGE)


@pytest.fixture(scope="session")
def real_engine(real_knowledge: KnowledgeBase) -> Engine:
    return Engine(real_knowledge)


@pytest.fixture
def toy_folder(tmp_path: Path) -> Path:
    return write_toy_knowledge(tmp_path / "knowledge")


# For the toy base, a decision anyone can follow: answer from a match score of 0.55,
# offer "did you mean" from 0.38. The bundled model is fitted on the real base's readers.
SCORE_ONLY = DecisionModel.score_only(answer_from=0.55, suggest_from=0.38)


@pytest.fixture(scope="session")
def english() -> Texts:
    """The bot's words in English, as readers who write English get them."""
    return Catalog().texts("en")


@pytest.fixture
def toy_engine(toy_folder: Path) -> Engine:
    return Engine(load_knowledge(toy_folder), SCORE_ONLY)


@pytest.fixture
def telegram() -> Iterator[FakeTelegram]:
    server = FakeTelegram().start()
    yield server
    server.stop()


ADMIN_ID = 9001


@pytest.fixture
def bot_settings(telegram: FakeTelegram, tmp_path: Path) -> Settings:
    return Settings(
        knowledge_dir=REAL_KNOWLEDGE,
        telegram_token=TOKEN,
        telegram_api_url=telegram.url,
        database_url=f"sqlite:///{tmp_path}/bot.db",
        admin_ids=frozenset({ADMIN_ID}),
    )


@asynccontextmanager
async def running_application(settings: Settings, knowledge: KnowledgeBase) -> AsyncIterator[Application]:
    """The real application, long polling the fake Bot API, as `python -m bot run` does."""
    store = Store.open(settings.database_url)
    application = build_application(settings, knowledge, store)
    async with application:
        await application.post_init(application)  # as run_polling does after initialize()
        await application.start()
        await application.updater.start_polling(poll_interval=0, timeout=1, allowed_updates=ALLOWED_UPDATES)
        yield application
        await application.updater.stop()
        await application.stop()
    store.close()


@pytest.fixture
async def running_bot(
    telegram: FakeTelegram, bot_settings: Settings, real_knowledge: KnowledgeBase
) -> AsyncIterator[Application]:
    async with running_application(bot_settings, real_knowledge) as application:
        yield application
    assert [reason for _, reason in telegram.rejected] == [], "the bot sent what Telegram refuses"


@pytest.fixture
async def editable_bot(bot_settings: Settings, tmp_path: Path) -> AsyncIterator[Path]:
    """A running bot serving a copy of the fact base that the test may edit."""
    folder = copy_real_knowledge(tmp_path)
    settings = replace(bot_settings, knowledge_dir=folder)
    async with running_application(settings, load_knowledge(folder)):
        yield folder


@pytest.fixture(scope="session")
def postgres_url() -> Iterator[str]:
    """A real PostgreSQL server for the session; the tests that need it skip loudly without."""
    try:
        with postgres_server() as url:
            yield url
    except PostgresUnavailableError as reason:
        pytest.skip(f"NO POSTGRESQL: {reason}")


@pytest.fixture(params=["sqlite", "postgresql"])
def database_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """Each storage test runs on a fresh SQLite file and on a fresh PostgreSQL database."""
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path}/bot.db"
    server = request.getfixturevalue("postgres_url")
    return fresh_postgres_database(server)


@pytest.fixture
def store(database_url: str) -> Iterator[Store]:
    opened = Store.open(database_url)
    yield opened
    opened.close()


@pytest.fixture
def processes() -> Iterator[list[subprocess.Popen[str]]]:
    """Bot processes a test starts; any still running at the end are killed."""
    started: list[subprocess.Popen[str]] = []
    yield started
    for process in started:
        if process.poll() is None:
            process.kill()
            process.communicate()
