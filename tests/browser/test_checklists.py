"""Checklists in headless Chromium: tick, keep, reset, keyboard, touch, storage that fails
or is full, a site update that adds and removes items; and the ticks shown always equal
the ticks stored, through Back and Forward, a second tab, 清空 by keyboard, a click in the
gutter and JavaScript off. (On paper: test_print_page.py.)"""

from __future__ import annotations

import json
import re

import pytest
from helpers import StaticHandler, build, copy_project, free_port, served
from playwright.sync_api import expect
from reader import FILL_STORAGE, TICKS, axe_violations, collect_errors, stored

from macros import data

pytestmark = pytest.mark.browser

HANDBOOK = data.HANDBOOK
DEPOSIT = HANDBOOK.problem("deposit")


def box(page, problem, item_id):
    """The checkbox of one item, found the way a screen reader finds it: by its label.

    `page` may be a locator, to look inside one problem's sheet on /print/ (items of
    different problems may read the same, e.g. 你的 UID).
    """
    item = next(i for i in problem.items if i.id == item_id)
    return page.get_by_role("checkbox", name=item.text, exact=True)


def progress(page, part):
    return page.locator(f'.checklist[data-part="{part}"] .checklist__progress')


@pytest.fixture
def deposit(site, page):
    errors = collect_errors(page)
    page.goto(site.url + "problems/deposit/", wait_until="load")
    yield page
    assert errors == []


def test_tick_with_the_mouse_survives_a_reload(deposit):
    page = deposit
    expect(box(page, DEPOSIT, "memo")).to_be_enabled()
    box(page, DEPOSIT, "memo").click()
    # a click on the item text ticks it too: the whole row is the target
    page.locator("[data-item='deposit.txid'] .checklist__text").click()
    expect(box(page, DEPOSIT, "memo")).to_be_checked()
    expect(box(page, DEPOSIT, "txid")).to_be_checked()
    assert sorted(stored(page, TICKS + "deposit")) == ["deposit.memo", "deposit.txid"]

    page.reload(wait_until="load")
    expect(box(page, DEPOSIT, "memo")).to_be_checked()
    expect(box(page, DEPOSIT, "txid")).to_be_checked()
    expect(box(page, DEPOSIT, "network")).not_to_be_checked()

    # and in a new tab of the same browser (closing the tab keeps them)
    other = page.context.new_page()
    other.goto(page.url, wait_until="load")
    expect(box(other, DEPOSIT, "memo")).to_be_checked()
    box(other, DEPOSIT, "memo").click()  # untick
    other.reload()
    expect(box(other, DEPOSIT, "memo")).not_to_be_checked()
    assert stored(other, TICKS + "deposit") == ["deposit.txid"]


def test_keyboard_space_toggles_and_the_focus_ring_shows(deposit):
    page = deposit
    first = box(page, DEPOSIT, DEPOSIT.checks[0].id)
    first.focus()
    page.keyboard.press("Space")
    expect(first).to_be_checked()
    page.keyboard.press("Tab")
    second = box(page, DEPOSIT, DEPOSIT.checks[1].id)
    expect(second).to_be_focused()
    indicator = page.locator(f"[data-item='deposit.{DEPOSIT.checks[1].id}'] .checklist__box")
    outline = indicator.evaluate(
        "e => { const s = getComputedStyle(e); return [s.outlineStyle, parseFloat(s.outlineWidth)] }"
    )
    assert outline[0] == "solid" and outline[1] >= 2, outline
    page.keyboard.press("Space")
    expect(second).to_be_checked()
    page.keyboard.press("Space")
    expect(second).not_to_be_checked()
    page.reload()
    expect(first).to_be_checked()
    expect(second).not_to_be_checked()


def test_touch_taps_tick_and_rows_are_big_enough(site, browser):
    context = browser.new_context(has_touch=True, is_mobile=True, viewport={"width": 390, "height": 844})
    page = context.new_page()
    page.goto(site.url + "problems/deposit/", wait_until="load")
    for item in DEPOSIT.items:
        row = page.locator(f"[data-item='deposit.{item.id}'] .checklist__control").bounding_box()
        assert row["height"] >= 24 and row["width"] >= 300, (item.id, row)
    page.locator(f"[data-item='deposit.{DEPOSIT.prepare[0].id}'] .checklist__text").tap()
    box(page, DEPOSIT, DEPOSIT.checks[2].id).tap()
    expect(box(page, DEPOSIT, DEPOSIT.prepare[0].id)).to_be_checked()
    expect(box(page, DEPOSIT, DEPOSIT.checks[2].id)).to_be_checked()
    page.reload()
    expect(box(page, DEPOSIT, DEPOSIT.prepare[0].id)).to_be_checked()
    context.close()


