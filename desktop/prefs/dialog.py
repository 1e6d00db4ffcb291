"""The Preferences dialog: name, font size, theme, language, backups, suggestions."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from marginalia.db import Label

from ..accessible import NamedComboBox
from ..i18n import label_name
from ..settings import Language, Preferences, Theme
from .theme import apply_theme


class PreferencesDialog(QDialog):
    """Edits :class:`Preferences`; writes them on OK and says which ones changed.

    ``preferencesChanged(names)`` carries the names of the options that changed (e.g.
    ``{"font_size", "theme"}``, and ``"label_suggestions"`` for any per-label switch). The
    theme is applied at once; a new language takes effect at the next start.
    """

    preferencesChanged = Signal(frozenset)

    def __init__(
        self,
        prefs: Preferences,
        labels: Sequence[Label] = (),
        parent: QWidget | None = None,
        annotator: str = "",
    ) -> None:
        super().__init__(parent)
        self.setObjectName("preferencesDialog")
        self.setWindowTitle(self.tr("Preferences"))
        self._prefs = prefs
        self._labels = tuple(labels)
        self.changed: frozenset[str] = frozenset()

        # the name this window annotates as: ``--annotator`` may name someone other than the
        # saved name (or there is none saved); it is saved only if the user changes it here
        self._name_in_use = annotator or prefs.annotator
        self.name_edit = QLineEdit(self._name_in_use)
        self.name_edit.setAccessibleName(self.tr("Annotator name"))
        self.name_error = QLabel()
        self.name_error.setAccessibleName(self.tr("Name error"))
        self.name_error.hide()

        self.font_size = QSpinBox()
        option = Preferences.font_size
        self.font_size.setRange(option.minimum or 6, option.maximum or 48)
        self.font_size.setSuffix(self.tr(" pt"))
        self.font_size.setValue(prefs.font_size)
        self.font_size.setAccessibleName(self.tr("Reader font size"))

        self.theme = NamedComboBox()
        self.theme.setAccessibleName(self.tr("Theme"))
        self.theme.addItem(self.tr("Follow the system"), Theme.SYSTEM)
        self.theme.addItem(self.tr("Light"), Theme.LIGHT)
        self.theme.addItem(self.tr("Dark"), Theme.DARK)
        self.theme.setCurrentIndex(self.theme.findData(prefs.theme))

        self.language = NamedComboBox()
        self.language.setAccessibleName(self.tr("Language"))
        self.language.addItem(self.tr("System language"), Language.SYSTEM)
        # Each language is named in itself, so that a user can find their own.
        self.language.addItem("English", Language.ENGLISH)
        self.language.addItem("简体中文", Language.CHINESE_SIMPLIFIED)
        self.language.setCurrentIndex(self.language.findData(prefs.language))
        restart = QLabel(self.tr("A new language is used after Marginalia restarts."))
        restart.setWordWrap(True)
        self.restart_note = restart

        self.backups = QSpinBox()
        option = Preferences.backups
        self.backups.setRange(option.minimum or 0, option.maximum or 100)
        self.backups.setValue(prefs.backups)
        self.backups.setAccessibleName(self.tr("Database backups to keep"))

        self.suggestions = QGroupBox(self.tr("&Suggestions"))
        self.suggestions.setCheckable(True)
        self.suggestions.setChecked(prefs.suggestions)
        self.suggestions.setAccessibleName(self.tr("Show suggestions"))
        self.suggestions.setToolTip(self.tr("Suggest spans to tag; you accept or reject each"))
        box = QVBoxLayout(self.suggestions)
        threshold_row = QHBoxLayout()
        threshold_label = QLabel(self.tr("&Hide suggestions less confident than:"))
        self.threshold = QSpinBox()
        option = Preferences.suggestion_threshold
        self.threshold.setRange(option.minimum or 0, option.maximum or 100)
        self.threshold.setSuffix(self.tr(" %"))
        self.threshold.setValue(prefs.suggestion_threshold)
        self.threshold.setAccessibleName(self.tr("Suggestion confidence threshold"))
        self.threshold.setToolTip(
            self.tr(
                "Each suggestion has a confidence: for claims, roughly the share of such "
                "sentences that annotators marked. Lower shows more, higher shows fewer but "
                "surer ones."
            )
        )
        threshold_label.setBuddy(self.threshold)
        threshold_row.addWidget(threshold_label)
        threshold_row.addWidget(self.threshold)
        threshold_row.addStretch(1)
        box.addLayout(threshold_row)
        self.dates = QCheckBox(self.tr("Suggest &dates and times as figures (the “date” kind)"))
        self.dates.setChecked(prefs.suggestion_dates)
        box.addWidget(self.dates)
        self.label_switches: dict[str, QCheckBox] = {}
        for label in self._labels:
            check = QCheckBox(self.tr("Suggest %1").replace("%1", label_name(label.name)))
            check.setChecked(prefs.label_suggestions(label.id))
            box.addWidget(check)
            self.label_switches[label.id] = check
        if not self._labels:
            box.addWidget(QLabel(self.tr("Suggestions are on for every label.")))

        form = QFormLayout()
        form.addRow(self.tr("Your &name:"), self.name_edit)
        form.addRow("", self.name_error)
        form.addRow(self.tr("Reader &font size:"), self.font_size)
        form.addRow(self.tr("&Theme:"), self.theme)
        form.addRow(self.tr("&Language:"), self.language)
        form.addRow("", restart)
        form.addRow(self.tr("&Backups to keep:"), self.backups)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.buttons = buttons
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.suggestions)
        layout.addWidget(buttons)

    def accept(self) -> None:
        name = self.name_edit.text().strip()
        if not name:
            self.name_error.setText(self.tr("Please enter a name: it is saved with your work."))
            self.name_error.show()
            self.name_edit.setFocus()
            return
        prefs = self._prefs
        wanted = {
            "annotator": name,
            "font_size": self.font_size.value(),
            "theme": Theme(self.theme.currentData()),
            "language": Language(self.language.currentData()),
            "backups": self.backups.value(),
            "suggestions": self.suggestions.isChecked(),
            "suggestion_threshold": self.threshold.value(),
            "suggestion_dates": self.dates.isChecked(),
        }
        changed = {key for key, value in wanted.items() if getattr(prefs, key) != value}
        if name == self._name_in_use:
            changed.discard("annotator")
        for key in changed:
            setattr(prefs, key, wanted[key])
        for label_id, check in self.label_switches.items():
            if prefs.label_suggestions(label_id) != check.isChecked():
                prefs.set_label_suggestions(label_id, check.isChecked())
                changed.add("label_suggestions")
        prefs.sync()
        if "theme" in changed:
            apply_theme(prefs.theme)
        self.changed = frozenset(changed)
        super().accept()
        if self.changed:
            self.preferencesChanged.emit(self.changed)
