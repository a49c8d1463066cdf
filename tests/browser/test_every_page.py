"""The sweeps over every built page in headless Chromium.

In the light palette, one walk checks everything that holds on any page: it loads with no
console error, its heading and the unofficial notice visible; axe-core finds nothing, every
rule on (Material's own markup included: fixes live in overrides/partials, the adapter
docs/assets/javascripts/material-adapter.js and docs/assets/stylesheets/site.css; no rule is
switched off); and the page talks to nobody but the site. Every request is recorded at the
browser-context level, so the search worker's own fetches (index, lunr language files)
count too, after a query is typed into Material's search box. The palettes change colours
only, not the markup: the dark walk runs the rules that depend on colour.
"""

from __future__ import annotations

from urllib.parse import urlsplit

import pytest
from reader import SCHEMES, axe_violations, collect_errors, search

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


# The rules that depend on colour, for the dark palette.
COLOUR_RULES = ["color-contrast", "link-in-text-block"]


def test_every_page_loads_cleanly_passes_axe_and_with_search_stays_on_this_host(site, browser):
    context = browser.new_context(color_scheme="light", viewport={"width": 1280, "height": 900})
    requests: list[str] = []
    context.on("request", lambda r: requests.append(r.url))
    page = context.new_page()
    errors = collect_errors(page)
    paths = site.pages()
    assert "problems/deposit/" in paths and "channels/" in paths
    found = {}
    for path in paths:
        response = page.goto(site.url + path, wait_until="networkidle")
        assert response.ok, path
        assert page.locator("h1").first.is_visible(), path
        assert page.locator("#unofficial-notice").is_visible(), path
        assert page.evaluate("document.body.dataset.mdColorScheme") == SCHEMES["light"], path
        problems = axe_violations(page)
        if problems:
            found[path or "/"] = problems
    assert errors == []
    assert found == {}, "axe-core's violations, by page"
    assert search(page, "提现")
    page.wait_for_load_state("networkidle")
    context.close()
    # The recording sees the worker's requests, or this test would prove nothing.
    assert any(u.endswith("/search/search_index.json") for u in requests)
    assert any("/lunr/min/lunr.zh.min.js" in u for u in requests), "the search worker's fetches were not seen"
    assert [u for u in requests if foreign(u)] == []


def test_every_page_in_the_dark_palette_passes_axes_colour_rules(site, browser):
    context = browser.new_context(color_scheme="dark", viewport={"width": 1280, "height": 900})
    page = context.new_page()
    found = {}
    for path in site.pages():
        page.goto(site.url + path, wait_until="load")
        assert page.evaluate("document.body.dataset.mdColorScheme") == SCHEMES["dark"], path
        problems = axe_violations(page, COLOUR_RULES)
        if problems:
            found[path or "/"] = problems
    context.close()
    assert found == {}
