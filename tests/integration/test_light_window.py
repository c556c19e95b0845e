"""The window's process never loads the database's libraries, and paints before it loads the rest of the
interface (issue 16): the desk, in its own process, runs on the store; the window names its methods."""

from __future__ import annotations

import ast
import json
import os
import subprocess
import sys
from pathlib import Path

from callnotes.services import desk
from callnotes.store.access import Store

NEVER = {
    "sqlalchemy",
    "sqlmodel",
    "alembic",
    "mako",
    "pydantic",
    "reportlab",
    "pypdfium2",
    "pikepdf",
    "PIL",
    "jinja2",
}
NOT_BEFORE_THE_PAINT = NEVER | {"babel", "phonenumbers", "stdnum", "importlib.metadata"}

# Runs app.run on the data folder; notes the packages loaded when the window is first painted and once
# it is built and shows the debtors, then quits.
WINDOW = """
import json, sys
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication
import callnotes.app as app

seen = {}
def loaded():
    return sorted({name.split(".")[0] for name in sys.modules} | set(sys.modules))

class Watch(QObject):
    def eventFilter(self, watched, event):
        if event.type() == QEvent.Type.Paint and "painted" not in seen and watched.isWidgetType() and watched.isWindow():
            seen["painted"] = loaded()
        return False

watch = Watch()
def check():
    window = app_shell["window"]
    if window is not None and window.built and window.debtor_list.model.rowCount() > 0:
        seen["filled"] = loaded()
        QApplication.quit()

def application(argv, made=app.application):
    qt = made(argv)
    qt.installEventFilter(watch)
    timer = QTimer(qt)
    timer.timeout.connect(check)
    timer.start(20)
    QTimer.singleShot(60_000, QApplication.quit)
    return qt

app_shell = {"window": None}
open_window = app.Shell.open
def remember(self, *args, **kwargs):
    app_shell["window"] = open_window(self, *args, **kwargs)
    return app_shell["window"]

app.application = application
app.Shell.open = remember
status = app.run(sys.argv[1], None)
print(json.dumps({"status": status, **seen}))
"""


def test_the_window_paints_before_the_interface_loads_and_never_loads_the_store(
    demo_store: Store, tmp_path: Path
) -> None:
    checkout = str(Path(desk.__file__).parents[2])  # this callnotes, whatever the folder it runs in
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": checkout}
    result = subprocess.run(
        [sys.executable, "-c", WINDOW, str(demo_store.paths.data_dir)],
        capture_output=True,
        text=True,
        timeout=120,
        env=env,
        cwd=tmp_path,
    )
    assert "Traceback" not in result.stderr
    seen = json.loads(result.stdout.splitlines()[-1])
    assert seen["status"] == 0
    assert "filled" in seen, "the window never showed the debtors"
    assert "callnotes.ui.main_window" in seen["painted"] and "PySide6" in seen["painted"]
    assert NOT_BEFORE_THE_PAINT & set(seen["painted"]) == set()
    assert "callnotes.ui.debtor_list" not in seen["painted"]  # built after the paint
    assert {"babel", "callnotes.ui.debtor_list"} <= set(seen["filled"])
    assert NEVER & set(seen["filled"]) == set()


def test_every_module_a_desk_method_runs_on_is_loaded_ahead() -> None:
    """The desk process imports RUNS_ON while it answers its first reads (and the tests' fork server
    before any desk): a module a method imports that is not among them would load during a call."""
    tree = ast.parse(Path(desk.__file__).read_text(encoding="utf-8"))
    named = set()  # `from M import N` inside the classes: M, and M.N where N is a module
    for node in ast.walk(tree):
        if isinstance(node, ast.ClassDef):
            for inner in ast.walk(node):
                if (
                    isinstance(inner, ast.ImportFrom)
                    and inner.module
                    and inner.module.startswith("callnotes")
                ):
                    named |= {inner.module, *(f"{inner.module}.{alias.name}" for alias in inner.names)}
    named -= {"callnotes.example"}  # loads only to load the example data
    probe = f"""
import importlib, importlib.util, json, sys
for name in {desk.RUNS_ON!r}:
    importlib.import_module(name)
def is_module(name):
    try:
        return importlib.util.find_spec(name) is not None
    except ModuleNotFoundError:
        return False
named = {sorted(named)!r}
print(json.dumps([name for name in named if is_module(name) and name not in sys.modules]))
"""
    result = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, timeout=120)
    assert json.loads(result.stdout) == [], result.stderr
