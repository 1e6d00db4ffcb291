"""``import-annotations``: a file streamed record by record into one transaction.

Records are read in batches (:data:`BATCH` spans): the batch's articles are looked up by
text hash in one query, each span is placed (:func:`.anchoring.place`) and the good ones
are inserted. Memory stays flat in the size of the file. A record that cannot be placed is
reported with its reason and the rest go in (the CLI exits 3); with ``strict`` any problem
rolls the whole file back and nothing of it is stored. Links are checked once every span
of the file is in (a link may point forward), and a re-import is a no-op: an id already
stored is left alone.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, insert, select

from ..connection import writing
from ..messages import Message, reason_of
from ..reading import chunks, read_images
from ..store import Store
from ..tables import ART, LINK, A
from ..values import Changes
from .anchoring import LabelMatcher, Placed, Target, place, text_sha256
from .foreign import AnnotationImportError, ArticleRef, ForeignSpan, Problem, ReadOptions
from .jsonstream import Unreadable
from .readers import READERS
from .suggestions import store_predictions
from .units import Normalized

#: Spans placed and inserted together.
BATCH = 2000
#: Articles kept at hand between batches (the spans of one article usually follow each other).
ARTICLE_CACHE = 256


class _Rollback(Exception):
    """Leaves the write transaction without committing (strict mode found problems)."""


@dataclass(slots=True)
class AnnotationImportReport:
    imported: list[str] = field(default_factory=list)
    #: Ids already in the database (an earlier import of the same file); left as they are.
    already: list[str] = field(default_factory=list)
    #: Records whose offsets disagreed with their quote and were moved onto it.
    reanchored: list[str] = field(default_factory=list)
    #: Records (or parts of records) left out, each with its reason.
    problems: list[Problem] = field(default_factory=list)
    #: A file's label name → our label it was taken as (only names that differ).
    labels: dict[str, str] = field(default_factory=dict)
    #: Pre-annotations stored as suggestions to review (Label Studio ``predictions``).
    suggestions: int = 0
    changes: Changes = field(default_factory=Changes)

    def to_json(self) -> dict[str, Any]:
        return {
            "imported": len(self.imported),
            "already": len(self.already),
            "suggestions": self.suggestions,
            "reanchored": list(self.reanchored),
            "labels": dict(self.labels),
            "problems": [{"record": p.record, "reason": p.reason} for p in self.problems],
        }


def import_annotations(
    store: Store,
    fmt: str,
    path: Path,
    default_annotator: str | None = None,
    *,
    strict: bool = False,
    offset_unit: str | None = None,
    progress: Callable[[int], None] | None = None,
) -> AnnotationImportReport:
    """Read ``path`` in ``fmt`` and store what can be placed; report the rest.

    Raises :class:`AnnotationImportError` when nothing could be stored although the file
    named something, or (``strict``) when any record has a problem — then nothing is stored.
    ``progress`` is called with the number of records read so far, after each batch.
    """
    reader = READERS.get(fmt)
    if reader is None:
        known = ", ".join(READERS)
        cannot = Message("cannot read {format} ({known})", format=fmt, known=known)
        raise AnnotationImportError(str(path), [Problem(str(path), cannot)])
    if not path.exists():
        missing = Message("there is no such file")
        raise AnnotationImportError(str(path), [Problem(path.name, missing)])
    options = ReadOptions(offset_unit=offset_unit or "utf16")
    run = _Run(store, fmt, path, default_annotator, progress)
    try:
        with writing(store) as conn:
            run.conn = conn
            for batch in _batches(reader(path, options)):
                run.batch(batch)
            run.finish_links()
            if strict and run.report.problems:
                raise _Rollback
    except _Rollback:
        raise AnnotationImportError(str(path), run.report.problems) from None
    except Unreadable as error:
        raise AnnotationImportError(str(path), [Problem(path.name, reason_of(error))]) from None
    except (OSError, UnicodeDecodeError) as error:  # the system's words, shown as they are
        raise AnnotationImportError(str(path), [Problem(path.name, str(error))]) from None
    report = run.report
    report.labels = dict(run.labels.mapped)
    if not run.records:
        empty = Problem(path.name, Message("the file holds no annotations"))
        raise AnnotationImportError(str(path), [empty])
    stored = report.imported or report.already or report.suggestions
    if report.problems and not stored:
        raise AnnotationImportError(str(path), report.problems)
    report.changes = Changes(
        articles=frozenset(run.touched), annotations=frozenset(report.imported)
    )
    return report


def _batches(records: Iterable[ForeignSpan | Problem]) -> Iterator[list[ForeignSpan | Problem]]:
    batch: list[ForeignSpan | Problem] = []
    for record in records:
        batch.append(record)
        if len(batch) >= BATCH:
            yield batch
            batch = []
    if batch:
        yield batch


class _Run:
    """The state of one file's import."""

    conn: Connection

    def __init__(
        self,
        store: Store,
        fmt: str,
        path: Path,
        default_annotator: str | None,
        progress: Callable[[int], None] | None,
    ) -> None:
        self.store = store
        self.default_annotator = default_annotator
        self.progress = progress
        self.report = AnnotationImportReport()
        self.labels = LabelMatcher(store.schema())
        self.provenance = {"import": fmt, "file": path.name}
        self.now = datetime.now(UTC)
        self.records = 0
        self.seen: set[str] = set()
        self.touched: set[int] = set()
        self.articles: OrderedDict[str, Target | None] = OrderedDict()
        self.annotators: dict[str, int] = {}
        #: (source id, target id, kind, record) of the links of the spans inserted
        self.links: list[tuple[str, str, str, str]] = []
        self.placed_article: dict[str, int] = {}

    # -- articles ---------------------------------------------------------------------------

    def _key(self, ref: ArticleRef, texts: dict[int, tuple[str, Normalized]]) -> str | None:
        if ref.text is not None:
            found = texts.get(id(ref))
            if found is None:
                normalized = Normalized(ref.text)
                found = texts[id(ref)] = (text_sha256(normalized.text), normalized)
            return found[0]
        return ref.sha256 or (f"url:{ref.url}" if ref.url else None)

    def _load(self, keys: set[str]) -> None:
        """Have the articles of ``keys`` at hand (the least recently used others may go)."""
        for key in keys & self.articles.keys():
            self.articles.move_to_end(key)
        wanted = [k for k in keys if k not in self.articles]
        hashes = [k for k in wanted if not k.startswith("url:")]
        urls = [k[4:] for k in wanted if k.startswith("url:")]
        rows: list[Any] = []
        for part in chunks(hashes):
            rows += self.conn.execute(
                select(ART.c.id, ART.c.sha256, ART.c.text).where(ART.c.sha256.in_(list(part)))
            ).all()
        by_url: dict[str, int] = {}
        for part in chunks(urls):
            for row in self.conn.execute(
                select(ART.c.id, ART.c.url, ART.c.sha256, ART.c.text)
                .where(ART.c.url.in_(list(part)))
                .order_by(ART.c.id.desc())
            ):
                by_url[row.url] = row.id
                rows.append(row)
        images = read_images(self.conn, [r.id for r in rows]) if rows else {}
        found = {r.id: Target(r.id, r.sha256, r.text, tuple(images.get(r.id, []))) for r in rows}
        by_sha = {a.sha256: a for a in found.values()}
        for key in wanted:
            if key.startswith("url:"):
                self.articles[key] = found.get(by_url.get(key[4:], -1))
            else:
                self.articles[key] = by_sha.get(key)
        while len(self.articles) > ARTICLE_CACHE + len(keys):
            self.articles.popitem(last=False)

    # -- spans ------------------------------------------------------------------------------

    def batch(self, batch: list[ForeignSpan | Problem]) -> None:
        report = self.report
        texts: dict[int, tuple[str, Normalized]] = {}
        spans: list[tuple[ForeignSpan, str | None]] = []
        for record in batch:
            self.records += 1
            if isinstance(record, Problem):
                report.problems.append(record)
            else:
                spans.append((record, self._key(record.article, texts)))
        self._load({key for _, key in spans if key is not None})
        rows: list[dict[str, Any]] = []
        predictions: list[tuple[ForeignSpan, Placed]] = []
        for span, key in spans:
            try:
                if span.id in self.seen:
                    raise ValueError(
                        Message("annotation id {id} appears twice in the file", id=span.id)
                    )
                self.seen.add(span.id)
                article = self.articles.get(key) if key else None
                if article is None:
                    raise ValueError(
                        Message(
                            "its text is not in the database ({article})",
                            article=span.article.describe(),
                        )
                    )
                normalized = texts[id(span.article)][1] if span.article.text is not None else None
                placed = place(span, article, normalized, self.labels)
            except ValueError as error:
                report.problems.append(Problem(span.record, reason_of(error)))
                continue
            report.problems += [Problem(span.record, reason) for reason in placed.dropped]
            if placed.moved:
                report.reanchored.append(span.record)
            if span.prediction is not None:
                predictions.append((span, placed))
                continue
            annotator = span.annotator or self.default_annotator
            if not annotator:
                report.problems.append(
                    Problem(
                        span.record,
                        Message("no annotator in the file; give one with --annotator"),
                    )
                )
                continue
            rows.append(self._row(span, placed, annotator))
        self._insert(rows, {r["id"]: r for r in rows}, spans)
        if predictions:
            report.suggestions += store_predictions(self.conn, predictions, self.provenance)
            self.touched.update(p.article_id for _, p in predictions)
        if self.progress is not None:
            self.progress(self.records)

    def _row(self, span: ForeignSpan, placed: Placed, annotator: str) -> dict[str, Any]:
        who = self.annotators.get(annotator)
        if who is None:
            who = self.annotators[annotator] = self.store.annotator_id(self.conn, annotator)
        created = span.created or self.now
        return {
            "id": span.id,
            "article_id": placed.article_id,
            "label_id": placed.label,
            "start": placed.start,
            "end": placed.end,
            "quote": placed.quote,
            "prefix": placed.prefix,
            "suffix": placed.suffix,
            "attributes": placed.attributes,
            "note": span.note,
            "image_id": placed.image_id,
            "annotator_id": who,
            "created": created,
            "updated": span.updated or created,
            "revision": 1,
            "deleted": None,
            "provenance": self.provenance,
        }

    def _insert(
        self,
        rows: list[dict[str, Any]],
        by_id: dict[str, dict[str, Any]],
        spans: list[tuple[ForeignSpan, str | None]],
    ) -> None:
        if not rows:
            return
        present: set[str] = set()
        for part in chunks([r["id"] for r in rows]):
            present.update(self.conn.scalars(select(A.c.id).where(A.c.id.in_(list(part)))))
        fresh = [r for r in rows if r["id"] not in present]
        self.report.already += [r["id"] for r in rows if r["id"] in present]
        if fresh:
            self.conn.execute(insert(A), fresh)
        self.report.imported += [r["id"] for r in fresh]
        self.touched.update(r["article_id"] for r in fresh)
        for span, _ in spans:
            row = by_id.get(span.id)
            if row is None or span.id in present:
                continue
            self.placed_article[span.id] = row["article_id"]
            self.links += [(span.id, target, kind, span.record) for kind, target in span.links]

    def finish_links(self) -> None:
        """Insert the links of the spans inserted, each checked to stay in one article."""
        if not self.links:
            return
        targets = {t for _, t, _, _ in self.links if t not in self.placed_article}
        where: dict[str, int] = {}
        for part in chunks(sorted(targets)):
            where.update(
                self.conn.execute(
                    select(A.c.id, A.c.article_id).where(A.c.id.in_(list(part)))
                ).all()
            )
        rows = set()
        for source, target, kind, record in self.links:
            article = self.placed_article.get(target) or where.get(target)
            if article is None:
                reason = Message(
                    "its link to {target} was left out: that annotation is neither in the file "
                    "nor stored",
                    target=target,
                )
            elif article != self.placed_article[source]:
                reason = Message(
                    "its link to {target} was left out: that annotation is in another article",
                    target=target,
                )
            else:
                rows.add((source, target, kind))
                continue
            self.report.problems.append(Problem(record, reason))
        if rows:
            self.conn.execute(
                insert(LINK),
                [{"source_id": s, "target_id": t, "kind": k} for s, t, k in sorted(rows)],
            )
