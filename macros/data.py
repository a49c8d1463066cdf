"""The one data module: sources, facts, channels and problems.

Every statement about Bitget on the site comes from here, with its source and how
sure we are. Rules (checked when this module is imported, see model.py):

- Bitget is linked only on www.bitget.com. Help-centre text we saw only on other
  hosts is kind "official-text": same article id, linked on www.bitget.com, shown
  as "not re-checked on www.bitget.com" until someone reads it there.
- A claim nothing official confirms (phone support, 24/7 chat, support through
  social-media messages) is a Fact with status "not-confirmed".
- No phone numbers, no raw HTML, no secrets asked of the reader.
- What a reader needs to know about a source (an old page, a date read from a
  copy, a newer version of the same article) goes into its `note`, not a comment.
"""

from __future__ import annotations

import datetime as dt

from .model import (
    Answer,
    AnswerWords,
    Channel,
    ChannelChoice,
    ChannelWords,
    ChecklistScriptWords,
    ComposerScriptWords,
    ComposerWords,
    Fact,
    FactWords,
    FirstScreen,
    FreezePlan,
    Group,
    Handbook,
    Heading,
    Item,
    Note,
    NoteWords,
    Page,
    PageAnswer,
    PageLink,
    PrintWords,
    Problem,
    ProblemPageWords,
    PublicLine,
    Question,
    ScriptWords,
    SearchHelp,
    Section,
    SharedWords,
    Source,
    Template,
    Triage,
    TriageScriptWords,
    TriageWords,
    Words,
)

D = dt.date

# When the sources below were last read (from stored copies of the pages).
CHECKED = D(2026, 11, 25)
# The second reading (newer versions of some articles, the 2022 live-chat pages).
RECHECKED = D(2026, 12, 2)
# The third reading (issue 21): P2P, the mainland exit, EDD, KYC, inheritance, and the
# reporting lines of mainland China, Hong Kong and Taiwan.
ISSUE21_CHECKED = D(2026, 12, 3)

# Hosts the site may link to. Anything else fails the build.
ALLOWED_HOSTS = frozenset(
    {
        "www.bitget.com",
        "www.consumer.ftc.gov",
        "consumer.ftc.gov",
        "reportfraud.ftc.gov",
        "www.ic3.gov",
        "www.coindesk.com",
        "www.technadu.com",
        "www.police.gov.sg",
        # Reporting lines where readers live (issue 21): government and press pages
        "www.baojingrm.cn",
        "news.jstv.com",
        "m.takefoto.cn",
        "news.gov.hk",
        "police.gov.hk",
        "www.stheadline.com",
        "hd.stheadline.com",
        "tongsiao.house.miaoli.gov.tw",
        "udn.com",
        "tw.news.yahoo.com",
    }
)

# Hosts that carry copies of Bitget's help centre but are not proven to be
# Bitget's, and clone exchanges that copy its pages. Never link them. Any other
# host with "bitget" in its name is refused as well.
MIRROR_HOSTS = frozenset(
    {
        "bitgetapp.com",
        "bitget.cc",
        "bitget.site",
        "bitget.ng",
        "bitget.style",
        "bitget.vin",
        "bitget.cloud",
        "bitget.fit",
        "bitget.land",
        "bitget.live",
        "bitget.com.vn",
        "bitget-eu.cc",
        "bitget.media",
        "bitgetapps.com",
        "bgportable.com",
        "cnbitget.com",
        "beeeye.xyz",
        "bjxnyj.com",
        "sanqianwenhua.xyz",
        "niftah.cn",
        "zysh.xyz",
        "glassgs.com",
        "kqgmpj.cn",
        "dhxrcw.cn",
        "huangt.cn",
        "sjk2oahoo1.com",
        "itbitget.com",
        "itouyu.top",
        # clone exchanges, not Bitget
        "bget.xyz",
        "bitgp.com",
    }
)


# Words shown where nothing official states a value.
UNKNOWN = "未见官方说明"

# -- rules: one sentence each, written once here and reused, so no page can drift --

# Who contacts you first. Bitget lists 「自称 Bitget 主动联系你」 as a scam sign
# (scam-red-flags), yet after a P2P appeal its staff do join the order's own chat
# (P2P appeal guide): so the rule names where real support appears, not "support never
# contacts you". Rendered by macros/render/shared.py (problem pages, triage) and the
# contact_rule() macro (other pages); never copy it into other text.
CONTACT_RULE = (
    "私信、来电、社交媒体上主动找你的都是假的；"
    "真客服只出现在官网 www.bitget.com 或官方 App 里（包括 P2P 申诉后的订单聊天），或在带你的防钓鱼码的邮件里。"
)

# Paying first. No Bitget text asks a user to transfer money first to unfreeze,
# withdraw, recover or pass a review; fake tickets and fake "official notices" are how
# 解冻费 scams work. Used as it is in the problems' don'ts and by the fee_rule() macro.
FEE_RULE = "要你先转钱才能解冻、提现、找回或通过审核的，一律是骗子，即使对方给你看「工单」或「官网通知」。"

# The two recoveries Bitget says may carry a handling fee (tag/memo, a refund sent to a
# hot wallet) state no amount and no way of paying: said wherever those fees are named.
HANDLING_FEE_NOTE = (
    "手续费多少、怎样收取，Bitget 没有写明；我们读过的 Bitget 说明里，没有一篇要你为此自己转钱。"
    "要你为此转钱的，转给谁、转到哪个账户或地址都一样，都是骗子。"
)

# What a sender address proves: a From line can be forged, so a wrong domain proves a
# fake and a right one proves nothing; the anti-phishing code decides (research I5).
SENDER_RULE = (
    "发件人可以伪造：邮箱 @ 后面不是 bitget.com、也不以 .bitget.com 结尾的，一定是假的；"
    "是的，也不能证明是真的，要看邮件里有没有你的防钓鱼码。"
)

# The sender addresses Bitget lists for its verification e-mails (to whitelist, so its
# mail is not filtered). Never an address to write to; a From line can be forged.
VERIFICATION_SENDERS = (
    "service@send003.mail.bitget.com",
    "service@send001.mail.bitget.com",
    "service@send001.web3.bitget.com",
)


# E-mail addresses the site may show: the one to write to, from an official page (the
# API Creation Guide's "Contact Us" block), and the verification senders above (only
# as addresses to whitelist). Bitget's law-enforcement address is for police only and
# is deliberately not here.
OFFICIAL_EMAILS = ("support@bitget.com", *VERIFICATION_SENDERS)


def _article(article_id: str) -> str:
    """A Bitget help-centre article on Bitget's own host."""
    return f"https://www.bitget.com/zh-CN/support/articles/{article_id}"


# ---------------------------------------------------------------------------
# Sources
# ---------------------------------------------------------------------------

# The help centre: every problem page's answer block links it (the "where" part), and
# /identify/ ends there. Every Bitget help article we read on www.bitget.com lives under
# it (/support/articles/...), and Bitget's help text puts the Self-Service section on
# "the Bitget Support page". (An SDK README calls it the Support Center too: not a source.)
HELP_CENTRE = "https://www.bitget.com/support"

SOURCES = (
    # -- sources: Bitget contact and channels ----------------------------------
    Source(
        id="bitget-api-guide",
        title="API Creation Guide（页脚的 Contact Us 与 Official Channels）",
        url="https://www.bitget.com/support/articles/360038968251-API-Creation-Guide",
        kind="official",
        checked=CHECKED,
        published=D(2020, 1, 19),
        note="2020 年的页面，联系方式可能已变",
        language="en",
    ),
    Source(
        id="bitget-help-centre",
        title="Bitget 帮助中心（Support）",
        url=HELP_CENTRE,
        kind="official-text",
        checked=RECHECKED,
        note=(
            "这个页面本身我们没有读到。Bitget 的帮助文字说自助服务区在 Bitget 的支持页面（Support page）上；"
            "我们在 www.bitget.com 上读过的帮助文章都在这个地址下面（/support/articles/）。页面的语言可能随浏览器设置而变"
        ),
        language="en",
    ),
    Source(
        id="bitget-telegram-group",
        title="Bitget 英文官方 Telegram 群公告",
        url="https://www.bitget.com/en/support/articles/12560603776003",
        kind="official",
        checked=CHECKED,
        language="en",
    ),
    Source(
        id="bitget-never-release-funds",
        title="Customer support will never ask you to release funds",
        url="https://www.bitget.com/uk/support/articles/12560603796019",
        kind="official",
        checked=CHECKED,
        published=D(2024, 1, 25),
        note=(
            "我们在 www.bitget.com 上读到的是乌克兰文和阿拉伯文版本，没有找到中文版本。"
            "页面日期来自同一文章在其他网址上的德文副本"
        ),
        language="uk",
    ),
    Source(
        id="bitget-account-restrictions",
        title="Bitget Academy：账户限制的原因与处理",
        url="https://www.bitget.com/ph/academy/guide-to-resolving-account-restrictions",
        kind="official",
        checked=CHECKED,
        published=D(2024, 5, 27),
        note="同一文章也有德文版本。我们读到的摘录里没有「解决办法」一节",
        language="fil",
    ),
    Source(
        id="bitget-p2p-appeal-web",
        title="P2P Appeal Guide（网页端，写明了在线客服的入口）",
        url="https://www.bitget.com/en/support/articles/6837224319001",
        kind="official",
        checked=RECHECKED,
        published=D(2022, 5, 23),
        note="2022 年的页面，入口可能已变。页面日期来自同一文章在其他网址上的副本",
        language="en",
    ),
    Source(
        id="bitget-p2p-appeal-app",
        title="P2P 申诉指南（App，写明了在线客服按钮）",
        url="https://www.bitget.com/ja/support/articles/6873291060377",
        kind="official",
        checked=RECHECKED,
        published=D(2022, 5, 24),
        note="2022 年的页面，按钮可能已变",
        language="ja",
    ),
    # -- sources: safety, scams and verification ------------------------------
    Source(
        id="bitget-phishing-alert",
        title="安全提醒：警惕钓鱼风险（Security Alert: Be Aware of Phishing Risks）",
        url=_article("12560603814034"),
        kind="official-text",
        checked=CHECKED,
        published=D(2024, 8, 8),
    ),
    Source(
        id="bitget-verify-channels",
        title="如何使用 Bitget 官方验证工具核实渠道",
        url=_article("12560603826152"),
        kind="official-text",
        checked=CHECKED,
    ),
    Source(
        id="bitget-scam-victim-guide",
        title="遭遇诈骗后怎么办（Bitget 帮助中心）",
        url=_article("12560603821285"),
        kind="official-text",
        checked=CHECKED,
    ),
    Source(
        id="bitget-anti-phishing-code",
        title="防钓鱼码设置说明",
        url=_article("12560603816158"),
        kind="official-text",
        checked=CHECKED,
        published=D(2024, 9, 27),
    ),
    Source(
        id="bitget-anti-phishing-login",
        title="在 App 中设置和查看防钓鱼码",
        url=_article("12560603821297"),
        kind="official-text",
        checked=CHECKED,
        published=D(2025, 1, 17),
    ),
    Source(
        id="bitget-sms-phishing",
        title="Bitget Academy：如何识别和防范短信钓鱼",
        url="https://www.bitget.com/zh-CN/academy/12560603814516",
        kind="official-text",
        checked=CHECKED,
        published=D(2024, 8, 19),
    ),
    Source(
        id="bitget-phishing-notice",
        title="钓鱼链接与冒充客服提醒（Bitget 公告）",
        url=_article("12560603810633"),
        kind="official-text",
        checked=CHECKED,
    ),
    Source(
        id="bitget-close-account",
        title="如何注销账户（App）",
        url=_article("12560603821825"),
        kind="official-text",
        checked=CHECKED,
        published=D(2025, 1, 23),
    ),
    # -- sources: problems ------------------------------------------------------
    Source(
        id="bitget-hacked-account",
        title="账户被盗后怎么办（Bitget 帮助中心）",
        url=_article("12560603821284"),
        kind="official-text",
        checked=CHECKED,
        published=D(2025, 1, 17),
    ),
    Source(
        id="bitget-tag-memo",
        title="充值时标签（Tag/Memo）填错或漏填",
        url=_article("12560603811939"),
        kind="official-text",
        checked=CHECKED,
    ),
    Source(
        id="bitget-reset-2fa",
        title="安全项丢失时如何自助重置二次验证（Reset 2FA）",
        url=_article("12560603821283"),
        kind="official-text",
        checked=CHECKED,
        published=D(2025, 1, 17),
    ),
    Source(
        id="bitget-withdrawal-failed",
        title="提现失败或受限的原因",
        url=_article("12560603807361"),
        kind="official-text",
        checked=RECHECKED,
        published=D(2024, 3, 29),
        note="我们还读过一个较新的版本，多了身份认证、异常活动、跟单和理财资金几条",
    ),
    Source(
        id="bitget-change-password",
        title="如何修改登录密码（网页端）",
        url=_article("12560603821818"),
        kind="official-text",
        checked=CHECKED,
    ),
    Source(
        id="bitget-change-ga",
        title="如何修改谷歌验证器",
        url=_article("12560603821830"),
        kind="official-text",
        checked=CHECKED,
        published=D(2025, 1, 23),
    ),
    Source(
        id="bitget-change-email",
        title="如何修改邮箱（App）",
        url=_article("12560603821836"),
        kind="official-text",
        checked=CHECKED,
        published=D(2025, 1, 23),
    ),
    Source(
        id="bitget-withdrawal-not-arrived",
        title="为什么我的提现还没到账",
        url=_article("12560603820649"),
        kind="official-text",
        checked=CHECKED,
    ),
    Source(
        id="bitget-withdrawal-status",
        title="如何查看充值和提现记录",
        url=_article("12560603820644"),
        kind="official-text",
        checked=CHECKED,
        published=D(2024, 12, 31),
    ),
    Source(
        id="bitget-deposit-refund",
        title="未到账充值的自助退回",
        url=_article("12560603811938"),
        kind="official-text",
        checked=CHECKED,
        published=D(2024, 6, 28),
    ),
    Source(
        id="bitget-deposit-minimum",
        title="低于最小充值数量的充值",
        url=_article("12560603811798"),
        kind="official-text",
        checked=CHECKED,
    ),
    Source(
        id="bitget-exchange-refund",
        title="其他交易所退回到 Bitget 热钱包的资产",
        url=_article("12560603820602"),
        kind="official-text",
        checked=CHECKED,
    ),
    Source(
        id="bitget-lost-ga",
        title="丢失谷歌验证器时如何解绑（网页端）",
        url=_article("12560603808511"),
        kind="official-text",
        checked=CHECKED,
        note="较早的教程，页面上的按钮名称可能已变。",
    ),
    Source(
        id="bitget-ga-setup",
        title="如何设置谷歌验证器",
        url=_article("12560603821828"),
        kind="official-text",
        checked=CHECKED,
        published=D(2025, 1, 23),
    ),
    Source(
        id="bitget-verification-email",
        title="收不到验证邮件怎么办",
        url=_article("12560603821281"),
        kind="official-text",
        checked=D(2026, 12, 3),
    ),
    Source(
        id="bitget-kyc-faq",
        title="身份认证（KYC）常见问题",
        url=_article("12560603797957"),
        kind="official-text",
        checked=CHECKED,
        note="本站只用它列出的受限国家和地区；它关于提现的旧说法已被 2024 年 7 月 20 日起的规定取代",
    ),
    Source(
        id="bitget-kyc-withdrawal-rule",
        title="公告：2024 年 7 月 20 日起，未完成一级身份认证的用户将无法提现",
        url=_article("12560603810682"),
        kind="official-text",
        checked=RECHECKED,
        published=D(2024, 6, 4),
    ),
    Source(
        id="bitget-wrong-network-deposit",
        title="充错币种或网络怎么办",
        url=_article("12560603820594"),
        kind="official-text",
        checked=RECHECKED,
        published=D(2024, 12, 30),
    ),
    Source(
        id="bitget-law-enforcement",
        title="资产被盗：报警与执法协助（较早的版本）",
        url="https://www.bitget.com/vi/support/articles/12560603800342",
        kind="official",
        checked=RECHECKED,
        note="在 www.bitget.com 上我们只找到越南文的版本",
        language="vi",
    ),
    Source(
        id="bitget-stolen-assets",
        title="资产被盗后怎么办（执法协助说明的较新版本）",
        url=_article("12560603829062"),
        kind="official-text",
        checked=RECHECKED,
        published=D(2025, 6, 9),
    ),
    # -- sources: government and press ----------------------------------------
    Source(
        id="ftc-recovery-scams",
        title="FTC：Refund and Recovery Scams",
        url="https://www.consumer.ftc.gov/articles/0102-refund-and-recovery-scams",
        kind="government",
        checked=CHECKED,
        language="en",
    ),
    Source(
        id="ftc-crypto-payment",
        title="FTC：Did someone insist you pay them in cryptocurrency?",
        url="https://consumer.ftc.gov/consumer-alerts/2023/08/did-someone-insist-you-pay-them-cryptocurrency",
        kind="government",
        checked=CHECKED,
        published=D(2023, 8, 1),
        language="en",
    ),
    Source(
        id="coindesk-fbi-fake-support",
        title="CoinDesk：FBI 提醒有人冒充加密货币交易所客服",
        url="https://www.coindesk.com/markets/2018/03/29/scammers-are-posing-as-crypto-exchange-support-staff-says-fbi/",
        kind="press",
        checked=CHECKED,
        published=D(2018, 3, 29),
        language="en",
    ),
    Source(
        id="technadu-fbi-fake-law-firms",
        title="TechNadu：FBI 提醒冒充律所的「追回资金」骗局",
        url="https://www.technadu.com/fake-law-firms-pretending-to-work-with-fbi-target-crypto-scam-victims/535932/",
        kind="press",
        checked=CHECKED,
        published=D(2024, 6, 26),
        note="转述 FBI 互联网犯罪投诉中心（IC3）的公告；公告本身未在 www.ic3.gov 上复核",
        language="en",
    ),
    Source(
        id="police-sg-platform-impersonation",
        title="新加坡警方：冒充加密货币平台的骗局提醒",
        url=(
            "https://www.police.gov.sg/media-room/news/"
            "20250703_police_advisory_on_scams_involving_the_impersonation_of_cryptocurrency_platforms"
        ),
        kind="government",
        checked=RECHECKED,
        published=D(2025, 7, 3),
        language="en",
    ),
    Source(
        id="police-sg-phishing",
        title="新加坡警方：涉及加密货币平台的钓鱼骗局提醒",
        url=(
            "https://www.police.gov.sg/Media-Hub/News/2025/10/"
            "20251016_police_advisory_on_phishing_scams_involving_cryptocurrency_platforms"
        ),
        kind="government",
        checked=RECHECKED,
        published=D(2025, 10, 16),
        language="en",
    ),
    # -- sources: the seven problem pages of issue 16 ----------------------------
    Source(
        id="bitget-kyc-rejected",
        title="身份认证被拒的原因",
        url=_article("12560603808909"),
        kind="official-text",
        checked=RECHECKED,
        published=D(2024, 4, 27),
    ),
    Source(
        id="bitget-kyc-guide",
        title="如何完成身份认证",
        url="https://www.bitget.com/zh-TC/support/articles/12560603795184",
        kind="official",
        checked=RECHECKED,
        published=D(2023, 7, 19),
        note="我们在 www.bitget.com 上读到的是繁体中文版本",
        language="zh-TW",
    ),
    Source(
        id="bitget-edd-faq",
        title="加强审核（EDD）常见问题",
        url=_article("12560603849340"),
        kind="official-text",
        checked=RECHECKED,
        published=D(2026, 1, 27),
    ),
    Source(
        id="bitget-edd-web",
        title="加强审核（EDD）网页端操作指南",
        url=_article("12560603849333"),
        kind="official-text",
        checked=RECHECKED,
    ),
    Source(
        id="bitget-edd-bank",
        title="银行卡入金的加强审核",
        url=_article("12560603809093"),
        kind="official-text",
        checked=RECHECKED,
        published=D(2024, 4, 30),
    ),
    Source(
        id="bitget-p2p-video",
        title="P2P 申诉视频指南",
        url=_article("12560603801254"),
        kind="official-text",
        checked=RECHECKED,
    ),
    Source(
        id="bitget-inheritance",
        title="账户持有人去世后的继承申请",
        url=_article("12560603865282"),
        kind="official-text",
        checked=RECHECKED,
        published=D(2026, 3, 4),
    ),
    # -- sources: trading (orders, liquidation, copy trading), read 2026-12-03 ---
    Source(
        id="bitget-estimated-liq-price",
        title="Bitget 合约：预估强平价格",
        url=_article("360053047612"),
        kind="official",
        checked=D(2026, 12, 3),
        note="较早的页面，没有日期。页面底部的旧联系方式（微信号等）本站不采用",
    ),
    Source(
        id="bitget-leverage-risk",
        title="Bitget 合约：杠杆与风险管理",
        url=_article("360058821652"),
        kind="official-text",
        checked=D(2026, 12, 3),
        published=D(2025, 2, 7),
        note="我们读到的是英文版本",
    ),
    Source(
        id="bitget-leverage-risk-coinm",
        title="Bitget 币本位合约：杠杆与风险管理",
        url="https://www.bitget.com/en/support/articles/360059291091",
        kind="official",
        checked=D(2026, 12, 3),
        note="较早的页面，没有日期",
        language="en",
    ),
    Source(
        id="bitget-tpsl-not-filled",
        title="Bitget 合约：为何止盈止损价格到了却未成交？",
        url=_article("12560603828238"),
        kind="official-text",
        checked=D(2026, 12, 3),
        published=D(2025, 5, 27),
    ),
    Source(
        id="bitget-quick-order",
        title="Bitget 合约：网页端的快速挂单与吃单",
        url="https://www.bitget.com/vi/support/articles/360052311572",
        kind="official",
        checked=D(2026, 12, 3),
        note="没有找到中文版本",
        language="vi",
    ),
    Source(
        id="bitget-flash-order",
        title="Bitget 合約：閃電開倉/閃電平倉",
        url="https://www.bitget.com/zh-TW/support/articles/360052756191",
        kind="official",
        checked=D(2026, 12, 3),
        language="zh-TW",
    ),
    Source(
        id="bitget-insurance-fund",
        title="Bitget 合约：风险准备金介绍",
        url=_article("360059239211"),
        kind="official-text",
        checked=D(2026, 12, 3),
    ),
    Source(
        id="bitget-adl",
        title="Bitget 合约：自动减仓（ADL）介绍",
        url=_article("12560603800805"),
        kind="official-text",
        checked=D(2026, 12, 3),
        note="我们读到的是英文版本",
    ),
    Source(
        id="bitget-copy-unfollow",
        title="Bitget 一键跟单：跟随者可以取消跟随交易专家",
        url="https://www.bitget.com/vi/support/articles/8166496742553",
        kind="official",
        checked=D(2026, 12, 3),
        published=D(2022, 7, 5),
        note="没有找到中文版本；菜单名称是本站的翻译",
        language="vi",
    ),
    Source(
        id="bitget-copy-my-trades",
        title="Bitget 跟单：跟随者查看「我的跟单」",
        url=_article("8193264120345"),
        kind="official-text",
        checked=D(2026, 12, 3),
        note="我们读到的是英文版本",
    ),
    Source(
        id="bitget-copy-profit-share",
        title="Bitget 一键跟单：交易专家的分润",
        url=_article("9083311039641"),
        kind="official-text",
        checked=D(2026, 12, 3),
        published=D(2024, 1, 12),
    ),
    Source(
        id="bitget-copy-faq",
        title="Bitget 跟单常见问题",
        url="https://www.bitget.com/en-GB/support/articles/12560603777069",
        kind="official",
        checked=D(2026, 12, 3),
        language="en",
    ),
    Source(
        id="bitget-trader-settings",
        title="Bitget 一键跟单：交易专家个人设置",
        url=_article("8948447538457"),
        kind="official-text",
        checked=D(2026, 12, 3),
        published=D(2022, 7, 28),
    ),
    # -- sources: issue 21 (P2P appeals and escrow, the mainland exit) ------------
    Source(
        id="bitget-p2p-appeal-closed-web",
        title="已完成或已取消的 P2P 订单如何申诉（网页端）",
        url=_article("12560603820633"),
        kind="official-text",
        checked=ISSUE21_CHECKED,
        published=D(2024, 12, 30),
        note="我们读到的是英文副本，按钮名称出自英文页面",
    ),
    Source(
        id="bitget-p2p-appeal-closed-app",
        title="已完成或已取消的 P2P 订单如何申诉（App）",
        url=_article("12560603820636"),
        kind="official-text",
        checked=ISSUE21_CHECKED,
        published=D(2024, 12, 30),
        note="我们读到的是英文副本，按钮名称出自英文页面",
    ),
    Source(
        id="bitget-p2p-faq",
        title="P2P 交易常见问题",
        url=_article("12560603775522"),
        kind="official-text",
        checked=ISSUE21_CHECKED,
        note="我们读到的是英文副本",
    ),
    Source(
        id="bitget-p2p-rules",
        title="P2P 交易规则",
        url=_article("6860529839257"),
        kind="official-text",
        checked=ISSUE21_CHECKED,
        note="我们读到的是英文副本；本站只用买方须知里的几条",
    ),
    Source(
        id="bitget-p2p-scams",
        title="如何避免常见的 P2P 骗局",
        url=_article("12560603813460"),
        kind="official-text",
        checked=ISSUE21_CHECKED,
        published=D(2024, 7, 29),
        note="我们读到的是英文副本，还读过一个较新的版本",
    ),
    Source(
        id="bitget-mainland-exit",
        title="公告：中国大陆存量用户现货和合约的清退流程",
        url=_article("4410146011289"),
        kind="official-text",
        checked=ISSUE21_CHECKED,
        note="2021 年 12 月的公告；我们读到的是英文副本",
    ),
    # -- sources: reporting lines in mainland China, Hong Kong and Taiwan ------------
    Source(
        id="xinhua-report-110",
        title="新华网：公安部发布电信网络诈骗案件报案注意事项",
        url="https://www.baojingrm.cn/content/2016/10/19/5882641.html",
        kind="press",
        checked=ISSUE21_CHECKED,
        published=D(2016, 10, 19),
        note="我们读到的是湖南保靖县新闻网站对新华网报道的转载，没有在公安部网站上找到原文",
    ),
    Source(
        id="jstv-96110",
        title="江苏广电总台：南京反诈专用号码上线，96110 来电要接听",
        url="https://news.jstv.com/a/20210326/1616756677935.shtml",
        kind="press",
        checked=ISSUE21_CHECKED,
        published=D(2021, 3, 26),
    ),
    Source(
        id="bjd-96110",
        title="北京日报：96110 这个电话一定要接",
        url="https://m.takefoto.cn/viewnews-2299251.html",
        kind="press",
        checked=ISSUE21_CHECKED,
        published=D(2020, 9, 20),
        note="北京晚报网站转载北京日报微信公众号，注明出自公安部刑侦局；我们没有在公安部网站上找到原文",
    ),
    Source(
        id="hk-gov-adcc",
        title="香港政府新闻网：反诈骗协调中心启用，设「防骗易」电话咨询服务",
        url="https://news.gov.hk/tc/categories/law_order/html/2017/07/20170720_201901.shtml",
        kind="government",
        checked=ISSUE21_CHECKED,
        published=D(2017, 7, 20),
        language="zh-TW",
    ),
    Source(
        id="hk-police-18222",
        title="香港警务处《警声》：「收线、核实、揾求助」，致电「防骗易」二十四小时咨询热线",
        url="https://police.gov.hk/offbeat/1156/sim/8540.html",
        kind="government",
        checked=ISSUE21_CHECKED,
    ),
    Source(
        id="hk-police-ereport",
        title="香港警务处《警声》：新的网上报案中心（e-Report Centre）",
        url="https://police.gov.hk/offbeat/1115/eng/6873.html",
        kind="government",
        checked=ISSUE21_CHECKED,
        language="en",
    ),
    Source(
        id="hk-press-scameter-plus",
        title="星岛日报：警方推出升级版「防骗视伏 App」（Scameter+）",
        url="https://hd.stheadline.com/ncov/news-detail.php?r=1984681&y=2024",
        kind="press",
        checked=ISSUE21_CHECKED,
        note="2024 年的报道，页面没有写明日期",
    ),
    Source(
        id="hk-press-fake-adcc",
        title="星岛日报：骗徒扮警方反诈中心，声称助追款二次诈骗受害人",
        url=(
            "https://www.stheadline.com/zh-hans/breaking-news/3541408/"
            "%E9%AA%97%E5%BE%92%E6%89%AE%E8%AD%A6%E6%96%B9%E5%8F%8D%E8%AF%88%E4%B8%AD%E5%BF%83-%E5%A3%B0%E7%A7%B0"
            "%E5%8A%A9%E8%BF%BD%E6%AC%BE%E4%BA%8C%E6%AC%A1%E8%AF%88%E9%AA%97%E5%8F%97%E5%AE%B3%E4%BA%BA-%E7%9B%97"
            "%E7%94%A8%E5%AE%98%E6%96%B9%E5%8F%A3%E5%8F%B7%E5%8D%9A%E4%BF%A1%E4%BB%BB"
        ),
        kind="press",
        checked=ISSUE21_CHECKED,
        published=D(2026, 2, 3),
    ),
    Source(
        id="tw-miaoli-165",
        title="苗栗县通霄镇公所：警政署 165 全民防骗网",
        url="https://tongsiao.house.miaoli.gov.tw/News_Content.aspx?n=1212&s=797576&sms=9813",
        kind="government",
        checked=ISSUE21_CHECKED,
        language="zh-TW",
    ),
    Source(
        id="tw-udn-165",
        title="联合报：刑事警察局 2005 年成立 165 反诈骗专线，全年无休",
        url="https://udn.com/news/story/7239/8935226",
        kind="press",
        checked=ISSUE21_CHECKED,
        published=D(2025, 8, 13),
        language="zh-TW",
    ),
    Source(
        id="tw-yahoo-165-110",
        title="每日揭诈：165 防诈骗咨询专线与 110 报案专线",
        url=(
            "https://tw.news.yahoo.com/"
            "%E6%AF%8F%E6%97%A5%E6%8F%AD%E8%A9%90-%E8%AA%A4%E4%BF%A1%E5%81%87-%E6%88%B6%E6%94%BF%E4%BA%BA%E5%93%A1-"
            "%E4%BE%86%E9%9B%BB%E8%BD%89%E6%8E%A5%E5%81%87%E8%AD%A6-%E6%B0%91%E7%9C%BE%E6%85%98%E5%99%B4258%E8%90%AC"
            "%E7%A9%8D%E8%93%84-043727734.html"
        ),
        kind="press",
        checked=ISSUE21_CHECKED,
        language="zh-TW",
        note="引用警政署防诈中心的统计；页面没有写明年份",
    ),
)

