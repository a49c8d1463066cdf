"""The 繁體中文 edition in headless Chromium (hooks/editions.py, hooks/zh_hant.py): search
in either script on either edition, ticks shared by both, the composer's refusals, the
language link and what it remembers, a page of each template with axe and no other host,
/zh-Hant/print/ and a problem page on paper, and the offline copy's two editions.
(Every page of both editions, build-level: tests/build/test_edition_twins.py.)
"""

from __future__ import annotations

from urllib.parse import urljoin, urlsplit

import pytest
from paper import flat, page_count, pages_text, print_pdf
from playwright.sync_api import expect
from reader import TICKS, axe_violations, collect_errors, open_composer, open_search, search, stored
from refusal_cases import SEED_12

from macros import data, hant, refusals

pytestmark = pytest.mark.browser

HANDBOOK = data.HANDBOOK
HANT = "zh-Hant/"
TOP = 3

# (edition folder, query in the other script or either, the page it must find in the top 3)
CROSS_SCRIPT = [
    ("", "帳號被凍結", "problems/frozen/"),
    ("", "帳戶被盜", "problems/hacked/"),
    ("", "提幣一直沒到", "problems/withdrawal/"),
    ("", "驗證碼收不到", "problems/login/|problems/2fa/|problems/password/"),
    (HANT, "账号被冻结", "problems/frozen/"),
    (HANT, "账户被盗", "problems/hacked/"),
    (HANT, "提币一直没到", "problems/withdrawal/"),
    (HANT, "验证码收不到", "problems/login/|problems/2fa/|problems/password/"),
    (HANT, "帳號被凍結", "problems/frozen/"),
    (HANT, "帳戶被盜", "problems/hacked/"),
    (HANT, "提幣一直沒到", "problems/withdrawal/"),
    (HANT, "驗證碼收不到", "problems/login/|problems/2fa/|problems/password/"),
]


def test_a_query_in_either_script_finds_the_page_on_either_edition(site, page):
    page.set_viewport_size({"width": 1280, "height": 900})
    errors = collect_errors(page)
    misses = []
    for folder in ("", HANT):
        page.goto(site.url + folder, wait_until="load")
        for where, query, expected in CROSS_SCRIPT:
            if where != folder:
                continue
            results = [p.removeprefix(folder.strip("/") + "/") if folder else p for p in search(page, query)]
            if not set(expected.split("|")) & set(results[:TOP]):
                misses.append(f"/{folder} {query!r}: expected {expected}, got {results[:TOP]}")
    assert misses == []
    assert errors == []


@pytest.mark.parametrize(("folder", "query"), [("", "帳號被凍結"), (HANT, "账号被冻结")])
def test_the_frozen_page_comes_first_for_the_other_scripts_words(site, page, folder, query):
    page.goto(site.url + folder, wait_until="load")
    assert search(page, query)[0] == folder + "problems/frozen/"


def test_a_search_on_the_traditional_edition_that_finds_nothing_helps_in_traditional(site, page):
    page.set_viewport_size({"width": 360, "height": 740})
    page.goto(site.url + HANT + "problems/deposit/", wait_until="load")
    box = open_search(page)
    box.fill("zzqqxx")
    help_block = page.locator("[data-search-help]")
    help_block.wait_for(state="visible")
    text = help_block.inner_text()
    assert hant.convert_text(data.WORDS.search_help.intro) in text
    assert hant.convert_text(data.WORDS.search_help.links[0].text) in text
    assert "沒有找到" in page.locator(".md-search-result__meta").inner_text()
    for href in (a.get_attribute("href") for a in help_block.locator("a").all()):
        assert urlsplit(urljoin(page.url, href)).path.startswith(f"/{HANT}"), href  # stays in the edition


# -- the same browser, both editions ----------------------------------------------------------


def test_a_tick_on_one_edition_shows_on_the_other(site, page):
    """Ticks are kept by item id in the browser (not by page address, as Material's own
    settings are): a reader who switches script keeps them."""
    problem = HANDBOOK.problem("deposit")
    item = problem.checks[0]
    page.goto(site.url + "problems/deposit/", wait_until="load")
    page.locator(f"[data-item='deposit.{item.id}'] .checklist__text").click()
    assert stored(page, TICKS + "deposit") == [f"deposit.{item.id}"]
    page.goto(site.url + HANT + "problems/deposit/", wait_until="load")
    expect(page.get_by_role("checkbox", name=hant.convert_text(item.text), exact=True)).to_be_checked()
    other = problem.checks[1]
    page.locator(f"[data-item='deposit.{other.id}'] .checklist__text").click()
    page.goto(site.url + "problems/deposit/", wait_until="load")
    expect(page.get_by_role("checkbox", name=other.text, exact=True)).to_be_checked()


