"""Readers' own words, typed into Material's real search box, land on the right page."""

from __future__ import annotations

from pathlib import Path
from urllib.parse import urljoin, urlsplit

import pytest

from macros.model import TRUST_LEVELS

pytestmark = pytest.mark.browser

QUERIES = [
    tuple(line.split("\t"))
    for line in (Path(__file__).with_name("search_queries.tsv")).read_text("utf-8").splitlines()
    if line.strip() and not line.startswith("#")
]
TOP = 3


def search(page, query: str) -> list[str]:
    """Type `query` into the search box; return the URL paths of the result pages, best first."""
    box = page.locator("input.md-search__input")
    meta = page.locator(".md-search-result__meta")
    box.fill("")
    box.press("End")
    page.wait_for_function("() => !document.querySelector('.md-search-result__list').children.length")
    # Material listens to keyup: fill() alone never searches.
    box.fill(query)
    box.press("End")
    # Material writes the count before it renders the items: wait for both, or for "none".
    page.wait_for_function(
        """() => {
             const meta = document.querySelector('.md-search-result__meta').textContent;
             return /没有找到/.test(meta) || (/结果/.test(meta) && document.querySelector('.md-search-result__item'));
           }""",
        timeout=10_000,
    )
    assert meta.text_content()
    # One result item per page; its first link is the page (or its best section).
    hrefs = page.eval_on_selector_all(
        ".md-search-result__item", "items => items.map(i => i.querySelector('a').getAttribute('href'))"
    )
    return [urlsplit(urljoin(page.url, href)).path.lstrip("/") for href in hrefs]


def test_query_set_is_large_and_points_at_real_pages(site):
    assert len(QUERIES) >= 40
    for query, expected in QUERIES:
        for path in expected.split("|"):
            assert (site.dir / path / "index.html").exists(), f"{query!r} expects a page that is not built: {path}"


def test_readers_queries_find_the_right_page_in_the_top_three(site, page):
    page.set_viewport_size({"width": 1280, "height": 900})
    page.goto(site.url, wait_until="load")
    page.locator("input.md-search__input").click()
    misses = []
    for query, expected in QUERIES:
        results = search(page, query)
        if not set(expected.split("|")) & set(results[:TOP]):
            misses.append(f"{query!r}: expected {expected}, got {results[:TOP]}")
    hits = len(QUERIES) - len(misses)
    print(f"\nsearch hit rate: {hits}/{len(QUERIES)} = {hits / len(QUERIES):.0%} (top {TOP})")
    assert not misses, "\n".join(misses)


# Words that label a sentence on the page: the answer block's 先做, 不要, 去哪 and the
# trust badges. A result shows the sentence, not the label in front of it.
LABELS = {"先做", "不要", "去哪", *TRUST_LEVELS.values()}
SNIPPETS = """() => [...document.querySelectorAll('.md-search-result__article')].flatMap(a =>
  [...a.querySelectorAll(':scope > p:not(.md-search-result__terms), :scope > ul > li, :scope > ol > li')]
    .map(p => p.textContent.replace(/\u200b/g, '').trim()))"""


def test_result_snippets_show_the_sentence_without_its_label(site, page):
    """「不要 不要因为…」, 「先做 …」, 「官网可查 …」 (issue 24): the answer block's labels and
    the facts' badges are page text, and Material put them in front of every snippet."""
    page.set_viewport_size({"width": 1280, "height": 900})
    page.goto(site.url, wait_until="load")
    page.locator("input.md-search__input").click()
    doubled, labelled = set(), set()
    for query, _ in QUERIES:
        search(page, query)
        for text in page.evaluate(SNIPPETS):
            words = text.split()
            if len(words) > 1 and words[1].startswith(words[0]):
                doubled.add(text[:40])
            if len(words) > 1 and words[0] in LABELS:
                labelled.add(text[:40])
    assert not doubled and not labelled, (
        f"start with the same word twice: {sorted(doubled)}\nstart with a label: {sorted(labelled)}"
    )


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
