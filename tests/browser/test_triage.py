"""Triage on /identify/ in headless Chromium: one question at a time, every answer
leads somewhere, back and 重新开始 work, the hash keeps the place, and without
JavaScript it is a plain list of links."""

from __future__ import annotations

from collections import deque

import pytest
from playwright.sync_api import expect
from reader import SCHEMES, axe_violations, collect_errors

from macros import data
from macros.model import UNSURE_ANSWER

pytestmark = pytest.mark.browser

BOOK = data.HANDBOOK
HELP_CENTRE = BOOK.triage.help_centre


def shown(page) -> list[str]:
    """Ids of the triage steps on screen."""
    return page.locator("[data-triage] [data-step]:visible").evaluate_all("els => els.map(e => e.id)")


def at(page, step: str) -> None:
    """Wait until `step` is the one step on screen (the hash moves it, a moment after a click)."""
    expect(page.locator(f"[data-triage] #{step}")).to_be_visible()
    assert shown(page) == [step]


def answers(page):
    return page.locator("[data-triage] [data-step]:visible a.triage__answer")


def focused(page) -> str:
    return page.evaluate("document.activeElement.id")


def open_identify(page, site, path: str = ""):
    page.goto("about:blank")
    page.goto(site.url + "identify/" + (f"#{path}" if path else ""), wait_until="load")
    expect(page.locator(".triage--js")).to_have_count(1)


@pytest.fixture
def triage(site, page):
    errors = collect_errors(page)
    open_identify(page, site)
    yield page
    assert errors == []


def test_breadth_first_walk_clicking_every_answer_reaches_every_problem_page(site, triage):
    page = triage
    reached_pages, seen, queue = set(), {f"q-{BOOK.triage.start}"}, deque([""])
    clicks = 0
    while queue:
        path = queue.popleft()
        open_identify(page, site, path)
        at(page, path.split("/")[-1] if path else f"q-{BOOK.triage.start}")  # one step at a time
        texts = answers(page).all_inner_texts()
        assert texts[-1] == UNSURE_ANSWER, "every question offers 以上都不是 / 拿不准"
        for index in range(len(texts)):
            open_identify(page, site, path)
            step = answers(page).nth(index).get_attribute("data-to")
            answers(page).nth(index).click()
            clicks += 1
            at(page, step)
            new_path = page.evaluate("location.hash").removeprefix("#")
            assert new_path.split("/")[-1] == step
            assert focused(page) == f"{step}-title", "focus moves to the new step's heading"
            if step == "help":
                result = page.locator("#help")
                expect(result.locator(f'a[href="{HELP_CENTRE}"]')).to_be_visible()
                expect(result.locator('a[href$="channels/ticket/"]')).to_be_visible()
                expect(result).to_contain_text("不会索要密码、验证码、私钥或助记词")
            elif step.startswith("p-"):
                page.locator(f"#{step} .triage__go a").click()
                page.wait_for_load_state()
                reached_pages.add(page.url.removeprefix(site.url))
            elif step not in seen:
                seen.add(step)
                queue.append(new_path)
    assert reached_pages == {f"problems/{p.id}/" for p in BOOK.problems}
    assert seen == {f"q-{q.id}" for q in BOOK.triage.questions}
    assert clicks == sum(len(q.answers) + 1 for q in BOOK.triage.questions)


def test_back_button_and_previous_step_and_restart(triage):
    page = triage
    first = f"q-{BOOK.triage.start}"
    at(page, first)
    expect(page.get_by_role("button", name="上一步")).to_be_hidden()
    page.get_by_role("link", name="没有", exact=True).click()
    page.get_by_role("link", name="能登录", exact=True).click()
    at(page, "q-where")
    assert page.evaluate("location.hash") == "#q-can-login/q-where"
    expect(page.locator(".triage__counter")).to_have_text("第 3 步")

    page.go_back()
    at(page, "q-can-login")
    assert focused(page) == "q-can-login-title"
    page.go_forward()
    at(page, "q-where")

    page.get_by_role("button", name="上一步").click()
    at(page, "q-can-login")
    assert focused(page) == "q-can-login-title"
    page.get_by_role("link", name="不能：想不起密码", exact=True).click()
    at(page, "p-password")

    page.get_by_role("button", name="重新开始").click()
    at(page, first)
    assert focused(page) == f"{first}-title"
    assert page.evaluate("location.hash") == ""
    page.go_back()
    at(page, "p-password")


