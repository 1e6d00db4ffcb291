"""``suggest``: proposed spans; accepting them; the decisions made about them; learning.

suggest [--article ID]… [--label L]… [--min-confidence C] [--dates] [--accept] [--json]
suggest --export-decisions FILE [--label L]…     (JSON Lines, or CSV for a .csv name)
suggest --learn | --forget-learning
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from marginalia.db.suggest import DEFAULT_THRESHOLD, LABELS
from marginalia.db.suggest.decisions import decisions, write_decisions
from marginalia.db.suggest.review import accept, forget_learning, learn, proposals

from .. import counted
from ..context import FAILED, OK, Context

EXAMPLES = """
  marginalia-cli suggest --article 1 --min-confidence 0.5
  marginalia-cli --annotator bot suggest --label figure --accept --json > accepted.json
  marginalia-cli suggest --export-decisions decisions.csv
"""


def register(commands: Any) -> None:
    parser = commands.add_parser(
        "suggest",
        help="list proposed claims, figures and captions (--accept stores them)",
        description=(
            "Suggestions are shown from the most to the least confident, as in the app; "
            f"those below --min-confidence (default {DEFAULT_THRESHOLD}, the app's default "
            "threshold) are left out. A text the annotator rejected is not suggested again."
        ),
    )
    parser.add_argument(
        "--article",
        type=int,
        action="append",
        metavar="ID",
        help="only this article (repeatable; default: all)",
    )
    parser.add_argument("--label", action="append", help="only this label (repeatable)")
    parser.add_argument(
        "--min-confidence",
        type=_confidence,
        default=DEFAULT_THRESHOLD,
        metavar="C",
        help=f"leave out suggestions below this confidence, 0 to 1 (default {DEFAULT_THRESHOLD})",
    )
    parser.add_argument(
        "--dates",
        action="store_true",
        help='also propose dates and times as figures of kind "date" (value: an ISO date)',
    )
    parser.add_argument("--no-dates", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument(
        "--accept",
        action="store_true",
        help="store the suggestions as annotations of the current annotator",
    )
    actions = parser.add_mutually_exclusive_group()
    actions.add_argument(
        "--export-decisions",
        type=Path,
        metavar="FILE",
        help="write every accept and reject made about suggestions (JSON Lines, or CSV)",
    )
    actions.add_argument(
        "--learn",
        action="store_true",
        help="fit the model that re-scores suggestions from the decisions made so far",
    )
    actions.add_argument(
        "--forget-learning",
        action="store_true",
        help="drop what was learned: suggestions are scored by the detectors alone",
    )
    parser.add_argument("--json", action="store_true", help="print the result as JSON")
    parser.set_defaults(run=run)


def _confidence(text: str) -> float:
    try:
        value = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a number") from None
    if not 0.0 <= value <= 1.0:
        raise argparse.ArgumentTypeError(f"{text} is not between 0 and 1")
    return value


def run(args: argparse.Namespace, ctx: Context) -> int:
    store = ctx.store
    labels = None
    if args.label:
        labels = [store.label(name).id for name in args.label]
        for label in labels:
            if label not in LABELS:
                ctx.note(f"no detector proposes {label!r}; detectors exist for {', '.join(LABELS)}")
    if args.export_decisions is not None:
        return _export(args, ctx, labels)
    if args.learn:
        return _learn(args, ctx, labels)
    if args.forget_learning:
        forget_learning(store)
        if args.json:
            ctx.print_json({"forgotten": True})
        else:
            ctx.print("Suggestions are scored by the detectors alone again.")
        return OK
    ids = args.article or store.article_ids()
    found = []
    accepted = 0
    job = ctx.job("suggesting", "articles")
    for article_id in job.each(ids):
        shown = proposals(
            store,
            article_id,
            ctx.annotator,
            labels=labels,
            include_dates=args.dates,
            min_confidence=args.min_confidence,
        )
        for proposal in shown:
            found.append(proposal)
            if args.accept:
                accept(store, proposal, ctx.annotator)
                accepted += 1
    if args.json:
        ctx.print_json([p.to_json() for p in found])
    else:
        ranked = sorted(found, key=lambda p: (p.article_id, -p.suggestion.confidence))
        for p in ranked:
            s = p.suggestion
            ctx.print(
                f"{p.article_id:>6} {s.label:<8} {s.start:>6}–{s.end:<6} "
                f"{s.confidence:.2f}  {p.quote!r}"
            )
        ctx.print(
            counted(len(found), "suggestion") + (f", {accepted} accepted" if args.accept else "")
        )
    if job.interrupted:
        return job.summary(
            f"{counted(len(found), 'suggestion')} in the articles read"
            + (f", {accepted} accepted and stored" if args.accept else "")
        )
    return OK


def _export(args: argparse.Namespace, ctx: Context, labels: list[str] | None) -> int:
    target: Path = args.export_decisions
    if not target.parent.is_dir():
        ctx.note(f"cannot write {target}: the folder {target.parent} does not exist")
        return FAILED
    chosen = [item for item in decisions(ctx.store) if labels is None or item.label in labels]
    written = write_decisions(chosen, target)
    if args.json:
        ctx.print_json({"decisions": written, "out": str(target)})
    else:
        ctx.print(f"{counted(written, 'decision')} written to {target}")
    return OK


def _learn(args: argparse.Namespace, ctx: Context, labels: list[str] | None) -> int:
    report = learn(ctx.store, labels=labels)
    if args.json:
        ctx.print_json(
            [
                {
                    "label": item.label,
                    "decisions": item.decisions,
                    "accepted": item.accepted,
                    "trained": item.trained,
                    "seconds": round(item.seconds, 3),
                }
                for item in report
            ]
        )
        return OK
    if not report:
        ctx.print("No decisions yet: accept or reject some suggestions first.")
    for item in report:
        if item.trained:
            ctx.print(
                f"{item.label}: learned from {counted(item.decisions, 'decision')} "
                f"({item.accepted} accepted) in {item.seconds:.2f} s"
            )
        else:
            ctx.print(
                f"{item.label}: {counted(item.decisions, 'decision')}, not enough to learn "
                "from yet "
                "(it needs some of each, accepted and rejected, and at least 20)"
            )
    return OK
