"""Reading UIMA CAS XMI (INCEpTION's exports, DKPro/UIMA pipelines, ours) with dkpro-cassis.

**Layouts** (as INCEpTION writes them, ``inception-io-xmi``: ``XmiFormatSupport_ImplBase``
and the project exporter):

* a single-document export: a zip of ``<document>.xmi`` and ``TypeSystem.xml``;
* a project export with the secondary format "UIMA CAS XMI": per document and user a zip
  inside the zip, ``annotation/<document>/<user>.zip`` (and ``curation/<document>/
  CURATION_USER.zip``), each as above; the user becomes the annotator;
* any folder or zip of those, of ``.xmi`` files with ``TypeSystem.xml`` beside them (our
  export), or a lone ``.xmi`` without a type system: then DKPro Core's type system (which
  cassis ships) completed with what the file itself shows (:mod:`.xmi_scan`).

**Offsets.** UIMA counts UTF-16 code units; cassis converts them to code points of the
sofa. A span whose offsets do not fall on a character is refused with its reason (cassis
only warns and keeps the raw number).

**What becomes what.** Spans are the annotations of INCEpTION's custom layers
(``webanno.custom.X``: label ``X``; a chain layer's links ``XLink``: label ``X``, each
``next`` a link of kind ``next``) and DKPro's ``NamedEntity`` (label: its ``value``, or
``NamedEntity`` when it has none, as INCEpTION allows).
Their features are attributes (strings, booleans, numbers), except the ones our export
adds (``annotator``, ``note``, ``image``, ``marginaliaId``, times). A slot feature (an
array of link structures with ``role`` and ``target``) gives a link per filled slot, of the
role's kind. Relations are annotations with ``Governor`` and ``Dependent`` features: a link
from the governor to the dependent, of the kind their ``kind``, ``label`` or ``value``
feature names, else the relation layer's name. Segmentation, document metadata and
INCEpTION's layer definitions are structure, not annotations; every other annotation
(DKPro ``POS``, ``Dependency``, …) is reported, one problem per type, never dropped
silently.
"""

from __future__ import annotations

import hashlib
import io
import warnings
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path, PurePosixPath
from typing import Any

from ..messages import Message
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
from .xmi import CUSTOM, EXTRAS, NAMED_ENTITY, feature_name, load_cassis
from .xmi_scan import Scan, complete, offset_problem, scan

Record = ForeignSpan | Problem
_SKIP = {"sofa", "begin", "end", "Governor", "Dependent"}
_NUMBERS = ("uima.cas.Integer", "uima.cas.Long", "uima.cas.Short", "uima.cas.Byte",
            "uima.cas.Float", "uima.cas.Double")  # fmt: skip
_VALUES = ("uima.cas.String", "uima.cas.Boolean", *_NUMBERS)
#: Types that are the document's structure, not anybody's annotations: never reported.
_STRUCTURE = (
    "de.tudarmstadt.ukp.dkpro.core.api.segmentation.type.",
    "de.tudarmstadt.ukp.dkpro.core.api.metadata.type.",
    "de.tudarmstadt.ukp.clarin.webanno.api.type.",
    "de.tudarmstadt.ukp.dkpro.core.api.structure.type.",
    "org.dkpro.core.api.xml.type.",
    "org.dkpro.core.api.pdf.type.",
    "uima.tcas.DocumentAnnotation",
)
#: CASes of an INCEpTION project export that are nobody's annotations.
_NOT_ANNOTATORS = {"INITIAL_CAS"}


@dataclass(frozen=True, slots=True)
class _Document:
    name: str
    system: bytes | None
    data: bytes
    #: the user whose CAS this is, from an INCEpTION project export's layout
    user: str | None = None


def _is_system(name: str) -> bool:
    return PurePosixPath(name).name.lower() == "typesystem.xml"


def _user(parts: tuple[str, ...]) -> str | None:
    """The user of ``annotation/<document>/<user>.zip`` in an INCEpTION project export."""
    return PurePosixPath(parts[-1]).stem if len(parts) >= 3 else None


