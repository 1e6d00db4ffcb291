"""A crash never bricks a database (issue 16, item 1).

Processes are killed at chosen system calls (``strace`` fault injection): while a new
database is built and linked into place, at the removal of a rollback journal (ours, an
older Marginalia's, another SQLite tool's), while a backup or an export is renamed into
place. Afterwards the database opens, passes ``integrity_check`` and holds everything that
was acknowledged; leftovers of the killed process are cleaned on the next run.
"""

from __future__ import annotations

import hashlib
import os
import random
import signal
import sqlite3
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

from marginalia.db.backup import backup_database, rotate_backups
from marginalia.db.database import APPLICATION_ID
from marginalia.db.errors import DatabaseError
from marginalia.db.store import NewArticle, Store

from .conftest import integrity

#: The temporary name a child process builds a new database under (its randomness fixed).
FIXED = "000000000000"
TEXT = "江北区工业总产值突破1500亿元，共有351家企业。"


def killed_at(strace: str, syscalls: str, path: Path, code: str, *args: str) -> int:
    """Run ``code`` and kill it (SIGKILL) at the first ``syscalls`` call that touches ``path``."""
    command = [
        strace, "-f", "-qq", "-o", os.devnull, "-P", str(path),
        "-e", f"trace={syscalls}", "-e", f"inject={syscalls}:signal=KILL",
        sys.executable, "-c", textwrap.dedent(code), *args,
    ]  # fmt: skip
    return subprocess.run(command, capture_output=True, timeout=120, check=False).returncode


OPEN_NEW = f"""
    import secrets, sys
    secrets.token_hex = lambda n: "{FIXED}"
    from marginalia.db.store import Store
    Store.open(sys.argv[1]).close()
    print("OPENED")
"""


def temp_of(path: Path) -> Path:
    return path.with_name(f".{path.name}.{FIXED}.creating")


def assert_sound(path: Path) -> None:
    """It opens, holds the default schema and passes integrity_check."""
    with Store.open(path) as store:
        assert [lb.id for lb in store.schema().labels] == ["claim", "figure", "caption"]
        store.create_annotation(_article(store), "claim", 0, 3, "ana")
    assert integrity(path) == "ok"


@pytest.mark.parametrize(
    ("syscalls", "at", "placed"),
    [
        ("unlink,unlinkat", "-journal", False),  # the journal's removal while building
        ("link,linkat,rename,renameat,renameat2", "", False),  # putting it in place
        ("unlink,unlinkat", "temp", True),  # removing the temporary name after that
    ],
    ids=["journal-removal", "link", "temp-removal"],
)
def test_a_kill_while_a_database_is_created_leaves_none_or_a_whole_one(
    strace: str, tmp_path: Path, syscalls: str, at: str, placed: bool
) -> None:
    path = tmp_path / "new.sqlite"
    temp = temp_of(path)
    watched = {"-journal": Path(f"{temp}-journal"), "": path, "temp": temp}[at]
    assert killed_at(strace, syscalls, watched, OPEN_NEW, str(path)) == -signal.SIGKILL
    assert path.exists() == placed
    if placed:  # whole: it was complete before it took the name
        assert integrity(path) == "ok"
    leftovers = [p for p in tmp_path.iterdir() if p.name.startswith(".new.sqlite.")]
    assert leftovers, "the kill left nothing to clean: it did not hit where it should"
    assert_sound(path)
    assert [p for p in tmp_path.iterdir() if p.name.startswith(".new.sqlite.")] == []


