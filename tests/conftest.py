from __future__ import annotations

from pathlib import Path

import pytest

from bot.engine import Engine
from bot.loader import load_knowledge
from bot.models import KnowledgeBase
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
