"""Checklists in headless Chromium: tick, keep, reset, keyboard, touch, storage that fails."""

from __future__ import annotations

import re

import pytest
from helpers import StaticHandler, build, copy_project, free_port, served
from playwright.sync_api import expect
from reader import TICKS, axe_violations, collect_errors, stored

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


def test_every_problem_page_and_print_page_checklist_works(site, page):
    """Every problem's items tick and count on its page and on /print/ (one shared store)."""
    for problem in HANDBOOK.problems:
        page.goto(site.url + f"problems/{problem.id}/")
        for item in problem.items:
            box(page, problem, item.id).click()
        expect(progress(page, "prepare")).to_have_text(f"已完成 {len(problem.prepare)}/{len(problem.prepare)}")
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


def test_print_button_on_problem_pages_and_print_page_only(site, page):
    page.add_init_script("window.print = () => { window.__printed = (window.__printed || 0) + 1 }")
    for path in [f"problems/{p.id}/" for p in HANDBOOK.problems] + ["print/"]:
        page.goto(site.url + path)
        button = page.get_by_role("button", name="打印清单")
        expect(button).to_be_visible()
        button.click()
        assert page.evaluate("window.__printed") == 1, path
    for path in ("", "channels/", "scams/"):
        page.goto(site.url + path)
        expect(page.get_by_role("button", name="打印清单")).to_have_count(0)


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
