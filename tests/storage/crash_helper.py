"""Child process for the crash and disk-full tests (tests/storage/test_crash.py, test_rotation.py).

    python tests/storage/crash_helper.py writer DIR ROUND      write units of work until killed
    python tests/storage/crash_helper.py rotate DIR STEP       rotate the master key, SIGKILL itself at STEP
    python tests/storage/crash_helper.py fill DIR LIMIT        write until the disk is full (LIMIT > 0: ulimit -f)

Every line it prints is flushed before the next unit of work starts, so the parent knows what was committed."""

from __future__ import annotations

import os
import resource
import secrets
import signal
import sys
from pathlib import Path

ADMIN_LOGIN = "admin"
ADMIN_PASSWORD = "correct-horse-9"


def _die() -> None:
    os.kill(os.getpid(), signal.SIGKILL)


def _say(*parts: object) -> None:
    print(*parts, flush=True)


def _open(folder: str):
    from rehabdesk.services import sessions
    from rehabdesk.storage.keys import KeyPolicy
    from rehabdesk.storage.paths import StationPaths

    return sessions.unlock(StationPaths(Path(folder)), ADMIN_LOGIN, ADMIN_PASSWORD, KeyPolicy.for_tests())


def writer(folder: str, round_number: str) -> None:
    """Loop over three kinds of unit of work: an account (slot file + database), a setting and a station edit."""
    from dataclasses import replace

    from rehabdesk.domain.roles import Role
    from rehabdesk.services import accounts, settings

    ctx = _open(folder)
    _say("ready")
    n = 0
    while True:
        n += 1
        kind = n % 3
        if kind == 0:
            login = f"r{round_number}n{n}"
            accounts.create_account(ctx, login, "Crash Test", frozenset({Role.STAFF}), "crash-pass-1")
            done = f"account {login}"
        elif kind == 1:
            current = settings.read_settings(ctx)
            settings.update_settings(ctx, replace(current, idle_lock_minutes=1 + n % 200))
            done = f"setting {1 + n % 200}"
        else:
            details = settings.read_station(ctx)
            address = f"r{round_number}n{n}"
            settings.update_station(ctx, replace(details, address=address))
            done = f"address {address}"
        head = ctx.store.read_audit_anchor()
        _say("committed", head.seq, head.hash, done)


def rotate(folder: str, step: str) -> None:
    from sqlalchemy import event

    from rehabdesk.services import keys_admin
    from rehabdesk.storage import rotation

    ctx = _open(folder)
    if step in ("export_start", "export_done"):
        marker = "sqlcipher_export" if step == "export_start" else "UPDATE rotated.store_meta"

        def trace(statement: str) -> None:
            if marker in statement:
                _die()

        event.listen(ctx.store.engine, "connect", lambda connection, _record: connection.set_trace_callback(trace))
        ctx.store.engine.dispose()  # new connections get the trace

    class KillAt:
        def step(self, done: int, total: int, note: str = "") -> None:
            assert total == len(rotation.ROTATION_STEPS)
            if str(done) == step:
                _die()

    keys_admin.rotate_key(ctx, ADMIN_PASSWORD, progress=KillAt())
    _say("rotated")


def fill(folder: str, limit: str) -> None:
    """Save new versions of a document template with incompressible text until the disk (or the file-size limit)
    is full: a template body is free text, so each save is a few kilobytes."""
    from rehabdesk.documents.templates import default_template
    from rehabdesk.domain.errors import DomainError
    from rehabdesk.services import templates

    ctx = _open(folder)
    if int(limit) > 0:
        # Python ignores SIGXFSZ, so writes past the limit fail with EFBIG instead of killing the process.
        resource.setrlimit(resource.RLIMIT_FSIZE, (int(limit), int(limit)))
    _say("ready")
    base = default_template("fees").body
    for n in range(1, 5000):
        marker = f"n{n}-" + secrets.token_hex(3)
        try:
            templates.save_template(ctx, "fees", f"{base}\n{marker}\n{secrets.token_hex(3000)}\n")
        except DomainError as error:
            _say("refused", n, error.code, marker)
            return
        _say("saved", n, marker)
    _say("never full")


if __name__ == "__main__":
    command, *arguments = sys.argv[1:]
    {"writer": writer, "rotate": rotate, "fill": fill}[command](*arguments)
