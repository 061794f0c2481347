"""The queries behind the papers due: each joins the client and answers in one statement, so the due list costs
four queries however many clients the station has."""

from __future__ import annotations

from datetime import date

from sqlalchemy import Row, and_, select
from sqlalchemy.orm import Session

from rehabdesk.storage.repositories.clients import WHO_COLUMNS
from rehabdesk.storage.schema import Agreement, Client, ConsentForm, DocumentScan


def _no_scan(owner_type: str, owner_id) -> object:
    return (
        ~select(DocumentScan.id)
        .where(
            DocumentScan.owner_type == owner_type, DocumentScan.owner_id == owner_id, DocumentScan.deleted_at.is_(None)
        )
        .exists()
    )


def agreements_ending(session: Session, first: date, last: date) -> list[Row]:
    """(…who, agreement id, number, end date) of agreements in force ending from ``first`` to ``last`` that no
    live renewal follows. The renewals are looked up once for the few ending, not per agreement: a correlated
    check on the unindexed ``renews_id`` made SQLite scan every agreement for each one."""
    ending = list(
        session.execute(
            select(*WHO_COLUMNS, Agreement.id, Agreement.number, Agreement.end_date)
            .join(Agreement, Agreement.client_id == Client.id)
            .where(
                Agreement.status == "active",
                Agreement.end_date.between(first, last),
                Agreement.deleted_at.is_(None),
                Client.deleted_at.is_(None),
            )
            .order_by(Agreement.end_date)
        )
    )
    ids = [row[4] for row in ending]
    renewed = (
        set(
            session.scalars(
                select(Agreement.renews_id).where(
                    Agreement.renews_id.in_(ids), Agreement.deleted_at.is_(None), Agreement.status != "terminated"
                )
            )
        )
        if ids
        else set()
    )
    return [row for row in ending if row[4] not in renewed]


def consent_forms_pending(session: Session) -> list[Row]:
    """(…who, form id, number) of consent forms out for signature or still drafts."""
    return list(
        session.execute(
            select(*WHO_COLUMNS, ConsentForm.id, ConsentForm.number)
            .join(ConsentForm, ConsentForm.client_id == Client.id)
            .where(
                ConsentForm.status.in_(("draft", "awaiting_signature")),
                ConsentForm.deleted_at.is_(None),
                Client.deleted_at.is_(None),
            )
            .order_by(ConsentForm.created_at)
        )
    )


def signed_forms_without_scan(session: Session) -> list[Row]:
    """(…who, form id, number, signed on) of signed consent forms whose paper was not scanned in."""
    return list(
        session.execute(
            select(*WHO_COLUMNS, ConsentForm.id, ConsentForm.number, ConsentForm.signed_on)
            .join(ConsentForm, ConsentForm.client_id == Client.id)
            .where(
                and_(ConsentForm.status == "signed", ConsentForm.deleted_at.is_(None), Client.deleted_at.is_(None)),
                _no_scan("consent_form", ConsentForm.id),
            )
        )
    )


def agreements_without_scan(session: Session) -> list[Row]:
    """(…who, agreement id, number, signed on) of agreements in force whose signed paper was not scanned in."""
    return list(
        session.execute(
            select(*WHO_COLUMNS, Agreement.id, Agreement.number, Agreement.signed_on)
            .join(Agreement, Agreement.client_id == Client.id)
            .where(
                and_(Agreement.status == "active", Agreement.deleted_at.is_(None), Client.deleted_at.is_(None)),
                _no_scan("agreement", Agreement.id),
            )
        )
    )
