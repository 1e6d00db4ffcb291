"""Sentences for the user that the window can show in its language (ADR 0117).

``db/`` cannot import Qt, and the command line speaks English only. So a reason or an error
that a user reads is a :class:`Message`: the English sentence itself (a ``str``, so the
command line, the logs and ``--json`` write it exactly as before) that also keeps its
template and the values put into it — a file, a record, a field, a number. The window looks
the template up in its catalogue (context ``db``, ``desktop/db_messages.py``) and fills in the
same values; a value that is itself a :class:`Message` is rendered the same way.

The template is always a literal at the place that makes the message, so that the catalogue
can be checked against the code (``tests/desktop/test_db_messages.py``).
"""

from __future__ import annotations

from typing import Any


class Message(str):
    """An English sentence with its template and parameters.

    ``Message("the field \\"{field}\\" must be a string", field="title")`` is the ``str``
    ``'the field "title" must be a string'``; ``.template`` and ``.params`` let a user
    interface render it in another language. Anything done to it as a string (``+``, an
    f-string, ``str()``) gives a plain English ``str``.
    """

    template: str
    params: dict[str, object]

    def __new__(cls, template: str, /, **params: object) -> Message:
        made = super().__new__(cls, template.format(**params) if params else template)
        made.template = template
        made.params = params
        return made

    def __reduce__(self) -> tuple[Any, ...]:
        return (_rebuilt, (self.template, self.params))


def _rebuilt(template: str, params: dict[str, object]) -> Message:
    return Message(template, **params)


def reason_of(error: BaseException) -> str:
    """The sentence an error was raised with: its :class:`Message` if it has one (``str()``
    of an exception gives a plain copy), else its text."""
    if len(error.args) == 1 and isinstance(error.args[0], Message):
        return error.args[0]
    return str(error)
