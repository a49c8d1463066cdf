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
