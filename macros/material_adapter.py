"""What the site's Python relies on of Material for MkDocs beyond its documented ways.

Read from mkdocs-material 9.8.2 (requirements.txt). The one Python place that names
Material's private class names, file names and template output; the one script that
does the same in the browser is docs/assets/javascripts/material-adapter.js.
tests/unit/test_material_contract.py checks every value here against the installed
package and names the one an upgrade breaks.

Pure: it imports nothing of the project and nothing of MkDocs. The renderers
(macros/render/) and the hooks (hooks/postbuild.py, hooks/theme_filters.py) use it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from types import SimpleNamespace

MATERIAL_VERSION = "9.8.2"

# Class names the renderers write, so that generated blocks look and behave like the
# theme's own. Material's bundle wraps a plain Markdown table in the two md-typeset__
# classes at run time; generated tables are written wrapped already (the same look
# without JavaScript and in print). admonition and task-list are the Markdown
# extensions' own classes, which Material's stylesheet styles.
THEME = SimpleNamespace(
    admonition="admonition",
    admonition_title="admonition-title",
    scrollwrap="md-typeset__scrollwrap",
    table="md-typeset__table",
    task_list="task-list",
    task_item="task-list-item",
)

# The class base.html puts on <html>, and the one its bundle swaps it for when it starts:
# site.css hides under NO_JS what only our scripts can make work (the print button, the
# choice of sheets on /print/). docs/assets/javascripts/storage-fallback.js, the first script in <head>, makes
# the same swap before the first paint (it says why), naming both classes itself.
NO_JS = "no-js"
JS = "js"

# Material's files as the theme copies them into a site and base.html links them:
# assets/stylesheets/main.<8 hex>.min.css and palette.<8 hex>.min.css, linked in this order
# (hooks/postbuild.py slims them and makes them one file with ours), and
# assets/javascripts/bundle.<8 hex>.min.js (hooks/postbuild.py puts
# docs/assets/javascripts/material-adapter.js in front of it).
STYLESHEETS = ("main", "palette")
BUNDLE = "bundle"
ASSET_HASH = "[0-9a-f]{8}"

# The id of the JSON <script> element in which base.html hands the bundle its settings,
# among them the words it shows (translations: 已复制, search results); hooks/zh_hant.py
# converts those on the 繁體中文 edition.
CONFIG_ID = "__config"

# Scripts that run only inside the search worker, in these folders of assets/javascripts/:
# the worker and the lunr language files it imports. A worker has no document, so no
# class or attribute it names can style anything (hooks/postbuild.py does not read them).
WORKER_FOLDERS = ("workers", "lunr")


# What Material's bundle names but never puts on a page of this site. The bundle holds
# the code of every feature, so its words alone would keep the rules of features this
# site leaves off (hooks/postbuild.py, step 1). Each family: the class names and
# attribute values, and what would make them appear: a theme feature or plugin (`on`;
# "extra.version" for the version selector) that makes the bundle add them, or a word of
# a page's own HTML (`page`). A family with neither is written only by pages (Markdown
# extensions, templates); the bundle merely looks for it. A page that has one of these
# words keeps its rules in any case; a word in two families goes only when both are off.
@dataclass(frozen=True)
class Family:
    name: str
    words: tuple[str, ...]
    on: tuple[str, ...] = ()
    page: tuple[str, ...] = ()


BUNDLE_ONLY = (
    Family(
        "tooltips (Material's own, for titles, previews and footnotes)",
        (
            "md-tooltip2",
            "md-tooltip2__inner",
            "md-tooltip2--top",
            "md-tooltip2--bottom",
            "md-tooltip2--active",
            "tooltip",
        ),
        on=("content.tooltips", "content.footnote.tooltips", "navigation.instant.preview"),
        page=("data-preview",),
    ),
    Family(
        "annotations, and the header's tooltips",
        ("md-annotation", "md-annotation__index", "md-annotation-list", "md-tooltip", "md-tooltip__inner")
        + ("md-tooltip--active", "md-tooltip--inline", "tooltip"),
        on=("content.code.annotate", "content.tooltips"),
        page=("annotate",),
    ),
    Family(
        "content tabs (pymdownx.tabbed)",
        ("tabbed-labels", "tabbed-labels--linked", "tabbed-button", "tabbed-control"),
        on=("content.tabs.link",),
        page=("tabbed-set", "data-tabs"),
    ),
    Family("tags in search results (the tags plugin)", ("md-tags", "md-tag", "md-tag-icon"), on=("tags",)),
    Family(
        "the version selector (extra.version)",
        ("md-version", "md-version__current", "md-version__list", "md-version__item", "md-version__link")
        + ("md-version__alias",),
        on=("extra.version",),
    ),
    Family(
        "repository facts (repo_url: the header's repository link)",
        ("md-source__facts", "md-source__fact", "md-source__repository--active"),
        page=("md-source",),
    ),
    Family("line selection in code blocks", ("hll",), on=("content.code.select",)),
    Family(
        "written by pages only: right-to-left text, footnotes, page status, diagrams, code highlighting, "
        "keys, inline images, admonition type `success`",
        ("rtl", "footnote", "footnote-ref", "md-status", "mermaid", "highlight", "keys", "inline", "success"),
    ),
)


def bundle_only_words(switches: set[str], page_words: set[str]) -> set[str]:
    """Words of BUNDLE_ONLY that the bundle's mention alone must not keep in this build:
    their family is off (no switch in `switches`, no trigger word in `page_words`)."""
    off: set[str] = set()
    on: set[str] = set()
    for family in BUNDLE_ONLY:
        lit = any(s in switches for s in family.on) or any(w in page_words for w in family.page)
        (on if lit else off).update(family.words)
    return off - on


# How Material's `scripts` block writes its bundle (and any extra_javascript): a plain,
# blocking <script src=...>. overrides/main.html passes the block through `defer_scripts`.
SCRIPT_TAG = "<script src="
DEFERRED_SCRIPT_TAG = "<script defer src="


def _asset_pattern(names: tuple[str, ...], suffix: str, ours: bool) -> re.Pattern[str]:
    mine = rf"(?:\.{ASSET_HASH})?" if ours else ""
    return re.compile(rf"(?P<name>{'|'.join(names)})\.(?P<hash>{ASSET_HASH}){mine}\.min\.{suffix}")


def stylesheet_pattern() -> re.Pattern[str]:
    """A file name of Material's stylesheets (hooks/postbuild.py makes them one file with
    ours, named by itself). Groups: name, hash."""
    return _asset_pattern(STYLESHEETS, "css", False)


def bundle_pattern(folded: bool = False) -> re.Pattern[str]:
    """The file name of Material's bundle; with `folded`, also of ours with the adapter
    in front, bundle.<Material's hash>.<our hash>.min.js. Groups: name, hash."""
    return _asset_pattern((BUNDLE,), "js", folded)


def defer_scripts(html: str) -> str:
    """Material's scripts block with every script tag deferred; a block that holds no
    script tag written the way this module expects is an error, never a silent no-op."""
    if SCRIPT_TAG not in html:
        raise ValueError(
            f"Material's scripts block has no {SCRIPT_TAG!r}: macros/material_adapter.py SCRIPT_TAG is out of date"
        )
    return type(html)(str(html).replace(SCRIPT_TAG, DEFERRED_SCRIPT_TAG))