# ---------------------------------------------------------------------------
# Facts: statements about Bitget, each with its sources
# ---------------------------------------------------------------------------

FACTS = (
    # -- facts: safety, scams and verification --------------------------------
    Fact(
        id="official-domain",
        text="Bitget 提醒用户只信任官网 www.bitget.com。",
        status="confirmed",
        sources=("bitget-never-release-funds", "bitget-phishing-alert"),
    ),
    Fact(
        id="never-ask-secrets",
        text="Bitget 说明其工作人员不会索要密码、二次验证码或私钥。",
        status="confirmed",
        sources=("bitget-never-release-funds", "bitget-scam-victim-guide", "bitget-phishing-alert"),
    ),
    Fact(
        id="fake-support-seen",
        text="Bitget 安全团队发现有钓鱼链接和冒充客服的骗局，并请用户把可疑的网站和消息报告给客服团队。",
        status="confirmed",
        sources=("bitget-phishing-alert", "bitget-phishing-notice"),
    ),
    Fact(
        id="scam-red-flags",
        text="Bitget 列出的诈骗信号：自称 Bitget 主动联系你，催你赶快行动，索要敏感信息，承诺稳赚不赔，仿冒的网站，虚假的赠送活动。",
        status="confirmed",
        sources=("bitget-scam-victim-guide",),
    ),
    Fact(
        id="p2p-escrow-phishing",
        text="Bitget 提醒：有冒充 Bitget 的钓鱼邮件，要你为 P2P 交易支付一笔「担保」（escrow）款项。Bitget P2P 不会在钱到你的银行账户之前要你放币，也不会通过邮件、聊天消息或 Telegram 索要密码、私钥等敏感信息。",
        status="confirmed",
        sources=("bitget-never-release-funds",),
        note="这里的「担保」是骗子要你另外付的一笔钱。订单里卖方的币由平台锁定（Bitget 的 P2P 常见问题），见「P2P 交易纠纷」一页。",
    ),
    Fact(
        id="official-apps",
        text="Bitget 提醒只从 Google Play、Apple App Store 或 Bitget 官方平台下载 App；Bitget 发出的短信通知大多不含链接。",
        status="confirmed",
        sources=("bitget-phishing-alert",),
    ),
    Fact(
        id="sms-spoofing",
        text="诈骗团伙会伪造短信发件人，假短信可能和真的 Bitget 短信出现在同一个对话里。不要点短信里的链接。",
        status="confirmed",
        sources=("bitget-sms-phishing",),
    ),
    Fact(
        id="verification-tool",
        text="Bitget 提供官方验证工具（Official Verification），可查询网页、邮箱或社交媒体账号是否为官方渠道。",
        status="confirmed",
        sources=("bitget-never-release-funds", "bitget-verify-channels"),
        note="我们没有找到这个工具在 www.bitget.com 上的确切网址，请在官方帮助中心搜索「官方验证」。",
    ),
    Fact(
        id="verification-tool-steps",
        text="使用官方验证工具：选择类型（网页、邮箱或社交媒体账号），输入网址、邮箱地址或用户名，点击搜索。结果显示 Official Bitget Channel（官方渠道）或 Not an Official Bitget Channel（不是官方渠道）。可疑的渠道可以用 Report（举报）按钮上传截图，交给 Bitget 安全团队。",
        status="confirmed",
        sources=("bitget-verify-channels",),
        note="按钮和结果的文字来自英文版说明，中文界面的措辞可能不同。",
    ),
    Fact(
        id="anti-phishing-code",
        text="在安全设置里设置防钓鱼码后，Bitget 的官方邮件和短信（短信验证码除外）都会带上这个码。英文网页版的路径为 Profile > Security > Anti-Phishing Code，中文界面的写法可能不同。",
        status="confirmed",
        sources=("bitget-anti-phishing-code",),
    ),
    Fact(
        id="anti-phishing-code-format",
        text="防钓鱼码为 8–32 位。短信里只显示前 6 位，所以要在短信里也显示，防钓鱼码只能用数字。",
        status="confirmed",
        sources=("bitget-anti-phishing-code",),
    ),
    Fact(
        id="anti-phishing-code-login",
        text="登录官方 App 时也会显示防钓鱼码。防钓鱼码没有出现或不对，可能是仿冒的网站、邮件或短信。",
        status="confirmed",
        sources=("bitget-anti-phishing-login",),
    ),
    Fact(
        id="recovery-scams-ftc",
        text="美国联邦贸易委员会（FTC）提醒：骗子专找已经被骗过的人，冒充政府机构、消费者组织、律师或原来的公司，声称能追回损失，但要先收费；付了钱只会损失更多。",
        status="confirmed",
        sources=("ftc-recovery-scams",),
    ),
    Fact(
        id="crypto-payment-ftc",
        text="FTC 提醒：只有骗子才会坚持要你用加密货币付款；加密货币付款通常无法撤回。FTC 的举报网站是 ReportFraud.ftc.gov。",
        status="confirmed",
        sources=("ftc-crypto-payment",),
    ),
    Fact(
        id="fbi-fake-support-numbers",
        text="FBI 的互联网犯罪投诉中心（IC3）在 2018 年提醒：骗子发布假的加密货币交易所客服电话（包括搜索结果里的广告），再把受害者的币转到一个「临时」钱包，之后不再归还。",
        status="confirmed",
        sources=("coindesk-fbi-fake-support",),
    ),
    Fact(
        id="fbi-fake-recovery",
        text="FBI 提醒：有人冒充律所或「追回资金」服务，声称与 FBI 等政府机构合作，索要身份和银行信息，并要求先付手续费或「税费」。2023 年 2 月至 2024 年 2 月，这类骗局的报案损失超过 990 万美元。受害者可以向 IC3 报案。",
        status="confirmed",
        sources=("technadu-fbi-fake-law-firms",),
    ),
    # -- facts: channels ---------------------------------------------------------
    Fact(
        id="support-email",
        text="Bitget 官方页面列出的客服邮箱是 support@bitget.com。",
        status="confirmed",
        sources=("bitget-api-guide",),
        note="这是 2020 年的页面；目前是否仍有人处理，未见官方说明。",
    ),
    Fact(
        id="email-reply-time",
        text="那篇流传的文章说邮件回复需要一定时间，紧急问题可以在主题里注明。",
        status="not-confirmed",
        sources=("bitget-api-guide",),
        note="Bitget 官方页面没有写明邮件的回复时间，也没有说明如何标注紧急。急事请同时用官网或官方 App 里的在线客服，或提交工单。",
        claimed_by="网上流传的「Bitget 账户异常如何联系客服」一文（本站核对的起点）。",
    ),
    Fact(
        id="live-chat-exists",
        text="Bitget 的帮助文字让账户被盗的用户通过在线客服联系客服冻结账户，并提供注册邮箱、UID 或手机号、情况描述和截图。",
        status="confirmed",
        sources=("bitget-hacked-account",),
    ),
    Fact(
        id="live-chat-24-7",
        text="那篇流传的文章说在线客服 7×24 小时全天候服务。",
        status="not-confirmed",
        sources=("bitget-hacked-account", "bitget-api-guide", "bitget-p2p-appeal-web"),
        note="我们读过的 Bitget 官方页面没有写明在线客服的服务时间。找不到或打不开在线客服时，提交工单。",
        claimed_by="网上流传的「Bitget 账户异常如何联系客服」一文（本站核对的起点）；一些中文内容网站也这样写，都没有给出官方出处。",
    ),
    Fact(
        id="live-chat-location",
        text=(
            "在线客服的入口：网页端在屏幕右下角（英文界面为 Help），选择语言后开始对话（英文界面为 Start chat）；"
            "App 里有在线客服按钮（2022 年的 App 指南里写作 Live Chat）。"
        ),
        status="confirmed",
        sources=("bitget-p2p-appeal-web", "bitget-p2p-appeal-app"),
        note="这两页是 2022 年的 P2P 申诉指南，入口可能已变；服务时间未见官方说明。",
    ),
    Fact(
        id="self-service-section",
        text="Bitget 支持页面有自助服务区，其中有重置二次验证（英文界面为 Self-Service、Reset 2FA；中文界面的写法可能不同）。",
        status="confirmed",
        sources=("bitget-reset-2fa",),
    ),
    Fact(
        id="ticket-form",
        text="Bitget 帮助中心有「提交请求」表单：依次选「查询主题」「咨询类型」和「具体咨询问题」，填写 UID、电子邮件地址、主题和描述，可上传附件。",
        status="confirmed",
        sources=("bitget-tag-memo", "bitget-exchange-refund"),
    ),
    Fact(
        id="phone-support",
        text="那篇流传的文章说 Bitget 提供电话客服。",
        status="not-confirmed",
        sources=("bitget-api-guide", "bitget-phishing-alert"),
        note="我们读过的 Bitget 官方页面都没有列出电话。要快，用官网或官方 App 里的在线客服；要书面记录，提交工单。",
        claimed_by="网上流传的「Bitget 账户异常如何联系客服」一文（本站核对的起点）；有中文内容网站提到「客服热线」，但没有给出号码，也没有官方出处。",
    ),
    Fact(
        id="phone-numbers-online",
        text="网上有号码自称「Bitget 客服电话」：一律不要拨打。",
        status="not-recommended",
        sources=("bitget-api-guide", "bitget-phishing-alert"),
        note="我们读过的 Bitget 官方页面都没有列出电话。骗子会把假的交易所客服电话放进搜索广告，见下面 FBI 的提醒。",
        claimed_by="搜索结果和广告、论坛、评论区，以及一些内容网站。本站不转载任何号码。",
    ),
    Fact(
        id="contact-list-no-phone",
        text="Bitget 2020 年官方页面的「Contact Us」和「Official Channels」列出了客服邮箱和社交媒体，没有电话。",
        status="confirmed",
        sources=("bitget-api-guide",),
    ),
    Fact(
        id="social-accounts",
        text="Bitget 官方页面列出的官方渠道包括 Twitter、Discord、Telegram、LinkedIn、Reddit、Facebook、Instagram、YouTube 和 Medium。",
        status="confirmed",
        sources=("bitget-api-guide",),
        note="2020 年的页面，没有写出账号名；账号是否官方，请用官方验证工具查询。",
    ),
    Fact(
        id="telegram-community",
        text="Bitget 的英文官方 Telegram 群是有管理员的社区群，官方没有说它处理账户问题。",
        status="confirmed",
        sources=("bitget-telegram-group",),
    ),
    Fact(
        id="social-support",
        text="那篇流传的文章说可以在社交媒体上私信或留言，由官方客服处理账户问题。",
        status="not-recommended",
        sources=("bitget-telegram-group", "bitget-never-release-funds"),
        note="官方没有说社交媒体处理账户问题；Bitget 还提醒 P2P 不会通过 Telegram 索要敏感信息。要处理账户，用官网或官方 App 里的在线客服，或提交工单。",
        claimed_by="网上流传的「Bitget 账户异常如何联系客服」一文（本站核对的起点）；一些内容网站还说下班时间可以私信 Twitter、Facebook。",
    ),
    # -- facts: problems ---------------------------------------------------------
    Fact(
        id="withdrawal-24h-lock",
        text=(
            "修改或重置登录密码、资金密码、谷歌验证器（二次验证）、邮箱或手机号后，提现会被限制 24 小时，之后自动解除；"
            "修改登录密码、谷歌验证器或邮箱后，P2P 交易也会暂停 24 小时。"
        ),
        status="confirmed",
        sources=("bitget-withdrawal-failed", "bitget-change-password", "bitget-change-ga", "bitget-change-email"),
    ),
    Fact(
        id="withdrawal-unusual-activity",
        text="检测到异常活动（可疑的登录尝试或不寻常的交易）时，也会触发 24 小时的提现限制。",
        status="confirmed",
        sources=("bitget-withdrawal-failed",),
        note="这一条出自文章的较新版本。除了改安全设置后的 24 小时限制，其他限制会不会自动解除，未见官方说明。",
    ),
    Fact(
        id="withdrawal-causes",
        text="提现失败的常见原因：资金被挂单、P2P、跟单交易或理财（Earn、质押）占用，金额超过现货可用余额（体验金不能提现），地址无效，标签（Tag/Memo）缺失或错误（可能造成资产损失），低于最小提现数量，超出 VIP 或身份认证等级的额度，或该网络暂停提现。",
        status="confirmed",
        sources=("bitget-withdrawal-failed",),
    ),
    Fact(
        id="kyc-review-time",
        text="待审核的身份认证（KYC）通常在 24 小时左右审核完。",
        status="confirmed",
        sources=("bitget-withdrawal-failed",),
    ),
    Fact(
        id="withdrawal-manual-review",
        text="金额较大的提现可能需要人工审核；网络拥堵也会让到账变慢，这不在 Bitget 控制之内。",
        status="confirmed",
        sources=("bitget-withdrawal-not-arrived",),
    ),
    Fact(
        id="withdrawal-cancel",
        text="提现有「取消提现」功能，它会让提现至少延后 1 分钟处理。",
        status="confirmed",
        sources=("bitget-withdrawal-failed",),
        note="在哪里取消、处理中的提现还能不能取消，未见官方说明。",
    ),
    Fact(
        id="withdrawal-statuses",
        text="提现记录会显示五种状态：待处理（Pending）、处理中（Processing）、成功（Successful）、失败（Failed）、已取消（Cancelled）。记录在资产总览的充值/提现记录里。",
        status="confirmed",
        sources=("bitget-withdrawal-status",),
        note="记录所在的路径译自外文说明，中文界面的写法可能不同。",
    ),
    Fact(
        id="deposit-below-minimum",
        text="低于最小充值数量的充值既不会入账，也不会退回。",
        status="confirmed",
        sources=("bitget-deposit-minimum",),
    ),
    Fact(
        id="deposit-tag-recovery",
        text="XRP、EOS、XLM 等需要标签（Tag/Memo）的币种，标签填错或漏填时，要通过「提交请求」申请找回：查询主题选「充值」，咨询类型选「链上充值」，具体咨询问题选「我想咨询有关 XRP/EOS/XLM 充值的问题」。一般约 10 个工作日，可能收取手续费，且不保证找回。",
        status="confirmed",
        sources=("bitget-tag-memo",),
        note=HANDLING_FEE_NOTE,
    ),
    Fact(
        id="deposit-self-refund",
        text="充值了未上线或已下架的币种，或用了不支持的网络，可以在官网充值页面自助申请退回未到账充值。退回属于善意处理，不保证成功，最长约 10 个工作日。",
        status="confirmed",
        sources=("bitget-deposit-refund",),
    ),
    Fact(
        id="deposit-refund-to-sender",
        text="自助退回会把资产在链上退回到你转出时的发送地址；申请表要填网络、代币合约地址、发送地址、充值地址、TxID 和数量。",
        status="confirmed",
        sources=("bitget-deposit-refund",),
    ),
    Fact(
        id="deposit-not-all-recoverable",
        text="充错币种或网络时，不是每个网络都支持退回或找回。",
        status="confirmed",
        sources=("bitget-wrong-network-deposit",),
    ),
    Fact(
        id="deposit-exchange-refund",
        text="其他平台退回到 Bitget 热钱包地址的资产，先核对 TxID，再通过「提交请求」申请；只有支持的币种和网络能找回，可能需要时间并收取费用。",
        status="confirmed",
        sources=("bitget-exchange-refund",),
        note=HANDLING_FEE_NOTE,
    ),
    Fact(
        id="hacked-first-steps",
        text="账户可能被盗时，Bitget 建议：修改登录密码，在「设备管理」中删除不认识的设备，开启二次验证，删除不认识的 API Key；如果无法自己保护账户，立即通过在线客服联系客服冻结账户。",
        status="confirmed",
        sources=("bitget-hacked-account",),
    ),
    Fact(
        id="reset-2fa-self-service",
        text="安全项丢失时，可以在 Bitget 帮助中心的自助服务区使用「重置二次验证」（英文界面为 Reset 2FA），需要回答问题并上传证件照片和手持证件自拍。",
        status="confirmed",
        sources=("bitget-reset-2fa",),
        note="审核时长未见官方说明。",
    ),
    Fact(
        id="account-restriction-reasons",
        text="账户可能因被盗、与诈骗者有往来、与受制裁方有关联、前往受制裁的国家或地区、违反服务条款、缺少身份或反洗钱材料、资金与黑客或欺诈有关、恶意行为等原因被冻结或限制；Bitget 说明冻结是一种安全措施。",
        status="confirmed",
        sources=("bitget-account-restrictions",),
    ),
    Fact(
        id="login-anti-phishing-app",
        text="设置了防钓鱼码后，登录 App 时也会显示这个码。没有显示或显示不对，可能是仿冒的网站、邮件或短信，应联系客服。",
        status="confirmed",
        sources=("bitget-anti-phishing-login",),
    ),
    Fact(
        id="login-verification-email",
        text=(
            "收不到验证邮件时，Bitget 建议把它列出的几个发件人地址加入邮箱白名单："
            + "、".join(VERIFICATION_SENDERS)
            + "。还可以点重新发送：每 120 秒一次，最多 3 次，每次换一家邮件服务商发送。"
        ),
        status="confirmed",
        sources=("bitget-verification-email",),
        note="本站的提醒：只把这几个地址加入白名单，不要把整个 bitget.com 加进去。" + SENDER_RULE,
    ),
    Fact(
        id="password-recovery",
        text="那篇流传的文章说 Bitget 在登录页面提供找回密码功能，按提示操作即可。",
        status="not-confirmed",
        sources=("bitget-withdrawal-failed", "bitget-change-password"),
        note="Bitget 的帮助文字提到可以「重置登录密码」，重置后提现受限 24 小时；但我们没有读到写明找回入口和步骤的官方页面。请以官网登录页面显示的为准。",
        claimed_by="网上流传的「Bitget 账户异常如何联系客服」一文（本站核对的起点）。",
    ),
    Fact(
        id="ga-backup-key",
        text="设置谷歌验证器时应保存备份密钥。验证器丢失时，可以用备份密钥恢复，或在自助服务页面重置。",
        status="confirmed",
        sources=("bitget-ga-setup",),
    ),
    Fact(
        id="ga-edit-vs-reset",
        text="还能使用旧的谷歌验证器时，用「修改」更换；旧验证器已经无法使用时，用「重置谷歌验证器」。",
        status="confirmed",
        sources=("bitget-change-ga",),
    ),
    Fact(
        id="lost-ga-at-login",
        text="网页端的旧版教程：登录时在验证页面点收不到验证码的入口，再点安全项不可用，选择谷歌验证不可用并解绑；之后输入邮箱或短信验证码，回答 5 个必答的安全问题，并上传身份认证材料。",
        status="confirmed",
        sources=("bitget-lost-ga",),
        note="这是较早的教程，我们读到的是外文版本，按钮名称是本站的译法，也可能已变。安全问题只在这个官方流程里回答，不要告诉聊天、私信或电话里的任何人。",
    ),
    Fact(
        id="reset-2fa-materials",
        text="使用「重置二次验证」时，会问到最近登录的地点和设备（手机或电脑）、账户活动（持有的资产、收藏、交易类型），并要上传证件照片和手持证件自拍。曾从其他平台转入资产的，要提供转出平台的提现记录，不接受充值截图。文件格式为 PNG、JPG、JPEG（每个不超过 2 MB）或 MP4（不超过 20 MB）。",
        status="confirmed",
        sources=("bitget-reset-2fa",),
        note="本站的提醒：这些问题的答案和证件自拍，足够让别人去抢你的账户。只在 Bitget 自己的「重置二次验证」页面里填写，不要告诉聊天、私信或电话里的任何人。",
    ),
    Fact(
        id="hacked-signs",
        text="账户可能被盗的迹象：陌生的登录记录，不是你做的交易或提现，设置被改动，收到不是你发起的改密码或二次验证邮件。",
        status="confirmed",
        sources=("bitget-hacked-account",),
    ),
    Fact(
        id="hacked-menu-paths",
        text="修改登录密码在「个人主页 > 安全中心 > 登录密码」；管理设备在「个人主页 > 安全中心 > 设备管理」，删除设备会让它立即退出登录；API Key 在「个人主页 > API keys」。",
        status="confirmed",
        sources=("bitget-hacked-account",),
        note="路径出自这篇说明的繁体中文版（「個人主頁」「安全中心」「裝置管理」），简体中文界面的写法可能略有不同。",
    ),
    Fact(
        id="hacked-contact-info",
        text="联系客服冻结账户时，Bitget 建议提供注册邮箱、UID 或手机号，问题描述，以及截图或记录。",
        status="confirmed",
        sources=("bitget-hacked-account",),
    ),
    Fact(
        id="hacked-secure-email",
        text="Bitget 的防骗指南建议：修改密码，开启二次验证（例如谷歌验证器），删除设备管理里不认识的设备，并保护好绑定的邮箱。",
        status="confirmed",
        sources=("bitget-scam-victim-guide",),
    ),
    Fact(
        id="recovery-scam-warning",
        text="美国联邦贸易委员会（FTC）提醒：骗子专找已经受损的人，冒充政府机构、律师或原平台，声称能追回损失，并要求先付费；付了钱只会损失更多。",
        status="confirmed",
        sources=("ftc-recovery-scams",),
    ),
    Fact(
        id="frozen-funds-stay",
        text="Bitget 说明，没有司法介入，它不会转移你账户里的资金。",
        status="confirmed",
        sources=("bitget-account-restrictions",),
    ),
    Fact(
        id="frozen-unfreeze-time",
        text="有网站说，被风控冻结的账户可以按短信或邮件的提示自助解冻，审核要 3–7 个工作日。",
        status="not-confirmed",
        sources=("bitget-account-restrictions", "bitget-hacked-account"),
        note="我们读过的 Bitget 页面只说到联系客服；解冻要多久、能不能自助解冻，未见官方说明。请以客服的答复为准。",
        claimed_by="一些中文内容网站，没有给出官方出处。",
    ),
    Fact(
        id="kyc-level-1",
        text="2024 年 7 月 20 日起，没有完成一级身份认证（KYC）的用户不能提现，包括链上提现和内部转账。",
        status="confirmed",
        sources=("bitget-kyc-withdrawal-rule", "bitget-withdrawal-failed"),
    ),
    Fact(
        id="region-restrictions",
        text="Bitget 的身份认证常见问题列出了受限的国家和地区，包括美国、加拿大阿尔伯塔省、荷兰、新加坡、中国香港等。",
        status="confirmed",
        sources=("bitget-kyc-faq",),
        note="我们只读到这份名单的一部分，完整名单以官网为准。",
    ),
    Fact(
        id="stolen-assets-police",
        text="资产被盗后，Bitget 的执法协助说明建议：先向警方报案；资产被转到了交易所的，联系 Bitget 的官方客服；报案材料由警方交给 Bitget 的执法团队，你可以向警方要案件编号，再提供给 Bitget。",
        status="confirmed",
        sources=("bitget-stolen-assets", "bitget-law-enforcement"),
        note="说明里的执法邮箱只供警方使用，本站不列出。",
    ),
    Fact(
        id="police-no-transfer",
        text="新加坡警方提醒：持牌的加密货币平台不会以「安全」或「调查」为由，要用户把资产转到另一个钱包或账户，也不会索要二次验证码或助记词。骗子常用假的「可疑登录」「可疑提现」短信或邮件，引你打「热线」，再要你装钱包 App、转走资产，有时还要你共享屏幕。",
        status="confirmed",
        sources=("police-sg-platform-impersonation",),
    ),
    Fact(
        id="police-fake-login-page",
        text="新加坡警方提醒：骗子冒充平台发短信说有「可疑的新登录」，引你到假的登录页面，再要你「重新生成充值钱包密钥」「取消一笔提现」。警方建议看看平台有没有让你自己冻结账户的功能。",
        status="confirmed",
        sources=("police-sg-phishing",),
        note="我们没有找到 Bitget 的自助冻结功能，见「请求冻结账户」。",
    ),
    Fact(
        id="account-close-permanent",
        text="注销账户是永久的；注销后 30 天内不能用同一手机号、邮箱或证件重新注册。Bitget 建议注销前先平仓并提走全部资产。",
        status="confirmed",
        sources=("bitget-close-account",),
    ),
    # -- facts: the seven problem pages of issue 16 ------------------------------
    Fact(
        id="kyc-rejection-reasons",
        text="Bitget 帮助中心列出的身份认证被拒原因：证件无效或信息缺失（姓名、出生日期、有效期看不清），照片模糊、被裁剪或遮挡，文件损坏，上传的是截图、扫描件、打印件或修过的图片，黑白照片，缺页（要正反两面），漏填中间名，全名的语言不一致（例如填了身份证上的中文姓名，上传的护照上却只有英文姓名：要按所传证件上的语言填写），以及人工审核时没有上传手持证件的照片。",
        status="confirmed",
        sources=("bitget-kyc-rejected",),
        note="被拒的具体原因，以认证页面上的提示为准。",
    ),
    Fact(
        id="kyc-guide",
        text="Bitget 官网有完成身份认证的操作指南。",
        status="confirmed",
        sources=("bitget-kyc-guide",),
        note="我们读到的是 2023 年的繁体中文版本，页面上的步骤可能已变。",
    ),
    Fact(
        id="edd-where",
        text="网页端的加强审核（EDD）从账户里开始：登录后点右上角的头像，进入「身份认证」，点「Start now」，再依次上传地址证明、资金来源证明和财富来源证明。",
        status="confirmed",
        sources=("bitget-edd-web",),
        note="「Start now」出自英文页面，中文界面的字样可能不同。",
    ),
    Fact(
        id="edd-documents",
        text="加强审核接受的地址证明：写着你的名字、日期在 3 个月以内的水电费或网络电话账单、银行对账单、政府出具的居住证明、保险公司的信函、最近的税单。资金来源按主要来源证明：储蓄用银行对账单；工资、奖金和分红用工资单、银行对账单或税务文件；经营收入用财务报表或损益表；投资用投资或证券账户对账单、银行对账单或股票证书；赠与用书面证明。",
        status="confirmed",
        sources=("bitget-edd-faq",),
        note="审核要多久，未见官方说明。",
    ),
    Fact(
        id="edd-bank",
        text="银行卡入金的加强审核（较早的说明）：要一份与认证时类型不同的第二种证件，同一个银行账户最近 3 个月的对账单（姓名与认证一致），以及收入证明。需要时，银行卡入金页面会弹出提示，在那里提交。",
        status="confirmed",
        sources=("bitget-edd-bank",),
    ),
    Fact(
        id="p2p-appeal",
        text="Bitget 的 P2P 申诉指南：付款后，订单详情页底部有申诉按钮（网页端英文界面为 Submit appeal，App 为 File an appeal）；倒计时结束后刷新页面，按钮会重新出现。点它，选择申诉类型、填写原因，上传付款完成、资产划转等截图作为凭证，再确认提交。提交之后再联系客服：这份 2022 年的指南写的是网页端点屏幕右下角的「Help」开始在线对话，App 里点「Live Chat」。",
        status="confirmed",
        sources=("bitget-p2p-appeal-web", "bitget-p2p-appeal-app"),
        note="2022 年的页面，按钮和入口可能已变；我们没有找到写明中文按钮名称的官方页面。申诉处理要多久，未见官方说明。",
    ),
    Fact(
        id="p2p-appeal-chat",
        text="Bitget 的 P2P 视频指南：提交申诉后，Bitget 客服会进入这笔订单的 P2P 聊天，和买卖双方沟通、核实后作出处理。",
        status="confirmed",
        sources=("bitget-p2p-video",),
    ),
    Fact(
        id="p2p-appeal-closed",
        text="已完成或已取消的 P2P 订单也能申诉：在 P2P 页面右上角打开「我的订单」（时钟形状的图标），找到这笔订单，打开订单详情；网页端点「Questions regarding this order?」，App 点「Order Inquiry」。",
        status="confirmed",
        sources=("bitget-p2p-appeal-closed-web", "bitget-p2p-appeal-closed-app"),
        note="菜单和按钮名称出自英文页面，中文界面的字样可能不同。",
    ),
    Fact(
        id="p2p-appeal-rules",
        text="Bitget 的 P2P 视频指南：Bitget 客服不会以任何理由要你在没有收到付款时放币（USDT）；商家坚持要你在对方没付款时放币的，应当申诉。放币之前，自己在银行 App 里确认钱已到账。",
        status="confirmed",
        sources=("bitget-p2p-video",),
    ),
    Fact(
        id="p2p-escrow",
        text="Bitget 的 P2P 常见问题：所有线上交易都有托管（escrow）保护。卖方发布广告时，广告里的币会自动从卖方的 P2P 账户中预留；下单后，卖方的币被锁定，直到双方确认付款。卖方不放币时，客服可以从预留的币里放给买方。",
        status="confirmed",
        sources=("bitget-p2p-faq",),
    ),
    Fact(
        id="p2p-buyer-rules",
        text="Bitget 的 P2P 交易规则（买方须知）：付款要用你自己实名认证的账户（银行账户或其他支付账户）；用非实名的账户或别人的账户付款，有申诉时卖方可以拒绝交易、退回款项。没有付款或没付完，不要点「已付款」（英文界面为 Paid）：这会被视为恶意行为，严重时系统会冻结账户。同一天取消 3 笔买单，当天不能再买。",
        status="confirmed",
        sources=("bitget-p2p-rules",),
    ),
    Fact(
        id="p2p-safety",
        text="Bitget 的 P2P 防骗说明：放币之前，自己登录银行账户或钱包确认到账，不要只凭截图、聊天消息或邮件通知；付款之后不要取消订单，有问题就点申诉按钮、上传付款凭证；收款时核对付款人的姓名和买方的实名是否一致；只在 Bitget P2P 的聊天框里沟通，不要到平台外交易。",
        status="confirmed",
        sources=("bitget-p2p-scams",),
    ),
    Fact(
        id="phishing-ongoing-withdrawal",
        text="Bitget 提醒，钓鱼团伙常用「你有一笔正在进行的提现」这类说法。",
        status="confirmed",
        sources=("bitget-anti-phishing-code",),
    ),
    Fact(
        id="api-key-delete",
        text="Bitget 的账户被盗指南把删除不认识的 API Key（或关闭 API 访问）列为保护账户的一步。",
        status="confirmed",
        sources=("bitget-hacked-account",),
        note="我们没有找到专门讲 API Key 泄露的 Bitget 文章。",
    ),
    Fact(
        id="inheritance-request",
        text="继承申请由申请人登录自己的 Bitget 账户提交：打开 Bitget 支持页面，在自助服务区点「查看全部」，在「账户」类里选继承申请。审核通过后，资产转给经过验证的继承人。",
        status="confirmed",
        sources=("bitget-inheritance",),
    ),
    Fact(
        id="inheritance-materials",
        text="继承申请要提交死亡证明、去世者的身份证件、申请人的身份证件和继承权证明（例如有效的遗嘱或亲属关系证明）；申请表会问去世者的 UID 或注册邮箱，缺少某份文件时可以在表里说明原因。",
        status="confirmed",
        sources=("bitget-inheritance",),
        note="审核要多久、文件要不要翻译或公证，未见官方说明。",
    ),
    # -- facts: trading (orders, liquidation, copy trading) ---------------------
    Fact(
        id="trade-liq-mark-price",
        text="Bitget 合约按标记价格（不是最新成交价）判断强平：标记价格到达预估强平价时触发强平。仓位越大，维持保证金率越高。",
        status="confirmed",
        sources=("bitget-estimated-liq-price", "bitget-leverage-risk", "bitget-leverage-risk-coinm"),
    ),
    Fact(
        id="trade-liq-process",
        text="触发强平后，系统先撤掉有关的委托，再分步减仓，剩下的仓位用闪电委托平掉；处理完之前不能做其他操作。强平的成交价不会显示在成交记录和 K 线里。",
        status="confirmed",
        sources=("bitget-leverage-risk", "bitget-leverage-risk-coinm"),
    ),
    Fact(
        id="trade-tpsl-not-filled",
        text="止盈止损触发不等于成交。止损按最新成交价触发时，标记价格可能先到强平价；触发后，委托也可能因价格限制、数量上限或深度不足而失败，或只成交一部分。",
        status="confirmed",
        sources=("bitget-tpsl-not-filled",),
    ),
    Fact(
        id="trade-order-cancelled",
        text="只做 Maker 的委托会立即成交时，IOC、FOK 委托不能立即成交（FOK 是不能全部成交）时，会被撤销；闪电委托多次追价仍没有全部成交，也会撤单。",
        status="confirmed",
        sources=("bitget-quick-order", "bitget-flash-order"),
        note="这两页讲的是合约；现货委托被撤销的原因，未见官方说明。",
    ),
    Fact(
        id="trade-insurance-fund",
        text="风险准备金承担强平时超出保证金的穿仓亏损。Bitget 说明，它不是用户亏损的「补偿保险」。",
        status="confirmed",
        sources=("bitget-insurance-fund",),
    ),
    Fact(
        id="trade-adl",
        text="风险准备金用完或大幅下降时，Bitget 启用自动减仓（ADL）：被强平的仓位直接和排名最靠前的对手方成交（盈利的仓位排在前面），对方的这部分仓位被平掉。",
        status="confirmed",
        sources=("bitget-adl",),
    ),
    Fact(
        id="copy-unfollow",
        text="取消跟随：在交易专家主页或「我的跟单」里点编辑，再点右上角的「取消跟随」。已经跟单的仓位不受影响：可以等交易专家平仓，也可以自己平仓。",
        status="confirmed",
        sources=("bitget-copy-unfollow",),
        note="按钮名称是本站从 2022 年的越南文页面译出的，中文界面可能不同。",
    ),
    Fact(
        id="copy-profit-share",
        text="跟单盈利按交易专家的等级分润（10%–20%）：平仓时从你的账户预扣，次日结算，多扣的退回。跟单页面显示的净收益没有扣除分润。",
        status="confirmed",
        sources=("bitget-copy-profit-share", "bitget-copy-faq", "bitget-copy-my-trades"),
    ),
    Fact(
        id="copy-trader-no-contacts",
        text="Bitget 规定，交易专家不得在头像、昵称等处展示或暗示社交账号和联系方式。",
        status="confirmed",
        sources=("bitget-trader-settings",),
        note="本站的建议：自称交易专家或「带单老师」、拉你进群或加私人联系方式的，不要相信，更不要把钱转给个人。",
    ),
    Fact(
        id="mainland-exit",
        text="Bitget 公告：因中国大陆监管政策变化，自 2021 年 12 月 1 日（UTC+8）起停止中国大陆的新用户注册；已认证为中国大陆用户的存量账户将被关闭，公告说资产会得到保障，可以全部提走或兑现。这些用户自 2021 年 12 月 7 日起不能充值、不能下新单或开新仓，12 月 31 日起禁止现货交易，未平的合约仓位被平仓。",
        status="confirmed",
        sources=("bitget-mainland-exit",),
        note="这是 2021 年的公告。现在怎样提走剩下的资产，未见官方说明：以官方客服的答复为准。",
    ),
    # -- facts: reporting lines where readers live (public lines, never Bitget's) ----
    Fact(
        id="report-cn",
        text="中国大陆：公安部提醒，遭遇电信网络诈骗后尽快拨打 110 或到最近的公安机关报案。96110 是全国统一的反诈预警劝阻专线，用于劝阻、咨询和举报；接到 96110 打来的电话，说明警方认为你或家人可能正在被骗，要接听。这个号码显示为「区号 + 96110」。",
        status="confirmed",
        sources=("xinhua-report-110", "jstv-96110", "bjd-96110"),
        note="这一条我们只找到新闻报道（新华网、江苏广电总台、北京日报转公安部刑侦局），没有找到可以链接的公安部页面。「国家反诈中心」App 由公安部刑侦局组织研发，可以举报诈骗，我们读到的报道只有不加密的 http 地址，本站不链接。",
    ),
    Fact(
        id="report-hk",
        text="香港：警务处反诈骗协调中心设有「防骗易」18222 二十四小时咨询热线，怀疑遇上骗案时可以打来求助和查证。不紧急的案件，可以在警方网站的网上报案中心（e-Report Centre）报案并上传文件；紧急情况打 999。",
        status="confirmed",
        sources=("hk-gov-adcc", "hk-police-18222", "hk-police-ereport"),
    ),
    Fact(
        id="report-hk-scameter",
        text="香港警务处的「防骗视伏 App」（Scameter+）会把来电和网站与诈骗资料库比对，发现可疑就提醒，也可以在 App 里向警方举报可疑的电话号码和网站。",
        status="confirmed",
        sources=("hk-press-scameter-plus",),
        note="这一条我们只读到新闻报道。",
    ),
    Fact(
        id="report-tw",
        text="台湾：165 是内政部警政署的反诈骗咨询专线，全年无休，可以查证可疑的电话、网站或 LINE ID；「165 全民防骗网」的地址是 165.npa.gov.tw。紧急情况打 110 报案。",
        status="confirmed",
        sources=("tw-miaoli-165", "tw-udn-165", "tw-yahoo-165-110"),
        note="政府页面（苗栗县）只写明了 165 全民防骗网的地址；专线和 110 的说法出自新闻报道。",
    ),
    Fact(
        id="fake-police-recovery",
        text="香港警方 2026 年 2 月提醒：有骗子冒充警方的反诈骗协调中心，用 WhatsApp 联系曾经被骗的人，说出对方的姓名和证件号码，声称「已追回款项」，要对方马上「办理回款」，再骗取银行资料、网上银行登录资料或要求转账。警方说，协调中心的警员不会通过 WhatsApp 或社交平台「办理回款」，不会要你转账，也不会索取网上银行密码；有怀疑就打 18222 查证。",
        status="confirmed",
        sources=("hk-press-fake-adcc",),
        note="这一条我们只读到新闻报道。本站的提醒：自称警察、反诈中心或 Bitget，说「已经追回你的钱」、要你先付费或转账的，都是骗子。",
    ),
)

