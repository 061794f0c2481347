"""Failed logins happen before the database can be opened, so they go to an append-only side file first.

Each line is JSON: time, login, event ("failed", "success", "reset"). Nothing else, and never a password. At the
next unlock the lines not yet imported are copied into the audit chain."""

from __future__ import annotations

import hashlib
import json
import os
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from rehabdesk.domain.station import LOGIN_MAX_LENGTH

FAILED = "failed"
SUCCESS = "success"
RESET = "reset"


@dataclass(frozen=True)
class AuthEvent:
    at: datetime
    login: str
    event: str


def clipped(login: str) -> str:
    """At most the length an account name can have, plus a mark that no account name contains, so a clipped name
    never counts against (or locks out) the account whose name it starts with."""
    return login if len(login) <= LOGIN_MAX_LENGTH else login[:LOGIN_MAX_LENGTH] + "…"


def record(path: Path, login: str, event: str, at: datetime | None = None) -> None:
    line = json.dumps(
        {"at": (at or datetime.now(UTC)).isoformat(timespec="seconds"), "login": clipped(login), "event": event},
        ensure_ascii=False,
    )
    fd = os.open(path, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o600)
    try:
        os.write(fd, (line + "\n").encode("utf-8"))
        os.fsync(fd)
    finally:
        os.close(fd)


def parse(raw: str | bytes) -> AuthEvent | None:
    """One line; None for a line torn by a crash mid-write (skipped, not fatal)."""
    try:
        item = json.loads(raw)
        return AuthEvent(datetime.fromisoformat(item["at"]), str(item["login"]), str(item["event"]))
    except (ValueError, KeyError, TypeError):
        return None


def read_all(path: Path) -> list[AuthEvent]:
    if not path.exists():
        return []
    parsed = (parse(raw) for raw in path.read_text(encoding="utf-8", errors="replace").splitlines())
    return [event for event in parsed if event is not None]


def complete_lines(path: Path) -> list[bytes]:
    """The lines whole on disk (each ends in a newline). A line torn by a crash has none; the next record is
    appended to it, so only complete lines may be counted as imported without the count moving later."""
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        return []
    return data.splitlines(keepends=True)[: data.count(b"\n")]


def digest(lines: list[bytes]) -> str:
    return hashlib.sha256(b"".join(lines)).hexdigest()


@dataclass(frozen=True)
class LoginState:
    consecutive_failures: int
    last_failure_at: datetime | None


def login_state(events: list[AuthEvent], login: str) -> LoginState:
    failures = 0
    last_failure = None
    for event in events:
        if event.login != login:
            continue
        if event.event == FAILED:
            failures += 1
            last_failure = event.at
        else:
            failures = 0
            last_failure = None
    return LoginState(failures, last_failure)
