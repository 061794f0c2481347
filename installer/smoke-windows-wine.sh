#!/bin/bash
# Smoke test of the setup.exe under Wine (Debian's wine64, Wine 8.0), in a fresh prefix. Wine is not Windows: see
# installer/README.md for what this does not prove.
#   smoke-windows-wine.sh [SETUP] [OLDER_SETUP]
# With OLDER_SETUP (a setup.exe built with a lower REHABDESK_VERSION) it first installs that one, makes a demo
# station with it and writes a setting, then installs SETUP over it silently: the old files must be replaced, Add/Remove
# must show one entry with the new version, and the station and the setting must survive and pass the new version's
# check. Then, with or without it: silent per-machine install (/S), files, shortcuts for both applications, the
# Add/Remove entry, `rehabdesk selftest` (every step line shown; it must pass), and a silent uninstall that must leave
# %LOCALAPPDATA%\RehabDesk and the settings in place.
# Wine 8.0 lacks two DLLs the app loads (bcryptprimitives.dll for Rust's standard library, icuuc.dll for Qt6Core):
# installer/wine/build-standins.sh builds test-only stand-ins, which go into this prefix's system32 only.
# Needs: wine64, gcc-mingw-w64-x86-64-win32.
set -euo pipefail
trap 'echo "failed at line $LINENO: $BASH_COMMAND" >&2' ERR
cd "$(dirname "$0")/.."
source installer/version.sh
SETUP=$(realpath "${1:-dist/RehabDesk-$VERSION-win64-setup.exe}")
OLDER=${2:+$(realpath "$2")}
export WINEPREFIX
WINEPREFIX=$(mktemp -d /tmp/rehabdesk-wine.XXXXXX)
export WINEDEBUG=-all WINEDLLOVERRIDES="mscoree,mshtml="
trap 'wineserver -k 2>/dev/null || true; rm -rf "$WINEPREFIX"' EXIT
C=$WINEPREFIX/drive_c
APP="$C/Program Files/RehabDesk"
run() { timeout 900 wine "$@" </dev/null 2>&1 | cat; return "${PIPESTATUS[0]}"; }
# Output piped on is read whole (grep >/dev/null, never grep -q): a reader that stops early kills the writer with
# SIGPIPE, and pipefail then fails a check that held.
setup_version() { basename "$1" | sed -nE 's/^RehabDesk-([0-9.]+)-win64-setup\.exe$/\1/p'; }
# Wine's registry file writes non-ASCII as \x escapes: 精康工作台 is \x7cbe\x5eb7\x5de5\x4f5c\x53f0.
NAME='"DisplayName"="\x7cbe\x5eb7\x5de5\x4f5c\x53f0 (RehabDesk)"'
UNINSTALL_KEY='[Software\\Microsoft\\Windows\\CurrentVersion\\Uninstall\\RehabDesk]'
SETTINGS='HKCU\Software\RehabDesk\RehabDesk'
install() {
    local started
    started=$(date +%s)
    run "$1" /S
    wineserver -w
    echo "installed $(basename "$1") in $(($(date +%s) - started)) s: $(du -sm "$APP" | cut -f1) MiB in $APP"
}
add_remove_entries() { cat "$WINEPREFIX/system.reg" "$WINEPREFIX/user.reg" | grep -cF "$NAME" || true; }

wineboot -i >/dev/null 2>&1
installer/wine/build-standins.sh "$WINEPREFIX/standins"
cp "$WINEPREFIX"/standins/*.dll "$C/windows/system32/"
LOCAL=$(ls -d "$C"/users/*/AppData/Local | grep -v /Public/ | sed -n 1p)
STATION=$LOCAL/RehabDesk/demo-station

if [ -n "$OLDER" ]; then
    OLD_VERSION=$(setup_version "$OLDER")
    test -n "$OLD_VERSION" && test "$OLD_VERSION" != "$VERSION"
    echo "== $OLD_VERSION installed first, a station made with it"
    install "$OLDER"
    grep -qF "\"DisplayVersion\"=\"$OLD_VERSION\"" "$WINEPREFIX/system.reg"
    run "$APP/bin/rehabdesk.exe" --lang en --demo demo --clients 4 --staff 1 --training-years 0 \
        --services-per-client 3 | tail -2
    run reg add "$SETTINGS" /v upgradeMarker /d "kept from $OLD_VERSION" /f >/dev/null
    wineserver -w
    station_before=$(cd "$STATION" && find . -type f -print0 | sort -z | xargs -0 sha256sum)
    echo "== $VERSION installed over it"
