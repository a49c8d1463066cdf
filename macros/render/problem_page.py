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
working. Each section ends with at most one 编辑数据 link.
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
    lead: str  # notes.lead on screen and on paper, or "" for a problem without a lead
    lead_paper: str
    checks: str  # checklists.checklist, each part
    prepare: str
    freeze_plan: str  # channels.freeze_plan
    channel_order: str  # channels.channel_order
    sections: tuple[str, ...]  # notes.section_steps, one for each of problem.sections
    template: str  # composer.message_template
    facts: str  # facts.facts
    sources: str  # facts.folded_sources


def problem_body(handbook: Handbook, problem: Problem, parts: PageParts, words: Words, edit_link: str = "") -> str:
    """The whole body of a problem page, under its H1 (see the module docstring)."""
    w = words.problem_page

    def section(anchor: str, *blocks: str, heading: str = "") -> str:
        body = "\n\n".join(b for b in blocks if b)
        tail = f"\n\n{edit_link}" if edit_link else ""
        return f"## {heading or md_text(w.heading(anchor))} {{ #{anchor} }}\n\n{body}{tail}"

    out = [parts.answer]
    # The page's top search entry: what the page is about, in the reader's words
    # (shown at the foot of the page; a hit here opens the page at the top).
    out.append(
        f'<div class="search-words" hidden><p>{esc(problem.summary)}</p>'
        + (aliases(problem.aliases, words) if problem.aliases else "")
        + "</div>"
    )
    if problem.urgent:
        out.append(section("urgent", parts.urgent, parts.lead))
        channels_intro = w.channels_urgent
    else:
        if parts.lead:
            # Its own section: a search hit on these answers opens the page here, and
            # the page's top search entry stays short (the answer and the 也叫 words).
            out.append(section("common", parts.lead))
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
        ),
        section("dont", bullet_list(problem.dont, "dont"), contact_rule(handbook, words)),
        # The page's own sections: after the first sheet's parts, before the template.
        *(section(extra.anchor, steps, heading=md_text(extra.title)) for extra, steps in own),
        section("template", md_text(w.template), parts.template, parts.lead_paper),
        section("facts", parts.facts),
        section("sources", parts.sources),
    ]
    foot = (
        f'<p class="summary" data-search-exclude>{esc(problem.summary)}</p>'
        + bullet_list(problem.symptoms, "symptoms")
        + (aliases(problem.aliases, words, foot=True) if problem.aliases else "")
    )
    out.append(section("symptoms", foot))
    return "\n\n".join(out) + "\n"
