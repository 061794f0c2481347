#!/bin/bash
# Build dist/rehabdesk_<version>_amd64.deb: the app in its own Python environment under /opt/rehabdesk (a venv on
# Debian's python3.11, every package at the version uv.lock pins, checked against the lock's hashes), a `rehabdesk`
# command on the PATH, a desktop entry named 精康工作台 with the icon. Downloads nothing but wheels from PyPI.
# Needs: uv, dpkg-deb (no fakeroot: --root-owner-group), python3.11 (Debian package, the interpreter it runs on).
set -euo pipefail
cd "$(dirname "$0")/.."
export UV_PYTHON_DOWNLOADS=never
started=$(date +%s)

source installer/version.sh
BUILD=build/deb
STAGE=$BUILD/root
PREFIX=/opt/rehabdesk
VENV=$STAGE$PREFIX/venv
DEB=dist/rehabdesk_${VERSION}_amd64.deb
# The libraries Qt's xcb platform plugin loads at run time (README, "Linux"); python3.11 runs the venv.
DEPENDS="python3.11, libxcb1, libx11-xcb1, libxcb-cursor0, libxcb-icccm4, libxcb-image0, libxcb-keysyms1, \
libxcb-randr0, libxcb-render-util0, libxcb-render0, libxcb-shape0, libxcb-shm0, libxcb-sync1, libxcb-util1, \
libxcb-xfixes0, libxcb-xkb1, libxkbcommon-x11-0, libxkbcommon0, libegl1, libgl1, libfontconfig1, libglib2.0-0, \
libdbus-1-3"

rm -rf "$BUILD"
mkdir -p "$BUILD/wheel" "$STAGE/DEBIAN" dist

echo "== wheel and locked requirements"
app_wheel "$BUILD/wheel"
PYTHON_VERSION=$("$PYTHON" -c 'import platform; print(platform.python_version())')
uv run --frozen python installer/locked.py requirements linux "$PYTHON_VERSION" "$BUILD/requirements.txt"

echo "== environment in $PREFIX/venv"
uv venv --quiet --relocatable --python "$PYTHON" "$VENV"
uv pip install --quiet --python "$VENV/bin/python" --require-hashes --only-binary :all: -r "$BUILD/requirements.txt"
uv pip install --quiet --python "$VENV/bin/python" --no-deps "$BUILD"/wheel/rehabdesk-"$VERSION"-*.whl
# Bytecode now, recorded under the installed path, so the package owns it and uninstalling leaves nothing behind.
"$PYTHON" -m compileall -q -j 2 -x '\.tmpl\.py$' -s "$STAGE" -p / "$VENV/lib" >/dev/null
rm -f "$VENV"/bin/activate.* "$VENV/.gitignore"
uv run --frozen python installer/locked.py check linux "$PYTHON_VERSION" "$VENV/lib/python3.11/site-packages"

echo "== command, desktop entry, icons"
mkdir -p "$STAGE/usr/bin" "$STAGE/usr/share/applications" "$STAGE/usr/share/doc/rehabdesk"
ln -s "$PREFIX/venv/bin/rehabdesk" "$STAGE/usr/bin/rehabdesk"
ln -s "$PREFIX/venv/bin/rehabdesk-county" "$STAGE/usr/bin/rehabdesk-county"
install -m 644 installer/linux/rehabdesk.desktop "$STAGE/usr/share/applications/rehabdesk.desktop"
install -m 644 installer/linux/rehabdesk-county.desktop "$STAGE/usr/share/applications/rehabdesk-county.desktop"
for size in 16 24 32 48 64 128 256; do
    install -D -m 644 "resources/icons/rehabdesk-$size.png" "$STAGE/usr/share/icons/hicolor/${size}x${size}/apps/rehabdesk.png"
done
install -D -m 644 resources/icons/rehabdesk.svg "$STAGE/usr/share/icons/hicolor/scalable/apps/rehabdesk.svg"
install -m 644 installer/linux/copyright "$STAGE/usr/share/doc/rehabdesk/copyright"

installed_kib=$(du -sk --exclude=DEBIAN "$STAGE" | cut -f1)
sed -e "s/@VERSION@/$VERSION/" -e "s/@INSTALLED_SIZE@/$installed_kib/" -e "s/@DEPENDS@/$DEPENDS/" \
    installer/linux/control.in >"$STAGE/DEBIAN/control"
install -m 755 installer/linux/postinst installer/linux/postrm "$STAGE/DEBIAN/"

echo "== $DEB"
# gzip, not xz or zstd: dpkg on Debian 10-based desktops (UOS, Kylin) reads it, and it packs in a minute, not ten.
dpkg-deb --root-owner-group -Zgzip --build "$STAGE" "$DEB" >/dev/null
echo "built $DEB: $(du -h "$DEB" | cut -f1) package, $((installed_kib / 1024)) MiB installed, $(($(date +%s) - started)) s"
