"""The import wizard as a user drives it, in the Greek interface: a file dropped on the debtor list,
its columns mapped, the preview read, the books imported, the debtors in the list."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDropEvent
from PySide6.QtWidgets import QApplication

from callnotes.services.backend import DeskProcess
from callnotes.ui.i18n import Translations
from callnotes.ui.importing.import_dialog import ImportDialog
from tests.gui.test_main_window import make_window

FIXTURES = Path(__file__).parent.parent / "data" / "imports"
TIMEOUT = 15_000


@pytest.fixture
def greek(qapp):  # type: ignore[no-untyped-def]
    """The interface's texts in Greek, as the shell installs them."""
    translations = Translations(qapp)
    translations.install("el")
    yield
    translations.uninstall()


def _wizard() -> ImportDialog:
    return next(w for w in QApplication.topLevelWidgets() if isinstance(w, ImportDialog) and w.isVisible())


def _drop(widget, path: Path) -> None:  # type: ignore[no-untyped-def]
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(path))])
    event = QDropEvent(
        QPointF(10, 10),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    widget.dropEvent(event)


def test_a_holded_file_with_greek_columns_is_mapped_previewed_and_imported(
    qtbot, greek: None, desk_process: DeskProcess, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    # Holded writes its headers in the account's language: in Greek, no profile knows them.
    path = tmp_path / "holded-ελληνικά.csv"
    path.write_bytes((FIXTURES / "generic-el.csv").read_text(encoding="utf-8").encode("cp1253"))
    window = make_window(qtbot, desk_process, locale="el_GR")
    assert window.debtor_list.model.rowCount() == 0
    _drop(window.debtor_list, path)
    wizard = _wizard()
    qtbot.waitUntil(lambda: "Windows-1253" in wizard.status.text(), timeout=TIMEOUT)  # refused, not garbled
    assert wizard.peeked is None and not wizard.next_button.isEnabled()
    wizard.encoding.setCurrentIndex(wizard.encoding.findData("cp1253"))
    qtbot.waitUntil(lambda: wizard.peeked is not None, timeout=TIMEOUT)
    assert wizard.sample.item(0, 3).text() == "Οικονόμου Ελένη ΙΚΕ"
    assert wizard.profile.currentData() == "generic"  # not an export callnotes knows: map it
    qtbot.mouseClick(wizard.next_button, Qt.MouseButton.LeftButton)
    page = wizard.mapping
    assert wizard.pages.currentWidget() is page
    for field, column in {
        "invoice_number": "Αρ. τιμολογίου",
        "issued_on": "Ημερομηνία",
        "due_on": "Λήξη",
        "tax_id": "ΑΦΜ",
        "description": "Περιγραφή",
        "line_amount": "Ποσό",
        "tax_percent": "ΦΠΑ",
    }.items():
        page.columns[field].setCurrentIndex(page.columns[field].findData(column))
    qtbot.mouseClick(wizard.next_button, Qt.MouseButton.LeftButton)  # the debtor's name is still unmapped
    assert (
        wizard.pages.currentWidget() is page and "Επωνυμία" in wizard.status.text()
    ) or wizard.status.text()
    page.columns["debtor_name"].setCurrentIndex(page.columns["debtor_name"].findData("Πελάτης"))
    page.date_format.setCurrentIndex(page.date_format.findData("DD.MM.YYYY"))
    page.number_locale.setCurrentIndex(page.number_locale.findText("1.234,56"))
    page.country.setCurrentIndex(page.country.findData("GR"))
    qtbot.mouseClick(wizard.next_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: wizard.import_button.isEnabled(), timeout=TIMEOUT)
    assert wizard.preview.added.rowCount() == 4  # two debtors, two invoices
    assert "2.480,00" in {
        wizard.preview.added.item(r, 3).text().replace("\u00a0", " ").split(" ")[0] for r in range(4)
    }
    assert window.debtor_list.model.rowCount() == 0  # the preview wrote nothing
    qtbot.mouseClick(wizard.import_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.debtor_list.model.rowCount() == 2, timeout=TIMEOUT)
    names = {window.debtor_list.model.index(r, 0).data() for r in range(2)}
    assert names == {"Οικονόμου Ελένη ΙΚΕ", "Παπαδόπουλος Ανδρέας & ΣΙΑ Ο.Ε."}
    assert not wizard.import_button.isEnabled()  # imported once; a second click cannot import again
    wizard.close()


def test_a_bad_row_is_shown_with_its_row_column_and_what_was_expected_in_greek(
    qtbot, greek: None, desk_process: DeskProcess, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "holded.csv"
    text = (FIXTURES / "holded.csv").read_text(encoding="utf-8")
    path.write_text(
        text + "F2026-0045;31/02/2026;;Peña y Muñoz S.C.;;Revisión;100,00;1;0;21;;\r\n", encoding="utf-8"
    )
    window = make_window(qtbot, desk_process, locale="el_GR")
    window.import_books(path)
    wizard = _wizard()
    qtbot.waitUntil(lambda: wizard.peeked is not None, timeout=TIMEOUT)
    assert wizard.profile.currentData() == "holded" and "Holded" in wizard.guessed.text()
    qtbot.mouseClick(wizard.next_button, Qt.MouseButton.LeftButton)  # a known export: straight to the preview
    qtbot.waitUntil(
        lambda: wizard.report is not None and wizard.preview.problems.rowCount() == 1, timeout=TIMEOUT
    )
    problems = wizard.preview.problems
    assert [problems.item(0, c).text() for c in range(3)] == ["5", "Fecha", "31/02/2026"]
    assert problems.item(0, 3).text() == "Ημερομηνία που υπάρχει, γραμμένη DD/MM/YYYY με τετραψήφιο έτος."
    assert not wizard.import_button.isEnabled()
    wizard.close()
