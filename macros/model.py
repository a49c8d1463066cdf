"""Types of the handbook's data and their validation.

Every entry is a frozen dataclass. `Handbook` takes all entries, checks them and
their references, and raises `DataError` on the first mistake. The message is one
line naming the entry and the field, so a failing build tells an editor exactly
what to fix:

    problem 'deposit', field 'channels': unknown channel 'fax'

Nothing here imports MkDocs.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
import typing
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from urllib.parse import urlsplit

from . import refusals

# ---------------------------------------------------------------------------
# Allowed values
# ---------------------------------------------------------------------------

# What a source is. The label is what readers see next to every fact.
SOURCE_KINDS: dict[str, str] = {
    "official": "Bitget 官方页面",
    "official-text": "Bitget 帮助中心文字（未在 www.bitget.com 上复核）",
    "government": "政府机构",
    "press": "新闻报道",
}

# How sure we are of a fact or a channel. The badge a reader sees is not this but
# the trust level (below), which also weighs the kinds of the sources.
STATUSES: dict[str, str] = {
    "confirmed": "有来源支持",
    "not-confirmed": "未经官方确认",
    "not-recommended": "不建议使用",
}

# The badge on every fact and channel: one text per level, nothing else says it.
TRUST_LEVELS: dict[str, str] = {
    "official": "官网可查",
    "official-text": "帮助中心文字·未在官网复核",
    "government": "政府机构",
    "press": "新闻报道",
    "not-confirmed": "未经官方确认",
    "not-recommended": "不建议使用",
}

# Source kinds from strongest to weakest. A confirmed statement is only as strong as
# the weakest kind among its sources: we do not say which source backs which part.
KIND_STRENGTH: tuple[str, ...] = ("official", "government", "official-text", "press")


def trust_level(status: str, kinds: Iterable[str]) -> str:
    """The trust level of a fact or channel: its status, else the weakest kind of its sources.

    A claim nothing official confirms stays "not-confirmed" (or "not-recommended")
    whatever pages we checked; a confirmed one takes the weakest of its sources' kinds.
    """
    if status in ("not-confirmed", "not-recommended"):
        return status
    if status != "confirmed":
        raise ValueError(f"unknown status {status!r}")
    ranks = [KIND_STRENGTH.index(kind) for kind in kinds]
    if not ranks:
        raise ValueError("a confirmed statement needs at least one source")
    return KIND_STRENGTH[max(ranks)]


# The language of the page a source links to. Chinese (zh-CN) pages need no label;
# any other language is said next to the link, so nobody is surprised by it.
LANGUAGES: dict[str, str] = {
    "zh-CN": "简体中文",
    "zh-TW": "繁体中文",
    "en": "英文",
    "uk": "乌克兰文",
    "fil": "菲律宾文",
    "ja": "日文",
    "vi": "越南文",
}
# First path segment of a www.bitget.com URL, for the languages above.
BITGET_LOCALES: dict[str, str] = {
    "zh-CN": "zh-CN",
    "zh-TC": "zh-TW",
    "en": "en",
    "uk": "uk",
    "ph": "fil",
    "ja": "ja",
    "vi": "vi",
}

# The only host we link as Bitget's own site.
BITGET_HOST = "www.bitget.com"

EMAIL = re.compile(r"[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}")

# Placeholders in message templates look like 【UID】. None may ask for a secret: none
# may name a label word of the composer's refusal rules (refusals.LABELS).
PLACEHOLDER = re.compile(r"【([^】]*)】")

# Answers to the security questions of Bitget's Reset 2FA page (where the account was
# last used, what it holds): a printed fill-in line for them is a sheet a fake agent
# can ask the reader to read aloud. No checklist item with a line may ask for them.
SECURITY_ANSWERS = re.compile(r"登录.{0,6}(地点|位置)|持有.{0,6}资产|资产 ?/ ?交易|交易类型")

SLUG = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*")
SLUG_RULE = "must be a slug: lower-case letters, digits and single hyphens"

# Raw HTML in data text would reach the page unescaped in some renderer one day;
# reject it at the door. `<` followed by a letter, `/`, `!` or `?` starts a tag.
RAW_HTML = re.compile(r"<[A-Za-z/!?]")

# Template syntax would be confusing in data (macros never re-render it).
TEMPLATE_SYNTAX = re.compile(r"\{[{%#]|[}%#]\}")

# Invisible and direction-changing characters hide what text really says.
HIDDEN_CHARS = re.compile("[\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]")

# A run of at least 7 digits, optionally with +, spaces, dots, dashes or
# brackets between them: what a phone number looks like. ISO dates are not.
_PHONE_RUN = re.compile(r"\+?[(（]?\d[\d\s().\-（）]{5,}\d")
_ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")


def looks_like_phone(text: str) -> str | None:
    """Return the first phone-number-like run in `text`, or None."""
    for match in _PHONE_RUN.finditer(text):
        run = match.group(0).strip()
        if _ISO_DATE.fullmatch(run):
            continue
        if sum(ch.isdigit() for ch in run) >= 7:
            return run
    return None


# A short number (3 to 6 digits: 110, 96110, a company's 95xxx line) is a phone number
# when the words around it say so: "拨打 95123", "客服热线是 95123", "95123 专线".
# Such a number may only be a public line of Handbook.public_lines.
_SHORT_RUN = re.compile(r"(?<![\d.,:：/])\d{3,6}(?![\d.,%])")
_PHONE_BEFORE = re.compile(
    r"(?:(?:拨打|撥打|致电|致電|电话|電話|热线|熱線|专线|專線|来电|來電|回拨|回撥|报警|報警|号码|號碼"
    r"|hotline|phone|call|dial)[^。；;，,\d]{0,4}|打\s?)$",
    re.I,
)
# After the number only words no prefix takes: "400 电话" names a kind of number, not one.
_PHONE_AFTER = re.compile(r"^[^。；;，,\d\w]{0,3}(?:热线|熱線|专线|專線|来电|來電)", re.I)


def short_phone_numbers(text: str) -> list[str]:
    """The short numbers in `text` that the words around them call a phone number."""
    found = []
    for match in _SHORT_RUN.finditer(text):
        before = text[max(0, match.start() - 8) : match.start()]
        after = text[match.end() : match.end() + 6]
        if _PHONE_BEFORE.search(before) or _PHONE_AFTER.search(after):
            found.append(match.group(0))
    return found


def shows_number(text: str, number: str) -> bool:
    """Whether `text` shows `number` on its own (not inside a longer number)."""
    return re.search(rf"(?<![\d.,]){re.escape(number)}(?![\d.,])", text) is not None


# Kinds of source a public line may rest on: never a Bitget page.
PUBLIC_LINE_KINDS = ("government", "press")


class DataError(ValueError):
    """A mistake in the data: one line naming the entry and the field."""

    def __init__(self, entry: str, field_name: str, message: str):
        self.entry = entry
        self.field_name = field_name
        super().__init__(f"{entry}, field '{field_name}': {message}")


# ---------------------------------------------------------------------------
# Entries
# ---------------------------------------------------------------------------


@dataclass(frozen=True)
class Source:
    """A page a fact rests on."""

    id: str
    title: str
    url: str
    kind: str  # a key of SOURCE_KINDS
    checked: dt.date  # when we last read it
    published: dt.date | None = None  # the date printed on the page, if any
    note: str | None = None
    language: str = "zh-CN"  # a key of LANGUAGES: the language of the linked page

    label = "source"


@dataclass(frozen=True)
class Fact:
    """One statement about Bitget, with the sources that support it.

    `status` says how sure we are. A claim that nothing official confirms is kept
    as a fact with status "not-confirmed" (or "not-recommended"): `claimed_by` says
    in words where the claim comes from (never a link to a content site), and its
    `sources` are the official pages we checked that do not say it.
    """

    id: str
    text: str
    status: str  # a key of STATUSES
    sources: tuple[str, ...]
    note: str | None = None
    claimed_by: str | None = None  # unconfirmed claims only: who says it, in words

    label = "fact"


# Fill-in labels whose answer is long (a 64-character TxID, an address, an e-mail
# address): their item prints two lines to write on, unless it says otherwise (Item.lines).
LONG_ANSWER = re.compile(r"TxID|哈希|地址|邮箱", re.I)


@dataclass(frozen=True)
class Item:
    """A checklist item. Its full id (`deposit.txid`) keys a reader's tick."""

    id: str
    text: str
    # Label of the fill-in line printed after the item ("UID" → "UID：____").
    blank: str | None = None
    # How many lines to write on (1 to 3); None: two for a LONG_ANSWER label, else one.
    lines: int | None = None

    label = "item"

    @property
    def blank_lines(self) -> int:
        """The fill-in lines printed for this item: 0 without a blank."""
        if not self.blank:
            return 0
        if self.lines is not None:
            return self.lines
        return 2 if LONG_ANSWER.search(self.blank) else 1


