"""brat standoff: per article ``article-<id>.txt`` and ``article-<id>.ann`` (ADR 0050).

``.txt`` is the exact stored text in UTF-8; brat offsets are code points of it, as ours.
``.ann`` lines:

- ``T`` — the span; a span that crosses a line break (or a tab) is written as fragments
  (``start end;start end``) split there, as brat requires — every break brat's line
  reading knows (U+2028, U+2029, U+0085 too, :data:`BREAKS`);
- ``A`` — choice attributes (``A1<TAB>type T1 value``) and yes/no attributes (binary, present
  only when true);
- ``R`` — links between two spans of the same article (``Arg1`` the annotation, ``Arg2`` its
  target);
- ``#`` — ``AnnotatorNotes`` with the note, then `` | key=value`` for what brat has no line
  for: text, number and image attributes, the image (``sha256:…``, or ``offset:N`` for a
  missing picture), annotator, id, created, updated. ``\\``, ``|``, CR, LF and tab in
  values are written ``\\\\``, ``\\|``, ``\\r``, ``\\n``, ``\\t``; the other breaks
  ``\\uXXXX``. :mod:`.brat_in` reads all of it back.

Label and link names become brat types by replacing characters other than letters, digits,
``_`` and ``-`` with ``_``; ``annotation.conf`` lists them (and allows overlaps). The output
is a folder, or a zip when the target ends in ``.zip`` (then the manifest is inside it).
"""

from __future__ import annotations

import re
import zipfile
from pathlib import Path
from typing import Any

from ..messages import Message
from ..values import Annotation, Article, AttributeKind, Schema
from .common import article_json, dumps, image_of, iso
from .context import WriteContext


def brat_type(name: str) -> str:
    return re.sub(r"[^\w-]", "_", name.strip()) or "_"


#: What brat's line reading (Python's ``splitlines``) breaks a line at, and the tab that
#: separates an ``.ann`` line's fields: never written inside a span's text or a note.
BREAKS = frozenset("\r\n\t\v\f\x1c\x1d\x1e\x85\u2028\u2029")
_ESCAPES = {"\\": "\\\\", "|": "\\|", "\r": "\\r", "\n": "\\n", "\t": "\\t"}


def _value(text: str) -> str:
    """A note value on one ``.ann`` line: ``\\``, ``|``, CR, LF, tab escaped as ``\\\\``,
    ``\\|``, ``\\r``, ``\\n``, ``\\t``, the other line breaks as ``\\uXXXX``."""
    if not any(c in text for c in "\\|") and BREAKS.isdisjoint(text):
        return text
    return "".join(_ESCAPES.get(c) or (f"\\u{ord(c):04x}" if c in BREAKS else c) for c in text)


