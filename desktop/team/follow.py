"""The window follows schema changes: reader keys and colours, panel groups, label actions.

The window is built on the schema read at start (``AppContext.schema``); a broadcast with
``Changes(schema=True)`` — the schema editor, an undo of it, a schema import — reads the
schema again on the worker and hands it to every part that holds one (ADR 0084).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtGui import QAction

from marginalia.db.values import Changes, Label, Schema

if TYPE_CHECKING:
    from ..mainwindow import MainWindow


def _label_text(label: Label) -> tuple[str, str, str]:
    return (
        QCoreApplication.translate("MainWindow", "{name}\t{key}").format(
            name=label.name, key=label.key
        ),
        QCoreApplication.translate("MainWindow", "Tag the selection as {name} (key {key})").format(
            name=label.name, key=label.key
        ),
        f"{label.key} {label.name}",
    )


class SchemaFollower(QObject):
    """Re-reads the schema after a schema change and updates the window's parts."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        window.context.runner.changed.connect(self._changed)

    def _changed(self, changes: Changes) -> None:
        if changes.schema:
            self.window.context.runner.run(lambda store: store.schema(), self.apply)

    def apply(self, schema: Schema) -> None:
        window = self.window
        if schema == window.context.schema:
            return
        window.context.schema = schema
        window.reader.view.schema = schema
        window.panel.set_schema(schema)
        self._sync_label_actions(schema)
        refresh = getattr(window.articles, "refresh", None)
        if refresh is not None:  # it reads the schema through the context: again, now
            refresh(Changes(schema=True))
        article = window.session.article
        if article is not None:
            window.session.open(article.id)

    def _sync_label_actions(self, schema: Schema) -> None:
        window = self.window
        actions = window.actions_
        old = [a for key, a in actions.items() if key.startswith("label:")]
        containers: list[tuple[QObject, QAction | None]] = []
        if old:
            for owner in old[0].associatedObjects():
                if owner is window or not hasattr(owner, "insertAction"):
                    continue
                listed = owner.actions()  # type: ignore[attr-defined]
                last = max(listed.index(a) for a in old if a in listed)
                after = listed[last + 1] if last + 1 < len(listed) else None
                containers.append((owner, after))
        for action in old:
            for owner, _after in containers:
                owner.removeAction(action)  # type: ignore[attr-defined]
        keep = {key: actions.pop(key) for key in [k for k in actions if k.startswith("label:")]}
        fresh: list[QAction] = []
        for label in schema.labels:
            action = keep.pop(f"label:{label.id}", None)
            if action is None:
                action = QAction(window)
                action.triggered.connect(
                    lambda _checked=False, lid=label.id: window.session.tag(lid)
                )
                window.addAction(action)
            text, tip, icon_text = _label_text(label)
            action.setText(text)
            action.setToolTip(tip)
            action.setIconText(icon_text)
            actions[f"label:{label.id}"] = action
            fresh.append(action)
        for action in keep.values():  # labels that were deleted
            window.removeAction(action)
            action.deleteLater()
        for owner, after in containers:
            owner.insertActions(after, fresh)  # type: ignore[attr-defined]
            button_of = getattr(owner, "widgetForAction", None)
            if button_of is not None:
                from PySide6.QtCore import Qt

                for action in fresh:
                    button = button_of(action)
                    if button is not None:
                        button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
