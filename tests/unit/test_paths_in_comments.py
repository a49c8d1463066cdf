"""Every repository file a comment or docstring of our code names exists, so a comment never
sends a maintainer to a file that was renamed or removed.

A name counts as a path when it starts with a top-level folder of the repository
(`hooks/postbuild.py`, `docs/assets/javascripts/`, `tests/unit/test_*.py`), or when it is a
bare file name with an extension of the files we keep (`checklists.js`, `mkdocs.yml`).
A path must be a tracked file or folder, match one (a glob), or be a place the repository's
own tools write to (git-ignored: `bench/node_modules`). A bare name must be the name of a
tracked file, of a file a hook writes into the site (named in a string of hooks/*.py or
macros/contracts.py: `composer-rules.js`), or of one of Material's templates and assets
(`base.html`), which our comments discuss.
"""

from __future__ import annotations

import ast
import fnmatch
import io
import re
import subprocess
import tokenize
from pathlib import Path

import pytest
from helpers import MATERIAL_TEMPLATES, ROOT

# Where comments live, by kind of file: what they look like.
PYTHON, JAVASCRIPT, CSS, TEMPLATE, HASH = "python", "javascript", "css", "template", "hash"
KINDS = {".py": PYTHON, ".js": JAVASCRIPT, ".css": CSS, ".html": TEMPLATE, ".yml": HASH, ".yaml": HASH, ".toml": HASH}
TOP_FOLDERS = (".github", "bench", "docs", "hooks", "macros", "overrides", "tests", "upkeep")
EXTENSIONS = ("py", "js", "css", "html", "yml", "yaml", "json", "md", "toml", "txt", "tsv")

PATH = re.compile(
    rf"(?<![\w./-])(?:{'|'.join(re.escape(f) for f in TOP_FOLDERS)})/[\w./*-]*"
    rf"|(?<![\w./-])[\w-]+(?:\.[\w-]+)*\.(?:{'|'.join(EXTENSIONS)})(?![\w/(-])"  # not a call: site.html(path)
)

# Names shaped like a file that are not one of ours, each with the reason.
NOT_OUR_FILES = {
    "Node.js": "the JavaScript runtime",
    "upkeep.md": "the report `make upkeep` writes in the upkeep workflow",
    "live.html": "a page tests/unit/test_upkeep.py serves from a temporary folder",
    "gone.html": "a page tests/unit/test_upkeep.py leaves out on purpose",
}


def tracked() -> list[str]:
    out = subprocess.run(["git", "ls-files"], cwd=ROOT, capture_output=True, text=True, check=True).stdout
    return out.splitlines()


def kind(path: str) -> str | None:
    name = Path(path).name
    if name == "Makefile":
        return HASH
    if path.startswith("overrides/"):
        return TEMPLATE  # Jinja templates, whatever their extension (_headers, security.txt)
    return KINDS.get(Path(path).suffix)


def line_of(text: str, index: int) -> int:
    return text.count("\n", 0, index) + 1


def comments(text: str, how: str) -> list[tuple[int, str]]:
    """(first line, text) of each comment and docstring in a file's text."""
    found: list[tuple[int, str]] = []
    if how == PYTHON:
        tokens = tokenize.generate_tokens(io.StringIO(text).readline)
        found += [(t.start[0], t.string) for t in tokens if t.type == tokenize.COMMENT]
        for node in ast.walk(ast.parse(text)):
            if isinstance(node, ast.Module | ast.ClassDef | ast.FunctionDef | ast.AsyncFunctionDef):
                doc = node.body[0] if node.body else None
                if (
                    isinstance(doc, ast.Expr)
                    and isinstance(doc.value, ast.Constant)
                    and isinstance(doc.value.value, str)
                ):
                    found.append((doc.lineno, doc.value.value))
        return sorted(found)
    patterns = {
        JAVASCRIPT: r"/\*.*?\*/|(?:^|(?<=\s))//[^\n]*",  # `//` after a space: not the one in https://
        CSS: r"/\*.*?\*/",
        TEMPLATE: r"<!--.*?-->|\{#.*?#\}",
        HASH: r"(?:^|(?<=\s))#[^\n]*",
    }
    return [(line_of(text, m.start()), m.group()) for m in re.finditer(patterns[how], text, re.S)]


