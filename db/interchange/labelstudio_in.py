"""Reading Label Studio tasks: ``annotations`` (and the older ``completions``) become
annotations, ``predictions`` become suggestions to review (ADR 0050).

Offsets are code points of ``data.text``, as Label Studio stores them. A region's
``value.text`` writes each line break as the two characters ``\\n``; it is compared with
the text the same way. Region ids are kept (a UUID as it is, any other id as a stable UUID
made from the article's text, the annotation and the region), so a file that went through
Label Studio and back re-imports onto the same annotations.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterator
from typing import Any

from ..messages import Message, reason_of
from .foreign import (
    ArticleRef,
    ForeignSpan,
    Problem,
    ReadOptions,
    Refused,
    as_list,
    as_object,
    image_ref,
    is_uuid,
    local_id,
    made_id,
    parse_time,
    whole,
)
from .units import labelstudio_text

Record = ForeignSpan | Problem


def _annotator(annotation: dict[str, Any]) -> str | None:
    ext = annotation.get("marginalia")
    if isinstance(ext, dict) and isinstance(ext.get("annotator"), str):
        return str(ext["annotator"])
    who = annotation.get("completed_by")
    if isinstance(who, dict):
        return who.get("email") or (f"labelstudio-user-{who['id']}" if "id" in who else None)
    if isinstance(who, int):
        return f"labelstudio-user-{who}"
    return None


def _task_text(task: Any) -> str:
    if not isinstance(task, dict) or not isinstance(task.get("data"), dict):
        raise Refused(Message("not a Label Studio task (no data)"))
    data = task["data"]
    text = data.get("text")
    if not isinstance(text, str):
        strings = [v for v in data.values() if isinstance(v, str)]
        text = max(strings, key=len) if strings else None
    if not isinstance(text, str):
        raise Refused(Message("the task's data has no text"))
    return text


def task_spans(where: str, task: Any, _options: ReadOptions) -> Iterator[Record]:
    """The spans of one task; ``where`` is ``item N`` of the file's array (named ``task N``
    here, as Label Studio calls it), ``line N`` or ``document``."""
    if where == "document":
        where = Message("task {number}", number=1)
    elif isinstance(where, Message) and where.template == "item {number}":
        where = Message("task {number}", **where.params)
    text = _task_text(task)
    data = task["data"]
    ref = ArticleRef(
        sha256=data.get("sha256") if isinstance(data.get("sha256"), str) else None, text=text
    )
    images = {im.get("id"): im for im in as_list(data.get("images")) if isinstance(im, dict)}
    text_key = hashlib.sha256(text.encode("utf-8")).hexdigest()
    annotations = as_list(task.get("annotations")) + as_list(task.get("completions"))
    for n, annotation in enumerate(annotations, start=1):
        name = Message("{record} annotation {number}", record=where, number=n)
        if not isinstance(annotation, dict) or not isinstance(annotation.get("result"), list):
            yield Problem(name, Message("the annotation has no result list"))
            continue
        if annotation.get("was_cancelled"):
            continue
        key = f"labelstudio/{text_key}/{annotation.get('id', n)}"
        yield from _results(name, key, annotation, ref, text, images, None, None)
    for n, prediction in enumerate(as_list(task.get("predictions")), start=1):
        name = Message("{record} prediction {number}", record=where, number=n)
        if not isinstance(prediction, dict) or not isinstance(prediction.get("result"), list):
            yield Problem(name, Message("the prediction has no result list"))
            continue
        model = str(prediction.get("model_version") or "Label Studio prediction")
        score = prediction.get("score")
        key = f"labelstudio-prediction/{text_key}/{model}"
        yield from _results(
            name,
            key,
            prediction,
            ref,
            text,
            images,
            model,
            float(score) if isinstance(score, int | float) else None,
        )


def _results(
    where: str,
    key: str,
    annotation: dict[str, Any],
    ref: ArticleRef,
    text: str,
    images: dict[Any, dict[str, Any]],
    model: str | None,
    score: float | None,
) -> Iterator[Record]:
    """The regions of one annotation or prediction, with their per-region attributes and
    relations."""
    extras = as_object(as_object(annotation.get("marginalia")).get("spans"))
    regions: dict[str, dict[str, Any]] = {}
    attributes: dict[str, dict[str, Any]] = {}
    links: dict[str, list[tuple[str, str]]] = {}
    for result in annotation["result"]:
        if not isinstance(result, dict):
            yield Problem(where, Message("a result is not an object"))
            continue
        kind = result.get("type")
        if kind == "relation":
            source, target = result.get("from_id"), result.get("to_id")
            labels = as_list(result.get("labels")) or ["supports"]
            links.setdefault(str(source), []).append((str(labels[0]), str(target)))
            continue
        region = str(result.get("id"))
        value = as_object(result.get("value"))
        per_region = attributes.setdefault(region, {})
        if kind == "labels":
            regions[region] = result
        elif kind == "choices" and value.get("choices"):
            per_region[str(result.get("from_name"))] = value["choices"][0]
        elif kind == "textarea" and value.get("text"):
            per_region[str(result.get("from_name"))] = value["text"][0]
        elif kind == "number" and "number" in value:
            per_region[str(result.get("from_name"))] = value["number"]
    mapped = {r: local_id(r) if is_uuid(r) else made_id(f"{key}/{r}") for r in regions}
    context = _Context(ref, text, mapped, extras, attributes, links, images, model, score)
    for region, result in regions.items():
        name = Message("{record} region {region}", record=where, region=region)
        try:
            yield context.span(name, region, result, _annotator(annotation), annotation)
        except Refused as refused:
            yield Problem(name, reason_of(refused))


class _Context:
    """What the regions of one annotation share."""

    def __init__(
        self,
        ref: ArticleRef,
        text: str,
        mapped: dict[str, str],
        extras: dict[str, Any],
        attributes: dict[str, dict[str, Any]],
        links: dict[str, list[tuple[str, str]]],
        images: dict[Any, dict[str, Any]],
        model: str | None,
        score: float | None,
    ) -> None:
        self.ref = ref
        self.text = text
        self.mapped = mapped
        self.extras = extras
        self.attributes = attributes
        self.links = links
        self.images = images
        self.model = model
        self.score = score

    def span(
        self,
        name: str,
        region: str,
        result: dict[str, Any],
        annotator: str | None,
        annotation: dict[str, Any],
    ) -> ForeignSpan:
        value = as_object(result.get("value"))
        labels = as_list(value.get("labels"))
        if len(labels) != 1:
            raise Refused(Message("the region has {count} labels, not one", count=len(labels)))
        start = whole(value.get("start"), "start")
        end = whole(value.get("end"), "end")
        quote = value.get("text") if isinstance(value.get("text"), str) else None
        verified = 0 <= start < end <= len(self.text) and (
            quote is None or labelstudio_text(self.text[start:end]) == quote
        )
        if quote is not None and not verified:
            quote = quote.replace("\\n", "\n")  # to search for it in the text
        extra = as_object(self.extras.get(region))
        meta = as_object(result.get("meta"))
        note = "\n".join(str(t) for t in as_list(meta.get("text")))
        own_links = []
        for kind, target in self.links.get(region, []):
            if target not in self.mapped:
                raise Refused(
                    Message("a relation from region {region} points at no region", region=region)
                )
            own_links.append((kind, self.mapped[target]))
        if not own_links and extra.get("links"):
            own_links = [(str(k["kind"]), local_id(k["target"])) for k in extra["links"]]
        merged = dict(extra.get("attributes") or {})
        merged.update(self.attributes.get(region, {}))
        image = self.images.get(extra.get("image"))
        score = result.get("score")
        return ForeignSpan(
            record=name,
            id=self.mapped[region],
            article=self.ref,
            label=str(labels[0]),
            label_id=extra.get("label"),
            start=start,
            end=end,
            quote=None if verified else quote,
            annotator=annotator,
            attributes=merged,
            note=note,
            image=image_ref(image) if image else None,
            links=own_links,
            created=parse_time(extra.get("created") or annotation.get("created_at")),
            updated=parse_time(extra.get("updated") or annotation.get("updated_at")),
            verified=verified,
            prediction=self.model,
            score=float(score) if isinstance(score, int | float) else self.score,
        )
