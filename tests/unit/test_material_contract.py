"""The contract with Material for MkDocs: what the site relies on beyond Material's
documented ways, checked against the installed package (its bundle, search worker,
stylesheet, templates and offline plugin).

The assumptions are values in the two adapters, docs/assets/javascripts/material-adapter.js
(its MATERIAL object, read here as JSON) and macros/material_adapter.py, plus two that
cannot live there (named in WHERE). An upgrade that changes one fails here with one
line: the assumption, what the installed Material does now, and where the site relies
on it. Each check is also shown to fail on a broken assumption (the last test).
"""

from __future__ import annotations

import copy
import importlib.metadata
import inspect
import json
import re
from dataclasses import dataclass, field
from inspect import ismodule
from pathlib import Path
from types import SimpleNamespace

import material
import pymdownx.tasklist
import pytest
from helpers import MATERIAL_TEMPLATES, ROOT

from macros import material_adapter

ADAPTER_JS = ROOT / "docs" / "assets" / "javascripts" / "material-adapter.js"
JS = "docs/assets/javascripts/material-adapter.js"
PY = "macros/material_adapter.py"


def adapter_js_values(text: str) -> dict:
    """The MATERIAL object of material-adapter.js (written as JSON for this test)."""
    match = re.search(r"var MATERIAL = (\{.*?\n  \});", text, re.S)
    assert match, f"{JS}: no `var MATERIAL = {{...}};` block"
    return json.loads(match.group(1))


def block(template: str, name: str) -> str:
    """The text of a Jinja block in a template."""
    match = re.search(rf"{{% block {name} %}}(.*?){{% endblock %}}", template, re.S)
    return match.group(1) if match else ""


@dataclass
class Material:
    """The parts of the installed Material the checks read."""

    version: str
    bundle: str
    worker: str
    main_css: str
    stylesheets: list[str]
    scripts: list[str]
    templates: dict[str, str] = field(default_factory=dict)
    offline_plugin: str = ""

    @classmethod
    def installed(cls) -> Material:
        scripts = MATERIAL_TEMPLATES / "assets" / "javascripts"
        styles = MATERIAL_TEMPLATES / "assets" / "stylesheets"
        [bundle] = scripts.glob("bundle.*.min.js")
        [worker] = (scripts / "workers").glob("search.*.min.js")
        [main_css] = styles.glob("main.*.min.css")
        names = ("base.html", "partials/search.html", "partials/header.html", "partials/footer.html")
        names += ("partials/javascripts/base.html", "partials/languages/zh.html")
        return cls(
            version=importlib.metadata.version("mkdocs-material"),
            bundle=bundle.read_text("utf-8"),
            worker=worker.read_text("utf-8"),
            main_css=main_css.read_text("utf-8"),
            stylesheets=sorted(p.name for p in styles.iterdir()),
            scripts=sorted(p.name for p in scripts.iterdir()),
            templates={name: (MATERIAL_TEMPLATES / name).read_text("utf-8") for name in names},
            offline_plugin=(Path(material.__file__).parent / "plugins" / "offline" / "plugin.py").read_text("utf-8"),
        )


@dataclass
class Contract:
    js: dict  # material-adapter.js's MATERIAL
    py: SimpleNamespace  # macros/material_adapter.py's values
    m: Material

    @classmethod
    def now(cls) -> Contract:
        values = {k: v for k, v in vars(material_adapter).items() if not k.startswith("_") and not ismodule(v)}
        return cls(adapter_js_values(ADAPTER_JS.read_text("utf-8")), SimpleNamespace(**values), Material.installed())


# -- the checks: each returns what no longer holds, or None ----------------------------


def worker_file(c: Contract):
    path = re.search(r'"search":\s*"([^"]+)"\s*\|\s*url', c.m.templates["base.html"])
    if not path:
        return "base.html's __config names no search worker"
    if not re.search(c.js["worker"], "/" + path.group(1)):
        return f"the search worker is {path.group(1)}, which MATERIAL.worker {c.js['worker']!r} does not match"
    if "new Worker(" not in c.m.bundle:
        return "the bundle no longer starts its worker with new Worker(url)"


def index_request(c: Contract):
    if '"search/search_index.json"' not in c.m.bundle:
        return "the bundle no longer names search/search_index.json"
    if not re.search(c.js["index"], "/search/search_index.json"):
        return f"MATERIAL.index {c.js['index']!r} does not match /search/search_index.json"
    if not re.search(r'new XMLHttpRequest;[^;]*\.open\("GET"', c.m.bundle):
        return "the bundle no longer fetches with XMLHttpRequest (the adapter holds back its send())"


