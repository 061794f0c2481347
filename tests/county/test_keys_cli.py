"""`rehabdesk-county keys show|rotate` in a child process: rotation only with --yes (the password comes on stdin,
so the confirmation is a flag), said in Chinese, the new fingerprint printed and written into the next enrolment
file, the generations listed."""

from __future__ import annotations

from pathlib import Path

from rehabdesk.county.services import keys
from rehabdesk.storage.keys import PRODUCTION_POLICY
from rehabdesk.sync.enrolment import Enrolment
from tests.county.support import COUNTY_ADMIN, make_county
from tests.county.test_cli import county_cli


def test_rotation_needs_yes_prints_the_new_fingerprint_and_the_next_enrolment_carries_it(tmp_path: Path) -> None:
    folder = tmp_path / "county"
    ctx = make_county(folder, PRODUCTION_POLICY)
    keys.write_enrolment(ctx, tmp_path / "old.rdenrol")
    ctx.close()
    common = ("--data-dir", str(folder), "--user", COUNTY_ADMIN, "--password-stdin")

    unconfirmed = county_cli("keys", "rotate", *common)
    assert unconfirmed.returncode == 2 and "--yes" in unconfirmed.stderr and "假名密钥不变" in unconfirmed.stderr

    rotated = county_cli("keys", "rotate", "--yes", *common)
    assert rotated.returncode == 0, rotated.stderr
    assert "第 2 代" in rotated.stdout
    fingerprint = rotated.stdout.split("：\n", 1)[1].split("\n", 1)[0].strip()
    assert len(fingerprint.split()) == 8

    after = county_cli("enrolment", "--out", str(tmp_path / "new.rdenrol"), *common)
    assert after.returncode == 0 and fingerprint in after.stdout
    old = Enrolment.open((tmp_path / "old.rdenrol").read_bytes())
    new = Enrolment.open((tmp_path / "new.rdenrol").read_bytes())
    assert new.fingerprint == fingerprint != old.fingerprint
    assert new.pseudonym_key == old.pseudonym_key  # never rotated: it links a person across stations and time
    assert new.age_recipient != old.age_recipient and new.signing_key != old.signing_key

    shown = county_cli("keys", "show", *common)
    lines = shown.stdout.strip().splitlines()
    assert len(lines) == 2 and "当前使用" in lines[0] and "停用" in lines[1]
    assert old.age_recipient.key_id in lines[1] and new.age_recipient.key_id in lines[0]
