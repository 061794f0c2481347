"""Informed consent, service agreements, the fee schedule, document templates and scanned paper copies."""

from __future__ import annotations

from datetime import date

from sqlalchemy import Date, ForeignKey, Index, Integer, LargeBinary, String, Text, UniqueConstraint, text
from sqlalchemy.orm import Mapped, mapped_column

from rehabdesk.storage.schema.base import Base, SyncRow


class DocumentTemplate(SyncRow, Base):
    """Versioned template text; a new version is added, never edited, so every printed version stays known."""

    __tablename__ = "document_template"
    __table_args__ = (UniqueConstraint("kind", "template_version", name="uq_document_template_kind_version"),)

    kind: Mapped[str] = mapped_column(String(16))
    template_version: Mapped[int] = mapped_column(Integer)
    body: Mapped[str] = mapped_column(Text)


class DocumentSequence(Base):
    """The last number handed out per document kind and year; station-local, never synced."""

    __tablename__ = "document_sequence"

    prefix: Mapped[str] = mapped_column(String(8), primary_key=True)
    year: Mapped[int] = mapped_column(Integer, primary_key=True)
    last: Mapped[int] = mapped_column(Integer)


class FeeItem(SyncRow, Base):
    """A published price (明码标价). Retiring an item keeps it for the agreements that list it."""

    __tablename__ = "fee_item"

    name: Mapped[str] = mapped_column(String(100))
    unit: Mapped[str] = mapped_column(String(20))
    price_fen: Mapped[int] = mapped_column(Integer)
    funding: Mapped[str] = mapped_column(String(20))
    position: Mapped[int] = mapped_column(Integer, default=0)
    retired: Mapped[bool] = mapped_column(default=False)


class ConsentForm(SyncRow, Base):
    """One numbered 知情同意书: the kinds it offers and how far it got."""

    __tablename__ = "consent_form"
    # Forms pending and signed ones to scan, read from the index alone.
    __table_args__ = (
        Index("ix_consent_form_due", "status", "deleted_at", "client_id", "id", "number", "signed_on", "created_at"),
    )

    number: Mapped[str] = mapped_column(String(40), unique=True)
    client_id: Mapped[str] = mapped_column(ForeignKey("client.id"), index=True)
    template_version: Mapped[int] = mapped_column(Integer)
    kinds: Mapped[str] = mapped_column(String(120))  # offered kinds, comma-separated codes
    status: Mapped[str] = mapped_column(String(20), index=True)
    signer: Mapped[str | None] = mapped_column(String(10), default=None)
    guardian_id: Mapped[str | None] = mapped_column(ForeignKey("guardian.id"), default=None)
    signed_on: Mapped[date | None] = mapped_column(Date, default=None)
    witness_staff_id: Mapped[str | None] = mapped_column(ForeignKey("staff.id"), default=None)
    void_reason: Mapped[str] = mapped_column(String(200), default="")


class Consent(SyncRow, Base):
    """One kind granted on a signed form. Withdrawal changes its status; the row is never deleted."""

    __tablename__ = "consent"
    __table_args__ = (
        Index("ix_consent_client_kind", "client_id", "kind"),
        # What the indicators ask of every live consent, from the index alone.
        Index(
            "ix_consent_live_facts",
            "client_id",
            "kind",
            "status",
            "signer",
            "signed_on",
            "withdrawn_on",
            "deleted_at",
            sqlite_where=text("deleted_at IS NULL"),
        ),
    )

    form_id: Mapped[str] = mapped_column(ForeignKey("consent_form.id"), index=True)
    client_id: Mapped[str] = mapped_column(ForeignKey("client.id"))
    kind: Mapped[str] = mapped_column(String(20))
    status: Mapped[str] = mapped_column(String(12))
    signer: Mapped[str] = mapped_column(String(10))
    signed_on: Mapped[date] = mapped_column(Date)
    withdrawn_on: Mapped[date | None] = mapped_column(Date, default=None)
    withdrawal_reason: Mapped[str] = mapped_column(String(200), default="")
    withdrawal_recorded_by: Mapped[str | None] = mapped_column(ForeignKey("account.id"), default=None)


class Agreement(SyncRow, Base):
    __tablename__ = "agreement"
    # Agreements in force by end date (ending soon, in force today: scans missing), read from the index alone.
    __table_args__ = (
        Index("ix_agreement_due", "status", "deleted_at", "end_date", "client_id", "id", "number", "signed_on"),
        # What the indicators ask of every live agreement, from the index alone.
        Index(
            "ix_agreement_live_facts",
            "client_id",
            "number",
            "status",
            "signer",
            "signed_on",
            "start_date",
            "end_date",
            "terminated_on",
            "deleted_at",
            sqlite_where=text("deleted_at IS NULL"),
        ),
    )

    number: Mapped[str] = mapped_column(String(40), unique=True)
    client_id: Mapped[str] = mapped_column(ForeignKey("client.id"), index=True)
    template_version: Mapped[int] = mapped_column(Integer)
    guardian_id: Mapped[str | None] = mapped_column(ForeignKey("guardian.id"), default=None)
    service_types: Mapped[str] = mapped_column(String(400))  # comma-separated codes
    service_forms: Mapped[str] = mapped_column(String(200))
    place: Mapped[str] = mapped_column(String(200), default="")
    schedule: Mapped[str] = mapped_column(String(200), default="")
    start_date: Mapped[date] = mapped_column(Date)
    end_date: Mapped[date] = mapped_column(Date, index=True)
    status: Mapped[str] = mapped_column(String(12))
    signer: Mapped[str | None] = mapped_column(String(10), default=None)
    signed_on: Mapped[date | None] = mapped_column(Date, default=None)
    station_signatory_id: Mapped[str | None] = mapped_column(ForeignKey("staff.id"), default=None)
    terminated_on: Mapped[date | None] = mapped_column(Date, default=None)
    termination_reason: Mapped[str] = mapped_column(String(200), default="")
    renews_id: Mapped[str | None] = mapped_column(ForeignKey("agreement.id"), default=None, index=True)


class AgreementFeeLine(SyncRow, Base):
    """Name, unit, price and funding are copied from the fee schedule at signing and never follow it again."""

    __tablename__ = "agreement_fee_line"

    agreement_id: Mapped[str] = mapped_column(ForeignKey("agreement.id"), index=True)
    position: Mapped[int] = mapped_column(Integer)
    fee_item_id: Mapped[str | None] = mapped_column(ForeignKey("fee_item.id"), default=None)
    name: Mapped[str] = mapped_column(String(100))
    unit: Mapped[str] = mapped_column(String(20))
    quantity: Mapped[int] = mapped_column(Integer)
    unit_price_fen: Mapped[int] = mapped_column(Integer)
    funding: Mapped[str] = mapped_column(String(20))


class DocumentScan(SyncRow, Base):
    """The signed paper copy, kept inside the encrypted database (never as a loose file) with its SHA-256."""

    __tablename__ = "document_scan"
    # With deleted_at, "has this paper a live scan" is answered from the index alone.
    __table_args__ = (Index("ix_document_scan_owner", "owner_type", "owner_id", "deleted_at"),)

    owner_type: Mapped[str] = mapped_column(String(20))  # "consent_form" | "agreement"
    owner_id: Mapped[str] = mapped_column(String(36))
    media_type: Mapped[str] = mapped_column(String(40))
    byte_size: Mapped[int] = mapped_column(Integer)
    sha256: Mapped[str] = mapped_column(String(64))
    content: Mapped[bytes] = mapped_column(LargeBinary, deferred=True)  # loaded only when viewed
