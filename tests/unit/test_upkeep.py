"""The weekly upkeep report (upkeep/report.py): LinkChecker against a local server with a live
page, a gone page, a redirect on the same host and one to another host; overdue sources."""

from __future__ import annotations

import datetime as dt
import subprocess
import sys

import pytest
from helpers import ROOT, StaticHandler, served

from macros.data import HANDBOOK
from upkeep import report as upkeep

TODAY = dt.date(2026, 12, 7)


class Moving(StaticHandler):
    """A static host where /away/ now answers from another host name of the same machine."""

    def do_GET(self):
        if self.path == "/away/":
            host, port = self.server.server_address
            self.send_response(301)
            self.send_header("Location", f"http://localhost:{port}/live.html")
            self.send_header("Content-Length", "0")
            self.end_headers()
        else:
            super().do_GET()

    do_HEAD = do_GET


@pytest.fixture(scope="module")
def site(tmp_path_factory):
    """live.html answers; gone.html is missing; /moved (a folder) redirects to /moved/."""
    root = tmp_path_factory.mktemp("upkeep-site")
    (root / "live.html").write_text("<title>live</title>", "utf-8")
    (root / "moved").mkdir()
    (root / "moved" / "index.html").write_text("<title>moved</title>", "utf-8")
    with served(root, handler=Moving) as url:
        yield url.rstrip("/")


def test_linkchecker_tells_live_gone_and_redirected_apart(site):
    live, gone, moved, away = upkeep.check_links(
        [f"{site}/live.html", f"{site}/gone.html", f"{site}/moved", f"{site}/away/"]
    )
    assert (live.valid, live.redirected, live.final) == (True, False, f"{site}/live.html")
    assert (gone.valid, gone.result) == (False, "404 File not found")
    assert (moved.valid, moved.redirected, moved.other_host, moved.final) == (True, True, False, f"{site}/moved/")
    assert (away.valid, away.redirected, away.other_host) == (True, True, True)
    assert away.final == f"{site.replace('127.0.0.1', 'localhost')}/live.html"


def test_the_report_flags_another_host_first_then_dead_then_same_host_then_overdue(site):
    """The script as the workflow runs it: an issue body naming each problem, written to --output."""
    urls = [f"{site}/live.html", f"{site}/gone.html", f"{site}/moved", f"{site}/away/"]
    result = subprocess.run(
        [sys.executable, str(ROOT / "upkeep" / "report.py"), "--today", "2099-01-01", *urls],
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert result.returncode == 0, result.stderr
    body = result.stdout
    sections = [line for line in body.splitlines() if line.startswith("## ")]
    assert sections == [
        "## Redirected to another host (1)",
        "## Dead or refused (1)",
        "## Redirected on the same host (1)",
        f"## Checked more than 180 days ago ({len(HANDBOOK.sources)})",
    ]
    assert f"- {site}/away/ -> http://localhost:{site.rsplit(':', 1)[1]}/live.html" in body
    assert f"- {site}/gone.html: 404 File not found" in body
    assert f"- {site}/moved -> {site}/moved/" in body
    assert not any(line.startswith(f"- {site}/live.html") for line in body.splitlines()), "a live page is no news"
    source = HANDBOOK.sources[0]
    age = (dt.date(2099, 1, 1) - source.checked).days
    assert f"- `{source.id}`: checked {source.checked}, {age} days ago, {source.url}" in body


def test_output_is_written_when_there_is_news_and_removed_when_there_is_none(site, tmp_path):
    output = tmp_path / "upkeep.md"
    script = [sys.executable, str(ROOT / "upkeep" / "report.py"), "--output", str(output)]
    news = subprocess.run([*script, "--today", "2099-01-01", f"{site}/gone.html"], capture_output=True, text=True)
    assert news.returncode == 0, news.stderr
    assert output.read_text("utf-8").startswith(upkeep.MARKER)
    # A live page and no source overdue: nothing to say, and the old report goes.
    quiet = subprocess.run([*script, "--days", "100000", f"{site}/live.html"], capture_output=True, text=True)
    assert quiet.returncode == 0, quiet.stderr
    assert not output.exists()
    assert quiet.stdout.startswith("Nothing to report")


def test_a_redirect_to_a_known_mirror_says_so():
    mirror = sorted(HANDBOOK.mirror_hosts)[0]
    url = "https://www.bitget.com/zh-CN/support/articles/1"
    link = upkeep.Link(url, f"https://{mirror}/zh-CN/support/articles/1", "200 OK", valid=True, redirected=True)
    body = upkeep.report([link], [], TODAY, names={url: "some-source"}, mirrors=HANDBOOK.mirror_hosts)
    assert f"- `some-source` {url} -> https://{mirror}/zh-CN/support/articles/1 (a mirror host" in body


def test_nothing_to_report_is_none():
    link = upkeep.Link("https://www.bitget.com/support", "https://www.bitget.com/support", "200 OK", True, False)
    assert upkeep.report([link], [], TODAY) is None


def test_a_failing_link_checker_fails_the_run(monkeypatch):
    monkeypatch.setattr(sys, "executable", "/bin/false")
    with pytest.raises(upkeep.CheckFailed, match="linkchecker exited with 1"):
        upkeep.check_links(["http://127.0.0.1:9/"])
