"""The channel pages and the channel table on /channels/, as a reader gets them: each
channel's status, what to prepare and the risks, the table's rows and levels, and what the
phone, live chat, e-mail and ticket pages say."""

from __future__ import annotations

import re

import pytest
from bs4 import BeautifulSoup
from page_text import article_text, blocks, links_to, section

from macros import data
from macros.model import TRUST_LEVELS

HANDBOOK = data.HANDBOOK


# -- the channel table -------------------------------------------------------------------


def test_channels_page_holds_the_comparison_table(site):
    soup = BeautifulSoup(site.html("channels/"), "html.parser")
    table = soup.select_one(".channel-table table")
    assert table is not None
    assert [tr["id"] for tr in table.select("tbody tr")] == [f"channel-{c.id}" for c in HANDBOOK.channels]


def test_the_channel_table_uses_the_same_levels(site):
    soup = BeautifulSoup(site.html("channels/"), "html.parser")
    for channel in HANDBOOK.channels:
        row = soup.select_one(f"#channel-{channel.id}")
        level = HANDBOOK.trust(channel)
        assert row["data-trust"] == level
        assert row.select_one(".status").get_text() == TRUST_LEVELS[level]


PROBLEM_IDS = tuple(p.id for p in HANDBOOK.problems)


@pytest.mark.parametrize("pid", PROBLEM_IDS)
def test_channel_table_lists_the_problem_under_each_channel_its_page_names(site, pid):
    soup = site.soup("channels/")
    for choice in HANDBOOK.problem(pid).channels:
        row = soup.select_one(f"#channel-{choice.channel}")
        assert f"problems/{pid}/" in links_to(row, "channels/", scope="td"), (pid, choice.channel)


def test_channels_page_says_how_to_choose_by_urgency(site):
    soup = BeautifulSoup(site.html("channels/"), "html.parser")
    section = soup.select_one("#by-urgency")
    assert section is not None
    table = section.find_next("table")
    first_choice = [row.select("td")[1].get_text() for row in table.select("tbody tr")]
    assert first_choice[0].startswith("在线客服"), "the most urgent case goes to live chat first"


def test_email_row_is_a_backup(site):
    """The badge says the address is on an official page; the row says
    that whether anyone reads it is not."""
    row = BeautifulSoup(site.html("channels/"), "html.parser").select_one("#channel-email")
    assert "只作备用" in row.get_text()
    assert "官网可查的只是这个地址" in row.get_text() and "有没有人读" in row.get_text()
    assert "未经官方确认" in row.get_text()


# -- every channel page ------------------------------------------------------------------


@pytest.mark.parametrize("channel", HANDBOOK.channels, ids=lambda c: c.id)
def test_channel_page_shows_each_status_the_data_gives(site, channel):
    soup = BeautifulSoup(site.html(f"channels/{channel.id}/"), "html.parser")
    level = HANDBOOK.trust(channel)
    status = soup.select_one(f".channel-summary .status--{level}")
    assert status is not None and status.get_text() == TRUST_LEVELS[level]
    for fact_id in channel.facts:
        fact = HANDBOOK.fact(fact_id)
        shown = soup.select_one(f"#fact-{fact_id}")
        assert shown is not None, f"fact {fact_id} is not on the {channel.id} page"
        assert f"fact--{HANDBOOK.trust(fact)}" in shown["class"]
        assert shown.select_one(".status").get_text() == TRUST_LEVELS[HANDBOOK.trust(fact)]


@pytest.mark.parametrize("channel", HANDBOOK.channels, ids=lambda c: c.id)
def test_channel_page_lists_what_to_prepare_and_the_risks(site, channel):
    soup = BeautifulSoup(site.html(f"channels/{channel.id}/"), "html.parser")
    assert [li.get_text() for li in soup.select("article ul.prepare li")] == list(channel.prepare)
    assert [li.get_text() for li in soup.select("article ul.risks li")] == list(channel.risks)


@pytest.mark.parametrize("path", ["channels/live-chat/", "channels/email/", "channels/ticket/"])
def test_channel_steps_name_the_four_categories_with_trading(site, path):
    steps = " ".join(el.get_text() for el in section(site.soup(path), "steps"))
    assert "交易" in steps and "账户" in steps and "安全" in steps


# -- the phone page ----------------------------------------------------------------------


