"""Account look-ups."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from rehabdesk.storage.schema import Account


def by_login(session: Session, login: str) -> Account | None:
    return session.scalar(select(Account).where(Account.login == login))


def by_id(session: Session, account_id: str) -> Account | None:
    return session.get(Account, account_id)


def all_accounts(session: Session) -> list[Account]:
    return list(session.scalars(select(Account).where(Account.deleted_at.is_(None)).order_by(Account.login)))


def of_staff(session: Session, staff_id: str) -> list[Account]:
    return list(session.scalars(select(Account).where(Account.staff_id == staff_id, Account.deleted_at.is_(None))))