# ---------------------------------------------------------------------------
# Channels
# ---------------------------------------------------------------------------

CHANNELS = (
    Channel(
        id="help-center",
        name="帮助中心",
        how="手动输入官网 www.bitget.com，打开帮助中心（Support）；或在官方 App 里找「帮助」「支持」。然后搜索你的问题。",
        login=False,
        speed="立即（自助阅读）",
        hours="随时可看",
        best_for=(
            "login",
            "frozen",
            "withdrawal",
            "deposit",
            "password",
            "2fa",
            "kyc",
            "funds-review",
            "p2p",
            "suspicious-message",
            "region",
            "inheritance",
            "trading",
        ),
        prepare=(
            "问题的关键词，例如「充值未到账」「提现失败」「重置二次验证」。",
            "用自助工具时：UID、注册邮箱，以及与问题有关的记录（例如 TxID）。",
        ),
        risks=(
            "搜索结果和广告里的「帮助中心」可能是仿冒网站：手动输入 www.bitget.com，或从官方 App 进入。",
            "自助工具只在官网或官方 App 里用，不要打开别人发来的链接。",
        ),
        status="confirmed",
        sources=("bitget-help-centre", "bitget-reset-2fa", "bitget-api-guide"),
        facts=("official-domain", "self-service-section"),
        aliases=("FAQ", "常见问题", "自助服务", "支持中心", "Support", "帮助文章"),
    ),
    Channel(
        id="live-chat",
        name="在线客服",
        how=(
            "网页端：官网 www.bitget.com 屏幕右下角的在线客服入口（英文界面为 Help）；App：在线客服按钮"
            "（指南里写作 Live Chat）。出自 2022 年的官方页面，入口可能已变。"
        ),
        login=None,
        speed="实时对话；排队时长未见官方说明",
        hours=UNKNOWN,
        best_for=(
            "frozen",
            "withdrawal",
            "deposit",
            "hacked",
            "kyc",
            "funds-review",
            "p2p",
            "suspicious-message",
            "api-key",
            "region",
            "trading",
        ),
        prepare=(
            "UID 或注册邮箱。",
            "问题发生的时间（写明时区）和经过。",
            "错误提示的原文。",
            "截图：错误提示、相关的记录页面。",
            "与问题有关的币种、数量、TxID（如有）。",
        ),
        risks=(
            "只在官网或官方 App 里打开在线客服，不要点陌生人发来的「客服链接」。",
            "本站的建议：要你把密码、验证码、私钥或助记词告诉对方，或要你转账的，一律当作假客服。",
            "最近的登录地点、持有的资产这类问题，只在 Bitget 的「重置二次验证」页面里回答，不在聊天里告诉任何人。",
        ),
        status="confirmed",
        sources=("bitget-p2p-appeal-web", "bitget-p2p-appeal-app"),
        facts=("live-chat-location", "live-chat-exists", "live-chat-24-7", "never-ask-secrets"),
        aliases=("人工客服", "在线聊天", "Live Chat", "留言", "客服入口", "聊天", "转人工"),
    ),
    Channel(
        id="ticket",
        name="提交工单",
        how="在官网帮助中心打开「提交请求」（Submit a Request），选择问题类型，写清描述，上传附件。",
        login=None,
        speed="未见官方说明；标签找回一般约 10 个工作日",
        hours="随时可提交",
        best_for=(
            "login",
            "frozen",
            "withdrawal",
            "deposit",
            "password",
            "2fa",
            "hacked",
            "kyc",
            "funds-review",
            "p2p",
            "suspicious-message",
            "api-key",
            "region",
            "inheritance",
            "trading",
        ),
        prepare=(
            "UID 和注册邮箱。",
            "一句话的主题：问题类型、币种、数量、日期。",
            "按时间顺序写的经过。",
            "TxID、订单号等记录。",
            "截图或错误提示，作为附件上传。",
        ),
        risks=(
            "工单只在官网提交。别人发来的「工单号」或「工单网址」都不可信。",
            "同一个问题尽量只提交一次；补充材料时写明第一次提交的时间。",
        ),
        status="confirmed",
        sources=("bitget-tag-memo", "bitget-exchange-refund"),
        facts=("ticket-form", "deposit-tag-recovery"),
        aliases=("工单", "提交请求", "Submit a Request", "申诉", "工单进度", "查进度", "人工审核"),
    ),
    Channel(
        id="email",
        name="电子邮件",
        how=(
            "只作备用：用注册邮箱写信到 support@bitget.com。官网可查的只是这个地址（2020 年的官方页面）；"
            "现在有没有人读、多久回复，未经官方确认。"
        ),
        login=False,
        speed=UNKNOWN,
        hours=UNKNOWN,
        best_for=(
            "login",
            "frozen",
            "withdrawal",
            "deposit",
            "password",
            "2fa",
            "hacked",
            "kyc",
            "funds-review",
            "api-key",
            "region",
            "inheritance",
            "trading",
        ),
        prepare=(
            "用注册邮箱发信。",
            "UID。",
            "问题类型、发生时间和涉及的交易（币种、数量、TxID）。",
            "截图或错误提示，作为附件。",
        ),
        risks=(
            "这个邮箱来自 2020 年的官方页面，目前是否有人处理未见官方说明；急事请同时用在线客服或工单。",
            "收到「客服回信」时，先核对邮件里的防钓鱼码。发件人可以伪造：查到发件人是官方邮箱，也不能证明信是真的。",
        ),
        status="confirmed",
        sources=("bitget-api-guide",),
        facts=("support-email", "email-reply-time", "anti-phishing-code"),
        aliases=("邮箱", "邮件", "Email", "E-mail", "客服邮箱", "邮箱地址", "写信"),
    ),
    Channel(
        id="social",
        name="社交媒体",
        how="Bitget 官方页面把 Twitter（X）、Telegram、Facebook、Instagram 等列为官方渠道，但没有说它们处理账户问题。",
        login=False,
        speed=UNKNOWN,
        hours=UNKNOWN,
        best_for=(),
        prepare=(
            "不要准备账户资料：不要在社交媒体上发送任何账户信息。",
            "看到自称官方的账号，先用官方验证工具查询它的用户名。",
        ),
        risks=(
            "冒充客服的账号最多。",
            "不要在公开评论或私信里透露 UID、邮箱、订单或截图。",
            "假账号会用和官方一样的头像和名字，并在你的公开求助下回复。",
            "微信群、QQ 群和抖音上自称 Bitget 客服或「官方群」的，同样不要信。",
        ),
        status="not-recommended",
        sources=("bitget-api-guide", "bitget-telegram-group", "bitget-never-release-funds", "bitget-verify-channels"),
        facts=("social-accounts", "telegram-community", "social-support", "verification-tool"),
        aliases=(
            "Twitter",
            "X",
            "推特",
            "Telegram",
            "电报",
            "电报群",
            "官方群",
            "TG",
            "Facebook",
            "脸书",
            "Instagram",
            "私信",
        ),
    ),
    Channel(
        id="phone",
        name="电话",
        how="我们读过的 Bitget 官方页面都没有列出电话。本站不提供任何号码。",
        login=None,
        speed=UNKNOWN,
        hours=UNKNOWN,
        best_for=(),
        prepare=("不用准备：网上出现的「Bitget 客服电话」一律不要拨打。",),
        risks=(
            "冒充交易所客服的电话号码常出现在搜索广告里，FBI 曾专门提醒。",
            "假客服会要你把资产转到「临时钱包」或「安全钱包」，这些资产不会再回来。",
            "号码以 + 或 00 开头的境外来电，自称交易所客服的，直接挂断。",
        ),
        status="not-confirmed",
        sources=("bitget-api-guide", "coindesk-fbi-fake-support"),
        facts=("phone-support", "phone-numbers-online", "contact-list-no-phone", "fbi-fake-support-numbers"),
        aliases=("客服电话", "电话客服", "热线", "人工客服热线", "打电话", "400 电话"),
    ),
)

