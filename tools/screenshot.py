"""Render the README screenshots: the main window on the bundled sample article, annotated.

Run under a real X server (Xvfb) so that fonts and styles are what users see:
``Xvfb :99 -screen 0 1400x900x24 & DISPLAY=:99 .venv/bin/python tools/screenshot.py OUT.png``
and ``… tools/screenshot.py docs/screenshot-zh_CN.png --language zh_CN`` for Chinese.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication

if TYPE_CHECKING:
    from marginalia.db.store import Store

REPO = Path(__file__).resolve().parents[1]
#: README images stay small: quantised to a palette when larger than this
MAX_BYTES = 300_000


def compile_translations(folder: Path) -> Path:
    """The ``.qm`` files, compiled from the committed ``.ts`` with the wheel's lrelease."""
    import PySide6

    lrelease = Path(PySide6.__file__).resolve().parent / "lrelease"
    for ts in (REPO / "resources" / "translations").glob("*.ts"):
        qm = folder / ts.with_suffix(".qm").name
        subprocess.run([str(lrelease), "-silent", str(ts), "-qm", str(qm)], check=True)
    return folder


def annotate(store: Store, article_id: int, who: str) -> str:
    """A few annotations of each label, one figure inside a claim; returns that claim's id."""
    from marginalia.db.values import Link

    text = store.article(article_id).text

    def tag(label: str, quote: str, after: str = "", **extra: Any) -> str:
        start = text.index(quote, text.index(after) if after else 0)
        return store.create_annotation(
            article_id, label, start, start + len(quote), who, **extra
        ).value.id

    tonnes = tag(
        "figure", "1.86亿吨", attributes={"value": 1.86, "unit": "亿吨", "kind": "measure"}
    )
    tag("figure", "12.5%", "今年上半年", attributes={"value": 12.5, "unit": "%", "kind": "percent"})
    tag("figure", "420万标准箱", attributes={"value": 420, "unit": "万标准箱"})
    cars = tag(
        "figure",
        "3万辆",
        "上半年经青川港",
        attributes={"value": 3, "unit": "万辆", "kind": "count"},
    )
    tag("claim", "增长主要来自新能源汽车和锂电池出口", links=[Link(tonnes)])
    claim = tag(
        "claim",
        "上半年经青川港出口的新能源汽车首次突破3万辆,是去年同期的两倍多",
        attributes={"checkworthy": "yes", "type": "statistical", "speaker": "周明"},
        links=[Link(cars)],
    )
    forecast = tag("figure", "1000万标准箱", attributes={"value": 1000, "unit": "万标准箱"})
    tag(
        "claim",
        "预计到2027年,青川港集装箱年吞吐量将超过1000万标准箱",
        attributes={"type": "prediction"},
        links=[Link(forecast)],
    )
    images = store.article(article_id).images
    caption = "图为青川港三号码头的夜间装卸作业。"
    tag("caption", caption, image_id=images[0].id if images else None)
    return claim


def shrink(path: Path) -> None:
    if path.stat().st_size <= MAX_BYTES:
        return
    from PIL import Image

    with Image.open(path) as image:
        small = image.convert("RGB").quantize(colors=256, dither=Image.Dither.NONE)
        small.save(path, optimize=True)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("out", nargs="?", type=Path, default=REPO / "docs" / "screenshot.png")
    parser.add_argument("--language", default="en", help="en or zh_CN")
    args = parser.parse_args()
    out: Path = args.out
    folder = Path(tempfile.mkdtemp())
    os.environ.setdefault("MARGINALIA_DATA_DIR", str(folder))
    os.environ.setdefault("XDG_CONFIG_HOME", str(folder))
    app = QApplication(sys.argv[:1])
    app.setOrganizationName("Marginalia-screenshot")
    from marginalia.db.article_import.pipeline import import_paths
    from marginalia.db.locations import sample_article
    from marginalia.db.store import Store
    from marginalia.desktop.context import AppContext
    from marginalia.desktop.i18n import install_translators
    from marginalia.desktop.mainwindow import MainWindow
    from marginalia.desktop.ops import OpRunner
    from marginalia.desktop.settings import use_settings_folder

    use_settings_folder(folder / "settings")
    install_translators(args.language, compile_translations(folder))
    store = Store.open(folder / "marginalia.sqlite")
    report = import_paths(store, [sample_article()])
    article_id = report.imported[0][1]
    who = "林晓" if args.language.startswith("zh") else "lin"
    claim = annotate(store, article_id, who)
    runner = OpRunner(store)
    window = MainWindow(AppContext(runner, who, store.schema(), "~/marginalia.sqlite"))
    window.resize(1360, 860)
    window.show()
    workspace = window.workspace
    assert workspace is not None
    window.open_article(article_id)
    # wide enough for the list's columns; the reader keeps the middle
    window.resizeDocks(
        [workspace.articles.dock, workspace.annotate.panel_dock],
        [450, 340],
        Qt.Orientation.Horizontal,
    )

    def shoot() -> None:
        runner.wait()
        workspace.annotate.session.select(claim)
        window.activateWindow()
        workspace.annotate.reader.view.setFocus()
        QApplication.processEvents()
        QTimer.singleShot(400, grab)

    def grab() -> None:
        window.grab().save(str(out))
        shrink(out)
        print(out, out.stat().st_size)
        runner.shutdown()
        app.quit()

    QTimer.singleShot(800, shoot)
    app.exec()


if __name__ == "__main__":
    main()
