"""Documents in the window: Attach files… to an invoice, files dropped on the debtor's panel or on an
invoice's row, listed in the Record tab with their size and owner, and a plain message when nothing on
this computer opens them."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QDesktopServices, QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QFileDialog, QMessageBox

from callnotes.services.backend import DeskProcess
from callnotes.store.access import Store
from callnotes.ui.main_window import MainWindow
from tests.gui.test_main_window import make_window


def _shown(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    qtbot.waitUntil(lambda: window.detail.view is not None and not window.worker.busy, timeout=10_000)


def _documents(window: MainWindow) -> list[tuple[str, ...]]:
    model = window.detail.documents.model
    return [tuple(model.index(r, c).data() for c in range(4)) for r in range(model.rowCount())]


def _listed(qtbot, window: MainWindow, name: str) -> tuple[str, ...]:  # type: ignore[no-untyped-def]
    qtbot.waitUntil(lambda: any(row[0] == name for row in _documents(window)), timeout=10_000)
    return next(row for row in _documents(window) if row[0] == name)


def _drop(window: MainWindow, files: list[Path], at: QPoint) -> None:
    """Drag files over the panel and drop them at `at` (the handlers are called as Qt's drag loop would:
    QApplication delivers no drop that no real drag started)."""
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(f)) for f in files])
    buttons, keys = Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    enter = QDragEnterEvent(at, Qt.DropAction.CopyAction, mime, buttons, keys)
    enter.setAccepted(False)
    window.detail.dragEnterEvent(enter)
    assert enter.isAccepted()
    event = QDropEvent(QPointF(at), Qt.DropAction.CopyAction, mime, buttons, keys)
    event.setAccepted(False)
    window.detail.dropEvent(event)
    assert event.isAccepted()


def test_attach_files_to_the_selected_invoice_lists_it_in_the_record_tab(
    qtbot, demo_store: Store, desk_process: DeskProcess, tmp_path: Path, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    window = make_window(qtbot, desk_process)
    _shown(qtbot, window)
    detail = window.detail
    assert not window.documents.attach_invoice.isEnabled()  # no invoice selected yet
    detail.tabs.setCurrentWidget(detail.invoices)
    detail.invoices.table.selectRow(0)
    number = detail.invoices.selected().invoice.number  # type: ignore[union-attr]
    assert window.documents.attach_invoice.isEnabled()
    scan = tmp_path / "albarán firmado.pdf"
    scan.write_bytes(b"%PDF-1.4 " + b"x" * 2491)  # 2,500 bytes
    asked: list[str] = []

    def chosen(parent, title, *args):  # type: ignore[no-untyped-def]
        asked.append(title)
        return [str(scan)], ""

    monkeypatch.setattr(QFileDialog, "getOpenFileNames", staticmethod(chosen))
    window.documents.attach_invoice.trigger()
    _, size, owner, added = _listed(qtbot, window, "albarán firmado.pdf")
    assert (size, owner) == ("2,5 kB", f"invoice {number}")
    assert added == "22/11/2026 13:00"  # noon UTC on the test's clock, in Madrid
    assert asked == [f"Attach files to invoice {number}"]
    qtbot.waitUntil(lambda: "Attached to invoice" in window.statusBar().currentMessage(), timeout=10_000)
    assert "albarán firmado.pdf" in window.statusBar().currentMessage()
    window.documents.attach_invoice.trigger()  # the same file again: said, not added
    qtbot.waitUntil(lambda: "Already kept with" in window.statusBar().currentMessage(), timeout=10_000)
    qtbot.waitUntil(lambda: not window.worker.busy, timeout=10_000)
    assert [row[0] for row in _documents(window)].count("albarán firmado.pdf") == 1


def test_files_dropped_on_the_panel_go_to_the_debtor_or_to_the_invoice_under_them(
    qtbot, demo_store: Store, desk_process: DeskProcess, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    window = make_window(qtbot, desk_process)
    _shown(qtbot, window)
    detail = window.detail
    letter = tmp_path / "carta.eml"
    letter.write_bytes(b"Subject: pago\n\nPagaremos el viernes.\n")
    _drop(window, [letter], detail.title.geometry().center())
    assert _listed(qtbot, window, "carta.eml")[2] == "the debtor"
    qtbot.waitUntil(lambda: "Attached to the debtor: carta.eml." in window.statusBar().currentMessage())

    detail.tabs.setCurrentWidget(detail.invoices)
    table = detail.invoices.table
    qtbot.waitUntil(lambda: table.model().rowCount() > 1 and not window.worker.busy, timeout=10_000)
    second = table.model().index(1, 0)
    number = second.data()
    photo = tmp_path / "foto.png"
    photo.write_bytes(b"\x89PNG not really")
    _drop(window, [photo], table.viewport().mapTo(detail, table.visualRect(second).center()))
    assert _listed(qtbot, window, "foto.png")[2] == f"invoice {number}"
    assert detail.invoices.selected().invoice.number == number  # type: ignore[union-attr]


def test_a_drop_of_something_that_is_not_a_file_is_refused(
    qtbot, demo_store: Store, desk_process: DeskProcess
) -> None:  # type: ignore[no-untyped-def]
    window = make_window(qtbot, desk_process)
    _shown(qtbot, window)
    mime = QMimeData()
    mime.setUrls([QUrl("https://example.com/factura.pdf")])
    buttons, keys = Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    enter = QDragEnterEvent(QPoint(5, 5), Qt.DropAction.CopyAction, mime, buttons, keys)
    enter.setAccepted(False)
    window.detail.dragEnterEvent(enter)
    assert not enter.isAccepted()
    event = QDropEvent(QPointF(5, 5), Qt.DropAction.CopyAction, mime, buttons, keys)
    event.setAccepted(False)
    window.detail.dropEvent(event)
    assert not event.isAccepted()


def test_opening_with_no_viewer_says_so_and_where_the_copy_is(
    qtbot, demo_store: Store, desk_process: DeskProcess, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    opened: list[QUrl] = []

    def no_viewer(url: QUrl) -> bool:
        opened.append(url)
        return False

    monkeypatch.setattr(QDesktopServices, "openUrl", staticmethod(no_viewer))
    window = make_window(qtbot, desk_process)
    _shown(qtbot, window)
    detail = window.detail
    detail.tabs.setCurrentWidget(detail.record)
    qtbot.waitUntil(lambda: detail.documents.model.rowCount() > 0, timeout=10_000)  # the example's own
    detail.documents.table.setFocus()
    detail.documents.table.selectRow(0)
    name = detail.documents.selected().name  # type: ignore[union-attr]
    qtbot.keyClick(detail.documents.table, Qt.Key.Key_Return)  # Enter opens it
    qtbot.waitUntil(lambda: window.documents.no_viewer is not None, timeout=10_000)
    box = window.documents.no_viewer
    assert isinstance(box, QMessageBox) and box.isVisible()
    copy = Path(opened[0].toLocalFile())
    assert copy.name == name and copy.is_file()
    assert name in box.text() and "no program" in box.text()
    assert str(copy.parent) in box.informativeText()
    box.close()


def test_a_file_too_big_is_refused_in_words_with_sizes_in_the_interfaces_locale(qtbot) -> None:  # type: ignore[no-untyped-def]
    from callnotes.errors import InputError
    from callnotes.services.attachments import MAX_FILE_BYTES
    from callnotes.ui.formats import Formats
    from callnotes.ui.forms.problems import problem_text

    refused = InputError(
        "too big",
        problem="file_too_big",
        values={"value": "escaneo.tiff", "name": "escaneo.tiff", "size": 31_400_000, "limit": MAX_FILE_BYTES},
    )
    assert problem_text(refused, Formats("es_ES", "Europe/Madrid")).startswith(
        "“escaneo.tiff” is 31,4 MB; callnotes keeps files of up to 25 MB."
    )
