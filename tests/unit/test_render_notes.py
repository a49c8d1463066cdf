"""The notes component (macros/render/notes.py): the lead under every problem's answer
block and the steps of a page's own sections, each line with its links."""

from __future__ import annotations

import dataclasses

import pytest
from render_helpers import HANDBOOK, PROBLEMS, WORDS, as_page, assert_escaped, poison_text

from macros.model import Note
from macros.render import notes

LEADS = [p for p in PROBLEMS if p.lead]
SECTIONS = [(p, s) for p in PROBLEMS for s in p.sections]


def links(note: Note) -> list[str]:
    return [a["href"] for a in as_page(f'<p markdown="span">{notes.note_html(HANDBOOK, note, WORDS)}</p>').select("a")]


@pytest.mark.parametrize(
    "key", [p.id for p in HANDBOOK.problems] + [c.id for c in HANDBOOK.channels] + [p.id for p in HANDBOOK.pages]
)
def test_a_note_links_a_problem_a_channel_or_a_page(key):
    src = HANDBOOK.page_src(key)[0]
    assert links(Note("看", label="标签", see=key)) == [f"/{src}"]
    assert links(Note("提交。", see=key)) == [f"/{src}"]
    assert links(Note("文字", anchor="fact-x", on=key)) == [f"/{src}#fact-x"]


def test_a_note_links_nothing_else():
    with pytest.raises(KeyError, match="'lottery'"):
        notes.note_html(HANDBOOK, Note("x", see="lottery"), WORDS)


def test_a_labelled_note_says_see_once():
    w = WORDS.notes
    for ending in w.see_endings:
        text = as_page(
            f'<p markdown="span">{notes.note_html(HANDBOOK, Note(f"详情{ending}", label="L", see="scams"), WORDS)}</p>'
        )
        assert text.get_text() == f"L：详情{ending}{HANDBOOK.page_src('scams')[1]}。"
    text = as_page(f'<p markdown="span">{notes.note_html(HANDBOOK, Note("详情", label="L", see="scams"), WORDS)}</p>')
    assert text.get_text() == f"L：详情{w.see}{HANDBOOK.page_src('scams')[1]}。"
    basis = as_page(f'<p markdown="span">{notes.note_html(HANDBOOK, Note("x", anchor="fact-y"), WORDS)}</p>')
    assert basis.get_text() == f"x（{w.basis}）" and basis.select_one("a")["href"] == "#fact-y"


@pytest.mark.parametrize("problem", LEADS, ids=lambda p: p.id)
def test_the_lead_lists_every_note_on_screen_and_on_paper(problem):
    """On screen the signposts (lines that send the reader to another page) are a list of
    their own, the problem page keeps it in view above the folded answers; on paper one
    list holds every note."""
    screen = as_page(notes.lead(HANDBOOK, problem, WORDS) + notes.signposts(HANDBOOK, problem, WORDS))
    paper = as_page(notes.lead(HANDBOOK, problem, WORDS, paper=True)).select_one("ul.lead.lead--paper")
    assert len(paper.select(":scope > li")) == len(problem.lead)
    for kind, selector in (
        (lambda n: not n.signpost, "ul.lead.lead--screen > li"),
        (lambda n: n.signpost, "ul.lead.lead--signposts > li"),
    ):
        lis, shown = screen.select(selector), [n for n in problem.lead if kind(n)]
        assert len(lis) == len(shown), selector
        for li, note in zip(lis, shown, strict=True):
            assert note.text in li.get_text()
    assert paper.has_attr("data-search-exclude") and paper["aria-hidden"] == "true"


def test_a_signpost_is_a_line_without_a_question_that_names_another_page():
    assert Note("看这一页。", see="bank-card").signpost
    assert not Note("看这一页。", label="L", see="bank-card").signpost
    assert not Note("看这一页。").signpost
    questions_only = dataclasses.replace(PROBLEMS[0], lead=(Note("x", label="L", see="scams"),))
    assert notes.signposts(HANDBOOK, questions_only, WORDS) == ""


@pytest.mark.parametrize(("problem", "section"), SECTIONS, ids=lambda x: getattr(x, "id", getattr(x, "anchor", None)))
def test_a_pages_own_section_shows_its_intro_and_steps(problem, section):
    for searchable in (True, False):
        block = as_page(notes.section_steps(HANDBOOK, section, WORDS, searchable)).select_one(
            f"div.page-section[data-section='{section.anchor}']"
        )
        assert block.select_one("p").get_text() == section.intro
        assert len(block.select("ol.page-section__steps > li")) == len(section.steps)
        assert block.has_attr("data-search-exclude") != searchable


@pytest.mark.parametrize("problem", LEADS, ids=lambda p: p.id)
def test_notes_escape_every_string(problem):
    assert_escaped(notes.lead(HANDBOOK, poison_text(problem), WORDS))
    hostile_words = notes.note_html(HANDBOOK, Note("文字", label="L", see="scams", anchor="fact-x"), poison_text(WORDS))
    assert_escaped(f'<p markdown="span">{hostile_words}</p>')
