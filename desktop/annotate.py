"""Annotating: the reader in the centre, the annotation panel on the right, and the session
that keeps them in step and turns gestures into commands on the undo stack.

Its actions: the label actions (declared here once, from the schema, in the user's
language), find, delete, copy quote, zoom (and its reset), the four that move the selected
annotation's ends (ADR 0096), and "Mark done and open next". The reader's context menu is
built from the same actions (``Shell.action``), never copies. It follows the one schema
signal (reader keys and colours, panel groups, label actions, the article shown again), the
annotator signal and the font-size preference.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QCoreApplication, QObject, QPoint, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QDockWidget, QMenu

from marginalia.db import Schema
from marginalia.db.spans import Edge

from .actions import ActionSpec, MenuId
from .i18n import label_name
from .panel import AnnotationPanel
from .reader import Reader
from .session import ArticleSession
from .settings import Preferences
from .shell import DockSpec, Shell

#: the id of a label's action is this prefix and the label's id
LABEL_ACTION = "label:"
# the actions that need a selected annotation (enabled as the selection changes)
ON_SELECTED = (
    "edit.delete",
    "edit.copy_quote",
    "annotate.start_left",
    "annotate.start_right",
    "annotate.end_left",
    "annotate.end_right",
)


def adjust_actions(session: ArticleSession) -> list[ActionSpec]:
    """Move the selected annotation's start or end one word or figure (ADR 0096).

    Alt with the arrows and with ``,``/``.``: window managers take Alt+Shift+arrows and
    Ctrl+Alt+arrows (openbox, LXDE, GNOME move windows between desktops with them).
    """

    def moving(edge: Edge, forward: bool) -> Callable[[], None]:
        return lambda: session.step_selected(edge, forward)

    table: list[tuple[str, str, str, Edge, bool]] = [
        (
            "annotate.start_left",
            QCoreApplication.translate("MainWindow", "Move &start left"),
            "Alt+,",
            "start",
            False,
        ),
        (
            "annotate.start_right",
            QCoreApplication.translate("MainWindow", "Move start &right"),
            "Alt+.",
            "start",
            True,
        ),
        (
            "annotate.end_left",
            QCoreApplication.translate("MainWindow", "Move &end left"),
            "Alt+Left",
            "end",
            False,
        ),
        (
            "annotate.end_right",
            QCoreApplication.translate("MainWindow", "Move end ri&ght"),
            "Alt+Right",
            "end",
            True,
        ),
    ]
    tip = QCoreApplication.translate(
        "MainWindow",
        "Moves by a word, a whole figure or a Chinese character; drag the ends with the mouse "
        "(hold Ctrl for single characters)",
    )
    return [
        ActionSpec(
            id=action_id,
            text=text,
            triggered=moving(edge, forward),
            shortcuts=(keys,),
            menu=MenuId.ANNOTATE,
            section=15,
            order=order,
            enabled_when=session.has_selected,
            tip=tip,
        )
        for order, (action_id, text, keys, edge, forward) in enumerate(table)
    ]


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
        self.menu: QMenu | None = None
        self.session.message.connect(shell.show_status)
        self.reader.view.set_point_size(float(shell.prefs.font_size))
        self.reader.view.zoomChanged.connect(self._zoomed)
        self.reader.view.menuRequested.connect(self.show_menu)
        self.session.selectionChanged.connect(self._selection_changed)
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
                enabled_when=session.has_selected,
            ),
            ActionSpec(
                id="edit.copy_quote",
                text=QCoreApplication.translate("MainWindow", "Copy &quote"),
                triggered=session.copy_quote,
                shortcuts=("Ctrl+Shift+C",),
                menu=MenuId.EDIT,
                section=20,
                order=2,
                enabled_when=session.has_selected,
                tip=QCoreApplication.translate("MainWindow", "Copy the selected annotation's text"),
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
            ActionSpec(
                id="view.zoom_reset",
                text=QCoreApplication.translate("MainWindow", "Reset &zoom"),
                triggered=self.reset_zoom,
                shortcuts=("Ctrl+0",),
                menu=MenuId.VIEW,
                section=10,
                order=2,
            ),
            *label_actions(self.shell.context.schema, session),
            *adjust_actions(session),
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

    def reset_zoom(self) -> None:
        """Back to the default text size (View ▸ Reset zoom, Ctrl+0)."""
        self.reader.view.set_point_size(float(Preferences.font_size.default))

    def show_menu(self, where: QPoint) -> None:
        """The reader's context menu, made of the registry's actions (the same ones as the
        menu bar, so their keys, words and enabled state agree)."""
        action = self.shell.action
        menu = QMenu(self.reader.view)
        menu.setObjectName("reader-menu")
        tag = menu.addMenu(QCoreApplication.translate("MainWindow", "&Tag as"))
        tag.setObjectName("reader-menu-tag")
        for label in self.shell.context.schema.labels:
            tag.addAction(action(f"{LABEL_ACTION}{label.id}"))
        tag.setEnabled(self.reader.view.selected_span() is not None)
        menu.addAction(action("edit.delete"))
        adjust = menu.addMenu(QCoreApplication.translate("MainWindow", "&Adjust"))
        adjust.setObjectName("reader-menu-adjust")
        for action_id in ON_SELECTED[2:]:
            adjust.addAction(action(action_id))
        adjust.setEnabled(self.session.has_selected())
        menu.addAction(action("edit.copy_quote"))
        self.menu = menu  # kept for tests and accessibility tools while it is open
        menu.exec(where)
        self.menu = None
        menu.deleteLater()

    def _selection_changed(self, _annotation_id: object) -> None:
        enabled = self.session.has_selected()
        for action_id in ON_SELECTED:
            self.shell.action(action_id).setEnabled(enabled)

    def _zoomed(self, size: float) -> None:
        prefs = self.shell.prefs
        if round(size) != prefs.font_size:
            prefs.font_size = round(size)

    def _preferences_changed(self, changed: frozenset[str]) -> None:
        if "font_size" in changed:
            self.reader.view.set_point_size(float(self.shell.prefs.font_size))


__all__ = ["LABEL_ACTION", "AnnotatingFeature", "label_actions"]
