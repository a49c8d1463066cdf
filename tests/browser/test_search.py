"""Readers' own words, typed into Material's real search box, land on the right page; no
first view loads the index; a shared search link and the 404 page's link open search; a
result link marks its words on the page it opens. (What the box does with the text:
test_search_words.py.)"""

from __future__ import annotations

from pathlib import Path

import pytest
from playwright.sync_api import expect
from reader import collect_errors, search

from macros.model import TRUST_LEVELS

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


def test_result_links_highlight_their_words(site, page):
    errors = collect_errors(page)
    page.goto(site.url + "problems/withdrawal/?h=提现", wait_until="load")
    marks = page.locator("article mark")
    expect(marks.first).to_be_visible(timeout=15_000)
    assert "提现" in marks.first.inner_text()
    assert errors == []


def test_404_search_link_opens_search(site, page):
    page.goto(site.url + "404.html", wait_until="load")
    page.get_by_role("link", name="搜索本站").click()
    page.wait_for_load_state("networkidle")
    expect(page.locator("#__search")).to_be_checked()
    expect(page.locator("input.md-search__input")).to_be_focused()
