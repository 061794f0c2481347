"""The real `rehabdesk` command in a subprocess (production Argon2, so the number of runs is kept small)."""

from __future__ import annotations

import io
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pypdf
import pytest

from rehabdesk.demo.station import DEMO_LOGIN, DEMO_PASSWORD
from rehabdesk.paths import i18n_dir
from rehabdesk.services import sessions
from rehabdesk.storage.instance_lock import InstanceLock
from rehabdesk.storage.keys import PRODUCTION_POLICY
from rehabdesk.storage.paths import StationPaths
from tests.support import raw_sql

# Every test runs the station's command line in its own Python process.
pytestmark = pytest.mark.slow

REPO = Path(__file__).resolve().parents[1]
CJK = re.compile(r"[\u4e00-\u9fff]")
HAVE_CHINESE = (i18n_dir() / "rehabdesk_zh_CN.qm").exists()


def rehabdesk(*arguments: str, stdin: str = "", cwd: Path | None = None) -> subprocess.CompletedProcess:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    return subprocess.run(
        [sys.executable, "-m", "rehabdesk", *arguments],
        input=stdin,
        capture_output=True,
        text=True,
        env=env,
        cwd=cwd or REPO,
        timeout=120,
    )


def _assert_clean_error(result: subprocess.CompletedProcess, code: int = 2) -> None:
    assert result.returncode == code, (result.stdout, result.stderr)
    assert "Traceback" not in result.stderr + result.stdout
    assert result.stderr.strip()


def _assert_chinese(text: str) -> None:
    if HAVE_CHINESE:
        assert CJK.search(text), text


