"""Reading UIMA CAS XMI (INCEpTION's export, ours) with dkpro-cassis.

A folder or zip holding ``TypeSystem.xml`` and ``*.xmi`` files, or one ``.xmi`` with its
``TypeSystem.xml`` beside it. cassis turns UIMA's UTF-16 offsets into code points of the
sofa text. Spans are the annotations of INCEpTION's custom layers (``webanno.custom.X``:
the label is ``X``) and of DKPro's ``NamedEntity`` (the label is its ``value``); their
string and boolean features are attributes, except the ones our export adds (``annotator``,
``note``, ``image``, ``marginaliaId``, times). Relations are annotations with ``Governor``
and ``Dependent`` features: a link from the governor to the dependent, the kind being
their ``kind`` or ``label`` feature, else the relation layer's name.
"""

from __future__ import annotations

import hashlib
import io
import zipfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from .foreign import (
    ArticleRef,
    ForeignSpan,
    ImageRef,
    Problem,
    ReadOptions,
    local_id,
    made_id,
    parse_time,
)
from .xmi import CUSTOM, EXTRAS, NAMED_ENTITY, TYPESYSTEM, load_cassis

Record = ForeignSpan | Problem
_SKIP = {"sofa", "begin", "end", "Governor", "Dependent"}


def _documents(path: Path) -> Iterator[tuple[str, bytes | None, bytes]]:
    """``(name, type system, xmi)`` of each CAS under ``path``."""
    if path.suffix.lower() == ".zip":
        with zipfile.ZipFile(path) as archive:
            names = archive.namelist()
            systems = {n.rsplit("/", 1)[0] if "/" in n else "": n for n in names
                       if n.rsplit("/", 1)[-1] == TYPESYSTEM}  # fmt: skip
            for name in sorted(n for n in names if n.endswith(".xmi")):
                folder = name.rsplit("/", 1)[0] if "/" in name else ""
                system = systems.get(folder) or systems.get("")
                yield name, archive.read(system) if system else None, archive.read(name)
        return
    files = sorted(path.rglob("*.xmi")) if path.is_dir() else [path]
    for xmi in files:
        beside = xmi.parent / TYPESYSTEM
        name = str(xmi.relative_to(path) if path.is_dir() else xmi.name)
        yield name, beside.read_bytes() if beside.is_file() else None, xmi.read_bytes()


def read_xmi(path: Path, options: ReadOptions) -> Iterator[Record]:
    cassis = load_cassis()
    for name, system, data in _documents(path):
        try:
            types = cassis.load_typesystem(io.BytesIO(system)) if system is not None else None
            cas = cassis.load_cas_from_xmi(io.BytesIO(data), typesystem=types, lenient=True)
        except Exception as error:  # cassis raises many kinds on a broken file
            yield Problem(name, f"not a readable UIMA CAS XMI file ({error})")
            continue
        yield from _cas(name, cas)


def _label(annotation: Any) -> str | None:
    type_name = annotation.type.name
    if type_name == NAMED_ENTITY:
        value = getattr(annotation, "value", None)
        return str(value) if value else None
    if type_name.startswith(CUSTOM):
        return str(type_name[len(CUSTOM) :])
    return None


def _is_relation(annotation: Any) -> bool:
    names = {f.name for f in annotation.type.all_features}
    return "Governor" in names and "Dependent" in names


def _cas(name: str, cas: Any) -> Iterator[Record]:
    text = cas.sofa_string or ""
    ref = ArticleRef(text=text)
    key = hashlib.sha256(text.encode("utf-8")).hexdigest()
    spans: list[tuple[Any, str]] = []
    relations: list[Any] = []
    for annotation in cas.select("uima.tcas.Annotation"):
        if _is_relation(annotation):
            relations.append(annotation)
        elif (label := _label(annotation)) is not None:
            spans.append((annotation, label))
    ids: dict[int, str] = {}
    for annotation, label in spans:
        own = getattr(annotation, "marginaliaId", None)
        ids[annotation.xmiID] = (
            local_id(own)
            if own
            else made_id(
                f"xmi/{key}/{label}/{annotation.begin}-{annotation.end}/{annotation.xmiID}"
            )
        )
    links: dict[int, list[tuple[str, str]]] = {}
    for relation in relations:
        governor, dependent = relation.Governor, relation.Dependent
        where = f"{name}, relation {relation.xmiID}"
        if governor is None or dependent is None:
            yield Problem(where, "a relation without both ends")
        elif governor.xmiID not in ids or dependent.xmiID not in ids:
            yield Problem(where, "a relation between annotations that are not spans")
        else:
            kind = (
                getattr(relation, "kind", None)
                or getattr(relation, "label", None)
                or relation.type.name.rsplit(".", 1)[-1]
            )
            links.setdefault(governor.xmiID, []).append((str(kind), ids[dependent.xmiID]))
    for annotation, label in spans:
        features = {
            f.name: annotation.get(f.name)
            for f in annotation.type.all_features
            if f.name not in _SKIP
        }
        extras = {k: features.pop(k) for k in EXTRAS if k in features}
        attributes = {
            (f.description or f.name.removeprefix("attr_")): features[f.name]
            for f in annotation.type.all_features
            if f.name in features
            and features[f.name] is not None
            and (f.rangeType.name in ("uima.cas.String", "uima.cas.Boolean"))
            and not (annotation.type.name == NAMED_ENTITY and f.name in ("value", "identifier"))
        }
        image = extras.get("image")
        yield ForeignSpan(
            record=f"{name}, annotation {annotation.xmiID}",
            id=ids[annotation.xmiID],
            article=ref,
            label=label,
            start=annotation.begin,
            end=annotation.end,
            annotator=extras.get("annotator"),
            attributes=attributes,
            note=extras.get("note") or "",
            image=_image(image),
            links=links.get(annotation.xmiID, []),
            created=parse_time(extras.get("created")),
            updated=parse_time(extras.get("updated")),
            verified=True,
        )


def _image(value: Any) -> ImageRef | None:
    if not isinstance(value, str):
        return None
    if value.startswith("sha256:"):
        return ImageRef(sha256=value[7:])
    if value.startswith("offset:") and value[7:].isdigit():
        return ImageRef(offset=int(value[7:]))
    return None
