"""Component: a /print/ sheet, one problem on one A4 page (script: checklists.js, for
ticks and the print button; styles: site.css "component: print_sheet").

A sheet is made of other components' blocks: the answer block (or, for a problem
with urgent steps, those steps) and both checklists. Components never import each
other, so define_env (macros/__init__.py) renders those blocks and passes them in
as a SheetParts; this module arranges them and adds the fixed safety line.
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


def print_sheet(problem: Problem, parts: SheetParts, words: Words) -> str:
    """One /print/ sheet as Markdown: the title, the answer (or urgent steps) with the
    fixed safety line, then both checklists. Its headings stay out of the search index:
    Material's parser ends an excluded element at its first nested </div>, so the sheet's
    own `data-search-exclude` does not cover them (a search belongs on the problem page)."""
    pid = esc(problem.id)
    heading = words.problem_page.heading
    return "\n\n".join(
        (
            f"## {md_text(problem.title)} {{ #{pid} data-search-exclude }}",
            print_answer(parts, words),
            f"### {md_text(heading('first-checks'))} {{ #{pid}-checks data-search-exclude }}",
            parts.checks,
            f"### {md_text(heading('prepare'))} {{ #{pid}-prepare data-search-exclude }}",
            parts.prepare,
        )
    )
