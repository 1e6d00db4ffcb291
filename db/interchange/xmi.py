"""UIMA CAS XMI for INCEpTION (and any UIMA/DKPro pipeline), written with dkpro-cassis.

Why XMI and not WebAnno TSV 3.3 (ADR 0050): INCEpTION imports and exports both, but XMI is
its lossless format (TSV is a projection of the CAS onto tokens), ``dkpro-cassis`` — the
INCEpTION team's own Python library for the CAS — reads and writes it and converts offsets
(UIMA counts UTF-16 code units, as Java strings do; we count code points), so neither
direction needs a hand-written parser of a format without an independent Python reader.

Output: a folder, or a zip when the target ends in ``.zip``: ``TypeSystem.xml`` and
``article-<id>.xmi`` per article (INCEpTION's own document export is a zip of one ``.xmi``
and its ``TypeSystem.xml``; its import takes the ``.xmi`` files). Each CAS
holds the article's text as its sofa, DKPro ``Sentence`` (per line) and ``Token``
annotations (tokens cut at every span boundary), and per span an annotation of the custom
layer ``webanno.custom.<Label>`` (INCEpTION's naming of custom layers) whose features are
the label's attributes (choice and text as strings, yes/no as booleans, numbers as their
JSON text) plus ``annotator``, ``note``, ``image`` (``sha256:…``), ``marginaliaId``,
``created`` and ``updated``. Links are ``webanno.custom.MarginaliaLink`` annotations
(``Governor`` the annotation, ``Dependent`` its target, ``kind``), placed on the dependent
as INCEpTION places relations.
"""

from __future__ import annotations

import json
import re
import zipfile
from pathlib import Path
from typing import Any

from ..errors import ValidationError
from ..messages import Message
from ..values import Article, AttributeKind, Schema
from .common import image_of, iso
from .conll import tokenize
from .context import WriteContext

CUSTOM = "webanno.custom."
LINK_TYPE = CUSTOM + "MarginaliaLink"
SENTENCE = "de.tudarmstadt.ukp.dkpro.core.api.segmentation.type.Sentence"
TOKEN = "de.tudarmstadt.ukp.dkpro.core.api.segmentation.type.Token"
NAMED_ENTITY = "de.tudarmstadt.ukp.dkpro.core.api.ner.type.NamedEntity"
TYPESYSTEM = "TypeSystem.xml"
#: Features every span carries besides its attributes.
EXTRAS = ("marginaliaId", "annotator", "note", "image", "created", "updated")


def type_name(name: str) -> str:
    """A UIMA type's short name for a label: a Java identifier."""
    cleaned = re.sub(r"\W", "_", name.strip(), flags=re.ASCII) or "_"
    return cleaned if not cleaned[0].isdigit() else f"L{cleaned}"


def feature_name(name: str) -> str:
    cleaned = type_name(name)
    cleaned = cleaned[0].lower() + cleaned[1:]
    # names the CAS or dkpro-cassis use themselves (``type`` is every feature structure's)
    taken = cleaned in EXTRAS or cleaned in ("begin", "end", "sofa", "type", "xmiID")
    return f"attr_{cleaned}" if taken else cleaned


def load_cassis() -> Any:
    try:
        import cassis
    except ImportError:  # pragma: no cover - the test extra installs it
        raise ValidationError(
            Message("the xmi format needs dkpro-cassis: pip install 'marginalia[inception]'")
        ) from None
    return cassis


