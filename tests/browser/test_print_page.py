"""/print/ on paper, every problem's sheet: A4 PDFs printed by headless Chromium, read back
with poppler (tests/paper.py; any other page on paper: test_printing.py).

One sheet per problem, opening with its answer and the fixed line, holding its own items
and none of the others', the footer on each. `pdftotext` proves the CJK text rendered as
text (not tofu); the sheet drawn in gray proves the boxes are black where the items are,
and that every fill-in line is long enough to write on. The reader chooses the sheets
(a tick per sheet, 只打印这一张): only those print, the choice is kept like the ticks, and
without JavaScript every sheet prints.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from paper import flat, page_count, pages_text, poppler, print_pdf, rasterize, words
from playwright.sync_api import expect
from reader import FILL_STORAGE, LEFT_OUT, axe_violations, collect_errors, stored

from macros import data
from macros.render import checklists

pytestmark = pytest.mark.browser

HANDBOOK = data.HANDBOOK
PROBLEMS = HANDBOOK.problems
DPI = 144


FIRST = HANDBOOK.problems[0]
TICKED = FIRST.checks[1]  # ticked before printing /print/: must print as ✓


@pytest.fixture(scope="module")
def print_page_pdf(site, browser, tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("pdf") / "print.pdf"
    return print_pdf(browser, site.url + "print/", out, tick=(f"{FIRST.id}.{TICKED.id}",))


# -- /print/ -----------------------------------------------------------------------


def test_print_page_has_one_a4_page_per_problem(print_page_pdf):
    assert page_count(print_page_pdf) == len(HANDBOOK.problems)
    info = poppler("pdfinfo", print_page_pdf)
    width, height = map(float, re.search(r"Page size:\s+([\d.]+) x ([\d.]+) pts", info).groups())
    assert abs(width - 595.3) < 2 and abs(height - 841.9) < 2, info  # A4


def test_each_sheet_holds_its_problems_items_and_nothing_of_the_others(print_page_pdf):
    texts = pages_text(print_page_pdf)
    for number, (problem, text) in enumerate(zip(HANDBOOK.problems, texts, strict=True), start=1):
        sheet = flat(text)
        assert flat(problem.title) in sheet, (number, problem.id)
        for item in problem.items:
            assert flat(item.text) in sheet, (number, problem.id, item.text)
            if item.blank and not checklists.blank_repeats(item):
                assert flat(f"{item.blank}：") in sheet, (number, item.blank)
        for other in HANDBOOK.problems:
            if other is not problem:
                own = [flat(x.text) for x in problem.items]
                # an item of another problem may be worded like part of one of ours ("你的 UID")
                theirs = [flat(i.text) for i in other.items if not any(flat(i.text) in mine for mine in own)]
                assert not any(t in sheet for t in theirs), (number, other.id)


def test_the_2fa_sheet_prints_the_reset_2fa_box_and_no_line_for_its_answers(print_page_pdf):
    """The answers to Reset 2FA's questions never get a line on paper."""
    number = next(i for i, p in enumerate(HANDBOOK.problems, start=1) if p.id == "2fa")
    sheet = flat(pages_text(print_page_pdf)[number - 1])
    box = HANDBOOK.problem("2fa").prepare_note
    assert flat(box.label) in sheet and flat(box.text) in sheet
    for label in ("地点/设备：", "资产/交易类型：", "登录地点：", "持有的资产："):
        assert label not in sheet, label


def test_every_sheet_has_the_footer_line(site, print_page_pdf):
    for number, text in enumerate(pages_text(print_page_pdf), start=1):
        line = flat(text)
        assert "账户异常自助手册" in line, number
        assert flat(site.url + "print/") in line, number
        assert re.search(r"打印日期\d{4}-\d{2}-\d{2}", line), number
        assert "非官方" in line, number


def test_screen_only_things_do_not_print(print_page_pdf):
    text = flat("".join(pages_text(print_page_pdf)))
    for screen_only in (
        "打印清单",
        "清空勾选",
        "键入以开始搜索",
        "跳转至",
        "不会向你索要任何信息",
        "这一页汇集了",
        "打印全部清单",
        "编辑数据",
        data.WORDS.print_sheet.choose,  # the choice of sheets
        data.WORDS.print_sheet.only,
    ):
        assert flat(screen_only) not in text, screen_only
    assert not re.search(r"已完成\d+/\d+", text), "the progress line is for the screen"