def _from_zip(
    archive: zipfile.ZipFile, prefix: str, user: str | None = None
) -> Iterator[_Document | Problem]:
    names = archive.namelist()
    systems = {str(PurePosixPath(n).parent): n for n in names if _is_system(n)}
    found = False
    for name in sorted(names):
        lower = name.lower()
        path = PurePosixPath(name)
        if lower.endswith(".xmi"):
            found = True
            system = systems.get(str(path.parent)) or systems.get(".")
            yield _Document(
                prefix + name,
                archive.read(system) if system else None,
                archive.read(name),
                user,
            )
        elif lower.endswith(".zip"):
            found = True
            yield from _nested(prefix + name, archive.read(name), _user(path.parts) or user)
    if not found and any(PurePosixPath(n).name.startswith("exportedproject") for n in names):
        yield Problem(
            prefix or Message("the zip"),
            Message(
                "an INCEpTION project export without XMI files: export the project again "
                "with the secondary format 'UIMA CAS XMI (XML 1.0)'"
            ),
        )


def _nested(name: str, data: bytes, user: str | None) -> Iterator[_Document | Problem]:
    if user in _NOT_ANNOTATORS:
        return  # the CAS a document started with: nobody's annotations
    try:
        inner = zipfile.ZipFile(io.BytesIO(data))
    except zipfile.BadZipFile:
        yield Problem(name, Message("not a readable zip file"))
        return
    with inner:
        yield from _from_zip(inner, f"{name}/", user)


def _documents(path: Path) -> Iterator[_Document | Problem]:
    """The CASes under ``path``, each with its type system when one is beside it."""
    if path.suffix.lower() == ".zip":
        try:
            archive = zipfile.ZipFile(path)
        except zipfile.BadZipFile:
            yield Problem(path.name, Message("not a readable zip file"))
            return
        with archive:
            yield from _from_zip(archive, "")
        return
    if not path.is_dir():
        yield _Document(path.name, _beside([path.parent]).get(path.parent), path.read_bytes())
        return
    systems = _beside([path, *(p for p in path.rglob("*") if p.is_dir())])
    for file in sorted(path.rglob("*")):
        relative = file.relative_to(path)
        if file.suffix.lower() == ".xmi":
            yield _Document(str(relative), systems.get(file.parent), file.read_bytes())
        elif file.suffix.lower() == ".zip":
            yield from _nested(str(relative), file.read_bytes(), _user(relative.parts))


def _beside(folders: list[Path]) -> dict[Path, bytes]:
    """The type system in each of ``folders`` that has one (``TypeSystem.xml``)."""
    found: dict[Path, bytes] = {}
    for folder in folders:
        for name in ("TypeSystem.xml", "typesystem.xml", "typeSystem.xml"):
            if (folder / name).is_file():
                found[folder] = (folder / name).read_bytes()
                break
    return found


def read_xmi(path: Path, options: ReadOptions) -> Iterator[Record]:
    cassis = load_cassis()
    for document in _documents(path):
        if isinstance(document, Problem):
            yield document
            continue
        name = document.name
        try:
            found = scan(io.BytesIO(document.data))
            if document.system is not None:
                system = cassis.load_typesystem(io.BytesIO(document.system))
            else:
                system = cassis.load_dkpro_core_typesystem()
            complete(system, found)
            with warnings.catch_warnings():
                # cassis warns about offsets off a character; offset_problem names them
                warnings.simplefilter("ignore")
                cas = cassis.load_cas_from_xmi(
                    io.BytesIO(document.data), typesystem=system, lenient=True
                )
        except Exception as error:  # cassis and lxml raise many kinds on a broken file
            yield Problem(
                name, Message("not a readable UIMA CAS XMI file ({detail})", detail=str(error))
            )
            continue
        yield from _unread(name, found, cas)
        yield from _cas(name, cas, found, document.user)


