"""Pure renderers: handbook data -> HTML blocks for the Markdown pages.

Every function returns one block of HTML, and every data string passes through
`esc`. Nothing here imports MkDocs. Links to other pages are Markdown links to the
page's source file, relative to the docs folder (`[充值未到账](/problems/deposit.md)`),
inside elements marked `markdown` (md_in_html): MkDocs turns them into URLs relative
to the page, and `validation` in mkdocs.yml fails a strict build on a link to a page
or an anchor that does not exist.
"""

from __future__ import annotations

import html
import re
from collections.abc import Iterable
from dataclasses import dataclass
from urllib.parse import urlsplit

from . import refusals
from .material_adapter import THEME  # Material's class names: the one place they are kept
from .model import (
    LANGUAGES,
    PLACEHOLDER,
    SOURCE_KINDS,
    TRUST_LEVELS,
    UNSURE_ANSWER,
    Channel,
    Fact,
    FirstScreen,
    Handbook,
    Item,
    Note,
    Problem,
    Question,
    Section,
    Source,
    Template,
)

YES_NO = {True: "需要", False: "不需要", None: "未见官方说明"}


# A line break in data text would end a raw HTML block inside an element marked
# `markdown` (md_in_html) and let the rest be read as Markdown; text outside <pre> is
# one line on the page anyway.
_LINE_BREAKS = re.compile(r"\s*[\r\n]\s*")


def esc(text: str) -> str:
    """Data text for HTML: escaped, on one line."""
    return html.escape(_LINE_BREAKS.sub(" ", text), quote=True)


def esc_lines(text: str) -> str:
    """Data text for inside a <pre>: escaped, its line breaks kept."""
    return html.escape(text, quote=True)


# Characters Python-Markdown reads as syntax and lets a backslash escape.
_MD_SPECIAL = re.compile(r"([\\\\`*_{}\[\]()>#+\-.!])")


def md_text(text: str) -> str:
    """Data text inside an element marked `markdown`: HTML-escaped, and every Markdown
    character backslash-escaped, so data can never become a link or emphasis there."""
    return _MD_SPECIAL.sub(r"\\\1", esc(text))


def page_link(src: str, text: str, anchor: str = "") -> str:
    """A Markdown link to a docs page by its source path ("problems/deposit.md").

    Only works inside an element marked `markdown` (see the module docstring).
    """
    target = f"/{src}#{anchor}" if anchor else f"/{src}"
    return f"[{md_text(text)}]({target})"


def problem_page(problem_id: str) -> str:
    return f"problems/{problem_id}.md"


def channel_page(channel_id: str) -> str:
    return f"channels/{channel_id}.md"


# Read by screen readers after an external link's text; hidden on screen (the
# CSS arrow icon shows it there) and left out of the search index.
EXTERNAL_HINT = "（外部链接）"


def _external(url: str, text: str, title: str | None = None, lang: str | None = None) -> str:
    """A link that leaves the site: https only, no opener, no referrer, marked."""
    if not url.startswith("https://") or not urlsplit(url).hostname:
        raise ValueError(f"an external link must be an https URL with a host, not {url!r}")
    title_attr = f' title="{esc(title)}"' if title else ""
    lang_attr = f' hreflang="{esc(lang)}"' if lang else ""
    return (
        f'<a href="{esc(url)}" class="external" rel="noopener noreferrer"{lang_attr}{title_attr}>{esc(text)}'
        f'<span class="visually-hidden" data-search-exclude>{EXTERNAL_HINT}</span></a>'
    )


def _list(items: Iterable[str], css: str) -> str:
    lis = "".join(f"<li>{esc(item)}</li>" for item in items)
    return f'<ul class="{css}">{lis}</ul>'


def badge(level: str) -> str:
    """The trust badge: the one place a trust level's text is written.

    A long label breaks only after its "·" (each part is kept whole by CSS), so in
    a narrow table column 帮助中心文字·未在官网复核 takes two lines, never four.
    """
    parts = TRUST_LEVELS[level].replace("·", "·\n").split("\n")  # the "·" stays with the first part
    inner = "".join(f'<span class="status__part">{esc(part)}</span>' for part in parts)
    return f'<span class="status status--{esc(level)}">{inner}</span>'


# ---------------------------------------------------------------------------
# Edit links
# ---------------------------------------------------------------------------


def edit_data_link(data_url: str, data_file: str) -> str:
    """The small 编辑数据 link under a generated block: the page's Markdown holds only
    the macro call, so the page's own edit button cannot reach this text.

    Kept out of the search index (`data-search-exclude`) and out of print (CSS).
    """
    link = _external(data_url, "编辑数据", title=f"这部分内容来自 {data_file}，在代码仓库里修改")
    return f'<p class="edit-data" data-search-exclude>{link}</p>'


def with_edit_link(block: str, data_url: str | None, data_file: str = "") -> str:
    """A generated block followed by its 编辑数据 link (none when `data_url` is empty)."""
    # A blank line between them: inside a `markdown` div (as on /print/), Markdown
    # would otherwise wrap the link in a second <p>.
    return f"{block}\n\n{edit_data_link(data_url, data_file)}" if data_url else block