def test_boxes_print_black_empty_squares_and_a_tick(print_page_pdf):
    """Find each item's first word on sheet 1, then look left of it for the drawn box."""
    image = rasterize(print_page_pdf, DPI, gray=True, number=1)[0]
    found = words(print_page_pdf, 1)
    first_word = FIRST.items[0].text.split()[0]
    column = next(w.x0 for w in found if w.text == first_word)  # where item text starts
    y = 0.0
    for item in FIRST.items:
        word = next(w for w in found if w.text == item.text.split()[0] and abs(w.x0 - column) < 1 and w.y0 > y)
        y = word.y0
        em = word.y1 - word.y0  # about one line of text
        middle = (word.y0 + word.y1) / 2
        square = image.dark(column - 2.0 * em, middle - 0.8 * em, column - 0.2 * em, middle + 0.8 * em)
        centre = image.dark(column - 1.05 * em, middle - 0.15 * em, column - 0.75 * em, middle + 0.15 * em)
        assert square > 40, (item.id, square)  # a black outline, not Material's faint grey glyph
        if item is TICKED:
            assert centre > 0, "a ticked item prints a ✓ inside its box"
        else:
            assert centre == 0, (item.id, "an open item prints an empty box")
        if item.blank:
            # the fill-in line: after its label ("文件名：") or, when the text already
            # says it ("你的 UID"), after the text; a black line to write on
            if checklists.blank_repeats(item):
                text = [w for w in found if abs(w.y0 - word.y0) < 1 and w.x0 >= column]
                label = max(text, key=lambda w: w.x1)
            else:
                label = next(w for w in found if w.text == item.blank.split()[-1] + "：" and w.y0 >= word.y0 - 1)
            line = image.dark(label.x1 + em, label.y1 - 0.3 * em, label.x1 + 8 * em, label.y1 + 0.6 * em)
            # When the row has no room for a line long enough (see the test of the lines'
            # lengths below), the line takes the next row, from the left.
            below = image.dark(column - 2 * em, label.y1, column + 6 * em, label.y1 + 2.5 * em)
            assert max(line, below) > 7 * em * image.scale * 0.8, (item.id, line, below)


def test_print_page_without_javascript_still_has_the_footer(site, browser, tmp_path):
    pdf = print_pdf(browser, site.url + "print/", tmp_path / "nojs.pdf", javascript=False)
    texts = pages_text(pdf)
    assert len(texts) == len(HANDBOOK.problems)
    last = flat(texts[-1])
    assert "非官方" in last and flat(site.url + "print/") in last and "打印日期____" in last


# -- fill-in lines long enough to write on ---------------------------------------------------

MM_PER_PT = 25.4 / 72
SHORTEST_LINE_MM = 60  # issue 24: an e-mail address did not fit on the old ~41 mm lines


def fill_in_lines(pdf: Path, number: int, dpi: int = DPI) -> list[float]:
    """The lengths (mm) of the fill-in lines on sheet `number`: the horizontal runs of ink at
    least 12 mm long (longer than any glyph's stroke) below its heading 准备材料 (no link
    is underlined there), one per line however many pixel rows it covers."""
    image = rasterize(pdf, dpi, gray=True, number=number)[0]
    heading = next(w for w in words(pdf, number) if w.text == "准备材料")
    px_per_mm = dpi / 25.4
    found: list[tuple[int, int, int]] = []  # (y, x0, x1) in pixels
    for y in range(int(heading.y1 * image.scale), int((841.9 - 40) * image.scale)):  # above the footer
        row = image.data[y * image.width : (y + 1) * image.width]
        for run in re.finditer(rb"[\x00-\x6d]+", row):  # darker than 110
            x0, x1 = run.span()
            if x1 - x0 >= 12 * px_per_mm and not any(abs(y - fy) <= 3 and abs(x0 - fx) <= 3 for fy, fx, _ in found):
                found.append((y, x0, x1))
    return [(x1 - x0) / px_per_mm for _, x0, x1 in found]


