"""First-run wizard: station details, first admin, recovery code with the written-down step."""

from __future__ import annotations

import re
from pathlib import Path

import pypdf
from PySide6.QtWidgets import QWizard

from rehabdesk.storage.keys import KeyPolicy
from rehabdesk.storage.paths import StationPaths
from rehabdesk.ui.first_run import FirstRunWizard
from rehabdesk.ui.operations import Operations

RECOVERY_CODE = re.compile(r"^[0-9A-Z]{4}(-[0-9A-Z]{4}){6}$")


def _fill_station(wizard: FirstRunWizard, county: str = "110105") -> None:
    page = wizard.station_page.form
    page.name_edit.setText("朝阳区阳光康复站")
    page.code_edit.setText("cy0301")
    page.county_edit.setText(county)
    page.head_edit.setText("欧阳振华")


def _fill_admin(wizard: FirstRunWizard, password: str = "zhanzhang-2026", repeat: str | None = None) -> None:
    page = wizard.admin_page
    page.login_edit.setText("liuxia")
    page.name_edit.setText("刘霞")
    page.password_edit.setText(password)
    page.repeat_edit.setText(password if repeat is None else repeat)


def test_wizard_creates_station_and_shows_recovery_code_once(qtbot, zh, tmp_path: Path, ops: Operations) -> None:
    paths = StationPaths(tmp_path / "station")
    wizard = FirstRunWizard(paths, KeyPolicy.for_tests(), ops)
    qtbot.addWidget(wizard)
    wizard.show()
    _fill_station(wizard)
    wizard.next()
    assert wizard.currentPage() is wizard.admin_page
    _fill_admin(wizard)
    wizard.next()
    assert wizard.currentPage() is wizard.recovery_page
    code = wizard.recovery_page.code_label.text()
    assert RECOVERY_CODE.match(code)
    assert paths.database.exists()

    finish = wizard.button(QWizard.WizardButton.FinishButton)
    assert not finish.isEnabled(), "finishing must wait for the written-down confirmation"
    sheet = tmp_path / "sheet.pdf"
    wizard.recovery_page.sheet_buttons.save_to(sheet)
    text = "".join(page.extract_text() for page in pypdf.PdfReader(sheet).pages)
    assert code in text
    wizard.recovery_page.confirm_check.setChecked(True)
    assert finish.isEnabled()
    with qtbot.waitSignal(wizard.station_created) as created:
        finish.click()
    ctx = created.args[0]
    assert ctx.actor.login == "liuxia"
    ctx.close()


def test_wizard_keeps_input_and_marks_the_field_on_bad_county_code(qtbot, zh, tmp_path: Path, ops) -> None:
    paths = StationPaths(tmp_path / "station")
    wizard = FirstRunWizard(paths, KeyPolicy.for_tests(), ops)
    qtbot.addWidget(wizard)
    wizard.show()
    _fill_station(wizard, county="0101")
    wizard.next()
    assert wizard.currentPage() is wizard.station_page
    form = wizard.station_page.form
    assert form.county_edit.property("invalid") is True
    assert "6 位" in form.message.text()
    assert form.name_edit.text() == "朝阳区阳光康复站"
    assert not paths.is_station()


def test_wizard_refuses_different_passwords_and_weak_password(qtbot, zh, tmp_path: Path, ops) -> None:
    paths = StationPaths(tmp_path / "station")
    wizard = FirstRunWizard(paths, KeyPolicy.for_tests(), ops)
    qtbot.addWidget(wizard)
    wizard.show()
    _fill_station(wizard)
    wizard.next()
    _fill_admin(wizard, repeat="something-else-1")
    wizard.next()
    assert wizard.currentPage() is wizard.admin_page
    assert "不一致" in wizard.admin_page.message.text()
    _fill_admin(wizard, password="12345678")
    wizard.next()
    assert wizard.currentPage() is wizard.admin_page
    assert wizard.admin_page.password_edit.property("invalid") is True
    assert not paths.is_station()
