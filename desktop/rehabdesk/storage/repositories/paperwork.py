"""Consent forms, consents, agreements, fee items, templates, numbering and scans."""

from __future__ import annotations

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from rehabdesk.domain.agreements import AgreementStatus, latest_first_key
from rehabdesk.domain.consent import ConsentFormStatus, form_latest_first_key
from rehabdesk.storage.schema import (
    Agreement,
    AgreementFeeLine,
    Consent,
    ConsentForm,
    DocumentScan,
    DocumentSequence,
    DocumentTemplate,
    FeeItem,
)


def next_sequence(session: Session, prefix: str, year: int) -> int:
    """The next number for ``prefix`` in ``year``. Write transactions begin IMMEDIATE, so two connections asking
    at once are serialised by SQLite's write lock; the unique document number is the backstop."""
    row = session.get(DocumentSequence, (prefix, year))
    if row is None:
        row = DocumentSequence(prefix=prefix, year=year, last=0)
        session.add(row)
    row.last += 1
    session.flush()
    return row.last


def latest_template(session: Session, kind: str) -> DocumentTemplate | None:
    return session.scalar(
        select(DocumentTemplate)
        .where(DocumentTemplate.kind == kind, DocumentTemplate.deleted_at.is_(None))
        .order_by(DocumentTemplate.template_version.desc())
        .limit(1)
    )


def template_version(session: Session, kind: str, version: int) -> DocumentTemplate | None:
    return session.scalar(
        select(DocumentTemplate).where(DocumentTemplate.kind == kind, DocumentTemplate.template_version == version)
    )


def template_versions(session: Session, kind: str) -> list[DocumentTemplate]:
    return list(
        session.scalars(
            select(DocumentTemplate)
            .where(DocumentTemplate.kind == kind)
            .order_by(DocumentTemplate.template_version.desc())
        )
    )


def fee_items(session: Session, *, include_retired: bool = False) -> list[FeeItem]:
    statement = select(FeeItem).where(FeeItem.deleted_at.is_(None)).order_by(FeeItem.position, FeeItem.created_at)
    if not include_retired:
        statement = statement.where(FeeItem.retired.is_(False))
    return list(session.scalars(statement))


def fee_item(session: Session, item_id: str) -> FeeItem | None:
    item = session.get(FeeItem, item_id)
    return item if item is not None and item.deleted_at is None else None


def last_fee_position(session: Session) -> int:
    return session.scalar(select(func.max(FeeItem.position))) or 0


def consent_form(session: Session, form_id: str) -> ConsentForm | None:
    form = session.get(ConsentForm, form_id)
    return form if form is not None and form.deleted_at is None else None


def consent_forms_of(session: Session, client_id: str) -> list[ConsentForm]:
    """Latest first by the form's own date and status (paper typed in late still sorts by its date)."""
    forms = session.scalars(
        select(ConsentForm).where(ConsentForm.client_id == client_id, ConsentForm.deleted_at.is_(None))
    )
    return sorted(
        forms,
        key=lambda f: form_latest_first_key(f.signed_on, f.created_at, ConsentFormStatus(f.status)),
        reverse=True,
    )


def consent(session: Session, consent_id: str) -> Consent | None:
    row = session.get(Consent, consent_id)
    return row if row is not None and row.deleted_at is None else None


def consents_of(session: Session, client_id: str) -> list[Consent]:
    return list(
        session.scalars(
            select(Consent)
            .where(Consent.client_id == client_id, Consent.deleted_at.is_(None))
            .order_by(Consent.signed_on, Consent.created_at)
        )
    )


def consents_on_form(session: Session, form_id: str) -> list[Consent]:
    return list(session.scalars(select(Consent).where(Consent.form_id == form_id, Consent.deleted_at.is_(None))))


def clients_holding(session: Session, kind: str) -> set[str]:
    """Clients with a signed, not withdrawn, consent of ``kind``."""
    return set(
        session.scalars(
            select(Consent.client_id).where(
                Consent.kind == kind, Consent.status == "signed", Consent.deleted_at.is_(None)
            )
        )
    )


def agreement(session: Session, agreement_id: str) -> Agreement | None:
    row = session.get(Agreement, agreement_id)
    return row if row is not None and row.deleted_at is None else None


def agreements_of(session: Session, client_id: str) -> list[Agreement]:
    """Latest first by term start and status (paper typed in late still sorts by its date)."""
    rows = session.scalars(select(Agreement).where(Agreement.client_id == client_id, Agreement.deleted_at.is_(None)))
    return sorted(
        rows, key=lambda a: latest_first_key(a.start_date, AgreementStatus(a.status), a.created_at), reverse=True
    )


def renewal_of(session: Session, agreement_id: str) -> Agreement | None:
    return session.scalar(
        select(Agreement).where(
            Agreement.renews_id == agreement_id,
            Agreement.deleted_at.is_(None),
            Agreement.status != "terminated",
        )
    )


def fee_lines(session: Session, agreement_id: str) -> list[AgreementFeeLine]:
    return fee_lines_of(session, [agreement_id])[agreement_id]


def fee_lines_of(session: Session, agreement_ids: list[str]) -> dict[str, list[AgreementFeeLine]]:
    """Each agreement's live fee lines in order, for all of ``agreement_ids`` in one query."""
    found: dict[str, list[AgreementFeeLine]] = {agreement_id: [] for agreement_id in agreement_ids}
    if agreement_ids:
        statement = (
            select(AgreementFeeLine)
            .where(AgreementFeeLine.agreement_id.in_(agreement_ids), AgreementFeeLine.deleted_at.is_(None))
            .order_by(AgreementFeeLine.agreement_id, AgreementFeeLine.position)
        )
        for line in session.scalars(statement):
            found[line.agreement_id].append(line)
    return found


def scans_of_owners(session: Session, owner_type: str, owner_ids: list[str]) -> dict[str, list[DocumentScan]]:
    """Each owner's live scan rows, oldest first, without their content (it is loaded only when someone views it),
    for all of ``owner_ids`` in one query."""
    found: dict[str, list[DocumentScan]] = {owner_id: [] for owner_id in owner_ids}
    if owner_ids:
        statement = (
            select(DocumentScan)
            .where(
                DocumentScan.owner_type == owner_type,
                DocumentScan.owner_id.in_(owner_ids),
                DocumentScan.deleted_at.is_(None),
            )
            .order_by(DocumentScan.created_at)
        )
        for scan_row in session.scalars(statement):
            found[scan_row.owner_id].append(scan_row)
    return found


def scans_of(session: Session, owner_type: str, owner_id: str) -> list[DocumentScan]:
    """Scan rows without their content (it is loaded only when someone views it)."""
    return scans_of_owners(session, owner_type, [owner_id])[owner_id]


def scan(session: Session, scan_id: str) -> DocumentScan | None:
    row = session.get(DocumentScan, scan_id)
    return row if row is not None and row.deleted_at is None else None