def test_progress_counts_and_reset_asks_first(deposit):
    page = deposit
    n_checks, n_prepare = len(DEPOSIT.checks), len(DEPOSIT.prepare)
    expect(progress(page, "checks")).to_have_text(f"已完成 0/{n_checks}")
    expect(progress(page, "prepare")).to_have_text(f"已完成 0/{n_prepare}")
    checks = page.locator('.checklist[data-part="checks"]')
    reset = checks.get_by_role("button", name="清空勾选")
    expect(reset).to_be_disabled()

    box(page, DEPOSIT, DEPOSIT.checks[0].id).click()
    box(page, DEPOSIT, DEPOSIT.checks[1].id).click()
    box(page, DEPOSIT, DEPOSIT.prepare[0].id).click()
    expect(progress(page, "checks")).to_have_text(f"已完成 2/{n_checks}")
    expect(progress(page, "prepare")).to_have_text(f"已完成 1/{n_prepare}")

    # the reset asks first; cancelling keeps every tick
    reset.click()
    expect(checks.locator(".checklist__question")).to_have_text("确定清空这一组的 2 项勾选？")
    expect(box(page, DEPOSIT, DEPOSIT.checks[0].id)).to_be_checked()
    checks.get_by_role("button", name="取消").click()
    expect(reset).to_be_focused()
    expect(box(page, DEPOSIT, DEPOSIT.checks[0].id)).to_be_checked()
    assert len(stored(page, TICKS + "deposit")) == 3

    # confirming clears this group only
    reset.click()
    checks.get_by_role("button", name="清空", exact=True).click()
    expect(progress(page, "checks")).to_have_text(f"已完成 0/{n_checks}")
    expect(progress(page, "prepare")).to_have_text(f"已完成 1/{n_prepare}")
    expect(box(page, DEPOSIT, DEPOSIT.checks[0].id)).not_to_be_checked()
    assert stored(page, TICKS + "deposit") == [DEPOSIT.item_key(DEPOSIT.prepare[0])]
    page.reload()
    expect(box(page, DEPOSIT, DEPOSIT.checks[0].id)).not_to_be_checked()
    expect(box(page, DEPOSIT, DEPOSIT.prepare[0].id)).to_be_checked()

    # clearing the last group removes the stored key altogether
    prepare = page.locator('.checklist[data-part="prepare"]')
    prepare.get_by_role("button", name="清空勾选").click()
    prepare.get_by_role("button", name="清空", exact=True).click()
    assert stored(page, TICKS + "deposit") is None


def press_print(page, path: str) -> None:
    """The print button is there and prints (window.print stubbed by the test)."""
    button = page.get_by_role("button", name="打印清单")
    expect(button).to_be_visible()
    button.click()
    assert page.evaluate("window.__printed") == 1, path


def test_every_problem_page_and_print_page_checklist_works_and_prints(site, page):
    """Every problem's items tick and count on its page and on /print/ (one shared store);
    those pages, and no other, have a print button, and it prints."""
    page.add_init_script("window.print = () => { window.__printed = (window.__printed || 0) + 1 }")
    for problem in HANDBOOK.problems:
        page.goto(site.url + f"problems/{problem.id}/")
        for item in problem.items:
            box(page, problem, item.id).click()
        expect(progress(page, "prepare")).to_have_text(f"已完成 {len(problem.prepare)}/{len(problem.prepare)}")
        press_print(page, f"problems/{problem.id}/")
    page.goto(site.url + "print/")
    for problem in HANDBOOK.problems:
        sheet = page.locator(f"#sheet-{problem.id}")
        expect(sheet.locator(".checklist__progress")).to_have_text(
            [
                f"已完成 {len(problem.checks)}/{len(problem.checks)}",
                f"已完成 {len(problem.prepare)}/{len(problem.prepare)}",
            ]
        )
        for item in problem.items:
            expect(box(sheet, problem, item.id)).to_be_checked()
    press_print(page, "print/")
    for path in ("", "channels/", "scams/"):
        page.goto(site.url + path)
        expect(page.get_by_role("button", name="打印清单")).to_have_count(0)


