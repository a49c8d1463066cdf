"""The triage tree of /identify/ in the data (its rendering: test_render_triage.py).

Validation: every path from the first question ends at a problem. A mistake fails the
import with one line naming the question and the answer.
"""

from __future__ import annotations

import dataclasses

import pytest

from macros import data, render
from macros.model import UNSURE_ANSWER, Answer, DataError, Question

HANDBOOK = data.HANDBOOK
TREE = HANDBOOK.triage


def with_questions(*questions, start=None, **changes):
    """The real handbook with the triage's questions (and maybe more) swapped, validated again."""
    tree = dataclasses.replace(TREE, questions=tuple(questions), start=start or TREE.start, **changes)
    return dataclasses.replace(HANDBOOK, triage=tree)


def change(question_id, **changes):
    """The real questions with one of them changed."""
    return tuple(dataclasses.replace(q, **changes) if q.id == question_id else q for q in TREE.questions)


def answers_of(question_id):
    return TREE.question(question_id).answers


def fails(message, *questions, **changes):
    with pytest.raises(DataError) as caught:
        with_questions(*questions, **changes)
    assert str(caught.value) == message
    assert "\n" not in str(caught.value)


# -- each mistake, with its one line -----------------------------------------------

# Where an answer appended to the question 'where' lands (the tree grows with the problems).
NEXT = f"answers[{len(answers_of('where'))}]"


def test_an_answer_leading_nowhere_names_question_and_answer():
    broken = change("where", answers=(*answers_of("where"), Answer("开了新账户", "new-account")))
    fails(
        f"question 'where', field '{NEXT}': "
        "answer 「开了新账户」 leads to 'new-account', which is no question or problem",
        *broken,
    )


def test_a_question_without_answers_is_a_dead_end():
    fails("question 'where', field 'answers': no answers: a reader would be stuck here", *change("where", answers=()))


def test_a_loop_names_the_answer_that_closes_it():
    broken = change("where", answers=(*answers_of("where"), Answer("回到第一个问题", "not-you")))
    fails(
        f"question 'where', field '{NEXT}': answer 「回到第一个问题」 leads back to question 'not-you': "
        "a loop (not-you -> can-login -> where -> not-you)",
        *broken,
    )


def test_a_question_that_leads_to_itself_is_a_loop():
    broken = change("where", answers=(*answers_of("where"), Answer("再问一次", "where")))
    fails(
        f"question 'where', field '{NEXT}': "
        "answer 「再问一次」 leads back to question 'where': a loop (where -> where)",
        *broken,
    )


def test_a_question_no_answer_leads_to_is_unreachable():
    orphan = Question("orphan", "没人问到的问题？", (Answer("充值", "deposit"),))
    fails(
        "question 'orphan', field 'id': no answer leads here from the first question 'not-you'",
        *TREE.questions,
        orphan,
    )


def test_a_problem_no_answer_leads_to_is_unreachable():
    without_deposit = change("where", answers=tuple(a for a in answers_of("where") if a.to != "deposit"))
    fails(
        "problem 'deposit', field 'triage': no answer on /identify/ leads here; add Answer(text, id) to a question",
        *without_deposit,
    )


def test_an_unknown_first_question():
    fails("triage, field 'start': unknown question 'first'", *TREE.questions, start="first")


def test_two_questions_with_one_id():
    fails(
        "question 'where', field 'id': duplicate id, already used by another question",
        *TREE.questions,
        TREE.question("where"),
    )


def test_a_question_id_that_is_also_a_problem_id():
    same = Question("deposit", "充值？", (Answer("是", "deposit"),))
    fails(
        "question 'deposit', field 'id': 'deposit' is also a problem id; answers could not tell them apart",
        *TREE.questions,
        same,
    )


def test_the_unsure_answer_is_never_written_in_the_data():
    broken = change("where", answers=(*answers_of("where"), Answer(UNSURE_ANSWER, "login")))
    fails(
        f"question 'where', field '{NEXT}': 「{UNSURE_ANSWER}」 is added to every question; do not write it",
        *broken,
    )


def test_an_answer_given_twice():
    first = answers_of("where")[0]
    broken = change("where", answers=(*answers_of("where"), Answer(first.text, "login")))
    fails(f"question 'where', field '{NEXT}': answer 「{first.text}」 is given twice", *broken)


def test_question_text_is_checked_like_all_data_text():
    fails(
        "question 'where', field 'text': raw HTML is not allowed: '问题<b>出在</b>哪里？'",
        *change("where", text="问题<b>出在</b>哪里？"),
    )


def test_the_help_centre_must_be_on_www_bitget_com():
    fails(
        "triage, field 'help_centre': must be an https URL on www.bitget.com: 'https://bitget.ng/support'",
        *TREE.questions,
        help_centre="https://bitget.ng/support",
    )


def test_a_new_problem_is_one_more_answer():
    """What a helper adding a problem page does: one Answer, nothing else in the tree."""
    new = dataclasses.replace(HANDBOOK.problem("deposit"), id="tax-form", title="被要求填写税务表格")
    grown = dataclasses.replace(HANDBOOK, problems=(*HANDBOOK.problems, new), triage=None)
    with pytest.raises(DataError, match="problem 'tax-form', field 'triage'"):
        dataclasses.replace(grown, triage=TREE)
    tree = dataclasses.replace(
        TREE, questions=change("where", answers=(*answers_of("where"), Answer("要我填写税务表格", "tax-form")))
    )
    handbook = dataclasses.replace(grown, triage=tree)
    html = render.triage.triage(handbook, handbook.words)
    assert "](/problems/tax-form.md)" in html
