"""The message composer on the problem pages, in headless Chromium: fields fill the
preview, 复制 copies subject and body, secrets are refused (every case of
tests/refusal_cases.py, on every problem page) and never reach the preview, the
clipboard or storage, nothing is kept unless 记住在本机 is ticked."""

from __future__ import annotations

import pytest
from playwright.sync_api import expect
from reader import SCHEMES, VALUES, axe_violations, collect_errors, open_composer, stored
from refusal_cases import CASES, REFUSED, SEED_12, TXID

from macros import data, refusals
from macros.render.composer import ComposerField, composer_fields

pytestmark = pytest.mark.browser

BOOK = data.HANDBOOK
LAZY = ("composer-rules.js", "composer-check.js")  # loaded when a composer is used
UID = "9081726354"  # holds none of the codes of the case table


def labels(problem_id: str) -> list[str]:
    fields, _, _ = composer_fields(BOOK.problem(problem_id).template, BOOK.words)
    return [f.label for f in fields]


def composer(page):
    return page.locator("[data-composer]")


def field(page, label):
    return composer(page).get_by_label(label, exact=True)


def preview(page) -> str:
    return page.locator("[data-composer-preview]").inner_text()


def composer_keys(page) -> list[str]:
    return page.evaluate(f"Object.keys(localStorage).filter(k => k.startsWith({VALUES!r}))")


def open_problem(page, site, problem_id, use=True):
    """Open a problem page and its composer; `use`: and start using it (focus a field),
    so the refusal rules are in before a test types."""
    page.goto(site.url + f"problems/{problem_id}/", wait_until="load")
    open_composer(page)
    if use:
        composer(page).locator("[data-field]").first.focus()
        page.wait_for_function("() => !!(window.accountHelpComposerRules && window.accountHelpRefusal)")


@pytest.fixture
def deposit(site, page):
    errors = collect_errors(page)
    open_problem(page, site, "deposit")
    yield page
    assert errors == []


@pytest.mark.parametrize("problem_id", [p.id for p in BOOK.problems])
def test_every_field_is_labelled_and_shows_in_the_preview(site, page, problem_id):
    errors = collect_errors(page)
    open_problem(page, site, problem_id)
    names = labels(problem_id)
    assert composer(page).locator("[data-field]").count() == len(names)
    for index, label in enumerate(names):
        value = f"测试值{index}"
        field(page, label).fill(value)
        assert value in preview(page), label
    assert "【" not in preview(page), "every placeholder is filled"
    assert errors == []


def test_copy_puts_subject_and_body_on_the_clipboard(site, browser):
    context = browser.new_context(permissions=["clipboard-read", "clipboard-write"])
    page = context.new_page()
    open_problem(page, site, "deposit")
    field(page, "UID").fill("1234567890")
    field(page, "TxID").fill(TXID)
    page.locator("[data-composer-copy]").click()
    expect(page.locator("[data-composer-status]")).to_have_text("已复制主题和正文。")
    copied = page.evaluate("navigator.clipboard.readText()")
    template = BOOK.problem("deposit").template
    subject = template.subject.replace("【TxID】", TXID)
    assert copied.startswith(f"主题：{subject}\n\n您好，")
    assert "UID：1234567890" in copied and copied.rstrip().endswith("谢谢。")
    assert copied == preview(page)
    context.close()


# -- refusing secrets ---------------------------------------------------------------------

# Where a reader types each case by hand: a field with exactly the case's allowances.
TYPED_IN = {(): ("hacked", "异常情况"), ("amount",): ("deposit", "数量"), ("txid",): ("deposit", "TxID")}
TYPED_IN[("amount", "txid")] = ("hacked", "不是我做的交易")


def alert_of(page, box):
    return page.locator(f"#{box.get_attribute('id')}-alert")


