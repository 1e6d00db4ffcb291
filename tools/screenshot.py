"""Render the README screenshot: the main window on the seed article with a few annotations.

Run under a real X server (Xvfb) so that fonts and styles are what users see:
``Xvfb :99 -screen 0 1400x900x24 & DISPLAY=:99 .venv/bin/python tools/screenshot.py OUT.png``
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

REPO = Path(__file__).resolve().parents[1]
CORPUS = Path(os.environ.get("MARGINALIA_CORPUS", REPO / ".." / "shared" / "corpus"))


def draw_picture(path: Path) -> None:
    from PIL import Image, ImageDraw

    image = Image.new("RGB", (1200, 560), "#dfe8f1")
    draw = ImageDraw.Draw(image)
    for index, height in enumerate((180, 260, 330, 410, 470)):
        left = 120 + index * 200
        draw.rectangle([left, 520 - height, left + 120, 520], fill="#0072B2")
    draw.line([80, 520, 1140, 520], fill="#333333", width=4)
    image.save(path)


def main() -> None:
    out = Path(sys.argv[1] if len(sys.argv) > 1 else REPO / "docs" / "screenshot.png")
    folder = Path(tempfile.mkdtemp())
    os.environ.setdefault("MARGINALIA_DATA_DIR", str(folder))
    os.environ.setdefault("XDG_CONFIG_HOME", str(folder))
    app = QApplication(sys.argv[:1])
    app.setOrganizationName("Marginalia-screenshot")
    from marginalia.db.importing.pipeline import import_paths
    from marginalia.db.store import Store
    from marginalia.db.values import Link
    from marginalia.desktop.context import AppContext
    from marginalia.desktop.mainwindow import MainWindow
    from marginalia.desktop.ops import OpRunner

    store = Store.open(folder / "shot.sqlite")
    # The seed article names two images that were not saved with it. Beside a copy of it
    # we draw one (a plain chart-like picture), so the shot shows an inline image and a
    # placeholder for the missing one.
    seed = folder / "seed"
    seed.mkdir()
    source = sorted((CORPUS / "seed").glob("*.txt"))[0]
    (seed / source.name).write_bytes(source.read_bytes())
    draw_picture(seed / "主圖 PS.png")
    report = import_paths(store, [seed / source.name])
    article_id = report.imported[0][1]
    text = store.article(article_id).text
    who = "annotator"

    def tag(label: str, quote: str, **extra: object) -> str:
        start = text.index(quote)
        return store.create_annotation(
            article_id, label, start, start + len(quote), who, **extra
        ).value.id

    lines = text.split("\n")
    title = next(line for line in lines if "1500億元" in line)
    figure = tag("figure", "1500億元", attributes={"value": 1500, "unit": "億元", "kind": "money"})
    tag("figure", "2300億元", attributes={"value": 2300, "unit": "億元", "kind": "money"})
    claim = tag(
        "claim",
        title.split(" ")[0],
        attributes={"checkworthy": "yes", "type": "statistical"},
        links=[Link(figure)],
    )
    tag("figure", "351家", attributes={"value": 351, "kind": "count"})
    images = store.article(article_id).images
    for image in images:
        following = text[image.offset :].lstrip("\n").split("\n", 1)[0]
        if following:
            tag("caption", following, image_id=image.id)
    runner = OpRunner(store)
    window = MainWindow(AppContext(runner, who, store.schema(), str(folder / "shot.sqlite")))
    window.resize(1360, 860)
    window.show()
    window.open_article(article_id)

    def shoot() -> None:
        runner.wait()
        window.session.select(claim)
        QApplication.processEvents()
        QTimer.singleShot(400, grab)

    def grab() -> None:
        window.grab().save(str(out))
        print(out)
        runner.shutdown()
        app.quit()

    QTimer.singleShot(800, shoot)
    app.exec()


if __name__ == "__main__":
    main()
