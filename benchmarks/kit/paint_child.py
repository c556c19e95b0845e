"""A child process that says when its first top-level window paints: the bare window and callnotes alike.

    python benchmarks/kit/paint_child.py bare
    python benchmarks/kit/paint_child.py app DATA_DIR

Both install the same event filter on the application: the first Paint event of a top-level window
prints `BENCH painted` on stdout (the parent times from spawning the child to reading that line).
`bare` is a QMainWindow that shows and quits. `app` starts callnotes as its command line does
(`callnotes --data-dir DATA_DIR`); the filter goes in as the app builds its QApplication
(`callnotes.app.application`, wrapped as the app imports callnotes.app: not imported before, so
the app starts in its own order). After the paint it waits for the debtor list to hold a first
screen of rows, brings the list into view if another page is showing (the agenda is the start page
once there is data, unless the window was last left on the list: so the first run starts on the
agenda, and the runs after it on the list), and prints `BENCH list MS` at the list's next paint:
milliseconds from the window's first paint to the list shown. Then it quits.

Nothing is imported at module level but the standard library: the desk process (multiprocessing)
imports this file again as its main module, and what it imports is what the child measures.
"""

from __future__ import annotations

import sys
import time

POLL_MS = 2
GIVE_UP_S = 120  # the list never filled: say so rather than hang


def say(line: str) -> None:
    sys.stdout.write(f"BENCH {line}\n")
    sys.stdout.flush()


def paint_filter(on_paint: object) -> object:
    """An application-wide event filter calling `on_paint(widget)` at each top-level window's paint."""
    from PySide6.QtCore import QEvent, QObject
    from PySide6.QtWidgets import QWidget

    class Filter(QObject):
        def eventFilter(self, watched: QObject, event: QEvent) -> bool:
            if event.type() == QEvent.Type.Paint and isinstance(watched, QWidget) and watched.isWindow():
                on_paint(watched)  # type: ignore[operator]
            return False

    return Filter()


def bare() -> int:
    from PySide6.QtWidgets import QApplication, QMainWindow

    app = QApplication(sys.argv[:1])
    painted = False

    def on_paint(_window: object) -> None:
        nonlocal painted
        if not painted:
            painted = True
            say("painted")
            app.quit()

    keep = paint_filter(on_paint)
    app.installEventFilter(keep)  # type: ignore[arg-type]
    window = QMainWindow()
    window.setWindowTitle("bare")
    window.resize(1280, 720)
    window.show()
    return app.exec()


class ListWatch:
    """After the first paint: when the debtor list holds a screen of rows, bring it into view and
    report at the list's next paint."""

    def __init__(self, painted_at: float) -> None:
        from PySide6.QtCore import Qt, QTimer

        self.painted_at = painted_at
        self.watching = False
        self.timer = QTimer(interval=POLL_MS, timerType=Qt.TimerType.PreciseTimer)
        self.timer.timeout.connect(self.poll)
        self.timer.start()

    def poll(self) -> None:
        from PySide6.QtWidgets import QApplication

        if time.perf_counter() - self.painted_at > GIVE_UP_S:
            say("list never")
            QApplication.quit()
            return
        window = next(
            (w for w in QApplication.topLevelWidgets() if hasattr(w, "debtor_list") and w.isVisible()), None
        )
        if window is None:
            return
        table = window.debtor_list.table  # type: ignore[attr-defined]
        row_height = max(1, table.verticalHeader().defaultSectionSize())
        screen = max(1, table.viewport().height() // row_height)
        if table.model() is None or table.model().rowCount() < screen:
            return
        if not table.isVisible() and not hasattr(window, "debtors_action"):
            return  # another page shows, and the key that brings the list (Ctrl+2) is not there yet
        self.timer.stop()
        if not table.isVisible():  # the agenda shows: the user asks for the list (Ctrl+2)
            window.debtors_action.trigger()  # type: ignore[attr-defined]
        viewport = table.viewport()

        def on_paint(_widget: object) -> None:
            say(f"list {(time.perf_counter() - self.painted_at) * 1000:.3f}")
            QApplication.quit()

        self.keep = _OnePaint(viewport, on_paint)
        viewport.update()


class _OnePaint:
    """Calls back once, at the next Paint event of one widget."""

    def __init__(self, widget: object, callback: object) -> None:
        from PySide6.QtCore import QEvent, QObject

        class Filter(QObject):
            def eventFilter(self, watched: QObject, event: QEvent) -> bool:
                if event.type() == QEvent.Type.Paint and not done[0]:
                    done[0] = True
                    callback(watched)  # type: ignore[operator]
                return False

        done = [False]
        self.filter = Filter()
        widget.installEventFilter(self.filter)  # type: ignore[attr-defined]


def when_imported(name: str, then: object) -> None:
    """Call `then(module)` once the module `name` has been imported (by the app, when it imports it):
    the child hooks into callnotes.app without importing it first, so the app starts in its own order
    (its desk process is forked before Qt loads)."""
    import importlib.abc
    import importlib.util

    class Finder(importlib.abc.MetaPathFinder):
        def find_spec(self, fullname: str, path: object, target: object = None) -> object:
            if fullname != name:
                return None
            sys.meta_path.remove(self)
            spec = importlib.util.find_spec(fullname)
            loader = spec.loader  # type: ignore[union-attr]
            run = loader.exec_module  # type: ignore[union-attr]

            def exec_module(module: object) -> None:
                run(module)
                then(module)  # type: ignore[operator]

            loader.exec_module = exec_module  # type: ignore[union-attr]
            return spec

    sys.meta_path.insert(0, Finder())


def app(data_dir: str) -> int:
    from callnotes.cli import main

    state: dict[str, object] = {}

    def on_paint(_window: object) -> None:
        if "painted" not in state:
            painted = state["painted"] = time.perf_counter()
            say("painted")
            state["watch"] = ListWatch(painted)

    def hook(app_module: object) -> None:
        original = app_module.application  # type: ignore[attr-defined]

        def application(argv: list[str]) -> object:
            made = original(argv)
            state["filter"] = paint_filter(on_paint)
            made.installEventFilter(state["filter"])
            return made

        app_module.application = application  # type: ignore[attr-defined]

    when_imported("callnotes.app", hook)
    return main(["--data-dir", data_dir])


if __name__ == "__main__":
    if sys.argv[1:2] == ["bare"]:
        sys.exit(bare())
    if sys.argv[1:2] == ["app"] and len(sys.argv) == 3:
        sys.exit(app(sys.argv[2]))
    print(__doc__, file=sys.stderr)
    sys.exit(2)
