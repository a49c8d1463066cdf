"""The truth pass, second round (issue 21, the content items), on the built pages a
reader sees: the P2P appeal route and escrow, the mainland exit, EDD and KYC answers,
inheritance, the way back after a freeze, and the reporting lines where readers live."""

from __future__ import annotations

import re

import pytest
from page_text import article_text, blocks, section_text

from macros import data

HANDBOOK = data.HANDBOOK


# -- 6: the P2P appeal starts in the order ---------------------------------------------


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
    """Item 9: 「App 里点 Live Chat」 is from the 2022 P2P guide; every P2P block naming it says so."""
    for text in (b.text for b in blocks(site.html("problems/p2p/"), "article")):
        if "Live Chat" in text:
            assert "2022" in text, text


# -- 7: P2P escrow: Bitget locks the seller's coins; the scam is paying a deposit ---------

NO_ESCROW = re.compile(r"不提供[^。；]{0,6}担保|没有担保|无担保")


def test_no_page_says_bitget_p2p_has_no_escrow(site):
    for path, html in site.every_page():
        for block in blocks(html, "body"):
            assert not NO_ESCROW.search(block.text), f"{path}: {block.text}"


def test_p2p_page_says_what_the_faq_says_about_escrow_and_the_deposit_scam(site):
    soup = site.soup("problems/p2p/")
    escrow = soup.select_one('[data-fact="p2p-escrow"]').get_text()
    assert "锁定" in escrow and "托管" in escrow
    dont = " ".join(li.get_text() for li in soup.select("ul.dont li"))
    assert "担保金" in dont and "锁定" in dont
    lead = soup.select_one("ul.lead--screen").get_text()
    assert "担保金" in lead and "骗局" in lead


def test_p2p_page_gives_the_rules_that_prevent_frozen_card_disputes(site):
    """I3: pay and be paid only through your own real-name account; release only after your
    own bank app shows the money; never click 已付款 before paying."""
    soup = site.soup("problems/p2p/")
    dont = " ".join(li.get_text() for li in soup.select("ul.dont li"))
    assert "实名认证的账户" in dont and "付款和收款" in dont
    assert "银行 App" in dont
    assert "没付款不要点「已付款」" in dont
    rules = soup.select_one('[data-fact="p2p-buyer-rules"]').get_text()
    assert "实名认证的账户" in rules and "Paid" in rules


# -- 8: the region page: the mainland exit, no freeze comfort, no dead end ----------------


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


# -- 10: EDD and KYC answers instead of "we could not read it" ----------------------------


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


# -- 13: inheritance: from the heir's own account; no text for heirs without one ----------


def test_inheritance_page_says_whose_account_files_and_what_is_not_covered(site):
    soup = site.soup("problems/inheritance/")
    assert "自己的 Bitget 账户" in soup.select_one('[data-fact="inheritance-request"]').get_text()
    lead = soup.select_one("ul.lead--screen").get_text()
    assert "受限地区" in lead and "没有找到官方说明" in lead and "提交工单" in lead


# -- 12: hacked and locked out: the way back after the freeze -----------------------------


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


# -- 14: reporting where the reader lives ----------------------------------------------

LINES = {"96110": "report-cn", "18222": "report-hk", "165": "report-tw"}


@pytest.mark.parametrize("number", sorted(LINES))
def test_scams_page_names_each_line_with_a_linked_public_source(site, number):
    """/scams/ names 96110, 18222 and 165, each in a fact that links its source: a
    government page, or (96110) news reports only, and the page says so."""
    soup = site.soup("scams/")
    report = section_text(soup, "report")
    assert re.search(rf"(?<!\d){number}(?!\d)", report), number
    shown = soup.select_one(f'[data-fact="{LINES[number]}"]')
    assert shown is not None and number in shown.get_text()
    links = [a["href"] for a in shown.select(".fact__sources a[href^='https://']")]
    kinds = {s.kind for s in HANDBOOK.sources if s.url in links}
    assert links and kinds <= {"government", "press"}, links
    if number == "96110":
        assert "只找到新闻报道" in shown.get_text()
    else:
        assert "government" in kinds, (number, kinds)


def test_scams_page_warns_of_fake_police_who_recovered_your_money(site):
    soup = site.soup("scams/")
    shown = soup.select_one('[data-fact="fake-police-recovery"]')
    assert shown is not None and "已追回款项" in shown.get_text() and "办理回款" in shown.get_text()
    assert "已经追回你的钱" in section_text(soup, "recovery-scams")


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