def test_every_fill_in_line_on_paper_is_at_least_60_mm_and_long_answers_get_two(print_page_pdf):
    """Issue 24: after a long label the line was about 41 mm, and a TxID (64 characters) had
    one line. Now a line has 60 mm or takes a row of its own, and a TxID, an address or an
    e-mail address (model.LONG_ANSWER) gets a second line under the first."""
    short = {}
    for number, problem in enumerate(PROBLEMS, start=1):
        lengths = fill_in_lines(print_page_pdf, number)
        assert len(lengths) == sum(item.blank_lines for item in problem.items), (problem.id, lengths)
        if min(lengths) < SHORTEST_LINE_MM:
            short[problem.id] = sorted(round(x) for x in lengths)
    assert short == {}, f"fill-in lines shorter than {SHORTEST_LINE_MM} mm"
    assert any(i.blank_lines == 2 for p in PROBLEMS for i in p.items if "TxID" in (i.blank or ""))


@pytest.mark.parametrize("problem", PROBLEMS, ids=lambda p: p.id)
def test_a_problem_pages_printed_lines_are_at_least_60_mm(site, browser, problem):
    """The problem page prints the same checklists: measured in print media at the A4 text
    width (210 mm less the 16 mm margins of site.css), where Chromium lays out the PDF."""
    mm = 96 / 25.4
    context = browser.new_context(viewport={"width": round(178 * mm), "height": 1000})
    page = context.new_page()
    page.emulate_media(media="print")
    page.goto(site.url + f"problems/{problem.id}/", wait_until="load")
    widths = page.evaluate(
        """() => [...document.querySelectorAll(".checklist__line")]
             .filter(line => line.checkVisibility()).map(line => line.getBoundingClientRect().width)"""
    )
    context.close()
    assert len(widths) == sum(item.blank_lines for item in problem.items)
    assert min(widths) / mm >= SHORTEST_LINE_MM, [round(w / mm) for w in widths]


# -- choosing the sheets -----------------------------------------------------------------------


def choice_row(page, problem):
    """The row of the list at the top of /print/ for one problem."""
    return page.locator(".print-choice li").filter(has=page.get_by_text(problem.title, exact=True))


def print_now(page, out: Path) -> Path:
    page.pdf(path=str(out), format="A4")
    return out


@pytest.fixture
def print_page(site, browser):
    context = browser.new_context()
    page = context.new_page()
    errors = collect_errors(page)
    page.goto(site.url + "print/", wait_until="load")
    yield page
    assert errors == []
    context.close()


def test_only_this_sheet_prints_one_a4_and_the_choice_survives_a_reload(print_page, tmp_path):
    page = print_page
    chosen = HANDBOOK.problem("deposit")
    expect(page.locator(".print-choice__count")).to_have_text(
        f"已选 {len(PROBLEMS)}/{len(PROBLEMS)} 张：只打印选中的。"
    )
    choice_row(page, chosen).get_by_role("button", name="只打印这一张").click()
    expect(page.locator(".print-choice__count")).to_have_text(f"已选 1/{len(PROBLEMS)} 张：只打印选中的。")
    assert sorted(stored(page, LEFT_OUT)) == sorted(p.id for p in PROBLEMS if p is not chosen)
    page.reload(wait_until="load")
    for problem in PROBLEMS:
        tick = page.get_by_role("checkbox", name=problem.title, exact=True)
        (expect(tick).to_be_checked if problem is chosen else expect(tick).not_to_be_checked)()
        sheet = page.locator(f"#sheet-{problem.id}")
        expect(sheet).to_be_visible()  # left out, still on the screen, and marked
        expect(sheet.locator(".print-choice__left")).to_be_visible(visible=problem is not chosen)
    pdf = print_now(page, tmp_path / "one.pdf")
    assert page_count(pdf) == 1
    sheet = flat(pages_text(pdf)[0])
    assert flat(chosen.title) in sheet and all(flat(i.text) in sheet for i in chosen.items)
    assert not any(flat(p.title) in sheet for p in PROBLEMS if p is not chosen and p.title not in chosen.title)


