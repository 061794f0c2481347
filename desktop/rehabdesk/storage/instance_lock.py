"""One running RehabDesk per station folder.

An OS file lock is released by the kernel when its process dies, so a crash never leaves a lock that needs
clearing by hand; the lock file only tells a second process who holds it."""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import IO

from rehabdesk.domain.errors import DomainError

if os.name == "nt":
    import msvcrt

    def _try_lock(handle: IO[bytes]) -> bool:
        try:
            msvcrt.locking(handle.fileno(), msvcrt.LK_NBLCK, 1)
        except OSError:
            return False
        return True

else:
    import fcntl

    def _try_lock(handle: IO[bytes]) -> bool:
        try:
            fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            return False
        return True


class InstanceLock:
    def __init__(self, path: Path, holder: str) -> None:
        self._path = path
        self._holder = holder
        self._handle: IO[bytes] | None = None

    def acquire(self) -> None:
        handle = open(self._path, "a+b")  # noqa: SIM115 - held open for the lock's lifetime
        if not _try_lock(handle):
            handle.seek(0)
            try:
                holder = json.loads(handle.read().decode("utf-8") or "{}").get("holder", "")
            except ValueError:
                holder = ""
            handle.close()
            raise DomainError("station_in_use", holder=holder)
        handle.seek(0)
        handle.truncate()
        handle.write(json.dumps({"holder": self._holder, "pid": os.getpid()}).encode("utf-8"))
        handle.flush()
        self._handle = handle

    def release(self) -> None:
        if self._handle is not None:
            self._handle.close()
            self._handle = None

    def __enter__(self) -> InstanceLock:
        self.acquire()
        return self

    def __exit__(self, *exc: object) -> None:
        self.release()
