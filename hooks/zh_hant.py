"""Hook, the 繁體中文 edition only (theme.language zh-Hant, mkdocs.zh-Hant.yml): what a
reader sees, converted from the Simplified text once, as it is built (macros/hant.py).

The pages, data, macros and templates are the Simplified ones; every output is converted
once, when it is final, never twice (OpenCC's s2twp is not idempotent once the glossary
has spoken):

- every page and the 404 page, after rendering: text, reader attributes, and the JSON the
  page's scripts read for their words (contracts.WORDS_ID) and Material's translations
  (material_adapter.CONFIG_ID). URLs, ids, data-* values, code, other scripts stay.
- the composer's refusal rules (assets/javascripts/composer-rules.js): their messages; the
  label words and word lists stay (both scripts are in them already: macros/refusals.py).
- after the build: the search index, which Material built from the Simplified pages (each
  of jieba's words converted on its own, so both editions' indexes cut alike and rank
  alike; hooks/search_words.py has put this edition's cross-script table into
  search-words.js by then), and this edition's copies of our scripts (their messages and
  comments; code is ASCII). Runs before hooks/postbuild.py folds and minifies them.

In the Simplified edition it does nothing. Site name, description, navigation titles and
Material's words are converted where they appear, in the pages: nothing is converted in
the configuration, which would convert it twice.
"""

from __future__ import annotations

import json
from pathlib import Path

EDITION = "zh-Hant"


def _on(config) -> bool:
    return config.theme["language"] == EDITION


def data_blocks() -> tuple[str, ...]:
    """The ids of the JSON <script> elements whose string values are reader text."""
    from macros import contracts, material_adapter  # see on_files

    return (contracts.WORDS_ID, material_adapter.CONFIG_ID)


def on_files(files, config):
    if not _on(config):
        return files
    # Imported here, not at the top: hooks/data_check.py has put the project on the path
    # by now, and under `mkdocs serve` it drops changed macros modules.
    from macros import contracts, hant, refusals

    rules = files.get_file_from_path(contracts.COMPOSER_RULES)
    if rules is not None:  # hooks/composer_rules.py, listed before this hook, added it
        rules.content_string = refusals.script(hant.convert_text)
    return files


def on_post_page(output, page, config):
    if not _on(config):
        return output
    from macros import hant

    return hant.convert_html(output, data_blocks())


def on_post_template(output_content, template_name, config):
    if not _on(config) or not template_name.endswith(".html"):
        return output_content
    from macros import hant

    return hant.convert_html(output_content, data_blocks())


def on_post_build(config):
    if not _on(config):
        return
    from macros import hant

    site = Path(config.site_dir)
    index = site / "search" / "search_index.json"
    if index.is_file():
        converted = hant.convert_search_index(json.loads(index.read_text("utf-8")))
        index.write_text(json.dumps(converted, ensure_ascii=False, separators=(",", ":")), "utf-8")
    # Our scripts (docs/assets/javascripts), not generated ones (composer-rules.js: above).
    ours = Path(config.docs_dir) / "assets" / "javascripts"
    for source in sorted(ours.glob("*.js")):
        copy = site / "assets" / "javascripts" / source.name
        if copy.is_file():
            text = copy.read_text("utf-8")
            converted = hant.convert_js(text)
            if converted != text:
                copy.write_text(converted, "utf-8")