def test_checkboxes_have_accessible_labels(deposit):
    assert axe_violations(deposit, rules=["label", "button-name"]) == []


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_checklists_pass_axe_ticked_and_while_confirming(site, browser, scheme):
    """Every axe rule (contrast included) on the checklists and the print button."""
    context = browser.new_context(color_scheme=scheme)
    page = context.new_page()
    page.goto(site.url + "problems/deposit/", wait_until="load")
    where = {"include": [[".checklist"], [".print-button"]]}
    assert axe_violations(page, context=where) == []
    box(page, DEPOSIT, DEPOSIT.checks[0].id).click()
    page.locator('.checklist[data-part="checks"]').get_by_role("button", name="清空勾选").click()
    page.mouse.move(0, 0)
    assert axe_violations(page, context=where) == []
    context.close()


def test_storage_that_throws_on_write_breaks_nothing(site, page):
    page.add_init_script(
        "Storage.prototype.setItem = function () { throw new DOMException('blocked', 'QuotaExceededError') };"
    )
    errors = collect_errors(page)
    page.goto(site.url + "problems/deposit/", wait_until="load")
    notes = page.locator(".checklist__note")
    expect(notes.first).to_be_visible()
    expect(notes.first).to_contain_text("不会保留")
    box(page, DEPOSIT, "memo").click()
    expect(box(page, DEPOSIT, "memo")).to_be_checked()
    expect(progress(page, "checks")).to_have_text(f"已完成 1/{len(DEPOSIT.checks)}")
    assert errors == []


def test_storage_that_throws_on_read_and_write_breaks_nothing(site, page):
    page.add_init_script(
        "Storage.prototype.setItem = function () { throw new DOMException('blocked', 'SecurityError') };"
        "Storage.prototype.getItem = function () { throw new DOMException('blocked', 'SecurityError') };"
    )
    errors = collect_errors(page)
    page.goto(site.url + "problems/deposit/", wait_until="load")
    expect(page.locator(".checklist__note").first).to_be_visible()
    box(page, DEPOSIT, "memo").click()
    expect(box(page, DEPOSIT, "memo")).to_be_checked()
    # Material's own inline palette script reads storage unguarded (__md_get) and throws
    # here; that is not ours. Nothing may come from the checklist script.
    assert [e for e in errors if "checklists.js" in e] == []


def test_storage_message_is_hidden_when_storage_works(deposit):
    expect(deposit.locator(".checklist__note").first).to_be_hidden()


def test_ticking_sends_nothing_anywhere(deposit):
    page = deposit
    page.wait_for_load_state("networkidle")  # the browser's own favicon fetch comes after "load"
    requests = []
    page.on("request", lambda r: requests.append(r.url))
    for item in DEPOSIT.items:
        box(page, DEPOSIT, item.id).click()
    page.locator('.checklist[data-part="checks"]').get_by_role("button", name="清空勾选").click()
    page.locator('.checklist[data-part="checks"]').get_by_role("button", name="清空", exact=True).click()
    page.wait_for_timeout(500)
    assert requests == []


def test_without_javascript_the_checklist_is_still_a_list(site, browser):
    context = browser.new_context(java_script_enabled=False)
    page = context.new_page()
    page.goto(site.url + "problems/deposit/")
    lists = page.locator(".checklist").get_by_role("list")
    expect(lists).to_have_count(2)
    expect(lists.nth(0).get_by_role("listitem")).to_have_count(len(DEPOSIT.checks))
    expect(lists.nth(1).get_by_role("listitem")).to_have_count(len(DEPOSIT.prepare))
    expect(lists.nth(0).get_by_role("listitem").first).to_have_text(DEPOSIT.checks[0].text)
    expect(page.locator(".print-button")).to_be_hidden()
    expect(page.locator(".checklist__bar")).to_have_count(0)
    context.close()


# -- a site update that adds and removes items --------------------------------


class _SwitchableHandler(StaticHandler):
    """Serves whichever build `root["dir"]` names: same origin, so the same localStorage."""

    root: dict = {}

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **{**kwargs, "directory": str(self.root["dir"])})