@pytest.mark.parametrize("allow", sorted(TYPED_IN), ids=lambda a: "+".join(a) or "plain")
def test_every_shape_typed_is_refused_and_kept_out_of_preview_clipboard_and_storage(site, browser, allow):
    """Each refused case of the table, typed where a reader would, with 记住在本机 ticked:
    the alert says what it looks like, and the value is in neither the preview, the
    copied text nor storage (while another field's value is in all three)."""
    problem_id, label = TYPED_IN[allow]
    assert label in labels(problem_id), "no such field (renamed in the data?)"
    context = browser.new_context(permissions=["clipboard-read", "clipboard-write"])
    page = context.new_page()
    errors = collect_errors(page)
    open_problem(page, site, problem_id)
    page.get_by_label("记住在本机").check()
    field(page, "UID").fill(UID)
    box = field(page, label)
    slots = composer(page).locator(f'[data-slot="{box.get_attribute("data-field")}"]')
    wrong = []
    for case, value, case_allow, kind in REFUSED:
        if case_allow != allow:
            continue
        box.fill(value)
        box.blur()  # the alert shows when the reader leaves the field (or pauses)
        said = alert_of(page, box).inner_text()
        page.locator("[data-composer-copy]").click()
        copied = page.evaluate("navigator.clipboard.readText()")
        kept = stored(page, VALUES + problem_id)
        filled = slots.evaluate_all("spans => spans.some((s) => s.classList.contains('is-filled'))")
        if said != refusals.MESSAGES[kind] + refusals.KEPT_OUT or box.get_attribute("aria-invalid") != "true":
            wrong.append(f"{case}: alert {said!r}")
        if filled or value.strip() in copied or label in kept:
            wrong.append(f"{case}: reached the preview, the clipboard or storage")
        if UID not in copied or kept.get("UID") != UID:
            wrong.append(f"{case}: the other field lost its place")
    context.close()
    assert wrong == []
    assert errors == []


def fields_by_allowance(problem_id: str) -> dict[tuple[str, ...], ComposerField]:
    """One field of a page for each set of allowances it has (a text area if any)."""
    fields, _, _ = composer_fields(BOOK.problem(problem_id).template, BOOK.words)
    chosen: dict[tuple[str, ...], ComposerField] = {}
    for f in fields:
        if f.allow not in chosen or (f.long and not chosen[f.allow].long):
            chosen[f.allow] = f
    return chosen


# Sets a field's value as typing does (input, then change as on leaving the field) and
# reports what the composer made of it.
TRY_VALUES = """([prefix, label, values]) => {
  const root = document.querySelector("[data-composer]");
  const box = [...root.querySelectorAll("[data-field]")].find((f) => f.name === label);
  const seen = values.map((value) => {
    box.value = value;
    box.dispatchEvent(new Event("input", { bubbles: true }));
    box.dispatchEvent(new Event("change", { bubbles: true }));
    const kept = JSON.parse(localStorage.getItem(prefix + root.dataset.composer) || "{}");
    return {
      refused: box.hasAttribute("data-refused"),
      alert: document.getElementById(box.id + "-alert").textContent,
      shown: root.querySelector("[data-composer-preview]").textContent.includes(value.trim()),
      kept: kept[label] === value,
    };
  });
  box.value = "";
  box.dispatchEvent(new Event("input", { bubbles: true }));
  return seen;
}"""


@pytest.mark.parametrize("problem_id", [p.id for p in BOOK.problems])
def test_every_problem_page_refuses_each_shape_and_accepts_ordinary_values(site, page, problem_id):
    """On each page's composer: every case of the table in a field with its
    allowances, and each field's own example text (its placeholder) in that field."""
    errors = collect_errors(page)
    open_problem(page, site, problem_id)
    page.get_by_label("记住在本机").check()
    wrong = []
    for allow, f in fields_by_allowance(problem_id).items():
        # A line break can be typed into a text area only; the cases with one are tried
        # on the pages that have a text area for them.
        label = f.label
        cases = [(c, v, kind) for c, v, a, kind in CASES if a == allow and (f.long or "\n" not in v)]
        seen = page.evaluate(TRY_VALUES, [VALUES, label, [value for _, value, _ in cases]])
        for (case, _, kind), got in zip(cases, seen, strict=True):
            if kind and not (got["refused"] and got["alert"].startswith(refusals.MESSAGES[kind])):
                wrong.append(f"{label}: {case} not refused as {kind} ({got['alert']!r})")
            if kind and (got["shown"] or got["kept"]):
                wrong.append(f"{label}: {case} reached the preview or storage")
            if not kind and (got["refused"] or not got["shown"] or not got["kept"]):
                wrong.append(f"{label}: {case} refused ({got['alert']!r})")
    fields, _, _ = composer_fields(BOOK.problem(problem_id).template, BOOK.words)
    for f in fields:
        (got,) = page.evaluate(TRY_VALUES, [VALUES, f.label, [f.hint]])
        if got["refused"] or not got["shown"]:
            wrong.append(f"{f.label}: its own example {f.hint!r} refused ({got['alert']!r})")
    assert wrong == []
    assert errors == []


