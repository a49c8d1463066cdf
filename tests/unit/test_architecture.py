"""The rooms: which module may use which, checked from the source.

    data -> model;  model -> refusals (the composer's refusal rules, which import
    nothing of the project);  material_adapter and contracts import nothing of ours;
    render/ (the renderers, one module per component) -> model, material_adapter,
    contracts, render/shared, and the composer also refusals: a component never
    imports another component (a block made of others takes them rendered);
    define_env (macros/__init__.py) -> data + model + render, and contracts (where
    the data is);  hant (the 繁體中文 converter) -> glossary (which imports nothing
    of the project);  hooks -> data,
    model, material_adapter, refusals, contracts, hant, glossary (never render or
    define_env);  nothing imports a hook.

Material's private names (md- classes, data-md- attributes, __md_ helpers) appear in
two files only, the adapters: macros/material_adapter.py for Python and
docs/assets/javascripts/material-adapter.js for the browser
(tests/unit/test_material_contract.py checks them against the installed Material).

No Chinese word is written in a renderer: what a reader sees comes from the data
(data.WORDS and the entries) or a Markdown page.

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
RENDER = "macros/render"
# What each module may import from the project (anything else from the project fails).
ALLOWED = {
    "macros/model.py": {"macros.refusals"},
    "macros/material_adapter.py": set(),
    "macros/contracts.py": set(),
    "macros/data.py": {"macros.model"},
    "macros/__init__.py": {"macros.data", "macros.model", "macros.render", "macros.contracts"},
    "macros/__main__.py": {"macros.data", "macros.model"},
    "macros/refusals.py": set(),
    "macros/glossary.py": set(),
    "macros/hant.py": {"macros.glossary"},
    "macros/render/__init__.py": set(),  # and every component: it lists them
    "macros/render/shared.py": {"macros.model"},
}
# What a component of render/ may import: the model, the adapter, the contracts and the
# shared helpers; never another component.
COMPONENT_MAY_USE = {"macros.model", "macros.material_adapter", "macros.contracts", "macros.render.shared"}
COMPONENT_ALSO = {"macros/render/composer.py": {"macros.refusals"}}
HOOK_MAY_USE = {
    "macros.data",
    "macros.model",
    "macros.material_adapter",
    "macros.refusals",
    "macros.contracts",
    "macros.hant",
    "macros.glossary",
}
THIRD_PARTY_FORBIDDEN_IN_MACROS = ("mkdocs", "material", "mkdocs_macros")


def python_files(root: Path) -> list[Path]:
    """Every module of the macros package (render/ too) and every hook."""
    return sorted([*(root / PACKAGE).rglob("*.py"), *(root / "hooks").glob("*.py")])


def components(root: Path = ROOT) -> list[str]:
    """The component modules of render/, by module name (macros.render.triage ...)."""
    return sorted(
        f"macros.render.{p.stem}" for p in (root / RENDER).glob("*.py") if p.stem not in ("__init__", "shared")
    )


def allowed(rel: str, root: Path = ROOT) -> set[str]:
    if rel == "macros/render/__init__.py":
        return {*components(root), "macros.render.shared"}
    if rel.startswith(f"{RENDER}/") and rel not in ALLOWED:
        return COMPONENT_MAY_USE | COMPONENT_ALSO.get(rel, set())
    return ALLOWED[rel]


def project_imports(path: Path, root: Path = ROOT) -> list[tuple[int, str]]:
    """(line, module) for every import in a file that names the project's own code."""
    tree = ast.parse(path.read_text("utf-8"))
    found = []
    rel = path.relative_to(root)
    # The package a relative import starts from: macros, or macros.render.
    here = ".".join(rel.parent.parts) if rel.parts[0] == PACKAGE else ""
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found += [(node.lineno, alias.name) for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            if node.level:  # relative: only inside the macros package
                base = ".".join(here.split(".")[: len(here.split(".")) - node.level + 1]) if here else ""
                if node.module:
                    found.append((node.lineno, f"{base}.{node.module}"))
                else:  # from . import shared: the modules named
                    found += [(node.lineno, f"{base}.{alias.name}") for alias in node.names]
            else:
                module = node.module or ""
                if module in (PACKAGE, "macros.render"):  # from macros import render: the module named
                    found += [(node.lineno, f"{module}.{alias.name}") for alias in node.names]
                else:
                    found.append((node.lineno, module))
    return found


def arrows_broken(root: Path = ROOT) -> list[str]:
    broken = []
    hooks = {p.stem for p in (root / "hooks").glob("*.py")}
    parts = set(components(root))
    for path in python_files(root):
        rel = path.relative_to(root).as_posix()
        for line, module in project_imports(path, root):
            where = f"{rel}:{line} imports {module}"
            top = module.split(".")[0]
            if top == "hooks" or (rel.startswith("macros/") and top in hooks) or module.startswith("hooks."):
                broken.append(f"{where}: nothing imports a hook")
            elif rel.startswith("hooks/"):
                if top == PACKAGE and module not in HOOK_MAY_USE:
                    broken.append(f"{where}: hooks may use only {sorted(HOOK_MAY_USE)}")
            elif rel.startswith(f"{RENDER}/") and rel not in ALLOWED and module in parts:
                broken.append(f"{where}: a component imports no other component (pass its block in rendered)")
            elif top == PACKAGE and module != PACKAGE and module not in allowed(rel, root):
                broken.append(f"{where}: allowed are {sorted(allowed(rel, root)) or 'none'}")
            elif top == PACKAGE and module == PACKAGE:
                broken.append(f"{where}: import the module you need, not the package")
            elif top in THIRD_PARTY_FORBIDDEN_IN_MACROS:
                broken.append(f"{where}: the macros package uses nothing of MkDocs")
    return broken


def test_every_module_of_macros_is_known():
    known = {*ALLOWED, *(f"{RENDER}/{name.split('.')[-1]}.py" for name in components())}
    assert sorted(known) == sorted(p.relative_to(ROOT).as_posix() for p in (ROOT / PACKAGE).rglob("*.py"))
    assert len(components()) >= 8, "one module per component"


def test_imports_follow_the_arrows():
    assert arrows_broken() == []


@pytest.mark.parametrize(
    ("file", "line", "expected"),
    [
        ("hooks/csp.py", "from macros import render", "hooks may use only"),
        ("hooks/csp.py", "import macros.render", "hooks may use only"),
        ("hooks/csp.py", "from macros import define_env", "hooks may use only"),
        ("macros/data.py", "from .render import shared", "allowed are"),
        ("macros/data.py", "from .render.shared import esc", "allowed are"),
        ("macros/render/triage.py", "from .. import data", "allowed are"),
        ("macros/render/shared.py", "from .answer import answer_block", "allowed are"),
        ("macros/render/triage.py", "from .checklists import checklist", "a component imports no other component"),
        ("macros/render/triage.py", "from . import checklists", "a component imports no other component"),
        ("macros/render/print_sheet.py", "from macros.render import answer", "a component imports no other"),
        ("macros/render/problem_page.py", "import macros.render.facts", "a component imports no other component"),
        ("macros/render/facts.py", "from .. import refusals", "allowed are"),
        ("macros/contracts.py", "from .model import Words", "allowed are"),
        ("macros/refusals.py", "from . import model", "allowed are"),
        ("macros/model.py", "from mkdocs.exceptions import PluginError", "nothing of MkDocs"),
        ("macros/material_adapter.py", "from .model import Problem", "allowed are"),
        ("macros/material_adapter.py", "import material", "nothing of MkDocs"),
        ("macros/__init__.py", "import postbuild", "nothing imports a hook"),
        ("macros/hant.py", "from . import data", "allowed are"),
        ("macros/hant.py", "from mkdocs.plugins import event_priority", "nothing of MkDocs"),
        ("macros/glossary.py", "from .model import Source", "allowed are"),
        ("macros/render/facts.py", "from .. import hant", "allowed are"),
    ],
)
def test_the_arrows_check_catches_a_wrong_import(tmp_path, file, line, expected):
    for path in python_files(ROOT):
        copy = tmp_path / path.relative_to(ROOT)
        copy.parent.mkdir(parents=True, exist_ok=True)
        copy.write_text(path.read_text("utf-8"), "utf-8")
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
    for path in python_files(root):
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
        ("macros/render/channels.py", 'WRAP = "md-typeset__scrollwrap"'),
    ],
)
def test_the_material_names_check_catches_a_name_outside_the_adapters(tmp_path, file, line):
    for path in [*python_files(ROOT), *(ROOT / "docs/assets/javascripts").glob("*.js")]:
        copy = tmp_path / path.relative_to(ROOT)
        copy.parent.mkdir(parents=True, exist_ok=True)
        copy.write_text(path.read_text("utf-8"), "utf-8")
    target = tmp_path / file
    target.write_text(target.read_text("utf-8") + f"\n{line}\n", "utf-8")
    found = material_names_outside_the_adapters(tmp_path)
    assert len(found) == 1 and found[0].startswith(file), found


