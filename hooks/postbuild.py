"""Hook, after the build: the same pages, fewer bytes on every first view (make bench).

Runs for `make build`, `make serve` and the offline copy alike, so what editors
preview is what readers get.

1. Material's two stylesheets (main.*.min.css, palette.*.min.css: names kept in
   macros/material_adapter.py, with all the site assumes of Material) style every feature
   and colour Material has; a page loads both before it can show anything. Each keeps only
   the selectors that could match this site: a selector goes when a class it requires,
   or the value of an exact `[attribute=value]` test, appears nowhere in the built HTML
   or JavaScript (Material's bundle and workers included, so a class their scripts add
   is kept; a script of data only is not read, see DATA_ONLY). Only the top level of a
   selector counts: `.a:not(.b)` needs `.a` alone.
   The result gets a new file name with its own hash, and every page links to it.
   tests/browser/test_slimmed_styles.py checks that every element, on phone and desktop,
   light and dark, with search and the drawer open, is styled exactly as with Material's
   own files.
2. The site's own scripts and stylesheets (docs/assets) lose their comments and extra
   white space: they are written to be read in the repository, and every byte of them is
   part of a first view. Scripts go through rjsmin (it keeps /*! licence */ comments),
   stylesheets through the same CSS tokenizer as step 1.
3. Our docs/assets/javascripts/material-adapter.js must run just before Material's bundle:
   it goes in front of the bundle, in one file with a name of its own (one request less
   on every first view), and every page links that file.
4. HTML loses the indentation at the start of its lines (Jinja templates are deeply
   indented). A line break stays, so the text renders the same; <pre>, <textarea>,
   <script> and <style> are left byte for byte (inline scripts are allowed by hash, hooks/csp.py).
"""

from __future__ import annotations

import hashlib
import json
import re
from pathlib import Path

import rjsmin
import tinycss2
from mkdocs.exceptions import PluginError

# What a class name or attribute value can be, as it appears in HTML and JavaScript.
WORD = re.compile(r"[A-Za-z_][\w-]*")
# Blocks whose text must not change.
VERBATIM = re.compile(r"(<(pre|textarea|script|style)\b.*?</\2\s*>)", re.S | re.I)
INDENT = re.compile(r"\n[ \t]*(?:\n[ \t]*)*")
# A script that opens with this line holds data, not code that sets classes (the
# composer's word lists, hooks/composer_rules.py): its words would keep styles that
# nothing uses (2,048 English words hold many class names).
DATA_ONLY = "// Data only"
# At-rules that hold rules, so their selectors are checked too.
GROUPING = {"media", "supports", "container", "layer"}


def words_in(texts) -> set[str]:
    """Every word that could name a class or attribute value in these HTML and JS texts."""
    found: set[str] = set()
    for text in texts:
        found.update(WORD.findall(text))
    return found


def _selectors(prelude: list) -> list[list]:
    """A rule's selector list, split at its top-level commas."""
    parts: list[list] = [[]]
    for token in prelude:
        if token.type == "literal" and token.value == ",":
            parts.append([])
        else:
            parts[-1].append(token)
    return parts


def _required(selector: list) -> list[str]:
    """Class names and exact attribute values a selector needs (top level only)."""
    needs = []
    tokens = [t for t in selector if t.type != "comment"]
    for before, token in zip([None, *tokens], tokens, strict=False):
        if token.type == "ident" and before is not None and before.type == "literal" and before.value == ".":
            needs.append(token.value)
        elif token.type == "[] block":
            inner = [t for t in token.content if t.type != "whitespace"]
            exact = len(inner) == 3 and inner[1].type == "literal" and inner[1].value == "="
            if exact and inner[2].type in ("ident", "string"):
                needs.append(inner[2].value)
    return needs


def _prune(rules: list, present: set[str]) -> str:
    out = []
    for rule in rules:
        if rule.type == "qualified-rule":
            kept = [s for s in _selectors(rule.prelude) if all(w in present for w in _required(s))]
            if kept:
                selector = ",".join(tinycss2.serialize(s) for s in kept)
                out.append(f"{selector}{{{tinycss2.serialize(rule.content)}}}")
        elif rule.type == "at-rule" and rule.lower_at_keyword in GROUPING and rule.content is not None:
            inner = _prune(tinycss2.parse_rule_list(rule.content, skip_comments=True, skip_whitespace=True), present)
            if inner:
                out.append(f"@{rule.at_keyword}{tinycss2.serialize(rule.prelude)}{{{inner}}}")
        elif rule.type == "at-rule":
            out.append(rule.serialize())
    return "".join(out)


def prune_css(css: str, present: set[str]) -> str:
    """The stylesheet without the selectors that need a word not in `present`."""
    return _prune(tinycss2.parse_stylesheet(css, skip_comments=True, skip_whitespace=True), present)


