"""Component: the answer block and the urgent steps, a problem page's first screen
(no script; styles: site.css "component: answer").

The answer block says the first step, the one thing not to do, and where to go; the
pages that answer but are no problem (channels, /scams/, /safety/) open with it too. A
problem with urgent steps shows them right under it, in a warning box; with
`freeze_first` the box opens with the freeze plan, which the channels component
renders: it is passed in (`freeze_plan`), as components never call each other.
"""

from __future__ import annotations

from ..material_adapter import THEME  # Material's class names: the one place they are kept
from ..model import FirstScreen, PageAnswer, Problem, Words
from .shared import esc, external


def answer_block(problem: Problem, help_centre: str, words: Words) -> str:
    """The first screen: the first step, the one thing not to do, and where to go.

    "Where" ends with a link to the help centre: tapping is safer than typing an
    address, and the link text says it leaves this site.
    """
    screen: FirstScreen | None = problem.first_screen
    if screen is None:
        raise ValueError(f"problem {problem.id!r} has no first screen")
    return _block(problem.id, screen, external(help_centre, words.answer.help_centre, words), words)


def page_answer(entry: PageAnswer, help_centre: str, words: Words) -> str:
    """The same block for a page that answers but is no problem (a channel's page, /scams/,
    /safety/): "where" ends with the help-centre link, or with a link to the section of
    the page the entry names (/scams/: its verification steps)."""
    if entry.anchor and entry.link:
        link = f'<a href="#{esc(entry.anchor)}">{esc(entry.link)}</a>'
    else:
        link = external(help_centre, words.answer.help_centre, words)
    return _block(entry.page, entry.first_screen, link, words)


def _block(block_id: str, screen: FirstScreen, link: str, words: Words) -> str:
    w = words.answer
    parts = (
        ("first", w.first, esc(screen.first)),
        ("dont", w.dont, esc(screen.dont)),
        ("where", w.where, f"{esc(screen.where)}{link}"),
    )
    ps = "".join(
        f'<p class="answer__part answer__part--{key}" data-answer-part="{key}">'
        f'<strong class="answer__label" data-search-exclude>{esc(label)}</strong> '
        f'<span class="answer__text">{text}</span></p>'
        for key, label, text in parts
    )
    return f'<div class="answer" data-answer id="answer-{esc(block_id)}">{ps}</div>'


def urgent_steps(problem: Problem, words: Words, freeze_plan: str = "") -> str:
    """The first steps when every minute counts, as a numbered warning box (Material
    styles the admonition classes, so this needs no CSS of its own).

    With `freeze_first` (and the freeze plan passed in), split: already locked out
    first (the freeze plan: each channel a link, in order), then still able to log in.
    """
    if not problem.urgent:
        raise ValueError(f"problem {problem.id!r} has no urgent steps")
    w = words.answer
    title = f'<p class="{THEME.admonition_title}">{esc(w.urgent_title)}</p>'
    lis = "".join(f"<li>{esc(step)}</li>" for step in problem.urgent)
    box = f'class="{THEME.admonition} danger urgent-steps" id="urgent-{esc(problem.id)}"'
    if not problem.freeze_first:
        return f"<div {box}>{title}<ol>{lis}</ol></div>"
    if not freeze_plan:
        raise ValueError(f"problem {problem.id!r} shows the freeze plan first: pass it in")
    return (
        f'<div {box} markdown="1">{title}'
        f'<p class="urgent-steps__case" id="urgent-locked-out"><strong>{esc(w.locked_out)}</strong>：'
        f"{esc(w.locked_out_do)}</p>{freeze_plan}"
        f'<p class="urgent-steps__case" id="urgent-can-login"><strong>{esc(w.can_login)}</strong>：'
        f'{esc(w.can_login_do)}</p><ol class="urgent-steps__can-login">{lis}</ol></div>'
    )
