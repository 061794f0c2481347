"""Scans of the signed paper (image or PDF), kept encrypted inside the database with their SHA-256. Viewing one
is audited like opening the file it belongs to."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass

from rehabdesk.domain.errors import DomainError, ValidationError
from rehabdesk.domain.roles import Permission
from rehabdesk.services.context import StationContext
from rehabdesk.services.registry import service
from rehabdesk.storage.repositories import paperwork as repository
from rehabdesk.storage.repositories import training as training_repository
from rehabdesk.storage.schema import DocumentScan
from rehabdesk.storage.unit_of_work import UnitOfWork

MAX_SCAN_BYTES = 10 * 1024 * 1024

# Recognised by content, never by the file name the user picked.
_SIGNATURES = (
    (b"%PDF-", "application/pdf"),
    (b"\x89PNG\r\n\x1a\n", "image/png"),
    (b"\xff\xd8\xff", "image/jpeg"),
)


@dataclass(frozen=True)
class ScanInfo:
    id: str
    media_type: str
    byte_size: int
    sha256: str


@dataclass(frozen=True)
class ScanContent:
    media_type: str
    content: bytes
    sha256: str


def media_type_of(content: bytes) -> str:
    for signature, media_type in _SIGNATURES:
        if content.startswith(signature):
            return media_type
    raise ValidationError("scan_type_unsupported", "scan")


def _owner_exists(uow: UnitOfWork, owner_type: str, owner_id: str) -> bool:
    lookups = {
        "consent_form": repository.consent_form,
        "agreement": repository.agreement,
        "training_course": training_repository.course,
        "emergency_plan": training_repository.plan,
    }
    if owner_type not in lookups:
        raise ValueError(f"unknown owner type {owner_type!r}")
    return lookups[owner_type](uow.session, owner_id) is not None


def scan_infos(uow: UnitOfWork, owner_type: str, owner_id: str) -> tuple[ScanInfo, ...]:
    return infos_of(repository.scans_of(uow.session, owner_type, owner_id))


def infos_of(rows: list) -> tuple[ScanInfo, ...]:
    """``rows``: scan rows of one owner (repositories.paperwork.scans_of)."""
    return tuple(ScanInfo(row.id, row.media_type, row.byte_size, row.sha256) for row in rows)


def _attach(ctx: StationContext, owner_type: str, owner_id: str, content: bytes) -> str:
    if not content:
        raise ValidationError("scan_empty", "scan")
    if len(content) > MAX_SCAN_BYTES:
        raise ValidationError(
            "scan_too_large", "scan", size_mb=round(len(content) / 1024 / 1024, 1), limit_mb=MAX_SCAN_BYTES // 2**20
        )
    media_type = media_type_of(content)
    digest = hashlib.sha256(content).hexdigest()
    with ctx.store.unit_of_work(ctx.actor) as uow:
        if not _owner_exists(uow, owner_type, owner_id):
            raise DomainError("document_not_found")
        if any(info.sha256 == digest for info in scan_infos(uow, owner_type, owner_id)):
            raise ValidationError("scan_duplicate", "scan")
        row = DocumentScan(
            owner_type=owner_type,
            owner_id=owner_id,
            media_type=media_type,
            byte_size=len(content),
            sha256=digest,
            content=content,
        )
        uow.session.add(row)
        uow.session.flush()
        uow.audit(
            "scan_attached",
            entity_type=owner_type,
            entity_id=owner_id,
            detail={"scan_id": row.id, "sha256": digest, "bytes": len(content)},
        )
        uow.commit()
        return row.id


def _content(ctx: StationContext, scan_id: str, owner_types: tuple[str, ...]) -> ScanContent:
    with ctx.store.unit_of_work(ctx.actor) as uow:
        row = repository.scan(uow.session, scan_id)
        if row is None or row.owner_type not in owner_types:
            raise DomainError("document_not_found")
        if hashlib.sha256(row.content).hexdigest() != row.sha256:
            raise DomainError("scan_damaged")
        uow.audit("view_scan", entity_type=row.owner_type, entity_id=row.owner_id, detail={"scan_id": row.id})
        uow.commit()
        return ScanContent(row.media_type, row.content, row.sha256)


_CLIENT_PAPERS = ("consent_form", "agreement")
_STATION_PAPERS = ("training_course", "emergency_plan")


@service(Permission.PRINT_DOCUMENTS, mutating=True)
def attach_scan(ctx: StationContext, owner_type: str, owner_id: str, content: bytes) -> str:
    """The signed paper of a consent form or agreement."""
    if owner_type not in _CLIENT_PAPERS:
        raise ValueError(f"not a client document: {owner_type!r}")
    return _attach(ctx, owner_type, owner_id, content)


@service(Permission.MANAGE_TRAINING, mutating=True)
def attach_station_file(ctx: StationContext, owner_type: str, owner_id: str, content: bytes) -> str:
    """A course certificate or the full text of an emergency plan (image or PDF)."""
    if owner_type not in _STATION_PAPERS:
        raise ValueError(f"not a station document: {owner_type!r}")
    return _attach(ctx, owner_type, owner_id, content)


@service(None, mutating=True)
def view_station_file(ctx: StationContext, scan_id: str) -> ScanContent:
    """Certificates and plans hold no client data: every account may read them (audited all the same)."""
    return _content(ctx, scan_id, _STATION_PAPERS)


@service(Permission.VIEW_RECORDS, mutating=True)
def view_scan(ctx: StationContext, scan_id: str) -> ScanContent:
    """The stored bytes, checked against their hash so a damaged scan is reported, not shown."""
    return _content(ctx, scan_id, _CLIENT_PAPERS)
