"""A lead's working folder, as the help examples and the pipe tests expect to find it."""

from __future__ import annotations

import zipfile
from pathlib import Path

from marginalia.db.locations import sample_article


def prepare(folder: Path) -> None:
    """What the examples name: articles to import, and a lead's database with two coders."""
    from marginalia.db.article_import.pipeline import import_paths
    from marginalia.db.store import Store
    from marginalia.db.values import Status

    (folder / "articles").mkdir()
    (folder / "articles" / "port.txt").write_text("青川港货物吞吐量增长12.5%。\n", "utf-8")
    (folder / "articles" / "steel.txt").write_text("Steel output rose 3% in June.\n", "utf-8")
    with zipfile.ZipFile(folder / "news.zip", "w") as archive:
        archive.writestr("news/rain.txt", "今年降雨量比去年多两成。")
    (folder / "batch.jsonl").write_text(
        '{"title": "一", "text": "第一篇：产值突破1500亿元。"}\n'
        '{"title": "二", "text": "第二篇：新增就业岗位约8000个。"}\n',
        "utf-8",
    )
    with Store.open(folder / "team.sqlite") as team:
        import_paths(team, [sample_article()])
        for who in ("ana", "ben"):
            team.create_annotation(1, "claim", 58, 131, who, attributes={"checkworthy": "yes"})
            team.create_annotation(1, "figure", 90, 96 if who == "ana" else 94, who)
        team.set_status(1, "ana", Status.DONE)


def make_conflicts(folder: Path) -> None:
    """Ana's annotations changed both in her package and in the lead's database."""
    from marginalia.db.store import Store

    with Store.open(folder / "team.sqlite") as team:
        hers = [a for a in team.annotations(1) if a.annotator == "ana"]
    for db, note in (
        (folder / "packages" / "ana.sqlite", "ana's"),
        (folder / "team.sqlite", "lead's"),
    ):
        with Store.open(db) as store:
            for annotation in hers:
                store.update_annotation(annotation.id, annotation.revision, note=note)
