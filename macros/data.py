"""The one data module: sources, facts, channels and problems.

Every statement about Bitget on the site comes from here, with its source and how
sure we are. Rules (checked when this module is imported, see model.py):

- Bitget is linked only on www.bitget.com. Help-centre text we saw only on other
  hosts is kind "official-text": same article id, linked on www.bitget.com, shown
  as "not re-checked on www.bitget.com" until someone reads it there.
- A claim nothing official confirms (phone support, 24/7 chat, support through
  social-media messages) is a Fact with status "not-confirmed".
- No phone numbers, no raw HTML, no secrets asked of the reader.

Research notes behind every entry: ../shared/research/bitget-facts.md (row ids
such as A1 or B15 are given in comments).
"""

from __future__ import annotations

import datetime as dt

from .model import ChannelChoice, Channel, Fact, Handbook, Item, Problem, Source, Template

D = dt.date

# When the sources below were last read (from stored copies of the pages).
CHECKED = D(2026, 11, 25)

# Hosts the site may link to. Anything else fails the build.
ALLOWED_HOSTS = frozenset(
    {
        "www.bitget.com",
        "www.consumer.ftc.gov",
        "consumer.ftc.gov",
        "reportfraud.ftc.gov",
        "www.ic3.gov",
        "www.coindesk.com",
    }
)

# Hosts that carry copies of Bitget's help centre but are not proven to be
# Bitget's. Never link them (bitget-facts.md §0). Any other host with "bitget" in
# its name is refused as well.
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
    }
)

# E-mail addresses the site may show: only those on an official page (A1).
OFFICIAL_EMAILS = ("support@bitget.com",)

# Words shown where nothing official states a value.
UNKNOWN = "未见官方说明"


def _article(article_id: str) -> str:
    """A Bitget help-centre article on Bitget's own host."""
    return f"https://www.bitget.com/zh-CN/support/articles/{article_id}"


# ---------------------------------------------------------------------------
# Sources
# ---------------------------------------------------------------------------

