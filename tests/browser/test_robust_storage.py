"""Site data blocked or damaged, and search highlighting (issue 14, items 9-10).

With storage blocked (reading localStorage or sessionStorage throws, as with Chromium's
block-cookies setting) or holding a damaged value of Material's, search answers, the
palette toggle and the copy button are there, and no error escapes. A result link's
`?h=` marks its words on the page it opens, as in stock Material.
"""

from __future__ import annotations

import pytest
from playwright.sync_api import expect

pytestmark = pytest.mark.browser

BLOCK_STORAGE = """
for (const name of ["localStorage", "sessionStorage"]) {
  Object.defineProperty(window, name, {
    configurable: true,
    get() { throw new DOMException("Access is denied for this document.", "SecurityError"); },
  });
}
"""


def collect_errors(page) -> list[str]:
    errors: list[str] = []
    page.on("pageerror", lambda e: errors.append(str(e)))
    page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
    return errors


def search_answers(page, query: str = "提现") -> None:
    box = page.locator("input.md-search__input")
    box.click()
    box.fill(query)
    box.press("End")
    expect(page.locator(".md-search-result__item").first).to_be_visible(timeout=15_000)


def works(page) -> None:
    """Search answers, the palette toggle shows, the copy button is there."""
    expect(page.locator("form.md-header__option[data-md-component=palette]")).to_be_visible()
    expect(page.locator(".md-code__nav .md-code__button, .md-clipboard").first).to_be_attached(timeout=5_000)
    search_answers(page)


def test_blocked_storage_search_palette_and_copy_work(site, browser):
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    context.add_init_script(BLOCK_STORAGE)
    page = context.new_page()
    errors = collect_errors(page)
    page.goto(site.url + "problems/deposit/", wait_until="networkidle")
    # the palette toggle switches (kept in memory): auto -> light -> dark
    for _ in range(2):
        page.locator(".md-header__option label:visible").first.click()
    expect(page.locator("body")).to_have_attribute("data-md-color-scheme", "slate")
    works(page)
    page.keyboard.press("Escape")
    # checklists say that ticks are not kept, and still tick
    expect(page.locator(".checklist__note").first).to_be_visible()
    page.locator(".checklist__item .checklist__text").first.click()
    expect(page.locator(".checklist__item input").first).to_be_checked()
    assert errors == []
    context.close()


def test_damaged_palette_value_does_not_break_the_page(site, browser):
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    page = context.new_page()
    page.goto(site.url, wait_until="networkidle")
    page.evaluate("localStorage.setItem(new URL('.', location).pathname + '.__palette', '{garbage')")
    errors = collect_errors(page)
    page.goto(site.url + "problems/deposit/", wait_until="networkidle")
    works(page)
    assert errors == []
    context.close()


def test_result_links_highlight_their_words(site, page):
    errors = collect_errors(page)
    page.goto(site.url + "problems/withdrawal/?h=提现", wait_until="networkidle")
    marks = page.locator("article mark")
    expect(marks.first).to_be_visible(timeout=15_000)
    assert "提现" in marks.first.inner_text()
    assert errors == []
