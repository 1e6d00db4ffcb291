"""A folder of hostile inputs, made in the test (nothing large is committed).

:func:`build` writes more than the 516 files of issue 16 — broken encodings, binaries
dressed as text, JSON Lines records with lone surrogates or nested 100,000 levels deep,
encrypted and damaged zips, names that are not UTF-8, symlink loops, pipes, a 1.5 GB line
without a newline, one large image named forty times, decompression bombs — and returns
what must happen to each: imported, or failed with a reason that says why.
"""

from __future__ import annotations

import io
import json
import os
import random
import zipfile
from dataclasses import dataclass, field
from pathlib import Path

from PIL import Image

GOOD_TEXT = "第{n}篇：江北区工业总产值突破{n}亿元，共有351家企业。\n\n图为现场。\n"


@dataclass
class Expected:
    #: display paths (as the report writes them) that must be imported
    imported: set[str] = field(default_factory=set)
    #: display path → a piece of the reason it must fail with
    failed: dict[str, str] = field(default_factory=dict)
    #: files written (the issue's folder had 516)
    files: int = 0


def png(width: int, height: int, *, noise: bool = False, seed: int = 0) -> bytes:
    if noise:
        data = random.Random(seed).randbytes(width * height * 3)
        image = Image.frombytes("RGB", (width, height), data)
    else:
        image = Image.new("RGB", (width, height), "teal")
    out = io.BytesIO()
    image.save(out, "PNG", compress_level=1)
    return out.getvalue()


def _zip(path: Path, members: dict[str, bytes]) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in members.items():
            archive.writestr(name, data)


def _patch_zip(path: Path, *, flag: int | None = None, method: int | None = None) -> None:
    """Set a member's general-purpose flag bits or compression method in both headers."""
    data = bytearray(path.read_bytes())
    for signature, flag_at, method_at in ((b"PK\x03\x04", 6, 8), (b"PK\x01\x02", 8, 10)):
        at = data.find(signature)
        while at >= 0:
            if flag is not None:
                data[at + flag_at] |= flag
            if method is not None:
                data[at + method_at : at + method_at + 2] = method.to_bytes(2, "little")
            at = data.find(signature, at + 4)
    path.write_bytes(bytes(data))


