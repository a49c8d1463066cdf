"""The site's safety rules, each said once and the same wherever it applies, and nothing on
any page that undoes one: the freeze plan, the fee rule, the contact rule, a sender address
proves nothing, no security answer on paper, the full e-mail address only in official
channels, no withdrawal without Level-1 KYC, P2P escrow, and our advice marked as ours."""

from __future__ import annotations

import re
from urllib.parse import urljoin, urlsplit

import pytest
from bs4 import BeautifulSoup
from page_text import article_text, blocks, parse, section

from macros import data

HANDBOOK = data.HANDBOOK


# -- one freeze rule, one fallback order -------------------------------------------------


ASKS_FOR_FREEZE = re.compile(r"(请求|要求|申请)冻结")


def test_every_page_that_tells_readers_to_ask_for_a_freeze_shows_the_same_plan(site):
    plans = {}
    for path, html in site.every_page():
        soup = parse(html)
        article = soup.select_one("article")
        if article is None:
            continue
        plan = article.select_one(".freeze-plan")
        if plan is not None:
            plans[path] = plan
            plan_text = plan.get_text()
        else:
            plan_text = ""
        text = article.get_text()
        outside = text.replace(plan_text, "") if plan_text else text
        if ASKS_FOR_FREEZE.search(outside):
            assert plan is not None, f"{path} tells readers to ask for a freeze without the plan"
    assert {"problems/hacked/", "safety/"} <= set(plans)
    texts = {p.get_text(" ", strip=True) for p in plans.values()}
    assert len(texts) == 1, "the plan differs between pages"
    for path, plan in plans.items():
        order = [urlsplit(urljoin("http://site/" + path, a["href"])).path for a in plan.select("ol a[href]")]
        assert order == ["/channels/live-chat/", "/channels/ticket/", "/channels/email/"], path


def test_the_freeze_plan_says_no_self_service_freeze_was_found(site):
    plan = site.soup("problems/hacked/").select_one(".freeze-plan").get_text()
    assert "没有找到 Bitget 的自助冻结功能" in plan
    assert "support@bitget.com" in plan and "紧急" in plan
    assert "什么时候请求冻结" in plan


def test_the_hacked_urgent_steps_point_to_the_plan(site):
    soup = site.soup("problems/hacked/")
    urgent = soup.select_one(".urgent-steps")
    assert urgent.find_next_sibling(class_="freeze-plan") is not None or urgent.find_next(class_="freeze-plan")
    assert "请求冻结" in urgent.get_text()


# -- fees: no fee is fine because a ticket or notice states it ---------------------------


SCAM_WORDS = re.compile(r"骗|不要付")


# A fee made acceptable by where it is written: 「费用只认…工单里写明的」, 「以工单为准」.
FEE_VOUCHED = re.compile(r"(费|收费)[^。；]*(只认|为准|写明的)|(工单|通知)[^。；]*(写明|说明)[^。；]*(费|收费)")


def test_no_page_calls_every_handling_fee_a_scam(site):
    """Bitget says two recoveries may carry a handling fee: where a page calls a fee
    demand a scam, it also says what Bitget leaves unsaid (how the fee is charged)."""
    for path, html in site.every_page():
        soup = parse(html)
        for fact in soup.select("[data-fact]"):
            fact.decompose()  # Bitget's own words ("可能收取手续费") are not advice
        for block in blocks(str(soup), "article"):
            if "手续费" in block.text and SCAM_WORDS.search(block.text):
                assert data.HANDLING_FEE_NOTE in block.text, f"{path}: {block.text}"


def test_no_page_makes_a_fee_acceptable_because_a_ticket_or_notice_states_it(site):
    """A fake ticket page or "official notice" is how 解冻费 scams work.
    Fails on the old 「任何费用只认 Bitget 在官网工单里写明的」."""
    for path, html in site.every_page():
        for block in blocks(html):
            assert not FEE_VOUCHED.search(block.text), f"{path}: {block.text}"


@pytest.mark.parametrize(
    "path", ["problems/frozen/", "problems/withdrawal/", "problems/deposit/", "problems/funds-review/"]
)
def test_problem_pages_state_the_one_fee_rule_in_their_donts(site, path):
    dont = [li.get_text() for li in site.soup(path).select("ul.dont li")]
    assert "本站的建议：" + data.FEE_RULE in dont, path


def test_scams_page_states_the_fee_rule_and_what_bitget_leaves_unsaid(site):
    never = " ".join(el.get_text() for el in section(site.soup("scams/"), "never"))
    assert "本站的建议：" + data.FEE_RULE in never
    assert data.HANDLING_FEE_NOTE in never
    for must in ("「工单」", "「官网通知」", "解冻", "提现", "找回", "审核"):
        assert must in data.FEE_RULE, must


