"""The editor of the selected annotation: label, attributes (built from the schema), image,
links and note.

A choice, the label, the image and the links are one request each (one undo step). What is
typed into a text or number field or the note is never lost (ADR 0074): it is saved at most
:data:`SAVE_DELAY_MS` after the first keystroke not yet saved, and at once when the field
is left, Enter is pressed, another annotation or article is shown, the schema changes, any
action or edit is made (:meth:`AnnotationEditor.commit`, a hook of the undo stack) and the
window closes. The saves of one field edit carry one edit key, so the undo stack merges
them into one step.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any, Protocol

from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
    QLocale,
    QObject,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QDoubleValidator, QValidator
from PySide6.QtWidgets import (
    QAbstractScrollArea,
    QComboBox,
    QFormLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from marginalia.db import Annotation, AttributeDef, AttributeKind, ImageInfo, Link, Schema

from ..accessible import NamedComboBox
from ..checklist import roomy_check_rows
from ..i18n import (
    attribute_name,
    choice_name,
    field_caption,
    label_and_key,
    label_name,
    labelled,
)
from .quote import QuoteBox, scroll_parts, settle_scroll_bars

NONE = ""
#: Typing is saved at most this long after the first keystroke not yet saved (ADR 0074).
SAVE_DELAY_MS = 250
#: the field key of the note (attribute fields are keyed by the attribute's name)
NOTE = "\0note"
#: link targets offered: other labels within this many characters, at most this many
LINK_RADIUS = 2_000
MAX_LINK_CANDIDATES = 24
#: link rows' words kept (by annotation) at most
LINK_TEXTS_KEPT = 10_000
_TARGET = Qt.ItemDataRole.UserRole
_CHECKED, _UNCHECKED = Qt.CheckState.Checked, Qt.CheckState.Unchecked


class Neighbours(Protocol):
    """The article's annotations as link targets: by id, and by where they start."""

    def get(self, annotation_id: str) -> Annotation | None: ...

    def starting_between(self, lo: int, hi: int) -> Iterable[Annotation]:
        """Those that start within ``[lo, hi]``."""
        ...


class _NoNeighbours:
    def get(self, annotation_id: str) -> Annotation | None:
        return None

    def starting_between(self, lo: int, hi: int) -> Iterable[Annotation]:
        return ()


_META_CALL = QEvent.Type.MetaCall.value


def short(text: str, limit: int = 48) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


#: the space between the form's rows (ADR 0107)
FORM_ROW_SPACING = 4


def two_lines(box: QAbstractScrollArea) -> int:
    """The height of a scrolled box that shows two lines of its font."""
    margins = box.contentsMargins()
    return 2 * box.fontMetrics().lineSpacing() + margins.top() + margins.bottom() + 8


@dataclass(frozen=True, slots=True)
class Typed:
    """What was typed into one field, to save: attribute values (``""`` clears one) and/or
    the note. Saves with the same ``edit_key`` belong to one field edit: one undo step."""

    annotation_id: str
    attributes: Mapping[str, Any] = field(default_factory=dict)
    note: str | None = None
    edit_key: str | None = None


_edit_keys = itertools.count(1)


