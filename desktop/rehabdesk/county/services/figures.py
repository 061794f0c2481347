"""The county's manual 汇总表 figures (前期摸底情况, 制定工作方案, 加强组织领导, 购买服务情况, 资金投入情况)."""

from __future__ import annotations

from rehabdesk.county.domain.figures import check_division, check_figure, check_period
from rehabdesk.county.domain.roles import CountyPermission, require
from rehabdesk.county.services.context import CountyContext
from rehabdesk.county.storage import figures


def set_figures(ctx: CountyContext, division: str, period: str, values: dict[str, str]) -> dict[str, str]:
    """Set (or, with an empty value, clear) figures for one division and period, all or none."""
    require(ctx.actor, CountyPermission.EDIT_FIGURES)
    division, period = check_division(division), check_period(period)
    checked = {name: check_figure(name, value) for name, value in values.items()}
    with ctx.store.unit_of_work(ctx.actor) as uow:
        for name, value in checked.items():
            if value == "":
                figures.remove(uow.session, division, period, name)
            else:
                figures.put(uow.session, division, period, name, value, ctx.actor.login)
        uow.audit("figures_set", entity_type="figures", entity_id=f"{division}/{period}",
                  detail={"names": sorted(checked)})  # fmt: skip
        uow.commit()
    return read_figures(ctx, division, period).get((division, period), {})


def read_figures(
    ctx: CountyContext, division: str | None = None, period: str | None = None
) -> dict[tuple[str, str], dict[str, str]]:
    """{(division, period): {figure name: value}}; ``division``/``period`` narrow it."""
    require(ctx.actor, CountyPermission.VIEW_RECORDS)
    division = check_division(division) if division is not None else None
    period = check_period(period) if period is not None else None
    with ctx.store.unit_of_work(ctx.actor, read_only=True) as uow:
        return figures.read(uow.session, division, period)
