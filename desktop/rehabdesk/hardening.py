"""Process-level protections applied before any data is touched."""

from __future__ import annotations

import contextlib
import ctypes
import os
import sys

_PR_SET_DUMPABLE = 4


def harden_process() -> None:
    """No core dumps (they would hold decrypted records and the key); files private to the user."""
    os.umask(0o077)
    if os.name != "posix":
        return
    import resource

    resource.setrlimit(resource.RLIMIT_CORE, (0, 0))
    if sys.platform.startswith("linux"):
        with contextlib.suppress(OSError, AttributeError):
            ctypes.CDLL(None).prctl(_PR_SET_DUMPABLE, 0, 0, 0, 0)
