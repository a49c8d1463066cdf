"""A page that misuses a macro must fail the build, not ship an error message."""

from __future__ import annotations

import pytest

from helpers import build, copy_project


@pytest.mark.parametrize(
    ("page", "expected"),
    [
        ("{{ no_such_macro() }}", "'no_such_macro' is undefined"),
        ("{{ nothing_here }}", "'nothing_here' is undefined"),
        ('{{ checklist("no-such-problem") }}', "no-such-problem"),
        ('{{ checklist("deposit", "everything") }}', "checklist part must be"),
    ],
    ids=["unknown-macro", "undefined-variable", "macro-raises-unknown-id", "macro-raises-bad-argument"],
)
def test_bad_macro_use_fails_the_build(tmp_path, page, expected):
    project = copy_project(tmp_path / "project")
    (project / "docs" / "broken.md").write_text(f"# 坏页面\n\n{page}\n", "utf-8")
    result = build(tmp_path / "site", project=project)
    log = result.stdout + result.stderr
    assert result.returncode != 0, log
    assert expected in log


def test_bad_data_fails_the_build_with_one_clear_line(tmp_path):
    project = copy_project(tmp_path / "project")
    data_py = project / "macros" / "data.py"
    text = data_py.read_text("utf-8")
    # Point the first channel's best_for at a problem that does not exist.
    broken = text.replace("best_for=(", 'best_for=("lottery", ', 1)
    assert broken != text
    data_py.write_text(broken, "utf-8")
    result = build(tmp_path / "site", project=project)
    log = result.stdout + result.stderr
    assert result.returncode != 0
    assert "field 'best_for': unknown problem 'lottery'" in log
