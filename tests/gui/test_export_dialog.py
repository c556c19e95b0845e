"""Export packet…: options from the form, export in a worker with progress, cancel, open, print."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from pypdf import PdfReader
from PySide6.QtCore import QDate, QUrl
from PySide6.QtPrintSupport import QPrinter

from callnotes.services.backend import DeskProcess
from callnotes.store.access import Store
from callnotes.ui import export_dialog
from callnotes.ui.export_dialog import ExportDialog
from callnotes.ui.worker import Worker
from tests.gui.test_main_window import make_window

GREEK = 2


def make_dialog(qtbot, desk: DeskProcess, tmp_path: Path) -> ExportDialog:  # type: ignore[no-untyped-def]
    failures: list[Exception] = []
    worker = Worker(desk, failures.append)
    dialog = ExportDialog(desk, worker, GREEK, "Παπαδόπουλος & Σια Ο.Ε.", "el")
    worker.setParent(dialog)
    qtbot.addWidget(dialog)
    dialog.out_path.setText(str(tmp_path / "packet"))
    dialog.show()
    return dialog


def test_the_form_gives_the_packet_options(
    qtbot, demo_store: Store, desk_process: DeskProcess, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    dialog = make_dialog(qtbot, desk_process, tmp_path)
    options = dialog.options()
    assert (options.language, options.destination, options.attachments) == ("el", "general", True)
    assert options.period_from is None and options.period_to is None and not dialog.date_from.isEnabled()
    dialog.whole_record.setChecked(False)
    dialog.date_from.setDate(QDate(2026, 1, 1))
    dialog.date_to.setDate(QDate(2026, 6, 30))
    dialog.language.setCurrentIndex(dialog.language.findData("es"))
    dialog.destination.setCurrentIndex(dialog.destination.findData("payment-order"))
    dialog.attachments.setChecked(False)
    options = dialog.options()
    assert (options.period_from, options.period_to) == (date(2026, 1, 1), date(2026, 6, 30))
    assert (options.language, options.destination, options.attachments) == ("es", "payment-order", False)


def test_exports_in_a_worker_then_opens_and_prints(
    qtbot, monkeypatch, demo_store: Store, desk_process: DeskProcess, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    dialog = make_dialog(qtbot, desk_process, tmp_path)
    dialog.export_button.click()
    assert not dialog.export_button.isEnabled() and dialog.cancel_button.text() == "Cancel"
    qtbot.waitUntil(lambda: not dialog.running and dialog.exported is not None, timeout=20_000)
    exported = dialog.exported
    assert exported is not None and exported.path == tmp_path / "packet.pdf" and exported.path.exists()
    assert dialog.progress.value() == dialog.progress.maximum()
    assert f"{exported.pages} pages" in dialog.status.text() and exported.head in dialog.status.text()
    assert dialog.open_button.isEnabled() and dialog.print_button.isEnabled()

    opened: list[QUrl] = []
    monkeypatch.setattr(export_dialog.QDesktopServices, "openUrl", opened.append)
    dialog.open_button.click()
    assert opened == [QUrl.fromLocalFile(str(exported.path))]

    printer = QPrinter(QPrinter.PrinterMode.ScreenResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    assert dialog.print_to(printer) == exported.pages
    assert len(PdfReader(tmp_path / "printed.pdf").pages) == exported.pages


def test_cancel_stops_the_export_and_writes_nothing(
    qtbot, demo_store: Store, desk_process: DeskProcess, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    dialog = make_dialog(qtbot, desk_process, tmp_path)
    dialog.export_button.click()
    dialog.cancel_button.click()  # at once: the desk stops the export at its next step
    assert "Cancelling" in dialog.status.text()
    qtbot.waitUntil(lambda: not dialog.running, timeout=10_000)
    assert "cancelled" in dialog.status.text() and dialog.exported is None
    assert dialog.cancel_button.text() == "Close" and not dialog.open_button.isEnabled()
    assert not list(tmp_path.glob("*packet*"))  # no file, not even a partial one


def test_file_menu_opens_the_dialog_for_the_selected_debtor(
    qtbot, demo_store: Store, desk_process: DeskProcess
) -> None:  # type: ignore[no-untyped-def]
    window = make_window(qtbot, desk_process)
    assert window.export_action.shortcut().toString() == "Ctrl+Shift+E"
    window.export_action.trigger()
    dialog = window.findChild(ExportDialog)
    assert dialog is not None and dialog.isVisible()
    selected = window.debtor_list.selected_id()
    assert dialog.debtor_id == selected
    dialog.reject()
