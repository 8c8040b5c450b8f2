from __future__ import annotations

import pytest

from bot.callbacks import Action, Press, decode, encode


def test_a_button_press_comes_back_as_what_it_was_made_from():
    assert decode(encode(Action.FACT, "debut-date")) == Press(Action.FACT, "debut-date")
    assert decode(encode(Action.SOURCES)) == Press(Action.SOURCES, "")


@pytest.mark.parametrize("data", [None, "", "nonsense", "x:debut", "f"])
def test_data_this_bot_never_made_is_not_a_press(data):
    assert decode(data) is None


def test_data_over_telegrams_64_bytes_is_refused_when_made():
    with pytest.raises(ValueError, match="64 bytes"):
        encode(Action.FACT, "x" * 63)
