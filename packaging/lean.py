"""What the spec leaves out of the Linux bundle beyond excluded modules (ADR 0092).

``packaging/marginalia.spec`` calls these on PyInstaller's table of binaries; each returns
the table to keep. ``python packaging/lean.py BUNDLE`` prints what a built bundle is made of.

- :func:`needed_only` leaves out the desktop's own libraries (:data:`SYSTEM_LIBRARIES`) and
  the shared libraries that nothing kept loads: a library comes in because some extension
  module or Qt plugin needs it, and stays behind when the spec drops that plugin (the GTK3
  theme brought cairo, pango, gdk-pixbuf, GIO; the network plugins QtNetwork and Kerberos;
  eglfs its own libraries) or when its only user is a system library (D-Bus brought
  systemd and libgcrypt).
- :func:`trimmed_icu` replaces Qt's ICU data library (31 MiB, every locale of CLDR) with one
  holding the data Qt can use for the languages Marginalia ships, built with ICU's own tools.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from collections.abc import Iterable
from pathlib import Path

#: PyInstaller's table entries: (name in the bundle, source path, kind).
Entry = tuple[str, str, str]


#: Libraries every Linux desktop the bundle supports provides (docs/install.md lists them),
#: as PySide6's own wheel expects: X11 and xcb, xkbcommon, fontconfig and FreeType, D-Bus,
#: GLib, and the C++ runtime, which must be the system's so that the graphics drivers
#: (loaded from the system, linked to its C++ runtime) and Qt agree on one copy.
SYSTEM_LIBRARIES = re.compile(
    r"lib(X11|X11-xcb|Xau|Xdmcp|xcb|xcb-[a-z0-9-]+|xkbcommon|xkbcommon-x11|fontconfig"
    r"|freetype|dbus-1|glib-2\.0|gthread-2\.0|gobject-2\.0|stdc\+\+|gcc_s)\.so(\.\d+)*"
)


def _is_root(entry: Entry) -> bool:
    """Code that Python or Qt loads by name (not because another library needs it)."""
    name, _source, kind = entry
    return (
        kind == "EXTENSION"
        or "plugins" in Path(name).parts
        or Path(name).name.startswith("libpython")
    )


def _from_system(entry: Entry) -> bool:
    """A system library (wheels' own copies sit in folders, under names with a hash)."""
    return "/" not in entry[0] and SYSTEM_LIBRARIES.fullmatch(entry[0]) is not None


def _needed(path: str) -> list[str]:
    """The libraries a binary names as its direct dependencies (ELF ``NEEDED``)."""
    dynamic = subprocess.run(
        [_tool("readelf"), "-d", "-W", path], check=True, capture_output=True, text=True
    ).stdout
    return re.findall(r"\(NEEDED\)\s+Shared library: \[([^\]]+)\]", dynamic)


def needed_only(binaries: Iterable[Entry]) -> list[Entry]:
    """The binaries that some extension module, Qt plugin or libpython needs, directly or
    through others, leaving out :data:`SYSTEM_LIBRARIES` (and what only they needed)."""
    entries = [e for e in binaries if not _from_system(e)]
    by_name = {Path(e[0]).name: e for e in entries if e[2] != "SYMLINK"}
    kept: dict[str, Entry] = {}
    todo = [e for e in entries if _is_root(e)]
    while todo:
        entry = todo.pop()
        if entry[0] in kept:
            continue
        kept[entry[0]] = entry
        todo.extend(by_name[name] for name in _needed(entry[1]) if name in by_name)
    return links_to_kept([e for e in entries if e[0] in kept or e[2] == "SYMLINK"], kept.values())


def links_to_kept(entries: Iterable[Entry], binaries: Iterable[Entry]) -> list[Entry]:
    """``entries`` without the symbolic links to binaries that were left out."""
    present = {e[0] for e in binaries}
    return [e for e in entries if e[2] != "SYMLINK" or e[1] in present]


#: Qt calls four ICU services (the ``u*`` symbols its libraries import): converters
#: (``ucnv``), collation (``ucol``), time zones and their names (``ucal``) and case mapping.
#: Data trees and files that none of them reads: break iteration, transliteration, number
#: spell-out, unit, currency, language and region names (Qt formats with its own CLDR
#: data), character names, StringPrep profiles, the spoof checker's confusables.
ICU_UNUSED_TREES = frozenset({"brkitr", "translit", "rbnf", "unit", "curr", "lang", "region"})
ICU_UNUSED_SUFFIXES = (".spp", ".cfu", "unames.icu")
_LOCALE_ITEM = re.compile(r"^([a-z]{2,3})(_[^.]*)?\.res$")


def icu_items_to_drop(items: Iterable[str], languages: Iterable[str]) -> list[str]:
    """The items of an ICU data package that Qt does not need for ``languages``.

    Kept: the collation and time-zone names of ``root`` and the languages, the locale data
    of the same (calendars), and everything not per locale that those services read
    (normalization, properties, the converter alias table, time zones). Dropped: the unused
    trees and files, the other locales, and the converter tables (Qt 6 decodes UTF-8
    itself; Marginalia decodes every other encoding with Python's codecs).
    """
    wanted = {"root", *languages}
    drop = []
    for item in items:
        tree, _, name = item.rpartition("/")
        locale = _LOCALE_ITEM.match(name)
        if (
            tree in ICU_UNUSED_TREES
            or name.endswith((".cnv", *ICU_UNUSED_SUFFIXES))
            or (locale and name != "res_index.res" and locale.group(1) not in wanted)
        ):
            drop.append(item)
    return drop


def _tool(name: str) -> str:
    found = shutil.which(name)
    if found is None:
        raise SystemExit(
            f"lean: {name} is missing: install icu-devtools and binutils (ci-build.sh does)"
        )
    return found


def trimmed_icu(binaries: Iterable[Entry], languages: Iterable[str], work: Path) -> list[Entry]:
    """``binaries`` with Qt's ``libicudata.so.NN`` replaced by a trimmed build of it.

    The data is taken out of the library (``objcopy``), trimmed (``icupkg``), turned back
    into assembly (``genccode``) and linked under the same soname and symbol.
    """
    entries = list(binaries)
    found = [e for e in entries if re.fullmatch(r"libicudata\.so\.\d+", Path(e[0]).name)]
    if not found:
        return entries
    (name, source, kind) = found[0]
    version = Path(name).name.rsplit(".", 1)[1]
    shutil.rmtree(work, ignore_errors=True)
    work.mkdir(parents=True)
    package = f"icudt{version}l.dat"  # icupkg wants the name its items carry
    (work / "full").mkdir()
    full = work / "full" / package
    trimmed = work / package
    run = subprocess.run
    run([_tool("objcopy"), "-O", "binary", "-j", ".rodata", source, full], check=True)
    listing = run([_tool("icupkg"), "-l", full], check=True, capture_output=True, text=True)
    drop = icu_items_to_drop(listing.stdout.split(), languages)
    (work / "drop.txt").write_text("\n".join(drop) + "\n", encoding="utf-8")
    removed = run(
        [_tool("icupkg"), "-r", work / "drop.txt", full, trimmed],
        check=True, capture_output=True, text=True,
    )  # fmt: skip
    if "depends on missing" in removed.stdout + removed.stderr:
        raise SystemExit(f"lean: the trimmed ICU data would be incomplete:\n{removed.stderr}")
    run(
        [_tool("genccode"), "-q", "-a", "gcc", "-e", f"icudt{version}", "-d", work, trimmed],
        check=True,
    )
    library = work / Path(name).name
    run(
        [_tool("gcc"), "-shared", "-nostdlib", f"-Wl,-soname,{library.name}", "-o", library,
         work / f"{trimmed.stem}_dat.S"],
        check=True,
    )  # fmt: skip
    return [(n, str(library), k) if (n, s, k) == (name, source, kind) else (n, s, k)
            for n, s, k in entries]  # fmt: skip


def _report(bundle: Path) -> None:
    """The bundle's size by top folder, biggest first."""
    sizes: dict[str, int] = {}
    for path in bundle.rglob("*"):
        if path.is_file() and not path.is_symlink():
            relative = path.relative_to(bundle).parts
            key = "/".join(relative[:2]) if relative[0] == "_internal" else relative[0]
            sizes[key] = sizes.get(key, 0) + path.stat().st_size
    for key, size in sorted(sizes.items(), key=lambda kv: -kv[1])[:40]:
        print(f"{size / 2**20:8.1f} MiB  {key}")
    print(f"{sum(sizes.values()) / 2**20:8.1f} MiB  in all")


if __name__ == "__main__":
    _report(Path(sys.argv[1]))
