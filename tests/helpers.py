"""Shared helpers for the tests and for bench/bench.py: build the site (or a modified copy
of it) the way `make build` does, serve a build the way a static host does, and measure
what a first view costs. One of each: nothing else in the repository re-implements them.
"""

from __future__ import annotations

import contextlib
import dataclasses
import functools
import gzip
import http.server
import importlib.util
import mimetypes
import os
import shutil
import socket
import subprocess
import sys
import threading
import urllib.parse
import urllib.request
from collections.abc import Callable, Iterator
from functools import partial
from html.parser import HTMLParser
from pathlib import Path
from types import ModuleType

import material

ROOT = Path(__file__).resolve().parent.parent
PROJECT_PARTS = ("mkdocs.yml", "mkdocs.zh-Hant.yml", "docs", "macros", "hooks", "overrides")
# The repository address test builds use (a reserved host: nobody can register it).
TEST_REPOSITORY = "https://git.example.org/editors/handbook"

# Text that would run as HTML or script if any layer forgot to escape it.
HOSTILE = '<script>alert(1)</script>"><img src=x onerror=alert(1)>&amp;'


# Material's own templates and assets, as installed (what overrides/ and the hooks change).
MATERIAL_TEMPLATES = Path(material.__file__).parent / "templates"


def material_stylesheet(name: str) -> Path:
    """Material's own main or palette stylesheet, before hooks/postbuild.py slims it."""
    return next((MATERIAL_TEMPLATES / "assets" / "stylesheets").glob(f"{name}.*.min.css"))


# -- building ----------------------------------------------------------------------


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def build(
    site_dir: Path,
    project: Path = ROOT,
    site_url: str | None = None,
    env: dict | None = None,
    repository: str | None = None,
):
    """Build both editions, strict, as `make build` does (hooks/editions.py: the 繁體中文
    edition in site_dir/zh-Hant/); return the CompletedProcess (never raises).

    `site_url` sets SITE_URL and `repository` SITE_REPOSITORY; without them the build has
    no address of its own and names no repository (whatever the environment holds).
    """
    full_env = {**os.environ, "NO_MKDOCS_2_WARNING": "1", **(env or {})}
    full_env.pop("SITE_REPOSITORY", None)
    full_env.pop("SITE_URL", None)
    if repository:
        full_env["SITE_REPOSITORY"] = repository
    if site_url:
        full_env["SITE_URL"] = site_url
    return subprocess.run(
        [sys.executable, "hooks/editions.py", "--site-dir", str(site_dir)],
        cwd=project,
        env=full_env,
        capture_output=True,
        text=True,
        timeout=300,
    )


def copy_project(dest: Path) -> Path:
    """A throwaway copy of the project (without git history), to break on purpose."""
    dest.mkdir(parents=True, exist_ok=True)
    for part in PROJECT_PARTS:
        src = ROOT / part
        if src.is_dir():
            shutil.copytree(src, dest / part, ignore=shutil.ignore_patterns("__pycache__"))
        else:
            shutil.copy2(src, dest / part)
    return dest


def break_data(project: Path) -> None:
    """Point the first channel's best_for at a problem that does not exist ('lottery')."""
    data_py = project / "macros" / "data.py"
    text = data_py.read_text("utf-8")
    broken = text.replace("best_for=(", 'best_for=("lottery", ', 1)
    assert broken != text
    data_py.write_text(broken, "utf-8")


def load_hook(name: str) -> ModuleType:
    """A module of hooks/, loaded by path the way MkDocs loads it (nothing imports a hook)."""
    path = ROOT / "hooks" / f"{name}.py"
    spec = importlib.util.spec_from_file_location(f"hooks/{name}.py", path)
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # as MkDocs does (a dataclass in a hook looks itself up there)
    spec.loader.exec_module(module)
    return module


class FakeEnv:
    """What define_env may use of a macros env: conf, variables, macro(), filter().

    That is also all Zensical's macros shim offers; no page, no MkDocs objects.
    """

    def __init__(self, conf: dict | None = None):
        self.conf = conf if conf is not None else {"edit_uri": f"{TEST_REPOSITORY}/edit/main/docs/", "extra": {}}
        self.variables: dict = {}
        self.macros: dict = {}
        self.filters: dict = {}

    def macro(self, fn, name=""):
        self.macros[name or fn.__name__] = fn
        return fn

    def filter(self, fn, name=""):
        self.filters[name or fn.__name__] = fn
        return fn


@functools.cache
def editions() -> tuple:
    """The site's editions (hooks/editions.py EDITIONS): lang, name, config, folder ("" or "zh-Hant/")."""
    return load_hook("editions").EDITIONS


