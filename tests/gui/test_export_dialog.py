"""Export packet…: options and files from the form, export in a worker with progress and cancel, then
each file written with its size, the portal limits gone over and the exhibits to fix; open, print."""

from __future__ import annotations

import os
import re
from dataclasses import replace
from datetime import date
from functools import partial
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QDate, Qt, QTranslator, QUrl
from PySide6.QtGui import QFont
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QAbstractButton, QLabel, QMessageBox

from callnotes.export import ExportResult, FlaggedExhibit, PacketTargets, UnshownExhibit, WrittenFile
from callnotes.export.portals import packet_file_name
from callnotes.services.backend import DeskProcess
from callnotes.services.interest import shipped_rates
from callnotes.store.access import Store
from callnotes.ui import export_dialog, export_outputs
from callnotes.ui.export_dialog import ExportDialog
from callnotes.ui.export_outputs import free_folder
from callnotes.ui.formats import Formats
from callnotes.ui.forms.problems import data_size
from callnotes.ui.i18n import Translations
from callnotes.ui.ui_state import UiState
from callnotes.ui.worker import Worker
from tests.gui.test_main_window import make_window

GREEK = 2
NO = QMessageBox.StandardButton.No
NAME = "Παπαδόπουλος & Σια Ο.Ε."


@pytest.fixture(autouse=True)
def documents(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Path:
    """The default places are in a Documents folder of the test's own, never the user's."""
    home = tmp_path / "home"
    (home / "Documents").mkdir(parents=True)
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))  # no user-dirs.dirs naming another
    return home / "Documents"


def make_dialog(  # type: ignore[no-untyped-def]
    qtbot, desk: DeskProcess, tmp_path: Path, ui_state: UiState | None = None
) -> ExportDialog:
    failures: list[Exception] = []
    worker = Worker(desk, failures.append)
    dialog = ExportDialog(
        desk, worker, GREEK, NAME, "el", ui_state, formats=Formats("el_GR", "Europe/Athens")
    )
    worker.setParent(dialog)
    qtbot.addWidget(dialog)
    dialog.out_path.setText(str(tmp_path / "packet"))
    dialog.show()
    return dialog


def mnemonic_texts(dialog: ExportDialog) -> list[str]:
    """The texts of the dialog's labels and buttons, where a mnemonic is marked with &."""
    return [label.text() for label in dialog.findChildren(QLabel)] + [
        button.text() for button in dialog.findChildren(QAbstractButton)
    ]


def shown_money(dialog: ExportDialog, minor: int, currency: str) -> str:
    """An amount as the notes show it (their plain text turns no-break spaces into spaces)."""
    return dialog.formats.money(minor, currency).replace("\xa0", " ")


def fake_result(folder: Path) -> ExportResult:
    """A monitorio export whose filing copy and one split file are over LexNET's 10 MB."""
    parts = folder / "parts"
    return ExportResult(
        files=(
            WrittenFile(folder / "filing.pdf", 12_400_000, 23, "filing", "10 MB per file (LexNET)"),
            WrittenFile(parts / "00_index.pdf", 40_000, 1, "index"),
            WrittenFile(parts / "01_claim.pdf", 19_500_000, 9, "part", "10 MB per file (LexNET)"),
            WrittenFile(parts / "02_exhibit-C.pdf", 11_200_000, 13, "part", "10 MB per file (LexNET)"),
        ),
        pages=23,
        packet_id="CN-000001",
        head="ab" * 32,
        claimed_minor=341240,
        not_claimed_minor=117390,
        claimed_invoices=("F2026-0042", "F2026-0057"),
        not_claimed_invoices=("F2026-0071",),
        currency="EUR",
        exhibits=(("C", "00" * 32),),
        unshown=(UnshownExhibit("D", "site.heic", "unsupported", "image/heic"),),
        flagged=(FlaggedExhibit("C", "contract.pdf", "fonts"),),
        submission_bytes=30_700_000,  # the two documents, as the core counts them (not the index)
        submission_over="30 MB per submission (LexNET)",
    )