@dataclass(frozen=True)
class ChannelChoice:
    """A channel a problem sends readers to, and why."""

    channel: str
    why: str


@dataclass(frozen=True)
class Template:
    """A message to support, with placeholders and no field for any secret."""

    subject: str
    body: str


@dataclass(frozen=True)
class FreezePlan:
    """When and how to ask Bitget to freeze an account: one rule, one fallback order.

    Every page that tells readers to ask for a freeze shows this same block.
    """

    when: str  # the one rule for when to ask
    steps: tuple[ChannelChoice, ...]  # in order: try the next when one is out of reach
    no_self_service: str  # that no self-service freeze was found

    label = "freeze plan"
    id = "freeze"


@dataclass(frozen=True)
class Channel:
    """A way to reach Bitget support (or a claimed way we could not confirm)."""

    id: str
    name: str
    how: str  # how to reach it
    login: bool | None  # is a logged-in account needed? None: not stated
    speed: str  # typical speed, in words; "未见官方说明" when unknown
    hours: str  # hours as stated by a source; "未见官方说明" when unknown
    # Problem ids this channel suits beyond those whose pages name it: the channel table
    # lists those itself (Handbook.problems_for), so a new problem needs no line here.
    best_for: tuple[str, ...]
    prepare: tuple[str, ...]
    risks: tuple[str, ...]
    status: str  # a key of STATUSES
    sources: tuple[str, ...]
    facts: tuple[str, ...] = ()
    aliases: tuple[str, ...] = ()  # words readers use for it (search)

    label = "channel"


@dataclass(frozen=True)
class PublicLine:
    """A public emergency or government line the site may show: 110, 96110, 18222 ...

    Never a Bitget contact (the site shows no Bitget phone number): it rests on
    government or press sources only, and a text may show the number only where its
    entry cites one of them (a fact's own sources, a problem's sources and facts).
    """

    number: str  # digits only, 3 to 6 of them
    name: str  # what it is, in words
    sources: tuple[str, ...]

    label = "public line"

    @property
    def id(self) -> str:
        return self.number


@dataclass(frozen=True)
class FirstScreen:
    """What a frightened reader needs on a phone's first screen."""

    first: str  # the first step: one sentence that starts with a verb
    dont: str  # the one thing not to do
    where: str  # where to go: names the first channel, one short sentence


@dataclass(frozen=True)
class PageAnswer:
    """The first screen of a page that answers but is no problem: each channel's page,
    /scams/, /safety/ (`page`: a channel id or a key of PAGES). The same three sentences
    as a problem's first_screen, in the same block (the page_answer() macro, right under
    the page's title). "Where" ends with the help-centre link, or, with `anchor`, with a
    link to that section of the page itself, worded `link` (/scams/: its verification steps).
    """

    page: str
    first_screen: FirstScreen
    anchor: str | None = None  # a heading's id on the page
    link: str | None = None  # the words of the link to it

    label = "page answer"

    @property
    def id(self) -> str:
        return self.page


@dataclass(frozen=True)
class Note:
    """A line of page-specific advice in the lead under the answer block.

    `see` links a page after the text: a problem id, or a page key of
    PAGES ("scams"); `anchor` a section or fact on this page, linked as
    （依据）, or on the page `on` names (a key as for `see`) when the fact lives there.
    """

    text: str
    label: str | None = None  # a short bold lead-in ("充错了网络")
    see: str | None = None
    anchor: str | None = None
    on: str | None = None  # the page `anchor` is on, when not this one

    @property
    def signpost(self) -> bool:
        """A line with no question of its own that sends the reader to another page
        (「卖币收款后，你的银行卡被冻结……看这一页」): in a problem's lead it stays in
        view above the folded answers (macros/render/problem_page.py)."""
        return self.label is None and self.see is not None


