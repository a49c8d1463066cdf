"""The problem pages added after the first seven (issue 16, and 交易异常 of issue 21), as
a reader gets them: sourced, complete, honest about what no source says, /problems/p2p/
stating no Bitget rule about bank cards, and /problems/trading/ warning of paid "recovery"."""

from __future__ import annotations

import re
from urllib.parse import urljoin, urlsplit

import pytest
from page_text import article_text, blocks
from test_problem_pages import SECTIONS  # noqa: E402  (the order of every problem page)

from macros import data, render

HANDBOOK = data.HANDBOOK
NEW = ("kyc", "funds-review", "p2p", "suspicious-message", "api-key", "region", "inheritance", "trading")

GOVERNMENT_HOSTS = {urlsplit(s.url).hostname for s in HANDBOOK.sources if s.kind == "government"}


def article(site, pid: str):
    return site.soup(f"problems/{pid}/").select_one("article")


@pytest.mark.parametrize("pid", NEW)
def test_new_page_builds_with_every_section_in_order(site, pid):
    soup = article(site, pid)
    assert soup.select_one("h1").get_text().strip() == HANDBOOK.problem(pid).title
    ids = [h["id"] for h in soup.select("h2[id]")]
    assert [i for i in ids if i in SECTIONS] == list(SECTIONS), ids
    for section in SECTIONS:
        heading = soup.select_one(f"h2#{section}")
        following = heading.find_next_sibling()
        assert following is not None and following.name != "h2", f"{pid}: section {section} is empty"


@pytest.mark.parametrize("pid", NEW)
def test_fill_in_labels_are_not_repeated_by_their_item(pid):
    for item in HANDBOOK.problem(pid).prepare:
        assert item.blank, f"{pid}.{item.id} prints no fill-in line"
        # A text that says its label prints without it (render.blank_repeats): no 「你的 UIDUID：」.
        if item.blank in item.text:
            assert render.blank_repeats(item), f"{pid}.{item.id}: 「{item.text}」 repeats 「{item.blank}」"
        assert "后四位" not in item.text


@pytest.mark.parametrize("pid", ["funds-review", "p2p", "region", "inheritance", "trading"])
def test_what_no_source_states_is_said_to_be_unstated(site, pid):
    text = article_text(site.html(f"problems/{pid}/"))
    assert "未见官方说明" in text


def test_home_groups_every_problem_one_link_each(site):
    soup = site.soup("")
    box = soup.select_one(".home-problems")
    groups = box.select("h3[id]")
    assert len(groups) >= 4
    linked = []
    for a in box.select("h3 ~ ul a[href]"):
        linked.append(urlsplit(urljoin("http://site/", a["href"])).path.strip("/"))
    assert sorted(linked) == sorted(f"problems/{p.id}" for p in HANDBOOK.problems)
    assert box.select_one("h3#group-security + ul a").get_text().startswith("账户被盗")


# -- /problems/p2p/: no Bitget rule about bank cards (there is no Bitget page on it) --

BANK = re.compile(r"银行卡|冻卡")


def test_p2p_facts_and_sources_say_nothing_about_bank_cards(site):
    soup = article(site, "p2p")
    for fact in soup.select("[data-fact]"):
        assert not BANK.search(fact.get_text()), fact["data-fact"]
    for fact_id in HANDBOOK.problem("p2p").facts:
        assert not BANK.search(HANDBOOK.fact(fact_id).text), fact_id


def test_p2p_bank_card_advice_is_never_presented_as_bitgets(site):
    soup = article(site, "p2p")
    for fact in soup.select("[data-fact]"):
        fact.decompose()
    text = soup.get_text(" ")
    assert "没有找到 Bitget 关于银行卡冻结的说明" in text
    assert "不是 Bitget 的规定" in text
    for block in blocks(str(soup), "article"):
        if BANK.search(block.text) and "Bitget" in block.text:
            said = ("不是 Bitget 的规定", "没有找到 Bitget")
            assert any(words in block.text for words in said), block.text
    # The government word for renting out cards is named, its http-only source is not linked.
    assert "两卡" in text and "公安部" in text
    assert not any("hljnews" in a["href"] for a in soup.select("a[href]"))


# -- /problems/trading/: no paid "recovery", no transfer, nothing unsourced about undoing a trade --


def test_trading_page_refuses_paid_recovery_and_transfers_on_the_first_screen_and_in_the_donts(site):
    soup = article(site, "trading")
    answer = soup.select_one("[data-answer-part='dont']").get_text()
    assert "追回爆仓损失" in answer and "转钱" in answer
    donts = " ".join(li.get_text() for li in soup.select("ul.dont li"))
    assert "一律是骗子" in donts and "转账" in donts and "工单" in donts
    assert "带单老师" in donts


def test_trading_page_says_no_source_covers_undoing_a_filled_trade_or_where_liquidations_are_listed(site):
    lead = " ".join(li.get_text() for li in article(site, "trading").select("ul.lead--screen li"))
    assert re.search(r"已经成交的[^。]*未见官方说明", lead), lead
    assert "没有找到 Bitget 说明强平记录入口" in lead
