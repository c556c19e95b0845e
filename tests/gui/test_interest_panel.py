"""The facts panel shows the statutory interest and compensation, each invoice's working in its tooltip;
its facts are reached from the keyboard."""

from __future__ import annotations

from callnotes.services.desk import Desk
from callnotes.store.access import Store
from callnotes.ui.formats import Formats
from callnotes.ui.workspace.facts_panel import FactsPanel

GREEK = 2  # the example debtor with the statutory switch on and no agreed rate


def test_the_panel_shows_statutory_interest_with_its_working(qtbot, demo_store: Store) -> None:  # type: ignore[no-untyped-def]
    desk = Desk(demo_store, "tester")
    facts = desk.facts(GREEK)
    assert facts.interest == desk.interest(GREEK)  # the panel's figures are the command line's and letters'
    panel = FactsPanel(Formats("es_ES", demo_store.clock.zone))
    qtbot.addWidget(panel)
    panel.show_facts(facts)
    interest = facts.interest
    assert interest is not None and interest.statutory_claimed
    # ΤΠΥ-118 (3.860,00 €) fell due 95 days before TODAY (2026-11-22), on 2026-08-19; 1.000 € was paid
    # 70 days before, on 2026-09-13. 20 Aug – 12 Sep: 12 + 12 = 24 days on 3.860,00 € at 2.15 + 8 = 10.15 %
    # (the table has no 2026-07-01 row, so the 2026-01-01 rate is assumed):
    # 3.860,00 × 24 × 10.15 % / 365 = 25,7615… → 25,76 €
    first = interest.invoices[0].statutory[0]
    assert (first.days, first.principal_minor, first.rate_bp, first.amount_minor) == (24, 386000, 1015, 2576)
    assert first.rate_assumed and interest.missing_rates
    assert "STATUTORY LATE-PAYMENT INTEREST" in panel.texts()
    assert any(text.startswith("ΤΠΥ-118:") for text in panel.texts())
    assert "3.860,00\xa0€ × 24 days × 10,15\xa0% / 365 = 25,76\xa0€" in panel.tooltip("ΤΠΥ-118:")
    # the claimed figures are a fact that can go into the notes
    sentence = next(
        f.sentence for f in panel.facts if f.sentence.startswith("Statutory late-payment interest")
    )
    assert panel._money(facts, interest.statutory_minor) in sentence and "80,00" in sentence


def test_each_fact_is_reached_with_tab_and_chosen_with_enter_or_space(qtbot, demo_store: Store) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    panel = FactsPanel(Formats("es_ES", demo_store.clock.zone))
    qtbot.addWidget(panel)
    panel.show_facts(Desk(demo_store, "tester").facts(GREEK))
    panel.show()
    panel.view.setFocus()
    chosen: list[str] = []
    panel.factChosen.connect(chosen.append)
    QTest.keyClick(panel.view, Qt.Key.Key_Tab)  # the first fact
    QTest.keyClick(panel.view, Qt.Key.Key_Space)
    QTest.keyClick(panel.view, Qt.Key.Key_Tab)  # the next one
    QTest.keyClick(panel.view, Qt.Key.Key_Return)
    assert chosen == [panel.facts[0].sentence, panel.facts[1].sentence]
    assert panel.facts[0].sentence.startswith("Total owed")
    assert "1\u00a0\u00a0Total owed" in panel.texts() and "(Alt+1)" in panel.tooltip("1")  # numbered
