"""Unexpected errors: a report of where it happened, free of personal data, written to the station's log."""

from __future__ import annotations

import logging
import traceback
from datetime import UTC, datetime
from logging.handlers import RotatingFileHandler
from pathlib import Path

import rehabdesk

_LOGGER = logging.getLogger("rehabdesk")


def safe_report(error: BaseException) -> str:
    """Exception types and stack frames only. Messages are left out: they can quote what a user typed."""
    lines = [f"RehabDesk {rehabdesk.__version__}, {datetime.now(UTC).isoformat(timespec='seconds')}"]
    seen: set[int] = set()
    current: BaseException | None = error
    while current is not None and id(current) not in seen:
        seen.add(id(current))
        lines.append(f"{type(current).__module__}.{type(current).__qualname__}")
        for frame in traceback.extract_tb(current.__traceback__):
            lines.append(f"  {Path(frame.filename).name}:{frame.lineno} in {frame.name}")
        current = current.__cause__ or current.__context__
    return "\n".join(lines)


def configure_logging(logs_dir: Path) -> Path:
    logs_dir.mkdir(parents=True, exist_ok=True)
    path = logs_dir / "rehabdesk.log"
    handler = RotatingFileHandler(path, maxBytes=1_000_000, backupCount=3, encoding="utf-8")
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    _LOGGER.handlers = [handler]
    _LOGGER.setLevel(logging.INFO)
    _LOGGER.propagate = False
    return path


def log_unexpected(error: BaseException) -> str:
    report = safe_report(error)
    _LOGGER.error("unexpected error\n%s", report)
    return report
