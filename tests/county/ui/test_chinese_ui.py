"""A walk through the county's Chinese UI (every page, the dialogs, the sign-in screen): no visible Latin text
outside the station walk's allowlist and the county's file names."""

from __future__ import annotations

from rehabdesk.county.services import registry
from rehabdesk.county.services.county_info import county_info
from rehabdesk.county.storage.paths import CountyPaths
from rehabdesk.county.ui.create_dialog import CreateCountyDialog
from rehabdesk.county.ui.main_window import CountyWindow
from rehabdesk.county.ui.password_dialog import PasswordDialog
from rehabdesk.county.ui.sign_in import SignInWidget
from rehabdesk.county.ui.stations_page import ApproveDialog, RevokeDialog
from rehabdesk.services import sync_export
from tests.conftest import TEST_POLICY
from tests.county.support import enrolled_station
from tests.i18n.test_chinese_ui import _latin_leftovers, _visible_texts

# The county's file kinds and folder, named as users see them on the USB stick, and the demo password; the database
# server's names as they are typed (the address's scheme, PostgreSQL's pgpass file).
COUNTY_WORDS = {"XLSX", "rdsync", "rdreq", "rdenrol", "acks", "county", "postgresql", "psycopg", "PostgreSQL", "pgpass"}


def test_no_latin_text_in_the_county_chinese_ui(zh, qtbot, ops, county, county_paths, tmp_path) -> None:
    station = enrolled_station(county, tmp_path / "s1", seed=5, code="ST0001")
    registration = registry.register(county, station.request)
    usb = tmp_path / "usb"
    usb.mkdir()
    info = county_info(county)
    data = {
        county_paths.root.as_posix(),
        (tmp_path / "empty").as_posix(),
        usb.as_posix(),
        "ST0001",
        registration.device_id,
        info.login,
    }

    texts: list[str] = []
    for folder in (county_paths, CountyPaths(tmp_path / "empty")):
        sign_in = SignInWidget(folder, TEST_POLICY, ops, demo_hint=("admin", "county-demo"))
        qtbot.addWidget(sign_in)
        texts += _visible_texts(sign_in)
    window = CountyWindow(county, ops, info)
    qtbot.addWidget(window)
    window.show()
    for row in range(window.rail.count()):
        window.show_page(row)
    registry.approve(county, registration.device_id, registration.fingerprint)
    sync_export.export_bundle(station.ctx, usb)
    station.ctx.close()
    window.receive_page.import_from(usb)
    window.stations_page.refresh()
    window.summary_page.refresh_preview()
    texts += _visible_texts(window)
    for dialog in (
        ApproveDialog(county, ops, registration, window),
        RevokeDialog(registration.device_id, "测试康复站 ST0001", window),
        PasswordDialog(county, ops, forced=True, parent=window),
        CreateCountyDialog(CountyPaths(tmp_path / "empty"), TEST_POLICY, ops, window),
    ):
        texts += _visible_texts(dialog)
    tables = [window.stations_page.table, window.receive_page.results, window.overview_page.table]
    for table in tables:  # the words the pages write into cells (states, urban/rural), not the data
        texts += [table.item(r, c).text() for r in range(table.rowCount()) for c in range(table.columnCount())]
    data |= {window.receive_page.results.item(0, 0).text()}  # the bundle's file name
    data |= {window.stations_page.table.item(0, 0).text(), window.overview_page.table.item(0, 0).text()}
    assert window.receive_page.results.rowCount() == 1
    leftovers = _latin_leftovers(texts, data) - COUNTY_WORDS
    assert leftovers == set()
