"""Component: channels, the ways to reach Bitget support (no script; styles: site.css
"component: channels").

The comparison table of /channels/, a channel page's summary, a problem's channel
order (which first, which next, and why) and the freeze plan (when and how to ask
for a freeze, in order of channels), the same on every page that shows it.
"""

from __future__ import annotations

from ..material_adapter import THEME  # Material's class names: the one place they are kept
from ..model import Channel, Handbook, Problem, Words
from .shared import badge, esc, md_text, see, yes_no


def channel_table(handbook: Handbook, words: Words) -> str:
    """The channel comparison: one row per channel.

    The row header holds the channel, its status badge and a link to the sources on
    the channel's own page (listing every source title here made rows too tall and
    the table too wide). Each cell carries its column name in `data-label`, so on a
    phone the stylesheet shows every row as a card ("需要登录：不需要").
    """
    w = words.channels
    columns = (w.channel, w.how, w.login, w.speed, w.hours, w.best_for)
    head = "".join(f'<th scope="col" markdown="span">{md_text(name)}</th>' for name in columns)
    rows = []
    for channel in handbook.channels:
        # Each problem by its short title (the home page's words): the column is narrow.
        suits = handbook.problems_for(channel)
        best = "、".join(see(handbook, pid, text=handbook.problem(pid).home_title) for pid in suits)
        best = best or md_text(w.not_for_accounts)
        cells = (
            md_text(channel.how),
            md_text(yes_no(channel.login, words)),
            md_text(channel.speed),
            md_text(channel.hours),
            best,
        )
        tds = "".join(
            f'<td data-label="{esc(label)}" markdown="span">{cell}</td>'
            for label, cell in zip(columns[1:], cells, strict=True)
        )
        level = handbook.trust(channel)
        rows.append(
            f'<tr id="channel-{esc(channel.id)}" data-trust="{esc(level)}" markdown="1">'
            f'<th scope="row" markdown="span">{see(handbook, channel.id)}'
            f'<span class="channel-table__status">{badge(level)}'
            f'<span class="channel-table__sources">{see(handbook, channel.id, "sources", w.sources)}</span></span></th>'
            f"{tds}</tr>"
        )
    return (
        f'<div class="{THEME.scrollwrap}" markdown="1"><div class="{THEME.table} channel-table" markdown="1">'
        f'<table markdown="1"><thead><tr>{head}</tr></thead><tbody markdown="1">{"".join(rows)}</tbody></table>'
        "</div></div>"
    )


def channel_summary(channel: Channel, level: str, words: Words) -> str:
    """The facts table at the top of a channel page; `level` is the channel's trust level."""
    w = words.channels
    rows = (
        (w.how, esc(channel.how)),
        (w.login, esc(yes_no(channel.login, words))),
        (w.speed, esc(channel.speed)),
        (w.hours, esc(channel.hours)),
        (w.trust, badge(level)),
    )
    body = "".join(f'<tr><th scope="row">{esc(k)}</th><td>{v}</td></tr>' for k, v in rows)
    return (
        f'<div class="{THEME.table} channel-summary" data-trust="{esc(level)}">'
        f"<table><tbody>{body}</tbody></table></div>"
    )


def channel_order(handbook: Handbook, problem: Problem) -> str:
    """Which channel first and which next, and why."""
    lis = "".join(
        f'<li markdown="span"><strong>{see(handbook, choice.channel)}</strong>：{md_text(choice.why)}</li>'
        for choice in problem.channels
    )
    return f'<ol class="channel-order" markdown="1">{lis}</ol>'


def freeze_plan(handbook: Handbook, words: Words) -> str:
    """When and how to ask for a freeze: the same block on every page that mentions it."""
    plan = handbook.freeze
    if plan is None:
        raise ValueError("the handbook has no freeze plan")
    lis = "".join(
        f'<li markdown="span"><strong>{see(handbook, step.channel)}</strong>：{md_text(step.why)}</li>'
        for step in plan.steps
    )
    return (
        f'<div class="{THEME.admonition} warning freeze-plan" markdown="1">'
        f'<p class="{THEME.admonition_title}">{esc(words.channels.freeze_title)}</p>'
        f'<p class="freeze-plan__when">{md_text(plan.when)}</p>'
        f'<ol class="freeze-plan__steps" markdown="1">{lis}</ol>'
        f'<p class="freeze-plan__none">{md_text(plan.no_self_service)}</p></div>'
    )
