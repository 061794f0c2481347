"""Signed sync documents: enrolment files, registration requests and acknowledgements (docs/sync-bundle.md §8).

One text file: the document as one line of canonical JSON (the signed message, newline included), followed by the
four lines of a minisign signature of that line. ``head -1 f > m; tail -4 f > m.minisig; minisign -V -m m`` checks
one with the stock tool.
"""

from __future__ import annotations

import json
from typing import Any

from rehabdesk.sync.errors import SyncRejected
from rehabdesk.sync.minisign import PublicKey, SecretKey, Signature

MAX_SIZE = 16 * 1024 * 1024  # an enrolment file or a registration request


def canonical_line(body: dict[str, Any]) -> bytes:
    return (json.dumps(body, sort_keys=True, separators=(",", ":"), ensure_ascii=True) + "\n").encode("ascii")


def seal(body: dict[str, Any], key: SecretKey, trusted_comment: str) -> bytes:
    line = canonical_line(body)
    return line + key.sign(line, trusted_comment, untrusted_comment=f"rehabdesk {body.get('kind', '')}").encode()


def split(data: bytes, kind: str, *, max_size: int = MAX_SIZE) -> tuple[dict[str, Any], bytes, str]:
    """(body, the signed line, the signature text), checked for shape and ``kind`` but not yet for the signature."""
    if len(data) > max_size:
        raise SyncRejected(f"{kind}_malformed")
    line, _, rest = data.partition(b"\n")
    try:
        body = json.loads(line.decode("utf-8"))
        signature = rest.decode("ascii")
        Signature.parse(signature)
    except (UnicodeDecodeError, ValueError, SyncRejected):
        raise SyncRejected(f"{kind}_malformed") from None
    if not isinstance(body, dict) or body.get("kind") != f"rehabdesk-{kind.replace('_', '-')}":
        raise SyncRejected(f"{kind}_malformed")
    if body.get("format_version") != 1:
        raise SyncRejected(f"{kind}_unsupported_version")
    return body, line + b"\n", signature


def verify(data: bytes, kind: str, key: PublicKey, *, max_size: int = MAX_SIZE) -> dict[str, Any]:
    body, line, signature = split(data, kind, max_size=max_size)
    try:
        key.verify(line, signature)
    except SyncRejected as refusal:
        raise SyncRejected(f"{kind}_signature_invalid", detail=refusal.code) from None
    return body
