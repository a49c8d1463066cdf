"""A newcomer's machine: the Pythons the README promises (the lowest and the newest, both run
in CI), requirements.txt resolving on PyPI for each, `make` stopping in one line on an older
Python, and `make serve` reloading on edits to every folder an editor changes.

The resolution test asks PyPI (network), as `make` does on a first run.
"""

from __future__ import annotations

import os
import re
import shlex
import subprocess
import sys
import time
from pathlib import Path

import yaml
from helpers import ROOT, copy_project, free_port

MAKEFILE = (ROOT / "Makefile").read_text("utf-8")
README = (ROOT / "README.md").read_text("utf-8")
WORKFLOW = yaml.safe_load((ROOT / ".github" / "workflows" / "test.yml").read_text("utf-8"))
# Pins that publish no wheel, only a pure-Python sdist: allowed as source (their
# Requires-Python still counts). Every other pin must have a wheel for each promised Python.
SDIST_ONLY = ("jieba",)
DEBIAN_12_PYTHON = "3.11.2"


def make_variable(name: str) -> str:
    return re.search(rf"^{name} := (\S+)$", MAKEFILE, re.M).group(1)


LOWEST, NEWEST = make_variable("MIN_PYTHON"), make_variable("NEWEST_PYTHON")


def ci_pythons() -> list[str]:
    return WORKFLOW["jobs"]["test"]["strategy"]["matrix"]["python"]


def test_readme_makefile_and_ci_promise_the_same_pythons():
    assert ci_pythons() == [LOWEST, ci_pythons()[-1]], "CI runs the lowest and the newest promised Python"
    assert ci_pythons()[-1].startswith(f"{NEWEST}."), f"CI's newest Python is a {NEWEST} release"
    assert WORKFLOW["jobs"]["test"]["container"] == "python:${{ matrix.python }}-bookworm"
    assert f"You need Python {LOWEST} to {NEWEST} (CI runs the tests on both)" in README
    assert f"Debian 12 ships Python {DEBIAN_12_PYTHON}, which is too old" in README
    assert f"uv python install {NEWEST}" in README
    assert f'make serve PYTHON="$(uv python find {NEWEST})"' in README


# -- requirements.txt resolves for each promised Python ------------------------------


def download(python: str, dest: Path, requirements: list[str]) -> str | None:
    """pip download the pins, without dependencies (all are pinned), for `python` on this
    platform: None, or pip's complaint in one line naming the pin that does not resolve."""
    result = subprocess.run(
        [
            *(sys.executable, "-m", "pip", "download", "--quiet", "--no-deps", "--python-version", python),
            *("--only-binary=:all:", f"--no-binary={','.join(SDIST_ONLY)}", "--dest", str(dest), *requirements),
        ],
        capture_output=True,
        text=True,
        timeout=900,
        env={**os.environ, "PIP_DISABLE_PIP_VERSION_CHECK": "1"},
    )
    return None if result.returncode == 0 else unresolved(result.stderr)


def unresolved(stderr: str) -> str:
    """pip's complaint in one line: which pin, and why ("pymdown-extensions==13.1.2 (Requires-Python >=3.11.5)")."""
    found = re.search(r"No matching distribution found for (\S+)", stderr)
    if not found:
        return stderr.strip().splitlines()[-1] if stderr.strip() else "pip failed without a message"
    pin = found.group(1)
    version = pin.partition("==")[2]
    why = re.search(rf"(?:: |; ){re.escape(version)} (Requires-Python [^;\n]+)", stderr)
    return f"{pin} ({why.group(1) if why else 'no wheel for it, nor for this Python'})"


def pin(name: str) -> str:
    return re.search(rf"^{name}==\S+$", (ROOT / "requirements.txt").read_text("utf-8"), re.M).group(0)


def test_requirements_resolve_for_each_promised_python(tmp_path):
    # One after the other into one folder: the second skips the wheels both share.
    requirements = ["--requirement", str(ROOT / "requirements.txt")]
    failed = [
        f"Python {python}: {why} does not resolve"
        for python in ci_pythons()
        if (why := download(python, tmp_path, requirements))
    ]
    assert failed == []


def test_debian_12s_python_is_too_old_for_the_reason_the_readme_gives(tmp_path):
    for name in ("pymdown-extensions", "soupsieve"):
        assert download(DEBIAN_12_PYTHON, tmp_path, [pin(name)]) == f"{pin(name)} (Requires-Python >={LOWEST})"


