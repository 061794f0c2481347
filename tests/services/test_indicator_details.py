"""The lists behind the other figures, on the hand-built station of tests/services/test_indicators (its docstring
works every figure out): they hold exactly the clients and staff those figures count, and each view is audited."""

from __future__ import annotations

from rehabdesk.domain.roles import Role
from rehabdesk.services import accounts, indicator_details, indicators, sessions
from tests.conftest import TEST_POLICY
from tests.services.test_indicators import NOW, Q3, Station, built, d  # noqa: F401 (built is a fixture)
from tests.support import audit_rows, raw_sql


def _keys(s: Station) -> dict[str, str]:
    return {client_id: key for key, client_id in s.ids.items()}


def test_the_movement_of_the_quarter_matches_its_figures(built: Station) -> None:  # noqa: F811
    rows = indicator_details.movement_behind(built.ctx, Q3, today=NOW)
    keys = _keys(built)
    assert [(keys[r.client_id], r.event, r.on, r.detail) for r in rows] == [
        ("B", "applied", d(8, 3), rows[0].detail),
        ("B", "referred_in", d(8, 3), "transfer"),
        ("B", "registered", d(8, 3), ""),
        ("B", "enrolled", d(8, 10), ""),
        ("H", "closed", d(8, 14), "withdrew"),
        ("D", "referred_out", d(8, 20), "hospital_green_channel"),
        ("K", "applied", d(9, 15), rows[-2].detail),
        ("K", "registered", d(9, 15), ""),
    ]
    r = indicators.station_indicators(built.ctx, Q3, trend=False, today=NOW)
    assert sum(row.event == "applied" for row in rows) == r.applications
    assert sum(row.event == "enrolled" for row in rows) == r.enrolments
    assert rows[0].name == "对象B" and rows[0].case_number
    assert audit_rows(built.ctx)[-1][2] == "view"


def test_the_waiting_list_and_the_staff(built: Station) -> None:  # noqa: F811
    waiting = indicator_details.waitlist_behind(built.ctx, Q3, today=NOW)
    assert [(_keys(built)[r.client_id], r.on, r.detail) for r in waiting] == [("J", d(3, 2), "212")]
    staff = indicator_details.staff_behind(built.ctx, Q3, today=NOW)
    assert [(s.staff_id, s.profession, s.records) for s in staff] == [
        (built.w, "social_worker", 20),
        (built.p, "psychiatrist", 4),
    ]
    assert staff[0].name == "社工甲"
    # A period not over is counted to today, as the figures are.
    assert [r.detail for r in indicator_details.waitlist_behind(built.ctx, Q3, today=d(7, 31))] == ["151"]


def test_a_worker_sees_only_their_own_clients_movement(built: Station) -> None:  # noqa: F811
    ctx = built.ctx
    accounts.create_account(ctx, "shegong2", "社工甲", frozenset({Role.STAFF}), "staff-pass-78", staff_id=built.w)
    worker = sessions.unlock(ctx.store.paths, "shegong2", "staff-pass-78", TEST_POLICY)
    assert indicator_details.movement_behind(worker, Q3, today=NOW) == []
    raw_sql(
        ctx.store.paths,
        ctx.store.master,
        ("UPDATE client SET responsible_worker_id = ? WHERE id = ?", (built.w, built.ids["D"])),
    )
    rows = indicator_details.movement_behind(worker, Q3, today=NOW)
    assert [(row.event, row.detail) for row in rows] == [("referred_out", "hospital_green_channel")]
