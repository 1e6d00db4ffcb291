"""The import pipeline: sources → parsed articles → checked images → stored batches.

Each article is stored whole or not at all (its text, images and metadata go into the
database in one transaction with the rest of its batch); one bad file never stops the
others; a cancelled or killed import leaves no half article (ADR 0006).
"""

from __future__ import annotations

import hashlib
import logging
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import NoReturn, Protocol

from ..batch_values import NOTHING, Changes, NewArticle, NewImage, Outcome, PreparedImage, Stored
from ..errors import MarginaliaError, StorageError, first_line
from ..messages import Message, reason_of
from .batch import RecordError, parse_record
from .encoding import DecodeError, decode_bytes
from .images import ImageError, UnsupportedImage, prepare_image
from .limits import PENDING_BYTES
from .parsed import ParsedArticle
from .sources import Failure, Source, counted_walk
from .text import TextOptions, parse_text

#: Articles stored per transaction: big enough to be fast, small enough to lose little.
BATCH_SIZE = 200

log = logging.getLogger("marginalia")

Progress = Callable[[int, int, str], None]
Cancelled = Callable[[], bool]


class ArticleSink(Protocol):
    """Where an import stores its batches: the :class:`~marginalia.db.store.Store`, or the
    import command's :class:`~.sqlite_writer.SQLiteArticleWriter` (ADR 0100), which also
    has ``add_articles_later``: the batch written at once, its commit running on while the
    next batch is read."""

    def add_articles(self, articles: Sequence[NewArticle]) -> Outcome[list[Stored]]: ...


#: The outcome of a batch whose commit runs on: waits for it, or raises what failed.
Committed = Callable[[], Outcome[list[Stored]]]


@dataclass(frozen=True, slots=True)
class ImportOptions:
    #: Decode every text file with this encoding instead of detecting it.
    encoding: str | None = None
    strip_pinyin: bool = False


@dataclass
class ImportReport:
    imported: list[tuple[str, int]] = field(default_factory=list)
    duplicates: list[tuple[str, int]] = field(default_factory=list)
    failed: list[tuple[str, str]] = field(default_factory=list)
    cancelled: bool = False
    #: why the import stopped part-way (the disk, the file system, the server), if it did
    stopped: str | None = None
    changes: Changes = NOTHING

    def to_json(self) -> dict[str, object]:
        """The CLI's ``--json`` form; ``stopped`` appears only when the import stopped."""
        value: dict[str, object] = {
            "imported": [{"path": p, "id": i} for p, i in self.imported],
            "duplicates": [{"path": p, "id": i} for p, i in self.duplicates],
            "failed": [{"path": p, "error": e} for p, e in self.failed],
        }
        if self.stopped:
            value["stopped"] = self.stopped
        return value


def parse_source(source: Source, options: ImportOptions) -> ParsedArticle:
    """Turn one source into an article; raises :class:`MarginaliaError` with the reason."""
    text_options = TextOptions(strip_pinyin=options.strip_pinyin)
    try:
        if source.kind == "record":
            assert source.record is not None
            return parse_record(
                source.record,
                source=source.path,
                siblings=source.siblings,
                options=text_options,
                parse_html=_html_in_record(options),
                no_controls=source.no_controls,
            )
        if source.kind == "html":
            parse = _html_parser(options, source.siblings.folder_for_html())
            if parse is None:
                raise MarginaliaError(Message("saved web pages cannot be imported by this version"))
            return parse(source.data, source.path)
        decoded = decode_bytes(source.data, forced=options.encoding)
        return parse_text(
            decoded,
            source=source.path,
            siblings=source.siblings.for_article(),
            options=text_options,
        )
    except DecodeError as exc:
        raise MarginaliaError(reason_of(exc)) from exc
    except (RecordError, ValueError) as exc:
        raise MarginaliaError(reason_of(exc)) from exc


def _html_parser(
    options: ImportOptions, folder: Path | None
) -> Callable[[bytes, str], ParsedArticle] | None:
    try:
        from .html import parse_html  # type: ignore[import-not-found, unused-ignore]
    except ImportError:
        return None

    def parse(data: bytes, source: str) -> ParsedArticle:
        result: ParsedArticle = parse_html(
            data, source=source, base_dir=folder, forced_encoding=options.encoding
        )
        return result

    return parse


def _html_in_record(options: ImportOptions) -> Callable[[bytes, str], ParsedArticle]:
    """The HTML parser for a batch record, loaded when a record holds HTML (loading it takes
    longer than importing a thousand plain records)."""

    def parse(data: bytes, source: str) -> ParsedArticle:
        parser = _html_parser(options, None)
        if parser is None:
            raise RecordError(Message("HTML in batches cannot be imported by this version"))
        return parser(data, source)

    return parse


