"""CSV: one row per annotation (ADR 0050).

Dialect: UTF-8 with a byte-order mark (so spreadsheet programs read Chinese correctly),
comma-separated, fields quoted only when needed with ``"`` doubled inside, rows ended by
CRLF (RFC 4180). Columns: ``article_id, article_title, article_source, article_url, id,
annotator, label, start, end, quote``, then one column per attribute name of the schema
(schema order, shared by labels that use the same name; not the image attribute), then
``note, image, links, created, updated, revision``. ``links`` is ``kind:target-id`` pairs
joined by ``; ``.

Formula injection: a text cell that starts with ``=``, ``+``, ``-``, ``@``, a tab or a
carriage return gets a leading ``'`` (OWASP), except a cell that is a plain number
(``-3.5``), which spreadsheets read as a number anyway. So that this can be undone exactly,
a cell that starts with ``'`` itself gets one more. A reader that wants the exact text
removes one leading ``'`` from every cell that starts with one (:func:`restore`).
"""

from __future__ import annotations

import csv
import re
from typing import Any

from ..values import AttributeKind, Schema
from .common import article_json, dumps, iso_pair, label_name
from .context import WriteContext

RISKY = ("=", "+", "-", "@", "\t", "\r")
#: Escaped as well, so that removing one leading ``'`` always gives the exact text.
QUOTE = "'"
_NUMBER = re.compile(r"[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?")
FIXED = ["article_id", "article_title", "article_source", "article_url", "id", "annotator"]
SPAN = ["label", "start", "end", "quote"]
TAIL = ["note", "image", "links", "created", "updated", "revision"]


_RISKY_FIRST = frozenset(RISKY)


def neutralize(cell: str) -> str:
    if cell and (cell[0] == QUOTE or (cell[0] in _RISKY_FIRST and not _NUMBER.fullmatch(cell))):
        return QUOTE + cell
    return cell


def restore(cell: str) -> str:
    """The exact text of a cell written by :func:`neutralize`."""
    return cell[1:] if cell.startswith(QUOTE) else cell


def attribute_columns(schema: Schema) -> list[str]:
    names: list[str] = []
    for label in schema.labels:
        for attr in label.attributes:
            # The image an annotation describes has its own column, ``image``.
            if attr.kind != AttributeKind.IMAGE and attr.name not in names:
                names.append(attr.name)
    return names


def header(schema: Schema) -> list[str]:
    return FIXED + SPAN + attribute_columns(schema) + TAIL


def _cell(value: Any) -> str:
    if value is None:
        return ""
    if value.__class__ is str:
        if value and (
            value[0] == QUOTE or (value[0] in _RISKY_FIRST and not _NUMBER.fullmatch(value))
        ):
            return QUOTE + value
        return value
    if isinstance(value, bool):
        return "yes" if value else "no"
    return neutralize(str(value))


def write(ctx: WriteContext) -> None:
    out = ctx.target.open_text(ctx.out, bom=True, newline="")
    ctx.files.append(ctx.out)
    articles = None
    if ctx.options.with_texts:
        articles = ctx.target.open_text(ctx.articles_path)
        ctx.files.append(ctx.articles_path)
    writer = csv.writer(out, dialect="excel", lineterminator="\r\n")
    attrs = attribute_columns(ctx.schema)
    writer.writerow(header(ctx.schema))
    names: dict[str, str] = {}
    labels = ctx.counts.labels
    for bundle in ctx.bundles:
        article = bundle.article
        ctx.counts.articles += 1
        if articles is not None:
            articles.write(dumps(article_json(article)) + "\n")
        head = [
            str(article.id),
            _cell(article.title),
            _cell(article.source),
            _cell(article.url),
        ]
        rows = []
        for a in bundle.annotations:
            label = names.get(a.label)
            if label is None:
                label = names[a.label] = _cell(label_name(ctx.schema, a.label))
            labels[a.label] = labels.get(a.label, 0) + 1
            attributes = a.attributes
            created, updated = iso_pair(a.created, a.updated)
            rows.append(
                [
                    *head,
                    a.id,
                    _cell(a.annotator),
                    label,
                    a.start,
                    a.end,
                    _cell(a.quote),
                    *[_cell(attributes.get(name)) for name in attrs],
                    _cell(a.note) if a.note else "",
                    "" if a.image_id is None else a.image_id,
                    _cell("; ".join(f"{k.kind}:{k.target}" for k in a.links)) if a.links else "",
                    created,
                    updated,
                    a.revision,
                ]
            )
        ctx.counts.annotations += len(rows)
        writer.writerows(rows)
    ctx.extra["csv"] = {
        "encoding": "utf-8-sig",
        "delimiter": ",",
        "quotechar": '"',
        "lineterminator": "\\r\\n",
        "neutralized_prefix": "'",
        "columns": header(ctx.schema),
    }
