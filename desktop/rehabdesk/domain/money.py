"""Money as integer fen (分): prices, quantities and totals never pass through a float."""

from __future__ import annotations

import re

from rehabdesk.domain.errors import ValidationError

_YUAN = re.compile(r"^(\d{1,9})(?:\.(\d{1,2}))?$")


def parse_yuan(text: str, field: str) -> int:
    """'12', '12.5', '12.50', '¥1,234.50' → fen. Negative or more than two decimals is refused."""
    cleaned = text.strip().replace(",", "").replace("，", "").removeprefix("¥").removeprefix("￥").strip()
    cleaned = cleaned.removesuffix("元").strip()
    match = _YUAN.match(cleaned)
    if match is None:
        raise ValidationError("money_invalid", field)
    yuan, fraction = match.groups()
    return int(yuan) * 100 + int((fraction or "0").ljust(2, "0"))


def format_yuan(fen: int) -> str:
    """1234550 → '12,345.50' (two decimals, as prices are published)."""
    sign = "-" if fen < 0 else ""
    yuan, cents = divmod(abs(fen), 100)
    return f"{sign}{yuan:,}.{cents:02d}"


def line_total(quantity: int, unit_price_fen: int) -> int:
    return quantity * unit_price_fen
