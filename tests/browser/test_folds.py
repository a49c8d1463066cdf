"""Problem pages half as long on a phone, nothing lost (issue 24): at 360x740 no problem
page is over 6 screens and the median is at most 4.5. What a reader rarely needs folds
into a <details> (macros/render/problem_page.py); every fold opens with the keyboard,
by the browser's find-in-page (the same reveal as a #:~:text= link, which the test can
drive), by a link to anything inside it, and for a search result's ?h= words, which
Material then marks; on paper the folds the sheet needs print open. (The answer block
on the first screen: test_answer_block_on_a_phone.py; the composer's button:
test_composer.py.)

Problems come from the data: a new problem page is tested without editing this file.
"""

from __future__ import annotations

import statistics
from urllib.parse import quote

import pytest
from paper import flat, pages_text, print_pdf
from playwright.sync_api import expect
from reader import collect_errors

from macros import data

pytestmark = pytest.mark.browser

HANDBOOK = data.HANDBOOK
PROBLEMS = HANDBOOK.problems
PHONE = {"width": 360, "height": 740}
MOST_SCREENS, MEDIAN_SCREENS = 6, 4.5
FOLDS = "article details:is(.fold, .lead-fold)"


@pytest.fixture(scope="module")
def phone(browser):
    context = browser.new_context(viewport=PHONE, is_mobile=True, has_touch=True)
    page = context.new_page()
    yield page
    context.close()


@pytest.fixture(scope="module")
def screens(site, phone):
    """`screens(problem_id)`: the page's document height over the screen's, as the reader
    arrives (nothing opened). Each page is measured once, whichever test asks."""
    measured: dict[str, float] = {}

    def height(problem_id: str) -> float:
        if problem_id not in measured:
            phone.goto(site.url + f"problems/{problem_id}/", wait_until="load")
            measured[problem_id] = phone.evaluate("document.documentElement.scrollHeight") / PHONE["height"]
        return measured[problem_id]

    return height


@pytest.mark.parametrize("problem", PROBLEMS, ids=lambda p: p.id)
def test_no_problem_page_is_over_six_screens_on_a_phone(screens, problem):
    assert screens(problem.id) <= MOST_SCREENS, f"{problem.id}: {screens(problem.id):.2f} screens at 360x740"


def test_the_median_problem_page_is_at_most_four_and_a_half_screens(screens):
    heights = {p.id: screens(p.id) for p in PROBLEMS}
    report = ", ".join(f"{pid} {h:.1f}" for pid, h in sorted(heights.items(), key=lambda kv: -kv[1]))
    assert statistics.median(heights.values()) <= MEDIAN_SCREENS, f"screens at 360x740: {report}"


@pytest.mark.parametrize("problem", PROBLEMS, ids=lambda p: p.id)
def test_every_fold_opens_and_closes_from_the_keyboard(site, phone, problem):
    """Each fold's summary is a tab stop; Enter opens it, its content shows, Space closes it.
    The sections a reader rarely needs fold; the checklists, the channels, what not to do
    and the template do not."""
    phone.goto(site.url + f"problems/{problem.id}/", wait_until="load")
    folds = phone.locator(FOLDS)
    anchors = phone.locator("article details.fold > summary > h2").evaluate_all("hs => hs.map(h => h.id)")
    assert {"facts", "sources", "symptoms"} <= set(anchors), anchors
    assert not {"first-checks", "prepare", "dont", "template"} & set(anchors), anchors
    assert folds.count() == len(anchors) + any(not n.signpost for n in problem.lead)
    for index in range(folds.count()):
        fold = folds.nth(index)
        summary = fold.locator(":scope > summary")
        assert not fold.evaluate("d => d.open"), f"fold {index} starts closed"
        assert summary.evaluate("s => s.tabIndex") == 0, "a tab stop"
        summary.focus()
        assert summary.evaluate("s => s === document.activeElement")
        phone.keyboard.press("Enter")
        assert fold.evaluate("d => d.open"), f"Enter opens fold {index}"
        shown = fold.locator(":scope > :not(summary)").first
        expect(shown).to_be_visible()
        phone.keyboard.press("Space")
        assert not fold.evaluate("d => d.open"), f"Space closes fold {index}"


def test_folds_open_from_the_keyboard_without_scripts(site, browser):
    """The folds are the browser's own <details>: without JavaScript, Tab reaches each
    summary and Enter opens it (on the page with the most folds)."""
    problem = max(PROBLEMS, key=lambda p: len(p.sections) + bool(p.lead) + bool(p.urgent))
    context = browser.new_context(viewport=PHONE, java_script_enabled=False)
    page = context.new_page()
    page.goto(site.url + f"problems/{problem.id}/", wait_until="load")
    folds = page.locator(FOLDS)
    assert folds.count() >= 4
    for index in range(folds.count()):
        fold = folds.nth(index)
        fold.locator(":scope > summary").focus()
        page.keyboard.press("Enter")
        assert fold.evaluate("d => d.open"), f"Enter opens fold {index} of {problem.id}"
        expect(fold.locator(":scope > :not(summary)").first).to_be_visible()
    context.close()


