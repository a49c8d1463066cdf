"""mkdocs-macros entry point: registers the renderers as macros.

Pages call these, for example `{{ checklist("deposit") }}`; the data is in
data.py, the HTML in render.py. Besides the macros, define_env loads the jieba
search words and derives a few settings from mkdocs.yml (configure_site), and
on_post_build makes the built pages smaller (postbuild.py).
"""

from __future__ import annotations

import functools
import importlib
import logging
import sys
from pathlib import Path

from mkdocs.exceptions import PluginError

from . import history

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


# Modification times of model.py, render.py and data.py at their last import.
_loaded_mtimes: dict[str, float] = {}


def load_modules():
    """Import model, render and data, afresh when one of them changed on disk.

    `mkdocs serve` calls define_env on every rebuild but keeps imported modules,
    so without a reload an edit to data.py would not show until a restart. Only
    changed files trigger it: a reload makes new classes, and code holding the old
    ones (DataError in a test, say) would stop recognising them.
    A data mistake becomes one line naming the entry and the field.
    """
    names = ("model", "render", "data")  # dependencies first
    here = Path(__file__).parent
    mtimes = {name: (here / f"{name}.py").stat().st_mtime for name in names}
    stale = bool(_loaded_mtimes) and mtimes != _loaded_mtimes
    modules = []
    for name in names:
        full = f"{__name__}.{name}"
        try:
            if full in sys.modules and stale:
                module = importlib.reload(sys.modules[full])
            else:
                module = importlib.import_module(full)
        except Exception as error:
            model = sys.modules.get(f"{__name__}.model")
            if model is not None and isinstance(error, model.DataError):
                raise PluginError(f"macros/data.py: {error}") from None
            raise
        modules.append(module)
    _loaded_mtimes.update(mtimes)
    return modules


# The branch pull requests go to; edit links open files on it.
BRANCH = "main"

# Vendored iframe-worker shim (MIT): lets search run from file:// in the offline copy.
WORKER_SHIM = "assets/javascripts/iframe-worker-shim.js"


def configure_site(conf) -> str:
    """Settings derived from mkdocs.yml at config time; returns the data module's edit URL.

    - `edit_uri` (the edit button on every page) comes from `extra.repository`, the one
      place the repository is named. There is no `repo_url` on purpose (see mkdocs.yml).
    - Each page's last-changed date from git goes into `extra.last_changed`, which
      overrides/main.html shows; without git history it is empty and no date shows.
    - The offline build gets the vendored worker shim as its only polyfill; Material's
      offline plugin would otherwise add a script from unpkg.com. This must run before
      the offline plugin's own on_config: `macros` is listed first in mkdocs.yml.
    """
    repository = str(conf["extra"].get("repository") or "").rstrip("/")
    if not repository.startswith("https://"):
        raise PluginError("mkdocs.yml: extra.repository must be the repository's https:// URL")
    docs_dir = Path(conf["docs_dir"])
    root = Path(conf["config_file_path"]).parent
    conf["edit_uri"] = f"{repository}/edit/{BRANCH}/{docs_dir.relative_to(root).as_posix()}/"
    conf["extra"]["last_changed"] = history.last_changed(root, docs_dir)
    offline = [p for name, p in conf["plugins"].items() if name.split("/")[-1] == "offline"]
    if any(p.config.enabled for p in offline):
        conf["extra"]["polyfills"] = [WORKER_SHIM]
    from .render import DATA_PATH

    return f"{repository}/edit/{BRANCH}/{DATA_PATH}"


def define_env(env) -> None:
    load_search_words()
    _, render, data = load_modules()
    book = data.HANDBOOK
    data_url = configure_site(env.conf)

    def editable(renderer):
        """Register a block renderer as a macro whose output ends with a 编辑数据 link."""

        @functools.wraps(renderer)
        def macro(*args, **kwargs) -> str:
            return render.with_edit_link(renderer(*args, **kwargs), data_url)

        return env.macro(macro)

    def href(src_uri: str) -> str:
        """Link from the page being rendered to another docs page."""
        use_dirs = env.conf["use_directory_urls"]
        return render.relative_url(render.page_url(src_uri, use_dirs), env.page.url)

    def owner(owner_id: str):
        """A problem or a channel, by id."""
        return book.problem_ids.get(owner_id) or book.channel(owner_id)

    env.variables["handbook"] = book

    @editable
    def checklist(problem_id: str, part: str | None = None) -> str:
        return render.checklist(book.problem(problem_id), part)

    @editable
    def channel_table() -> str:
        return render.channel_table(book, href)

    @editable
    def channel_order(problem_id: str) -> str:
        return render.channel_order(book, book.problem(problem_id), href)

    @editable
    def channel_summary(channel_id: str) -> str:
        return render.channel_summary(book.channel(channel_id))

    @editable
    def message_template(problem_id: str) -> str:
        return render.message_template(book.problem(problem_id))

    @editable
    def triage() -> str:
        """The decision tree of /identify/ (triage.js shows it one question at a time)."""
        return render.triage(book, href)

    @editable
    def fact(fact_id: str) -> str:
        return render.fact(book, fact_id)

    @editable
    def facts(owner_id: str) -> str:
        """The facts a problem or a channel rests on."""
        return render.facts(book, owner(owner_id).facts)

    @editable
    def sources(owner_id: str | None = None) -> str:
        """The sources of one problem or channel, or every source."""
        ids = [s.id for s in book.sources] if owner_id is None else list(owner(owner_id).sources)
        return render.sources_list(book, ids)

    @editable
    def symptoms(problem_id: str) -> str:
        return render.bullet_list(book.problem(problem_id).symptoms, "symptoms")

    @editable
    def urgent(problem_id: str) -> str:
        return render.urgent_steps(book.problem(problem_id))

    @editable
    def dont(problem_id: str) -> str:
        return render.bullet_list(book.problem(problem_id).dont, "dont")

    @env.macro
    def aliases(owner_id: str) -> str:
        """The 也叫 line: other words for a problem or channel, so search finds the page."""
        return render.aliases(owner(owner_id).aliases)

    @env.macro
    def summary(problem_id: str) -> str:
        return render.summary(book.problem(problem_id).summary)

    @editable
    def channel_prepare(channel_id: str) -> str:
        return render.bullet_list(book.channel(channel_id).prepare, "prepare")

    @editable
    def channel_risks(channel_id: str) -> str:
        return render.bullet_list(book.channel(channel_id).risks, "risks")


def on_post_build(env) -> None:
    """Smaller first views, same pages: slimmed stylesheets, unindented HTML (postbuild.py)."""
    from . import postbuild

    postbuild.run(Path(env.conf["site_dir"]))
