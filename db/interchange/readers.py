"""Readers of annotation files made elsewhere: W3C Web Annotation, doccano, Label Studio.

Each reader turns a file into :class:`ForeignSpan` records and a list of problems, each
naming its record (``line 3``, ``task 2``, ``annotation urn:uuid:…``). Nothing here knows the
database; :mod:`.anchoring` matches the spans to articles.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

from .foreign import ArticleRef, ForeignSpan, Problem, local_id, parse_time

Reader = Callable[[Path], tuple[list[ForeignSpan], list[Problem]]]


class _Refused(Exception):
    """A record that cannot be read; the reason is the message."""


def _documents(path: Path) -> Iterator[tuple[str, Any]]:
    """The JSON values of a file: one document, or JSON Lines (each named by its line)."""
    try:
        text = path.read_text(encoding="utf-8-sig")
    except UnicodeDecodeError as error:
        raise _Refused(f"the file is not UTF-8 text ({error.reason})") from None
    try:
        value = json.loads(text)
    except json.JSONDecodeError as whole:
        lines = [line for line in text.splitlines() if line.strip()]
        if len(lines) <= 1:
            raise _Refused(f"broken JSON at line {whole.lineno} column {whole.colno}") from None
    else:
        one_line = sum(1 for line in text.splitlines() if line.strip()) == 1
        yield ("line 1" if one_line and isinstance(value, dict) else "document"), value
        return
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        try:
            yield f"line {number}", json.loads(line)
        except json.JSONDecodeError as error:
            raise _Refused(f"line {number}: broken JSON ({error.msg})") from None


def _read(
    path: Path, records: Callable[[Path], Iterator[ForeignSpan | Problem]]
) -> tuple[list[ForeignSpan], list[Problem]]:
    spans: list[ForeignSpan] = []
    problems: list[Problem] = []
    try:
        for item in records(path):
            if isinstance(item, Problem):
                problems.append(item)
            else:
                spans.append(item)
    except _Refused as refused:
        problems.append(Problem(path.name, str(refused)))
    if not spans and not problems:
        problems.append(Problem(path.name, "the file holds no annotations"))
    return spans, problems


def _obj(value: Any) -> dict[str, Any]:
    return value if isinstance(value, dict) else {}


def _as_list(value: Any) -> list[Any]:
    if value is None:
        return []
    return value if isinstance(value, list) else [value]


def _int(value: Any, what: str) -> int:
    if isinstance(value, bool) or not isinstance(value, int):
        raise _Refused(f"{what} is not a whole number ({value!r})")
    return value


# --- W3C Web Annotation ------------------------------------------------------------------


def _w3c_items(value: Any, where: str) -> Iterator[tuple[str, Any]]:
    """Annotations in a JSON value: one, a list, a collection or page (with ``@included``)."""
    if isinstance(value, list):
        for n, item in enumerate(value, start=1):
            yield from _w3c_items(item, f"{where} item {n}")
        return
    if not isinstance(value, dict):
        raise _Refused(f"{where}: not a JSON object")
    types = _as_list(value.get("type") or value.get("@type"))
    if "AnnotationCollection" in types or "AnnotationPage" in types:
        for page in [value.get("first"), *_as_list(value.get("@included"))]:
            if isinstance(page, dict):
                yield from _w3c_items(page.get("items", []), f"{where} page {page.get('id', '')}")
        if "AnnotationPage" in types:
            yield from _w3c_items(value.get("items", []), where)
        return
    yield where, value


def _creator(value: Any) -> str | None:
    for agent in _as_list(value):
        if isinstance(agent, str):
            return agent
        if isinstance(agent, dict):
            for key in ("nickname", "name", "email", "id"):
                if isinstance(agent.get(key), str):
                    return str(agent[key])
    return None


def _w3c_span(where: str, item: dict[str, Any]) -> ForeignSpan:
    if "Annotation" not in _as_list(item.get("type") or item.get("@type")):
        raise _Refused(f"not a W3C Annotation (type {item.get('type')!r})")
    raw_id = item.get("id")
    if not isinstance(raw_id, str):
        raise _Refused("the annotation has no id")
    record = f"{where}, annotation {raw_id}" if where != "document" else f"annotation {raw_id}"
    targets = [t for t in _as_list(item.get("target")) if isinstance(t, dict)]
    if not targets:
        raise _Refused(f"{record}: the target has no selector")
    target = targets[0]
    quote = position = None
    for selector in _as_list(target.get("selector")):
        if not isinstance(selector, dict):
            continue
        if selector.get("type") == "TextQuoteSelector":
            quote = selector
        elif selector.get("type") == "TextPositionSelector":
            position = selector
    if quote is None and position is None:
        raise _Refused(f"{record}: no TextQuoteSelector or TextPositionSelector")
    label_id = item.get("marginalia:label")
    label = None
    note = ""
    for body in _as_list(item.get("body")):
        if isinstance(body, dict) and isinstance(body.get("value"), str):
            if body.get("purpose") == "tagging" and label is None:
                label = body["value"]
            elif body.get("purpose") == "commenting":
                note = body["value"]
    if not isinstance(label_id, str):
        label_id = None
    label = label or label_id
    if not isinstance(label, str):
        raise _Refused(f"{record}: no tagging body names a label")
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
        raise _Refused(f"{record}: the target has no source")
    image = item.get("marginalia:image")
    attributes = item.get("marginalia:attributes") or {}
    if not isinstance(attributes, dict):
        raise _Refused(f"{record}: marginalia:attributes is not an object")
    links = []
    for link in _as_list(item.get("marginalia:links")):
        if not isinstance(link, dict) or not isinstance(link.get("target"), str):
            raise _Refused(f"{record}: a link has no target")
        links.append((str(link.get("kind", "supports")), local_id(link["target"])))
    return ForeignSpan(
        record=record,
        id=local_id(raw_id),
        article=ref,
        label=label,
        start=_int(position["start"], "start") if position else None,
        end=_int(position["end"], "end") if position else None,
        quote=quote.get("exact") if quote else None,
        prefix=quote.get("prefix") if quote else None,
        suffix=quote.get("suffix") if quote else None,
        annotator=_creator(item.get("creator")),
        attributes=dict(attributes),
        note=note,
        image_id=image.get("id") if isinstance(image, dict) else None,
        links=links,
        created=parse_time(item.get("created")),
        updated=parse_time(item.get("modified")),
        label_id=label_id,
    )


def _w3c_records(path: Path) -> Iterator[ForeignSpan | Problem]:
    for where, document in _documents(path):
        try:
            items = list(_w3c_items(document, where))
        except _Refused as refused:
            yield Problem(where, str(refused))
            continue
        for item_where, item in items:
            try:
                yield _w3c_span(item_where, item)
            except (_Refused, KeyError) as refused:
                yield Problem(item_where, str(refused))


def read_w3c(path: Path) -> tuple[list[ForeignSpan], list[Problem]]:
    return _read(path, _w3c_records)


# --- doccano -----------------------------------------------------------------------------


def _doccano_line(where: str, record: Any) -> Iterator[ForeignSpan]:
    if not isinstance(record, dict) or not isinstance(record.get("text"), str):
        raise _Refused("not a doccano record (no text)")
    text = record["text"]
    ext = _obj(record.get("marginalia"))
    extras = {e.get("entity"): e for e in ext.get("spans", []) if isinstance(e, dict)}
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
                raise _Refused(f"entity {n} is neither an object nor a [start, end, label]")
    for key in ("label", "labels"):
        if isinstance(record.get(key), list):
            for n, triple in enumerate(record[key], start=1):
                if not (isinstance(triple, list) and len(triple) == 3):
                    raise _Refused(f"{key} {n} is not a [start, end, label] triple")
                entities.append((n, *triple))
    line_key = where
    ids: dict[Any, str] = {}
    for number, _, _, _ in entities:
        extra = extras.get(number, {})
        ids[number] = local_id(extra["id"]) if "id" in extra else local_id(f"{line_key}#{number}")
    links: dict[Any, list[tuple[str, str]]] = {}
    for relation in _as_list(record.get("relations")):
        if not isinstance(relation, dict) or relation.get("from_id") not in ids:
            raise _Refused(f"relation {relation!r} starts at no entity of this record")
        if relation.get("to_id") not in ids:
            raise _Refused(f"relation {relation.get('id')} points at no entity of this record")
        links.setdefault(relation["from_id"], []).append(
            (str(relation.get("type", "supports")), ids[relation["to_id"]])
        )
    article = _obj(ext.get("article"))
    ref = ArticleRef(sha256=article.get("sha256"), text=text)
    for number, start, end, label in entities:
        extra = extras.get(number, {})
        record_name = f"{where}, entity {number}"
        if not isinstance(label, str):
            raise _Refused(f"entity {number} has no label")
        own_links = links.get(number, [])
        if not own_links and extra.get("links"):
            own_links = [(str(k["kind"]), local_id(k["target"])) for k in extra["links"]]
        yield ForeignSpan(
            record=record_name,
            id=ids[number],
            article=ref,
            label=label,
            label_id=extra.get("label"),
            start=_int(start, f"entity {number} start"),
            end=_int(end, f"entity {number} end"),
            annotator=extra.get("annotator") or record.get("user") or None,
            attributes=dict(extra.get("attributes") or {}),
            note=extra.get("note") or "",
            image_id=extra.get("image"),
            links=own_links,
            created=parse_time(extra.get("created")),
            updated=parse_time(extra.get("updated")),
        )


def _doccano_records(path: Path) -> Iterator[ForeignSpan | Problem]:
    for where, document in _documents(path):
        records = document if isinstance(document, list) else [document]
        for n, record in enumerate(records, start=1):
            name = where if len(records) == 1 else f"{where} record {n}"
            try:
                yield from list(_doccano_line(name, record))
            except _Refused as refused:
                yield Problem(name, str(refused))


def read_doccano(path: Path) -> tuple[list[ForeignSpan], list[Problem]]:
    return _read(path, _doccano_records)


# --- Label Studio ------------------------------------------------------------------------


def _ls_annotator(annotation: dict[str, Any]) -> str | None:
    ext = annotation.get("marginalia")
    if isinstance(ext, dict) and isinstance(ext.get("annotator"), str):
        return str(ext["annotator"])
    who = annotation.get("completed_by")
    if isinstance(who, dict):
        return who.get("email") or (f"labelstudio-user-{who['id']}" if "id" in who else None)
    if isinstance(who, int):
        return f"labelstudio-user-{who}"
    return None


def _ls_task(where: str, task: Any) -> Iterator[ForeignSpan]:
    if not isinstance(task, dict) or not isinstance(task.get("data"), dict):
        raise _Refused("not a Label Studio task (no data)")
    data = task["data"]
    text = data.get("text")
    if not isinstance(text, str):
        strings = [v for v in data.values() if isinstance(v, str)]
        text = max(strings, key=len) if strings else None
    if not isinstance(text, str):
        raise _Refused("the task's data has no text")
    ref = ArticleRef(
        sha256=data.get("sha256") if isinstance(data.get("sha256"), str) else None, text=text
    )
    annotations = _as_list(task.get("annotations")) + _as_list(task.get("completions"))
    for n, annotation in enumerate(annotations, start=1):
        if not isinstance(annotation, dict) or not isinstance(annotation.get("result"), list):
            raise _Refused(f"annotation {n} has no result list")
        if annotation.get("was_cancelled"):
            continue
        extras = _obj(_obj(annotation.get("marginalia")).get("spans"))
        regions: dict[str, dict[str, Any]] = {}
        attributes: dict[str, dict[str, Any]] = {}
        links: dict[str, list[tuple[str, str]]] = {}
        task_key = f"{where} annotation {annotation.get('id', n)}"
        for result in annotation["result"]:
            if not isinstance(result, dict):
                raise _Refused(f"annotation {n}: a result is not an object")
            kind = result.get("type")
            if kind == "relation":
                source, target = result.get("from_id"), result.get("to_id")
                labels = _as_list(result.get("labels")) or ["supports"]
                links.setdefault(str(source), []).append((str(labels[0]), str(target)))
                continue
            region = str(result.get("id"))
            value = _obj(result.get("value"))
            if kind == "labels":
                regions[region] = result
            elif kind == "choices" and value.get("choices"):
                attributes.setdefault(region, {})[str(result.get("from_name"))] = value["choices"][
                    0
                ]
            elif kind == "textarea" and value.get("text"):
                attributes.setdefault(region, {})[str(result.get("from_name"))] = value["text"][0]
            elif kind == "number" and "number" in value:
                attributes.setdefault(region, {})[str(result.get("from_name"))] = value["number"]
        mapped = {r: (local_id(r) if r in extras else local_id(f"{task_key}#{r}")) for r in regions}
        for region, result in regions.items():
            value = _obj(result.get("value"))
            record = f"{where} annotation {n} region {region}"
            labels = _as_list(value.get("labels"))
            if len(labels) != 1:
                raise _Refused(f"region {region} has {len(labels)} labels, not one")
            extra = extras.get(region, {})
            meta = _obj(result.get("meta"))
            note = "\n".join(str(t) for t in _as_list(meta.get("text")))
            own_links = []
            for kind_, target in links.get(region, []):
                if target not in mapped:
                    raise _Refused(f"a relation from region {region} points at no region")
                own_links.append((kind_, mapped[target]))
            if not own_links and extra.get("links"):
                own_links = [(str(k["kind"]), local_id(k["target"])) for k in extra["links"]]
            merged = dict(extra.get("attributes") or {})
            merged.update(attributes.get(region, {}))
            yield ForeignSpan(
                record=record,
                id=mapped[region],
                article=ref,
                label=str(labels[0]),
                label_id=extra.get("label"),
                start=_int(value.get("start"), f"region {region} start"),
                end=_int(value.get("end"), f"region {region} end"),
                quote=value.get("text") if isinstance(value.get("text"), str) else None,
                annotator=_ls_annotator(annotation),
                attributes=merged,
                note=note,
                image_id=extra.get("image"),
                links=own_links,
                created=parse_time(extra.get("created") or annotation.get("created_at")),
                updated=parse_time(extra.get("updated") or annotation.get("updated_at")),
            )


def _ls_records(path: Path) -> Iterator[ForeignSpan | Problem]:
    for where, document in _documents(path):
        tasks = document if isinstance(document, list) else [document]
        for n, task in enumerate(tasks, start=1):
            name = f"task {n}" if where == "document" else where
            try:
                yield from list(_ls_task(name, task))
            except _Refused as refused:
                yield Problem(name, str(refused))


def read_labelstudio(path: Path) -> tuple[list[ForeignSpan], list[Problem]]:
    return _read(path, _ls_records)


READERS: dict[str, Reader] = {
    "w3c": read_w3c,
    "doccano": read_doccano,
    "labelstudio": read_labelstudio,
}
