"""Component: facts and sources, what the site says of Bitget and where it comes from
(no script; styles: site.css "component: facts").

A fact shows its trust badge first, the statement, then its citation folded into a
<details>: a confirmed fact lists its sources; an unconfirmed claim says who makes it
apart from the official pages we checked that do not say it.
"""

from __future__ import annotations

from collections.abc import Iterable

from ..model import LANGUAGES, SOURCE_KINDS, Fact, Handbook, Source, Words
from .shared import badge, esc, external


def source_line(source: Source, words: Words, show_kind: bool = True) -> str:
    """A source: its link, then (kind, language, dates) and its note.

    Inside a fact the kind is left out when the fact's badge already says it.
    A page not in simplified Chinese says its language (页面为英文).
    """
    w = words.facts
    parts = [SOURCE_KINDS[source.kind]] if show_kind else []
    if source.language != "zh-CN":
        parts.append(w.page_language.replace("{language}", LANGUAGES[source.language]))
    if source.published:
        parts.append(w.page_date.replace("{date}", source.published.isoformat()))
    parts.append(w.checked_on.replace("{date}", source.checked.isoformat()))
    note = f"。{esc(source.note.rstrip('。'))}" if source.note else ""  # no "。；" when joined
    lang = source.language if source.language != "zh-CN" else None
    return (
        f"{external(source.url, source.title, words, lang=lang)}"
        f'<span class="source__meta">（{esc("，".join(parts))}）</span>{note}'
    )


def fact(handbook: Handbook, fact_id: str, words: Words) -> str:
    """One fact: its trust badge first, the statement, a note, then where it comes from.

    A confirmed fact lists its sources (来源). An unconfirmed claim says who makes it
    (说法出自, in words) apart from the official pages we checked that do not say it
    (我们查过), so no Bitget page is ever shown as the source of a claim it does not make.
    """
    w = words.facts
    f: Fact = handbook.fact(fact_id)
    level = handbook.trust(f)

    def line(source_id: str) -> str:
        source = handbook.source(source_id)
        return source_line(source, words, show_kind=source.kind != level)

    sources = "；".join(line(s) for s in f.sources)
    note = f'<br><span class="fact__note">{esc(f.note)}</span>' if f.note else ""
    if f.claimed_by:
        summary = w.claimed_summary
        origin = (
            f'<span class="fact__claimed"><strong>{esc(w.claimed_by)}：</strong>{esc(f.claimed_by)}</span>'
            f'<br><span class="fact__sources fact__checked"><strong>{esc(w.checked)}：</strong>{sources}'
            f"。{esc(w.not_said)}</span>"
        )
    else:
        summary = w.sources
        origin = f'<span class="fact__sources">{esc(w.sources)}：{sources}</span>'
    # The citation folds away on screen (the badge says how sure we are); it prints
    # open (site.css), and a keyboard opens it like any <details>. It stays out
    # of the search index: readers search for their problem, not for source titles
    # (/sources/ lists every source, searchable). The <details> starts a line: inside
    # a fold of a problem page (an element marked `markdown`), md_in_html reads a
    # <details> that starts mid-line as inline, and its end tag closed the fold.
    return (
        f'<div class="fact fact--{esc(level)}" id="fact-{esc(f.id)}" data-fact="{esc(f.id)}" data-trust="{esc(level)}">'
        f"{badge(level, searchable=False)} {esc(f.text)}{note}\n"
        f'<details class="fact__cite"><summary data-search-exclude>{esc(summary)}</summary>'
        f"<p data-search-exclude>{origin}</p></details></div>"
    )


def facts(handbook: Handbook, fact_ids: Iterable[str], words: Words) -> str:
    """Facts, each on a line of its own: inside a fold (an element marked `markdown`),
    md_in_html reads what follows a raw block's end tag on its line as Markdown text."""
    return "\n".join(fact(handbook, f, words) for f in fact_ids)


def sources_list(handbook: Handbook, source_ids: Iterable[str], words: Words, searchable: bool = True) -> str:
    """A list of sources; only /sources/ puts them in the search index (`searchable`)."""
    lis = "".join(f'<li id="source-{esc(s)}">{source_line(handbook.source(s), words)}</li>' for s in source_ids)
    exclude = "" if searchable else " data-search-exclude"
    return f'<ul class="sources"{exclude}>{lis}</ul>'
