"""Label Studio and doccano for bench/peers.py: installed, started on 127.0.0.1, driven, stopped.

Each peer lives in its own virtual environment under a scratch folder outside the
repository, with its data beside it. A server is started as its users start it
(``label-studio start``; doccano's gunicorn web server and its Celery task worker, with
gunicorn bound to 127.0.0.1 instead of ``doccano webserver``'s 0.0.0.0), with telemetry,
error reporting and update checks off and a proxy that goes nowhere, so nothing leaves the
machine. Every process started here is stopped by its process id (and its children's).
Only the standard library is used: the bench runs in Marginalia's environment.
"""

from __future__ import annotations

import json
import os
import shutil
import signal
import socket
import subprocess
import threading
import time
import urllib.error
import urllib.request
import uuid
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

#: Environment of every peer process: no telemetry, no update check, no way out.
OFFLINE = {
    "SENTRY_DSN": "",
    "FRONTEND_SENTRY_DSN": "",
    "LATEST_VERSION_CHECK": "false",
    "COLLECT_ANALYTICS": "false",
    "HTTP_PROXY": "http://127.0.0.1:9",
    "HTTPS_PROXY": "http://127.0.0.1:9",
    "http_proxy": "http://127.0.0.1:9",
    "https_proxy": "http://127.0.0.1:9",
    "NO_PROXY": "127.0.0.1,localhost",
    "no_proxy": "127.0.0.1,localhost",
}
LABELS = ("Claim", "Figure", "Image caption")
USER, PASSWORD = "bench@localhost", "bench-password-14"


# --- processes -------------------------------------------------------------------------------


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def _children(pid: int) -> list[int]:
    found = []
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                stat = (entry / "stat").read_text()
            except OSError:
                continue
            if int(stat.rsplit(")", 1)[1].split()[1]) == pid:
                found.append(int(entry.name))
    return found


def process_tree(pid: int) -> list[int]:
    """``pid`` and all its descendants."""
    tree, todo = [], [pid]
    while todo:
        current = todo.pop()
        tree.append(current)
        todo.extend(_children(current))
    return tree


def rss_mib(pids: Sequence[int]) -> float:
    """The resident memory of these processes together."""
    total = 0
    for pid in pids:
        try:
            status = Path(f"/proc/{pid}/status").read_text()
        except OSError:
            continue
        for line in status.splitlines():
            if line.startswith("VmRSS:"):
                total += int(line.split()[1])
    return total / 1024


_TICK = os.sysconf("SC_CLK_TCK")


def cpu_seconds(roots: Sequence[int]) -> float:
    """CPU time (user + system, with reaped children's) of these process trees so far."""
    total = 0
    for pid in (p for root in roots for p in process_tree(root)):
        try:
            fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        total += sum(int(value) for value in fields[11:15])  # utime stime cutime cstime
    return total / _TICK


class PeakSampler:
    """The highest resident memory of process trees, sampled ten times a second."""

    def __init__(self, roots: Sequence[int]) -> None:
        self.roots = list(roots)
        self.peak = 0.0
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)

    def _run(self) -> None:
        while not self._stop.is_set():
            pids = [pid for root in self.roots for pid in process_tree(root)]
            self.peak = max(self.peak, rss_mib(pids))
            self._stop.wait(0.1)

    def __enter__(self) -> PeakSampler:
        self._thread.start()
        return self

    def __exit__(self, *_: object) -> None:
        self._stop.set()
        self._thread.join()


def stop(process: subprocess.Popen[bytes], grace: float = 20.0) -> None:
    """Stop a server and everything it started: SIGTERM, then SIGKILL whatever is left."""
    tree = process_tree(process.pid)
    for pid in tree:
        try:
            os.kill(pid, signal.SIGTERM)
        except ProcessLookupError:
            pass
    try:
        process.wait(grace)
    except subprocess.TimeoutExpired:
        pass
    deadline = time.monotonic() + grace
    for pid in tree:
        while Path(f"/proc/{pid}").exists() and time.monotonic() < deadline:
            time.sleep(0.1)
        try:
            os.kill(pid, signal.SIGKILL)
        except ProcessLookupError:
            pass
    if process.poll() is None:
        process.wait()


# --- HTTP ------------------------------------------------------------------------------------


