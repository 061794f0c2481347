#!/bin/bash
# List what the Windows setup.exe carries (7-Zip reads NSIS installers) and check it: a 64-bit Unicode NSIS 3
# installer, the embeddable CPython, the app and sqlcipher3's Windows build, and no DLL that is not one of the
# embeddable Python's, the VC runtime's, NSIS's plugins' or inside a wheel's package folder (pkgs/); in particular
# none of the test-only stand-in DLLs the Wine smoke test puts into its prefix (installer/wine/*.c), in any folder.
# Needs: p7zip-full.
set -euo pipefail
cd "$(dirname "$0")/.."
source installer/version.sh
SETUP=${1:-dist/RehabDesk-$VERSION-win64-setup.exe}
LISTING=$(mktemp)
trap 'rm -f "$LISTING"' EXIT
7z l -ba -slt "$SETUP" >"$LISTING"
grep -qx 'SubType = NSIS-3 Unicode 64-bit' <<<"$(7z l "$SETUP")"
paths=$(grep '^Path = ' "$LISTING" | cut -c8-)
for standin in installer/wine/*.c; do
    name=$(basename "$standin" .c).dll
    if grep -qiE "(^|/)${name//./\\.}\$" <<<"$paths"; then echo "the Wine test stand-in $name is in the installer" >&2; exit 1; fi
done
for needed in Python/python311.dll Python/pythonw.exe RehabDesk.launch.pyw rehabdesk.ico uninstall.exe \
    pkgs/rehabdesk/__init__.py pkgs/rehabdesk/resources/fonts/DroidSansFallbackFull.ttf \
    pkgs/sqlcipher3/_sqlite3.cp311-win_amd64.pyd; do
    grep -qxF "$needed" <<<"$paths" || { echo "missing from the installer: $needed" >&2; exit 1; }
done
stray=$(grep -iE '\.dll$' <<<"$paths" | grep -vE '^(pkgs/|Python/|msvcrt/|\$PLUGINSDIR/)' || true)
if [ -n "$stray" ]; then echo "DLLs outside the known folders:" >&2; echo "$stray" >&2; exit 1; fi
echo "$SETUP: $(grep -c . <<<"$paths") files, NSIS-3 Unicode 64-bit, contents as expected"
