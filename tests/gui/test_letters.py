"""Summaries and letters in the window: offered when a call agreed something, drafted in the debtor's
language, written as .eml or PDF, and logged as sent with the file attached."""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path
from zoneinfo import ZoneInfo

from babel.dates import format_date
from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtGui import QDesktopServices, QGuiApplication
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QDialog, QFileDialog, QLabel

from callnotes.domain.entries import ContactDetails
from callnotes.services.backend import DeskProcess
from callnotes.services.desk import Desk
from callnotes.store.access import Store
from callnotes.store.account import read_account
from callnotes.ui.letter_dialog import LetterDialog
from callnotes.ui.main_window import MainWindow
from callnotes.ui.workspace.end_call_dialog import EndCallDialog
from tests.conftest import NOW
from tests.gui.test_main_window import make_window

PROMISED_ON = date(2026, 11, 30)  # a week after the tests' day


def drafted(qtbot, window: MainWindow) -> LetterDialog:  # type: ignore[no-untyped-def]
    """The document dialog, once its draft has come back."""
    qtbot.waitUntil(lambda: window.letters.dialog is not None, timeout=10_000)
    dialog = window.letters.dialog
    assert dialog is not None
    qtbot.waitUntil(lambda: not window.worker.busy, timeout=10_000)
    assert dialog.draft is not None, dialog.error.text()
    return dialog


def show_debtor(qtbot, window: MainWindow, debtor_id: int) -> None:  # type: ignore[no-untyped-def]
    window.open_debtor(debtor_id)
    qtbot.waitUntil(lambda: window.detail.view is not None and window.detail.view.debtor.id == debtor_id)
    qtbot.waitUntil(lambda: not window.worker.busy, timeout=10_000)


def test_ending_a_call_with_a_promise_offers_the_summary_in_greek_and_sent_logs_the_email(
    qtbot, monkeypatch, demo_store: Store, desk_process: DeskProcess
) -> None:  # type: ignore[no-untyped-def]
    window = make_window(qtbot, desk_process, "en_US")  # an English interface, a Greek debtor
    opened = Desk(demo_store, "tester").start_call(2, None, "+302101234567")
    window.show_call(opened)
    qtbot.waitUntil(lambda: window.workspace.facts is not None and not window.worker.busy, timeout=10_000)

    def promise(dialog: EndCallDialog) -> int:
        dialog.outcome.setCurrentIndex(dialog.outcome.findData("promise"))
        dialog.promise_amount.setText("1,000.00")  # the interface's way of writing amounts
        dialog.promise_date.set_date(PROMISED_ON)
        dialog._accept()
        assert dialog.promise is not None
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(EndCallDialog, "exec", promise)
    window.workspace.end_call()
    dialog = drafted(qtbot, window)
    assert dialog.kind.currentData() == "summary" and dialog.language.code() == "el"
    body = dialog.body.toPlainText().replace("\xa0", " ")
    assert re.search("[\u0370-\u03ff]{4}", body)  # written in Greek
    assert "1.000,00 €" in body  # the promised amount as Greek writes it
    assert format_date(PROMISED_ON, "long", locale="el_GR") in body  # and its day
    assert dialog.draft is not None and dialog.draft.reference in body
    assert "g.papadopoulos@papadopoulos.example" in dialog.recipient.text()

    # no mail program here: the draft is written anyway, and its path is copied
    monkeypatch.setattr(QDesktopServices, "openUrl", staticmethod(lambda _url: False))
    dialog.mail_button.click()
    qtbot.waitUntil(lambda: ".eml" in dialog.written)
    eml = dialog.written[".eml"].path
    assert eml.is_file() and QGuiApplication.clipboard().text() == str(eml)
    assert eml.name.endswith(f"-summary-2026-11-22-{dialog.draft.reference}.eml")

    QTest.keyClick(dialog.body, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)  # Mark as sent…
    sent = dialog.sent_dialog
    assert sent is not None and sent.isVisible() and sent.via.currentData() == "email"
    sent.save_button.click()
    qtbot.waitUntil(lambda: window.statusBar().currentMessage() == "Summary logged as sent.", timeout=10_000)
    assert window.letters.dialog is None or not window.letters.dialog.isVisible()

    with demo_store.sessions() as session:
        contacts = [
            e
            for e in read_account(session, 2).entries
            if isinstance(e.details, ContactDetails) and e.details.document is not None
        ]
    assert len(contacts) == 1
    details = contacts[0].details
    assert isinstance(details, ContactDetails)
    assert details.kind == "email" and details.document is not None and details.document.kind == "summary"
    assert details.document.language == "el"
    kept = [
        d
        for d in Desk(demo_store, "tester").attachments(2)
        if d.owner.kind == "interaction" and d.owner.interaction_kind == "email"
    ]
    assert eml.name in [d.name for d in kept]  # the e-mail as it was written, kept with the contact


