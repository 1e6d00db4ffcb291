"""Pages of lines and pictures for the caption rounds' tests (test_captions_v8_*.py)."""

from __future__ import annotations

from marginalia.db.suggest.captions import find_captions

IMG = object()  # a picture's anchor in a page built by :func:`page`


def page(*items: object) -> list[tuple[str, int | None]]:
    """The captions found on a page of lines and pictures (``IMG``), each with its image."""
    text = ""
    anchors: list[int] = []
    for item in items:
        if item is IMG:
            anchors.append(len(text))
        else:
            text += f"{item}\n"
    found = find_captions(text, anchors, (None,) * len(anchors))
    return [(text[c.start : c.end], c.image_index) for c in found]
