"""Articles for the desktop tests, stored through the library like an import would."""

from __future__ import annotations

import hashlib
import io

from PIL import Image

from marginalia.db.store import NewArticle, NewImage, PreparedImage, Store

#: emoji and CJK Extension B before the target, so UTF-16 and code points differ by two
TEXT = (
    "😀 标题 𠀋\n"
    "The minister said unemployment fell to 5% in 2023.\n"
    "图片说明:江北工厂\n"
    "Last line.\n"
)


def png(width: int = 64, height: int = 32, colour: str = "red") -> PreparedImage:
    buffer = io.BytesIO()
    Image.new("RGB", (width, height), colour).save(buffer, "PNG")
    data = buffer.getvalue()
    return PreparedImage(hashlib.sha256(data).hexdigest(), "PNG", width, height, data, data)


def add_article(store: Store, text: str = TEXT, *, images: bool = True, title: str = "T") -> int:
    new_images: tuple[NewImage, ...] = ()
    if images:
        caption_at = text.find("图片说明")
        if caption_at < 0:
            caption_at = len(text)
        new_images = (
            NewImage(offset=caption_at, name="photo.png", caption="图片说明:江北工厂", blob=png()),
            NewImage(offset=len(text), name="missing.jpg", caption="Not in the text", blob=None),
        )
    sha = hashlib.sha256(text.encode()).hexdigest()
    outcome = store.add_articles([NewArticle(sha, text, title, images=new_images)])
    return outcome.value[0].id
