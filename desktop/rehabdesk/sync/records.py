"""The records a bundle carries (docs/sync-bundle.md §7): their fields, the pseudonyms, and the check the county
runs on each. Field lists are closed: a record with a field not listed here is invalid, which keeps free text,
names, ID numbers, phone numbers and addresses out by construction."""

from __future__ import annotations

import hashlib
import hmac
import re
import uuid
from datetime import date
from typing import Any

from rehabdesk.sync.errors import SyncRejected

UPSERT = "upsert"
DELETE = "delete"

# Person-level record types: only for clients with an unwithdrawn 向他人提供 consent, keyed by pseudonym.
PERSON_FIELDS: dict[str, frozenset[str]] = {
    "client": frozenset(
        {"pseudonym", "birth_year", "gender", "county_code", "diagnosis", "status", "disability_level"}
    ),
    "episode": frozenset(
        {"pseudonym", "number", "application_date", "channel", "status", "status_since", "closing_outcome", "closed_on"}
    ),
    "status_change": frozenset({"pseudonym", "episode_id", "from_status", "to_status", "changed_on"}),
    "assessment": frozenset(
        {"pseudonym", "episode_id", "kind", "assessed_on", "instrument", "instrument_version", "total", "band"}
    ),
    "rehab_plan": frozenset(
        {
            "pseudonym",
            "episode_id",
            "plan_version",
            "period_start",
            "period_end",
            "status",
            "agreed_on",
            "approved_on",
            "review_due",
        }
    ),
    "referral": frozenset({"pseudonym", "direction", "kind", "referral_date", "receipt_date"}),
    "follow_up": frozenset({"pseudonym", "due_date", "done_on"}),
    "service": frozenset({"service_date", "service_types", "form", "minutes", "group_size", "staff", "attendees"}),
}
# The station's figures for one report period (services/sync_snapshot.py): counts and codes only, covering the
# clients without the consent too. One id per station and period: a re-sent period replaces the last one.
SNAPSHOT_FIELDS = frozenset(
    {
        "period", "period_start", "period_end", "counted_to", "final", "rule", "target_percent",
        "registered", "standardised", "rate", "registered_by_diagnosis",
        "applications", "applications_by_channel", "registrations", "enrolments", "closings_by_outcome",
        "referrals_in", "referrals_out", "green_channel", "waitlist", "waiting_long", "wait_days",
        "service_records", "client_times", "service_hours", "services_by_type", "services_by_form",
        "individual", "group", "psychiatric_medical", "social_work", "staff_by_profession",
        "training", "safety",
    }
)  # fmt: skip
# Station-level record types.
STATION_FIELDS: dict[str, frozenset[str]] = {
    "staff": frozenset(
        {"pseudonym", "profession", "employment_type", "direct_service", "start_date", "end_date", "training_minutes"}
    ),
    "drill": frozenset({"drill_date", "scenario", "participants", "clients_involved", "duration_minutes"}),
    "emergency_plan": frozenset({"scenarios", "effective_date", "review_due"}),
    "indicator_snapshot": SNAPSHOT_FIELDS,
}
SNAPSHOT = "indicator_snapshot"
# uuid5 namespace of snapshot ids (a fixed random UUID: changing it would orphan every snapshot a county holds).
SNAPSHOT_NAMESPACE = uuid.UUID("5b0e8c57-43a2-4d49-9a51-2f3c6e1d7a90")
RECORD_TYPES = frozenset(PERSON_FIELDS) | frozenset(STATION_FIELDS)
ERASE = "erase"  # {"type": "erase", "pseudonym": …}: the county deletes everything it holds for this pseudonym

_HEX64 = re.compile(r"^[0-9a-f]{64}$")
_ID = re.compile(r"^[0-9a-f-]{36}$")
_PERIOD = re.compile(r"^\d{4}(Q[1-4]|H[12])?$")