# -- who contacts you first: one rule, the same words everywhere -------------------------


# A page touches the topic when it speaks of someone contacting the reader first.
CONTACT_TOPIC = re.compile(r"主动(联系|找|私信|来电|打电话)|找上门|私信你|(来电|打电话)自称")


# Wordings the one rule replaced: too broad (a P2P appeal brings staff into the order's
# chat), or too weak (「几乎都是」).
OTHER_WORDINGS = re.compile(r"客服(不会|从不)主动|主动私信你的「客服」|几乎都是骗子")


def test_the_one_contact_rule_appears_wherever_the_topic_does_worded_the_same(site):
    """Fails on the old pages: /scams/, /safety/, /identify/ and the hacked page spoke of
    people contacting the reader first in their own words (「真正的客服不会主动找你」)."""
    rule = "本站的建议：" + data.CONTACT_RULE
    touched = set()
    for path, html in site.every_page():
        for block in blocks(html, "article"):
            assert not OTHER_WORDINGS.search(block.text), f"{path}: {block.text}"
        soup = parse(html)
        for shown in soup.select("article .contact-rule"):
            assert shown.get_text() == rule, path
        for sheet in soup.select(".print-sheet"):
            sheet.decompose()  # /print/: copies of the problem pages' lists, each page shows the rule
        texts = [b.text for b in blocks(str(soup), "article")]
        if any(CONTACT_TOPIC.search(t.replace(data.CONTACT_RULE, "")) for t in texts):
            touched.add(path)
            assert any(rule in t for t in texts), f"{path} speaks of who contacts the reader without the rule"
    expected = {"scams/", "safety/", "problems/hacked/", "channels/social/"}
    assert expected <= touched, expected - touched
    # /identify/ ends unsure readers at the help centre, with the rule in its warning.
    assert rule in site.soup("identify/").select_one("#help .contact-rule").get_text()


@pytest.mark.parametrize("pid", [p.id for p in HANDBOOK.problems])
def test_every_problem_page_states_the_contact_rule_with_its_donts(site, pid):
    soup = site.soup(f"problems/{pid}/")
    dont = section(soup, "dont")
    assert any("contact-rule" in el.get("class", []) for el in dont), pid


def test_the_contact_rule_names_where_real_support_appears():
    for must in ("私信", "来电", "社交媒体", "官网", "App", "P2P 申诉后的订单聊天", "防钓鱼码"):
        assert must in data.CONTACT_RULE, must


def test_the_scams_lead_marks_the_no_dm_rule_as_this_sites_advice(site):
    soup = site.soup("scams/")
    lead = " ".join(el.get_text() for el in soup.select_one("article h1").find_next_siblings() if el.name == "p")
    lead = lead[: lead.index("也叫")] if "也叫" in lead else lead
    assert "真客服不会主动私信你" not in lead
    assert "本站的建议：" + data.CONTACT_RULE in lead


def test_the_banner_links_the_sources_of_its_claim(site):
    soup = BeautifulSoup(site.html("problems/deposit/"), "html.parser")
    notice = soup.select_one("#unofficial-notice")
    link = notice.select_one("a[href]")
    assert link is not None and link["href"].endswith("scams/#never")
    never = site.soup("scams/")
    shown = {el["data-fact"] for el in section(never, "never") if el.has_attr("data-fact")}
    assert {"never-ask-secrets", "police-no-transfer"} <= shown


# -- a matching sender address proves nothing --------------------------------------------


# "Real mail comes from <Bitget's domain>": what a spoofed From line passes.
SENDER_PROVES = re.compile(r"(邮件|短信)[^。；]{0,4}从[^。；]*(bitget\.com|域名)[^。；]*发出")


# An instruction to check who sent a message.
SENDER_CHECK = re.compile(r"(核对|查询|查|看)[^。；，]{0,6}(发件|发信)")


def test_no_page_says_a_matching_sender_address_proves_an_e_mail_genuine(site):
    """Fails on the old 「核对发件地址：真的验证邮件从 bitget.com 的子域名发出」."""
    for path, html in site.every_page():
        for block in blocks(html):
            assert not SENDER_PROVES.search(block.text), f"{path}: {block.text}"
            if SENDER_CHECK.search(block.text):
                # Checking the sender is never the last word: it can be forged, the code decides.
                assert "防钓鱼码" in block.text or "伪造" in block.text, f"{path}: {block.text}"