def _unread(name: str, found: Scan, cas: Any) -> Iterator[Problem]:
    """Each annotation cassis left out for want of its type (never silently)."""
    read = {fs.xmiID for fs in cas.select_all_fs()}
    for xmi_id, (type_name, begin, end) in sorted(found.elements.items()):
        known = cas.typesystem.contains_type(type_name)
        if begin is not None and end is not None and xmi_id not in read and not known:
            yield Problem(
                Message("{document}, annotation {id}", document=name, id=xmi_id),
                Message("its type {type} is not in the type system; not read", type=type_name),
            )


def _label(annotation: Any) -> str | None:
    type_name = annotation.type.name
    if type_name == NAMED_ENTITY:
        value = getattr(annotation, "value", None)
        return str(value) if value else "NamedEntity"  # unlabelled: the layer is the label
    if type_name.startswith(CUSTOM):
        short = str(type_name[len(CUSTOM) :])
        return short.removesuffix("Link") if _is_chain_link(annotation) else short
    return None


def _features(annotation: Any) -> set[str]:
    return {f.name for f in annotation.type.all_features}


def _is_relation(annotation: Any) -> bool:
    return {"Governor", "Dependent"} <= _features(annotation)


def _is_chain_link(annotation: Any) -> bool:
    name = annotation.type.name
    return name.startswith(CUSTOM) and name.endswith("Link") and "next" in _features(annotation)


def _is_structure(type_name: str) -> bool:
    return type_name.startswith(_STRUCTURE)


def _cas(name: str, cas: Any, found: Scan, user: str | None) -> Iterator[Record]:
    text = cas.sofa_string
    if text is None:
        yield Problem(name, Message("the CAS has no text (sofa string) to annotate"))
        return
    ref = ArticleRef(text=text)
    key = hashlib.sha256(text.encode("utf-8")).hexdigest()
    spans: list[tuple[Any, str]] = []
    relations: list[Any] = []
    unread: dict[str, list[int]] = {}
    for annotation in cas.select("uima.tcas.Annotation"):
        type_name = annotation.type.name
        if _is_relation(annotation) and type_name.startswith(CUSTOM):
            relations.append(annotation)
        elif (label := _label(annotation)) is not None and not _is_relation(annotation):
            spans.append((annotation, label))
        elif not _is_structure(type_name):
            unread.setdefault(type_name, []).append(annotation.xmiID)
    for type_name, xmi_ids in sorted(unread.items()):
        shown = ", ".join(str(i) for i in xmi_ids[:5]) + (", …" if len(xmi_ids) > 5 else "")
        values = {"document": name, "count": len(xmi_ids), "type": type_name, "ids": shown}
        yield Problem(
            # one template for each English number: the window's catalogue translates both
            Message("{document}, {count} annotation of {type} (xmi:id {ids})", **values)
            if len(xmi_ids) == 1
            else Message("{document}, {count} annotations of {type} (xmi:id {ids})", **values),
            Message(
                "not read: annotations come from INCEpTION's custom layers (webanno.custom.*), "
                "DKPro NamedEntity and relations between those"
            ),
        )
    ids: dict[int, str] = {}
    # a project export's users each have a CAS of the same text: their ids must differ
    owner = f"{user}/" if user is not None else ""
    for annotation, label in spans:
        own = getattr(annotation, "marginaliaId", None)
        ids[annotation.xmiID] = (
            local_id(own)
            if own
            else made_id(
                f"xmi/{key}/{owner}{label}/{annotation.begin}-{annotation.end}/{annotation.xmiID}"
            )
        )
    links: dict[int, list[tuple[str, str]]] = {}
    for relation in relations:
        governor, dependent = relation.Governor, relation.Dependent
        where = Message(
            "{document}, relation {id} ({type})",
            document=name, id=relation.xmiID, type=relation.type.name,
        )  # fmt: skip
        if governor is None or dependent is None:
            yield Problem(where, Message("a relation without both ends"))
        elif governor.xmiID not in ids or dependent.xmiID not in ids:
            yield Problem(
                where,
                Message(
                    "a relation between annotations that are not spans ({governor} → {dependent})",
                    governor=governor.type.name,
                    dependent=dependent.type.name,
                ),
            )
        else:
            kind = next(
                (str(v) for f in ("kind", "label", "value") if (v := getattr(relation, f, None))),
                relation.type.name.rsplit(".", 1)[-1],
            )
            links.setdefault(governor.xmiID, []).append((kind, ids[dependent.xmiID]))
    for annotation, label in spans:
        yield from _span(name, annotation, label, ids, links, found, ref, user)