def test_hash_keeps_the_place_across_a_reload_and_a_shared_link(site, triage, browser):
    page = triage
    page.get_by_role("link", name="没有", exact=True).click()
    page.get_by_role("link", name="能登录", exact=True).click()
    url = page.url
    page.reload(wait_until="load")
    at(page, "q-where")
    page.get_by_role("button", name="上一步").click()
    at(page, "q-can-login")

    other = browser.new_page()
    other.goto(url, wait_until="load")
    at(other, "q-where")
    other.goto(site.url + "identify/#q-where/nonsense", wait_until="load")
    assert len(shown(other)) == 1, "a damaged hash still shows one step"
    other.close()


def test_without_javascript_every_step_shows_and_every_problem_page_is_linked(site, browser):
    context = browser.new_context(java_script_enabled=False)
    page = context.new_page()
    page.goto(site.url + "identify/")
    steps = page.locator("[data-triage] [data-step]")
    assert steps.count() == len(BOOK.triage.questions) + len(BOOK.problems) + 1
    for i in range(steps.count()):
        expect(steps.nth(i)).to_be_visible()
    for problem in BOOK.problems:
        link = page.locator(f'[data-triage] a[href="../problems/{problem.id}/"]')
        expect(link).to_be_visible()
    # Answers are in-page links: following one lands on the step it names.
    page.get_by_role("link", name="没有", exact=True).click()
    assert page.url.endswith("#q-can-login")
    context.close()


def counter(page) -> str:
    return page.locator(".triage__counter").inner_text()


def test_contents_and_heading_links_show_the_step_they_name(site, triage):
    """The table of contents and each heading's ¶ link name the heading
    ("#p-hacked-title"), not the step; they once showed question 1 while the contents
    highlighted the step."""
    page = triage
    page.set_viewport_size({"width": 1280, "height": 900})  # the contents in their sidebar
    toc = page.locator(".md-sidebar--secondary nav[aria-label='目录'] a.md-nav__link")
    targets = [href.removeprefix("#") for href in toc.evaluate_all("links => links.map(a => a.getAttribute('href'))")]
    steps = page.locator("[data-triage] [data-step]").evaluate_all("els => els.map(e => e.id)")
    assert targets == [f"{step}-title" for step in steps], "one contents entry per step heading"
    for step in reversed(steps):  # from the last: each click moves away from the step on screen
        page.locator(f".md-sidebar--secondary a.md-nav__link[href='#{step}-title']").click()
        at(page, step)
        assert focused(page) == f"{step}-title"
        page.locator(f"#{step}-title a.headerlink").click()  # its ¶ link
        at(page, step)
    for anchor in ("p-hacked-title", "q-where-title"):  # a shared link to a heading
        open_identify(page, site, anchor)
        at(page, anchor.removesuffix("-title"))
        expect(page.get_by_role("button", name="上一步")).to_be_visible()


