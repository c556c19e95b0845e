"""A form dialog that saves through the worker and never loses what was typed.

Enter saves and Esc cancels (asking first when something was typed). While saving, the form stays up;
a refusal appears beside its field in the interface's language and the field takes the focus, so
the user corrects it and saves again. Only a saved form closes.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any, TypeVar

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from callnotes.errors import CallnotesError, InputError
from callnotes.services.backend import Call
from callnotes.ui.formats import Formats
from callnotes.ui.forms.fields import DateField, DateTimeField, FieldError, FileList
from callnotes.ui.forms.problems import problem_text
from callnotes.ui.forms.sizing import grow_to_fit
from callnotes.ui.worker import Worker

T = TypeVar("T")
ERROR_STYLE = "color: #b00020;"
# Texts of this base class name their context: PySide's self.tr() looks a text up under the object's
# own class, so a subclass would never find them in the translations.


class FormDialog(QDialog):
    """Rows of labelled fields, each with room for its refusal below it; subclasses say what to save."""

    saved = Signal(object)  # what the service returned

    def __init__(self, worker: Worker, formats: Formats, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.worker = worker
        self.formats = formats
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        self.intro.setTextFormat(Qt.TextFormat.PlainText)
        self.intro.hide()
        self.form = QFormLayout()
        self.form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.DontWrapRows)
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.general_error = self._error_label()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setDefault(True)  # Enter saves from any single-line field
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        # Ctrl+Enter saves from anywhere, a text box included (where Enter starts a new line).
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            QShortcut(QKeySequence(keys), self, self.accept)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(self.form)
        layout.addWidget(self.general_error)
        layout.addWidget(self.buttons)
        self.reason = QLineEdit()  # without a parent until `add_reason` puts it in the form
        self._fields: dict[str, QWidget] = {}
        self._errors: dict[str, QLabel] = {}
        self._refused: list[str] = []
        self._dirty = False
        self._saving = False

    # --- building ---------------------------------------------------------------------------------
    def _error_label(self) -> QLabel:
        error = QLabel(self)
        error.setWordWrap(True)
        error.setTextFormat(Qt.TextFormat.PlainText)
        error.setStyleSheet(ERROR_STYLE)
        error.hide()
        return error

    def set_intro(self, text: str) -> None:
        self.intro.setText(text)
        self.intro.show()

    def add_row(
        self, caption: str, widget: QWidget, field: str | None = None, *, also: Sequence[str] = ()
    ) -> None:
        """A labelled row; `field` is the name the core uses for it, so its refusals land here, and
        those of the fields named in `also` (the parts of a group box, say)."""
        if isinstance(widget, QComboBox):  # a long item must not widen the form; its list shows it whole
            widget.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            widget.setMinimumContentsLength(16)
        holder = QWidget(self)
        column = QVBoxLayout(holder)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        column.addWidget(widget)
        if field is not None:
            self._fields[field] = widget
            self._errors[field] = error = self._error_label()
            column.addWidget(error)
            for other in also:
                self._fields[other], self._errors[other] = widget, error
        self.form.addRow(caption, holder)
        self._watch(widget)

    def add_reason(self, placeholder: str) -> None:
        """The row of the reason the record keeps with a correction, a credit note, a reversal…"""
        self.reason.setPlaceholderText(placeholder)
        self.add_row(QCoreApplication.translate("FormDialog", "Reason:"), self.reason, "reason")

    def _watch(self, widget: QWidget) -> None:
        """Note that something was typed, so Cancel asks before throwing it away."""

        def touched(*_args: Any) -> None:
            self._dirty = True

        if isinstance(widget, QLineEdit):
            widget.textEdited.connect(touched)
        elif isinstance(widget, QPlainTextEdit):
            widget.textChanged.connect(touched)
        elif isinstance(widget, QComboBox):
            widget.activated.connect(touched)
            if widget.isEditable():
                widget.editTextChanged.connect(touched)
        elif isinstance(widget, DateField | DateTimeField):
            widget.edited.connect(touched)
        elif isinstance(widget, QAbstractSpinBox):
            widget.editingFinished.connect(touched)
        elif isinstance(widget, FileList):
            widget.list.model().rowsInserted.connect(touched)

    # --- reading and refusing ---------------------------------------------------------------------
    def read(self, field: str, reader: Callable[[], T]) -> T | None:
        """What a field holds, or None after showing why it cannot be read."""
        try:
            return reader()
        except FieldError as exc:
            self.refuse(field, str(exc))
            return None

    def refuse(self, field: str | None, text: str) -> None:
        """Show a refusal beside its field (or under the form) and remember it."""
        error = self._errors.get(field or "")
        if error is None:
            self.general_error.setText(text)
            self.general_error.show()
        else:
            error.setText(text)
            error.show()
        self._refused.append(field or "")
        grow_to_fit(self)  # a long refusal beside a field wraps: make room rather than cut it off

    def clear_refusal(self, field: str) -> None:
        """Take back a field's refusal (and those of the fields sharing its row) once what it was
        about has changed."""
        error = self._errors.get(field)
        if error is None:
            return
        error.clear()
        error.hide()
        self._refused = [f for f in self._refused if self._errors.get(f) is not error]

    def clear_refusals(self) -> None:
        for error in (*self._errors.values(), self.general_error):
            error.clear()
            error.hide()
        self._refused = []

    @property
    def refused(self) -> bool:
        return bool(self._refused)

    def job(self) -> Call[Any] | None:
        """The service call that saves the form, or None when a field was refused (subclasses)."""
        raise NotImplementedError

    # --- saving -----------------------------------------------------------------------------------
    def accept(self) -> None:
        if self._saving:
            return
        self.clear_refusals()
        job = self.job()
        if job is None or self.refused:
            self._focus_first_refusal()
            return
        self._saving = True
        self.save_button.setEnabled(False)
        self.save_button.setText(QCoreApplication.translate("FormDialog", "Saving…"))
        self.worker.start(job, self._done, self._not_saved)

    def _done(self, result: object) -> None:
        self._saving = False
        self._dirty = False
        self.saved.emit(result)
        super().accept()

    def _not_saved(self, exc: Exception) -> None:
        self._saving = False
        self.save_button.setEnabled(True)
        self.save_button.setText(QCoreApplication.translate("FormDialog", "Save"))
        if isinstance(exc, InputError):
            field = exc.field if exc.field in self._fields else None
            self.refuse(field, problem_text(exc, self.formats))
        elif isinstance(exc, CallnotesError):
            self.refuse(None, str(exc))
        else:
            self.refuse(
                None,
                QCoreApplication.translate(
                    "FormDialog", "Something went wrong inside callnotes; nothing was saved. %1"
                ).replace("%1", f"{type(exc).__name__}: {exc}"),
            )
        self._focus_first_refusal()

    def _focus_first_refusal(self) -> None:
        for field in self._refused:
            widget = self._fields.get(field)
            if widget is not None:
                widget.setFocus(Qt.FocusReason.OtherFocusReason)
                return

    def reject(self) -> None:
        if self._saving:
            return  # the answer is on its way: closing now would leave the user unsure what was saved
        if self._dirty:
            answer = QMessageBox.question(
                self,
                self.windowTitle(),
                QCoreApplication.translate("FormDialog", "Close without saving what you typed?"),
                QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
                QMessageBox.StandardButton.Cancel,
            )
            if answer != QMessageBox.StandardButton.Discard:
                return
        super().reject()
