"""hooks/postbuild.py on small inputs: which CSS selectors stay, where the adapter goes, which HTML
whitespace goes."""

from __future__ import annotations

import hashlib
import json
import re
from pathlib import Path

import pytest
from helpers import load_hook
from mkdocs.exceptions import PluginError

postbuild = load_hook("postbuild")
prune_css, run, strip_indentation = postbuild.prune_css, postbuild.run, postbuild.strip_indentation


def test_a_selector_needing_an_absent_class_goes_and_its_neighbours_stay():
    css = ".used{color:red}.unused{color:blue}.used .unused,.used>p{margin:0}"
    assert prune_css(css, {"used", "p"}) == ".used{color:red}.used>p{margin:0}"


def test_a_selector_needing_an_element_no_page_or_script_has_goes():
    css = "kbd{x:1}.a kbd,.a>p{x:2}p+KBD{x:3}html body{x:4}table tbody tr{x:5}"
    # html, body and tbody are there whether or not the HTML writes them.
    assert prune_css(css, {"a", "p", "tr", "table"}) == ".a>p{x:2}html body{x:4}table tbody tr{x:5}"
    assert prune_css(css, {"a", "p", "kbd"}) == "kbd{x:1}.a kbd,.a>p{x:2}p+KBD{x:3}html body{x:4}"


def test_classes_inside_not_is_and_where_are_not_required():
    css = ".a:not(.gone){x:1}:is(.gone,.a) p{x:2}.a:where(.gone){x:3}"
    assert prune_css(css, {"a", "p"}) == css


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


def stylesheets(site, main: str, palette: str = "", ours: str = "") -> Path:
    """Material's two stylesheets (and our site.css) as the theme copies them, and a page
    that links them the way base.html does; returns the page."""
    folder = site / "assets" / "stylesheets"
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "main.0123abcd.min.css").write_text(main + "/*# sourceMappingURL=main.0123abcd.min.css.map */")
    (folder / "main.0123abcd.min.css.map").write_text("{}")
    (folder / "palette.4567cdef.min.css").write_text(palette)
    (folder / "site.css").write_text(ours)
    page = site / "a" / "index.html"
    page.parent.mkdir(exist_ok=True)
    page.write_text(
        '<link rel="stylesheet" href="../assets/stylesheets/main.0123abcd.min.css">\n'
        '<link rel="stylesheet" href="../assets/stylesheets/palette.4567cdef.min.css">\n'
        '<script src="../assets/javascripts/storage-fallback.js"></script>\n'
        '<link rel="stylesheet" href="../assets/stylesheets/site.css">\n<p class="kept">'
    )
    return page


def one_stylesheet(site) -> Path:
    [sheet] = (site / "assets" / "stylesheets").glob("site.*.min.css")
    return sheet


def test_materials_stylesheets_and_ours_become_one_file_named_by_its_content(tmp_path):
    page = stylesheets(tmp_path, ".kept{x:1}.gone{x:2}", ".kept{y:1}", "/* ours */\n.gone {\n  x: 3;\n}\n")

    run(tmp_path, extra_css=["assets/stylesheets/site.css"])

    css = '@charset "UTF-8";.kept{x:1}.kept{y:1}.gone {\n  x: 3;\n}'  # in cascade order; ours kept whole
    name = f"site.{hashlib.sha256(css.encode()).hexdigest()[:8]}.min.css"
    folder = tmp_path / "assets" / "stylesheets"
    assert [p.name for p in folder.iterdir()] == [name], "Material's files, their source map and site.css go"
    assert one_stylesheet(tmp_path).read_text() == css
    assert page.read_text() == (
        f'<link rel="stylesheet" href="../assets/stylesheets/{name}">\n'
        '<script src="../assets/javascripts/storage-fallback.js"></script>\n<p class="kept">'
    )

    # A second build (mkdocs serve) copies the files and writes the page again: the same result.
    stylesheets(tmp_path, ".kept{x:1}.gone{x:2}", ".kept{y:1}", "/* ours */\n.gone {\n  x: 3;\n}\n")
    run(tmp_path, extra_css=["assets/stylesheets/site.css"])
    assert one_stylesheet(tmp_path).name == name
    assert f"../assets/stylesheets/{name}" in page.read_text()


