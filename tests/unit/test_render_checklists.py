"""The checklists component (macros/render/checklists.py): every problem's items as a
task list whose ticks checklists.js keeps by item id."""

from __future__ import annotations

import dataclasses

import pytest
from helpers import HOSTILE
from render_helpers import PROBLEMS, assert_escaped, soup

from macros import contracts
from macros.render import checklists

ITEMS = [(problem, item) for problem in PROBLEMS for item in problem.items]


@pytest.mark.parametrize("problem", PROBLEMS, ids=lambda p: p.id)
def test_checklist_items_carry_stable_ids(problem):
    box = soup(checklists.checklist(problem)).select_one(f"div.checklist[{contracts.CHECKLIST}='{problem.id}']")
    items = box.select("ul.task-list > li.task-list-item")
    assert [li["data-item"] for li in items] == [f"{problem.id}.{i.id}" for i in problem.items]
    assert not any(li.has_attr("id") for li in items), "data-item is the handle (bytes on /print/)"
    for li, item in zip(items, problem.items, strict=True):
        checkbox = li.select_one("label.checklist__control > input.checklist__input[type=checkbox]")
        # disabled until checklists.js enables it: without JS a tick could not be kept
        assert checkbox is not None and checkbox.has_attr("disabled")
        # the label wraps the text, so the checkbox's accessible name is the item text
        assert li.select_one("label .checklist__text").get_text() == item.text
        assert li.select_one("label .checklist__box")["aria-hidden"] == "true"


@pytest.mark.parametrize("problem", PROBLEMS, ids=lambda p: p.id)
@pytest.mark.parametrize("part", [None, "checks", "prepare"])
def test_the_first_part_lists_all_item_ids_of_its_problem(problem, part):
    """The script drops stored ticks whose ids the problem no longer has; it must know them
    all. Pages show the checks part first, and it (or the whole list) carries every id."""
    box = soup(checklists.checklist(problem, part)).select_one("div.checklist")
    if part == "prepare":
        assert not box.has_attr("data-items")
    else:
        assert box["data-items"].split() == [problem.item_key(i) for i in problem.items]
    assert box.get("data-part") == part
    unpruned = soup(checklists.checklist(problem, part, prune=False)).select_one("div.checklist")
    assert not unpruned.has_attr("data-items"), "/print/ leaves pruning to the problem's page"
    shown = problem.items if part is None else getattr(problem, part)
    assert len(box.select("li")) == len(shown)


@pytest.mark.parametrize(("problem", "item"), ITEMS, ids=lambda x: getattr(x, "id", None))
def test_a_fill_in_line_prints_its_label_unless_the_text_says_it(problem, item):
    li = soup(checklists.checklist(problem)).select_one(f"[data-item='{problem.item_key(item)}']")
    blank = li.select_one(".checklist__blank")
    if not item.blank:
        assert blank is None
        return
    assert blank["aria-hidden"] == "true" and blank.select_one(".checklist__line") is not None
    # a long answer (TxID, address, e-mail) gets two lines, marked for the print styles
    assert len(blank.select(".checklist__line")) == item.blank_lines
    assert ("checklist__blank--lines" in blank["class"]) == (item.blank_lines > 1)
    # the fill-in line sits outside the label: it is not part of the accessible name
    assert blank.find_parent("label") is None
    # 「你的 UID」 already names the line: no second 「UID：」
    assert blank.get_text() == ("" if checklists.blank_repeats(item) else f"{item.blank}：")


@pytest.mark.parametrize("problem", PROBLEMS, ids=lambda p: p.id)
def test_the_prepare_note_follows_the_prepare_list_without_a_line(problem):
    prepare = soup(checklists.checklist(problem, "prepare"))
    note = prepare.select_one(".prepare-note")
    assert (note is not None) == (problem.prepare_note is not None)
    assert soup(checklists.checklist(problem, "checks")).select_one(".prepare-note") is None
    if note is not None:
        assert note.get_text().endswith(problem.prepare_note.text)
        assert not note.select(".checklist__line")


def test_a_checklist_part_must_be_checks_or_prepare():
    with pytest.raises(ValueError):
        checklists.checklist(PROBLEMS[0], "everything")


@pytest.mark.parametrize("problem", PROBLEMS, ids=lambda p: p.id)
def test_a_checklist_escapes_every_string(problem):
    hostile = dataclasses.replace(
        problem,
        checks=tuple(dataclasses.replace(i, text=HOSTILE, blank=HOSTILE) for i in problem.checks),
    )
    assert_escaped(checklists.checklist(hostile, "checks"))
