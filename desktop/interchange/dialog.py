"""The Export dialog: format, layout, filters, destination and a live count preview.

The dialog only gathers a request; :mod:`.job` runs it. The preview is
``count_annotations`` on the database worker, re-run (debounced) whenever a filter changes;
an answer to an older question is ignored. It opens with the last export's choices (format,
layout, offset unit, CoNLL scheme and tag columns, predictions, texts, folder:
:class:`ExportChoices`, kept in the preferences by the feature) and names labels, statuses and
the gold set as the rest of the window does. Every option of ``marginalia-cli export`` that
shapes the files is here too, offered only for the format it applies to.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime, time
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QDate, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from marginalia.db import GOLD
from marginalia.db.interchange import FORMATS, ExportFilter, ExportOptions
from marginalia.db.interchange import LAYOUTS as FORMAT_LAYOUTS
from marginalia.db.values import Schema

from ..accessible import NamedComboBox
from ..checklist import roomy_check_rows
from ..colours import ReadableText, quiet
from ..i18n import label_and_key, label_name, status_names
from ..ops import OpRunner

PREVIEW_DELAY_MS = 150
#: The file suffix a format's single output gets (brat writes a folder, or a zip).
SUFFIXES = {
    "w3c": ".jsonl",
    "doccano": ".jsonl",
    "labelstudio": ".json",
    "brat": ".zip",
    "csv": ".csv",
    "conll": ".conll",
    "spacy": ".spacy",
    "xmi": ".zip",
}
#: How doccano offsets count; the first is the default (doccano's editor).
OFFSET_UNITS = ("utf16", "grapheme", "codepoint")
#: Formats written as a folder, or a zip when the name ends in .zip.
FOLDER_FORMATS = ("brat", "xmi")


@dataclass(frozen=True, slots=True)
class ExportChoices:
    """What the dialog remembers from one export to the next (not the filters: they are
    this export's question). ``folder`` is where Browse starts."""

    fmt: str = "w3c"
    layout: str | None = None
    offset_unit: str = OFFSET_UNITS[0]
    with_texts: bool = False
    folder: str = ""
    conll_scheme: str = "iob2"
    conll_layers: int = 1
    predictions: bool = False


@dataclass(frozen=True, slots=True)
class ExportRequest:
    fmt: str
    out: Path
    chosen: ExportFilter
    options: ExportOptions
    # Label Studio: also write the exporting annotator's suggestions as predictions (the
    # job builds the source on its own thread: it reads the store)
    predictions: bool = False


def format_names() -> dict[str, str]:
    return {
        "w3c": QCoreApplication.translate("ExportDialog", "W3C Web Annotation"),
        "doccano": QCoreApplication.translate("ExportDialog", "doccano (JSON Lines)"),
        "labelstudio": QCoreApplication.translate("ExportDialog", "Label Studio tasks"),
        "brat": QCoreApplication.translate("ExportDialog", "brat standoff"),
        "csv": QCoreApplication.translate("ExportDialog", "CSV (one row per annotation)"),
        "conll": QCoreApplication.translate("ExportDialog", "CoNLL (token and BIO tag)"),
        "spacy": QCoreApplication.translate("ExportDialog", "spaCy DocBin (for spacy train)"),
        "xmi": QCoreApplication.translate("ExportDialog", "INCEpTION / UIMA CAS XMI"),
    }


def _checklist(items: list[tuple[str, str]], empty: str) -> QListWidget:
    """Up to five rows tall; with nothing to tick, one row that says so (``empty``): the
    row's height had come from a row that did not exist, and an empty list was a 3 px line."""
    view = QListWidget()
    roomy_check_rows(view)
    for text, data in items:
        item = QListWidgetItem(text)
        item.setData(Qt.ItemDataRole.UserRole, data)
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
        item.setCheckState(Qt.CheckState.Unchecked)
        view.addItem(item)
    if not items:
        note = QListWidgetItem(empty)
        note.setFlags(Qt.ItemFlag.ItemIsEnabled)  # neither tickable nor selectable
        view.addItem(note)
    rows = max(1, min(view.count(), 5))
    height = rows * view.sizeHintForRow(0) + 2 * view.frameWidth() + 4
    view.setFixedHeight(height)
    return view


def _checked(view: QListWidget) -> tuple[str, ...]:
    return tuple(
        str(view.item(i).data(Qt.ItemDataRole.UserRole))
        for i in range(view.count())
        if view.item(i).checkState() == Qt.CheckState.Checked
    )


class ExportDialog(QDialog):
    """Asks what to export and where; ``request()`` is the answer once accepted."""

    #: (articles, annotations) of the latest preview (also for tests)
    counted = Signal(int, int)

    def __init__(
        self,
        runner: OpRunner,
        schema: Schema,
        annotators: list[str],
        *,
        current_article: int | None,
        listed_articles: list[int] | None,
        parent: QWidget | None = None,
        choices: ExportChoices | None = None,
    ) -> None:
        super().__init__(parent)
        self._choices = choices or ExportChoices()
        self.setWindowTitle(self.tr("Export annotations"))
        self.runner = runner
        self.current_article = current_article
        self.listed_articles = listed_articles
        self._generation = 0
        self._timer = QTimer(self, singleShot=True, interval=PREVIEW_DELAY_MS)
        self._timer.timeout.connect(self._preview)

        self.format = NamedComboBox()
        for fmt, name in format_names().items():
            self.format.addItem(name, fmt)
        self.layout_ = NamedComboBox()
        self.offset_unit = NamedComboBox()
        units = {
            "utf16": self.tr("UTF-16 code units (doccano's default)"),
            "grapheme": self.tr("Grapheme clusters (doccano's grapheme option)"),
            "codepoint": self.tr("Unicode code points"),
        }
        for unit in OFFSET_UNITS:
            self.offset_unit.addItem(units[unit], unit)
        self.destination = QLineEdit()
        self.destination.setPlaceholderText(self.tr("Choose where to write the export"))
        self.browse = QPushButton(self.tr("&Browse…"))
        self.conll_scheme = NamedComboBox()
        self.conll_scheme.addItem(self.tr("IOB2 (what spacy convert -c ner reads)"), "iob2")
        self.conll_scheme.addItem(self.tr("BIOES"), "bioes")
        self.conll_layers = QSpinBox()
        self.conll_layers.setRange(1, 9)
        self.conll_layers.setToolTip(
            self.tr("Tag columns per label, for overlapping spans of one label")
        )
        self.predictions = QCheckBox(
            self.tr("Also write my suggestions as &predictions, for review in Label Studio")
        )
        self.with_texts = QCheckBox(self.tr("Include the article &texts"))

        gold = self.tr("gold (the adjudicated set)")
        people = sorted(annotators, key=lambda name: (name == GOLD, name))
        self.annotators = _checklist(
            [(gold if n == GOLD else n, n) for n in people],
            self.tr("Nobody has annotated yet."),
        )
        self.labels = _checklist(
            [(label_and_key(label_name(lb.name), lb.key), lb.name) for lb in schema.labels],
            self.tr("The schema has no labels."),
        )
        self.statuses = {status: QCheckBox(name) for status, name in status_names().items()}
        self.all_articles = QRadioButton(self.tr("&All articles"))
        self.current_only = QRadioButton(self.tr("&Current article only"))
        self.listed_only = QRadioButton(self.tr("Articles &shown in the list"))
        self.all_articles.setChecked(True)
        self.current_only.setEnabled(current_article is not None)
        self.listed_only.setEnabled(listed_articles is not None)
        self._articles = QButtonGroup(self)
        for button in (self.all_articles, self.current_only, self.listed_only):
            self._articles.addButton(button)
        self.dated = QCheckBox(self.tr("Only annotations chan&ged from"))
        today = QDate.currentDate()
        self.since = QDateEdit(today.addMonths(-1))
        self.until = QDateEdit(today)
        for edit in (self.since, self.until):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd")
        # a screen reader named both by their group ("Which annotations"): each says its end
        self.since.setAccessibleName(self.tr("Changed from"))
        self.until.setAccessibleName(self.tr("Changed until"))
        self.preview = QLabel()
        self.preview.setObjectName("export-preview")
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.export_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.export_button.setText(self.tr("&Export"))
        self._build()
        self._connect()
        self._restore(self._choices)
        self._schedule()

    def _build(self) -> None:
        what = QFormLayout()
        what.addRow(self.tr("&Format:"), self.format)
        what.addRow(self.tr("&Layout:"), self.layout_)
        what.addRow(self.tr("&Offsets count:"), self.offset_unit)
        what.addRow(self.tr("Tag sc&heme:"), self.conll_scheme)
        what.addRow(self.tr("Tag colu&mns per label:"), self.conll_layers)
        where = QHBoxLayout()
        where.addWidget(self.destination, 1)
        where.addWidget(self.browse)
        destination = QLabel(self.tr("&Destination:"))
        destination.setBuddy(self.destination)
        what.addRow(destination, where)
        what.addRow("", self.with_texts)
        what.addRow("", self.predictions)

        filters = QGroupBox(self.tr("Which annotations"))
        form = QFormLayout(filters)
        hint = QLabel(self.tr("Nothing ticked means all."))
        ReadableText(hint, quiet)
        form.addRow(hint)
        form.addRow(self.tr("Annotators:"), self.annotators)
        form.addRow(self.tr("Labels:"), self.labels)
        statuses = QHBoxLayout()
        for box in self.statuses.values():
            statuses.addWidget(box)
        statuses.addStretch(1)
        form.addRow(self.tr("Article status:"), statuses)
        articles = QHBoxLayout()
        for button in (self.all_articles, self.current_only, self.listed_only):
            articles.addWidget(button)
        articles.addStretch(1)
        form.addRow(self.tr("Articles:"), articles)
        dates = QHBoxLayout()
        dates.addWidget(self.dated)
        dates.addWidget(self.since)
        dates.addWidget(QLabel(self.tr("to")))
        dates.addWidget(self.until)
        dates.addStretch(1)
        form.addRow(self.tr("Dates:"), dates)

        layout = QVBoxLayout(self)
        layout.addLayout(what)
        layout.addWidget(filters)
        layout.addWidget(self.preview)
        layout.addWidget(self.buttons)
        self.resize(640, self.sizeHint().height())

    def _connect(self) -> None:
        self.format.currentIndexChanged.connect(self._format_changed)
        self.browse.clicked.connect(self.choose_destination)
        self.destination.textChanged.connect(self._update_ok)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.annotators.itemChanged.connect(self._schedule)
        self.labels.itemChanged.connect(self._schedule)
        for box in self.statuses.values():
            box.toggled.connect(self._schedule)
        self._articles.buttonToggled.connect(self._schedule)
        self.dated.toggled.connect(self._dates_toggled)
        # with predictions, every chosen article goes out: the count changes with them
        self.predictions.toggled.connect(self._schedule)
        self.format.currentIndexChanged.connect(self._schedule)
        self.since.dateChanged.connect(self._schedule)
        self.until.dateChanged.connect(self._schedule)
        self._dates_toggled(False)

    # -- state -------------------------------------------------------------------------------

    @property
    def fmt(self) -> str:
        return str(self.format.currentData())

    def set_format(self, fmt: str) -> None:
        self.format.setCurrentIndex(FORMATS.index(fmt))

    def _restore(self, choices: ExportChoices) -> None:
        """Start from the last export's choices; anything no longer offered is left as is."""
        at = self.format.findData(choices.fmt)
        if at >= 0 and at != self.format.currentIndex():
            self.format.setCurrentIndex(at)  # fills the layouts
        else:
            self._format_changed()
        at = self.layout_.findData(choices.layout)
        if choices.layout and at >= 0:
            self.layout_.setCurrentIndex(at)
        at = self.offset_unit.findData(choices.offset_unit)
        if at >= 0:
            self.offset_unit.setCurrentIndex(at)
        self.with_texts.setChecked(choices.with_texts)
        at = self.conll_scheme.findData(choices.conll_scheme)
        if at >= 0:
            self.conll_scheme.setCurrentIndex(at)
        self.conll_layers.setValue(choices.conll_layers)
        self.predictions.setChecked(choices.predictions)

    def choices(self) -> ExportChoices:
        """What to offer next time: this export's format, layout, unit, texts and folder."""
        text = self.destination.text().strip()
        folder = str(Path(text).parent) if text else self._choices.folder
        return ExportChoices(
            fmt=self.fmt,
            layout=self.layout_.currentData(),
            offset_unit=str(self.offset_unit.currentData()),
            with_texts=self.with_texts.isChecked(),
            folder=folder,
            conll_scheme=str(self.conll_scheme.currentData()),
            conll_layers=self.conll_layers.value(),
            predictions=self.predictions.isChecked(),
        )

    def _format_changed(self) -> None:
        fmt = self.fmt
        self.layout_.clear()
        layouts = FORMAT_LAYOUTS.get(fmt, ())
        names = {
            "jsonl": self.tr("One annotation per line"),
            "collection": self.tr("One annotation collection"),
            "relations": self.tr("Entities and relations"),
            "simple": self.tr("Simple label triples"),
            "ner": self.tr("One tag column (spaCy, flair)"),
            "columns": self.tr("A tag column per label"),
        }
        for layout in layouts:
            self.layout_.addItem(names.get(layout, layout), layout)
        if not layouts:
            self.layout_.addItem(self.tr("(only one)"), None)
        self.layout_.setEnabled(bool(layouts))
        self.offset_unit.setEnabled(fmt == "doccano")
        self.conll_scheme.setEnabled(fmt == "conll")
        self.conll_layers.setEnabled(fmt == "conll")
        self.predictions.setEnabled(fmt == "labelstudio")
        text = self.destination.text().strip()
        if text:  # keep the name, change the suffix
            path = Path(text)
            self.destination.setText(str(path.with_suffix(SUFFIXES[fmt])))
        self._update_ok()

    def _dates_toggled(self, on: bool) -> None:
        self.since.setEnabled(on)
        self.until.setEnabled(on)
        self._schedule()

    def _update_ok(self) -> None:
        self.export_button.setEnabled(bool(self.destination.text().strip()))

    def choose_destination(self) -> None:
        fmt = self.fmt
        folder = Path(self._choices.folder) if self._choices.folder else Path.home()
        if not folder.is_dir():
            folder = Path.home()
        start = self.destination.text().strip() or str(folder / f"annotations{SUFFIXES[fmt]}")
        if fmt in FOLDER_FORMATS:
            filters = self.tr("Zip archive (*.zip);;Folder (*)")
        else:
            filters = self.tr("{name} (*{suffix})").format(
                name=self.format.currentText(), suffix=SUFFIXES[fmt]
            )
        path, chosen = QFileDialog.getSaveFileName(self, self.tr("Export to"), start, filters)
        if not path:
            return
        if fmt in FOLDER_FORMATS and "*.zip" not in chosen:
            path = str(Path(path).with_suffix(""))
        self.destination.setText(path)

    def export_filter(self) -> ExportFilter:
        articles: tuple[int, ...] = ()
        if self.current_only.isChecked() and self.current_article is not None:
            articles = (self.current_article,)
        elif self.listed_only.isChecked() and self.listed_articles is not None:
            articles = tuple(self.listed_articles) or (-1,)  # an empty list exports nothing
        since = until = None
        if self.dated.isChecked():
            since = datetime.combine(_day(self.since.date()), time(), UTC)
            until = datetime.combine(_day(self.until.date().addDays(1)), time(), UTC)
        return ExportFilter(
            annotators=_checked(self.annotators),
            labels=_checked(self.labels),
            statuses=tuple(s for s, box in self.statuses.items() if box.isChecked()),
            article_ids=articles,
            since=since,
            until=until,
        )

    def request(self) -> ExportRequest:
        chosen = self.export_filter()
        options = ExportOptions(
            layout=self.layout_.currentData(),
            with_texts=self.with_texts.isChecked(),
            export_filter=chosen,
            offset_unit=str(self.offset_unit.currentData()),
            conll_layers=self.conll_layers.value(),
            conll_scheme=str(self.conll_scheme.currentData()),
        )
        predictions = self.fmt == "labelstudio" and self.predictions.isChecked()
        out = Path(self.destination.text().strip())
        return ExportRequest(self.fmt, out, chosen, options, predictions=predictions)

    # -- preview -----------------------------------------------------------------------------

    def _schedule(self, *_args: object) -> None:
        self.preview.setText(self.tr("Counting…"))
        self._timer.start()

    def _preview(self) -> None:
        from marginalia.db.interchange.source import count_annotations

        self._generation += 1
        generation = self._generation
        chosen = self.export_filter()
        every_article = self.fmt == "labelstudio" and self.predictions.isChecked()
        self.runner.run(
            lambda store: count_annotations(store, chosen, every_article=every_article),
            lambda counts: self._counted(generation, counts),
            lambda error: self._count_failed(generation, error),
        )

    def _counted(self, generation: int, counts: tuple[int, int]) -> None:
        if generation != self._generation:
            return
        articles, annotations = counts
        # one count per message: Qt's plural forms follow a single %n
        self.preview.setText(
            self.tr("{annotations} in {articles} will be exported.").format(
                annotations=self.tr("%Ln annotation(s)", "", annotations),
                articles=self.tr("%Ln article(s)", "", articles),
            )
        )
        self.counted.emit(articles, annotations)

    def _count_failed(self, generation: int, error: BaseException) -> None:
        if generation == self._generation:
            from ..db_messages import error_sentence  # an unknown label, in the window's words

            self.preview.setText(error_sentence(error))


def _day(day: QDate) -> date:
    return date(day.year(), day.month(), day.day())
