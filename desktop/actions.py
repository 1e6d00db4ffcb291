"""The main window's actions, menus and toolbar, with standard shortcuts."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMessageBox, QToolBar

import marginalia.db

from .i18n import label_name

if TYPE_CHECKING:
    from .mainwindow import MainWindow


def _action(window: MainWindow, text: str, slot: object, shortcut: object = None) -> QAction:
    action = QAction(text, window)
    if shortcut is not None:
        if isinstance(shortcut, list):
            action.setShortcuts(shortcut)
        else:
            action.setShortcut(shortcut)  # type: ignore[arg-type]
    action.triggered.connect(slot)  # type: ignore[arg-type]
    window.addAction(action)
    return action


def build_actions(window: MainWindow) -> dict[str, QAction]:
    # Every string is a literal QCoreApplication.translate("MainWindow", …): lupdate reads
    # the source, so an alias such as ``tr = window.tr`` would hide them (ADR 0072).
    view = window.reader.view
    session = window.session
    actions: dict[str, QAction] = {}

    actions["import"] = _action(
        window,
        QCoreApplication.translate("MainWindow", "&Import files…"),
        window.import_files,
        QKeySequence.StandardKey.Open,
    )
    actions["import_folder"] = _action(
        window, QCoreApplication.translate("MainWindow", "Import &folder…"), window.import_folder
    )
    actions["quit"] = _action(
        window,
        QCoreApplication.translate("MainWindow", "&Quit"),
        window.close,
        QKeySequence.StandardKey.Quit,
    )

    undo = window.undo_stack.createUndoAction(
        window, QCoreApplication.translate("MainWindow", "&Undo")
    )
    undo.setShortcut(QKeySequence.StandardKey.Undo)
    redo = window.undo_stack.createRedoAction(
        window, QCoreApplication.translate("MainWindow", "&Redo")
    )
    redo.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence(QKeySequence.StandardKey.Redo)])
    window.addAction(undo)
    window.addAction(redo)
    actions["undo"], actions["redo"] = undo, redo
    actions["find"] = _action(
        window,
        QCoreApplication.translate("MainWindow", "&Find in article…"),
        window.reader.find_bar.open,
        QKeySequence.StandardKey.Find,
    )
    actions["preferences"] = _action(
        window,
        QCoreApplication.translate("MainWindow", "&Preferences…"),
        window.open_preferences,
        [QKeySequence(QKeySequence.StandardKey.Preferences), QKeySequence("Ctrl+,")],
    )
    actions["preferences"].setMenuRole(QAction.MenuRole.PreferencesRole)
    actions["delete"] = _action(
        window,
        QCoreApplication.translate("MainWindow", "&Delete annotation\tDel"),
        session.delete_selected,
    )

    actions["zoom_in"] = _action(
        window,
        QCoreApplication.translate("MainWindow", "Zoom &in"),
        lambda: view.zoom(+1),
        [QKeySequence.StandardKey.ZoomIn, QKeySequence("Ctrl+=")],
    )
    actions["zoom_out"] = _action(
        window,
        QCoreApplication.translate("MainWindow", "Zoom &out"),
        lambda: view.zoom(-1),
        QKeySequence.StandardKey.ZoomOut,
    )

    labels: list[QAction] = []
    for label in window.context.schema.labels:
        action = _action(
            window,
            QCoreApplication.translate("MainWindow", "{name}\t{key}").format(
                name=label_name(label.name), key=label.key
            ),
            lambda _checked=False, lid=label.id: session.tag(lid),
        )
        action.setToolTip(
            QCoreApplication.translate(
                "MainWindow", "Tag the selection as {name} (key {key})"
            ).format(name=label_name(label.name), key=label.key)
        )
        action.setIconText(f"{label.key} {label_name(label.name)}")
        labels.append(action)
        actions[f"label:{label.id}"] = action
    actions["done_next"] = _action(
        window,
        QCoreApplication.translate("MainWindow", "Mark &done and open next"),
        session.done_and_next,
        [QKeySequence("Ctrl+Return"), QKeySequence("Ctrl+Enter")],
    )
    actions["about"] = _action(
        window,
        QCoreApplication.translate("MainWindow", "&About Marginalia"),
        lambda: QMessageBox.about(
            window,
            QCoreApplication.translate("MainWindow", "About Marginalia"),
            QCoreApplication.translate(
                "MainWindow",
                "Marginalia {version}\n"
                "Annotate claims, figures and image captions in news articles.",
            ).format(version=marginalia.db.__version__),
        ),
    )

    menu = window.menuBar()
    file_menu = menu.addMenu(QCoreApplication.translate("MainWindow", "&File"))
    file_menu.addActions([actions["import"], actions["import_folder"]])
    file_menu.addSeparator()
    file_menu.addAction(actions["quit"])
    edit_menu = menu.addMenu(QCoreApplication.translate("MainWindow", "&Edit"))
    edit_menu.addActions([undo, redo])
    edit_menu.addSeparator()
    edit_menu.addActions([actions["find"], actions["delete"]])
    edit_menu.addSeparator()
    edit_menu.addAction(actions["preferences"])
    view_menu = menu.addMenu(QCoreApplication.translate("MainWindow", "&View"))
    view_menu.addActions([actions["zoom_in"], actions["zoom_out"]])
    view_menu.addSeparator()
    view_menu.addAction(window.articles.toggleViewAction())
    view_menu.addAction(window.panel_dock.toggleViewAction())
    annotate_menu = menu.addMenu(QCoreApplication.translate("MainWindow", "&Annotate"))
    annotate_menu.addActions(labels)
    annotate_menu.addSeparator()
    annotate_menu.addAction(actions["done_next"])
    help_menu = menu.addMenu(QCoreApplication.translate("MainWindow", "&Help"))
    help_menu.addAction(actions["about"])
    from .insight import install_insight_actions

    actions.update({f"insight:{k}": a for k, a in install_insight_actions(window).items()})

    toolbar = QToolBar(QCoreApplication.translate("MainWindow", "Annotate"), window)
    toolbar.setObjectName("annotate-toolbar")
    toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
    toolbar.addAction(actions["import"])
    toolbar.addSeparator()
    toolbar.addActions(labels)
    toolbar.addSeparator()
    toolbar.addActions([undo, redo])
    toolbar.addSeparator()
    toolbar.addAction(actions["done_next"])
    window.addToolBar(toolbar)
    # toolbar buttons must not steal the reader's selection focus
    for action in labels:
        button = toolbar.widgetForAction(action)
        if button is not None:
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    return actions
