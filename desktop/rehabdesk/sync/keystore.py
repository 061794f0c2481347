"""The device's signing key in the OS keyring (Windows Credential Locker, macOS Keychain, Secret Service).

Insecure backends are refused: ``keyrings.alt`` (merely installing it makes a plain-text file the default on a
headless machine; its encrypted file prompts on the terminal), the ``fail`` and ``null`` backends. Every keyring
call runs in a helper thread bounded by a timeout, because a Secret Service unlock prompt can wait forever.
When no secure keyring is usable the caller keeps the key inside the encrypted station database instead.
"""

from __future__ import annotations

import base64
import binascii
import threading
from collections.abc import Callable
from typing import Any, TypeVar

from rehabdesk.sync.errors import SyncRejected
from rehabdesk.sync.minisign import SecretKey

SERVICE_NAME = "RehabDesk sync device key"
DEFAULT_TIMEOUT = 10.0
_INSECURE_MODULES = ("keyrings.alt", "keyring.backends.fail", "keyring.backends.null")

T = TypeVar("T")


def _bounded(call: Callable[[], T], timeout: float) -> T:
    outcome: dict[str, Any] = {}

    def run() -> None:
        try:
            outcome["value"] = call()
        except BaseException as error:  # handed to the caller's thread
            outcome["error"] = error

    worker = threading.Thread(target=run, name="keyring-call", daemon=True)
    worker.start()
    worker.join(timeout)
    if worker.is_alive():
        raise SyncRejected("keyring_timeout", seconds=timeout)
    if "error" in outcome:
        error = outcome["error"]
        if isinstance(error, SyncRejected):
            raise error
        raise SyncRejected("keyring_failed", error=type(error).__name__) from error
    return outcome["value"]


def backend_refusal(backend: Any) -> str | None:
    """Why ``backend`` may not hold the key (a code), or None when it is a secure one."""
    backends = getattr(backend, "backends", None)
    if backends is not None:  # keyring's ChainerBackend: writes go to its first backend
        if not backends:
            return "keyring_none"
        return backend_refusal(backends[0]) or next(filter(None, (backend_refusal(b) for b in backends)), None)
    module = type(backend).__module__
    if module.startswith(_INSECURE_MODULES):
        return "keyring_none" if module.startswith(_INSECURE_MODULES[1:]) else "keyring_insecure"
    return None


class KeyringStore:
    """Reads and writes device keys under ``SERVICE_NAME`` / ``{station code}/{device id}``."""

    def __init__(self, backend: Any, timeout: float = DEFAULT_TIMEOUT) -> None:
        refusal = backend_refusal(backend)
        if refusal is not None:
            raise SyncRejected(refusal, backend=type(backend).__name__)
        self._backend = backend
        self._timeout = timeout

    @property
    def name(self) -> str:
        return type(self._backend).__name__

    def save(self, account: str, key: SecretKey) -> None:
        text = base64.b64encode(key.to_bytes()).decode("ascii")
        _bounded(lambda: self._backend.set_password(SERVICE_NAME, account, text), self._timeout)
        if self.load(account) != key:
            raise SyncRejected("keyring_failed", error="read_back")

    def load(self, account: str) -> SecretKey:
        text = _bounded(lambda: self._backend.get_password(SERVICE_NAME, account), self._timeout)
        if text is None:
            raise SyncRejected("device_key_missing")
        try:
            return SecretKey.from_bytes(base64.b64decode(text, validate=True))
        except (binascii.Error, ValueError):
            raise SyncRejected("device_key_missing") from None

    def delete(self, account: str) -> None:
        def remove() -> None:
            try:
                self._backend.delete_password(SERVICE_NAME, account)
            except Exception as error:  # keyring.errors.PasswordDeleteError: nothing to delete
                if type(error).__name__ != "PasswordDeleteError":
                    raise

        _bounded(remove, self._timeout)


def system_keystore(timeout: float = DEFAULT_TIMEOUT) -> tuple[KeyringStore | None, str | None]:
    """(the OS keyring, None) when a secure one is usable, else (None, why not: ``keyring_none``,
    ``keyring_insecure``, ``keyring_timeout`` or ``keyring_failed``); the key then stays in the encrypted database."""
    import keyring

    try:
        backend = _bounded(keyring.get_keyring, timeout)
        return KeyringStore(backend, timeout), None
    except SyncRejected as refusal:
        return None, refusal.code
