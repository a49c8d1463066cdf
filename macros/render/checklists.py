"""Component: checklists, the problem's items to tick (script: checklists.js; styles:
site.css "component: checklists").

A checklist is a task list of the problem's items. Each item keeps its tick in the
reader's browser under its full id (`deposit.txid`), so ids are the handle, never
positions. Its prepare part may end with the problem's prepare note.
"""

from __future__ import annotations

from ..contracts import CHECKLIST
from ..material_adapter import THEME  # Material's class names: the one place they are kept
from ..model import Item, Problem
from .shared import esc


def blank_repeats(item: Item) -> bool:
    """Whether the item's text already says its fill-in label (each part of
    "币种 / 网络"), so printing the label would repeat it."""
    return bool(item.blank) and all(part.strip() in item.text for part in item.blank.split("/"))


def checklist_item(problem: Problem, item: Item) -> str:
    """One item: a label wrapping the checkbox, a box drawn in CSS and the text.

    The label wraps the text, so the checkbox's accessible name is the item text and
    the whole row is a click target. The input stays disabled until checklists.js
    takes over (without JavaScript a tick could not be kept). The fill-in lines
    (`blank`, as many as `item.blank_lines`) show on paper only; more than one
    (a TxID, an address, an e-mail address) take a row of their own, full width.
    """
    key = problem.item_key(item)
    blank = ""
    if item.blank:
        # The label is left out when the text already says it ("你的 UID" + "UID："
        # printed 「你的 UIDUID：」): the line then follows the text alone.
        label = "" if blank_repeats(item) else f'<span class="checklist__label">{esc(item.blank)}：</span>'
        lines = '<span class="checklist__line"></span>' * item.blank_lines
        more = " checklist__blank--lines" if item.blank_lines > 1 else ""
        blank = f'<span class="checklist__blank{more}" aria-hidden="true">{label}{lines}</span>'
    return (
        f'<li class="{THEME.task_item} checklist__item" data-item="{esc(key)}">'
        '<label class="checklist__control">'
        '<input type="checkbox" class="checklist__input" disabled>'
        '<span class="checklist__box" aria-hidden="true"></span>'
        f'<span class="checklist__text">{esc(item.text)}</span>'
        f"</label>{blank}</li>"
    )


def checklist(problem: Problem, part: str | None = None, prune: bool = True) -> str:
    """A task list of the problem's items ("checks", "prepare" or both).

    `data-items` lists every item id of the problem, so the script can drop stored
    ticks of items that no longer exist without touching ticks of items that are
    merely on another part of the page (or another page). Pages show the checks part
    first, so only it (or the whole list) carries the ids; the script looks for them
    on any list of the problem, and drops nothing when no list has them. `prune=False`
    leaves them out (/print/: the problem's own page prunes, and the sheets stay small).
    """
    if part not in (None, "checks", "prepare"):
        raise ValueError(f"checklist part must be 'checks' or 'prepare', not {part!r}")
    items = problem.items if part is None else getattr(problem, part)
    lis = "".join(checklist_item(problem, item) for item in items)
    part_attr = f' data-part="{part}"' if part else ""
    all_ids = " ".join(problem.item_key(item) for item in problem.items)
    ids_attr = "" if part == "prepare" or not prune else f' data-items="{esc(all_ids)}"'
    # The box is a block of its own (a blank line before it): inside an element marked
    # `markdown` (the /print/ sheets), two blocks on one line end up wrapped in a <p>.
    note = f"\n\n{prepare_note(problem)}" if part in (None, "prepare") and problem.prepare_note else ""
    return (
        f'<div class="checklist" {CHECKLIST}="{esc(problem.id)}"{part_attr}{ids_attr}>'
        f'<ul class="{THEME.task_list}">{lis}</ul></div>{note}'
    )


def prepare_note(problem: Problem) -> str:
    """The box after the prepare list: something to know, never to write down, so it
    has no fill-in line (on the page and on every printed sheet of the problem)."""
    note = problem.prepare_note
    if note is None:
        raise ValueError(f"problem {problem.id!r} has no prepare note")
    title = f'<p class="{THEME.admonition_title}">{esc(note.label)}</p>' if note.label else ""
    return f'<div class="{THEME.admonition} warning prepare-note">{title}<p>{esc(note.text)}</p></div>'