def _span(
    name: str,
    annotation: Any,
    label: str,
    ids: dict[int, str],
    links: dict[int, list[tuple[str, str]]],
    found: Scan,
    ref: ArticleRef,
    user: str | None,
) -> Iterator[Record]:
    record = Message(
        "{document}, annotation {id} ({type})",
        document=name, id=annotation.xmiID, type=annotation.type.name,
    )  # fmt: skip
    if (problem := offset_problem(found, annotation.xmiID)) is not None:
        yield Problem(record, problem)
        return
    if annotation.begin >= annotation.end:
        yield Problem(
            record,
            Message(
                "a zero-length annotation at {offset} (INCEpTION allows them; a Marginalia "
                "span covers at least one character)",
                offset=annotation.begin,
            ),
        )
        return
    own_links = list(links.get(annotation.xmiID, []))
    attributes: dict[str, Any] = {}
    extras: dict[str, Any] = {}
    for feature in annotation.type.all_features:
        fname = feature.name
        if fname in _SKIP:
            continue
        value = annotation.get(fname)
        if value is None:
            continue
        if fname in EXTRAS:
            extras[fname] = value
        elif fname == "next" and _is_chain_link(annotation):
            if value.xmiID in ids:
                kind = getattr(annotation, "referenceRelation", None) or "next"
                own_links.append((str(kind), ids[value.xmiID]))
        elif feature.rangeType.name in _VALUES:
            if annotation.type.name == NAMED_ENTITY and fname in ("value", "identifier"):
                continue
            attributes[_attribute_name(feature)] = value
        else:
            yield from _slots(record, fname, value, ids, own_links)
    yield ForeignSpan(
        record=record,
        id=ids[annotation.xmiID],
        article=ref,
        label=label,
        start=annotation.begin,
        end=annotation.end,
        annotator=extras.get("annotator") or user,
        attributes=attributes,
        note=extras.get("note") or "",
        image=_image(extras.get("image")),
        links=own_links,
        created=parse_time(extras.get("created")),
        updated=parse_time(extras.get("updated")),
        verified=True,
    )


def _attribute_name(feature: Any) -> str:
    """The attribute a feature holds: its name, or for our export (``feature_name``) the
    attribute name kept in its description (INCEpTION's descriptions are prose)."""
    description = feature.description
    if description and feature_name(description) == feature.name:
        return str(description)
    return str(feature.name)


def _slots(
    record: str, feature: str, value: Any, ids: dict[int, str], links: list[tuple[str, str]]
) -> Iterator[Problem]:
    """A slot feature's filled slots as links (kind: the role, else the feature's name)."""
    elements = getattr(value, "elements", None)
    for slot in elements if isinstance(elements, list) else [value]:
        target = getattr(slot, "target", None) if slot is not None else None
        if target is None:
            continue  # an unfilled slot, or a reference that is not a slot
        if getattr(target, "xmiID", None) in ids:
            links.append((str(getattr(slot, "role", None) or feature), ids[target.xmiID]))
        else:
            yield Problem(
                record,
                Message(
                    "its slot {feature} points at {type}, which is not a span",
                    feature=feature,
                    type=target.type.name,
                ),
            )


def _image(value: Any) -> ImageRef | None:
    if not isinstance(value, str):
        return None
    if value.startswith("sha256:"):
        return ImageRef(sha256=value[7:])
    if value.startswith("offset:") and value[7:].isdigit():
        return ImageRef(offset=int(value[7:]))
    return None
