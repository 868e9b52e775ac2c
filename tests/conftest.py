"""Shared fixtures."""

from __future__ import annotations

import os
import threading
import time
import uuid
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import pytest
import sqlalchemy as sa

from storage import Store

PG_URL_ENV = "BULLETIN_DIFF_TEST_PG_URL"


@pytest.fixture(params=["sqlite", "postgresql"])
def db_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    """A fresh, empty database: a SQLite file, or a throwaway PostgreSQL database
    on the server named by ``$BULLETIN_DIFF_TEST_PG_URL`` (skipped when unset)."""
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path}/t.db"
        return
    server = os.environ.get(PG_URL_ENV)
    if not server:
        pytest.skip(f"{PG_URL_ENV} is not set")
    name = f"bulletin_diff_test_{uuid.uuid4().hex[:12]}"
    admin = sa.create_engine(server, isolation_level="AUTOCOMMIT")
    try:
        with admin.connect() as conn:
            conn.exec_driver_sql(f'CREATE DATABASE "{name}"')
        yield sa.make_url(server).set(database=name).render_as_string(hide_password=False)
        with admin.connect() as conn:
            conn.exec_driver_sql(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
    finally:
        admin.dispose()


@pytest.fixture
def store(db_url: str) -> Iterator[Store]:
    with Store(db_url) as opened:
        yield opened


@pytest.fixture(scope="session")
def prefect_harness() -> Iterator[None]:
    """Prefect's own test harness (a temporary database), once per session.

    The flow heartbeat thread is turned off: it only adds a second to each run.
    """
    from prefect.settings import PREFECT_FLOWS_HEARTBEAT_FREQUENCY, temporary_settings
    from prefect.testing.utilities import prefect_test_harness

    with (
        prefect_test_harness(server_startup_timeout=120),
        temporary_settings(updates={PREFECT_FLOWS_HEARTBEAT_FREQUENCY: None}),
    ):
        yield


@pytest.fixture
def seeds_copy(tmp_path: Path) -> Path:
    """The seed pages and their sources file, in a folder of the test's own."""
    import shutil

    target = tmp_path / "seeds"
    shutil.copytree(Path(__file__).parents[1] / "seeds", target)
    return target


# --- a scripted HTTP server on 127.0.0.1 (test_fetching.py, test_flow_web.py) ------
#
# ``server`` runs a ``ThreadingHTTPServer`` on port 0 that answers from a script: each
# path gets a Reply, a list of replies (one per request, the last repeated) or a
# function of the request. It records every request it sees and the largest number
# it was serving at once.


@dataclass(frozen=True)
class Reply:
    status: int = 200
    body: bytes = b""
    headers: dict[str, str] = field(default_factory=dict)
    delay: float = 0.0  # seconds to sleep before answering
    content_length: bool = True  # False: no Content-Length, the body ends when the connection closes


@dataclass(frozen=True)
class Seen:
    path: str
    headers: dict[str, str]  # lower-case names
    started: float  # time.monotonic()


Route = Reply | list[Reply] | Callable[[Seen], Reply]


class Script:
    def __init__(self, base_url: str) -> None:
        self.base_url = base_url
        self.routes: dict[str, Route] = {}
        self.seen: list[Seen] = []
        self.active = 0
        self.max_active = 0
        self._lock = threading.Lock()

    def url(self, path: str) -> str:
        return self.base_url + path

    def add(self, path: str, route: Route) -> str:
        self.routes[path] = list(route) if isinstance(route, list) else route
        return self.url(path)

    def hits(self, path: str) -> list[Seen]:
        with self._lock:
            return [seen for seen in self.seen if seen.path == path]

    def enter(self, path: str, headers: dict[str, str]) -> Reply:
        with self._lock:
            seen = Seen(path, headers, time.monotonic())
            self.seen.append(seen)
            self.active += 1
            self.max_active = max(self.max_active, self.active)
            route = self.routes.get(path, Reply(404, b"not found"))
            if isinstance(route, list):
                return route.pop(0) if len(route) > 1 else route[0]
        return route if isinstance(route, Reply) else route(seen)

    def leave(self) -> bool:
        with self._lock:
            self.active -= 1
        return True


class _Server(ThreadingHTTPServer):
    daemon_threads = True
    script: Script

    def handle_error(self, request: Any, client_address: Any) -> None:
        pass  # the client hung up on purpose (timeouts, size cap)


class _Handler(BaseHTTPRequestHandler):
    server: _Server

    def do_GET(self) -> None:
        script = self.server.script
        left = False
        reply = script.enter(self.path, {name.lower(): value for name, value in self.headers.items()})
        try:
            if reply.delay:
                time.sleep(reply.delay)
            self.send_response(reply.status)
            for name, value in reply.headers.items():
                self.send_header(name, value)
            if reply.content_length and "Content-Length" not in reply.headers:
                self.send_header("Content-Length", str(len(reply.body)))
            left = script.leave()  # before anything is sent: the client cannot be done (and start anew) earlier
            self.end_headers()
            self.wfile.write(reply.body)
        except OSError:
            pass
        finally:
            if not left:
                script.leave()

    def log_message(self, format: str, *args: Any) -> None:
        pass


@pytest.fixture
def server() -> Iterator[Script]:
    httpd = _Server(("127.0.0.1", 0), _Handler)
    httpd.script = Script(f"http://127.0.0.1:{httpd.server_address[1]}")
    thread = threading.Thread(target=httpd.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)
    thread.start()
    try:
        yield httpd.script
    finally:
        httpd.shutdown()
        httpd.server_close()


def html(body: bytes, **headers: str) -> Reply:
    return Reply(200, body, {"Content-Type": "text/html; charset=utf-8", **headers})


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line(
        "markers", "server: starts a real Prefect server, a worker and flow runs (slow; deselect with -m 'not server')"
    )
