"""Component: triage, the decision tree of /identify/ (script: triage.js; styles:
site.css "component: triage").

Rendered as a static list, every question with its answers as links to the next
step, then every result: it works without JavaScript, and triage.js shows one step
at a time. Every question also offers UNSURE_ANSWER, which ends at the help centre.
"""

from __future__ import annotations

from ..contracts import TRIAGE
from ..material_adapter import THEME  # Material's class names: the one place they are kept
from ..model import UNSURE_ANSWER, Handbook, Problem, Question, Words
from .shared import contact_rule, esc, external, fill, md_text, see

# Step ids on the page and in the URL hash: "q-<question>", "p-<problem>", and
# UNSURE_STEP for 以上都不是 / 拿不准 (no question or problem id can equal it).
UNSURE_STEP = "help"


def triage_step_id(handbook: Handbook, target: str) -> str:
    return f"p-{target}" if target in handbook.problem_ids else f"q-{target}"


def _question(handbook: Handbook, question: Question) -> str:
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


def _result(handbook: Handbook, problem: Problem, words: Words) -> str:
    w = words.triage
    step_id = f"p-{problem.id}"
    go = see(handbook, problem.id, text=w.open_page.replace("{title}", problem.title))
    return (
        f'<section class="triage__step triage__result" id="{esc(step_id)}" data-step '
        f'aria-labelledby="{esc(step_id)}-title" markdown="1">'
        f'<h2 class="triage__title" id="{esc(step_id)}-title">{md_text(w.result)}：{md_text(problem.title)}</h2>'
        f"<p>{md_text(problem.summary)}</p>"
        f'<p markdown="span"><strong>{md_text(w.first)}：</strong>{see(handbook, problem.channels[0].channel)}。'
        f"{md_text(w.first_after)}</p>"
        f'<p class="triage__go" markdown="span">{go}</p>'
        "</section>"
    )


def _unsure(handbook: Handbook, words: Words) -> str:
    w = words.triage
    help_centre = external(handbook.triage.help_centre, w.help_centre, words)
    return (
        f'<section class="triage__step triage__result" id="{UNSURE_STEP}" data-step '
        f'aria-labelledby="{UNSURE_STEP}-title" markdown="1">'
        f'<h2 class="triage__title" id="{UNSURE_STEP}-title">{md_text(w.unsure_title)}</h2>'
        '<ol markdown="1">'
        f'<li markdown="span">{fill(w.unsure_search, help_centre=help_centre)}</li>'
        f'<li markdown="span">{fill(w.unsure_ticket, ticket=see(handbook, "ticket"))}</li>'
        "</ol>"
        f'<div class="{THEME.admonition} warning" markdown="1">'
        f'<p class="{THEME.admonition_title}">{md_text(w.scam_title)}</p>'
        f'<p markdown="span">{fill(w.scam_text, scams=see(handbook, "scams"))}</p>{contact_rule(handbook, words)}</div>'
        "</section>"
    )


def triage(handbook: Handbook, words: Words) -> str:
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
    questions = "".join(_question(handbook, tree.question(qid)) for qid in order)
    reached = {a.to for q in tree.questions for a in q.answers}
    results = "".join(_result(handbook, p, words) for p in handbook.problems if p.id in reached)
    return (
        f'<div class="triage" {TRIAGE} data-start="q-{esc(tree.start)}" markdown="1">'
        f"{questions}{results}{_unsure(handbook, words)}</div>"
    )
