"""The composer component (macros/render/composer.py): every problem's message template
as copyable text with a described slot per placeholder, and the composer's words."""

from __future__ import annotations

import dataclasses

import pytest
from helpers import HOSTILE
from render_helpers import PROBLEMS, WORDS, assert_escaped, poison_text, soup

from macros import contracts, refusals
from macros.model import PLACEHOLDER, Template
from macros.render import composer


def placeholders(problem) -> list[str]:
    return PLACEHOLDER.findall(problem.template.subject) + PLACEHOLDER.findall(problem.template.body)


@pytest.mark.parametrize("problem", PROBLEMS, ids=lambda p: p.id)
def test_each_placeholder_gets_a_labelled_field(problem):
    fields, subject, body = composer.composer_fields(problem.template, WORDS)
    slots = [p for p in (*subject, *body) if isinstance(p, tuple)]
    assert [text for _, text in slots] == [f"【{name}】" for name in placeholders(problem)]
    assert {index for index, _ in slots} == set(range(len(fields))), "every field fills a placeholder"
    assert len({f.label for f in fields}) == len(fields), "labels name the stored values"
    for f in fields:
        assert f.allow == refusals.allowances(f.key), f.key
        assert f.long == (
            any(w in f.key for w in WORDS.composer.long_words) or f.hint.startswith(WORDS.composer.example)
        )
    # Subject placeholders share a body field when the body has one of that name.
    body_keys = {fields[i].key for i, _ in (p for p in body if isinstance(p, tuple))}
    for index, _ in (p for p in subject if isinstance(p, tuple)):
        key = fields[index].key
        assert key in body_keys or not any(key in k.split() or key == k for k in body_keys)


def test_same_placeholder_under_two_labels_is_two_fields():
    template = Template(
        "问题：UID【UID】，【日期】",
        "发现时间：【日期 时间 时区】\n提交时间：【日期 时间 时区】\nUID：【UID，记得的话】",
    )
    fields, subject, _ = composer.composer_fields(template, WORDS)
    assert [(f.label, f.key) for f in fields] == [
        ("发现时间", "日期 时间 时区"),
        ("提交时间", "日期 时间 时区"),
        ("UID", "UID"),
    ]
    assert [p[0] for p in subject if isinstance(p, tuple)] == [2, 0]


def test_one_label_twice_is_numbered():
    fields, _, _ = composer.composer_fields(Template("主题", "时间：【开始】\n时间：【结束】"), WORDS)
    assert [f.label for f in fields] == ["时间", "时间（2）"]


@pytest.mark.parametrize("problem", PROBLEMS, ids=lambda p: p.id)
def test_composer_preview_is_the_template_text_and_describes_each_field_once(problem):
    fields, _, _ = composer.composer_fields(problem.template, WORDS)
    root = soup(composer.message_template(problem, WORDS)).select_one(f"[{contracts.COMPOSER}]")
    assert root[contracts.COMPOSER] == problem.id
    assert root.select_one("[data-composer-preview] code").get_text() == (
        f"{WORDS.composer.subject}：{problem.template.subject}\n\n{problem.template.body}"
    )
    # The first span of each field describes it (composer.js builds the fields in slot order).
    described = sorted(root.select("[data-slot][data-label]"), key=lambda s: int(s["data-slot"]))
    assert [int(s["data-slot"]) for s in described] == list(range(len(fields)))
    assert {int(s["data-slot"]) for s in root.select("[data-slot]")} == set(range(len(fields)))
    assert [s["data-label"] for s in described] == [f.label for f in fields]
    assert [s.has_attr("data-long") for s in described] == [f.long for f in fields]
    assert root.select_one("[data-composer-form]").has_attr("hidden"), "no controls without JavaScript"


@pytest.mark.parametrize("problem", PROBLEMS, ids=lambda p: p.id)
def test_a_button_above_the_template_opens_the_form_in_place(problem):
    """The form is closed until the reader opens it; the button (shown by composer.js)
    names the form it opens and says it is closed."""
    root = soup(composer.message_template(problem, WORDS)).select_one(f"[{contracts.COMPOSER}]")
    toggle = root.select_one("[data-composer-toggle]")
    form = root.select_one("[data-composer-form]")
    assert toggle.name == "button" and toggle["type"] == "button"
    assert toggle["aria-controls"] == form["id"] and toggle["aria-expanded"] == "false"
    assert toggle.find_parent().has_attr("hidden"), "no button without JavaScript"
    children = [c for c in root.children if c.name]
    assert children.index(toggle.find_parent()) < children.index(form) < children.index(root.select_one("pre"))


@pytest.mark.parametrize("problem", PROBLEMS, ids=lambda p: p.id)
def test_the_composers_words_come_from_the_data(problem):
    w = WORDS.composer
    root = soup(composer.message_template(problem, WORDS))
    assert root.select_one(".composer__title").get_text() == w.title
    assert root.select_one(".composer__warning").get_text() == w.warning
    assert root.select_one(".composer__remember label").get_text().strip() == w.remember
    assert root.select_one(".composer__remember .composer__note").get_text() == w.remember_note
    assert root.select_one("[data-composer-copy]").get_text() == w.copy
    assert root.select_one("[data-composer-clear]").get_text() == w.clear
    assert root.select_one(".composer__preview-label").get_text() == w.preview
    toggle = root.select_one("[data-composer-toggle]")
    assert toggle.get_text() == w.open and toggle["data-close"] == w.close


@pytest.mark.parametrize("problem", PROBLEMS, ids=lambda p: p.id)
def test_the_composer_escapes_every_string(problem):
    hostile = dataclasses.replace(problem, template=Template(HOSTILE, f"{HOSTILE}：【{HOSTILE}】"))
    assert_escaped(composer.message_template(hostile, WORDS))
    assert_escaped(composer.message_template(problem, poison_text(WORDS)))
