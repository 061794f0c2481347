"""Render resources/icons/rehabdesk.svg to the PNG sizes a Linux desktop uses and to a multi-size Windows .ico.

Run after changing the SVG: `uv run python installer/make_icons.py`; the outputs are committed beside the SVG."""

from __future__ import annotations

import io
import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PIL import Image
from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

ICONS = Path(__file__).resolve().parents[1] / "resources" / "icons"
PNG_SIZES = (16, 24, 32, 48, 64, 128, 256)
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)


def render(renderer: QSvgRenderer, size: int) -> Image.Image:
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter)
    painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    return Image.open(io.BytesIO(bytes(data))).convert("RGBA")


def main() -> int:
    _app = QGuiApplication(sys.argv[:1])
    renderer = QSvgRenderer(str(ICONS / "rehabdesk.svg"))
    if not renderer.isValid():
        print("invalid SVG", file=sys.stderr)
        return 1
    images = {size: render(renderer, size) for size in sorted(set(PNG_SIZES) | set(ICO_SIZES))}
    for size in PNG_SIZES:
        images[size].save(ICONS / f"rehabdesk-{size}.png", optimize=True)
    images[256].save(ICONS / "rehabdesk.ico", sizes=[(s, s) for s in ICO_SIZES])
    print(f"wrote {len(PNG_SIZES)} PNGs and rehabdesk.ico ({len(ICO_SIZES)} sizes) to {ICONS}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
