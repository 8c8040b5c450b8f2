"""Waiting for a condition the test cannot be notified of (a row in a database)."""

from __future__ import annotations

import asyncio
import time
from collections.abc import Callable

POLL_SECONDS = 0.02


async def eventually(condition: Callable[[], bool], timeout: float = 15) -> None:
    """Returns as soon as condition() holds; fails the test if it never does."""
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            raise AssertionError(f"condition still false after {timeout}s")
        await asyncio.sleep(POLL_SECONDS)