SOURCES = (
    # -- sources: Bitget contact and channels ----------------------------------
    # A1, A2: "Contact Us" and "Official Channels" blocks, old page.
    Source(
        id="bitget-api-guide",
        title="API Creation Guide（页脚的 Contact Us 与 Official Channels）",
        url="https://www.bitget.com/support/articles/360038968251-API-Creation-Guide",
        kind="official",
        checked=CHECKED,
        published=D(2020, 1, 19),
        note="2020 年的页面，联系方式可能已变。",
    ),
    # A3
    Source(
        id="bitget-telegram-group",
        title="Bitget 英文官方 Telegram 群公告",
        url="https://www.bitget.com/en/support/articles/12560603776003",
        kind="official",
        checked=CHECKED,
    ),
    # A4, A5, A7
    Source(
        id="bitget-never-release-funds",
        title="Customer support will never ask you to release funds",
        url="https://www.bitget.com/uk/support/articles/12560603796019",
        kind="official",
        checked=CHECKED,
        published=D(2024, 1, 25),
    ),
    # A6
    Source(
        id="bitget-account-restrictions",
        title="Bitget Academy：账户限制的原因与处理",
        url="https://www.bitget.com/ph/academy/guide-to-resolving-account-restrictions",
        kind="official",
        checked=CHECKED,
        published=D(2024, 5, 27),
    ),
    # -- sources: safety, scams and verification ------------------------------
    # B1
    Source(
        id="bitget-phishing-alert",
        title="Security Alert: Be Aware of Phishing Risks",
        url=_article("12560603814034"),
        kind="official-text",
        checked=CHECKED,
        published=D(2024, 8, 8),
    ),
    # B2
    Source(
        id="bitget-verify-channels",
        title="如何使用 Bitget 官方验证工具核实渠道",
        url=_article("12560603826152"),
        kind="official-text",
        checked=CHECKED,
    ),
    # B3
    Source(
        id="bitget-scam-victim-guide",
        title="遭遇诈骗后怎么办（Bitget 帮助中心）",
        url=_article("12560603821285"),
        kind="official-text",
        checked=CHECKED,
    ),
    # B4
    Source(
        id="bitget-anti-phishing-code",
        title="防钓鱼码设置说明",
        url=_article("12560603816158"),
        kind="official-text",
        checked=CHECKED,
        published=D(2024, 9, 27),
    ),
    # -- sources: problems ------------------------------------------------------
    # B9, B12
    Source(
        id="bitget-hacked-account",
        title="账户被盗后怎么办（Bitget 帮助中心）",
        url=_article("12560603821284"),
        kind="official-text",
        checked=CHECKED,
        published=D(2025, 1, 17),
    ),
    # B10, B23
    Source(
        id="bitget-tag-memo",
        title="充值时标签（Tag/Memo）填错或漏填",
        url=_article("12560603811939"),
        kind="official-text",
        checked=CHECKED,
    ),
    # B11, B27
    Source(
        id="bitget-reset-2fa",
        title="安全项丢失时如何自助重置二次验证（Reset 2FA）",
        url=_article("12560603821283"),
        kind="official-text",
        checked=CHECKED,
        published=D(2025, 1, 17),
    ),
    # B15, B16
    Source(
        id="bitget-withdrawal-failed",
        title="提现失败或受限的原因",
        url=_article("12560603807361"),
        kind="official-text",
        checked=CHECKED,
        published=D(2024, 3, 29),
    ),
    # B17a
    Source(
        id="bitget-change-password",
        title="如何修改登录密码（网页端）",
        url=_article("12560603821818"),
        kind="official-text",
        checked=CHECKED,
    ),
    # B17b
    Source(
        id="bitget-change-ga",
        title="如何修改谷歌验证器",
        url=_article("12560603821830"),
        kind="official-text",
        checked=CHECKED,
        published=D(2025, 1, 23),
    ),
    # B17c
    Source(
        id="bitget-change-email",
        title="如何修改邮箱（App）",
        url=_article("12560603821836"),
        kind="official-text",
        checked=CHECKED,
        published=D(2025, 1, 23),
    ),
    # B18
    Source(
        id="bitget-withdrawal-not-arrived",
        title="为什么我的提现还没到账",
        url=_article("12560603820649"),
        kind="official-text",
        checked=CHECKED,
    ),
    # B19
    Source(
        id="bitget-withdrawal-status",
        title="如何查看充值和提现记录",
        url=_article("12560603820644"),
        kind="official-text",
        checked=CHECKED,
        published=D(2024, 12, 31),
    ),
    # B21, B22
    Source(
        id="bitget-deposit-refund",
        title="未到账充值的自助退回",
        url=_article("12560603811938"),
        kind="official-text",
        checked=CHECKED,
        published=D(2024, 6, 28),
    ),
    # B24
    Source(
        id="bitget-deposit-minimum",
        title="低于最小充值数量的充值",
        url=_article("12560603811798"),
        kind="official-text",
        checked=CHECKED,
    ),
    # B25
    Source(
        id="bitget-exchange-refund",
        title="其他交易所退回到 Bitget 热钱包的资产",
        url=_article("12560603820602"),
        kind="official-text",
        checked=CHECKED,
    ),
    # -- sources: government and press ----------------------------------------
    # D1
    Source(
        id="ftc-recovery-scams",
        title="FTC：Refund and Recovery Scams",
        url="https://www.consumer.ftc.gov/articles/0102-refund-and-recovery-scams",
        kind="government",
        checked=CHECKED,
    ),
    # D3
    Source(
        id="ftc-crypto-payment",
        title="FTC：Did someone insist you pay them in cryptocurrency?",
        url="https://consumer.ftc.gov/consumer-alerts/2023/08/did-someone-insist-you-pay-them-cryptocurrency",
        kind="government",
        checked=CHECKED,
        published=D(2023, 8, 1),
    ),
    # D6
    Source(
        id="coindesk-fbi-fake-support",
        title="CoinDesk：FBI 提醒有人冒充加密货币交易所客服",
        url="https://www.coindesk.com/markets/2018/03/29/scammers-are-posing-as-crypto-exchange-support-staff-says-fbi/",
        kind="press",
        checked=CHECKED,
        published=D(2018, 3, 29),
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
        id="verification-tool",
        text="Bitget 提供官方验证工具（Official Verification），可查询网页、邮箱或社交媒体账号是否为官方渠道。",
        status="confirmed",
        sources=("bitget-never-release-funds", "bitget-verify-channels"),
        note="我们没有找到这个工具在 www.bitget.com 上的确切网址，请在官方帮助中心搜索「官方验证」。",
    ),
    Fact(
        id="anti-phishing-code",
        text="在「个人中心 > 安全 > 防钓鱼码」设置防钓鱼码后，Bitget 的官方邮件和短信（短信验证码除外）都会带上这个码。",
        status="confirmed",
        sources=("bitget-anti-phishing-code",),
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
        id="live-chat-exists",
        text="Bitget 的帮助文字让账户被盗的用户通过在线客服（Live Chat）联系客服冻结账户。",
        status="confirmed",
        sources=("bitget-hacked-account",),
    ),
    Fact(
        id="live-chat-24-7",
        text="原文说在线客服 7×24 小时全天候服务。",
        status="not-confirmed",
        sources=("bitget-hacked-account", "bitget-api-guide"),
        note="我们读过的 Bitget 官方页面没有写明在线客服的服务时间。",
    ),
    Fact(
        id="ticket-form",
        text="Bitget 帮助中心有「提交请求」（Submit a Request）表单，需要选择类别和问题类型，可填写 UID、邮箱、描述并上传附件。",
        status="confirmed",
        sources=("bitget-tag-memo", "bitget-exchange-refund"),
    ),
    Fact(
        id="phone-support",
        text="原文说 Bitget 有电话客服，可在帮助中心找到号码。",
        status="not-confirmed",
        sources=("bitget-api-guide", "bitget-phishing-alert"),
        note="我们读过的 Bitget 官方页面都没有列出电话号码；Bitget 的联系方式列表里也没有电话。",
    ),
    Fact(
        id="social-accounts",
        text="Bitget 官方页面列出的官方渠道包括 Twitter、Discord、Telegram、LinkedIn、Reddit、Facebook、Instagram、YouTube 和 Medium。",
        status="confirmed",
        sources=("bitget-api-guide",),
        note="2020 年的页面，没有写出账号名；账号是否官方，请用官方验证工具查询。",
    ),
    Fact(
        id="social-support",
        text="原文说可以在社交媒体上私信或留言，由官方客服处理账户问题。",
        status="not-confirmed",
        sources=("bitget-telegram-group", "bitget-never-release-funds"),
        note="Bitget 的英文 Telegram 群是社区群，官方没有说它处理账户问题；Bitget 还提醒 P2P 不会通过 Telegram 索要敏感信息。",
    ),
    # -- facts: problems ---------------------------------------------------------
    Fact(
        id="withdrawal-24h-lock",
        text="修改或重置登录密码、资金密码、谷歌验证器（二次验证）、邮箱或手机号后，提现和 P2P 交易会被限制 24 小时，之后自动解除。",
        status="confirmed",
        sources=("bitget-withdrawal-failed", "bitget-change-password", "bitget-change-ga", "bitget-change-email"),
    ),
    Fact(
        id="withdrawal-causes",
        text="提现失败的常见原因：资金被挂单或 P2P 占用，金额超过现货可用余额（体验金不能提现），地址无效，标签（Tag/Memo）缺失或错误，低于最小提现数量，超出 VIP 或身份认证等级的额度，或该网络暂停提现。",
        status="confirmed",
        sources=("bitget-withdrawal-failed",),
    ),
    Fact(
        id="kyc-review-time",
        text="待审核的身份认证（KYC）通常在约 24 小时内完成审核。",
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
        id="withdrawal-statuses",
        text="提现记录会显示状态：处理中（Pending、Processing）、成功（Successful）、失败（Failed）或已取消（Cancelled）。",
        status="confirmed",
        sources=("bitget-withdrawal-status",),
    ),
    Fact(
        id="deposit-below-minimum",
        text="低于最小充值数量的充值既不会入账，也不会退回。",
        status="confirmed",
        sources=("bitget-deposit-minimum",),
    ),
    Fact(
        id="deposit-tag-recovery",
        text="XRP、EOS、XLM 等需要标签（Tag/Memo）的币种，标签填错或漏填时，要通过「提交请求」申请找回：一般约 10 个工作日，可能收取手续费，且不保证找回。",
        status="confirmed",
        sources=("bitget-tag-memo",),
        note="手续费金额未见官方说明。",
    ),
    Fact(
        id="deposit-self-refund",
        text="充值了未上线或已下架的币种，或用了不支持的网络，可以在官网充值页面自助申请退回未到账充值。退回属于善意处理，不保证成功，最长约 10 个工作日。",
        status="confirmed",
        sources=("bitget-deposit-refund",),
    ),
    Fact(
        id="deposit-exchange-refund",
        text="其他平台退回到 Bitget 热钱包地址的资产，先核对 TxID，再通过「提交请求」申请；只有支持的币种和网络能找回，可能需要时间并收取费用。",
        status="confirmed",
        sources=("bitget-exchange-refund",),
    ),
    Fact(
        id="hacked-first-steps",
        text="账户可能被盗时，Bitget 建议：修改登录密码，在「设备管理」中删除不认识的设备，开启二次验证，删除不认识的 API Key；如果无法自己保护账户，立即通过在线客服联系客服冻结账户。",
        status="confirmed",
        sources=("bitget-hacked-account",),
    ),
    Fact(
        id="reset-2fa-self-service",
        text="安全项丢失时，可以在 Bitget 帮助中心的自助服务区使用「重置二次验证」（Reset 2FA），需要回答问题并上传证件照片和手持证件自拍。",
        status="confirmed",
        sources=("bitget-reset-2fa",),
        note="审核时长未见官方说明。",
    ),
    Fact(
        id="account-restriction-reasons",
        text="账户可能因被盗、与诈骗者有往来、涉及制裁、违反服务条款、缺少身份或反洗钱材料、资金与黑客或欺诈有关等原因被冻结或限制；Bitget 说明冻结是一种安全措施。",
        status="confirmed",
        sources=("bitget-account-restrictions",),
    ),
)

