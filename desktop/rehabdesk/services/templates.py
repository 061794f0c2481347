"""Document templates: versioned text an admin edits in settings. A saved edit is a new version; the version a
form was printed with is recorded on the form, so a reprint reads the same words."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from rehabdesk.documents.forms import Template
from rehabdesk.documents.template_vocabulary import KINDS
from rehabdesk.documents.templates import check_template, default_template
from rehabdesk.domain.errors import DomainError, ValidationError
from rehabdesk.domain.roles import Permission
from rehabdesk.services.context import StationContext
from rehabdesk.services.registry import service
from rehabdesk.storage.repositories import paperwork as repository
from rehabdesk.storage.schema import DocumentTemplate
from rehabdesk.storage.unit_of_work import UnitOfWork


@dataclass(frozen=True)
class TemplateVersion:
    version: int
    saved_at: datetime | None  # None: the built-in text, not yet used
    body: str


def _as_template(row: DocumentTemplate) -> Template:
    return Template(row.kind, row.template_version, row.body)


def current_template(uow: UnitOfWork, kind: str) -> Template:
    """The newest version; the built-in text becomes version 1 the first time a station uses it."""
    row = repository.latest_template(uow.session, kind)
    if row is None:
        built_in = default_template(kind)
        row = DocumentTemplate(kind=kind, template_version=built_in.version, body=built_in.body)
        uow.session.add(row)
        uow.session.flush()
    return _as_template(row)


def recorded_template(uow: UnitOfWork, kind: str, version: int) -> Template:
    row = repository.template_version(uow.session, kind, version)
    if row is None:
        raise DomainError("template_missing", version=version)
    return _as_template(row)


def _check_kind(kind: str) -> None:
    if kind not in KINDS:
        raise ValueError(f"unknown template kind {kind!r}")


@service(Permission.MANAGE_SETTINGS, mutating=False)
def template_history(ctx: StationContext, kind: str) -> list[TemplateVersion]:
    """Newest first; the built-in text when the station has not used this kind yet."""
    _check_kind(kind)
    with ctx.store.unit_of_work(ctx.actor, read_only=True) as uow:
        rows = repository.template_versions(uow.session, kind)
        if not rows:
            built_in = default_template(kind)
            return [TemplateVersion(built_in.version, None, built_in.body)]
        return [TemplateVersion(row.template_version, row.created_at, row.body) for row in rows]


@service(Permission.MANAGE_SETTINGS, mutating=True)
def save_template(ctx: StationContext, kind: str, body: str) -> int:
    """Store ``body`` as the next version and return its number; forms already made keep theirs."""
    _check_kind(kind)
    body = body.replace("\r\n", "\n").strip() + "\n"
    check_template(kind, body)
    with ctx.store.unit_of_work(ctx.actor) as uow:
        current = current_template(uow, kind)
        if current.body.strip() == body.strip():
            raise ValidationError("template_unchanged", "body")
        row = DocumentTemplate(kind=kind, template_version=current.version + 1, body=body)
        uow.session.add(row)
        uow.session.flush()
        uow.audit("template_save", entity_type="document_template", entity_id=row.id, detail={"kind": kind})
        uow.commit()
        return row.template_version
