"""Reading brat standoff (``.txt`` + ``.ann``): a folder, a zip, or one ``.ann`` file.

What comes in: ``T`` lines as spans (offsets are code points of the ``.txt``; a span of
several fragments becomes the span that covers them when only white space lies between
them, as our export writes a span that crosses a line break), ``A`` lines as attributes
(a binary attribute as yes), ``R`` lines as links (``Arg1`` → ``Arg2``, the relation type as
the kind), ``#`` ``AnnotatorNotes`` as the note — with the `` | key=value`` tail our export
writes for what brat has no line for (text and number attributes, image, annotator, id,
times). Events (``E``), normalizations (``N``) and equivalences (``*``) have no place in
Marginalia: each is reported as left out. Lines are split on ``\\n`` only.
"""

from __future__ import annotations

import hashlib
import itertools
import re
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..messages import Message, reason_of
from .foreign import ArticleRef, ForeignSpan, ImageRef, Problem, ReadOptions, local_id, parse_time

Record = ForeignSpan | Problem

#: The keys of the note tail that are not attributes.
_META = {"annotator", "id", "created", "updated", "image"}
_UNESCAPE = re.compile(r"\\(u[0-9a-fA-F]{4}|.)")
_SIMPLE = {"\\": "\\", "|": "|", "r": "\r", "n": "\n", "t": "\t"}


def unescape(value: str) -> str:
    """The inverse of the export's escaping of note values (ADR 0050)."""

    def one(match: re.Match[str]) -> str:
        code = match.group(1)
        if code.startswith("u") and len(code) == 5:
            return chr(int(code[1:], 16))
        return _SIMPLE.get(code, "\\" + code)

    return _UNESCAPE.sub(one, value)


def _split_note(note: str) -> tuple[str, dict[str, str]]:
    """The note and the ``key=value`` tail, split on unescaped `` | ``."""
    parts = re.split(r"(?<!\\) \| ", note)
    head, tail = parts[0], parts[1:]
    pairs: dict[str, str] = {}
    for part in tail:
        key, sep, value = part.partition("=")
        if not sep or not key or " " in key:
            return unescape(note), {}  # not our tail: all of it is the note
        pairs[key] = unescape(value)
    return unescape(head), pairs


@dataclass(slots=True)
class _Span:
    line: int
    label: str
    pieces: list[tuple[int, int]]
    quote: str
    attributes: dict[str, Any] = field(default_factory=dict)
    note: str = ""
    extras: dict[str, str] = field(default_factory=dict)
    links: list[tuple[str, str]] = field(default_factory=list)


def _documents(path: Path) -> Iterator[tuple[str, str, str]]:
    """``(name, text, ann)`` of each document under ``path``."""
    if path.suffix.lower() == ".zip":
        with zipfile.ZipFile(path) as archive:
            names = set(archive.namelist())
            for name in sorted(n for n in names if n.endswith(".ann")):
                txt = name[:-4] + ".txt"
                text = archive.read(txt).decode("utf-8") if txt in names else None
                yield name, text or "", archive.read(name).decode("utf-8")
        return
    files = sorted(path.rglob("*.ann")) if path.is_dir() else [path.with_suffix(".ann")]
    for ann in files:
        beside = ann.with_suffix(".txt")
        # bytes decoded as they are: brat counts a CRLF as two characters
        text = beside.read_bytes().decode("utf-8") if beside.is_file() else ""
        name = str(ann.relative_to(path) if path.is_dir() else ann.name)
        yield name, text, ann.read_bytes().decode("utf-8")


def read_brat(path: Path, options: ReadOptions) -> Iterator[Record]:
    if not path.exists():
        return
    for name, text, ann in _documents(path):
        if not text:
            yield Problem(name, Message("there is no .txt beside it (brat keeps the text there)"))
            continue
        yield from _document(name, text, ann)


