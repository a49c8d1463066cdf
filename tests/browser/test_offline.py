"""The offline copy (`make offline`): unzipped and opened from file://, it works without any server."""

from __future__ import annotations

import re

import pytest
from reader import RESULTS, collect_errors, search

pytestmark = pytest.mark.browser

# Material's bundle names unpkg.com in two lazy fallbacks it never takes here: a
# ResizeObserver polyfill (every supported browser has ResizeObserver) and mermaid
# (only loaded for `.mermaid` diagrams, which this site has none of).
MATERIAL_FALLBACKS = {
    "https://unpkg.com/resize-observer-polyfill",
    "https://unpkg.com/mermaid@11/dist/mermaid.min.js",
}


def test_the_zip_holds_every_page_as_html_files(offline):
    assert (offline / "index.html").is_file()
    assert (offline / "problems" / "deposit.html").is_file(), "offline pages are .html files, not folders"
    assert (offline / "search" / "search_index.js").is_file(), "search needs its index as a script"
    assert not list(offline.rglob("*.map")), "source maps are left out of the zip"


def test_nothing_in_the_offline_copy_loads_from_another_host(offline):
    for file in offline.rglob("*"):
        if file.suffix not in {".html", ".js", ".css", ".json", ".xml"}:
            continue
        text = file.read_text("utf-8")
        if file.suffix == ".html":
            assert "unpkg" not in text, file
            assert not re.search(r"<script[^>]+src=[\"']?(https?:)?//", text), file
            assert not re.search(r"<link[^>]+href=[\"']?(https?:)?//[^>]*stylesheet", text), file
            assert 'class="mermaid' not in text, file
        else:
            urls = set(re.findall(r"https?://unpkg\.com[^\"'`)\s]*", text))
            assert urls <= MATERIAL_FALLBACKS, f"{file}: {urls - MATERIAL_FALLBACKS}"


def test_pages_links_and_search_work_from_file_urls(offline, page):
    foreign = []
    page.on(
        "request", lambda r: None if r.url.split(":")[0] in ("file", "data", "blob", "about") else foreign.append(r.url)
    )
    errors = collect_errors(page)
    page.goto((offline / "index.html").as_uri())
    assert page.locator("#unofficial-notice").is_visible()

    # Follow a link to a problem page, as a reader would.
    page.locator("article a[href$='problems/deposit.html']").first.click()
    page.wait_for_load_state()
    assert page.url == (offline / "problems" / "deposit.html").as_uri()
    assert page.locator("h1").first.inner_text().startswith("充值未到账")
    assert page.locator(".checklist input[type=checkbox]").count() > 0

    assert search(page, "提现")
    first = page.locator(RESULTS).first.locator("a").first.get_attribute("href")
    assert first and not first.startswith("http"), first

    assert foreign == [], "the offline copy must not fetch anything from a network"
    assert errors == []


def test_edit_links_are_small_on_screen_and_gone_on_paper(offline, page):
    page.set_viewport_size({"width": 390, "height": 844})
    page.goto((offline / "problems" / "deposit.html").as_uri())
    links = page.locator("p.edit-data a")
    assert links.count() == 1, "one 编辑数据 link, at the foot of the page"
    body_size = float(page.locator("article p").first.evaluate("e => getComputedStyle(e).fontSize")[:-2])
    link_size = float(links.first.evaluate("e => getComputedStyle(e).fontSize")[:-2])
    assert link_size < body_size, "编辑数据 is smaller than the text it edits"
    assert links.first.is_visible()
    assert page.locator("aside.last-changed").is_visible()
    page.emulate_media(media="print")
    assert not links.first.is_visible(), "editing links have no use on paper"


def test_checklists_tick_and_keep_their_ticks_from_file_urls(offline, page):
    page.goto((offline / "problems" / "deposit.html").as_uri())
    box = page.locator(".checklist input[type=checkbox]").first
    assert box.is_enabled(), "checklists.js enables the boxes offline too"
    box.click(force=True)
    assert box.is_checked()
    page.reload()
    assert page.locator(".checklist input[type=checkbox]").first.is_checked(), "the tick survives a reload"


def test_offline_404_is_styled_and_its_links_open_pages(offline, browser):
    page = browser.new_page()
    failed = []
    page.on("requestfailed", lambda r: failed.append(r.url))
    page.goto((offline / "404.html").as_uri(), wait_until="load")
    assert page.locator("article h1").inner_text() == "找不到这一页"
    # styled: Material's stylesheet sizes the header logo (unstyled, the SVG fills the page)
    assert page.evaluate("getComputedStyle(document.body).display") == "flex", "Material's stylesheet did not load"
    logo = page.locator(".md-header__button.md-logo svg").bounding_box()
    assert logo is None or logo["height"] < 100, logo
    assert failed == []
    page.get_by_role("link", name="回到首页，选择你遇到的问题").click()
    page.wait_for_load_state()
    assert page.url == (offline / "index.html").as_uri()
    page.close()