SEARCH_VERBS = re.compile(r"搜索|搜一下|查找|查询|寻找|找到|查到|搜")


NUMBER_WORDS = re.compile(r"电话|号码|热线")


NEGATION = re.compile(r"不|没|别|勿|骗|假|未|冒充|仿冒")  # a warning, not advice


def advice_to_find_numbers(text: str) -> list[str]:
    """Sentences that send a reader to look for a phone number (no negation, no warning)."""
    sentences = re.split(r"[。；！？\n]", text)
    return [
        s.strip() for s in sentences if SEARCH_VERBS.search(s) and NUMBER_WORDS.search(s) and not NEGATION.search(s)
    ]


def test_advice_detector_catches_advice_and_spares_warnings():
    assert advice_to_find_numbers("你可以在帮助中心找到客服电话号码。") == ["你可以在帮助中心找到客服电话号码"]
    assert advice_to_find_numbers("上网搜索 Bitget 热线，然后拨打。") == ["上网搜索 Bitget 热线，然后拨打"]
    assert advice_to_find_numbers("我们没有找到官方电话。骗子会在搜索广告里发布假号码。") == []


def test_phone_page_has_no_number_and_no_advice_to_search_for_one(site):
    html = site.html("channels/phone/")
    article = [b.text for b in blocks(html, "article")]
    assert article, "the phone page has no text"
    advice = [s for text in article for s in advice_to_find_numbers(text)]
    assert not advice, f"the phone page sends readers to look for a number: {advice}"
    text = "\n".join(article)
    assert "本站不提供任何号码" in text
    # the safe alternative sits on the page, linked
    soup = BeautifulSoup(html, "html.parser")
    links = {a["href"] for a in soup.select("article a[href]")}
    assert {"../live-chat/", "../ticket/"} <= links


def test_phone_page_says_what_we_read_and_never_to_call(site):
    text = article_text(site.html("channels/phone/"))
    assert "我们读过的 Bitget 官方页面都没有列出电话" in text
    shown = site.soup("channels/phone/").select_one('[data-fact="phone-numbers-online"]')
    assert shown["data-trust"] == "not-recommended" and "一律不要拨打" in shown.get_text()


# -- live chat and the ticket form -------------------------------------------------------


def test_live_chat_page_names_checks_that_are_never_legitimate(site):
    text = " ".join(b.text for b in blocks(site.html("channels/live-chat/"), "article"))
    for word in ("密码", "验证码", "私钥", "助记词", "转"):
        assert word in text
    assert BeautifulSoup(site.html("channels/live-chat/"), "html.parser").select_one("#identity-checks")


SECURITY_ANSWERS = re.compile(r"登录地点|持有.{0,4}资产|持有的资产")


def test_live_chat_never_presents_login_location_or_assets_as_something_to_tell_a_chat(site):
    soup = site.soup("channels/live-chat/")
    legit = next(el for el in section(soup, "identity-checks") if el.name == "ul")
    for li in legit.select("li"):
        text = li.get_text()
        if SECURITY_ANSWERS.search(text):
            assert "只在" in text and "重置二次验证" in text, text
    for block in blocks(site.html("channels/live-chat/"), "article"):
        if SECURITY_ANSWERS.search(block.text):
            # Either "only on the Reset 2FA page" or listed as never legitimate.
            assert "重置二次验证" in block.text or "聊天、私信或电话" in block.text, block.text


def test_live_chat_location_is_sourced_and_dated(site):
    shown = site.soup("channels/live-chat/").select_one('[data-fact="live-chat-location"]')
    assert shown["data-trust"] == "official"
    assert "右下角" in shown.get_text() and "Help" in shown.get_text() and "2022" in shown.get_text()
    assert "入口的具体位置未见官方说明" not in article_text(site.html("channels/live-chat/"))


def test_the_ticket_form_uses_the_labels_of_bitgets_chinese_form(site):
    text = site.soup("channels/ticket/").select_one('[data-fact="ticket-form"]').get_text()
    assert "「查询主题」「咨询类型」和「具体咨询问题」" in text
    assert "Category" not in text and "Inquiry Type" not in text
    steps = " ".join(el.get_text() for el in section(site.soup("channels/ticket/"), "steps"))
    assert "查询主题、咨询类型和具体咨询问题" in steps
