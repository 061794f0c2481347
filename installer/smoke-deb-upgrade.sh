#!/bin/bash
# Upgrade test of the .deb: dpkg installs an older-numbered package (REHABDESK_VERSION=… build-deb.sh) into a
# temp root with its own package database, the old version makes a demo station and a setting is written, dpkg
# installs the new package over it, and then: the package database has the new version, the program folder holds
# exactly the new package's files (none of the old version's left), the station and the setting are unchanged, the
# new version checks the station and passes its self-test; removing and purging the package keep both.
#   smoke-deb-upgrade.sh OLDER_DEB [DEB]
# dpkg runs with --root and --force-script-chrootless (the maintainer scripts see DPKG_ROOT) and --force-depends (the
# temp root's database lacks python3.11 and Qt's libraries, which the installed copy takes from this machine).
# Needs: dpkg, the package's Depends installed on this machine.
set -euo pipefail
cd "$(dirname "$0")/.."
source installer/version.sh
OLDER=$(realpath "$1")
DEB=$(realpath "${2:-dist/rehabdesk_${VERSION}_amd64.deb}")
OLD_VERSION=$(dpkg-deb --field "$OLDER" Version)
NEW_VERSION=$(dpkg-deb --field "$DEB" Version)
dpkg --compare-versions "$OLD_VERSION" lt "$NEW_VERSION" || { echo "$OLDER is not older than $DEB" >&2; exit 1; }
ROOT=$(mktemp -d /tmp/rehabdesk-deb-upgrade.XXXXXX)
trap 'rm -rf "$ROOT"' EXIT
mkdir -p "$ROOT/var/lib/dpkg/info" "$ROOT/var/lib/dpkg/updates" "$ROOT/home"
touch "$ROOT/var/lib/dpkg/status" "$ROOT/var/lib/dpkg/available"
# dpkg's output (the forced Depends are warned about at length) is shown only when it fails.
dpkg_root() {
    dpkg --root="$ROOT" --force-script-chrootless --force-depends --log="$ROOT/dpkg.log" "$@" >"$ROOT/dpkg.out" 2>&1 ||
        { cat "$ROOT/dpkg.out" >&2; return 1; }
}
installed_version() { dpkg-query --root="$ROOT" -W -f '${Version} ${db:Status-Status}' rehabdesk; }
app() {
    (cd "$ROOT" && env -i PATH=/usr/bin:/bin HOME="$ROOT/home" TMPDIR="$ROOT" LANG=C.UTF-8 QT_QPA_PLATFORM=offscreen \
        "$ROOT/opt/rehabdesk/venv/bin/rehabdesk" --lang en "$@")
}
STATION=$ROOT/home/.local/share/RehabDesk/demo-station
SETTINGS=$ROOT/home/.config/RehabDesk/RehabDesk.conf
snapshot() { (cd "$STATION" && find . -type f -print0 | sort -z | xargs -0 sha256sum) && sha256sum "$SETTINGS"; }

echo "== $OLD_VERSION installed, a station made with it"
dpkg_root -i "$OLDER"
test "$(installed_version)" = "$OLD_VERSION installed"
app --demo demo --clients 4 --staff 1 --training-years 0 --services-per-client 3 | tail -1
mkdir -p "$(dirname "$SETTINGS")" && printf '[upgrade]\nmarker=kept from %s\n' "$OLD_VERSION" >>"$SETTINGS"
before=$(snapshot)

echo "== $NEW_VERSION installed over it (dpkg -i)"
started=$(date +%s)
dpkg_root -i "$DEB"
echo "upgraded in $(($(date +%s) - started)) s"
test "$(installed_version)" = "$NEW_VERSION installed"
SITE=$ROOT/opt/rehabdesk/venv/lib/python3.11/site-packages
test ! -e "$SITE/rehabdesk-$OLD_VERSION.dist-info" && test -d "$SITE/rehabdesk-$NEW_VERSION.dist-info"
grep -qx "__version__ = \"$NEW_VERSION\"" "$SITE/rehabdesk/__init__.py"
# Every file under /opt/rehabdesk belongs to the new package: nothing of the old version, nothing written at run time.
unowned=$(comm -23 <(cd "$ROOT" && find opt/rehabdesk -type f -printf '/%p\n' | sort) \
    <(dpkg-query --root="$ROOT" -L rehabdesk | sort))
if [ -n "$unowned" ]; then echo "files under /opt/rehabdesk that no package owns:" >&2; head "$unowned" >&2; exit 1; fi
test "$(snapshot)" = "$before"
echo "the $OLD_VERSION station and settings are unchanged; $NEW_VERSION checks the station:"
app --demo --user admin --password-stdin check <<<"rehab-demo" | tee "$ROOT/check.txt"
grep -q "All checks passed." "$ROOT/check.txt"
app selftest | tail -1

echo "== remove and purge keep the station and the settings"
dpkg_root -r rehabdesk
dpkg_root -P rehabdesk
test ! -e "$ROOT/opt/rehabdesk" && test ! -e "$ROOT/usr/bin/rehabdesk"
test -s "$STATION/$(cd "$STATION" && find . -name '*.db' -print -quit)"
grep -qx "marker=kept from $OLD_VERSION" "$SETTINGS"
echo "deb upgrade $OLD_VERSION -> $NEW_VERSION passed: files replaced, station and settings kept"
