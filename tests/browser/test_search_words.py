"""Search as a phone reader meets it: text that arrives without key presses, variant and
full-width characters, and a search that finds nothing (docs/assets/javascripts/
search-words.js, overrides/partials/search-help.html)."""

from __future__ import annotations

import json
from urllib.parse import urljoin, urlsplit

import pytest
from reader import RESULTS, animations_done, axe_violations, collect_errors, open_search, result_paths, search

pytestmark = pytest.mark.browser

PHONE = {"width": 360, "height": 740}
HELP = "[data-search-help]"


def open_on_a_phone(page, url: str):
    """Open a page at phone size and tap the magnifier; return the search box."""
    page.set_viewport_size(PHONE)
    page.goto(url, wait_until="load")
    return open_search(page)


def wait_for_meta(page, pattern: str):
    page.wait_for_function(
        "p => new RegExp(p).test(document.querySelector('.md-search-result__meta').textContent)",
        arg=pattern,
        timeout=10_000,
    )


@pytest.mark.parametrize("how", ["fill", "insert_text"])
def test_text_that_arrives_without_a_key_press_is_searched(site, page, how):
    """Paste and voice input (fill) and an input method's text (insert_text) send no keyup."""
    box = open_on_a_phone(page, site.url + "problems/deposit/")
    page.evaluate(
        "window.keys = [];"
        "for (const t of ['keydown', 'keyup']) addEventListener(t, e => e.isTrusted && keys.push(t), true)"
    )

    def enter(text: str):
        if how == "fill":
            box.fill(text)
        else:
            box.focus()
            page.keyboard.insert_text(text)

    enter("提现失败")
    page.locator(RESULTS).first.wait_for(timeout=10_000)
    assert "problems/withdrawal/" in result_paths(page)[:3]

    # And again once the index is ready: the box is cleared (fill("") would press Delete)
    # and a second query arrives without a key.
    box.evaluate("box => { box.value = ''; box.dispatchEvent(new Event('input', { bubbles: true })) }")
    page.wait_for_function("() => !document.querySelector('.md-search-result__list').children.length")
    enter("忘记密码")
    page.wait_for_function("() => /password/.test(document.querySelector('.md-search-result__item a')?.href)")
    assert result_paths(page)[0] == "problems/password/"
    assert page.evaluate("keys") == [], "the test must not send key events"


VARIANTS = [
    ("帐户被盗", "账户被盗"),
    ("帳戶被盜", "账户被盗"),
    ("提現", "提现"),
    ("凍結", "冻结"),
    ("ＵＳＤＴ", "USDT"),
    ("２ＦＡ", "2FA"),
    ("ＢＥＰ２０转错", "BEP20转错"),
]


def test_variant_and_full_width_characters_find_what_the_usual_form_finds(site, page):
    open_on_a_phone(page, site.url)
    for variant, usual in VARIANTS:
        expected = search(page, usual)[:3]
        assert expected, f"{usual!r} finds nothing: the comparison would be empty"
        assert search(page, variant)[:3] == expected, variant


@pytest.mark.parametrize("start", ["", "problems/deposit/", "channels/live-chat/"])
def test_a_search_that_finds_nothing_says_where_to_go(site, page, start):
    box = open_on_a_phone(page, site.url + start)
    help_block = page.locator(HELP)
    box.fill("zzqqxx")
    wait_for_meta(page, "没有")
    assert page.locator(RESULTS).count() == 0
    help_block.wait_for(state="visible")
    text = help_block.inner_text()
    assert "没找到" in text and "按表现判断问题类型" in text
    links = {
        urlsplit(urljoin(page.url, a.get_attribute("href"))).path.lstrip("/"): a.inner_text()
        for a in help_block.locator("a").all()
    }
    assert set(links) == {"identify/", "channels/", "scams/"}, links
    for path in links:
        assert (site.dir / path / "index.html").is_file(), path

    # A search with results hides it again, and so does an empty box.
    box.fill("提现")
    page.locator(RESULTS).first.wait_for(timeout=10_000)
    assert help_block.is_hidden()
    box.fill("zzqqxx")
    help_block.wait_for(state="visible")
    box.fill("")
    help_block.wait_for(state="hidden")

    # The links are links a reader can tap.
    box.fill("zzqqxx")
    help_block.get_by_role("link", name="按表现判断问题类型").click()
    page.wait_for_url(site.url + "identify/")


@pytest.mark.parametrize("before", ["zzqqxx", "提现"], ids=["after-zero-results", "after-results"])
def test_the_reset_button_empties_the_results_and_the_help(site, page, before):
    """× (the search form's reset button) empties the box; what was found for the old
    query, or the zero-result line and help, must go with it."""
    box = open_on_a_phone(page, site.url + "problems/deposit/")
    box.fill(before)
    wait_for_meta(page, "没有" if before == "zzqqxx" else "结果")
    page.get_by_role("button", name="清空当前内容").click()
    assert box.input_value() == ""
    wait_for_meta(page, "键入以开始搜索")
    assert page.locator(HELP).is_hidden()
    assert page.locator(RESULTS).count() == 0
    # And the next query is searched as usual.
    box.fill("忘记密码")
    page.wait_for_function("() => /password/.test(document.querySelector('.md-search-result__item a')?.href)")


