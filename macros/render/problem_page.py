"""Component: a problem page, the whole body under its H1 (scripts: those of its
blocks; styles: site.css "component: problem_page").

The answer block first, then the sections in a fixed order: 先自查 → 准备材料 →
找哪个渠道 → 不要做的事 → (the page's own sections) → 留言模板 → 官方说明 → 来源, and the
symptoms and 也叫 words at the foot. A problem with urgent steps has them first, right
under the answer block.

A page is made of the other components' blocks. Components never import each other,
so define_env (macros/__init__.py) renders every block of the page and passes them in
as PageParts; this module decides only the order, the headings and introductions
(data.WORDS) and where each block appears. Headings are Markdown with fixed ids
(model.PAGE_SECTIONS), so they reach the table of contents and old links keep
working. The body is one generated block: one 编辑数据 link closes it (every part
comes from the one data file; a link under each section took a quarter of a phone
screen).

What a frightened reader needs stays open: the answer block, the urgent steps, the
checklists, the channels, what not to do (with the contact rule) and the message
template (its composer opens from a button). The rest folds into a <details>, so a
phone page is about half as long and every part is one tap away: the lead under its
heading (the summary names the questions it answers; a warning in it is also among
what not to do; a line that sends the reader to another page stays in view above
it), and the sections a reader rarely needs, whose heading is the fold's summary:
the page's own sections, 官方说明, 来源, the foot, and 找哪个渠道 where the urgent box
above already gives the channels in order. A fold opens with the
keyboard, without JavaScript, by the browser's find-in-page, by a link to its heading
or anything in it (Material opens it), and for a search result's ?h= words
(material-adapter.js); on paper, the page's own sections print open (site.css).
"""

from __future__ import annotations

from dataclasses import dataclass

from ..model import Handbook, Problem, Words
from .shared import aliases, bullet_list, contact_rule, esc, md_text


@dataclass(frozen=True)
class PageParts:
    """The blocks of one problem page, rendered by their components."""

    answer: str  # answer.answer_block
    urgent: str  # answer.urgent_steps, or "" for a problem without them
    signposts: str  # notes.signposts: the lead's lines that send the reader elsewhere, or ""
    lead: str  # notes.lead on screen and on paper, or "" for a problem without a lead
    lead_paper: str
    checks: str  # checklists.checklist, each part
    prepare: str
    freeze_plan: str  # channels.freeze_plan
    channel_order: str  # channels.channel_order
    sections: tuple[str, ...]  # notes.section_steps, one for each of problem.sections
    template: str  # composer.message_template
    facts: str  # facts.facts
    sources: str  # facts.sources_list


def problem_body(handbook: Handbook, problem: Problem, parts: PageParts, words: Words, edit_link: str = "") -> str:
    """The whole body of a problem page, under its H1 (see the module docstring)."""
    w = words.problem_page

    def section(anchor: str, *blocks: str, heading: str = "", fold: str = "") -> str:
        """A section: its heading and its blocks. `fold="section"`: the heading is the
        summary of a fold holding the rest (the heading is Markdown, so it stays in
        the table of contents); `fold="lead"`: the heading stays and the blocks fold
        under a summary naming the lead's questions."""
        body = "\n\n".join(b for b in blocks if b)
        title = f"## {heading or md_text(w.heading(anchor))} {{ #{anchor} .problem-section }}"
        if fold == "section":
            summary = f'<summary markdown="block">\n\n{title}\n\n</summary>'
            return f'<details class="fold" data-fold="{anchor}" markdown="1">\n{summary}\n\n{body}\n\n</details>'
        if fold == "lead":
            return f"{title}\n\n{lead_fold(body)}"
        return f"{title}\n\n{body}"

    def lead_fold(notes: str) -> str:
        """The lead folded: its summary names the questions it answers (their labels).
        Its signposts (lines that send the reader to another page) stay in view above."""
        topics = "、".join(esc(n.label or n.text) for n in problem.lead if not n.signpost)
        folded = f'<details class="lead-fold" markdown="1">\n<summary>{topics}</summary>\n\n{notes}\n\n</details>'
        return "\n\n".join(part for part in (parts.signposts, folded if notes else "") if part)

    out = [parts.answer]
    # The page's top search entry: what the page is about, in the reader's words
    # (shown at the foot of the page; a hit here opens the page at the top).
    out.append(
        f'<div class="search-words" hidden><p>{esc(problem.summary)}</p>'
        + (aliases(problem.aliases, words) if problem.aliases else "")
        + "</div>"
    )
    if problem.urgent:
        out.append(section("urgent", parts.urgent, lead_fold(parts.lead)))
        channels_intro = w.channels_urgent
    else:
        if parts.lead or parts.signposts:
            # Its own section: a search hit on these answers opens the page here, and
            # the page's top search entry stays short (the answer and the 也叫 words).
            out.append(section("common", parts.lead, fold="lead"))
        channels_intro = w.channels
    own = zip(problem.sections, parts.sections, strict=True)
    out += [
        section("first-checks", parts.checks),
        section("prepare", md_text(w.prepare), parts.prepare),
        section(
            "channels",
            md_text(channels_intro),
            # No urgent box to hold it: the freeze plan leads the channels.
            parts.freeze_plan if problem.freeze_first and not problem.urgent else "",
            parts.channel_order,
            # An urgent box that holds the freeze plan gives the channels, in this
            # order, at the top of the page: here they fold (on paper they are left out).
            fold="section" if problem.urgent and problem.freeze_first else "",
        ),
        section("dont", bullet_list(problem.dont, "dont"), contact_rule(handbook, words)),
        # The page's own sections: after the first sheet's parts, before the template.
        *(section(extra.anchor, steps, heading=md_text(extra.title), fold="section") for extra, steps in own),
        section("template", md_text(w.template), parts.template, parts.lead_paper),
        section("facts", parts.facts, fold="section"),
        section("sources", parts.sources, fold="section"),
    ]
    # The foot's parts on lines of their own: inside a fold (md_in_html) what follows a
    # raw block's end tag on its line would be read as Markdown text.
    foot = "\n".join(
        part
        for part in (
            f'<p class="summary" data-search-exclude>{esc(problem.summary)}</p>',
            bullet_list(problem.symptoms, "symptoms"),
            aliases(problem.aliases, words, foot=True) if problem.aliases else "",
        )
        if part
    )
    out.append(section("symptoms", foot, fold="section"))
    if edit_link:
        out.append(edit_link)
    return "\n\n".join(out) + "\n"