def message_setup(c: Contract):
    n = c.js["message"]["setup"]
    if not re.search(rf"\{{type:{n},data:\{{config:\w+,docs:\w+", c.m.bundle):
        return f"the bundle no longer sends the index as {{type:{n}, data:{{config, docs}}}}"
    if not re.search(rf"case {n}:[^;]*\.data\.config", c.m.worker):
        return f"the worker no longer sets up on message type {n}"


def message_ready(c: Contract):
    n = c.js["message"]["ready"]
    if not re.search(rf"\{{type:{n}\}}", c.m.worker):
        return f"the worker no longer answers set-up with {{type:{n}}}"
    if not re.search(rf"\.type==={n}\}}", c.m.bundle):
        return f"the bundle no longer waits for message type {n} before its first query"


def message_query(c: Contract):
    n = c.js["message"]["query"]
    if not re.search(rf"\{{type:{n},data:\w+\}}", c.m.bundle):
        return f"the bundle no longer sends a query as {{type:{n}, data:text}}"
    if not re.search(rf"case {n}:(let|var|const) \w+=\w+\.data;", c.m.worker):
        return f"the worker no longer reads a query string from message type {n}"


def message_result(c: Contract):
    n = c.js["message"]["result"]
    if not re.search(rf"\{{type:{n},data:\{{items:\[\]\}}\}}", c.m.worker):
        return f"the worker no longer answers with {{type:{n}, data:{{items}}}}"
    if not re.search(rf"\.type==={n}\}}", c.m.bundle):
        return f"the bundle no longer reads results from message type {n}"


def query_event(c: Contract):
    event = c.js["queryEvent"]
    if not re.search(rf'\b\w+\((?!window\b)\w+,"{re.escape(event)}"\)', c.m.bundle):
        return f"the search box is no longer read on {event!r} (MATERIAL.queryEvent)"
    if re.search(r'\b\w+\((?!window\b)\w+,"input"\)', c.m.bundle):
        return "Material reads an input event now: the adapter's key-up for text without one may go"


def reset_reads_nothing(c: Contract):
    if not re.search(r'\b\w+\((\w+)\.form,"reset"\)[^;]{0,60}\.subscribe\(\(\)=>\1\.focus\(\)\)', c.m.bundle):
        return "on the form's reset Material does more than focus the box now: the adapter's key-up after × may go"


def search_toggle(c: Contract):
    toggle = c.js["toggle"]
    if not re.search(rf'<input[^>]*data-md-toggle="search"[^>]*id="{toggle}"', c.m.templates["base.html"]):
        return f'base.html has no search toggle <input data-md-toggle="search" id="{toggle}">'


def has_class(html: str, cls: str, tag: str = r"\w+") -> bool:
    return bool(re.search(rf'<{tag}\b[^>]*class="(?:[^"]* )?{re.escape(cls)}(?: [^"]*)?"', html))


def search_box(c: Contract):
    cls = c.js["searchBox"].lstrip(".")
    if not has_class(c.m.templates["partials/search.html"], cls, "input"):
        return f"partials/search.html has no <input class={cls!r}> (MATERIAL.searchBox)"


def search_openers(c: Contract):
    html = c.m.templates["partials/header.html"] + c.m.templates["partials/search.html"]
    for part in (p.strip() for p in c.js["searchOpeners"].split(",")):
        label = re.fullmatch(r"label\[for='([\w-]+)'\]", part)
        if label and not re.search(rf'<label[^>]*for="{label.group(1)}"', c.m.templates["partials/header.html"]):
            return f"partials/header.html has no <label for={label.group(1)!r}> (MATERIAL.searchOpeners)"
        if part.startswith(".") and not has_class(html, part[1:]):
            return f"no element of class {part[1:]!r} in the header or search partials (MATERIAL.searchOpeners)"


def results_box(c: Contract):
    cls = c.js["resultsBox"].lstrip(".")
    if not re.search(rf'class="{re.escape(cls)}" tabindex="0"', c.m.templates["partials/search.html"]):
        return f'partials/search.html has no tab stop class="{cls}" tabindex="0" (MATERIAL.resultsBox)'


