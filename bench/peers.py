"""Marginalia beside Label Studio and doccano, on the same data, in the same run (issue 14).

    python bench/peers.py [--rounds 3] [--scratch /work/scratch/peers] [--no-peers]
                          [--only labelstudio|doccano] [--articles 10000] [--imports-only]

The data is bench/import_annotations.py's: N generated articles of ~2,000 characters mixing
Chinese and English with numbers, every fifth with astral characters, 10 spans each, as
JSON Lines (``marginalia-cli import``), Label Studio tasks (with and without annotations),
doccano JSON Lines (offsets in UTF-16 code units) and a folder of UTF-8 ``.txt`` files.

Label Studio 1.23 and doccano 1.8.4 are installed (once) into virtual environments under
``--scratch``, outside the repository; each server binds 127.0.0.1 only and is stopped by
its process id. Without them (``--no-peers``, or when they cannot be installed) the table
still shows Marginalia's rows. Rounds are interleaved: each round runs every workload for
every tool, the tools in a rotating order. Printed: medians, min–max, and Marginalia's time
as a ratio of each peer's, from the same run. It is a benchmark, not a test.

What each row times:

- import N articles: Marginalia ``marginalia-cli import`` into an existing empty database,
  a fresh process (start-up included); Label Studio: the tasks JSON posted to a new
  project's import endpoint; doccano: upload, import task, until its status says done.
- 100,000 spans in: bench/import_annotations.py's job (``import_annotations`` in a fresh
  process onto a database holding the articles); the peers import tasks with annotations
  into a new project (they create the tasks as well).
- export: Marginalia ``marginalia-cli export --format labelstudio``; Label Studio's JSON
  export; doccano's JSONL export task and download. Peak memory: the Marginalia process's
  own high-water mark; a peer's whole server (every process), sampled ten times a second.
- start to usable: a peer's server from its command to the first page of tasks and the first
  task answered (no browser; its page then still has to load); Marginalia's window is
  measured by bench/desktop.py.
- memory at rest: the resident memory of every process of the running tool with the 10,000
  articles and 100,000 spans, a few seconds after it answered (Marginalia: the desktop
  application, offscreen, on that database).
- CLI fixed cost: ``marginalia-cli stats`` on bench/cli_startup.py's small database, timed
  by its ``timed`` (that bench has the full study).

``--imports-only`` runs the three import rows alone (more rounds in the same time). Before
the first round Marginalia's modules are compiled to bytecode, as an installation has them:
a process started with ``PYTHONDONTWRITEBYTECODE`` would otherwise time the compiler.
"""

from __future__ import annotations

import argparse
import compileall
import json
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

import cli_startup
import import_annotations as spans_bench
from peers_servers import (
    Doccano,
    LabelStudio,
    PeakSampler,
    Peer,
    cpu_seconds,
    process_tree,
    rss_mib,
)

BIN = Path(sys.executable).parent
OURS = "Marginalia"


@dataclass(frozen=True)
class Result:
    value: float  # seconds, or MiB for the memory row
    peak: float | None = None  # MiB
    cpu: float | None = None  # seconds of CPU (user + system) the work took


def children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def timed_cpu(work: Callable[[], tuple[float, float | None]]) -> Result:
    """Run Marginalia's work in child processes; its wall time, peak and their CPU time."""
    before = children_cpu()
    seconds, peak = work()
    return Result(seconds, peak, children_cpu() - before)


# --- data ------------------------------------------------------------------------------------


def prepare_data(folder: Path, articles: int) -> dict[str, Path]:
    """The shared files for ``articles`` articles (made once, kept in ``folder``)."""
    data = spans_bench.write_data(folder, articles, 10)
    records = [json.loads(line) for line in data["articles"].open(encoding="utf-8")]
    tasks = folder / "tasks-plain.json"
    doccano = folder / "doccano-plain.jsonl"
    texts = folder / "texts"
    if not (folder / ".plain-done").exists():
        tasks.write_text(
            json.dumps([{"data": {"text": r["text"], "title": r["title"]}} for r in records],
                       ensure_ascii=False),
            encoding="utf-8",
        )  # fmt: skip
        doccano.write_text(
            "".join(
                json.dumps({"text": r["text"], "entities": []}, ensure_ascii=False) + "\n"
                for r in records
            ),
            encoding="utf-8",
        )
        shutil.rmtree(texts, ignore_errors=True)
        texts.mkdir()
        for n, record in enumerate(records):
            (texts / f"{n:05}.txt").write_text(
                f"{record['title']}\n\n{record['text']}", encoding="utf-8"
            )
        (folder / ".plain-done").touch()
    return {**data, "tasks-plain": tasks, "doccano-plain": doccano, "texts": texts}


# --- Marginalia ------------------------------------------------------------------------------


