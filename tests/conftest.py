"""Fixtures shared by every layer: one strict build per test run, served on 127.0.0.1."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import tempfile
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from bs4 import BeautifulSoup
from helpers import ROOT, TEST_REPOSITORY, build, copy_project, editions, free_port, page_paths, serve
from hypothesis import settings
from page_text import parse
from paper import print_pdf

# Property tests (hypothesis): a quick run in `make test`, on every pull request, and a long
# one every week (.github/workflows/upkeep.yml sets HYPOTHESIS_PROFILE=thorough). No deadline:
# a shared CI machine makes single examples slow now and then.
settings.register_profile("quick", max_examples=30, deadline=None)
settings.register_profile("thorough", max_examples=600, deadline=None)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "quick"))

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

    def soup(self, path: str) -> BeautifulSoup:
        """A page as a reader sees it (page_text.parse: no scripts, styles, icons or ¶ links)."""
        return parse(self.html(path))

    def pages(self) -> list[str]:
        """URL paths of every built page ("" is the home page): the URL map tests walk."""
        paths = page_paths(self.dir)
        assert len(paths) >= 20, "the build looks empty"
        return paths

    def every_page(self) -> Iterator[tuple[str, str]]:
        """(URL path, HTML) of every page of the URL map (the 404 page is not one)."""
        for path in self.pages():
            yield path, self.html(path)

    def html_files(self) -> list[Path]:
        """Every HTML file of this edition's build, 404.html included (another edition's
        folder inside it is left out: see edition())."""
        others = [self.dir / e.folder for e in editions() if e.folder]
        files = sorted(f for f in self.dir.rglob("*.html") if not any(f.is_relative_to(o) for o in others))
        assert len(files) >= 20, "the build looks empty"
        return files

    def edition(self, lang: str) -> Site:
        """One edition of the build (hooks/editions.py EDITIONS), e.g. "zh-Hant": its folder
        and address. The site itself is the root edition's (zh-Hans)."""
        [folder] = [e.folder for e in editions() if e.lang == lang]
        return Site(self.dir / folder, self.url + folder, self.log)


def build_and_serve(site_dir: Path) -> tuple[dict, object]:
    """The strict build with a repository, served on a free port: (its facts, the server)."""
    port = free_port()
    url = f"http://127.0.0.1:{port}/"
    result = build(site_dir, site_url=url, repository=TEST_REPOSITORY)
    facts = {"dir": str(site_dir), "url": url, "log": result.stdout + result.stderr, "ok": result.returncode == 0}
    return facts, serve(site_dir, port) if facts["ok"] else None


SHARED_SITE = pytest.StashKey[tuple[dict, object, str]]()


@pytest.hookimpl(optionalhook=True)
def pytest_configure_node(node):
    """pytest-xdist, in the controller: one build for the whole run, served from here and
    handed to every worker (a worker that gets none builds its own, as a plain run does)."""
    config = node.config
    if SHARED_SITE not in config.stash:
        folder = tempfile.mkdtemp(prefix="handbook-site-")
        facts, server = build_and_serve(Path(folder))
        config.stash[SHARED_SITE] = (facts, server, folder)
    node.workerinput["handbook_site"] = json.dumps(config.stash[SHARED_SITE][0])


def pytest_unconfigure(config):
    if SHARED_SITE in config.stash:
        _, server, folder = config.stash[SHARED_SITE]
        if server is not None:
            server.shutdown()
        shutil.rmtree(folder, ignore_errors=True)


@pytest.fixture(scope="session")
def site(request, tmp_path_factory) -> Site:
    """The site as the publishing workflow builds it: with a repository, so edit links show.
    Built once per run (by the xdist controller when there are workers)."""
    shared = getattr(request.config, "workerinput", {}).get("handbook_site")
    server = None
    if shared:
        facts = json.loads(shared)
    else:
        facts, server = build_and_serve(tmp_path_factory.mktemp("site"))
    assert facts["ok"], f"strict build failed:\n{facts['log']}"
    yield Site(Path(facts["dir"]), facts["url"], facts["log"])
    if server is not None:
        server.shutdown()


@pytest.fixture(scope="session")
def bare_site(tmp_path_factory) -> Site:
    """A build as anyone gets it from a release tarball: no git history, no SITE_REPOSITORY."""
    project = copy_project(tmp_path_factory.mktemp("tarball"))
    site_dir = tmp_path_factory.mktemp("bare-site")
    result = build(site_dir, project=project)
    log = result.stdout + result.stderr
    assert result.returncode == 0, f"strict build failed:\n{log}"
    return Site(site_dir, "", log)


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
        env={**os.environ, "SITE_REPOSITORY": TEST_REPOSITORY},  # as the publishing workflow builds it
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


@pytest.fixture(scope="session")
def printed(site, browser, tmp_path_factory):
    """`printed(path)`: the A4 PDF of a built page as a reader prints it (JavaScript on,
    nothing ticked). Each page is printed once per run, whichever tests read its sheets."""
    out = tmp_path_factory.mktemp("printed")
    pdfs: dict[str, Path] = {}

    def pdf(path: str) -> Path:
        if path not in pdfs:
            name = path.strip("/").replace("/", "-") or "home"
            pdfs[path] = print_pdf(browser, site.url + path, out / f"{name}.pdf")
        return pdfs[path]

    return pdf
