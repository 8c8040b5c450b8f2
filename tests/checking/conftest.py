"""The checker on the bundled fact base, built once per test module."""

from __future__ import annotations

import pytest

from bot.checking.checker import Checker


@pytest.fixture(scope="module")
def checker(real_engine) -> Checker:
    return Checker(real_engine)