def run_ours(command: list[str], env: dict[str, str] | None = None) -> tuple[float, float]:
    """Wall seconds and peak RSS (MiB) of one ``marginalia-cli`` process.

    The peak is the process's own high-water mark (``VmHWM``), read while it runs: the
    ``ru_maxrss`` of a child starts at the size of the parent that forked it.
    """
    with tempfile.TemporaryFile() as errors:
        started = time.perf_counter()
        process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=errors, env=env)
        status = Path(f"/proc/{process.pid}/status")
        peak = 0.0
        while process.poll() is None:
            try:
                for line in status.read_text().splitlines():
                    if line.startswith("VmHWM:"):
                        peak = max(peak, int(line.split()[1]) / 1024)
            except OSError:
                pass
            time.sleep(0.005)
        seconds = time.perf_counter() - started
        errors.seek(0)
        error = errors.read().decode(errors="replace")
    if process.returncode != 0:
        raise RuntimeError(f"{' '.join(command)} failed ({process.returncode}):\n{error}")
    return seconds, peak


def empty_database(path: Path) -> Path:
    from marginalia.db.store import Store

    for suffix in ("", "-wal", "-shm"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)
    with Store.open(path):
        pass
    return path


def cli(*args: str | Path) -> list[str]:
    return [str(BIN / "marginalia-cli"), *map(str, args)]


def resting_memory(pid_of: Callable[[], list[int]], settle: float = 2.0) -> float:
    """Resident MiB once it stops changing (within 1 MiB over ``settle`` s; at most 60 s)."""
    deadline = time.monotonic() + 60
    last = rss_mib(pid_of())
    while time.monotonic() < deadline:
        time.sleep(settle)
        now = rss_mib(pid_of())
        if abs(now - last) < 1:
            return now
        last = now
    return last


def ours_at_rest(db: Path) -> float:
    """The desktop application's resident memory on ``db``, offscreen, once it settles."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "MARGINALIA_ANNOTATOR": "bench"}
    process = subprocess.Popen(
        [str(BIN / "marginalia"), "--db", str(db)],
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env,
    )  # fmt: skip
    try:
        time.sleep(3)
        if process.poll() is not None:
            raise RuntimeError(f"marginalia exited with {process.returncode}")
        return resting_memory(lambda: process_tree(process.pid))
    finally:
        process.terminate()
        try:
            process.wait(20)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


class Ours:
    """Marginalia's side of every workload, each in fresh processes."""

    name = OURS

    def __init__(self, work: Path, data: dict[str, Path], small: dict[str, Path]) -> None:
        self.work = work
        self.data = data
        self.small = small
        work.mkdir(parents=True, exist_ok=True)
        self.base = work / "articles.sqlite"  # the articles alone, for the spans-in job
        spans_bench.build_database(data, self.base)
        self.stats_db = work / "cli-startup.sqlite"  # bench/cli_startup.py's small database
        if not self.stats_db.exists():
            cli_startup.make_database(self.stats_db, 200)

    def import_articles(self, path: Path) -> Result:
        db = empty_database(self.work / "import.sqlite")
        return timed_cpu(lambda: run_ours(cli("--db", db, "import", path, "--json")))

    def spans_in(self) -> Result:
        return timed_cpu(
            lambda: spans_bench.run_job("labelstudio", self.data, self.base, self.work)
        )

    def with_spans(self) -> Path:
        """The database the spans-in job left (articles and annotations)."""
        return self.work / "labelstudio.sqlite"

    def export(self) -> Result:
        out = self.work / "export.json"
        out.unlink(missing_ok=True)
        return timed_cpu(
            lambda: run_ours(
                cli("--db", self.with_spans(), "export", "--format", "labelstudio", "--out", out)
            )
        )

    def at_rest(self) -> Result:
        return Result(ours_at_rest(self.with_spans()))

    def cli_fixed_cost(self) -> Result:
        """``stats`` timed as bench/cli_startup.py times it (median of five runs)."""
        env = {
            **os.environ,
            "MARGINALIA_USER_CONFIG": os.devnull,
            "MARGINALIA_SYSTEM_CONFIG": os.devnull,
        }
        runs = [cli_startup.timed(cli("--db", self.stats_db, "stats"), env) for _ in range(5)]
        return Result(
            statistics.median(wall for wall, _cpu in runs),
            cpu=statistics.median(cpu for _wall, cpu in runs),
        )


# --- the peers' side -------------------------------------------------------------------------