class AnnotationEditor(QWidget):
    #: (annotation id, {field: value}) for UpdateAnnotation: label, image, links
    editRequested = Signal(str, dict)
    #: (Typed) attribute values and the note, as typed or chosen
    typed = Signal(object)
    deleteRequested = Signal(str)

    def __init__(self, schema: Schema, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        # opaque: a new quote, or the links list's scroll bars, repaint from here down, not
        # from the main window through the dock, the panel and the splitter (~0.3 ms of an
        # add's frame, issue 14, ADR 0106); the window's colour, so nothing looks different
        self.setAutoFillBackground(True)
        self.schema = schema
        self.annotation: Annotation | None = None
        self.images: Sequence[ImageInfo] = ()
        self._image_choices: list[int] | None = None
        self.others: Neighbours = _NoNeighbours()
        #: typed fields not saved yet (field key → its widget); the edit key of each field
        #: whose edit is under way (saved at least once, not yet left)
        self._dirty: dict[str, QWidget] = {}
        self._edit_keys: dict[str, str] = {}
        self._save_timer = QTimer(self)
        self._save_timer.setSingleShot(True)
        self._save_timer.setInterval(SAVE_DELAY_MS)
        self._save_timer.timeout.connect(lambda: self._save(finished=False))
        outer = QVBoxLayout(self)
        # less room above the quote and below the form than the style's 9 px: with a quote of
        # three lines the right-hand column still fits a 1024×700 screen (ADR 0107)
        margins = outer.contentsMargins()
        outer.setContentsMargins(margins.left(), 3, margins.right(), 3)
        # the quote above the form, in a box of three lines whatever it says: the form never
        # moves with it (ADR 0107)
        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        # 4 px between the rows, not the style's 6: a claim's seven rows are then 12 px
        # shorter, and the Chinese right-hand column fits 1024×700 (ADR 0107)
        self.form.setVerticalSpacing(FORM_ROW_SPACING)
        self.quote_box = QuoteBox(self)
        self.quote = self.quote_box.label
        self.label = NamedComboBox(self)
        self.label.setObjectName("label")
        self.label.setAccessibleName(self.tr("Label"))
        self._fill_labels()
        self.label.activated.connect(self._label_chosen)
        outer.addWidget(self.quote_box)
        outer.addLayout(self.form, 1)
        self.form.addRow(self.tr("&Label"), self.label)
        self._attribute_rows: list[QWidget] = []
        self.attribute_widgets: dict[str, QWidget] = {}
        self.image = NamedComboBox(self)
        self.image.setObjectName("image")
        self.image.setAccessibleName(self.tr("Image"))
        self.image.activated.connect(self._image_chosen)
        self.links = QListWidget(self)
        self.links.setObjectName("links")
        self.links.setAccessibleName(self.tr("Linked annotations"))
        self.links.setMaximumHeight(110)
        self.links.setUniformItemSizes(True)  # one line each: no size asked of every item
        # room around the tick boxes (14 px rows before: the boxes touched), and rows as wide
        # as the list, elided: a horizontal scroll bar left one row in sight at 1024×700
        roomy_check_rows(self.links, fit_width=True)
        self._links_scroll_parts = scroll_parts(self.links)
        self.links.itemChanged.connect(self._links_changed)
        self.note = QPlainTextEdit(self)
        self.note.setObjectName("note")
        self.note.setAccessibleName(self.tr("Note"))
        self.note.setTabChangesFocus(True)
        self.note.setMaximumHeight(90)
        # two lines each at the least (a scroll area asks for ~70 px): the right-hand column
        # must fit a 1024×700 screen with CJK fonts' taller lines (ADR 0064)
        for box in (self.links, self.note):
            box.setMinimumHeight(two_lines(box))
        self.note.installEventFilter(self)
        self.note.textChanged.connect(lambda: self._typed_into(NOTE, self.note))
        self.delete = QPushButton(self.tr("&Delete annotation"), self)
        self.delete.clicked.connect(self._delete)
        self.form.addRow(self.tr("&Image"), self.image)
        self.form.addRow(self.tr("Lin&ks"), self.links)
        self.form.addRow(self.tr("&Note"), self.note)
        self.form.addRow(self.delete)
        self._filling = False
        self._saving = False
        self._links_changed_rows = False
        self._quote_changed = False
        #: what the links list's rows say (text, target, check), as last filled; None when
        #: the list may say otherwise (a box ticked by hand)
        self._link_rows: list[tuple[str, str, Qt.CheckState]] | None = []
        #: a link row's words by annotation id, with the label and quote they were made of
        self._link_texts: dict[str, tuple[str, str, str]] = {}
        self.show_annotation(None)

    # -- filling ----------------------------------------------------------------------------

    def _fill_labels(self) -> None:
        self.label.clear()
        for label in self.schema.labels:
            self.label.addItem(label_and_key(label_name(label.name), label.key), label.id)

    def set_schema(self, schema: Schema) -> None:
        """Follow a schema change; shows no annotation until one is selected again."""
        self.commit()
        self.schema = schema
        self._link_texts.clear()  # (a label's name may have changed)
        self._fill_labels()
        self.show_annotation(None)

    def set_context(self, images: Sequence[ImageInfo], others: Neighbours) -> None:
        """The article's images and annotations, offered as image and link targets."""
        self.images = images
        self.others = others

    def show_annotation(self, annotation: Annotation | None) -> None:
        """Show an annotation (or none). Another annotation than the one shown first gets
        what was typed into this one saved; the same one, newer, keeps what is being typed."""
        same_annotation = (
            annotation is not None
            and self.annotation is not None
            and annotation.id == self.annotation.id
        )
        if not same_annotation:
            self.commit()
            self._dirty.clear()  # what could not be stored ("-") goes with its field
        self._filling = True
        try:
            same = (
                annotation is not None
                and self.annotation is not None
                and annotation.label == self.annotation.label
            )
            self.annotation = annotation
            self.setEnabled(annotation is not None)
            if same:
                self._refresh_attribute_values(same_annotation)
            else:
                self._rebuild_attributes()
            if annotation is None:
                self._show_empty_form()
                return
            self._set_quote(f"“{' '.join(annotation.quote.split())}”")
            self.label.setCurrentIndex(max(0, self.label.findData(annotation.label)))
            keep = same_annotation and self._keeps_typing(NOTE, self.note, annotation.note)
            if not keep and self.note.toPlainText() != annotation.note:
                self.note.setPlainText(annotation.note)
            label = self._label_def()
            has_image = label is not None and any(
                a.kind == AttributeKind.IMAGE for a in label.attributes
            )
            show_image = has_image or annotation.image_id is not None
            if self.image.isVisibleTo(self) != show_image:
                self.form.setRowVisible(self.image, show_image)
            self._fill_image()
            self._fill_links(another=not same_annotation)
        finally:
            self._filling = False
            self._lay_out_now()

    def _show_empty_form(self) -> None:
        """Nothing selected: the same form on a first run and after a delete, with none of
        the last annotation's values left in it (a screen reader read the deleted one's
        label and image): no label, the image row shown and empty, no links, no note."""
        self._set_quote(self.tr("Select an annotation in the text or the list."))
        self.label.setCurrentIndex(-1)
        if not self.image.isVisibleTo(self):
            self.form.setRowVisible(self.image, True)
        self.image.setCurrentIndex(-1)
        self.note.setPlainText("")
        self.links.clear()
        self._link_rows = []

    def _set_quote(self, text: str) -> None:
        if self.quote_box.set_text(text):
            self._quote_changed = True

    def _lay_out_now(self) -> None:
        """Lay the form out for what it now shows before the frame is painted, not after:
        Qt posts the request behind the frame, which then painted the editor at its old
        geometry and again at the new one (issue 14, ADR 0103)."""
        layout = self.layout()
        if layout is not None and self.isVisible():
            layout.activate()
            if self._quote_changed:
                self.quote_box.lay_out_now()
            if self._links_changed_rows:
                self.links.doItemsLayout()  # (its delayed layout, also behind the frame)
                # its scroll bars' new ranges show or hide them in a queued call, which
                # came after the frame and repainted the list's column in a frame of its own
                QCoreApplication.sendPostedEvents(self.links, _META_CALL)
            settle_scroll_bars(self.links)
        self._links_changed_rows = False
        self._quote_changed = False

    def _label_def(self) -> Any:
        return self.schema.label(self.annotation.label) if self.annotation else None

    def _rebuild_attributes(self) -> None:
        for widget in self._attribute_rows:
            self.form.removeRow(widget)
        self._attribute_rows = []
        self.attribute_widgets = {}
        label = self._label_def()
        if label is None or self.annotation is None:
            return
        row = 1  # after the label
        for definition in label.attributes:
            if definition.kind == AttributeKind.IMAGE:
                continue  # the image row below
            widget = self._attribute_widget(definition, self.annotation.attributes)
            widget.setObjectName(f"attr-{definition.name}")
            name = attribute_name(definition.name)
            widget.setAccessibleName(name)  # (a combo box's too: NamedComboBox)
            # no Alt key of its own: Alt+L, then Tab (ADR 0117, addendum round 15)
            self.form.insertRow(row, field_caption(name), widget)
            self._attribute_rows.append(widget)
            self.attribute_widgets[definition.name] = widget
            row += 1
        self._chain_tabs()

    def _chain_tabs(self) -> None:
        """Tab and Shift+Tab walk the form as it reads: the label, its attribute fields in
        their order, the image, the links, the note, Delete. The attribute fields are made
        after the rest of the form (per label, and again after a schema change), and a new
        widget joins the end of the window's Tab chain: Tab went from the label to the
        links, and reached the fields only after the other docks (ADR 0137, addendum)."""
        chain = (self.label, *self._attribute_rows, self.image, self.links, self.note, self.delete)
        for first, second in itertools.pairwise(chain):
            QWidget.setTabOrder(first, second)

    def _refresh_attribute_values(self, same_annotation: bool) -> None:
        assert self.annotation is not None
        for name, widget in self.attribute_widgets.items():
            value = self.annotation.attributes.get(name)
            if isinstance(widget, QComboBox):
                widget.setCurrentIndex(
                    max(0, widget.findData(value if value is not None else NONE))
                )
            elif isinstance(widget, QLineEdit):
                if same_annotation and self._keeps_typing(name, widget, value):
                    continue
                widget.setText("" if value is None else str(value))
                _mark_unsaved(widget, False)

    def _keeps_typing(self, key: str, widget: QWidget, stored: Any) -> bool:
        """Whether a newer copy of the shown annotation leaves this field as it is: it holds
        typing not saved yet, or it has the keyboard and already says what is stored."""
        if key in self._dirty:
            return True
        if not widget.hasFocus():
            return False
        return _same_value(_text_of(widget), stored)

    def _attribute_widget(self, definition: AttributeDef, values: Mapping[str, Any]) -> QWidget:
        value = values.get(definition.name)
        name = definition.name
        if definition.kind in (AttributeKind.CHOICE, AttributeKind.BOOLEAN):
            combo = NamedComboBox(self)
            choices = definition.choices if definition.kind == AttributeKind.CHOICE else ()
            combo.addItem("—", NONE)
            if definition.kind == AttributeKind.BOOLEAN:
                combo.addItem(choice_name("yes"), True)
                combo.addItem(choice_name("no"), False)
            for choice in choices:
                combo.addItem(choice_name(choice), choice)
            combo.setCurrentIndex(max(0, combo.findData(value if value is not None else NONE)))
            combo.activated.connect(
                lambda _i, c=combo, n=name: self._set_attribute(n, c.currentData())
            )
            return combo
        edit = QLineEdit(self)
        edit.setText("" if value is None else str(value))
        if definition.kind == AttributeKind.NUMBER:
            edit.setValidator(NumberValidator(edit))
        edit.textEdited.connect(lambda _text, e=edit, n=name: self._typed_into(n, e))
        edit.returnPressed.connect(lambda: self._save(finished=True))
        edit.installEventFilter(self)
        return edit

    def _fill_image(self) -> None:
        choices = [image.id for image in self.images]
        if choices != self._image_choices:  # refilled only when the article changes
            self._image_choices = choices
            self.image.clear()
            self.image.addItem(self.tr("(none)"), None)
            for image in self.images:
                self.image.addItem(image.name, image.id)
        assert self.annotation is not None
        self.image.setCurrentIndex(max(0, self.image.findData(self.annotation.image_id)))

    def _fill_links(self, *, another: bool) -> None:
        """The link targets of the shown annotation, checked where it links. Rows that say
        the same as before are left alone, so showing the next annotation repaints only the
        rows that changed (issue 14: clearing and refilling 24 rows cost ~1 ms an add);
        ``another`` annotation starts at the top of the list, with no current row."""
        assert self.annotation is not None
        linked = {link.target for link in self.annotation.links}
        wanted = [
            (self._link_text(other), other.id, _CHECKED if other.id in linked else _UNCHECKED)
            for other in self.link_candidates()
        ]
        links = self.links
        shown = self._link_rows
        if shown == wanted:
            pass  # (each row read back from the widget cost a few calls into Qt)
        elif shown is not None and len(shown) == links.count():
            self._update_link_rows(shown, wanted)
        else:
            self._refill_links(wanted)
        self._link_rows = wanted
        if another:
            if links.currentRow() != -1:
                links.setCurrentRow(-1)
            if links.verticalScrollBar().value():
                links.scrollToTop()

    def _link_text(self, other: Annotation) -> str:
        """A link row's words, kept by annotation while its label and quote stay the same
        (the 24 rows of each add were worked out again: ~0.1 ms, issue 14)."""
        kept = self._link_texts.get(other.id)
        if kept is not None and kept[0] == other.label and kept[1] == other.quote:
            return kept[2]
        if len(self._link_texts) >= LINK_TEXTS_KEPT:
            self._link_texts.clear()
        label = self.schema.label(other.label)
        text = labelled(label_name(label.name) if label else other.label, short(other.quote, 40))
        self._link_texts[other.id] = (other.label, other.quote, text)
        return text

    def _update_link_rows(
        self,
        shown: list[tuple[str, str, Qt.CheckState]],
        wanted: list[tuple[str, str, Qt.CheckState]],
    ) -> None:
        """Set what differs from what the rows are known to say, reading nothing back from
        them (three calls into Qt a row, issue 14); rows added or taken off at the end."""
        links = self.links
        targets = []
        for row, (now, then) in enumerate(zip(wanted, shown, strict=False)):
            if now == then:
                continue
            item = links.item(row)
            if now[0] != then[0]:
                item.setText(now[0])
                self._links_changed_rows = True
            if now[1] != then[1]:
                targets.append((item, now[1]))
            if now[2] != then[2]:
                item.setCheckState(now[2])
        self._set_targets(targets)
        if len(wanted) != len(shown):
            self._links_changed_rows = True
        while links.count() > len(wanted):
            links.takeItem(links.count() - 1)  # (ownership back to Python, then freed)
        for text, target, checked in wanted[len(shown) :]:
            self._add_link_row(text, target, checked)

    def _set_targets(self, targets: list[tuple[QListWidgetItem, str]]) -> None:
        """Each item's link target, kept in the item where no view shows it: the list's
        model is not let tell its views (a repaint of the row, and with accessibility on an
        event for each row: 0.12 ms for 24 rows alone in X, ~0.02 ms of the bench's add;
        issue 14)."""
        if not targets:
            return
        model = self.links.model()
        blocked = model.blockSignals(True)
        try:
            for item, target in targets:
                item.setData(_TARGET, target)
        finally:
            model.blockSignals(blocked)

    def _add_link_row(self, text: str, target: str, checked: Qt.CheckState) -> None:
        # checkable by default (QListWidgetItem's flags include ItemIsUserCheckable)
        item = QListWidgetItem(text)
        item.setData(_TARGET, target)
        item.setCheckState(checked)
        self.links.addItem(item)

    def _fill_link_row(
        self, item: QListWidgetItem, text: str, target: str, checked: Qt.CheckState
    ) -> None:
        if item.text() != text:
            item.setText(text)
            self._links_changed_rows = True
        if item.data(_TARGET) != target:
            self._set_targets([(item, target)])
        if item.checkState() != checked:
            item.setCheckState(checked)

    def _refill_links(self, wanted: list[tuple[str, str, Qt.CheckState]]) -> None:
        """The rows made to say ``wanted``, reading each (a box may have been ticked by
        hand)."""
        links = self.links
        if links.count() != len(wanted):
            self._links_changed_rows = True
        while links.count() > len(wanted):
            links.takeItem(links.count() - 1)  # (ownership back to Python, then freed)
        for row, (text, target, checked) in enumerate(wanted):
            item = links.item(row)
            if item is None:
                self._add_link_row(text, target, checked)
                continue
            self._fill_link_row(item, text, target, checked)

    def link_candidates(self) -> list[Annotation]:
        """What the selected annotation may link to: those it links to, then the nearest
        others of another label (a claim's figures stand near it), in text order."""
        assert self.annotation is not None
        me = self.annotation
        linked = {link.target for link in me.links}
        lo, hi = me.start - LINK_RADIUS, me.start + LINK_RADIUS
        nearby = [
            other
            for other in self.others.starting_between(lo, hi)
            if other.label != me.label and other.id != me.id
        ]
        nearby.sort(key=lambda other: abs(other.start - me.start))
        chosen = {a.id: a for a in nearby[:MAX_LINK_CANDIDATES]}
        for target in linked:
            other = self.others.get(target)
            if other is not None:
                chosen[other.id] = other
        return sorted(chosen.values(), key=lambda a: (a.start, a.end))

    # -- typing -----------------------------------------------------------------------------

    def _typed_into(self, key: str, widget: QWidget) -> None:
        if self._filling or self.annotation is None:
            return
        self._dirty[key] = widget
        if not self._save_timer.isActive():  # at most SAVE_DELAY_MS after the first one
            self._save_timer.start()

    def has_unsaved_typing(self) -> bool:
        return bool(self._dirty)

    def commit(self) -> None:
        """Save what is typed and not saved yet, and end the field edits under way (the next
        keystroke starts a new undo step). Called before every edit, undo, redo and action,
        before another annotation or article is shown, and when the window closes."""
        self._save(finished=True)

    def commit_note(self) -> None:
        """The old name of :meth:`commit` (the note is one of the fields it saves)."""
        self.commit()

    def _save(self, *, finished: bool) -> None:
        if self._saving:  # a save's own edit asks the editor to commit: it is doing so
            return
        self._saving = True
        try:
            self._save_fields(finished=finished)
        finally:
            self._saving = False

    def _save_fields(self, *, finished: bool) -> None:
        self._save_timer.stop()
        annotation = self.annotation
        if annotation is not None:
            for key, widget in list(self._dirty.items()):
                text = _text_of(widget)
                if not _acceptable(widget, text):
                    _mark_unsaved(widget, True)
                    continue  # "-" or "1e": not a number yet; kept until it is one
                del self._dirty[key]
                _mark_unsaved(widget, False)
                edit_key = self._edit_keys.setdefault(
                    key, f"{annotation.id}:{key}:{next(_edit_keys)}"
                )
                if key == NOTE:
                    typed = Typed(annotation.id, note=text, edit_key=edit_key)
                else:
                    typed = Typed(annotation.id, {key: text.strip()}, edit_key=edit_key)
                self.typed.emit(typed)
        else:
            self._dirty.clear()
        if finished:
            self._edit_keys.clear()

    # -- edits ------------------------------------------------------------------------------

    def _request(self, values: dict[str, Any]) -> None:
        if not self._filling and self.annotation is not None:
            self.editRequested.emit(self.annotation.id, values)

    def _label_chosen(self, _index: int) -> None:
        label = self.label.currentData()
        if self.annotation is not None and label != self.annotation.label:
            self._request({"label": label})

    def _set_attribute(self, name: str, value: Any) -> None:
        """A choice made: one step of its own."""
        if self._filling or self.annotation is None:
            return
        current = self.annotation.attributes.get(name)
        if value in (NONE, None):
            if current is None:
                return
        elif current is not None and str(current) == str(value):
            return
        self.typed.emit(Typed(self.annotation.id, {name: value}))

    def _image_chosen(self, _index: int) -> None:
        image_id = self.image.currentData()
        if self.annotation is not None and image_id != self.annotation.image_id:
            self._request({"image_id": image_id})

    def _links_changed(self, _item: QListWidgetItem) -> None:
        if self._filling or self.annotation is None:
            return
        self._link_rows = None  # a box ticked by hand: the rows are read again next time
        targets = []
        for row in range(self.links.count()):
            item = self.links.item(row)
            if item.checkState() == Qt.CheckState.Checked:
                targets.append(item.data(Qt.ItemDataRole.UserRole))
        kinds = {link.target: link.kind for link in self.annotation.links}
        self._request({"links": [Link(t, kinds.get(t, "supports")) for t in targets]})

    def _delete(self) -> None:
        if self.annotation is not None:
            self.deleteRequested.emit(self.annotation.id)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.FocusOut and (
            watched is self.note or watched in self._attribute_rows
        ):
            self.commit()
        return super().eventFilter(watched, event)


class NumberValidator(QDoubleValidator):
    """A number as the store reads it, whatever the language: a point before the decimals,
    commas only between groups of three digits (``1,500``). ``2,5`` stays unfinished — it is
    never "fixed up" into 25."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.setLocale(QLocale.c())
        self.setNotation(QDoubleValidator.Notation.StandardNotation)

    def fixup(self, text: str) -> str:
        return text


def _text_of(widget: QWidget) -> str:
    if isinstance(widget, QPlainTextEdit):
        return widget.toPlainText()
    assert isinstance(widget, QLineEdit)
    return widget.text()


def _acceptable(widget: QWidget, text: str) -> bool:
    """Whether a field's text can be stored: empty (clears it) or what its validator takes."""
    if not isinstance(widget, QLineEdit) or widget.validator() is None or not text.strip():
        return True
    result: Any = widget.validator().validate(text.strip(), 0)
    return bool(result[0] == QValidator.State.Acceptable)


def _same_value(text: str, stored: Any) -> bool:
    if stored is None:
        return not text.strip()
    if isinstance(stored, int | float) and not isinstance(stored, bool):
        try:
            return float(text.replace(",", "")) == float(stored)
        except ValueError:
            return False
    return text.strip() == str(stored).strip() or text == str(stored)


def _mark_unsaved(widget: QWidget, unsaved: bool) -> None:
    """A field whose text cannot be stored (not a number yet) says so."""
    if widget.property("unsaved") == unsaved:
        return
    widget.setProperty("unsaved", unsaved)
    widget.setStyleSheet("QLineEdit { border: 1px solid #d55e00; }" if unsaved else "")
    widget.setToolTip(
        QCoreApplication.translate("AnnotationEditor", "Not saved: this is not a number yet.")
        if unsaved
        else ""
    )
