"""Register the bundled fonts with Qt so Chinese renders on machines without CJK fonts."""

from __future__ import annotations

from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QApplication

from rehabdesk.paths import resource_path

# Fonts a station PC usually has, in order of preference; the bundled ones come last as the safety net.
_PREFERRED_FAMILIES = [
    "Microsoft YaHei UI",
    "Microsoft YaHei",
    "PingFang SC",
    "Noto Sans CJK SC",
    "WenQuanYi Micro Hei",
]
_BUNDLED = ("DejaVuSans.ttf", "DroidSansFallbackFull.ttf")


def install_fonts(app: QApplication) -> list[str]:
    bundled: list[str] = []
    for file_name in _BUNDLED:
        font_id = QFontDatabase.addApplicationFont(str(resource_path("fonts", file_name)))
        if font_id >= 0:
            bundled.extend(QFontDatabase.applicationFontFamilies(font_id))
    installed = set(QFontDatabase.families())
    families = [family for family in _PREFERRED_FAMILIES if family in installed] + bundled
    font = QFont(app.font())
    font.setFamilies(families)
    font.setPointSizeF(max(font.pointSizeF(), 10.0))
    app.setFont(font)
    return families
