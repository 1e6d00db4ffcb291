"""Checking and storing images with Pillow (ADR 0006).

Every image goes through :func:`prepare_image`: decoded whole (truncated files fail), held to
a decompression-bomb limit, oriented by EXIF, and given a display-size thumbnail. The
original bytes are kept as they came.
"""

from __future__ import annotations

import hashlib
import io
import warnings
from typing import TYPE_CHECKING

from ..batch_values import PreparedImage
from ..messages import Message
from .limits import MAX_IMAGE_BYTES, MAX_PIXELS

if TYPE_CHECKING:
    from PIL.Image import Image as PILImage

__all__ = ["MAX_IMAGE_BYTES", "MAX_PIXELS", "ImageError", "UnsupportedImage", "prepare_image"]
#: The longest side of a stored thumbnail, in pixels.
THUMBNAIL_SIDE = 1024

IMAGE_SUFFIXES = frozenset(
    {".png", ".jpg", ".jpeg", ".gif", ".webp", ".bmp", ".tif", ".tiff", ".jfif", ".avif"}
)


class ImageError(ValueError):
    """The bytes are a damaged or dangerous image; the message says why."""


class UnsupportedImage(ImageError):
    """The bytes are not a raster image Pillow reads (an SVG, say): shown as a placeholder."""


def prepare_image(data: bytes, sha256: str | None = None) -> PreparedImage:
    """Check, orient and thumbnail an image; ``sha256``: its bytes' digest, if known."""
    if not data:
        raise ImageError(Message("the image file is empty"))
    if len(data) > MAX_IMAGE_BYTES:
        raise ImageError(
            Message("the image is larger than {size} MB", size=MAX_IMAGE_BYTES // (1024 * 1024))
        )
    # Pillow is loaded with the first image: most imports hold none (issue 14).
    from PIL import Image, ImageOps, UnidentifiedImageError

    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            with Image.open(io.BytesIO(data)) as image:
                width, height = image.size
                if width * height > MAX_PIXELS:
                    raise ImageError(
                        Message(
                            "the image is too large to show ({width}×{height} pixels)",
                            width=width,
                            height=height,
                        )
                    )
                image_format = image.format or "unknown"
                image.load()
                # Turned and shrunk where it is: the decoded pixels are held once, not thrice.
                ImageOps.exif_transpose(image, in_place=True)
                width, height = image.size
                thumbnail = _thumbnail(image)
    except ImageError:
        raise
    except (Image.DecompressionBombError, Image.DecompressionBombWarning) as exc:
        raise ImageError(
            Message("the image is too large to show (decompression bomb limit)")
        ) from exc
    except UnidentifiedImageError as exc:
        raise UnsupportedImage(Message("the file is not an image Marginalia can show")) from exc
    except (OSError, SyntaxError, ValueError) as exc:
        raise ImageError(
            Message("the image is damaged or truncated ({detail})", detail=str(exc))
        ) from exc
    return PreparedImage(
        sha256=sha256 or hashlib.sha256(data).hexdigest(),
        format=image_format.lower(),
        width=width,
        height=height,
        data=data,
        thumbnail=thumbnail,
    )


def _thumbnail(image: PILImage) -> bytes:
    """A display-size copy; ``image`` itself is shrunk (the caller is done with it)."""
    image.thumbnail((THUMBNAIL_SIDE, THUMBNAIL_SIDE))
    out = io.BytesIO()
    if image.mode in {"RGBA", "LA", "P"} or "transparency" in image.info:
        image.convert("RGBA").save(out, format="PNG", optimize=True)
    else:
        image.convert("RGB").save(out, format="JPEG", quality=85)
    return out.getvalue()
