"""The truth pass (issue 12), checked on the built pages a reader sees."""

from __future__ import annotations

import json
import re
from urllib.parse import urljoin, urlsplit

import pytest
from bs4 import BeautifulSoup
from page_text import article_text, blocks, parse, section

from macros import data
from macros.model import LANGUAGES, TRUST_LEVELS

HANDBOOK = data.HANDBOOK


# -- 8: one badge per trust level --


def test_every_rendered_fact_has_a_trust_level_and_its_badge_first(site):
    seen = 0
    for path, html in site.every_page():
        for shown in BeautifulSoup(html, "html.parser").select("[data-fact]"):
            seen += 1
            level = shown.get("data-trust")
            assert level in TRUST_LEVELS, (path, shown.get("data-fact"))
            assert level == HANDBOOK.trust(HANDBOOK.fact(shown["data-fact"])), (path, shown["data-fact"])
            first = shown.find(True)
            assert first is not None and "status" in first.get("class", []), (path, shown["data-fact"])
            assert first.get_text() == TRUST_LEVELS[level]
            assert len(shown.select(".status")) == 1, (path, shown["data-fact"])
    assert seen > len(HANDBOOK.facts)


def test_each_trust_level_shows_exactly_one_badge_text_and_no_other_badge_exists(site):
    texts: dict[str, set[str]] = {}
    for path, html in site.every_page():
        for badge in BeautifulSoup(html, "html.parser").select("article .status"):
            levels = [c.removeprefix("status--") for c in badge["class"] if c.startswith("status--")]
            assert len(levels) == 1 and levels[0] in TRUST_LEVELS, (path, badge)
            texts.setdefault(levels[0], set()).add(badge.get_text())
    assert set(texts) == set(TRUST_LEVELS), "every level appears somewhere (at least on /sources/)"
    for level, shown in texts.items():
        assert shown == {TRUST_LEVELS[level]}, (level, shown)


def test_no_page_calls_anything_confirmed_with_an_old_badge(site):
    for path, html in site.every_page():
        for badge in BeautifulSoup(html, "html.parser").select(".status"):
            assert badge.get_text() != "已确认", path


def test_the_channel_table_uses_the_same_levels(site):
    soup = BeautifulSoup(site.html("channels/"), "html.parser")
    for channel in HANDBOOK.channels:
        row = soup.select_one(f"#channel-{channel.id}")
        level = HANDBOOK.trust(channel)
        assert row["data-trust"] == level
        assert row.select_one(".status").get_text() == TRUST_LEVELS[level]


def test_the_sources_page_explains_every_level(site):
    soup = BeautifulSoup(site.html("sources/"), "html.parser")
    explained = {b.get_text() for b in soup.select("#trust ~ ul .status")}
    assert explained == set(TRUST_LEVELS.values())


# -- 9: unconfirmed claims --


@pytest.mark.parametrize("path", ["channels/phone/", "channels/live-chat/", "channels/email/", "problems/frozen/"])
def test_unconfirmed_claims_show_their_origin_apart_from_what_we_checked(site, path):
    soup = BeautifulSoup(site.html(path), "html.parser")
    unconfirmed = soup.select('[data-trust="not-confirmed"], [data-trust="not-recommended"]')
    assert unconfirmed, path
    for shown in unconfirmed:
        if not shown.has_attr("data-fact"):
            continue
        text = shown.get_text()
        assert "说法出自：" in text and "我们查过：" in text, shown["data-fact"]
        assert "来源：" not in text, shown["data-fact"]
        assert text.index("说法出自：") < text.index("我们查过：")


# -- 1: live chat never asks for the Reset 2FA answers --

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


# -- issue 21, item 3: no fill-in line on paper for what only Reset 2FA may ask --

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


# -- 2: one freeze rule, one fallback order --

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


# -- 3: fees (issue 21, item 1: no fee is fine because a "ticket" states it) --

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
    """A fake ticket page or "official notice" is how 解冻费 scams work (issue 21, item 1).
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


# -- issue 21, item 2: a matching sender address proves nothing --

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


# -- 4: full e-mail address --


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


# -- 5: Level-1 KYC --

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


# -- 6: withdrawal --


def test_withdrawal_page_claims_no_more_than_its_sources(site):
    text = article_text(site.html("problems/withdrawal/"))
    assert "多数限制会自动解除" not in text
    assert "可能造成资产损失" in text  # a wrong or missing tag/memo
    assert "异常活动" in text and "跟单" in text and "理财" in text
    assert "待处理（Pending）" in text and "处理中（Processing）" in text
    assert "收款的平台" in text  # explorer says success, the receiver has nothing


# -- 7: deposit --


def test_deposit_page_answers_wrong_network_and_txid_in_the_lead(site):
    """Issue 13: where the TxID is and what to do after a wrong network, under the
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