# The ids of the sections every problem page has (macros/render/problem_page.py), and of its
# other fixed parts: a page's own Section may not reuse them.
PAGE_SECTIONS = (
    "urgent",
    "common",
    "first-checks",
    "prepare",
    "channels",
    "dont",
    "template",
    "facts",
    "sources",
    "symptoms",
)


@dataclass(frozen=True)
class Section:
    """A section of one problem page only (冻结之后怎样拿回账户), after 不要做的事:
    a short intro and numbered steps, each a Note."""

    title: str
    anchor: str  # the heading's id
    intro: str
    steps: tuple[Note, ...]


@dataclass(frozen=True)
class Group:
    """A heading the home page lists problems under (安全与诈骗, 进不去账户 ...).

    The home page shows the groups in the order of Handbook.groups, each with its
    problems in the order of the data; the nav lists the problem pages in the same order
    (Handbook.problems_in_order).
    """

    id: str  # a slug; the heading's id on the home page is group-<id>
    title: str

    label = "group"

    @property
    def anchor(self) -> str:
        return f"group-{self.id}"


@dataclass(frozen=True)
class Problem:
    """One kind of account trouble, with everything its page shows.

    A problem is one entry: its page (problems/<id>/), its place in the nav and on the
    home page, its /print/ sheet and its search entry all come from here
    (hooks/problem_pages.py makes the page; only the answer on /identify/ that leads
    here is written in TRIAGE).
    """

    id: str
    title: str  # the page's title and H1
    summary: str
    group: str  # the id of its Group on the home page
    tagline: str  # a few words under its link on the home page: what a reader sees (陌生登录、不是你做的提现)
    symptoms: tuple[str, ...]
    checks: tuple[Item, ...]  # first self-checks
    prepare: tuple[Item, ...]  # what to prepare (printed with fill-in lines)
    channels: tuple[ChannelChoice, ...]  # in order of preference
    dont: tuple[str, ...]  # what not to do
    template: Template
    sources: tuple[str, ...]
    facts: tuple[str, ...] = ()
    aliases: tuple[str, ...] = ()  # words readers use for it (search)
    urgent: tuple[str, ...] = ()  # first steps when every minute counts
    first_screen: FirstScreen | None = None
    # Page-specific advice under the answer block (questions readers ask first).
    lead: tuple[Note, ...] = ()
    # A box under 准备材料, with no fill-in line: what the reader should know but never
    # write down (the answers only Bitget's own Reset 2FA page may ask). Printed too.
    prepare_note: Note | None = None
    # The freeze plan comes first: it opens the urgent box, for readers already locked
    # out (the urgent steps are then what to do while still logged in); a problem
    # without urgent steps shows it at the top of 找哪个渠道.
    freeze_first: bool = False
    # Sections of this page only, shown after 不要做的事 (and printed).
    sections: tuple[Section, ...] = ()
    # The link's words on the home page, when the title is too long for a tile there.
    short_title: str | None = None

    label = "problem"

    @property
    def home_title(self) -> str:
        return self.short_title or self.title

    @property
    def items(self) -> tuple[Item, ...]:
        return self.checks + self.prepare

    def item_key(self, item: Item) -> str:
        """The stable id stored with a reader's tick."""
        return f"{self.id}.{item.id}"


@dataclass(frozen=True)
class Answer:
    """One answer to a triage question and where it leads: a question id or a problem id."""

    text: str
    to: str


@dataclass(frozen=True)
class Question:
    """A triage question on /identify/. Every question also gets the answer
    UNSURE_ANSWER (added by macros/render/triage.py, never written in the data), which ends
    at the help centre and the ticket form."""

    id: str
    text: str
    answers: tuple[Answer, ...]
    hint: str | None = None  # one short line under the question

    label = "question"


# The answer every question has, leading to the help centre and the ticket form.
UNSURE_ANSWER = "以上都不是 / 拿不准"


@dataclass(frozen=True)
class Triage:
    """The decision tree on /identify/: questions whose answers lead to other
    questions or to a problem page. A new problem is one more Answer(text, "its-id")."""

    start: str  # the first question's id
    questions: tuple[Question, ...]
    help_centre: str  # the help centre's URL, where UNSURE_ANSWER ends

    def question(self, question_id: str) -> Question:
        return next(q for q in self.questions if q.id == question_id)


# ---------------------------------------------------------------------------
# Pages and the site's own words (PAGES and WORDS in data.py)
# ---------------------------------------------------------------------------


@dataclass(frozen=True)
class Page:
    """A page of the site that is no problem and no channel (识别骗局), by key: a Note
    links it by key (`see`, `on`), and the search dialog's zero-result help lists some."""

    id: str  # the key ("scams"), unique among all ids
    src: str  # its source file, from the docs folder ("scams.md", "channels/index.md")
    title: str

    label = "page"


@dataclass(frozen=True)
class PageLink:
    """A link to a page by key (a problem, a channel or a Page), with its own words."""

    page: str
    text: str


@dataclass(frozen=True)
class Heading:
    """The heading of one of the sections every problem page has (PAGE_SECTIONS)."""

    anchor: str
    text: str


def fills(*names: str):
    """A text field holding the placeholders `names` ({file}, {n}), each once: the
    renderer or the script puts a value or a link there. Without it: no braces."""
    return field(metadata={"fills": names})


# Each group below holds the words of one renderer component (macros/render/<group>.py)
# or one script (docs/assets/javascripts/<name>.js); a text with placeholders says which.


@dataclass(frozen=True)
class SharedWords:
    external_hint: str  # after every link that leaves the site, read by screen readers only
    edit_data: str  # the small link under a generated block, to the data module
    edit_data_title: str = fills("file")
    advice: str  # before each of the site's own rules (CONTACT_RULE, FEE_RULE)
    aliases: str  # before the other words for a problem or channel
    yes: str  # a channel needs a login
    no: str  # it does not
    unknown: str  # not stated


@dataclass(frozen=True)
class AnswerWords:
    first: str  # the answer block's three labels
    dont: str
    where: str
    help_centre: str  # the link after "where", saying it leaves the site
    urgent_title: str  # the urgent box
    locked_out: str  # its two cases, with freeze_first
    locked_out_do: str
    can_login: str
    can_login_do: str


@dataclass(frozen=True)
class NoteWords:
    see: str  # before the link to the page a note names
    see_endings: tuple[str, ...]  # a note ending in one of these gets no second `see`
    basis: str  # the link to the fact a note rests on