class PeerRun:
    """One peer's side of every workload; projects are made and removed as it goes."""

    def __init__(self, peer: Peer, data: dict[str, Path], small: dict[str, Path]) -> None:
        self.peer = peer
        self.name = peer.name
        self.data = data
        self.small = small
        self.annotated: str | None = None
        self.counter = 0

    def _file(self, kind: str, data: dict[str, Path]) -> Path:
        if isinstance(self.peer, LabelStudio):
            return data["labelstudio" if kind == "annotated" else "tasks-plain"]
        return data["doccano" if kind == "annotated" else "doccano-plain"]

    def _project(self) -> str:
        self.counter += 1
        return self.peer.new_project(f"bench {self.counter}")

    def _timed(self, work: Callable[[], float]) -> Result:
        """The server's wall time for ``work``, its peak memory and its CPU time."""
        roots = [p.pid for p in self.peer.processes]
        before = cpu_seconds(roots)
        with PeakSampler(roots) as sampler:
            seconds = work()
        return Result(seconds, sampler.peak, cpu_seconds(roots) - before)

    def import_articles(self, data: dict[str, Path]) -> Result:
        project = self._project()
        try:
            return self._timed(lambda: self.peer.import_file(project, self._file("plain", data)))
        finally:
            self.peer.delete_project(project)

    def spans_in(self) -> Result:
        if self.annotated is not None:
            self.peer.delete_project(self.annotated)
        self.annotated = self._project()
        annotated = self.annotated
        return self._timed(
            lambda: self.peer.import_file(annotated, self._file("annotated", self.data))
        )

    def export(self) -> Result:
        assert self.annotated is not None
        annotated = self.annotated
        return self._timed(lambda: self.peer.export(annotated))

    def restart(self) -> Result:
        """Stop the server, start it again, open the annotated project's first task."""
        assert self.annotated is not None
        self.peer.stop()
        started = time.perf_counter()
        self.peer.start()
        self.peer.open_first(self.annotated)
        return Result(time.perf_counter() - started)

    def at_rest(self) -> Result:
        return Result(resting_memory(self.peer.pids))


# --- the run and the table -------------------------------------------------------------------


def rows(articles: int) -> list[tuple[str, str, int | None]]:
    """The table's rows: name, unit, and the row whose peer times a row is compared with
    (the folder of .txt files against the peers' import of the same articles)."""
    small, large, spans = f"{articles // 10:,}", f"{articles:,}", f"{articles * 10:,}"
    return [
        (f"import {small} articles (JSON Lines / tasks JSON)", "s", None),
        (f"import {large} articles (JSON Lines / tasks JSON)", "s", None),
        (f"import {large} articles (folder of UTF-8 .txt)", "s", 1),
        (f"{spans} spans in", "s", None),
        (f"export {spans} spans", "s", None),
        ("start to usable (server: first task answered)", "s", None),
        (f"memory at rest, {large} articles + {spans} spans", "MiB", None),
        ("CLI fixed cost (stats on a small database)", "s", None),
    ]


Results = dict[tuple[int, str], list[Result]]


def one_round(
    ours: Ours,
    peers: list[PeerRun],
    results: Results,
    turn: int,
    names: list[tuple[str, str, int | None]],
    imports_only: bool = False,
) -> None:
    tools: list[Ours | PeerRun] = [ours, *peers]
    order = tools[turn % len(tools) :] + tools[: turn % len(tools)]  # rotate who goes first

    def record(row: int, tool: Ours | PeerRun, result: Result) -> None:
        results[(row, tool.name)].append(result)
        extra = f", peak {result.peak:.0f} MiB" if result.peak is not None else ""
        extra += f", CPU {result.cpu:.2f} s" if result.cpu is not None else ""
        print(
            f"  {tool.name:<12} {names[row][0]}: {result.value:.2f} {names[row][1]}{extra}",
            flush=True,
        )

    for tool in order:
        if isinstance(tool, Ours):
            record(0, tool, tool.import_articles(tool.small["articles"]))
        else:
            record(0, tool, tool.import_articles(tool.small))
    for tool in order:
        if isinstance(tool, Ours):
            record(1, tool, tool.import_articles(tool.data["articles"]))
            record(2, tool, tool.import_articles(tool.data["texts"]))
        else:
            record(1, tool, tool.import_articles(tool.data))
    if imports_only:
        return
    for tool in order:
        record(3, tool, tool.spans_in())
    for tool in order:
        record(4, tool, tool.export())
    for tool in order:
        if isinstance(tool, PeerRun):
            record(5, tool, tool.restart())
        record(6, tool, tool.at_rest())
    record(7, ours, ours.cli_fixed_cost())


def _cell(runs: list[Result], unit: str) -> str:
    values = [r.value for r in runs]
    digits = 2 if unit == "s" else 0
    cell = f"{statistics.median(values):.{digits}f} {unit}"
    if len(values) > 1:
        cell += f" ({min(values):.{digits}f}–{max(values):.{digits}f})"
    peaks = [r.peak for r in runs if r.peak is not None]
    if peaks:
        cell += f", peak {statistics.median(peaks):.0f} MiB"
    cpus = [r.cpu for r in runs if r.cpu is not None]
    if cpus:
        cell += f", CPU {statistics.median(cpus):.2f} s"
    return cell