def page_sources() -> dict[str, str]:
    """Every page's source path from the docs folder ("about.md", "problems/deposit.md"),
    with the file an editor changes for it: its Markdown file, or for a problem page
    (made from the data by hooks/problem_pages.py) the data module."""
    from macros import contracts, data

    pages = {
        md.relative_to(ROOT / "docs").as_posix(): f"docs/{md.relative_to(ROOT / 'docs').as_posix()}"
        for md in sorted((ROOT / "docs").rglob("*.md"))
    }
    for problem in data.HANDBOOK.problems:
        pages[data.HANDBOOK.page_src(problem.id)[0]] = contracts.DATA_FILE
    return pages


def page_paths(site_dir: Path) -> list[str]:
    """URL paths of every page of one edition's build ("" for the home page), from the built
    files; another edition's folder inside it (zh-Hant/ in the Simplified build) is left out."""
    paths = (
        "" if p.parent == site_dir else p.parent.relative_to(site_dir).as_posix() + "/"
        for p in site_dir.rglob("index.html")
    )
    return sorted(p for p in paths if not any(e.folder and p.startswith(e.folder) for e in editions()))


def parse_headers_file(text: str) -> dict[str, list[tuple[str, str]]]:
    """A `_headers` file (Netlify, Cloudflare Pages): {path pattern: [(name, value), ...]}."""
    rules: dict[str, list[tuple[str, str]]] = {}
    current: list[tuple[str, str]] | None = None
    for line in text.splitlines():
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        if not line[0].isspace():
            current = rules.setdefault(line.strip(), [])
        else:
            if current is None:
                raise ValueError(f"header line before any path: {line!r}")
            name, _, value = line.strip().partition(":")
            current.append((name.strip(), value.strip()))
    return rules


def headers_for(rules: dict[str, list[tuple[str, str]]], path: str) -> list[tuple[str, str]]:
    """The headers a `_headers` file gives a URL path (`/*` patterns match prefixes)."""
    found = []
    for pattern, headers in rules.items():
        if pattern.endswith("*") and path.startswith(pattern[:-1]) or path == pattern:
            found.extend(headers)
    return found


# -- serving -----------------------------------------------------------------------

GZIP_LEVEL = 6  # what common static hosts and nginx set-ups use
GZIP_TYPES = ("text/", "application/javascript", "application/json", "application/xml", "image/svg+xml")


def gzipped(path: Path) -> bool:
    """Whether the server sends this file gzip-compressed (text types only)."""
    return (mimetypes.guess_type(path.name)[0] or "").startswith(GZIP_TYPES)


class StaticHandler(http.server.SimpleHTTPRequestHandler):
    """A static host: files as they are, or (gzip=True) text gzip-compressed when the
    client accepts it; `headers(path)` adds response headers (a `_headers` file, say)."""

    use_gzip = False
    headers_for_path: Callable[[str], list[tuple[str, str]]] | None = None
    cache: dict[Path, bytes] = {}
    lock = threading.Lock()

    def log_message(self, *args):
        pass

    def end_headers(self):
        if self.headers_for_path:
            for name, value in self.headers_for_path(self.path.split("?", 1)[0]):
                self.send_header(name, value)
        super().end_headers()

    def do_GET(self):
        path = Path(self.translate_path(self.path))
        if path.is_dir() and self.path.split("?", 1)[0].endswith("/"):
            path = path / "index.html"
        accepts = "gzip" in self.headers.get("Accept-Encoding", "")
        if not (self.use_gzip and path.is_file() and gzipped(path) and accepts):
            return super().do_GET()  # redirects, 404s, images, clients without gzip
        with self.lock:
            body = self.cache.get(path)
            if body is None:
                body = self.cache[path] = gzip.compress(path.read_bytes(), GZIP_LEVEL, mtime=0)
        self.send_response(200)
        ctype = self.guess_type(str(path))
        self.send_header("Content-Type", ctype + ("; charset=utf-8" if ctype.startswith("text/") else ""))
        self.send_header("Content-Encoding", "gzip")
        self.send_header("Content-Length", str(len(body)))
        self.send_header("Vary", "Accept-Encoding")
        self.end_headers()
        self.wfile.write(body)


def serve(
    directory: Path,
    port: int,
    *,
    use_gzip: bool = False,
    headers: Callable[[str], list[tuple[str, str]]] | None = None,
    handler: type[StaticHandler] = StaticHandler,
) -> http.server.ThreadingHTTPServer:
    """Serve `directory` on 127.0.0.1:`port` from a daemon thread; call .shutdown() when done."""
    options = {"use_gzip": use_gzip, "headers_for_path": staticmethod(headers) if headers else None, "cache": {}}
    configured = type("Handler", (handler,), options)
    server = http.server.ThreadingHTTPServer(("127.0.0.1", port), partial(configured, directory=str(directory)))
    server.daemon_threads = True
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server


@contextlib.contextmanager
def served(directory: Path, port: int | None = None, **options) -> Iterator[str]:
    """`serve` for a `with` block: yields the address ("http://127.0.0.1:<port>/"), stops after."""
    port = port or free_port()
    server = serve(directory, port, **options)
    try:
        yield f"http://127.0.0.1:{port}/"
    finally:
        server.shutdown()
        server.server_close()


