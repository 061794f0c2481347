"""`rehabdesk-county` end to end in a child process: Chinese messages, exit codes, never a traceback."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from rehabdesk.county.services import registry
from rehabdesk.county.services.sessions import unlock
from rehabdesk.county.storage.paths import CountyPaths
from rehabdesk.storage.keys import PRODUCTION_POLICY
from rehabdesk.sync.enrolment import RegistrationRequest
from rehabdesk.sync.minisign import SecretKey
from tests.county.support import COUNTY_ADMIN, COUNTY_PASSWORD, make_county
from tests.sync.support import write_bundle

# Every test runs the county's command line in its own Python process.
pytestmark = pytest.mark.slow


def county_cli(*args: str, stdin: str = COUNTY_PASSWORD + "\n") -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "rehabdesk.county.cli", *args], input=stdin, capture_output=True, text=True,
        timeout=120, env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )  # fmt: skip


def test_bad_input_gets_chinese_messages_and_no_traceback(tmp_path: Path) -> None:
    missing = county_cli("stations", "--data-dir", str(tmp_path / "none"), "--user", "admin", "--password-stdin")
    assert missing.returncode == 2 and "还没有县级数据" in missing.stderr
    assert not (tmp_path / "none").exists() or not list((tmp_path / "none").iterdir())
    folder = tmp_path / "county"
    bad_division = county_cli("init", "--data-dir", str(folder), "--user", "admin", "--county-name", "某区民政局",
                              "--county-division", "12345X", "--password-stdin")  # fmt: skip
    assert bad_division.returncode == 2 and "行政区划代码" in bad_division.stderr
    make_county(folder, PRODUCTION_POLICY).close()
    common = ("--data-dir", str(folder), "--user", COUNTY_ADMIN, "--password-stdin")
    garbage = tmp_path / "garbage.rdsync"
    garbage.write_bytes(b"\x00" * 100 + "张三".encode())
    outcomes = [
        county_cli("register", str(tmp_path / "nothing.rdreq"), *common),
        county_cli("register", str(garbage), *common),
        county_cli("import", str(garbage), "--acks-to", str(tmp_path / "acks"), *common),
        county_cli("import", str(tmp_path / "empty"), "--acks-to", str(tmp_path / "acks"), *common),
        county_cli("revoke", "NOSUCH", *common),
        county_cli("figures", "--division", "110105", "--period", "2026Q5", *common),
        county_cli("figures", "--division", "110105", "--period", "2026Q3", "--set", "patients_total=-3", *common),
        county_cli("figures", "--division", "110105", "--period", "2026Q3", "--set", "work_plan=\u202e已制定", *common),
        county_cli("stations", *common, stdin="wrong password\n"),
    ]
    for result in outcomes:
        assert result.returncode in (1, 2), result
        assert "Traceback" not in result.stderr + result.stdout
        assert any("\u4e00" <= ch <= "\u9fff" for ch in result.stderr + result.stdout), result


def test_figures_are_set_and_read_back(tmp_path: Path) -> None:
    folder = tmp_path / "county"
    make_county(folder, PRODUCTION_POLICY).close()
    common = ("--data-dir", str(folder), "--user", COUNTY_ADMIN, "--password-stdin")
    result = county_cli("figures", "--division", "110105", "--period", "2026q3", "--set", "patients_total=120",
                        "purchased_funds=35000.5", "work_plan=已制定工作方案", *common)  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert "辖区内严重精神障碍患者人数: 120" in result.stdout
    assert "35000.50" in result.stdout
    again = county_cli("figures", "--division", "110105", "--period", "2026Q3", *common)
    assert "已制定工作方案" in again.stdout


def test_a_revoked_computer_is_refused_with_a_chinese_reason(tmp_path: Path) -> None:
    folder = tmp_path / "county"
    make_county(folder, PRODUCTION_POLICY).close()
    ctx = unlock(CountyPaths(folder), COUNTY_ADMIN, COUNTY_PASSWORD, PRODUCTION_POLICY)
    device = SecretKey.generate()
    request = RegistrationRequest("ST0001", "测试站", "110105", "D00000A1", device.public, "2026-12-07T00:00:00Z")
    (tmp_path / "r.rdreq").write_bytes(request.seal(device))
    from rehabdesk.county.services.keys import load_keys
    from tests.sync.support import Keys

    registry.register(ctx, tmp_path / "r.rdreq", fingerprint=request.fingerprint)
    with ctx.store.unit_of_work(ctx.actor, read_only=True) as uow:
        keys = load_keys(uow.session, ctx.store.master)
    ctx.close()
    path, _ = write_bundle(tmp_path, Keys(keys.identity, keys.signing, device), [])
    common = ("--data-dir", str(folder), "--user", COUNTY_ADMIN, "--password-stdin")
    assert county_cli("revoke", "d00000a1", *common).returncode == 0
    result = county_cli("import", str(path), "--acks-to", str(tmp_path / "acks"), *common)
    assert result.returncode == 1
    assert "已拒收：该数据包来自一台已被县级吊销登记的站点电脑" in result.stdout
    english = county_cli("import", str(path), "--acks-to", str(tmp_path / "acks"), "--lang", "en", *common)
    assert "revoked" in english.stdout