# ---------------------------------------------------------------------------
# Checklists
# ---------------------------------------------------------------------------


def blank_repeats(item: Item) -> bool:
    """Whether the item's text already says its fill-in label (each part of
    "币种 / 网络"), so printing the label would repeat it."""
    return bool(item.blank) and all(part.strip() in item.text for part in item.blank.split("/"))


def checklist_item(problem: Problem, item: Item) -> str:
    """One item: a label wrapping the checkbox, a box drawn in CSS and the text.

    The label wraps the text, so the checkbox's accessible name is the item text and
    the whole row is a click target. The input stays disabled until checklists.js
    takes over (without JavaScript a tick could not be kept). The fill-in line
    (`blank`) shows on paper only.
    """
    key = problem.item_key(item)
    blank = ""
    if item.blank:
        # The label is left out when the text already says it ("你的 UID" + "UID："
        # printed 「你的 UIDUID：」): the line then follows the text alone.
        label = "" if blank_repeats(item) else f'<span class="checklist__label">{esc(item.blank)}：</span>'
        blank = f'<span class="checklist__blank" aria-hidden="true">{label}<span class="checklist__line"></span></span>'
    return (
        f'<li class="{THEME.task_item} checklist__item" data-item="{esc(key)}">'
        '<label class="checklist__control">'
        '<input type="checkbox" class="checklist__input" disabled>'
        '<span class="checklist__box" aria-hidden="true"></span>'
        f'<span class="checklist__text">{esc(item.text)}</span>'
        f"</label>{blank}</li>"
    )


def checklist(problem: Problem, part: str | None = None, prune: bool = True) -> str:
    """A task list of the problem's items ("checks", "prepare" or both).

    `data-items` lists every item id of the problem, so the script can drop stored
    ticks of items that no longer exist without touching ticks of items that are
    merely on another part of the page (or another page). Pages show the checks part
    first, so only it (or the whole list) carries the ids; the script looks for them
    on any list of the problem, and drops nothing when no list has them. `prune=False`
    leaves them out (/print/: the problem's own page prunes, and the sheets stay small).
    """
    if part not in (None, "checks", "prepare"):
        raise ValueError(f"checklist part must be 'checks' or 'prepare', not {part!r}")
    items = problem.items if part is None else getattr(problem, part)
    lis = "".join(checklist_item(problem, item) for item in items)
    part_attr = f' data-part="{part}"' if part else ""
    all_ids = " ".join(problem.item_key(item) for item in problem.items)
    ids_attr = "" if part == "prepare" or not prune else f' data-items="{esc(all_ids)}"'
    # The box is a block of its own (a blank line before it): inside an element marked
    # `markdown` (the /print/ sheets), two blocks on one line end up wrapped in a <p>.
    note = f"\n\n{prepare_note(problem)}" if part in (None, "prepare") and problem.prepare_note else ""
    return (
        f'<div class="checklist" data-checklist="{esc(problem.id)}"{part_attr}{ids_attr}>'
        f'<ul class="{THEME.task_list}">{lis}</ul></div>{note}'
    )


def prepare_note(problem: Problem) -> str:
    """The box after the prepare list: something to know, never to write down, so it
    has no fill-in line (on the page and on every printed sheet of the problem)."""
    note = problem.prepare_note
    if note is None:
        raise ValueError(f"problem {problem.id!r} has no prepare note")
    title = f'<p class="{THEME.admonition_title}">{esc(note.label)}</p>' if note.label else ""
    return f'<div class="{THEME.admonition} warning prepare-note">{title}<p>{esc(note.text)}</p></div>'


def urgent_steps(problem: Problem) -> str:
    """The first steps when every minute counts, as a numbered warning box.

    Material styles the admonition classes, so this needs no CSS of its own.
    """
    if not problem.urgent:
        raise ValueError(f"problem {problem.id!r} has no urgent steps")
    lis = "".join(f"<li>{esc(step)}</li>" for step in problem.urgent)
    return (
        f'<div class="{THEME.admonition} danger urgent-steps" id="urgent-{esc(problem.id)}">'
        f'<p class="{THEME.admonition_title}">现在就做，不用先看完整页</p>'
        f"<ol>{lis}</ol></div>"
    )


# ---------------------------------------------------------------------------
# Channels
# ---------------------------------------------------------------------------


