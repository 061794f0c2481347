"""The 上报 page: enrolment with its fingerprint, export to a folder, the county's acknowledgement."""

from __future__ import annotations

from pathlib import Path

from rehabdesk.domain.roles import Role
from rehabdesk.services import sync
from rehabdesk.sync.county import CountyKeys, ScratchCounty
from rehabdesk.sync.enrolment import Enrolment
from rehabdesk.ui.pages.sync import SyncPage
from tests.support import login_as
from tests.sync.support import enrolment_file, make_keys


def test_enrol_export_and_acknowledge_from_the_page(qtbot, zh, admin_ctx, ops, tmp_path: Path) -> None:
    page = SyncPage(admin_ctx, ops)
    qtbot.addWidget(page)
    assert "尚未" in page.enrolment_label.text()
    assert page.enrol_button.isVisibleTo(page)

    keys = make_keys()
    path = enrolment_file(tmp_path, keys)
    fingerprint = Enrolment.open(path.read_bytes()).fingerprint
    page.enrol(str(path), "0000")
    assert "尚未" in page.enrolment_label.text()  # a wrong fingerprint trusts nothing
    page.enrol(str(path), fingerprint)
    assert fingerprint in page.enrolment_label.text()
    assert "系统密钥环" in page.key_note.text()

    coordinator = login_as(admin_ctx, "coord", {Role.COORDINATOR}, "coord-pass-12")
    work = SyncPage(coordinator, ops)
    qtbot.addWidget(work)
    assert work.export_button.isVisibleTo(work) and not work.enrol_button.isVisibleTo(work)
    county = ScratchCounty(CountyKeys(keys.county, keys.county_signing), tmp_path / "county.db")
    county.register(sync.write_registration_request(admin_ctx, tmp_path / "request.rdreq").read_bytes())
    usb = tmp_path / "usb"
    usb.mkdir()
    work.export_to(str(usb))
    (bundle,) = usb.glob("*.rdsync")
    assert bundle.name in work.message.text()
    assert work.history.rowCount() == 1 and work.history.item(0, 4).text() == "已发送，尚未收到回执"
    (tmp_path / "ack.rdack").write_bytes(county.receive(bundle))
    work.import_ack(str(tmp_path / "ack.rdack"))
    assert work.history.item(0, 4).text() == "已确认"
    county.close()
    coordinator.close()
