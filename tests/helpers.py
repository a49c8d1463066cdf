"""Shared helpers: build the site (or a modified copy of it) the way `make build` does."""

from __future__ import annotations

import http.server
import os
import shutil
import socket
import subprocess
import sys
import threading
from pathlib import Path

import material

ROOT = Path(__file__).resolve().parent.parent
# Material's own templates and assets, as installed (what overrides/ and the post-build step change).
MATERIAL_TEMPLATES = Path(material.__file__).parent / "templates"
MKDOCS = [sys.executable, "-m", "mkdocs"]
PROJECT_PARTS = ("mkdocs.yml", "docs", "macros", "overrides")


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def build(site_dir: Path, project: Path = ROOT, site_url: str | None = None, env: dict | None = None):
    """Run `mkdocs build --strict`; return the CompletedProcess (never raises)."""
    full_env = {**os.environ, "NO_MKDOCS_2_WARNING": "1", **(env or {})}
    if site_url:
        full_env["SITE_URL"] = site_url
    return subprocess.run(
        [*MKDOCS, "build", "--strict", "--site-dir", str(site_dir)],
        cwd=project,
        env=full_env,
        capture_output=True,
        text=True,
        timeout=300,
    )


def copy_project(dest: Path) -> Path:
    """A throwaway copy of the project, to break on purpose."""
    dest.mkdir(parents=True, exist_ok=True)
    for part in PROJECT_PARTS:
        src = ROOT / part
        if src.is_dir():
            shutil.copytree(src, dest / part, ignore=shutil.ignore_patterns("__pycache__"))
        else:
            shutil.copy2(src, dest / part)
    return dest


class FakeEnv:
    """What define_env uses of mkdocs-macros' env: conf, variables, macro(), page."""

    def __init__(self, conf=None, page_url: str = "problems/deposit/"):
        from types import SimpleNamespace

        from mkdocs.config import load_config

        self.conf = conf if conf is not None else load_config(str(ROOT / "mkdocs.yml"))
        self.variables: dict = {}
        self.macros: dict = {}
        self.page = SimpleNamespace(url=page_url)

    def macro(self, fn, name=""):
        self.macros[name or fn.__name__] = fn
        return fn


def break_data(project: Path) -> None:
    """Point the first channel's best_for at a problem that does not exist ('lottery')."""
    data_py = project / "macros" / "data.py"
    text = data_py.read_text("utf-8")
    broken = text.replace("best_for=(", 'best_for=("lottery", ', 1)
    assert broken != text
    data_py.write_text(broken, "utf-8")


def repository() -> str:
    """The repository URL, named once in mkdocs.yml (extra.repository)."""
    from mkdocs.config import load_config

    return load_config(str(ROOT / "mkdocs.yml"))["extra"]["repository"].rstrip("/")


class QuietHandler(http.server.SimpleHTTPRequestHandler):
    """A static file handler that keeps test output readable."""

    def log_message(self, *args):
        pass


def serve(handler, port: int) -> http.server.ThreadingHTTPServer:
    """Serve with `handler` on 127.0.0.1:`port` from a daemon thread; call .shutdown() when done."""
    server = http.server.ThreadingHTTPServer(("127.0.0.1", port), handler)
    server.daemon_threads = True
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server


def material_stylesheet(name: str) -> Path:
    """Material's own main or palette stylesheet, before macros/postbuild.py slims it."""
    return next((MATERIAL_TEMPLATES / "assets" / "stylesheets").glob(f"{name}.*.min.css"))
