"""Money is integer fen from the first keystroke to the grand total."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from rehabdesk.domain.agreements import FeeLine, FundingSource, grand_total, self_paid_total
from rehabdesk.domain.errors import ValidationError
from rehabdesk.domain.money import format_yuan, parse_yuan


@pytest.mark.parametrize(
    ("typed", "fen"),
    [
        ("12", 1200),
        ("12.5", 1250),
        ("12.50", 1250),
        ("0.1", 10),
        ("0.01", 1),
        ("0", 0),
        ("¥1,234.50", 123450),
        ("￥ 30 元", 3000),
        (" 8.05 ", 805),
    ],
)
def test_typed_yuan_becomes_exact_fen(typed: str, fen: int) -> None:
    assert parse_yuan(typed, "price") == fen


@pytest.mark.parametrize("typed", ["", "-1", "1.005", "abc", "1e3", "1..2", "12.", "0.1.1"])
def test_bad_amounts_are_refused_naming_the_field(typed: str) -> None:
    with pytest.raises(ValidationError) as caught:
        parse_yuan(typed, "price")
    assert caught.value.code == "money_invalid"
    assert caught.value.field == "price"


def test_formatting_shows_two_decimals_and_thousands() -> None:
    assert format_yuan(0) == "0.00"
    assert format_yuan(5) == "0.05"
    assert format_yuan(123450) == "1,234.50"
    assert format_yuan(100000000) == "1,000,000.00"


@given(st.integers(min_value=0, max_value=10**11 - 1))
def test_format_then_parse_round_trips(fen: int) -> None:
    assert parse_yuan(format_yuan(fen), "price") == fen


def test_totals_add_in_fen_where_floats_would_drift() -> None:
    # 0.1 + 0.2 != 0.3 in binary floating point; ten lines of 0.10 yuan must still total exactly 1.00.
    lines = [FeeLine("茶点", "次", 1, 10, FundingSource.SELF_PAID) for _ in range(10)]
    lines.append(FeeLine("午餐", "餐", 3, 1250, FundingSource.SUBSIDISED))
    lines.append(FeeLine("康复训练", "次", 8, 0, FundingSource.GOVERNMENT))
    assert grand_total(lines) == 100 + 3750
    assert self_paid_total(lines) == 100
    assert format_yuan(grand_total(lines)) == "38.50"