def bundle_class(key: str):
    def check(c: Contract):
        cls = c.js[key].lstrip(".")
        if f'class:"{cls}"' not in c.m.bundle:
            return f"the bundle no longer creates elements of class {cls!r} (MATERIAL.{key})"

    check.__name__ = f"bundle_class_{key}"
    return check


def drawer(c: Contract):
    toggle, label = c.js["drawerToggle"], re.fullmatch(r"\.([\w-]+)\[for='([\w-]+)'\]", c.js["drawerLabel"])
    if not re.search(rf'<input[^>]*data-md-toggle="drawer"[^>]*id="{toggle}"', c.m.templates["base.html"]):
        return f'base.html has no drawer toggle <input data-md-toggle="drawer" id="{toggle}"> (MATERIAL.drawerToggle)'
    header = c.m.templates["partials/header.html"]
    if not label or not re.search(rf'<label class="{label[1]}[^"]*" for="{label[2]}"', header):
        return f"partials/header.html has no menu label {c.js['drawerLabel']} (MATERIAL.drawerLabel)"
    for part in (p.strip().lstrip(".") for p in c.js["drawerClosers"].split(",")):
        if not has_class(c.m.templates["base.html"] + c.m.templates["partials/footer.html"], part):
            return f"no element of class {part!r} in base.html or the footer (MATERIAL.drawerClosers)"


def highlight(c: Contract):
    param = c.js["highlight"]
    if f'searchParams.set("{param}",' not in c.m.bundle:
        return f"a search result's link no longer carries its words as ?{param}= (MATERIAL.highlight)"
    if f'searchParams.get("{param}")' not in c.m.bundle:
        return f"the page no longer marks the words of ?{param}= (MATERIAL.highlight)"


def theme_classes(c: Contract):
    for key, cls in vars(c.py.THEME).items():
        if key == "task_list":  # pymdownx.tasklist's list, whose items Material styles
            if f'"{cls}"' not in inspect.getsource(pymdownx.tasklist):
                return f"pymdownx.tasklist no longer writes class {cls!r} (THEME.{key})"
        elif not re.search(rf"\.{re.escape(cls)}(?![\w-])", c.m.main_css):
            return f"Material's stylesheet no longer styles .{cls} (THEME.{key})"
    for cls in (c.py.THEME.scrollwrap, c.py.THEME.table):
        if f'"{cls}"' not in c.m.bundle:
            return f"the bundle no longer wraps tables in .{cls} (THEME)"


def file_names(c: Contract):
    pattern = c.py.stylesheet_pattern()
    for name in c.py.STYLESHEETS:
        files = [f for f in c.m.stylesheets if (m := pattern.fullmatch(f)) and m["name"] == name]
        if len(files) != 1:
            return f"no one stylesheet {name}.<hash>.min.css matches the adapter's pattern: {c.m.stylesheets}"
        if f"'assets/stylesheets/{files[0]}'" not in c.m.templates["base.html"]:
            return f"base.html no longer links assets/stylesheets/{files[0]}"
    base = c.m.templates["base.html"]
    order = [base.find(f"'assets/stylesheets/{name}.") for name in c.py.STYLESHEETS] + [base.find("config.extra_css")]
    if -1 in order or order != sorted(order):
        return f"base.html no longer links {', '.join(c.py.STYLESHEETS)}, then extra_css, in this order"
    bundles = [f for f in c.m.scripts if c.py.bundle_pattern().fullmatch(f)]
    if len(bundles) != 1:
        return f"no one bundle {c.py.BUNDLE}.<hash>.min.js matches the adapter's pattern: {c.m.scripts}"
    if f"'assets/javascripts/{bundles[0]}'" not in block(c.m.templates["base.html"], "scripts"):
        return f"base.html's scripts block no longer loads assets/javascripts/{bundles[0]}"


def bundle_script_tag(c: Contract):
    scripts = block(c.m.templates["base.html"], "scripts")
    if c.py.SCRIPT_TAG + "\"{{ 'assets/javascripts/bundle." not in scripts:
        return f"base.html's scripts block no longer writes its bundle as {c.py.SCRIPT_TAG}... (SCRIPT_TAG)"
    if "script_tag" not in scripts:
        return "base.html's scripts block no longer writes extra_javascript with script_tag"


def offline_shim(c: Contract):
    if "iframe-worker" not in c.m.offline_plugin or 'config.extra["polyfills"].append' not in c.m.offline_plugin:
        return "the offline plugin no longer adds its iframe-worker shim to extra.polyfills"
    base = c.m.templates["base.html"]
    if "config.extra.polyfills" not in block(base, "libs") or base.count("config.extra.polyfills") != 1:
        return "base.html writes extra.polyfills elsewhere than its libs block"


