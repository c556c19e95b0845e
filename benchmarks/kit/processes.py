"""Child processes timed from the parent: a command to its exit, a window to its first paint."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]  # the checkout: callnotes and benchmarks import from here
PAINT_CHILD = Path(__file__).with_name("paint_child.py")
CHILD_TIMEOUT_S = 600


def child_env() -> dict[str, str]:
    """The environment of every child: this checkout first on the path, Qt offscreen unless chosen,
    and Python's bytecode kept between runs, as an installed callnotes runs (pip and the packaged
    build compile it once; a checkout writes its __pycache__ on the first start). With
    PYTHONDONTWRITEBYTECODE set (some shells and CI do), every start would compile every module of
    callnotes from its source again, which no user's start does, while the bare window's PySide6 is
    compiled already: the bytecode goes to a folder of the benchmarks' own (PYTHONPYCACHEPREFIX, beside
    the synthetic database), not into the checkout, and the runs not counted compile it."""
    from benchmarks.synthetic import cache_folder

    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(ROOT), env.get("PYTHONPATH")]))
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    env["PYTHONPYCACHEPREFIX"] = str(cache_folder() / "pycache")
    return env


def python(*args: str | Path) -> list[str]:
    return [sys.executable, *map(str, args)]


def run_timed(argv: Sequence[str], stdout: Path | None = None) -> float:
    """Seconds from spawning the command to its exit; it must succeed (its output kept in `stdout`)."""
    out = open(stdout, "wb") if stdout is not None else subprocess.DEVNULL  # noqa: SIM115
    try:
        started = time.perf_counter()
        done = subprocess.run(
            argv, stdout=out, stderr=subprocess.PIPE, env=child_env(), cwd=ROOT, timeout=CHILD_TIMEOUT_S
        )
        took = time.perf_counter() - started
    finally:
        if stdout is not None:
            out.close()  # type: ignore[union-attr]
    if done.returncode:
        raise RuntimeError(f"{' '.join(argv[1:])} failed ({done.returncode}): {done.stderr.decode()[-300:]}")
    return took


@dataclass
class Painted:
    """A paint child's times: spawn to its first paint (seconds), and for the app the debtor list's
    milliseconds after that paint (None for the bare window)."""

    first_paint: float
    list_ms: float | None


def paint_run(mode: str, *args: str | Path) -> Painted:
    """Spawn paint_child.py in `mode`; time to its `BENCH painted` line; read its other lines."""
    started = time.perf_counter()
    child = subprocess.Popen(
        python(PAINT_CHILD, mode, *args),
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env=child_env(),
        cwd=ROOT,
        text=True,
    )
    assert child.stdout is not None
    painted: float | None = None
    list_ms: float | None = None
    for line in child.stdout:
        if line.startswith("BENCH painted"):
            painted = time.perf_counter() - started
        elif line.startswith("BENCH list "):
            word = line.split()[2]
            list_ms = None if word == "never" else float(word)
    try:
        _, errors = child.communicate(timeout=CHILD_TIMEOUT_S)
    except subprocess.TimeoutExpired:
        child.kill()
        _, errors = child.communicate()
    if painted is None:
        raise RuntimeError(f"the {mode} window never painted ({child.returncode}): {errors[-300:]}")
    if mode == "app" and list_ms is None:
        raise RuntimeError(f"the debtor list never showed a screen of rows: {errors[-300:]}")
    return Painted(painted, list_ms)