def test_the_lead_fold_names_its_questions_and_its_signposts_stay_in_view(site, phone):
    """The lead's summary names each question it answers; a line sending the reader to
    another page (p2p: a frozen bank card has its own page) shows on the first screen."""
    for problem in (p for p in PROBLEMS if p.lead):
        phone.goto(site.url + f"problems/{problem.id}/", wait_until="load")
        summary = phone.locator("article details.lead-fold > summary").inner_text()
        for note in problem.lead:
            if note.signpost:
                link = phone.locator("article ul.lead--signposts a").filter(has_text=HANDBOOK.page_src(note.see)[1])
                expect(link).to_be_visible()
                assert link.bounding_box()["y"] + link.bounding_box()["height"] <= PHONE["height"], problem.id
            else:
                assert (note.label or note.text) in summary, (problem.id, note.label)


# Words that a page shows only inside one of its folds: (page, word, the fold's id, or
# "lead" for the lead's fold). Checked below to be hidden when the page opens.
FOLDED_WORDS = [
    ("problems/hacked/", "96110", "report-local"),
    ("problems/deposit/", "XRP", "facts"),
    ("problems/frozen/", "反洗钱", "lead"),
]


SHOWN = """word => { const walk = document.createTreeWalker(document.querySelector('article'), NodeFilter.SHOW_TEXT);
  for (let n = walk.nextNode(); n; n = walk.nextNode())
    if (n.textContent.includes(word) && n.parentElement.checkVisibility()) return true;
  return false; }"""


def fold_of(page, where: str):
    return page.locator("article details.lead-fold" if where == "lead" else f"article details[data-fold='{where}']")


@pytest.mark.parametrize(("path", "word", "where"), FOLDED_WORDS, ids=[w for _, w, _ in FOLDED_WORDS])
def test_a_search_results_word_inside_a_fold_opens_it_and_is_marked(site, page, path, word, where):
    """After a search result click the address has ?h=<the words>: the fold holding one
    opens, and Material marks the word there (it marks only text it can see)."""
    errors = collect_errors(page)
    page.goto(site.url + path, wait_until="load")
    assert not fold_of(page, where).evaluate("d => d.open")
    assert not page.evaluate(SHOWN, word), f"{word} is shown outside the fold"
    page.goto(site.url + f"{path}?h={quote(word)}", wait_until="load")
    marked = fold_of(page, where).locator("mark[data-md-highlight]").filter(has_text=word).first
    expect(marked).to_be_visible(timeout=15_000)
    assert fold_of(page, where).evaluate("d => d.open")
    assert errors == []


@pytest.mark.parametrize("javascript", [True, False], ids=["scripts", "no-scripts"])
def test_the_browsers_find_opens_a_fold(site, browser, javascript):
    """Chromium reveals a match inside a closed <details> for find-in-page and for a
    #:~:text= link alike (the HTML standard's ancestor details revealing algorithm);
    the test drives the link, which it can. Without JavaScript too."""
    context = browser.new_context(viewport=PHONE, java_script_enabled=javascript)
    page = context.new_page()
    path, word, where = FOLDED_WORDS[0]
    page.goto(site.url + f"{path}#:~:text={quote(word)}", wait_until="load")
    expect(fold_of(page, where)).to_have_attribute("open", "")
    context.close()


def test_a_link_to_a_fact_opens_its_fold(site, page):
    """The lead's （依据） links go to facts inside the folded 官方说明."""
    problem = next(p for p in PROBLEMS if any(n.anchor and n.anchor.startswith("fact-") and not n.on for n in p.lead))
    anchor = next(n.anchor for n in problem.lead if n.anchor and n.anchor.startswith("fact-") and not n.on)
    page.goto(site.url + f"problems/{problem.id}/", wait_until="load")
    link = page.locator(f"article details.lead-fold a[href='#{anchor}']").first
    page.locator("article details.lead-fold > summary").click()
    link.click()
    expect(page.locator(f"#{anchor}")).to_be_in_viewport()
    assert fold_of(page, "facts").evaluate("d => d.open")


@pytest.mark.parametrize("javascript", [True, False], ids=["scripts", "no-scripts"])
def test_folded_sections_the_sheet_needs_print_open(site, browser, tmp_path, javascript):
    """A page's own sections fold on screen and print in full (with or without the
    scripts, which open every fold before the browser's own printing)."""
    problem = next(p for p in PROBLEMS if p.sections)
    pdf = print_pdf(browser, site.url + f"problems/{problem.id}/", tmp_path / "page.pdf", javascript=javascript)
    text = flat("".join(pages_text(pdf)))
    context = browser.new_context(viewport=PHONE, java_script_enabled=javascript)
    page = context.new_page()
    page.goto(site.url + f"problems/{problem.id}/", wait_until="load")
    for extra in problem.sections:
        assert not fold_of(page, extra.anchor).evaluate("d => d.open"), f"{extra.anchor} folds on screen"
        assert flat(extra.title) in text, extra.anchor
        for step in extra.steps:
            assert flat(step.label or step.text)[:12] in text, (extra.anchor, step.label)
    context.close()