def storage_helpers(c: Contract):
    helpers = c.m.templates["partials/javascripts/base.html"]
    # __md_get=(e,_=localStorage,t=__md_scope)=>JSON.parse(_.getItem(t.pathname+"."+e))
    if not re.search(
        r'__md_get=\([^)]*localStorage[^)]*\)=>JSON\.parse\(\w+\.getItem\(\w+\.pathname\+"\."\+\w+\)\)', helpers
    ):
        return 'Material\'s inline __md_get no longer JSON.parses localStorage "<scope path>.<key>"'
    keys = re.findall(r'__md_[gs]et\("([^"]*)"', c.m.bundle)
    if not keys or any(not key.startswith("__") for key in keys):
        return f"the bundle's storage keys no longer all start with __: {sorted(set(keys))}"


HEAD_SCRIPT = ROOT / "docs" / "assets" / "javascripts" / "storage-fallback.js"
SITE_CSS = ROOT / "docs" / "assets" / "stylesheets" / "site.css"


def no_js_class(c: Contract):
    no_js, js = c.py.NO_JS, c.py.JS
    if not re.search(rf'<html\b[^>]*class="{re.escape(no_js)}"', c.m.templates["base.html"]):
        return f'base.html no longer writes <html class="{no_js}"> (NO_JS)'
    if f'classList.remove("{no_js}")' not in c.m.bundle or f'classList.add("{js}")' not in c.m.bundle:
        return f"the bundle no longer swaps the class {no_js!r} on <html> for {js!r} (NO_JS, JS)"
    head = HEAD_SCRIPT.read_text("utf-8")
    if f'remove("{no_js}")' not in head or f'add("{js}")' not in head:
        return "storage-fallback.js no longer makes the same swap before the first paint (NO_JS, JS)"
    if f".{no_js} " not in SITE_CSS.read_text("utf-8"):
        return f"site.css hides nothing under .{no_js} any more: NO_JS and the early swap may go"


def worker_folders(c: Contract):
    search = re.search(r'"search":\s*"([^"]+)"\s*\|\s*url', c.m.templates["base.html"])
    folder, lunr = c.py.WORKER_FOLDERS
    if not search or not search.group(1).startswith(f"assets/javascripts/{folder}/"):
        return f"the search worker is no longer in assets/javascripts/{folder}/ (WORKER_FOLDERS)"
    if f'"../{lunr}"' not in c.m.worker or lunr not in c.m.scripts:
        return (
            f"the search worker no longer imports its language files from assets/javascripts/{lunr}/ (WORKER_FOLDERS)"
        )


SELECTOR_WORD = r"(?:\.{0}(?![\w-])|=[\"']?{0}[\"'\]])"


def bundle_only(c: Contract):
    for family in c.py.BUNDLE_ONLY:
        for switch in family.on:
            if "." in switch and switch != "extra.version" and f'V("{switch}")' not in c.m.bundle:
                return f"the bundle no longer has the feature {switch!r} (BUNDLE_ONLY: {family.name})"
        for word in family.words:
            if not re.search(SELECTOR_WORD.format(re.escape(word)), c.m.main_css):
                return f"Material's stylesheet no longer needs {word!r} in a selector (BUNDLE_ONLY: {family.name})"


def alternate_sitemaps(c: Contract):
    found = re.search(r'M\("link\[rel=alternate\]"\).{0,400}?h\(document\.body,"click"\)', c.m.bundle)
    if not found:
        return "the bundle no longer reads <link rel=alternate> and takes over clicks on document.body"
    sitemap = re.search(r'new URL\("sitemap\.xml",\w+\)', c.m.bundle)
    if not sitemap or not re.search(c.js["sitemap"], "/sitemap.xml"):
        return f"the bundle no longer fetches sitemap.xml beside alternate links (MATERIAL.sitemap {c.js['sitemap']!r})"


def config_block(c: Contract):
    base = c.m.templates["base.html"]
    if f'<script id="{c.py.CONFIG_ID}" type="application/json">' not in base:
        return f'base.html no longer hands the bundle its settings in <script id="{c.py.CONFIG_ID}">'
    if not re.search(r'"translations":\s*\{', base):
        return "base.html's settings no longer hold the words the bundle shows (translations)"


