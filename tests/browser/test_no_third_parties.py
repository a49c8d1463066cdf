"""Every built page opens cleanly in headless Chromium and talks to nobody but the site.

The one sweep over every page in a browser: each page loads with no console error, its
heading and the unofficial notice visible. Every request is recorded at the
browser-context level, so the search worker's own fetches (index, lunr language files)
count too, after a query is typed into Material's search box.
"""

from __future__ import annotations

from urllib.parse import urlsplit

import pytest
from reader import collect_errors, search

pytestmark = pytest.mark.browser

LOCAL_SCHEMES = ("data", "blob", "about")


def foreign(url: str) -> bool:
    parts = urlsplit(url)
    if parts.scheme in LOCAL_SCHEMES:
        return False
    return not (parts.scheme == "http" and parts.hostname == "127.0.0.1")


def test_the_filter_flags_other_hosts():
    assert foreign("https://fonts.googleapis.com/css?family=Roboto")
    assert foreign("https://127.0.0.1.example.com/x")
    assert foreign("http://localhost:8000/")
    assert not foreign("http://127.0.0.1:8000/assets/x.js")
    assert not foreign("data:image/svg+xml;utf8,<svg/>")


def test_every_page_loads_cleanly_and_with_search_stays_on_this_host(site, context):
    requests: list[str] = []
    context.on("request", lambda r: requests.append(r.url))
    page = context.new_page()
    errors = collect_errors(page)
    paths = site.pages()
    assert "problems/deposit/" in paths and "channels/" in paths
    for path in paths:
        response = page.goto(site.url + path, wait_until="networkidle")
        assert response.ok, path
        assert page.locator("h1").first.is_visible(), path
        assert page.locator("#unofficial-notice").is_visible(), path
    assert errors == []
    assert search(page, "提现")
    page.wait_for_load_state("networkidle")
    # The recording sees the worker's requests, or this test would prove nothing.
    assert any(u.endswith("/search/search_index.json") for u in requests)
    assert any("/lunr/min/lunr.zh.min.js" in u for u in requests), "the search worker's fetches were not seen"
    assert [u for u in requests if foreign(u)] == []
