"""The 繁體中文 edition's glossary: where OpenCC's Taiwan conversion (s2twp) is overridden, and why.

The Traditional edition is converted by software from the Simplified text (macros/hant.py),
with OpenCC's `s2twp` (Taiwan characters and Taiwan phrasing) as the base. This module is the
one place that says where the edition writes another word, each with where the word comes
from, so an editor can check it and a reader can report a wrong one:

- `Seen`: a Bitget help-centre article in Traditional Chinese (zh-TC) writes it. Readers meet
  Bitget's words in its app and on its pages; menu and button names must match them. The
  quote is copied from a stored copy of the page (`PAGES`: the article id, the host the copy
  was on, the date printed on it); a copy on another host is cited on www.bitget.com with the
  same id, never linked where we read it.
- `Reason`: s2twp is wrong for this subject (注销 "close an account" becomes 登出 "log out";
  审核 becomes 稽核 "audit"), or no Bitget page shows the word and we follow Taiwan usage.

`OVERRIDES` are applied: each key is protected from OpenCC and replaced by its value (longest
key first). `CONFIRMATIONS` are words s2twp already gets right, kept with their source as test
cases (tests/unit/test_hant.py), so a future OpenCC cannot change them silently.
`READER_FORMS` are words Traditional readers type that the edition writes otherwise (Hong Kong
usage, the colloquial 放幣): search maps them, nothing converts them.

Checked when imported: one line naming the entry and the field, like
    glossary entry '注销', field 'traditional': empty

Imports nothing of the project.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

D = dt.date


class GlossaryError(ValueError):
    """A mistake in the glossary: one line naming the entry and the field."""

    def __init__(self, entry: str, field_name: str, message: str):
        super().__init__(f"glossary entry {entry!r}, field {field_name!r}: {message}")


@dataclass(frozen=True)
class Page:
    """A Bitget help-centre article in Traditional Chinese, as read in a stored copy."""

    article: str  # the help-centre article id (the same on every host and in every language)
    title: str  # as the page writes it
    copy_host: str  # where the copy we read was; a mirror is named here, never linked
    published: dt.date | None  # the date printed on the page; None when it shows none

    @property
    def url(self) -> str:
        """Where to cite it: Bitget's own host, whatever host the copy was on."""
        return f"https://www.bitget.com/zh-TC/support/articles/{self.article}"

    @property
    def kind(self) -> str:
        """As macros/data.py would label it: read on www.bitget.com, or only in a copy elsewhere."""
        return "official" if self.copy_host == "www.bitget.com" else "official-text"


@dataclass(frozen=True)
class Seen:
    """A Bitget zh-TC page writes the word: the page (a key of PAGES) and its words."""

    page: str
    quote: str  # copied from the page: shows the value, or its parts in order (電子郵件/電話驗證碼)


@dataclass(frozen=True)
class Reason:
    """No Bitget page decides: what s2twp gives, and why the edition writes otherwise (or keeps it)."""

    text: str


@dataclass(frozen=True)
class Term:
    """Simplified text, the Traditional text the edition shows for it, and where that comes from."""

    simplified: str
    traditional: str
    source: Seen | Reason


@dataclass(frozen=True)
class ReaderForm:
    """A word Traditional readers type that the edition writes otherwise: for search only."""

    typed: str  # what a reader may type (Traditional)
    simplified: str  # the Simplified word it means; each edition maps it to its own words
    why: str


# ---------------------------------------------------------------------------
# Bitget's Traditional Chinese pages (stored copies, searched for issue 25)
# ---------------------------------------------------------------------------

