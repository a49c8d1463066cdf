"""Helpers every component uses (styles: site.css "component: shared"): escaping,
links, and the few one-element blocks several components show (a badge, a plain
list, a rule, the 也叫 line).

Every data string passes through `esc` (or `md_text` inside an element marked
`markdown`). Words come from the `words` argument (data.WORDS), never from here.
Links to other pages are Markdown links to the page's source file, relative to the
docs folder (`[充值未到账](/problems/deposit.md)`), inside elements marked `markdown`
(md_in_html): MkDocs turns them into URLs relative to the page, and `validation` in
mkdocs.yml fails a strict build on a link to a page or an anchor that does not exist.
"""

from __future__ import annotations

import html
import re
from collections.abc import Iterable
from urllib.parse import urlsplit

from ..model import TRUST_LEVELS, Handbook, Words

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


_FILL = re.compile(r"\{([a-z_]+)\}")


def fill(text: str, markdown: bool = True, **parts: str) -> str:
    """A text of data.WORDS with its {placeholders} replaced by `parts` (HTML or
    Markdown made here: a link, a title already escaped); the rest is escaped
    (`md_text`, or `esc` with `markdown=False`). The model checks each text holds
    exactly the placeholders its renderer fills."""
    escape = md_text if markdown else esc
    pieces = _FILL.split(text)  # text, name, text, name, ..., text
    return "".join(parts[piece] if i % 2 else escape(piece) for i, piece in enumerate(pieces))


def page_link(src: str, text: str, anchor: str = "") -> str:
    """A Markdown link to a docs page by its source path ("problems/deposit.md").

    Only works inside an element marked `markdown` (see the module docstring).
    """
    target = f"/{src}#{anchor}" if anchor else f"/{src}"
    return f"[{md_text(text)}]({target})"


def see(handbook: Handbook, key: str, anchor: str = "", text: str | None = None) -> str:
    """A Markdown link to the page a key names (a problem, a channel or a page of
    PAGES), with its title unless `text` is given."""
    src, title = handbook.page_src(key)
    return page_link(src, title if text is None else text, anchor)


def external(url: str, text: str, words: Words, title: str | None = None, lang: str | None = None) -> str:
    """A link that leaves the site: https only, no opener, no referrer, marked.

    The hint after the text is read by screen readers (hidden on screen, where the
    CSS arrow icon shows it) and left out of the search index.
    """
    if not url.startswith("https://") or not urlsplit(url).hostname:
        raise ValueError(f"an external link must be an https URL with a host, not {url!r}")
    title_attr = f' title="{esc(title)}"' if title else ""
    lang_attr = f' hreflang="{esc(lang)}"' if lang else ""
    return (
        f'<a href="{esc(url)}" class="external" rel="noopener noreferrer"{lang_attr}{title_attr}>{esc(text)}'
        f'<span class="visually-hidden" data-search-exclude>{esc(words.shared.external_hint)}</span></a>'
    )


def bullet_list(items: Iterable[str], css: str = "plain-list") -> str:
    lis = "".join(f"<li>{esc(item)}</li>" for item in items)
    return f'<ul class="{css}">{lis}</ul>'


def badge(level: str, searchable: bool = True) -> str:
    """The trust badge: the one place a trust level's text is shown.

    A long label breaks only after its "·" (each part is kept whole by CSS), so in
    a narrow table column 帮助中心文字·未在官网复核 takes two lines, never four.
    Not `searchable` (a fact's badge): a search snippet shows the sentence, not the
    badge word before it. Each part carries `data-search-exclude`: Material's parser
    ends an exclusion at the first closing tag of the same name, so the outer span cannot.
    """
    parts = TRUST_LEVELS[level].replace("·", "·\n").split("\n")  # the "·" stays with the first part
    exclude = "" if searchable else " data-search-exclude"
    inner = "".join(f'<span class="status__part"{exclude}>{esc(part)}</span>' for part in parts)
    return f'<span class="status status--{esc(level)}">{inner}</span>'


def yes_no(value: bool | None, words: Words) -> str:
    """Whether a channel needs a login, in words (not escaped: `esc` or `md_text` it)."""
    return {True: words.shared.yes, False: words.shared.no, None: words.shared.unknown}[value]


def rule(text: str, css: str, words: Words) -> str:
    """One of the site's own rules (data.CONTACT_RULE, data.FEE_RULE): the same words,
    marked as this site's advice, wherever a page states it."""
    return f'<p class="rule {esc(css)}"><strong>{esc(words.shared.advice)}</strong>：{esc(text)}</p>'


def contact_rule(handbook: Handbook, words: Words) -> str:
    """The one rule on who contacts you first (data.CONTACT_RULE), or nothing without one."""
    return rule(handbook.contact_rule, "contact-rule", words) if handbook.contact_rule else ""


def aliases(names: Iterable[str], words: Words, foot: bool = False) -> str:
    """The words readers use for a problem or channel: shown, and so found by search.

    A problem page shows them at its foot (`foot`) but has them in its top search entry
    (a hit there opens the page at the top): the copy at the foot stays out of the index.
    """
    text = f'<span class="aliases__label">{esc(words.shared.aliases)}：</span>{esc("、".join(names))}'
    exclude = " data-search-exclude" if foot else ""
    return f'<p class="aliases"{exclude}>{text}</p>'


# ---------------------------------------------------------------------------
# Edit links
# ---------------------------------------------------------------------------


def edit_data_link(data_url: str, data_file: str, words: Words) -> str:
    """The small 编辑数据 link under a generated block: the page's Markdown holds only
    the macro call, so the page's own edit button cannot reach this text.

    Kept out of the search index (`data-search-exclude`) and out of print (CSS).
    """
    title = words.shared.edit_data_title.replace("{file}", data_file)
    return f'<p class="edit-data" data-search-exclude>{external(data_url, words.shared.edit_data, words, title)}</p>'


def with_edit_link(block: str, data_url: str | None, data_file: str, words: Words) -> str:
    """A generated block followed by its 编辑数据 link (none when `data_url` is empty)."""
    # A blank line between them: inside a `markdown` div (as on /print/), Markdown
    # would otherwise wrap the link in a second <p>.
    return f"{block}\n\n{edit_data_link(data_url, data_file, words)}" if data_url else block
