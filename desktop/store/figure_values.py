"""The values a figure allows, read with its qualifier, and whether two figures can both be
right: "113 drones" and "over 100 drones" agree, "6 dead" and "8 dead" do not."""

from __future__ import annotations

import math

# "about 100" is read as within this fraction of 100.
APPROXIMATELY = 0.1
# (low, high, low included, high included)
Bounds = tuple[float, float, bool, bool]


def bounds(value: float, low: float | None, high: float | None, qualifier: str | None) -> Bounds:
    """The values a figure of ``value`` (a range when ``low`` and ``high``) allows."""
    if low is not None and high is not None:
        return low, high, True, True
    match qualifier:
        case "more_than":
            return value, math.inf, False, False
        case "at_least":
            return value, math.inf, True, False
        case "less_than":
            return -math.inf, value, False, False
        case "at_most":
            return -math.inf, value, False, True
        case "approximately":
            return value * (1 - APPROXIMATELY), value * (1 + APPROXIMATELY), True, True
    return value, value, True, True


def agree_bounds(first: Bounds, second: Bounds) -> bool:
    """Whether some value lies within both."""
    low_a, high_a, low_in_a, high_in_a = first
    low_b, high_b, low_in_b, high_in_b = second
    low, low_in = (
        (low_a, low_in_a)
        if low_a > low_b
        else (low_b, low_in_b)
        if low_b > low_a
        else (low_a, low_in_a and low_in_b)
    )
    high, high_in = (
        (high_a, high_in_a)
        if high_a < high_b
        else (high_b, high_in_b)
        if high_b < high_a
        else (high_a, high_in_a and high_in_b)
    )
    return low < high or (low == high and low_in and high_in)