def test_the_hacked_pages_transaction_field_refuses_a_code_or_key_however_labelled(site, page):
    """不是我做的交易 takes amounts and TxIDs; that never lets a labelled code or key through."""
    open_problem(page, site, "hacked")
    box = field(page, "不是我做的交易")
    for value, said in (("验证码：482913", "验证码"), (f"私钥 0x{TXID}", "私钥")):
        box.fill(value)
        box.blur()
        expect(alert_of(page, box)).to_contain_text(said)
        assert value not in preview(page)
    box.fill(f"2026-12-01 10:30，USDT，123456，TxID：0x{TXID}")
    box.blur()
    expect(alert_of(page, box)).to_be_empty()
    assert f"0x{TXID}" in preview(page)


def test_the_rules_load_only_when_a_composer_is_used(site, page):
    """The word lists and detector are no part of a first view: they load when the
    reader comes to a field, and a value typed at once waits for them."""
    requested = []
    page.on("request", lambda r: requested.append(r.url.rsplit("/", 1)[-1]))
    open_problem(page, site, "deposit", use=False)
    page.wait_for_load_state("networkidle")
    assert not set(LAZY) & set(requested)
    assert "composer-rules.js" not in site.html("problems/deposit/")
    field(page, "UID").fill("123456")
    expect(alert_of(page, field(page, "UID"))).to_contain_text("验证码")
    assert set(LAZY) <= set(requested)
    assert "123456" not in preview(page)
    field(page, "UID").fill("1234567890")
    expect(page.locator("[data-composer-preview]")).to_contain_text("UID：1234567890")


def test_txid_field_says_a_txid_is_public_and_a_private_key_never_is(deposit):
    box = field(deposit, "TxID")
    note = deposit.locator(f"#{box.get_attribute('id')}-note")
    expect(note).to_be_visible()
    expect(note).to_contain_text("公开")
    expect(note).to_contain_text("私钥")
    assert note.get_attribute("id") in box.get_attribute("aria-describedby")


def test_typing_a_long_uid_sets_off_no_alert_on_its_way(deposit):
    box = field(deposit, "UID")
    alert_id = f"{box.get_attribute('id')}-alert"
    deposit.evaluate(
        """id => { window.alertsSeen = []; new MutationObserver(() => window.alertsSeen.push(
        document.getElementById(id).textContent)).observe(document.getElementById(id),
        {childList: true, characterData: true, subtree: true}); }""",
        alert_id,
    )
    box.press_sequentially("6712345890", delay=60)
    deposit.wait_for_timeout(1000)
    assert deposit.evaluate("window.alertsSeen.filter(Boolean)") == [], "no alert while typing"
    expect(deposit.locator(f"#{alert_id}")).to_be_empty()
    expect(box).not_to_have_attribute("aria-invalid", "true")
    assert "6712345890" in preview(deposit)


def test_a_refusal_clears_when_the_value_is_fixed(deposit):
    box = field(deposit, "UID")
    box.fill("123456")
    expect(deposit.locator(f"#{box.get_attribute('id')}-alert")).not_to_be_empty()
    box.fill("1234567890")
    expect(deposit.locator(f"#{box.get_attribute('id')}-alert")).to_be_empty()
    assert "1234567890" in preview(deposit)


