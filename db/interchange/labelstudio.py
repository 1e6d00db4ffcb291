"""Label Studio task JSON (ADR 0050).

A JSON array of tasks, one per article: ``data`` holds ``text`` (the exact stored text), the
title, URL, text hash and ``images``; ``annotations`` holds one entry per annotator whose
``result`` has a ``labels`` region per span (``from_name`` ``label``, ``to_name`` ``text``;
``value`` ``start``/``end``/``text``/``labels``), the note as the region's ``meta.text``,
each attribute as a per-region result sharing the region's ``id`` (``choices``,
``textarea`` or ``number``), and each link as a ``relation`` result.

Offsets: Label Studio's text editor stores Unicode code points (it fixed the UTF-16 offsets
with emoji in 2021 and its own tests assert code-point offsets), so they are ours unchanged;
it counts ``\\r\\n`` as two characters, as Python does. The labelling config that matches
these names is written into the manifest (``labelstudio.config``).
"""

from __future__ import annotations

import uuid
from collections import defaultdict
from collections.abc import Iterable, Sequence
from typing import Any
from xml.sax.saxutils import quoteattr

from ..messages import Message
from ..values import Annotation, AttributeKind, Schema
from .common import dumps, image_json, iso, label_name
from .context import WriteContext
from .units import labelstudio_text

#: Our ids for the regions of exported predictions: stable, so a re-import is a no-op.
PREDICTION_IDS = uuid.UUID("0b1d4c6e-3f5a-5e2b-9c7d-8a4f6e2d1b30")

FROM_NAME = "label"
TO_NAME = "text"


def labeling_config(schema: Schema, link_kinds: Iterable[str] = ("supports",)) -> str:
    """A Label Studio labelling config whose control names match the exported results."""
    lines = ["<View>", f'  <Labels name="{FROM_NAME}" toName="{TO_NAME}">']
    for label in schema.labels:
        colour = f" background={quoteattr(label.colour)}" if label.colour.startswith("#") else ""
        lines.append(f"    <Label value={quoteattr(label.name)}{colour}/>")
    lines += ["  </Labels>", f'  <Text name="{TO_NAME}" value="$text"/>', "  <Relations>"]
    lines += [f"    <Relation value={quoteattr(kind)}/>" for kind in sorted(set(link_kinds))]
    lines.append("  </Relations>")
    seen: set[str] = set()
    for label in schema.labels:
        for attr in label.attributes:
            if attr.name in seen or attr.kind == AttributeKind.IMAGE:
                continue
            seen.add(attr.name)
            name = quoteattr(attr.name)
            common = f'name={name} toName="{TO_NAME}" perRegion="true"'
            if attr.kind == AttributeKind.CHOICE:
                lines.append(f'  <Choices {common} choice="single">')
                lines += [f"    <Choice value={quoteattr(c)}/>" for c in attr.choices]
                lines.append("  </Choices>")
            elif attr.kind == AttributeKind.BOOLEAN:
                lines.append(f'  <Choices {common} choice="single">')
                lines += [
                    '    <Choice value="true"/>',
                    '    <Choice value="false"/>',
                    "  </Choices>",
                ]
            elif attr.kind == AttributeKind.NUMBER:
                lines.append(f"  <Number {common}/>")
            else:
                lines.append(f"  <TextArea {common}/>")
    lines.append("</View>")
    return "\n".join(lines)


def region_results(annotation: Annotation, schema: Schema) -> list[dict[str, Any]]:
    """The ``labels`` result of one span and its per-region attribute results."""
    span = {
        "start": annotation.start,
        "end": annotation.end,
        "text": labelstudio_text(annotation.quote),
    }
    region: dict[str, Any] = {
        "id": annotation.id,
        "from_name": FROM_NAME,
        "to_name": TO_NAME,
        "type": "labels",
        "origin": "manual",
        "value": {**span, "labels": [label_name(schema, annotation.label)]},
    }
    if annotation.note:
        region["meta"] = {"text": [annotation.note]}
    results = [region]
    label = schema.label(annotation.label)
    for name, value in annotation.attributes.items():
        attr = label.attribute(name) if label else None
        kind = attr.kind if attr else AttributeKind.TEXT
        if kind == AttributeKind.IMAGE:
            continue
        if kind in (AttributeKind.CHOICE, AttributeKind.BOOLEAN):
            typ, payload = "choices", {"choices": [_choice(value)]}
        elif kind == AttributeKind.NUMBER:
            typ, payload = "number", {"number": value}
        else:
            typ, payload = "textarea", {"text": [str(value)]}
        results.append(
            {
                "id": annotation.id,
                "from_name": name,
                "to_name": TO_NAME,
                "type": typ,
                "origin": "manual",
                "value": {**span, **payload},
            }
        )
    return results


