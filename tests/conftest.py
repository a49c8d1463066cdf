"""Fixtures shared by every layer: one strict build per session, served on 127.0.0.1."""

from __future__ import annotations

import functools
import shutil
import subprocess
import zipfile
from dataclasses import dataclass
from pathlib import Path

import pytest
from helpers import ROOT, QuietHandler, build, free_port, serve

pytest_plugins = ["ci_skips"]

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
    "--disable-quic",
]


@dataclass(frozen=True)
class Site:
    """The strict build every test looks at, and where it is served."""

    dir: Path
    url: str  # ends with "/"
    log: str  # stdout + stderr of the build

    def html(self, path: str) -> str:
        """The HTML of a page by its URL path, e.g. "problems/deposit/"."""
        file = self.dir / path / "index.html" if path.endswith("/") or not path else self.dir / path
        return file.read_text("utf-8")


@pytest.fixture(scope="session")
def site(tmp_path_factory) -> Site:
    port = free_port()
    url = f"http://127.0.0.1:{port}/"
    site_dir = tmp_path_factory.mktemp("site")
    result = build(site_dir, site_url=url)
    log = result.stdout + result.stderr
    assert result.returncode == 0, f"strict build failed:\n{log}"
    server = serve(functools.partial(QuietHandler, directory=str(site_dir)), port)
    yield Site(site_dir, url, log)
    server.shutdown()


# -- the offline copy ------------------------------------------------------


@pytest.fixture(scope="session")
def offline(tmp_path_factory) -> Path:
    """`make offline` into a temp folder, unzipped: the folder a reader opens."""
    if shutil.which("make") is None:
        pytest.skip("make is not installed")
    dist = tmp_path_factory.mktemp("dist")
    result = subprocess.run(
        ["make", "--no-print-directory", "offline", f"DIST={dist}"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    unzipped = tmp_path_factory.mktemp("unzipped")
    with zipfile.ZipFile(dist / "offline.zip") as archive:
        archive.extractall(unzipped)
    return unzipped / "handbook"


# -- browser ---------------------------------------------------------------


@pytest.fixture(scope="session")
def browser_type_launch_args(browser_type_launch_args):
    """pytest-playwright launches Debian's chromium, never a downloaded browser."""
    if not Path(CHROMIUM).exists() or shutil.which("chromium") is None:
        pytest.skip("Debian's chromium is not installed (make test installs it)")
    return {**browser_type_launch_args, "executable_path": CHROMIUM, "args": CHROMIUM_ARGS}


@pytest.fixture(scope="session")
def base_url(site) -> str:
    return site.url