# Quotes and titles word for word; punctuation full-width (the stored copies show ASCII commas).
PAGES: dict[str, Page] = {
    "change-ga-app": Page(
        "12560603821831",
        "如何更換我的 Bitget 帳戶的 Google Authenticator？- 行動應用程式指南",
        "www.bitget.club",
        D(2025, 1, 23),
    ),
    # The zh-TC copy shows no date; the English and Arabic copies of the same article print 2025-01-17.
    "hacked": Page("12560603821284", "如果我的帳戶被駭客入侵，我該怎麼辦？", "sanqianwenhua.xyz", D(2025, 1, 17)),
    "kyc-guide": Page("12560603795184", "如何完成 Bitget 身份驗證 | 完整指南", "www.bitget.com", D(2023, 7, 19)),
    "kyc-app": Page("12560603809092", "如何為我的 Bitget 帳戶完成 KYC？- 手機 App 指南", "bitget.ng", D(2024, 4, 30)),
    "p2p-guide": Page("12560603793437", "如何在 Bitget P2P 上進行交易：完整指南", "bitgetapp.com", D(2024, 2, 7)),
    "flash-order": Page("360052756191", "Bitget 合約：閃電開倉/閃電平倉", "www.bitget.com", None),
}


# ---------------------------------------------------------------------------
# Applied: the edition writes the value where s2twp would write something else
# ---------------------------------------------------------------------------

OVERRIDES: tuple[Term, ...] = (
    # -- Bitget's own words (its zh-TC pages) ---------------------------------------------
    Term("账", "帳", Seen("change-ga-app", "點擊「帳戶中心」圖示")),  # 帳戶, 帳號, 到帳, 轉帳; s2twp: 賬
    Term("用户", "用戶", Seen("p2p-guide", "所有的 Bitget 用戶都必須完成身分認證")),  # s2twp: 使用者
    Term("提现", "提領", Seen("change-ga-app", "提領和 P2P 交易將暫停 24 小時")),  # s2twp: 提現
    Term("二次验证", "雙重驗證", Seen("hacked", "前往「個人主頁」>「安全中心」>「雙重驗證」")),
    Term("谷歌验证器", "Google 驗證器", Seen("change-ga-app", "點擊「更換 Google 驗證器」")),
    Term("谷歌验证", "Google 驗證", Seen("change-ga-app", "點擊「安全中心」，並點擊Google 驗證」")),
    Term("邮箱验证码", "電子郵件驗證碼", Seen("change-ga-app", "輸入電子郵件/電話驗證碼")),
    Term("邮箱", "電子信箱", Seen("change-ga-app", "驗證碼將會傳送到您註冊的電子信箱或電話號碼")),  # s2twp: 郵箱
    Term("手机号", "手機號碼", Seen("hacked", "註冊電子信箱、UID 或手機號碼")),  # s2twp: 手機號
    Term("手机号码", "手機號碼", Seen("hacked", "註冊電子信箱、UID 或手機號碼")),  # else 手机号 gives 手機號碼碼
    Term("身份", "身分", Seen("kyc-app", "上傳身分證明文件")),  # newer pages; the 2023 guide still 身份
    Term("审核", "審核", Seen("kyc-guide", "完成人臉識別驗證後，等待審核通過")),  # s2twp: 稽核 (audit)
    Term("类型", "類型", Seen("kyc-app", "選擇您想要用於驗證的證件類型")),  # s2twp: 型別 (a data type)
    Term("绑定", "綁定", Seen("change-ga-app", "綁定新的 Google Authenticator")),  # s2twp: 繫結
    Term("二维码", "QR Code", Seen("change-ga-app", "掃描「更換 Google 驗證器」頁面中的 QR Code")),
    Term("点击", "點擊", Seen("change-ga-app", "點擊「確認」即可完成流程")),  # s2twp: 點選
    Term("查看", "查看", Seen("hacked", "查看已登入裝置列表")),  # s2twp: 檢視
    Term("文件", "文件", Seen("kyc-app", "上傳身分證明文件")),  # documents; s2twp: 檔案 (a computer file)
    Term("放币", "放行", Seen("p2p-guide", "在確認已從買方收到資金之前，切勿放行資產")),  # s2twp: 放幣
    Term("发布", "發布", Seen("p2p-guide", "廣告發布後")),  # s2twp: 釋出 (a software release)
    # -- s2twp is wrong for this subject, or no Bitget page decides -----------------------
    Term(
        "注销",
        "註銷",
        Reason("s2twp gives 登出 (log out): 不要注销账户 (do not close the account) would read 不要登出帳戶"),
    ),
    Term(
        "用户名",
        "使用者名稱",
        Reason("a username on another service: s2twp's Taiwan word, which the 用户 row would break"),
    ),
    Term("文件名", "檔名", Reason("a computer file's name: s2twp's word, which the 文件 row would turn into 文件名")),
    Term("文件格式", "檔案格式", Reason("a computer file's format: s2twp's word, which the 文件 row would break")),
    Term(
        "文件损坏",
        "檔案損壞",
        Reason("a damaged upload is a computer file: s2twp's word, which the 文件 row would break"),
    ),
    Term("安装文件", "安裝檔案", Reason("an app's installer file: s2twp's word, which the 文件 row would break")),
    Term("插件", "擴充功能", Reason("s2twp gives 外掛, in Taiwan also cheat software; browsers there say 擴充功能")),
    Term("写明了", "寫明了", Reason("s2twp gives 寫明瞭: 了 here is the particle, not 瞭 (to understand)")),
    Term(
        "哈希",
        "哈希",
        Reason(
            "s2twp gives 雜湊, the computer-science term (hash table); Traditional exchange pages write"
            " both 哈希值 and 雜湊值, no Bitget zh-TC page seen with either; we always mean a transaction"
            " hash next to TxID, and 哈希 stays the word readers type (the deposit page's 也叫 list)"
        ),
    ),
    Term(
        "应用商店",
        "應用程式商店",
        Reason("Taiwan usage (Google Play 商店, App Store); Bitget's zh-TC pages say 應用程式 for app"),
    ),
    Term("发件人", "寄件人", Reason("s2twp keeps 發件人; Taiwan's mail clients say 寄件者 / 寄件人")),
    Term("发件地址", "寄件地址", Reason("s2twp keeps 發件地址; Taiwan's mail clients say 寄件者 / 寄件人")),
    Term(
        "团伙",
        "團夥",
        Reason("s2twp keeps 團伙; Taiwan's standard form for a gang is 團夥, which s2tw gives on a second pass"),
    ),
    Term("挂断", "掛斷", Reason("s2twp gives 結束通話, a phone's button label; the plain word for hanging up is 掛斷")),
    Term("项目", "項目", Reason("s2twp gives 專案 (a project); ours are the items of a checklist")),
    Term("报道", "報導", Reason("s2twp keeps 報道; Taiwan's standard form for a news report is 報導")),
    Term("社交媒体", "社群媒體", Reason("s2twp keeps 社交媒體 (mainland and Hong Kong wording); Taiwan says 社群媒體")),
    Term("帖子", "貼文", Reason("s2twp keeps 帖子; a post on social media or a forum is a 貼文 in Taiwan")),
    Term("广电总台", "廣電總臺", Reason("a broadcaster's name (江苏广电总台): s2twp gives 總檯, a reception desk")),
)