# ---------------------------------------------------------------------------
# Groups: the headings the home page lists the problems under, in its order. Each
# problem names its group (Problem.group); within a group, problems keep the order of
# PROBLEMS. The nav's problem pages follow the same order.
# ---------------------------------------------------------------------------

GROUPS = (
    Group("security", "安全与诈骗"),
    Group("access", "进不去账户"),
    Group("funds", "资金进出"),
    Group("trading", "交易"),
    Group("identity", "身份与地区"),
    Group("other", "其他"),
)

# ---------------------------------------------------------------------------
# Problems
# ---------------------------------------------------------------------------

PROBLEMS = (
    Problem(
        id="login",
        title="账户登录失败",
        group="access",
        tagline="进不去，卡在验证",
        summary="输入账号和密码后进不去账户，或者卡在验证码、二次验证这一步。",
        aliases=(
            "登不上",
            "登录不了",
            "无法登录",
            "登录失败",
            "进不去",
            "收不到验证码",
            "验证码邮件",
            "账号异常",
            "闪退",
            "登不进去",
        ),
        symptoms=(
            "登录时提示账号或密码错误。",
            "收不到邮箱或短信验证码。",
            "卡在二次验证（如谷歌验证器）这一步。",
            "提示账户被冻结、限制或存在风险。",
            "App 打不开、闪退，或网页一直转圈。",
        ),
        checks=(
            Item(
                id="official-site",
                text="确认你在官网 www.bitget.com 或官方 App 里登录，不是搜索广告或别人发来的链接。App 只从官网下载页或官方应用商店安装。",
            ),
            Item(id="anti-phishing", text="设置过防钓鱼码的，登录 App 时看它是否显示、是否正确。"),
            Item(id="account-name", text="确认邮箱或手机号输入无误，密码区分大小写。"),
            Item(id="code-email", text="收不到验证邮件：先查垃圾邮件箱，等 120 秒再点重新发送。"),
            Item(id="network-app", text="换一个网络，或把 App 更新到官方商店里的最新版本，再试一次。"),
            Item(id="error-text", text="记下错误提示的原文：提示冻结、忘记密码、验证器丢失或被盗的，转到对应的页面。"),
        ),
        prepare=(
            Item(id="uid", text="你的 UID（记得的话）", blank="UID"),
            Item(
                id="email",
                text="完整的注册邮箱或手机号（只写在官方渠道里，不要发到公开的帖子或群里）",
                blank="注册邮箱",
            ),
            Item(id="time", text="开始无法登录的时间（写明时区）", blank="时间"),
            Item(id="device", text="登录方式和设备：官网或 App，手机或电脑的型号", blank="设备"),
            Item(id="screenshot", text="错误提示的截图", blank="文件名"),
        ),
        channels=(
            ChannelChoice("help-center", "先在帮助中心搜索错误提示；收不到验证邮件、二次验证丢失都有官方说明。"),
            ChannelChoice(
                "ticket", "登录不了时也能写清 UID 和邮箱，留下书面记录。是否需要登录未见官方说明；用不了就改用邮件。"
            ),
            ChannelChoice("email", "从注册邮箱写信，作为备用方式；是否有人处理未见官方说明。"),
        ),
        dont=(
            "不要短时间内反复尝试登录，也不要连续点重新发送。",
            "不要在搜索广告、短信链接或别人发来的网址里输入账号和密码。",
            "不要为了重新开始而注销账户。",
            "不要安装别人发来的 App：TestFlight 链接、企业证书、聊天里发的 APK 安装包都不要装。",
            "不要把密码或验证码告诉任何人，包括自称客服的人。",
        ),
        first_screen=FirstScreen(
            first="确认你是在官网 www.bitget.com 或官方 App 里登录，再记下错误提示的原文。",
            dont="不要在搜索广告、短信或别人发来的链接里输入账号和密码。",
            where="先在帮助中心搜索错误提示的原文，走不通再提交工单。",
        ),
        lead=(
            Note(
                "先查垃圾邮件箱，把 Bitget 列出的几个发件人地址（见依据）加入白名单，不要加整个 bitget.com；"
                "等 120 秒再点重新发送，最多 3 次。短信验证码收不到怎么办，未见官方说明。",
                label="收不到验证码",
                anchor="fact-login-verification-email",
            ),
            Note(
                "输错几次会被锁、锁多久，未见官方说明。先停下来，不要连续重试，在帮助中心搜索提示的原文。",
                label="试了太多次被锁",
            ),
            Note(
                "住在 Bitget 列为受限的国家或地区，或去过受制裁的国家或地区，都可能让账户受限。不要用 VPN 绕过。",
                label="提示地区或 IP 受限",
                see="frozen",
            ),
            Note("想不起密码，看", label="忘记了密码", see="password"),
            Note("谷歌验证器丢了或换了手机，看", label="二次验证用不了", see="2fa"),
            Note("密码突然不对，或看到陌生的登录，马上看", label="可能被盗", see="hacked"),
        ),
        template=Template(
            subject="无法登录：UID【UID】，【日期】",
            body=(
                "您好，\n\n"
                "我无法登录 Bitget 账户，情况如下：\n"
                "UID：【UID，记得的话】\n"
                "注册邮箱：【完整的注册邮箱】\n"
                "开始无法登录的时间：【日期 时间 时区】\n"
                "登录方式：【官网 / App】，设备：【手机或电脑型号】\n"
                "错误提示原文：【原文】\n"
                "我已经试过：【例如 查看垃圾邮件箱、更换网络】\n\n"
                "截图已附上。请帮我查看原因。谢谢。"
            ),
        ),
        sources=(
            "bitget-never-release-funds",
            "bitget-phishing-alert",
            "bitget-anti-phishing-login",
            "bitget-verification-email",
            "bitget-close-account",
        ),
        facts=(
            "official-domain",
            "official-apps",
            "login-anti-phishing-app",
            "login-verification-email",
            "account-close-permanent",
        ),
    ),
    Problem(
        id="frozen",
        title="账户冻结或限制",
        group="access",
        tagline="提示冻结，功能不能用",
        summary="账户被冻结，或者部分功能（登录、交易、充值、提现）被限制。",
        aliases=("冻结", "账号冻结", "封号", "被封", "解冻", "风控", "账户限制", "账户受限", "功能受限", "限制交易"),
        symptoms=(
            "登录后提示账户已冻结或受限。",
            "交易、充值或提现按钮不可用。",
            "收到账户受限的站内信、邮件或短信。",
            "客服要求补充身份或资金来源材料。",
        ),
        checks=(
            Item(id="notice", text="找到限制通知（站内信、邮件或短信），记下原文。设置过防钓鱼码的，核对通知里的码。"),
            Item(id="scope", text="弄清受限的是哪些功能：登录、交易、充值还是提现。"),
            Item(
                id="security-change",
                text=(
                    "想一想过去 24 小时内是否改过登录密码、资金密码、二次验证、邮箱或手机号：提现会暂停 24 小时，之后自动解除"
                    "（改登录密码、谷歌验证器或邮箱的，P2P 也会暂停）。"
                ),
            ),
            Item(
                id="kyc",
                text="确认身份认证（KYC）已完成，没有待补充或审核中的材料：2024 年 7 月 20 日起，没有一级认证不能提现。",
            ),
            Item(id="reason", text="对照官方列出的限制原因，想一想哪条可能和你有关。"),
            Item(
                id="region",
                text="想一想你是否住在 Bitget 列为受限的国家或地区，或去过受制裁的国家或地区：这些都可能让账户受限。",
            ),
            Item(id="not-you", text="看到不是你做的登录或操作，先按「账户被盗」处理。"),
        ),
        prepare=(
            Item(id="uid", text="你的 UID", blank="UID"),
            Item(
                id="email",
                text="完整的注册邮箱或手机号（只写在官方渠道里，不要发到公开的帖子或群里）",
                blank="注册邮箱",
            ),
            Item(id="time", text="发现受限的时间（写明时区）", blank="时间"),
            Item(id="notice-copy", text="限制通知的原文或截图", blank="原文"),
            Item(
                id="recent-activity",
                text="受限前的操作：大额充值或提现、修改安全设置、出行到其他国家等",
                blank="最近操作",
            ),
        ),
        channels=(
            ChannelChoice("help-center", "先在官网阅读官方列出的限制原因，弄清可能是哪一种。"),
            ChannelChoice("live-chat", "还能登录时，用在线客服询问原因和需要补充的材料。"),
            ChannelChoice("ticket", "需要补充材料或人工审核时，提交工单并保留记录。"),
            ChannelChoice("email", "以上都用不了时，从注册邮箱写信；是否有人处理未见官方说明。"),
        ),
        dont=(
            "本站的建议：" + FEE_RULE,
            "不要相信主动联系你、说能帮你解冻的人。",
            "不要注销账户，也不要反复注册新账户。",
            "不要用 VPN 或别人的身份绕过地区限制。",
            "补充材料只在官网或官方 App 里提交，不要发到私人邮箱或社交媒体。",
        ),
        first_screen=FirstScreen(
            first="找到限制通知，记下原文，弄清受限的是登录、交易、充值还是提现。",
            dont="不要给任何说能帮你解冻、要你先付「解冻费」的人转钱。",
            where="先在帮助中心看官方列出的限制原因，再用在线客服询问。",
        ),
        lead=(
            Note(
                "在线客服和工单要不要先登录，未见官方说明。先试提交工单；用不了，从注册邮箱写信到 support@bitget.com。",
                label="完全登不进去",
                see="ticket",
            ),
            Note(
                "官方列出的限制原因里有缺少身份或反洗钱材料。具体要哪些材料，我们没有读到官方的清单（未见官方说明）："
                "以官网通知或工单里写的为准，只在官网或官方 App 里提交。",
                label="要你补充资金来源材料",
                anchor="fact-account-restriction-reasons",
            ),
            Note(
                "也可能让账户受限。不要用 VPN 或别人的身份绕过。",
                label="住在受限的国家或地区，或去过受制裁的国家或地区",
            ),
            Note("解冻要多久、能不能自助解冻，未见官方说明。", label="要多久", anchor="fact-frozen-unfreeze-time"),
            Note(FEE_RULE, label="防骗", see="scams"),
            Note("看到不是你做的登录或操作，先看", label="可能被盗", see="hacked"),
        ),
        template=Template(
            subject="账户被冻结或限制：UID【UID】",
            body=(
                "您好，\n\n"
                "我的账户被冻结或限制，情况如下：\n"
                "UID：【UID】\n"
                "注册邮箱：【完整的注册邮箱】\n"
                "发现时间：【日期 时间 时区】\n"
                "受限的功能：【登录 / 交易 / 充值 / 提现】\n"
                "通知原文：【原文】\n"
                "受限前的操作：【例如 大额充值、修改安全设置】\n\n"
                "请告诉我受限的原因，以及需要补充哪些材料。我会在官网提交材料。谢谢。"
            ),
        ),
        sources=(
            "bitget-account-restrictions",
            "bitget-hacked-account",
            "bitget-withdrawal-failed",
            "bitget-change-password",
            "bitget-change-ga",
            "bitget-change-email",
            "bitget-anti-phishing-code",
            "bitget-kyc-faq",
            "bitget-kyc-withdrawal-rule",
            "bitget-close-account",
        ),
        facts=(
            "account-restriction-reasons",
            "region-restrictions",
            "frozen-funds-stay",
            "frozen-unfreeze-time",
            "withdrawal-24h-lock",
            "anti-phishing-code",
            "kyc-level-1",
            "kyc-review-time",
            "account-close-permanent",
        ),
    ),
    Problem(
        id="withdrawal",
        title="提现问题",
        group="funds",
        tagline="失败、被拒、一直处理中",
        summary="提现无法提交、被拒绝、一直在处理中，或显示成功但对方没收到。",
        aliases=("提币", "提现", "出金", "提不出来", "审核中", "提现失败", "提现限制", "改密码后不能提现"),
        symptoms=(
            "提现按钮不可用，或提示受限。",
            "提现请求被拒绝或失败。",
            "提现一直显示处理中。",
            "Bitget 显示成功，但收款方没有收到。",
        ),
        checks=(
            Item(
                id="security-change",
                text="想一想过去 24 小时内是否改过密码、谷歌验证器、邮箱或手机号，或有过可疑的登录：这些都会限制提现 24 小时。",
            ),
            Item(id="balance", text="确认现货账户里的可用余额足够，资金没有被挂单、P2P、跟单交易或理财占用。"),
            Item(
                id="kyc",
                text="确认已完成一级身份认证（KYC），等级和提现额度够用：2024 年 7 月 20 日起，没有一级认证不能提现。",
            ),
            Item(
                id="address",
                text="核对提现地址、网络和标签（Tag/Memo）是否与收款方给出的一致：标签错了或漏了，资产可能找不回。",
            ),
            Item(
                id="status",
                text=(
                    "在提现记录里查看状态（待处理 Pending 和处理中 Processing 是两种状态）。显示成功的，用 TxID 在区块浏览器上查看；"
                    "浏览器显示成功、收款方却没有入账的，带着 TxID 去问收款的平台。"
                ),
            ),
        ),
        prepare=(
            Item(id="uid", text="你的 UID", blank="UID"),
            Item(
                id="email",
                text="完整的注册邮箱或手机号（只写在官方渠道里，不要发到公开的帖子或群里）",
                blank="注册邮箱",
            ),
            Item(id="coin", text="币种和网络", blank="币种 / 网络"),
            Item(id="amount", text="提现数量", blank="数量"),
            Item(id="time", text="提交时间（写明时区）", blank="时间"),
            Item(id="txid", text="交易哈希（TxID，如已生成）", blank="TxID"),
            Item(id="error", text="错误提示的原文或截图", blank="错误提示"),
        ),
        channels=(
            ChannelChoice(
                "help-center",
                "先对照官方列出的提现失败原因。改过安全设置后的 24 小时限制会自动解除；其他限制会不会自动解除，未见官方说明。",
            ),
            ChannelChoice("live-chat", "原因不明或长时间处理中，用在线客服询问。"),
            ChannelChoice("ticket", "需要人工调查并留下书面记录时，提交工单。"),
            ChannelChoice("email", "以上都用不了时，从注册邮箱写信；是否有人处理未见官方说明。"),
        ),
        dont=(
            "不要反复提交同一笔提现。",
            "本站的建议：" + FEE_RULE,
            "不要把资金转到别人给的「安全钱包」。",
        ),
        first_screen=FirstScreen(
            first="查看提现记录里这笔的状态，想一想 24 小时内是否改过密码或二次验证。",
            dont="不要给任何要你先转一笔钱才能提现的人转账。",
            where="原因不明时，先在帮助中心对照官方列出的提现失败原因。",
        ),
        lead=(
            Note(
                "修改或重置登录密码、资金密码、谷歌验证器、邮箱或手机号后，提现会被限制 24 小时，之后自动解除；"
                "改登录密码、谷歌验证器或邮箱后，P2P 也会暂停 24 小时。"
                "检测到可疑的登录或不寻常的交易时，也会限制提现 24 小时；这种限制会不会到时自动解除，未见官方说明。",
                label="改过密码或二次验证",
                anchor="fact-withdrawal-24h-lock",
            ),
            Note(
                "在资产总览的充值/提现记录里（路径译自外文说明，中文界面的写法可能不同）。状态有待处理（Pending）、处理中（Processing）、成功、失败和已取消。",
                label="提现记录在哪",
                anchor="fact-withdrawal-statuses",
            ),
            Note(
                "官方说明提到有「取消提现」功能，它会让提现至少延后 1 分钟。在哪里取消、处理中的还能不能取消，未见官方说明。",
                label="想取消还在待处理的提现",
                anchor="fact-withdrawal-cancel",
            ),
            Note("会不会自动解除，未见官方说明：按下面的清单自查。", label="其他限制"),
            Note(FEE_RULE, label="防骗", see="scams"),
        ),
        template=Template(
            subject="提现问题：【币种】【数量】，【提交日期】",
            body=(
                "您好，\n\n"
                "我的提现遇到问题，情况如下：\n"
                "UID：【UID】\n"
                "注册邮箱：【完整的注册邮箱】\n"
                "币种和网络：【币种】/【网络】\n"
                "数量：【数量】\n"
                "提交时间：【日期 时间 时区】\n"
                "当前状态：【处理中 / 失败 / 显示成功但未收到】\n"
                "TxID（如有）：【TxID】\n"
                "错误提示：【原文】\n\n"
                "截图已附上。请帮我查看原因。谢谢。"
            ),
        ),
        sources=(
            "bitget-withdrawal-failed",
            "bitget-kyc-withdrawal-rule",
            "bitget-withdrawal-not-arrived",
            "bitget-withdrawal-status",
            "bitget-change-password",
            "bitget-change-ga",
            "bitget-change-email",
        ),
        facts=(
            "withdrawal-24h-lock",
            "withdrawal-unusual-activity",
            "withdrawal-causes",
            "kyc-level-1",
            "kyc-review-time",
            "withdrawal-manual-review",
            "withdrawal-statuses",
            "withdrawal-cancel",
        ),
    ),
    Problem(
        id="deposit",
        title="充值未到账",
        group="funds",
        tagline="转了，账户里没有",
        summary="链上充值后，资产长时间没有出现在账户里，或者充值失败。",
        aliases=(
            "充币",
            "充值",
            "没到账",
            "不到账",
            "入金",
            "TxID",
            "哈希",
            "Memo",
            "标签",
            "Tag",
            "充错网络",
            "转错网络",
            "BEP20",
            "转账没收到",
            "冲值",
        ),
        symptoms=(
            "转出平台显示已发出，但 Bitget 资产里看不到这笔钱。",
            "充值记录里没有这笔，或一直在确认中。",
            "充了不支持的币种或网络，或者漏填了标签（Tag/Memo）。",
        ),
        checks=(
            Item(id="network", text="核对币种和网络：转出时选的网络，与 Bitget 充值页面显示的网络一致。"),
            Item(id="memo", text="需要标签（Tag/Memo）的币种，确认填写了 Bitget 充值页面给出的标签。"),
            Item(id="explorer", text="用 TxID 在区块浏览器上查看：交易是否成功，确认数是否足够。"),
            Item(id="minimum", text="确认充值数量不低于该币种、该网络的最小充值数量。"),
            Item(id="history", text="在 Bitget 的充值记录里查看这笔充值的状态。"),
        ),
        prepare=(
            Item(id="uid", text="你的 UID", blank="UID"),
            Item(
                id="email",
                text="完整的注册邮箱或手机号（只写在官方渠道里，不要发到公开的帖子或群里）",
                blank="注册邮箱",
            ),
            Item(id="coin", text="币种和网络", blank="币种 / 网络"),
            Item(id="amount", text="充值数量", blank="数量"),
            Item(id="txid", text="交易哈希（TxID）", blank="TxID"),
            Item(id="time", text="转出时间（写明时区）", blank="时间"),
            Item(id="screenshot", text="转出平台的提现记录截图", blank="文件名"),
        ),
        channels=(
            ChannelChoice(
                "help-center", "先看最小充值数量和自助退回：充了不支持的币种或网络，可以先申请自助退回，但不保证成功。"
            ),
            ChannelChoice("live-chat", "链上已成功但一直没入账，用在线客服询问。"),
            ChannelChoice(
                "ticket",
                "标签漏填或填错、其他平台退回的资产，官方说明要提交工单找回。充了不支持的币种或网络，先用自助退回。",
            ),
            ChannelChoice("email", "以上都用不了时，从注册邮箱写信；是否有人处理未见官方说明。"),
        ),
        dont=(
            "不要因为没到账就反复重新充值。",
            "不要相信声称能「加急找回」的人。",
            "本站的建议：" + FEE_RULE,
            "不要把私钥、助记词或验证码发给任何人，包括自称客服的人。",
        ),
        first_screen=FirstScreen(
            first="用 TxID 在区块浏览器上查这笔交易是否成功，再核对币种、网络和标签。",
            dont="不要因为没到账就反复重新充值。",
            where="先在帮助中心看自助退回和最小充值数量；链上成功仍未到账，再找在线客服。",
        ),
        lead=(
            Note(
                "在转出平台（你转出资产的交易所或钱包）的提现记录里，也叫交易哈希。"
                "Bitget 这边的记录在资产总览的充值/提现记录里（路径译自外文说明，中文界面的写法可能不同）。",
                label="TxID 在哪",
            ),
            Note(
                "在官网充值页面申请自助退回：不保证成功，最长约 10 个工作日；不是每个网络都能退回或找回。"
                "退回会回到你转出时的发送地址：从另一个交易所转出的，先问那个交易所能不能收到退回。",
                label="充错了币种或网络",
                anchor="fact-deposit-self-refund",
            ),
            Note(
                "提交工单申请找回，一般约 10 个工作日，可能收取手续费，不保证找回。" + HANDLING_FEE_NOTE,
                label="标签（Tag/Memo）漏填或填错",
                anchor="fact-deposit-tag-recovery",
            ),
            Note("既不会入账，也不会退回。", label="低于最小充值数量", anchor="fact-deposit-below-minimum"),
            Note(FEE_RULE, label="防骗", see="scams"),
        ),
        template=Template(
            subject="充值未到账：【币种】【数量】，TxID【TxID】",
            body=(
                "您好，\n\n"
                "我的充值没有到账，情况如下：\n"
                "UID：【UID】\n"
                "注册邮箱：【完整的注册邮箱】\n"
                "币种和网络：【币种】/【网络】\n"
                "数量：【数量】\n"
                "TxID：【TxID】\n"
                "转出时间：【日期 时间 时区】\n"
                "标签（Tag/Memo，如有）：【标签】\n\n"
                "区块浏览器显示交易【已成功 / 确认中】。截图已附上。\n"
                "请帮我查看这笔充值。谢谢。"
            ),
        ),
        sources=(
            "bitget-deposit-minimum",
            "bitget-tag-memo",
            "bitget-deposit-refund",
            "bitget-wrong-network-deposit",
            "bitget-exchange-refund",
        ),
        facts=(
            "deposit-below-minimum",
            "deposit-tag-recovery",
            "deposit-self-refund",
            "deposit-refund-to-sender",
            "deposit-not-all-recoverable",
            "deposit-exchange-refund",
        ),
    ),
    Problem(
        id="password",
        title="忘记密码",
        group="access",
        tagline="想不起，找回卡住",
        summary="忘记了登录密码，或者重置密码时卡住。",
        aliases=("忘记密码", "密码忘了", "找回密码", "重置密码", "改密码", "密码错误", "登录密码"),
        symptoms=(
            "想不起登录密码，多次提示密码错误。",
            "找回密码时收不到邮箱或短信验证码。",
            "重置密码后提现暂时用不了。",
        ),
        checks=(
            Item(id="official-site", text="确认你在官网 www.bitget.com 或官方 App 的登录页面，不是别人发来的链接。"),
            Item(id="recovery-entry", text="在登录页面找找回密码的入口，按页面提示操作。"),
            Item(id="code-access", text="确认注册邮箱或手机还能收到验证码；收不到邮件的，先查垃圾邮件箱。"),
            Item(id="2fa-access", text="确认二次验证（如谷歌验证器）还能用；丢了的，先看「二次验证失效」。"),
            Item(id="new-password", text="设一个新的、没在其他网站用过的密码，记在安全的地方。"),
            Item(id="withdrawal-pause", text="知道重置后提现和 P2P 会暂停 24 小时，这是正常的。"),
        ),
        prepare=(
            Item(id="uid", text="你的 UID（记得的话）", blank="UID"),
            Item(
                id="email",
                text="完整的注册邮箱或手机号（只写在官方渠道里，不要发到公开的帖子或群里）",
                blank="注册邮箱",
            ),
            Item(id="time", text="尝试找回的时间（写明时区）", blank="时间"),
            Item(id="screenshot", text="卡住那一步的错误提示或截图", blank="文件名"),
        ),
        channels=(
            ChannelChoice("help-center", "先在帮助中心搜索「重置登录密码」，按当前的官方说明操作。"),
            ChannelChoice(
                "ticket", "自助找回走不通时，提交工单说明卡在哪一步。是否需要登录未见官方说明；用不了就改用邮件。"
            ),
            ChannelChoice("email", "从注册邮箱写信，作为备用方式；是否有人处理未见官方说明。"),
        ),
        dont=(
            "不要在任何消息、邮件或工单里写出旧密码或新密码。",
            "不要把收到的验证码告诉任何人，包括自称客服的人。",
            "不要用别人发来的「找回密码」链接。",
            "不要把新密码设成和其他网站一样。",
        ),
        first_screen=FirstScreen(
            first="打开官网 www.bitget.com 或官方 App 的登录页面，找找回密码的入口，按页面提示操作。",
            dont="不要把收到的验证码告诉任何人，包括自称客服的人。",
            where="自助找回走不通时，先在帮助中心搜索「重置登录密码」。",
        ),
        lead=(
            Note(
                "提现和 P2P 会暂停 24 小时，之后自动解除，这是正常的。",
                label="重置后不能提现",
                anchor="fact-withdrawal-24h-lock",
            ),
            Note("谷歌验证器丢了或换了手机，先看", label="二次验证也用不了", see="2fa"),
            Note("你没有改过密码，它却突然不对，马上看", label="可能被盗", see="hacked"),
        ),
        template=Template(
            subject="找回登录密码遇到问题：UID【UID】",
            body=(
                "您好，\n\n"
                "我忘记了登录密码，自助找回没有成功，情况如下：\n"
                "UID：【UID，记得的话】\n"
                "注册邮箱：【完整的注册邮箱】\n"
                "尝试找回的时间：【日期 时间 时区】\n"
                "卡在哪一步：【例如 收不到验证邮件】\n"
                "错误提示原文：【原文】\n"
                "注册邮箱现在还能用：【能 / 不能】\n\n"
                "截图已附上。请告诉我接下来怎么做。谢谢。"
            ),
        ),
        sources=(
            "bitget-withdrawal-failed",
            "bitget-change-password",
            "bitget-change-ga",
            "bitget-change-email",
            "bitget-verification-email",
            "bitget-never-release-funds",
            "bitget-phishing-alert",
        ),
        facts=("password-recovery", "withdrawal-24h-lock", "login-verification-email", "official-domain"),
    ),
    Problem(
        id="2fa",
        title="二次验证失效",
        group="access",
        tagline="验证器丢了、换了手机",
        summary="谷歌验证器丢了、换了手机，或者收不到二次验证的验证码，登录和提现都卡住。",
        aliases=(
            "二次验证",
            "2FA",
            "谷歌验证器丢了",
            "谷歌验证",
            "Google Authenticator",
            "身份验证器",
            "换手机",
            "手机丢了",
            "验证码不对",
            "重置二次验证",
        ),
        symptoms=(
            "换了手机或手机丢失，谷歌验证器里没有 Bitget 的验证码。",
            "验证器的验证码总是提示错误。",
            "绑定的手机号或邮箱已经不用了，收不到验证码。",
        ),
        checks=(
            Item(id="backup-key", text="找一找设置谷歌验证器时保存的备份密钥。有它就能在新手机上恢复验证器。"),
            Item(
                id="old-device", text="旧手机还在的，先别卸载验证器；旧验证器还能用时，用「修改」更换，不要「重置」。"
            ),
            Item(id="phone-time", text="验证码总是错误时，把手机时间设为自动同步，再试一次。"),
            Item(id="code-access", text="确认注册邮箱或手机还能收到验证码：重置时要用。"),
            Item(
                id="reset-entry",
                text="都不行时，用登录验证页面上收不到验证码的入口，或帮助中心自助服务区的「重置二次验证」。",
            ),
        ),
        prepare=(
            Item(id="uid", text="你的 UID", blank="UID"),
            Item(
                id="email",
                text="完整的注册邮箱或手机号（只写在官方渠道里，不要发到公开的帖子或群里）",
                blank="注册邮箱",
            ),
            Item(id="id-photos", text="身份证件照片和手持证件自拍（PNG、JPG、JPEG，每个不超过 2 MB）", blank="文件名"),
            Item(
                id="transfer-records",
                text="曾从其他平台转入的，准备转出平台的提现记录（充值截图不被接受）",
                blank="平台 / 记录",
            ),
        ),
        prepare_note=Note(
            "Bitget 的「重置二次验证」会问最近登录的地点和设备（手机或电脑），账户里持有的资产和收藏，以及做过的交易类型。"
            "本站的建议：这些答案只在这个页面里填写，不要写在纸上或任何消息里；"
            "聊天、私信或电话里有人问起，就是骗子。",
            label="安全问题只在「重置二次验证」页面里回答",
        ),
        channels=(
            ChannelChoice("help-center", "自助服务区有「重置二次验证」，官方说明了要提交的材料。"),
            ChannelChoice("ticket", "自助重置走不通或审核没有结果时，提交工单并写明提交时间。"),
            ChannelChoice("email", "从注册邮箱写信，作为备用方式；是否有人处理未见官方说明。"),
        ),
        dont=(
            "不要把备份密钥、验证器的验证码或截图发给任何人，包括自称客服的人。",
            "不要找声称能「代解绑」「代重置」的人：他们要的就是你的账户。",
            "证件照片、自拍和安全问题的答案只在官网或官方 App 的页面里提交，不要发给聊天、私信或电话里的任何人。",
            "不要在旧验证器还能用时先删掉它。",
        ),
        first_screen=FirstScreen(
            first="找出设置谷歌验证器时保存的备份密钥，用它在新手机上恢复验证器。",
            dont="不要把备份密钥、验证码或证件照片交给任何声称能「代解绑」的人。",
            where="没有备份密钥时，去帮助中心的自助服务区用「重置二次验证」。",
        ),
        lead=(
            Note(
                "重置或修改谷歌验证器、邮箱或手机号后，提现会被限制 24 小时；"
                "改的是谷歌验证器或邮箱，P2P 交易也暂停 24 小时。之后自动解除，这是正常的。",
                label="暂时不能提现或 P2P",
                anchor="fact-withdrawal-24h-lock",
            ),
            Note(
                "提交「重置二次验证」后要审核多久，未见官方说明。等待时不要理会主动联系你、说能加快审核的人；"
                "一直没有结果，提交工单并写明提交时间。",
                label="审核期间",
                see="ticket",
            ),
            Note(
                "上传材料时，除了 PNG、JPG、JPEG 图片（每个不超过 2 MB），也接受 MP4 视频（不超过 20 MB）。"
                "要不要录视频、录什么，未见官方说明。",
                label="可以上传视频",
                anchor="fact-reset-2fa-materials",
            ),
            Note(
                "「重置二次验证」是为安全项丢失准备的；邮箱和手机都丢了还能不能自助完成，未见官方说明。走不通时提交工单，写清 UID。",
                label="邮箱和手机都用不了",
                see="ticket",
            ),
            Note("二次验证被人改过、你没有改过的，马上看", label="可能被盗", see="hacked"),
        ),
        template=Template(
            subject="二次验证丢失：UID【UID】",
            body=(
                "您好，\n\n"
                "我的二次验证无法使用，情况如下：\n"
                "UID：【UID】\n"
                "注册邮箱：【完整的注册邮箱】\n"
                "无法使用的安全项：【谷歌验证器 / 手机号 / 邮箱】\n"
                "原因：【例如 换了手机、手机丢失】\n"
                "发现无法使用的时间：【日期 时间 时区】\n"
                "是否已提交「重置二次验证」：【是 / 否】\n"
                "提交时间（如已提交）：【日期 时间 时区】\n"
                "遇到的问题：【错误提示原文】\n\n"
                "请告诉我接下来怎么做。身份材料我会在官网页面上传。谢谢。"
            ),
        ),
        sources=(
            "bitget-reset-2fa",
            "bitget-lost-ga",
            "bitget-ga-setup",
            "bitget-change-ga",
            "bitget-withdrawal-failed",
            "bitget-change-password",
            "bitget-change-email",
        ),
        facts=(
            "ga-backup-key",
            "ga-edit-vs-reset",
            "lost-ga-at-login",
            "reset-2fa-self-service",
            "reset-2fa-materials",
            "withdrawal-24h-lock",
        ),
    ),
    Problem(
        id="hacked",
        title="账户被盗",
        group="security",
        tagline="陌生登录、不是你做的提现",
        summary="有人登录了你的账户，或者出现了不是你做的交易、提现或设置改动。",
        aliases=("被盗", "盗号", "账号被盗", "被黑", "资产被转走", "陌生设备", "陌生设备登录", "异地登录", "被骗"),
        urgent=(
            "在官网或官方 App 里立即修改登录密码。改了密码或二次验证，提现会被限制 24 小时（本站的推断：这也可能拖住盗号的人）。",
            "在设备管理里删除所有不认识的设备。",
            "在「API keys」页面删除不认识的 API Key，开启或重新绑定二次验证。",
            "查看提现地址簿，删掉你没有添加过的地址（本站的建议：官方的被盗指南没有提到这一步）。",
            "修改注册邮箱的密码，开启邮箱自己的二次验证。",
            "改完仍有不是你做的操作，立即请求冻结，按上面「请求冻结账户」的顺序。",
        ),
        symptoms=(
            "登录记录或设备管理里有陌生设备、陌生地点。",
            "出现不是你做的交易、提现或划转。",
            "收到不是你发起的改密码、改邮箱或二次验证的邮件。",
            "密码突然不对，登不上账户。",
        ),
        checks=(
            Item(id="devices", text="查看登录记录和设备管理，记下不认识的设备、地点和时间。"),
            Item(id="transactions", text="查看充值、提现和交易记录，记下不是你做的每一笔。"),
            Item(id="api-keys", text="确认「API keys」页面里已经没有不认识的 API Key。"),
            Item(id="email-rules", text="检查注册邮箱有没有被设置自动转发或过滤规则。"),
            Item(id="device-scan", text="检查电脑和手机，卸载来历不明的软件和浏览器插件。"),
            Item(id="how-it-happened", text="回想最近是否点过短信或邮件里的链接，或在非官网页面输入过账号。"),
        ),
        prepare=(
            Item(id="uid", text="你的 UID", blank="UID"),
            Item(
                id="email",
                text="完整的注册邮箱或手机号（只写在官方渠道里，不要发到公开的帖子或群里）",
                blank="注册邮箱",
            ),
            Item(id="first-seen", text="最早发现异常的时间（写明时区）", blank="时间"),
            Item(id="unauthorized", text="不是你做的交易或提现：时间、币种、数量、TxID", blank="TxID"),
            Item(id="screenshots", text="登录记录、设备和交易记录的截图", blank="文件名"),
            Item(
                id="police-report", text="报警后的报案回执或案件编号（Bitget 的执法协助说明会用到）", blank="案件编号"
            ),
        ),
        channels=(
            ChannelChoice("live-chat", "Bitget 的帮助文字让被盗用户用在线客服请求冻结账户。"),
            ChannelChoice("ticket", "打不开在线客服时提交工单请求冻结；冻结后也用工单写明时间线，留下书面记录。"),
            ChannelChoice(
                "email", "只作备用：工单也用不了时，从注册邮箱写信，主题写明紧急；是否有人处理未见官方说明。"
            ),
        ),
        dont=(
            "不要相信主动联系你、声称能追回资产的人、「律师」或「黑客」，更不要先付钱。",
            "不要把密码、验证码、备份密钥或助记词告诉任何人，包括自称客服的人。",
            "不要把剩下的资产转到别人给的「安全钱包」。",
            "不要注销账户：记录和证据都在账户里。",
        ),
        first_screen=FirstScreen(
            first="立即在官网或官方 App 里修改登录密码；已经登不进去的，马上请求冻结账户。",
            dont="不要理会主动联系你、说能帮你追回资产的人，更不要先付钱。",
            where="自己保护不了账户时，马上用在线客服请求冻结；打不开就提交工单。",
        ),
        freeze_first=True,
        lead=(
            Note(
                "向所在地的警方报案，要一个案件编号，再交给 Bitget 客服。各地的电话见本页的「在当地报警和举报」。",
                label="资产已经被转走",
                anchor="fact-stolen-assets-police",
            ),
        ),
        sections=(
            Section(
                title="冻结之后怎样拿回账户",
                anchor="after-freeze",
                intro="冻结先拦住盗号的人。之后按顺序拿回账户，每一步只在官网 www.bitget.com 或官方 App 里做。",
                steps=(
                    Note(
                        "邮箱或手机还在你手里的，用登录页的找回密码重设登录密码（入口以登录页为准，未见写明入口的官方页面）。",
                        label="重设密码",
                        see="password",
                    ),
                    Note(
                        "二次验证被改或用不了的，在帮助中心的自助服务区用「重置二次验证」（Reset 2FA），按页面要求上传证件和自拍。",
                        label="重置二次验证",
                        see="2fa",
                    ),
                    Note(
                        "要解冻、找回被改的邮箱，或自助走不通，提交工单写明经过，补充材料都写在同一个工单里。解冻要多久，未见官方说明。",
                        label="提交工单",
                        see="ticket",
                    ),
                    Note(
                        "UID、完整的注册邮箱、发现异常的时间（写明时区）、不是你做的交易的 TxID、登录记录截图、案件编号。",
                        label="准备好",
                    ),
                    Note(
                        "主动找上门、说能「加急解冻」「代为找回」「追回资产」的，不论自称客服、律师还是警察，都不要理；要你先付钱的一律是骗子。",
                        label="不要接受",
                        see="scams",
                    ),
                ),
            ),
            Section(
                title="在当地报警和举报",
                anchor="report-local",
                intro="带着证据向所在地的警方报案，要一个案件编号。下面都是当地警方的公共号码，不是 Bitget 的。",
                steps=(
                    Note(
                        "被骗后尽快拨打 110 或到公安机关报案。「区号 + 96110」打来的电话要接听：那是警方的反诈预警。"
                        "也可以用「国家反诈中心」App 举报。",
                        label="中国大陆",
                        anchor="fact-report-cn",
                        on="scams",
                    ),
                    Note(
                        "打「防骗易」18222 咨询或查证；不紧急的在警方的网上报案中心（e-Report Centre）报案，紧急打 999。",
                        label="香港",
                        anchor="fact-report-hk",
                        on="scams",
                    ),
                    Note(
                        "打 165 反诈骗咨询专线查证，紧急打 110。",
                        label="台湾",
                        anchor="fact-report-tw",
                        on="scams",
                    ),
                    Note(
                        "自称警察、反诈中心或 Bitget，说「已经追回你的钱」、要你「办理回款」或先转账的，是骗子。",
                        label="「已追回你的钱」",
                        anchor="fact-fake-police-recovery",
                        on="scams",
                    ),
                ),
            ),
        ),
        template=Template(
            subject="紧急：账户被盗，请求冻结，UID【UID】",
            body=(
                "您好，\n\n"
                "我的账户疑似被盗，请立即冻结账户。情况如下：\n"
                "UID：【UID】\n"
                "注册邮箱：【完整的注册邮箱】\n"
                "最早发现异常的时间：【日期 时间 时区】\n"
                "异常情况：【例如 陌生设备登录、不是我做的提现】\n"
                "不是我做的交易：【时间、币种、数量、TxID】\n\n"
                "我已经做了：\n"
                "修改登录密码：【是 / 否】\n"
                "删除陌生设备：【是 / 否】\n"
                "删除陌生 API Key：【是 / 否】\n\n"
                "截图已附上。请告诉我接下来需要提交的材料。谢谢。"
            ),
        ),
        sources=(
            "bitget-hacked-account",
            "bitget-scam-victim-guide",
            "bitget-never-release-funds",
            "bitget-phishing-alert",
            "bitget-close-account",
            "bitget-stolen-assets",
            "bitget-law-enforcement",
            "ftc-recovery-scams",
            # the public lines of 在当地报警和举报 (their facts are on /scams/)
            "xinhua-report-110",
            "jstv-96110",
            "hk-gov-adcc",
            "hk-police-ereport",
            "tw-miaoli-165",
        ),
        facts=(
            "hacked-first-steps",
            "hacked-menu-paths",
            "hacked-signs",
            "hacked-contact-info",
            "hacked-secure-email",
            "never-ask-secrets",
            "stolen-assets-police",
            "recovery-scam-warning",
            "account-close-permanent",
        ),
    ),
    # -- problems: the seven pages of issue 16 -----------------------------------
    Problem(
        id="kyc",
        title="身份认证（KYC）未通过或卡在审核",
        group="identity",
        tagline="被拒、人脸识别不过",
        short_title="身份认证 KYC",
        summary="身份认证被拒绝、人脸识别不通过，或者提交后一直显示审核中。",
        lead=(
            Note(
                "先看页面上的被拒提示，对照帮助中心列出的原因改好再提交。重新提交有没有次数限制，未见官方说明。",
                label="被拒了",
                anchor="fact-kyc-rejection-reasons",
            ),
            Note(
                "姓名按所传证件上的语言填写。用只有英文姓名的护照认证，却填了身份证上的中文姓名，会因为全名的语言不一致被拒。",
                label="中文姓名和英文证件",
                anchor="fact-kyc-rejection-reasons",
            ),
        ),
        aliases=(
            "实名认证失败",
            "实名认证",
            "身份认证",
            "KYC",
            "KYC 被拒",
            "认证被拒",
            "认证失败",
            "人脸识别不过",
            "人脸识别",
            "刷脸",
            "认证审核中",
            "一级认证",
            "证件照",
        ),
        symptoms=(
            "提交身份认证后提示被拒绝或失败。",
            "人脸识别一直不通过。",
            "认证一直显示审核中。",
            "没有完成一级认证，提现用不了。",
        ),
        checks=(
            Item(id="reject-reason", text="找到页面上被拒的提示，对照帮助中心列出的被拒原因。"),
            Item(id="document", text="确认证件在有效期内，照片清晰完整，没有反光、裁切或遮挡。"),
            Item(
                id="same-person",
                text="确认填写的姓名和证件号与证件一致（姓名按证件上的语言填写），证件是你本人的。",
            ),
            Item(id="face", text="人脸识别不过：换到光线充足的地方，摘下帽子和眼镜，按页面提示再试。"),
            Item(
                id="waiting",
                text="一直在审核中：帮助中心说待审核的认证通常在 24 小时左右审核完，超过了再联系客服。",
            ),
        ),
        prepare=(
            Item(id="uid", text="你的 UID（联系客服时每次都写上）", blank="UID"),
            Item(
                id="email",
                text="完整的注册邮箱或手机号（只写在官方渠道里，不要发到公开的帖子或群里）",
                blank="注册邮箱",
            ),
            Item(id="submitted", text="什么时候提交的认证（写明时区）", blank="提交时间"),
            Item(id="reject-text", text="页面上被拒的说明，照原样抄下或截图", blank="被拒原因"),
            Item(id="document-type", text="用来认证的是哪种证件，由哪个国家或地区签发", blank="证件类型"),
        ),
        channels=(
            ChannelChoice("help-center", "帮助中心有被拒原因的说明和认证指南：先对照修改，再重新提交。"),
            ChannelChoice("live-chat", "重新提交仍被拒，或审核超过 24 小时没有结果，用在线客服询问。"),
            ChannelChoice("ticket", "需要人工复核、留下书面记录时，提交工单。重新提交的次数限制未见官方说明。"),
            ChannelChoice("email", "以上都用不了时，从注册邮箱写信；是否有人处理未见官方说明。"),
        ),
        dont=(
            "不要找人代做认证，也不要用别人的证件或照片。",
            "证件照片和自拍只在官网或官方 App 的认证页面上传，不要发给聊天、私信或电话里自称客服的人。",
            "不要相信「包过认证」「代认证」的服务，更不要为此付钱。",
            "不要为了重新认证而注销账户或注册新账户。",
        ),
        template=Template(
            subject="身份认证问题：UID【UID】，【日期】",
            body=(
                "您好，\n\n"
                "我的身份认证遇到问题，情况如下：\n"
                "UID：【UID】\n"
                "注册邮箱：【完整的注册邮箱】\n"
                "提交认证的时间：【日期 时间 时区】\n"
                "当前状态：【被拒绝 / 一直审核中 / 人脸识别不通过】\n"
                "被拒提示原文：【原文】\n"
                "证件类型：【例如 身份证、护照】\n"
                "我已经试过：【例如 换了光线重新拍摄】\n\n"
                "请告诉我被拒的原因和需要怎样修改。证件我只在官网的认证页面上传。谢谢。"
            ),
        ),
        sources=("bitget-kyc-rejected", "bitget-kyc-guide", "bitget-withdrawal-failed", "bitget-kyc-withdrawal-rule"),
        facts=("kyc-rejection-reasons", "kyc-guide", "kyc-review-time", "kyc-level-1"),
        first_screen=FirstScreen(
            first="对照页面上的被拒提示和帮助中心列出的原因，改好再重新提交。",
            dont="不要找人代做认证，证件照片也不要发给自称客服的人。",
            where="先去帮助中心看被拒原因和认证指南。",
        ),
    ),
    Problem(
        id="funds-review",
        title="被要求提供资金来源证明（加强审核）",
        group="funds",
        tagline="加强审核，补充材料",
        short_title="资金来源证明",
        summary="收到通知，要你说明资金来源或补充材料（加强审核，EDD）；补齐之前，账户可能受限。",
        lead=(
            Note(
                "不要点短信、邮件或私信里的链接。自己手动输入 www.bitget.com 登录，点右上角的头像，进入「身份认证」："
                "真的加强审核从这里开始；银行卡入金的加强审核，在银行卡入金页面提交。这些地方都没有的要求，先问官方客服，不要交材料。",
                label="先确认通知是真的",
                anchor="fact-edd-where",
            ),
            Note(
                "地址证明要写着你的名字、日期在 3 个月以内；资金来源按主要来源准备，例如工资用工资单或银行对账单。"
                "审核要多久，未见官方说明。",
                label="要交什么",
                anchor="fact-edd-documents",
            ),
            Note("要你先付「审核费」「解冻费」的，都是骗子，见", label="有人要你先付费", see="scams"),
        ),
        aliases=(
            "资金来源",
            "资金来源证明",
            "加强审核",
            "EDD",
            "补充材料",
            "反洗钱",
            "AML",
            "收入证明",
            "银行流水",
            "尽职调查",
            "资金证明",
        ),
        symptoms=(
            "收到通知，要你说明资金来源或补充材料。",
            "账户部分功能受限，提示需要完成审核。",
            "银行卡入金后被要求补充材料。",
        ),
        checks=(
            Item(
                id="notice-real",
                text="手动输入 www.bitget.com 登录，在头像下的「身份认证」里确认真有加强审核，不要只信短信、邮件或私信里的链接。",
            ),
            Item(id="notice-list", text="逐条记下通知要求的材料和期限（如有）。"),
            Item(id="help-article", text="在帮助中心阅读加强审核（EDD）的常见问题和网页端指南。"),
            Item(
                id="own-records",
                text="按主要资金来源找证明，例如工资用工资单或银行对账单，赠与用书面证明；以通知的要求为准。",
            ),
            Item(id="same-name", text="确认材料上的姓名与你认证的身份一致。"),
        ),
        prepare=(
            Item(id="uid", text="你的 UID（联系客服时每次都写上）", blank="UID"),
            Item(
                id="email",
                text="完整的注册邮箱或手机号（只写在官方渠道里，不要发到公开的帖子或群里）",
                blank="注册邮箱",
            ),
            Item(id="notice-copy", text="审核通知，照原样抄下或截图", blank="通知日期"),
            Item(id="funds-origin", text="这笔钱从哪里来：平台、银行或其他，各写一行", blank="资金来源"),
            Item(id="documents", text="准备提交的文件，与通知的要求逐条对应", blank="文件清单"),
        ),
        channels=(
            ChannelChoice("help-center", "帮助中心有加强审核的常见问题和网页端指南：先对照通知准备材料。"),
            ChannelChoice(
                "live-chat", "看不懂要求，或提交后长时间没有结果，用在线客服询问。审核要多久，未见官方说明。"
            ),
            ChannelChoice("ticket", "需要补充说明或留下书面记录时，提交工单。"),
            ChannelChoice("email", "以上都用不了时，从注册邮箱写信；是否有人处理未见官方说明。"),
        ),
        dont=(
            "材料只在官网或官方 App 里提交，不要发到私人邮箱、聊天软件或社交媒体。",
            "本站的建议：" + FEE_RULE,
            "不要伪造或修改材料。",
            "不要为了躲开审核而注销账户，或把资产转给别人代持。",
        ),
        template=Template(
            subject="加强审核补充材料：UID【UID】",
            body=(
                "您好，\n\n"
                "我收到了补充资金来源材料的通知，情况如下：\n"
                "UID：【UID】\n"
                "注册邮箱：【完整的注册邮箱】\n"
                "收到通知的时间：【日期 时间 时区】\n"
                "通知原文：【原文】\n"
                "受限的功能（如有）：【例如 提现】\n"
                "资金来源：【例如 工资、在其他平台卖出】\n"
                "我准备提交的材料：【文件清单】\n\n"
                "请告诉我材料是否齐全，以及在哪里提交。材料我只在官网提交。谢谢。"
            ),
        ),
        sources=("bitget-edd-faq", "bitget-edd-web", "bitget-edd-bank", "bitget-account-restrictions"),
        facts=("edd-where", "edd-documents", "edd-bank", "account-restriction-reasons", "frozen-funds-stay"),
        first_screen=FirstScreen(
            first="自己登录官网，在头像下的「身份认证」里确认真有加强审核，再准备材料。",
            dont="不要把材料发到私人邮箱或聊天软件，也不要给任何人转「审核费」。",
            where="先去帮助中心看加强审核（EDD）的说明，材料只在官网提交。",
        ),
    ),
    Problem(
        id="p2p",
        title="P2P 交易纠纷",
        group="funds",
        tagline="不付款、不放币、要你先放币",
        summary="P2P 订单里对方不付款、付了款不放币，或者要你先放币、到平台外交易。",
        lead=(
            # The page once held the bank-card case too: a reader who comes for it
            # finds its page here, on the first screen.
            Note("卖币收款后，你的银行卡被冻结或受限的，看这一页。", see="bank-card"),
            Note(
                "先在订单里申诉：付款后，订单详情页底部有申诉按钮（英文界面为 Submit appeal 或 File an appeal；倒计时结束后刷新页面再点）。"
                "选类型、写原因、上传付款凭证，提交之后再联系在线客服。申诉后，客服会进入这笔订单的聊天。",
                label="有纠纷时",
                anchor="fact-p2p-appeal",
            ),
            Note(
                "在 P2P 页面右上角的「我的订单」里打开这笔订单，从订单详情里申诉。",
                label="订单已完成或已取消",
                anchor="fact-p2p-appeal-closed",
            ),
            Note(
                "订单里卖方的币由平台锁定，这就是 Bitget P2P 的托管。要你另外付一笔「担保金」「保证金」的邮件或消息，都是骗局。",
                label="有人要你付「担保金」",
                anchor="fact-p2p-escrow",
            ),
        ),
        aliases=(
            "P2P",
            "C2C",
            "OTC",
            "场外交易",
            "不放币",
            "对方不付款",
            "P2P 申诉",
            "卖 U",
            "买 U",
            "出 U",
        ),
        symptoms=(
            "你已经付款，对方迟迟不放币。",
            "对方说已经付款，但你的收款账户没有到账。",
            "对方要你先放币，或要你到平台外交易。",
        ),
        checks=(
            Item(
                id="money-arrived",
                text="自己登录银行 App 或收款账户，确认钱真的到了：不要只看对方发来的截图、短信或邮件。",
            ),
            Item(id="evidence", text="截图保存订单详情、聊天记录和付款凭证。"),
            Item(
                id="appeal",
                text="有纠纷：在订单详情页点申诉按钮、上传付款凭证，提交后再联系在线客服。",
            ),
            Item(
                id="closed-order",
                text="订单已完成或已取消：在 P2P 的「我的订单」里打开这笔订单申诉。",
            ),
            Item(
                id="security-change",
                text="过去 24 小时内改过登录密码、谷歌验证器或邮箱的：P2P 交易受限 24 小时，之后自动解除。",
            ),
        ),
        prepare=(
            Item(id="uid", text="你的 UID（联系客服时每次都写上）", blank="UID"),
            Item(
                id="email",
                text="完整的注册邮箱或手机号（只写在官方渠道里，不要发到公开的帖子或群里）",
                blank="注册邮箱",
            ),
            Item(id="order", text="P2P 订单的编号，在订单详情里", blank="订单号"),
            Item(id="trade", text="成交的币种、数量和金额", blank="币种 / 金额"),
            Item(id="proof", text="付款或收款凭证：银行流水、转账截图", blank="凭证文件名"),
            Item(id="chat", text="与对方的聊天记录截图", blank="截图文件名"),
        ),
        channels=(
            ChannelChoice(
                "live-chat",
                "先在订单里提交申诉，再联系在线客服。入口出自 2022 年的 P2P 申诉指南：网页端点右下角的「Help」，App 里点「Live Chat」。",
            ),
            ChannelChoice("ticket", "需要补充证据、留下书面记录时，提交工单。申诉处理要多久，未见官方说明。"),
            ChannelChoice("help-center", "阅读 P2P 申诉指南、交易规则和防骗说明。"),
        ),
        dont=(
            "钱没到你自己的账户之前，不要放币：对方的付款截图、短信和邮件都可能是假的，只认你自己在银行 App 里看到的到账。",
            "不要相信要你先放币、或要你另付「担保金」的人：订单里卖方的币已由平台锁定，要你付「担保」款项的邮件是冒充 Bitget 的钓鱼邮件。",
            "没付款不要点「已付款」；付款后不要取消订单，有问题就申诉。",
            "付款和收款只用你自己实名认证的账户；不要到平台外私下交易，也不要替陌生人收款、转款。",
        ),
        template=Template(
            subject="P2P 订单纠纷：订单【订单号】，【日期】",
            body=(
                "您好，\n\n"
                "我的 P2P 订单有纠纷，情况如下：\n"
                "UID：【UID】\n"
                "注册邮箱：【完整的注册邮箱】\n"
                "订单号：【订单号】\n"
                "下单时间：【日期 时间 时区】\n"
                "我是：【买方 / 卖方】\n"
                "币种和数量：【币种】/【数量】\n"
                "问题：【例如 已付款对方不放币、对方未付款】\n\n"
                "付款凭证和聊天记录截图已附上。请帮我处理这笔订单。谢谢。"
            ),
        ),
        sources=(
            "bitget-p2p-appeal-web",
            "bitget-p2p-appeal-app",
            "bitget-p2p-video",
            "bitget-p2p-appeal-closed-web",
            "bitget-p2p-appeal-closed-app",
            "bitget-p2p-faq",
            "bitget-p2p-rules",
            "bitget-p2p-scams",
            "bitget-never-release-funds",
            "bitget-withdrawal-failed",
            "bitget-change-password",
            "bitget-change-ga",
            "bitget-change-email",
        ),
        facts=(
            "p2p-appeal",
            "p2p-appeal-chat",
            "p2p-appeal-closed",
            "p2p-appeal-rules",
            "p2p-escrow",
            "p2p-escrow-phishing",
            "p2p-buyer-rules",
            "p2p-safety",
            "withdrawal-24h-lock",
        ),
        first_screen=FirstScreen(
            first="自己登录银行 App 确认钱真的到了；有纠纷，在订单详情里点申诉按钮。",
            dont="不要在钱到你自己的账户之前放币，谁催都不放。",
            where="在订单里提交申诉后，再找在线客服。",
        ),
    ),
    Problem(
        id="bank-card",
        title="卖币后银行卡被冻结",
        group="funds",
        tagline="卖 U 收款后冻卡",
        summary="在 P2P 卖币、收到买方的付款之后，你的银行卡被冻结、只进不出或不能转账。",
        # No Bitget page speaks of it: everything here is this site's general safety
        # advice, said so on the page; the public lines rest on government statements
        # reported by the press (fact report-cn), the P2P parts on Bitget's P2P pages.
        lead=(
            Note(
                "我们没有找到 Bitget 关于银行卡冻结的说明。本页关于银行卡的话，都是本站的一般安全建议，不是 Bitget 的规定。"
                "银行卡为什么被冻结、怎样处理、多久能解冻，未见官方说明：以开户银行和办案机关的正式答复为准。",
                label="先说明",
            ),
            Note("订单本身有纠纷（对方不付款、不放币，或要你先放币）的，看这一页。", see="p2p"),
            Note(
                "在 P2P 页面右上角的「我的订单」里打开收款的那笔订单，截图保存订单详情、买方的实名和聊天记录：开户银行和办案机关问起时用得上。",
                label="订单记录",
                anchor="fact-p2p-appeal-closed",
            ),
            Note(
                "自称警察、银行或 Bitget，要你把钱转到「安全账户」、交「解冻费」，或说能帮你解冻的，都是骗子。"
                "已经被骗了，拨打 110 或到公安机关报案。",
                label="有人说能帮你解冻",
                anchor="fact-report-cn",
            ),
        ),
        aliases=(
            "卖 U 冻卡",
            "卖 U 被冻卡",
            "卖币冻卡",
            "冻卡",
            "银行卡被冻结",
            "银行卡冻结",
            "卖币后银行卡冻结",
            "收款后银行卡被冻结",
            "只进不出",
            "解冻银行卡",
            "两卡",
        ),
        symptoms=(
            "在 P2P 卖币、收到买方的付款后，你的银行卡被冻结、只进不出，或不能转账。",
            "开户银行或警方联系你，说你收到的某笔钱有问题。",
            "有人联系你，说能帮你「解冻」，或要你先交钱。",
        ),
        checks=(
            Item(
                id="ask-bank",
                text="联系开户银行（用银行官网或银行卡背面的联系方式，不用短信里给的），问清是哪个机关冻结的、为什么、冻结多久、怎样办理。",
            ),
            Item(
                id="order-record",
                text="在 P2P 的「我的订单」里找到收款的那笔订单，截图保存订单详情、买方的实名和聊天记录。",
            ),
            Item(id="payer-name", text="核对银行流水里付款人的姓名，和订单里买方的实名是否一致。"),
            Item(
                id="official-only",
                text="只按开户银行和办案机关的正式要求办理；自称能「解冻」的人和来电，一律不理。",
            ),
        ),
        prepare=(
            Item(id="uid", text="你的 UID（联系客服时每次都写上）", blank="UID"),
            Item(
                id="email",
                text="完整的注册邮箱或手机号（只写在官方渠道里，不要发到公开的帖子或群里）",
                blank="注册邮箱",
            ),
            Item(id="order", text="收款那笔 P2P 订单的编号，在订单详情里", blank="订单号"),
            Item(id="trade", text="成交的币种、数量和收到的金额", blank="币种 / 金额"),
            Item(id="bank", text="被冻结的银行卡是哪家银行的，哪天发现被冻结", blank="银行 / 日期"),
            Item(id="authority", text="开户银行告诉你的冻结机关（以银行的答复为准）", blank="冻结机关"),
            Item(id="proof", text="收款记录：银行流水、订单截图、聊天记录", blank="凭证文件名"),
        ),
        channels=(
            ChannelChoice(
                "live-chat",
                "冻结的事找开户银行；要问这笔订单、或想反映买方有问题时，联系在线客服。Bitget 能否出具订单记录、怎样处理，未见官方说明。",
            ),
            ChannelChoice("ticket", "需要补充材料、留下书面记录时，提交工单。"),
            ChannelChoice("help-center", "阅读 P2P 交易规则和防骗说明。"),
        ),
        dont=(
            "银行卡被冻结后，不要找声称能「解冻」的中介，更不要先付钱。",
            "不要把钱转给自称警察、银行或 Bitget 的人，也不要转到任何「安全账户」：要你先转钱的，一律是骗子。",
            "不要出租、出借或出售银行卡和手机卡：公安部刑侦局的「20 个防诈关键词」里有「两卡」和「帮信行为」（我们读到的是报纸转载的版本）。",
            "以后卖币，不要收和买方实名不一致的付款，也不要到平台外交易：只认你自己在银行 App 里看到的到账。",
        ),
        template=Template(
            subject="P2P 卖币后银行卡被冻结：订单【订单号】，【日期】",
            body=(
                "您好，\n\n"
                "我在 P2P 卖币、收到付款后，银行卡被冻结。情况如下：\n"
                "UID：【UID】\n"
                "注册邮箱：【完整的注册邮箱】\n"
                "订单号：【订单号】\n"
                "下单时间：【日期 时间 时区】\n"
                "币种和数量：【币种】/【数量】\n"
                "收到的金额：【金额】\n"
                "开户银行告知的冻结机关：【冻结机关】\n\n"
                "订单截图和收款记录已附上。请帮我确认这笔订单的记录，并告诉我还需要提供什么。谢谢。"
            ),
        ),
        sources=(
            "bitget-p2p-appeal-closed-web",
            "bitget-p2p-appeal-closed-app",
            "bitget-p2p-rules",
            "bitget-p2p-scams",
            "xinhua-report-110",
            "jstv-96110",
            "bjd-96110",
        ),
        facts=(
            "p2p-appeal-closed",
            "p2p-safety",
            "p2p-buyer-rules",
            "report-cn",
        ),
        first_screen=FirstScreen(
            first="联系开户银行，问清是哪个机关冻结的、为什么、怎样办理；在「我的订单」里截图保存这笔订单。",
            dont="不要找声称能「解冻」的人，也不要给任何人先转钱或交「解冻费」。",
            where="先找开户银行，以它和办案机关的答复为准；订单的事再找在线客服。",
        ),
    ),
    Problem(
        id="suspicious-message",
        freeze_first=True,
        title="收到可疑的短信、邮件或来电",
        group="security",
        tagline="说你的账户有异常",
        short_title="可疑短信、邮件或电话",
        summary="有人用短信、邮件或电话说你的账户有异常、有一笔提现或将被冻结，要你点链接、回电话或转移资产。",
        lead=(
            Note(
                "不要点消息里的链接，也不要回拨消息里的号码。手动输入 www.bitget.com 或打开官方 App 登录，"
                "看账户里是否真有这条通知。",
                label="先别点",
                anchor="facts",
            ),
            Note("或者输入过账号、转出了资产的，马上看", label="已经点了链接", see="hacked"),
            Note("更多例子见", label="骗局的样子", see="scams"),
        ),
        aliases=(
            "假客服短信",
            "钓鱼邮件",
            "钓鱼短信",
            "诈骗短信",
            "诈骗电话",
            "可疑短信",
            "可疑邮件",
            "短信链接",
            "异常登录短信",
            "冒充 Bitget",
            "官方验证",
            "钓鱼网站",
        ),
        symptoms=(
            "短信或邮件说你的账户有异常登录、有一笔提现正在进行，或将被冻结。",
            "消息里有链接，或要你回拨一个号码。",
            "来电自称 Bitget 客服，要你转移资产、共享屏幕或安装 App。",
            "假短信出现在和真的 Bitget 短信同一个对话里。",
        ),
        checks=(
            Item(
                id="login-yourself",
                text="手动输入 www.bitget.com 或打开官方 App 登录，看账户里是否真有这条通知或这笔提现。",
            ),
            Item(id="anti-phishing", text="设置过防钓鱼码的，核对邮件或短信里的码：没有码或码不对，可能是假的。"),
            Item(id="sender", text="看发件人的邮箱。" + SENDER_RULE),
            Item(
                id="verify-tool",
                text="用官方验证工具查询邮箱、网址或账号。本站的提醒：显示是官方渠道，也要再核对防钓鱼码。",
            ),
            Item(
                id="if-clicked",
                text="已经点了链接、输入过账号的：立即在官网改密码、删除陌生设备，再看「账户被盗」。",
            ),
        ),
        prepare=(
            Item(id="uid", text="你的 UID（联系客服时每次都写上）", blank="UID"),
            Item(
                id="email",
                text="完整的注册邮箱或手机号（只写在官方渠道里，不要发到公开的帖子或群里）",
                blank="注册邮箱",
            ),
            Item(id="received", text="什么时候收到的（写明时区）", blank="收到时间"),
            Item(id="message-copy", text="可疑消息的原文和显示的发件人，或截图", blank="截图文件名"),
            Item(id="what-done", text="你是否点过链接、输入过账号或转过资产", blank="做过什么"),
        ),
        channels=(
            ChannelChoice(
                "help-center",
                "在帮助中心搜索「官方验证」，用官方验证工具查询网址、邮箱或账号；查到是官方的，也要再核对防钓鱼码。",
            ),
            ChannelChoice(
                "live-chat", "Bitget 请用户把可疑的网站和消息报告给客服团队：在官网或官方 App 里打开在线客服。"
            ),
            ChannelChoice("ticket", "需要附上截图、留下书面记录时，提交工单。"),
        ),
        dont=(
            "不要点消息里的链接，也不要扫消息里的二维码。",
            "不要回拨消息里的号码，也不要拨打网上搜到的「Bitget 客服电话」。",
            "不要把资产转到任何「安全钱包」「安全账户」，也不要照对方说的「取消提现」或「重新生成充值钱包密钥」。",
            "不要共享屏幕，不要安装对方让你装的 App。",
            "不要把密码、验证码或助记词告诉任何人，包括自称客服的人。",
        ),
        template=Template(
            subject="举报可疑消息：UID【UID】，【日期】",
            body=(
                "您好，\n\n"
                "我收到一条自称 Bitget 的可疑消息，情况如下：\n"
                "UID：【UID】\n"
                "注册邮箱：【完整的注册邮箱】\n"
                "收到时间：【日期 时间 时区】\n"
                "方式：【短信 / 邮件 / 电话】\n"
                "显示的发件人：【发件地址或名称】\n"
                "消息内容：【原文】\n"
                "我是否点过链接或输入过账号：【是 / 否】\n\n"
                "截图已附上。请帮我确认这是不是官方消息。谢谢。"
            ),
        ),
        sources=(
            "bitget-phishing-alert",
            "bitget-phishing-notice",
            "bitget-anti-phishing-code",
            "bitget-anti-phishing-login",
            "bitget-sms-phishing",
            "bitget-verification-email",
            "bitget-verify-channels",
            "bitget-never-release-funds",
            "bitget-scam-victim-guide",
            "police-sg-platform-impersonation",
            "police-sg-phishing",
        ),
        facts=(
            "fake-support-seen",
            "phishing-ongoing-withdrawal",
            "sms-spoofing",
            "official-apps",
            "anti-phishing-code",
            "anti-phishing-code-login",
            "login-verification-email",
            "verification-tool",
            "never-ask-secrets",
            "police-no-transfer",
            "police-fake-login-page",
        ),
        first_screen=FirstScreen(
            first="手动输入 www.bitget.com 或打开官方 App 登录，看账户里是否真有这条通知。",
            dont="不要点消息里的链接，也不要回拨消息里的号码。",
            where="拿不准就去帮助中心，用官方验证工具查询网址、邮箱或账号，再核对防钓鱼码。",
        ),
    ),
    Problem(
        id="api-key",
        freeze_first=True,
        title="API Key 泄露或出现可疑的 API 操作",
        group="security",
        tagline="泄露、陌生的 API 订单",
        short_title="API Key 异常",
        summary="API Key 可能泄露了，或者账户里出现了不是你做的、通过 API 下的单或其他操作。",
        lead=(
            Note(
                "先删除不认识的 API Key，再改登录密码、删除陌生设备。这几步依据 Bitget 帮助中心的说明。",
                label="先做",
                anchor="facts",
            ),
            Note("看到不是你做的提现或陌生设备登录，马上看", label="还有别的异常", see="hacked"),
        ),
        aliases=(
            "API",
            "API Key",
            "陌生 API",
            "API 泄露",
            "API 被盗",
            "量化机器人",
            "交易机器人",
            "跟单机器人",
            "机器人乱下单",
            "Secret Key",
        ),
        symptoms=(
            "「API keys」页面里有你没创建的 API Key。",
            "出现不是你下的单，或大量陌生的交易。",
            "把 API Key 交给第三方机器人或量化服务后，账户出现异常。",
            "API Key 曾出现在聊天、截图或公开的代码里。",
        ),
        checks=(
            Item(
                id="notice-email",
                text="收到说新建了 API Key 的邮件，先当它可能是假的：不要点邮件里的链接，"
                "自己输入 www.bitget.com 或打开官方 App，在「API keys」页面看有没有这个 Key。" + SENDER_RULE,
            ),
            Item(
                id="delete-keys",
                text="在官网或官方 App 的「API keys」页面，删除不认识的、不再使用的和可能泄露的 API Key。",
            ),
            Item(id="secure", text="修改登录密码，在设备管理里删除不认识的设备，开启二次验证。"),
            Item(id="records", text="查看交易、提现和划转记录，记下不是你做的每一笔。"),
            Item(id="third-party", text="回想把 API Key 交给过哪些第三方服务，停止使用，并在那边删除。"),
            Item(id="withdrawals", text="看到不是你做的提现或陌生设备登录，按「账户被盗」处理。"),
        ),
        prepare=(
            Item(id="uid", text="你的 UID（联系客服时每次都写上）", blank="UID"),
            Item(
                id="email",
                text="完整的注册邮箱或手机号（只写在官方渠道里，不要发到公开的帖子或群里）",
                blank="注册邮箱",
            ),
            Item(id="first-seen", text="什么时候发现的（写明时区）", blank="发现时间"),
            Item(id="unauthorized", text="不是你做的交易或提现：时间、币种、数量", blank="订单号或 TxID"),
            Item(
                id="key-name",
                text="出问题的 API Key 在列表里显示的名称和创建日期（不要写出 Secret Key 或口令）",
                blank="显示名称",
            ),
            Item(id="services", text="交给过 API Key 的第三方平台或工具", blank="服务名称"),
        ),
        channels=(
            ChannelChoice("live-chat", "Bitget 的帮助文字让账户被盗、自己无法保护账户的用户，用在线客服请求冻结账户。"),
            ChannelChoice("ticket", "打不开在线客服时提交工单；之后也用工单写明时间线，留下书面记录。"),
            ChannelChoice("email", "只作备用：工单也用不了时，从注册邮箱写信；是否有人处理未见官方说明。"),
        ),
        dont=(
            "不要把 Secret Key 或 API 口令发给任何人，包括自称客服或「技术支持」的人。",
            "不要把 API Key 交给来历不明的机器人、跟单或代操作服务。",
            "不要只删 API Key 就算完：也要改密码、删除陌生设备。",
            "不要相信主动联系你、声称能追回损失的人，更不要先付钱。",
        ),
        template=Template(
            subject="API Key 异常：UID【UID】，【日期】",
            body=(
                "您好，\n\n"
                "我的账户出现了不认识的 API 操作，情况如下：\n"
                "UID：【UID】\n"
                "注册邮箱：【完整的注册邮箱】\n"
                "发现时间：【日期 时间 时区】\n"
                "不是我做的操作：【时间、币种、数量】\n\n"
                "我已经做了：\n"
                "删除陌生 API Key：【是 / 否】\n"
                "修改登录密码：【是 / 否】\n"
                "删除陌生设备：【是 / 否】\n\n"
                "截图已附上。请帮我检查账户。谢谢。"
            ),
        ),
        sources=(
            "bitget-hacked-account",
            "bitget-scam-victim-guide",
            "ftc-recovery-scams",
            "bitget-anti-phishing-code",
        ),
        facts=(
            "api-key-delete",
            "hacked-first-steps",
            "hacked-signs",
            "hacked-menu-paths",
            "hacked-secure-email",
            "recovery-scam-warning",
            "anti-phishing-code",
        ),
        first_screen=FirstScreen(
            first="登录官网或官方 App，在「API keys」页面删除不认识的 API Key，再改登录密码。",
            dont="不要把 Secret Key 或 API 口令发给任何人，包括自称客服的人。",
            where="删除后仍有陌生操作，马上用在线客服请求冻结账户。",
        ),
    ),
    Problem(
        id="region",
        title="提示所在地区无法使用，或因地区受限",
        group="identity",
        tagline="所在地区、出国后受限",
        short_title="地区不支持或受限",
        summary="注册、认证或登录时提示你所在的国家或地区不支持，或者账户因为地区原因被限制。",
        lead=(
            Note(
                "先对照官网上的受限国家和地区名单，看你所在的地方是否在内。我们只读到名单的一部分，完整名单以官网为准。",
                label="受限名单",
                anchor="fact-region-restrictions",
            ),
            Note(
                "Bitget 自 2021 年 12 月起停止中国大陆的新用户注册，已认证为中国大陆用户的账户被关闭；公告说资产可以全部提走。"
                "账户里还有资产的，向官方客服问现在怎样提走。",
                label="在中国大陆",
                anchor="fact-mainland-exit",
            ),
            Note(
                "2024 年 7 月 20 日起，没有完成一级身份认证不能提现。因为地区原因过不了认证的，向官方客服问有没有只提现的办法；"
                "我们没有找到这方面的官方说明。",
                label="过不了一级认证",
                anchor="fact-kyc-level-1",
            ),
        ),
        aliases=(
            "大陆用户",
            "中国大陆",
            "地区不支持",
            "地区限制",
            "受限地区",
            "国家不支持",
            "所在地区",
            "IP 限制",
            "出国",
            "制裁",
            "美国用户",
            "香港用户",
        ),
        symptoms=(
            "注册或身份认证时提示所在的国家或地区不支持。",
            "登录后提示服务在你所在的地区不可用。",
            "出国旅行后账户被限制。",
            "账户被限制，通知提到地区、国籍或制裁。",
        ),
        checks=(
            Item(
                id="list",
                text="对照 Bitget 身份认证常见问题里的受限国家和地区名单，看你所在的地方是否在内。我们只读到名单的一部分，以官网为准。",
            ),
            Item(id="travel", text="想一想最近是否去过受制裁的国家或地区：官方列出的限制原因里有这一条。"),
            Item(id="notice", text="找到限制通知，记下原文，弄清受限的是哪些功能。"),
            Item(id="profile", text="确认身份认证里的国籍和居住地填写无误。"),
            Item(
                id="assets",
                text="账户里还有资产的，向官方客服问清怎样提现；过不了一级认证的，问有没有只提现的办法。",
            ),
        ),
        prepare=(
            Item(id="uid", text="你的 UID（联系客服时每次都写上）", blank="UID"),
            Item(
                id="email",
                text="完整的注册邮箱或手机号（只写在官方渠道里，不要发到公开的帖子或群里）",
                blank="注册邮箱",
            ),
            Item(id="location", text="你现在所在的国家或地区，和证件的签发地", blank="所在地 / 签发地"),
            Item(id="notice-copy", text="限制提示，照原样抄下或截图", blank="提示原文"),
            Item(id="travel-record", text="最近去过哪些国家或地区、什么时候", blank="出行记录"),
        ),
        channels=(
            ChannelChoice("help-center", "身份认证常见问题列出了受限的国家和地区：先查看官网上的完整名单。"),
            ChannelChoice("live-chat", "账户里还有资产的，用在线客服问清能否提现、怎样提现；具体做法未见官方说明。"),
            ChannelChoice("ticket", "需要留下书面记录时，提交工单。"),
            ChannelChoice("email", "以上都用不了时，从注册邮箱写信；是否有人处理未见官方说明。"),
        ),
        dont=(
            "不要用 VPN、代理或别人的身份绕过地区限制。",
            "不要借用或购买别人的账户。",
            "不要相信声称能「解除地区限制」「代为认证」并收费的人。",
            "不要为了换地区而注销账户，或反复注册新账户。",
        ),
        template=Template(
            subject="账户因地区受限：UID【UID】",
            body=(
                "您好，\n\n"
                "我的账户因地区原因受限，情况如下：\n"
                "UID：【UID】\n"
                "注册邮箱：【完整的注册邮箱】\n"
                "发现时间：【日期 时间 时区】\n"
                "提示原文：【原文】\n"
                "我现在所在的国家或地区：【国家或地区】\n"
                "受限的功能：【注册 / 认证 / 交易 / 提现】\n\n"
                "请告诉我账户里的资产可以怎样处理。谢谢。"
            ),
        ),
        sources=(
            "bitget-kyc-faq",
            "bitget-mainland-exit",
            "bitget-account-restrictions",
            "bitget-kyc-withdrawal-rule",
            "bitget-withdrawal-failed",
        ),
        facts=("region-restrictions", "mainland-exit", "account-restriction-reasons", "kyc-level-1"),
        first_screen=FirstScreen(
            first="对照官网上的受限国家和地区名单，看你所在的地方是否在内。",
            dont="不要用 VPN、代理或别人的身份绕过地区限制。",
            where="先去帮助中心查看受限名单，再问客服资产怎样处理。",
        ),
    ),
    Problem(
        id="inheritance",
        title="账户持有人去世：家属如何申请继承",
        group="other",
        tagline="家属怎样申请继承",
        short_title="账户持有人去世",
        summary="Bitget 账户的持有人去世了，家属想知道账户里的资产怎样处理。",
        lead=(
            Note(
                "继承人登录自己的 Bitget 账户，在支持页面的自助服务区提交继承申请，要交死亡证明、去世者和申请人的身份证件，以及继承权证明。"
                "审核要多久、文件要不要翻译或公证，未见官方说明。",
                label="去哪里申请",
                anchor="fact-inheritance-request",
            ),
            Note(
                "继承人所在的地区不能开 Bitget 账户（受限地区）时怎么办，我们没有找到官方说明。"
                "请在官网提交工单说明情况，或请官方客服告诉你怎样办理。",
                label="开不了账户的继承人",
                see="ticket",
            ),
            Note("主动找上门、说能代办继承或取回资产并要先收费的，都是骗子，见", label="小心代办", see="scams"),
        ),
        aliases=(
            "家人去世",
            "亲人去世",
            "去世",
            "过世",
            "继承",
            "账户继承",
            "遗产",
            "死亡证明",
            "继承人",
            "家属",
        ),
        symptoms=(
            "家人去世，留下了 Bitget 账户或资产。",
            "不知道去世者的密码，也不知道怎样联系 Bitget。",
            "有人主动联系你，说能帮你取回去世家人的资产。",
        ),
        checks=(
            Item(
                id="self-service",
                text="用你自己的 Bitget 账户登录，在支持页面的自助服务区点「查看全部」，在「账户」类里找到继承申请。",
            ),
            Item(id="account-info", text="从家人留下的记录里找出去世者的 UID 或注册邮箱：申请表会问到。"),
            Item(
                id="legal-docs",
                text="向当地的公证处、法院或律师了解怎样取得继承权证明：各地做法不同，Bitget 的说明里没有写。",
            ),
            Item(id="scam-contact", text="有人主动联系你、说能代办继承或取回资产的，先当作骗子，只通过官网办理。"),
        ),
        prepare=(
            Item(id="uid", text="去世者的 UID（知道的话）", blank="UID"),
            Item(
                id="email",
                text="去世者注册时用的完整邮箱地址（只写在官方渠道里，不要发到公开的帖子或群里）",
                blank="注册邮箱",
            ),
            Item(id="death-certificate", text="死亡证明的扫描件或照片", blank="文件名"),
            Item(id="deceased-id", text="去世者的身份证件", blank="证件文件名"),
            Item(id="applicant-id", text="你自己的身份证件", blank="你的证件文件名"),
            Item(
                id="inheritance-proof",
                text="证明你有继承权的文件（接受哪些文件，以申请页面的要求为准）",
                blank="证明文件名",
            ),
        ),
        channels=(
            ChannelChoice(
                "help-center", "支持页面的自助服务区有继承申请（从继承人自己的账户提交），官方说明了要提交的材料。"
            ),
            ChannelChoice(
                "ticket",
                "申请遇到问题、需要补充说明，或继承人开不了账户时，提交工单。是否需要登录未见官方说明。",
            ),
            ChannelChoice("email", "以上都用不了时，从你自己的邮箱写信；是否有人处理未见官方说明。"),
        ),
        dont=(
            "不要相信主动联系你、声称能代办继承或取回资产的人，更不要先付钱。",
            "死亡证明和证件只在官网的申请页面提交，不要发到聊天、私信或社交媒体。",
            "本站的建议：不要用去世者的密码登录账户或转走资产，按官方的继承申请办理。",
            "不要注销去世者的账户。",
        ),
        template=Template(
            subject="账户继承申请：去世者 UID【UID】",
            body=(
                "您好，\n\n"
                "我的家人已经去世，我想申请继承其 Bitget 账户里的资产，情况如下：\n"
                "去世者的 UID：【UID，知道的话】\n"
                "去世者的注册邮箱：【完整的注册邮箱】\n"
                "去世日期：【日期】\n"
                "我与去世者的关系：【例如 配偶、子女】\n"
                "提交继承申请的时间：【日期 时间 时区】\n\n"
                "请告诉我还需要提交哪些材料，以及审核大约要多久。材料我只在官网的申请页面提交。谢谢。"
            ),
        ),
        sources=("bitget-inheritance", "ftc-recovery-scams"),
        facts=("inheritance-request", "inheritance-materials", "recovery-scam-warning"),
        first_screen=FirstScreen(
            first="准备死亡证明、去世者和你自己的身份证件，以及继承权证明。",
            dont="不要相信主动联系你、说能代办继承的人，更不要先付钱。",
            where="登录你自己的账户，在帮助中心的自助服务区提交继承申请。",
        ),
    ),
    Problem(
        id="trading",
        title="交易异常：订单、强平或跟单",
        group="trading",
        tagline="没成交、被强平、下错单、跟单",
        short_title="交易异常",
        summary="委托没成交或被撤销、合约被强平（爆仓）、下错了单，或者跟单出了问题。",
        lead=(
            Note(
                "强平按标记价格判断，不按 K 线上的最新成交价；强平的成交价也不显示在 K 线里。",
                label="没到强平价也爆仓了",
                anchor="fact-trade-liq-mark-price",
            ),
            Note(
                "止损触发不等于成交，标记价格也可能先到强平价。",
                label="设了止损还是被强平",
                anchor="fact-trade-tpsl-not-filled",
            ),
            Note(
                "只做 Maker、IOC、FOK 和闪电委托不能按条件成交时会被撤销；触发强平时，有关的委托也会先撤掉。",
                label="委托被撤销",
                anchor="fact-trade-order-cancelled",
            ),
            Note(
                "没有找到 Bitget 说明强平记录入口的文章：在合约的委托和仓位记录里找，找不到就请在线客服调出。",
                label="强平记录在哪",
            ),
            Note(
                "已经成交的能不能撤回或补偿，未见官方说明；还没成交的委托可以自己撤销。",
                label="下错单",
            ),
            Note(
                "取消跟随后，已有的跟单仓位不会自动平掉；分润在平仓时预扣，次日结算。",
                label="停止跟单",
                anchor="fact-copy-unfollow",
            ),
            Note(
                "不会，它不是亏损的补偿保险。盈利的仓位被系统平掉，可能是自动减仓（ADL）。",
                label="风险准备金会赔吗",
                anchor="fact-trade-insurance-fund",
            ),
            Note("声称能追回爆仓损失、要你先付钱的，都是骗子，见", label="防骗", see="scams"),
        ),
        aliases=(
            "交易异常",
            "订单",
            "委托",
            "没成交",
            "挂单",
            "撤单",
            "下单失败",
            "强平",
            "爆仓",
            "穿仓",
            "插针",
            "标记价格",
            "止盈止损",
            "合约",
            "下错单",
            "买错",
            "跟单",
            "带单",
            "交易专家",
            "分润",
            "取消跟单",
            "自动减仓",
        ),
        symptoms=(
            "限价委托一直没成交，或者被撤销、下单失败。",
            "合约被强平（爆仓），但 K 线看起来没到强平价。",
            "设了止盈止损，还是被强平。",
            "下错了方向、数量或交易对。",
            "跟单亏损、停不下来，或分润和你算的不一样。",
        ),
        checks=(
            Item(
                id="order-status",
                text="在委托记录里看这笔委托的状态和类型：限价单离市场价太远不会成交，只做 Maker、IOC、FOK 可能被撤销。",
            ),
            Item(id="liquidation", text="被强平的：在合约的委托和仓位记录里找到这笔强平，截图，记下时间。"),
            Item(id="tpsl", text="设了止盈止损的：看它按最新价还是标记价格触发，触发后有没有成交。"),
            Item(id="wrong-order", text="下错单的：没成交的委托马上撤销；已成交的，截图，记下订单号。"),
            Item(id="copy", text="跟单的：要停止就取消跟随，已有的跟单仓位要另外平仓。"),
        ),
        prepare=(
            Item(id="uid", text="你的 UID", blank="UID"),
            Item(
                id="email",
                text="完整的注册邮箱或手机号（只写在官方渠道里，不要发到公开的帖子或群里）",
                blank="注册邮箱",
            ),
            Item(id="order-id", text="订单号（在委托或订单详情里）", blank="订单号"),
            Item(id="pair", text="交易对和类型：现货、合约或跟单", blank="交易对 / 类型"),
            Item(id="side", text="方向和数量：买入、卖出、开多或开空", blank="方向 / 数量"),
            Item(id="time", text="出问题的时间（写明时区）", blank="时间"),
            Item(id="screenshot", text="截图：委托记录、仓位或强平记录", blank="文件名"),
        ),
        channels=(
            ChannelChoice("help-center", "先看强平、止盈止损和跟单的说明。"),
            ChannelChoice("live-chat", "记录对不上、找不到强平记录，或怀疑系统出错，用在线客服询问。"),
            ChannelChoice("ticket", "要书面答复、补充截图时提交工单。处理要多久，未见官方说明。"),
            ChannelChoice("email", "以上都用不了时，从注册邮箱写信；是否有人处理未见官方说明。"),
        ),
        dont=(
            "不要相信声称能「追回爆仓损失」或「恢复仓位」的人：要你先付钱或转账的，一律是骗子，即使对方给你看「工单」或「官网通知」。",
            "不要把钱转给私信或群里的「带单老师」，也不要把账户、API Key 交给别人代操作。",
            "不要在社交媒体上公开发订单截图和 UID 求助：冒充客服的人专找这样的帖子。",
            "不要把密码、验证码或 API 的 Secret Key 发给任何人，包括自称客服的人。",
        ),
        template=Template(
            subject="交易异常：【交易对】订单【订单号】，【日期】",
            body=(
                "您好，\n\n"
                "我的交易出现了异常，情况如下：\n"
                "UID：【UID】\n"
                "注册邮箱：【完整的注册邮箱】\n"
                "类型和交易对：【现货 / 合约 / 跟单】，【交易对】\n"
                "订单号：【订单号】\n"
                "方向：【买入 / 卖出 / 开多 / 开空】\n"
                "数量或金额：【数量】\n"
                "发生时间：【日期 时间 时区】\n"
                "问题：【例如 委托被撤销、被强平、下错单】\n\n"
                "截图已附上。请帮我查明原因。谢谢。"
            ),
        ),
        sources=(
            "bitget-estimated-liq-price",
            "bitget-leverage-risk",
            "bitget-leverage-risk-coinm",
            "bitget-tpsl-not-filled",
            "bitget-quick-order",
            "bitget-flash-order",
            "bitget-insurance-fund",
            "bitget-adl",
            "bitget-copy-unfollow",
            "bitget-copy-profit-share",
            "bitget-copy-faq",
            "bitget-copy-my-trades",
            "bitget-trader-settings",
            "ftc-recovery-scams",
        ),
        facts=(
            "trade-liq-mark-price",
            "trade-liq-process",
            "trade-tpsl-not-filled",
            "trade-order-cancelled",
            "trade-insurance-fund",
            "trade-adl",
            "copy-unfollow",
            "copy-profit-share",
            "copy-trader-no-contacts",
            "recovery-scam-warning",
        ),
        first_screen=FirstScreen(
            first="在委托和仓位记录里找到这笔订单，截图，记下订单号和时间。",
            dont="不要相信能「追回爆仓损失」的人，更不要先转钱。",
            where="先在帮助中心看强平和止损的说明，再找在线客服。",
        ),
    ),
)

