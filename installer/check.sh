#!/bin/bash
# The full installer check: build both installers and smoke-test the .deb. Takes minutes; never part of pytest.
# (The Windows setup.exe is built and its packages compared with uv.lock, but not run: see installer/README.md.)
set -euo pipefail
cd "$(dirname "$0")/.."
uv run pytest tests/installer -q
installer/build-deb.sh
installer/smoke-deb.sh
installer/build-windows.sh
installer/inspect-windows.sh
if command -v wine >/dev/null; then installer/smoke-windows-wine.sh; fi
ls -l dist/
