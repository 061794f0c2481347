"""Benchmark-only tables: on their own metadata, created next to the migrated schema in a benchmark database.

``BenchVisit`` is shaped like a visit record and built on the project's ``SyncRow`` mixin (UUID key, UTC
timestamps, optimistic-lock version), so the store's change-log hook writes a row for every insert, as it will for
real records. Imported lazily by the benchmarks; not a bench_* module, so the runner does not import it."""

from __future__ import annotations

from datetime import date

from sqlalchemy import Date, Index, Integer, MetaData, String, Text
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

from rehabdesk.storage.schema.base import NAMING_CONVENTION, SyncRow


class BenchBase(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)


class BenchVisit(SyncRow, BenchBase):
    __tablename__ = "bench_visit"
    __table_args__ = (Index("ix_bench_visit_patient_date", "patient_ref", "visit_date"),)

    patient_ref: Mapped[str] = mapped_column(String(36))
    visit_date: Mapped[date] = mapped_column(Date)
    kind: Mapped[str] = mapped_column(String(16))
    staff_login: Mapped[str] = mapped_column(String(32))
    minutes: Mapped[int] = mapped_column(Integer)
    note: Mapped[str] = mapped_column(Text)
