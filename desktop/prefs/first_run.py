"""First run: ask the annotator's name once (ADR 0073)."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from ..settings import Preferences, os_user

#: The name used when the operating system has none for the user and nobody typed one.
FALLBACK_NAME = "annotator"


class FirstRunDialog(QDialog):
    """Welcome, and "who are you?" — the name recorded with every annotation."""

    def __init__(self, default_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("firstRunDialog")
        self.setWindowTitle(self.tr("Welcome to Marginalia"))
        intro = QLabel(
            self.tr(
                "Your name is saved with every annotation you make, so that a team lead can "
                "tell whose work is whose. You can change it later in Preferences."
            )
        )
        intro.setWordWrap(True)
        self.name_edit = QLineEdit(default_name)
        self.name_edit.setAccessibleName(self.tr("Annotator name"))
        self.name_edit.selectAll()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Start"))
        self.buttons.accepted.connect(self.accept)
        self.name_edit.textChanged.connect(self._check)
        form = QFormLayout()
        form.addRow(self.tr("Your &name:"), self.name_edit)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self._check()

    def name(self) -> str:
        return self.name_edit.text().strip()

    def _check(self) -> None:
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(bool(self.name()))


def needs_first_run(prefs: Preferences) -> bool:
    return not prefs.annotator.strip()


def run_first_run(prefs: Preferences, parent: QWidget | None = None) -> str:
    """The annotator's name: asked once, on the first start, then read from the preferences.

    Closing the dialog without an answer keeps the suggested name, so the question is not
    asked again at every start; Preferences can change it.
    """
    if not needs_first_run(prefs):
        return prefs.annotator
    default = os_user() or FALLBACK_NAME
    dialog = FirstRunDialog(default, parent)
    accepted = dialog.exec() == QDialog.DialogCode.Accepted
    name = (dialog.name() if accepted else "") or default
    prefs.annotator = name
    prefs.sync()
    return name
