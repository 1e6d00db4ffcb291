"""The open lifecycle of ADR 0004: create, reopen, refuse, upgrade with a backup."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import text

from marginalia.db.connection import reading
from marginalia.db.database import APPLICATION_ID, head_revision, open_database
from marginalia.db.errors import DatabaseError
from marginalia.db.store import Store

FIXTURES = Path(__file__).resolve().parents[1] / "data" / "databases"


def test_a_new_file_is_created_stamped_with_the_default_schema(tmp_path: Path) -> None:
    path = tmp_path / "new.sqlite"
    with Store.open(path) as store:
        assert store.report is not None and store.report.created
        labels = [(lb.id, lb.name, lb.key) for lb in store.schema().labels]
    assert labels == [
        ("claim", "Claim", "1"),
        ("figure", "Figure", "2"),
        ("caption", "Image caption", "3"),
    ]
    raw = sqlite3.connect(path)
    assert raw.execute("SELECT version_num FROM alembic_version").fetchone() == (head_revision(),)
    assert raw.execute("PRAGMA application_id").fetchone() == (APPLICATION_ID,)
    assert raw.execute("PRAGMA journal_mode").fetchone() == ("wal",)


def test_the_default_schema_has_the_attributes_of_design_section_3(store: Store) -> None:
    claim = store.label("claim")
    assert [a.name for a in claim.attributes] == ["checkworthy", "type", "speaker"]
    assert claim.attribute("type") is not None
    figure = store.label("Figure")
    assert figure.attribute("kind").choices == (  # type: ignore[union-attr]
        "count",
        "money",
        "percent",
        "date",
        "measure",
        "other",
    )
    assert store.label("caption").attributes[0].kind == "image"


def test_connections_use_wal_foreign_keys_and_a_busy_timeout(store: Store) -> None:
    with reading(store) as conn:
        assert conn.execute(text("PRAGMA foreign_keys")).scalar() == 1
        busy_timeout = conn.execute(text("PRAGMA busy_timeout")).scalar()
        assert busy_timeout is not None and busy_timeout >= 5000
        assert conn.execute(text("PRAGMA journal_mode")).scalar() == "wal"
        assert conn.execute(text("PRAGMA synchronous")).scalar() == 2  # FULL


def test_reopening_changes_nothing(tmp_path: Path) -> None:
    path = tmp_path / "db.sqlite"
    Store.open(path).close()
    with Store.open(path) as store:
        assert store.report is not None
        assert not store.report.created and store.report.migrated_from is None
    assert not list(tmp_path.glob("*.bak"))


def test_a_file_that_is_not_sqlite_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "notes.sqlite"
    path.write_text("hello")
    with pytest.raises(DatabaseError, match="not a Marginalia database"):
        open_database(path)
    assert path.read_text() == "hello"


def test_a_foreign_sqlite_database_is_refused_untouched(tmp_path: Path) -> None:
    path = tmp_path / "other.sqlite"
    raw = sqlite3.connect(path)
    raw.execute("CREATE TABLE things (x)")
    raw.commit()
    raw.close()
    before = path.read_bytes()
    with pytest.raises(DatabaseError, match="not a Marginalia database"):
        Store.open(path)
    assert path.read_bytes() == before


def test_a_database_from_a_newer_version_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "future.sqlite"
    Store.open(path).close()
    raw = sqlite3.connect(path)
    raw.execute("UPDATE alembic_version SET version_num = '9999'")
    raw.commit()
    raw.close()
    with pytest.raises(DatabaseError, match="newer version of Marginalia"):
        Store.open(path)
    raw = sqlite3.connect(path)
    assert raw.execute("SELECT version_num FROM alembic_version").fetchone() == ("9999",)


def test_a_missing_folder_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(DatabaseError, match="does not exist"):
        Store.open(tmp_path / "nowhere" / "db.sqlite")


def test_a_folder_is_not_a_database(tmp_path: Path) -> None:
    with pytest.raises(DatabaseError, match="is a folder"):
        Store.open(tmp_path)


@pytest.mark.parametrize("fixture", sorted(FIXTURES.glob("rev-*.sqlite")), ids=lambda p: p.stem)
def test_every_earlier_revision_is_backed_up_and_upgraded(fixture: Path, tmp_path: Path) -> None:
    path = tmp_path / "old.sqlite"
    shutil.copy(fixture, path)
    original = list(sqlite3.connect(fixture).iterdump())
    with Store.open(path) as store:
        report = store.report
        assert report is not None and report.migrated_from == fixture.stem.removeprefix("rev-")
        assert report.backup is not None and report.backup.parent == tmp_path
        assert list(sqlite3.connect(report.backup).iterdump()) == original
        (annotation,) = store.annotations(1)
        article = store.article(1)
        assert article.text[annotation.start : annotation.end] == annotation.quote == "1500亿元"
        assert annotation.attributes == {"value": 150000000000}
        assert annotation.note == "checked" and annotation.revision == 2
        status = store.status(1, "ana")
        assert status is not None and status.status == "done"
        assert [lb.id for lb in store.schema().labels] == ["claim", "figure", "caption"]
    raw = sqlite3.connect(path)
    assert raw.execute("SELECT version_num FROM alembic_version").fetchone() == (head_revision(),)
    assert raw.execute("PRAGMA integrity_check").fetchone() == ("ok",)


def test_the_fixtures_cover_every_earlier_revision() -> None:
    from marginalia.db.database import known_revisions

    earlier = known_revisions() - {head_revision()}
    have = {p.stem.removeprefix("rev-") for p in FIXTURES.glob("rev-*.sqlite")}
    assert earlier <= have, f"add a fixture for {sorted(earlier - have)} (make_fixture.py)"


def test_the_newest_migration_is_alembics_head_and_an_open_needs_no_alembic(
    tmp_path: Path,
) -> None:
    """An up-to-date database opens without importing Alembic (the CLI's start-up, issue 14).

    That rests on each script being ``NNNN_*.py`` with ``revision = "NNNN"``, in a line.
    """
    import subprocess
    import sys
    from importlib.resources import files

    from alembic.script import ScriptDirectory

    from marginalia.db.database import _alembic_config, newest_migration

    assert newest_migration() == head_revision()
    scripts = ScriptDirectory.from_config(_alembic_config())
    for script in scripts.walk_revisions():
        assert Path(script.path).name.startswith(f"{script.revision}_"), script.path
        assert script.down_revision in (None, f"{int(script.revision) - 1:04}")
    versions = files("marginalia.db") / "migrations" / "versions"
    assert sum(1 for p in versions.iterdir() if p.name.endswith(".py")) == len(
        list(scripts.walk_revisions())
    )

    path = tmp_path / "current.sqlite"
    open_database(path)[0].dispose()
    probe = (
        "import sys; from marginalia.db.database import open_database; "
        f"e, r = open_database({str(path)!r}); e.dispose(); "
        "assert not r.created and not r.migrated_from; "
        "print(sorted(m for m in sys.modules if m.split('.')[0] == 'alembic'))"
    )
    done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "[]"
