#!/bin/sh
# Refresh the .ts files from the code and build the .qm files that are committed beside them.
# Between the two steps, translate what lupdate marked unfinished (pyside6-linguist i18n/rehabdesk_zh_CN.ts).
set -e
cd "$(dirname "$0")/.."
sources=$(find desktop/rehabdesk/ui desktop/rehabdesk/app.py desktop/rehabdesk/cli.py desktop/rehabdesk/county/ui desktop/rehabdesk/county/cli.py -name '*.py' | LC_ALL=C sort)
uv run pyside6-lupdate -locations none -no-obsolete $sources -ts i18n/rehabdesk_zh_CN.ts i18n/rehabdesk_en.ts
uv run pyside6-lrelease i18n/rehabdesk_zh_CN.ts i18n/rehabdesk_en.ts
