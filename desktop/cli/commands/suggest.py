"""``suggest [--article ID] [--label L] [--accept] [--json]``: proposed spans."""

from __future__ import annotations

import argparse
from typing import Any

from marginalia.db.suggest import LABELS
from marginalia.db.suggest.review import accept, proposals

from ..context import OK, Context

EXAMPLES = """
  marginalia-cli suggest --article 1 --label figure
  marginalia-cli --annotator bot suggest --label figure --no-dates --accept --json > accepted.json
"""


def register(commands: Any) -> None:
    parser = commands.add_parser(
        "suggest", help="list proposed claims, figures and captions (--accept stores them)"
    )
    parser.add_argument(
        "--article",
        type=int,
        action="append",
        metavar="ID",
        help="only this article (repeatable; default: all)",
    )
    parser.add_argument("--label", action="append", help="only this label (repeatable)")
    parser.add_argument("--no-dates", action="store_true", help="do not propose dates as figures")
    parser.add_argument(
        "--accept",
        action="store_true",
        help="store the suggestions as annotations of the current annotator",
    )
    parser.add_argument("--json", action="store_true", help="print the suggestions as JSON")
    parser.set_defaults(run=run)


def run(args: argparse.Namespace, ctx: Context) -> int:
    store = ctx.store
    labels = None
    if args.label:
        labels = [store.label(name).id for name in args.label]
        for label in labels:
            if label not in LABELS:
                ctx.note(f"no detector proposes {label!r}; detectors exist for {', '.join(LABELS)}")
    ids = args.article or store.article_ids()
    found = []
    accepted = 0
    job = ctx.job("suggesting", "articles")
    for article_id in job.each(ids):
        for proposal in proposals(
            store, article_id, ctx.annotator, labels=labels, include_dates=not args.no_dates
        ):
            found.append(proposal)
            if args.accept:
                accept(store, proposal, ctx.annotator)
                accepted += 1
    if args.json:
        ctx.print_json([p.to_json() for p in found])
    else:
        for p in found:
            s = p.suggestion
            ctx.print(
                f"{p.article_id:>6} {s.label:<8} {s.start:>6}–{s.end:<6} "
                f"{s.confidence:.2f}  {p.quote!r}"
            )
        ctx.print(f"{len(found)} suggestion(s)" + (f", {accepted} accepted" if args.accept else ""))
    if job.interrupted:
        return job.summary(
            f"{len(found)} suggestion(s) in the articles read"
            + (f", {accepted} accepted and stored" if args.accept else "")
        )
    return OK