def test_a_demand_saved_as_pdf_and_a_closed_draft_comes_back(
    qtbot, monkeypatch, tmp_path: Path, demo_store: Store, desk_process: DeskProcess
) -> None:  # type: ignore[no-untyped-def]
    window = make_window(qtbot, desk_process, "es_ES")
    show_debtor(qtbot, window, 1)
    window.letters.kind_actions["demand"].trigger()
    dialog = drafted(qtbot, window)
    assert dialog.language.code() == "es" and "Construcciones Núñez Peña" in dialog.windowTitle()
    target = tmp_path / "out" / "requerimiento"
    target.parent.mkdir()
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *_a, **_k: (str(target), "")))
    dialog.pdf_button.click()
    qtbot.waitUntil(lambda: ".pdf" in dialog.written, timeout=10_000)
    pdf = target.with_suffix(".pdf")
    assert pdf.read_bytes().startswith(b"%PDF") and str(pdf) in dialog.status.text()

    dialog.body.appendPlainText("Quedo a su disposición.")  # an edit, then Esc by mistake
    QTest.keyClick(dialog.body, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: window.letters.dialog is None)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    QTest.keyClick(window.detail, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)  # the draft is back
    again = drafted(qtbot, window)
    assert again.kind.currentData() == "demand" and again.edited
    assert again.body.toPlainText().endswith("Quedo a su disposición.")


def test_switching_the_language_drafts_again_and_the_text_before_is_one_undo_away(
    qtbot, demo_store: Store, desk_process: DeskProcess
) -> None:  # type: ignore[no-untyped-def]
    window = make_window(qtbot, desk_process, "es_ES")
    show_debtor(qtbot, window, 1)
    dialog = window.letters.write("reminder")
    assert dialog is not None
    dialog = drafted(qtbot, window)
    spanish = dialog.body.toPlainText()
    assert dialog.language.code() == "es"
    assert not dialog.warning.isVisible()
    mine = desk_process.paths.data_dir / "templates" / "en" / "reminder.j2"  # the user's copy, broken
    mine.parent.mkdir(parents=True)
    mine.write_text(
        "{% block subject %}Reminder{% endblock %}\n{% block body %}\n{{ balance }\n{% endblock %}\n"
    )
    dialog.language.setCurrentIndex(dialog.language.findData("en"))
    qtbot.waitUntil(lambda: dialog.draft is not None and dialog.draft.language == "en", timeout=10_000)
    assert dialog.warning.isVisible() and re.search(r"reminder\.j2.*line 3", dialog.warning.text())
    english = dialog.body.toPlainText()
    assert english != spanish and dialog.draft.reference in english  # type: ignore[union-attr]
    deadline = date(2026, 11, 29)  # a reminder asks to pay within a week
    assert format_date(deadline, "long", locale="es_ES") in spanish  # 29 de noviembre de 2026
    assert format_date(deadline, "long", locale="en_ES") in english and "Dear" in english
    dialog.body.undo()
    assert dialog.body.toPlainText() == spanish


