"""hooks/problem_pages.py: a problem's page and nav entry come from the data. Its nav
section fills the one `problems/` entry of mkdocs.yml; its page is refused beside a
hand-written file of the same name; its title stays text in the H1."""

from __future__ import annotations

import dataclasses

import pytest
from helpers import ROOT, load_hook
from mkdocs.config import load_config
from mkdocs.exceptions import PluginError
from mkdocs.structure.files import File, Files

from macros.data import HANDBOOK

hook = load_hook("problem_pages")
PAGES = [f"problems/{p.id}.md" for p in HANDBOOK.problems_in_order()]


def test_the_nav_entry_named_by_the_folder_gets_every_problem_page_in_home_order():
    nav = [{"首页": "index.md"}, {"遇到的问题": "problems/"}, {"联系渠道": [{"x": "channels/index.md"}]}]
    assert hook.problem_nav(nav, PAGES) == 1
    assert nav[1] == {"遇到的问题": PAGES}
    assert nav[2] == {"联系渠道": [{"x": "channels/index.md"}]}


def test_the_real_nav_has_its_problem_section_from_the_data():
    config = hook.on_config(load_config(str(ROOT / "mkdocs.yml")))
    section = next(item for item in config.nav if isinstance(item, dict) and "遇到的问题" in item)
    assert section["遇到的问题"] == PAGES


@pytest.mark.parametrize("nav", [[{"首页": "index.md"}], [{"a": "problems/"}, {"b": [{"c": "problems/"}]}]])
def test_a_nav_without_one_problem_entry_fails_with_one_line(nav):
    config = load_config(str(ROOT / "mkdocs.yml"))
    config.nav = nav
    with pytest.raises(PluginError, match=r"^mkdocs.yml: the nav needs one entry `- <title>: problems/`"):
        hook.on_config(config)


def files_config():
    """The site's configuration as the hook's on_files gets it (MkDocs names the plugin
    whose event runs: File.generated records it)."""
    config = load_config(str(ROOT / "mkdocs.yml"))
    config.plugins._current_plugin = "hooks/problem_pages.py"
    return config


def test_a_page_file_beside_the_generated_page_fails_with_one_line(tmp_path):
    config = files_config()
    stray = File("problems/deposit.md", str(tmp_path), str(tmp_path / "site"), True)
    with pytest.raises(PluginError, match=r"^docs/problems/deposit.md: problem 'deposit' gets its page from"):
        hook.on_files(Files([stray]), config)


def test_every_problem_gets_one_generated_page():
    config = files_config()
    files = hook.on_files(Files([]), config)
    made = [f for f in files if f.generated_by]
    assert [f.src_uri for f in made] == [f"problems/{p.id}.md" for p in HANDBOOK.problems]
    assert [f.url for f in made] == [f"problems/{p.id}/" for p in HANDBOOK.problems]


@pytest.mark.parametrize("problem", HANDBOOK.problems, ids=lambda p: p.id)
def test_a_page_is_its_front_matter_its_title_and_the_macro(problem):
    text = hook.page_markdown(problem)
    assert text.startswith("---\n") and "search:\n  boost: 2\n---\n" in text
    assert f'{{{{ problem_page("{problem.id}") }}}}' in text
    assert f"{{ #{problem.id} }}" in text


def test_a_title_with_markdown_characters_stays_text():
    from helpers import site_markdown

    problem = dataclasses.replace(HANDBOOK.problem("deposit"), title="*充值* [未到账](x) # { #y } 1. 2")
    md = site_markdown()
    heading = hook.page_markdown(problem).split("---\n\n", 1)[1].splitlines()[0]
    html = md.convert(heading)
    assert html.startswith('<h1 id="deposit">') and "*充值* [未到账](x) # { #y } 1. 2<a" in html