def _document(name: str, text: str, ann: str) -> Iterator[Record]:
    spans: dict[str, _Span] = {}
    later: list[tuple[int, str, str]] = []
    for number, line in enumerate(ann.split("\n"), start=1):
        line = line.removesuffix("\r")
        if not line.strip():
            continue
        ident, _, rest = line.partition("\t")
        if ident.startswith("T"):
            try:
                spans[ident] = _text_bound(number, rest)
            except ValueError as error:
                yield Problem(_line(name, number), reason_of(error))
        else:
            later.append((number, ident, rest))
    for number, ident, rest in later:
        problem = _apply(ident, rest, spans)
        if problem:
            yield Problem(_line(name, number), problem)
    text_key = hashlib.sha256(text.encode("utf-8")).hexdigest()
    ids = {
        t: local_id(s.extras["id"]) if "id" in s.extras else local_id(f"brat/{text_key}/{t}")
        for t, s in spans.items()
    }
    ref = ArticleRef(text=text)
    for t, span in spans.items():
        where = Message(
            "{document} line {number} ({span})", document=name, number=span.line, span=t
        )
        pieces = sorted(span.pieces)
        start, end = pieces[0][0], pieces[-1][1]
        if not 0 <= start < end <= len(text):
            yield Problem(
                where,
                Message(
                    "span {start}–{end} lies outside the text ({length})",
                    start=start,
                    end=end,
                    length=len(text),
                ),
            )
            continue
        gaps = [text[e:s] for (_, e), (s, _) in itertools.pairwise(pieces)]
        if any(gap.strip() for gap in gaps):
            yield Problem(
                where,
                Message(
                    "a discontinuous span (words between its fragments): Marginalia stores one "
                    "continuous span"
                ),
            )
            continue
        joined = " ".join(text[s:e] for s, e in pieces)
        if joined != span.quote:
            yield Problem(
                where,
                Message(
                    "its text {quote} is not the document's text there",
                    quote=repr(span.quote[:40]),
                ),
            )
            continue
        links = []
        for kind, target in span.links:
            if target not in ids:
                yield Problem(
                    where,
                    Message(
                        "its relation {kind} points at {target}, which is no span",
                        kind=kind,
                        target=target,
                    ),
                )
                continue
            links.append((kind, ids[target]))
        yield ForeignSpan(
            record=where,
            id=ids[t],
            article=ref,
            label=span.label,
            start=start,
            end=end,
            annotator=span.extras.get("annotator"),
            attributes={**span.attributes, **_attributes(span.extras)},
            note=span.note,
            image=_image(span.extras.get("image")),
            links=links,
            created=parse_time(span.extras.get("created")),
            updated=parse_time(span.extras.get("updated")),
            verified=True,
        )


def _attributes(extras: dict[str, str]) -> dict[str, Any]:
    return {k: v for k, v in extras.items() if k not in _META}


def _image(value: str | None) -> ImageRef | None:
    if not value:
        return None
    if value.startswith("sha256:"):
        return ImageRef(sha256=value.removeprefix("sha256:"))
    if value.startswith("offset:") and value[7:].isdigit():
        return ImageRef(offset=int(value[7:]))
    return None


def _text_bound(number: int, rest: str) -> _Span:
    head, _, quote = rest.partition("\t")
    label, _, where = head.partition(" ")
    pieces = []
    for piece in where.split(";"):
        try:
            start, end = (int(x) for x in piece.split())
        except ValueError:
            raise ValueError(
                Message("{piece} is not a 'start end' pair", piece=repr(piece))
            ) from None
        pieces.append((start, end))
    if not label or not pieces:
        raise ValueError(Message("a text-bound line needs a type and offsets"))
    return _Span(number, label, pieces, quote)


def _line(document: str, number: int) -> Message:
    return Message("{document} line {number}", document=document, number=number)


def _apply(ident: str, rest: str, spans: dict[str, _Span]) -> Message | None:
    """Attach an A, R or # line to its span; the reason when it cannot be."""
    head, _, tail = rest.partition("\t")
    fields = head.split()
    if ident.startswith(("A", "M")) and len(fields) >= 2:
        target = spans.get(fields[1])
        if target is None:
            return Message(
                "attribute {name} is on {span}, which is no text span",
                name=fields[0], span=fields[1],
            )  # fmt: skip
        target.attributes[fields[0]] = fields[2] if len(fields) > 2 else True
        return None
    if ident.startswith("R") and len(fields) == 3:
        args = dict(arg.split(":", 1) for arg in fields[1:] if ":" in arg)
        source, target_id = args.get("Arg1"), args.get("Arg2")
        if source not in spans or target_id is None:
            return Message("relation {name} does not join two text spans", name=fields[0])
        spans[source].links.append((fields[0], target_id))
        return None
    if ident.startswith("#") and len(fields) == 2:
        target = spans.get(fields[1])
        if target is None:
            return Message("the note is on {span}, which is no text span", span=fields[1])
        target.note, target.extras = _split_note(tail)
        return None
    if ident[:1] == "E":
        return Message("an event ({id}) has no place in Marginalia; left out", id=ident)
    if ident[:1] == "N":
        return Message("a normalization ({id}) has no place in Marginalia; left out", id=ident)
    if ident[:1] == "*":
        return Message("an equivalence ({id}) has no place in Marginalia; left out", id=ident)
    return Message("cannot read the line {id}", id=repr(ident))
