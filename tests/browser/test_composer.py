"""The message composer on the problem pages, in headless Chromium: fields fill the
preview, 复制 copies subject and body, secrets are refused and never reach the preview
or storage, nothing is kept unless 记住在本机 is ticked."""

from __future__ import annotations

import json

import pytest
from axe_playwright_python.sync_playwright import Axe
from playwright.sync_api import expect

from macros import data, render

pytestmark = pytest.mark.browser

BOOK = data.HANDBOOK
AXE = Axe()
PREFIX = "account-help.composer.v1:"
SCHEMES = {"light": "default", "dark": "slate"}

SEED_12 = "abandon ability able about above absent absorb abstract absurd abuse access accident"
WORDS_24 = (SEED_12 + " " + SEED_12).split()
HEX = "a3" * 32
WIF = "5HueCGU8rMjxEXxiPuD5BDku4MkFqeZyd4dZ1jvhTVqvbTLvyTJ"  # the well-known example key


def collect_errors(page):
    errors = []
    page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
    page.on("pageerror", lambda e: errors.append(str(e)))
    return errors


def labels(problem_id: str) -> list[str]:
    fields, _, _ = render.composer_fields(BOOK.problem(problem_id).template)
    return [f.label for f in fields]


def composer(page):
    return page.locator("[data-composer]")


def field(page, label):
    return composer(page).get_by_label(label, exact=True)


def preview(page) -> str:
    return page.locator("[data-composer-preview]").inner_text()


def stored(page, problem_id):
    raw = page.evaluate("key => localStorage.getItem(key)", PREFIX + problem_id)
    return None if raw is None else json.loads(raw)


def composer_keys(page) -> list[str]:
    return page.evaluate(f"Object.keys(localStorage).filter(k => k.startsWith({PREFIX!r}))")


def open_problem(page, site, problem_id):
    page.goto(site.url + f"problems/{problem_id}/", wait_until="load")
    expect(page.locator("[data-composer-form]")).to_be_visible()


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
    field(page, "TxID").fill(HEX)
    page.locator("[data-composer-copy]").click()
    expect(page.locator("[data-composer-status]")).to_have_text("已复制主题和正文。")
    copied = page.evaluate("navigator.clipboard.readText()")
    template = BOOK.problem("deposit").template
    subject = template.subject.replace("【TxID】", HEX)
    assert copied.startswith(f"主题：{subject}\n\n您好，")
    assert "UID：1234567890" in copied and copied.rstrip().endswith("谢谢。")
    assert copied == preview(page)
    context.close()


# (label, value, what the alert says) on the deposit page; every value is a secret.
REFUSED = [
    pytest.param("UID", "123456", "验证码", id="code-alone"),
    pytest.param("注册邮箱", "验证码是 654321", "验证码", id="code-in-text"),
    pytest.param("TxID", "123456", "验证码", id="code-in-txid-field"),
    pytest.param("标签（Tag/Memo，如有）", SEED_12, "助记词", id="seed-12"),
    pytest.param("标签（Tag/Memo，如有）", " ".join(WORDS_24[:15]), "助记词", id="seed-15"),
    pytest.param("标签（Tag/Memo，如有）", " ".join(WORDS_24[:18]), "助记词", id="seed-18"),
    pytest.param("标签（Tag/Memo，如有）", " ".join(WORDS_24[:21]), "助记词", id="seed-21"),
    pytest.param("标签（Tag/Memo，如有）", " ".join(WORDS_24), "助记词", id="seed-24"),
    pytest.param(
        "区块浏览器显示交易",
        "\n".join(f"{n}. {w}" for n, w in enumerate(SEED_12.split(), 1)),
        "助记词",
        id="seed-12-numbered",
    ),
    pytest.param("UID", HEX, "私钥", id="hex-key"),
    pytest.param("区块浏览器显示交易", "0x" + HEX, "私钥", id="0x-hex-key"),
    pytest.param("TxID", WIF, "私钥", id="wif-5-in-txid-field"),
    pytest.param("币种", "L1aW4aubDFB7yfras2S1mN3bqg9nwySY8nkoLmJebSLD5BWv3ENZ", "私钥", id="wif-l"),
    pytest.param("网络", "密码：hunter2", "密码", id="password-zh"),
    pytest.param("网络", "Password: hunter2", "密码", id="password-en"),
]


@pytest.mark.parametrize(("label", "value", "said"), REFUSED)
def test_secret_looking_input_is_refused_and_kept_out_of_preview_and_storage(deposit, label, value, said):
    page = deposit
    assert label in labels("deposit"), "no such field on the deposit page (renamed in the data?)"
    page.get_by_label("记住在本机").check()
    field(page, "数量").fill("0.5")
    box = field(page, label)
    box.fill(value)
    alert = page.locator(f"#{box.get_attribute('id')}-alert")
    expect(alert).to_have_attribute("role", "alert")
    expect(alert).to_contain_text(said)
    expect(alert).to_contain_text("不会进入预览，也不会保存")
    expect(box).to_have_attribute("aria-invalid", "true")
    assert value not in preview(page)
    assert "0.5" in preview(page), "the other fields still fill the preview"
    kept = stored(page, "deposit")
    assert kept == {"数量": "0.5"}
    page.reload(wait_until="load")
    assert field(page, label).input_value() == ""


# Values that look alike but are allowed where they belong.
ALLOWED = [
    ("数量", "123456"),  # an amount may have 6 digits
    ("TxID", HEX),  # a TxID is 64 hex characters
    ("TxID", "0x" + HEX),
    ("TxID", "9f2c4eab11d7" + "be" * 26),
    ("UID", "1234567890"),  # a 10-digit UID
    ("转出时间", "2026-12-01 10:30 UTC+8"),
    ("标签（Tag/Memo，如有）", "abandon ability able"),  # a few lowercase words
]


@pytest.mark.parametrize(("label", "value"), ALLOWED)
def test_look_alikes_are_accepted_where_they_belong(deposit, label, value):
    page = deposit
    assert label in labels("deposit"), "no such field on the deposit page (renamed in the data?)"
    box = field(page, label)
    box.fill(value)
    expect(page.locator(f"#{box.get_attribute('id')}-alert")).to_be_empty()
    assert value in preview(page)


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
    assert stored(page, "deposit") == {"UID": "1234567890", "币种": "USDT"}
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
    assert composer_keys(page) == [PREFIX + "deposit"]


def test_printing_shows_the_filled_message_and_not_the_fields(deposit):
    page = deposit
    field(page, "UID").fill("1234567890")
    page.emulate_media(media="print")
    expect(page.locator("[data-composer-form]")).to_be_hidden()
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
    found = AXE.run(page).response["violations"]
    context.close()
    assert [f"{v['id']}: {[n['target'] for n in v['nodes']][:3]}" for v in found] == []


def test_composer_works_from_file_urls(offline, page):
    page.goto((offline / "problems" / "deposit.html").as_uri())
    field(page, "UID").fill("1234567890")
    assert "UID：1234567890" in preview(page)
    page.get_by_label("记住在本机").check()
    page.reload()
    assert field(page, "UID").input_value() == "1234567890"


def test_composer_script_loads_only_on_pages_with_a_composer(site):
    for html in site.dir.rglob("*.html"):
        text = html.read_text("utf-8")
        assert ("assets/javascripts/composer.js" in text) == ("data-composer=" in text), html
    assert "assets/javascripts/composer.js" in site.html("problems/deposit/")
