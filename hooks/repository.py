"""Hook: edit links from `extra.repository`, or none at all.

`extra.repository` (mkdocs.yml, from the SITE_REPOSITORY environment variable) is
the one place the repository is named. Set, it gives the edit button on every page
(`edit_uri`) and, through it, the 编辑数据 links under generated blocks (define_env
reads `edit_uri`). Unset, the site has no edit link and names no repository: a
placeholder address could be registered by anyone and serve readers a fake
"source". There is no `repo_url` on purpose: Material would make every reader's
browser call api.github.com for stars and forks.

Runs early (priority 90), before the macros plugin reads `edit_uri`.
"""

from __future__ import annotations

from pathlib import Path
from urllib.parse import urlsplit

from mkdocs.exceptions import PluginError
from mkdocs.plugins import event_priority

# The branch pull requests go to; edit links open files on it.
BRANCH = "main"


def edit_uri(repository: str, docs: str) -> str:
    """The edit base for the docs folder, e.g. https://github.com/o/n/edit/main/docs/."""
    parts = urlsplit(repository)
    if parts.scheme != "https" or not parts.hostname or parts.path.strip("/").count("/") != 1:
        raise PluginError(
            f"extra.repository (SITE_REPOSITORY) must be a repository's https:// address, "
            f"like https://github.com/OWNER/NAME, not {repository!r}"
        )
    return f"{repository.rstrip('/')}/edit/{BRANCH}/{docs}/"


@event_priority(90)
def on_config(config):
    repository = str(config.extra.get("repository") or "").strip()
    config.extra["repository"] = repository.rstrip("/") or None
    if repository:
        root = Path(config.config_file_path).parent
        docs = Path(config.docs_dir).resolve().relative_to(root.resolve()).as_posix()
        config.edit_uri = edit_uri(repository, docs)
    else:
        config.edit_uri = None
    return config