def test_ticks_choose_several_and_all_prints_one_sheet_per_problem_again(print_page, tmp_path):
    page = print_page
    first, last = PROBLEMS[0], PROBLEMS[-1]
    choice_row(page, first).get_by_role("button", name="只打印这一张").click()
    # the tick on a sheet and the one in the list are the same choice
    page.locator(f"#sheet-{last.id} .print-choice__sheet").get_by_role("checkbox", name="打印这一张").check()
    expect(page.get_by_role("checkbox", name=last.title, exact=True)).to_be_checked()
    texts = pages_text(print_now(page, tmp_path / "two.pdf"))
    assert len(texts) == 2
    assert flat(first.title) in flat(texts[0]) and flat(last.title) in flat(texts[1])
    page.get_by_role("button", name="全部选中").click()
    expect(page.get_by_role("button", name="全部选中")).to_be_disabled()
    assert stored(page, LEFT_OUT) is None, "all chosen: nothing is kept"
    pdf = print_now(page, tmp_path / "all.pdf")
    assert page_count(pdf) == len(PROBLEMS)
    for problem, text in zip(PROBLEMS, pages_text(pdf), strict=True):
        assert flat(problem.title) in flat(text)


def test_the_print_button_under_the_list_prints(print_page):
    page = print_page
    page.evaluate("() => { window.print = () => { window.__printed = (window.__printed || 0) + 1 } }")
    page.get_by_role("button", name="打印选中的清单").click()
    assert page.evaluate("window.__printed") == 1


def test_a_stored_choice_of_a_removed_problem_is_dropped(site, print_page, tmp_path):
    page = print_page
    kept = [p.id for p in PROBLEMS[1:]]
    page.evaluate("([key, ids]) => localStorage.setItem(key, JSON.stringify(ids))", [LEFT_OUT, ["lottery", *kept]])
    page.reload(wait_until="load")
    assert sorted(stored(page, LEFT_OUT)) == sorted(kept)
    assert page_count(print_now(page, tmp_path / "first.pdf")) == 1


BLOCKED = (
    "Storage.prototype.setItem = function () { throw new DOMException('blocked', 'SecurityError') };"
    "Storage.prototype.getItem = function () { throw new DOMException('blocked', 'SecurityError') };"
)


def test_with_storage_blocked_the_choice_still_prints_and_says_it_is_not_kept(site, browser, tmp_path):
    context = browser.new_context()
    context.add_init_script(BLOCKED)
    page = context.new_page()
    errors = collect_errors(page)
    page.goto(site.url + "print/", wait_until="load")
    note = page.locator(".print-choice .checklist__note")
    expect(note).to_be_visible()
    expect(note).to_contain_text("不会保留")
    choice_row(page, PROBLEMS[2]).get_by_role("button", name="只打印这一张").click()
    texts = pages_text(print_now(page, tmp_path / "blocked.pdf"))
    assert len(texts) == 1 and flat(PROBLEMS[2].title) in flat(texts[0])
    assert [e for e in errors if "checklists.js" in e] == []
    context.close()


def test_with_storage_full_the_saved_choice_stays(print_page, tmp_path):
    page = print_page
    choice_row(page, PROBLEMS[0]).get_by_role("button", name="只打印这一张").click()
    page.evaluate(FILL_STORAGE)
    page.reload(wait_until="load")
    expect(page.locator(".print-choice .checklist__note")).to_contain_text("存储空间已满")
    page.get_by_role("button", name="全部选中").click()  # shown, not kept
    assert page_count(print_now(page, tmp_path / "full.pdf")) == len(PROBLEMS)
    page.reload(wait_until="load")
    expect(page.locator(".print-choice__count")).to_have_text(f"已选 1/{len(PROBLEMS)} 张：只打印选中的。")


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_the_choice_passes_axe_with_a_sheet_left_out(site, browser, scheme):
    context = browser.new_context(color_scheme=scheme)
    page = context.new_page()
    page.goto(site.url + "print/", wait_until="load")
    choice_row(page, PROBLEMS[0]).get_by_role("button", name="只打印这一张").click()
    page.mouse.move(0, 0)
    where = {"include": [[".print-choice"], [f"#sheet-{PROBLEMS[1].id}"]]}
    assert axe_violations(page, context=where) == []
    context.close()


# -- the choice is in the page from the build: nothing moves ----------------------------