# ---------------------------------------------------------------------------
# Channels
# ---------------------------------------------------------------------------

CHANNELS = (
    Channel(
        id="help-center",
        name="帮助中心",
        how="打开官网 www.bitget.com 的帮助中心（Support），搜索你的问题；自助服务区有重置二次验证等工具。",
        login=False,
        speed="立即（自助阅读）",
        hours="随时可看",
        best_for=("deposit", "withdrawal"),
        prepare=("问题的关键词，例如「充值未到账」「提现失败」",),
        risks=("搜索引擎里的「帮助中心」可能是仿冒网站，请手动输入 www.bitget.com。",),
        status="confirmed",
        sources=("bitget-api-guide", "bitget-reset-2fa"),
        facts=("official-domain",),
        aliases=("FAQ", "常见问题", "自助服务"),
    ),
    Channel(
        id="live-chat",
        name="在线客服",
        how="登录官网或官方 App 后，在帮助或支持入口打开在线客服（Live Chat），选择问题类型后与客服对话；忙时可以留言。",
        login=True,
        speed="通常最快，但未见官方承诺的时长",
        hours=UNKNOWN,
        best_for=("deposit", "withdrawal"),
        prepare=("UID 或注册邮箱", "发生时间和经过", "错误提示原文", "截图"),
        risks=("只在已登录的官网或官方 App 里打开，不要点陌生人发来的「客服链接」。",),
        status="confirmed",
        sources=("bitget-hacked-account",),
        facts=("live-chat-exists", "live-chat-24-7"),
        aliases=("人工客服", "在线聊天", "Live Chat", "留言"),
    ),
    Channel(
        id="ticket",
        name="提交工单",
        how="在帮助中心找到「提交请求」（Submit a Request），选择类别和问题类型，填写 UID、邮箱和描述，上传附件。",
        login=None,
        speed="以天计；标签找回类一般约 10 个工作日",
        hours="随时可提交",
        best_for=("deposit", "withdrawal"),
        prepare=("UID 和注册邮箱", "时间、币种、数量、TxID", "截图或错误提示"),
        risks=("工单只在官网提交。别人发来的「工单号」或「工单网址」都不可信。",),
        status="confirmed",
        sources=("bitget-tag-memo", "bitget-exchange-refund"),
        facts=("ticket-form", "deposit-tag-recovery"),
        aliases=("工单", "提交请求", "Submit a Request", "申诉"),
    ),
    Channel(
        id="email",
        name="电子邮件",
        how="从注册邮箱写信到 Bitget 官方页面列出的客服邮箱 support@bitget.com。",
        login=False,
        speed=UNKNOWN,
        hours=UNKNOWN,
        best_for=("deposit", "withdrawal"),
        prepare=("注册邮箱", "UID", "时间、交易和截图"),
        risks=("这个邮箱来自 2020 年的官方页面，是否仍有人处理未见官方说明；急事请同时用在线客服或工单。",),
        status="confirmed",
        sources=("bitget-api-guide",),
        facts=("support-email",),
        aliases=("邮箱", "邮件", "Email", "客服邮箱"),
    ),
    Channel(
        id="social",
        name="社交媒体",
        how="原文列出 Twitter、Telegram、Facebook、Instagram。官方账号用于发布公告和社区交流；账号名请先用官方验证工具查询。",
        login=False,
        speed=UNKNOWN,
        hours=UNKNOWN,
        best_for=(),
        prepare=("不要准备任何账户资料：不要在社交媒体上发送。",),
        risks=(
            "冒充客服的账号最多：主动私信你的「客服」几乎都是骗子。",
            "不要在公开评论或私信里透露 UID、邮箱、订单或截图。",
        ),
        status="not-recommended",
        sources=("bitget-api-guide", "bitget-telegram-group", "bitget-never-release-funds"),
        facts=("social-accounts", "social-support"),
        aliases=("Twitter", "X", "推特", "Telegram", "电报", "TG", "Facebook", "Instagram", "私信"),
    ),
    Channel(
        id="phone",
        name="电话",
        how="原文说有电话客服，但我们读过的 Bitget 官方页面都没有列出电话号码。本站不提供任何号码。",
        login=None,
        speed=UNKNOWN,
        hours=UNKNOWN,
        best_for=(),
        prepare=("不要拨打搜索结果或广告里的「客服电话」。",),
        risks=("冒充交易所客服的电话号码常出现在搜索广告里，FBI 曾专门提醒。",),
        status="not-confirmed",
        sources=("bitget-api-guide", "coindesk-fbi-fake-support"),
        facts=("phone-support",),
        aliases=("客服电话", "电话客服", "热线", "人工客服热线", "打电话"),
    ),
)

