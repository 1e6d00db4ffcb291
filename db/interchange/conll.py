"""CoNLL: one token per line with BIO tags (ADR 0050).

Two layouts:

- ``ner`` (default): ``token<TAB>tag``, one tag column for all labels — what NER trainers
  read (``spacy convert -c ner``, flair's ``ColumnCorpus``, seqeval). Documents start with
  spaCy's and CoNLL-2003's delimiter line ``-DOCSTART- -X- O O`` and a blank line. Spans of
  any label that overlap cannot share one column: the outermost (then earliest) is kept and
  the others are counted in the manifest (``skipped``).
- ``columns``: one tag column per label, in schema order (``ExportOptions.conll_layers``
  columns per label: ``Claim``, ``Claim#2``, …), so spans of different labels overlap
  freely; spans of one label that overlap are placed outermost-first into its layers and
  the ones left over are counted. Documents start with ``-DOCSTART-`` and ``O`` tags.

Tags follow ``ExportOptions.conll_scheme``: ``iob2`` (``B-``/``I-``/``O``; spaCy reads it) or
``bioes`` (``S-`` for a one-token span, ``E-`` for a span's last token). Tag types are the
label names with characters other than letters, digits, ``_`` and ``-`` replaced by ``_``.
Sentences end at ``. ! ? 。 ！ ？`` and at line breaks (never inside a span) and are
separated by a blank line; the manifest lists the article ids in order.

Tokens: runs of letters and digits, every CJK character (including extension planes),
every other non-space character (punctuation, emoji) on its own; tokens are also cut at every
span boundary so each span is exactly a run of tokens.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence
from typing import IO

from ..messages import Message
from ..values import Annotation, Article
from .brat import brat_type
from .common import article_json, dumps
from .context import WriteContext

_CJK = (
    "\u2e80-\u2fdf\u3040-\u30ff\u3100-\u312f\u3190-\u31ff\u3400-\u4dbf\u4e00-\u9fff"
    "\uf900-\ufaff\U00020000-\U0003ffff"
)
TOKEN = re.compile(rf"[{_CJK}]|[^\W{_CJK}]+|\S")
SENTENCE_END = frozenset(".!?。！？")


def tokenize(text: str, cuts: Sequence[int] = ()) -> list[tuple[int, int]]:
    """Token spans of ``text``, cut again at each offset in ``cuts``."""
    tokens = [m.span() for m in TOKEN.finditer(text)]
    if not cuts:
        return tokens
    inner = sorted(set(cuts))
    result: list[tuple[int, int]] = []
    for start, end in tokens:
        i = bisect.bisect_right(inner, start)
        while i < len(inner) and inner[i] < end:
            result.append((start, inner[i]))
            start = inner[i]
            i += 1
        result.append((start, end))
    return result


def _layers(
    annotations: Sequence[Annotation], columns: dict[str, int], depth: int
) -> tuple[list[list[Annotation]], int]:
    """Spans per tag column, outermost first; also how many found no room. ``columns``
    maps a label to its first column (all 0 for one shared column)."""
    layers: list[list[Annotation]] = [[] for _ in range((max(columns.values()) + 1) * depth)]
    last_end = [-1] * len(layers)
    left = 0
    for a in sorted(annotations, key=lambda a: (a.start, -a.end)):
        base = columns.get(a.label)
        if base is None:
            left += 1
            continue
        for k in range(base * depth, base * depth + depth):
            if a.start >= last_end[k]:
                layers[k].append(a)
                last_end[k] = a.end
                break
        else:
            left += 1
    return layers, left


def _tags(n: int, bioes: bool) -> list[str]:
    if not bioes:
        return ["B"] + ["I"] * (n - 1)
    if n == 1:
        return ["S"]
    return ["B"] + ["I"] * (n - 2) + ["E"]


def _write_article(
    out: IO[str],
    article: Article,
    annotations: Sequence[Annotation],
    ctx: WriteContext,
    columns: dict[str, int],
    types: list[str],
    header: str,
) -> None:
    depth = 1 if not types else ctx.options.conll_layers
    bioes = ctx.options.conll_scheme == "bioes"
    tag_types = {label.id: brat_type(label.name) for label in ctx.schema.labels}
    text = article.text
    layers, left = _layers(annotations, columns, depth)
    if left:
        reason = (
            Message("span overlapping another of its label beyond the layers")
            if types
            else Message("span overlapping another span (one tag column; use the columns layout)")
        )
        ctx.counts.skip(reason, left)
    cuts = [x for a in annotations for x in (a.start, a.end)]
    tokens = tokenize(text, cuts)
    tags = [["O"] * len(layers) for _ in tokens]
    starts = [s for s, _ in tokens]
    for k, layer in enumerate(layers):
        for a in layer:
            i = bisect.bisect_left(starts, a.start)
            inside = []
            while i < len(tokens) and tokens[i][1] <= a.end:
                inside.append(i)
                i += 1
            if not inside:
                ctx.counts.skip(Message("span without a token (only spaces)"))
                continue
            ctx.counts.count(a.label)
            kind = types[k] if types else tag_types[a.label]
            for j, tag in zip(inside, _tags(len(inside), bioes), strict=True):
                tags[j][k] = f"{tag}-{kind}"
    out.write(header)
    spans = sorted((a.start, a.end) for layer in layers for a in layer)
    lines: list[str] = []
    for i, (start, end) in enumerate(tokens):
        lines.append(text[start:end] + "\t" + "\t".join(tags[i]))
        if i + 1 == len(tokens):
            break
        following = tokens[i + 1][0]
        boundary = text[end - 1] in SENTENCE_END or any(c in "\r\n" for c in text[end:following])
        if boundary and not any(s < end and e > following for s, e in spans):
            out.write("\n".join(lines) + "\n\n")
            lines = []
    if lines:
        out.write("\n".join(lines) + "\n\n")


LAYOUTS = ("ner", "columns")
SCHEMES = ("iob2", "bioes")
#: spaCy's document delimiter (``conll_ner_to_docs``), also CoNLL-2003's first line.
DOCSTART = "-DOCSTART- -X- O O"


def write(ctx: WriteContext) -> None:
    layout = ctx.options.layout or "ner"
    if layout not in LAYOUTS:
        raise ValueError(
            Message("conll has no layout {layout} (use ner or columns)", layout=repr(layout))
        )
    if ctx.options.conll_scheme not in SCHEMES:
        raise ValueError(
            Message(
                "no tag scheme {scheme} (use iob2 or bioes)", scheme=repr(ctx.options.conll_scheme)
            )
        )
    out = ctx.target.open_text(ctx.out)
    ctx.files.append(ctx.out)
    articles = None
    if ctx.options.with_texts:
        articles = ctx.target.open_text(ctx.articles_path)
        ctx.files.append(ctx.articles_path)
    depth = max(1, ctx.options.conll_layers)
    if layout == "ner":
        columns = {label.id: 0 for label in ctx.schema.labels}
        types: list[str] = []
        header = DOCSTART + "\n\n"
        names = ["tag"]
    else:
        columns = {label.id: n for n, label in enumerate(ctx.schema.labels)}
        types = [brat_type(label.name) for label in ctx.schema.labels for _ in range(depth)]
        header = "-DOCSTART-" + "\tO" * len(types) + "\n\n"
        names = [
            f"{brat_type(label.name)}" + (f"#{k + 1}" if k else "")
            for label in ctx.schema.labels
            for k in range(depth)
        ]
    order: list[int] = []
    for bundle in ctx.bundles:
        ctx.counts.articles += 1
        order.append(bundle.article.id)
        if articles is not None:
            articles.write(dumps(article_json(bundle.article)) + "\n")
        _write_article(out, bundle.article, bundle.annotations, ctx, columns, types, header)
    ctx.extra["conll"] = {
        "layout": layout,
        "columns": ["token", *names],
        "documents": order,
        "scheme": ctx.options.conll_scheme.upper(),
    }
