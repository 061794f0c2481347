"""Every use case registers here with the permission it needs.

The wrapper checks the permission before the service runs, so no service can forget it; a denial is an error
for the caller and an audit entry of its own. A test walks this registry and fails for any mutating service
that is unguarded or that does not write exactly one audit entry (DESIGN.md §8)."""

from __future__ import annotations

import functools
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, ParamSpec, TypeVar

from rehabdesk.domain.errors import PermissionDenied
from rehabdesk.domain.roles import Permission
from rehabdesk.services.context import StationContext

P = ParamSpec("P")
R = TypeVar("R")


@dataclass(frozen=True)
class ServiceSpec:
    name: str
    function: Callable[..., Any]
    permission: Permission | None
    mutating: bool


REGISTRY: dict[str, ServiceSpec] = {}


def _deny(ctx: StationContext, name: str, permission: Permission) -> None:
    with ctx.store.unit_of_work(ctx.actor) as uow:
        uow.audit("denied", outcome="denied", detail={"service": name, "permission": permission.value})
        uow.commit()
    raise PermissionDenied(permission.value, service=name)


def service(permission: Permission | None, *, mutating: bool) -> Callable[[Callable[..., R]], Callable[..., R]]:
    """``permission=None`` means any logged-in account may call it (e.g. changing one's own password)."""

    def register(function: Callable[..., R]) -> Callable[..., R]:
        name = f"{function.__module__.rsplit('.', 1)[-1]}.{function.__name__}"

        @functools.wraps(function)
        def guarded(ctx: StationContext, *args: Any, **kwargs: Any) -> R:
            if permission is not None and not ctx.actor.may(permission):
                _deny(ctx, name, permission)
            return function(ctx, *args, **kwargs)

        REGISTRY[name] = ServiceSpec(name, guarded, permission, mutating)
        return guarded

    return register