def named_paths(text: str, how: str) -> list[tuple[int, str]]:
    """(line, path) of every repository path named in the comments of a file's text."""
    found = []
    for first, comment in comments(text, how):
        for match in PATH.finditer(comment):
            name = match.group().rstrip(".")  # a path that ends a sentence
            found.append((first + comment.count("\n", 0, match.start()), name))
    return found


class Repository:
    """What a named path may be: a tracked file or folder, a glob over them, a place our tools write."""

    def __init__(self, files: list[str]):
        self.files = set(files)
        self.folders = {str(p) for f in files for p in Path(f).parents if str(p) != "."}
        self.names = {Path(f).name for f in files}
        self.names |= {p.name for p in MATERIAL_TEMPLATES.rglob("*") if p.is_file()}
        # What the build writes into the site: named by a hook, or by the contracts they share.
        for hook in [*(ROOT / "hooks").glob("*.py"), ROOT / "macros" / "contracts.py"]:
            strings = [n.value for n in ast.walk(ast.parse(hook.read_text("utf-8"))) if isinstance(n, ast.Constant)]
            self.names |= {Path(s).name for s in strings if isinstance(s, str) and PATH.fullmatch(Path(s).name)}

    def has(self, name: str) -> bool:
        if "/" not in name:
            return name in self.names or name in NOT_OUR_FILES
        path = name.rstrip("/")
        if path in self.files or path in self.folders:
            return True
        if any(c in path for c in "*?["):
            pattern = path.replace("**/", "*")
            return any(fnmatch.fnmatch(f, pattern) for f in self.files)
        ignored = [subprocess.run(["git", "check-ignore", "-q", "--no-index", p], cwd=ROOT) for p in (path, path + "/")]
        return any(result.returncode == 0 for result in ignored)


def missing_paths(files: list[str], read) -> list[str]:
    """`file:line: path` for every path named in a comment of `files` that the repository lacks."""
    repository = Repository(tracked())
    missing = []
    for file in files:
        how = kind(file)
        if how is None or file.startswith(("node_modules/", "bench/node_modules/")):
            continue
        for line, name in named_paths(read(file), how):
            if not repository.has(name):
                missing.append(f"{file}:{line}: {name}")
    return missing


def test_every_path_named_in_a_comment_exists():
    files = tracked()
    assert "macros/model.py" in files and "Makefile" in files
    missing = missing_paths(files, lambda f: (ROOT / f).read_text("utf-8"))
    assert missing == [], "comments name files that are not in the repository:\n" + "\n".join(missing)


@pytest.mark.parametrize(
    ("file", "text", "missing"),
    [
        (
            "macros/x.py",
            '"""Reads macros/gone.py."""\n# see hooks/postbuild.py and theme-fixes.js\n',
            ["macros/x.py:1: macros/gone.py", "macros/x.py:2: theme-fixes.js"],
        ),
        (
            "docs/assets/javascripts/x.js",
            "// query-words.js, not https://example.org/a.js\nvar a = 1; /* docs/old/ */",
            ["docs/assets/javascripts/x.js:1: query-words.js", "docs/assets/javascripts/x.js:2: docs/old/"],
        ),
        (
            "docs/assets/stylesheets/x.css",
            "/* tests/unit/test_*.py, and\n   tests/unit/test_nothing_*.py. */",
            ["docs/assets/stylesheets/x.css:2: tests/unit/test_nothing_*.py"],
        ),
        (
            "overrides/x.html",
            "{# Material's base.html, and nothing.html #}<!-- macros/ -->",
            ["overrides/x.html:1: nothing.html"],
        ),
        (
            "Makefile",
            "# bench/node_modules, bench/budgets.json\nX := 1 # mkdocs.yml, nothing.yml\n",
            ["Makefile:2: nothing.yml"],
        ),
    ],
    ids=["python", "javascript", "css", "template", "makefile"],
)
def test_the_check_names_file_line_and_path_of_what_is_missing(file, text, missing):
    assert missing_paths([file], lambda _: text) == missing
