"""What a button press carries back: short, typed, and never over Telegram's 64 bytes."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

MAX_BYTES = 64


class Action(StrEnum):
    FACT = "f"  # answer this fact
    TOPIC = "t"  # list this topic's questions
    SOURCES = "s"  # list the articles
    SUBSCRIBE = "+"  # follow this topic ("*" for everything)
    LANGUAGE = "l"  # answer in this language from now on
    TIMELINE = "p"  # show this page of the timeline
    FOLLOW = "w"  # tell this chat when this fact's answer changes
    UNFOLLOW = "u"  # stop telling it


@dataclass(frozen=True)
class Press:
    action: Action
    target: str = ""


def encode(action: Action, target: str = "") -> str:
    data = f"{action}:{target}"
    if len(data.encode()) > MAX_BYTES:
        raise ValueError(f"callback data over {MAX_BYTES} bytes: {data!r}")
    return data


def decode(data: str | None) -> Press | None:
    """The press a button's data describes, or None for data this bot never made."""
    action, separator, target = (data or "").partition(":")
    if not separator or action not in set(Action):
        return None
    return Press(Action(action), target)
