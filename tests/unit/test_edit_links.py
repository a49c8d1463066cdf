"""Edit links: the repository is named once; every page and every generated block can be edited."""

from __future__ import annotations

import inspect
from pathlib import Path

import pytest
import yaml
from bs4 import BeautifulSoup
from helpers import FakeEnv
from mkdocs.config import load_config
from mkdocs.exceptions import PluginError

import macros
from macros import render

ROOT = Path(__file__).resolve().parents[2]
REPOSITORY = "https://github.com/account-help-zh/bitget-handbook"
DATA_URL = f"{REPOSITORY}/edit/main/macros/data.py"
HOSTILE_URL = 'https://example.org/"><script>alert(1)</script>'


def config(**overrides):
    conf = load_config(str(ROOT / "mkdocs.yml"))
    for key, value in overrides.items():
        conf[key] = value
    return conf


# -- the helper ----------------------------------------------------------------


def test_edit_data_link_is_a_small_link_kept_out_of_search():
    soup = BeautifulSoup(render.edit_data_link(DATA_URL), "html.parser")
    p = soup.select_one("p.edit-data")
    assert p.has_attr("data-search-exclude")
    a = p.select_one("a")
    assert a["href"] == DATA_URL
    assert a.get_text().startswith("编辑数据")
    assert "macros/data.py" in a["title"]


def test_edit_data_link_escapes_the_url():
    html = render.edit_data_link(HOSTILE_URL)
    soup = BeautifulSoup(html, "html.parser")
    assert not soup.find("script")
    assert soup.select_one("a")["href"] == HOSTILE_URL
    assert '"><script>' not in html


def test_with_edit_link_appends_the_link_or_nothing():
    block = '<div class="x">块</div>'
    assert render.with_edit_link(block, DATA_URL) == block + "\n\n" + render.edit_data_link(DATA_URL)
    assert render.with_edit_link(block, "") == block
    assert render.with_edit_link(block, None) == block


# -- configuration -----------------------------------------------------------


def test_edit_uri_and_data_url_come_from_extra_repository():
    conf = config()
    assert conf["extra"]["repository"] == REPOSITORY
    assert macros.configure_site(conf) == DATA_URL
    assert conf["edit_uri"] == f"{REPOSITORY}/edit/main/docs/"


def test_changing_extra_repository_moves_every_edit_link():
    conf = config()
    conf["extra"]["repository"] = "https://github.com/someone/fork/"  # a trailing slash is fine
    assert macros.configure_site(conf) == "https://github.com/someone/fork/edit/main/macros/data.py"
    assert conf["edit_uri"] == "https://github.com/someone/fork/edit/main/docs/"


@pytest.mark.parametrize("value", [None, "", "github.com/x/y", "http://github.com/x/y"])
def test_a_missing_or_bad_repository_fails_the_build(value):
    conf = config()
    conf["extra"]["repository"] = value
    with pytest.raises(PluginError, match="extra.repository"):
        macros.configure_site(conf)


def test_mkdocs_yml_names_the_repository_once_and_sets_no_repo_url():
    text = (ROOT / "mkdocs.yml").read_text("utf-8")
    settings = yaml.load(text, Loader=yaml.BaseLoader)  # BaseLoader: keep !ENV tags as text
    assert "repo_url" not in settings, "repo_url makes every reader's browser call api.github.com"
    assert "edit_uri" not in settings, "edit_uri is derived from extra.repository"
    assert text.count("github.com/account-help-zh") == 1
    for folder in ("macros", "overrides", "docs"):
        for path in (ROOT / folder).rglob("*"):
            if path.is_file() and path.suffix in {".py", ".html", ".md", ".js", ".css"}:
                assert "account-help-zh" not in path.read_text("utf-8"), f"{path} names the repository again"


def test_offline_builds_get_the_vendored_worker_shim_and_online_builds_none():
    online = config()
    macros.configure_site(online)
    assert not online["extra"].get("polyfills")

    offline = config()
    plugin = next(p for name, p in offline["plugins"].items() if name.endswith("offline"))
    plugin.config.enabled = True
    macros.configure_site(offline)
    assert offline["extra"]["polyfills"] == [macros.WORKER_SHIM]
    shim = ROOT / "docs" / macros.WORKER_SHIM
    text = shim.read_text("utf-8")
    assert "Permission is hereby granted" in text and "Martin Donath" in text, "keep the MIT notice"
    assert "window.IFrameWorker" in text
    # Material's offline plugin adds unpkg unless a polyfill names iframe-worker; run it to be sure.
    plugin.on_config(offline)
    assert offline["extra"]["polyfills"] == [macros.WORKER_SHIM]


# -- the macros ----------------------------------------------------------------

CALLS = {
    "checklist": [("deposit",), ("deposit", "checks"), ("deposit", "prepare")],
    "channel_table": [()],
    "channel_order": [("deposit",)],
    "channel_summary": [("email",)],
    "message_template": [("deposit",)],
    "triage": [()],
    "fact": [("phone-support",)],
    "facts": [("deposit",), ("email",)],
    "sources": [(), ("deposit",), ("email",)],
    "symptoms": [("deposit",)],
    "dont": [("deposit",)],
    "urgent": [("hacked",)],
    "channel_prepare": [("email",)],
    "channel_risks": [("email",)],
}
# One-line macros inside running text: no edit link (it would clutter the lead).
INLINE = {"aliases": [("deposit",), ("phone",)], "summary": [("deposit",)]}


class FakePage:
    url = "problems/deposit/"


def test_every_block_macro_ends_with_its_edit_data_link():
    env = FakeEnv(config())
    macros.define_env(env)
    env.page = FakePage()
    assert set(env.macros) == set(CALLS) | set(INLINE), "a new macro needs a case here"
    for name, calls in INLINE.items():
        for args in calls:
            assert "edit-data" not in env.macros[name](*args), (name, args)
    for name, calls in CALLS.items():
        for args in calls:
            html = env.macros[name](*args)
            assert html.endswith(render.edit_data_link(DATA_URL)), (name, args)
            assert html.count('class="edit-data"') == 1, (name, args)
            block = html[: -len(render.edit_data_link(DATA_URL))]
            assert block and "编辑数据" not in block


def test_macros_keep_their_signatures():
    """Pages call macros by position and keyword; the wrapper must keep the parameters."""
    env = FakeEnv(config())
    macros.define_env(env)
    env.page = FakePage()
    assert list(inspect.signature(env.macros["checklist"]).parameters) == ["problem_id", "part"]
    assert env.macros["checklist"]("deposit", part="checks") == env.macros["checklist"]("deposit", "checks")