def request(
    method: str,
    url: str,
    *,
    headers: Mapping[str, str] | None = None,
    body: Any = None,
    data: bytes | None = None,
    timeout: float = 3600,
) -> tuple[int, bytes]:
    """One HTTP call to a local server (never through a proxy)."""
    sent_headers = dict(headers or {})
    if body is not None:
        data = json.dumps(body, ensure_ascii=False).encode("utf-8")
        sent_headers["Content-Type"] = "application/json"
    call = urllib.request.Request(url, data=data, method=method, headers=sent_headers)
    opener = urllib.request.build_opener(urllib.request.ProxyHandler({}))
    try:
        with opener.open(call, timeout=timeout) as response:
            return response.status, response.read()
    except urllib.error.HTTPError as error:
        return error.code, error.read()


def multipart(field_name: str, filename: str, content: bytes) -> tuple[bytes, str]:
    """A multipart/form-data body with one file, and its content type."""
    boundary = uuid.uuid4().hex
    head = (
        f'--{boundary}\r\nContent-Disposition: form-data; name="{field_name}"; '
        f'filename="{filename}"\r\nContent-Type: application/octet-stream\r\n\r\n'
    ).encode()
    return head + content + f"\r\n--{boundary}--\r\n".encode(), (
        f"multipart/form-data; boundary={boundary}"
    )


def wait_until(check: Any, timeout: float, what: str) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            if check():
                return
        except OSError:
            pass
        time.sleep(0.05)
    raise RuntimeError(f"{what} did not answer within {timeout:.0f} s")


# --- the peers -------------------------------------------------------------------------------


@dataclass
class Peer:
    """A peer's environment and server; subclasses know its commands and API."""

    name: str
    version: str
    python: str
    home: Path
    requirements: tuple[str, ...]
    processes: list[subprocess.Popen[bytes]] = field(default_factory=list)
    port: int = 0

    @property
    def venv(self) -> Path:
        return self.home / "venv"

    @property
    def data(self) -> Path:
        return self.home / "data"

    def installed(self) -> bool:
        return (self.home / f".installed-{self.version}").exists()

    def install(self) -> None:
        """Create the environment and install the pinned packages (once)."""
        if self.installed():
            return
        shutil.rmtree(self.venv, ignore_errors=True)
        self.home.mkdir(parents=True, exist_ok=True)
        subprocess.run([self.python, "-m", "venv", str(self.venv)], check=True)
        pip = [str(self.venv / "bin" / "python"), "-m", "pip", "install", "-q"]
        with (self.home / "install.log").open("ab") as log:
            for packages in (["--upgrade", "pip"], list(self.requirements)):
                subprocess.run([*pip, *packages], check=True, stdout=log, stderr=log)
        (self.home / f".installed-{self.version}").touch()

    def env(self, extra: Mapping[str, str] = {}) -> dict[str, str]:
        return {**os.environ, **OFFLINE, **extra}

    def spawn(self, command: Sequence[str], log: str, env: Mapping[str, str]) -> None:
        self.data.mkdir(parents=True, exist_ok=True)
        with (self.data / log).open("ab") as out:
            self.processes.append(
                subprocess.Popen(
                    list(command), stdout=out, stderr=subprocess.STDOUT, env=dict(env),
                    cwd=self.home, start_new_session=True,
                )
            )  # fmt: skip

    def stop(self) -> None:
        for process in reversed(self.processes):
            stop(process)
        self.processes.clear()

    def pids(self) -> list[int]:
        return [pid for p in self.processes for pid in process_tree(p.pid)]

    def url(self, path: str) -> str:
        return f"http://127.0.0.1:{self.port}{path}"

    # implemented by each peer
    def start(self) -> float:
        raise NotImplementedError

    def new_project(self, name: str) -> str:
        raise NotImplementedError

    def import_file(self, project: str, path: Path) -> float:
        raise NotImplementedError

    def export(self, project: str) -> float:
        raise NotImplementedError

    def open_first(self, project: str) -> None:
        raise NotImplementedError

    def delete_project(self, project: str) -> None:
        raise NotImplementedError


