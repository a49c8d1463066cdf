"""Component: a /print/ sheet, one problem on one A4 page (script: checklists.js, for
ticks, the print button and the choice of sheets; styles: site.css "component: print_sheet").

A sheet is made of other components' blocks: the answer block (or, for a problem
with urgent steps, those steps) and both checklists. Components never import each
other, so define_env (macros/__init__.py) renders those blocks and passes them in
as a SheetParts; this module arranges them and adds the fixed safety line.

The choice of sheets (which ones print: a list at the top of /print/, and a bar under
each sheet's title) is written here too, whole, with every sheet chosen: it is in the
page from the first paint, so nothing moves when checklists.js wires it up and shows
the reader's kept choice (a chooser the script built after load pushed every sheet
down: a layout shift of 0.49 on a phone). Its controls start disabled, as the
checklists' boxes do, until the script takes over. Without JavaScript nothing can be
chosen: site.css hides it under Material's `no-js` class (material_adapter.NO_JS),
which the first script in <head> removes before the page paints.
"""

from __future__ import annotations

from dataclasses import dataclass

from ..model import Problem, Words
from .shared import esc, md_text


@dataclass(frozen=True)
class SheetParts:
    """The blocks of one sheet, rendered by their components."""

    answer: str  # answer.answer_block
    urgent: str  # answer.urgent_steps, or "" for a problem without them: shown instead of the answer
    checks: str  # the checklists, without data-items (the problem's page prunes)
    prepare: str


def print_answer(parts: SheetParts, words: Words) -> str:
    """What a sheet shows above the checklists: the answer block (for a problem with
    urgent steps, those steps), then the fixed safety line."""
    head = parts.urgent or parts.answer
    return f'<div class="print-answer" markdown="1">{head}<p class="print-rule">{esc(words.print_sheet.rule)}</p></div>'


def choice_controls(problem: Problem, text: str, about: str, words: Words, describe_tick: bool) -> str:
    """A tick (words `text`) and 只打印这一张 for one sheet; both are described by the
    element with the id `about` (the sheet's title) where the words alone do not say
    which sheet. checklists.js finds them by data-choose and data-only."""
    pid = esc(problem.id)
    described = f' aria-describedby="{esc(about)}"'
    return (
        '<label class="print-choice__tick">'
        f'<input type="checkbox" data-choose="{pid}"{described if describe_tick else ""} checked disabled>'
        f"{text}</label>"
        f'<button type="button" class="checklist__button print-choice__only" data-only="{pid}"{described} disabled>'
        f"{esc(words.print_sheet.only)}</button>"
    )


def print_choice(problems: tuple[Problem, ...], words: Words) -> str:
    """The list at the top of /print/: a tick per sheet with its title and 只打印这一张, how
    many are chosen, 全部选中 and the print button; a note, hidden, for when the browser
    keeps nothing (checklists.js says which). Raw HTML, on one line (one Markdown block),
    without spaces between the controls: their rows are flex and grid boxes, spaced by
    site.css, and a space after full-width punctuation (a title ending in ）) is a
    copywriting mistake in the page's text."""
    pw = words.print_sheet
    rows = "".join(
        "<li>"
        + choice_controls(p, f'<span id="choose-{esc(p.id)}">{esc(p.title)}</span>', f"choose-{p.id}", words, False)
        + "</li>"
        for p in problems
    )
    count = words.scripts.checklists.chosen.replace("{n}", str(len(problems))).replace("{total}", str(len(problems)))
    return (
        '<fieldset class="print-choice" data-search-exclude>'
        f"<legend>{esc(pw.choose)}</legend>"
        f'<ul class="print-choice__list">{rows}</ul>'
        '<p class="print-choice__bar">'
        f'<span class="print-choice__count" role="status">{esc(count)}</span>'
        f'<button type="button" class="checklist__button print-choice__all" disabled>{esc(pw.all)}</button>'
        f'<button type="button" class="checklist__button print-choice__print" data-action="print" disabled>'
        f"{esc(pw.print)}</button></p>"
        '<p class="checklist__note" hidden></p>'
        "</fieldset>"
    )


def sheet_choice(problem: Problem, words: Words) -> str:
    """The bar under a sheet's title: its tick, 只打印这一张 and the words 这一张不打印
    (shown when the sheet is left out)."""
    pw = words.print_sheet
    return (
        '<p class="print-choice__sheet">'
        + choice_controls(problem, f"<span>{esc(pw.this_sheet)}</span>", problem.id, words, True)
        + f'<span class="print-choice__left">{esc(pw.left_out)}</span></p>'
    )


def print_sheet(problem: Problem, parts: SheetParts, words: Words) -> str:
    """One /print/ sheet as Markdown: the title and its bar of the choice, the answer (or
    urgent steps) with the fixed safety line, then both checklists. Its headings stay out of the search index:
    Material's parser ends an excluded element at its first nested </div>, so the sheet's
    own `data-search-exclude` does not cover them (a search belongs on the problem page)."""
    pid = esc(problem.id)
    heading = words.problem_page.heading
    return "\n\n".join(
        (
            f"## {md_text(problem.title)} {{ #{pid} data-search-exclude }}",
            sheet_choice(problem, words),
            print_answer(parts, words),
            f"### {md_text(heading('first-checks'))} {{ #{pid}-checks data-search-exclude }}",
            parts.checks,
            f"### {md_text(heading('prepare'))} {{ #{pid}-prepare data-search-exclude }}",
            parts.prepare,
        )
    )
