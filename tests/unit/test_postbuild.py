"""hooks/postbuild.py on small inputs: which CSS selectors stay, where the adapter goes, which HTML
whitespace goes."""

from __future__ import annotations

import hashlib
import json
import re

import pytest
from helpers import load_hook
from mkdocs.exceptions import PluginError

postbuild = load_hook("postbuild")
prune_css, run, strip_indentation = postbuild.prune_css, postbuild.run, postbuild.strip_indentation


def test_a_selector_needing_an_absent_class_goes_and_its_neighbours_stay():
    css = ".used{color:red}.unused{color:blue}.used .unused,.used>p{margin:0}"
    assert prune_css(css, {"used"}) == ".used{color:red}.used>p{margin:0}"


def test_classes_inside_not_is_and_where_are_not_required():
    css = ".a:not(.gone){x:1}:is(.gone,.a) p{x:2}.a:where(.gone){x:3}"
    assert prune_css(css, {"a"}) == css


def test_commas_inside_functions_do_not_split_a_selector():
    css = ":is(.a,.b) .c{x:1}"
    assert prune_css(css, {"c"}) == css
    assert prune_css(css, {"a", "b"}) == ""


def test_exact_attribute_values_must_appear_somewhere():
    css = "[data-md-color-primary=red]{x:1}[data-md-color-primary=indigo]{x:2}[data-x~=red]{x:3}[hidden]{x:4}"
    assert prune_css(css, {"indigo"}) == "[data-md-color-primary=indigo]{x:2}[data-x~=red]{x:3}[hidden]{x:4}"


def test_media_blocks_are_pruned_inside_and_dropped_when_empty():
    css = "@media screen{.a{x:1}.b{x:2}}@media print{.b{x:3}}@keyframes b{0%{x:1}}"
    assert prune_css(css, {"a"}) == "@media screen{.a{x:1}}@keyframes b{0%{x:1}}"


def test_strings_and_data_urls_survive_parsing():
    css = '.a::before{content:"{,}";background:url("data:image/svg+xml;charset=utf-8,<svg/>")}'
    assert prune_css(css, {"a"}) == css


def test_slimmed_stylesheets_get_their_own_hash_and_every_page_links_them(tmp_path):
    folder = tmp_path / "assets" / "stylesheets"
    folder.mkdir(parents=True)
    map_comment = "/*# sourceMappingURL=main.0123abcd.min.css.map */"
    (folder / "main.0123abcd.min.css").write_text(".kept{x:1}.gone{x:2}" + map_comment)
    (folder / "main.0123abcd.min.css.map").write_text("{}")
    (folder / "site.css").write_text(".gone{x:3}")
    page = tmp_path / "a" / "index.html"
    page.parent.mkdir()
    page.write_text('<link rel="stylesheet" href="../assets/stylesheets/main.0123abcd.min.css"><p class="kept">')

    run(tmp_path)

    slim = ".kept{x:1}"
    name = f"main.0123abcd.{hashlib.sha256(slim.encode()).hexdigest()[:8]}.min.css"
    assert sorted(p.name for p in folder.iterdir()) == [name, "site.css"]
    assert (folder / name).read_text() == slim
    assert (folder / "site.css").read_text() == ".gone{x:3}", "our own stylesheets are not touched"
    assert f"../assets/stylesheets/{name}" in page.read_text()

    # A second build (mkdocs serve) copies Material's file again; the result is the same.
    (folder / "main.0123abcd.min.css").write_text(".kept{x:1}.gone{x:2}")
    run(tmp_path)
    assert sorted(p.name for p in folder.iterdir()) == [name, "site.css"]
    assert f"../assets/stylesheets/{name}" in page.read_text()


