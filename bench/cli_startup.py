"""How long ``marginalia-cli`` takes to answer, against bare Python in the same run (issue 14).

    python bench/cli_startup.py [--rounds 15] [--articles 200] [--from-source] [--before TREE]

Each row is a fresh process, as a lead's shell starts it, timed from spawn to exit: the
median wall time over ``--rounds`` interleaved rounds (every command once per round, so a
busy neighbour slows them all alike), and the median CPU time (user + system) of the same
runs, which a loaded machine inflates far less than wall time. Baselines: ``python -c
pass`` (the interpreter) and ``python -c "import sqlalchemy"`` (the floor for any command
that reads the database). The database is small: ``--articles`` articles of ~300
characters with 10 annotations each.

Python runs from bytecode, as it does for a user (pip compiles an installed wheel, the
bundle ships bytecode): the children cache it in a temporary ``PYTHONPYCACHEPREFIX``, filled
by one untimed round. ``--from-source`` measures instead what a tree without a bytecode cache
costs (``PYTHONDONTWRITEBYTECODE=1``, as in some sandboxes: every module of the tree is
compiled at every start).

``stats`` and ``articles`` read an up-to-date SQLite file with sqlite3 alone (ADR 0102); the
row "the store's stats" is what they cost through SQLAlchemy (a fresh process opening the
store and reading the same figures). "import, nothing new" is the import command's fixed
cost: one JSON Lines article that is already stored.

The progress bar's library is measured too: ``import rich.progress`` alone, and what the
CLI's own progress and job modules cost to import (they must not load rich: a bar that
never shows costs nothing). ``stats`` and ``articles`` do not import them at all.
Figures: docs/performance.md.
"""

from __future__ import annotations

import argparse
import os
import resource
import statistics
import subprocess
import sys
import sysconfig
import tempfile
import time
from pathlib import Path

TARGET = 0.25  # seconds, issue 14


def make_database(path: Path, articles: int) -> None:
    from marginalia.db.store import NewArticle, Store

    with Store.open(path) as store:
        batch = [
            NewArticle(
                sha256=f"{n:064x}",
                text=f"第{n}篇：江北区工业总产值突破1500亿元，同比增长12.5%。😀 " * 8,
                title=f"文章 {n}",
            )
            for n in range(articles)
        ]
        stored = store.add_articles(batch).value
        for article in stored:
            for k in range(10):
                store.create_annotation(article.id, "figure", 10 * k, 10 * k + 4, "bench")


