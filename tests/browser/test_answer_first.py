"""Answer first (issue 13): on a phone's first screen, the first step, the one thing
not to do and where to go; on paper, the problem page on at most two A4 sheets.

Problems come from the data: a new problem page is tested without editing this file.
"""

from __future__ import annotations

from urllib.parse import urlsplit

import pytest
from paper import A4_HEIGHT_PT, flat, page_count, pages_text, words

from macros import data
from macros.render import checklists

pytestmark = pytest.mark.browser

HANDBOOK = data.HANDBOOK
PROBLEMS = HANDBOOK.problems
PHONES = {"360x740": (360, 740), "320x568": (320, 568)}
PARTS = ("first", "dont", "where")


@pytest.fixture(scope="module", params=sorted(PHONES))
def phone(request, browser):
    width, height = PHONES[request.param]
    context = browser.new_context(viewport={"width": width, "height": height}, is_mobile=True, has_touch=True)
    page = context.new_page()
    yield page
    context.close()


def box(page, selector: str) -> dict:
    return page.locator(selector).first.bounding_box()


@pytest.mark.parametrize("problem", PROBLEMS, ids=lambda p: p.id)
def test_the_answer_is_on_the_first_screen_under_the_title(site, phone, problem):
    phone.goto(site.url + f"problems/{problem.id}/", wait_until="load")
    height = phone.viewport_size["height"]
    banner = box(phone, "#unofficial-notice")
    assert banner is not None and banner["y"] >= 0 and banner["height"] > 0, "the unofficial banner shows"
    title = box(phone, "article h1")
    for part in PARTS:
        shown = box(phone, f"[data-answer] [data-answer-part='{part}']")
        assert shown is not None, part
        assert shown["y"] >= title["y"] + title["height"] - 1, (part, "under the H1")
        assert shown["y"] + shown["height"] <= height, (part, shown, f"below the first screen of {height}px")
    texts = {part: phone.locator(f"[data-answer-part='{part}']").inner_text() for part in PARTS}
    screen = problem.first_screen
    assert flat(screen.first) in flat(texts["first"])
    assert flat(screen.dont) in flat(texts["dont"])
    assert flat(screen.where) in flat(texts["where"])
    assert HANDBOOK.channel(problem.channels[0].channel).name in texts["where"]


@pytest.mark.parametrize("problem", PROBLEMS, ids=lambda p: p.id)
def test_the_where_link_goes_to_the_help_centre_and_says_it_leaves(site, phone, problem):
    phone.goto(site.url + f"problems/{problem.id}/", wait_until="load")
    link = phone.locator("[data-answer-part='where'] a[href]")
    assert link.count() == 1
    href = link.get_attribute("href")
    assert urlsplit(href).scheme == "https" and urlsplit(href).hostname == "www.bitget.com", href
    assert href == data.HELP_CENTRE
    assert "离开本站" in link.inner_text()
    shown = link.bounding_box()
    assert shown["height"] >= 24, "a tap target"
    assert shown["y"] + shown["height"] <= phone.viewport_size["height"], "on the first screen"


def test_hacked_urgent_steps_come_first(site, phone):
    """Right after the answer block, before the checks: locked out first, then the
    steps while still logged in; at 360x740 the box starts on the first screen."""
    urgent = [p for p in PROBLEMS if p.urgent]
    assert urgent, "a problem with urgent steps"
    for problem in urgent:
        phone.goto(site.url + f"problems/{problem.id}/", wait_until="load")
        order = phone.evaluate(
            """() => [...document.querySelector('article').children]
                 .filter(e => e.matches('[data-answer], .urgent-steps, h2'))
                 .map(e => e.matches('[data-answer]') ? 'answer' : e.matches('.urgent-steps') ? 'urgent-box' : e.id)"""
        )
        assert order[:3] == ["answer", "urgent", "urgent-box"], order
        assert order.index("urgent-box") < order.index("first-checks"), order
        cases = phone.locator(f"#urgent-{problem.id} .urgent-steps__case").all_inner_texts()
        if problem.freeze_first:
            assert cases[0].startswith("已经登不进去") and cases[1].startswith("还能登录"), cases
        if phone.viewport_size["height"] >= 740:
            top = box(phone, f"#urgent-{problem.id}")["y"]
            assert top < phone.viewport_size["height"], "the urgent box starts on the first screen"


# -- paper -----------------------------------------------------------------------------


@pytest.mark.parametrize("problem", PROBLEMS, ids=lambda p: p.id)
def test_a_problem_page_prints_on_at_most_two_sheets_the_first_one_full(printed, problem):
    pdf = printed(f"problems/{problem.id}/")
    assert page_count(pdf) <= 2, f"{problem.id} prints on {page_count(pdf)} A4 pages"
    first = flat(pages_text(pdf)[0])
    assert flat(problem.checks[0].text) in first, "the first check on sheet 1"
    assert flat(problem.prepare[0].text) in first, "the first thing to prepare on sheet 1"
    assert "不要" in first
    first_dont = flat(problem.dont[0])
    assert first_dont in first, "what not to do on sheet 1"
    if not problem.freeze_first:  # its channel order is the freeze plan in the urgent box
        assert flat(problem.channels[-1].why) in first, "the channel order on sheet 1"
    # No half-empty first page: its text reaches the lower third of the sheet.
    lowest = max(w.y1 for w in words(pdf, 1) if w.y1 < A4_HEIGHT_PT - 40)  # not the footer line in the margin
    assert lowest > A4_HEIGHT_PT * 0.66, f"sheet 1 ends at {lowest:.0f} pt of 842"


@pytest.mark.parametrize("problem", PROBLEMS, ids=lambda p: p.id)
def test_a_printed_problem_page_opens_with_its_answer(printed, problem):
    pdf = printed(f"problems/{problem.id}/")
    first = flat(pages_text(pdf)[0])
    if problem.urgent:
        assert flat(problem.urgent[0]) in first
    else:
        assert flat(problem.first_screen.first) in first
        assert data.HELP_CENTRE in first, "the help-centre address prints after its link"
    assert "编辑数据" not in flat("".join(pages_text(pdf)))


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
