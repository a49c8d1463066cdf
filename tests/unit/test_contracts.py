"""The contracts between the renderers, the templates and our scripts (macros/contracts.py,
hooks/page_contracts.py): which scripts a page loads, which pages get the print button,
the scripts' words, the search help's links. Each kept in Python, once."""

from __future__ import annotations

import dataclasses
import json
import re

import pytest
from helpers import ROOT, load_hook, site_macros

from macros import contracts, data

hook = load_hook("page_contracts")
MACROS = site_macros(edit_uri=None)
JS = ROOT / "docs" / "assets" / "javascripts"
SCRIPT_WORDS = {s.name: getattr(data.WORDS.scripts, s.name) for s in contracts.SCRIPTS}


def words_of(needs: dict) -> dict:
    return json.loads(needs["words"]) if needs["words"] else {}


@pytest.mark.parametrize("problem", data.HANDBOOK.problems, ids=lambda p: p.id)
def test_a_problem_page_loads_the_checklist_and_composer_scripts_and_gets_the_print_button(problem):
    needs = hook.page_contracts(MACROS["problem_page"](problem.id))
    assert needs["scripts"] == ["checklists", "composer"]
    assert needs["print_button"] is True
    assert words_of(needs) == {name: dataclasses.asdict(SCRIPT_WORDS[name]) for name in ("checklists", "composer")}


def test_the_print_sheets_get_the_print_button_and_the_triage_its_script():
    sheet = hook.page_contracts(MACROS["print_sheet"](data.HANDBOOK.problems[0].id))
    assert sheet["scripts"] == ["checklists"] and sheet["print_button"] and list(words_of(sheet)) == ["checklists"]
    triage = hook.page_contracts(MACROS["triage"]())
    assert triage["scripts"] == ["checklists", "triage"] and not triage["print_button"]
    assert list(words_of(triage)) == ["triage"]


def test_a_page_without_blocks_loads_only_the_every_page_script():
    for html in ("", MACROS["channel_table"](), f"<p>{contracts.TRIAGE} 和 {contracts.COMPOSER} 只是文字</p>"):
        assert hook.page_contracts(html) == {
            "scripts": ["checklists"],
            "print_button": False,
            "words_id": contracts.WORDS_ID,
            "words": "",
        }


def test_the_words_json_cannot_end_its_script_element():
    text = hook._json({"x": "</script><!-- & \u2028"})
    assert "<" not in text and ">" not in text and "&" not in text and "\u2028" not in text
    assert json.loads(text) == {"x": "</script><!-- & \u2028"}


@pytest.mark.parametrize("script", contracts.SCRIPTS, ids=lambda s: s.name)
def test_a_script_reads_its_words_and_uses_every_one(script):
    """The script reads the element the template writes, under its own name, and the words
    it uses are exactly its group of data.WORDS.scripts."""
    text = (JS / f"{script.name}.js").read_text("utf-8")
    assert f'document.getElementById("{contracts.WORDS_ID}").textContent).{script.name};' in text
    used = set(re.findall(r"\bwords\.([a-z_]+)", text))
    assert used == {f.name for f in dataclasses.fields(SCRIPT_WORDS[script.name])}
    for f in dataclasses.fields(SCRIPT_WORDS[script.name]):
        for name in f.metadata.get("fills", ()):
            assert f'"{{{name}}}"' in text, f"{script.name}.js fills {{{name}}} of words.{f.name}"


@pytest.mark.parametrize("script", contracts.SCRIPTS, ids=lambda s: s.name)
def test_a_scripts_block_carries_the_attribute_that_loads_it(script):
    """The attribute is written by the renderer from macros/contracts.py and looked for by the script."""
    assert f"[{script.words_on}]" in (JS / f"{script.name}.js").read_text("utf-8")


# Chinese in our scripts: only here, each for its reason. Every other word a script
# shows is in data.WORDS.scripts (a Traditional Chinese edition converts the pages).
SCRIPTS_MAY_WRITE_CHINESE = {
    "search-words.js": "search rules, never shown: variant characters, stop words, questions about channels",
    "material-adapter.js": "two accessible names for Material's markup (code-block actions, the menu button)",
}
HAN = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]")


def test_no_script_writes_chinese_but_the_ones_listed():
    from test_architecture import js_code_lines

    found = []
    for path in sorted(JS.glob("*.js")):
        if path.name in SCRIPTS_MAY_WRITE_CHINESE:
            continue
        found += [
            f"{path.name}:{n}: {code[:40]}" for n, code in js_code_lines(path.read_text("utf-8")) if HAN.search(code)
        ]
    assert found == [], "a word a reader sees belongs in data.WORDS.scripts"


def test_the_search_help_links_the_pages_of_the_words():
    class Files:
        def get_file_from_path(self, src):
            return type("File", (), {"url": src.replace("index.md", "").replace(".md", "/")})()

    hook.on_files(Files(), None)
    help_ = hook.search_help()
    assert help_["intro"] == data.WORDS.search_help.intro
    expected = [
        {"url": data.HANDBOOK.page_src(link.page)[0].replace("index.md", "").replace(".md", "/"), "text": link.text}
        for link in data.WORDS.search_help.links
    ]
    assert help_["links"] == expected
