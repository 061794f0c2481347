"""Why the county refused something. Codes only; the county's UI and CLI say them in Chinese."""

from __future__ import annotations

from typing import Any

from rehabdesk.domain.errors import DomainError


class CountyRefused(DomainError):
    """A county action refused with a code listed in ``rehabdesk.county.ui.messages``."""

    def __init__(self, code: str, **params: Any) -> None:
        super().__init__(code, **params)