# ---------------------------------------------------------------------------
# Kept as test cases: s2twp (with the overrides above) already writes these
# ---------------------------------------------------------------------------

CONFIRMATIONS: tuple[Term, ...] = (
    Term("登录", "登入", Seen("hacked", "陌生的登入活動")),
    Term("注册", "註冊", Seen("change-ga-app", "您註冊的電子信箱")),
    Term("设置", "設定", Seen("change-ga-app", "複製並手動新增設定金鑰")),
    Term("设备", "裝置", Seen("hacked", "從未知的裝置或地點登入")),
    Term("设备管理", "裝置管理", Seen("hacked", "前往「個人主頁」>「安全中心」>「裝置管理」")),
    Term("个人主页", "個人主頁", Seen("hacked", "前往「個人主頁」>「安全中心」>「登入密碼」")),
    Term("安全中心", "安全中心", Seen("change-ga-app", "點擊「安全中心」")),
    Term("账户中心", "帳戶中心", Seen("change-ga-app", "點擊「帳戶中心」圖示")),
    Term("用户中心", "用戶中心", Seen("p2p-guide", "前往「用戶中心」-「身分認證」頁面")),
    Term("身份认证", "身分認證", Seen("p2p-guide", "前往「用戶中心」-「身分認證」頁面")),
    Term("帮助中心", "幫助中心", Seen("hacked", "立即聯絡 Bitget 幫助中心")),
    Term("冻结", "凍結", Seen("hacked", "以凍結您的帳戶")),
    Term("验证码", "驗證碼", Seen("change-ga-app", "驗證碼將會傳送到您註冊的電子信箱")),
    Term("充值", "充值", Seen("kyc-app", "支援充值、提領和交易活動")),
    Term("密钥", "金鑰", Seen("change-ga-app", "複製並手動新增設定金鑰")),
    Term("信息", "資訊", Seen("kyc-app", "輸入個人資訊")),
    Term("支持", "支援", Seen("kyc-app", "支援充值、提領和交易活動")),
    Term("发送", "傳送", Seen("change-ga-app", "驗證碼將會傳送到")),
    Term("联系", "聯絡", Seen("hacked", "立即聯絡 Bitget 幫助中心")),
    Term("截图", "截圖", Seen("hacked", "螢幕截圖或交易日誌")),
    Term("屏幕", "螢幕", Seen("hacked", "螢幕截圖或交易日誌")),
    Term("人脸识别", "人臉識別", Seen("kyc-guide", "在電腦上完成人臉識別")),
    Term("订单", "訂單", Seen("p2p-guide", "訂單詳細資料頁面")),
    Term("付款", "付款", Seen("p2p-guide", "付款方式")),
    Term("打开", "開啟", Seen("change-ga-app", "開啟 Google Authenticator 應用程式")),
    Term("黑客", "駭客", Seen("hacked", "如果我的帳戶被駭客入侵")),
    Term("渠道", "渠道", Seen("flash-order", "【官方渠道】")),  # Taiwan often 管道; Bitget writes 渠道
    Term("在线客服", "線上客服", Reason("Taiwan usage; Bitget's zh-TC live chat is 即時聊天服務, no button name seen")),
    Term("短信", "簡訊", Reason("Taiwan usage (Hong Kong: 短訊); no Bitget zh-TC page seen")),
    Term("网络", "網路", Reason("Taiwan usage, for a blockchain network too (Hong Kong: 網絡)")),
    Term("软件", "軟體", Reason("Taiwan usage (Hong Kong: 軟件)")),
    Term("视频", "影片", Reason("Taiwan usage (Hong Kong: 視頻 or 影片)")),
    Term("打印", "列印", Reason("Taiwan usage (Hong Kong: 打印)")),
    Term("搜索", "搜尋", Reason("Taiwan and Hong Kong usage")),
    Term("链接", "連結", Reason("Taiwan usage")),
    Term("消息", "訊息", Reason("Taiwan usage")),
    Term("保存", "儲存", Reason("Taiwan usage")),
    Term("刷新", "重新整理", Reason("Taiwan browsers' wording")),
    Term("诈骗", "詐騙", Reason("Taiwan usage: 165 反詐騙諮詢專線 (the government's line)")),
    Term("了解", "瞭解", Reason("Taiwan's standard form; 了 stays where it is the particle (寫明了)")),
)


