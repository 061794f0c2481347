"""Who this county is, for the window's title and the fingerprint stations compare by phone."""

from __future__ import annotations

from dataclasses import dataclass

from rehabdesk.county.domain.roles import CountyPermission, county_may
from rehabdesk.county.services.context import CountyContext
from rehabdesk.county.services.keys import load_keys


@dataclass(frozen=True)
class CountyInfo:
    name: str
    division: str
    fingerprint: str
    login: str
    admin: bool


def county_info(ctx: CountyContext) -> CountyInfo:
    with ctx.store.unit_of_work(ctx.actor, read_only=True) as uow:
        keys = load_keys(uow.session, ctx.store.master)
    enrolment = keys.enrolment("")
    return CountyInfo(
        keys.name, keys.division, enrolment.fingerprint, ctx.actor.login,
        county_may(ctx.actor, CountyPermission.DECIDE_REGISTRATION),
    )  # fmt: skip
