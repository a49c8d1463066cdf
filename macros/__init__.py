"""mkdocs-macros entry point: registers the renderers as macros, nothing else.

Pages call these, for example `{{ checklist("deposit") }}`; the data is in
data.py, the HTML in render.py.
"""

from __future__ import annotations

import importlib
import logging
import sys
from pathlib import Path

from mkdocs.exceptions import PluginError

# Words of this field that jieba's default dictionary splits or misses. Loaded here,
# not through `search.jieba_dict_user`, because Material resolves that path against
# the working directory, and the build must work from any directory.
USER_DICT = Path(__file__).with_name("jieba_userdict.txt")


def load_search_words() -> None:
    try:
        import jieba
    except ImportError:  # Material's search would not segment at all: fail loudly.
        raise RuntimeError("jieba is not installed; Chinese search needs it (see requirements.txt)") from None
    jieba.setLogLevel(logging.WARNING)
    jieba.load_userdict(str(USER_DICT))


def load_modules():
    """Import model, render and data afresh.

    `mkdocs serve` calls define_env on every rebuild but keeps imported modules,
    so without a reload an edit to data.py would not show until a restart.
    A data mistake becomes one line naming the entry and the field.
    """
    modules = []
    for name in ("model", "render", "data"):  # dependencies first
        full = f"{__name__}.{name}"
        try:
            module = importlib.reload(sys.modules[full]) if full in sys.modules else importlib.import_module(full)
        except Exception as error:
            model = sys.modules.get(f"{__name__}.model")
            if model is not None and isinstance(error, model.DataError):
                raise PluginError(f"macros/data.py: {error}") from None
            raise
        modules.append(module)
    return modules


def define_env(env) -> None:
    load_search_words()
    _, render, data = load_modules()
    book = data.HANDBOOK

    def href(src_uri: str) -> str:
        """Link from the page being rendered to another docs page."""
        use_dirs = env.conf["use_directory_urls"]
        return render.relative_url(render.page_url(src_uri, use_dirs), env.page.url)

    def owner(owner_id: str):
        """A problem or a channel, by id."""
        return book.problem_ids.get(owner_id) or book.channel(owner_id)

    env.variables["handbook"] = book

    @env.macro
    def checklist(problem_id: str, part: str | None = None) -> str:
        return render.checklist(book.problem(problem_id), part)

    @env.macro
    def channel_table() -> str:
        return render.channel_table(book, href)

    @env.macro
    def channel_order(problem_id: str) -> str:
        return render.channel_order(book, book.problem(problem_id), href)

    @env.macro
    def channel_summary(channel_id: str) -> str:
        return render.channel_summary(book.channel(channel_id))

    @env.macro
    def message_template(problem_id: str) -> str:
        return render.message_template(book.problem(problem_id))

    @env.macro
    def fact(fact_id: str) -> str:
        return render.fact(book, fact_id)

    @env.macro
    def facts(owner_id: str) -> str:
        """The facts a problem or a channel rests on."""
        return render.facts(book, owner(owner_id).facts)

    @env.macro
    def sources(owner_id: str | None = None) -> str:
        """The sources of one problem or channel, or every source."""
        if owner_id is None:
            ids = [s.id for s in book.sources]
        else:
            ids = list(owner(owner_id).sources)
        return render.sources_list(book, ids)

    @env.macro
    def symptoms(problem_id: str) -> str:
        return render.bullet_list(book.problem(problem_id).symptoms, "symptoms")

    @env.macro
    def urgent(problem_id: str) -> str:
        return render.urgent_steps(book.problem(problem_id))

    @env.macro
    def dont(problem_id: str) -> str:
        return render.bullet_list(book.problem(problem_id).dont, "dont")

    @env.macro
    def aliases(owner_id: str) -> str:
        """The 也叫 line: other words for a problem or channel, so search finds the page."""
        return render.aliases(owner(owner_id).aliases)

    @env.macro
    def summary(problem_id: str) -> str:
        return render.summary(book.problem(problem_id).summary)

    @env.macro
    def channel_prepare(channel_id: str) -> str:
        return render.bullet_list(book.channel(channel_id).prepare, "prepare")

    @env.macro
    def channel_risks(channel_id: str) -> str:
        return render.bullet_list(book.channel(channel_id).risks, "risks")