def alternate_links(c: Contract):
    base, header = c.m.templates["base.html"], c.m.templates["partials/header.html"]
    if '<link rel="alternate" href="{{ alt.link | url }}" hreflang=' not in block(base, "site_meta"):
        return 'base.html no longer writes extra.alternate as <link rel="alternate" href=... hreflang> in <head>'
    if not re.search(r'\{% if config\.extra\.alternate %\}\s*\{% include "partials/alternate\.html" %\}', header):
        return "the header no longer includes partials/alternate.html when extra.alternate is set"
    if not re.search(r"\{% macro t\(key\) %\}", c.m.templates["partials/languages/zh.html"]):
        return "partials/languages/zh.html no longer defines the t(key) macro the editions' language files import"


def adapter_versions(c: Contract):
    if c.js["version"] != c.py.MATERIAL_VERSION:
        return f"{JS} was read from Material {c.js['version']}, {PY} from {c.py.MATERIAL_VERSION}"
    if c.m.version != c.py.MATERIAL_VERSION:
        return (
            f"the adapters were read from Material {c.py.MATERIAL_VERSION}, {c.m.version} is installed: "
            "if every other check passes, set the new version in both"
        )


# (assumption, where the site relies on it, check)
CHECKS = [
    ("the search worker's file", f"{JS} MATERIAL.worker", worker_file),
    ("the search index request", f"{JS} MATERIAL.index", index_request),
    ("worker message 'setup'", f"{JS} MATERIAL.message", message_setup),
    ("worker message 'ready'", f"{JS} MATERIAL.message", message_ready),
    ("worker message 'query'", f"{JS} MATERIAL.message", message_query),
    ("worker message 'result'", f"{JS} MATERIAL.message", message_result),
    ("the search box is read on key-up", f"{JS} MATERIAL.queryEvent", query_event),
    ("× (the form's reset) sends no query", f"{JS} onReset", reset_reads_nothing),
    ("the search toggle", f"{JS} MATERIAL.toggle", search_toggle),
    ("the search box's class", f"{JS} MATERIAL.searchBox", search_box),
    ("what opens search", f"{JS} MATERIAL.searchOpeners", search_openers),
    ("the results box is a tab stop", f"{JS} MATERIAL.resultsBox", results_box),
    ("a search result's class", f"{JS} MATERIAL.resultItem", bundle_class("resultItem")),
    ("the code toolbar's class", f"{JS} MATERIAL.codeNav", bundle_class("codeNav")),
    ("the navigation drawer's toggle and menu label", f"{JS} MATERIAL.drawer*", drawer),
    ("a result's words in the address, marked on its page", f"{JS} MATERIAL.highlight", highlight),
    ("classes the renderers write", f"{PY} THEME", theme_classes),
    ("Material's file names", f"{PY} STYLESHEETS, BUNDLE", file_names),
    ("how the scripts block writes the bundle", f"{PY} SCRIPT_TAG", bundle_script_tag),
    ("the offline plugin's shim", "overrides/main.html libs and scripts blocks", offline_shim),
    (
        "Material's storage helpers",
        "docs/assets/javascripts/storage-fallback.js (runs in <head>, before the adapter can)",
        storage_helpers,
    ),
    (
        "the class on <html> until scripts run",
        f"{PY} NO_JS, JS: site.css hides the print button and /print/'s choice; storage-fallback.js swaps early",
        no_js_class,
    ),
    ("the search worker's folders", f"{PY} WORKER_FOLDERS", worker_folders),
    ("what the bundle names for features left off", f"{PY} BUNDLE_ONLY", bundle_only),
    ("alternate links are language roots with a sitemap", f"{JS} MATERIAL.sitemap, section 6", alternate_sitemaps),
    ("the bundle's settings and words", f"{PY} CONFIG_ID (hooks/zh_hant.py converts the words)", config_block),
    (
        "the editions' language links and language files",
        "hooks/editions.py HEAD_LINK, overrides/partials/alternate.html and languages/",
        alternate_links,
    ),
    ("the version the adapters were read from", f"{JS} MATERIAL.version, {PY} MATERIAL_VERSION", adapter_versions),
]
IDS = [check.__name__ for _, _, check in CHECKS]


@pytest.fixture(scope="module")
def contract() -> Contract:
    return Contract.now()


@pytest.mark.parametrize(("assumption", "where", "check"), CHECKS, ids=IDS)
def test_installed_material_keeps_the_contract(contract, assumption, where, check):
    problem = check(contract)
    if problem:
        pytest.fail(f"Material {contract.m.version}, {assumption}: {problem} [{where}]", pytrace=False)


