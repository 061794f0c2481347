"""How a county keeps a record it receives (docs/sync-bundle.md §7–8): the newest version per (type, id) wins."""

from __future__ import annotations

COMMITTED = "committed"
ALREADY = "already"
REJECTED = "rejected"
# The largest version or sequence number the county keeps: 64-bit, what both SQLite and PostgreSQL store.
NUMBER_MAX = 2**63 - 1


def number_fits(value: object) -> bool:
    return type(value) is not int or 0 <= value <= NUMBER_MAX


def upsert_state(incoming_version: int, held_version: int | None) -> str:
    """``committed`` for a record the county does not hold or holds in an older version, else ``already``."""
    return COMMITTED if held_version is None or incoming_version > held_version else ALREADY


def delete_state(held: bool) -> str:
    return COMMITTED if held else ALREADY


def remove_attendee(body: dict, pseudonym: str) -> dict | None:
    """A service record without an erased client among its attendees, or None when they were not there."""
    attendees = body.get("attendees")
    if not isinstance(attendees, list) or pseudonym not in attendees:
        return None
    return {**body, "attendees": [item for item in attendees if item != pseudonym]}
