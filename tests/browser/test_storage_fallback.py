"""Site data blocked or damaged (docs/assets/javascripts/storage-fallback.js).

With storage blocked (reading localStorage or sessionStorage throws, as with Chromium's
block-cookies setting) or holding a damaged value of Material's, search answers, the
palette toggle works, copying works (the message composer's 复制 on a problem page,
Material's copy button on a plain code block), and no error escapes. (Checklists with
storage that throws or is full: test_checklists.py.)
"""

from __future__ import annotations

import pytest
from playwright.sync_api import expect
from reader import collect_errors, open_composer, search, stored

pytestmark = pytest.mark.browser

BLOCK_STORAGE = """
for (const name of ["localStorage", "sessionStorage"]) {
  Object.defineProperty(window, name, {
    configurable: true,
    get() { throw new DOMException("Access is denied for this document.", "SecurityError"); },
  });
}
"""


def works(page) -> None:
    """Search answers, the palette toggle shows."""
    expect(page.locator("form.md-header__option[data-md-component=palette]")).to_be_visible()
    assert search(page, "提现"), "search answers"


def clipboard(page) -> str:
    return page.evaluate("navigator.clipboard.readText()")


def copying_works(page, site) -> None:
    """The copy a reader has on each kind of page puts the text on the clipboard.

    A problem page's message template is the composer: its 复制 copies the filled preview
    (Material adds no copy button there). A channel page's template is a plain code
    block: Material's copy button copies it. The page's context needs clipboard
    permissions."""
    page.goto(site.url + "problems/deposit/", wait_until="load")
    open_composer(page)
    page.locator("[data-composer]").get_by_label("UID", exact=True).fill("1234567890")
    page.locator("[data-composer-copy]").click()
    expect(page.locator("[data-composer-status]")).to_have_text("已复制主题和正文。")
    copied = clipboard(page)
    assert "UID：1234567890" in copied
    assert copied == page.locator("[data-composer-preview]").inner_text()

    page.goto(site.url + "channels/email/", wait_until="load")
    block = page.locator("article pre").first
    button = block.locator(".md-code__nav .md-code__button, .md-clipboard").first
    expect(button).to_be_attached(timeout=5_000)
    page.evaluate("navigator.clipboard.writeText('')")
    block.hover()
    button.click()
    code = block.locator("code").inner_text().strip()
    assert code.startswith("主题：")
    page.wait_for_function(
        "async code => (await navigator.clipboard.readText()).trim() === code", arg=code, timeout=5_000
    )


def test_blocked_storage_search_palette_and_copy_work(site, browser):
    context = browser.new_context(
        viewport={"width": 1280, "height": 900}, permissions=["clipboard-read", "clipboard-write"]
    )
    context.add_init_script(BLOCK_STORAGE)
    page = context.new_page()
    errors = collect_errors(page)
    page.goto(site.url + "problems/deposit/", wait_until="load")
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
    # the composer says that nothing is kept when the reader asks to keep it, not at
    # every keystroke while 记住在本机 is off
    status = page.locator("[data-composer-status]")
    open_composer(page)
    page.locator("[data-composer]").get_by_label("UID", exact=True).fill("1234567890")
    page.wait_for_timeout(300)
    expect(status).to_be_empty()
    page.get_by_label("记住在本机").check()
    expect(status).to_contain_text("不允许本站保存数据")
    copying_works(page, site)
    assert errors == []
    context.close()


def test_damaged_palette_value_does_not_break_the_page(site, browser):
    context = browser.new_context(
        viewport={"width": 1280, "height": 900}, permissions=["clipboard-read", "clipboard-write"]
    )
    page = context.new_page()
    page.goto(site.url, wait_until="load")
    page.evaluate("localStorage.setItem(new URL('.', location).pathname + '.__palette', '{garbage')")
    errors = collect_errors(page)
    page.goto(site.url + "problems/deposit/", wait_until="load")
    works(page)
    copying_works(page, site)
    assert errors == []
    context.close()


@pytest.mark.parametrize("value", ["1", "[]", '{"color":1}', '{"index":"1"}', '"slate"'])
def test_palette_value_of_the_wrong_shape_is_dropped(site, browser, value):
    """Valid JSON of the wrong shape in Material's own palette key
    threw on load (the fallback dropped only values that are not JSON): search found
    nothing and the colour toggle was dead."""
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    page = context.new_page()
    page.goto(site.url, wait_until="load")
    key = page.evaluate("__md_scope.pathname + '.__palette'")  # Material's key, scoped by the site's path
    page.evaluate("([key, value]) => localStorage.setItem(key, value)", [key, value])
    errors = collect_errors(page)
    page.goto(site.url + "problems/deposit/", wait_until="load")
    works(page)
    page.keyboard.press("Escape")
    for _ in range(2):  # auto -> light -> dark
        page.locator(".md-header__option label:visible").first.click()
    expect(page.locator("body")).to_have_attribute("data-md-color-scheme", "slate")
    kept = stored(page, key)
    assert kept["color"]["scheme"] == "slate", "the toggle's choice is stored again"
    assert errors == []
    context.close()
