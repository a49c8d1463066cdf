"""The site's own words (data.WORDS) and pages (data.PAGES), validated with the data:
a mistake fails with one line naming the field; every word passes the copywriting lint."""

from __future__ import annotations

import dataclasses

import autocorrect_py
import pytest
from helpers import ROOT

from macros import data
from macros.model import DataError, Heading, Page, PageLink

HANDBOOK = data.HANDBOOK
WORDS = data.WORDS


def every_text(value, path=""):
    """(field path, text) for every string of the words."""
    if isinstance(value, str):
        yield path, value
    elif isinstance(value, tuple):
        for index, part in enumerate(value):
            yield from every_text(part, f"{path}[{index}]")
    elif dataclasses.is_dataclass(value):
        for f in dataclasses.fields(value):
            yield from every_text(getattr(value, f.name), f"{path}.{f.name}".lstrip("."))


def with_words(path: str, value):
    """The real handbook, validated again, with one word changed ("composer.title")."""
    group, name = path.split(".")
    words = dataclasses.replace(WORDS, **{group: dataclasses.replace(getattr(WORDS, group), **{name: value})})
    return dataclasses.replace(HANDBOOK, words=words)


def lint(text: str) -> list[str]:
    """What autocorrect (the copywriting lint of the build tests) would write instead."""
    return [line.new for line in autocorrect_py.lint_for(text, "words.txt").lines]


def test_the_lint_flags_bad_copy():
    assert lint("请联系Bitget客服,我们会处理") == ["请联系 Bitget 客服，我们会处理"]


@pytest.mark.parametrize(("path", "text"), list(every_text(WORDS)), ids=lambda x: x if "." in str(x) else None)
def test_every_word_follows_the_copywriting_rules(path, text):
    assert lint(text) == [], f"words, field '{path}'"


@pytest.mark.parametrize(
    ("path", "value", "problem"),
    [
        ("composer.title", "", "empty text"),
        ("composer.title", "点<b>这里</b>", "raw HTML is not allowed: '点<b>这里</b>'"),
        ("composer.copy", "复制！", "no exclamation marks (style: plain and calm)"),
        ("triage.open_page", "打开这一页", "must hold {title}, each once"),
        ("triage.open_page", "打开「{title}」「{title}」", "must hold {title}, each once"),
        ("triage.scam_text", "见{scam}。", "must hold {scams}, each once"),
        ("composer.title", "在{这里}填写", "must hold no braces, each once"),
        ("composer.title", "在这里填写}", "must hold no braces, each once"),
        ("shared.advice", "拨打 95123", "looks like a phone number: '95123'; the site shows none"),
    ],
)
def test_a_wrong_word_fails_in_one_line_naming_its_field(path, value, problem):
    with pytest.raises(DataError) as caught:
        with_words(path, value)
    message = str(caught.value)
    assert message.startswith(f"words, field '{path}': {problem}") and "\n" not in message


def test_a_text_where_a_tuple_belongs_asks_for_the_comma():
    with pytest.raises(DataError, match=r"^words, field 'notes.see_endings': a string where a tuple belongs"):
        with_words("notes.see_endings", "见")


def test_every_section_of_a_problem_page_has_its_heading():
    headings = WORDS.problem_page.headings
    with pytest.raises(DataError, match=r"^words, field 'problem_page.headings': one per section, in this order"):
        with_words("problem_page.headings", headings[:-1])
    with pytest.raises(DataError, match=r"^words, field 'problem_page.headings'"):
        with_words("problem_page.headings", (*headings[:-1], Heading("foot", "脚注")))


def test_search_help_links_known_pages():
    links = (*WORDS.search_help.links, PageLink("lottery", "抽奖"))
    with pytest.raises(DataError, match=r"^words, field 'search_help.links\[3\].page': 'lottery' is no problem"):
        with_words("search_help.links", links)


@pytest.mark.parametrize(
    ("page", "field", "problem"),
    [
        (Page("deposit", "x.md", "充值"), "id", "is also a problem or channel id"),
        (Page("scams", "scams.md", "骗局"), "id", "duplicate id, already used by another page"),
        (Page("faq", "faq.html", "问答"), "src", "must be a Markdown file under docs/, like 'scams.md': 'faq.html'"),
        (Page("faq", "/faq.md", "问答"), "src", "must be a Markdown file under docs/, like 'scams.md': '/faq.md'"),
        (Page("Faq", "faq.md", "问答"), "id", "must be a slug: lower-case letters, digits and single hyphens"),
        (Page("faq", "faq.md", "<i>问答</i>"), "title", "raw HTML is not allowed: '<i>问答</i>'"),
    ],
)
def test_a_wrong_page_fails_in_one_line(page, field, problem):
    with pytest.raises(DataError) as caught:
        dataclasses.replace(HANDBOOK, pages=(*HANDBOOK.pages, page))
    assert str(caught.value).startswith(f"page '{page.id}', field '{field}': {problem}")


@pytest.mark.parametrize("page", HANDBOOK.pages, ids=lambda p: p.id)
def test_every_page_of_pages_exists(page):
    assert (ROOT / "docs" / page.src).is_file(), f"page '{page.id}', field 'src': no docs/{page.src}"
