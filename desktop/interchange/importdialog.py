"""The "Import annotations" dialog: a format, one or more files (a brat or XMI folder or
zip too), how doccano counted its offsets, all-or-nothing, and the annotator to use when a
file names none."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ..accessible import NamedComboBox
from ..colours import ReadableText, warning

IMPORT_FORMATS = ("w3c", "doccano", "labelstudio", "brat", "xmi")
#: How a doccano file's offsets count; the first is the default (doccano's editor).
OFFSET_UNITS = ("utf16", "grapheme", "codepoint")
PATH_SEPARATOR = ";"


class ImportAnnotationsDialog(QDialog):
    def __init__(self, annotator: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Import annotations"))
        self.format = NamedComboBox()
        names = {
            "w3c": self.tr("W3C Web Annotation"),
            "doccano": self.tr("doccano (JSON Lines)"),
            "labelstudio": self.tr("Label Studio tasks (annotations and predictions)"),
            "brat": self.tr("brat standoff (folder, zip or .ann)"),
            "xmi": self.tr("INCEpTION / UIMA CAS XMI (folder, zip or .xmi)"),
        }
        for fmt in IMPORT_FORMATS:
            self.format.addItem(names[fmt], fmt)
        self.files = QLineEdit()
        self.files.setPlaceholderText(self.tr("One or more files, separated by ;"))
        self.browse = QPushButton(self.tr("&Browse…"))
        self.offset_unit = NamedComboBox()
        units = {
            "utf16": self.tr("UTF-16 code units (doccano's default)"),
            "grapheme": self.tr("Grapheme clusters (doccano's grapheme option)"),
            "codepoint": self.tr("Unicode code points"),
        }
        for unit in OFFSET_UNITS:
            self.offset_unit.addItem(units[unit], unit)
        self.strict = QCheckBox(self.tr("All or &nothing: refuse a file with any bad record"))
        self.annotator = QLineEdit(annotator)
        self.problem = QLabel()
        self.problem.setObjectName("problem")
        self.problem.setWordWrap(True)
        self.problem.hide()
        ReadableText(self.problem, warning)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.import_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.import_button.setText(self.tr("&Import"))
        form = QFormLayout()
        form.addRow(self.tr("&Format:"), self.format)
        row = QHBoxLayout()
        row.addWidget(self.files, 1)
        row.addWidget(self.browse)
        files = QLabel(self.tr("Fi&les:"))
        files.setBuddy(self.files)
        form.addRow(files, row)
        form.addRow(self.tr("&Offsets count:"), self.offset_unit)
        form.addRow("", self.strict)
        form.addRow(self.tr("&Annotator if the file names none:"), self.annotator)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)
        self.browse.clicked.connect(self.choose_files)
        self.files.textChanged.connect(self._update_ok)
        self.format.currentIndexChanged.connect(self._format_changed)
        self._format_changed()
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self._update_ok()
        self.resize(560, self.sizeHint().height())

    @property
    def fmt(self) -> str:
        return str(self.format.currentData())

    def paths(self) -> list[Path]:
        return [Path(p.strip()) for p in self.files.text().split(PATH_SEPARATOR) if p.strip()]

    def default_annotator(self) -> str | None:
        return self.annotator.text().strip() or None

    def unit(self) -> str | None:
        """The offset unit to read with (only doccano has a choice)."""
        return str(self.offset_unit.currentData()) if self.fmt == "doccano" else None

    def _format_changed(self) -> None:
        self.offset_unit.setEnabled(self.fmt == "doccano")

    def _update_ok(self) -> None:
        self.import_button.setEnabled(bool(self.paths()))
        self.problem.hide()

    def accept(self) -> None:
        """A file that is not there is said here, with everything typed kept; it had closed
        the dialog and come back as the import's failure, the choices gone."""
        missing = [str(path) for path in self.paths() if not path.exists()]
        if missing:
            self.problem.setText(
                self.tr(
                    "Not found: {paths}. Check the names, or choose the files with Browse."
                ).format(paths="; ".join(missing))  # values, not words: the separator typed
            )
            self.problem.show()
            self.files.setFocus()
            return
        super().accept()

    def choose_files(self) -> None:
        filters = self.tr("Annotation files (*.jsonl *.json *.ann *.xmi *.zip);;All files (*)")
        paths, _ = QFileDialog.getOpenFileNames(self, self.tr("Import annotations"), "", filters)
        if paths:
            self.files.setText(PATH_SEPARATOR.join(paths))
