"""The panel leaves no reference cycle behind (ADR 0139's scan): its editor's scroll area and
the filter that tells it of its viewport's events held each other, and through the editor
the panel's list model with its pixmaps, until a full collection once the panel was gone —
a collection that could come on another thread. Now reference counting frees them."""

from __future__ import annotations

import gc
import weakref

from PySide6.QtCore import QCoreApplication, QEvent

from marginalia.db import Label, Schema, Status
from marginalia.db.store import Store
from marginalia.desktop.panel.split import EditorArea
from marginalia.desktop.panel.view import AnnotationPanel

from ..helpers import add_article


def test_the_panel_and_its_list_model_are_freed_without_a_collection(qtbot, store: Store) -> None:
    article = store.article(add_article(store, images=False))
    collecting = gc.isenabled()  # off while the tests' application lives (ADR 0139)
    gc.collect()
    gc.disable()
    try:
        panel = AnnotationPanel(store.schema())
        panel.show()
        panel.show_article(article, [], Status.NEW)
        panel.update_annotations([])  # the editor is given the model as its context
        labels = (*store.schema().labels, Label("stance", "Stance", "4", "#8844cc", ()))
        panel.set_schema(Schema(labels))  # the labels change
        model = weakref.ref(panel.model)
        area = weakref.ref(panel.findChild(EditorArea))
        assert model() is not None and area() is not None
        panel.deleteLater()
        del panel
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        assert model() is None  # no collection ran: reference counting freed it
        assert area() is None
        gc.set_debug(gc.DEBUG_SAVEALL)
        gc.collect()
        ours = [type(o).__name__ for o in gc.garbage if type(o).__module__.startswith("marginalia")]
        assert ours == []
    finally:
        gc.set_debug(0)
        gc.garbage.clear()
        if collecting:
            gc.enable()