def channel_table(handbook: Handbook) -> str:
    """The channel comparison: one row per channel.

    The row header holds the channel, its status badge and a link to the sources on
    the channel's own page (listing every source title here made rows too tall and
    the table too wide). Each cell carries its column name in `data-label`, so on a
    phone the stylesheet shows every row as a card ("需要登录：不需要").
    """
    columns = ("渠道", "怎么联系", "需要登录", "一般速度", "服务时间", "适合的问题")
    head = "".join(f'<th scope="col">{name}</th>' for name in columns)
    rows = []
    for channel in handbook.channels:
        best = (
            "、".join(page_link(problem_page(pid), handbook.problem(pid).title) for pid in channel.best_for)
            or "不建议用于账户问题"
        )
        cells = (md_text(channel.how), YES_NO[channel.login], md_text(channel.speed), md_text(channel.hours), best)
        tds = "".join(
            f'<td data-label="{label}" markdown="span">{cell}</td>'
            for label, cell in zip(columns[1:], cells, strict=True)
        )
        sources = page_link(channel_page(channel.id), "来源", anchor="sources")
        rows.append(
            f'<tr id="channel-{esc(channel.id)}" data-trust="{esc(handbook.trust(channel))}" markdown="1">'
            f'<th scope="row" markdown="span">{page_link(channel_page(channel.id), channel.name)}'
            f'<span class="channel-table__status">{badge(handbook.trust(channel))}'
            f'<span class="channel-table__sources">{sources}</span></span></th>'
            f"{tds}</tr>"
        )
    return (
        f'<div class="{THEME.scrollwrap}" markdown="1"><div class="{THEME.table} channel-table" markdown="1">'
        f'<table markdown="1"><thead><tr>{head}</tr></thead><tbody markdown="1">{"".join(rows)}</tbody></table>'
        "</div></div>"
    )


def channel_order(handbook: Handbook, problem: Problem) -> str:
    """Which channel first and which next, and why."""
    lis = []
    for choice in problem.channels:
        channel = handbook.channel(choice.channel)
        link = page_link(channel_page(channel.id), channel.name)
        lis.append(f'<li markdown="span"><strong>{link}</strong>：{md_text(choice.why)}</li>')
    return f'<ol class="channel-order" markdown="1">{"".join(lis)}</ol>'


# ---------------------------------------------------------------------------
# Facts, sources, templates, plain lists
# ---------------------------------------------------------------------------


def source_line(source: Source, show_kind: bool = True) -> str:
    """A source: its link, then (kind, language, dates) and its note.

    Inside a fact the kind is left out when the fact's badge already says it.
    A page not in simplified Chinese says its language (页面为英文).
    """
    parts = [SOURCE_KINDS[source.kind]] if show_kind else []
    if source.language != "zh-CN":
        parts.append(f"页面为{LANGUAGES[source.language]}")
    if source.published:
        parts.append(f"页面日期 {source.published.isoformat()}")
    parts.append(f"核对于 {source.checked.isoformat()}")
    note = f"。{esc(source.note.rstrip('。'))}" if source.note else ""  # no "。；" when joined
    lang = source.language if source.language != "zh-CN" else None
    return (
        f"{_external(source.url, source.title, lang=lang)}"
        f'<span class="source__meta">（{esc("，".join(parts))}）</span>{note}'
    )


def fact(handbook: Handbook, fact_id: str) -> str:
    """One fact: its trust badge first, the statement, a note, then where it comes from.

    A confirmed fact lists its sources (来源). An unconfirmed claim says who makes it
    (说法出自, in words) apart from the official pages we checked that do not say it
    (我们查过), so no Bitget page is ever shown as the source of a claim it does not make.
    """
    f: Fact = handbook.fact(fact_id)
    level = handbook.trust(f)

    def line(source_id: str) -> str:
        source = handbook.source(source_id)
        return source_line(source, show_kind=source.kind != level)

    sources = "；".join(line(s) for s in f.sources)
    note = f'<br><span class="fact__note">{esc(f.note)}</span>' if f.note else ""
    if f.claimed_by:
        summary = "说法出自哪里"
        origin = (
            f'<span class="fact__claimed"><strong>说法出自：</strong>{esc(f.claimed_by)}</span>'
            f'<br><span class="fact__sources fact__checked"><strong>我们查过：</strong>{sources}'
            "。这些页面都没有这样说。</span>"
        )
    else:
        summary = "来源"
        origin = f'<span class="fact__sources">来源：{sources}</span>'
    # The citation folds away on screen (the badge says how sure we are); it prints
    # open (site.css), and a keyboard opens it like any <details>. It stays out
    # of the search index: readers search for their problem, not for source titles
    # (/sources/ lists every source, searchable).
    return (
        f'<div class="fact fact--{esc(level)}" id="fact-{esc(f.id)}" data-fact="{esc(f.id)}" data-trust="{esc(level)}">'
        f"{badge(level)} {esc(f.text)}{note}"
        f'<details class="fact__cite"><summary data-search-exclude>{summary}</summary>'
        f"<p data-search-exclude>{origin}</p></details></div>"
    )


def facts(handbook: Handbook, fact_ids: Iterable[str]) -> str:
    return "".join(fact(handbook, f) for f in fact_ids)


def sources_list(handbook: Handbook, source_ids: Iterable[str], searchable: bool = True) -> str:
    """A list of sources; only /sources/ puts them in the search index (`searchable`)."""
    lis = "".join(f'<li id="source-{esc(s)}">{source_line(handbook.source(s))}</li>' for s in source_ids)
    exclude = "" if searchable else " data-search-exclude"
    return f'<ul class="sources"{exclude}>{lis}</ul>'


