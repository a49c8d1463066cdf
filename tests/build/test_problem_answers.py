"""What each problem page answers, beyond the parts every problem page has
(test_problem_pages.py): the questions readers asked, answered in the lead where the
sources allow, and said to be unstated where they do not."""

from __future__ import annotations

import re

import pytest
from page_text import article_text, blocks, section_text

from macros import data

HANDBOOK = data.HANDBOOK


# What readers asked and did not find, answered in the lead (or urgent box) where the data's
# sources allow, else 未见官方说明.
ASKED = {
    "deposit": ("TxID 在哪", "转出平台", "提现记录", "充错了币种或网络", "自助退回"),
    "withdrawal": ("24 小时", "自动解除", "充值/提现记录", "Pending", "取消", "未见官方说明"),
    "login": ("收不到验证码", "120 秒", "被锁", "未见官方说明", "地区或 IP", "VPN"),
    "frozen": ("登不进去", "资金来源", "未见官方说明"),
    # The 24-hour pause after a reset is what makes readers think they are banned.
    "2fa": ("审核期间", "MP4", "邮箱和手机都用不了", "未见官方说明", "24 小时", "P2P", "自动解除"),
    "hacked": ("主动联系你", "24 小时", "提现地址簿", "API Key"),
}


@pytest.mark.parametrize("pid", sorted(ASKED))
def test_the_questions_readers_asked_are_answered_before_the_checks(site, pid):
    page = site.soup(f"problems/{pid}/").article
    checks = page.select_one("h2#first-checks")
    before = "".join(
        el.get_text() for el in checks.find_previous_siblings() if "lead--paper" not in el.get("class", [])
    )
    for words in ASKED[pid]:
        assert words in before, (pid, words)


def test_the_api_key_page_first_checks_the_notification_email_itself(site):
    """A "new API key created" e-mail may itself be phishing: the first check says not to
    tap its links, to go to the site or App yourself, and the sender rule with the
    anti-phishing code, as written once in the data."""
    first = site.soup("problems/api-key/").select_one('[data-checklist="api-key"][data-part="checks"] li')
    text = first.get_text()
    for words in ("API Key 的邮件", "不要点", "www.bitget.com", "官方 App", data.SENDER_RULE):
        assert words in text, words


@pytest.mark.parametrize("pid", ["funds-review", "p2p", "bank-card", "region", "inheritance", "trading"])
def test_what_no_source_states_is_said_to_be_unstated(site, pid):
    text = article_text(site.html(f"problems/{pid}/"))
    assert "未见官方说明" in text


# -- deposit and withdrawal --------------------------------------------------------------


def test_deposit_page_answers_wrong_network_and_txid_in_the_lead(site):
    """Where the TxID is and what to do after a wrong network, under the
    answer block, not under 提交工单."""
    soup = site.soup("problems/deposit/")
    lead = soup.select_one("article ul.lead--screen")
    assert lead is not None
    checks = soup.select_one("article h2#first-checks")
    assert soup.select_one("article [data-answer]").sourceline < lead.sourceline < checks.sourceline
    text = lead.get_text()
    for must in (
        "TxID 在哪",
        "提现记录",
        "自助退回",
        "不是每个网络都能退回",
        "发送地址",
        "交易所",
        "标签",
        "最小充值数量",
        "不会退回",
    ):
        assert must in text, must
    assert "很多情况可以自助处理" not in article_text(site.html("problems/deposit/"))


def test_withdrawal_page_claims_no_more_than_its_sources(site):
    text = article_text(site.html("problems/withdrawal/"))
    assert "多数限制会自动解除" not in text
    assert "可能造成资产损失" in text  # a wrong or missing tag/memo
    assert "异常活动" in text and "跟单" in text and "理财" in text
    assert "待处理（Pending）" in text and "处理中（Processing）" in text
    assert "收款的平台" in text  # explorer says success, the receiver has nothing


# -- frozen, region, KYC and funds review ------------------------------------------------


def test_frozen_page_names_region_restrictions_and_no_vpn(site):
    text = article_text(site.html("problems/frozen/"))
    assert "受限的国家或地区" in text and "VPN" in text
    assert site.soup("problems/frozen/").select_one('[data-fact="region-restrictions"]')


def test_region_page_tells_mainland_readers_about_the_2021_exit(site):
    text = article_text(site.html("problems/region/"))
    assert "中国大陆" in text and "2021" in text
    shown = site.soup("problems/region/").select_one('[data-fact="mainland-exit"]')
    assert shown is not None and "停止中国大陆的新用户注册" in shown.get_text()
    assert shown.select_one(".fact__sources a[href$='/4410146011289']")


def test_region_page_does_not_show_the_frozen_funds_fact(site):
    html = site.html("problems/region/")
    assert 'data-fact="frozen-funds-stay"' not in html
    assert HANDBOOK.fact("frozen-funds-stay").text not in article_text(site.html("problems/region/"))


