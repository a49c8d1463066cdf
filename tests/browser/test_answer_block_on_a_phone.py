"""The answer block on a phone: on the first screen of every problem page, under its title,
the first step, the one thing not to do and where to go, with a link to the help centre
that says it leaves; the hacked page's urgent steps right after it. The same on every page
that answers but is no problem (each channel's, /scams/, /safety/), and /scams/ holds its
verification steps and where to report within its first two screens. (On paper:
test_printing.py.)

Problems and pages come from the data: a new one is tested without editing this file.
"""

from __future__ import annotations

from urllib.parse import urlsplit

import pytest
from helpers import page_url
from paper import flat

from macros import data

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


def answer_on_the_first_screen(phone, screen) -> dict[str, str]:
    """The three parts under the H1, each whole on the first screen, saying the data's
    sentences; its one link a tap target on the first screen. Their texts, by part."""
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
    assert flat(screen.first) in flat(texts["first"])
    assert flat(screen.dont) in flat(texts["dont"])
    assert flat(screen.where) in flat(texts["where"])
    link = phone.locator("[data-answer-part='where'] a[href]")
    assert link.count() == 1
    shown = link.bounding_box()
    assert shown["height"] >= 24, "a tap target"
    assert shown["y"] + shown["height"] <= height, "on the first screen"
    return texts


def assert_links_the_help_centre(phone) -> None:
    """The where part's link goes to the help centre and says it leaves."""
    link = phone.locator("[data-answer-part='where'] a[href]")
    href = link.get_attribute("href")
    assert urlsplit(href).scheme == "https" and urlsplit(href).hostname == "www.bitget.com", href
    assert href == data.HELP_CENTRE
    assert "离开本站" in link.inner_text()


@pytest.mark.parametrize("problem", PROBLEMS, ids=lambda p: p.id)
def test_the_answer_is_on_the_first_screen_under_the_title_with_its_link_out(site, phone, problem):
    phone.goto(site.url + f"problems/{problem.id}/", wait_until="load")
    texts = answer_on_the_first_screen(phone, problem.first_screen)
    assert HANDBOOK.channel(problem.channels[0].channel).name in texts["where"]
    assert_links_the_help_centre(phone)


@pytest.mark.parametrize("entry", HANDBOOK.page_answers, ids=lambda a: a.page)
def test_pages_that_answer_show_it_on_the_first_screen_too(site, phone, entry):
    """Every channel's page, /channels/, /scams/ and /safety/ (issue 24: /scams/ had none)."""
    phone.goto(site.url + page_url(HANDBOOK, entry.page), wait_until="load")
    answer_on_the_first_screen(phone, entry.first_screen)
    if entry.anchor is None:
        assert_links_the_help_centre(phone)
    else:  # /scams/: to its verification steps, on the page
        link = phone.locator("[data-answer-part='where'] a[href]")
        assert link.get_attribute("href") == f"#{entry.anchor}"
        link.click()
        phone.wait_for_function(f"location.hash === '#{entry.anchor}'")
        assert 0 <= box(phone, f"#{entry.anchor}")["y"] < phone.viewport_size["height"] / 2, "the tap shows the steps"


def test_scams_shows_how_to_verify_and_report_within_two_screens(site, browser):
    """Issue 24: on /scams/ the verification tool was 4.9 screens down and reporting 5.4."""
    width, height = PHONES["360x740"]
    context = browser.new_context(viewport={"width": width, "height": height}, is_mobile=True, has_touch=True)
    page = context.new_page()
    page.goto(site.url + "scams/", wait_until="load")
    for anchor in ("verification-tool", "report"):
        top = page.evaluate(f"document.getElementById('{anchor}').getBoundingClientRect().top + scrollY")
        assert top <= 2 * height, f"#{anchor} starts {top:.0f}px down, past the second screen"
    context.close()


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


def test_the_old_p2p_address_offers_the_bank_card_page_on_the_first_screen(site, browser):
    """/problems/p2p/ once held both cases: a reader who lands there with a frozen bank card
    sees the link to her page on the first screen at 360x740, and it opens it."""
    context = browser.new_context(viewport={"width": 360, "height": 740}, is_mobile=True, has_touch=True)
    page = context.new_page()
    page.goto(site.url + "problems/p2p/", wait_until="load")
    link = page.locator("article a[href='../bank-card/']").first
    shown = link.bounding_box()
    assert shown is not None and shown["y"] + shown["height"] <= 740, shown
    assert link.inner_text() == HANDBOOK.problem("bank-card").title
    link.click()
    page.wait_for_url("**/problems/bank-card/")
    context.close()
