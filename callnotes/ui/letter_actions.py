"""The Letters menu of the debtor (Ctrl+L and the five kinds), the summary offered when a call ends,
and the drafts closed without being sent, kept per debtor until the window closes."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu, QWidget

from callnotes.domain.documents import DOCUMENT_KINDS
from callnotes.domain.escalation import Step
from callnotes.ui.debtor_detail import DebtorDetailPanel
from callnotes.ui.formats import Formats
from callnotes.ui.letter_dialog import KeptDraft, LetterDialog, kind_name
from callnotes.ui.ui_state import UiState
from callnotes.ui.worker import Worker

# The letter the process suggests next (domain.escalation), offered first by Ctrl+L.
_KIND_OF_STEP = {Step.SEND_REMINDER: "reminder", Step.SEND_FORMAL_DEMAND: "demand"}


class LetterActions(QObject):
    """Opens the document dialog; says when a document was logged as sent, and hints for the status bar."""

    sent = Signal(int, str)  # the debtor, and "Summary logged as sent." for the status bar
    hint = Signal(str)  # a word for the status bar

    def __init__(
        self,
        window: QWidget,
        worker: Worker,
        formats: Formats,
        detail: DebtorDetailPanel,
        now: Callable[[], datetime],
        ui_state: UiState | None = None,
    ) -> None:
        super().__init__(window)
        self._window, self._worker, self._formats, self._detail = window, worker, formats, detail
        self._now, self._ui_state = now, ui_state
        self.drafts: dict[int, KeptDraft] = {}  # closed unsent, by debtor: Esc is cheap to undo
        self.dialog: LetterDialog | None = None
        self.write_action = QAction(self.tr("&Write a letter…"), self)
        self.write_action.setShortcut(QKeySequence("Ctrl+L"))
        self.write_action.setToolTip(
            self.tr("A summary, a reminder, a statement or a demand to the debtor, as e-mail or PDF (Ctrl+L)")
        )
        self.write_action.triggered.connect(lambda: self.write())
        self.menu = QMenu(self.tr("&Letters"), window)
        self.menu.addAction(self.write_action)
        self.menu.addSeparator()
        self.kind_actions: dict[str, QAction] = {}
        for kind in DOCUMENT_KINDS:
            action = QAction(kind_name(kind) + "…", self)
            action.triggered.connect(lambda _checked=False, k=kind: self.write(k))
            self.menu.addAction(action)
            self.kind_actions[kind] = action
        detail.letters_button.setMenu(self.menu)
        detail.viewChanged.connect(self.update)
        self.update()

    @property
    def actions(self) -> list[QAction]:
        return [self.write_action, *self.kind_actions.values()]

    def update(self) -> None:
        """Letters need a debtor on show."""
        shown = self._detail.view is not None
        for action in self.actions:
            action.setEnabled(shown)
        self._detail.letters_button.setEnabled(shown)

    def suggested_kind(self, debtor_id: int) -> str:
        """A draft kept for the debtor, else what the process suggests next, else a reminder."""
        kept = self.drafts.get(debtor_id)
        if kept is not None:
            return kept.draft.request.kind
        view = self._detail.view
        if view is not None and view.debtor.id == debtor_id:
            return _KIND_OF_STEP.get(view.escalation.next_step, "reminder")
        return "reminder"

    def write(self, kind: str | None = None) -> LetterDialog | None:
        """The document dialog for the debtor on show."""
        view = self._detail.view
        if view is None:
            return None
        debtor_id = view.debtor.id
        return self.open(debtor_id, kind or self.suggested_kind(debtor_id))

    def offer_summary(self, debtor_id: int, interaction_id: int) -> LetterDialog:
        """After a call that agreed something: the summary of that call, to send or to close."""
        return self.open(debtor_id, "summary", interaction_id, offered=True)

    def open(
        self, debtor_id: int, kind: str, interaction_id: int | None = None, *, offered: bool = False
    ) -> LetterDialog:
        """Open the dialog (not modal: the window stays usable); a kept draft of this kind comes back."""
        if self.dialog is not None:
            sending = self.dialog.sent_dialog
            if sending is not None and sending.isVisible():  # being marked as sent: finish that first
                self.dialog.raise_()
                sending.activateWindow()
                return self.dialog
            self.dialog.close()  # one at a time: its draft is kept
        kept = self.drafts.get(debtor_id)
        if kept is not None and (
            kept.draft.request.kind != kind
            or (interaction_id is not None and kept.draft.request.interaction_id != interaction_id)
        ):
            kept = None
        dialog = LetterDialog(
            self._worker,
            self._formats,
            debtor_id,
            kind,
            self._now,
            self._window,
            interaction_id=interaction_id,
            kept=kept,
            ui_state=self._ui_state,
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.kept.connect(lambda draft: self._keep(debtor_id, draft, offered))
        dialog.sent.connect(self._sent)
        dialog.destroyed.connect(lambda: self._forget(dialog))
        self.dialog = dialog
        dialog.show()
        return dialog

    def _forget(self, dialog: LetterDialog) -> None:
        if self.dialog is dialog:
            self.dialog = None

    def _keep(self, debtor_id: int, draft: KeptDraft, offered: bool) -> None:
        self.drafts[debtor_id] = draft
        if offered:
            self.hint.emit(self.tr("Send the summary later from the debtor's Letters menu (Ctrl+L)."))

    def _sent(self, debtor_id: int, message: str) -> None:
        self.drafts.pop(debtor_id, None)
        self.sent.emit(debtor_id, message)