def test_a_page_linking_the_stylesheets_in_another_order_stops_the_build(tmp_path):
    page = stylesheets(tmp_path, ".kept{x:1}", ".kept{y:1}")
    html = page.read_text().replace("main.0123abcd", "MAIN").replace("palette.4567cdef", "main.0123abcd")
    page.write_text(html.replace("MAIN", "palette.4567cdef"))
    with pytest.raises(PluginError, match="not \\['main', 'palette', 'assets/stylesheets/site.css'\\] in this order"):
        run(tmp_path, extra_css=["assets/stylesheets/site.css"])


def test_a_script_of_data_only_keeps_no_styles_and_a_script_of_code_does(tmp_path):
    """The composer's word lists name 2,048 English words; a class among them keeps nothing."""
    stylesheets(tmp_path, ".about{x:1}.active{x:2}")
    scripts = tmp_path / "assets" / "javascripts"
    scripts.mkdir()
    (scripts / "rules.js").write_text(f'{postbuild.DATA_ONLY}: words\nwindow.words = "about active";\n')
    (scripts / "code.js").write_text('node.classList.add("active");\n')

    run(tmp_path)

    assert one_stylesheet(tmp_path).read_text() == '@charset "UTF-8";.active{x:2}'
    assert (scripts / "rules.js").read_text() == 'window.words="about active";', "still minified"


def test_the_search_workers_scripts_keep_no_styles(tmp_path):
    """They run where there is no document: nothing they name can be on a page."""
    stylesheets(tmp_path, ".info{x:1}.bug{x:2}.kept{x:3}")
    for folder, word in (("workers", "info"), ("lunr", "bug")):
        (tmp_path / "assets" / "javascripts" / folder).mkdir(parents=True)
        (tmp_path / "assets" / "javascripts" / folder / "x.js").write_text(f'var {word} = "{word}";')

    run(tmp_path)

    assert one_stylesheet(tmp_path).read_text() == '@charset "UTF-8";.kept{x:3}'


def bundle(site, text: str) -> None:
    scripts = site / "assets" / "javascripts"
    scripts.mkdir(parents=True, exist_ok=True)
    (scripts / "bundle.89abcdef.min.js").write_text(text)
    (scripts / "material-adapter.js").write_text("var adapter;")


def test_the_bundles_words_for_features_left_off_keep_nothing_until_one_is_on(tmp_path):
    """Material's bundle holds every feature's code (macros/material_adapter.py BUNDLE_ONLY)."""
    css = ".md-tooltip2{x:1}.md-dialog{x:2}.tabbed-labels{x:3}.highlight .k{x:4}"
    code = 'h("div",{class:"md-tooltip2"});h("div",{class:"md-dialog"});q(".tabbed-labels");q(".highlight")'
    stylesheets(tmp_path, css)
    bundle(tmp_path, code)
    run(tmp_path)
    assert one_stylesheet(tmp_path).read_text() == '@charset "UTF-8";.md-dialog{x:2}'

    for switches, page_word, kept in (
        ({"content.tooltips"}, "", ".md-tooltip2{x:1}.md-dialog{x:2}"),
        (set(), '<div class="tabbed-set">', ".md-dialog{x:2}.tabbed-labels{x:3}"),
        (set(), '<div class="highlight"><span class="k">', ".md-dialog{x:2}.highlight .k{x:4}"),
    ):
        page = stylesheets(tmp_path, css)
        page.write_text(page.read_text() + page_word)
        bundle(tmp_path, code)
        run(tmp_path, switches)
        assert one_stylesheet(tmp_path).read_text() == '@charset "UTF-8";' + kept, (switches, page_word)


