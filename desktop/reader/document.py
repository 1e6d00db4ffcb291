"""The reader's document: the stored text exactly, with images (and captions) inserted.

What is inserted is described to :class:`~marginalia.db.offsets.OffsetMap` as runs, so that
every Qt position converts to a stored offset through the one tested conversion (ADR 0060).
An image is placed in a block of its own at its anchor: when the anchor starts a line it
takes two positions (the image and a paragraph break), else three (a break before it too).
A caption that is not already the next line of the text is shown beneath the image in
italics, as inserted (untaggable) text.

Text lines are spaced at :data:`LINE_HEIGHT` per cent, which leaves room under each line
for the lanes of underlines and above it for the label marks (``marks.py``). The base font
lists a Latin family before the CJK ones; the punctuation marks that belong to CJK text get
the CJK font (``typography.py``).
"""

from __future__ import annotations

import functools
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QRectF, Qt, QUrl
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontDatabase,
    QFontInfo,
    QImage,
    QPainter,
    QPalette,
    QTextBlockFormat,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
    QTextImageFormat,
)

from marginalia.db import Article, ImageInfo
from marginalia.db.offsets import Insertion, OffsetMap, utf16_length

IMAGE_URL = "marginalia-image:{}"
PLACEHOLDER_SIZE = (480, 120)
#: text lines are this tall, in per cent of the font's own line height
LINE_HEIGHT = 160


@dataclass(frozen=True, slots=True)
class PlacedImage:
    info: ImageInfo
    #: the document position of the image character
    position: int
    width: int
    height: int
    caption_shown: bool


def caption_in_text(text: str, image: ImageInfo) -> bool:
    caption = (image.caption or "").strip()
    if not caption:
        return True
    following = text[image.offset : image.offset + len(caption) + 200].lstrip()
    return following.startswith(caption)


def _run_shape(text: str, image: ImageInfo) -> tuple[bool, str | None]:
    """(needs a break before the image, caption line to insert or None)."""
    at_line_start = image.offset == 0 or text[image.offset - 1] == "\n"
    caption = None if caption_in_text(text, image) else (image.caption or "").strip()
    return (not at_line_start, caption)


def _run_length(text: str, image: ImageInfo) -> int:
    lead, caption = _run_shape(text, image)
    length = 2 + (1 if lead else 0)
    if caption:
        length += utf16_length(caption) + 1
    return length


def offset_map(article: Article) -> OffsetMap:
    images = sorted(article.images, key=lambda i: (i.offset, i.position))
    return OffsetMap(
        article.text, [Insertion(i.offset, _run_length(article.text, i)) for i in images]
    )


def missing_image_text(name: str) -> str:
    """What the placeholder of an image the article names but does not have says."""
    #: Translators: drawn in place of an image the article names but does not have: the
    #: image's file name, then this note on a line of its own.
    note = QCoreApplication.translate("ReaderView", "{name}\n(image not available)")
    return note.format(name=name)


def placeholder_image(name: str, width: int, height: int) -> QImage:
    image = QImage(width, height, QImage.Format.Format_ARGB32)
    image.fill(QColor("#eeeeee"))
    painter = QPainter(image)
    painter.setPen(QColor("#777777"))
    painter.drawRect(0, 0, width - 1, height - 1)
    painter.drawText(
        QRectF(8, 8, width - 16, height - 16),
        Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap,
        missing_image_text(name),
    )
    painter.end()
    return image


def build_document(
    document: QTextDocument,
    article: Article,
    pictures: dict[int, QImage],
    mapping: OffsetMap,
    max_width: int,
    punctuation: Sequence[tuple[int, int]] = (),
) -> list[PlacedImage]:
    """Fill ``document`` with the article (``punctuation``: the runs that take the CJK font,
    ``typography.cjk_punctuation``); returns where each image stands."""
    document.setUndoRedoEnabled(False)
    document.setPlainText(article.text)
    images = sorted(article.images, key=lambda i: (i.offset, i.position))
    placed: list[PlacedImage] = []
    cursor = QTextCursor(document)
    cursor.beginEditBlock()
    spaced = QTextBlockFormat()
    spaced.setLineHeight(LINE_HEIGHT, QTextBlockFormat.LineHeightTypes.ProportionalHeight.value)
    cursor.select(QTextCursor.SelectionType.Document)
    cursor.mergeBlockFormat(spaced)
    cursor.clearSelection()
    caption_format = QTextCharFormat()
    caption_format.setFontItalic(True)
    centered = QTextBlockFormat()
    centered.setAlignment(Qt.AlignmentFlag.AlignHCenter)
    # Insert from the last anchor to the first: earlier positions stay as in the bare text.
    for index in reversed(range(len(images))):
        image = images[index]
        lead, caption = _run_shape(article.text, image)
        cursor.setPosition(mapping.utf16_position(image.offset))
        plain_block = cursor.blockFormat()
        if lead:
            cursor.insertBlock()
        picture = pictures.get(image.id)
        if picture is None or picture.isNull():
            picture = placeholder_image(image.name, *PLACEHOLDER_SIZE)
        url = IMAGE_URL.format(image.id)
        document.addResource(QTextDocument.ResourceType.ImageResource, QUrl(url), picture)
        width, height = _fit(picture.width(), picture.height(), max_width)
        cursor.setBlockFormat(centered)
        cursor.insertImage(_image_format(url, width, height))
        if caption:
            cursor.insertBlock(centered)
            cursor.insertText(caption, caption_format)
        cursor.insertBlock(plain_block, QTextCharFormat())
    cjk = QTextCharFormat()
    cjk.setFontFamilies(cjk_families())
    for start, end in punctuation:
        a, b = mapping.span_to_document(start, end)
        cursor.setPosition(a)
        cursor.setPosition(b, QTextCursor.MoveMode.KeepAnchor)
        cursor.mergeCharFormat(cjk)
    cursor.endEditBlock()
    for index, image in enumerate(images):
        lead, caption = _run_shape(article.text, image)
        position = mapping.run_start(index) + (1 if lead else 0)
        picture = pictures.get(image.id)
        w, h = (
            (picture.width(), picture.height())
            if picture is not None and not picture.isNull()
            else PLACEHOLDER_SIZE
        )
        placed.append(PlacedImage(image, position, w, h, bool(caption)))
    return placed


