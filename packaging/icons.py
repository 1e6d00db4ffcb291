"""Render the application icon: PNGs 16…512 from the SVG, plus .ico and .icns.

``python packaging/icons.py SVG OUT_FOLDER`` — run by build.py inside the build environment
(it needs PySide6's QtSvg and Pillow, both already dependencies). Generated, never committed.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

SIZES = (16, 22, 24, 32, 48, 64, 128, 256, 512)


def render(svg: Path, out: Path) -> list[Path]:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PIL import Image
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QGuiApplication, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    _app = QGuiApplication.instance() or QGuiApplication(["icons"])
    renderer = QSvgRenderer(str(svg))
    if not renderer.isValid():
        raise SystemExit(f"{svg}: not a valid SVG")
    out.mkdir(parents=True, exist_ok=True)
    written = []
    for size in SIZES:
        image = QImage(size, size, QImage.Format.Format_ARGB32)
        image.fill(Qt.GlobalColor.transparent)
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        renderer.render(painter)
        painter.end()
        target = out / f"marginalia-{size}.png"
        if not image.save(str(target)):
            raise SystemExit(f"{target}: cannot be written")
        written.append(target)
    (out / "marginalia.svg").write_bytes(svg.read_bytes())
    largest = Image.open(out / "marginalia-512.png")
    largest.save(out / "marginalia.ico", sizes=[(s, s) for s in (16, 24, 32, 48, 64, 128, 256)])
    largest.save(out / "marginalia.icns")
    return written


if __name__ == "__main__":
    render(Path(sys.argv[1]), Path(sys.argv[2]))
