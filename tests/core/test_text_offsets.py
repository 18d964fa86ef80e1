from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from desktop.core.text_offsets import Utf16Offsets


def _utf16_length(text: str) -> int:
    return len(text.encode("utf-16-le")) // 2


@given(st.text(alphabet=st.sampled_from("ab é\n😀🇺🇦𝔸")))
def test_round_trip_and_agreement_with_utf16(text: str) -> None:
    offsets = Utf16Offsets(text)
    for i in range(len(text) + 1):
        position = offsets.to_utf16(i)
        assert position == _utf16_length(text[:i])
        assert offsets.to_codepoint(position) == i


def test_position_inside_a_surrogate_pair_lands_after_the_character() -> None:
    offsets = Utf16Offsets("a😀b")
    assert offsets.to_codepoint(2) == 2


@given(st.text(alphabet=st.sampled_from("ab é\n😀🇺🇦𝔸")))
def test_many_positions_at_once_are_each_position_converted(text: str) -> None:
    offsets = Utf16Offsets(text)
    positions = [*range(len(text) + 1)][::-1]  # in any order
    assert offsets.to_utf16_many(positions) == [_utf16_length(text[:i]) for i in positions]