@pytest.fixture(scope="module")
def demo_station(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("cli") / "demo"
    result = rehabdesk("demo", "--data-dir", str(folder))
    assert result.returncode == 0, result.stderr
    assert str(folder) in result.stdout and DEMO_LOGIN in result.stdout and DEMO_PASSWORD in result.stdout
    assert StationPaths(folder).is_station()
    return folder


def _copy(demo_station: Path, tmp_path: Path) -> Path:
    target = tmp_path / "station"
    shutil.copytree(demo_station, target, ignore=shutil.ignore_patterns("station.lock", "backups"))
    return target


def _session(folder: Path, *command: str, password: str = DEMO_PASSWORD, lang: str = "en"):
    return rehabdesk(
        "--lang",
        lang,
        "--data-dir",
        str(folder),
        "--user",
        DEMO_LOGIN,
        "--password-stdin",
        *command,
        stdin=password + "\n",
    )


def test_demo_check_backup_restore(demo_station: Path, tmp_path: Path) -> None:
    folder = _copy(demo_station, tmp_path)
    check = _session(folder, "check")
    assert check.returncode == 0, check.stdout + check.stderr
    assert "All checks passed." in check.stdout

    usb = tmp_path / "usb"
    backup = _session(folder, "backup", "--to", str(usb))
    assert backup.returncode == 0, backup.stderr
    (made,) = usb.glob("*.rdbackup")
    assert made.name.startswith("RehabDesk-DEMO01-") and str(made) in backup.stdout

    restore = _session(folder, "restore", str(made))
    assert restore.returncode == 0, restore.stderr
    assert list(folder.glob("station.db.before-restore-*"))
    assert "before-restore" in restore.stdout
    assert _session(folder, "check").returncode == 0


def test_wrong_password_is_a_clear_chinese_message(demo_station: Path, tmp_path: Path) -> None:
    result = _session(_copy(demo_station, tmp_path), "check", password="not-the-password", lang="zh_CN")
    _assert_clean_error(result)
    _assert_chinese(result.stderr)
    assert "wrong_password" not in result.stderr


def test_english_on_request(demo_station: Path, tmp_path: Path) -> None:
    result = _session(_copy(demo_station, tmp_path), "check", password="not-the-password", lang="en")
    _assert_clean_error(result)
    assert "password is wrong" in result.stderr
    assert not CJK.search(result.stderr)


def test_init_prints_the_code_and_writes_the_recovery_sheet(tmp_path: Path) -> None:
    folder, sheet = tmp_path / "new", tmp_path / "sheet.pdf"
    result = rehabdesk(
        "--data-dir",
        str(folder),
        "--user",
        "chief",
        "--password-stdin",
        "init",
        "--station-name",
        "海淀区学院路精神康复站",
        "--station-code",
        "HD07",
        "--county-code",
        "110108",
        "--recovery-sheet",
        str(sheet),
        stdin="chief-password-1\n",
    )
    assert result.returncode == 0, result.stderr
    codes = re.findall(r"\b(?:[0-9A-Z]{4}-){6}[0-9A-Z]{4}\b", result.stdout)
    assert len(codes) == 1
    text = "".join(page.extract_text() for page in pypdf.PdfReader(io.BytesIO(sheet.read_bytes())).pages)
    assert codes[0] in text
    assert "海淀区学院路精神康复站" in text
    # The code opens the station: it is the real one, not just a printed string.
    sessions.unlock_with_recovery_code(StationPaths(folder), codes[0], PRODUCTION_POLICY).close()
    # A second init on the same folder is refused, and nothing there changes.
    before = {p.name: p.read_bytes() for p in folder.iterdir() if p.is_file() and p.name != "station.lock"}
    again = rehabdesk(
        "--lang",
        "en",
        "--data-dir",
        str(folder),
        "--user",
        "chief",
        "--password-stdin",
        "init",
        "--station-name",
        "x",
        "--station-code",
        "HD07",
        "--county-code",
        "110108",
        "--recovery-sheet",
        str(tmp_path / "other.pdf"),
        stdin="chief-password-1\n",
    )
    _assert_clean_error(again)
    assert "already holds a station" in again.stderr
    assert before == {p.name: p.read_bytes() for p in folder.iterdir() if p.is_file() and p.name != "station.lock"}


def test_check_reports_one_line_per_fault(demo_station: Path, tmp_path: Path) -> None:
    folder = _copy(demo_station, tmp_path)
    ctx = sessions.unlock(StationPaths(folder), DEMO_LOGIN, DEMO_PASSWORD, PRODUCTION_POLICY)
    paths, master = ctx.store.paths, ctx.store.master
    ctx.close()
    raw_sql(
        paths,
        master,
        "UPDATE audit_log SET detail = '{\"edited\": 1}' WHERE seq = 2",
        "UPDATE audit_log SET actor_login = 'mallory' WHERE seq = 4",
    )
    result = _session(folder, "check")
    assert result.returncode == 1, result.stdout + result.stderr
    assert "Traceback" not in result.stderr
    faults = [line for line in result.stdout.splitlines() if line.startswith("Audit log:")]
    assert faults == ["Audit log: entry 2 was altered", "Audit log: entry 4 was altered"]
    assert "Problems were found." in result.stdout


def _flip_a_byte_in_the_middle(database: Path) -> None:
    data = bytearray(database.read_bytes())
    data[len(data) // 2] ^= 0xFF
    database.write_bytes(bytes(data))


def test_a_damaged_database_is_named_with_the_newest_backup_and_left_untouched(
    demo_station: Path, tmp_path: Path
) -> None:
    folder = _copy(demo_station, tmp_path)
    backups = folder / "backups"
    backups.mkdir()
    older, newer = (
        backups / "RehabDesk-DEMO01-20260101-080000-000000.rdbackup",
        backups / "RehabDesk-DEMO01-20260102-080000-000000.rdbackup",
    )
    for at, path in enumerate((older, newer)):
        path.write_bytes(b"a backup")
        os.utime(path, (1_700_000_000 + at, 1_700_000_000 + at))
    database = folder / "station.db"
    _flip_a_byte_in_the_middle(database)
    before = database.read_bytes()
    result = _session(folder, "check", lang="zh_CN")
    _assert_clean_error(result)
    _assert_chinese(result.stderr)
    assert str(newer) in result.stderr and str(older) not in result.stderr
    assert "ERROR" not in result.stderr and "hmac" not in result.stderr.lower()  # SQLCipher's own log stays quiet
    assert len(result.stderr.strip().splitlines()) <= 3
    assert database.read_bytes() == before
    assert not (folder / "station.db-wal").exists() or (folder / "station.db-wal").stat().st_size == 0


def test_a_station_open_elsewhere_is_refused(demo_station: Path, tmp_path: Path) -> None:
    folder = _copy(demo_station, tmp_path)
    with InstanceLock(StationPaths(folder).lock_file, holder="RehabDesk GUI"):
        result = _session(folder, "check")
    _assert_clean_error(result)
    assert "already open" in result.stderr and "RehabDesk GUI" in result.stderr


def test_no_station_in_the_folder(tmp_path: Path) -> None:
    folder = tmp_path / "nothing-here"
    result = _session(folder, "check")
    _assert_clean_error(result)
    assert "no station" in result.stderr
    assert not folder.exists()


def _pdf_text(path: Path) -> str:
    return "".join(page.extract_text() for page in pypdf.PdfReader(path).pages)


def test_print_writes_the_clients_latest_documents_and_blank_forms(demo_station: Path, tmp_path: Path) -> None:
    from rehabdesk.storage.repositories import paperwork
    from rehabdesk.storage.schema import Agreement, Client

    folder = _copy(demo_station, tmp_path)
    ctx = sessions.unlock(StationPaths(folder), DEMO_LOGIN, DEMO_PASSWORD, PRODUCTION_POLICY)
    try:
        with ctx.store.unit_of_work(ctx.actor, read_only=True) as uow:
            agreement = uow.session.query(Agreement).order_by(Agreement.number).first()
            client = uow.session.get(Client, agreement.client_id)
            case_number, name, agreement_number = client.case_number, client.name, agreement.number
            forms = paperwork.consent_forms_of(uow.session, client.id)
            latest_form = next(f.number for f in forms if f.status != "voided")
            audit_before = uow.session.execute(text_count_audit()).scalar()
    finally:
        ctx.close()

    out = tmp_path / "out"
    consent = _session(folder, "print", "consent", "--client", case_number, "--out", str(out / "consent.pdf"))
    assert consent.returncode == 0, consent.stderr
    text = _pdf_text(out / "consent.pdf")
    assert name in text and latest_form in text and "知情同意书" in text

    signed = _session(
        folder, "print", "agreement", "--client", case_number, "--number", agreement_number, "--out", str(out / "a.pdf")
    )
    assert signed.returncode == 0, signed.stderr
    assert agreement_number in _pdf_text(out / "a.pdf")

    blank = _session(folder, "print", "consent", "--blank", "--out", str(out / "blank.pdf"))
    assert blank.returncode == 0, blank.stderr
    assert name not in _pdf_text(out / "blank.pdf")
    fees = _session(folder, "print", "fees", "--out", str(out / "fees.pdf"))
    assert fees.returncode == 0, fees.stderr
    assert "午餐" in _pdf_text(out / "fees.pdf")

    ctx = sessions.unlock(StationPaths(folder), DEMO_LOGIN, DEMO_PASSWORD, PRODUCTION_POLICY)
    try:
        with ctx.store.unit_of_work(ctx.actor, read_only=True) as uow:
            prints = uow.session.execute(text_count_audit("print")).scalar()
            audit_after = uow.session.execute(text_count_audit()).scalar()
    finally:
        ctx.close()
    assert prints >= 4 and audit_after > audit_before


def test_print_refuses_an_unknown_client_clearly(demo_station: Path, tmp_path: Path) -> None:
    folder = _copy(demo_station, tmp_path)
    result = _session(folder, "print", "consent", "--client", "NO-SUCH", "--out", str(tmp_path / "x.pdf"), lang="zh_CN")
    _assert_clean_error(result)
    _assert_chinese(result.stderr)
    assert not (tmp_path / "x.pdf").exists()


def test_print_case_writes_either_copy_and_checks_the_period(demo_station: Path, tmp_path: Path) -> None:
    from rehabdesk.storage.schema import Client

    folder = _copy(demo_station, tmp_path)
    ctx = sessions.unlock(StationPaths(folder), DEMO_LOGIN, DEMO_PASSWORD, PRODUCTION_POLICY)
    try:
        with ctx.store.unit_of_work(ctx.actor, read_only=True) as uow:
            client = uow.session.query(Client).order_by(Client.case_number).first()
            case_number, name, id_number = client.case_number, client.name, client.id_number
    finally:
        ctx.close()

    station = _session(folder, "print", "case", "--client", case_number, "--out", str(tmp_path / "case.pdf"))
    assert station.returncode == 0, station.stderr
    text = _pdf_text(tmp_path / "case.pdf")
    assert "站存档案" in text and case_number in text and name in text and id_number in text

    own = _session(
        folder,
        "print",
        "case",
        "--client",
        case_number,
        "--own-copy",
        "--from",
        "2020-01-01",
        "--to",
        "2020-12-31",
        "--out",
        str(tmp_path / "own.pdf"),
    )
    assert own.returncode == 0, own.stderr
    text = _pdf_text(tmp_path / "own.pdf")
    assert "本人查阅副本" in text and "2020年1月1日至2020年12月31日" in text
    assert id_number not in text and f"{id_number[:3]}***********{id_number[-4:]}" in text

    reversed_period = _session(
        folder,
        "print",
        "case",
        "--client",
        case_number,
        "--from",
        "2021-01-01",
        "--to",
        "2020-12-31",
        "--out",
        str(tmp_path / "bad.pdf"),
        lang="zh_CN",
    )
    _assert_clean_error(reversed_period)
    _assert_chinese(reversed_period.stderr)
    assert not (tmp_path / "bad.pdf").exists()


def test_print_case_needs_a_client(demo_station: Path, tmp_path: Path) -> None:
    result = _session(_copy(demo_station, tmp_path), "print", "case", "--blank", "--out", str(tmp_path / "x.pdf"))
    _assert_clean_error(result)
    assert "--client" in result.stderr and not (tmp_path / "x.pdf").exists()


def text_count_audit(action: str | None = None):
    from sqlalchemy import func, select

    from rehabdesk.storage.schema import AuditEntry

    statement = select(func.count()).select_from(AuditEntry)
    return statement.where(AuditEntry.action == action) if action else statement


@pytest.mark.skipif(not HAVE_CHINESE, reason="translations not built")
def test_init_refuses_a_station_name_with_a_direction_override(tmp_path: Path) -> None:
    folder = tmp_path / "station"
    result = rehabdesk(
        "--lang",
        "zh_CN",
        "--data-dir",
        str(folder),
        "--user",
        "chief",
        "--password-stdin",
        "init",
        "--station-name",
        "海淀\u202e站",
        "--station-code",
        "HD07",
        "--county-code",
        "110108",
        "--admin-name",
        "王\u200b芳",
        "--recovery-sheet",
        str(tmp_path / "sheet.pdf"),
        stdin="chief-password-1\n",
    )
    _assert_clean_error(result)
    assert "不可见字符" in result.stderr
    assert not (tmp_path / "sheet.pdf").exists()


def test_report_writes_excel_and_pdf_with_the_services_figures(demo_station: Path, tmp_path: Path) -> None:
    import openpyxl

    from rehabdesk.domain.indicators import Period
    from rehabdesk.services import indicators

    folder = _copy(demo_station, tmp_path)
    out = tmp_path / "out"
    excel = _session(folder, "report", "--period", "2026Q3", "--out", str(out / "q3.xlsx"))
    assert excel.returncode == 0, excel.stderr
    pdf = _session(folder, "report", "--from", "2026-07-01", "--to", "2026-09-30", "--out", str(out / "q3.pdf"))
    assert pdf.returncode == 0, pdf.stderr
    ctx = sessions.unlock(StationPaths(folder), DEMO_LOGIN, DEMO_PASSWORD, PRODUCTION_POLICY)
    try:
        expected = indicators.station_indicators(ctx, Period.parse("2026Q3"))
    finally:
        ctx.close()
    rows = {row[0]: row[1] for row in openpyxl.load_workbook(out / "q3.xlsx").worksheets[0].iter_rows(values_only=True)}
    assert rows["登记参加社区康复人数"] == expected.registered > 0
    assert rows["登记康复对象接受规范服务人数"] == expected.standardised
    text = re.sub(r"\s+", "", _pdf_text(out / "q3.pdf"))
    assert f"登记参加社区康复人数{expected.registered}人" in text

    bad = _session(folder, "report", "--period", "2026Q5", "--out", str(out / "x.pdf"), lang="zh_CN")
    _assert_clean_error(bad)
    _assert_chinese(bad.stderr)
    assert not (out / "x.pdf").exists()
