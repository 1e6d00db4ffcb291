"""Run by ``test_real_window.py`` inside ``tools/xsession``: the window on the sample
article; tag, select and delete as the keys do, and after each step compare what the X
server shows of the reader with a full paint of it worked out anew (ADR 0101; the reader's
and the overlay's memory forgotten). Writes a JSON list of the steps whose screen differed.

    python repaint_scenario.py LANGUAGE THEME OUT.json
"""

from __future__ import annotations

import json
import os
import sys
import tempfile
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtGui import QGuiApplication, QImage
from PySide6.QtWidgets import QApplication


def main() -> None:
    language, theme, out = sys.argv[1], sys.argv[2], Path(sys.argv[3])
    folder = Path(tempfile.mkdtemp())
    os.environ["MARGINALIA_DATA_DIR"] = str(folder)
    app = QApplication(sys.argv[:1])
    from marginalia.db.article_import.pipeline import import_paths
    from marginalia.db.locations import sample_article
    from marginalia.db.store import Store
    from marginalia.desktop.context import AppContext
    from marginalia.desktop.i18n import install_translators
    from marginalia.desktop.mainwindow import MainWindow
    from marginalia.desktop.ops import OpRunner
    from marginalia.desktop.prefs.theme import apply_theme
    from marginalia.desktop.settings import use_settings_folder

    use_settings_folder(folder / "settings")
    install_translators(language)
    apply_theme(theme)
    store = Store.open(folder / "m.sqlite")
    article = import_paths(store, [sample_article()]).imported[0][1]
    text = store.article(article).text
    sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "tools"))
    from screenshot import annotate  # the README's annotations: every label, nested, linked

    annotate(store, article, "x")
    runner = OpRunner(store)
    window = MainWindow(AppContext(runner, "x", store.schema(), "m.sqlite"))
    window.resize(1500, 900)
    window.show()
    workspace = window.workspace
    assert workspace is not None
    window.open_article(article)
    view = workspace.annotate.reader.view
    session = workspace.annotate.session
    differed: list[str] = []

    def compare(step: str) -> None:
        viewport = view.viewport()
        corner = viewport.mapTo(window, viewport.rect().topLeft())
        shown = QGuiApplication.primaryScreen().grabWindow(
            window.winId(), corner.x(), corner.y(), viewport.width(), viewport.height()
        )
        # a full paint worked out anew: nothing the reader or the overlay remembered
        view.fills.forget_all()
        view.marks.invalidate()
        workspace.suggestions.overlay.forget()
        fresh = viewport.grab()
        rgb = QImage.Format.Format_RGB32
        if shown.toImage().convertToFormat(rgb) != fresh.toImage().convertToFormat(rgb):
            differed.append(step)

    labels = ("claim", "figure", "caption", "claim", "figure", "claim")

    def step(index: int = 0) -> None:
        runner.wait()
        QApplication.processEvents()
        if index == 0:
            view.setCursorWidth(0)  # a blinking caret differs between two grabs
            QApplication.processEvents()
        else:
            compare(f"after step {index - 1}")
        if index < len(labels):  # tags where earlier ones are, overlapping
            start = text.index("。", 40 * index + 10) + 1
            view.select_span(start, start + 4 + index)
            session.tag(labels[index])
        elif index == len(labels):
            session.select(next(iter(view.annotations)))
        elif index == len(labels) + 1:
            session.delete_selected()
        elif index == len(labels) + 2:
            ids = list(view.annotations)
            session.select(ids[len(ids) // 2])
        else:
            out.write_text(json.dumps({"differed": differed, "steps": index}), "utf-8")
            runner.shutdown()
            app.quit()
            return
        QTimer.singleShot(150, lambda: step(index + 1))

    QTimer.singleShot(1000, step)
    app.exec()


if __name__ == "__main__":
    main()
