"""The Qt layer: windows, panels, dialogs and table models over the services."""

from callnotes.ui.module_sources import answer_from_files

answer_from_files()  # before the window's modules are imported: PySide6 would keep their sources