@dataclass(frozen=True)
class ChannelWords:
    channel: str  # the comparison's columns; the summary's rows reuse how to hours
    how: str
    login: str
    speed: str
    hours: str
    best_for: str
    trust: str  # the summary's last row: the badge
    not_for_accounts: str  # a channel good for no problem
    sources: str  # the row's link to the sources on the channel's page
    freeze_title: str  # the freeze plan's box


@dataclass(frozen=True)
class FactWords:
    sources: str  # a confirmed fact's citation
    claimed_summary: str  # an unconfirmed claim's citation
    claimed_by: str
    checked: str
    not_said: str
    page_language: str = fills("language")
    page_date: str = fills("date")
    checked_on: str = fills("date")


@dataclass(frozen=True)
class ComposerWords:
    subject: str  # before the subject line in the preview
    open: str  # the button that opens the form above the template (composer.js shows it)
    close: str  # the same button while the form is open
    title: str
    warning: str
    remember: str
    remember_note: str
    copy: str
    clear: str
    preview: str
    # Placeholders that get a text area, not a line: a name holding one of these
    # words (【报错原文】, 【发生了什么、何时】), or a hint starting with `example`.
    long_words: tuple[str, ...]
    example: str


@dataclass(frozen=True)
class TriageWords:
    result: str  # before a result's problem title
    first: str  # before its first channel
    first_after: str
    open_page: str = fills("title")
    unsure_title: str
    unsure_search: str = fills("help_centre")
    help_centre: str  # the link text in unsure_search
    unsure_ticket: str = fills("ticket")  # {ticket}: the ticket channel's page
    scam_title: str
    scam_text: str = fills("scams")  # {scams}: the page of PAGES


@dataclass(frozen=True)
class PrintWords:
    rule: str  # on every /print/ sheet: where to contact, what this site is not, what never to give
    # The choice of sheets at the top of /print/ (a tick per sheet, 只打印这一张), and under
    # each sheet's title; checklists.js brings them to life (the count: scripts.checklists.chosen)
    choose: str  # the list's legend
    this_sheet: str  # the tick on each sheet
    only: str
    all: str
    print: str  # the print button under the list
    left_out: str  # on a sheet that will not print


@dataclass(frozen=True)
class ProblemPageWords:
    headings: tuple[Heading, ...]  # one for each of PAGE_SECTIONS
    prepare: str  # the introductions of 准备材料, 找哪个渠道 (two cases) and 留言模板
    channels: str
    channels_urgent: str  # on a page with urgent steps (their box holds the freeze order)
    template: str

    def heading(self, anchor: str) -> str:
        return next(h.text for h in self.headings if h.anchor == anchor)


@dataclass(frozen=True)
class ChecklistScriptWords:
    blocked: str  # under each list when the browser keeps nothing
    full: str  # ... when its storage is full
    progress: str = fills("done", "total")
    reset: str
    confirm: str = fills("count")
    yes: str
    no: str
    # /print/: how many sheets are chosen (the choice itself: print_sheet words); the
    # build writes it with every sheet chosen, the script as the reader chooses
    chosen: str = fills("n", "total")


@dataclass(frozen=True)
class TriageScriptWords:
    steps: str  # the name of the row of buttons
    back: str
    restart: str
    counter: str = fills("n")


@dataclass(frozen=True)
class ComposerScriptWords:
    txid_note: str  # under a TxID field
    rules_failed: str
    storage_blocked: str
    copied: str
    copy_failed: str
    cleared: str


@dataclass(frozen=True)
class ScriptWords:
    """What the scripts write on a page, by script name: written into each page as
    JSON for the scripts it loads (hooks/page_contracts.py)."""

    checklists: ChecklistScriptWords
    triage: TriageScriptWords
    composer: ComposerScriptWords


@dataclass(frozen=True)
class SearchHelp:
    """Under the search box when a search finds nothing."""

    intro: str
    links: tuple[PageLink, ...]


@dataclass(frozen=True)
class Words:
    """Every word the site's own blocks and scripts show that is not an entry's text:
    headings, introductions, labels, buttons, messages. The renderers and the scripts
    write none of their own."""

    shared: SharedWords
    answer: AnswerWords
    notes: NoteWords
    channels: ChannelWords
    facts: FactWords
    composer: ComposerWords
    triage: TriageWords
    print_sheet: PrintWords
    problem_page: ProblemPageWords
    scripts: ScriptWords
    search_help: SearchHelp


_FILL = re.compile(r"\{([^{}]*)\}")


def _check_fills(value: object, path: str = "") -> Iterator[tuple[str, str]]:
    """(field path, problem) for each text whose {placeholders} differ from its fills()."""
    for f in dataclasses.fields(value):  # type: ignore[arg-type]
        part, where = getattr(value, f.name), f"{path}{f.name}"
        if dataclasses.is_dataclass(part):
            yield from _check_fills(part, f"{where}.")
        elif isinstance(part, tuple):
            for index, item in enumerate(part):
                if dataclasses.is_dataclass(item):
                    yield from _check_fills(item, f"{where}[{index}].")
                elif isinstance(item, str) and ("{" in item or "}" in item):
                    yield f"{where}[{index}]", "no braces here"
        elif isinstance(part, str):
            wanted = sorted(f.metadata.get("fills", ()))
            found = sorted(_FILL.findall(part))
            stray = part.count("{") != len(found) or part.count("}") != len(found)
            if found != wanted or stray:
                need = " and ".join("{" + name + "}" for name in wanted) or "no braces"
                yield where, f"must hold {need}, each once"


# ---------------------------------------------------------------------------
# The whole handbook, validated
# ---------------------------------------------------------------------------


def _strings(value: object, path: str) -> Iterator[tuple[str, str]]:
    """Yield (field path, text) for every string inside a field value."""
    if isinstance(value, str):
        yield path, value
    elif isinstance(value, tuple | list):
        for index, part in enumerate(value):
            yield from _strings(part, f"{path}[{index}]")
    elif dataclasses.is_dataclass(value) and not isinstance(value, type):
        for f in dataclasses.fields(value):
            yield from _strings(getattr(value, f.name), f"{path}.{f.name}")


def _name(entry: object) -> str:
    return f"{entry.label} '{entry.id}'"  # type: ignore[attr-defined]


