"""Hook, after the build: the same pages, fewer bytes on every first view (make bench).

Runs for `make build`, `make serve` and the offline copy alike, so what editors
preview is what readers get.

1. Material's two stylesheets (main.*.min.css, palette.*.min.css: names kept in
   macros/material_adapter.py, with all the site assumes of Material) style every feature
   and colour Material has; a page loads both before it can show anything. Each keeps only
   the selectors that could match this site: a selector goes when a class it requires,
   the value of an exact `[attribute=value]` test or an element it names (`kbd`; not
   html, head, body, tbody: a browser makes those) appears nowhere in the built HTML or
   JavaScript (Material's bundle included, so a class its scripts add is kept). Only
   the top level of a selector counts: `.a:not(.b)` needs `.a` alone. Not read: a script
   of data only (see DATA_ONLY) and the search worker's scripts (no document, nothing
   to style: WORKER_FOLDERS). Material's bundle holds the code of every feature; what
   it names for features this build leaves off, or only looks for on pages, keeps
   nothing unless a page has it (BUNDLE_ONLY in macros/material_adapter.py).
   Then custom properties that nothing reads (no var() in any stylesheet, no mention
   in a page or script) and @keyframes that no animation runs go, until none is left.
   tests/browser/test_slimmed_styles.py checks that every element, on phone and desktop,
   light and dark, with search, the drawer and a copied template, is styled exactly as
   with Material's own files.
2. The site's own scripts and stylesheets (docs/assets) lose their comments and extra
   white space: they are written to be read in the repository, and every byte of them is
   part of a first view. Scripts go through rjsmin (it keeps /*! licence */ comments),
   stylesheets through the same CSS tokenizer as step 1.
3. One stylesheet per page: Material's two, then ours (extra_css), in the order every
   page links them (the cascade stays the same), go into one file named by its content,
   assets/stylesheets/site.<hash>.min.css, and every page links that one file instead
   (two requests less on every first view).
4. Our docs/assets/javascripts/material-adapter.js must run just before Material's bundle:
   it goes in front of the bundle, in one file with a name of its own (one request less
   on every first view), and every page links that file. checklists.js stays a file of
   its own: it is plain ES5 and still runs in a browser that cannot parse the bundle.
5. storage-fallback.js, which must run in <head> before Material's inline storage
   helpers (so the page waits for it anyway), and edition.js, which may go to the other
   edition before the page shows, go inline in every page (INLINE): no request of their
   own. hooks/csp.py, after this hook, allows them by their hash.
6. HTML loses the indentation at the start of its lines (Jinja templates are deeply
   indented), and attributes nothing reads once the site is built (UNREAD:
   data-search-exclude, xmlns on inline SVG). A line break stays, so the text renders
   the same; <pre>, <textarea>, <script> and <style> are left byte for byte (inline
   scripts are allowed by hash, hooks/csp.py).
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
# A <script> of JSON data in a page (Material's config): words there are no markup.
DATA_BLOCK = re.compile(r"<script\b[^>]*\btype=\"application/json\"[^>]*>.*?</script\s*>", re.S | re.I)
# Elements a browser makes where the HTML does not write them.
IMPLIED = {"html", "head", "body", "tbody"}
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


def _is(token, literals: str) -> bool:
    return token.type == "literal" and token.value in literals


def _required(selector: list) -> list[str]:
    """Class names, exact attribute values and element names a selector needs (top level
    only)."""
    needs = []
    tokens = [t for t in selector if t.type != "comment"]
    for before, token in zip([None, *tokens], tokens, strict=False):
        if token.type == "ident" and before is not None and _is(before, "."):
            needs.append(token.value)
        elif token.type == "ident" and (before is None or before.type == "whitespace" or _is(before, ">+~")):
            # An element: its name is in a page (<kbd>) or a script that makes one.
            if token.lower_value not in IMPLIED:
                needs.append(token.lower_value)
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
    """Material's stylesheets in `folder`, slimmed to the selectors `present` can match,
    as {"main": css, "palette": css} in the order pages link them; the files go."""
    # Imported here, not at the top: a hook is loaded before data_check.py puts the
    # project on sys.path.
    from macros.material_adapter import STYLESHEETS, stylesheet_pattern

    found = {}
    for original in sorted(folder.glob("*.min.css")):
        match = stylesheet_pattern().fullmatch(original.name)
        if match:  # not ours, nor an earlier build's (mkdocs serve rebuilds)
            found[match["name"]] = prune_css(original.read_text(encoding="utf-8"), present)
            for stale in folder.glob(f"{original.name}*"):  # the file and its source map
                stale.unlink()
    return {name: found[name] for name in STYLESHEETS if name in found}


VAR = re.compile(r"var\(\s*(--[\w-]+)")
CUSTOM_PROPERTY = re.compile(r"--[A-Za-z_][\w-]*")
ANIMATION = re.compile(r"animation(?:-name)?\s*:([^;}]*)", re.I)


def _drop(rules: list, read: set[str], run: set[str]) -> str:
    out = []
    for rule in rules:
        if rule.type == "qualified-rule":
            body = tinycss2.parse_blocks_contents(rule.content, skip_comments=True, skip_whitespace=True)
            kept = [d for d in body if not (d.type == "declaration" and d.name.startswith("--") and d.name not in read)]
            if len(kept) == len(body):
                out.append(rule.serialize())
            elif kept:
                out.append(f"{tinycss2.serialize(rule.prelude)}{{{';'.join(d.serialize() for d in kept)}}}")
        elif rule.type == "at-rule" and rule.lower_at_keyword in GROUPING and rule.content is not None:
            inner = _drop(tinycss2.parse_rule_list(rule.content, skip_comments=True, skip_whitespace=True), read, run)
            if inner:
                out.append(f"@{rule.at_keyword}{tinycss2.serialize(rule.prelude)}{{{inner}}}")
        elif rule.type == "at-rule" and rule.lower_at_keyword.endswith("keyframes"):
            if tinycss2.serialize(rule.prelude).strip() in run:
                out.append(rule.serialize())
        else:
            out.append(rule.serialize())
    return "".join(out)


def drop_unused(material: list[str], ours: str, mentioned: str) -> list[str]:
    """Material's stylesheets without the custom properties that nothing reads and the
    @keyframes that no animation runs. Read: a var() in any of the stylesheets (ours too),
    or the property's name anywhere in `mentioned` (pages and scripts: inline styles,
    getPropertyValue). Repeated until nothing more goes (a property read only by one that
    went goes next)."""
    named = set(CUSTOM_PROPERTY.findall(mentioned))
    while True:
        text = "".join(material) + ours
        read = set(VAR.findall(text)) | named
        run = {word for value in ANIMATION.findall(text) for word in WORD.findall(value)}
        slimmer = [
            _drop(tinycss2.parse_stylesheet(css, skip_comments=True, skip_whitespace=True), read, run)
            for css in material
        ]
        if slimmer == material:
            return material
        material = slimmer


COMBINED = "site"
LINK = re.compile(r'<link rel="stylesheet" href="(?P<href>[^"]+)">\n?')


def combine_stylesheets(site: Path, material: dict[str, str], ours: list[str], mentioned: str) -> list[tuple[str, str]]:
    """Write Material's slimmed stylesheets and ours (site-relative paths, minified already)
    as one file, assets/stylesheets/site.<hash>.min.css; our originals go. Returns
    [(path a page links, what it becomes)]: the first becomes the one file, the others ""."""
    folder = site / "assets" / "stylesheets"
    own = []
    for path in ours:
        if not (site / path).is_file():
            raise PluginError(f"extra_css: {path} is not in the built site")
        own.append((site / path).read_text(encoding="utf-8"))
    parts = [*drop_unused(list(material.values()), "".join(own), mentioned), *own]
    # @charset counts only at the very start of a file: one, there.
    body = "".join(re.sub(r'^@charset "[^"]*";', "", css) for css in parts)
    css = '@charset "UTF-8";' + body
    digest = hashlib.sha256(css.encode()).hexdigest()[:8]
    name = f"{COMBINED}.{digest}.min.css"
    for stale in folder.glob(f"{COMBINED}.*.min.css"):  # earlier builds (mkdocs serve)
        stale.unlink()
    (folder / name).write_text(css, encoding="utf-8")
    for path in ours:
        (site / path).unlink()
    from macros.material_adapter import STYLESHEETS  # see slim_stylesheets

    combined = f"assets/stylesheets/{name}"
    sources = [sheet for sheet in STYLESHEETS if sheet in material] + list(ours)
    return [(source, combined if i == 0 else "") for i, source in enumerate(sources)]


def relink_stylesheets(html: str, page: str, links: list[tuple[str, str]]) -> str:
    """A page that links the combined stylesheets, in their order, links the one file."""
    from macros.material_adapter import stylesheet_pattern  # see slim_stylesheets

    def source_of(href: str) -> str | None:
        for source, _ in links:
            match = stylesheet_pattern().search(href)
            if match and match["name"] == source or href.endswith(source):
                return source
        return None

    found = [(m, source_of(m["href"])) for m in LINK.finditer(html)]
    found = [(m, source) for m, source in found if source]
    if not found:
        return html
    if [source for _, source in found] != [source for source, _ in links]:
        raise PluginError(
            f"{page} links the stylesheets {[m['href'] for m, _ in found]}, "
            f"not {[source for source, _ in links]} in this order: they cannot become one file"
        )
    out, last = [], 0
    for (match, _), (_, becomes) in zip(found, links, strict=True):
        out.append(html[last : match.start()])
        if becomes:
            href = match["href"]
            prefix = href[: href.rindex("assets/stylesheets/")] if "assets/stylesheets/" in href else ""
            out.append(match[0].replace(href, prefix + becomes))
        last = match.end()
    out.append(html[last:])
    return "".join(out)


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


# Our scripts that a page must wait for, in <head> before Material's inline storage
# helpers (overrides/main.html, libs block): they come inline, with no request of their
# own (and no round trip before the first paint). The CSP allows them by hash (hooks/csp.py).
INLINE = ("storage-fallback.js", "edition.js")


def inline_scripts(site: Path) -> dict[str, str]:
    """{name: minified text} of the INLINE scripts in the site; their files go."""
    folder = site / "assets" / "javascripts"
    texts = {}
    for name in INLINE:
        if (folder / name).is_file():
            text = (folder / name).read_text(encoding="utf-8").strip()
            if re.search(r"</script|<!--", text, re.I):
                raise PluginError(f"{name} cannot go inline: it holds </script or <!--")
            texts[name] = text
            (folder / name).unlink()
    return texts


def put_inline(html: str, texts: dict[str, str]) -> str:
    """A page's <script src=".../name"></script> for each of `texts`, as the script itself."""
    for name, text in texts.items():
        tag = re.compile(rf'<script src="[^"]*\bassets/javascripts/{re.escape(name)}"></script>')
        html = tag.sub(lambda _, text=text: f"<script>{text}</script>", html)
    return html


