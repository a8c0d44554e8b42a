"""A real, throw-away PostgreSQL server for the memory tests (no mocks).

``initdb`` into a temporary folder, ``pg_ctl start`` listening on a unix socket only (no
TCP), ``CREATE EXTENSION pg_trgm`` in each test database. Run as root (CI), the server
runs as the ``postgres`` user, which initdb requires. Where the binaries or the contrib
extensions are missing the tests skip, saying what to install.
"""

from __future__ import annotations

import glob
import os
import shutil
import socket
import subprocess
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

INSTALL = "apt-get install postgresql postgresql-contrib"


def find_bindir() -> Path | None:
    explicit = os.environ.get("WORKBENCH_PG_BIN")
    if explicit and (Path(explicit) / "initdb").exists():
        return Path(explicit)
    for candidate in sorted(glob.glob("/usr/lib/postgresql/*/bin"), reverse=True):
        if (Path(candidate) / "initdb").exists() and (Path(candidate) / "pg_ctl").exists():
            return Path(candidate)
    found = shutil.which("initdb")
    return Path(found).parent if found and shutil.which("pg_ctl") else None


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


class Server:
    def __init__(self, bindir: Path) -> None:
        self.bindir = bindir
        self.base = Path(tempfile.mkdtemp(prefix="wbpg-"))
        self.data = self.base / "data"
        self.port = _free_port()
        self.as_postgres = os.geteuid() == 0
        self.counter = 0

    def _run(self, *args: str) -> subprocess.CompletedProcess[str]:
        command = [str(self.bindir / args[0]), *args[1:]]
        if self.as_postgres:
            command = ["runuser", "-u", "postgres", "--", *command]
        return subprocess.run(command, capture_output=True, text=True, timeout=120)

    def start(self) -> str | None:
        """Start the server; None, or why it could not start."""
        if self.as_postgres:
            shutil.chown(self.base, "postgres")
        os.chmod(self.base, 0o755)
        result = self._run("initdb", "-D", str(self.data), "-A", "trust", "-U", "wb", "-E", "UTF8",
                           "--no-sync", "--locale=C.UTF-8")
        if result.returncode:
            return f"initdb failed: {result.stderr.strip()[-300:]}"
        options = f"-k {self.base} -p {self.port} -c listen_addresses='' -c fsync=off"
        result = self._run("pg_ctl", "-D", str(self.data), "-o", options, "-l", str(self.base / "log"), "-w",
                           "-t", "60", "start")
        if result.returncode:
            log = (self.base / "log").read_text(errors="replace") if (self.base / "log").exists() else ""
            return f"pg_ctl start failed: {result.stderr.strip()[-300:]} {log[-300:]}"
        return None

    def url(self, database: str = "postgres") -> str:
        return f"postgresql://wb@/{database}?host={self.base}&port={self.port}"

    def new_database(self) -> str:
        """A fresh database with pg_trgm (raises RuntimeError when the extension is missing)."""
        import psycopg

        self.counter += 1
        name = f"wb_test_{self.counter}"
        with psycopg.connect(self.url(), autocommit=True) as conn:
            conn.execute(f"DROP DATABASE IF EXISTS {name}")
            conn.execute(f"CREATE DATABASE {name}")
        try:
            with psycopg.connect(self.url(name), autocommit=True) as conn:
                conn.execute("CREATE EXTENSION IF NOT EXISTS pg_trgm")
        except psycopg.Error as exc:
            raise RuntimeError(f"pg_trgm is not installed ({INSTALL}): {exc}") from None
        return self.url(name)

    def stop(self) -> None:
        self._run("pg_ctl", "-D", str(self.data), "-m", "immediate", "-w", "stop")
        shutil.rmtree(self.base, ignore_errors=True)


@contextmanager
def running_server() -> Iterator[tuple[Server | None, str]]:
    """(server, "") or (None, why the PostgreSQL tests must skip)."""
    bindir = find_bindir()
    if bindir is None:
        yield None, f"PostgreSQL server binaries (initdb, pg_ctl) not found: {INSTALL}"
        return
    try:
        import psycopg  # noqa: F401
    except ImportError:
        yield None, "psycopg is not installed: pip install 'psycopg[binary]'"
        return
    server = Server(bindir)
    problem = server.start()
    if problem:
        shutil.rmtree(server.base, ignore_errors=True)
        yield None, problem
        return
    try:
        yield server, ""
    finally:
        server.stop()