def _slug_id(entry: object, taken: dict[str, str], user: str = "") -> str:
    """The entry's name, after checking that its id is a slug not yet in `taken` (id ->
    who uses it, for the message); the entry then takes it, as `user` or by its name."""
    name = _name(entry)
    entry_id = getattr(entry, "id", None)
    if not isinstance(entry_id, str) or not SLUG.fullmatch(entry_id):
        raise DataError(name, "id", SLUG_RULE)
    if entry_id in taken:
        raise DataError(name, "id", f"duplicate id, already used by {taken[entry_id]}")
    taken[entry_id] = user or name
    return name


_HINTS: dict[type, dict[str, object]] = {}  # each class's annotations, resolved once


def _check_shapes(value: object, name: str = "handbook", path: str = "") -> None:
    """Every tuple field of `value` (a dataclass) and of the dataclasses inside it holds a
    tuple of what its annotation says. `("一条")` is a string, not a tuple: without this it
    would be read one character at a time."""
    hints = _HINTS.get(type(value)) or _HINTS.setdefault(type(value), typing.get_type_hints(type(value)))
    for f in dataclasses.fields(value):  # type: ignore[arg-type]
        hint, part, where = hints[f.name], getattr(value, f.name), f"{path}{f.name}"
        parts: tuple = ()
        if typing.get_origin(hint) is tuple:
            kind = typing.get_args(hint)[0]
            what = getattr(kind, "__name__", str(kind))
            if isinstance(part, kind) and not isinstance(part, tuple):  # ("一条") or (Item(...)): no comma
                shown = f'"{part[:20]}{"..." * (len(part) > 20)}"' if isinstance(part, str) else f"{what}(...)"
                single = "a string" if isinstance(part, str) else f"one {what}"
                raise DataError(name, where, f"{single} where a tuple belongs; add a trailing comma: ({shown},)")
            if not isinstance(part, tuple):
                raise DataError(name, where, f"must be a tuple of {what}, not {type(part).__name__}")
            for index, item in enumerate(part):
                if not isinstance(item, kind):
                    raise DataError(name, f"{where}[{index}]", f"must be {what}, not {type(item).__name__}")
            parts = tuple((item, f"{where}[{index}].") for index, item in enumerate(part))
        elif dataclasses.is_dataclass(part) and not isinstance(part, type):
            parts = ((part, f"{where}."),)
        for inner, inner_path in parts:
            if dataclasses.is_dataclass(inner):
                if hasattr(inner, "label") and hasattr(inner, "id"):  # an entry of its own: named by itself
                    _check_shapes(inner, _name(inner))
                elif name == "handbook":  # a part of the handbook (triage): named by its field
                    _check_shapes(inner, inner_path.rstrip("."))
                else:
                    _check_shapes(inner, name, inner_path)


