"""mkdocs-macros entry point: `define_env` registers the renderers as macros.

Pages call them, for example `{{ checklist("deposit") }}`; the data is in data.py (its
entries, and in WORDS the words of the site's own blocks), the HTML in render/, one
module per component. A block made of other components' blocks (a problem page, a
/print/ sheet) is put together here: its parts are rendered by their components and
passed in (render/__init__.py says why). Nothing here imports MkDocs: define_env uses only what Zensical's
macros shim offers too (`env.macro`, `env.variables`, `env.conf`), so the package
does not tie the site to one generator. Build steps that are not macros (edit links,
last-changed dates, search words, post-build slimming, the CSP) are MkDocs hooks in
hooks/.
"""

from __future__ import annotations

import functools

from . import data, render
from .contracts import DATA_FILE, data_edit_url
from .model import Problem

__all__ = ["DATA_FILE", "data_edit_url", "define_env"]


def define_env(env) -> None:
    handbook = data.HANDBOOK
    words = handbook.words
    data_url = data_edit_url(env.conf.get("edit_uri"))
    shared = render.shared

    def editable(renderer):
        """Register a block renderer as a macro whose output ends with a 编辑数据 link."""

        @functools.wraps(renderer)
        def macro(*args, **kwargs) -> str:
            return shared.with_edit_link(renderer(*args, **kwargs), data_url, DATA_FILE, words)

        return env.macro(macro)

    def owner(owner_id: str):
        """A problem or a channel, by id (ids are unique across kinds)."""
        return handbook.entry(owner_id, kinds=("problem", "channel"))

    def urgent_steps(problem: Problem) -> str:
        """The urgent box, with the freeze plan first when the problem says so."""
        plan = render.channels.freeze_plan(handbook, words) if problem.freeze_first else ""
        return render.answer.urgent_steps(problem, words, plan)

    def page_parts(problem: Problem) -> render.problem_page.PageParts:
        """Every block of a problem page, each from its component."""
        notes = render.notes
        lead = bool(problem.lead)
        return render.problem_page.PageParts(
            answer=render.answer.answer_block(problem, data.HELP_CENTRE, words),
            urgent=urgent_steps(problem) if problem.urgent else "",
            signposts=notes.signposts(handbook, problem, words),
            lead=notes.lead(handbook, problem, words) if lead else "",
            lead_paper=notes.lead(handbook, problem, words, paper=True) if lead else "",
            checks=render.checklists.checklist(problem, "checks"),
            prepare=render.checklists.checklist(problem, "prepare"),
            freeze_plan=render.channels.freeze_plan(handbook, words) if problem.freeze_first else "",
            channel_order=render.channels.channel_order(handbook, problem),
            sections=tuple(notes.section_steps(handbook, extra, words) for extra in problem.sections),
            template=render.composer.message_template(problem, words),
            facts=render.facts.facts(handbook, problem.facts, words),
            sources=render.facts.sources_list(handbook, handbook.sources_of(problem), words, searchable=False),
        )

    def sheet_parts(problem: Problem) -> render.print_sheet.SheetParts:
        """The blocks of a /print/ sheet; its checklists leave pruning to the problem's page."""
        return render.print_sheet.SheetParts(
            answer=render.answer.answer_block(problem, data.HELP_CENTRE, words),
            urgent=urgent_steps(problem) if problem.urgent else "",
            checks=render.checklists.checklist(problem, "checks", prune=False),
            prepare=render.checklists.checklist(problem, "prepare", prune=False),
        )

    env.variables["handbook"] = handbook

    @editable
    def channel_table() -> str:
        return render.channels.channel_table(handbook, words)

    @editable
    def channel_summary(channel_id: str) -> str:
        channel = handbook.channel(channel_id)
        return render.channels.channel_summary(channel, handbook.trust(channel), words)

    @editable
    def problem_groups() -> str:
        """The home page's problems in their groups (data.GROUPS), each linking its page."""
        return render.home.problem_groups(handbook)

    @editable
    def triage() -> str:
        """The decision tree of /identify/ (triage.js shows it one question at a time)."""
        return render.triage.triage(handbook, words)

    @editable
    def fact(fact_id: str) -> str:
        return render.facts.fact(handbook, fact_id, words)

    @editable
    def facts(owner_id: str) -> str:
        """The facts a problem or a channel rests on."""
        return render.facts.facts(handbook, owner(owner_id).facts, words)

    @editable
    def sources(owner_id: str | None = None) -> str:
        """The sources of one problem or channel, or every source."""
        if owner_id is None:
            return render.facts.sources_list(handbook, [s.id for s in handbook.sources], words)
        return render.facts.sources_list(handbook, handbook.sources_of(owner(owner_id)), words, searchable=False)

    @env.macro
    def problem_page(problem_id: str) -> str:
        """The whole body of a problem page (answer block first), closed by its one
        编辑数据 link (problem_page.problem_body puts it there)."""
        problem = handbook.problem(problem_id)
        link = shared.edit_data_link(data_url, DATA_FILE, words) if data_url else ""
        return render.problem_page.problem_body(handbook, problem, page_parts(problem), words, link)

    @env.macro
    def page_answer(page_key: str) -> str:
        """The first screen of a page that answers but is no problem (a channel's page,
        /scams/, /safety/: data.PAGE_ANSWERS), right under its title. No 编辑数据 link,
        as under a problem page's answer block: the first screen holds the answer only."""
        entry = next((a for a in handbook.page_answers if a.page == page_key), None)
        if entry is None:
            raise KeyError(f"no first screen for {page_key!r}; add PageAnswer({page_key!r}, ...) to PAGE_ANSWERS")
        return render.answer.page_answer(entry, data.HELP_CENTRE, words)

    @editable
    def print_sheet(problem_id: str) -> str:
        """A whole /print/ sheet (title, answer, both checklists) with one 编辑数据 link."""
        problem = handbook.problem(problem_id)
        return render.print_sheet.print_sheet(problem, sheet_parts(problem), words)

    @env.macro
    def print_choice() -> str:
        """The choice of sheets at the top of /print/, one tick per problem (checklists.js
        wires it up). No 编辑数据 link: it holds controls, and the titles are the sheets'."""
        return render.print_sheet.print_choice(handbook.problems, words)

    @editable
    def problem_section(problem_id: str, anchor: str) -> str:
        """One of a problem page's own sections, without its heading, for another page."""
        problem = handbook.problem(problem_id)
        section = next(s for s in problem.sections if s.anchor == anchor)
        return render.notes.section_steps(handbook, section, words, searchable=False)

    @editable
    def freeze_plan() -> str:
        """When and how to ask for a freeze; the same on every page that mentions it."""
        return render.channels.freeze_plan(handbook, words)

    @editable
    def contact_rule() -> str:
        """The one rule on who contacts you first (data.CONTACT_RULE), as a paragraph."""
        return shared.contact_rule(handbook, words)

    @editable
    def fee_rule() -> str:
        """The one rule about paying first (data.FEE_RULE), as a paragraph."""
        return shared.rule(data.FEE_RULE, "fee-rule", words)

    @env.macro
    def handling_fee_note() -> str:
        """What Bitget leaves unsaid about its handling fees (data.HANDLING_FEE_NOTE), inline."""
        return shared.esc(data.HANDLING_FEE_NOTE)

    @env.macro
    def trust_badge(level: str) -> str:
        """A trust badge by level, for pages that explain the levels."""
        return shared.badge(level)

    @env.macro
    def aliases(owner_id: str) -> str:
        """The 也叫 line: other words for a problem or channel, so search finds the page."""
        return shared.aliases(owner(owner_id).aliases, words)

    @editable
    def channel_prepare(channel_id: str) -> str:
        return shared.bullet_list(handbook.channel(channel_id).prepare, "prepare")

    @editable
    def channel_risks(channel_id: str) -> str:
        return shared.bullet_list(handbook.channel(channel_id).risks, "risks")