def _choice(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value)


def _extra(annotation: Annotation) -> dict[str, Any]:
    return {
        "label": annotation.label,
        "attributes": dict(annotation.attributes),
        "image": annotation.image_id,
        "links": [{"kind": link.kind, "target": link.target} for link in annotation.links],
        "created": iso(annotation.created),
        "updated": iso(annotation.updated),
        "revision": annotation.revision,
    }


def write(ctx: WriteContext) -> None:
    out = ctx.target.open_text(ctx.out)
    ctx.files.append(ctx.out)
    out.write("[")
    kinds: set[str] = {"supports"}
    first = True
    predicted = 0
    for bundle in ctx.bundles:
        article = bundle.article
        ctx.counts.articles += 1
        by_annotator: dict[str, list[Annotation]] = {}
        for annotation in bundle.annotations:
            by_annotator.setdefault(annotation.annotator, []).append(annotation)
        annotations = []
        for annotator, mine in by_annotator.items():
            result: list[dict[str, Any]] = []
            ids = {a.id for a in mine}
            for annotation in mine:
                ctx.counts.count(annotation.label)
                result += region_results(annotation, ctx.schema)
            for annotation in mine:
                for link in annotation.links:
                    kinds.add(link.kind)
                    if link.target not in ids:
                        ctx.counts.skip(
                            Message("link outside one annotator's article (kept in marginalia)")
                        )
                        continue
                    result.append(
                        {
                            "from_id": annotation.id,
                            "to_id": link.target,
                            "type": "relation",
                            "direction": "right",
                            "labels": [link.kind],
                        }
                    )
            annotations.append(
                {
                    "result": result,
                    "created_at": iso(min(a.created for a in mine)),
                    "updated_at": iso(max(a.updated for a in mine)),
                    "ground_truth": False,
                    "was_cancelled": False,
                    "marginalia": {
                        "annotator": annotator,
                        "spans": {a.id: _extra(a) for a in mine},
                    },
                }
            )
        task: dict[str, Any] = {
            # label-studio-sdk's Converter (and Label Studio's import) need an id per task
            "id": article.id,
            "data": {
                TO_NAME: article.text,
                "title": article.title,
                "url": article.url,
                "source": article.source,
                "sha256": article.sha256,
                "article_id": article.id,
                "images": [image_json(im) for im in article.images],
            },
            "annotations": annotations,
        }
        if ctx.options.predictions is not None:
            task["predictions"] = predictions(
                article.sha256, ctx.options.predictions(article), ctx.schema
            )
            predicted += sum(len(p["result"]) for p in task["predictions"])
        out.write(("\n" if first else ",\n") + dumps(task))
        first = False
    out.write("\n]\n")
    ctx.extra["labelstudio"] = {
        "offsets": "unicode code points (as Label Studio stores them)",
        "config": labeling_config(ctx.schema, kinds),
        "predictions": predicted,
    }
    ctx.counts.predictions = predicted


def predictions(sha256: str, proposals: Sequence[Any], schema: Schema) -> list[dict[str, Any]]:
    """Suggestions (``db/suggest/review.py`` proposals) as Label Studio ``predictions``: one
    prediction per detector (``model_version``), a region per suggestion with its
    confidence as the region's ``score``, the prediction's ``score`` their mean."""
    by_model: dict[str, list[dict[str, Any]]] = defaultdict(list)
    scores: dict[str, list[float]] = defaultdict(list)
    for proposal in proposals:
        s = proposal.suggestion
        key = f"{sha256}/{s.label}/{s.start}/{s.end}/{s.detector}"
        region: dict[str, Any] = {
            "id": str(uuid.uuid5(PREDICTION_IDS, key)),
            "from_name": FROM_NAME,
            "to_name": TO_NAME,
            "type": "labels",
            "origin": "prediction",
            "score": round(s.confidence, 3),
            "value": {
                "start": s.start,
                "end": s.end,
                "text": labelstudio_text(proposal.quote),
                "labels": [label_name(schema, s.label)],
            },
        }
        by_model[s.detector or "marginalia"].append(region)
        scores[s.detector or "marginalia"].append(s.confidence)
    return [
        {
            "model_version": model,
            "score": round(sum(scores[model]) / len(scores[model]), 3),
            "result": regions,
        }
        for model, regions in by_model.items()
    ]