def test_the_composer_refuses_a_seed_phrase_and_traditional_labels_in_traditional(site, page):
    errors = collect_errors(page)
    page.goto(site.url + HANT + "problems/deposit/", wait_until="load")
    open_composer(page)
    composer = page.locator("[data-composer]")
    composer.locator("[data-field]").first.focus()
    page.wait_for_function("() => !!(window.accountHelpComposerRules && window.accountHelpRefusal)")
    box = composer.get_by_label("UID", exact=True)
    alert = page.locator(f"#{box.get_attribute('id')}-alert")
    for value, kind in ((SEED_12, "seed"), ("密碼：Abc12345", "password"), ("驗證碼 482913", "code")):
        box.fill(value)
        box.blur()
        expect(alert).to_have_text(hant.convert_text(refusals.MESSAGES[kind]) + hant.convert_text(refusals.KEPT_OUT))
        assert value not in page.locator("[data-composer-preview]").inner_text(), value
    assert errors == []


def test_the_language_link_goes_to_the_twin_and_only_a_switch_is_remembered(site, page):
    key = "account-help.edition.v1"
    page.goto(site.url + "problems/deposit/", wait_until="load")
    page.goto(site.url + HANT + "problems/login/", wait_until="load")
    assert page.evaluate("k => localStorage.getItem(k)", key) is None, "reading a page stores nothing"
    assert page.url == site.url + HANT + "problems/login/"

    page.goto(site.url + "problems/deposit/", wait_until="load")
    page.locator("header a[hreflang]").click()
    page.wait_for_url(site.url + HANT + "problems/deposit/")
    assert page.evaluate("k => localStorage.getItem(k)", key) == "zh-Hant"
    # Later, a Simplified page goes to its twin before it shows.
    page.goto(site.url + "problems/login/#first-checks")
    page.wait_for_url(site.url + HANT + "problems/login/#first-checks")
    # Switching back is remembered the same way.
    page.locator("header a[hreflang]").click()
    page.wait_for_url(site.url + "problems/login/")
    page.goto(site.url + HANT)
    page.wait_for_url(site.url)


# -- one page of each template, in the 繁體中文 edition -------------------------------------


def one_of_each_template(site) -> list[str]:
    """A page of each kind: every top-level page, and the first under each folder."""
    chosen: dict[str, str] = {}
    for path in site.pages():
        parts = path.strip("/").split("/")
        kind = parts[0] if len(parts) == 1 else f"{parts[0]}/*"
        chosen.setdefault(kind, path)
    return sorted(chosen.values())


def test_a_page_of_each_template_loads_cleanly_passes_axe_and_stays_on_this_host(site, browser):
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    requests: list[str] = []
    context.on("request", lambda r: requests.append(r.url))
    page = context.new_page()
    errors = collect_errors(page)
    paths = one_of_each_template(site)
    assert "problems/deposit/" in paths or any(p.startswith("problems/") for p in paths)
    found = {}
    for path in [*paths, "404.html"]:
        response = page.goto(site.url + HANT + path, wait_until="networkidle")
        assert response.ok, path
        assert page.evaluate("document.documentElement.lang") == "zh-Hant"
        assert page.locator("#unofficial-notice").is_visible(), path
        problems = axe_violations(page)
        if problems:
            found[path or "/"] = problems
    assert search(page, "提領")
    page.wait_for_load_state("networkidle")
    context.close()
    assert found == {}
    assert errors == []
    assert any(u.endswith(f"/{HANT}search/search_index.json") for u in requests)
    assert [u for u in requests if not u.startswith(site.url) and u.split(":")[0] not in ("data", "blob")] == []


# -- paper ------------------------------------------------------------------------------------


def test_the_traditional_print_page_prints_one_sheet_per_problem(site, browser, tmp_path):
    pdf = print_pdf(browser, site.url + HANT + "print/", tmp_path / "print.pdf")
    texts = pages_text(pdf)
    assert page_count(pdf) == len(HANDBOOK.problems)
    for problem, text in zip(HANDBOOK.problems, texts, strict=True):
        assert flat(hant.convert_text(problem.title)) in flat(text), problem.id


def test_a_traditional_problem_page_prints_on_two_sheets_with_its_answer_first(site, browser, tmp_path):
    problem = HANDBOOK.problem("deposit")
    pdf = print_pdf(browser, site.url + HANT + "problems/deposit/", tmp_path / "deposit.pdf")
    assert page_count(pdf) <= 2
    first = flat(pages_text(pdf)[0])
    assert flat(hant.convert_text(problem.first_screen.first)) in first
    assert flat(hant.convert_text(problem.first_screen.dont)) in first
    assert flat(hant.convert_text("非官方")) in first


# -- the offline copy ----------------------------------------------------------------------


def test_the_offline_copy_holds_both_editions_each_working_from_file_urls(offline, page):
    foreign = []
    page.on("request", lambda r: None if r.url.split(":")[0] in ("file", "data", "blob") else foreign.append(r.url))
    errors = collect_errors(page)
    page.goto((offline / "problems" / "deposit.html").as_uri())
    page.locator("header a[hreflang]").click()
    page.wait_for_load_state()
    assert page.url == (offline / "zh-Hant" / "problems" / "deposit.html").as_uri()
    assert page.evaluate("document.documentElement.lang") == "zh-Hant"
    assert search(page, "账号被冻结")[0].endswith("zh-Hant/problems/frozen.html")
    page.keyboard.press("Escape")  # close search, which lies over the header
    page.locator("header a[hreflang]").click()
    page.wait_for_load_state()
    assert page.url == (offline / "problems" / "deposit.html").as_uri()
    assert foreign == [] and errors == []