# ---------------------------------------------------------------------------
# Triage: the questions on /identify/
# ---------------------------------------------------------------------------

# The help centre (HELP_CENTRE, a source above) is where 以上都不是 / 拿不准 ends
# (with the ticket form inside it).
# Each answer leads to another question or to a problem id. A new problem page is
# one more Answer("what the reader sees", "its-id") on the question where it belongs;
# validation fails until every problem can be reached. Every question also gets
# 以上都不是 / 拿不准 (model.UNSURE_ANSWER): never write it here.
TRIAGE = Triage(
    start="not-you",
    help_centre=HELP_CENTRE,
    questions=(
        Question(
            id="not-you",
            text="有没有看到不是你做的操作？",
            hint="比如陌生设备登录，你没改过的密码、邮箱或二次验证，你没发起的交易或提现。",
            answers=(
                Answer("有，有些操作不是我做的", "hacked"),
                Answer("没有", "can-login"),
                Answer("没有，但收到短信、邮件或来电说我的账户有异常", "suspicious-message"),
            ),
        ),
        Question(
            id="can-login",
            text="现在能登录账户吗？",
            answers=(
                Answer("能登录", "where"),
                Answer("能登录，但问题是 P2P、身份认证、资金来源、地区或 API", "more"),
                Answer("不能：想不起密码", "password"),
                Answer("不能：谷歌验证器丢了，或换了手机", "2fa"),
                Answer("不能：提示账户被冻结或受限", "frozen"),
                Answer("不能：收不到验证码、报错或打不开", "login"),
                Answer("不能：提示所在地区无法使用", "region"),
                Answer("不能：账户持有人已去世，我是家属", "inheritance"),
            ),
        ),
        Question(
            id="where",
            text="问题出在哪里？",
            answers=(
                Answer("提现：提不出来、被拒绝，或对方没收到", "withdrawal"),
                Answer("充值：转进来的资产没到账", "deposit"),
                Answer("交易、充值或提现用不了，提示受限", "frozen"),
                Answer("二次验证：验证器丢了，或收不到验证码", "2fa"),
                Answer("交易：订单没成交、被强平、下错单或跟单", "trading"),
            ),
        ),
        Question(
            id="more",
            text="是哪一种？",
            answers=(
                Answer("P2P 交易：对方未付款、未放币，或要我先放币", "p2p"),
                Answer("P2P 卖币收款后，银行卡被冻结", "bank-card"),
                Answer("身份认证（KYC）被拒，或一直在审核", "kyc"),
                Answer("要我提供资金来源证明或补充材料", "funds-review"),
                Answer("提示所在地区无法使用，或因地区受限", "region"),
                Answer("有不认识的 API Key，或不是我下的 API 订单", "api-key"),
            ),
        ),
    ),
)

