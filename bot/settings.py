"""Configuration read once from the environment at start-up and passed where needed."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

DEFAULT_KNOWLEDGE_DIR = Path(__file__).resolve().parent.parent / "knowledge"


class SettingsError(Exception):
    """A setting is missing or wrong; the message is one line for the operator."""


@dataclass(frozen=True)
class Settings:
    knowledge_dir: Path

    @classmethod
    def from_env(cls, env: Mapping[str, str]) -> Settings:
        knowledge_dir = Path(env.get("KNOWLEDGE_DIR") or DEFAULT_KNOWLEDGE_DIR)
        if not knowledge_dir.is_dir():
            raise SettingsError(f"KNOWLEDGE_DIR={knowledge_dir} is not a folder; point it at the fact base")
        return cls(knowledge_dir=knowledge_dir)
