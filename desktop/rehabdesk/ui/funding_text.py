"""Translated names for where a fee item's money comes from (domain.agreements.FundingSource)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication

from rehabdesk.domain.agreements import FundingSource


def _labels() -> dict[FundingSource, Callable[[], str]]:
    translate = QCoreApplication.translate
    return {
        FundingSource.GOVERNMENT: lambda: translate("funding", "Government-purchased / free"),
        FundingSource.SELF_PAID: lambda: translate("funding", "Self-paid"),
        FundingSource.SUBSIDISED: lambda: translate("funding", "Subsidised"),
    }


def label(code: str) -> str:
    """The name shown for a stored code; an unknown code (from a newer version, say) is shown as stored."""
    try:
        source = FundingSource(code)
    except ValueError:
        return code
    return _labels()[source]()


def choices() -> list[tuple[str, str]]:
    """(code, name) pairs in the enumeration's order, for a combo box."""
    return [(source.value, text()) for source, text in _labels().items()]