def test_without_remember_nothing_is_stored_and_a_reload_starts_empty(deposit):
    page = deposit
    field(page, "UID").fill("1234567890")
    field(page, "币种").fill("USDT")
    assert composer_keys(page) == []
    page.reload(wait_until="load")
    for label in labels("deposit"):
        assert field(page, label).input_value() == "", label
    assert composer_keys(page) == []
    assert "【UID】" in preview(page)


def test_with_remember_values_come_back_and_clear_removes_them(deposit):
    page = deposit
    page.get_by_label("记住在本机").check()
    field(page, "UID").fill("1234567890")
    field(page, "币种").fill("USDT")
    assert stored(page, VALUES + "deposit") == {"UID": "1234567890", "币种": "USDT"}
    page.reload(wait_until="load")
    assert field(page, "UID").input_value() == "1234567890"
    assert field(page, "币种").input_value() == "USDT"
    expect(page.get_by_label("记住在本机")).to_be_checked()
    assert "USDT" in preview(page)
    # Unticking forgets at once.
    page.get_by_label("记住在本机").uncheck()
    assert composer_keys(page) == []
    page.get_by_label("记住在本机").check()
    page.locator("[data-composer-clear]").click()
    assert composer_keys(page) == []
    assert field(page, "UID").input_value() == ""
    page.reload(wait_until="load")
    assert field(page, "UID").input_value() == ""


def test_remembered_values_stay_with_their_problem(site, page):
    open_problem(page, site, "deposit")
    page.get_by_label("记住在本机").check()
    field(page, "UID").fill("1234567890")
    open_problem(page, site, "withdrawal")
    assert field(page, "UID").input_value() == ""
    assert composer_keys(page) == [VALUES + "deposit"]


def test_a_tab_that_does_not_remember_never_deletes_what_another_tab_saved(site, browser):
    """Tab A remembers (记住在本机), tab B types without it. Only a tab's
    own choice changes what is stored: ticking saves, unticking or 清空 while ticked
    forgets."""
    context = browser.new_context()
    a, b = context.new_page(), context.new_page()
    open_problem(b, site, "deposit")  # opened first: nothing stored, not remembering
    open_problem(a, site, "deposit")
    a.get_by_label("记住在本机").check()
    field(a, "UID").fill(UID)
    assert stored(a, VALUES + "deposit") == {"UID": UID}

    field(b, "币种").fill("U")  # one character in B, which does not remember
    assert stored(b, VALUES + "deposit") == {"UID": UID}, "B deleted what A saved"
    b.locator("[data-composer-clear]").click()
    assert stored(b, VALUES + "deposit") == {"UID": UID}, "B's 清空 deleted what A saved"

    # Reopened, B shows what is kept, and says so with the box ticked.
    open_problem(b, site, "deposit")
    expect(b.get_by_label("记住在本机")).to_be_checked()
    assert field(b, "UID").input_value() == UID

    # A chose to remember; unticking is its choice to forget.
    a.get_by_label("记住在本机").uncheck()
    assert composer_keys(a) == []
    context.close()


# -- opening and closing ------------------------------------------------------------------


def test_the_form_opens_in_place_and_keeps_what_was_typed_when_closed(site, page):
    """Closed at first (the page is shorter), the plain template in view; the button opens
    the form above it, and closing and reopening keeps every value and the preview."""
    errors = collect_errors(page)
    page.goto(site.url + "problems/deposit/", wait_until="load")
    toggle, form = page.locator("[data-composer-toggle]"), page.locator("[data-composer-form]")
    expect(form).to_be_hidden()
    expect(page.locator("[data-composer-preview]")).to_be_visible()
    expect(toggle).to_have_attribute("aria-expanded", "false")
    expect(toggle).to_have_text(BOOK.words.composer.open)
    assert page.locator("#" + toggle.get_attribute("aria-controls")).evaluate("e => e.matches('[data-composer-form]')")
    closed = page.evaluate("document.documentElement.scrollHeight")
    toggle.click()
    expect(form).to_be_visible()
    expect(toggle).to_have_attribute("aria-expanded", "true")
    expect(toggle).to_have_text(BOOK.words.composer.close)
    assert page.evaluate("document.documentElement.scrollHeight") > closed + 500, "the form took more than 500 px"
    field(page, "UID").fill("1234567890")
    field(page, "币种").fill("USDT")
    toggle.press("Enter")  # the keyboard closes it too
    expect(form).to_be_hidden()
    assert "UID：1234567890" in preview(page), "the filled message stays in view (and prints)"
    toggle.click()
    assert field(page, "UID").input_value() == "1234567890"
    assert field(page, "币种").input_value() == "USDT"
    assert "USDT" in preview(page)
    assert errors == []


