"""CoNLL (BIO, one token per line) (ADR 0050).

Each line is the token, then one BIO tag column per label of the schema (in schema order,
``ExportOptions.conll_layers`` columns per label): ``B-Claim``/``I-Claim``/``O``, separated by
tabs. Tag types are the label names with characters other than letters, digits, ``_`` and
``-`` replaced by ``_``. Sentences end at ``. ! ? 。 ！ ？`` and at line breaks (never inside
a span) and are separated by a blank line; each article starts with a ``-DOCSTART-`` line
and a blank line (CoNLL-2003); the manifest lists the article ids in order.

Tokens: runs of letters and digits, every CJK character (including extension planes),
every other non-space character (punctuation, emoji) on its own; tokens are also cut at every
span boundary so each span is exactly a run of tokens. Overlapping spans of different labels
sit in their own columns; spans of one label that overlap are placed outermost-first into
that label's layers, and the ones left over are counted in the manifest (``skipped``).
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence
from typing import IO

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
    """Spans per tag column, outermost first; also how many found no room."""
    layers: list[list[Annotation]] = [[] for _ in range(len(columns) * depth)]
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


def _write_article(
    out: IO[str],
    article: Article,
    annotations: Sequence[Annotation],
    ctx: WriteContext,
    columns: dict[str, int],
    types: list[str],
) -> None:
    depth = ctx.options.conll_layers
    text = article.text
    layers, left = _layers(annotations, columns, depth)
    if left:
        ctx.counts.skip("span overlapping another of its label beyond the layers", left)
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
                ctx.counts.skip("span without a token (only spaces)")
                continue
            ctx.counts.count(a.label)
            kind = types[k]
            tags[inside[0]][k] = f"B-{kind}"
            for j in inside[1:]:
                tags[j][k] = f"I-{kind}"
    out.write("-DOCSTART-" + "\tO" * len(layers) + "\n\n")
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


def write(ctx: WriteContext) -> None:
    out = ctx.target.open_text(ctx.out)
    ctx.files.append(ctx.out)
    articles = None
    if ctx.options.with_texts:
        articles = ctx.target.open_text(ctx.articles_path)
        ctx.files.append(ctx.articles_path)
    depth = max(1, ctx.options.conll_layers)
    columns = {label.id: n for n, label in enumerate(ctx.schema.labels)}
    types = [brat_type(label.name) for label in ctx.schema.labels for _ in range(depth)]
    order: list[int] = []
    for bundle in ctx.bundles:
        ctx.counts.articles += 1
        order.append(bundle.article.id)
        if articles is not None:
            articles.write(dumps(article_json(bundle.article)) + "\n")
        _write_article(out, bundle.article, bundle.annotations, ctx, columns, types)
    names = [
        f"{brat_type(label.name)}" + (f"#{k + 1}" if k else "")
        for label in ctx.schema.labels
        for k in range(depth)
    ]
    ctx.extra["conll"] = {"columns": ["token", *names], "documents": order, "scheme": "IOB2"}
