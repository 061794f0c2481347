"""A signed-in session at the county: the opened store (the station's Store, on the county's files) and the actor."""

from __future__ import annotations

from dataclasses import dataclass

from rehabdesk.domain.roles import Actor
from rehabdesk.storage.store import Store


@dataclass
class CountyContext:
    store: Store
    actor: Actor
    must_change_password: bool = False

    def close(self) -> None:
        self.store.close()