def prepare_article(
    parsed: ParsedArticle, prepared: dict[str, PreparedImage] | None = None
) -> NewArticle:
    """Check the images and hash the text; raises :class:`MarginaliaError` on a bad image.

    ``prepared``: images already decoded, by the sha256 of their bytes — an image the
    article (or an earlier one of the batch) names again is not decoded again.
    """
    cache = {} if prepared is None else prepared
    images = []
    problems: list[dict[str, str]] = []
    digests: dict[int, str] = {}  # a file named again is the same bytes object: hash it once
    for image in parsed.images:
        blob = None
        if image.data is not None:
            digest = digests.get(id(image.data)) or digests.setdefault(
                id(image.data), hashlib.sha256(image.data).hexdigest()
            )
            try:
                blob = cache.get(digest) or prepare_image(image.data, digest)
            except UnsupportedImage as exc:  # kept as a placeholder, the reason recorded
                problems.append({"name": image.name, "problem": str(exc)})
            except ImageError as exc:
                if not image.embedded:
                    raise MarginaliaError(
                        Message(
                            "the image {name}: {reason}", name=image.name, reason=reason_of(exc)
                        )
                    ) from exc
                # A page's own broken picture (a lazy loader's truncated stand-in, say) is the
                # page's, not the user's file: a placeholder, the reason recorded (ADR 0020).
                problems.append({"name": image.name, "problem": str(exc)})
            if blob is not None:
                cache[digest] = blob
        images.append(
            NewImage(
                offset=image.offset,
                name=image.name,
                caption=image.caption,
                blob=blob,
                url=image.url,
                alt=image.alt,
            )
        )
    return NewArticle(
        sha256=hashlib.sha256(parsed.text.encode("utf-8")).hexdigest(),
        text=parsed.text,
        title=parsed.title,
        source=parsed.source,
        url=parsed.url,
        author=parsed.author,
        published=parsed.published,
        language=parsed.language,
        encoding=parsed.encoding,
        encoding_confidence=parsed.encoding_confidence,
        images=tuple(images),
        meta=_with_image_problems(parsed.meta, problems),
    )


def _with_image_problems(
    meta: Mapping[str, object], problems: list[dict[str, str]]
) -> dict[str, object]:
    merged = dict(meta)
    if problems:
        earlier = merged.get("image_problems")
        merged["image_problems"] = [*(earlier if isinstance(earlier, list) else []), *problems]
    return merged


def import_paths(
    store: ArticleSink,
    paths: Iterable[str | Path],
    *,
    options: ImportOptions = ImportOptions(),
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
    batch_size: int = BATCH_SIZE,
) -> ImportReport:
    """Import articles from files, folders and archives; returns what was done.

    Raises :class:`ImportStopped` (with the report of what was stored) when the disk, the
    file system or the database server fails part-way.
    """
    inputs = [Path(p) for p in paths]
    total, items = counted_walk(inputs)
    batch = _Batch(store, ImportReport(), total, batch_size)
    for item in items:
        if cancelled is not None and cancelled():
            batch.report.cancelled = True
            batch.pending.clear()
            break
        batch.read(item.path, progress)
        if isinstance(item, Failure):
            batch.report.failed.append((item.path, item.reason))
            continue
        try:
            article = batch.prepare(parse_source(item, options))
        except MarginaliaError as exc:
            batch.report.failed.append((item.path, reason_of(exc)))
            continue
        except Exception as exc:  # one input never stops the others, whatever it does
            batch.report.failed.append((item.path, _unexpected(item.path, exc)))
            continue
        batch.add(item.path, article)
    batch.flush()
    batch.settle()
    return batch.report


class ImportStopped(StorageError):
    """The disk, the file system or the server failed part-way through an import.

    ``report`` lists what was stored before (and what was read but not stored); the
    message says how much and what to do.
    """

    def __init__(self, failure: StorageError, report: ImportReport, total: int) -> None:
        self.report = report
        stored = len(report.imported)
        super().__init__(
            failure.cause,
            failure.where,
            advice=Message(
                "{stored} of {total} article was stored; {advice} — the same import again "
                "skips what was stored",
                stored=f"{stored:,}",
                total=f"{total:,}",
                advice=failure.cause.advice,
            )
            if total == 1
            else Message(
                "{stored} of {total} articles were stored; {advice} — the same import again "
                "skips what was stored",
                stored=f"{stored:,}",
                total=f"{total:,}",
                advice=failure.cause.advice,
            ),
            detail=failure.detail,
        )
        report.stopped = reason_of(self)