def normalise_id_number(id_number: str) -> str:
    """Upper case, no spaces or separators: the form both the station and the county hash."""
    return re.sub(r"[\s-]", "", id_number).upper()


def client_pseudonym(key: bytes, id_number: str) -> str:
    """HMAC-SHA256 over the normalised ID number (UTF-8) under the county's pseudonym key, lower-case hex: the same
    person has the same pseudonym at every station of the county; without the key it says nothing."""
    return hmac.new(key, normalise_id_number(id_number).encode("utf-8"), hashlib.sha256).hexdigest()


def staff_pseudonym(key: bytes, station_code: str, staff_id: str) -> str:
    """HMAC-SHA256 over ``staff:{station code}:{staff row id}`` under the pseudonym key, lower-case hex."""
    return hmac.new(key, f"staff:{station_code}:{staff_id}".encode(), hashlib.sha256).hexdigest()


def snapshot_id(station_code: str, period_label: str) -> str:
    """The id of a station's snapshot of one period: UUIDv5 (RFC 9562) of ``{station code}:{period label}`` in
    SNAPSHOT_NAMESPACE, so that each export's snapshot of a period replaces the last one at the county."""
    return str(uuid.uuid5(SNAPSHOT_NAMESPACE, f"{station_code}:{period_label}"))


def _count(value: Any) -> bool:
    return type(value) is int and 0 <= value < 10**9


def _snapshot_sound(record: dict[str, Any], fields: set[str]) -> bool:
    """Every field present, and the ones the county's 汇总表 adds up of the right shape."""
    if fields != SNAPSHOT_FIELDS or not _PERIOD.match(str(record["period"])):
        return False
    if not (_count(record["registered"]) and _count(record["standardised"])):
        return False
    if record["standardised"] > record["registered"]:
        return False
    takings = (record["psychiatric_medical"], record["social_work"])
    if not all(
        isinstance(t, dict) and set(t) == {"people", "records"} and all(map(_count, t.values())) for t in takings
    ):
        return False
    if type(record["rate"]) not in (int, float) or not 0 <= record["rate"] <= 100:
        return False
    try:
        date.fromisoformat(str(record["counted_to"]))
    except ValueError:
        return False
    return True


def check_record(record: dict[str, Any], station_code: str | None = None) -> None:
    """The county's check of one data record (shape only: values are the station's). With the sending station's
    code, a snapshot must carry that station's id for its period: one station cannot replace another's figures."""
    kind = record.get("type")
    if kind == ERASE:
        if set(record) != {"type", "pseudonym"} or not _HEX64.match(str(record["pseudonym"])):
            raise SyncRejected("payload_record_invalid", reason="erase")
        return
    if kind not in RECORD_TYPES:
        raise SyncRejected("payload_record_invalid", reason="type")
    if not isinstance(record.get("id"), str) or not _ID.match(record["id"]):
        raise SyncRejected("payload_record_invalid", reason="id")
    op = record.get("op")
    if op == DELETE:
        if set(record) != {"type", "op", "id"}:
            raise SyncRejected("payload_record_invalid", reason="delete")
        return
    if op != UPSERT:
        raise SyncRejected("payload_record_invalid", reason="op")
    allowed = PERSON_FIELDS.get(kind) or STATION_FIELDS[kind]
    fields = set(record) - {"type", "op", "id", "version"}
    if fields - allowed:
        raise SyncRejected("payload_record_invalid", reason="field", type=kind)
    if kind == SNAPSHOT and not _snapshot_sound(record, fields):
        # The county adds the stations' figures up: a snapshot lacking one would count as a silent zero.
        raise SyncRejected("payload_record_invalid", reason="snapshot", type=kind)
    if kind == SNAPSHOT and station_code is not None and record["id"] != snapshot_id(station_code, record["period"]):
        raise SyncRejected("payload_record_invalid", reason="snapshot_owner", type=kind)
    if type(record.get("version")) is not int:
        raise SyncRejected("payload_record_invalid", reason="version")