def test_region_page_answers_readers_who_cannot_pass_level_1(site):
    lead = site.soup("problems/region/").select_one("ul.lead--screen").get_text()
    assert "一级" in lead and "只提现" in lead and "没有找到" in lead


def test_funds_review_page_lists_edd_documents_and_where_to_check_the_request(site):
    soup = site.soup("problems/funds-review/")
    text = article_text(site.html("problems/funds-review/"))
    assert "我们没有读到这些文章列出的具体材料" not in text
    documents = soup.select_one('[data-fact="edd-documents"]').get_text()
    assert "3 个月" in documents and "工资单" in documents
    lead = soup.select_one("ul.lead--screen").get_text()
    assert "头像" in lead and "身份认证" in lead and "不要点" in lead


def test_kyc_page_names_the_name_language_mismatch(site):
    soup = site.soup("problems/kyc/")
    reasons = soup.select_one('[data-fact="kyc-rejection-reasons"]').get_text()
    assert "中文姓名" in reasons and "英文" in reasons
    assert "没有逐条核对" not in reasons
    lead = soup.select_one("ul.lead--screen").get_text()
    assert "中文姓名" in lead and "护照" in lead


# -- hacked: the way back after the freeze, and where to report --------------------------


def test_hacked_page_says_how_to_get_the_account_back_after_the_freeze(site):
    soup = site.soup("problems/hacked/")
    heading = soup.select_one("h2#after-freeze")
    assert heading is not None and heading.get_text().strip().startswith("冻结之后怎样拿回账户")
    part = section_text(soup, "after-freeze")
    for must in ("重设登录密码", "重置二次验证", "提交工单", "准备好", "TxID", "不要接受", "追回资产", "先付钱"):
        assert must in part, must
    # Printed too: it comes before the facts, which stay on the screen.
    headings = [h["id"] for h in soup.select("article h2[id]")]
    assert headings.index("after-freeze") < headings.index("facts")


def test_hacked_page_has_the_regional_reporting_lines_with_their_facts(site):
    soup = site.soup("problems/hacked/")
    part = section_text(soup, "report-local")
    for must in ("110", "96110", "国家反诈中心", "18222", "165", "不是 Bitget 的"):
        assert must in part, must
    # Each step links the fact with its sources, on /scams/ (one copy of each fact: the
    # first-view and search budgets).
    scams = site.soup("scams/")
    steps = soup.select("[data-section='report-local'] ol > li")
    assert len(steps) >= 4
    for step in steps:
        link = step.select_one("a[href*='scams/#fact-']")
        assert link is not None, step.get_text()
        fact = scams.select_one("#" + link["href"].split("#")[1])
        assert fact is not None and fact.select_one(".fact__sources a[href^='https://']"), link["href"]


# -- P2P: the appeal starts in the order; bank cards on their own page, no Bitget rule about them --


def test_p2p_appeal_button_comes_before_live_chat(site):
    """On every part of the page, the appeal button in the order comes before live chat."""
    text = article_text(site.html("problems/p2p/"))
    button = text.index("申诉按钮")
    for chat in ("在线客服", "Live Chat", "「Help」"):
        assert chat in text and button < text.index(chat), chat
    soup = site.soup("problems/p2p/")
    answer = soup.select_one("[data-answer]").get_text()
    assert answer.index("申诉按钮") < answer.index("在线客服")
    lead = soup.select_one("ul.lead--screen").get_text()
    assert lead.index("申诉按钮") < lead.index("在线客服")
    assert "上传付款凭证" in lead


def test_p2p_closed_orders_appeal_from_my_orders(site):
    soup = site.soup("problems/p2p/")
    assert "我的订单" in soup.select_one("ul.lead--screen").get_text()
    shown = soup.select_one('[data-fact="p2p-appeal-closed"]')
    assert shown is not None and "我的订单" in shown.get_text()
    cited = [a["href"] for a in shown.select(".fact__sources a[href]")]
    assert cited and all(re.search(r"/12560603820633$|/12560603820636$", href) for href in cited), cited


def test_p2p_live_chat_button_is_said_to_come_from_the_2022_guide(site):
    """「App 里点 Live Chat」 is from the 2022 P2P guide; every P2P block naming it says so."""
    for text in (b.text for b in blocks(site.html("problems/p2p/"), "article")):
        if "Live Chat" in text:
            assert "2022" in text, text


def test_p2p_page_says_what_the_faq_says_about_escrow_and_the_deposit_scam(site):
    soup = site.soup("problems/p2p/")
    escrow = soup.select_one('[data-fact="p2p-escrow"]').get_text()
    assert "锁定" in escrow and "托管" in escrow
    dont = " ".join(li.get_text() for li in soup.select("ul.dont li"))
    assert "担保金" in dont and "锁定" in dont
    lead = soup.select_one("ul.lead--screen").get_text()
    assert "担保金" in lead and "骗局" in lead