def test_remembered_values_open_the_form(deposit):
    """A message left half written with 记住在本机 comes back open."""
    page = deposit
    page.get_by_label("记住在本机").check()
    field(page, "UID").fill("1234567890")
    page.reload(wait_until="load")
    expect(page.locator("[data-composer-form]")).to_be_visible()
    expect(page.locator("[data-composer-toggle]")).to_have_attribute("aria-expanded", "true")


def test_without_javascript_the_template_is_there_and_no_button(site, browser):
    context = browser.new_context(java_script_enabled=False)
    page = context.new_page()
    page.goto(site.url + "problems/deposit/")
    expect(page.locator("[data-composer-preview]")).to_be_visible()
    expect(page.locator("[data-composer-preview]")).to_contain_text("【UID】")
    expect(page.locator("[data-composer-toggle]")).to_have_count(1)
    expect(page.locator("[data-composer-toggle]")).to_be_hidden()
    expect(page.locator("[data-composer-form]")).to_be_hidden()
    context.close()


def test_printing_shows_the_filled_message_and_not_the_fields(deposit):
    page = deposit
    field(page, "UID").fill("1234567890")
    page.emulate_media(media="print")
    expect(page.locator("[data-composer-form]")).to_be_hidden()
    expect(page.locator("[data-composer-toggle]")).to_be_hidden()
    expect(page.locator("[data-composer-preview]")).to_be_visible()
    assert "UID：1234567890" in preview(page)


@pytest.mark.parametrize("scheme", sorted(SCHEMES))
def test_no_axe_violations_with_the_composer_filled(site, browser, scheme):
    context = browser.new_context(color_scheme=scheme, viewport={"width": 360, "height": 740})
    page = context.new_page()
    open_problem(page, site, "withdrawal")
    assert page.evaluate("document.body.dataset.mdColorScheme") == SCHEMES[scheme]
    for index, label in enumerate(labels("withdrawal")):
        field(page, label).fill(f"值{index}")
    field(page, "UID").fill("123456")  # a refusal showing too
    page.get_by_label("记住在本机").check()
    page.locator("[data-composer-clear]").focus()
    found = axe_violations(page)
    context.close()
    assert found == []


def test_composer_works_from_file_urls(offline, page):
    """Offline, the rules load as scripts from file:// (a fetch would fail there)."""
    errors = collect_errors(page)
    page.goto((offline / "problems" / "deposit.html").as_uri())
    open_composer(page)
    field(page, "UID").fill("1234567890")
    expect(page.locator("[data-composer-preview]")).to_contain_text("UID：1234567890")
    box = field(page, "币种")
    box.fill(SEED_12)
    box.blur()
    expect(alert_of(page, box)).to_contain_text("助记词")
    assert SEED_12 not in preview(page)
    page.get_by_label("记住在本机").check()
    page.reload()
    assert field(page, "UID").input_value() == "1234567890"
    assert errors == []


def test_composer_script_loads_only_on_pages_with_a_composer(site):
    for html in site.dir.rglob("*.html"):
        text = html.read_text("utf-8")
        assert ("assets/javascripts/composer.js" in text) == ("data-composer=" in text), html
    assert "assets/javascripts/composer.js" in site.html("problems/deposit/")