def test_a_pages_json_config_does_not_turn_a_feature_on(tmp_path):
    """Material's config names "annotate" (null): no page uses annotations for that."""
    page = stylesheets(tmp_path, ".md-annotation{x:1}")
    page.write_text(page.read_text() + '<script id="__config" type="application/json">{"annotate": null}</script>')
    bundle(tmp_path, 'h("aside",{class:"md-annotation"})')
    run(tmp_path)
    assert one_stylesheet(tmp_path).read_text() == '@charset "UTF-8";'


def test_custom_properties_nothing_reads_and_keyframes_nothing_runs_go(tmp_path):
    main = (
        ":root{--a:1;--b:var(--c);--c:2;--d:var(--e);--e:3;--f:4;--g:5}"
        ".x{width:var(--a)}.gone{animation:spin 1s;color:var(--g)}"
        "@media screen{:root{--unread:1}}@keyframes spin{0%{x:1}}@keyframes pulse{0%{x:1}}"
    )
    page = stylesheets(tmp_path, main, "[data-x]{--palette:1;color:var(--b)}", ".x{height:var(--h)}")
    page.write_text(page.read_text() + '<div class="x" style="--f: 1"></div>')
    bundle(tmp_path, 'el.style.getPropertyValue("--d")')

    run(tmp_path, extra_css=["assets/stylesheets/site.css"])

    # --a, --b (read by the palette), --c (read by --b), --d (named by a script), --e (read by --d),
    # --f (set on a page) stay; --g went with the rule that read it, --unread and --palette
    # had no reader; no animation runs spin or pulse. Ours are never touched.
    assert one_stylesheet(tmp_path).read_text() == (
        '@charset "UTF-8";:root{--a:1;--b:var(--c);--c:2;--d:var(--e);--e:3;--f:4}.x{width:var(--a)}'
        "[data-x]{color:var(--b)}.x{height:var(--h)}"
    )


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


def test_the_storage_fallback_goes_inline_and_its_file_goes(tmp_path):
    """It must run in <head> before Material's inline helpers: the page waits for it anyway."""
    scripts = tmp_path / "assets" / "javascripts"
    scripts.mkdir(parents=True)
    (scripts / "storage-fallback.js").write_text("// a comment\nwindow.fallback = true;\n")
    page = tmp_path / "a" / "index.html"
    page.parent.mkdir()
    tag = '<script src="../assets/javascripts/storage-fallback.js"></script>'
    page.write_text(f"<head>\n  {tag}\n  <script>x()</script>")

    run(tmp_path)

    assert page.read_text() == "<head>\n<script>window.fallback=true;</script>\n<script>x()</script>"
    assert not (scripts / "storage-fallback.js").exists()


def test_a_script_that_would_end_its_own_tag_does_not_go_inline(tmp_path):
    scripts = tmp_path / "assets" / "javascripts"
    scripts.mkdir(parents=True)
    (scripts / "storage-fallback.js").write_text('var end = "</script>";')
    with pytest.raises(PluginError, match="cannot go inline"):
        run(tmp_path)


def test_attributes_nothing_reads_after_the_build_go_outside_verbatim_blocks():
    html = (
        '<h2 id="a" data-search-exclude>A</h2><p class="x" data-search-exclude="">B</p>\n'
        '  <svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 24 24"><path d="M0"/></svg>\n'
        "<p>data-search-exclude is an attribute</p><pre><code>&lt;h2 data-search-exclude&gt;\n"
        '<svg xmlns="http://www.w3.org/2000/svg"/></code></pre>'
    )
    assert strip_indentation(html) == (
        '<h2 id="a">A</h2><p class="x">B</p>\n<svg viewBox="0 0 24 24"><path d="M0"/></svg>\n'
        "<p>data-search-exclude is an attribute</p><pre><code>&lt;h2 data-search-exclude&gt;\n"
        '<svg xmlns="http://www.w3.org/2000/svg"/></code></pre>'
    )