def test_the_suspicious_message_page_says_a_sender_can_be_forged(site):
    checks = site.soup("problems/suspicious-message/").select_one('[data-item="suspicious-message.sender"]')
    assert data.SENDER_RULE in checks.get_text()
    assert "伪造" in data.SENDER_RULE and "防钓鱼码" in data.SENDER_RULE


def test_whitelisting_names_bitgets_addresses_not_the_whole_domain(site):
    shown = site.soup("problems/login/").select_one('[data-fact="login-verification-email"]').get_text()
    for address in data.VERIFICATION_SENDERS:
        assert address in shown, address
    assert "不要把整个 bitget.com 加进去" in shown and data.SENDER_RULE in shown
    lead = site.soup("problems/login/").select_one("article ul.lead--screen").get_text()
    assert "不要加整个 bitget.com" in lead


# -- no fill-in line on paper for what only Reset 2FA may ask ----------------------------


# The same words as macros.model.SECURITY_ANSWERS, read here from the page a reader
# prints (every fill-in line is a .checklist__blank, shown on paper only).
LINE_FOR_AN_ANSWER = re.compile(r"登录.{0,6}(地点|位置)|地点 ?/ ?设备|持有.{0,6}资产|资产 ?/ ?交易|交易类型")


@pytest.mark.parametrize("path", ["print/", *(f"problems/{p.id}/" for p in HANDBOOK.problems)])
def test_no_printed_sheet_has_a_fill_in_line_for_login_location_or_assets(site, path):
    """Fails on the old 2FA prepare list (最近一次登录的地点 ... 地点 / 设备：____)."""
    for item in site.soup(path).select(".checklist__item"):
        if item.select_one(".checklist__blank") is not None:
            assert not LINE_FOR_AN_ANSWER.search(item.get_text(" ")), f"{path}: {item.get_text(' ')}"


@pytest.mark.parametrize("path", ["problems/2fa/", "print/"])
def test_the_2fa_sheet_says_where_the_answers_go_in_a_box_without_blanks(site, path):
    soup = site.soup(path)
    scope = soup.select_one("#sheet-2fa") if path == "print/" else soup.select_one("article")
    box = scope.select_one(".prepare-note")
    assert box is not None, path
    text = box.get_text()
    assert "重置二次验证" in text and "登录的地点" in text and "持有的资产" in text
    assert "不要写在纸上" in text
    assert box.select_one(".checklist__blank, .checklist__line, input, textarea") is None
    assert "__" not in text and "：____" not in text
    # It follows the prepare list: the last thing on the sheet's prepare part.
    assert box.find_previous_sibling(class_="checklist")["data-part"] == "prepare"


# -- the full e-mail address, in official channels only ----------------------------------


def test_no_page_asks_for_the_last_four_characters(site):
    for path, html in site.every_page():
        for block in blocks(html):
            assert "后四位" not in block.text, f"{path}: {block.text}"


@pytest.mark.parametrize("pid", [p.id for p in HANDBOOK.problems])
def test_templates_ask_for_the_full_address_in_official_channels_only(site, pid):
    soup = site.soup(f"problems/{pid}/")
    assert "【完整的注册邮箱】" in soup.select_one(".message-template code").get_text()
    email_item = soup.select_one(f'[data-item="{pid}.email"]').get_text()
    assert "完整" in email_item and "不要发到公开" in email_item


# -- no withdrawal without Level-1 KYC ---------------------------------------------------


CAN_STILL_WITHDRAW = re.compile(r"(仍然|仍|还|也)(可以|能)提现")


def test_no_page_says_accounts_without_level_1_kyc_can_withdraw(site):
    for path, html in site.every_page():
        for block in blocks(html):
            if "一级" in block.text or "KYC" in block.text:
                assert not CAN_STILL_WITHDRAW.search(block.text), f"{path}: {block.text}"


@pytest.mark.parametrize("pid", ["frozen", "withdrawal"])
def test_frozen_and_withdrawal_pages_say_level_1_is_needed_to_withdraw(site, pid):
    text = article_text(site.html(f"problems/{pid}/"))
    assert "2024 年 7 月 20 日起，没有一级认证不能提现" in text


# -- P2P escrow: Bitget locks the seller's coins; the scam is paying a deposit -----------


NO_ESCROW = re.compile(r"不提供[^。；]{0,6}担保|没有担保|无担保")


def test_no_page_says_bitget_p2p_has_no_escrow(site):
    for path, html in site.every_page():
        for block in blocks(html, "body"):
            assert not NO_ESCROW.search(block.text), f"{path}: {block.text}"


def test_escrow_is_about_phishing_mails_not_p2p_order_locks(site):
    never = " ".join(el.get_text() for el in section(site.soup("scams/"), "never"))
    assert "替你「担保」" not in never
    assert "邮件要你支付「担保」" in never