def test_the_form_gives_the_packet_options_and_files(
    qtbot, monkeypatch, demo_store: Store, desk_process: DeskProcess, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    dialog = make_dialog(qtbot, desk_process, tmp_path)
    options = dialog.options()
    assert (options.language, options.destination, options.attachments) == ("el", "general", True)
    assert options.period_from is None and options.period_to is None and not dialog.date_from.isEnabled()
    assert dialog.outputs.checked_targets() == PacketTargets(filing=tmp_path / "packet.pdf")
    dialog.whole_record.setChecked(False)
    dialog.date_from.setDate(QDate(2026, 1, 1))
    dialog.date_to.setDate(QDate(2026, 6, 30))
    dialog.language.setCurrentIndex(dialog.language.findData("es"))
    dialog.destination.setCurrentIndex(dialog.destination.findData("payment-order"))
    dialog.attachments.setChecked(False)
    dialog.declarant_role.setText(" Διαχειριστής ")
    options = dialog.options()
    assert (options.period_from, options.period_to) == (date(2026, 1, 1), date(2026, 6, 30))
    assert (options.language, options.destination, options.attachments) == ("es", "payment-order", False)
    assert options.declarant_role == "Διαχειριστής"

    keys = [key.lower() for text in mnemonic_texts(dialog) for key in re.findall(r"&([^&])", text)]
    assert len(keys) == len(set(keys)), keys  # each Alt+letter goes to one place
    labels = {label.text(): label.buddy() for label in dialog.findChildren(QLabel)}
    assert labels["Lan&guage:"] is dialog.language and labels["Fo&r:"] is dialog.destination

    dialog.outputs.evidence_wanted.setChecked(True)
    dialog.outputs.evidence.line.clear()
    dialog.export_button.click()  # a ticked box without a path: said at once, nothing started
    assert (
        not dialog.running and dialog.status.text() == "Give the evidence copy a file name, or leave it out."
    )
    dialog.outputs.evidence.line.setText(str(tmp_path / "packet"))
    dialog.export_button.click()  # the same name twice: the export refuses it, worded by the window
    qtbot.waitUntil(lambda: not dialog.running, timeout=10_000)
    assert dialog.status.text() == "The evidence copy needs a name of its own, not the filing copy's."
    assert dialog.outputs.evidence.line.text() == str(tmp_path / "packet")  # the line is as typed

    asked: list[str] = []
    monkeypatch.setattr(export_outputs.QMessageBox, "question", lambda *a: asked.append(a[2]) or NO)
    (tmp_path / "evidence.pdf").write_bytes(b"someone else's")
    dialog.outputs.evidence.line.setText(str(tmp_path / "evidence"))
    dialog.export_button.click()  # a file already there is replaced only if the user says so
    assert str(tmp_path / "evidence.pdf") in asked[0] and not dialog.running
    assert (tmp_path / "evidence.pdf").read_bytes() == b"someone else's"

    dialog.outputs.evidence_wanted.setChecked(False)
    dialog.outputs.split_wanted.click()
    for folder, said in (
        (tmp_path / "evidence.pdf", f"{tmp_path / 'evidence.pdf'} is a file; choose a folder for the files"),
        (tmp_path / "missing" / "parts", f"The folder {tmp_path / 'missing'} does not exist; choose another"),
    ):
        dialog.outputs.split.line.setText(str(folder))
        dialog.export_button.click()  # the export refuses the place; the window words it
        qtbot.waitUntil(lambda: not dialog.running, timeout=10_000)
        assert dialog.status.text().startswith(said) and dialog.exported is None
    dialog.outputs.split_wanted.click()
    dialog.outputs.filing.line.setText(str(tmp_path / "missing" / "packet.pdf"))
    dialog.export_button.click()  # the core's refusal to write there, worded by the window too
    qtbot.waitUntil(lambda: not dialog.running, timeout=10_000)
    assert dialog.status.text() == f"The folder {tmp_path / 'missing'} does not exist; choose another place."


def test_a_split_folder_in_use_gives_way_to_a_new_one(tmp_path: Path) -> None:
    assert free_folder(tmp_path / "parts") == tmp_path / "parts"
    (tmp_path / "parts").mkdir()
    assert free_folder(tmp_path / "parts") == tmp_path / "parts"  # empty: the export may use it
    (tmp_path / "parts" / "00_index.pdf").write_bytes(b"%PDF")
    (tmp_path / "parts_2").write_bytes(b"a file")
    assert free_folder(tmp_path / "parts") == tmp_path / "parts_3"


def test_the_destination_names_the_files_until_the_user_does(
    qtbot, demo_store: Store, desk_process: DeskProcess, documents: Path
) -> None:  # type: ignore[no-untyped-def]
    failures: list[Exception] = []
    worker = Worker(desk_process, failures.append)
    dialog = ExportDialog(desk_process, worker, GREEK, NAME, "el", formats=Formats("el_GR", "Europe/Athens"))
    worker.setParent(dialog)
    qtbot.addWidget(dialog)
    today = desk_process.today()
    outputs = dialog.outputs
    filing = Path(dialog.out_path.text())
    assert filing == documents / packet_file_name(NAME, "general", today, "filing")
    assert not outputs.split_wanted.isChecked()

    dialog.destination.setCurrentIndex(dialog.destination.findData("monitorio"))
    filing = Path(dialog.out_path.text())
    assert filing.name == packet_file_name(NAME, "monitorio", today, "filing")
    assert outputs.split_wanted.isChecked() and outputs.split.isEnabled()  # LexNET: one file per document
    split = filing.parent / Path(packet_file_name(NAME, "monitorio", today, "documents")).stem
    assert outputs.split.path() == split
    assert outputs.evidence.path() == filing.parent / packet_file_name(NAME, "monitorio", today, "evidence")

    dialog.show()
    dialog.activateWindow()
    dialog.out_path.setFocus()
    qtbot.waitUntil(dialog.out_path.hasFocus, timeout=5000)
    dialog.out_path.setCursorPosition(len(filing.name) - len(".pdf") + len(str(filing.parent)) + 1)
    qtbot.keyClicks(dialog.out_path, "-mine")  # the user names the filing copy: it is theirs now
    mine = dialog.out_path.text()
    assert Path(mine).name == filing.stem + "-mine.pdf"
    assert outputs.split.path() == split  # no disk asked at each keystroke
    assert outputs.evidence.path() == filing.parent / packet_file_name(NAME, "monitorio", today, "evidence")
    outputs.evidence_wanted.setFocus()  # the typing is done: the folder follows
    assert outputs.split.path() == Path(mine).with_suffix("")
    dialog.destination.setCurrentIndex(dialog.destination.findData("small-claims"))
    assert dialog.out_path.text() == mine and not outputs.split_wanted.isChecked()
    assert outputs.evidence.path() == filing.parent / packet_file_name(
        NAME, "small-claims", today, "evidence"
    )
    outputs.split_wanted.click()  # the user's own choice outlives a change of destination
    dialog.destination.setCurrentIndex(dialog.destination.findData("general"))
    assert outputs.split_wanted.isChecked()


def test_a_place_that_names_only_a_folder_takes_the_default_name(
    qtbot, demo_store: Store, desk_process: DeskProcess, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    dialog = make_dialog(qtbot, desk_process, tmp_path)
    dialog.out_path.clear()
    qtbot.keyClicks(dialog.out_path, "/")
    dialog.export_button.click()  # refused: a file name is needed; the folder it names is used
    assert not dialog.running and dialog.status.text() == "Give the filing copy a file name."
    today = desk_process.today()
    assert (
        dialog.outputs.split.path()
        == Path("/") / Path(packet_file_name(NAME, "general", today, "documents")).stem
    )
    assert dialog.outputs.evidence.path() == Path("/") / packet_file_name(NAME, "general", today, "evidence")


@pytest.mark.skipif(hasattr(os, "geteuid") and os.geteuid() == 0, reason="root reads every folder")
def test_a_folder_that_cannot_be_read_is_said_not_raised(
    qtbot, demo_store: Store, desk_process: DeskProcess, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    dialog = make_dialog(qtbot, desk_process, tmp_path)
    dialog.destination.setCurrentIndex(dialog.destination.findData("monitorio"))  # a split folder too
    locked = tmp_path / "locked"
    locked.mkdir()
    locked.chmod(0)
    try:
        dialog.out_path.setText(str(locked / "packet.pdf"))
        dialog.export_button.click()
        qtbot.waitUntil(lambda: not dialog.running, timeout=10_000)
        assert dialog.exported is None and str(locked) in dialog.status.text()  # the export's refusal
        assert dialog.outputs.split.path() == locked / "packet"
    finally:
        locked.chmod(0o700)


def test_exports_the_evidence_copy_and_split_files_and_lists_them(
    qtbot, monkeypatch, demo_store: Store, desk_process: DeskProcess, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    ui_state = UiState(tmp_path / "ui.ini")
    dialog = make_dialog(qtbot, desk_process, tmp_path, ui_state)
    dialog.destination.setCurrentIndex(dialog.destination.findData("monitorio"))
    dialog.out_path.setText(str(tmp_path / "packet"))
    dialog.outputs.evidence_wanted.setChecked(True)
    dialog.outputs.evidence.line.setText(str(tmp_path / "evidence.pdf"))
    dialog.outputs.split.line.setText(str(tmp_path / "parts"))
    dialog.declarant_role.setText("Owner")
    dialog.activateWindow()
    dialog.export_button.click()
    assert not dialog.export_button.isEnabled() and dialog.cancel_button.text() == "Cancel"
    qtbot.waitUntil(lambda: not dialog.running and dialog.exported is not None, timeout=60_000)
    qtbot.waitUntil(dialog.results.files.hasFocus, timeout=5000)  # not Close: Enter must not close it
    assert dialog.open_button.isDefault() and not dialog.export_button.isDefault()
    exported = dialog.exported
    assert exported is not None and exported.path == tmp_path / "packet.pdf" and exported.path.exists()
    roles = {written.role for written in exported.files}
    assert {"filing", "evidence", "part"} <= roles
    assert (tmp_path / "evidence.pdf").exists() and len(list((tmp_path / "parts").glob("*.pdf"))) >= 2
    rows = dialog.results.files
    assert rows.topLevelItemCount() == len(exported.files)
    for number, written in enumerate(exported.files):
        row = rows.topLevelItem(number)
        assert row.text(0) == written.path.name and written.path.stat().st_size == written.bytes
        assert row.text(2) == str(written.pages) and row.text(3) == data_size(written.bytes, dialog.formats)
    assert dialog.results.isVisible() and exported.head in dialog.status.text()
    claimed = shown_money(dialog, exported.claimed_minor, exported.currency)
    assert f"Amount claimed: {claimed}" in dialog.results.notes.toPlainText()

    opened: list[QUrl] = []
    monkeypatch.setattr(export_dialog.QDesktopServices, "openUrl", lambda url: opened.append(url) or True)
    done = dialog.status.text()
    qtbot.keyClick(rows, Qt.Key.Key_Return)  # opens the filing copy and nothing else: no new export
    assert opened == [QUrl.fromLocalFile(str(exported.path))]
    assert not dialog.running and dialog.status.text() == done and dialog.isVisible()
    dialog.open_button.click()
    dialog.folder_button.click()
    assert opened[1:] == [QUrl.fromLocalFile(str(exported.path)), QUrl.fromLocalFile(str(tmp_path))]
    printer = QPrinter(QPrinter.PrinterMode.ScreenResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    assert dialog.print_to(printer) == exported.files[0].pages
    assert len(PdfReader(tmp_path / "printed.pdf").pages) == exported.files[0].pages

    filed = exported.path.read_bytes()
    dialog.export_button.click()  # the parts folder holds this packet now: never mixed with another's
    qtbot.waitUntil(lambda: not dialog.running, timeout=10_000)
    assert f"folder {tmp_path / 'parts'} already holds files" in dialog.status.text()
    assert exported.path.read_bytes() == filed  # refused before anything was written

    dialog.reject()  # the next packet is signed by the same person, in the same way
    again = make_dialog(qtbot, desk_process, tmp_path, ui_state)
    assert again.declarant_role.text() == "Owner" and again.outputs.evidence_wanted.isChecked()


def test_files_this_dialog_wrote_are_replaced_without_a_question(
    qtbot, monkeypatch, desk_process: DeskProcess, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    dialog = make_dialog(qtbot, desk_process, tmp_path)
    asked: list[str] = []
    monkeypatch.setattr(export_outputs.QMessageBox, "question", lambda *a: asked.append(a[2]) or NO)
    (tmp_path / "packet.pdf").write_bytes(b"%PDF-1.7")
    targets = dialog.outputs.checked_targets()
    assert not isinstance(targets, str) and not dialog.outputs.may_replace(targets)
    assert str(tmp_path / "packet.pdf") in asked[0]
    dialog.outputs.wrote([tmp_path / "packet.pdf"])  # as an export from this dialog does
    assert dialog.outputs.may_replace(targets) and len(asked) == 1


def test_an_oversized_export_warns_and_flagged_exhibits_say_what_to_do(
    qtbot, demo_store: Store, desk_process: DeskProcess, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    dialog = make_dialog(qtbot, desk_process, tmp_path)
    dialog.destination.setCurrentIndex(dialog.destination.findData("monitorio"))
    dialog.show_exported(fake_result(tmp_path))
    notes = dialog.results.notes.toPlainText()
    size = data_size(12_400_000, dialog.formats)
    assert size == "12,4 MB"  # decimal, as the portals state their limits (not 11,8 MiB)
    assert f"filing.pdf is {size}, more than the 10 MB per file LexNET usually accepts" in notes
    assert "Use one file per document, or leave large exhibits out." in notes
    assert "02_exhibit-C.pdf is" in notes and "Attach a smaller copy of this document" in notes
    together = data_size(19_500_000 + 11_200_000, dialog.formats)  # the documents; the index is a reading aid
    assert f"Together the 2 files are {together}, more than the 30 MB per submission LexNET" in notes

    money = partial(shown_money, dialog)
    assert f"Amount claimed: {money(341240, 'EUR')} (invoices F2026-0042, F2026-0057)." in notes
    assert f"Not claimed because not yet due: {money(117390, 'EUR')} (invoices F2026-0071)." in notes
    assert (
        "Exhibit C, contract.pdf: its fonts are not embedded, so it is reproduced as images of its pages. "
        "Save it again as PDF/A from the program that made it, attach the new file and export again." in notes
    )
    assert "Exhibit D, site.heic, is not in the packet: a file of type image/heic" in notes
    assert dialog.results.files.topLevelItemCount() == 4 and dialog.open_button.isEnabled()


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


def big_result(folder: Path) -> ExportResult:
    """A split export of many documents with several things to check: more than a laptop screen holds."""
    parts = folder / "parts"
    files = [
        WrittenFile(folder / "filing.pdf", 2_400_000, 40, "filing"),
        WrittenFile(folder / "evidence.pdf", 2_600_000, 40, "evidence"),
        WrittenFile(parts / "00_index.pdf", 40_000, 1, "index"),
    ] + [WrittenFile(parts / f"{n:02}_exhibit-{n}.pdf", 90_000, 2, "part") for n in range(1, 12)]
    return ExportResult(
        files=tuple(files),
        pages=40,
        packet_id="CN-000002",
        head="cd" * 32,
        claimed_minor=498305,
        not_claimed_minor=61500,
        claimed_invoices=tuple(f"F2026-{n:04}" for n in range(40, 52)),
        not_claimed_invoices=("F2026-0071", "F2026-0090"),
        currency="EUR",
        exhibits=(),
        unshown=(UnshownExhibit("F", "site.heic", "unsupported", "image/heic"),),
        flagged=tuple(FlaggedExhibit(label, f"{label}.pdf", "fonts") for label in "ABCDE"),
        assumed_rates=(date(2026, 7, 1),),
    )


def assert_fits_screen(dialog: ExportDialog) -> None:
    """The whole dialog is on its screen, the buttons included."""
    room = dialog.screen().availableGeometry()
    assert dialog.frameGeometry().height() <= room.height()
    assert room.contains(dialog.frameGeometry().topLeft())
    assert dialog.rect().contains(dialog.buttons.geometry()), (dialog.rect(), dialog.buttons.geometry())


def test_many_files_and_notes_scroll_inside_a_dialog_that_fits_the_screen(
    qtbot, desk_process: DeskProcess, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    ui_state = UiState(tmp_path / "ui.ini")
    dialog = make_dialog(qtbot, desk_process, tmp_path, ui_state)
    qtbot.waitExposed(dialog)
    form_height = dialog.height()
    dialog.show_exported(big_result(tmp_path))
    assert_fits_screen(dialog)
    files, notes = dialog.results.files, dialog.results.notes
    assert files.topLevelItemCount() == 14 and files.verticalScrollBar().maximum() > 0  # the rest scroll
    row = files.visualItemRect(files.topLevelItem(0)).height()
    assert 5 * row <= files.viewport().height() <= 7 * row  # about six rows, not fourteen
    assert notes.verticalScrollBar().maximum() > 0  # the notes scroll too
    assert notes.height() <= notes.fontMetrics().lineSpacing() * 8
    taller = dialog.height() + 40
    dialog.resize(dialog.width(), taller)  # the user makes it taller to see more files
    dialog.show_exported(big_result(tmp_path))
    assert dialog.height() == taller  # kept while the content fits in it

    dialog.start_export()  # a new export clears the results: the dialog shrinks back to the form
    assert dialog.height() <= form_height + dialog.status.height() + 2
    qtbot.waitUntil(lambda: not dialog.running, timeout=60_000)
    dialog._failed(RuntimeError("disk full"))  # an error, as from the export just started
    assert not dialog.results.isVisible() and dialog.height() <= form_height + 3 * dialog.status.height()

    large = QFont(dialog.font())
    large.setPointSize(16)  # large print (or a small screen): six files and the notes are more than it holds
    dialog.setFont(large)
    dialog.show_exported(big_result(tmp_path))
    assert dialog.layout().totalSizeHint().height() > dialog.screen().availableGeometry().height()
    assert_fits_screen(dialog)  # the lists give up rows, the buttons stay
    assert files.viewport().height() >= 2 * files.visualItemRect(files.topLevelItem(0)).height()

    dialog.resize(dialog.width(), 3000)  # a height remembered from a taller screen
    dialog.reject()
    again = make_dialog(qtbot, desk_process, tmp_path, ui_state)
    qtbot.waitExposed(again)
    assert again.height() <= again.layout().totalSizeHint().height()  # no empty room under the form
    assert_fits_screen(again)


def test_without_a_pdf_viewer_the_dialog_says_where_the_file_is(
    qtbot, monkeypatch, desk_process: DeskProcess, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    dialog = make_dialog(qtbot, desk_process, tmp_path)
    dialog.destination.setCurrentIndex(dialog.destination.findData("monitorio"))
    dialog.activateWindow()
    dialog.show_exported(fake_result(tmp_path))
    asked: list[QUrl] = []
    # what QDesktopServices does with no launcher: False, and a line on stderr nobody sees
    monkeypatch.setattr(export_dialog.QDesktopServices, "openUrl", lambda url: asked.append(url) and False)
    rows = dialog.results.files
    rows.setCurrentItem(rows.topLevelItem(1))
    qtbot.waitUntil(rows.hasFocus, timeout=5000)
    qtbot.keyClick(rows, Qt.Key.Key_Return)
    index = tmp_path / "parts" / "00_index.pdf"
    assert asked == [QUrl.fromLocalFile(str(index))]
    assert (
        dialog.status.text()
        == f"No program to open PDF files was found. The file is at:\n{index}\nOpen folder shows it."
    )
    assert dialog.folder_button.hasFocus() and dialog.isVisible()  # Enter now opens the folder
    dialog.status.clear()
    dialog.open_button.click()
    assert (
        str(tmp_path / "filing.pdf") in dialog.status.text()
        and "No program to open PDF" in dialog.status.text()
    )
    dialog.folder_button.click()
    assert asked[-1] == QUrl.fromLocalFile(str(tmp_path))
    assert (
        dialog.status.text()
        == f"No program to show folders was found. The filing copy is at:\n{tmp_path / 'filing.pdf'}"
    )
    assert_fits_screen(dialog)


SPANISH_WORDS = {  # as the lead will translate them (callnotes_es.ts has no entry for them yet)
    "filing": "copia-presentar",
    "evidence": "copia-probatoria",
    "documents": "documentación",
    "general": "general",
    "monitorio": "monitorio",
    "payment-order": "requerimiento-griego",
}


class FileNameWords(QTranslator):
    """The Spanish words of the default file names, on top of the Spanish interface."""

    def translate(  # type: ignore[override]
        self, context: str, source: str, disambiguation: str | None = None, n: int = -1
    ) -> str | None:
        return SPANISH_WORDS.get(source) if context == "ExportOutputs" else None  # None: ask the others

    def isEmpty(self) -> bool:
        return False


def test_default_file_names_speak_the_interface_language(
    qtbot, qapp, desk_process: DeskProcess, documents: Path
) -> None:  # type: ignore[no-untyped-def]
    translations = Translations(qapp)
    translations.install("es")
    words = FileNameWords(qapp)
    qapp.installTranslator(words)
    long_name = "Construcciones y Contratas Núñez Peña Hermanos S.L."
    try:
        worker = Worker(desk_process, lambda exc: None)
        dialog = ExportDialog(
            desk_process, worker, 1, long_name, "es", formats=Formats("es_ES", "Europe/Madrid")
        )
        worker.setParent(dialog)
        qtbot.addWidget(dialog)
        assert dialog.export_button.text() == "&Exportar"  # the Spanish interface
        day = desk_process.today().isoformat()
        outputs = dialog.outputs
        dialog.destination.setCurrentIndex(dialog.destination.findData("monitorio"))
        filing, evidence, split = Path(dialog.out_path.text()), outputs.evidence.path(), outputs.split.path()
        # the debtor's name gives way to the role when the whole is longer than a portal takes
        assert filing == documents / f"{day}_Construcciones-y-Contra_monitorio_copia-presentar.pdf"
        assert evidence == documents / f"{day}_Construcciones-y-Contr_monitorio_copia-probatoria.pdf"
        assert split == documents / f"{day}_Construcciones-y-Contrata_monitorio_documentacion"
        dialog.destination.setCurrentIndex(dialog.destination.findData("payment-order"))
        assert (
            Path(dialog.out_path.text()).name
            == f"{day}_Construccion_requerimiento-griego_copia-presentar.pdf"
        )
    finally:
        qapp.removeTranslator(words)
        translations.uninstall()


def test_half_years_with_an_assumed_rate_say_where_to_add_the_rate(
    qtbot, desk_process: DeskProcess, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    dialog = make_dialog(qtbot, desk_process, tmp_path)
    dialog.show_exported(fake_result(tmp_path))
    assert "rate table" not in dialog.results.notes.toPlainText()  # none assumed: nothing said

    mine = desk_process.paths.reference_rates
    assert not mine.exists()
    one = replace(fake_result(tmp_path), assumed_rates=(date(2026, 7, 1),))
    dialog.show_exported(one)
    notes = dialog.results.notes.toPlainText()
    july, january = dialog.formats.day(date(2026, 7, 1)), dialog.formats.day(date(2027, 1, 1))
    assert july == "1/7/2026"  # as the interface writes a day
    assert (
        f"The statutory interest for the half-year starting {july} uses the latest earlier rate: the rate "
        "table has none for it. Check the ECB rate and add it to the table: copy the table that ships with "
        f"callnotes, {shipped_rates()}, into the data folder as {mine} and edit it" in notes
    )

    mine.write_text(shipped_rates().read_text())  # the user has a copy already: that is the one to edit
    two = replace(one, assumed_rates=(date(2026, 7, 1), date(2027, 1, 1)))
    dialog.show_exported(two)
    notes = dialog.results.notes.toPlainText()
    assert f"half-years starting {july}, {january} uses the latest earlier rate" in notes
    assert f"add it to your copy of the table, {mine}, then export again." in notes