@dataclass(frozen=True)
class Handbook:
    sources: tuple[Source, ...]
    facts: tuple[Fact, ...]
    channels: tuple[Channel, ...]
    problems: tuple[Problem, ...]
    allowed_hosts: frozenset[str]
    mirror_hosts: frozenset[str]
    official_emails: tuple[str, ...] = ()
    # Full ids of checklist items that were removed ("deposit.old-item"). Readers may
    # still have them ticked, so an id here must never name a new item.
    retired_items: frozenset[str] = frozenset()
    # Fact ids that were merged away. Pages and readers may link #fact-<id>, so an id
    # here never names a new fact (it would point old links at another statement).
    retired_facts: frozenset[str] = frozenset()
    freeze: FreezePlan | None = None
    # The decision tree on /identify/; when set, every problem must be reachable in it.
    triage: Triage | None = None
    # Public emergency and government lines (never Bitget's), each with its sources.
    public_lines: tuple[PublicLine, ...] = ()
    # The one "who contacts you first" rule, shown on every page that touches the topic.
    contact_rule: str | None = None
    # Pages that are no problem or channel, by key (notes and the search help link them).
    pages: tuple[Page, ...] = ()
    # The first screens of the pages that answer but are no problem: every channel's, and
    # pages of PAGES (scams, safety ...).
    page_answers: tuple[PageAnswer, ...] = ()
    # The words of the site's own blocks and scripts (headings, labels, buttons ...).
    words: Words | None = None
    # The groups of the home page, in its order; every problem names one (Problem.group).
    groups: tuple[Group, ...] = ()
    today: dt.date = field(default_factory=dt.date.today)

    def __post_init__(self) -> None:
        _check_shapes(self)
        self._check_ids()
        for line in self.public_lines:
            self._check_public_line(line)
        for entry in self.entries():
            self._check_text(entry)
        urls: dict[str, str] = {}
        for source in self.sources:
            self._check_source(source)
            if source.url in urls:
                raise DataError(_name(source), "url", f"same page as source {urls[source.url]!r}; use that one")
            urls[source.url] = source.id
        for fact in self.facts:
            self._check_fact(fact)
        if self.freeze is not None:
            self._check_text(self.freeze)
            channels = [step.channel for step in self.freeze.steps]
            self._check_refs(self.freeze, "steps", channels, self.channel_ids, "channel", need=True)
        for channel in self.channels:
            self._check_channel(channel)
        self._check_groups()
        for problem in self.problems:
            self._check_problem(problem)
        if self.triage is not None:
            self._check_triage(self.triage)
        if self.contact_rule is not None and (RAW_HTML.search(self.contact_rule) or not self.contact_rule.strip()):
            raise DataError("handbook", "contact_rule", "plain text, not empty")
        for page in self.pages:
            self._check_page(page)
        self._check_page_answers()
        if self.words is not None:
            self._check_words(self.words)

    # -- lookups ------------------------------------------------------------

    @property
    def source_ids(self) -> dict[str, Source]:
        return {s.id: s for s in self.sources}

    @property
    def fact_ids(self) -> dict[str, Fact]:
        return {f.id: f for f in self.facts}

    @property
    def channel_ids(self) -> dict[str, Channel]:
        return {c.id: c for c in self.channels}

    @property
    def problem_ids(self) -> dict[str, Problem]:
        return {p.id: p for p in self.problems}

    def entries(self) -> Iterable[Source | Fact | Channel | Problem]:
        yield from self.sources
        yield from self.facts
        yield from self.channels
        yield from self.problems

    def entry(self, entry_id: str, kinds: tuple[str, ...] = ("source", "fact", "channel", "problem")):
        """The entry with this id, which must be of one of `kinds`."""
        for entry in self.entries():
            if entry.id == entry_id:
                if entry.label not in kinds:
                    raise KeyError(f"{_name(entry)} is not a {' or '.join(kinds)}")
                return entry
        raise KeyError(f"no {' or '.join(kinds)} has the id {entry_id!r}")

    def source(self, source_id: str) -> Source:
        return self.source_ids[source_id]

    def fact(self, fact_id: str) -> Fact:
        return self.fact_ids[fact_id]

    def channel(self, channel_id: str) -> Channel:
        return self.channel_ids[channel_id]

    def problem(self, problem_id: str) -> Problem:
        return self.problem_ids[problem_id]

    def problems_for(self, channel: Channel) -> tuple[str, ...]:
        """The ids of the problems a channel suits, in the order of the data: every problem
        whose page names it (Problem.channels), and those its best_for adds."""
        return tuple(
            p.id for p in self.problems if p.id in channel.best_for or any(c.channel == channel.id for c in p.channels)
        )

    def problems_by_group(self) -> tuple[tuple[Group, tuple[Problem, ...]], ...]:
        """Each group in its order, with its problems in the order of the data: the home page."""
        return tuple((g, tuple(p for p in self.problems if p.group == g.id)) for g in self.groups)

    def problems_in_order(self) -> tuple[Problem, ...]:
        """Every problem in the order of the home page: the nav's order too."""
        return tuple(p for _, problems in self.problems_by_group() for p in problems)

    def trust(self, entry: Fact | Channel) -> str:
        """The trust level (a key of TRUST_LEVELS) of a fact or a channel."""
        return trust_level(entry.status, (self.source(s).kind for s in entry.sources))

    def sources_of(self, owner: Problem | Channel) -> tuple[str, ...]:
        """The sources of a problem or channel, then those its facts cite, each once."""
        ids = list(owner.sources)
        for fact_id in owner.facts:
            ids.extend(s for s in self.fact(fact_id).sources if s not in ids)
        return tuple(ids)

    # -- checks -------------------------------------------------------------

    def _check_ids(self) -> None:
        """Ids are slugs and unique across all kinds, so an id names one entry."""
        taken: dict[str, str] = {}
        for entry in self.entries():
            _slug_id(entry, taken)

    def _check_text(self, entry: object, name: str = "") -> None:
        name = name or _name(entry)
        for f in dataclasses.fields(entry):  # type: ignore[arg-type]
            if f.name == "url":
                continue
            for path, text in _strings(getattr(entry, f.name), f.name):
                if not text.strip():
                    raise DataError(name, path, "empty text")
                if RAW_HTML.search(text):
                    raise DataError(name, path, f"raw HTML is not allowed: {text[:40]!r}")
                if TEMPLATE_SYNTAX.search(text):
                    raise DataError(name, path, f"template syntax is not allowed: {text[:40]!r}")
                if HIDDEN_CHARS.search(text):
                    raise DataError(name, path, "invisible or direction-changing character")
                for address in EMAIL.findall(text):
                    if address.lower() not in self.official_emails:
                        raise DataError(name, path, f"e-mail address {address!r} is not on the official list")
                phone = looks_like_phone(text)
                if phone:
                    raise DataError(name, path, f"looks like a phone number: {phone!r}; the site shows none")
                self._check_public_numbers(entry, path, text, name)

    @property
    def public_line_ids(self) -> dict[str, PublicLine]:
        return {line.number: line for line in self.public_lines}

    def _cited(self, entry: object) -> set[str]:
        """The sources an entry cites: a source itself, a fact's own, a problem's and its facts'."""
        if isinstance(entry, Source):
            return {entry.id}
        if isinstance(entry, (Fact, PublicLine)):
            return set(entry.sources)
        if isinstance(entry, Problem):
            cited = set(entry.sources)
            for fact_id in entry.facts:
                fact = self.fact_ids.get(fact_id)
                cited |= set(fact.sources) if fact else set()
            return cited
        return set()

    def _check_public_numbers(self, entry: object, path: str, text: str, name: str) -> None:
        """A short phone number is a listed public line, shown beside its source."""
        lines = self.public_line_ids
        for number in short_phone_numbers(text):
            if number not in lines:
                raise DataError(
                    name,
                    path,
                    f"looks like a phone number: {number!r}; the site shows none "
                    "(public emergency and government lines only, listed in public_lines with their sources)",
                )
        for number, line in lines.items():
            if shows_number(text, number) and not set(line.sources) & self._cited(entry):
                cite = ", ".join(line.sources)
                raise DataError(name, path, f"public line {number} is shown without its source; cite one of {cite}")

    def _check_public_line(self, line: PublicLine) -> None:
        name = _name(line)
        if not isinstance(line.number, str) or not re.fullmatch(r"[0-9]{3,6}", line.number):
            raise DataError(name, "number", "must be 3 to 6 digits")
        self._check_refs(line, "sources", line.sources, self.source_ids, "source", need=True)
        for source_id in line.sources:
            if self.source(source_id).kind not in PUBLIC_LINE_KINDS:
                why = "no Bitget page lists a public line"
                raise DataError(name, "sources", f"{source_id!r} is not a government or press source; {why}")
        self._check_text(line)

    def _check_fact(self, fact: Fact) -> None:
        name = _name(fact)
        self._check_status(fact, fact.status)
        self._check_refs(fact, "sources", fact.sources, self.source_ids, "source", need=True)
        if fact.id in self.retired_facts:
            raise DataError(name, "id", f"fact id {fact.id!r} was retired (pages may link to it); pick a new id")
        if fact.status == "confirmed" and fact.claimed_by:
            raise DataError(name, "claimed_by", "only an unconfirmed claim says who claims it; its sources back it")
        if fact.status != "confirmed" and not fact.claimed_by:
            raise DataError(name, "claimed_by", "an unconfirmed claim must say where it comes from (in words)")

    def _check_status(self, entry: object, status: str) -> None:
        if status not in STATUSES:
            allowed = ", ".join(STATUSES)
            raise DataError(_name(entry), "status", f"unknown status {status!r}; allowed: {allowed}")

    def _check_refs(self, entry, field_name, refs, known, what, need=False) -> None:
        if need and not refs:
            raise DataError(_name(entry), field_name, f"needs at least one {what}")
        for ref in refs:
            if ref not in known:
                raise DataError(_name(entry), field_name, f"unknown {what} {ref!r}")

    def _check_source(self, source: Source) -> None:
        name = _name(source)
        if source.kind not in SOURCE_KINDS:
            raise DataError(name, "kind", f"unknown kind {source.kind!r}; allowed: {', '.join(SOURCE_KINDS)}")
        parts = urlsplit(source.url)
        if parts.scheme != "https":
            raise DataError(name, "url", f"must be an https URL: {source.url!r}")
        host = (parts.hostname or "").lower()
        if host != BITGET_HOST and (host in self.mirror_hosts or "bitget" in host):
            raise DataError(
                name, "url", f"{host!r} is a mirror or look-alike host; link the same page on {BITGET_HOST}"
            )
        if host not in self.allowed_hosts:
            raise DataError(name, "url", f"host {host!r} is not on the allowlist")
        if source.kind in ("official", "official-text") and host != BITGET_HOST:
            raise DataError(name, "url", f"a Bitget source must be on {BITGET_HOST}")
        if source.language not in LANGUAGES:
            raise DataError(name, "language", f"unknown language {source.language!r}; allowed: {', '.join(LANGUAGES)}")
        if host == BITGET_HOST:
            segment = parts.path.strip("/").split("/")[0]
            locale = BITGET_LOCALES.get(segment)
            if locale is not None and locale != source.language:
                raise DataError(name, "language", f"the URL is a {segment!r} page, not {source.language!r}")
            if locale is None and source.language == "zh-CN":
                raise DataError(name, "language", "a zh-CN page of www.bitget.com has /zh-CN/ in its URL")
        for field_name in ("checked", "published"):
            value = getattr(source, field_name)
            if value is None and field_name == "published":
                continue
            if not isinstance(value, dt.date) or isinstance(value, dt.datetime):
                raise DataError(name, field_name, f"not a date: {value!r}")
            if value > self.today:
                raise DataError(name, field_name, f"date {value.isoformat()} is in the future")

    def _check_channel(self, channel: Channel) -> None:
        self._check_status(channel, channel.status)
        self._check_refs(channel, "best_for", channel.best_for, self.problem_ids, "problem")
        self._check_refs(channel, "sources", channel.sources, self.source_ids, "source", need=True)
        self._check_refs(channel, "facts", channel.facts, self.fact_ids, "fact")

    def _check_groups(self) -> None:
        """Group ids are slugs, each once, and each group holds a problem (an empty one
        would leave a heading over nothing on the home page)."""
        taken: dict[str, str] = {}
        for group in self.groups:
            name = _slug_id(group, taken, "another group")
            self._check_text(group)
            if not any(p.group == group.id for p in self.problems):
                raise DataError(name, "id", "no problem is in this group; give one its id, or remove the group")

    def _check_problem(self, problem: Problem) -> None:
        name = _name(problem)
        groups = [g.id for g in self.groups]
        if problem.group not in groups:
            allowed = ", ".join(groups) or "none (add GROUPS to the handbook)"
            raise DataError(name, "group", f"unknown group {problem.group!r}; allowed: {allowed}")
        if not problem.items:
            raise DataError(name, "checks", "the checklist has no items")
        seen: set[str] = set()
        for part in ("checks", "prepare"):
            for index, item in enumerate(getattr(problem, part)):
                if not SLUG.fullmatch(item.id):
                    raise DataError(name, f"{part}[{index}].id", f"must be a slug: {item.id!r}")
                if item.id in seen:
                    raise DataError(name, f"{part}[{index}].id", f"item id {item.id!r} is used twice")
                if item.lines is not None and (not item.blank or item.lines not in (1, 2, 3)):
                    raise DataError(name, f"{part}[{index}].lines", "1 to 3 lines, and only for an item with a blank")
                if item.blank and SECURITY_ANSWERS.search(f"{item.text} {item.blank}"):
                    raise DataError(
                        name,
                        f"{part}[{index}].blank",
                        "a fill-in line for a security answer: only Bitget's Reset 2FA page may ask it "
                        "(say so in prepare_note, with no line)",
                    )
                if problem.item_key(item) in self.retired_items:
                    retired = f"item id {item.id!r} was retired (readers may have it ticked); pick a new id"
                    raise DataError(name, f"{part}[{index}].id", retired)
                seen.add(item.id)
        if problem.prepare_note is not None and (problem.prepare_note.see or problem.prepare_note.anchor):
            raise DataError(name, "prepare_note", "the box is printed on /print/ too: no see or anchor, text only")
        for placeholder in PLACEHOLDER.findall(problem.template.subject + problem.template.body):
            if refusals.names_a_secret(placeholder):
                raise DataError(name, "template", f"asks for a secret: 【{placeholder}】")
        taken = set(PAGE_SECTIONS)
        for index, extra in enumerate(problem.sections):
            if not SLUG.fullmatch(extra.anchor) or extra.anchor in taken:
                raise DataError(name, f"sections[{index}].anchor", f"must be a new slug on the page: {extra.anchor!r}")
            if not extra.steps:
                raise DataError(name, f"sections[{index}].steps", "a section needs at least one step")
            taken.add(extra.anchor)
        channels = [choice.channel for choice in problem.channels]
        self._check_refs(problem, "channels", channels, self.channel_ids, "channel", need=True)
        self._check_first_screen(problem)
        self._check_refs(problem, "sources", problem.sources, self.source_ids, "source", need=True)
        self._check_refs(problem, "facts", problem.facts, self.fact_ids, "fact")

    def _check_first_screen(self, problem: Problem) -> None:
        name = _name(problem)
        screen = problem.first_screen
        if screen is None:
            raise DataError(name, "first_screen", "every problem needs its first screen")
        if not isinstance(screen, FirstScreen):
            raise DataError(name, "first_screen", "must be a FirstScreen(first, dont, where)")
        channel = self.channel(problem.channels[0].channel)
        if channel.name not in screen.where:
            # Either text may be the one that changed: name both.
            raise DataError(
                name,
                "first_screen.where",
                f"must name the first channel 「{channel.name}」 ({_name(channel)}, field 'name')",
            )
        self._check_where_has_no_address(name, screen)

    @staticmethod
    def _check_where_has_no_address(name: str, screen: FirstScreen) -> None:
        if "http" in screen.where or "www." in screen.where:
            raise DataError(name, "first_screen.where", "no address here: the help-centre link is added by the page")

    def _check_page_answers(self) -> None:
        """Each names a channel or a page of PAGES, once; every channel's page has one; its
        "where" names a channel (where to go) and no address; a link to a section of the
        page comes with its words."""
        keys = {page.id for page in self.pages} | set(self.channel_ids)
        seen: set[str] = set()
        for answer in self.page_answers:
            name = _name(answer)
            if answer.page not in keys:
                raise DataError(name, "page", f"{answer.page!r} is no channel id and no page of PAGES")
            if answer.page in seen:
                raise DataError(name, "page", "a second first screen for this page; one each")
            seen.add(answer.page)
            screen = answer.first_screen
            if not isinstance(screen, FirstScreen):
                raise DataError(name, "first_screen", "must be a FirstScreen(first, dont, where)")
            if not any(channel.name in screen.where for channel in self.channels):
                raise DataError(name, "first_screen.where", "must name a channel (the name of one in CHANNELS)")
            self._check_where_has_no_address(name, screen)
            if (answer.anchor is None) != (answer.link is None):
                raise DataError(name, "link", "a link to a section needs both its anchor and its words")
            if answer.anchor is not None and not SLUG.fullmatch(answer.anchor):
                raise DataError(name, "anchor", f"must be a heading's id on the page: {answer.anchor!r}")
            self._check_text(answer)
        for channel in self.channels:
            if channel.id not in seen:
                raise DataError(
                    _name(channel),
                    "page_answers",
                    "its page needs a first screen: add PageAnswer(id, FirstScreen(...))",
                )

    def page_src(self, key: str) -> tuple[str, str]:
        """The source file and title of the page a key names: a problem, a channel or a Page."""
        if key in self.problem_ids:
            return f"problems/{key}.md", self.problem(key).title
        if key in self.channel_ids:
            return f"channels/{key}.md", self.channel(key).name
        for page in self.pages:
            if page.id == key:
                return page.src, page.title
        raise KeyError(f"{key!r} is no problem, channel or page of PAGES")

    def _check_page(self, page: Page) -> None:
        name = _name(page)
        if not isinstance(page.id, str) or not SLUG.fullmatch(page.id):
            raise DataError(name, "id", SLUG_RULE)
        if page.id in self.problem_ids or page.id in self.channel_ids:
            raise DataError(name, "id", "is also a problem or channel id; a link by key could not tell them apart")
        if [p.id for p in self.pages].count(page.id) > 1:
            raise DataError(name, "id", "duplicate id, already used by another page")
        if not re.fullmatch(r"(?:[a-z0-9-]+/)*[a-z0-9-]+\.md", page.src):
            raise DataError(name, "src", f"must be a Markdown file under docs/, like 'scams.md': {page.src!r}")
        self._check_text(page)

    def _check_words(self, words: Words) -> None:
        """Plain text like the entries', no exclamation mark, and each placeholder where
        it belongs; a heading for each section of PAGE_SECTIONS; links to known pages."""
        self._check_text(words, "words")
        for path, text in _strings(words, ""):
            if "！" in text or "!" in text:
                raise DataError("words", path.lstrip("."), "no exclamation marks (style: plain and calm)")
        for path, problem in _check_fills(words):
            raise DataError("words", path, problem)
        anchors = [h.anchor for h in words.problem_page.headings]
        if anchors != list(PAGE_SECTIONS):
            raise DataError("words", "problem_page.headings", f"one per section, in this order: {PAGE_SECTIONS}")
        for index, link in enumerate(words.search_help.links):
            try:
                self.page_src(link.page)
            except KeyError as error:
                raise DataError("words", f"search_help.links[{index}].page", error.args[0]) from None

    def _check_triage(self, triage: Triage) -> None:
        """Every path ends at a problem: targets exist, no question is a dead end or
        part of a loop, every question and every problem can be reached from the start."""
        questions: dict[str, Question] = {}
        taken: dict[str, str] = {}
        for question in triage.questions:
            name = _slug_id(question, taken, "another question")
            if question.id in self.problem_ids:
                raise DataError(name, "id", f"{question.id!r} is also a problem id; answers could not tell them apart")
            questions[question.id] = question
            self._check_text(question)
        url = urlsplit(triage.help_centre)
        if url.scheme != "https" or url.hostname != BITGET_HOST:
            raise DataError("triage", "help_centre", f"must be an https URL on {BITGET_HOST}: {triage.help_centre!r}")
        if triage.start not in questions:
            raise DataError("triage", "start", f"unknown question {triage.start!r}")
        for question in triage.questions:
            name = _name(question)
            if not question.answers:
                raise DataError(name, "answers", "no answers: a reader would be stuck here")
            seen: set[str] = set()
            for index, answer in enumerate(question.answers):
                where = f"answers[{index}]"
                if answer.text in seen:
                    raise DataError(name, where, f"answer 「{answer.text}」 is given twice")
                seen.add(answer.text)
                if UNSURE_ANSWER in answer.text:
                    raise DataError(name, where, f"「{UNSURE_ANSWER}」 is added to every question; do not write it")
                if answer.to not in questions and answer.to not in self.problem_ids:
                    raise DataError(
                        name, where, f"answer 「{answer.text}」 leads to {answer.to!r}, which is no question or problem"
                    )
        # Walk from the start, depth first; an answer back to a question on the
        # current path is a loop.
        reached: set[str] = set()
        path: list[str] = []

        def walk(question_id: str) -> None:
            path.append(question_id)
            reached.add(question_id)
            for index, answer in enumerate(questions[question_id].answers):
                if answer.to in path:
                    loop = " -> ".join([*path[path.index(answer.to) :], answer.to])
                    raise DataError(
                        _name(questions[question_id]),
                        f"answers[{index}]",
                        f"answer 「{answer.text}」 leads back to question {answer.to!r}: a loop ({loop})",
                    )
                if answer.to in questions and answer.to not in reached:
                    walk(answer.to)
                elif answer.to in self.problem_ids:
                    reached.add(answer.to)
            path.pop()

        walk(triage.start)
        for question in triage.questions:
            if question.id not in reached:
                raise DataError(_name(question), "id", f"no answer leads here from the first question {triage.start!r}")
        for problem in self.problems:
            if problem.id not in reached:
                raise DataError(
                    _name(problem), "triage", "no answer on /identify/ leads here; add Answer(text, id) to a question"
                )
