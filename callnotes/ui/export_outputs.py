"""The files Export packet… writes: the filing copy, an evidence copy and one file per document.

Each gets a default place a court portal accepts (export.portals.packet_file_name, in the user's
Documents folder, named with words of the interface's language) that follows the destination — and the
evidence copy and the folder follow the filing copy's folder — until the user types or chooses a place
of their own, which is then kept.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QStandardPaths
from PySide6.QtWidgets import (
    QCheckBox,
    QFileDialog,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QWidget,
)

from callnotes.export import PacketTargets
from callnotes.export.portals import packet_file_name
from callnotes.ui.labels import filled

SPLIT_BY_DEFAULT = ("monitorio",)  # LexNET wants one file per document


class PathField(QWidget):
    """A file or folder line with Browse…; a path that differs from the default shown is the user's."""

    def __init__(self, title: str, *, folder: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._title, self._folder = title, folder
        self._default = ""
        self.confirmed: Path | None = None  # chosen in the file dialog, which already asked to replace it
        self.line = QLineEdit(self)
        self.browse = QPushButton(self.tr("Browse…"), self)
        self.browse.clicked.connect(self._choose)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.line, 1)
        row.addWidget(self.browse)

    @property
    def user_given(self) -> bool:
        """The user typed or chose this path: defaults no longer replace it."""
        return self.line.text() != self._default

    def path(self) -> Path | None:
        """The path as typed (a `~` expanded), or None when the line is empty."""
        text = self.line.text().strip()
        return Path(text).expanduser() if text else None

    def set_default(self, path: Path) -> None:
        """Show `path` unless the user gave one."""
        if not self.user_given:
            self._default = str(path)  # first: the line's textChanged already sees it as the default
            self.line.setText(self._default)

    def _choose(self) -> None:
        current = self.line.text().strip()
        if self._folder:
            chosen = QFileDialog.getExistingDirectory(self, self._title, current or str(Path.home()))
        else:
            chosen, _ = QFileDialog.getSaveFileName(self, self._title, current, self.tr("PDF (*.pdf)"))
        if chosen:
            self.line.setText(chosen)
            self.confirmed = None if self._folder else Path(chosen)


