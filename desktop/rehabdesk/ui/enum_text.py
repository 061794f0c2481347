"""Looking up the translated name of a stored enumeration code, shared by the *_text modules that hold the names."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from enum import StrEnum

Names = Mapping[type[StrEnum], Mapping[StrEnum, Callable[[], str]]]


def label_of(names: Names, kind: type[StrEnum], value: str) -> str:
    """The display name of a stored code; a code this version does not know is shown as it is."""
    try:
        member = kind(value)
    except ValueError:
        return value
    return names[kind][member]()


def choices(names: Names, kind: type[StrEnum]) -> list[tuple[str, str]]:
    """(stored value, display name) for every member, in declaration order: what a combo box offers."""
    return [(member.value, names[kind][member]()) for member in kind]