# -- a component has one name: module, styles, script, tests ----------------------------


@pytest.mark.parametrize("name", [m.rsplit(".", 1)[1] for m in components()] + ["shared"])
def test_a_component_has_one_name_for_its_module_styles_script_and_tests(name):
    doc = " ".join((ast.get_docstring(ast.parse((ROOT / RENDER / f"{name}.py").read_text("utf-8"))) or "").split())
    css = (ROOT / "docs/assets/stylesheets/site.css").read_text("utf-8")
    assert f'site.css "component: {name}"' in doc and f"component: {name}" in css, name
    for script in re.findall(r"script: ([a-z-]+)\.js", doc):
        assert (ROOT / f"docs/assets/javascripts/{script}.js").is_file(), script
    assert (ROOT / f"tests/unit/test_render_{name}.py").is_file(), f"tests/unit/test_render_{name}.py"


def test_each_of_our_component_scripts_is_named_after_its_component():
    from macros import contracts

    names = {m.rsplit(".", 1)[1] for m in components()}
    assert {s.name for s in contracts.SCRIPTS} <= names


# -- no reader text in the renderers ---------------------------------------------------

# Chinese, Japanese and Korean letters (not punctuation: "：" and "、" are typography
# between the words the data gives, the same in simplified and traditional Chinese).
CJK = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\uf900-\ufaff\U00020000-\U0003ffff]")


