"""Every built page opens in headless Chromium with no error and no request to another host."""

from __future__ import annotations

from urllib.parse import urlsplit

import pytest

pytestmark = pytest.mark.browser


def page_paths(site):
    return sorted(
        str(p.parent.relative_to(site.dir)) + "/" if p.parent != site.dir else "" for p in site.dir.rglob("index.html")
    )


def test_every_page_loads_cleanly_and_stays_on_this_host(site, page):
    errors, foreign = [], []
    page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
    page.on("pageerror", lambda e: errors.append(str(e)))
    page.on(
        "request",
        lambda r: (
            foreign.append(r.url)
            if urlsplit(r.url).hostname not in (None, "127.0.0.1") and not r.url.startswith("data:")
            else None
        ),
    )
    paths = page_paths(site)
    assert "problems/deposit/" in paths and "channels/" in paths
    for path in paths:
        response = page.goto(site.url + path, wait_until="networkidle")
        assert response.ok, path
        assert page.locator("h1").first.is_visible(), path
        assert page.locator("#unofficial-notice").is_visible(), path
    assert errors == []
    assert foreign == []
