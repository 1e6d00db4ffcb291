"""What packaging/lean.py leaves out of the Linux bundle (ADR 0092).

The bundle itself is built and self-tested by packaging/ci-build.sh; these check the rules on
names, including the ones that once went wrong (a wheel's own copy of an X11 library is not
the system's).
"""

from __future__ import annotations

import importlib.util
from pathlib import Path
from types import ModuleType

REPO = Path(__file__).resolve().parents[2]


def load_lean() -> ModuleType:
    spec = importlib.util.spec_from_file_location("packaging_lean", REPO / "packaging" / "lean.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


lean = load_lean()


def test_the_desktops_own_libraries_come_from_the_system() -> None:
    for name in (
        "libX11.so.6",
        "libxcb.so.1",
        "libxcb-cursor.so.0",
        "libxkbcommon-x11.so.0",
        "libfontconfig.so.1",
        "libdbus-1.so.3",
        "libglib-2.0.so.0",
        "libstdc++.so.6",
    ):
        assert lean._from_system((name, f"/usr/lib/{name}", "BINARY")), name


def test_wheels_own_copies_and_the_rest_stay_in_the_bundle() -> None:
    for name in (
        "pillow.libs/libxcb-9065bb12.so.1.1.0",  # Pillow's private, renamed copy
        "pillow.libs/libXau-154567c4.so.6.0.0",
        "libsqlite3.so.0",
        "libpython3.12.so.1.0",
        "PySide6/Qt/lib/libQt6Gui.so.6",
        "libxcbfoo.so.1",
    ):
        assert not lean._from_system((name, f"/src/{name}", "BINARY")), name


def test_icu_keeps_root_and_the_shipped_languages_of_what_qt_reads() -> None:
    items = [
        "root.res", "en.res", "en_GB.res", "zh.res", "zh_Hant_TW.res", "de.res", "yue_Hans.res",
        "res_index.res", "pool.res", "supplementalData.res", "zoneinfo64.res", "cnvalias.icu",
        "nfkc.nrm", "coll/root.res", "coll/zh.res", "coll/de.res", "coll/de_.res",
        "coll/ucadata.icu", "zone/en.res", "zone/fr.res", "brkitr/cjdict.dict", "brkitr/en.res",
        "translit/root.res", "rbnf/en.res", "unit/en.res", "curr/en.res", "lang/zh.res",
        "region/en.res", "gb18030.cnv", "ibm-1047_P100-1995.cnv", "unames.icu", "rfc3491.spp",
        "confusables.cfu",
    ]  # fmt: skip
    dropped = set(lean.icu_items_to_drop(items, ("en", "zh")))
    kept = set(items) - dropped
    assert kept == {
        "root.res", "en.res", "en_GB.res", "zh.res", "zh_Hant_TW.res", "res_index.res",
        "pool.res", "supplementalData.res", "zoneinfo64.res", "cnvalias.icu", "nfkc.nrm",
        "coll/root.res", "coll/zh.res", "coll/ucadata.icu", "zone/en.res",
    }  # fmt: skip


def test_links_to_left_out_libraries_go_too() -> None:
    binaries = [("PySide6/Qt/lib/libQt6Core.so.6", "/src/core", "BINARY")]
    datas = [
        ("libQt6Core.so.6", "PySide6/Qt/lib/libQt6Core.so.6", "SYMLINK"),
        ("libQt6Network.so.6", "PySide6/Qt/lib/libQt6Network.so.6", "SYMLINK"),
        ("babel/global.dat", "/src/global.dat", "DATA"),
    ]
    assert lean.links_to_kept(datas, binaries) == [datas[0], datas[2]]
