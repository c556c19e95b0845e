"""The offers calculator in the window: a plan saved outside a call, offers noted in a call (the
negotiation ledger) with the accepted one made the call's plan, and the end-call dialog's refusals."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialog

from callnotes.domain.agenda import Reason
from callnotes.domain.entries import OfferDetails, PlanDetails
from callnotes.services.agenda import agenda
from callnotes.services.backend import DeskProcess
from callnotes.services.desk import Desk
from callnotes.store.access import Store
from callnotes.ui.formats import Formats
from callnotes.ui.i18n import Translations
from callnotes.ui.offers import OfferCalculator, OfferDialog
from callnotes.ui.workspace.end_call_dialog import EndCallDialog
from callnotes.ui.workspace.facts_panel import FactsPanel
from tests.conftest import TODAY
from tests.gui.test_main_window import make_window
from tests.gui.test_workspace import open_workspace, saved

TIMEOUT = 10_000


def test_a_plan_made_in_the_calculator_outside_a_call_is_the_debtors_plan(
    qtbot, demo_store: Store, desk_process: DeskProcess
) -> None:  # type: ignore[no-untyped-def]
    window = make_window(qtbot, desk_process)
    qtbot.waitUntil(lambda: window.detail.view is not None, timeout=TIMEOUT)
    debtor = window.detail.view.debtor  # type: ignore[union-attr]
    window.entry.offers.trigger()
    dialog = next(w for w in QApplication.topLevelWidgets() if isinstance(w, OfferDialog) and w.isVisible())
    calc = dialog.calculator
    calc.total.setText("1.000,00")
    calc.count.setValue(3)
    calc.first_on.line.setText("31/01/2027")
    calc.refresh()
    table = [(calc.table.item(r, 0).text(), calc.table.item(r, 1).text()) for r in range(3)]
    assert table == [
        ("31/1/2027", "333,33\u00a0€"),
        ("28/2/2027", "333,33\u00a0€"),
        ("31/3/2027", "333,34\u00a0€"),
    ]
    assert "333,34" in calc.wording.text() and "31/3/2027" in calc.wording.text()
    with qtbot.waitSignal(dialog.planSaved, timeout=TIMEOUT):
        dialog.save_button.click()
    facts = Desk(demo_store, "tester").facts(debtor.id)
    assert [(p.total_minor, p.kind) for p in facts.plans][-1] == (100_000, "instalments")
    panel = FactsPanel(window.formats)  # the call's facts panel shows it with its instalments
    qtbot.addWidget(panel)
    panel.show_facts(facts)
    texts = panel.texts()
    assert any("Plan of 1.000,00\u00a0€" in t and "(on track)" in t for t in texts), texts
    assert any("31/1 333,33\u00a0€ upcoming" in t and "31/3 333,34\u00a0€" in t for t in texts), texts
    # the agenda tracks it: the first instalment unpaid two days after its date is a missed instalment
    with demo_store.sessions() as session:
        later = agenda(session, date(2027, 2, 2))
    assert (debtor.id, Reason.INSTALMENT_MISSED) in {(r.debtor_id, r.reason) for r in later}


def test_offers_made_in_a_call_are_its_ledger_and_the_accepted_one_its_plan(
    qtbot, monkeypatch, demo_store: Store, desk_process: DeskProcess
) -> None:  # type: ignore[no-untyped-def]
    ws = open_workspace(qtbot, demo_store, desk_process)
    QTest.keyClick(ws.notes.input, Qt.Key.Key_O, Qt.KeyboardModifier.ControlModifier)  # from the note line
    dialog = ws.offer_dialog
    assert dialog is not None and dialog.isVisible()
    calc = dialog.calculator
    calc.kind.setCurrentIndex(calc.kind.findData("settlement"))
    calc.settle_amount.setText("2.000,00")
    calc.deadline.line.setText("15/12/2026")
    dialog.answer.setCurrentIndex(dialog.answer.findData("declined"))
    dialog.note_button.click()  # we offered a settlement: declined
    calc.kind.setCurrentIndex(calc.kind.findData("instalments"))
    calc.count.setValue(4)
    calc.first_on.line.setText("31/12/2026")
    calc.refresh()
    dialog.offered_by.setCurrentIndex(dialog.offered_by.findData("debtor"))
    dialog.answer.setCurrentIndex(dialog.answer.findData("accepted"))
    dialog.note_button.click()  # their counter-offer: accepted
    qtbot.waitUntil(lambda: saved(ws) and all(r.position for r in ws.notes.model.rows), timeout=TIMEOUT)
    shown = [ws.notes.model.index(r, 3).data() for r in range(ws.notes.model.rowCount())]
    assert shown[0].startswith("Ofrecimos 2.000,00") and shown[1].startswith(
        "El deudor ofreció"
    )  # in Spanish

    def end(dialog: EndCallDialog) -> int:
        assert dialog.outcome_code == "plan" and dialog.calculator.count.value() == 4  # pre-filled
        dialog._accept()
        assert dialog.plan is not None
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(EndCallDialog, "exec", end)
    with qtbot.waitSignal(ws.finished, timeout=TIMEOUT):
        ws.end_call()
    record = [line.entry for line in Desk(demo_store, "tester").record_page(1, 0, 1000)]  # every line
    offers = [e.details for e in record if e.kind == "offer"]
    assert [(o.offered_by, o.answer) for o in offers if isinstance(o, OfferDetails)] == [
        ("we", "declined"),
        ("debtor", "accepted"),
    ]
    plan = record[-1]
    assert plan.kind == "plan" and isinstance(plan.details, PlanDetails)
    assert [d for d, _ in plan.details.instalments] == [
        date(2026, 12, 31),
        date(2027, 1, 31),
        date(2027, 2, 28),
        date(2027, 3, 31),
    ]


def test_the_end_call_dialog_in_greek_words_its_refusals_and_never_moves_a_day(qtbot) -> None:  # type: ignore[no-untyped-def]
    translations = Translations(QApplication.instance())  # type: ignore[arg-type]
    translations.install("el")
    try:
        dialog = EndCallDialog("EUR", "el_GR", 100_000, TODAY, debtor_language="el", debtor_country="GR")
        qtbot.addWidget(dialog)
        dialog.resize(1366, 700)
        dialog.show()
        dialog.outcome.setCurrentIndex(dialog.outcome.findData("promise"))
        # The fields keep room for an amount and a date, and the summary for a sentence.
        metrics = dialog.fontMetrics()
        assert dialog.promise_amount.width() >= metrics.horizontalAdvance("99.999,99 €") * 1.5
        assert dialog.promise_date.line.width() >= metrics.horizontalAdvance("31/12/2026")
        assert dialog.summary.width() >= metrics.averageCharWidth() * 60
        dialog.promise_amount.setText("1,000.00")  # the English form, in a Greek interface
        dialog._accept()
        refusal = dialog.error.text()
        assert refusal == "Ποσό: Πληκτρολογήστε ποσό όπως 1.234,56." and dialog.promise is None  # no "el_GR"
        dialog.promise_amount.textEdited.emit("1.000,00")  # the message goes once the amount is edited
        dialog.promise_amount.setText("1.000,00")
        assert dialog.error.text() == ""
        dialog.promise_date.line.setText("31/02/2027")  # not a day: refused, not turned into another
        dialog._accept()
        assert "31/02/2027" in dialog.error.text() and dialog.promise is None
        assert dialog.result() != QDialog.DialogCode.Accepted
        dialog.promise_date.line.setText("28/02/2027")
        dialog._accept()
        assert dialog.promise is not None and dialog.promise.due_on == date(2027, 2, 28)
    finally:
        translations.uninstall()


def test_the_calculator_waits_for_typing_gives_two_weeks_and_leaves_the_disputed_part_out(qtbot) -> None:  # type: ignore[no-untyped-def]
    calc = OfferCalculator(
        Formats("es_ES", "Europe/Madrid"), "EUR", 470_298, TODAY, "es", "ES", disputed_minor=142_500
    )
    qtbot.addWidget(calc)
    calc.show()
    assert calc.balance.text() == "3.277,98\u00a0€ (1.425,00\u00a0€ disputed, left out)"
    assert calc.total.text() == "3.277,98"  # instalments start from what is not disputed
    calc.kind.setCurrentIndex(calc.kind.findData("settlement"))
    assert calc.deadline.line.text() == "6/12/2026"  # two weeks ahead, not today
    assert calc.error.isHidden() and calc.table.rowCount() == 0  # nothing typed yet: nothing refused
    assert calc.terms() is None and "1.234,56" in calc.error.text()  # asked for (save): said
    calc.settle_amount.setText("2.000,00")
    calc.settle_amount.textEdited.emit("2.000,00")
    assert calc.error.isHidden() and calc.table.rowCount() == 1
    calc.settle_amount.clear()
    calc.settle_amount.textEdited.emit("")  # typed in, then emptied: said at once
    assert calc.error.isVisible() and calc.table.rowCount() == 0
    calc.settle_amount.setText("3.300,00")  # more than what is not disputed: not a settlement for less
    calc.settle_amount.textEdited.emit("3.300,00")
    assert calc.error.isVisible() and calc.terms() is None