def type_system(schema: Schema) -> Any:
    """The type system of an export: DKPro segmentation, a layer per label, the links."""
    cassis = load_cassis()
    system = cassis.TypeSystem()
    system.create_type(SENTENCE, supertypeName="uima.tcas.Annotation")
    system.create_type(TOKEN, supertypeName="uima.tcas.Annotation")
    for label in schema.labels:
        layer = system.create_type(CUSTOM + type_name(label.name), description=label.id)
        for attr in label.attributes:
            if attr.kind == AttributeKind.IMAGE:
                continue
            kind = "uima.cas.Boolean" if attr.kind == AttributeKind.BOOLEAN else "uima.cas.String"
            system.create_feature(layer, feature_name(attr.name), kind, description=attr.name)
        for extra in EXTRAS:
            system.create_feature(layer, extra, "uima.cas.String")
    link = system.create_type(LINK_TYPE)
    system.create_feature(link, "Governor", "uima.tcas.Annotation")
    system.create_feature(link, "Dependent", "uima.tcas.Annotation")
    system.create_feature(link, "kind", "uima.cas.String")
    return system


def _attribute(kind: AttributeKind, value: Any) -> Any:
    if kind == AttributeKind.BOOLEAN:
        return bool(value)
    if kind == AttributeKind.NUMBER:
        return json.dumps(value)
    return str(value)


def article_cas(system: Any, schema: Schema, article: Article, annotations: Any) -> Any:
    cassis = load_cassis()
    cas = cassis.Cas(typesystem=system)
    text = article.text
    cas.sofa_string = text
    sentence = system.get_type(SENTENCE)
    line_start = 0
    for line in text.split("\n"):
        if line.strip():
            cas.add(sentence(begin=line_start, end=line_start + len(line)))
        line_start += len(line) + 1
    token = system.get_type(TOKEN)
    cuts = [x for a in annotations for x in (a.start, a.end)]
    for start, end in tokenize(text, cuts):
        cas.add(token(begin=start, end=end))
    made: dict[str, Any] = {}
    for a in annotations:
        label = schema.label(a.label)
        if label is None:
            continue
        layer = system.get_type(CUSTOM + type_name(label.name))
        features: dict[str, Any] = {
            "marginaliaId": a.id,
            "annotator": a.annotator,
            "created": iso(a.created),
            "updated": iso(a.updated),
        }
        if a.note:
            features["note"] = a.note
        image = image_of(article, a)
        if image is not None:
            features["image"] = (
                f"sha256:{image.sha256}" if image.sha256 else f"offset:{image.offset}"
            )
        for name, value in a.attributes.items():
            attr = label.attribute(name)
            if attr is not None and attr.kind != AttributeKind.IMAGE:
                features[feature_name(name)] = _attribute(attr.kind, value)
        made[a.id] = layer(begin=a.start, end=a.end, **features)
        cas.add(made[a.id])
    link = system.get_type(LINK_TYPE)
    for a in annotations:
        for k in a.links:
            target = made.get(k.target)
            if target is not None and a.id in made:
                cas.add(
                    link(
                        begin=target.begin,
                        end=target.end,
                        Governor=made[a.id],
                        Dependent=target,
                        kind=k.kind,
                    )
                )
    return cas


def write(ctx: WriteContext) -> None:
    system = type_system(ctx.schema)
    archive: zipfile.ZipFile | None = None
    folder: Path | None = None
    if ctx.out.suffix.lower() == ".zip":
        archive = ctx.target.open_zip(ctx.out)
    else:
        folder = ctx.target.directory(ctx.out)
    ctx.files.append(ctx.out)

    def put(name: str, text: str) -> None:
        if archive is not None:
            archive.writestr(name, text.encode("utf-8"))
        else:
            assert folder is not None
            (folder / name).write_text(text, encoding="utf-8")

    try:
        put(TYPESYSTEM, system.to_xml())
        for bundle in ctx.bundles:
            ctx.counts.articles += 1
            for a in bundle.annotations:
                ctx.counts.count(a.label)
            cas = article_cas(system, ctx.schema, bundle.article, bundle.annotations)
            put(f"article-{bundle.article.id}.xmi", cas.to_xmi())
    finally:
        if archive is not None:
            archive.close()
    ctx.extra["xmi"] = {
        "container": "zip" if archive is not None else "folder",
        "typesystem": TYPESYSTEM,
        "offsets": "UTF-16 code units in the files (UIMA's unit), converted by dkpro-cassis",
    }