# Checklist items that were removed, by full id ("deposit.old-item"). Readers' browsers
# may still hold a tick for them, so these ids are never given to a new item.
RETIRED_ITEMS: frozenset[str] = frozenset(
    {
        # Security answers printed with fill-in lines (issue 21): now a box with none.
        "2fa.last-login",
        "2fa.account-activity",
        # P2P split in two (issue 24): the bank-card case has its own page and items.
        "p2p.bank-card",
    }
)

# Facts that were merged into another, by id. Old links to #fact-<id> may exist, so
# these ids are never given to a new fact: account-deletion is now
# account-close-permanent, login-official-app is now official-apps. Facts whose id
# said something no longer true are retired too: p2p-no-escrow is now
# p2p-escrow-phishing (Bitget P2P does hold the seller's coins), edd-articles
# ("we did not read the documents") is now edd-where, edd-documents and edd-bank.
RETIRED_FACTS: frozenset[str] = frozenset({"account-deletion", "login-official-app", "p2p-no-escrow", "edd-articles"})

# When and how to ask for a freeze: one rule, one fallback order, on every page that
# mentions it. No self-service freeze was found for Bitget (peers such as Binance and
# OKX have one); whether live chat or the ticket form need a login is not stated.
FREEZE = FreezePlan(
    when=(
        "什么时候请求冻结：按 Bitget 帮助文字的说法，自己无法保护账户时立即请求，"
        "例如登不上、密码或邮箱已被改，或改了密码仍有不是你做的操作。能登录的，先改密码、删除陌生设备和 API Key。"
    ),
    steps=(
        ChannelChoice(
            "live-chat",
            "先用在线客服：手动输入 www.bitget.com，在屏幕右下角打开在线客服（英文界面为 Help；App 里也有在线客服按钮），"
            "说明账户被盗，请求冻结。",
        ),
        ChannelChoice(
            "ticket",
            "打不开在线客服时，在官网帮助中心（www.bitget.com/support）提交「提交请求」表单，主题写「紧急：账户被盗，请求冻结」。",
        ),
        ChannelChoice(
            "email",
            "表单也用不了时，用注册邮箱写信到 support@bitget.com，主题开头写「紧急：账户被盗，请求冻结」，正文写 UID。",
        ),
    ),
    no_self_service=(
        "我们没有找到 Bitget 的自助冻结功能；在线客服和工单要不要先登录，也未见官方说明。前一条走不通，马上试下一条。"
    ),
)

