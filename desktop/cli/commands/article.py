"""``article ID [--json]``: one article whole."""

from __future__ import annotations

import argparse
from typing import Any

from marginalia.db.values import Annotation

from ..context import OK, Context

EXAMPLES = """
  marginalia-cli article 1
  marginalia-cli article 1 --json > article-1.json
"""


def register(commands: Any) -> None:
    parser = commands.add_parser("article", help="show one article with its annotations")
    parser.add_argument("id", type=int, metavar="ID")
    parser.add_argument("--json", action="store_true", help="print the article as JSON")
    parser.set_defaults(run=run)


def annotation_json(a: Annotation) -> dict[str, Any]:
    return {
        "id": a.id,
        "label": a.label,
        "start": a.start,
        "end": a.end,
        "quote": a.quote,
        "attributes": dict(a.attributes),
        "note": a.note,
        "image": a.image_id,
        "links": [{"target": link.target, "type": link.kind} for link in a.links],
        "annotator": a.annotator,
        "created": a.created.isoformat(),
        "updated": a.updated.isoformat(),
    }


def run(args: argparse.Namespace, ctx: Context) -> int:
    article = ctx.store.article(args.id)
    annotations = ctx.store.annotations(args.id)
    if args.json:
        ctx.print_json(
            {
                "id": article.id,
                "title": article.title,
                "source": article.source,
                "url": article.url,
                "author": article.author,
                "published": article.published,
                "language": article.language,
                "encoding": article.encoding,
                "text": article.text,
                "images": [
                    {
                        "id": i.id,
                        "name": i.name,
                        "offset": i.offset,
                        "width": i.width,
                        "height": i.height,
                        "caption": i.caption,
                    }
                    for i in article.images
                ],
                "annotations": [annotation_json(a) for a in annotations],
            }
        )
        return OK
    ctx.print(f"# {article.title}")
    ctx.print(
        f"source: {article.source}  encoding: {article.encoding}  language: {article.language}"
    )
    ctx.print()
    ctx.print(article.text)
    ctx.print()
    for image in article.images:
        kind = "placeholder" if image.is_placeholder else f"{image.width}×{image.height}"
        ctx.print(f"image {image.id} at {image.offset} ({kind}): {image.name} — {image.caption}")
    for a in annotations:
        ctx.print(f"{a.label:<8} {a.start:>6}–{a.end:<6} {a.annotator:<12} {a.quote!r}")
    return OK
