"""The "Import articles" dialog: what to import (files and folders), and what the command
line's ``import`` offers besides — a forced encoding and removing pinyin readings (ADR 0075).

Files and folders are chosen first with the system's file dialog; this dialog then shows
them with the options, remembered from the last import, so that the usual import is two
clicks and an Enter.
"""

from __future__ import annotations

import codecs
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ..accessible import NamedComboBox
from ..colours import ReadableText, quiet, warning
from .feature import ARTICLE_FILTER

if TYPE_CHECKING:
    from marginalia.db import ImportOptions

#: Encodings offered by name (any other Python codec name may be typed); "" detects.
ENCODINGS = (
    "utf-8",
    "gb18030",
    "big5",
    "shift_jis",
    "euc-jp",
    "euc-kr",
    "utf-16",
    "windows-1252",
    "iso-8859-1",
    "koi8-r",
)


def is_encoding(name: str) -> bool:
    """Whether text can be decoded with ``name`` ("" detects, which always can)."""
    if not name:
        return True
    try:
        info = codecs.lookup(name)
    except LookupError:
        return False
    return bool(getattr(info, "_is_text_encoding", True))


class ImportArticlesDialog(QDialog):
    """Paths to import and the options of the import; :meth:`options` after it is accepted."""

    def __init__(
        self,
        paths: Sequence[Path],
        encoding: str = "",
        strip_pinyin: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("importArticlesDialog")
        self.setWindowTitle(self.tr("Import articles"))
        self.paths = QListWidget(self)
        self.paths.setAccessibleName(self.tr("Files and folders to import"))
        self.paths.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.paths.setMinimumWidth(420)
        add_files = QPushButton(self.tr("Add &files…"), self)
        add_files.clicked.connect(self._add_files)
        add_folder = QPushButton(self.tr("Add f&older…"), self)
        add_folder.clicked.connect(self._add_folder)
        self.remove = QPushButton(self.tr("&Remove"), self)
        self.remove.clicked.connect(self._remove)
        buttons_beside = QVBoxLayout()
        for button in (add_files, add_folder, self.remove):
            buttons_beside.addWidget(button)
        buttons_beside.addStretch(1)
        chosen = QHBoxLayout()
        chosen.addWidget(self.paths, 1)
        chosen.addLayout(buttons_beside)

        self.encoding = NamedComboBox(self)
        self.encoding.setEditable(True)
        self.encoding.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.encoding.setAccessibleName(self.tr("Encoding"))
        self.encoding.addItem(self.tr("Detect for each file (recommended)"), "")
        for name in ENCODINGS:
            self.encoding.addItem(name, name)
        self.encoding.setToolTip(
            self.tr(
                "Text files are decoded with this encoding instead of the one detected. "
                "GB2312 and GBK are read as GB18030, which contains them."
            )
        )
        self.encoding.currentTextChanged.connect(self._check)
        self.strip_pinyin = QCheckBox(
            self.tr("Remove &pinyin readings after Chinese characters, e.g. 當(dāng) → 當"), self
        )
        self.strip_pinyin.setChecked(strip_pinyin)
        self.problem = QLabel(self)
        self.problem.setObjectName("problem")
        self.problem.setWordWrap(True)
        ReadableText(self.problem, warning)
        skipped = QLabel(
            self.tr(
                "In folders and zip archives, licences, read-me and Markdown files are "
                "skipped; add such a file on its own to import it."
            ),
            self,
        )
        skipped.setWordWrap(True)
        ReadableText(skipped, quiet)

        form = QFormLayout()
        encoding_caption = QLabel(self.tr("&Encoding:"), self)
        encoding_caption.setBuddy(self.encoding)
        form.addRow(encoding_caption, self.encoding)
        form.addRow(self.strip_pinyin)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.import_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.import_button.setText(self.tr("&Import"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(chosen, 1)
        layout.addWidget(skipped)
        layout.addLayout(form)
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)

        for path in paths:
            self._add(path)
        self.set_encoding(encoding)
        self.paths.itemSelectionChanged.connect(self._check)
        self._check()

    # -- what the dialog says -------------------------------------------------------------

    def chosen_paths(self) -> list[Path]:
        return [
            Path(self.paths.item(row).data(Qt.ItemDataRole.UserRole))
            for row in range(self.paths.count())
        ]

    def chosen_encoding(self) -> str:
        index = self.encoding.findText(self.encoding.currentText())
        if index >= 0:
            return str(self.encoding.itemData(index))
        return self.encoding.currentText().strip()

    def options(self) -> ImportOptions:
        from marginalia.db import ImportOptions

        return ImportOptions(
            encoding=self.chosen_encoding() or None, strip_pinyin=self.strip_pinyin.isChecked()
        )

    def set_encoding(self, name: str) -> None:
        index = self.encoding.findData(name)
        if index >= 0:
            self.encoding.setCurrentIndex(index)
        else:
            self.encoding.setEditText(name)

    # -- inside ---------------------------------------------------------------------------

    def _add(self, path: Path) -> None:
        if str(path) in {str(p) for p in self.chosen_paths()}:
            return
        shown = f"{path}{'/' if path.is_dir() else ''}"
        self.paths.addItem(shown)
        item = self.paths.item(self.paths.count() - 1)
        item.setData(Qt.ItemDataRole.UserRole, str(path))
        self._check()

    def _add_files(self) -> None:
        names, _filter = QFileDialog.getOpenFileNames(
            self,
            self.tr("Import articles"),
            "",
            self.tr("Articles (%1);;All files (*)").replace("%1", ARTICLE_FILTER),
        )
        for name in names:
            self._add(Path(name))

    def _add_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Import a folder"))
        if folder:
            self._add(Path(folder))

    def _remove(self) -> None:
        for item in self.paths.selectedItems():
            self.paths.takeItem(self.paths.row(item))
        self._check()

    def _check(self, *_args: object) -> None:
        known = is_encoding(self.chosen_encoding())
        self.problem.setText(
            ""
            if known
            else self.tr("“%1” is not an encoding Marginalia knows.").replace(
                "%1", self.chosen_encoding()
            )
        )
        self.import_button.setEnabled(known and self.paths.count() > 0)
        self.remove.setEnabled(bool(self.paths.selectedItems()))


__all__ = ["ENCODINGS", "ImportArticlesDialog", "is_encoding"]
