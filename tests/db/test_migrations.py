"""The models and the migrations describe the same schema."""

from __future__ import annotations

from pathlib import Path

from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import create_engine, inspect

from marginalia.db.database import _alembic_config
from marginalia.db.models import Base


def _migrated(path: Path) -> str:
    url = f"sqlite:///{path}"
    engine = create_engine(url)
    with engine.begin() as conn:
        config = _alembic_config()
        config.attributes["connection"] = conn
        command.upgrade(config, "head")
    engine.dispose()
    return url


def test_migrating_an_empty_database_gives_the_models(tmp_path: Path) -> None:
    engine = create_engine(_migrated(tmp_path / "m.sqlite"))
    with engine.connect() as conn:
        context = MigrationContext.configure(conn, opts={"compare_type": True})
        differences = compare_metadata(context, Base.metadata)
    assert differences == []


def test_create_all_and_migrations_give_the_same_tables_and_indexes(tmp_path: Path) -> None:
    migrated = create_engine(_migrated(tmp_path / "m.sqlite"))
    created = create_engine(f"sqlite:///{tmp_path / 'c.sqlite'}")
    Base.metadata.create_all(created)

    def shape(engine: object) -> dict[str, object]:
        insp = inspect(engine)
        return {
            table: (
                sorted((c["name"], str(c["type"]), c["nullable"]) for c in insp.get_columns(table)),
                sorted((i["name"], tuple(i["column_names"])) for i in insp.get_indexes(table)),
                sorted(str(fk["referred_table"]) for fk in insp.get_foreign_keys(table)),
            )
            for table in insp.get_table_names()
            if table != "alembic_version"
        }

    assert shape(migrated) == shape(created)