class ExportOutputs(QGroupBox):
    """Where the packet goes: the filing copy always; the evidence copy and the split files if chosen."""

    def __init__(self, debtor_name: str, today: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Files"))
        self._debtor_name, self._today = debtor_name, today
        self._destination = "general"
        # The words of the default names, short and in the interface's language (transliterated to the
        # letters a portal accepts when the name is made): a Spanish clerk reads copia-…, not evidence.
        self._destination_words = {
            "general": self.tr("general", "file name: a packet for a lawyer or a collection agency"),
            "monitorio": self.tr("monitorio", "file name: Spain's proceso monitorio"),
            "payment-order": self.tr("payment-order", "file name: Greece's payment order"),
            "small-claims": self.tr("small-claims", "file name: a US small claims court"),
        }
        self._role_words = {
            "filing": self.tr("filing", "file name: the copy filed at the court portal"),
            "evidence": self.tr("evidence", "file name: the evidence copy, for the lawyer"),
            "documents": self.tr("documents", "folder name: one file per document"),
        }
        self._split_chosen = False  # the user ticked or cleared the box: the destination no longer does
        self._ours: set[Path] = set()  # files this dialog's exports wrote

        self.filing = PathField(self.tr("Save the filing copy as"), folder=False, parent=self)
        filing_label = QLabel(self.tr("Fi&ling copy (PDF/A, for the court portal):"), self)
        filing_label.setBuddy(self.filing.line)
        self.evidence_wanted = QCheckBox(
            self.tr("Also write an e&vidence copy (with the journal and checker attached, for the lawyer)"),
            self,
        )
        self.evidence = PathField(self.tr("Save the evidence copy as"), folder=False, parent=self)
        self.split_wanted = QCheckBox(self.tr("One file per &document (for LexNET)"), self)
        self.split = PathField(self.tr("Folder for one file per document"), folder=True, parent=self)

        self.filing.line.textChanged.connect(self._place_evidence)  # a name only: no disk per keystroke
        self.filing.line.editingFinished.connect(self._place_split)  # asks the disk which folder is free
        self.evidence_wanted.toggled.connect(self.evidence.setEnabled)
        self.split_wanted.toggled.connect(self.split.setEnabled)
        self.split_wanted.clicked.connect(self._split_clicked)
        self.evidence.setEnabled(False)
        self.split.setEnabled(False)

        grid = QGridLayout(self)
        indent = self.style().pixelMetric(self.style().PixelMetric.PM_IndicatorWidth) + 6
        grid.setColumnMinimumWidth(0, indent)  # the paths sit under their check boxes' text
        grid.setColumnStretch(1, 1)
        grid.addWidget(filing_label, 0, 0, 1, 2)
        grid.addWidget(self.filing, 1, 1)
        grid.addWidget(self.evidence_wanted, 2, 0, 1, 2)
        grid.addWidget(self.evidence, 3, 1)
        grid.addWidget(self.split_wanted, 4, 0, 1, 2)
        grid.addWidget(self.split, 5, 1)
        self.set_destination("general")

    def default_name(self, destination: str, role: str) -> str:
        """The default name of the copy or folder `role` ("filing", "evidence", "documents") for
        `destination`, in the interface's words."""
        return packet_file_name(
            self._debtor_name,
            self._destination_words.get(destination, destination),
            self._today,
            self._role_words[role],
        )

    def default_filing(self, destination: str) -> Path:
        """The filing copy's default place: a portal-safe name in the user's Documents folder (the home
        folder when there is none)."""
        documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        folder = Path(documents) if documents and Path(documents).is_dir() else Path.home()
        return folder / self.default_name(destination, "filing")

    def set_destination(self, destination: str) -> None:
        """Name the files for `destination` (unless the user named them); LexNET wants split files."""
        self._destination = destination
        self.filing.set_default(self.default_filing(destination))
        if not self._split_chosen:
            self.split_wanted.setChecked(destination in SPLIT_BY_DEFAULT)
        self._follow_filing()

    def _follow_filing(self) -> None:
        """The evidence copy and the folder go beside the filing copy unless the user placed them."""
        self._place_evidence()
        self._place_split()

    def _beside_filing(self) -> tuple[Path, str | None]:
        """The filing copy's folder, and its name without .pdf when the user named it (None for the
        default name, or a line that names only a folder ("/") or nothing)."""
        filing = self.filing.path() or self.default_filing(self._destination)
        stem = Path(filing.name).stem
        if stem in ("", ".."):
            return filing, None
        return filing.parent, stem if self.filing.user_given else None

    def _place_evidence(self) -> None:
        folder, _stem = self._beside_filing()
        self.evidence.set_default(folder / self.default_name(self._destination, "evidence"))

    def _place_split(self) -> None:
        """The split files' folder: named as the user named the filing copy, else by default."""
        folder, stem = self._beside_filing()
        name = stem or Path(self.default_name(self._destination, "documents")).stem
        self.split.set_default(free_folder(folder / name))

    def wrote(self, paths: list[Path]) -> None:
        """An export from this dialog wrote `paths`: writing them again asks nothing; the split files
        of the next export get a folder of their own (the export never mixes two packets' files)."""
        self._ours.update(paths)
        self._follow_filing()

    def _split_clicked(self) -> None:
        self._split_chosen = True

    def set_editable(self, editable: bool) -> None:
        """While exporting nothing changes; afterwards each path is editable if its box is ticked."""
        for widget in (self.filing, self.evidence_wanted, self.split_wanted):
            widget.setEnabled(editable)
        self.evidence.setEnabled(editable and self.evidence_wanted.isChecked())
        self.split.setEnabled(editable and self.split_wanted.isChecked())

    def _targets(self) -> PacketTargets:
        """The places chosen, as they are (the dialog checks them before exporting); a copy whose line
        names no file ("/") has none."""
        return PacketTargets(
            filing=file_named(self.filing.path()),
            evidence=file_named(self.evidence.path()) if self.evidence_wanted.isChecked() else None,
            split=self.split.path() if self.split_wanted.isChecked() else None,
        )

    def checked_targets(self) -> PacketTargets | str:
        """The places to write, each PDF named .pdf; or, when a ticked box has no path, what to give, in
        words to show. Whether each place can be written is the export's to say (it refuses a place at
        once, with a problem code the dialog words: see ui/forms/problems.py)."""
        self._place_split()  # the free folder is worked out now, not at every keystroke
        chosen = self._targets()
        if chosen.filing is None:
            return self.tr("Give the filing copy a file name.")
        if self.evidence_wanted.isChecked() and chosen.evidence is None:
            return self.tr("Give the evidence copy a file name, or leave it out.")
        if self.split_wanted.isChecked() and chosen.split is None:
            return self.tr("Choose a folder for the files of each document, or leave them out.")
        evidence = pdf_named(chosen.evidence) if chosen.evidence is not None else None
        # not written back into the lines: that would make a default the user's (the list shows the names)
        return PacketTargets(filing=pdf_named(chosen.filing), evidence=evidence, split=chosen.split)

    def may_replace(self, targets: PacketTargets) -> bool:
        """Files already there are replaced only when the user says so (the file dialog asked already)."""
        fields = ((self.filing, targets.filing), (self.evidence, targets.evidence))
        there = [
            str(path)
            for field, path in fields
            if path is not None and exists(path) and path != field.confirmed and path not in self._ours
        ]
        if not there:
            return True
        answer = QMessageBox.question(
            self,
            self.tr("Replace files?"),
            filled(self.tr("These files are already there:\n%1\nReplace them?"), "\n".join(there)),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        return answer == QMessageBox.StandardButton.Yes


def exists(path: Path) -> bool:
    """Whether `path` is there; False when the disk will not say (the export then says why it cannot
    write there)."""
    try:
        return path.exists()
    except OSError:
        return False


def file_named(path: Path | None) -> Path | None:
    """`path` when it names a file; None for a line with only a folder such as "/"."""
    return path if path is not None and path.name else None


def pdf_named(path: Path) -> Path:
    """`path`, ending in .pdf (a name typed without it gets it)."""
    return path if path.suffix.lower() == ".pdf" else path.with_name(path.name + ".pdf")


def free_folder(folder: Path) -> Path:
    """`folder` if it is new or empty, else the first of folder_2, folder_3… that is. A folder the
    disk will not show (no permission) is taken as it is: the export then says why it cannot write."""
    candidate, number = folder, 1
    try:
        while candidate.is_file() or (candidate.is_dir() and any(candidate.iterdir())):
            number += 1
            candidate = folder.with_name(f"{folder.name}_{number}")
    except OSError:
        pass
    return candidate