# Attributes no browser or script reads: data-search-exclude did its work when the search
# index was built; an SVG element inside HTML is SVG by its name, not by xmlns.
UNREAD = re.compile(
    r'(<[A-Za-z][^<>]*?)\s(?:data-search-exclude(?:="")?|xmlns="http://www\.w3\.org/2000/svg")(?=[\s/>])'
)


def strip_indentation(html: str) -> str:
    """HTML without leading whitespace on its lines and without UNREAD attributes, except
    inside verbatim blocks."""
    parts = VERBATIM.split(html)
    out = []
    # re.split with two groups yields: text, block, tag name, text, block, tag name, ...
    for i in range(0, len(parts), 3):
        out.append(UNREAD.sub(r"\1", INDENT.sub("\n", parts[i])))
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


def class_words(site: Path, pages: list[str], switches: set[str]) -> tuple[set[str], str]:
    """Every word that could name a class or attribute value on a page of this build (see
    step 1), and the text of the pages and scripts, where custom properties may be named."""
    from macros.material_adapter import WORKER_FOLDERS, bundle_only_words, bundle_pattern  # see slim_stylesheets

    scripts = site / "assets" / "javascripts"
    texts, bundle = [], []
    for path in site.rglob("*.js"):
        inside = path.relative_to(scripts).parts if path.is_relative_to(scripts) else ()
        if inside and inside[0] in WORKER_FOLDERS:
            continue
        text = path.read_text(encoding="utf-8", errors="replace")
        if text.startswith(DATA_ONLY):
            continue
        (bundle if bundle_pattern(folded=True).fullmatch(path.name) else texts).append(text)
    on_pages = words_in(pages)
    # A family's page word counts in markup, not in Material's JSON config ("annotate": null).
    markup = words_in(DATA_BLOCK.sub("", page) for page in pages)
    present = on_pages | words_in(texts) | (words_in(bundle) - bundle_only_words(switches, markup))
    return present, "".join([*pages, *texts, *bundle])