def test_a_script_of_data_only_keeps_no_styles_and_a_script_of_code_does(tmp_path):
    """The composer's word lists name 2,048 English words; a class among them keeps nothing."""
    folder = tmp_path / "assets" / "stylesheets"
    folder.mkdir(parents=True)
    (folder / "main.0123abcd.min.css").write_text(".about{x:1}.active{x:2}")
    scripts = tmp_path / "assets" / "javascripts"
    scripts.mkdir()
    (scripts / "rules.js").write_text(f'{postbuild.DATA_ONLY}: words\nwindow.words = "about active";\n')
    (scripts / "code.js").write_text('node.classList.add("active");\n')

    run(tmp_path)

    (slim,) = [p for p in folder.iterdir() if p.name.startswith("main.")]
    assert slim.read_text() == ".active{x:2}"
    assert (scripts / "rules.js").read_text() == 'window.words="about active";', "still minified"


def test_the_composer_rules_script_opens_as_data_only():
    from macros import refusals

    assert refusals.script().startswith(postbuild.DATA_ONLY)


def test_indentation_goes_but_line_breaks_and_verbatim_blocks_stay():
    html = (
        "<div>\n    <p>一\n      二</p>\n\n\n  <pre><code>  第一行\n    缩进\n</code></pre>\n"
        "  <script>\n  var a = 1;\n  </script>\n  <TEXTAREA>\n  x</TEXTAREA>\n</div>"
    )
    assert strip_indentation(html) == (
        "<div>\n<p>一\n二</p>\n<pre><code>  第一行\n    缩进\n</code></pre>\n"
        "<script>\n  var a = 1;\n  </script>\n<TEXTAREA>\n  x</TEXTAREA>\n</div>"
    )


def test_the_adapter_goes_in_front_of_the_bundle_in_a_file_of_its_own(tmp_path):
    scripts = tmp_path / "assets" / "javascripts"
    scripts.mkdir(parents=True)
    (scripts / "bundle.0123abcd.min.js").write_text("bundle();\n//# sourceMappingURL=bundle.0123abcd.min.js.map\n")
    (scripts / "bundle.0123abcd.min.js.map").write_text(json.dumps({"version": 3, "mappings": "AAAA"}))
    (scripts / "material-adapter.js").write_text("// the adapter\nvar a = 1\nvar b = 2\n")
    page = tmp_path / "index.html"
    page.write_text('<script defer src="assets/javascripts/bundle.0123abcd.min.js"></script>')

    run(tmp_path)

    [folded] = [p.name for p in scripts.glob("*.min.js")]
    assert re.fullmatch(r"bundle\.0123abcd\.[0-9a-f]{8}\.min\.js", folded)
    assert sorted(p.name for p in scripts.iterdir()) == [folded, f"{folded}.map"], "the original and the adapter go"
    text = (scripts / folded).read_text()
    adapter = "try{var a=1\nvar b=2}catch(e){console.error(e)}\n"  # minified, one line break kept
    assert text == f"{adapter}bundle();\n//# sourceMappingURL={folded}.map\n"
    source_map = json.loads((scripts / f"{folded}.map").read_text())
    assert source_map["mappings"] == ";;AAAA", "two lines in front: the bundle's mappings move down two lines"
    assert f'src="assets/javascripts/{folded}"' in page.read_text()

    # A second build (mkdocs serve) copies the originals again; the result is the same.
    (scripts / "bundle.0123abcd.min.js").write_text("bundle();\n//# sourceMappingURL=bundle.0123abcd.min.js.map\n")
    (scripts / "bundle.0123abcd.min.js.map").write_text(json.dumps({"version": 3, "mappings": "AAAA"}))
    (scripts / "material-adapter.js").write_text("// the adapter\nvar a = 1\nvar b = 2\n")
    run(tmp_path)
    assert sorted(p.name for p in scripts.iterdir()) == [folded, f"{folded}.map"]
    assert f'src="assets/javascripts/{folded}"' in page.read_text()


def test_a_bundle_without_the_adapter_stops_the_build(tmp_path):
    scripts = tmp_path / "assets" / "javascripts"
    scripts.mkdir(parents=True)
    (scripts / "bundle.0123abcd.min.js").write_text("bundle();")
    with pytest.raises(PluginError, match="material-adapter.js and one Material bundle"):
        run(tmp_path)