def test_every_value_of_the_js_adapter_is_checked(contract):
    """A value added to MATERIAL without a check would be an assumption nobody tests."""
    checked = {"version", "worker", "index", "sitemap", "message", "queryEvent", "toggle", "searchBox"}
    checked |= {"searchOpeners", "resultsBox", "resultItem", "codeNav", "drawerToggle", "drawerLabel", "drawerClosers"}
    checked |= {"highlight"}
    assert set(contract.js) == checked


def reword(part: str, old: str, new: str):
    """An upgrade, simulated: Material's bundle, worker, plugin or a template changes."""

    def change(c: Contract):
        texts = c.m.templates if part in c.m.templates else vars(c.m)
        assert old in texts[part], (part, old)
        texts[part] = texts[part].replace(old, new)

    return change


def set_js(key: str, value):
    def change(c: Contract):
        if isinstance(value, dict):
            c.js[key].update(value)
        else:
            c.js[key] = value

    return change


def set_py(name: str, value):
    def change(c: Contract):
        setattr(c.py, name, value)

    return change


# A change to one adapter value, or an upgrade simulated by editing Material's text:
# each check must then fail.
BREAKS = {
    "worker_file": set_js("worker", "/workers/search\\.min\\.js$"),
    "index_request": reword("bundle", "new XMLHttpRequest", "new XMLHttpRequestX"),
    "message_setup": set_js("message", {"setup": 4}),
    "message_ready": set_js("message", {"ready": 0}),
    "message_query": set_js("message", {"query": 5}),
    "message_result": set_js("message", {"result": 2}),
    "query_event": set_js("queryEvent", "input"),
    "reset_reads_nothing": reword(
        "bundle",
        '.subscribe(()=>e.focus());let n=j("header',
        '.subscribe(()=>{e.focus(),t.next({type:2,data:""})});let n=j("header',
    ),
    "search_toggle": set_js("toggle", "__find"),
    "search_box": set_js("searchBox", ".md-search__field"),
    "search_openers": set_js("searchOpeners", "label[for='__find'], .md-search"),
    "results_box": reword("partials/search.html", 'tabindex="0" data-md-scrollfix', "data-md-scrollfix"),
    "bundle_class_resultItem": set_js("resultItem", ".md-search-result__entry"),
    "bundle_class_codeNav": reword("bundle", '"md-code__nav"', '"md-code__toolbar"'),
    "drawer": set_js("drawerLabel", ".md-header__button[for='__menu']"),
    "highlight": set_js("highlight", "hl"),
    "theme_classes": reword("main_css", ".admonition-title", ".admonition-head"),
    "file_names": set_py("STYLESHEETS", ("main", "palette", "print")),
    "bundle_script_tag": set_py("SCRIPT_TAG", "<script async src="),
    "offline_shim": reword("offline_plugin", "iframe-worker", "sw-shim"),
    "storage_helpers": reword("bundle", '__md_get("__', '__md_get("md'),
    "no_js_class": reword("bundle", 'classList.remove("no-js")', 'classList.remove("nojs")'),
    "worker_folders": set_py("WORKER_FOLDERS", ("worker", "lunr")),
    "bundle_only": reword("main_css", ".md-tooltip2", ".md-hint"),
    "alternate_sitemaps": set_js("sitemap", "/sitemaps/index\\.xml$"),
    "config_block": set_py("CONFIG_ID", "__settings"),
    "alternate_links": reword("partials/header.html", '"partials/alternate.html"', '"partials/languages.html"'),
    "adapter_versions": set_js("version", "9.7.0"),
}


def test_every_check_has_a_break():
    assert sorted(BREAKS) == sorted(IDS)


@pytest.mark.parametrize(("assumption", "where", "check"), CHECKS, ids=IDS)
def test_each_check_fails_when_its_assumption_breaks(contract, assumption, where, check):
    broken = copy.deepcopy(contract)
    BREAKS[check.__name__](broken)
    assert check(broken), f"{check.__name__} did not notice"


def test_file_names_notices_stylesheets_linked_in_another_order(contract):
    """hooks/postbuild.py makes them one file in this order: the cascade depends on it."""
    broken = copy.deepcopy(contract)
    set_py("STYLESHEETS", ("palette", "main"))(broken)
    assert "in this order" in (file_names(broken) or "")