def message_template(problem: Problem) -> str:
    """The message to support, with its composer.

    The `<pre>` is the template as text (subject line, blank line, body): without
    JavaScript a copyable template, on paper the message as filled in. Each
    placeholder sits in a `data-slot` span; the first span of each field carries its
    label, hint and exemptions, and composer.js builds one labelled input per field
    from them (a renderer emits no form controls: tests/unit/test_injection.py).
    The controls stay hidden until composer.js shows them.
    `no-copy`: the composer's own 复制 button replaces Material's code copy button.
    """
    fields, subject, body = composer_fields(problem.template)
    described: set[int] = set()
    preview = "主题：" + _slots(subject, fields, described) + "\n\n" + _slots(body, fields, described)
    dom = f"composer-{esc(problem.id)}"
    return (
        f'<div class="message-template composer no-copy" data-composer="{esc(problem.id)}">'
        f'<div class="composer__form" role="group" aria-labelledby="{dom}-title" '
        "data-composer-form data-search-exclude hidden>"
        f'<p class="composer__title" id="{dom}-title"><strong>在这里填写，预览里就是写好的留言</strong></p>'
        '<p class="composer__warning">不要在这里或任何地方填写密码、验证码、私钥或助记词：'
        "真正的客服从不索要。填的内容只留在这个浏览器里，本站收不到。</p>"
        '<div class="composer__fields" data-composer-fields></div>'
        '<p class="composer__remember"><label>'
        f'<input type="checkbox" data-composer-remember aria-describedby="{dom}-remember-note"> 记住在本机</label> '
        f'<span class="composer__note" id="{dom}-remember-note">不勾选时，刷新或关闭页面后内容就没有了。</span></p>'
        '<p class="composer__actions">'
        '<button type="button" class="composer__button composer__button--main" data-composer-copy>复制</button> '
        '<button type="button" class="composer__button" data-composer-clear>清空</button> '
        '<span class="composer__status" role="status" data-composer-status></span></p>'
        '<p class="composer__preview-label">预览：复制和打印的就是下面这段文字。</p>'
        "</div>"
        # The filled-in message repeats the page's words with placeholders: out of the
        # search index (60 KiB gzip budget), like the form above it.
        f'<pre class="composer__preview" data-composer-preview data-search-exclude><code>{preview}</code></pre></div>'
    )


def bullet_list(items: Iterable[str], css: str = "plain-list") -> str:
    return _list(items, css)


def channel_summary(channel: Channel, level: str) -> str:
    """The facts table at the top of a channel page; `level` is the channel's trust level."""
    rows = (
        ("怎么联系", esc(channel.how)),
        ("需要登录", YES_NO[channel.login]),
        ("一般速度", esc(channel.speed)),
        ("服务时间", esc(channel.hours)),
        ("可信度", badge(level)),
    )
    body = "".join(f'<tr><th scope="row">{k}</th><td>{v}</td></tr>' for k, v in rows)
    return (
        f'<div class="{THEME.table} channel-summary" data-trust="{esc(level)}">'
        f"<table><tbody>{body}</tbody></table></div>"
    )


def freeze_plan(handbook: Handbook) -> str:
    """When and how to ask for a freeze: the same block on every page that mentions it."""
    plan = handbook.freeze
    if plan is None:
        raise ValueError("the handbook has no freeze plan")
    lis = "".join(
        f'<li markdown="span"><strong>{page_link(channel_page(step.channel), handbook.channel(step.channel).name)}'
        f"</strong>：{md_text(step.why)}</li>"
        for step in plan.steps
    )
    return (
        f'<div class="{THEME.admonition} warning freeze-plan" markdown="1">'
        f'<p class="{THEME.admonition_title}">请求冻结账户</p>'
        f'<p class="freeze-plan__when">{md_text(plan.when)}</p>'
        f'<ol class="freeze-plan__steps" markdown="1">{lis}</ol>'
        f'<p class="freeze-plan__none">{md_text(plan.no_self_service)}</p></div>'
    )


def rule(text: str, css: str) -> str:
    """One of the site's own rules (data.CONTACT_RULE, data.FEE_RULE): the same words,
    marked as this site's advice, wherever a page states it."""
    return f'<p class="rule {esc(css)}"><strong>本站的建议</strong>：{esc(text)}</p>'


def contact_rule(handbook: Handbook) -> str:
    """The one rule on who contacts you first (data.CONTACT_RULE), or nothing without one."""
    return rule(handbook.contact_rule, "contact-rule") if handbook.contact_rule else ""


def aliases(words: Iterable[str], where: str = "shown") -> str:
    """The words readers use for a problem or channel: shown, and so found by search.

    A problem page shows them at its foot but wants them in its top search entry
    (a hit there opens the page at the top, not at the foot): `where="index"` is the
    copy for the index (hidden), `where="foot"` the copy shown (left out of the index).
    """
    text = f'<span class="aliases__label">也叫：</span>{esc("、".join(words))}'
    if where == "index":
        return f'<p class="aliases" hidden>{text}</p>'
    if where == "foot":
        return f'<p class="aliases" data-search-exclude>{text}</p>'
    return f'<p class="aliases">{text}</p>'