def timed(command: list[str], env: dict[str, str]) -> tuple[float, float]:
    """Wall and CPU (user + system) seconds of one run of ``command``."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    subprocess.run(command, check=True, stdout=subprocess.DEVNULL, env=env)
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return wall, (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)


def in_place(tree: Path, folder: Path, env: dict[str, str]) -> tuple[list[str], dict[str, str]]:
    """How to run the Marginalia of another checkout: ``python -S`` (so that this venv's
    editable install does not answer) with ``marginalia.*`` linked to ``tree``'s folders."""
    root = folder / "before" / "marginalia"
    root.mkdir(parents=True)
    for part in ("db", "desktop", "resources"):
        (root / part).symlink_to(tree.resolve() / part)
    paths = [str(root.parent), sysconfig.get_paths()["purelib"]]
    return [sys.executable, "-S"], {**env, "PYTHONPATH": os.pathsep.join(paths)}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--rounds", type=int, default=15)
    parser.add_argument("--articles", type=int, default=200)
    parser.add_argument(
        "--from-source",
        action="store_true",
        help="no bytecode cache: every module of the tree compiled at every start",
    )
    parser.add_argument(
        "--before",
        type=Path,
        metavar="TREE",
        help="also time the CLI of another checkout (git worktree add /tmp/old REV)",
    )
    args = parser.parse_args()

    python = sys.executable
    env = {
        **os.environ,
        "MARGINALIA_USER_CONFIG": os.devnull,
        "MARGINALIA_SYSTEM_CONFIG": os.devnull,
    }
    with tempfile.TemporaryDirectory() as name:
        folder = Path(name)
        if args.from_source:
            env["PYTHONDONTWRITEBYTECODE"] = "1"
            env.pop("PYTHONPYCACHEPREFIX", None)
        else:
            env.pop("PYTHONDONTWRITEBYTECODE", None)
            env["PYTHONPYCACHEPREFIX"] = str(folder / "bytecode")
        db = folder / "small.sqlite"
        make_database(db, args.articles)
        stored = folder / "one.jsonl"
        stored.write_text('{"title": "t", "text": "江北区工业总产值突破1500亿元。"}\n', "utf-8")
        subprocess.run(
            [python, "-m", "marginalia.desktop.cli.main", "--db", str(db), "import", str(stored)],
            check=True,
            stdout=subprocess.DEVNULL,
            env=env,
        )
        store_stats = (
            "import sys; from marginalia.db.store import Store; "
            "store = Store.open(sys.argv[1]); store.stats(); store.close()"
        )
        cli = [python, "-m", "marginalia.desktop.cli.main"]
        rows: dict[str, tuple[list[str], dict[str, str]]] = {
            "python -c pass": ([python, "-c", "pass"], env),
            "python -c 'import sqlalchemy'": ([python, "-c", "import sqlalchemy"], env),
            "python -c 'import rich.progress'": ([python, "-c", "import rich.progress"], env),
            "import the CLI's progress and job modules": (
                [
                    python,
                    "-c",
                    "import sys, marginalia.desktop.cli.jobs; assert 'rich' not in sys.modules",
                ],
                env,
            ),
            "marginalia-cli --version": ([*cli, "--version"], env),
            "marginalia-cli --help": ([*cli, "--help"], env),
            "marginalia-cli stats": ([*cli, "--db", str(db), "stats"], env),
            "marginalia-cli articles": ([*cli, "--db", str(db), "articles"], env),
            "marginalia-cli stats --json": ([*cli, "--db", str(db), "stats", "--json"], env),
            "the store's stats (SQLAlchemy)": ([python, "-c", store_stats, str(db)], env),
            "marginalia-cli import, nothing new": (
                [*cli, "--db", str(db), "import", str(stored)],
                env,
            ),
        }
        if args.before:
            old, old_env = in_place(args.before, folder, env)
            old_db = folder / "before.sqlite"
            here = str(Path(__file__).parent)
            build = (
                f"import sys; sys.path.insert(0, {here!r}); from cli_startup import make_database"
            )
            build += (
                f"; from pathlib import Path; make_database(Path({str(old_db)!r}), {args.articles})"
            )
            subprocess.run([*old, "-c", build], check=True, env=old_env)
            old_cli = [*old, "-m", "marginalia.desktop.cli.main"]
            rows["before: python -S -c 'import sqlalchemy'"] = (
                [*old, "-c", "import sqlalchemy"],
                old_env,
            )
            rows["before: marginalia-cli --version"] = ([*old_cli, "--version"], old_env)
            rows["before: marginalia-cli stats"] = (
                [*old_cli, "--db", str(old_db), "stats"],
                old_env,
            )
            rows["before: marginalia-cli articles"] = (
                [*old_cli, "--db", str(old_db), "articles"],
                old_env,
            )
        walls: dict[str, list[float]] = {name: [] for name in rows}
        cpus: dict[str, list[float]] = {name: [] for name in rows}
        for command, command_env in rows.values():  # untimed: fills the bytecode cache
            timed(command, command_env)
        for _ in range(args.rounds):
            for name, (command, command_env) in rows.items():
                wall, cpu = timed(command, command_env)
                walls[name].append(wall)
                cpus[name].append(cpu)

    source = "from source, no bytecode cache" if args.from_source else "from bytecode"
    print(
        f"{args.rounds} rounds, {args.articles} articles, {source}, load {os.getloadavg()[0]:.1f}"
    )
    print(f"{'what':<44} {'wall':>7} {'min':>7} {'CPU':>7} {'wall−sqla':>10} {'CPU−sqla':>9}")
    floor_wall = statistics.median(walls["python -c 'import sqlalchemy'"])
    floor_cpu = statistics.median(cpus["python -c 'import sqlalchemy'"])
    for name in rows:
        wall, cpu = statistics.median(walls[name]), statistics.median(cpus[name])
        verdict = ""
        if name.startswith("marginalia-cli") and name not in (
            "marginalia-cli --help",
            "marginalia-cli import, nothing new",
        ):
            verdict = "ok" if wall <= TARGET else f"wall over {TARGET} s"
        print(
            f"{name:<44} {wall * 1000:5.0f}ms {min(walls[name]) * 1000:5.0f}ms "
            f"{cpu * 1000:5.0f}ms {(wall - floor_wall) * 1000:8.0f}ms "
            f"{(cpu - floor_cpu) * 1000:7.0f}ms  {verdict}"
        )


if __name__ == "__main__":
    main()