def test_p2p_page_gives_the_rules_that_prevent_frozen_card_disputes(site):
    """Pay and be paid only through your own real-name account; release only after your
    own bank app shows the money; never click 已付款 before paying."""
    soup = site.soup("problems/p2p/")
    dont = " ".join(li.get_text() for li in soup.select("ul.dont li"))
    assert "实名认证的账户" in dont and "付款和收款" in dont
    assert "银行 App" in dont
    assert "没付款不要点「已付款」" in dont
    rules = soup.select_one('[data-fact="p2p-buyer-rules"]').get_text()
    assert "实名认证的账户" in rules and "Paid" in rules


BANK = re.compile(r"银行卡|冻卡")


def test_p2p_is_about_disputes_and_says_nothing_of_its_own_about_bank_cards(site):
    """The dispute page: no fact, symptom, check or don't about bank cards; the one line
    that names them is the link to their page."""
    soup = site.soup("problems/p2p/").article
    for fact in soup.select("[data-fact]"):
        assert not BANK.search(fact.get_text()), fact["data-fact"]
    for fact_id in HANDBOOK.problem("p2p").facts:
        assert not BANK.search(HANDBOOK.fact(fact_id).text), fact_id
    problem = HANDBOOK.problem("p2p")
    for text in (*problem.symptoms, *(i.text for i in problem.items), *problem.dont, problem.title):
        assert not BANK.search(text), text
    naming = [li for li in soup.select("ul.lead--screen > li") if BANK.search(li.get_text())]
    assert len(naming) == 1 and naming[0].select_one("a[href='../bank-card/']"), naming


def test_the_old_p2p_address_offers_the_bank_card_page_before_its_first_section(site):
    """/problems/p2p/ held both cases: the bank-card reader finds her page in the lead, the
    first thing under the answer block (the browser test checks it is on the first screen)."""
    soup = site.soup("problems/p2p/").article
    first = soup.select_one("ul.lead--screen > li")
    assert first.select_one("a[href='../bank-card/']").get_text() == HANDBOOK.problem("bank-card").title
    assert first.sourceline < soup.select_one("h2#first-checks").sourceline
    back = site.soup("problems/bank-card/").article.select("ul.lead--screen > li a[href='../p2p/']")
    assert back, "and the bank-card page leads back to the dispute page"


def test_bank_card_advice_is_never_presented_as_bitgets(site):
    soup = site.soup("problems/bank-card/").article
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


def test_bank_card_facts_are_bitgets_p2p_rules_and_the_public_lines_not_a_bitget_word_on_cards(site):
    """Its facts: how to find the order, the P2P rules that prevent a frozen card, and the
    police lines (press reports of government statements); none says Bitget speaks of cards."""
    problem = HANDBOOK.problem("bank-card")
    for fact_id in problem.facts:
        assert not BANK.search(HANDBOOK.fact(fact_id).text), fact_id
    kinds = {HANDBOOK.source(s).kind for f in problem.facts for s in HANDBOOK.fact(f).sources}
    assert "press" in kinds and kinds & {"official", "official-text"}
    answer = site.soup("problems/bank-card/").select_one("article [data-answer]").get_text()
    assert "开户银行" in answer and "解冻" in answer


# -- trading: no paid recovery, nothing unsourced about undoing a trade ------------------


def test_trading_page_refuses_paid_recovery_and_transfers_on_the_first_screen_and_in_the_donts(site):
    soup = site.soup("problems/trading/").article
    answer = soup.select_one("[data-answer-part='dont']").get_text()
    assert "追回爆仓损失" in answer and "转钱" in answer
    donts = " ".join(li.get_text() for li in soup.select("ul.dont li"))
    assert "一律是骗子" in donts and "转账" in donts and "工单" in donts
    assert "带单老师" in donts


def test_trading_page_says_no_source_covers_undoing_a_filled_trade_or_where_liquidations_are_listed(site):
    lead = " ".join(li.get_text() for li in site.soup("problems/trading/").article.select("ul.lead--screen li"))
    assert re.search(r"已经成交的[^。]*未见官方说明", lead), lead
    assert "没有找到 Bitget 说明强平记录入口" in lead


# -- inheritance -------------------------------------------------------------------------


def test_inheritance_page_says_whose_account_files_and_what_is_not_covered(site):
    soup = site.soup("problems/inheritance/")
    assert "自己的 Bitget 账户" in soup.select_one('[data-fact="inheritance-request"]').get_text()
    lead = soup.select_one("ul.lead--screen").get_text()
    assert "受限地区" in lead and "没有找到官方说明" in lead and "提交工单" in lead
