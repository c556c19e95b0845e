"""Disputes and letters in the window: a dispute captured at the end of a call shows in the facts, and
logging a letter or a visit offers its own outcomes, the delivery day and a promise's amount and day."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, QDateTime, QTime
from PySide6.QtWidgets import QDialog, QLabel

from callnotes.domain.entries import ContactDetails, DeliveryDetails
from callnotes.services.backend import DeskProcess
from callnotes.services.desk import Desk
from callnotes.services.interactions import PromiseInput
from callnotes.store.access import Store
from callnotes.ui.log_dialog import LogDialog
from callnotes.ui.workspace.end_call_dialog import EndCallDialog
from tests.conftest import NOW
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
        box.check(["F2026-0057"])
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
    shown = [w.text() for w in again.facts_panel.body.findChildren(QLabel) if w.objectName() == "factDispute"]
    assert len(shown) == 1 and "F2026-0057" in shown[0] and "Dice que el alicatado quedó mal" in shown[0]


def test_logging_a_letter_offers_what_becomes_of_a_letter_and_records_its_delivery(
    qtbot, monkeypatch, demo_store: Store, desk_process: DeskProcess
) -> None:  # type: ignore[no-untyped-def]
    window = make_window(qtbot, desk_process)

    def fill(dialog: LogDialog) -> int:
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
        dialog.outcome.setCurrentIndex(dialog.outcome.findData("sent"))
        assert not dialog.delivered_on.isVisibleTo(dialog)  # a letter just sent has no delivery yet
        dialog.outcome.setCurrentIndex(dialog.outcome.findData("delivered"))
        assert dialog.delivered_on.isVisibleTo(dialog)
        dialog.when.setDateTime(QDateTime(QDate(2026, 11, 16), QTime(10, 0)))
        dialog.reference.setText("Burofax BF-2026-200001")
        dialog.delivered_on.setDate(QDate(2026, 11, 19))
        dialog.accept()
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(LogDialog, "exec", fill)
    window.log_contact(1)
    desk = Desk(demo_store, "tester")

    def letter() -> list[object]:
        record = [item.entry for item in desk.debtor(1).record]
        return [
            e
            for e in record
            if isinstance(e.details, ContactDetails) and e.details.reference.endswith("200001")
        ]

    qtbot.waitUntil(lambda: bool(letter()), timeout=10_000)
    [logged] = letter()
    deliveries = [i.entry.details for i in desk.debtor(1).record if i.entry.kind == "delivery"]
    assert DeliveryDetails(logged.interaction_id, "delivered", date(2026, 11, 19)) in deliveries  # type: ignore[attr-defined]


def test_a_promise_chosen_when_logging_a_visit_shows_its_amount_and_day(qtbot) -> None:  # type: ignore[no-untyped-def]
    dialog = LogDialog(
        (), NOW, "Europe/Madrid", currency="EUR", locale="es_ES", open_invoices=[("F-1", 1000)]
    )
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.kind.setCurrentIndex(dialog.kind.findData("visit"))
    assert "voicemail" not in _codes(dialog) and {"met", "nobody_there", "dispute"} <= set(_codes(dialog))
    assert not dialog.promise_box.isVisible()
    dialog.outcome.setCurrentIndex(dialog.outcome.findData("promise"))
    assert dialog.promise_box.isVisible() and not dialog.dispute_box.isVisible()
    dialog.promise_box.amount.setText("3x0")
    dialog.accept()
    assert dialog.isVisible() and dialog.error.text()  # refused in words, still open to correct
    dialog.promise_box.amount.setText("300,00")
    dialog.promise_box.due.set_date(date(2026, 12, 1))
    dialog.accept()
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.contact().ending.promise == PromiseInput(30000, date(2026, 12, 1))
    assert dialog.contact().kind == "visit"
