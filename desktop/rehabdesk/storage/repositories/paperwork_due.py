"""The queries behind the papers due: each joins the client and answers in one statement, so the due list costs
four queries however many clients the station has."""

from __future__ import annotations

from datetime import date

from sqlalchemy import Row, and_, select
from sqlalchemy.orm import Session, aliased

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
    live renewal follows (found through the ``renews_id`` index, one probe per agreement ending)."""
    renewal = aliased(Agreement)
    renewed = (
        select(renewal.id)
        .where(renewal.renews_id == Agreement.id, renewal.deleted_at.is_(None), renewal.status != "terminated")
        .exists()
    )
    return list(
        session.execute(
            select(*WHO_COLUMNS, Agreement.id, Agreement.number, Agreement.end_date)
            .join(Agreement, Agreement.client_id == Client.id)
            .where(
                Agreement.status == "active",
                Agreement.end_date.between(first, last),
                Agreement.deleted_at.is_(None),
                Client.deleted_at.is_(None),
                ~renewed,
            )
            .order_by(Agreement.end_date)
        )
    )


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


def agreements_without_scan(session: Session, in_force_on: date) -> list[Row]:
    """(…who, agreement id, number, signed on) of agreements in force on ``in_force_on`` whose signed paper was not
    scanned in. An agreement that has ended is listed as ended (or renewed), not as a scan to chase."""
    return list(
        session.execute(
            select(*WHO_COLUMNS, Agreement.id, Agreement.number, Agreement.signed_on)
            .join(Agreement, Agreement.client_id == Client.id)
            .where(
                and_(
                    Agreement.status == "active",
                    Agreement.end_date >= in_force_on,
                    Agreement.deleted_at.is_(None),
                    Client.deleted_at.is_(None),
                ),
                _no_scan("agreement", Agreement.id),
            )
        )
    )