class LabelStudio(Peer):
    """``label-studio start`` (Django's server, SQLite), driven through its REST API."""

    TOKEN = "bench-token-0014"
    CONFIG = (
        '<View><Text name="text" value="$text"/><Labels name="label" toName="text">'
        + "".join(f'<Label value="{label}"/>' for label in LABELS)
        + "</Labels></View>"
    )

    def __init__(self, python: str, scratch: Path) -> None:
        super().__init__(
            "Label Studio", "1.23.2", python, scratch / "labelstudio", ("label-studio==1.23.2",)
        )

    @property
    def headers(self) -> dict[str, str]:
        return {"Authorization": f"Token {self.TOKEN}"}

    def start(self) -> float:
        """Seconds from the command to the API answering."""
        self.port = free_port()
        started = time.perf_counter()
        self.spawn(
            [
                str(self.venv / "bin" / "label-studio"), "start", "--no-browser",
                "--internal-host", "127.0.0.1", "--port", str(self.port),
                "--data-dir", str(self.data), "--username", USER, "--password", PASSWORD,
                "--user-token", self.TOKEN, "--enable-legacy-api-token",
            ],
            "server.log",
            self.env(),
        )  # fmt: skip
        wait_until(
            lambda: request("GET", self.url("/api/projects/"), headers=self.headers)[0] == 200,
            600,
            "Label Studio",
        )
        return time.perf_counter() - started

    def new_project(self, name: str) -> str:
        status, body = request(
            "POST", self.url("/api/projects/"), headers=self.headers,
            body={"title": name, "label_config": self.CONFIG},
        )  # fmt: skip
        if status != 201:
            raise RuntimeError(f"Label Studio: creating a project: {status} {body[:200]!r}")
        return str(json.loads(body)["id"])

    def import_file(self, project: str, path: Path) -> float:
        """Tasks JSON read from disk and posted to the project's import endpoint (it answers
        when the tasks are stored)."""
        started = time.perf_counter()
        payload = path.read_bytes()
        status, body = request(
            "POST", self.url(f"/api/projects/{project}/import"),
            headers={**self.headers, "Content-Type": "application/json"}, data=payload,
        )  # fmt: skip
        seconds = time.perf_counter() - started
        if status != 201:
            raise RuntimeError(f"Label Studio: import: {status} {body[:300]!r}")
        return seconds

    def export(self, project: str) -> float:
        started = time.perf_counter()
        status, body = request(
            "GET", self.url(f"/api/projects/{project}/export?exportType=JSON"),
            headers=self.headers,
        )  # fmt: skip
        seconds = time.perf_counter() - started
        if status != 200 or not body.startswith(b"["):
            raise RuntimeError(f"Label Studio: export: {status} {body[:300]!r}")
        return seconds

    def open_first(self, project: str) -> None:
        """What the project page asks for: the first page of tasks, then the first task."""
        status, body = request(
            "GET", self.url(f"/api/tasks/?project={project}&page=1&page_size=30"),
            headers=self.headers,
        )  # fmt: skip
        tasks = json.loads(body)["tasks"] if status == 200 else []
        if not tasks:
            raise RuntimeError(f"Label Studio: listing tasks: {status} {body[:200]!r}")
        request("GET", self.url(f"/api/tasks/{tasks[0]['id']}/"), headers=self.headers)

    def delete_project(self, project: str) -> None:
        request("DELETE", self.url(f"/api/projects/{project}/"), headers=self.headers)


