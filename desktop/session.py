"""The open article: loads it, keeps reader and panel in step, turns gestures into commands.

Everything it reads or writes goes through the op runner; every edit is a command on the
undo stack; reader and panel refresh from the runner's ``changed`` broadcast only — one
batched read and one update per broadcast, whether the change was one's own gesture, an
undo, or somebody else's edit picked up by the live refresh (ADR 0087).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QGuiApplication, QImage

from marginalia.db import (
    AdjustAnnotation,
    Annotation,
    Article,
    ArticleStatus,
    Changes,
    CreateAnnotation,
    DeleteAnnotation,
    ImageInfo,
    SetStatus,
    Status,
    UpdateAnnotation,
    figure_reading,
    prefill,
    step,
)
from marginalia.db.spans import Edge, reads_figures

from .context import AppContext
from .i18n import attribute_name, label_name, listed
from .panel import AnnotationPanel
from .panel.commands import TypeFields
from .panel.editor import Typed
from .reader import ReaderView
from .undo import UndoStack

if TYPE_CHECKING:
    from marginalia.db import Store


@dataclass(frozen=True, slots=True)
class Loaded:
    article: Article
    annotations: list[Annotation]
    status: Status
    thumbnails: dict[int, bytes]


def load_article(store: Store, article_id: int, annotator: str) -> Loaded:
    article = store.article(article_id)
    thumbnails = {}
    for image in article.images:
        if not image.is_placeholder:
            data = store.image_bytes(image.id, thumbnail=True)
            if data:
                thumbnails[image.id] = data
    status = store.status(article_id, annotator)
    return Loaded(
        article,
        store.annotations(article_id, annotator=annotator),
        status.status if status else Status.NEW,
        thumbnails,
    )


def nearest_image_before(images: tuple[ImageInfo, ...], offset: int) -> ImageInfo | None:
    """The image a caption at ``offset`` describes by default: the last one anchored before."""
    before = [image for image in images if image.offset <= offset]
    return max(before, key=lambda i: (i.offset, i.position)) if before else None


class ArticleSession(QObject):
    #: an article is shown (its id)
    opened = Signal(int)
    #: a short message for the status bar
    message = Signal(str)
    #: an error for a dialog
    failed = Signal(object)
    #: the selected annotation changed (its id, or None)
    selectionChanged = Signal(object)

    def __init__(
        self,
        context: AppContext,
        reader: ReaderView,
        panel: AnnotationPanel,
        undo: UndoStack,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.reader = reader
        self.panel = panel
        self.undo = undo
        self.article: Article | None = None
        self.status = Status.NEW
        #: the annotation a gesture made, selected once the broadcast has shown it
        self._select_when_shown: str | None = None
        #: the annotation a gesture added, told to the article list once shown (its counts)
        self._count_when_shown: str | None = None
        context.runner.changed.connect(self.refresh)
        reader.tagRequested.connect(self.tag)
        reader.deleteRequested.connect(self.delete_selected)
        reader.annotationClicked.connect(self._clicked_in_reader)
        reader.adjustRequested.connect(self.adjust)
        panel.annotationSelected.connect(self._selected_in_panel)
        panel.editor.editRequested.connect(self.edit)
        panel.editor.typed.connect(self.type_fields)
        panel.editor.deleteRequested.connect(self.delete)
        panel.list.deleteRequested.connect(self.delete)
        panel.statusRequested.connect(self.set_status)
        panel.doneAndNextRequested.connect(self.done_and_next)
        undo.stepped.connect(self._stepped)

    @property
    def annotator(self) -> str:
        return self.context.annotator

    def has_article(self) -> bool:
        """Whether an article is shown (the label, delete and done actions need one)."""
        return self.article is not None

    def selected_annotation(self) -> Annotation | None:
        """The annotation selected in the reader (or, failing that, in the panel)."""
        annotation_id = self.reader.selected_annotation() or self.panel.selected()
        return self.reader.annotations.get(annotation_id) if annotation_id else None

    def has_selected(self) -> bool:
        """Whether an annotation is selected (delete, adjust and copy quote need one)."""
        return self.selected_annotation() is not None

    # -- loading ----------------------------------------------------------------------------

    def open(self, article_id: int) -> None:
        annotator = self.annotator
        self.panel.editor.commit()
        self.context.runner.run(
            lambda store: load_article(store, article_id, annotator),
            self._show,
            self.failed.emit,
        )

    def reload(self) -> None:
        """Show the open article again as stored (after a conflict or a schema change)."""
        if self.article is not None:
            self.open(self.article.id)

    def _show(self, loaded: Loaded) -> None:
        pictures = {i: QImage.fromData(data) for i, data in loaded.thumbnails.items()}
        self.article = loaded.article
        self.status = loaded.status
        self._count_when_shown = None  # an add not shown yet is counted by the list's read
        self._select_when_shown = None  # an undo's annotation in the article left behind
        self.reader.show_article(loaded.article, loaded.annotations, pictures)
        self.panel.show_article(loaded.article, loaded.annotations, loaded.status)
        self.reader.setFocus()
        self.opened.emit(loaded.article.id)
        self.selectionChanged.emit(None)

    def refresh(self, changes: Changes) -> None:
        """Bring reader and panel up to date after any change (from the broadcast): the
        changed annotations in one read, with the status, then one update."""
        if self.article is None:
            return
        article_id = self.article.id
        ids = sorted(changes.annotations)
        if article_id not in changes.articles and not ids:
            return
        annotator = self.annotator

        def read(store: Store) -> tuple[list[Annotation], ArticleStatus | None]:
            found = store.annotations_by_ids(ids) if ids else []
            mine = [a for a in found if a.article_id == article_id and a.annotator == annotator]
            return mine, store.status(article_id, annotator)

        self.context.runner.run(read, self._apply_refresh, self.failed.emit)

    def _apply_refresh(self, result: tuple[list[Annotation], ArticleStatus | None]) -> None:
        annotations, status = result
        if self.article is None:
            return
        shown = self.reader.annotations
        annotations = [
            a
            for a in annotations
            if a.article_id == self.article.id
            # what is shown already as it is stored changes nothing (a broadcast of the
            # whole article, ADR 0087, names thousands that did not change)
            and shown.get(a.id) != a
            and not (a.is_deleted and a.id not in shown)
        ]
        if annotations:
            self.reader.update_annotations(annotations)
            self.panel.update_annotations(annotations)
        self.status = status.status if status else Status.NEW
        self.panel.set_status(self.status)
        wanted = self._select_when_shown
        if wanted is not None and wanted in self.reader.annotations:
            # (an earlier edit's refresh may come first: the new one waits to be shown)
            self._select_when_shown = None
            self.select(wanted)
        elif self.reader.selected_annotation() is None and self.panel.selected() is None:
            self.selectionChanged.emit(None)  # the selected one was deleted
        added = self._count_when_shown
        if added is not None and added in self.reader.annotations:
            # what is shown is what the article list counts (its label, its annotator), once
            self._count_when_shown = None
            made = self.reader.annotations[added]
            self.context.annotationShown.emit(made.article_id, made.label, made.annotator)

    # -- gestures ---------------------------------------------------------------------------

    def tag(self, label_id: str) -> None:
        """Tag the reader's selection with a label (its key, or its toolbar button)."""
        if self.article is None:
            return
        span = self.reader.selected_span()
        if span is None:
            self.message.emit(self.tr("Select some text first, then press the label's key."))
            return
        label = self.context.schema.label(label_id)
        if label is None:
            return
        start, end = span
        image_id = None
        if any(a.kind == "image" for a in label.attributes):
            image = nearest_image_before(self.article.images, start)
            image_id = image.id if image else None
        # a Figure tag starts with what the figure detector reads there (value, unit, kind)
        attributes = (
            prefill(label, figure_reading(self.article.text, start, end))
            if reads_figures(label)
            else {}
        )
        command = CreateAnnotation(
            self.article.id,
            label.id,
            start,
            end,
            self.annotator,
            attributes=attributes,
            image_id=image_id,
            text=self.tr("Add {label}").format(label=label_name(label.name)),
        )

        def done(_command: object) -> None:
            # the broadcast that follows shows it (one update per gesture), then selects it
            self._select_when_shown = command.annotation_id
            self._count_when_shown = command.annotation_id

        self.undo.do(command, done, self.failed.emit)

    def _stepped(self, command: object, undone: bool) -> None:
        """An undo or redo landed: the annotation it brought back or changed is selected once
        shown, as after the gesture itself (Delete then acts on it); one it removed is not."""
        annotation_id = getattr(command, "annotation_id", None)
        if not isinstance(annotation_id, str):
            return  # a status change: nothing to select
        if isinstance(command, CreateAnnotation):
            live = not undone
        elif isinstance(command, DeleteAnnotation):
            live = undone
        else:
            live = True  # an edit, a move of its edges
        if live:
            self._select_when_shown = annotation_id

    def select(self, annotation_id: str | None) -> None:
        """Select an annotation in panel and reader, with the caret after it."""
        self.panel.select(annotation_id)
        annotation = self.reader.annotations.get(annotation_id) if annotation_id else None
        self.reader.select_annotation(annotation_id, annotation.end if annotation else None)
        self.selectionChanged.emit(self.reader.selected_annotation())

    def _clicked_in_reader(self, annotation_id: str | None) -> None:
        """A click on a span selects it (panel and outline); a click on bare text clears it."""
        self.panel.select(annotation_id)
        self.reader.select_annotation(annotation_id)
        self.selectionChanged.emit(self.reader.selected_annotation())

    def _selected_in_panel(self, annotation_id: str | None) -> None:
        self.reader.select_annotation(annotation_id)
        self.selectionChanged.emit(annotation_id)

    # -- adjusting a span's edges (ADR 0096) ----------------------------------------------

    def step_selected(self, edge: Edge, forward: bool) -> None:
        """Move an edge of the selected annotation by one word or figure (its keys)."""
        annotation = self.selected_annotation()
        if annotation is None or self.article is None:
            self.message.emit(self.tr("Select an annotation first (click it), then move its ends."))
            return
        before = self.reader.shown_span(annotation.id)
        after = step(self.article.text, *before, edge, forward)
        if after == before:
            self.message.emit(self.tr("That end cannot move further."))
            return
        self.adjust(annotation.id, *after)

    def adjust(self, annotation_id: str, start: int, end: int) -> None:
        """Move an annotation's edges: one undo step (a dragged edge, a key press)."""
        annotation = self.reader.annotations.get(annotation_id)
        if annotation is None:
            return
        before = self.reader.shown_span(annotation_id)
        if (start, end) == before:
            return
        label = self.context.schema.label(annotation.label)
        name = label_name(label.name) if label else annotation.label
        command = AdjustAnnotation(
            annotation_id, before, (start, end), text=self.tr("Adjust {label}").format(label=name)
        )
        # shown at once; the next step starts from here even before the database answers
        self.reader.show_pending(annotation_id, start, end)

        def refused(error: BaseException) -> None:
            self.reader.cancel_preview()
            self.failed.emit(error)

        self.undo.do(command, None, refused)

    def copy_quote(self) -> None:
        """Put the selected annotation's quote on the clipboard."""
        annotation = self.selected_annotation()
        if annotation is None:
            self.message.emit(self.tr("Select an annotation to copy its quote (click it)."))
            return
        QGuiApplication.clipboard().setText(annotation.quote)
        self.message.emit(self.tr("Copied the quote."))

    def delete_selected(self) -> None:
        annotation_id = self.reader.selected_annotation() or self.panel.selected()
        if annotation_id is None:
            self.message.emit(self.tr("Select an annotation to delete (click it)."))
            return
        self.delete(annotation_id)

    def delete(self, annotation_id: str) -> None:
        self.undo.do(
            DeleteAnnotation(annotation_id, text=self.tr("Delete annotation")),
            None,
            self.failed.emit,
        )

    def edit(self, annotation_id: str, values: dict[str, Any]) -> None:
        fields = {  # the undo menu names what changed in the user's words: "Undo Edit label"
            "label": self.tr("label"),
            "attributes": self.tr("attributes"),
            "note": self.tr("note"),
            "image_id": self.tr("image"),
            "links": self.tr("links"),
        }
        names = listed(fields.get(name, name) for name in sorted(values))
        command = UpdateAnnotation(
            annotation_id, values, text=self.tr("Edit {what}").format(what=names)
        )
        self.undo.do(command, None, self.failed.emit)

    def type_fields(self, typed: Typed) -> None:
        """Save what was typed into the editor; the saves of one field edit merge into one
        undo step (ADR 0074)."""
        names = [attribute_name(name) for name in typed.attributes]
        if typed.note is not None:
            names.append(self.tr("note"))
        command = TypeFields(
            typed.annotation_id,
            typed.attributes,
            typed.note,
            text=self.tr("Edit {what}").format(what=listed(names)),
        )
        self.undo.do(command, None, self.failed.emit, merge_key=typed.edit_key)

    def set_status(self, status: Status) -> None:
        if self.article is None or status == self.status:
            return
        text = self.tr("Mark {status}").format(status=str(status))
        self.undo.do(
            SetStatus(self.article.id, self.annotator, status, text=text), None, self.failed.emit
        )

    def done_and_next(self) -> None:
        """Mark the article done (one undo step) and open the next one to do."""
        if self.article is None:
            return
        self.panel.editor.commit()
        current = self.article.id
        annotator = self.annotator
        command = SetStatus(current, annotator, Status.DONE, text=self.tr("Mark done"))

        def go_next(_command: object) -> None:
            self.context.runner.run(
                lambda store: store.next_article(annotator, after=current),
                self._open_next,
                self.failed.emit,
            )

        self.undo.do(command, go_next, self.failed.emit)

    def _open_next(self, article_id: int | None) -> None:
        if article_id is None:
            self.message.emit(self.tr("Every article is done."))
            return
        self.open(article_id)
