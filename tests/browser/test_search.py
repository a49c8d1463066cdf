"""Readers' own words, typed into Material's real search box, land on the right page."""

from __future__ import annotations

from pathlib import Path

import pytest
from reader import search

pytestmark = pytest.mark.browser

QUERIES = [
    tuple(line.split("\t"))
    for line in (Path(__file__).with_name("search_queries.tsv")).read_text("utf-8").splitlines()
    if line.strip() and not line.startswith("#")
]
TOP = 3


def test_query_set_is_large_and_points_at_real_pages(site):
    assert len(QUERIES) >= 40
    for query, expected in QUERIES:
        for path in expected.split("|"):
            assert (site.dir / path / "index.html").exists(), f"{query!r} expects a page that is not built: {path}"


def test_readers_queries_find_the_right_page_in_the_top_three(site, page):
    page.set_viewport_size({"width": 1280, "height": 900})
    page.goto(site.url, wait_until="load")
    misses = []
    for query, expected in QUERIES:
        results = search(page, query)
        if not set(expected.split("|")) & set(results[:TOP]):
            misses.append(f"{query!r}: expected {expected}, got {results[:TOP]}")
    hits = len(QUERIES) - len(misses)
    print(f"\nsearch hit rate: {hits}/{len(QUERIES)} = {hits / len(QUERIES):.0%} (top {TOP})")
    assert not misses, "\n".join(misses)


SEARCH_FILES = ("search/search_index.json", "/workers/search.", "/lunr/")


def search_requests(requests: list[str]) -> list[str]:
    return [url for url in requests if any(part in url for part in SEARCH_FILES)]


def test_a_first_view_loads_no_search_index_or_worker(site, page):
    """assets/javascripts/material-adapter.js holds them back until a search starts."""
    requests: list[str] = []
    page.context.on("request", lambda r: requests.append(r.url))
    page.goto(site.url + "problems/deposit/", wait_until="load")
    page.mouse.wheel(0, 600)  # reading the page is not searching
    page.wait_for_timeout(500)
    assert search_requests(requests) == []
    assert page.locator(".checklist").count() > 0, "the page itself works"


@pytest.mark.parametrize(
    "width, opener",
    [(1280, "input.md-search__input"), (390, 'label.md-header__button[for="__search"]')],
    ids=["desktop-search-box", "phone-magnifier"],
)
def test_search_works_from_the_first_keystroke(site, page, width, opener):
    """Open search and type at once, as a reader does: the index loads then, and the query is kept."""
    requests: list[str] = []
    page.context.on("request", lambda r: requests.append(r.url))
    page.set_viewport_size({"width": width, "height": 844})
    page.goto(site.url + "channels/", wait_until="load")
    assert search_requests(requests) == []
    page.locator(opener).click()
    page.locator("input.md-search__input").press_sequentially("提现", delay=20)
    page.locator(".md-search-result__item").first.wait_for(timeout=10_000)
    assert any("search/search_index.json" in url for url in requests)
    hrefs = page.eval_on_selector_all(".md-search-result__item a", "links => links.map(a => a.href)")
    assert any("problems/withdrawal/" in href for href in hrefs), hrefs


def test_a_shared_search_link_shows_results_without_a_click(site, page):
    page.goto(site.url + "?q=%E6%8F%90%E7%8E%B0")  # ?q=提现
    page.locator(".md-search-result__item").first.wait_for(timeout=10_000)
    assert page.locator("input.md-search__input").input_value() == "提现"
    assert page.locator(".md-search-result__item").count() > 0
