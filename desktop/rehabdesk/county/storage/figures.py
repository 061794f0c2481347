"""The county's manual 汇总表 figures per (division, period)."""

from __future__ import annotations

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from rehabdesk.county.storage.schema import ManualFigure
from rehabdesk.storage.schema.base import utc_now


def put(session: Session, division: str, period: str, name: str, value: str, login: str) -> None:
    row = session.get(ManualFigure, (division, period, name))
    if row is None:
        session.add(ManualFigure(division=division, period=period, name=name, value=value, updated_by=login))
    else:
        row.value, row.updated_at, row.updated_by = value, utc_now(), login


def remove(session: Session, division: str, period: str, name: str) -> None:
    session.execute(
        delete(ManualFigure).where(
            ManualFigure.division == division, ManualFigure.period == period, ManualFigure.name == name
        )
    )


def read(
    session: Session, division: str | None = None, period: str | None = None
) -> dict[tuple[str, str], dict[str, str]]:
    """{(division, period): {name: value}}."""
    query = select(ManualFigure).order_by(ManualFigure.division, ManualFigure.period, ManualFigure.name)
    if division is not None:
        query = query.where(ManualFigure.division == division)
    if period is not None:
        query = query.where(ManualFigure.period == period)
    result: dict[tuple[str, str], dict[str, str]] = {}
    for row in session.scalars(query):
        result.setdefault((row.division, row.period), {})[row.name] = row.value
    return result
