"""A logged-in session at a station: the opened store and the acting account."""

from __future__ import annotations

from dataclasses import dataclass

from rehabdesk.domain.roles import Actor
from rehabdesk.storage.store import Store


@dataclass
class StationContext:
    store: Store
    actor: Actor
    must_change_password: bool = False

    def close(self) -> None:
        self.store.close()
