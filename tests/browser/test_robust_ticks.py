"""Ticks shown always equal ticks stored (issue 14, items 5-8).

Back and Forward, a second tab, the keyboard after 清空, a click in the empty gutter,
and a browser with JavaScript off.
"""

from __future__ import annotations

import json

import pytest
from playwright.sync_api import expect
from reader import TICKS, collect_errors, stored

from macros import data

pytestmark = pytest.mark.browser

BOOK = data.HANDBOOK
DEPOSIT = BOOK.problem("deposit")


def shown(page, problem_id, scope: str = "") -> set[str]:
    """Ids of the ticked boxes of one problem (inside `scope`, a CSS selector, if given)."""
    return set(
        page.evaluate(
            """([problem, scope]) => [...document.querySelectorAll(
                 `${scope} .checklist[data-checklist="${problem}"] input.checklist__input`)]
               .filter(b => b.checked).map(b => b.closest("[data-item]").dataset.item)""",
            [problem_id, scope],
        )
    )


def tick(page, problem_id, item_id, scope: str = "") -> None:
    page.locator(f"{scope} [data-item='{problem_id}.{item_id}'] .checklist__text".strip()).click()


def progress_done(page, problem_id) -> int:
    texts = page.locator(f'.checklist[data-checklist="{problem_id}"] .checklist__progress').all_inner_texts()
    return sum(int(t.split()[-1].split("/")[0]) for t in texts)


# -- 5. Back and Forward -----------------------------------------------------------------


def test_back_after_changes_on_print_shows_what_is_stored(site, page):
    errors = collect_errors(page)
    a, b, c, d = (item.id for item in DEPOSIT.checks[:4])
    page.goto(site.url + "problems/deposit/", wait_until="load")
    tick(page, "deposit", a)
    tick(page, "deposit", b)
    assert shown(page, "deposit") == {f"deposit.{a}", f"deposit.{b}"}

    page.goto(site.url + "print/", wait_until="load")
    sheet = "#sheet-deposit"
    tick(page, "deposit", c, sheet)
    tick(page, "deposit", d, sheet)
    tick(page, "deposit", a, sheet)  # untick
    want = {f"deposit.{b}", f"deposit.{c}", f"deposit.{d}"}
    assert set(stored(page, TICKS + "deposit")) == want

    page.go_back(wait_until="load")
    assert page.url.endswith("/problems/deposit/")
    page.wait_for_timeout(300)  # pageshow has run
    assert set(stored(page, TICKS + "deposit")) == want
    assert shown(page, "deposit") == want, "the boxes show an older state than storage holds"
    assert progress_done(page, "deposit") == len(want)

    # and Forward again, after a change here
    tick(page, "deposit", b)  # untick
    page.go_forward(wait_until="load")
    page.wait_for_timeout(300)
    assert shown(page, "deposit", sheet) == want - {f"deposit.{b}"}
    assert errors == []


def test_pages_restored_from_the_back_forward_cache_read_storage_again(site, page):
    """A page restored whole from the cache runs no script again: pageshow must re-read."""
    a = DEPOSIT.checks[0].id
    page.goto(site.url + "problems/deposit/", wait_until="load")
    page.evaluate("window.__marker = 1")
    page.evaluate("([k, v]) => localStorage.setItem(k, v)", [TICKS + "deposit", json.dumps([f"deposit.{a}"])])
    page.evaluate("window.dispatchEvent(new PageTransitionEvent('pageshow', {persisted: true}))")
    assert shown(page, "deposit") == {f"deposit.{a}"}


# -- 6. two tabs --------------------------------------------------------------------------


def test_two_tabs_tick_different_items_and_both_are_kept(site, context):
    a_page, b_page = context.new_page(), context.new_page()
    for p in (a_page, b_page):
        p.goto(site.url + "problems/deposit/", wait_until="load")
    first, second, third = (item.id for item in DEPOSIT.checks[:3])

    tick(b_page, "deposit", first)
    tick(a_page, "deposit", second)
    both = {f"deposit.{first}", f"deposit.{second}"}
    assert set(stored(a_page, TICKS + "deposit")) == both, "tab A's write dropped tab B's tick"
    # the open tab follows the other one's changes without a reload
    expect(b_page.locator(f"[data-item='deposit.{second}'] input")).to_be_checked()
    assert shown(a_page, "deposit") == shown(b_page, "deposit") == both

    # an untick in one tab does not bring back or drop anything else
    tick(b_page, "deposit", third)
    tick(a_page, "deposit", first)  # untick
    after = {f"deposit.{second}", f"deposit.{third}"}
    # (read storage in the tab that wrote last: another tab's copy syncs a moment later)
    assert set(stored(a_page, TICKS + "deposit")) == after
    expect(b_page.locator(f"[data-item='deposit.{first}'] input")).not_to_be_checked()
    expect(b_page.locator(f"[data-item='deposit.{third}'] input")).to_be_checked()

    # 清空 in tab A clears that list only, and tab B follows
    prepare = DEPOSIT.prepare[0].id
    tick(b_page, "deposit", prepare)
    checks = a_page.locator('.checklist[data-part="checks"]')
    checks.locator(".checklist__reset").click()
    checks.locator(".checklist__yes").click()
    assert set(stored(a_page, TICKS + "deposit")) == {f"deposit.{prepare}"}
    expect(b_page.locator(f"[data-item='deposit.{second}'] input")).not_to_be_checked()
    expect(b_page.locator(f"[data-item='deposit.{prepare}'] input")).to_be_checked()

    for p in (a_page, b_page):
        p.reload(wait_until="load")
        assert shown(p, "deposit") == {f"deposit.{prepare}"}