# ---------------------------------------------------------------------------
# Search only: words readers type that the edition writes otherwise
# ---------------------------------------------------------------------------

READER_FORMS: tuple[ReaderForm, ...] = (
    ReaderForm("放幣", "放币", "the word P2P traders use; the edition writes Bitget's 放行"),
    ReaderForm("提現", "提现", "mainland-style Traditional; the edition writes Bitget's 提領"),
    ReaderForm("使用者", "用户", "s2twp's Taiwan word; the edition writes Bitget's 用戶"),
    ReaderForm("繫結", "绑定", "s2twp's Taiwan word; the edition writes Bitget's 綁定"),
    ReaderForm("郵箱", "邮箱", "mainland-style Traditional; the edition writes Bitget's 電子信箱"),
    ReaderForm("登錄", "登录", "Hong Kong and mainland-style Traditional; the edition writes 登入"),
    ReaderForm("賬", "账", "OpenCC's and Hong Kong's form; the edition writes Bitget's 帳"),
    ReaderForm("短訊", "短信", "Hong Kong usage; the edition writes 簡訊"),
    ReaderForm("網絡", "网络", "Hong Kong usage; the edition writes 網路"),
    ReaderForm("打印", "打印", "Hong Kong usage; the edition writes 列印"),
    ReaderForm("軟件", "软件", "Hong Kong usage; the edition writes 軟體"),
    ReaderForm("視頻", "视频", "Hong Kong and mainland usage; the edition writes 影片"),
    ReaderForm("雜湊", "哈希", "s2twp's word; the edition keeps 哈希"),
)