def summary(text: str) -> str:
    """A problem's one-line summary, as the page's lead paragraph."""
    return f'<p class="summary">{esc(text)}</p>'


# -- the message composer ------------------------------------------------------

# A placeholder's name is the part before "，" (【UID，记得的话】 is the field "UID").
# Its words give the field its allowances (refusals.ALLOWANCES): a field named 数量
# takes an amount of 6 digits, one named TxID a TxID of 64 hex characters.


@dataclass(frozen=True)
class ComposerField:
    """One input of the composer, for one or more placeholders of a template."""

    key: str  # the placeholder's name: 【UID，记得的话】 -> "UID"
    label: str  # what the reader sees: the body line's own label ("注册邮箱"), else the name
    hint: str  # the whole placeholder text, shown as the input's placeholder
    allow: tuple[str, ...]  # "amount", "txid": what it takes that would be refused elsewhere

    @property
    def long(self) -> bool:
        """Free text (an error message, what happened) gets a text area."""
        return "原文" in self.key or self.hint.startswith("例如") or "、" in self.key


def _key(placeholder: str) -> str:
    return placeholder.split("，")[0].strip()


def _new_field(key: str, label: str, hint: str) -> ComposerField:
    return ComposerField(key=key, label=label, hint=hint, allow=refusals.allowances(key))


def _body_labels(line: str) -> list[str]:
    """The label of each placeholder on a body line.

    A line splits after a placeholder followed by "，" ("登录方式：【官网 / App】，设备：【…】");
    a part with one placeholder is labelled by the words before it, without the colon;
    a part with several ("币种和网络：【币种】/【网络】") by the placeholders' names.
    """
    labels = []
    for part in re.split(r"(?<=】)，", line):
        names = PLACEHOLDER.findall(part)
        if len(names) == 1:
            prefix = part[: part.index("【")].strip().rstrip("：:").strip()
            labels.append(prefix or _key(names[0]))
        else:
            labels.extend(_key(name) for name in names)
    return labels


Parts = list[str | tuple[int, str]]  # text, and (field index, placeholder as written)


def composer_fields(template: Template) -> tuple[list[ComposerField], Parts, Parts]:
    """The fields a template needs, and its subject and body as text and field indexes.

    Body placeholders come first, in order: the same label and name twice is one
    field, the same name under two labels two fields (two different times). A subject
    placeholder shares the body field of the same name, or of a name that has it as a
    word (【日期】 -> 【日期 时间 时区】); otherwise it gets a field of its own.
    """
    fields: list[ComposerField] = []
    by_label: dict[tuple[str, str], int] = {}
    body: Parts = []
    for line_index, line in enumerate(template.body.split("\n")):
        if line_index:
            body.append("\n")
        labels = iter(_body_labels(line))
        last = 0
        for match in PLACEHOLDER.finditer(line):
            body.append(line[last : match.start()])
            key, label = _key(match.group(1)), next(labels)
            if (label, key) not in by_label:
                by_label[(label, key)] = len(fields)
                fields.append(_new_field(key, label, match.group(1)))
            body.append((by_label[(label, key)], match.group(0)))
            last = match.end()
        body.append(line[last:])
    subject: Parts = []
    last = 0
    for match in PLACEHOLDER.finditer(template.subject):
        subject.append(template.subject[last : match.start()])
        key = _key(match.group(1))
        same = [i for i, f in enumerate(fields) if f.key == key]
        wider = [i for i, f in enumerate(fields) if key in f.key.split()]
        if same or wider:
            subject.append(((same or wider)[0], match.group(0)))
        else:
            fields.append(_new_field(key, key, match.group(1)))
            subject.append((len(fields) - 1, match.group(0)))
        last = match.end()
    subject.append(template.subject[last:])
    # Labels name the stored values, so they must differ.
    seen: dict[str, int] = {}
    for index, f in enumerate(fields):
        if f.label in seen:
            seen[f.label] += 1
            fields[index] = ComposerField(f.key, f"{f.label}（{seen[f.label]}）", f.hint, f.allow)
        else:
            seen[f.label] = 1
    return fields, [p for p in subject if p != ""], [p for p in body if p != ""]


def _slots(parts: Parts, fields: list[ComposerField], described: set[int]) -> str:
    """Template text with each placeholder in a span the composer fills; the first
    span of each field describes the field."""
    out = []
    for part in parts:
        if isinstance(part, str):
            out.append(esc_lines(part))
            continue
        index, text = part
        about = ""
        if index not in described:
            described.add(index)
            f = fields[index]
            about = (
                f' data-label="{esc(f.label)}" data-hint="{esc(f.hint)}" data-allow="{" ".join(f.allow)}"'
                f"{' data-long' if f.long else ''}"
            )
        out.append(f'<span class="composer__slot" data-slot="{index}"{about}>{esc(text)}</span>')
    return "".join(out)


# ---------------------------------------------------------------------------
# Triage (/identify/)

