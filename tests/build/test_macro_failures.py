"""A page that misuses a macro must fail the build, not ship an error message."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest
from helpers import ROOT, break_data, build, copy_project


@pytest.mark.parametrize(
    ("page", "expected"),
    [
        ("{{ no_such_macro() }}", "'no_such_macro' is undefined"),
        ("{{ nothing_here }}", "'nothing_here' is undefined"),
        ('{{ problem_page("no-such-problem") }}', "no-such-problem"),
        ('{{ facts("support-email") }}', "fact 'support-email' is not a problem or channel"),
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
    break_data(project)
    result = build(tmp_path / "site", project=project)
    log = result.stdout + result.stderr
    assert result.returncode != 0
    assert "field 'best_for': unknown problem 'lottery'" in log


def test_build_works_from_any_working_directory(tmp_path):
    """The jieba user dictionary and the macros package are found from anywhere."""

    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "mkdocs",
            "build",
            "--strict",
            "-f",
            str(ROOT / "mkdocs.yml"),
            "-d",
            str(tmp_path / "s"),
        ],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        env={**os.environ, "NO_MKDOCS_2_WARNING": "1"},
    )
    assert result.returncode == 0, result.stderr
    assert "WARNING" not in result.stderr
    index = json.loads((tmp_path / "s" / "search" / "search_index.json").read_text("utf-8"))
    tokens = {t for doc in index["docs"] for t in doc["text"].split("\u200b")}
    assert "到账" in tokens, "the user dictionary was not loaded"
