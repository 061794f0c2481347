#!/bin/bash
# The full installer check: the config test, both installers built twice (this version and an older-numbered one,
# for the upgrade tests), the .deb smoke and upgrade tests, the setup.exe listing, and the Wine smoke test, which
# upgrades over the older setup.exe. Takes tens of minutes (makensis's LZMA most of it); never part of pytest.
set -euo pipefail
cd "$(dirname "$0")/.."
source installer/version.sh
# The version just below this one: X.Y.Z-1, or X.(Y-1).99, or (X-1).99.99.
OLDER=$("$PYTHON" -c 'import sys
x, y, z = map(int, sys.argv[1].split("."))
print(f"{x}.{y}.{z - 1}" if z else f"{x}.{y - 1}.99" if y else f"{x - 1}.99.99")' "$VERSION")
uv run pytest tests/installer -q
installer/build-deb.sh
REHABDESK_VERSION=$OLDER installer/build-deb.sh
installer/smoke-deb.sh
installer/smoke-deb-upgrade.sh "dist/rehabdesk_${OLDER}_amd64.deb"
REHABDESK_VERSION=$OLDER REHABDESK_SETUP_UNCOMPRESSED=1 installer/build-windows.sh
installer/build-windows.sh
installer/inspect-windows.sh
installer/smoke-windows-wine.sh "dist/RehabDesk-$VERSION-win64-setup.exe" "dist/RehabDesk-$OLDER-win64-setup.exe"
ls -l dist/
