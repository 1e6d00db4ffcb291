"""Annotating: the reader in the centre, the annotation panel on the right, and the session
that keeps them in step and turns gestures into commands on the undo stack.

Its actions: the label actions (declared here once, from the schema, in the user's
language), find, delete, zoom, and "Mark done and open next". It follows the one schema
signal (reader keys and colours, panel groups, label actions, the article shown again), the
annotator signal and the font-size preference.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QDockWidget

from marginalia.db import Schema

from .actions import ActionSpec, MenuId
from .i18n import label_name
from .panel import AnnotationPanel
from .reader import Reader
from .session import ArticleSession
from .shell import DockSpec, Shell

#: the id of a label's action is this prefix and the label's id
LABEL_ACTION = "label:"


def label_actions(schema: Schema, session: ArticleSession) -> list[ActionSpec]:
    """One action per label: Annotate menu and toolbar; its key is the reader's to handle."""
    specs = []
    for label in schema.labels:
        name = label_name(label.name)

        def tag_with(label_id: str = label.id) -> None:
            session.tag(label_id)

        specs.append(
            ActionSpec(
                id=f"{LABEL_ACTION}{label.id}",
                text=name,
                hint=label.key,
                triggered=tag_with,
                menu=MenuId.ANNOTATE,
                section=10,
                order=label.position,
                toolbar=20,
                enabled_when=session.has_article,
                tip=QCoreApplication.translate(
                    "MainWindow", "Tag the selection as {name} (key {key})"
                ).format(name=name, key=label.key),
                icon_text=f"{label.key} {name}",
            )
        )
    return specs


class AnnotatingFeature(QObject):
    def __init__(self, shell: Shell) -> None:
        super().__init__(shell.window)
        self.shell = shell
        context = shell.context
        self.reader = Reader(context.schema, shell.window)
        self.panel = AnnotationPanel(context.schema, shell.window)
        self.panel_dock = QDockWidget(
            QCoreApplication.translate("MainWindow", "Annotations"), shell.window
        )
        self.panel_dock.setObjectName("panel-dock")
        self.panel_dock.setWidget(self.panel)
        self.session = ArticleSession(context, self.reader.view, self.panel, shell.undo, self)
        self.session.failed.connect(shell.report)
        self.session.message.connect(shell.show_status)
        self.reader.view.set_point_size(float(shell.prefs.font_size))
        self.reader.view.zoomChanged.connect(self._zoomed)
        context.schemaChanged.connect(self._schema_changed)
        context.annotatorChanged.connect(lambda _name: self.session.reload())
        shell.preferencesChanged.connect(self._preferences_changed)

    def actions(self) -> Sequence[ActionSpec]:
        view, session = self.reader.view, self.session
        return [
            ActionSpec(
                id="edit.find",
                text=QCoreApplication.translate("MainWindow", "&Find in article…"),
                triggered=self.reader.find_bar.open,
                shortcuts=(QKeySequence.StandardKey.Find,),
                menu=MenuId.EDIT,
                section=20,
                enabled_when=session.has_article,
            ),
            ActionSpec(
                id="edit.delete",
                text=QCoreApplication.translate("MainWindow", "&Delete annotation"),
                hint=QKeySequence(Qt.Key.Key_Delete).toString(
                    QKeySequence.SequenceFormat.NativeText
                ),
                triggered=session.delete_selected,
                menu=MenuId.EDIT,
                section=20,
                order=1,
                enabled_when=session.has_article,
            ),
            ActionSpec(
                id="view.zoom_in",
                text=QCoreApplication.translate("MainWindow", "Zoom &in"),
                triggered=lambda: view.zoom(+1),
                shortcuts=(QKeySequence.StandardKey.ZoomIn, "Ctrl+="),
                menu=MenuId.VIEW,
                section=10,
            ),
            ActionSpec(
                id="view.zoom_out",
                text=QCoreApplication.translate("MainWindow", "Zoom &out"),
                triggered=lambda: view.zoom(-1),
                shortcuts=(QKeySequence.StandardKey.ZoomOut,),
                menu=MenuId.VIEW,
                section=10,
                order=1,
            ),
            *label_actions(self.shell.context.schema, session),
            ActionSpec(
                id="annotate.done_next",
                text=QCoreApplication.translate("MainWindow", "Mark &done and open next"),
                triggered=session.done_and_next,
                shortcuts=("Ctrl+Return", "Ctrl+Enter"),
                menu=MenuId.ANNOTATE,
                section=20,
                toolbar=40,
                enabled_when=session.has_article,
            ),
        ]

    def docks(self) -> Sequence[DockSpec]:
        return [DockSpec(self.panel_dock, Qt.DockWidgetArea.RightDockWidgetArea, share=27, order=1)]

    def _schema_changed(self, schema: Schema) -> None:
        self.reader.view.schema = schema
        self.panel.set_schema(schema)
        self.shell.update_actions(LABEL_ACTION, label_actions(schema, self.session))
        self.session.reload()

    def _zoomed(self, size: float) -> None:
        prefs = self.shell.prefs
        if round(size) != prefs.font_size:
            prefs.font_size = round(size)

    def _preferences_changed(self, changed: frozenset[str]) -> None:
        if "font_size" in changed:
            self.reader.view.set_point_size(float(self.shell.prefs.font_size))


__all__ = ["LABEL_ACTION", "AnnotatingFeature", "label_actions"]
