"""Why a bundle, a signature, an enrolment file or an acknowledgement was refused."""

from __future__ import annotations

from typing import Any

from rehabdesk.domain.errors import DomainError


class SyncRejected(DomainError):
    """A sync file refused with a named reason (``code``), e.g. ``sync_signature_invalid``.

    Codes are listed in docs/sync-bundle.md; like every DomainError, no user-facing text and no personal data.
    """

    def __init__(self, code: str, **params: Any) -> None:
        super().__init__(code, **params)
