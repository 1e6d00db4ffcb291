"""Questions and notices (the team dialogs', a conflict's), in one place so that tests can
answer them.

Tests replace :func:`confirm` and :func:`inform` (``monkeypatch.setattr``); with
``MARGINALIA_NO_DIALOGS`` set and nothing replaced, questions are answered "no" and notices
are not shown, so a test never hangs on a modal box.
"""

from __future__ import annotations

import os

from PySide6.QtWidgets import QMessageBox, QWidget


def confirm(parent: QWidget | None, title: str, text: str) -> bool:
    if os.environ.get("MARGINALIA_NO_DIALOGS"):
        return False
    answer = QMessageBox.question(
        parent,
        title,
        text,
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        QMessageBox.StandardButton.No,
    )
    return answer == QMessageBox.StandardButton.Yes


def inform(parent: QWidget | None, title: str, text: str, *, warning: bool = False) -> None:
    if os.environ.get("MARGINALIA_NO_DIALOGS"):
        return
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning if warning else QMessageBox.Icon.Information)
    box.setWindowTitle(title)
    box.setText(text)
    box.exec()
