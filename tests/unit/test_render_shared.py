"""The shared helpers of the renderers (macros/render/shared.py): escaping, links,
the one-element blocks several components show, and the 编辑数据 link."""

from __future__ import annotations

import dataclasses

import pytest
from helpers import HOSTILE, TEST_REPOSITORY, site_macros
from render_helpers import HANDBOOK, WORDS, as_page, assert_escaped, soup

from macros.model import TRUST_LEVELS
from macros.render import shared

DATA_URL = f"{TEST_REPOSITORY}/edit/main/macros/data.py"
HOSTILE_URL = 'https://example.org/"><script>alert(1)</script>'


def test_page_links_are_markdown_links_to_source_files_with_their_text_escaped():
    assert shared.page_link("problems/deposit.md", "充值未到账") == "[充值未到账](/problems/deposit.md)"
    assert shared.page_link("channels/email.md", "来源", anchor="sources") == "[来源](/channels/email.md#sources)"
    page = as_page(f'<p markdown="span">{shared.page_link("problems/2fa.md", "a](javascript:x) *b* <i>")}</p>')
    assert [a["href"] for a in page.select("a")] == ["/problems/2fa.md"]
    assert page.get_text() == "a](javascript:x) *b* <i>"


@pytest.mark.parametrize(
    "key", [p.id for p in HANDBOOK.problems] + [c.id for c in HANDBOOK.channels] + [p.id for p in HANDBOOK.pages]
)
def test_a_key_links_its_page_by_source_file_with_its_title(key):
    src, title = HANDBOOK.page_src(key)
    assert shared.see(HANDBOOK, key) == shared.page_link(src, title)
    assert shared.see(HANDBOOK, key, "x", "文字") == shared.page_link(src, "文字", "x")


def test_a_key_that_names_no_page_fails():
    with pytest.raises(KeyError, match="lottery"):
        shared.see(HANDBOOK, "lottery")


def test_fill_escapes_the_words_and_puts_the_parts_in():
    link = shared.page_link("scams.md", "识别骗局")
    assert shared.fill("见{scams}。*a*", scams=link) == f"见{link}。\\*a\\*"
    assert shared.fill("<b>{x}</b>", markdown=False, x="<i>") == "&lt;b&gt;<i>&lt;/b&gt;"


@pytest.mark.parametrize("level", TRUST_LEVELS)
def test_a_badge_shows_its_level_in_words_that_break_only_after_a_dot(level):
    badge = soup(shared.badge(level)).select_one(f"span.status.status--{level}")
    assert badge.get_text() == TRUST_LEVELS[level]
    assert all(part.get_text().count("·") <= 1 for part in badge.select(".status__part"))


@pytest.mark.parametrize("url", ["http://www.bitget.com/", "javascript:alert(1)", "https://", "//x.example/"])
def test_an_external_link_is_https_with_a_host(url):
    with pytest.raises(ValueError, match="https"):
        shared.external(url, "x", WORDS)


def test_an_external_link_says_it_leaves_to_screen_readers_only():
    a = soup(shared.external("https://www.bitget.com/support", "帮助中心", WORDS)).select_one("a.external")
    assert a["rel"] == ["noopener", "noreferrer"]
    hint = a.select_one(".visually-hidden")
    assert hint.get_text() == WORDS.shared.external_hint and hint.has_attr("data-search-exclude")


@pytest.mark.parametrize("value", [True, False, None])
def test_yes_no_comes_from_the_words(value):
    expected = {True: WORDS.shared.yes, False: WORDS.shared.no, None: WORDS.shared.unknown}[value]
    assert shared.yes_no(value, WORDS) == expected


@pytest.mark.parametrize(
    "owner", [o for o in (*HANDBOOK.problems, *HANDBOOK.channels) if o.aliases], ids=lambda o: o.id
)
def test_the_aliases_line_lists_the_words_readers_use(owner):
    shown = soup(shared.aliases(owner.aliases, WORDS)).select_one("p.aliases")
    assert shown.get_text() == f"{WORDS.shared.aliases}：" + "、".join(owner.aliases)
    assert not shown.has_attr("data-search-exclude"), "shown and found"
    assert soup(shared.aliases(owner.aliases, WORDS, foot=True)).select_one("p.aliases").has_attr("data-search-exclude")


def test_the_contact_rule_is_the_sites_advice():
    rule = soup(shared.contact_rule(HANDBOOK, WORDS)).select_one("p.rule.contact-rule")
    assert rule.get_text() == f"{WORDS.shared.advice}：{HANDBOOK.contact_rule}"
    assert shared.contact_rule(dataclasses.replace(HANDBOOK, contact_rule=None), WORDS) == ""


@pytest.mark.parametrize("channel", HANDBOOK.channels, ids=lambda c: c.id)
def test_channel_prepare_and_risks_list_the_data_in_order(channel):
    macros = site_macros()
    for name, css, items in (
        ("channel_prepare", "prepare", channel.prepare),
        ("channel_risks", "risks", channel.risks),
    ):
        shown = soup(macros[name](channel.id))
        assert [li.get_text() for li in shown.select(f"ul.{css} > li")] == list(items)


def test_every_one_element_block_escapes_its_text():
    assert_escaped(shared.bullet_list([HOSTILE, HOSTILE], "risks"))
    assert_escaped(shared.aliases([HOSTILE], WORDS))
    assert_escaped(shared.rule(HOSTILE, "fee-rule", WORDS))
    with pytest.raises(KeyError):
        site_macros()["channel_prepare"]("fax")


# -- the 编辑数据 link --------------------------------------------------------------------


def test_edit_data_link_is_a_small_link_kept_out_of_search():
    p = soup(shared.edit_data_link(DATA_URL, "macros/data.py", WORDS)).select_one("p.edit-data")
    assert p.has_attr("data-search-exclude")
    a = p.select_one("a")
    assert a["href"] == DATA_URL
    assert a.get_text().startswith(WORDS.shared.edit_data)
    assert a["title"] == WORDS.shared.edit_data_title.replace("{file}", "macros/data.py")


def test_edit_data_link_escapes_the_url():
    html = shared.edit_data_link(HOSTILE_URL, "macros/data.py", WORDS)
    assert not soup(html).find("script")
    assert soup(html).select_one("a")["href"] == HOSTILE_URL
    assert '"><script>' not in html


def test_with_edit_link_appends_the_link_or_nothing():
    block = '<div class="x">块</div>'
    link = shared.edit_data_link(DATA_URL, "macros/data.py", WORDS)
    assert shared.with_edit_link(block, DATA_URL, "macros/data.py", WORDS) == block + "\n\n" + link
    assert shared.with_edit_link(block, "", "macros/data.py", WORDS) == block
    assert shared.with_edit_link(block, None, "macros/data.py", WORDS) == block