def test_a_second_summary_the_same_day_gets_a_file_of_its_own_and_the_same_draft_keeps_its_name(
    qtbot, monkeypatch, demo_store: Store, desk_process: DeskProcess
) -> None:  # type: ignore[no-untyped-def]
    window = make_window(qtbot, desk_process, "es_ES")
    monkeypatch.setattr(QDesktopServices, "openUrl", staticmethod(lambda _url: True))
    show_debtor(qtbot, window, 1)

    def written(dialog: LetterDialog) -> Path:
        dialog.written.clear()
        dialog.mail_button.click()
        qtbot.waitUntil(lambda: ".eml" in dialog.written, timeout=10_000)
        return dialog.written[".eml"].path

    dialog = window.letters.write("summary")
    assert dialog is not None
    dialog = drafted(qtbot, window)
    first = written(dialog)
    dialog.body.appendPlainText("Un saludo.")  # the same draft, edited: written again, same file
    assert written(dialog) == first and "Un saludo." in first.read_text()
    dialog.language.setCurrentIndex(dialog.language.findData("en"))  # another document, same record
    qtbot.waitUntil(lambda: dialog.draft is not None and dialog.draft.language == "en", timeout=10_000)
    english = written(dialog)
    hhmm = NOW.astimezone(ZoneInfo(window.formats.zone)).strftime("%H%M")  # the window's clock
    assert english != first and english.name.endswith(f"-{dialog.draft.reference}-{hhmm}.eml")  # type: ignore[union-attr]
    assert "Un saludo." in first.read_text()  # the Spanish one is still there as it was

    dialog.language.setCurrentIndex(dialog.language.findData("es"))
    qtbot.waitUntil(lambda: dialog.draft is not None and dialog.draft.language == "es", timeout=10_000)
    dialog.mark_sent()
    sending = dialog.sent_dialog
    assert sending is not None
    with qtbot.waitSignal(window.letters.sent, timeout=10_000):
        sending.save_button.click()
    again = window.letters.write("summary")  # a second summary that day: the record moved on
    assert again is not None
    again = drafted(qtbot, window)
    second = written(again)
    assert second.parent == first.parent and second not in (first, english)
    assert again.draft is not None and again.draft.reference in second.name
    assert "Un saludo." in first.read_text()


def test_mark_as_sent_shows_no_example_day_while_the_delivery_is_unknown_and_forgets_a_stale_refusal(
    qtbot, demo_store: Store, desk_process: DeskProcess
) -> None:  # type: ignore[no-untyped-def]
    window = make_window(qtbot, desk_process, "en_US")
    show_debtor(qtbot, window, 3)
    dialog = window.letters.write("reminder")
    assert dialog is not None
    dialog = drafted(qtbot, window)
    dialog.mark_sent()
    sending = dialog.sent_dialog
    assert sending is not None
    field = sending.delivered_on
    assert not field.isEnabled() and field.line.placeholderText() == ""  # "not known yet": no day shown
    sending.delivery.setCurrentIndex(sending.delivery.findData("delivered"))
    assert field.isEnabled() and field.line.placeholderText()  # now an example helps
    sending.accept()  # no day typed: the letter is written, then the form refuses beside the field
    refusal = "Type the day it was delivered or came back."

    def shown() -> list[QLabel]:
        return [label for label in sending.findChildren(QLabel) if label.text() == refusal]

    qtbot.waitUntil(lambda: len(shown()) == 1, timeout=10_000)
    [said] = shown()
    assert said.isVisibleTo(sending) and sending.isVisible() and sending.refused
    sending.delivery.setCurrentIndex(sending.delivery.findData(None))  # back to "not known yet"
    assert not said.isVisibleTo(sending) and not sending.refused
    assert not field.isEnabled() and field.line.placeholderText() == ""


def test_a_letter_closed_before_the_desk_answers_is_not_called_back(
    qtbot, demo_store: Store, desk_process: DeskProcess
) -> None:  # type: ignore[no-untyped-def]
    window = make_window(qtbot, desk_process, "en_US")
    show_debtor(qtbot, window, 1)
    dialog = window.letters.open(1, "reminder")
    dialog.close()  # Esc at once: the debtor, the folder and the draft are still on their way
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)  # deleted before they come
    qtbot.waitUntil(lambda: not window.worker.busy, timeout=10_000)
    qtbot.wait(50)  # their answers reach no deleted widget (an exception here fails the test)
    assert window.letters.dialog is None
