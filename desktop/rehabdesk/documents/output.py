"""Saving rendered documents to disk."""

from __future__ import annotations

from pathlib import Path

from rehabdesk.durable import atomic_write_bytes


def write_pdf(path: Path | str, data: bytes) -> None:
    """Write a rendered PDF durably; refuse anything that is not a complete PDF."""
    # A half-built buffer would replace a good earlier copy and only show at printing.
    if not data.startswith(b"%PDF-") or b"%%EOF" not in data[-1024:]:
        raise ValueError("not a complete PDF document")
    atomic_write_bytes(Path(path), data)