# Public emergency and government lines the site may show, never a Bitget number: each
# rests on government or press sources, and a text may show the number only where its
# entry cites one of them (model.py). A short number the words call a phone number
# ("拨打 95123") that is not listed here fails the build.
PUBLIC_LINES = (
    PublicLine("110", "报警电话（中国大陆、台湾）", ("xinhua-report-110", "tw-yahoo-165-110")),
    PublicLine("96110", "反诈预警劝阻专线（中国大陆）", ("jstv-96110", "bjd-96110")),
    PublicLine(
        "18222",
        "「防骗易」咨询热线（香港警务处反诈骗协调中心）",
        ("hk-gov-adcc", "hk-police-18222", "hk-press-fake-adcc"),
    ),
    PublicLine("999", "紧急求助电话（香港）", ("hk-police-ereport",)),
    PublicLine("165", "反诈骗咨询专线（台湾内政部警政署）", ("tw-miaoli-165", "tw-udn-165", "tw-yahoo-165-110")),
)

# ---------------------------------------------------------------------------
# Pages and the site's own words
# ---------------------------------------------------------------------------

# Pages that are no problem and no channel, by key: a Note's `see` or `on` names one
# ("scams"), and the search help below links some. A problem or channel is named by its id.
PAGES = (
    Page("scams", "scams.md", "识别骗局"),
    Page("channels", "channels/index.md", "联系渠道对比"),
    Page("identify", "identify.md", "确认问题类型"),
    Page("safety", "safety.md", "注意事项"),
)