# Step ids on the page and in the URL hash: "q-<question>", "p-<problem>", and
# UNSURE_STEP for 以上都不是 / 拿不准 (no question or problem id can equal it).
UNSURE_STEP = "help"


def triage_step_id(handbook: Handbook, target: str) -> str:
    return f"p-{target}" if target in handbook.problem_ids else f"q-{target}"


def _triage_question(handbook: Handbook, question: Question) -> str:
    answers = [(a.text, triage_step_id(handbook, a.to), "") for a in question.answers]
    answers.append((UNSURE_ANSWER, UNSURE_STEP, " triage__answer--unsure"))
    lis = "".join(
        f'<li><a class="triage__answer{extra}" href="#{esc(step)}" data-to="{esc(step)}">{md_text(text)}</a></li>'
        for text, step, extra in answers
    )
    hint = f'<p class="triage__hint">{md_text(question.hint)}</p>' if question.hint else ""
    step_id = f"q-{question.id}"
    return (
        f'<section class="triage__step" id="{esc(step_id)}" data-step aria-labelledby="{esc(step_id)}-title">'
        f'<h2 class="triage__title" id="{esc(step_id)}-title">{md_text(question.text)}</h2>{hint}'
        f'<ul class="triage__answers">{lis}</ul></section>'
    )


def _triage_result(handbook: Handbook, problem: Problem) -> str:
    channel = handbook.channel(problem.channels[0].channel)
    step_id = f"p-{problem.id}"
    go = page_link(problem_page(problem.id), f"打开「{problem.title}」这一页")
    return (
        f'<section class="triage__step triage__result" id="{esc(step_id)}" data-step '
        f'aria-labelledby="{esc(step_id)}-title" markdown="1">'
        f'<h2 class="triage__title" id="{esc(step_id)}-title">结果：{md_text(problem.title)}</h2>'
        f"<p>{md_text(problem.summary)}</p>"
        f'<p markdown="span"><strong>先找：</strong>{page_link(channel_page(channel.id), channel.name)}。'
        "为什么、之后找谁，见这一页。</p>"
        f'<p class="triage__go" markdown="span">{go}</p>'
        "</section>"
    )


def _triage_unsure(handbook: Handbook) -> str:
    help_centre = _external(handbook.triage.help_centre, "Bitget 帮助中心")
    return (
        f'<section class="triage__step triage__result" id="{UNSURE_STEP}" data-step '
        f'aria-labelledby="{UNSURE_STEP}-title" markdown="1">'
        f'<h2 class="triage__title" id="{UNSURE_STEP}-title">拿不准时：去官方帮助中心</h2>'
        '<ol markdown="1">'
        f'<li markdown="span">打开 {help_centre}，搜索你看到的提示原文。只用官网 www.bitget.com 或官方 App。</li>'
        '<li markdown="span">找不到答案时，在帮助中心点「提交请求」提交工单，写清 UID、时间和经过。'
        f"怎么写，见{page_link(channel_page('ticket'), '提交工单')}。</li>"
        "</ol>"
        f'<div class="{THEME.admonition} warning" markdown="1"><p class="{THEME.admonition_title}">小心假客服</p>'
        '<p markdown="span">真正的客服不会索要密码、验证码、私钥或助记词，也不会要你转账：'
        f"见{page_link('scams.md', '识别骗局')}。</p>{contact_rule(handbook)}</div>"
        "</section>"
    )


def triage(handbook: Handbook) -> str:
    """The decision tree as a static list: every question with its answers as links
    to the next step, then every result. triage.js turns it into one step at a time.

    Questions come in the order a walk from the first question meets them.
    """
    tree = handbook.triage
    if tree is None:
        raise ValueError("the handbook has no triage tree")
    order, queue = [], [tree.start]
    while queue:
        question = tree.question(queue.pop(0))
        if question.id in order:
            continue
        order.append(question.id)
        queue += [a.to for a in question.answers if a.to not in handbook.problem_ids]
    questions = "".join(_triage_question(handbook, tree.question(qid)) for qid in order)
    reached = {a.to for q in tree.questions for a in q.answers}
    results = "".join(_triage_result(handbook, p) for p in handbook.problems if p.id in reached)
    return (
        f'<div class="triage" data-triage data-start="q-{esc(tree.start)}" markdown="1">'
        f"{questions}{results}{_triage_unsure(handbook)}</div>"
    )


# ---------------------------------------------------------------------------
# Problem pages: the answer block first, then the sections in a fixed order
# ---------------------------------------------------------------------------

# Pages a Note may link by key, besides problem and channel ids.
PAGES: dict[str, tuple[str, str]] = {
    "scams": ("scams.md", "识别骗局"),
    "channels": ("channels/index.md", "联系渠道对比"),
    "identify": ("identify.md", "确认问题类型"),
}

# On every /print/ sheet: where to contact, what this site is not, what never to give.
PRINT_RULE = "只在 www.bitget.com 或官方 App 联系；本站不提供电话；密码、验证码、私钥不给任何人"


