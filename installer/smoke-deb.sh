#!/bin/bash
# Smoke test of the .deb: unpack it into a temp root (dpkg -x; no chroot needed), check what it installs, and run
# the installed copy's self-test offscreen, away from the source tree and its venv.
# Needs: dpkg-deb, the package's Depends installed on this machine (python3.11 and Qt's libraries).
set -euo pipefail
cd "$(dirname "$0")/.."
source installer/version.sh
DEB=${1:-dist/rehabdesk_${VERSION}_amd64.deb}
ROOT=$(mktemp -d /tmp/rehabdesk-deb-smoke.XXXXXX)
trap 'rm -rf "$ROOT"' EXIT

echo "== control"
dpkg-deb --field "$DEB" Package Version Architecture Installed-Size
test "$(dpkg-deb --field "$DEB" Version)" = "$VERSION"
dpkg-deb -x "$DEB" "$ROOT/fs"

echo "== files"
test "$(readlink "$ROOT/fs/usr/bin/rehabdesk")" = /opt/rehabdesk/venv/bin/rehabdesk
test -x "$ROOT/fs/opt/rehabdesk/venv/bin/rehabdesk"
grep -q '^Exec=rehabdesk$' "$ROOT/fs/usr/share/applications/rehabdesk.desktop"
grep -q '^Name\[zh_CN\]=精康工作台$' "$ROOT/fs/usr/share/applications/rehabdesk.desktop"
test -s "$ROOT/fs/usr/share/icons/hicolor/256x256/apps/rehabdesk.png"
test -s "$ROOT/fs/opt/rehabdesk/venv/lib/python3.11/site-packages/rehabdesk/resources/fonts/DroidSansFallbackFull.ttf"
if command -v desktop-file-validate >/dev/null; then desktop-file-validate "$ROOT/fs/usr/share/applications/rehabdesk.desktop"; fi
if grep -rqs "$(pwd)" "$ROOT/fs/opt/rehabdesk/venv/bin" "$ROOT/fs/opt/rehabdesk/venv/pyvenv.cfg"; then
    echo "the installed environment names the build folder" >&2
    exit 1
fi

echo "== selftest of the installed copy"
mkdir -p "$ROOT/home"
started=$(date +%s%N)
(cd "$ROOT" && env -i PATH=/usr/bin:/bin HOME="$ROOT/home" TMPDIR="$ROOT" LANG=C.UTF-8 \
    "$ROOT/fs/opt/rehabdesk/venv/bin/rehabdesk" selftest)
echo "selftest of the installed copy: $(( ($(date +%s%N) - started) / 1000000 )) ms wall clock"
echo "== cold start of the installed copy (first paint, new folder)"
started=$(date +%s%N)
(cd "$ROOT" && env -i PATH=/usr/bin:/bin HOME="$ROOT/home" LANG=C.UTF-8 QT_QPA_PLATFORM=offscreen \
    "$ROOT/fs/opt/rehabdesk/venv/bin/rehabdesk" --data-dir "$ROOT/station" --exit-after-paint >/dev/null)
echo "first paint: $(( ($(date +%s%N) - started) / 1000000 )) ms"
echo "deb smoke test passed"
