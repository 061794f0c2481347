"""The published fee schedule (收费项目, 明码标价), kept by admins. A price change never reaches an agreement
already signed: agreements copy the price at signing."""

from __future__ import annotations

from dataclasses import dataclass

from rehabdesk.domain.agreements import FundingSource, check_price
from rehabdesk.domain.errors import DomainError
from rehabdesk.domain.money import parse_yuan
from rehabdesk.domain.people import parse_choice
from rehabdesk.domain.roles import Permission
from rehabdesk.domain.text import clean_line
from rehabdesk.services.context import StationContext
from rehabdesk.services.registry import service
from rehabdesk.storage.repositories import paperwork as repository
from rehabdesk.storage.schema import FeeItem


@dataclass(frozen=True)
class FeeItemInput:
    name: str
    unit: str
    price: str  # yuan as typed, e.g. "12.50"
    funding: str


@dataclass(frozen=True)
class FeeItemInfo:
    id: str
    name: str
    unit: str
    price_fen: int
    funding: str
    retired: bool


def _validated(data: FeeItemInput) -> tuple[str, str, int, FundingSource]:
    name = clean_line(data.name, "name", 100, required=True)
    unit = clean_line(data.unit, "unit", 20, required=True)
    price_fen = parse_yuan(data.price, "price")
    check_price(price_fen, "price")
    return name, unit, price_fen, parse_choice(FundingSource, data.funding, "funding")


def _info(item: FeeItem) -> FeeItemInfo:
    return FeeItemInfo(item.id, item.name, item.unit, item.price_fen, item.funding, item.retired)


@service(None, mutating=False)
def list_fee_items(ctx: StationContext, *, include_retired: bool = False) -> list[FeeItemInfo]:
    """Published prices are public (明码标价): every account may read them, admins to keep them."""
    with ctx.store.unit_of_work(ctx.actor, read_only=True) as uow:
        return [_info(item) for item in repository.fee_items(uow.session, include_retired=include_retired)]


@service(Permission.MANAGE_SETTINGS, mutating=True)
def add_fee_item(ctx: StationContext, data: FeeItemInput) -> str:
    name, unit, price_fen, funding = _validated(data)
    with ctx.store.unit_of_work(ctx.actor) as uow:
        item = FeeItem(
            name=name,
            unit=unit,
            price_fen=price_fen,
            funding=funding.value,
            position=repository.last_fee_position(uow.session) + 1,
        )
        uow.session.add(item)
        uow.session.flush()
        uow.audit("create", entity_type="fee_item", entity_id=item.id, detail={"price_fen": price_fen})
        uow.commit()
        return item.id


@service(Permission.MANAGE_SETTINGS, mutating=True)
def update_fee_item(ctx: StationContext, item_id: str, data: FeeItemInput) -> None:
    name, unit, price_fen, funding = _validated(data)
    with ctx.store.unit_of_work(ctx.actor) as uow:
        item = repository.fee_item(uow.session, item_id)
        if item is None:
            raise DomainError("fee_item_not_found")
        detail = {"old_price_fen": item.price_fen, "price_fen": price_fen}
        item.name, item.unit, item.price_fen, item.funding = name, unit, price_fen, funding.value
        uow.audit("update", entity_type="fee_item", entity_id=item.id, detail=detail)
        uow.commit()


@service(Permission.MANAGE_SETTINGS, mutating=True)
def set_fee_item_retired(ctx: StationContext, item_id: str, retired: bool) -> None:
    """Retired items leave the published schedule and new agreements; signed agreements keep their lines."""
    with ctx.store.unit_of_work(ctx.actor) as uow:
        item = repository.fee_item(uow.session, item_id)
        if item is None:
            raise DomainError("fee_item_not_found")
        item.retired = retired
        uow.audit("retire" if retired else "restore_item", entity_type="fee_item", entity_id=item.id)
        uow.commit()