# -- first views -------------------------------------------------------------------


class _Requests(HTMLParser):
    """What a browser fetches for a page before any script runs: stylesheets, icons, scripts."""

    def __init__(self):
        super().__init__()
        self.urls: list[str] = []

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag == "link" and a.get("href") and set((a.get("rel") or "").split()) & {"stylesheet", "icon"}:
            self.urls.append(a["href"])
        elif tag == "script" and a.get("src"):
            self.urls.append(a["src"])


def wire_bytes(url: str) -> tuple[int, bytes]:
    """Bytes on the wire for one GET with gzip accepted (status line, headers, body), and the body."""
    request = urllib.request.Request(url, headers={"Accept-Encoding": "gzip"})
    with urllib.request.urlopen(request, timeout=30) as response:
        body = response.read()
        head = len(f"HTTP/1.0 {response.status} {response.reason}\r\n") + 2
        head += sum(len(f"{k}: {v}\r\n") for k, v in response.getheaders())
    if response.headers.get("Content-Encoding") == "gzip":
        return head + len(body), gzip.decompress(body)
    return head + len(body), body


def every_page_first_view(site: Path, site_url: str) -> dict[str, int]:
    """Bytes of a first view of every built page, served by `serve(use_gzip=True)` at
    `site_url`: the page, then each file its HTML asks for (once)."""
    sizes = {}
    for file in sorted(site.rglob("*.html")):
        path = file.relative_to(site).as_posix().removesuffix("index.html")
        url = site_url + path
        total, html = wire_bytes(url)
        parser = _Requests()
        parser.feed(html.decode("utf-8"))
        for ref in dict.fromkeys(parser.urls):
            total += wire_bytes(urllib.parse.urljoin(url, ref))[0]
        sizes[path] = total
    return sizes


# -- the data and the macros ----------------------------------------------------------


def swap(entries: tuple, entry_id: str, **changes) -> tuple:
    """`entries` with the one whose id is `entry_id` changed."""
    return tuple(dataclasses.replace(e, **changes) if e.id == entry_id else e for e in entries)


def page_url(handbook, key: str) -> str:
    """The URL path of the page a key names (a problem, a channel or a page of PAGES), as
    the site serves it: "channels/email.md" -> "channels/email/", "channels/index.md" -> "channels/"."""
    src = handbook.page_src(key)[0].removesuffix(".md")
    return src.removesuffix("index") if src.endswith("index") else f"{src}/"


def rebuild(**changes):
    """The real handbook with some parts swapped, validated again (DataError on a mistake)."""
    from macros.data import HANDBOOK

    return dataclasses.replace(HANDBOOK, **changes)


def site_macros(edit_uri: str | None = f"{TEST_REPOSITORY}/edit/main/docs/") -> dict:
    """Every macro define_env registers, by name: the one list of macros tests use."""
    import macros

    env = FakeEnv({"edit_uri": edit_uri, "extra": {}})
    macros.define_env(env)
    return env.macros


def macro_calls(macro, handbook) -> list[tuple]:
    """Argument tuples that call `macro` once for every entry of the data it can show.

    Arguments are chosen by parameter name; a macro with a parameter this does not
    know fails here, so a new macro cannot escape the tests that walk every macro.
    """
    import inspect
    import itertools

    from macros.model import TRUST_LEVELS

    choices = {
        "problem_id": [p.id for p in handbook.problems],
        "channel_id": [c.id for c in handbook.channels],
        "owner_id": [p.id for p in handbook.problems] + [c.id for c in handbook.channels],
        "fact_id": [f.id for f in handbook.facts],
        "page_key": [a.page for a in handbook.page_answers],
        "part": ["checks", "prepare"],
        "level": list(TRUST_LEVELS),
    }
    params = inspect.signature(macro).parameters.values()
    if [p.name for p in params] == ["problem_id", "anchor"]:  # a page's own section, by its anchor
        return [(p.id, section.anchor) for p in handbook.problems for section in p.sections]
    options = []
    for param in params:
        if param.name not in choices:
            raise AssertionError(f"macro {macro.__name__}: teach tests/helpers.macro_calls about {param.name!r}")
        values = list(choices[param.name])
        if param.default is not inspect.Parameter.empty:
            values.append(param.default)
        options.append(values)
    if not options:
        return [()]
    return list(itertools.product(*options))


def site_markdown():
    """Python-Markdown with the extensions and settings mkdocs.yml gives the pages, to
    see a generated block as a page shows it (Markdown links stay source paths)."""
    import markdown
    from mkdocs.utils.yaml import yaml_load

    with open(ROOT / "mkdocs.yml", encoding="utf-8") as f:
        config = yaml_load(f)
    names, configs = [], {}
    for ext in config["markdown_extensions"]:
        name, options = next(iter(ext.items())) if isinstance(ext, dict) else (ext, None)
        names.append(name)
        if options:
            configs[name] = options
    return markdown.Markdown(extensions=names, extension_configs=configs)
