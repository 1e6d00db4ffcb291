"""doccano sequence-labelling JSON Lines: one article per line (ADR 0050).

``relations`` layout (default): ``entities`` (``id``, ``start_offset``, ``end_offset``,
``label``) and ``relations`` (``id``, ``from_id``, ``to_id``, ``type``), as doccano exports a
project with relation labelling. ``simple`` layout: ``label`` as ``[start, end, label]``
triples, as doccano exports plain sequence labelling.

Offsets count as doccano's editor counts them (``ExportOptions.offset_unit``): UTF-16 code
units by default (JavaScript string indices: ``😀`` counts two), code points, or grapheme
clusters (doccano's "count grapheme clusters as one character" project option). A span
whose ends fall inside a grapheme cluster cannot be written in that unit and is counted as
skipped.

Both layouts add a ``marginalia`` key (doccano keeps unknown keys as metadata) holding the
offset unit and what doccano has no field for, per span, keyed by the span as written
(start, end, label name; doccano renumbers entities): our annotation id, label id,
annotator, attributes, note, image, times; links to annotations in other articles too.
"""

from __future__ import annotations

from typing import Any

from ..messages import Message
from ..values import Annotation
from .common import dumps, image_json, iso, label_name
from .context import WriteContext
from .units import OffsetUnit, PositionError, Positions


def _extra(annotation: Annotation, start: int, end: int, name: str) -> dict[str, Any]:
    return {
        "start": start,
        "end": end,
        "name": name,
        "id": annotation.id,
        "label": annotation.label,
        "annotator": annotation.annotator,
        "attributes": dict(annotation.attributes),
        "note": annotation.note,
        "image": annotation.image_id,
        "links": [{"kind": link.kind, "target": link.target} for link in annotation.links],
        "created": iso(annotation.created),
        "updated": iso(annotation.updated),
        "revision": annotation.revision,
    }


def write(ctx: WriteContext) -> None:
    layout = ctx.options.layout or "relations"
    if layout not in ("relations", "simple"):
        raise ValueError(
            Message("doccano has no layout {layout} (use relations or simple)", layout=repr(layout))
        )
    unit = OffsetUnit(ctx.options.offset_unit)
    out = ctx.target.open_text(ctx.out)
    ctx.files.append(ctx.out)
    for bundle in ctx.bundles:
        article = bundle.article
        ctx.counts.articles += 1
        positions = Positions(article.text, unit)
        written: list[tuple[Annotation, int, int]] = []
        for annotation in bundle.annotations:
            try:
                start = positions.to_unit(annotation.start)
                end = positions.to_unit(annotation.end)
            except PositionError:
                ctx.counts.skip(
                    Message(
                        "span whose ends fall inside a character in {unit} offsets", unit=str(unit)
                    )
                )
                continue
            written.append((annotation, start, end))
        numbers = {a.id: n for n, (a, _, _) in enumerate(written, start=1)}
        spans: list[Any] = []
        relations: list[dict[str, Any]] = []
        extras: list[dict[str, Any]] = []
        for annotation, start, end in written:
            ctx.counts.count(annotation.label)
            number = numbers[annotation.id]
            name = label_name(ctx.schema, annotation.label)
            if layout == "simple":
                spans.append([start, end, name])
            else:
                spans.append(
                    {"id": number, "start_offset": start, "end_offset": end, "label": name}
                )
            for link in annotation.links:
                if layout == "relations" and link.target in numbers:
                    relations.append(
                        {
                            "id": len(relations) + 1,
                            "from_id": number,
                            "to_id": numbers[link.target],
                            "type": link.kind,
                        }
                    )
                elif layout == "relations":
                    ctx.counts.skip(
                        Message("link to an annotation in another article (kept in marginalia)")
                    )
            extras.append(_extra(annotation, start, end, name))
        record: dict[str, Any] = {"id": article.id, "text": article.text}
        if layout == "simple":
            record["label"] = spans
        else:
            record["entities"] = spans
            record["relations"] = relations
        record["marginalia"] = {
            "offsets": str(unit),
            "article": {
                "id": article.id,
                "sha256": article.sha256,
                "title": article.title,
                "url": article.url,
                "source": article.source,
            },
            "images": [image_json(im) for im in article.images],
            "spans": extras,
        }
        out.write(dumps(record) + "\n")
    ctx.extra["doccano"] = {"layout": layout, "offsets": str(unit)}