def _ratio(ours: list[Result], theirs: list[Result]) -> str:
    """Marginalia's median as a ratio of the peer's, by wall time and by CPU time."""
    wall = statistics.median(r.value for r in ours) / statistics.median(r.value for r in theirs)
    text = f"ours {wall:.2f}×"
    our_cpu = [r.cpu for r in ours if r.cpu is not None]
    their_cpu = [r.cpu for r in theirs if r.cpu]
    if our_cpu and their_cpu:
        text += f" (CPU {statistics.median(our_cpu) / statistics.median(their_cpu):.2f}×)"
    return text


def print_table(
    results: Results, names: list[tuple[str, str, int | None]], tools: list[str]
) -> None:
    """Medians (min–max over rounds); beside a peer's, Marginalia's median as a ratio of it."""
    print()
    print(f"| workload | {' | '.join(tools)} |")
    print("|---" * (len(tools) + 1) + "|")
    for row, (name, unit, compared_with) in enumerate(names):
        ours = results.get((row, OURS))
        cells = [_cell(ours, unit) if ours else "—"]
        for tool in tools[1:]:
            runs = results.get((compared_with if compared_with is not None else row, tool))
            if not runs:
                cells.append("—")
                continue
            cell = _cell(runs, unit) if compared_with is None else "(as above)"
            if ours:
                cell += f"; {_ratio(ours, runs)}"
            cells.append(cell)
        print(f"| {name} | {' | '.join(cells)} |")
    jsonl, folder = results.get((1, OURS)), results.get((2, OURS))
    if jsonl and folder:  # the folder's own cost: the same articles, the same run
        print(f"\nMarginalia, folder of .txt against JSON Lines: {_ratio(folder, jsonl)[5:]}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--articles", type=int, default=10_000)
    parser.add_argument("--scratch", type=Path, default=Path("/work/scratch/peers"))
    parser.add_argument("--no-peers", action="store_true", help="Marginalia's rows only")
    parser.add_argument("--only", choices=("labelstudio", "doccano"), action="append")
    parser.add_argument("--imports-only", action="store_true", help="the import rows alone")
    parser.add_argument("--labelstudio-python", default="~/.pyenv/versions/3.12.1/bin/python")
    parser.add_argument("--doccano-python", default="~/.pyenv/versions/3.11.7/bin/python")
    args = parser.parse_args()
    scratch: Path = args.scratch.expanduser().resolve()
    if scratch.is_relative_to(Path(__file__).resolve().parents[1]):
        raise SystemExit("peers: --scratch must be outside the repository")
    load = os.getloadavg()
    print(f"{time.strftime('%Y-%m-%d %H:%M')}, load average {load[0]:.2f} {load[1]:.2f} "
          f"{load[2]:.2f}, {os.cpu_count()} cores")  # fmt: skip
    import marginalia.db
    import marginalia.desktop

    for package in (marginalia.db, marginalia.desktop):
        for folder in package.__path__:
            compileall.compile_dir(folder, quiet=1)
    data = prepare_data(scratch / "data" / f"{args.articles}", args.articles)
    small = prepare_data(scratch / "data" / f"{args.articles // 10}", args.articles // 10)
    ours = Ours(scratch / "marginalia" / f"{args.articles}", data, small)

    wanted = [] if args.no_peers else (args.only or ["labelstudio", "doccano"])
    peers: list[PeerRun] = []
    for key in wanted:
        peer: Peer = (
            LabelStudio(os.path.expanduser(args.labelstudio_python), scratch)
            if key == "labelstudio"
            else Doccano(os.path.expanduser(args.doccano_python), scratch)
        )
        try:
            peer.install()
            print(f"starting {peer.name} {peer.version} (first start: migrations) …", flush=True)
            print(f"  {peer.name} answered after {peer.start():.1f} s", flush=True)
        except (OSError, RuntimeError, subprocess.CalledProcessError) as exc:
            print(f"{peer.name}: left out ({exc})", flush=True)
            peer.stop()
            continue
        peers.append(PeerRun(peer, data, small))

    names = rows(args.articles)
    results: Results = defaultdict(list)
    try:
        for turn in range(args.rounds):
            print(f"round {turn + 1} of {args.rounds}", flush=True)
            one_round(ours, peers, results, turn, names, args.imports_only)
    finally:
        for run in peers:
            run.peer.stop()
    load = os.getloadavg()
    print(f"load average at the end {load[0]:.2f} {load[1]:.2f} {load[2]:.2f}")
    shown = names[:3] if args.imports_only else names
    print_table(results, shown, [OURS, *(run.name for run in peers)])


if __name__ == "__main__":
    main()
