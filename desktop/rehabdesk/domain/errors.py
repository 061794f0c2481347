"""Errors the core raises on purpose. They carry a code and parameters, never user-facing text:
the UI and the CLI turn codes into translated messages (ui/messages.py)."""

from __future__ import annotations

from typing import Any


class DomainError(Exception):
    """A refusal a station worker can act on: wrong password, invalid input, missing consent …"""

    def __init__(self, code: str, **params: Any) -> None:
        super().__init__(code)
        self.code = code
        self.params = params

    def __str__(self) -> str:
        if not self.params:
            return self.code
        shown = ", ".join(f"{key}={value!r}" for key, value in sorted(self.params.items()))
        return f"{self.code} ({shown})"


class PermissionDenied(DomainError):
    def __init__(self, permission: str, **params: Any) -> None:
        super().__init__("permission_denied", permission=permission, **params)


class ValidationError(DomainError):
    """Bad input in a named field; forms mark that field and keep everything typed."""

    def __init__(self, code: str, field: str, **params: Any) -> None:
        super().__init__(code, field=field, **params)
        self.field = field
