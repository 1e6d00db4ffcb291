"""Readers of annotation files made elsewhere: W3C Web Annotation and doccano here; Label
Studio in :mod:`.labelstudio_in`, brat in :mod:`.brat_in`, UIMA CAS XMI in :mod:`.xmi_in`.

Each reader streams a file as :class:`ForeignSpan` records and :class:`Problem` records,
each naming its record (``line 3, entity 2``, ``item 2 annotation 1 region abc``,
``annotation urn:uuid:…``). Offsets come out as code points of the file's own text (the
doccano reader converts from UTF-16 or grapheme clusters). Nothing here knows the
database; :mod:`.anchoring` and :mod:`.importer` match the spans to articles.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

from ..messages import Message, reason_of
from . import brat_in, labelstudio_in, xmi_in
from .foreign import (
    ArticleRef,
    ForeignSpan,
    Problem,
    ReadOptions,
    Refused,
    as_list,
    as_object,
    image_ref,
    local_id,
    made_id,
    parse_time,
    whole,
)
from .jsonstream import Unreadable, documents
from .units import OffsetUnit, PositionError, Positions

Record = ForeignSpan | Problem
Reader = Callable[[Path, ReadOptions], Iterator[Record]]


def _json_records(
    path: Path,
    one: Callable[[str, Any, ReadOptions], Iterator[Record]],
    options: ReadOptions,
    stream: tuple[str, ...] = (),
) -> Iterator[Record]:
    """Each JSON value of ``path`` through ``one``; a bad value is a problem of its own."""
    for where, value in documents(path, stream):
        if isinstance(value, Unreadable):
            yield Problem(where, reason_of(value))
            continue
        try:
            # a value's spans are checked together: a refused record yields none of them
            yield from list(one(where, value, options))
        except Refused as refused:
            yield Problem(where, reason_of(refused))


# --- W3C Web Annotation ------------------------------------------------------------------


def _w3c_items(value: Any, where: str) -> Iterator[tuple[str, Any]]:
    """Annotations in a JSON value: one, a list, a collection or page (with ``@included``)."""
    if isinstance(value, list):
        for n, item in enumerate(value, start=1):
            yield from _w3c_items(item, Message("{record} item {number}", record=where, number=n))
        return
    if not isinstance(value, dict):
        raise Refused(Message("not a JSON object"))
    types = as_list(value.get("type") or value.get("@type"))
    if "AnnotationCollection" in types or "AnnotationPage" in types:
        for page in [value.get("first"), *as_list(value.get("@included"))]:
            if isinstance(page, dict):
                page_name = Message("{record} page {id}", record=where, id=page.get("id", ""))
                yield from _w3c_items(page.get("items", []), page_name)
        if "AnnotationPage" in types:
            yield from _w3c_items(value.get("items", []), where)
        return
    yield where, value


def _creator(value: Any) -> str | None:
    for agent in as_list(value):
        if isinstance(agent, str):
            return agent
        if isinstance(agent, dict):
            for key in ("nickname", "name", "email", "id"):
                if isinstance(agent.get(key), str):
                    return str(agent[key])
    return None


def _w3c_span(where: str, item: dict[str, Any]) -> ForeignSpan:
    if "Annotation" not in as_list(item.get("type") or item.get("@type")):
        raise Refused(Message("not a W3C Annotation (type {type})", type=repr(item.get("type"))))
    raw_id = item.get("id")
    if not isinstance(raw_id, str):
        raise Refused(Message("the annotation has no id"))
    targets = [t for t in as_list(item.get("target")) if isinstance(t, dict)]
    if not targets:
        raise Refused(Message("the target has no selector"))
    target = targets[0]
    quote = position = None
    for selector in as_list(target.get("selector")):
        if not isinstance(selector, dict):
            continue
        if selector.get("type") == "TextQuoteSelector":
            quote = selector
        elif selector.get("type") == "TextPositionSelector":
            position = selector
    if quote is None and position is None:
        raise Refused(Message("no TextQuoteSelector or TextPositionSelector"))
    label_id = item.get("marginalia:label")
    label = None
    note = ""
    for body in as_list(item.get("body")):
        if isinstance(body, dict) and isinstance(body.get("value"), str):
            if body.get("purpose") == "tagging" and label is None:
                label = body["value"]
            elif body.get("purpose") == "commenting":
                note = body["value"]
    if not isinstance(label_id, str):
        label_id = None
    label = label or label_id
    if not isinstance(label, str):
        raise Refused(Message("no tagging body names a label (a comment-only annotation)"))
    source = target.get("source")
    article = item.get("marginalia:article")
    ref = ArticleRef()
    if isinstance(article, dict) and isinstance(article.get("sha256"), str):
        ref.sha256 = article["sha256"]
    elif isinstance(source, str) and source.startswith("urn:sha256:"):
        ref.sha256 = source.removeprefix("urn:sha256:")
    elif isinstance(source, str):
        ref.url = source
    else:
        raise Refused(Message("the target has no source"))
    attributes = item.get("marginalia:attributes") or {}
    if not isinstance(attributes, dict):
        raise Refused(Message("marginalia:attributes is not an object"))
    links = []
    for link in as_list(item.get("marginalia:links")):
        if not isinstance(link, dict) or not isinstance(link.get("target"), str):
            raise Refused(Message("a link has no target"))
        links.append((str(link.get("kind", "supports")), local_id(link["target"])))
    return ForeignSpan(
        record=where,
        id=local_id(raw_id),
        article=ref,
        label=label,
        start=whole(position.get("start"), "start") if position else None,
        end=whole(position.get("end"), "end") if position else None,
        quote=quote.get("exact") if quote else None,
        prefix=quote.get("prefix") if quote else None,
        suffix=quote.get("suffix") if quote else None,
        annotator=_creator(item.get("creator")),
        attributes=dict(attributes),
        note=note,
        image=image_ref(item.get("marginalia:image")),
        links=links,
        created=parse_time(item.get("created")),
        updated=parse_time(item.get("modified")),
        label_id=label_id,
    )


def read_w3c(path: Path, options: ReadOptions) -> Iterator[Record]:
    """W3C annotations: one per JSON line, a list, a collection or page. Each annotation is
    a record of its own (a bad one does not take its line's neighbours with it)."""
    for where, value in documents(path, ("@included.item", "items.item")):
        if isinstance(value, Unreadable):
            yield Problem(where, reason_of(value))
            continue
        try:
            items = list(_w3c_items(value, "" if where in ("document",) else where))
        except Refused as refused:
            yield Problem(where, reason_of(refused))
            continue
        for item_where, item in items:
            raw_id = item.get("id") if isinstance(item, dict) else None
            name = _w3c_name(item_where, raw_id) or where
            try:
                yield _w3c_span(name, item)
            except Refused as refused:
                yield Problem(name, reason_of(refused))


def _w3c_name(where: str, raw_id: Any) -> str:
    """An annotation's record: where it stands, its id, or both (empty if neither)."""
    if not raw_id:
        return where
    if where:
        return Message("{record}, annotation {id}", record=where, id=raw_id)
    return Message("annotation {id}", id=raw_id)


# --- doccano -----------------------------------------------------------------------------


def _doccano_entities(record: dict[str, Any]) -> list[tuple[Any, Any, Any, Any]]:
    """``(number, start, end, label)`` of a record's entities, in either layout."""
    entities: list[tuple[Any, Any, Any, Any]] = []
    if isinstance(record.get("entities"), list):
        for n, entity in enumerate(record["entities"], start=1):
            if isinstance(entity, dict):
                entities.append(
                    (
                        entity.get("id", n),
                        entity.get("start_offset"),
                        entity.get("end_offset"),
                        entity.get("label"),
                    )
                )
            elif isinstance(entity, list) and len(entity) == 3:
                entities.append((n, *entity))
            else:
                raise Refused(
                    Message("entity {number} is neither an object nor a [start, end, label]",
                            number=n)
                )  # fmt: skip
    for key in ("label", "labels"):
        if isinstance(record.get(key), list):
            for n, triple in enumerate(record[key], start=1):
                if not (isinstance(triple, list) and len(triple) == 3):
                    raise Refused(
                        Message("{field} {number} is not a [start, end, label] triple",
                                field=key, number=n)
                    )  # fmt: skip
                entities.append((n, *triple))
    return entities


def _doccano_line(where: str, record: Any, options: ReadOptions) -> Iterator[Record]:
    if not isinstance(record, dict) or not isinstance(record.get("text"), str):
        raise Refused(Message("not a doccano record (no text)"))
    text = record["text"]
    ext = as_object(record.get("marginalia"))
    unit = ext.get("offsets") or options.offset_unit
    try:
        positions = Positions(text, unit)
    except ValueError:
        raise Refused(
            Message(
                "unknown offset unit {unit} (use {units})",
                unit=repr(unit),
                units=", ".join(OffsetUnit),
            )
        ) from None
    images = {im.get("id"): im for im in as_list(ext.get("images")) if isinstance(im, dict)}
    # What doccano has no field for, keyed by the span as written (doccano renumbers its
    # entities; a span's offsets and label survive): each key's extras in order.
    extras: dict[tuple[Any, Any, Any], list[dict[str, Any]]] = {}
    for extra in as_list(ext.get("spans")):
        if isinstance(extra, dict):
            key = (extra.get("start"), extra.get("end"), extra.get("name"))
            extras.setdefault(key, []).append(extra)
    entities = _doccano_entities(record)
    text_key = hashlib.sha256(text.encode("utf-8")).hexdigest()
    ids: dict[Any, str] = {}
    found: dict[Any, dict[str, Any]] = {}
    placed: dict[Any, tuple[int, int] | str] = {}  # code points, or why not
    seen: dict[tuple[Any, Any, Any], int] = {}
    for number, start, end, label in entities:
        key = (start, end, label)
        nth = seen[key] = seen.get(key, -1) + 1
        mine = extras.get(key, [])
        extra = mine[nth] if nth < len(mine) else {}
        found[number] = extra
        try:
            first = positions.to_codepoint(whole(start, "start"))
            placed[number] = (first, positions.to_codepoint(whole(end, "end")))
        except Refused as refused:
            placed[number] = reason_of(refused)
        except PositionError as error:
            placed[number] = Message(
                "offset {reason} (offsets counted in {unit})",
                reason=reason_of(error), unit=str(positions.unit),
            )  # fmt: skip
        # the same span from files counting in other units gets the same id
        at = placed[number]
        first_last = at if isinstance(at, tuple) else (start, end)
        ids[number] = (
            local_id(str(extra["id"]))
            if "id" in extra
            else made_id(f"doccano/{text_key}/{first_last[0]}-{first_last[1]}/{label}/{nth}")
        )
    links: dict[Any, list[tuple[str, str]]] = {}
    for relation in as_list(record.get("relations")):
        if not isinstance(relation, dict) or relation.get("from_id") not in ids:
            raise Refused(
                Message("relation {relation} starts at no entity of this record",
                        relation=repr(relation))
            )  # fmt: skip
        if relation.get("to_id") not in ids:
            raise Refused(
                Message("relation {id} points at no entity of this record",
                        id=str(relation.get("id")))
            )  # fmt: skip
        links.setdefault(relation["from_id"], []).append(
            (str(relation.get("type", "supports")), ids[relation["to_id"]])
        )
    article = as_object(ext.get("article"))
    ref = ArticleRef(sha256=article.get("sha256"), text=text)
    for number, _start, _end, label in entities:
        extra = found[number]
        name = Message("{record}, entity {number}", record=where, number=number)
        if not isinstance(label, str):
            yield Problem(name, Message("the entity has no label"))
            continue
        at = placed[number]
        if isinstance(at, str):
            yield Problem(name, at)
            continue
        first, last = at
        own_links = links.get(number, [])
        if not own_links and extra.get("links"):
            own_links = [(str(k["kind"]), local_id(k["target"])) for k in extra["links"]]
        image = images.get(extra.get("image"))
        yield ForeignSpan(
            record=name,
            id=ids[number],
            article=ref,
            label=label,
            label_id=extra.get("label"),
            start=first,
            end=last,
            annotator=extra.get("annotator") or record.get("user") or None,
            attributes=dict(extra.get("attributes") or {}),
            note=extra.get("note") or "",
            image=image_ref(image) if image else None,
            links=own_links,
            created=parse_time(extra.get("created")),
            updated=parse_time(extra.get("updated")),
            verified=0 <= first < last <= len(text),
        )


def _doccano_value(where: str, value: Any, options: ReadOptions) -> Iterator[Record]:
    records = value if isinstance(value, list) else [value]
    for n, record in enumerate(records, start=1):
        name = where if len(records) == 1 else Message("{record} record {number}", record=where,
                                                        number=n)  # fmt: skip
        try:
            yield from list(_doccano_line(name, record, options))
        except Refused as refused:
            if name == where:
                raise
            said = Message("{record}: {reason}", record=name, reason=reason_of(refused))
            raise Refused(said) from None


def read_doccano(path: Path, options: ReadOptions) -> Iterator[Record]:
    return _json_records(path, _doccano_value, options)


def read_labelstudio(path: Path, options: ReadOptions) -> Iterator[Record]:
    return _json_records(path, labelstudio_in.task_spans, options)


READERS: dict[str, Reader] = {
    "w3c": read_w3c,
    "doccano": read_doccano,
    "labelstudio": read_labelstudio,
    "brat": brat_in.read_brat,
    "xmi": xmi_in.read_xmi,
}
