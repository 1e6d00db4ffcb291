"""What every window part is given instead of reaching for globals (style guide): the op
runner, who is annotating, the label schema and where the database is.

The schema and the annotator change while the window is open. Each has one signal that
every view follows: ``schemaChanged`` after the schema editor, an undo of it, a schema
import or a merge changed the labels (ADR 0084), and ``annotatorChanged`` after the user
renamed themselves in Preferences (ADR 0064).
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from marginalia.db import Changes, Schema

from .ops import OpRunner


class AppContext(QObject):
    """The op runner (the only way to the database), who is annotating, and the schema."""

    #: the label schema changed (the new :class:`~marginalia.db.values.Schema`)
    schemaChanged = Signal(object)
    #: the user works under another name from now on
    annotatorChanged = Signal(str)
    #: an annotation added in this window is shown (article id, label id, annotator): the
    #: article list counts it in the same frame, before its own read confirms it (issue 14)
    annotationShown = Signal(int, str, str)

    def __init__(
        self,
        runner: OpRunner,
        annotator: str,
        schema: Schema,
        database: str,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.runner = runner
        #: the database as shown to the user (a path or a URL without password)
        self.database = database
        self._annotator = annotator
        self._schema = schema
        runner.changed.connect(self._changed)

    @property
    def annotator(self) -> str:
        return self._annotator

    @annotator.setter
    def annotator(self, name: str) -> None:
        if name != self._annotator:
            self._annotator = name
            self.annotatorChanged.emit(name)

    @property
    def schema(self) -> Schema:
        """The schema as last read; follow ``schemaChanged`` for the next one."""
        return self._schema

    def _changed(self, changes: Changes) -> None:
        if changes.schema:  # read once, on the worker, for every view
            self.runner.run(lambda store: store.schema(), self._read)

    def _read(self, schema: Schema) -> None:
        if schema != self._schema:
            self._schema = schema
            self.schemaChanged.emit(schema)
