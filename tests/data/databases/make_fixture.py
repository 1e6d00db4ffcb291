"""Make the frozen fixture database of one schema revision (run once, by hand, per revision).

    python tests/data/databases/make_fixture.py 0001

The file is committed and never regenerated: it stands for a database an older Marginalia
wrote. tests/db/test_upgrades.py opens each one with the current code.
"""

from __future__ import annotations

import sys
from pathlib import Path

from alembic import command
from sqlalchemy import create_engine, text

from marginalia.db.database import _alembic_config

HERE = Path(__file__).parent
#: Named columns: revision 0003 added ``retired`` (with a default).
LABELS = "INSERT INTO labels (id, name, key, colour, position) VALUES"


def make(revision: str) -> Path:
    path = HERE / f"rev-{revision}.sqlite"
    path.unlink(missing_ok=True)
    engine = create_engine(f"sqlite:///{path}")
    with engine.begin() as conn:
        config = _alembic_config()
        config.attributes["connection"] = conn
        command.upgrade(config, revision)
        statements = [
            "INSERT INTO marginalia_meta VALUES ('application', 'marginalia')",
            f"{LABELS} ('claim', 'Claim', '1', '#E69F00', 0)",
            f"{LABELS} ('figure', 'Figure', '2', '#0072B2', 1)",
            f"{LABELS} ('caption', 'Image caption', '3', '#009E73', 2)",
            "INSERT INTO attribute_defs VALUES (1, 'figure', 'value', 'number', '[]', 0)",
            "INSERT INTO annotators VALUES (1, 'ana', '2026-01-02 03:04:05.000000')",
            "INSERT INTO articles VALUES (1, 'f00d', '江北', '😀𠀋 江北工业总产值突破1500亿元', 18,"
            " 'seed.txt', NULL, NULL, NULL, 'zh', 'utf-8', 1.0, '{}',"
            " '2026-01-02 03:04:05.000000')",
            "INSERT INTO annotations VALUES ('6a1c3d9e-0000-4000-8000-000000000001', 1,"
            " 'figure', 12, 18, '1500亿元', '😀𠀋 江北工业总产值突破', '',"
            " '{\"value\": 150000000000}',"
            " 'checked', NULL, 1, '2026-01-02 03:04:05.000000', '2026-01-02 03:04:06.000000', 2,"
            " NULL, NULL)",
            "INSERT INTO article_status VALUES (1, 1, 'done', NULL, '2026-01-02 03:04:07.000000')",
            "INSERT INTO assignments VALUES (1, 1, '2026-01-02 03:04:04.000000')",
            "INSERT INTO suggestion_decisions VALUES (1, 1, 'figure', 12, 18, 1, 'rejected',"
            " '2026-01-02 03:04:08.000000')",
        ]
        for statement in statements:
            conn.execute(text(statement))
    engine.dispose()
    return path


if __name__ == "__main__":
    print(make(sys.argv[1]))