def fragments(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """``[start, end)`` cut at line breaks (and tabs, which would break the ``.ann``
    line) into the non-empty pieces brat can show."""
    pieces: list[tuple[int, int]] = []
    begin = start
    for i in range(start, end):
        if text[i] in BREAKS:
            if i > begin:
                pieces.append((begin, i))
            begin = i + 1
    if end > begin:
        pieces.append((begin, end))
    return pieces


class _Tree:
    """Files written into a folder or into a zip under the same relative names."""

    def __init__(self, ctx: WriteContext) -> None:
        self.zip: zipfile.ZipFile | None = None
        self.folder: Path | None = None
        if ctx.out.suffix.lower() == ".zip":
            self.zip = ctx.target.open_zip(ctx.out)
        else:
            self.folder = ctx.target.directory(ctx.out)
        ctx.files.append(ctx.out)

    def write(self, name: str, text: str) -> None:
        if self.zip is not None:
            self.zip.writestr(name, text.encode("utf-8"))
        else:
            assert self.folder is not None
            (self.folder / name).write_text(text, encoding="utf-8", newline="")

    def close(self) -> None:
        if self.zip is not None:
            self.zip.close()


def _ann(
    ctx: WriteContext, article: Article, annotations: list[Annotation]
) -> tuple[str, set[str]]:
    text = article.text
    schema = ctx.schema
    numbers: dict[str, int] = {}
    lines: list[str] = []
    kinds: set[str] = set()
    n_attr = n_note = n_rel = 0
    for annotation in annotations:
        pieces = fragments(text, annotation.start, annotation.end)
        if not pieces:
            ctx.counts.skip(Message("span of line breaks only"))
            continue
        ctx.counts.count(annotation.label)
        t = len(numbers) + 1
        numbers[annotation.id] = t
        label = schema.label(annotation.label)
        kind = brat_type(label.name if label else annotation.label)
        where = ";".join(f"{s} {e}" for s, e in pieces)
        quote = " ".join(text[s:e] for s, e in pieces)
        lines.append(f"T{t}\t{kind} {where}\t{quote}")
        extras: list[str] = []
        for name, value in annotation.attributes.items():
            attr = label.attribute(name) if label else None
            attr_kind = attr.kind if attr else AttributeKind.TEXT
            if attr_kind == AttributeKind.CHOICE:
                n_attr += 1
                lines.append(f"A{n_attr}\t{brat_type(name)} T{t} {brat_type(str(value))}")
            elif attr_kind == AttributeKind.BOOLEAN:
                if value:
                    n_attr += 1
                    lines.append(f"A{n_attr}\t{brat_type(name)} T{t}")
                else:  # brat's absent binary attribute means "not set"; a no is said
                    extras.append(f"{name}=no")
            else:
                extras.append(f"{name}={_value(str(value))}")
        image = image_of(article, annotation)
        if image is not None:
            where = f"sha256:{image.sha256}" if image.sha256 else f"offset:{image.offset}"
            extras.append(f"image={where}")
        extras += [
            f"annotator={_value(annotation.annotator)}",
            f"id={annotation.id}",
            f"created={iso(annotation.created)}",
            f"updated={iso(annotation.updated)}",
        ]
        n_note += 1
        note = " | ".join([_value(annotation.note), *extras])
        lines.append(f"#{n_note}\tAnnotatorNotes T{t}\t{note}")
    for annotation in annotations:
        for link in annotation.links:
            source, target = numbers.get(annotation.id), numbers.get(link.target)
            if source is None or target is None:
                ctx.counts.skip(Message("link to an annotation in another article"))
                continue
            n_rel += 1
            kinds.add(brat_type(link.kind))
            lines.append(f"R{n_rel}\t{brat_type(link.kind)} Arg1:T{source} Arg2:T{target}")
    return "".join(line + "\n" for line in lines), kinds


def annotation_conf(schema: Schema, kinds: set[str]) -> str:
    lines = ["# Written by Marginalia; types are the label names with _ for other characters."]
    lines.append("[entities]")
    lines += [brat_type(label.name) for label in schema.labels]
    lines.append("[relations]")
    lines.append("<OVERLAP>\tArg1:<ENTITY>, Arg2:<ENTITY>, <OVL-TYPE>:<ANY>")
    lines += [f"{kind}\tArg1:<ENTITY>, Arg2:<ENTITY>" for kind in sorted(kinds | {"supports"})]
    lines += ["[events]", "[attributes]"]
    owners: dict[str, list[str]] = {}
    values: dict[str, list[str]] = {}
    for label in schema.labels:
        for attr in label.attributes:
            if attr.kind not in (AttributeKind.CHOICE, AttributeKind.BOOLEAN):
                continue
            name = brat_type(attr.name)
            owners.setdefault(name, []).append(brat_type(label.name))
            for choice in attr.choices:
                if brat_type(choice) not in values.setdefault(name, []):
                    values[name].append(brat_type(choice))
    for name, labels in owners.items():
        choices = values.get(name)
        tail = f", Value:{'|'.join(choices)}" if choices else ""
        lines.append(f"{name}\tArg:{'|'.join(labels)}{tail}")
    return "\n".join(lines) + "\n"


def write(ctx: WriteContext) -> None:
    tree = _Tree(ctx)
    try:
        _write_tree(ctx, tree)
    finally:
        tree.close()


def _write_tree(ctx: WriteContext, tree: _Tree) -> None:
    kinds: set[str] = set()
    for bundle in ctx.bundles:
        article = bundle.article
        ctx.counts.articles += 1
        stem = f"article-{article.id}"
        tree.write(f"{stem}.txt", article.text)
        ann, seen = _ann(ctx, article, list(bundle.annotations))
        kinds |= seen
        tree.write(f"{stem}.ann", ann)
        if ctx.options.with_texts:  # the title, URL and image list; the text is the .txt
            tree.write(f"{stem}.json", dumps(article_json(article) | {"text": None}) + "\n")
    tree.write("annotation.conf", annotation_conf(ctx.schema, kinds))
    extra: dict[str, Any] = {"brat": {"container": "zip" if tree.zip else "folder"}}
    ctx.extra.update(extra)
    if tree.zip is not None and ctx.options.with_manifest:
        tree.write("manifest.json", dumps(ctx.manifest()) + "\n")
        ctx.manifest_written = True