# ---------------------------------------------------------------------------
# Validation, when imported
# ---------------------------------------------------------------------------

HAN = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]")
# Han text and Latin words; each must show in a Seen quote (as it is, or its characters in order).
_RUNS = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]+|[A-Za-z0-9]+")
# A value goes into HTML text, attributes and script strings as it is: nothing that would
# end a string or start markup, no line breaks, no private-use characters (hant.py's placeholders).
_UNSAFE = re.compile(r"[\"'`\\<&\n\r\t\ue000-\uf8ff]")


def _in_order(part: str, quote: str) -> bool:
    position = 0
    for char in part:
        position = quote.find(char, position) + 1
        if not position:
            return False
    return True


def _check_text(entry: str, field_name: str, value: str, *, han: bool, word: bool = True) -> None:
    """Not empty, no white space at either end; a word (a key or a value) also safe anywhere."""
    if not value.strip():
        raise GlossaryError(entry, field_name, "empty")
    if value != value.strip():
        raise GlossaryError(entry, field_name, "white space at either end")
    if word and _UNSAFE.search(value):
        raise GlossaryError(entry, field_name, f"unsafe character {_UNSAFE.search(value)[0]!r}")
    if han and not HAN.search(value):
        raise GlossaryError(entry, field_name, "no Chinese character: OpenCC would not touch it")


def _check_source(entry: str, term: Term, pages: dict[str, Page]) -> None:
    source = term.source
    if isinstance(source, Reason):
        _check_text(entry, "source", source.text, han=False, word=False)
    elif isinstance(source, Seen):
        if source.page not in pages:
            raise GlossaryError(entry, "source", f"unknown page {source.page!r}")
        _check_text(entry, "source", source.quote, han=True, word=False)
        missing = [run for run in _RUNS.findall(term.traditional) if not _in_order(run, source.quote)]
        if missing:
            raise GlossaryError(entry, "source", f"the quote does not show {missing[0]!r}")
    else:
        raise GlossaryError(entry, "source", "must be Seen(page, quote) or Reason(text)")


def check(
    overrides: tuple[Term, ...] = OVERRIDES,
    confirmations: tuple[Term, ...] = CONFIRMATIONS,
    reader_forms: tuple[ReaderForm, ...] = READER_FORMS,
    pages: dict[str, Page] = PAGES,
) -> None:
    """Raise GlossaryError on the first mistake: one line naming the entry and the field."""
    for key, page in pages.items():
        if not re.fullmatch(r"\d{6,20}", page.article):
            raise GlossaryError(f"page {key}", "article", f"not a help-centre article id: {page.article!r}")
        if page.published and page.published > dt.date.today():
            raise GlossaryError(f"page {key}", "published", f"date {page.published} is in the future")
    seen: set[str] = set()
    for term in (*overrides, *confirmations):
        entry = term.simplified or "(empty)"
        _check_text(entry, "simplified", term.simplified, han=True)
        _check_text(entry, "traditional", term.traditional, han=False)
        if term.simplified in seen:
            raise GlossaryError(entry, "simplified", "listed twice")
        seen.add(term.simplified)
        _check_source(entry, term, pages)
    typed: set[str] = set()
    for form in reader_forms:
        entry = form.typed or "(empty)"
        _check_text(entry, "typed", form.typed, han=True)
        _check_text(entry, "simplified", form.simplified, han=True)
        _check_text(entry, "why", form.why, han=False, word=False)
        if form.typed in typed:
            raise GlossaryError(entry, "typed", "listed twice")
        typed.add(form.typed)


check()
