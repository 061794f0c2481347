"""The demo station: real encryption and real records, made up entirely by the project. Later areas add their own
data here; everything is deterministic for a given seed."""

from __future__ import annotations

from rehabdesk.domain.progress import NULL_PROGRESS, Progress
from rehabdesk.domain.roles import Role
from rehabdesk.services import accounts
from rehabdesk.services.station_setup import FirstAdmin, NewStationResult, StationDetails, create_station
from rehabdesk.storage.keys import PRODUCTION_POLICY, KeyPolicy
from rehabdesk.storage.paths import StationPaths

DEMO_LOGIN = "admin"
DEMO_PASSWORD = "rehab-demo"
DEMO_STATION = StationDetails(
    name="阳光家园精神障碍社区康复服务站（演示）",
    code="DEMO01",
    county_code="110105",
    station_type="城市/综合",
    operator_name="朝阳区阳光社会工作服务中心（演示）",
    purchased_service=True,
    address="北京市朝阳区示例街道 1 号",
    contact_phone="010-12345678",
    head_name="刘建华",
)
_DEMO_STAFF = (
    ("lixia", "李霞", frozenset({Role.COORDINATOR})),
    ("wangfang", "王芳", frozenset({Role.STAFF})),
    ("zhaolei", "赵磊", frozenset({Role.STAFF})),
)


def create_demo_station(
    paths: StationPaths, *, seed: int = 1, policy: KeyPolicy = PRODUCTION_POLICY, progress: Progress = NULL_PROGRESS
) -> NewStationResult:
    """``seed`` drives the generated records that later areas add; the foundation's own demo data is fixed."""
    total = 1 + len(_DEMO_STAFF)
    progress.step(0, total, "station")
    result = create_station(paths, DEMO_STATION, FirstAdmin(DEMO_LOGIN, "演示管理员", DEMO_PASSWORD), policy)
    for done, (login, name, roles) in enumerate(_DEMO_STAFF, start=1):
        progress.step(done, total, "accounts")
        accounts.create_account(result.ctx, login, name, roles, DEMO_PASSWORD)
    progress.step(total, total, "done")
    return result