def slim_stylesheets(folder: Path, present: set[str]) -> dict[str, str]:
    """Slim Material's stylesheets in `folder`; returns {"main": new file name, ...}."""
    # Imported here, not at the top: a hook is loaded before data_check.py puts the
    # project on sys.path.
    from macros.material_adapter import stylesheet_pattern

    names = {}
    for original in sorted(folder.glob("*.min.css")):
        match = stylesheet_pattern().fullmatch(original.name)
        if not match:  # ours, or already slimmed
            continue
        css = prune_css(original.read_text(encoding="utf-8"), present)
        digest = hashlib.sha256(css.encode()).hexdigest()[:8]
        slim = folder / f"{match['name']}.{match['hash']}.{digest}.min.css"
        slim.write_text(css, encoding="utf-8")
        names[match["name"]] = slim.name
        # Earlier slimmed copies (mkdocs serve rebuilds) and Material's originals go.
        for stale in folder.glob(f"{match['name']}.*.min.css*"):
            if stale != slim:
                stale.unlink()
    return names


ADAPTER = "material-adapter.js"
SOURCE_MAP = re.compile(r"\n//# sourceMappingURL=(\S+)\s*\Z")


def fold_adapter(folder: Path) -> dict[str, str]:
    """Put our material-adapter.js (minified) in front of Material's bundle, in one file
    with a name of its own; returns {"bundle": its name}, or {} for a folder with neither.

    The adapter must run just before the bundle, and a file of its own would cost every
    first view a request. An exception in it cannot stop the bundle (try/catch); the
    bundle's source map gets one empty line per line in front, so it still points home."""
    from macros.material_adapter import bundle_pattern  # see slim_stylesheets

    adapter = folder / ADAPTER
    bundles = [p for p in sorted(folder.glob("*.min.js")) if bundle_pattern().fullmatch(p.name)]
    if not bundles and not adapter.exists():
        return {}
    if len(bundles) != 1 or not adapter.is_file():
        raise PluginError(
            f"{folder}: expected {ADAPTER} and one Material bundle, found {[p.name for p in bundles]}: "
            "see BUNDLE in macros/material_adapter.py"
        )
    [bundle] = bundles
    match = bundle_pattern().fullmatch(bundle.name)
    front = "try{" + adapter.read_text(encoding="utf-8").strip() + "}catch(e){console.error(e)}\n"
    text = bundle.read_text(encoding="utf-8")
    map_ref = SOURCE_MAP.search(text)
    folded = front + (text[: map_ref.start()] if map_ref else text)
    digest = hashlib.sha256(folded.encode()).hexdigest()[:8]
    name = f"{match['name']}.{match['hash']}.{digest}.min.js"
    source_map = folder / map_ref.group(1) if map_ref else None
    if source_map and source_map.is_file():
        data = json.loads(source_map.read_text(encoding="utf-8"))
        data["mappings"] = ";" * front.count("\n") + data["mappings"]
        data["file"] = name
        (folder / f"{name}.map").write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
        folded += f"\n//# sourceMappingURL={name}.map\n"
    (folder / name).write_text(folded, encoding="utf-8")
    # Earlier folded copies (mkdocs serve rebuilds), Material's original and the adapter go.
    for stale in [*folder.glob(f"{match['name']}.*.min.js*"), adapter]:
        if stale.name not in (name, f"{name}.map"):
            stale.unlink()
    return {match["name"]: name}


def strip_indentation(html: str) -> str:
    """HTML without leading whitespace on its lines, except inside verbatim blocks."""
    parts = VERBATIM.split(html)
    out = []
    # re.split with two groups yields: text, block, tag name, text, block, tag name, ...
    for i in range(0, len(parts), 3):
        out.append(INDENT.sub("\n", parts[i]))
        if i + 1 < len(parts):
            out.append(parts[i + 1])
    return "".join(out)


def minify_own_assets(site: Path) -> None:
    """Strip comments and white space from our scripts and stylesheets (not Material's)."""
    for script in (site / "assets" / "javascripts").glob("*.js"):
        if ".min." not in script.name:
            script.write_text(rjsmin.jsmin(script.read_text(encoding="utf-8"), keep_bang_comments=True), "utf-8")
    for sheet in (site / "assets" / "stylesheets").glob("*.css"):
        if ".min." not in sheet.name:
            rules = tinycss2.parse_stylesheet(
                sheet.read_text(encoding="utf-8"), skip_comments=True, skip_whitespace=True
            )
            sheet.write_text(tinycss2.serialize(rules), "utf-8")


def run(site: Path) -> None:
    """Read every page and script once, slim the stylesheets, fold the adapter into the
    bundle, write each page once."""
    from macros.material_adapter import bundle_pattern, stylesheet_pattern  # see slim_stylesheets

    pages = {path: path.read_text(encoding="utf-8") for path in site.rglob("*.html")}
    scripts = (path.read_text(encoding="utf-8", errors="replace") for path in site.rglob("*.js"))
    scripts = (text for text in scripts if not text.startswith(DATA_ONLY))
    names = slim_stylesheets(site / "assets" / "stylesheets", words_in([*pages.values(), *scripts]))
    minify_own_assets(site)
    names.update(fold_adapter(site / "assets" / "javascripts"))
    # Material's names, or our copies' (mkdocs serve rebuilds), become the new names.
    linked = [stylesheet_pattern(slimmed=True), bundle_pattern(folded=True)]
    for path, html in pages.items():
        done = strip_indentation(html)
        for pattern in linked:
            done = pattern.sub(lambda m: names.get(m["name"], m[0]), done)
        if done != html:
            path.write_text(done, encoding="utf-8")


def on_post_build(config):
    run(Path(config.site_dir))