# -- 7. keyboard and the gutter ----------------------------------------------------------


def test_focus_after_clearing_is_on_the_list_not_the_page(site, page):
    page.goto(site.url + "problems/deposit/", wait_until="load")
    tick(page, "deposit", DEPOSIT.checks[0].id)
    checks = page.locator('.checklist[data-part="checks"]')
    checks.locator(".checklist__reset").focus()
    page.keyboard.press("Enter")
    expect(checks.locator(".checklist__no")).to_be_focused()
    page.keyboard.press("Shift+Tab")
    expect(checks.locator(".checklist__yes")).to_be_focused()
    page.keyboard.press("Enter")
    page.wait_for_timeout(200)  # Chromium drops focus from a hidden element a frame later
    focused = page.evaluate(
        """() => { const e = document.activeElement; const r = e.getBoundingClientRect();
                   return [e.tagName + "." + e.className, r.width > 0 && r.height > 0,
                           e.closest(".checklist") !== null] }"""
    )
    assert focused[0] != "BODY.", "focus fell to the page"
    assert focused[1] and focused[2], focused


def test_no_invisible_tab_stop_after_the_search_box(site, page):
    page.set_viewport_size({"width": 1280, "height": 900})
    page.goto(site.url + "problems/deposit/", wait_until="load")
    page.locator("input.md-search__input").focus()
    page.keyboard.press("Escape")
    page.locator("input.md-search__input").focus()
    page.keyboard.press("Tab")
    size = page.evaluate(
        """() => { const e = document.activeElement; const r = e.getBoundingClientRect();
                   return [e.className, r.width, r.height] }"""
    )
    assert size[1] > 0 and size[2] > 0, f"Tab from the search box lands on an invisible element: {size}"


@pytest.mark.parametrize("width", [320, 1280])
def test_the_input_lies_on_the_drawn_box_and_the_gutter_ticks_nothing(site, page, width):
    page.set_viewport_size({"width": width, "height": 900})
    page.goto(site.url + "problems/deposit/", wait_until="load")
    item = page.locator(f"[data-item='deposit.{DEPOSIT.checks[0].id}']")
    item.scroll_into_view_if_needed()
    real = item.locator("input.checklist__input").bounding_box()
    drawn = item.locator(".checklist__box").bounding_box()
    for edge in ("x", "y", "width", "height"):
        assert abs(real[edge] - drawn[edge]) < 1, (edge, real, drawn)
    assert real["x"] >= 0
    # a click in the gutter left of the row ticks nothing
    row = item.locator(".checklist__control").bounding_box()
    if row["x"] > 12:
        page.mouse.click(row["x"] - 10, drawn["y"] + drawn["height"] / 2)
        expect(item.locator("input")).not_to_be_checked()
    page.mouse.click(drawn["x"] + drawn["width"] / 2, drawn["y"] + drawn["height"] / 2)
    expect(item.locator("input")).to_be_checked()


# -- 8. JavaScript off ----------------------------------------------------------------------


@pytest.mark.parametrize("path", ["print/", "problems/deposit/"])
def test_with_scripts_off_one_line_says_ticking_needs_them(site, browser, path):
    off = browser.new_context(java_script_enabled=False)
    page = off.new_page()
    page.goto(site.url + path)
    note = page.locator(".noscript-note")
    expect(note).to_be_visible()
    text = note.inner_text()
    assert "JavaScript" in text and "勾选" in text and "打印" in text
    assert note.bounding_box()["height"] < 80, "one line, not a paragraph"
    off.close()

    on = browser.new_page()
    on.goto(site.url + path, wait_until="load")
    expect(on.locator(".noscript-note")).to_have_count(0)
    on.close()
