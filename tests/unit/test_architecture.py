"""The rooms: which module may use which, checked from the source.

    data -> model;  render -> model, material_adapter;  define_env (macros/__init__.py)
    -> data + render;  model, render -> refusals (the composer's refusal rules, which
    import nothing of the project);  hant (the 繁體中文 converter) -> glossary (which
    imports nothing of the project);  hooks -> data, model, material_adapter, refusals,
    hant, glossary (never render or define_env);  nothing imports a hook;
    material_adapter imports nothing of ours.

Material's private names (md- classes, data-md- attributes, __md_ helpers) appear in
two files only, the adapters: macros/material_adapter.py for Python and
docs/assets/javascripts/material-adapter.js for the browser
(tests/unit/test_material_contract.py checks them against the installed Material).

And define_env, with everything it imports, runs where MkDocs cannot be imported,
on an env offering only what Zensical's macros shim offers.
"""

from __future__ import annotations

import ast
import re
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from helpers import ROOT

PACKAGE = "macros"
# What each module may import from the project (anything else from the project fails).
ALLOWED = {
    "macros/model.py": {"macros.refusals"},
    "macros/material_adapter.py": set(),
    "macros/data.py": {"macros.model"},
    "macros/render.py": {"macros.model", "macros.material_adapter", "macros.refusals"},
    "macros/__init__.py": {"macros.data", "macros.render"},
    "macros/__main__.py": {"macros.data", "macros.model"},
    "macros/refusals.py": set(),
    "macros/glossary.py": set(),
    "macros/hant.py": {"macros.glossary"},
}
HOOK_MAY_USE = {
    "macros.data",
    "macros.model",
    "macros.material_adapter",
    "macros.refusals",
    "macros.hant",
    "macros.glossary",
}
THIRD_PARTY_FORBIDDEN_IN_MACROS = ("mkdocs", "material", "mkdocs_macros")