def _page_of(handbook: Handbook, key: str) -> tuple[str, str]:
    """The source path and title of the page a Note names: a problem, a channel or a page of PAGES."""
    if key in handbook.problem_ids:
        return problem_page(key), handbook.problem(key).title
    if key in handbook.channel_ids:
        return channel_page(key), handbook.channel(key).name
    if key in PAGES:
        return PAGES[key]
    raise ValueError(f"a note links {key!r}, which is no problem, channel or page of PAGES")


def _see(handbook: Handbook, key: str) -> str:
    """A Markdown link to the page a Note names."""
    return page_link(*_page_of(handbook, key))


def note_html(handbook: Handbook, note: Note) -> str:
    """One note, for an element marked `markdown="span"`.

    With a label: 「**label**：text 见[page]。（[依据](#fact-x)）」. Without a label but
    with a page: the link leads ("**[在线客服]**：text"), as in the urgent steps.
    """
    text = md_text(note.text)
    if note.label:
        out = f"<strong>{md_text(note.label)}</strong>：{text}"
        if note.see:
            link = _see(handbook, note.see)
            out += f"{link}。" if note.text.endswith(("见", "看")) else f"见{link}。"
    elif note.see:
        out = f"<strong>{_see(handbook, note.see)}</strong>：{text}"
    else:
        out = text
    if note.anchor and note.on:
        out += f"（{page_link(_page_of(handbook, note.on)[0], '依据', anchor=note.anchor)}）"
    elif note.anchor:
        out += f"（[依据](#{note.anchor})）"
    return out


def lead(handbook: Handbook, problem: Problem, paper: bool = False) -> str:
    """The page-specific answers under the answer block (the questions readers ask first).

    `paper`: the copy printed after the template (site.css shows one or the
    other), so the first sheet holds the checklists; it stays out of the search index
    and away from screen readers.
    """
    lis = "".join(f'<li markdown="span">{note_html(handbook, n)}</li>' for n in problem.lead)
    if paper:
        return f'<ul class="lead lead--paper" data-search-exclude aria-hidden="true" markdown="1">{lis}</ul>'
    return f'<ul class="lead lead--screen" markdown="1">{lis}</ul>'


def section_steps(handbook: Handbook, extra: Section, searchable: bool = True) -> str:
    """A page's own section without its heading: the intro, then the numbered steps
    (each a Note, for an element marked `markdown="span"`). Shown again on another page
    (`searchable=False`), the copy stays out of the search index: the search budget."""
    lis = "".join(f'<li markdown="span">{note_html(handbook, step)}</li>' for step in extra.steps)
    exclude = "" if searchable else " data-search-exclude"
    return (
        f'<div class="page-section" data-section="{esc(extra.anchor)}"{exclude} markdown="1">'
        f'<p markdown="span">{md_text(extra.intro)}</p><ol class="page-section__steps" markdown="1">{lis}</ol></div>'
    )


def answer_block(handbook: Handbook, problem: Problem, help_centre: str) -> str:
    """The first screen: the first step, the one thing not to do, and where to go.

    "Where" ends with a link to the help centre: tapping is safer than typing an
    address, and the link text says it leaves this site.
    """
    screen: FirstScreen | None = problem.first_screen
    if screen is None:
        raise ValueError(f"problem {problem.id!r} has no first screen")
    link = _external(help_centre, "Bitget 帮助中心（离开本站）")
    parts = (
        ("first", "先做", esc(screen.first)),
        ("dont", "不要", esc(screen.dont)),
        ("where", "去哪", f"{esc(screen.where)}{link}"),
    )
    ps = "".join(
        f'<p class="answer__part answer__part--{key}" data-answer-part="{key}">'
        f'<strong class="answer__label">{label}</strong> <span class="answer__text">{text}</span></p>'
        for key, label, text in parts
    )
    return f'<div class="answer" data-answer id="answer-{esc(problem.id)}">{ps}</div>'


def urgent_split(handbook: Handbook, problem: Problem) -> str:
    """The urgent steps. With `freeze_first`, split: already locked out first (the
    freeze plan: each channel a link, in order), then still able to log in.
    Otherwise the plain numbered box."""
    if not problem.freeze_first:
        return urgent_steps(problem)
    can = "".join(f"<li>{esc(step)}</li>" for step in problem.urgent)
    return (
        f'<div class="{THEME.admonition} danger urgent-steps" id="urgent-{esc(problem.id)}" markdown="1">'
        f'<p class="{THEME.admonition_title}">现在就做，不用先看完整页</p>'
        '<p class="urgent-steps__case" id="urgent-locked-out"><strong>已经登不进去</strong>：按顺序请求冻结账户</p>'
        f"{freeze_plan(handbook)}"
        '<p class="urgent-steps__case" id="urgent-can-login"><strong>还能登录</strong>：马上做这几步</p>'
        f'<ol class="urgent-steps__can-login">{can}</ol></div>'
    )