INVISIBLE = [
    "提\u200b现",  # zero-width space
    "提\u200c现",  # zero-width non-joiner
    "提\u200d现",  # zero-width joiner
    "提\u2060现",  # word joiner
    "提\ufeff现",  # byte order mark
    "提\u00ad现",  # soft hyphen
    "\u200e提现\u200f",  # left-to-right and right-to-left marks
    "\u202e提现\u202c",  # right-to-left override, pop
    "\u2066提现\u2069",  # left-to-right isolate, pop
]


def test_invisible_characters_and_direction_marks_in_a_query_are_ignored(site, page):
    """Text pasted from a chat or a web page can carry them; the reader cannot see them."""
    open_on_a_phone(page, site.url)
    expected = search(page, "提现")[:3]
    assert "problems/withdrawal/" in expected
    for query in INVISIBLE:
        assert search(page, query)[:3] == expected, ascii(query)
        assert page.locator(HELP).is_hidden(), ascii(query)


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_the_zero_result_help_passes_axe(site, browser, scheme):
    """It sits in the header, whose text is white: it once rendered white on white."""
    context = browser.new_context(color_scheme=scheme, viewport=PHONE)
    page = context.new_page()
    box = open_on_a_phone(page, site.url + "problems/deposit/")
    box.fill("zzqqxx")
    page.locator(HELP).wait_for(state="visible", timeout=10_000)
    animations_done(page)
    found = axe_violations(page, context=HELP)
    # axe leaves text over the header's layers "incomplete", so compare colours too:
    # the help's text is the page's text colour, not the header's white.
    colours = page.evaluate(
        "() => [document.querySelector('[data-search-help] p'), document.querySelector('.md-content')]"
        ".map(e => getComputedStyle(e).color)"
    )
    context.close()
    assert found == []
    assert colours[0] == colours[1], colours


def test_enter_still_opens_the_best_result(site, page):
    """Material's Enter follows the best link inside its results element: the help stays outside it."""
    errors = collect_errors(page)
    box = open_on_a_phone(page, site.url)
    box.fill("zzqqxx")
    page.locator(HELP).wait_for(state="visible", timeout=10_000)
    box.fill("忘记密码")
    page.locator(RESULTS).first.wait_for(timeout=10_000)
    box.press("Enter")
    page.wait_for_url("**/problems/password/**")
    assert errors == []


def test_results_do_not_strike_through_missing_words(site, page):
    """Material's 缺少 line (struck-through query words a page lacks) puzzled readers."""
    box = open_on_a_phone(page, site.url)
    box.fill("银行卡冻结")
    page.locator(RESULTS).first.wait_for(timeout=10_000)
    terms = page.locator(".md-search-result__terms")
    assert terms.count() > 0, "Material no longer writes the line: drop its rule in site.css and this test"
    for i in range(terms.count()):
        assert terms.nth(i).is_hidden()


def test_a_shared_link_with_a_mixed_query_finds_the_page(site, page):
    page.goto(site.url + "?q=" + "BEP20转错")
    page.locator(RESULTS).first.wait_for(timeout=10_000)
    assert "problems/deposit/" in result_paths(page)[:3]


SPLIT = """([separator, text]) => {
  // Material's split() (integrations/search/internal): zero-length matches allowed.
  const re = new RegExp(separator, "g"), parts = [];
  let index = 0, match;
  do {
    match = re.exec(text);
    const until = match ? match.index : text.length;
    if (index < until) parts.push(text.slice(index, until));
    if (match) { index = match.index + match[0].length; if (!match[0].length) re.lastIndex = match.index + 1; }
  } while (match);
  return parts;
}"""


def test_the_separator_splits_latin_from_chinese_and_keeps_jiebas_cuts(site, page):
    """The separator (mkdocs.yml) is what Material's worker splits index and query with."""
    separator = json.loads((site.dir / "search" / "search_index.json").read_text("utf-8"))["config"]["separator"]
    assert "(?<" not in separator, "no lookbehind: Safari before 16.4 could not build the index"
    page.goto(site.url)
    cases = {
        "Telegram客服*": ["Telegram", "客服*"],
        "BEP20转错": ["BEP20", "转错"],
        "账户\u200b被盗": ["账户", "被盗"],
        "充值 USDT，没到": ["充值", "USDT", "没到"],
        "www.bitget.com": ["www.bitget.com"],
    }
    for text, parts in cases.items():
        assert page.evaluate(SPLIT, [separator, text]) == parts, text


def test_offline_copy_shows_the_zero_result_help_with_working_links(offline, page):
    page.set_viewport_size(PHONE)
    start = offline / "problems" / "deposit.html"
    page.goto(start.as_uri())
    box = open_search(page)
    box.fill("zzqqxx")
    help_block = page.locator(HELP)
    help_block.wait_for(state="visible", timeout=15_000)
    targets = [urljoin(start.as_uri(), a.get_attribute("href")) for a in help_block.locator("a").all()]
    assert targets == [
        (offline / "identify.html").as_uri(),
        (offline / "channels" / "index.html").as_uri(),
        (offline / "scams.html").as_uri(),
    ]
    box.fill("Telegram客服解冻")
    page.locator(RESULTS).first.wait_for(timeout=15_000)
    assert help_block.is_hidden()