class _Batch:
    """Articles read and checked, waiting to be stored together (ADR 0006)."""

    def __init__(self, store: ArticleSink, report: ImportReport, total: int, size: int) -> None:
        self.store = store
        self.report = report
        self.total = total
        self.size = size
        self.pending: list[tuple[str, NewArticle]] = []
        self.pending_bytes = 0
        #: images decoded for the pending articles, by the sha256 of their bytes
        self.prepared: dict[str, PreparedImage] = {}
        self.started = 0
        #: the batch whose commit runs on (ADR 0100): its articles, its outcome, and how
        #: many failures the report held when it was handed on
        self.committing: tuple[list[tuple[str, NewArticle]], Committed, int] | None = None

    def read(self, path: str, progress: Progress | None) -> None:
        """One more item (a file, a batch's line, an archive's member) was reached."""
        self.started += 1
        if progress is not None:
            progress(self.started, max(self.total, self.started), path)

    def prepare(self, parsed: ParsedArticle) -> NewArticle:
        known = len(self.prepared)
        article = prepare_article(parsed, self.prepared)
        self.pending_bytes += len(article.text)
        if len(self.prepared) > known:
            fresh = list(self.prepared.values())[known:]
            self.pending_bytes += sum(len(i.data) + len(i.thumbnail) for i in fresh)
        return article

    def add(self, path: str, article: NewArticle) -> None:
        self.pending.append((path, article))
        if len(self.pending) >= self.size or self.pending_bytes >= PENDING_BYTES:
            self.flush()

    def flush(self) -> None:
        self.settle()
        if not self.pending:
            return
        later = getattr(self.store, "add_articles_later", None)
        try:
            if later is None:
                self._store(self.pending)
            else:
                committed: Committed = later([article for _path, article in self.pending])
                self.committing = (list(self.pending), committed, len(self.report.failed))
        except StorageError as failure:
            self._stop(failure)
        except Exception:  # an article the database refuses: find it, store the others
            self._one_by_one()
        self.pending.clear()
        self.prepared.clear()
        self.pending_bytes = 0

    def settle(self) -> None:
        """Wait for the commit of the batch before, if one runs on, and report it.

        If it failed, the import stops as if it had waited: that batch is named as not
        stored, and what was read since is forgotten — it would not have been read.
        """
        if self.committing is None:
            return
        articles, committed, failed_before = self.committing
        self.committing = None
        try:
            outcome = committed()
        except StorageError as failure:
            del self.report.failed[failed_before:]
            self.pending[:] = articles
            self._stop(failure)
        except Exception:  # as flush: one by one, before what was read since
            since = self.report.failed[failed_before:]
            del self.report.failed[failed_before:]
            read_since, self.pending = self.pending, articles
            self._one_by_one()
            self.pending = read_since
            self.report.failed += since
            return
        self._record(articles, outcome)

    def _one_by_one(self) -> None:
        """Store the pending articles one at a time: an article the database refuses
        fails alone, the others are stored."""
        for index, one in enumerate(self.pending):
            try:
                self._store([one])
            except StorageError as failure:
                del self.pending[:index]
                self._stop(failure)
            except Exception as exc:
                self.report.failed.append((one[0], _refused(one[0], exc)))

    def _store(self, articles: list[tuple[str, NewArticle]]) -> None:
        self._record(articles, self.store.add_articles([article for _path, article in articles]))

    def _record(
        self, articles: list[tuple[str, NewArticle]], outcome: Outcome[list[Stored]]
    ) -> None:
        for (path, _article), stored in zip(articles, outcome.value, strict=True):
            kind = self.report.imported if stored.created else self.report.duplicates
            kind.append((path, stored.id))
        self.report.changes |= outcome.changes

    def _stop(self, failure: StorageError) -> NoReturn:
        """Name the pending articles as not stored, and stop."""
        for path, _article in self.pending:
            self.report.failed.append(
                (path, Message("was not stored ({reason})", reason=failure.cause.reason))
            )
        self.pending.clear()
        raise ImportStopped(failure, self.report, max(self.total, self.started)) from failure


def _unexpected(path: str, exc: Exception) -> str:
    if isinstance(exc, RecursionError):
        return Message("is nested too deeply to be read")
    if isinstance(exc, MemoryError):
        return Message("is too large to be read in the memory available")
    log.error("%s: unexpected error while reading it", path, exc_info=exc)
    return Message(
        "could not be read because of an error in Marginalia ({error}); the details are in the log",
        error=type(exc).__name__,
    )


def _refused(path: str, exc: Exception) -> str:
    log.error("%s: the database refused the article", path, exc_info=exc)
    return Message("the database refused it ({detail})", detail=first_line(exc))


def import_report_lines(report: ImportReport) -> Sequence[str]:
    """Plain sentences for a human summary."""
    lines = [
        f"{len(report.imported)} imported, {len(report.duplicates)} already there, "
        f"{len(report.failed)} failed."
    ]
    lines += [f"{path}: {reason}" for path, reason in report.failed]
    if report.stopped:
        lines.append(report.stopped)
    if report.cancelled:
        lines.append("The import was cancelled; articles not yet stored were left out.")
    return lines
