"""Hook: when each page last changed, from git history, into `extra.last_changed`.

A page's date is the date of the last commit that touched its Markdown file; a page
that calls macros also shows what the macros package makes of the data, so a later
commit to that package counts too. A page generated from the data (the problem pages,
hooks/problem_pages.py) has no file of its own: its date is the package's. Runs on
on_files, after the problem pages are added. overrides/main.html shows the date at the foot
of the page. Without git or without full history (a tarball, a shallow clone) the
result is empty and pages show no date.
"""

from __future__ import annotations

import subprocess
from collections.abc import Iterable
from pathlib import Path


def _git(root: Path, *args: str) -> str:
    return subprocess.run(["git", *args], cwd=root, capture_output=True, text=True, timeout=60, check=True).stdout


def commit_dates(root: Path, paths: list[str]) -> dict[str, str]:
    """Last commit date (YYYY-MM-DD) of every file under `paths`, relative to `root`.

    Empty without git, outside a repository, and in a shallow clone, where the oldest
    commit present would claim every file and the dates would be wrong.
    """
    try:
        if _git(root, "rev-parse", "--is-shallow-repository").strip() != "false":
            return {}
        out = _git(root, "log", "--format=@%cs", "--name-only", "--no-renames", "--relative", "--", *paths)
    except (OSError, subprocess.SubprocessError):
        return {}
    dates: dict[str, str] = {}
    date = ""
    for line in out.splitlines():
        if line.startswith("@"):
            date = line[1:]
        elif line and date:
            dates.setdefault(line, date)  # newest first: keep the first date seen
    return dates


def last_changed(root: Path, docs_dir: Path, package: str = "macros", generated: Iterable[str] = ()) -> dict[str, str]:
    """{src_uri: "YYYY-MM-DD"} for every Markdown page with history, and for each page of
    `generated` (src_uri of pages made from the data) the macros package's date."""
    docs_rel = docs_dir.resolve().relative_to(root.resolve()).as_posix()
    dates = commit_dates(root, [docs_rel, package])
    package_date = max((d for path, d in dates.items() if path.startswith(f"{package}/")), default="")
    pages: dict[str, str] = {}
    for md in sorted(docs_dir.rglob("*.md")):
        rel = md.relative_to(docs_dir).as_posix()
        date = dates.get(f"{docs_rel}/{rel}")
        if not date:
            continue  # not committed yet: no claim
        if "{{" in md.read_text("utf-8"):
            date = max(date, package_date)
        pages[rel] = date
    if package_date:
        pages.update(dict.fromkeys(generated, package_date))
    return pages


def on_files(files, config):
    root = Path(config.config_file_path).parent
    package = config.plugins["macros"].config["module_name"]
    generated = [f.src_uri for f in files.documentation_pages() if f.generated_by]
    config.extra["last_changed"] = last_changed(root, Path(config.docs_dir), package, generated)
    return files