def test_random_kills_while_creating_never_leave_a_database_that_will_not_open(
    tmp_path: Path,
) -> None:
    rng = random.Random(16)
    for attempt in range(8):
        path = tmp_path / f"db{attempt}.sqlite"
        child = subprocess.Popen(
            [sys.executable, "-c", textwrap.dedent(OPEN_NEW), str(path)],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        time.sleep(rng.uniform(0.3, 1.5))  # Python and SQLAlchemy start, then it builds
        child.send_signal(signal.SIGKILL)
        child.wait()
        assert_sound(path)
    assert [p for p in tmp_path.iterdir() if ".creating" in p.name] == []


#: The first thing an older Marginalia did on a new path: switch it to WAL in place,
#: through a rollback journal; killed at the journal's removal, the file never opened again.
OLDER_CREATION = """
    import sqlite3, sys
    connection = sqlite3.connect(sys.argv[1], isolation_level=None)
    connection.execute("PRAGMA journal_mode = WAL")
"""


def test_a_creation_killed_in_an_older_version_at_the_journal_removal_is_recovered(
    strace: str, tmp_path: Path
) -> None:
    path = tmp_path / "marginalia.sqlite"
    journal = Path(f"{path}-journal")
    assert killed_at(strace, "unlink,unlinkat", journal, OLDER_CREATION, str(path)) == (
        -signal.SIGKILL
    )
    assert path.exists() and journal.exists()  # the state that bricked the default database
    assert_sound(path)
    assert not journal.exists()


#: Another SQLite tool changes our database in rollback-journal mode and is killed at the
#: journal's removal (the moment its transaction would have committed).
FOREIGN_EDIT = """
    import sqlite3, sys
    connection = sqlite3.connect(sys.argv[1], isolation_level=None)
    connection.execute("PRAGMA journal_mode = DELETE")
    connection.execute("BEGIN")
    connection.execute("DELETE FROM annotations")
    connection.execute("UPDATE articles SET title = 'changed'")
    connection.execute("COMMIT")
"""


def test_a_hot_journal_left_in_our_database_by_another_tool_is_rolled_back(
    strace: str, tmp_path: Path
) -> None:
    path = tmp_path / "ours.sqlite"
    with Store.open(path) as store:
        article = _article(store)
        made = [
            store.create_annotation(article, "claim", i, i + 2, "ana").value.id for i in range(5)
        ]
    journal = Path(f"{path}-journal")
    assert killed_at(strace, "unlink,unlinkat", journal, FOREIGN_EDIT, str(path)) == (
        -signal.SIGKILL
    )
    assert journal.exists()
    with pytest.raises(sqlite3.OperationalError):  # what a read-only look meets
        sqlite3.connect(f"file:{path}?mode=ro", uri=True).execute(
            "SELECT count(*) FROM annotations"
        ).fetchone()
    with Store.open(path) as store:  # recovered: the unfinished change is undone
        assert sorted(a.id for a in store.annotations(article)) == sorted(made)
        assert store.article(article).title == "t"
    assert integrity(path) == "ok" and not journal.exists()


def test_a_foreign_database_with_a_hot_journal_is_refused_and_left_alone(
    strace: str, tmp_path: Path
) -> None:
    path = tmp_path / "theirs.sqlite"
    raw = sqlite3.connect(path)
    raw.execute("CREATE TABLE notes (x)")
    raw.executemany("INSERT INTO notes VALUES (?)", [(str(i) * 100,) for i in range(200)])
    raw.commit()
    raw.close()
    journal = Path(f"{path}-journal")
    edit = """
        import sqlite3, sys
        c = sqlite3.connect(sys.argv[1], isolation_level=None)
        c.execute("BEGIN"); c.execute("DELETE FROM notes"); c.execute("COMMIT")
    """
    assert killed_at(strace, "unlink,unlinkat", journal, edit, str(path)) == -signal.SIGKILL
    before = {p.name: p.read_bytes() for p in tmp_path.iterdir()}
    with pytest.raises(DatabaseError, match=r"not a Marginalia database.*theirs\.sqlite-journal"):
        Store.open(path)
    assert {p.name: p.read_bytes() for p in tmp_path.iterdir()} == before


def test_a_foreign_wal_database_gets_no_stray_files(tmp_path: Path) -> None:
    path = tmp_path / "theirs.sqlite"
    raw = sqlite3.connect(path)
    raw.execute("PRAGMA journal_mode = WAL")
    raw.execute("CREATE TABLE notes (x)")
    raw.commit()
    raw.close()
    before = {p.name: p.read_bytes() for p in tmp_path.iterdir()}
    assert list(before) == ["theirs.sqlite"]
    with pytest.raises(DatabaseError, match="not a Marginalia database"):
        Store.open(path)
    assert {p.name: p.read_bytes() for p in tmp_path.iterdir()} == before


EDITOR = """
    import sys
    from marginalia.db.store import Store
    with Store.open(sys.argv[1]) as store:
        for n in range(100000):
            made = store.create_annotation(1, "claim", n % 20, n % 20 + 3, "ana")
            print(made.value.id, flush=True)  # acknowledged: committed
"""


def test_random_kills_of_an_editor_lose_nothing_acknowledged(tmp_path: Path) -> None:
    path = tmp_path / "edits.sqlite"
    with Store.open(path) as store:
        _article(store)
    rng = random.Random(7)
    acknowledged: list[str] = []
    for _round in range(5):
        child = subprocess.Popen(
            [sys.executable, "-c", textwrap.dedent(EDITOR), str(path)],
            stdout=subprocess.PIPE,
            text=True,
        )
        assert child.stdout is not None
        acknowledged.append(child.stdout.readline().strip())  # it has started writing
        deadline = time.monotonic() + rng.uniform(0.2, 0.8)
        while time.monotonic() < deadline:
            acknowledged.append(child.stdout.readline().strip())
        child.send_signal(signal.SIGKILL)
        acknowledged += [line.strip() for line in child.stdout.read().splitlines()]
        child.wait()
        assert integrity(path) == "ok"
    acknowledged = [a for a in acknowledged if a]
    assert len(acknowledged) > 20
    with Store.open(path) as store:
        kept = {a.id for a in store.annotations(1)}
    assert set(acknowledged) <= kept


BACKUP = f"""
    import secrets, sys
    secrets.token_hex = lambda n: "{FIXED}"
    from pathlib import Path
    from marginalia.db.backup import backup_database
    backup_database(Path(sys.argv[1]), Path(sys.argv[2]))
"""


def test_a_killed_backup_leaves_its_partial_copy_for_the_next_run_to_remove(
    strace: str, tmp_path: Path
) -> None:
    path = tmp_path / "db.sqlite"
    with Store.open(path) as store:
        _article(store)
    target = tmp_path / "copy.sqlite"
    partial = tmp_path / f".copy.sqlite.{FIXED}.partial"
    rename = "rename,renameat,renameat2"
    assert killed_at(strace, rename, partial, BACKUP, str(path), str(target)) == -signal.SIGKILL
    assert partial.stat().st_size > 0 and not target.exists()
    backup_database(path, target)
    assert [p for p in tmp_path.iterdir() if ".partial" in p.name] == []
    assert integrity(target) == "ok"
    # the rolling backups at start clean their folder too
    backups = tmp_path / "backups"
    backups.mkdir()
    stray = backups / ".db.sqlite.20260101T000000000000Z.auto.sqlite.abcdef012345.partial"
    stray.write_bytes(b"half a copy")
    assert rotate_backups(path, keep=2) is not None
    assert not stray.exists()


EXPORT = """
    import secrets, sys
    secrets.token_hex = lambda n: sys.argv[3]
    from marginalia.desktop.cli.main import main
    sys.exit(main(["--db", sys.argv[1], "export", "--format", "w3c", "--out", sys.argv[2]]))
"""


def test_killed_exports_leave_hidden_parts_that_the_next_export_removes(
    strace: str, tmp_path: Path
) -> None:
    path = tmp_path / "db.sqlite"
    with Store.open(path) as store:
        article = _article(store)
        for i in range(20):
            store.create_annotation(article, "claim", i, i + 2, "ana")
    out = tmp_path / "out" / "set.jsonl"
    out.parent.mkdir()
    rename = "rename,renameat,renameat2"
    for n in range(3):
        part = out.parent / f".set.jsonl.{n:012}.part"
        assert killed_at(strace, rename, part, EXPORT, str(path), str(out), f"{n:012}") == (
            -signal.SIGKILL
        )
        # each run removed what the run before it left; its own parts are there, whole
        parts = sorted(p.name for p in out.parent.iterdir() if p.name.endswith(".part"))
        assert parts == [f".set.jsonl.{n:012}.part", f".set.jsonl.manifest.json.{n:012}.part"]
        assert part.stat().st_size > 0
    other = out.parent / "download.zip.part"  # somebody else's: never touched
    other.write_text("theirs")
    alike = out.parent / ".set.jsonl.draft.part"  # looks alike, but is not one of ours
    alike.write_text("theirs too")
    status = subprocess.run(
        [sys.executable, "-c", textwrap.dedent(EXPORT), str(path), str(out), "f" * 12],
        check=False,
    ).returncode
    assert status == 0
    assert sorted(p.name for p in out.parent.iterdir()) == [
        ".set.jsonl.draft.part",
        "download.zip.part",
        "set.jsonl",
        "set.jsonl.manifest.json",
    ]


def test_a_new_database_carries_our_mark_in_its_header(tmp_path: Path) -> None:
    path = tmp_path / "new.sqlite"
    Store.open(path).close()
    header = path.read_bytes()[:100]
    assert int.from_bytes(header[68:72], "big") == APPLICATION_ID
    assert header[18:20] == b"\x02\x02"  # WAL, so nothing more is written to make it WAL


def _article(store: Store) -> int:
    digest = hashlib.sha256(TEXT.encode()).hexdigest()
    return store.add_articles([NewArticle(digest, TEXT, "t")]).value[0].id


def test_a_damaged_database_of_ours_points_to_its_backups(tmp_path: Path) -> None:
    path = tmp_path / "ours.sqlite"
    with Store.open(path) as store:
        _article(store)
    data = bytearray(path.read_bytes())
    data[100:4096] = b"\xff" * (4096 - 100)  # the schema page, past the header
    path.write_bytes(bytes(data))
    with pytest.raises(DatabaseError) as refused:
        Store.open(path)
    assert str(refused.value) == (
        f"{path}: the database is damaged; restore the newest copy from the backups folder "
        "beside it"
    )
