"""Sending bundles to the county server from the app (issue 15): when asked (the sync page's "send now"), by itself
on start and every few hours (a setting), and before the closing backup.

Each attempt is an Operations job, so the window never waits on the network. A background attempt tries once; a
failure is tried again after 5, 15, then 60 minutes, and is shown only once the data has waited longer than a
threshold (a setting): a county server down for an afternoon is no news. The attempt before the closing backup
tries once with short timeouts and stays silent: closing never waits long and never fails because of the county."""

from __future__ import annotations

import contextlib
from dataclasses import dataclass
from datetime import datetime, timedelta

from PySide6.QtCore import QObject, QTimer, Signal

from rehabdesk.domain import clock
from rehabdesk.domain.errors import DomainError
from rehabdesk.domain.roles import Permission
from rehabdesk.services import sync, sync_push
from rehabdesk.services.context import StationContext
from rehabdesk.services.settings import StationSettings
from rehabdesk.sync.transport import Cancel, RetryPolicy
from rehabdesk.ui.operations import Operations

START_DELAY_MS = 20_000  # let the window settle and the first pages load first
RETRY_MINUTES = (5, 15, 60)
BY_HAND = RetryPolicy(attempts=3, first_delay=1.0, factor=4.0, connect_timeout=5.0)
BACKGROUND = RetryPolicy(attempts=1, connect_timeout=5.0)
CLOSING = RetryPolicy(attempts=1, connect_timeout=3.0, read_timeout=20.0)


@dataclass(frozen=True)
class SenderState:
    server: str | None
    sending: bool
    last_success: datetime | None  # the county's last acknowledgement
    error: DomainError | None  # why the last attempt failed (None after a success)
    overdue: bool  # failing, with data waiting longer than the threshold
    waiting_since: datetime | None
    by_hand: bool  # the last attempt was asked for ("send now"): its failure is shown at once

    @property
    def shown_error(self) -> DomainError | None:
        return self.error if self.by_hand or self.overdue else None


class CountySender(QObject):
    changed = Signal()

    def __init__(self, ctx: StationContext, ops: Operations, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._ops = ops
        self._server: str | None = None
        self._sending = False
        self._last_success: datetime | None = None
        self._waiting_since: datetime | None = None
        self._error: DomainError | None = None
        self._failures = 0
        self._interval_hours = StationSettings().push_interval_hours
        self._alert_hours = StationSettings().push_alert_hours
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self._tick)
        self.allowed = ctx.actor.may(Permission.EXPORT_BUNDLES)
        self._periodic = False
        self._by_hand = False
        self._cancel = Cancel()

    @property
    def state(self) -> SenderState:
        overdue = (
            self._error is not None
            and self._waiting_since is not None
            and clock.now() - self._waiting_since > timedelta(hours=self._alert_hours)
        )
        return SenderState(
            self._server, self._sending, self._last_success, self._error, overdue, self._waiting_since, self._by_hand
        )

    def refresh(self) -> None:
        self._ops.run(None, lambda: sync.sync_status(self._ctx), on_success=self._show, on_failure=lambda e: None)

    def _show(self, status: sync.SyncStatus) -> None:
        self._server = status.server
        self._last_success = status.last_acknowledged_at
        self._waiting_since = status.waiting_since
        self.changed.emit()

    def start_periodic(self, settings: StationSettings) -> None:
        """Send on start (shortly), then every ``push_interval_hours``, for accounts allowed to send."""
        self.apply_settings(settings)
        self.refresh()
        if self.allowed:
            self._periodic = True
            self._timer.start(START_DELAY_MS)

    def apply_settings(self, settings: StationSettings) -> None:
        self._interval_hours = settings.push_interval_hours
        self._alert_hours = settings.push_alert_hours

    def stop(self) -> None:
        """No more attempts; one in progress is broken off (the app is closing or signing out)."""
        self._periodic = False
        self._timer.stop()
        self._cancel()

    def _tick(self) -> None:
        if self._server is None or self._sending:
            self._timer.start(self._interval_ms())
            return
        self._by_hand = False
        self._send(BACKGROUND)

    def send_now(self) -> None:
        if not self._sending:
            self._by_hand = True
            self._send(BY_HAND)

    def _interval_ms(self) -> int:
        return self._interval_hours * 3600 * 1000

    def _send(self, policy: RetryPolicy) -> None:
        self._sending = True
        self.changed.emit()
        ctx = self._ctx
        cancel = self._cancel = Cancel()

        def work() -> sync.SyncStatus | DomainError:
            # The refusal comes back as the result: Operations drops a job's outcome when the session closed
            # (screen locked) meanwhile, and this one must always clear ``sending``.
            try:
                sync_push.push(ctx, policy=policy, cancel=cancel)
                return sync.sync_status(ctx)
            except DomainError as error:
                return error

        self._ops.run(None, work, on_success=self._finished)

    def _finished(self, outcome: sync.SyncStatus | DomainError) -> None:
        if isinstance(outcome, sync.SyncStatus):
            self._sent(outcome)
        elif outcome.code in ("session_closed", "county_send_cancelled"):
            self._sending = False
            if self._periodic:
                self._timer.start(RETRY_MINUTES[0] * 60 * 1000)
            self.changed.emit()
        else:
            self._failed(outcome)

    def _sent(self, status: sync.SyncStatus) -> None:
        self._sending = False
        self._error = None
        self._failures = 0
        if self._periodic:
            self._timer.start(self._interval_ms())
        self._show(status)

    def _failed(self, error: DomainError) -> None:
        self._sending = False
        self._error = error
        self._failures += 1
        if self._periodic:
            minutes = RETRY_MINUTES[min(self._failures, len(RETRY_MINUTES)) - 1]
            self._timer.start(min(minutes * 60 * 1000, self._interval_ms()))
        self.refresh()  # the bundle written before the failure is what is now waiting

    def before_close(self) -> None:
        """One quick, silent attempt (called before the closing backup, on the GUI thread)."""
        if not self.allowed or self._server is None or self._sending:
            return
        with contextlib.suppress(DomainError):  # tried again at the next start
            sync_push.push(self._ctx, policy=CLOSING)
