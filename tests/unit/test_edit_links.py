"""Edit links: named once (SITE_REPOSITORY), on every page and generated block, or nowhere
(the link itself: test_render_shared.py)."""

from __future__ import annotations

import inspect

import pytest
import yaml
from helpers import ROOT, TEST_REPOSITORY, load_hook, macro_calls, site_macros
from mkdocs.exceptions import PluginError

import macros
from macros.data import HANDBOOK
from macros.render import shared

DATA_URL = f"{TEST_REPOSITORY}/edit/main/macros/data.py"
repository = load_hook("repository")


# -- where the address comes from ------------------------------------------------------


def test_edit_uri_comes_from_the_repository_and_the_data_url_follows_it():
    edit_uri = repository.edit_uri(TEST_REPOSITORY + "/", "docs")  # a trailing slash is fine
    assert edit_uri == f"{TEST_REPOSITORY}/edit/main/docs/"
    assert macros.data_edit_url(edit_uri) == DATA_URL
    assert macros.DATA_FILE == "macros/data.py" and (ROOT / macros.DATA_FILE).is_file()


@pytest.mark.parametrize("value", ["github.com/x/y", "http://github.com/x/y", "https://github.com/x", "https://"])
def test_a_bad_repository_fails_the_build_with_one_line(value):
    with pytest.raises(PluginError, match="SITE_REPOSITORY"):
        repository.edit_uri(value, "docs")


@pytest.mark.parametrize("edit_uri", [None, "", "edit/main/docs/"])
def test_without_an_absolute_edit_uri_there_is_no_data_link(edit_uri):
    assert macros.data_edit_url(edit_uri) is None


def test_mkdocs_yml_names_no_repository_and_sets_no_repo_url(monkeypatch):
    text = (ROOT / "mkdocs.yml").read_text("utf-8")
    settings = yaml.load(text, Loader=yaml.BaseLoader)  # BaseLoader: keep !ENV tags as text
    assert "repo_url" not in settings, "repo_url makes every reader's browser call api.github.com"
    assert "edit_uri" not in settings, "edit_uri is derived from extra.repository"
    monkeypatch.delenv("SITE_REPOSITORY", raising=False)
    from mkdocs.config import load_config

    assert not load_config(str(ROOT / "mkdocs.yml"))["extra"]["repository"], "a placeholder anyone could register"


# -- the macros --------------------------------------------------------------------------

# One-line macros inside running text: no edit link (it would clutter the lead).
INLINE = {"aliases", "handling_fee_note", "summary", "trust_badge"}
# A whole page body: one generated block, closed by its one quiet 编辑数据 link (every
# part comes from the one data file; a link under each section took a quarter of a
# phone screen).
PAGE = {"problem_page"}
# Another page's answer block: its first screen, with no link either.
ANSWER = {"page_answer"}
# Controls, not content (the /print/ choice of sheets): its words are in WORDS, edited there.
CONTROLS = {"print_choice"}


def test_every_block_macro_ends_with_its_edit_data_link():
    link = shared.edit_data_link(DATA_URL, "macros/data.py", HANDBOOK.words)
    for name, macro in site_macros().items():
        for args in macro_calls(macro, HANDBOOK):
            html = macro(*args)
            if name in INLINE or name in ANSWER or name in CONTROLS:
                assert "edit-data" not in html, (name, args)
                continue
            if name in PAGE:
                assert html.count('class="edit-data"') == 1, (name, args)
                assert html.rstrip().endswith(link), (name, args, html[-80:])
                continue
            assert html.endswith(link), (name, args)
            assert html.count('class="edit-data"') == 1, (name, args)
            block = html[: -len(link)]
            assert block and "编辑数据" not in block


def test_without_a_repository_no_macro_has_an_edit_link():
    for name, macro in site_macros(edit_uri=None).items():
        for args in macro_calls(macro, HANDBOOK)[:3]:
            assert "edit-data" not in macro(*args), name


def test_macros_keep_their_signatures():
    """Pages call macros by position and keyword; the wrapper must keep the parameters."""
    section = site_macros()["problem_section"]
    assert list(inspect.signature(section).parameters) == ["problem_id", "anchor"]
    assert section("hacked", anchor="after-freeze") == section("hacked", "after-freeze")
