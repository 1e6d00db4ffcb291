"""Merge Qt translation catalogues after a git conflict, then resync with the code.

    python tools/merge_ts.py resources/translations/marginalia_zh_CN.ts

Takes every finished translation from both sides of the conflict (git stages 2 and 3),
regenerates the catalogue from the code with ``tools/lupdate.py`` and fills in what either
side had translated. Prints the messages still unfinished.
"""

from __future__ import annotations

import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

from lupdate import update


def finished(xml: str) -> dict[tuple[str, str], str]:
    found: dict[tuple[str, str], str] = {}
    for context in ET.fromstring(xml).iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is None or translation.get("type") in ("unfinished", "vanished"):
                continue
            if translation.text:
                found[(name, message.findtext("source") or "")] = translation.text
    return found


def main(path: str) -> int:
    known: dict[tuple[str, str], str] = {}
    for stage in ("2", "3"):
        shown = subprocess.run(
            ["git", "show", f":{stage}:{path}"], capture_output=True, text=True, check=False
        )
        if shown.returncode == 0:
            known.update(finished(shown.stdout))
    theirs = subprocess.run(["git", "show", f":3:{path}"], capture_output=True, text=True)
    if theirs.returncode == 0:
        Path(path).write_text(theirs.stdout, encoding="utf-8")
    update(path)
    tree = ET.parse(path)
    missing = []
    for context in tree.getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            source = message.findtext("source") or ""
            if translation is not None and translation.get("type") == "unfinished":
                text = known.get((name, source))
                if text:
                    translation.text = text
                    del translation.attrib["type"]
                else:
                    missing.append((name, source))
    tree.write(path, encoding="utf-8", xml_declaration=True)
    update(path)  # back to lupdate's own layout
    for name, source in missing:
        print(f"unfinished: {name}: {source!r}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1]))
