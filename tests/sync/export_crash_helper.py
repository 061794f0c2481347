"""Child process for tests/sync/test_export_crash.py: sign in to the station, make one change that a bundle will
carry, print "ready", export to the folder, print "exported". The parent SIGKILLs it somewhere in between.

    python tests/sync/export_crash_helper.py STATION_DIR USB_DIR ROUND"""

from __future__ import annotations

import sys
from pathlib import Path


def main(station: str, usb: str, round_number: str) -> None:
    import keyring
    from keyring.backends import fail

    from rehabdesk.demo.station import DEMO_LOGIN, DEMO_PASSWORD
    from rehabdesk.domain.staff import StaffInput
    from rehabdesk.services import sessions, staff, sync_export
    from rehabdesk.storage.keys import KeyPolicy
    from rehabdesk.storage.paths import StationPaths

    keyring.set_keyring(fail.Keyring())  # the device key is in the station database, as enrolled by the parent
    ctx = sessions.unlock(StationPaths(Path(station)), DEMO_LOGIN, DEMO_PASSWORD, KeyPolicy.for_tests())
    member = StaffInput(f"K{round_number}", f"轮次{round_number}", "female", "social_worker", "full_time", "2024-03-01")
    staff.register_staff(ctx, member)
    print("ready", flush=True)
    result = sync_export.export_bundle(ctx, Path(usb))
    print("exported", result.sequence, flush=True)


if __name__ == "__main__":
    main(*sys.argv[1:4])