fi

echo "== silent install"
install "$SETUP"
test -f "$APP/Python/python311.dll"
test -f "$APP/bin/rehabdesk.exe" && test -f "$APP/bin/rehabdesk-county.exe"
test -f "$APP/uninstall.exe"
for folder in "$C/ProgramData/Microsoft/Windows/Start Menu/Programs" "$C/users/Public/Desktop"; do
    test -f "$folder/精康工作台.lnk" && test -f "$folder/精康工作台 · 县级.lnk"
done
# The county shortcut starts the county application: its target script names rehabdesk.county.
grep -q 'rehabdesk.county' "$APP/RehabDesk_County.launch.pyw"
for value in "$NAME" "\"DisplayVersion\"=\"$VERSION\"" '"Publisher"="RehabDesk"'; do
    grep -qF "$value" "$WINEPREFIX/system.reg" || { echo "Add/Remove entry lacks $value" >&2; exit 1; }
done
if [ -n "$(find "$APP" -iname bcryptprimitives.dll -o -iname icuuc.dll)" ]; then
    echo "a Wine stand-in DLL is in the program folder" >&2
    exit 1
fi
test "$(find "$APP/pkgs" -maxdepth 1 -name 'rehabdesk-*.dist-info')" = "$APP/pkgs/rehabdesk-$VERSION.dist-info"
grep -qx "__version__ = \"$VERSION\"" "$APP/pkgs/rehabdesk/__init__.py"

if [ -n "$OLDER" ]; then
    echo "== after the upgrade from $OLD_VERSION"
    test "$(add_remove_entries)" = 1 || { echo "Add/Remove lists RehabDesk $(add_remove_entries) times" >&2; exit 1; }
    test "$(grep -cF "$UNINSTALL_KEY" "$WINEPREFIX/system.reg")" = 1
    test "$(cd "$STATION" && find . -type f -print0 | sort -z | xargs -0 sha256sum)" = "$station_before"
    run reg query "$SETTINGS" /v upgradeMarker | grep "kept from $OLD_VERSION" >/dev/null
    echo "the $OLD_VERSION station and setting are unchanged; $VERSION checks the station:"
    timeout 900 wine "$APP/bin/rehabdesk.exe" --lang en --demo --user admin --password-stdin check \
        <<<"rehab-demo" 2>&1 | tee "$WINEPREFIX/check.txt"
    grep -q "All checks passed." "$WINEPREFIX/check.txt"
fi

echo "== rehabdesk selftest"
started=$(date +%s)
run "$APP/bin/rehabdesk.exe" selftest --lang en
echo "selftest passed under Wine: $(($(date +%s) - started)) s wall clock"

echo "== silent uninstall keeps station data and settings"
mkdir -p "$LOCAL/RehabDesk/station" && echo kept >"$LOCAL/RehabDesk/station/marker"
run reg add "$SETTINGS" /v uninstallMarker /d kept /f >/dev/null
run "$APP/uninstall.exe" /S
# NSIS's uninstaller runs from a copy of itself in %TEMP%, which may still be working when the first one returns.
wineserver -w
for _ in $(seq 60); do if [ -e "$APP/pkgs" ]; then sleep 2; else break; fi; done
test ! -e "$APP/pkgs"
test ! -e "$C/users/Public/Desktop/精康工作台.lnk" && test ! -e "$C/users/Public/Desktop/精康工作台 · 县级.lnk"
test "$(cat "$LOCAL/RehabDesk/station/marker")" = kept
run reg query "$SETTINGS" /v uninstallMarker | grep kept >/dev/null
if [ -n "$OLDER" ]; then test -n "$(ls "$STATION")"; fi
if [ "$(add_remove_entries)" != 0 ]; then echo "the Add/Remove entry outlived the uninstaller" >&2; exit 1; fi
echo "Wine smoke test passed${OLDER:+ (upgrade from $OLD_VERSION)}: install, shortcuts, Add/Remove, selftest, uninstall; data kept"
