"""/print/ on paper, every problem's sheet: A4 PDFs printed by headless Chromium, read back
with poppler (tests/paper.py; any other page on paper: test_printing.py).

One sheet per problem, opening with its answer and the fixed line, holding its own items
and none of the others', the footer on each. `pdftotext` proves the CJK text rendered as
text (not tofu); the sheet drawn in gray proves the boxes are black where the items are.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from paper import flat, page_count, pages_text, poppler, print_pdf, rasterize, words

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
    ):
        assert screen_only not in text, screen_only
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
            assert line > 7 * em * image.scale * 0.8, (item.id, line)


def test_print_page_without_javascript_still_has_the_footer(site, browser, tmp_path):
    pdf = print_pdf(browser, site.url + "print/", tmp_path / "nojs.pdf", javascript=False)
    texts = pages_text(pdf)
    assert len(texts) == len(HANDBOOK.problems)
    last = flat(texts[-1])
    assert "非官方" in last and flat(site.url + "print/") in last and "打印日期____" in last


# -- problem pages -------------------------------------------------------------------


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
