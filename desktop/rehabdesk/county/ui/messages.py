"""The county's own refusal codes in the user's language; every other code (storage, sign-in, the sync format's)
is worded by the station's table, shared on purpose (rehabdesk.ui.text.messages)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication

from rehabdesk.domain.errors import DomainError
from rehabdesk.ui.text.messages import message_for


def _messages() -> dict[str, Callable[[], str]]:
    translate = QCoreApplication.translate
    return {
        "station_exists": lambda: translate(
            "county_messages", "This folder already holds a county (or a station). Choose an empty folder."
        ),
        "station_missing": lambda: translate(
            "county_messages", "There is no county in this folder yet. Create one with init first."
        ),
        "county_missing": lambda: translate(
            "county_messages", "There is no county in this folder yet. Create one with init first."
        ),
        "county_permission_denied": lambda: translate(
            "county_messages", "Your account may not do this; ask the county's admin."
        ),
        "county_division_invalid": lambda: translate(
            "county_messages", "Enter the 6-digit administrative division code, e.g. 110105."
        ),
        "county_period_invalid": lambda: translate("county_messages", "Write the period as 2026Q3, 2026H1 or 2026."),
        "county_figure_unknown": lambda: translate("county_messages", "There is no figure called {name}."),
        "county_figure_count_invalid": lambda: translate(
            "county_messages", "{name}: enter a whole number of 0 or more."
        ),
        "county_figure_money_invalid": lambda: translate(
            "county_messages", "{name}: enter an amount in yuan of 0 or more, at most two decimals."
        ),
        "county_server_url_invalid": lambda: translate(
            "county_messages", "Give the server as https://address:port, e.g. https://192.168.1.20:8443."
        ),
        "county_summary_suffix": lambda: translate(
            "county_messages", "Name the file .xlsx (Excel) or .pdf, e.g. 汇总表-2026Q3.xlsx."
        ),
        "county_file_missing": lambda: translate("county_messages", "The file or folder {path} does not exist."),
        "county_no_bundles": lambda: translate("county_messages", "There are no bundle files (.rdsync) in {folder}."),
        "county_device_exists": lambda: translate(
            "county_messages", "Computer {device} is already registered with another key or station."
        ),
        "county_device_revoked": lambda: translate(
            "county_messages", "Computer {device} has been revoked; it cannot be registered again."
        ),
        "county_device_approved": lambda: translate("county_messages", "Computer {device} is already approved."),
        "county_device_unknown": lambda: translate("county_messages", "There is no registered computer {device}."),
        "county_role_invalid": lambda: translate("county_messages", "The role is admin or staff."),
        "county_fingerprint_mismatch": lambda: translate(
            "county_messages",
            "The digits do not match this computer's key. Do not approve it: ask the station to read them again.",
        ),
        "bundle_county_key_unknown": lambda: translate(
            "county_messages",
            "Refused: the bundle is encrypted to a county key this county does not hold (key {key_id}). It was "
            "made for another county, or with an enrolment file newer than this database (restored from an older "
            "backup?).",
        ),
        "bundle_device_pending": lambda: translate(
            "county_messages", "The bundle comes from a computer whose registration has not been approved yet."
        ),
        "bundle_device_revoked": lambda: translate(
            "county_messages",
            "Refused: the bundle comes from a station computer whose registration the county has revoked.",
        ),
        "field": lambda: translate("county_messages", "the record has a field the format does not allow"),
        "id": lambda: translate("county_messages", "the record's id is not valid"),
        "op": lambda: translate("county_messages", "the record's operation is not valid"),
        "version": lambda: translate("county_messages", "the record's version is not valid"),
        "type": lambda: translate("county_messages", "unknown record type"),
        "erase": lambda: translate("county_messages", "the erase record is not valid"),
        "delete": lambda: translate("county_messages", "the delete record is not valid"),
    }


def county_codes() -> set[str]:
    return set(_messages())


def county_message(error: DomainError) -> str:
    text = _messages().get(error.code)
    if text is None:
        return message_for(error)
    try:
        return text().format(**error.params)
    except (KeyError, IndexError, ValueError):
        return text()


def reason_text(code: str) -> str:
    """A quarantine or refusal reason (a bare code) as words."""
    return county_message(DomainError(code))