def test_a_pin_without_a_wheel_for_the_python_is_named():
    stderr = "ERROR: No matching distribution found for greenlet==3.5.6\n"
    assert unresolved(stderr) == "greenlet==3.5.6 (no wheel for it, nor for this Python)"


# -- make on a Python that is too old ------------------------------------------------


def fake_python(folder: Path, version: str) -> Path:
    """An interpreter that says it is `version`, for the Makefile's check; `-m venv DIR` makes DIR/bin/python."""
    fake = folder / "python3"
    fake.write_text(
        f"""#!{sys.executable}
import pathlib, sys
sys.version_info = tuple(map(int, "{version}".split("."))) + ("final", 0)
if sys.argv[1:] == ["--version"]:
    print("Python {version}")
elif sys.argv[1:2] == ["-c"]:
    exec(sys.argv[2])
elif sys.argv[1:3] == ["-m", "venv"]:
    (pathlib.Path(sys.argv[3]) / "bin").mkdir(parents=True)
    (pathlib.Path(sys.argv[3]) / "bin" / "python").touch()
else:
    sys.exit(f"not faked: {{sys.argv[1:]}}")
""",
        "utf-8",
    )
    fake.chmod(0o755)
    return fake


def run_make(*args: str) -> subprocess.CompletedProcess:
    """make in the repository, as a newcomer runs it (not as a sub-make of `make test`)."""
    env = {k: v for k, v in os.environ.items() if k not in ("MAKEFLAGS", "MFLAGS", "MAKELEVEL")}
    return subprocess.run(
        ["make", "--no-print-directory", "-C", str(ROOT), *args], capture_output=True, text=True, timeout=120, env=env
    )


def test_make_stops_in_one_line_on_a_python_older_than_the_lowest(tmp_path):
    fake, venv = fake_python(tmp_path, DEBIAN_12_PYTHON), tmp_path / "venv"
    result = run_make(f"PYTHON={fake}", f"VENV={venv}", "serve")
    assert result.returncode != 0
    assert not venv.exists()
    first, *rest = result.stderr.splitlines()
    assert first == (
        f"Python {LOWEST} or newer is needed (pymdown-extensions 13 and soupsieve 4 require it); "
        f"{fake} is Python {DEBIAN_12_PYTHON}. Get one: uv python install {NEWEST}, "
        f'then run: make serve PYTHON="$(uv python find {NEWEST})"'
    )
    assert all(line.startswith("make: ***") for line in rest), "only make's own line follows"


def test_make_takes_the_lowest_promised_python(tmp_path):
    fake, venv = fake_python(tmp_path, LOWEST), tmp_path / "venv"
    result = run_make(f"PYTHON={fake}", f"VENV={venv}", f"{venv}/bin/python")
    assert result.returncode == 0, result.stderr
    assert (venv / "bin" / "python").exists()


# -- make serve reloads on every folder an editor changes ----------------------------


def test_make_serve_rebuilds_when_an_override_changes(tmp_path):
    """The serve command from the Makefile, run on a copy: an edit in overrides/ rebuilds the site."""
    port = free_port()
    dry = run_make("-n", "serve", f"PORT={port}")
    command = next(line for line in dry.stdout.replace("\\\n", " ").splitlines() if " serve " in line)
    env_part, _, argv = command.partition(" .venv/bin/mkdocs ")
    assert env_part.startswith("SITE_URL="), command
    project = copy_project(tmp_path / "project")
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1", "SITE_URL": f"http://127.0.0.1:{port}/"}
    log = tmp_path / "serve.log"
    with log.open("w") as out:
        server = subprocess.Popen(
            [sys.executable, "-m", "mkdocs", *shlex.split(argv)],
            cwd=project,
            env=env,
            stdout=out,
            stderr=subprocess.STDOUT,
        )
    try:
        wait_for(log, "Serving on", server)
        before = log.read_text("utf-8").count("Building documentation")
        main = project / "overrides" / "main.html"
        main.write_text(main.read_text("utf-8") + "\n{# edited #}\n", "utf-8")
        wait_for(log, "Building documentation", server, more_than=before)
    finally:
        server.terminate()
        server.wait(timeout=30)


def wait_for(log: Path, text: str, process: subprocess.Popen, more_than: int = 0, timeout: float = 90) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if log.read_text("utf-8").count(text) > more_than:
            return
        assert process.poll() is None, log.read_text("utf-8")[-2000:]
        time.sleep(0.3)
    raise AssertionError(f"no {text!r} within {timeout} s:\n{log.read_text('utf-8')[-2000:]}")