# ---------------------------------------------------------------------------
# Problems
# ---------------------------------------------------------------------------

PROBLEMS = (
    Problem(
        id="deposit",
        title="充值未到账",
        summary="链上充值后，资产长时间没有出现在账户里，或者充值失败。",
        aliases=("充币", "充值", "没到账", "不到账", "入金", "TxID", "哈希", "Memo", "标签", "Tag"),
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
            Item(id="email", text="注册邮箱或手机号（写给客服时可只写后四位）", blank="注册邮箱"),
            Item(id="coin", text="币种和网络", blank="币种 / 网络"),
            Item(id="amount", text="充值数量", blank="数量"),
            Item(id="txid", text="交易哈希（TxID）", blank="TxID"),
            Item(id="time", text="转出时间（写明时区）", blank="时间"),
            Item(id="screenshot", text="转出平台的提现记录截图", blank="截图文件名"),
        ),
        channels=(
            ChannelChoice("help-center", "先看自助退回和最小充值数量，很多情况可以自助处理。"),
            ChannelChoice("live-chat", "链上已成功但一直没入账，用在线客服询问最快。"),
            ChannelChoice("ticket", "标签漏填、不支持的网络等需要人工找回时，官方说明要提交请求。"),
        ),
        dont=(
            "不要因为没到账就反复重新充值。",
            "不要相信声称能「加急找回」并先收费的人。",
            "不要把私钥、助记词或验证码发给任何人，包括自称客服的人。",
        ),
        template=Template(
            subject="充值未到账：【币种】【数量】，TxID【TxID】",
            body=(
                "您好，\n\n"
                "我的充值没有到账，情况如下：\n"
                "UID：【UID】\n"
                "注册邮箱（后四位）：【邮箱后四位】\n"
                "币种和网络：【币种】/【网络】\n"
                "数量：【数量】\n"
                "TxID：【TxID】\n"
                "转出时间：【日期 时间 时区】\n"
                "标签（Tag/Memo，如有）：【标签】\n\n"
                "区块浏览器显示交易【已成功 / 确认中】。截图已附上。\n"
                "请帮我查看这笔充值。谢谢。"
            ),
        ),
        sources=("bitget-deposit-minimum", "bitget-tag-memo", "bitget-deposit-refund", "bitget-exchange-refund"),
        facts=("deposit-below-minimum", "deposit-tag-recovery", "deposit-self-refund", "deposit-exchange-refund"),
    ),
    Problem(
        id="withdrawal",
        title="提现问题",
        summary="提现无法提交、被拒绝、一直在处理中，或显示成功但对方没收到。",
        aliases=("提币", "提现", "出金", "提不出来", "审核中", "提现失败", "提现限制"),
        symptoms=(
            "提现按钮不可用，或提示受限。",
            "提现请求被拒绝或失败。",
            "提现一直显示处理中。",
            "Bitget 显示成功，但收款方没有收到。",
        ),
        checks=(
            Item(id="security-change", text="想一想过去 24 小时内是否改过密码、谷歌验证器、邮箱或手机号：改过会限制提现 24 小时。"),
            Item(id="balance", text="确认现货账户里的可用余额足够，资金没有被挂单或 P2P 占用。"),
            Item(id="kyc", text="确认身份认证（KYC）等级和提现额度够用。"),
            Item(id="address", text="核对提现地址、网络和标签（Tag/Memo）是否与收款方给出的一致。"),
            Item(id="status", text="在提现记录里查看状态；已成功的，用 TxID 在区块浏览器上查看。"),
        ),
        prepare=(
            Item(id="uid", text="你的 UID", blank="UID"),
            Item(id="email", text="注册邮箱或手机号（写给客服时可只写后四位）", blank="注册邮箱"),
            Item(id="coin", text="币种和网络", blank="币种 / 网络"),
            Item(id="amount", text="提现数量", blank="数量"),
            Item(id="time", text="提交时间（写明时区）", blank="时间"),
            Item(id="txid", text="交易哈希（TxID，如已生成）", blank="TxID"),
            Item(id="error", text="错误提示的原文或截图", blank="错误提示"),
        ),
        channels=(
            ChannelChoice("help-center", "先对照官方列出的提现失败原因，多数限制会自动解除。"),
            ChannelChoice("live-chat", "原因不明或长时间处理中，用在线客服询问。"),
            ChannelChoice("ticket", "需要人工调查并留下书面记录时，提交请求。"),
        ),
        dont=(
            "不要反复提交同一笔提现。",
            "不要相信要你先转一笔「解冻费」「保证金」才能提现的人：这是诈骗。",
            "不要把资金转到别人给的「安全钱包」。",
        ),
        template=Template(
            subject="提现问题：【币种】【数量】，【提交日期】",
            body=(
                "您好，\n\n"
                "我的提现遇到问题，情况如下：\n"
                "UID：【UID】\n"
                "注册邮箱（后四位）：【邮箱后四位】\n"
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
            "bitget-withdrawal-not-arrived",
            "bitget-withdrawal-status",
            "bitget-change-password",
        ),
        facts=("withdrawal-24h-lock", "withdrawal-causes", "kyc-review-time", "withdrawal-manual-review", "withdrawal-statuses"),
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
)