# -- 10: our advice is ours --


def test_the_banner_links_the_sources_of_its_claim(site):
    soup = BeautifulSoup(site.html("problems/deposit/"), "html.parser")
    notice = soup.select_one("#unofficial-notice")
    link = notice.select_one("a[href]")
    assert link is not None and link["href"].endswith("scams/#never")
    never = site.soup("scams/")
    shown = {el["data-fact"] for el in section(never, "never") if el.has_attr("data-fact")}
    assert {"never-ask-secrets", "police-no-transfer"} <= shown


def test_the_scams_lead_marks_the_no_dm_rule_as_this_sites_advice(site):
    soup = site.soup("scams/")
    lead = " ".join(el.get_text() for el in soup.select_one("article h1").find_next_siblings() if el.name == "p")
    lead = lead[: lead.index("也叫")] if "也叫" in lead else lead
    assert "真客服不会主动私信你" not in lead
    assert "本站的建议：" + data.CONTACT_RULE in lead


# -- issue 21, item 4: one "who contacts you first" rule, the same words everywhere --

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


# -- issue 21, item 9: each claim as strong as its source --

OVERSTATED = (
    "身在或去过",  # the sources: living in a restricted region, visiting a sanctioned one
    "可疑的登录时也会这样",  # an unusual-activity restriction: whether it lifts is not stated
    "这也能拖住",  # this site's inference, not Bitget's
)


def test_no_page_overstates_what_its_sources_say(site):
    for path, html in site.every_page():
        for block in blocks(html):
            for words in OVERSTATED:
                assert words not in block.text, f"{path}: {block.text}"


def test_p2p_pauses_only_after_the_changes_the_sources_name():
    """Password, Google Authenticator and e-mail changes pause P2P; fund-password and
    phone changes restrict withdrawals (research B15, B17a-c)."""
    text = HANDBOOK.fact("withdrawal-24h-lock").text
    withdrawals, p2p = text.split("；")
    assert "资金密码" in withdrawals and "手机号" in withdrawals
    assert "P2P" in p2p and "资金密码" not in p2p and "手机号" not in p2p


def test_the_hacked_page_labels_its_inference(site):
    urgent = site.soup("problems/hacked/").select_one(".urgent-steps__can-login").get_text()
    assert "本站的推断：这也可能拖住盗号的人" in urgent


# -- issue 21, item 16: words as in Bitget's Chinese interface, one meaning each --


def test_no_page_says_account_number_for_the_uid(site):
    """Bitget's interface says UID; fails on the old prepare lists (「你的账户编号」)."""
    for file in [*site.dir.rglob("*.html"), site.dir / "search" / "search_index.json"]:
        text = file.read_text("utf-8")
        if file.suffix == ".json":
            text = json.dumps(json.loads(text), ensure_ascii=False)
        assert "账户编号" not in text, file.relative_to(site.dir)


def test_the_api_page_has_one_name(site):
    for path, html in site.every_page():
        for block in blocks(html):
            assert "API 管理" not in block.text and "API 设置" not in block.text, f"{path}: {block.text}"
    assert "「个人主页 > API keys」" in HANDBOOK.fact("hacked-menu-paths").text


# 「原文」 is a message's own words (错误提示的原文); the seed article is 那篇流传的文章.
ARTICLE_AS_ORIGINAL = re.compile(r"原文(说|把|建议|还|怎么说|或其他)")


def test_original_text_means_one_thing(site):
    for path, html in site.every_page():
        for block in blocks(html):
            assert not ARTICLE_AS_ORIGINAL.search(block.text), f"{path}: {block.text}"


def test_the_ticket_form_uses_the_labels_of_bitgets_chinese_form(site):
    text = site.soup("channels/ticket/").select_one('[data-fact="ticket-form"]').get_text()
    assert "「查询主题」「咨询类型」和「具体咨询问题」" in text
    assert "Category" not in text and "Inquiry Type" not in text
    steps = " ".join(el.get_text() for el in section(site.soup("channels/ticket/"), "steps"))
    assert "查询主题、咨询类型和具体咨询问题" in steps


def test_menu_paths_from_other_languages_say_so(site):
    for fact_id in ("anti-phishing-code", "hacked-menu-paths", "withdrawal-statuses", "live-chat-location"):
        fact = HANDBOOK.fact(fact_id)
        said = f"{fact.text} {fact.note or ''}"
        assert "英文" in said or "外文" in said or "繁体中文" in said, fact_id
    assert "个人中心 > 安全" not in article_text(site.html("scams/"))