def print_answer(handbook: Handbook, problem: Problem, help_centre: str) -> str:
    """What a /print/ sheet adds above the checklists: the answer block (for a problem
    with urgent steps, those steps), then the fixed safety line."""
    head = urgent_split(handbook, problem) if problem.urgent else answer_block(handbook, problem, help_centre)
    return f'<div class="print-answer" markdown="1">{head}<p class="print-rule">{esc(PRINT_RULE)}</p></div>'


def print_sheet(handbook: Handbook, problem: Problem, help_centre: str) -> str:
    """One /print/ sheet as Markdown: the title, the answer (or urgent steps) with the
    fixed safety line, then both checklists. Its headings stay out of the search index:
    Material's parser ends an excluded element at its first nested </div>, so the sheet's
    own `data-search-exclude` does not cover them (a search belongs on the problem page)."""
    pid = esc(problem.id)
    return "\n\n".join(
        (
            f"## {md_text(problem.title)} {{ #{pid} data-search-exclude }}",
            print_answer(handbook, problem, help_centre),
            f"### 先自查 {{ #{pid}-checks data-search-exclude }}",
            checklist(problem, "checks", prune=False),
            f"### 准备材料 {{ #{pid}-prepare data-search-exclude }}",
            checklist(problem, "prepare", prune=False),
        )
    )


def _folded_sources(handbook: Handbook, source_ids: tuple[str, ...]) -> str:
    """A problem page's sources, folded: each fact above already opens its own."""
    return (
        f'<details class="sources-fold"><summary>列出本页的 {len(source_ids)} 个来源</summary>'
        f"{sources_list(handbook, source_ids, searchable=False)}</details>"
    )


def problem_body(handbook: Handbook, problem: Problem, help_centre: str, edit_link: str = "") -> str:
    """The whole body of a problem page, under its H1: the answer block, then
    先自查 → 准备材料 → 找哪个渠道 → 不要做的事 → (the page's own sections) → 留言模板 →
    官方说明 → 来源, and the
    symptoms and 也叫 words at the foot. A problem with urgent steps has them first
    (with the freeze plan when `freeze_first`), right under the answer block.

    Headings are Markdown with fixed ids, so they reach the table of contents and
    old links keep working. Each section ends with at most one 编辑数据 link.
    """

    def section(heading: str, anchor: str, *blocks: str) -> str:
        body = "\n\n".join(b for b in blocks if b)
        tail = f"\n\n{edit_link}" if edit_link else ""
        return f"## {heading} {{ #{anchor} }}\n\n{body}{tail}"

    out = [answer_block(handbook, problem, help_centre)]
    # The page's top search entry: what the page is about, in the reader's words
    # (shown at the foot of the page; a hit here opens the page at the top).
    out.append(
        f'<div class="search-words" hidden><p>{esc(problem.summary)}</p>'
        + (aliases(problem.aliases) if problem.aliases else "")
        + "</div>"
    )
    lead_block = lead(handbook, problem) if problem.lead else ""
    if problem.urgent:
        out.append(section("先做这几步", "urgent", urgent_split(handbook, problem), lead_block))
        channels_intro = "请求冻结按上面的顺序。冻结之后，用工单写明时间线、补充材料，留下书面记录。"
    else:
        if lead_block:
            # Its own section: a search hit on these answers opens the page here, and
            # the page's top search entry stays short (the answer and the 也叫 words).
            out.append(section("常见情况", "common", lead_block))
        channels_intro = "按顺序试。前一个解决不了，再用下一个。"
    prepare_intro = "联系客服前，先把这些信息找齐、写在一处。只写下面这些，不写任何密码或验证码。"
    template_intro = (
        "写邮件或提交工单时，复制下面的文字，把【】里的内容换成你的信息。"
        "模板里没有任何需要填写密码或验证码的地方：不要添加。"
    )
    out += [
        section("先自查", "first-checks", checklist(problem, "checks")),
        section("准备材料", "prepare", prepare_intro, checklist(problem, "prepare")),
        section(
            "找哪个渠道",
            "channels",
            channels_intro,
            # No urgent box to hold it: the freeze plan leads the channels.
            freeze_plan(handbook) if problem.freeze_first and not problem.urgent else "",
            channel_order(handbook, problem),
        ),
        section("不要做的事", "dont", bullet_list(problem.dont, "dont"), contact_rule(handbook)),
        # The page's own sections: after the first sheet's parts, before the template.
        *(section(md_text(extra.title), extra.anchor, section_steps(handbook, extra)) for extra in problem.sections),
        section(
            "留言模板",
            "template",
            template_intro,
            message_template(problem),
            lead(handbook, problem, paper=True) if problem.lead else "",
        ),
        section("官方说明", "facts", facts(handbook, problem.facts)),
        section("来源", "sources", _folded_sources(handbook, handbook.sources_of(problem))),
    ]
    foot = (
        f'<p class="summary" data-search-exclude>{esc(problem.summary)}</p>'
        + bullet_list(problem.symptoms, "symptoms")
        + (aliases(problem.aliases, "foot") if problem.aliases else "")
    )
    out.append(section("这一页适用于", "symptoms", foot))
    return "\n\n".join(out) + "\n"
