"""The source distribution and the wheel carry everything: installed outside the checkout, callnotes runs.

The sdist is built from the project's files, the wheel from the unpacked sdist, and the wheel is
installed into a fresh virtual environment in a temporary folder. The packages it depends on are
lent to that environment from the test's own (a path file), so the test needs no network; the
callnotes it runs is the installed one, which is checked first.
"""

from __future__ import annotations

import os
import subprocess
import sys
import sysconfig
import tarfile
import time
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


def _run(*args: str | Path, cwd: Path, env: dict[str, str] | None = None) -> str:
    result = subprocess.run(
        [str(a) for a in args], cwd=cwd, env=env, capture_output=True, text=True, timeout=300
    )
    assert result.returncode == 0, f"{args} failed:\n{result.stdout[-2000:]}\n{result.stderr[-2000:]}"
    assert "Traceback" not in result.stderr
    return result.stdout


def _project_files() -> list[str]:
    listed = subprocess.run(
        ["git", "ls-files", "--cached", "--others", "--exclude-standard"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=True,
    )
    return [name for name in listed.stdout.splitlines() if (ROOT / name).is_file()]


def _build(hook: str, source: Path, out: Path) -> Path:
    """Call the project's build backend (PEP 517) in `source`; the built file's path."""
    out.mkdir(exist_ok=True)
    code = f"from setuptools import build_meta; print(build_meta.{hook}({str(out)!r}))"
    name = _run(sys.executable, "-c", code, cwd=source).strip().splitlines()[-1]
    return out / name


@pytest.fixture(scope="module")
def installed(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A fresh virtual environment with the wheel built from the sdist installed; its bin folder."""
    work = tmp_path_factory.mktemp("wheel")
    source = work / "source"
    for name in _project_files():
        target = source / name
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes((ROOT / name).read_bytes())
    sdist = _build("build_sdist", source, work / "dist")
    with tarfile.open(sdist) as archive:
        names = archive.getnames()
        assert any(n.endswith("resources/fonts/DejaVuSans.ttf") for n in names)
        assert any(n.endswith("docs/verify_journal.py") for n in names)
        archive.extractall(work / "unpacked", filter="data")
    wheel = _build("build_wheel", work / "unpacked" / sdist.name.removesuffix(".tar.gz"), work / "dist")
    venv = work / "venv"
    _run(sys.executable, "-m", "venv", "--without-pip", venv, cwd=work)
    python = venv / "bin" / "python"
    _run(sys.executable, "-m", "pip", "--python", python, "install", "-q", "--no-deps", wheel, cwd=work)
    site = Path(
        _run(python, "-c", "import sysconfig; print(sysconfig.get_path('purelib'))", cwd=work).strip()
    )
    lent = {sysconfig.get_path("purelib"), sysconfig.get_path("platlib")}
    (site / "lent-dependencies.pth").write_text("\n".join(sorted(lent)) + "\n")
    return venv / "bin"


def _env(data: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("PYTHON")}
    env["CALLNOTES_DATA_DIR"] = str(data)
    return env


def test_the_installed_package_is_the_one_that_runs_and_finds_its_resources(
    installed: Path, tmp_path: Path
) -> None:
    code = (
        "import callnotes, callnotes.resources as r; "
        "print(callnotes.__file__); print(r.resource('fonts', 'DejaVuSans.ttf')); "
        "print(r.resource('translations', 'callnotes_el.qm')); print(r.shipped_document('verify_journal.py'))"
    )
    lines = _run(installed / "python", "-c", code, cwd=tmp_path, env=_env(tmp_path / "data")).splitlines()
    venv = installed.parent
    for line in lines:
        assert Path(line).is_relative_to(venv), f"{line} is not inside the installed environment"
        assert Path(line).is_file()
    assert not any(Path(line).is_relative_to(ROOT) for line in lines)


def test_the_installed_command_line_makes_example_data_and_a_packet(installed: Path, tmp_path: Path) -> None:
    env = _env(tmp_path / "data")
    assert _run(installed / "callnotes", "--version", cwd=tmp_path, env=env).startswith("callnotes ")
    _run(installed / "callnotes", "demo", cwd=tmp_path, env=env)
    written = _run(
        installed / "callnotes", "packet", "--debtor", "2", "--out", tmp_path / "p.pdf", cwd=tmp_path, env=env
    )
    assert "pages" in written and (tmp_path / "p.pdf").stat().st_size > 10_000


def test_the_installed_window_opens_offscreen_and_stays_up(installed: Path, tmp_path: Path) -> None:
    env = _env(tmp_path / "data") | {"QT_QPA_PLATFORM": "offscreen"}
    window = subprocess.Popen(
        [installed / "callnotes"],
        cwd=tmp_path,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        deadline = time.monotonic() + 8
        while time.monotonic() < deadline and window.poll() is None:
            time.sleep(0.2)
        assert window.poll() is None, f"the window exited: {window.communicate()[1][-2000:]}"
        assert (tmp_path / "data" / "callnotes.sqlite3").is_file()  # it opened the store behind the window
    finally:
        window.terminate()
        _, errors = window.communicate(timeout=30)
    assert "Traceback" not in errors
    assert (
        "callnotes:" not in errors
    )  # app.run says "callnotes: <problem>" when the desk cannot open the data