def test_labels_do_not_repeat_the_opening_of_their_text():
    for problem in HANDBOOK.problems:
        for note in problem.lead:
            if note.label:
                assert not note.text.startswith(note.label[:2]), (problem.id, note.label)


# -- 11: smaller --


def test_escrow_is_about_phishing_mails_not_p2p_order_locks(site):
    never = " ".join(el.get_text() for el in section(site.soup("scams/"), "never"))
    assert "替你「担保」" not in never
    assert "邮件要你支付「担保」" in never


def test_phone_page_says_what_we_read_and_never_to_call(site):
    text = article_text(site.html("channels/phone/"))
    assert "我们读过的 Bitget 官方页面都没有列出电话" in text
    shown = site.soup("channels/phone/").select_one('[data-fact="phone-numbers-online"]')
    assert shown["data-trust"] == "not-recommended" and "一律不要拨打" in shown.get_text()


def test_anti_phishing_code_length_and_digits_only_for_sms(site):
    text = article_text(site.html("scams/"))
    assert "8–32 位数字" not in text
    assert "8–32 位" in text and "只用数字" in text


def test_identify_does_not_call_a_freeze_temporary(site):
    assert "暂时" not in article_text(site.html("identify/"))


def test_live_chat_location_is_sourced_and_dated(site):
    shown = site.soup("channels/live-chat/").select_one('[data-fact="live-chat-location"]')
    assert shown["data-trust"] == "official"
    assert "右下角" in shown.get_text() and "Help" in shown.get_text() and "2022" in shown.get_text()
    assert "入口的具体位置未见官方说明" not in article_text(site.html("channels/live-chat/"))


def test_merged_facts_keep_one_id(site):
    for path, html in site.every_page():
        for retired in data.RETIRED_FACTS:
            assert f'id="fact-{retired}"' not in html, (path, retired)
    assert site.soup("safety/").select_one("#fact-account-close-permanent")
    assert site.soup("problems/login/").select_one("#fact-official-apps")


def test_email_row_is_a_backup(site):
    """Issue 21, item 11: the badge says the address is on an official page; the row says
    that whether anyone reads it is not."""
    row = BeautifulSoup(site.html("channels/"), "html.parser").select_one("#channel-email")
    assert "只作备用" in row.get_text()
    assert "官网可查的只是这个地址" in row.get_text() and "有没有人读" in row.get_text()
    assert "未经官方确认" in row.get_text()


def test_the_help_centre_source_rests_on_bitgets_help_text_not_an_sdk_readme(site):
    """Issue 21, item 11: the /support address was labelled help-centre text while resting on
    an SDK README."""
    shown = site.soup("sources/").select_one("#source-bitget-help-centre").get_text()
    assert "SDK" not in shown and "API 文档" not in shown
    assert "没有读到" in shown and "/support/articles/" in shown
    assert "bitget-reset-2fa" in HANDBOOK.channel("help-center").sources


# -- 12: readers here are mostly Chinese-speaking --


def test_scams_page_names_chinese_platforms_and_reporting(site):
    text = article_text(site.html("scams/"))
    for word in (
        "微信",
        "QQ",
        "抖音",
        "Telegram",
        "国家反诈中心",
        "屏幕共享",
        "安全账户",
        "00 开头",
        "税费",
        "APK",
        "TestFlight",
    ):
        assert word in text, word
    report = " ".join(el.get_text() for el in section(site.soup("scams/"), "report"))
    assert "公安机关" in report and "国家反诈中心" in report


def test_frozen_page_names_region_restrictions_and_no_vpn(site):
    text = article_text(site.html("problems/frozen/"))
    assert "受限的国家或地区" in text and "VPN" in text
    assert site.soup("problems/frozen/").select_one('[data-fact="region-restrictions"]')


# -- 13: the article's trading category and privacy advice --


@pytest.mark.parametrize("path", ["channels/live-chat/", "channels/email/", "channels/ticket/"])
def test_channel_steps_name_the_four_categories_with_trading(site, path):
    steps = " ".join(el.get_text() for el in section(site.soup(path), "steps"))
    assert "交易" in steps and "账户" in steps and "安全" in steps


def test_safety_page_carries_the_privacy_caution(site):
    text = " ".join(el.get_text() for el in section(site.soup("safety/"), "protect-data"))
    assert "隐私" in text and "公开" in text


# -- 15: sources show their language --


def test_sources_page_shows_each_language(site):
    soup = BeautifulSoup(site.html("sources/"), "html.parser")
    for source in HANDBOOK.sources:
        li = soup.select_one(f"#source-{source.id}")
        if source.language == "zh-CN":
            assert "页面为" not in li.get_text(), source.id
        else:
            assert f"页面为{LANGUAGES[source.language]}" in li.get_text(), source.id
