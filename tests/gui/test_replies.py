"""The debtor's reply in the window: the agenda words an unconfirmed summary; an .eml dropped on the
debtor opens "Record reply" with the summary it answers chosen from its reference, and a disputing
reply offers the dispute form; "No reply" from the Record tab's line of the summary."""

from __future__ import annotations

from datetime import timedelta
from email.message import EmailMessage
from email.utils import format_datetime
from pathlib import Path

from PySide6.QtCore import QPoint
from PySide6.QtWidgets import QFileDialog, QLabel, QMessageBox

from callnotes.domain.entries import ContactDetails, ReplyDetails
from callnotes.services.backend import DeskProcess
from callnotes.services.desk import Desk
from callnotes.store.access import Store
from callnotes.ui.entry.dispute_dialogs import DisputeDialog
from callnotes.ui.entry.reply_dialog import ReplyDialog
from callnotes.ui.main_window import MainWindow
from tests.conftest import NOW
from tests.gui.test_documents import _drop
from tests.gui.test_main_window import make_window
from tests.integration.test_replies import send_summary, write_eml


def _shown_debtor(qtbot, window: MainWindow, debtor_id: int) -> None:  # type: ignore[no-untyped-def]
    window.debtor_list.select(debtor_id)
    qtbot.waitUntil(lambda: window.detail.debtor_id == debtor_id and not window.worker.busy, timeout=10_000)


def _reply_dialog(qtbot, window: MainWindow) -> ReplyDialog:  # type: ignore[no-untyped-def]
    qtbot.waitUntil(lambda: any(d.isVisible() for d in window.findChildren(ReplyDialog)), timeout=10_000)
    return next(d for d in window.findChildren(ReplyDialog) if d.isVisible())


def _refusals(dialog: ReplyDialog) -> list[str]:
    """The refusals the form shows beside its fields."""
    return [
        label.text()
        for label in dialog.findChildren(QLabel)
        if label.isVisibleTo(dialog) and label.styleSheet()
    ]


