"""A read run beside the caller's work: on a second pooled connection in a worker thread, while the caller's thread
goes on with its own queries and Python. sqlcipher3 releases the GIL in sqlite3_step, so on two cores both
connections' SQL runs at once.

Each connection reads its own WAL snapshot. The second one's result is used only when it saw the same change-log
head as the caller's transaction (every write of a sync row moves it); otherwise a write landed between the two,
and the read runs again in the caller's unit of work. Either way the caller gets what its own snapshot holds."""

from __future__ import annotations

from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from typing import Generic, TypeVar

from rehabdesk.storage.repositories import change_log
from rehabdesk.storage.store import Store
from rehabdesk.storage.unit_of_work import UnitOfWork

T = TypeVar("T")


class Alongside(Generic[T]):
    """``read`` started on a second connection; :meth:`result` waits for it. The caller's read transaction must
    have begun (an earlier statement took its snapshot)."""

    def __init__(self, store: Store, uow: UnitOfWork, read: Callable[[UnitOfWork], T]) -> None:
        self._uow, self._read = uow, read
        self._head = change_log.head(uow.session)
        pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="read-alongside")
        self._future = pool.submit(self._read_on_second, store)
        pool.shutdown(wait=False)

    def _read_on_second(self, store: Store) -> tuple[int, T]:
        with store.unit_of_work(None, read_only=True) as uow:
            head = change_log.head(uow.session)  # the transaction's first statement takes its snapshot
            return head, self._read(uow)

    def result(self) -> T:
        head, found = self._future.result()
        return found if head == self._head else self._read(self._uow)
