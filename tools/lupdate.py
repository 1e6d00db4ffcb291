"""Update the translation catalogues from the code (ADR 0072).

    python tools/lupdate.py [resources/translations/marginalia_zh_CN.ts]

Without an argument, both catalogues: Chinese (every message) and English, the source
language, which holds only the messages with a count (``lupdate -pluralonly``): their
singular and plural forms ("Imported %Ln article(s)." → "… 1 article." / "… 2 articles.").

Runs the ``pyside6-lupdate`` of the PySide6 wheel over ``desktop/`` and then removes every
``<extracomment>`` but a translator's comment: lupdate reads a Python ``#:`` comment as a
note to translators, and our code uses ``#:`` to document attributes, so the catalogue filled
up with unrelated notes attached to whichever string came next. A note meant for the
translator starts ``#: Translators:`` on the lines just before the string; lupdate joins it
to whatever ``#:`` comments came before it since the last string, so only the part from
``Translators:`` on is kept (ADR 0117, round 14). Prints the messages still unfinished.
"""

from __future__ import annotations

import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import PySide6

CATALOGUE = "resources/translations/marginalia_zh_CN.ts"
PLURALS = "resources/translations/marginalia_en.ts"
NOTE = re.compile(r"\n([ \t]*)<extracomment>(.*?)</extracomment>", re.DOTALL)
#: where a note to the translator starts in a ``#:`` comment lupdate collected
FOR_TRANSLATORS = "Translators:"


def _translators_part(note: re.Match[str]) -> str:
    """A note cut to its translator's comment, or nothing when it has none."""
    indent, text = note.groups()
    start = text.find(FOR_TRANSLATORS)
    if start < 0:
        return ""
    return f"\n{indent}<extracomment>{text[start:]}</extracomment>"


def update(path: str) -> None:
    """The catalogue resynced with the code, in lupdate's own layout, with no notes but
    translators' comments."""
    lupdate = Path(PySide6.__file__).parent / "lupdate"
    args = ["-silent", "-extensions", "py", "-locations", "relative", "-no-obsolete"]
    if Path(path).name == Path(PLURALS).name:
        args += ["-pluralonly", "-target-language", "en"]
    subprocess.run([str(lupdate), *args, "desktop", "-ts", path], check=True)
    catalogue = Path(path)
    text = NOTE.sub(_translators_part, catalogue.read_text(encoding="utf-8"))
    catalogue.write_text(text, encoding="utf-8")


def unfinished(path: str) -> list[tuple[str, str]]:
    found = []
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is not None and translation.get("type") == "unfinished":
                found.append((name, message.findtext("source") or ""))
    return found


def main(*paths: str) -> int:
    for path in paths or (CATALOGUE, PLURALS):
        update(path)
        for name, source in unfinished(path):
            print(f"unfinished: {path}: {name}: {source!r}")
    return 0


if __name__ == "__main__":
    sys.exit(main(*sys.argv[1:2]))