@pytest.mark.parametrize("hash_", ["100%", "%", "%E4%B8", "q-can-login%"])
def test_a_stray_percent_in_the_address_shows_the_first_question(site, triage, hash_):
    """An address that is not valid percent-encoding once threw URIError:
    every step showed at once, no counter, 上一步 and 重新开始 shown."""
    page = triage
    first = f"q-{BOOK.triage.start}"
    open_identify(page, site, hash_)
    assert page.evaluate("location.hash") == f"#{hash_}", "the address reached the page as typed"
    at(page, first)
    assert counter(page) == "第 1 步"
    expect(page.get_by_role("button", name="上一步")).to_be_hidden()
    expect(page.get_by_role("button", name="重新开始")).to_be_hidden()
    # the same address set in the middle of a session
    page.get_by_role("link", name="没有", exact=True).click()
    at(page, "q-can-login")
    page.evaluate("h => { location.hash = h }", hash_)
    at(page, first)
    assert counter(page) == "第 1 步"
    expect(page.get_by_role("button", name="上一步")).to_be_hidden()


def test_previous_step_is_the_browsers_back_and_history_stays_short(site, triage):
    """上一步 once added a history entry: 30 moves back and forth made 50
    entries, and Back after 上一步 returned to the step just left."""
    page = triage
    first = f"q-{BOOK.triage.start}"
    entries = page.evaluate("history.length")
    for _ in range(30):
        page.get_by_role("link", name="没有", exact=True).click()
        at(page, "q-can-login")
        page.get_by_role("button", name="上一步").click()
        at(page, first)
        assert focused(page) == f"{first}-title"
    assert page.evaluate("history.length") <= entries + 1

    page.get_by_role("link", name="没有", exact=True).click()
    page.get_by_role("link", name="能登录", exact=True).click()
    at(page, "q-where")
    page.get_by_role("button", name="上一步").click()
    at(page, "q-can-login")
    page.go_back()
    at(page, first)  # not q-where, the step just left
    page.go_forward()
    at(page, "q-can-login")

    # A shared link has no steps before it in history: 上一步 adds no entry.
    open_identify(page, site, "q-can-login/q-where")
    entries = page.evaluate("history.length")
    page.get_by_role("button", name="上一步").click()
    at(page, "q-can-login")
    assert page.evaluate("location.hash") == "#q-can-login"
    page.get_by_role("button", name="上一步").click()
    at(page, first)
    assert page.evaluate("history.length") == entries
    page.go_back()
    assert page.url == "about:blank", "Back leaves the page, as the steps were never pages of their own"


@pytest.mark.parametrize("scheme", sorted(SCHEMES))
def test_no_axe_violations_at_any_step_of_one_path(site, browser, scheme):
    context = browser.new_context(color_scheme=scheme, viewport={"width": 360, "height": 740})
    page = context.new_page()
    page.goto(site.url + "identify/", wait_until="load")
    assert page.evaluate("document.body.dataset.mdColorScheme") == SCHEMES[scheme]
    found = {}
    path = [
        ("没有", "q-not-you"),
        ("能登录", "q-can-login"),
        ("充值：转进来的资产没到账", "q-where"),
        (None, "p-deposit"),
    ]
    for answer, step in path:
        at(page, step)
        result = axe_violations(page)
        if result:
            found[step] = result
        if answer:
            page.get_by_role("link", name=answer, exact=True).click()
    page.get_by_role("button", name="上一步").click()
    at(page, "q-where")
    answers(page).last.click()
    at(page, "help")
    result = axe_violations(page)
    if result:
        found["help"] = result
    context.close()
    assert found == {}


def test_triage_works_from_file_urls(offline, page):
    page.goto((offline / "identify.html").as_uri())
    page.get_by_role("link", name="没有", exact=True).click()
    at(page, "q-can-login")
    page.get_by_role("link", name="不能：想不起密码", exact=True).click()
    page.locator("#p-password .triage__go a").click()
    assert page.url == (offline / "problems" / "password.html").as_uri()


def test_triage_script_loads_only_on_identify(site):
    for html in site.dir.rglob("*.html"):
        text = html.read_text("utf-8")
        has = "assets/javascripts/triage.js" in text
        # /identify/ of either edition (the 繁體中文 one lives under zh-Hant/)
        path = html.relative_to(site.dir).as_posix().removeprefix("zh-Hant/")
        assert has == (path == "identify/index.html"), html