def run(site: Path, switches: set[str] = frozenset(), extra_css: list[str] = ()) -> None:
    """Read every page and script once, slim the stylesheets and make them one, fold the
    adapter into the bundle, put the INLINE scripts inline, write each page once. `switches`: the theme features and
    plugins this build has on; `extra_css`: our stylesheets, as mkdocs.yml lists them."""
    from macros.material_adapter import bundle_pattern  # see slim_stylesheets

    pages = {path: path.read_text(encoding="utf-8") for path in site.rglob("*.html")}
    present, mentioned = class_words(site, list(pages.values()), set(switches))
    material = slim_stylesheets(site / "assets" / "stylesheets", present)
    minify_own_assets(site)
    ours = [path for path in extra_css if "://" not in path and path.endswith(".css")]
    links = combine_stylesheets(site, material, ours, mentioned) if material else []
    names = fold_adapter(site / "assets" / "javascripts")
    inline = inline_scripts(site)
    for path, html in pages.items():
        done = put_inline(strip_indentation(html), inline)
        if links:
            done = relink_stylesheets(done, path.relative_to(site).as_posix(), links)
        # Material's name, or our copy's (mkdocs serve rebuilds), becomes the new name.
        done = bundle_pattern(folded=True).sub(lambda m: names.get(m["name"], m[0]), done)
        if done != html:
            path.write_text(done, encoding="utf-8")


def switches_of(config) -> set[str]:
    """What this build turns on that BUNDLE_ONLY asks about: theme features, plugins (by
    their short name), "extra.version"."""
    on = set(config.theme.get("features") or [])
    on |= {name.split("/")[-1] for name in config.plugins}
    if (config.extra or {}).get("version"):
        on.add("extra.version")
    return on


def on_post_build(config):
    run(Path(config.site_dir), switches_of(config), list(config.extra_css))
