"""Every built page opens in headless Chromium with no error, its heading and the unofficial
notice visible. (Requests to other hosts: test_no_third_parties.py, the one sweep.)"""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.browser


def test_every_page_loads_cleanly(site, page):
    errors = []
    page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
    page.on("pageerror", lambda e: errors.append(str(e)))
    paths = site.pages()
    assert "problems/deposit/" in paths and "channels/" in paths
    for path in paths:
        response = page.goto(site.url + path, wait_until="networkidle")
        assert response.ok, path
        assert page.locator("h1").first.is_visible(), path
        assert page.locator("#unofficial-notice").is_visible(), path
    assert errors == []
