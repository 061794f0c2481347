"""Every county action is audited: exactly one entry per action, naming it, without personal data."""

from __future__ import annotations

import uuid
from pathlib import Path

from rehabdesk.county.services import accounts, figures, keys, receiving, registry
from rehabdesk.county.services.context import CountyContext
from rehabdesk.sync.enrolment import RegistrationRequest
from rehabdesk.sync.minisign import SecretKey
from tests.county.support import make_county
from tests.sync.support import Keys, write_bundle


def _entries(ctx: CountyContext) -> list[tuple[str, str]]:
    with ctx.store.unit_of_work(ctx.actor, read_only=True) as uow:
        rows = uow.session.connection().exec_driver_sql("SELECT action, detail FROM audit_log ORDER BY seq").all()
    return [(row[0], row[1]) for row in rows]


def test_each_county_action_writes_one_audit_entry(tmp_path: Path) -> None:
    ctx = make_county(tmp_path / "county")
    device = SecretKey.generate()
    request = RegistrationRequest("ST0001", "测试站", "110105", "D00000A1", device.public, "2026-12-07T00:00:00Z")
    (tmp_path / "r.rdreq").write_bytes(request.seal(device))
    with ctx.store.unit_of_work(ctx.actor, read_only=True) as uow:
        county_keys = keys.load_keys(uow.session, ctx.store.master)
    bundle, _ = write_bundle(tmp_path, Keys(county_keys.identity, county_keys.signing, device), [
        {"type": "client", "op": "upsert", "id": str(uuid.uuid4()), "version": 1, "pseudonym": "ab" * 32},
    ])  # fmt: skip
    actions = [
        (lambda: keys.write_enrolment(ctx, tmp_path / "e.rdenrol"), "county_enrolment_written"),
        (lambda: registry.register(ctx, tmp_path / "r.rdreq"), "registration_received"),
        (lambda: registry.approve(ctx, "D00000A1", request.fingerprint), "device_approved"),
        (lambda: receiving.import_bundles(ctx, bundle, tmp_path / "acks"), "bundle_received"),
        (lambda: receiving.import_bundles(ctx, bundle, tmp_path / "acks"), "bundle_already_received"),
        (lambda: figures.set_figures(ctx, "110105", "2026Q3", {"patients_total": "5"}), "figures_set"),
        (lambda: accounts.add_account(ctx, "liuxia", "刘霞", "staff", "first-pass-123"), "account_create"),
        (lambda: registry.revoke(ctx, "D00000A1"), "device_revoked"),
        (lambda: receiving.import_bundles(ctx, bundle, tmp_path / "acks"), "bundle_refused"),
    ]
    for action, name in actions:
        before = len(_entries(ctx))
        action()
        after = _entries(ctx)
        assert [entry[0] for entry in after[before:]] == [name]
    assert "刘霞" not in repr(_entries(ctx)) and "测试站" not in repr(_entries(ctx))
    ctx.close()
