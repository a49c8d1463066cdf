"""The print sheet component (macros/render/print_sheet.py): every problem on one A4
sheet: title, the answer or urgent steps, the fixed safety line, both checklists."""

from __future__ import annotations

import pytest
from helpers import site_macros
from render_helpers import PROBLEMS, WORDS, as_page, assert_escaped, poison_text

from macros.render import print_sheet

SHEET = site_macros()["print_sheet"]
PARTS = print_sheet.SheetParts(answer="<p>ANSWER</p>", urgent="", checks="<p>CHECKS</p>", prepare="<p>PREPARE</p>")


@pytest.mark.parametrize("problem", PROBLEMS, ids=lambda p: p.id)
def test_a_sheet_holds_the_answer_or_the_urgent_steps_the_rule_and_both_checklists(problem):
    page = as_page(SHEET(problem.id))
    answer = page.select_one(".print-answer")
    assert answer.select_one("p.print-rule").get_text() == WORDS.print_sheet.rule
    if problem.urgent:
        assert answer.select_one(".urgent-steps") and not answer.select_one("[data-answer]")
    else:
        assert answer.select_one("[data-answer]") and not answer.select_one(".urgent-steps")
    lists = page.select("div.checklist")
    assert [box["data-part"] for box in lists] == ["checks", "prepare"]
    assert not any(box.has_attr("data-items") for box in lists), "the problem's own page prunes"
    headings = [(h.name, h["id"], h.find(string=True)) for h in page.select("h2, h3")]
    heading = WORDS.problem_page.heading
    assert headings == [
        ("h2", problem.id, problem.title),
        ("h3", f"{problem.id}-checks", heading("first-checks")),
        ("h3", f"{problem.id}-prepare", heading("prepare")),
    ]
    assert all(h.has_attr("data-search-exclude") for h in page.select("h2, h3"))


@pytest.mark.parametrize("problem", PROBLEMS, ids=lambda p: p.id)
def test_a_sheet_arranges_the_parts_it_is_given(problem):
    text = print_sheet.print_sheet(problem, PARTS, WORDS)
    assert text.index("ANSWER") < text.index("CHECKS") < text.index("PREPARE")
    urgent = print_sheet.print_sheet(problem, print_sheet.SheetParts(**{**PARTS.__dict__, "urgent": "URGENT"}), WORDS)
    assert "URGENT" in urgent and "ANSWER" not in urgent


@pytest.mark.parametrize("problem", PROBLEMS, ids=lambda p: p.id)
def test_a_sheet_escapes_every_string(problem):
    assert_escaped(print_sheet.print_sheet(poison_text(problem), PARTS, poison_text(WORDS)))


# -- the choice of sheets: in the page from the build --------------------------------------

CHOICE = site_macros()["print_choice"]


def test_the_choice_lists_every_sheet_chosen_with_its_controls_disabled_until_the_script():
    """The build writes the whole choice (checklists.js only wires it up), every sheet
    chosen: the page shows from its first paint what it shows once the script has run."""
    page = as_page(CHOICE())
    panel = page.select_one("fieldset.print-choice")
    words = WORDS.print_sheet
    assert panel.legend.get_text() == words.choose
    rows = panel.select("ul.print-choice__list > li")
    assert [row.select_one("input")["data-choose"] for row in rows] == [p.id for p in PROBLEMS]
    for row, problem in zip(rows, PROBLEMS, strict=True):
        tick, only = row.select_one("input[type=checkbox]"), row.select_one("button")
        assert row.label.get_text(strip=True) == problem.title
        assert tick.has_attr("checked") and tick.has_attr("disabled")
        assert only.get_text() == words.only and only["data-only"] == problem.id and only.has_attr("disabled")
        assert only["aria-describedby"] == f"choose-{problem.id}" == row.label.span["id"]
    n = len(PROBLEMS)
    count = WORDS.scripts.checklists.chosen.replace("{n}", str(n)).replace("{total}", str(n))
    assert panel.select_one(".print-choice__count[role=status]").get_text() == count
    buttons = panel.select(".print-choice__bar button")
    assert [b.get_text() for b in buttons] == [words.all, words.print]
    assert all(b.has_attr("disabled") for b in buttons) and buttons[1]["data-action"] == "print"
    assert panel.select_one(".checklist__note").has_attr("hidden")


@pytest.mark.parametrize("problem", PROBLEMS, ids=lambda p: p.id)
def test_a_sheets_title_is_followed_by_its_tick_and_only_this_sheet(problem):
    page = as_page(SHEET(problem.id))
    bar = page.h2.find_next_sibling()
    assert "print-choice__sheet" in bar["class"]
    tick, only = bar.select_one("input[type=checkbox]"), bar.select_one("button")
    assert tick["data-choose"] == only["data-only"] == problem.id
    assert tick["aria-describedby"] == only["aria-describedby"] == page.h2["id"]
    assert tick.has_attr("checked") and tick.has_attr("disabled") and only.has_attr("disabled")
    assert bar.label.get_text(strip=True) == WORDS.print_sheet.this_sheet
    assert bar.select_one(".print-choice__left").get_text() == WORDS.print_sheet.left_out


def test_the_choice_escapes_every_string():
    assert_escaped(print_sheet.print_choice(tuple(poison_text(p) for p in PROBLEMS), poison_text(WORDS)))
