"""The queries behind the papers due: each kind is one statement of ``due_lists.due_columns`` (plus the owner type
of the paper) that joins the client, so the due list costs a query per kind however many clients the station has."""

from __future__ import annotations

from datetime import date

from sqlalchemy import CompoundSelect, Select, and_, literal, select, union_all
from sqlalchemy.orm import aliased

from rehabdesk.storage.repositories.due_lists import due_columns
from rehabdesk.storage.schema import Agreement, Client, ConsentForm, DocumentScan


def _no_scan(owner_type: str, owner_id) -> object:
    # Selecting a constant, not the scan's id, lets SQLite answer each probe from the owner index alone.
    return (
        ~select(literal(1))
        .where(
            DocumentScan.owner_type == owner_type, DocumentScan.owner_id == owner_id, DocumentScan.deleted_at.is_(None)
        )
        .exists()
    )


def _owner(owner_type: str):
    return literal(owner_type).label("owner_type")


def agreements_ending(first: date, last: date) -> Select:
    """Agreements in force ending from ``first`` to ``last`` that no live renewal follows (found through the
    ``renews_id`` index, one probe per agreement ending)."""
    renewal = aliased(Agreement)
    renewed = (
        select(renewal.id)
        .where(renewal.renews_id == Agreement.id, renewal.deleted_at.is_(None), renewal.status != "terminated")
        .exists()
    )
    return (
        select(*due_columns(Agreement.end_date, item_id=Agreement.id, subject=Agreement.number), _owner("agreement"))
        .join(Agreement, Agreement.client_id == Client.id)
        .where(
            Agreement.status == "active",
            Agreement.end_date.between(first, last),
            Agreement.deleted_at.is_(None),
            Client.deleted_at.is_(None),
            ~renewed,
        )
    )


def consent_forms_pending() -> Select:
    """Consent forms out for signature or still drafts (undated), oldest first."""
    return (
        select(
            *due_columns(None, item_id=ConsentForm.id, subject=ConsentForm.number, tiebreak=ConsentForm.created_at),
            _owner("consent_form"),
        )
        .join(ConsentForm, ConsentForm.client_id == Client.id)
        .where(
            ConsentForm.status.in_(("draft", "awaiting_signature")),
            ConsentForm.deleted_at.is_(None),
            Client.deleted_at.is_(None),
        )
    )


def scans_missing(in_force_on: date) -> CompoundSelect:
    """Signed consent forms, and agreements in force on ``in_force_on``, whose signed paper was not scanned in,
    dated by their signing. An agreement that has ended is listed as ended (or renewed), not as a scan to chase."""
    forms = (
        select(
            *due_columns(ConsentForm.signed_on, item_id=ConsentForm.id, subject=ConsentForm.number),
            _owner("consent_form"),
        )
        .join(ConsentForm, ConsentForm.client_id == Client.id)
        .where(
            and_(ConsentForm.status == "signed", ConsentForm.deleted_at.is_(None), Client.deleted_at.is_(None)),
            _no_scan("consent_form", ConsentForm.id),
        )
    )
    agreements = (
        select(*due_columns(Agreement.signed_on, item_id=Agreement.id, subject=Agreement.number), _owner("agreement"))
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
    return union_all(forms, agreements)