def project_imports(path: Path) -> list[tuple[int, str]]:
    """(line, module) for every import in a file that names the project's own code."""
    tree = ast.parse(path.read_text("utf-8"))
    found = []
    in_package = path.parent.name == PACKAGE
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found += [(node.lineno, alias.name) for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            if node.level:  # relative: only inside the macros package
                base = PACKAGE if in_package else ""
                module = f"{base}.{node.module}" if node.module else base
                found += [(node.lineno, module)] if node.module else []
                if not node.module:
                    found += [(node.lineno, f"{base}.{alias.name}") for alias in node.names]
            else:
                module = node.module or ""
                if module == PACKAGE:  # from macros import render: the module named
                    found += [(node.lineno, f"{PACKAGE}.{alias.name}") for alias in node.names]
                else:
                    found.append((node.lineno, module))
    return found


def arrows_broken(root: Path = ROOT) -> list[str]:
    broken = []
    hooks = {p.stem for p in (root / "hooks").glob("*.py")}
    for path in sorted([*(root / PACKAGE).glob("*.py"), *(root / "hooks").glob("*.py")]):
        rel = path.relative_to(root).as_posix()
        for line, module in project_imports(path):
            where = f"{rel}:{line} imports {module}"
            top = module.split(".")[0]
            if top == "hooks" or (rel.startswith("macros/") and top in hooks) or module.startswith("hooks."):
                broken.append(f"{where}: nothing imports a hook")
            elif rel.startswith("hooks/"):
                if top == PACKAGE and module not in HOOK_MAY_USE:
                    broken.append(f"{where}: hooks may use only {sorted(HOOK_MAY_USE)}")
            elif top == PACKAGE and module != PACKAGE and module not in ALLOWED[rel]:
                broken.append(f"{where}: allowed are {sorted(ALLOWED[rel]) or 'none'}")
            elif top == PACKAGE and module == PACKAGE:
                broken.append(f"{where}: import the module you need, not the package")
            elif top in THIRD_PARTY_FORBIDDEN_IN_MACROS:
                broken.append(f"{where}: the macros package uses nothing of MkDocs")
    return broken


def test_every_module_of_macros_and_hooks_is_known():
    assert sorted(ALLOWED) == sorted(p.relative_to(ROOT).as_posix() for p in (ROOT / PACKAGE).glob("*.py"))


def test_imports_follow_the_arrows():
    assert arrows_broken() == []


@pytest.mark.parametrize(
    ("file", "line", "expected"),
    [
        ("hooks/csp.py", "from macros import render", "hooks may use only"),
        ("hooks/csp.py", "import macros.render", "hooks may use only"),
        ("hooks/csp.py", "from macros import define_env", "hooks may use only"),
        ("macros/data.py", "from .render import esc", "allowed are"),
        ("macros/render.py", "from . import data", "allowed are"),
        ("macros/refusals.py", "from . import model", "allowed are"),
        ("macros/model.py", "from mkdocs.exceptions import PluginError", "nothing of MkDocs"),
        ("macros/material_adapter.py", "from .model import Problem", "allowed are"),
        ("macros/material_adapter.py", "import material", "nothing of MkDocs"),
        ("macros/__init__.py", "import postbuild", "nothing imports a hook"),
        ("macros/hant.py", "from . import data", "allowed are"),
        ("macros/hant.py", "from mkdocs.plugins import event_priority", "nothing of MkDocs"),
        ("macros/glossary.py", "from .model import Source", "allowed are"),
        ("macros/render.py", "from . import hant", "allowed are"),
    ],
)
def test_the_arrows_check_catches_a_wrong_import(tmp_path, file, line, expected):
    for folder in (PACKAGE, "hooks"):
        (tmp_path / folder).mkdir()
        for path in (ROOT / folder).glob("*.py"):
            (tmp_path / folder / path.name).write_text(path.read_text("utf-8"), "utf-8")
    target = tmp_path / file
    target.write_text(target.read_text("utf-8") + f"\n{line}\n", "utf-8")
    broken = arrows_broken(tmp_path)
    assert broken and all(b.startswith(file) for b in broken), broken
    assert any(expected in b for b in broken), broken


# -- Material's private names: in the adapters only ---------------------------------

ADAPTERS = ("macros/material_adapter.py", "docs/assets/javascripts/material-adapter.js")
VENDORED = ("docs/assets/javascripts/iframe-worker-shim.js",)
MATERIAL_NAME = re.compile(r"\bmd-[a-z]|data-md-|__md_")


def js_code_lines(text: str) -> list[tuple[int, str]]:
    """(line number, code) of a script, without its comment lines and trailing // comments."""
    code = []
    for number, line in enumerate(text.splitlines(), 1):
        stripped = line.strip()
        if not stripped.startswith(("//", "/*", "*")):
            code.append((number, stripped.split(" // ", 1)[0]))
    return code


def material_names_outside_the_adapters(root: Path = ROOT) -> list[str]:
    found = []
    for path in sorted([*(root / PACKAGE).glob("*.py"), *(root / "hooks").glob("*.py")]):
        rel = path.relative_to(root).as_posix()
        if rel in ADAPTERS:
            continue
        for node in ast.walk(ast.parse(path.read_text("utf-8"))):
            if isinstance(node, ast.Constant) and isinstance(node.value, str) and MATERIAL_NAME.search(node.value):
                found.append(f"{rel}:{node.lineno} names {MATERIAL_NAME.search(node.value)[0]!r}")
    for path in sorted((root / "docs" / "assets" / "javascripts").glob("*.js")):
        rel = path.relative_to(root).as_posix()
        if rel in ADAPTERS or rel in VENDORED:
            continue
        for number, code in js_code_lines(path.read_text("utf-8")):
            if MATERIAL_NAME.search(code):
                found.append(f"{rel}:{number} names {MATERIAL_NAME.search(code)[0]!r}")
    return [f"{f}: Material's private names belong in {' or '.join(ADAPTERS)}" for f in found]


def test_material_private_names_live_in_the_adapters_only():
    assert material_names_outside_the_adapters() == []


@pytest.mark.parametrize(
    ("file", "line"),
    [
        ("docs/assets/javascripts/checklists.js", 'document.querySelector(".md-search__input");'),
        ("hooks/csp.py", 'SELECTOR = "[data-md-component=search]"'),
        ("macros/render.py", 'WRAP = "md-typeset__scrollwrap"'),
    ],
)
def test_the_material_names_check_catches_a_name_outside_the_adapters(tmp_path, file, line):
    for folder in (PACKAGE, "hooks", "docs/assets/javascripts"):
        (tmp_path / folder).mkdir(parents=True)
        for path in (ROOT / folder).glob("*.*"):
            (tmp_path / folder / path.name).write_text(path.read_text("utf-8"), "utf-8")
    target = tmp_path / file
    target.write_text(target.read_text("utf-8") + f"\n{line}\n", "utf-8")
    found = material_names_outside_the_adapters(tmp_path)
    assert len(found) == 1 and found[0].startswith(file), found


def test_define_env_runs_where_mkdocs_cannot_be_imported():
    """Only env.macro, env.filter, env.variables and env.conf, as in Zensical's shim."""
    script = textwrap.dedent(
        """
        import sys
        for name in ("mkdocs", "material", "mkdocs_macros"):
            sys.modules[name] = None  # any import of them now fails
        import macros

        class Env:
            def __init__(self):
                self.conf = {"edit_uri": "https://git.example.org/o/n/edit/main/docs/", "extra": {}}
                self.variables, self.macros, self.filters = {}, {}, {}
            def macro(self, fn, name=""):
                self.macros[name or fn.__name__] = fn
                return fn
            def filter(self, fn, name=""):
                self.filters[name or fn.__name__] = fn
                return fn

        env = Env()
        macros.define_env(env)
        assert "checklist" in env.macros and env.macros["checklist"]("deposit")
        assert not [m for m in sys.modules if m.split(".")[0] in ("mkdocs", "material", "mkdocs_macros")
                    and sys.modules[m] is not None]
        print(len(env.macros))
        """
    )
    result = subprocess.run([sys.executable, "-c", script], cwd=ROOT, capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stderr
    assert int(result.stdout) >= 10