def test_an_eml_dropped_on_the_debtor_records_the_reply_and_the_agenda_forgets_the_summary(
    qtbot, demo_store: Store, desk_process: DeskProcess, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    desk = Desk(demo_store, "tester")
    summary, reference = send_summary(desk, 1, NOW - timedelta(days=8))
    window = make_window(qtbot, desk_process)
    qtbot.waitUntil(lambda: window.agenda.loaded, timeout=10_000)
    [line] = [line for line in window.agenda.model.rows if line.debtor_id == 1]
    sent_on = window.formats.short_day((NOW - timedelta(days=8)).date())
    assert f"Summary of {sent_on} not confirmed yet." in window.agenda.all_reasons(line)

    message = EmailMessage()
    message["From"] = "Ana Núñez <pagos@nunez.example>"
    message["Subject"] = "Re: Resumen de la llamada"
    message["Date"] = format_datetime(NOW - timedelta(days=1))
    message.set_content(f"No estoy de acuerdo con la fecha.\n\n> Referencia: {reference}\n")
    eml = tmp_path / "respuesta.eml"
    eml.write_bytes(message.as_bytes())
    _shown_debtor(qtbot, window, 1)
    _drop(window, [eml], QPoint(10, 10))
    dialog = _reply_dialog(qtbot, window)
    shown = [label.text() for label in dialog.findChildren(QLabel)]
    assert "Ana Núñez <pagos@nunez.example>" in shown and "Re: Resumen de la llamada" in shown
    assert dialog.document.currentData() == summary  # found by the reference quoted in it
    assert dialog.document.currentText().endswith(reference)  # told apart from others sent that day
    assert not dialog.when.isVisibleTo(dialog)  # the e-mail's own date counts: no stray field over the intro
    assert dialog.text.toPlainText() == "No estoy de acuerdo con la fecha."
    assert [dialog.stance.itemData(i) for i in range(dialog.stance.count())] == ["confirming", "disputing"]
    assert dialog.stance.currentIndex() == -1  # the words disagree: no stance is taken for the user
    dialog.accept()
    assert dialog.isVisible() and "Choose one of the options." in _refusals(dialog)
    dialog.stance.setCurrentIndex(dialog.stance.findData("disputing"))
    with qtbot.waitSignal(dialog.saved, timeout=10_000):
        dialog.accept()
    qtbot.waitUntil(lambda: window.entry.dispute_offer is not None, timeout=5000)
    offer = window.entry.dispute_offer
    assert offer is not None and offer.isVisible()
    offer.button(QMessageBox.StandardButton.Yes).click()  # the dispute form opens, for its invoices
    qtbot.waitUntil(lambda: any(d.isVisible() for d in window.findChildren(DisputeDialog)), timeout=5000)

    record = [item.entry for item in desk.debtor(1).record]
    replies = [e for e in record if isinstance(e.details, ReplyDetails)]
    assert [(r.details, r.text) for r in replies] == [
        (ReplyDetails(summary, "disputing"), "No estoy de acuerdo con la fecha.")
    ]
    came = next(
        e for e in record if e.interaction_id == replies[0].interaction_id and e.kind == "interaction"
    )
    assert isinstance(came.details, ContactDetails) and came.details.direction == "inbound"
    assert "respuesta.eml" in {d.name for d in desk.attachments(1)}
    assert "summary_unconfirmed" not in {r.reason.value for r in desk.agenda_view().rows if r.debtor_id == 1}


def test_no_reply_from_the_record_tab_line_of_the_summary(
    qtbot, demo_store: Store, desk_process: DeskProcess
) -> None:  # type: ignore[no-untyped-def]
    desk = Desk(demo_store, "tester")
    summary, _ = send_summary(desk, 1, NOW - timedelta(days=8))
    window = make_window(qtbot, desk_process)
    _shown_debtor(qtbot, window, 1)
    history = window.detail.history
    rows = history.model.rows
    position = next(
        i for i, r in enumerate(rows) if r.entry.kind == "interaction" and r.entry.interaction_id == summary
    )
    history.table.selectRow(position)
    assert window.entry.record_reply.isEnabled()
    window.entry.record_reply.trigger()
    dialog = _reply_dialog(qtbot, window)
    assert dialog.document.currentData() == summary
    dialog.stance.setCurrentIndex(dialog.stance.findData("silent"))
    assert not dialog.when.isVisibleTo(dialog)  # no reply came: no moment to give
    dialog.text.setPlainText("Llamé para preguntar; sin respuesta")
    with qtbot.waitSignal(dialog.saved, timeout=10_000):
        dialog.accept()
    last = desk.debtor(1).record[-1].entry
    assert (last.details, last.interaction_id) == (ReplyDetails(summary, "silent"), summary)
    assert window.entry.dispute_offer is None  # only a disputing reply offers the dispute form


def test_record_reply_reads_a_saved_email_chosen_with_its_button_and_asks_for_the_stance(
    qtbot, monkeypatch, demo_store: Store, desk_process: DeskProcess, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    desk = Desk(demo_store, "tester")
    summary, reference = send_summary(desk, 1, NOW - timedelta(days=8))
    send_summary(desk, 1, NOW - timedelta(days=2))  # a later one, which the reply does not answer
    eml = write_eml(tmp_path / "reply.eml", f"De acuerdo con todo.\n\n> Referencia: {reference}\n")
    window = make_window(qtbot, desk_process)
    _shown_debtor(qtbot, window, 1)
    window.entry.record_reply.trigger()  # Ctrl+Shift+R: typed, or from a file
    dialog = _reply_dialog(qtbot, window)
    assert dialog.stance.currentData() is None and dialog.when.isVisibleTo(
        dialog
    )  # no stance chosen for the user
    assert dialog.document.currentData() != summary  # the newest is offered first
    chosen: list[str] = []

    def choose(_parent, _caption, _folder, filters):  # type: ignore[no-untyped-def]
        chosen.append(filters)
        return str(eml), filters

    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(choose))
    dialog.file_button.click()
    qtbot.waitUntil(lambda: dialog.peek is not None, timeout=10_000)
    assert "*.eml" in chosen[0]
    assert dialog.email_from.text() == "Ana Ruiz <pagos@ruiz.example>" and dialog.email_from.isVisibleTo(
        dialog
    )
    assert dialog.email_subject.text() == "Re: Resumen de nuestra llamada"
    assert dialog.document.currentData() == summary  # found by the reference quoted in it
    assert dialog.text.toPlainText() == "De acuerdo con todo."
    assert not dialog.when.isVisibleTo(dialog)  # the e-mail says when it came
    assert dialog.stance.currentIndex() == -1 and dialog.stance.findData("silent") < 0
    dialog.accept()  # no stance chosen: refused beside the field, nothing saved
    assert dialog.isVisible() and _refusals(dialog) == ["Choose one of the options."]
    assert dialog.stance.hasFocus() or dialog.focusWidget() is dialog.stance
    dialog.stance.setCurrentIndex(dialog.stance.findData("confirming"))
    with qtbot.waitSignal(dialog.saved, timeout=10_000):
        dialog.accept()
    replies = [
        e for e in (item.entry for item in desk.debtor(1).record) if isinstance(e.details, ReplyDetails)
    ]
    assert [(r.details, r.text) for r in replies] == [
        (ReplyDetails(summary, "confirming"), "De acuerdo con todo.")
    ]
    assert "reply.eml" in {d.name for d in desk.attachments(1)}
