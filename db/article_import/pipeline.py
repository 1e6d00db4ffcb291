"""The import pipeline: sources → parsed articles → checked images → stored batches.

Each article is stored whole or not at all (its text, images and metadata go into the
database in one transaction with the rest of its batch); one bad file never stops the
others; a cancelled or killed import leaves no half article (ADR 0006).
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from ..errors import MarginaliaError
from ..store import NewArticle, NewImage, Store
from ..values import NOTHING, Changes
from .batch import RecordError, parse_record
from .encoding import DecodeError, decode_bytes
from .images import ImageError, UnsupportedImage, prepare_image
from .parsed import ParsedArticle
from .sources import Failure, Source, count_inputs, walk
from .text import TextOptions, parse_text

#: Articles stored per transaction: big enough to be fast, small enough to lose little.
BATCH_SIZE = 200

Progress = Callable[[int, int, str], None]
Cancelled = Callable[[], bool]


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
    changes: Changes = NOTHING

    def to_json(self) -> dict[str, list[dict[str, object]]]:
        return {
            "imported": [{"path": p, "id": i} for p, i in self.imported],
            "duplicates": [{"path": p, "id": i} for p, i in self.duplicates],
            "failed": [{"path": p, "error": e} for p, e in self.failed],
        }


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
                parse_html=_html_parser(options, None),
            )
        if source.kind == "html":
            parse = _html_parser(options, source.siblings.folder_for_html())
            if parse is None:
                raise MarginaliaError("saved web pages cannot be imported by this version")
            return parse(source.data, source.path)
        decoded = decode_bytes(source.data, forced=options.encoding)
        return parse_text(
            decoded, source=source.path, siblings=source.siblings.read, options=text_options
        )
    except DecodeError as exc:
        raise MarginaliaError(str(exc)) from exc
    except (RecordError, ValueError) as exc:
        raise MarginaliaError(str(exc)) from exc


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


def prepare_article(parsed: ParsedArticle) -> NewArticle:
    """Check the images and hash the text; raises :class:`MarginaliaError` on a bad image."""
    images = []
    problems: list[dict[str, str]] = []
    for image in parsed.images:
        blob = None
        if image.data is not None:
            try:
                blob = prepare_image(image.data)
            except UnsupportedImage as exc:  # kept as a placeholder, the reason recorded
                problems.append({"name": image.name, "problem": str(exc)})
            except ImageError as exc:
                raise MarginaliaError(f"the image {image.name}: {exc}") from exc
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
    store: Store,
    paths: Iterable[str | Path],
    *,
    options: ImportOptions = ImportOptions(),
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
    batch_size: int = BATCH_SIZE,
) -> ImportReport:
    inputs = [Path(p) for p in paths]
    total = count_inputs(inputs)
    report = ImportReport()
    pending: list[tuple[str, NewArticle]] = []
    started = 0

    def flush() -> None:
        if not pending:
            return
        outcome = store.add_articles([article for _path, article in pending])
        for (path, _article), stored in zip(pending, outcome.value, strict=True):
            (report.imported if stored.created else report.duplicates).append((path, stored.id))
        report.changes |= outcome.changes
        pending.clear()

    for item in walk(inputs):
        if cancelled is not None and cancelled():
            report.cancelled = True
            pending.clear()
            break
        started += 1
        if progress is not None:
            progress(started, max(total, started), item.path)
        if isinstance(item, Failure):
            report.failed.append((item.path, item.reason))
            continue
        try:
            pending.append((item.path, prepare_article(parse_source(item, options))))
        except MarginaliaError as exc:
            report.failed.append((item.path, str(exc)))
            continue
        if len(pending) >= batch_size:
            flush()
    flush()
    return report


def import_report_lines(report: ImportReport) -> Sequence[str]:
    """Plain sentences for a human summary."""
    lines = [
        f"{len(report.imported)} imported, {len(report.duplicates)} already there, "
        f"{len(report.failed)} failed."
    ]
    lines += [f"{path}: {reason}" for path, reason in report.failed]
    if report.cancelled:
        lines.append("The import was cancelled; articles not yet stored were left out.")
    return lines