# The first screens of the pages that answer but are no problem, as problems have theirs
# (first_screen): every channel's page, and pages of PAGES. The page_answer("<key>") macro
# shows it right under the page's title. "Where" names a channel; the block adds the
# help-centre link after it, or (anchor, link) a link to a section of the page itself.
PAGE_ANSWERS = (
    PageAnswer(
        "scams",
        FirstScreen(
            first="停止和对方联系，自己手动输入 www.bitget.com 或打开官方 App 核实。",
            dont="不要把密码、验证码、私钥或助记词给任何人，也不要按对方说的转账或付费。",
            where="用官方验证工具查对方的网址、邮箱或账号；已经被骗，用在线客服告诉 Bitget，再报警。",
        ),
        anchor="verification-tool",
        link="查询的步骤（本页下方）",
    ),
    PageAnswer(
        "safety",
        FirstScreen(
            first="停止反复登录和匆忙转移资金，先弄清是哪种问题。",
            dont="不要把密码、验证码、私钥或助记词告诉别人，包括自称客服的人。",
            where="账户可能被盗时马上用在线客服；不急的问题先查帮助中心。",
        ),
    ),
    PageAnswer(
        "channels",
        FirstScreen(
            first="先看急不急：急事用在线客服，要留书面记录用提交工单，一般问题先查帮助中心。",
            dont="不要用电话或社交媒体私信处理账户问题，网上的「客服电话」一律不要拨打。",
            where="每个渠道都只从官网或官方 App 进入；拿不准时，先去帮助中心。",
        ),
    ),
    PageAnswer(
        "help-center",
        FirstScreen(
            first="手动输入 www.bitget.com 或打开官方 App，进入帮助中心，搜索你看到的提示原文。",
            dont="不要点搜索广告里或别人发来的「帮助中心」链接：可能是仿冒网站。",
            where="帮助中心在官网上；自助解决不了，再用在线客服或提交工单。",
        ),
    ),
    PageAnswer(
        "live-chat",
        FirstScreen(
            first="打开官网 www.bitget.com 或官方 App，从页面上的在线客服入口开始对话。",
            dont="不要点陌生人发来的「客服链接」，也不要在聊天里给出密码或验证码。",
            where="在线客服只从官网或官方 App 进入；找不到入口时，在帮助中心提交工单。",
        ),
    ),
    PageAnswer(
        "ticket",
        FirstScreen(
            first="在官网帮助中心打开「提交请求」，选择问题类型，写清 UID、时间和经过。",
            dont="不要相信别人发来的「工单号」或「工单网址」。",
            where="提交工单的入口在官网的帮助中心里。",
        ),
    ),
    PageAnswer(
        "email",
        FirstScreen(
            first="先用在线客服或提交工单；邮件只作备用，要写就用注册邮箱写。",
            dont="不要点「客服回信」里要你解冻或验证账户的链接。",
            where="急事用在线客服，要书面记录用提交工单，都从官网进入。",
        ),
    ),
    PageAnswer(
        "social",
        FirstScreen(
            first="停止回复自称 Bitget 客服的社交媒体账号，用官方验证工具查它的用户名。",
            dont="不要在私信或评论里发 UID、邮箱或截图，更不要发任何验证码。",
            where="账户问题用在线客服或提交工单，都从官网或官方 App 进入。",
        ),
    ),
    PageAnswer(
        "phone",
        FirstScreen(
            first="挂断自称 Bitget 客服的来电，自己打开官网 www.bitget.com 核实。",
            dont="不要拨打搜索结果、广告或消息里的「Bitget 客服电话」。",
            where="要找客服，用官网或官方 App 里的在线客服。",
        ),
    ),
)

# Every word the site's own blocks and scripts show that is not an entry's text:
# headings, introductions, labels, buttons, messages. Grouped by the renderer
# (macros/render/<group>.py) or the script (scripts: docs/assets/javascripts/<name>.js)
# that shows them. {name} marks where a value or a link goes: keep each one, once.
WORDS = Words(
    shared=SharedWords(
        external_hint="（外部链接）",
        edit_data="编辑数据",
        edit_data_title="这部分内容来自 {file}，在代码仓库里修改",
        advice="本站的建议",
        aliases="也叫",
        yes="需要",
        no="不需要",
        unknown=UNKNOWN,
    ),
    answer=AnswerWords(
        first="先做",
        dont="不要",
        where="去哪",
        help_centre="Bitget 帮助中心（离开本站）",
        urgent_title="现在就做，不用先看完整页",
        locked_out="已经登不进去",
        locked_out_do="按顺序请求冻结账户",
        can_login="还能登录",
        can_login_do="马上做这几步",
    ),
    notes=NoteWords(see="见", see_endings=("见", "看"), basis="依据"),
    channels=ChannelWords(
        channel="渠道",
        how="怎么联系",
        login="需要登录",
        speed="一般速度",
        hours="服务时间",
        best_for="适合的问题",
        trust="可信度",
        not_for_accounts="不建议用于账户问题",
        sources="来源",
        freeze_title="请求冻结账户",
    ),
    facts=FactWords(
        sources="来源",
        claimed_summary="说法出自哪里",
        claimed_by="说法出自",
        checked="我们查过",
        not_said="这些页面都没有这样说。",
        page_language="页面为{language}",
        page_date="页面日期 {date}",
        checked_on="核对于 {date}",
    ),
    composer=ComposerWords(
        subject="主题",
        open="在本页填写这份留言",
        close="收起填写",
        title="在这里填写，预览里就是写好的留言",
        warning=(
            "不要在这里或任何地方填写密码、验证码、私钥或助记词：真正的客服从不索要。"
            "填的内容只留在这个浏览器里，本站收不到。"
        ),
        remember="记住在本机",
        remember_note="不勾选时，刷新或关闭页面后内容就没有了。",
        copy="复制",
        clear="清空",
        preview="预览：复制和打印的就是下面这段文字。",
        long_words=("原文", "、"),
        example="例如",
    ),
    triage=TriageWords(
        result="结果",
        first="先找",
        first_after="为什么、之后找谁，见这一页。",
        open_page="打开「{title}」这一页",
        unsure_title="拿不准时：去官方帮助中心",
        unsure_search="打开 {help_centre}，搜索你看到的提示原文。只用官网 www.bitget.com 或官方 App。",
        help_centre="Bitget 帮助中心",
        unsure_ticket="找不到答案时，在帮助中心点「提交请求」提交工单，写清 UID、时间和经过。怎么写，见{ticket}。",
        scam_title="小心假客服",
        scam_text="真正的客服不会索要密码、验证码、私钥或助记词，也不会要你转账：见{scams}。",
    ),
    print_sheet=PrintWords(
        rule="只在 www.bitget.com 或官方 App 联系；本站不提供电话；密码、验证码、私钥不给任何人",
        choose="选择要打印的清单（默认全部打印）",
        this_sheet="打印这一张",
        only="只打印这一张",
        all="全部选中",
        print="打印选中的清单",
        left_out="这一张不打印",
    ),
    problem_page=ProblemPageWords(
        headings=(
            Heading("urgent", "先做这几步"),
            Heading("common", "常见情况"),
            Heading("first-checks", "先自查"),
            Heading("prepare", "准备材料"),
            Heading("channels", "找哪个渠道"),
            Heading("dont", "不要做的事"),
            Heading("template", "留言模板"),
            Heading("facts", "官方说明"),
            Heading("sources", "来源"),
            Heading("symptoms", "这一页适用于"),
        ),
        prepare="联系客服前，先把这些信息找齐、写在一处。只写下面这些，不写任何密码或验证码。",
        channels="按顺序试。前一个解决不了，再用下一个。",
        channels_urgent="请求冻结按上面的顺序。冻结之后，用工单写明时间线、补充材料，留下书面记录。",
        template=(
            "写邮件或提交工单时，复制下面的文字，把【】里的内容换成你的信息。"
            "模板里没有任何需要填写密码或验证码的地方：不要添加。"
        ),
    ),
    scripts=ScriptWords(
        checklists=ChecklistScriptWords(
            blocked="这个浏览器不允许本站保存数据：勾选只在本页有效，刷新或关闭页面后不会保留。",
            full="浏览器的存储空间已满：现在的改动不会保留，刷新或关闭页面后，回到之前保存的勾选。",
            progress="已完成 {done}/{total}",
            reset="清空勾选",
            confirm="确定清空这一组的 {count} 项勾选？",
            yes="清空",
            no="取消",
            chosen="已选 {n}/{total} 张：只打印选中的。",
        ),
        triage=TriageScriptWords(steps="问答步骤", back="上一步", restart="重新开始", counter="第 {n} 步"),
        composer=ComposerScriptWords(
            txid_note=(
                "TxID（交易哈希）是公开的链上记录，可以填。"
                "私钥也是一长串字母和数字，但它从不公开：任何人要私钥，都不要给。"
            ),
            rules_failed="没能载入检查密码和验证码的规则，填写的内容不会进入预览：请刷新页面再试。",
            storage_blocked="这个浏览器不允许本站保存数据：内容只在本页有效。",
            copied="已复制主题和正文。",
            copy_failed="没能复制：请在预览里选中文字，手动复制。",
            cleared="已清空。",
        ),
    ),
    search_help=SearchHelp(
        intro="没找到？换个说法再搜，或者从这里开始：",
        links=(
            PageLink("identify", "按表现判断问题类型"),
            PageLink("channels", "该找哪个客服渠道"),
            PageLink("scams", "有人自称客服联系你？先看常见骗局"),
        ),
    ),
)

HANDBOOK = Handbook(
    sources=SOURCES,
    facts=FACTS,
    channels=CHANNELS,
    problems=PROBLEMS,
    allowed_hosts=ALLOWED_HOSTS,
    mirror_hosts=MIRROR_HOSTS,
    official_emails=OFFICIAL_EMAILS,
    retired_items=RETIRED_ITEMS,
    retired_facts=RETIRED_FACTS,
    freeze=FREEZE,
    triage=TRIAGE,
    groups=GROUPS,
    public_lines=PUBLIC_LINES,
    contact_rule=CONTACT_RULE,
    pages=PAGES,
    page_answers=PAGE_ANSWERS,
    words=WORDS,
)
