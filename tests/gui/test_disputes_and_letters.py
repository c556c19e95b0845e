"""Disputes and letters in the window: a dispute captured at the end of a call shows in the facts, and
logging a letter or a visit offers its own outcomes, the delivery day and a promise's amount and day."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QDialog

from callnotes.domain.entries import ContactDetails, DeliveryDetails
from callnotes.services.backend import DeskProcess
from callnotes.services.desk import Desk
from callnotes.store.access import Store
from callnotes.ui.entry.dispute_dialogs import DeliveryDialog
from callnotes.ui.log_dialog import LogDialog
from callnotes.ui.main_window import MainWindow
from callnotes.ui.workspace.end_call_dialog import EndCallDialog
from tests.gui.test_main_window import make_window
from tests.gui.test_workspace import open_workspace


def _codes(dialog: LogDialog) -> list[str]:
    return [dialog.outcome.itemData(i) for i in range(dialog.outcome.count())]


def test_a_dispute_captured_at_the_end_of_a_call_shows_in_the_facts(
    qtbot, monkeypatch, demo_store: Store, desk_process: DeskProcess
) -> None:  # type: ignore[no-untyped-def]
    ws = open_workspace(qtbot, demo_store, desk_process)

    def end_with_dispute(dialog: EndCallDialog) -> int:
        dialog.outcome.setCurrentIndex(dialog.outcome.findData("dispute"))
        box = dialog.dispute_box
        assert box.isVisibleTo(dialog) and not dialog.promise_box.isVisibleTo(dialog)
        assert ws.facts is not None and box.invoices.count() == len(ws.facts.open_invoices)  # to check
        dialog._accept()
        assert dialog.result() != QDialog.DialogCode.Accepted and dialog.error.text()  # no reason yet
        box.reason.setText("Dice que el alicatado quedó mal")
        assert box.whole.isVisibleTo(dialog)  # none checked: about the whole debt
        box.check(["F2026-0057"])
        assert not box.whole.isVisibleTo(dialog)  # not said while an invoice is ticked
        box.amount.setText("300,00")
        dialog._accept()
        assert dialog.result() == QDialog.DialogCode.Accepted
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(EndCallDialog, "exec", end_with_dispute)
    with qtbot.waitSignal(ws.finished, timeout=5000):
        ws.end_call()
    [dispute] = Desk(demo_store, "tester").facts(1).disputes
    assert (dispute.invoices, dispute.amount_minor, dispute.reason) == (
        ("F2026-0057",),
        30000,
        "Dice que el alicatado quedó mal",
    )
    again = open_workspace(qtbot, demo_store, desk_process)  # the next call shows it before the invoices
    texts = again.facts_panel.texts()
    shown = texts[texts.index("⚠ DISPUTED") + 1 : texts.index("OPEN INVOICES")]
    assert len(shown) == 1 and "F2026-0057" in shown[0] and "Dice que el alicatado quedó mal" in shown[0]


def open_log_dialog(qtbot, window: MainWindow) -> LogDialog:  # type: ignore[no-untyped-def]
    """Log contact for the Spanish example debtor, as Ctrl+Shift+L does; the dialog once it is up."""
    window.log_contact(1)

    def shown() -> LogDialog | None:
        dialog = window.findChild(LogDialog)
        return dialog if dialog is not None and dialog.isVisible() else None

    qtbot.waitUntil(lambda: shown() is not None, timeout=10_000)
    dialog = shown()
    assert dialog is not None
    return dialog


def _shown_errors(dialog: LogDialog) -> dict[str, str]:
    return {field: e.text() for field, e in dialog._errors.items() if e.isVisible() and e.text()}


def test_a_refused_delivery_day_keeps_the_letter_typed_until_it_is_fixed_and_saved(
    qtbot, demo_store: Store, desk_process: DeskProcess
) -> None:  # type: ignore[no-untyped-def]
    window = make_window(qtbot, desk_process)  # Spanish: days are typed 16/11/2026
    dialog = open_log_dialog(qtbot, window)
    dialog.kind.setCurrentIndex(dialog.kind.findData("letter"))
    assert _codes(dialog) == [
        "sent",
        "delivered",
        "returned",
        "delivery_refused",
        "received",
        "dispute",
        "promise",
    ]
    assert not dialog.delivered_on.isVisibleTo(dialog)  # a letter just sent has no delivery yet
    dialog.outcome.setCurrentIndex(dialog.outcome.findData("delivered"))
    assert dialog.delivered_on.isVisibleTo(dialog)
    dialog.when.day.line.setText("16/11/2026")
    dialog.reference.setText("Burofax BF-2026-200001")
    dialog.summary.setPlainText("Requerimiento de pago")
    dialog.delivered_on.line.setText("15/11/2026")  # the day before it was sent: the desk refuses it
    desk = Desk(demo_store, "tester")

    def letter() -> list[object]:
        return [
            e.entry
            for e in desk.debtor(1).record
            if isinstance(e.entry.details, ContactDetails) and e.entry.details.reference.endswith("200001")
        ]

    dialog.accept()
    qtbot.waitUntil(lambda: "on" in _shown_errors(dialog), timeout=10_000)
    assert "16/11/2026" in _shown_errors(dialog)["on"]  # in words, beside the delivery day, in Spanish
    assert "before_sent" not in _shown_errors(dialog)["on"] and dialog.isVisible()
    assert (dialog.reference.text(), dialog.summary.toPlainText(), dialog.outcome.currentData()) == (
        "Burofax BF-2026-200001",
        "Requerimiento de pago",
        "delivered",
    )  # nothing typed is lost
    assert letter() == [] and not window.statusBar().currentMessage()

    dialog.delivered_on.line.setText("19/11/2026")
    with qtbot.waitSignal(dialog.saved, timeout=10_000):
        dialog.accept()
    assert not dialog.isVisible()
    [logged] = letter()
    deliveries = [i.entry.details for i in desk.debtor(1).record if i.entry.kind == "delivery"]
    assert DeliveryDetails(logged.interaction_id, "delivered", date(2026, 11, 19)) in deliveries  # type: ignore[attr-defined]

    # Recording a later delivery: the refusal beside the day is shown whole, not cut off
    later = DeliveryDialog(
        window.worker,
        window.formats,
        1,
        logged.interaction_id,
        date(2026, 11, 22),
        window,  # type: ignore[attr-defined]
    )
    qtbot.addWidget(later)
    later.show()
    later.on.line.setText("10/11/2026")
    later.accept()
    refusal = later._errors["on"]
    qtbot.waitUntil(lambda: refusal.isVisible() and "16/11/2026" in refusal.text(), timeout=10_000)
    assert refusal.height() >= refusal.heightForWidth(refusal.width())


def test_a_visit_offers_its_own_outcomes_and_an_impossible_day_or_amount_is_refused_in_words(
    qtbot, demo_store: Store, desk_process: DeskProcess
) -> None:  # type: ignore[no-untyped-def]
    window = make_window(qtbot, desk_process, "en_US")
    dialog = open_log_dialog(qtbot, window)
    assert dialog.when.day.line.text() == "11/22/2026"  # the interface's order, not 22 11 2026
    dialog.kind.setCurrentIndex(dialog.kind.findData("visit"))
    assert "voicemail" not in _codes(dialog) and {"met", "nobody_there", "dispute"} <= set(_codes(dialog))
    assert not dialog.promise_box.isVisible()
    dialog.outcome.setCurrentIndex(dialog.outcome.findData("promise"))
    assert dialog.promise_box.isVisible() and not dialog.dispute_box.isVisible()
    dialog.when.day.line.setText("02/31/2026")
    dialog.promise_box.amount.setText("3x0")
    dialog.accept()
    errors = _shown_errors(dialog)
    assert {"at", "promise_amount"} <= set(errors) and dialog.isVisible()  # refused, still open to correct
    assert "02/31/2026 is not a day of the calendar" in errors["at"]
    assert dialog.when.day.line.text() == "02/31/2026"  # never turned into a day that exists

    dialog.kind.setCurrentIndex(dialog.kind.findData("letter"))  # a promise by letter: no guard to ask
    dialog.when.day.line.setText("11/20/2026")
    dialog.promise_box.amount.setText("300.00")
    dialog.promise_box.due.set_date(date(2026, 12, 1))
    with qtbot.waitSignal(dialog.saved, timeout=10_000):
        dialog.accept()
    promises = Desk(demo_store, "tester").facts(1).promises
    assert (promises[0].amount_minor, promises[0].due_on) == (30000, date(2026, 12, 1))  # the newest
