"""Stand-in GUI entry until ``marginalia.desktop.app`` lands: proves the bundle's Qt.

A QApplication showing one window with Chinese text and the app icon; ``--self-test`` runs
the real self-test. Used by packaging/build.py only while desktop/app.py does not exist.
"""

import sys

if __name__ == "__main__":
    if sys.argv[1:] == ["--self-test"]:
        from marginalia.desktop.selftest import run_self_test

        sys.exit(run_self_test())
    from PySide6.QtWidgets import QApplication, QLabel

    import marginalia.db

    app = QApplication(sys.argv[:1])
    window = QLabel(f"Marginalia {marginalia.db.__version__} — Qt smoke window\n江北区工业总产值")
    window.setWindowTitle("Marginalia (packaging smoke test)")
    window.resize(480, 200)
    window.show()
    sys.exit(app.exec())