#: an image never takes more than this share of the view's height (the text stays in sight)
MAX_HEIGHT_SHARE = 0.45


def _fit(width: int, height: int, max_width: int) -> tuple[int, int]:
    if width == 0 or height == 0:
        return width, height
    max_height = max(80, round(max_width * MAX_HEIGHT_SHARE))
    scale = min(1.0, max_width / width, max_height / height)
    return max(1, round(width * scale)), max(1, round(height * scale))


def _image_format(url: str, width: int, height: int) -> QTextImageFormat:
    fmt = QTextImageFormat()
    fmt.setName(url)
    fmt.setWidth(width)
    fmt.setHeight(height)
    return fmt


def fit_images(document: QTextDocument, placed: list[PlacedImage], max_width: int) -> None:
    """Scale the images to the view width (after a resize)."""
    cursor = QTextCursor(document)
    for item in placed:
        width, height = _fit(item.width, item.height, max_width)
        cursor.setPosition(item.position)
        cursor.setPosition(item.position + 1, QTextCursor.MoveMode.KeepAnchor)
        current = cursor.charFormat().toImageFormat()
        if current.isValid() and round(current.width()) == width:
            continue
        cursor.setCharFormat(_image_format(IMAGE_URL.format(item.info.id), width, height))


def style_captions(
    document: QTextDocument, placed: Iterable[PlacedImage], palette: QPalette
) -> None:
    """Colour the inserted captions for the palette (muted, but readable on its base)."""
    colour = palette.color(QPalette.ColorRole.PlaceholderText)
    fmt = QTextCharFormat()
    fmt.setForeground(colour)
    cursor = QTextCursor(document)
    for item in placed:
        if not item.caption_shown:
            continue
        caption = (item.info.caption or "").strip()
        start = item.position + 2  # the image, then the caption's block
        cursor.setPosition(start)
        cursor.setPosition(start + utf16_length(caption), QTextCursor.MoveMode.KeepAnchor)
        cursor.mergeCharFormat(fmt)


#: Latin families tried when the UI's own font is a CJK font (whose ’ is an em wide)
LATIN_FAMILIES = (
    "Noto Sans",
    "DejaVu Sans",
    "Segoe UI",
    "Helvetica Neue",
    "Arial",
    "Liberation Sans",
)
CJK_FAMILIES = ("Noto Sans CJK SC", "Source Han Sans SC", "Microsoft YaHei", "PingFang SC")
EMOJI_FAMILIES = ("Noto Color Emoji", "Apple Color Emoji", "Segoe UI Emoji")


def _is_cjk_font(family: str) -> bool:
    systems = QFontDatabase.writingSystems(family)
    return QFontDatabase.WritingSystem.SimplifiedChinese in systems


@functools.cache
def latin_family() -> str:
    """The UI's font as it really resolves ("Sans Serif" is only an alias), unless that is a
    CJK font; then the first Latin family installed."""
    own = QFontInfo(QFont()).family()
    if not _is_cjk_font(own):
        return own
    installed = set(QFontDatabase.families())
    return next((f for f in LATIN_FAMILIES if f in installed and not _is_cjk_font(f)), own)


def cjk_families() -> list[str]:
    """The families of CJK punctuation: the CJK fonts first, then the reader's own."""
    return [*CJK_FAMILIES, latin_family(), *EMOJI_FAMILIES]


def reader_font(point_size: float | None = None) -> QFont:
    """A font that covers Chinese and the rest: a Latin family first (Latin text and its
    punctuation), then the CJK fonts and emoji for what it lacks."""
    font = QFont()
    font.setFamilies([latin_family(), *CJK_FAMILIES, *EMOJI_FAMILIES])
    font.setPointSizeF(point_size or max(font.pointSizeF(), 11.0))
    return font
