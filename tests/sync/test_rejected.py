"""The station's list of records the county rejected: each names the client whose case file holds it (a service by
its first attendee), station records none, and nothing of a client for an account that may not see case files."""

from __future__ import annotations

from pathlib import Path

from rehabdesk.domain.roles import Role
from rehabdesk.domain.service_records import AttendeeInput, ServiceInput
from rehabdesk.services import clients, service_records, sync, sync_ack, sync_export
from rehabdesk.sync.county import CountyKeys, ScratchCounty
from rehabdesk.sync.enrolment import Enrolment
from tests.case_support import active_client
from tests.people_support import TODAY, client_input
from tests.support import login_as
from tests.sync.support import enrolment_file, make_keys
from tests.training_support import worker


def test_rejected_records_name_the_client_whose_case_holds_them(admin_ctx, tmp_path: Path) -> None:
    keys = make_keys()
    path = enrolment_file(tmp_path, keys)
    sync.enrol(admin_ctx, path, Enrolment.open(path.read_bytes()).fingerprint)
    county = ScratchCounty(CountyKeys(keys.county, keys.county_signing), tmp_path / "county.db")
    county.register(sync.write_registration_request(admin_ctx, tmp_path / "request.rdreq").read_bytes())
    coordinator = login_as(admin_ctx, "coord", {Role.COORDINATOR}, "coord-pass-12")
    staff_id = worker(admin_ctx)
    first, second = sorted(
        active_client(coordinator, staff_id, name, serial) for name, serial in (("甲一", 61), ("乙二", 62))
    )
    service_id = service_records.record_service(
        coordinator,
        ServiceInput(
            TODAY,
            "9:00",
            "10:30",
            "group_work",
            ("social_skills",),
            (staff_id,),
            (AttendeeInput(second), AttendeeInput(first)),
            group=True,
        ),
        today=TODAY,
    )
    waiting = sync.waiting_changes(coordinator)  # nothing acknowledged yet: every row waits
    assert (waiting.counts["client"], waiting.counts["service"], waiting.counts["staff"]) == (2, 1, 1)
    usb = tmp_path / "usb"
    usb.mkdir()
    bundle = sync_export.export_bundle(coordinator, usb).path
    reasons = {"service": "field", "staff": "version", "client": "id"}
    ack = county.receive(bundle, reject=lambda record: reasons.get(record["type"]))
    (tmp_path / "ack.rdack").write_bytes(ack)
    sync_ack.import_ack(coordinator, tmp_path / "ack.rdack")

    found = {(r.record_type, r.record_id): r for r in sync_ack.rejected_records(coordinator)}
    service = found[("service", service_id)]
    assert (service.reason, service.client_id, service.client_name) == ("field", first, "甲一")
    staff_row = found[("staff", staff_id)]
    assert (staff_row.reason, staff_row.client_id, staff_row.client_name) == ("version", None, None)
    assert {r.client_id for (kind, _), r in found.items() if kind == "client"} == {first, second}
    assert all(r.case_number for (kind, _), r in found.items() if kind == "client")

    assert sync.waiting_changes(coordinator) == sync.Waiting({}, None)
    later = clients.register_client(coordinator, client_input("丙三", serial=63), today=TODAY).client_id
    waiting = sync.waiting_changes(coordinator)
    assert waiting.counts["client"] == 1 and "service" not in waiting.counts and waiting.oldest is not None
    assert later not in {r.client_id for r in sync_ack.rejected_records(coordinator)}
    county.close()
    coordinator.close()