def test_ticks_follow_item_ids_across_a_site_update(site, browser, tmp_path):
    port = free_port()
    url = f"http://127.0.0.1:{port}/"
    root = {"dir": None}
    handler = type("H", (_SwitchableHandler,), {"root": root})

    # the current data (this session's build), and an update that inserts an item
    # before "memo" and removes "minimum"
    old_site = site.dir  # the current data, already built for this session
    project = copy_project(tmp_path / "project")
    data_py = project / "macros" / "data.py"
    source = data_py.read_text("utf-8")
    memo = re.search(r'\n( +)Item\(id="memo",', source)
    assert memo, "the deposit item 'memo' moved; update this test"
    indent = memo.group(1)
    source = source.replace(
        memo.group(0),
        f'\n{indent}Item(id="inserted", text="新加的检查项：核对转出平台显示的到账地址。"),\n{indent}Item(id="memo",',
        1,
    )
    source, removed = re.subn(r'\n +Item\(id="minimum", text="[^"]*"\),', "", source, count=1)
    assert removed == 1, "the deposit item 'minimum' moved; update this test"
    data_py.write_text(source, "utf-8")
    new_site = tmp_path / "new"
    result = build(new_site, project=project, site_url=url)
    assert result.returncode == 0, result.stdout + result.stderr

    root["dir"] = old_site
    no_store = [("Cache-Control", "no-store")]
    with served(site.dir, port, handler=handler, headers=lambda path: no_store), browser.new_context() as context:
        page = context.new_page()
        page.goto(url + "problems/deposit/", wait_until="load")
        box(page, DEPOSIT, "memo").click()
        box(page, DEPOSIT, "minimum").click()
        assert sorted(stored(page, TICKS + "deposit")) == ["deposit.memo", "deposit.minimum"]
        # a tick of another problem must survive a visit to this page
        page.evaluate("([k, v]) => localStorage.setItem(k, v)", [TICKS + "withdrawal", '["withdrawal.kyc"]'])

        root["dir"] = new_site
        page.reload(wait_until="load")
        inserted = page.get_by_role("checkbox", name="新加的检查项：核对转出平台显示的到账地址。")
        expect(inserted).to_be_enabled()
        expect(inserted).not_to_be_checked()
        expect(box(page, DEPOSIT, "memo")).to_be_checked()
        # "inserted" sits where "memo" was: a tick kept by position would show there
        texts = page.locator('.checklist[data-part="checks"] .checklist__text').all_inner_texts()
        assert texts.index("新加的检查项：核对转出平台显示的到账地址。") == 1
        expect(progress(page, "checks")).to_have_text(f"已完成 1/{len(DEPOSIT.checks)}")
        # the removed item's tick is dropped from storage, the other problem's kept
        assert stored(page, TICKS + "deposit") == ["deposit.memo"]
        assert stored(page, TICKS + "withdrawal") == ["withdrawal.kyc"]


# -- ticks shown always equal ticks stored -----------------------------------------------


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


# Back and Forward


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


# two tabs


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


# keyboard and the gutter


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


# JavaScript off


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


# -- storage that is full ----------------------------------------------------------------


def test_full_storage_keeps_what_was_saved_and_the_note_says_so(site, page):
    """With storage full the note once said the browser does not allow
    saving, yet unticking deleted the stored list and later ticks were saved. Full
    storage is now read, never written: the note says that changes are not kept and
    that what was saved before stays."""
    errors = collect_errors(page)
    page.goto(site.url + "problems/deposit/", wait_until="load")
    key = TICKS + "deposit"
    first, second, third = (f"deposit.{item.id}" for item in data.HANDBOOK.problem("deposit").checks[:3])

    def row(item):
        return page.locator(f"[data-item='{item}'] .checklist__text")

    row(first).click()
    row(second).click()
    assert set(stored(page, key)) == {first, second}
    page.evaluate(FILL_STORAGE)
    page.reload(wait_until="load")
    note = page.locator(".checklist__note").first
    expect(note).to_be_visible()
    expect(note).to_contain_text("存储空间已满")
    expect(note).to_contain_text("回到之前保存的勾选")
    expect(page.locator(f"[data-item='{first}'] input")).to_be_checked()
    row(first).click()
    row(second).click()
    row(third).click()
    expect(page.locator(f"[data-item='{third}'] input")).to_be_checked()
    assert set(stored(page, key)) == {first, second}, "unticking deleted, or ticking replaced, the saved list"
    page.reload(wait_until="load")
    expect(page.locator(f"[data-item='{first}'] input")).to_be_checked()
    expect(page.locator(f"[data-item='{second}'] input")).to_be_checked()
    expect(page.locator(f"[data-item='{third}'] input")).not_to_be_checked()
    assert errors == []