class Doccano(Peer):
    """doccano's gunicorn web server (bound to 127.0.0.1) and its Celery task worker."""

    def __init__(self, python: str, scratch: Path) -> None:
        super().__init__(
            "doccano", "1.8.4", python, scratch / "doccano",
            ("doccano==1.8.4", "marshmallow<4", "numpy<2"),
        )  # fmt: skip
        self.token = ""

    def _env(self) -> dict[str, str]:
        return self.env(
            {
                "DOCCANO_HOME": str(self.data),
                "STANDALONE": "True",
                "DJANGO_SETTINGS_MODULE": "config.settings.production",
                "DATABASE_URL": f"sqlite:///{self.data / 'db.sqlite3'}",
                "MEDIA_ROOT": str(self.data / "media"),
            }
        )

    def _backend(self) -> Path:
        found = sorted(self.venv.glob("lib/python*/site-packages/backend"))
        if not found:
            raise RuntimeError("doccano: its backend package is not installed")
        return found[0]

    def _prepare(self) -> None:
        if (self.data / ".initialised").exists():
            return
        shutil.rmtree(self.data, ignore_errors=True)
        self.data.mkdir(parents=True)
        doccano = str(self.venv / "bin" / "doccano")
        with (self.data / "init.log").open("ab") as log:
            for command in (
                [doccano, "init"],
                [doccano, "createuser", "--username", "bench", "--password", PASSWORD],
            ):
                subprocess.run(command, check=True, env=self._env(), stdout=log, stderr=log)
        (self.data / ".initialised").touch()

    def start(self) -> float:
        self._prepare()
        self.port = free_port()
        workers = str(2 * (os.cpu_count() or 1) + 1)  # as `doccano webserver` chooses
        started = time.perf_counter()
        self.spawn(
            [
                str(self.venv / "bin" / "gunicorn"), "--bind", f"127.0.0.1:{self.port}",
                "--workers", workers, "--chdir", str(self._backend()), "config.wsgi",
            ],
            "web.log",
            self._env(),
        )  # fmt: skip
        self.spawn([str(self.venv / "bin" / "doccano"), "task"], "task.log", self._env())
        wait_until(lambda: request("GET", self.url("/v1/health/"))[0] == 200, 600, "doccano")
        status, body = request(
            "POST", self.url("/v1/auth/login/"), body={"username": "bench", "password": PASSWORD}
        )
        if status != 200:
            raise RuntimeError(f"doccano: logging in: {status} {body[:200]!r}")
        self.token = json.loads(body)["key"]
        return time.perf_counter() - started

    @property
    def headers(self) -> dict[str, str]:
        return {"Authorization": f"Token {self.token}"}

    def _wait_task(self, task_id: str) -> Any:
        while True:
            status, body = request(
                "GET", self.url(f"/v1/tasks/status/{task_id}"), headers=self.headers
            )
            state = json.loads(body) if status == 200 else {}
            if state.get("ready"):
                return state
            time.sleep(0.05)

    def new_project(self, name: str) -> str:
        status, body = request(
            "POST", self.url("/v1/projects"), headers=self.headers,
            body={
                "name": name, "description": name, "guideline": "",
                "project_type": "SequenceLabeling", "resourcetype": "SequenceLabelingProject",
                "allow_overlapping": True, "use_relation": False, "tags": [],
            },
        )  # fmt: skip
        if status != 201:
            raise RuntimeError(f"doccano: creating a project: {status} {body[:200]!r}")
        return str(json.loads(body)["id"])

    def import_file(self, project: str, path: Path) -> float:
        """Read from disk, upload, start the import task, poll until it is done (as its web
        page does)."""
        started = time.perf_counter()
        body, content_type = multipart("filepond", path.name, path.read_bytes())
        status, upload = request(
            "POST", self.url("/v1/fp/process/"),
            headers={**self.headers, "Content-Type": content_type}, data=body,
        )  # fmt: skip
        if status != 200:
            raise RuntimeError(f"doccano: upload: {status} {upload[:200]!r}")
        status, answer = request(
            "POST", self.url(f"/v1/projects/{project}/upload"), headers=self.headers,
            body={
                "uploadIds": [upload.decode()], "format": "JSONL", "task": "SequenceLabeling",
                "column_data": "text", "column_label": "entities", "delimiter": "",
                "encoding": "utf_8",
            },
        )  # fmt: skip
        if status != 200:
            raise RuntimeError(f"doccano: import: {status} {answer[:200]!r}")
        state = self._wait_task(json.loads(answer)["task_id"])
        seconds = time.perf_counter() - started
        errors = (state.get("result") or {}).get("error") or state.get("error")
        if errors:
            raise RuntimeError(f"doccano: import: {str(errors)[:300]}")
        return seconds

    def export(self, project: str) -> float:
        started = time.perf_counter()
        status, answer = request(
            "POST", self.url(f"/v1/projects/{project}/download"), headers=self.headers,
            body={"format": "JSONL", "exportApproved": False},
        )  # fmt: skip
        if status != 200:
            raise RuntimeError(f"doccano: export: {status} {answer[:200]!r}")
        task_id = json.loads(answer)["task_id"]
        self._wait_task(task_id)
        status, archive = request(
            "GET", self.url(f"/v1/projects/{project}/download?taskId={task_id}"),
            headers=self.headers,
        )  # fmt: skip
        seconds = time.perf_counter() - started
        if status != 200 or not archive.startswith(b"PK"):
            raise RuntimeError(f"doccano: export download: {status} {archive[:200]!r}")
        return seconds

    def open_first(self, project: str) -> None:
        status, body = request(
            "GET", self.url(f"/v1/projects/{project}/examples?limit=10&offset=0"),
            headers=self.headers,
        )  # fmt: skip
        results = json.loads(body)["results"] if status == 200 else []
        if not results:
            raise RuntimeError(f"doccano: listing examples: {status} {body[:200]!r}")
        request(
            "GET", self.url(f"/v1/projects/{project}/examples/{results[0]['id']}"),
            headers=self.headers,
        )  # fmt: skip
        request("GET", self.url(f"/v1/projects/{project}/spans?example={results[0]['id']}"),
                headers=self.headers)  # fmt: skip

    def delete_project(self, project: str) -> None:
        request("DELETE", self.url(f"/v1/projects/{project}"), headers=self.headers)