def cjk_in_renderers(root: Path = ROOT) -> list[str]:
    """file:line of every string literal of render/ holding a CJK letter (docstrings aside)."""
    found = []
    for path in sorted((root / RENDER).glob("*.py")):
        tree = ast.parse(path.read_text("utf-8"))
        docstrings = {
            id(node.body[0].value)
            for node in ast.walk(tree)
            if isinstance(node, ast.Module | ast.ClassDef | ast.FunctionDef)
            and node.body
            and isinstance(node.body[0], ast.Expr)
            and isinstance(node.body[0].value, ast.Constant)
        }
        for node in ast.walk(tree):
            text = node.value if isinstance(node, ast.Constant) and id(node) not in docstrings else None
            if isinstance(text, str) and CJK.search(text):
                rel = path.relative_to(root).as_posix()
                found.append(f"{rel}:{node.lineno}: {text.strip()[:30]!r}: reader text belongs in macros/data.py")
    return found


def test_no_reader_text_in_the_renderers():
    assert cjk_in_renderers() == []


@pytest.mark.parametrize(
    "line",
    ['TITLE = "先自查"', 'x = f"<h2>{1}准备材料</h2>"', 'WORDS = ("需要", "不需要")', 'LABEL = "ステップ"'],
)
def test_the_reader_text_check_names_file_and_line(tmp_path, line):
    for path in (ROOT / RENDER).glob("*.py"):
        copy = tmp_path / RENDER / path.name
        copy.parent.mkdir(parents=True, exist_ok=True)
        copy.write_text(path.read_text("utf-8"), "utf-8")
    target = tmp_path / RENDER / "triage.py"
    text = target.read_text("utf-8")
    target.write_text(text + f"\n{line}\n", "utf-8")
    found = cjk_in_renderers(tmp_path)
    assert found and all(f.startswith(f"{RENDER}/triage.py:{text.count(chr(10)) + 2}: ") for f in found), found


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
        assert "problem_page" in env.macros and env.macros["problem_page"]("deposit")
        assert not [m for m in sys.modules if m.split(".")[0] in ("mkdocs", "material", "mkdocs_macros")
                    and sys.modules[m] is not None]
        print(len(env.macros))
        """
    )
    result = subprocess.run([sys.executable, "-c", script], cwd=ROOT, capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stderr
    assert int(result.stdout) >= 10