def build(root: Path) -> Expected:
    expected = Expected()
    files = 0

    def write(relative: str, data: bytes) -> Path:
        nonlocal files
        path = root / relative
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data)
        files += 1
        return path

    def ok(relative: str) -> None:
        expected.imported.add(str(root / relative))

    def bad(relative: str, reason: str) -> None:
        expected.failed[str(root / relative)] = reason

    # Good articles in the encodings of the corpus, some with control characters.
    encodings = ["utf-8", "gb18030", "big5", "utf-16", "utf-8-sig"]
    for n in range(220):
        encoding = encodings[n % len(encodings)]
        text = GOOD_TEXT.format(n=n)
        if encoding == "big5":
            text = f"第{n}篇：臺灣經濟成長{n}億元，共有351家企業。\n\n圖為現場。\n"
        if n % 7 == 0:  # a stray BEL in a long text: kept as text, the control removed
            text = text.replace("：", "：\x07") + "正文。" * 80
        write(f"good/{n:03}.txt", text.encode(encoding))
        ok(f"good/{n:03}.txt")

    # Binaries presented as text.
    binaries = {
        "png": png(8, 8),
        "pdf": b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj <<>> endobj\n" + bytes(range(256)) * 4,
        "zip": b"PK\x03\x04" + bytes(range(256)) * 8,
        "random": random.Random(1).randbytes(4096),
    }
    for n in range(50):
        kind = list(binaries)[n % len(binaries)]
        write(f"binary/{n:02}-{kind}.txt", binaries[kind])
        bad(f"binary/{n:02}-{kind}.txt", "binary")

    # Empty and blank files.
    for n in range(20):
        write(f"empty/{n:02}.txt", b"")
        bad(f"empty/{n:02}.txt", "the file is empty")
    for n in range(10):
        write(f"blank/{n:02}.txt", b"  \n\t\n \r\n")
        bad(f"blank/{n:02}.txt", "holds no text")

    # JSON Lines: every kind of bad record among good ones.
    deep = b'{"text": "deep", "meta": ' + b"[" * 100_000 + b"]" * 100_000 + b"}"
    for n in range(110):
        name = f"batches/{n:03}.jsonl"
        lines = [
            json.dumps({"title": f"好 {n}", "text": f"第{n}条：增长{n}%。"}, ensure_ascii=False),
            json.dumps({"title": "cut", "text": f"记者{n}报道\ud83d，完"}),  # a lone surrogate
            json.dumps({"title": "\udc00半个", "text": f"标题坏了{n}"}),
            deep.decode(),
            '{"text": "unterminated',
            "[1, 2, 3]",
            json.dumps({"title": "no text"}),
            json.dumps({"text": f"元数据{n}", "meta": {"note": "a\u0000b"}}),
        ]
        data = b"\n".join(line.encode("utf-8", "surrogatepass") for line in lines)
        data += b"\n" + b'{"text": "\xff\xfe latin"}' + b"\n"
        write(name, data)
        ok(f"{name}#1")
        ok(f"{name}#2")
        ok(f"{name}#3")
        bad(f"{name}#4", "nested more than 64 levels deep")
        bad(f"{name}#5", "is not valid JSON")
        bad(f"{name}#6", "is not a JSON object")
        bad(f"{name}#7", 'the field "text" is missing')
        ok(f"{name}#8")
        bad(f"{name}#9", "is not UTF-8")

    # A line of 1.5 GB without a newline (a sparse file: it takes no disk).
    with (root / "huge.jsonl").open("wb") as handle:
        handle.write(b'{"text": "')
        handle.truncate(1536 * 1024 * 1024)
    files += 1
    bad("huge.jsonl#1", "is 1536.0 MB; articles larger than 16 MB are not imported")

    # Articles larger than the limit (sparse too).
    for n in range(3):
        with (root / f"large-{n}.txt").open("wb") as handle:
            handle.truncate(17 * 1024 * 1024)
        files += 1
        bad(f"large-{n}.txt", "is 17.0 MB; articles larger than 16 MB")

    # Zip archives: good, encrypted, unknown compression, damaged, truncated, escaping,
    # nested, oversized.
    article = GOOD_TEXT.format(n="zip").encode()
    for n in range(12):
        name = f"zips/good-{n:02}.zip"
        _zip(
            root / name,
            {
                f"a{n}.txt": article + str(n).encode(),
                f"sub/b{n}.txt": b"B" + article + str(n).encode(),
            },
        )
        files += 1
        ok(f"{name}!a{n}.txt")
        ok(f"{name}!sub/b{n}.txt")
    for n in range(8):
        name = f"zips/encrypted-{n}.zip"
        _zip(root / name, {"secret.txt": article + b"secret" + str(n).encode()})
        _patch_zip(root / name, flag=0x1)
        files += 1
        bad(
            f"{name}!secret.txt", "is encrypted; Marginalia cannot read password-protected archives"
        )
    for n in range(4):
        name = f"zips/encrypted-batch-{n}.zip"
        batch = "\n".join(json.dumps({"text": f"批{n}-{i}"}) for i in range(3)).encode()
        _zip(root / name, {"batch.jsonl": batch})
        _patch_zip(root / name, flag=0x1)
        files += 1
        bad(f"{name}!batch.jsonl", "is encrypted")
    for n in range(6):
        name = f"zips/method-{n}.zip"
        _zip(root / name, {"odd.txt": article + str(n).encode()})
        _patch_zip(root / name, method=99)  # AES, which zipfile cannot unpack
        files += 1
        bad(f"{name}!odd.txt", "cannot be unpacked")
    for n in range(6):
        name = f"zips/crc-{n}.zip"
        path = root / name
        with zipfile.ZipFile(path, "w", zipfile.ZIP_STORED) as archive:
            archive.writestr("bad.txt", article + b"x" * 200 + str(n).encode())
        stored = bytearray(path.read_bytes())
        at = stored.find(b"x" * 200)
        stored[at + 50] = ord("y")  # stored data changed: its CRC no longer matches
        path.write_bytes(bytes(stored))
        files += 1
        bad(f"{name}!bad.txt", "cannot be unpacked (Bad CRC-32")
    for n in range(6):
        name = f"zips/truncated-{n}.zip"
        _zip(root / name, {"t.txt": article})
        (root / name).write_bytes((root / name).read_bytes()[:40])
        files += 1
        bad(name, "is not a valid zip archive")
    for n in range(4):
        name = f"zips/escape-{n}.zip"
        _zip(root / name, {"ok.txt": article, "../../evil.txt": b"evil"})
        files += 1
        bad(f"{name}!../../evil.txt", "points outside the archive")
    for n in range(3):
        name = f"zips/nested-{n}.zip"
        inner = io.BytesIO()
        with zipfile.ZipFile(inner, "w") as archive:
            archive.writestr("x.txt", article)
        _zip(root / name, {"inner.zip": inner.getvalue()})
        files += 1
        bad(f"{name}!inner.zip", "archives inside archives are not imported")
    name = "zips/bomb.zip"
    with zipfile.ZipFile(root / name, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("zeros.txt", b"0" * (20 * 1024 * 1024))
    files += 1
    bad(f"{name}!zeros.txt", "is 20.0 MB")

    # File names that are not UTF-8 (Latin-1 and Shift-JIS bytes from old archives).
    raw_root = os.fsencode(root / "names")
    os.makedirs(raw_root, exist_ok=True)
    for n in range(20):
        raw_name = (b"caf\xe9-%d.txt" if n % 2 else b"\x83e\x83X\x83g-%d.txt") % n
        with open(raw_root + b"/" + raw_name, "wb") as handle:
            handle.write(GOOD_TEXT.format(n=f"名{n}").encode())
        files += 1
        shown = (
            os.fsencode(root / "names").decode("utf-8")
            + "/"
            + raw_name.decode("utf-8", "backslashreplace")
        )
        expected.imported.add(shown)

    # Links that loop, links that lead nowhere, and pipes.
    loops = root / "loops"
    (loops / "inner").mkdir(parents=True)
    (loops / "self").symlink_to(".")
    (loops / "inner" / "up").symlink_to("..")
    (loops / "inner" / "again").symlink_to(loops)
    write("loops/inner/looped.txt", GOOD_TEXT.format(n="loop").encode())
    ok("loops/inner/looped.txt")
    for n in range(5):
        (root / f"dangling-{n}.txt").symlink_to(root / f"gone-{n}.txt")
        files += 1
        bad(f"dangling-{n}.txt", "no such file or folder")
    for n in range(2):
        os.mkfifo(root / f"pipe-{n}.txt")
        files += 1
        bad(f"pipe-{n}.txt", "is not a regular file")

    # Images: one large picture named forty times, a truncated one, a decompression bomb.
    pictures = root / "pictures"
    pictures.mkdir()
    (pictures / "big.png").write_bytes(png(2600, 2600, noise=True))
    files += 1
    write("pictures/forty.txt", ("四十次\n\n" + "big.png\n\n图\n\n" * 40).encode())
    ok("pictures/forty.txt")
    truncated = png(400, 300, noise=True, seed=2)
    (pictures / "truncated.png").write_bytes(truncated[: len(truncated) // 2])
    files += 1
    write("pictures/broken.txt", "坏图\n\ntruncated.png\n\n说明\n".encode())
    bad("pictures/broken.txt", "the image truncated.png")
    bomb = io.BytesIO()
    Image.new("1", (12_000, 12_000)).save(bomb, "PNG")
    (pictures / "bomb.png").write_bytes(bomb.getvalue())
    files += 1
    write("pictures/bomb.txt", "炸弹\n\nbomb.png\n\n说明\n".encode())
    bad("pictures/bomb.txt", "too large to show")

    # Saved pages: nested 10,000 levels, scripts only, broken markup, a good one.
    page = (
        "<html><head><title>好页</title></head>"
        "<body><article><h1>标题</h1>{}</article></body></html>"
    )
    for n in range(6):
        write(f"pages/deep-{n}.html", ("<div>" * 10_000 + "深" + "</div>" * 10_000).encode())
        bad(f"pages/deep-{n}.html", "nested")
    for n in range(6):
        write(f"pages/script-{n}.html", b"<html><script>alert(1)</script></html>")
        bad(f"pages/script-{n}.html", "no article text")
    for n in range(6):
        body = "".join(f"<p>第{n}段第{i}句，增长{i}%，企业{i}家。" for i in range(30))
        write(f"pages/broken-{n}.html", page.format(body + "<p><b><i>未闭合").encode())
        ok(f"pages/broken-{n}.html")

    # A folder nested 40 levels deep.
    deep_folder = "/".join(["d"] * 40)
    write(f"{deep_folder}/bottom.txt", GOOD_TEXT.format(n="底").encode())
    ok(f"{deep_folder}/bottom.txt")

    expected.files = files
    return expected