SHIFTS = """
window.__shifts = 0;
new PerformanceObserver((list) => {
  for (const entry of list.getEntries()) window.__shifts += entry.value;
}).observe({ type: "layout-shift", buffered: true });
"""
PHONE = {"viewport": {"width": 360, "height": 740}, "is_mobile": True, "has_touch": True, "device_scale_factor": 2}
# Material's bundle and checklists.js: held back, the page is what it paints first
DEFERRED = re.compile(r"/assets/javascripts/(bundle\.|checklists\.js)")


def tops(page) -> list[float]:
    """Where the choice and the first sheet start on the page."""
    return page.evaluate(
        """() => ['.print-choice', '[data-print-sheet]']
             .map((s) => document.querySelector(s).getBoundingClientRect().top + window.scrollY)"""
    )


@pytest.mark.parametrize("edition", ["", "zh-Hant/"], ids=["zh-Hans", "zh-Hant"])
def test_on_a_phone_the_choice_is_there_before_the_scripts_run_and_nothing_shifts(site, browser, edition):
    """Lighthouse (mobile) measured a layout shift of 0.49 on /print/: checklists.js built the
    choice after load, above the first sheet, and pushed every sheet down. The build writes it
    now; the script only wires it up. Without the deferred scripts the choice and the first
    sheet stand where they stand with them, and the page shifts by nothing as it loads."""
    context = browser.new_context(**PHONE)
    page = context.new_page()
    page.add_init_script(SHIFTS)
    errors = collect_errors(page)
    page.goto(site.url + edition + "print/", wait_until="load")
    expect(page.locator(".print-choice [data-choose]").first).to_be_enabled()  # checklists.js ran
    page.wait_for_timeout(300)  # a shift is reported after the frame that made it
    assert page.evaluate("window.__shifts") == 0
    assert errors == []
    settled = tops(page)
    page.route(DEFERRED, lambda route: route.abort())
    page.reload(wait_until="load")
    expect(page.locator(".print-choice")).to_be_visible()
    expect(page.locator(".print-choice [data-choose]").first).to_be_disabled()  # checklists.js did not run
    assert tops(page) == settled
    context.close()


def test_without_javascript_the_choice_is_not_shown(site, browser):
    """Nothing can be chosen without scripts (every sheet prints): no list, no bar on a sheet."""
    context = browser.new_context(java_script_enabled=False)
    page = context.new_page()
    page.goto(site.url + "print/", wait_until="load")
    expect(page.locator(".print-sheet").first).to_be_visible()
    expect(page.locator(".print-choice")).to_be_hidden()
    bars = page.locator(".print-choice__sheet")
    expect(bars).to_have_count(len(PROBLEMS))
    assert not any(bar.is_visible() for bar in bars.all())
    context.close()


# -- each sheet opens with its answer ----------------------------------------------------


@pytest.fixture(scope="module")
def print_sheets(printed):
    pdf = printed("print/")
    return pdf, pages_text(pdf)


def test_print_page_is_one_sheet_per_problem_each_with_its_answer_and_the_rule(print_sheets):
    pdf, texts = print_sheets
    assert page_count(pdf) == len(PROBLEMS)
    for problem, text in zip(PROBLEMS, texts, strict=True):
        sheet = flat(text)
        assert flat(problem.title) in sheet
        if problem.urgent:
            assert all(flat(step) in sheet for step in problem.urgent), problem.id
            if problem.freeze_first:
                assert flat(HANDBOOK.freeze.when) in sheet, problem.id
        else:
            for part in (problem.first_screen.first, problem.first_screen.dont, problem.first_screen.where):
                assert flat(part) in sheet, (problem.id, part)
        assert flat(data.WORDS.print_sheet.rule) in sheet, problem.id


def test_printed_items_do_not_repeat_their_fill_in_label(print_sheets):
    _, texts = print_sheets
    for problem, text in zip(PROBLEMS, texts, strict=True):
        sheet = flat(text)
        for item in problem.items:
            if checklists.blank_repeats(item):  # 「你的 UID」 then 「UID：」
                assert flat(item.text + item.blank) not in sheet, (problem.id, item.id)
            elif item.blank:
                assert flat(item.text + item.blank + "：") in sheet, (problem.id, item.id)
        assert "UIDUID" not in sheet, problem.id
